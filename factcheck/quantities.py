"""Figures as journalists write them -> intervals; owns the one pint registry.

A figure is read in three layers: the number as written (its digits decide its precision), scale words
(млн, bn), and a unit or currency resolved through pint. Unit names the tool ships with are resolved from
`unit_index.json`, an index compiled from the registry, so that verifying a file does not pay for pint's
start-up; any other unit name falls through to the live registry.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.intervals import Interval

if TYPE_CHECKING:
    from collections.abc import Iterable

LANGUAGES = ("ru", "en")
# Package data lives beside this module; read as plain files (importlib.resources costs ~13 ms at start-up).
UNIT_DEFINITIONS = Path(__file__).with_name("units.txt")
UNIT_INDEX = Path(__file__).with_name("unit_index.json")


class FigureError(ValueError):
    """A figure that cannot be read; `offset` is where in its text the trouble starts."""

    def __init__(self, message: str, offset: int = 0) -> None:
        super().__init__(message)
        self.offset = offset


# ---------------------------------------------------------------------------------------------------------
# Units


@dataclass(frozen=True)
class Unit:
    """A unit: its name, its dimension (each currency its own), and its size in the dimension's base unit."""

    name: str
    dimension: str
    factor: Fraction

    def converts_to(self, other: Unit) -> bool:
        """Whether figures in this unit can be compared with figures in `other`."""
        return self.dimension == other.dimension


DIMENSIONLESS = Unit("", "", Fraction(1))

# Symbols and multi-word names pint cannot hold as aliases.
_UNIT_SURFACES = {
    "$": "USD", "us$": "USD", "долларов сша": "USD", "доллара сша": "USD", "доллар сша": "USD",
    "€": "EUR", "₸": "KZT", "₽": "RUB", "£": "GBP", "%": "percent", "процентных пункта": "percent",
    "млн тонн": "megatonne", "млн т": "megatonne", "тыс. тонн": "kilotonne", "тыс. т": "kilotonne",
    "metric tons": "tonne", "metric tonnes": "tonne", "tonnes": "tonne",
    "¢": "cent", "¥": "JPY", "₹": "INR", "₴": "UAH", "rs": "INR", "c$": "CAD", "c $": "CAD", "a$": "AUD", "a $": "AUD",
    "hk$": "HKD", "hk $": "HKD", "us $": "USD", "usd$": "USD", "mxn$": "MXN", "mex$": "MXN", "aud$": "AUD",
    "cad$": "CAD", "nzd$": "NZD", "nz$": "NZD", "s$": "SGD", "usd $": "USD", "€ur": "EUR", "euro": "EUR",
    "р": "RUB", "rub": "RUB",
    # news copy means money by "pounds" far more often than mass (write lb for the mass)
    "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP", "фунт": "GBP", "фунта": "GBP", "фунтов": "GBP",
    "фунтов стерлингов": "GBP", "lbs": "pound", "lb": "pound",
    "рублях": "RUB", "рублями": "RUB", "долларами": "USD", "долларах": "USD", "евро": "EUR",
    "percentage": "percent", "percents": "percent", "per cent": "percent", "pct": "percent",
    "km²": "kilometer ** 2", "km2": "kilometer ** 2", "кв. км": "kilometer ** 2", "кв км": "kilometer ** 2",
    "square kilometers": "kilometer ** 2", "square kilometres": "kilometer ** 2", "sq km": "kilometer ** 2",
    "m²": "meter ** 2", "м²": "meter ** 2", "кв. м": "meter ** 2", "square meters": "meter ** 2",
    "square metres": "meter ** 2", "sq m": "meter ** 2", "square miles": "square_mile", "га": "hectare",
    "m³": "meter ** 3", "м³": "meter ** 3", "куб. м": "meter ** 3", "cubic meters": "meter ** 3",
    "cubic metres": "meter ** 3", "km/h": "kilometer / hour", "км/ч": "kilometer / hour",
    "kilometers per hour": "kilometer / hour", "miles per hour": "mile / hour", "миль": "mile", "мили": "mile",
    "милях": "mile", "литров": "liter", "литра": "liter", "литр": "liter", "кВт": "kW",
    "МВт": "MW", "ГВт": "GW", "кВт·ч": "kWh", "МВт·ч": "MWh", "ГВт·ч": "GWh", "млрд кВт·ч": "TWh",
    "метров": "meter", "метра": "meter", "метр": "meter", "см": "centimeter", "мм": "millimeter",
    "ringgit": "MYR", "ringgits": "MYR", "rm": "MYR", "riyal": "SAR", "riyals": "SAR", "saudi riyals": "SAR",
    "saudiriyal": "SAR", "qatari riyal": "QAR", "qatari riyals": "QAR", "kuwaiti dinar": "KWD",
    "kuwaiti dinars": "KWD", "lebanese pound": "LBP", "lebanese pounds": "LBP", "egyptian pound": "EGP",
    "egyptian pounds": "EGP", "egyptianpound": "EGP", "le": "EGP", "l.e": "EGP", "yuan": "CNY", "rmb": "CNY",
    "元": "CNY", "chinese yuan": "CNY", "us dollar": "USD", "us dollars": "USD", "australian dollars": "AUD",
    "australian dollar": "AUD", "canadian dollars": "CAD", "canadian dollar": "CAD", "hong kong dollars": "HKD",
    "swiss francs": "CHF", "shekel": "ILS", "shekels": "ILS", "шекель": "ILS", "шекелей": "ILS", "tugrik": "MNT",
    "tugriks": "MNT", "тугриков": "MNT", "malaysia ringgit": "MYR", "malaysian ringgit": "MYR",
    "malaysia ringgits": "MYR", "malaysian ringgits": "MYR", "geneh": "EGP", "l.e.": "EGP",
    "сум": "UZS", "сумов": "UZS", "сомов": "KGS",
    "сомони": "TJS", "лари": "GEL", "драмов": "AMD", "злотых": "PLN", "zloty": "PLN", "zlotys": "PLN",
    "крон": "CZK", "форинтов": "HUF", "forint": "HUF", "лир": "TRY", "dirham": "AED", "dirhams": "AED",
    "дирхамов": "AED", "baht": "THB", "rand": "ZAR", "pesos": "MXN", "peso": "MXN", "реалов": "BRL",
    "real": "BRL", "reais": "BRL", "dong": "VND", "naira": "NGN", "₪": "ILS", "₾": "GEL", "₺": "TRY", "₩": "KRW",
    "₦": "NGN", "₱": "PHP", "₫": "VND", "฿": "THB", "унция": "ounce", "унции": "ounce", "унций": "ounce",
}
# ISO 4217 codes read as currencies even without a definition of their own: each is its own dimension.
ISO_CODES = frozenset("""
    AED AMD ARS AUD AZN BGN BRL BYN CAD CHF CLP CNY COP CZK DKK EGP EUR GBP GEL HKD HUF IDR ILS INR IQD IRR JPY
    KES KGS KRW KWD KZT LBP MAD MDL MNT MXN MYR NGN NOK NZD OMR PHP PKR PLN QAR RON RSD RUB SAR SEK SGD THB TJS
    TMT TRY TWD UAH USD UZS VND ZAR
""".split())


