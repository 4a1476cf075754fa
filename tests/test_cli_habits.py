"""Habits of the linters people like: -h, completion, --color, -q, folder search, wrapping, conflicts, duplicates."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import cli
from factcheck.cli import Colour
from factcheck.engine import verify
from factcheck.reporters import sources_report, terminal_report
from tests.conftest import SHIPPED_CLAIMS, claims_yaml
from tests.test_cli import run

ANSI = re.compile(r"\x1b\[[0-9;]*m")
CONFLICT = claims_yaml(
    '- {id: a-rather-long-claim-identifier-2023, metric: trade, period: "2023", value: "$533 млн", said_by: baq}\n'
    '- {id: b, metric: trade, period: "2023", value: "$600 млн", said_by: stat}\n'
)


@pytest.mark.parametrize("command", [[], ["verify"], ["sources"], ["review"], ["extract"], ["report"]])
def test_minus_h_is_help_everywhere(command: list[str]) -> None:
    code, out, _ = run(*command, "-h")
    assert code == 0 and "Usage:" in out and "--help" in out


def test_shell_completion_works(tmp_path: Path) -> None:
    factcheck = str(Path(sys.executable).with_name("factcheck"))
    environment = {**os.environ, "_FACTCHECK_COMPLETE": "complete_bash", "COMP_WORDS": "factcheck ver",
                   "COMP_CWORD": "1"}
    completed = subprocess.run([factcheck], env=environment, capture_output=True, text=True, check=False)
    assert "verify" in completed.stdout.split()
    source = subprocess.run([factcheck], env={**os.environ, "_FACTCHECK_COMPLETE": "source_bash"},
                            capture_output=True, text=True, check=False)
    assert "complete" in source.stdout and "_FACTCHECK_COMPLETE" in source.stdout
    assert "--install-completion" in run("-h")[1]


class _Terminal:
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("choice", "environment", "terminal", "colour"), [
    (Colour.auto, {}, True, True),
    (Colour.auto, {}, False, False),
    (Colour.auto, {"NO_COLOR": "1"}, True, False),
    (Colour.auto, {"TERM": "dumb"}, True, False),
    (Colour.auto, {"FORCE_COLOR": "1"}, False, True),
    (Colour.auto, {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False, False),
    (Colour.always, {"NO_COLOR": "1"}, False, True),
    (Colour.never, {"FORCE_COLOR": "1"}, True, False),
])
def test_colour_follows_the_option_then_the_conventions(
    monkeypatch: pytest.MonkeyPatch, choice: Colour, environment: dict[str, str], terminal: bool, colour: bool
) -> None:
    for name in ("NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TERM", "xterm")
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    if terminal:
        monkeypatch.setattr(sys, "stdout", _Terminal())
    assert cli._use_colour(choice) is colour


def test_colour_never_changes_the_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    report = verify([SHIPPED_CLAIMS])
    coloured, plain = terminal_report.render(report, colour=True), terminal_report.render(report, colour=False)
    assert "\x1b[" in coloured and "\x1b[" not in plain
    assert ANSI.sub("", coloured) == plain
    from factcheck.reporters import text_report

    assert ANSI.sub("", text_report.render(report, colour=True)) == text_report.render(report)


def test_no_color_keeps_the_plain_layout_when_piped(write_conflict: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    _, plain, _ = run("verify", str(write_conflict))
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("FORCE_COLOR", "1")
    _, forced, _ = run("verify", str(write_conflict))
    assert "\x1b[" in forced and ANSI.sub("", forced) == plain


@pytest.fixture
def write_conflict(tmp_path: Path) -> Path:
    path = tmp_path / "conflict.yaml"
    path.write_text(CONFLICT, encoding="utf-8")
    return path


@pytest.mark.parametrize("width", [60, 80, 120])
def test_terminal_tables_wrap_and_never_cut_ids(width: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    # the claims file as a user names it from the project's folder: how long the checkout's path is must not
    # decide whether a header fits
    monkeypatch.chdir(SHIPPED_CLAIMS.parent.parent)
    shipped = SHIPPED_CLAIMS.relative_to(SHIPPED_CLAIMS.parent.parent)
    report = verify([shipped])
    rendered = terminal_report.render(report, colour=False)
    from factcheck.engine import Settings, run
    from factcheck.loader import load_claims_file

    claims_file = load_claims_file(shipped)
    rows = run([shipped], Settings(detail=True)).results[0].sources
    table = sources_report.render_terminal(rows, colour=False)
    for text in (rendered, table):
        assert "…" not in text
        assert max(len(line) for line in text.splitlines()) <= width
    words = set(re.findall(r"[\w-]+", table)) | set(re.findall(r"[\w-]+", rendered))
    for claim in claims_file.claims:
        assert claim.id in words, claim.id  # whole, on one line
    assert all(claim.id in set(re.findall(r"[\w-]+", rendered)) for f in report.findings for claim in f.claims)


def test_silent_prints_no_findings_but_keeps_input_errors(write_conflict: Path, tmp_path: Path) -> None:
    code, out, err = run("verify", "-s", str(write_conflict))
    assert (code, out, err) == (1, "", "")
    broken = tmp_path / "broken.yaml"
    broken.write_text("factcheck: 1\nfactcheck: 2\n", encoding="utf-8")
    code, out, err = run("verify", "-s", str(broken))
    assert code == 2 and out == "" and f"{broken}:2:1: error: duplicate key 'factcheck'" in err
    code, _, err = run("verify", "-s", str(tmp_path / "missing.yaml"))
    assert code == 2 and "missing.yaml" in err
    code, _, err = run("verify", "-s", "--select", "no-such-rule", str(write_conflict))
    assert code == 2 and "unknown rule 'no-such-rule'" in err


def test_selecting_and_ignoring_one_rule_is_a_usage_error(write_conflict: Path) -> None:
    code, out, err = run("verify", "--select", "value-conflict,unsourced", "--ignore", "value-conflict",
                         str(write_conflict))
    assert code == 2 and out == ""
    assert "factcheck: error: 'value-conflict' is both selected and ignored" in err


def test_a_path_named_twice_is_checked_once(write_conflict: Path) -> None:
    folder = str(write_conflict.parent)
    code, out, _ = run("verify", "-f", "json", str(write_conflict), folder, str(write_conflict))
    document = json.loads(out)
    assert code == 1 and document["files"] == [str(write_conflict)]
    fingerprints = [finding["fingerprint"] for finding in document["findings"]]
    assert len(fingerprints) == len(set(fingerprints))


def _tree(root: Path) -> None:
    claims = claims_yaml('- {id: t, metric: trade, period: "2023", value: "$533 млн", said_by: stat}\n')
    for relative in ("claims/a.yaml", "claims/sub/b.yml", ".hidden/c.yaml", ".venv/lib/d.yaml",
                     "env/lib/e.yaml", "node_modules/pkg/f.yaml", "drafts/old/g.yaml", "claims/h.tmp.yaml"):
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(claims, encoding="utf-8")
    (root / "env" / "pyvenv.cfg").write_text("home = /usr/bin\n", encoding="utf-8")
    (root / ".gitignore").write_text("drafts/old/\n*.tmp.yaml\n", encoding="utf-8")
    (root / ".github" / "workflows").mkdir(parents=True)
    (root / ".github" / "workflows" / "ci.yml").write_text("on: push\n", encoding="utf-8")
    (root / "mkdocs.yml").write_text("site_name: newsroom\n", encoding="utf-8")
    subprocess.run(["git", "init", "-q", str(root)], check=True)


def test_folders_are_searched_like_ruff_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    code, out, err = run("verify", "-f", "json", ".")
    assert code == 0, err
    assert json.loads(out)["files"] == ["claims/a.yaml", "claims/sub/b.yml"]
    code, out, _ = run("verify", "-f", "json", "claims")  # the root's .gitignore applies below it too
    assert json.loads(out)["files"] == ["claims/a.yaml", "claims/sub/b.yml"]


def test_a_yaml_file_that_is_not_a_claims_file_is_an_error_when_named(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    code, _, err = run("verify", "mkdocs.yml")
    assert code == 2 and err.startswith("mkdocs.yml:") and "factcheck: 1" in err
    code, _, err = run("verify", "claims/h.tmp.yaml")  # ignored in folders, checked when named
    assert code == 0, err


def test_two_outputs_to_one_file_is_a_usage_error(write_conflict: Path, tmp_path: Path) -> None:
    target = str(tmp_path / "out.txt")
    code, _, err = run("verify", str(write_conflict), "--sarif", target, "--junit", target)
    assert code == 2 and "is named for two outputs" in err
    assert not Path(target).exists()


def test_a_narrow_terminal_shows_each_quote_at_full_width(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    report = verify([SHIPPED_CLAIMS])
    assert len(report.findings) == 15
    rendered = terminal_report.render(report, colour=False)
    lines = rendered.splitlines()
    assert max(len(line) for line in lines) <= 80
    quotes = {claim.quote for finding in report.findings for claim in finding.claims if claim.quote}
    assert any(len(quote) > 60 for quote in quotes)
    for quote in quotes:
        # a quote starts on a line of its own and fills it: its first 50 characters (or all of it) on that line
        head = "“" + quote[:50]
        assert any(head in line for line in lines), quote
    # and the whole quote is there once the panel's borders and the wrapping are taken away
    text = " ".join(" ".join(line.strip("│ ").split()) for line in lines)
    assert all(" ".join(quote.split()) in text for quote in quotes)


def test_a_wide_terminal_keeps_the_claims_table(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "140")
    rendered = terminal_report.render(verify([SHIPPED_CLAIMS]), colour=False)
    assert any(line.split()[1:4] == ["claim", "figure", "said"] for line in rendered.splitlines())
