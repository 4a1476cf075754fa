"""The figure grammar: figures as journalists print them -> intervals.

A figure is read in layers: a qualifier (более, some), a sign, a currency, the number as written (its digits
decide its precision), scale words (млн, bn, m), and a unit (`units.py`). Every spelling comes from
`lexicon.py`. Each figure has a loose reading (trailing zeros of an integer are rounding) and, when it is a
round figure, a strict one (its last written digit is significant): see `Amount.strict`.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING

from factcheck import lexicon
from factcheck.intervals import Interval
from factcheck.lexicon import LANGUAGES
from factcheck.patterns import LazyPattern, lazy
from factcheck.units import DIMENSIONLESS, FigureError, Unit, resolve_unit, unit_label

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

__all__ = [
    "AND_A_HALF", "BASIS_POINTS_WORDS", "CURRENCY_PREFIX", "FRACTION_OF_SCALE", "LANGUAGES", "MAX_DIGITS",
    "MAX_FIGURE_CHARS", "PERCENT_OF", "PERCENT_WORDS", "POINTS_WORDS", "SUB_AMOUNT_AFTER", "TIMES_WORDS", "WORD",
    "Amount", "Figure", "FigureError", "Ratio", "Reader", "Unit", "numbers_in", "parse_bound", "parse_change",
    "parse_value", "plain_digits", "read_figure", "read_in_text", "resolve_unit", "unit_label",
]

MAX_DIGITS = 30  # more digits than any figure has: a serial number, not an amount
MAX_FIGURE_CHARS = 200  # a figure as a claims file writes it is a few words
_WINDOW = 64
_TENTH = lexicon.QUALIFIER_TOLERANCE


# ---------------------------------------------------------------------------------------------------------
# Figures


@dataclass(frozen=True)
class Amount:
    """A figure with a unit: `$533 млн`, `4,5 млн тонн`, `12%`. Its interval is in the unit's base unit.

    `strict` is the interval when the last written digit is significant, for a round figure ("10 млн" is
    9.5–10.5 млн strictly, 5–15 млн loosely); None when both readings agree.
    """

    text: str
    interval: Interval
    unit: Unit | None
    qualifier: str | None = None
    strict: Interval | None = None

    def in_unit(self, target: Unit | None) -> Interval | None:
        """The interval expressed in `target`, or None when the dimensions differ."""
        own, target = self.unit or DIMENSIONLESS, target or DIMENSIONLESS
        if (self.unit is None or own.generic) and target.is_counting_unit:
            own = target  # a bare number (or "units") on a metric of TEU, vehicles or people counts them
        elif own.is_counting_unit and not target.dimension and target.factor == 1:
            own = target  # so many vehicles are also a plain count
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
    strict: Interval | None = None


Figure = Amount | Ratio


# ---------------------------------------------------------------------------------------------------------
# Patterns, built once from the lexicon


def _alternatives(phrases: Iterable[str]) -> str:
    """A regular-expression alternation of literal phrases, longest first; spaces match any one space."""
    ordered = sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase))
    return "|".join(re.escape(phrase).replace(r"\ ", r"\s") for phrase in ordered)


# The letter prefixes of currencies as the lexicon spells them, longest first ("us$", "hk$"): one alternation for
# every pattern that reads an amount written with one
CURRENCY_PREFIX_ALTERNATIVES = _alternatives(lexicon.CURRENCY_PREFIXES)


_END = r"(?![\w])"
_SPACES = "\u00a0\u202f\u2009\u2007 "
_NUMBER = {
    # bounded repetitions keep every match short, so scanning a long run of digit groups stays linear
    "ru": lazy(rf"\d{{1,3}}(?:[{_SPACES}]\d{{3}}){{1,10}}(?:,\d{{1,30}})?(?!\d)|\d{{1,30}}(?:[,.]\d{{1,30}})?"),
    "en": lazy(
        rf"\d{{1,3}}(?:,\d{{3}}){{1,10}}(?:\.\d{{1,30}})?(?!\d)|\d{{1,3}}(?:[{_SPACES}]\d{{3}}){{1,10}}(?:\.\d{{1,30}})?(?!\d)"
        r"|\d{1,30}(?:\.\d{1,30})?"
    ),
}
_SCALE = lazy(r"(\s?)([^\W\d_]+)\.?")
_HYPHEN_SCALE = lazy(r"-([^\W\d_]+)")  # "the 12-million mark": a scale word in full after a hyphen
_BARE_GROUP = lazy(r"\s?(\d{1,3})(?![\d.,\w])")  # "11 тыс. 841 человек": the units after the thousands
WORD = lazy(r"[^\W\d_]+")
_HYPHEN_WORD = lazy(r"-(?=[^\W\d_])")
_SPACE_THEN_WORD = lazy(r"\s+([^\W\d_]+)")
_TOKEN_BEFORE = lazy(r"(\S{1,32})\s+$")
_SPACE_THEN_TWO_WORDS = lazy(r"\s+([^\W\d_]+)(?:\s([^\W\d_]+))?")
_QUALIFIER_PHRASES = sorted(
    ((phrase, kind) for kind, phrases in lexicon.QUALIFIERS.items() for phrase in phrases),
    key=lambda item: -len(item[0]),
)
# One pattern for every qualifier, longest first (as the list is sorted); a phrase ending in a letter must end
# a word: one match per figure, whatever the number of phrases
_QUALIFIER = lazy(
    "|".join(re.escape(phrase) + (r"(?![^\W\d_])" if phrase[-1].isalpha() else "")
             for phrase, _ in _QUALIFIER_PHRASES),
    re.IGNORECASE,
)
_QUALIFIER_KINDS = dict(reversed(_QUALIFIER_PHRASES))  # a phrase listed under two kinds: the first listed wins
# a hyphen spaced before and not after signs the percentage after it: "6,9 -8%" in a table's row is a level and
# its change, not a range (a range's hyphen is spaced on both sides or on neither: "6,9-8%", "6,9 - 8%"; "2 -7 g"
# stays a range); a tab parts a table's cells, never the ends of a range ("-$146.8B\t-$738.6B")
_DASH = rf"(?:[^\S\t]*[{''.join(d for d in lexicon.RANGE_DASHES if d != '-')}][^\S\t]*|-[^\S\t]*|[^\S\t]+-[^\S\t]+" \
    rf"|[^\S\t]+-(?![\d.,]+\s?%))"
_RANGE_SEPARATOR = lazy(
    rf"(?:{_DASH}|\s*(?:{_alternatives(lexicon.RANGE_WORDS)}){_END}\s*)"
)
# a currency's sign before a range's second end, or its prefix: "US$23.03 to US$35.56" as "$23.03 to $35.56"
_SIGN_AGAIN = lazy(rf"(?:{CURRENCY_PREFIX_ALTERNATIVES}|[{''.join(lexicon.CURRENCY_SIGNS)}])\s?",
                   re.IGNORECASE)
_PREFIX_REACH = 8  # characters before a number that hold the longest prefix ("usd $") and the letter before it
_RANGE_WORDS = lazy(rf"\s+(?:{_alternatives(lexicon.RANGE_WORDS_AFTER_START)})\s+", re.IGNORECASE)
_RANGE_DASH = lazy(_DASH)
PERCENT_OF = lazy(r"(?:per ?cents?|percents?|процентов|процента)\s+of\s+", re.IGNORECASE)
PERCENT_WORDS = lazy(rf"\s?(?:{_alternatives(lexicon.PERCENT_WORDS)}){_END}", re.IGNORECASE)
_PERCENT_SUFFIX = lazy(rf"\s+(?:{_alternatives(lexicon.PERCENT_SUFFIXES)}){_END}", re.IGNORECASE)
_GDP = lazy(rf"\s*(?:{_alternatives(lexicon.GDP_WORDS)}){_END}", re.IGNORECASE)
POINTS_WORDS = lazy(rf"\s?(?:{_alternatives(lexicon.PERCENTAGE_POINT_WORDS)}){_END}", re.IGNORECASE)
BASIS_POINTS_WORDS = lazy(rf"\s?(?:{_alternatives(lexicon.BASIS_POINT_WORDS)}){_END}", re.IGNORECASE)
TIMES_WORDS = lazy(rf"\s?(?:{_alternatives(lexicon.TIMES_WORDS)}){_END}", re.IGNORECASE)
AND_A_HALF = lazy(rf"\s(?:{_alternatives(lexicon.AND_A_HALF)}){_END}", re.IGNORECASE)
_MULTIPLY_SIGN = lazy(rf"(?:{_alternatives(lexicon.MULTIPLY_SIGNS)})\s?", re.IGNORECASE)
_FRACTION = lazy(rf"(?:{_alternatives(lexicon.FRACTION_WORDS)}){_END}", re.IGNORECASE)
# "half a million", "a quarter of a billion", "полмиллиона": the fraction, then the scale word at the end
FRACTION_OF_SCALE = lazy(
    rf"(?:(?P<words>{_alternatives((*lexicon.FRACTION_WORDS, *lexicon.SCALE_FRACTIONS))})(?:\s+of)?(?:\s+an?)?\s+"
    rf"|(?P<prefix>пол-?))(?=(?:{_alternatives(word for word in lexicon.SCALE_WORDS if len(word) > 3)}){_END})",
    re.IGNORECASE,
)
_DECREASE_BEFORE = lazy(rf"(?:{_alternatives(lexicon.DECREASE_BEFORE)})\s+", re.IGNORECASE)
_INCREASE_BEFORE = lazy(rf"(?:{_alternatives(lexicon.INCREASE_BEFORE)})\s+", re.IGNORECASE)
_DECREASE_AFTER = lazy(rf"\s+(?:{_alternatives(lexicon.DECREASE_AFTER)})\s*$", re.IGNORECASE)
_MORE_AFTER = lazy(rf"\s+(?:{_alternatives(lexicon.MORE_AFTER)})\s*$", re.IGNORECASE)
_LESS_AFTER = lazy(rf"\s+(?:{_alternatives(lexicon.LESS_AFTER)})\s*$", re.IGNORECASE)
_HALVING = lazy(rf"(?:{_alternatives(lexicon.HALVING_WORDS)})\s*$", re.IGNORECASE)
_INCREASE_AFTER = lazy(rf"\s+(?:{_alternatives(lexicon.INCREASE_AFTER)})\s*$", re.IGNORECASE)
_CHANGE_WORDS_DOWN = lazy(rf"(?:{_alternatives(lexicon.CHANGE_WORDS_DOWN)})\s+", re.IGNORECASE)
_CHANGE_WORDS_UP = lazy(rf"(?:{_alternatives(lexicon.CHANGE_WORDS_UP)})\s+", re.IGNORECASE)
_QUALIFIERS_AFTER = {
    kind: lazy(rf"\s+(?:{_alternatives(phrases)})\s*$", re.IGNORECASE)
    for kind, phrases in lexicon.QUALIFIERS_AFTER.items()
}
_MARK_AFTER = lazy(rf"[\s-]+(?:{_alternatives(lexicon.MARK_AFTER)})\s*$", re.IGNORECASE)
_MARK_BEFORE = lazy(rf"(?:{_alternatives(lexicon.MARK_BEFORE)})\s+", re.IGNORECASE)
PERCENT_ADJECTIVE = lazy(rf"-(?:{_alternatives(lexicon.PERCENT_ADJECTIVES)}){_END}", re.IGNORECASE)
DIRECTION_NOUN = {
    -1: lazy(rf"\s+(?:{_alternatives(lexicon.PERCENT_ADJECTIVE_DOWN_NOUNS)}){_END}", re.IGNORECASE),
    1: lazy(rf"\s+(?:{_alternatives(lexicon.PERCENT_ADJECTIVE_UP_NOUNS)}){_END}", re.IGNORECASE),
}
_INDEX_BASELINE = lazy(rf"\s+(?:{_alternatives(lexicon.INDEX_BASELINE_LEADS)})\s+\S", re.IGNORECASE)
_MULTIPLY_SIGN_BEFORE_DIGITS = lazy(rf"(?:{_alternatives(lexicon.MULTIPLY_SIGNS)})(?=\s?\d)", re.IGNORECASE)
_A_DIGIT = lazy(r"\d")
# "usd 20": a code in lower case before a number, unless it is also a word ("try 20 times")
_LOWER_CASE_CODES = _alternatives(
    code.casefold() for code in lexicon.ISO_CODES if code.casefold() not in lexicon.ISO_CODES_THAT_ARE_WORDS
)
CURRENCY_PREFIX = lazy(
    # "a $300 contract" is not A$: letter prefixes only as the lexicon spells them; a code only before digits
    rf"((?:{CURRENCY_PREFIX_ALTERNATIVES})(?![^\W\d_])|[{''.join(lexicon.CURRENCY_SIGNS)}¢₿]"
    rf"|(?-i:[A-Z]{{3}})(?=\s?\d)(?<!\b[A-Z]{{4}})|(?:{_alternatives(lexicon.CURRENCY_WORDS_BEFORE)})(?=\s\d)"
    rf"|(?-i:{_LOWER_CASE_CODES})(?=\s?\d))\s?",
    re.IGNORECASE,
)
_CURRENCY_AFTER = lazy(rf"\s?(?:{_alternatives(lexicon.CURRENCY_AFTER_HINTS)})", re.IGNORECASE)
_SUB_UNITS = rf"(?:{_alternatives(lexicon.SUB_UNIT_WORDS)})"
_SUB_AMOUNT = lazy(rf"(?:(?:и|and)\s+)?(\d{{1,2}})\s*{_SUB_UNITS}?\.?", re.IGNORECASE)
_UNIT_AND_SUB_AMOUNT = lazy(rf"([^\d\s][^\d]{{0,40}}?)\s(?:(?:и|and)\s)?(\d{{1,2}})\s?{_SUB_UNITS}\.?",
                                  re.IGNORECASE)
SUB_AMOUNT_AFTER = lazy(rf"\s*(?:(?:и|and)\s+)?\d{{1,2}}\s*{_SUB_UNITS}(?![\w])", re.IGNORECASE)
_DECIMAL_AFTER = lazy(r"[,.]\d")
_LONG_DIGITS = lazy(rf"\d{{{MAX_DIGITS + 1}}}")
_RUSSIAN_GROUPED = lazy(r"[1-9]\d{0,2}[,.]\d{3}")
# Characters that cannot be seen in an editor but split a figure: named in the error, never guessed around.
INVISIBLE = {
    "\u200b": "zero-width space", "\u200c": "zero-width non-joiner", "\u200d": "zero-width joiner",
    "\u200e": "left-to-right mark", "\u200f": "right-to-left mark", "\u2060": "word joiner",
    "\ufeff": "byte order mark", "\u00ad": "soft hyphen", "\u202a": "left-to-right embedding",
    "\u202b": "right-to-left embedding", "\u202c": "pop directional formatting", "\u2066": "left-to-right isolate",
    "\u2067": "right-to-left isolate", "\u2069": "pop directional isolate",
}
# Fullwidth digits and signs (East Asian input methods) read as their plain forms: one character for one.
_FULLWIDTH = str.maketrans("０１２３４５６７８９％＄，．＋－", "0123456789%$,.+-")


@dataclass(frozen=True)
class _Number:
    value: Fraction
    ulp: Fraction  # one unit of the last significant digit
    integer: bool


class Reader:
    """A cursor over one figure's text; each method consumes what it recognises.

    `strict` reads the last written digit of an integer as significant (the strict reading of a round
    figure); `exact` does too, and also makes fraction words exact.
    """

    def __init__(self, text: str, language: str, custom_units: tuple[str, ...], exact: bool,
                 *, strict: bool = False, metric_unit: Unit | None = None, end: int | None = None,
                 label: str | None = None, running_text: bool = False) -> None:
        self.text = text  # callers pass it through `plain_digits` once: a running text is read from many places
        self.pos = 0
        # Where the figure's text ends: a figure in running text is read in place, without copying it out, and
        # every match stops here (`$` in a pattern matches at `end`).
        self.end = len(text) if end is None else end
        # The figure as a claims file writes it, when it is read in running text: what the figure is called.
        self.label = label
        self.language = language
        self.custom_units = custom_units
        self.exact = exact
        self.strict = strict or exact
        self.metric_unit = metric_unit
        self.in_range = False  # after "between"/"от": "and"/"и" separate the two ends
        # Whether "to"/"до" may join two numbers into a range. Running text turns it off where "to" ends a change
        # ("rose from 4,120 to 4,310") or follows a year ("in 2024 to 52,000 TEU"); a dash still joins.
        self.ranges_by_word = True
        # Whether a range's second end may repeat the currency ("$300 million to $350 million"); off after "by",
        # where "to" ends the change ("by $30 billion to $940 billion").
        self.currency_at_both_ends = True
        # Scanning running text for figures: a scale word alone ("миллиард") and a bare last group ("11 тыс.
        # 841") are read only in a claims file, where they are known to be figures ("a million reasons" is none)
        self.running_text = running_text
        # Every number read, by where it starts: its value and where it ends. Keyed by position, a number read
        # again after backtracking is the same entry, so what a figure is written with is the entries in its span.
        self.numbers: dict[int, tuple[Fraction, int]] = {}

    # -- moving the cursor
    def skip_spaces(self) -> None:
        """Move past spaces and tabs."""
        while self.pos < self.end and self.text[self.pos] in _SPACES + "\t":
            self.pos += 1

    def take(self, pattern: LazyPattern) -> re.Match[str] | None:
        """Consume `pattern` if it matches here."""
        match = pattern.match(self.text, self.pos, self.end)
        if match:
            self.pos = match.end()
        return match

    def take_literal(self, *options: str) -> str | None:
        """Consume the first of `options` written here (case-folded; a word must end where it ends)."""
        lowered = self.window().casefold()
        for option in options:
            if lowered.startswith(option.casefold()):
                end = self.pos + len(option)
                if option[-1].isalpha() and end < self.end and self.text[end].isalpha():
                    continue
                self.pos = end
                return option
        return None

    def rest(self) -> str:
        """What is left to read, stripped."""
        return self.text[self.pos : self.end].strip()

    def window(self) -> str:
        """The next few characters: enough for any word this reader looks for, without copying the article."""
        return self.text[self.pos : min(self.pos + _WINDOW, self.end)]

    def shown(self) -> str:
        """The figure's text as a claims file writes it."""
        return self.label if self.label is not None else self.text[: self.end].strip()

    def fail(self, message: str) -> FigureError:
        """An error pointing at the cursor."""
        return FigureError(message, self.pos)

    # -- pieces of a figure
    def qualifier(self) -> str | None:
        """A qualifier's kind (lower, upper, about, nearly); "between"/"от" only open a range."""
        self.skip_spaces()
        match = _QUALIFIER.match(self.text, self.pos, self.end)
        kind = _QUALIFIER_KINDS.get(match.group(0).casefold()) if match else None
        if match is None or kind is None:
            return None
        self.pos = match.end()
        self.skip_spaces()
        if kind == "range":
            self.in_range = True
            return None
        return kind

    def sign(self) -> int:
        """+1 or -1, written as a sign or a word."""
        self.skip_spaces()
        if self.take_literal("+", *(f"{word} " for word in lexicon.PLUS_WORDS)):
            return 1
        if self.take_literal("-", "−", "–", *(f"{word} " for word in (*lexicon.MINUS_WORDS,
                                                                      *lexicon.NEGATIVE_SIGN_WORDS))):
            return -1
        return 1

    def number(self, *, multiplier: bool = False) -> _Number | None:
        """Digits as the article's language writes them, or a number in words; recorded in `numbers`."""
        self.skip_spaces()
        start = self.pos
        found = self._number(multiplier=multiplier)
        if found is not None and self.pos > start:
            self.numbers[start] = (found.value, self.pos)
        return found

    def numbers_between(self, start: int, end: int) -> tuple[Fraction, ...]:
        """The numbers read that start in `start`..`end`, in order: the digits a figure there is written with."""
        return tuple(value for at, (value, _) in sorted(self.numbers.items()) if start <= at < end)

    def _number(self, *, multiplier: bool) -> _Number | None:
        match = self.take(_NUMBER[self.language])
        if match:
            written = match.group(0)
            if self.pos < self.end and self.text[self.pos].isdigit():
                raise self.fail(f"'{written[:20]}…' has more than {MAX_DIGITS} digits: not a figure")
            if _DECIMAL_AFTER.match(self.text, self.pos, self.end):
                raise FigureError(self._misprint(match), match.start())
            if (self.language == "ru" and _RUSSIAN_GROUPED.fullmatch(written)
                    and not self._scale_word_follows()
                    and (_CURRENCY_AFTER.match(self.text, self.pos, self.end)
                         or CURRENCY_PREFIX.search(self.text[max(0, match.start() - 4) : match.start()]))):
                # "20,000 руб": a comma or dot before exactly three digits, with no scale word, groups thousands
                return _Number(Fraction(int(written.replace(",", "").replace(".", ""))), Fraction(1), integer=True)
            return self._digits(written, multiplier=multiplier)
        return self._words(multiplier=multiplier)

    def _misprint(self, match: re.Match[str]) -> str:
        end, limit = match.end(), match.end() + MAX_DIGITS
        while end < min(self.end, limit) and (self.text[end].isdigit() or self.text[end] in ",."):
            end += 1
        written = self.text[match.start() : end]
        groups = written.split(",")
        if self.language == "en" and len(groups) == 2 and "." not in written and len(groups[-1]) < 3:
            return (f"'{written}': in English a comma separates thousands; write {written.replace(',', '.')} "
                    "or set language: ru")
        if self.language == "en" and len(groups) > 1 and "." not in written and len(groups[-1]) != 3:
            return (f"'{written}' is a misprint: a comma groups thousands in three digits, not "
                    f"{len(groups[-1])}; write the figure the source gives, or set language: ru for a decimal comma")
        return f"'{written}' is a misprint: more than one decimal mark; write the figure the source gives"

    def _and_a_half_before_scale_or_unit(self) -> bool:
        """Take "and a half"/"с половиной" when a scale word or a unit of measure follows it.

        "two and a half million", "два с половиной километра"; before "раза" it belongs to a multiplier, before
        "years" to a time.
        """
        checkpoint = self.pos
        if self.take(AND_A_HALF) and (self._scale_word_follows() or self._unit_of_measure_follows()):
            return True
        self.pos = checkpoint
        return False

    def _unit_of_measure_follows(self) -> bool:
        following = _SPACE_THEN_TWO_WORDS.match(self.text, self.pos, self.end)
        if following is None:
            return False
        words = [following.group(1)] + ([f"{following.group(1)} {following.group(2)}"] if following.group(2) else [])
        return any(_one_of_unit(written, self.custom_units) for written in words)

    def _fraction_of_scale(self) -> _Number | None:
        """A fraction of the scale word that follows: "half a million" is 0.5 (million), ±10% like any fraction."""
        match = self.take(FRACTION_OF_SCALE)
        if match is None:
            return None
        written = match.group("prefix") or " ".join(match.group("words").casefold().split())
        value = lexicon.FRACTION_WORDS.get(written) or lexicon.SCALE_FRACTIONS[written.casefold()]
        return _Number(value, Fraction(0) if self.exact else value * 2 * lexicon.FRACTION_TOLERANCE, integer=False)

    def _scale_word_follows(self) -> bool:
        following = _SCALE.match(self.text, self.pos, self.end)
        return bool(following and following.group(2).casefold() in lexicon.SCALE_WORDS)

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
        elif self.strict or multiplier:
            ulp = Fraction(1)
        else:
            trailing = len(whole) - len(whole.rstrip("0"))
            ulp = Fraction(10 ** min(trailing, max(len(whole) - 1, 0)))
        return _Number(value, ulp, integer=not fraction)

    def _words(self, *, multiplier: bool = False) -> _Number | None:
        """A number in words: "сто двадцать три", "twenty-five", "a hundred", "полтора".

        Each word after the first must be smaller than the one before (or "hundred" after a unit), so a run
        of number words is read a few words at a time: scanning "один один один ..." stays linear.
        """
        total, last, seen = 0, 0, 0
        start = self.pos
        scale_fraction = self._fraction_of_scale()
        if scale_fraction is not None:
            return scale_fraction
        while seen < 6:
            before_spaces = self.pos
            self.skip_spaces()
            word = WORD.match(self.text, self.pos, self.end)
            lowered = word.group(0).casefold() if word else ""
            if not word or (lowered not in lexicon.NUMBER_WORDS and lowered not in lexicon.HALF_WORDS):
                self.pos = before_spaces
                break
            if lowered in ("a", "an") and (seen or not self._article_is_one(word.end())
                                           or _after_an_amount(self.text, word.start())):
                self.pos = before_spaces  # "a $48.2 million", "a a a", "a few": the article, not the number one
                break
            if lowered in lexicon.HALF_WORDS:
                if seen:
                    self.pos = before_spaces
                    break
                self.pos = word.end()
                return _Number(lexicon.HALF_WORDS[lowered], Fraction(1, 10), integer=False)
            value = lexicon.NUMBER_WORDS[lowered]
            if value == 100 and 0 < total < 10:
                total *= 100
            elif seen and not (value < last and (last >= 10 or last == 0) and total % 10 ** len(str(value)) == 0):
                self.pos = before_spaces  # "три четыре", "one one": two numbers, not one
                break
            else:
                total += value
            last = value
            seen += 1
            self.pos = word.end()
            hyphen = _HYPHEN_WORD.match(self.text, self.pos, self.end)
            if hyphen:
                self.pos = hyphen.end()
        if not seen:
            self.pos = start
            return self._scale_word_alone()
        if self.text[self.pos - 1 : self.pos] == "-":
            self.pos -= 1
        ulp = Fraction(1) if self.strict or multiplier else Fraction(10 ** _trailing_zeros(total))
        return _Number(Fraction(total), ulp, integer=True)

    def _scale_word_alone(self) -> _Number | None:
        """One of a scale word written alone ("миллиард", "около миллиарда"): the word is left for `scale`."""
        if self.running_text:
            return None
        word = WORD.match(self.text, self.pos, self.end)
        if word is None or word.group(0).casefold() not in lexicon.SCALE_WORDS_ALONE:
            return None
        return _Number(Fraction(1), Fraction(1), integer=True)

    def _article_is_one(self, after: int) -> bool:
        """Whether "a"/"an" ending at `after` is the number one.

        It is before a scale word ("a hundred", "a million") or a unit of measure ("a dollar", "a kilogram",
        "a US dollar"); one or two words are looked at, so a run of articles is read in linear time.
        """
        following = _SPACE_THEN_TWO_WORDS.match(self.text, after, self.end)
        if following is None:
            return False
        first = following.group(1)
        if first.casefold() in {*lexicon.SCALE_WORDS, "hundred"}:
            return True
        second = following.group(2)
        if second and _one_of_unit(f"{first} {second}", self.custom_units):
            return not _attribute_noun_at(self.text, following.end(2), self.end)
        # "a dollar figure", "a dollar store": the unit names a kind of the noun after it, not one of itself
        return _one_of_unit(first, self.custom_units) and (
            second is None or second.casefold() not in lexicon.NOUNS_AFTER_UNIT_AS_ATTRIBUTE)

    def scale(self, *, after_currency: bool) -> int | None:
        """A scale word's power of ten: млн -> 6, bn -> 9, "2.3m" -> 6; None when there is none.

        A letter ("m", "k", "bn") is a scale when written right after the digits or after a currency; with a
        space it is one too, unless the metric measures a length ("100 m" are metres there).
        """
        match = _SCALE.match(self.text, self.pos, self.end)
        if not match:
            hyphenated = _HYPHEN_SCALE.match(self.text, self.pos, self.end)
            word = hyphenated.group(1).casefold() if hyphenated else ""
            if hyphenated is None or len(word) < 4 or word not in lexicon.SCALE_WORDS:
                return None
            self.pos = hyphenated.end()
            return lexicon.SCALE_WORDS[word]
        spaced, word = match.group(1), match.group(2)
        power = lexicon.SCALE_WORDS.get(word.casefold())
        following = self.text[match.end() : min(match.end() + 1, self.end)]
        # "km/h", "m²", "m2": a unit with a power or a divisor, not a scale letter
        if power is None and following not in ("/", "^", "²", "³") and not following.isdigit():
            letter = lexicon.SCALE_LETTERS.get(word)
            is_latin = word.isascii()
            metres = bool(spaced) and self.metric_unit is not None and self.metric_unit.dimension == "[length]^1"
            if letter is not None and (after_currency or (is_latin and not metres)):
                power = letter
        if power is None:
            return None
        self.pos = match.end()
        return power

    def magnitude(self, *, after_currency: bool, multiplier: bool = False) -> tuple[Interval, Fraction] | None:
        """A number with its scale words, a range, or an amount partly in words ("1 млн 84 тыс.")."""
        sign_before = self.text[max(0, self.pos - 2) : self.pos].strip()[-1:]  # "$300": the currency's sign, if any
        written_before = self.text[max(0, self.pos - _PREFIX_REACH) : self.pos]  # "US$300": its prefix, if any
        first = self.number(multiplier=multiplier)
        if first is None:
            return None
        if self._and_a_half_before_scale_or_unit():  # "two and a half million", "два с половиной километра"
            first = _Number(first.value + Fraction(1, 2), Fraction(1, 10), integer=False)
        power = self.scale(after_currency=after_currency)
        checkpoint = self.pos
        if self.take(_RANGE_SEPARATOR if self.ranges_by_word else _RANGE_DASH) or (
                self.in_range and self.take(_RANGE_WORDS)):
            separator_at = checkpoint
            # "$300 million to $350 million": the currency printed at both ends ("$3 to €4" is no range)
            again = self.take(_SIGN_AGAIN) if after_currency and self.currency_at_both_ends else None
            second = None if again is not None and not _currency_again(again.group(0), written_before, sign_before) \
                else self.number(multiplier=multiplier)
            if second is not None:
                second_power = self.scale(after_currency=after_currency)
                low_power = power if power is not None else second_power
                high_power = second_power if second_power is not None else power
                # both ends of a range share the finer precision: "10-15" is not 5..15
                low_scale, high_scale = Fraction(10) ** (low_power or 0), Fraction(10) ** (high_power or 0)
                ulp = min(first.ulp * low_scale, second.ulp * high_scale)
                low_value, high_value = first.value * low_scale, second.value * high_scale
                if low_value > high_value:
                    self.pos = separator_at
                    raise self.fail(f"reversed range: '{self.text[:self.pos].strip()}' is more than what follows; "
                                    "write the smaller end first, as the source does")
                low = Interval.around(low_value, ulp / 2)
                high = Interval.around(high_value, ulp / 2)
                return low.hull(high), (low_value + high_value) / 2
            self.pos = checkpoint
        total = first.value * Fraction(10) ** (power or 0)
        ulp = first.ulp * Fraction(10) ** (power or 0)
        # An amount partly in words continues with smaller scaled groups: "1 млн 84 тыс."
        while power is not None:
            checkpoint = self.pos
            part = self.number()
            next_power = self.scale(after_currency=after_currency) if part else None
            if (part is not None and next_power is None and power == 3 and not self.running_text
                    and self._bare_group_at(checkpoint)):
                # "11 тыс. 841 человек" is 11,841, exact to the unit
                total += part.value
                ulp = Fraction(1)
                break
            if part is None or next_power is None or next_power >= power:
                self.pos = checkpoint
                break
            total += part.value * Fraction(10) ** next_power
            ulp = part.ulp * Fraction(10) ** next_power
            power = next_power
        return Interval.around(total, ulp / 2), total

    def _bare_group_at(self, position: int) -> bool:
        """Whether one to three digits, no decimal, stand at `position`: the last group of a mixed amount."""
        return _BARE_GROUP.match(self.text, position, self.end) is not None

    def unit_suffix(self) -> Unit | None:
        """The unit written after the number, or None."""
        rest = self.rest().removeprefix("-")  # "3-inch", "10-gallon"
        if not rest:
            return None
        try:
            return resolve_unit(rest, self.custom_units)
        except FigureError as error:
            raise FigureError(str(error), self.text.index(rest, self.pos)) from None

    def fraction(self) -> Fraction | None:
        """A fraction word: треть, a quarter, half (not one of a scale word: "half a million" is a number)."""
        self.skip_spaces()
        if FRACTION_OF_SCALE.match(self.text, self.pos, self.end):
            return None
        match = self.take(_FRACTION)
        if match is None:
            return None
        return lexicon.FRACTION_WORDS[" ".join(match.group(0).casefold().split())]

    def fraction_interval(self, value: Fraction) -> Interval:
        """A fraction word is approximate, ±10% of its value, unless the claim says `exact: true`."""
        if self.exact:
            return Interval(value, value)
        return Interval(value * (1 - lexicon.FRACTION_TOLERANCE), value * (1 + lexicon.FRACTION_TOLERANCE))


