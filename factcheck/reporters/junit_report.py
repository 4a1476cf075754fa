"""JUnit XML: one testsuite per claims file, one testcase per rule, a failure per failing finding.

Valid against both the Jenkins JUnit schema and the xUnit plugin's junit-10 schema: counts on every suite,
children in schema order, a bare <skipped/> for rules that did not run.
"""

from __future__ import annotations

from xml.etree import ElementTree

from factcheck.findings import Finding, Report
from factcheck.reporters._details import detail_lines
from factcheck.rules import RULES


def render(report: Report) -> str:
    """The report as a <testsuites> document."""
    failing = {id(finding) for finding in report.failing()}
    suites = ElementTree.Element("testsuites", name="factcheck")
    totals = {"tests": 0, "failures": 0}
    for path in report.files:
        findings = [f for f in report.findings if f.claims_file == path]
        run = report.file_run(path)  # a rule skipped for one file may have run for another
        skipped = {s.rule: s.reason for s in run.rules_skipped}
        suite = ElementTree.SubElement(suites, "testsuite", name=path)
        counts = {"tests": 0, "failures": 0, "skipped": 0}
        for rule in RULES:
            if rule.id not in run.rules_run and rule.id not in skipped:
                continue  # deselected with --select/--ignore
            counts["tests"] += 1
            case = ElementTree.SubElement(suite, "testcase", name=rule.id, classname=f"factcheck.{rule.id}")
            if rule.id in skipped:
                counts["skipped"] += 1
                ElementTree.SubElement(case, "skipped")
                ElementTree.SubElement(case, "system-out").text = skipped[rule.id]
                continue
            own = [f for f in findings if f.rule == rule.id]
            for finding in own:
                if id(finding) in failing:
                    counts["failures"] += 1
                    failure = ElementTree.SubElement(
                        case, "failure", message=finding.message, type=finding.severity.value
                    )
                    failure.text = _text(finding)
            passing = [f for f in own if id(f) not in failing]
            if passing:
                ElementTree.SubElement(case, "system-out").text = "\n\n".join(
                    f"{'reviewed ' if f.reviewed else ''}{f.severity.value}: {_text(f)}" for f in passing
                )
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
    return "\n".join([f"{loc.path}:{loc.line}:{loc.column}: {finding.message} [{finding.fingerprint}]",
                      *detail_lines(finding)])
