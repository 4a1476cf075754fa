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
from dataclasses import dataclass

from factcheck.findings import Finding, Severity
from factcheck.model import Claim
from factcheck.rules.base import (
    Context,
    change_compared,
    figures_of,
    ids_of,
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
    found: list[Mismatch] = []
    changes = [c for c in ctx.claims if c.form == "change" and stated_change(c) is not None]
    # a change stated twice over the same periods (the lead and the body) is one figure, and so is an end
    for restated in restatements(changes, stated_change, lambda c: _course(ctx, c)):
        first = restated[0]
        if ctx.baseline_period(first) is None:
            continue
        for baselines in restatements(ctx.baseline_claims(first)):
            for results in restatements(ctx.result_claims(first)):
                pairs = tuple((change, tuple(bases), tuple(ends)) for change in restated
                              for bases in same_figures(baselines) for ends in same_figures(results)
                              if _disagree(change, bases[0], ends[0]))
                if pairs:
                    # the statements of each figure that take part in the contradiction
                    found.append(Mismatch(
                        tuple(dict.fromkeys(change for change, _, _ in pairs)),
                        tuple(dict.fromkeys(claim for _, bases, _ in pairs for claim in bases)),
                        tuple(dict.fromkeys(claim for _, _, ends in pairs for claim in ends)),
                        pairs,
                    ))
    return found


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