def _currency_or_none(text: str, custom_units: tuple[str, ...]) -> Unit | None:
    try:
        unit = resolve_unit(text, custom_units)
    except FigureError:
        return None
    return unit if unit.dimension.startswith("[currency_") and unit.factor == 1 else None


def _after_an_amount(text: str, article: int) -> bool:
    """Whether the article at `article` follows an amount, so that it means "per", not the number one.

    "$60 a barrel", "50 cents a kilogram" are prices per one unit.
    """
    before = _TOKEN_BEFORE.search(text, max(0, article - _WINDOW), article)
    if before is None:
        return False
    token = before.group(1)
    if token[-1].isdigit() or token[-1] in lexicon.CURRENCY_SIGNS or token[-1] in "%¢":
        return True
    word = token.rstrip(".").casefold()
    if word in lexicon.SCALE_WORDS:
        return True
    try:
        resolve_unit(word, live=False)
    except FigureError:
        return False
    return True


def _attribute_noun_at(text: str, position: int, end: int) -> bool:
    """Whether the word after `position` is a noun a unit may qualify: "figure", "store" ("a US dollar figure")."""
    following = _SPACE_THEN_WORD.match(text, position, end)
    return following is not None and following.group(1).casefold() in lexicon.NOUNS_AFTER_UNIT_AS_ATTRIBUTE


