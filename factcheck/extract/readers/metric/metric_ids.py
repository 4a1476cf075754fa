"""Choosing a subject's metric id: the known metric it is, named briefly or in full, or a new one.

A subject with a known key and unit is that metric. One named more briefly ("торговля" after "товарооборот
между Казахстаном и Азербайджаном", "доходы" after "реальные располагаемые доходы") is the one known metric of
its head, unless the brief name sets it apart in the same sentence ("реальные доходы выросли на 5%, доходы – на
9%"), stands in a paragraph that moved to another topic, or the known one is another kind (a segment, a total,
an adjusted measure, a level per unit). In doubt, a new metric: different subjects are never merged.
"""

import re
from dataclasses import replace

from factcheck import lexicon
from factcheck.extract.model import Extraction, MetricKey
from factcheck.extract.readers.metric.common import (
    ADJUSTMENT_KINDS,
    MARKET_KIND,
    PER_KIND,
    RUNNING_TOTAL_KIND,
    SUPERLATIVE,
    UNNAMED,
    MetricReading,
    Subject,
    is_subject_word,
    key_words,
    unit_of,
)
from factcheck.extract.segments import names_segment
from factcheck.extract.text import slug
from factcheck.extract.words import NOUN, PROPER, words_of
from factcheck.figures import FoundFigure
from factcheck.lexicon import FLOW_CONCEPTS, METRIC_CONCEPTS

# "Most economists now expect the ": a group as the subject of a verb of expecting, before the measure it raises
_GROUP_EXPECTS = re.compile(rf"{lexicon.GROUP_FORECAST_OPENING}\s+(?:{'|'.join(lexicon.EN_DEFINITE_ARTICLES)})\s+",
                            re.IGNORECASE)
_INFINITIVE_AFTER = re.compile(rf"\s+{lexicon.any_of(lexicon.EN_INFINITIVE_MARKERS)}\s+[a-z]", re.IGNORECASE)
# the definite article right before a subject's head: "the rate" names a rate the text has named
_DEFINITE_BEFORE = re.compile(rf"(?<!\w)(?:{'|'.join(lexicon.EN_DEFINITE_ARTICLES)})\s+\Z", re.IGNORECASE)


def metric_for(extraction: Extraction, subject: Subject, unit: str, change: bool, sentence_start: int = -1) -> str:
    """The metric of a subject in a unit: an existing one with the same key and unit, or a new one."""
    known = extraction.metric_keys.get(subject.key, []) or _same_head(extraction, subject, sentence_start)
    amounts = [metric_id for metric_id in known if unit_of(extraction, metric_id) not in ("%", "")]
    if change and len(amounts) > 1:
        return amounts[0]  # "+4%" of receipts in US$ and in euros (printed after them): of the first named
    for metric_id in reversed(known):  # the same subject: its metric in this unit
        metric_unit_ = unit_of(extraction, metric_id)
        if change and unit == "count" and metric_unit_ == "%":
            continue  # "Unemployment fell by 7,000" changes a count: no rate of unemployment moves by people
        if change or not unit or not metric_unit_ or metric_unit_ == unit:
            return metric_id
    name = subject.name[:1].upper() + subject.name[1:]
    if known:
        name = f"{name} ({unit or 'count'})"  # one metric, one unit: the subject in another unit is another metric
    metric_id = base = slug(name)
    suffix = 2
    while metric_id in extraction.metrics:
        metric_id = f"{base}-{suffix}"
        suffix += 1
    extraction.metrics[metric_id] = (name, unit, subject.head in FLOW_CONCEPTS and unit not in ("%", ""))
    extraction.metric_keys.setdefault(subject.key, []).append(metric_id)
    return metric_id


def names_a_person(extraction: Extraction, subject: Subject) -> bool:
    """Whether a subject is no more than the surname of a person the article names: never a measure.

    "Как отметила Калина, в крае рост составил 2,5%": Калина speaks. A person's source is known by the surname that
    closes their name of two words or more.
    """
    if subject.complements or len(subject.name.split()) > 1:
        return False
    surname = slug(subject.name)
    return any(len(source.name.split()) >= 2 and source.id == surname == slug(source.name.split()[-1])
               for source in extraction.sources.values())


