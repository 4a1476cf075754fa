"""quote-not-found: with the article text, a quote that is not in it.

What it checks:
    Each claim's `quote` is searched for in the article text, folding case, quotation marks, dashes, ё/е
    and runs of white space; `...` or `…` inside a quote skips words.

Why it matters:
    A quote missing from the draft means the sentence was edited after the claims file was curated: the
    figure may have changed, and every check on it is checking the past.

Example:
    claims:
      - {id: t, ..., quote: "товарооборот достиг $533 млн"}
    with a draft that now says "товарооборот достиг $540 млн":
    error quote-not-found: the quote of t ("товарооборот достиг $533 млн") is not in the article text.

Passes:
    A draft containing «Товарооборот  достиг $533 млн» (case, spaces and quote marks differ only).

Tolerance:
    Runs only when the article text is given (`article.text` or `--text`); skipped otherwise.

How to silence:
    Update the quote (and the figure, if it changed) from the current draft.

"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.findings import Finding, Severity
from factcheck.rules.base import Context

ID = "quote-not-found"
SEVERITY = Severity.ERROR
NEEDS_TEXT = True


def check(ctx: Context) -> Iterator[Finding]:
    """Report each claim whose quote cannot be located in the article text."""
    for claim in ctx.claims:
        if claim.quote and ctx.quote_span(claim) is None:
            yield ctx.finding(
                ID, SEVERITY, [claim],
                f"The quote of {claim.id} (\"{claim.quote}\") is not in the article text.",
                "The draft changed: update the quote and check the figure against the new wording.",
            )
