"""Figures tied to the one before: its level in brackets, the same change as an amount, or "Это на 5% больше".

- An amount in brackets right after a change is the level of the same subject: "снизились на 10% (5 000 шт.)",
  "fell 5% (2,300 units)"; or, when the change phrase goes on after the bracket, the same change in absolute
  terms: "на 1,2% (20 тыс. баррелей в сутки) ниже показателей июля".
- A sentence that opens with "Это" / "That is" and a change is about the figure of the sentence before it (also
  across a paragraph break, when it opens its paragraph; past a count of the amount's sources: "$39.6 million from
  3,870 theaters. That was down 47%" is the amount's change); with a
  percentage of a plan or of a whole named after it, it is that amount's share: "Это 74% годового плана".
- A percentage alone in brackets after a level is a share of that level's whole: "убрана с площади 5,2 млн га
  (84%)".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck import lexicon
from factcheck.extract.model import ExtractedFigure, Extraction
from factcheck.extract.readers.form.change_ends import counts_sources
from factcheck.extract.readers.form.plans import percent_of_plan
from factcheck.extract.readers.form.shared import (
    GAP_WINDOW,
    alternatives,
    in_brackets_after,
    is_percent,
    previous_change,
    previous_figure,
)
from factcheck.extract.shares import whole_after
from factcheck.extract.text import RESTATEMENT_LINK
from factcheck.figures import FoundFigure
from factcheck.quantities import Amount

LEVEL, AMOUNT_CHANGE, PREVIOUS_SENTENCE = "level", "amount-change", "previous-sentence"
PREVIOUS_SHARE = "previous-share"
_OPENS_WITH_PRONOUN = re.compile(
    rf"^[\s«\"“]*(?:{alternatives(lexicon.ANAPHORA_OPENERS)})(?!\w)\s*(?:[-–—]\s*)?(?:(?:{alternatives(lexicon.ANAPHORA_CHANGE_LEADS)})\s+)?$",
    re.IGNORECASE,
)

# "Это 63% от общего объема ввода", "That is 24% of revenue": the word that leads to the whole after a percentage
_WHOLE_LEAD_AFTER = re.compile(rf"\s+(?:{alternatives(lexicon.EN_WHOLE_LEADS + lexicon.RU_WHOLE_LEADS)})\s",
                               re.IGNORECASE)


@dataclass(frozen=True)
class Tie:
    """A figure tied to one before it: its level in brackets, the same change as an amount, or "Это на 5%"."""

    relation: str  # LEVEL, AMOUNT_CHANGE or PREVIOUS_SENTENCE
    other: ExtractedFigure


def tie_of(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> Tie | None:
    """The figure this one is tied to, if any, and how."""
    previous = previous_figure(extraction)
    if previous is None:
        return None
    if previous.found.start >= sentence_start:
        if figure.form == "change" and in_brackets_after(extraction.article.visible, previous.found, figure) \
                and previous.found.form == "change" and isinstance(figure.figure, Amount):
            return Tie(AMOUNT_CHANGE, previous)
        level_of = _bracket_level_of(extraction, figure, sentence_start)
        return Tie(LEVEL, level_of) if level_of is not None else None
    visible = extraction.article.visible
    opening = visible[sentence_start : figure.start]
    # the previous sentence's figure stands near its end, in the same paragraph or, where "Это" opens a paragraph
    # ("...получил 87 млрд рублей.¶Это на 12% больше"), in the paragraph right before it
    paragraph = extraction.paragraph_start(sentence_start)
    if paragraph == sentence_start and paragraph > 0:
        paragraph = extraction.paragraph_start(paragraph - 1)
    near = sentence_start - previous.found.end <= GAP_WINDOW and paragraph <= previous.found.start
    if not near or not _OPENS_WITH_PRONOUN.match(opening):
        return None
    if figure.form != "change":
        # "Введено 512 тыс. кв. м жилья. Это 74% годового плана": the amount's share of its plan, as ", это 74%"
        # in one sentence is, and of a whole named after "от" or "of" ("Это 63% от общего объема ввода")
        share = figure.form == "value" and is_percent(figure) and (
            percent_of_plan(extraction, figure) or whole_after(extraction, figure) is not None
            or _WHOLE_LEAD_AFTER.match(visible, figure.end) is not None)
        amount = previous.found.form == "value" and not is_percent(previous.found) and previous.share_of is None
        return Tie(PREVIOUS_SHARE, previous) if share and amount and previous.kind == "actual" else None
    # "Доходы составили 45,2 млрд рублей, или 62,3% от плана. Это на 12% меньше": "Это" stands for the amount
    # the share restates, as "That is" does for "$3.9 billion, or 24% of revenue"
    restated = _amount_restated_by(extraction, previous) or _amount_of_sources(extraction, previous)
    if restated is not None:
        previous = restated
    if previous.found.form in ("value", "bound") and previous.kind == "actual" and previous.share_of is None:
        return Tie(PREVIOUS_SENTENCE, previous)
    return None


def _amount_restated_by(extraction: Extraction, share: ExtractedFigure) -> ExtractedFigure | None:
    """The amount a share restates right after it ("45,2 млрд рублей, или 62,3% от плана"), if it is one."""
    if share.share_of is None or len(extraction.figures) < 2 or extraction.figures[-1] is not share:
        return None
    amount = extraction.figures[-2]
    if not RESTATEMENT_LINK.fullmatch(extraction.article.visible, amount.found.end, share.found.start):
        return None
    return amount


def _amount_of_sources(extraction: Extraction, count: ExtractedFigure) -> ExtractedFigure | None:
    """The amount a count of its sources follows ("$39.6 million from 3,870 theaters"), if the count is one.

    "That was down 47%" after it is the amount's change, never the count's: the count says where it came from.
    """
    if len(extraction.figures) < 2 or extraction.figures[-1] is not count:
        return None
    amount = extraction.figures[-2]
    visible = extraction.article.visible
    if "." in visible[amount.found.end : count.found.start] or not counts_sources(visible, amount.found.start,
                                                                                  count.found):
        return None
    return amount


def whole_of_bracketed_share(extraction: Extraction, figure: FoundFigure) -> str | None:
    """The whole of a percentage alone in brackets right after a level: its share of that level's whole.

    "убрана с площади 5,2 млн га (84%)", "harvested 21 million acres (64%)": the part is printed, its whole (the
    plan, the total) is not; it is declared as a metric of its own with no figure. A signed percentage ("(+12%)")
    is a change, and one after a change is the same change in per cent.
    """
    previous = previous_figure(extraction)
    if previous is None or figure.form != "value" or not is_percent(figure) or previous.found.form != "value" \
            or previous.share_of is not None or is_percent(previous.found) \
            or not isinstance(previous.found.figure, Amount) or previous.found.figure.unit is None \
            or not in_brackets_after(extraction.article.visible, previous.found, figure):
        return None
    name, unit, flow = extraction.metrics[previous.metric]
    whole = f"{previous.metric}-whole"
    extraction.metrics.setdefault(whole, (f"{name} (the whole)", unit, flow))  # a whole of hectares is hectares
    return whole


def _bracket_level_of(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> ExtractedFigure | None:
    """The change whose level this amount in brackets is: "снизились на 10% (5 000 шт.),", "fell 5% (2,300 units)"."""
    previous = previous_change(extraction, sentence_start)
    if (previous is None or figure.form != "value" or not isinstance(figure.figure, Amount) or is_percent(figure)
            or not in_brackets_after(extraction.article.visible, previous.found, figure)):
        return None
    return previous
