r"""The sourcing table of `factcheck sources`: plain tab-separated text, a rich table, or JSON.

Every cell is escaped for one line (a TAB in data is shown as `\x09`, so columns stay columns), and the first
cell of a line never reads as a workflow command; rich gets cells only as `Text`, so data is never markup.
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from factcheck.escaping import json_document, line_start, one_line
from factcheck.sourcing import SourcingRow

if TYPE_CHECKING:
    from rich.table import Table

COLUMNS = ("claim", "figure", "interval", "metric", "period", "kind", "said by", "cites", "line", "article",
           "findings")


def _cells(row: SourcingRow) -> tuple[str, ...]:
    place = row.article_place
    article = "" if place is None else f"¶{place.paragraph} {place.line}:{place.column}"
    cells = (row.claim, row.figure, row.interval, row.metric, row.period, row.kind,
             f"{row.said_by} ({row.said_by_kind})", row.cites or "—", str(row.line), article,
             ", ".join(row.findings) or "—")
    return (line_start(cells[0]), *(one_line(cell) for cell in cells[1:]))


def render_text(rows: Sequence[SourcingRow]) -> str:
    """Tab-separated, one figure per line, with a header: for spreadsheets and grep."""
    lines = ["\t".join(COLUMNS), *("\t".join(_cells(row)) for row in rows)]
    return "\n".join(lines) + "\n"


def render_json(rows: Sequence[SourcingRow]) -> str:
    """`{"version": 1, "figures": [...]}`."""
    return json_document(json.dumps({"version": 1, "figures": [row.to_dict() for row in rows]},
                                    ensure_ascii=False, indent=2)) + "\n"


def render_terminal(rows: Sequence[SourcingRow], colour: bool = True) -> str:
    """A table when the terminal is wide enough for every cell whole, else one block per figure; never cut.

    Figures involved in findings stand out in colour; colour never changes the layout.
    """
    from rich.console import Console

    from factcheck.reporters.terminal_report import terminal_width

    width = terminal_width()
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=colour, no_color=not colour, width=width, highlight=False,
                      emoji=False)
    cells = [_cells(row) for row in rows]
    widths = [max([len(name), *(len(cell[n]) for cell in cells)]) for n, name in enumerate(COLUMNS)]
    if sum(widths) + 3 * len(COLUMNS) + 1 <= width:
        console.print(_table(rows, cells))
    else:
        for row, cell in zip(rows, cells, strict=True):
            console.print(_block(row, cell))
    return buffer.getvalue()


def _table(rows: Sequence[SourcingRow], cells: list[tuple[str, ...]]) -> Table:
    from rich.table import Table
    from rich.text import Text

    table = Table(*COLUMNS, header_style="bold")
    for row, cell in zip(rows, cells, strict=True):
        table.add_row(*(Text(value) for value in cell), style="red" if row.findings else "")
    return table


def _block(row: SourcingRow, cell: tuple[str, ...]) -> Table:
    """One figure: its id and figure as a heading line, then a label and a wrapped value per line."""
    from rich.table import Table
    from rich.text import Text

    block = Table.grid(padding=(0, 2))
    block.add_column(no_wrap=True, style="dim")
    block.add_column(overflow="fold")
    block.add_row(Text(cell[0], style="bold red" if row.findings else "bold"), Text(cell[1]))
    for name, value in zip(COLUMNS[2:], cell[2:], strict=True):
        block.add_row(name, Text(value))
    block.add_row("", "")
    return block
