"""Whose a measure is when its clause names the owner only by reference: a possessive, or "where" after a phrase.

"Community colleges saw enrollment drop 3.3%" names the owner before a verb of witnessing;
"Community colleges again bore the brunt. Their enrollment slid 3.8%": the community colleges' enrollment, never
the total enrollment; "The drop was steepest at for-profit colleges, where enrollment tumbled 11.4%": the
enrollment at for-profit colleges, as "At for-profit colleges, enrollment tumbled" would say; "in Vermont, where
enrollment fell" is Vermont's. Either owner joins the subject's key, so the measure is a metric of its own.
"""

from dataclasses import replace
from itertools import takewhile

from factcheck import lexicon
from factcheck.extract.context import CONTEXT_REACH
from factcheck.extract.model import Extraction
from factcheck.extract.readers.metric.common import Subject, is_subject_word, known_head, masked_words
from factcheck.extract.readers.metric.subject import read_subject
from factcheck.extract.text import sentence_spans
from factcheck.extract.thesaurus import concept_of
from factcheck.extract.words import (
    ADJECTIVE,
    DETERMINER,
    NOUN,
    NUMBER,
    OTHER,
    PREPOSITION,
    PROPER,
    VERB,
    Word,
    words_of,
)

_OWNER_PREPOSITIONS = lexicon.PLACE_PREPOSITIONS | lexicon.FRONTED_PART_PREPOSITIONS  # "at ..., where", "в ..., где"


def owned(extraction: Extraction, subject: Subject, sentence_start: int, figure_start: int) -> Subject:
    """The subject with the owner a possessive opening its sentence or a "where" before it refers to."""
    return _where_owner(extraction, subject, sentence_start, figure_start) or _possessive_owner(
        extraction, subject, sentence_start) or _witness_owner(extraction, subject, sentence_start) or subject


def _possessive_owner(extraction: Extraction, subject: Subject, sentence_start: int) -> Subject | None:
    """"Their enrollment" opening a sentence: the measure of the subject of the sentence before, in its paragraph.

    That subject is the noun phrase opening that sentence, before its verb; a measure already named (a head of the
    text's metrics, or the subject's own head) is no owner, and neither is a Russian possessive, which may be the
    genitive of a pronoun ("их доля").
    """
    visible = extraction.article.visible
    if extraction.language != "en" or subject.complements or subject.qualifiers or \
            visible[sentence_start : subject.start].strip().casefold() not in lexicon.POSSESSIVES:
        return None
    paragraph = extraction.paragraph_start(sentence_start, CONTEXT_REACH)
    spans = sentence_spans(visible[paragraph:sentence_start])
    if not spans:
        return None
    start, end = paragraph + spans[-1][0], paragraph + spans[-1][1]
    words = masked_words(extraction, start, end, start)
    opening = list(takewhile(is_subject_word, words))
    if not opening or len(opening) == len(words) or opening[0].start != start or \
            words[len(opening)].part not in (VERB, OTHER) or words[len(opening)].after_break:
        return None
    owner = read_subject(opening, extraction.language, visible, start)
    metric_heads = {known_head(extraction, metric) for metric in extraction.metrics}
    if owner is None or owner.head == subject.head or owner.head in metric_heads:
        return None
    return replace(subject, complements=(owner.head, *owner.complements), qualifiers=owner.qualifiers,
                   kinds=subject.kinds + owner.kinds, name=f"{subject.name[:1].upper()}{subject.name[1:]} of "
                   f"{owner.name[:1].lower()}{owner.name[1:]}",
                   guess=f"metric: \"{visible[sentence_start : subject.start].strip()}\", read as the subject of the "
                   "sentence before")


def _where_owner(extraction: Extraction, subject: Subject, sentence_start: int, figure_start: int) -> Subject | None:
    """A subject after ", where": of the phrase of a preposition right before the comma ("at for-profit colleges").

    A name in that phrase is a place, whose the measure is ("in Vermont, where": "Enrollment (Vermont)"); common
    nouns name the part the measure is of, the complement "At for-profit colleges, enrollment" gives.
    """
    visible = extraction.article.visible
    words = words_of(extraction.periods.blanked(visible, sentence_start, figure_start, ","), sentence_start,
                     extraction.language, sentence_start)
    at = next((i for i in range(len(words) - 1, 0, -1) if words[i].end <= subject.start), None)
    if at is None or words[at].lemma.casefold() not in lexicon.WHERE_RELATIVE_WORDS or not words[at].after_break:
        return None
    run = list(takewhile(lambda w: w.part in (DETERMINER, ADJECTIVE, NOUN, PROPER, NUMBER),
                         reversed(words[:at])))[::-1]
    lead = len(words[:at]) - len(run) - 1
    if not run or lead < 0 or words[lead].part != PREPOSITION or run[-1].part not in (NOUN, PROPER) or \
            any(w.after_break for w in run[1:]) or words[lead].lemma.casefold() not in _OWNER_PREPOSITIONS:
        return None
    phrase = [w for w in run if w.part != DETERMINER]
    named = " ".join(visible[phrase[0].start : phrase[-1].end].split())
    # "in Vermont, where enrollment fell 5.5%": the place's
    return _owned_by(subject, phrase, words[lead].lemma.casefold(), named,
                     f"metric: of {named}, the phrase \"{words[at].text}\" follows")


def _witness_owner(extraction: Extraction, subject: Subject, sentence_start: int) -> Subject | None:
    """The noun phrase opening the clause before "saw" right before the subject: "Community colleges saw enrollment".

    A name in it is a place ("Ireland saw arrivals climb 5%": the arrivals of Ireland), common nouns the part the
    measure is of, as "At community colleges, enrollment dropped" would say.
    """
    visible = extraction.article.visible
    if extraction.language != "en" or subject.complements or subject.qualifiers:
        return None
    words = masked_words(extraction, sentence_start, subject.start, sentence_start)
    if len(words) < 2 or words[-1].text.casefold() not in lexicon.OWNER_WITNESS_VERBS:
        return None
    opening = list(takewhile(lambda w: w.part in (DETERMINER, ADJECTIVE, NOUN, PROPER), reversed(words[:-1])))[::-1]
    clause_start = len(words) - 1 - len(opening)
    if not opening or opening[-1].part not in (NOUN, PROPER) or any(w.after_break for w in opening[1:]) or (
            clause_start > 0 and not opening[0].after_break):
        return None
    phrase = [w for w in opening if w.part != DETERMINER]
    if opening[0].part == DETERMINER and not any(w.part == PROPER for w in phrase):
        return None  # "The country saw arrivals climb": the text's own subject referred back to, no part of it
    named = " ".join(visible[phrase[0].start : phrase[-1].end].split())
    if named.casefold() in {known_head(extraction, metric) for metric in extraction.metrics}:
        return None
    return _owned_by(subject, phrase, "at", named, f"metric: of {named}, the phrase before \"{words[-1].text}\"")


def _owned_by(subject: Subject, phrase: list[Word], lead: str, named: str, guess: str) -> Subject:
    """The subject owned by a phrase: a place where it names one, else the part "<lead> <phrase>" of the measure."""
    if any(w.part == PROPER for w in phrase):
        places = tuple(sorted({*subject.qualifiers, *(concept_of(w.lemma).casefold() for w in phrase)}))
        return replace(subject, qualifiers=places, name=f"{subject.name} ({named})", guess=guess)
    part = f"{lead} " + " ".join(concept_of(w.lemma) for w in phrase)
    return replace(subject, complements=(*subject.complements, part), name=f"{subject.name} ({named})", guess=guess)
