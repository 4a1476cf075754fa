"""What a figure measures: the subject of its clause, grouped the way a journalist groups figures.

The subject is found by reading back from the figure: past the verb and prepositions that govern the figure
("dropped to", "составил", "выросли на") to the first noun phrase that is not inside a prepositional phrase.
Its head (the first noun in Russian, the last in English), the complements it governs ("добыча нефти",
"exports of oil") and the places and names that qualify it ("Italy's debt", "в Казахстане") make the
metric's key. Heads are lemmatised and mapped through the thesaurus, so "товарооборот" and "торговля" are one
metric, while "перевозки нефти" and "перевозки" stay two: different subjects are never merged. A metric holds
figures of one unit: a percentage of a money metric is a metric of its own.
"""


import re
from dataclasses import dataclass, replace
from itertools import dropwhile, pairwise, takewhile

from factcheck import lexicon
from factcheck.extract.model import ExtractedFigure, Extraction
from factcheck.extract.readers.cites import CITED
from factcheck.extract.readers.form import (
    printed_as_change_start,
    whole_of_bracketed_share,
    whole_of_change_start,
)
from factcheck.extract.readers.place import (
    Measure,
    NamedPlace,
    article_sense,
    bracketed_name,
    clause_place,
    dateline_end,
    fronted_common_place,
    measure_of,
)
from factcheck.extract.segments import names_segment
from factcheck.extract.shares import share_phrase, whole_after
from factcheck.extract.text import slug
from factcheck.extract.thesaurus import concept_of
from factcheck.extract.words import (
    ADJECTIVE,
    DETERMINER,
    NOUN,
    NUMBER,
    PREPOSITION,
    PROPER,
    VERB,
    Word,
    english_lemma,
    russian_readings,
    words_of,
)
from factcheck.figures import FoundFigure
from factcheck.lexicon import (
    CHANGE_SUBJECT_HEADS,
    COUNT_HEADS,
    EN_INCLUSION_WORDS,
    EN_PART_PREPOSITIONS,
    EN_RECIPIENT_PREPOSITIONS,
    EN_VERB_NOUNS,
    ENTITY_NOUNS,
    FLOW_CONCEPTS,
    ISO_CODES,
    METRIC_CONCEPTS,
    METRIC_WORD_SENSES,
    NAME_JOINS,
    NEVER_SUBJECT_UNIT_WORDS,
    NEVER_SUBJECT_WORDS,
    NON_SPLITTING_ADJECTIVES,
    PERIOD_NOUNS,
    RELATIVE_PRONOUN_STEMS,
    RU_COMPLEMENT_PREPOSITIONS_ACCUSATIVE,
    RU_PART_PREPOSITIONS,
    RU_RECIPIENT_CASES,
    SEASONALLY_ADJUSTED_CUES,
    SHARE_STEMS,
    TARGET_WORDS,
    TIME_NAME_WORDS,
    TOTALITY_ADJECTIVES,
    UNADJUSTED_CUES,
    WEAK_SUBJECT_WORDS,
    WHOLE_AFTER_PART,
)
from factcheck.quantities import Amount, Ratio, unit_label

_any = lexicon.any_of  # one group of any of a table's words

_SUBJECT_PARTS = (NOUN, PROPER, ADJECTIVE)
_OF = frozenset(lexicon.EN_WHOLE_LEADS)
_COMPARATIVES = frozenset(lexicon.FRACTION_COMPARATIVES)
_POSSESSIVE_ENDINGS = ("'s", "’s")  # "the euro zone's deficit": a noun that owns the phrase's head


_ARTICLE = rf"(?:{_any(lexicon.EN_ARTICLES)}\s+)?"
# the end of a change: "rose 8% to $14.55 million", "вырос на 62% – до 4,5 млн тонн"
_CHANGE_END = re.compile(rf"{_any(lexicon.CHANGE_END_WORDS)}\s", re.IGNORECASE)
# "rose 5% to $466 billion", "climbed 6% to a record $710 billion": the level a change ends at (a few words between)
_CHANGE_END_BEFORE = re.compile(rf"(?:\b{_any(lexicon.CHANGE_END_WORDS)}(?:\s+[^\W\d]+){{0,3}}|[-–—])\s*$",
                                re.IGNORECASE)
_UNNAMED = "figure-at-line-"
_PARENTHESIS = re.compile(r"\s*\(.*$")
_TWIN_GAP = re.compile(r"\s*\(\s*")
_PARAGRAPH_WINDOW = 600  # characters of its paragraph read back for the measure a sentence leaves unnamed
_OF_GDP = re.compile(rf"\s*(?:{_any(lexicon.EN_WHOLE_LEADS)}\s+{_ARTICLE})?{_any(lexicon.GDP_NAMES)}", re.IGNORECASE)
_OF_WHOLE = re.compile(rf"\s+(?:{_any(lexicon.EN_WHOLE_LEADS)}\s+(?:{_any(lexicon.EN_WHOLE_DETERMINERS)}\s+)*|"
                       rf"{_any(lexicon.RU_WHOLE_LEADS)}\s+(?:{_any(lexicon.RU_WHOLE_DETERMINERS)}\s+)?)"
                       rf"([^\W\d][\w\s-]{{2,40}}?)(?=[,.;:()]|\s+{_any(lexicon.WHOLE_END_WORDS)}\b|$)", re.IGNORECASE)
_RELATIVE_CLAUSE = re.compile(rf",\s*{_any(lexicon.RELATIVE_CLAUSE_WORDS)}\b[^,.;:!?]{{0,200}}(?=,)", re.IGNORECASE)
# "уменьшились на 6,3% и составляют 32 122 рубля", "rose 5% and reached $3 bn": one subject, two predicates
_SHARED_SUBJECT = re.compile(rf"^\W*{_any(lexicon.SHARED_SUBJECT_CONJUNCTIONS)}\s", re.IGNORECASE)
# a percentage printed with the word "share" beside it: "(20% share)", "(доля 20%)", "(доля – 20%)"
_SHARE_WORD = re.compile(rf"(?:{'|'.join(SHARE_STEMS)})", re.IGNORECASE)
_SHARE_WORD_AFTER = re.compile(rf"\s*(?:{'|'.join(SHARE_STEMS)})(?!\w)", re.IGNORECASE)
_SHARE_WORD_BEFORE = re.compile(rf"(?<!\w)(?:{'|'.join(SHARE_STEMS)})(?:\s+{_any(lexicon.EN_WHOLE_LEADS)})?[\s\-–—:]*$",
                                re.IGNORECASE)
_WHOLE_AFTER_PART = re.compile(rf"\s*(?:{'|'.join(WHOLE_AFTER_PART)})\s*\Z", re.IGNORECASE)
# the last of these before a figure in its sentence says whether it is read with seasonal effects removed
_ADJUSTMENT = re.compile(rf"(?<!\w)(?:(?P<raw>{'|'.join(UNADJUSTED_CUES)})|"
                         rf"(?P<adjusted>{'|'.join(SEASONALLY_ADJUSTED_CUES)}))", re.IGNORECASE)
