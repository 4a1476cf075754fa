"""Points of a percentage: "fell 0.2 points to 4.1%" is a change of -0.2 percentage points.

"The unemployment rate fell 0.2 points to 4.1%", "0.5 points higher than a year earlier, at 21.6%", "выросла на
0,4 пункта и достигла 5,1%": the points are the percentage's. "The index fell 50 points to 8,200" are index
points, and so are "50 points, or 0.6%" (the percentage restates the change).
"""

from __future__ import annotations

import re
from fractions import Fraction

from factcheck import lexicon
from factcheck.extract.model import Extraction
from factcheck.extract.readers.form.shared import (
    COMPARATIVE,
    LOOK_AHEAD,
    SENTENCE_STOP,
    comparative_evidence,
    qualifier_apart,
)
from factcheck.figures import CHANGE_LEAD, FoundFigure, figure_extent
from factcheck.quantities import Amount, plain_digits, read_in_text, resolve_unit

_BARE_POINTS = re.compile(rf"\s+{lexicon.any_of(lexicon.BARE_POINT_WORDS)}(?!\w)", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_RESTATING = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.APPOSITION_WORDS)}(?!\w)", re.IGNORECASE)
_PER_CENT = Fraction(1, 100)  # a percentage point is a hundredth


def in_percentage_points(extraction: Extraction, figure: FoundFigure) -> FoundFigure | None:
    """A bare number followed by "points" whose change ends at a percentage, as a change in percentage points.

    The direction is the one the sign reader found, else a comparative after the points word. None when it is
    not such a figure.
    """
    found = figure.figure
    if figure.form not in ("value", "change") or not isinstance(found, Amount) or found.unit is not None:
        return None
    visible = extraction.article.visible
    points = _BARE_POINTS.match(visible, figure.end)
    if points is None or not _percentage_follows(extraction, points.end()):
        return None
    direction = figure.evidence.direction if figure.evidence is not None else 0
    evidence = figure.evidence
    if figure.form == "value":
        comparative = COMPARATIVE.match(visible, points.end())
        if comparative is None:
            return None
        evidence = comparative_evidence(comparative)
        direction = evidence.direction
    if not direction or evidence is None:
        return None
    written = visible[figure.start : figure.end]
    qualifier, body = qualifier_apart(written, extraction.language)
    number = CHANGE_LEAD.sub("", body, count=1).lstrip().lstrip("+-−")
    shown = (f"{qualifier}{'-' if direction < 0 else '+'}{number} "
             f"{lexicon.POINTS_AS_PERCENTAGE_POINTS[extraction.language]}")
    read = read_in_text(plain_digits(visible), figure.start, figure.end, extraction.language, shown=shown,
                        change=True, decrease=direction < 0,
                        lead_at=figure.start if CHANGE_LEAD.match(written) else None)
    if not isinstance(read, Amount):
        return None
    percentage_points = Amount(shown, read.interval.scaled(_PER_CENT), resolve_unit("%"), read.qualifier)
    return FoundFigure(figure.start, points.end(), shown, "change", None, percentage_points, figure.numbers,
                       evidence)


def _percentage_follows(extraction: Extraction, position: int) -> bool:
    """Whether the next figure of the sentence after `position` is a percentage the change ends or starts at.

    Only words stand between (no restating "or": "50 points, or 0.6%").
    """
    visible = extraction.article.visible
    digit = _DIGIT.search(visible, position, min(len(visible), position + LOOK_AHEAD))
    if digit is None:
        return False
    between = visible[position : digit.start()]
    if SENTENCE_STOP.search(between) or _RESTATING.search(between):
        return False
    other = figure_extent(visible, digit.start(), extraction.language)
    return other is not None and other.percent and not other.relative
