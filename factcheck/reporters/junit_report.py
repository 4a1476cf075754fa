"""JUnit XML: one testsuite per claims file, one testcase per finding, a rule with no finding a passing case.

Jenkins reads one <failure> per testcase and GitLab lists testcases by name and `file`, so every finding is a
testcase of its own: its name gives the rule, the claims and the fingerprint; `classname` and `file` give the
claims file. A failing finding (unreviewed, at or above --fail-on) is a <failure>; any other finding passes
with its details in <system-out>. A rule that did not run on a file is a testcase with
<skipped message="why"/>, per file. Counts are on every suite and children in schema order, as the Jenkins
JUnit and xUnit junit-10 schemas ask; `file` and the skip message are what Jenkins' JUnit plugin and GitLab
read, beyond those schemas. Every name, message and text passes through the XML policy of the escaping
module, so a control character in a claims file (U+0001, U+001A...) never makes the document unreadable.
"""

from __future__ import annotations

from xml.etree import ElementTree

from factcheck.escaping import line_start, one_line, xml_line, xml_text
from factcheck.findings import Finding, Report
from factcheck.reporters._details import detail_lines
from factcheck.rules import RULES


def testcase_name(finding: Finding) -> str:
    """`change-mismatch: cargo-growth-2023, cargo-2022, cargo-2023 [310485cd7dd7]`."""
    claims = ", ".join(claim.id for claim in finding.claims)
    name = f"{finding.rule}: {claims} [{finding.fingerprint}]" if claims else f"{finding.rule} [{finding.fingerprint}]"
    return xml_line(name)


def render(report: Report) -> str:
    """The report as a <testsuites> document."""
    failing = {id(finding) for finding in report.failing()}
    selected = set(report.rules_run) | {s.rule for s in report.rules_skipped}
    by_file: dict[str, list[Finding]] = {}
    for finding in report.findings:
        by_file.setdefault(finding.claims_file, []).append(finding)
    suites = ElementTree.Element("testsuites", name="factcheck")
    totals = {"tests": 0, "failures": 0}
    for path in report.files:
        shown = xml_line(path)
        suite = ElementTree.SubElement(suites, "testsuite", name=shown)
        counts = {"tests": 0, "failures": 0, "skipped": 0}
        skipped = {s.rule: s.reason for s in report.skipped_for(path)}
        findings = by_file.get(path, [])
        with_findings = {f.rule for f in findings}
        for rule in RULES:
            if rule.id not in selected or rule.id in with_findings:
                continue  # deselected, or its findings are cases of their own below
            counts["tests"] += 1
            case = ElementTree.SubElement(suite, "testcase", name=rule.id, classname=shown, file=shown)
            if rule.id in skipped:
                counts["skipped"] += 1
                ElementTree.SubElement(case, "skipped", message=xml_line(skipped[rule.id]))
        for finding in findings:
            counts["tests"] += 1
            case = ElementTree.SubElement(suite, "testcase", name=testcase_name(finding), classname=shown,
                                          file=shown)
            if id(finding) in failing:
                counts["failures"] += 1
                failure = ElementTree.SubElement(case, "failure", message=xml_line(finding.message),
                                                 type=finding.severity.value)
                failure.text = _text(finding)
            else:
                why = "reviewed" if finding.reviewed else f"below --fail-on {report.fail_on}"
                ElementTree.SubElement(case, "system-out").text = f"{finding.severity.value} ({why}): {_text(finding)}"
        suite.set("tests", str(counts["tests"]))
        suite.set("failures", str(counts["failures"]))
        suite.set("errors", "0")
        suite.set("skipped", str(counts["skipped"]))
        totals["tests"] += counts["tests"]
        totals["failures"] += counts["failures"]
    suites.set("tests", str(totals["tests"]))
    suites.set("failures", str(totals["failures"]))
    suites.set("errors", "0")
    ElementTree.indent(suites)
    body = ElementTree.tostring(suites, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'


def _text(finding: Finding) -> str:
    loc = finding.location
    return xml_text("\n".join([f"{line_start(loc.path)}:{loc.line}:{loc.column}: {one_line(finding.message)} "
                               f"[{one_line(finding.fingerprint)}]", *detail_lines(finding)]))
