"""`factcheck extract`: a draft claims file that loads, covers every figure, and reads its context.

What the readers read of one figure of a short article is a case in tests/extract_cases/*_legacy.yaml ("an
article read whole"); what stays here is the command, its JSON, the drafts it writes and the seed article.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from typer.testing import CliRunner

from factcheck.article import ArticleText
from factcheck.cli import app
from factcheck.engine import verify
from factcheck.extract import extract
from factcheck.loader import load_claims_file
from tests.conftest import SEED_ARTICLE, SHIPPED_CLAIMS, needs_seed

runner = CliRunner()

ARTICLE = """\
# Торговля и транзит

По данным Комитета по статистике, в 2023 году товарооборот достиг $533 млн, что на 15% выше, чем в 2022-м.

«За январь–август 2025 года объём уже достиг $547 млн, втрое превзойдя прошлый год», — рассказал политолог \
Иван Петров.

К 2027 году планируется увеличить перевозки до 7 млн тонн.
"""


def test_json_figures_are_in_the_unit_given(tmp_path: Path) -> None:
    path = tmp_path / "article.md"
    path.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--format", "json", "--published", "2025-10-20"])
    assert result.exit_code == 0, result.stderr
    figures = json.loads(result.stdout)["figures"]
    assert set(figures[0]) >= {"text", "kind", "low", "high", "unit", "period", "since", "said_by", "metric",
                               "quote", "paragraph", "line", "column"}
    assert (figures[0]["low"], figures[0]["high"], figures[0]["unit"]) == (532.5e6, 533.5e6, "USD")
    assert (figures[1]["low"], figures[1]["high"], figures[1]["unit"]) == (14.5, 15.5, "%")
    assert (figures[3]["low"], figures[3]["high"], figures[3]["unit"]) == (2.5, 3.5, "x")
    assert (figures[4]["low"], figures[4]["high"], figures[4]["unit"]) == (6.5e6, 7.5e6, "t")


def test_the_draft_loads_and_verifies_against_its_article(tmp_path: Path) -> None:
    (tmp_path / "drafts").mkdir()
    article = tmp_path / "drafts" / "article.md"
    article.write_text(ARTICLE, encoding="utf-8")
    output = tmp_path / "claims" / "article.yaml"
    output.parent.mkdir()
    result = runner.invoke(app, ["extract", str(article), "-o", str(output), "--published", "2025-10-20"])
    assert result.exit_code == 0, result.stderr
    claims_file = load_claims_file(output)
    assert len(claims_file.claims) == 5
    assert claims_file.article.text_path is not None and claims_file.article.text_path.samefile(article)
    report = verify([output])
    assert not [f for f in report.findings if f.rule in ("quote-not-found", "uncurated-figure")]
    assert "# check:" in output.read_text(encoding="utf-8")


def test_output_is_never_clobbered(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Экспорт вырос на 12%.", encoding="utf-8")
    output = tmp_path / "claims.yaml"
    output.write_text("my own work\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(article), "-o", str(output)])
    assert result.exit_code == 2 and "pass --force" in result.stderr
    assert output.read_text(encoding="utf-8") == "my own work\n"
    assert runner.invoke(app, ["extract", str(article), "-o", str(output), "--force"]).exit_code == 0
    assert load_claims_file(output).claims[0].text == "на 12%"


@needs_seed
def test_the_seed_article_re_extracted_recovers_every_figure_of_the_shipped_claims_file() -> None:
    figures = extract(ArticleText.read(SEED_ARTICLE), published=date(2025, 10, 20), outlet="BAQ.KZ").figures
    shipped = load_claims_file(SHIPPED_CLAIMS).claims
    extracted = [(f.found.form, f.found.figure.interval if f.found.figure else None, f.period) for f in figures]
    missing = [c.id for c in shipped if (c.form, c.figure.interval, c.period.text if c.period else None)
               not in extracted and (c.form, c.figure.interval) not in [(e[0], e[1]) for e in extracted]]
    assert missing == []
    assert len(figures) == len(shipped) == 19


@needs_seed
def test_the_seed_draft_loads_with_the_core_loader(tmp_path: Path) -> None:
    output = tmp_path / "seed.yaml"
    result = runner.invoke(app, ["extract", str(SEED_ARTICLE), "-o", str(output), "--published", "2025-10-20",
                                 "--outlet", "BAQ.KZ"])
    assert result.exit_code == 0, result.stderr
    report = verify([output])
    rules = {f.rule for f in report.findings}
    assert {"period-conflict", "change-mismatch", "period-granularity"} <= rules
    assert not rules & {"quote-not-found", "uncurated-figure", "figure-not-in-quote"}


def test_an_empty_article_has_no_figures(tmp_path: Path) -> None:
    # articles of words and of numbers that are no figures are cases in not_figure_legacy.yaml; an empty one
    # cannot be a case (an empty sentence is in every text of the corpus the case guard reads)
    path = tmp_path / "a.txt"
    path.write_text("", encoding="utf-8")
    assert extract(ArticleText.read(path), published=date(2025, 10, 20), outlet="BAQ.KZ").figures == []


def test_json_figures_name_the_whole_of_a_share(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text("In 2024 the deficit was 2.5% of GDP, and exports reached $5 billion.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--format", "json", "--published", "2025-10-20"])
    assert result.exit_code == 0, result.stderr
    deficit, exports = json.loads(result.stdout)["figures"]
    assert (deficit["text"], deficit["share_of"]) == ("2.5%", "gdp")
    assert (exports["text"], exports["share_of"]) == ("$5 billion", None)
