"""A restated figure makes one finding (format 1.2): reviews of the findings it replaces still cover it."""

from __future__ import annotations

from pathlib import Path

from factcheck.engine import verify
from factcheck.findings import Finding, claims_subject, fingerprint

HEADER = """\
factcheck: 1
article: {title: T, published: 2025-10-20, language: ru}
sources:
  stat: {name: Комстат, kind: official}
metrics:
  trade: {name: Товарооборот, unit: USD, flow: true, parts: [exports, imports]}
  exports: {name: Экспорт, unit: USD, flow: true}
  imports: {name: Импорт, unit: USD, flow: true}
  cargo: {name: Перевозки, unit: Mt, flow: true}
claims:
"""
TOTAL_TWICE = HEADER + """\
  - {id: lead, metric: trade, period: "2023", value: "$533 млн", said_by: stat, cites: stat}
  - {id: e, metric: exports, period: "2023", value: "$412 млн", said_by: stat, cites: stat}
  - {id: i, metric: imports, period: "2023", value: "$203 млн", said_by: stat, cites: stat}
  - {id: body, metric: trade, period: "2023", value: "$533,0 млн", said_by: stat, cites: stat}
"""
CHANGE_TWICE = HEADER + """\
  - {id: v2022, metric: cargo, period: "2022", value: "3,2 млн тонн", said_by: stat, cites: stat}
  - {id: v2023, metric: cargo, period: "2023", value: "4,5 млн тонн", said_by: stat, cites: stat}
  - {id: lead, metric: cargo, period: "2023", change: "+62%", since: "2022", said_by: stat, cites: stat}
  - {id: body, metric: cargo, period: "2023", change: "+62 %", since: "2022", said_by: stat, cites: stat}
"""


def _before_grouping(rule: str, claims: list[tuple[str, str]]) -> str:
    """The fingerprint a finding had when each statement of a restated figure made a finding of its own."""
    return fingerprint(rule, claims_subject(claims))


def _review(fingerprint_: str, by: str, rule: str = "") -> str:
    named = f", rule: {rule}" if rule else ""
    return f"  - {{finding: {fingerprint_}{named}, status: accepted, by: {by}, date: 2025-10-21}}\n"


def _verify(tmp_path: Path, text: str) -> list[Finding]:
    path = tmp_path / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    return list(verify([path]).findings)


def test_a_restated_whole_makes_one_formula_finding_with_every_claim(tmp_path: Path) -> None:
    findings = [f for f in _verify(tmp_path, TOTAL_TWICE) if f.rule == "formula-mismatch"]
    (finding,) = findings
    assert [c.id for c in finding.claims] == ["lead", "body", "e", "i"]


def test_reviews_of_either_former_finding_cover_the_grouped_one(tmp_path: Path) -> None:
    first = _before_grouping("formula-mismatch", [("lead", "$533 млн"), ("e", "$412 млн"), ("i", "$203 млн")])
    second = _before_grouping("formula-mismatch", [("body", "$533,0 млн"), ("e", "$412 млн"), ("i", "$203 млн")])
    for old, by in ((first, "Editor"), (second, "Deputy")):
        findings = _verify(tmp_path, TOTAL_TWICE + "reviews:\n" + _review(old, by))
        (finding,) = [f for f in findings if f.rule == "formula-mismatch"]
        assert finding.review is not None and finding.review.by == by
        assert not [f for f in findings if f.rule == "stale-review"]


def test_a_review_under_the_former_id_and_ids_only_still_covers_it(tmp_path: Path) -> None:
    old = fingerprint("parts-sum-mismatch", ["lead", "e", "i"])
    findings = _verify(tmp_path, TOTAL_TWICE + "reviews:\n" + _review(old, "Editor"))
    (finding,) = [f for f in findings if f.rule == "formula-mismatch"]
    assert finding.review is not None


def test_a_review_of_a_former_change_mismatch_covers_the_grouped_one(tmp_path: Path) -> None:
    old = _before_grouping("change-mismatch", [("body", "+62 %"), ("v2022", "3,2 млн тонн"), ("v2023", "4,5 млн тонн")])
    findings = _verify(tmp_path, CHANGE_TWICE + "reviews:\n" + _review(old, "Editor"))
    (finding,) = [f for f in findings if f.rule == "change-mismatch"]
    assert {c.id for c in finding.claims} == {"lead", "body", "v2022", "v2023"}
    assert finding.review is not None
    assert not [f for f in findings if f.rule == "stale-review"]


def test_a_review_of_a_finding_that_never_was_is_still_stale(tmp_path: Path) -> None:
    never = _before_grouping("formula-mismatch", [("lead", "$533 млн"), ("body", "$533,0 млн")])
    findings = _verify(tmp_path, TOTAL_TWICE + "reviews:\n" + _review(never, "Editor", "formula-mismatch"))
    assert [f.rule for f in findings if f.rule == "stale-review"] == ["stale-review"]