def unnamed(extraction: Extraction, figure: FoundFigure, unit: str) -> MetricReading:
    """A figure whose subject the extractor cannot name gets a metric of its own: never merged by guess."""
    place = extraction.article.place(extraction.article.source_offset(figure.start))
    name = f"Figure at line {place.line}, column {place.column}"
    metric_id = slug(name)
    extraction.metrics.setdefault(metric_id, (name, unit, False))
    return metric_id, extraction.metrics[metric_id][0], None, "metric: no subject found; name it, or merge it"


def _rate_of_measure(extraction: Extraction, subject: Subject) -> list[str]:
    """The metrics of the measure a rate is named by, or of the rate a measure is named for, either way round.

    "the unemployment rate" and "unemployment", "the inflation rate" and "inflation" name one measure in percent
    (the metric's unit still parts it from a count of the measure); a rate with more words of its own is another.
    """
    if subject.head == lexicon.RATE_OF_MEASURE_HEAD and len(subject.complements) == 1 \
            and subject.complements[0] in METRIC_CONCEPTS:
        other = replace(subject, head=subject.complements[0], complements=())
    elif subject.head in METRIC_CONCEPTS and subject.head != lexicon.RATE_OF_MEASURE_HEAD \
            and not subject.complements:
        other = replace(subject, head=lexicon.RATE_OF_MEASURE_HEAD, complements=(subject.head,))
    else:
        return []
    return list(extraction.metric_keys.get(other.key, []))


def _same_head(extraction: Extraction, subject: Subject, sentence_start: int = -1) -> list[str]:
    """The metrics of the one known subject with this head, when the subject is named more briefly or fully.

    "торговля" after "товарооборот между Казахстаном и Азербайджаном" is that trade; with two trades known,
    it could be either, and none is chosen.
    """
    prefix = subject.head + "||"  # the same head and no complement: "перевозки нефти" is another measure
    # ... but the company itself is no complement: "выручка" after "выручка холдинга" is the holding's
    # a segment is never the whole named briefly: "Revenue" after "Data Center Group revenue" is the company's
    # a total is never one of its kinds ("суммарный турпоток" after "внутренний турпоток"), and an adjusted
    # measure never the raw one: those keys are another measure whatever the subject's brevity
    keys = [key for key in extraction.metric_keys if _without_company(key).startswith(prefix)
            and not names_segment(key) and not _another_kind(key, subject)]
    if any(key.split("|", 1)[0] == subject.head and key not in keys for key in extraction.metric_keys):
        # "the surplus" after "a budget surplus ... and a trade surplus": either, so not the budget's
        keys = [key for key in keys if not lexicon.BUDGET_NOUNS & set(key_words(key.split("|", 2)[1]))]
    # the unit a level is per is the figure's, not a name's: "урожайность, 43 ц/га" is named briefly
    own_kinds = [kind for kind in subject.kinds if not kind.startswith(PER_KIND)]
    # "Rivals reported revenue of $50 billion": a measure its clause gives an owner is not named briefly
    # ... and "выручка холдинга" after "Выручка ПАО «Альта»" names that company by its kind, as "выручка" alone would
    own_complements = [c for c in subject.complements if c not in lexicon.COMPANY_NOUNS]
    brief = not own_complements and not subject.qualifiers and not own_kinds and not subject.owned
    if len(keys) == 1 and brief and (own_complements == list(subject.complements)
                                     or _company_named_last(extraction, keys[0], subject)):
        known = extraction.metric_keys[keys[0]]
        return [] if _new_topic(extraction, known, subject) or _contrasted(extraction, keys[0], known, sentence_start) \
            else known
    if brief and not keys:  # "the rate" after "the unemployment rate": a definite article refers back
        defined = [key for key in extraction.metric_keys if key.split("|", 1)[0] == subject.head
                   and not names_segment(key) and not _another_kind(key, subject)]
        if len(defined) == 1 and _DEFINITE_BEFORE.search(extraction.article.visible, max(0, subject.start - 5),
                                                         subject.start) and _opens_its_clause(extraction, subject,
                                                                                              sentence_start):
            known = extraction.metric_keys[defined[0]]
            if not _new_topic(extraction, known, subject) and not _contrasted(extraction, defined[0], known,
                                                                            sentence_start):
                return known
    rated = _rate_of_measure(extraction, subject)
    if rated:  # "The UK unemployment rate rose to 4.4%" after the headline's "UK unemployment rises to 4.4%"
        return rated
    named = [key for key in extraction.metric_keys if _names_by_kind(subject, key)]
    if len(named) == 1:  # "доходы бюджета края" after "доходы бюджета Красноярского края": that region's
        return extraction.metric_keys[named[0]]
    if not own_kinds:  # "размер доходов" after "реальные располагаемые доходы" (whose alike): named briefly
        alike = subject.key.rsplit("|", 1)[0]
        fuller = [key for key in extraction.metric_keys if key.rsplit("|", 1)[0] == alike and not names_segment(key)
                  and not _another_kind(key, subject)]
        if len(fuller) == 1 and not _new_topic(extraction, extraction.metric_keys[fuller[0]], subject) \
                and not _contrasted(extraction, fuller[0], extraction.metric_keys[fuller[0]], sentence_start):
            return extraction.metric_keys[fuller[0]]
    owned = _owned_alike(extraction, subject)
    if owned and not _new_topic(extraction, extraction.metric_keys[owned], subject):
        return extraction.metric_keys[owned]
    return []


