"""The one who forecasts a figure is never its measure: the measure is what the forecast is of.

"The statistics office forecasts that exports will reach $2.1 trillion" is a forecast of exports, "Analysts expect
the sequel to gross $240 million" one of the sequel's takings: the subject of a verb of expecting names the
forecaster (readers/speaker.py reads who speaks), and the clause after the verb names the measure.
"""

from dataclasses import replace

from factcheck import lexicon
from factcheck.extract.words import ADJECTIVE, DETERMINER, NOUN, PREPOSITION, VERB, Word, english_lemma

_VERBS = frozenset(lexicon.EN_FORECASTING_VERBS)
_THAT = frozenset(lexicon.EN_FORECAST_CLAUSE_LEADS)
_INFINITIVE = frozenset(lexicon.EN_FORECAST_OBJECT_VERB_LEADS)
_OBJECT_REACH = 5  # words of the object before its "to" or "will": "its next big summer release to"


def after_forecaster(words: list[Word], language: str) -> list[Word]:
    """The words of an English figure's clause after a verb of expecting and its "that"; else all of them.

    The verb is one only as the first verb of the clause, its subject before it (no determiner or adjective right
    before it), and after it "that" or an object with no preposition in it followed by "to" or "will" ("forecast
    attendance to stay above"; "The forecast attendance was", "raised its full-year forecast for revenue to" and
    "revised its forecast downwards due to" are a noun's phrase, kept).
    """
    if language != "en":
        return words
    for at in range(1, len(words) - 1):
        if words[at].text.casefold() not in _VERBS or any(w.after_break for w in words[1 : at + 1]) \
                or words[at - 1].part in (DETERMINER, ADJECTIVE) or any(w.part == VERB for w in words[:at]):
            continue  # "raised its full-year forecast for revenue": a noun's, no verb whose subject opens the clause
        if words[at + 1].text.casefold() in _THAT and not words[at + 1].after_break:
            return _subject_before_modal(words[at + 2 :])
        reach = words[at + 1 : at + 2 + _OBJECT_REACH]
        lead = next((i for i, w in enumerate(reach) if w.text.casefold() in _INFINITIVE), None)
        if lead is not None and lead > 0 and not any(w.after_break or w.part == PREPOSITION for w in reach[:lead]) \
                and not reach[lead].after_break:
            return words[at + 1 :]
    return words


def _subject_before_modal(clause: list[Word]) -> list[Word]:
    """The clause after "that" with a word spelt as a verb right before a modal read as the noun it is.

    "forecasts that imports will reach": a finite verb never stands before "will", so "imports" is the subject.
    """
    if len(clause) > 1 and clause[0].part == VERB and clause[1].lemma.casefold() in lexicon.EN_MODAL_VERBS:
        head = clause[0]
        return [replace(head, lemma=english_lemma(head.text.casefold()), part=NOUN), *clause[1:]]
    return clause
