"""The table-column reader: a header's periods, read from any line, are periods a claims file loads."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.readers.table_columns import _column_of, _header_periods
from factcheck.periods import parse_period

HEADER_WORDS = st.sampled_from(["Область", "Category", "янв.20", "дек.19", "May-19", "Jan'20", "2023", "1999", "FYTD",
                                "% изм.", "мес", "сен.24", "Dec 2019", "авг", "20", "-", "'", "/"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(HEADER_WORDS, st.text(max_size=8)), max_size=8), st.integers(1990, 2030))
def test_every_period_a_header_names_loads(words: list[str], year_now: int) -> None:
    for period in _header_periods(" ".join(words), year_now):
        assert parse_period(period).start <= parse_period(period).end


def test_a_header_names_its_columns_left_to_right() -> None:
    assert _header_periods("Область янв.20 дек.19 % изм. мес", 2020) == ["2020-01", "2019-12"]
    assert _header_periods("Category May-19 May-18 FYTD 2019", 2019) == ["2019-05", "2018-05"]
    assert _header_periods("Регион 2023 2024", 2025) == ["2023", "2024"]


def test_a_russian_short_month_is_its_own_month_and_a_four_digit_year_is_kept() -> None:
    assert _header_periods("Область мар.20 фев.20 % изм.", 2020) == ["2020-03", "2020-02"]
    assert _header_periods("Category Dec 2027 Dec 2026", 2025) == ["2027-12", "2026-12"]


def test_a_row_of_many_cells_that_ends_in_a_word_is_no_row() -> None:
    # cells parted by two spaces, a word at the end: one way to read each split, so a failed match is quick
    line = "Курс " + "  ".join(["70,5"] * 60) + "  рублей"
    assert _column_of(line, 0, len(line), None) is None
