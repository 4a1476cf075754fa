"""quote-not-found: with the article text, a quote that is not in it.

What it checks:
    Each claim's `quote` is searched for in the article text, folding case, quotation marks, dashes, ё/е
    and runs of white space; `...` or `…` inside a quote skips words.

Why it matters:
    A quote missing from the draft means the sentence was edited after the claims file was curated: the
    figure may have changed, and every check on it is checking the past.

Example:
    text: "В 2023 году товарооборот достиг $540 млн."
    claims:
      - {id: t, metric: trade, period: "2023", value: "$533 млн", said_by: baq, quote: "товарооборот достиг $533 млн"}
    error quote-not-found: The quote of t ("товарооборот достиг $533 млн") is not in the article text.
    The closest passage, at line 1, reads "В 2023 году товарооборот достиг $540 млн.".

Passes:
    text: "«Товарооборот  достиг $533 млн», пишет BAQ.KZ."
    claims:
      - {id: t, metric: trade, period: "2023", value: "$533 млн", said_by: baq, quote: "товарооборот достиг $533 млн"}

Tolerance:
    Runs only when the article text is given (`article.text` or `--text`); skipped otherwise. A Markdown draft
    is matched as its reader sees it (no markup). When a sentence of the draft still holds most of the quote
    (three quarters of its characters), the finding points at that sentence's line and column in the draft;
    otherwise at the claim.

How to silence:
    Update the quote (and the figure, if it changed) from the current draft.

"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.findings import Finding, Location, Severity
from factcheck.rules.base import Context

ID = "quote-not-found"
ORDER = 130
SEVERITY = Severity.ERROR
NEEDS_TEXT = True


def check(ctx: Context) -> Iterator[Finding]:
    """Report each claim whose quote cannot be located, pointing at the draft's closest passage."""
    article = ctx.article
    if article is None:
        return
    for claim in ctx.claims:
        if not claim.quote or ctx.quote_span(claim) is not None:
            continue
        message = f"The quote of {claim.id} (\"{claim.quote}\") is not in the article text."
        location = None
        closest = article.closest_passage(claim.quote)
        if closest is not None:
            start, end = closest
            place, last = article.place(start), article.place(end - 1)
            passage = " ".join(article.text[start:end].split())
            message += f" The closest passage, at line {place.line}, reads \"{passage}\"."
            location = Location(str(article.path), place.line, place.column, last.line, last.column + 1)
        yield ctx.finding(
            ID, SEVERITY, [claim], message,
            "The draft changed: update the quote and check the figure against the new wording.",
            location=location,
        )
