"""Output formats, one module each, registered by name. A reporter renders a whole Report and decides nothing.

Modules are imported only when their format is asked for, so plain output never pays for rich.
"""

from __future__ import annotations

import importlib
from typing import Protocol

from factcheck.findings import Report

# format name -> module under factcheck.reporters
REPORTERS = {
    "text": "text_report",
    "terminal": "terminal_report",
    "json": "json_report",
    "sarif": "sarif_report",
    "junit": "junit_report",
    "github": "github_report",
    "markdown": "markdown_report",
}


class Renderer(Protocol):
    """What every reporter module provides."""

    def __call__(self, report: Report) -> str:
        """Render the whole report as text."""
        ...


def renderer(name: str) -> Renderer:
    """The render function of a format, imported on first use."""
    module = importlib.import_module(f"factcheck.reporters.{REPORTERS[name]}")
    render: Renderer = module.render
    return render
