"""part-exceeds-whole: a flow that cannot be negative whose sub-period figure exceeds that of a period containing it.

What it checks:
    For a metric with `flow: true` (cargo, output, sales: sub-periods add up) whose figures cannot be
    negative (a count or a physical quantity), an actual value for a period inside another period
    (January–August inside the year) that is larger than the value given for the whole. A figure stated
    twice for one period (the same total in the lead and in the body) makes one finding naming every claim
    that states it.

Why it matters:
    Eight months cannot carry more freight than the full year; one of the figures, or one of the periods,
    is wrong. A flow that may be negative is another matter: a monthly budget surplus of $52 billion is no
    contradiction of a deficit of $410 billion for the fiscal year to date.

Example:
    claims:
      - {id: year, metric: cargo, period: "2025", value: "51,2 млн тонн", said_by: baq}
      - {id: jan-aug, metric: cargo, period: "2025-01/2025-08", value: "54,7 млн тонн", said_by: expert}
      - {id: jan-aug-again, metric: cargo, period: "2025-01/2025-08", value: "54,7 млн тонн", said_by: stat}
    error part-exceeds-whole: 54,7 млн тонн for 2025-01/2025-08 (jan-aug, jan-aug-again) exceeds 51,2 млн
    тонн for the whole of 2025 (year).

Passes:
    claims:
      - {id: year, metric: cargo, period: "2025", value: "81,2 млн тонн", said_by: baq}
      - {id: jan-aug, metric: cargo, period: "2025-01/2025-08", value: "54,7 млн тонн", said_by: expert}
    ---
    metrics: {balance: {name: Budget balance, unit: USD, flow: true}}
    claims:
      - {id: ytd, metric: balance, period: "2025-01/2025-08", value: "-$410 млрд", said_by: stat}
      - {id: aug, metric: balance, period: "2025-08", value: "$52 млрд", said_by: stat}

Tolerance:
    Reported only when the smallest reading of the part exceeds the largest reading of the whole. Money,
    percentages and plain numbers may be negative (a balance, a loss) and are not checked, nor is a metric
    whose formula subtracts: the same notion as impossible-figure's.

How to silence:
    Correct a figure or a period; if the metric is a level rather than a flow, remove `flow: true`.

"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from fractions import Fraction

from factcheck.findings import Finding, Severity
from factcheck.model import Claim
from factcheck.rules.base import Context, cannot_be_negative, figures_of, ids_of, restatements

ID = "part-exceeds-whole"
ORDER = 60
SEVERITY = Severity.ERROR


def check(ctx: Context) -> Iterator[Finding]:
    """Compare the actual values of each flow that cannot be negative with those of periods containing theirs."""
    for metric in ctx.claims_file.metrics.values():
        if not metric.flow or not cannot_be_negative(metric):
            continue  # a flow that may be negative (a budget balance) may well exceed over a part of a period
        by_span: dict[tuple[date, date], list[list[Claim]]] = {}
        for group in restatements(ctx.values_of(metric)):
            period = group[0].period
            assert period is not None
            by_span.setdefault((period.start, period.end), []).append(group)
        # per span, the largest parts first and the smallest wholes first: the walk stops at the first pair
        # that agrees, so it costs the findings it makes plus one look per pair of periods
        parts = {span: sorted(groups, key=_low, reverse=True) for span, groups in by_span.items()}
        wholes = {span: sorted(groups, key=_high) for span, groups in by_span.items()}
        for whole_span, whole_groups in wholes.items():
            for part_span, part_groups in parts.items():
                if part_span == whole_span or not (whole_span[0] <= part_span[0] and part_span[1] <= whole_span[1]):
                    continue
                for part in part_groups:
                    exceeded = list(_takewhile_below(whole_groups, _low(part)))
                    if not exceeded:
                        break
                    for whole in exceeded:
                        yield _finding(ctx, part, whole)


def _low(group: list[Claim]) -> Fraction:
    """The largest low reading of a restated figure: each of its claims states it."""
    lows = [claim.amount.low for claim in group if claim.amount is not None and claim.amount.low is not None]
    return max(lows) if lows else Fraction(-(10**30))


def _high(group: list[Claim]) -> Fraction:
    highs = [claim.amount.high for claim in group if claim.amount is not None and claim.amount.high is not None]
    return min(highs) if highs else Fraction(10**30)


def _takewhile_below(wholes: list[list[Claim]], low: Fraction) -> Iterator[list[Claim]]:
    for whole in wholes:
        if _high(whole) >= low:
            return
        yield whole


def _finding(ctx: Context, parts: list[Claim], wholes: list[Claim]) -> Finding:
    # the statements of each figure that take part in the contradiction, and the pair that shows it best
    pairs = [(p, w) for p in parts for w in wholes if _low([p]) > _high([w])]
    parts = list(dict.fromkeys(p for p, _ in pairs))
    wholes = list(dict.fromkeys(w for _, w in pairs))
    part = max(parts, key=lambda claim: _low([claim]))
    whole = min(wholes, key=lambda claim: _high([claim]))
    assert part.amount is not None and whole.amount is not None
    return ctx.finding(
        ID, SEVERITY, [*parts, *wholes],
        f"{figures_of(parts)} for {part.period_text} ({ids_of(parts)}) exceeds {figures_of(wholes)} for the "
        f"whole of {whole.period_text} ({ids_of(wholes)}).",
        "A part of a period cannot exceed the whole: check both figures and their periods.",
        [ctx.compared(f"part {part.period_text}: {part.text}", part.amount, part),
         ctx.compared(f"whole {whole.period_text}: {whole.text}", whole.amount, whole)],
        replaces=[[p, w] for p, w in pairs],
    )
