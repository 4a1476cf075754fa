"""The kind reader: whether a figure is an actual, an estimate, a forecast or a target, by the words of its clause.

The cue words are the lexicon's (kinds of figures). Cues are read in the figure's own clause: the words
before it in the clause (up to its start) and its own words after it (up to the end of the clause, or none when
another figure follows, whose cue they are). A clause with no verb of its own ("..., but some 650,000 units
down") and a "что"-clause share the cues of their sentence; a figure in brackets is an aside and keeps its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from typing import Any

from factcheck import lexicon
from factcheck.extract.context import FigureContext, Span
from factcheck.extract.periods import FORECAST_WORD, TARGET_YEAR
from factcheck.extract.text import EXPECTING_AFTER
from factcheck.extract.words import NOUN, PROPER, VERB, WORD, russian_readings, words_of
from factcheck.figures import FoundFigure
from factcheck.quantities import Amount, Ratio


class KindCue(Enum):
    """What a figure's kind rests on."""

    NO_CUE = "no word of forecast, estimate or plan"
    START_OF_CHANGE = "the known start of a change"
    COUNTS_FORECASTERS = "a count of forecasters"
    FORECAST_WORD = "a word of forecast"
    FORECAST_ASIDE = "an aside naming a forecast"
    ANALYSTS_ESTIMATE = "an estimate by analysts"
    ESTIMATE_WORD = "a word of estimate"
    TARGET_WORD = "a word of plan or goal"
    TARGET_YEAR = "a year to be reached"
    FUTURE_MODAL = "a modal of the future"
    FUTURE_TENSE = "a verb in the future tense"
    SHARE_OF_PLAN = "how much of a plan was done"
    FUTURE_PERIOD = "a period that had not begun at publication"


@dataclass(frozen=True)
class KindReading:
    """A figure's kind and the evidence for it (the span is in the article's visible text)."""

    kind: str
    cue: KindCue
    span: tuple[int, int] | None = None


NO_CUE = KindReading("actual", KindCue.NO_CUE)

_TARGET_CUES = re.compile(lexicon.any_of(lexicon.TARGET_STEMS), re.IGNORECASE)
# a word of forecast naming a measure: "the expectations index", "индекс потребительских ожиданий"
_FORECAST_MEASURE_AFTER = re.compile(rf"\s+{lexicon.any_of(lexicon.FORECAST_MEASURE_NOUNS)}\b", re.IGNORECASE)
_FORECAST_MEASURE_BEFORE = re.compile(rf"{lexicon.any_of(lexicon.RU_FORECAST_MEASURE_NOUN_STEMS)}\s+(?:\w+\s+)?$",
                                      re.IGNORECASE)
_NAME_WORDS_BEFORE = 40
# a word of expectation set against the outcome ("more than expected", "как и ожидалось"): no forecast
_EXPECTATION_MET_BEFORE = re.compile(
    rf"(?:(?<!\w){lexicon.any_of(lexicon.EXPECTATION_MET_LEADS)}(?:\s+[^\W\d]+){{0,3}}[\s,]+|-{lexicon.any_of(lexicon.EXPECTATION_MET_LEADS)}-)$",
    re.IGNORECASE)
_EXPECTATION_AS_BEFORE = re.compile(
    rf"(?<!\w){lexicon.any_of(lexicon.EXPECTATION_AS_LEADS)}"
    rf"(?:\s+(?!{lexicon.any_of(lexicon.EXPECTATION_AS_NOT_BETWEEN)}(?!\w))[^\W\d]+){{0,3}}\s+$", re.IGNORECASE)
_INFINITIVE_AFTER = re.compile(rf"\s+{lexicon.any_of(lexicon.EN_INFINITIVE_MARKERS)}\s+[^\W\d]", re.IGNORECASE)
# between a word of expectation and its own figure: "forecast of 155,000", "ожидания аналитиков в 2,5%"
_EXPECTATION_OWN_FIGURE = re.compile(
    rf"(?:\s+[^\W\d]+){{0,2}}\s+{lexicon.any_of(lexicon.EXPECTATION_FIGURE_LEADS)}\s+(?:[^\W\d]+\s+)?",
    re.IGNORECASE)
