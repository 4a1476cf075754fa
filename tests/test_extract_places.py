"""What `verify` finds on the raw draft when the place or name a clause is about qualifies its figures' metric.

Every text here is written for the test. How one figure's metric is read from its place (a fronted place, a
bracketed change after a name, a share of a whole, a second currency) is a case in
tests/extract_cases/place_legacy.yaml, not a test here.
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.engine import verify

# -- what verify then reports --------------------------------------------------------------------------------


def findings_of_draft(tmp_path: Path, text: str) -> list[tuple[str, set[str]]]:
    article, draft = tmp_path / "article.txt", tmp_path / "draft.yaml"
    article.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "-o", str(draft), "--published", "2025-05-15"])
    assert result.exit_code == 0, result.stderr
    return [(f.rule, {c.figure for c in f.claims}) for f in verify([draft]).findings if f.rule != "unsourced"]


def test_a_place_s_amount_and_its_bracketed_percentage_that_disagree_are_reported(tmp_path: Path) -> None:
    text = ("Exports of all countries grew by 5% to reach $1,000 billion in 2024.\n\n"
            "Germany, which accounts for 40% of all exports, saw the biggest growth in 2024: up $35 billion to "
            "$400 billion (€370 billion).\n\n"
            "In relative terms, Germany (+4%) recorded the largest increase in exports, followed by France (+2%).")
    findings = findings_of_draft(tmp_path, text)
    assert any(rule in ("implied-value", "change-conflict") and {"+$35 billion", "+4%", "$400 billion"} <= figures
               for rule, figures in findings), findings
    assert not any("€370 billion" in figures and rule != "uncurated-figure" for rule, figures in findings)


def test_a_place_s_amount_and_its_bracketed_percentage_that_agree_are_not_reported(tmp_path: Path) -> None:
    text = ("Germany, which accounts for 40% of all exports, saw the biggest growth in 2024: up $16 billion to "
            "$416 billion.\n\nIn relative terms, Germany (+4%) recorded the largest increase in exports.")
    assert not [rule for rule, _ in findings_of_draft(tmp_path, text) if rule != "period-granularity"]
