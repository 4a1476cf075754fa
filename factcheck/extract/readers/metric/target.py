"""The measure a target is set for: "план по расходам", "План по налогу на прибыль", "the target for exports".

A target word ("план", "цель", "target", "goal") is never the measure itself: the phrase it governs with "по" or
"for" names it, and the figure is a target of that measure ("Годовой план по расходам – 110,4 млрд рублей") or
a share of one ("План по налогу на прибыль выполнен на 81,3%": of the profit tax's plan). A target named alone
("цель в $1 млрд"), or one set for a place, a time or by someone ("План по области", "its target for the full
year", "Цель по словам директора"), is left to the reader, for the measure the text is about. A measure named so
that is the text's measure named more briefly ("по доходам" after "Доходы бюджета") is that measure's, and the
reading is always marked a guess. A forecast is read so too ("its full-year forecast for revenue", "Прогноз по
выручке"): the phrase names the measure forecast.
"""

import re
from dataclasses import replace

from factcheck import lexicon
from factcheck.extract.model import ExtractedFigure, Extraction
from factcheck.extract.readers.metric.common import UNNAMED, MetricReading, Subject, is_subject_word, metric_unit
from factcheck.extract.readers.metric.subject import read_subject
from factcheck.extract.thesaurus import concept_of
from factcheck.extract.words import DETERMINER, PREPOSITION, VERB, Word, russian_nominative
from factcheck.figures import FoundFigure
from factcheck.quantities import Amount, Ratio

_MEASURE_PREPOSITIONS = frozenset(lexicon.TARGET_MEASURE_PREPOSITIONS)
_FORECASTERS = re.compile(lexicon.any_of(lexicon.FORECASTER_STEMS), re.IGNORECASE)
TARGET_METRIC = "metric: the target's metric is a guess"
FORECAST_METRIC = "metric: what was forecast, taken as the measure the text gave last in its unit"
FORECAST_OF_BEFORE = "metric: what was forecast, taken as the measure of the figure before it in its sentence"


def forecasters_subject(subject: Subject | None, figure: FoundFigure, words: list[Word]) -> bool:
    """Whether a figure's subject names who forecast it or the forecast, never a measure, or it has none but them.

    "Economists had expected a fall of 90,000", "above analysts' forecast of 4.0%": what they expected is of the
    measure the text reports. A count of them after it ("39 analysts") is no forecast, and a forecast that names
    what it is of ("the forecast for revenue") has a measure of its own.
    """
    if subject is None:
        return any(_forecasting(concept_of(word.lemma)) for word in words)
    # "прогноза аналитиков" read in parallel to the measure before: the analysts' forecast, not a measure of analysts
    forecasters_only = bool(subject.complements) and all(map(_forecasting, subject.complements))
    return subject.start < figure.start and (forecasters_only or (
        not subject.complements and _forecasting(subject.head)))


def set_against(before: FoundFigure, figure: FoundFigure) -> bool:
    """Whether a forecast is set against the figure before it in its sentence: in its unit, of its order of size.

    "Adjusted earnings per share were $2.10, ahead of analysts' expectations of $2.02": the forecast per share,
    not of the text's first measure in dollars; "$1.12 a share ... expectations of $5.0 billion" is another's.
    """
    mine, theirs = figure.figure, before.figure
    if not isinstance(mine, Amount) or not isinstance(theirs, Amount) or metric_unit(before) != metric_unit(figure) \
            or before.form == "change" or figure.form == "change":
        return False
    low, other = mine.interval.low, theirs.interval.low
    return low is not None and other is not None and low > 0 and other > 0 and max(low, other) <= 2 * min(low, other)


def forecast_of_before(extraction: Extraction, previous: ExtractedFigure | None, last: ExtractedFigure | None,
                       figure: FoundFigure) -> ExtractedFigure | None:
    """The figure a forecast is of: one set against it in its sentence, or the percentage change just reported.

    "earnings per share were $2.10, ahead of analysts' expectations of $2.02"; "Retail sales fell 0.8% in August.
    Economists had expected a rise of 0.2%": a forecast of a percentage change right after one, in its paragraph,
    is of the same measure (a count's forecast goes by the text's measure in its unit: "a gain of 150,000").
    """
    if previous is not None and set_against(previous.found, figure):
        return previous
    if last is not None and figure.form == "change" and last.found.form == "change" and isinstance(
            figure.figure, Ratio) and isinstance(last.found.figure, Ratio) and last.kind == "actual" \
            and last.found.start >= extraction.paragraph_start(figure.start) and not last.metric.startswith(UNNAMED):
        return last
    return None


