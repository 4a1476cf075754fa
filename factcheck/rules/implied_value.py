"""implied-value: a stated change with one end known: the other end it implies, against every other claim.

What it checks:
    Starting from a stated value, each change whose other end is not stated implies that end; the implied
    value is carried on through further changes (a chain) and checked against every claim of the metric it
    meets: a stated value of that period, a bound for it, and for flows that cannot be negative (counts,
    tonnes) a value of a period containing it or contained in it. A change with a `release` starts from and
    ends at figures of its own release where the file has them. A figure stated twice is one figure: one
    finding names every claim that states it. Where chains from different stated values meet at a period
    the file does not state, the values they imply there are compared with each other: one finding lists
    the groups that disagree.

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
    business and not repeated here; chains stop at a period whose value is stated. Two changes over the
    same periods that contradict each other are change-conflict's business and not repeated here either. A
    figure stated several times for one period starts its chains once.

How to silence:
    Correct the figure the chain contradicts, or the change that carries it; or record a review.

"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from factcheck.findings import Finding, Severity
from factcheck.intervals import Interval, format_interval
from factcheck.model import Claim, Metric
from factcheck.periods import Period
from factcheck.quantities import Ratio
from factcheck.rules import change_conflict
from factcheck.rules.base import (
    ByInterval,
    Context,
    agreeing_groups,
    apply_change,
    cannot_be_negative,
    ids_of,
    interval_key,
    restatements,
    stated_change,
    undo_change,
)

ID = "implied-value"
ORDER = 40
SEVERITY = Severity.ERROR
MAX_CHAIN = 8

Span = tuple[date, date]


@dataclass(frozen=True)
class _Step:
    period: Period
    interval: Interval
    path: tuple[Claim, ...]  # the origin value, then each change applied
    direction: int = 0  # +1: every change applied forward (baseline to result), -1: every change undone
    straight: bool = True  # whether the chain kept one direction

    @property
    def origin(self) -> Claim:
        return self.path[0]

    @property
    def changes(self) -> tuple[Claim, ...]:
        return self.path[1:]

    def describe(self, unit: str, beside: Interval | None = None) -> str:
        """The chain in words; `beside` is the stated figure it is compared with (see `format_interval`)."""
        chain = " and ".join(f"{c.text} ({c.id})" for c in self.changes)
        return (f"{self.origin.text} ({self.origin.period_text}) with {chain} implies {self.period.text} = "
                f"{format_interval(self.interval, unit, beside=beside)}")


def check(ctx: Context) -> Iterator[Finding]:
    """Walk the chains of changes from every stated value, metric by metric; report what they contradict."""
    conflicting = {frozenset(c.id for c in conflict.changes) for conflict in change_conflict.conflicts(ctx)}
    seen: set[str] = set()
    for metric in ctx.claims_file.metrics.values():
        walk = _Walk(ctx, metric, conflicting)
        if not walk.changes_from:
            continue
        steps = walk.all_steps()
        # a chain that turns back (forward to an unstated period, then back from it) reads best as two chains
        # meeting there; the same claims are reported once, in the first of the two forms
        found = [f for step in steps if step.straight for f in walk.contradictions(step)]
        for finding in [*found, *walk.meetings(steps)]:
            if finding.fingerprint not in seen:
                seen.add(finding.fingerprint)
                yield finding


def _span(period: Period) -> Span:
    return period.start, period.end


class _Walk:
    """The changes and values of one metric, indexed by period, and the chains through them."""

    def __init__(self, ctx: Context, metric: Metric, conflicting: set[frozenset[str]]) -> None:
        self.ctx, self.metric, self.conflicting = ctx, metric, conflicting
        self.changes_from: dict[Span, list[Claim]] = {}
        self.changes_to: dict[Span, list[Claim]] = {}
        for change in ctx.claims_of(metric.id, "change"):
            baseline = ctx.baseline_period(change)
            if change.is_actual and baseline is not None and change.period is not None:
                self.changes_from.setdefault(_span(baseline), []).append(change)
                self.changes_to.setdefault(_span(change.period), []).append(change)
        self.values = [v for v in ctx.values_of(metric) if v.is_actual and v.period is not None]
        self.value_spans: dict[Span, list[Claim]] = {}
        for value in self.values:
            assert value.period is not None
            self.value_spans.setdefault(_span(value.period), []).append(value)
        # a value stated twice is one figure: chains start from it once and findings name every claim stating it
        self.restated = {claim.id: group for group in restatements(self.values) for claim in group}
        self._related: dict[Span, tuple[list[Span], list[Span]]] = {}
        # per period, the largest values first (parts that may exceed an implied whole) and the smallest first
        # (wholes an implied part may exceed): a walk stops at the first value that fits
        self._largest_first = {span: sorted(values, key=_low_key, reverse=True)
                               for span, values in self.value_spans.items()}
        self._smallest_first = {span: sorted(values, key=_high_key) for span, values in self.value_spans.items()}
        # the releases each period's values are of, and the claims a chain may contradict there by interval
        self._value_releases = {span: {(v.release.start, v.release.end) for v in values if v.release is not None}
                                for span, values in self.value_spans.items()}
        self._stated_at: dict[tuple[Span, bool], ByInterval] = {}
        self._moves_of: dict[tuple[object, ...], Interval | None] = {}
        self._releases_at: dict[tuple[Span, str], set[Span]] = {}

    def all_steps(self) -> list[_Step]:
        """Every value a chain implies, from every stated value, breadth first; chains stop at stated periods."""
        steps: list[_Step] = []
        walked: set[tuple[Span, Interval]] = set()
        for origin in self.values:
            if origin.amount is None or not origin.amount.finite:
                continue
            assert origin.period is not None
            if self.restated.get(origin.id, [origin])[0] is not origin:
                continue  # its group's first claim walks for it
            if (_span(origin.period), origin.amount) in walked:
                continue  # the same figure for the same period again: its chains are the same
            walked.add((_span(origin.period), origin.amount))
            queue = [_Step(origin.period, origin.amount, (origin,))]
            visited = {_span(origin.period)}
            while queue:
                step = queue.pop(0)
                if len(step.path) > MAX_CHAIN:
                    continue
                for moved in self._moves(step):
                    span = _span(moved.period)
                    if span in visited:
                        continue
                    steps.append(moved)
                    if span not in self.value_spans:
                        visited.add(span)
                        queue.append(moved)
        return steps

    def _moves(self, step: _Step) -> Iterator[_Step]:
        span = _span(step.period)
        for change in self.changes_from.get(span, []):
            if self._other_release(step, change):
                continue
            if change not in step.path and not self._repeats_a_conflict(step, change):
                implied = self._applied(change, step.interval, +1)
                if implied is not None and change.period is not None:
                    yield self._moved(step, change.period, implied, change, +1)
        for change in self.changes_to.get(span, []):
            baseline = self.ctx.baseline_period(change)
            if self._other_release(step, change):
                continue
            if change not in step.path and baseline is not None and not self._repeats_a_conflict(step, change):
                implied = self._applied(change, step.interval, -1)
                if implied is not None:
                    yield self._moved(step, baseline, implied, change, -1)

    def _applied(self, change: Claim, interval: Interval, direction: int) -> Interval | None:
        """`apply_change` (+1) or `undo_change` (-1), worked out once per figure.

        A change restated a hundred times moves a value the same way each time.
        """
        stated = stated_change(change)
        key = (interval_key(interval), None if stated is None else interval_key(stated),
               isinstance(change.figure, Ratio), direction)
        if key not in self._moves_of:
            self._moves_of[key] = (apply_change if direction > 0 else undo_change)(change, interval)
        return self._moves_of[key]

    @staticmethod
    def _moved(step: _Step, period: Period, implied: Interval, change: Claim, direction: int) -> _Step:
        straight = step.straight and step.direction in (0, direction)
        return _Step(period, implied, (*step.path, change), direction, straight)

    def stated_by(self, step: _Step) -> list[Claim]:
        """The claims a chain rests on: every claim stating its origin, then its changes."""
        return [*self.restated.get(step.origin.id, [step.origin]), *step.changes]

    def _other_release(self, step: _Step, change: Claim) -> bool:
        """Whether a change with a release would start from a stated value of another release that has its own."""
        if len(step.path) > 1 or change.release is None:
            return False  # chains go on only through periods with no stated value; a change of no release
        # starts from every value (of_own_release without reading the period's values one by one)
        own = (change.release.start, change.release.end)
        if own not in self._value_releases.get(_span(step.period), ()):
            return False  # the period has no value of the change's release: every value is its start
        origin = step.origin.release
        return origin is None or (origin.start, origin.end) != own

    def _stated(self, period: Period, *, values_too: bool) -> ByInterval:
        """The actual figures but changes (and but values) of a period a chain may contradict, indexed once."""
        key = (_span(period), values_too)
        if key not in self._stated_at:
            self._stated_at[key] = ByInterval([
                c for c in self.ctx.claims_at(self.metric.id, period) if c.is_actual and c.amount is not None
                and c.form != "change" and (values_too or c.form != "value")])
        return self._stated_at[key]

    def _of_own_release(self, last: Claim, other: Claim) -> bool:
        """Whether `other` is among the figures of its period and form that `last` (a change) is compared with.

        The same answer as `of_own_release(last, <the claims of other's period and form>)` holding `other`,
        from the releases of those claims gathered once per period and form.
        """
        if other.period is None or last.release is None or _same_release(other, last):
            return True
        key = (_span(other.period), other.form)
        if key not in self._releases_at:
            self._releases_at[key] = {(c.release.start, c.release.end) for c in self.ctx.claims_at(
                self.metric.id, other.period) if c.form == other.form and c.release is not None}
        return (last.release.start, last.release.end) not in self._releases_at[key]

    def _repeats_a_conflict(self, step: _Step, change: Claim) -> bool:
        return any(frozenset((c.id, change.id)) in self.conflicting for c in step.changes)

    def _related_spans(self, span: Span) -> tuple[list[Span], list[Span]]:
        """The stated periods strictly inside a period and those strictly containing it, worked out once each."""
        if span not in self._related:
            inside = [s for s in self.value_spans if s != span and span[0] <= s[0] and s[1] <= span[1]]
            around = [s for s in self.value_spans if s != span and s[0] <= span[0] and span[1] <= s[1]]
            self._related[span] = (inside, around)
        return self._related[span]

    def meetings(self, steps: list[_Step]) -> Iterator[Finding]:
        """Chains from different stated values that put an unstated period in places that do not overlap."""
        at: dict[Span, list[_Step]] = {}
        for step in steps:
            span = _span(step.period)
            if span not in self.value_spans:
                at.setdefault(span, []).append(step)
        unit = self.metric.unit_text
        for meeting in at.values():
            # chains from one period disagree only if its stated values do: value-conflict's business
            if len({_span(step.origin.period) for step in meeting if step.origin.period is not None}) < 2:
                continue
            groups = sorted(agreeing_groups(meeting, lambda step: step.interval),
                            key=lambda group: (group[0].origin.position.line, group[0].origin.position.column))
            if len(groups) < 2:
                continue
            involved = [step for group in groups for step in group]
            claims = list(dict.fromkeys(claim for step in involved for claim in self.stated_by(step)))
            period = involved[0].period
            described = "; ".join(" or ".join(step.describe(unit) for step in group) for group in groups)
            yield self.ctx.finding(
                ID, SEVERITY, claims,
                f"Chains of changes put {period.text} in places that do not overlap: {described}.",
                "Follow the chains: one of their figures is wrong.",
                [self.ctx.compared(f"{step.origin.id} → {period.text}", step.interval, unit) for step in involved],
            )

    def contradictions(self, step: _Step) -> Iterator[Finding]:
        """The stated claims an implied value contradicts: same period, or for flows a containing or contained one."""
        ctx, metric = self.ctx, self.metric
        unit = metric.unit_text
        targets: list[tuple[Claim, str]] = []
        # one change between two stated values is change-mismatch's finding: such a chain meets bounds only
        for other in self._stated(step.period, values_too=len(step.changes) >= 2).apart_from(step.interval):
            if other not in step.path:
                what = "bounded by" if other.form == "bound" else "given as"
                targets.append((other, f"but {step.period.text} is {what} {other.text} ({other.id})"))
        if metric.flow and cannot_be_negative(metric):  # a flow that may be negative may exceed its whole
            parts, wholes = self._related_spans(_span(step.period))
            for span in parts:
                for other in self._largest_first[span]:
                    assert other.amount is not None
                    if not _exceeds(other.amount, step.interval):
                        break
                    if other not in step.path:
                        targets.append((other, f"less than {other.text} given for its part "
                                               f"{other.period_text} ({other.id})"))
            for span in wholes:
                for other in self._smallest_first[span]:
                    assert other.amount is not None
                    if not _exceeds(step.interval, other.amount):
                        break
                    if other not in step.path:
                        targets.append((other, f"more than {other.text} given for the whole of "
                                               f"{other.period_text} ({other.id})"))
        # a chain whose last change has a release meets the figures of that release where the file has them
        last = step.changes[-1]
        targets = [(other, clause) for other, clause in targets if self._of_own_release(last, other)]
        if not targets:
            return
        clauses = dict(targets)
        # a figure stated twice is one figure: one finding names every claim that states it
        for group in restatements(list(clauses)):
            other = group[0]
            assert other.amount is not None
            stated = ctx.compared(f"{other.period_text}: {other.text}", other.amount, other)
            clause = clauses[other] if len(group) == 1 else clauses[other].replace(
                f"({other.id})", f"({ids_of(group)})")
            yield ctx.finding(
                ID, SEVERITY, [*self.stated_by(step), *group], f"{step.describe(unit, other.amount)}, {clause}.",
                "Follow the chain: one of its figures, or the figure it contradicts, is wrong.",
                [ctx.compared(f"implied {step.period.text}", step.interval, unit).next_to(stated), stated],
                replaces=[[origin, *step.changes, member] for origin in self.restated.get(step.origin.id, [step.origin])
                          for member in group],
            )


def _same_release(first: Claim, second: Claim) -> bool:
    return first.release is not None and second.release is not None and first.release.same_span(second.release)


def _low_key(claim: Claim) -> tuple[int, Fraction]:
    low = claim.amount.low if claim.amount is not None else None
    return (-1, Fraction(0)) if low is None else (0, low)


def _high_key(claim: Claim) -> tuple[int, Fraction]:
    high = claim.amount.high if claim.amount is not None else None
    return (1, Fraction(0)) if high is None else (0, high)


def _exceeds(part: Interval, whole: Interval) -> bool:
    return part.low is not None and whole.high is not None and part.low > whole.high
