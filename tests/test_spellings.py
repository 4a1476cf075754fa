"""Every spelling of format 1.1 and 1.2, section 1, in both languages: the interval and the unit it reads as.

Intervals are in the figure's own unit (a rate per its own time), changes as result ÷ baseline.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from factcheck.quantities import Amount, Figure, Ratio, parse_bound, parse_change, parse_value
from factcheck.shares import parse_share
from factcheck.units import resolve_unit, unit_label

F = Fraction
PARSERS = {"value": parse_value, "change": parse_change, "bound": parse_bound}


def reading(figure: Figure) -> tuple[Fraction | None, Fraction | None, str]:
    """The figure's interval in its own unit, and that unit as printed ("×" for a multiplier)."""
    if isinstance(figure, Ratio):
        return figure.interval.low, figure.interval.high, "%" if figure.percent else "×"
    assert isinstance(figure, Amount)
    factor = figure.unit.factor if figure.unit else F(1)
    low, high = (None if end is None else end / factor for end in (figure.interval.low, figure.interval.high))
    return low, high, unit_label(figure.unit)


SPELLINGS = [
    # English abbreviations of scale, with or without a currency; pc is per cent
    ("£3.6m", "en", "value", "3.55e6", "3.65e6", "GBP"),
    ("18.65m units", "en", "value", "18.645e6", "18.655e6", "vehicles"),
    ("2.3m", "en", "value", "2.25e6", "2.35e6", ""),
    ("$5.99bn", "en", "value", "5.985e9", "5.995e9", "USD"),
    ("1.3m tonnes", "en", "value", "1.25e6", "1.35e6", "t"),
    ("7.5mn", "en", "value", "7.45e6", "7.55e6", ""),
    ("7.5mln", "en", "value", "7.45e6", "7.55e6", ""),
    ("3.5b", "en", "value", "3.45e9", "3.55e9", ""),
    ("1.2tn", "en", "value", "1.15e12", "1.25e12", ""),
    ("4.5k", "en", "value", "4450", "4550", ""),
    ("100 m", "en", "value", "50e6", "150e6", ""),  # a million unless the metric is a length
    ("43.7pc", "en", "value", "43.65", "43.75", "%"),
    # currency words and codes before or after the number
    ("euro 368 billion", "en", "value", "367.5e9", "368.5e9", "EUR"),
    ("EUR 0.3 billion", "en", "value", "0.25e9", "0.35e9", "EUR"),
    ("GBP 44 billion", "en", "value", "43.5e9", "44.5e9", "GBP"),
    ("US$ 489 billion", "en", "value", "488.5e9", "489.5e9", "USD"),
    ("US$62 billion", "en", "value", "61.5e9", "62.5e9", "USD"),
    ("Евро 20", "ru", "value", "15", "25", "EUR"),
    ("20 долл.", "ru", "value", "15", "25", "USD"),
    ("5 долларов США", "ru", "value", "4.5", "5.5", "USD"),
    ("$533 млн", "ru", "value", "532.5e6", "533.5e6", "USD"),
    ("533 млн $", "ru", "value", "532.5e6", "533.5e6", "USD"),
    # multipliers, including decreases by a factor
    ("6.1-times", "en", "change", "6.05", "6.15", "×"),
    ("6.1 times", "en", "change", "6.05", "6.15", "×"),
    ("3.5fold", "en", "change", "3.45", "3.55", "×"),
    ("3.5-fold", "en", "change", "3.45", "3.55", "×"),
    ("twofold", "en", "change", "1.5", "2.5", "×"),
    ("tripling", "en", "change", "2.5", "3.5", "×"),
    ("tripled", "en", "change", "2.5", "3.5", "×"),
    ("quadrupled", "en", "change", "3.5", "4.5", "×"),
    ("halved", "en", "change", "2/5", "2/3", "×"),
    ("в 1,6 раза", "ru", "change", "1.55", "1.65", "×"),
    ("в полтора раза", "ru", "change", "1.45", "1.55", "×"),
    ("впятеро", "ru", "change", "4.5", "5.5", "×"),
    ("в шесть раз", "ru", "change", "5.5", "6.5", "×"),
    ("в 4 раза меньше", "ru", "change", "1/4.5", "1/3.5", "×"),
    ("сократилось в 4 раза", "ru", "change", "1/4.5", "1/3.5", "×"),
    ("вдвое меньше", "ru", "change", "2/5", "2/3", "×"),
    ("fell fourfold", "en", "change", "1/4.5", "1/3.5", "×"),
    ("почти в 4 раза меньше", "ru", "change", "1/4", "1/3.6", "×"),
    # fraction words: ±10% of their value, as values and changes
    ("a third", "en", "value", "30", "110/3", "%"),
    ("a quarter", "en", "value", "22.5", "27.5", "%"),
    ("a fifth", "en", "value", "18", "22", "%"),
    ("half", "en", "value", "45", "55", "%"),
    ("треть", "ru", "value", "30", "110/3", "%"),
    ("четверть", "ru", "value", "22.5", "27.5", "%"),
    ("половина", "ru", "value", "45", "55", "%"),
    ("пятая часть", "ru", "value", "18", "22", "%"),
    ("упал на треть", "ru", "change", "1-11/30", "0.7", "%"),
    ("a fifth higher", "en", "change", "1.18", "1.22", "%"),
    ("fell by around a quarter", "en", "change", "0.725", "0.775", "%"),
    ("more than a quarter", "en", "value", "22.5", None, "%"),
    ("почти половина", "ru", "value", "45", "55", "%"),
    # number words and per cent spelled out
    ("5 per cent", "en", "value", "4.5", "5.5", "%"),
    ("5 percent", "en", "value", "4.5", "5.5", "%"),
    ("5 процентов", "ru", "value", "4.5", "5.5", "%"),
    ("3 процента", "ru", "value", "2.5", "3.5", "%"),
    ("трех миллионов", "ru", "value", "2.5e6", "3.5e6", ""),
    ("двух тысяч", "ru", "value", "1500", "2500", ""),
    ("двенадцати", "ru", "value", "11.5", "12.5", ""),
    ("twelve", "en", "value", "11.5", "12.5", ""),
    ("one million", "en", "value", "0.5e6", "1.5e6", ""),
    ("сто", "ru", "value", "50", "150", ""),
    ("a hundred", "en", "value", "50", "150", ""),
    ("сто двадцать три", "ru", "value", "122.5", "123.5", ""),
    ("twenty-five", "en", "value", "24.5", "25.5", ""),
    # percentage points and basis points, as changes and as amounts (100 bp = 1 pp)
    ("+1,5 п.п.", "ru", "change", "1.45", "1.55", "%"),
    ("+1,5 п. п.", "ru", "change", "1.45", "1.55", "%"),
    ("+0,5 процентного пункта", "ru", "change", "0.45", "0.55", "%"),
    ("+2 pp", "en", "change", "1.5", "2.5", "%"),
    ("+1.9 percentage points", "en", "change", "1.85", "1.95", "%"),
    ("+25 б.п.", "ru", "change", "0.245", "0.255", "%"),
    ("+100 базисных пунктов", "ru", "change", "0.5", "1.5", "%"),
    ("+100 базисных пункта", "ru", "change", "0.5", "1.5", "%"),
    ("-25 bp", "en", "change", "-0.255", "-0.245", "%"),
    ("+25 basis points", "en", "change", "0.245", "0.255", "%"),
    ("1.9 percentage points", "en", "value", "1.85", "1.95", "%"),
    # shares of a named whole, and per cent a year
    ("3,6% ВВП", "ru", "value", "3.55", "3.65", "%"),
    ("86.7% of GDP", "en", "value", "86.65", "86.75", "%"),
    ("7,5% годовых", "ru", "value", "7.45", "7.55", "%"),
    # rates
    ("10 млн тонн в год", "ru", "value", "5e6", "15e6", "t/year"),
    ("10 million tons a year", "en", "value", "5e6", "15e6", "t/year"),
    ("5 t per year", "en", "value", "4.5", "5.5", "t/year"),
    ("5 tonnes annually", "en", "value", "4.5", "5.5", "t/year"),
    ("30 тыс. баррелей в сутки", "ru", "value", "25e3", "35e3", "bbl/day"),
    ("9.05 million bpd", "en", "value", "9.045e6", "9.055e6", "bbl/day"),
    ("1.5 b/d", "en", "value", "1.45", "1.55", "bbl/day"),
    ("1.5 bbl/d", "en", "value", "1.45", "1.55", "bbl/day"),
    ("28.9 million barrels per day", "en", "value", "28.85e6", "28.95e6", "bbl/day"),
    ("3 barrels a day", "en", "value", "2.5", "3.5", "bbl/day"),
    ("4 тонны в день", "ru", "value", "3.5", "4.5", "t/day"),
    ("5 тонн в месяц", "ru", "value", "4.5", "5.5", "t/month"),
    # news counting units, each its own dimension
    ("5 TEU", "en", "value", "4.5", "5.5", "TEU"),
    ("5 ДФЭ", "ru", "value", "4.5", "5.5", "TEU"),
    ("5 вагонов", "ru", "value", "4.5", "5.5", "wagons"),
    ("5 containers", "en", "value", "4.5", "5.5", "containers"),
    ("5 vehicles", "en", "value", "4.5", "5.5", "vehicles"),
    ("5 cars", "en", "value", "4.5", "5.5", "vehicles"),
    ("5 units", "en", "value", "4.5", "5.5", "vehicles"),
    ("5 автомобилей", "ru", "value", "4.5", "5.5", "vehicles"),
    ("5 единиц", "ru", "value", "4.5", "5.5", "vehicles"),
    ("5 шт.", "ru", "value", "4.5", "5.5", "vehicles"),
    ("5 тысяч штук", "ru", "value", "4500", "5500", "vehicles"),
    ("5 people", "en", "value", "4.5", "5.5", "people"),
    ("5 человек", "ru", "value", "4.5", "5.5", "people"),
    ("5 residents", "en", "value", "4.5", "5.5", "people"),
    ("5 tourists", "en", "value", "4.5", "5.5", "people"),
    ("5 туристов", "ru", "value", "4.5", "5.5", "people"),
    ("5 passengers", "en", "value", "4.5", "5.5", "people"),
    ("5 пассажиров", "ru", "value", "4.5", "5.5", "people"),
    ("5 jobs", "en", "value", "4.5", "5.5", "jobs"),
    ("5 рабочих мест", "ru", "value", "4.5", "5.5", "jobs"),
    # physical units news uses
    ("5 баррелей", "ru", "value", "4.5", "5.5", "bbl"),
    ("5 bbl", "en", "value", "4.5", "5.5", "bbl"),
    ("5 кв. м", "ru", "value", "4.5", "5.5", "m²"),
    ("5 кв м", "ru", "value", "4.5", "5.5", "m²"),
    ("5 м²", "ru", "value", "4.5", "5.5", "m²"),
    ("5 sq m", "en", "value", "4.5", "5.5", "m²"),
    ("5 square metres", "en", "value", "4.5", "5.5", "m²"),
    ("5 га", "ru", "value", "4.5", "5.5", "ha"),
    ("5 ц", "ru", "value", "4.5", "5.5", "ц"),
    ("28,3 ц/га", "ru", "value", "28.25", "28.35", "ц/га"),
    ("28,3 ц с га", "ru", "value", "28.25", "28.35", "ц/га"),
    # ranges in every form
    ("2–3%", "ru", "value", "1.5", "3.5", "%"),
    ("в 2-3 раза", "ru", "change", "1.5", "3.5", "×"),
    ("в 9–10 раз", "ru", "change", "8.5", "10.5", "×"),
    ("between $43.6bn and $44.5bn", "en", "value", "43.55e9", "44.55e9", "USD"),
    ("in the range of $43.6bn to $44.5bn", "en", "value", "43.55e9", "44.55e9", "USD"),
    ("от 10 до 15 млн тонн", "ru", "value", "9.5e6", "15.5e6", "t"),
    ("10-15 million tons", "en", "value", "9.5e6", "15.5e6", "t"),
    ("5-6,5%", "ru", "value", "4.95", "6.55", "%"),
    ("between 8.5 million bpd and 8.6 million bpd", "en", "value", "8.45e6", "8.65e6", "bbl/day"),
    # qualifiers on changes and amounts
    ("более чем в 3,5 раза", "ru", "change", "3.45", None, "×"),
    ("почти на 1,4 млн тонн", "ru", "change", "1.26e6", "1.45e6", "t"),
    ("nearly doubled", "en", "change", "1.5", "2.5", "×"),
    ("some 30,000 more", "en", "change", "25000", "35000", ""),
    ("more than double", "en", "change", "1.5", None, "×"),
    ("по меньшей мере 5 млн", "ru", "value", "4.5e6", None, ""),
    ("at least 5 million", "en", "value", "4.5e6", None, ""),
    ("не менее 5 млн", "ru", "value", "4.5e6", None, ""),
    ("порядка 5 млн", "ru", "value", "4.5e6", "5.5e6", ""),
    ("по меньшей мере на 5%", "ru", "change", "1.045", None, "%"),
    ("some -650,000 units", "en", "change", "-715000", "-585000", "vehicles"),  # ±10% of the magnitude
    ("some +US$ 40 billion", "en", "change", "35e9", "45e9", "USD"),
    ("на 4,1 млн га больше", "ru", "change", "4.05e6", "4.15e6", "ha"),
    # bounds
    ("> one billion tourists", "en", "bound", "0.5e9", None, "people"),
    ("> 556 тыс.", "ru", "bound", "555500", None, ""),
    ("< 3%", "en", "bound", None, "3.5", "%"),
    # format 1.2: per cent as an adjective (with a noun of direction, a change); points with a per cent sign
    ("3-процентное", "ru", "value", "2.5", "3.5", "%"),
    ("10-процентный", "ru", "value", "5", "15", "%"),
    ("5-percent", "en", "value", "4.5", "5.5", "%"),
    ("5-per-cent", "en", "value", "4.5", "5.5", "%"),
    ("3-процентное падение", "ru", "change", "0.965", "0.975", "%"),
    ("5-percent rise", "en", "change", "1.045", "1.055", "%"),
    ("5-per-cent drop", "en", "change", "0.945", "0.955", "%"),
    ("+0.74% points", "en", "change", "0.735", "0.745", "%"),
    ("0.24% point", "en", "value", "0.235", "0.245", "%"),
    ("+0,3% п.", "ru", "change", "0.25", "0.35", "%"),
    # format 1.2: units spelled out, hyphenated or with a dot
    ("5 terawatt-hours", "en", "value", "4.5", "5.5", "terawatt_hour"),
    ("5 kilowatt-hours", "en", "value", "4.5", "5.5", "kilowatt_hour"),
    ("5 gigawatt hours", "en", "value", "4.5", "5.5", "gigawatt_hour"),
    ("5 кВт-ч", "ru", "value", "4.5", "5.5", "kilowatt_hour"),
    ("5 кВт.ч", "ru", "value", "4.5", "5.5", "kilowatt_hour"),
    ("5 кВт·ч", "ru", "value", "4.5", "5.5", "kilowatt_hour"),
    ("5 млрд кВт·ч", "ru", "value", "4500000000", "5500000000", "kilowatt_hour"),
    ("5 квадратных метров", "ru", "value", "4.5", "5.5", "m²"),
    ("5 кубометров", "ru", "value", "4.5", "5.5", "m³"),
    ("5 cubic metres", "en", "value", "4.5", "5.5", "m³"),
    # format 1.2: mixed scale groups, exact to the unit
    ("11 тыс. 841 человек", "ru", "value", "11840.5", "11841.5", "people"),
    # format 1.2: a scale word alone is one of it
    ("миллиард", "ru", "value", "500000000", "1500000000", ""),
    ("около миллиарда", "ru", "value", "500000000", "1500000000", ""),
    ("a million", "en", "value", "500000", "1500000", ""),
    ("a billion", "en", "value", "500000000", "1500000000", ""),
    # format 1.2: qualifiers, before and after the figure, verbs that bound, a figure named as a mark
    ("close to 5 million", "en", "value", "4500000", "5500000", ""),
    ("just under 5 million", "en", "value", "4500000", "5500000", ""),
    ("5 million or more", "en", "value", "4500000", None, ""),
    ("5% or higher", "en", "value", "4.5", None, "%"),
    ("не менее 5 млн", "ru", "value", "4500000", None, ""),
    ("не меньше 5 млн", "ru", "value", "4500000", None, ""),
    ("не более 5 млн", "ru", "value", None, "5500000", ""),
    ("не больше 5 млн", "ru", "value", None, "5500000", ""),
    ("превысит 5 млн", "ru", "value", "4500000", None, ""),
    ("превысил 5 млн", "ru", "value", "4500000", None, ""),
    ("exceeded 5 million", "en", "value", "4500000", None, ""),
    ("topped 5 million", "en", "value", "4500000", None, ""),
    ("the 12-million mark", "en", "value", "11500000", "12500000", ""),
    ("passed the 12-million mark", "en", "value", "11500000", None, ""),
    ("перевалил за 12 млн", "ru", "value", "11500000", None, ""),
    # format 1.2: amount changes by their words
    ("ниже на 5 млн тонн", "ru", "change", "-5500000", "-4500000", "t"),
    ("меньше на 5 млн тонн", "ru", "change", "-5500000", "-4500000", "t"),
    ("5,000 fewer", "en", "change", "-5500", "-4500", ""),
    ("a drop of 5,000", "en", "change", "-5500", "-4500", ""),
    ("a decline of 5,000", "en", "change", "-5500", "-4500", ""),
    ("down 5,000", "en", "change", "-5500", "-4500", ""),
    ("выше на 5 млн тонн", "ru", "change", "4500000", "5500000", "t"),
    ("больше на 5 млн тонн", "ru", "change", "4500000", "5500000", "t"),
    ("5,000 more", "en", "change", "4500", "5500", ""),
    ("a rise of 5,000", "en", "change", "4500", "5500", ""),
    ("up 5,000", "en", "change", "4500", "5500", ""),
    # format 1.2: indices of Russian statistics, a ratio to the baseline
    ("102,3% к уровню прошлого года", "ru", "change", "1.0225", "1.0235", "%"),
    ("55% к январю–маю 2008 г.", "ru", "change", "0.545", "0.555", "%"),
    ("в 1,023 раза больше", "ru", "change", "1.0225", "1.0235", "×"),
    # format 1.2: a ratio as a level (a metric whose unit is x)
    ("1,2 раза", "ru", "value", "1.15", "1.25", "×"),
    ("1.2 times", "en", "value", "1.15", "1.25", "×"),
    ("x1.2", "en", "value", "1.15", "1.25", "×"),
    ("1,5-2,4 раза", "ru", "value", "1.45", "2.45", "×"),
    # format 1.2: currencies by name and code; cents and kopecks are hundredths; pounds are sterling
    ("5 млн сум", "ru", "value", "4500000", "5500000", "UZS"),
    ("5 тенге", "ru", "value", "4.5", "5.5", "KZT"),
    ("5 сом", "ru", "value", "4.5", "5.5", "KGS"),
    ("5 манат", "ru", "value", "4.5", "5.5", "AZN"),
    ("5 гривна", "ru", "value", "4.5", "5.5", "UAH"),
    ("5 baht", "en", "value", "4.5", "5.5", "THB"),
    ("5 бат", "ru", "value", "4.5", "5.5", "THB"),
    ("5 rupee", "en", "value", "4.5", "5.5", "INR"),
    ("5 рупий", "ru", "value", "4.5", "5.5", "INR"),
    ("5 pounds", "en", "value", "4.5", "5.5", "GBP"),
    ("5 фунтов", "ru", "value", "4.5", "5.5", "GBP"),
    ("5 долларов", "ru", "value", "4.5", "5.5", "USD"),
    ("THB 5", "en", "value", "4.5", "5.5", "THB"),
    ("5 XOF", "en", "value", "4.5", "5.5", "XOF"),
    ("5 рэндов", "ru", "value", "4.5", "5.5", "ZAR"),
    ("5 реалов", "ru", "value", "4.5", "5.5", "BRL"),
    ("5 cents", "en", "value", "4.5", "5.5", "cent"),
    ("5 копеек", "ru", "value", "4.5", "5.5", "kopeck"),
    ("5 тиынов", "ru", "value", "4.5", "5.5", "tiyn"),
    ("RSD 5", "en", "value", "4.5", "5.5", "RSD"),
    ("5 lb", "en", "value", "4.5", "5.5", "pound"),
    # format 1.2: people by who they are
    ("5 persons", "en", "value", "4.5", "5.5", "people"),
    ("5 жителей", "ru", "value", "4.5", "5.5", "people"),
    ("5 детей", "ru", "value", "4.5", "5.5", "people"),
    ("5 младенцев", "ru", "value", "4.5", "5.5", "people"),
    ("5 students", "en", "value", "4.5", "5.5", "people"),
    ("5 студентов", "ru", "value", "4.5", "5.5", "people"),
    ("5 workers", "en", "value", "4.5", "5.5", "people"),
    ("5 employees", "en", "value", "4.5", "5.5", "people"),
    ("5 voters", "en", "value", "4.5", "5.5", "people"),
    ("5 избирателей", "ru", "value", "4.5", "5.5", "people"),
]