@functools.cache
def registry() -> Any:
    """The one pint registry: pint's defaults plus `units.txt`. Built on first use (it is slow to build)."""
    import pint

    units: Any = pint.UnitRegistry(on_redefinition="ignore")
    units.load_definitions(str(UNIT_DEFINITIONS))
    return units


def unit_from_registry(name: str) -> Unit:
    """Resolve a unit name through pint; raise FigureError when pint does not know it."""
    import pint

    units = registry()
    try:
        parsed = units.parse_units(name)
        base = units.Quantity(1, parsed).to_base_units()
    except (pint.errors.PintError, AttributeError, TypeError, ValueError, SyntaxError, AssertionError):
        raise FigureError(f"unknown unit '{name}'") from None
    dimension = "*".join(f"{dim}^{power:g}" for dim, power in sorted(dict(base.dimensionality).items()))
    # 12 significant digits: exact for every defined factor, and free of pint versions' float noise
    return Unit(str(parsed) or name, dimension, Fraction(f"{float(base.magnitude):.12g}"))


@functools.cache
def _unit_index() -> dict[str, Unit]:
    raw: dict[str, list[str]] = json.loads(UNIT_INDEX.read_text(encoding="utf-8"))
    return {surface: Unit(name, dimension, Fraction(factor)) for surface, (name, dimension, factor) in raw.items()}


def unit_names_defined() -> list[str]:
    """Every unit name and alias `units.txt` defines, plus the common ones pint already has."""
    text = UNIT_DEFINITIONS.read_text(encoding="utf-8")
    names: list[str] = [
        "t", "kg", "g", "mg", "km", "m", "cm", "mm", "l", "MWh", "kWh", "GWh", "percent", "count", "tonne", "gram",
        "grams", "kilogram", "kilograms", "milligram", "milligrams", "ounce", "ounces", "oz", "mile", "miles", "foot",
        "feet", "ft", "inch", "inches", "yard", "yards", "meter", "meters", "metre", "metres", "kilometer",
        "kilometers", "kilometre", "kilometres", "liter", "liters", "litre", "litres", "gallon", "gallons", "barrel",
        "barrels", "acre", "acres", "hectare", "hectares", "ton", "tons", "tonnes", "pound",
        # what news copy measures besides money and mass: energy, power, volume, area, speed, time
        "MW", "GW", "kW", "TWh", "megawatt", "megawatts", "gigawatt", "gigawatts", "kilowatt", "kilowatts",
        "liter", "millimeter", "millimeters", "centimeter", "centimeters", "square_mile", "square_miles", "mph",
        "knot", "knots", "hour", "hours", "minute", "minutes", "day", "days",
        "week", "weeks", "kilocalorie", "calorie", "calories", "joule", "joules", "watt", "watts", "volt", "volts",
    ]
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = [part.strip() for part in line.removeprefix("@alias").split("=")]
        names.append(parts[0])
        aliases = parts[1:] if line.startswith("@alias") else parts[2:]
        names.extend(alias for alias in aliases if alias and alias != "_")
    return sorted(set(names))


def compile_unit_index() -> dict[str, list[str]]:
    """The index shipped as `unit_index.json`: each known surface -> [name, dimension, factor]."""
    index: dict[str, list[str]] = {}
    for surface in [*unit_names_defined(), *_UNIT_SURFACES.values()]:
        if surface in ISO_CODES and surface not in unit_names_defined():
            continue  # a currency by its ISO code alone: resolve_unit makes it its own dimension
        unit = unit_from_registry(surface)
        index[surface] = [unit.name, unit.dimension, str(unit.factor)]
    return dict(sorted(index.items()))