def gapped_target_measure(previous_kind: str, clause: list[Word], language: str, visible: str,
                          sentence_start: int) -> Subject | None:
    """The measure of a gapped clause of targets, its target word left out: the phrase after its preposition.

    "Годовой план по доходам составляет 85,5 млрд рублей, по расходам – 91,8 млрд рублей": the second is the
    plan of expenditure, as "план по расходам" would be.
    """
    if previous_kind not in ("target", "forecast") or len(clause) < 2 or clause[0].part != PREPOSITION \
            or clause[0].lemma.casefold() not in _MEASURE_PREPOSITIONS or not is_subject_word(clause[1]):
        return None
    return _measure_named(clause[1:], language, visible, sentence_start)


def _measure_named(phrase: list[Word], language: str, visible: str, sentence_start: int) -> Subject | None:
    """The measure a target's phrase names, in the nominative as a metric is named: "по налогу на прибыль"."""
    measure = read_subject(phrase, language, visible, sentence_start)
    if measure is None or language != "ru":
        return measure
    named = [after for after in phrase if after.start >= measure.start]
    return replace(measure, name=russian_nominative(named, visible)) if named else measure


def _forecasting(head: str) -> bool:
    return head in lexicon.FORECAST_NOUNS or _FORECASTERS.fullmatch(head) is not None


def target_measure(start: int, words: list[Word], language: str, visible: str, sentence_start: int,
                   heads: frozenset[str] = lexicon.TARGET_WORDS) -> Subject | None:
    """The measure a target word (or one of `heads`) from `start` on is set for, when the words after it name one."""
    for index, word in enumerate(words[:-2]):
        if word.start < start or concept_of(word.lemma) not in heads:
            continue
        lead = words[index + 1]
        if lead.part != PREPOSITION or lead.lemma.casefold() not in _MEASURE_PREPOSITIONS or lead.after_break:
            return None
        # the phrase runs to its verb or the next comma, dash or bracket: "по расходам – 110,4 млрд"
        phrase: list[Word] = []
        for after in words[index + 2 :]:
            if after.part == VERB or (phrase and after.after_break):
                break
            phrase.append(after)
        # "Прогноз по выручке на год": a phrase of time after the measure's is the target's period, not its measure
        cut = next((at for at, after in enumerate(phrase) if at and after.part == PREPOSITION and any(
            later.lemma.casefold() in lexicon.PERIOD_NOUNS for later in phrase[at + 1 : at + 4])), len(phrase))
        phrase = phrase[:cut]
        while phrase and phrase[-1].part == PREPOSITION:  # "цель по дивидендам в 32 млрд": "в" is the figure's
            phrase.pop()
        named_words = [after for after in phrase if after.part != DETERMINER]
        # "Цель по словам директора", "its target for the full year": an attribution or a time, not a measure
        if not named_words or not is_subject_word(named_words[0]) or any(
                after.lemma.casefold() in lexicon.PERIOD_NOUNS for after in phrase):
            return None
        measure = _measure_named(phrase, language, visible, sentence_start)
        if measure is not None and measure.head in lexicon.PLACE_NOUNS:
            return None  # "План по области на год": where the plan is set, not what for
        return measure
    return None


def plan_named_before(extraction: Extraction, figure: FoundFigure, subject: Subject | None) -> MetricReading | None:
    """The measure of the plan named in the figure right before, for a plan carried out that names no measure.

    "Годовой план по вводу жилья – 2,2 млн кв. метров. Таким образом, он выполнен на 63,6%" ("план выполнен на",
    "годовой план выполнен на" alike): the share of that plan, on its measure's metric; "бюджет исполнен на" is not.
    """
    if subject is not None and subject.head not in lexicon.TARGET_WORDS:
        return None
    previous = extraction.figures[-1] if extraction.figures else None
    if previous is None or previous.kind != "target" or "\n\n" in extraction.article.visible[
            previous.found.end : figure.start]:
        return None
    return previous.metric, previous.metric_name, None, "metric: a plan carried out, of the plan named just before"
