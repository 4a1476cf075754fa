"""Bad input: every kind gets one line naming file:line:column and what to do; good input loads."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.engine import verify
from factcheck.errors import InputError
from factcheck.loader import load_claims_file
from tests.conftest import HEADER, SHIPPED_CLAIMS, Writer, claims_yaml
from tests.conftest import load_problems as problems
from tests.conftest import only_load_problem as only_problem

CLAIM = '- {id: t, metric: trade, period: "2023", value: "$533 млн", said_by: baq}\n'


def test_shipped_claims_file_loads() -> None:
    claims_file = load_claims_file(SHIPPED_CLAIMS)
    assert claims_file.article.language == "ru"
    assert len(claims_file.claims) == 19
    assert claims_file.claim("trade-2024").said_by.name == "Алмас Аубекеров"


def test_empty_file(write: Writer) -> None:
    assert only_problem(write("")) == (1, 1, "file is empty; a claims file starts with 'factcheck: 1'")


def test_comments_only(write: Writer) -> None:
    assert "only comments" in only_problem(write("# nothing\n"))[2]


def test_yaml_syntax_error_points_at_the_line(write: Writer) -> None:
    line, _, message = only_problem(write("factcheck: 1\nclaims: [\n"))
    assert (line, message.split(":")[0]) == (3, "YAML syntax")


def test_tab_indentation(write: Writer) -> None:
    assert only_problem(write("factcheck: 1\narticle:\n\ttitle: x\n")) == (
        3, 1, "tab character: YAML indents with spaces only; replace the tab"
    )


def test_python_tag_is_never_constructed(write: Writer, tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    path = write(f'!!python/object/apply:os.system ["touch {marker}"]\n')
    line, column, message = only_problem(path)
    assert (line, column) == (1, 1)
    assert message.startswith("unsupported tag 'tag:yaml.org,2002:python/object/apply:os.system'")
    assert not marker.exists()


def test_custom_tag(write: Writer) -> None:
    assert only_problem(write("factcheck: !secret 1\n"))[:2] == (1, 12)


def test_duplicate_key_at_top(write: Writer) -> None:
    assert only_problem(write("factcheck: 1\nfactcheck: 2\n")) == (
        2, 1, "duplicate key 'factcheck' (first at line 1); keep one"
    )


def test_duplicate_key_deep_inside_a_claim(write: Writer) -> None:
    claim = '- id: t\n  metric: trade\n  period: "2023"\n  value: "$533 млн"\n  value: "$1"\n  said_by: baq\n'
    text = claims_yaml(claim)
    line, column, message = only_problem(write(text))
    assert message == "duplicate key 'value' (first at line 17); keep one"
    assert (line, column) == (18, 5)


def test_alias_bomb_is_bounded(write: Writer) -> None:
    rows = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for name, previous in zip("bcdefg", "abcdef", strict=True):
        rows.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    assert "alias bomb" in only_problem(write("\n".join(rows) + "\n"))[2]


def test_recursive_alias(write: Writer) -> None:
    assert "recursive anchor" in only_problem(write("a: &a [*a]\n"))[2]


def test_deep_nesting(write: Writer) -> None:
    assert "nesting too deep" in only_problem(write("a: " + "[" * 3000 + "]" * 3000 + "\n"))[2]


def test_moderately_deep_nesting_beyond_the_builder_limit(write: Writer) -> None:
    assert "nesting deeper than 32 levels" in only_problem(write("a: " + "[" * 40 + "]" * 40 + "\n"))[2]


def test_invalid_utf8_points_at_the_byte(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_bytes(b"factcheck: 1\ntitle: caf\xe9\n")
    assert only_problem(path) == (2, 11, "claims file is not valid UTF-8 (byte 0xe9); save it as UTF-8")


def test_top_level_not_a_mapping(write: Writer) -> None:
    assert only_problem(write("- 1\n- 2\n")) == (
        1, 1, "the top level must be a mapping that starts with 'factcheck: 1'"
    )


def test_missing_version(write: Writer) -> None:
    text = claims_yaml(CLAIM).replace("factcheck: 1\n", "")
    assert only_problem(write(text))[2] == "missing 'factcheck: 1' (the format version) at the top of the file"


def test_unsupported_version(write: Writer) -> None:
    text = claims_yaml(CLAIM).replace("factcheck: 1", "factcheck: 2")
    assert only_problem(write(text)) == (1, 12, "unsupported format version '2'; this factcheck reads version 1 "
                                                "(and 1.1 and 1.2, its supersets)")


def test_missing_required_fields_are_all_reported(write: Writer) -> None:
    text = claims_yaml('- {id: t, metric: trade, value: "$533 млн"}\n')
    messages = [m for _, _, m in problems(write(text))]
    assert messages == [
        "claim 't' needs 'period' (only a target or forecast may be undated)",
        "claim 't' needs 'said_by'",
    ]


def test_invalid_date(write: Writer) -> None:
    text = claims_yaml(CLAIM).replace("published: 2025-10-20", "published: 2025-13-40")
    assert only_problem(write(text)) == (
        4, 14, "'2025-13-40' is not a date; write it as YYYY-MM-DD, e.g. 2025-10-20"
    )


def test_unknown_metric_suggests_the_nearest(write: Writer) -> None:
    text = claims_yaml(CLAIM.replace("metric: trade", "metric: trad"))
    assert only_problem(write(text)) == (14, 21, "unknown metric 'trad'; did you mean 'trade'?")


def test_unknown_source_suggests_the_nearest(write: Writer) -> None:
    text = claims_yaml(CLAIM.replace("said_by: baq", "said_by: bq"))
    assert only_problem(write(text))[2] == "unknown source 'bq'; did you mean 'baq'?"


def test_unknown_against_claim(write: Writer) -> None:
    text = claims_yaml(CLAIM + '- {id: g, metric: trade, period: "2024", change: "+5%", against: tt, said_by: baq}\n')
    assert only_problem(write(text))[2] == "unknown claim 'tt'; did you mean 't'?"


def test_duplicate_claim_ids(write: Writer) -> None:
    assert only_problem(write(claims_yaml(CLAIM + CLAIM))) == (
        15, 10, "duplicate claim id 't' (first at line 14); give each claim its own id"
    )


def test_value_with_change(write: Writer) -> None:
    text = claims_yaml(CLAIM.replace('said_by: baq}', 'change: "+5%", since: P1Y, said_by: baq}'))
    assert only_problem(write(text))[2] == "claim 't' has value and change; keep exactly one"


def test_none_of_value_change_bound(write: Writer) -> None:
    text = claims_yaml('- {id: t, metric: trade, period: "2023", said_by: baq}\n')
    assert only_problem(write(text)) == (14, 5, "claim 't' needs one of 'value', 'change', 'bound' or 'share'")


def test_invalid_period(write: Writer) -> None:
    text = claims_yaml(CLAIM.replace('period: "2023"', 'period: "2023-Q5"'))
    line, column, message = only_problem(write(text))
    assert (line, column) == (14, 37)
    assert message.startswith("'2023-Q5' is not a period; write 2023, 2024-12, 2025-Q3")


def test_period_ending_before_it_starts(write: Writer) -> None:
    text = claims_yaml(CLAIM.replace('period: "2023"', 'period: "2025-08/2025-01"'))
    assert only_problem(write(text))[2] == "period '2025-08/2025-01' ends before it starts"


def test_unparseable_figure_points_into_the_figure(write: Writer) -> None:
    text = claims_yaml(CLAIM.replace('value: "$533 млн"', 'value: "много денег"'))
    line, column, message = only_problem(write(text))
    assert (line, column) == (14, 52)
    assert message.startswith("cannot read value 'много денег': no number in 'много денег'")


def test_unknown_unit_points_at_the_unit(write: Writer) -> None:
    text = claims_yaml(CLAIM.replace('value: "$533 млн"', 'value: "533 млн попугаев"'))
    line, column, message = only_problem(write(text))
    assert message == "cannot read value '533 млн попугаев': unknown unit 'попугаев'"
    assert (line, column) == (14, 52 + len("533 млн "))


def test_english_comma_decimal_is_explained(write: Writer) -> None:
    text = claims_yaml(CLAIM.replace('value: "$533 млн"', 'value: "4,5 million tons", language: en'))
    assert "in English a comma separates thousands; write 4.5 or set language: ru" in only_problem(write(text))[2]


def test_unknown_metric_unit(write: Writer) -> None:
    text = claims_yaml(CLAIM, header=HEADER.replace("unit: Mt", "unit: parrots"))
    assert only_problem(write(text))[2].startswith("unknown unit 'parrots'")


def test_change_without_baseline(write: Writer) -> None:
    text = claims_yaml('- {id: g, metric: trade, period: "2023", change: "+15%", said_by: baq}\n')
    assert only_problem(write(text))[2].startswith("claim 'g' is a change with no baseline; add 'since'")


def test_since_on_a_value(write: Writer) -> None:
    text = claims_yaml(CLAIM.replace("said_by: baq}", 'since: "2022", said_by: baq}'))
    assert only_problem(write(text))[2] == "'since' only applies to a change; claim 't' states a value"


def test_misspelled_key_suggests_the_right_one(write: Writer) -> None:
    text = claims_yaml(CLAIM.replace("said_by:", "sayd_by:"))
    messages = [m for _, _, m in problems(write(text))]
    assert "unknown key 'sayd_by' in a claim; did you mean 'said_by'?" in messages


def test_misspelled_top_level_key(write: Writer) -> None:
    text = claims_yaml(CLAIM).replace("claims:", "claim:")
    messages = [m for _, _, m in problems(write(text))]
    assert "unknown key 'claim' in the claims file; did you mean 'claims'?" in messages


def test_missing_article_text_file(write: Writer) -> None:
    text = claims_yaml(CLAIM).replace("  language: ru\n", "  language: ru\n  text: drafts/missing.md\n")
    line, column, message = only_problem(write(text))
    assert (line, column) == (6, 9)
    assert message.startswith("article text 'drafts/missing.md' not found")


def test_all_problems_of_a_file_are_reported_together(write: Writer) -> None:
    text = claims_yaml(CLAIM.replace("metric: trade", "metric: nope") + CLAIM.replace("id: t", "id: u").replace(
        "said_by: baq", "said_by: nobody"))
    assert len(problems(write(text))) == 2


def test_bom_crlf_and_no_break_spaces_are_valid(tmp_path: Path) -> None:
    text = claims_yaml(CLAIM.replace('"$533 млн"', '"1\u00a0388\u00a0100 тонн"').replace("trade", "cargo"))
    path = tmp_path / "claims.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    claim = load_claims_file(path).claim("t")
    assert claim.amount is not None and claim.amount.low is not None
    assert float(claim.amount.low) == pytest.approx(1.38805)  # 1 388 100: two trailing zeros, ±50 t


def test_folder_and_file_errors_name_the_path(tmp_path: Path) -> None:
    assert only_problem(tmp_path / "nope.yaml") == (None, None, "claims file not found; check the path")


def test_a_number_too_long_to_be_a_figure(write: Writer) -> None:
    text = claims_yaml(CLAIM.replace('value: "$533 млн"', f'value: "{"9" * 5000}"'))
    line, _, message = only_problem(write(text))
    assert line == 14 and "has more than 30 digits: not a figure" in message


_FIGURE_ALPHABET = "0123456789 ,.-–+%$€₸xх×вна рразмлнтысдолларовтоннmillionbn>=<≥~около"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=_FIGURE_ALPHABET, max_size=30), st.sampled_from(["value", "change", "bound"]))
def test_any_figure_text_loads_or_is_a_clear_input_error(tmp_path_factory: pytest.TempPathFactory, figure: str,
                                                         form: str) -> None:
    escaped = figure.replace("\\", "\\\\").replace('"', '\\"')
    baseline = ', since: P1Y' if form == "change" else ""
    text = claims_yaml(f'- {{id: t, metric: trade, period: "2023", {form}: "{escaped}"{baseline}, said_by: baq}}\n')
    path = tmp_path_factory.mktemp("fuzz") / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        verify([path])
    except InputError as error:
        assert all(p.line is not None for p in error.problems)



def test_a_character_yaml_refuses_is_named_at_its_place(write: Writer) -> None:
    path = write('factcheck: 1\narticle: {title: "Рост\x7f"}\n')
    assert only_problem(path) == (2, 23, "character U+007F is not allowed in YAML; delete it or write it as an "
                                         "escape inside double quotes")