# "$42.36 billion in revenue"; "a 15.8% drop in profit" (a change noun, then "in")
_AMOUNT_IN = re.compile(rf"\s+{_any(lexicon.EN_MEASURE_PREPOSITIONS)}\s+{_ARTICLE}", re.IGNORECASE)
# "posted a $244 billion budget deficit": an amount after an indefinite article modifies the noun after it
_ARTICLE_BEFORE = re.compile(rf"(?<!\w){_any(lexicon.INDEFINITE_ARTICLES)}\s+$", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_CHANGE_NOUN_IN = re.compile(rf"\s+(?:{'|'.join(CHANGE_SUBJECT_HEADS)})s?\s+{_any(lexicon.EN_MEASURE_PREPOSITIONS)}\s+"
                             rf"{_ARTICLE}", re.IGNORECASE)
_ADJUSTMENT_KINDS = ("seasonally-adjusted", "unadjusted")
_MARKET = re.compile("|".join(rf"(?P<{scope}>(?<!\w)(?:{'|'.join(words)})(?!\w))"
                              for scope, words in lexicon.MARKET_SCOPES.items()), re.IGNORECASE)
_RUNNING_TOTAL_KIND = "running-total"
_MARKET_KIND = "market-"  # the kind of a figure of one market: "market-domestic", "market-abroad"
_WHOLE_OPENER = re.compile(rf"\W*{_any(lexicon.WHOLE_OPENERS)}\b", re.IGNORECASE)  # "Overall,", "В целом"
_NOT_ITS_CUE = re.compile(r"[\d,;:()–—]")  # between a figure and a market cue after it: the cue is not its own
_MARKET_AFTER_REACH = 30  # "$112 million overseas", "$30 million in North America": the cue right after a figure
_PER_KIND = "per-"  # the kind of a level per unit ("per-share", "per-кв м"): never the total it is a part of
_SUPERLATIVE = "singled-out"  # the kind of a measure named with a superlative: the top item of a list
# "49 cents per share", "$1.05 a share": the unit a price is per
_PER_UNIT = re.compile(rf"\s+{_any(lexicon.PER_UNIT_LEADS)}\s+(?P<unit>{_any(lexicon.PRICE_PER_UNITS)})\b",
                       re.IGNORECASE)
# punctuation between a number and the next word: a phrase does not cross it
_BREAK_BEFORE = re.compile(r"[^\w]*[,;:()–—]")
# "$310 per square foot", "2.3 tonnes per hectare" (never "per cent"), "98 тыс. рублей за кв. м", "37,2 ц/га"
_UNIT_WORD = rf"(?:{_any(lexicon.PER_UNIT_MEASURE_ADJECTIVES)}\s*)?[^\W\d_]+\.?"
_PER_ANY_UNIT = re.compile(rf"\s+{_any(lexicon.EN_PER_LEADS)}\s+(?!{_any(lexicon.EN_PER_NOT_UNITS)}\b)"
                           rf"(?P<unit>{_UNIT_WORD})", re.IGNORECASE)
_PER_UNIT_RU = re.compile(rf"\s+{_any(lexicon.RU_PER_UNIT_LEADS)}\s+(?:{_any(lexicon.RU_PER_UNIT_ONE)}\s+)?"
                          rf"(?P<unit>(?:{_any(lexicon.PER_UNIT_MEASURE_ADJECTIVES)}\s*)?"
                          rf"{_any(lexicon.RU_PRICE_PER_UNITS)})(?![\w-])", re.IGNORECASE)
_PER_SLASH = re.compile(rf"\.?\s*/\s*(?P<unit>{_UNIT_WORD})")
_RELATIVE_PRONOUN = re.compile(rf"(?:{'|'.join(RELATIVE_PRONOUN_STEMS)})", re.IGNORECASE)


@dataclass(frozen=True)
class Subject:
    """The noun phrase a figure is about."""

    head: str  # the concept of the head noun
    complements: tuple[str, ...]  # lemmas of the nouns it governs: "нефть" in "добыча нефти"
    qualifiers: tuple[str, ...]  # places and names: "italy", "казахстан"
    name: str  # as written in the article
    start: int  # where the phrase starts in the text
    guess: str | None = None  # what the reader should check when the subject is read from beyond its clause
    kinds: tuple[str, ...] = ()  # adjectives that make it a measure of its own: "кондитерские", "international"
    whole: bool = False  # said to be the total ("суммарный турпоток", "total passengers"): never one of its kinds
    # its clause names whose it is in words that are no name: "the euro zone's deficit", "rivals reported revenue"
    owned: bool = False

    @property
    def key(self) -> str:
        """Figures with one key are one metric: the head and every qualifier that splits measures agree."""
        return "|".join((self.head, "+".join(sorted(self.complements)), "+".join(sorted(self.qualifiers)),
                         "+".join(sorted(self.kinds))))


def note_unit(extraction: Extraction, metric: str, figure: FoundFigure) -> None:
    """A metric first seen through a change gets its unit from its first amount."""
    name, unit, flow = extraction.metrics[metric]
    if not unit and isinstance(figure.figure, Amount):
        extraction.metrics[metric] = (name, metric_unit(figure), flow)


def metric_of(
    extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int], last_metric: dict[str, str], *,
    running_total: bool = False,
) -> tuple[str, str, int | None, str | None]:
    """The metric a figure measures, its name, where its subject starts, and what to check about it."""
    visible = extraction.article.visible
    sentence = (min(dateline_end(visible, sentence[0]), figure.start), sentence[1])  # a dateline is no subject
    unit = metric_unit(figure)
    last = extraction.figures[-1] if extraction.figures else None
    previous = last if last is not None and sentence[0] <= last.found.start and last.found.end <= figure.start \
        else None
    floor = previous.found.end if previous is not None else sentence[0]
    if previous is not None:  # "$42.36 billion in revenue, down 15%": the phrase after it is the figure before's
        floor = max(floor, (_measured_after(extraction, previous.found, sentence) or (None, floor))[1])
    words = _masked_words(extraction, floor, figure.start, sentence[0])
    owner_words = _share_owner_words(extraction, figure, floor, sentence[0])  # never the whole of a share
    measured = _measured_after(extraction, figure, sentence)
    subject = _currency_twin(extraction, figure, previous) or (measured[0] if measured else None) or _in_its_place(
        extraction, _bracketed(extraction, figure, sentence) or _counted(extraction, figure, sentence)
        or _subject(words if owner_words is None else owner_words, extraction.language, visible, sentence[0])
        or (_share_owner_name(words, visible) if owner_words is not None else None)
        or _genitive_after(extraction, figure, sentence),
        figure, sentence)
    if previous is not None and _WHOLE_AFTER_PART.fullmatch(visible, previous.found.end, figure.start):
        # "15624,3 млрд сумов из 68958,4 млрд сумов": the whole of the part before it, a measure of its own
        return _whole_of(extraction, previous, unit)
    if subject is not None and previous is not None and figure.form == "change" and _names_a_change(subject):
        # "9036,8 млрд сумов (темпы роста 18,5%)": the change of the measure just named
        return previous.metric, previous.metric_name, None, "metric: a change named by its rate, of the figure before"
    if subject is not None and previous is not None and subject.start >= floor:
        subject = _parallel(extraction, subject, previous, words)
    if subject is not None:
        subject = _adjusted(extraction, _with_topic(extraction, _referred_entity(extraction, subject), sentence[0]),
                            sentence[0],
                            figure.start)
        subject = _in_market(extraction, _per_unit(extraction, subject, figure), sentence, figure)
        subject = _running_total(subject, figure) if running_total else subject
    if subject is not None and subject.head in TARGET_WORDS:
        if unit in last_metric:  # "цель в $1 млрд": a target for the metric the text is about
            metric_id = last_metric[unit]
            return metric_id, extraction.metrics[metric_id][0], None, "metric: the target's metric is a guess"
        subject = None
    previous_unit = _unit_of(extraction, previous.metric) if previous is not None else ""
    lead_in = visible[max(floor, figure.start - 30) : figure.start]
    starts_change = printed_as_change_start(visible, floor, figure)
    ends_change = previous is not None and previous.found.form == "change" and bool(
        _CHANGE_END.match(figure.text) or _CHANGE_END_BEFORE.search(lead_in))
    amount = isinstance(figure.figure, Amount) and figure.figure.unit is not None
    shares_subject = previous is not None and bool(_SHARED_SUBJECT.search(visible[previous.found.end : figure.start])) \
        and any(word.part == VERB for word in words)
    if subject is None and previous is not None and shares_subject and not previous.metric.startswith(_UNNAMED):
        return (previous.metric, previous.metric_name, None,
                "metric: the subject of the previous figure, whose sentence goes on")
    # "вырос на 20%, а внутренний — на 85%", "followed by the Americas (+6%)": a change of another subject
    elided = figure.form == "change" and any(w.part in (NOUN, PROPER, ADJECTIVE) and _is_subject_word(w) for w in words)
    # ", the S&P gained 0.4%": a name and a verb of its own, however short the name, is a clause of its own
    elided = elided or (figure.form == "change" and any(
        w.part == PROPER and following.part == VERB for w, following in pairwise(words)))
    if subject is None and previous is not None and not elided and (
            figure.form == "change" or starts_change or ends_change) and (
            (figure.form == "change" and not amount) or unit == previous_unit or not previous_unit):
        # "$547 млн, втрое больше", "rose 8% to $14.55 million from $13.48 billion": the same metric
        same = previous
        if starts_change:  # "$3.3 billion or $0.66 a share, compared to $3.0 billion": the nearest in its unit,
            # a price per share never the baseline of an amount; "the natural decrease was 21,100, compared with
            # 26,600": named or not (an unnamed figure's baseline is never another measure's figure further back)
            in_sentence = takewhile(lambda f: f.found.start >= sentence[0], reversed(extraction.figures))
            per = per_unit(extraction, figure) is None
            same = next((f for f in in_sentence if _unit_of(extraction, f.metric) == unit
                         and (per_unit(extraction, f.found) is None) == per), previous)
        return same.metric, same.metric_name, None, None
    if subject is None:
        subject = _placed_measure(extraction, figure, sentence)
    if subject is None and previous is not None and not any(w.part == VERB for w in words):
        subject = _placed_parallel(extraction, figure, previous, floor)
    if subject is None:
        return _unnamed(extraction, figure, unit)
    exact = subject.key in extraction.metric_keys
    if _share_of_own_measure(extraction, figure, subject):  # "Europe, which accounts for 42% of all receipts"
        metric_id = _metric_for(extraction, subject, "", True, sentence[0])
        name, metric_unit_, _ = extraction.metrics[metric_id]
        if not metric_unit_:  # its unit comes with its first amount; a measure that adds up is a flow in any
            extraction.metrics[metric_id] = (name, metric_unit_, subject.head in FLOW_CONCEPTS)
    else:
        metric_id = _metric_for(extraction, subject, unit, figure.form == "change" and not amount, sentence[0])
    if unit:  # the measure the text is about in this unit is the first it names ("Ввод жилья ... План на год")
        last_metric.setdefault(unit, metric_id)
    merged = not exact and extraction.metric_keys.get(subject.key) != [metric_id]
    merge_check = f"metric: \"{subject.name}\" taken as the same measure as the metric's name" if merged else None
    return metric_id, extraction.metrics[metric_id][0], subject.start, merge_check or subject.guess


