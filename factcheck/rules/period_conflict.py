"""period-conflict: one metric, the same figure, two different periods, both actual.

What it checks:
    Actual values of one metric that are the same figure (the same interval once read) but are given for
    different periods.

Why it matters:
    A precise figure repeated for another year is almost always a copy error: the 2023 turnover pasted into
    a 2024 sentence. Readers cannot tell which year is right.

Example:
    claims:
      - {id: trade-2023, metric: trade, period: "2023", value: "$533 млн", said_by: baq}
      - {id: trade-2024, metric: trade, period: "2024", value: "$533 млн", said_by: expert}
    error period-conflict: $533 млн is given for both 2023 (trade-2023) and 2024 (trade-2024).

Passes:
    claims:
      - {id: trade-2023, metric: trade, period: "2023", value: "$533 млн", said_by: baq}
      - {id: trade-2024, metric: trade, period: "2024", value: "$547 млн", said_by: expert}

Tolerance:
    Figures are the same when their intervals are equal ("$533 млн" and "533 млн долларов" are). For a flow
    (`flow: true`: turnover, output, sales) the finding is an error when the figure is precise, where
    coincidence is implausible: its rounding (half its interval) is under `precision` = 2% of its value
    ("$533 млн" ±0.09%, "4,5 млн тонн" ±1.1%); otherwise it is a warning ("$1 млрд", ±50%, in two years may
    well be true). For a level (prices, rates: any metric without `flow: true`, and every `share:` of one
    whole) the same figure in two periods is common ("the share equalled September's"), and the finding is
    only info. A figure that may be zero ("0", "0,0 млн тонн") is never one: a flow that stopped reads the
    same in every period it stays stopped, so the same zero in two periods says nothing about a copy error.

How to silence:
    Correct the period, or record a review (status accepted) when both years really had the same figure.

"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from factcheck.findings import Compared, Finding, Severity
from factcheck.intervals import Interval
from factcheck.model import Claim
from factcheck.rules.base import Context

ID = "period-conflict"
ORDER = 10
SEVERITY = Severity.ERROR
OPTIONS = {"precision": 0.02}


def check(ctx: Context) -> Iterator[Finding]:
    """Group actual values by metric and interval; report groups spanning several periods."""
    threshold = Fraction(str(ctx.option(ID, "precision", OPTIONS["precision"])))
    groups: dict[tuple[str, Interval], list[Claim]] = {}
    for claim in ctx.claims:
        if claim.kind != "actual" or claim.period is None or claim.figure.qualifier is not None:
            continue
        # a share is compared with shares of the same whole: "15.2% of the market" in two months
        interval = claim.share if claim.form == "share" else claim.amount if claim.form == "value" else None
        subject = f"{claim.metric.id} of {ctx.whole_metric(claim)}" if claim.form == "share" else claim.metric.id
        if interval is not None and interval.finite and not _may_be_zero(interval):
            groups.setdefault((subject, interval), []).append(claim)
    for (_, interval), claims in groups.items():
        spans = {(c.period.start, c.period.end) for c in claims if c.period is not None}
        if len(spans) < 2:
            continue
        claims.sort(key=lambda c: (c.period, c.position.line) if c.period else (None, c.position.line))
        midpoint = interval.midpoint or Fraction(0)
        half_width = ((interval.high or Fraction(0)) - (interval.low or Fraction(0))) / 2
        precise = midpoint != 0 and half_width < threshold * abs(midpoint)
        severity = Severity.ERROR if precise else Severity.WARNING
        share = claims[0].form == "share"
        if share or not claims[0].metric.flow:
            severity = Severity.INFO  # a level: the same rate, price or share in two periods is common
        by_period: dict[str, list[str]] = {}
        for claim in claims:
            by_period.setdefault(claim.period_text, []).append(claim.id)
        places = " and ".join(f"{period} ({', '.join(ids)})" for period, ids in by_period.items())
        yield ctx.finding(
            ID,
            severity,
            claims,
            f"{claims[0].text} is given for both {places}.",
            "Check which period the figure belongs to; the same precise figure for two periods is usually a "
            "copy error.",
            [Compared(f"{c.period_text}: {c.text}", interval.scaled(Fraction(100)), "per cent") if share
             else ctx.compared(f"{c.period_text}: {c.text}", interval, c) for c in claims],
        )


def _may_be_zero(interval: Interval) -> bool:
    """Whether zero lies in the interval: then equal figures of two periods are no sign of a copy error."""
    return interval.low is not None and interval.high is not None and interval.low <= 0 <= interval.high
