"""The archive from the command line: published files added, drafts checked against them, keys and registry."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from factcheck.cli import app
from tests.conftest import PROJECT, SHIPPED_CLAIMS
from tests.test_archive_store import archive_url  # noqa: F401 - the fixture: SQLite, and PostgreSQL when set

runner = CliRunner()

REGISTRY = """\
factcheck-registry: 1
metrics:
  kz-az-trade:
    name: {ru: "Товарооборот Казахстана и Азербайджана", en: "Kazakhstan-Azerbaijan trade turnover"}
    aliases: {ru: [товарооборот, "взаимная торговля"], en: [trade]}
    unit: USD
    flow: true
    place: Kazakhstan Azerbaijan
sources:
  kz-stat-committee:
    name: {ru: "Бюро национальной статистики", en: "Bureau of National Statistics"}
"""


def claims(url: str, claims_body: str, *, published: str = "2025-10-12", outlet: str = "BAQ.KZ",
           language: str = "ru", key: str | None = "kz-az-trade", extra_metric: str = "") -> str:
    """A claims file of one outlet's article about trade, its metric keyed unless `key` is None."""
    keyed = f", key: {key}" if key else ""
    return textwrap.dedent(f"""\
        factcheck: 1.2
        article: {{title: "Trade", outlet: {outlet}, url: "{url}", published: {published}, language: {language}}}
        sources:
          stat: {{name: "Stat committee", kind: official, key: kz-stat-committee}}
          baq: {{name: BAQ.KZ, kind: outlet}}
        metrics:
          trade: {{name: "Товарооборот", unit: USD, flow: true{keyed}}}
        """) + extra_metric + "claims:\n" + textwrap.indent(textwrap.dedent(claims_body).strip("\n"), "  ") + "\n"


class Desk:
    """A project folder with an archive configured (SQLite or PostgreSQL) and a registry."""

    def __init__(self, folder: Path, url: str) -> None:
        self.folder = folder
        (folder / "registry.yaml").write_text(REGISTRY, encoding="utf-8")
        self.config = folder / ".factcheck.toml"
        self.config.write_text(f'[archive]\nurl = "{url}"\nregistry = "registry.yaml"\n', encoding="utf-8")

    def write(self, name: str, text: str) -> Path:
        path = self.folder / name
        path.write_text(text, encoding="utf-8")
        return path

    def run(self, *args: str) -> tuple[int, str, str]:
        command, rest = list(args[:1]), list(args[1:])
        if command == ["archive"]:
            command, rest = ["archive", rest[0]], rest[1:]
        result = runner.invoke(app, [*command, *rest, "--config", str(self.config)])
        return result.exit_code, result.stdout, result.stderr

    def verify(self, path: Path, *args: str) -> dict[str, Any]:
        code, out, err = self.run("verify", str(path), "--format", "json", "--fail-on", "never", *args)
        assert code == 0, err
        report: dict[str, Any] = json.loads(out)
        return report


@pytest.fixture
def desk(tmp_path: Path, archive_url: str) -> Desk:  # noqa: F811 - the imported fixture
    return Desk(tmp_path, archive_url)


def findings_of(report: dict[str, Any], rule: str | None = None) -> list[dict[str, Any]]:
    found = report["findings"]
    assert isinstance(found, list)
    return [f for f in found if rule is None or f["rule"] == rule]


