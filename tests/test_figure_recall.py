"""Figures of running text that peers' test sets read: one unit after an article, codes before a number, sub-units."""

from __future__ import annotations

from datetime import date
from fractions import Fraction as F
from pathlib import Path

import pytest

from factcheck.article import ArticleText
from factcheck.extract import extract
from factcheck.figures import find_figures
from factcheck.quantities import Amount, parse_change, parse_value


def amounts(text: str, language: str) -> list[tuple[str, str, F | None]]:
    """(text, unit name, midpoint) of each figure with a unit found in `text`."""
    found = []
    for figure in find_figures(text, language):
        assert isinstance(figure.figure, Amount) and figure.figure.unit is not None, figure
        found.append((figure.claim_text, figure.figure.unit.name, figure.figure.interval.midpoint))
    return found


# -- "a"/"an" before a unit of measure is the number one -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim_text", "unit", "midpoint"),
    [
        ("The ferry ticket now costs a dollar.", "a dollar", "USD", F(1)),
        ("Farmers sell a kilogram of apples at the gate.", "a kilogram", "kilogram", F(1)),
        ("The brewery sells a gallon of cider to each visitor.", "a gallon", "gallon", F(473176473, 125000000000)),
        ("The mine sells an ounce of gold for $2,000.", "an ounce", "ounce", F(45359237, 1600000000)),
        ("A stamp cost a euro and 20 cents last year.", "a euro and 20 cents", "EUR", F(6, 5)),
        ("Each parcel weighs a kg or less.", "a kg", "kilogram", F(1)),
    ],
)
def test_an_article_before_a_unit_is_one_of_it(text: str, claim_text: str, unit: str, midpoint: F) -> None:
    assert amounts(text, "en")[0] == (claim_text, unit, midpoint)


@pytest.mark.parametrize(
    ("text", "claim_texts"),
    [
        ("Brent traded at $60 a barrel and gold at $1,500 an ounce.", ["$60", "$1,500"]),
        ("Rice sold for 50 cents a kilogram, 2 million a year.", ["50 cents", "2 million"]),
    ],
)
def test_an_article_after_an_amount_is_per_not_one(text: str, claim_texts: list[str]) -> None:
    # "$60 a barrel" is a price per barrel: one figure, not $60 and one barrel
    assert [f.claim_text for f in find_figures(text, "en")] == claim_texts


def test_one_of_a_unit_reads_the_same_in_a_claims_file() -> None:
    amount = parse_value("a dollar and 42 cents", "en")
    assert amount.unit is not None and amount.unit.name == "USD" and amount.interval.midpoint == F("1.42")
    assert parse_value("an ounce", "en").interval.midpoint == F(45359237, 1600000000)


@pytest.mark.parametrize(
    "text",
    [
        "A day later the port reopened, a year after the strike.",  # a time is a period, not a figure
        "A car hit a person near a unit of the plant.",  # counted things
        "He had a foot injury, sold a yard of junk and tied a knot; a ton of questions remain.",  # nouns, idioms
        "A few firms, a number of banks and a lot of traders left.",
        "Grade a m and a t on the form.",  # single letters
        "No one put a dollar figure on it; a euro sign hung over a dollar store.",  # the unit names a kind
    ],
)
def test_an_article_before_a_time_a_thing_or_a_noun_is_no_figure(text: str) -> None:
    assert find_figures(text, "en") == []


def test_a_dollar_figure_stays_an_idiom_in_a_draft() -> None:
    article = ArticleText(Path("article.txt"), "Officials would not put a dollar figure on the damage.")
    assert extract(article, language="en", published=date(2025, 1, 1)).figures == []


# -- a currency code before its number -----------------------------------------------------------------------


def test_a_lower_case_currency_code_before_a_number_is_that_currency() -> None:
    assert amounts("The fee is rmb 30 here and usd 5 abroad.", "en") == [
        ("rmb 30", "CNY", F(30)), ("usd 5", "USD", F(5)),
    ]
    assert amounts("Билет стоит eur 12.", "ru") == [("eur 12", "EUR", F(12))]


def test_a_lower_case_code_that_is_a_word_stays_the_word() -> None:
    assert [f.claim_text for f in find_figures("Try 20 times, then try 30 more.", "en")] == ["20 times", "30"]
    assert amounts("The lira sank: TRY 40 buys a dollar.", "en")[0] == ("TRY 40", "TRY", F(40))