@pytest.mark.parametrize(("text", "language", "form", "low", "high", "unit"), SPELLINGS,
                         ids=[f"{s[1]}:{s[0]}" for s in SPELLINGS])
def test_every_spelling_reads_as_printed(
    text: str, language: str, form: str, low: str | None, high: str | None, unit: str
) -> None:
    def number(written: str | None) -> Fraction | None:
        if written is None:
            return None
        if "-" in written[1:] and "/" in written:  # "1-11/30"
            whole, _, rest = written.partition("-")
            return F(whole) - F(rest)
        if "/" in written:
            top, _, bottom = written.partition("/")
            return F(top) / F(bottom)
        return F(written)

    figure = PARSERS[form](text, language)
    assert reading(figure) == (number(low), number(high), unit)


@pytest.mark.parametrize(
    ("text", "as_per_cent"),
    [("15,2%", "15,2%"), ("3,6% ВВП", "3,6%"), ("86.7% of GDP", "86.7%"), ("42% of all new cars", "42%"),
     ("a fifth", "a fifth"), ("почти половина", "почти половина")],
)
def test_a_share_reads_as_per_cent_whatever_whole_it_names(text: str, as_per_cent: str) -> None:
    language = "en" if "." in text or text.startswith("a") else "ru"
    amount = parse_share(text, language)
    assert unit_label(amount.unit) == "%"
    assert amount.interval == parse_value(as_per_cent, language).interval


