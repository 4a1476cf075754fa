"""Formulas of derived metrics: read by a bounded parser, dimension-checked, evaluated on intervals."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.formulas import (
    MAX_DEPTH,
    MAX_LENGTH,
    Formula,
    FormulaError,
    dimension_of,
    evaluate,
    formula_dimension,
    parse_formula,
)
from factcheck.intervals import Interval


def test_precedence_and_parentheses() -> None:
    values = {"a": Interval(Fraction(2), Fraction(2)), "b": Interval(Fraction(3), Fraction(3)),
              "c": Interval(Fraction(4), Fraction(4))}
    assert evaluate(parse_formula("a + b * c"), values) == Interval(Fraction(14), Fraction(14))
    assert evaluate(parse_formula("(a + b) * c"), values) == Interval(Fraction(20), Fraction(20))
    assert evaluate(parse_formula("a - b - c"), values) == Interval(Fraction(-5), Fraction(-5))
    assert evaluate(parse_formula("c / a / 2"), values) == Interval(Fraction(1), Fraction(1))
    assert evaluate(parse_formula("-a + 10"), values) == Interval(Fraction(8), Fraction(8))


def test_hyphenated_ids_are_one_metric_and_subtraction_needs_spaces() -> None:
    formula = parse_formula("uk-immigration - uk-emigration")
    assert formula.metrics == ("uk-immigration", "uk-emigration")
    assert not formula.is_sum
    assert parse_formula("a-b").metrics == ("a-b",)


def test_sums_of_metrics_are_sums() -> None:
    assert parse_formula("a + b + c").is_sum
    assert not parse_formula("a + 2").is_sum
    assert Formula.sum_of(("exports", "imports")).metrics == ("exports", "imports")
    assert Formula.sum_of(("exports", "imports")).text == "exports + imports"


def test_interval_arithmetic_keeps_every_rounding() -> None:
    harvest = Interval(Fraction(315, 10), None)  # "более 32 млн т" read as a lower bound
    area = Interval(Fraction(1125, 100), Fraction(1135, 100))
    low = Fraction(315, 10)
    assert evaluate(parse_formula("h / a"), {"h": harvest, "a": area}) == Interval(low / Fraction(1135, 100), None)
    assert evaluate(parse_formula("h / a"), {"h": area, "a": Interval(Fraction(-1), Fraction(1))}) is None
    assert evaluate(parse_formula("h - a"), {"h": harvest, "a": area}) == Interval(low - Fraction(1135, 100), None)


@pytest.mark.parametrize(("text", "offset", "message"), [
    ("", 0, "the formula is empty"),
    ("a b", 2, "unexpected 'b'; an operator is missing"),
    ("(a + b", 6, "the parenthesis opened at character 1 is never closed"),
    ("a +", 3, "the formula ends where a metric id or number is expected"),
    ("a + * b", 4, "'*' where a metric id or number is expected"),
    ("a ^ 2", 2, "unexpected '^'"),
    ("a * 1,5", 5, "write decimals in a formula with a point"),
    (")", 0, "')' where a metric id or number is expected"),
])
def test_bad_formulas_say_what_and_where(text: str, offset: int, message: str) -> None:
    with pytest.raises(FormulaError) as caught:
        parse_formula(text)
    assert message in str(caught.value)
    assert caught.value.offset == offset


def test_nesting_and_length_are_bounded() -> None:
    with pytest.raises(FormulaError, match="nested deeper"):
        parse_formula("(" * (MAX_DEPTH + 1) + "a" + ")" * (MAX_DEPTH + 1))
    with pytest.raises(FormulaError, match="nested deeper"):
        parse_formula("-" * 500 + "a")
    with pytest.raises(FormulaError, match="longer than"):
        parse_formula("a + " * MAX_LENGTH + "a")
    assert parse_formula("(" * (MAX_DEPTH - 1) + "a" + ")" * (MAX_DEPTH - 1)).metrics == ("a",)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab-+*/().12 x,×−", max_size=60) | st.text(max_size=60))
def test_any_formula_text_parses_or_is_a_clear_error(text: str) -> None:
    try:
        formula = parse_formula(text)
    except FormulaError as error:
        assert str(error) and "\n" not in str(error)
        assert 0 <= error.offset <= len(text)
        return
    assert all(term.metric for term in formula.terms)


def test_dimensions_multiply_divide_and_must_agree_in_sums() -> None:
    units = {"harvest": "[mass]^1", "area": "[length]^2", "exports": "[currency_USD]^1", "tonnes": "[mass]^1"}

    def dimension(metric: str) -> tuple[tuple[str, Fraction], ...]:
        return dimension_of(units[metric])

    assert formula_dimension(parse_formula("harvest / area"), dimension) == dimension_of("[length]^-2*[mass]^1")
    assert formula_dimension(parse_formula("2 * (harvest + tonnes)"), dimension) == dimension_of("[mass]^1")
    with pytest.raises(FormulaError) as caught:
        formula_dimension(parse_formula("harvest + exports"), dimension)
    assert str(caught.value) == ("'exports' is currency_USD but is added to or subtracted from mass; terms of a "
                                 "sum need one dimension")
    assert caught.value.offset == len("harvest + ")
