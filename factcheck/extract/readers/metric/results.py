"""A result a Russian clause ends with, after "с", right before its figure: the figure's measure, whose the subject is.

An English "with" phrase ending in a direction word ("with enrollment down 6%") is read likewise (`with_absolute`).

"Бюджет области исполнен с профицитом 2,1 млрд рублей": the surplus of the regional budget, never the budget;
"с дефицитом в 1,4 млрд рублей" its deficit, "Банк закончил квартал с убытком 200 млн рублей" the bank's loss.
The clause's subject says whose the result is, as the genitive does in "Профицит бюджета области составил".
A result a figure is compared with, named by its noun ("против убытка в 2,1 млрд рублей"), is read here too
(`result_compared`).
"""

import re
from dataclasses import replace

from factcheck import lexicon
from factcheck.extract.model import ExtractedFigure, Extraction
from factcheck.extract.readers.metric.common import Subject, is_subject_word, masked_words, own_clause_words
from factcheck.extract.readers.metric.subject import read_subject
from factcheck.extract.text import RESULT_COMPARED_BEFORE, RESULT_COMPARED_REACH
from factcheck.extract.thesaurus import concept_of
from factcheck.extract.words import ADJECTIVE, NOUN, PREPOSITION, VERB, Word, russian_nominative, russian_readings
from factcheck.figures import FoundFigure

_LEADS = tuple(tuple(lead.split()) for lead in lexicon.RESULT_FIGURE_LEADS)
# "по сравнению с прибылью 5 млрд": a result compared with, never the clause's own (`result_compared`)
_COMPARED = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.RESULT_COMPARISON_LEADS)}\s*\Z", re.IGNORECASE)


def result_with(words: list[Word], language: str, visible: str, sentence_start: int) -> Subject | None:
    """The result named after "с" right before the figure ("с профицитом", "с чистой прибылью в"), of the subject."""
    if language != "ru":
        return None
    if (part := executed_part(words, language, visible, sentence_start)) is not None:
        return part  # "Бюджет города исполнен по доходам в объёме 38 млрд рублей": its revenue
    texts = tuple(w.text.casefold() for w in words)
    lead = next((len(one) for one in _LEADS if one and texts[-len(one) :] == one), 0)
    tail = words[: len(words) - lead]
    if not tail or tail[-1].part != NOUN or tail[-1].lemma.casefold() not in lexicon.RU_RESULT_WITH_NOUNS \
            or tail[-1].case != "ablt":
        return None
    at = len(tail) - 1
    while at >= 1 and tail[at - 1].part == ADJECTIVE and not tail[at].after_break:
        at -= 1
    if at < 1 or tail[at - 1].part != PREPOSITION or tail[at - 1].lemma.casefold() not in lexicon.RU_RESULT_WITH_LEADS:
        return None
    phrase = tail[at:]
    if _COMPARED.search(visible, sentence_start, phrase[0].start):
        return None
    kinds = tuple(concept_of(w.lemma) for w in phrase if w.part == ADJECTIVE and is_subject_word(w)
                  and w.lemma.casefold() not in lexicon.NON_SPLITTING_ADJECTIVES)
    name = russian_nominative(phrase, visible)
    name = name[:1].upper() + name[1:]
    owner = read_subject(tail[: at - 1], language, visible, sentence_start)
    if owner is None:
        return Subject(concept_of(tail[-1].lemma), (), (), name, phrase[0].start, kinds=kinds)
    return Subject(concept_of(tail[-1].lemma), (owner.head, *owner.complements), owner.qualifiers,
                   f"{name} {_genitive(owner.name)}", owner.start, kinds=kinds + owner.kinds)


_EXECUTED_LEADS = tuple(tuple(lead.split()) for lead in lexicon.RU_EXECUTED_AMOUNT_LEADS)
_FULFILMENT = re.compile(lexicon.any_of(lexicon.RU_FULFILMENT_STEMS), re.IGNORECASE)


def executed_part(words: list[Word], language: str, visible: str, sentence_start: int) -> Subject | None:
    """The part of a budget carried out in an amount, "по доходам" after the verb, of the clause's subject.

    "Бюджет города исполнен по доходам в объёме 38 млрд рублей" is the revenue of the city's budget, named
    "Доходы бюджета города", never the budget; "исполнен по доходам на 58%" is that part's share of its plan.
    """
    read = _executed(words, language, visible, sentence_start)
    return None if read is None else _part_of(read[1], read[0], visible)


def _executed(words: list[Word], language: str, visible: str, sentence_start: int) -> tuple[Subject, Word] | None:
    """The subject carried out and the part it was carried out by, when the words end so: "исполнен по доходам"."""
    if language != "ru":
        return None
    lemmas = tuple(w.lemma.casefold() for w in words)
    lead = next((len(one) for one in _EXECUTED_LEADS if lemmas[-len(one) :] == one), 0)
    tail = words[: len(words) - lead]
    if len(tail) < 4 or not _part_word(tail[-1]) or tail[-2].lemma.casefold() != "по" or tail[-3].part != VERB \
            or not _FULFILMENT.fullmatch(tail[-3].text):
        return None
    owner = read_subject(tail[:-3], language, visible, sentence_start)
    return None if owner is None else (owner, tail[-1])


def _part_word(word: Word) -> bool:
    return word.part == NOUN and word.case == "datv" and word.lemma.casefold() in lexicon.RU_EXECUTED_PART_NOUNS


