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

from factcheck.findings import Finding, Severity
from factcheck.rules.base import Context

ID = "part-exceeds-whole"
ORDER = 60
SEVERITY = Severity.ERROR


def check(ctx: Context) -> Iterator[Finding]:
    """Compare each actual value of a flow with the values of periods strictly containing its period."""
    for metric in ctx.claims_file.metrics.values():
        if not metric.flow:
            continue
        values = ctx.values_of(metric)
        for part in values:
            for whole in values:
                if part.period is None or whole.period is None or part.period.same_span(whole.period):
                    continue
                if not whole.period.contains(part.period) or part.amount is None or whole.amount is None:
                    continue
                low, high = part.amount.low, whole.amount.high
                if low is None or high is None or low <= high:
                    continue
                yield ctx.finding(
                    ID, SEVERITY, [part, whole],
                    f"{part.text} for {part.period_text} ({part.id}) exceeds {whole.text} for the whole of "
                    f"{whole.period_text} ({whole.id}).",
                    "A part of a period cannot exceed the whole: check both figures and their periods.",
                    [ctx.compared(f"part {part.period_text}: {part.text}", part.amount, part),
                     ctx.compared(f"whole {whole.period_text}: {whole.text}", whole.amount, whole)],
                )
