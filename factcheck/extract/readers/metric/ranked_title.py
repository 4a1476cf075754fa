"""A title ranked against the film its clause is about, with takings of its own.

'"Ember Road" finished ahead of "Quiet Lantern" with $14 million and "Stone Harbor 2" with $8 million': each
figure after "with" is the takings of the title in quotation marks right before it, never of the clause's subject.
"""

import re

from factcheck import lexicon
from factcheck.extract.model import Extraction
from factcheck.extract.readers.metric.common import Subject
from factcheck.extract.readers.metric.set_off import QUOTED_TITLE
from factcheck.figures import FoundFigure

_RANKED_TITLE = re.compile(rf"(?:{lexicon.any_of(lexicon.RANKED_AGAINST)})\s+{QUOTED_TITLE.pattern}\s+"
                           rf"{lexicon.any_of(lexicon.RANKED_TAKINGS)}\s*\Z")
_RANKED_GUESS = "metric: the takings of the title ranked against the film before, named right before \"with\""


def ranked_takings(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> Subject | None:
    """The title right before a figure after "with", itself after "ahead of", "behind" or a list's "and"."""
    match = _RANKED_TITLE.search(extraction.article.visible, sentence_start, figure.start)
    if match is None:
        return None
    title = match.group("title")
    return Subject(title.casefold(), (), (), title, match.start("title"), _RANKED_GUESS)
