"""Indexes of Russian statistics: a percentage of a baseline named after "к" is a change, a ratio to the baseline.

"104% к уровню прошлого года", "96,4% к аналогичному периоду", "55% к январю–маю 2024 г." (104% is +4%): the
claim writes the words up to the end of the baseline's phrase, as the claims format (1.2) reads an index. A year
not yet over after "к" is a target ("105% к 2030 году"), not a baseline, and so is an end or a start after it
("2,4% к концу декабря": the moment the level stands at).
"""

from __future__ import annotations

import re

from factcheck import lexicon
from factcheck.extract.model import Extraction
from factcheck.extract.readers.form.shared import LOOK_AHEAD, is_percent
from factcheck.figures import FoundFigure, SignCue, SignEvidence
from factcheck.quantities import Ratio, plain_digits, read_in_text

_INDEX_LEAD = re.compile(rf"\s+{lexicon.any_of(lexicon.INDEX_BASELINE_LEADS)}\s+", re.IGNORECASE)
_INDEX_NOUN = re.compile(rf"{lexicon.any_of(lexicon.INDEX_BASELINE_NOUNS)}(?!\w)", re.IGNORECASE)
_MOMENT = re.compile(rf"{lexicon.any_of(lexicon.INDEX_MOMENT_NOUNS)}(?!\w)", re.IGNORECASE)
_PHRASE_END = re.compile(r"[,;:()!?]|\.(?=\s|\Z)|\s[-–—]\s")  # the end of the baseline's words


def index_to_baseline(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> FoundFigure | None:
    """A Russian percentage of a baseline named after "к", as the change it is: "104% к уровню прошлого года".

    Shown with the baseline's words up to the end of their phrase; its direction is the ratio's side of 100%.
    None when no baseline, dated or named by its noun ("к уровню", "к аналогичному периоду"), follows "к".
    """
    if extraction.language != "ru" or figure.form != "value" or not is_percent(figure) \
            or figure.evidence is not None:
        return None
    visible = extraction.article.visible
    lead = _INDEX_LEAD.match(visible, figure.end)
    if lead is None or _MOMENT.match(visible, lead.end()):
        return None  # "2,4% к концу декабря": the moment the level stands at, no baseline
    # the period reader's mention may take the "к" of a target year ("к 2023 году")
    mentions = extraction.periods.within(lead.start() + 1, lead.end() + LOOK_AHEAD)[:1]
    dated = bool(mentions) and mentions[0].start <= lead.end() and not (
        mentions[0].target and mentions[0].text[:4].isdigit()
        and int(mentions[0].text[:4]) >= extraction.published.year)
    noun = _INDEX_NOUN.match(visible, lead.end())
    if not dated and noun is None:
        return None
    phrase_end = _PHRASE_END.search(visible, lead.end(), min(len(visible), lead.end() + LOOK_AHEAD))
    end = phrase_end.start() if phrase_end is not None else (mentions[0].end if dated else lead.end() + len(
        noun.group(0) if noun else ""))
    written = visible[figure.start : end].rstrip()
    read = read_in_text(plain_digits(visible), figure.start, figure.start + len(written), extraction.language,
                        shown=written, change=True)
    if not isinstance(read, Ratio):
        return None
    low, high = read.interval.low, read.interval.high
    direction = 1 if low is not None and low > 1 else -1 if high is not None and high < 1 else 0
    return FoundFigure(figure.start, figure.end, written, "change", None, read, figure.numbers,
                       SignEvidence(SignCue.INDEX, direction, figure.start, end))
