"""Parts of a whole: a percentage a part makes up, whose whole the sentence does not name after it.

- Restated as the part's own amount or a fraction of a whole: "plug-in hybrids grew to 6.4 per cent or 9,120
  units", "31.2 per cent, or nearly a third of the van market", "на долю легковых пришлось 62%, или 410 тыс.
  машин": a rate or a change is not restated as a count, a part of a whole is.
- With the word "share" in its brackets: "In Asia (12% share) sales reached $45 billion", "(доля 12%)".
- With a verb of a part of a whole: "accounts for 22%", "made up 9%", "на Ташкент приходится 22,65%", "из них
  68% приходится на вклады"; or named with its share: "Киргизия с долей 19%", "with a share of 19%".

Such a percentage is a share (format 1.2 section 3) even when its whole is not read: the whole is declared as
a metric of its own with no figure, and `of` is marked as guessed for the journalist to name it.
"""

from __future__ import annotations

import re

from factcheck import lexicon
from factcheck.extract.model import Extraction
from factcheck.extract.readers.form.shared import alternatives, is_percent
from factcheck.extract.text import PART_VERB_AFTER
from factcheck.figures import FoundFigure, figure_extent

# What the claims writer says of a whole this group declared (`of` is a guess until the journalist names it).
WHOLE_GUESSED_CHECK = "of: a share whose whole the sentence does not name; the whole is a guess"

# right after the percentage, its restatement: ", or 9,120 units", " или 410 тыс.", ", or nearly a third"
_RESTATED_AS = re.compile(rf"\s*,?\s*(?:{alternatives(lexicon.APPOSITION_WORDS)})\s+", re.IGNORECASE)
_FRACTION_AHEAD = re.compile(rf"(?:[^\W\d]+\s+){{0,3}}?(?:{alternatives(tuple(lexicon.FRACTION_WORDS))})(?!\w)",
                             re.IGNORECASE)
_SHARE_WORD = rf"(?:{lexicon.any_of(lexicon.SHARE_STEMS)})"
# "(12% share)", "(доля 12%)", "(12% доли)": the bracket holds the percentage and the word "share"
_SHARE_BRACKET_BEFORE = re.compile(rf"\(\s*(?:{_SHARE_WORD}(?!\w)\s*[-–—:]?\s*)?\Z", re.IGNORECASE)
_SHARE_BRACKET_AFTER = re.compile(rf"\s*(?:{_SHARE_WORD}(?!\w))?\s*\)", re.IGNORECASE)
_SHARE_WORD_ONLY = re.compile(_SHARE_WORD, re.IGNORECASE)
# "accounts for 22%", "на Ташкент приходится 22,65%": the verb, then at most a few words, then the percentage
_PART_VERB_BEFORE = re.compile(
    rf"(?<!\w)(?:{lexicon.any_of(lexicon.PART_OF_WHOLE_VERBS)})\s+(?:[^\W\d]+\s+){{0,{lexicon.PART_VERB_GAP}}}\Z",
    re.IGNORECASE)
# "Киргизия с долей 19%", "with a share of 19%": a part named with its share right before the percentage
_WITH_SHARE_BEFORE = re.compile(rf"(?<!\w)(?:{lexicon.any_of(lexicon.PART_WITH_SHARE_LEADS)})\s+\Z", re.IGNORECASE)
_LOOK_BACK = 60
_RATE_BEFORE = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.LEVEL_RATE_STEMS)}(?!\w)[^.!?;\d]*\Z", re.IGNORECASE)


def whole_of_part(extraction: Extraction, figure: FoundFigure, metric_id: str) -> str | None:
    """The whole a percentage value is a part of, declared as a metric with no figure, or None.

    Read when the share reader names no whole: a percentage restated as an amount or a fraction ("6.4 per cent
    or 9,120 units"), one with the word "share" in its brackets ("(12% share)"), or one after a verb of a part of
    a whole ("accounts for 22%", "приходится 22,65%"). The whole is "<the part's measure> (the whole)", its unit
    and flow the part's: the journalist names it (`of` is guessed, `WHOLE_GUESSED_CHECK`).
    """
    if figure.form != "value" or not is_percent(figure) or figure.evidence is not None:
        return None
    if not (_restated_as_part(extraction, figure) or _share_in_brackets(extraction, figure)
            or _after_part_verb(extraction, figure)):
        return None
    name, unit, flow = extraction.metrics.get(metric_id, ("", "", True))
    whole = f"{metric_id}-whole"
    extraction.metrics.setdefault(whole, (f"{name} (the whole)" if name else "The whole",
                                          unit if unit not in ("", "%") else "count", flow))
    return whole


def _restated_as_part(extraction: Extraction, figure: FoundFigure) -> bool:
    """"6.4 per cent or 9,120 units", "31.2 per cent, or nearly a third of the market": the part in other terms."""
    visible = extraction.article.visible
    joint = _RESTATED_AS.match(visible, figure.end)
    if joint is None:
        return False
    if _FRACTION_AHEAD.match(visible, joint.end()):
        return True
    restating = figure_extent(visible, joint.end(), extraction.language)
    if _RATE_BEFORE.search(visible, max(0, figure.start - _LOOK_BACK), figure.start):
        return False  # "an unemployment rate of 4.2%, or 1.4 million people": a rate at its level
    if restating is None or restating.relative or re.search(r"\d", visible[joint.end() : restating.start]):
        return False
    return not restating.percent and restating.start - joint.end() <= _LOOK_BACK


def _share_in_brackets(extraction: Extraction, figure: FoundFigure) -> bool:
    """"(12% share)", "(доля 12%)": the percentage alone in brackets with the word "share"."""
    visible = extraction.article.visible
    before = _SHARE_BRACKET_BEFORE.search(visible, max(0, figure.start - 20), figure.start)
    after = _SHARE_BRACKET_AFTER.match(visible, figure.end)
    if before is None or after is None:
        return False
    return bool(_SHARE_WORD_ONLY.search(before.group(0)) or _SHARE_WORD_ONLY.search(after.group(0)))


def _after_part_verb(extraction: Extraction, figure: FoundFigure) -> bool:
    """"accounts for 22%", "на долю легковых пришлось 62%", "68% приходится на вклады": a verb of a part of a whole."""
    visible = extraction.article.visible
    return _PART_VERB_BEFORE.search(visible, max(0, figure.start - _LOOK_BACK), figure.start) is not None \
        or _WITH_SHARE_BEFORE.search(visible, max(0, figure.start - _LOOK_BACK), figure.start) is not None \
        or PART_VERB_AFTER.match(visible, figure.end) is not None
