"""How a change is printed around its figure: its direction, its baseline, and the figures tied to it.

- Gapping: in "продажи грузовиков снизились на 10%, автобусов - на 20%" and "exports fell 5%, imports 3%" the
  second clause has no verb of its own; it keeps the direction of the verb of the first clause of the list.
- A comparative after the figure gives its sign and names its baseline: "на 5% меньше показателей января-сентября
  2024 года", "0.4% above August's level", "5% lower than in 2023".
- An amount in brackets right after a change is the level of the same subject ("снизились на 10% (5 000 шт.)"),
  or, when the change phrase goes on after the bracket, the same change in absolute terms ("на 1,2% (20 тыс.
  баррелей в сутки) ниже показателей июля", "up 2% (300,000 barrels a day) on August").
- A sentence that opens with "Это" / "That is" and a change is about the figure of the sentence before it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from fractions import Fraction
from itertools import islice

from factcheck import lexicon
from factcheck.extract.form_evidence import FormFound
from factcheck.extract.model import ExtractedFigure, Extraction
from factcheck.extract.periods import MONTH_WORD, month_without_year
from factcheck.extract.words import ADJECTIVE, NOUN, PROPER, VERB, WORD, russian_readings, words_of
from factcheck.figures import (
    CHANGE_CUES_DOWN,
    CHANGE_CUES_UP,
    CHANGE_LEAD,
    FoundFigure,
    SignCue,
    SignEvidence,
    direction_before,
    figure_extent,
    verb_before,
)
from factcheck.quantities import Amount, Ratio, Reader, plain_digits, read_in_text, resolve_unit


def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_BRACKET = r"\s*\([^()\n]{1,80}\)"
_ABOVE = _alternatives(lexicon.ABOVE_BASELINE + lexicon.AHEAD_OF_BASELINE)
_BELOW = _alternatives(lexicon.BELOW_BASELINE + lexicon.BEHIND_BASELINE)
# right after a figure (past a bracket): "на 5% меньше", "0.4% (30,000 bpd) above"
_ON = rf"(?=\s+(?:{_alternatives(lexicon.ON_BASELINE)})\s)"
# the full stop of an abbreviated unit is the unit's: "на 240 тыс. меньше"
_ABBREVIATION_STOP = r"(?:(?<=[^\W\d_])\.)?"
_COMPARATIVE = re.compile(
    rf"{_ABBREVIATION_STOP}(?:{_BRACKET})?\s*(?:(?P<above>{_ABOVE}|(?:{_alternatives(lexicon.UP_ON_BASELINE)}){_ON})|"
    rf"(?P<below>{_BELOW}|(?:{_alternatives(lexicon.DOWN_ON_BASELINE)}){_ON}))(?!\w)",
    re.IGNORECASE,
)
# between a comparative and the period it names: "показателей", ", чем в", "than in", "the level of"
_THE = rf"(?:(?:{_alternatives(lexicon.ARTICLE_WORDS)})\s+)?"
_BASELINE_NOUN = (rf"{_THE}(?:{_alternatives(lexicon.BASELINE_NOUNS)})\s+"
                  rf"(?:(?:{_alternatives(lexicon.BASELINE_NOUN_LINKS)})\s+)?")
_PERIOD_PREPOSITION = rf"(?:(?:{_alternatives(lexicon.BASELINE_PERIOD_PREPOSITIONS)})\s+)?"
# a preposition alone dates the figure ("0.3% lower in 2024"); after "than" or a baseline noun it names the baseline
_TO_BASELINE = re.compile(
    rf"\s*,?\s*(?:(?:{_alternatives(lexicon.THAN_WORDS)})\s+(?:{_BASELINE_NOUN})?{_PERIOD_PREPOSITION}|"
    rf"{_BASELINE_NOUN}{_PERIOD_PREPOSITION}|(?:{_alternatives(lexicon.ON_BASELINE)})\s+)?{_THE}",
    re.IGNORECASE,
)
# a baseline named without a comparative, right after the change: "up 2% on August", "(...) против июля"
_BASELINE_WORD = re.compile(rf"\s*(?:{_alternatives(lexicon.BASELINE_PREPOSITIONS)})\s+".replace(r"\ ", r"\s+"),
                            re.IGNORECASE)
_MONTH = re.compile(MONTH_WORD, re.IGNORECASE)
_YEAR_BEFORE = re.compile(rf"\s+(?:{_alternatives(lexicon.YEAR_BEFORE_PHRASES)})".replace(r"\ ", r"\s+"),
                          re.IGNORECASE)
# a verb of change and its object before "by"/"на": "increased earnings by", "сократила расходы на"
_LEADS = "|".join(lexicon.CHANGE_LEADS)
_DOWN_VERBS = CHANGE_CUES_DOWN
_UP_VERBS = CHANGE_CUES_UP
_DOWN_OBJECT_BY = re.compile(rf"(?<!\w)(?:{_DOWN_VERBS})(?:\s+[^\W\d]+){{1,3}}\s+(?:{_LEADS})\s+$", re.IGNORECASE)
_UP_OBJECT_BY = re.compile(rf"(?<!\w)(?:{_UP_VERBS})(?:\s+[^\W\d]+){{1,3}}\s+(?:{_LEADS})\s+$", re.IGNORECASE)
# a value printed as the start of a change: "from $13.48 billion", "с 7,5%", "compared to $3.0 billion"
_CHANGE_START_BEFORE = re.compile(rf"(?<!\w)(?:{_alternatives(lexicon.CHANGE_START_WORDS)})\s*$".replace(r"\ ", r"\s+"),
                                  re.IGNORECASE)
_CHANGE_START_TEXT = re.compile(rf"(?:{_alternatives(lexicon.CHANGE_START_WORDS)})\s".replace(r"\ ", r"\s+"),
                                re.IGNORECASE)
# what joins the clauses of a list: a comma or "и"/"and", after the bracket that closes the previous figure
_JOINS = _alternatives(lexicon.LIST_JOINS)
_LIST_JOINT = re.compile(rf"^\.?\s?\)?\s*(?:[,;]\s*(?:(?:{_JOINS})\s+)?|(?:{_JOINS})\s+)(?P<phrase>[^.!?:]*)$",
                         re.IGNORECASE)
_CONTRARY = re.compile(rf"(?<!\w)(?:{_alternatives(lexicon.CONTRARY_WORDS)})(?!\w)", re.IGNORECASE)
# a dash where the verb is left out, maybe with a particle after it: "а импорт — на 5%", "а импорт — лишь на 5%"
_ELISION_DASH = re.compile(r"\s[-–—]\s*(?:[^\W\d]+\s+)?$")
_CLOSING = re.compile(r"\.?\s?\)")  # the bracket closing a figure ("шт.)": the full stop is the unit's)
_BRACKETED = re.compile(r"\([^()\n]*\)")
_SHARE_AFTER = re.compile(rf"\s+(?:{_alternatives(lexicon.SHARE_OF_WORDS)})\s", re.IGNORECASE)
_OPENS_WITH_PRONOUN = re.compile(
    rf"^[\s«\"“]*(?:{_alternatives(lexicon.ANAPHORA_OPENERS)})(?!\w)\s*(?:[-–—]\s*)?(?:(?:{_alternatives(lexicon.ANAPHORA_CHANGE_LEADS)})\s+)?$",
    re.IGNORECASE,
)
# a noun of direction printed with the figure: "a 15.8% drop in profit", "a drop of 1,200", "рост на 5%"
_DOWN_NOUNS = _alternatives(lexicon.CHANGE_NOUNS_DOWN + lexicon.PRICE_DIFFERENCE_NOUNS_DOWN)
_UP_NOUNS = _alternatives(lexicon.CHANGE_NOUNS_UP + lexicon.PRICE_DIFFERENCE_NOUNS_UP)
_DIRECTION_NOUN_AFTER = re.compile(rf"\s+(?:(?P<down>{_DOWN_NOUNS})|(?P<up>{_UP_NOUNS}))(?!\w)", re.IGNORECASE)
_DIRECTION_NOUN_BEFORE = re.compile(rf"(?<!\w)(?:(?P<down>{_DOWN_NOUNS})|(?P<up>{_UP_NOUNS}))\s+"
                                    rf"(?:{_alternatives(lexicon.DIRECTION_NOUN_LINKS)})\s+\Z",
                                    re.IGNORECASE)
# a noun of change as the subject of a linking verb: "спад составил 2,6%", "the increase was 5%"
_NOUN_THEN_LEVEL_VERB = re.compile(
    rf"(?<!\w)(?:(?P<down>{_DOWN_NOUNS})|(?P<up>{_UP_NOUNS}))(?:\s+[^\W\d]+){{0,3}}\s+"
    rf"(?:{_alternatives(lexicon.LEVEL_VERBS)})\s+\Z", re.IGNORECASE)
_NOUN_THEN_DASH = re.compile(
    rf"(?<!\w)(?:(?P<down>{_DOWN_NOUNS})|(?P<up>{_UP_NOUNS}))(?:\s+[^\W\d]+){{0,3}}\s+[-–—]\s*\Z", re.IGNORECASE)
_NOUN_THEN_AT = re.compile(rf"(?<!\w)(?:(?P<down>{_DOWN_NOUNS})|(?P<up>{_UP_NOUNS})),?\s+"
                           rf"{lexicon.any_of(lexicon.CHANGE_NOUN_SIZE_LINKS)}\s+\Z", re.IGNORECASE)
# the words between a change and its restatement: ", or", " for the week, or", ", или"
_APPOSITION = re.compile(rf"[^\d;!?()]{{0,40}}(?<!\w)(?:{_alternatives(lexicon.APPOSITION_WORDS)})\s+"
                         rf"(?:(?:{_alternatives(lexicon.CHANGE_LEADS)})\s+)?\Z", re.IGNORECASE)
# right after a figure, its restatement: ", or some 30,000 units", " или 5%" (the restating figure follows)
_APPOSITION_AHEAD = re.compile(rf"\s*,?\s*(?:{_alternatives(lexicon.APPOSITION_WORDS)})\s+"
                               rf"(?:(?:{_alternatives(lexicon.CHANGE_LEADS)})\s+)?", re.IGNORECASE)
# figures under one "на"/"by", joined by a conjunction alone: "на 0,9 и 1%", "by 2 and 3 percent"
_COORDINATED = re.compile(rf"\s*(?:,\s*)?(?:{_JOINS})\s+\Z", re.IGNORECASE)
# a dash right after a figure stands for the verb of a gapped clause: "и 5,5% – июльским результатам"
_DASH_AFTER = re.compile(r"\s+[-–—]\s")
# the start or the end of a change, right before a figure: "from 1.5%", "to 0.9%", "с 2,5%", "до 2,1%"
_CHANGE_END_BEFORE = re.compile(rf"(?<!\w)(?:{_alternatives(lexicon.CHANGE_END_WORDS)})\s*\Z", re.IGNORECASE)
_NOUN_WORDS = re.compile(rf"(?<!\w)(?:(?P<down>{_DOWN_NOUNS})|(?P<up>{_UP_NOUNS}))(?!\w)", re.IGNORECASE)
_THAN = re.compile(rf"\s*(?:{_alternatives(lexicon.THAN_WORDS)})(?!\w)", re.IGNORECASE)
_SIGN_WORD = re.compile(rf"(?:{_alternatives(lexicon.PLUS_WORDS + lexicon.MINUS_WORDS)})\s", re.IGNORECASE)
_MINUS_WORD = re.compile(rf"(?:{_alternatives(lexicon.MINUS_WORDS)})\s", re.IGNORECASE)
# right after an amount: "640 fewer births", "12,000 more jobs", "на 640 человек меньше"
_AMOUNT_COMPARATIVE = re.compile(rf"{_ABBREVIATION_STOP}\s+"
                                 rf"(?:(?P<down>{_alternatives(lexicon.AMOUNT_COMPARATIVES_DOWN)})|"
                                 rf"(?P<up>{_alternatives(lexicon.AMOUNT_COMPARATIVES_UP)}))(?!\w)", re.IGNORECASE)
_TIMES_AFTER = re.compile(rf"(?:{_alternatives(lexicon.TIMES_WORDS)})\Z", re.IGNORECASE)
_TIMES_LEAD = re.compile(rf"(?:{_alternatives(lexicon.TIMES_LEADS)})\s", re.IGNORECASE)
_LEVEL_VERB_BEFORE = re.compile(rf"(?<!\w)(?:{_alternatives(lexicon.LEVEL_VERBS)})\s+\Z", re.IGNORECASE)
# the word right before a figure, past its "на"/"by": where a verb of change stands ("снизится на 3%", "прибавит 2%")
_WORD_BEFORE = re.compile(rf"(?<!\w)(?P<word>[^\W\d_]+)\s+(?:(?:{_alternatives(lexicon.CHANGE_LEADS)})\s+)?\Z",
                          re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+(?P<word>[^\W\d_]+)")  # the word right after a figure: "на 7,2% уступает"
_LEAD_AT_END = re.compile(rf"(?<!\w)(?:{_alternatives(lexicon.CHANGE_LEADS)})\s+\Z", re.IGNORECASE)
_VERB_PARTS = frozenset(("VERB", "INFN", "PRTF", "PRTS", "GRND"))  # pymorphy3's verb, participles and gerund
_OBJECT_WORDS = 3  # "сократит расходы на", "уступил импорту на": as many words between a verb and "на" as before
_COUNT_DIMENSION = "[count_"  # the dimension of every counting unit: people, vehicles, jobs
_MONEY_DIMENSION = "[currency_"  # every currency is a dimension of its own
_COLLECTING_FORMS = frozenset(form for lemma in lexicon.EN_COLLECTING_VERBS
                              for form in lexicon.EN_CHANGE_VERBS_UP[lemma])
_BARE_POINTS = re.compile(rf"\s+{lexicon.any_of(lexicon.BARE_POINT_WORDS)}(?!\w)", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_SENTENCE_STOP = re.compile(r"[.!?;](?:\s|\Z)")
_RESTATING = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.APPOSITION_WORDS)}(?!\w)", re.IGNORECASE)
_PER_CENT = Fraction(1, 100)  # a percentage point is a hundredth
_DEGREE_BEFORE = re.compile(rf"(?<!\w){lexicon.any_of(tuple(map(re.escape, lexicon.CHANGE_DEGREE_WORDS)))}\s+\Z"
                            .replace(r"\ ", r"\s+"), re.IGNORECASE)
_NEW_LEVEL_AFTER = re.compile(rf"\s+{lexicon.any_of(lexicon.CHANGE_END_WORDS)}\s", re.IGNORECASE)
_PREPOSITION_AT = re.compile(rf"(?:{_alternatives(lexicon.PERIOD_PREPOSITIONS)})\s+", re.IGNORECASE)
# between two changes under one verb: the first one's baseline or period, then "и"/"and"
_JOINED_PAST_BASELINE = re.compile(rf"(?P<phrase>[^\d.!?;:()]{{0,60}}?)\s(?:{_JOINS})\s+", re.IGNORECASE)
_COMPARISON_LEAD_START = re.compile(rf"\s*{lexicon.any_of(lexicon.VERB_PERIOD_LEADS)}\s", re.IGNORECASE)
# a comparative and its baseline's words before a figure's "на"/"by": "выше уровня 2023 года", "ниже прошлогодних"
_COMPARATIVE_THEN_BASELINE = re.compile(
    rf"(?<!\w)(?:(?P<above>{_ABOVE})|(?P<below>{_BELOW}))(?:\s+[^\W\d]+){{1,4}}\s*\Z", re.IGNORECASE)
# a comparative right before "на"/"by" and a figure: "стало меньше на 400 человек"
_COMPARATIVE_BY_BEFORE = re.compile(rf"(?<!\w)(?:(?P<above>{_ABOVE})|(?P<below>{_BELOW}))\s+"
                                    rf"(?:{_alternatives(lexicon.CHANGE_LEADS)})\s+\Z", re.IGNORECASE)
_GAP_WINDOW = 120  # how far back a gapped clause looks for the clause whose verb it shares
_LOOK_AHEAD = 80  # how far after a figure its comparative and baseline are looked for
# an index of Russian statistics: "104% к уровню прошлого года", "55% к январю–маю 2024 г." (format 1.2)
_INDEX_LEAD = re.compile(rf"\s+{lexicon.any_of(lexicon.INDEX_BASELINE_LEADS)}\s+", re.IGNORECASE)
_INDEX_NOUN = re.compile(rf"{lexicon.any_of(lexicon.INDEX_BASELINE_NOUNS)}(?!\w)", re.IGNORECASE)
_PHRASE_END = re.compile(r"[,;:()!?]|\.(?=\s|\Z)|\s[-–—]\s")  # the end of the baseline's words
# "исполнен на 98,7%": a verb of carrying out a plan, with the words between it and its "на"
_FULFILMENT_BEFORE = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.RU_FULFILMENT_STEMS)}(?:\s+[^\W\d]+){{0,2}}\s+\Z",
                                re.IGNORECASE)
# between a level of a plan carried out and the next one of a gapped clause: ", расходная – на "
_GAPPED_LEVEL = rf"[,;]\s*[^\d.!?;:]{{0,40}}?\s[-–—]\s+(?:{_alternatives(lexicon.CHANGE_LEADS)})\s+"
# a plan printed after a percentage: "годового плана", "от плана", "of its annual target"
_PLAN_AFTER = re.compile(rf"\s+{lexicon.any_of(lexicon.SHARE_OF_WORDS)}\s+(?:[^\W\d]+\s+){{0,2}}"
                         rf"{lexicon.any_of(lexicon.PLAN_NOUN_STEMS)}(?!\w)", re.IGNORECASE)
_RU_PLAN_AFTER = re.compile(rf"\s+(?:{lexicon.any_of(lexicon.SHARE_OF_WORDS)}\s+)?(?:[^\W\d]+\s+){{0,2}}"
                            rf"{lexicon.any_of(lexicon.PLAN_NOUN_STEMS)}(?!\w)", re.IGNORECASE)
_COMPARISON_LEAD_BEFORE = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.VERB_PERIOD_LEADS)}\s+\Z", re.IGNORECASE)
_YEAR_WORD_GAP = re.compile(r"\s*(?:[^\W\d]+\.?\s+)?")  # "года", "г.": the word a period's year may end with
_LOOK_BACK = 30  # how far before a figure its verb of change is looked for (as figures.verb_before)

LEVEL, AMOUNT_CHANGE, PREVIOUS_SENTENCE = "level", "amount-change", "previous-sentence"


@dataclass(frozen=True)
class Tie:
    """A figure tied to one before it: its level in brackets, the same change as an amount, or "Это на 5%"."""

    relation: str  # LEVEL, AMOUNT_CHANGE or PREVIOUS_SENTENCE
    other: ExtractedFigure


def as_printed_change(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> FoundFigure:
    """The figure with the form and direction its sentence gives it (a noun, a comparative, gapping, a bracket).

    What made it a change travels with it as `evidence`; its text is only how the claims file shows it.
    """
    printed = _as_printed_change(extraction, figure, sentence_start)
    return _in_percentage_points(extraction, printed) or printed


def _as_printed_change(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> FoundFigure:
    visible = extraction.article.visible
    if figure.form == "bound":
        return _comparative_by_as_change(extraction, figure) or figure
    if _signed(figure):
        return _signed_amount(figure)
    in_brackets = _bracketed_restatement(extraction, figure, sentence_start)
    if in_brackets is not None:
        return in_brackets
    index = _index_to_baseline(extraction, figure)
    if index is not None:
        return index
    if _fulfilment_before(extraction, figure) or _gapped_fulfilment(extraction, figure, sentence_start):
        return _as_fulfilled_level(visible, figure, extraction.language)
    noun = _DIRECTION_NOUN_AFTER.match(visible, figure.end) or _DIRECTION_NOUN_BEFORE.search(
        visible, max(0, figure.start - 20), figure.start)
    if noun is not None and figure.form in ("value", "change") and not figure.text.endswith(noun.group(0).strip()):
        return _as_change(visible, figure, SignEvidence(SignCue.NOUN, -1 if noun.group("down") else 1, *noun.span()),
                          extraction.language)
    factor = _factor_to_baseline(extraction, figure)
    if factor is not None:
        return factor
    if figure.form == "change" and _ratio_as_level(visible, figure) and not _NOUN_WORDS.search(
            visible, sentence_start, figure.start):
        return _as_level(visible, figure, extraction.language)
    lemma_verb = (_lemma_verb_before(extraction, figure) or _lemma_verb_after(extraction, figure)
                  or _verb_before_comparison(extraction, figure) or _verb_past_degree(extraction, figure)
                  or _comparative_before_by(extraction, figure)) if figure.evidence is None else None
    if lemma_verb is not None and figure.form == "change" and isinstance(figure.figure, Ratio) \
            and not figure.figure.percent:
        return _as_fall_by_factor(visible, figure, lemma_verb) if lemma_verb.direction < 0 else replace(
            figure, evidence=lemma_verb)  # "упадут в 2 раза", "вырастут в 2 раза"
    if lemma_verb is not None and (figure.form == "change" or _is_percent(figure)):
        # "снизится на 3%", "сокращается на 4%", "увеличившись на 11%", "прибавит 3,5%": a verb of change by lemma;
        # a rise is shown as written, as after a verb the stems read ("вырос на 5%")
        return _as_change(visible, figure, lemma_verb, extraction.language, signed_up=False)
    if figure.form == "value" and ((isinstance(figure.figure, Amount) and figure.figure.unit is not None)
                                   or _is_percent(figure)):
        restated = _restated_change(extraction, figure, sentence_start) or _noun_subject(
            extraction, figure, sentence_start) or _coordinated_change(extraction, figure, sentence_start) or \
            _restatement_ahead(extraction, figure)
        if restated is not None:
            return _as_change(visible, figure, restated, extraction.language)
    if figure.form == "change" and figure.evidence is None and CHANGE_LEAD.match(figure.text):
        # "уменьшилась на 190 тыс. человек, или на 10,1%", "fell by 190,000, or by 10.1%": the restatement keeps
        # its own "на"/"by" and the direction of the change it restates
        restated = _restated_change(extraction, figure, sentence_start) or _coordinated_past_baseline(
            extraction, figure, sentence_start)
        if restated is not None:
            return _as_change(visible, figure, restated, extraction.language, signed_up=restated.direction < 0)
    if figure.form != "value" or _is_percent(figure) or not isinstance(figure.figure, Amount):
        pass
    elif _SIGN_WORD.match(figure.text) and figure.figure.unit is not None and _is_count(figure):
        # "минус 830 человек": a count is never below zero; a sign word makes it a change
        return replace(figure, form="change", evidence=SignEvidence(
            SignCue.PRINTED, -1 if _MINUS_WORD.match(figure.text) else 1, figure.start, figure.end))
    elif figure.figure.unit is not None or _is_count(figure):
        evidence = _change_around_bracket(extraction, figure, sentence_start) or _amount_change_evidence(
            extraction, figure)
        return _as_change(visible, figure, evidence, extraction.language)
    if figure.form == "change" and figure.evidence is None and CHANGE_LEAD.match(figure.text):
        with_object = _verb_with_object(visible, figure)  # "уступил импорту на 12%": the verb signs it
        if with_object is not None and with_object.direction < 0:
            return _as_change(visible, figure, with_object, extraction.language)
    if figure.form == "change" and figure.evidence is None and isinstance(figure.figure, Ratio) \
            and not figure.figure.percent and _TIMES_LEAD.match(visible, figure.start):
        # "уменьшились на 6%, а по налогу на прибыль — в 2,5 раза": a factor in a gapped clause keeps the verb
        gapped = _gapped_direction(extraction, figure, sentence_start)
        if gapped:
            evidence = SignEvidence(SignCue.GAPPED, gapped, sentence_start, figure.start)
            return _as_fall_by_factor(visible, figure, evidence) if gapped < 0 else replace(figure, evidence=evidence)
    if _is_percent(figure) and not _SHARE_AFTER.match(visible, figure.end):
        comparative = _COMPARATIVE.match(visible, figure.end)
        if comparative is not None and not _cue_before(visible, figure.start):
            # "5% lower", "0.3% points lower in 2024", "9 percent lower than the $41 million": a percentage
            # right before a comparative is a difference to something, a change, whatever follows it
            return _as_change(visible, figure, _comparative_evidence(comparative), extraction.language)
        gapped = _gapped_direction(extraction, figure, sentence_start)
        if gapped:
            return _as_change(visible, figure, SignEvidence(SignCue.GAPPED, gapped, sentence_start, figure.start),
                              extraction.language)
    return figure


def read_form(figure: FoundFigure, share_of: str | None) -> FormFound:
    """What the figure's form rests on, once the sign reader and the share reader have read it.

    A percentage with no cue of change is a share when its whole is named, else its form is not said
    (`FormFound.NO_WHOLE`, a guess): even where a verb of change ends at it ("fell to 8.1%") it may be a share
    whose whole an earlier clause names ("plug-in hybrids grew to 7.9 per cent", of the market: measured on the
    tune split, the one such percentage not marked was wrong).
    """
    if figure.evidence is not None or (figure.form == "change" and _signed(figure)):
        return FormFound.SIGN
    if figure.form != "value" or not _is_percent(figure):
        return FormFound.PRINTED
    if share_of is not None:
        return FormFound.WHOLE_NAMED
    return FormFound.NO_WHOLE


def printed_as_change_start(visible: str, floor: int, figure: FoundFigure) -> bool:
    """Whether a value is printed as the start of a change: "from 1.5%", "compared to $3.0 billion".

    `floor` is where the look back stops (the sentence's start, or the figure before).
    """
    return bool(_CHANGE_START_BEFORE.search(visible[max(floor, figure.start - 25) : figure.start])
                or _CHANGE_START_TEXT.match(figure.text))


def tie_of(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> Tie | None:
    """The figure this one is tied to, if any, and how."""
    previous = extraction.figures[-1] if extraction.figures else None
    if previous is None:
        return None
    if previous.found.start >= sentence_start:
        if figure.form == "change" and _in_brackets_after(extraction.article.visible, previous.found, figure) \
                and previous.found.form == "change" and isinstance(figure.figure, Amount):
            return Tie(AMOUNT_CHANGE, previous)
        level_of = _bracket_level_of(extraction, figure, sentence_start)
        return Tie(LEVEL, level_of) if level_of is not None else None
    visible = extraction.article.visible
    opening = visible[sentence_start : figure.start]
    between = visible[previous.found.end : sentence_start] if sentence_start - previous.found.end <= _GAP_WINDOW \
        else "\n\n"  # the previous sentence's figure stands near its end, in the same paragraph
    if (figure.form == "change" and previous.found.form in ("value", "bound") and previous.kind == "actual"
            and previous.share_of is None and "\n\n" not in between and _OPENS_WITH_PRONOUN.match(opening)):
        return Tie(PREVIOUS_SENTENCE, previous)
    return None


def named_baseline(extraction: Extraction, figure: FoundFigure, period: str | None, checks: list[str]) -> str | None:
    """The period a change of `period` is measured from, when a comparative or "on"/"против" names it after it."""
    visible = extraction.article.visible
    position = figure.end
    bracket = re.match(_BRACKET, visible[position : position + 90])
    if bracket is not None:
        position += bracket.end()
    comparative = _COMPARATIVE.match(visible, position)
    if comparative is not None:
        found = _named_baseline_at(extraction, comparative.end(), period)
    else:
        connector = _BASELINE_WORD.match(visible, position)
        found = _named_baseline_at(extraction, connector.end(), period) if connector is not None else None
    if found is None:
        return None
    label, check = found
    if check:
        checks.append(check)
    return label


def is_comparative_baseline(visible: str, sentence_start: int, mention_start: int) -> bool:
    """Whether a period stands after a comparative as its baseline: "меньше показателей января-сентября"."""
    before = visible[max(sentence_start, mention_start - _LOOK_AHEAD) : mention_start]
    words = re.search(rf"(?:{_ABOVE}|{_BELOW})(?!\w)(?P<rest>[^.!?\d]*)$", before, re.IGNORECASE)
    return words is not None and _TO_BASELINE.fullmatch(words.group("rest")) is not None


def _baseline_follows(extraction: Extraction, position: int) -> bool:
    """Whether a period the change is measured from stands at `position`: "than in 2023", "than a year earlier"."""
    visible = extraction.article.visible
    mentions = extraction.periods.within(position, position + _LOOK_AHEAD)[:1]
    if mentions and _TO_BASELINE.fullmatch(visible, position, mentions[0].start) and not mentions[0].duration:
        return True
    return _named_baseline_at(extraction, position) is not None


def _named_baseline_at(
    extraction: Extraction, position: int, period: str | None = None
) -> tuple[str, str | None] | None:
    """The period named at `position` (past "показателей", "than in"), with the check its label needs.

    A month printed without its year is the last such month before the change's own period ("in September ...
    above August's level"); with no dated period to go by, the year is the publication date's.
    """
    visible = extraction.article.visible
    for mention in extraction.periods.within(position, position + _LOOK_AHEAD)[:1]:
        if not _TO_BASELINE.fullmatch(visible, position, mention.start):
            break  # a period further on ("... в марте"): not the one the comparative names
        if mention.duration or mention.baseline:
            return None  # "than a year earlier": the same period a year before, as `_baseline` reads it
        return mention.text, mention.check and mention.check.replace("period:", "since:", 1)
    connector = _TO_BASELINE.match(visible, position)
    month = _MONTH.match(visible, connector.end() if connector else position)
    if month is None or (month.group(0)[:1].isascii() and month.group(0)[:1].islower()):
        return None  # "in may" is a verb more often than a month: English months are capitalised
    start = re.match(r"(\d{4})-(?:(\d\d)|Q([1-4])|H([12]))", period or "")
    if start is not None:
        year, first_month = int(start.group(1)), int(start.group(2) or 0) or (
            int(start.group(3) or 0) * 3 - 2 if start.group(3) else int(start.group(4)) * 6 - 5)
        reference, check = date(year, first_month, 1) - timedelta(days=1), "taken as the last before the period"
    else:
        reference, check = extraction.published, "taken from the publication date"
    label = month_without_year(month.group(0), reference)
    if label is None:
        return None
    if _YEAR_BEFORE.match(visible, month.end()):
        return f"{int(label[:4]) - 1}{label[4:]}", None  # "августа прошлого года"
    return label, f"since: the year is not printed; {check}"


def _gapped_direction(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> int:
    """+1 or -1 when the figure ends a clause with no verb that continues a list of changes, else 0."""
    visible = extraction.article.visible
    in_sentence = [f for f in islice(reversed(extraction.figures), 3) if f.found.start >= sentence_start]
    if not in_sentence or _cue_before(visible, figure.start):
        return 0
    previous = in_sentence[0]
    anchor = previous
    if previous.found.form != "change" and len(in_sentence) > 1 and (_in_brackets_after(
            visible, in_sentence[1].found, previous.found) or _bracketed(visible, previous.found)):
        anchor = in_sentence[1]  # "снизились на 10% (5 000 шт.), автобусов - на 20%": past the level in brackets
    if anchor.found.form != "change" or not _is_percent(anchor.found) \
            or figure.start - previous.found.end > _GAP_WINDOW:
        return 0
    dash_after = _DASH_AFTER.match(visible, figure.end) is not None  # "и 5,5% – июльским результатам"
    # a factor's "в"/"in" stands where a percentage's "на"/"by" would: "на 6%, а по налогу — в 2,5 раза"
    factor = isinstance(figure.figure, Ratio) and not figure.figure.percent
    figure_led = CHANGE_LEAD.match(visible[figure.start : figure.end]) or (
        factor and _TIMES_LEAD.match(visible, figure.start))
    if bool(CHANGE_LEAD.match(visible[anchor.found.start : anchor.found.end])) != bool(figure_led) \
            and not dash_after:
        return 0  # the elided clause repeats the first one's "на"/"by": "доля импорта — 30%" is a level
    joint = _LIST_JOINT.match(extraction.periods.blanked(visible, previous.found.end, figure.start))
    if joint is None:
        return 0
    phrase = _BRACKETED.sub(" ", joint.group("phrase"))
    if re.search(r"\d", phrase) or (_CONTRARY.search(phrase) and not _ELISION_DASH.search(phrase)):
        return 0  # "экспорт снизился на 20%, а импорт — на 5%": the dash stands for the same verb
    words = words_of(phrase, 0, extraction.language, -1)
    if any(word.part == VERB for word in words) or not (dash_after or any(
            w.part in (NOUN, PROPER, ADJECTIVE) for w in words)):
        return 0  # a verb of its own, or no subject (nor a dash for the verb after the figure): not elided
    return _direction(visible, anchor.found)


def _direction(visible: str, figure: FoundFigure) -> int:
    """+1 or -1 as the change is printed: its sign, the verb before it, or a comparative after it; else 0."""
    if figure.evidence is not None and figure.evidence.direction:
        return figure.evidence.direction
    if figure.text.startswith(("-", "−")):
        return -1
    if figure.text.startswith("+"):
        return 1
    cue = _cue_before(visible, figure.start)
    if cue:
        return cue
    comparative = _COMPARATIVE.match(visible, figure.end)
    if comparative is not None:
        return 1 if comparative.group("above") else -1
    return 0


def _cue_before(visible: str, start: int) -> int:
    """+1 or -1 when a verb of change stands right before a figure ("fell", "вырос на"), else 0."""
    direction = direction_before(visible, start)
    return -1 if direction == "down" else 1 if direction == "up" else 0


def _change_around_bracket(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> SignEvidence | None:
    """The direction of an amount in brackets inside a change phrase ("на 1,2% (20 тыс. т) ниже"), else None."""
    visible = extraction.article.visible
    previous = extraction.figures[-1] if extraction.figures else None
    if previous is None or previous.found.start < sentence_start or previous.found.form != "change" \
            or not _in_brackets_after(visible, previous.found, figure):
        return None
    closing = _CLOSING.match(visible, figure.end)
    if closing is None:
        return None
    comparative = _COMPARATIVE.match(visible, closing.end())
    if comparative is not None:
        return _comparative_evidence(comparative)
    connector = _BASELINE_WORD.match(visible, closing.end())
    if connector is not None and _named_baseline_at(extraction, connector.end()) is not None:
        direction = _direction(visible, previous.found)
        return SignEvidence(SignCue.BRACKET, direction, previous.found.start, figure.start) if direction else None
    return None


def _amount_change_evidence(extraction: Extraction, figure: FoundFigure) -> SignEvidence | None:
    """What makes an amount a change, and its direction; None when it is a level.

    A verb of change right before it ("fell $3 billion to", "down 750,000 bpd", "slipped by 12,000"), or with its
    object and "by" ("increased earnings by $3 billion", "сократила расходы на 2 млрд рублей"), or a comparative
    after it that names its baseline ("174,960 tons less than in 2023", "на 1,4 млн тонн больше, чем в 2023
    году"), or a comparative of amount right after it ("640 fewer births", "12,000 more jobs"). "rose to $5
    billion" is a level: "to" stands between.
    """
    visible = extraction.article.visible
    comparative = _COMPARATIVE.match(visible, figure.end)
    if comparative is not None and _baseline_follows(extraction, comparative.end()):
        return _comparative_evidence(comparative)
    amount_comparative = _AMOUNT_COMPARATIVE.match(visible, figure.end)
    if amount_comparative is not None:
        return SignEvidence(SignCue.COMPARATIVE, -1 if amount_comparative.group("down") else 1,
                            *amount_comparative.span())
    verb = verb_before(visible, figure.start)
    if verb is not None and _collects_money(visible, verb, figure):
        return None  # "has raised $1.2 billion": the sum raised
    return verb or _lemma_verb_before(extraction, figure) or _verb_with_object(
        visible, figure) or _lemma_verb_with_object(extraction, figure) or _verb_before_comparison(
        extraction, figure) or _verb_past_degree(extraction, figure) or _comparative_before_by(extraction, figure)


def _collects_money(visible: str, verb: SignEvidence, figure: FoundFigure) -> bool:
    """Whether a verb right before an amount of money takes it as its object in the sense of collecting it.

    "has raised $1.2 billion", "the film added $53 million in its third weekend": a causative verb of change needs
    the measure it changes as its object ("raised prices by 5%", "raised its stake to 20%"); with money right after
    it, no "by" and no new level after it ("added $20 to $1,950") the money is what was collected, a level
    (lexicon.EN_COLLECTING_VERBS).
    """
    found = figure.figure
    if not isinstance(found, Amount) or found.unit is None or not found.unit.dimension.startswith(_MONEY_DIMENSION):
        return False
    words = visible[verb.start : verb.end].split()
    return len(words) == 1 and words[0].casefold() in _COLLECTING_FORMS \
        and not _NEW_LEVEL_AFTER.match(visible, figure.end)  # "added $20 to $1,950": a change and its new level


def _verb_before_comparison(extraction: Extraction, figure: FoundFigure) -> SignEvidence | None:
    """A verb of change before a period or a comparison phrase and the figure's "на"/"by", with its direction.

    "сократились по сравнению с прошлым годом на 8,1%", "выросли за январь–сентябрь 2025 года на 412 млрд
    рублей", "fell compared with a year earlier by $3 billion": what stands between the verb and its figure is
    the period the change is of, or its baseline, never its object.
    """
    visible = extraction.article.visible
    lead = CHANGE_LEAD.match(figure.text)
    by = _LEAD_AT_END.search(visible, max(0, figure.start - _LOOK_BACK), figure.start + (lead.end() if lead else 0))
    if by is None:
        return None
    mentions = extraction.periods.within(max(0, by.start() - _LOOK_AHEAD), by.start())
    if not mentions or not _YEAR_WORD_GAP.fullmatch(visible, mentions[-1].end, by.start()):
        return None  # the period's own word may follow it: "за январь–сентябрь 2025 года на"
    phrase_start = mentions[-1].start
    comparison = _COMPARISON_LEAD_BEFORE.search(visible, max(0, phrase_start - _LOOK_BACK), phrase_start)
    own_preposition = _PREPOSITION_AT.match(visible, phrase_start)  # "с июнем": the mention holds its "с"
    if comparison is None and own_preposition is not None:
        comparison = _COMPARISON_LEAD_BEFORE.search(visible, max(0, phrase_start - _LOOK_BACK),
                                                    own_preposition.end())
    if comparison is not None:
        phrase_start = comparison.start()
    verb = verb_before(visible, phrase_start)
    if verb is None and extraction.language == "ru":
        word = _WORD_BEFORE.search(visible, max(0, phrase_start - _LOOK_BACK), phrase_start)
        direction = russian_verb_direction(word.group("word")) if word is not None else 0
        verb = SignEvidence(SignCue.VERB, direction, word.start(), word.end()) if word and direction else None
    return replace(verb, end=by.end()) if verb is not None else None


def _verb_past_degree(extraction: Extraction, figure: FoundFigure) -> SignEvidence | None:
    """A verb of change before a word of degree and the figure: "fell just 38%", "выросли лишь на 2%".

    The word of degree ("just", "a steep", "a further", "лишь", "еще") says how much, never which way: the verb
    before it gives the direction, read as right before the figure (figures.verb_before, or a Russian verb by lemma).
    """
    visible = extraction.article.visible
    degree = _DEGREE_BEFORE.search(visible, max(0, figure.start - _LOOK_BACK), figure.start)
    if degree is None:
        return None
    verb = verb_before(visible, degree.start())
    if verb is None and extraction.language == "ru":
        word = _WORD_BEFORE.search(visible, max(0, degree.start() - _LOOK_BACK), degree.start())
        direction = russian_verb_direction(word.group("word")) if word is not None else 0
        verb = SignEvidence(SignCue.VERB, direction, word.start(), word.end()) if word and direction else None
    return replace(verb, end=figure.start) if verb is not None else None


def _comparative_before_by(extraction: Extraction, figure: FoundFigure) -> SignEvidence | None:
    """A comparative, its baseline and "на"/"by" before a figure: "выше уровня 2023 года на 5,1 млрд рублей".

    "ниже прошлогодних на 3%", "lower than in 2023 by $2 billion": the comparative gives the sign, the words
    between it and "на" name the baseline (a period among them is blanked, so its year is no figure between).
    """
    visible = extraction.article.visible
    lead = CHANGE_LEAD.match(figure.text)
    by = _LEAD_AT_END.search(visible, max(0, figure.start - _LOOK_BACK), figure.start + (lead.end() if lead else 0))
    if by is None:
        return None
    floor = max(0, by.start() - _LOOK_AHEAD)
    comparative = _COMPARATIVE_THEN_BASELINE.search(extraction.periods.blanked(visible, floor, by.start()))
    if comparative is None:
        return None
    return SignEvidence(SignCue.COMPARATIVE, 1 if comparative.group("above") else -1, floor + comparative.start(),
                        by.end())


def _comparative_by_as_change(extraction: Extraction, figure: FoundFigure) -> FoundFigure | None:
    """A bound read from "меньше на 400 человек", "больше на 5 млрд": a comparative with "на" is a change, no bound.

    "Меньше"/"больше" before a figure bound it ("меньше 400 человек" is under 400); with "на" between they say by
    how much the measure is below or above its baseline.
    """
    visible = extraction.article.visible
    comparative = _COMPARATIVE_BY_BEFORE.search(visible, max(0, figure.start - _LOOK_BACK), figure.start)
    if comparative is None:
        return None
    direction = 1 if comparative.group("above") else -1
    evidence = SignEvidence(SignCue.COMPARATIVE, direction, comparative.start(), figure.start)
    written = visible[figure.start : figure.end]
    shown = f"{'-' if direction < 0 else '+'}{written}"
    read = read_in_text(plain_digits(visible), figure.start, figure.end, extraction.language, shown=shown,
                        change=True, decrease=direction < 0)
    if read is None:
        return None
    return FoundFigure(figure.start, figure.end, shown, "change", None, read, figure.numbers, evidence)


def _signed_amount(figure: FoundFigure) -> FoundFigure:
    """An amount printed with a sign is a change: "(+535,000 students)", "-1,500 births" (a count is never below zero).

    A plus is never printed before a level; a minus may be ("-$3 million", a loss), except before a count.
    """
    text = figure.text.lstrip()
    if figure.form != "value" or not isinstance(figure.figure, Amount) or _is_percent(figure) \
            or not (text.startswith("+") or _is_count(figure)):
        return figure
    direction = 1 if text.startswith("+") else -1
    return replace(figure, form="change", evidence=SignEvidence(SignCue.PRINTED, direction, figure.start, figure.end))


def _bracketed_restatement(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> FoundFigure | None:
    """A percentage alone in brackets after an amount's change, as the same change: "fell by 109,000 (0.4%)".

    "уменьшилось на 1,2 тыс. (на 3,4%)" falls as the amount before it does. None when it is not such a figure.
    """
    previous = extraction.figures[-1] if extraction.figures else None
    if previous is None or previous.found.start < sentence_start or previous.found.form != "change" \
            or _is_percent(previous.found) or not isinstance(previous.found.figure, Amount) \
            or not _is_percent(figure) or figure.evidence is not None \
            or not _in_brackets_after(extraction.article.visible, previous.found, figure):
        return None
    direction = _direction(extraction.article.visible, previous.found)
    if not direction:
        return None
    evidence = SignEvidence(SignCue.BRACKET, direction, previous.found.start, figure.start)
    return _as_change(extraction.article.visible, figure, evidence, extraction.language)


def _lemma_verb_before(extraction: Extraction, figure: FoundFigure) -> SignEvidence | None:
    """A Russian verb of change right before a figure, read by its lemma in any form ("упадут на", "снизившись на")."""
    if extraction.language != "ru":
        return None
    visible = extraction.article.visible
    lead = CHANGE_LEAD.match(figure.text)
    end = figure.start + (lead.end() if lead else 0)  # "на 7%": the figure's own "на" stands before its number
    word = _WORD_BEFORE.search(visible, max(0, end - _LOOK_BACK), end)
    if word is None:
        return None
    direction = russian_verb_direction(word.group("word"))
    return SignEvidence(SignCue.VERB, direction, word.start(), word.end()) if direction else None


def _lemma_verb_after(extraction: Extraction, figure: FoundFigure) -> SignEvidence | None:
    """A Russian verb of change right after a figure led by "на", by its lemma: "что на 7,2% уступает итогам"."""
    if extraction.language != "ru" or not CHANGE_LEAD.match(figure.text):
        return None
    word = _WORD_AFTER.match(extraction.article.visible, figure.end)
    if word is None:
        return None
    direction = russian_verb_direction(word.group("word"))
    return SignEvidence(SignCue.VERB, direction, word.start("word"), word.end("word")) if direction else None


def _lemma_verb_with_object(extraction: Extraction, figure: FoundFigure) -> SignEvidence | None:
    """A Russian verb of change, its object and "на" before a figure, by lemma: "сократит расходы на 3 млрд"."""
    if extraction.language != "ru":
        return None
    visible = extraction.article.visible
    lead = CHANGE_LEAD.match(figure.text)
    end = figure.start + (lead.end() if lead else 0)
    floor = max(0, end - 60)
    by = _LEAD_AT_END.search(visible, floor, end)
    if by is None:
        return None
    words = list(WORD.finditer(visible, floor, by.start()))[-_OBJECT_WORDS - 1 : -1]
    if any(not word.group(0)[:1].isalpha() for word in words):
        return None  # a number between: another figure's phrase
    for word in reversed(words):
        direction = russian_verb_direction(word.group(0))
        if direction:
            return SignEvidence(SignCue.VERB_OBJECT, direction, word.start(), by.end())
    return None


@functools.cache
def russian_verb_direction(word: str) -> int:
    """+1 or -1 when a Russian word is a form of a verb of change (lexicon.RU_CHANGE_VERB_LEMMAS_*), else 0.

    Every reading pymorphy3 has of the word is looked at, as long as it is a verb, a participle or a gerund; the
    reflexive suffix of its lemma is folded ("снизиться" is "снизить").
    """
    for reading in russian_readings(word.casefold()):
        if reading.tag.POS not in _VERB_PARTS:
            continue
        lemma = str(reading.normal_form).replace("ё", "е")
        if lemma.endswith(lexicon.RU_REFLEXIVE_ENDINGS):
            lemma = lemma[:-2]
        if lemma in lexicon.RU_CHANGE_VERB_LEMMAS_DOWN:
            return -1
        if lemma in lexicon.RU_CHANGE_VERB_LEMMAS_UP:
            return 1
    return 0


def _verb_with_object(visible: str, figure: FoundFigure) -> SignEvidence | None:
    """A verb of change, its object and "by"/"на" before a figure: "cut spending by", "уступает импорту на"."""
    lead = CHANGE_LEAD.match(figure.text)
    end = figure.start + (lead.end() if lead else 0)  # "на 7%": the figure's own "на" ends the phrase
    floor = max(0, figure.start - 60)
    for pattern, direction in ((_DOWN_OBJECT_BY, -1), (_UP_OBJECT_BY, 1)):
        found = pattern.search(visible, floor, end)
        if found is not None:
            return SignEvidence(SignCue.VERB_OBJECT, direction, *found.span())
    return None


def _restated_change(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> SignEvidence | None:
    """The change before a figure, when the figure restates it in other terms: "gained $310, or 4.1 percent".

    A restatement changes the terms (an amount and a percentage); two amounts joined by "or" are two changes.
    """
    previous = extraction.figures[-1] if extraction.figures else None
    if previous is None or previous.found.start < sentence_start or previous.found.form != "change":
        return None
    visible = extraction.article.visible
    if _is_percent(previous.found) == _is_percent(figure):
        # "rose $2.10 for the week, or $3.40 from May": the same direction from another baseline, but read as a
        # change it meets the first one on the period reader's baseline and makes a false change-conflict
        # (measured on the tune split): left a value until the two baselines are read apart
        return None
    if not _APPOSITION.match(visible, previous.found.end, figure.start):
        return None
    direction = _direction(visible, previous.found)
    return SignEvidence(SignCue.APPOSITION, direction, previous.found.start, figure.start) if direction else None


def _restatement_ahead(extraction: Extraction, figure: FoundFigure) -> SignEvidence | None:
    """The direction of a change printed after its restatement, from the comparative after the second figure.

    "finish 3.1 per cent or some 40,000 units up on 2023", "на 1,5%, или на 20 тыс. тонн, больше, чем в 2023 году".
    """
    visible = extraction.article.visible
    joint = _APPOSITION_AHEAD.match(visible, figure.end)
    if joint is None:
        return None
    restating = figure_extent(visible, joint.end(), extraction.language)
    if restating is None or restating.relative or re.search(r"\d", visible[joint.end() : restating.start]):
        return None  # no figure right there ("or some 40,000 units": its qualifier may stand before it)
    end = restating.end
    while end > restating.start and visible[end - 1] in " ,":
        end -= 1  # the extent may take the comma that closes the restatement
    if visible.startswith(",", end):
        end += 1  # "2.4 per cent, or 90,000 tonnes, down on 2022": the restatement set off by commas
    comparative = _COMPARATIVE.match(visible, end)
    if comparative is None or not _baseline_follows(extraction, comparative.end()):
        return None
    return _comparative_evidence(comparative)


def _coordinated_change(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> SignEvidence | None:
    """The direction of a change whose "на"/"by" is printed once for two figures, joined by a conjunction alone.

    "сократились на 0,9 и 1% соответственно", "fell by 2 and 3 percent respectively".
    """
    previous = extraction.figures[-1] if extraction.figures else None
    if previous is None or previous.found.start < sentence_start or previous.found.form != "change" \
            or CHANGE_LEAD.match(figure.text):
        return None
    visible = extraction.article.visible
    if not _COORDINATED.fullmatch(visible, previous.found.end, figure.start):
        return None
    direction = _direction(visible, previous.found)
    return SignEvidence(SignCue.GAPPED, direction, previous.found.start, figure.start) if direction else None


def _coordinated_past_baseline(extraction: Extraction, figure: FoundFigure, sentence_start: int
                               ) -> SignEvidence | None:
    """The direction of a second "на"/"by" joined by "и"/"and" past the first change's baseline or period.

    "сократилась на 1,3% по сравнению с июнем и на 23,2% – с июлем 2022 года", "fell 1.3% from June and by 23.2%
    from a year earlier": the second change shares the first one's verb; what stands between is a comparison
    phrase or a period, never a verb of its own.
    """
    previous = extraction.figures[-1] if extraction.figures else None
    if previous is None or previous.found.start < sentence_start or previous.found.form != "change":
        return None
    visible = extraction.article.visible
    joined = _JOINED_PAST_BASELINE.fullmatch(extraction.periods.blanked(visible, previous.found.end, figure.start))
    if joined is None:
        return None
    phrase = visible[previous.found.end : previous.found.end + joined.end("phrase")]  # as printed, same length
    if joined.group("phrase").strip() and not _COMPARISON_LEAD_START.match(phrase):
        return None
    if any(word.part == VERB for word in words_of(phrase, 0, extraction.language, -1)):
        return None
    direction = _direction(visible, previous.found)
    return SignEvidence(SignCue.GAPPED, direction, previous.found.start, figure.start) if direction else None


def whole_of_change_start(extraction: Extraction, figure: FoundFigure, metric_id: str) -> str | None:
    """The whole of a percentage that starts or ends a change whose other end is a share of it, as a metric id.

    "fell to 86.7% of GDP from 89%", "up from 0.6%" after "0.8% of GDP", "с 2,5% ВВП до 2,1%": the whole is
    printed once, with the first end; the other end is a share of the same whole.
    """
    previous = extraction.figures[-1] if extraction.figures else None
    if previous is None or previous.share_of is None or previous.metric != metric_id or figure.form != "value" \
            or not _is_percent(figure) or figure.start - previous.found.end > _LOOK_AHEAD:
        return None
    visible = extraction.article.visible
    between = extraction.periods.blanked(visible, previous.found.end, figure.start)
    if re.search(r"[\d;!?]", between) or "\n" in between:
        return None  # another figure, or another sentence, between the two ends
    if printed_as_change_start(visible, previous.found.end, figure) or _CHANGE_END_BEFORE.search(between):
        return previous.share_of
    return None


def whole_of_bracketed_share(extraction: Extraction, figure: FoundFigure) -> str | None:
    """The whole of a percentage alone in brackets right after a level: its share of that level's whole.

    "убрана с площади 5,2 млн га (84%)", "harvested 21 million acres (64%)": the part is printed, its whole (the
    plan, the total) is not; it is declared as a metric of its own with no figure. A signed percentage ("(+12%)")
    is a change, and one after a change is the same change in per cent.
    """
    previous = extraction.figures[-1] if extraction.figures else None
    if previous is None or figure.form != "value" or not _is_percent(figure) or previous.found.form != "value" \
            or previous.share_of is not None or _is_percent(previous.found) \
            or not isinstance(previous.found.figure, Amount) or previous.found.figure.unit is None \
            or not _in_brackets_after(extraction.article.visible, previous.found, figure):
        return None
    name, unit, flow = extraction.metrics[previous.metric]
    whole = f"{previous.metric}-whole"
    extraction.metrics.setdefault(whole, (f"{name} (the whole)", unit, flow))  # a whole of hectares is hectares
    return whole


def _noun_subject(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> SignEvidence | None:
    """The direction of a noun of change a figure measures, else None.

    Its subject, before a linking verb ("спад составил 2,6%", "the increase was 5%"), or, for a percentage
    alone in brackets, the noun that opens its sentence before any figure ("Самый большой прирост цен пришелся на
    сахар (6,1%), гречку (5%)").
    """
    visible = extraction.article.visible
    linked = _NOUN_THEN_LEVEL_VERB.search(visible, max(sentence_start, figure.start - 80), figure.start) or \
        _NOUN_THEN_AT.search(visible, max(sentence_start, figure.start - 40), figure.start)
    if linked is not None:
        return SignEvidence(SignCue.NOUN_SUBJECT, -1 if linked.group("down") else 1, *linked.span())
    # a dash stands for the linking verb, past the period the noun is of: "Рост вкладов с начала года – 6,6%"
    floor = max(sentence_start, figure.start - 80)
    dashed = _NOUN_THEN_DASH.search(extraction.periods.blanked(visible, floor, figure.start))
    if dashed is not None:
        return SignEvidence(SignCue.NOUN_SUBJECT, -1 if dashed.group("down") else 1, floor + dashed.start(),
                            floor + dashed.end())
    if not _is_percent(figure) or visible[figure.start - 1 : figure.start] != "(" \
            or visible[figure.end : figure.end + 1] != ")":
        return None
    first = next((f.found.start for f in extraction.figures if f.found.start >= sentence_start), figure.start)
    noun = _NOUN_WORDS.search(visible, sentence_start, first)
    if noun is None or re.search(r"\d", visible[sentence_start : noun.start()]):
        return None
    return SignEvidence(SignCue.NOUN_SUBJECT, -1 if noun.group("down") else 1, *noun.span())


def _comparative_evidence(comparative: re.Match[str]) -> SignEvidence:
    return SignEvidence(SignCue.COMPARATIVE, 1 if comparative.group("above") else -1, *comparative.span())


def _ratio_as_level(visible: str, figure: FoundFigure) -> bool:
    """Whether a multiplier is a level: "составило 1,2 раза", "was 1.2 times" (no "в"/"in", no verb of change)."""
    if not isinstance(figure.figure, Ratio) or figure.figure.percent or figure.evidence is not None:
        return False
    if not _TIMES_AFTER.search(visible, figure.start, figure.end) or _TIMES_LEAD.match(visible, figure.start):
        return False  # "в 1,2 раза", "x1.2", "вдвое": a multiplier of change
    return bool(_LEVEL_VERB_BEFORE.search(visible, max(0, figure.start - 30), figure.start))


def _factor_to_baseline(extraction: Extraction, figure: FoundFigure) -> FoundFigure | None:
    """A multiplier before a comparative, as the change it says: "в 11 раз меньше", "three times higher than".

    "что в 11 раз меньше, чем годом ранее" is a multiplier under one, as the claims format reads "в 4 раза
    меньше"; "three times higher than in 2023" one over it. None when it is no multiplier, when no comparative
    follows it, or when a verb already gave its direction ("сократилась в 4 раза").
    """
    found = figure.figure
    if not isinstance(found, Ratio) or found.percent or figure.form not in ("value", "change") \
            or (figure.evidence is not None and figure.evidence.direction):
        return None
    visible = extraction.article.visible
    comparative = _COMPARATIVE.match(visible, figure.end)
    if comparative is None:
        return None
    word = comparative.group("above") or comparative.group("below")
    written = visible[figure.start : figure.end]
    shown = f"{written} {word}"
    read = read_in_text(plain_digits(visible), figure.start, figure.end, extraction.language, shown=shown,
                        change=True, decrease=comparative.group("below") is not None)
    if read is None:
        return None
    return FoundFigure(figure.start, figure.end, shown, "change", None, replace(read, text=shown), figure.numbers,
                       _comparative_evidence(comparative))


def _as_level(visible: str, figure: FoundFigure, language: str) -> FoundFigure:
    """A multiplier read as the level of a ratio: `value: "1,2 раза"` on a metric whose unit is x."""
    written = visible[figure.start : figure.end]
    read = read_in_text(plain_digits(written), 0, len(written), language, shown=written)
    if read is None:
        return figure
    return replace(figure, text=written, form="value", figure=read)


def _as_fall_by_factor(visible: str, figure: FoundFigure, evidence: SignEvidence) -> FoundFigure:
    """A multiplier after a Russian verb of decline: "упадут в 2 раза" is shown "в 2 раза меньше", as it loads."""
    written = visible[figure.start : figure.end]
    read = read_in_text(plain_digits(written), 0, len(written), "ru", shown=f"-{written}", change=True,
                        decrease=True)
    if read is None:
        return figure
    shown = f"{written} {lexicon.DECREASE_AFTER[0]}"
    return FoundFigure(figure.start, figure.end, shown, "change", None, replace(read, text=shown), figure.numbers,
                       evidence)


def _is_count(figure: FoundFigure) -> bool:
    """Whether a figure counts things: a bare number, or a counting unit ("человек", "jobs", "units")."""
    found = figure.figure
    if not isinstance(found, Amount):
        return False
    return found.unit is None or found.unit.dimension.startswith(_COUNT_DIMENSION)


def _bracket_level_of(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> ExtractedFigure | None:
    """The change whose level this amount in brackets is: "снизились на 10% (5 000 шт.),", "fell 5% (2,300 units)"."""
    previous = extraction.figures[-1] if extraction.figures else None
    if (previous is None or previous.found.start < sentence_start or previous.found.form != "change"
            or figure.form != "value" or not isinstance(figure.figure, Amount) or _is_percent(figure)
            or not _in_brackets_after(extraction.article.visible, previous.found, figure)):
        return None
    return previous


def _in_brackets_after(visible: str, first: FoundFigure, second: FoundFigure) -> bool:
    """Whether `second` stands alone in brackets right after `first`: "на 12% (5 000 шт.)", "на 1,2 тыс. (3,4%)".

    The full stop of an abbreviated unit ending `first` is the unit's.
    """
    opening = r"\.?\s*\(\s*" if visible[first.end - 1 : first.end].isalpha() else r"\s*\(\s*"
    return bool(re.fullmatch(opening, visible[first.end : second.start])) and bool(
        _CLOSING.match(visible, second.end))


def _bracketed(visible: str, figure: FoundFigure) -> bool:
    """Whether a figure stands alone in brackets: "уступает итогам августа (10,7 млн тонн)"."""
    return bool(re.search(r"\(\s*\Z", visible[max(0, figure.start - 3) : figure.start])) and bool(
        _CLOSING.match(visible, figure.end))


def _signed(figure: FoundFigure) -> bool:
    return figure.text.lstrip().startswith(("-", "−", "+"))


def _is_percent(figure: FoundFigure) -> bool:
    found = figure.figure
    if isinstance(found, Ratio):
        return found.percent
    return isinstance(found, Amount) and found.unit is not None and found.unit.name == "percent"  # "п.п.", "3%"


def _as_change(visible: str, figure: FoundFigure, evidence: SignEvidence | None, language: str,
               signed_up: bool = True) -> FoundFigure:
    """The figure as a change in the direction `evidence` gives, shown "-21%", "+30 тыс. баррелей в сутки".

    The figure is read where it is written, with the direction as an argument; its text is only how a claims
    file shows it. With `signed_up` false a rise is shown as written ("на 5%"): a change is a rise unless signed.
    """
    if evidence is None or evidence.direction == 0:
        return figure
    written = visible[figure.start : figure.end]
    qualifier, body = _qualifier_apart(written, language)
    unsigned = CHANGE_LEAD.sub("", body, count=1).lstrip()
    shown = written if evidence.direction > 0 and not signed_up else \
        f"{qualifier}{'-' if evidence.direction < 0 else '+'}{unsigned}"
    lead_at = len(written) - len(body) if CHANGE_LEAD.match(body) else None
    read = read_in_text(plain_digits(written), 0, len(written), language, shown=shown, change=True,
                        decrease=evidence.direction < 0, lead_at=lead_at)
    if read is None:
        return figure
    return FoundFigure(figure.start, figure.end, shown, "change", None, read, figure.numbers, evidence)


def _in_percentage_points(extraction: Extraction, figure: FoundFigure) -> FoundFigure | None:
    """A bare number followed by "points" whose change ends at a percentage, as a change in percentage points.

    "The unemployment rate fell 0.2 points to 4.1%", "0.5 points higher than a year earlier, at 21.6%", "выросла на
    0,4 пункта и достигла 5,1%": the points are the percentage's. "The index fell 50 points to 8,200" are index
    points, and so are "50 points, or 0.6%" (the percentage restates the change). The direction is the one the
    sign reader found, else a comparative after the points word. None when it is not such a figure.
    """
    found = figure.figure
    if figure.form not in ("value", "change") or not isinstance(found, Amount) or found.unit is not None:
        return None
    visible = extraction.article.visible
    points = _BARE_POINTS.match(visible, figure.end)
    if points is None or not _percentage_follows(extraction, points.end()):
        return None
    direction = figure.evidence.direction if figure.evidence is not None else 0
    evidence = figure.evidence
    if figure.form == "value":
        comparative = _COMPARATIVE.match(visible, points.end())
        if comparative is None:
            return None
        evidence = _comparative_evidence(comparative)
        direction = evidence.direction
    if not direction or evidence is None:
        return None
    written = visible[figure.start : figure.end]
    qualifier, body = _qualifier_apart(written, extraction.language)
    number = CHANGE_LEAD.sub("", body, count=1).lstrip().lstrip("+-−")
    shown = (f"{qualifier}{'-' if direction < 0 else '+'}{number} "
             f"{lexicon.POINTS_AS_PERCENTAGE_POINTS[extraction.language]}")
    read = read_in_text(plain_digits(visible), figure.start, figure.end, extraction.language, shown=shown,
                        change=True, decrease=direction < 0,
                        lead_at=figure.start if CHANGE_LEAD.match(written) else None)
    if not isinstance(read, Amount):
        return None
    percentage_points = Amount(shown, read.interval.scaled(_PER_CENT), resolve_unit("%"), read.qualifier)
    return FoundFigure(figure.start, points.end(), shown, "change", None, percentage_points, figure.numbers,
                       evidence)


def _percentage_follows(extraction: Extraction, position: int) -> bool:
    """Whether the next figure of the sentence after `position` is a percentage the change ends or starts at.

    Only words stand between (no restating "or": "50 points, or 0.6%").
    """
    visible = extraction.article.visible
    digit = _DIGIT.search(visible, position, min(len(visible), position + _LOOK_AHEAD))
    if digit is None:
        return False
    between = visible[position : digit.start()]
    if _SENTENCE_STOP.search(between) or _RESTATING.search(between):
        return False
    other = figure_extent(visible, digit.start(), extraction.language)
    return other is not None and other.percent and not other.relative


def _qualifier_apart(written: str, language: str) -> tuple[str, str]:
    """A figure's qualifier (with its space) and the rest: "Some 6,100" is ("some ", "6,100"), "на 5%" ("", "на 5%").

    The sign is the number's, after the qualifier, as a claims file writes it ("some -6,100", "почти -400"); the
    capital of a qualifier opening the sentence is the sentence's.
    """
    reader = Reader(written, language, (), exact=False, running_text=True)
    if reader.qualifier() is None:
        return "", written
    qualifier = written[: reader.pos].strip()
    if qualifier[1:].islower():
        qualifier = qualifier[:1].lower() + qualifier[1:]
    return f"{qualifier} ", written[reader.pos :]


def _index_to_baseline(extraction: Extraction, figure: FoundFigure) -> FoundFigure | None:
    """A percentage of a baseline named after "к", as Russian statistics print an index; else None.

    "104% к уровню прошлого года", "96,4% к аналогичному периоду", "55% к январю–маю 2024 г." are changes, a ratio
    to the baseline (104% is +4%): the claim writes the words up to the end of the baseline's phrase, as the
    claims format reads an index. A year not yet over after "к" is a target ("105% к 2030 году"), not a baseline.
    """
    if extraction.language != "ru" or figure.form != "value" or not _is_percent(figure) \
            or figure.evidence is not None:
        return None
    visible = extraction.article.visible
    lead = _INDEX_LEAD.match(visible, figure.end)
    if lead is None:
        return None
    # the period reader's mention may take the "к" of a target year ("к 2023 году")
    mentions = extraction.periods.within(lead.start() + 1, lead.end() + _LOOK_AHEAD)[:1]
    dated = bool(mentions) and mentions[0].start <= lead.end() and not (
        mentions[0].target and mentions[0].text[:4].isdigit()
        and int(mentions[0].text[:4]) >= extraction.published.year)
    noun = _INDEX_NOUN.match(visible, lead.end())
    if not dated and noun is None:
        return None
    phrase_end = _PHRASE_END.search(visible, lead.end(), min(len(visible), lead.end() + _LOOK_AHEAD))
    end = phrase_end.start() if phrase_end is not None else (mentions[0].end if dated else lead.end() + len(
        noun.group(0) if noun else ""))
    written = visible[figure.start : end].rstrip()
    read = read_in_text(plain_digits(visible), figure.start, figure.start + len(written), extraction.language,
                        shown=written, change=True)
    if not isinstance(read, Ratio):
        return None
    low, high = read.interval.low, read.interval.high
    direction = 1 if low is not None and low > 1 else -1 if high is not None and high < 1 else 0
    return FoundFigure(figure.start, figure.end, written, "change", None, read, figure.numbers,
                       SignEvidence(SignCue.INDEX, direction, figure.start, end))


def _fulfilment_before(extraction: Extraction, figure: FoundFigure) -> bool:
    """Whether a percentage after "на" tells how much of a plan was carried out: "бюджет исполнен на 98,7%"."""
    if extraction.language != "ru" or figure.form != "change" or figure.evidence is not None \
            or not _is_percent(figure) or not CHANGE_LEAD.match(figure.text):
        return False
    return bool(_FULFILMENT_BEFORE.search(extraction.article.visible, max(0, figure.start - _LOOK_BACK),
                                          figure.start))


def _gapped_fulfilment(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> bool:
    """Whether "на X%" in a clause with no verb of its own continues a plan carried out: "расходная – на 55%".

    "Доходная часть исполнена на 58%, расходная – на 55%": the second clause shares the first one's verb.
    """
    if extraction.language != "ru" or figure.form != "change" or figure.evidence is not None \
            or not _is_percent(figure) or not CHANGE_LEAD.match(figure.text):
        return False
    previous = extraction.figures[-1] if extraction.figures else None
    if previous is None or previous.found.start < sentence_start or not _fulfilled(extraction, previous.found):
        return False
    joint = _LIST_JOINT.match(extraction.periods.blanked(extraction.article.visible, previous.found.end,
                                                         figure.start))
    if joint is None or re.search(r"\d", joint.group("phrase")):
        return False
    return not any(word.part == VERB for word in words_of(joint.group("phrase"), 0, extraction.language, -1))


def _fulfilled(extraction: Extraction, figure: FoundFigure) -> bool:
    """Whether a level read from "на X%" follows a verb of carrying out a plan: "исполнен на 98,7%"."""
    return extraction.language == "ru" and figure.form == "value" and _is_percent(figure) and bool(
        _FULFILMENT_BEFORE.search(extraction.article.visible, max(0, figure.start - _LOOK_BACK), figure.start))


def whole_of_plan(extraction: Extraction, figure: FoundFigure, metric_id: str) -> str | None:
    """The plan a percentage says how much of was carried out, as a metric id: "расходы исполнены на 41,5%".

    Or the plan it names after it when the share reader names no whole: "или 38,9% годового плана".

    "Доходная часть исполнена на 58%, расходная – на 55%": each is a share of its plan (format 1.2: a share `of`
    a target), which the article does not print; the plan is declared as a metric of its own with no figure, in
    the unit of the measure it plans.
    """
    if figure.form != "value" or not _is_percent(figure):
        return None
    previous = extraction.figures[-1] if extraction.figures else None
    plan_after = _RU_PLAN_AFTER if extraction.language == "ru" else _PLAN_AFTER  # "a 2% inflation target" is one
    fulfilled = _fulfilled(extraction, figure) or plan_after.match(extraction.article.visible, figure.end) or (
        previous is not None and _fulfilled(extraction, previous.found)
        and re.fullmatch(_GAPPED_LEVEL, extraction.article.visible[previous.found.end : figure.start]) is not None)
    if not fulfilled:
        return None
    name, unit, flow = extraction.metrics.get(metric_id, ("", "", True))
    whole = f"{metric_id}-{lexicon.PLAN_NAMES['en']}"
    plan = lexicon.PLAN_NAMES[extraction.language]
    extraction.metrics.setdefault(whole, (f"{name} ({plan})" if name else plan.capitalize(),
                                          unit if unit not in ("", "%") else "count", flow))
    return whole


def _as_fulfilled_level(visible: str, figure: FoundFigure, language: str) -> FoundFigure:
    """The percentage of a plan carried out, as a level: "на 98,7%" is written "98,7%" (its "на" is the verb's)."""
    lead = CHANGE_LEAD.match(visible[figure.start : figure.end])
    start = figure.start + (lead.end() if lead is not None else 0)
    written = visible[start : figure.end]
    read = read_in_text(plain_digits(visible), start, figure.end, language, shown=written)
    if read is None:
        return figure
    return FoundFigure(start, figure.end, written, "value", None, read, figure.numbers)
