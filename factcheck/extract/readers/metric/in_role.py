"""A Russian count with the role it is counted in before it, after "в качестве": that role is what it counts.

"В службах занятости в качестве безработных было зарегистрировано 4,8 тыс. человек": the unemployed, as "2,3 млн
человек – как безработные" names them after the count. The role is the genitive phrase right after the
preposition, put in the nominative; the subject of the clause, when it names one, comes first ("Число лиц,
зарегистрированных в качестве безработных, составило ...": the number of such people). A count its clause says was
registered ("было зарегистрировано") is the registered ones, a measure apart from a survey's count of the same role
("численность безработных по методологии МОТ").
"""

import re
from itertools import takewhile

from factcheck import lexicon
from factcheck.extract.model import Extraction
from factcheck.extract.readers.metric.common import Subject, is_subject_word, metric_unit
from factcheck.extract.thesaurus import concept_of
from factcheck.extract.words import ADJECTIVE, NOUN, russian_nominative, words_of
from factcheck.figures import FoundFigure
from factcheck.quantities import Amount

_ROLE_BEFORE = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.RU_ROLE_PREPOSITIONS)}\s+", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:()«»\"]")  # a role set off from the figure is no role of its count
_REGISTERED = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.RU_REGISTERED_PARTICIPLES)}(?!\w)", re.IGNORECASE)


def in_role(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int]) -> Subject | None:
    """The role "в качестве" names before a Russian count of people or things in its clause, or None."""
    if extraction.language != "ru" or not isinstance(figure.figure, Amount) or figure.form != "value" \
            or metric_unit(figure) not in ("people", "count"):
        return None
    visible = extraction.article.visible
    leads = list(_ROLE_BEFORE.finditer(visible, sentence[0], figure.start))
    lead = leads[-1] if leads else None  # the last before the count
    if lead is None or _CLAUSE_BREAK.search(visible, lead.end(), figure.start):
        return None
    words = words_of(visible[lead.end() : figure.start], lead.end(), extraction.language, sentence[0])
    run = list(takewhile(lambda w: w.part in (NOUN, ADJECTIVE) and w.case == "gent" and not w.after_break, words))
    head = next((w for w in reversed(run) if w.part == NOUN), None)
    if head is None or not is_subject_word(head):
        return None
    run = run[: run.index(head) + 1]
    name = russian_nominative(run, visible)
    return Subject(concept_of(head.lemma), (), (), name[:1].upper() + name[1:], lead.start(),
                   kinds=_registered(extraction, lead.start(), figure.start, sentence[0]))


def _registered(extraction: Extraction, lead: int, end: int, sentence_start: int) -> tuple[str, ...]:
    """The kind of a count its clause says was registered ("зарегистрировано"), the adjective's kind, or none."""
    visible = extraction.article.visible
    breaks = list(_CLAUSE_BREAK.finditer(visible, sentence_start, lead))
    start = breaks[-1].end() if breaks else sentence_start
    found = _REGISTERED.search(visible, start, end)
    if found is None:
        return ()
    word = words_of(found.group(), found.start(), extraction.language, sentence_start)[0]
    return (concept_of(word.lemma),)
