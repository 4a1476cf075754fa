"""period-granularity: a change comparing a part of a year with a whole year, or periods of unequal length.

What it checks:
    A change (or a bound on one) whose baseline period and result period differ in length: January–August
    against a whole year, a quarter against a half-year.

Why it matters:
    "$547 млн in eight months, three times last year" compares eight months with twelve; even when the
    arithmetic holds, the comparison misleads readers.

Example:
    claims:
      - {id: growth, metric: trade, period: "2025-01/2025-08", change: "втрое", since: "2024", said_by: expert}
    warning period-granularity: втрое (growth) compares 2025-01/2025-08 (8 months) with 2024 (12 months).

Passes:
    # P1Y from January–August 2025 is January–August 2024
    claims:
      - {id: growth, metric: trade, period: "2025-01/2025-08", change: "втрое", since: P1Y, said_by: expert}

Tolerance:
    Lengths are compared in calendar months when both periods are whole months, in days otherwise; the same
    calendar days of two years are equally long whatever February holds (January 1 to June 26 of 2021 and 2020),
    in runs of four weeks or more.

How to silence:
    Measure the change against the same months (`since: P1Y`), or review the finding if the article's
    comparison is deliberate and explained.

"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from factcheck.findings import Finding, Severity
from factcheck.model import Claim
from factcheck.periods import Period
from factcheck.rules.base import Context, figures_of, file_order, ids_of, restatements, stated_change

ID = "period-granularity"
ORDER = 80
SEVERITY = Severity.WARNING


def check(ctx: Context) -> Iterator[Finding]:
    """Compare the length of each change's baseline period with its own period."""
    uneven: list[Claim] = []
    for change in ctx.claims:
        if change.form == "value" or (change.ratio is None and change.form == "bound"):
            continue
        baseline, result = ctx.baseline_period(change), change.period
        if baseline is None or result is None or baseline.same_length(result):
            continue
        uneven.append(change)
    # a change stated twice (the lead and the body) is one change: one finding names both claims
    stated = [c for c in uneven if stated_change(c) is not None]
    groups = [*restatements(stated, stated_change, lambda c: _span(ctx.baseline_period(c))),
              *([c] for c in uneven if stated_change(c) is None)]
    for group in sorted(groups, key=lambda g: file_order(g[0])):
        change = group[0]
        baseline, result = ctx.baseline_period(change), change.period
        assert baseline is not None and result is not None
        yield ctx.finding(
            ID, SEVERITY, group,
            f"{figures_of(group)} ({ids_of(group)}) compares {result.text} ({_length(result)}) with {baseline.text} "
            f"({_length(baseline)}).",
            "Compare like with like: measure the change against the same months of the earlier year "
            "(since: P1Y), or say in the article that the periods differ.",
            replaces=[[c] for c in group],
        )


def _span(period: Period | None) -> tuple[date, date] | None:
    return None if period is None else (period.start, period.end)


def _length(period: Period) -> str:
    months = period.months
    if months is None:
        return f"{period.days} days"
    return "1 month" if months == 1 else f"{months} months"
