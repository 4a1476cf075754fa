"""The CI formats: each validates against its official schema, and renders the findings editors need."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.engine import verify
from factcheck.findings import Report
from factcheck.reporters import renderer
from factcheck.reporters.github_report import escape_data, escape_property
from factcheck.rules import RULES
from tests.conftest import SHARED, SHIPPED_CLAIMS, claims_yaml

SCHEMAS = SHARED / "schemas"
needs_schemas = pytest.mark.skipif(not SCHEMAS.is_dir(), reason="the shared schemas are not present")


def seed_report(**kwargs: object) -> Report:
    return verify([SHIPPED_CLAIMS], **kwargs)  # type: ignore[arg-type]


def reviewed_report(tmp_path: Path) -> Report:
    text = SHIPPED_CLAIMS.read_text(encoding="utf-8") + (
        "\nreviews:\n  - {finding: c97467f73d32, status: accepted, by: \"A. Editor\", date: 2025-10-20,"
        " note: \"2023 is the official figure\"}\n"
    )
    path = tmp_path / "reviewed.yaml"
    path.write_text(text, encoding="utf-8")
    return verify([path])


@needs_schemas
@pytest.mark.parametrize("schema_name", ["sarif-2.1.0.json", "sarif-2.1.0-draft07.json"])
def test_sarif_is_valid_against_the_official_schema(schema_name: str, tmp_path: Path) -> None:
    import jsonschema

    schema = json.loads((SCHEMAS / schema_name).read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema, format_checker=jsonschema.FormatChecker())
    for report in (seed_report(), reviewed_report(tmp_path)):
        errors = sorted(validator.iter_errors(json.loads(renderer("sarif")(report))), key=str)
        assert errors == []


def test_sarif_meets_github_code_scanning(tmp_path: Path) -> None:
    log = json.loads(renderer("sarif")(reviewed_report(tmp_path)))
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert len(rules) == len(RULES)
    for rule in rules:
        assert rule["id"] and rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert rule["help"]["text"] and len(rule["fullDescription"]["text"]) <= 1024
    assert rules[0]["defaultConfiguration"]["level"] == "error"
    results = run["results"]
    assert len(results) == 15
    first = results[0]
    assert first["ruleId"] == "period-conflict" and first["level"] == "error"
    assert first["message"]["text"].startswith("$533 млн is given for both 2023")
    region = first["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (28, 5)
    assert first["partialFingerprints"]["factcheck/v1"] == "885bb51f6081"
    assert first["suppressions"][0]["kind"] == "external"
    assert "A. Editor" in first["suppressions"][0]["justification"]
    assert "suppressions" not in results[1]
    assert {r["level"] for r in results} == {"error", "warning"}


def test_github_annotations_escape_and_respect_the_limits(tmp_path: Path) -> None:
    claims = "".join(
        f'- {{id: c{n}, metric: cargo, period: "20{10 + n}", value: "{n},{n} млн тонн", said_by: baq}}\n'
        for n in range(1, 10)
    ) + "".join(f'- {{id: e{n}, metric: trade, period: "2{n:03d}", value: "$1 млрд", said_by: stat}}\n'
                for n in range(30, 43))
    path = tmp_path / "many, with: comma.yaml"
    path.write_text(claims_yaml(claims), encoding="utf-8")
    lines = renderer("github")(verify([path], fail_on="warning")).splitlines()
    assert sum(line.startswith("::error ") for line in lines) <= 10
    assert sum(line.startswith("::warning ") for line in lines) == 10
    assert lines[-1].startswith("::notice title=factcheck::") and "more not annotated" in lines[-1]
    annotated = next(line for line in lines if line.startswith("::warning "))
    assert "file=" + escape_property(str(path)) in annotated and "%2C with%3A comma" in annotated
    assert escape_data("50% of\nall\r") == "50%25 of all "  # one line: a line break is one space


def test_markdown_comment_has_summary_claims_and_intervals(tmp_path: Path) -> None:
    markdown = renderer("markdown")(reviewed_report(tmp_path))
    assert markdown.startswith("## factcheck\n\n**4 findings fail the check** (fail on: error).")
    assert "| file | errors | warnings | info | reviewed |" in markdown
    assert "### ERROR `change-mismatch`" in markdown
    assert "| `cargo-2022` | 3,2 млн тонн | 2022 | BAQ.KZ (outlet) | nobody |" in markdown
    assert "- stated: +62%: +61.5% to +62.5%" in markdown
    assert "reviewed (accepted) by A. Editor" in markdown


def test_json_document_matches_its_published_schema(tmp_path: Path) -> None:
    import jsonschema

    schema = json.loads((Path(__file__).parent.parent / "docs" / "factcheck-report.schema.json").read_text(
        encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema)
    for report in (seed_report(), reviewed_report(tmp_path), verify([SHIPPED_CLAIMS], select=["unsourced"])):
        assert sorted(validator.iter_errors(json.loads(renderer("json")(report))), key=str) == []
