"""Amounts printed as changes: by a sign, a sign word, a verb before them or a comparative after them.

- A sign: "(+535,000 students)", "-1,500 births" (a plus is never printed before a level; a minus may be, "-$3
  million" a loss, except before a count, which is never below zero); "минус 830 человек".
- A verb of change before the amount ("fell $3 billion to", "down 750,000 bpd", "slipped by 12,000"), also past
  its object ("increased earnings by $3 billion"); "rose to $5 billion" is a level, "to" stands between.
- A comparative after it that names its baseline ("174,960 tons less than in 2023"), or a comparative of amount
  ("640 fewer births", "12,000 more jobs").
- Money after a verb of collecting is the sum collected, a level: "has raised $1.2 billion"; a count a flow adds
  is the flow's amount, a level: "Net migration added 5,200 people to the population".
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck import lexicon
from factcheck.extract.model import Extraction
from factcheck.extract.readers.form.baselines import baseline_follows
from factcheck.extract.readers.form.comparatives import comparative_before_by
from factcheck.extract.readers.form.restatements import change_around_bracket
from factcheck.extract.readers.form.shared import (
    ABBREVIATION_STOP,
    COMPARATIVE,
    alternatives,
    as_change,
    comparative_evidence,
    is_percent,
    signed,
)
from factcheck.extract.readers.form.verbs import (
    lemma_verb_before,
    lemma_verb_with_object,
    verb_before_comparison,
    verb_past_degree,
    verb_with_object,
)
from factcheck.figures import FoundFigure, SignCue, SignEvidence, verb_before
from factcheck.quantities import Amount

_SIGN_WORD = re.compile(rf"(?:{alternatives(lexicon.PLUS_WORDS + lexicon.MINUS_WORDS)})\s", re.IGNORECASE)
_MINUS_WORD = re.compile(rf"(?:{alternatives(lexicon.MINUS_WORDS)})\s", re.IGNORECASE)
# right after an amount: "640 fewer births", "12,000 more jobs", "на 640 человек меньше"
_AMOUNT_COMPARATIVE = re.compile(rf"{ABBREVIATION_STOP}\s+"
                                 rf"(?:(?P<down>{alternatives(lexicon.AMOUNT_COMPARATIVES_DOWN)})|"
                                 rf"(?P<up>{alternatives(lexicon.AMOUNT_COMPARATIVES_UP)}))(?!\w)", re.IGNORECASE)
# the noun of a comparative of amount, then "than" and another noun: "more deaths than births" (articles left out:
# "than a year earlier", "than the year before" are periods)
_THAN_OTHER_NOUN = re.compile(rf"(?:\s+[^\W\d]+){{1,3}}?\s+{lexicon.any_of(lexicon.THAN_WORDS)}\s+"
                              rf"(?!{lexicon.any_of(lexicon.EN_ARTICLES)}\s)(?P<noun>[^\W\d]+)(?!\w)",
                              re.IGNORECASE)
_PERIOD_REACH = 40
_COUNT_DIMENSION = "[count_"  # the dimension of every counting unit: people, vehicles, jobs
_MONEY_DIMENSION = "[currency_"  # every currency is a dimension of its own
_COLLECTING_FORMS = frozenset(form for lemma in lexicon.EN_COLLECTING_VERBS
                              for form in lexicon.EN_CHANGE_VERBS_UP[lemma])
# a comparative right after an amount that closes its clause: "Individual tax refunds were $40 billion higher." (the
# baseline left to the text: the same period before, as for any change)
_CLAUSE_CLOSES = re.compile(r"\s*(?:[.;,!?)]|\Z)")
_NEW_LEVEL_AFTER = re.compile(rf"\s+{lexicon.any_of(lexicon.CHANGE_END_WORDS)}\s", re.IGNORECASE)
_FLOW_ADDING_FORMS = frozenset(form for lemma in lexicon.EN_FLOW_ADDING_VERBS
                               for form in lexicon.EN_CHANGE_VERBS_UP[lemma])
# a flow as the subject right before its verb: "Net migration added", "natural increase has added"
_FLOW_LEAD = lexicon.any_of(lexicon.EN_FLOW_LEADS)
_FLOW_SUBJECT = re.compile(rf"(?<!\w)(?:(?:{_FLOW_LEAD}\s+)?{lexicon.any_of(lexicon.EN_FLOW_NOUNS)}|{_FLOW_LEAD}\s+"
                           rf"{lexicon.any_of(lexicon.EN_FLOW_BALANCE_NOUNS)})"
                           rf"(?:\s+{lexicon.any_of(lexicon.EN_FLOW_VERB_LEADS)})*\s+\Z", re.IGNORECASE)


def signed_amount(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> FoundFigure | None:
    """An amount printed with a sign is a change: "(+535,000 students)", "-1,500 births" (a count is never below zero).

    A plus is never printed before a level; a minus may be ("-$3 million", a loss), except before a count. Every
    signed figure stops here, a change or as it was read.
    """
    if not signed(figure):
        return None
    text = figure.text.lstrip()
    if figure.form != "value" or not isinstance(figure.figure, Amount) or is_percent(figure) \
            or not (text.startswith("+") or _is_count(figure)):
        return figure
    direction = 1 if text.startswith("+") else -1
    return replace(figure, form="change", evidence=SignEvidence(SignCue.PRINTED, direction, figure.start, figure.end))


def amount_change(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> FoundFigure | None:
    """An amount, a change when a sign word, a bracket, a verb or a comparative makes it one, else a level.

    Every amount that is no percentage stops here.
    """
    if figure.form != "value" or is_percent(figure) or not isinstance(figure.figure, Amount):
        return None
    if _SIGN_WORD.match(figure.text) and figure.figure.unit is not None and _is_count(figure):
        # "минус 830 человек": a count is never below zero; a sign word makes it a change
        return replace(figure, form="change", evidence=SignEvidence(
            SignCue.PRINTED, -1 if _MINUS_WORD.match(figure.text) else 1, figure.start, figure.end))
    if figure.figure.unit is not None or _is_count(figure):
        evidence = change_around_bracket(extraction, figure, sentence_start) or _amount_change_evidence(
            extraction, figure)
        return as_change(extraction.article.visible, figure, evidence, extraction.language)
    return None


def _amount_change_evidence(extraction: Extraction, figure: FoundFigure) -> SignEvidence | None:
    """What makes an amount a change, and its direction; None when it is a level.

    A verb of change right before it ("fell $3 billion to", "down 750,000 bpd", "slipped by 12,000"), or with its
    object and "by" ("increased earnings by $3 billion", "сократила расходы на 2 млрд рублей"), or a comparative
    after it that names its baseline ("174,960 tons less than in 2023", "на 1,4 млн тонн больше, чем в 2023
    году") or closes the clause ("refunds were $40 billion higher."), or a comparative of amount right after it
    ("640 fewer births", "12,000 more jobs"). "rose to $5 billion" is a level: "to" stands between.
    """
    visible = extraction.article.visible
    comparative = COMPARATIVE.match(visible, figure.end)
    if comparative is not None and (baseline_follows(extraction, comparative.end())
                                    or _CLAUSE_CLOSES.match(visible, comparative.end())):
        return comparative_evidence(comparative)
    amount_comparative = _AMOUNT_COMPARATIVE.match(visible, figure.end)
    if amount_comparative is not None and _difference_of_measures(extraction, amount_comparative.end()):
        return None  # "14,000 more deaths than births": how far one measure exceeds another, a level
    if amount_comparative is not None:
        return SignEvidence(SignCue.COMPARATIVE, -1 if amount_comparative.group("down") else 1,
                            *amount_comparative.span())
    verb = verb_before(visible, figure.start)
    if verb is not None and (_collects_money(visible, verb, figure) or _flow_adds(visible, verb)):
        return None  # "has raised $1.2 billion": the sum raised; "Net migration added 5,200 people": the flow's
    return verb or lemma_verb_before(extraction, figure) or verb_with_object(
        visible, figure) or lemma_verb_with_object(extraction, figure) or verb_before_comparison(
        extraction, figure) or verb_past_degree(extraction, figure) or comparative_before_by(extraction, figure)


def measures_compared(extraction: Extraction, figure: FoundFigure) -> tuple[int, tuple[int, int]] | None:
    """For a count that is the difference of two measures, its direction and where the other noun stands.

    "14,000 more deaths than births": 1, "births"; "2,300 fewer arrivals than departures": -1, "departures".
    """
    comparative = _AMOUNT_COMPARATIVE.match(extraction.article.visible, figure.end)
    if comparative is None or not _difference_of_measures(extraction, comparative.end()):
        return None
    other = _THAN_OTHER_NOUN.match(extraction.article.visible, comparative.end())
    assert other is not None
    return -1 if comparative.group("down") else 1, other.span("noun")


def _difference_of_measures(extraction: Extraction, position: int) -> bool:
    """Whether the noun of a comparative of amount is set against another noun after "than", not a period.

    "14,000 more deaths than births", "2,300 fewer arrivals than departures": the difference of two measures;
    "2,100 more deaths than a year earlier", "than in 2024", "than last year", "than expected" stay changes.
    """
    other = _THAN_OTHER_NOUN.match(extraction.article.visible, position)
    if other is None or other["noun"].casefold() in lexicon.THAN_NOT_A_MEASURE \
            or other["noun"].casefold() in lexicon.PERIOD_PREPOSITIONS:
        return False
    start = other.start("noun")  # "than March", "than 2024's": a period
    return not any(m.start == start for m in extraction.periods.within(start, start + _PERIOD_REACH))


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


def _flow_adds(visible: str, verb: SignEvidence) -> bool:
    """Whether a verb of adding right before an amount has a flow for its subject, whose amount it is.

    "Net migration added 5,200 people to the county's population": the flow's amount over its period, a level
    (the population it adds to is another measure); "The company added 1.4 million subscribers" is a change.
    """
    words = visible[verb.start : verb.end].split()
    return len(words) == 1 and words[0].casefold() in _FLOW_ADDING_FORMS \
        and _FLOW_SUBJECT.search(visible, max(0, verb.start - 60), verb.start) is not None


def _is_count(figure: FoundFigure) -> bool:
    """Whether a figure counts things: a bare number, or a counting unit ("человек", "jobs", "units")."""
    found = figure.figure
    if not isinstance(found, Amount):
        return False
    return found.unit is None or found.unit.dimension.startswith(_COUNT_DIMENSION)
