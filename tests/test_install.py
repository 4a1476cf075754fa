"""Installing factcheck as a newsroom does: the example workflow's commands in a fresh virtual environment.

The environment is built once per session from a copy of the checkout (slow: tens of seconds), so these tests
carry the `install` mark; they run by default, as in CI (`-m "not install"` leaves them out locally).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import PROJECT

pytestmark = pytest.mark.install

_NOT_SHIPPED = shutil.ignore_patterns(".git", ".venv*", ".ci-venv*", "__pycache__", "*.egg-info", "build", "dist",
                                      ".mypy_cache", ".ruff_cache", ".pytest_cache", ".hypothesis")


def _workflow() -> Any:
    return yaml.safe_load((PROJECT / "docs" / "github-actions.yml").read_text(encoding="utf-8"))


def _step(name: str) -> str:
    steps = _workflow()["jobs"]["factcheck"]["steps"]
    command: str = next(step for step in steps if step.get("name") == name)["run"]
    return command


def _shell(command: str, cwd: Path, environment: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", "-c", command], cwd=cwd, env=environment, capture_output=True, text=True,
                          check=False, timeout=600)


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A fresh virtual environment where the workflow's install step installed the checkout; its environment."""
    root = tmp_path_factory.mktemp("install")
    checkout = root / "factcheck"
    shutil.copytree(PROJECT, checkout, ignore=_NOT_SHIPPED)
    environment_dir = root / "venv"
    venv.create(environment_dir, with_pip=True)
    bin_dir = environment_dir / ("Scripts" if sys.platform == "win32" else "bin")
    environment = {key: value for key, value in os.environ.items() if key not in ("VIRTUAL_ENV", "PYTHONPATH")}
    environment["PATH"] = f"{bin_dir}{os.pathsep}{environment.get('PATH', '')}"
    # the workflow installs $FACTCHECK_PACKAGE: here, the checkout itself instead of the published name
    environment["FACTCHECK_PACKAGE"] = str(checkout)
    result = _shell(_step("Install factcheck"), root, environment)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1].startswith("factcheck ")  # the program we wanted, by name
    yield environment


def _pyproject() -> Any:
    if sys.version_info >= (3, 11):
        import tomllib
    else:
        import tomli as tomllib
    return tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_distribution_has_its_own_name_and_the_command_stays_factcheck() -> None:
    project = _pyproject()["project"]
    # `factcheck` on PyPI is an unrelated program: the workflow must never install it by that name
    assert project["name"] == "factcheck-news"
    assert project["scripts"] == {"factcheck": "factcheck.cli:main"}
    assert "pip install factcheck\n" not in (PROJECT / "docs" / "github-actions.yml").read_text(encoding="utf-8")


def test_the_workflow_installs_factcheck_and_its_check_runs(installed: dict[str, str], tmp_path: Path) -> None:
    version = _shell("factcheck --version", tmp_path, installed)
    assert version.stdout.startswith("factcheck ") and version.returncode == 0
    schema = _shell("factcheck schema", tmp_path, installed)  # package data: the claims schema ships
    assert schema.returncode == 0 and '"$schema"' in schema.stdout
    shutil.copytree(PROJECT / "claims", tmp_path / "claims")
    result = _shell(_step("Check the figures"), tmp_path, installed)
    assert result.returncode == 1, result.stderr  # the shipped article has contradictions
    assert any(line.startswith("::error file=claims/") for line in result.stdout.splitlines())
    assert (tmp_path / "factcheck.sarif").is_file()
    assert (tmp_path / "factcheck.md").read_text(encoding="utf-8").startswith("## factcheck")


@pytest.mark.skipif(shutil.which("pre-commit") is None and not (Path(sys.executable).parent / "pre-commit").exists(),
                    reason="pre-commit is not installed")
def test_the_pre_commit_hook_installs_from_the_repository_and_stops_the_commit(tmp_path: Path) -> None:
    pre_commit = shutil.which("pre-commit") or str(Path(sys.executable).parent / "pre-commit")
    hooks = tmp_path / "hooks"
    shutil.copytree(PROJECT, hooks, ignore=_NOT_SHIPPED)
    newsroom = tmp_path / "newsroom"
    shutil.copytree(PROJECT / "claims", newsroom / "claims")
    environment = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "GIT_AUTHOR_NAME": "t",
                   "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
                   "GIT_COMMITTER_EMAIL": "t@example.org"}
    for folder in (hooks, newsroom):
        for command in (["git", "init", "-q"], ["git", "add", "."], ["git", "commit", "-qm", "start"]):
            subprocess.run(command, cwd=folder, env=environment, check=True, capture_output=True)
    # `rev:` in the docs is a commit or tag of the repository: here, the copy's commit
    result = subprocess.run([pre_commit, "try-repo", str(hooks), "factcheck", "--all-files"], cwd=newsroom,
                            env=environment, capture_output=True, text=True, check=False, timeout=600)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "error change-mismatch" in result.stdout
