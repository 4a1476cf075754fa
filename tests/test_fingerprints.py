"""Fingerprints survive reordering, moved lines, reworded messages and unrelated claims; reviews attach."""

from __future__ import annotations

from pathlib import Path

from factcheck.engine import verify
from tests.conftest import claims_yaml

A = '- {id: a, metric: trade, period: "2023", value: "$533 млн", said_by: stat}\n'
B = '- {id: b, metric: trade, period: "2024", value: "$533 млн", said_by: stat}\n'
UNRELATED = '- {id: z, metric: cargo, period: "2021", value: "1,1 млн тонн", said_by: stat}\n'


def fingerprints(tmp_path: Path, claims: str, name: str) -> dict[str, str]:
    path = tmp_path / name
    path.write_text(claims_yaml(claims), encoding="utf-8")
    return {f.rule: f.fingerprint for f in verify([path]).findings}


def test_fingerprints_are_stable(tmp_path: Path) -> None:
    original = fingerprints(tmp_path, A + B, "original.yaml")
    assert set(original) == {"period-conflict"}
    assert fingerprints(tmp_path, B + A, "reordered.yaml") == original
    assert fingerprints(tmp_path, "# a comment\n\n" + A + "\n\n" + B, "moved.yaml") == original
    assert fingerprints(tmp_path, A + UNRELATED + B, "unrelated.yaml") == original


def test_fingerprint_is_the_rule_and_the_claims_with_their_figures_not_the_message(tmp_path: Path) -> None:
    from factcheck.findings import claims_subject, fingerprint

    before = fingerprints(tmp_path, A + B, "a.yaml")["period-conflict"]
    assert before == fingerprint("period-conflict", claims_subject([("b", "$533 млн"), ("a", "$533 млн")]))


def test_a_review_stops_the_finding_failing_the_build(tmp_path: Path) -> None:
    fingerprint = fingerprints(tmp_path, A + B, "a.yaml")["period-conflict"]
    reviewed = claims_yaml(A + B) + (
        f"reviews:\n  - {{finding: {fingerprint}, status: accepted, by: \"A. Editor\", date: 2025-10-21,"
        " note: \"both years really were equal\"}\n"
    )
    path = tmp_path / "reviewed.yaml"
    path.write_text(reviewed, encoding="utf-8")
    report = verify([path])
    (finding,) = report.findings
    assert finding.review is not None and finding.review.by == "A. Editor"
    assert report.failing("error") == ()
    from factcheck.reporters import renderer

    line = renderer("text")(report).splitlines()[0]
    assert line.endswith("(reviewed: accepted by A. Editor, 2025-10-21: both years really were equal)")
