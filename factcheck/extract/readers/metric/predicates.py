"""A second predicate that shares the first one's subject past the first one's prepositional phrase.

"выросли на 8,3% по сравнению с прошлым годом и достигли 52,1 млрд рублей", "rose 8.3% from a year earlier and
reached $52.1 billion".

The phrase between the two predicates is the first one's (it opens with a preposition and names no verb nor place,
or is a phrase of time the words leave out); after the conjunction comes a verb with no subject of its own. A
short passive participle takes the figure after it as its subject ("и направлено 5 млрд рублей на дивиденды").
"""

from factcheck import lexicon
from factcheck.extract.words import OTHER, PREPOSITION, PROPER, VERB, Word


def second_predicate_after_adjunct(visible: str, previous_end: int, words: list[Word]) -> bool:
    """Whether a figure is the second predicate's, after the first one's prepositional phrase and a conjunction.

    "выросли на 8,3% по сравнению с прошлым годом и достигли 52,1 млрд", "rose 8.3% from a year earlier and
    reached $52.1 billion": the phrase is the first predicate's (it opens with a preposition and has no verb nor
    place, or is a phrase of time, which the words leave out), and after the conjunction comes a verb with no
    subject.
    """
    joints = [index for index, word in enumerate(words) if word.lemma.casefold() in _PREDICATE_JOINS]
    if not joints:
        return False
    adjunct, predicate = words[: joints[-1]], words[joints[-1] + 1 :]
    if not adjunct and not visible[previous_end : words[joints[-1]].start].strip():
        return False  # nothing between: the plain conjunction, read by `_SHARED_SUBJECT`
    # a place in the phrase ("opened to $30 million in North America this weekend and earned $112 million
    # overseas") sets the first figure's market, which the second need not share
    opens = not adjunct or adjunct[0].part == PREPOSITION
    return opens and not any(word.part in (VERB, PROPER) for word in adjunct) and bool(predicate) \
        and all(word.part in (VERB, OTHER) for word in predicate) and not any(word.passive for word in predicate)


_PREDICATE_JOINS = frozenset(join for join in lexicon.SHARED_SUBJECT_CONJUNCTIONS if join.isalpha())
