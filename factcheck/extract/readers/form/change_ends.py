"""The start and the end of a change: "from $13.48 billion", "с 7,5%", "compared to $3.0 billion", "to 0.9%".

- A value printed as the start of a change is a level of the baseline, never a change itself: "from 1.5%",
  "compared to $3.0 billion", "с 2,5%".
- A percentage that starts or ends a change whose other end is a share of a whole is a share of the same whole,
  printed once: "fell to 86.7% of GDP from 89%", "с 2,5% ВВП до 2,1%".
"""

from __future__ import annotations

import re

from factcheck import lexicon
from factcheck.extract.model import Extraction
from factcheck.extract.readers.form.shared import LOOK_AHEAD, alternatives, is_percent, previous_figure
from factcheck.figures import CHANGE_START_BEFORE, FoundFigure

_CHANGE_START_TEXT = re.compile(rf"(?:{alternatives(lexicon.CHANGE_START_WORDS)})\s".replace(r"\ ", r"\s+"),
                                re.IGNORECASE)
# the start or the end of a change, right before a figure: "from 1.5%", "to 0.9%", "с 2,5%", "до 2,1%"
_CHANGE_END_BEFORE = re.compile(rf"(?<!\w)(?:{alternatives(lexicon.CHANGE_END_WORDS)})\s*\Z", re.IGNORECASE)


# a comparison's lead (or the results compared with), its period, then the level it compares with in brackets:
# "что на 12,6% больше, чем за аналогичный период прошлого года (84,2 млрд рублей)", "на 7,2% уступает итогам
# августа (10,76 млн тонн)", "up 9% from the year-ago quarter ($13.48 billion)"
_BASELINE_IN_BRACKETS = re.compile(rf"(?<!\w)(?:{'|'.join(lexicon.COMPARISON_LEADS + lexicon.COMPARED_RESULT_NOUNS)})"
                                   rf"\s[^\d()\n.;!?]{{0,80}}\(\s*$", re.IGNORECASE)
_BRACKETED_REACH = 100


def printed_as_change_start(visible: str, floor: int, figure: FoundFigure) -> bool:
    """Whether a value is printed as the start of a change: "from 1.5%", "compared to $3.0 billion".

    Also in brackets after the comparison that names its period: "чем месяцем ранее (54,1 тыс.)". `floor` is
    where the look back stops (the sentence's start, or the figure before).
    """
    return bool(CHANGE_START_BEFORE.search(visible[max(floor, figure.start - 25) : figure.start])
                or _CHANGE_START_TEXT.match(figure.text)
                or _BASELINE_IN_BRACKETS.search(visible[max(floor, figure.start - _BRACKETED_REACH) : figure.start]))


def whole_of_change_start(extraction: Extraction, figure: FoundFigure, metric_id: str) -> str | None:
    """The whole of a percentage that starts or ends a change whose other end is a share of it, as a metric id.

    "fell to 86.7% of GDP from 89%", "up from 0.6%" after "0.8% of GDP", "с 2,5% ВВП до 2,1%": the whole is
    printed once, with the first end; the other end is a share of the same whole.
    """
    previous = previous_figure(extraction)
    if previous is None or previous.share_of is None or previous.metric != metric_id or figure.form != "value" \
            or not is_percent(figure) or figure.start - previous.found.end > LOOK_AHEAD:
        return None
    visible = extraction.article.visible
    between = extraction.periods.blanked(visible, previous.found.end, figure.start)
    if re.search(r"[\d;!?]", between) or "\n" in between:
        return None  # another figure, or another sentence, between the two ends
    if printed_as_change_start(visible, previous.found.end, figure) or _CHANGE_END_BEFORE.search(between):
        return previous.share_of
    return None
