"""Configuration stops at the project root, and `verify` names the one it used (issue 16, item 7)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from tests.conftest import SHIPPED_CLAIMS


@pytest.fixture
def repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A checkout holding the shipped claims file (5 errors), inside a folder with a lenient configuration."""
    (tmp_path / ".factcheck.toml").write_text('fail-on = "never"\nignore = ["value-conflict"]\n', encoding="utf-8")
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "claims").mkdir()
    shutil.copy(SHIPPED_CLAIMS, repo / "claims" / SHIPPED_CLAIMS.name)
    monkeypatch.chdir(repo)
    return repo


def verify(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["verify", "claims", "--no-cache", *args])
    return result.exit_code, result.stdout


def test_a_configuration_above_the_repository_does_not_turn_a_failing_run_green(repository: Path) -> None:
    code, out = verify()
    assert code == 1
    assert out.splitlines()[-1].startswith("5 errors, ")
    assert out.splitlines()[-1].endswith("; configuration: defaults")


def test_every_format_names_the_configuration_it_used(repository: Path) -> None:
    (repository / ".factcheck.toml").write_text('fail-on = "warning"\n', encoding="utf-8")
    code, out = verify()
    assert code == 1 and out.splitlines()[-1].endswith("; configuration: .factcheck.toml")
    _, document = verify("--format", "json")
    assert json.loads(document)["configuration"] == ".factcheck.toml"
    assert json.loads(document)["summary"]["fail_on"] == "warning"
    _, sarif = verify("--format", "sarif")
    (run,) = json.loads(sarif)["runs"]
    assert run["properties"]["configuration"] == ".factcheck.toml"
    assert all("configuration" not in result["message"]["text"] for result in run["results"])
    _, github = verify("--format", "github")
    assert github.splitlines()[-1].startswith("::notice title=factcheck::")
    assert github.splitlines()[-1].endswith("configuration: .factcheck.toml")


def test_defaults_are_named_in_json_and_sarif(repository: Path) -> None:
    _, document = verify("--format", "json")
    assert json.loads(document)["configuration"] is None
    _, sarif = verify("--format", "sarif")
    assert json.loads(sarif)["runs"][0]["properties"]["configuration"] is None