# -- a sub-unit in every case --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claim_text", "unit", "midpoint"),
    [
        ("Он расплатился 12 долларами 50 центами.", "12 долларами 50 центами", "USD", F("12.5")),
        ("Штраф оплачен 300 рублями 40 копейками.", "300 рублями 40 копейками", "RUB", F("300.4")),
        ("The toll is 3 dollars 25 cents.", "3 dollars 25 cents", "USD", F("3.25")),
    ],
)
def test_a_sub_unit_after_its_currency_in_any_case_is_one_figure(
    text: str, claim_text: str, unit: str, midpoint: F
) -> None:
    language = "en" if text.isascii() else "ru"
    assert amounts(text, language) == [(claim_text, unit, midpoint)]


# -- the verb before a qualifier, points before per cent -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claim_text", "low", "high"),
    [
        # the qualifier applies to the factor as printed: 3.6–4, so x0.25–0.278
        ("Улов трески упал почти в 4 раза.", "ru", "почти в 4 раза меньше", F(1, 4), F(5, 18)),
        ("The herring catch fell nearly fourfold.", "en", "nearly fourfold less", F(1, 4), F(5, 18)),
        ("Число рейсов сократилось более чем в 4 раза.", "ru", "более чем в 4 раза меньше", None, F(2, 7)),
        ("Цены на жильё снизились почти на 5%.", "ru", "почти -5%", F(189, 200), F(191, 200)),
        ("Rents fell more than 5% in the city.", "en", "more than -5%", None, F(191, 200)),
    ],
)
def test_a_verb_of_decline_before_a_qualifier_still_makes_a_decrease(
    text: str, language: str, claim_text: str, low: F | None, high: F | None
) -> None:
    (found,) = find_figures(text, language)
    assert (found.claim_text, found.form) == (claim_text, "change")
    assert found.figure is not None and (found.figure.interval.low, found.figure.interval.high) == (low, high)
    assert parse_change(found.claim_text, language).interval == found.figure.interval  # the draft loads as found


@pytest.mark.parametrize(
    ("text", "language", "claim_text", "points"),
    [
        ("Jobless rate fell by 3 percentage points.", "en", "-3 percentage points", F(-3)),
        ("The jobless rate rose 2 percentage points.", "en", "2 percentage points", F(2)),
        ("Безработица снизилась на 3 процентных пункта.", "ru", "-3 процентных пункта", F(-3)),
        ("Yields fell by 25 basis points.", "en", "-25 basis points", F(-1, 4)),
    ],
)
def test_points_after_a_number_are_points_not_per_cent(text: str, language: str, claim_text: str, points: F) -> None:
    (found,) = find_figures(text, language)
    assert (found.claim_text, found.form) == (claim_text, "change")
    assert isinstance(found.figure, Amount) and found.figure.unit is not None and found.figure.unit.name == "percent"
    assert found.figure.interval.midpoint == points / 100


def test_a_qualifier_on_a_decrease_widens_its_magnitude() -> None:
    # nearly 1.4 Mt less is a fall of 1.26–1.4 Mt (with the 1.4's rounding), not of 1.35–1.45
    change = parse_change("почти -1,4 млн тонн", "ru")
    assert (change.interval.low, change.interval.high) == (F("-1.45e9"), F("-1.26e9"))
    assert parse_change("some -650,000 units", "en").interval.high == F(-585000)


