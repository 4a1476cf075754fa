"""The sourcing of every figure: who states it, whom it cites, where it is, and which findings involve it.

Also where each figure of the article text stands and which claim it belongs to, for the editors' report.
Both read the rules' Context, so quotes are located and the text is scanned once per file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from factcheck.article import Place
from factcheck.findings import Finding
from factcheck.intervals import format_interval
from factcheck.model import Claim
from factcheck.rules.base import Context, change_compared, stated_change


@dataclass(frozen=True)
class SourcingRow:
    """One figure of a claims file with its sourcing."""

    path: str
    claim: str
    figure: str
    interval: str
    metric: str
    period: str
    kind: str
    said_by: str
    said_by_kind: str
    cites: str | None
    line: int
    article_place: Place | None
    findings: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """The row in the JSON document of `factcheck sources`."""
        place = self.article_place
        return {
            "path": self.path, "claim": self.claim, "figure": self.figure, "interval": self.interval,
            "metric": self.metric, "period": self.period, "kind": self.kind,
            "said_by": {"name": self.said_by, "kind": self.said_by_kind}, "cites": self.cites, "line": self.line,
            "article": None if place is None else {
                "path": place.path, "paragraph": place.paragraph, "line": place.line, "column": place.column,
            },
            "findings": list(self.findings),
        }


@dataclass(frozen=True)
class FigurePlace:
    """A figure of the article text: its span in the source file and the claim whose quote holds it."""

    start: int
    end: int
    text: str
    claim: str | None


def sourcing_rows(context: Context, findings: Sequence[Finding]) -> list[SourcingRow]:
    """A row per claim, in file order."""
    claims_file = context.claims_file
    involved: dict[str, list[str]] = {}
    for finding in findings:
        for ref in finding.claims:
            rules = involved.setdefault(ref.id, [])
            if finding.rule not in rules:
                rules.append(finding.rule)
    rows = []
    for claim in claims_file.claims:
        if claim.form == "change":
            stated = stated_change(claim)
            interval = "?" if stated is None else change_compared(claim, "", stated).interval_text()
        elif claim.share is not None:
            interval = format_interval(claim.share.scaled(Fraction(100)), f"% of {claim.whole}")
        elif claim.amount is not None:
            interval = format_interval(claim.amount, claim.metric.unit_text)
        elif claim.ratio is not None:
            interval = change_compared(claim, "", claim.ratio.interval).interval_text()
        else:
            interval = "unit does not convert"
        rows.append(SourcingRow(
            path=str(claims_file.path), claim=claim.id, figure=claim.text, interval=interval,
            metric=claim.metric.id, period=claim.period_text, kind=claim.kind, said_by=claim.said_by.name,
            said_by_kind=claim.said_by.kind, cites=claim.cites.name if claim.cites else None,
            line=claim.position.line, article_place=context.article_place(claim),
            findings=tuple(involved.get(claim.id, ())),
        ))
    return rows


def figure_places(context: Context) -> list[FigurePlace]:
    """Every figure of the article text, in text order, each matched to at most one claim whose quote holds it."""
    article = context.article
    if article is None:
        return []
    claims = context.claims
    spans = {claim.id: span for claim in claims if (span := context.quote_span(claim)) is not None}
    placed: list[FigurePlace] = []
    taken: set[str] = set()
    for found in context.article_figures:
        start, end = article.source_span(found.start, found.end)
        claim = _claim_for(claims, spans, taken, start, end, found.numbers)
        if claim is not None:
            taken.add(claim)
        placed.append(FigurePlace(start, end, article.text[start:end], claim))
    return placed


def _claim_for(
    claims: Sequence[Claim], spans: dict[str, tuple[int, int]], taken: set[str], start: int, end: int,
    numbers: tuple[object, ...],
) -> str | None:
    from factcheck.quantities import numbers_in

    covering = [c for c in claims if c.id in spans and spans[c.id][0] <= start and end <= spans[c.id][1]]
    for claim in covering:  # the claim whose figure is this one: same numbers, not yet matched
        if claim.id not in taken and numbers_in(claim.text, claim.language) == list(numbers):
            return claim.id
    for claim in covering:
        if claim.id not in taken:
            return claim.id
    return covering[0].id if covering else None
