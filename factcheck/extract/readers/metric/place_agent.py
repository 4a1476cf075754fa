"""A Russian place that did what its clause says: the measure is named after the unit, the place is where.

"В 2025 году Тверская область ввела 812 тыс. кв. метров жилья", "Москва ввела 3,2 млн кв. метров жилья": the
housing of the region and of the city, as "в Тверской области введено ... жилья" says it; the region is no
measure. A subject that is a measure ("Экспорт составил 5 млн тонн зерна") is left to read as it is.
"""

from factcheck import lexicon
from factcheck.extract.model import Extraction
from factcheck.extract.readers.metric.common import Subject
from factcheck.extract.readers.metric.named_after import genitive_after
from factcheck.extract.readers.metric.subject import read_subject
from factcheck.extract.readers.place import clause_place
from factcheck.extract.thesaurus import concept_of
from factcheck.extract.words import NOUN, PROPER, VERB, Word
from factcheck.figures import FoundFigure


def place_agent_measure(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int],
                        words: list[Word]) -> Subject | None:
    """The genitive after the figure's unit, of the place the subject of its clause is, when a verb stands between."""
    if extraction.language != "ru" or not words or not any(w.part == VERB for w in words):
        return None
    visible = extraction.article.visible
    agent = read_subject(words, extraction.language, visible, sentence[0])
    if agent is None or agent.complements:
        return None
    agent_words = [w for w in words if agent.start <= w.start < agent.start + len(agent.name)]
    place = clause_place(extraction, sentence[0], figure.start)
    named = place is not None and agent.head.casefold() in place.words
    if not named and agent.head.casefold() not in lexicon.AREA_NOUNS and \
            not any(w.part == PROPER or (w.part == NOUN and w.text[:1].isupper()) for w in agent_words):
        return None
    measure = genitive_after(extraction, figure, sentence)
    if measure is None or measure.head in lexicon.AREA_NOUNS:
        return None
    where = place.words if named and place is not None else tuple(sorted(
        {*agent.qualifiers, *(concept_of(w.lemma).casefold() for w in agent_words if w.part in (NOUN, PROPER))}))
    name = place.name if named and place is not None else agent.name
    return Subject(measure.head, measure.complements, where, f"{measure.name} ({name})", measure.start,
                   f"metric: \"{measure.name}\" after the unit, of {name}, the subject of its clause",
                   kinds=measure.kinds)
