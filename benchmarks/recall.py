"""Recall of `factcheck extract` on other extractors' test sets: money, percentages and quantities.

Runs extract over each test text of natasha, Duckling (ru, en), Microsoft Recognizers-Text (en) and
quantulum3 (en), kept in the shared peer data beside the project, and prints the recall of each set: a gold
figure counts when some extracted figure has its value and its unit (currencies by ISO code, masses and
lengths converted; a decrease printed as an amount, "down 34 cents", counts by its amount). Run:
    python benchmarks/recall.py [--peer-data PATH] [--failures N]
Target: at least 90% on every money and percentage set.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import Any

from factcheck.article import ArticleText
from factcheck.extract import extract
from factcheck.quantities import Amount, FigureError, Ratio
from factcheck.units import unit_from_registry

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PEER_DATA = ROOT.parent / "shared" / "peer-data"

# gold unit name -> (our dimension key, factor to its base unit)
CURRENCY_NAMES = {
    "dollar": "USD", "united states dollar": "USD", "us dollar": "USD", "euro": "EUR", "british pound": "GBP",
    "pound": "GBP", "pound sterling": "GBP", "japanese yen": "JPY", "yen": "JPY", "chinese yuan": "CNY",
    "yuan": "CNY", "renminbi": "CNY", "indian rupee": "INR", "rupee": "INR", "canadian dollar": "CAD",
    "australian dollar": "AUD", "swiss franc": "CHF", "russian ruble": "RUB", "ruble": "RUB", "rouble": "RUB",
    "hong kong dollar": "HKD", "singapore dollar": "SGD", "new zealand dollar": "NZD", "south korean won": "KRW",
    "won": "KRW", "mexican peso": "MXN", "brazilian real": "BRL", "kazakhstani tenge": "KZT", "tenge": "KZT",
    "ukrainian hryvnia": "UAH", "hryvnia": "UAH", "turkish lira": "TRY", "south african rand": "ZAR",
    "swedish krona": "SEK", "norwegian krone": "NOK", "danish krone": "DKK", "polish zloty": "PLN",
}
CENT_NAMES = {"cent": "USD", "penny": "GBP", "pence": "GBP"}


@dataclass(frozen=True)
class Gold:
    """One expected figure: a text, a value (or range), and a unit."""

    text: str
    language: str
    unit: str  # our dimension key: an ISO currency, "%", "[mass]", "[length]", ...
    value: float | None = None
    low: float | None = None
    high: float | None = None
    relation: str | None = None  # above / under


@dataclass
class Tally:
    """Hits and misses of one test set."""

    name: str
    total: int = 0
    found: int = 0
    misses: list[str] = field(default_factory=list)
    false_figures: int = 0
    negatives: int = 0

    def line(self) -> str:
        recall = self.found / self.total if self.total else 0.0
        extra = f"; {self.false_figures}/{self.negatives} negatives gave a figure" if self.negatives else ""
        return f"{self.name:<38} recall {recall:6.1%} ({self.found}/{self.total}){extra}"


def our_figures(text: str, language: str) -> list[tuple[str, Fraction | None, Fraction | None]]:
    """(dimension key, low, high) of every figure extract finds, in base units (1 currency unit, kg, m, %)."""
    article = ArticleText(Path("case.txt"), text)
    result = []
    for figure in extract(article, language=language, published=date(2025, 1, 1)).figures:
        found = figure.found.figure
        if isinstance(found, Ratio) and found.percent:
            interval = found.interval.shifted(Fraction(-1)).scaled(Fraction(100))
            result.append(("%", interval.low, interval.high))
        elif isinstance(found, Amount) and found.unit is not None:
            key = _dimension_key(found.unit.dimension, found.unit.name)
            interval = found.interval.scaled(Fraction(100)) if key == "%" else found.interval
            result.append((key, interval.low, interval.high))
            if figure.found.form == "change" and interval.high is not None and interval.high < 0:
                # "down 34 cents" is the change -34 cents; the peers' gold is the amount as printed
                result.append((key, -interval.high, None if interval.low is None else -interval.low))
        elif isinstance(found, Amount):
            result.append(("", found.interval.low, found.interval.high))
    return result


def _dimension_key(dimension: str, name: str) -> str:
    if dimension.startswith("[currency_"):
        return dimension.removeprefix("[currency_").split("]")[0]
    if name == "percent":
        return "%"
    return dimension


def _close(ours: Fraction | None, gold: float, tolerance: float) -> bool:
    return ours is not None and abs(float(ours) - gold) <= tolerance * max(1.0, abs(gold))


def matches(gold: Gold, figures: list[tuple[str, Fraction | None, Fraction | None]]) -> bool:
    """Whether some extracted figure has the gold figure's unit and value."""
    for unit, low, high in figures:
        if unit != gold.unit:
            continue
        # a bound or a qualified figure: its finite end is the written figure widened by its rounding
        if gold.value is not None and (low is None) != (high is None):
            if _close(low if high is None else high, gold.value, 0.1):
                return True
            continue
        if gold.low is not None and gold.high is not None and low is not None and high is not None:
            if low <= gold.low and gold.high <= high and _close((low + high) / 2, (gold.low + gold.high) / 2, 1e-6):
                return True
            continue
        if gold.value is not None and low is not None and high is not None and _close(
            (low + high) / 2, gold.value, 1e-6
        ):
            return True
    return False


