"""Figures as journalists write them: values, changes, bounds, precision, and text scanning."""

from __future__ import annotations

import contextlib
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.figures import find_figures
from factcheck.intervals import Interval
from factcheck.quantities import (
    Amount,
    FigureError,
    Ratio,
    numbers_in,
    parse_bound,
    parse_change,
    parse_value,
)

F = Fraction


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("$533 млн", F(5325, 10) * 10**6, F(5335, 10) * 10**6),  # the spec's example
        ("533 млн долларов", F(5325, 10) * 10**6, F(5335, 10) * 10**6),
        ("533 млн $", F(5325, 10) * 10**6, F(5335, 10) * 10**6),
        ("USD 533 mln", F(5325, 10) * 10**6, F(5335, 10) * 10**6),
        ("$1 млрд", F(5, 10) * 10**9, F(15, 10) * 10**9),  # trailing zeros are not significant
        ("1 млн 84 тыс. тенге", F(1083500), F(1084500)),  # partly in words
        ("один млн 73 тысячи тенге", F(1072500), F(1073500)),
        ("$5m", F(45, 10) * 10**6, F(55, 10) * 10**6),
        ("$2.5bn", F(245, 100) * 10**9, F(255, 100) * 10**9),
    ],
)
def test_money(text: str, low: Fraction, high: Fraction) -> None:
    language = "en" if any(c in text for c in "mb") and "млн" not in text else "ru"
    assert parse_value(text, language).interval == Interval(low, high)


def test_a_sign_word_before_the_number_signs_it_as_a_minus_does() -> None:
    # "net inflows were negative 14 million dollars": the claims reader reads what the draft writes
    minus_fourteen = parse_value("-14 million dollars", "en").interval
    assert parse_value("negative 14 million dollars", "en").interval == minus_fourteen
    assert parse_value("minus 14 million dollars", "en").interval == minus_fourteen
    low = parse_value("14 million dollars", "en").interval.low
    assert low is not None and low > 0


def test_tonnes_in_any_spelling_convert_to_the_same_mass() -> None:
    four_and_a_half = parse_value("4,5 млн тонн", "ru").interval
    assert four_and_a_half == Interval(F(445, 100) * 10**9, F(455, 100) * 10**9)  # kilograms
    assert parse_value("4.5 Mt", "en").interval == four_and_a_half
    assert parse_value("4 500 тыс. т", "ru").interval == four_and_a_half  # 4 500: ±50 тыс. т


def test_spec_precision_examples() -> None:
    assert parse_value("6,300 tons", "en").interval == Interval(F(6250000), F(6350000))
    assert parse_value("6,300 tons", "en", exact=True).interval == Interval(F(6299500), F(6300500))
    assert parse_change("+62%", "ru").interval == Interval(F(1615, 1000), F(1625, 1000))
    assert parse_change("x3.5", "en").interval == Interval(F(345, 100), F(355, 100))
    assert parse_change("вдвое", "ru").interval == Interval(F(15, 10), F(25, 10))


@pytest.mark.parametrize(
    ("text", "language", "low", "high"),
    [
        ("+15%", "ru", "1.145", "1.155"),
        ("-3,5%", "ru", "0.9645", "0.9655"),
        ("на 62%", "ru", "1.615", "1.625"),
        ("x2", "en", "1.5", "2.5"),
        ("×1.5", "en", "1.45", "1.55"),
        ("в 1,6 раза", "ru", "1.55", "1.65"),
        ("в 5 раз", "ru", "4.5", "5.5"),
        ("втрое", "ru", "2.5", "3.5"),
        ("вшестеро", "ru", "5.5", "6.5"),
        ("в шесть раз", "ru", "5.5", "6.5"),
        ("в десять раз", "ru", "9.5", "10.5"),
        ("3.5fold", "en", "3.45", "3.55"),
        ("3.5-fold", "en", "3.45", "3.55"),
        ("6.1 times", "en", "6.05", "6.15"),
        ("doubled", "en", "1.5", "2.5"),
        ("tripled", "en", "2.5", "3.5"),
        ("sixfold", "en", "5.5", "6.5"),
        ("в 9–10 раз", "ru", "8.5", "10.5"),
        ("12–15%", "ru", "1.115", "1.155"),
        # spellings newsrooms also write
        ("2x", "en", "1.5", "2.5"),
        ("2,5x", "ru", "2.45", "2.55"),
        ("удвоился", "ru", "1.5", "2.5"),
        ("в два с половиной раза", "ru", "2.45", "2.55"),
        ("в полтора раза", "ru", "1.45", "1.55"),
        ("trebled", "en", "2.5", "3.5"),
        ("two-fold", "en", "1.5", "2.5"),
        ("более чем вдвое", "ru", "1.5", None),
        ("halved", "en", "0.4", "2/3"),
    ],
)
def test_every_change_spelling_of_the_spec(text: str, language: str, low: str, high: str | None) -> None:
    change = parse_change(text, language)
    assert isinstance(change, Ratio)
    assert change.interval == Interval(F(low), None if high is None else F(high))


