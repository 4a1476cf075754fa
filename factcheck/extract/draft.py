"""A first draft of a claims file from an article, read from the sentence around each figure.

Every figure gets its period, kind, baseline, speaker, metric and quote, from its sentence first and then
its paragraph. The journalist corrects the draft; what the extractor guessed is marked for checking.
"""

from __future__ import annotations

import bisect
import re
from datetime import date
from itertools import islice

from factcheck import lexicon
from factcheck.article import ArticleText
from factcheck.extract.changes import (
    AMOUNT_CHANGE,
    LEVEL,
    Tie,
    as_printed_change,
    is_comparative_baseline,
    named_baseline,
    printed_as_change_start,
    tie_of,
)
from factcheck.extract.equal_periods import equal_period_twins
from factcheck.extract.metrics import metric_of, metric_unit, note_unit, place_share_of, share_of
from factcheck.extract.model import ExtractedFigure, Extraction, SourceGuess
from factcheck.extract.periods import TARGET_YEAR, YEAR, YEAR_INFERRED, PeriodIndex, PeriodMention, months_label
from factcheck.extract.segments import declare_segments
from factcheck.extract.sources import People, attribution
from factcheck.extract.text import clause_start_of, detect_language, sentence_spans, slug, spans_between, title_of
from factcheck.extract.words import VERB, words_of
from factcheck.figures import FoundFigure, find_figures
from factcheck.not_figures import NotFigures, day_date_spans, publication_date
from factcheck.quantities import Amount

_TARGET_CUES = re.compile(
    r"планир\w*|план\w*|цел[ьиейяю]\w*|планк\w*|намер\w*|рассчитыва\w*|достижим\w*|\bplan\w*|target\w*|goal\w*|"
    r"\baim\w*",
    re.IGNORECASE,
)


_FORECAST_CUES = re.compile("|".join(lexicon.FORECAST_STEMS), re.IGNORECASE)
_ESTIMATE_CUES = re.compile("|".join(lexicon.ESTIMATE_STEMS), re.IGNORECASE)
# "По прогнозу ЦБ, ...", "В декабре, как ожидается, ...", "According to the ministry's forecast, ...": an aside
# of the sentence saying what follows it is expected ("as expected" says the outcome met it: no forecast)
_FORECAST_ASIDE = re.compile(r"(?:^|[,—–])\s*(?:по\s+(?:\w+\s+){0,2}прогноз\w*|как\s+ожида\w+ся|according\s+to\s+"
                             r"(?:[\w'’-]+\s+){0,4}(?:forecast|projection)s?)(?:\s+[^\s,]+){0,3}\s*,", re.IGNORECASE)
# "По оценкам аналитиков, ...", "According to official estimates, ...": the whole sentence is an estimate
_ESTIMATE_LEAD = re.compile(r"\W*(?:по\s+(?:\w+\s+){0,2}оценк\w*|according\s+to\s+(?:[\w'’-]+\s+){0,4}estimat\w*)",
                            re.IGNORECASE)
_FORECASTERS = re.compile("|".join(lexicon.FORECASTER_STEMS), re.IGNORECASE)
_FUTURE_MODAL = re.compile(r"\b(?:" + "|".join(lexicon.FUTURE_MODAL_WORDS) + r")\b", re.IGNORECASE)
_COUNTED_FORECASTERS = re.compile(r"\s*(?:" + "|".join(lexicon.FORECASTER_STEMS) + ")", re.IGNORECASE)


_BASELINE = re.compile(
    r"(?:чем|по сравнению с|относительно|против|than|compared (?:with|to)|from)\s+(?:в\s+|in\s+)?"
    rf"(?:{YEAR}(?:-?м|\s*год\w*)?|(прошл\w+\s+год\w*|last\s+year))",
    re.IGNORECASE,
)


_PREVIOUS_YEAR_OBJECT = re.compile(r"прошл\w+\s+год\w*|last\s+year|previous\s+year", re.IGNORECASE)