def resolve_unit(text: str, custom_units: Iterable[str] = (), *, live: bool = True) -> Unit:
    """A unit as written in a figure ("тонн", "$", "USD", "TEU"); raise FigureError when unknown.

    `live=False` answers from the shipped index alone: running text is full of short words pint would
    read as units ("in" is an inch).
    """
    cleaned = " ".join(text.split()).rstrip(".")
    for custom in custom_units:
        if cleaned.casefold() == custom.casefold():
            return Unit(custom, f"[{custom}]", Fraction(1))
    surface = _UNIT_SURFACES.get(cleaned.casefold(), cleaned)
    index = _unit_index()
    for key in (surface, surface.casefold()):
        if key in index:
            return index[key]
    if surface.upper() in ISO_CODES and (surface.isupper() or surface.islower()):
        code = surface.upper()
        return Unit(code, f"[currency_{code}]^1", Fraction(1))
    if not live or not re.fullmatch(r"[^\W\d]\w*(?:\s*[*/^]\s*\w+)*", surface):
        raise FigureError(f"unknown unit '{cleaned}'")
    return unit_from_registry(surface)


def unit_label(unit: Unit | None) -> str:
    """How a unit prints beside an interval."""
    if unit is None:
        return ""
    return {"percent": "%", "megatonne": "Mt", "kilotonne": "kt", "metric_ton": "t", "tonne": "t"}.get(
        unit.name, unit.name
    )


# ---------------------------------------------------------------------------------------------------------
# Figures


@dataclass(frozen=True)
class Amount:
    """A figure with a unit: `$533 млн`, `4,5 млн тонн`, `12%`. Its interval is in the unit's base unit."""

    text: str
    interval: Interval
    unit: Unit | None
    qualifier: str | None = None

    def in_unit(self, target: Unit | None) -> Interval | None:
        """The interval expressed in `target`, or None when the dimensions differ."""
        own, target = self.unit or DIMENSIONLESS, target or DIMENSIONLESS
        if not own.converts_to(target):
            return None
        return self.interval.scaled(1 / target.factor)


@dataclass(frozen=True)
class Ratio:
    """A relative change, as result ÷ baseline: `+62%` is 1.615–1.625, `вдвое` is 1.5–2.5."""

    text: str
    interval: Interval
    percent: bool
    qualifier: str | None = None


Figure = Amount | Ratio


@dataclass(frozen=True)
class _Number:
    value: Fraction
    ulp: Fraction  # one unit of the last significant digit
    integer: bool

    def interval(self) -> Interval:
        return Interval.around(self.value, self.ulp / 2)


_SPACES = "\u00a0\u202f\u2009\u2007 "
_NUMBER = {
    "ru": re.compile(rf"\d{{1,3}}(?:[{_SPACES}]\d{{3}})+(?:,\d+)?(?!\d)|\d+(?:[,.]\d+)?"),
    "en": re.compile(
        rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?!\d)|\d{{1,3}}(?:[{_SPACES}]\d{{3}})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?"
    ),
}

_SCALE_WORDS = {
    "тыс": 3, "тысяча": 3, "тысячи": 3, "тысяч": 3, "тысячу": 3, "thousand": 3, "thousands": 3, "k": 3,
    "млн": 6, "миллион": 6, "миллиона": 6, "миллионов": 6, "million": 6, "millions": 6, "mln": 6, "mn": 6,
    "млрд": 9, "миллиард": 9, "миллиарда": 9, "миллиардов": 9, "billion": 9, "billions": 9, "bn": 9, "bln": 9,
    "трлн": 12, "триллион": 12, "триллиона": 12, "триллионов": 12, "trillion": 12, "trillions": 12, "tn": 12,
    "lakh": 5, "lakhs": 5, "crore": 7, "crores": 7,
}
# Single letters that are scale words only right after a currency ("$5m", "£2bn", "$3B").
_CURRENCY_SCALE_LETTERS = {"m": 6, "M": 6, "b": 9, "B": 9, "T": 12, "K": 3, "к": 3, "К": 3, "М": 6}
_SCALE = re.compile(r"\s?([^\W\d_]+)\.?", re.UNICODE)

_WORD_NUMBERS = {
    "ноль": 0, "один": 1, "одна": 1, "одно": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5,
    "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12,
    "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17,
    "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50,
    "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90, "сто": 100, "двести": 200,
    "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600, "семьсот": 700, "восемьсот": 800,
    "девятьсот": 900,
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1,
}
_HALF_WORDS = {"полтора": Fraction(3, 2), "полторы": Fraction(3, 2)}

