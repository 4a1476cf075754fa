"""A Russian count of a part of the count before it, named by its predicate: "из них 412 тыс. получали пособие".

"Численность рабочей силы составила 76,2 млн человек, из них 73,9 млн человек были заняты в экономике": the
second count is of the employed, a part of the labour force and a measure of its own, named by what the clause
says of it, past an auxiliary ("были"). A verb that links the count to a noun after it ("из них 120 тыс.
составили школьники") names no part by itself: the noun does, read elsewhere.
"""

import re
from itertools import takewhile

from factcheck import lexicon
from factcheck.extract.model import Extraction
from factcheck.extract.readers.metric.common import Subject, masked_words, metric_unit
from factcheck.extract.thesaurus import concept_of
from factcheck.extract.words import ADJECTIVE, NOUN, PREPOSITION, PROPER, VERB
from factcheck.figures import FoundFigure
from factcheck.quantities import Amount

_OPENER = re.compile(rf"(?<!\w)(?:{lexicon.any_of(lexicon.RU_PART_OF_THEM_OPENERS)})\s+\Z", re.IGNORECASE)
_PREDICATE_WORDS = 6  # the words a part's predicate runs to at most ("получали пособие по безработице")


def part_by_predicate(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int]) -> Subject | None:
    """The part "из них" opens, named by the predicate after its count, or None."""
    if extraction.language != "ru" or not isinstance(figure.figure, Amount) or figure.form != "value" \
            or metric_unit(figure) not in ("people", "count"):
        return None
    visible = extraction.article.visible
    opener = _OPENER.search(visible, max(sentence[0], figure.start - 24), figure.start)
    if opener is None:
        return None
    words = masked_words(extraction, figure.end, sentence[1], sentence[0])
    if words and not words[0].after_break and words[0].text.casefold() in lexicon.PEOPLE_EVENT_AUXILIARIES:
        words = words[1:]  # "были заняты"
        predicate = words[:1] and words[0].part in (VERB, ADJECTIVE)
    else:
        predicate = words[:1] and words[0].part == VERB
    if not predicate or words[0].after_break or words[0].lemma.casefold() in lexicon.RU_PART_LINKING_VERBS:
        return None
    run = [words[0], *takewhile(lambda w: not w.after_break and w.part in (NOUN, PROPER, ADJECTIVE, PREPOSITION),
                                words[1:_PREDICATE_WORDS])]
    while run[-1].part in (PREPOSITION, ADJECTIVE) and len(run) > 1:
        run.pop()  # "работали в" before a break: the phrase ends on its noun
    name = visible[run[0].start : run[-1].end]
    return Subject(concept_of(run[0].lemma), tuple(concept_of(w.lemma) for w in run[1:] if w.part in (NOUN, PROPER)),
                   (), name[:1].upper() + name[1:], opener.start())