_CLAUSE_END = re.compile(r"[,;:.!?)]|\s[-–—]\s|\sа\s|\sbut\s|(?<![\d.,])\d(?!\d{3}(?!\d))", re.IGNORECASE)
# between a period in the possessive and its figure: "’s", then at most three words ("2019's pre-pandemic 2.3m")
_POSSESSIVE_GAP = re.compile(r"['’]s(?:\s+[^\W\d][\w-]*){0,3}\s+")
_POSSESSIVE_REACH = 60
# a clause that is the object of the verb before it: "Ожидается, что ...", "прогнозирует, что ..."
_COMPLEMENT_CLAUSE = re.compile(r"(?:что|чтобы)\s", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…][»\"”]?\s")
_DATED_KINDS = ("actual", "estimate")  # figures of a period: an estimate is a past period's value as estimated
# how the checks of a period the figure's text does not give begin: found nowhere, or named only after it
_PERIOD_GUESSES = ("period: not found", "period: none before the figure")
_LONGEST_QUOTE = 90
_RECENT_FIGURES = 20  # how far back the period the text is about is looked for
# between a figure and the period that is its own: "in", "of GDP in", "в", a few words and no punctuation
# between a figure and a phrase that dates it back from its sentence's period: its unit, a word or two ("points")
_PHRASE_GAP = re.compile(r"\s*(?:[^\W\d]+\s+){0,2}")
_BOUND_PERIOD_GAP = re.compile(r"(?:\s+(?:of|от|of\s+the)\s+[^\W\d]+(?:\s+[^\W\d]+)?)?\s*(?:\b(?:in|for|during|"
                               r"в|во|за|на)\s+(?:the\s+)?)?", re.IGNORECASE)
_COMPARED = re.compile(r"(?:\bпо\s+сравнению\s+с|\bчем|\bпротив|\bотносительно|\bcompared\s+(?:to|with)|\bthan|"
                       r"\bfrom|\bagainst|\bversus)\s+(?:в\s+|in\s+|the\s+)?$", re.IGNORECASE)
# runs of white space a quote folds to one space; line and paragraph separators stay, as the article has them,
# since quote-not-found folds spaces but not them
_QUOTE_SPACES = re.compile(r"[^\S\x85\u2028\u2029]+")
_BRACKET_END = re.compile(r"[^\d()\n.!?]{0,20}\)")  # the rest of a bracket after its figure: " share)", ")"
_CONTEXT = 400  # characters read on either side of a figure: a long news sentence, never a paragraph of them


def extract(article: ArticleText, *, language: str = "auto", published: date | None = None,
            outlet: str | None = None) -> Extraction:
    """Find every figure of the article and what a claim needs about it."""
    visible = article.visible
    language = detect_language(visible) if language == "auto" else language
    published_guessed = False
    if published is None:
        published = publication_date(visible)  # the dateline, when the article has one
    if published is None:
        published, published_guessed = date.today(), True
    outlet_name = outlet or "Outlet"
    outlet_source = SourceGuess(slug(outlet_name), outlet_name, "outlet")
    extraction = Extraction(article, language, published, title_of(visible), outlet_source,
                            PeriodIndex(visible, published, day_date_spans(visible)), published_guessed)
    extraction.sources[outlet_source.id] = outlet_source
    people = People(extraction)
    last_metric_by_dimension: dict[str, str] = {}
    # paragraphs are separated by blank lines; in a text with none, each line is one
    paragraphs = list(spans_between(visible, r"\n[ \t]*\n" if re.search(r"\n[ \t]*\n", visible) else r"\n"))
    not_figures = NotFigures(visible)
    for paragraph_start, paragraph_end in paragraphs:
        paragraph = visible[paragraph_start:paragraph_end]
        people.learn(paragraph)
        speaker = people.speaker_of(paragraph)
        sentences = [(paragraph_start + s, paragraph_start + e) for s, e in sentence_spans(paragraph)]
        sentence_starts = [s for s, _ in sentences]
        for figure in find_figures(paragraph, language):
            start, end = paragraph_start + figure.start, paragraph_start + figure.end
            if not_figures.excludes(start, end, figure.figure):
                continue  # a date, a time, an ordinal, a label, a span of time, "19-country": not a figure
            found = bisect.bisect_right(sentence_starts, start) - 1
            sentence_start, sentence_end = (
                sentences[found] if found >= 0 and start < sentences[found][1] else (paragraph_start, paragraph_end)
            )
            # what is read around a figure is bounded, so a run-on "sentence" keeps the work linear
            sentence_start = max(sentence_start, start - _CONTEXT)
            sentence_end = min(sentence_end, end + _CONTEXT)
            located = FoundFigure(start, end, figure.text, figure.form, figure.relation, figure.figure,
                                  figure.numbers, figure.evidence and figure.evidence.shifted(paragraph_start))
            # "снизились на 10%, автобусов - на 20%", "на 5% меньше показателей ...": the sign the sentence gives
            located = as_printed_change(extraction, located, sentence_start)
            described = _describe(
                extraction, located, (sentence_start, sentence_end), (paragraph_start, paragraph_end), speaker,
                people, last_metric_by_dimension,
            )
            extraction.figures.append(described)
            extraction.figures += equal_period_twins(extraction, described, sentence_start)
    declare_segments(extraction)
    return extraction


