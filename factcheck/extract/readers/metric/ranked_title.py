"""A title ranked against the film its clause is about, with takings of its own.

'"Ember Road" finished ahead of "Quiet Lantern" with $14 million and "Stone Harbor 2" with $8 million': each
figure after "with" is the takings of the title in quotation marks right before it, never of the clause's subject.
"""

import re

from factcheck import lexicon
from factcheck.extract.model import Extraction
from factcheck.extract.readers.metric.common import Subject
from factcheck.extract.readers.metric.set_off import QUOTED_TITLE, quoted_title
from factcheck.figures import FoundFigure

# (a word of the table starts a word, never inside "Grand"; the comma stands anywhere)
_WORD_OR_COMMA_START = r"(?:(?<![^\W\d_])(?=[^\W\d_])|(?=,))"
_RANKED_TITLE = re.compile(rf"{_WORD_OR_COMMA_START}(?:{lexicon.any_of(lexicon.RANKED_AGAINST)})\s+"
                           rf"{QUOTED_TITLE.pattern}\s+{lexicon.any_of(lexicon.RANKED_TAKINGS)}\s*\Z")
# "with" right before the figure: the cheap test that comes first; the ranked title stands within reach before it
_TAKINGS_BEFORE = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.RANKED_TAKINGS)}\s*\Z")
_RANKED_REACH = 160  # characters before the figure: "ahead of", a title in quotation marks, "with"
# the words around a ranked title: "ahead of" before its opening quote, "with" after its closing one
_RANKED_BEFORE = re.compile(rf"(?<!\w)(?:{lexicon.any_of(lexicon.RANKED_AGAINST)})\s+[\"“'‘]\Z")
_TAKINGS_AFTER = re.compile(rf"[,.]?[\"”]\s+(?:{lexicon.any_of(lexicon.RANKED_TAKINGS)})\s")
_RANKED_GUESS = "metric: the takings of the title ranked against the film before, named right before \"with\""


def ranked_takings(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> Subject | None:
    """The title right before a figure after "with", itself after "ahead of", "behind" or a list's "and"."""
    visible = extraction.article.visible
    if not _TAKINGS_BEFORE.search(visible, max(sentence_start, figure.start - 12), figure.start):
        return None
    match = _RANKED_TITLE.search(visible, max(sentence_start, figure.start - _RANKED_REACH), figure.start)
    if match is None:
        return None
    title = match.group("title")
    return Subject(title.casefold(), (), (), title, match.start("title"), _RANKED_GUESS)


def ranked_title_span(visible: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the quoted title holding `start`..`end` when it is ranked against a film ('ahead of "X" with').

    Such a title is never what a later "the picture" refers to: the film it was ranked against is.
    """
    span = quoted_title(visible, start, end)
    if span is None or not _TAKINGS_AFTER.match(visible, span[1]) \
            or not _RANKED_BEFORE.search(visible, max(0, span[0] - 20), span[0]):
        return None
    return span
