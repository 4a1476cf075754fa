"""Loading format 1.1 relations: shares (`share` with `of`), formulas of metrics and releases; each bad input
is one line naming the line and column of what is wrong."""

from __future__ import annotations

import json
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.errors import InputError
from factcheck.intervals import Interval
from factcheck.loader import load_claims_file
from tests.conftest import Writer
from tests.conftest import only_load_problem as only_problem

HEADER = """\
factcheck: 1
article: {title: T, published: 2025-10-20, language: ru}
sources:
  stat: {name: Комстат, kind: official}
metrics:
  trade: {name: Товарооборот, unit: USD, flow: true}
  exports: {name: Экспорт, unit: USD, flow: true}
  imports: {name: Импорт, unit: USD, flow: true}
  harvest: {name: Намолот, unit: t, flow: false}
  area: {name: Площадь, unit: hectare, flow: false}
  gdp: {name: ВВП, unit: KZT, flow: true}
"""


def with_metric(line: str, claims: str = "") -> str:
    return HEADER + line + "\nclaims:\n" + (claims or '  - {id: t, metric: trade, period: "2023", value: "$533 млн", '
                                                      "said_by: stat}\n")


def with_claims(claims: str) -> str:
    return HEADER + "claims:\n" + claims


# -- shares


def test_a_share_loads_as_a_fraction_of_its_whole(write: Writer) -> None:
    path = write(with_claims(
        '  - {id: s, metric: exports, period: "2023", share: "3,6% ВВП", of: gdp, said_by: stat}\n'
        '  - {id: t, metric: exports, period: "2023", share: "3,6%", of: gdp, said_by: stat}\n'
        '  - {id: b, metric: exports, period: "2023", share: "< 3%", of: gdp, said_by: stat}\n'
    ))
    claims = load_claims_file(path).claims_by_id
    assert claims["s"].share == claims["t"].share == Interval(Fraction(355, 10000), Fraction(365, 10000))
    assert claims["s"].of_metric == "gdp" and claims["s"].amount is None
    assert claims["b"].share == Interval(None, Fraction(35, 1000))


def test_a_share_of_a_claim_takes_its_period(write: Writer) -> None:
    path = write(with_claims(
        '  - {id: s, metric: exports, share: "70%", of: t, said_by: stat}\n'
        '  - {id: t, metric: trade, period: "2023", value: "$533 млн", said_by: stat}\n'
    ))
    share = load_claims_file(path).claim("s")
    assert (share.of_claim, share.of_metric, share.period_text) == ("t", None, "2023")


def test_a_share_needs_of(write: Writer) -> None:
    path = write(with_claims('  - {id: s, metric: exports, period: "2023", share: "70%", said_by: stat}\n'))
    assert only_problem(path) == (
        13, 54, "claim 's' is a share of nothing; add 'of' (the whole: a metric id, or the id of the claim that "
                "states it)")


def test_of_names_a_metric_or_a_claim(write: Writer) -> None:
    path = write(with_claims('  - {id: s, metric: exports, period: "2023", share: "70%", of: trades, said_by: stat}\n'))
    assert only_problem(path) == (13, 64, "'of' names no metric or claim 'trades'; did you mean 'trade'?")


def test_of_only_applies_to_a_share(write: Writer) -> None:
    path = write(with_claims('  - {id: s, metric: exports, period: "2023", value: "$5 млн", of: trade, '
                             'said_by: stat}\n'))
    assert only_problem(path) == (13, 67, "'of' only applies to a share; claim 's' states a value")


def test_of_a_claim_without_a_value(write: Writer) -> None:
    path = write(with_claims(
        '  - {id: s, metric: exports, period: "2023", share: "70%", of: c, said_by: stat}\n'
        '  - {id: c, metric: trade, period: "2023", change: "+5%", since: P1Y, said_by: stat}\n'
    ))
    assert only_problem(path) == (13, 64, "'of' must name a metric or a claim with a value; 'c' has none")


def test_a_share_of_a_claim_of_another_period_keeps_its_own_period(write: Writer) -> None:
    # format 1.2: "58,4% of the year's plan achieved by July"
    path = write(with_claims(
        '  - {id: s, metric: exports, period: "2023-01/2023-07", share: "58,4%", of: t, said_by: stat}\n'
        '  - {id: t, metric: trade, period: "2023", kind: target, value: "$533 млн", said_by: stat}\n'
    ))
    share = load_claims_file(path).claims_by_id["s"]
    assert (share.period_text, share.of_claim) == ("2023-01/2023-07", "t")


def test_a_share_of_its_own_metric(write: Writer) -> None:
    path = write(with_claims('  - {id: s, metric: trade, period: "2023", share: "70%", of: trade, said_by: stat}\n'))
    assert only_problem(path) == (
        13, 62, "claim 's' is a share of its own metric; 'of' names the whole it is part of")


@pytest.mark.parametrize(("share", "column", "message"), [
    ('"$5 млн"', 54, "cannot read share '$5 млн': a share is a percentage or a fraction word, not a figure in "
                     "USD; write the part's own figure as a value"),
    ('"70"', 54, "cannot read share '70': a share needs its per cent sign (\"15.2%\") or a fraction word "
                 "(\"a fifth\")"),
])
def test_a_share_is_a_percentage(write: Writer, share: str, column: int, message: str) -> None:
    claim = f'  - {{id: s, metric: exports, period: "2023", share: {share}, of: gdp, said_by: stat}}\n'
    path = write(with_claims(claim))
    line, found_column, found = only_problem(path)
    assert (line, found) == (13, message)
    assert found_column is not None and found_column >= column


# -- formulas