def _describe(
    extraction: Extraction,
    figure: FoundFigure,
    sentence: tuple[int, int],
    paragraph: tuple[int, int],
    speaker: SourceGuess | None,
    people: People,
    last_metric: dict[str, str],
) -> ExtractedFigure:
    visible = extraction.article.visible
    checks: list[str] = []
    sentence_text = visible[sentence[0] : sentence[1]]
    before = visible[sentence[0] : figure.start]
    after = visible[figure.end : sentence[1]]
    # kind, from cues in the figure's own clause (a clause with no verb of its own shares its sentence's)
    own_clause_start = clause_start_of(visible, sentence[0], figure.start)
    clause_before = visible[own_clause_start : figure.start]
    clause_after = _own_words_after(after)
    cue_text = clause_before[-80:] + " " + clause_after[:60]
    # a figure in brackets, "(3% share)", is an aside: the sentence around it says nothing of its kind
    aside = visible[sentence[0] : own_clause_start].rstrip().endswith("(") and ")" not in clause_before
    if not aside and (_COMPLEMENT_CLAUSE.match(clause_before)
                      or not _has_verb(extraction.language, clause_before + " " + clause_after)):
        # "2021 would finish 1.9% up, but 650,000 down"; "Ожидается, что продажи вырастут на 5%"
        cue_text = before[-200:] + " " + clause_after[:60]
    future_year = next((int(m.group(1)) for m in TARGET_YEAR.finditer(cue_text)
                        if int(m.group(1)) >= extraction.published.year), None)
    own_period = _possessive_period(extraction, figure, sentence)
    starts_change = figure.form != "change" and (
        printed_as_change_start(visible, sentence[0], figure) or (own_period is not None and own_period.compared))
    # the start of a change is the known end of it: "down on 2019's 2.3m", "from $13.48 billion"
    kind = "actual" if starts_change else _kind_of(visible, figure, cue_text, before, future_year is not None)
    # a figure tied to the one before it ("(5 000 шт.)" after a change, "Это на 5%") shares its period
    tie = tie_of(extraction, figure, sentence[0])
    period: str | None
    since: str | None
    if tie is not None and tie.other.period is not None and tie.other.kind == kind:
        period, since = tie.other.period, tie.other.since if tie.relation == AMOUNT_CHANGE else None
        checks += [check for check in tie.other.checks if check.startswith("period:")]
    else:
        # period: the sentence first (preceding mentions, then following), then the paragraph before it
        period, since = _period_for(extraction, figure, sentence, paragraph, kind, checks)
    # baseline of a change
    if figure.form == "change":
        since = _baseline(extraction, figure, sentence, period, since, checks)
    if period is None and figure.form == "change" and kind not in _DATED_KINDS:
        period = str(extraction.published.year)  # what is expected is this year's, not the lead's past period
        checks.append("period: not found; a forecast's change, taken for the year of publication")
    if period is None and (kind in _DATED_KINDS or figure.form == "change"):  # a change needs a period
        period = _headline_period(extraction, figure, checks)
    if kind == "actual" and period == str(extraction.published.year):
        period = _so_far_this_year(extraction, checks)
    # attribution
    said_by, cites = attribution(extraction, figure, sentence_text, before, speaker, people)
    # metric and quote
    tied_metric = _tied_metric(extraction, figure, tie)
    if tied_metric is not None:
        metric, metric_name, subject_start, metric_check = tied_metric
    else:
        metric, metric_name, subject_start, metric_check = metric_of(extraction, figure, sentence, last_metric)
    if metric_check:
        checks.append(metric_check)
    clause_start = clause_start_of(visible, sentence[0], figure.start)
    quote_start = subject_start if subject_start is not None else clause_start
    if figure.end - quote_start > _LONGEST_QUOTE:
        quote_start = clause_start  # the subject is clauses away: the figure's own clause is the shortest quote
    quoted = visible[quote_start : _bracket_closed(visible, quote_start, figure.end)]
    quote = " ".join(part for part in _QUOTE_SPACES.split(quoted) if part)
    whole = share_of(extraction, figure, metric) or place_share_of(extraction, figure, metric)
    if whole is None:  # a share is a percent of its whole, never in its own metric's unit
        note_unit(extraction, metric, figure)
    place = extraction.article.place(extraction.article.source_offset(figure.start))
    return ExtractedFigure(figure, kind, period, since, said_by, cites, metric, metric_name, quote, place,
                           tuple(checks), starts_change, whole)


