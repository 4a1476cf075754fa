"""The figure grammar reads a figure in place: an end bound, and the numbers each read saw."""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from factcheck.figures import find_figures
from factcheck.quantities import Reader, numbers_in


def test_reader_stops_at_its_end_bound() -> None:
    text = "рост на 5% и ещё 7 млн"
    reader = Reader(text, "ru", (), exact=False, end=text.index(" и"))
    reader.pos = text.index("5")
    number = reader.number()
    assert number is not None and number.value == 5
    assert reader.rest() == "%"  # what follows the bound is not the figure's


def test_reader_records_each_number_once_even_after_backtracking() -> None:
    text = "1 млн 84 тыс. и 5"
    reader = Reader(text, "ru", (), exact=False)
    assert reader.magnitude(after_currency=False) is not None
    reader.pos = 0
    assert reader.magnitude(after_currency=False) is not None  # read again: same entries
    assert reader.numbers_between(0, text.index(" и")) == (F(1), F(84))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Выручка выросла на 5 млн рублей 50 копеек, вдвое больше, чем в 2023 году.", "ru"),
        ("Импорт сократился на 12,5% — до 1 млн 84 тыс. тонн, около 300 млрд руб.", "ru"),
        ("Sales rose 6.1 times to $48.2 million, more than 1,200 units and between 10 and 20 plants.", "en"),
        ("Costs fell by 3 percentage points; prices were $20 and 43c, a fifth higher.", "en"),
    ],
)
def test_found_figures_carry_the_numbers_their_text_is_written_with(text: str, language: str) -> None:
    found = find_figures(text, language)
    assert found
    for figure in found:
        assert list(figure.numbers) == numbers_in(text[figure.start : figure.end], language), figure
