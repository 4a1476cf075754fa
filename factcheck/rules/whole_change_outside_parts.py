"""whole-change-outside-parts: a sum's relative change outside the range of its parts' relative changes.

What it checks:
    A metric that is a sum of parts (`parts: [a, b]` or a sum `formula`) whose parts' baselines are
    positive (parts that cannot be negative, or whose baseline the file states above zero): a relative
    change of the whole (a percentage or a multiplier) over two periods must lie between the smallest and
    the largest relative change of its parts over the same periods. Each part's relative change comes from
    its stated change, or from its two stated ends, or from both where the file has both. Every part of the
    sum must be known; amount changes add up instead and are formula-mismatch's business.

Why it matters:
    A sum's relative change is its parts' relative changes weighted by their shares of the baseline: a
    total "+30%" whose every part rose by less than 20% cannot hold. Articles give the total in the lead and
    the segments in the body; one of the figures, or the periods it is measured over, is wrong.

Example:
    metrics:
      cargo: {name: Cargo, unit: Mt, flow: true, parts: [coal, grain]}
      coal: {name: Coal, unit: Mt, flow: true}
      grain: {name: Grain, unit: Mt, flow: true}
    claims:
      - {id: total, metric: cargo, period: "2024", change: "+30%", since: "2023", said_by: baq}
      - {id: coal-up, metric: coal, period: "2024", change: "+12%", since: "2023", said_by: stat}
      - {id: grain-2023, metric: grain, period: "2023", value: "2,0 млн тонн", said_by: stat}
      - {id: grain-2024, metric: grain, period: "2024", value: "2,3 млн тонн", said_by: stat}
    error whole-change-outside-parts: +30% (total) from 2023 to 2024 is outside what the parts of cargo
    allow: coal +12% (coal-up), grain 2,0 млн тонн → 2,3 млн тонн (grain-2023, grain-2024); together they
    change by +9.756% to +20.52%.

Passes:
    metrics:
      cargo: {name: Cargo, unit: Mt, flow: true, parts: [coal, grain]}
      coal: {name: Coal, unit: Mt, flow: true}
      grain: {name: Grain, unit: Mt, flow: true}
    claims:
      - {id: total, metric: cargo, period: "2024", change: "+14%", since: "2023", said_by: baq}
      - {id: coal-up, metric: coal, period: "2024", change: "+12%", since: "2023", said_by: stat}
      - {id: grain-2023, metric: grain, period: "2023", value: "2,0 млн тонн", said_by: stat}
      - {id: grain-2024, metric: grain, period: "2024", value: "2,3 млн тонн", said_by: stat}
    ---
    metrics:
      cargo: {name: Cargo, unit: Mt, flow: true, parts: [coal, grain]}
      coal: {name: Coal, unit: Mt, flow: true}
      grain: {name: Grain, unit: Mt, flow: true}
    claims:
      - {id: total, metric: cargo, period: "2024", change: "+30%", since: "2023", said_by: baq}
      - {id: coal-up, metric: coal, period: "2024", change: "+12%", since: "2023", said_by: stat}

Tolerance:
    Every figure is an interval of its rounding, and the parts' range is taken from their widest readings:
    only a whole's change outside every weighting of its parts is reported. A part whose baseline may be
    zero or negative (money with no stated baseline: a loss may narrow by 50%) makes the rule say nothing,
    as does a part with no change stated or implied. Changes of different kinds are never compared.

How to silence:
    Correct the whole's change or a part's; if the metrics are not an exact decomposition, remove `parts`
    (or the `formula`).

"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from factcheck.findings import Finding, Severity
from factcheck.intervals import Interval
from factcheck.model import Claim, Metric
from factcheck.periods import Period
from factcheck.quantities import Ratio
from factcheck.rules.base import (
    Context,
    amount_ratio,
    cannot_be_negative,
    change_compared,
    figures_of,
    ids_of,
    restatements,
    stated_change,
)

ID = "whole-change-outside-parts"
ORDER = 76
SEVERITY = Severity.ERROR
_ZERO = Fraction(0)


@dataclass(frozen=True)
class _PartChange:
    """What the file says of one part's relative change over the whole's two periods."""

    metric: Metric
    ratio: Interval  # result ÷ baseline
    claims: tuple[Claim, ...]
    said: str  # `+12%` or `2,0 млн тонн → 2,3 млн тонн`


def check(ctx: Context) -> Iterator[Finding]:
    """For each relative change of a sum, compare it with the range of its parts' relative changes."""
    metrics = ctx.claims_file.metrics
    for whole in metrics.values():
        formula = whole.formula
        if formula is None or not formula.is_sum or not formula.metrics:
            continue
        relative = [c for c in ctx.claims_of(whole.id, "change") if isinstance(c.figure, Ratio) and c.period]
        # the whole's change stated twice (lead and body) is one figure: one finding names both claims
        for restated in restatements(relative, stated_change, lambda c: _span(ctx.baseline_period(c))):
            first = restated[0]
            baseline, result = ctx.baseline_period(first), first.period
            if baseline is None or result is None:
                continue
            kinds = ("actual", "estimate") if first.is_actual else (first.kind,)
            parts = [_part_change(ctx, metrics[m], baseline, result, kinds) for m in formula.metrics]
            known = [part for part in parts if part is not None]
            if len(known) < len(parts):
                continue
            allowed = _range(known)
            outside = [c for c in restated if (stated := stated_change(c)) is not None and not stated.overlaps(allowed)]
            if outside:
                yield _finding(ctx, whole, restated, outside, known, allowed, baseline, result)