def _period_guessed(figure: ExtractedFigure) -> bool:
    """Whether the figure's period is a guess (none before it): the figures after it do not pass it on as found."""
    return any(check.startswith(_PERIOD_GUESSES) for check in figure.checks)


def _tied_metric(
    extraction: Extraction, figure: FoundFigure, tie: Tie | None
) -> tuple[str, str, int | None, str | None] | None:
    """The metric of the figure a figure is tied to, when its unit fits (one metric, one unit)."""
    if tie is None:
        return None
    metric = tie.other.metric
    unit = metric_unit(figure)
    if unit not in ("", extraction.metrics[metric][1]) and extraction.metrics[metric][1] != "":
        return None
    check = {
        LEVEL: "metric: the amount in brackets after a change, read as the level of its subject",
        AMOUNT_CHANGE: "change: the amount in brackets inside the change, read as the same change in absolute terms",
    }.get(tie.relation, "metric: the sentence opens with a pronoun, read as a change of the previous sentence's figure")
    return metric, tie.other.metric_name, None, check


def _has_verb(language: str, clause: str) -> bool:
    """Whether a clause has a verb of its own: "but some 650,000 units down on 2019" has none."""
    return any(word.part == VERB for word in words_of(clause, 0, language, -1))


def _possessive_period(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int]) -> PeriodMention | None:
    """A period in the possessive before the figure's noun phrase: "2019's pre-pandemic 2.3m", "September's 15%"."""
    visible = extraction.article.visible
    before = [m for m in extraction.periods.within(max(sentence[0], figure.start - _POSSESSIVE_REACH), figure.start)
              if not m.duration and not m.baseline]
    if not before or before[-1].equalled or not _POSSESSIVE_GAP.fullmatch(visible, before[-1].end, figure.start):
        return None
    return before[-1]


def _own_words_after(after: str) -> str:
    """The words after a figure that are its own: to the end of its clause (")" closes an aside).

    None when another figure follows in the clause: "2,3 млрд при консенсусе в 2,1 млрд" (the cue is the next one's).
    """
    end = _CLAUSE_END.search(after)
    if end is None:
        return after
    return "" if end.group(0)[:1].isdigit() else after[: end.start()]


