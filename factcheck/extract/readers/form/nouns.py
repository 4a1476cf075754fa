"""Nouns of change: "a 15.8% drop in profit", "a drop of 1,200", "рост на 5%", "спад составил 2,6%".

- A noun of direction printed with the figure, after it or before it with its link: "a 15.8% drop", "a drop of
  1,200", "рост на 5%".
- A noun of change as the subject a figure measures, before a linking verb or a dash: "спад составил 2,6%", "the
  increase was 5%", "Рост вкладов с начала года – 6,6%".
- A percentage alone in brackets measures the noun of change that opens its sentence: "Самый большой прирост цен
  пришелся на сахар (6,1%), гречку (5%)".
"""

from __future__ import annotations

import re

from factcheck import lexicon
from factcheck.extract.model import Extraction
from factcheck.extract.readers.form.shared import alternatives, as_change, is_percent, measured_change
from factcheck.figures import NOT_A_BALANCE, FoundFigure, SignCue, SignEvidence

# never the name of a balance: "a natural decrease of 3,200" is the decrease's level
_DOWN_NOUNS = NOT_A_BALANCE + f"(?:{alternatives(lexicon.CHANGE_NOUNS_DOWN + lexicon.PRICE_DIFFERENCE_NOUNS_DOWN)})"
_UP_NOUNS = NOT_A_BALANCE + f"(?:{alternatives(lexicon.CHANGE_NOUNS_UP + lexicon.PRICE_DIFFERENCE_NOUNS_UP)})"
_NOUN = rf"(?:(?P<down>{_DOWN_NOUNS})|(?P<up>{_UP_NOUNS}))"  # either way, as its group says


def _right_after(noun: str) -> re.Pattern[str]:
    """A noun of change right after its figure: "a 15.8% drop"."""
    return re.compile(rf"\s+{noun}(?!\w)", re.IGNORECASE)


def _linked_before(noun: str) -> re.Pattern[str]:
    """A noun of change and its link before its figure: "a drop of 1,200", "a drop of just 34%" (a degree adverb)."""
    return re.compile(rf"(?<!\w){noun}\s+(?:{alternatives(lexicon.DIRECTION_NOUN_LINKS)})\s+"
                      rf"(?:(?:{alternatives(lexicon.DEGREE_ADVERBS)})\s+)?\Z", re.IGNORECASE)


_DIRECTION_NOUN_AFTER = _right_after(_NOUN)
_DIRECTION_NOUN_BEFORE = _linked_before(_NOUN)
# a noun of change as the subject of a linking verb: "спад составил 2,6%", "the increase was 5%", an adverb of degree
# between ("прирост за сентябрь составлял лишь 0,3%", "the increase was just 2%"), an aside set off by commas too
# ("Earnings growth, excluding bonuses, was 4.4%")
_NOUN_THEN_LEVEL_VERB = re.compile(
    rf"(?<!\w){_NOUN}(?:\s+[^\W\d]+){{0,4}}(?:,(?:\s+[^\W\d]+){{1,4}},)?\s+(?:{alternatives(lexicon.LEVEL_VERBS)})\s+"
    rf"(?:(?:{alternatives(lexicon.DEGREE_ADVERBS)})\s+)?\Z", re.IGNORECASE)
# a dash stands for the linking verb: "Рост вкладов с начала года – 6,6%"
_NOUN_THEN_DASH = re.compile(rf"(?<!\w){_NOUN}(?:\s+[^\W\d]+){{0,3}}\s+[-–—]\s*\Z", re.IGNORECASE)
# "saw the steepest decline, at 14.6%", "the largest decline of any state, at 45,000 students": a phrase of the
# noun's ("of any state") may stand between, never a clause of its own (no comma before the last)
_NOUN_THEN_AT = re.compile(rf"(?<!\w){_NOUN}(?:\s+{lexicon.any_of(lexicon.CHANGE_NOUN_PHRASE_PREPOSITIONS)}"
                           rf"(?:\s+[^\W\d]+){{1,2}})?,?\s+{lexicon.any_of(lexicon.CHANGE_NOUN_SIZE_LINKS)}\s+\Z",
                           re.IGNORECASE)
# nouns of rise a percentage alone makes a change: "a 3.4% expansion", "an expansion of 2%"
_PERCENT_NOUN = rf"(?P<up>{alternatives(lexicon.CHANGE_NOUNS_UP_OF_PERCENT)})"
_PERCENT_NOUN_AFTER = _right_after(_PERCENT_NOUN)
_PERCENT_NOUN_BEFORE = _linked_before(_PERCENT_NOUN)
NOUN_WORDS = re.compile(rf"(?<!\w){_NOUN}(?!\w)", re.IGNORECASE)