def _measured_after(extraction: Extraction, figure: FoundFigure,
                    sentence: tuple[int, int]) -> tuple[Subject, int] | None:
    """An English amount or change noun followed by "in" and a common noun names its measure there.

    "reported $42.36 billion in revenue and $7.8 billion in net income", "a 15.8% drop in quarterly profit": the
    revenue, the net income, the profit, not the company that reports them; so does the noun an amount after an
    indefinite article modifies ("posted a $244 billion budget deficit"). A period or a place after "in" is
    no measure ("$5 billion in 2023", "in China"), and the phrase ends at the first word that is not a noun or
    an adjective.
    """
    if extraction.language != "en" or (figure.form == "change" and not _CHANGE_NOUN_IN.match(
            extraction.article.visible, figure.end, sentence[1])):
        return None
    visible = extraction.article.visible
    attributive = figure.form == "value" and _ARTICLE_BEFORE.search(visible, max(sentence[0], figure.start - 4),
                                                                       figure.start) is not None
    end = sentence[1]
    lead = (_CHANGE_NOUN_IN.match(visible, figure.end, end) or _AMOUNT_IN.match(visible, figure.end, end)
            or (_SPACE.match(visible, figure.end, end) if attributive else None))
    if lead is None or (figure.form != "change" and not (isinstance(figure.figure, Amount) and figure.figure.unit)):
        return None
    words = _masked_words(extraction, lead.end(), min(sentence[1], lead.end() + 60), sentence[0])
    # "quarterly profit": an adjective of time the tagger does not know as one still belongs to the phrase
    run = list(takewhile(lambda w: (w.part in (NOUN, ADJECTIVE) or w.lemma.casefold() in NON_SPLITTING_ADJECTIVES)
                         and not w.after_break, words))
    nouns = [w for w in run if w.part == NOUN]
    if not nouns or not _is_subject_word(nouns[-1]) or run[-1] is not nouns[-1]:
        return None
    kinds = tuple(concept_of(w.lemma) for w in run if w.part == ADJECTIVE
                  and w.lemma.casefold() not in NON_SPLITTING_ADJECTIVES)
    name = " ".join(visible[run[0].start : run[-1].end].split())
    # the subject is quoted from the figure on: its phrase follows it
    # "Universal's "Oppenheimer" took in $18.8 million in ticket sales": the film's sales, not another film's
    before = _masked_words(extraction, sentence[0], figure.start, sentence[0])
    owner = [w for w in takewhile(lambda w: w.part != VERB, before) if w.part == PROPER]
    owner_name = " ".join(w.lemma for w in owner)
    name = f"{name} ({owner_name})" if owner else name
    # "Rivals reported $50 billion in revenue": a clause subject that is no name still says whose it is
    verb = next((at for at, w in enumerate(before) if w.part == VERB), -1)
    subject = Subject(concept_of(nouns[-1].lemma), tuple(concept_of(w.lemma) for w in nouns[:-1]),
                      tuple(sorted({w.lemma.casefold() for w in owner})), name, figure.start, kinds=kinds,
                      owned=not owner and _clause_subject_before(before, verb, extraction.language) is not None)
    return subject, run[-1].end


def _parallel(extraction: Extraction, subject: Subject, previous: ExtractedFigure, words: list[Word]) -> Subject:
    """A gapped clause takes the qualifiers of the clause it parallels: its verb and qualifiers are left out.

    "Экспорт товаров вырос на 12,1%, импорт – на 8,4%", "goods exports rose 12.1%, imports 8.4%": the imports
    are of goods too. A clause with a verb of its own, or a subject qualified in its own words, says what it is.
    """
    if subject.complements or subject.qualifiers or subject.kinds or any(w.part == VERB for w in words):
        return subject
    key = next((key for key, ids in extraction.metric_keys.items() if previous.metric in ids), None)
    if key is None:
        return subject
    head, complements, qualifiers, kinds = key.split("|")
    guess = f"metric: \"{subject.name}\" read with the qualifiers of the clause it parallels"
    if head != subject.head and any(w.start == subject.start and w.part == NOUN and w.case == "gent" for w in words):
        # (the first clause's own head in the genitive, "41 млн тонн зерна при урожайности 30 ц/га", is that head)
        # "продажи тракторов снизились на 15%, комбайнов – на 9%": a genitive alone is what the first head governs
        return Subject(head, (subject.head,), tuple(filter(None, qualifiers.split("+"))),
                       subject.name, subject.start, guess, kinds=_clause_kinds(kinds))
    if head == subject.head or not (complements or qualifiers or kinds):
        return subject
    return Subject(subject.head, tuple(filter(None, complements.split("+"))),
                   tuple(filter(None, qualifiers.split("+"))), subject.name, subject.start, guess,
                   kinds=_clause_kinds(kinds), whole=subject.whole)


def _clause_kinds(kinds: str) -> tuple[str, ...]:
    """The kinds of a known key that a clause paralleling it shares: every one but the unit a level is per.

    "98 тыс. рублей за кв. м, цена квартиры – 4,5 млн рублей" is no price per square metre: each figure says
    for itself what unit it is per.
    """
    return tuple(kind for kind in kinds.split("+") if kind and not kind.startswith(_PER_KIND))


def _placed_parallel(extraction: Extraction, figure: FoundFigure, previous: ExtractedFigure,
                     floor: int) -> Subject | None:
    """A gapped clause of a place alone is the first clause's measure in that place.

    "Явка в Алматы составила 41%, в Астане – 47%", "turnout was 41% in the north and 47% in the south": the
    turnout of each place; the place replaces the first clause's, every other qualifier stays.
    """
    place = clause_place(extraction, floor, figure.start)
    key = next((key for key, ids in extraction.metric_keys.items() if previous.metric in ids), None)
    if place is None or place.start < floor or key is None:
        return None
    head, complements, _, kinds = key.split("|")
    name = _PARENTHESIS.sub("", previous.metric_name)
    guess = f"metric: the {name.casefold()} of {place.name}, the measure of the clause it parallels"
    return Subject(head, tuple(filter(None, complements.split("+"))), place.words, f"{name} ({place.name})",
                   place.start, guess, kinds=_clause_kinds(kinds))


def _names_a_change(subject: Subject) -> bool:
    """Whether a subject names a change, not a measure: "темпы роста", "the growth rate"."""
    return subject.head in CHANGE_SUBJECT_HEADS and all(word in CHANGE_SUBJECT_HEADS for word in subject.complements)


def _whole_of(extraction: Extraction, part: ExtractedFigure, unit: str) -> tuple[str, str, int | None, str | None]:
    """The metric of the whole a part is printed out of ("X из Y"): its own, never the part's."""
    name = f"{part.metric_name} (the whole)"
    metric_id = base = slug(name)
    suffix = 2
    while metric_id in extraction.metrics and extraction.metrics[metric_id][1] not in ("", unit):
        metric_id = f"{base}-{suffix}"
        suffix += 1
    extraction.metrics.setdefault(metric_id, (name, unit, extraction.metrics[part.metric][2]))
    return metric_id, extraction.metrics[metric_id][0], None, "metric: the whole the figure before is a part of"


def _share_owner_words(
    extraction: Extraction, figure: FoundFigure, floor: int, sentence_start: int
) -> list[Word] | None:
    """The words that may name whose share a percentage is: those before "their market share of", not the market.

    English only: a Russian share names its part after the share word ("доля электромобилей").
    """
    phrase = share_phrase(extraction, figure) if extraction.language == "en" else None
    if phrase is None:
        return None
    return _masked_words(extraction, floor, max(floor, phrase[0]), sentence_start)


def _share_owner_name(words: list[Word], visible: str) -> Subject | None:
    """Whose a market share is when only a name says it: "Tesla's market share", "the market share of Tesla".

    The name is the measure, as "the Dow" is in "the Dow lost 0.1%": each company's share is a metric of its own.
    """
    names = list(takewhile(lambda w: w.part == PROPER, dropwhile(lambda w: w.part != PROPER, words)))
    if not names:
        return None
    name = " ".join(visible[names[0].start : names[-1].end].split()).removesuffix("'s").removesuffix("’s")
    return Subject(" ".join(w.lemma.casefold() for w in names), (), (), name, names[0].start)


def _counted(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int]) -> Subject | None:
    """A bare number counts the noun after it: "160,000 Hongkongers", "39 analysts", "130 новых видов товаров".

    What it counts belongs to the subject of its clause: "Barbie earned $33.7 million from 4,178 theaters" counts
    Barbie's theaters, never another film's.
    """
    if not isinstance(figure.figure, Amount) or figure.figure.unit is not None or figure.form != "value":
        return None
    sentence_end = sentence[1]
    visible = extraction.article.visible
    # "1.1 million so far this year", "4,5 тыс. с начала года": a period phrase after it counts nothing (blanked
    # to a comma, it ends the phrase)
    end = min(sentence_end, figure.end + 60)
    following = _masked_words(extraction, figure.end, end, -1)
    blanked = extraction.periods.blanked(visible, figure.end, end, ",")
    if following and _BREAK_BEFORE.match(blanked, 0, following[0].start - figure.end):
        return None  # "rose 21% to 30,100, and divorces fell": the number ends its phrase at the comma
    for word in following[:3]:
        # "5.1 million a year earlier", "$80 a barrel": a determiner opens a phrase of its own
        # "30,100 and divorces": a conjunction joins another phrase, whose noun the number does not count
        if word.after_break or word.part in (VERB, PREPOSITION, NUMBER, DETERMINER) \
                or word.lemma.casefold() in NAME_JOINS:
            return None
        if word.part in (NOUN, PROPER) and not _is_subject_word(word):
            return None  # "180 bushels an acre", "3 tonnes": a unit counts nothing of its own
        if word.part in (NOUN, PROPER):
            name = " ".join(visible[figure.end : word.end].split())
            owner = _subject(_masked_words(extraction, sentence[0], figure.start, sentence[0]), extraction.language,
                             visible, sentence[0])
            return Subject(concept_of(word.lemma), (), (owner.head,) if owner is not None else (), name, figure.start)
    return None


