"""bound-violation: a bound contradicted by a figure of the same metric and period.

What it checks:
    A bound (`> $500 млн`, `< $1 млрд`, `>= x3.5`) against the values of the same metric and period, and a
    bound on a change against the change its baseline and result values imply.

Why it matters:
    "Превысив $500 млн" next to a figure of $480 млн for the same year cannot both be right.

Example:
    claims:
      - {id: floor, metric: trade, period: "2024", bound: "> $520 млн", said_by: expert}
      - {id: value, metric: trade, period: "2024", value: "$480 млн", said_by: baq}
    error bound-violation: > $520 млн for 2024 (floor) is contradicted by $480 млн (value).

Passes:
    claims:
      - {id: floor, metric: trade, period: "2024", bound: "> $520 млн", said_by: expert}
      - {id: value, metric: trade, period: "2024", value: "$533 млн", said_by: baq}
    ---
    claims:
      - {id: floor, metric: trade, period: "2024", bound: "> $500 млн", said_by: expert}
      - {id: value, metric: trade, period: "2024", value: "$499,8 млн", said_by: baq}

Tolerance:
    The bound's own figure is read with its precision: "> $500 млн" requires more than $499.5 млн. A round
    bound has a loose reading too ("500" may be rounded to the hundred: more than $450 млн); a figure only
    the loose reading allows ($480 млн) is reported as a warning that names the round figure.

How to silence:
    Correct the bound or the value; or, if the bound speaks of another period, give it that period.

"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from factcheck.findings import Finding, Severity
from factcheck.model import Claim, Metric
from factcheck.periods import Period
from factcheck.rules.base import ByInterval, Context, change_compared, figures_of, ids_of, observed_change, restatements

ID = "bound-violation"
ORDER = 50
SEVERITY = Severity.ERROR


def check(ctx: Context) -> Iterator[Finding]:
    """Check each bound against the stated values (or, for a change bound, the implied change)."""
    for bound in ctx.claims:
        if bound.form != "bound" or bound.period is None:
            continue
        if bound.amount is not None:
            yield from _value_bound(ctx, bound)
        elif bound.ratio is not None:
            yield from _change_bound(ctx, bound)


def _value_bound(ctx: Context, bound: Claim) -> Iterator[Finding]:
    assert bound.period is not None and bound.amount is not None
    kinds = ("actual", "estimate") if bound.is_actual else (bound.kind,)
    # a value stated twice is one figure: one finding names every claim stating it; the figures of a period
    # are grouped and indexed once for all its bounds
    key = (ID, bound.metric.id, bound.period.start, bound.period.end, kinds)
    for values, index in ctx.remember(key, partial(_indexed_figures, ctx, bound.metric, bound.period, kinds)):
        beyond = index.apart_from(bound.amount)
        if not beyond:
            continue
        value = beyond[0]
        assert value.amount is not None
        yield ctx.finding(
            ID, SEVERITY, [bound, *values],
            f"{bound.text} for {bound.period_text} ({bound.id}) is contradicted by {figures_of(values)} "
            f"({ids_of(values)}).",
            "Check the bound and the value: one of them, or the bound's period, is wrong.",
            [ctx.compared(f"bound: {bound.text}", bound.amount, bound),
             ctx.compared(f"{value.period_text}: {value.text}", value.amount, value)],
            replaces=[[bound, v] for v in beyond],
        )


def _indexed_figures(ctx: Context, metric: Metric, period: Period,
                     kinds: tuple[str, ...]) -> list[tuple[list[Claim], ByInterval]]:
    return [(values, ByInterval(values)) for values in restatements(ctx.values(metric, period, kinds=kinds))]


def _change_bound(ctx: Context, bound: Claim) -> Iterator[Finding]:
    assert bound.ratio is not None
    for baselines in restatements(ctx.baseline_claims(bound)):
        for results in restatements(ctx.result_claims(bound)):
            pairs = [(baseline, result, observed) for baseline in baselines for result in results
                     if baseline.amount is not None and result.amount is not None
                     and (observed := observed_change(bound, baseline.amount, result.amount)) is not None
                     and not observed.overlaps(bound.ratio.interval)]
            if not pairs:
                continue
            baseline, result, observed = pairs[0]
            stated = change_compared(bound, f"bound: {bound.text}", bound.ratio.interval)
            yield ctx.finding(
                ID, SEVERITY, [bound, *baselines, *results],
                f"{bound.text} ({bound.id}) is contradicted by {baseline.text} → {result.text}.",
                "Check the bound and both values against their sources.",
                [stated, change_compared(bound, "implied by the values", observed).next_to(stated)],
                replaces=[[bound, b, r] for b, r, _ in pairs],
            )
