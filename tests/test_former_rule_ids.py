"""parts-sum-mismatch became formula-mismatch: its old id still selects, configures and reviews the rule."""

from __future__ import annotations

import hashlib
from pathlib import Path

from factcheck.config import load_config
from factcheck.engine import select_rules, verify
from factcheck.findings import Severity

CLAIMS = """\
factcheck: 1
article: {title: T, published: 2025-10-20, language: ru}
sources:
  stat: {name: Комстат, kind: official}
metrics:
  trade: {name: Товарооборот, unit: USD, flow: true, parts: [exports, imports]}
  exports: {name: Экспорт, unit: USD, flow: true}
  imports: {name: Импорт, unit: USD, flow: true}
claims:
  - {id: t, metric: trade, period: "2023", value: "$533 млн", said_by: stat, cites: stat}
  - {id: e, metric: exports, period: "2023", value: "$412 млн", said_by: stat, cites: stat}
  - {id: i, metric: imports, period: "2023", value: "$203 млн", said_by: stat, cites: stat}
"""


def _old_fingerprint(claim_ids: list[str]) -> str:
    """The fingerprint a parts-sum-mismatch finding had: the old rule id and the sorted claim ids."""
    return hashlib.sha256("\n".join(["parts-sum-mismatch", *sorted(claim_ids)]).encode()).hexdigest()[:12]


def test_the_old_id_selects_the_rule() -> None:
    assert [rule.id for rule in select_rules(["parts-sum-mismatch"])] == ["formula-mismatch"]
    assert "formula-mismatch" not in [rule.id for rule in select_rules(ignore=["parts-sum-mismatch"])]


def test_the_old_id_configures_the_rule(tmp_path: Path) -> None:
    config = tmp_path / ".factcheck.toml"
    config.write_text('[severity]\nparts-sum-mismatch = "warning"\n', encoding="utf-8")
    assert load_config(config).severity == {"formula-mismatch": Severity.WARNING}


def test_a_review_of_the_old_finding_still_covers_it(tmp_path: Path) -> None:
    review = (f"reviews:\n  - {{finding: {_old_fingerprint(['t', 'e', 'i'])}, status: accepted, by: Editor, "
              "date: 2025-10-21}\n")
    path = tmp_path / "claims.yaml"
    path.write_text(CLAIMS + review, encoding="utf-8")
    report = verify([path])
    (finding,) = [f for f in report.findings if f.rule == "formula-mismatch"]
    assert finding.review is not None and finding.review.by == "Editor"
    assert not [f for f in report.findings if f.rule == "stale-review"]
    assert report.failing() == ()


def test_the_old_id_explains_the_rule() -> None:
    from typer.testing import CliRunner

    from factcheck.cli import app

    result = CliRunner().invoke(app, ["explain", "parts-sum-mismatch"])
    assert result.exit_code == 0
    assert result.stdout.startswith("formula-mismatch (error)")


def test_a_review_naming_the_old_rule_is_judged_when_the_rule_runs(tmp_path: Path) -> None:
    review = ("reviews:\n  - {finding: 0123456789ab, rule: parts-sum-mismatch, status: accepted, by: Editor, "
              "date: 2025-10-21}\n")
    path = tmp_path / "claims.yaml"
    path.write_text(CLAIMS + review, encoding="utf-8")
    report = verify([path], select=["formula-mismatch", "stale-review"])  # no article text: not a full run
    (stale,) = [f for f in report.findings if f.rule == "stale-review"]
    assert "0123456789ab (parts-sum-mismatch)" in stale.message
    assert "stale-review" in report.rules_run
