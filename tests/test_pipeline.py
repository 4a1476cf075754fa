"""One pipeline per run: every command sees the same findings under one configuration; rules skipped per file."""

from __future__ import annotations

import json
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.engine import Settings, run
from factcheck.errors import InputError
from tests.conftest import claims_yaml

runner = CliRunner()

ARTICLE = "Товарооборот в 2023 году достиг $533 млн, а в 2024 году – $600 млн. Экспорт вырос на 12%.\n"
WITH_TEXT = claims_yaml(
    '- {id: a, metric: trade, period: "2023", value: "$533 млн", said_by: baq, '
    'quote: "Товарооборот в 2023 году достиг $533 млн"}\n'
    '- {id: b, metric: trade, period: "2023", value: "$600 млн", said_by: stat, '
    'quote: "в 2024 году – $600 млн"}\n'
).replace("  language: ru\n", "  language: ru\n  text: article.txt\n")
WITHOUT_TEXT = claims_yaml('- {id: c, metric: trade, period: "2022", value: "$100 млн", said_by: baq}\n')


def invoke(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def newsroom(tmp_path: Path, config: str) -> tuple[Path, Path]:
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    claims = tmp_path / "claims.yaml"
    claims.write_text(WITH_TEXT, encoding="utf-8")
    settings = tmp_path / ".factcheck.toml"
    settings.write_text(config, encoding="utf-8")
    return claims, settings


def test_one_configuration_gives_every_command_the_same_findings(tmp_path: Path) -> None:
    claims, config = newsroom(tmp_path, 'ignore = ["unsourced"]\n[severity]\nvalue-conflict = "warning"\n')
    unconfigured = run([claims], Settings()).report
    unsourced = [f.fingerprint for f in unconfigured.findings if f.rule == "unsourced"]
    assert unsourced, "the outlet's own figure is unsourced without the configuration"

    code, out, _ = invoke("verify", str(claims), "--config", str(config), "--format", "json", "--no-cache")
    verified = json.loads(out)["findings"]
    rules = {f["rule"] for f in verified}
    assert "unsourced" not in rules and "value-conflict" in rules
    assert {f["severity"] for f in verified if f["rule"] == "value-conflict"} == {"warning"}
    assert code == 0, "the only error was made a warning by the configuration"

    _, out, _ = invoke("sources", str(claims), "--config", str(config), "--format", "json")
    listed = {rule for row in json.loads(out)["figures"] for rule in row["findings"]}
    assert listed == {f["rule"] for f in verified if f["claims"]}  # findings about a claim, by claim

    page = tmp_path / "report.html"
    code, out, err = invoke("report", str(claims), "--config", str(config), "-o", str(page))
    assert code == 0, err
    assert out.strip().endswith(f"{len(verified)} findings")
    html = page.read_text(encoding="utf-8")
    assert "unsourced" not in html
    assert all(f["fingerprint"] in html for f in verified)

    code, _, err = invoke("review", str(claims), unsourced[0], "--status", "accepted", "--by", "Editor",
                          "--config", str(config))
    assert code == 2 and "no finding has fingerprint" in err, "review offers only what verify reports"
    conflict = next(f["fingerprint"] for f in verified if f["rule"] == "value-conflict")
    code, _, err = invoke("review", str(claims), conflict, "--status", "accepted", "--by", "Editor",
                          "--config", str(config))
    assert code == 0, err


def test_a_rule_skipped_for_one_file_runs_for_the_others(tmp_path: Path) -> None:
    claims, _ = newsroom(tmp_path, "")
    bare = tmp_path / "bare.yaml"
    bare.write_text(WITHOUT_TEXT, encoding="utf-8")
    report = run([bare, claims], Settings()).report
    skipped = {s.rule: s.files for s in report.rules_skipped}
    assert skipped["quote-not-found"] == (str(bare),)
    assert "quote-not-found" in report.rules_run
    assert [s.rule for s in report.skipped_for(str(claims))] == ["corrected-figure"]  # no archive
    assert [s.rule for s in report.skipped_for(str(bare))] == ["corrected-figure", "quote-not-found",
                                                               "uncurated-figure"]

    _, out, _ = invoke("verify", str(bare), str(claims), "--format", "junit", "--no-cache")
    suites = {suite.get("name"): suite for suite in ElementTree.fromstring(out.split("\n", 1)[1])}
    def skipped_cases(path: Path) -> set[str]:
        return {str(case.get("name")) for case in suites[str(path)] if case.find("skipped") is not None}

    assert skipped_cases(claims) == {"corrected-figure"}  # no archive
    assert {"quote-not-found", "uncurated-figure"} <= {name.split()[0] for name in skipped_cases(bare)}

    _, out, _ = invoke("verify", str(bare), str(claims), "--no-cache")
    assert re.search(r"quote-not-found \(no article text for 1 of 2 files\)", out)


def test_parallel_runs_report_exactly_what_one_process_does(tmp_path: Path) -> None:
    claims, _ = newsroom(tmp_path, "")
    folder = tmp_path / "archive"
    folder.mkdir()
    for number in range(7):  # files of different sizes finish in a different order than they start
        body = "".join(
            f'- {{id: c{number}-{i}, metric: trade, period: "{2000 + i}", value: "${100 + i * number} млн", '
            f'said_by: {"baq" if i % 2 else "stat"}}}\n' for i in range(1 + number * 5)
        )
        (folder / f"f{number}.yaml").write_text(claims_yaml(body), encoding="utf-8")
    broken = folder / "f3.yaml"
    broken.write_text(broken.read_text(encoding="utf-8") + "  - {id: bad}\n", encoding="utf-8")
    paths = [folder, claims]
    with pytest.raises(InputError) as in_one_process:
        run(paths, Settings(), jobs=1)
    with pytest.raises(InputError) as in_three:
        run(paths, Settings(), jobs=3)
    assert str(in_three.value) == str(in_one_process.value) and "f3.yaml" in str(in_three.value)
    broken.unlink()
    serial = run(paths, Settings(), jobs=1)
    parallel = run(paths, Settings(), jobs=3)
    assert parallel == serial
    assert [result.path for result in parallel.results] == [str(p) for p in sorted(folder.glob("*.yaml"))] + [
        str(claims)]
    outputs = {invoke("verify", *map(str, paths), "--jobs", jobs, "--no-cache", "--format", "json")[1]
               for jobs in ("1", "2", "4")}
    assert len(outputs) == 1


def test_report_reads_the_article_once_and_locates_each_quote_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck import figures
    from factcheck.article import ArticleText

    claims, _ = newsroom(tmp_path, "")
    reads: list[Path] = []
    quotes: list[str] = []
    scans: list[str] = []
    real_read, real_find, real_scan = ArticleText.read, ArticleText.find_quote, figures.find_figures

    def read(cls: type[ArticleText], path: Path) -> ArticleText:
        reads.append(path)
        return real_read(path)

    def find_quote(self: ArticleText, quote: str) -> tuple[int, int] | None:
        quotes.append(quote)
        return real_find(self, quote)

    def find_figures(*args: object) -> list[figures.FoundFigure]:
        scans.append("scan")
        return real_scan(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(ArticleText, "read", classmethod(read))
    monkeypatch.setattr(ArticleText, "find_quote", find_quote)
    monkeypatch.setattr(figures, "find_figures", find_figures)
    code, _, err = invoke("report", str(claims), "-o", str(tmp_path / "page.html"))
    assert code == 0, err
    assert reads == [tmp_path / "article.txt"]
    assert sorted(quotes) == sorted({"Товарооборот в 2023 году достиг $533 млн", "в 2024 году – $600 млн"})
    assert scans == ["scan"], "the text is scanned once, for uncurated-figure and the page alike"


def test_files_are_checked_one_at_a_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.engine
    import factcheck.loader

    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.yaml").write_text(WITHOUT_TEXT, encoding="utf-8")
    events: list[str] = []
    real_load, real_check = factcheck.loader.load_claims_file, factcheck.engine.check_claims_file

    def load(path: Path):  # type: ignore[no-untyped-def]
        events.append(f"load {path.stem}")
        return real_load(path)

    def check(claims_file, *args):  # type: ignore[no-untyped-def]
        events.append(f"check {claims_file.path.stem}")
        return real_check(claims_file, *args)

    monkeypatch.setattr(factcheck.engine, "load_claims_file", load)
    monkeypatch.setattr(factcheck.engine, "check_claims_file", check)
    run([tmp_path], Settings())
    assert events == ["load a", "check a", "load b", "check b", "load c", "check c"]
