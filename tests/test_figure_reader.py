"""The figure grammar reads a figure in place: an end bound, and the numbers each read saw."""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from factcheck.figures import find_figures
from factcheck.quantities import Amount, Reader, numbers_in, parse_change


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


@pytest.mark.parametrize(
    ("text", "language", "claim_text", "low", "high"),
    [
        ("Добыча угля на шахте снизилась в 2 раза за пять лет.", "ru", "в 2 раза меньше", F(2, 5), F(2, 3)),
        ("Число посетителей музея сократилось вдвое.", "ru", "вдвое меньше", F(2, 5), F(2, 3)),
        ("Выпуск тракторов упал в 4 раза.", "ru", "в 4 раза меньше", F(2, 9), F(2, 7)),
        ("Ticket sales at the stadium fell fourfold.", "en", "fourfold less", F(2, 9), F(2, 7)),
        ("The cost of sequencing dropped 3-fold in a year.", "en", "3-fold less", F(2, 7), F(2, 5)),
    ],
)
def test_a_decrease_by_a_factor_in_running_text_is_a_multiplier_below_one(
    text: str, language: str, claim_text: str, low: F, high: F
) -> None:
    (found,) = find_figures(text, language)
    assert found.form == "change"
    assert found.figure is not None
    assert (found.figure.interval.low, found.figure.interval.high) == (low, high)
    assert found.claim_text == claim_text
    assert parse_change(found.claim_text, language).interval == found.figure.interval  # a draft loads as found
    assert text[found.start : found.end] in found.claim_text


def test_a_verb_of_growth_keeps_a_factor_above_one() -> None:
    (found,) = find_figures("Экспорт зерна вырос в 3 раза.", "ru")
    assert found.figure is not None and found.figure.interval.low == F(5, 2)
    assert found.claim_text == "в 3 раза"


def test_a_decrease_in_per_cent_is_still_written_with_a_minus() -> None:
    (found,) = find_figures("Ticket prices fell by 12% in May.", "en")
    assert found.claim_text == "-12%"
    assert found.figure is not None and found.figure.interval.high is not None and found.figure.interval.high < 1


@pytest.mark.parametrize(
    ("text", "language", "written"),
    [
        ("Объем вкладов составил 410 млрд рублей. За год он вырос на 24%.", "ru", "410 млрд рублей"),
        ("Экспорт составил 5 млн тонн. За год он вырос на 2%.", "ru", "5 млн тонн"),
    ],
)
def test_a_sentence_after_an_amount_is_no_time_of_its_unit(text: str, language: str, written: str) -> None:
    found = find_figures(text, language)[0]
    assert found.text == written  # "рублей. За год" would be roubles per year
    assert found.figure is not None and getattr(found.figure.unit, "per", None) is None  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "language", "written"),
    [
        ("Выпуск составил 2,3 млн баррелей в сутки. Это рекорд.", "ru", "2,3 млн баррелей в сутки"),
        ("Завод перерабатывал 120 тыс. баррелей в сутки.", "ru", "120 тыс. баррелей в сутки"),
        ("The field pumped 1.2 million barrels per day. A record.", "en", "1.2 million barrels per day"),
        ("Output was 3.1 million barrels per day (bpd). Exports fell.", "en", "3.1 million barrels per day"),
    ],
)
def test_a_rate_at_the_end_of_a_sentence_keeps_its_time_without_the_full_stop(
    text: str, language: str, written: str
) -> None:
    (found,) = find_figures(text, language)
    assert found.text == written
    assert found.figure is not None and getattr(found.figure, "unit", None) is not None
    assert found.figure.unit.per == "day"  # type: ignore[union-attr]


def test_a_full_stop_inside_a_unit_abbreviation_still_belongs_to_it() -> None:
    (found,) = find_figures("Урожай составил 5 тыс. т. Это меньше.", "ru")
    assert found.text == "5 тыс. т"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Unemployment was 0.7 percentage points lower.", "0.7 percentage points"),
        ("The share rose 3 percentage points to 40%.", "3 percentage points"),
    ],
)
def test_percentage_points_are_read_whole_not_as_a_percentage(text: str, written: str) -> None:
    assert find_figures(text, "en")[0].text == written


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        ("There were 812,000 job vacancies in the three months to July.", "812,000", None),
        ("Dealers reported 1.2 million car sales in May.", "1.2 million", None),
        ("The plant made 30,000 cars in May.", "30,000 cars", "vehicle"),
        ("The firm cut 4,000 jobs in June.", "4,000 jobs", "job"),
        ("Only 1 person was killed in the crash.", "1 person", "person"),
    ],
)
def test_a_singular_count_noun_before_another_noun_is_its_attributive_not_the_unit(
        text: str, written: str, unit: str | None) -> None:
    found = find_figures(text, "en")[0]
    assert found.text == written
    assert isinstance(found.figure, Amount)
    assert getattr(found.figure.unit, "name", None) == unit


@pytest.mark.parametrize(("text", "language", "written"), [
    # a table's row: a level, the level before, and the change between them
    ("Северная 4,2 4,6 -9%", "ru", ["4,2", "4,6", "-9%"]),
    ("North 4.2 4.6 -9%", "en", ["4.2", "4.6", "-9%"]),
    # a tab parts a table's cells, never the ends of a range
    ("Deficit\t-$14.8B\t-$73.6B", "en", ["-$14.8B", "-$73.6B"]),
    # a range's hyphen is spaced on both sides or on neither, and one before a unit other than a percentage stays one
    ("rose 4-9%", "en", ["4-9%"]),
    ("rose 4 - 9%", "en", ["4 - 9%"]),
    ("about 2 -7 g", "en", ["about 2 -7 g"]),
])
def test_a_hyphen_spaced_only_before_a_percentage_signs_it(text: str, language: str, written: list[str]) -> None:
    assert [figure.text.removeprefix("rose ") for figure in find_figures(text, language)] == written