def _genitive_after(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int]) -> Subject | None:
    """The measure of a Russian amount named by the genitive after its unit, when nothing before names one.

    "введено 598,4 тыс. кв. м жилья", "выдано 12 млрд рублей ипотечных кредитов": the housing, the loans. The
    noun's phrase is its adjectives and the genitives it governs; a percentage is a share of the genitive after it,
    never its measure (shares.py); a unit it is per ("63 ц/га") is no measure either.
    """
    if extraction.language != "ru" or figure.form != "value" or not isinstance(figure.figure, Amount) \
            or figure.figure.unit is None or metric_unit(figure) == "%" or per_unit(extraction, figure) is not None:
        return None  # "63 ц/га": what follows is the unit it is per
    following = _masked_words(extraction, figure.end, min(sentence[1], figure.end + 80), -1)
    blanked = extraction.periods.blanked(extraction.article.visible, figure.end, sentence[1], ",")
    if not following or _BREAK_BEFORE.match(blanked, 0, following[0].start - figure.end):
        return None
    run: list[Word] = []
    for word in following:
        if word.after_break and run:
            break
        noun = word.part == NOUN and word.case == "gent"
        if not (noun or (word.part == ADJECTIVE and word.case == "gent")) or not _is_subject_word(word):
            break
        run.append(word)
    while run and run[-1].part != NOUN:
        run.pop()
    nouns = [w for w in run if w.part == NOUN]
    if not nouns or nouns[0].lemma.casefold() in WEAK_SUBJECT_WORDS:
        return None
    head, dependents = nouns[0], nouns[1:]
    kinds = tuple(concept_of(w.lemma) for w in run if w.part == ADJECTIVE and w.start < head.start
                  and w.lemma.casefold() not in NON_SPLITTING_ADJECTIVES)
    name = " ".join(extraction.article.visible[run[0].start : run[-1].end].split())
    return Subject(concept_of(head.lemma), tuple(_qualified(run, w) for w in dependents), (), name, figure.start,
                   kinds=kinds)


def share_of(extraction: Extraction, figure: FoundFigure, metric_id: str) -> str | None:
    """The whole a percentage is a share of, as a metric id: "86.7% of GDP", "3,6% ВВП", "42% of all receipts".

    The one share reader: the whole is named after the percentage ("of GDP", "of all receipts", "площади
    уборки") or in a share phrase ("a market share of 15.2%"), else a place's share printed with the word
    "share" ("In the Americas (20% share)") is of the same measure with no place. The whole is a metric of its
    own, declared with no figure when the article gives none; a percentage of GDP belongs to the place its part
    is about ("Italy's debt, 131.8% of GDP": Italy's GDP).
    """
    return _named_whole(extraction, figure, metric_id) or _place_share_of(extraction, figure, metric_id) or \
        whole_of_change_start(extraction, figure, metric_id) or whole_of_bracketed_share(extraction, figure)


def _named_whole(extraction: Extraction, figure: FoundFigure, metric_id: str) -> str | None:
    """The whole a percentage names after it or in its share phrase, as a metric id."""
    percent = metric_unit(figure) == "%" or (isinstance(figure.figure, Ratio) and figure.figure.percent)
    if figure.form != "value" or not percent:
        return None
    visible = extraction.article.visible
    after = visible[figure.end : figure.end + 80]
    gdp = _OF_GDP.match(after)
    if gdp is not None:
        qualifiers = next((key.split("|")[2] for key, ids in extraction.metric_keys.items() if metric_id in ids), "")
        place = qualifiers.split("+")[0] if qualifiers else ""
        name = f"GDP ({place.capitalize()})" if place else ("ВВП" if extraction.language == "ru" else "GDP")
        whole = slug(f"gdp {place}")
        extraction.metrics.setdefault(whole, (name, "count", True))
        return whole
    # "58% of the annual plan so far": a period phrase ends the whole's name (blanked to a comma)
    whole_match = _OF_WHOLE.match(extraction.periods.blanked(visible, figure.end, figure.end + 80, ","))
    named = share_phrase(extraction, figure)  # "a market share of 15.2%", "доля рынка составила 15,2%"
    span = ((figure.end + whole_match.start(1), figure.end + whole_match.end(1)) if whole_match
            else named[1] if named else whole_after(extraction, figure))
    if span is None:
        return None
    read = words_of(visible[span[0] : span[1]], span[0], extraction.language, -1)
    if extraction.language == "en" and len(read) > 1 and read[-1].part == VERB and read[-2].part == NOUN \
            and not read[-1].text.casefold().endswith(lexicon.EN_VERB_FORM_ENDINGS):
        # "61% of its annual revenue target": a word spelt as a verb ends the phrase after "of" as its head noun
        read[-1] = Word(read[-1].start, read[-1].end, read[-1].text, english_lemma(read[-1].text), NOUN)
    words = [w for w in read if w.part in (NOUN, PROPER, ADJECTIVE)]
    nouns = [w for w in words if w.part == NOUN and w.lemma.casefold() not in NEVER_SUBJECT_WORDS]
    if not nouns:
        return None
    head = concept_of(nouns[0].lemma if extraction.language == "ru" else nouns[-1].lemma)
    known = [ids for key, ids in extraction.metric_keys.items() if key.split("|")[0] == head]
    if len(known) > 1:  # the receipts of the world and of its regions: the whole is the one of no place
        known = [ids for key, ids in extraction.metric_keys.items() if key == f"{head}||"] or known
    if len(known) == 1 and known[0][0] != metric_id:
        return known[0][0]  # "42% of all tourism receipts": the receipts the article gives
    name = " ".join(visible[words[0].start : words[-1].end].split())
    whole = slug(name)
    if whole == metric_id:
        return None
    extraction.metrics.setdefault(whole, (name[:1].upper() + name[1:], "count", head in FLOW_CONCEPTS))
    return whole


def _place_share_of(extraction: Extraction, figure: FoundFigure, metric_id: str) -> str | None:
    """The whole of a place's share printed with the word "share": "In the Americas (20% share)", "(доля 20%)".

    The whole is the metric of the same measure with no place, when the article has it.
    """
    if not _share_word_beside(extraction, figure):
        return None
    key = next((key for key, ids in extraction.metric_keys.items() if metric_id in ids), None)
    if key is None or not key.split("|")[2]:
        return None
    whole = extraction.metric_keys.get(key.split("|")[0] + "|||", [])
    return whole[0] if whole else None


def _currency_twin(extraction: Extraction, figure: FoundFigure, previous: ExtractedFigure | None) -> Subject | None:
    """An amount in brackets right after an amount in another currency is the same measure in that currency.

    "up to US$ 489 billion (euro 368 billion)", "$5 млрд (4,6 млрд евро)": the euros are of the dollars'
    subject, in a metric of their own (currencies never convert).
    """
    if previous is None or not _TWIN_GAP.fullmatch(extraction.article.visible, previous.found.end, figure.start):
        return None
    unit, previous_unit = metric_unit(figure), metric_unit(previous.found)
    if unit == previous_unit or unit not in ISO_CODES or previous_unit not in ISO_CODES:
        return None
    key = next((key for key, ids in extraction.metric_keys.items() if previous.metric in ids), None)
    if key is None:
        return None
    head, complements, qualifiers, kinds = key.split("|")
    return Subject(head, tuple(filter(None, complements.split("+"))), tuple(filter(None, qualifiers.split("+"))),
                   previous.metric_name, figure.start, kinds=_clause_kinds(kinds))


def _share_word_beside(extraction: Extraction, figure: FoundFigure) -> bool:
    """A percentage printed with the word share: "(20% share)", "(доля 20%)"."""
    visible = extraction.article.visible
    percent = metric_unit(figure) == "%" or (isinstance(figure.figure, Ratio) and figure.figure.percent)
    if figure.form != "value" or not percent:
        return False
    return bool(_SHARE_WORD_AFTER.match(visible, figure.end, figure.end + 12)
                or _SHARE_WORD_BEFORE.search(visible, max(0, figure.start - 16), figure.start))


def _bracketed(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int]) -> Subject | None:
    """A signed change in brackets after a name is a change of that name's measure.

    "Asia and the Pacific (+8%) recorded the largest increase in receipts, followed by Europe (+4%)": the
    receipts of each; "Германия (+3%) и Франция (-2%) нарастили экспорт": the exports of each.
    """
    if figure.form != "change":
        return None
    place = bracketed_name(extraction, figure.start, figure.end, sentence[0])
    measure = _measure_near(extraction, sentence) if place is not None else None
    return _subject_of_place(measure, place) if measure is not None and place is not None else None


