"""The claims file's JSON Schema (factcheck/claims-file.schema.json, copied to docs/): in step with the loader, and
every real claims file validates with it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from factcheck import loader, model, quantities
from factcheck.article import ArticleText
from factcheck.claims_writer import render_claims_file
from factcheck.extract import extract
from tests.conftest import PROJECT, SHARED, SHIPPED_CLAIMS, claims_yaml

SCHEMA_PATH = PROJECT / "factcheck" / "claims-file.schema.json"  # the one source; docs/ holds a copy
SCHEMA: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
CORPUS = sorted(p for p in (SHARED / "corpus").glob("*.yaml") if not p.name.endswith(".expected.yaml"))


class _EditorLoader(yaml.SafeLoader):
    """YAML as the editor's language server reads it (YAML 1.2): dates stay text."""


_EditorLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _errors(text: str) -> list[str]:
    validator = jsonschema.Draft7Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    document = yaml.load(text, Loader=_EditorLoader)
    return sorted(f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(document))


def _properties(definition: str) -> set[str]:
    node = SCHEMA if definition == "top" else SCHEMA["definitions"][definition]
    return set(node["properties"])


def test_the_schema_is_a_valid_draft_07_schema() -> None:
    jsonschema.Draft7Validator.check_schema(SCHEMA)


@pytest.mark.parametrize(("constant", "definition"), [
    ("TOP_KEYS", "top"), ("ARTICLE_KEYS", "article"), ("SOURCE_KEYS", "source"), ("METRIC_KEYS", "metric"),
    ("CLAIM_KEYS", "claim"), ("REVIEW_KEYS", "review"),
])
def test_every_key_the_loader_knows_is_in_the_schema(constant: str, definition: str) -> None:
    known = set(getattr(loader, constant))
    assert known <= _properties(definition), f"add {sorted(known - _properties(definition))} to {SCHEMA_PATH.name}"


def test_every_choice_the_loader_knows_is_in_the_schema() -> None:
    definitions = SCHEMA["definitions"]
    assert definitions["source"]["properties"]["kind"]["enum"] == list(model.SOURCE_KINDS)
    assert definitions["claim"]["properties"]["kind"]["enum"] == list(model.CLAIM_KINDS)
    assert definitions["review"]["properties"]["status"]["enum"] == list(model.REVIEW_STATUSES)
    assert definitions["article"]["properties"]["language"]["enum"] == list(quantities.LANGUAGES)
    assert set(model.FORMS) <= set(definitions["claim"]["properties"])


def test_format_1_1_is_in_the_schema() -> None:
    assert {"share", "of", "release"} <= _properties("claim")
    assert "formula" in _properties("metric") and "rule" in _properties("review")
    mapping_units = claims_yaml('- {id: s, metric: trade, period: "2023", share: "3,6% ВВП", of: gdp, said_by: baq}\n')
    mapping_units = mapping_units.replace("metrics:\n", "units: {ДФЭ: [TEU, ДФЭ]}\nmetrics:\n  gdp: {name: GDP, "
                                          "unit: USD, flow: true, formula: \"trade * 10\"}\n"
                                          "  oil: {name: Oil, unit: barrel/day}\n")
    assert _errors(mapping_units) == []


@pytest.mark.parametrize("path", [SHIPPED_CLAIMS, PROJECT / "docs" / "sample" / "claims.yaml", *CORPUS],
                         ids=lambda p: p.name)
def test_real_claims_files_validate(path: Path) -> None:
    assert _errors(path.read_text(encoding="utf-8")) == []


def test_mistakes_an_editor_makes_are_flagged() -> None:
    two_forms = claims_yaml('- {id: a, metric: trade, period: "2023", value: "$1", change: "+5%", said_by: baq}\n')
    assert _errors(two_forms)
    typo = claims_yaml('- {id: a, metric: trade, period: "2023", value: "$1", said_by: baq, qoute: "x"}\n')
    assert any("qoute" in error for error in _errors(typo))
    bad_kind = claims_yaml('- {id: a, metric: trade, period: "2023", value: "$1", said_by: baq, kind: guess}\n')
    assert any("guess" in error for error in _errors(bad_kind))
    assert any("published" in error for error in _errors(claims_yaml("[]").replace("  published: 2025-10-20\n", "")))


def test_drafts_from_extract_name_the_schema_for_editors(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("В 2023 году товарооборот достиг $533 млн.\n", encoding="utf-8")
    extraction = extract(ArticleText.read(article), published=date(2025, 10, 20), outlet="BAQ.KZ")
    draft = render_claims_file(extraction, "article.txt", date(2025, 10, 20))
    assert draft.splitlines()[0] == "# yaml-language-server: $schema=claims-file.schema.json"
    assert _errors(draft) == []


def test_the_package_ships_the_schema_and_docs_keep_an_equal_copy() -> None:
    from tests.test_cli import run

    code, out, _ = run("schema")
    assert code == 0 and json.loads(out) == SCHEMA
    assert out == SCHEMA_PATH.read_text(encoding="utf-8")
    # docs/ is what people link to: it must never drift from what the package ships
    assert (PROJECT / "docs" / "claims-file.schema.json").read_text(encoding="utf-8") == out, (
        "copy factcheck/claims-file.schema.json to docs/claims-file.schema.json")
