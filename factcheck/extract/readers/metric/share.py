"""Shares and wholes: what a percentage is a share of, and whose share it is.

"86.7% of GDP", "3,6% ВВП", "42% of all receipts", "a market share of 15.2%": the whole is a metric of its own
(declared with no figure when the article gives none). "Tesla's market share": the share is Tesla's, never the
market's. "Europe, which accounts for 42% of all receipts": the share belongs to Europe's receipts, whatever
their unit. "In the Americas (20% share)": a share of the same measure with no place.
"""

import re
from itertools import dropwhile, takewhile

from factcheck import lexicon
from factcheck.extract.model import Extraction, MetricKey
from factcheck.extract.readers.form import whole_of_bracketed_share, whole_of_change_start
from factcheck.extract.readers.metric.common import (
    Subject,
    key_words,
    known_key,
    masked_words,
    metric_unit,
    metrics_of_head,
)
from factcheck.extract.readers.metric.share_again import whole_of_same_share
from factcheck.extract.readers.metric.share_whole import measure_named_before, through_joined_adjectives
from factcheck.extract.readers.place import Measure, NamedPlace, article_sense
from factcheck.extract.shares import qualified_part_before, share_phrase, whole_after
from factcheck.extract.text import OF_GDP_AFTER, PART_VERB_AFTER, RESTATEMENT_LINK, slug
from factcheck.extract.thesaurus import concept_of
from factcheck.extract.words import ADJECTIVE, NOUN, PROPER, VERB, Word, english_lemma, russian_nominative, words_of
from factcheck.figures import FoundFigure
from factcheck.lexicon import (
    FLOW_CONCEPTS,
    METRIC_CONCEPTS,
    NEVER_SUBJECT_WORDS,
    NON_SPLITTING_ADJECTIVES,
    SHARE_STEMS,
    WEAK_SUBJECT_WORDS,
)
from factcheck.quantities import Ratio

_any = lexicon.any_of  # one group of any of a table's words

_OF_WHOLE = re.compile(rf"\s+(?:{_any(lexicon.EN_WHOLE_LEADS)}\s+(?:{_any(lexicon.EN_WHOLE_DETERMINERS)}\s+)*|"
                       rf"{_any(lexicon.RU_WHOLE_LEADS)}\s+(?:{_any(lexicon.RU_WHOLE_DETERMINERS)}\s+)?)"
                       rf"([^\W\d][\w\s'’-]{{2,40}}?)(?=[,.;:()]|\s+{_any(lexicon.WHOLE_END_WORDS)}\b|$)",
                       re.IGNORECASE)
# a percentage printed with the word "share" beside it: "(20% share)", "(доля 20%)", "(доля – 20%)"
_SHARE_WORD = re.compile(rf"(?:{'|'.join(SHARE_STEMS)})", re.IGNORECASE)
_SHARE_WORD_AFTER = re.compile(rf"\s*(?:{'|'.join(SHARE_STEMS)})(?!\w)", re.IGNORECASE)
_SHARE_WORD_BEFORE = re.compile(rf"(?<!\w)(?:{'|'.join(SHARE_STEMS)})(?:\s+{_any(lexicon.EN_WHOLE_LEADS)})?[\s\-–—:]*$",
                                re.IGNORECASE)


def share_of(extraction: Extraction, figure: FoundFigure, metric_id: str) -> str | None:
    """The whole a percentage is a share of, as a metric id: "86.7% of GDP", "3,6% ВВП", "42% of all receipts".

    The one share reader: the whole is named after the percentage ("of GDP", "of all receipts", "площади
    уборки") or in a share phrase ("a market share of 15.2%"), else a place's share printed with the word
    "share" ("In the Americas (20% share)") is of the same measure with no place. The whole is a metric of its
    own, declared with no figure when the article gives none; a percentage of GDP belongs to the place its part
    is about ("Italy's debt, 131.8% of GDP": Italy's GDP).
    """
    return _named_whole(extraction, figure, metric_id) or _place_share_of(extraction, figure, metric_id) or \
        whole_of_change_start(extraction, figure, metric_id) or whole_of_bracketed_share(extraction, figure) or \
        _whole_of_qualified_part(extraction, figure, metric_id) or whole_of_same_share(extraction, figure, metric_id)