_MULTIPLIER_WORDS = {
    "вдвое": 2, "втрое": 3, "вчетверо": 4, "впятеро": 5, "вшестеро": 6, "всемеро": 7, "ввосьмеро": 8,
    "вдевятеро": 9, "вдесятеро": 10,
    "удвоился": 2, "удвоилась": 2, "удвоилось": 2, "удвоились": 2, "утроился": 3, "утроилась": 3,
    "утроилось": 3, "утроились": 3, "учетверился": 4, "учетверилась": 4, "учетверилось": 4,
    "doubled": 2, "double": 2, "twice": 2, "tripled": 3, "trebled": 3, "triple": 3, "thrice": 3, "quadrupled": 4,
    "quadruple": 4, "quintupled": 5, "sextupled": 6,
    "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7,
    "eightfold": 8, "ninefold": 9, "tenfold": 10,
}
_HALVING_WORDS = ("halved",)
_WORD = re.compile(r"[^\W\d_]+")

# Qualifier -> how it reshapes a figure. Longer phrases first so "более чем" wins over "более".
_QUALIFIERS = {
    "lower": ("более чем", "больше чем", "более", "свыше", "больше", "превысив", "превышает", "more than",
              "over", "above", "exceeded", "exceeding", "in excess of"),
    "upper": ("не более", "менее", "меньше", "ниже", "less than", "under", "below", "up to", "fewer than"),
    "nearly": ("чуть менее", "почти", "nearly", "almost", "just under"),
    "about": ("около", "порядка", "примерно", "приблизительно", "about", "around", "approximately",
              "roughly", "some", "~", "≈"),
    "range": ("между", "between", "от", "from"),
}
_QUALIFIER_PHRASES = sorted(
    ((phrase, kind) for kind, phrases in _QUALIFIERS.items() for phrase in phrases),
    key=lambda item: -len(item[0]),
)
_TENTH = Fraction(1, 10)

_RELATIONS = (">=", "≥", "<=", "≤", ">", "<", "=>", "=<")
_RANGE_SEPARATOR = re.compile(r"\s*(?:[-–—]|to|до|по)\s*")
_RANGE_WORDS = re.compile(r"\s+(?:and|и|to|до)\s+", re.IGNORECASE)  # after "between", "от": "10 и 20"
PERCENT_OF = re.compile(r"(?:per ?cents?|percents?|процентов|процента)\s+of\s+", re.IGNORECASE)
_PERCENT_WORDS = re.compile(
    r"\s?(?:%|процент(?:а|ов|ах)?|percent(?:age|s)?|per cent|pct)(?![\w])", re.IGNORECASE
)
_POINTS_WORDS = re.compile(
    r"\s?(?:п\.\s?п\.?|пп\.?|процентн(?:ых|ого|ый) пункт(?:а|ов)?|percentage points?|p\.\s?p\.?|pp)(?![\w])",
    re.IGNORECASE,
)
_TIMES_WORDS = re.compile(r"\s?(?:-?fold|times|раза|раз|[x×])(?![\w])", re.IGNORECASE)
_AND_A_HALF = re.compile(r"\s(?:с половиной|and a half)(?![\w])", re.IGNORECASE)
_MULTIPLY_SIGN = re.compile(r"[x×х]\s?", re.IGNORECASE)
_CURRENCY_PREFIX = re.compile(
    # "a $300 contract" is not A$: single-letter prefixes only when attached ("A$", "C$"), or "c $" as PTB writes
    r"((?:US|HK|NZ|MXN|USD|AUD|CAD|NZD|Mex)\s?\$|(?:C|A|S)\$|(?-i:c)\s\$|[$€₸₽£¥₹₴¢₿]|Rs\.?"
    r"|[A-Z]{3}(?=\s?\d)(?<!\b[A-Z]{4}))\s?",
    re.IGNORECASE,
)


