"""share-mismatch: a stated share that the part's and the whole's stated figures do not give.

What it checks:
    A `share` claim (the claim's metric as a share of the whole named by `of`): where the file states the part
    and the whole for the share's period, of the share's kind, the part divided by the whole must overlap the
    stated share. Two shares of one metric in one whole, period and kind must overlap each other too (this is
    the only check when the whole has no figure in the file, as GDP often has none).

Why it matters:
    "16,155 units, or 15.2% of the market" is two figures that must agree with the market's size; a share
    that its own numbers do not give means the share, the part or the whole was miscopied.

Example:
    metrics:
      bev: {name: Battery-electric registrations, unit: count, flow: true}
      regs: {name: New car registrations, unit: count, flow: true}
    claims:
      - {id: bev-share, metric: bev, period: 2021-10, share: "17.2%", of: regs, said_by: stat}
      - {id: bev-oct, metric: bev, period: 2021-10, value: "16,155", language: en, said_by: stat}
      - {id: regs-oct, metric: regs, period: 2021-10, value: "106,265", language: en, said_by: stat}
    error share-mismatch: 17.2% (bev-share) of regs for 2021-10 does not match 16,155 (bev-oct) of 106,265
    (regs-oct), which is 15.2–15.21 per cent.

Passes:
    metrics:
      bev: {name: Battery-electric registrations, unit: count, flow: true}
      regs: {name: New car registrations, unit: count, flow: true}
    claims:
      - {id: bev-share, metric: bev, period: 2021-10, share: "15.2%", of: regs, said_by: stat}
      - {id: bev-oct, metric: bev, period: 2021-10, value: "16,155", language: en, said_by: stat}
      - {id: regs-oct, metric: regs, period: 2021-10, value: "106,265", language: en, said_by: stat}

Tolerance:
    The share, the part and the whole are intervals of their written precision ("15.2%" is 15.15–15.25 per
    cent); the part divided by the whole is computed on the intervals, and only a share outside what they
    allow is reported. Shares, parts and wholes of different kinds are never compared.

How to silence:
    Correct the share, the part or the whole; or point `of` at the whole the share is really of.

"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from factcheck.findings import Compared, Finding, Severity
from factcheck.intervals import Interval
from factcheck.model import Claim, one_release_each
from factcheck.rules.base import Context, agreeing_groups, figures_of, ids_of, restatements

ID = "share-mismatch"
ORDER = 72
SEVERITY = Severity.ERROR
_PER_CENT = Fraction(100)


def check(ctx: Context) -> Iterator[Finding]:
    """Compare each share with its part ÷ whole, then shares of one part and whole with each other."""
    shares = [c for c in ctx.claims if c.form == "share" and c.share is not None and c.period is not None]
    # a share, a part or a whole stated twice is one figure: one finding names every claim stating it
    for restated in restatements(shares, lambda c: c.share, lambda c: (ctx.whole_metric(c), c.of_claim)):
        yield from _against_figures(ctx, restated)
    subjects: dict[tuple[object, ...], list[Claim]] = {}
    for share in shares:
        subjects.setdefault(_subject(ctx, share), []).append(share)
    for same in subjects.values():
        for batch in one_release_each(same):
            agreeing = agreeing_groups(batch, lambda c: c.share)
            if len(agreeing) < 2:
                continue
            first = agreeing[0][0]
            listing = " and as ".join(" or ".join(f"{c.text} ({c.id})" for c in group) for group in agreeing)
            involved = [c for group in agreeing for c in group]
            yield ctx.finding(
                ID, SEVERITY, involved,
                f"{first.metric.id} is given as {listing} of {ctx.whole_metric(first)} for {first.period_text}.",
                "No rounding reconciles these shares: check each against its source.",
                [share_compared(f"{c.id}: {c.text}", _share(c)) for c in involved],
            )


def _against_figures(ctx: Context, restated: list[Claim]) -> Iterator[Finding]:
    first = restated[0]
    assert first.period is not None
    wholes = restatements(whole_claims(ctx, first))
    parts = restatements(ctx.values(first.metric, first.period, kinds=(first.kind,)))
    for whole_group in wholes:
        for part_group in parts:
            mismatches = [(share, part, whole, implied)
                          for share in restated for part in part_group for whole in whole_group
                          if (implied := implied_share(part, whole)) is not None
                          and not implied.overlaps(_share(share))]
            if not mismatches:
                continue
            share, part, whole, implied = mismatches[0]
            # the statements of each figure that take part in the contradiction ("почти четверть" and
            # "22,65%" may both state one share, of which only the second contradicts the figures)
            shares = list(dict.fromkeys(s for s, _, _, _ in mismatches))
            part_group = [c for c in part_group if any(p is c for _, p, _, _ in mismatches)]
            whole_group = [c for c in whole_group if any(w is c for _, _, w, _ in mismatches)]
            stated = share_compared(f"stated: {share.text}", _share(share))
            computed = share_compared("part ÷ whole", implied).next_to(stated)
            yield ctx.finding(
                ID, SEVERITY, [*shares, *part_group, *whole_group],
                f"{figures_of(shares)} ({ids_of(shares)}) of {_whole_named(share, whole)} does "
                f"not match {figures_of(part_group)} ({ids_of(part_group)}) of {figures_of(whole_group)} "
                f"({ids_of(whole_group)}), which is {computed.interval_text()}.",
                "Check the share, the part and the whole against their sources; they cannot all be right.",
                [stated, computed,
                 ctx.compared(f"{part.id}: {part.text}", part.amount or Interval(None, None), part),
                 ctx.compared(f"{whole.id}: {whole.text}", whole.amount or Interval(None, None), whole)],
                replaces=[[s, p, w] for s, p, w, _ in mismatches],
            )


def whole_claims(ctx: Context, share: Claim) -> list[Claim]:
    """The stated figures of a share's whole: the claim `of` names, or the whole metric's values (same kind)."""
    if share.of_claim is not None:
        # a claim named by `of` is the whole whatever its kind or period: "45% of the year's plan by July"
        whole = ctx.claims_file.claims_by_id.get(share.of_claim)
        return [whole] if whole is not None and whole.amount is not None else []
    metric = ctx.claims_file.metrics.get(share.of_metric or "")
    if metric is None or share.period is None:
        return []
    return ctx.values(metric, share.period, kinds=(share.kind,))


def _whole_named(share: Claim, whole: Claim) -> str:
    """"trade for 2023", or, for a share of a claim of another period, "trade for 2023 by 2023-07"."""
    if whole.period is not None and share.period is not None and not whole.period.same_span(share.period):
        return f"{whole.metric.id} for {whole.period_text} by {share.period_text}"
    return f"{whole.metric.id} for {share.period_text}"


def implied_share(part: Claim, whole: Claim) -> Interval | None:
    """Part ÷ whole, as a fraction, when both are stated in units of one dimension."""
    part_unit, whole_unit = part.metric.unit, whole.metric.unit
    if part.amount is None or whole.amount is None or part_unit is None or whole_unit is None:
        return None
    if not part_unit.converts_to(whole_unit) or not (part.amount.finite and whole.amount.finite):
        return None
    return part.amount.scaled(part_unit.factor) / whole.amount.scaled(whole_unit.factor)


def share_compared(label: str, share: Interval) -> Compared:
    """A share as a finding prints it, in per cent."""
    return Compared(label, share.scaled(_PER_CENT), "per cent")


def _share(claim: Claim) -> Interval:
    assert claim.share is not None
    return claim.share


def _subject(ctx: Context, share: Claim) -> tuple[object, ...]:
    """Shares of one metric in one whole, for one period (its days) and kind, must agree."""
    assert share.period is not None
    # a share of a claim of another period (of a year's plan, by July) is of another whole than the month's
    whole = ctx.claims_file.claims_by_id.get(share.of_claim or "")
    whole_span = None
    if whole is not None and whole.period is not None and not whole.period.same_span(share.period):
        whole_span = (whole.period.start, whole.period.end)
    return share.metric.id, ctx.whole_metric(share), share.period.start, share.period.end, share.kind, whole_span
