"""Format 1.2 section 4: `guessed:` on claims and metrics, the severity caps, the count, --fail-on-guessed."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.engine import Settings, run
from factcheck.loader import load_claims_file

runner = CliRunner()

CLAIMS = """\
factcheck: 1
article: {{title: "Grain", outlet: "Farm Daily", published: 2024-03-01, language: en}}
sources:
  ministry: {{name: "Ministry of Agriculture", kind: official}}
metrics:
  harvest: {{name: "Harvest", unit: t, flow: true{metric_guess}}}
claims:
  - id: harvest-2023
    metric: harvest
    period: "2023"
    value: "32 million tonnes"
    said_by: ministry{first_guess}
  - id: harvest-2023-again
    metric: harvest
    period: "2023"
    value: "41 million tonnes"
    said_by: ministry
"""


def _write(tmp_path: Path, first_guess: str = "", metric_guess: str = "") -> Path:
    path = tmp_path / "claims.yaml"
    path.write_text(CLAIMS.format(first_guess=first_guess, metric_guess=metric_guess), encoding="utf-8")
    return path


def _conflict(path: Path, severity: dict[str, object] | None = None) -> tuple[str, str]:
    settings = Settings(severity=severity or {})  # type: ignore[arg-type]
    (finding,) = [f for f in run([path], settings).report.findings if f.rule == "value-conflict"]
    return finding.severity.value, finding.message


def test_without_guesses_a_conflict_is_an_error(tmp_path: Path) -> None:
    assert _conflict(_write(tmp_path))[0] == "error"


def test_a_guessed_period_caps_the_conflict_at_warning_and_names_the_guess(tmp_path: Path) -> None:
    path = _write(tmp_path, first_guess="\n    guessed: [period]")
    severity, message = _conflict(path)
    assert severity == "warning"
    assert "holds only if the period of 'harvest-2023' in line 8 is right" in message


def test_a_metric_guess_marks_every_claim_of_the_metric(tmp_path: Path) -> None:
    path = _write(tmp_path, metric_guess=", guessed: [flow]")
    claims = load_claims_file(path).claims
    assert [claim.guesses for claim in claims] == [("flow",), ("flow",)]
    assert _conflict(path)[0] == "warning"


def test_configuration_cannot_lift_the_cap_of_a_guess(tmp_path: Path) -> None:
    from factcheck.findings import Severity

    path = _write(tmp_path, first_guess="\n    guessed: [metric]")
    assert _conflict(path, {"value-conflict": Severity.ERROR})[0] == "warning"
    assert _conflict(_write(tmp_path), {"value-conflict": Severity.INFO})[0] == "info"  # lowering still works


def test_guessed_is_not_part_of_a_fingerprint(tmp_path: Path) -> None:
    plain = [f.fingerprint for f in run([_write(tmp_path)], Settings()).report.findings]
    guessed = [f.fingerprint for f in run([_write(tmp_path, "\n    guessed: [period]")], Settings()).report.findings]
    assert plain == guessed


def test_an_unknown_guessed_field_is_a_one_line_error(tmp_path: Path) -> None:
    path = _write(tmp_path, first_guess="\n    guessed: [colour]")
    result = runner.invoke(app, ["verify", str(path)])
    assert result.exit_code == 2
    assert "'guessed' of claim 'harvest-2023' names 'colour', which cannot be guessed" in result.stderr
    assert "Traceback" not in result.stderr


def test_verify_counts_the_claims_with_guesses_and_fails_on_them_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(CLAIMS.format(first_guess="\n    guessed: [period]", metric_guess="").replace(
        '"41 million tonnes"', '"32 million tonnes"'), encoding="utf-8")
    clean = runner.invoke(app, ["verify", str(path), "--fail-on", "error"])
    assert clean.exit_code == 0
    assert "1 claim still carries guesses" in clean.stdout
    assert runner.invoke(app, ["verify", str(path), "--fail-on-guessed"]).exit_code == 1
    (tmp_path / ".factcheck.toml").write_text("fail-on-guessed = true\n", encoding="utf-8")
    configured = runner.invoke(app, ["verify", str(path), "--config", str(tmp_path / ".factcheck.toml")])
    assert configured.exit_code == 1