def _owned_alike(extraction: Extraction, subject: Subject) -> str | None:
    """The one known key of a subject's measure with an owner, when the subject names none ("the inflation rate").

    "Germany's inflation rate fell to 2.1%" ... "Economists had expected the inflation rate to hold at 2.3%": the
    measure named again without its owner is the owner's. With two owners' measures of the name known, neither.
    """
    if subject.qualifiers or subject.owned or subject.whole:
        return None
    own = MetricKey.of(subject.key)._replace(qualifiers="")
    owned = [key for key in extraction.metric_keys
             if not names_segment(key) and MetricKey.of(key)._replace(qualifiers="") == own]
    return owned[0] if len(owned) == 1 and MetricKey.of(owned[0]).qualifiers else None


def _company_named_last(extraction: Extraction, key: str, subject: Subject) -> bool:
    """Whether a company noun ("выручка холдинга") can only be the owner the one known key names.

    "Выручка ПАО «Альта» составила 41,2 млрд рублей ... выручка холдинга" is Альта's; with no owner in the key, or a
    name in quotation marks after its last figure ("«Альфе» принадлежит «Бета» ... выручка компании"), it may be
    another company's, and stays apart.
    """
    last = max((f.found.end for f in extraction.figures if f.metric in extraction.metric_keys[key]), default=-1)
    return bool(MetricKey.of(key).qualifiers) and 0 <= last <= subject.start and not any(
        quote in extraction.article.visible[last : subject.start] for quote in lexicon.OPENING_QUOTES)


def _without_company(key: str) -> str:
    """A key without the complements that name the company itself ("holding", "компания") or the budget."""
    head, complements, rest = key.split("|", 2)
    return "|".join((head, "+".join(c for c in key_words(complements)
                                    if c not in lexicon.COMPANY_NOUNS | lexicon.BUDGET_NOUNS), rest))


def _opens_its_clause(extraction: Extraction, subject: Subject, sentence_start: int) -> bool:
    """Whether no noun or name stands before a subject in its sentence: it is the clause's subject, not an object.

    "A year ago the rate was 4.4%" (only time before it) refers back; in "The central bank kept the rate at 5.25%"
    the rate is what the bank kept, another measure than the one named before. After a group's verb of expecting,
    with an infinitive after it ("Economists expect the rate to climb to 5.4%"), it is the infinitive's subject.
    """
    if sentence_start < 0:
        return False
    visible = extraction.article.visible
    if _GROUP_EXPECTS.fullmatch(visible, sentence_start, subject.start) and _INFINITIVE_AFTER.match(
            visible, subject.start + len(subject.name)):
        return True
    before = words_of(extraction.periods.blanked(visible, sentence_start, subject.start), sentence_start,
                      extraction.language, sentence_start)  # "A year ago the rate": a period names no owner
    return not any(word.part in (NOUN, PROPER) and is_subject_word(word) for word in before)