def _is_percentage(figure: FoundFigure) -> bool:
    """Whether a figure is a percentage printed as a value: the only figure that is a share of a whole."""
    percent = metric_unit(figure) == "%" or (isinstance(figure.figure, Ratio) and figure.figure.percent)
    return figure.form == "value" and percent


def _named_whole(extraction: Extraction, figure: FoundFigure, metric_id: str) -> str | None:
    """The whole a percentage names after it or in its share phrase, as a metric id."""
    if not _is_percentage(figure):
        return None
    visible = extraction.article.visible
    after = visible[figure.end : figure.end + 80]
    gdp = OF_GDP_AFTER.match(after)
    if gdp is not None:
        key = known_key(extraction, metric_id)
        qualifiers = MetricKey.of(key).qualifiers if key is not None else ""
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
    span = through_joined_adjectives(extraction, span)
    read = words_of(visible[span[0] : span[1]], span[0], extraction.language, -1)
    if extraction.language == "en" and read and read[-1].part == VERB and (len(read) == 1 or read[-2].part == NOUN) \
            and not read[-1].text.casefold().endswith(lexicon.EN_VERB_FORM_ENDINGS):
        # "61% of its annual revenue target", "62.7% of the total": a word spelt as a verb ends the phrase after
        # "of" as its head noun
        read[-1] = Word(read[-1].start, read[-1].end, read[-1].text, english_lemma(read[-1].text), NOUN)
    words = [w for w in read if w.part in (NOUN, PROPER, ADJECTIVE)]
    nouns = [w for w in words if w.part == NOUN and w.lemma.casefold() not in NEVER_SUBJECT_WORDS]
    if not nouns:
        return None
    if all(w.lemma.casefold() in WEAK_SUBJECT_WORDS for w in nouns):
        total = measure_named_before(extraction, figure, metric_id)
        if total is not None:
            return total
    weak = len(list(takewhile(lambda w: w.lemma.casefold() in WEAK_SUBJECT_WORDS, nouns[:-1])))
    if extraction.language == "ru" and weak:
        # "от объема налоговых доходов", "от общего объёма ввода жилья": how much of a measure (and how it was
        # done) names the measure it governs (the name, if the text gave no such measure, keeps it: "Объём продаж")
        named_words, words, nouns = words, [w for w in words if w.start > nouns[weak - 1].start], nouns[weak:]
    else:
        named_words = words
    head_word = nouns[0] if extraction.language == "ru" else nouns[-1]
    head = concept_of(head_word.lemma)
    # "собственных доходов", "налоговых и неналоговых доходов": adjectives of the head that split measures
    kinds = {concept_of(w.lemma) for w in words if w.part == ADJECTIVE and w.start < head_word.start
             and w.lemma.casefold() not in NON_SPLITTING_ADJECTIVES}
    known = [ids for key, ids in extraction.metric_keys.items() if MetricKey.of(key).head == head
             and set(key_words(MetricKey.of(key).kinds)) == kinds] if kinds else metrics_of_head(extraction, head)
    if len(known) > 1:
        # "68,5% всех доходов бюджета": the measure of no kind whose complements the whole names ("доходы
        # бюджета области", not "налоговые доходы"); else the receipts of the world, not of one of its regions
        complements = {concept_of(w.lemma) for w in nouns if w is not nouns[0 if extraction.language == "ru" else -1]}
        # the part is never its own whole: "56% всех расходов" of the spending on social services is of the
        # spending named before it ("Расходы бюджета"), and of the measure of no complement where there is one
        fitting = [ids for key, ids in extraction.metric_keys.items() if _fits_whole(key, head, complements)
                   and metric_id not in ids]
        bare = [ids for key, ids in extraction.metric_keys.items() if key == f"{head}|||" and metric_id not in ids]
        known = fitting if len(fitting) == 1 else bare or fitting or known
    if len(known) == 1 and known[0][0] != metric_id:
        return known[0][0]  # "42% of all tourism receipts": the receipts the article gives
    name = russian_nominative(named_words, visible) if extraction.language == "ru" else " ".join(
        visible[words[0].start : words[-1].end].split())
    whole = slug(name)
    if whole == metric_id:
        return None
    extraction.metrics.setdefault(whole, (name[:1].upper() + name[1:], "count", head in FLOW_CONCEPTS))
    return whole