class _Reader:
    """A cursor over one figure's text; each method consumes what it recognises."""

    def __init__(self, text: str, language: str, custom_units: tuple[str, ...], exact: bool) -> None:
        self.text = text
        self.pos = 0
        self.language = language
        self.custom_units = custom_units
        self.exact = exact
        self.in_range = False  # after "between"/"от": "and"/"и" separate the two ends

    # -- low-level helpers
    def skip_spaces(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in _SPACES + "\t":
            self.pos += 1

    def take(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        match = pattern.match(self.text, self.pos)
        if match:
            self.pos = match.end()
        return match

    def take_literal(self, *options: str) -> str | None:
        lowered = self.window().casefold()
        for option in options:
            if lowered.startswith(option.casefold()):
                end = self.pos + len(option)
                if option[-1].isalpha() and end < len(self.text) and self.text[end].isalpha():
                    continue
                self.pos = end
                return option
        return None

    def rest(self) -> str:
        return self.text[self.pos :].strip()

    def window(self) -> str:
        """The next few characters: enough for any word this reader looks for, without copying the article."""
        return self.text[self.pos : self.pos + _WINDOW]

    def fail(self, message: str) -> FigureError:
        return FigureError(message, self.pos)

    # -- pieces of a figure
    def qualifier(self) -> str | None:
        self.skip_spaces()
        lowered = self.window().casefold()
        for phrase, kind in _QUALIFIER_PHRASES:
            end = len(phrase)
            if lowered.startswith(phrase) and (
                not phrase[-1].isalpha() or end >= len(lowered) or not lowered[end].isalpha()
            ):
                self.pos += end
                self.skip_spaces()
                if kind == "range":
                    self.in_range = True
                    return None
                return kind
        return None

    def sign(self) -> int:
        self.skip_spaces()
        if self.take_literal("+", "плюс ", "plus "):
            return 1
        if self.take_literal("-", "−", "–", "минус ", "minus "):
            return -1
        return 1

    def number(self, *, multiplier: bool = False) -> _Number | None:
        """Digits as the article's language writes them, or a number in words."""
        self.skip_spaces()
        match = self.take(_NUMBER[self.language])
        if match:
            comma_digit = self.text.startswith(",", self.pos) and self.text[self.pos + 1 : self.pos + 2].isdigit()
            if self.language == "en" and comma_digit:
                written = match.group(0) + self.text[self.pos : self.pos + 2]
                raise self.fail(f"'{written}': in English a comma separates thousands; write "
                                f"{written.replace(',', '.')} or set language: ru")
            written = match.group(0)
            if (self.language == "ru" and re.fullmatch(r"[1-9]\d{0,2}[,.]\d{3}", written)
                    and not self._scale_word_follows()
                    and (_CURRENCY_AFTER.match(self.text, self.pos)
                         or _CURRENCY_PREFIX.search(self.text[max(0, match.start() - 4) : match.start()]))):
                # "20,000 руб": a comma or dot before exactly three digits, with no scale word, groups thousands
                return _Number(Fraction(int(written.replace(",", "").replace(".", ""))), Fraction(1), integer=True)
            return self._digits(written, multiplier=multiplier)
        return self._words(multiplier=multiplier)

    def _scale_word_follows(self) -> bool:
        following = _SCALE.match(self.text, self.pos)
        return bool(following and following.group(1).casefold() in _SCALE_WORDS)

    def _digits(self, written: str, *, multiplier: bool) -> _Number:
        compact = "".join(ch for ch in written if ch not in _SPACES)
        if sum(ch.isdigit() for ch in compact) > MAX_DIGITS:
            raise self.fail(f"'{written[:20]}…' has more than {MAX_DIGITS} digits: not a figure")
        decimal_mark = "," if self.language == "ru" else "."
        if self.language == "en":
            compact = compact.replace(",", "")
        elif "." in compact and "," not in compact:
            decimal_mark = "."  # "4.5" in Russian copy is unambiguous
        whole, _, fraction = compact.partition(decimal_mark)
        value = Fraction(int(whole + fraction), 10 ** len(fraction))
        if fraction:
            ulp = Fraction(1, 10 ** len(fraction))
        elif self.exact or multiplier:
            ulp = Fraction(1)
        else:
            trailing = len(whole) - len(whole.rstrip("0"))
            ulp = Fraction(10 ** min(trailing, max(len(whole) - 1, 0)))
        return _Number(value, ulp, integer=not fraction)

    def _words(self, *, multiplier: bool = False) -> _Number | None:
        total, seen = 0, False
        start = self.pos
        while True:
            before_spaces = self.pos
            self.skip_spaces()
            word = _WORD.match(self.text, self.pos)
            if not word or word.group(0).casefold() not in {*_WORD_NUMBERS, *_HALF_WORDS}:
                self.pos = before_spaces
                break
            lowered = word.group(0).casefold()
            if lowered in ("a", "an") and not re.match(r"\s+[^\W\d_]", self.text[word.end() :]):
                self.pos = before_spaces  # "a $48.2 million": the article, not the number one
                break
            if lowered in _HALF_WORDS and not seen:
                self.pos = word.end()
                return _Number(_HALF_WORDS[lowered], Fraction(1, 10), integer=False)
            if lowered not in _WORD_NUMBERS:
                break
            value = _WORD_NUMBERS[lowered]
            total = total * value if value == 100 and total else total + value
            seen = True
            self.pos = word.end()
            hyphen = re.compile(r"-(?=[^\W\d_])").match(self.text, self.pos)
            if hyphen:
                self.pos = hyphen.end()
        if not seen:
            self.pos = start
            return None
        ulp = Fraction(1) if self.exact or multiplier else Fraction(10 ** _trailing_zeros(total))
        return _Number(Fraction(total), ulp, integer=True)

    def scale(self, *, after_currency: bool) -> int | None:
        """A scale word's power of ten: млн -> 6, bn -> 9; None when there is none."""
        match = _SCALE.match(self.text, self.pos)
        if not match:
            return None
        word = match.group(1)
        power = _SCALE_WORDS.get(word.casefold())
        if power is None and after_currency:
            power = _CURRENCY_SCALE_LETTERS.get(word)
        if power is None:
            return None
        self.pos = match.end()
        return power

    def magnitude(self, *, after_currency: bool, multiplier: bool = False) -> tuple[Interval, Fraction] | None:
        """A number with its scale words, a range, or an amount partly in words ("1 млн 84 тыс.")."""
        first = self.number(multiplier=multiplier)
        if first is None:
            return None
        power = self.scale(after_currency=after_currency)
        checkpoint = self.pos
        if self.take(_RANGE_SEPARATOR) or (self.in_range and self.take(_RANGE_WORDS)):
            second = self.number(multiplier=multiplier)
            if second is not None:
                second_power = self.scale(after_currency=after_currency)
                low_power = power if power is not None else second_power
                high_power = second_power if second_power is not None else power
                # both ends of a range share the finer precision: "10-15" is not 5..15
                low_scale, high_scale = Fraction(10) ** (low_power or 0), Fraction(10) ** (high_power or 0)
                ulp = min(first.ulp * low_scale, second.ulp * high_scale)
                low = Interval.around(first.value * low_scale, ulp / 2)
                high = Interval.around(second.value * high_scale, ulp / 2)
                return low.hull(high), (first.value * low_scale + second.value * high_scale) / 2
            self.pos = checkpoint
        total = first.value * Fraction(10) ** (power or 0)
        ulp = first.ulp * Fraction(10) ** (power or 0)
        # An amount partly in words continues with smaller scaled groups: "1 млн 84 тыс."
        while power is not None:
            checkpoint = self.pos
            part = self.number()
            next_power = self.scale(after_currency=after_currency) if part else None
            if part is None or next_power is None or next_power >= power:
                self.pos = checkpoint
                break
            total += part.value * Fraction(10) ** next_power
            ulp = part.ulp * Fraction(10) ** next_power
            power = next_power
        return Interval.around(total, ulp / 2), total

    def unit_suffix(self) -> Unit | None:
        rest = self.rest().removeprefix("-")  # "3-inch", "10-gallon"
        if not rest:
            return None
        try:
            return resolve_unit(rest, self.custom_units)
        except FigureError as error:
            raise FigureError(str(error), self.text.index(rest, self.pos)) from None


_CURRENCY_AFTER = re.compile(r"\s?(?:руб|р\.|₽|\$|долл|евро|€|тенге|₸|грн|usd|eur|rub)", re.IGNORECASE)
_SUB_UNITS = r"(?:копе\w*|коп\.?|цент\w*|cents?|c|ц|¢|pence|p)"
_SUB_AMOUNT = re.compile(rf"(?:(?:и|and)\s+)?(\d{{1,2}})\s*{_SUB_UNITS}?\.?", re.IGNORECASE)
_UNIT_AND_SUB_AMOUNT = re.compile(rf"(\D+?)\s+(?:(?:и|and)\s+)?(\d{{1,2}})\s*{_SUB_UNITS}\.?", re.IGNORECASE)
SUB_AMOUNT_AFTER = re.compile(rf"\s*(?:(?:и|and)\s+)?\d{{1,2}}\s*{_SUB_UNITS}(?![\w])", re.IGNORECASE)


def _currency_or_none(text: str, custom_units: tuple[str, ...]) -> Unit | None:
    try:
        unit = resolve_unit(text, custom_units)
    except FigureError:
        return None
    return unit if unit.dimension.startswith("[currency_") and unit.factor == 1 else None


_WINDOW = 64
MAX_DIGITS = 30  # more digits than any figure has: a serial number, not an amount


def _trailing_zeros(value: int) -> int:
    digits = str(value)
    return min(len(digits) - len(digits.rstrip("0")), len(digits) - 1)


def _qualify(kind: str | None, interval: Interval, nominal: Fraction) -> Interval:
    """Widen a figure by its qualifier, on magnitudes (before a sign is applied)."""
    if kind == "lower":
        return Interval(interval.low, None)
    if kind == "upper":
        return Interval(None, interval.high)
    if kind == "about":
        return interval.hull(Interval(nominal * (1 - _TENTH), nominal * (1 + _TENTH)))
    if kind == "nearly":
        low = nominal * (1 - _TENTH)
        return Interval(low if interval.low is None else min(low, interval.low), interval.high)
    return interval


def _signed(interval: Interval, sign: int) -> Interval:
    return interval if sign > 0 else interval.scaled(Fraction(-1))


def parse_value(text: str, language: str, custom_units: Iterable[str] = (), *, exact: bool = False) -> Amount:
    """A stated value: `$533 млн`, `4,5 млн тонн`, `более 130`, `12–15%`, `один млн 73 тысячи тенге`."""
    reader = _Reader(text, language, tuple(custom_units), exact)
    qualifier = reader.qualifier()
    sign = reader.sign()
    reader.skip_spaces()
    currency = reader.take(_CURRENCY_PREFIX)
    magnitude = reader.magnitude(after_currency=currency is not None)
    if magnitude is None:
        raise reader.fail(f"no number in '{text.strip()}'; write it as the article does, e.g. \"$533 млн\"")
    interval, nominal = magnitude
    # a currency sign may also follow the scale word: "533 млн $"
    cents = Fraction(0)
    unit: Unit | None
    if currency:
        unit = resolve_unit(currency.group(1))
        rest = reader.rest()
        if rest:
            sub_amount = _SUB_AMOUNT.fullmatch(rest)
            if not sub_amount or not unit.dimension.startswith("[currency_"):
                raise reader.fail(f"unexpected '{rest}' after the figure")
            cents = Fraction(int(sub_amount.group(1)), 100)
    else:
        rest = reader.rest()
        split = _UNIT_AND_SUB_AMOUNT.fullmatch(rest) if rest else None
        if split and (main := _currency_or_none(split.group(1), reader.custom_units)) is not None:
            unit, cents = main, Fraction(int(split.group(2)), 100)  # "124 451 рубль 50 копеек"
        else:
            unit = reader.unit_suffix()
    if cents:
        interval = Interval.around(nominal + cents, Fraction(1, 200))
        nominal += cents
    interval = _signed(_qualify(qualifier, interval, nominal), sign)
    base = interval if unit is None else interval.scaled(unit.factor)
    return Amount(text.strip(), base, unit, qualifier)


def parse_change(text: str, language: str, custom_units: Iterable[str] = (), *, exact: bool = False) -> Figure:
    """A stated change: a percentage, a multiplier, or an amount of the metric's dimension."""
    reader = _Reader(text, language, tuple(custom_units), exact)
    qualifier = reader.qualifier()
    ratio = _multiplier(reader, qualifier)
    if ratio is not None:
        return ratio
    sign = reader.sign()
    reader.take_literal("на ", "by ")
    qualifier = qualifier or reader.qualifier()
    checkpoint = reader.pos
    magnitude = reader.magnitude(after_currency=False)
    if magnitude is not None:
        interval, nominal = magnitude
        if reader.take(_PERCENT_WORDS) and not reader.rest():
            percent = _signed(_qualify(qualifier, interval, nominal), sign)
            return Ratio(text.strip(), percent.scaled(Fraction(1, 100)).shifted(Fraction(1)), True,
                         qualifier)
        if reader.take(_POINTS_WORDS) and not reader.rest():
            points = _signed(_qualify(qualifier, interval, nominal), sign)
            return Amount(text.strip(), points.scaled(Fraction(1, 100)), resolve_unit("%"),
                          qualifier)
    reader.pos = checkpoint
    amount = parse_value(reader.text[reader.pos :], language, custom_units, exact=exact)
    interval = _signed(amount.interval, sign)
    if qualifier:
        interval = _qualify(qualifier, interval, interval.midpoint or Fraction(0))
    return Amount(text.strip(), interval, amount.unit, qualifier or amount.qualifier)


def _multiplier(reader: _Reader, qualifier: str | None) -> Ratio | None:
    """x2, ×1.5, в 1,6 раза, в 5 раз, вдвое, в шесть раз, 3.5-fold, 6.1 times, doubled, sixfold, halved."""
    start = reader.pos
    reader.skip_spaces()
    word = _WORD.match(reader.text, reader.pos)
    if word and word.group(0).casefold() in _MULTIPLIER_WORDS and not reader.text[word.end():].strip():
        factor = Fraction(_MULTIPLIER_WORDS[word.group(0).casefold()])
        interval = _qualify(qualifier, Interval.around(factor, Fraction(1, 2)), factor)
        return Ratio(reader.text.strip(), interval, False, qualifier)
    if word and word.group(0).casefold() in _HALVING_WORDS and not reader.text[word.end():].strip():
        halved = Interval(Fraction(2, 5), Fraction(2, 3))
        return Ratio(reader.text.strip(), halved, False, qualifier)
    signed = reader.take(_MULTIPLY_SIGN)
    if not signed:
        reader.take_literal("в ", "in ")
        qualifier = qualifier or reader.qualifier()
    magnitude = reader.magnitude(after_currency=False, multiplier=True)
    if magnitude is not None:
        interval, nominal = magnitude
        if reader.take(_AND_A_HALF):  # "в два с половиной раза": the half is written, so ±0.05
            nominal += Fraction(1, 2)
            interval = Interval.around(nominal, Fraction(1, 20))
        written_as_multiplier = signed or reader.take(_TIMES_WORDS) is not None
        if written_as_multiplier and not reader.rest():
            return Ratio(reader.text.strip(), _qualify(qualifier, interval, nominal), False, qualifier)
    reader.pos = start
    return None


def parse_bound(text: str, language: str, custom_units: Iterable[str] = (), *, exact: bool = False) -> Figure:
    """A bound: `> $500 млн`, `< $1 млрд`, `>= x3.5`. The result is the figure's feasible interval."""
    stripped = text.strip()
    relation = next((symbol for symbol in _RELATIONS if stripped.startswith(symbol)), None)
    if relation is None:
        raise FigureError(f"bound '{stripped}' needs a relation first: >, >=, < or <=, e.g. \"> $500 млн\"")
    figure_text = stripped[len(relation) :]
    looks_relative = re.match(r"\s*(?:[x×+]|в\s|\d[\d.,]*\s*-?fold)", figure_text) or any(
        figure_text.strip().casefold().startswith(word) for word in _MULTIPLIER_WORDS
    )
    figure: Figure
    if looks_relative:
        figure = parse_change(figure_text, language, custom_units, exact=exact)
    else:
        figure = parse_value(figure_text, language, custom_units, exact=exact)
    lower = relation in (">", ">=", "≥", "=>")
    interval = figure.interval
    feasible = Interval(interval.low, None) if lower else Interval(None, interval.high)
    if isinstance(figure, Ratio):
        return Ratio(stripped, feasible, figure.percent, "lower" if lower else "upper")
    return Amount(stripped, feasible, figure.unit, "lower" if lower else "upper")


# ---------------------------------------------------------------------------------------------------------
# The extent of a figure in running text


@dataclass(frozen=True)
class Extent:
    """How far a figure written at some position reaches, and what its wording says about it."""

    start: int  # after any lead word ("на", "в") that belongs to the sentence rather than the figure
    end: int
    qualifier: str | None  # lower, upper, about, nearly
    relative: bool  # written as a change: a multiplier, or a percentage after "на"/a sign
    percent: bool
    signed: bool
    has_unit: bool  # a currency, a unit, a percentage or a scale word: more than a bare number
    led: bool  # preceded by "на"/"by" (a change) or "в"/"in" (a multiplier)


_LEAD_CHANGE = re.compile(r"(?:на|by)\s+", re.IGNORECASE)
_LEAD_TIMES = re.compile(r"(?:в|in)\s+", re.IGNORECASE)


def figure_extent(text: str, position: int, language: str, custom_units: tuple[str, ...] = ()) -> Extent | None:
    """Read the longest figure starting at `position` of running text; None when there is none.

    Only units the shipped index knows are taken from running text (see `resolve_unit(live=False)`).
    """
    reader = _Reader(text, language, custom_units, exact=False)
    reader.pos = position
    qualifier = reader.qualifier()
    start = reader.pos
    range_start = position if reader.in_range else None  # "between 10 and 20": the figure needs its "between"
    word = _WORD.match(text, reader.pos)
    if word and word.group(0).casefold() in (*_MULTIPLIER_WORDS, *_HALVING_WORDS):
        return Extent(start, word.end(), qualifier, True, False, False, True, False)
    lead_change = reader.take(_LEAD_CHANGE)
    lead_times = None if lead_change else reader.take(_LEAD_TIMES)
    qualifier = qualifier or reader.qualifier()
    sign_match = re.compile(r"(?:[+\-−]|(?:minus|минус|plus|плюс)\s)(?=\s?[\d$€£¥₸₽])|(?:minus|минус)\s(?=[^\W\d_])",
                            re.IGNORECASE).match(text, reader.pos)
    if sign_match:
        reader.pos = sign_match.end()
    figure_start = reader.pos
    currency = reader.take(_CURRENCY_PREFIX)
    multiply = None if currency else reader.take(_MULTIPLY_SIGN_BEFORE_DIGIT)
    try:
        magnitude = reader.magnitude(after_currency=currency is not None, multiplier=multiply is not None)
    except FigureError:
        return None
    if magnitude is None:
        return None
    written_words = _WORD.findall(text[figure_start : reader.pos])
    scaled = any(w.casefold() in _SCALE_WORDS for w in written_words) and not currency
    if reader.take(_AND_A_HALF) and not (lead_times or multiply):
        return None
    after_number = reader.pos
    percent = reader.take(_PERCENT_WORDS) is not None or reader.take(_POINTS_WORDS) is not None
    times = False if percent else reader.take(_TIMES_WORDS) is not None
    unit = False
    if not percent and not times and not currency:
        unit = _take_unit(reader, custom_units)
    if (currency or unit) and (sub_amount := SUB_AMOUNT_AFTER.match(text, reader.pos)):
        reader.pos = sub_amount.end()  # "рубль 50 копеек", "$20 and 43c"
    if (lead_times and not times) or (lead_change and not (percent or unit or scaled)):
        # "в 2023 году", "на 130 видов": the lead word belongs to the sentence
        lead_change = lead_times = None
    end = reader.pos if (percent or times or unit or currency or multiply) else after_number
    if not (percent or times or multiply):
        end = max(end, after_number)
    begin = start if (lead_change or lead_times) else (figure_start if not sign_match else sign_match.start())
    if range_start is not None:
        begin = range_start
    relative = bool(times or multiply or (percent and (lead_change or sign_match)))
    has_unit = bool(currency or percent or unit or scaled or times or multiply)
    return Extent(begin, end, qualifier, relative, percent, bool(sign_match), has_unit,
                  bool(lead_change or lead_times))


_MULTIPLY_SIGN_BEFORE_DIGIT = re.compile(r"[x×](?=\s?\d)", re.IGNORECASE)


def _take_unit(reader: _Reader, custom_units: tuple[str, ...]) -> bool:
    """Take the next one or two words if they name a unit or a currency the index knows.

    A currency sign followed by digits is the start of the next figure ("a $48.2 million"), not a unit.
    """
    for count in (2, 1):
        match = re.compile(
            rf"(?:\s|-)?((?:[A-Za-z]{{0,3}}[$€£¥₸₽₴¢%](?!\s?\d)|[^\W\d_]+\.?)(?:\s[^\W\d_]+\.?){{{count - 1}}})"
            r"(?![\w])"
        ).match(reader.text, reader.pos)
        if not match:
            continue
        try:
            resolve_unit(match.group(1), custom_units, live=False)
        except FigureError:
            continue
        reader.pos = match.end()
        return True
    return False


# ---------------------------------------------------------------------------------------------------------
# Numbers as written


def numbers_in(text: str, language: str) -> list[Fraction]:
    """The numbers a figure is written with, scale words aside: "1 млн 84 тыс." -> [1, 84]; вдвое -> [2]."""
    numbers: list[Fraction] = []
    reader = _Reader(text, language, (), exact=False)
    while reader.pos < len(text):
        word = _WORD.match(text, reader.pos)
        if word and word.group(0).casefold() in _MULTIPLIER_WORDS:
            numbers.append(Fraction(_MULTIPLIER_WORDS[word.group(0).casefold()]))
            reader.pos = word.end()
            continue
        start = reader.pos
        try:
            number = reader.number()
        except FigureError:
            number = None
        if number is not None:
            numbers.append(number.value)
        else:
            reader.pos = word.end() if word else start + 1
    return numbers



if __name__ == "__main__":  # regenerate unit_index.json after editing units.txt
    import sys

    UNIT_INDEX.write_text(json.dumps(compile_unit_index(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    sys.stdout.write(f"wrote {UNIT_INDEX.name}\n")
