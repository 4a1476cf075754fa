"""Plans carried out: "бюджет исполнен на 98,7%" is a level, a share of a plan the article does not print.

- After a verb of carrying out a plan, "на X%" is how much of it was carried out, not a change: "исполнен на
  98,7%" is written "98,7%"; so is the next figure of a gapped clause, "Доходная часть исполнена на 58%,
  расходная – на 55%".
- The noun of carrying out a plan as the subject of a percentage's clause says so too: "Исполнение годового
  плана по доходам составило 57%", "Выполнение плана по расходам — 49,5%" (a share of the plan, an actual of the
  months so far, not the year's target).
- A plan printed after a percentage makes it a share of the plan: "или 38,9% годового плана", "от плана", "of its
  annual target" (format 1.2: a share `of` a target); the plan is declared as a metric of its own with no figure.
"""

from __future__ import annotations

import re

from factcheck import lexicon
from factcheck.extract.model import Extraction
from factcheck.extract.readers.form.gapping import LIST_JOINT
from factcheck.extract.readers.form.shared import (
    BY,
    LOOK_BACK,
    is_percent,
    previous_figure,
    unsigned_change,
)
from factcheck.extract.words import VERB, words_of
from factcheck.figures import CHANGE_LEAD, FoundFigure
from factcheck.quantities import plain_digits, read_in_text

# "исполнен на 98,7%": a verb of carrying out a plan, with the words between it and its "на"
# (and its "на" once the figure is read as a level: "исполнен по доходам на 64,2%")
_FULFILMENT_BEFORE = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.RU_FULFILMENT_STEMS)}(?:\s+[^\W\d]+){{0,2}}"
                                rf"(?:\s+(?:{BY}))?\s+\Z", re.IGNORECASE)
# "Исполнение годового плана по доходам составило 57%", "Выполнение плана по расходам — 49,5%": the noun of
# carrying out a plan as the subject of the figure's clause, a linking verb or a dash between
_FULFILMENT_SUBJECT = re.compile(
    rf"(?<!\w){lexicon.any_of(lexicon.RU_FULFILMENT_NOUNS)}(?:\s+[^\W\d]+){{0,6}}?\s+"
    rf"(?:{lexicon.any_of(lexicon.LEVEL_VERBS + lexicon.REACHED_LEVEL_VERBS)}|[-–—])\s+\Z", re.IGNORECASE)
# between a level of a plan carried out and the next one of a gapped clause: ", расходная – на "
_GAPPED_LEVEL = rf"[,;]\s*[^\d.!?;:]{{0,40}}?\s[-–—]\s+(?:{BY})\s+"
# a plan printed after a percentage: "годового плана", "от плана", "of its annual target"; a Russian genitive needs
# no "от", an English plan always its "of" ("a 2% inflation target" is one)
_PLAN_AFTER = {
    language: re.compile(rf"\s+(?:{lexicon.any_of(lexicon.SHARE_OF_WORDS)}\s+){share_word}(?:[^\W\d]+\s+){{0,2}}"
                         rf"{lexicon.any_of(lexicon.PLAN_NOUN_STEMS)}(?!\w)", re.IGNORECASE)
    for language, share_word in (("en", ""), ("ru", "?"))
}


