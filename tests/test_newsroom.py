"""The newsroom scenario end to end: a draft fails CI, an editor reviews, CI passes, an edit fails it again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

runner = CliRunner()

DRAFT = """\
# Торговля растёт

По данным Комитета по статистике, в 2023 году товарооборот достиг $533 млн.

«Нынешний товарооборот ($533 млн в 2024 году) покрывает лишь часть возможного», — отметил эксперт.
"""

CLAIMS = """\
factcheck: 1
article:
  title: "Торговля растёт"
  published: 2025-10-20
  language: ru
  text: ../drafts/trade.md
sources:
  baq: {name: "BAQ.KZ", kind: outlet}
  stat: {name: "Комитет по статистике", kind: official}
  expert: {name: "Эксперт", kind: expert}
metrics:
  trade: {name: "Товарооборот", unit: USD, flow: true}
claims:
  - id: trade-2023
    metric: trade
    period: "2023"
    value: "$533 млн"
    said_by: baq
    cites: stat
    quote: "в 2023 году товарооборот достиг $533 млн"
  - id: trade-2024
    metric: trade
    period: "2024"
    value: "$533 млн"
    said_by: expert
    quote: "Нынешний товарооборот ($533 млн в 2024 году)"
"""


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "drafts").mkdir()
    (tmp_path / "claims").mkdir()
    (tmp_path / "drafts" / "trade.md").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "claims" / "trade.yaml").write_text(CLAIMS, encoding="utf-8")
    (tmp_path / ".factcheck.toml").write_text('paths = ["claims"]\nfail-on = "error"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def ci() -> tuple[int, dict[str, object]]:
    result = runner.invoke(app, ["verify", "--format", "json"])
    return result.exit_code, json.loads(result.stdout)


def test_newsroom_scenario(newsroom: Path) -> None:
    # 1. the draft has an inconsistency: CI fails
    code, report = ci()
    findings = report["findings"]
    assert isinstance(findings, list)
    assert code == 1
    (conflict,) = [f for f in findings if f["rule"] == "period-conflict"]
    assert {c["id"] for c in conflict["claims"]} == {"trade-2023", "trade-2024"}

    # 2. the editor decides: the expert misspoke, the article says so; the finding is recorded as accepted
    result = runner.invoke(app, ["review", "claims/trade.yaml", conflict["fingerprint"], "--status", "accepted",
                                 "--by", "A. Editor", "--note", "the expert misspoke; the text says so"])
    assert result.exit_code == 0, result.stderr

    # 3. CI passes, and the finding is still shown with its review
    code, report = ci()
    assert code == 0
    findings = report["findings"]
    assert isinstance(findings, list)
    (reviewed,) = [f for f in findings if f["rule"] == "period-conflict"]
    assert reviewed["review"]["by"] == "A. Editor"

    # 4. the journalist edits a figure in the draft: CI fails again on the drift
    draft = newsroom / "drafts" / "trade.md"
    draft.write_text(DRAFT.replace("в 2023 году товарооборот достиг $533 млн", "в 2023 году товарооборот достиг "
                                                                               "$538 млн"), encoding="utf-8")
    code, report = ci()
    assert code == 1
    findings = report["findings"]
    assert isinstance(findings, list)
    drift = {(f["rule"], Path(f["path"]).name, f["line"]) for f in findings if f["rule"] in
             ("quote-not-found", "uncurated-figure")}
    assert drift == {("quote-not-found", "trade.md", 3), ("uncurated-figure", "trade.md", 3)}