# -- fraction words as changes -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claim_text", "low", "high"),
    [
        # a fraction is ±10% of its value: a third is 0.300–0.367
        ("Улов сельди упал на треть.", "ru", "-треть", F(19, 30), F(7, 10)),
        ("Herring catches fell by a third.", "en", "-a third", F(19, 30), F(7, 10)),
        ("Экспорт леса вырос на четверть.", "ru", "на четверть", F(49, 40), F(51, 40)),
        ("Timber exports rose by a quarter.", "en", "by a quarter", F(49, 40), F(51, 40)),
        ("Аренда на пятую часть выше, чем в 2023 году.", "ru", "на пятую часть выше", F(59, 50), F(61, 50)),
        ("Rents were a fifth higher than in 2023.", "en", "a fifth higher", F(59, 50), F(61, 50)),
        ("Sales were nearly a third lower.", "en", "nearly a third lower", F(19, 30), F(7, 10)),
        ("Добыча сократилась более чем на треть.", "ru", "более чем -треть", None, F(7, 10)),
    ],
)
def test_a_fraction_after_a_verb_of_change_or_before_a_comparative_is_a_change(
    text: str, language: str, claim_text: str, low: F | None, high: F | None
) -> None:
    (found,) = find_figures(text, language)
    assert (found.claim_text, found.form) == (claim_text, "change")
    assert found.figure is not None and (found.figure.interval.low, found.figure.interval.high) == (low, high)
    assert parse_change(found.claim_text, language).interval == found.figure.interval


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Half of the firms left; a third of exports went by sea.", "en"),
        ("Четверть выпуска ушла на экспорт, зал рассчитан на треть мест.", "ru"),
    ],
)
def test_a_fraction_without_a_change_is_not_read_as_one(text: str, language: str) -> None:
    assert find_figures(text, language) == []


# -- a range whose ends both carry the unit is one figure ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claim_text", "unit", "low", "high"),
    [
        ("Tickets cost between $12 and $18 last season.", "en", "between $12 and $18", "USD", F(23, 2), F(37, 2)),
        ("Билеты стоили от 300 рублей до 500 рублей.", "ru", "от 300 рублей до 500 рублей", "RUB", F(250), F(550)),
        ("Growth will be from 2.5% to 3.5% next year.", "en", "from 2.5% to 3.5%", "percent", F(49, 2000), F(71, 2000)),
        ("Рост составит от 2,5% до 3,5%.", "ru", "от 2,5% до 3,5%", "percent", F(49, 2000), F(71, 2000)),
        ("A room costs $80-$120 a night.", "en", "$80-$120", "USD", F(75), F(125)),
        ("Harvest estimates are between 4.1 million tonnes and 4.3 million tonnes.", "en",
         "between 4.1 million tonnes and 4.3 million tonnes", "metric_ton", F("4.05e9"), F("4.35e9")),
    ],
)
def test_a_range_with_the_unit_on_both_ends_is_one_figure(
    text: str, language: str, claim_text: str, unit: str, low: F, high: F
) -> None:
    (found,) = find_figures(text, language)
    assert found.claim_text == claim_text and found.form == "value"
    assert isinstance(found.figure, Amount) and found.figure.unit is not None and found.figure.unit.name == unit
    assert (found.figure.interval.low, found.figure.interval.high) == (low, high)
    assert parse_value(found.claim_text, language).interval == found.figure.interval  # the draft loads as found


@pytest.mark.parametrize(
    ("text", "language", "claim_texts"),
    [
        ("The fare rose $5 to $20.", "en", ["$5", "$20"]),  # "to" without "from" is where it rose to
        ("The fare rose from $15 to $20.", "en", ["$15", "$20"]),  # where a change starts and ends
        ("Тариф вырос от 15 рублей до 20 рублей.", "ru", ["15 рублей", "20 рублей"]),
        ("Выручка — $10 млн — втрое выше.", "ru", ["$10 млн", "втрое"]),  # a spaced dash is punctuation
        ("Between $5 and 7% of staff left.", "en", ["$5", "7%"]),  # different units: two figures
    ],
)
def test_figures_that_only_look_like_a_range_stay_apart(text: str, language: str, claim_texts: list[str]) -> None:
    assert [found.claim_text for found in find_figures(text, language)] == claim_texts


def test_a_claims_file_reads_a_range_whose_ends_both_carry_the_unit() -> None:
    assert parse_value("$80-$120", "en").interval.midpoint == F(100)
    assert parse_value("от 300 рублей до 500 рублей", "ru").interval.midpoint == F(400)


