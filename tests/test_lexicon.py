"""The lexicon is the one source of spellings: every entry is read, and no figure text breaks the reader."""

from __future__ import annotations

import contextlib
import json
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import lexicon
from factcheck.errors import InputError
from factcheck.intervals import Interval
from factcheck.loader import load_claims_text
from factcheck.quantities import Amount, FigureError, Ratio, parse_bound, parse_change, parse_value
from factcheck.units import resolve_unit, unit_from_registry
from tests.conftest import HEADER

F = Fraction


def language_of(word: str) -> str:
    return "ru" if any("а" <= ch <= "я" or ch == "ё" for ch in word.casefold()) else "en"


@pytest.mark.parametrize(("word", "power"), sorted(lexicon.SCALE_WORDS.items()))
def test_every_scale_word_scales(word: str, power: int) -> None:
    figure = parse_value(f"5 {word}", language_of(word))
    assert figure.interval == Interval(F(45, 10) * 10**power, F(55, 10) * 10**power)


@pytest.mark.parametrize(("letter", "power"), sorted(lexicon.SCALE_LETTERS.items()))
def test_every_scale_letter_scales_after_a_currency(letter: str, power: int) -> None:
    figure = parse_value(f"$5{letter}", "en")
    assert figure.interval == Interval(F(45, 10) * 10**power, F(55, 10) * 10**power)


@pytest.mark.parametrize(("word", "value"), sorted(lexicon.NUMBER_WORDS.items()))
def test_every_number_word_is_a_number(word: str, value: int) -> None:
    language = language_of(word)
    if word in ("a", "an"):  # the number one only before a scale word: "a million"
        assert parse_value(f"{word} million", language).interval.low == F(5, 10) * 10**6
        return
    figure = parse_value(word, language, exact=True)
    assert figure.interval == Interval(F(value) - F(1, 2), F(value) + F(1, 2))


@pytest.mark.parametrize(("word", "value"), sorted(lexicon.FRACTION_WORDS.items()))
def test_every_fraction_word_is_its_share_within_a_tenth(word: str, value: Fraction) -> None:
    figure = parse_value(word, language_of(word))
    assert figure.interval == Interval(value * F(9, 10), value * F(11, 10))
    assert parse_value(word, language_of(word), exact=True).interval == Interval(value, value)


@pytest.mark.parametrize(("word", "factor"), sorted(lexicon.MULTIPLIER_WORDS.items()))
def test_every_multiplier_word_multiplies(word: str, factor: int) -> None:
    figure = parse_change(word, language_of(word))
    assert isinstance(figure, Ratio) and figure.interval == Interval(F(factor) - F(1, 2), F(factor) + F(1, 2))


@pytest.mark.parametrize("word", lexicon.HALVING_WORDS)
def test_every_halving_word_halves(word: str) -> None:
    figure = parse_change(word, language_of(word))
    assert isinstance(figure, Ratio) and figure.interval == Interval(F(2, 5), F(2, 3))


@pytest.mark.parametrize("word", [w for w in lexicon.TIMES_WORDS if w not in ("x", "×")])
def test_every_times_word_follows_a_number(word: str) -> None:
    spaced = "" if word.startswith("-") or word == "fold" else " "
    figure = parse_change(f"в 3{spaced}{word}" if language_of(word) == "ru" else f"3{spaced}{word}",
                          language_of(word))
    assert isinstance(figure, Ratio) and figure.interval == Interval(F(25, 10), F(35, 10))


@pytest.mark.parametrize("word", lexicon.DECREASE_AFTER)
def test_every_decrease_word_turns_a_factor_below_one(word: str) -> None:
    text = f"в 4 раза {word}" if language_of(word) == "ru" else f"4 times {word}"
    assert parse_change(text, language_of(word)).interval == Interval(1 / F(45, 10), 1 / F(35, 10))


@pytest.mark.parametrize("word", lexicon.DECREASE_BEFORE)
def test_every_decrease_verb_turns_a_factor_below_one(word: str) -> None:
    text = f"{word} в 4 раза" if language_of(word) == "ru" else f"{word} fourfold"
    assert parse_change(text, language_of(word)).interval == Interval(1 / F(45, 10), 1 / F(35, 10))


