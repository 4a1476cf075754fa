"""change-mismatch: a stated change whose baseline and result are both known and disagree with it.

What it checks:
    A change (+62%, втрое, +1,2 млн тонн) whose starting value (`since` or `against`) and resulting value
    are both stated in the file: the change they imply must overlap the change stated.

Why it matters:
    Growth rates are where copy goes wrong most: a percentage from one source next to yearly figures from
    another, or "втрое" written for a figure that barely moved.

Example:
    claims:
      - {id: cargo-2022, metric: cargo, period: "2022", value: "3,2 млн тонн", said_by: baq}
      - {id: cargo-2023, metric: cargo, period: "2023", value: "4,5 млн тонн", said_by: baq}
      - {id: cargo-growth, metric: cargo, period: "2023", change: "+62%", since: P1Y, said_by: baq}
    error change-mismatch: +62% from 2022 to 2023 does not match 3,2 млн тонн → 4,5 млн тонн, which is
    +36.92% to +44.45%.

Passes:
    claims:
      - {id: cargo-2022, metric: cargo, period: "2022", value: "3,2 млн тонн", said_by: baq}
      - {id: cargo-2023, metric: cargo, period: "2023", value: "4,5 млн тонн", said_by: baq}
      - {id: cargo-growth, metric: cargo, period: "2023", change: "+41%", since: P1Y, said_by: baq}

Tolerance:
    Every figure is an interval (half a unit of its last written digit; integer multipliers ±0.5, so
    "втрое" is 2.5–3.5). The implied change is computed with interval arithmetic from the widest readings
    of both values; only a stated change outside it is reported. A figure stated several times for one
    period is compared once, and the finding names every claim that states it.

How to silence:
    Correct the change or one of the values, or point `since`/`against` at the right baseline.

"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.findings import Finding, Severity
from factcheck.rules.base import Context, change_compared, observed_change, same_figures, stated_change

ID = "change-mismatch"
ORDER = 30
SEVERITY = Severity.ERROR


def check(ctx: Context) -> Iterator[Finding]:
    """For each change, compare what it states with what each stated baseline and result allow."""
    for change in ctx.claims:
        if change.form != "change":
            continue
        stated = stated_change(change)
        baseline_period = ctx.baseline_period(change)
        if stated is None or baseline_period is None:
            continue
        # the same figure stated several times is compared once, and the finding names every claim stating it
        for baselines in same_figures(ctx.baseline_claims(change)):
            for results in same_figures(ctx.result_claims(change)):
                baseline, result = baselines[0], results[0]
                assert baseline.amount is not None and result.amount is not None
                observed = observed_change(change, baseline.amount, result.amount)
                if observed is None or observed.overlaps(stated):
                    continue
                shown = change_compared(change, "implied by the values", observed)
                yield ctx.finding(
                    ID, SEVERITY, [change, *baselines, *results],
                    f"{change.text} from {baseline_period.text} to {change.period_text} does not match "
                    f"{baseline.text} → {result.text}, which is {shown.interval_text()}.",
                    "Check the change and both values against their sources; they cannot all be right.",
                    [
                        change_compared(change, f"stated: {change.text}", stated),
                        shown,
                        ctx.compared(f"{baseline_period.text}: {baseline.text}", baseline.amount, baseline),
                        ctx.compared(f"{change.period_text}: {result.text}", result.amount, result),
                    ],
                )
