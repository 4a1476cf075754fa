"""A share as written: `15.2%`, `3,6% ВВП`, `86.7% of GDP`, `a fifth`, `< 3%`: the fraction of a whole it states.

The words after the percentage may name the whole ("of GDP", "ВВП", "of all receipts"); the claim's `of`
says which whole it is, so they are read as its name and left out of the figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from factcheck import lexicon
from factcheck.intervals import Interval
from factcheck.patterns import lazy
from factcheck.quantities import Amount, FigureError, parse_value

_RELATIONS = lexicon.RELATIONS

# The end of a percentage, after which the whole may be named: the lexicon's per-cent words, longest first,
# a space in them optional ("percent", "per cent").
_PERCENT_WORDS = "|".join(
    re.escape(word).replace("\\ ", "\\s?")
    for word in sorted((w for w in lexicon.PERCENT_WORDS if w[0].isalpha()), key=len, reverse=True)
)
_PERCENT_END = lazy(rf"[%％]|(?<=\d)\s?(?:{_PERCENT_WORDS})(?![^\W\d_])", re.IGNORECASE)
_WHOLE_NAME = lazy(r"\s+\S|\s*\)")  # "% ВВП", "% of GDP": a word of its own follows


def parse_share(text: str, language: str, custom_units: Iterable[str] = (), *, exact: bool = False) -> Amount:
    """A share: an Amount whose interval is the fraction of the whole (15.2% is 0.1515–0.1525)."""
    units = tuple(custom_units)
    stripped = text.strip()
    relation = next((symbol for symbol in _RELATIONS if stripped.startswith(symbol)), None)
    if relation is not None:  # a bound on the share: "< 3%", a deficit below the 3% threshold
        figure = parse_share(stripped[len(relation):], language, units, exact=exact)
        lower = relation in (">", ">=", "≥", "=>")
        feasible = Interval(figure.interval.low, None) if lower else Interval(None, figure.interval.high)
        return Amount(stripped, feasible, figure.unit, "lower" if lower else "upper")
    try:
        amount = parse_value(text, language, units, exact=exact)
    except FigureError as error:
        amount = _without_whole_name(text, language, units, exact, error)
    if amount.unit is not None and amount.unit.dimension != "":
        raise FigureError(f"a share is a percentage or a fraction word, not a figure in {amount.unit.name}; "
                          "write the part's own figure as a value")
    if amount.unit is None and any(char.isdigit() for char in text):
        raise FigureError("a share needs its per cent sign (\"15.2%\") or a fraction word (\"a fifth\")",
                          len(text.rstrip()))
    return Amount(text.strip(), amount.interval, amount.unit, amount.qualifier)


def _without_whole_name(text: str, language: str, units: tuple[str, ...], exact: bool, error: FigureError) -> Amount:
    """The percentage before the words that name the whole: "3,6%" of "3,6% ВВП"."""
    for marker in _PERCENT_END.finditer(text):
        if _WHOLE_NAME.match(text, marker.end()):
            try:
                return parse_value(text[: marker.end()], language, units, exact=exact)
            except FigureError:
                break
    raise error
