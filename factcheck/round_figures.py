"""Round figures have two readings (format 1.1, section 6).

"10 млн тонн" may be rounding (loosely 5–15 млн) or exact to its last digit (strictly 9.5–10.5 млн). The
rules run on the loose reading, as always; when a claims file has round figures they run once more on the
strict reading. A contradiction the strict reading finds and the loose one does not is explained only if a
round figure is rough: it is reported as a warning that names the round figures, never at the rule's
severity, and never missed. `exact: true` makes a figure's strict reading its only one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence

from factcheck.findings import Finding, Severity
from factcheck.model import ClaimsFile

# Rules whose findings never depend on a figure's interval (sourcing, quotes, periods, dimensions): the
# strict reading cannot change what they find, so they are not run on it again.
_INTERVAL_FREE_RULES = frozenset({
    "unsourced", "quote-not-found", "figure-not-in-quote", "uncurated-figure", "stale-review", "stale-target",
    "future-actual", "period-granularity", "unit-mismatch",
})


def compares_intervals(rule_id: str) -> bool:
    """Whether a rule's findings may change with the reading of a round figure."""
    return rule_id not in _INTERVAL_FREE_RULES


def strict_view(claims_file: ClaimsFile) -> ClaimsFile | None:
    """The claims file with every round figure read strictly; None when it has no round figure."""
    if not any(claim.figure.strict is not None for claim in claims_file.claims):
        return None
    claims = tuple(
        dataclasses.replace(claim, figure=dataclasses.replace(claim.figure, interval=claim.figure.strict, strict=None))
        if claim.figure.strict is not None else claim
        for claim in claims_file.claims
    )
    return dataclasses.replace(claims_file, claims=claims, claims_by_id={claim.id: claim for claim in claims})


def loose_only_findings(
    claims_file: ClaimsFile, loose: Sequence[Finding], run: Callable[[ClaimsFile], Iterable[Finding]]
) -> list[Finding]:
    """The contradictions only the loose reading of a round figure explains, as warnings naming the figures.

    `loose` are the findings of the rules on the file as loaded; `run` runs the same rules on another view.
    """
    view = strict_view(claims_file)
    if view is None:
        return []
    seen = {finding.fingerprint for finding in loose}
    # a rule that groups figures may group them otherwise on the strict reading: a group within one already
    # reported says nothing new
    # (looked up by rule and claim, so a file with thousands of findings is not compared pair by pair)
    reported: dict[tuple[str, str], list[frozenset[str]]] = {}
    for finding in loose:
        ids = frozenset(ref.id for ref in finding.claims)
        for claim_id in ids:
            reported.setdefault((finding.rule, claim_id), []).append(ids)
    round_texts = {claim.id: claim.text for claim in claims_file.claims if claim.figure.strict is not None}
    warnings: list[Finding] = []
    for finding in run(view):
        claim_ids = frozenset(ref.id for ref in finding.claims)
        if finding.fingerprint in seen or _within_reported(finding.rule, claim_ids, reported):
            continue
        seen.add(finding.fingerprint)
        named = list(dict.fromkeys(round_texts[ref.id] for ref in finding.claims if ref.id in round_texts))
        warnings.append(dataclasses.replace(
            finding,
            severity=Severity.WARNING if finding.severity is Severity.ERROR else finding.severity,
            message=f"{finding.message.rstrip('.')}; {_only_if(named)}.",
        ))
    return warnings


def _within_reported(rule: str, claim_ids: frozenset[str],
                     reported: dict[tuple[str, str], list[frozenset[str]]]) -> bool:
    """Whether a finding of `rule` on one of these groups already holds every one of `claim_ids`."""
    if not claim_ids:  # a finding on no claim is within any of its rule
        return any(reported_rule == rule for reported_rule, _ in reported)
    fewest = min((reported.get((rule, claim_id), []) for claim_id in claim_ids), key=len)
    return any(claim_ids <= ids for ids in fewest)


def _only_if(round_figures: list[str]) -> str:
    if not round_figures:
        return "this holds only if one of the round figures involved is a rough round number"
    if len(round_figures) == 1:
        return f"this holds only if {round_figures[0]} is a rough round number"
    listed = ", ".join(round_figures[:-1]) + f" or {round_figures[-1]}"
    return f"this holds only if {listed} is a rough round number"
