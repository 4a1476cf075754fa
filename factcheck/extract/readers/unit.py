"""The unit a figure leaves out because its paragraph printed it once, before: "расходы – 101,5 млрд".

Russian and English copy print a currency once and leave it out of the amounts that follow in a scale: "Доходы
составили 98,3 млрд рублей, расходы – 101,5 млрд", "revenue of $5.2 billion and costs of 4.9 billion". An amount
written with a scale word and no unit is in the currency of the amount just before it in its paragraph, a guess
listed under `guessed: [unit]`; read without it, it was a count, and the measures could not be compared. Only a
currency or a unit of measure is carried so ("32 млн т зерна, что на 16 млн больше": tonnes): a count of people or
things names its noun ("47,3 тыс. человек ... 54,1 тыс."), and a bare number in brackets may have lost its own
currency ("£556 million (4818 million)").
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import takewhile

from factcheck import lexicon
from factcheck.extract.model import Extraction
from factcheck.extract.readers.metric.common import known_head
from factcheck.extract.text import SCALE_WORD
from factcheck.extract.words import VERB, words_of
from factcheck.figures import FoundFigure
from factcheck.quantities import Amount, is_measure

# an amount's text: what stands before its number (a currency sign), the number and its scale, then its unit
_PARTS = re.compile(rf"(?P<before>[^\d]*?)[+\-−]?\d[\d\s.,]*\s?(?:{SCALE_WORD})\.?(?P<after>.*)",
                    re.IGNORECASE | re.DOTALL)
_PART_OPENERS = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.PART_OF_BEFORE_OPENERS)}(?!\w)", re.IGNORECASE)
# a part's count right after the words that open it ("..., из них 412 тыс. получали пособие")
_PART_OPENING = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.PART_OF_BEFORE_OPENERS)},?\s+\Z", re.IGNORECASE)
_SCALE_AT_END = re.compile(rf"(?<![^\W\d_])(?:{SCALE_WORD})\.?\Z", re.IGNORECASE)
# what may follow an amount whose unit is left out: punctuation, or a word of comparison or a preposition, never
# the noun it counts ("2 млн пассажиров" counts passengers)
# the abbreviation's dot of a scale word before a word in lower case ("3,2 тыс. кредитов"), which ends no sentence
_ABBREVIATION_DOT = re.compile(r"\.(?=\s*[^\W\d_A-ZА-ЯЁ])")
_AFTER = re.compile(rf"\s*(?:[,.;:)!?–—-]|\Z|(?:{'|'.join(lexicon.ELIDED_UNIT_FOLLOWERS)})(?!\w))", re.IGNORECASE)


def with_elided_unit(extraction: Extraction, figure: FoundFigure, paragraph_start: int,
                     sentence_start: int) -> FoundFigure:
    """The figure in the unit of the amount in a scale just before it in its paragraph, when it leaves its own out.

    The unit is a currency or a unit of measure ("32 млн т зерна, что на 16 млн больше": tonnes), never a count.

    "Налоговые доходы оказались на 4,2 млрд меньше" after "98,3 млрд рублей" is in roubles too: the paragraph
    printed its currency once. A count of its own noun ("2 млн пассажиров", "3,2 тыс. кредитов": the dot of
    the scale word's abbreviation before a word in lower case ends no sentence) keeps its noun. A guess (`unit`):
    "число клиентов выросло до 2 млн" after an amount in roubles prints no noun either. A count stays a count: the
    amount of a clause that names one ("Количество абонентов достигло 22 млн", "а число подписчиков – 6,3 млн"; not
    "в том числе 12 млрд") takes no currency, nor does the end of its change after a comma ("Число сделок
    снизилось на 38%, до 1,2 тыс.": the end shares the change's subject).
    """
    found = figure.figure
    if not isinstance(found, Amount) or found.unit is not None or not _SCALE_AT_END.search(figure.text):
        return figure
    visible = extraction.article.visible
    dot = _ABBREVIATION_DOT.match(visible, figure.end)
    # a part's count, its verb after it ("из них 412 тыс. получали пособие"), leaves out the noun of the count before
    part = _PART_OPENING.search(visible, sentence_start, figure.start) is not None and _verb_after(
        extraction, dot.end() if dot else figure.end, sentence_start)
    if not (part or _AFTER.match(visible, dot.end() if dot else figure.end)) or visible[
            max(0, figure.start - 3) : figure.start].rstrip().endswith("("):
        return figure  # "(4818 million)": a bracket restates a figure, whose unit it may have lost
    # the amount just before it in its paragraph (a percentage between breaks nothing)
    in_paragraph = takewhile(lambda f: f.found.start >= paragraph_start, reversed(extraction.figures))
    before = next((f.found for f in in_paragraph if isinstance(f.found.figure, Amount)
                   and not (f.found.figure.unit is not None and f.found.figure.unit.name == "percent")), None)
    if before is None or not isinstance(before.figure, Amount) or before.figure.unit is None:
        return figure
    unit = before.figure.unit
    if not (unit.name in lexicon.ISO_CODES or is_measure(unit)) and not (part and unit.is_counting_unit):
        # "из них 412 тыс." counts what the count before it does (people); a count elsewhere, nothing; a measure's
        # unit carries as a currency does ("32 млн т зерна, что на 16 млн больше": tonnes)
        return figure
    # the clause a figure stands in starts after the last comma or semicolon before it in its sentence (read only
    # once an amount in a currency stands before it: reading words costs a dictionary look-up each)
    clause_start = _clause_start(visible, sentence_start, figure.start)
    # ("в том числе 12 млрд", "из этого числа": a part of the sum before it, no count)
    clause = _PART_OPENERS.sub(lambda part: " " * len(part.group(0)), visible[clause_start : figure.start])
    words = words_of(clause, clause_start, extraction.language, -1)
    if words and all(w.lemma.casefold() in lexicon.CHANGE_END_WORDS for w in words) and clause_start > sentence_start:
        # ", до 1,2 тыс." ends the change before its comma and shares its subject: "Число сделок снизилось на 38%"
        clause_start = _clause_start(visible, sentence_start, clause_start - 1)
        words = words_of(visible[clause_start : figure.start], clause_start, extraction.language, -1)
    if any(word.lemma.casefold() in lexicon.COUNT_HEADS for word in words):
        return figure  # "Рост количества абонентов составил 2 млн": a count, whatever the amount before it was in
    parts = _PARTS.fullmatch(before.text)
    if parts is None:
        return figure
    text = f"{parts.group('before')}{figure.text}{parts.group('after')}"
    return replace(figure, text=text, figure=replace(found, text=text, unit=before.figure.unit), unit_carried=True)


def _verb_after(extraction: Extraction, start: int, sentence_start: int) -> bool:
    """Whether the word right after `start` is a verb ("получали", "были"): the count names no noun of its own."""
    words = words_of(extraction.article.visible[start : start + 24], start, extraction.language, sentence_start)
    return bool(words) and words[0].part == VERB and not words[0].after_break


ELIDED_UNIT_CHECK = "unit: the unit of the amount before it (a currency, tonnes), which the text printed once"
PART_UNIT_CHECK = "unit: the unit of the count before it, which the part after 'из них' leaves out"


CURRENCY_OF_TEXT_CHECK = "unit: the currency of the text's amounts; the text gives only changes of this measure"
NO_UNIT_CHECK = "unit: the text gives only changes of this measure, no amount in its unit"


def change_only_units(extraction: Extraction) -> None:
    """A metric the text gives only changes of takes the unit a curator would write, or says it has none printed.

    "Реальные зарплаты в июне выросли на 14,9%", "«Северная связь» увеличила выручку на 7%": no amount gives
    the metric a unit, and it would print as a count. A measure of money is in the currency of the text's
    amounts when they are all in one ("Номинальная зарплата составила 86 400 рублей": roubles), and a flow when
    its measure is one (revenue); any other (an index, prices, a count of a text in two currencies or none) keeps
    no unit, and its check says why. Either is a guess for the journalist to check.
    """
    currencies = {f.found.figure.unit.name for f in extraction.figures if isinstance(f.found.figure, Amount)
                  and f.found.figure.unit is not None and f.found.figure.unit.name in lexicon.ISO_CODES}
    measured = {f.metric for f in extraction.figures}
    for metric_id, (name, unit, flow) in extraction.metrics.items():
        if unit or metric_id not in measured:
            continue
        head = known_head(extraction, metric_id)
        if head in lexicon.MONEY_CONCEPTS and len(currencies) == 1:
            extraction.metrics[metric_id] = (name, next(iter(currencies)), flow or head in lexicon.FLOW_CONCEPTS)
            extraction.unit_checks[metric_id] = CURRENCY_OF_TEXT_CHECK
        else:
            extraction.unit_checks[metric_id] = NO_UNIT_CHECK


def _clause_start(visible: str, floor: int, end: int) -> int:
    """Where the clause before `end` starts: after the last comma or semicolon between `floor` and it."""
    return max(floor, *(visible.rfind(mark, floor, end) + 1 for mark in ",;"))
