"""A computed interval printed beside a stated figure shows the contradiction: the figure lies visibly outside."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import example, given
from hypothesis import strategies as st

from factcheck.findings import Compared
from factcheck.intervals import Interval, digits_beside, format_interval, format_number, significant_digits

_SCALES = {"tn": Fraction(10**12), "bn": Fraction(10**9), "mln": Fraction(10**6), "k": Fraction(10**3)}


def _read(printed: str) -> Fraction:
    """A number as `format_number` prints it, read back."""
    number, _, suffix = printed.partition(" ")
    return Fraction(number) * _SCALES.get(suffix, Fraction(1))


def _around(text: str, half: str) -> Interval:
    return Interval.around(Fraction(text), Fraction(half))


def test_a_sum_beside_a_total_in_another_scale_gets_the_digits_that_leave_it_out() -> None:
    computed = Interval(Fraction("41273.5e6"), Fraction("41274.5e6"))  # 41 273,5..41 274,5 млн
    stated = _around("41276.2e6", "0.05e6")  # "41 276,2 млн"
    assert format_interval(computed, "USD") == "41.27 bn–41.28 bn USD"  # seems to hold 41.2762 bn
    assert format_interval(computed, "USD", beside=stated) == "41.2735 bn–41.2745 bn USD"


def test_a_share_beside_a_stated_share_gets_the_digits_that_leave_it_out() -> None:
    computed = Interval(Fraction("18.3467"), Fraction("18.3478"))
    stated = _around("18.34", "0.005")  # "18,34%"
    assert format_interval(computed, "per cent") == "18.34–18.35 per cent"
    assert format_interval(computed, "per cent", beside=stated) == "18.346–18.348 per cent"
    shown = Compared("part ÷ whole", computed, "per cent").next_to(Compared("stated", stated, "per cent"))
    assert shown.interval_text() == "18.346–18.348 per cent"


def test_never_fewer_digits_than_the_stated_figure_was_printed_with() -> None:
    stated = _around("1234567", "0.5")  # 7 significant digits
    computed = Interval(Fraction("1300123.4"), Fraction("1300987.6"))
    assert format_interval(computed, "people", beside=stated) == "1.300123 mln–1.300988 mln people"


def test_a_stated_figure_the_interval_holds_changes_only_the_least_digits() -> None:
    stated = _around("18.35", "0.005")
    computed = Interval(Fraction("18.3467"), Fraction("18.3578"))
    assert format_interval(computed, "per cent", beside=stated) == "18.34–18.36 per cent"


def test_a_rough_stated_figure_asks_for_no_more_than_the_usual_digits() -> None:
    assert significant_digits(_around("10", "5")) == 1  # "10 млн", loosely 5..15 млн
    assert significant_digits(_around("68958.4", "0.05")) == 6
    assert significant_digits(Interval(Fraction(5), None)) == 0
    assert digits_beside(Interval(Fraction(20), Fraction(21)), _around("10", "5")) == 4


@given(
    middle=st.fractions(min_value=Fraction(1, 1000), max_value=Fraction(10**13)),
    half_digits=st.integers(min_value=-4, max_value=6),
    gap=st.fractions(min_value=Fraction(0), max_value=Fraction(1)),
    width=st.fractions(min_value=Fraction(0), max_value=Fraction(1)),
    above=st.booleans(),
)
@example(middle=Fraction(10**11), half_digits=-4, gap=Fraction(1), width=Fraction(0), above=False)
def test_the_printed_interval_never_seems_to_hold_a_figure_outside_it(
    middle: Fraction, half_digits: int, gap: Fraction, width: Fraction, above: bool
) -> None:
    half = Fraction(10) ** half_digits / 2
    stated = Interval.around(middle, half)
    # an interval just beyond the stated figure's rounding, on either side
    step = half * (1 + gap)
    near = middle + step if above else middle - step - half * width * 4
    computed = Interval(near, near + half * width * 4)
    if computed.overlaps(stated) or computed.low is None or computed.low <= 0:
        return
    digits = digits_beside(computed, stated)
    assert digits >= significant_digits(stated)
    assert computed.low is not None and computed.high is not None
    low = _read(format_number(computed.low, round_up=False, digits=digits))
    high = _read(format_number(computed.high, round_up=True, digits=digits))
    if digits < 15:
        assert high < middle or low > middle
