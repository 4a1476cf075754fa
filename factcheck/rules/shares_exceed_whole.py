"""shares-exceed-whole: shares of a whole's declared parts that add up to more than the whole.

What it checks:
    Shares of one whole, for one period and of one kind, of metrics that are terms of the whole's sum (its
    `parts`, or a `formula` that only adds metrics): their lowest readings must not add up to more than 100%,
    and none of them alone may be above 100%. Shares of metrics that are not declared parts of the whole
    ("% of GDP" of debt and of a deficit) are ratios and are never added up.

Why it matters:
    Parts of a whole cannot together be more than all of it: regional shares of world receipts that add up
    to 104% mean at least one share is wrong.

Example:
    metrics:
      world: {name: World receipts, unit: USD, flow: true, parts: [europe, asia]}
      europe: {name: Europe receipts, unit: USD, flow: true}
      asia: {name: Asia receipts, unit: USD, flow: true}
    claims:
      - {id: europe-share, metric: europe, period: "2013", share: "72%", of: world, said_by: stat}
      - {id: asia-share, metric: asia, period: "2013", share: "31%", of: world, said_by: stat}
    error shares-exceed-whole: For 2013, the shares of world add up to at least 102 per cent: 72% (europe-share)
    + 31% (asia-share).

Passes:
    metrics:
      world: {name: World receipts, unit: USD, flow: true, parts: [europe, asia]}
      europe: {name: Europe receipts, unit: USD, flow: true}
      asia: {name: Asia receipts, unit: USD, flow: true}
    claims:
      - {id: europe-share, metric: europe, period: "2013", share: "42%", of: world, said_by: stat}
      - {id: asia-share, metric: asia, period: "2013", share: "31%", of: world, said_by: stat}

Tolerance:
    Each share counts with its lowest reading ("31%" is 30.5%; the round "20%" is 15% when read loosely), so
    only a sum that no rounding brings down to 100% is reported. Shares of metrics the whole does not declare
    as its parts, and shares of different kinds, are never added up.

How to silence:
    Correct a share, or check that the metrics named in the whole's `parts` (or `formula`) do not overlap.

"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from factcheck.findings import Finding, Severity
from factcheck.intervals import Interval
from factcheck.model import Claim
from factcheck.rules.base import Context
from factcheck.rules.share_mismatch import share_compared

ID = "shares-exceed-whole"
ORDER = 74
SEVERITY = Severity.ERROR
_ALL = Fraction(1)


def check(ctx: Context) -> Iterator[Finding]:
    """Group the shares of each whole's declared parts by period and kind; add up their lowest readings."""
    metrics = ctx.claims_file.metrics
    groups: dict[tuple[str, str, object, object], dict[str, Claim]] = {}
    for claim in ctx.claims:
        share = claim.share
        if claim.form != "share" or share is None or share.low is None or claim.period is None:
            continue
        whole = metrics.get(ctx.whole_metric(claim))
        if whole is None or whole.formula is None or not whole.formula.is_sum:
            continue
        if claim.metric.id not in whole.formula.metrics:
            continue  # a ratio to the whole, not a part of it
        key = (whole.id, claim.kind, claim.period.start, claim.period.end)
        lowest = groups.setdefault(key, {})
        kept = lowest.get(claim.metric.id)
        # of two shares of one part, the smaller counts: only what every reading forces is added up
        if kept is None or _low(claim) < _low(kept):
            lowest[claim.metric.id] = claim
    for (whole_id, _, _, _), by_part in groups.items():
        shares = sorted(by_part.values(), key=lambda c: c.position.line)
        single = [c for c in shares if _low(c) > _ALL]
        if single:
            for claim in single:
                yield ctx.finding(
                    ID, SEVERITY, [claim],
                    f"{claim.text} ({claim.id}) of {whole_id} for {claim.period_text} is more than all of it, "
                    f"though {claim.metric.id} is one of its parts.",
                    "Check the share against its source, and that the metric is a part of the whole.",
                    [share_compared(f"{claim.id}: {claim.text}", _interval(claim))],
                )
            continue
        total = sum((_low(c) for c in shares), Fraction(0))
        if len(shares) < 2 or total <= _ALL:
            continue
        added = " + ".join(f"{c.text} ({c.id})" for c in shares)
        yield ctx.finding(
            ID, SEVERITY, shares,
            f"For {shares[0].period_text}, the shares of {whole_id} add up to at least "
            f"{share_compared('', Interval(total, total)).interval_text()}: {added}.",
            "Parts cannot make up more than their whole: check each share against its source.",
            [share_compared("sum of the lowest readings", Interval(total, None)),
             *(share_compared(f"{c.id}: {c.text}", _interval(c)) for c in shares)],
        )


def _interval(claim: Claim) -> Interval:
    assert claim.share is not None
    return claim.share


def _low(claim: Claim) -> Fraction:
    low = _interval(claim).low
    assert low is not None
    return low