def _kind_of(visible: str, figure: FoundFigure, cue_text: str, sentence_before: str, future_year: bool) -> str:
    """The kind a figure's clause gives it: a forecast, an estimate, a target or (with no cue) an actual.

    "39 analysts expected ..." counts the forecasters: the count itself is an actual.
    """
    if _counts_forecasters(visible, figure):
        return "actual"
    if _FORECAST_CUES.search(cue_text) or _FORECAST_ASIDE.search(sentence_before):
        return "forecast"
    if _ESTIMATE_CUES.search(cue_text) or _ESTIMATE_LEAD.match(sentence_before):
        # the analysts' estimate predicts what a company will report; anyone else's estimates a past value
        return "forecast" if _FORECASTERS.search(cue_text) or _FORECASTERS.search(sentence_before) else "estimate"
    if _TARGET_CUES.search(cue_text) or future_year:
        return "target"
    if _FUTURE_MODAL.search(cue_text):
        return "forecast"
    return "actual"


def _counts_forecasters(visible: str, figure: FoundFigure) -> bool:
    """A bare number followed by the forecasters it counts: "39 analysts", "12 экономистов"."""
    if figure.form != "value" or not isinstance(figure.figure, Amount) or figure.figure.unit is not None:
        return False
    return bool(_COUNTED_FORECASTERS.match(visible, figure.end))


def _so_far_this_year(extraction: Extraction, checks: list[str]) -> str:
    """An actual figure "in 2021" printed before 2021 is over is the year so far: its months up to the last one.

    News gives this year's running totals as "in 2021" ("now account for 16.6 per cent ... in 2021"); a whole
    year that has not ended cannot have an actual figure.
    """
    published = extraction.published
    if published.month == 1:
        return str(published.year)  # no whole month of the year has passed: leave it for the journalist
    checks.append("period: the year is not over at publication; taken as the year so far")
    return months_label(published.year, 1, published.month - 1)


def _headline_period(extraction: Extraction, figure: FoundFigure, checks: list[str]) -> str:
    """The period of a figure printed before the text names any: a headline's figure is the lead's.

    News states the period in the lead, not in the headline above it; with no period anywhere, the year before
    publication (the last whole year) is the guess.
    """
    lead = None if extraction.periods.last_dated_before(figure.start) else extraction.periods.first_dated_after(
        figure.end)
    if lead is not None:
        checks.append("period: none before the figure; taken from the first the text names")
        return lead.text
    checks.append("period: not found in the sentence or paragraph")
    return str(extraction.published.year - 1)


def _bracket_closed(visible: str, quote_start: int, quote_end: int) -> int:
    """Where a quote ends that opens a bracket before its figure: after the bracket's few words ("(20% share)")."""
    if visible.count("(", quote_start, quote_end) <= visible.count(")", quote_start, quote_end):
        return quote_end
    closing = _BRACKET_END.match(visible, quote_end)
    return closing.end() if closing else quote_end


