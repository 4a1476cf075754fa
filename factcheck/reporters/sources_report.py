"""The sourcing table of `factcheck sources`: plain tab-separated text, a rich table, or JSON."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Sequence

from factcheck.sourcing import SourcingRow

COLUMNS = ("claim", "figure", "interval", "metric", "period", "kind", "said by", "cites", "line", "article",
           "findings")


def _cells(row: SourcingRow) -> tuple[str, ...]:
    place = row.article_place
    article = "" if place is None else f"¶{place.paragraph} {place.line}:{place.column}"
    return (row.claim, row.figure, row.interval, row.metric, row.period, row.kind,
            f"{row.said_by} ({row.said_by_kind})", row.cites or "—", str(row.line), article,
            ", ".join(row.findings) or "—")


def render_text(rows: Sequence[SourcingRow]) -> str:
    """Tab-separated, one figure per line, with a header: for spreadsheets and grep."""
    lines = ["\t".join(COLUMNS), *("\t".join(_cells(row)) for row in rows)]
    return "\n".join(lines) + "\n"


def render_json(rows: Sequence[SourcingRow]) -> str:
    """`{"version": 1, "figures": [...]}`."""
    return json.dumps({"version": 1, "figures": [row.to_dict() for row in rows]}, ensure_ascii=False,
                      indent=2) + "\n"


def render_terminal(rows: Sequence[SourcingRow]) -> str:
    """A rich table; figures without a cited source and figures involved in findings stand out."""
    from rich.console import Console
    from rich.table import Table

    buffer = io.StringIO()
    width = int(os.environ.get("COLUMNS", "0") or 0) or None
    console = Console(file=buffer, force_terminal=True, width=width, highlight=False)
    table = Table(*COLUMNS, header_style="bold", show_lines=False)
    for row in rows:
        style = "red" if row.findings else ""
        table.add_row(*_cells(row), style=style)
    console.print(table)
    return buffer.getvalue()
