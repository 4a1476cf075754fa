"""Plain text: one line per finding, `path:line:col: severity rule: message [fingerprint]`, for grep and CI."""

from __future__ import annotations

from factcheck.findings import Finding, Report, SkippedRule

_ANSI = {"error": "\033[1;31m", "warning": "\033[33m", "info": "\033[36m"}
_RESET = "\033[0m"


def render(report: Report, colour: bool = False) -> str:
    """One line per finding, then a summary line; colour marks the severities, the layout stays."""
    lines = [_line(finding, colour) for finding in report.findings]
    lines.append(summary(report))
    return "\n".join(lines) + "\n"


def _line(finding: Finding, colour: bool = False) -> str:
    loc = finding.location
    review = ""
    if finding.review is not None:
        note = f": {finding.review.note}" if finding.review.note else ""
        review = f" (reviewed: {finding.review.status} by {finding.review.by}, {finding.review.date}{note})"
    severity = finding.severity.value
    if colour:
        severity = f"{_ANSI[severity]}{severity}{_RESET}"
    return (f"{loc.path}:{loc.line}:{loc.column}: {severity} {finding.rule}: {finding.message} "
            f"[{finding.fingerprint}]{review}")


def summary(report: Report) -> str:
    """`2 errors, 11 warnings (1 reviewed) in 1 file; skipped: quote-not-found (no article text)`."""
    counts = report.counts()
    parts = [f"{count} {severity}{'' if count == 1 else 's'}" for severity, count in counts.items() if count]
    text = ", ".join(parts) if parts else "no findings"
    reviewed = sum(1 for finding in report.findings if finding.reviewed)
    if reviewed:
        text += f" ({reviewed} reviewed)"
    files = len(report.files)
    text += f" in {files} file{'' if files == 1 else 's'}"
    if report.rules_skipped:
        text += "; skipped: " + ", ".join(_skip(report, s) for s in report.rules_skipped)
    return text


def _skip(report: Report, skip: SkippedRule) -> str:
    """`quote-not-found (no article text)`, with `for 1 of 2 files` when other files ran the rule."""
    files = sum(1 for path in report.files if any(s.rule == skip.rule for s in report.skipped_for(path)))
    where = f" for {files} of {len(report.files)} files" if files < len(report.files) else ""
    return f"{skip.rule} ({skip.reason.split(':')[0]}{where})"
