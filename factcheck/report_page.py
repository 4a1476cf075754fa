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
from factcheck.model import Review
from factcheck.rules.stale_review import ID as STALE_REVIEW
from factcheck.rules.stale_review import shell_word
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
class Decision:
    """One way an editor can decide a finding: the command that does it, and the desk's action for it.

    `action` is one of accept, false-positive (both need a note), reopen and remove (take a review out), move
    (a stale review to the finding `target`); `fingerprint` is the finding decided, or the review acted on.
    """

    action: str
    label: str
    command: str
    fingerprint: str
    target: str | None = None


@dataclass(frozen=True)
class ReportPage:
    """Everything the HTML report renders."""

    title: str
    report: Report
    article: ArticleText | None
    figures: tuple[MarkedFigure, ...]
    sources: tuple[SourcingRow, ...]
    claims_path: str = ""
    reviews: tuple[Review, ...] = ()

    def figure_of_claim(self, claim_id: str) -> MarkedFigure | None:
        """The highlighted figure a claim stands for, if the article shows it."""
        return next((figure for figure in self.figures if figure.claim == claim_id), None)

    def findings_in_order(self) -> list[Finding]:
        """Open findings first, errors before warnings before notes; then the reviewed; else as the report sorts."""
        return sorted(self.report.findings, key=lambda f: (f.reviewed, -f.severity.rank))

    def decisions(self, finding: Finding) -> tuple[Decision, ...]:
        """What an editor can do about a finding, each with its exact command."""
        where = f"factcheck review {shell_word(self.claims_path or finding.claims_file)}"
        if finding.rule == STALE_REVIEW:
            review = next((r for r in self.reviews if r.position.line == finding.location.line), None)
            if review is None:
                return ()
            candidates = [f for f in self.report.findings if f.claims_file == finding.claims_file
                          and review.rule and f.rule == review.rule and f.review is None]
            moves = tuple(Decision("move", f"move it to {c.fingerprint}", f"{where} --move {review.finding} "
                                   f"{c.fingerprint}", review.finding, c.fingerprint) for c in candidates[:1]
                          if len(candidates) == 1)
            return (*moves, Decision("remove", "remove it", f"{where} --remove {review.finding}", review.finding))
        if finding.review is not None:
            return (Decision("reopen", "reopen", f"{where} --remove {finding.review.finding}", finding.review.finding),)
        return tuple(
            Decision(status, label, f'{where} {finding.fingerprint} --status {status} --note "{why}"',
                     finding.fingerprint)
            for status, label, why in (("accepted", "accept", "why it stands"),
                                       ("false-positive", "false positive", "why the check is wrong here"))
        )


def build_page(result: FileResult, article: ArticleText | None, report: Report, claims_path: str = "",
               reviews: tuple[Review, ...] = ()) -> ReportPage:
    """Mark every figure of the article with the status of its claim's findings.

    `claims_path` is the claims file as the editor names it in a command, `reviews` its reviews (for the
    commands that move or remove a stale one).
    """
    findings = [f for f in report.findings if f.claims_file == result.path]
    if article is None:
        return ReportPage(result.title, report, None, (), result.sources, claims_path, reviews)
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
    return ReportPage(result.title, report, article, tuple(marked), result.sources, claims_path, reviews)


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

