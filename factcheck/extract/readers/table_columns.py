"""A figure in a table's row takes the period its column's header names.

A table in an article is a block of lines: a header that names a period per column ("Область янв.20 дек.19 % изм.
мес", "Category May-19 May-18", "Регион 2023 2024") over rows of a label and its cells, one number each
("Павлодарская 6,3 6,9 -8%"). The n-th cell of a row is of the n-th period of the header: 6,3 is January 2020's,
6,9 December 2019's; a cell past the named periods (the change between them) is left to the other readers.
"""

from __future__ import annotations

import re

from factcheck import lexicon
from factcheck.extract.model import Extraction
from factcheck.extract.periods import months_label
from factcheck.figures import FoundFigure
from factcheck.not_figures import month_number

# a row: a label of words, then cells of one number each (a sign before it, a per cent sign after it), nothing else
_CELLS = re.compile(r"(?:[^\S\n]+[-+−]?\d+(?:[.,]\d+)?(?:[^\S\n]?%)?)+[^\S\n]*")  # one way to split: linear
_CELL = re.compile(r"[-+−]?\d+(?:[.,]\d+)?")
_LABEL = re.compile(r"[^\W\d]")  # a row opens with a letter
_FIRST_CELL = re.compile(r"[^\S\n]+[-+−]?\d")  # ... and its label ends where its first cell begins
_LINE_REACH = 300  # a table's row is a short line: a longer one is prose, never read as a row
_MONTHS = "|".join(
    [rf"{abbreviation}\w*" for abbreviation in lexicon.RU_MONTH_ABBREVIATIONS]
    + [rf"{name}|{'|'.join(short)}" if short else name for _, _, name, short in lexicon.MONTHS])
_SEPARATORS = "".join(re.escape(separator) for separator in lexicon.TABLE_MONTH_YEAR_SEPARATORS)
# a header's period: a month and its year's last two digits or all four ("янв.20", "May-19", "Jan 2020"), or a year
_HEADER_PERIOD = re.compile(
    rf"(?<![\w.])(?:(?P<month>{_MONTHS})\.?[{_SEPARATORS}]?(?P<month_year>(?:19|20)?\d\d)|(?P<year>(?:19|20)\d\d))(?![\w])",
    re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")
_ROWS_READ = 40  # lines of a table read up to its header: a table of more rows names its header nearer or not at all


def table_column_period(extraction: Extraction, figure: FoundFigure
                        ) -> tuple[str, str | None, tuple[int, int]] | None:
    """The period the header of the figure's column names, its baseline, and the header's span, for a table's cell.

    A change in the column after two named periods ("% изм." after "янв.20 дек.19") is the first's against the
    second's.
    """
    visible = extraction.article.visible
    line_start = visible.rfind("\n", max(0, figure.start - _LINE_REACH), figure.start) + 1
    line_end = visible.find("\n", figure.end, figure.end + _LINE_REACH)
    line_end = min(len(visible), figure.end + _LINE_REACH) if line_end < 0 else line_end
    if line_start == 0 and figure.start > _LINE_REACH:
        return None  # no line's start within reach: a long line of prose
    column = _column_of(visible, line_start, line_end, figure.start)
    if column is None:
        return None
    start = line_start
    for _ in range(_ROWS_READ):  # bounded: up past the rows above to the header
        if start == 0:
            return None
        above = visible.rfind("\n", max(0, start - 1 - _LINE_REACH), start - 1) + 1
        header = _column_of(visible, above, start - 1, None) is None or (
            # a line of years is the header when no row stands above it ("Регион 2023 2024"); under a row, a row
            _names_years(visible[above : start - 1]) and not _above_is_row(visible, above))
        if header:
            periods = _header_periods(visible[above : start - 1], extraction.published.year)
            if len(periods) < 2:
                return None
            if column < len(periods):
                return periods[column], None, (above, start - 1)
            if figure.form == "change" and column == len(periods) == 2:
                return periods[0], periods[1], (above, start - 1)
            return None
        start = above
    return None


def _column_of(visible: str, line_start: int, line_end: int, position: int | None) -> int | None:
    """The index of the cell at `position` in a table's row (0 for any row when None), or None: no row."""
    if line_end - line_start > _LINE_REACH or _LABEL.match(visible, line_start, line_end) is None:
        return None
    first = _FIRST_CELL.search(visible, line_start, line_end)
    if first is None or re.search(r"\d", visible[line_start : first.start()]) or \
            _CELLS.fullmatch(visible, first.start(), line_end) is None:
        return None
    cells = [cell.start() for cell in _CELL.finditer(visible, first.start(), line_end)]
    if len(cells) < 2:
        return None
    if position is None:
        return 0
    return next((index for index, cell in enumerate(cells) if cell <= position < cell + 2 or (
        visible[position] in "+-−" and cell == position + 1) or cell == position), None)


def _above_is_row(visible: str, line_start: int) -> bool:
    """Whether the line above the one at `line_start` is a table's row."""
    if line_start == 0:
        return False
    above = visible.rfind("\n", max(0, line_start - 1 - _LINE_REACH), line_start - 1) + 1
    return _column_of(visible, above, line_start - 1, None) is not None


def _names_years(line: str) -> bool:
    """Whether a line's cells are all years: a header ("Регион 2023 2024"), not a row of figures."""
    cells = _CELL.findall(line)
    return len(cells) >= 2 and all(_YEAR.fullmatch(cell) for cell in cells)


def _header_periods(header: str, year_now: int) -> list[str]:
    """The periods a header names, left to right: "янв.20 дек.19" is 2020-01 and 2019-12."""
    periods = []
    named_all = list(_HEADER_PERIOD.finditer(header))
    # months with their years name the columns; a bare year among them qualifies a word ("FYTD 2019"), no column
    months_named = any(named.group("month") for named in named_all)
    for named in named_all:
        if named.group("year"):
            if not months_named:
                periods.append(named.group("year"))
            continue
        word = named.group("month")
        # a Russian short form first: "мар" is March, never the May of "ма"
        month = _ru_month(word) if not word.isascii() else month_number(word[:3])
        year = named.group("month_year")
        full = int(year) if len(year) == 4 else 2000 + int(year)
        if len(year) == 2 and full > year_now + 1:
            full -= 100  # "дек.99" in 2000 is 1999's
        if month:
            periods.append(months_label(full, month, month))
    return periods


def _ru_month(word: str) -> int:
    """The month a Russian short form names ("янв", "дек."), or 0."""
    lowered = word.casefold()
    return next((number for number, abbreviation in enumerate(lexicon.RU_MONTH_ABBREVIATIONS, start=1)
                 if lowered.startswith(abbreviation)), 0)
