"""Restatements: the same change printed again in other terms, after "or"/"или" or in brackets.

- After "or"/"или", a figure restates the change before it: "gained $310, or 4.1 percent", "уменьшилась на 190
  тыс. человек, или на 10,1%"; the second figure keeps the first one's direction.
- A change printed after its restatement takes its direction from the comparative after both: "finish 3.1 per
  cent or some 40,000 units up on 2023", "на 1,5%, или на 20 тыс. тонн, больше, чем в 2023 году".
- In brackets: a percentage after an amount's change is the same change ("fell by 109,000 (0.4%)"), and so is an
  amount inside a change phrase that goes on after the bracket ("на 1,2% (20 тыс. баррелей в сутки) ниже
  показателей июля", "up 2% (300,000 barrels a day) on August").
"""

from __future__ import annotations

import re

from factcheck import lexicon
from factcheck.extract.model import Extraction
from factcheck.extract.readers.form.baselines import BASELINE_WORD, baseline_follows, named_baseline_at
from factcheck.extract.readers.form.shared import (
    BY,
    CLOSING,
    COMPARATIVE,
    alternatives,
    as_change,
    comparative_evidence,
    in_brackets_after,
    is_percent,
    measured_change,
    measured_value,
    previous_change,
    printed_direction,
    unsigned_change,
)
from factcheck.extract.text import OF_GDP_AFTER
from factcheck.figures import FoundFigure, SignCue, SignEvidence, figure_extent
from factcheck.quantities import Amount

# the words between a change and its restatement: ", or", " for the week, or", ", или"
_APPOSITION = re.compile(rf"[^\d;!?()]{{0,40}}(?<!\w)(?:{alternatives(lexicon.APPOSITION_WORDS)})\s+"
                         rf"(?:(?:{BY})\s+)?\Z", re.IGNORECASE)
# right after a figure, its restatement: ", or some 30,000 units", " или 5%" (the restating figure follows)
_APPOSITION_AHEAD = re.compile(rf"\s*,?\s*(?:{alternatives(lexicon.APPOSITION_WORDS)})\s+"
                               rf"(?:(?:{BY})\s+)?", re.IGNORECASE)



def percentage_in_brackets(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> FoundFigure | None:
    """A percentage alone in brackets after an amount's change, as the same change: "fell by 109,000 (0.4%)".

    "уменьшилось на 1,2 тыс. (на 3,4%)" falls as the amount before it does. None when it is not such a figure.
    """
    previous = previous_change(extraction, sentence_start)
    if previous is None or is_percent(previous.found) or not isinstance(previous.found.figure, Amount) \
            or not is_percent(figure) or figure.evidence is not None \
            or not in_brackets_after(extraction.article.visible, previous.found, figure):
        return None
    direction = printed_direction(extraction.article.visible, previous.found)
    if not direction:
        return None
    evidence = SignEvidence(SignCue.BRACKET, direction, previous.found.start, figure.start)
    return as_change(extraction.article.visible, figure, evidence, extraction.language)


def restated_value(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> FoundFigure | None:
    """A value with a unit, or a percentage, after "or" restating the change before: "gained $310, or 4.1%"."""
    return measured_change(extraction, figure, sentence_start, _restated_change)


def restated_change(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> FoundFigure | None:
    """A change with its own "на"/"by" after "or": "уменьшилась на 190 тыс. человек, или на 10,1%".

    "fell by 190,000, or by 10.1%": the restatement keeps its own "на"/"by" and the direction of the change it
    restates; a rise is shown as written.
    """
    if not unsigned_change(figure):
        return None
    evidence = _restated_change(extraction, figure, sentence_start)
    if evidence is None:
        return None
    return as_change(extraction.article.visible, figure, evidence, extraction.language,
                     signed_up=evidence.direction < 0)


def restatement_ahead(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> FoundFigure | None:
    """The direction of a change printed after its restatement, from the comparative after the second figure.

    "finish 3.1 per cent or some 40,000 units up on 2023", "на 1,5%, или на 20 тыс. тонн, больше, чем в 2023 году".
    """
    if not measured_value(figure):
        return None
    visible = extraction.article.visible
    joint = _APPOSITION_AHEAD.match(visible, figure.end)
    if joint is None:
        return None
    restating = figure_extent(visible, joint.end(), extraction.language)
    if restating is None or restating.relative or re.search(r"\d", visible[joint.end() : restating.start]):
        return None  # no figure right there ("or some 40,000 units": its qualifier may stand before it)
    end = restating.end
    while end > restating.start and visible[end - 1] in " ,":
        end -= 1  # the extent may take the comma that closes the restatement
    if visible.startswith(",", end):
        end += 1  # "2.4 per cent, or 90,000 tonnes, down on 2022": the restatement set off by commas
    comparative = COMPARATIVE.match(visible, end)
    if comparative is None or not baseline_follows(extraction, comparative.end()):
        return None
    return as_change(visible, figure, comparative_evidence(comparative), extraction.language)


def change_around_bracket(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> SignEvidence | None:
    """The direction of an amount in brackets inside a change phrase ("на 1,2% (20 тыс. т) ниже"), else None."""
    visible = extraction.article.visible
    previous = previous_change(extraction, sentence_start)
    if previous is None or not in_brackets_after(visible, previous.found, figure):
        return None
    closing = CLOSING.match(visible, figure.end)
    if closing is None:
        return None
    comparative = COMPARATIVE.match(visible, closing.end())
    if comparative is not None:
        return comparative_evidence(comparative)
    connector = BASELINE_WORD.match(visible, closing.end())
    if connector is not None and named_baseline_at(extraction, connector.end()) is not None:
        direction = printed_direction(visible, previous.found)
        return SignEvidence(SignCue.BRACKET, direction, previous.found.start, figure.start) if direction else None
    return None


def _restated_change(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> SignEvidence | None:
    """The change before a figure, when the figure restates it in other terms: "gained $310, or 4.1 percent".

    A restatement changes the terms (an amount and a percentage); two amounts joined by "or" are two changes.
    """
    previous = previous_change(extraction, sentence_start)
    if previous is None:
        return None
    visible = extraction.article.visible
    if is_percent(previous.found) == is_percent(figure):
        # "rose $2.10 for the week, or $3.40 from May": the same direction from another baseline, but read as a
        # change it meets the first one on the period reader's baseline and makes a false change-conflict
        # (measured on the tune split): left a value until the two baselines are read apart
        return None
    if not _APPOSITION.match(visible, previous.found.end, figure.start):
        return None
    if OF_GDP_AFTER.match(visible, figure.end):
        # "was $666 billion, up $80 billion from the previous year, or 3.5 percent of GDP": a percentage of GDP
        # restates a level (a deficit, a debt) as its share of the economy; a change relative to GDP is written
        # in points
        return None
    direction = printed_direction(visible, previous.found)
    return SignEvidence(SignCue.APPOSITION, direction, previous.found.start, figure.start) if direction else None