@pytest.mark.parametrize(("kind", "phrase"),
                         [(kind, phrase) for kind, phrases in lexicon.QUALIFIERS.items() for phrase in phrases])
def test_every_qualifier_shapes_a_figure(kind: str, phrase: str) -> None:
    language = language_of(phrase)
    if kind == "range":
        joiner = "и" if language == "ru" and phrase == "между" else ("до" if language == "ru" else "and")
        joiner = "to" if phrase in ("from", "in the range of") else joiner
        assert parse_value(f"{phrase} 5 {joiner} 7", language).interval == Interval(F(45, 10), F(75, 10))
        return
    interval = parse_value(f"{phrase} 50,5", "ru").interval
    expected = {
        "lower": Interval(F(5045, 100), None), "upper": Interval(None, F(5055, 100)),
        "about": Interval(F(4545, 100), F(5555, 100)), "nearly": Interval(F(4545, 100), F(5055, 100)),
    }[kind]
    assert interval == expected


@pytest.mark.parametrize("word", lexicon.PERCENT_WORDS)
def test_every_percent_word_is_per_cent(word: str) -> None:
    spaced = "" if len(word) == 1 or word == "pc" else " "
    figure = parse_value(f"5{spaced}{word}", language_of(word))
    assert figure.unit is not None and figure.unit.name == "percent"


@pytest.mark.parametrize(("word", "per_percent"),
                         [(w, F(1)) for w in lexicon.PERCENTAGE_POINT_WORDS]
                         + [(w, F(1, 100)) for w in lexicon.BASIS_POINT_WORDS])
def test_every_points_word_is_a_change_in_percent(word: str, per_percent: Fraction) -> None:
    figure = parse_change(f"+50 {word}", language_of(word))
    assert isinstance(figure, Amount)
    assert figure.interval == Interval(F(45, 100) * per_percent, F(55, 100) * per_percent)


@pytest.mark.parametrize(("spelling", "time"),
                         [(s, t) for t, spellings in lexicon.RATE_TIMES.items() for s in spellings])
def test_every_rate_word_makes_a_rate(spelling: str, time: str) -> None:
    gap = "" if spelling.startswith("/") else " "
    figure = parse_value(f"5 тонн{gap}{spelling}", "ru")
    assert figure.unit is not None and figure.unit.per == time


@pytest.mark.parametrize("spelling", sorted(lexicon.RATE_ABBREVIATIONS))
def test_every_rate_abbreviation_makes_a_rate(spelling: str) -> None:
    figure = parse_value(f"5 {spelling}", "en")
    assert figure.unit is not None and figure.unit.per == "day" and figure.unit.counted.name == "oil_barrel"


@pytest.mark.parametrize(("name", "spelling"),
                         [(n, s) for n, spellings in lexicon.COUNTING_UNITS.items() for s in spellings])
def test_every_spelling_of_a_counting_unit_counts_it(name: str, spelling: str) -> None:
    figure = parse_value(f"5 {spelling}", language_of(spelling))
    assert figure.unit is not None and figure.unit.name == name


@pytest.mark.parametrize(("spelling", "name"), sorted(lexicon.UNIT_SPELLINGS.items()))
def test_every_unit_spelling_names_its_unit(spelling: str, name: str) -> None:
    expected = resolve_unit(name) if name in lexicon.ISO_CODES else unit_from_registry(name)
    assert resolve_unit(spelling) == expected


@pytest.mark.parametrize(("sign", "code"), sorted({**lexicon.CURRENCY_SIGNS, **lexicon.CURRENCY_PREFIXES}.items()))
def test_every_currency_sign_and_prefix_comes_before_the_number(sign: str, code: str) -> None:
    figure = parse_value(f"{sign}5", "en")
    assert figure.unit is not None and figure.unit.dimension == resolve_unit(code).dimension


@pytest.mark.parametrize("word", lexicon.CURRENCY_WORDS_BEFORE)
def test_every_currency_word_may_come_before_the_number(word: str) -> None:
    figure = parse_value(f"{word} 5", language_of(word))
    assert figure.unit is not None and figure.unit.dimension.startswith("[currency_")