def archive_findings_of(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The findings that name an archived claim (ARTICLE-URL#CLAIM-ID)."""
    return [f for f in findings_of(report) if any("#" in c["id"] for c in f["claims"])]


def test_two_articles_of_one_outlet_disagreeing_on_one_metric_and_period(desk: Desk) -> None:
    earlier = desk.write("earlier.yaml", claims("https://outlet.example/oct", """
        - {id: trade-2023, metric: trade, period: "2023", value: "5,4 млрд долларов", said_by: baq, cites: stat,
           quote: "товарооборот в 2023 году составил 5,4 млрд долларов"}
        """))
    assert desk.run("archive", "add", str(earlier))[0] == 0
    draft = desk.write("draft.yaml", claims("https://outlet.example/nov", """
        - {id: t, metric: trade, period: "2023", value: "5,2 млрд долларов", said_by: baq, cites: stat}
        """, published="2025-11-02"))
    report = desk.verify(draft)
    conflict, = findings_of(report, "value-conflict")
    assert conflict["severity"] == "error"
    assert [c["id"] for c in conflict["claims"]] == ["t", "https://outlet.example/oct#trade-2023"]
    assert conflict["line"] == 9  # the draft's claim, not the archived one
    message = str(conflict["message"])
    for named in ("BAQ.KZ", "2025-10-12", "https://outlet.example/oct", "товарооборот в 2023 году составил"):
        assert named in message
    code, out, _ = desk.run("verify", str(draft))
    assert code == 1 and "value-conflict" in out and "https://outlet.example/oct" in out



def test_a_finding_against_the_archive_that_rests_on_a_guess_is_a_warning_naming_it(desk: Desk) -> None:
    earlier = desk.write("earlier.yaml", claims("https://outlet.example/oct", """
        - {id: trade-2023, metric: trade, period: "2023", value: "5,4 млрд долларов", said_by: baq, cites: stat}
        """))
    assert desk.run("archive", "add", str(earlier))[0] == 0
    draft = desk.write("draft.yaml", claims("https://outlet.example/nov", """
        - {id: t, metric: trade, period: "2023", value: "5,2 млрд долларов", said_by: baq, cites: stat,
           guessed: [period]}
        """, published="2025-11-02"))
    conflict, = findings_of(desk.verify(draft), "value-conflict")
    assert conflict["severity"] == "warning"
    assert str(conflict["message"]).endswith("this holds only if the period of 't' in line 9 is right.")

def test_the_fingerprint_covers_the_archived_figure(desk: Desk) -> None:
    draft = desk.write("draft.yaml", claims("https://outlet.example/nov", """
        - {id: t, metric: trade, period: "2023", value: "5,2 млрд долларов", said_by: baq, cites: stat}
        """, published="2025-11-02"))
    prints = []
    for figure in ("5,4 млрд долларов", "5,5 млрд долларов"):
        desk.run("archive", "add", str(desk.write("earlier.yaml", claims("https://outlet.example/oct", f"""
            - {{id: trade-2023, metric: trade, period: "2023", value: "{figure}", said_by: baq, cites: stat}}
            """))))
        prints.append(findings_of(desk.verify(draft), "value-conflict")[0]["fingerprint"])
    assert prints[0] != prints[1]  # a review of the old archived figure does not cover the new one


def test_a_review_of_an_archive_finding_applies_and_is_not_stale(desk: Desk) -> None:
    desk.run("archive", "add", str(desk.write("earlier.yaml", claims("https://outlet.example/oct", """
        - {id: trade-2023, metric: trade, period: "2023", value: "5,4 млрд долларов", said_by: baq, cites: stat}
        """))))
    body = """
        - {id: t, metric: trade, period: "2023", value: "5,2 млрд долларов", said_by: baq, cites: stat}
        """
    draft = desk.write("draft.yaml", claims("https://outlet.example/nov", body, published="2025-11-02"))
    fingerprint = findings_of(desk.verify(draft), "value-conflict")[0]["fingerprint"]
    desk.write("draft.yaml", claims("https://outlet.example/nov", body, published="2025-11-02") + textwrap.dedent(f"""\
        reviews:
          - {{finding: {fingerprint}, rule: value-conflict, status: accepted, by: "A. Editor", date: 2025-11-02}}
        """))
    code, out, err = desk.run("verify", str(draft))
    assert code == 0, out + err
    assert "stale-review" not in out


def test_a_corrected_figure_reused(desk: Desk) -> None:
    desk.run("archive", "add", str(desk.write("a.yaml", claims("https://outlet.example/a", """
        - {id: trade-2023, metric: trade, period: "2023", value: "$533 млн", said_by: baq, cites: stat,
           quote: "товарооборот достиг $533 млн"}
        """))))
    desk.run("archive", "add", str(desk.write("b.yaml", claims("https://outlet.example/b", """
        - {id: fixed, metric: trade, period: "2023", value: "$547 млн", said_by: baq, cites: stat,
           corrects: "https://outlet.example/a#trade-2023"}
        """, published="2025-10-14"))))
    reused = desk.write("draft.yaml", claims("https://outlet.example/draft", """
        - {id: t, metric: trade, period: "2023", value: "$533 млн", said_by: baq, cites: stat}
        """, published="2025-11-01"))
    finding, = findings_of(desk.verify(reused), "corrected-figure")
    assert finding["severity"] == "error"
    assert [c["id"] for c in finding["claims"]] == [
        "t", "https://outlet.example/a#trade-2023", "https://outlet.example/b#fixed"]
    assert "corrected to $547 млн" in str(finding["message"])
    corrected = desk.write("draft.yaml", claims("https://outlet.example/draft", """
        - {id: t, metric: trade, period: "2023", value: "$547 млн", said_by: baq, cites: stat}
        """, published="2025-11-01"))
    assert archive_findings_of(desk.verify(corrected)) == []  # the corrected figure is no conflict either


def test_a_correction_recorded_by_command(desk: Desk) -> None:
    desk.run("archive", "add", str(desk.write("a.yaml", claims("https://outlet.example/a", """
        - {id: trade-2023, metric: trade, period: "2023", value: "$533 млн", said_by: baq, cites: stat}
        """))))
    code, _, err = desk.run("archive", "correct", "https://outlet.example/a#trade-2023", "--reason", "withdrawn")
    assert code == 0, err
    draft = desk.write("draft.yaml", claims("https://outlet.example/draft", """
        - {id: t, metric: trade, period: "2023", value: "$533 млн", said_by: baq, cites: stat}
        """, published="2025-11-01"))
    finding, = findings_of(desk.verify(draft), "corrected-figure")
    assert "withdrew (withdrawn)" in str(finding["message"])
    code, _, err = desk.run("archive", "correct", "https://outlet.example/a#nothing", "--reason", "x")
    assert code == 2 and err.count("\n") == 1 and "no claim https://outlet.example/a#nothing" in err


def test_a_figure_its_source_revised(desk: Desk) -> None:
    desk.run("archive", "add", str(desk.write("a.yaml", claims("https://outlet.example/a", """
        - {id: prelim, metric: trade, period: "2023", value: "$533 млн", release: 2024-02-01, said_by: baq,
           cites: stat}
        """))))
    draft = desk.write("draft.yaml", claims("https://outlet.example/draft", """
        - {id: revised, metric: trade, period: "2023", value: "$547 млн", release: 2024-06-01, said_by: baq,
           cites: stat}
        """, published="2025-11-01"))
    report = desk.verify(draft)
    revision, = findings_of(report, "revised-figure")
    assert revision["severity"] == "info"
    assert "revised from $533 млн" in revision["message"] and "https://outlet.example/a" in revision["message"]
    assert findings_of(report, "value-conflict") == []


def test_russian_and_english_editions_agreeing_give_no_finding(desk: Desk) -> None:
    desk.run("archive", "add", str(desk.write("ru.yaml", claims("https://outlet.example/ru/trade", """
        - {id: trade-2023, metric: trade, period: "2023", value: "5,4 млрд долларов", said_by: baq, cites: stat}
        - {id: growth, metric: trade, period: "2023", change: "+12%", since: "2022", said_by: baq, cites: stat}
        """))))
    english = desk.write("en.yaml", claims("https://outlet.example/en/trade", """
        - {id: trade-2023, metric: trade, period: "2023", value: "$5.4 billion", said_by: baq, cites: stat}
        - {id: growth, metric: trade, period: "2023", change: "+12%", since: "2022", said_by: baq, cites: stat}
        """, language="en"))
    report = desk.verify(english)
    assert archive_findings_of(report) == []
    assert findings_of(report) == []


def test_an_unkeyed_metric_is_matched_to_nothing(desk: Desk) -> None:
    desk.run("archive", "add", str(desk.write("a.yaml", claims("https://outlet.example/a", """
        - {id: trade-2023, metric: trade, period: "2023", value: "$533 млн", said_by: baq, cites: stat}
        """, key=None))))
    desk.run("archive", "add", str(desk.write("b.yaml", claims("https://outlet.example/b", """
        - {id: trade-2023, metric: trade, period: "2023", value: "$540 млн", said_by: baq, cites: stat}
        """))))
    draft = desk.write("draft.yaml", claims("https://outlet.example/draft", """
        - {id: t, metric: trade, period: "2023", value: "$600 млн", said_by: baq, cites: stat}
        """, key=None))
    assert findings_of(desk.verify(draft)) == []  # neither the unkeyed archived claim nor the keyed one
    code, out, _ = desk.run("archive", "show", "kz-az-trade")
    assert code == 0 and "$533 млн" not in out and "$540 млн" in out  # archived, but under no key


def test_another_outlets_figure_is_at_most_a_warning(desk: Desk) -> None:
    desk.run("archive", "add", str(desk.write("a.yaml", claims("https://other.example/a", """
        - {id: trade-2023, metric: trade, period: "2023", value: "$533 млн", said_by: baq, cites: stat}
        """, outlet="Other"))))
    draft = desk.write("draft.yaml", claims("https://outlet.example/draft", """
        - {id: t, metric: trade, period: "2023", value: "$600 млн", said_by: baq, cites: stat}
        """, published="2025-11-01"))
    conflict, = findings_of(desk.verify(draft), "value-conflict")
    assert conflict["severity"] == "warning" and "Other, 2025-10-12" in str(conflict["message"])
    with desk.config.open("a", encoding="utf-8") as config:
        config.write('[severity]\nvalue-conflict = "error"\n')  # configuration cannot lift the cap
    conflict, = findings_of(desk.verify(draft), "value-conflict")
    assert conflict["severity"] == "warning"


def test_a_change_against_an_archived_end(desk: Desk) -> None:
    desk.run("archive", "add", str(desk.write("a.yaml", claims("https://outlet.example/a", """
        - {id: trade-2023, metric: trade, period: "2023", value: "$533 млн", said_by: baq, cites: stat}
        """))))
    draft = desk.write("draft.yaml", claims("https://outlet.example/draft", """
        - {id: t24, metric: trade, period: "2024", value: "$800 млн", said_by: baq, cites: stat}
        - {id: up, metric: trade, period: "2024", change: "+10%", since: "2023", said_by: baq, cites: stat}
        """, published="2025-11-01"))
    report = desk.verify(draft)
    mismatch, = findings_of(report, "change-mismatch")
    assert {c["id"] for c in mismatch["claims"]} == {
        "up", "t24", "https://outlet.example/a#trade-2023"}


def test_as_of_from_the_command_line(desk: Desk) -> None:
    path = desk.write("a.yaml", claims("https://outlet.example/a", """
        - {id: trade-2023, metric: trade, period: "2023", value: "$533 млн", said_by: baq, cites: stat}
        """, published="2025-10-12"))
    desk.run("archive", "add", str(path))
    desk.write("a.yaml", claims("https://outlet.example/a", """
        - {id: trade-2023, metric: trade, period: "2023", value: "$547 млн", said_by: baq, cites: stat}
        """, published="2025-10-20"))
    desk.run("archive", "add", str(path))
    code, before, _ = desk.run("archive", "show", "kz-az-trade", "2023", "--as-of", "2025-10-15")
    assert code == 0 and "$533 млн" in before and "$547 млн" not in before
    _, after, _ = desk.run("archive", "show", "kz-az-trade", "2023", "--as-of", "2025-10-25")
    assert "$547 млн" in after and "$533 млн" not in after
    _, none, _ = desk.run("archive", "show", "kz-az-trade", "2023", "--as-of", "2025-01-01")
    assert none.startswith("nothing archived for kz-az-trade 2023 as of 2025-01-01")
    code, _, err = desk.run("archive", "show", "kz-az-trade", "--as-of", "yesterday")
    assert code == 2 and "not a date" in err


def test_a_file_with_guesses_is_not_archived(desk: Desk) -> None:
    path = desk.write("draft.yaml", claims("https://outlet.example/a", """
        - {id: t, metric: trade, period: "2023", value: "$533 млн", said_by: baq, cites: stat,
           guessed: [period]}
        """))
    code, out, err = desk.run("archive", "add", str(path))
    assert code == 2 and out == ""
    assert err == f"{path}:10:15: error: claim t still lists guessed fields; confirm them (delete them from " \
                  "'guessed') before the file is archived\n"


def test_a_metric_that_disagrees_with_the_registry_is_a_load_error(desk: Desk) -> None:
    path = desk.write("a.yaml", claims("https://outlet.example/a", """
        - {id: t, metric: trade, period: "2023", value: "5 Mt", said_by: baq, cites: stat}
        """).replace("unit: USD, flow: true", "unit: Mt, flow: false"))
    code, _, err = desk.run("archive", "add", str(path))
    assert code == 2
    assert err.splitlines() == [
        f"{path}:7:10: error: metric 'trade' is in Mt, but its key 'kz-az-trade' is in USD in the registry; use a "
        "unit of the same dimension or another key",
        f"{path}:7:10: error: metric 'trade' says flow: false, but its key 'kz-az-trade' is flow: true in the "
        "registry; make them agree or use another key",
    ]
    code, _, err = desk.run("verify", str(path))
    assert code == 2 and "in the registry" in err


def test_suggest_proposes_keys_and_changes_nothing(desk: Desk) -> None:
    path = desk.write("draft.yaml", claims("https://outlet.example/a", """
        - {id: t, metric: trade, period: "2023", value: "$533 млн", said_by: baq, cites: stat}
        """, key=None))
    before = path.read_text(encoding="utf-8")
    code, out, err = desk.run("archive", "suggest", str(path))
    assert code == 0, err
    assert f"{path}: metric 'trade': key: kz-az-trade  (registry:" in out
    assert path.read_text(encoding="utf-8") == before


def test_export_and_import_from_the_command_line(desk: Desk, tmp_path: Path) -> None:
    desk.run("archive", "add", str(desk.write("a.yaml", claims("https://outlet.example/a", """
        - {id: trade-2023, metric: trade, period: "2023", value: "$533 млн", said_by: baq, cites: stat}
        """))))
    exported = tmp_path / "archive.jsonl"
    assert desk.run("archive", "export", "--output", str(exported))[0] == 0
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    other = Desk(elsewhere, f"sqlite:///{elsewhere / 'rebuilt.sqlite3'}")
    code, out, err = other.run("archive", "import", str(exported))
    assert (code, out) == (0, f"imported 1 records from {exported}\n"), err
    _, shown, _ = other.run("archive", "show", "kz-az-trade")
    assert "$533 млн" in shown and "https://outlet.example/a#trade-2023" in shown


def test_history_and_remove_from_the_command_line(desk: Desk) -> None:
    desk.run("archive", "add", str(desk.write("a.yaml", claims("https://outlet.example/a", """
        - {id: trade-2023, metric: trade, period: "2023", value: "$533 млн", said_by: baq, cites: stat}
        """))))
    code, _, err = desk.run("archive", "remove", "https://outlet.example/a", "--reason", "retracted")
    assert code == 0, err
    _, history, _ = desk.run("archive", "history")
    assert [line.split("  ")[1].strip() for line in history.splitlines()] == ["added", "removed"]
    assert history.splitlines()[1].endswith("retracted")


def test_a_corrupt_archive_is_one_line_and_exit_2(tmp_path: Path) -> None:
    broken = tmp_path / "archive.sqlite3"
    broken.write_bytes(b"\x00garbage" * 512)
    desk = Desk(tmp_path, f"sqlite:///{broken}")
    draft = desk.write("draft.yaml", claims("https://outlet.example/a", """
        - {id: t, metric: trade, period: "2023", value: "$533 млн", said_by: baq, cites: stat}
        """))
    for args in (("verify", str(draft)), ("archive", "show", "kz-az-trade"), ("archive", "add", str(draft))):
        code, out, err = desk.run(*args)
        assert code == 2 and out == ""
        assert err.count("\n") == 1
        assert err.startswith(f"factcheck: error: {broken}: not a factcheck archive, or a damaged one")


def test_keys_and_corrects_are_checked_where_they_are_written(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(claims("https://outlet.example/a", """
        - {id: t, metric: trade, period: "2023", value: "$533 млн", said_by: baq, corrects: "no-anchor"}
        """, key="Trade_Turnover"), encoding="utf-8")
    result = runner.invoke(app, ["verify", str(path)])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"{path}:7:61: error: 'Trade_Turnover' is not a key; write it in kebab-case, e.g. kz-az-trade-turnover",
        f"{path}:9:88: error: 'corrects' of claim 't' must name the earlier article and claim as "
        "ARTICLE-URL#CLAIM-ID, e.g. https://outlet.example/article#trade-2023",
    ]


def test_a_registry_with_a_bad_entry_is_a_load_error(tmp_path: Path) -> None:
    (tmp_path / "registry.yaml").write_text("factcheck-registry: 1\nmetrics:\n  trade: {name: Trade}\n",
                                            encoding="utf-8")
    config = tmp_path / ".factcheck.toml"
    config.write_text(f'[archive]\nurl = "sqlite:///{tmp_path / "a.sqlite3"}"\nregistry = "registry.yaml"\n',
                      encoding="utf-8")
    draft = tmp_path / "draft.yaml"
    draft.write_text(claims("https://outlet.example/a", """
        - {id: t, metric: trade, period: "2023", value: "$533 млн", said_by: baq, cites: stat}
        """), encoding="utf-8")
    result = runner.invoke(app, ["verify", str(draft), "--config", str(config)])
    assert result.exit_code == 2
    assert result.stderr == f"{tmp_path / 'registry.yaml'}:3:10: error: registry key 'trade' needs 'unit' (what " \
                            "its figures convert to)\n"


def test_verify_without_the_archive_never_imports_it(tmp_path: Path) -> None:
    script = ("import sys, factcheck.cli\nsys.argv = ['factcheck', 'verify', '--no-cache', sys.argv[1]]\n"
              "try:\n    factcheck.cli.main()\nexcept SystemExit:\n    pass\n"
              "print([m for m in sys.modules if m.startswith('factcheck.archive') or m in ('sqlite3', 'psycopg')],"
              " file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", script, str(SHIPPED_CLAIMS)], cwd=PROJECT, capture_output=True,
                          text=True, check=False, env={"PATH": "", "FACTCHECK_CACHE_DIR": str(tmp_path)})
    assert done.stderr.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize("output_format", ["text", "json", "sarif", "junit", "github", "markdown"])
def test_every_format_and_the_html_report_name_the_earlier_article(tmp_path: Path, output_format: str) -> None:
    desk = Desk(tmp_path, f"sqlite:///{tmp_path / 'archive.sqlite3'}")
    desk.run("archive", "add", str(desk.write("a.yaml", claims("https://outlet.example/oct", """
        - {id: trade-2023, metric: trade, period: "2023", value: "$533 млн", said_by: baq, cites: stat,
           quote: "товарооборот достиг $533 млн"}
        """))))
    draft = desk.write("draft.yaml", claims("https://outlet.example/nov", """
        - {id: t, metric: trade, period: "2023", value: "$600 млн", said_by: baq, cites: stat}
        """, published="2025-11-01"))
    code, out, _ = desk.run("verify", str(draft), "--format", output_format)
    assert code == 1
    assert "https://outlet.example/oct" in out and "2025-10-12" in out and "BAQ.KZ" in out
    page = tmp_path / "report.html"
    code, _, err = desk.run("report", str(draft), "--output", str(page))
    assert code == 0, err
    html = page.read_text(encoding="utf-8")
    assert "https://outlet.example/oct" in html and "товарооборот достиг $533 млн" in html


def test_the_documented_identity_examples_load(tmp_path: Path) -> None:
    from factcheck.loader import load_claims_file, load_registry

    doc = (PROJECT / "docs" / "claims-format.md").read_text(encoding="utf-8")
    section = doc.split("## Identity across articles (format 1.2)", 1)[1]
    claims_example, registry_example = (block.split("```", 1)[0] for block in section.split("```yaml\n")[1:3])
    (tmp_path / "claims.yaml").write_text(claims_example, encoding="utf-8")
    (tmp_path / "registry.yaml").write_text(registry_example, encoding="utf-8")
    claims_file = load_claims_file(tmp_path / "claims.yaml")
    registry = load_registry(tmp_path / "registry.yaml")
    trade = claims_file.metrics["trade"]
    assert trade.key in registry.metrics and claims_file.sources["stat"].key in registry.sources
    assert claims_file.claims[0].corrects == "https://baq.example/a#trade-2023"
    from factcheck.archive.door import registry_problems

    assert registry_problems(claims_file, registry) == []


def test_an_archive_add_is_never_hidden_by_a_cached_answer(desk: Desk) -> None:
    draft = desk.write("draft.yaml", claims("https://outlet.example/nov", """
        - {id: t, metric: trade, period: "2023", value: "$600 млн", said_by: baq, cites: stat}
        """, published="2025-11-01"))
    assert desk.run("verify", str(draft))[0] == 0  # nothing archived yet
    desk.run("archive", "add", str(desk.write("a.yaml", claims("https://outlet.example/oct", """
        - {id: trade-2023, metric: trade, period: "2023", value: "$533 млн", said_by: baq, cites: stat}
        """))))
    code, out, _ = desk.run("verify", str(draft))
    assert code == 1 and "value-conflict" in out


def test_the_archive_commands_run_from_the_installed_entry_point(tmp_path: Path) -> None:
    config = tmp_path / ".factcheck.toml"
    config.write_text(f'[archive]\nurl = "sqlite:///{tmp_path / "a.sqlite3"}"\n', encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "factcheck", "archive", "history", "--config", str(config)],
                          cwd=tmp_path, capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout, done.stderr) == (0, "the archive is empty\n", "")


