"""Every error is one line: `path:line:col: error:` where there is a place, `factcheck: error:` otherwise.

Usage errors are run through the `factcheck` entry point itself (`cli.main`), where click's three-line usage
block is replaced.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from factcheck import cli
from tests.conftest import Writer, claims_yaml


def factcheck(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str]:
    """Run the installed command's entry point; its exit code and stderr."""
    monkeypatch.setattr(sys, "argv", ["factcheck", *args])
    with pytest.raises(SystemExit) as exited:
        cli.main()
    code = exited.value.code
    return (code if isinstance(code, int) else 0), capsys.readouterr().err


@pytest.mark.parametrize(("args", "message"), [
    (["verify", "--bogus"],
     "factcheck: error: No such option: --bogus (Possible options: --jobs); see 'factcheck verify --help'"),
    (["explain"], "factcheck: error: Missing argument 'RULE'; see 'factcheck explain --help'"),
    (["verify", "--format", "xml"], "factcheck: error: Invalid value for '--format' / '-f': 'xml' is not one of "
                                    "'text', 'json', 'sarif', 'junit', 'github', 'markdown'; see 'factcheck verify "
                                    "--help'"),
    (["verifyy"], "factcheck: error: No such command 'verifyy'. Did you mean 'verify'? see 'factcheck --help'"),
])
def test_a_usage_error_is_one_line_and_exits_2(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                               args: list[str], message: str) -> None:
    code, err = factcheck(capsys, monkeypatch, *args)
    assert (code, err) == (2, message + "\n")


def test_help_and_version_still_exit_0(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    assert factcheck(capsys, monkeypatch, "--version") == (0, "")
    monkeypatch.setattr(sys, "argv", ["factcheck", "verify", "--help"])
    with pytest.raises(SystemExit) as exited:
        cli.main()
    assert exited.value.code == 0 and capsys.readouterr().out.startswith("Usage: factcheck verify [OPTIONS]")


def test_a_missing_file_has_no_place_so_it_is_a_factcheck_error(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    missing = tmp_path / "missing.yaml"
    code, err = factcheck(capsys, monkeypatch, "verify", str(missing))
    assert (code, err) == (2, f"factcheck: error: {missing}: claims file not found; check the path\n")


def test_an_error_with_a_place_names_it(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                        write: Writer) -> None:
    path = write(claims_yaml('- {id: t, metric: trade, period: "2023", value: "$533 млн", said_by: nobody}'))
    code, err = factcheck(capsys, monkeypatch, "verify", str(path))
    assert (code, err) == (2, f"{path}:14:72: error: unknown source 'nobody'; define it under 'sources'\n")


def test_an_error_message_carrying_a_newline_stays_one_line(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, write: Writer) -> None:
    # the value quoted in the message holds line breaks and an escape sequence
    path = write(claims_yaml('- {id: t, metric: "tr\\nade\\r\\n::error::x\\u2028\\e[2J", period: "2023", '
                             'value: "$533 млн", said_by: stat}'))
    code, err = factcheck(capsys, monkeypatch, "verify", str(path))
    assert code == 2
    assert err == (f"{path}:14:21: error: unknown metric 'tr ade ::error::x \\x1b[2J'; define it under 'metrics'\n")


def test_a_usage_error_quoting_a_newline_stays_one_line(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, err = factcheck(capsys, monkeypatch, "explain", "period\n::error::x")
    assert code == 2 and err.count("\n") == 1
    assert err.startswith("factcheck: error: unknown rule 'period ::error::x'")


def test_a_path_with_a_newline_stays_one_line(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                              tmp_path: Path) -> None:
    missing = tmp_path / "a\n::error::b.yaml"
    code, err = factcheck(capsys, monkeypatch, "verify", str(missing))
    assert (code, err) == (2, f"factcheck: error: {tmp_path}/a ::error::b.yaml: claims file not found; check the "
                              "path\n")