def _unit(name: str, scale: float = 1.0, *, money: bool = True) -> tuple[str, float] | None:
    """A gold unit name as (our dimension key, factor to base units)."""
    lowered = name.casefold().strip()
    if not money and lowered == "pound":
        lowered = "lb"  # the mass
    if lowered in ("%", "percentage", "percent"):
        return "%", 1.0
    if name.isupper() and len(name) == 3:
        return name, 1.0
    if lowered in CURRENCY_NAMES:
        return CURRENCY_NAMES[lowered], 1.0
    if lowered in CENT_NAMES:
        return CENT_NAMES[lowered], 0.01
    try:
        unit = unit_from_registry(lowered.replace(" ", "_"))
    except FigureError:
        return None
    return unit.dimension, float(unit.factor) * scale


def natasha(peer: Path) -> Iterator[tuple[str, Gold]]:
    for case in json.loads((peer / "natasha" / "money.json").read_text(encoding="utf-8"))["cases"]:
        expected = case["expected"]
        yield "natasha money (ru)", Gold(case["text"], "ru", expected["currency"], float(expected["amount"]))


def duckling(peer: Path) -> Iterator[tuple[str, Gold]]:
    for language in ("ru", "en"):
        for kind, label in (("amount_of_money", "money"), ("quantity", "quantity")):
            data = json.loads((peer / "duckling" / language / f"{kind}.json").read_text(encoding="utf-8"))
            for group in data["groups"]:
                if group["definition"] != "allExamples":
                    continue
                expected = group["expected"]
                name = expected.get("unit", "")
                if name == "Unnamed":
                    continue  # a bare number is not money or a quantity
                if name in ("Dollar", "Cent"):
                    mapped: tuple[str, float] | None = ("USD", 1.0 if name == "Dollar" else 0.01)
                elif name == "Pound":
                    mapped = ("GBP", 1.0) if kind == "amount_of_money" else _unit("pound", money=False)
                else:
                    mapped = _unit(name)
                for text in group["texts"]:
                    set_name = f"duckling {label} ({language})"
                    if mapped is None:
                        yield set_name, Gold(text, language, f"unmapped:{name}", 0.0)
                        continue
                    key, factor = mapped
                    if expected["kind"] == "between":
                        yield set_name, Gold(text, language, key, low=expected["from"] * factor,
                                             high=expected["to"] * factor)
                    else:
                        relation = expected["kind"] if expected["kind"] in ("above", "under") else None
                        yield set_name, Gold(text, language, key, expected["value"] * factor, relation=relation)


def recognizers(peer: Path) -> Iterator[tuple[str, Gold | str]]:
    for model, label in (("CurrencyModel", "money"), ("PercentModel", "percentage"), ("DimensionModel", "quantity")):
        for case in json.loads((peer / "recognizers-text" / "en" / f"{model}.json").read_text(encoding="utf-8")):
            set_name = f"recognizers-text {label} (en)"
            if not case["Results"]:
                yield set_name, case["Input"]  # a negative: nothing may be extracted
            for result in case["Results"]:
                resolution = result.get("Resolution") or {}
                value = str(resolution.get("value", "")).rstrip("%")
                try:
                    number = float(value)
                except ValueError:
                    continue
                name = resolution.get("isoCurrency") or resolution.get("unit") or "%"
                mapped = _unit(name, money=label == "money")
                if mapped is None:
                    yield set_name, Gold(case["Input"], "en", f"unmapped:{name}", number)
                else:
                    yield set_name, Gold(case["Input"], "en", mapped[0], number * mapped[1])


def quantulum(peer: Path) -> Iterator[tuple[str, Gold]]:
    for case in json.loads((peer / "quantulum3" / "tests" / "quantities.json").read_text(encoding="utf-8")):
        for quantity in case["res"]:
            unit = quantity["unit"]
            if unit == "dimensionless":
                continue  # bare numbers and years are not figures with a unit
            entity = quantity.get("entity", "")
            label = "money" if entity == "currency" else "percentage" if unit == "percentage" else "quantity"
            mapped = _unit(unit, money=entity == "currency")
            key, factor = mapped if mapped else (f"unmapped:{unit}", 1.0)
            yield f"quantulum3 {label} (en)", Gold(case["req"], "en", key, float(quantity["value"]) * factor)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peer-data", type=Path, default=DEFAULT_PEER_DATA)
    parser.add_argument("--failures", type=int, default=0, help="print this many misses per set")
    args = parser.parse_args()
    if not args.peer_data.is_dir():
        sys.exit(f"no peer data at {args.peer_data}")
    tallies: dict[str, Tally] = {}
    cache: dict[tuple[str, str], list[tuple[str, Fraction | None, Fraction | None]]] = {}
    sources: list[Iterator[tuple[str, Any]]] = [natasha(args.peer_data), duckling(args.peer_data),
                                                recognizers(args.peer_data), quantulum(args.peer_data)]
    for source in sources:
        for set_name, gold in source:
            tally = tallies.setdefault(set_name, Tally(set_name))
            if isinstance(gold, str):
                tally.negatives += 1
                tally.false_figures += bool(our_figures(gold, "en"))
                continue
            key = (gold.text, gold.language)
            if key not in cache:
                cache[key] = our_figures(gold.text, gold.language)
            tally.total += 1
            if matches(gold, cache[key]):
                tally.found += 1
            else:
                tally.misses.append(f"{gold.text[:90]!r} want {gold.value or (gold.low, gold.high)} {gold.unit}")
    for tally in tallies.values():
        print(tally.line())
        for miss in tally.misses[: args.failures]:
            print(f"    miss: {miss}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