def _in_its_place(extraction: Extraction, subject: Subject | None, figure: FoundFigure,
                  sentence: tuple[int, int]) -> Subject | None:
    """A subject named without a place takes the place its clause is about.

    "In the Americas, receipts increased by $16 bn": the receipts of the Americas. A name read as the subject
    ("Europe, which accounts for 42%") names a place, not a measure: the figure has no subject of its own yet.
    """
    if subject is None:
        return None
    subject = _in_article_sense(extraction, subject)
    place = clause_place(extraction, sentence[0], figure.start) or fronted_common_place(
        extraction, sentence[0], figure.start)
    if subject.qualifiers and place is not None and not set(place.words) & set(subject.qualifiers) and not any(
            w.part == PROPER for w in words_of(subject.name, 0, extraction.language, 0)):
        # "В Ленинградской области вклады физических лиц": whose the measure is (people) is not where it is
        return Subject(subject.head, subject.complements, tuple(sorted({*subject.qualifiers, *place.words})),
                       f"{subject.name} ({place.name})", subject.start,
                       f"metric: of {place.name}, whom or where its clause is about", kinds=subject.kinds,
                       whole=subject.whole, owned=subject.owned)
    if subject.qualifiers:
        return _share_of_a_measure(extraction, subject, figure, place) or subject
    if place is None:
        return subject
    if subject.head in place.words or _SHARE_WORD.fullmatch(subject.head):
        return None  # "В Германии (доля 20%)": a share names no measure; the place's is the sentence's
    return Subject(subject.head, subject.complements, place.words, f"{subject.name} ({place.name})", subject.start,
                   f"metric: of {place.name}, whom or where its clause is about", kinds=subject.kinds)


def _placed_measure(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int]) -> Subject | None:
    """A figure with no subject in a clause about a place: the place's measure the sentence names.

    "Europe, which accounts for 42% of all receipts, saw the biggest growth: up $35 bn" is Europe's receipts;
    "(euro 368 billion)" after it too, in a metric of its own unit.
    """
    place = clause_place(extraction, sentence[0], figure.start)
    measure = _measure_near(extraction, sentence) if place is not None else None
    return _subject_of_place(measure, place) if measure is not None and place is not None else None


def _measure_near(extraction: Extraction, sentence: tuple[int, int]) -> Measure | None:
    """The one measure the sentence names, else the one its paragraph named before it, else the article's."""
    measure = measure_of(extraction, sentence[0], sentence[1])
    if measure is not None:
        return measure
    visible = extraction.article.visible
    window = max(0, sentence[0] - _PARAGRAPH_WINDOW)
    paragraph = visible.rfind("\n\n", window, sentence[0])
    before = visible[paragraph + 2 if paragraph >= 0 else window : sentence[0]]
    if before.strip():
        measure = measure_of(extraction, paragraph + 2 if paragraph >= 0 else window, sentence[0])
        return Measure(measure.concept, measure.word, "its paragraph") if measure is not None else None
    return _article_measure(extraction)  # a paragraph that opens with the place: the measure the text is about


def _article_measure(extraction: Extraction) -> Measure | None:
    """The one measure of the thesaurus the article's metrics so far are of, named as its first metric is."""
    names: dict[str, str] = {}
    for key, ids in extraction.metric_keys.items():
        head = key.split("|")[0]
        if head in METRIC_CONCEPTS:
            names.setdefault(head, extraction.metrics[ids[0]][0])
    if len(names) != 1:
        return None
    ((concept, name),) = names.items()
    return Measure(concept, _PARENTHESIS.sub("", name).casefold(), "the article")


def _subject_of_place(measure: Measure, place: NamedPlace) -> Subject:
    return Subject(measure.concept, (), place.words, f"{measure.word} ({place.name})", place.start,
                   f"metric: the {measure.word} of {place.name}, the measure read from {measure.read_from}")


def _in_article_sense(extraction: Extraction, subject: Subject) -> Subject:
    """A head word of two senses takes the one the article uses: "earnings" in an article about receipts."""
    for word in words_of(subject.name, subject.start, extraction.language, -1):
        if word.lemma.casefold() in METRIC_WORD_SENSES and concept_of(word.lemma) == subject.head:
            head = article_sense(extraction, word.lemma)
            guess = f"metric: \"{word.text}\" read as {head}, the sense the article uses" if head != subject.head \
                else subject.guess
            return replace(subject, head=head, guess=guess)
    return subject


def _share_of_a_measure(extraction: Extraction, subject: Subject, figure: FoundFigure,
                        place: NamedPlace | None) -> Subject | None:
    """Places that account for a share of a measure: their share of it.

    "Destinations in Asia (31% of all receipts)", "Germany accounts for 20% of EU exports": the receipts of
    Asia, the exports of Germany.
    """
    whole = _measure_of_whole(extraction, figure)
    if whole is None or whole.concept == subject.head or subject.head in METRIC_CONCEPTS:
        return None
    name = place.name if place is not None and place.words == subject.qualifiers else subject.name
    return Subject(whole.concept, (), subject.qualifiers, f"{whole.word} ({name})", subject.start,
                   f"metric: the {whole.word} of {name}, of which it is a share")


def _measure_of_whole(extraction: Extraction, figure: FoundFigure) -> Measure | None:
    """The measure a percentage is a share of: "42% of all international tourism receipts" -> receipts."""
    percent = metric_unit(figure) == "%" or (isinstance(figure.figure, Ratio) and figure.figure.percent)
    if figure.form != "value" or not percent:
        return None
    whole = _OF_WHOLE.match(extraction.article.visible, figure.end, figure.end + 80)
    if whole is None:
        return None
    nouns = [w for w in words_of(whole.group(1), whole.start(1), extraction.language, -1) if w.part == NOUN]
    head = (nouns[0] if extraction.language == "ru" else nouns[-1]) if nouns else None
    concept = article_sense(extraction, head.lemma) if head is not None else None
    return Measure(concept, head.text) if head is not None and concept in METRIC_CONCEPTS else None


def _share_of_own_measure(extraction: Extraction, figure: FoundFigure, subject: Subject) -> bool:
    """A place's share of the whole of its own measure: "Europe ... accounts for 42% of all receipts".

    The share is not in the metric's unit: it belongs to the place's metric whatever that unit is.
    """
    if not subject.qualifiers:
        return False
    whole = _measure_of_whole(extraction, figure)
    return _share_word_beside(extraction, figure) or (whole is not None and whole.concept == subject.head)


def _referred_entity(extraction: Extraction, subject: Subject) -> Subject:
    """A noun that names what a figure is about, not a measure, refers to the name before it in its paragraph.

    "... "Oppenheimer" collected $18.8 million. Globally, the film has earned $717 million": that film's
    takings, never another film's of another paragraph. In doubt (no name before), it stays as read.
    """
    if subject.qualifiers or subject.head not in ENTITY_NOUNS:
        return subject
    visible = extraction.article.visible
    window = max(0, subject.start - _PARAGRAPH_WINDOW)
    paragraph = visible.rfind("\n\n", window, subject.start)
    start = paragraph + 2 if paragraph >= 0 else window
    words = words_of(visible[start : subject.start], start, extraction.language, -1)
    names = list(takewhile(lambda w: w.part == PROPER, dropwhile(lambda w: w.part != PROPER, reversed(words))))
    if not names:
        return subject
    named = " ".join(visible[names[-1].start : names[0].end].split())
    return Subject(subject.head, subject.complements, tuple(sorted({w.lemma.casefold() for w in names})),
                   f"{subject.name} ({named})", subject.start,
                   f"metric: \"{subject.name}\" read as {named}, the name before it",
                   kinds=subject.kinds, whole=subject.whole)


def _with_topic(extraction: Extraction, subject: Subject, sentence_start: int) -> Subject:
    """A subject named without a place takes the place the paragraph is about ("Italy's debt ... But the deficit").

    Only within a paragraph: across paragraphs, a brief subject is the one of its kind the article named. Only
    to a clause that names no owner of its own: "the euro zone's deficit", "Rivals reported revenue of $50
    billion" are not Italy's or Apple's, and the paragraph's topic ends there; nor to a sentence that opens by
    naming the whole ("In London, unemployment rose to 9%. Overall, unemployment was 8.1%": the country's).
    """
    visible = extraction.article.visible
    paragraph = visible.rfind("\n\n", 0, subject.start)
    if _WHOLE_OPENER.match(visible, dateline_end(visible, sentence_start)) and not subject.qualifiers:
        extraction.topic = (paragraph, ())
        return replace(subject, owned=True)  # the whole's: never a place's measure named briefly either
    if subject.qualifiers or subject.owned:
        extraction.topic = (paragraph, subject.qualifiers)
        return subject
    topic_paragraph, qualifiers = extraction.topic
    if topic_paragraph != paragraph or not qualifiers:
        return subject
    return Subject(subject.head, subject.complements, qualifiers, subject.name, subject.start, kinds=subject.kinds)


def _adjusted(extraction: Extraction, subject: Subject, sentence_start: int, figure_start: int) -> Subject:
    """A figure said to be seasonally adjusted measures another thing than the raw one: a kind of its own.

    "Seasonally adjusted, output fell 0.3%" and "output rose 0.3% on the year" are two metrics; the last cue
    before the figure in its sentence decides ("adjusted, it fell 0.3%; unadjusted, it rose 2%").
    """
    cues = list(_ADJUSTMENT.finditer(extraction.article.visible, sentence_start, figure_start))
    if not cues:
        return subject
    kind = _ADJUSTMENT_KINDS[0] if cues[-1].group("adjusted") else _ADJUSTMENT_KINDS[1]
    return Subject(subject.head, subject.complements, subject.qualifiers, subject.name, subject.start, subject.guess,
                   kinds=(*subject.kinds, kind))


