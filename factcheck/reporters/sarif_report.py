"""SARIF 2.1.0 for GitHub code scanning: rules documented from their docstrings, our fingerprints, reviews.

Paths inside the folder factcheck runs in (the repository root in CI) are percent-encoded URIs relative to
`%SRCROOT%`, which `originalUriBaseIds` defines; other paths are absolute `file:` URIs. Reviews become
suppressions; GitHub ignores suppressions, so `verify --sarif-omit-reviewed` leaves reviewed findings out of
the report the SARIF is rendered from. Text GitHub shows (messages, justifications) follows the one-line policy
of the escaping module: no control character or bidirectional control reaches the reader; data fields
(`properties`) keep the claims file's text as it is, which JSON always holds.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from factcheck.escaping import json_document, one_line
from factcheck.findings import Finding, Report
from factcheck.reporters._details import detail_lines
from factcheck.rules import RULES
from factcheck.rules.base import DOC_HEADINGS, Rule

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/factcheck-news/"
SOURCE_ROOT = "SRCROOT"
# a rule's name is what a reader calls it and must differ from its id (case aside): one-word ids get a noun
_NAMES = {"unsourced": "UnsourcedFigure"}
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
_LIMIT = 1024  # GitHub's limit on rule descriptions


def render(report: Report, root: Path | None = None) -> str:
    """The report as one SARIF run; paths relative to `root` (default: the working folder) stay relative."""
    base = (root or Path.cwd()).resolve()
    index = {rule.id: position for position, rule in enumerate(RULES)}

    @functools.cache  # a file has many findings: its path is resolved once per run
    def locate(path: str) -> dict[str, str]:
        return artifact_location(path, base)

    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "factcheck",
                "informationUri": INFORMATION_URI,
                "version": report.version,
                "semanticVersion": report.version,
                "rules": [_rule(rule) for rule in RULES],
            }},
            "automationDetails": {"id": "factcheck/"},
            "originalUriBaseIds": {SOURCE_ROOT: {
                "uri": base.as_uri().rstrip("/") + "/",
                "description": {"text": "The folder factcheck ran in: the repository root in CI."},
            }},
            "results": [_result(finding, index[finding.rule], locate) for finding in report.findings],
            "properties": {"skippedRules": [{"rule": s.rule, "reason": s.reason} for s in report.rules_skipped],
                           "configuration": report.configuration},
        }],
    }
    return json_document(json.dumps(log, ensure_ascii=False, indent=2)) + "\n"


def _rule(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "name": rule_name(rule.id),
        "shortDescription": {"text": rule.summary[:_LIMIT]},
        "fullDescription": {"text": " ".join(rule.section("What it checks").split())[:_LIMIT]},
        "help": {"text": rule.doc, "markdown": help_markdown(rule)},
        "helpUri": INFORMATION_URI,
        "defaultConfiguration": {"level": LEVELS[rule.default_severity.value]},
        "properties": {
            "tags": ["factcheck", "needs-article-text" if rule.needs_text else "claims"],
            "precision": "very-high",
            "problem.severity": "recommendation" if rule.default_severity.value == "info"
            else rule.default_severity.value,
        },
    }


def rule_name(rule_id: str) -> str:
    """`period-conflict` -> `PeriodConflict`; a one-word id gets a name of its own."""
    return _NAMES.get(rule_id) or "".join(part.capitalize() for part in rule_id.split("-"))


def help_markdown(rule: Rule) -> str:
    """The rule's documentation in Markdown: examples in fenced blocks, so YAML is not read as lists."""
    parts = []
    for heading in DOC_HEADINGS:
        body = rule.section(heading)
        if heading in ("Example", "Passes"):
            fence = "~~~~" if "```" in body else "```"
            parts.append(f"**{heading}**\n\n{fence}yaml\n{body}\n{fence}")
        else:
            parts.append(f"**{heading}**\n\n{' '.join(body.split())}")
    return "\n\n".join(parts)


def artifact_location(path: str, base: Path) -> dict[str, str]:
    """A path as SARIF wants it: relative to %SRCROOT% and percent-encoded, else an absolute file URI."""
    try:
        absolute = Path(path).resolve()  # absolute, no `..`, symlinks resolved as GitHub asks
    except ValueError:  # a NUL: no file has such a name, so it cannot be resolved, only written down
        return {"uri": quote(path, safe="/")}
    try:
        relative = absolute.relative_to(base)
    except ValueError:
        return {"uri": absolute.as_uri()}
    return {"uri": "/".join(quote(part, safe="") for part in relative.parts), "uriBaseId": SOURCE_ROOT}


def _result(finding: Finding, rule_index: int, locate: Callable[[str], dict[str, str]]) -> dict[str, Any]:
    loc = finding.location
    region = {
        "startLine": loc.line,
        "startColumn": loc.column,
        "endLine": loc.end_line or loc.line,
        "endColumn": loc.end_column or loc.column + 1,
    }
    related = [
        {
            "id": number,
            "physicalLocation": {
                "artifactLocation": locate(claim.article_place.path),
                "region": {"startLine": claim.article_place.line, "startColumn": claim.article_place.column},
            },
            "message": {"text": f"quote of {one_line(claim.id)}"},
        }
        for number, claim in enumerate(finding.claims)
        if claim.article_place is not None
    ]
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity.value],
        "message": {"text": "\n".join([one_line(finding.message), *detail_lines(finding)])},
        "locations": [{"physicalLocation": {"artifactLocation": locate(loc.path),
                                             "region": region}}],
        # our fingerprint does not move with lines, so alerts survive edits elsewhere in the file
        "partialFingerprints": {"factcheck/v1": finding.fingerprint, "primaryLocationLineHash": finding.fingerprint},
        "properties": {
            "claims": [claim.id for claim in finding.claims],
            "compared": [item.to_dict() for item in finding.compared],
            "claimsFile": finding.claims_file,
        },
    }
    if related:
        result["relatedLocations"] = related
    if finding.review is not None:
        review = finding.review
        note = f": {one_line(review.note)}" if review.note else ""
        # no "status": the draft-07 schema GitHub's tooling follows does not know it; absent means in effect
        result["suppressions"] = [{
            "kind": "external",
            "justification": f"{review.status} by {one_line(review.by)} on {review.date}{note}",
        }]
    return result
