"""`factcheck report`: one self-contained HTML page, checked as markup and in a real headless browser."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from tests.conftest import SEED_ARTICLE, SHIPPED_CLAIMS, claims_yaml, needs_seed

runner = CliRunner()
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
BROWSER = next((found for name in BROWSERS if (found := shutil.which(name))), None)
needs_browser = pytest.mark.skipif(BROWSER is None, reason="no headless Chromium installed")

ARTICLE = """Товарооборот в 2023 году достиг $533 млн.

Эксперт: «нынешний товарооборот ($533 млн в 2024 году) мал». Экспорт вырос на 12%.
"""
CLAIMS = claims_yaml(
    '- {id: t2023, metric: trade, period: "2023", value: "$533 млн", said_by: stat, '
    'quote: "Товарооборот в 2023 году достиг $533 млн"}\n'
    '- {id: t2024, metric: trade, period: "2024", value: "$533 млн", said_by: expert, '
    'quote: "нынешний товарооборот ($533 млн в 2024 году)"}\n'
).replace("  language: ru\n", "  language: ru\n  text: article.txt\n")


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {key: value or "" for key, value in attrs}))


def elements(document: str) -> list[tuple[str, dict[str, str]]]:
    parser = _Elements()
    parser.feed(document)
    return parser.elements


def write_report(tmp_path: Path, *extra: str) -> tuple[Path, str]:
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    claims = tmp_path / "claims.yaml"
    claims.write_text(CLAIMS, encoding="utf-8")
    output = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(claims), "-o", str(output), *extra])
    assert result.exit_code == 0, result.stderr
    return output, output.read_text(encoding="utf-8")


def test_every_figure_is_marked_with_its_status(tmp_path: Path) -> None:
    _, document = write_report(tmp_path)
    marks = [attrs for tag, attrs in elements(document) if tag == "mark"]
    assert [(m["id"], m["data-status"]) for m in marks] == [
        ("fig-1", "error"), ("fig-2", "error"), ("fig-3", "uncurated"),
    ]
    assert all(m["tabindex"] == "0" and m["role"] == "button" for m in marks)
    assert "t2023: $533 млн (2023), said by Комитет по статистике (official)" in marks[0]["title"]


def test_findings_link_to_their_figures_and_show_the_arithmetic(tmp_path: Path) -> None:
    _, document = write_report(tmp_path)
    ids = {attrs["id"] for _, attrs in elements(document) if "id" in attrs}
    links = [attrs["href"] for tag, attrs in elements(document) if tag == "a" and attrs.get("href", "").startswith("#")]
    assert {"#fig-1", "#fig-2"} <= set(links)
    assert all(link[1:] in ids for link in links), "a link points nowhere"
    assert "532.5 mln–533.5 mln USD" in document
    assert re.search(r'<article class="finding status-error" id="finding-[0-9a-f]{12}">', document)


def test_the_page_is_self_contained(tmp_path: Path) -> None:
    _, document = write_report(tmp_path)
    for tag, attrs in elements(document):
        for key in ("src", "href"):
            assert not attrs.get(key, "").startswith(("http:", "https:", "//")), (tag, attrs)
    assert "<link" not in document and "<style>" in document and "<script>" in document


def test_without_article_text_findings_and_sources_alone(tmp_path: Path) -> None:
    claims = tmp_path / "claims.yaml"
    claims.write_text(CLAIMS.replace("  text: article.txt\n", ""), encoding="utf-8")
    result = runner.invoke(app, ["report", str(claims)])
    assert result.exit_code == 0
    assert "<mark" not in result.stdout and 'id="findings"' in result.stdout and 'id="sources"' in result.stdout
    assert "No article text was given" in result.stdout


def test_report_never_clobbers(tmp_path: Path) -> None:
    output, _ = write_report(tmp_path)
    result = runner.invoke(app, ["report", str(tmp_path / "claims.yaml"), "-o", str(output)])
    assert result.exit_code == 2 and "pass --force" in result.stderr


@needs_seed
def test_every_figure_of_the_seed_article_is_highlighted(tmp_path: Path) -> None:
    output = tmp_path / "seed.html"
    result = runner.invoke(app, ["report", str(SHIPPED_CLAIMS), "--text", str(SEED_ARTICLE), "-o", str(output)])
    assert result.exit_code == 0, result.stderr
    marks = [attrs for tag, attrs in elements(output.read_text(encoding="utf-8")) if tag == "mark"]
    assert len(marks) == 19
    assert not [m for m in marks if m["data-status"] == "uncurated"]


def _browser(*arguments: str) -> subprocess.CompletedProcess[str]:
    assert BROWSER is not None
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
    return subprocess.run([BROWSER, *flags, *arguments], capture_output=True, text=True, timeout=120, check=False)


@needs_browser
def test_in_a_real_browser(tmp_path: Path) -> None:
    output, _ = write_report(tmp_path)
    profile = tmp_path / "profile"
    dom = _browser(f"--user-data-dir={profile}", "--dump-dom", f"{output.as_uri()}#fig-1").stdout
    assert 'data-ready="true"' in dom, "the page's script did not run"
    assert 'aria-expanded="true"' in dom and 'class="fig status-error selected"' in dom  # #fig-1 selected
    details = re.search(r'<div class="details" id="details-1"( hidden(="")?)?>', dom)
    assert details is not None and details.group(1) is None  # its details are shown in the inspector
    assert len(re.findall(r"<mark class=\"fig ", dom)) == 3
    screenshot = tmp_path / "report.png"
    _browser(f"--user-data-dir={profile}", "--window-size=1280,1400", f"--screenshot={screenshot}",
             output.as_uri())
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    phone = tmp_path / "phone.png"
    _browser(f"--user-data-dir={profile}", "--window-size=390,1200", f"--screenshot={phone}", output.as_uri())
    assert phone.stat().st_size > 1000


@needs_browser
@needs_seed
def test_the_seed_report_in_a_real_browser(tmp_path: Path) -> None:
    output = tmp_path / "seed.html"
    runner.invoke(app, ["report", str(SHIPPED_CLAIMS), "--text", str(SEED_ARTICLE), "-o", str(output)])
    dom = _browser(f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", output.as_uri()).stdout
    assert len(re.findall(r"<mark class=\"fig status-", dom)) == 19
    assert 'data-ready="true"' in dom
