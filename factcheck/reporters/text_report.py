"""Plain text: one line per finding, `path:line:col: severity rule: message [fingerprint]`, for grep and CI."""

from __future__ import annotations

from collections import Counter

from factcheck.escaping import line_start, one_line
from factcheck.findings import Finding, Report

_ANSI = {"error": "\033[1;31m", "warning": "\033[33m", "info": "\033[36m"}
_RESET = "\033[0m"


def render(report: Report, colour: bool = False, summary_line: bool = True) -> str:
    """One line per finding, then a summary line (unless `verify -q`); colour marks the severities only."""
    lines = [_line(finding, colour) for finding in report.findings]
    if summary_line:
        lines.append(one_line(summary(report)))
    return "".join(line + "\n" for line in lines)


def _line(finding: Finding, colour: bool = False) -> str:
    loc = finding.location
    review = ""
    if finding.review is not None:
        note = f": {one_line(finding.review.note)}" if finding.review.note else ""
        review = f" (reviewed: {finding.review.status} by {one_line(finding.review.by)}, {finding.review.date}{note})"
    severity = finding.severity.value
    if colour:
        severity = f"{_ANSI[severity]}{severity}{_RESET}"
    # data is escaped for a one-line format; the line starts with the path, so no path reads as a workflow command
    return (f"{line_start(loc.path)}:{loc.line}:{loc.column}: {severity} {one_line(finding.rule)}: "
            f"{one_line(finding.message)} [{one_line(finding.fingerprint)}]{review}")


def summary(report: Report) -> str:
    """The closing line, naming the configuration used.

    `2 errors, 11 warnings (1 reviewed) in 1 file; skipped: quote-not-found (no article text); configuration:
    defaults`.
    """
    counts = report.counts()
    parts = [f"{count} {severity}{'' if count == 1 else 's'}" for severity, count in counts.items() if count]
    text = ", ".join(parts) if parts else "no findings"
    reviewed = sum(1 for finding in report.findings if finding.reviewed)
    if reviewed:
        text += f" ({reviewed} reviewed)"
    files = len(report.files)
    text += f" in {files} file{'' if files == 1 else 's'}"
    if report.guessed:  # format 1.2 section 4: a draft is not checked until its guesses are confirmed
        one = report.guessed == 1
        text += f"; {report.guessed} claim{'' if one else 's'} still carr{'ies' if one else 'y'} guesses"
    if report.rules_skipped:
        where = skipped_where(report)
        text += "; skipped: " + ", ".join(f"{s.rule} ({s.reason.split(':')[0]}{where[s.rule]})"
                                          for s in report.rules_skipped)
    # which file decided the verdict (fail-on, ignores, severities), so one found elsewhere cannot hide
    text += f"; configuration: {report.configuration or 'defaults'}"
    return text


def skipped_where(report: Report) -> dict[str, str]:
    """For each skipped rule, ` for 1 of 2 files` when other files ran it, else nothing (one pass)."""
    if not report.skipped_by_file:
        return {s.rule: "" for s in report.rules_skipped}
    files = Counter(s.rule for _, skips in report.skipped_by_file for s in skips)
    total = len(report.files)
    return {s.rule: f" for {files[s.rule]} of {total} files" if files[s.rule] < total else ""
            for s in report.rules_skipped}
