"""Verbs of change the stems of figures.verb_before miss: by a Russian lemma, past an object, a period or a degree.

- A Russian verb read by its lemma, in any form, before or after the figure: "снизится на 3%", "снизившись на
  3%", "упадут в 2 раза", "что на 7,2% уступает итогам".
- A verb, its object and "by"/"на": "increased earnings by $3 billion", "сократит расходы на 3 млрд",
  "уступил импорту на 12%".
- A verb, then the period or the comparison the change is of, then "на"/"by": "сократились по сравнению с
  прошлым годом на 8,1%", "выросли за январь–сентябрь 2025 года на 412 млрд рублей".
- A verb, then a word of degree: "fell just 38%", "выросли лишь на 2%".
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from factcheck import lexicon
from factcheck.extract.model import Extraction
from factcheck.extract.readers.form.comparatives import comparative_before_by
from factcheck.extract.readers.form.multipliers import as_fall_by_factor
from factcheck.extract.readers.form.shared import (
    BY,
    LEAD_AT_END,
    LOOK_AHEAD,
    LOOK_BACK,
    alternatives,
    as_change,
    is_percent,
    number_start,
    unsigned_change,
)
from factcheck.extract.words import WORD, russian_readings
from factcheck.figures import (
    CHANGE_CUES_DOWN,
    CHANGE_CUES_UP,
    CHANGE_LEAD,
    FoundFigure,
    SignCue,
    SignEvidence,
    verb_before,
)
from factcheck.quantities import Ratio

# a verb of change and its object before "by"/"на": "increased earnings by", "сократила расходы на"; or its subject
# after it, a dash standing for the verb again: "Сильнее всего подорожали огурцы — на 5,6%"
_LEADS = "|".join(lexicon.CHANGE_LEADS)
_OBJECT_BY = tuple(
    (re.compile(rf"(?<!\w)(?:{verbs})(?:\s+[^\W\d]+){{1,3}}\s+(?:[-–—]\s+)?(?:{_LEADS})\s+$", re.IGNORECASE), direction)
    for verbs, direction in ((CHANGE_CUES_DOWN, -1), (CHANGE_CUES_UP, 1))
)
# the word right before a figure, past its "на"/"by": where a verb of change stands ("снизится на 3%", "прибавит 2%")
_WORD_BEFORE = re.compile(rf"(?<!\w)(?P<word>[^\W\d_]+)\s+(?:(?:{BY})\s+)?\Z", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+(?P<word>[^\W\d_]+)")  # the word right after a figure: "на 7,2% уступает"
_VERB_PARTS = frozenset(("VERB", "INFN", "PRTF", "PRTS", "GRND"))  # pymorphy3's verb, participles and gerund
_OBJECT_WORDS = 3  # "сократит расходы на", "уступил импорту на": as many words between a verb and "на" as before
_NOT_DESCRIBING = tuple(sorted(lexicon.EN_PREPOSITIONS | lexicon.EN_DETERMINERS | lexicon.EN_NOT_FIGURE_MODIFIERS))
_DEGREE_WORDS = lexicon.any_of(tuple(map(re.escape, lexicon.CHANGE_DEGREE_WORDS))).replace(r"\ ", r"\s+")
# an indefinite article and the words that describe the figure after it: "rose a seasonally adjusted 0.4%", "fell a
# larger-than-expected 1.2%", "jumped an annualized 9.8%" (no preposition nor determiner: "rose a bit to 3%")
_FIGURE_DESCRIBED = (rf"{lexicon.any_of(lexicon.INDEFINITE_ARTICLES)}(?:\s+(?!{lexicon.any_of(_NOT_DESCRIBING)}"
                     rf"(?![\w'’-]))[^\W\d][\w'’-]*){{1,3}}")
# a change's rank and its size's link: "grew fastest, at 4.6%", "fell the most, by 6%"
_RANKED = (rf"{lexicon.any_of(lexicon.CHANGE_RANK_WORDS_EN)},?(?:\s+"
           rf"(?:{lexicon.any_of(lexicon.CHANGE_NOUN_SIZE_LINKS)}|{BY}))?")  # "by" may open the figure itself
_DEGREE_BEFORE = re.compile(rf"(?<!\w)(?:{_DEGREE_WORDS}|{_FIGURE_DESCRIBED}|{_RANKED})\s+\Z", re.IGNORECASE)
_PREPOSITION_AT = re.compile(rf"(?:{alternatives(lexicon.PERIOD_PREPOSITIONS)})\s+", re.IGNORECASE)
_COMPARISON_LEAD_BEFORE = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.VERB_PERIOD_LEADS)}\s+\Z", re.IGNORECASE)
_YEAR_WORD_GAP = re.compile(r"\s*(?:[^\W\d]+\.?\s+)?")  # "года", "г.": the word a period's year may end with
_LEVEL_LEAD_GAP = re.compile(rf"\s*{lexicon.any_of(lexicon.CHANGE_END_WORDS)}\s+", re.IGNORECASE)  # " to ", " до "


def verb_of_change(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> FoundFigure | None:
    """A change or a percentage signed by a verb the stems right before it miss, or by a comparative before "на".

    A Russian verb by its lemma before or after the figure ("снизится на 3%", "прибавит 3,5%", "на 7,2% уступает"),
    a verb past a period or a comparison ("сократились по сравнению с прошлым годом на 8,1%") or past a word of
    degree ("fell just 38%"), a comparative and its baseline ("выше уровня 2023 года на 5,1 млрд рублей"). A
    multiplier after a verb of decline is shown "в 2 раза меньше" ("упадут в 2 раза"); a rise is shown as
    written, as after a verb the stems read ("вырос на 5%").
    """
    if figure.evidence is not None:
        return None
    verb = (lemma_verb_before(extraction, figure) or _lemma_verb_after(extraction, figure)
            or verb_before_comparison(extraction, figure) or verb_past_degree(extraction, figure)
            or comparative_before_by(extraction, figure))
    if verb is None:
        return None
    if figure.form == "change" and isinstance(figure.figure, Ratio) and not figure.figure.percent:
        visible = extraction.article.visible
        return as_fall_by_factor(visible, figure, verb) if verb.direction < 0 else replace(
            figure, evidence=verb)  # "упадут в 2 раза", "вырастут в 2 раза"
    if figure.form == "change" or is_percent(figure):
        return as_change(extraction.article.visible, figure, verb, extraction.language, signed_up=False)
    return None


def falling_verb_with_object(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> FoundFigure | None:
    """A change after a verb of decline and its object: "уступил импорту на 12%" (a rise stays as printed)."""
    if not unsigned_change(figure):
        return None
    with_object = verb_with_object(extraction.article.visible, figure)
    if with_object is None or with_object.direction >= 0:
        return None
    return as_change(extraction.article.visible, figure, with_object, extraction.language)


@functools.cache
def russian_verb_direction(word: str) -> int:
    """+1 or -1 when a Russian word is a form of a verb of change (lexicon.RU_CHANGE_VERB_LEMMAS_*), else 0.

    Every reading pymorphy3 has of the word is looked at, as long as it is a verb, a participle or a gerund; the
    reflexive suffix of its lemma is folded ("снизиться" is "снизить").
    """
    for reading in russian_readings(word.casefold()):
        if reading.tag.POS not in _VERB_PARTS:
            continue
        lemma = str(reading.normal_form).replace("ё", "е")
        if lemma.endswith(lexicon.RU_REFLEXIVE_ENDINGS):
            lemma = lemma[:-2]
        if lemma in lexicon.RU_CHANGE_VERB_LEMMAS_DOWN:
            return -1
        if lemma in lexicon.RU_CHANGE_VERB_LEMMAS_UP:
            return 1
    return 0


def _russian_verb_ending_at(visible: str, end: int) -> SignEvidence | None:
    """A Russian verb of change, by its lemma, as the last word before `end` (past a "на" of its own)."""
    word = _WORD_BEFORE.search(visible, max(0, end - LOOK_BACK), end)
    if word is None:
        return None
    direction = russian_verb_direction(word.group("word"))
    return SignEvidence(SignCue.VERB, direction, word.start(), word.end()) if direction else None


def _verb_ending_at(extraction: Extraction, end: int) -> SignEvidence | None:
    """A verb of change right before `end`: by its stem (figures.verb_before), or a Russian verb by its lemma."""
    verb = verb_before(extraction.article.visible, end)
    if verb is None and extraction.language == "ru":
        verb = _russian_verb_ending_at(extraction.article.visible, end)
    return verb


def lemma_verb_before(extraction: Extraction, figure: FoundFigure) -> SignEvidence | None:
    """A Russian verb of change right before a figure, read by its lemma in any form ("упадут на", "снизившись на")."""
    if extraction.language != "ru":
        return None
    return _russian_verb_ending_at(extraction.article.visible, number_start(figure))


def _lemma_verb_after(extraction: Extraction, figure: FoundFigure) -> SignEvidence | None:
    """A Russian verb of change right after a figure led by "на", by its lemma: "что на 7,2% уступает итогам"."""
    if extraction.language != "ru" or not CHANGE_LEAD.match(figure.text):
        return None
    word = _WORD_AFTER.match(extraction.article.visible, figure.end)
    if word is None:
        return None
    direction = russian_verb_direction(word.group("word"))
    return SignEvidence(SignCue.VERB, direction, word.start("word"), word.end("word")) if direction else None


def lemma_verb_with_object(extraction: Extraction, figure: FoundFigure) -> SignEvidence | None:
    """A Russian verb of change, its object and "на" before a figure, by lemma: "сократит расходы на 3 млрд"."""
    if extraction.language != "ru":
        return None
    visible = extraction.article.visible
    end = number_start(figure)
    floor = max(0, end - 60)
    by = LEAD_AT_END.search(visible, floor, end)
    if by is None:
        return None
    words = list(WORD.finditer(visible, floor, by.start()))[-_OBJECT_WORDS - 1 : -1]
    if any(not word.group(0)[:1].isalpha() for word in words):
        return None  # a number between: another figure's phrase
    for word in reversed(words):
        direction = russian_verb_direction(word.group(0))
        if direction:
            return SignEvidence(SignCue.VERB_OBJECT, direction, word.start(), by.end())
    return None


def verb_with_object(visible: str, figure: FoundFigure) -> SignEvidence | None:
    """A verb of change, its object and "by"/"на" before a figure: "cut spending by", "уступает импорту на"."""
    end = number_start(figure)  # "на 7%": the figure's own "на" ends the phrase
    floor = max(0, figure.start - 60)
    for pattern, direction in _OBJECT_BY:
        found = pattern.search(visible, floor, end)
        if found is not None:
            return SignEvidence(SignCue.VERB_OBJECT, direction, *found.span())
    return None


def verb_before_comparison(extraction: Extraction, figure: FoundFigure) -> SignEvidence | None:
    """A verb of change before a period or a comparison phrase and the figure's "на"/"by", with its direction.

    "сократились по сравнению с прошлым годом на 8,1%", "выросли за январь–сентябрь 2025 года на 412 млрд
    рублей", "fell compared with a year earlier by $3 billion", "прибавил за месяц 1,8%" (a direct object, no
    "на"): what stands between the verb and its figure is
    the period the change is of, or its baseline, never its object.
    """
    visible = extraction.article.visible
    by = LEAD_AT_END.search(visible, max(0, figure.start - LOOK_BACK), number_start(figure))
    # a verb that takes its figure as a direct object needs no "на": "прибавил за месяц 1,8%"
    lead_start, lead_end = (by.start(), by.end()) if by is not None else (number_start(figure), figure.start)
    mentions = extraction.periods.within(max(0, lead_start - LOOK_AHEAD), lead_start)
    if not mentions or not _YEAR_WORD_GAP.fullmatch(visible, mentions[-1].end, lead_start):
        return None  # the period's own word may follow it: "за январь–сентябрь 2025 года на"
    if by is None and _LEVEL_LEAD_GAP.fullmatch(visible, mentions[-1].end, lead_start):
        return None  # "declined from a year earlier to $41.2 million": "to" leads the level it reaches
    phrase_start = mentions[-1].start
    comparison = _COMPARISON_LEAD_BEFORE.search(visible, max(0, phrase_start - LOOK_BACK), phrase_start)
    own_preposition = _PREPOSITION_AT.match(visible, phrase_start)  # "с июнем": the mention holds its "с"
    if comparison is None and own_preposition is not None:
        comparison = _COMPARISON_LEAD_BEFORE.search(visible, max(0, phrase_start - LOOK_BACK),
                                                    own_preposition.end())
    if comparison is not None:
        phrase_start = comparison.start()
    verb = _verb_ending_at(extraction, phrase_start)
    return replace(verb, end=lead_end) if verb is not None else None


def verb_past_degree(extraction: Extraction, figure: FoundFigure) -> SignEvidence | None:
    """A verb of change before a word of degree and the figure: "fell just 38%", "выросли лишь на 2%".

    The word of degree ("just", "a steep", "a further", "лишь", "еще") says how much, never which way: the verb
    before it gives the direction, read as right before the figure (figures.verb_before, or a Russian verb by lemma).
    """
    degree = _DEGREE_BEFORE.search(extraction.article.visible, max(0, figure.start - LOOK_BACK), figure.start)
    if degree is None:
        return None
    verb = _verb_ending_at(extraction, degree.start())
    return replace(verb, end=figure.start) if verb is not None else None
