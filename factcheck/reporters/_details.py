"""Plain-text details of a finding shared by the CI formats: its claims with their sourcing, and intervals."""

from __future__ import annotations

from factcheck.escaping import line_start, one_line
from factcheck.findings import ClaimRef, Finding


def claim_line(claim: ClaimRef) -> str:
    """`cargo-2022: 3,2 млн тонн (2022), said by BAQ.KZ (outlet), cites nobody, line 143; «quote»`."""
    cites = f"cites {one_line(claim.cites_name)}" if claim.cites_name else "cites nobody"
    where = f"line {claim.line}"
    if claim.article_place is not None:
        place = claim.article_place
        where += f", article paragraph {place.paragraph} ({place.line}:{place.column})"
    quote = f"; «{one_line(claim.quote)}»" if claim.quote else ""
    return (f"{one_line(claim.id)}: {one_line(claim.figure)} ({one_line(claim.period)}), said by "
            f"{one_line(claim.said_by_name)} ({claim.said_by_kind}), {cites}, {where}{quote}")


def detail_lines(finding: Finding) -> list[str]:
    """The claims and the compared intervals, one per line, then what to check next; data escaped, one line each."""
    lines = [f"claim {claim_line(claim)}" for claim in finding.claims]
    lines += [f"compared {one_line(item.describe())}" for item in finding.compared]
    if finding.review is not None:
        review = finding.review
        note = f": {one_line(review.note)}" if review.note else ""
        lines.append(f"reviewed ({review.status}) by {one_line(review.by)}, {review.date}{note}")
    lines.append(line_start(finding.help))  # the one line that starts with text of the finding's own
    return lines
