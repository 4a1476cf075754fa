"""A clause of an adjective alone: the measure before it, of that kind, its head noun left out.

"Месячная инфляция составила 0,5%, годовая — 8,5%": the annual inflation. "Выручка мобильного сегмента выросла на
5%, а облачного — на 22%": the cloud segment's revenue (the adjective of the dependent noun it agrees with).
"""

from factcheck.extract.model import ExtractedFigure, Extraction, MetricKey
from factcheck.extract.readers.metric.common import Subject, key_words, known_key
from factcheck.extract.readers.metric.parallel import CLAUSE_JOINS, clause_kinds
from factcheck.extract.thesaurus import concept_of
from factcheck.extract.words import ADJECTIVE, NOUN, PREPOSITION, VERB, Word, words_of

_LONGEST_JOIN = max(len(join.split()) for join in CLAUSE_JOINS)  # in words: a join is read in bounded time


def elided_head(extraction: Extraction, previous: ExtractedFigure, words: list[Word]) -> Subject | None:
    """A clause of an adjective alone is the measure before it, of that kind: its head noun is left out.

    "Месячная инфляция составила 0,5%, годовая — 8,5%", "налоговые доходы составили 5 млрд рублей, неналоговые —
    2 млрд рублей": the annual inflation, the non-tax revenue. The first clause's adjectives give way to it.
    """
    clause = max((i for i, w in enumerate(words) if w.after_break), default=0)
    rest = _own_predicate([w for w in _past_join(words[clause:]) if w.lemma.casefold() not in CLAUSE_JOINS])
    key = known_key(extraction, previous.metric)
    if key is None or not rest or len(rest) > 2 or any(w.part != ADJECTIVE for w in rest):
        return None
    head, complements, qualifiers, kinds = MetricKey.of(key)
    named = words_of(previous.metric_name, 0, extraction.language, 0)
    run = _agreeing_run(named, rest[0])
    gone = [w for w in named if w.part == ADJECTIVE] if run is None else named[run[0] : run[1]]
    replaced = {concept_of(w.lemma) for w in gone} | {w.lemma.casefold() for w in gone}
    kept = tuple(kind for kind in clause_kinds(kinds) if kind not in replaced)
    own = tuple(concept_of(w.lemma) for w in rest)
    noun = " ".join(w.text for w in named if w.part != ADJECTIVE)
    adjectives = " ".join(w.text for w in rest)
    name = f"{adjectives} {noun}".strip() if run is None else " ".join(
        [*(w.text for w in named[: run[0]]), adjectives, *(w.text for w in named[run[1] :])])
    return Subject(head, key_words(complements), key_words(qualifiers), name, rest[0].start,
                   f"metric: \"{adjectives}\" read as the {noun or previous.metric_name} of the clause before",
                   kinds=(*kept, *own))


def _agreeing_run(named: list[Word], adjective: Word) -> tuple[int, int] | None:
    """The adjectives of a dependent noun of the name that a gapped adjective agrees with in case, by index.

    "Выручка мобильного сегмента выросла на 5%, а облачного — на 22%": "облачного", in the genitive, stands for
    "мобильного", the adjective of "сегмента", never of the head; "Выручка облачного сегмента". The head's own
    case (or no case read) leaves the name to be rebuilt from its nouns.
    """
    if adjective.case is None:
        return None
    for index, word in enumerate(named):
        if index == 0 or word.part != NOUN or word.case != adjective.case:
            continue
        if named[0].part != NOUN or named[0].case == adjective.case:
            return None  # the head is in that case: the adjective is the head's
        start = index
        while start > 0 and named[start - 1].part == ADJECTIVE:
            start -= 1
        return start, index
    return None


def _past_join(words: list[Word]) -> list[Word]:
    """A clause's words past the join of several words that opens it: "тогда как", "в то время как"."""
    for length in range(min(len(words), _LONGEST_JOIN), 1, -1):
        if " ".join(w.text.casefold() for w in words[:length]) in CLAUSE_JOINS:
            return words[length:]
    return words


def _own_predicate(words: list[Word]) -> list[Word]:
    """The nominative adjectives before their own verb and the prepositions that govern the figure: the subject.

    "Рублевые вклады выросли на 2,3%, тогда как валютные сократились на 1,8%": "валютные" is the subject of
    "сократились", its noun left out. Anything else in the clause leaves it as it was.
    """
    verb = next((i for i, w in enumerate(words) if w.part == VERB), 0)
    if verb == 0 or any(w.case != "nomn" for w in words[:verb]) \
            or any(w.part not in (VERB, PREPOSITION) for w in words[verb:]):
        return words
    return words[:verb]
