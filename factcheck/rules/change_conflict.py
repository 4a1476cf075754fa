"""change-conflict: two stated changes of one metric over the same two periods that cannot both hold.

What it checks:
    Changes of the same metric, kind and pair of periods (the same baseline and the same result period)
    stated in the same terms (two percentages, two multipliers, two amounts) whose intervals do not overlap;
    or stated in different terms (a percentage and an amount) that, with the one end of the change the file
    states, imply other ends that do not overlap. Changes that agree are grouped; one finding lists the
    groups. A percentage and an amount also fix both ends together (the baseline is amount ÷ (ratio − 1)):
    when that pair puts the stated end elsewhere, they cannot both hold even if each alone fits.

Why it matters:
    "Jumped 85%" in the lead and "95% up" in the body describe one change: one of them is wrong. A region
    "up US$35 bn to US$489 bn" and "+4%" put the earlier year at about 454 bn and at about 470 bn: no
    baseline makes both true, though the article never states it.

Example:
    claims:
      - {id: lead, metric: trade, period: "2024", change: "+85%", since: "2023", said_by: baq}
      - {id: body, metric: trade, period: "2024", change: "+95%", since: "2023", said_by: stat}
      - {id: sum, metric: cargo, period: "2024", change: "+3,5 млн тонн", since: "2023", said_by: baq}
      - {id: pct, metric: cargo, period: "2024", change: "+4%", since: "2023", said_by: stat}
      - {id: v2024, metric: cargo, period: "2024", value: "48,9 млн тонн", said_by: baq}
    error change-conflict: From 2023 to 2024, trade is said to change by +85% (lead) and by +95% (body),
    which no rounding reconciles.
    error change-conflict: With 48,9 млн тонн for 2024 (v2024), the changes from 2023 put 2023 at
    45.3–45.5 Mt (+3,5 млн тонн, sum) and at 46.74–47.3 Mt (+4%, pct); they cannot all hold.

Passes:
    claims:
      - {id: lead, metric: trade, period: "2024", change: "+85%", since: "2023", said_by: baq}
      - {id: body, metric: trade, period: "2024", change: "+85,3%", since: "2023", said_by: stat}
      - {id: sum, metric: cargo, period: "2024", change: "+1,9 млн тонн", since: "2023", said_by: baq}
      - {id: pct, metric: cargo, period: "2024", change: "+4%", since: "2023", said_by: stat}
      - {id: v2024, metric: cargo, period: "2024", value: "48,9 млн тонн", said_by: baq}

Tolerance:
    Every figure is an interval (its rounding, qualifiers), so only changes that no rounding reconciles are
    reported. A change the stated ends contradict is change-mismatch's finding alone (it says which change
    is wrong); the changes it does not report must agree with each other, whether or not the ends are stated
    ("+45%" and "+52%" from "$2bn" to "$3.05bn": each fits the coarse ends, the two cannot both hold). A
    conflict found here is not reported again by implied-value. Changes of different kinds (an actual change
    and a forecast) are never compared.

How to silence:
    Correct one of the changes, or give it the period it really describes; or record a review.

"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from factcheck.findings import Compared, Finding, Severity
from factcheck.intervals import Interval, format_interval
from factcheck.model import Claim
from factcheck.periods import Period
from factcheck.quantities import Ratio
from factcheck.rules import change_mismatch
from factcheck.rules.base import (
    Context,
    agreeing_groups,
    apply_change,
    change_compared,
    interval_key,
    stated_change,
    undo_change,
)

ID = "change-conflict"
ORDER = 35
SEVERITY = Severity.ERROR


@dataclass(frozen=True)
class Conflict:
    """Changes over one pair of periods that fall into more than one group of agreeing figures."""

    groups: tuple[tuple[Claim, ...], ...]
    baseline: Period
    result: Period
    end: Claim | None = None  # the stated end the implied other ends come from, for changes in mixed terms
    implied: tuple[tuple[Claim, Interval], ...] = ()
    joint: Interval | None = None  # what a percentage and an amount together put the stated end at

    @property
    def changes(self) -> tuple[Claim, ...]:
        """Every change involved, in file order."""
        return tuple(sorted((c for group in self.groups for c in group), key=_file_order))


def check(ctx: Context) -> Iterator[Finding]:
    """Report each pair of periods whose stated changes cannot all hold."""
    for conflict in conflicts(ctx):
        yield _finding(ctx, conflict)


def conflicts(ctx: Context) -> list[Conflict]:
    """The change conflicts of a file (implied-value uses them so as not to report them twice)."""
    return ctx.remember((ID, "conflicts"), lambda: _conflicts(ctx))


def _conflicts(ctx: Context) -> list[Conflict]:
    found: list[Conflict] = []
    # a change the stated ends contradict is change-mismatch's finding, which says which change is wrong;
    # the others must still agree with each other, whether or not the ends are stated (format 1.2)
    mismatched = {change.id for mismatch in change_mismatch.mismatches(ctx) for change in mismatch.changes}
    for stated in _by_periods(ctx).values():
        changes = [change for change in stated if change.id not in mismatched]
        if len(changes) < 2:
            continue
        first = changes[0]
        baseline, result = ctx.baseline_period(first), first.period
        assert baseline is not None and result is not None
        kinds = ("actual", "estimate") if first.is_actual else (first.kind,)
        starts = ctx.values(first.metric, baseline, kinds=kinds)
        ends = ctx.values(first.metric, result, kinds=kinds)
        conflict = _same_terms(changes, baseline, result)
        if conflict is None and (starts or ends):
            end, end_is_baseline = (starts[0], True) if starts else (ends[0], False)
            conflict = _through_an_end(changes, baseline, result, end, end_is_baseline)
            if conflict is None:
                conflict = _jointly(changes, baseline, result, end, end_is_baseline)
        if conflict is not None:
            found.append(conflict)
    return found


def _by_periods(ctx: Context) -> dict[tuple[str, str, date, date, date, date], list[Claim]]:
    grouped: dict[tuple[str, str, date, date, date, date], list[Claim]] = {}
    for change in ctx.claims:
        if change.form != "change" or change.period is None:
            continue
        baseline = ctx.baseline_period(change)
        if baseline is None or stated_change(change) is None:
            continue
        kind = "actual" if change.is_actual else change.kind
        key = (change.metric.id, kind, baseline.start, baseline.end, change.period.start, change.period.end)
        grouped.setdefault(key, []).append(change)
    return grouped


def _same_terms(changes: list[Claim], baseline: Period, result: Period) -> Conflict | None:
    """Changes stated in the same terms must overlap, whatever the values."""
    for terms in ("ratio", "amount"):
        same = [c for c in changes if _terms(c) == terms]
        groups = agreeing_groups(same, stated_change)
        if len(groups) > 1:
            return Conflict(_in_file_order(groups), baseline, result)
    return None


def _through_an_end(changes: list[Claim], baseline: Period, result: Period, end: Claim,
                    end_is_baseline: bool) -> Conflict | None:
    """Changes in different terms, from one stated end: the other ends they imply must overlap."""
    assert end.amount is not None
    implied: dict[str, Interval] = {}
    for change in changes:
        other = apply_change(change, end.amount) if end_is_baseline else undo_change(change, end.amount)
        if other is not None:
            implied[change.id] = other
    groups = agreeing_groups(changes, lambda c: implied.get(c.id))
    if len(groups) < 2:
        return None
    ordered = _in_file_order(groups)
    pairs = tuple((c, implied[c.id]) for group in ordered for c in group)
    return Conflict(ordered, baseline, result, end, pairs)


def _jointly(changes: list[Claim], baseline: Period, result: Period, end: Claim,
             end_is_baseline: bool) -> Conflict | None:
    """A percentage r and an amount d of one change, which fix both of its ends together.

    The baseline is d / (r - 1) and the result d * r / (r - 1). Each change alone may fit the stated end
    while the pair does not (+0,4% and +30 тыс. on 10,74 млн: the pair puts the result at 5.6 to 10 млн).
    """
    assert end.amount is not None
    ratios = [c for c in changes if _terms(c) == "ratio"]
    amounts = [c for c in changes if _terms(c) == "amount"]
    one = Interval(Fraction(1), Fraction(1))
    # a figure stated twice gives the same answer twice: each distinct ratio meets each distinct amount once,
    # and the first amount of an interval stands for the later ones (the first conflict found is the same)
    first_of: dict[tuple[object, ...], Claim] = {}
    for amount in amounts:
        if (stated := stated_change(amount)) is not None:
            first_of.setdefault(interval_key(stated), amount)
    amounts = list(first_of.values())
    tried: set[tuple[object, ...]] = set()
    for ratio in ratios:
        stated_ratio = stated_change(ratio)
        if stated_ratio is None or not stated_ratio.finite or interval_key(stated_ratio) in tried:
            continue
        tried.add(interval_key(stated_ratio))
        # r appears once in each factor, so interval arithmetic gives the exact range
        per_amount = one / stated_ratio.shifted(Fraction(-1))
        if per_amount is None:
            continue  # a change of about 0%: any baseline fits
        factor = per_amount if end_is_baseline else per_amount.shifted(Fraction(1))
        for amount in amounts:
            stated_amount = stated_change(amount)
            if stated_amount is None or not stated_amount.finite:
                continue
            together = stated_amount * factor
            if not together.overlaps(end.amount):
                return Conflict(((ratio,), (amount,)), baseline, result, end, joint=together)
    return None


def _terms(change: Claim) -> str:
    return "ratio" if isinstance(change.figure, Ratio) else "amount"


def _file_order(claim: Claim) -> tuple[int, int]:
    return claim.position.line, claim.position.column


def _in_file_order(groups: list[list[Claim]]) -> tuple[tuple[Claim, ...], ...]:
    return tuple(tuple(group) for group in sorted(groups, key=lambda group: _file_order(group[0])))


def _listing(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _finding(ctx: Context, conflict: Conflict) -> Finding:
    changes = conflict.changes
    metric = changes[0].metric
    compared: list[Compared] = []
    for change in changes:
        stated = stated_change(change)
        if stated is not None:
            compared.append(change_compared(change, f"{change.id}: {change.text}", stated))
    if conflict.end is None:
        groups = [" or ".join(f"{c.text} ({c.id})" for c in group) for group in conflict.groups]
        message = (f"From {conflict.baseline.text} to {conflict.result.text}, {metric.id} is said to change by "
                   f"{' and by '.join(groups)}, which no rounding reconciles.")
        return ctx.finding(ID, SEVERITY, list(changes), message,
                           "One change, stated twice: check both against their sources.", compared)
    end = conflict.end
    assert end.amount is not None and end.period is not None
    if conflict.joint is not None:
        pair = " and ".join(f"{c.text} ({c.id})" for c in changes)
        message = (f"{pair} together put {end.period_text} at "
                   f"{format_interval(conflict.joint, metric.unit_text, beside=end.amount)}, "
                   f"but it is given as {end.text} ({end.id}); they cannot all hold.")
        compared += [ctx.compared(f"{end.period_text}: {end.text}", end.amount, end),
                     ctx.compared(f"{end.period_text} implied by both changes", conflict.joint, metric.unit_text)
                     .next_to(ctx.compared("", end.amount, end))]
        return ctx.finding(ID, SEVERITY, [*changes, end], message,
                           "A percentage and an amount of one change fix both of its ends: check each against "
                           "its source.", compared)
    end_is_result = end.period.same_span(conflict.result)
    other = conflict.baseline if end_is_result else conflict.result
    unit = metric.unit_text
    implied = dict((c.id, interval) for c, interval in conflict.implied)
    groups = [" or ".join(f"{format_interval(implied[c.id], unit)} ({c.text}, {c.id})" for c in group)
              for group in conflict.groups]
    changes_text = f"from {conflict.baseline.text}" if end_is_result else f"to {conflict.result.text}"
    message = (f"With {end.text} for {end.period_text} ({end.id}), the changes {changes_text} put {other.text} "
               f"at {' and at '.join(groups)}; they cannot all hold.")
    compared.append(ctx.compared(f"{end.period_text}: {end.text}", end.amount, end))
    compared += [ctx.compared(f"{other.text} implied by {c.id}", interval, unit) for c, interval in conflict.implied]
    return ctx.finding(ID, SEVERITY, [*changes, end], message,
                       "No value of the other end makes these changes agree: check each against its source.",
                       compared)
