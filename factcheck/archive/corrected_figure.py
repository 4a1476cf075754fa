"""corrected-figure: a draft reuses a figure the outlet later corrected.

What it checks:
    A claim whose figure agrees with an archived figure of the same key, period and kind that a later article
    corrected (its claim says `corrects: ARTICLE-URL#CLAIM-ID`, or `factcheck archive correct` recorded it)
    to a figure the draft's does not agree with. A correction recorded without a correcting figure counts
    as one the draft cannot agree with. Runs only with `verify --archive`.

Why it matters:
    A correction is the outlet's word that a figure was wrong. Printing it again repeats the error the
    outlet has already apologised for, and readers who saw the correction notice it first.

Example:
    # archived: https://outlet.example/a (2025-10-12) prints trade 2023 as "$533 млн" (claim trade-2023);
    # https://outlet.example/b (2025-10-14) says corrects: "https://outlet.example/a#trade-2023", "$547 млн"
    claims:
      - {id: t, metric: trade, period: "2023", value: "$533 млн", said_by: baq}
    error corrected-figure: $533 млн (2023, t) repeats $533 млн, which https://outlet.example/b corrected to
    $547 млн.

Passes:
    claims:
      - {id: t, metric: trade, period: "2023", value: "$547 млн", said_by: baq}

Tolerance:
    Figures agree when their intervals overlap, as everywhere: a draft figure that agrees with both the
    corrected and the correcting figure ("около $540 млн") is not reported.

How to silence:
    Use the corrected figure, or record a review (status accepted) when the draft discusses the correction.

"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from factcheck.findings import Finding, Severity
from factcheck.model import Claim, ClaimsFile, Metric
from factcheck.rules.base import Context

if TYPE_CHECKING:
    from factcheck.archive.records import ArchivedClaim
    from factcheck.archive.store import Store

ID = "corrected-figure"
SEVERITY = Severity.ERROR


def findings(
    claims_file: ClaimsFile, archived: Sequence[Claim], by_ref: Mapping[str, ArchivedClaim],
    corrections: Mapping[str, list[tuple[str | None, str | None]]], store: Store,
    metrics_by_key: Mapping[str, Metric], options: Mapping[str, Mapping[str, Any]],
) -> list[Finding]:
    """The draft's values that repeat a corrected archived figure."""
    from factcheck.archive.check import rebuilt, with_claims

    values = [c for c in archived if c.form == "value" and c.amount is not None and c.period is not None]
    found: list[Finding] = []
    for draft in claims_file.claims:
        if draft.form != "value" or draft.amount is None or draft.period is None or draft.metric.key is None:
            continue
        for old in values:
            if (old.id not in corrections or old.metric.key != draft.metric.key or old.kind != draft.kind
                    or not old.period or not old.period.same_span(draft.period)
                    or not old.amount or not old.amount.overlaps(draft.amount)):
                continue
            for correcting_ref, reason in corrections[old.id]:
                correcting = None
                if correcting_ref is not None:
                    item = by_ref.get(correcting_ref) or store.claim(correcting_ref)
                    if item is None:
                        continue  # the correcting article was removed: nothing to weigh the draft against
                    read = rebuilt([item], metrics_by_key, claims_file.article.language)
                    correcting = read[0] if read else None
                    if correcting is None or correcting.amount is None or correcting.amount.overlaps(draft.amount):
                        continue
                involved = [draft, old] if correcting is None else [draft, old, correcting]
                context = Context(with_claims(claims_file, involved[1:]), None, options)
                to = (f"corrected to {correcting.text} ({correcting.id})" if correcting is not None
                      else "withdrew" + (f" ({reason})" if reason else ""))
                found.append(context.finding(
                    ID, SEVERITY, involved,
                    f"{draft.text} ({draft.period_text}, {draft.id}) repeats {old.text} ({old.id}), which was later "
                    f"{to}.",
                    "Use the corrected figure, or say in the article why the earlier one stands.",
                    [context.compared(f"{c.id}: {c.text}", c.amount, c) for c in involved if c.amount is not None],
                ))
                break
    return found