def executed_gapped(extraction: Extraction, previous: ExtractedFigure | None, words: list[Word],
                    sentence_start: int) -> Subject | None:
    """A gapped clause after a budget's part carried out: ", по расходам — 41 млрд рублей" is the spending.

    Only after "Бюджет города исполнен по доходам в объёме 38 млрд рублей" (read by `executed_part`), of whose
    budget that was; another gapped "по" clause is left to the readers of targets and parallels.
    """
    if extraction.language != "ru" or previous is None or not words:
        return None
    visible = extraction.article.visible
    clause = own_clause_words(visible, words, previous.found.end, words[-1].end)
    if len(clause) == 3 and (clause[2].lemma.casefold(),) in _EXECUTED_LEADS:
        clause = clause[:2]  # ", по расходам — на 55,4%": the share of the spending's plan
    if len(clause) != 2 or clause[0].lemma.casefold() != "по" or not _part_word(clause[1]):
        return None
    read = _executed(masked_words(extraction, sentence_start, previous.found.start, sentence_start), "ru", visible,
                     sentence_start)
    if read is None or read[1].lemma.casefold() == clause[1].lemma.casefold():
        return None
    return _part_of(clause[1], read[0], visible)


def _part_of(part: Word, owner: Subject, visible: str) -> Subject:
    """The part named in the nominative with its owner in the genitive: "Доходы бюджета города"."""
    name = russian_nominative([part], visible)
    return Subject(concept_of(part.lemma), (owner.head, *owner.complements), owner.qualifiers,
                   f"{name[:1].upper()}{name[1:]} {_genitive(owner.name)}", owner.start, kinds=owner.kinds)


def _genitive(name: str) -> str:
    """A name in the nominative put in the genitive up to its first noun: "Бюджет области" -> "бюджета области"."""
    tokens = name.split()
    result: list[str] = []
    for index, token in enumerate(tokens):
        reading = next((r for r in russian_readings(token) if r.tag.case == "nomn"), None)
        inflected = reading.inflect({"gent"}) if reading is not None else None
        if reading is None or inflected is None:
            return " ".join([*result, *tokens[index:]])
        result.append(str(inflected.word))
        if reading.tag.POS == "NOUN":
            return " ".join([*result, *tokens[index + 1 :]])
    return " ".join(result)


def with_absolute(words: list[Word], language: str, visible: str, sentence_start: int) -> Subject | None:
    """The noun of an English "with" phrase after a comma that a direction word follows, of the clause's subject.

    "Private colleges saw the sharpest drop, with enrollment down 6%": the private colleges' enrollment, never
    "the sharpest drop" (the clause's object) nor all enrollment; after a figure in the clause before ("Revenue
    rose 4%, with subscriptions up 9%") the clause's subject is a measure, so the noun is a measure of its own.
    """
    if language != "en" or len(words) < 3 or words[-1].text.casefold() not in lexicon.EN_ABSOLUTE_DIRECTION_WORDS:
        return None
    lead = next((at for at in range(len(words) - 2, -1, -1) if words[at].after_break
                 or (at == 0 and visible[sentence_start : words[0].start].rstrip().endswith(","))), None)
    if lead is None or words[lead].text.casefold() not in lexicon.EN_ABSOLUTE_LEADS:
        return None
    measure = read_subject(words[lead + 1 : -1], language, visible, sentence_start)
    verb = next((at for at, w in enumerate(words[:lead]) if w.part == VERB), None)
    owner = read_subject(words[:verb], language, visible, sentence_start) if verb else None
    if measure is None or owner is None:
        return measure
    return replace(measure, complements=(*measure.complements, owner.head, *owner.complements),
                   qualifiers=measure.qualifiers + owner.qualifiers, kinds=measure.kinds + owner.kinds,
                   name=f"{measure.name[:1].upper()}{measure.name[1:]} of {owner.name}")


def result_compared(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int],
                    previous_head: str | None) -> Subject | None:
    """A result a figure is compared with, named by its noun, when it is another measure than the one before.

    "Чистая прибыль составила 5,2 млрд рублей против убытка в 2,1 млрд рублей": the loss, a year earlier, is no
    profit of 2,1 bn (its sign is the other); "против прибыли в 3 млрд" is the profit before it, as "против 3 млрд"
    would be, and goes on from it.
    """
    visible = extraction.article.visible
    lead = RESULT_COMPARED_BEFORE.search(visible, max(sentence[0], figure.start - RESULT_COMPARED_REACH), figure.start)
    if lead is None:
        return None
    run = [w for w in masked_words(extraction, lead.start(1), lead.end(1), sentence[0]) if is_subject_word(w)]
    nouns = [w for w in run if w.part == NOUN]
    if not nouns or concept_of(nouns[-1].lemma) == previous_head:
        return None
    kinds = tuple(concept_of(w.lemma) for w in run if w.part == ADJECTIVE
                  and w.lemma.casefold() not in lexicon.NON_SPLITTING_ADJECTIVES)
    phrase = run[: run.index(nouns[-1]) + 1]
    # named as a metric is, in the nominative: "против убытка" is "Убыток"
    name = russian_nominative(phrase, visible) if extraction.language == "ru" else " ".join(
        visible[phrase[0].start : phrase[-1].end].split())
    return Subject(concept_of(nouns[-1].lemma), (), (), name, figure.start, kinds=kinds)
