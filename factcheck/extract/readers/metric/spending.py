"""A Russian clause of spending with no subject: what the money goes to names the figure's measure.

"На ремонт дорог направлено 1,2 млрд рублей", "на благоустройство из бюджета выделено 310 млн рублей": a short
passive participle of spending right before the amount, and "на" with what it is spent on before it, make the
amount the spending on that ("Расходы на ремонт дорог"). The purpose keeps its accusative, as the name does.
"""

import re

from factcheck import lexicon
from factcheck.extract.readers.metric.common import Subject
from factcheck.extract.thesaurus import concept_of
from factcheck.extract.words import ADJECTIVE, NOUN, PREPOSITION, Word

_SPENDING = re.compile(lexicon.any_of(lexicon.RU_SPENDING_PARTICIPLE_STEMS) + r"[а-яё]*", re.IGNORECASE)


def spent(words: list[Word], language: str, visible: str) -> Subject | None:
    """The spending a passive participle of spending right before the figure names, on what "на" names before it."""
    if language != "ru" or not words or not words[-1].passive or not _SPENDING.fullmatch(words[-1].text):
        return None
    lead = next((at for at in range(len(words) - 2, -1, -1) if words[at].part == PREPOSITION
                 and words[at].lemma.casefold() in lexicon.RU_SPENDING_PURPOSE_LEADS), None)
    if lead is None:
        return None
    # the purpose: the nouns and adjectives after "на", up to the next preposition or the participle
    purpose: list[Word] = []
    for word in words[lead + 1 : -1]:
        if word.part not in (NOUN, ADJECTIVE) or (purpose and word.after_break):
            break
        purpose.append(word)
    if not purpose or not any(word.part == NOUN for word in purpose):
        return None
    name = f"{lexicon.RU_SPENDING_NAME} {words[lead].text.casefold()} {visible[purpose[0].start : purpose[-1].end]}"
    complements = tuple(word.lemma.casefold() for word in purpose if word.part == NOUN)
    return Subject(concept_of(lexicon.RU_SPENDING_LEMMA), complements, (), name, words[lead].start)