def _running_total(subject: Subject, figure: FoundFigure) -> Subject:
    """A running total measures another thing than the flow of a period: a kind of its own.

    "earned $33.7 million in its fourth weekend" and "bringing its domestic total to $459 million" (or "$459 million
    to date") are two measures, never two values of one. The cue is in the figure's clause before it, or right
    after it.
    """
    if figure.form == "change" or _RUNNING_TOTAL_KIND in subject.kinds:
        return subject
    return Subject(subject.head, subject.complements, subject.qualifiers, subject.name, subject.start, subject.guess,
                   kinds=(*subject.kinds, _RUNNING_TOTAL_KIND), whole=subject.whole)


def _in_market(extraction: Extraction, subject: Subject, sentence: tuple[int, int], figure: FoundFigure) -> Subject:
    """A figure of one market measures another thing than the same of another: a kind of its own.

    "opened to $30 million in North America" and "earned $112 million overseas" are two grosses; "a domestic total of
    $459 million" and "$1.03 billion worldwide" two totals. The cue right after the figure (no other figure between)
    is its own, else the last one before it in its sentence.
    """
    visible = extraction.article.visible
    after = _MARKET.search(visible, figure.end, min(sentence[1], figure.end + _MARKET_AFTER_REACH))
    # "$459 million, and its worldwide total": past another figure or a clause break, the cue is another figure's
    if after is not None and _NOT_ITS_CUE.search(visible, figure.end, after.start()):
        after = None
    cue = after or next(reversed(list(_MARKET.finditer(visible, sentence[0], figure.start))), None)
    if cue is None or cue.lastgroup is None:
        return subject
    kind = f"{_MARKET_KIND}{cue.lastgroup}"
    if kind in subject.kinds:
        return subject
    return Subject(subject.head, subject.complements, subject.qualifiers, subject.name, subject.start, subject.guess,
                   kinds=(*subject.kinds, kind), whole=subject.whole)


def _per_unit(extraction: Extraction, subject: Subject, figure: FoundFigure) -> Subject:
    """A price per unit is a measure of its own: "a profit of 49 cents per share" is not the quarter's profit."""
    per = per_unit(extraction, figure)
    if per is None:
        return subject
    kind = _PER_KIND + " ".join(per.group("unit").casefold().replace(".", "").split())
    if kind in subject.kinds:
        return subject
    return Subject(subject.head, subject.complements, subject.qualifiers, f"{subject.name} {per.group(0).strip(' .')}",
                   subject.start, subject.guess, kinds=(*subject.kinds, kind), whole=subject.whole)


def per_unit(extraction: Extraction, figure: FoundFigure) -> re.Match[str] | None:
    """The unit an amount is said per, right after it: "49 cents per share", "98 тыс. рублей за кв. м", "ц/га"."""
    if not isinstance(figure.figure, Amount) or figure.figure.unit is None:
        return None
    visible, end = extraction.article.visible, figure.end
    return (_PER_UNIT.match(visible, end, end + 30) or _PER_ANY_UNIT.match(visible, end, end + 30)
            or _PER_SLASH.match(visible, end, end + 30)
            or (_PER_UNIT_RU.match(visible, end, end + 30) if extraction.language == "ru" else None))


def _unit_of(extraction: Extraction, metric_id: str) -> str:
    return extraction.metrics[metric_id][1]


def _metric_for(extraction: Extraction, subject: Subject, unit: str, change: bool, sentence_start: int = -1) -> str:
    """The metric of a subject in a unit: an existing one with the same key and unit, or a new one."""
    known = extraction.metric_keys.get(subject.key, []) or _same_head(extraction, subject, sentence_start)
    amounts = [metric_id for metric_id in known if _unit_of(extraction, metric_id) not in ("%", "")]
    if change and len(amounts) > 1:
        return amounts[0]  # "+4%" of receipts in US$ and in euros (printed after them): of the first named
    for metric_id in reversed(known):  # the same subject: its metric in this unit
        metric_unit_ = _unit_of(extraction, metric_id)
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


def _same_head(extraction: Extraction, subject: Subject, sentence_start: int = -1) -> list[str]:
    """The metrics of the one known subject with this head, when the subject is named more briefly or fully.

    "торговля" after "товарооборот между Казахстаном и Азербайджаном" is that trade; with two trades known,
    it could be either, and none is chosen.
    """
    prefix = subject.head + "||"  # the same head and no complement: "перевозки нефти" is another measure
    # a segment is never the whole named briefly: "Revenue" after "Data Center Group revenue" is the company's
    # a total is never one of its kinds ("суммарный турпоток" after "внутренний турпоток"), and an adjusted
    # measure never the raw one: those keys are another measure whatever the subject's brevity
    keys = [key for key in extraction.metric_keys if key.startswith(prefix) and not names_segment(key)
            and not _another_kind(key, subject)]
    # the unit a level is per is the figure's, not a name's: "урожайность, 43 ц/га" is named briefly
    own_kinds = [kind for kind in subject.kinds if not kind.startswith(_PER_KIND)]
    # "Rivals reported revenue of $50 billion": a measure its clause gives an owner is not named briefly
    brief = not subject.complements and not subject.qualifiers and not own_kinds and not subject.owned
    if len(keys) == 1 and brief:
        known = extraction.metric_keys[keys[0]]
        return [] if _new_topic(extraction, known, subject) or _contrasted(extraction, keys[0], known, sentence_start) \
            else known
    if not own_kinds:  # "размер доходов" after "реальные располагаемые доходы" (whose alike): named briefly
        alike = subject.key.rsplit("|", 1)[0]
        fuller = [key for key in extraction.metric_keys if key.rsplit("|", 1)[0] == alike and not names_segment(key)
                  and not _another_kind(key, subject)]
        if len(fuller) == 1 and not _new_topic(extraction, extraction.metric_keys[fuller[0]], subject) \
                and not _contrasted(extraction, fuller[0], extraction.metric_keys[fuller[0]], sentence_start):
            return extraction.metric_keys[fuller[0]]
    return []


def _contrasted(extraction: Extraction, key: str, known: list[str], sentence_start: int) -> bool:
    """Whether a measure named briefly stands in the sentence that named it with a kind: then it is another.

    "Реальные доходы выросли на 5%, а номинальные доходы – на 9%" names both; "Реальные доходы выросли на 5%,
    доходы – на 9%" repeats the head beside its kind to set them apart. In a later sentence the brief name
    refers back.
    """
    kinds = [kind for kind in key.rsplit("|", 1)[1].split("+") if kind and not kind.startswith(_PER_KIND)]
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
    return any(f.metric not in known and not f.metric.startswith(_UNNAMED)
               and article.place(article.source_offset(f.found.start)).paragraph == paragraph
               for f in extraction.figures if f.found.start > named[-1].found.start)


def _another_kind(key: str, subject: Subject) -> bool:
    """Whether a known key is a kind the subject cannot be named briefly for.

    A total's kind, an adjusted measure, the top item of a list ("наибольший прирост цен") and a level per unit
    ("стоимость жилья за кв. м") are never the measure named without them, nor is that measure one of them.
    """
    kinds = [kind for kind in key.rsplit("|", 1)[1].split("+") if kind]
    singled_out = _SUPERLATIVE in kinds or _SUPERLATIVE in subject.kinds
    per_unit_apart = {kind for kind in kinds if kind.startswith(_PER_KIND)} != {
        kind for kind in subject.kinds if kind.startswith(_PER_KIND)}
    # "налоговые доходы", "full-time enrollment": a kind that names a part of the measure is never the measure
    # named without it; only a way of counting the same measure ("реальные располагаемые доходы", "net
    # profit") is named briefly
    part = any(kind.casefold() not in lexicon.BRIEFLY_NAMED_KINDS for kind in kinds
               if kind not in subject.kinds and not kind.startswith((_PER_KIND, _MARKET_KIND))
               and kind not in (_RUNNING_TOTAL_KIND, _SUPERLATIVE, *_ADJUSTMENT_KINDS))
    return (subject.whole and bool(kinds)) or singled_out or per_unit_apart or part or any(
        kind in _ADJUSTMENT_KINDS for kind in kinds)


def _unnamed(extraction: Extraction, figure: FoundFigure, unit: str) -> tuple[str, str, int | None, str | None]:
    """A figure whose subject the extractor cannot name gets a metric of its own: never merged by guess."""
    place = extraction.article.place(extraction.article.source_offset(figure.start))
    name = f"Figure at line {place.line}, column {place.column}"
    metric_id = slug(name)
    extraction.metrics.setdefault(metric_id, (name, unit, False))
    return metric_id, extraction.metrics[metric_id][0], None, "metric: no subject found; name it, or merge it"


def _masked_words(extraction: Extraction, start: int, end: int, sentence_start: int) -> list[Word]:
    """The words between start and end, without periods and cited sources ("in 2023", "по данным X")."""
    # "в 2023 году" goes with its preposition, and a noun phrase stops there
    blanked = extraction.periods.blanked(extraction.article.visible, start, end, ",")
    # "данные «Автостата», согласно которым продажи выросли": the clause after the pronoun names its own subject,
    # and nothing before the pronoun is part of it
    relative = [cited.start(1) for cited in CITED.finditer(blanked) if _RELATIVE_PRONOUN.match(cited.group(1))]
    if relative:
        blanked = " " * relative[-1] + blanked[relative[-1] :]
    joined = CITED.sub(_without_cited_source, blanked)
    # ", куда входят доходы минус платежи," / ", which ...,": a relative clause never holds the subject
    joined = _RELATIVE_CLAUSE.sub(lambda clause: "," + " " * (len(clause.group(0)) - 1), joined)
    return words_of(joined, start, extraction.language, sentence_start)