# -- fractions of a scale word, and "and a half" before one --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claim_text", "low", "high"),
    [
        # a fraction word is ±10% of its value, before a scale word too
        ("The port handled half a million containers.", "en", "half a million containers", F(450000), F(550000)),
        ("A quarter of a million containers came.", "en", "A quarter of a million containers", F(225000), F(275000)),
        ("Порт принял полмиллиона контейнеров.", "ru", "полмиллиона контейнеров", F(450000), F(550000)),
        ("Порт принял пол-миллиона контейнеров.", "ru", "пол-миллиона контейнеров", F(450000), F(550000)),
        # "and a half" is a written half: ±0.05 of the scale
        ("The port handled two and a half million containers.", "en", "two and a half million containers",
         F(2450000), F(2550000)),
        ("Порт принял два с половиной миллиона контейнеров.", "ru", "два с половиной миллиона контейнеров",
         F(2450000), F(2550000)),
    ],
)
def test_a_fraction_of_a_scale_word_is_that_part_of_it(
    text: str, language: str, claim_text: str, low: F, high: F
) -> None:
    (found,) = find_figures(text, language)
    assert found.claim_text == claim_text
    assert isinstance(found.figure, Amount) and found.figure.unit is not None
    assert found.figure.unit.name == "container"
    assert (found.figure.interval.low, found.figure.interval.high) == (low, high)
    assert parse_value(found.claim_text, language).interval == found.figure.interval


def test_a_fraction_word_that_is_a_period_or_a_word_is_no_figure() -> None:
    assert [f.claim_text for f in find_figures("Sales in the first half up 3%.", "en")] == ["3%"]
    assert find_figures("Полк вышел в поле; a quarter of the staff left.", "ru") == []


# -- a unit written with its power -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "claim_texts", "units"),
    [
        ("The mall has 5,000 m2 of shops and burns 300 m3 of gas.", "en", ["5,000 m2", "300 m3"],
         ["meter ** 2", "meter ** 3"]),
        ("Склад площадью 500 м2 и озеро в 12 км2.", "ru", ["500 м2", "12 км2"], ["meter ** 2", "kilometer ** 2"]),
    ],
)
def test_a_unit_with_its_power_in_digits_is_an_area_or_a_volume_not_millions(
    text: str, language: str, claim_texts: list[str], units: list[str]
) -> None:
    found = find_figures(text, language)
    assert [f.claim_text for f in found] == claim_texts
    assert [f.figure.unit.name for f in found if isinstance(f.figure, Amount) and f.figure.unit] == units
    assert all(f.figure is not None and f.figure.interval.high is not None and f.figure.interval.high < 10**8
               for f in found)  # "5,000 m2" is no 5 billion


def test_a_lone_from_before_a_figure_is_not_part_of_it() -> None:
    # "fallen from $659": the figure is $659, the level the fall started from, not a change of $659
    (found,) = find_figures("The average price has fallen from $659 since May.", "en")
    assert found.claim_text == "$659" and found.form == "value"
    (found,) = find_figures("Средняя цена снизилась от 659 рублей в мае.", "ru")
    assert found.claim_text == "659 рублей"


def test_a_range_found_in_text_spans_its_opening_word() -> None:
    text = "Analysts put the harvest at between 4.1 million tonnes and 4.3 million tonnes."
    (found,) = find_figures(text, "en")
    assert text[found.start : found.end] == found.claim_text == "between 4.1 million tonnes and 4.3 million tonnes"


@pytest.mark.parametrize(
    ("text", "language", "claim_text", "unit", "low", "high"),
    [
        # a written half: ±0.05 of the unit
        ("The new road is two and a half miles long.", "en", "two and a half miles", "mile",
         F("4023.36") - F("80.4672"), F("4023.36") + F("80.4672")),
        ("Новая дорога длиной два с половиной километра.", "ru", "два с половиной километра", "kilometer", F(2450),
         F(2550)),
    ],
)
def test_and_a_half_before_a_unit_is_half_a_unit_more(
    text: str, language: str, claim_text: str, unit: str, low: F, high: F
) -> None:
    (found,) = find_figures(text, language)
    assert found.claim_text == claim_text
    assert isinstance(found.figure, Amount) and found.figure.unit is not None and found.figure.unit.name == unit
    assert (found.figure.interval.low, found.figure.interval.high) == (low, high)


def test_and_a_half_before_times_is_a_multiplier_and_before_a_time_no_figure() -> None:
    (found,) = find_figures("Ticket sales rose two and a half times.", "en")
    assert found.claim_text == "two and a half times" and found.figure is not None
    assert found.figure.interval.midpoint == F(5, 2)
    assert find_figures("The works took two and a half years.", "en") == []
    assert find_figures("Стройка шла два с половиной года.", "ru") == []
