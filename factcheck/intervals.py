"""Closed intervals of exact rationals: every figure is the range its rounding allows."""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

# None stands for an unbounded end: "более $500 млн" has no upper end.
Bound = Fraction | None


@dataclass(frozen=True, order=True)
class Interval:
    """The closed range [low, high]; either end may be unbounded (None)."""

    low: Bound
    high: Bound

    @staticmethod
    def around(value: Fraction, half_width: Fraction) -> Interval:
        """The interval `value ± half_width`."""
        return Interval(value - half_width, value + half_width)

    @property
    def finite(self) -> bool:
        """Whether both ends are bounded, so arithmetic is defined."""
        return self.low is not None and self.high is not None

    @property
    def midpoint(self) -> Fraction | None:
        """The centre, for a finite interval."""
        if self.low is None or self.high is None:
            return None
        return (self.low + self.high) / 2

    def overlaps(self, other: Interval) -> bool:
        """Whether some value lies in both: the test behind every contradiction."""
        if self.high is not None and other.low is not None and self.high < other.low:
            return False
        return not (other.high is not None and self.low is not None and other.high < self.low)

    def contains(self, other: Interval) -> bool:
        """Whether every value of `other` lies in this interval."""
        low_ok = self.low is None or (other.low is not None and other.low >= self.low)
        high_ok = self.high is None or (other.high is not None and other.high <= self.high)
        return low_ok and high_ok

    def hull(self, other: Interval) -> Interval:
        """The smallest interval holding both."""
        low = None if self.low is None or other.low is None else min(self.low, other.low)
        high = None if self.high is None or other.high is None else max(self.high, other.high)
        return Interval(low, high)

    def scaled(self, factor: Fraction) -> Interval:
        """Every value multiplied by an exact factor."""
        ends = [None if end is None else end * factor for end in (self.low, self.high)]
        if factor < 0:
            ends.reverse()
        return Interval(ends[0], ends[1])

    def shifted(self, offset: Fraction) -> Interval:
        """Every value plus an exact offset."""
        return Interval(
            None if self.low is None else self.low + offset,
            None if self.high is None else self.high + offset,
        )

    def __add__(self, other: Interval) -> Interval:
        """Sum of any two values, one from each interval."""
        low = None if self.low is None or other.low is None else self.low + other.low
        high = None if self.high is None or other.high is None else self.high + other.high
        return Interval(low, high)

    def __sub__(self, other: Interval) -> Interval:
        """Difference of any two values, one from each interval."""
        return self + Interval(
            None if other.high is None else -other.high,
            None if other.low is None else -other.low,
        )

    def __mul__(self, other: Interval) -> Interval:
        """Product of finite intervals (the caller checks `finite`)."""
        a, b, c, d = _ends(self) + _ends(other)
        products = (a * c, a * d, b * c, b * d)
        return Interval(min(products), max(products))

    def __truediv__(self, other: Interval) -> Interval | None:
        """Quotient of finite intervals, or None when the divisor may be zero."""
        c, d = _ends(other)
        if c <= 0 <= d:
            return None
        return self * Interval(1 / d, 1 / c)


def _ends(interval: Interval) -> tuple[Fraction, Fraction]:
    if interval.low is None or interval.high is None:
        raise ValueError("arithmetic needs a finite interval")
    return interval.low, interval.high


_SCALES = ((Fraction(10**12), "tn"), (Fraction(10**9), "bn"), (Fraction(10**6), "mln"), (Fraction(10**3), "k"))


def format_number(value: Fraction, *, round_up: bool | None = None, digits: int = 4) -> str:
    """A compact human figure: 532.5 mln, 1.369, 61.5.

    `round_up` rounds outward at the last shown digit (True: up, False: down), so a printed interval is
    never narrower than the one computed.
    """
    shown, decimals, suffix = _rounded(value, round_up, digits)
    if shown is None:
        return "0"
    text = _fixed(shown, decimals)
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return f"{text} {suffix}" if suffix else text


