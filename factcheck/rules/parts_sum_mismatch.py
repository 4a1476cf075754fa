"""parts-sum-mismatch: a metric whose parts, for one period, do not add up to it.

What it checks:
    A metric with `parts` (turnover = exports + imports): for each period where the whole and all its parts
    are stated, the sum of the parts must overlap the whole. When only some parts are stated and none can be
    negative, their sum alone must not exceed the whole.

Why it matters:
    Exports and imports that add up to more (or less) than the turnover quoted beside them mean one of the
    three figures is wrong.

Example:
    metrics:
      trade: {name: Turnover, unit: USD, parts: [exports, imports]}
      exports: {name: Exports, unit: USD}
      imports: {name: Imports, unit: USD}
    claims:
      - {id: t, metric: trade, period: "2023", value: "$533 млн", said_by: stat}
      - {id: e, metric: exports, period: "2023", value: "$412 млн", said_by: stat}
      - {id: i, metric: imports, period: "2023", value: "$231 млн", said_by: stat}
    error parts-sum-mismatch: For 2023, Exports + Imports = $412 млн + $231 млн, which does not add up
    to $533 млн (t).

Passes:
    metrics:
      trade: {name: Turnover, unit: USD, parts: [exports, imports]}
      exports: {name: Exports, unit: USD}
      imports: {name: Imports, unit: USD}
    claims:
      - {id: t, metric: trade, period: "2023", value: "$533 млн", said_by: stat}
      - {id: e, metric: exports, period: "2023", value: "$412 млн", said_by: stat}
      - {id: i, metric: imports, period: "2023", value: "$121 млн", said_by: stat}

Tolerance:
    Sums are computed on intervals, so the rounding of every part adds up; only a sum outside the whole's
    interval is reported.

How to silence:
    Correct a figure, or remove `parts` if the metrics are not an exact decomposition.

"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.findings import Finding, Severity
from factcheck.intervals import Interval
from factcheck.model import Claim
from factcheck.rules.base import Context

ID = "parts-sum-mismatch"
ORDER = 70
SEVERITY = Severity.ERROR


def check(ctx: Context) -> Iterator[Finding]:
    """For each whole value, add up the stated parts of the same period and kind."""
    metrics = ctx.claims_file.metrics
    for metric in metrics.values():
        if not metric.parts:
            continue
        for whole in ctx.values_of(metric):
            if whole.period is None or whole.amount is None:
                continue
            parts: list[Claim] = []
            for part_id in metric.parts:
                stated = ctx.values(metrics[part_id], whole.period)
                if stated:
                    parts.append(stated[0])
            amounts = [p.amount for p in parts if p.amount is not None and p.amount.finite]
            if not amounts or len(amounts) != len(parts):
                continue
            total = sum(amounts[1:], amounts[0])
            complete = len(parts) == len(metric.parts)
            if complete and total.overlaps(whole.amount):
                continue
            if not complete and not _partial_exceeds(amounts, total, whole.amount):
                continue
            names = " + ".join(metrics[p.metric.id].name for p in parts)
            figures = " + ".join(p.text for p in parts)
            verb = "does not add up to" if complete else "already exceeds"
            yield ctx.finding(
                ID, SEVERITY, [whole, *parts],
                f"For {whole.period_text}, {names} = {figures}, which {verb} {whole.text} ({whole.id}).",
                "Check the parts and the whole against their sources.",
                [ctx.compared(f"sum of parts {whole.period_text}", total, whole),
                 ctx.compared(f"{whole.period_text}: {whole.text}", whole.amount, whole)],
            )


def _partial_exceeds(amounts: list[Interval], total: Interval, whole: Interval) -> bool:
    nonnegative = all(a.low is not None and a.low >= 0 for a in amounts)
    return nonnegative and total.low is not None and whole.high is not None and total.low > whole.high