_EXPECTATION_REACH = 60  # characters back from a word of expectation to the comparison it closes
_ESTIMATE_CUES = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.ESTIMATE_STEMS)}", re.IGNORECASE)
_FORECASTERS = re.compile(lexicon.any_of(lexicon.FORECASTER_STEMS), re.IGNORECASE)
_FUTURE_MODAL = re.compile(
    rf"\b(?:(?!{lexicon.any_of(lexicon.EN_COUNTERFACTUAL_MODALS)}\b){lexicon.any_of(lexicon.FUTURE_MODAL_WORDS)}|"
    rf"{lexicon.any_of(lexicon.EN_FUTURE_PHRASES)})\b", re.IGNORECASE)
_CONTRARY_WORDS = frozenset(lexicon.CONTRARY_WORDS)
_COUNTED_FORECASTERS = re.compile(rf"\s*{lexicon.any_of(lexicon.FORECASTER_STEMS)}", re.IGNORECASE)


def _attributed_to(nouns: tuple[str, ...]) -> str:
    """"по прогнозу ЦБ", "according to the ministry's forecast": an attribution lead, a few words, the noun."""
    spaced = r"\s+"
    leads = "|".join(spaced.join(map(re.escape, lead.split())) + spaced + rf"(?:[\w'’-]+\s+){{0,{gap}}}"
                     for lead, gap in lexicon.ATTRIBUTION_LEADS.items())
    return "(?:" + leads + ")(?:" + "|".join(nouns) + ")"


# "По прогнозу ЦБ, ...", "В декабре, как ожидается, ...", "According to the ministry's forecast, ...": an aside
# of the sentence saying what follows it is expected ("as expected" says the outcome met it: no forecast)
_FORECAST_ASIDE = re.compile(rf"(?:^|[,—–])\s*(?:{_attributed_to(lexicon.FORECAST_NOUN_STEMS)}|"
                             rf"{'|'.join(lexicon.AS_EXPECTED_STEMS)})(?:\s+[^\s,]+){{0,3}}\s*,", re.IGNORECASE)
# "По оценкам аналитиков, ...", "According to official estimates, ...": the whole sentence is an estimate
_ESTIMATE_LEAD = re.compile(rf"\W*{_attributed_to(lexicon.ESTIMATE_NOUN_STEMS)}", re.IGNORECASE)
# a clause that is the object of the verb before it: "Ожидается, что ...", "прогнозирует, что ..."
_COMPLEMENT_CLAUSE = re.compile(rf"{lexicon.any_of(lexicon.COMPLEMENT_CONJUNCTIONS)}\s", re.IGNORECASE)
# the end of a figure's own words after it: punctuation, a dash, a contrary conjunction, or another figure
_CLAUSE_END = re.compile(rf"[,;:.!?)]|\s[-–—]\s|\s{lexicon.any_of(lexicon.CLAUSE_BREAKING_CONJUNCTIONS)}\s"
                         r"|(?<![\d.,])\d(?!\d{3}(?!\d))", re.IGNORECASE)
# between a verb and the figure it takes: a space, maybe the "на" of a change ("вырастет на 5%")
_GOVERNS_FIGURE = re.compile(rf"\s+(?:{lexicon.any_of(lexicon.CHANGE_LEADS)}\s+)?", re.IGNORECASE)
# between a percentage and the plan it is a share of: "от годового", "of the annual", "к"
_WHOLE_LEAD = re.compile(rf"\s+{lexicon.any_of(lexicon.SHARE_OF_WORDS + lexicon.INDEX_BASELINE_LEADS)}\s+"
                         r"(?:[^\W\d]+\s+){0,3}", re.IGNORECASE)
_RU_WHOLE_LEAD = re.compile(rf"\s+(?:{lexicon.any_of(lexicon.SHARE_OF_WORDS + lexicon.INDEX_BASELINE_LEADS)}\s+)?"
                            r"(?:[^\W\d]+\s+){0,3}", re.IGNORECASE)
_FULFILMENT = re.compile(lexicon.any_of(lexicon.RU_FULFILMENT_STEMS + lexicon.EN_FULFILMENT_WORDS), re.IGNORECASE)
# "Исполнение годового плана по доходам составило 57%": the noun of carrying out the plan, right before its word
_FULFILMENT_NOUN_BEFORE = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.RU_FULFILMENT_NOUNS)}\s+(?:[^\W\d]+\s+)?\Z",
                                     re.IGNORECASE)
