"""A headline's figure the text gives again: the headline restates it, so it is of that figure's period.

"Вклады жителей области выросли на 12% с начала года" over "На 1 сентября ... С начала года вклады увеличились на
12%": the headline read alone dates its change to the publication day, a guess; the body names the stock's day.
A headline's figure whose period was read in its own words ("in 2024") keeps it.
"""

from dataclasses import replace

from factcheck.extract.model import ExtractedFigure, Extraction
from factcheck.extract.period_evidence import PeriodEvidence, PeriodFound
from factcheck.extract.text import headline_proper_end

_LOOKED_AHEAD = 40  # figures of the body read for the headline's: a headline restates the lead, not the end


def periods_restated_in_body(extraction: Extraction) -> None:
    """Give each headline figure with a guessed period the period of the first body figure that restates it."""
    visible = extraction.article.visible
    end = headline_proper_end(visible)
    if end < 0:
        return  # no headline: a first line that is a sentence, or the whole text
    body = [f for f in extraction.figures if f.found.start > end][:_LOOKED_AHEAD]
    for at, figure in enumerate(extraction.figures):
        if figure.found.end > end:
            break
        if not any(reading.found.guess and reading.found.field == "period" for reading in figure.period_evidence):
            continue
        again = next((f for f in body if _restates(figure, f)), None)
        if again is not None:
            since = tuple(r for r in again.period_evidence if r.found.field == "since")
            extraction.figures[at] = replace(figure, period=again.period, since=again.since, period_evidence=(
                PeriodEvidence(PeriodFound.RESTATED_IN_BODY, (again.found.start, again.found.end)), *since))


def _restates(headline: ExtractedFigure, body: ExtractedFigure) -> bool:
    """Whether a body figure is the headline's again: the same value in the same unit, the same form and kind."""
    return body.period is not None and body.found.figure == headline.found.figure \
        and body.found.form == headline.found.form and body.kind == headline.kind