def _rounded(value: Fraction, round_up: bool | None, digits: int) -> tuple[int | None, int, str]:
    """`value` as `format_number` shows it: an integer of `decimals` decimals in its scale, and the scale's name."""
    scale, suffix = Fraction(1), ""
    for candidate, name in _SCALES:
        if abs(value) >= candidate:
            scale, suffix = candidate, name
            break
    scaled = value / scale
    if scaled == 0:
        return None, 0, ""
    magnitude = math.floor(math.log10(abs(float(scaled))))
    decimals = max(0, digits - 1 - magnitude)
    steps = scaled * 10**decimals
    if round_up is True:
        rounded = math.ceil(steps)
    elif round_up is False:
        rounded = math.floor(steps)
    else:
        rounded = round(steps)
    return rounded, decimals, suffix


def _shown_value(value: Fraction, round_up: bool, digits: int) -> Fraction:
    """The number `format_number` prints for `value`, as a number."""
    shown, decimals, suffix = _rounded(value, round_up, digits)
    if shown is None:
        return Fraction(0)
    scale = dict((name, size) for size, name in _SCALES).get(suffix, Fraction(1))
    return Fraction(shown, 10**decimals) * scale


def significant_digits(figure: Interval) -> int:
    """How many significant digits a stated figure was printed with, from the width its rounding gives it.

    "68958,4" (68958.35–68958.45) has 6, "22,65%" has 4; an unbounded or exact figure says nothing (0).
    """
    middle = figure.midpoint
    if middle is None or middle == 0 or figure.low == figure.high:
        return 0
    assert figure.low is not None and figure.high is not None
    width = figure.high - figure.low
    return max(1, math.floor(math.log10(abs(float(middle)))) - math.floor(math.log10(float(width))) + 1)


# Beyond this many digits a printed interval says nothing more (exact rationals could ask for any number).
_MOST_DIGITS = 15


def digits_beside(interval: Interval, stated: Interval | None, digits: int = 4) -> int:
    """The digits to print `interval` with so that a stated figure outside it is visibly outside it.

    Rounding outward for print may swallow the stated figure ("68.95–68.96 tn" beside 68958,4 млрд, which is
    68.9584 tn): digits are added until the printed interval leaves the stated figure (its middle, the
    number as written) out, and never fewer than the stated figure was printed with.
    """
    if stated is None:
        return digits
    digits = max(digits, significant_digits(stated))
    figure = stated.midpoint
    if figure is None or interval.overlaps(Interval(figure, figure)):
        return digits  # an unbounded figure, or one the interval does hold: nothing to show apart
    for more in range(digits, _MOST_DIGITS + 1):
        low = None if interval.low is None else _shown_value(interval.low, False, more)
        high = None if interval.high is None else _shown_value(interval.high, True, more)
        if (high is not None and high < figure) or (low is not None and low > figure):
            return more
    return max(digits, _MOST_DIGITS)  # never fewer than the figure was printed with, however many that is


def _fixed(scaled_integer: int, decimals: int) -> str:
    """`scaled_integer / 10**decimals` with exactly `decimals` decimals (Fraction has no format spec before 3.12)."""
    sign = "-" if scaled_integer < 0 else ""
    digits = str(abs(scaled_integer)).rjust(decimals + 1, "0")
    if not decimals:
        return sign + digits
    return f"{sign}{digits[:-decimals]}.{digits[-decimals:]}"


def format_interval(interval: Interval, unit: str = "", *, beside: Interval | None = None) -> str:
    """`532.5 mln–533.5 mln USD`, `> 499.5 mln USD`, or one figure when both ends agree.

    `beside` is the stated figure (in the same unit) the interval is printed next to: the interval gets
    the digits it takes for that figure to lie visibly outside it (see `digits_beside`).
    """
    digits = digits_beside(interval, beside)
    low = None if interval.low is None else format_number(interval.low, round_up=False, digits=digits)
    high = None if interval.high is None else format_number(interval.high, round_up=True, digits=digits)
    if unit == "%":
        low, high = (None if end is None else f"{_signed_text(end)}%" for end in (low, high))
        unit = ""
    elif unit == "×":
        low, high = (None if end is None else f"×{end}" for end in (low, high))
        unit = ""
    suffix = f" {unit}" if unit else ""
    if low is None and high is None:
        return f"any value{suffix}"
    if low is None:
        return f"≤ {high}{suffix}"
    if high is None:
        return f"≥ {low}{suffix}"
    if low == high:
        return f"{low}{suffix}"
    return f"{low} to {high}{suffix}" if "%" in low or "×" in low else f"{low}–{high}{suffix}"


def _signed_text(number: str) -> str:
    return number if number.startswith("-") or number == "0" else f"+{number}"