def _period_for(
    extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int], paragraph: tuple[int, int], kind: str,
    checks: list[str],
) -> tuple[str | None, str | None]:
    """The figure's period and baseline: its sentence first, then its paragraph, then the article before it."""
    index = extraction.periods
    visible = extraction.article.visible
    own = _possessive_period(extraction, figure, sentence)
    if own is not None:  # "2019's pre-pandemic 2.3m performance": the period the figure belongs to
        if own.check:
            checks.append(own.check)
        return own.text, None
    # "по сравнению с январем 2015 года", "than in 2022": the other end of a comparison, not the figure's period
    in_sentence = [m for m in index.within(sentence[0], sentence[1]) if not m.baseline and not m.compared
                   and not _COMPARED.search(visible[max(sentence[0], m.start - 25) : m.start])
                   and not is_comparative_baseline(visible, sentence[0], m.start)]
    before = [m for m in in_sentence if m.end <= figure.start]
    after = [m for m in in_sentence if m.start >= figure.end]
    duration = before[-1].text if before and before[-1].duration else None
    dated_before = [m for m in before if not m.duration]
    dated_after = [m for m in after if not m.duration]
    if duration is not None:
        return None, duration  # "за пять лет ... в 5 раз": the figure's span is the five years
    chosen = None
    close_after = [m for m in dated_after if _BOUND_PERIOD_GAP.fullmatch(visible[figure.end : m.start])]
    # "против 45 212 рублей в декабре 2015 года", "from $13.48 billion in 2013": the compared figure's own period
    compared_after = [m for m in index.within(figure.end, sentence[1]) if m.compared and not m.duration and not
                      m.baseline and not m.equalled and _BOUND_PERIOD_GAP.fullmatch(visible[figure.end : m.start])]
    if compared_after and figure.form != "change":
        close_after = compared_after
    baseline_value = figure.form != "change" and printed_as_change_start(visible, sentence[0], figure)
    earlier = _earlier_by_phrase(extraction, figure, sentence, dated_before, paragraph, checks)
    if earlier is not None:
        return earlier, None
    if close_after:
        # "from 1.5% in 2016", "$533 млн в 2024 году", "dipped 0.3% in April but rose 0.6% in May": the period
        # right after a figure binds to it
        chosen = close_after[0]
    elif baseline_value and dated_before:
        # "rose 8% to $14.55 million from $13.48 billion": the start of a change, a year before its end
        checks.append("period: the start of a change, taken as a year before the sentence's period")
        return _year_earlier(dated_before[-1].text), None
    elif dated_before:
        chosen = dated_before[-1]
    elif dated_after and figure.form != "change" and not any(m.duration for m in before) and not re.search(
            r"\d", visible[figure.end : dated_after[0].start]):  # not another figure's period
        chosen = dated_after[0]
    if chosen is not None:
        if chosen.check:
            checks.append(chosen.check)
        return _expected_in_year_of_publication(chosen, kind, extraction.published.year, checks), None
    if kind not in _DATED_KINDS:
        return None, None  # a target or forecast stays undated unless its own sentence dates it
    period = _context_period(extraction, sentence, paragraph, checks)
    if period is not None and baseline_value:
        checks.append("period: the start of a change, taken as a year before the text's period")
        return _year_earlier(period), None
    return period, None


def _earlier_by_phrase(
    extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int], dated_before: list[PeriodMention],
    paragraph: tuple[int, int], checks: list[str],
) -> str | None:
    """The period of a figure dated by a phrase after it: its sentence's period, that far back.

    "103.2 points the month before", "3,980 vessels a year earlier"; a change keeps such a phrase as its baseline.
    """
    if figure.form == "change":
        return None
    visible = extraction.article.visible
    after = [m for m in extraction.periods.within(figure.end, sentence[1]) if not m.duration]
    if not after or not after[0].baseline or after[0].text not in ("P1M", "P1Y") or not _PHRASE_GAP.fullmatch(
            visible, figure.end, after[0].start):
        return None
    reference = dated_before[-1].text if dated_before else _context_period(extraction, sentence, paragraph, [])
    earlier = _year_earlier(reference) if reference and after[0].text == "P1Y" else _month_earlier(reference)
    if earlier is not None:
        checks.append("period: a figure dated by a phrase after it ('the month before', 'a year earlier')")
    return earlier


def _expected_in_year_of_publication(mention: PeriodMention, kind: str, published_year: int, checks: list[str]) -> str:
    """A month with no year is the last one before publication, unless the figure is expected: then it is to come.

    "Inflation was 5% in December" (published in October) is last December's; "inflation is expected to slow to
    5% in December" is this December's.
    """
    if kind in _DATED_KINDS or mention.check != YEAR_INFERRED or not mention.text.startswith(str(published_year - 1)):
        return mention.text
    checks.append("period: expected, so the month to come in the year of publication")
    return re.sub(r"\d{4}", lambda year: str(int(year.group(0)) + 1), mention.text)


