"""A count a verb of net addition adds or loses, named after the figure: "Employers added 175,000 jobs".

Who adds such a count in general (employers, the economy, companies) names no kind of it: the jobs added are the
measure, as payrolls. A sector ("Manufacturing shed 13,000 jobs") or a company keeps its own measure.
"""

import re

from factcheck import lexicon
from factcheck.extract.model import Extraction
from factcheck.extract.readers.metric.common import Subject, is_subject_word, masked_words
from factcheck.extract.readers.metric.subject import read_subject
from factcheck.extract.thesaurus import concept_of
from factcheck.extract.words import NOUN, words_of
from factcheck.figures import FoundFigure, SignCue
from factcheck.quantities import Amount

_NET_ADDITION_VERB = re.compile(lexicon.any_of(lexicon.NET_ADDITION_VERBS), re.IGNORECASE)
# the noun a figure's own text closes with, after its digits ("175,000 jobs")
_NOUN_CLOSING = re.compile(r"\d[\d.,]*\s+(?P<noun>[^\W\d_]+)\Z")


def hired(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int]) -> Subject | None:
    """The count an English change by a verb of net addition closes with, when its adder names no kind of it.

    "Employers added 175,000 jobs", "the economy shed 95,000 jobs": the jobs; "Manufacturing shed 13,000 jobs",
    "Retailers added 12,500 jobs" are left to the subject reader.
    """
    if not isinstance(figure.figure, Amount) or figure.form != "change":
        return None
    cue, visible = figure.evidence, extraction.article.visible
    if cue is None or cue.cue is not SignCue.VERB or _NET_ADDITION_VERB.fullmatch(
            visible[cue.start : cue.end].strip()) is None:
        return None
    inside = _NOUN_CLOSING.search(visible, figure.start, figure.end)
    owner = read_subject(masked_words(extraction, sentence[0], figure.start, sentence[0]), extraction.language,
                         visible, sentence[0])
    if inside is None or owner is None or owner.head.casefold() not in lexicon.EN_HIRING_SUBJECTS:
        return None
    noun = words_of(inside.group("noun"), inside.start("noun"), extraction.language, -1)
    if not noun or noun[-1].part != NOUN or not is_subject_word(noun[-1]):
        return None
    return Subject(concept_of(noun[-1].lemma), (), (), " ".join(inside.group("noun").split()), figure.start)
