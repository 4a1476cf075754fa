"""The pre-commit hook and the example GitHub Actions workflow: parsed, and their commands run here."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

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