KEY_TEXT = st.text(alphabet="abcz09-_A .#/:", min_size=1, max_size=20).filter(lambda t: t.strip() == t and t)


@given(KEY_TEXT, KEY_TEXT)
@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_key_or_corrects_loads_or_is_one_error_line(tmp_path: Path, key: str, corrects: str) -> None:
    from factcheck.errors import InputError
    from factcheck.loader import load_claims_text

    text = claims("https://outlet.example/a", f"""
        - {{id: t, metric: trade, period: "2023", value: "$533 млн", said_by: baq, corrects: {json.dumps(corrects)}}}
        """, key=json.dumps(key))
    try:
        loaded = load_claims_text(tmp_path / "c.yaml", text)
    except InputError as error:
        assert all(p.line is not None and "\n" not in p.message for p in error.problems)
        assert all("is not a key" in p.message or "'corrects'" in p.message for p in error.problems)
        return
    metric, claim = loaded.metrics["trade"], loaded.claims[0]
    assert metric.key == key and re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", key)
    assert claim.corrects == corrects and "#" in corrects


def test_the_same_precise_figure_printed_for_another_period(tmp_path: Path) -> None:
    desk = Desk(tmp_path, f"sqlite:///{tmp_path / 'archive.sqlite3'}")
    desk.run("archive", "add", str(desk.write("a.yaml", claims("https://outlet.example/a", """
        - {id: trade-2022, metric: trade, period: "2022", value: "$533,4 млн", said_by: baq, cites: stat}
        """))))
    draft = desk.write("draft.yaml", claims("https://outlet.example/draft", """
        - {id: t, metric: trade, period: "2023", value: "$533,4 млн", said_by: baq, cites: stat}
        """, published="2025-11-01"))
    conflict, = findings_of(desk.verify(draft), "period-conflict")
    assert conflict["severity"] == "error"
    assert [c["id"] for c in conflict["claims"]] == ["t", "https://outlet.example/a#trade-2022"]


