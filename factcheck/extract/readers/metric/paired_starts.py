"""Starts of changes listed after the figures they are compared with: each the metric of its figure, in turn.

"The county recorded 1,730 births and 2,080 deaths, compared with 1,810 and 2,150 a year earlier": 1,810 is the
births a year earlier and 2,150 the deaths; a list after a word of comparison ("compared with A and B") pairs in
order with the list of as many figures before it ("X and Y"), whatever measures they are on.
"""

import re
from itertools import pairwise

from factcheck import lexicon
from factcheck.extract.model import Extraction
from factcheck.extract.readers.metric.common import UNNAMED, MetricReading, counts_things, metric_unit, unit_of
from factcheck.figures import FoundFigure

_LEAD = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.COMPARISON_LEADS)}\s+", re.IGNORECASE)
# what joins two figures of a list: a comma, "and", or both
_JOIN = rf"\s*,?\s*(?:{lexicon.any_of(lexicon.LIST_JOINS)}\s+)?"
_JOINED = re.compile(rf"{_JOIN}\Z", re.IGNORECASE)
# the next figure of the list after a figure, bare as the ones before it: "and 2,150"
_NEXT = re.compile(rf"{_JOIN}(?=\d)\d(?:[\d,.]*\d)?(?![\w%])", re.IGNORECASE)


def paired_start(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int]) -> MetricReading | None:
    """The metric of the figure before a word of comparison in the same place of its list as this figure in its.

    Both lists are read in the sentence: the figures after the lead joined by commas and "and", this one among
    them, and as many values before the lead, in this figure's unit. None when the counts differ.
    """
    visible = extraction.article.visible
    lead = next(reversed(list(_LEAD.finditer(visible, sentence[0], figure.start))), None)
    if lead is None or figure.form != "value":
        return None
    in_sentence = [f for f in extraction.figures if f.found.start >= sentence[0]]
    starts = [f.found for f in in_sentence if f.found.start >= lead.end()]
    ends = [f for f in in_sentence if f.found.end <= lead.start()]
    items = [*starts, figure]
    if visible[lead.end() : items[0].start].strip() or any(
            not _JOINED.fullmatch(visible, a.end, b.start) for a, b in pairwise(items)):
        return None
    count, at = len(items), figure.end
    while (more := _NEXT.match(visible, at, sentence[1])) is not None:
        count, at = count + 1, more.end()
    unit = metric_unit(figure)
    ends = [f for f in ends if f.found.form == "value" and not f.metric.startswith(UNNAMED)
            and (unit_of(extraction, f.metric) == unit or (unit == "count" and counts_things(f.found)))]
    if count < 2 or len(ends) != count:
        return None
    paired = ends[len(starts)]
    return paired.metric, paired.metric_name, None, "metric: the figure in the same place of the list compared with"