@pytest.mark.parametrize(
    ("unit", "label"),
    [("units", "vehicles"), ("people", "people"), ("TEU", "TEU"), ("кв. м", "m²"), ("barrel/day", "bbl/day"),
     ("t/year", "t/year"), ("млн тонн в год", "Mt/year"), ("ц/га", "ц/га"), ("вагонов", "wagons"),
     ("jobs", "jobs"), ("га", "ha")],
)
def test_a_metric_unit_may_be_any_spelling_of_a_built_in_unit(unit: str, label: str) -> None:
    assert unit_label(resolve_unit(unit)) == label


def test_a_bare_number_on_a_counting_metric_counts_its_unit() -> None:
    vehicles = resolve_unit("vehicles")
    assert parse_value("606,000", "en").in_unit(vehicles) is not None
    assert parse_value("606,000 people", "en").in_unit(vehicles) is None  # people are not vehicles
    assert parse_value("8 072 шт.", "ru").in_unit(resolve_unit("count")) is not None  # so many of a count


def test_a_spaced_m_is_metres_on_a_length_metric() -> None:
    metres = resolve_unit("km")
    assert unit_label(parse_value("100 m", "en", metric_unit=metres).unit) == "meter"
    assert parse_value("100m", "en", metric_unit=metres).unit is None  # attached: a million, always


def test_counting_units_never_convert_into_each_other() -> None:
    assert not resolve_unit("TEU").converts_to(resolve_unit("wagon"))
    assert not resolve_unit("people").converts_to(resolve_unit("USD"))
