"""The whole a share names where its words alone do not: the measure the text gave before it, or a longer name.

"62,7% от общего объема" after the housing built names that housing's figure (the share's arithmetic picks it);
"29% от объема налоговых и неналоговых доходов" runs past the "и" between two adjectives of one noun.
"""

from fractions import Fraction

from factcheck import lexicon
from factcheck.extract.model import ExtractedFigure, Extraction
from factcheck.extract.readers.metric.common import unit_of
from factcheck.extract.words import ADJECTIVE, NOUN, words_of
from factcheck.figures import FoundFigure
from factcheck.quantities import Amount


def through_joined_adjectives(extraction: Extraction, span: tuple[int, int]) -> tuple[int, int]:
    """The whole's span on past "и"/"and" when the words joined are adjectives of one noun after them.

    "29% от объема налоговых и неналоговых доходов", "40% of tax and non-tax revenue": "и" ends a whole's name
    ("15% экспорта и 20% импорта"), but not between two adjectives, which qualify the noun after the second.
    """
    visible = extraction.article.visible
    read = words_of(visible[span[0] : span[1]], span[0], extraction.language, -1)
    after = words_of(visible[span[1] : span[1] + 60], span[1], extraction.language, -1)
    if not read or read[-1].part != ADJECTIVE or len(after) < 3 or after[0].text.casefold() not in lexicon.LIST_JOINS \
            or after[1].part != ADJECTIVE or any(w.after_break for w in after[:2]):
        return span
    end = next((w for w in after[2:] if w.part != ADJECTIVE or w.after_break), None)
    return (span[0], end.end) if end is not None and end.part == NOUN and not end.after_break else span


def measure_named_before(extraction: Extraction, figure: FoundFigure, metric_id: str) -> str | None:
    """The whole named only by a word of how much ("62,7% от общего объема", "62.7% of the total"): the measure.

    "В регионе ввели 412,5 тыс. кв. м жилья. Индивидуальные дома составили 258,6 тыс. кв. м (62,7% от общего
    объема)": the total is of the housing given before the part, the nearest figure before it in its paragraph and
    the part's unit, on another metric, that the share makes the part's whole (258,6 is 62,7% of 412,5; office
    space given between is passed over).
    """
    unit = unit_of(extraction, metric_id)
    part = next((f for f in reversed(extraction.figures) if f.metric == metric_id and f.found.form == "value"), None)
    if unit == "%" or part is None:
        return None
    article = extraction.article
    paragraph = article.place(article.source_offset(figure.start)).paragraph
    for earlier in reversed(extraction.figures):
        if article.place(article.source_offset(earlier.found.start)).paragraph != paragraph:
            return None
        if earlier.metric != metric_id and earlier.found.form == "value" and earlier.share_of is None \
                and unit_of(extraction, earlier.metric) == unit and _share_of_whole(part, earlier, figure):
            return earlier.metric
    return None


_SHARE_SLACK = Fraction(1, 200)  # half a per cent of the share: a whole's figure may itself be rounded loosely


def _share_of_whole(part: ExtractedFigure, whole: ExtractedFigure, share: FoundFigure) -> bool:
    """Whether the share is the part's figure over the whole's, within the precision each was printed with."""
    ends = []
    for figure in (part.found.figure, whole.found.figure, share.figure):
        if not isinstance(figure, Amount) or figure.interval.low is None or figure.interval.high is None:
            return False
        ends.append((figure.interval.low, figure.interval.high))
    (part_low, part_high), (whole_low, whole_high), (share_low, share_high) = ends
    if whole_low <= 0:
        return False
    return part_low / whole_high <= share_high * (1 + _SHARE_SLACK) and \
        part_high / whole_low >= share_low * (1 - _SHARE_SLACK)