def test_amount_changes() -> None:
    up = parse_change("+1,2 млн тонн", "ru")
    down = parse_change("-174,960 tons", "en")
    assert isinstance(up, Amount) and isinstance(down, Amount)
    assert up.interval == Interval(F(115, 100) * 10**9, F(125, 100) * 10**9)
    assert down.interval == Interval(F(-174965000), F(-174955000))


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("более $500 млн", F(450) * 10**6, None),
        ("свыше 130", F(125), None),
        ("less than $1 bn", None, F(15, 10) * 10**9),
        ("около 130", F(117), F(143)),
        ("почти 7 млн тонн", F(63, 10) * 10**9, F(75, 10) * 10**9),
    ],
)
def test_qualifiers(text: str, low: Fraction | None, high: Fraction | None) -> None:
    language = "en" if "than" in text else "ru"
    assert parse_value(text, language).interval == Interval(low, high)


def test_bounds() -> None:
    assert parse_bound("> $500 млн", "ru").interval == Interval(F(450) * 10**6, None)
    assert parse_bound("< $1 млрд", "ru").interval == Interval(None, F(15, 10) * 10**9)
    ratio = parse_bound(">= x3.5", "en")
    assert isinstance(ratio, Ratio) and ratio.interval == Interval(F(345, 100), None)
    with pytest.raises(FigureError, match="needs a relation first"):
        parse_bound("$500 млн", "ru")


def test_currencies_are_separate_dimensions() -> None:
    dollars = parse_value("$533 млн", "ru")
    tenge = parse_value("533 млн тенге", "ru")
    assert dollars.unit is not None and tenge.unit is not None
    assert not dollars.unit.converts_to(tenge.unit)
    assert tenge.in_unit(dollars.unit) is None


def test_custom_units_are_their_own_dimension() -> None:
    teu = parse_value("1,2 тыс. TEU", "ru", ["TEU"])
    assert teu.unit is not None and teu.unit.dimension == "[count_TEU]^1"
    assert teu.interval == Interval(F(1150), F(1250))


@pytest.mark.parametrize(
    ("text", "language", "message"),
    [
        ("4,5 tons", "en", "in English a comma separates thousands; write 4.5 or set language: ru"),
        ("много", "ru", "no number in 'много'"),
        ("5 попугаев", "ru", "unknown unit 'попугаев'"),
        ("$5 млн тонн", "ru", "unexpected 'тонн' after the figure"),
    ],
)
def test_unreadable_figures_say_why(text: str, language: str, message: str) -> None:
    with pytest.raises(FigureError, match=message.replace("$", r"\$")):
        parse_value(text, language)


def test_scan_finds_figures_and_skips_years_dates_ordinals_urls() -> None:
    text = ("1. В 2023 году товарооборот достиг $533 млн, а перевозки выросли на 62% – до 4,5 млн тонн. "
            "В 2024-м и 1990-х, 20 октября, объём вырос вдвое; 130 новых видов; в 5 раз. "
            "https://example.org/2023/533")
    assert [(f.claim_text, f.form) for f in find_figures(text, "ru")] == [
        ("$533 млн", "value"), ("на 62%", "change"), ("4,5 млн тонн", "value"), ("вдвое", "change"),
        ("130", "value"), ("в 5 раз", "change"),
    ]


def test_scan_reads_qualifiers_words_and_skips_dates_times_codes() -> None:
    text = ("превысив $500 млн, около 130 видов, почти на 20%, один млн 73 тысячи тенге, 24.01.2017, в 10:30, "
            "A320, 2022–2024 годы, -3,5%, увеличился на 1,2 млн тонн, за три года.")
    assert [(f.claim_text, f.form) for f in find_figures(text, "ru")] == [
        ("> $500 млн", "bound"), ("около 130", "value"), ("почти на 20%", "change"),
        ("один млн 73 тысячи тенге", "value"), ("-3,5%", "change"), ("на 1,2 млн тонн", "change"),
    ]


def test_numbers_in_reads_words_and_both_decimal_marks() -> None:
    assert numbers_in("внутри объём вырос вдвое – до 3,2 млн тонн", "ru") == [F(2), F(16, 5)]
    assert numbers_in("1 млн 84 тыс.", "ru") == [F(1), F(84)]


