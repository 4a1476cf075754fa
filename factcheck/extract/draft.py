"""A first draft of a claims file from an article: every figure, with what its readers read around it.

`extract` finds the figures (leaving out what is not one, factcheck/not_figures.py) and, for each, runs the
readers in order, each from the figure's context (factcheck/extract/context.py): form and sign (as the figure
is printed, factcheck/extract/readers/form/), kind (readers/kind.py), period and baseline (readers/period.py),
speaker and cited source (sources.py), subject, metric and share (metrics.py, with shares.py and places.py),
then the quote. Each reader's evidence travels on the figure; the claims writer alone words the guesses.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace
from datetime import date

from factcheck.article import ArticleText, paragraph_break
from factcheck.extract.context import CONTEXT_REACH, FigureContext
from factcheck.extract.equal_periods import equal_period_twins
from factcheck.extract.headline import periods_restated_in_body
from factcheck.extract.model import ExtractedFigure, Extraction, Misprint, SourceGuess
from factcheck.extract.periods import PeriodIndex
from factcheck.extract.readers.cites import CARRIED_CITES_CHECK, carried_cites
from factcheck.extract.readers.form import (
    AMOUNT_CHANGE,
    LEVEL,
    PREVIOUS_SHARE,
    WHOLE_GUESSED_CHECK,
    Tie,
    as_printed_change,
    printed_as_change_start,
    read_form,
    tie_of,
    whole_of_part,
    whole_of_plan,
)
from factcheck.extract.readers.kind import KindCue, KindReading, read_kind
from factcheck.extract.readers.metric import metric_of, metric_unit, note_unit, share_of
from factcheck.extract.readers.metric.common import counts_things
from factcheck.extract.readers.period import not_begun, own_period_of, read_period
from factcheck.extract.readers.speaker import People, attribution
from factcheck.extract.readers.unit import ELIDED_UNIT_CHECK, PART_UNIT_CHECK, change_only_units, with_elided_unit
from factcheck.extract.segments import declare_segments
from factcheck.extract.text import (
    clause_start_of,
    detect_language,
    sentence_spans,
    slug,
    spans_between,
    title_of,
    with_guillemets,
)
from factcheck.figures import FoundFigure, find_figures
from factcheck.not_figures import NotFigures, day_date_spans, misprints, publication_date

_LONGEST_QUOTE = 90
# runs of white space a quote folds to one space; line and paragraph separators stay, as the article has them,
# since quote-not-found folds spaces but not them
_QUOTE_SPACES = re.compile(r"[^\S\x85\u2028\u2029]+")
_BRACKET_END = re.compile(r"[^\d()\n.!?]{0,20}\)")  # the rest of a bracket after its figure: " share)", ")"

# figures (as found, dates and other numbers among them) read on either side of a figure within its sentence: more
# than any news sentence lists, fewer than a run-on list of hundreds
FIGURES_REACH = 30
FUTURE_PERIOD_CHECK = "kind: a figure of a period that had not begun at publication, read as a forecast"


def extract(article: ArticleText, *, language: str = "auto", published: date | None = None,
            outlet: str | None = None) -> Extraction:
    """Find every figure of the article and what a claim needs about it."""
    visible = article.visible
    language = detect_language(visible) if language == "auto" else language
    as_printed = visible  # claims quote the text as printed
    if language == "ru":  # the readers read names and quotations set in «», however the copy typed them
        article = replace(article, text=with_guillemets(article.text))
        visible = article.visible
    published_guessed = False
    if published is None:
        published = publication_date(visible)  # the dateline, when the article has one
    if published is None:
        published, published_guessed = date.today(), True
    outlet_name = outlet or "Outlet"
    outlet_source = SourceGuess(slug(outlet_name), outlet_name, "outlet")
    extraction = Extraction(article, language, published, title_of(as_printed), outlet_source,
                            PeriodIndex(visible, published, day_date_spans(visible)), published_guessed,
                            printed=as_printed)
    extraction.sources[outlet_source.id] = outlet_source
    people = People(extraction)
    last_metric_by_dimension: dict[str, str] = {}
    paragraphs = list(spans_between(visible, paragraph_break(visible)))
    extraction.paragraph_starts = [start for start, _ in paragraphs] or [0]
    not_figures = NotFigures(visible)
    # "12,404,5531": the figure reader drops it; the draft says where it was and why it has no claim
    extraction.misprints = [Misprint(visible[start:end], article.place(article.source_offset(start)), why)
                            for start, end, why in misprints(visible, language)]
    for paragraph_start, paragraph_end in paragraphs:
        paragraph = visible[paragraph_start:paragraph_end]
        people.learn(paragraph)
        speaker = people.speaker_of(paragraph)
        sentences = [(paragraph_start + s, paragraph_start + e) for s, e in sentence_spans(paragraph)]
        sentence_starts = [s for s, _ in sentences]
        printed = list(itertools.accumulate((not char.isspace() for char in paragraph), initial=0))
        found_figures = find_figures(paragraph, language)
        for index, figure in enumerate(found_figures):
            start, end = paragraph_start + figure.start, paragraph_start + figure.end
            if not_figures.excludes(start, end, figure.figure):
                continue  # a date, a time, an ordinal, a label, a span of time, "19-country": not a figure
            found = bisect.bisect_right(sentence_starts, start) - 1
            sentence_start, sentence_end = (
                sentences[found] if found >= 0 and start < sentences[found][1] else (paragraph_start, paragraph_end)
            )
            # what is read around a figure is bounded, so a run-on "sentence" keeps the work linear; the bound counts
            # what is printed, not spaces, so "1,4 %" for "1,4%" in a long list moves no item out of its sentence
            sentence_start = max(sentence_start, paragraph_start + bisect.bisect_left(
                printed, printed[start - paragraph_start] - CONTEXT_REACH))
            sentence_end = min(sentence_end, paragraph_start + bisect.bisect_right(
                printed, printed[end - paragraph_start] + CONTEXT_REACH) - 1)
            # nor past FIGURES_REACH figures on either side: a sentence listing hundreds of figures ("5%, 5%, ...")
            # is read around each figure no further than a long list's, so each reader's work per figure is bounded
            if index > FIGURES_REACH:
                sentence_start = max(sentence_start, paragraph_start + found_figures[index - FIGURES_REACH - 1].end)
            if index + FIGURES_REACH + 1 < len(found_figures):
                sentence_end = min(sentence_end, paragraph_start + found_figures[index + FIGURES_REACH + 1].start)
            located = FoundFigure(start, end, figure.text, figure.form, figure.relation, figure.figure,
                                  figure.numbers, figure.evidence and figure.evidence.shifted(paragraph_start))
            # "снизились на 10%, автобусов - на 20%", "на 5% меньше показателей ...": the sign the sentence gives
            located = as_printed_change(extraction, located, sentence_start)
            # "расходы – 101,5 млрд" after "98,3 млрд рублей": the currency its paragraph printed once
            located = with_elided_unit(extraction, located, paragraph_start, sentence_start)
            described = _describe(
                extraction, located, (sentence_start, sentence_end), (paragraph_start, paragraph_end), speaker,
                people, last_metric_by_dimension,
            )
            extraction.figures.append(described)
            extraction.figures += equal_period_twins(extraction, described, sentence_start)
    declare_segments(extraction)
    periods_restated_in_body(extraction)  # "Вклады выросли на 12% с начала года" over the body's same 12%
    change_only_units(extraction)  # "Реальные зарплаты выросли на 14,9%": a change's metric, in the text's currency
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
    own_period = own_period_of(extraction, figure, sentence)
    starts_change = figure.form != "change" and (
        printed_as_change_start(visible, sentence[0], figure) or (own_period is not None and own_period.compared))
    context = FigureContext.of(visible, extraction.language, extraction.published, figure, sentence, paragraph)
    kind_reading = read_kind(context, starts_change=starts_change)
    kind = kind_reading.kind
    # a figure tied to the one before it ("(5 000 шт.)" after a change, "Это на 5%") shares its period
    tie = tie_of(extraction, figure, sentence[0])
    period_reading = read_period(extraction, figure, sentence, paragraph, kind, tie, checks,
                                 running_total=context.running_total)
    period, since = period_reading.period, period_reading.since
    if kind == "actual" and not starts_change and not_begun(period, extraction.published):
        # "доходы бюджета на следующий год составляют 100 млрд": no actual figure is of a period to come
        kind_reading = KindReading("forecast", KindCue.FUTURE_PERIOD)
        kind = kind_reading.kind
        checks.append(FUTURE_PERIOD_CHECK)
    # attribution
    said_by, cites, said_by_found = attribution(extraction, figure, sentence_text, before, speaker, people)
    if figure.unit_carried:
        checks.append(PART_UNIT_CHECK if counts_things(figure) else ELIDED_UNIT_CHECK)
    if cites is None and said_by.id == extraction.outlet.id:
        # "..., сообщил Росстат" named once
        cites = carried_cites(extraction.figures, extraction.outlet, people, sentence_text)
        if cites is not None:
            checks.append(CARRIED_CITES_CHECK)
    # metric and quote
    tied_metric = _tied_metric(extraction, figure, tie)
    if tied_metric is not None:
        metric, metric_name, subject_start, metric_check = tied_metric
    else:
        metric, metric_name, subject_start, metric_check = metric_of(extraction, figure, sentence, last_metric,
                                                                     running_total=context.running_total)
    if metric_check:
        checks.append(metric_check)
    clause_start = clause_start_of(visible, sentence[0], figure.start)
    quote_start = subject_start if subject_start is not None else clause_start
    if figure.end - quote_start > _LONGEST_QUOTE:
        quote_start = clause_start  # the subject is clauses away: the figure's own clause is the shortest quote
    quoted = (extraction.printed or visible)[quote_start : _bracket_closed(visible, quote_start, figure.end)]
    quote = " ".join(part for part in _QUOTE_SPACES.split(quoted) if part)
    whole = share_of(extraction, figure, metric) or whole_of_plan(extraction, figure, metric)
    if whole is None and (whole := whole_of_part(extraction, figure, metric)) is not None:
        checks.append(WHOLE_GUESSED_CHECK)  # a share whose whole is not read: `of` is a guess
    if whole is None:  # a share is a percent of its whole, never in its own metric's unit
        note_unit(extraction, metric, figure)
    place = extraction.article.place(extraction.article.source_offset(figure.start))
    return ExtractedFigure(figure, kind, period, since, said_by, cites, metric, metric_name, quote, place,
                           tuple(checks), starts_change, whole, kind_reading=kind_reading,
                           period_evidence=period_reading.evidence, said_by_found=said_by_found,
                           form_found=read_form(figure, whole))


def _tied_metric(
    extraction: Extraction, figure: FoundFigure, tie: Tie | None
) -> tuple[str, str, int | None, str | None] | None:
    """The metric of the figure a figure is tied to, when its unit fits (one metric, one unit)."""
    if tie is None:
        return None
    metric = tie.other.metric
    unit = metric_unit(figure)
    if unit not in ("", extraction.metrics[metric][1]) and extraction.metrics[metric][1] != "" \
            and tie.relation != PREVIOUS_SHARE:  # a share of the amount's plan is in the amount's metric
        return None
    check = {
        PREVIOUS_SHARE: "metric: the sentence opens with a pronoun, read as a share of the previous sentence's figure",
        LEVEL: "metric: the amount in brackets after a change, read as the level of its subject",
        AMOUNT_CHANGE: "change: the amount in brackets inside the change, read as the same change in absolute terms",
    }.get(tie.relation, "metric: the sentence opens with a pronoun, read as a change of the previous sentence's figure")
    return metric, tie.other.metric_name, None, check


def _bracket_closed(visible: str, quote_start: int, quote_end: int) -> int:
    """Where a quote ends that opens a bracket before its figure: after the bracket's few words ("(20% share)")."""
    if visible.count("(", quote_start, quote_end) <= visible.count(")", quote_start, quote_end):
        return quote_end
    closing = _BRACKET_END.match(visible, quote_end)
    return closing.end() if closing else quote_end


