"""The period reader moves a run of whole months by a count of months: "the previous three months", "a year later"."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.periods import months_label, years_shifted
from factcheck.extract.readers.period import _months_shifted
from factcheck.periods import parse_period


@given(year=st.integers(1990, 2090), first=st.integers(1, 12), length=st.integers(1, 12), by=st.integers(-36, 36))
def test_a_run_of_months_moves_by_whole_months_and_keeps_its_length(year: int, first: int, length: int,
                                                                    by: int) -> None:
    last_index = year * 12 + first - 1 + length - 1
    label = months_label(year, first, last_index % 12 + 1, last_index // 12)
    moved = _months_shifted(label, by)
    assert moved is not None
    assert parse_period(moved).months == parse_period(label).months == length
    start, moved_start = parse_period(label).start, parse_period(moved).start
    assert (moved_start.year * 12 + moved_start.month) - (start.year * 12 + start.month) == by
    assert _months_shifted(moved, -by) == label


def test_the_three_months_before_may_to_july_are_february_to_april() -> None:
    assert _months_shifted("2012-05/2012-07", -3) == "2012-02/2012-04"
    assert _months_shifted("2024-Q1", -3) == "2023-Q4"


def test_a_day_is_not_moved_by_months() -> None:
    assert _months_shifted("2024-10-01", -3) is None


@given(day=st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)), years=st.integers(-5, 5))
def test_a_day_moved_by_years_is_always_a_real_day(day: date, years: int) -> None:
    moved = years_shifted(str(day), years)
    assert parse_period(moved).start.year == parse_period(str(day)).start.year + years


def test_a_leap_day_a_year_back_is_the_last_day_of_february() -> None:
    assert years_shifted("2024-02-29", -1) == "2023-02-28"
    assert years_shifted("2024-02-29", -4) == "2020-02-29"
    assert years_shifted("2024-02-29/2024-03-05", -1) == "2023-02-28/2023-03-05"
