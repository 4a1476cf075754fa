"""figure-not-in-quote: a claim whose figure does not appear in its own quote.

What it checks:
    The numbers the figure is written with ("$533 млн" -> 533; "1 млн 84 тыс." -> 1 and 84; "вдвое" -> 2)
    must all appear among the numbers of the claim's quote.

Why it matters:
    A quote that does not carry its figure usually belongs to another claim, or the figure was retyped
    wrongly (533 as 553); either way the claim is not anchored in the article.

Example:
    claims:
      - {id: t, metric: trade, period: "2023", value: "$553 млн", said_by: baq, quote: "товарооборот достиг $533 млн"}
    warning figure-not-in-quote: 553 of $553 млн (t) does not appear in its quote.

Passes:
    claims:
      - {id: t, metric: trade, period: "2023", value: "$533 млн", said_by: baq, quote: "товарооборот достиг $533 млн"}
      - {id: g, metric: trade, period: "2023", change: "x2", since: "2022", said_by: baq, quote: "вырос вдвое"}

Tolerance:
    Numbers are compared by value, so "4,5" in the quote matches "4.5" in the figure, and multiplier words
    match their digits (вдвое = 2). Claims without a quote are not checked.

How to silence:
    Correct the figure or the quote so that the quote is the fragment carrying the figure.

"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.findings import Finding, Severity
from factcheck.intervals import format_number
from factcheck.quantities import numbers_in
from factcheck.rules.base import Context

ID = "figure-not-in-quote"
ORDER = 140
SEVERITY = Severity.WARNING


def check(ctx: Context) -> Iterator[Finding]:
    """Report each claim with a quote missing any number its figure is written with."""
    for claim in ctx.claims:
        if not claim.quote:
            continue
        in_quote = set(numbers_in(claim.quote, claim.language))
        missing = [n for n in numbers_in(claim.text, claim.language) if n not in in_quote]
        if missing:
            shown = ", ".join(format_number(n, digits=12) for n in missing)
            yield ctx.finding(
                ID, SEVERITY, [claim],
                f"{shown} of {claim.text} ({claim.id}) does not appear in its quote.",
                "Make the quote the fragment of the article that carries this figure, or correct the figure.",
            )
