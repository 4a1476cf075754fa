"""JUnit as Jenkins and GitLab read it: a testcase per finding, per-file skips with their reason, nothing dropped."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

import pytest

from factcheck.engine import verify
from factcheck.findings import Report
from factcheck.reporters import renderer
from tests.conftest import SHARED, SHIPPED_CLAIMS, claims_yaml

SCHEMAS = SHARED / "schemas"
REVIEW = ('\nreviews:\n  - {finding: c97467f73d32, status: accepted, by: "A. Editor", date: 2025-10-20,'
          ' note: "2023 is the official figure"}\n')
DRAFT = "По данным Комитета по статистике, в 2023 году товарооборот достиг $533 млн.\n"


def _two_files(tmp_path: Path) -> tuple[Path, Path]:
    """One claims file with its article text, one without: text rules run on the first only."""
    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    claim = ('- {id: t, metric: trade, period: "2023", value: "$533 млн", said_by: baq,'
             ' quote: "в 2023 году товарооборот достиг $533 млн"}\n')
    with_text = tmp_path / "a-with-text.yaml"
    with_text.write_text(claims_yaml(claim).replace("  language: ru\n", "  language: ru\n  text: draft.md\n"),
                         encoding="utf-8")
    without = tmp_path / "b-without-text.yaml"
    without.write_text(claims_yaml(claim), encoding="utf-8")
    return with_text, without


def _reviewed(tmp_path: Path) -> Path:
    path = tmp_path / "reviewed.yaml"
    path.write_text(SHIPPED_CLAIMS.read_text(encoding="utf-8") + REVIEW, encoding="utf-8")
    return path


def _suites(report: Report) -> dict[str, ElementTree.Element]:
    root = ElementTree.fromstring(renderer("junit")(report))
    return {suite.get("name", ""): suite for suite in root.findall("testsuite")}


def test_every_finding_is_a_testcase_of_its_own_named_by_rule_and_claims(tmp_path: Path) -> None:
    report = verify([_reviewed(tmp_path)])
    (suite,) = _suites(report).values()
    cases = suite.findall("testcase")
    by_name = {case.get("name", ""): case for case in cases}
    change_fp = next(f.fingerprint for f in report.findings if f.rule == "change-mismatch")
    change = by_name[f"change-mismatch: cargo-growth-2023, cargo-2022, cargo-2023 [{change_fp}]"]
    (failure,) = change.findall("failure")
    assert failure.get("message", "").startswith("+62% from 2022 to 2023 does not match")
    assert change.get("classname") == change.get("file") == str(tmp_path / "reviewed.yaml")
    assert all(len(case.findall("failure")) <= 1 for case in cases)  # Jenkins reads the first only
    finding_cases = [case for case in cases if "[" in case.get("name", "")]
    assert len(finding_cases) == len(report.findings) == 15  # nothing dropped
    reviewed_fp = next(f.fingerprint for f in report.findings if f.review is not None)
    reviewed = next(case for name, case in by_name.items() if name.endswith(f"[{reviewed_fp}]"))
    assert reviewed.find("failure") is None and "reviewed" in (reviewed.findtext("system-out") or "")
    warning = next(case for name, case in by_name.items() if name.startswith("unsourced: "))
    assert warning.find("failure") is None and "below --fail-on error" in (warning.findtext("system-out") or "")
    (skip,) = by_name["quote-not-found"].findall("skipped")
    assert skip.get("message") == "no article text: give `article.text` or --text"
    assert by_name["bound-violation"].find("*") is None  # ran, found nothing: passes
    # quote-not-found and uncurated-figure without text, corrected-figure without the archive, stale-review
    assert (suite.get("failures"), suite.get("skipped")) == (str(len(report.failing())), "4")


def test_rules_skipped_for_one_file_still_run_and_report_on_the_other(tmp_path: Path) -> None:
    with_text, without = _two_files(tmp_path)
    report = verify([with_text, without], fail_on="warning")
    suites = _suites(report)
    first = {case.get("name", ""): case for case in suites[str(with_text)].findall("testcase")}
    second = {case.get("name", ""): case for case in suites[str(without)].findall("testcase")}
    assert "quote-not-found" in first and first["quote-not-found"].find("skipped") is None
    assert second["quote-not-found"].find("skipped") is not None
    assert second["uncurated-figure"].find("skipped") is not None
    assert [s.rule for s in report.skipped_for(str(with_text))] == ["corrected-figure"]  # no archive
    assert {s.rule for s in report.skipped_for(str(without))} == {"corrected-figure", "quote-not-found",
                                                                  "uncurated-figure"}
    assert suites[str(with_text)].get("skipped") == "1"


@pytest.mark.skipif(not SCHEMAS.is_dir(), reason="the shared schemas are not present")
@pytest.mark.parametrize("schema_name", ["junit.xsd", "junit-xunit-plugin-junit-10.xsd"])
def test_valid_against_both_schemas_apart_from_what_jenkins_and_gitlab_read_beyond_them(
    schema_name: str, tmp_path: Path
) -> None:
    import xmlschema

    schema = xmlschema.XMLSchema(str(SCHEMAS / schema_name))
    reports = (verify([SHIPPED_CLAIMS]), verify([SHIPPED_CLAIMS], select=["unsourced", "change-mismatch"]),
               verify([_reviewed(tmp_path)]), verify(list(_two_files(tmp_path))))
    for report in reports:
        root = ElementTree.fromstring(renderer("junit")(report))
        for case in root.iter("testcase"):
            assert case.attrib.pop("file") == case.get("classname")  # GitLab's attribute; Jenkins ignores it
        if schema_name == "junit.xsd":  # its <skipped> is plain text; Jenkins' JUnit plugin reads the message
            for skipped in root.iter("skipped"):
                assert skipped.attrib.pop("message")
        schema.validate(ElementTree.tostring(root, encoding="unicode"))


def test_the_summary_says_for_how_many_files_a_rule_was_skipped(tmp_path: Path) -> None:
    text = renderer("text")(verify(list(_two_files(tmp_path))))
    assert "quote-not-found (no article text for 1 of 2 files)" in text
    assert "skipped: corrected-figure (no archive), quote-not-found (no article text)" in renderer("text")(
        verify([SHIPPED_CLAIMS]))
    markdown = renderer("markdown")(verify(list(_two_files(tmp_path))))
    assert "`quote-not-found` (no article text: give \\`article.text\\` or --text for 1 of 2 files)" in markdown