def _whole_of_qualified_part(extraction: Extraction, figure: FoundFigure, metric_id: str) -> str | None:
    """The measure a Russian share's part is some of, when the text has it: "Доля вкладов сроком свыше года".

    "Объем вкладов составил 612 млрд рублей. ... Доля вкладов сроком свыше года составила 21%": the part is the
    deposits of a term, so the percentage is a share of the deposits the text gives (the one metric of that head
    and no kind, or of those the one with no complement). A part not singled out ("Доля экспорта составит 30%")
    names no whole: a value.
    """
    key = known_key(extraction, metric_id)
    if key is None or not _is_percentage(figure) or not names_a_share(MetricKey.of(key).head):
        return None
    complements = key_words(MetricKey.of(key).complements)
    if not complements or not qualified_part_before(extraction, figure):
        return None
    part_head = complements[0].split()[-1]
    wholes = [(other, ids[0]) for other, ids in extraction.metric_keys.items()
              if MetricKey.of(other).head == part_head and not MetricKey.of(other).kinds]
    if len(wholes) > 1:  # "вклады" and "вклады населения" beside: the one whose complements name nothing more
        wholes = [(other, whole) for other, whole in wholes if not MetricKey.of(other).complements]
    return wholes[0][1] if len(wholes) == 1 and wholes[0][1] != metric_id else None


def _fits_whole(key: str, head: str, complements: set[str]) -> bool:
    """Whether a known metric's key is the whole named: its head, no kind, and every complement named."""
    key_head, key_complements, _, kinds = MetricKey.of(key)
    return key_head == head and not kinds and complements <= set(key_words(key_complements))


def _place_share_of(extraction: Extraction, figure: FoundFigure, metric_id: str) -> str | None:
    """The whole of a place's share printed with the word "share": "In the Americas (20% share)", "(доля 20%)".

    The whole is the metric of the same measure with no place, when the article has it.
    """
    if not _share_word_beside(extraction, figure):
        return None
    key = known_key(extraction, metric_id)
    if key is None or not MetricKey.of(key).qualifiers:
        return None
    whole = extraction.metric_keys.get(MetricKey(MetricKey.of(key).head, "", "", "").text, [])
    return whole[0] if whole else None


def _share_word_beside(extraction: Extraction, figure: FoundFigure) -> bool:
    """A percentage printed with the word share: "(20% share)", "(доля 20%)"."""
    visible = extraction.article.visible
    if not _is_percentage(figure):
        return False
    return bool(_SHARE_WORD_AFTER.match(visible, figure.end, figure.end + 12)
                or _SHARE_WORD_BEFORE.search(visible, max(0, figure.start - 16), figure.start))


def names_a_share(head: str) -> bool:
    """Whether a subject's head is the word "share" itself ("доля 20%"): a share names no measure."""
    return _SHARE_WORD.fullmatch(head) is not None


def share_owner_words(
    extraction: Extraction, figure: FoundFigure, floor: int, sentence_start: int
) -> list[Word] | None:
    """The words that may name whose share a percentage is: those before "their market share of", not the market.

    English only: a Russian share names its part after the share word ("доля электромобилей").
    """
    phrase = share_phrase(extraction, figure) if extraction.language == "en" else None
    if phrase is None:
        return None
    return masked_words(extraction, floor, max(floor, phrase[0]), sentence_start)


