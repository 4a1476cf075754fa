"""stale-target: a target or forecast for a period that had ended by publication.

What it checks:
    Claims of kind `target` or `forecast` whose period ended before `article.published`.

Why it matters:
    By publication the outcome is known: the article should report what happened, or say the target was
    missed. A stale target often means a figure copied from an old press release.

Example:
    article: {published: 2025-10-20}
    claims:
      - {id: goal, metric: trade, period: "2024", kind: target, value: "$1 млрд", said_by: baq}
    warning stale-target: $1 млрд (goal) is a target for 2024, which had ended by publication (2025-10-20).

Passes:
    article: {published: 2025-10-20}
    claims:
      - {id: goal, metric: trade, period: "2027", kind: target, value: "$1 млрд", said_by: baq}
      - {id: undated, metric: trade, kind: target, value: "$2 млрд", said_by: baq}

Tolerance:
    The period must have ended strictly before the publication date.

How to silence:
    Report the actual figure instead, or record a review when the article discusses the missed target.

"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.findings import Finding, Severity
from factcheck.rules.base import Context

ID = "stale-target"
ORDER = 110
SEVERITY = Severity.WARNING


def check(ctx: Context) -> Iterator[Finding]:
    """Report each dated target or forecast whose period ended before publication."""
    published = ctx.claims_file.article.published
    for claim in ctx.claims:
        if claim.kind in ("target", "forecast") and claim.period is not None and claim.period.end < published:
            yield ctx.finding(
                ID, SEVERITY, [claim],
                f"{claim.text} ({claim.id}) is a {claim.kind} for {claim.period.text}, which had ended by "
                f"publication ({published}).",
                "Report the outcome, or say in the article that the target was missed.",
            )
