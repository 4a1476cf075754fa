"""part-exceeds-whole: a flow whose sub-period figure exceeds the figure of a period containing it.

What it checks:
    For a metric with `flow: true` (turnover, cargo, output: sub-periods add up), an actual value for a
    period inside another period (January–August inside the year) that is larger than the value given for
    the whole.

Why it matters:
    Eight months cannot carry more freight than the full year; one of the figures, or one of the periods,
    is wrong.

Example:
    metrics: {trade: {name: Trade, unit: USD, flow: true}}
    claims:
      - {id: year, metric: trade, period: "2025", value: "$512 млн", said_by: baq}
      - {id: jan-aug, metric: trade, period: "2025-01/2025-08", value: "$547 млн", said_by: expert}
    error part-exceeds-whole: $547 млн for 2025-01/2025-08 (jan-aug) exceeds $512 млн for the whole of 2025
    (year).

Passes:
    metrics: {trade: {name: Trade, unit: USD, flow: false}}
    claims:
      - {id: year, metric: trade, period: "2025", value: "$512 млн", said_by: baq}
      - {id: jan-aug, metric: trade, period: "2025-01/2025-08", value: "$547 млн", said_by: expert}
    ---
    metrics: {trade: {name: Trade, unit: USD, flow: true}}
    claims:
      - {id: year, metric: trade, period: "2025", value: "$812 млн", said_by: baq}
      - {id: jan-aug, metric: trade, period: "2025-01/2025-08", value: "$547 млн", said_by: expert}

Tolerance:
    Reported only when the smallest reading of the part exceeds the largest reading of the whole.

How to silence:
    Correct a figure or a period; if the metric is a level rather than a flow, remove `flow: true`.

"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from fractions import Fraction

from factcheck.findings import Finding, Severity
from factcheck.model import Claim
from factcheck.rules.base import Context

ID = "part-exceeds-whole"
ORDER = 60
SEVERITY = Severity.ERROR


def check(ctx: Context) -> Iterator[Finding]:
    """Compare the actual values of each flow with the values of periods strictly containing their period."""
    for metric in ctx.claims_file.metrics.values():
        if not metric.flow:
            continue
        by_span: dict[tuple[date, date], list[Claim]] = {}
        for value in ctx.values_of(metric):
            if value.period is not None and value.amount is not None:
                by_span.setdefault((value.period.start, value.period.end), []).append(value)
        # per span, the largest parts first and the smallest wholes first: the walk stops at the first pair
        # that agrees, so it costs the findings it makes plus one look per pair of periods
        parts = {span: sorted(values, key=_low, reverse=True) for span, values in by_span.items()}
        wholes = {span: sorted(values, key=_high) for span, values in by_span.items()}
        for whole_span, whole_values in wholes.items():
            for part_span, part_values in parts.items():
                if part_span == whole_span or not (whole_span[0] <= part_span[0] and part_span[1] <= whole_span[1]):
                    continue
                for part in part_values:
                    exceeded = list(_takewhile_below(whole_values, _low(part)))
                    if not exceeded:
                        break
                    for whole in exceeded:
                        yield _finding(ctx, part, whole)


def _low(claim: Claim) -> Fraction:
    low = claim.amount.low if claim.amount is not None else None
    return low if low is not None else Fraction(-(10**30))


def _high(claim: Claim) -> Fraction:
    high = claim.amount.high if claim.amount is not None else None
    return high if high is not None else Fraction(10**30)


def _takewhile_below(wholes: list[Claim], low: Fraction) -> Iterator[Claim]:
    for whole in wholes:
        if _high(whole) >= low:
            return
        yield whole


def _finding(ctx: Context, part: Claim, whole: Claim) -> Finding:
    assert part.amount is not None and whole.amount is not None
    return ctx.finding(
        ID, SEVERITY, [part, whole],
        f"{part.text} for {part.period_text} ({part.id}) exceeds {whole.text} for the whole of "
        f"{whole.period_text} ({whole.id}).",
        "A part of a period cannot exceed the whole: check both figures and their periods.",
        [ctx.compared(f"part {part.period_text}: {part.text}", part.amount, part),
         ctx.compared(f"whole {whole.period_text}: {whole.text}", whole.amount, whole)],
    )
