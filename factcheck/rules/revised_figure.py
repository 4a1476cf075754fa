"""revised-figure: a figure its source revised: two releases of one metric, period and kind.

What it checks:
    Two values of the same metric, period and kind whose claims carry different `release` dates (a
    preliminary estimate and a revised one) and whose intervals do not overlap. They are reported here, as
    information, instead of as a value-conflict.

Why it matters:
    A revision is not a contradiction, but the reader should be told which figure is current: an article
    that quotes both should say that the later one replaces the earlier.

Example:
    claims:
      - {id: prelim, metric: trade, period: "2023", value: "$533 млн", release: 2024-02-01, said_by: stat}
      - {id: revised, metric: trade, period: "2023", value: "$547 млн", release: 2024-06-01, said_by: stat}
    info revised-figure: 2023 was revised from $533 млн (prelim, release 2024-02-01) to $547 млн (revised,
    release 2024-06-01).

Passes:
    claims:
      - {id: prelim, metric: trade, period: "2023", value: "$533 млн", release: 2024-02-01, said_by: stat}
      - {id: revised, metric: trade, period: "2023", value: "$533 млн", release: 2024-06-01, said_by: stat}

Tolerance:
    Figures that overlap once their rounding is counted are the same figure confirmed, not a revision.
    Without `release` on both claims, nothing is a revision: differing figures stay a value-conflict.

How to silence:
    Keep only the current release in the article, or record a review (status accepted).

"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from factcheck.findings import Finding, Severity
from factcheck.model import Claim, releases_differ
from factcheck.rules.base import Context, figures_of, ids_of, restatements

ID = "revised-figure"
ORDER = 25
SEVERITY = Severity.INFO


def check(ctx: Context) -> Iterator[Finding]:
    """Group the released values by metric, period and kind; pair those of different releases."""
    same_figure: dict[tuple[object, ...], list[Claim]] = {}
    for claim in ctx.claims:
        if claim.form == "value" and claim.release is not None and claim.period is not None:
            key = (claim.metric.id, claim.period.start, claim.period.end, claim.kind)
            same_figure.setdefault(key, []).append(claim)
    for releases in same_figure.values():
        yield from _revisions(ctx, releases)


def _revisions(ctx: Context, releases: list[Claim]) -> Iterator[Finding]:
    # a figure stated twice in one release is one figure: one finding names every claim stating it
    for first, second in combinations(restatements(releases), 2):
        if not releases_differ(first[0], second[0]):
            continue
        earlier, later = sorted((first, second), key=lambda group: (group[0].release, group[0].position.line))
        pairs = [(old, new) for old in earlier for new in later if old.amount is not None and new.amount is not None
                 and not old.amount.overlaps(new.amount)]
        if not pairs:
            continue
        old, new = pairs[0]
        assert old.amount is not None and new.amount is not None
        olds = list(dict.fromkeys(o for o, _ in pairs))
        news = list(dict.fromkeys(n for _, n in pairs))
        yield ctx.finding(
            ID, SEVERITY, [*news, *olds],
            f"{old.period_text} was revised from {figures_of(olds)} ({ids_of(olds)}, release {_release(old)}) "
            f"to {figures_of(news)} ({ids_of(news)}, release {_release(new)}).",
            "Say in the article which figure is current, or quote only the latest release.",
            [ctx.compared(f"{c.id} (release {_release(c)}): {c.text}", c.amount, c)
             for c in (old, new) if c.amount is not None],
            replaces=[[n, o] for o, n in pairs],
        )


def _release(claim: Claim) -> str:
    return claim.release.text if claim.release is not None else "not given"
