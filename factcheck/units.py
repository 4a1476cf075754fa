"""Units as written in figures and metrics -> Unit (name, dimension, size); owns the one pint registry.

Spellings come from `lexicon.py`; unit names the tool ships with are resolved from `unit_index.json`, an
index compiled from the registry, so that verifying a file does not pay for pint's start-up. Any other name
falls through to the live registry. Rates ("баррелей в сутки", "t/year", "bpd") are composed here from their
quantity and the time they are per, so they need no registry either.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field, replace
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck import lexicon
from factcheck.patterns import lazy

if TYPE_CHECKING:
    from collections.abc import Iterable

# Package data lives beside this module; read as plain files (importlib.resources costs ~13 ms at start-up).
UNIT_DEFINITIONS = Path(__file__).with_name("units.txt")
UNIT_INDEX = Path(__file__).with_name("unit_index.json")
# A file's own unit with extra spellings travels as "spelling=name" among its custom units.
_CUSTOM_SPELLING = "="


class FigureError(ValueError):
    """A figure that cannot be read; `offset` is where in its text the trouble starts."""

    def __init__(self, message: str, offset: int = 0) -> None:
        super().__init__(message)
        self.offset = offset


@dataclass(frozen=True)
class Unit:
    """A unit: its name, its dimension (each currency its own), and its size in the dimension's base unit.

    A rate ("barrels a day") also says the time it is per, so a flow can be summed over a period.
    """

    name: str
    dimension: str
    factor: Fraction
    per: str | None = None  # day | week | month | year, for a rate
    # Written as a generic count ("units", "единиц", "шт."): vehicles, as in 1.1, except on a metric of another
    # counting unit, where they count that unit (666 units of homes are homes). Not part of the unit's identity.
    generic: bool = field(default=False, compare=False)

    def converts_to(self, other: Unit) -> bool:
        """Whether figures in this unit can be compared with figures in `other`."""
        return self.dimension == other.dimension

    @property
    def counted(self) -> Unit:
        """What a rate accumulates over time (a barrel for barrels a day); the unit itself otherwise."""
        if self.per is None:
            return self
        powers = _powers(self.dimension)
        powers["[time]"] = powers.get("[time]", 0) + 1
        return Unit(self.name.rsplit("/", 1)[0], _render(powers), self.factor * lexicon.SECONDS_PER[self.per])

    @property
    def is_counting_unit(self) -> bool:
        """Whether the unit counts things (TEU, vehicles, people, a file's own units): a bare number reads as it."""
        return self.dimension.startswith("[count_") and "*" not in self.dimension


DIMENSIONLESS = Unit("", "", Fraction(1))


def custom_unit_spelling(spelling: str, name: str) -> str:
    """A custom-units entry saying that `spelling` names the file's own unit `name`."""
    return f"{spelling}{_CUSTOM_SPELLING}{name}"


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
        magnitude = float(base.magnitude)
        dimensionality = dict(base.dimensionality)
    except (pint.errors.PintError, AttributeError, TypeError, ValueError, SyntaxError, AssertionError,
            ArithmeticError, RecursionError, KeyError):
        raise FigureError(f"unknown unit '{name}'") from None
    if not magnitude or magnitude != magnitude or magnitude in (float("inf"), float("-inf")):
        raise FigureError(f"unknown unit '{name}'")
    dimension = "*".join(f"{dim}^{power:g}" for dim, power in sorted(dimensionality.items()))
    # 12 significant digits: exact for every defined factor, and free of pint versions' float noise
    return Unit(str(parsed) or name, dimension, Fraction(f"{magnitude:.12g}"))


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
    defined = unit_names_defined()
    for surface in [*defined, *lexicon.UNIT_SPELLINGS.values()]:
        if surface in lexicon.ISO_CODES and surface not in defined:
            continue  # a currency by its ISO code alone: resolve_unit makes it its own dimension
        unit = unit_from_registry(surface)
        index[surface] = [unit.name, unit.dimension, str(unit.factor)]
    return dict(sorted(index.items()))


@functools.cache
def _counting_spellings() -> dict[str, str]:
    return lexicon.spellings_of_counting_units()


@functools.cache
def _unit_spellings() -> dict[str, str]:
    return {spelling.casefold(): name for spelling, name in lexicon.UNIT_SPELLINGS.items()}


@functools.cache
def _rate_time_suffixes() -> tuple[tuple[str, str], ...]:
    """(spelling, time) pairs, longest spelling first, so "в сутки" is tried before "/d"."""
    pairs = lexicon.spellings_of_rate_times().items()
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


# What the live registry may be asked: names and products/quotients of names, whole positive powers only
# ("m^0", "t/0" are not units a figure is written in).
_LIVE_NAME = lazy(r"[^\W\d]\w*(?:\s*(?:[*/]\s*[^\W\d]\w*|(?:\^|\*\*)\s*[1-4]))*")


# A space, hyphen or middle dot between the words of a unit's full name: "kilowatt-hours", "gigawatt hours".
_COMPOUND_JOINS = re.compile(r"(?<=[^\W\d_])[ \-·⋅](?=[^\W\d_])")


def resolve_unit(text: str, custom_units: Iterable[str] = (), *, live: bool = True) -> Unit:
    """A unit as written in a figure or a metric ("тонн", "$", "USD", "TEU", "barrel/day", "ц/га").

    Raise FigureError when unknown. `live=False` answers from the lexicon and the shipped index alone:
    running text is full of short words pint would read as units ("in" is an inch).
    """
    cleaned = " ".join(text.split())
    if not cleaned:
        raise FigureError("no unit")
    custom = _custom_unit(cleaned, custom_units)
    if custom is not None:
        return custom
    rate = _rate(cleaned, custom_units, live=live)
    if rate is not None:
        return rate
    return _plain_unit(cleaned, custom_units, live=live)


def _custom_unit(cleaned: str, custom_units: Iterable[str]) -> Unit | None:
    folded = cleaned.rstrip(".").casefold()
    for entry in custom_units:
        spelling, _, name = entry.partition(_CUSTOM_SPELLING)
        if folded == spelling.casefold():
            name = name or spelling
            return Unit(name, f"[count_{name}]^1", Fraction(1))
    return None


def _rate(cleaned: str, custom_units: Iterable[str], *, live: bool) -> Unit | None:
    """A quantity per a time: "баррелей в сутки", "t/year", "млн тонн в год", "bpd"."""
    folded = cleaned.casefold()
    if folded in lexicon.RATE_ABBREVIATIONS:
        quantity, per = lexicon.RATE_ABBREVIATIONS[folded]
        return _per(_plain_unit(quantity, custom_units, live=False), per)
    for spelling, per in _rate_time_suffixes():
        if folded.endswith(spelling) and len(folded) > len(spelling):
            head = cleaned[: len(cleaned) - len(spelling)]
            if not spelling.startswith("/") and not head.endswith(" "):
                continue  # "a day" must stand as words: "Monday" is no rate
            quantity = head.strip()
            if not quantity:
                return None
            unit = _custom_unit(quantity, custom_units) or _plain_unit(quantity, custom_units, live=live)
            return _per(unit, per)
    return None


def _per(unit: Unit, per: str) -> Unit:
    powers = _powers(unit.dimension)
    powers["[time]"] = powers.get("[time]", 0) - 1
    return Unit(f"{unit.name}/{per}", _render(powers), unit.factor / lexicon.SECONDS_PER[per], per)


def _plain_unit(cleaned: str, custom_units: Iterable[str], *, live: bool) -> Unit:
    counted = _counting_spellings().get(cleaned.casefold()) or _counting_spellings().get(
        cleaned.rstrip(".").casefold()
    )
    if counted is not None:
        generic = cleaned.casefold() in lexicon.GENERIC_COUNT_WORDS
        return replace(_unit_index()[counted], generic=True) if generic else _unit_index()[counted]
    scaled = _scaled_unit(cleaned, custom_units, live=live)
    if scaled is not None:
        return scaled
    bare = cleaned.rstrip(".") or cleaned
    spellings = _unit_spellings()
    surface = (lexicon.CURRENCY_SIGNS.get(cleaned) or spellings.get(cleaned.casefold())
               or spellings.get(bare.casefold(), bare))
    index = _unit_index()
    for key in (surface, surface.casefold()):
        if key in index:
            return index[key]
    if surface.upper() in lexicon.ISO_CODES and (surface.isupper() or surface.islower()):
        code = surface.upper()
        return Unit(code, f"[currency_{code}]^1", Fraction(1))
    if not live or not _LIVE_NAME.fullmatch(_COMPOUND_JOINS.sub("_", surface)):
        raise FigureError(f"unknown unit '{cleaned}'")
    try:
        return unit_from_registry(surface)
    except FigureError:
        # pint's full names joined as news prints them: "gigawatt hours", "terawatt-hours" are gigawatt_hours
        joined = _COMPOUND_JOINS.sub("_", surface)
        if joined == surface:
            raise
        try:
            return unit_from_registry(joined)
        except FigureError:
            raise FigureError(f"unknown unit '{cleaned}'") from None


def _scaled_unit(cleaned: str, custom_units: Iterable[str], *, live: bool) -> Unit | None:
    """A scale word before a unit multiplies it: "тыс. баррелей", "млн тонн"."""
    first, _, rest = cleaned.partition(" ")
    power = lexicon.SCALE_WORDS.get(first.rstrip(".").casefold())
    if power is None or not rest or cleaned.casefold() in _unit_spellings():
        return None
    try:
        unit = _custom_unit(rest, custom_units) or _plain_unit(rest, custom_units, live=live)
    except FigureError:
        return None
    return Unit(f"{first} {unit.name}", unit.dimension, unit.factor * 10**power, unit.per, unit.generic)


def _powers(dimension: str) -> dict[str, float]:
    powers: dict[str, float] = {}
    for part in filter(None, dimension.split("*")):
        name, _, power = part.partition("^")
        powers[name] = powers.get(name, 0) + float(power or 1)
    return powers


def _render(powers: dict[str, float]) -> str:
    return "*".join(f"{name}^{power:g}" for name, power in sorted(powers.items()) if power)


_LABELS = {
    "percent": "%", "megatonne": "Mt", "kilotonne": "kt", "metric_ton": "t", "tonne": "t", "ton": "t",
    "oil_barrel": "bbl",
    "centner": "ц", "vehicle": "vehicles", "person": "people", "wagon": "wagons", "container": "containers",
    "job": "jobs", "meter ** 2": "m²", "kilometer ** 2": "km²", "meter ** 3": "m³", "hectare": "ha",
    "centner / hectare": "ц/га", "tonne / hectare": "t/ha", "dimensionless": "×",
}


def unit_label(unit: Unit | None) -> str:
    """How a unit prints beside an interval."""
    if unit is None:
        return ""
    if unit.per is not None:
        return f"{unit_label(unit.counted)}/{unit.per}"
    return _LABELS.get(unit.name, unit.name)


if __name__ == "__main__":  # regenerate unit_index.json after editing units.txt or the lexicon's spellings
    import sys

    UNIT_INDEX.write_text(json.dumps(compile_unit_index(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    sys.stdout.write(f"wrote {UNIT_INDEX.name}\n")