def _without_cited_source(cited: re.Match[str]) -> str:
    """A cited source blanked ("по данным X"); after "согласно которым" the clause goes on, subject and all."""
    if _RELATIVE_PRONOUN.match(cited.group(1)):
        return " " * (cited.start(1) - cited.start()) + cited.group(1)
    return " " * len(cited.group(0))


def _is_subject_word(word: Word) -> bool:
    lemma = word.lemma.casefold()
    # a comparative ("2.1% fewer, while 9,900 people died") says how a figure compares, never what it measures
    # a span of time ("in its fourth weekend") is a period, never the measure
    return (word.part in _SUBJECT_PARTS and lemma not in NEVER_SUBJECT_WORDS and lemma not in NEVER_SUBJECT_UNIT_WORDS
            and lemma not in TIME_NAME_WORDS and lemma not in PERIOD_NOUNS and lemma not in _COMPARATIVES
            and len(word.lemma) > 1)


def _subject(words: list[Word], language: str, visible: str, sentence_start: int) -> Subject | None:
    """Read back from the figure to the first noun phrase outside a prepositional phrase."""
    index = len(words) - 1
    complements: list[str] = []
    qualifiers: list[str] = []
    complement_end = 0
    trailing_kinds: list[str] = []
    while index >= 0:
        if not _is_subject_word(words[index]):
            index -= 1
            continue
        end = index
        while index >= 0 and words[index].part in _SUBJECT_PARTS:
            index -= 1
            if words[index + 1].after_break:
                break  # a noun phrase does not cross a comma, a dash or a bracket
            if language == "ru" and index >= 0 and _russian_head_after(words[index], words[index + 1]):
                break  # "в Германии экспорт": the place's phrase ends where the subject begins
        index = _verb_inside(words, _coordinated_adjectives(words, index), end, language)
        before = index
        index = _after_time_nouns(words, index, end)
        run = words[index + 1 : end + 1]
        # "For the fiscal year to date, the deficit": a preposition before a comma governs no phrase after it
        while before >= 0 and words[before].part in (DETERMINER, ADJECTIVE, NUMBER) \
                and not words[before + 1].after_break:
            before -= 1
        # "pay excluding bonuses was 5.6%": a phrase of what a measure leaves out is governed as a preposition's
        # is; right before the figure ("its financials, including revenue of $50.6 billion") it is the measure
        last = all(w.part == PREPOSITION for w in words[end + 1 :])
        governed = before >= 0 and not words[before + 1].after_break and (words[before].part == PREPOSITION or (
            language == "en" and words[before].lemma in EN_INCLUSION_WORDS and not last))
        proper = _name_lemmas(run, sentence_start)
        nouns = [w for w in run if _is_subject_word(w) and w.part == NOUN]
        if governed:
            # "of oil" is what the subject measures; "in Kazakhstan", "по трубопроводу BTC" say where
            # "цены на картофель": a noun's accusative "на" phrase is what it measures, as "of" is in English
            # (a noun after a preposition is never in the nominative: read so, it is the accusative of the same
            # spelling, "расходы на здравоохранение")
            completes = words[before].lemma in _OF or (
                language == "ru" and words[before].lemma in RU_COMPLEMENT_PREPOSITIONS_ACCUSATIVE and before >= 1
                and words[before - 1].part == NOUN and any(w.case in ("accs", "nomn") for w in nouns))
            # "enrollment at community colleges", "people in work": the part of the measure the phrase names,
            # with its preposition ("in work" is not "out of work"); "loans to households", "pay excluding
            # bonuses": to whom it goes, what it leaves out
            # ("expected the company to earn $0.65": right before the figure, "to" opens no such phrase)
            part = (language == "en" and (words[before].lemma in EN_PART_PREPOSITIONS or (
                words[before].lemma in EN_RECIPIENT_PREPOSITIONS | EN_INCLUSION_WORDS and not last))) or (
                language == "ru" and words[before].lemma in RU_PART_PREPOSITIONS)
            # "вклады в иностранной валюте", "остатки на счетах физических лиц": after its head noun, a phrase of
            # "в" or "на" that names a kind names a part of the measure as the English "in" does ("в банках", "в
            # размере" name none)
            part = part or (language == "ru" and words[before].lemma in lexicon.RU_PART_PREPOSITIONS_AFTER_NOUN
                            and before >= 1 and words[before - 1].part == NOUN and not words[before].after_break
                            and bool(nouns) and not proper
                            and not any(w.lemma.casefold() in WEAK_SUBJECT_WORDS for w in nouns)
                            and any(w.part == ADJECTIVE and w.lemma.casefold() not in NON_SPLITTING_ADJECTIVES
                                    for w in run))
            completes = completes or part
            if completes or (language == "ru" and not proper):
                lead = f"{words[before].lemma} " if part else ""
                complements += [lead + _qualified(run, w) for w in nouns] if completes else []
            if completes and nouns and not complement_end:
                complement_end = max(w.end for w in nouns)  # "sales of trucks": the name says what it measures
            qualifiers += proper
            index = before - 1
            continue
        if not nouns and proper and not qualifiers and end + 1 < len(words) and words[end + 1].part == VERB \
                and not words[end + 1].after_break and all(w.part == PROPER and w.case in (None, "nomn") for w in run):
            # "the Dow lost 0.1%, the Nasdaq climbed 2.1%": a name that is the subject of its verb is the measure
            name = " ".join(visible[run[0].start : run[-1].end].split())
            return Subject(" ".join(proper), tuple(complements), (), name, run[0].start)
        if not nouns:
            qualifiers += proper  # "Intel", "Eurostat" alone: a name, and the subject is still to come
            if language == "ru" and run[0].after_break and all(w.part == ADJECTIVE for w in run):
                # "численность безработных, зарегистрированных в службе занятости": a participle set off after
                # the phrase narrows it to a measure of its own
                trailing_kinds += [concept_of(w.lemma) for w in run
                                   if w.lemma.casefold() not in NON_SPLITTING_ADJECTIVES]
            continue
        if language == "ru":
            # the head is the noun in the nominative (or accusative) case; what it governs follows it
            head_word = next((w for w in nouns if w.case in ("nomn", "accs")), nouns[0])
            # (a noun read as a locative inside a phrase with no preposition is the genitive of the same spelling:
            # "численность населения области")
            dependents = [w for w in nouns if w.start > head_word.start and (
                w.case == "gent" or (w.case == "loct" and _has_genitive(w.text)))]
            # "численность занятых", "число опрошенных": a participle or adjective ending the phrase in the
            # genitive stands for people, as a noun does
            people = [w for w in dependents if w.animate] + [
                w for w in run[-1:] if w.part == ADJECTIVE and w.case == "gent" and w.start > head_word.start]
            counted = head_word.lemma.casefold() in COUNT_HEADS
            others = [_qualified(run, w) for w in dependents if not w.animate or counted]
            others += [w.lemma for w in people if w.part == ADJECTIVE and counted]  # what is counted
            # "кредиты физическим лицам": to whom, a measure of its own as what it governs is
            others += [f"{w.case} {_qualified(run, w)}" for w in nouns
                       if w.start > head_word.start and w.case in RU_RECIPIENT_CASES]
            # "доходы россиян": whose, not what; "вклады физических лиц" are not "вклады юридических лиц"
            qualifiers += [_qualified(run, w) for w in people if not counted]
        else:
            head_word = nouns[-1]
            others = [concept_of(w.lemma) for w in nouns if w is not head_word]
        qualifiers += proper  # "Italy's public debt", "Data Center Group revenue": whose
        # "adjusted net profit", "the reported loss": a participle opening the phrase says which measure it is
        participle = _participle_before(words, index, language)
        # "кондитерские изделия" and "хлебобулочные изделия", "international" and "domestic passengers": an
        # adjective of the head splits measures, unless it only says how much of it (NON_SPLITTING_ADJECTIVES)
        kinds = [_SUPERLATIVE if w.text.casefold().startswith(lexicon.SUPERLATIVE_STEMS) else concept_of(w.lemma)
                 for w in run if w.part == ADJECTIVE and w.start < head_word.start
                 and w.lemma.casefold() not in NON_SPLITTING_ADJECTIVES and w.lemma.casefold() not in proper]
        kinds += [participle.lemma] if participle is not None else []
        kinds += trailing_kinds
        # "the top 10 films", "пять крупнейших банков": a number of items is a measure of its own, never one item's
        kinds += [w.text for w in words[before + 1 : index + 1] if w.part == NUMBER]
        whole = any(w.part == ADJECTIVE and w.start < head_word.start and w.lemma.casefold() in TOTALITY_ADJECTIVES
                    for w in run)
        head = concept_of(head_word.lemma)
        if _names_a_rank(head_word, run, words[before] if before >= 0 else None):
            continue  # "slipped to second place with $33.7 million": a rank, never what is measured
        if head in WEAK_SUBJECT_WORDS and others:
            head, others = others[0], others[1:]  # "объём торговли", "volume of trade" are about trade
        elif head in WEAK_SUBJECT_WORDS and not complements:
            continue
        if any(w.possessive for w in words[max(0, index - 1) : index + 1]) and not qualifiers:
            qualifiers += _first_name_of_sentence(words)  # "Greece ... saw its debt drop": Greece's debt
        if before >= 1 and words[before].part == VERB and words[before - 1].part == PROPER and not qualifiers:
            qualifiers.append(words[before - 1].lemma.casefold())  # "Paris had a deficit": the deficit of Paris
        start = participle.start if participle is not None else run[0].start
        name_end = max(complement_end, *(w.end for w in run))
        name = " ".join(visible[start:name_end].split())
        if (not name[:1].isupper() or run[0].part != PROPER) and not run[0].text.isupper():  # "OIBDA" stays
            name = name[:1].casefold() + name[1:] if run[0].part != PROPER else name
        # "the euro zone's deficit", "Rivals reported revenue of": whose it is, named by a noun of its own (no
        # qualifier: "Analysts had a consensus revenue estimate" is of the company's revenue)
        owned = any(_owner_noun(w) and w.text.endswith(_POSSESSIVE_ENDINGS) for w in run) or (
            before >= 1 and words[before].part == VERB and _clause_subject_before(words, before, language) is not None)
        return Subject(head, tuple(others + complements), tuple(sorted(set(qualifiers))), name, start,
                       kinds=tuple(kinds), whole=whole, owned=owned)
    return None


