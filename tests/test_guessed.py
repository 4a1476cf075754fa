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


def test_a_guessed_cites_leaves_a_conflict_an_error_it_does_not_rest_on(tmp_path: Path) -> None:
    # whom a claim cites bears on its sourcing alone: the two harvests still cannot both hold
    path = _write(tmp_path, first_guess="\n    cites: ministry\n    guessed: [cites]")
    severity, message = _conflict(path)
    assert severity == "error"
    assert "holds only if" not in message


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


def test_a_draft_marks_the_speaker_it_read_from_a_body_named_by_what_it_is(tmp_path: Path) -> None:
    # "the ministry said": which ministry, and whether the figure is its own, is a guess the draft says
    article = tmp_path / "article.txt"
    article.write_text("Wheat exports rose 8% in 2023 to 4.1 million tonnes, the ministry said.\n"
                       "\nBarley exports were 900,000 tonnes in 2023.\n", encoding="utf-8")
    draft = tmp_path / "draft.yaml"
    result = runner.invoke(app, ["extract", str(article), "-o", str(draft), "--published", "2024-02-01"])
    assert result.exit_code == 0, result.output
    claims = load_claims_file(draft).claims
    wheat = next(claim for claim in claims if (claim.quote or "").endswith("4.1 million tonnes"))
    barley = next(claim for claim in claims if (claim.quote or "").endswith("900,000 tonnes"))
    assert "said_by" in wheat.guesses
    assert "said_by" not in barley.guesses and "form" not in barley.guesses  # the outlet's voice, an amount
    assert "# check: said_by: an organisation named by what it is" in draft.read_text(encoding="utf-8")


def test_a_draft_marks_the_form_of_a_percent_no_word_of_change_reads(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Unemployment stood at 5.1% in 2023.\n", encoding="utf-8")
    draft = tmp_path / "draft.yaml"
    assert runner.invoke(app, ["extract", str(article), "-o", str(draft), "--published", "2024-02-01"]).exit_code == 0
    (claim,) = load_claims_file(draft).claims
    assert claim.guesses == ("form",)
    assert "# check: form: a percent with no word of change" in draft.read_text(encoding="utf-8")
