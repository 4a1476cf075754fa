"""implied-value: a stated change with one end known: the other end it implies, against every other claim.

What it checks:
    Starting from a stated value, each change whose other end is not stated implies that end; the implied
    value is carried on through further changes (a chain) and checked against every claim of the metric it
    meets: a stated value of that period, a bound for it, and for flows a value of a period containing it or
    contained in it.

Why it matters:
    Contradictions hide two steps away: "+15% in 2023" and "вдвое since 2021" may each look plausible, yet
    together imply a 2021 figure the article states differently elsewhere.

Example:
    claims:
      - {id: v2021, metric: trade, period: "2021", value: "$312 млн", said_by: baq}
      - {id: g2022, metric: trade, period: "2022", change: "+12%", since: "2021", said_by: baq}
      - {id: g2023, metric: trade, period: "2023", change: "+12%", since: "2022", said_by: baq}
      - {id: v2023, metric: trade, period: "2023", value: "$533 млн", said_by: baq}
    error implied-value: $312 млн (2021) with +12% (g2022) and +12% (g2023) implies 2023 =
    387.2 mln–395.6 mln USD, but 2023 is given as $533 млн (v2023).

Passes:
    claims:
      - {id: v2021, metric: trade, period: "2021", value: "$312 млн", said_by: baq}
      - {id: g2022, metric: trade, period: "2022", change: "+12%", since: "2021", said_by: baq}
      - {id: g2023, metric: trade, period: "2023", change: "+12%", since: "2022", said_by: baq}
      - {id: v2023, metric: trade, period: "2023", value: "$391 млн", said_by: baq}

Tolerance:
    Intervals are carried exactly through every step, so the implied value is as wide as the rounding of
    every figure on the chain allows. A chain of one change between two stated values is change-mismatch's
    business and not repeated here; chains stop at a period whose value is stated.

How to silence:
    Correct the figure the chain contradicts, or the change that carries it; or record a review.

"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.findings import Finding, Severity
from factcheck.intervals import Interval, format_interval
from factcheck.model import Claim
from factcheck.periods import Period
from factcheck.rules.base import Context, apply_change, undo_change

ID = "implied-value"
ORDER = 40
SEVERITY = Severity.ERROR
MAX_CHAIN = 8


@dataclass(frozen=True)
class _Step:
    period: Period
    interval: Interval
    path: tuple[Claim, ...]  # the origin value, then each change applied


def check(ctx: Context) -> Iterator[Finding]:
    """Walk every chain of changes from every stated value; report what the implied values contradict."""
    seen: set[str] = set()
    changes = [c for c in ctx.claims if c.form == "change" and c.is_actual]
    for origin in ctx.claims:
        if origin.form != "value" or not origin.is_actual or origin.period is None or origin.amount is None:
            continue
        if not origin.amount.finite:
            continue
        queue = [_Step(origin.period, origin.amount, (origin,))]
        visited = {(origin.period.start, origin.period.end)}
        while queue:
            step = queue.pop(0)
            for change in changes:
                if change.metric.id != origin.metric.id or change in step.path or len(step.path) > MAX_CHAIN:
                    continue
                moved = _move(ctx, change, step)
                if moved is None or (moved.period.start, moved.period.end) in visited:
                    continue
                for finding in _contradictions(ctx, moved):
                    if finding.fingerprint not in seen:
                        seen.add(finding.fingerprint)
                        yield finding
                if not ctx.values(origin.metric, moved.period):
                    visited.add((moved.period.start, moved.period.end))
                    queue.append(moved)


def _move(ctx: Context, change: Claim, step: _Step) -> _Step | None:
    baseline_period, result_period = ctx.baseline_period(change), change.period
    if baseline_period is None or result_period is None:
        return None
    if baseline_period.same_span(step.period):
        implied, period = apply_change(change, step.interval), result_period
    elif result_period.same_span(step.period):
        implied, period = undo_change(change, step.interval), baseline_period
    else:
        return None
    return None if implied is None else _Step(period, implied, (*step.path, change))


def _contradictions(ctx: Context, step: _Step) -> Iterator[Finding]:
    origin, changes = step.path[0], step.path[1:]
    metric = origin.metric
    unit = metric.unit_text
    implied_text = format_interval(step.interval, unit)
    chain = " and ".join(f"{c.text} ({c.id})" for c in changes)
    opening = f"{origin.text} ({origin.period_text}) with {chain} implies {step.period.text} = {implied_text}"
    targets: list[tuple[Claim, str]] = []
    for other in ctx.claims:
        if other in step.path or other.metric.id != metric.id or other.period is None or not other.is_actual:
            continue
        interval = other.amount
        if interval is None:
            continue
        if other.period.same_span(step.period):
            if other.form == "value" and len(changes) < 2:
                continue  # one change between two stated values: change-mismatch reports it
            if not interval.overlaps(step.interval):
                what = "bounded by" if other.form == "bound" else "given as"
                targets.append((other, f"but {step.period.text} is {what} {other.text} ({other.id})"))
        elif metric.flow and other.form == "value":
            if step.period.contains(other.period) and _exceeds(interval, step.interval):
                targets.append((other, f"less than {other.text} given for its part {other.period_text} "
                                       f"({other.id})"))
            elif other.period.contains(step.period) and _exceeds(step.interval, interval):
                targets.append((other, f"more than {other.text} given for the whole of {other.period_text} "
                                       f"({other.id})"))
    for other, clause in targets:
        assert other.amount is not None
        yield ctx.finding(
            ID, SEVERITY, [*step.path, other], f"{opening}, {clause}.",
            "Follow the chain: one of its figures, or the figure it contradicts, is wrong.",
            [
                ctx.compared(f"implied {step.period.text}", step.interval, unit),
                ctx.compared(f"{other.period_text}: {other.text}", other.amount, other),
            ],
        )


def _exceeds(part: Interval, whole: Interval) -> bool:
    return part.low is not None and whole.high is not None and part.low > whole.high