def test_a_registry_may_be_a_folder_of_files(tmp_path: Path) -> None:
    from factcheck.errors import InputError
    from factcheck.loader import load_registry

    folder = tmp_path / "registry"
    folder.mkdir()
    (folder / "trade.yaml").write_text(REGISTRY, encoding="utf-8")
    (folder / "more.yaml").write_text("factcheck-registry: 1\nmetrics:\n  kz-oil-output: {name: Oil, unit: Mt}\n",
                                      encoding="utf-8")
    registry = load_registry(folder)
    assert sorted(registry.metrics) == ["kz-az-trade", "kz-oil-output"]
    (folder / "twice.yaml").write_text("factcheck-registry: 1\nmetrics:\n  kz-oil-output: {name: Oil, unit: t}\n",
                                       encoding="utf-8")
    with pytest.raises(InputError, match="key 'kz-oil-output' is defined twice"):
        load_registry(folder)


def _reused_correction(desk: Desk) -> Path:
    """An archive where https://outlet.example/b corrected a's $533 млн to $547 млн, and a draft that reuses it."""
    desk.run("archive", "add", str(desk.write("a.yaml", claims("https://outlet.example/a", """
        - {id: trade-2023, metric: trade, period: "2023", value: "$533 млн", said_by: baq, cites: stat}
        """))))
    desk.run("archive", "add", str(desk.write("b.yaml", claims("https://outlet.example/b", """
        - {id: fixed, metric: trade, period: "2023", value: "$547 млн", said_by: baq, cites: stat,
           corrects: "https://outlet.example/a#trade-2023"}
        """, published="2025-10-14"))))
    return desk.write("draft.yaml", claims("https://outlet.example/draft", """
        - {id: t, metric: trade, period: "2023", value: "$533 млн", said_by: baq, cites: stat}
        """, published="2025-11-01"))


