"""Periods: every form of the spec, containment, overlap, length and shifting by ISO durations."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.periods import PeriodError, parse_duration, parse_period


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2023", date(2023, 1, 1), date(2023, 12, 31)),
        ("2024-12", date(2024, 12, 1), date(2024, 12, 31)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2025-10-20", date(2025, 10, 20), date(2025, 10, 20)),
        ("2025-Q3", date(2025, 7, 1), date(2025, 9, 30)),
        ("2025-H1", date(2025, 1, 1), date(2025, 6, 30)),
        ("2025-01/2025-08", date(2025, 1, 1), date(2025, 8, 31)),
        ("2024-Q4/2025-Q1", date(2024, 10, 1), date(2025, 3, 31)),
    ],
)
def test_forms(text: str, start: date, end: date) -> None:
    period = parse_period(text)
    assert (period.start, period.end, period.text) == (start, end, text)


@pytest.mark.parametrize("text", ["2023-13", "2023-Q5", "2023-H3", "twenty", "2025-02-30", "2025-08/2025-01", ""])
def test_invalid_periods(text: str) -> None:
    with pytest.raises(PeriodError):
        parse_period(text)


def test_containment_overlap_and_length() -> None:
    year, jan_aug, h1 = parse_period("2025"), parse_period("2025-01/2025-08"), parse_period("2025-H1")
    assert year.contains(jan_aug) and not jan_aug.contains(year)
    assert jan_aug.overlaps(h1) and not h1.overlaps(parse_period("2025-Q3"))
    assert not jan_aug.same_length(parse_period("2024"))
    assert h1.same_length(parse_period("2024-H2"))
    assert h1.same_span(parse_period("2025-01/2025-06"))


def test_the_same_calendar_days_of_two_years_are_as_long() -> None:
    # "from January 1 to June 26" of 2021 against 2020: 177 and 178 days, compared as like with like
    assert parse_period("2021-01-01/2021-06-26").same_length(parse_period("2020-01-01/2020-06-26"))
    assert not parse_period("2021-01-01/2021-06-26").same_length(parse_period("2020-01-01/2020-06-20"))
    # a week across a leap day is a day longer, a real difference (8 days against 7)
    assert not parse_period("2020-02-23/2020-03-01").same_length(parse_period("2021-02-23/2021-03-01"))


def test_shifting_back_by_durations() -> None:
    assert parse_period("2025-01/2025-08").shifted_back(parse_duration("P1Y")).text == "2024-01/2024-08"
    assert parse_period("2024").shifted_back(parse_duration("P5Y")).text == "2019"
    assert parse_period("2025-Q1").shifted_back(parse_duration("P3M")).text == "2024-10/2024-12"
    assert parse_period("2024-02-29").shifted_back(parse_duration("P1Y")).text == "2023-02-28"


@pytest.mark.parametrize("text", ["1Y", "P", "P0Y", "PXY"])
def test_invalid_durations(text: str) -> None:
    with pytest.raises(PeriodError):
        parse_duration(text)


years = st.integers(min_value=1900, max_value=2100)


@given(years, st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=12))
def test_month_ranges_contain_their_months(year: int, first: int, last: int) -> None:
    first, last = min(first, last), max(first, last)
    span = parse_period(f"{year}-{first:02d}/{year}-{last:02d}")
    assert span.months == last - first + 1
    for month in range(first, last + 1):
        assert span.contains(parse_period(f"{year}-{month:02d}"))
    assert parse_period(str(year)).contains(span)


@given(years, st.integers(min_value=1, max_value=4), st.integers(min_value=1, max_value=30))
def test_shifting_keeps_length_and_goes_back(year: int, quarter: int, years_back: int) -> None:
    period = parse_period(f"{year}-Q{quarter}")
    shifted = period.shifted_back(parse_duration(f"P{years_back}Y"))
    assert shifted.same_length(period)
    assert shifted.start.year == year - years_back and shifted.start.month == period.start.month


@given(st.text(max_size=30))
def test_arbitrary_text_never_crashes(text: str) -> None:
    for parse in (parse_period, parse_duration):
        with contextlib.suppress(PeriodError):
            parse(text)
