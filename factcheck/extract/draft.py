"""A first draft of a claims file from an article, read from the sentence around each figure.

Every figure gets its period, kind, baseline, speaker, metric and quote, from its sentence first and then
its paragraph. The journalist corrects the draft; what the extractor guessed is marked for checking.
"""

from __future__ import annotations

import re
from datetime import date

from factcheck.article import ArticleText
from factcheck.extract.metrics import metric_of, note_unit
from factcheck.extract.model import ExtractedFigure, Extraction, SourceGuess
from factcheck.extract.periods import TARGET_YEAR, YEAR, find_periods
from factcheck.extract.sources import People, attribution
from factcheck.extract.text import clause_start_of, detect_language, sentence_spans, slug, spans_between, title_of
from factcheck.figures import FoundFigure, find_figures

_TARGET_CUES = re.compile(
    r"планир\w*|план\w*|цел[ьиейяю]\w*|планк\w*|намер\w*|рассчитыва\w*|достижим\w*|\bplan\w*|target\w*|goal\w*|"
    r"\baim\w*",
    re.IGNORECASE,
)


_FORECAST_CUES = re.compile(r"прогноз\w*|ожида\w*|forecast\w*|expect\w*|project(?:ed|ion)\w*", re.IGNORECASE)


_BASELINE = re.compile(
    r"(?:чем|по сравнению с|относительно|против|than|compared (?:with|to)|from)\s+(?:в\s+|in\s+)?"
    rf"(?:{YEAR}(?:-?м|\s*год\w*)?|(прошл\w+\s+год\w*|last\s+year))",
    re.IGNORECASE,
)


_PREVIOUS_YEAR_OBJECT = re.compile(r"прошл\w+\s+год\w*|last\s+year|previous\s+year", re.IGNORECASE)


_LONGEST_QUOTE = 90


def extract(article: ArticleText, *, language: str = "auto", published: date | None = None,
            outlet: str | None = None) -> Extraction:
    """Find every figure of the article and what a claim needs about it."""
    visible = article.visible
    language = detect_language(visible) if language == "auto" else language
    published_guessed = published is None
    published = published or date.today()
    outlet_name = outlet or "Outlet"
    outlet_source = SourceGuess(slug(outlet_name), outlet_name, "outlet")
    extraction = Extraction(article, language, published, title_of(visible), outlet_source, published_guessed)
    extraction.sources[outlet_source.id] = outlet_source
    people = People()
    last_metric_by_dimension: dict[str, str] = {}
    paragraphs = list(spans_between(visible, r"\n[ \t]*\n"))
    for paragraph_start, paragraph_end in paragraphs:
        paragraph = visible[paragraph_start:paragraph_end]
        people.learn(paragraph)
        speaker = people.speaker_of(paragraph, extraction)
        sentences = [(paragraph_start + s, paragraph_start + e) for s, e in sentence_spans(paragraph)]
        for figure in find_figures(paragraph, language):
            start, end = paragraph_start + figure.start, paragraph_start + figure.end
            sentence_start, sentence_end = next(
                ((s, e) for s, e in sentences if s <= start < e), (paragraph_start, paragraph_end)
            )
            located = FoundFigure(start, end, figure.text, figure.form, figure.relation, figure.figure,
                                  figure.numbers)
            extraction.figures.append(_describe(
                extraction, located, (sentence_start, sentence_end), (paragraph_start, paragraph_end), speaker,
                people, last_metric_by_dimension,
            ))
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
    # kind, from cues in the figure's own clause
    clause_before = visible[clause_start_of(visible, sentence[0], figure.start) : figure.start]
    clause_after = re.split(r"[,;:.!?]|\s[-–—]\s|\sа\s|\sbut\s", after, maxsplit=1)[0]
    cue_text = clause_before[-80:] + " " + clause_after[:60]
    future_year = next((int(m.group(1)) for m in TARGET_YEAR.finditer(cue_text)
                        if int(m.group(1)) >= extraction.published.year), None)
    kind = "actual"
    if _FORECAST_CUES.search(cue_text):
        kind = "forecast"
    elif _TARGET_CUES.search(cue_text) or future_year is not None:
        kind = "target"
    # period: the sentence first (preceding mentions, then following), then the paragraph before it
    period, since = _period_for(extraction, figure, sentence, paragraph, kind, checks)
    # baseline of a change
    if figure.form == "change":
        since = _baseline(after, period, since, checks)
        if period is None:
            period = str(extraction.published.year - 1)
            checks.append("period: not found; a change needs one")
    if period is None and kind == "actual":
        period = str(extraction.published.year - 1)
        checks.append("period: not found in the sentence or paragraph")
    # attribution
    said_by, cites = attribution(extraction, figure, sentence_text, before, speaker, people)
    # metric and quote
    metric, metric_name, subject_start, metric_check = metric_of(extraction, figure, sentence, last_metric)
    if metric_check:
        checks.append(metric_check)
    clause_start = clause_start_of(visible, sentence[0], figure.start)
    quote_start = subject_start if subject_start is not None else clause_start
    if figure.end - quote_start > _LONGEST_QUOTE:
        quote_start = clause_start  # the subject is clauses away: the figure's own clause is the shortest quote
    quote = " ".join(visible[quote_start : figure.end].split())
    note_unit(extraction, metric, figure)
    place = extraction.article.place(extraction.article.source_offset(figure.start))
    return ExtractedFigure(figure, kind, period, since, said_by, cites, metric, metric_name, quote, place,
                           tuple(checks))


def _period_for(
    extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int], paragraph: tuple[int, int], kind: str,
    checks: list[str],
) -> tuple[str | None, str | None]:
    visible = extraction.article.visible
    published = extraction.published
    in_sentence = find_periods(visible[sentence[0] : sentence[1]], published)
    offset = sentence[0]
    before = [m for m in in_sentence if offset + m.end <= figure.start]
    after = [m for m in in_sentence if offset + m.start >= figure.end]
    duration = before[-1].text if before and before[-1].duration else None
    dated_before = [m for m in before if not m.duration]
    dated_after = [m for m in after if not m.duration]
    if duration is not None:
        return None, duration  # "за пять лет ... в 5 раз": the figure's span is the five years
    if dated_before:
        return dated_before[-1].text, None
    if dated_after and figure.form != "change" and not any(m.duration for m in before):
        return dated_after[0].text, None
    if kind != "actual":
        return None, None  # a target or forecast stays undated unless its own sentence dates it
    earlier = [m for m in find_periods(visible[paragraph[0] : sentence[0]], published) if not m.duration]
    if earlier:
        checks.append("period: taken from an earlier sentence of the paragraph")
        return earlier[-1].text, None
    return None, None


def _baseline(after: str, period: str | None, since: str | None, checks: list[str]) -> str | None:
    if since is not None:
        return since
    match = _BASELINE.search(after[:80])
    if match:
        if match.group(1):
            return match.group(1)
        return _previous_year(period)
    if _PREVIOUS_YEAR_OBJECT.search(after[:60]):
        return _previous_year(period)
    checks.append("since: assumed the same period a year earlier")
    return "P1Y"


def _previous_year(period: str | None) -> str:
    year = re.match(r"\d{4}", period or "")
    return str(int(year.group(0)) - 1) if year else "P1Y"
