"""Plain text: one line per finding, `path:line:col: severity rule: message [fingerprint]`, for grep and CI."""

from __future__ import annotations

from factcheck.findings import Finding, Report, SkippedRule


def render(report: Report) -> str:
    """One line per finding, then a summary line."""
    lines = [_line(finding) for finding in report.findings]
    lines.append(summary(report))
    return "\n".join(lines) + "\n"


def _line(finding: Finding) -> str:
    loc = finding.location
    review = ""
    if finding.review is not None:
        note = f": {finding.review.note}" if finding.review.note else ""
        review = f" (reviewed: {finding.review.status} by {finding.review.by}, {finding.review.date}{note})"
    return (f"{loc.path}:{loc.line}:{loc.column}: {finding.severity.value} {finding.rule}: {finding.message} "
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
        text += "; skipped: " + ", ".join(f"{s.rule} ({_why(s, files)})" for s in report.rules_skipped)
    return text


def _why(skip: SkippedRule, files: int) -> str:
    reason = skip.reason.split(":")[0]
    if skip.files and len(skip.files) < files:
        reason += f", {len(skip.files)} of {files} files"
    return reason