def test_corrected_figure_is_a_rule_that_ignore_select_and_severity_name(desk: Desk) -> None:
    draft = _reused_correction(desk)
    assert findings_of(desk.verify(draft, "--ignore", "corrected-figure"), "corrected-figure") == []
    only, = findings_of(desk.verify(draft, "--select", "corrected-figure"))
    assert only["rule"] == "corrected-figure"
    with desk.config.open("a", encoding="utf-8") as config:
        config.write('[severity]\ncorrected-figure = "warning"\n')
    finding, = findings_of(desk.verify(draft), "corrected-figure")
    assert finding["severity"] == "warning"
    explained = runner.invoke(app, ["explain", "corrected-figure"])
    assert explained.exit_code == 0 and "What it checks" in explained.stdout


def test_corrected_figure_is_skipped_without_the_archive_and_runs_with_it(tmp_path: Path, desk: Desk) -> None:
    draft = _reused_correction(desk)
    plain = tmp_path / "plain"
    plain.mkdir()
    alone = plain / "draft.yaml"
    alone.write_text(draft.read_text(encoding="utf-8"), encoding="utf-8")
    result = runner.invoke(app, ["verify", str(alone), "--format", "json", "--no-cache"])
    skipped = {entry["rule"]: entry["reason"] for entry in json.loads(result.stdout)["rules"]["skipped"]}
    assert skipped["corrected-figure"] == "no archive: run `verify --archive`"
    report = desk.verify(draft)
    assert "corrected-figure" in report["rules"]["run"]
    assert "corrected-figure" not in {entry["rule"] for entry in report["rules"]["skipped"]}


def test_several_earlier_articles_are_weighed_in_one_run(desk: Desk) -> None:
    for number, figure in enumerate(("5,4 млрд долларов", "5,4 млрд долларов", "5,7 млрд долларов")):
        desk.run("archive", "add", str(desk.write(f"a{number}.yaml", claims(f"https://outlet.example/{number}", f"""
            - {{id: trade-2023, metric: trade, period: "2023", value: "{figure}", said_by: baq, cites: stat}}
            """))))
    draft = desk.write("draft.yaml", claims("https://outlet.example/draft", """
        - {id: t, metric: trade, period: "2023", value: "5,4 млрд долларов", said_by: baq, cites: stat}
        """, published="2025-11-01"))
    conflict, = findings_of(desk.verify(draft), "value-conflict")  # the draft and two articles against the third
    assert {c["id"] for c in conflict["claims"]} == {
        "t", "https://outlet.example/0#trade-2023", "https://outlet.example/1#trade-2023",
        "https://outlet.example/2#trade-2023"}
    assert conflict["line"] == 9
