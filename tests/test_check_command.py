"""`factcheck check ARTICLE`: extract and verify in memory, findings located in the article, nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

runner = CliRunner()

CONFLICT = ("In 2023 exports reached $5.2 billion, according to the ministry.\n\n"
            "In 2023 exports were $6.1 billion, according to the ministry.\n")
CONSISTENT = "In 2023 exports reached $5.2 billion, according to the ministry.\n"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_conflict_is_reported_at_its_place_in_the_article_and_nothing_is_written(folder: Path) -> None:
    (folder / "article.txt").write_text(CONFLICT, encoding="utf-8")
    result = runner.invoke(app, ["check", "article.txt", "--published", "2024-02-01"])
    assert result.exit_code == 1
    assert result.stdout.startswith("article.txt:1:9: error value-conflict: 2023 is given as $5.2 billion")
    assert sorted(path.name for path in folder.iterdir()) == ["article.txt"]


def test_json_findings_point_into_the_article(folder: Path) -> None:
    (folder / "article.txt").write_text(CONFLICT, encoding="utf-8")
    result = runner.invoke(app, ["check", "article.txt", "--published", "2024-02-01", "--format", "json"])
    (finding,) = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "value-conflict"]
    assert (finding["path"], finding["line"], finding["severity"]) == ("article.txt", 1, "error")


def test_a_consistent_article_exits_clean_and_the_html_report_is_written(folder: Path) -> None:
    (folder / "article.txt").write_text(CONSISTENT, encoding="utf-8")
    result = runner.invoke(app, ["check", "article.txt", "--published", "2024-02-01", "--html", "report.html"])
    assert result.exit_code == 0, result.stdout
    assert "<html" in (folder / "report.html").read_text(encoding="utf-8")


def test_a_guess_is_named_by_its_line_in_the_article(folder: Path) -> None:
    # no period in the second paragraph's sentence: it is taken from the first, a guess
    (folder / "article.txt").write_text(
        "In 2023 exports reached $5.2 billion, according to the ministry.\n\n"
        "Exports were $6.1 billion, according to the ministry.\n", encoding="utf-8")
    result = runner.invoke(app, ["check", "article.txt", "--published", "2024-02-01", "--fail-on-guessed"])
    assert result.exit_code == 1
    assert "warning value-conflict" in result.stdout
    assert "(line 3 of the article) is right" in result.stdout


def test_a_missing_article_is_a_one_line_error(folder: Path) -> None:
    result = runner.invoke(app, ["check", "missing.txt"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
