"""Markdown for a pull-request comment: a summary table, then each finding with its claims and intervals."""

from __future__ import annotations

from factcheck.findings import Finding, Report
from factcheck.intervals import format_interval


def _cell(text: str | None) -> str:
    return (text or "—").replace("|", "\\|").replace("\n", " ")


def render(report: Report) -> str:
    """The whole comment."""
    counts = report.counts()
    failing = len(report.failing())
    verdict = f"**{failing} finding{'s' if failing != 1 else ''} fail the check**" if failing else "**passes**"
    lines = [
        "## factcheck",
        "",
        f"{verdict} (fail on: {report.fail_on}).",
        "",
        "| file | errors | warnings | info | reviewed |",
        "|---|---:|---:|---:|---:|",
    ]
    for path in report.files:
        own = [f for f in report.findings if f.claims_file == path]
        by = {s: sum(1 for f in own if f.severity.value == s) for s in counts}
        reviewed = sum(1 for f in own if f.reviewed)
        lines.append(f"| `{_cell(path)}` | {by['error']} | {by['warning']} | {by['info']} | {reviewed} |")
    if report.rules_skipped:
        lines += ["", "Skipped: " + "; ".join(f"`{s.rule}` ({s.reason})" for s in report.rules_skipped) + "."]
    for finding in report.findings:
        lines += ["", *_finding(finding)]
    return "\n".join(lines) + "\n"


def _finding(finding: Finding) -> list[str]:
    loc = finding.location
    reviewed = ""
    if finding.review is not None:
        review = finding.review
        note = f": {review.note}" if review.note else ""
        reviewed = f" · reviewed ({review.status}) by {review.by}, {review.date}{note}"
    lines = [
        f"### {finding.severity.value.upper()} `{finding.rule}` · `{loc.path}:{loc.line}`{reviewed}",
        "",
        _cell(finding.message),
    ]
    if finding.claims:
        lines += ["", "| claim | figure | period | said by | cites | quote |", "|---|---|---|---|---|---|"]
        for claim in finding.claims:
            lines.append(
                f"| `{claim.id}` | {_cell(claim.figure)} | {_cell(claim.period)} | "
                f"{_cell(claim.said_by_name)} ({claim.said_by_kind}) | {_cell(claim.cites_name or 'nobody')} | "
                f"{_cell(claim.quote)} |"
            )
    if finding.compared:
        lines += [""] + [f"- {item.label}: {format_interval(item.interval, item.unit)}" for item in finding.compared]
    lines += ["", f"> {finding.help}", "", f"<sub>fingerprint `{finding.fingerprint}`</sub>"]
    return lines
