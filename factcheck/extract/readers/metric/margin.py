"""An amount by which one count exceeds another: the margin of the one over the other, a measure of its own.

"Deaths exceeded births by 41,700", "Deaths outnumbered births by 23,900", "Imports exceeded exports by $12
billion": the amount after the verb of exceeding and "by" is neither the deaths nor the births (nor the exports),
but how many more deaths there were than births; read as the phrase after the verb it would merge the margin with
that count. Its metric is named by both ("Deaths over births"). A percentage ("exceeded the threshold by 18%") is
a change of the subject (subject_words.before_object_of_exceeding), and an amount right after the verb ("Births
exceeded 100,000") a bound of the subject's count: neither is read here.
"""

import re

from factcheck import lexicon
from factcheck.extract.model import Extraction
from factcheck.extract.readers.metric.common import Subject
from factcheck.extract.readers.metric.subject import read_subject
from factcheck.extract.words import NOUN, PROPER, VERB, Word
from factcheck.figures import FoundFigure

_OUTNUMBERING = re.compile(lexicon.any_of((*lexicon.EXCEEDING_VERBS, *lexicon.OUTNUMBERING_VERBS)), re.IGNORECASE)
_MARGIN_PREPOSITIONS = frozenset(lexicon.MARGIN_PREPOSITIONS)


def margin_over(extraction: Extraction, figure: FoundFigure, words: list[Word]) -> Subject | None:
    """The margin of a clause's subject over its object, for an amount after a verb of exceeding and "by"; or None."""
    if figure.form != "value" or len(words) < 4 or words[-1].text.casefold() not in _MARGIN_PREPOSITIONS:
        return None
    verb = next((at for at in range(len(words) - 2, 0, -1) if words[at].part == VERB), None)
    if verb is None or not _OUTNUMBERING.fullmatch(words[verb].text) or any(w.after_break for w in words[verb:]):
        return None
    visible = extraction.article.visible
    start = words[0].start
    over = read_subject(words[:verb], extraction.language, visible, start)
    under = read_subject(words[verb + 1 : -1], extraction.language, visible, start)
    if over is None or under is None or not all(any(w.part in (NOUN, PROPER) for w in part)
                                                for part in (words[:verb], words[verb + 1 : -1])):
        return None
    join = lexicon.MARGIN_NAME_JOINS.get(extraction.language, lexicon.MARGIN_NAME_JOINS["en"])
    name = f"{over.name} {join} {under.name[:1].lower()}{under.name[1:]}"
    return Subject(f"{over.head} {join} {under.head}", over.complements + under.complements,
                   over.qualifiers + under.qualifiers, name, over.start, kinds=over.kinds + under.kinds)