def _one_of_unit(words: str, custom_units: tuple[str, ...]) -> bool:
    """Whether "a" before `words` means one of a unit: a currency or a measure.

    Not a time ("a day" is a period), a counted thing ("a car"), or a word more often a noun than a unit
    ("a foot injury"); a single letter after an article is a letter ("a m", "a t"), never a unit.
    """
    if len(words) < 2 or words.casefold() in lexicon.UNITS_NOT_ONE_AFTER_ARTICLE:
        return False
    try:
        unit = resolve_unit(words, custom_units, live=False)
    except FigureError:
        return False
    return is_measure(unit)


def is_measure(unit: Unit) -> bool:
    """Whether a unit is a currency or a unit of measure (tonnes, kWh): never a count of things or a span of time."""
    if unit.dimension.startswith("[currency_"):
        return True
    return bool(unit.dimension) and not unit.is_counting_unit and unit.dimension != "[time]^1"


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


def _percent_unit() -> Unit:
    return resolve_unit("%")


def plain_digits(text: str) -> str:
    """Fullwidth digits and signs as plain ones, character for character (positions stay where they were)."""
    return text.translate(_FULLWIDTH)


def _check_characters(text: str) -> None:
    """Refuse a figure with an invisible character in it, naming the character and where it stands."""
    if len(text) > MAX_FIGURE_CHARS:
        digits = _LONG_DIGITS.search(text)
        if digits is not None:
            raise FigureError(f"'{digits.group(0)[:20]}…' has more than {MAX_DIGITS} digits: not a figure",
                              digits.start())
        raise FigureError(f"{len(text)} characters is too long for a figure (at most {MAX_FIGURE_CHARS}); "
                          "write the figure alone and put the sentence in 'quote'")
    for offset, character in enumerate(text):
        if character in INVISIBLE:
            raise FigureError(f"an invisible character, U+{ord(character):04X} ({INVISIBLE[character]}), "
                              "stands in the figure; delete it", offset)