def share_owner_name(words: list[Word], visible: str) -> Subject | None:
    """Whose a market share is when only a name says it: "Tesla's market share", "the market share of Tesla".

    The name is the measure, as "the Dow" is in "the Dow lost 0.1%": each company's share is a metric of its own.
    """
    names = list(takewhile(lambda w: w.part == PROPER, dropwhile(lambda w: w.part != PROPER, words)))
    if not names:
        return None
    name = " ".join(visible[names[0].start : names[-1].end].split())
    name = next((name.removesuffix(ending) for ending in lexicon.POSSESSIVE_ENDINGS if name.endswith(ending)), name)
    return Subject(" ".join(w.lemma.casefold() for w in names), (), (), name, names[0].start)


_PART_VERB = re.compile(_any(lexicon.PART_OF_WHOLE_VERBS), re.IGNORECASE)


def part_before_verb(words: list[Word], language: str, visible: str) -> Subject | None:
    """The part a Russian share is of, named after "на" before its verb: "На Москву приходится 47% новостроек".

    A name there is whose the share is, as "Tashkent accounts for 22% of trade" says it; so is a name after "на
    долю" ("На долю Москвы приходится 52%"); "на долю" alone names none.
    """
    if language != "ru" or len(words) < 3 or not _PART_VERB.fullmatch(words[-1].text):
        return None
    names = list(takewhile(lambda w: w.part == PROPER, reversed(words[:-1])))[::-1]
    if not names and len(words) > 3 and words[-3].lemma.casefold() in lexicon.SHARE_NOUN_LEMMAS and (
            words[-2].text[:1].isupper() and not words[-2].after_break):
        names = [words[-2]]  # "На долю Сбербанка приходится 52%": capitalised mid-sentence, a name the dictionary lacks
    lead = words[-len(names) - 2] if names and len(words) > len(names) + 1 else None
    pronoun = words[-2].text.casefold()
    if not names and len(words) > 3 and words[-3].after_break and (
            pronoun.startswith(lexicon.RELATIVE_PRONOUN_STEMS) or pronoun in lexicon.PART_VERB_PRONOUNS):
        # "Основным покупателем осталась Россия, на которую пришлось 78%", "... Россия: на неё пришлось 78%": Russia's
        names = list(takewhile(lambda w: w.part == PROPER, reversed(words[:-3])))[::-1]
        lead = words[-3] if names else None
    if lead is not None and lead.lemma.casefold() in lexicon.SHARE_NOUN_LEMMAS and len(words) > len(names) + 2:
        lead = words[-len(names) - 3]  # "На долю Москвы приходится 52%": the name's share, as "на Москву" says it
    if lead is None or lead.text.casefold() not in lexicon.PART_VERB_OBJECT_LEADS:
        return None
    lemmas = tuple(w.lemma.casefold() for w in names)
    return Subject(" ".join(lemmas), (), lemmas, russian_nominative(names, visible), names[0].start)


def part_after_verb(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int]) -> Subject | None:
    """A Russian amount a part of a whole makes up, named by "на" after its verb, as a measure of its own.

    "Из них 640 тыс. кв. м приходится на индивидуальное жилищное строительство": the housing so built, never the
    whole's measure. A percentage so placed is a share of the whole (form/parts.py), named as its clause names it.
    """
    visible = extraction.article.visible
    verb = PART_VERB_AFTER.match(visible, figure.end, sentence[1]) if extraction.language == "ru" else None
    if verb is None or metric_unit(figure) == "%":
        return None
    words = words_of(visible[verb.end() : sentence[1]], verb.end(), "ru", -1)
    phrase = list(takewhile(lambda w: w.part in (ADJECTIVE, NOUN) and not w.after_break, words))
    phrase = phrase[: next((at + 1 for at, w in enumerate(phrase) if w.part == NOUN), 0)]
    if not phrase:
        return None
    # "на жилье бизнес-класса", "на долю фермерских хозяйств": the nouns in the genitive after the head say what it
    # is of, a measure apart from the whole and from the other parts
    governed = list(takewhile(lambda w: not w.after_break and (w.part == ADJECTIVE or (
        w.part in (NOUN, PROPER) and w.case == "gent")), words[len(phrase) :]))
    governed = governed[: next((at + 1 for at in reversed(range(len(governed))) if governed[at].part != ADJECTIVE), 0)]
    named = phrase + governed
    return Subject(concept_of(phrase[-1].lemma), tuple(w.lemma.casefold() for w in governed if w.part != ADJECTIVE),
                   (), russian_nominative(named, visible[: named[-1].end]), figure.start,
                   kinds=tuple(concept_of(w.lemma) for w in phrase[:-1]))


