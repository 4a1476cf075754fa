"""verify's habits from ruff: -q (findings only), -s (nothing), --statistics, --list-files, `-` for stdin, -V.

And a folder's YAML file that lost its `factcheck:` line is an error naming it, never skipped in silence.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import __version__
from tests.conftest import claims_yaml
from tests.test_cli import run

FACTCHECK = str(Path(sys.executable).with_name("factcheck"))
CONFLICT = claims_yaml(
    '- {id: lead, metric: trade, period: "2023", value: "$533 млн", said_by: baq}\n'
    '- {id: body, metric: trade, period: "2023", value: "$600 млн", said_by: stat}\n'
)
CLEAN = claims_yaml('- {id: only, metric: trade, period: "2023", value: "$533 млн", said_by: stat}\n')


@pytest.fixture
def conflict(tmp_path: Path) -> Path:
    path = tmp_path / "conflict.yaml"
    path.write_text(CONFLICT, encoding="utf-8")
    return path


def test_quiet_prints_the_findings_and_nothing_else(conflict: Path) -> None:
    code, out, err = run("verify", "-q", str(conflict))
    lines = out.splitlines()
    assert code == 1 and err == ""
    # every line is a finding (no summary): value-conflict and unsourced, each once
    assert sorted(line.split(": ")[1].split()[1] for line in lines) == ["unsourced", "value-conflict"]
    assert all(line.startswith(f"{conflict}:") for line in lines)
    assert any("$533 млн (lead)" in line and "$600 млн (body)" in line for line in lines)
    assert run("verify", "--quiet", str(conflict))[1] == out


def test_quiet_on_a_terminal_prints_lines_not_panels(conflict: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck import cli

    monkeypatch.setattr(cli, "_on_terminal", lambda: True)
    code, out, _ = run("verify", "-q", "--color", "never", str(conflict))
    assert code == 1 and "╭" not in out and " in 1 file" not in out
    assert all(line.startswith(f"{conflict}:") for line in out.splitlines())


def test_quiet_on_a_clean_file_prints_nothing(tmp_path: Path) -> None:
    path = tmp_path / "clean.yaml"
    path.write_text(CLEAN, encoding="utf-8")
    assert run("verify", "-q", str(path)) == (0, "", "")


def test_silent_prints_nothing_even_in_json(conflict: Path) -> None:
    assert run("verify", "-s", "-f", "json", str(conflict)) == (1, "", "")


def test_silent_still_writes_the_files_asked_for(conflict: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    assert run("verify", "-s", "-f", "json", "-o", str(target), str(conflict)) == (1, "", "")
    assert sorted(f["rule"] for f in json.loads(target.read_text(encoding="utf-8"))["findings"]) == [
        "unsourced", "value-conflict"]


def test_statistics_counts_findings_per_rule_as_ruff_does(tmp_path: Path) -> None:
    path = tmp_path / "two.yaml"
    path.write_text(claims_yaml(
        '- {id: a, metric: trade, period: "2023", value: "$533 млн", said_by: baq}\n'
        '- {id: b, metric: trade, period: "2023", value: "$600 млн", said_by: baq}\n'
        '- {id: c, metric: trade, period: "2024", value: "$700 млн", said_by: stat}\n'
    ), encoding="utf-8")
    code, out, _ = run("verify", "--statistics", str(path))
    assert code == 1
    rows = [line.split(None, 3) for line in out.splitlines()]
    assert rows == [
        ["2", "unsourced", "warning", "a figure stated by an outlet in its own voice that cites nobody"],
        ["1", "value-conflict", "error", "one metric, one period, one kind, figures whose intervals do not overlap"],
    ]
    code, out, _ = run("verify", "--statistics", "-f", "json", str(path))
    assert [(row["count"], row["rule"], row["severity"]) for row in json.loads(out)] == [
        (2, "unsourced", "warning"), (1, "value-conflict", "error")]
    code, _, err = run("verify", "--statistics", "-f", "sarif", str(path))
    assert code == 2 and "--statistics" in err


def test_list_files_names_what_would_be_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "claims" / "sub").mkdir(parents=True)
    (tmp_path / "claims" / "a.yaml").write_text(CONFLICT, encoding="utf-8")
    (tmp_path / "claims" / "sub" / "b.yml").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "claims" / "mkdocs.yml").write_text("site_name: newsroom\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = run("verify", "--list-files", "claims")
    assert (code, err) == (0, "")  # findings do not matter: nothing is checked
    assert out.splitlines() == [str(Path("claims/a.yaml")), str(Path("claims/sub/b.yml"))]


def test_minus_reads_a_claims_file_from_standard_input(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text("Товарооборот составил $533 млн.\n", encoding="utf-8")
    text = CONFLICT.replace("  language: ru\n", "  language: ru\n  text: article.txt\n")
    result = subprocess.run([FACTCHECK, "verify", "-f", "json", "-"], input=text, cwd=tmp_path, text=True,
                            capture_output=True, check=False, timeout=120)
    document = json.loads(result.stdout)
    assert result.returncode == 1, result.stderr
    assert document["files"] == ["<stdin>"]
    assert {f["rule"] for f in document["findings"]} >= {"value-conflict"}
    # the article text was found relative to the working folder: the text rules ran
    assert "quote-not-found" not in {skip["rule"] for skip in document["rules"]["skipped"]}


def test_minus_reports_input_errors_as_stdin(tmp_path: Path) -> None:
    result = subprocess.run([FACTCHECK, "verify", "-"], input="factcheck: 1\nfactcheck: 2\n", cwd=tmp_path,
                            text=True, capture_output=True, check=False, timeout=120)
    assert result.returncode == 2
    assert result.stderr.startswith("<stdin>:2:1: error: duplicate key 'factcheck'")


def test_minus_goes_alone(conflict: Path) -> None:
    code, _, err = run("verify", "-", str(conflict))
    assert code == 2 and "'-' reads one claims file from standard input" in err


def test_output_minus_prints_and_writes_no_file_named_minus(
        conflict: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("verify", "-f", "json", "-o", "-", str(conflict))
    assert code == 1 and "value-conflict" in {f["rule"] for f in json.loads(out)["findings"]}
    article = tmp_path / "article.txt"
    article.write_text("Exports rose to $533 million in 2023.\n", encoding="utf-8")
    code, out, _ = run("extract", str(article), "--published", "2024-02-01", "-o", "-")
    assert code == 0 and 'value: "$533 million"' in out
    assert not (tmp_path / "-").exists()


def test_capital_v_is_version() -> None:
    assert run("-V") == (0, f"factcheck {__version__}\n", "")


UNVERSIONED = "article:\n  title: Old draft\n  published: 2025-10-20\nclaims:\n  - {id: a, value: '$1 млн'}\n"


def test_a_folder_file_that_lost_its_version_line_is_an_error_naming_it(tmp_path: Path) -> None:
    (tmp_path / "good.yaml").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "old.yaml").write_text(UNVERSIONED, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: newsroom\nnav: []\n", encoding="utf-8")
    code, out, err = run("verify", str(tmp_path))
    assert code == 2 and out == ""
    (line,) = err.splitlines()
    assert line.startswith(f"{tmp_path / 'old.yaml'}:1:1: error: looks like a claims file but has no "
                           "'factcheck:' line; add 'factcheck: ")


@pytest.mark.parametrize("text", [UNVERSIONED, "claims: []\n", "'article': {title: x}\n"])
def test_the_only_file_of_a_folder_without_version_is_named_not_missed(tmp_path: Path, text: str) -> None:
    (tmp_path / "draft.yaml").write_text(text, encoding="utf-8")
    code, _, err = run("verify", str(tmp_path))
    assert code == 2
    assert "looks like a claims file but has no 'factcheck:' line" in err and "draft.yaml:1:1" in err
    assert "no claims files" not in err


def test_every_option_of_verify_is_documented_in_the_readme() -> None:
    import typer.main

    from factcheck.cli import app
    from tests.conftest import PROJECT

    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    command = typer.main.get_command(app).commands["verify"]  # type: ignore[attr-defined]
    options = [[name for name in param.opts if name.startswith("--")] for param in command.params]
    assert ["--statistics"] in options
    # each option under one of its names (`--color` documents `--colour` too)
    missing = [names for names in options if names and not any(f"`{name}" in readme for name in names)]
    assert missing == []


@pytest.mark.parametrize("command", ["extract", "check"])
@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_a_publication_date_at_the_calendars_ends_is_refused_in_one_line(
        command: str, published: str, tmp_path: Path) -> None:
    # "last year" of 0001-01-01 fell before the calendar (an internal error); "next year" of 9999 drafted '10000'
    article = tmp_path / "article.txt"
    article.write_text("Sales rose 5% last year after 3% the year before; next year output will rise 4%.\n",
                       encoding="utf-8")
    code, _, err = run(command, str(article), "--language", "en", "--published", published)
    assert code == 2 and err == f"factcheck: error: --published '{published}' is no date of news; write a date " \
                                "from 1900 to 2099\n"
