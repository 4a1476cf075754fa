"""Exit codes hold whatever the standard streams are: closed (`>&-`), full (/dev/full), or out of memory.

Real processes with their streams closed or full, as a careless CI set-up or a faulty machine gives them.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import claims_yaml

FACTCHECK = str(Path(sys.executable).with_name("factcheck"))
needs_dev_full = pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
needs_bash = pytest.mark.skipif(sys.platform == "win32", reason="closes streams with a POSIX shell")

CONFLICT = claims_yaml(
    '- {id: a, metric: trade, period: "2023", value: "$533 млн", said_by: stat}\n'
    '- {id: b, metric: trade, period: "2023", value: "$600 млн", said_by: stat}\n'
)
# what each stream becomes, in the shell's words
CLOSED_OUT, FULL_OUT, CLOSED_ERR, FULL_ERR = ">&-", ">/dev/full", "2>&-", "2>/dev/full"


def _run(arguments: list[str], redirection: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """factcheck with one stream closed or full; the other stream is captured (stderr in a file if stdout is)."""
    script = f'"$0" "$@" {redirection}'
    return subprocess.run(["bash", "-c", script, FACTCHECK, *arguments], cwd=cwd, capture_output=True, text=True,
                          check=False, timeout=120)


@pytest.fixture
def conflict(tmp_path: Path) -> Path:
    path = tmp_path / "conflict.yaml"
    path.write_text(CONFLICT, encoding="utf-8")
    return path


COMMANDS = [["verify", "conflict.yaml"], ["sources", "conflict.yaml"], ["rules"], ["explain", "value-conflict"],
            ["config"], ["verify", "--format", "json", "conflict.yaml"]]


@needs_bash
@pytest.mark.parametrize("redirection", [CLOSED_OUT, pytest.param(FULL_OUT, marks=needs_dev_full)])
@pytest.mark.parametrize("arguments", COMMANDS, ids=lambda a: "-".join(a))
def test_output_that_cannot_be_written_is_exit_2_with_one_line(
    conflict: Path, arguments: list[str], redirection: str
) -> None:
    result = _run(arguments, redirection, conflict.parent)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("factcheck: error: cannot write to standard output (")
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr


@needs_bash
@pytest.mark.parametrize("redirection", [CLOSED_OUT, pytest.param(FULL_OUT, marks=needs_dev_full)])
def test_input_errors_stay_exit_2_and_quiet_runs_keep_their_verdict(conflict: Path, redirection: str) -> None:
    missing = _run(["verify", "missing.yaml"], redirection, conflict.parent)
    assert missing.returncode == 2 and missing.stderr.startswith("factcheck: error: missing.yaml:")
    unknown = _run(["explain", "no-such-rule"], redirection, conflict.parent)
    assert unknown.returncode == 2 and "unknown rule 'no-such-rule'" in unknown.stderr
    # nothing to print: the findings decide, whatever stdout is
    quiet = _run(["verify", "--silent", "conflict.yaml"], redirection, conflict.parent)
    assert (quiet.returncode, quiet.stderr) == (1, "")


@needs_bash
@pytest.mark.parametrize("redirection", [CLOSED_ERR, pytest.param(FULL_ERR, marks=needs_dev_full)])
def test_errors_keep_their_exit_code_when_stderr_takes_nothing(conflict: Path, redirection: str) -> None:
    assert _run(["verify", "missing.yaml"], redirection, conflict.parent).returncode == 2
    assert _run(["verify", "--no-such-option", "conflict.yaml"], redirection, conflict.parent).returncode == 2
    assert _run(["explain", "no-such-rule"], redirection, conflict.parent).returncode == 2
    findings = _run(["verify", "conflict.yaml"], redirection, conflict.parent)
    assert findings.returncode == 1 and "value-conflict" in findings.stdout


def test_a_reader_that_leaves_keeps_the_verdict(conflict: Path) -> None:
    # `verify | head -0`: the reader is gone before the output; the findings still decide the exit code
    process = subprocess.Popen([FACTCHECK, "verify", str(conflict)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None
    process.stdout.close()
    _, err = process.communicate(timeout=120)
    assert process.returncode == 1 and err == b""


RUN_OUT_OF_MEMORY = """
import sys
import factcheck.cli, factcheck.engine
def exhausted(path):
    raise MemoryError()
factcheck.engine.load_claims_file = exhausted
sys.argv = ["factcheck", *sys.argv[1:]]
factcheck.cli.main()
"""


def test_out_of_memory_names_the_limit_to_lower(conflict: Path) -> None:
    (conflict.parent / ".factcheck.toml").write_text("[limits]\nclaims-file-bytes = 4000000000\n", encoding="utf-8")
    # the allocation that fails is simulated: a real one would take the test machine's memory
    result = subprocess.run([sys.executable, "-c", RUN_OUT_OF_MEMORY, "verify", "--no-cache", "conflict.yaml"],
                            cwd=conflict.parent, capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith("factcheck: error: out of memory; lower claims-file-bytes (now 4000000000)")
    assert "[limits]" in line
