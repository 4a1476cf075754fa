"""GitHub Actions workflow commands: an annotation per finding, within GitHub's per-step limits.

GitHub shows at most 10 error and 10 warning annotations (and 10 notices) per step; the rest are printed as
plain log lines and counted in a closing notice, so nothing is silently dropped.
"""

from __future__ import annotations

from factcheck.escaping import github_data, github_property, line_start, one_line
from factcheck.findings import Finding, Report
from factcheck.reporters.text_report import summary

LIMIT_PER_LEVEL = 10
COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


# a message and a property value, escaped so data can neither end its command nor start another
escape_data = github_data
escape_property = github_property


def render(report: Report) -> str:
    """Annotations for unreviewed findings, log lines for the rest, and a closing summary notice."""
    used = {command: 0 for command in COMMANDS.values()}
    used["notice"] = 1  # one notice is kept for the summary
    lines: list[str] = []
    unannotated = 0
    for finding in report.findings:
        command = COMMANDS[finding.severity.value]
        if finding.reviewed or used[command] >= LIMIT_PER_LEVEL:
            unannotated += not finding.reviewed
            lines.append(_log_line(finding))
            continue
        used[command] += 1
        lines.append(_annotation(command, finding))
    closing = summary(report)
    if unannotated:
        closing += f"; {unannotated} more not annotated (GitHub shows 10 per level): see the log above"
    lines.append(f"::notice title=factcheck::{escape_data(closing)}")
    return "\n".join(lines) + "\n"


def _annotation(command: str, finding: Finding) -> str:
    loc = finding.location
    properties = [f"file={escape_property(loc.path)}", f"line={loc.line}", f"col={loc.column}"]
    if loc.end_line:
        properties.append(f"endLine={loc.end_line}")
    if loc.end_column:
        properties.append(f"endColumn={loc.end_column}")
    properties.append(f"title={escape_property(f'{finding.rule} [{finding.fingerprint}]')}")
    return f"::{command} {','.join(properties)}::{escape_data(finding.message)}"


def _log_line(finding: Finding) -> str:
    loc = finding.location
    reviewed = " (reviewed)" if finding.reviewed else ""
    # a plain line between commands: it starts with the path, which must not read as a command of its own
    return (f"{line_start(loc.path)}:{loc.line}:{loc.column}: {finding.severity.value} {finding.rule}{reviewed}: "
            f"{one_line(finding.message)} [{one_line(finding.fingerprint)}]")
