"""The HTML report as an editor's page: a decide line per finding, errors first, counts in good English,
the title once, and a file of its own beside the claims file when run from a terminal."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import factcheck.cli
from factcheck.cli import app
from factcheck.engine import verify
from tests.conftest import claims_yaml

runner = CliRunner()
ARTICLE = """# Порт: рекордный год

Товарооборот в 2023 году достиг $533 млн.

Эксперт: «нынешний товарооборот ($533 млн в 2024 году) мал». Экспорт вырос на 12%.
"""
CLAIMS = claims_yaml(
    '- {id: t2023, metric: trade, period: "2023", value: "$533 млн", said_by: stat, '
    'quote: "Товарооборот в 2023 году достиг $533 млн"}\n'
    '- {id: t2024, metric: trade, period: "2024", value: "$533 млн", said_by: expert, '
    'quote: "нынешний товарооборот ($533 млн в 2024 году)"}\n'
).replace('  title: "Test article"\n', '  title: "Порт: рекордный год"\n').replace(
    "  language: ru\n", "  language: ru\n  text: article.md\n")


def write_claims(tmp_path: Path, extra: str = "") -> Path:
    (tmp_path / "article.md").write_text(ARTICLE, encoding="utf-8")
    claims = tmp_path / "claims.yaml"
    claims.write_text(CLAIMS + extra, encoding="utf-8")
    return claims


def report_of(claims: Path) -> str:
    result = runner.invoke(app, ["report", str(claims)])  # stdout is not a terminal here: the page is printed
    assert result.exit_code == 0, result.stderr
    return result.stdout


def text_of(page: str) -> str:
    """What a reader sees: the page without its tags."""
    return html.unescape(re.sub(r"<[^>]+>", "", page))


def test_each_open_finding_has_its_exact_commands(tmp_path: Path) -> None:
    claims = write_claims(tmp_path)
    (conflict,) = [f for f in verify([claims]).findings if f.rule == "period-conflict"]
    page = text_of(report_of(claims))
    accept = f'factcheck review {claims} {conflict.fingerprint} --status accepted --note "why it stands"'
    assert f"accept: {accept}" in page
    assert f"false positive: factcheck review {claims} {conflict.fingerprint} --status false-positive" in page
    # the command does what it says
    command = [*accept.split()[1:6], "--note", "checked"]
    assert runner.invoke(app, command, env={"FACTCHECK_EDITOR": "Ed"}).exit_code == 0
    page = text_of(report_of(claims))
    assert f"reopen: factcheck review {claims} --remove {conflict.fingerprint}" in page


def test_a_stale_review_offers_its_move(tmp_path: Path) -> None:
    claims = write_claims(tmp_path, "reviews:\n  - {finding: 0123456789ab, rule: period-conflict, status: accepted, "
                                    "by: Ed, date: 2025-10-01}\n")
    (conflict,) = [f for f in verify([claims]).findings if f.rule == "period-conflict"]
    page = text_of(report_of(claims))
    assert f"move it to {conflict.fingerprint}: factcheck review {claims} --move 0123456789ab " \
           f"{conflict.fingerprint}" in page
    assert f"remove it: factcheck review {claims} --remove 0123456789ab" in page


def test_errors_come_first_whatever_the_article(tmp_path: Path) -> None:
    claims = write_claims(tmp_path)
    page = report_of(claims)
    severities = re.findall(r'<article class="finding status-(\w+)"', page)
    assert "error" in severities and "warning" in severities
    ranks = {"error": 0, "warning": 1, "info": 2, "reviewed": 3}
    assert severities == sorted(severities, key=ranks.__getitem__)
    (tmp_path / "article.md").unlink()
    claims.write_text(CLAIMS.replace("  text: article.md\n", ""), encoding="utf-8")
    severities = re.findall(r'<article class="finding status-(\w+)"', report_of(claims))
    assert severities == sorted(severities, key=ranks.__getitem__)


def test_counts_read_as_english_and_the_title_shows_once(tmp_path: Path) -> None:
    page = report_of(write_claims(tmp_path))
    counts = [re.sub(r"<[^>]+>", "", item).strip() for item in re.findall(r'<li class="count[^>]*>(.*?)</li>', page)]
    assert "1 uncurated figure" in [c.lstrip("✖▲ℹ◆? ") for c in counts]
    assert not any(re.search(r"\b0 (infos|notes|warnings)\b", c) for c in counts)
    assert not any(c.endswith("infos") for c in counts)
    visible = re.sub(r"<title>.*?</title>", "", page)
    assert visible.count("Порт: рекордный год") == 1


def test_report_from_a_terminal_writes_beside_the_claims_file(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    claims = write_claims(tmp_path)
    monkeypatch.setattr(factcheck.cli, "_on_terminal", lambda: True)
    result = runner.invoke(app, ["report", str(claims)])
    page = tmp_path / "claims.html"
    assert result.exit_code == 0
    assert result.stdout.startswith(f"{page}: ") and "<html" not in result.stdout
    assert page.read_text(encoding="utf-8").startswith("<!doctype html>")
    again = runner.invoke(app, ["report", str(claims)])
    assert again.exit_code == 2 and str(page) in again.stderr and "--force" in again.stderr
    assert runner.invoke(app, ["report", str(claims), "--force"]).exit_code == 0
