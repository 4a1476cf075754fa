"""Configuration: found upwards, validated with file/key/line, overridden by the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.config import Config, find_config, load_config
from factcheck.errors import InputError
from factcheck.findings import Severity
from tests.conftest import claims_yaml

runner = CliRunner()
ROUND = claims_yaml(
    '- {id: a, metric: trade, period: "2023", value: "$1 млрд", said_by: stat}\n'
    '- {id: b, metric: trade, period: "2024", value: "$1 млрд", said_by: stat}\n'
)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()  # configuration is looked for up to the project root
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "round.yaml").write_text(ROUND, encoding="utf-8")
    (tmp_path / "deep" / "er").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "deep" / "er")
    return tmp_path


def problems(path: Path) -> list[tuple[int | None, str]]:
    with pytest.raises(InputError) as caught:
        load_config(path)
    return [(p.line, p.message) for p in caught.value.problems]


def test_defaults_without_a_file() -> None:
    assert load_config(None) == Config()


def test_pyproject_table_is_found_from_a_subfolder(project: Path) -> None:
    (project / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.factcheck]\npaths = ["articles"]\nfail-on = "warning"\n'
        '[tool.factcheck.severity]\nperiod-conflict = "error"\n'
        '[tool.factcheck.options.period-conflict]\nprecision = 0.6\n', encoding="utf-8")
    path = find_config(Path.cwd())
    assert path == project / "pyproject.toml"
    config = load_config(path)
    assert (config.paths, config.fail_on) == (("articles",), "warning")
    assert config.severity == {"period-conflict": Severity.ERROR}
    assert config.options == {"period-conflict": {"precision": 0.6}}


def test_factcheck_toml_wins_over_pyproject_in_the_same_folder(project: Path) -> None:
    (project / "pyproject.toml").write_text('[tool.factcheck]\nfail-on = "info"\n', encoding="utf-8")
    (project / ".factcheck.toml").write_text('fail-on = "never"\n', encoding="utf-8")
    assert load_config(find_config(Path.cwd())).fail_on == "never"


def test_errors_name_the_file_key_and_line(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text(
        '[project]\nname = "x"\n\n[tool.factcheck]\npaths = ["claims"]\nfail_on = "warning"\n'
        'select = ["period-conflit"]\n\n[tool.factcheck.severity]\nunsourced = "fatal"\n\n'
        '[tool.factcheck.options.period-conflict]\nprecison = 0.1\n', encoding="utf-8")
    assert problems(path) == [
        (6, "'tool.factcheck.fail_on': unknown key; did you mean 'fail-on'?"),
        (7, "'tool.factcheck.select': unknown rule 'period-conflit'; did you mean 'period-conflict'?"),
        (10, "'tool.factcheck.severity.unsourced': severity must be error, warning or info"),
        (13, "'tool.factcheck.options.period-conflict.precison': unknown option; period-conflict has precision"),
    ]


def test_wrong_option_type(tmp_path: Path) -> None:
    path = tmp_path / ".factcheck.toml"
    path.write_text('[options.period-conflict]\nprecision = "two percent"\n', encoding="utf-8")
    assert problems(path) == [(2, "'options.period-conflict.precision': must be a float")]


def test_toml_syntax_error(tmp_path: Path) -> None:
    path = tmp_path / ".factcheck.toml"
    path.write_text('fail-on = \n', encoding="utf-8")
    ((line, message),) = problems(path)
    assert line == 1 and message.startswith("TOML syntax:")


def test_configuration_drives_verify_and_the_command_line_overrides_it(project: Path) -> None:
    (project / ".factcheck.toml").write_text(
        'paths = ["articles"]\nfail-on = "warning"\n\n[severity]\nperiod-conflict = "info"\n', encoding="utf-8")
    result = runner.invoke(app, ["verify", "-f", "json"])
    document = json.loads(result.stdout)
    assert result.exit_code == 0  # the only finding was made info by the configuration
    assert document["findings"][0]["severity"] == "info"
    assert document["files"] == [str(project / "articles" / "round.yaml")]  # outside the working folder
    assert runner.invoke(app, ["verify", "--fail-on", "info"]).exit_code == 1


def test_precision_option_changes_the_period_conflict_severity(project: Path) -> None:
    (project / ".factcheck.toml").write_text(
        'paths = ["articles"]\n[options.period-conflict]\nprecision = 0.6\n', encoding="utf-8")
    result = runner.invoke(app, ["verify", "-f", "json"])
    assert json.loads(result.stdout)["findings"][0]["severity"] == "error"  # $1 млрд (±50%) is now "precise"
    assert result.exit_code == 1


def test_config_command_prints_the_effective_configuration(project: Path) -> None:
    (project / ".factcheck.toml").write_text('fail-on = "warning"\nignore = ["unsourced"]\n', encoding="utf-8")
    result = runner.invoke(app, ["config"])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:5] == [
        f"# from {project / '.factcheck.toml'}", 'paths = ["claims"]', 'fail-on = "warning"', "select = []",
        'ignore = ["unsourced"]',
    ]


def test_bad_configuration_exits_2(project: Path) -> None:
    (project / ".factcheck.toml").write_text('fail-on = "sometimes"\n', encoding="utf-8")
    result = runner.invoke(app, ["verify"])
    assert result.exit_code == 2
    assert result.stderr == (f"{project / '.factcheck.toml'}:1:1: error: 'fail-on': must be one of error, warning, "
                             "info, never\n")


def test_the_documented_configuration_is_valid(tmp_path: Path) -> None:
    doc = (Path(__file__).parent.parent / "docs" / "ci.md").read_text(encoding="utf-8")
    example = doc.split("```toml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / ".factcheck.toml"
    path.write_text(example, encoding="utf-8")
    config = load_config(path)
    assert config.ignore == ("figure-not-in-quote",) and config.severity == {"unsourced": Severity.ERROR}