# ---------------------------------------------------------------------------------------------------------
# Values


def parse_value(
    text: str, language: str, custom_units: Iterable[str] = (), *, exact: bool = False, strict: bool = False,
    metric_unit: Unit | None = None,
) -> Amount:
    """A stated value: `$533 млн`, `4,5 млн тонн`, `более 130`, `12–15%`, `euro 26 bn`, `a fifth`, `2.3m`."""
    _check_characters(text)
    reader = Reader(plain_digits(text), language, tuple(custom_units), exact, strict=strict,
                    metric_unit=metric_unit)
    return _read_value(reader)


def _read_value(reader: Reader, *, sign: int = 1, lead_at: int | None = None, per_cent: bool = False) -> Amount:
    """A value from the reader's cursor to its end; `sign` -1 when the sentence says it is a decrease."""
    qualifier = reader.qualifier()
    _skip_lead(reader, lead_at)
    qualifier = _trailing_words(reader) or qualifier
    start = reader.pos
    try:
        return _value(reader, qualifier, sign, per_cent=per_cent)
    except FigureError as error:
        if per_cent:
            raise
        reader.pos = start  # each end a value: "between $10 and $20", "$10-$20"
        try:
            ranged = _range_of_values(reader)
        except FigureError:
            if reader.in_range:
                raise
            ranged = None  # no "between": what the figure itself got wrong is the error to show ("15-10%")
        if ranged is None:
            raise error from None
        return ranged


