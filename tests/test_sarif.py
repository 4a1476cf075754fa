"""SARIF as GitHub code scanning and the SARIF Multitool read it: encoded relative URIs, rule help, reviews."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.engine import verify
from factcheck.reporters import renderer
from factcheck.reporters.sarif_report import artifact_location, render
from tests.conftest import SHARED, SHIPPED_CLAIMS

SCHEMAS = SHARED / "schemas"
REVIEW = ('\nreviews:\n  - {finding: c97467f73d32, status: accepted, by: "A. Editor", date: 2025-10-20,'
          ' note: "2023 is the official figure"}\n')
runner = CliRunner()


def _awkward_claims(root: Path) -> Path:
    """The shipped claims file, reviewed, under a folder whose name has a space, Cyrillic and a percent sign."""
    folder = root / "дела 100% с пробелом"
    folder.mkdir()
    path = folder / "статья #1.yaml"
    path.write_text(SHIPPED_CLAIMS.read_text(encoding="utf-8") + REVIEW, encoding="utf-8")
    return path


def _log(root: Path, path: Path) -> Any:
    return json.loads(render(verify([path]), root=root))


def test_uris_are_percent_encoded_and_relative_to_the_source_root(tmp_path: Path) -> None:
    path = _awkward_claims(tmp_path)
    run = _log(tmp_path, path)["runs"][0]
    assert run["originalUriBaseIds"]["SRCROOT"]["uri"] == tmp_path.resolve().as_uri() + "/"
    location = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {
        "uri": "%D0%B4%D0%B5%D0%BB%D0%B0%20100%25%20%D1%81%20%D0%BF%D1%80%D0%BE%D0%B1%D0%B5%D0%BB%D0%BE%D0%BC/"
               "%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F%20%231.yaml",
        "uriBaseId": "SRCROOT",
    }


def test_dot_dot_segments_are_resolved_and_outside_paths_are_absolute_file_uris(tmp_path: Path) -> None:
    inside = tmp_path / "repo" / "claims"
    inside.mkdir(parents=True)
    dotted = str(inside / ".." / "claims" / "a b.yaml")
    assert artifact_location(dotted, tmp_path / "repo") == {"uri": "claims/a%20b.yaml", "uriBaseId": "SRCROOT"}
    outside = artifact_location(str(tmp_path / "other" / "x.yaml"), inside)
    assert outside == {"uri": (tmp_path / "other" / "x.yaml").resolve().as_uri()}
    assert ".." not in json.dumps(outside)


@pytest.mark.skipif(not SCHEMAS.is_dir(), reason="the shared schemas are not present")
@pytest.mark.parametrize("schema_name", ["sarif-2.1.0.json", "sarif-2.1.0-draft07.json"])
def test_awkward_paths_validate_against_both_official_schemas(schema_name: str, tmp_path: Path) -> None:
    import jsonschema

    schema = json.loads((SCHEMAS / schema_name).read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema, format_checker=jsonschema.FormatChecker())
    log = _log(tmp_path, _awkward_claims(tmp_path))
    assert sorted(validator.iter_errors(log), key=str) == []
    # the format checker is really on: an unencoded space is not a URI reference
    broken = json.loads(json.dumps(log))
    broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] = "a b.yaml"
    if schema_name == "sarif-2.1.0.json":
        assert list(validator.iter_errors(broken))


def test_rules_have_fenced_examples_help_links_and_names_distinct_from_ids(tmp_path: Path) -> None:
    driver = _log(tmp_path, _awkward_claims(tmp_path))["runs"][0]["tool"]["driver"]
    assert driver["informationUri"].startswith("https://")
    for rule in driver["rules"]:
        assert rule["name"].lower() != rule["id"].lower()  # the Multitool's SARIF1001 ignores case
        assert rule["helpUri"].startswith("https://")
        markdown = rule["help"]["markdown"]
        assert "**Example**\n\n```yaml\n" in markdown and "**Passes**\n\n```yaml\n" in markdown
    unsourced = next(rule for rule in driver["rules"] if rule["id"] == "unsourced")
    assert unsourced["name"] == "UnsourcedFigure"


def test_reviewed_findings_are_suppressed_or_left_out_on_request(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                                  ) -> None:
    path = _awkward_claims(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["verify", str(path), "--sarif", "all.sarif", "--sarif-omit-reviewed",
                                 "--junit", "all.xml", "-q"])
    assert result.exit_code == 1
    reviewed = next(f.fingerprint for f in verify([path]).findings if f.review is not None)
    kept = json.loads((tmp_path / "all.sarif").read_text(encoding="utf-8"))["runs"][0]["results"]
    assert all("suppressions" not in r and r["partialFingerprints"]["factcheck/v1"] != reviewed for r in kept)
    assert len(kept) == 14  # 15 findings, one of them reviewed
    assert reviewed in (tmp_path / "all.xml").read_text(encoding="utf-8")  # other formats keep it
    suppressed = json.loads(renderer("sarif")(verify([path])))["runs"][0]["results"]
    assert len(suppressed) == 15
    assert [r["suppressions"][0]["kind"] for r in suppressed if "suppressions" in r] == ["external"]


MULTITOOL = shutil.which("sarif-multitool")


@pytest.mark.skipif(MULTITOOL is None, reason="the SARIF Multitool is not installed")
def test_the_sarif_multitool_reports_no_error_and_no_warning(tmp_path: Path) -> None:
    assert MULTITOOL is not None
    sarif = tmp_path / "out.sarif"
    sarif.write_text(render(verify([_awkward_claims(tmp_path)]), root=tmp_path), encoding="utf-8")
    result = subprocess.run([MULTITOOL, "validate", str(sarif)], capture_output=True, text=True, check=False,
                            timeout=300)
    lines = (result.stdout + result.stderr).splitlines()
    assert result.returncode == 0, lines
    assert [line for line in lines if ": error " in line or ": warning " in line] == []
