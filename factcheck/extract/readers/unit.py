"""The unit a figure leaves out because the sentence printed it once, before: "расходы – 101,5 млрд".

Russian and English copy print a currency or a unit once and leave it out of the amounts that follow in a scale:
"Доходы составили 98,3 млрд рублей, расходы – 101,5 млрд", "revenue of $5.2 billion and costs of 4.9 billion".
An amount written with a scale word and no unit is in the currency of the last amount in a scale before it; read
without it, it was a count, and the measures could not be compared. Only a currency is carried so: a count of
people or things names its noun ("47,3 тыс. человек ... 54,1 тыс."), and a bare number in brackets may have lost
its own currency ("£556 million (4818 million)").
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck import lexicon
from factcheck.extract.model import Extraction
from factcheck.figures import FoundFigure
from factcheck.quantities import Amount

_SCALES = "|".join(re.escape(word) for word in sorted(lexicon.SCALE_WORDS, key=len, reverse=True))
# an amount's text: what stands before its number (a currency sign), the number and its scale, then its unit
_PARTS = re.compile(rf"(?P<before>[^\d]*?)[+\-−]?\d[\d\s.,]*\s?(?:{_SCALES})\.?(?P<after>.*)",
                    re.IGNORECASE | re.DOTALL)
_SCALE_AT_END = re.compile(rf"(?<![^\W\d_])(?:{_SCALES})\.?\Z", re.IGNORECASE)
# what may follow an amount whose unit is left out: punctuation, or a word of comparison or a preposition, never
# the noun it counts ("2 млн пассажиров" counts passengers)
_AFTER = re.compile(rf"\s*(?:[,.;:)!?–—-]|\Z|(?:{'|'.join(lexicon.ELIDED_UNIT_FOLLOWERS)})(?!\w))", re.IGNORECASE)


def with_elided_unit(extraction: Extraction, figure: FoundFigure) -> FoundFigure:
    """The figure in the unit of the last amount in a scale the text printed with one, when it leaves its own out.

    "Дефицит составил 3,2 млрд" a paragraph after "98,3 млрд рублей" is in roubles too: the text printed its
    currency once. A count of its own noun ("2 млн пассажиров") keeps its noun.
    """
    found = figure.figure
    if not isinstance(found, Amount) or found.unit is not None or not _SCALE_AT_END.search(figure.text):
        return figure
    visible = extraction.article.visible
    if not _AFTER.match(visible, figure.end) or visible[max(0, figure.start - 3) : figure.start].rstrip().endswith("("):
        return figure  # "(4818 million)": a bracket restates a figure, whose unit it may have lost
    scaled = (f.found for f in reversed(extraction.figures)
              if isinstance(f.found.figure, Amount) and _PARTS.fullmatch(f.found.text))
    before = next(scaled, None)
    if before is None or not isinstance(before.figure, Amount) or before.figure.unit is None \
            or before.figure.unit.name not in lexicon.ISO_CODES:
        return figure
    parts = _PARTS.fullmatch(before.text)
    if parts is None:
        return figure
    text = f"{parts.group('before')}{figure.text}{parts.group('after')}"
    return replace(figure, text=text, figure=replace(found, text=text, unit=before.figure.unit))