_LEAD_WORD = lazy(rf"(?:{_alternatives(lexicon.CHANGE_LEADS)})\s+", re.IGNORECASE)


def _trailing_words(reader: Reader) -> str | None:
    """Words after the figure that qualify it or name it as a mark; the figure's end moves before them.

    "5 million or more" is at least 5 million; "the 12-million mark" is 12 million ("passed the 12-million
    mark": the qualifier before it makes it a bound). Returns the kind of a qualifier written after the figure.
    """
    kind = None
    for written_kind, pattern in _QUALIFIERS_AFTER.items():
        after = pattern.search(reader.text, reader.pos, reader.end)
        if after is not None:
            reader.end, kind = after.start(), written_kind
            break
    mark = _MARK_AFTER.search(reader.text, reader.pos, reader.end)
    if mark is not None and _A_DIGIT.search(reader.text, reader.pos, mark.start()):
        reader.end = mark.start()
        reader.take(_MARK_BEFORE)
    return kind


def _skip_lead(reader: Reader, lead_at: int | None) -> None:
    """Step over "на"/"by" at `lead_at`: a lead word that belongs to the sentence, not to the figure."""
    if lead_at is not None and reader.pos == lead_at:
        reader.take(_LEAD_WORD)


def _value(reader: Reader, qualifier: str | None, verb_sign: int = 1, *, per_cent: bool = False) -> Amount:
    """`per_cent` when "per cent of" stands before the number: the figure is that many per cent."""
    shown = reader.shown()
    sign = reader.sign() * verb_sign
    reader.skip_spaces()
    fraction = reader.fraction()
    if fraction is not None:
        if per_cent:
            raise reader.fail("a fraction is not a number of per cent")
        if reader.rest() and not _GDP.fullmatch(reader.text, reader.pos, reader.end):
            raise reader.fail(f"unexpected '{reader.rest()}' after the fraction")
        interval = _signed(_qualify(qualifier, reader.fraction_interval(fraction), fraction), sign)
        return Amount(shown, interval, _percent_unit(), qualifier)
    currency = reader.take(CURRENCY_PREFIX)
    times_sign = None if currency else reader.take(_MULTIPLY_SIGN_BEFORE_DIGITS)
    number_at = reader.pos
    magnitude = reader.magnitude(after_currency=currency is not None, multiplier=times_sign is not None)
    if magnitude is None:
        word = WORD.match(reader.text, reader.pos, reader.end)
        if word is not None and _A_DIGIT.search(reader.text, word.end(), reader.end):
            raise FigureError(f"unknown word '{word.group(0)}' before the number; write a qualifier factcheck "
                              "knows (более, около, over, about) or leave the word in 'quote'", word.start())
        raise reader.fail(f"no number in '{shown}'; write it as the article does, e.g. \"$533 млн\"")
    if not currency and not per_cent and (times_sign or _times_tail(reader)):
        # a ratio as a level: "1,2 раза", "1.2 times", "x1.2" on a metric whose unit is `x`
        reader.pos = number_at
        magnitude = reader.magnitude(after_currency=False, multiplier=True)
        assert magnitude is not None  # read once already
        reader.take(TIMES_WORDS)
        if reader.rest():
            raise reader.fail(f"unexpected '{reader.rest()}' after the ratio")
        ratio_interval, ratio_nominal = magnitude
        ratio = _signed(_qualify(qualifier, ratio_interval, ratio_nominal), sign)
        return Amount(shown, ratio, _ratio_unit(), qualifier)
    interval, nominal = magnitude
    cents = Fraction(0)
    unit: Unit | None
    if per_cent:
        if currency or reader.rest():
            raise reader.fail(f"'{shown}' is not a number of per cent")
        unit = _percent_unit()
    elif currency:
        unit = resolve_unit(currency.group(1))
        # a scale word or a currency's name may also follow: "US$ 489 billion", "€ 5 млн евро"
        rest = reader.rest()
        if rest:
            sub_amount = _SUB_AMOUNT.fullmatch(rest)
            if not sub_amount or not unit.dimension.startswith("[currency_"):
                raise reader.fail(f"unexpected '{rest}' after the figure")
            cents = Fraction(int(sub_amount.group(1)), 100)
    elif (points := _percent_tail(reader)) is not None:
        unit = _percent_unit()
        interval, nominal = interval.scaled(points), nominal * points  # 100 bp is 1%
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
    return Amount(shown, base, unit, qualifier)


