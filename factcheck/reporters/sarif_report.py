"""SARIF 2.1.0 for GitHub code scanning: rules documented from their docstrings, our fingerprints, reviews.

Reviews become suppressions. Paths are written as given on the command line (relative paths stay relative).
"""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Any

from factcheck.findings import Finding, Report
from factcheck.reporters._details import detail_lines
from factcheck.rules import RULES
from factcheck.rules.base import DOC_HEADINGS, Rule

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
_LIMIT = 1024  # GitHub's limit on rule descriptions


def render(report: Report) -> str:
    """The report as one SARIF run."""
    index = {rule.id: position for position, rule in enumerate(RULES)}
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "factcheck",
                "version": report.version,
                "semanticVersion": report.version,
                "rules": [_rule(rule) for rule in RULES],
            }},
            "automationDetails": {"id": "factcheck/"},
            "results": [_result(finding, index[finding.rule]) for finding in report.findings],
            "properties": {"skippedRules": [{"rule": s.rule, "reason": s.reason} for s in report.rules_skipped]},
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _rule(rule: Rule) -> dict[str, Any]:
    markdown = "\n\n".join(f"**{heading}**\n\n{rule.section(heading)}" for heading in DOC_HEADINGS)
    return {
        "id": rule.id,
        "name": "".join(part.capitalize() for part in rule.id.split("-")),
        "shortDescription": {"text": rule.summary[:_LIMIT]},
        "fullDescription": {"text": " ".join(rule.section("What it checks").split())[:_LIMIT]},
        "help": {"text": rule.doc, "markdown": markdown},
        "defaultConfiguration": {"level": LEVELS[rule.default_severity.value]},
        "properties": {
            "tags": ["factcheck", "needs-article-text" if rule.needs_text else "claims"],
            "precision": "very-high",
            "problem.severity": "recommendation" if rule.default_severity.value == "info"
            else rule.default_severity.value,
        },
    }


def _uri(path: str) -> str:
    pure = PurePath(path)
    return pure.as_uri() if pure.is_absolute() else pure.as_posix()


def _result(finding: Finding, rule_index: int) -> dict[str, Any]:
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
                "artifactLocation": {"uri": _uri(claim.article_place.path)},
                "region": {"startLine": claim.article_place.line, "startColumn": claim.article_place.column},
            },
            "message": {"text": f"quote of {claim.id}"},
        }
        for number, claim in enumerate(finding.claims)
        if claim.article_place is not None
    ]
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity.value],
        "message": {"text": "\n".join([finding.message, *detail_lines(finding)])},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(loc.path)}, "region": region}}],
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
        note = f": {review.note}" if review.note else ""
        # no "status": the draft-07 schema GitHub's tooling follows does not know it; absent means in effect
        result["suppressions"] = [{
            "kind": "external",
            "justification": f"{review.status} by {review.by} on {review.date}{note}",
        }]
    return result