def test_the_unit_index_holds_every_spelling_target() -> None:
    index = json.loads((Path(lexicon.__file__).with_name("unit_index.json")).read_text(encoding="utf-8"))
    missing = {name for name in lexicon.UNIT_SPELLINGS.values() if name not in index and name not in lexicon.ISO_CODES}
    assert not missing, "regenerate unit_index.json with `python -m factcheck.units`"


# -- any figure text: a figure, or one input error; never an exception

_PIECES = st.sampled_from([
    *lexicon.SCALE_WORDS, *lexicon.SCALE_LETTERS, *lexicon.CURRENCY_SIGNS, *lexicon.CURRENCY_PREFIXES,
    *lexicon.MULTIPLIER_WORDS, *lexicon.FRACTION_WORDS, *lexicon.PERCENT_WORDS, *lexicon.BASIS_POINT_WORDS,
    *lexicon.TIMES_WORDS, *lexicon.RELATIONS, *(p for ps in lexicon.QUALIFIERS.values() for p in ps),
    *(s for ss in lexicon.RATE_TIMES.values() for s in ss), *list(lexicon.UNIT_SPELLINGS)[:60],
    "5", "10", "1,5", "700,0000", "1 000", "2.3", "-", "+", "–", "/", "^0", "/0", " ", "\u200b", "５", "e9", "1e400",
])
FIGURE_TEXTS = st.one_of(
    st.lists(_PIECES, min_size=1, max_size=6).map(" ".join),
    st.lists(_PIECES, min_size=1, max_size=6).map("".join),
    st.text(max_size=40),
)


@settings(max_examples=400, deadline=None)
@given(FIGURE_TEXTS, st.sampled_from(["ru", "en"]), st.sampled_from([parse_value, parse_change, parse_bound]))
def test_any_figure_text_reads_or_is_a_figure_error(text: str, language: str, parse: object) -> None:
    with contextlib.suppress(FigureError):  # anything else fails the test
        parse(text, language)  # type: ignore[operator]


@settings(max_examples=60, deadline=None)
@given(FIGURE_TEXTS, st.sampled_from(["value", "change", "bound"]))
def test_any_figure_text_loads_or_is_an_input_error_of_one_line_each(text: str, form: str) -> None:
    figure = json.dumps(text)  # escaped, so the figure parser sees the text whatever YAML allows raw
    baseline = ', since: "2022"' if form != "value" else ""
    claims = f'claims:\n  - {{id: t, metric: cargo, period: "2023", {form}: {figure}{baseline}, said_by: baq}}\n'
    try:
        load_claims_text(Path("claims.yaml"), HEADER + claims)
    except InputError as error:
        assert error.problems and all("\n" not in problem.message for problem in error.problems)
        assert all(problem.line == 14 for problem in error.problems)


MONTH_SPELLINGS = [
    (number, spelling)
    for number, (stem, endings, name, short) in enumerate(lexicon.MONTHS, start=1)
    for spelling in (*(stem + ending for ending in endings), name, name.title(), *short, *(s + "." for s in short))
]


@pytest.mark.parametrize(("number", "spelling"), MONTH_SPELLINGS)
def test_every_month_spelling_names_its_month_and_makes_a_date_not_a_figure(number: int, spelling: str) -> None:
    from factcheck.extract.periods import month_number
    from factcheck.figures import find_figures

    assert month_number(spelling) == number
    language = language_of(spelling)
    assert find_figures(f"Это случилось 12 {spelling} прошлого года.", language) == []
    if spelling.isalpha():  # a word that only begins like a month is no date: "12 мартовских машин"
        assert [f.text for f in find_figures(f"Продано 12 {spelling}ских машин.", language)] == ["12"]


def test_every_noun_standing_for_a_measure_is_a_weak_subject() -> None:
    # read as a subject, "Спад составил 8,1%" would name a metric "спад": each such noun must be weak, so the
    # metric reader passes over it to the measure it stands for
    assert set(lexicon.ANAPHORIC_MEASURE_NOUNS) <= lexicon.WEAK_SUBJECT_WORDS