def _times_tail(reader: Reader) -> bool:
    """Whether the figure ends with "раза", "times": a ratio written as a level."""
    checkpoint = reader.pos
    found = reader.take(TIMES_WORDS) is not None and not reader.rest()
    reader.pos = checkpoint
    return found


def _ratio_unit() -> Unit:
    return resolve_unit("x")


def _percent_tail(reader: Reader) -> Fraction | None:
    """Per cent (how many per cent one written unit is), or None: "%", "pc", "% ВВП", "1.9 pp", "100 bp"."""
    checkpoint = reader.pos
    scale = None
    if reader.take(POINTS_WORDS):  # before per cent: "percentage points" starts with "percentage"
        scale = Fraction(1)
    elif reader.take(BASIS_POINTS_WORDS):
        scale = Fraction(1, 100)
    elif reader.take(PERCENT_ADJECTIVE):  # "3-процентное", "5-per-cent"
        scale = Fraction(1)
        if any(noun.match(reader.text, reader.pos, reader.end) for noun in DIRECTION_NOUN.values()):
            raise reader.fail(f"'{reader.shown()}' is a change (a noun of direction follows the per cent); "
                              "write it as 'change:' with 'since' or 'against'")
    elif reader.take(PERCENT_WORDS):
        scale = Fraction(1)
        if _INDEX_BASELINE.match(reader.text, reader.pos, reader.end):
            raise reader.fail(f"'{reader.shown()}' is an index to a baseline; write it as 'change:' with "
                              "'since' or 'against' (102,3% of last year's level is a change of +2.3%)")
        reader.take(_PERCENT_SUFFIX)
        reader.take(_GDP)
    if scale is None or reader.rest():
        reader.pos = checkpoint
        return None
    return scale


def _currency_again(again: str, written_before: str, sign_before: str) -> bool:
    """Whether a range's second end repeats the currency its first was written with.

    The same sign, or the same prefix standing alone before the first ("US$3 to US$4"; not "$3 to US$4", nor
    "S$" read inside "US$").
    """
    again = "".join(again.split()).casefold()
    if again == sign_before:
        return True
    # the word before the first number, with a sign set apart from its letters joined to them ("US $3")
    words = written_before.casefold().split()
    before = "".join(words[-2:]) if len(words) > 1 and not any(c.isalpha() for c in words[-1]) else "".join(words[-1:])
    return before == again


def _range_of_values(reader: Reader) -> Amount | None:
    """Each end a value: "between $43.6bn and $44.5bn", "between 8.5 million bpd and 8.6 million bpd"."""
    shown, language, custom_units = reader.shown(), reader.language, reader.custom_units
    exact, strict, metric_unit = reader.exact, reader.strict, reader.metric_unit
    body = reader.text[reader.pos : reader.end]
    separator = _RANGE_WORDS.search(body) or _RANGE_SEPARATOR.search(body, 1)
    if separator is None:
        return None
    try:
        low = parse_value(body[: separator.start()], language, custom_units, exact=exact, strict=strict,
                          metric_unit=metric_unit)
        high = parse_value(body[separator.end() :], language, custom_units, exact=exact, strict=strict,
                           metric_unit=metric_unit)
    except FigureError:
        return None
    if (low.unit or DIMENSIONLESS) != (high.unit or DIMENSIONLESS):
        raise FigureError(f"the ends of the range '{shown}' are in different units; write both alike")
    if low.interval.low is not None and high.interval.high is not None and low.interval.low > high.interval.high:
        raise FigureError(f"reversed range '{shown}': write the smaller end first, as the source does")
    return Amount(shown, low.interval.hull(high.interval), low.unit, None)


