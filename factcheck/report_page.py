"""What the editors' HTML report shows: the article with every figure and its status, findings, sources.

Built from the same Report that every other format renders, plus the article text and the claims files;
`reporters/html_report.py` only renders it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factcheck.article import ArticleText
from factcheck.figures import find_figures
from factcheck.findings import Finding, Report
from factcheck.model import ClaimsFile
from factcheck.quantities import numbers_in
from factcheck.rules.base import Context
from factcheck.sourcing import SourcingRow, sourcing_rows

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


def build_page(claims_file: ClaimsFile, article: ArticleText | None, report: Report) -> ReportPage:
    """Mark every figure of the article with the status of its claim's findings."""
    findings = [f for f in report.findings if f.claims_file == str(claims_file.path)]
    rows = tuple(sourcing_rows(claims_file, article, findings))
    if article is None:
        return ReportPage(claims_file.article.title, report, None, (), rows)
    context = Context(claims_file, article)
    spans = {claim.id: span for claim in claims_file.claims if (span := context.quote_span(claim)) is not None}
    by_claim: dict[str, list[Finding]] = {}
    for finding in findings:
        for ref in finding.claims:
            by_claim.setdefault(ref.id, []).append(finding)
    marked: list[MarkedFigure] = []
    taken: set[str] = set()
    for found in find_figures(article.visible, claims_file.article.language, claims_file.custom_units):
        start, end = article.source_span(found.start, found.end)
        claim = _claim_for(claims_file, spans, taken, start, end, found.numbers)
        if claim is not None:
            taken.add(claim)
        own = by_claim.get(claim, []) if claim else []
        marked.append(MarkedFigure(
            number=len(marked) + 1, start=start, end=end, text=article.text[start:end],
            status=_status(claim, own), claim=claim, findings=tuple(f.fingerprint for f in own),
        ))
    return ReportPage(claims_file.article.title, report, article, tuple(marked), rows)


def _claim_for(
    claims_file: ClaimsFile, spans: dict[str, tuple[int, int]], taken: set[str], start: int, end: int,
    numbers: tuple[object, ...],
) -> str | None:
    covering = [c for c in claims_file.claims if c.id in spans and spans[c.id][0] <= start and end <= spans[c.id][1]]
    for claim in covering:  # the claim whose figure is this one: same numbers, not yet matched
        if claim.id not in taken and numbers_in(claim.text, claim.language) == list(numbers):
            return claim.id
    for claim in covering:
        if claim.id not in taken:
            return claim.id
    return covering[0].id if covering else None


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

