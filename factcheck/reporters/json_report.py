"""JSON: the Report's own dictionary, documented and versioned in docs/json.md; hidden characters escaped."""

from __future__ import annotations

import json

from factcheck.escaping import json_document
from factcheck.findings import Report


def render(report: Report) -> str:
    """The report as an indented JSON document with a fixed key order."""
    return json_document(json.dumps(report.to_dict(), ensure_ascii=False, indent=2)) + "\n"
