"""What the editors' HTML report shows: the article with every figure and its status, findings, sources.

Built from the engine's result for the file (the same Report every other format renders, the sourcing rows
and where each figure of the text stands) and the article text; `reporters/html_report.py` only renders it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.article import ArticleText
from factcheck.findings import Finding, Report
from factcheck.sourcing import SourcingRow

if TYPE_CHECKING:
    from factcheck.engine import FileResult

STATUSES = ("error", "warning", "info", "reviewed", "consistent", "uncurated")


@dataclass(frozen=True)
class MarkedFigure:
    """A figure of the article text: its span in the source, its status and the claim it belongs to."""

    number: int
    start: int
    end: int
    text: str
    status: str
    claim: str | None
    findings: tuple[str, ...]  # fingerprints


@dataclass(frozen=True)
class ReportPage:
    """Everything the HTML report renders."""

    title: str
    report: Report
    article: ArticleText | None
    figures: tuple[MarkedFigure, ...]
    sources: tuple[SourcingRow, ...]

    def figure_of_claim(self, claim_id: str) -> MarkedFigure | None:
        """The highlighted figure a claim stands for, if the article shows it."""
        return next((figure for figure in self.figures if figure.claim == claim_id), None)


def build_page(result: FileResult, article: ArticleText | None, report: Report) -> ReportPage:
    """Mark every figure of the article with the status of its claim's findings."""
    findings = [f for f in report.findings if f.claims_file == result.path]
    if article is None:
        return ReportPage(result.title, report, None, (), result.sources)
    by_claim: dict[str, list[Finding]] = {}
    for finding in findings:
        for ref in finding.claims:
            by_claim.setdefault(ref.id, []).append(finding)
    marked: list[MarkedFigure] = []
    for place in result.figures:
        own = by_claim.get(place.claim, []) if place.claim else []
        marked.append(MarkedFigure(
            number=len(marked) + 1, start=place.start, end=place.end, text=place.text,
            status=_status(place.claim, own), claim=place.claim, findings=tuple(f.fingerprint for f in own),
        ))
    return ReportPage(result.title, report, article, tuple(marked), result.sources)


def _status(claim: str | None, findings: list[Finding]) -> str:
    if claim is None:
        return "uncurated"
    open_findings = [f for f in findings if not f.reviewed]
    if open_findings:
        return max(open_findings, key=lambda f: f.severity.rank).severity.value
    return "reviewed" if findings else "consistent"


def page_title(path: Path, page: ReportPage) -> str:
    """The HTML title: the article's title and the claims file."""
    return f"{page.title} — factcheck report ({path.name})"