def share_of_a_measure(extraction: Extraction, subject: Subject, figure: FoundFigure,
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


def share_of_own_measure(extraction: Extraction, figure: FoundFigure, subject: Subject) -> bool:
    """A place's share of the whole of its own measure: "Europe ... accounts for 42% of all receipts".

    The share is not in the metric's unit: it belongs to the place's metric whatever that unit is.
    """
    if not subject.qualifiers:
        return False
    whole = _measure_of_whole(extraction, figure)
    return _share_word_beside(extraction, figure) or (whole is not None and whole.concept == subject.head)


def _measure_of_whole(extraction: Extraction, figure: FoundFigure) -> Measure | None:
    """The measure a percentage is a share of: "42% of all international tourism receipts" -> receipts."""
    if not _is_percentage(figure):
        return None
    whole = _OF_WHOLE.match(extraction.article.visible, figure.end, figure.end + 80)
    if whole is None:
        return None
    nouns = [w for w in words_of(whole.group(1), whole.start(1), extraction.language, -1) if w.part == NOUN]
    head = (nouns[0] if extraction.language == "ru" else nouns[-1]) if nouns else None
    concept = article_sense(extraction, head.lemma) if head is not None else None
    return Measure(concept, head.text) if head is not None and concept in METRIC_CONCEPTS else None


# "258,6 тыс. кв. м (62,7% от общего объема)": a percentage opening a bracket right after an amount, its whole
# named after it or left out, restates the amount ("(15% margin)", "(12% year on year)" do not)
_OPENING_BRACKET = re.compile(r"\s*\(\s*")
_CLOSING_BRACKET = re.compile(r"\s*\)")
_WHOLE_LEAD_AFTER = re.compile(
    rf"\s+(?:{_any(lexicon.EN_WHOLE_LEADS + lexicon.RU_WHOLE_LEADS + lexicon.RU_WHOLE_DETERMINERS)})\s", re.IGNORECASE)


def restates_as_share(extraction: Extraction, gap: str, figure: FoundFigure, sentence: tuple[int, int]) -> bool:
    """Whether a percentage restates the amount before it as a share, by what stands between them (`gap`).

    After a comma and "or"/"или"/"это" ("71,3 млрд рублей, или 68,5% всех доходов", "$3.95 billion, or 24.3% of
    revenue"), or opening a bracket, of a whole named after it ("62,7% от общего объема", "of the total", "25,5%
    площади") or left out, the bracket closing right after it ("4,657 млн. га (96%)").
    """
    if RESTATEMENT_LINK.fullmatch(gap):
        return True
    if not _OPENING_BRACKET.fullmatch(gap):
        return False
    visible = extraction.article.visible
    if _WHOLE_LEAD_AFTER.match(visible, figure.end) or _CLOSING_BRACKET.match(visible, figure.end):
        return True
    following = masked_words(extraction, figure.end, min(sentence[1], figure.end + 40), sentence[0])[:1]
    # "(25,5% площади уборки)": a Russian whole in the genitive (the dictionary may read another oblique case of
    # the same spelling), with no preposition; "(12% годом ранее)", "(15% маржа)" name none
    return extraction.language == "ru" and bool(following) and following[0].part in (NOUN, ADJECTIVE) \
        and following[0].case not in (None, "nomn", "ablt")
