"""A count of people named by what happened to them: "12,300 people died", "умерли 12 300 человек"."""

import functools
import re
from itertools import dropwhile, takewhile

from factcheck import lexicon
from factcheck.extract.model import Extraction
from factcheck.extract.readers.metric.common import Subject, masked_words
from factcheck.extract.thesaurus import concept_of
from factcheck.extract.words import ADJECTIVE, DETERMINER, NOUN, PREPOSITION, PROPER, Word, words_of
from factcheck.figures import FoundFigure

_BIRTHS = lexicon.EN_VITAL_EVENT_NOUNS["born"]
_PEOPLE_EVENT = re.compile(rf"(?:{lexicon.any_of(lexicon.PEOPLE_EVENT_VERBS)})\w*\Z", re.IGNORECASE)


def people_event(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int], *,
                 born: bool = False) -> Subject | None:
    """A count of people named by what happened to them: "12,300 people died", "умерли 12 300 человек".

    The verb of the event stands right after the count (past an auxiliary: "were killed") or right before it
    ("killed 14 people", "погибли 140 человек"), nothing but spaces between; any other verb ("2.3 million people
    were out of work", "said") names no measure, and the count stays unnamed. With `born`, the count is of a
    noun of babies, and only a verb of birth after it names it ("1,010 children were born": births).
    """
    visible = extraction.article.visible
    after = masked_words(extraction, figure.end, sentence[1], -1)
    if after and not visible[figure.end : after[0].start].strip():
        after = [*dropwhile(lambda w: w.lemma.casefold() in lexicon.PEOPLE_EVENT_AUXILIARIES, after)]
        if after and not after[0].after_break and _PEOPLE_EVENT.match(after[0].text) and (
                not born or lexicon.EN_VITAL_EVENT_NOUNS.get(after[0].text.casefold()) == _BIRTHS):
            return _event_subject(after[0], _phrase_after(after, 1), figure.start)
    if born:
        return None
    before = masked_words(extraction, sentence[0], figure.start, sentence[0])
    if before and not visible[before[-1].end : figure.start].strip() and _PEOPLE_EVENT.match(before[-1].text):
        # "в ДТП погибли 140 человек", "погибли 140 человек в ДТП": the phrase before the verb, or after the count
        return _event_subject(before[-1], _phrase_before(before, len(before) - 1) or _phrase_after(after, 0),
                              figure.start)
    return None


def _event_subject(verb: Word, cause: list[Word], start: int) -> Subject:
    """The count of an event, with the nouns of the phrase that says where or of what it happened.

    "140 people died in road accidents" and "2,300 people died of heart disease" are two measures, never two
    values of one. A verb of a vital event is named by its noun, as the measure is elsewhere: "13,890 people died"
    is deaths, "6,200 babies were born" births.
    """
    vital = lexicon.EN_VITAL_EVENT_NOUNS.get(verb.text.casefold())
    head = _vital_lemma(vital) if vital is not None else verb.lemma
    name = " ".join((vital or verb.text, *(w.text for w in cause)))
    return Subject(concept_of(head), tuple(concept_of(w.lemma) for w in cause if w.part in (NOUN, PROPER)),
                   (), name, start)


@functools.cache
def _vital_lemma(noun: str) -> str:
    """The lemma of a noun of a vital event ("deaths"): read once, not on every count it names."""
    return words_of(noun, 0, "en", -1)[0].lemma


def _phrase_after(words: list[Word], at: int) -> list[Word]:
    """The preposition and the nouns of the phrase opening at `at` ("of heart disease"), or none."""
    if at >= len(words) or words[at].part != PREPOSITION or words[at].after_break:
        return []
    run = [*takewhile(lambda w: w.part in (NOUN, PROPER, ADJECTIVE, DETERMINER) and not w.after_break,
                      words[at + 1 :])]
    nouns = [w for w in run if w.part in (NOUN, PROPER)]
    if all(w.part == NOUN and w.lemma.casefold() in lexicon.AREA_NOUNS for w in nouns) or (
            words[at].lemma.casefold() in lexicon.EN_PLACE_PREPOSITIONS and all(w.part == PROPER for w in nouns)):
        return []  # "died in the region", "born in Hungary": where, the place reader's, not a kind of the event
    return [words[at], *run]


def _phrase_before(words: list[Word], verb: int) -> list[Word]:
    """The prepositional phrase right before a verb ("в ДТП погибли"), or none."""
    at = verb
    while at > 0 and words[at - 1].part in (NOUN, PROPER, ADJECTIVE) and not words[at].after_break:
        at -= 1
    if at == verb or at == 0 or words[at].after_break or words[at - 1].part != PREPOSITION:
        return []
    return words[at - 1 : verb]