# ---------------------------------------------------------------------------------------------------------
# Changes


def parse_change(
    text: str, language: str, custom_units: Iterable[str] = (), *, exact: bool = False, strict: bool = False,
    metric_unit: Unit | None = None,
) -> Figure:
    """A stated change: a percentage, a multiplier, a fraction, or an amount of the metric's dimension."""
    _check_characters(text)
    reader = Reader(plain_digits(text), language, tuple(custom_units), exact, strict=strict,
                    metric_unit=metric_unit)
    return _read_change(reader)


def _read_change(reader: Reader, *, decrease: bool = False, lead_at: int | None = None) -> Figure:
    """A change from the reader's cursor to its end; `decrease` when the verb before it says so."""
    shown = reader.shown()
    verb_sign = -1 if decrease else 1  # a verb written in the figure itself wins: "снижение на 5%"
    # words of an amount change come before the qualifiers, where "ниже", "больше" alone bound a figure
    if reader.take(_CHANGE_WORDS_DOWN):
        verb_sign = -1
    elif reader.take(_CHANGE_WORDS_UP):
        verb_sign = 1
    qualifier = reader.qualifier()
    _skip_lead(reader, lead_at)
    qualifier = _trailing_words(reader) or qualifier
    if reader.take(_DECREASE_BEFORE):
        verb_sign = -1
    elif reader.take(_INCREASE_BEFORE):
        verb_sign = 1
    qualifier = qualifier or reader.qualifier()
    ratio = _multiplier(reader, qualifier, decrease=verb_sign < 0)
    if ratio is not None:
        return ratio
    sign = reader.sign() * verb_sign
    reader.take_literal(*(f"{lead} " for lead in lexicon.CHANGE_LEADS))
    qualifier = qualifier or reader.qualifier()
    # the direction may be written after the figure: "a fifth higher", "some 30,000 more", "на 4 млн меньше"
    body_end = reader.end
    for pattern, direction in ((_MORE_AFTER, 1), (_LESS_AFTER, -1)):
        after = pattern.search(reader.text, reader.pos, reader.end)
        if after is not None:
            body_end, sign = after.start(), sign * direction
            break
    checkpoint = reader.pos
    fraction = reader.fraction()
    if fraction is not None:
        if reader.text[reader.pos : body_end].strip():
            raise reader.fail(f"unexpected '{reader.text[reader.pos:body_end].strip()}' after the fraction")
        share = _signed(_qualify(qualifier, reader.fraction_interval(fraction), fraction), sign)
        return Ratio(shown, share.shifted(Fraction(1)), True, qualifier)
    magnitude = reader.magnitude(after_currency=False)
    if magnitude is not None:
        interval, nominal = magnitude
        after_number = reader.pos
        # points before per cent: "percentage points" starts with "percentage"
        for pattern, per_percent in ((POINTS_WORDS, Fraction(1)), (BASIS_POINTS_WORDS, Fraction(1, 100))):
            reader.pos = after_number
            if reader.take(pattern) and not reader.text[reader.pos : body_end].strip():
                points = _signed(_qualify(qualifier, interval, nominal), sign)
                return Amount(shown, points.scaled(per_percent / 100), _percent_unit(), qualifier)
        reader.pos = after_number
        if reader.take(PERCENT_WORDS) and not reader.text[reader.pos : body_end].strip():
            percent = _signed(_qualify(qualifier, interval, nominal), sign)
            return Ratio(shown, percent.scaled(Fraction(1, 100)).shifted(Fraction(1)), True, qualifier)
        reader.pos = after_number
        if reader.take(PERCENT_WORDS) and _INDEX_BASELINE.match(reader.text, reader.pos, body_end) and sign > 0:
            # an index of Russian statistics: "102,3% к уровню прошлого года" is x1.0225..x1.0235; the words after
            # "к" name the baseline, which the claim's `since` or `against` gives
            return Ratio(shown, _qualify(qualifier, interval, nominal).scaled(Fraction(1, 100)), True, qualifier)
        reader.pos = after_number
        if reader.take(PERCENT_ADJECTIVE):  # "3-процентное падение", "5-percent rise"
            direction = 1
            for noun_sign, noun in DIRECTION_NOUN.items():
                written = noun.match(reader.text, reader.pos, body_end)
                if written is not None:
                    reader.pos, direction = written.end(), noun_sign
                    break
            if not reader.text[reader.pos : body_end].strip():
                percent = _signed(_qualify(qualifier, interval, nominal), sign * direction)
                return Ratio(shown, percent.scaled(Fraction(1, 100)).shifted(Fraction(1)), True, qualifier)
    reader.pos = checkpoint
    amount = _rest_as_value(reader, body_end)
    interval = amount.interval
    if qualifier:  # on the magnitude, before the sign: "почти -1,4 млн тонн" is a fall of 1.26–1.4 Mt
        interval = _qualify(qualifier, interval, interval.midpoint or Fraction(0))
    interval = _signed(interval, sign)
    return Amount(shown, interval, amount.unit, qualifier or amount.qualifier)


def _rest_as_value(reader: Reader, body_end: int) -> Amount:
    """The rest of a change, up to `body_end`, read as an amount."""
    if reader.label is None:  # a claims file's figure: an error points into the rest as written
        return parse_value(reader.text[reader.pos : body_end], reader.language, reader.custom_units,
                           exact=reader.exact, strict=reader.strict, metric_unit=reader.metric_unit)
    rest = Reader(reader.text, reader.language, reader.custom_units, reader.exact, strict=reader.strict,
                  metric_unit=reader.metric_unit, end=body_end, label=reader.label)
    rest.pos = reader.pos
    return _read_value(rest)


def _multiplier(reader: Reader, qualifier: str | None, *, decrease: bool = False) -> Ratio | None:
    """x2, ×1.5, в 1,6 раза, в 5 раз, вдвое, 3.5-fold, 6.1 times, doubled, halved, в 4 раза меньше."""
    start = reader.pos
    reader.skip_spaces()
    text, shown = reader.text, reader.shown()
    after_decrease = _DECREASE_AFTER.search(text, reader.pos, reader.end)
    after_increase = None if after_decrease else _INCREASE_AFTER.search(text, reader.pos, reader.end)
    end = after_decrease.start() if after_decrease else (after_increase.start() if after_increase else reader.end)
    decrease = decrease or after_decrease is not None
    if _HALVING.match(text, reader.pos, reader.end):
        return Ratio(shown, _qualify(qualifier, Interval(Fraction(2, 5), Fraction(2, 3)), Fraction(1, 2)),
                     False, qualifier)
    word = WORD.match(text, reader.pos, reader.end)
    if word and word.group(0).casefold() in lexicon.MULTIPLIER_WORDS and not text[word.end() : end].strip():
        factor = Fraction(lexicon.MULTIPLIER_WORDS[word.group(0).casefold()])
        return _ratio(shown, Interval.around(factor, Fraction(1, 2)), factor, qualifier, decrease=decrease)
    signed = reader.take(_MULTIPLY_SIGN)
    if not signed:
        reader.take_literal(*(f"{lead} " for lead in lexicon.TIMES_LEADS))
        qualifier = qualifier or reader.qualifier()
    magnitude = reader.magnitude(after_currency=False, multiplier=True)
    if magnitude is not None:
        interval, nominal = magnitude
        if reader.take(AND_A_HALF):  # "в два с половиной раза": the half is written, so ±0.05
            nominal += Fraction(1, 2)
            interval = Interval.around(nominal, Fraction(1, 20))
        written_as_multiplier = signed or reader.take(TIMES_WORDS) is not None
        if written_as_multiplier and not text[reader.pos : end].strip():
            return _ratio(shown, interval, nominal, qualifier, decrease=decrease)
    reader.pos = start
    return None


