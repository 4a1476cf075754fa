"""future-actual: an actual figure for a period that starts after publication, or has not ended by then.

What it checks:
    Claims of kind `actual` whose period starts after `article.published` (an error) or is still running
    on that date (a warning).

Why it matters:
    Nobody can report the actual 2026 turnover in October 2025: the figure is a plan or a forecast, or its
    period is mistyped. A running period ("2025" in October 2025) is legitimate only as year-to-date, which
    should be said.

Example:
    article: {published: 2025-10-20}
    claims:
      - {id: t, metric: trade, period: "2026", value: "$1 млрд", said_by: baq}
    error future-actual: $1 млрд (t) is an actual figure for 2026, which starts after publication
    (2025-10-20).

Passes:
    article: {published: 2025-10-20}
    claims:
      - {id: t, metric: trade, period: "2026", kind: target, value: "$1 млрд", said_by: baq}
    ---
    article: {published: 2025-10-20}
    claims:
      - {id: t, metric: trade, period: "2025-01/2025-08", value: "$1 млрд", said_by: baq}

Tolerance:
    A single day equal to the publication date is a level on that day and passes.

How to silence:
    Set `kind: target` or `kind: forecast`, or correct the period; for a year-to-date figure write the
    months covered (`2025-01/2025-09`).

"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.findings import Finding, Severity
from factcheck.rules.base import Context

ID = "future-actual"
ORDER = 100
SEVERITY = Severity.ERROR


def check(ctx: Context) -> Iterator[Finding]:
    """Compare each actual claim's period with the publication date."""
    published = ctx.claims_file.article.published
    for claim in ctx.claims:
        period = claim.period
        if claim.kind != "actual" or period is None:
            continue
        if period.start > published:
            severity, when = Severity.ERROR, "starts after publication"
        elif period.end > published:
            severity, when = Severity.WARNING, "had not ended by publication"
        else:
            continue
        yield ctx.finding(
            ID, severity, [claim],
            f"{claim.text} ({claim.id}) is an actual figure for {period.text}, which {when} ({published}).",
            "If it is a plan or forecast, set its kind; otherwise correct the period or name the months "
            "it covers.",
        )
