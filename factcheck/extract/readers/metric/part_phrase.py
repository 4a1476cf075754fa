"""Whether a preposition's phrase after a measure's head names a part of that measure, a measure of its own.

"enrollment at community colleges", "people in work", "loans to households", "pay excluding bonuses", "profit
before tax", "рентабельность по OIBDA", "вклады в иностранной валюте": each a part, written with its preposition.
A phrase of the text's own place ("births in the country") or of an area ("в Северной области") names none.
"""

from factcheck import lexicon
from factcheck.extract.readers.metric.common import debt_before
from factcheck.extract.readers.metric.subject_words import span_of_time
from factcheck.extract.words import ADJECTIVE, DETERMINER, NOUN, PREPOSITION, Word
from factcheck.lexicon import (
    EN_AGENT_PREPOSITIONS,
    EN_INCLUSION_WORDS,
    EN_PART_PREPOSITIONS,
    EN_RECIPIENT_PREPOSITIONS,
    NON_SPLITTING_ADJECTIVES,
    RU_PART_PREPOSITIONS,
    WEAK_SUBJECT_WORDS,
)

# "loans to households", "loans by banks", "pay excluding bonuses": to whom, by whom, what it leaves out (not right
# before the figure: "expected the company to earn $0.65", "rose by 5%")
_EN_PHRASES_OF_A_PART_BEFORE_FIGURE = EN_RECIPIENT_PREPOSITIONS | EN_AGENT_PREPOSITIONS | EN_INCLUSION_WORDS


def names_a_part(words: list[Word], before: int, end: int, run: list[Word], nouns: list[Word],
                 proper: list[str], language: str) -> bool:
    """Whether a preposition's phrase names a part of the measure: where in it, to whom, what it leaves out."""
    last = all(w.part == PREPOSITION for w in words[end + 1 :])
    # "enrollment at community colleges", "people in work": the part of the measure the phrase names, with its
    # preposition ("in work" is not "out of work"); "loans to households", "pay excluding bonuses": to whom it
    # goes, what it leaves out ("expected the company to earn $0.65": right before the figure, "to" opens none)
    if before >= 1 and words[before].lemma.casefold() in lexicon.RESULT_STAGE_PREPOSITIONS and nouns \
            and words[before - 1].lemma.casefold() in lexicon.RESULT_STAGE_HEADS and not words[before].after_break \
            and not span_of_time(words, before + 1):
        # "profit before tax", "прибыль от продаж": a stage of the result, a measure of its own (never after a span
        # of time: "прибыль после двух лет убытков" is the profit, after a span, at no stage of its own)
        return True
    # "рентабельность по OIBDA": the result a ratio is of; "задолженность по ипотеке", "долг компании по облигациям":
    # what a debt is on (its owner between; "по состоянию на" dates it); each a measure of its own
    if language == "ru" and before >= 1 and words[before].lemma.casefold() in lexicon.RU_RATIO_BASE_PREPOSITIONS \
            and not words[before].after_break and (words[before - 1].lemma.casefold() in lexicon.RU_RATIO_BASE_HEADS
                                                   or (nouns and not proper and debt_before(words, before))):
        return True
    # "поступления от аренды земли", "доходы от штрафов": where a receipt comes from (no adjective needed)
    if language == "ru" and before >= 1 and words[before].lemma.casefold() in lexicon.RU_RECEIPT_SOURCE_PREPOSITIONS \
            and nouns and not proper and words[before - 1].lemma.casefold() in lexicon.RU_RECEIPT_SOURCE_HEADS \
            and not words[before].after_break and not span_of_time(words, before + 1):
        return True
    # ("births in the country", "jobs in the region": where the text is, its own place, no part of its measure)
    lead = words[before].lemma
    part = (language == "en" and ((lead in EN_PART_PREPOSITIONS and not _the_place_itself(words[before + 1 : end + 1]))
                                  or (lead in _EN_PHRASES_OF_A_PART_BEFORE_FIGURE and not last))) or (
        language == "ru" and lead in RU_PART_PREPOSITIONS)
    # "вклады в иностранной валюте", "остатки на счетах физических лиц": after its head noun, a phrase of
    # "в" or "на" that names a kind names a part of the measure as the English "in" does ("в банках", "в
    # размере", an area's "в Северной области" name none; a currency alone names one, `_currency_part`)
    return part or (language == "ru" and words[before].lemma in lexicon.RU_PART_PREPOSITIONS_AFTER_NOUN
                    and before >= 1 and words[before - 1].part == NOUN and not words[before].after_break
                    and bool(nouns) and not proper
                    and not any(w.lemma.casefold() in WEAK_SUBJECT_WORDS for w in nouns)
                    and not any(w.lemma.casefold() in lexicon.AREA_NOUNS for w in nouns)
                    and any(w.part == ADJECTIVE and w.lemma.casefold() not in NON_SPLITTING_ADJECTIVES for w in run))


def _the_place_itself(phrase: list[Word]) -> bool:
    """Whether an English phrase is a noun of a place alone after "the": the text's own place.

    "The number of births in the country", "jobs in the region": where the text is ("in the northern region",
    "in Hungary" name a place of their own, and "in community colleges" a part).
    """
    return len(phrase) == 2 and phrase[0].part == DETERMINER and phrase[1].lemma.casefold() in lexicon.PLACE_NOUNS
