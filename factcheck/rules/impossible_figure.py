"""impossible-figure: a figure no value of a quantity that cannot be negative allows.

What it checks:
    For a metric that cannot be negative (a count, or a physical quantity such as tonnes, barrels or
    hectares), a decrease of 100% or more ("упали на 459%": whatever the baseline, the result would be below
    zero) and a negative value. Money and plain numbers or percentages may be negative (a loss, a balance,
    deflation) and are not checked; neither is a metric whose formula subtracts.

Why it matters:
    "Продажи автобусов упали на 459%" cannot be true of anything that is counted: the figure is a misprint
    or a confusion of a fall with a rise or of per cent with percentage points. Nothing else catches it when
    the article states only one end of the change.

Example:
    metrics: {buses: {name: Bus sales, unit: count, flow: true}}
    claims:
      - {id: bus-fall, metric: buses, period: "2025-01/2025-09", change: "-459%", since: P1Y, said_by: baq}
    error impossible-figure: -459% (bus-fall) is a fall of 100% or more, which would leave buses below zero
    whatever its 2024-01/2024-09 figure was.

Passes:
    metrics:
      buses: {name: Bus sales, unit: count, flow: true}
      profit: {name: Profit, unit: USD, flow: true}
    claims:
      - {id: bus-fall, metric: buses, period: "2025-01/2025-09", change: "-45%", since: P1Y, said_by: baq}
      - {id: bus-gone, metric: buses, period: "2025-10", change: "-100%", since: P1Y, said_by: baq}
      - {id: profit-fall, metric: profit, period: "2025", change: "-250%", since: P1Y, said_by: baq}

Tolerance:
    The change is read with its rounding: only a fall whose smallest reading is 100% or more is reported
    ("-100%", which may be -99.5%, and a fall to exactly nothing, pass). A value is reported when even its
    largest reading is below zero. A share above 100% of a whole that contains it is shares-exceed-whole's
    business.

How to silence:
    Correct the figure (the source's own release usually has it right); if the metric really can be
    negative, give it a unit that may be (money, a plain number) or record a review.

"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.findings import Finding, Severity
from factcheck.model import Claim
from factcheck.rules.base import (
    Context,
    cannot_be_negative,
    change_compared,
    figures_of,
    ids_of,
    restatements,
)

ID = "impossible-figure"
ORDER = 85
SEVERITY = Severity.ERROR


def check(ctx: Context) -> Iterator[Finding]:
    """Look at every change and value of the metrics that cannot be negative."""
    for metric in ctx.claims_file.metrics.values():
        if not cannot_be_negative(metric):
            continue
        # a figure stated twice is one figure: one finding names every claim stating it
        changes = restatements(ctx.claims_of(metric.id, "change"), lambda c: c.ratio.interval if c.ratio else None,
                               lambda c: _baseline_span(ctx, c))
        for restated in changes:
            yield from _falls_below_zero(ctx, restated)
        for restated in restatements(ctx.claims_of(metric.id, "value")):
            yield from _negative(ctx, restated)


def _baseline_span(ctx: Context, change: Claim) -> object:
    baseline = ctx.baseline_period(change)
    return None if baseline is None else (baseline.start, baseline.end)


def _falls_below_zero(ctx: Context, restated: list[Claim]) -> Iterator[Finding]:
    falls = [c for c in restated if c.ratio is not None and c.ratio.interval.high is not None
             and c.ratio.interval.high <= 0]
    if not falls:
        return
    change = falls[0]
    assert change.ratio is not None
    baseline = ctx.baseline_period(change)
    before = f"its {baseline.text} figure" if baseline is not None else "its earlier figure"
    yield ctx.finding(
        ID, SEVERITY, restated,
        f"{figures_of(restated)} ({ids_of(restated)}) is a fall of 100% or more, which would leave "
        f"{change.metric.id} below zero whatever {before} was.",
        "Check the figure against its source: a fall of a quantity that cannot be negative stops at 100%.",
        [change_compared(change, f"stated: {change.text}", change.ratio.interval)],
        replaces=[[c] for c in falls],
    )


def _negative(ctx: Context, restated: list[Claim]) -> Iterator[Finding]:
    below = [c for c in restated if c.amount is not None and c.amount.high is not None and c.amount.high < 0]
    if not below:
        return
    value = below[0]
    assert value.amount is not None
    yield ctx.finding(
        ID, SEVERITY, restated,
        f"{figures_of(restated)} ({ids_of(restated)}) is below zero, which {value.metric.id} (in "
        f"{value.metric.unit_text}) cannot be.",
        "Check the figure against its source: a count or a physical quantity cannot be negative.",
        [ctx.compared(f"{value.period_text}: {value.text}", value.amount, value)],
        replaces=[[c] for c in below],
    )