def test_parts_are_a_sum_formula(write: Writer) -> None:
    path = write(with_metric("  total: {name: Всего, unit: USD, flow: true, parts: [exports, imports]}"))
    formula = load_claims_file(path).metrics["total"].formula
    assert formula is not None and formula.text == "exports + imports" and formula.is_sum


def test_a_formula_loads(write: Writer) -> None:
    path = write(with_metric('  yield: {name: Урожайность, unit: "t / hectare", flow: false, '
                             'formula: "harvest / area"}'))
    formula = load_claims_file(path).metrics["yield"].formula
    assert formula is not None and formula.metrics == ("harvest", "area")


def test_a_formula_that_cannot_be_read_points_into_it(write: Writer) -> None:
    path = write(with_metric('  net: {name: Сальдо, unit: USD, flow: true, formula: "exports - - "}'))
    assert only_problem(path) == (
        12, 68, "cannot read formula 'exports - -': the formula ends where a metric id or number is expected")


def test_a_formula_names_known_metrics(write: Writer) -> None:
    path = write(with_metric('  net: {name: Сальдо, unit: USD, flow: true, formula: "exports - imprts"}'))
    assert only_problem(path) == (
        12, 66, "unknown metric 'imprts' in the formula of metric 'net'; did you mean 'imports'?")


def test_a_hyphen_without_spaces_is_part_of_an_id(write: Writer) -> None:
    path = write(with_metric('  net: {name: Сальдо, unit: USD, flow: true, formula: "exports-imports"}'))
    assert only_problem(path) == (
        12, 56, "unknown metric 'exports-imports' in the formula of metric 'net'; write spaces around '-' to "
                "subtract")


def test_a_formula_does_not_name_its_own_metric(write: Writer) -> None:
    path = write(with_metric('  net: {name: Сальдо, unit: USD, flow: true, formula: "net - imports"}'))
    assert only_problem(path) == (
        12, 56, "the formula of metric 'net' names the metric itself; write it in terms of other metrics")


def test_a_sum_of_two_dimensions_names_the_term(write: Writer) -> None:
    path = write(with_metric('  mix: {name: Смесь, unit: USD, flow: true, formula: "exports + harvest"}'))
    assert only_problem(path) == (
        12, 65, "the formula of metric 'mix' does not balance: 'harvest' is mass but is added to or subtracted "
                "from currency_USD; terms of a sum need one dimension")


def test_a_formula_gives_the_metric_s_unit(write: Writer) -> None:
    path = write(with_metric('  yield: {name: Урожайность, unit: t, flow: false, formula: "harvest / area"}'))
    assert only_problem(path) == (
        12, 62, "the formula of metric 'yield' gives mass / length^2, but the metric's unit t is mass; fix the "
                "formula or the unit")


def test_parts_and_formula_together(write: Writer) -> None:
    path = write(with_metric('  t2: {name: T, unit: USD, flow: true, parts: [exports], formula: "exports"}'))
    assert only_problem(path) == (
        12, 68, "metric 't2' has both 'parts' and 'formula'; keep one ('parts: [a, b]' is the formula \"a + b\")")


# -- releases


def test_a_release_is_a_date_or_period(write: Writer) -> None:
    path = write(with_claims(
        '  - {id: t, metric: trade, period: "2023", value: "$533 млн", release: 2024-02-01, said_by: stat}\n'
        '  - {id: u, metric: trade, period: "2023", value: "$533 млн", release: 2024-Q2, said_by: stat}\n'
    ))
    claims = load_claims_file(path).claims_by_id
    assert claims["t"].release is not None and claims["t"].release.text == "2024-02-01"
    assert claims["u"].release is not None and claims["u"].release.text == "2024-Q2"


def test_a_release_that_is_no_date(write: Writer) -> None:
    path = write(with_claims(
        '  - {id: t, metric: trade, period: "2023", value: "$533 млн", release: spring, said_by: stat}\n'
    ))
    line, column, message = only_problem(path)
    assert (line, column) == (13, 72)
    assert message.startswith("'release' must be the date (or period) the source published the figure: ")


# -- any text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet="exportsimp -+*/()1.,×x", max_size=40) | st.text(max_size=40))
def test_any_formula_loads_or_is_one_line_input_error(write: Writer, text: str) -> None:
    quoted = json.dumps(text)  # escaped: a raw control character is a YAML error before any figure is read
    path = write(with_metric(f"  net: {{name: Сальдо, unit: USD, flow: true, formula: {quoted}}}"))
    try:
        load_claims_file(path)
    except InputError as error:
        for problem in error.problems:
            assert problem.line is not None and problem.column is not None
            assert problem.message and "\n" not in problem.message


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet="0123456789,.% <>=ВВПof GDPmore than a", max_size=30) | st.text(max_size=30))
def test_any_share_loads_as_a_fraction_or_is_one_line_input_error(write: Writer, text: str) -> None:
    quoted = json.dumps(text)  # escaped: a raw control character is a YAML error before any figure is read
    claim = f'  - {{id: s, metric: exports, period: "2023", share: {quoted}, of: gdp, said_by: stat}}\n'
    path = write(with_claims(claim))
    try:
        share = load_claims_file(path).claim("s").share
    except InputError as error:
        for problem in error.problems:
            assert problem.message and "\n" not in problem.message
        return
    assert share is not None


def test_a_file_may_say_version_1_1(write: Writer) -> None:
    path = write(with_claims('  - {id: t, metric: trade, period: "2023", value: "$533 млн", said_by: stat}\n')
                 .replace("factcheck: 1\n", "factcheck: 1.1\n", 1))
    assert load_claims_file(path).claim("t").text == "$533 млн"
