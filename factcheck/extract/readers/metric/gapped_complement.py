"""A gapped clause of a prepositional phrase alone: the first clause's measure, governing that phrase instead.

"Расходы на образование составили 21 млрд рублей, на здравоохранение — 14 млрд рублей", "spending on schools
rose to $21 billion and on hospitals to $14 billion": the second figure is the spending on health, not a figure
of no measure and never the spending on education. The clause leaves out the head and the verb; its preposition
is the one the first clause's measure governs its complement with, and the phrase after it takes that
complement's place.
"""

import re

from factcheck import lexicon
from factcheck.extract.model import ExtractedFigure, Extraction, MetricKey
from factcheck.extract.readers.metric.common import PARENTHESIS, Subject, key_words, known_key
from factcheck.extract.readers.metric.parallel import CLAUSE_JOINS
from factcheck.extract.thesaurus import concept_of
from factcheck.extract.words import ADJECTIVE, NOUN, PREPOSITION, Word, through_last_noun, words_of

_ONE_WORD_JOINS = frozenset(join for join in CLAUSE_JOINS if " " not in join)  # a word's lemma is one word
# "на душу населения — 14 тыс. рублей", "per head": the unit a level is per, no complement of the measure
_PER_UNIT = re.compile(lexicon.any_of((*lexicon.RU_PRICE_PER_UNITS, *lexicon.PRICE_PER_UNITS)), re.IGNORECASE)
_PER_UNIT_LEADS = frozenset((*lexicon.RU_PER_UNIT_LEADS, *lexicon.EN_PER_LEADS))
_BREAK = re.compile(r"[,;:—–]")  # a mark that opens a gapped clause ("21 млрд рублей, на здравоохранение")


def complement_parallel(extraction: Extraction, previous: ExtractedFigure, words: list[Word]) -> Subject | None:
    """The measure before, with the complement its preposition governs replaced by the one this clause names."""
    clause = max((i for i, w in enumerate(words) if w.after_break), default=0)
    if not words or not (words[clause].after_break or words[clause].lemma.casefold() in _ONE_WORD_JOINS
                         or _BREAK.search(extraction.article.visible, previous.found.end, words[clause].start)):
        return None  # "1.38 children per woman from 1.44": no clause opens, the phrase is the figure before's own
    rest = [w for w in words[clause:] if w.lemma.casefold() not in _ONE_WORD_JOINS]
    while len(rest) > 2 and rest[-1].part == PREPOSITION:
        rest.pop()  # "and on hospitals to $14 billion": the preposition of the figure, not of the phrase
    key = known_key(extraction, previous.metric)
    if key is None or len(rest) < 2 or rest[0].part != PREPOSITION:
        return None
    phrase = through_last_noun(rest[1:])
    if len(phrase) != len(rest) - 1 or any(w.part not in (ADJECTIVE, NOUN) for w in phrase):
        return None  # a verb, a name or a period of its own: the clause says more than a complement
    if rest[0].lemma.casefold() in _PER_UNIT_LEADS and _PER_UNIT.fullmatch(phrase[0].text):
        return None  # a level per unit is a measure of its own (per_unit reads it), never the complement replaced
    name = PARENTHESIS.sub("", previous.metric_name)
    named = words_of(name, 0, extraction.language, 0)
    lead = next((i for i, w in enumerate(named) if w.part == PREPOSITION
                 and w.lemma.casefold() == rest[0].lemma.casefold()), None)
    if lead is None or lead == 0 or lead == len(named) - 1:
        return None  # the measure before governs nothing with this preposition
    head, complements, qualifiers, kinds = MetricKey.of(key)
    replaced = {concept_of(w.lemma) for w in named[lead + 1 :]} | {w.lemma.casefold() for w in named[lead + 1 :]}
    kept = tuple(c for c in key_words(complements) if c not in replaced)
    own = tuple(concept_of(w.lemma) for w in phrase if w.part == NOUN)
    text = " ".join(extraction.article.visible[phrase[0].start : phrase[-1].end].split())
    new_name = f"{name[: named[lead].end]} {text}"
    return Subject(head, (*kept, *own), key_words(qualifiers), new_name, rest[0].start,
                   f"metric: \"{rest[0].text} {text}\" read in place of what the measure before governs",
                   kinds=tuple(key_words(kinds)))
