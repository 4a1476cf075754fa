"""Reporting periods (2023, 2024-12, 2025-Q3, 2025-H1, 2025-10-20, FY2016-Q4, START/END) and ISO durations.

A fiscal period (FY2016, FY2016-Q4, FY2016-H1) is read with the fiscal calendar of whoever states it and is
from then on the calendar months it covers: every comparison is between spans of days.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from factcheck.patterns import lazy


class PeriodError(ValueError):
    """A period or duration that cannot be read; the message says what is accepted."""


PERIOD_FORMS = ("2023, 2024-12, 2025-Q3, 2025-H1, 2025-10-20, FY2016, FY2016-Q4, FY2016-H1 or START/END such as "
                "2025-01/2025-08")
FISCAL_NAMINGS = ("end", "start")

_YEAR = lazy(r"(\d{4})")
_MONTH = lazy(r"(\d{4})-(\d{2})")
_DAY = lazy(r"(\d{4})-(\d{2})-(\d{2})")
_QUARTER = lazy(r"(\d{4})-Q([1-4])", re.IGNORECASE)
_HALF = lazy(r"(\d{4})-H([12])", re.IGNORECASE)
_MAX_DURATION_DIGITS = 6  # 999999 days is 2,700 years: more than any baseline reaches back
_DURATION = lazy(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?", re.IGNORECASE)
_FISCAL = lazy(r"FY\s?(\d{4})(?:-(?:Q([1-4])|H([12])))?", re.IGNORECASE)


@dataclass(frozen=True)
class FiscalCalendar:
    """A fiscal year: the month it starts in, and whether FY2016 names the year it ends in (the default) or starts.

    Apple's year starts in October: its FY2016 runs from October 2015 to September 2016, and FY2016-Q4 is
    July-September 2016. With `named_by="start"` a year starting in April 2024 is FY2024.
    """

    start_month: int
    named_by: str = "end"

    def first_month(self, fiscal_year: int) -> tuple[int, int]:
        """The calendar year and month the fiscal year named `fiscal_year` starts in."""
        if self.start_month == 1 or self.named_by == "start":
            return fiscal_year, self.start_month
        return fiscal_year - 1, self.start_month


@dataclass(frozen=True, order=True)
class Period:
    """An inclusive span of days with the text it was written as."""

    start: date
    end: date
    text: str

    @property
    def whole_months(self) -> bool:
        """Whether the span starts on a month's first day and ends on a month's last day."""
        last_day = calendar.monthrange(self.end.year, self.end.month)[1]
        return self.start.day == 1 and self.end.day == last_day

    @property
    def months(self) -> int | None:
        """The number of calendar months covered, for month-aligned periods."""
        if not self.whole_months:
            return None
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    @property
    def days(self) -> int:
        """The number of days covered."""
        return (self.end - self.start).days + 1

    @property
    def is_year(self) -> bool:
        """Whether the period is one calendar year."""
        return self.months == 12 and self.start.month == 1

    def same_length(self, other: Period) -> bool:
        """Whether two periods are equally long: in months when both are month-aligned, else in days.

        The same calendar days of two years are as long whatever February holds ("January 1 to June 26" of 2021
        and of 2020, 177 and 178 days): news compares them as like with like, in runs of four weeks or more.
        """
        if self.months is not None and other.months is not None:
            return self.months == other.months
        # a leap day in one of them is a day in at least four weeks: like with like; in a shorter run ("February 23
        # to March 1", 8 days against 7) it is a real difference
        return self.days == other.days or (_calendar_days(self) == _calendar_days(other)
                                           and min(self.days, other.days) >= _LEAP_DAY_TOLERATED_FROM)

    def contains(self, other: Period) -> bool:
        """Whether every day of `other` lies in this period."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Period) -> bool:
        """Whether the two periods share a day."""
        return self.start <= other.end and other.start <= self.end

    def same_span(self, other: Period) -> bool:
        """Whether both cover exactly the same days, however written ("2025-H1" and "2025-01/2025-06")."""
        return self.start == other.start and self.end == other.end

    def shifted_back(self, duration: Duration) -> Period:
        """The same span moved back by an ISO duration: 2025-01/2025-08 minus P1Y is 2024-01/2024-08.

        PeriodError when the result would fall before year 1 (the calendar has no year 0).
        """
        try:
            return self._shifted_back(duration)
        except (ValueError, OverflowError):
            raise PeriodError(
                f"{self.text} minus {duration.text} falls before the year 1; check the period and the duration"
            ) from None

    def _shifted_back(self, duration: Duration) -> Period:
        if self.whole_months and duration.days == 0:
            start_year, start_month = _add_months(self.start.year, self.start.month, -duration.months)
            end_year, end_month = _add_months(self.end.year, self.end.month, -duration.months)
            start = date(start_year, start_month, 1)
            end = date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
            return Period(start, end, _label(start, end))
        start = _shift_date(self.start, duration)
        end = _shift_date(self.end, duration)
        return Period(start, end, _label(start, end))

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Duration:
    """An ISO 8601 duration in calendar months and days (P1Y, P6M, P5Y, P2W)."""

    months: int
    days: int
    text: str

    def __str__(self) -> str:
        return self.text


