"""Russian genitives joined by "и" under one head: "Добыча нефти и газового конденсата" is one measure.

A noun phrase in the genitive is never a clause's subject; joined by "и" to a genitive noun before it, it is the
second thing the head before that noun governs ("добыча нефти и газа": the production of oil and gas), never the
measure itself ("газа"). A phrase in the nominative after "и" ("экспорт нефти и импорт газа") is a subject of its own.
"""

from factcheck import lexicon
from factcheck.extract.thesaurus import concept_of
from factcheck.extract.words import ADJECTIVE, NOUN, Word

_GENITIVE = "gent"


def joined_genitive(words: list[Word], before: int, run: list[Word]) -> str | None:
    """The complement a genitive phrase `run` adds when "и" at `before` joins it to a genitive noun, else None."""
    nouns = [w for w in run if w.part == NOUN]
    if before < 1 or not nouns or words[before].lemma.casefold() not in lexicon.LIST_JOINS \
            or words[before].after_break or run[0].after_break or nouns[0].case != _GENITIVE:
        return None
    joined = words[before - 1]
    if joined.part != NOUN or joined.case != _GENITIVE:
        return None
    return " ".join(concept_of(w.lemma) for w in run if w.part in (ADJECTIVE, NOUN))