def _owner_noun(word: Word) -> bool:
    """A common noun that may own a measure: not a name (a qualifier of its own), nor one that refers back to one.

    "the euro zone's deficit" is the zone's; "the company's profit" is the one of the company the paragraph named.
    """
    return word.part == NOUN and _is_subject_word(word) and word.lemma.casefold() not in ENTITY_NOUNS


def _clause_subject_before(words: list[Word], verb: int, language: str) -> Word | None:
    """The head of a noun phrase before the verb that is its clause's subject: "Rivals reported revenue of".

    The measure is then the verb's object and belongs to that subject, never to the paragraph's topic. A noun
    in a phrase of a preposition ("in the city reported") or in an oblique Russian case is no subject.
    """
    if verb < 1 or words[verb].after_break:
        return None
    noun = words[verb - 1]
    # (an inanimate plural reads as the accusative first: "Муниципалитеты получили" is a nominative too)
    if not _owner_noun(noun) or (language == "ru" and noun.case not in ("nomn", "accs")):
        return None
    at = verb - 1
    while at > 0 and words[at - 1].part in (NOUN, ADJECTIVE, DETERMINER) and not words[at].after_break:
        at -= 1
    return None if at > 0 and not words[at].after_break and words[at - 1].part == PREPOSITION else noun


def _names_a_rank(head: Word, run: list[Word], before: Word | None) -> bool:
    """Whether a phrase names a place in a ranking: "second place", "the top spot", "второе место".

    A noun of rank after an ordinal or a number says where a figure ranks, never what it measures ("рабочих
    мест" with no ordinal are jobs).
    """
    if head.lemma.casefold() not in lexicon.RANK_NOUNS:
        return False
    ordinals = [w for w in run if w.start < head.start] + ([before] if before is not None else [])
    return any(w.lemma.casefold() in lexicon.RANK_ORDINALS or w.part == NUMBER for w in ordinals)


def _verb_inside(words: list[Word], index: int, end: int, language: str) -> int:
    """Where a noun phrase starts when an English verb spelt as a noun stands between two of its nouns.

    "the firm cut costs by 8%": the verb is "cut", and the subject is the phrase after it (its index).
    """
    if language != "en":
        return index
    verb = next((at for at in range(end - 1, index + 1, -1) if words[at].lemma.casefold() in EN_VERB_NOUNS
                 and words[at - 1].part in (NOUN, PROPER)), None)
    return verb if verb is not None else index


def _after_time_nouns(words: list[Word], index: int, end: int) -> int:
    """Where a noun phrase starts once the nouns of time that open it are left out (its last index before).

    A noun of time after a period opens no measure ("в первом полугодии 2024 года рентабельность", "the
    December rate": the profitability, the rate); what governs the phrase is read before them.
    """
    while index + 1 < end and (words[index + 1].lemma.casefold() in PERIOD_NOUNS or (
            words[index + 1].lemma.casefold() in TIME_NAME_WORDS and words[index + 1].part != NUMBER
            and words[index + 1].lemma.casefold() not in lexicon.NUMBER_WORDS)):
        index += 1
    return index


def _qualified(run: list[Word], noun: Word) -> str:
    """A noun's concept with the adjectives of its own phrase that split measures.

    "enrollment of international students" is not of domestic ones; "вклады физических лиц" are not "вклады
    юридических лиц". Adjectives of totality, time and reporting qualify nothing ("новых автомобилей").
    """
    at = run.index(noun)
    adjectives = []
    for word in reversed(run[:at]):
        if word.part != ADJECTIVE:
            break
        if word.lemma.casefold() not in NON_SPLITTING_ADJECTIVES:
            adjectives.append(concept_of(word.lemma))
    return " ".join([*reversed(adjectives), concept_of(noun.lemma)])


def _has_genitive(word: str) -> bool:
    """Whether a Russian noun has a reading in the genitive ("области" is also dative and locative)."""
    return any(reading.tag.POS == "NOUN" and reading.tag.case == "gent" for reading in russian_readings(word))


def _participle_before(words: list[Word], index: int, language: str) -> Word | None:
    """An English past participle that opens a noun phrase: "adjusted net profit", "the restated revenue".

    Only at the start of a sentence or after a determiner or preposition: "the firm reported profit" has a verb.
    Participles of reporting ("reported", NON_SPLITTING_ADJECTIVES) say nothing of which measure it is.
    """
    if language != "en" or index < 0 or index + 1 >= len(words):
        return None
    word = words[index]
    if word.part != VERB or not word.lemma.endswith("ed") or word.lemma.casefold() in NON_SPLITTING_ADJECTIVES \
            or words[index + 1].after_break:
        return None
    # a capital opens a sentence ("Adjusted net profit rose"); after a bracket or a comma it may be a predicate
    # ("(... of all receipts) increased receipts by")
    opens = words[index - 1].part in (DETERMINER, PREPOSITION) and not word.after_break if index > 0 \
        else word.text[:1].isupper()
    return word if opens else None


def _coordinated_adjectives(words: list[Word], index: int) -> int:
    """Where a noun phrase starts when adjectives joined by "и"/"and" stand before it (its last index before).

    "налоговые и неналоговые доходы", "domestic and international passengers": both adjectives qualify the
    head, so the phrase is the sum of both kinds, never the kind named last ("неналоговые доходы").
    """
    while index >= 1 and words[index].lemma.casefold() in NAME_JOINS and words[index - 1].part == ADJECTIVE \
            and not words[index].after_break and not words[index + 1].after_break:
        index -= 1
        while index >= 0 and words[index].part == ADJECTIVE:
            index -= 1
            if words[index + 1].after_break:
                break
    return index


def _name_lemmas(run: list[Word], sentence_start: int) -> list[str]:
    """The words of the names in a phrase, all of them: "Северной Америке" is North America, not America.

    A capitalised adjective before a proper noun is part of its name ("Северной Америке", "Южной Корее"); one
    before a common noun names no place of its own here ("по Срединному коридору" stays the corridor's).
    """
    # a month or a weekday is a period, never whose: "the rate in December" is no December's rate
    return [w.lemma.casefold() for index, w in enumerate(run) if (w.part == PROPER or (
        w.part == ADJECTIVE and w.text[:1].isupper() and not w.text.isupper() and w.start != sentence_start
        and index + 1 < len(run) and run[index + 1].part == PROPER)) and w.lemma.casefold() not in TIME_NAME_WORDS]


def _russian_head_after(word: Word, following: Word) -> bool:
    """Whether a Russian noun in the nominative starts a phrase of its own after a noun in another case.

    A Russian noun phrase opens with its head and its dependents follow ("доходы населения России"), so a
    nominative after an oblique noun is a new phrase: "в Северной Америке продажи", "в Германии экспорт".
    """
    # an abbreviation ("ВВП", "НДС") declines in no case: after an oblique noun it opens a phrase too
    opens = following.case == "nomn" or (following.text.isupper() and len(following.text) > 1)
    return following.part == NOUN and opens and word.part in (NOUN, PROPER) and word.case not in (None, "nomn")


def _first_name_of_sentence(words: list[Word]) -> list[str]:
    """The name a sentence starts with: "Greece, which ..., saw its debt".

    A capitalised first word before a comma or a verb is a name, not a common noun.
    """
    if len(words) > 1 and words[0].text[:1].isupper() and (words[1].after_break or words[1].part == VERB):
        return [words[0].lemma.casefold()]
    return [w.lemma.casefold() for w in words[:8] if w.part == PROPER][:1]


def metric_unit(figure: FoundFigure) -> str:
    """The unit a metric of this figure is written in: USD, t, %, or count."""
    if isinstance(figure.figure, Amount) and figure.figure.unit is not None:
        label = unit_label(figure.figure.unit)
        return {"metric_ton": "t", "tonne": "t", "ton": "t"}.get(label, label)
    if isinstance(figure.figure, Amount):
        return "count"
    return ""
