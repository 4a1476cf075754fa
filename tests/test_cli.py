"""The command line: exit codes, output forms, options; errors are one line on stderr, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import __version__
from factcheck.cli import app
from factcheck.errors import ExitCode
from tests.conftest import SHIPPED_CLAIMS, Writer, claims_yaml

runner = CliRunner()
CLEAN = claims_yaml('- {id: t, metric: trade, period: "2023", value: "$533 млн", said_by: stat}\n')
WARNING_ONLY = claims_yaml('- {id: t, metric: trade, period: "2023", value: "$533 млн", said_by: baq}\n')
CONFLICT = claims_yaml(
    '- {id: a, metric: trade, period: "2023", value: "$533 млн", said_by: stat}\n'
    '- {id: b, metric: trade, period: "2023", value: "$600 млн", said_by: stat}\n'
)


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_exit_codes_have_their_documented_values() -> None:
    assert {code.name: int(code) for code in ExitCode} == {
        "CLEAN": 0, "FINDINGS": 1, "BAD_INPUT": 2, "INTERNAL_ERROR": 3,
    }


def test_clean_file_exits_0(write: Writer) -> None:
    code, out, _ = run("verify", str(write(CLEAN)))
    assert code == ExitCode.CLEAN
    assert out.strip().startswith("no findings in 1 file")


def test_findings_exit_1_with_plain_lines(write: Writer) -> None:
    path = write(CONFLICT)
    code, out, _ = run("verify", str(path))
    assert code == ExitCode.FINDINGS
    first = out.splitlines()[0]
    assert first.startswith(f"{path}:14:5: error value-conflict: 2023 is given as $533 млн (a) and as $600 млн (b).")
    assert first.endswith("]")


def test_fail_on_decides_the_exit_code(write: Writer) -> None:
    path = str(write(WARNING_ONLY))
    assert run("verify", path)[0] == 0
    assert run("verify", path, "--fail-on", "warning")[0] == 1
    assert run("verify", path, "--fail-on", "info")[0] == 1
    assert run("verify", str(write(CONFLICT, "c.yaml")), "--fail-on", "never")[0] == 0


def test_bad_input_exits_2_with_one_line_on_stderr(write: Writer) -> None:
    path = write("factcheck: 1\nfactcheck: 2\n")
    code, out, err = run("verify", str(path))
    assert code == ExitCode.BAD_INPUT
    assert out == ""
    assert err == f"{path}:2:1: error: duplicate key 'factcheck' (first at line 1); keep one\n"
    assert "Traceback" not in err


def test_usage_errors_exit_2(write: Writer) -> None:
    assert run("verify", "--bogus")[0] == 2
    code, _, err = run("verify", str(write(CLEAN)), "--select", "period-conflit")
    assert code == 2
    assert err == "factcheck: error: unknown rule 'period-conflit'; did you mean 'period-conflict'?\n"


def test_internal_error_exits_3_without_traceback(write: Writer, monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.engine

    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(factcheck.engine, "run", broken)
    code, _, err = run("verify", str(write(CLEAN)))
    assert code == ExitCode.INTERNAL_ERROR
    assert err.startswith("factcheck: internal error: ZeroDivisionError: boom")
    assert "Traceback" not in err


def test_missing_text_file_is_bad_input(write: Writer, tmp_path: Path) -> None:
    code, _, err = run("verify", str(write(CLEAN)), "--text", str(tmp_path / "draft.md"))
    assert code == 2
    assert err == f"factcheck: error: {tmp_path / 'draft.md'}: article text not found; check the path\n"


def test_select_and_ignore(write: Writer) -> None:
    path = str(write(CONFLICT))
    assert run("verify", path, "--ignore", "value-conflict")[0] == 0
    _, out, _ = run("verify", path, "--select", "value-conflict,unsourced", "-f", "json")
    assert json.loads(out)["rules"]["run"] == ["value-conflict", "unsourced"]


def test_silent_prints_nothing(write: Writer) -> None:
    assert run("verify", str(write(CONFLICT)), "--silent") == (1, "", "")


def test_json_document(write: Writer) -> None:
    code, out, _ = run("verify", str(write(CONFLICT)), "--format", "json")
    document = json.loads(out)
    assert code == 1
    assert document["version"] == 1
    assert document["summary"] == {
        "error": 1, "warning": 0, "info": 0, "total": 1, "reviewed": 0, "failing": 1, "fail_on": "error",
    }
    finding = document["findings"][0]
    assert (finding["rule"], finding["severity"]) == ("value-conflict", "error")
    assert len(finding["fingerprint"]) == 12
    assert [c["id"] for c in finding["claims"]] == ["a", "b"]
    assert finding["claims"][0]["said_by"] == {"id": "stat", "name": "Комитет по статистике", "kind": "official"}
    assert finding["claims"][0]["line"] == 14
    assert finding["compared"][0] == {"label": "a: $533 млн", "low": 532.5e6, "high": 533.5e6, "unit": "USD"}


def test_output_is_deterministic() -> None:
    first = run("verify", str(SHIPPED_CLAIMS), "-f", "json")[1]
    assert first == run("verify", str(SHIPPED_CLAIMS), "-f", "json")[1]


def test_default_path_is_the_claims_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(SHIPPED_CLAIMS.parent.parent)
    code, out, _ = run("verify")
    assert code == 1 and "claims/baq-aliyev-visit-2025-10-20.yaml" in out


def test_folders_are_searched_recursively(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "one.yml").write_text(CONFLICT, encoding="utf-8")
    (tmp_path / "two.yaml").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a claims file", encoding="utf-8")
    code, out, _ = run("verify", str(tmp_path), "-f", "json")
    assert code == 1
    assert [Path(f).name for f in json.loads(out)["files"]] == ["one.yml", "two.yaml"]  # sorted by path


def test_problems_of_every_file_are_reported(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("factcheck: 1\nfactcheck: 1\n", encoding="utf-8")
    code, _, err = run("verify", str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml"))
    assert code == 2 and len(err.splitlines()) == 2


def test_sources_lists_every_figure_with_its_sourcing() -> None:
    code, out, _ = run("sources", str(SHIPPED_CLAIMS))
    lines = out.splitlines()
    assert code == 0
    assert lines[0].split("\t") == ["claim", "figure", "interval", "metric", "period", "kind", "said by", "cites",
                                    "line", "article", "findings"]
    row = dict(zip(lines[0].split("\t"), lines[4].split("\t"), strict=True))
    assert row == {
        "claim": "trade-2023-stat", "figure": "$533 млн", "interval": "532.5 mln–533.5 mln USD",
        "metric": "kz-az-trade", "period": "2023", "kind": "actual", "said by": "BAQ.KZ (outlet)",
        "cites": "Комитет по статистике РК", "line": "51", "article": "", "findings": "period-conflict",
    }
    assert len(lines) == 20


def test_sources_json() -> None:
    figures = json.loads(run("sources", str(SHIPPED_CLAIMS), "-f", "json")[1])["figures"]
    growth = next(f for f in figures if f["claim"] == "cargo-growth-2023")
    assert growth["interval"] == "+61.5% to +62.5%"
    assert growth["findings"] == ["change-mismatch", "unsourced"]


def test_rules_and_explain() -> None:
    code, out, _ = run("rules")
    assert code == 0 and out.splitlines()[0].split()[:2] == ["period-conflict", "error"]
    code, out, _ = run("explain", "change-mismatch")
    assert code == 0
    for heading in ("What it checks:", "Why it matters:", "Example:", "Passes:", "Tolerance:", "How to silence:"):
        assert heading in out


def test_version() -> None:
    assert run("--version") == (0, f"factcheck {__version__}\n", "")


def test_module_entry_point() -> None:
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "factcheck", "--version"], capture_output=True, text=True,
                            check=False)
    assert (result.returncode, result.stdout) == (0, f"factcheck {__version__}\n")


def test_output_files_are_written_atomically_and_never_clobbered(write: Writer, tmp_path: Path) -> None:
    path = str(write(CONFLICT))
    sarif, junit, report = tmp_path / "out.sarif", tmp_path / "out.xml", tmp_path / "report.md"
    code, out, _ = run("verify", path, "--sarif", str(sarif), "--junit", str(junit), "-f", "markdown",
                       "-o", str(report))
    assert (code, out) == (1, "")  # the exit code does not depend on where output goes
    assert json.loads(sarif.read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert junit.read_text(encoding="utf-8").startswith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')
    assert report.read_text(encoding="utf-8").startswith("## factcheck")
    before = sarif.read_bytes()
    code, _, err = run("verify", path, "--sarif", str(sarif))
    assert code == 2 and err == f"factcheck: error: {sarif} already exists; pass --force to overwrite it\n"
    assert sarif.read_bytes() == before
    assert run("verify", path, "--sarif", str(sarif), "--force")[0] == 1


def test_text_output_and_stdout_formats(write: Writer) -> None:
    path = str(write(CONFLICT))
    for name, start in (("github", "::error file="), ("junit", "<?xml"), ("sarif", "{"), ("markdown", "## factcheck")):
        code, out, _ = run("verify", path, "-f", name)
        assert code == 1 and out.startswith(start), name
