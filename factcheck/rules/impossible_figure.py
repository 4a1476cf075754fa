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
from factcheck.rules.base import Context, cannot_be_negative, change_compared

ID = "impossible-figure"
ORDER = 85
SEVERITY = Severity.ERROR


def check(ctx: Context) -> Iterator[Finding]:
    """Look at every change and value of the metrics that cannot be negative."""
    for metric in ctx.claims_file.metrics.values():
        if not cannot_be_negative(metric):
            continue
        for claim in ctx.claims_of(metric.id):
            if claim.form == "change":
                yield from _falls_below_zero(ctx, claim)
            elif claim.form == "value":
                yield from _negative(ctx, claim)


def _falls_below_zero(ctx: Context, change: Claim) -> Iterator[Finding]:
    ratio = change.ratio
    if ratio is None or ratio.interval.high is None or ratio.interval.high > 0:
        return
    baseline = ctx.baseline_period(change)
    before = f"its {baseline.text} figure" if baseline is not None else "its earlier figure"
    yield ctx.finding(
        ID, SEVERITY, [change],
        f"{change.text} ({change.id}) is a fall of 100% or more, which would leave {change.metric.id} below zero "
        f"whatever {before} was.",
        "Check the figure against its source: a fall of a quantity that cannot be negative stops at 100%.",
        [change_compared(change, f"stated: {change.text}", ratio.interval)],
    )


def _negative(ctx: Context, value: Claim) -> Iterator[Finding]:
    amount = value.amount
    if amount is None or amount.high is None or amount.high >= 0:
        return
    yield ctx.finding(
        ID, SEVERITY, [value],
        f"{value.text} ({value.id}) is below zero, which {value.metric.id} (in {value.metric.unit_text}) cannot be.",
        "Check the figure against its source: a count or a physical quantity cannot be negative.",
        [ctx.compared(f"{value.period_text}: {value.text}", amount, value)],
    )