def parse_period(text: str, fiscal: FiscalCalendar | None = None) -> Period:
    """Read a period as written in a claims file; raise PeriodError naming the accepted forms.

    `fiscal` is the calendar fiscal periods (FY2016-Q4) are read with: the stating source's, or the article's.
    """
    cleaned = text.strip()
    if "/" in cleaned:
        first, _, last = cleaned.partition("/")
        start = _parse_single(first.strip(), cleaned, fiscal)
        end = _parse_single(last.strip(), cleaned, fiscal)
        if end.end < start.start:
            raise PeriodError(f"period '{cleaned}' ends before it starts")
        return Period(start.start, end.end, cleaned)
    single = _parse_single(cleaned, cleaned, fiscal)
    return Period(single.start, single.end, cleaned)


def parse_duration(text: str) -> Duration:
    """Read an ISO 8601 duration of years, months, weeks and days (P1Y, P6M, P1Y6M, P2W)."""
    cleaned = text.strip()
    match = _DURATION.fullmatch(cleaned)
    if not match or cleaned.upper() == "P":
        raise PeriodError(f"'{cleaned}' is not an ISO duration; write P1Y, P6M, P5Y or P2W")
    parts = match.groups()
    if any(part is not None and len(part) > _MAX_DURATION_DIGITS for part in parts):
        shown = cleaned if len(cleaned) <= 20 else cleaned[:20] + "…"
        raise PeriodError(f"duration '{shown}' is too long; write at most {_MAX_DURATION_DIGITS} digits per part, "
                          "e.g. P5Y")
    years, months, weeks, days = (int(part) if part else 0 for part in parts)
    if years == months == weeks == days == 0:
        raise PeriodError(f"duration '{cleaned}' is zero; a change needs a baseline before its period")
    return Duration(months=years * 12 + months, days=weeks * 7 + days, text=cleaned.upper())


def looks_like_duration(text: str) -> bool:
    """Whether text is written as an ISO duration (starts with P) rather than a period."""
    return text.strip()[:1] in ("P", "p")


def _parse_single(text: str, whole: str, fiscal: FiscalCalendar | None = None) -> Period:
    if match := _FISCAL.fullmatch(text):
        return _fiscal(match, whole, fiscal)
    try:
        if match := _DAY.fullmatch(text):
            day = date(int(match[1]), int(match[2]), int(match[3]))
            return Period(day, day, text)
        if match := _MONTH.fullmatch(text):
            year, month = int(match[1]), int(match[2])
            return _months(year, month, year, month, text)
        if match := _QUARTER.fullmatch(text):
            year, quarter = int(match[1]), int(match[2])
            return _months(year, 3 * quarter - 2, year, 3 * quarter, text)
        if match := _HALF.fullmatch(text):
            year, half = int(match[1]), int(match[2])
            return _months(year, 6 * half - 5, year, 6 * half, text)
        if match := _YEAR.fullmatch(text):
            year = int(match[1])
            return _months(year, 1, year, 12, text)
    except ValueError as error:
        raise PeriodError(f"period '{whole}' is not a real date ({error})") from None
    raise PeriodError(f"'{whole}' is not a period; write {PERIOD_FORMS}")


def _fiscal(match: re.Match[str], whole: str, fiscal: FiscalCalendar | None) -> Period:
    """FY2016, FY2016-Q4, FY2016-H1 in `fiscal`: the calendar months they cover."""
    if fiscal is None:
        raise PeriodError(f"'{whole}' is a fiscal period, but no fiscal calendar is declared; add "
                          "'fiscal_year_start' (the month the fiscal year begins, e.g. 10) to the claim's source or "
                          "to the article")
    year, quarter, half = int(match[1]), match[2], match[3]
    first_year, first_month = fiscal.first_month(year)
    offset, length = 0, 12
    if quarter is not None:
        offset, length = 3 * (int(quarter) - 1), 3
    elif half is not None:
        offset, length = 6 * (int(half) - 1), 6
    start_year, start_month = _add_months(first_year, first_month, offset)
    end_year, end_month = _add_months(start_year, start_month, length - 1)
    try:
        return _months(start_year, start_month, end_year, end_month, match[0])
    except ValueError as error:
        raise PeriodError(f"period '{whole}' is not a real date ({error})") from None


def _months(start_year: int, start_month: int, end_year: int, end_month: int, text: str) -> Period:
    if not (1 <= start_month <= 12 and 1 <= end_month <= 12):
        raise ValueError("month must be 01 to 12")
    last_day = calendar.monthrange(end_year, end_month)[1]
    return Period(date(start_year, start_month, 1), date(end_year, end_month, last_day), text)


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _shift_date(day: date, duration: Duration) -> date:
    year, month = _add_months(day.year, day.month, -duration.months)
    clamped = min(day.day, calendar.monthrange(year, month)[1])
    return date.fromordinal(date(year, month, clamped).toordinal() - duration.days)


def _label(start: date, end: date) -> str:
    """A canonical label for a computed period: 2024, 2024-01/2024-08, 2024-03-01/2024-03-09."""
    probe = Period(start, end, "")
    if probe.whole_months:
        if probe.is_year:
            return f"{start.year}"
        first, last = f"{start.year}-{start.month:02d}", f"{end.year}-{end.month:02d}"
        return first if first == last else f"{first}/{last}"
    if start == end:
        return start.isoformat()
    return f"{start.isoformat()}/{end.isoformat()}"


_LEAP_DAY_TOLERATED_FROM = 28  # days: the shortest run whose leap day news does not count


def _calendar_days(period: Period) -> tuple[int, int, int, int, int]:
    """A period's first and last day as a month and a day, and its span in years: the same days of any year."""
    return (period.start.month, period.start.day, period.end.month, period.end.day,
            period.end.year - period.start.year)