_WORDS_BEFORE = 80  # how far back in its clause a figure's cue is looked for
_WORDS_AFTER = 60
_SENTENCE_BEFORE = 200  # and in its sentence, for a clause that shares its sentence's cues


def read_kind(context: FigureContext, *, starts_change: bool) -> KindReading:
    """The kind a figure's clause gives it: a forecast, an estimate, a target or (with no cue) an actual.

    "39 analysts expected ..." counts the forecasters: the count itself is an actual; so is the start of a
    change ("down on 2019's 2.3m", "from $13.48 billion"), the known end of it.
    """
    visible, figure = context.visible, context.figure
    if starts_change:
        return KindReading("actual", KindCue.START_OF_CHANGE)
    if _counts_forecasters(visible, figure):
        return KindReading("actual", KindCue.COUNTS_FORECASTERS, (figure.start, figure.end))
    cues = _cue_spans(context)
    before = context.before_in_sentence
    if found := _forecast_word(visible, cues, figure.start):
        return KindReading("forecast", KindCue.FORECAST_WORD, found)
    if found := _first(_FORECAST_ASIDE, visible, [before]):
        return KindReading("forecast", KindCue.FORECAST_ASIDE, found)
    estimate = _first(_ESTIMATE_CUES, visible, cues) or _first(_ESTIMATE_LEAD, visible, [before], anchored=True)
    if estimate:
        # the analysts' estimate predicts what a company will report; anyone else's estimates a past value
        if found := _first(_FORECASTERS, visible, [*cues, before]):
            return KindReading("forecast", KindCue.ANALYSTS_ESTIMATE, found)
        # an estimate of what is still to come is a forecast: "по его оценке, к концу года вклады превысят ..."
        if found := _first(_FUTURE_MODAL, visible, cues):
            return KindReading("forecast", KindCue.FUTURE_MODAL, found)
        if context.language == "ru" and (found := _future_tense(visible, figure, cues)):
            return KindReading("forecast", KindCue.FUTURE_TENSE, found)
        return KindReading("estimate", KindCue.ESTIMATE_WORD, estimate)
    if found := _first(_TARGET_CUES, visible, cues):
        if _plan_is_whole(context, found):
            return KindReading("actual", KindCue.SHARE_OF_PLAN, found)
        return KindReading("target", KindCue.TARGET_WORD, found)
    if found := _year_to_be_reached(visible, context.published.year, cues):
        return KindReading("target", KindCue.TARGET_YEAR, found)
    if found := _first(_FUTURE_MODAL, visible, cues):
        return KindReading("forecast", KindCue.FUTURE_MODAL, found)
    if context.language == "ru" and (found := _future_tense(visible, figure, cues)):
        return KindReading("forecast", KindCue.FUTURE_TENSE, found)
    return NO_CUE


def _cue_spans(context: FigureContext) -> list[Span]:
    """Where a figure's cues are read: its clause's words before it and its own words after it."""
    visible, figure, sentence, clause_start = context.visible, context.figure, context.sentence, context.clause_start
    clause_before = visible[clause_start : figure.start]
    after_end = _own_words_end(visible, figure.end, sentence[1])
    # a figure in brackets, "(3% share)", is an aside: the sentence around it says nothing of its kind
    aside = visible[sentence[0] : clause_start].rstrip().endswith("(") and ")" not in clause_before
    start = max(clause_start, figure.start - _WORDS_BEFORE)
    if not aside and (_COMPLEMENT_CLAUSE.match(clause_before) or _participle_clause(context)
                      or not _has_verb(context.language, clause_before + " " + visible[figure.end : after_end])
                      or not _has_subject(context.language, clause_before)):
        # "2021 would finish 1.9% up, but 650,000 down"; "Ожидается, что продажи вырастут на 5%"; "Годовой план,
        # согласованный с министерством, составляет 3,3 млн кв. м": the verb's subject is before the aside
        start = max(sentence[0], figure.start - _SENTENCE_BEFORE)
    own_after = (figure.end, min(after_end, figure.end + _WORDS_AFTER))
    apposition = _apposition(context, start)
    if apposition is not None:  # "The total fertility rate, the average number of children a woman is expected
        # to have, fell to 1.20": the words defining the measure are not the figure's
        return [(start, apposition[0]), (apposition[1], figure.start), own_after]
    return [(start, figure.start), own_after]