# -- properties -------------------------------------------------------------------------------------------

def _ru_digits(value: int) -> str:
    groups = f"{value:,}".split(",")
    return "\u00a0".join(groups)


@given(st.integers(min_value=1, max_value=10**12), st.sampled_from(["ru", "en"]))
def test_any_written_integer_lies_in_its_own_interval(value: int, language: str) -> None:
    text = (_ru_digits(value) if language == "ru" else f"{value:,}") + " тонн"
    interval = parse_value(text, language).interval.scaled(F(1, 1000))  # kg -> t
    assert interval.low is not None and interval.high is not None
    assert interval.low <= value <= interval.high
    # half a unit of the last significant digit: never wider than the value's own magnitude
    assert interval.high - interval.low <= max(F(value), F(1))


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=4))
def test_decimal_precision_is_half_the_last_digit(whole: int, decimals: int) -> None:
    digits = f"{whole}" + "," + "7" * decimals
    interval = parse_value(f"{digits}%", "ru").interval
    value = F(digits.replace(",", ".")) / 100
    half = F(1, 2 * 10**decimals) / 100
    assert interval == Interval(value - half, value + half)


@given(st.decimals(min_value=0, max_value=1000, places=2, allow_nan=False))
def test_en_and_ru_read_the_same_number(number: object) -> None:
    en = f"{number}"
    ru = en.replace(".", ",")
    assert parse_value(f"{en} Mt", "en").interval == parse_value(f"{ru} Mt", "ru").interval


@given(st.text(max_size=40))
def test_arbitrary_text_never_crashes_the_parsers(text: str) -> None:
    for parse in (parse_value, parse_change, parse_bound):
        with contextlib.suppress(FigureError):
            parse(text, "ru")
    find_figures(text, "ru")
    numbers_in(text, "en")


@given(st.integers(min_value=2, max_value=9))
def test_multiplier_word_and_digits_agree(factor: int) -> None:
    words = {2: "вдвое", 3: "втрое", 4: "вчетверо", 5: "впятеро", 6: "вшестеро", 7: "всемеро", 8: "ввосьмеро",
             9: "вдевятеро"}
    assert parse_change(words[factor], "ru").interval == parse_change(f"в {factor} раза", "ru").interval


@pytest.mark.parametrize(
    ("text", "language", "unit", "value"),
    [
        ("450,000 yen", "en", "JPY", "450000"),
        ("Rs. 20", "en", "INR", "20"),
        ("C$7bn", "en", "CAD", "7e9"),
        ("c $ 16.4 million", "en", "CAD", "16.4e6"),
        ("42 KWD", "en", "KWD", "42"),  # any ISO 4217 code is a currency of its own
        ("10 shekels", "en", "ILS", "10"),
        ("3,04 грн", "ru", "UAH", "3.04"),
        ("124 451 рубль 50 копеек", "ru", "RUB", "124451.5"),
        ("20 dollars 43 cents", "en", "USD", "20.43"),
        ("20,000 руб", "ru", "RUB", "20000"),  # natasha: with money, a comma before three digits groups thousands
        ("$10,000", "ru", "USD", "10000"),
        ("between 10 and 20 dollars", "en", "USD", "15"),
        ("между 10 и 20 долларами", "ru", "USD", "15"),
    ],
)
def test_money_as_newsrooms_and_peers_write_it(text: str, language: str, unit: str, value: str) -> None:
    amount = parse_value(text, language)
    assert amount.unit is not None and amount.unit.dimension == f"[currency_{unit}]^1"
    assert amount.interval.midpoint == F(value)


def test_a_comma_before_three_digits_is_a_decimal_without_money() -> None:
    assert parse_value("1,777%", "ru").interval.midpoint == F("1.777") / 100
    assert parse_value("1,375 млрд тенге", "ru").interval.midpoint == F("1.375e9")


def test_running_text_reads_only_units_the_index_knows() -> None:
    text = "a unit of the firm, 5 in the morning, a $48.2 million contract, 3-inch pipes, 2024-м"
    assert [f.claim_text for f in find_figures(text, "en")] == ["5", "$48.2 million", "3-inch"]


def test_year_ranges_and_percent_of() -> None:
    assert find_figures("from 2020 to 2024 trade grew; в 2022–2024 годах; с 2020 по 2024 год", "ru") == []
    (figure,) = find_figures("per cent of twenty-two", "en")
    assert figure.figure is not None and figure.figure.interval.midpoint == F(22, 100)
