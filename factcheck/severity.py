"""The one place a finding's severity is decided: the rule's default, the configuration, then the caps.

In this order: the rule's default (the finding as a rule made it), then `[severity]` in the configuration, then
the caps, which the configuration cannot lift.

The caps say a contradiction is not established, so it can be at most a warning:
- a round figure's loose reading: only reading "30,000" as 25,000..35,000 explains it (round_figures.py);
- a guess: a claim it rests on still lists a field under `guessed:` (a draft's writer guessed it); the message
  names each guess, "holds only if the period of 'x' in line 12 is right";
- another outlet's figure: a finding against the archive that rests on a figure another outlet printed (or
  one printed with no outlet named) is that outlet's to answer for, not the draft's error.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Mapping

from factcheck.findings import Finding, Severity
from factcheck.model import ClaimsFile

_CAP = Severity.WARNING
# the fields a rule's finding rests on, where it is not every field of its claims
_RESTS_ON: dict[str, tuple[str, ...]] = {"unsourced": ("said_by", "cites")}
# whom a claim cites bears on its sourcing alone: no other rule's finding rests on a guessed `cites`
_SOURCING_ONLY = ("cites",)


def decided(
    finding: Finding, claims_file: ClaimsFile, overrides: Mapping[str, Severity], loose: Collection[str] = (),
    *, another_outlets: bool = False,
) -> Finding:
    """The finding at the severity it gets: configured, then capped."""
    severity = overrides.get(finding.rule, finding.severity)
    if finding.fingerprint in loose or another_outlets:
        severity = _capped(severity)
    guesses = guesses_of(finding, claims_file)
    message = finding.message
    if guesses:
        severity = _capped(severity)
        verb = "is" if len(guesses) == 1 else "are"
        message = f"{message.rstrip('.')}; this holds only if {_listed(guesses)} {verb} right."
    if severity is finding.severity and message == finding.message:
        return finding
    return dataclasses.replace(finding, severity=severity, message=message)


def guesses_of(finding: Finding, claims_file: ClaimsFile) -> list[str]:
    """The guesses a finding rests on, as its message names them: "the period of 'x' in line 12"."""
    named: list[str] = []
    for reference in finding.claims:
        claim = claims_file.claims_by_id.get(reference.id)
        if claim is None:
            continue
        for field in claim.guesses:
            if finding.rule in _RESTS_ON and field not in _RESTS_ON[finding.rule]:
                continue
            if finding.rule not in _RESTS_ON and field in _SOURCING_ONLY:
                continue
            named.append(f"the {field.replace('_', ' ')} of '{claim.id}' in line {claim.position.line}")
    return list(dict.fromkeys(named))


def _capped(severity: Severity) -> Severity:
    return _CAP if severity.rank > _CAP.rank else severity


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" and {names[-1]}"
