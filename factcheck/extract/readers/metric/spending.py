"""A Russian clause of spending with no subject: what the money goes to names the figure's measure.

"На ремонт дорог направлено 1,2 млрд рублей", "на благоустройство из бюджета выделено 310 млн рублей": a short
passive participle of spending right before the amount, and "на" with what it is spent on before it, make the
amount the spending on that ("Расходы на ремонт дорог"). The purpose keeps its accusative, as the name does.
The other way of the money: "в краевой бюджет поступило 52,8 млрд рублей", a verb of receiving right before the
amount and "в" with a budget before it, make the amount what that budget received ("Поступления в краевой бюджет").
"""

import re

from factcheck import lexicon
from factcheck.extract.model import Extraction
from factcheck.extract.readers.metric.common import Subject
from factcheck.extract.shares import whole_after
from factcheck.extract.thesaurus import concept_of
from factcheck.extract.words import ADJECTIVE, LOCATIVE_CASES, NOUN, PREPOSITION, VERB, Word, words_of
from factcheck.figures import FoundFigure

_SPENDING = re.compile(lexicon.any_of(lexicon.RU_SPENDING_PARTICIPLE_STEMS) + r"[а-яё]*", re.IGNORECASE)
_SPENDING_VERB = re.compile(lexicon.any_of(lexicon.RU_SPENDING_VERB_STEMS) + r"[а-яё]*", re.IGNORECASE)


def spent(words: list[Word], language: str, visible: str, money: bool) -> Subject | None:
    """The spending a participle or a verb of spending right before the figure names, on what "на" names before it.

    A finite verb names a spending only of money: "На ремонт моста ушло 125 дней", "на пенсию ушли 1,2 тыс."
    spend no money.
    """
    if language != "ru" or not words:
        return None
    if not _spends(words[-1], money):
        return _purpose_after_verb(words, visible, money)
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
    return _spending_on(words[lead], purpose, visible)


def _spends(word: Word, money: bool) -> bool:
    """Whether a word is a participle of spending, or (of money only) a finite verb of it."""
    return (word.passive and bool(_SPENDING.fullmatch(word.text))) or (
        money and word.part == VERB and bool(_SPENDING_VERB.fullmatch(word.text)))


def _purpose_after_verb(words: list[Word], visible: str, money: bool) -> Subject | None:
    """The verb first, then "на" and the purpose right before the figure, of money only.

    "Мы направили на здравоохранение 12,3 млрд рублей", "выделено на ремонт школ 2,1 млрд рублей"; "направлено на
    согласование 14 законопроектов" spends no money.
    """
    lead = next((at for at in range(len(words) - 2, 0, -1) if words[at].part == PREPOSITION), None)
    if not money or lead is None or words[lead].lemma.casefold() not in lexicon.RU_SPENDING_PURPOSE_LEADS or not (
            _spends(words[lead - 1], money)):
        return None
    purpose = words[lead + 1 :]
    if any(word.part not in (NOUN, ADJECTIVE) for word in purpose) or any(word.after_break for word in purpose[1:]):
        return None
    return _spending_on(words[lead], purpose, visible)


def _spending_on(lead: Word, purpose: list[Word], visible: str) -> Subject | None:
    """The spending on a purpose "на" leads to ("Расходы на ремонт дорог"), if it names a noun not in the locative."""
    if not purpose or not any(word.part == NOUN for word in purpose) or any(
            word.case in LOCATIVE_CASES for word in purpose if word.part == NOUN):
        return None  # "на торгах ушло 12 лотов": "на" with the locative is where, not what the money is for
    name = f"{lexicon.RU_SPENDING_NAME} {lead.text.casefold()} {visible[purpose[0].start : purpose[-1].end]}"
    complements = tuple(word.lemma.casefold() for word in purpose if word.part == NOUN)
    return Subject(concept_of(lexicon.RU_SPENDING_LEMMA), complements, (), name, lead.start)


def of_spending(extraction: Extraction, figure: FoundFigure) -> bool:
    """Whether a percentage is of spending ("на образование направят 18% всех расходов"): money, as an amount is."""
    span = whole_after(extraction, figure) if extraction.language == "ru" else None
    return span is not None and any(
        word.part == NOUN and word.lemma.casefold() == lexicon.RU_SPENDING_LEMMA
        for word in words_of(extraction.article.visible[span[0] : span[1]], span[0], "ru", -1))


def received(words: list[Word], language: str, visible: str) -> Subject | None:
    """What a budget received, when a verb of receiving right before the figure has "в" and the budget before it."""
    end = len(words) - 1 if words and words[-1].lemma.casefold() in lexicon.RU_RECEIPT_ADVERBS else len(words)
    if language != "ru" or end < 3 or words[end - 1].part != VERB \
            or words[end - 1].lemma.casefold() not in lexicon.RU_RECEIPT_VERB_LEMMAS:
        return None
    # where the money goes: the nouns and adjectives between "в" and the verb, the first noun a budget's
    lead = next((at for at in range(end - 2, -1, -1) if words[at].part not in (NOUN, ADJECTIVE)), None)
    where = words[lead + 1 : end - 1] if lead is not None else []
    head = next((word for word in where if word.part == NOUN), None)
    if lead is None or words[lead].part != PREPOSITION or words[lead].lemma.casefold() not in lexicon.RU_RECEIPT_LEADS \
            or head is None or head.lemma.casefold() not in lexicon.RU_RECEIPT_BUDGET_LEMMAS \
            or any(word.after_break for word in where[1:]):
        return None
    name = f"{lexicon.RU_RECEIPT_NAME} {words[lead].text.casefold()} {visible[where[0].start : where[-1].end]}"
    complements = tuple(word.lemma.casefold() for word in where if word.part == NOUN)
    return Subject(concept_of(lexicon.RU_RECEIPT_LEMMA), complements, (), name, words[lead].start)
