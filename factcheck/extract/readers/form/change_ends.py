"""The start and the end of a change: "from $13.48 billion", "с 7,5%", "compared to $3.0 billion", "to 0.9%".

- A value printed as the start of a change is a level of the baseline, never a change itself: "from 1.5%",
  "compared to $3.0 billion", "с 2,5%".
- A percentage that starts or ends a change whose other end is a share of a whole is a share of the same whole,
  printed once: "fell to 86.7% of GDP from 89%", "с 2,5% ВВП до 2,1%".
- A percentage set against a change by a percentage is the rate of change of an earlier period, in the same
  direction, not the level the change starts from: "grew 5.2% in the third quarter, down from 5.5% in the
  second", "выросла на 5,2% после 5,5% годом ранее" (a change by a percentage starts from a level in its
  measure's own unit, never from a rate).
"""

from __future__ import annotations

import re

from factcheck import lexicon
from factcheck.extract.model import Extraction
from factcheck.extract.readers.form.shared import (
    LOOK_AHEAD,
    alternatives,
    as_change,
    is_percent,
    measured_value,
    previous_change,
    previous_figure,
    printed_direction,
)
from factcheck.extract.text import (
    COUNT_AND_NOUN,
    MONEY_AMOUNT,
    RESULT_COMPARED_BEFORE,
    RESULT_COMPARED_REACH,
    SCALE_WORD,
)
from factcheck.extract.words import counts_other_things
from factcheck.figures import CHANGE_START_BEFORE, FoundFigure, SignCue, SignEvidence
from factcheck.quantities import POINTS_WORDS, Amount, Ratio

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
# Russian "с" is "from" only in a change that "до" ends, before or after it ("с 3,1% до 3%", "до 3% с 3,1%");
# else it is "with" ("Haval с 17,9 тыс. автомобилей")
_WITH_OR_FROM = re.compile(rf"(?:{alternatives(lexicon.RU_WITH_OR_FROM)})\s", re.IGNORECASE)
_END_REACH = 60
_CHANGE_END = rf"(?<!\w)(?:{alternatives(lexicon.CHANGE_END_WORDS)})\s+[-+−]?\d"
_CHANGE_END_AHEAD = re.compile(rf"[^.;!?\n]{{0,{_END_REACH}}}?{_CHANGE_END}", re.IGNORECASE)
_CHANGE_END_BEHIND = re.compile(rf"{_CHANGE_END}[^.;!?\n]*\Z", re.IGNORECASE)
# an amount of money, then "from" right before a count of things: "$33.7 million from 4,337 locations", "€3 billion
# from 12 countries" (the count is where the amount came from); the time it was taken in may stand between ("$22.2
# million over the weekend from 78 markets"), a few words with no figure and no punctuation
_MONEY_FROM_BEFORE = re.compile(rf"{MONEY_AMOUNT}(?:\s+[^\W\d]+){{0,3}}\s+"
                                rf"(?:{alternatives(lexicon.SOURCE_COUNT_LEADS)})\s+\Z", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+([^\W\d]+)")
_DATA_FROM_BEFORE = re.compile(rf"(?<!\w)(?:{alternatives(lexicon.DATA_SOURCE_NOUNS)})\s+"
                               rf"(?:{alternatives(lexicon.SOURCE_COUNT_LEADS)})\s+\Z", re.IGNORECASE)
_SOURCE_COUNT_AFTER = re.compile(rf"\s+(?!(?:{SCALE_WORD})(?!\w))[^\W\d]", re.IGNORECASE)
# a count of things, then "from" right before a count of other things: "3.4 million moviegoers from 540 theaters"
# (where they came from); the same noun after both counts is a change's ("to 2,100 workers from 2,600 workers")
_COUNT_FROM_BEFORE = re.compile(rf"{COUNT_AND_NOUN}(?:{alternatives(lexicon.SOURCE_COUNT_LEADS)})\s+\Z",
                                re.IGNORECASE)
# the words between a change by a percentage and the earlier rate it is set against, periods blanked: ", down
# from", " после", ", compared with": only spaces, a comma or a dash and a word of direction, never a clause
_EARLIER_RATE_LEAD = (rf"[\s,–—-]*(?:(?:{alternatives(lexicon.EARLIER_RATE_GAP_WORDS)})\s+)?"
                      rf"(?:{alternatives(lexicon.EARLIER_RATE_LEADS)})\s*")
_LEVEL_REACHED_AFTER = re.compile(rf"\s*{_CHANGE_END}", re.IGNORECASE)
_EARLIER_RATE_BEFORE = re.compile(rf"{_EARLIER_RATE_LEAD}\Z", re.IGNORECASE)
# the same lead, then a percentage: where a change's earlier rate starts, read before the rate itself is
_EARLIER_RATE_AHEAD = re.compile(rf"{_EARLIER_RATE_LEAD}(?=[-+−]?\d[\d.,\s]*(?:{alternatives(lexicon.PERCENT_WORDS)}))",
                                 re.IGNORECASE)


def printed_as_change_start(visible: str, floor: int, figure: FoundFigure) -> bool:
    """Whether a value is printed as the start of a change: "from 1.5%", "compared to $3.0 billion".

    Also in brackets after the comparison that names its period: "чем месяцем ранее (54,1 тыс.)". `floor` is
    where the look back stops (the sentence's start, or the figure before).
    """
    if counts_sources(visible, floor, figure):
        return False  # "$33.7 million from 4,337 locations": where the amount came from, no start of a change
    lead = CHANGE_START_BEFORE.search(visible[max(floor, figure.start - 25) : figure.start]) \
        or _CHANGE_START_TEXT.match(figure.text)
    if lead is not None and _WITH_OR_FROM.match(lead.group(0)) and not (
            _CHANGE_END_AHEAD.match(visible, figure.end) or _CHANGE_END_BEHIND.search(
                visible, max(0, figure.start - _END_REACH), figure.start)):  # past the figure before: "до 3% с 3,1%"
        lead = None  # "На втором месте Haval с 17,9 тыс. автомобилей": "с" is "with" where no "до" ends a change
    return bool(lead
                or RESULT_COMPARED_BEFORE.search(visible, max(floor, figure.start - RESULT_COMPARED_REACH),
                                                 figure.start)
                or _BASELINE_IN_BRACKETS.search(visible[max(floor, figure.start - _BRACKETED_REACH) : figure.start]))


def counts_sources(visible: str, floor: int, figure: FoundFigure) -> bool:
    """Whether a bare count after an amount of money and "from" counts where the amount came from.

    "$33.7 million from 4,337 locations", "$42 million from 52 markets": no start of a change, and a change after
    it ("..., down 43%") is the amount's; so is a count after a noun of information ("data from 3,600 colleges").
    """
    before = max(floor, figure.start - _BRACKETED_REACH)
    return bool(_SOURCE_COUNT_AFTER.match(visible, figure.end) and (
        _MONEY_FROM_BEFORE.search(visible, before, figure.start)
        or _DATA_FROM_BEFORE.search(visible, before, figure.start)
        or _counts_other_things(visible, before, figure))) and not (
        isinstance(figure.figure, Amount) and figure.figure.unit is not None)


def _counts_other_things(visible: str, before: int, figure: FoundFigure) -> bool:
    """Whether a bare count and its noun follow "from" after a count of others ("moviegoers from 540 theaters")."""
    lead = _COUNT_FROM_BEFORE.search(visible, before, figure.start)
    if lead is None:
        return False
    after = _NOUN_AFTER.match(visible, figure.end)
    return after is not None and counts_other_things(lead["noun"], after[1])


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


def earlier_rate(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> FoundFigure | None:
    """A percentage set against the change by a percentage before it: the earlier period's change, same direction.

    "grew 5.2% in the third quarter, down from 5.5% in the second": 5.5% is the growth of the second quarter.
    Not after points ("rose 0.2 points from 4.1%" starts from a level) nor after a change to a level ("rose to 5%").
    """
    if not measured_value(figure) or not is_percent(figure) or POINTS_WORDS.search(figure.text):
        return None
    previous = previous_change(extraction, sentence_start)
    if previous is None or not _percentage_ratio(previous.found):
        return None
    visible = extraction.article.visible
    between = extraction.periods.blanked(visible, previous.found.end, figure.start)
    if not _EARLIER_RATE_BEFORE.fullmatch(between) or _LEVEL_REACHED_AFTER.match(visible, figure.end):
        return None  # "выросла на 0,3% с 4,1% до 4,4%": the level it starts from, and the level it reaches
    direction = printed_direction(visible, previous.found)
    if not direction:
        return None
    return as_change(visible, figure, SignEvidence(SignCue.EARLIER_RATE, direction, previous.found.start,
                                                   figure.start), extraction.language)


def earlier_rate_ahead(extraction: Extraction, change: FoundFigure, sentence_end: int) -> int | None:
    """Where the earlier rate a change by a percentage is set against starts, if one follows it ("down from 5.5%").

    The period reader asks before the rate is read: a period after it is the rate's own, never the change's
    baseline.
    """
    if change.form != "change" or not _percentage_ratio(change):
        return None
    visible = extraction.article.visible
    end = min(sentence_end, change.end + 2 * LOOK_AHEAD)
    lead = _EARLIER_RATE_AHEAD.match(extraction.periods.blanked(visible, change.end, end))
    return change.end + lead.end() if lead else None


def _percentage_ratio(figure: FoundFigure) -> bool:
    """Whether a change is by a percentage of its measure, not by points of a percentage ("на 0,2 п.п.")."""
    return isinstance(figure.figure, Ratio) and figure.figure.percent