def _same_sentence(visible: str, first: int, second: int) -> bool:
    """Whether two places are in one sentence: near, with no full stop and space between them."""
    start, end = min(first, second), max(first, second)
    return end - start <= _CONTEXT and not _SENTENCE_END.search(visible, start, end)


def _context_period(
    extraction: Extraction, sentence: tuple[int, int], paragraph: tuple[int, int], checks: list[str]
) -> str | None:
    """The period the text is about when a figure's sentence names none, with the check that says so."""
    period = _context_period_named(extraction, sentence, paragraph, checks)
    lead = extraction.periods.first_dated_after(0)
    if (period is not None and lead is not None and not lead.compared and lead.start < sentence[0]
            and _is_earlier_twin(period, lead.text)):
        # "на 1 ноября ... намолочено 52 млн тонн. На 1 ноября 2012 г. было собрано 41 млн тонн. В частности...":
        # the same days of an earlier year are named for comparison; the text goes on about its lead's period
        checks.append("period: an earlier year's same period was named for comparison; taken from the lead")
        return lead.text
    return period


def _is_earlier_twin(label: str, lead: str) -> bool:
    """Whether a period is the same days or months as the lead's in an earlier year: 2012-11-01 of 2013-11-01."""
    years, lead_years = re.findall(r"\d{4}", label), re.findall(r"\d{4}", lead)
    return (bool(years) and len(years) == len(lead_years) and re.sub(r"\d{4}", "", label) == re.sub(r"\d{4}", "", lead)
            and all(int(year) < int(lead_year) for year, lead_year in zip(years, lead_years, strict=True)))


def _context_period_named(
    extraction: Extraction, sentence: tuple[int, int], paragraph: tuple[int, int], checks: list[str]
) -> str | None:
    """The period the last figures or sentences before the figure's sentence name."""
    index = extraction.periods
    # the period the text is about: that of the last figure (not of a change's start), else the last one named
    recent = list(islice(reversed(extraction.figures), _RECENT_FIGURES))  # bounded: constant work per figure
    last = next((f for f in recent if f.period and f.kind == "actual" and not f.starts_change
                 and not _period_guessed(f)), None)
    earlier = index.last_dated_before(sentence[0], paragraph[0])
    if last is not None and last.found.start >= paragraph[0]:
        checks.append("period: taken from an earlier sentence of the paragraph")
        return last.period
    # "The company expects third-quarter revenue of ...": the period of what is expected is not the text's
    expected = [f for f in recent if f.kind not in _DATED_KINDS and f.found.start >= paragraph[0]]
    if earlier is not None and not any(_same_sentence(extraction.article.visible, earlier.start, f.found.start)
                                       for f in expected):
        checks.append("period: taken from an earlier sentence of the paragraph")
        return earlier.text
    if last is not None:
        checks.append("period: taken from an earlier paragraph")
        return last.period
    earlier = index.last_dated_before(paragraph[0])
    if earlier is not None and not earlier.target:
        checks.append("period: taken from an earlier paragraph")
        return earlier.text
    return None


