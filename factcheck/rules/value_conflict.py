"""value-conflict: one metric, one period, one kind, figures whose intervals do not overlap.

What it checks:
    Values of the same metric, for the same period and of the same kind, that no rounding reconciles. The
    values are put into as few groups of agreeing figures as possible (every two figures of a group
    overlap); when more than one group is needed, one finding lists the groups.
    Values whose claims carry different `release` dates are a revision, reported by revised-figure instead.

Why it matters:
    The article states two different numbers for one thing; at least one of them is wrong.

Example:
    claims:
      - {id: a, metric: trade, period: "2023", value: "$533 млн", said_by: baq}
      - {id: b, metric: trade, period: "2023", value: "$560 млн", said_by: stat}
    error value-conflict: 2023 is given as $533 млн (a) and as $560 млн (b).

Passes:
    claims:
      - {id: a, metric: trade, period: "2023", value: "$533 млн", said_by: baq}
      - {id: b, metric: trade, period: "2023", value: "$0,53 млрд", said_by: stat}

Tolerance:
    Each figure is an interval of half a unit of its last written digit ("$0,53 млрд" is 525–535 млн), widened
    by qualifiers ("около" ±10%, "более" a lower bound); only intervals that do not overlap are reported.
    Periods are the same when they cover the same days ("2025-H1" and "2025-01/2025-06").

    However many figures disagree, a metric, period and kind give one finding, not one per pair.

How to silence:
    Correct one figure, or give the claims different kinds (estimate, forecast) if they are.

"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from factcheck.findings import Finding, Severity
from factcheck.model import Claim, one_release_each
from factcheck.rules.base import Context, agreeing_groups

ID = "value-conflict"
ORDER = 20
SEVERITY = Severity.ERROR


def check(ctx: Context) -> Iterator[Finding]:
    """Group the values of each metric, period and kind into agreeing figures; report each that needs two."""
    groups: dict[tuple[str, date, date, str], list[Claim]] = {}
    for claim in ctx.claims:
        if claim.form == "value" and claim.period is not None and claim.amount is not None:
            key = (claim.metric.id, claim.period.start, claim.period.end, claim.kind)
            groups.setdefault(key, []).append(claim)
    for batch in groups.values():
        for claims in one_release_each(batch):
            yield from _conflicts(ctx, claims)


def _conflicts(ctx: Context, claims: list[Claim]) -> Iterator[Finding]:
    if len(claims) < 2:
        return
    agreeing = sorted(agreeing_groups(claims, lambda c: c.amount), key=lambda group: _file_order(group[0]))
    if len(agreeing) < 2:
        return
    involved = sorted((c for group in agreeing for c in group), key=_file_order)
    yield ctx.finding(
        ID, SEVERITY, involved,
        f"{involved[0].period_text} is given as {_listing(agreeing)}.",
        "No rounding reconciles these figures: check each against its source.",
        [ctx.compared(f"{c.id}: {c.text}", c.amount, c) for c in involved if c.amount is not None],
    )


def _file_order(claim: Claim) -> tuple[int, int]:
    return claim.position.line, claim.position.column


def _listing(groups: list[list[Claim]]) -> str:
    """`$533 млн (a) and as $560 млн (b)`; figures of one group that agree are joined by "or"."""
    texts = []
    for group in groups:
        by_text: dict[str, list[str]] = {}
        for claim in group:
            by_text.setdefault(claim.text, []).append(claim.id)
        texts.append(" or ".join(f"{text} ({', '.join(ids)})" for text, ids in by_text.items()))
    return ", as ".join(texts[:-1]) + " and as " + texts[-1]
