"""stale-review: a review whose fingerprint matches no finding.

What it checks:
    Every entry under `reviews:` must name the fingerprint of a finding of this run.

Why it matters:
    When the claims change, a finding may disappear or change its fingerprint; the editor's decision then
    no longer applies to anything, and nobody notices unless it is reported.

Example:
    reviews:
      - {finding: 000000000000, status: accepted, by: "A. Editor", date: 2025-10-20}
    warning stale-review: the review of 000000000000 by A. Editor (2025-10-20) matches no finding.

Passes:
    A review whose `finding` is a fingerprint `factcheck verify` prints for this file.

Tolerance:
    Runs only when every rule ran (no --select/--ignore, article text given), since a fingerprint does not
    say which rule it belongs to; otherwise it is reported as skipped.

How to silence:
    Remove the review, or update its fingerprint to the finding it was meant for.

"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.findings import Finding, Location, Severity
from factcheck.rules.base import Context

ID = "stale-review"
SEVERITY = Severity.WARNING


def check(ctx: Context) -> Iterator[Finding]:
    """Report each review whose fingerprint no finding of this run has."""
    live = {key for finding in ctx.findings for key in finding.fingerprints}
    for review in ctx.claims_file.reviews:
        if review.finding in live:
            continue
        yield ctx.finding(
            ID, SEVERITY, [],
            f"The review of {review.finding} by {review.by} ({review.date}) matches no finding.",
            "Remove the review or update its fingerprint; `factcheck verify` prints the current ones.",
            subject=[review.finding],
            location=Location(str(ctx.claims_file.path), review.position.line, review.position.column),
        )
