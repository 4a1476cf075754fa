"""Multipliers: "в 2 раза", "three times", "вдвое", as a change or as the level of a ratio.

- Before a comparative, a multiplier is the change it says: "в 11 раз меньше, чем годом ранее" is a multiplier
  under one, "three times higher than in 2023" one over it.
- After a linking verb and with no "в"/"in", it is a level: "составило 1,2 раза", "was 1.2 times".
- After a Russian verb of decline it is shown as the claims format loads it: "упадут в 2 раза" is "в 2 раза
  меньше".
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck import lexicon
from factcheck.extract.model import Extraction
from factcheck.extract.readers.form.nouns import NOUN_WORDS
from factcheck.extract.readers.form.shared import COMPARATIVE, alternatives, comparative_evidence
from factcheck.figures import FoundFigure, SignEvidence
from factcheck.quantities import Ratio, plain_digits, read_in_text

_TIMES_AFTER = re.compile(rf"(?:{alternatives(lexicon.TIMES_WORDS)})\Z", re.IGNORECASE)
TIMES_LEAD = re.compile(rf"(?:{alternatives(lexicon.TIMES_LEADS)})\s", re.IGNORECASE)  # "в 2 раза", "x1.2"
_LEVEL_VERB_BEFORE = re.compile(rf"(?<!\w)(?:{alternatives(lexicon.LEVEL_VERBS)})\s+\Z", re.IGNORECASE)


def factor_to_baseline(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> FoundFigure | None:
    """A multiplier before a comparative, as the change it says: "в 11 раз меньше", "three times higher than".

    "что в 11 раз меньше, чем годом ранее" is a multiplier under one, as the claims format reads "в 4 раза
    меньше"; "three times higher than in 2023" one over it. None when it is no multiplier, when no comparative
    follows it, or when a verb already gave its direction ("сократилась в 4 раза").
    """
    found = figure.figure
    if not isinstance(found, Ratio) or found.percent or figure.form not in ("value", "change") \
            or (figure.evidence is not None and figure.evidence.direction):
        return None
    visible = extraction.article.visible
    comparative = COMPARATIVE.match(visible, figure.end)
    if comparative is None:
        return None
    word = comparative.group("above") or comparative.group("below")
    written = visible[figure.start : figure.end]
    shown = f"{written} {word}"
    read = read_in_text(plain_digits(visible), figure.start, figure.end, extraction.language, shown=shown,
                        change=True, decrease=comparative.group("below") is not None)
    if read is None:
        return None
    return FoundFigure(figure.start, figure.end, shown, "change", None, replace(read, text=shown), figure.numbers,
                       comparative_evidence(comparative))


def ratio_as_level(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> FoundFigure | None:
    """A multiplier read as the level of a ratio: "составило 1,2 раза" is `value: "1,2 раза"` on a metric in x.

    Not after a noun of change opening the sentence ("рост составил 1,2 раза"): that is a change.
    """
    visible = extraction.article.visible
    if figure.form != "change" or not _ratio_as_level(visible, figure) or NOUN_WORDS.search(
            visible, sentence_start, figure.start):
        return None
    written = visible[figure.start : figure.end]
    read = read_in_text(plain_digits(written), 0, len(written), extraction.language, shown=written)
    if read is None:
        return figure
    return replace(figure, text=written, form="value", figure=read)


def _ratio_as_level(visible: str, figure: FoundFigure) -> bool:
    """Whether a multiplier is a level: "составило 1,2 раза", "was 1.2 times" (no "в"/"in", no verb of change)."""
    if not isinstance(figure.figure, Ratio) or figure.figure.percent or figure.evidence is not None:
        return False
    if not _TIMES_AFTER.search(visible, figure.start, figure.end) or TIMES_LEAD.match(visible, figure.start):
        return False  # "в 1,2 раза", "x1.2", "вдвое": a multiplier of change
    return bool(_LEVEL_VERB_BEFORE.search(visible, max(0, figure.start - 30), figure.start))


def as_fall_by_factor(visible: str, figure: FoundFigure, evidence: SignEvidence) -> FoundFigure:
    """A multiplier after a Russian verb of decline: "упадут в 2 раза" is shown "в 2 раза меньше", as it loads."""
    written = visible[figure.start : figure.end]
    read = read_in_text(plain_digits(written), 0, len(written), "ru", shown=f"-{written}", change=True,
                        decrease=True)
    if read is None:
        return figure
    shown = f"{written} {lexicon.DECREASE_AFTER[0]}"
    return FoundFigure(figure.start, figure.end, shown, "change", None, replace(read, text=shown), figure.numbers,
                       evidence)