def _baseline(
    extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int], period: str | None, since: str | None,
    checks: list[str],
) -> str | None:
    """What a change is measured from: a year or "last year" after it, the same period a year earlier, P1Y."""
    if since is not None:
        return since
    sentence_start, sentence_end = sentence
    after = extraction.article.visible[figure.end : sentence_end]
    match = _BASELINE.search(after[:80])
    if match:
        if match.group(1):
            return match.group(1)
        return _previous_year(period)
    visible = extraction.article.visible
    compared = [m for m in extraction.periods.within(sentence_start, sentence_end) if not m.duration and (
                m.compared or _COMPARED.search(visible[max(sentence_start, m.start - 25) : m.start]))]
    # the nearest after the figure ("30,000 up on 2020, but 650,000 down on 2019"), else the last before it
    compared = ([m for m in compared if m.start >= figure.end]
                or [m for m in reversed(compared) if m.end <= figure.start])
    if compared and not compared[0].baseline:
        return compared[0].text  # "по сравнению с январем 2015 года ... на 6,3%", "up 5% from 2022"
    own = _own_baseline(extraction, figure, sentence)
    if own is not None and own.same_months_in is not None:
        # "за такой же период 2024 года": the figure's months in the year named
        return _in_year(period, own.same_months_in) if period else str(own.same_months_in)
    if own is not None and own.text == "P1M":
        return _month_earlier(period) or "P1M"  # "по сравнению с предыдущим месяцем", "month-on-month"
    if own is not None and own.text in ("P1W", "P3M", "P1Y"):
        return own.text  # "week-on-week", "quarter-on-quarter", "в годовом сравнении"
    same_period = [m for m in extraction.periods.within(figure.end, sentence_end) if m.baseline]
    if same_period and same_period[0].since:
        return same_period[0].text  # "up 20% since 2010", "на 20% больше, чем с 2010 года"
    if same_period:
        return "P1Y"  # "than in the same period last year", "за тот же период прошлого года"
    if _PREVIOUS_YEAR_OBJECT.search(after[:60]):
        return _previous_year(period)
    named = named_baseline(extraction, figure, period, checks)  # "на 5% меньше показателей января-сентября 2024 года"
    if named is not None:
        return named
    if _is_week(period):  # "rose $120 for the week": a change over the week, from the one before
        checks.append("since: a change over a week, taken from the week before")
        return "P1W"
    checks.append("since: assumed the same period a year earlier")
    return "P1Y"


def _is_week(period: str | None) -> bool:
    """Whether a period is a run of seven days: 2024-06-19/2024-06-25."""
    days = re.fullmatch(r"(\d{4}-\d\d-\d\d)/(\d{4}-\d\d-\d\d)", period or "")
    return days is not None and (date.fromisoformat(days.group(2)) - date.fromisoformat(days.group(1))).days == 6


def _own_baseline(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int]) -> PeriodMention | None:
    """The baseline phrase that is the figure's own: the first after it, else the last before it.

    "-4,5% в месячном сравнении, но +8% – в годовом": each change has its own, with no other figure between.
    """
    visible = extraction.article.visible
    baselines = [m for m in extraction.periods.within(sentence[0], sentence[1]) if m.baseline and not m.since]
    after = [m for m in baselines if m.start >= figure.end]
    if after and not re.search(r"\d", visible[figure.end : after[0].start]):
        return after[0]
    before = [m for m in baselines if m.end <= figure.start]
    if before and not re.search(r"\d", visible[before[-1].end : figure.start]):
        return before[-1]
    return after[0] if after and not before else before[-1] if before and not after else None


def _in_year(period: str, year: int) -> str:
    """The same months in another year: 2025-01/2025-09 in 2024 -> 2024-01/2024-09 (a span keeps its length)."""
    first = re.match(r"\d{4}", period)
    if first is None:
        return str(year)
    shift = year - int(first.group(0))
    return re.sub(r"\d{4}", lambda found: str(int(found.group(0)) + shift), period)


def _month_earlier(period: str | None) -> str | None:
    """The month before a month: 2016-01 -> 2015-12; None for any other period."""
    month = re.fullmatch(r"(\d{4})-(\d\d)", period or "")
    if month is None:
        return None
    year, number = divmod(int(month.group(1)) * 12 + int(month.group(2)) - 2, 12)
    return f"{year}-{number + 1:02d}"


def _year_earlier(label: str) -> str:
    """The same period a year earlier: 2017 -> 2016, 2014-Q3 -> 2013-Q3, 2025-01/2025-08 -> 2024-01/2024-08."""
    return re.sub(r"\d{4}", lambda year: str(int(year.group(0)) - 1), label)


def _previous_year(period: str | None) -> str:
    year = re.match(r"\d{4}", period or "")
    return str(int(year.group(0)) - 1) if year else "P1Y"
