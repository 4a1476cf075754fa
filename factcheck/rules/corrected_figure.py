"""corrected-figure: a draft reuses a figure the outlet later corrected.

What it checks:
    A claim whose figure agrees with an archived figure of the same metric (its key), period and kind that a
    later article corrected (its claim says `corrects: ARTICLE-URL#CLAIM-ID`, or `factcheck archive correct`
    recorded it) to a figure the claim's does not agree with. A figure withdrawn without a correcting one
    (`archive correct --reason`) counts as corrected to a figure no claim agrees with. Runs only with
    `verify --archive`, which reads the archived figures and their corrections.

Why it matters:
    A correction is the outlet's word that a figure was wrong. Printing it again repeats the error the
    outlet has already apologised for, and readers who saw the correction notice it first.

Example:
    # `archived:` stands for what `verify --archive` read from the archive: claims of earlier articles
    claims:
      - {id: "https://outlet.example/a#trade-2023", metric: trade, period: "2023", value: "$533 млн", said_by: baq}
      - {id: "https://outlet.example/b#fixed", metric: trade, period: "2023", value: "$547 млн", said_by: baq,
         corrects: "https://outlet.example/a#trade-2023"}
      - {id: t, metric: trade, period: "2023", value: "$533 млн", said_by: baq}
    archived: ["https://outlet.example/a#trade-2023", "https://outlet.example/b#fixed"]
    error corrected-figure: $533 млн (2023, t) repeats $533 млн (https://outlet.example/a#trade-2023), which
    the outlet later corrected to $547 млн (https://outlet.example/b#fixed).

Passes:
    claims:
      - {id: "https://outlet.example/a#trade-2023", metric: trade, period: "2023", value: "$533 млн", said_by: baq}
      - {id: "https://outlet.example/b#fixed", metric: trade, period: "2023", value: "$547 млн", said_by: baq,
         corrects: "https://outlet.example/a#trade-2023"}
      - {id: t, metric: trade, period: "2023", value: "$547 млн", said_by: baq}
    archived: ["https://outlet.example/a#trade-2023", "https://outlet.example/b#fixed"]

Tolerance:
    Figures agree when their intervals overlap, as everywhere: a claim that agrees with both the corrected
    and the correcting figure ("около $540 млн") is not reported. Archived claims are never reported
    themselves: an earlier article that printed the figure before it was corrected was not wrong then.

How to silence:
    Use the corrected figure, or record a review (status accepted) when the draft discusses the correction.

"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from factcheck.findings import Finding, Severity
from factcheck.model import Claim
from factcheck.rules.base import Context, describe

ID = "corrected-figure"
ORDER = 26
SEVERITY = Severity.ERROR
NEEDS_ARCHIVE = True


def check(ctx: Context) -> Iterator[Finding]:
    """Index the corrected archived values by metric, span and kind; look each of the file's own values up."""
    corrected: dict[tuple[str, date, date, str], list[Claim]] = {}
    for claim in ctx.claims:
        if claim.corrections and claim.form == "value" and claim.period is not None and claim.amount is not None:
            corrected.setdefault((claim.metric.id, claim.period.start, claim.period.end, claim.kind), []).append(claim)
    if not corrected:
        return
    for draft in ctx.claims:
        if draft.archived or draft.form != "value" or draft.period is None or draft.amount is None:
            continue
        for old in corrected.get((draft.metric.id, draft.period.start, draft.period.end, draft.kind), ()):
            if old.amount is None or not old.amount.overlaps(draft.amount):
                continue
            finding = _repeated(ctx, draft, old)
            if finding is not None:
                yield finding


def _repeated(ctx: Context, draft: Claim, old: Claim) -> Finding | None:
    """The finding for a claim that repeats a corrected figure, unless it agrees with every correction."""
    assert draft.amount is not None
    for correction in old.corrections:
        correcting = correction.by
        if correcting is not None and (correcting.amount is None or correcting.amount.overlaps(draft.amount)):
            continue
        involved = [draft, old] if correcting is None else [draft, old, correcting]
        if correcting is not None:
            later = f"corrected to {correcting.text} ({correcting.id})"
        else:
            later = "withdrew" + (f" ({correction.reason})" if correction.reason else "")
        return ctx.finding(
            ID, SEVERITY, involved,
            f"{describe(draft)} repeats {old.text} ({old.id}), which the outlet later {later}.",
            "Use the corrected figure, or say in the article why the earlier one stands.",
            [ctx.compared(f"{c.id}: {c.text}", c.amount, c) for c in involved if c.amount is not None],
        )
    return None