def _apposition(context: FigureContext, start: int) -> Span | None:
    """An English noun phrase between commas after the subject, opened by an article, before the figure's clause."""
    visible, clause_start = context.visible, context.clause_start
    if context.language != "en" or start >= clause_start:
        return None
    first, last = visible.find(",", start, clause_start), visible.rfind(",", start, clause_start)
    if first < 0 or first == last or not visible[start:first].strip():
        return None
    opening = WORD.match(visible, first + 1 + len(visible[first + 1 : last]) - len(visible[first + 1 : last].lstrip()))
    if opening is None or opening.group(0).casefold() not in lexicon.EN_ARTICLES:
        return None
    return first, last + 1


def _participle_clause(context: FigureContext) -> bool:
    """Whether a clause after a comma opens with a verb in -ing: ", bringing the rate to" has the sentence's subject."""
    visible, start = context.visible, context.clause_start
    if context.language != "en" or not visible[context.sentence[0] : start].rstrip().endswith(","):
        return False
    words = words_of(visible[start : context.figure.start], 0, "en", -1)
    return bool(words) and words[0].part == VERB and words[0].text.casefold().endswith(lexicon.EN_PARTICIPLE_ENDING)


def _own_words_end(visible: str, start: int, sentence_end: int) -> int:
    """Where the words after a figure that are its own end: at the end of its clause (")" closes an aside).

    Right after it when another figure follows in the clause: "2,3 млрд при консенсусе в 2,1 млрд" (the cue
    is the next one's).
    """
    end = _CLAUSE_END.search(visible, start, sentence_end)
    if end is None:
        return sentence_end
    return start if end.group(0)[:1].isdigit() else end.start()


def _has_subject(language: str, clause: str) -> bool:
    """Whether a clause names a noun of its own: " составляет " after an aside has none.

    A pronoun after a word of contrast is one too ("…, but it rose to 2.9%": what was expected is set against what
    came); elsewhere it may stand for the forecast itself ("its forecast -- it is now down by 4.2 per cent").
    """
    words = words_of(clause, 0, language, -1)
    contrast = [at for at, word in enumerate(words) if word.lemma.casefold() in _CONTRARY_WORDS]
    return any(word.part in (NOUN, PROPER) or (word.lemma.casefold() in lexicon.SUBJECT_PRONOUNS and contrast
                                               and contrast[0] < at) for at, word in enumerate(words))


def _has_verb(language: str, clause: str) -> bool:
    """Whether a clause has a verb of its own: "but some 650,000 units down on 2019" has none."""
    return any(word.part == VERB for word in words_of(clause, 0, language, -1))


def _first(pattern: re.Pattern[str], visible: str, spans: list[Span], *, anchored: bool = False) -> Span | None:
    """The first match of a cue in the spans, as a span of the visible text.

    Each span is read as a text of its own, so "^" is its start.
    """
    for start, end in spans:
        text = visible[start:end]
        found = pattern.match(text) if anchored else pattern.search(text)
        if found:
            return start + found.start(), start + found.end()
    return None


def _forecast_word(visible: str, spans: list[Span], figure_start: int) -> Span | None:
    """The first word of forecast in the spans that names no measure nor sets the figure against an expectation.

    Neither "the expectations index" nor "slowed more than expected to 3.1%" forecasts the figure.
    """
    for start, end in spans:
        for found in FORECAST_WORD.finditer(visible[start:end]):
            cue_start, cue_end = start + found.start(), start + found.end()
            if _FORECAST_MEASURE_AFTER.match(visible, cue_end):
                continue
            if found.group(0).casefold() in lexicon.RU_FORECAST_MEASURE_GENITIVES and _FORECAST_MEASURE_BEFORE.search(
                    visible, max(0, cue_start - _NAME_WORDS_BEFORE), cue_start):
                continue
            if _expectation_met(visible, (cue_start, cue_end), found.group(0), figure_start):
                continue
            return cue_start, cue_end
    return None


