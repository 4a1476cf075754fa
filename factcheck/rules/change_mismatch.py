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

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import partial

from factcheck.findings import Finding, Severity
from factcheck.intervals import Interval
from factcheck.model import Claim
from factcheck.periods import Period
from factcheck.rules.base import (
    Context,
    change_compared,
    distinct,
    figures_of,
    ids_of,
    interval_key,
    observed_change,
    restatements,
    same_figures,
    stated_change,
)

ID = "change-mismatch"
ORDER = 30
SEVERITY = Severity.ERROR


@dataclass(frozen=True)
class Mismatch:
    """A change (stated once or restated) whose stated ends, each stated once or restated, disagree with it."""

    changes: tuple[Claim, ...]
    baselines: tuple[Claim, ...]
    results: tuple[Claim, ...]
    # each change, baseline and result that disagree, as the findings before grouping named them
    pairs: tuple[tuple[Claim, tuple[Claim, ...], tuple[Claim, ...]], ...]


def check(ctx: Context) -> Iterator[Finding]:
    """For each change, compare what it states with what each stated baseline and result allow."""
    for mismatch in mismatches(ctx):
        yield _finding(ctx, mismatch)


def mismatches(ctx: Context) -> list[Mismatch]:
    """Every change the file's stated ends contradict (change-conflict asks which changes are reported here)."""
    return ctx.remember((ID, "mismatches"), lambda: _mismatches(ctx))


def _mismatches(ctx: Context) -> list[Mismatch]:
    found: list[Mismatch] = []
    changes = [c for c in ctx.claims if c.form == "change" and stated_change(c) is not None]
    # a change stated twice over the same periods (the lead and the body) is one figure, and so is an end
    for restated in restatements(changes, stated_change, lambda c: _course(ctx, c)):
        first = restated[0]
        baseline_period = ctx.baseline_period(first)
        if baseline_period is None:
            continue
        # the ends of every change of one course, metric, kind and release are the same: grouped once
        release = None if first.release is None else (first.release.start, first.release.end)
        start_key = (ID, "baselines", first.metric.id, first.against, baseline_period.start, baseline_period.end,
                     release)
        end_key = (ID, "results", first.metric.id, first.against, _span(first.period),
                   "actual" if first.is_actual else first.kind, release)
        starts = ctx.remember(start_key, partial(_figures, ctx.baseline_claims, first))
        ends = ctx.remember(end_key, partial(_figures, ctx.result_claims, first))
        # changes stated as one interval disagree with the same figures: each interval is compared once
        by_interval: dict[tuple[object, ...], list[Claim]] = {}
        for change in restated:
            stated = stated_change(change)
            assert stated is not None
            by_interval.setdefault(interval_key(stated), []).append(change)
        for baseline_figures in starts:
            for result_figures in ends:
                disagreeing = {key: [(bases, results_) for bases in baseline_figures for results_ in result_figures
                                     if _disagree(same[0], bases[0], results_[0])]
                               for key, same in by_interval.items()}
                pairs = tuple((change, bases, ends_) for change in restated
                              for bases, ends_ in disagreeing[interval_key(_stated(change))])
                if pairs:
                    # the statements of each figure that take part in the contradiction (each figure's claims
                    # are one tuple, shared by the pairs it takes part in: gathered once per figure)
                    found.append(Mismatch(
                        tuple(distinct(change for change, _, _ in pairs)),
                        tuple(claim for bases in _each_once(bases for _, bases, _ in pairs) for claim in bases),
                        tuple(claim for ends_ in _each_once(ends_ for _, _, ends_ in pairs) for claim in ends_),
                        pairs,
                    ))
    return found


def _figures(ends_of: Callable[[Claim], list[Claim]], change: Claim) -> list[list[tuple[Claim, ...]]]:
    """The restated figures among a change's ends, each as its claims grouped by equal interval."""
    return [[tuple(same) for same in same_figures(group)] for group in restatements(ends_of(change))]


def _each_once(figures: Iterable[tuple[Claim, ...]]) -> list[tuple[Claim, ...]]:
    """The claims of each figure once, in the order first met (the figures of one end never share a claim)."""
    return list({id(figure): figure for figure in figures}.values())


def _stated(change: Claim) -> Interval:
    stated = stated_change(change)
    assert stated is not None
    return stated


def _span(period: Period | None) -> tuple[date, date] | None:
    return None if period is None else (period.start, period.end)


def _course(ctx: Context, change: Claim) -> object:
    """What makes two changes one: the same start (period or `against` claim), the same terms."""
    baseline = ctx.baseline_period(change)
    span = None if baseline is None else (baseline.start, baseline.end)
    return span, change.against, type(change.figure)


def _disagree(change: Claim, baseline: Claim, result: Claim) -> bool:
    stated = stated_change(change)
    assert stated is not None and baseline.amount is not None and result.amount is not None
    observed = observed_change(change, baseline.amount, result.amount)
    return observed is not None and not observed.overlaps(stated)


def _finding(ctx: Context, mismatch: Mismatch) -> Finding:
    change, bases, ends = mismatch.pairs[0]
    baseline, result = bases[0], ends[0]
    stated = stated_change(change)
    baseline_period = ctx.baseline_period(change)
    assert stated is not None and baseline_period is not None
    assert baseline.amount is not None and result.amount is not None
    observed = observed_change(change, baseline.amount, result.amount)
    assert observed is not None
    stated_shown = change_compared(change, f"stated: {change.text}", stated)
    shown = change_compared(change, "implied by the values", observed).next_to(stated_shown)
    changes = mismatch.changes
    said = f"{figures_of(changes)} ({ids_of(changes)})" if len(changes) > 1 else change.text
    return ctx.finding(
        ID, SEVERITY, [*changes, *mismatch.baselines, *mismatch.results],
        f"{said} from {baseline_period.text} to {change.period_text} does not match "
        f"{baseline.text} → {result.text}, which is {shown.interval_text()}.",
        "Check the change and both values against their sources; they cannot all be right.",
        [
            stated_shown,
            shown,
            ctx.compared(f"{baseline_period.text}: {baseline.text}", baseline.amount, baseline),
            ctx.compared(f"{change.period_text}: {result.text}", result.amount, result),
        ],
        replaces=[[c, *b, *e] for c, b, e in mismatch.pairs],
    )