def noun_of_change(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> FoundFigure | None:
    """A value or a change printed with a noun of direction: "a 15.8% drop", "a drop of 1,200", "рост на 5%"."""
    visible = extraction.article.visible
    noun = _DIRECTION_NOUN_AFTER.match(visible, figure.end) or _DIRECTION_NOUN_BEFORE.search(
        visible, max(0, figure.start - 20), figure.start)
    if noun is None and is_percent(figure):
        noun = _PERCENT_NOUN_AFTER.match(visible, figure.end) or _PERCENT_NOUN_BEFORE.search(
            visible, max(0, figure.start - 20), figure.start)
    if noun is None or figure.form not in ("value", "change") or figure.text.endswith(noun.group(0).strip()):
        return None
    return as_change(visible, figure, SignEvidence(SignCue.NOUN, _direction(noun), *noun.span()),
                     extraction.language)


# a noun of change, what it is of, a verb of change or of pace and "to": "Pay growth slowed to 4.1%", "Рост ВВП во
# втором квартале замедлился до 1,8%" (the growth's new size)
_NOUN_THEN_SHIFT_TO = re.compile(rf"(?<!\w){_NOUN}(?:\s+[^\W\d]+){{0,5}}?\s+(?P<verb>[^\W\d]+)\s+"
                                 rf"(?:{alternatives(lexicon.CHANGE_END_WORDS)})\s+\Z", re.IGNORECASE)
_SHIFT_REACH = 80  # a noun of change, what it is of and its verb: a clause's first words
# "slowed to 4.1% in the second quarter from 4.6%": the reading before, a level of its own the period reader dates
# back; a change made of the first would leave the second undated beside it
_EARLIER_READING_AFTER = re.compile(rf"(?:\s+[^\W\d]+){{0,4}}?,?\s+{lexicon.any_of(lexicon.CHANGE_START_WORDS)}"
                                    rf"\s+[-+−]?\d", re.IGNORECASE)


def noun_shifted_to(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> FoundFigure | None:
    """A percentage a noun of change moved to is the size of that change: "Pay growth slowed to 4.1%" is +4.1%."""
    if not is_percent(figure) or figure.form != "value":
        return None
    floor = max(sentence_start, figure.start - _SHIFT_REACH)
    visible = extraction.article.visible
    shifted = _NOUN_THEN_SHIFT_TO.search(extraction.periods.blanked(visible, floor, figure.start))
    if shifted is None or not _moves(shifted.group("verb"), extraction.language) or _EARLIER_READING_AFTER.match(
            extraction.periods.blanked(visible, figure.end, min(len(visible), figure.end + _SHIFT_REACH))):
        return None
    return as_change(visible, figure, SignEvidence(SignCue.NOUN_SUBJECT, _direction(shifted),
                                                   floor + shifted.start(), floor + shifted.end()),
                     extraction.language)


def _moves(verb: str, language: str) -> bool:
    """Whether a word is a verb of change or of pace ("slowed", "eased", "замедлился")."""
    if language == "ru":
        from factcheck.extract.readers.form.verbs import russian_verb_direction

        return russian_verb_direction(verb.casefold()) != 0
    return verb.casefold() in lexicon.EN_CHANGE_VERB_FORMS or verb.casefold() in lexicon.PACE_VERBS_EN


def noun_subject(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> FoundFigure | None:
    """A value with a unit, or a percentage, that measures a noun of change: "спад составил 2,6%"."""
    return measured_change(extraction, figure, sentence_start, _noun_subject)


def _noun_subject(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> SignEvidence | None:
    """The direction of a noun of change a figure measures, else None.

    Its subject, before a linking verb ("спад составил 2,6%", "the increase was 5%"), or, for a percentage
    alone in brackets, the noun that opens its sentence before any figure ("Самый большой прирост цен пришелся на
    сахар (6,1%), гречку (5%)").
    """
    visible = extraction.article.visible
    # a linking verb, past the period the noun is of ("Рост доходов за девять месяцев составил 11,3%"), or a dash
    # standing for one ("Рост вкладов с начала года – 6,6%")
    floor = max(sentence_start, figure.start - 80)
    blanked = extraction.periods.blanked(visible, floor, figure.start)
    linked = _NOUN_THEN_LEVEL_VERB.search(blanked)
    if linked is not None:
        return SignEvidence(SignCue.NOUN_SUBJECT, _direction(linked), floor + linked.start(), floor + linked.end())
    at = _NOUN_THEN_AT.search(visible, max(sentence_start, figure.start - 40), figure.start)
    if at is not None:
        return SignEvidence(SignCue.NOUN_SUBJECT, _direction(at), *at.span())
    dashed = _NOUN_THEN_DASH.search(blanked)
    if dashed is not None:
        return SignEvidence(SignCue.NOUN_SUBJECT, _direction(dashed), floor + dashed.start(),
                            floor + dashed.end())
    if not is_percent(figure) or visible[figure.start - 1 : figure.start] != "(" \
            or visible[figure.end : figure.end + 1] != ")":
        return None
    first = next((f.found.start for f in extraction.figures if f.found.start >= sentence_start), figure.start)
    noun = NOUN_WORDS.search(visible, sentence_start, first)
    if noun is None or re.search(r"\d", visible[sentence_start : noun.start()]):
        return None
    return SignEvidence(SignCue.NOUN_SUBJECT, _direction(noun), *noun.span())


def _direction(noun: re.Match[str]) -> int:
    """-1 for a noun of decline ("drop", "спад"), +1 for one of rise ("increase", "рост")."""
    return -1 if noun.groupdict().get("down") else 1