def _expectation_met(visible: str, cue: Span, word: str, figure_start: int) -> bool:
    """Whether a word of expectation compares the outcome with what was expected, the figure being known.

    "slowed more than expected to 3.1%", "a larger-than-expected 1.2% fall", "выше ожиданий", and in the past after
    "as": "as analysts had expected", "как и ожидалось". "Expected to" and a verb looks ahead whatever stands before;
    a figure that is the expectation's own ("more than the forecast of 155,000", "выше прогноза в 7,1%") is one.
    """
    cue_start, cue_end = cue
    if _INFINITIVE_AFTER.match(visible, cue_end):
        return False
    if cue_end <= figure_start and _EXPECTATION_OWN_FIGURE.fullmatch(visible, cue_end, figure_start):
        return False
    reach = max(0, cue_start - _EXPECTATION_REACH)
    if _EXPECTATION_MET_BEFORE.search(visible, reach, cue_start):
        return True
    return word.casefold() in lexicon.EXPECTATION_PAST_FORMS and bool(
        _EXPECTATION_AS_BEFORE.search(visible, reach, cue_start))


def _year_to_be_reached(visible: str, published_year: int, spans: list[Span]) -> Span | None:
    """"к 2027 году", "by 2030": a year not yet over that the figure is to be reached by."""
    for start, end in spans:
        for found in TARGET_YEAR.finditer(visible[start:end]):
            if int(found.group(1)) >= published_year:
                return start + found.start(), start + found.end()
    return None


def _plan_is_whole(context: FigureContext, cue: Span) -> bool:
    """Whether a percentage says how much of the plan its word names was done: an actual, not a target.

    "34,5% от годового плана", "58% of the annual target", "98% к плану", "38,9% годового плана" (the plan is the
    whole, after the figure: in Russian its genitive needs no preposition, while "a 2% inflation target" is the
    target itself), "План выполнен на 32,5%" (a verb of carrying it out stands between), "Исполнение годового плана
    составило 57%" (its noun right before the plan's word).
    """
    visible, figure = context.visible, context.figure
    if not _is_percent(figure):
        return False
    if cue[0] >= figure.end:
        lead = _WHOLE_LEAD if context.language != "ru" else _RU_WHOLE_LEAD
        word_start = cue[0]  # the cue may stand inside its word: "от запланированного"
        while word_start > figure.end and visible[word_start - 1].isalpha():
            word_start -= 1
        return lead.fullmatch(visible, figure.end, word_start) is not None
    word_start = cue[0]
    while word_start > 0 and visible[word_start - 1].isalpha():
        word_start -= 1
    return _FULFILMENT.search(visible, cue[1], figure.start) is not None or _FULFILMENT_NOUN_BEFORE.search(
        visible, max(0, word_start - 40), word_start) is not None


def _is_percent(figure: FoundFigure) -> bool:
    found = figure.figure
    if isinstance(found, Ratio):
        return found.percent
    return isinstance(found, Amount) and found.unit is not None and found.unit.name == "percent"


def _future_tense(visible: str, figure: FoundFigure, spans: list[Span]) -> Span | None:
    """A Russian verb in the future tense among the cues: "доходы составят 98 млрд рублей", "вырастет на 5%".

    A word is read as its most likely reading; right before the figure (past its "на") any reading in the future
    tense counts, since what takes the figure as its object is a verb: "расходы достигнут 105 млрд" is more often
    read as the participle "достигнут" ("has been reached"), which takes no object.
    """
    for start, end in spans:
        for word in WORD.finditer(visible, start, end):
            readings = russian_readings(word.group(0).casefold()) if word.group(0)[:1].isalpha() else []
            if not readings or _addresses_the_reader(readings[0]):
                continue
            governs = _GOVERNS_FIGURE.fullmatch(visible, word.end(), figure.start) is not None
            if any(_in_future(reading) for reading in (readings if governs else readings[:1])):
                return word.span()
    return None


def _addresses_the_reader(reading: Any) -> bool:
    """A verb of the first person plural the writer turns to the reader with: "Напомним,", "Отметим," (no future)."""
    return lexicon.RU_FIRST_PERSON_PLURAL in reading.tag and reading.normal_form in lexicon.RU_READER_ADDRESS_VERBS


def _in_future(reading: Any) -> bool:
    return reading.tag.POS == "VERB" and lexicon.RU_FUTURE_TENSE in reading.tag


def _counts_forecasters(visible: str, figure: FoundFigure) -> bool:
    """A bare number followed by the forecasters it counts: "39 analysts", "12 экономистов"."""
    if figure.form != "value" or not isinstance(figure.figure, Amount) or figure.figure.unit is not None:
        return False
    counted = _COUNTED_FORECASTERS.match(visible, figure.end)
    # "the 155,000 economists had expected": what they expected, not how many they are
    return counted is not None and not EXPECTING_AFTER.match(visible, counted.end())
