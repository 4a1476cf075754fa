"""unit-mismatch: a figure whose dimension does not convert to its metric's unit.

What it checks:
    A value, bound or amount change whose unit cannot be converted to the unit of its metric: tonnes for a
    metric in USD, tenge for a metric in dollars (currencies never convert), a bare number for a metric in
    tonnes.

Why it matters:
    A figure in the wrong unit is either attached to the wrong metric or misread; no other check can
    compare it.

Example:
    metrics: {trade: {name: Trade, unit: USD}}
    claims:
      - {id: t, metric: trade, period: "2023", value: "533 млн тенге", said_by: baq}
    error unit-mismatch: 533 млн тенге (t) is in KZT, which does not convert to USD, the unit of trade.

Passes:
    metrics: {trade: {name: Trade, unit: USD}}
    claims:
      - {id: t, metric: trade, period: "2023", value: "$533 млн", said_by: baq}
      - {id: u, metric: trade, period: "2023", value: "533 млн долларов", said_by: baq}

Tolerance:
    None: units either convert (t, kt, Mt, тонн) or they do not. Relative changes (%, x2) have no unit and
    always pass.

How to silence:
    Attach the claim to a metric in its unit, or correct the figure's unit.

"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.findings import Finding, Severity
from factcheck.quantities import Amount, unit_label
from factcheck.rules.base import Context

ID = "unit-mismatch"
ORDER = 90
SEVERITY = Severity.ERROR


def check(ctx: Context) -> Iterator[Finding]:
    """Report every amount that does not convert to its metric's unit."""
    for claim in ctx.claims:
        figure = claim.figure
        if not isinstance(figure, Amount) or figure.in_unit(claim.metric.unit) is not None:
            continue
        if claim.form == "share":
            continue  # a share is a fraction of its whole (`of`), never a figure in the metric's unit
        written_in = f"in {unit_label(figure.unit)}" if figure.unit else "a bare number with no unit"
        yield ctx.finding(
            ID, SEVERITY, [claim],
            f"{claim.text} ({claim.id}) is {written_in}, which does not convert to {claim.metric.unit_text}, "
            f"the unit of {claim.metric.id}.",
            "Write the figure with its unit, or attach the claim to the metric it measures.",
        )
