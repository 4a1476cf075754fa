"""One runner for every rule's case file: each case says which findings it must (and must only) produce."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.article import ArticleText
from factcheck.engine import check_file, select_rules
from factcheck.loader import load_claims_file
from factcheck.rules import RULES_BY_ID
from tests.conftest import HEADER

CASES_DIR = Path(__file__).parent / "cases"


def _cases() -> list[Any]:
    params = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            params.append(pytest.param(path.stem, case, id=f"{path.stem}:{case['name']}"))
    return params


def _claims_file_text(case: dict[str, Any]) -> str:
    header: str = case.get("header", HEADER)
    claims: str = case["claims"]
    return header + claims if "claims:" in claims[:20] else header + "claims:\n" + claims


@pytest.mark.parametrize(("rule_id", "case"), _cases())
def test_rule_case(rule_id: str, case: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(_claims_file_text(case), encoding="utf-8")
    article = None
    if "text" in case:
        text_path = tmp_path / "article.txt"
        text_path.write_text(case["text"], encoding="utf-8")
        article = ArticleText.read(text_path)
    claims_file = load_claims_file(path)
    # every rule runs, as in real use (stale-review needs them all); only this rule's findings count
    findings, _ = check_file(claims_file, article, select_rules(), {rule_id: case.get("options", {})})
    # a case may also expect another rule's finding (a revision is not also a value-conflict)
    counted = {rule_id} | {e["rule"] for e in case.get("expect", []) if "rule" in e}
    findings = [f for f in findings if f.rule in counted]
    got = sorted((f.rule, f.severity.value, tuple(sorted(c.id for c in f.claims))) for f in findings)
    want = sorted(
        (e.get("rule", rule_id), e.get("severity", RULES_BY_ID[e.get("rule", rule_id)].default_severity.value),
         tuple(sorted(e.get("claims", []))))
        for e in case.get("expect", [])
    )
    false_positives = [g for g in got if g not in want]
    false_negatives = [w for w in want if w not in got]
    assert not false_positives, f"false positive: {false_positives}\nall findings: {[f.message for f in findings]}"
    assert not false_negatives, f"false negative: {false_negatives}\nall findings: {[f.message for f in findings]}"
    for expected in case.get("expect", []):
        if "message" in expected:
            assert any(expected["message"] in f.message for f in findings), [f.message for f in findings]


def test_every_rule_has_cases_that_trigger_and_pass() -> None:
    for rule_id in RULES_BY_ID:
        path = CASES_DIR / f"{rule_id}.yaml"
        assert path.is_file(), f"{rule_id} has no case file"
        cases = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert any(c.get("expect") for c in cases), f"{rule_id}: no case that triggers"
        assert any(not c.get("expect") for c in cases), f"{rule_id}: no case that must pass"
