"""stale-review: a review whose fingerprint matches no finding.

What it checks:
    Every entry under `reviews:` must name the fingerprint of a finding of this run.

Why it matters:
    When the claims change, a finding may disappear or change its fingerprint; the editor's decision then
    no longer applies to anything, and nobody notices unless it is reported.

Example:
    reviews:
      - {finding: 3f9a1c2e7b4d, rule: period-conflict, status: accepted, by: "A. Editor", date: 2025-10-20}
    warning stale-review: The review of 3f9a1c2e7b4d (period-conflict) by A. Editor (2025-10-20) matches no
    finding.

Passes:
    # the fingerprint that `factcheck verify` prints for this file's period-conflict
    claims:
      - {id: trade-2023, metric: trade, period: "2023", value: "$533 млн", said_by: baq}
      - {id: trade-2024, metric: trade, period: "2024", value: "$533 млн", said_by: expert}
    reviews:
      - {finding: 5f16605b4f0f, rule: period-conflict, status: accepted, by: "A. Editor", date: 2025-10-20}

Tolerance:
    A review that names its rule (`rule:`, which `factcheck review` records) is judged whenever that rule
    ran, with or without the article text. A review without `rule:` (written by hand, or before reviews
    recorded it) could belong to any rule, so it is judged only when every rule ran (no --select/--ignore,
    article text given); otherwise stale-review is listed as skipped for it. A review keeps matching a
    finding under the fingerprint it had before fingerprints included the figures, and under a rule's
    former id.

How to silence:
    Move the review to the finding it was meant for, `factcheck review FILE --move OLD NEW` (the message
    prints this command when exactly one unreviewed finding of the review's rule is left in the file), or
    remove it, `factcheck review FILE --remove OLD`; `factcheck desk` does either with a button.

"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.findings import Finding, Location, Severity
from factcheck.rules.base import Context

ID = "stale-review"
ORDER = 1000
SEVERITY = Severity.WARNING


def check(ctx: Context) -> Iterator[Finding]:
    """Report each review judged in this run whose fingerprint no finding of this run answers to."""
    live = {name for finding in ctx.findings for name in (finding.fingerprint, *finding.former_fingerprints)}
    for review in ctx.claims_file.reviews:
        judged = ctx.full_run or review.rule in ctx.rules_run
        if not judged or review.finding in live:
            continue
        rule = f" ({review.rule})" if review.rule else ""
        where = shell_word(str(ctx.claims_file.path))
        # the finding the review was most likely meant for: the one unreviewed finding of its rule left
        candidates = [f for f in ctx.findings if review.rule and f.rule == review.rule and f.review is None]
        move = ""
        if len(candidates) == 1:
            move = (f"; if it was meant for {candidates[0].fingerprint} (line {candidates[0].location.line}), run "
                    f"factcheck review {where} --move {review.finding} {candidates[0].fingerprint}")
        yield ctx.finding(
            ID, SEVERITY, [],
            f"The review of {review.finding}{rule} by {review.by} ({review.date}) matches no finding{move}.",
            f"Move the review to the finding it was meant for (factcheck review {where} --move {review.finding} "
            f"NEW) or remove it (factcheck review {where} --remove {review.finding}); factcheck desk does either.",
            subject=[review.finding],
            location=Location(str(ctx.claims_file.path), review.position.line, review.position.column),
        )


_SHELL_SAFE = re.compile(r"[\w@%+=:,./-]+")


def shell_word(path: str) -> str:
    """The path as a shell word (quoted only when it must be), so the printed command runs as it is."""
    return path if _SHELL_SAFE.fullmatch(path) else "'" + path.replace("'", "'\"'\"'") + "'"
