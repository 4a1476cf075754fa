"""A figure said to equal that of another period holds for both: "equalled their September share of 15.2%".

"Uptake equalled their September market share of 15.2 per cent", "matched last year's 3%", "повторила
сентябрьский показатель в 15,2%", "5%, equal to February's level", "15%, как и в сентябре": the figure is the
sentence's own period's and the named period's. The draft writes a second claim for the named period, marked
for checking, so that `period-conflict` can compare them.
Levels only (shares, rates, prices): the same level in two periods is `info`, while the same amount of a flow
would be reported as an error the article made on purpose.
"""

from __future__ import annotations

import dataclasses
import re

from factcheck import lexicon
from factcheck.extract.model import ExtractedFigure, Extraction
from factcheck.extract.period_evidence import PeriodEvidence, PeriodFound
from factcheck.extract.periods import month_number, years_shifted

_EQUAL = re.compile(
    r"\b(?:" + "|".join(lexicon.EQUAL_VERB_STEMS) + r")\b(?P<between>(?:[^\d.!?;]|(?:19|20)\d\d){0,60})$",
    re.IGNORECASE,
)
_EQUAL_AFTER = re.compile(r"[\s,–—-]*(?:" + "|".join(lexicon.EQUAL_AFTER_STEMS) + r")\b(?P<between>[^\d.!?;]{0,40})",
                          re.IGNORECASE)
_RU_MONTH_ADJECTIVES = "|".join(stem + lexicon.RU_MONTH_ADJECTIVE_ENDINGS for stem, _, _, _ in lexicon.MONTHS)
_NAMED = re.compile(
    rf"\b(?P<month>{'|'.join(lexicon.MONTH_FORMS)}|{_RU_MONTH_ADJECTIVES})(?![\w])(?:\s+(?P<month_year>(?:19|20)\d\d))?"
    r"|\b(?P<year>(?:19|20)\d\d)\b"
    rf"|(?P<last_year>{'|'.join(lexicon.EQUALLED_LAST_YEAR)})"
    rf"|(?P<last_month>{'|'.join(lexicon.EQUALLED_LAST_MONTH)})"
    rf"|(?P<last_quarter>{'|'.join(lexicon.EQUALLED_LAST_QUARTER)})",
    re.IGNORECASE,
)
_REACH = 120  # characters before a figure where its verb of equality may stand


def equal_period_twins(extraction: Extraction, figure: ExtractedFigure, sentence_start: int) -> list[ExtractedFigure]:
    """The figure again, for the period it is said to equal, when its sentence says so; else nothing."""
    if figure.period is None or figure.found.form == "change" or extraction.metrics[figure.metric][2]:
        return []  # of a flow, "sales equalled last year's 2.1m" is said on purpose: no conflict to report
    visible = extraction.article.visible
    before = visible[max(sentence_start, figure.found.start - _REACH) : figure.found.start]
    equal = _EQUAL.search(before) or _EQUAL_AFTER.match(visible, figure.found.end, figure.found.end + _REACH)
    if equal is None:
        return []
    between = equal.group("between")
    named = _NAMED.search(between)
    if named is None:
        return []
    period = _named_period(named, figure.period)
    if period is None or period == figure.period:
        return []
    phrase = " ".join(named.group(0).split())
    start = equal.start("between") + named.start() + (max(sentence_start, figure.found.start - _REACH)
                                                      if equal.re is _EQUAL else 0)
    # the second claim's period is read from the phrase alone (how the own period was found is not its evidence);
    # the named period is what the figure is compared with: never the period the text goes on about
    reading = PeriodEvidence(PeriodFound.EQUALLED, (start, start + len(named.group(0))), phrase)
    since = tuple(r for r in figure.period_evidence if r.found.field == "since")
    return [dataclasses.replace(figure, period=period, period_evidence=(*since, reading), starts_change=True)]


def _named_period(named: re.Match[str], own: str) -> str | None:
    """The period a phrase names, read against the figure's own period: "September" before October 2021."""
    own_year, own_month = _year_and_last_month(own)
    if named.group("month"):
        month = month_number(named.group("month"))
        if not month:
            return None
        if named.group("month_year"):
            return f"{named.group('month_year')}-{month:02d}"
        if own_month is None:
            return None
        return f"{own_year if month < own_month else own_year - 1}-{month:02d}"  # the last such month before
    if named.group("year"):
        return named.group("year")
    if named.group("last_year"):
        return years_shifted(own, -1)
    if named.group("last_quarter"):
        quarter = re.fullmatch(r"(\d{4})-Q([1-4])", own)
        if quarter is None:
            return None
        year, index = divmod(int(quarter.group(1)) * 4 + int(quarter.group(2)) - 2, 4)  # the quarter before
        return f"{year}-Q{index + 1}"
    if own_month is None or not re.fullmatch(r"\d{4}-\d\d", own):
        return None
    year, month = divmod(own_year * 12 + own_month - 2, 12)  # the month before the own one
    return f"{year}-{month + 1:02d}"


def _year_and_last_month(period: str) -> tuple[int, int | None]:
    """The year a period ends in and its last month, when it has months: 2021-10, 2021-Q3, 2021-H1."""
    end = period.split("/")[-1]
    year = int(end[:4])
    month = re.fullmatch(r"\d{4}-(\d\d)", end)
    quarter = re.fullmatch(r"\d{4}-Q([1-4])", end)
    half = re.fullmatch(r"\d{4}-H([12])", end)
    if month:
        return year, int(month.group(1))
    if quarter:
        return year, int(quarter.group(1)) * 3
    if half:
        return year, int(half.group(1)) * 6
    return year, None
