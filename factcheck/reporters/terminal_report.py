"""Terminal: findings grouped by file, each with its claims, sourcing and the intervals compared (rich).

Data reaches rich only as `Text` (never as a string rich would read markup in), escaped for one line.
"""

from __future__ import annotations

import io
import os

from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from factcheck.escaping import one_line
from factcheck.findings import ClaimRef, Finding, Report
from factcheck.reporters.text_report import summary

_STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan"}
# below this many columns the claims table would squeeze quotes into a narrow column: one block per claim instead
COMPACT_BELOW = 100


def render(report: Report, colour: bool = True) -> str:
    """The report as panels sized to the terminal; colour changes the colours only, never the layout."""
    buffer = io.StringIO()
    width = terminal_width()
    console = Console(file=buffer, force_terminal=colour, no_color=not colour, width=width,
                      highlight=False, emoji=False)
    by_file: dict[str, list[Finding]] = {}
    for finding in report.findings:
        by_file.setdefault(finding.location.path, []).append(finding)
    for path, findings in by_file.items():
        console.rule(Text(one_line(path), style="bold"), align="left")
        for finding in findings:
            console.print(_panel(finding, compact=width < COMPACT_BELOW))
    console.print(Text(one_line(summary(report)), style="bold"))
    return buffer.getvalue()


def terminal_width() -> int:
    """COLUMNS, else the terminal's width, else 80."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    try:
        return os.get_terminal_size().columns
    except OSError:
        return 80


def _panel(finding: Finding, compact: bool = False) -> Panel:
    style = _STYLES[finding.severity.value]
    title = Text.assemble((finding.severity.value, style), " ", (one_line(finding.rule), "bold"))
    body: list[Text | Table | Group] = [Text(one_line(finding.message))]
    if finding.review is not None:
        review = finding.review
        note = f": {review.note}" if review.note else ""
        body.append(Text(one_line(f"reviewed ({review.status}) by {review.by}, {review.date}{note}"), style="green"))
    if finding.claims:
        body.extend(_claim_blocks(finding.claims) if compact else [_claims_table(finding.claims)])
    if finding.compared:
        compared = Table(show_header=False, box=None, padding=(0, 1))
        for item in finding.compared:
            compared.add_row(Text(one_line(item.label), style="dim"), Text(one_line(item.interval_text())))
        body.append(compared)
    body.append(Text(one_line(finding.help), style="italic dim"))
    location = one_line(f"{finding.location.path}:{finding.location.line}:{finding.location.column}")
    return Panel(
        Group(*body), title=title, title_align="left",
        subtitle=Text(f"{location}  [{one_line(finding.fingerprint)}]", style="dim"), subtitle_align="right",
        border_style="green" if finding.reviewed else style,
    )


def _claims_table(claims: tuple[ClaimRef, ...]) -> Table:
    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1), expand=False)
    # ids are never cut: their column is as wide as the longest; other cells wrap
    table.add_column("claim", no_wrap=True, min_width=max(len(claim.id) for claim in claims))
    for column in ("figure", "said by", "cites", "where"):
        table.add_column(column, overflow="fold")
    for claim in claims:
        where = f"line {claim.line}"
        if claim.article_place is not None:
            place = claim.article_place
            where += f"; article ¶{place.paragraph} {place.line}:{place.column}"
        said_by = Text(one_line(f"{claim.said_by_name} ({claim.said_by_kind})"))
        figure = Text(one_line(f"{claim.figure} · {claim.period}"))
        if claim.quote:
            figure.append(f"\n“{one_line(claim.quote)}”", style="dim")
        cites = Text(one_line(claim.cites_name)) if claim.cites_name else Text("—", style="red")
        table.add_row(Text(one_line(claim.id)), figure, said_by, cites, Text(where))
    return table


def _claim_blocks(claims: tuple[ClaimRef, ...]) -> list[Group]:
    """The claims for a narrow terminal: per claim its id and figure, then its sourcing and quote, indented.

    The quote wraps at the panel's width instead of in a column of its own.
    """
    blocks: list[Group] = []
    for claim in claims:
        lines: list[Text | Padding] = [Text.assemble((one_line(claim.id), "bold"),
                                                      f"  {one_line(claim.figure)} · {one_line(claim.period)}")]
        where = f"line {claim.line}"
        if claim.article_place is not None:
            place = claim.article_place
            where += f"; article ¶{place.paragraph} {place.line}:{place.column}"
        sourcing = Text(one_line(f"said by {claim.said_by_name} ({claim.said_by_kind}), cites "))
        sourcing.append(one_line(claim.cites_name or "nobody"), style="" if claim.cites_name else "red")
        sourcing.append(f", {where}")
        lines.append(Padding(sourcing, (0, 0, 0, 2)))
        if claim.quote:
            lines.append(Padding(Text(f"“{one_line(claim.quote)}”", style="dim"), (0, 0, 0, 2)))
        blocks.append(Group(*lines))
    return blocks
