"""Gapped and coordinated clauses: a figure with no verb of its own keeps the verb of the clause before it.

- Gapping: in "продажи грузовиков снизились на 10%, автобусов - на 20%", "а импорт — на 5%" and "exports fell
  5%, imports 3%" the second clause has no verb of its own; it keeps the direction of the first clause's change,
  also past a level in brackets ("снизились на 10% (5 000 шт.), автобусов - на 20%") or the level the change
  ends at ("выросла на 18%, до 96,4 млрд рублей, EBITDA – на 9%") and for a factor ("на 6%, а
  по налогу на прибыль — в 2,5 раза"), and an amount after "на" after an amount's change ("уменьшилась на 43 тыс.
  человек, за год — на 265 тыс."; the dash may follow the comma with nothing between). A verb of its own, a
  figure between, or a contrary word ("а", "but") with no dash for the verb breaks the list.
- Coordination: one "на"/"by" for two figures joined by a conjunction alone, "сократились на 0,9 и 1%
  соответственно", "fell by 2 and 3 percent respectively".
- A ranking that continues the change before it, place by place: "increased by 115 TWh, followed by China with a
  25 TWh rise, and Iran with 14 TWh": the figure after "with" keeps the direction of the first change.
- A second "на"/"by" joined by "и"/"and" past the first change's baseline or period: "сократилась на 1,3% по
  сравнению с июнем и на 23,2% – с июлем 2022 года", "fell 1.3% from June and by 23.2% from a year earlier", and
  an amount so ("fell by 47,000 on the quarter and by 128,000 compared with a year earlier", "up 10,000 on the
  quarter and 120,000 on the year").
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from factcheck import lexicon
from factcheck.extract.model import ExtractedFigure, Extraction
from factcheck.extract.readers.form.multipliers import TIMES_LEAD, as_fall_by_factor
from factcheck.extract.readers.form.shared import (
    CLOSING,
    GAP_WINDOW,
    SENTENCE_STOP,
    SHARE_AFTER,
    alternatives,
    as_change,
    cue_before,
    in_brackets_after,
    is_percent,
    measured_value,
    previous_change,
    printed_direction,
    unsigned_change,
)
from factcheck.extract.readers.place import place_after
from factcheck.extract.words import ADJECTIVE, NOUN, PROPER, VERB, words_of
from factcheck.figures import CHANGE_LEAD, FoundFigure, SignCue, SignEvidence
from factcheck.quantities import Amount, Ratio

# what joins the clauses of a list: a comma or "и"/"and", after the bracket that closes the previous figure
_JOINS = alternatives(lexicon.LIST_JOINS)
_RESPECTIVELY = alternatives((*lexicon.RU_RESPECTIVELY_WORDS, *lexicon.EN_RESPECTIVELY_WORDS))
# "на 1,7 и 2,5% соответственно, выпуск цемента — на 0,6%": the word closing a list before the joint
LIST_JOINT = re.compile(rf"^\.?\s?\)?(?:\s*(?:{_RESPECTIVELY})(?!\w))?"
                        rf"\s*(?:[,;]\s*(?:(?:{_JOINS})\s+)?|(?:{_JOINS})\s+)(?P<phrase>[^.!?:]*)$", re.IGNORECASE)
_CONTRARY = re.compile(rf"(?<!\w)(?:{alternatives(lexicon.CONTRARY_WORDS)})(?!\w)", re.IGNORECASE)
# a dash where the verb is left out, maybe with a particle after it: "а импорт — на 5%", "а импорт — лишь на 5%"
_ELISION_DASH = re.compile(r"(?:^|\s)[-–—]\s*(?:[^\W\d]+\s+)?$")
# between a change and the level it ends at: ", до", " to" ("на 18%, до 96,4 млрд рублей")
_LEVEL_REACHED = re.compile(rf"\s*,?\s*(?:{alternatives(lexicon.CHANGE_END_WORDS)})\s+", re.IGNORECASE)
# the "на"/"by" a change was printed after, left outside the figure once its sign is read ("снизился на 1,7")
_LEAD_BEFORE = re.compile(rf"(?<!\w)(?:{alternatives(lexicon.CHANGE_LEADS)})\s+\Z", re.IGNORECASE)
_LEAD_REACH = 8
_BRACKETED = re.compile(r"\([^()\n]*\)")
# figures under one "на"/"by", joined by a conjunction alone: "на 0,9 и 1%", "by 2 and 3 percent"
_COORDINATED = re.compile(rf"\s*(?:,\s*)?(?:{_JOINS})\s+\Z", re.IGNORECASE)
# a dash right after a figure stands for the verb of a gapped clause: "и 5,5% – июльским результатам"
_DASH_AFTER = re.compile(r"\s+[-–—]\s")
# between two changes under one verb: the first one's baseline or period, then "и"/"and"
_JOINED_PAST_BASELINE = re.compile(rf"(?P<phrase>[^\d.!?;:()]{{0,60}}?)\s(?:{_JOINS})\s+", re.IGNORECASE)
# "followed by China with a 25 TWh rise, and Iran with 14 TWh": a ranking word, then the figure after "with"
_RANKING = re.compile(rf"(?<!\w)(?:{lexicon.any_of(lexicon.RANKING_CONTINUATIONS)})\s", re.IGNORECASE)
_RANKED_FIGURE_LEAD = re.compile(rf"(?<!\w)(?:{lexicon.any_of(lexicon.RANKING_FIGURE_LEADS)})\s+\Z",
                                 re.IGNORECASE)
# between a percentage and the baseline it is set against: " from ", " compared with ", " по сравнению с "
_BASELINE_LEADS = (*lexicon.RESULT_COMPARISON_LEADS, *lexicon.CHANGE_START_OPENERS,
                   *lexicon.BASELINE_AFTER_CHANGE_LEADS)
_BASELINE_LEAD_GAP = re.compile(rf"\s+{lexicon.any_of(_BASELINE_LEADS)}\s+", re.IGNORECASE)
_BASELINE_LEAD_REACH = 30
_ADJUNCT_REACH = 30  # characters after a figure read for its own period or place
_COMPARISON_LEAD_START = re.compile(rf"\s*{lexicon.any_of(lexicon.VERB_PERIOD_LEADS)}\s", re.IGNORECASE)


def gapped_factor(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> FoundFigure | None:
    """A factor in a gapped clause keeps the verb: "уменьшились на 6%, а по налогу на прибыль — в 2,5 раза"."""
    visible = extraction.article.visible
    if figure.form != "change" or figure.evidence is not None or not isinstance(figure.figure, Ratio) \
            or figure.figure.percent or not TIMES_LEAD.match(visible, figure.start):
        return None
    gapped = _gapped_direction(extraction, figure, sentence_start)
    if not gapped:
        return None
    evidence = SignEvidence(SignCue.GAPPED, gapped, sentence_start, figure.start)
    return as_fall_by_factor(visible, figure, evidence) if gapped < 0 else replace(figure, evidence=evidence)


def gapped_amount(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> FoundFigure | None:
    """An amount after "на" in a gapped clause keeps the verb of an amount's change before it.

    "уменьшилась на 43 тыс. человек, за год — на 265 тыс.": "на" is printed in both clauses, as a percentage's
    is; "вырос на 3 млрд долларов, импорт — 1,2 млрд долларов" is a level.
    """
    if figure.form != "value" or is_percent(figure) or not isinstance(figure.figure, Amount) \
            or _lead_before(extraction.article.visible, figure.start) is None:
        return None
    return _in_direction(extraction, figure, sentence_start)


def gapped_percentage(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> FoundFigure | None:
    """A percentage in a gapped clause keeps the verb: "снизились на 10%, автобусов - на 20%" (no share of)."""
    visible = extraction.article.visible
    if not is_percent(figure) or SHARE_AFTER.match(visible, figure.end):
        return None
    return _in_direction(extraction, figure, sentence_start)


def _in_direction(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> FoundFigure | None:
    """The figure as a change in the direction of the list of changes its gapped clause continues, if any."""
    gapped = _gapped_direction(extraction, figure, sentence_start)
    if not gapped:
        return None
    return as_change(extraction.article.visible, figure,
                     SignEvidence(SignCue.GAPPED, gapped, sentence_start, figure.start), extraction.language)


def coordinated_value(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> FoundFigure | None:
    """A value under the "на"/"by" of the change before it, joined by a conjunction alone: "на 0,9 и 1%".

    Not a percentage and an amount: one "на" does not lead both ("by 2 and 3 percent" prints the unit once).
    """
    if not measured_value(figure):
        return None
    previous = previous_change(extraction, sentence_start)
    if previous is None or CHANGE_LEAD.match(figure.text) or _other_measure(previous.found, figure):
        return None  # "down 31%, and $48 million overseas": an amount after a percentage starts a clause of its own
    visible = extraction.article.visible
    if not _COORDINATED.fullmatch(visible, previous.found.end, figure.start):
        return None
    return _in_direction_of(extraction, figure, previous.found)


def _other_measure(first: FoundFigure, second: FoundFigure) -> bool:
    """Whether one figure is a percentage and the other an amount in a unit (a bare number may be either)."""
    def printed_unit(figure: FoundFigure) -> bool:
        return is_percent(figure) or (isinstance(figure.figure, Amount) and figure.figure.unit is not None)
    return printed_unit(first) and printed_unit(second) and is_percent(first) != is_percent(second)


def ranked_after_change(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> FoundFigure | None:
    """A value in a ranking after a change keeps its direction: "rose 115 TWh, followed by ..., and Iran with 14 TWh".

    The ranking word ("followed by", "ahead of", "за ним следует") stands between the change and the figure, and
    "with"/"с" right before it; no other figure stands between but another change of the list, and both are
    amounts or both percentages.
    """
    if not measured_value(figure):
        return None
    previous = previous_change(extraction, sentence_start)
    if previous is None or is_percent(previous.found) != is_percent(figure):
        return None
    visible = extraction.article.visible
    ranking = _RANKING.search(visible, sentence_start, figure.start)
    if ranking is None or not _RANKED_FIGURE_LEAD.search(visible, max(ranking.end(), figure.start - 10),
                                                          figure.start):
        return None
    first = next((other for other in extraction.figures if sentence_start <= other.found.start < ranking.start()
                  and other.found.form == "change"), None)
    if first is None or re.search(r"[.!?;]", visible[ranking.end() : figure.start]):
        return None
    return _in_direction_of(extraction, figure, first.found)


def _in_direction_of(extraction: Extraction, figure: FoundFigure, change: FoundFigure) -> FoundFigure | None:
    """The figure as a change in the printed direction of the change whose verb its clause shares, if it has one."""
    visible = extraction.article.visible
    direction = printed_direction(visible, change)
    if not direction:
        return None
    return as_change(visible, figure, SignEvidence(SignCue.GAPPED, direction, change.start, figure.start),
                     extraction.language)


def coordinated_past_baseline(extraction: Extraction, figure: FoundFigure, sentence_start: int
                              ) -> FoundFigure | None:
    """A second "на"/"by" joined by "и"/"and" past the first change's baseline or period, with its direction.

    "сократилась на 1,3% по сравнению с июнем и на 23,2% – с июлем 2022 года", "fell 1.3% from June and by 23.2%
    from a year earlier": the second change shares the first one's verb; what stands between is a comparison
    phrase or a period, never a verb of its own. So does a level after "and" with a period or a place right after
    it, as the change before has ("rose 4.4% in March and 2.1% in April"). A rise is shown as written.
    """
    visible = extraction.article.visible
    lead = _lead_before(visible, figure.start)  # "and by 128,000": read once, for the level and for its start
    previous = previous_change(extraction, sentence_start)
    if previous is None or not (unsigned_change(figure) or _baselined_value(extraction, figure, lead is not None)
                                or _parallel_adjuncts(extraction, previous.found, figure)):
        return None
    start = lead.start() if lead is not None and figure.form == "value" else figure.start  # "and by 128,000"
    joined = _JOINED_PAST_BASELINE.fullmatch(extraction.periods.blanked(visible, previous.found.end, start))
    if joined is None:
        return None
    phrase = visible[previous.found.end : previous.found.end + joined.end("phrase")]  # as printed, same length
    if joined.group("phrase").strip() and not _COMPARISON_LEAD_START.match(phrase):
        return None
    if any(word.part == VERB for word in words_of(joined.group("phrase"), 0, extraction.language, -1)):
        return None  # (its periods blanked: "in May" is no verb)
    direction = printed_direction(visible, previous.found)
    if not direction:
        return None
    evidence = SignEvidence(SignCue.GAPPED, direction, previous.found.start, figure.start)
    return as_change(visible, figure, evidence, extraction.language, signed_up=direction < 0)


def _baselined_value(extraction: Extraction, figure: FoundFigure, led: bool) -> bool:
    """Whether a level may be a change under the verb before: a baseline of its own right after it, or its "by".

    "rose 0.3% from the previous month and 3.9% from a year earlier", "up 10,000 on the quarter and 120,000 on
    the year" (the baseline's "on" is its mention's own), "fell by 47,000 on the quarter and by 128,000 compared
    with a year earlier" (an amount's "by" stands outside it, with no verb of its own).
    """
    if figure.form != "value" or not (is_percent(figure) or isinstance(figure.figure, Amount)):
        return False
    visible = extraction.article.visible
    if isinstance(figure.figure, Amount) and led:
        return True
    return any((mention.compared or mention.baseline) and (_BASELINE_LEAD_GAP.fullmatch(
        visible, figure.end, mention.start) or not visible[figure.end : mention.start].strip())
        for mention in extraction.periods.within(figure.end, figure.end + _BASELINE_LEAD_REACH))


def _parallel_adjuncts(extraction: Extraction, change: FoundFigure, figure: FoundFigure) -> bool:
    """Whether a level and the change before it each have a period, or each a place, right after them.

    "rose 5% in May and 3% in June", "fell 5% in Texas and 2.6% in Ohio": the second figure is the same verb's
    change in another period or place. Both percentages or both amounts; what joins them is read by the caller.
    """
    if figure.form != "value" or is_percent(figure) != is_percent(change) or not (
            is_percent(figure) or isinstance(figure.figure, Amount)):
        return False
    visible = extraction.article.visible

    def dated_after(found: FoundFigure) -> bool:
        return any(not (mention.compared or mention.baseline or mention.since or mention.duration)
                   and not extraction.periods.blanked(visible, found.end, mention.end).strip()
                   for mention in extraction.periods.within(found.end, found.end + _ADJUNCT_REACH))

    if dated_after(change) and dated_after(figure):
        return True
    sentence_end = _sentence_end(visible, figure.end)
    return place_after(extraction, change.end, sentence_end) is not None and place_after(
        extraction, figure.end, sentence_end) is not None


def _sentence_end(visible: str, position: int) -> int:
    """Where the sentence that goes on at `position` ends, within the reach of an adjunct."""
    end = SENTENCE_STOP.search(visible, position, position + 2 * _ADJUNCT_REACH)
    return end.start() if end is not None else min(len(visible), position + 2 * _ADJUNCT_REACH)


def _gapped_direction(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> int:
    """+1 or -1 when the figure ends a clause with no verb that continues a list of changes, else 0."""
    visible = extraction.article.visible
    in_sentence = [f for f in islice(reversed(extraction.figures), 3) if f.found.start >= sentence_start]
    if not in_sentence or cue_before(visible, figure.start):
        return 0
    previous = in_sentence[0]
    anchor = previous
    if previous.found.form != "change" and len(in_sentence) > 1 and (in_brackets_after(
            visible, in_sentence[1].found, previous.found) or _bracketed(visible, previous.found)):
        anchor = in_sentence[1]  # "снизились на 10% (5 000 шт.), автобусов - на 20%": past the level in brackets
    elif previous.found.form != "change" and len(in_sentence) > 1 and _LEVEL_REACHED.fullmatch(
            extraction.periods.blanked(visible, in_sentence[1].found.end, previous.found.start)):
        anchor = in_sentence[1]  # "выросла на 18%, до 96,4 млрд рублей, EBITDA – на 9%": past the level reached
    amount = isinstance(figure.figure, Amount) and not is_percent(figure)  # "за год — на 265 тыс."
    if anchor.found.evidence is not None and anchor.found.evidence.cue == SignCue.PRINTED:
        return 0  # "Belgium (-0.8%) and Denmark (0.3%)": a printed sign is its own figure's; no verb to share
    if anchor.found.form != "change" or is_percent(anchor.found) == amount \
            or figure.start - previous.found.end > GAP_WINDOW:
        return 0  # an amount continues a list of amounts' changes, any other figure one of percentages
    dash_after = _DASH_AFTER.match(visible, figure.end) is not None  # "и 5,5% – июльским результатам"
    # a factor's "в"/"in" stands where a percentage's "на"/"by" would: "на 6%, а по налогу — в 2,5 раза"
    factor = isinstance(figure.figure, Ratio) and not figure.figure.percent
    figure_led = CHANGE_LEAD.match(visible[figure.start : figure.end]) or (
        factor and TIMES_LEAD.match(visible, figure.start)) or _lead_before(visible, figure.start)
    if _led(visible, anchor.found, in_sentence) != bool(figure_led) and not dash_after:
        return 0  # the elided clause repeats the first one's "на"/"by": "доля импорта — 30%" is a level
    joint = LIST_JOINT.match(extraction.periods.blanked(visible, previous.found.end, figure.start))
    if joint is None:
        return 0
    phrase = _BRACKETED.sub(" ", joint.group("phrase"))
    if re.search(r"\d", phrase) or (_CONTRARY.search(phrase) and not _ELISION_DASH.search(phrase)):
        return 0  # "экспорт снизился на 20%, а импорт — на 5%": the dash stands for the same verb
    words = words_of(phrase, 0, extraction.language, -1)
    # "а в III квартале — на 0,4%": a dash stands for the verb where only the period is new
    if any(word.part == VERB for word in words) or not (dash_after or _ELISION_DASH.search(phrase) or any(
            w.part in (NOUN, PROPER, ADJECTIVE) for w in words)):
        return 0  # a verb of its own, or no subject (nor a dash for the verb): not elided
    return printed_direction(visible, anchor.found)


def _led(visible: str, figure: FoundFigure, in_sentence: list[ExtractedFigure]) -> bool:
    """Whether a change is printed after "на"/"by", its own or the one its list shares ("на 1,7 и 2,5%")."""
    def own_lead(change: FoundFigure) -> bool:
        return bool(CHANGE_LEAD.match(visible[change.start : change.end])) or bool(_lead_before(visible, change.start))
    if own_lead(figure):
        return True
    before = next((f.found for f in in_sentence if f.found.end <= figure.start), None)
    return before is not None and own_lead(before) and bool(_COORDINATED.fullmatch(visible, before.end, figure.start))


def _lead_before(visible: str, start: int) -> re.Match[str] | None:
    """The "на"/"by" printed right before a figure starting at `start`, if any."""
    return _LEAD_BEFORE.search(visible, max(0, start - _LEAD_REACH), start)


def _bracketed(visible: str, figure: FoundFigure) -> bool:
    """Whether a figure stands alone in brackets: "уступает итогам августа (10,7 млн тонн)"."""
    return bool(re.search(r"\(\s*\Z", visible[max(0, figure.start - 3) : figure.start])) and bool(
        CLOSING.match(visible, figure.end))
