"""unsourced: a figure stated by an outlet in its own voice that cites nobody.

What it checks:
    Claims whose `said_by` is a source of kind `outlet` and which have no `cites`.

Why it matters:
    A figure in the newsroom's own voice needs a primary source the reader (and the editor) can check:
    "по данным Комитета по статистике". Figures said by a quoted expert or an official body are attributed
    already.

Example:
    sources: {baq: {name: BAQ.KZ, kind: outlet}}
    claims:
      - {id: cargo, metric: cargo, period: "2023", value: "4,5 млн тонн", said_by: baq}
    warning unsourced: 4,5 млн тонн (cargo) is stated by BAQ.KZ in its own voice and cites nobody.

Passes:
    sources: {baq: {name: BAQ.KZ, kind: outlet}, stat-committee: {name: Комитет по статистике, kind: official}}
    claims:
      - {id: cargo, metric: cargo, period: "2023", value: "4,5 млн тонн", said_by: baq, cites: stat-committee}

Tolerance:
    None.

How to silence:
    Add `cites:` naming the primary source, and attribute the figure in the article.

"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.findings import Finding, Severity
from factcheck.rules.base import Context

ID = "unsourced"
ORDER = 120
SEVERITY = Severity.WARNING


def check(ctx: Context) -> Iterator[Finding]:
    """Report each outlet-voiced claim without `cites`."""
    for claim in ctx.claims:
        if claim.said_by.kind == "outlet" and claim.cites is None:
            yield ctx.finding(
                ID, SEVERITY, [claim],
                f"{claim.text} ({claim.id}) is stated by {claim.said_by.name} in its own voice and cites "
                "nobody.",
                "Name the primary source in the article and add it as 'cites'.",
            )
