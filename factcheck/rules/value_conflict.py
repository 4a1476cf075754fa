"""value-conflict: one metric, one period, one kind, figures whose intervals do not overlap.

What it checks:
    Two values of the same metric, for the same period and of the same kind, that no rounding reconciles.

Why it matters:
    The article states two different numbers for one thing; at least one of them is wrong.

Example:
    claims:
      - {id: a, metric: trade, period: "2023", value: "$533 млн", said_by: baq}
      - {id: b, metric: trade, period: "2023", value: "$560 млн", said_by: stat}
    error value-conflict: 2023 is given as $533 млн (a) and as $560 млн (b).

Passes:
    claims:
      - {id: a, metric: trade, period: "2023", value: "$533 млн", said_by: baq}
      - {id: b, metric: trade, period: "2023", value: "$0,53 млрд", said_by: stat}

Tolerance:
    Each figure is an interval of half a unit of its last written digit ("$0,53 млрд" is 525–535 млн), widened
    by qualifiers ("около" ±10%, "более" a lower bound); only intervals that do not overlap are reported.
    Periods are the same when they cover the same days ("2025-H1" and "2025-01/2025-06").

How to silence:
    Correct one figure, or give the claims different kinds (estimate, forecast) if they are.

"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from factcheck.findings import Finding, Severity
from factcheck.rules.base import Context

ID = "value-conflict"
ORDER = 20
SEVERITY = Severity.ERROR


def check(ctx: Context) -> Iterator[Finding]:
    """Compare every pair of values of one metric, period and kind."""
    for first, second in combinations([c for c in ctx.claims if c.form == "value"], 2):
        if first.metric.id != second.metric.id or first.kind != second.kind:
            continue
        if first.period is None or second.period is None or not first.period.same_span(second.period):
            continue
        low, high = first.amount, second.amount
        if low is None or high is None or low.overlaps(high):
            continue
        yield ctx.finding(
            ID, SEVERITY, [first, second],
            f"{first.period_text} is given as {first.text} ({first.id}) and as {second.text} ({second.id}).",
            "No rounding reconciles the two figures: check both against their sources.",
            [ctx.compared(f"{c.id}: {c.text}", c.amount, c) for c in (first, second) if c.amount is not None],
        )
