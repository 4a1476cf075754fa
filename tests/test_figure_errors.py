"""Figures that cannot be read as printed: one line each, with the line and column of the trouble, exit 2.

Also what loads: units with spellings, rates summed over a period, fullwidth digits.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.loader import load_claims_file
from factcheck.quantities import Amount
from tests.conftest import HEADER, Writer
from tests.conftest import only_load_problem as only_problem

CLAIM_LINE = 14  # the first claim's line after HEADER and "claims:"


def claim_file(write: Writer, claim: str, header: str = HEADER) -> Path:
    return write(header + "claims:\n  " + claim + "\n")


def column_of(claim: str, written: str) -> int:
    """1-based column of `written` on the claim's line ("  " + claim)."""
    return 2 + claim.index(written) + 1


@pytest.mark.parametrize(
    ("form", "figure", "language", "at", "message"),
    [
        ("value", "700,0000 bpd", "en", "700",
         "'700,0000' is a misprint: a comma groups thousands in three digits, not 4"),
        ("value", "1,2,3", "en", "1,2,3",
         "'1,2,3' is a misprint: a comma groups thousands in three digits, not 1"),
        ("value", "1,2,3", "ru", "1,2,3", "'1,2,3' is a misprint: more than one decimal mark"),
        ("value", "15-10%", "ru", "-10%",
         "reversed range: '15' is more than what follows; write the smaller end first"),
        ("change", "в 5-3 раза", "ru", "-3", "reversed range"),
        ("value", "$5\u200b33 млн", "ru", "\u200b",
         "an invisible character, U+200B (zero-width space), stands in the figure"),
        ("value", "$533\u200f млн", "ru", "\u200f", "U+200F (right-to-left mark)"),
        ("value", "5\ufeff00 тонн", "ru", "\ufeff", "U+FEFF (byte order mark)"),
        ("value", "5 t/0", "en", "t/0", "unknown unit 't/0'"),
        ("value", "5 m^0", "en", "m^0", "unknown unit 'm^0'"),
        ("value", "5 попугаев", "ru", "попугаев", "unknown unit 'попугаев'"),
    ],
)
def test_a_misprint_is_one_line_at_its_place(
    write: Writer, form: str, figure: str, language: str, at: str, message: str
) -> None:
    baseline = ', since: "2022"' if form == "change" else ""
    claim = (f'- {{id: t, metric: cargo, period: "2023", {form}: "{figure}"{baseline}, language: {language}, '
             'said_by: baq}')
    line, column, problem = only_problem(claim_file(write, claim))
    assert (line, column) == (CLAIM_LINE, column_of(claim, at))
    assert problem.startswith(f"cannot read {form} '{figure.strip()}': ") and message in problem


def test_a_misprinted_change_is_refused_too(write: Writer) -> None:
    claim = ('- {id: t, metric: cargo, period: "2023", change: "+700,0000 bpd", since: "2022", language: en, '
             'said_by: baq}')
    line, column, problem = only_problem(claim_file(write, claim))
    assert (line, column) == (CLAIM_LINE, column_of(claim, "700,"))
    assert "is a misprint" in problem


def test_an_empty_quote_is_an_error(write: Writer) -> None:
    claim = '- {id: t, metric: cargo, period: "2023", value: "5 млн тонн", said_by: baq, quote: ""}'
    assert only_problem(claim_file(write, claim)) == (
        CLAIM_LINE, column_of(claim, '""') + 1,
        "claim 't' has an empty quote; copy the fragment of the article that carries the figure, or remove 'quote'",
    )


def test_a_rate_on_a_flow_metric_needs_its_period(write: Writer) -> None:
    claim = '- {id: t, metric: cargo, kind: target, value: "10 млн тонн в год", said_by: baq}'
    line, column, problem = only_problem(claim_file(write, claim))
    assert (line, column) == (CLAIM_LINE, column_of(claim, '10 млн'))
    assert problem == ("claim 't' gives a rate (10 млн тонн в год) on the flow metric 'cargo'; add the 'period' it "
                       "runs over, so it can be summed, or state the figure in the metric's unit")


def test_a_rate_on_a_flow_metric_is_summed_over_its_period(write: Writer) -> None:
    claims = load_claims_file(claim_file(
        write, '- {id: t, metric: cargo, period: "2015-09", value: "30 тыс. тонн в сутки", said_by: baq}'
    ))
    figure = claims.claim("t").figure
    assert isinstance(figure, Amount)
    assert claims.claim("t").amount is not None
    # 25..35 thousand tonnes a day over 30 days, in kilograms; strictly 29.5..30.5 thousand a day
    assert claims.claim("t").amount == figure.in_unit(claims.metrics["cargo"].unit)
    assert figure.interval.low == Fraction(25_000 * 30 * 1000) and figure.interval.high == Fraction(35_000 * 30 * 1000)
    assert figure.strict is not None and figure.strict.low == Fraction(29_500 * 30 * 1000)


def test_a_rate_metric_takes_rates(write: Writer) -> None:
    header = HEADER.replace("  cargo: {name: \"Перевозки\", unit: Mt, flow: true}",
                            "  cargo: {name: \"Добыча\", unit: barrel/day, flow: false}")
    claims = load_claims_file(claim_file(write, '- {id: t, metric: cargo, period: "2015-09", '
                                                'value: "10,74 млн баррелей в сутки", said_by: baq}', header))
    assert claims.claim("t").amount is not None


def test_units_with_spellings(write: Writer) -> None:
    header = HEADER + 'units: {ДФЭ: [TEU, "TEU-эквивалент"], wagon-km: ~}\n'
    header = header.replace("unit: Mt", "unit: ДФЭ")
    claims = load_claims_file(claim_file(write, '- {id: t, metric: cargo, period: "2023", '
                                                'value: "5 тыс. TEU-эквивалент", said_by: baq}', header))
    assert claims.claim("t").amount is not None


def test_units_spellings_must_be_words(write: Writer) -> None:
    header = HEADER + "units: {ДФЭ: {a: b}}\n"
    line, _, problem = only_problem(claim_file(
        write, '- {id: t, metric: trade, period: "2023", value: "$5 млн", said_by: baq}', header
    ))
    assert line == CLAIM_LINE - 1 and problem == "the spellings of unit 'ДФЭ' must be a list of words, e.g. [TEU, ДФЭ]"


def test_fullwidth_digits_read_as_digits(write: Writer) -> None:
    claims = load_claims_file(claim_file(
        write, '- {id: t, metric: trade, period: "2023", value: "$５３３ млн", said_by: baq}'
    ))
    amount = claims.claim("t").amount
    assert amount is not None and amount.low == Fraction(5325, 10) * 10**6


def test_a_misprint_exits_2_with_one_line_and_no_traceback(write: Writer) -> None:
    claim = '- {id: t, metric: cargo, period: "2023", value: "5 t/0", language: en, said_by: baq}'
    path = claim_file(write, claim)
    result = CliRunner().invoke(app, ["verify", str(path)])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.output and ": error: cannot read value '5 t/0'" in lines[0]
