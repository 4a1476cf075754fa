"""Comparatives that sign a change: "на 5% меньше", "0.3% lower than", "меньше на 400 человек", "выше ... на 5%".

- A percentage right before a comparative is a difference to something, a change, whatever follows it: "5%
  lower", "0.3% points lower in 2024", "9 percent lower than the $41 million".
- A comparative with "на"/"by" before the figure is a change, no bound: "стало меньше на 400 человек" is -400,
  where "меньше 400 человек" is under 400.
- A comparative, the words of its baseline, then "на"/"by": "выше уровня 2023 года на 5,1 млрд рублей",
  "ниже прошлогодних на 3%", "lower than in 2023 by $2 billion".
"""

from __future__ import annotations

import re

from factcheck.extract.model import Extraction
from factcheck.extract.readers.form.shared import (
    ABOVE,
    BELOW,
    BY,
    COMPARATIVE,
    LEAD_AT_END,
    LOOK_AHEAD,
    LOOK_BACK,
    SHARE_AFTER,
    as_change,
    comparative_evidence,
    cue_before,
    is_percent,
    number_start,
)
from factcheck.figures import FoundFigure, SignCue, SignEvidence
from factcheck.quantities import plain_digits, read_in_text

_COMPARATIVE_WORD = rf"(?:(?P<above>{ABOVE})|(?P<below>{BELOW}))"
# a comparative and its baseline's words before a figure's "на"/"by": "выше уровня 2023 года", "ниже прошлогодних"
_COMPARATIVE_THEN_BASELINE = re.compile(
    rf"(?<!\w){_COMPARATIVE_WORD}(?:\s+[^\W\d]+){{1,4}}\s*\Z", re.IGNORECASE)
# a comparative right before "на"/"by" and a figure: "стало меньше на 400 человек"
_COMPARATIVE_BY_BEFORE = re.compile(rf"(?<!\w){_COMPARATIVE_WORD}\s+"
                                    rf"(?:{BY})\s+\Z", re.IGNORECASE)


def bound_by_comparative(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> FoundFigure | None:
    """A bound read from "меньше на 400 человек", "больше на 5 млрд": a comparative with "на" is a change, no bound.

    "Меньше"/"больше" before a figure bound it ("меньше 400 человек" is under 400); with "на" between they say by
    how much the measure is below or above its baseline. Every bound stops here, a change or as it was read.
    """
    if figure.form != "bound":
        return None
    visible = extraction.article.visible
    comparative = _COMPARATIVE_BY_BEFORE.search(visible, max(0, figure.start - LOOK_BACK), figure.start)
    if comparative is None:
        return figure
    direction = 1 if comparative.group("above") else -1
    evidence = SignEvidence(SignCue.COMPARATIVE, direction, comparative.start(), figure.start)
    written = visible[figure.start : figure.end]
    shown = f"{'-' if direction < 0 else '+'}{written}"
    read = read_in_text(plain_digits(visible), figure.start, figure.end, extraction.language, shown=shown,
                        change=True, decrease=direction < 0)
    if read is None:
        return figure
    return FoundFigure(figure.start, figure.end, shown, "change", None, read, figure.numbers, evidence)


def percentage_before_comparative(extraction: Extraction, figure: FoundFigure, sentence_start: int
                                  ) -> FoundFigure | None:
    """A percentage right before a comparative, with no verb of change before it: "5% lower", "на 5% меньше"."""
    visible = extraction.article.visible
    if not is_percent(figure) or SHARE_AFTER.match(visible, figure.end):
        return None
    comparative = COMPARATIVE.match(visible, figure.end)
    if comparative is None or cue_before(visible, figure.start):
        return None
    return as_change(visible, figure, comparative_evidence(comparative), extraction.language)


def comparative_before_by(extraction: Extraction, figure: FoundFigure) -> SignEvidence | None:
    """A comparative, its baseline and "на"/"by" before a figure: "выше уровня 2023 года на 5,1 млрд рублей".

    "ниже прошлогодних на 3%", "lower than in 2023 by $2 billion": the comparative gives the sign, the words
    between it and "на" name the baseline (a period among them is blanked, so its year is no figure between).
    """
    visible = extraction.article.visible
    by = LEAD_AT_END.search(visible, max(0, figure.start - LOOK_BACK), number_start(figure))
    if by is None:
        return None
    floor = max(0, by.start() - LOOK_AHEAD)
    comparative = _COMPARATIVE_THEN_BASELINE.search(extraction.periods.blanked(visible, floor, by.start()))
    if comparative is None:
        return None
    return SignEvidence(SignCue.COMPARATIVE, 1 if comparative.group("above") else -1, floor + comparative.start(),
                        by.end())