def _names_by_kind(subject: Subject, key: str) -> bool:
    """Whether a subject names the place of a known measure by its kind ("доходы бюджета края").

    Each generic noun of the subject ("край") is the end of one of the known key's complements or qualifiers
    ("красноярский край"); every other complement and kind agree.
    """
    head, complements, qualifiers, kinds = MetricKey.of(key)
    generic = [word for word in (*subject.complements, *subject.qualifiers)
               if word.split()[-1:] and word.split()[-1] in lexicon.GENERIC_ENTITY_NOUNS]
    if head != subject.head or not generic or set(key_words(kinds)) != set(subject.kinds):
        return False
    known = set(key_words(complements)) | set(key_words(qualifiers))
    rest = {word for word in subject.complements if word not in generic}
    named_by = {item for item in known for word in generic if _named_by_kind(item, word)}
    # every complement of the known measure is the subject's, or the one its generic noun names
    if not set(key_words(complements)) <= rest | named_by or not rest <= set(key_words(complements)):
        return False
    return all(any(_named_by_kind(item, word) for item in known) for word in generic)


def _named_by_kind(item: str, kind: str) -> bool:
    """Whether a complement or qualifier is the noun of a kind, or a name that ends with it ("красноярский край")."""
    return item == kind or item.endswith(" " + kind)


def _contrasted(extraction: Extraction, key: str, known: list[str], sentence_start: int) -> bool:
    """Whether a measure named briefly stands in the sentence that named it with a kind: then it is another.

    "Реальные доходы выросли на 5%, а номинальные доходы – на 9%" names both; "Реальные доходы выросли на 5%,
    доходы – на 9%" repeats the head beside its kind to set them apart. In a later sentence the brief name
    refers back.
    """
    kinds = [kind for kind in key.rsplit("|", 1)[1].split("+") if kind and not kind.startswith(PER_KIND)]
    return bool(kinds) and sentence_start >= 0 and any(
        f.metric in known and f.found.start >= sentence_start for f in extraction.figures)


def _new_topic(extraction: Extraction, known: list[str], subject: Subject) -> bool:
    """Whether a measure named briefly stands in a paragraph that has moved to another topic than its fuller name.

    A brief name refers back to the measure last named in full ("средняя урожайность" of corn ... "урожайность"),
    unless it stands in a later paragraph that has named other subjects first: "Соя убрана с площади 1,2 млн га.
    Намолот составил 2,4 млн тонн, урожайность — 20 ц/га" is the yield of soy, the paragraph's topic, not the
    corn's of a paragraph before. In doubt the measures stay apart.
    """
    article = extraction.article
    paragraph = article.place(article.source_offset(subject.start)).paragraph
    named = [f for f in extraction.figures if f.metric in known]
    if not named or article.place(article.source_offset(named[-1].found.start)).paragraph == paragraph:
        return False
    return any(f.metric not in known and not f.metric.startswith(UNNAMED)
               and article.place(article.source_offset(f.found.start)).paragraph == paragraph
               for f in extraction.figures if f.found.start > named[-1].found.start)


def _another_kind(key: str, subject: Subject) -> bool:
    """Whether a known key is a kind the subject cannot be named briefly for.

    A total's kind, an adjusted measure, the top item of a list ("наибольший прирост цен") and a level per unit
    ("стоимость жилья за кв. м") are never the measure named without them, nor is that measure one of them.
    """
    kinds = [kind for kind in key.rsplit("|", 1)[1].split("+") if kind]
    singled_out = SUPERLATIVE in kinds or SUPERLATIVE in subject.kinds
    per_unit_apart = {kind for kind in kinds if kind.startswith(PER_KIND)} != {
        kind for kind in subject.kinds if kind.startswith(PER_KIND)}
    # "налоговые доходы", "full-time enrollment": a kind that names a part of the measure is never the measure
    # named without it; only a way of counting the same measure ("реальные располагаемые доходы", "net
    # profit") is named briefly
    part = any(kind.casefold() not in lexicon.BRIEFLY_NAMED_KINDS for kind in kinds
               if kind not in subject.kinds and not kind.startswith((PER_KIND, MARKET_KIND))
               and kind not in (RUNNING_TOTAL_KIND, SUPERLATIVE, *ADJUSTMENT_KINDS))
    return (subject.whole and bool(kinds)) or singled_out or per_unit_apart or part or any(
        kind in ADJUSTMENT_KINDS for kind in kinds)