def _ratio(shown: str, interval: Interval, nominal: Fraction, qualifier: str | None, *, decrease: bool) -> Ratio:
    if not decrease:
        return Ratio(shown, _qualify(qualifier, interval, nominal), False, qualifier)
    # "в 4 раза меньше" is x1/4 with the precision of the 4; "почти в 4 раза меньше": the factor is 3.6–4
    factor = Interval(nominal * (1 - _TENTH), nominal) if qualifier == "nearly" else _qualify(qualifier, interval,
                                                                                                 nominal)
    low = None if factor.high is None else 1 / factor.high
    high = None if factor.low is None or factor.low <= 0 else 1 / factor.low
    return Ratio(shown, Interval(low, high), False, qualifier)


# ---------------------------------------------------------------------------------------------------------
# Bounds


def parse_bound(
    text: str, language: str, custom_units: Iterable[str] = (), *, exact: bool = False, strict: bool = False,
    metric_unit: Unit | None = None,
) -> Figure:
    """A bound: `> $500 млн`, `< $1 млрд`, `>= x3.5`. The result is the figure's feasible interval."""
    _check_characters(text)
    stripped = plain_digits(text).strip()
    relation = next((symbol for symbol in lexicon.RELATIONS if stripped.startswith(symbol)), None)
    if relation is None:
        raise FigureError(f"bound '{stripped}' needs a relation first: >, >=, < or <=, e.g. \"> $500 млн\"")
    figure_text = stripped[len(relation) :]
    figure: Figure
    if _looks_relative(figure_text, 0, len(figure_text)):
        figure = parse_change(figure_text, language, custom_units, exact=exact, strict=strict,
                              metric_unit=metric_unit)
    else:
        figure = parse_value(figure_text, language, custom_units, exact=exact, strict=strict,
                             metric_unit=metric_unit)
    return _bound(figure, relation, stripped)


_RELATIVE_START = lazy(r"\s*(?:[x×+]|в\s|\d[\d.,]*\s*-?(?:fold|times))")


def _looks_relative(text: str, start: int, end: int) -> bool:
    """Whether the figure after a relation is a multiplier ("> x2", "< в 3 раза"), so read as a change."""
    if _RELATIVE_START.match(text, start, end):
        return True
    written = text[start:end].strip().casefold()
    return any(written.startswith(word) for word in lexicon.MULTIPLIER_WORDS)


def _bound(figure: Figure, relation: str, shown: str) -> Figure:
    """The feasible interval of `figure` after `relation`."""
    lower = relation in (">", ">=", "≥", "=>")
    interval = figure.interval
    feasible = Interval(interval.low, None) if lower else Interval(None, interval.high)
    if isinstance(figure, Ratio):
        return Ratio(shown, feasible, figure.percent, "lower" if lower else "upper")
    return Amount(shown, feasible, figure.unit, "lower" if lower else "upper")


# ---------------------------------------------------------------------------------------------------------
# A figure in running text


def read_in_text(
    text: str, start: int, end: int, language: str, custom_units: tuple[str, ...] = (), *, shown: str,
    change: bool = False, decrease: bool = False, relation: str | None = None, lead_at: int | None = None,
    per_cent: bool = False,
) -> Figure | None:
    """The figure of running text (passed through `plain_digits`) between `start` and `end`, read in place.

    What the sentence says around the figure comes as arguments, never as text added to it: `change` when it
    is written as a change, `decrease` when the verb before it says it fell ("снизился в 4 раза" is x1/4),
    `relation` (">" or "<") when a qualifier makes it a bound, `per_cent` when "per cent of" stands before it,
    and `lead_at`, where a lead word ("на", "by")
    stands that belongs to the sentence. `shown` is the figure as a claims file writes it ("-5%", "более 5%",
    "> $500 млн"): its name, and what is held to a claims file's limits. None when it does not read as a figure:
    a change that does not read as one is read as a value.
    """
    try:
        _check_characters(shown)
    except FigureError:
        return None

    def reader() -> Reader:
        at = Reader(text, language, custom_units, exact=False, end=end, label=shown.strip())
        at.pos = start
        return at

    try:
        if relation is not None:
            at = reader()
            figure: Figure = _read_change(at) if _looks_relative(text, start, end) else _read_value(at)
            return _bound(figure, relation, shown.strip())
        if change:
            return _read_change(reader(), decrease=decrease, lead_at=lead_at)
    except FigureError:
        if relation is not None:
            return None  # a relation sign never reads as a value
    try:
        return _read_value(reader(), sign=-1 if decrease else 1, lead_at=lead_at, per_cent=per_cent)
    except FigureError:
        return None


_PARSERS = {"value": parse_value, "change": parse_change, "bound": parse_bound}


def read_figure(
    form: str, text: str, language: str, custom_units: Iterable[str] = (), *, exact: bool = False,
    metric_unit: Unit | None = None, share_parser: Callable[..., Amount] | None = None,
) -> Figure:
    """A claim's figure in both readings: loose, and strict when it is a round figure (section "Round figures").

    `exact: true` makes the strict reading the only one. A `share` is read by `share_parser`, whose exact
    reading is its strict one.
    """
    units = tuple(custom_units)
    if form == "share" and share_parser is not None:
        loose_share = share_parser(text, language, units, exact=exact)
        if exact or not _may_be_round(text):
            return loose_share
        strict_share = share_parser(text, language, units, exact=True)
        if strict_share.interval == loose_share.interval:
            return loose_share
        return dataclasses.replace(loose_share, strict=strict_share.interval)
    parse = _PARSERS[form]
    loose = parse(text, language, units, exact=exact, metric_unit=metric_unit)
    if exact or not _may_be_round(text):
        return loose
    strict = parse(text, language, units, strict=True, metric_unit=metric_unit)
    if strict.interval == loose.interval:
        return loose
    return dataclasses.replace(loose, strict=strict.interval)


_ZERO_ENDING_A_NUMBER = lazy(r"0(?![.,]?\d)")


def _may_be_round(text: str) -> bool:
    """Whether a figure may hold an integer with trailing zeros ("10", "1 000", "двадцать"), cheaply."""
    if _ZERO_ENDING_A_NUMBER.search(text):
        return True
    return any(lexicon.NUMBER_WORDS.get(word.casefold(), 1) % 10 == 0 for word in WORD.findall(text))


# ---------------------------------------------------------------------------------------------------------
# Numbers as written


def numbers_in(text: str, language: str) -> list[Fraction]:
    """The numbers a figure is written with, scale words aside: "1 млн 84 тыс." -> [1, 84]; вдвое -> [2]."""
    numbers: list[Fraction] = []
    text = plain_digits(text)
    reader = Reader(text, language, (), exact=False)
    while reader.pos < len(text):
        if text[reader.pos].isspace():
            reader.pos += 1  # one step per space: a long run of spaces is crossed once
            continue
        word = WORD.match(text, reader.pos)
        if word and word.group(0).casefold() in lexicon.MULTIPLIER_WORDS:
            numbers.append(Fraction(lexicon.MULTIPLIER_WORDS[word.group(0).casefold()]))
            reader.pos = word.end()
            continue
        start = reader.pos
        try:
            number = reader.number()
        except FigureError:
            number = None
        if number is not None and reader.pos > start:
            numbers.append(number.value)
        else:
            reader.pos = word.end() if word else start + 1
    return numbers
