"""Plain-text details of a finding shared by the CI formats: its claims with their sourcing, and intervals."""

from __future__ import annotations

from factcheck.findings import ClaimRef, Finding


def claim_line(claim: ClaimRef) -> str:
    """`cargo-2022: 3,2 млн тонн (2022), said by BAQ.KZ (outlet), cites nobody, line 143; «quote»`."""
    cites = f"cites {claim.cites_name}" if claim.cites_name else "cites nobody"
    where = f"line {claim.line}"
    if claim.article_place is not None:
        place = claim.article_place
        where += f", article paragraph {place.paragraph} ({place.line}:{place.column})"
    quote = f"; «{claim.quote}»" if claim.quote else ""
    return (f"{claim.id}: {claim.figure} ({claim.period}), said by {claim.said_by_name} ({claim.said_by_kind}), "
            f"{cites}, {where}{quote}")


def detail_lines(finding: Finding) -> list[str]:
    """The claims and the compared intervals, one per line, then what to check next."""
    lines = [f"claim {claim_line(claim)}" for claim in finding.claims]
    lines += [f"compared {item.describe()}" for item in finding.compared]
    if finding.review is not None:
        review = finding.review
        note = f": {review.note}" if review.note else ""
        lines.append(f"reviewed ({review.status}) by {review.by}, {review.date}{note}")
    lines.append(finding.help)
    return lines
