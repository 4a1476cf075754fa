"""Terminal: findings grouped by file, each with its claims, sourcing and the intervals compared (rich)."""

from __future__ import annotations

import io
import os

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from factcheck.findings import ClaimRef, Finding, Report
from factcheck.reporters.text_report import summary

_STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def render(report: Report) -> str:
    """The report as rich text with colours, sized to the terminal."""
    buffer = io.StringIO()
    width = int(os.environ.get("COLUMNS", "0") or 0) or None
    console = Console(file=buffer, force_terminal=True, width=width, highlight=False)
    by_file: dict[str, list[Finding]] = {}
    for finding in report.findings:
        by_file.setdefault(finding.location.path, []).append(finding)
    for path, findings in by_file.items():
        console.rule(Text(path, style="bold"), align="left")
        for finding in findings:
            console.print(_panel(finding))
    console.print(Text(summary(report), style="bold"))
    return buffer.getvalue()


def _panel(finding: Finding) -> Panel:
    style = _STYLES[finding.severity.value]
    title = Text.assemble((finding.severity.value, style), " ", (finding.rule, "bold"))
    body: list[Text | Table] = [Text(finding.message)]
    if finding.review is not None:
        review = finding.review
        note = f": {review.note}" if review.note else ""
        body.append(Text(f"reviewed ({review.status}) by {review.by}, {review.date}{note}", style="green"))
    if finding.claims:
        body.append(_claims_table(finding.claims))
    if finding.compared:
        compared = Table(show_header=False, box=None, padding=(0, 1))
        for item in finding.compared:
            compared.add_row(Text(item.label, style="dim"), item.interval_text())
        body.append(compared)
    body.append(Text(finding.help, style="italic dim"))
    location = f"{finding.location.path}:{finding.location.line}:{finding.location.column}"
    return Panel(
        Group(*body), title=title, title_align="left",
        subtitle=Text(f"{location}  [{finding.fingerprint}]", style="dim"), subtitle_align="right",
        border_style="green" if finding.reviewed else style,
    )


def _claims_table(claims: tuple[ClaimRef, ...]) -> Table:
    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1), expand=False)
    for column in ("claim", "figure", "said by", "cites", "where"):
        table.add_column(column)
    for claim in claims:
        where = f"line {claim.line}"
        if claim.article_place is not None:
            place = claim.article_place
            where += f"; article ¶{place.paragraph} {place.line}:{place.column}"
        said_by = f"{claim.said_by_name} ({claim.said_by_kind})"
        figure = Text(f"{claim.figure} · {claim.period}")
        if claim.quote:
            figure.append(f"\n“{claim.quote}”", style="dim")
        table.add_row(claim.id, figure, said_by, claim.cites_name or Text("—", style="red"), where)
    return table
