"""`verify --statistics`: how many findings each rule gave, most first, as `ruff --statistics` counts diagnostics."""

from __future__ import annotations

import json
from collections import Counter

from factcheck.findings import Report
from factcheck.rules import RULES_BY_ID


def rows(report: Report) -> list[dict[str, str | int]]:
    """One row per rule and severity: count, rule, severity and the rule's summary; most findings first."""
    counts = Counter((finding.rule, finding.severity.value) for finding in report.findings)
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [{"count": count, "rule": rule, "severity": severity, "summary": RULES_BY_ID[rule].summary}
            for (rule, severity), count in ordered]


def render(report: Report) -> str:
    """Aligned columns, one line per rule: `  2  value-conflict  error    one metric, one period, ...`."""
    listing = rows(report)
    if not listing:
        return ""
    count_width = max(len(str(row["count"])) for row in listing)
    rule_width = max(len(str(row["rule"])) for row in listing)
    return "".join(f"{row['count']:>{count_width}}  {row['rule']:<{rule_width}}  {row['severity']:<7}  "
                   f"{row['summary']}\n" for row in listing)


def render_json(report: Report) -> str:
    """The same rows as a JSON list."""
    return json.dumps(rows(report), ensure_ascii=False, indent=2) + "\n"
