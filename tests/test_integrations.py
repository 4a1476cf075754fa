"""The pre-commit hook and the example GitHub Actions workflow: parsed, and their commands run here."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import PROJECT

FACTCHECK = str(Path(sys.executable).with_name("factcheck"))


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _run(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    argv = shlex.split(command)
    assert argv[0] == "factcheck"
    return subprocess.run([FACTCHECK, *argv[1:]], cwd=cwd, capture_output=True, text=True, check=False)


def _project_copy(tmp_path: Path) -> Path:
    shutil.copytree(PROJECT / "claims", tmp_path / "claims")
    return tmp_path


def test_pre_commit_hook_is_valid_and_its_entry_runs(tmp_path: Path) -> None:
    (hook,) = _load(PROJECT / ".pre-commit-hooks.yaml")
    assert {"id", "name", "entry", "language"} <= set(hook)
    assert (hook["id"], hook["language"], hook["pass_filenames"]) == ("factcheck", "python", False)
    import re

    assert re.search(hook["files"], "claims/article.yaml") and re.search(hook["files"], "drafts/article.md")
    result = _run(hook["entry"], _project_copy(tmp_path))
    assert result.returncode == 1  # the shipped article has contradictions: the commit is stopped
    assert "error change-mismatch" in result.stdout


def test_github_workflow_parses_and_its_commands_run(tmp_path: Path) -> None:
    workflow = _load(PROJECT / "docs" / "github-actions.yml")
    steps = workflow["jobs"]["factcheck"]["steps"]
    assert workflow["permissions"]["security-events"] == "write"
    check = next(step for step in steps if step.get("name") == "Check the figures")
    upload = next(step for step in steps if "upload-sarif" in step.get("uses", ""))
    comment = next(step for step in steps if step.get("name") == "Comment on the pull request")
    project = _project_copy(tmp_path)
    result = _run(check["run"], project)
    assert result.returncode == 1
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::error ")]
    assert annotations and all("file=claims/" in line for line in annotations)
    assert (project / upload["with"]["sarif_file"]).is_file()
    assert "--body-file factcheck.md" in comment["run"]
    assert (project / "factcheck.md").read_text(encoding="utf-8").startswith("## factcheck")
    assert _run(check["run"], project).returncode == 1  # --force: a rerun overwrites its own reports


def _install_step(package: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """The workflow's install step with `python` and `factcheck` standing in: what it would install, no network."""
    workflow = _load(PROJECT / "docs" / "github-actions.yml")
    step = next(step for step in workflow["jobs"]["factcheck"]["steps"] if step.get("name") == "Install factcheck")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    for name, script in (("python", 'echo "installing: $*"'), ("factcheck", 'echo "factcheck 0.1.0"')):
        (bin_dir / name).write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
        (bin_dir / name).chmod(0o755)
    environment = {"PATH": f"{bin_dir}:/usr/bin:/bin", "FACTCHECK_PACKAGE": package}
    return subprocess.run(["bash", "-c", step["run"]], env=environment, capture_output=True, text=True,
                          check=False, timeout=60)


@pytest.mark.skipif(shutil.which("bash") is None, reason="the workflow's steps are bash")
def test_the_workflow_installs_a_pinned_commit_and_says_how_to_pin_a_release(tmp_path: Path) -> None:
    text = (PROJECT / "docs" / "github-actions.yml").read_text(encoding="utf-8")
    default = _load(PROJECT / "docs" / "github-actions.yml")["env"]["FACTCHECK_PACKAGE"]
    # by default the repository at one commit, with placeholders the team must fill in
    assert re.fullmatch(r"git\+https://github\.com/OWNER/REPO@COMMIT_SHA", default)
    assert '#   FACTCHECK_PACKAGE: "factcheck-news==X.Y.Z"' in text  # the switch to a published version
    # left as shipped, the install step stops with a message instead of installing anything
    unset = _install_step(default, tmp_path)
    assert unset.returncode == 1 and "installing" not in unset.stdout
    assert "::error::set FACTCHECK_PACKAGE" in unset.stdout
    commit = "0123456789abcdef0123456789abcdef01234567"
    for pinned in (f"git+https://github.com/acme/factcheck@{commit}", "factcheck-news==0.1.0"):
        result = _install_step(pinned, tmp_path)
        assert result.returncode == 0, result.stdout
        assert result.stdout.splitlines() == [f"installing: -m pip install {pinned}", "factcheck 0.1.0"]