def plan_carried_out(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> FoundFigure | None:
    """A Russian "на X%" after a verb of carrying out a plan, or in a gapped clause after one, as a level."""
    if extraction.language != "ru" or not unsigned_change(figure) or not is_percent(figure):
        return None
    if not (_after_fulfilment_verb(extraction, figure) or _gapped_fulfilment(extraction, figure, sentence_start)):
        return None
    return _as_fulfilled_level(extraction.article.visible, figure, extraction.language)


def whole_of_plan(extraction: Extraction, figure: FoundFigure, metric_id: str) -> str | None:
    """The plan a percentage says how much of was carried out, as a metric id: "расходы исполнены на 41,5%".

    Or the plan it names after it when the share reader names no whole: "или 38,9% годового плана".

    "Доходная часть исполнена на 58%, расходная – на 55%": each is a share of its plan (format 1.2: a share `of`
    a target), which the article does not print; the plan is declared as a metric of its own with no figure, in
    the unit of the measure it plans.
    """
    if not percent_of_plan(extraction, figure):
        return None
    name, unit, flow = extraction.metrics.get(metric_id, ("", "", True))
    whole = f"{metric_id}-{lexicon.PLAN_NAMES['en']}"
    plan = lexicon.PLAN_NAMES[extraction.language]
    extraction.metrics.setdefault(whole, (f"{name} ({plan})" if name else plan.capitalize(),
                                          unit if unit not in ("", "%") else "count", flow))
    return whole


def percent_of_plan(extraction: Extraction, figure: FoundFigure) -> bool:
    """Whether a percentage says how much of a plan was carried out ("исполнены на 65,1%", "или 38,9% плана").

    Such a figure is a share of the plan of its measure: it never gives the measure a unit of its own.
    """
    if figure.form != "value" or not is_percent(figure):
        return False
    previous = previous_figure(extraction)
    plan_after = _PLAN_AFTER["ru" if extraction.language == "ru" else "en"]
    return fulfils_plan(extraction, figure) or plan_after.match(extraction.article.visible, figure.end) is not None or (
        previous is not None and fulfils_plan(extraction, previous.found)
        and re.fullmatch(_GAPPED_LEVEL, extraction.article.visible[previous.found.end : figure.start]) is not None)


def _after_fulfilment_verb(extraction: Extraction, figure: FoundFigure) -> bool:
    """Whether a verb of carrying out a plan stands right before the figure: "исполнен на 98,7%"."""
    return bool(_FULFILMENT_BEFORE.search(extraction.article.visible, max(0, figure.start - LOOK_BACK),
                                          figure.start))


def _gapped_fulfilment(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> bool:
    """Whether "на X%" in a clause with no verb of its own continues a plan carried out: "расходная – на 55%".

    "Доходная часть исполнена на 58%, расходная – на 55%": the second clause shares the first one's verb.
    """
    previous = previous_figure(extraction)
    if previous is None or previous.found.start < sentence_start or not fulfils_plan(extraction, previous.found):
        return False
    joint = LIST_JOINT.match(extraction.periods.blanked(extraction.article.visible, previous.found.end,
                                                        figure.start))
    if joint is None or re.search(r"\d", joint.group("phrase")):
        return False
    return not any(word.part == VERB for word in words_of(joint.group("phrase"), 0, extraction.language, -1))


def fulfils_plan(extraction: Extraction, figure: FoundFigure) -> bool:
    """Whether a percentage says how much of a plan was carried out, by its verb or its noun.

    "исполнен на 98,7%" (a level read from "на X%" after the verb), "Исполнение годового плана по доходам
    составило 57%" (the noun as its clause's subject).
    """
    if extraction.language != "ru" or figure.form != "value" or not is_percent(figure):
        return False
    return _after_fulfilment_verb(extraction, figure) or _FULFILMENT_SUBJECT.search(
        extraction.article.visible, max(0, figure.start - 2 * LOOK_BACK - 60), figure.start) is not None


def _as_fulfilled_level(visible: str, figure: FoundFigure, language: str) -> FoundFigure:
    """The percentage of a plan carried out, as a level: "на 98,7%" is written "98,7%" (its "на" is the verb's)."""
    lead = CHANGE_LEAD.match(visible[figure.start : figure.end])
    start = figure.start + (lead.end() if lead is not None else 0)
    written = visible[start : figure.end]
    read = read_in_text(plain_digits(visible), start, figure.end, language, shown=written)
    if read is None:
        return figure
    return FoundFigure(start, figure.end, written, "value", None, read, figure.numbers)