def _span(period: Period | None) -> tuple[date, date] | None:
    return None if period is None else (period.start, period.end)


def _part_change(ctx: Context, part: Metric, baseline: Period, result: Period,
                 kinds: tuple[str, ...]) -> _PartChange | None:
    """The part's relative change from its stated changes and stated ends together; None when unknown or unsafe."""
    changes = [c for c in ctx.claims_of(part.id, "change") if isinstance(c.figure, Ratio) and c.period is not None
               and c.period.same_span(result) and _span(ctx.baseline_period(c)) == _span(baseline)
               and ("actual" if c.is_actual else c.kind) in kinds]
    starts = ctx.values(part, baseline, kinds=kinds)
    ends = ctx.values(part, result, kinds=kinds)
    ratio: Interval | None = None
    claims: list[Claim] = []
    said: list[str] = []
    for change in changes:
        stated = stated_change(change)
        if stated is not None and stated.finite:
            ratio = _narrowed(ratio, stated)
            claims.append(change)
            said.append(f"{change.text} ({change.id})")
    start, end = (starts[0] if starts else None), (ends[0] if ends else None)
    if start is not None and end is not None and start.amount is not None and end.amount is not None:
        observed = amount_ratio(start.amount, end.amount)
        if observed is not None:
            ratio = _narrowed(ratio, observed)
            claims += [start, end]
            said.append(f"{start.text} → {end.text} ({start.id}, {end.id})")
    if ratio is None or ratio.low is None or ratio.low < 0:
        return None  # no change known, or ones that disagree (change-mismatch's and change-conflict's business)
    positive = cannot_be_negative(part) or (start is not None and start.amount is not None
                                            and start.amount.low is not None and start.amount.low > _ZERO)
    if not positive:
        return None  # a baseline that may be negative turns the weighting around
    return _PartChange(part, ratio, tuple(claims), " and ".join(said))


def _narrowed(known: Interval | None, more: Interval) -> Interval | None:
    """What two statements of one part's change allow together; an empty result is marked by a negative low."""
    if known is None:
        return more
    if not known.overlaps(more):
        return Interval(Fraction(-1), Fraction(-1))
    assert known.low is not None and known.high is not None and more.low is not None and more.high is not None
    return Interval(max(known.low, more.low), min(known.high, more.high))


def _range(parts: list[_PartChange]) -> Interval:
    """Every weighting of the parts' changes by positive baselines: from the smallest to the largest."""
    lows = [part.ratio.low for part in parts if part.ratio.low is not None]
    highs = [part.ratio.high for part in parts if part.ratio.high is not None]
    return Interval(min(lows), max(highs))


def _finding(ctx: Context, whole: Metric, restated: list[Claim], outside: list[Claim], parts: list[_PartChange],
             allowed: Interval, baseline: Period, result: Period) -> Finding:
    change = outside[0]
    stated = stated_change(change)
    assert stated is not None and change.period is not None
    stated_shown = change_compared(change, f"stated: {change.text}", stated)
    allowed_shown = change_compared(change, "what the parts allow", allowed).next_to(stated_shown)
    listing = ", ".join(f"{part.metric.id} {part.said}" for part in parts)
    return ctx.finding(
        ID, SEVERITY, [*restated, *(claim for part in parts for claim in part.claims)],
        f"{figures_of(restated)} ({ids_of(restated)}) from {baseline.text} to {result.text} is outside what "
        f"the parts of {whole.id} allow: {listing}; together they change by {allowed_shown.interval_text()}.",
        "A sum changes by no less than its part that changed least and no more than the one that changed most: "
        "check the changes, and that the parts make up the whole.",
        [stated_shown, allowed_shown,
         *(change_compared(change, f"{part.metric.id}: {part.said}", part.ratio) for part in parts)],
    )
