"""One runner for every rule: its case file and its documentation's Example and Passes blocks.

A case says which findings it must (and must only) produce: rule, severity and claim ids, and optionally a
part of the message, the intervals compared (`compared:`, as `label = interval` lines) and the claim the
finding points at (`at:`). A case (or documentation fragment) may name claims `archived:` (what `verify --archive`
read from the archive: they carry the archived mark, and a claim whose `corrects:` names one is its correction;
`withdrawn:` maps an archived claim to the reason it was withdrawn); the run is then one with the archive.
A rule's docstring Example is a claims-file fragment followed by the findings it
prints (`severity rule: message`), and its Passes block one or more fragments (separated by `---`) that must
not trigger it: both run here, so the documentation cannot drift from the code.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.article import ArticleText
from factcheck.engine import check_file, select_rules
from factcheck.findings import Finding
from factcheck.loader import load_claims_file
from factcheck.model import ClaimsFile, Correction
from factcheck.rules import RULES, RULES_BY_ID
from factcheck.rules.base import Rule
from tests.conftest import HEADER

CASES_DIR = Path(__file__).parent / "cases"
_FINDING_LINE = re.compile(r"^(error|warning|info) ([a-z][a-z-]*): ")


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


def _archived(claims_file: ClaimsFile, archived: list[str], withdrawn: dict[str, str]) -> ClaimsFile:
    """The file as `verify --archive` makes it: the named claims marked archived, with their corrections."""
    marked = {claim.id: dataclasses.replace(claim, archived=True) for claim in claims_file.claims
              if claim.id in archived}
    assert set(marked) == set(archived), f"archived: names claims the file lacks: {set(archived) - set(marked)}"
    corrections: dict[str, list[Correction]] = {ref: [Correction(reason=why)] for ref, why in withdrawn.items()}
    for claim in marked.values():
        if claim.corrects in marked:
            corrections.setdefault(claim.corrects, []).append(Correction(by=claim))
    claims = tuple(dataclasses.replace(marked[c.id], corrections=tuple(corrections.get(c.id, ())))
                   if c.id in marked else c for c in claims_file.claims)
    return dataclasses.replace(claims_file, claims=claims, claims_by_id={c.id: c for c in claims})


def _run(tmp_path: Path, claims_text: str, text: str | None, rule_id: str,
         options: dict[str, Any] | None = None, also: frozenset[str] = frozenset(),
         archived: list[str] | None = None, withdrawn: dict[str, str] | None = None) -> list[Finding]:
    """Every rule runs, as in real use (stale-review judges the others); only this rule's findings count
    (and those of the rules named in `also`: a case may show that another rule reports instead)."""
    path = tmp_path / "claims.yaml"
    path.write_text(claims_text, encoding="utf-8")
    article = None
    if text is not None:
        text_path = tmp_path / "article.txt"
        text_path.write_text(text, encoding="utf-8")
        article = ArticleText.read(text_path)
    claims_file = load_claims_file(path)
    if archived is not None:
        claims_file = _archived(claims_file, archived, withdrawn or {})
    findings, _ = check_file(claims_file, article, select_rules(), {rule_id: options or {}},
                             archive=archived is not None)
    return [f for f in findings if f.rule == rule_id or f.rule in also]


@pytest.mark.parametrize(("rule_id", "case"), _cases())
def test_rule_case(rule_id: str, case: dict[str, Any], tmp_path: Path) -> None:
    also = frozenset(e["rule"] for e in case.get("expect", []) if "rule" in e)
    findings = _run(tmp_path, _claims_file_text(case), case.get("text"), rule_id, case.get("options"), also,
                    case.get("archived"), case.get("withdrawn"))
    got = sorted((f.rule, f.severity.value, tuple(sorted(c.id for c in f.claims))) for f in findings)
    want = sorted(
        (e.get("rule", rule_id), e.get("severity", RULES_BY_ID[rule_id].default_severity.value),
         tuple(sorted(e.get("claims", []))))
        for e in case.get("expect", [])
    )
    false_positives = [g for g in got if g not in want]
    false_negatives = [w for w in want if w not in got]
    assert not false_positives, f"false positive: {false_positives}\nall findings: {[f.message for f in findings]}"
    assert not false_negatives, f"false negative: {false_negatives}\nall findings: {[f.message for f in findings]}"
    for expected in case.get("expect", []):
        ids = sorted(expected.get("claims", []))
        (finding,) = [f for f in findings if sorted(c.id for c in f.claims) == ids]
        if "message" in expected:
            assert expected["message"] in finding.message, finding.message
        if "compared" in expected:
            assert [c.describe() for c in finding.compared] == expected["compared"], finding.message
        if "at" in expected:
            where = next(c for c in finding.claims if c.id == expected["at"])
            assert (finding.location.line, finding.location.column) == (where.line, where.column)


def test_every_rule_has_cases_that_trigger_and_pass() -> None:
    for rule_id in RULES_BY_ID:
        path = CASES_DIR / f"{rule_id}.yaml"
        assert path.is_file(), f"{rule_id} has no case file"
        cases = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert any(c.get("expect") for c in cases), f"{rule_id}: no case that triggers"
        assert any(not c.get("expect") for c in cases), f"{rule_id}: no case that must pass"


def test_every_case_file_belongs_to_a_rule() -> None:
    assert {path.stem for path in CASES_DIR.glob("*.yaml")} <= set(RULES_BY_ID)


# -- the documentation's examples

_HEADER = yaml.safe_load(HEADER)


def _fragment_file(fragment: str) -> tuple[str, str | None, dict[str, Any]]:
    """A complete claims file from a documentation fragment: sections it leaves out (or partly gives, such
    as `sources:` or `article:`) come from the standard header; `text:` stands for the article text, and
    `archived:` and `withdrawn:` for the archive (passed on as `_run`'s arguments)."""
    given = yaml.safe_load(fragment) or {}
    assert isinstance(given, dict), fragment
    text = given.pop("text", None)
    archive = {name: given.pop(name) for name in ("archived", "withdrawn") if name in given}
    document = {key: (dict(value) if isinstance(value, dict) else value) for key, value in _HEADER.items()}
    for key, value in given.items():
        if isinstance(value, dict) and isinstance(document.get(key), dict):
            document[key].update(value)
        else:
            document[key] = value
    document.setdefault("claims", [])
    return yaml.safe_dump(document, allow_unicode=True, sort_keys=False), text, archive


def split_example(block: str) -> tuple[str, list[str]]:
    """An Example block: the claims-file fragment, and each finding it prints as `severity rule: message`."""
    lines = block.splitlines()
    start = next((i for i, line in enumerate(lines) if _FINDING_LINE.match(line)), len(lines))
    printed: list[str] = []
    for line in lines[start:]:
        if _FINDING_LINE.match(line) or not printed:
            printed.append(line.strip())
        else:
            printed[-1] += " " + line.strip()
    return "\n".join(lines[:start]), printed


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_the_documented_example_prints_what_the_documentation_says(rule: Rule, tmp_path: Path) -> None:
    fragment, printed = split_example(rule.section("Example"))
    assert printed, f"{rule.id}: the Example shows no finding"
    claims_text, text, archive = _fragment_file(fragment)
    findings = _run(tmp_path, claims_text, text, rule.id, **archive)
    assert sorted(f"{f.severity.value} {f.rule}: {f.message}" for f in findings) == sorted(printed)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_the_documented_passing_examples_pass(rule: Rule, tmp_path: Path) -> None:
    blocks = rule.section("Passes").split("\n---\n")
    for number, block in enumerate(blocks):
        claims_text, text, archive = _fragment_file(block)
        folder = tmp_path / str(number)
        folder.mkdir()
        findings = _run(folder, claims_text, text, rule.id, **archive)
        assert not findings, f"{rule.id}: Passes block {number + 1} triggers: {[f.message for f in findings]}"
