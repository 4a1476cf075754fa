"""A change "of their" measure: the measure named after the figure, of the clause's subject.

"Community colleges lost 3.4% of their full-time students": the colleges' full-time students, not the colleges;
"The index gave up 2% of its gains": the index's gains. The phrase ends at the first word that is no noun or
adjective, and it must end on a noun.
"""

import re
from itertools import takewhile

from factcheck import lexicon
from factcheck.extract.model import Extraction
from factcheck.extract.readers.metric.common import Subject, is_subject_word, masked_words
from factcheck.extract.readers.metric.subject import read_subject
from factcheck.extract.thesaurus import concept_of
from factcheck.extract.words import ADJECTIVE, NOUN, Word
from factcheck.figures import FoundFigure

_OWNED_PART = re.compile(rf"\s+{lexicon.any_of(lexicon.OWNED_PART_LEADS_EN)}\s+", re.IGNORECASE)


def owned_part(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int],
               words: list[Word]) -> Subject | None:
    """The measure "of their" (or "of its") after an English change, owned by the subject before its verb."""
    visible = extraction.article.visible
    lead = _OWNED_PART.match(visible, figure.end, sentence[1]) if extraction.language == "en" \
        and figure.form == "change" else None
    if lead is None:
        return None
    after = masked_words(extraction, lead.end(), min(sentence[1], lead.end() + 60), sentence[0])
    run = list(takewhile(lambda w: w.part in (NOUN, ADJECTIVE) and not w.after_break, after))
    nouns = [w for w in run if w.part == NOUN]
    if not nouns or run[-1] is not nouns[-1] or not is_subject_word(nouns[-1]):
        return None
    owner = read_subject(words, extraction.language, visible, sentence[0])
    if owner is None:
        return None
    name = " ".join(visible[run[0].start : run[-1].end].split())
    whose = tuple(sorted({owner.head, *owner.complements, *owner.qualifiers, *owner.kinds}))
    return Subject(concept_of(nouns[-1].lemma), tuple(concept_of(w.lemma) for w in nouns[:-1]), whose,
                   f"{name} ({owner.name})", owner.start,
                   kinds=tuple(concept_of(w.lemma) for w in run if w.part == ADJECTIVE))
