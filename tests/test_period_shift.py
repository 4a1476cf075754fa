"""The period reader moves a run of whole months by a count of months: "the previous three months", "a year later"."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.extract.periods import months_label
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
