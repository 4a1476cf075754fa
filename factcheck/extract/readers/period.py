"""The period reader: the period a figure is of, and the baseline (`since`) of a change, with typed evidence.

Read in this order (`read_period` is the table of steps): a figure tied to the one before it shares its period;
else the figure's own period (a possessive, "2019's 2.3m", or the period right before its bracket), then its
sentence (preceding mentions, then following), then the period the text is about (the paragraph before it). The
baseline of a change comes from its own comparison phrase, else its sentence's. An actual "in 2025" before 2025 is
over is the year so far. With no period read, a guess: what is expected of a change is the publication year's,
else the headline's figure is the lead's; a guessed change period that fell on its own baseline is the year after
it. Comparison words give the baseline's period, never the figure's. Every step appends a `PeriodEvidence` (how,
and the span): the claims writer alone words the guesses. The temporal grammar that finds the mentions is
factcheck/extract/periods.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import islice, pairwise, takewhile

from factcheck import lexicon
from factcheck.extract.context import CONTEXT_REACH
from factcheck.extract.model import ExtractedFigure, Extraction
from factcheck.extract.period_evidence import UNFOUND, PeriodEvidence, PeriodFound
from factcheck.extract.periods import (
    DAY_LABEL,
    FORECAST_WORD,
    POSSESSIVE_BEFORE_FIGURE,
    YEAR,
    PeriodMention,
    begins_after,
    last_day,
    months_label,
    run_to,
    span_of,
    years_shifted,
)
from factcheck.extract.readers.form import (
    AMOUNT_CHANGE,
    Tie,
    earlier_rate_ahead,
    fulfils_plan,
    is_comparative_baseline,
    named_baseline,
    printed_as_change_start,
)
from factcheck.extract.readers.form.shared import is_percent
from factcheck.extract.readers.table_columns import table_column_period
from factcheck.extract.speaker_evidence import SpeakerFound
from factcheck.extract.text import (
    ANNUAL_RATE,
    CLAUSE_BODY,
    CURRENCY_PREFIX_WRITTEN,
    SCALE_WORD,
    headline_end,
    relative_aside,
    relative_clause_of,
    said_over_twelve_months,
)
from factcheck.extract.words import ADJECTIVE, NOUN, VERB, russian_readings, words_of
from factcheck.figures import FoundFigure, SignCue
from factcheck.not_figures import RATE_DENOMINATOR
from factcheck.quantities import BASIS_POINTS_WORDS, POINTS_WORDS

_BASELINE = re.compile(
    rf"(?:{'|'.join(lexicon.BASELINE_LEADS)})\s+(?:(?:{'|'.join(lexicon.BASELINE_PREPOSITIONS_BEFORE_YEAR)})\s+)?"
    rf"(?:{YEAR}(?:{'|'.join(lexicon.RU_YEAR_ADJECTIVE_ENDINGS)})?|({'|'.join(lexicon.PREVIOUS_YEAR_PHRASES)}))",
    re.IGNORECASE,
)


# a level dated by an event right after a change and its comparative: "41% below their pre-pandemic level"
_EVENT_LEVEL_AFTER = re.compile(rf"[^.;:]{{0,40}}?(?<![\w-])({lexicon.any_of(lexicon.EVENT_DATED_LEVEL_MODIFIERS)}\s+"
                                rf"{lexicon.any_of(lexicon.LEVEL_NOUNS)})(?!\w)", re.IGNORECASE)
# a mark dated before an event, right before its figure: "the pre-pandemic record of 46.9 million"
_BEFORE_EVENT_MARK = re.compile(
    rf"(?<![\w-]){lexicon.any_of(lexicon.EVENT_BEFORE_MODIFIERS)}\s+{lexicon.any_of(lexicon.EVENT_DATED_MARK_NOUNS)}"
    rf"(?:\s+{lexicon.any_of(lexicon.FIGURE_OF_WORDS)})?\s+\Z", re.IGNORECASE)
# a mark between its period and its figure: "its fall 2012 peak of 25,600", "below the 2009 jobless peak of 10.0%"
_DATED_MARK_GAP = re.compile(rf"\s+(?:[^\W\d][\w-]*\s+)?{lexicon.any_of(lexicon.EVENT_DATED_MARK_NOUNS)}"
                             rf"\s+{lexicon.any_of(lexicon.FIGURE_OF_WORDS)}\s+", re.IGNORECASE)
_SINCE_YEAR = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.SINCE_WORDS_EN)}\s+{YEAR}(?!\d)", re.IGNORECASE)
_ANAPHORIC_PREVIOUS_YEAR = re.compile(lexicon.any_of(lexicon.ANAPHORIC_PREVIOUS_YEAR_PHRASES), re.IGNORECASE)
_PREVIOUS_YEAR_OBJECT = re.compile("|".join(lexicon.PREVIOUS_YEAR_PHRASES), re.IGNORECASE)
# "last year" after a preposition of comparison ("(+106% к прошлому году)", "по сравнению с прошлым годом"), not as
# the object of a verb ("втрое превзойдя прошлый год": the whole of last year)
_INDEX_LAST_YEAR = re.compile(  # the other leads before "last year" are _BASELINE's
    rf"(?<!\w){lexicon.any_of(lexicon.INDEX_BASELINE_LEADS)}\s+{lexicon.any_of(lexicon.PREVIOUS_YEAR_PHRASES)}",
    re.IGNORECASE)


# between a period in the possessive and its figure: "’s", then at most three words ("2019's pre-pandemic 2.3m")
_POSSESSIVE_GAP = re.compile(r"['’]s(?:\s+[^\W\d][\w-]*){0,3}\s+")
_POSSESSIVE_REACH = 60
_POSSESSIVE_OF_NEXT = re.compile(POSSESSIVE_BEFORE_FIGURE)
_POSSESSIVE_SUBJECT_GAP = re.compile(r"['’]s(?:\s+[^\W\d][\w-]*){2,8}\s+")
_CLAUSE_OPENING_WORD = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.POSSESSIVE_SUBJECT_BREAKS)}(?!\w)", re.IGNORECASE)
_OPENING_BRACKET = re.compile(r"\s*\(\s*")
_SENTENCE_END = re.compile(r"[.!?…][»\"”]?\s")
_DATED_KINDS = ("actual", "estimate")  # figures of a period: an estimate is a past period's value as estimated
_RECENT_FIGURES = 20  # how far back the period the text is about is looked for
_READINGS_BACK = 40  # how many figures back a reading set against the one before it is looked for
_OWN_PERIOD_REACH = 60  # characters after a figure where its own period is read
# between a figure and the period that is its own: "in", "of GDP in", "в", a few words and no punctuation
# between a figure and a phrase that dates it back from its sentence's period: its unit, a word or two ("points")
# what ends a figure's clause before a period named after it: "rose 5%; imports in 2023 fell", "rose 2.4%, while in
# the third quarter ..." (not a comma alone, which sets off a baseline phrase: "rose 3%, month-on-month, in April")
# "fell 3.6%, erasing gains made the previous year": a clause of another movement, its period and baseline its own
_OTHER_MOVEMENT = rf",\s*{lexicon.any_of(lexicon.OTHER_MOVEMENT_PARTICIPLES)}(?!\w)"
_OTHER_MOVEMENT_CLAUSE = re.compile(_OTHER_MOVEMENT, re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:.!?()]|\s[-–—]\s|,\s*(?:" + "|".join(map(re.escape, lexicon.CONTRARY_WORDS))
                           + r")(?!\w)|['’]s(?!\w)|" + _OTHER_MOVEMENT,  # "last Friday's close of $40.81": another's
                           re.IGNORECASE)
# between a figure and its restatement: ", or", ", или на", " i.e.", an opening bracket ("£556 million (€818 million)")
# "held rates at 5.25%, and traders now expect a cut in March": a period in a later clause of forecast is the forecast's
_FORECAST_CLAUSE = re.compile(rf",\s*{lexicon.any_of(lexicon.FORECAST_CLAUSE_JOINS)}\s[^;:.!?]*?"
                              rf"(?<!\w){lexicon.any_of(lexicon.FORECAST_STEMS)}", re.IGNORECASE)
_RESTATING_GAP = re.compile(
    rf"\s*,?\s*{lexicon.any_of(lexicon.APPOSITION_WORDS)}\s+(?:{lexicon.any_of(lexicon.CHANGE_LEADS)}\s+)?|\s*\(\s*",
    re.IGNORECASE)
_OPENS_GAPPED_CLAUSE = re.compile(r"\s*[—–]\s")  # "…, с начала года — на 18%": a period that opens a gapped clause
# the words between a figure and a phrase that dates it back: up to two words, after a rate's denominator if any
# ("11.0 per 100,000 the previous week" as "11.0 percent the previous week")
# a rate's denominator after its figure ("11.0 per 100,000 the previous week", "9.0 per 100,000 in April")
_DENOMINATOR_AFTER = rf"\s*{RATE_DENOMINATOR}"
# ... or a contact clause of a determiner, its noun and a verb ("the $58 billion the company posted a year prior")
_PHRASE_GAP = re.compile(rf"(?:{_DENOMINATOR_AFTER}\s+)?\s*(?:(?:[^\W\d]+\s+){{0,2}}|"
                         rf"{lexicon.any_of(tuple(lexicon.EN_DETERMINERS))}\s+[^\W\d]+\s+[^\W\d]+\s+)", re.IGNORECASE)
_BOUND_PERIOD_GAP = re.compile(  # (a scale word's full stop may end the figure: "38,5 тыс. в августе")
    rf"(?:{_DENOMINATOR_AFTER})?"
    rf"\.?(?:\s+(?:{'|'.join(lexicon.FIGURE_OF_WORDS)})\s+[^\W\d]+(?:\s+[^\W\d]+)?)?\s*"
    rf"(?:\b(?:{'|'.join(lexicon.BOUND_PERIOD_PREPOSITIONS)})\s+(?:{'|'.join(lexicon.PERIOD_ARTICLES)}\s+)?)?",
    re.IGNORECASE)
# between a compared figure and its own period, its noun may stand: "compared with a $214 billion surplus in April
# 2018", "против 12 млрд рублей прибыли в 2022 году" (two words at most, no link to another clause)
# the rest of a list of figures after one ("... and 4.0%", ", 2.1%, 3%"): each item after its separator, so the
# match is linear
# ... each item may name its place ("95,000 in the north and 62,000 in the south last year": the year is both's)
_JOIN = lexicon.any_of(lexicon.LIST_JOINS)
_LISTED_PLACE = (rf"(?:\s+{lexicon.any_of(lexicon.FIGURE_PLACE_PREPOSITIONS)}\s+"
                 rf"(?:{lexicon.any_of(lexicon.PERIOD_ARTICLES)}\s+)?[^\W\d][\w-]*(?:\s+(?!{_JOIN}\s)[^\W\d][\w-]*)?)?")
_LIST_BEFORE_PERIOD = re.compile(rf"(?:\s*%)?{_LISTED_PLACE}(?:(?:\s*,\s*(?:{_JOIN}\s+)?|\s+{_JOIN}\s+)"
                                 rf"[-+−]?\d(?:[\d.,]*\d)?(?:\s*%)?{_LISTED_PLACE})+", re.IGNORECASE)
_COMPARED_FIGURE_GAP = re.compile(
    rf"\.?(?:\s+(?!{lexicon.any_of(lexicon.CLAUSE_LINKS)}(?!\w))[^\W\d][\w-]*){{0,2}}\s+"
    rf"(?:{'|'.join(lexicon.BOUND_PERIOD_PREPOSITIONS)})\s+(?:(?:{'|'.join(lexicon.PERIOD_ARTICLES)})\s+)?",
    re.IGNORECASE)
_YEAR_ONLY = re.compile(r"\d{4}")  # a period that is a year alone: "2023"
_OPENING_GAP = re.compile(r"[\s\"“«(]*")  # what may stand before a phrase that opens its sentence
# what ends such a phrase: a comma, or the clause it dates ("A year ago, the rate was", "A year ago the rate was")
_OPENING_PHRASE_END = re.compile(rf",|\s+(?!{lexicon.any_of(lexicon.THAN_WORDS)}\b)(?=[^\W\d])", re.IGNORECASE)
# ("A year earlier than planned": a comparison with a plan, no date)
# ... or a preposition that governs it: "In the year-earlier quarter the company had earned $279 million"
_OPENING_PREPOSITION = re.compile(rf"[\s\"“«(]*(?:{'|'.join(lexicon.OPENING_PERIOD_PREPOSITIONS)})\s+", re.IGNORECASE)
_YEARS_RUN = re.compile(r"\d{4}/\d{4}")
_YEAR_LABEL = re.compile(r"\d{4}")  # a whole year, as a claims file writes it
_BETWEEN_LEAD = re.compile(rf"{lexicon.any_of(lexicon.MONTHS_BETWEEN_LEADS)}\s", re.IGNORECASE)
_RUN_ARTICLE_BEFORE = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.MONTHS_RUN_ARTICLES)}\s+$", re.IGNORECASE)
_RUN_NOUN_AFTER = re.compile(rf"\s+{lexicon.any_of(lexicon.MONTHS_RUN_NOUNS)}(?!\w)", re.IGNORECASE)
# between a change (its abbreviation's full stop) and the period after the level it reaches, the level's figure and
# words (at most three): "fell by 12,000 to 898,000 in the three months to May", "сократилось на 5,1 тыс. до 120,3
# тыс. человек в июне"
# (the words between the level and its period are the level's own: a conjunction opens another clause, whose period
# it is: "revised up by 12,000 to 95,000 and the estimate for April ...")
_LEVEL_THEN_PERIOD_GAP = re.compile(
    rf"\.?\s+{lexicon.any_of(lexicon.CHANGE_END_WORDS)}\s+(?:[^\W\d]+\s+){{0,2}}(?:{CURRENCY_PREFIX_WRITTEN}|[^\w\s])?\d[\d.,]*(?:\s\d{{3}})*"
    rf"(?:\s?[%％])?(?:\s*(?!{lexicon.any_of(lexicon.CLAUSE_CONJUNCTIONS)}(?![\w-]))[^\W\d][\w.-]*){{0,3}}?\s+"
    rf"(?:(?:{'|'.join(lexicon.BOUND_PERIOD_PREPOSITIONS)})\s+"
    rf"(?:(?:{'|'.join(lexicon.PERIOD_ARTICLES)})\s+(?:(?:{'|'.join(lexicon.PERIOD_RUN_ORDINALS)})\s+)?)?)?",
    re.IGNORECASE)
# A clause of contrast whose verb is left out, opened by a conjunction and dated by a year alone, its figure after a
# dash: "в феврале 2025 года умерли 6 детей, а в 2024 году — 4", "если в феврале 2024 года умерли 1524 человека,
# то в 2025 году — уже 1558" (the conjunction before the year, the dash and at most one word before the figure).
_GAPPED_CONJUNCTION_BEFORE = re.compile(rf"(?:^|[\s,]){lexicon.any_of(lexicon.GAPPED_CLAUSE_CONJUNCTIONS)}\s+\Z",
                                        re.IGNORECASE)
# "…, а за аналогичный период позапрошлого года оно выросло на 1,1%": a conjunction after a comma opens a clause
_CLAUSE_CONJUNCTION_BEFORE = re.compile(rf"[,;]\s*{lexicon.any_of(lexicon.GAPPED_CLAUSE_CONJUNCTIONS)}\s+\Z",
                                        re.IGNORECASE)
_COMMA_BEFORE = re.compile(r",\s*\Z")  # a gapped clause opened by its comma alone: "1,6%, месяцем ранее — 2,1%"
_GAPPED_DASH = re.compile(r"\s*[-–—]\s*(?:[^\W\d]+\s+)?")
_CLAUSE_START_BEFORE = re.compile(rf"[,;]\s*(?:{lexicon.any_of(lexicon.GAPPED_CLAUSE_CONJUNCTIONS)}\s+)?\Z",
                                  re.IGNORECASE)  # ", годом ранее — 3%", ", а годом ранее — 3%"
# the word right before a level ("has risen to 4.4%", "has stood at 4.1%", "was 54%"), not a count
_LEVEL_BEFORE = re.compile(
    rf"\b{lexicon.any_of(lexicon.LEVEL_VERBS + lexicon.CHANGE_END_WORDS + lexicon.LEVEL_AT_WORDS)}\s*\Z",
    re.IGNORECASE)
# between a stock's change and the level it reaches: "вырос на 37%, и составил около", "… и достиг", "…, до", "… – до"
_LEVEL_REACHED = re.compile(
    rf"\.?\s*,?\s*(?:[-–—]\s*)?(?:(?:{lexicon.any_of(lexicon.LIST_JOINS)})\s+"
    rf"{lexicon.any_of(lexicon.LEVEL_VERBS + lexicon.REACHED_LEVEL_VERBS)}"
    rf"|{lexicon.any_of(lexicon.CHANGE_END_WORDS)})\s+", re.IGNORECASE)
# a word of comparison before (or opening) a phrase of time: "по сравнению с предыдущим месяцем", "compared with"
_COMPARISON_LEAD = re.compile(rf"(?:{'|'.join(lexicon.COMPARED_BEFORE_PERIOD)})(?!\w)\s*", re.IGNORECASE)
_COMPARISON_LEAD_REACH = 30
# a figure set against another right after it: "72,1 млрд руб. против 72,6 млрд руб.", "$5 billion, compared with"
_SET_AGAINST = re.compile(rf"\.?\s*,?\s*{lexicon.any_of(lexicon.COMPARISON_LEADS)}\s", re.IGNORECASE)
_HARD_BREAK = re.compile(r"[;:!?()]")  # what no comparison runs across (a unit's full stop may stand between)
_PART_OF_A_YEAR = re.compile(r"\d{4}-(?:\d\d|Q\d|H\d)(?:/\d{4}-\d\d)?")  # a month, quarter, half or run of months
# "Годовой план по расходам", "the annual target": a plan for the year of the text's period
# "бюджет области на 2024 год", "the budget for 2024" before a year, "the 2024 budget" after it: the plan's period
_PLAN_BEFORE = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.PLAN_NAME_STEMS)}\w*(?:\s+[^\W\d]+){{0,2}}\s+"
                          rf"{lexicon.any_of(lexicon.PLAN_PERIOD_PREPOSITIONS)}\s+\Z", re.IGNORECASE)
_PLAN_AFTER = re.compile(rf"\s+{lexicon.any_of(lexicon.PLAN_NAMES_AFTER_YEAR)}(?!\w)", re.IGNORECASE)
_PLAN_REACH = 40  # characters before a year read for the plan it is of: a noun and two words
_ANNUAL_PLAN = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.ANNUAL_PLAN_PHRASES)}", re.IGNORECASE)
_ANNUAL_PLAN_AFTER = re.compile(rf"(?:\s+[^\W\d]+){{0,3}}?\s+{lexicon.any_of(lexicon.ANNUAL_PLAN_AFTER_FIGURE)}(?!\w)"
                                rf"(?!\s+{lexicon.any_of(lexicon.FISCAL_END_VERBS)}(?!\w))", re.IGNORECASE)
# "Economists had expected a fall of 90,000": what was expected of the figures just released, of their period
_CONSENSUS = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.CONSENSUS_CUES)}(?!\w)", re.IGNORECASE)
_COMPARED = re.compile(rf"(?:{'|'.join(lexicon.COMPARED_BEFORE_PERIOD)})\s+"
                       rf"(?:(?:{'|'.join(lexicon.COMPARISON_PERIOD_PREPOSITIONS)})\s+)?$", re.IGNORECASE)
# "from a deficit of $257 billion", "compared with an adjusted $228 billion": a figure a comparison leads to, with
# a few words of its noun phrase between
_COMPARED_FIGURE_BEFORE = re.compile(
    rf"(?<!\w){lexicon.any_of(lexicon.COMPARISON_LEADS)}\s+(?:[^\W\d]+\s+){{0,3}}$", re.IGNORECASE)
_COMPARED_FIGURE_REACH = 40

# Russian phrases that date a figure back from its sentence's period ("месяцем ранее", "год назад"), and the
# prepositions that make a same-period phrase a figure's own time, not its comparison ("в аналогичном периоде")
_RU_EARLIER = re.compile("|".join(phrase for phrases in lexicon.RU_EARLIER_PHRASES.values() for phrase in phrases),
                         re.IGNORECASE)
# "пять лет назад", "3 года ранее": a count of years back, a phrase dating a figure as "год назад" does
_RU_YEARS_BACK = re.compile(rf"[^\W_]+\s+{lexicon.any_of(lexicon.YEARS_BACK_WORDS)}", re.IGNORECASE)
_YEARS_BACK_LABEL = re.compile(r"P\d{1,2}Y")
_RU_DATING_LEAD = re.compile(rf"(?:{'|'.join(lexicon.RU_DATING_PREPOSITIONS)})\s", re.IGNORECASE)  # "За аналогичный"
_RU_DATING_BEFORE = re.compile(rf"(?<!\w)(?:{'|'.join(lexicon.RU_DATING_PREPOSITIONS)})\s+$", re.IGNORECASE)
# "в 1,5 раза больше, чем год назад, и составляют 8,2 млрд": a phrase after "чем" is the change's baseline; a value
# past a comma after it is the change's level now, dated by nothing there
_RU_THAN_BEFORE = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.THAN_WORDS)}\s+$", re.IGNORECASE)
# "after a revised 0.3% gain", "following rising 0.2%": a figure set before a later one, of an earlier period
_SET_BEFORE_LATER = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.EARLIER_FIGURE_LEADS)}\s+(?:[^\W\d]+\s+){{0,3}}\Z",
                               re.IGNORECASE)
# a baseline's preposition in the words between a figure and a phrase dating back: "from a month earlier" is a baseline
_BASELINE_PREPOSITION = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.BASELINE_PREPOSITIONS)}(?!\w)", re.IGNORECASE)
_RU_ANAPHORIC = re.compile(lexicon.any_of(lexicon.RU_ANAPHORIC_SUBJECTS), re.IGNORECASE)
# "Of those, 41 were pedestrians", "Из них 120 тыс.": a paragraph opening on a part of the count before it
_PART_OF_BEFORE = re.compile(rf"\s*{lexicon.any_of(lexicon.PART_OF_BEFORE_OPENERS)}(?!\w)", re.IGNORECASE)
_COMPARISON_ASIDE = re.compile(rf"\s*{lexicon.any_of(lexicon.COMPARISON_ASIDE_OPENERS)}(?!\w)", re.IGNORECASE)
# "показатель", which goes on about the measure of the paragraph before when it opens its own (the metric reader's
# pronoun rule)
_ANAPHORIC_ACROSS_PARAGRAPH = re.compile(
    rf"(?<!\w){lexicon.any_of(lexicon.ANAPHORIC_ACROSS_PARAGRAPH_NOUNS)}(?!\w)", re.IGNORECASE)
_RU_PRICE_LEVEL = re.compile("|".join(lexicon.RU_PRICE_LEVEL_WORDS + lexicon.RU_STOCK_LEVEL_WORDS), re.IGNORECASE)
_RU_STOCK = re.compile("|".join(lexicon.RU_STOCK_LEVEL_WORDS), re.IGNORECASE)
_RU_PRICE = re.compile("|".join(lexicon.RU_PRICE_LEVEL_WORDS), re.IGNORECASE)
_RU_FLOW = re.compile("|".join(lexicon.RU_FLOW_TO_DAY_WORDS), re.IGNORECASE)
_RU_QUARTER_SUM = re.compile("|".join(lexicon.RU_OUTPUT_FLOW_WORDS + lexicon.RU_FLOW_TO_DAY_WORDS), re.IGNORECASE)
_RU_SAME_SPAN_AGAIN = re.compile(lexicon.RU_SAME_SPAN_AGAIN, re.IGNORECASE)
# "Including bonuses, pay growth was 4.9%": a sentence opening with what a measure counts in or leaves out gives
# a variant of the change before, over its span and against its baseline
_VARIANT_OPENING = re.compile(rf"{lexicon.any_of(lexicon.EN_INCLUSION_WORDS)}\s[^,.\n]{{1,40}},", re.IGNORECASE)
# ... and so does such a phrase right after the subject's head, before its verb ("Pay growth including bonuses was
# 4.9%", "Pay growth, excluding bonuses, was"): the measure named again with what it counts in
_VARIANT_SUBJECT = re.compile(rf"[^\W\d][^,.\n\d]{{0,40}}?,?\s{lexicon.any_of(lexicon.EN_INCLUSION_WORDS)}\s"
                              rf"[^,.\n\d]{{1,40}}?,?\s{lexicon.any_of(lexicon.EN_BE_FORMS)}\s", re.IGNORECASE)
_RU_AS_OF = re.compile(rf"{lexicon.any_of(lexicon.AS_OF_LEADS_RU)}\s", re.IGNORECASE)
# "на 1 августа", "по состоянию на 1 августа", "as of June 30": the day a stock is counted on (a reporting date)
_DAILY_QUOTE = re.compile(lexicon.any_of(lexicon.DAILY_QUOTE_WORDS), re.IGNORECASE)
_AS_OF_DAY = re.compile(rf"{lexicon.any_of((*lexicon.AS_OF_LEADS_RU, *lexicon.REPORTING_DAY_LEADS_EN))}\s",
                        re.IGNORECASE)
# a change's year-on-year phrase right after it: "выросла на 8,7% г/г", "на 5% в годовом выражении"
_YEAR_ON_YEAR = re.compile(rf"\s*(?:{'|'.join(lexicon.PREVIOUS_PERIOD_PHRASES['P1Y'])})", re.IGNORECASE)
_WHOLE_SPANS = {"P1Y": 12, "P3M": 3}  # "за год", "за квартал" of a flow: the year, the quarter its part closes
# a part of a run said for itself alone, or inside a quotation: "в одном только августе", "only in August",
# "in August alone" (the text after it goes on about the run); the words before the month may open its mention
_ALONE_BEFORE = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.ALONE_BEFORE_PERIOD)}\s+", re.IGNORECASE)
_ALONE_AFTER = re.compile(rf"\s+{lexicon.any_of(lexicon.ALONE_AFTER_PERIOD)}(?!\w)", re.IGNORECASE)
_ALONE_REACH = 30  # "в одном только", "in August alone": the words of aloneness stand right beside the month
_QUOTED_SPEAKERS = frozenset({SpeakerFound.CLOSING_QUOTATION, SpeakerFound.QUOTATION_INSIDE})
# a weekday that names the day of a film's previews: "Thursday previews", "Thursday-night previews", "previews on
# Thursday"; what stands between it and a figure says whether the figure is the previews' own
_PREVIEWS_AFTER = re.compile(rf"(?:[\s-]+{lexicon.any_of(lexicon.EN_PREVIEW_TIMES)})?\s+"
                             rf"{lexicon.any_of(lexicon.EN_PREVIEW_NOUNS)}(?!\w)", re.IGNORECASE)
_PREVIEWS_BEFORE = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.EN_PREVIEW_NOUNS)}\s+\Z", re.IGNORECASE)
_PREVIEWS_REACH = 30  # "preview screenings " before "on Thursday"
_OTHER_FIGURE_BETWEEN = re.compile(r"[,;:\d—–]")  # a clause's stop or another figure
# a heading: a line of its own, of a few words, that does not end as a sentence does ("Бюджет на 2023 год")
_HEADING_END = re.compile(r"[.!?…:;,»\"”)]\s*$")
_MONTH_LABEL = re.compile(r"(\d{4})-(\d{2})")  # one month
_HEADING_WORDS = 10  # a heading is a short line: a longer one without a full stop is a sentence cut off
_SECTION_PARAGRAPHS = 6  # a heading covers the few paragraphs under it, no further: bounded work per figure
_FIRST_OF_MONTH = re.compile(r"(\d{4})-(\d{2})-01")
# a list of figures paired with the periods before it: "сократились на 0,9 и 1% соответственно" (bounded windows)
# a figure of such a list: signed, a percentage or a factor ("рост в 5,7 раза, однако -11,3% соответственно")
_TIMES = rf"(?:\s*(?:{lexicon.any_of(lexicon.TIMES_WORDS)})(?!\w))"
# ... or an amount, its scale and unit printed ("31,2 млрд и 8,4 млрд рублей соответственно")
_SCALE = rf"(?:\s*(?:{SCALE_WORD})(?!\w)\.?)"
_LIST_UNIT = rf"(?:\s+{lexicon.any_of(lexicon.RU_RESPECTIVE_UNIT_STEMS)}(?!\w))"
# its digits are read whole, as if atomic (a lookahead keeps the longest run, a back-reference takes it): a comma
# is a figure's own or a link of the list, so ending a figure inside "1,1,1,1" gave each comma two readings,
# exponential work on a list that fails at its end (the figures of a list are counted from its text alone)
_NUMBER = rf"[-+−]?(?=(?P<list_digits>\d(?:[\d.,]*\d)?))(?P=list_digits){_SCALE}?{_LIST_UNIT}?\s*%?{_TIMES}?"
_LIST_LINK = "|".join(lexicon.RU_RESPECTIVE_LINKS)
_RESPECTIVELY = "|".join(lexicon.RU_RESPECTIVELY_WORDS)
_RESPECTIVE_TAIL = re.compile(
    rf"{_LIST_UNIT}?\s*%?{_TIMES}?(?:\s*(?:{_LIST_LINK})\s*{_NUMBER})*\s*(?:{_RESPECTIVELY})(?!\w)", re.IGNORECASE)
_RESPECTIVE_HEAD = re.compile(rf"(?:{_NUMBER}\s*(?:{_LIST_LINK})\s*)+[-+−]?$", re.IGNORECASE)
_LIST_REACH = 60
_DIGITS = r"\d(?:[\d.,]*\d)?"  # one figure of such a list, counted
# the baselines a change may be said against, step by step back ("в месячном сравнении", "в годовом")
_STEP_BACK_LABELS = frozenset(lexicon.PREVIOUS_PERIOD_PHRASES)
# a list that ends its clause, and the word that made an earlier list of the sentence respective
_CLAUSE_LIST_TAIL = re.compile(rf"\s*%?(?:\s*(?:{_LIST_LINK})\s*{_NUMBER})+(?=\s*(?:[.;!?]|\Z))", re.IGNORECASE)
_CLAUSE_LIST_END = re.compile(r"\s*%?(?=\s*(?:[.;!?]|\Z))")
_RESPECTIVELY_WORD = re.compile(rf"(?<!\w)(?:{_RESPECTIVELY})(?!\w)", re.IGNORECASE)
# "over the quarter", "за месяц": the span a change is measured over, which dates no value back
_OVER_PERIOD = re.compile("|".join(phrase for phrases in (*lexicon.OVER_PERIOD_PHRASES.values(),
                                                          *lexicon.RU_OVER_PERIOD_PHRASES.values())
                                   for phrase in phrases), re.IGNORECASE)
# a clause of time right after a period, to the comma that closes it: ", when enrollment peaked at 20.6 million,"
_WHEN_CLAUSE = re.compile(rf",\s*{lexicon.any_of(lexicon.WHEN_CLAUSE_WORDS)}\s{CLAUSE_BODY},", re.IGNORECASE)
# ... or to the end of its sentence: "since January, when they stood at 6.97%."
_WHEN_CLAUSE_LAST = re.compile(rf",\s*{lexicon.any_of(lexicon.WHEN_CLAUSE_WORDS)}\s{CLAUSE_BODY}[.!?]?\s*\Z",
                               re.IGNORECASE)
_RANK_HOLDER_AFTER = re.compile(rf"['’]s\s+(?:[^\W\d]+\s+)?{lexicon.any_of(lexicon.RANK_HOLDER_NOUNS)}(?!\w)",
                                re.IGNORECASE)
_SAME_REACH = 20  # "the corresponding " before a span
_SAME_AS_TEXT = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.SAME_AS_TEXT_WORDS)}\s+$", re.IGNORECASE)
_MARGIN = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.MARGIN_WORDS)}(?!\w)", re.IGNORECASE)
# a clause of contrast between a margin and a figure: the margin is another clause's ("маржа ..., а безработица")
_CONTRARY_CLAUSE = re.compile(rf";|,\s*{lexicon.any_of(lexicon.CONTRARY_WORDS)}(?!\w)", re.IGNORECASE)
_STEP_COMPARISON = re.compile(lexicon.any_of(lexicon.STEP_COMPARISON_CUES), re.IGNORECASE)  # "год к году"
_WEEKEND_ALONE = re.compile(lexicon.any_of(lexicon.WEEKEND_NOUNS), re.IGNORECASE)  # "weekend", no "last"
_SHIFT = re.compile(r"P(\d{1,2})([MYW])")  # how far a phrase dates a figure back or forward: P1Y, P1M, P3M, P2W
_YEARS_DURATION = re.compile(r"P(\d{1,2})Y")  # a count of years: "over the past five years"
_WEEKS = re.compile(r"P(\d{1,2})W")  # a shift in weeks, of a run of days only
_DEFAULT_BASELINES = frozenset({PeriodFound.SINCE_YEAR_EARLIER, PeriodFound.SINCE_DAY_BEFORE})
_CARRIED = frozenset({PeriodFound.CARRIED_FROM_SENTENCE, PeriodFound.CARRIED_FROM_PARAGRAPH})  # from text before
# periods of one figure's own that are not the text's: a clause of time ("Since fall 2011, when enrollment peaked at
# 20.6 million,"), the days since an opening ("Since opening on Wednesday it has collected $43.1 million", "since
# opening there on July 12"), a period
# dated back from the text's by a phrase ("opened to $32.3 million the weekend before", "$21 million two weeks ago")
_NOT_CARRIED = frozenset({PeriodFound.WHEN_CLAUSE, PeriodFound.OPENED_ON_WEEKDAY, PeriodFound.OPENED_ON_DAY,
                          PeriodFound.DATED_BY_PHRASE})


@dataclass(frozen=True)
class PeriodReading:
    """A figure's period and its change's baseline, and how each was read (in reading order)."""

    period: str | None
    since: str | None
    evidence: tuple[PeriodEvidence, ...]


def own_period_of(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int]) -> PeriodMention | None:
    """A period that is the figure's own before it, compared or not.

    "down on 2019's 2.3m" (a possessive), "уступает итогам августа (10,76 млн тонн)" (the period before its bracket).
    """
    return _possessive_period(extraction, figure, sentence) or _period_before_bracket(extraction, figure, sentence)


def read_period(
    extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int], paragraph: tuple[int, int], kind: str,
    tie: Tie | None, checks: list[str], *, running_total: bool = False,
) -> PeriodReading:
    """The period of a figure of this kind and, for a change, its baseline (ties of a change go to `checks`).

    The steps, in order, each on what the steps before it read:
    1. the period read: a tied figure's (`_tied_period`), a restated figure's (`_restated_figure`), else the
       figure's own, its sentence's, the text's (`_period_for`); "к концу года" with a verb in the past tense, the
       year just gone's end (`_year_end_gone_by`);
    2. a change "between August and September": the last month against the first (`_change_between`); else its
       baseline (`_baseline`), from its comparison phrase, else its sentence's, against that period;
    3. an actual figure "in 2025" printed before 2025 is over: the year so far (`_so_far_this_year`); a change
       of it against the year before is against the same months of that year (`P1Y`); a measure counted once a
       year (a sown area, a harvest, a census) stays the year;
    4. a guess where no period was read, and a guessed period that fell on its own baseline moved past it
       (`_guessed_period`);
    5. a Russian price's or stock's change over a span: from the day before it to its last day (`_level_change`);
    6. a running total ("a cumulative gross of $459 million"): a level on its period's last day (`_running_total_day`);
    7. a share of a year's plan carried out, with a month carried to it: January to that month (`_plan_to_date`).
    """
    evidence: list[PeriodEvidence] = []
    period: str | None
    since: str | None
    restated = _restated_figure(extraction, figure, sentence)
    if tie is not None and tie.other.period is not None and tie.other.kind == kind:
        period, since = _tied_period(tie, evidence)
    elif restated is not None and restated.kind == kind and restated.period is not None:
        period, since = restated.period, restated.since
        evidence += [PeriodEvidence(PeriodFound.RESTATED, (restated.found.start, restated.found.end)),
                     *restated.period_evidence]
    else:
        period, since = _period_for(extraction, figure, sentence, paragraph, kind, evidence)
        if extraction.language == "ru":
            period = _flow_past_a_day(extraction, figure, sentence, paragraph, period, evidence)
            period = _whole_span_of_a_flow(extraction, figure, sentence, paragraph, period, evidence)
        period = _year_end_gone_by(extraction, figure, sentence, period, evidence)
        period = _rest_of_year(extraction, figure, sentence, period, evidence)
        period = _month_of_a_span(extraction, figure, sentence, period, evidence)
        period = _month_of_an_annual_rate(extraction, figure, sentence, period, evidence)
        period = _month_of_a_rolling_year(extraction, figure, period, evidence)
        period = _twelve_months_to(extraction, figure, sentence, period, evidence)
    if figure.form == "change" and since is None and (ends := _change_between(extraction, evidence)) is not None:
        period, since = ends  # "fell by 32,000 between August and September": from August's level to September's
    elif figure.form == "change" and since is None and (ends := _change_over_years(period, evidence)) is not None:
        period, since = ends  # "в 2020–2022 годах вырос на 30%": 2022's level against 2019's, a guess
    elif figure.form == "value" and _reached_by_last_change(extraction, figure, sentence) and (
            ends := _change_between(extraction, evidence)) is not None:
        period = ends[0]  # "fell by 12% between 2019 and 2023, to 40,000": the level the change reached, 2023's
    if figure.form == "change":
        since = _baseline(extraction, figure, sentence, period, since, evidence, checks)
    if not _once_a_year(extraction.article.visible, sentence):
        read, period = period, _so_far_this_year(extraction, kind, period, evidence)
    else:
        read = period  # "Посевные площади в этом году сократились": a measure of the whole year, not its months
    if figure.form == "change" and period != read and since == _previous_year(read):
        since = "P1Y"  # "В 2023 году ... вдвое меньше, чем в прошлом году" before 2023 is over: the year so far
        # against the same months of the year before, never the whole of that year
    period = _guessed_period(extraction, figure, sentence, kind, period, since, evidence)
    if figure.form == "value" and kind == "actual":
        period = _count_since(extraction, figure, sentence, period, evidence)
        period = _level_since(extraction, figure, sentence, period, evidence)
    if figure.form == "change" and extraction.language == "ru" and period is not None:
        period, since = _level_change(extraction, figure, sentence, paragraph, period, since, evidence)
    elif figure.form == "value" and extraction.language == "ru" and period is not None:
        period = _level_reached(extraction, figure, sentence, period, evidence)
        period = _level_before_its_change(extraction, figure, sentence, paragraph, period, evidence)
    if running_total:
        period = _running_total_day(figure, period, evidence)
    elif extraction.language == "ru":
        period = _flow_to_day(extraction, sentence, paragraph, figure, period, evidence)
        since = _months_to_day_before(period, since) if figure.form == "change" else since
    if fulfils_plan(extraction, figure) and _ANNUAL_PLAN.search(
            extraction.article.visible, max(sentence[0], figure.start - CONTEXT_REACH), figure.start):
        period = _plan_to_date(period, evidence)
    return PeriodReading(period, since, tuple(evidence))


_ONCE_A_YEAR = re.compile(lexicon.any_of(lexicon.ONCE_A_YEAR_MEASURES), re.IGNORECASE)
_CAUSE_LEAD = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.CAUSE_LEADS)}\s+(?:\w+\s+){{0,2}}$", re.IGNORECASE)


def _once_a_year(visible: str, sentence: tuple[int, int]) -> bool:
    """Whether a sentence's measure is counted once a year ("Посевные площади в этом году сократились на 1,3%").

    A noun of such a measure after a preposition of cause names the cause, never the measure: "Экспорт зерна в
    этом году вырос на 12% благодаря рекордному урожаю" is the export's, counted month by month.
    """
    return any(not _CAUSE_LEAD.search(visible, sentence[0], found.start())
               for found in _ONCE_A_YEAR.finditer(visible, sentence[0], sentence[1]))


_YEAR_END_BY = re.compile(lexicon.any_of(lexicon.YEAR_END_BY_PHRASES), re.IGNORECASE)


def _year_end_gone_by(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int], period: str | None,
                      evidence: list[PeriodEvidence]) -> str | None:
    """"К концу года" with its figure's verb in the past tense: the end of the year just gone, not of the year running.

    "Годовая инфляция к концу года замедлилась до 7,4%" in a January report tells what the year just ended came to;
    "к концу года" is the year running's last day only for what is expected by then ("замедлится до 4%"). The verb
    is the last one before the figure in its sentence; a word of forecast after it ("повысило прогноз инфляции к концу
    года до 7,5%", "ухудшил ожидания") makes it the act of forecasting: the year running's end stays.
    """
    published = extraction.published
    if extraction.language != "ru" or period != f"{published.year}-12-31":
        return period
    read = next((reading.span for reading in evidence if reading.found.field == "period" and reading.span), None)
    visible = extraction.article.visible
    if read is None or not _YEAR_END_BY.fullmatch(visible, read[0], read[1]):
        return period
    verbs = [word for word in words_of(visible[sentence[0] : figure.start], sentence[0], "ru", sentence[0])
             if word.part == VERB]
    if not verbs or FORECAST_WORD.search(visible, verbs[-1].end, figure.start):
        return period  # "повысило прогноз инфляции к концу года до 7,5%": the past verb revised a forecast
    readings = russian_readings(verbs[-1].text.casefold())
    if not readings or readings[0].tag.POS != "VERB" or lexicon.RU_PAST_TENSE not in readings[0].tag:
        return period
    return f"{published.year - 1}-12-31"


_TO_YEAR_END = re.compile(lexicon.any_of(lexicon.RU_TO_YEAR_END_PHRASES), re.IGNORECASE)
_FURTHER_BEFORE = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.RU_FURTHER_WORDS)}\s+$", re.IGNORECASE)
_SPAN_FROM_JANUARY = re.compile(r"(\d{4})-01/(\d{4})-(\d{2})")


def _rest_of_year(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int], period: str | None,
                  evidence: list[PeriodEvidence]) -> str | None:
    """"До конца года ... ещё" and an amount: what is added by the year's end, the months left, not the whole year.

    "За январь–сентябрь введено 540 тыс. кв. м. До конца года застройщики введут ещё 190 тыс. кв. м" is October to
    December: the months after the last run from January the text reported for the year (else from the month of
    publication), a guess. Without "ещё" ("до конца года дефицит составит 4 млрд рублей") it is the year's figure.
    """
    if figure.form != "value" or period != str(extraction.published.year):
        return period
    read = next((reading.span for reading in evidence if reading.found.field == "period" and reading.span), None)
    visible = extraction.article.visible
    if read is None or not _TO_YEAR_END.fullmatch(visible, read[0], read[1]) \
            or not _FURTHER_BEFORE.search(visible, sentence[0], figure.start):
        return period
    reported = [int(span.group(3)) for earlier in extraction.figures
                if (span := _SPAN_FROM_JANUARY.fullmatch(earlier.period or ""))
                and span.group(1) == span.group(2) == period]
    first = max(reported) + 1 if reported else extraction.published.month
    if first > 12:
        return period
    evidence.append(PeriodEvidence(PeriodFound.REST_OF_YEAR))
    return f"{period}-{first:02d}/{period}-12"


def _plan_to_date(period: str | None, evidence: list[PeriodEvidence]) -> str | None:
    """How much of a year's plan was carried out is counted from the year's start: January to the month carried.

    "За август поступило 5,1 млрд рублей. Годовые назначения исполнены на 61%": the plan is the year's, so the
    61% is of January to August, not of August alone (a month named in the figure's own clause stays its period;
    "Месячный план исполнен на 97%" and "Это 8% годового плана", a part of the plan, are not read so).
    """
    readings = [reading.found for reading in evidence if reading.found.field == "period"]
    if period is None or not readings or readings[-1] not in _CARRIED or not _MONTH_LABEL.fullmatch(period) \
            or period.endswith("-01"):
        return period
    evidence.append(PeriodEvidence(PeriodFound.PLAN_TO_DATE))
    return f"{period[:4]}-01/{period}"


def _flow_to_day(extraction: Extraction, sentence: tuple[int, int], paragraph: tuple[int, int], figure: FoundFigure,
                 period: str | None, evidence: list[PeriodEvidence]) -> str | None:
    """A sum reported to the first of a month ("доходы бюджета на 1 октября составили"): the months before it.

    Russian reports the execution of a budget, and other sums of the year, to a day: the day ends the months
    summed, January to September for "на 1 октября" (the year before for "на 1 января"). The sum is named in the
    figure's own clause; a stock or a price in the sentence is a level on that day, as "вклады на 1 октября" are.
    A change set after such a sum in its sentence ("..., что на 11% больше") is of the same months.
    """
    day = _FIRST_OF_MONTH.fullmatch(period or "")
    read = next((reading.span for reading in evidence if reading.found.field == "period" and reading.span), None)
    visible = extraction.article.visible
    before = extraction.clause_start(sentence[0])
    carried = day is not None and any(reading.found in _CARRIED for reading in evidence)
    if carried:
        read = _day_carried_from(extraction, read, period)
    elif _once_a_year(visible, sentence):
        return period  # a harvest to a day named in its clause ("на 1 ноября намолочено 52 млн тонн"): to date
    if day is None or read is None or not _RU_AS_OF.match(visible, read[0]) or _of_a_level(
            extraction, sentence, paragraph) or not (_RU_FLOW.search(visible, before, figure.start) or (
                figure.form == "change" and _after_a_sum_to_day(extraction, sentence, figure, read))):
        return period
    evidence.append(PeriodEvidence(PeriodFound.FLOW_TO_DAY, read))
    # a harvest carried a day is the year's ("Сбор зерна составил 2,3 млн тонн" after "на 1 октября"), not its months
    return _months_to_day(day, whole_year=_once_a_year(visible, sentence))


def _day_carried_from(extraction: Extraction, read: tuple[int, int] | None,
                      day: str | None) -> tuple[int, int] | None:
    """Where a day carried from a figure before was read: "на 1 октября" of the stock it dated, else the figure.

    "На 1 октября поголовье коров составило 84 тыс. голов. ¶ Сбор зерна составил 2,3 млн тонн": the harvest is
    carried the stock's day, and is the sum to it, as if it were named "на 1 октября" itself.
    """
    for _ in range(3):  # a day carried on from figure to figure
        source = next((f for f in extraction.figures if read == (f.found.start, f.found.end)), None)
        if source is None or source.period != day:
            return read
        read = next((reading.span for reading in source.period_evidence
                     if reading.found.field == "period" and reading.span), None)
    return read


def _after_a_sum_to_day(extraction: Extraction, sentence: tuple[int, int], figure: FoundFigure,
                        read: tuple[int, int]) -> bool:
    """Whether the figure before a change in its sentence is a sum reported to the day it was read from."""
    before = next((f for f in reversed(extraction.figures) if f.found.start < figure.start), None)
    return before is not None and before.found.start >= sentence[0] and any(
        reading.found is PeriodFound.FLOW_TO_DAY and reading.span == read for reading in before.period_evidence)


def _months_to_day(day: re.Match[str], *, whole_year: bool = False) -> str:
    """The months of a year before its first day of a month: January to September for 1 October (or that year)."""
    year, month = int(day.group(1)), int(day.group(2))
    return str(year - 1) if month == 1 else str(year) if whole_year else months_label(year, 1, month - 1)


def _months_to_day_before(period: str | None, since: str | None) -> str | None:
    """A sum's change over months against a first of a month ("на ту же дату прошлого года"): the months to it."""
    day = _FIRST_OF_MONTH.fullmatch(since or "")
    if day is None or period is None or DAY_LABEL.fullmatch(period):
        return since
    if "-" not in period:  # a year's harvest against the day a year before: the year before
        return _months_to_day(day, whole_year=True) if period.isdigit() else since
    return _months_to_day(day)


def _flow_past_a_day(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int],
                     paragraph: tuple[int, int], period: str | None, evidence: list[PeriodEvidence]) -> str | None:
    """A flow after a level on a day takes the period the text reports, not the level's day.

    "Чистый долг на 30 июня составил 310 млрд руб. Выручка увеличилась на 8,7% г/г": a results post gives its
    stocks on the last day of the period it is about (the quarter its lead names); a sum over time (revenue,
    income, sales), or a change of a year against a year, carried on after them is that period's, the last span
    named before that the day ends ("на 30 июня", "на 1 июля" of the second quarter). A stock carried on is still
    a level on the day.
    """
    day = period if period is not None and DAY_LABEL.fullmatch(period) else None
    carried = [reading for reading in evidence if reading.found in _CARRIED]
    if day is None or not carried or _of_a_level(extraction, sentence, paragraph):
        return period
    visible = extraction.article.visible
    before = extraction.clause_start(sentence[0])
    if not _RU_FLOW.search(visible, before, figure.start) and not (
            figure.form == "change" and _YEAR_ON_YEAR.match(visible, figure.end, sentence[1])):
        return period
    mention = _last_named_before(extraction, figure.start, lambda named: _ends_on(named.text, day))
    if mention is None:  # no span named before that the day ends
        return period
    evidence[:] = [reading for reading in evidence if reading not in carried]
    evidence.append(PeriodEvidence(PeriodFound.CARRIED_FROM_PARAGRAPH, (mention.start, mention.end)))
    evidence.extend(_mention_evidence(mention))
    return mention.text


def _whole_span_of_a_flow(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int],
                          paragraph: tuple[int, int], period: str | None, evidence: list[PeriodEvidence]) -> str | None:
    """A flow "за год" ("за квартал") after the text's last part of that year (quarter): the whole year (quarter).

    "В четвертом квартале выручка выросла на 6,1%. ... Выручка за год увеличилась на 4,9%": a results post gives its
    last quarter, then the year it closes; "за год" of a sum is the reported year, not a change over the quarter.
    A stock's or a price's change "за год" (a level against a year before) is left as read, and so is a part
    that does not close its year (the year is then not over, or not the one reported).
    """
    if period is None:
        return period
    visible = extraction.article.visible
    before = extraction.clause_start(sentence[0])
    if figure.form == "value" and _reached_by_last_change(extraction, figure, sentence):
        # "за год снизилась на 3,9%, до 359,5 млн тонн": the sum the change reached is of the change's span
        before = max(extraction.figures[-2].found.end if len(extraction.figures) > 1 else -1, sentence[0])
    if not any(reading.found in _CARRIED or (
            reading.found.field == "period" and reading.span is not None and reading.span[1] <= before)
               for reading in evidence):
        return period  # the part named in the figure's own clause ("за год" is then its change's span)
    own = [m for m in extraction.periods.within(before, figure.start) if m.baseline and m.text in _WHOLE_SPANS] + [
        m for m in extraction.periods.within(figure.end, sentence[1]) if m.baseline and m.text in _WHOLE_SPANS
        and _PHRASE_GAP.fullmatch(visible, figure.end, m.start)]
    if not own or not _OVER_PERIOD.fullmatch(visible, own[0].start, own[0].end) or _of_a_level(
            extraction, sentence, paragraph):
        return period
    if figure.form == "change" and not _names_or_refers(extraction, (sentence[0], figure.start), paragraph, _RU_FLOW):
        return period  # a change "за год" of a measure not known to be a sum may be a level's over the year
    part = span_of(period)
    if part is None:
        return period
    months = _WHOLE_SPANS[own[0].text]
    last = part.end.month
    if not part.whole_months or part.start.year != part.end.year or last % months or (
            last - part.start.month + 1 >= months):
        return period  # not a part of one year (quarter) that closes it
    return str(part.end.year) if months == 12 else f"{part.end.year}-Q{last // 3}"


def _month_of_a_span(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int], period: str | None,
                     evidence: list[PeriodEvidence]) -> str | None:
    """A change "за месяц" ("over the month") after a span of months named before it: the span's last month.

    "С начала года цены выросли на 5,6%. Продовольственные товары подорожали за месяц на 0,7%": a release gives
    the month, then the year so far, then the parts of the month; "за месяц" says the change is one month's, the
    last of the run carried to it (March of January to March), not the run's.
    """
    if period is None or not any(reading.found in _CARRIED for reading in evidence) or _MONTH_LABEL.fullmatch(period):
        return period
    visible = extraction.article.visible
    before = extraction.clause_start(sentence[0])
    own = [m for m in extraction.periods.within(before, figure.start) if m.baseline and m.text == "P1M"] + [
        m for m in extraction.periods.within(figure.end, sentence[1]) if m.baseline and m.text == "P1M"
        and _PHRASE_GAP.fullmatch(visible, figure.end, m.start)]
    if not own or not _OVER_PERIOD.fullmatch(visible, own[0].start, own[0].end):
        return period
    run = span_of(period)
    if run is None:
        return period
    if not run.whole_months or run.start.year * 12 + run.start.month == run.end.year * 12 + run.end.month:
        return period  # a day, a week, or one month already
    carried = next((reading.span for reading in evidence if reading.found in _CARRIED and reading.span), None)
    mention = extraction.periods.at(carried) if carried else None
    if mention is not None and mention.level_span is not None and mention.level_span[0] != (
            extraction.published.isoformat()):
        # "На 1 октября ... С начала года портфель вырос на 11,3%, за месяц – на 1,2%": the year so far ends on the
        # day named before it, and the month is the last it closes (September, of the first of October)
        last = date.fromisoformat(mention.level_span[0])
        month = last.month - 1 if last.day == 1 else last.month
        year = last.year - 1 if month == 0 else last.year
        return months_label(year, month or 12, month or 12)
    return months_label(run.end.year, run.end.month, run.end.month)


def _month_of_an_annual_rate(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int],
                             period: str | None, evidence: list[PeriodEvidence]) -> str | None:
    """An annual rate read with the year so far: the twelve months to its last month, dated by that month.

    "С начала года инфляция составила 5,6%, в годовом выражении — 16,4%": the 16,4% is March's rate against March
    a year before, not one of January to March; its own cue ("в годовом выражении", "год к году") in its clause.
    """
    readings = [reading.found for reading in evidence if reading.found.field == "period"]
    if period is None or figure.form != "value" or not readings or readings[-1] is not PeriodFound.YEAR_TO_DATE:
        return period
    visible = extraction.article.visible
    if not said_over_twelve_months(visible, extraction.clause_start(sentence[0]), figure.start, figure.end):
        return period
    run = span_of(period)
    if run is None:
        return period
    return months_label(run.end.year, run.end.month, run.end.month) if run.whole_months else period


_ROLLING_YEAR = re.compile(lexicon.ROLLING_YEAR_EN, re.IGNORECASE)


def _month_of_a_rolling_year(extraction: Extraction, figure: FoundFigure, period: str | None,
                             evidence: list[PeriodEvidence]) -> str | None:
    """A percentage over a year named by its last month is that month's annual rate: the month.

    "Average earnings rose by 1.5% in the year to July, below inflation of 2.6%": July's rates against a year
    before (`P1Y`), not the sum of the twelve months; an amount over it ("606,000 in the year to June") keeps them.
    """
    read = next((reading.span for reading in evidence if reading.found.field == "period" and reading.span), None)
    run = span_of(period) if period is not None and is_percent(figure) else None
    if run is None or read is None or run.months != 12 or not _ROLLING_YEAR.match(extraction.article.visible, read[0]):
        return period
    return months_label(run.end.year, run.end.month, run.end.month)


_TRAILING_YEAR = re.compile(lexicon.any_of((*lexicon.EN_TRAILING_YEAR_PHRASES, *lexicon.RU_TRAILING_YEAR_PHRASES)),
                            re.IGNORECASE)


def _twelve_months_to(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int],
                      period: str | None, evidence: list[PeriodEvidence]) -> str | None:
    """An amount over the last twelve months is their sum: the twelve months to the month of its period.

    "The deficit over the last twelve months totals $907 billion" in a report on May: June to May, not May alone; a
    percentage over them is the month's rate against a year before (its period stays the month's, `since: P1Y`).
    """
    run = span_of(period) if period is not None and figure.form == "value" and not is_percent(figure) else None
    # a month named for the figure stays its own ("1.2 million in May, the lowest in the past 12 months")
    named = any(not reading.found.guess for reading in evidence if reading.found.field == "period")
    if run is None or named or not run.whole_months or run.months == 12:
        return period
    visible = extraction.article.visible
    # the phrase in the figure's clause: no other figure, and no comma, between them
    said = any((phrase.end() <= figure.start and not re.search(r"[\d,;]", visible[phrase.end() : figure.start]))
               or (phrase.start() >= figure.end and not re.search(r"[\d,;]", visible[figure.end : phrase.start()]))
               for phrase in _TRAILING_YEAR.finditer(visible, sentence[0], sentence[1]))
    if not said:
        return period
    return run_to(12, run.end.month, run.end.year)


def _ends_on(span: str, day: str) -> bool:
    """Whether a span of more than a day is closed by a day: its last, or the first after it (2021-Q2, 2021-07-01)."""
    run, moment = span_of(span), span_of(day)
    if run is None or moment is None:
        return False
    return run.start < run.end and moment.start in (run.end, run.end + timedelta(days=1))


def not_begun(period: str | None, published: date) -> bool:
    """Whether a period starts after the day of publication (a fiscal label without its calendar never does)."""
    return period is not None and begins_after(period, published)


def _restated_figure(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int]) -> ExtractedFigure | None:
    """The figure right before this one that this one restates in other terms: it has the same period.

    "from $3.5 billion, or 46 cents per share, a year earlier", "на 12 млрд рублей, или на 4%", "from £556 million
    (€818 million) the previous year": one figure printed twice, so what dates the first dates the second.
    """
    previous = extraction.figures[-1] if extraction.figures else None
    if previous is None or not sentence[0] <= previous.found.end <= figure.start:
        return None
    return previous if _RESTATING_GAP.fullmatch(extraction.article.visible, previous.found.end, figure.start) else None


def _change_between(extraction: Extraction, evidence: list[PeriodEvidence]) -> tuple[str, str] | None:
    """The two months (or days) a change runs between, as its period and its baseline.

    "fell by 32,000 between August and September" is September's level against August's, not a change over the
    two months. Months further apart name the run between them, as a quarter's figures are written ("fell by
    37,000 between July and September" is the change of the three months, "grew 0.5% between April and June" the
    second quarter's): the run is the change's period, as it is a level's.
    """
    span = next((reading.span for reading in evidence if reading.found.field == "period" and reading.span), None)
    if span is None or not _BETWEEN_LEAD.match(extraction.article.visible, span[0]):
        return None
    mention = extraction.periods.at(span)
    if mention is None:
        return None
    run = span_of(mention.text)
    if run is None:
        return None
    if not run.whole_months:  # "rose 12% between March 1 and March 15": the last day's level against the first's
        return run.end.isoformat(), run.start.isoformat()
    if (run.start.year, run.start.month) == (run.end.year, run.end.month):
        return None
    if _YEARS_RUN.fullmatch(mention.text):  # "declined by 463,000 between 2012 and 2013": the years, not months
        return str(run.end.year), str(run.start.year)
    if run.months is None or run.months > 2:
        return None  # "between July and September": the run of months, not its ends
    return (months_label(run.end.year, run.end.month, run.end.month),
            months_label(run.start.year, run.start.month, run.start.month))


def _change_over_years(period: str | None, evidence: list[PeriodEvidence]) -> tuple[str, str] | None:
    """A change over a run of whole years, as its last year and the baseline the run starts from: the year before.

    "В 2020–2022 годах экспорт вырос на 30%": the growth of those three years, 2022 against 2019, never the run
    against the same run a year earlier. Whether the first year's own growth is in it is not always meant: a guess.
    """
    run = span_of(period) if period is not None and _YEARS_RUN.fullmatch(period) else None
    if run is None or run.start.year == run.end.year:
        return None
    evidence.append(PeriodEvidence(PeriodFound.SINCE_BEFORE_YEARS))
    return str(run.end.year), str(run.start.year - 1)


def _reached_by_last_change(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int]) -> bool:
    """Whether a value is the level the change right before it in its sentence reaches: "fell by 12%, to 40,000"."""
    change = extraction.figures[-1] if extraction.figures else None
    if change is None or change.found.form != "change" or change.found.start < sentence[0]:
        return False
    # the period between them ("fell by 32,000 between August and September, to 1.2 million") blanked
    between = extraction.periods.blanked(extraction.article.visible, change.found.end, figure.start)
    return bool(_LEVEL_REACHED.fullmatch(_BETWEEN_LEAD.sub(" ", between)))


def _running_total_day(figure: FoundFigure, period: str | None, evidence: list[PeriodEvidence]) -> str | None:
    """A running total is a level at a moment: the last day of the period its sentence is about, a guess.

    "earned $33.7 million over the weekend, for a cumulative gross of $459 million" is $459 million on the
    weekend's Sunday; "$140 million to date" in a report on a weekend, on that Sunday.
    """
    if figure.form == "change" or period is None:
        return period
    day = last_day(period)
    if day is None:
        return period  # a fiscal label without its calendar: no day to give
    if day != period:
        evidence.append(PeriodEvidence(PeriodFound.RUNNING_TOTAL))
    return day


def _tied_period(tie: Tie, evidence: list[PeriodEvidence]) -> tuple[str | None, str | None]:
    """The period of the figure a figure is tied to ("(5 000 шт.)" after a change, "Это на 5%"), with its readings.

    The same change as an amount keeps its baseline too; a level or a pronoun's change is measured anew.
    """
    evidence += [reading for reading in tie.other.period_evidence if reading.found.field == "period"]
    return tie.other.period, tie.other.since if tie.relation == AMOUNT_CHANGE else None


def _guessed_period(
    extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int], kind: str, period: str | None,
    since: str | None, evidence: list[PeriodEvidence],
) -> str | None:
    """The guess where no period was read; and a change's guessed period moved off its own baseline.

    What is expected of a change is the publication year's, not the lead's past period; a dated figure, or a
    change (which needs a period), takes the headline's guess (`_headline_period`), the year so far when that is
    an actual's year of publication. A change whose guessed period (its own, or the tied figure's it shares) fell
    on its baseline is of the period after it (`_after_baseline`): a change never runs from a period to itself.
    """
    if period is None and figure.form == "change" and kind not in _DATED_KINDS:
        period = str(extraction.published.year)
        evidence.append(PeriodEvidence(PeriodFound.FORECAST_PUBLICATION_YEAR))
    elif period is None and (kind in _DATED_KINDS or figure.form == "change"):
        period = _so_far_this_year(extraction, kind, _headline_period(extraction, figure, sentence, evidence), evidence)
    if figure.form == "change" and period is not None and period == since:
        period = _after_baseline(extraction, period, evidence)
    elif figure.form == "change" and since is not None and _guess_ends_before(extraction, period, since, evidence):
        # "Rates have fallen 0.85 point since January" with no period read: the change runs to the time of writing
        period = extraction.published.isoformat()
    return period


def _level_since(
    extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int], period: str | None,
    evidence: list[PeriodEvidence],
) -> str | None:
    """A level reached since a month, with no period read: the level at the time of writing, as the change.

    "Unemployment has risen to 4.4% since June, when it stood at 4.0%": the 4.4% is now's (the publication day,
    still marked), never a guess that ends before the June it is counted from.
    """
    if period is None or printed_as_change_start(extraction.article.visible, sentence[0], figure):
        return period  # "down from 6.9% since March": the start of the change, dated as such
    phrase = next(iter(extraction.periods.within(figure.end, sentence[1])), None)
    if phrase is None or not phrase.since or not _BOUND_PERIOD_GAP.fullmatch(
            extraction.article.visible[figure.end : phrase.start]):
        return period
    if _guess_ends_before(extraction, period, phrase.text, evidence):
        return extraction.published.isoformat()
    return period


def _count_since(
    extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int], period: str | None,
    evidence: list[PeriodEvidence],
) -> str | None:
    """A count since a month, with no period read: from the start of that month to the time of writing.

    "Since March, 4,200 people have been hired", "have hired 4,200 people since March": the perfect with "since"
    counts from then to now, so the count is of the run of days from March 1 to publication (still marked), never
    a guess (the year before, or a period first named paragraphs later). A level reached ("has risen to 4.4%
    since June", "has stood at 4.1%") or a rate is of the day of writing (`_level_since`), and the start of a
    change is its own.
    """
    visible = extraction.article.visible
    if period is None or is_percent(figure) or printed_as_change_start(visible, sentence[0], figure):
        return period
    phrase = next((m for m in extraction.periods.within(sentence[0], sentence[1]) if m.since), None)
    if phrase is None or _LEVEL_BEFORE.search(visible, sentence[0], figure.start) is not None:
        return period
    start = span_of(phrase.text)
    # no period read for it (the text's guess, or one first named later): the count runs to the time of writing
    if start is None or not start.end < extraction.published or not any(
            reading.found in UNFOUND for reading in evidence):
        return period
    evidence.append(PeriodEvidence(PeriodFound.COUNT_TO_PUBLICATION, (phrase.start, phrase.end)))
    return f"{start.start.isoformat()}/{extraction.published.isoformat()}"


def _guess_ends_before(extraction: Extraction, period: str | None, since: str, evidence: list[PeriodEvidence]
                       ) -> bool:
    """Whether a change's guessed period ends before its own baseline does, the baseline ended by publication."""
    if period is None or not any(reading.found in UNFOUND for reading in evidence):
        return False
    ends, baseline = span_of(period), span_of(since)
    if ends is None or baseline is None:
        return False  # a span ("P1Y") or a fiscal period: nothing to set it against
    return ends.end < baseline.end < extraction.published


def _after_baseline(extraction: Extraction, baseline: str, evidence: list[PeriodEvidence]) -> str:
    """The guessed period of a change whose guess fell on its own baseline ("rose 5% compared with 2024").

    A change runs from its baseline to a later period, never to the same one: with no period read for it, the
    change is of the year after a year's baseline, up to the publication year (still listed under `guessed:`).
    A baseline of another length, or a period that was read, is left for the journalist to see.
    """
    if not any(reading.found in UNFOUND for reading in evidence) or not _YEAR_ONLY.fullmatch(baseline):
        return baseline
    return str(min(int(baseline) + 1, extraction.published.year))


def _level_change(
    extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int], paragraph: tuple[int, int], period: str,
    since: str | None, evidence: list[PeriodEvidence],
) -> tuple[str, str | None]:
    """A price's (or a stock's) change over a span with no baseline named: from the day before it to its last day.

    "Цены с 1 по 23 октября выросли на 1,1%" is the level of 23 October against that of 30 September; "за январь –
    сентябрь цены выросли на 16,1%", "с начала года" against the last day of the year before (a price is a level at
    a moment: its change since the start of a span is written between two days). A later change of the paragraph
    carried over the same day keeps its start ("картофель подешевел на 20,5%, капуста — на 14,8%").
    """
    read = next((reading.span for reading in evidence if reading.found.field == "period" and reading.span), None)
    mention = extraction.periods.at(read) if read else None
    over_month = _over_the_month(extraction, figure, sentence, period, since)
    if over_month is not None and (day := _day_closing_month(extraction, sentence, paragraph, period,
                                                             figure.end)) is not None:
        # "Вклады на 1 октября составили 410 млрд. ... За месяц вклады сократились на 0,7%": the stock's day
        # against the same day a month before, not the month carried from a sentence about another measure
        evidence[:] = [reading for reading in evidence if reading.found.field != "period"]  # the month's no more
        evidence.append(_day_evidence(day, sentence, paragraph))
        evidence.append(PeriodEvidence(PeriodFound.SINCE_START_OF_SPAN, (over_month.start, over_month.end)))
        return day.text, _month_earlier(day.text)
    if not any(reading.found in _DEFAULT_BASELINES for reading in evidence) or not (_of_a_level(
            extraction, sentence, paragraph) or _level_on_a_day(extraction, figure, sentence)):
        return period, since  # a baseline was named, or the measure is no price or stock (a flow: P1Y stands)
    if mention is not None and mention.level_span is not None and mention.text == period:
        end, day_before = mention.level_span
        # the year so far's guessed last month no longer stands: the span ends on a day, the publication's or one
        # the text named before ("на 1 августа ... С начала года он сократился")
        evidence[:] = [reading for reading in evidence
                       if reading.found not in _DEFAULT_BASELINES and reading.found is not PeriodFound.YEAR_TO_DATE]
        if end == extraction.published.isoformat():
            evidence.append(PeriodEvidence(PeriodFound.TO_DATE_END, read))
        elif mention.guess is PeriodFound.YEAR_TO_DATE:
            # ("на 30 июня вырос с начала года": the day named in the sentence ends the span, read, not carried)
            named = next((day for day in extraction.periods.within(sentence[0], figure.start) if day.text == end), None)
            evidence.append(_day_evidence(named, sentence, paragraph) if named is not None
                            else PeriodEvidence(PeriodFound.CARRIED_FROM_SENTENCE, read))
        evidence.append(PeriodEvidence(PeriodFound.SINCE_START_OF_SPAN, read))
        return end, day_before
    day = _day_closing_month(extraction, sentence, paragraph, period, figure.end) if (
        mention is not None and mention.text == period) else None
    if mention is not None and day is not None:
        evidence[:] = [reading for reading in evidence
                       if reading.found not in _DEFAULT_BASELINES and reading.found.field != "period"]
        evidence.append(_day_evidence(day, sentence, paragraph))
        evidence.append(PeriodEvidence(PeriodFound.SINCE_START_OF_SPAN, (mention.start, mention.end)))
        return day.text, _month_earlier(day.text)
    carried = next((reading.span for reading in evidence if reading.found in _CARRIED and reading.span), None)
    # the last change to the same day over a span, the carried figure's own or one before it ("Вклады за девять
    # месяцев выросли на 12,9%. Доля рублевых вкладов составила 71%. Долгосрочные вклады выросли на 16%")
    before = _last_change_over_a_span(extraction, period) if carried else None
    if before is not None:
        evidence[:] = [reading for reading in evidence if reading.found not in _DEFAULT_BASELINES]
        evidence.append(PeriodEvidence(PeriodFound.SINCE_CARRIED, carried))
        return period, before.since
    return period, since


def _level_reached(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int], period: str,
                   evidence: list[PeriodEvidence]) -> str:
    """The level a stock's change over a span reaches ("вырос на 37% и составил 160 млрд", "…, до 160 млрд"): its day.

    The change is written from the day before the span to its last day (`_level_change`); the level it leaves the
    stock at, in the same clause and read from the same span, is the stock on that last day, not a sum over the span.
    """
    change = extraction.figures[-1] if extraction.figures else None
    if change is None or change.found.form != "change" or change.found.end < sentence[0] or not any(
            reading.found is PeriodFound.SINCE_START_OF_SPAN for reading in change.period_evidence):
        return period
    read = next((reading.span for reading in evidence if reading.found.field == "period" and reading.span), None)
    spans = [reading.span for reading in change.period_evidence if reading.found is PeriodFound.SINCE_START_OF_SPAN]
    # (the span may stand between them: "снизился на 8,5% с начала года и составил 235 млрд")
    if read is None or read not in spans or change.period is None or not _reached_by_last_change(
            extraction, figure, sentence):
        return period
    # the level is dated as the change's end is, and its check says so (not the span's "to date")
    evidence[:] = [reading for reading in evidence if reading.found.field != "period"] + [
        reading for reading in change.period_evidence if reading.found.field == "period"]
    return change.period


def _level_before_its_change(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int],
                             paragraph: tuple[int, int], period: str, evidence: list[PeriodEvidence]) -> str:
    """A stock's level with a participle of its change over a span after it: the stock on the span's last day.

    "Объем вкладов составил 540 млрд рублей, увеличившись с начала года на 17%": the change is written from the day
    before the span to its last day (`_level_change`), and the level it reached is that day's, not a sum over the
    span; a flow's ("Оборот торговли составил ..., увеличившись с начала года") stays the months so far.
    """
    read = next((reading.span for reading in evidence if reading.found.field == "period" and reading.span), None)
    mention = extraction.periods.at(read) if read else None
    if mention is None or mention.level_span is None or mention.text != period or \
            not figure.end <= mention.start < sentence[1] or not _of_a_level(extraction, sentence, paragraph):
        return period
    visible = extraction.article.visible
    clause = words_of(visible[figure.end : mention.start], figure.end, "ru", sentence[0])
    # the participle opens the clause after the level's comma, the span right after it
    if len(clause) != 1 or visible[figure.end : clause[0].start].strip() != "," or not any(
            reading.tag.POS == "GRND" for reading in russian_readings(clause[0].text)[:1]):
        return period
    end = mention.level_span[0]
    evidence[:] = [reading for reading in evidence if reading.found.field != "period"]
    evidence.append(PeriodEvidence(PeriodFound.TO_DATE_END if end == extraction.published.isoformat()
                                   else PeriodFound.NAMED_IN_CLAUSE, read))
    return end


def _day_evidence(day: PeriodMention, sentence: tuple[int, int], paragraph: tuple[int, int]) -> PeriodEvidence:
    """How a stock's day was found for its change: named in its sentence (read), or carried from before it."""
    if sentence[0] <= day.start < sentence[1]:
        return PeriodEvidence(PeriodFound.NAMED_IN_CLAUSE, (day.start, day.end))
    return _carried_reading((day.start, day.end), paragraph[0])


def _carried_reading(span: tuple[int, int], paragraph_start: int) -> PeriodEvidence:
    """A period carried from the text before: from its own paragraph (a sentence before), or from an earlier one."""
    found = PeriodFound.CARRIED_FROM_SENTENCE if span[0] >= paragraph_start else PeriodFound.CARRIED_FROM_PARAGRAPH
    return PeriodEvidence(found, span)


def _carried(evidence: list[PeriodEvidence], span: tuple[int, int], paragraph_start: int,
             source: Sequence[PeriodEvidence], period: str | None) -> str | None:
    """A period carried from the text before, with the reading that says so and the kind of year it keeps."""
    evidence.append(_carried_reading(span, paragraph_start))
    _carry_year_kind(source, evidence)
    return period


def _day_closing_month(extraction: Extraction, sentence: tuple[int, int], paragraph: tuple[int, int], period: str,
                       figure_end: int) -> PeriodMention | None:
    """The stock's day that closes the month a stock's change is said over: after it in its sentence, or before.

    "Вклады на 1 сентября составили 1,21 трлн рублей. За август вклады выросли на 1,9%", "За август вклады выросли
    на 1,9% и составили 1,21 трлн рублей на 1 сентября": the change is the level of 1 September against that of
    1 August (month on month, as the levels are dated), not August against a year before. Prices keep their month
    (an index's monthly change); a flow "за август" is the month's sum.
    """
    if not _MONTH_LABEL.fullmatch(period) or not _of_a_stock(extraction, sentence, paragraph):
        return None
    visible = extraction.article.visible

    def closes(day: PeriodMention) -> bool:
        return bool(DAY_LABEL.fullmatch(day.text) and _ends_on(period, day.text) and _RU_AS_OF.match(
            visible, day.start))

    after = next((day for day in extraction.periods.within(figure_end, sentence[1]) if closes(day)), None)
    return after or _last_named_before(extraction, sentence[0], closes)


def _over_the_month(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int], period: str,
                    since: str | None) -> PeriodMention | None:
    """The change's own "за месяц" ("over the month"), when its baseline was read from it as the month before."""
    own = _own_baseline(extraction, figure, sentence)
    if own is None or own.text != "P1M" or since is None or since != _month_earlier(period) or not (
            _OVER_PERIOD.fullmatch(extraction.article.visible, own.start, own.end)):
        return None
    return own


def _last_named_before(extraction: Extraction, position: int,
                       wanted: Callable[[PeriodMention], bool]) -> PeriodMention | None:
    """The nearest period named before `position` that `wanted` accepts, a few back at most (bounded work)."""
    mention = extraction.periods.last_dated_before(position)
    for _ in range(_RECENT_FIGURES):
        if mention is None or wanted(mention):
            return mention
        mention = extraction.periods.last_dated_before(mention.start)
    return None


def _of_a_stock(extraction: Extraction, sentence: tuple[int, int], paragraph: tuple[int, int]) -> bool:
    """Whether a sentence is about a stock and not a price (a price's monthly change is an index's, kept)."""
    return not _RU_PRICE.search(extraction.article.visible, sentence[0], sentence[1]) and _names_or_refers(
        extraction, sentence, paragraph, _RU_STOCK)


def _same_span_again(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int],
                     period: str | None) -> ExtractedFigure | None:
    """The change before, when a change says its span again ("за тот же период") and carries its period.

    "... в IV квартале составила 52 340 рублей, что на 2,8% меньше, чем в III квартале. На первичном рынке цены за
    тот же период выросли на 0,7%": the 0,7% is over the same span, the fourth quarter against the third; so is a
    variant opening its sentence ("Including bonuses, pay growth was 4.9%" after regular pay's change on a year).
    """
    visible = extraction.article.visible
    if period is None or not (_RU_SAME_SPAN_AGAIN.search(visible, extraction.clause_start(sentence[0]), figure.start)
                              or _VARIANT_OPENING.match(visible, sentence[0])
                              or _VARIANT_SUBJECT.match(visible, sentence[0])):
        return None
    return next((f for f in islice(reversed(extraction.figures), _RECENT_FIGURES)
                 if f.found.form == "change" and f.period == period and f.since), None)


def _level_on_a_day(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int]) -> bool:
    """Whether a change's sentence gives its measure on a day ("на 1 октября", "на ту же дату"), a sum named nowhere.

    "Кредиты юридическим лицам на ту же дату составили 1,1 трлн рублей, увеличившись с начала года на 14,6%": what
    is counted on a day is a level there (a stock), and its change since the start of a span is against the day
    before it; a sum reported to a day ("доходы на 1 октября") names its flow.
    """
    visible = extraction.article.visible
    return any(DAY_LABEL.fullmatch(m.text) and _RU_AS_OF.match(visible, m.start)
               for m in extraction.periods.within(sentence[0], figure.start)) and not _RU_FLOW.search(
        visible, sentence[0], sentence[1])


def _of_a_level(extraction: Extraction, sentence: tuple[int, int], paragraph: tuple[int, int]) -> bool:
    """Whether a sentence is about a price or a stock, a level at a moment."""
    return _names_or_refers(extraction, sentence, paragraph, _RU_PRICE_LEVEL)


def _names_or_refers(extraction: Extraction, sentence: tuple[int, int], paragraph: tuple[int, int],
                     words: re.Pattern[str]) -> bool:
    """Whether a sentence names what `words` spell, or its pronoun goes on about one named just before it.

    "Объем вкладов на 1 октября достиг 5,2 трлн рублей. За год он увеличился на 30%": "он" is the deposits.
    """
    visible = extraction.article.visible
    if words.search(visible, sentence[0], sentence[1]):
        return True
    floor = paragraph[0]
    if extraction.opens_paragraph_figures(sentence[0]) and _ANAPHORIC_ACROSS_PARAGRAPH.search(
            visible, sentence[0], sentence[1]):
        # "... составила 11,2 тыс. человек. ¶ По сравнению с предыдущим месяцем показатель уменьшился на 3,4%"
        floor = extraction.paragraph_start(paragraph[0] - 1)
    # the measure named just before first: the cheap search, before reading the sentence's words
    return bool(words.search(visible, max(floor, sentence[0] - CONTEXT_REACH), sentence[0]) and (
        _RU_ANAPHORIC.search(visible, sentence[0], sentence[1]) or _change_noun_subject(extraction, sentence)))


def _change_noun_subject(extraction: Extraction, sentence: tuple[int, int]) -> bool:
    """Whether a sentence's subject is a bare noun of change, which goes on about the measure before, as "он" does.

    "Вклады на 1 сентября составили 610 млрд рублей. За август прирост составил 1,8%": the change noun right before
    its verb names nothing of its own (the metric reader's pronoun rule); "прирост выручки составил" names the
    revenue, and "естественный прирост" a balance.
    """
    words = words_of(extraction.article.visible[sentence[0] : sentence[1]], sentence[0], "ru", sentence[0])
    return any(word.text.casefold() in lexicon.ANAPHORIC_MEASURE_NOUNS and after.part == VERB and not (
        at and words[at - 1].text.casefold() in lexicon.BALANCE_ADJECTIVES)
        for at, (word, after) in enumerate(pairwise(words)))


def _possessive_period(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int]) -> PeriodMention | None:
    """A period in the possessive before the figure's noun phrase: "2019's pre-pandemic 2.3m", "September's 15%"."""
    visible = extraction.article.visible
    before = [m for m in extraction.periods.within(max(sentence[0], figure.start - _POSSESSIVE_REACH), figure.start)
              if not m.duration and not m.baseline]
    if not before or before[-1].equalled:
        return None
    if _POSSESSIVE_GAP.fullmatch(visible, before[-1].end, figure.start):
        return before[-1]
    # "November's gain was revised down to 212,000": the period owns the subject of the figure's clause, with the
    # verb phrase between and no conjunction opening another clause
    subject = _POSSESSIVE_SUBJECT_GAP.fullmatch(visible, before[-1].end, figure.start)
    if subject is None or _CLAUSE_OPENING_WORD.search(subject.group(0)):
        return None
    return before[-1]


def _dated_mark_period(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int]
                       ) -> PeriodMention | None:
    """The period a mark right before the figure is dated by: "since its fall 2012 peak of 25,600" is fall 2012's.

    The period is what a change is set against ("since", "below"), and the mark's figure is the level it stood at
    then, never of the text's period.
    """
    before = [m for m in extraction.periods.within(max(sentence[0], figure.start - _POSSESSIVE_REACH), figure.start)
              if not m.duration]
    if not before or not _DATED_MARK_GAP.fullmatch(extraction.article.visible, before[-1].end, figure.start):
        return None
    return before[-1]


def _same_part_last_year(extraction: Extraction, compared: PeriodMention, sentence: tuple[int, int]) -> str | None:
    """The period of a figure compared with "last year" in words, after a figure of a part of the year after it.

    "В феврале родилось 585 детей, что меньше, чем в предыдущем году (617)", "fewer than last year (617)": 617 is
    of February a year before, the same part of the year (as `_is_last_year_of_a_part` reads a change's baseline).
    """
    last = extraction.figures[-1] if extraction.figures else None
    if last is None or last.found.start < sentence[0] or last.period is None \
            or not _is_last_year_of_a_part(extraction.article.visible, compared, last.period) \
            or int(last.period[:4]) != int(compared.text) + 1:
        return None
    return _in_year(last.period, int(compared.text))


def _period_before_bracket(
    extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int]
) -> PeriodMention | None:
    """A period right before the bracket that opens with the figure: compared or not, the bracketed figure's own.

    "чем в январе – сентябре прошлого года (2,1 млн тонн)", "against August's result (10.8 million)".
    """
    if figure.form == "change":
        return None  # "… than in 2023 (+5%)": a change in brackets is its clause's, not the compared period's
    before = extraction.periods.within(max(sentence[0], figure.start - _POSSESSIVE_REACH), figure.start)
    if not before or before[-1].duration or before[-1].baseline:
        return None
    return before[-1] if _OPENING_BRACKET.fullmatch(extraction.article.visible, before[-1].end, figure.start) else None


def _so_far_this_year(
    extraction: Extraction, kind: str, period: str | None, evidence: list[PeriodEvidence]
) -> str | None:
    """An actual figure "in 2021" printed before 2021 is over is the year so far: its months up to the last one.

    News gives this year's running totals as "in 2021" ("now account for 16.6 per cent ... in 2021"); a whole
    year that has not ended cannot have an actual figure. A fiscal year or a season's year is left as read.
    """
    published = extraction.published
    if kind != "actual" or period != str(published.year) or _fiscal(evidence):
        return period
    if published.month == 1:
        return str(published.year)  # no whole month of the year has passed: leave it for the journalist
    evidence.append(PeriodEvidence(PeriodFound.YEAR_SO_FAR))
    return months_label(published.year, 1, published.month - 1)


def _headline_period(
    extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int], evidence: list[PeriodEvidence]
) -> str:
    """The period of a figure printed before the text names any: a headline's figure is the lead's.

    News states the period in the lead, not in the headline above it; with no period anywhere, the year before
    publication (the last whole year) is the guess, or the week to publication for a figure set against its level
    a week earlier (`_weekly_reading`).
    """
    lead = None if extraction.periods.last_dated_before(figure.start) else extraction.periods.first_dated_after(
        figure.end)
    if lead is not None:
        evidence.append(PeriodEvidence(PeriodFound.FIRST_NAMED_LATER, (lead.start, lead.end)))
        _carry_year_kind(_mention_evidence(lead), evidence)
        return lead.text
    if not extraction.periods.last_dated_before(figure.start) and _weekly_reading(extraction, figure, sentence):
        evidence.append(PeriodEvidence(PeriodFound.WEEK_TO_PUBLICATION))
        return _week_to_publication(extraction.published)
    evidence.append(PeriodEvidence(PeriodFound.NOT_FOUND))
    return str(extraction.published.year - 1)


def _period_for(
    extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int], paragraph: tuple[int, int], kind: str,
    evidence: list[PeriodEvidence],
) -> tuple[str | None, str | None]:
    """The figure's period and baseline: its sentence first, then its paragraph, then the article before it."""
    index = extraction.periods
    visible = extraction.article.visible
    column = table_column_period(extraction, figure)
    if column is not None:  # "Павлодарская 6,3 6,9" under "Область янв.20 дек.19": the column's header names it
        evidence.append(PeriodEvidence(PeriodFound.TABLE_COLUMN, column[2]))
        return column[0], column[1]
    own = _possessive_period(extraction, figure, sentence)
    if own is not None:  # "2019's pre-pandemic 2.3m performance": the period the figure belongs to
        evidence.append(PeriodEvidence(own.guess or PeriodFound.POSSESSIVE, (own.start, own.end)))
        return own.text, None
    mark = _dated_mark_period(extraction, figure, sentence)
    if mark is not None:  # "since its fall 2012 peak of 25,600": the peak's period, though the change's baseline
        evidence.append(PeriodEvidence(mark.guess or PeriodFound.NAMED_IN_CLAUSE, (mark.start, mark.end)))
        return mark.text, None
    before_event = _before_event_year(extraction, figure, sentence, paragraph)
    if before_event is not None:  # "the pre-pandemic record of 46.9 million" after "the first time since 2019"
        evidence.append(PeriodEvidence(PeriodFound.BEFORE_EVENT_YEAR, before_event[1]))
        return before_event[0], None
    when = _when_clause_period(extraction, figure, sentence)
    if when is not None and _SHIFT.fullmatch(when.text):
        # "down 7% from the same weekend last year, when "Salt Road" opened to $48 million": the clause's time is
        # the change's period that far back, never the shift itself
        start = _change_shifted_back(extraction, sentence, when.text)
        if start is not None:
            evidence.append(PeriodEvidence(PeriodFound.WHEN_CLAUSE, (when.start, when.end)))
            return start, None
    elif when is not None:  # "Since fall 2011, when enrollment peaked at 20.6 million,": the clause's period
        evidence.append(PeriodEvidence(when.guess or PeriodFound.WHEN_CLAUSE, (when.start, when.end)))
        return when.text, None
    bracketed = _period_before_bracket(extraction, figure, sentence)
    if bracketed is not None:  # "уступает итогам августа (10,76 млн тонн)": the period the bracket gives a figure
        evidence.append(PeriodEvidence(bracketed.guess or PeriodFound.NAMED_IN_CLAUSE,
                                       (bracketed.start, bracketed.end)))
        return _same_part_last_year(extraction, bracketed, sentence) or bracketed.text, None
    # "по сравнению с январем 2015 года", "than in 2022": the other end of a comparison, not the figure's period
    # "Last weekend's champion, "Blue Beetle," fell 51%": the possessive dates the title held, not the figure
    in_sentence = [m for m in index.within(sentence[0], sentence[1]) if not m.baseline and not m.compared
                   and not _COMPARED.search(visible[max(sentence[0], m.start - 25) : m.start])
                   and not is_comparative_baseline(visible, sentence[0], m.start)
                   and not _RANK_HOLDER_AFTER.match(visible, m.end)
                   # "Including $3 million in Thursday previews, "Iron Meadow" earned $27.9 million": the weekend's
                   and not _previews_of_another(visible, figure, m)]
    # "Greece, which ends its bailout in August, cut its debt to 178.6%": an aside's period dates the aside
    aside = relative_aside(visible, sentence[0], figure.start, figure.end)
    before = [m for m in in_sentence if m.end <= figure.start
              and relative_aside(visible, sentence[0], m.start, m.end) in (None, aside)]
    # "rose 256,000, above 2023's 212,000": a period in the possessive owns the figure after it, not the one before
    # "fell 42% from its $84.7 million opening weekend": a change's start was taken in an earlier weekend than the
    # text's, whatever words name it
    baseline_value = figure.form != "change" and printed_as_change_start(visible, sentence[0], figure)
    after = [m for m in in_sentence if m.start >= figure.end and not _POSSESSIVE_OF_NEXT.match(visible, m.end)
             and not (baseline_value and _WEEKEND_ALONE.fullmatch(visible, m.start, m.end))]
    duration = before[-1].text if before and before[-1].duration else None
    dated_before = [m for m in before if not m.duration]
    dated_after = [m for m in after if not m.duration]
    if duration is not None and figure.form != "change" and (
            years := _years_to_day_phrase(duration, dated_after)) is not None:
        evidence.append(PeriodEvidence(PeriodFound.YEARS_TO_NAMED, (before[-1].start, dated_after[0].end)))
        return years, None
    if duration is not None:
        return None, duration  # "за пять лет ... в 5 раз": the figure's span is the five years
    chosen = None
    # "from the $236 billion deficit in March 2024": a value, its noun, and its own period
    set_before = _set_before_later(visible, sentence[0], figure)
    close_after = [m for m in dated_after if _BOUND_PERIOD_GAP.fullmatch(visible[figure.end : m.start]) or (
        figure.form == "value" and _COMPARED_FIGURE_GAP.fullmatch(visible, figure.end, m.start)) or (
        # "following a 2% drop in May": a figure set before a later one, with its noun, and its own period
        set_before and _PHRASE_GAP.fullmatch(visible, figure.end, m.start)) or (
        # "after gains of 0.4% and 4.0% in November": the period after a list of figures is each one's
        (listed := _LIST_BEFORE_PERIOD.match(visible, figure.end, m.start)) is not None
        and _BOUND_PERIOD_GAP.fullmatch(visible[listed.end() : m.start]))]
    # "против 45 212 рублей в декабре 2015 года", "from $13.48 billion in 2013": the compared figure's own period;
    # "after a 0.3% gain in October": a figure set before a later one, with its noun
    compared_after = [m for m in index.within(figure.end, sentence[1]) if m.compared and not m.duration and not
                      m.baseline and not m.equalled and (
                          _BOUND_PERIOD_GAP.fullmatch(visible[figure.end : m.start])
                          or _COMPARED_FIGURE_GAP.fullmatch(visible, figure.end, m.start)
                          or (set_before and _PHRASE_GAP.fullmatch(visible, figure.end, m.start)))]
    if compared_after and (figure.form != "change" or _earlier_rate(figure) or set_before):
        close_after = compared_after  # "down from 5.5% in the second quarter": the earlier rate's own period too
    same_span = _same_span_of_year_before(extraction, sentence, dated_before, dated_after, evidence)
    if same_span is not None:
        return same_span, None
    earlier = _earlier_by_phrase(extraction, figure, sentence, dated_before, paragraph, kind, evidence)
    if earlier is not None:
        return earlier, None
    dated_back = _dated_back(extraction, figure, sentence, paragraph, evidence)
    if dated_back is not None:
        return dated_back
    same_months = _same_months_after(extraction, figure, sentence, paragraph, evidence)
    if same_months is not None:
        return same_months, None
    respective = _respective_period(extraction, figure, sentence, dated_before)
    if respective is not None:
        evidence.append(PeriodEvidence(respective.guess or PeriodFound.NAMED_IN_CLAUSE, (respective.start,
                                                                                       respective.end)))
        return respective.text, None
    if close_after:
        # "from 1.5% in 2016", "$533 млн в 2024 году", "dipped 0.3% in April but rose 0.6% in May": the period
        # right after a figure binds to it
        chosen = close_after[0]
    elif figure.form == "change" and dated_after and _LEVEL_THEN_PERIOD_GAP.fullmatch(
            index.blanked(visible, figure.end, dated_after[0].start)):  # "by 9,000 on the quarter to 723,000 in"
        # "fell by 12,000 to 898,000 in the three months to May": the period of the level a change reaches is its own
        chosen = dated_after[0]
    elif baseline_value and dated_before:
        # "rose 8% to $14.55 million from $13.48 billion": the start of a change, a year before its end
        named = dated_before[-1]
        evidence.append(PeriodEvidence(PeriodFound.BASELINE_OF_COMPARISON, (named.start, named.end)))
        return _start_of_change(extraction, sentence, named.text), None
    elif dated_before and (gapped := _gapped_year(extraction, figure, dated_before)) is not None:
        # the year is printed, the months are carried from the clause before: a guess ("а в 2023 году — на 7,4%"
        # after "в мае 2024 года" may be May's or the whole year's)
        evidence.append(PeriodEvidence(PeriodFound.CARRIED_FROM_SENTENCE,
                                       (dated_before[-1].start, dated_before[-1].end)))
        return gapped, None
    elif dated_before and _own_span_across_figure(extraction, figure, dated_before[-1]):
        # "С начала года портфель вырос на 11,3%, за месяц – на 1,2%": the clause gives its own span, and the
        # period before the figure before it is carried to it, as from a sentence before
        evidence.append(PeriodEvidence(PeriodFound.CARRIED_FROM_SENTENCE,
                                       (dated_before[-1].start, dated_before[-1].end)))
        return dated_before[-1].text, None
    elif dated_before:
        chosen = dated_before[-1]
        finer = dated_after[0] if dated_after else None
        if finer is not None and not re.search(r"\d", visible[figure.end : finer.start]) and not _CLAUSE_BREAK.search(
                visible, figure.end, finer.start) and (_within(finer.text, chosen.text) or (
                finer.guess is PeriodFound.LONG_WEEKEND and _within(chosen.text, finer.text))) and not (
                _OPENS_GAPPED_CLAUSE.match(visible, finer.end)):
            # "took a bite out of the August box office with a $30 million debut this weekend": the finer period
            # after the figure, inside the one before it, is the figure's own; "led the Memorial Day weekend box
            # office with $72 million over the four-day holiday": the weekend counted whole after it, too
            chosen = finer
    elif dated_after and not any(m.duration for m in before) and not re.search(
            r"\d", visible[figure.end : dated_after[0].start]) and not _CLAUSE_BREAK.search(
            visible, figure.end, dated_after[0].start) and not _OPENS_GAPPED_CLAUSE.match(visible, dated_after[0].end) \
            and not _FORECAST_CLAUSE.search(visible, figure.end, dated_after[0].start):
        # not another figure's period, nor another clause's ("на 30%, с начала года — на 18%": the dash opens a
        # clause of its own, with its period), nor a forecast's after ", and" ("..., and traders expect a cut in March")
        # "rose 3% month-on-month in April 2024": the period after a change in its own clause
        chosen = dated_after[0]
    if chosen is not None:
        evidence.append(PeriodEvidence(chosen.guess or PeriodFound.NAMED_IN_CLAUSE, (chosen.start, chosen.end)))
        # what forecasters had expected of the figures just released is of their period, already past
        consensus = kind == "forecast" and _CONSENSUS.search(visible, sentence[0], sentence[1]) is not None \
            and _reported_by(chosen.text, extraction.published)
        return _expected_in_year_of_publication(chosen, "actual" if consensus else kind, extraction.published,
                                                evidence), None
    if kind not in _DATED_KINDS and not (kind == "forecast" and _CONSENSUS.search(visible, sentence[0], sentence[1])):
        heading = _heading_period(extraction, paragraph)
        if heading is not None:  # "Бюджет на 2023 год" above "Доходы запланированы на уровне 106,8 млрд рублей"
            evidence.append(PeriodEvidence(PeriodFound.CARRIED_FROM_PARAGRAPH, (heading.start, heading.end)))
            return heading.text, None
        if _ANNUAL_PLAN.search(visible, max(sentence[0], figure.start - CONTEXT_REACH), figure.start) or \
                _ANNUAL_PLAN_AFTER.match(visible, figure.end, sentence[1]):
            # "Годовой план по расходам – 110,4 млрд рублей" after the budget's nine months: that year's plan
            year = _year_ended_in(_context_period(extraction, sentence, paragraph, []))
            lead_mention = index.first_dated_after(0)
            lead = _year_ended_in(lead_mention.text) if lead_mention is not None and \
                lead_mention.end <= figure.start else None
            # "В 2019 году регион ввёл 560 тыс. кв. м" in a background paragraph: the year's plan is for the year the
            # lead is about, never for an earlier year named for comparison
            if year is not None and lead is not None and year < lead:
                year = lead
            if year is not None:
                evidence.append(PeriodEvidence(PeriodFound.ANNUAL_PLAN))
                return year, None
        carried = _forecast_period_before(extraction, paragraph)
        if carried is not None:
            evidence.append(carried[1])
            return carried[0], None
        plan = _plan_named_before(extraction, sentence, paragraph)
        if plan is not None:  # "приняло бюджет на 2024 год. Доходы запланированы в объеме 112,4 млрд рублей"
            evidence.append(PeriodEvidence(PeriodFound.CARRIED_FROM_PARAGRAPH, (plan.start, plan.end)))
            return plan.text, None
        return None, None  # a target or forecast stays undated unless its own sentence or its section's heading
        # dates it, a forecast just before it does, or it is a consensus
    planned = _forecast_period_before(extraction, paragraph) if kind == "estimate" else None
    if planned is not None:  # "Доходы в 2027 году составят ... Дотации оцениваются в 11,8 млрд": of the plan's year
        evidence.append(planned[1])
        return planned[0], None
    read_before = len(evidence)
    period = _context_period(extraction, sentence, paragraph, evidence)
    set_against = [m for m in index.within(figure.end, sentence[1]) if not m.duration][:1]
    if period is not None and figure.form != "change" and set_against and set_against[0].compared and (
            not set_against[0].baseline and _SET_AGAINST.match(visible, figure.end)
            and not _HARD_BREAK.search(visible, figure.end, set_against[0].start)):
        period = _like_for_like(extraction, figure, set_against[0], period, evidence, read_before)
    if period is None and baseline_value and (guess := _undated_text_guess(extraction, figure)) is not None:
        # "Average attendance rose to 38,950 from 37,020" in a text that names no period: the start of the change
        # is a year before the guess its end gets, never on that guess itself (as a figure dated back by a phrase)
        evidence += [PeriodEvidence(PeriodFound.NOT_FOUND), PeriodEvidence(PeriodFound.BASELINE_OF_TEXT)]
        return _start_of_change(extraction, sentence, guess), None
    reading = _reading_before(extraction, sentence, period, figure) if baseline_value or _earlier_rate(figure) else None
    if reading is not None:  # "Core inflation slowed to 3.9% from 4.4%" after "eased to 4.8% in June from 5.3% in May"
        evidence.append(PeriodEvidence(PeriodFound.READING_BEFORE))
        return reading, None
    if period is not None and baseline_value:
        evidence.append(PeriodEvidence(PeriodFound.BASELINE_OF_TEXT))
        return _start_of_change(extraction, sentence, period), None
    return period, None


def _reading_before(extraction: Extraction, sentence: tuple[int, int], end: str | None, figure: FoundFigure
                    ) -> str | None:
    """The period of the reading before `end` that a start of a change with no period of its own is of.

    "Core inflation slowed to 3.9% from 4.4%" after "Annual inflation eased to 4.8% in June from 5.3% in May": the
    text set its readings against the month before, and so is 4.4% May's (not a year back). "Prices of services
    climbed 4.2%, down from 4.7%", an earlier rate set against a change of `end`: the rate of the span before, of the
    same length, where the text set no reading against another. None otherwise.
    """
    if end is None:
        return None
    visible = extraction.article.visible
    # the text's readings before the sentence, a constant number back at most (bounded work per figure)
    earlier = [f for f in islice(reversed(extraction.figures), _READINGS_BACK) if f.found.end <= sentence[0]][::-1]
    for later, start in reversed(list(pairwise(earlier))):
        if later.period == end and start.period not in (None, end) and start.found.start > later.found.end and (
                _earlier_rate(start.found) or (start.found.form != "change" and printed_as_change_start(
                    visible, later.found.end, start.found))) and (own := next(iter(extraction.periods.within(
                    start.found.end, start.found.end + _OWN_PERIOD_REACH)), None)) is not None \
                and own.text == start.period and _BOUND_PERIOD_GAP.fullmatch(visible[start.found.end : own.start]):
            return start.period  # "from 5.3% in May": the reading before, printed
    later_change = extraction.figures[-1] if extraction.figures else None
    if not _earlier_rate(figure) or later_change is None or later_change.found.start < sentence[0] \
            or later_change.found.form != "change" or later_change.period != end:
        return None
    span = span_of(end)
    months = span.months if span is not None else None
    return _months_shifted(end, -months) if months else None


def _plan_named_before(extraction: Extraction, sentence: tuple[int, int], paragraph: tuple[int, int]
                       ) -> PeriodMention | None:
    """The period of the plan named last before the sentence, in its paragraph or the one before.

    "Законодательное собрание приняло областной бюджет на 2024 год. Доходы запланированы в объеме 112,4 млрд
    рублей": the plan's figures are of the year the budget is for. Only a year named with a plan's noun counts,
    and only in the text: the headline names what the article is about, not the period of a figure under it.
    """
    visible = extraction.article.visible
    start = max(extraction.paragraph_start(paragraph[0] - 1) if paragraph[0] > 0 else 0, headline_end(visible) + 1)
    for mention in reversed(extraction.periods.within(start, sentence[0])):
        if mention.duration or mention.baseline or mention.compared or mention.since:
            continue
        if _PLAN_BEFORE.search(visible, max(0, mention.start - _PLAN_REACH), mention.start) \
                or _PLAN_AFTER.match(visible, mention.end):
            return mention
    return None


_PLANNED_RUN = frozenset(("forecast", "target", "estimate"))  # the kinds of figure a run of a plan is made of


def _forecast_period_before(extraction: Extraction, paragraph: tuple[int, int]) -> tuple[str, PeriodEvidence] | None:
    """The period of the forecast or target just before, in this paragraph or the one before: what the text plans.

    "Доходы бюджета в 2024 году составят 107,4 млрд рублей. Дефицит запланирован в размере 10,5 млрд рублей": a
    budget's or an outlook's figures go on about the period its first one named; an actual figure between them
    ends the run, an estimate ("Дотации оцениваются в 11,8 млрд рублей") does not. Carried, so marked.
    """
    last = extraction.figures[-1] if extraction.figures else None
    if last is None or last.kind not in _PLANNED_RUN or last.period is None \
            or last.found.start < extraction.paragraph_start(paragraph[0] - 1):
        return None
    found = PeriodFound.CARRIED_FROM_SENTENCE if last.found.start >= paragraph[0] else \
        PeriodFound.CARRIED_FROM_PARAGRAPH
    return last.period, PeriodEvidence(found)


def _like_for_like(extraction: Extraction, figure: FoundFigure, compared: PeriodMention, period: str,
                   evidence: list[PeriodEvidence], read_before: int) -> str:
    """A figure set against one of a named period ("72,1 млрд руб. против 72,6 млрд руб. во 2 квартале 2014 г.").

    A comparison sets like against like: the figure's own period, carried from the text before, is as long as the
    compared one and is not it. A carried period of another length (a year named in a note between, "показатели по
    2014 г. приводятся ...") gives way to the last period of that length named before, other than the compared one.
    """
    length = _months_long(compared.text)
    if length is None or (period != compared.text and _months_long(period) == length):
        return period
    mention = _last_named_before(extraction, figure.start, lambda named: (
        not named.baseline and not named.duration and not named.compared and named.text != compared.text
        and _months_long(named.text) == length))
    if mention is None:
        return period
    del evidence[read_before:]
    evidence.append(PeriodEvidence(PeriodFound.CARRIED_FROM_PARAGRAPH, (mention.start, mention.end)))
    evidence.extend(_mention_evidence(mention))
    return mention.text


def _months_long(label: str) -> int | None:
    """How many whole months a period covers (a quarter 3, a year 12), or None for a day or a fiscal label."""
    span = span_of(label)
    return span.months if span else None


def _heading_period(extraction: Extraction, paragraph: tuple[int, int]) -> PeriodMention | None:
    """The one period the heading of a figure's section names: "Бюджет на 2023 год" above the plan's paragraphs.

    A heading is a short line of its own with no full stop and no figure, after the headline; it names the
    section's subject, so a plan or a forecast under it is of the period it names. The nearest heading above
    counts, a few lines up.
    """
    visible = extraction.article.visible
    first_line = headline_end(visible)  # the headline's line: no heading
    end = paragraph[0]
    for _ in range(_SECTION_PARAGRAPHS):  # bounded: the paragraphs of a section above the figure's
        while end > 0 and visible[end - 1].isspace():  # past the blank lines above, without copying the text
            end -= 1
        start = visible.rfind("\n", 0, end) + 1
        if start <= first_line or end <= start:
            return None
        line = visible[start:end].strip()
        if _HEADING_END.search(line) is None and len(line.split()) <= _HEADING_WORDS:
            named = {m.text: m for m in extraction.periods.within(start, end)
                     if not (m.duration or m.baseline or m.compared or m.since)}
            # a heading names its period and no figure (a table's row "Январь – 3,6" is no heading)
            figures = re.search(r"\d", extraction.periods.blanked(visible, start, end))
            return next(iter(named.values())) if len(named) == 1 and figures is None else None
        end = start
    return None


def _last_change_over_a_span(extraction: Extraction, day: str | None) -> ExtractedFigure | None:
    """The last recent change written to `day` from the start of a span ("за девять месяцев выросли на 12,9%")."""
    return next((f for f in islice(reversed(extraction.figures), _RECENT_FIGURES)
                 if f.found.form == "change" and f.period == day and f.since and any(
                     reading.found in (PeriodFound.SINCE_START_OF_SPAN, PeriodFound.SINCE_CARRIED)
                     for reading in f.period_evidence)), None)


def _change_shifted_back(extraction: Extraction, sentence: tuple[int, int], shift: str) -> str | None:
    """The period of the sentence's last change read so far, `shift` (P1Y, P1W...) back; None without one."""
    in_sentence = takewhile(lambda f: f.found.start >= sentence[0], reversed(extraction.figures))
    change = next((f for f in in_sentence if f.found.form == "change" and f.period), None)
    return None if change is None else _shifted(change.period, shift)


def _start_of_change(extraction: Extraction, sentence: tuple[int, int], end: str) -> str:
    """The period of the level a change starts from: its change's baseline, else a year before the change's end.

    "down 42% from its $71.2 million debut", the change over a weekend: the weekend before ("P1W"), not the same
    weekend a year earlier; "up 9% from $13.48 billion": a year before. The change is the last one of the sentence
    read before the level.
    """
    in_sentence = takewhile(lambda f: f.found.start >= sentence[0], reversed(extraction.figures))
    change = next((f for f in in_sentence if f.found.form == "change" and f.since), None)
    if change is None:
        # "Вклады за девять месяцев выросли на 12,9%. ... Доля таких вкладов возросла с 53,5% до 55,2%": a level's
        # change to the day a change over a span was written to starts where that span starts
        change = _last_change_over_a_span(extraction, end)
    if change is None or change.since is None:
        return _year_earlier(end)
    if change.since.startswith("P"):  # a baseline that far back: the change's end shifted by it
        return _shifted(end, change.since) or _year_earlier(end)
    return change.since


def _same_span_of_year_before(
    extraction: Extraction, sentence: tuple[int, int], dated_before: list[PeriodMention],
    dated_after: list[PeriodMention], evidence: list[PeriodEvidence],
) -> str | None:
    """The text's span in the year that opens the sentence, when "the same" span after the figure refers to it.

    "Last year, "Copper Sky" took in $58 million on the same weekend" (of a weekend in 2026): the weekend a year
    back, 2025's, not the whole year 2025. None otherwise, or where the shift cannot be said.
    """
    visible = extraction.article.visible
    if len(dated_before) == 2 and not dated_after and _SAME_AS_TEXT.search(
            visible, max(0, dated_before[1].start - _SAME_REACH), dated_before[1].start):
        # "In 2019, the comparable weekend brought in $131 million": the same span before the figure, as its subject
        dated_before, dated_after = dated_before[:1], dated_before[1:]
    if len(dated_before) != 1 or not dated_after or not _YEAR_LABEL.fullmatch(year := dated_before[0].text):
        return None
    opening, span = dated_before[0], dated_after[0]
    if not (_OPENING_GAP.fullmatch(visible, sentence[0], opening.start)
            or _OPENING_PREPOSITION.fullmatch(visible, sentence[0], opening.start)) or not visible.startswith(
            ",", opening.end) or not _SAME_AS_TEXT.search(visible, max(0, span.start - _SAME_REACH), span.start):
        return None
    years_back = int(span.text[:4]) - int(year)
    shifted = _shifted(span.text, f"P{years_back}Y") if 0 < years_back < 100 and "/" in span.text else None
    if shifted is not None:
        evidence.append(PeriodEvidence(PeriodFound.DATED_BY_PHRASE, (opening.start, opening.end)))
    return shifted


def _earlier_by_phrase(
    extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int], dated_before: list[PeriodMention],
    paragraph: tuple[int, int], kind: str, evidence: list[PeriodEvidence],
) -> str | None:
    """The period of a figure dated by a phrase after it, or opening its sentence: its sentence's, that far back.

    "103.2 points the month before", "3,980 vessels a year earlier", "A year earlier, it had reached 1.18 million"
    (or forward: "3.1 million a year later"); a change keeps such a phrase as its baseline.
    """
    visible = extraction.article.visible
    after = [m for m in extraction.periods.within(figure.end, sentence[1]) if not m.duration]
    # "A year earlier, it had reached ...", "In the year-earlier quarter the company had earned ..."
    # ("За месяц вклады сократились на 0,7% и составили": the change's span, over the month, dates nothing back)
    opening = [m for m in extraction.periods.within(sentence[0], figure.start)
               if m.baseline and _SHIFT.fullmatch(m.text) and not _OVER_PERIOD.fullmatch(visible, m.start, m.end)
               and not _STEP_COMPARISON.match(visible, m.start, m.end) and (
                   (_OPENING_GAP.fullmatch(visible, sentence[0], m.start) and _OPENING_PHRASE_END.match(visible, m.end))
                   or _OPENING_PREPOSITION.fullmatch(visible, sentence[0], m.start)
                   # "..., а годом ранее прирост за сентябрь составлял 0,3%": the phrase opens a clause of contrast
                   or (_GAPPED_CONJUNCTION_BEFORE.search(visible, max(sentence[0], m.start - 12), m.start)
                       and _OPENING_PHRASE_END.match(visible, m.end))
                   # "Месяцем ранее он составлял 2,5%, годом ранее — 3%": a gapped clause's own phrase
                   or (_GAPPED_DASH.fullmatch(visible, m.end, figure.start)
                       and _CLAUSE_START_BEFORE.search(visible, max(sentence[0], m.start - 12), m.start)))]
    opening = opening[-1:]  # the phrase nearest the figure: a later clause's, not the sentence's opening one
    printed = [m for m in dated_before if opening and m.start >= opening[0].end
               and not _SAME_AS_TEXT.search(visible, max(0, m.start - 12), m.start)]
    if opening and not printed and after and not after[0].baseline and _BOUND_PERIOD_GAP.fullmatch(
            visible[figure.end : after[0].start]):
        printed = after[:1]  # "A year earlier, deposits rose 9.6% in the first nine months"
    if printed and all(m.guess is PeriodFound.YEAR_NOT_PRINTED for m in printed):
        # "A year earlier, growth over the first nine months was 9.6%": the months it names, that far back
        earlier = _shifted(printed[-1].text, opening[0].text, later=opening[0].later)
        if earlier is not None:
            evidence.append(PeriodEvidence(PeriodFound.DATED_BY_PHRASE, (opening[0].start, opening[0].end)))
        return earlier
    if printed:
        return None  # "Годом ранее, в январе–июне 2024 года, они составляли": the period printed is the figure's
    if opening and figure.form != "change":
        after = opening  # "A year earlier, it had reached a record 1.18 million": the sentence is dated back
    elif after and (_governed_by_comparison(visible, after[0]) or _COMPARISON_LEAD.search(
            visible, figure.end, after[0].start)):
        # "снизился на 0,1% до 4,3% по сравнению с предыдущим месяцем", "прибыль составила 5,2 млрд рублей против
        # убытка годом ранее": the phrase dates what the figure is compared with, never the figure
        return None
    elif not after or not after[0].baseline or not _SHIFT.fullmatch(after[0].text) or not _PHRASE_GAP.fullmatch(
            visible, figure.end, after[0].start) or (figure.form == "change" and not after[0].later
                                                     and not _earlier_rate(figure)) or _OVER_PERIOD.fullmatch(
            visible, after[0].start, after[0].end) or ANNUAL_RATE.match(visible, after[0].start, after[0].end):
        # "fell by 55,000 to 957,000 over the quarter": the change's span, not when the level was
        return None  # "rose 4% a year earlier" is a change's baseline; "rose 4% a year later", the change's time
    reference = dated_before[-1].text if dated_before else _context_period(extraction, sentence, paragraph, [])
    lead = None
    if reference is None and kind in _DATED_KINDS and not extraction.periods.last_dated_before(figure.start):
        # "set aside $1.2 billion, compared with $700m a year earlier" before the text names its period: a year
        # before the period the lead names later
        lead = extraction.periods.first_dated_after(figure.end)
        reference = lead.text if lead is not None else None
    guessed = reference is None and kind in _DATED_KINDS and (
        reference := _undated_text_guess(extraction, figure, after[0].text)) is not None
    earlier = _shifted(reference, after[0].text, later=after[0].later)
    if earlier is not None:
        evidence.append(PeriodEvidence(PeriodFound.DATED_BY_PHRASE, (after[0].start, after[0].end)))
        if lead is not None:
            evidence.append(PeriodEvidence(PeriodFound.FIRST_NAMED_LATER, (lead.start, lead.end)))
        elif guessed:
            evidence.append(PeriodEvidence(PeriodFound.NOT_FOUND))
    return earlier


def _years_to_day_phrase(duration: str, dated_after: list[PeriodMention]) -> str | None:
    """The run of years a count of years before a level and a part of a year after it together name, or None.

    "Over the past five years, sites have on average been 54% full at the start of April" (in October 2024): the
    level at the start of April of each of the five years to April 2024's, 2020-04-01/2024-04-01 (a guess: the count
    may end with the last whole year). The part of the year after the figure gives the last year, the count the first.
    """
    count = _YEARS_DURATION.fullmatch(duration)
    span = span_of(dated_after[0].text) if dated_after else None
    if count is None or span is None or span.start.year != span.end.year or int(count.group(1)) < 2:
        return None
    try:  # the run ends with the part named, not with its year (which may not be over at publication)
        first = span.start.replace(year=span.start.year - int(count.group(1)) + 1)
    except ValueError:
        return None  # February 29 in a year that has none
    return f"{first.isoformat()}/{span.end.isoformat()}"


def _before_event_year(
    extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int], paragraph: tuple[int, int]
) -> tuple[str, tuple[int, int]] | None:
    """The year of a mark dated before an event: "the pre-pandemic record of 46.9 million", a guess.

    Such a mark is of no period the text names for its own figures; a "since" before it in its paragraph ("the
    first time since 2019") names the last year the level stood there, before the event: that year.
    """
    visible = extraction.article.visible
    if _BEFORE_EVENT_MARK.search(visible, max(sentence[0], figure.start - CONTEXT_REACH), figure.start) is None:
        return None
    since = list(_SINCE_YEAR.finditer(visible, paragraph[0], figure.start))
    return (since[-1].group(1), since[-1].span(1)) if since else None


def _undated_text_guess(extraction: Extraction, figure: FoundFigure, by: str | None = None) -> str | None:
    """The guess of a text that names no period before or after a figure: the year before publication.

    "Явка составила 58,4%. Пять лет назад явка составляла 63,1%": a figure dated back by a phrase is that far back
    from the guess the text's other figures get, never on that guess itself (`_headline_period` guesses alike).
    Dated back by weeks ("from $3.95 a week earlier"), the guess is the week to publication (`_week_to_publication`).
    """
    if extraction.periods.last_dated_before(figure.start) or extraction.periods.first_dated_after(figure.end):
        return None
    if by is not None and _WEEKS.fullmatch(by):
        return _week_to_publication(extraction.published)
    return str(extraction.published.year - 1)


def _week_to_publication(published: date) -> str:
    """The seven days that end on the day of publication, as a claims file writes a run of days."""
    return f"{(published - timedelta(days=6)).isoformat()}/{published.isoformat()}"


def _weekly_reading(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int]) -> bool:
    """Whether a figure's sentence sets it against its level weeks before: "rose to $4.10 from $3.95 a week earlier".

    A figure compared with its value a week earlier is a weekly reading; in a text that names no period it is the
    latest one, of the week to publication (a guess), and the earlier level is of the week before it.
    """
    return any(m.baseline and _WEEKS.fullmatch(m.text) for m in extraction.periods.within(figure.end, sentence[1]))


def _gapped_year(extraction: Extraction, figure: FoundFigure, dated_before: list[PeriodMention]) -> str | None:
    """The period of a figure in a gapped clause of contrast dated by a year alone: the months before, in that year.

    "В феврале 2025 года умерли 6 детей, а в 2024 году — 4 ребёнка": the clause leaves out the verb and the month
    it repeats, so 4 is February 2024's; "если в феврале 2024 года умерли 1524 человека, то в 2025 году — уже
    1558": February 2025's. The months are those of the last period before the year in its sentence, of another year.
    """
    visible = extraction.article.visible
    year = dated_before[-1]
    if not _YEAR_ONLY.fullmatch(year.text) or _GAPPED_DASH.fullmatch(visible, year.end, figure.start) is None:
        return None
    opening = visible[max(0, year.start - 12) : year.start]
    if _GAPPED_CONJUNCTION_BEFORE.search(opening) is None and _GAPPED_CONJUNCTION_BEFORE.search(
            re.sub(rf"\s*{lexicon.any_of(lexicon.BOUND_PERIOD_PREPOSITIONS)}\s*\Z", " ", opening,
                   flags=re.IGNORECASE)) is None:
        return None
    parts = [m for m in dated_before[:-1] if _PART_OF_A_YEAR.fullmatch(m.text) and not m.text.startswith(year.text)]
    if not parts:
        return None
    return _in_year(parts[-1].text, int(year.text))


def _governed_by_comparison(visible: str, mention: PeriodMention) -> bool:
    """Whether a phrase follows, or opens with, a word of comparison: "по сравнению с предыдущим месяцем".

    Such a phrase names what a figure is set against (a change's baseline), never the figure's own time, as
    "месяцем ранее" or "a year earlier" alone after a figure does.
    """
    return any(lead.start() < mention.start <= lead.end() for lead in _COMPARISON_LEAD.finditer(
        visible, max(0, mention.start - _COMPARISON_LEAD_REACH), mention.end))


def _respective_period(
    extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int], dated_before: list[PeriodMention]
) -> PeriodMention | None:
    """The period of the k-th figure of a list closed by "соответственно": the k-th of as many periods before it.

    "В январе–сентябре добыча выросла на 2,4%, а в III квартале — на 1,9%; выпуск снизился на 0,9 и 1%
    соответственно": 0,9 is January to September's, 1% the third quarter's.
    """
    if (place := _place_in_respective_list(extraction, figure, sentence)) is None:
        return None
    head_start, position, count = place
    periods: list[PeriodMention] = []
    labels: set[str] = set()
    for mention in dated_before:  # each period once: "в январе–сентябре ... за этот период" names one
        if mention.end <= head_start and mention.text not in labels:
            periods.append(mention)
            labels.add(mention.text)
    if len(periods) < count:
        return None
    return periods[-count:][position]


def _respective_baseline(
    extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int]
) -> PeriodMention | None:
    """The baseline of the k-th change of a list closed by "соответственно": the k-th of as many baselines before.

    "(-4,5% в месячном сравнении, но +8% – в годовом) и 343,8 тыс. тонн лигнита (рост в 5,7 раза, однако -11,3%
    соответственно)": 5,7 times against the month before, -11,3% against the year before.
    """
    if figure.form != "change" or (place := _place_in_respective_list(extraction, figure, sentence)) is None:
        return None
    head_start, position, count = place
    baselines: list[PeriodMention] = []
    for mention in extraction.periods.within(sentence[0], head_start):
        if mention.baseline and not (mention.since or mention.later) and mention.text in _STEP_BACK_LABELS \
                and not (baselines and baselines[-1].text == mention.text):
            baselines.append(mention)
    if len(baselines) < count or not re.search(r"\d", extraction.article.visible[baselines[-1].end : head_start]):
        return None  # "в годовом выражении сократился на 0,7 и 2% соответственно": the list's own, for both
    return baselines[-count:][position]


def _place_in_respective_list(
    extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int]
) -> tuple[int, int, int] | None:
    """Where a list closed by "соответственно" starts, the figure's place in it, and how many figures it has."""
    if extraction.language != "ru":
        return None
    visible = extraction.article.visible
    reach = min(sentence[1], figure.end + _LIST_REACH)
    head = _RESPECTIVE_HEAD.search(visible, max(sentence[0], figure.start - _LIST_REACH), figure.start)
    head_start = head.start() if head else figure.start
    tail = _RESPECTIVE_TAIL.match(visible, figure.end, reach)
    if tail is None:
        # "сократились на 0,9 и 1% соответственно, ... воды — на 0,7% и на 1,2%": the word reaches the later
        # lists of its sentence, which pair their figures with the same periods
        tail = (_CLAUSE_LIST_TAIL if head is None else _CLAUSE_LIST_END).match(visible, figure.end, reach)
        if tail is None or not _RESPECTIVELY_WORD.search(visible, sentence[0], head_start):
            return None
    position = len(re.findall(_DIGITS, head.group(0))) if head else 0
    count = position + 1 + len(re.findall(_DIGITS, tail.group(0)))
    return (head_start, position, count) if count >= 2 else None


def _dated_back(
    extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int], paragraph: tuple[int, int],
    evidence: list[PeriodEvidence],
) -> tuple[str, str | None] | None:
    """A Russian figure dated by a phrase of its own, back from its sentence's period (a week, month, quarter, year).

    "после роста на 0,5% месяцем ранее" (a change: August's, against July, in a sentence about September); "а в
    аналогичном периоде прошлого года — 6 млн тонн", "год назад — 6 млн тонн" (a value after its phrase, with no
    other figure between: the sentence's period a year back). After "по сравнению с", "к" or "против" the same
    phrases are a baseline, not the figure's time.
    """
    if extraction.language != "ru":
        return _dated_back_after(extraction, figure, sentence, paragraph, evidence)
    visible = extraction.article.visible
    phrases = [m for m in extraction.periods.within(*sentence) if m.baseline and not m.since
               and (m.same_months_in is not None or m.text in _STEP_BACK_LABELS
                    or _YEARS_BACK_LABEL.fullmatch(m.text) is not None)]
    if figure.form == "change":
        # "За аналогичный период позапрошлого года потребление выросло на 1,1%": a same period after "за" that opens
        # its sentence dates the change, its own period (against the year before), no baseline
        opening = next((m for m in phrases if m.end <= figure.start and _opens_dated_clause(visible, sentence[0], m)
                        and not re.search(r"\d", visible[m.end : figure.start])), None)
        if opening is not None:
            return _back_from_sentence(extraction, figure, sentence, paragraph, opening, evidence)
        last_year = next((m for m in phrases if m.text == "P1Y" and (_opens_same_period(visible, sentence[0], m) or (
            _RU_EARLIER.fullmatch(visible, m.start, m.end) and _subject_alone(extraction, sentence[0], m.start)))
                          and not re.search(r"\d", visible[m.end : figure.start])), None)
        if last_year is not None:
            return _same_period_last_year(extraction, figure, sentence, paragraph, last_year, evidence)
        # "годом позже": a figure's time, never a change's baseline; "аналогичный период 2023 года" is a baseline
        phrases = [m for m in phrases if not m.later and m.same_months_in is None]
    if figure.form == "change":
        after = [m for m in phrases if m.start >= figure.end]
        if not after or not _RU_EARLIER.fullmatch(visible, after[0].start, after[0].end) or not _PHRASE_GAP.fullmatch(
                visible, figure.end, after[0].start):
            return _gapped_change_dated_back(extraction, figure, sentence, phrases, evidence)
        phrase = after[0]
    else:
        before = [m for m in phrases if m.end <= figure.start]
        if not before or re.search(r"\d", visible[before[-1].end : figure.start]):
            return None
        phrase = before[-1]
        dating = _RU_DATING_BEFORE.search(visible, max(sentence[0], phrase.start - 4), phrase.start) or (
            phrase.same_months_in is not None and _RU_DATING_LEAD.match(visible, phrase.start))
        if phrase.same_months_in is not None and not dating:
            return None  # "по сравнению с аналогичным периодом 2023 года": a baseline
        if _RU_THAN_BEFORE.search(visible, max(sentence[0], phrase.start - 6), phrase.start) and "," in visible[
                phrase.end : figure.start]:
            return None
        if not (phrase.later or _RU_EARLIER.fullmatch(visible, phrase.start, phrase.end) or dating
                or _RU_YEARS_BACK.fullmatch(visible, phrase.start, phrase.end)):
            return None
    return _back_from_sentence(extraction, figure, sentence, paragraph, phrase, evidence)


def _opens_dated_clause(visible: str, sentence_start: int, mention: PeriodMention) -> bool:
    """Whether a same period after "за" opens its sentence or a clause after a comma and a conjunction.

    "За аналогичный период позапрошлого года потребление выросло на 1,1%", "…, а за аналогичный период позапрошлого
    года — на 1,1%": the phrase dates its clause's change; it is no baseline of the change before it.
    """
    if mention.same_months_in is None or not _RU_DATING_LEAD.match(visible, mention.start):
        return False
    before = visible[sentence_start : mention.start]
    return not before.strip() or _CLAUSE_CONJUNCTION_BEFORE.search(before) is not None


def _opens_same_period(visible: str, sentence_start: int, mention: PeriodMention) -> bool:
    """Whether "за аналогичный период прошлого года" opens its sentence: the time of its change, not a baseline."""
    return re.match(lexicon.RU_SAME_PERIOD, visible[mention.start : mention.end], re.IGNORECASE) is not None and \
        _RU_DATING_BEFORE.search(visible, sentence_start, mention.start) is not None and \
        not visible[sentence_start : mention.start].split()[1:]


def _subject_alone(extraction: Extraction, start: int, end: int) -> bool:
    """Whether nothing but the sentence's subject stands before a phrase: "Годом ранее", "Прирост годом ранее"."""
    words = words_of(extraction.article.visible[start:end], start, extraction.language, start)
    return all(word.part in (NOUN, ADJECTIVE) and not word.after_break for word in words)


def _same_period_last_year(
    extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int], paragraph: tuple[int, int],
    phrase: PeriodMention, evidence: list[PeriodEvidence],
) -> tuple[str, str | None] | None:
    """A change whose sentence opens on the same period of last year: the change before it, a year back.

    "С начала года вклады увеличились на 14,2%. За аналогичный период прошлого года прирост составил 9,8%": the
    9,8% ends a year before the 14,2% does, from the start of that year (a baseline day moves back with it); so
    does a sentence that opens on "годом ранее" ("Годом ранее прирост составлял 9,8%").
    """
    dated = _back_from_sentence(extraction, figure, sentence, paragraph, phrase, evidence)
    if dated is None:
        return None
    change = next((f for f in islice(reversed(extraction.figures), _RECENT_FIGURES)
                   if f.found.start >= paragraph[0] and f.found.form == "change"), None)
    if change is None or change.period is None or _shifted(change.period, "P1Y") != dated[0] \
            or change.since is None or not DAY_LABEL.fullmatch(change.since):
        return dated  # a span's baseline ("по сравнению с III кварталом") is left as read: against the year before
    return dated[0], _shifted(change.since, "P1Y") or dated[1]


def _set_before_later(visible: str, sentence_start: int, figure: FoundFigure) -> bool:
    """Whether "after"/"following" sets a figure before a later one: "after a 0.3% gain", "после роста на 0,5%"."""
    return _SET_BEFORE_LATER.search(visible, max(sentence_start, figure.start - 60), figure.start) is not None


def _dated_back_after(
    extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int], paragraph: tuple[int, int],
    evidence: list[PeriodEvidence],
) -> tuple[str, str | None] | None:
    """A figure set before a later one by "after" and dated back by a phrase after it, as in Russian.

    "rose 0.5% in November, after a 0.3% gain a month earlier": October's change, against September; "fell to 4.1%
    in May after 4.3% a year earlier": the level of May a year before. "from a month earlier" is a baseline.
    """
    visible = extraction.article.visible
    if not _set_before_later(visible, sentence[0], figure):
        return None
    phrase = next((m for m in extraction.periods.within(figure.end, sentence[1])), None)
    if phrase is not None and not phrase.baseline and _ANAPHORIC_PREVIOUS_YEAR.fullmatch(
            visible, phrase.start, phrase.end):
        # "after a 2% fall the previous year": the year before the sentence's, as "the year before" is
        phrase = replace(phrase, text="P1Y", baseline=True)
    if phrase is None or not phrase.baseline or phrase.since or phrase.later or phrase.text not in _STEP_BACK_LABELS \
            or not _PHRASE_GAP.fullmatch(visible, figure.end, phrase.start) \
            or _BASELINE_PREPOSITION.search(visible, figure.end, phrase.start + 1):
        return None
    return _back_from_sentence(extraction, figure, sentence, paragraph, phrase, evidence)


def _back_from_sentence(
    extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int], paragraph: tuple[int, int],
    phrase: PeriodMention, evidence: list[PeriodEvidence],
) -> tuple[str, str | None] | None:
    """The period a phrase dates a figure to, back (or forward) from the period its sentence names before it."""
    named = [m for m in extraction.periods.within(sentence[0], phrase.start)
             if not (m.duration or m.baseline or m.compared or m.target)]
    reference = named[-1].text if named else _context_period(extraction, sentence, paragraph, [])
    guessed = reference is None and (reference := _undated_text_guess(extraction, figure)) is not None
    if phrase.same_months_in is not None:
        # "За аналогичный период 2023 года был зафиксирован профицит": the text's months, in that year; a period is
        # a span, never a stock's day ("В IV квартале порт перевалил 28 млн тонн. На конец квартала на складах было
        # 1,4 млн тонн. За аналогичный период 2022 года ...": the quarter's)
        if reference and DAY_LABEL.fullmatch(reference) and not named:
            reference = _last_span_period(extraction, sentence) or reference
        earlier = _in_year(reference, phrase.same_months_in) if reference else None
    else:
        earlier = _shifted(reference, phrase.text, later=phrase.later)
    if earlier is None:
        return None
    evidence.append(PeriodEvidence(PeriodFound.DATED_BACK, (phrase.start, phrase.end)))
    if guessed:
        evidence.append(PeriodEvidence(PeriodFound.NOT_FOUND))
    if figure.form != "change":
        return earlier, None
    if phrase.text in ("P1W", "P3M"):  # "после роста на 2% кварталом ранее": that quarter's, against the one before
        return earlier, _shifted(earlier, phrase.text) or phrase.text
    return earlier, _month_earlier(earlier) if phrase.text == "P1M" else "P1Y"


def _last_span_period(extraction: Extraction, sentence: tuple[int, int]) -> str | None:
    """The period of the last actual figure before a sentence that is a span, not a day (a period's months)."""
    recent = islice(reversed(extraction.figures), _RECENT_FIGURES)  # bounded: constant work per figure
    return next((f.period for f in recent if f.found.start < sentence[0] and f.period and f.kind == "actual"
                 and not f.starts_change and not DAY_LABEL.fullmatch(f.period)), None)


def _gapped_change_dated_back(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int],
                              phrases: list[PeriodMention], evidence: list[PeriodEvidence],
                              ) -> tuple[str, str | None] | None:
    """A change in a gapped clause of contrast opened by a phrase dating back: the change before it, moved back.

    "За сентябрь вклады прибавили 0,9%, а годом ранее – 0,3%": the clause leaves out the verb and the span it
    repeats, so 0,3% is September's a year before, against the same baseline a year before; so with the comma
    alone ("В сентябре прирост составил 1,6%, месяцем ранее — 2,1%": August's).
    """
    visible = extraction.article.visible
    before = [m for m in phrases if m.end <= figure.start]
    if not before or not _RU_EARLIER.fullmatch(visible, before[-1].start, before[-1].end) or not (
            _GAPPED_DASH.fullmatch(visible, before[-1].end, figure.start)) or not (_GAPPED_CONJUNCTION_BEFORE.search(
            visible, max(sentence[0], before[-1].start - 12), before[-1].start) or _COMMA_BEFORE.search(
            visible, max(sentence[0], before[-1].start - 3), before[-1].start)):
        return None  # "…, а годом ранее – 0,3%", or with the comma alone: "…, месяцем ранее — 2,1%"
    phrase = before[-1]
    change = extraction.figures[-1] if extraction.figures else None
    if change is None or change.found.form != "change" or change.found.start < sentence[0] or change.period is None:
        return None
    earlier = _shifted(change.period, phrase.text)
    if earlier is None:
        return None
    since = change.since
    if since is not None and not _SHIFT.fullmatch(since):
        since = _shifted(since, phrase.text)  # a dated baseline moves back with it; a duration stands
    evidence.append(PeriodEvidence(PeriodFound.DATED_BACK, (phrase.start, phrase.end)))
    return earlier, since


def _expected_in_year_of_publication(
    mention: PeriodMention, kind: str, published: date, evidence: list[PeriodEvidence]
) -> str:
    """A month with no year is the last one before publication, unless the figure is expected: then it is to come.

    "Inflation was 5% in December" (published in October) is last December's; "inflation is expected to slow to
    5% in December" is this December's; "the film should reach $80 million by March" (published in November) is
    next March's: a month whose figures would be out by publication is not forecast (one just ended may be).
    """
    if kind in _DATED_KINDS or mention.guess is not PeriodFound.YEAR_NOT_PRINTED:
        return mention.text
    span = span_of(mention.text)
    if not mention.text.startswith(str(published.year - 1)) and not (
            mention.text.startswith(str(published.year)) and span is not None
            and published.year * 12 + published.month - span.end.year * 12 - span.end.month > _REPORTING_LAG_MONTHS):
        return mention.text
    evidence.append(PeriodEvidence(PeriodFound.EXPECTED_MONTH_TO_COME, (mention.start, mention.end)))
    return years_shifted(mention.text, 1)


_REPORTING_LAG_MONTHS = 3  # a month's figures are released within the three months after it


def _reported_by(label: str, published: date) -> bool:
    """Whether a month's figures can be out by publication (a month label only; others are).

    "had expected ... in December", published in January, is last December's; published in November, the December
    to come.
    """
    month = _MONTH_LABEL.fullmatch(label)
    if month is None:
        return True
    lag = published.year * 12 + published.month - int(month.group(1)) * 12 - int(month.group(2))
    return 0 < lag <= _REPORTING_LAG_MONTHS


def _same_sentence(visible: str, first: int, second: int) -> bool:
    """Whether two places are in one sentence: near, with no full stop and space between them."""
    start, end = min(first, second), max(first, second)
    return end - start <= CONTEXT_REACH and not _SENTENCE_END.search(visible, start, end)


def _year_ended_in(label: str | None) -> str | None:
    """The calendar year a period ends in ("2023-01/2023-09": "2023"), if a period is given."""
    span = span_of(label)
    return str(span.end.year) if span else None


def _context_period(
    extraction: Extraction, sentence: tuple[int, int], paragraph: tuple[int, int], evidence: list[PeriodEvidence]
) -> str | None:
    """The period the text is about when a figure's sentence names none, with the check that says so."""
    period = _context_period_named(extraction, sentence, paragraph, evidence)
    lead = extraction.periods.first_dated_after(0)
    if (period is not None and lead is not None and not lead.compared and lead.start < sentence[0]
            and _is_earlier_twin(period, lead.text)):
        # "на 1 ноября ... намолочено 52 млн тонн. На 1 ноября 2012 г. было собрано 41 млн тонн. В частности...":
        # the same days of an earlier year are named for comparison; the text goes on about its lead's period
        evidence.append(PeriodEvidence(PeriodFound.LEAD_OVER_EARLIER_TWIN, (lead.start, lead.end)))
        _carry_year_kind(_mention_evidence(lead), evidence)  # "this fall" stays the fall's year, not the year so far
        return lead.text
    carried = evidence[-1] if evidence else None
    if (period is not None and lead is not None and not lead.compared and not lead.rolling and carried is not None
            and carried.found is PeriodFound.CARRIED_FROM_PARAGRAPH and carried.span is not None
            and lead.end <= carried.span[0] and _is_period_before(period, lead.text)):
        # "в августе ... 2,1%.\n\nВ июле показатель составлял 2,2%.\n\nЧисленность безработных составила 1,6 млн":
        # a release's month (quarter) before its own, named in a paragraph of its own for comparison, dates only
        # that paragraph; the next goes on with the lead's
        evidence.append(PeriodEvidence(PeriodFound.LEAD_OVER_PREVIOUS, (lead.start, lead.end)))
        return lead.text
    if (period is not None and lead is not None and not lead.compared and carried is not None
            and carried.found is PeriodFound.CARRIED_FROM_PARAGRAPH and carried.span is not None and period != lead.text
            and _in_comparison_aside(extraction, carried.span[0], lead.end)):
        # "за январь–август ...\n\nДля сравнения, в 2022 году дефицит составил 6,8 млрд рублей.\n\nНДФЛ вырос на
        # 14,6%": a paragraph set aside for comparison dates only itself; the next goes on with the lead's period
        evidence.append(PeriodEvidence(PeriodFound.LEAD_OVER_COMPARISON_ASIDE, (lead.start, lead.end)))
        _carry_year_kind(_mention_evidence(lead), evidence)
        return lead.text
    return period


def _in_comparison_aside(extraction: Extraction, position: int, lead_end: int) -> bool:
    """Whether a place is in a paragraph after the lead that opens "для сравнения" ("for comparison")."""
    start = extraction.paragraph_start(position)
    return start >= lead_end and bool(_COMPARISON_ASIDE.match(extraction.article.visible, start))


def _is_period_before(label: str, lead: str) -> bool:
    """Whether a month (quarter) is the one right before the lead's month (quarter): 2025-07 of 2025-08."""
    if not any(kind.fullmatch(label) and kind.fullmatch(lead) for kind in (_MONTH_LABEL, _QUARTER_LABEL)):
        return False
    span, lead_span = span_of(label), span_of(lead)
    return span is not None and lead_span is not None and span.end + timedelta(days=1) == lead_span.start


def _is_earlier_twin(label: str, lead: str) -> bool:
    """Whether a period is the same days or months as the lead's in an earlier year: 2012-11-01 of 2013-11-01."""
    years, lead_years = re.findall(r"\d{4}", label), re.findall(r"\d{4}", lead)
    return (bool(years) and len(years) == len(lead_years) and re.sub(r"\d{4}", "", label) == re.sub(r"\d{4}", "", lead)
            and all(int(year) < int(lead_year) for year, lead_year in zip(years, lead_years, strict=True)))


def _context_period_named(
    extraction: Extraction, sentence: tuple[int, int], paragraph: tuple[int, int], evidence: list[PeriodEvidence]
) -> str | None:
    """The period the last figures or sentences before the figure's sentence name."""
    # the period the text is about: that of the last figure (not of a change's start), else the last one named
    recent = list(islice(reversed(extraction.figures), _RECENT_FIGURES))  # bounded: constant work per figure
    lead = extraction.periods.first_dated_after(0)
    # nor of a figure a comparison leads to ("up 10% from a deficit of $257 billion in October 2024")
    # nor of one dated inside a relative clause ("the first film, which launched with $41.2 million in July 2019")
    in_asides = [f for f in recent if _dated_in_aside(extraction, f)]  # read once per figure of the window
    last = next((f for f in recent if f.period and f.kind == "actual" and not f.starts_change
                 and not _period_guessed(f) and not _compared_figure(extraction.article.visible, f)
                 and not any(e.found in _NOT_CARRIED for e in f.period_evidence)
                 # "Thursday previews contributed $6.5 million": the previews' day dates their figure alone
                 and not any(e.found is PeriodFound.WEEKDAY and e.span is not None
                             and _previews_day(extraction.article.visible, e.span) for e in f.period_evidence)
                 # "The index has risen 8% so far this year." ends its paragraph's run: the next paragraph goes on
                 # with the text's own period ("Shares of Lumina jumped 7.5%": the day's)
                 and not (f.found.start < paragraph[0]
                          and any(e.found is PeriodFound.YEAR_TO_DATE for e in f.period_evidence))
                 # "In December, 176 people died." ends its paragraph's run too: a part of the lead's period
                 # named after the lead dates its own paragraph, the next goes on with the lead's ("Speed was a
                 # factor in 31% of fatal crashes": last year's)
                 and not (f.found.start < paragraph[0] and lead is not None and lead.end <= f.found.start
                          and (_within(f.period, lead.text)
                               # and so does a month named for one measure of a release dated by a rolling run:
                               # "rose by 10,100 in October" (the claimant count's) after "in the three months to
                               # September"; the next paragraph goes on with the run ("Youth unemployment fell")
                               or (lead.rolling and f.period != lead.text)
                               # and so does a running total to the end of a quarterly lead: "За первое
                               # полугодие выручка выросла на 14,2%" after "во 2 квартале"; the next paragraph
                               # ("Выручка МТС увеличилась на 7,5%") goes on with the release's quarter
                               or _running_to_quarter(f.period, lead.text))
                          # ... unless the paragraph opens on a part of that count: "Of those, 41 were pedestrians"
                          and not _PART_OF_BEFORE.match(extraction.article.visible, paragraph[0]))
                 and not any(f is aside for aside in in_asides)), None)
    # nor a period named in such an aside, or for a figure in brackets
    asides = {e.span for f in in_asides for e in f.period_evidence}
    earlier = _last_dated_outside_asides(extraction, sentence[0], paragraph[0], asides)
    run = _run_of_its_day(last, recent) if last is not None else None
    if run is last and last is not None:
        run = _run_of_its_part(extraction.article.visible, last, recent, paragraph[0])
    if run is not None and run is not last:  # the weekend a weekday's figure fell in, not the weekday
        return _carried(evidence, (run.found.start, run.found.end), paragraph[0], run.period_evidence, run.period)
    if last is not None and last.found.start >= paragraph[0]:
        return _carried(evidence, (last.found.start, last.found.end), paragraph[0], last.period_evidence, last.period)
    # "The company expects third-quarter revenue of ...": the period of what is expected is not the text's
    expected = [f for f in recent if f.kind not in _DATED_KINDS and f.found.start >= paragraph[0]]
    if earlier is not None and not any(_same_sentence(extraction.article.visible, earlier.start, f.found.start)
                                       for f in expected):
        return _carried(evidence, (earlier.start, earlier.end), paragraph[0], _mention_evidence(earlier), earlier.text)
    heading = _heading_period(extraction, paragraph)
    if heading is not None and not DAY_LABEL.fullmatch(heading.text) and (
            last is None or last.found.start < heading.start):
        # "Результаты дочерних компаний во 2 квартале" above "Лесхоз – выручка 20,9 млрд руб.": a section's heading
        # names its period over the figures of the sections before it (a day is a dateline's, not a section's)
        return _carried(evidence, (heading.start, heading.end), paragraph[0], _mention_evidence(heading), heading.text)
    if last is not None:
        return _carried(evidence, (last.found.start, last.found.end), paragraph[0], last.period_evidence, last.period)
    earlier = _last_dated_outside_asides(extraction, paragraph[0], 0, asides)
    if earlier is not None and not earlier.target:
        return _carried(evidence, (earlier.start, earlier.end), paragraph[0], _mention_evidence(earlier), earlier.text)
    return None


def _dated_in_aside(extraction: Extraction, figure: ExtractedFigure) -> bool:
    """Whether a figure and the period named for it stand in one aside: they date what the aside is about.

    A relative clause set off by a comma ("That trailed the first film, which opened with $41.2 million in July
    2019.") or brackets after a name ("pass "The Night Watch" ($534.9 million in 2008)") speak of another subject
    (here an earlier film), whose period is no period of the text's later figures.
    """
    named = next((e.span for e in figure.period_evidence if e.span is not None), None)
    if named is None:
        return False
    start, end = figure.found.start, figure.found.end
    clause = _aside_clause(extraction, start, end) or _brackets_of(extraction.article.visible, start, end)
    return clause is not None and clause[0] < named[0] and named[1] <= clause[1]


def _aside_clause(extraction: Extraction, start: int, end: int) -> tuple[int, int] | None:
    """The relative clause a figure stands in when it speaks of something other than the sentence's subject.

    After a verb of the main clause ("That trailed the first film, which opened with $41.2 million in July 2019")
    it is about the object, an aside; right after the subject ("Unemployment, which rose to 4.3% in March, is at a
    high") its figure is of what the text is about, and so is its period. A period alone in a relative clause
    ("Its director, who began filming in July 2019, was pleased") dates no figure of the text either way.
    """
    visible = extraction.article.visible
    clause = relative_clause_of(visible, start, end)
    if clause is None:
        return None
    opening = max((m.end() for m in _SENTENCE_END.finditer(visible, max(0, clause[0] - CONTEXT_REACH), clause[0])),
                  default=max(0, clause[0] - CONTEXT_REACH))
    opening = max(opening, visible.rfind("\n", 0, clause[0]) + 1)
    main = words_of(visible[opening : clause[0]], opening, extraction.language, -1)
    return clause if any(word.part == VERB for word in main) else None


def _brackets_of(visible: str, start: int, end: int) -> tuple[int, int] | None:
    """The brackets a span stands in, on one line and within reach of it, if any."""
    opening = visible.rfind("(", max(0, start - _POSSESSIVE_REACH), start)
    closing = visible.find(")", end, end + _POSSESSIVE_REACH)
    if opening < 0 or closing < 0 or re.search(r"[()\n]", visible[opening + 1 : start] + visible[end:closing]):
        return None
    return opening, closing + 1


def _last_dated_outside_asides(
    extraction: Extraction, position: int, floor: int, asides: set[tuple[int, int] | None]
) -> PeriodMention | None:
    """The last period named before `position` (from `floor`) that no aside names for its own subject.

    Not one in a relative clause set off by a comma ("Its director, who began filming in July 2019, was pleased"),
    nor one that dated a figure of an aside (`asides`: the spans read for them), nor the days since an opening.
    """
    earlier = extraction.periods.last_dated_before(position, floor)
    for _ in range(_RECENT_FIGURES):  # bounded: a few asides back at most, constant work per figure
        if earlier is None or not ((earlier.start, earlier.end) in asides or earlier.guess in _NOT_CARRIED
                                   or relative_clause_of(extraction.article.visible, earlier.start, earlier.end)
                                   or (earlier.guess is PeriodFound.WEEKDAY
                                       and _previews_day(extraction.article.visible, (earlier.start, earlier.end)))):
            return earlier
        earlier = extraction.periods.last_dated_before(earlier.start, floor)
    return None


def _previews_day(visible: str, span: tuple[int, int]) -> bool:
    """Whether a weekday names the day of a film's previews ("Thursday previews", "previews on Thursday").

    The previews are shown the evening before a weekend opens and counted in that weekend's gross: the weekday
    dates the previews' own figure, never the weekend's figures around it nor those of the paragraphs after it.
    """
    return bool(_PREVIEWS_AFTER.match(visible, span[1])
                or _PREVIEWS_BEFORE.search(visible, max(0, span[0] - _PREVIEWS_REACH), span[0]))


def _previews_of_another(visible: str, figure: FoundFigure, mention: PeriodMention) -> bool:
    """Whether a previews' weekday in the figure's sentence dates another figure, not this one.

    "Thursday previews contributed $5.2 million", "$3 million in Thursday previews": the previews' own, nothing
    between them but words; 'Including $3 million in Thursday previews, "Iron Meadow" earned $27.9 million': a
    comma (or another figure) between, the weekend's amount that holds them.
    """
    if mention.guess is not PeriodFound.WEEKDAY or not _previews_day(visible, (mention.start, mention.end)):
        return False
    after = mention.start >= figure.end
    between = visible[figure.end : mention.start] if after else visible[mention.end : figure.start]
    return bool(_OTHER_FIGURE_BETWEEN.search(between))


def _run_of_its_day(last: ExtractedFigure, recent: list[ExtractedFigure]) -> ExtractedFigure:
    """The figure whose period is carried on: not one dated by a weekday inside a run of days named before it.

    "Barbie grossed $33.7 million over the weekend. ... The film made $10.1 million on Friday. "Meg 2" placed third
    with $13 million": Friday dates its own figure; the text goes on about the weekend that holds it.
    """
    if not any(e.found is PeriodFound.WEEKDAY for e in last.period_evidence) or last.period is None:
        return last
    return next((f for f in recent if f.found.start < last.found.start and f.kind == "actual" and not f.starts_change
                 and _days_of(f.period) is not None and _within(last.period, str(f.period))), last)


def _run_of_its_part(visible: str, last: ExtractedFigure, recent: list[ExtractedFigure],
                     paragraph_start: int) -> ExtractedFigure:
    """The figure whose period is carried on: not one dated by a part of the run before it said for itself alone.

    "За январь–август доходы составили 58 млрд рублей. «В августе расходы выросли на 15%», – сказал министр.
    Расходы составили 64,9 млрд рублей": the month named inside a quotation dates the quoted figures, and the
    reporter's next paragraph goes on about the run that holds the month; so does a month said alone ("в одном
    только августе", "in August alone") for the sentences after it.
    """
    read = next((reading.span for reading in last.period_evidence if reading.found.field == "period"
                 and reading.span), None)
    if read is None or last.period is None:
        return last
    quoted = last.said_by_found in _QUOTED_SPEAKERS and last.found.start < paragraph_start
    alone = any(match.end() >= read[0] for match in _ALONE_BEFORE.finditer(
        visible, max(0, read[0] - _ALONE_REACH), read[1])) or _ALONE_AFTER.match(visible, read[1])
    if not quoted and not alone:
        return last
    return next((f for f in recent if f.found.start < last.found.start and f.kind == "actual" and not f.starts_change
                 and f.period is not None and f.said_by_found not in _QUOTED_SPEAKERS
                 and _within(last.period, f.period)), last)


def _mention_evidence(mention: PeriodMention) -> tuple[PeriodEvidence, ...]:
    """The guess a period mention carries, as evidence of the figure that takes it."""
    return (PeriodEvidence(mention.guess, (mention.start, mention.end)),) if mention.guess else ()


def _carry_year_kind(carried: Sequence[PeriodEvidence], evidence: list[PeriodEvidence]) -> None:
    """A period carried to a later figure keeps what kind of year it is: a fiscal year's or a season's.

    "Enrollment rose 2.5% this fall ... Undergraduate enrollment grew by 3.0%": the fall's year, not the year so far.
    """
    evidence.extend(reading for reading in carried if reading.found in (PeriodFound.FISCAL_YEAR, PeriodFound.SEASON))


def _baseline(
    extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int], period: str | None, since: str | None,
    evidence: list[PeriodEvidence], checks: list[str],
) -> str | None:
    """What a change is measured from: a year or "last year" after it, the same period a year earlier, P1Y."""
    if since is not None:
        return since
    sentence_start, sentence_end = sentence
    # "grew 5.2% in the third quarter, down from 5.5% in the second": what follows the earlier rate is its own
    sentence_end = earlier_rate_ahead(extraction, figure, sentence_end) or sentence_end
    other_movement = _OTHER_MOVEMENT_CLAUSE.search(extraction.article.visible, figure.end, sentence_end)
    sentence_end = other_movement.start() if other_movement is not None else sentence_end
    sentence = sentence_start, sentence_end
    after = extraction.article.visible[figure.end : sentence_end]
    match = _BASELINE.search(after[:80])
    if match:
        if match.group(1):
            return _same_months_of(extraction, match.group(1), period)
        return _compared_with_last_year(period)
    visible = extraction.article.visible
    compared = [m for m in extraction.periods.within(sentence_start, sentence_end) if not m.duration and (
                m.compared or _COMPARED.search(visible[max(sentence_start, m.start - 25) : m.start]))]
    # the nearest after the figure ("30,000 up on 2020, but 650,000 down on 2019"), else the last before it
    compared_after = [m for m in compared if m.start >= figure.end]
    if compared_after and _opens_next_clause(visible, figure, compared_after[0]) and (
            own_before := _own_baseline(extraction, figure, sentence)) is not None and own_before.end <= figure.start:
        # "За месяц их число снизилось на 2,1%, а по сравнению с августом прошлого года — на 11,5%": the period
        # compared in the gapped clause after is the next change's; the figure's own span before it is its baseline
        compared_after = []
    if compared_after and (step := _own_baseline(extraction, figure, sentence)) is not None \
            and step.text in _STEP_BACK_LABELS and figure.end <= step.start < compared_after[0].start:
        # "Fuel prices sank 11.2% year on year, after an 8.1% drop in February": the step printed right after the
        # figure is its baseline; the month after "after" is the earlier change's own
        compared_after = []
    compared = compared_after or [m for m in reversed(compared) if m.end <= figure.start]
    if compared and not compared_after and (own_after := _own_baseline(extraction, figure, sentence)) is not None \
            and own_after.start >= figure.end:
        compared = []  # "up 4% over last weekend, but down 2% from this same weekend last year": the phrase after
        # the second change is its own, not the first change's compared period before it
    if _earlier_rate(figure):
        compared = []  # the earlier rate's period is its own, and the change before it is no baseline of it
    own_period = next(iter(extraction.periods.within(figure.end, sentence_end)), None)
    if ((compared_after and compared_after[0].text == period) or (
            # "after a revised 0.8% decline in August": the words before the figure may keep "after" out of reach of
            # the period's comparison window; the figure's own period right after it is the one it was read as
            own_period is not None and own_period.text == period
            and _PHRASE_GAP.fullmatch(visible, figure.end, own_period.start))) \
            and _set_before_later(visible, sentence_start, figure):
        # "rose 0.5% in November, after a 0.3% gain in October": October is the figure's own period, no baseline;
        # the figure is measured over the same step as the change it is set before
        compared = []
        moved = _since_moved_with(extraction, sentence_start, period)
        if moved is not None:
            evidence.append(PeriodEvidence(PeriodFound.SINCE_CARRIED))
            return moved
    if compared and not compared[0].baseline and _is_last_year_of_a_part(visible, compared[0], period):
        return "P1Y"  # "за январь–август ... на 9% к уровню прошлого года": the same months a year before
    if compared and not compared[0].baseline and period is not None and DAY_LABEL.fullmatch(period) and _said_in_words(
            visible, compared[0]) and _YEAR_ONLY.fullmatch(compared[0].text) and compared[0].text < period[:4]:
        return _shifted(period, "P1Y") or period  # "на 1 сентября ... больше показателей прошлого года": that day
    if compared and not compared[0].baseline and _ANAPHORIC_PREVIOUS_YEAR.fullmatch(
            visible[compared[0].start : compared[0].end].strip()) and period is not None:
        return _compared_with_last_year(period)  # "in 2019, up 6% from the previous year": 2018, not the year
        # before publication
    if compared and not compared[0].baseline and compared[0].text == period and _said_in_words(visible, compared[0]):
        # "В 2023 году расходы снизились по сравнению с прошлым годом на 4,2 млн" (published in 2024): "last year"
        # is the year before the figure's, never the figure's own year
        return _previous_year(period)
    if compared and not compared[0].baseline:  # "по сравнению с январем 2015 года ... на 6,3%", "up 5% from 2022"
        if compared[0].guess is PeriodFound.YEAR_NOT_PRINTED:  # "выше показателей апреля": the last April before
            evidence.append(PeriodEvidence(PeriodFound.SINCE_YEAR_NOT_PRINTED, (compared[0].start, compared[0].end)))
            return _last_before(compared[0].text, period)
        return _same_months_of(extraction, compared[0].text, period)
    own = _respective_baseline(extraction, figure, sentence) or _own_baseline(extraction, figure, sentence)
    if own is not None and any(e.found is PeriodFound.DATED_BY_PHRASE and e.span == (own.start, own.end)
                               for e in evidence):
        # "against 2% the month before": the phrase dates the earlier rate; it is no baseline of it
        carried = _since_of_later_change(extraction, figure, sentence_start, own.text)
        if carried is not None:
            evidence.append(PeriodEvidence(PeriodFound.SINCE_CARRIED))
            return carried
        own = None
    if own is not None and own.same_months_in is not None:
        # "за такой же период 2024 года": the figure's months in the year named
        return _in_year(period, own.same_months_in) if period else str(own.same_months_in)
    if own is not None and own.text == "P1M":
        return _month_earlier(period) or "P1M"  # "по сравнению с предыдущим месяцем", "month-on-month"
    if own is not None and own.text == "P3M" and _quarter_of_a_sum(extraction, sentence, own, period):
        evidence.append(PeriodEvidence(PeriodFound.SINCE_YEAR_EARLIER, (own.start, own.end)))
        return "P1Y"  # "За квартал производство выросло на 11%": the quarter's sum against a year earlier
    if own is not None and own.text in ("P1W", "P3M", "P1Y"):
        return own.text  # "week-on-week", "quarter-on-quarter", "в годовом сравнении"
    again = _same_span_again(extraction, figure, sentence, period)
    if again is not None:
        evidence.append(PeriodEvidence(PeriodFound.SINCE_CARRIED, (again.found.start, again.found.end)))
        return again.since
    same_period = [m for m in extraction.periods.within(figure.end, sentence_end) if m.baseline and not m.later
                   and not _opens_next_clause(visible, figure, m)]
    if same_period and same_period[0].since:
        return same_period[0].text  # "up 20% since 2010", "на 20% больше, чем с 2010 года"
    since_before = [m for m in extraction.periods.within(sentence_start, figure.start) if m.since]
    if since_before and not re.search(r"\d", _past_when_clause(visible, since_before[-1].end, figure.start)):
        return since_before[-1].text  # "Since fall 2011, enrollment has fallen by 2.4 million", "С 2010 года цены"
    if same_period:
        return "P1Y"  # "than in the same period last year", "за тот же период прошлого года"
    if _INDEX_LAST_YEAR.search(after[:60]):
        return _compared_with_last_year(period)
    if _PREVIOUS_YEAR_OBJECT.search(after[:60]):
        return _previous_year(period)
    named = named_baseline(extraction, figure, period, checks)  # "на 5% меньше показателей января-сентября 2024 года"
    if named is not None and named != period:  # "rose 2% over February": a change is never from its own period
        return _same_months_of(extraction, named, period)
    if _REVISION.search(extraction.article.visible, extraction.clause_start(sentence_start), figure.start):
        # "Payrolls for June were revised down by 22,000": June's figure against its earlier release, no earlier
        # period's; the year before stands in (a loadable baseline no other claim of the text sets off), marked
        evidence.append(PeriodEvidence(PeriodFound.SINCE_REVISION))
        return "P1Y"
    further = _further_since(extraction, figure, sentence_start, period)
    if further is not None:  # "на 1 октября ... к концу года вырастет ещё на 5%": from the level the text gave
        evidence.append(PeriodEvidence(PeriodFound.SINCE_FURTHER, (further.found.start, further.found.end)))
        return further.period
    days = _days_of(period)
    if days is not None and any(e.found is PeriodFound.DAYS_TO_PUBLICATION for e in evidence):
        # "Over the last 10 days, exports jumped 6%": against the same number of days before them
        evidence.append(PeriodEvidence(PeriodFound.SINCE_RUN_BEFORE))
        return f"P{(days[1] - days[0]).days + 1}D"
    if _is_week(period) or _is_weekend(period):  # "rose $120 for the week", "down 43% over the weekend": from the
        # same days a week before
        evidence.append(PeriodEvidence(PeriodFound.SINCE_WEEK_BEFORE))
        return "P1W"
    day_before = None if _reporting_day(extraction, figure, sentence, period) else _working_day_before(period)
    if day_before is not None:  # "falling $1.70 on Friday": a day's change, from the last working day before it
        evidence.append(PeriodEvidence(PeriodFound.SINCE_DAY_BEFORE))
        return day_before
    added_since = _added_since(extraction, figure, period)
    if added_since is not None:  # "added 3.4 million subscribers in March": over March, from the end of February
        evidence.append(PeriodEvidence(PeriodFound.SINCE_PERIOD_BEFORE))
        return added_since
    stock_since = _stock_since(extraction, figure, sentence_start, period)
    if stock_since is not None:  # "claimants fell by 15,000 in August": from the count at the end of July
        evidence.append(PeriodEvidence(PeriodFound.SINCE_STOCK_BEFORE))
        return stock_since
    reading_before = None if _margin_before(extraction.article.visible, sentence_start, figure.start) \
        else _points_since(figure, period)
    if reading_before is not None:  # "rose 0.2 percentage points to 4.1% in June": June's rate against May's
        evidence.append(PeriodEvidence(PeriodFound.SINCE_READING_BEFORE))
        return reading_before
    if _annual_change_subject(extraction, figure, sentence_start):
        return "P1Y"  # "Annual growth in regular pay was 5.6%": the subject names the year before, not the run before
    run_before = _run_before(extraction, period, evidence)
    if run_before is not None:  # "fell by 7,000 in the three months to July": against the three months before
        evidence.append(PeriodEvidence(PeriodFound.SINCE_RUN_BEFORE))
        return run_before
    event_level = _EVENT_LEVEL_AFTER.match(after)
    if event_level is not None:  # "41% below their pre-pandemic level": that level's period, which no date names
        evidence.append(PeriodEvidence(PeriodFound.SINCE_EVENT_LEVEL, (figure.end + event_level.start(1),
                                                                      figure.end + event_level.end(1))))
        return "P1Y"
    evidence.append(PeriodEvidence(PeriodFound.SINCE_YEAR_EARLIER))
    return "P1Y"


_NET_ADDITION_VERB = re.compile(lexicon.any_of(lexicon.NET_ADDITION_VERBS), re.IGNORECASE)
_QUARTER_LABEL = re.compile(r"\d{4}-Q[1-4]")
_REVISION = re.compile(rf"\b{lexicon.any_of(lexicon.EN_REVISION_CUES)}\b", re.IGNORECASE)
_EN_STOCK = re.compile(rf"\b{lexicon.any_of(lexicon.EN_STOCK_LEVEL_WORDS)}\b", re.IGNORECASE)


def _added_since(extraction: Extraction, figure: FoundFigure, period: str | None) -> str | None:
    """The baseline of a count added or lost in a month or quarter: the month or quarter before.

    "Employers added 250,000 jobs in May", "the carrier lost 1.2 million subscribers in the quarter": a net
    addition is counted over its period, from the level at the end of the one before, not against a year before
    (a percentage, "rose 4% in May", may be either, and is left to the year before).
    """
    cue = figure.evidence
    if cue is None or cue.cue is not SignCue.VERB or is_percent(figure) or period is None:
        return None
    if not _NET_ADDITION_VERB.fullmatch(extraction.article.visible[cue.start : cue.end].strip()):
        return None
    if _MONTH_LABEL.fullmatch(period):
        return _month_earlier(period)
    return "P3M" if _QUARTER_LABEL.fullmatch(period) else None


def _further_since(extraction: Extraction, figure: FoundFigure, sentence_start: int,
                   period: str | None) -> ExtractedFigure | None:
    """The level a Russian change "ещё" goes on from: the latest one of its measure the text gave, on an earlier day.

    "Объём вкладов на 1 октября составил 845 млрд рублей. ... к концу года объём вкладов вырастет ещё на 5%" is
    from 1 October, never the end of last year: "ещё" adds to the level just given (the measure's words are read
    in the change's clause; without "ещё" the change stays against a year earlier).
    """
    visible = extraction.article.visible
    if extraction.language != "ru" or figure.form != "change" or period is None or not DAY_LABEL.fullmatch(period) \
            or not _FURTHER_BEFORE.search(visible, sentence_start, figure.start):
        return None
    clause = visible[extraction.clause_start(sentence_start) : figure.start].casefold()
    for earlier in islice(reversed(extraction.figures), _RECENT_FIGURES):  # bounded: the last few figures
        if earlier.found.form != "value" or earlier.kind != "actual" or earlier.period is None \
                or not DAY_LABEL.fullmatch(earlier.period) or earlier.period >= period:
            continue
        stems = [word[:5] for word in re.findall(r"[^\W\d_]{4,}", earlier.metric_name.casefold())]
        return earlier if stems and all(stem in clause for stem in stems) else None
    return None


def _stock_since(extraction: Extraction, figure: FoundFigure, sentence_start: int, period: str | None) -> str | None:
    """The baseline of an English stock's change by an amount in a month or quarter: the month or quarter before.

    "The number of people claiming benefits fell by 15,000 in August", "deposits rose by $4 billion in May": a count
    standing at a date changes over the month from its level at the end of the one before; a flow's change ("births
    fell by 1,200 in August") is left to the year before, and so is a percentage, which may be either.
    """
    if extraction.language != "en" or period is None or is_percent(figure):
        return None
    if not _EN_STOCK.search(extraction.article.visible, extraction.clause_start(sentence_start), figure.start):
        return None
    if _MONTH_LABEL.fullmatch(period):
        return _month_earlier(period)
    return "P3M" if _QUARTER_LABEL.fullmatch(period) else None


def _points_since(figure: FoundFigure, period: str | None) -> str | None:
    """The baseline of a rate's change in points over a month or a quarter: the rate of the month or quarter before.

    "The unemployment rate rose 0.2 percentage points to 4.1% in June", "fell 0.4 percentage point in the second
    quarter": points are the difference of two readings of a rate, and with none named the one before is meant (a
    percentage change, "rose 4% in May", may be against either, and is left to the year before).
    """
    if period is None or not (POINTS_WORDS.search(figure.text) or BASIS_POINTS_WORDS.search(figure.text)):
        return None
    if _MONTH_LABEL.fullmatch(period):
        return _month_earlier(period)
    return "P3M" if _QUARTER_LABEL.fullmatch(period) else None


def _since_of_later_change(extraction: Extraction, figure: FoundFigure, sentence_start: int, step: str) -> str | None:
    """The baseline of an earlier rate: that of the change it precedes, over the same step, moved back.

    "выросли на 0,12% после 0,18% неделей ранее": a week's change too, from the week before it (a baseline that is
    a day or a month moves back by the phrase; a duration stands).
    """
    later = extraction.figures[-1] if extraction.figures else None
    if not _earlier_rate(figure) or later is None or later.found.form != "change" \
            or later.found.start < sentence_start or later.since is None:
        return None
    return later.since if _SHIFT.fullmatch(later.since) else _shifted(later.since, step)


def _since_moved_with(extraction: Extraction, sentence_start: int, period: str | None) -> str | None:
    """The baseline of a figure set before a later change: the later one's, moved back as far as the figure's period.

    "rose 0.5% in November (against October), after a 0.3% gain in October": September; a duration stands.
    """
    later = extraction.figures[-1] if extraction.figures else None
    if later is None or later.found.form != "change" or later.found.start < sentence_start or later.since is None:
        return None
    if _SHIFT.fullmatch(later.since):
        return later.since
    own, other = span_of(period), span_of(later.period)
    if own is None or other is None:
        return None
    return _months_shifted(later.since, (own.start.year - other.start.year) * 12 + own.start.month - other.start.month)


_ANNUAL_CHANGE_SUBJECT = re.compile(rf"\b{lexicon.any_of(lexicon.EN_ANNUAL_CHANGE_SUBJECTS)}\b", re.IGNORECASE)


def _annual_change_subject(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> bool:
    """Whether a percentage change's own clause calls it annual: "Annual growth in regular pay was 5.6%"."""
    if not is_percent(figure) or POINTS_WORDS.search(figure.text) or BASIS_POINTS_WORDS.search(figure.text):
        return False
    return _ANNUAL_CHANGE_SUBJECT.search(extraction.article.visible, extraction.clause_start(sentence_start),
                                         figure.start) is not None


def _run_before(extraction: Extraction, period: str | None, evidence: list[PeriodEvidence]) -> str | None:
    """The baseline of a change over a run of months named by its last month or its ends: the run just before it.

    Statistics offices report a rolling run ("in the three months to July", "between May and July") against the
    run before it, and say so when they compare with a year earlier ("compared with the same period a year
    earlier"): `P3M`, a guess; so is a quarter's growth "between April and June". A run from January longer than a
    quarter ("between January and June") is the year so far, compared with the same months a year before.
    """
    run = span_of(period) if period is not None else None
    if run is None or not run.months or run.months >= 12 or (run.start.month == 1 and run.months > 3):
        return None
    # the mention the period was read from, or carried from through the earlier figures that passed it on
    carriers = {(figure.found.start, figure.found.end): figure for figure in extraction.figures[-_CARRIER_REACH:]}
    spans = [reading.span for reading in evidence if reading.span is not None]
    while spans:
        span = spans.pop()
        mention = extraction.periods.at(span)
        if mention is not None and mention.text == period and (
                mention.rolling or _BETWEEN_LEAD.match(extraction.article.visible, mention.start)
                or _named_run(extraction.article.visible, mention)):
            return f"P{run.months}M"
        carrier = carriers.pop(span, None)  # each earlier figure is followed once
        if carrier is not None:
            spans += [reading.span for reading in carrier.period_evidence if reading.span is not None]
    return None


def _margin_before(visible: str, sentence_start: int, figure_start: int) -> bool:
    """Whether a margin is named before the figure in its clause, past any clause of contrast that opens before it.

    "рентабельность составила 41,2%, увеличившись на 0,9 п.п." is the margin's change; "жалуются на снижение маржи,
    а безработица выросла на 0,3 п.п." is the rate's.
    """
    start = max((m.end() for m in _CONTRARY_CLAUSE.finditer(visible, sentence_start, figure_start)),
                default=sentence_start)
    return _MARGIN.search(visible, start, figure_start) is not None


def _named_run(visible: str, mention: PeriodMention) -> bool:
    """Whether a run of months is named as a period of its own: "the June to August period", as "between" names one."""
    return _RUN_NOUN_AFTER.match(visible, mention.end) is not None and _RUN_ARTICLE_BEFORE.search(
        visible, max(0, mention.start - _ARTICLE_REACH), mention.start) is not None


_ARTICLE_REACH = 6  # "the " before a run's first month
_CARRIER_REACH = 50  # the earlier figures a period may be carried from: the work per figure stays constant


def _said_in_words(visible: str, mention: PeriodMention) -> bool:
    """Whether a period is named in words, with no digit: "прошлым годом", "last year" (not "2023")."""
    return not re.search(r"\d", visible[mention.start : mention.end])


def _is_last_year_of_a_part(visible: str, compared: PeriodMention, period: str | None) -> bool:
    """Whether a part of a year is compared with "last year" said in words: its same part a year before is meant."""
    return (_said_in_words(visible, compared) and _YEAR_ONLY.fullmatch(compared.text) is not None and period is not None
            and _PART_OF_A_YEAR.fullmatch(period) is not None)


def _same_months_of(extraction: Extraction, baseline: str, period: str | None) -> str:
    """A Russian change of a part of a year (months, a quarter, a half) against an earlier year printed as a number.

    Russian statistics set like against like: "за январь–октябрь 2022 года ... 141,2% к уровню 2021 года" is against
    January to October 2021, not the whole of 2021. Any other baseline is kept as named.
    """
    if (extraction.language != "ru" or _YEAR_ONLY.fullmatch(baseline) is None or period is None
            or _PART_OF_A_YEAR.fullmatch(period) is None or int(baseline) >= int(period[:4])):
        return baseline
    return _in_year(period, int(baseline))


def _past_when_clause(visible: str, period_end: int, end: int) -> str:
    """The text between a period and `end`, past a clause of time that follows the period ("2011, when ... ,")."""
    clause = _WHEN_CLAUSE.match(visible, period_end, end)
    return visible[clause.end() if clause else period_end : end]


def _when_clause_period(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int]
                        ) -> PeriodMention | None:
    """The period a clause of time the figure stands in follows, if it stands in one.

    "Since fall 2011, when enrollment peaked at 20.6 million,": 20.6 million is fall 2011's, and it passes its
    period to no figure after the clause.
    """
    visible = extraction.article.visible
    for mention in reversed(extraction.periods.within(sentence[0], figure.start)):
        clause = _WHEN_CLAUSE.match(visible, mention.end, sentence[1]) or _WHEN_CLAUSE_LAST.match(
            visible, mention.end, sentence[1])
        if clause is not None and clause.end() >= figure.end and not mention.duration:
            # "In 2020, when sales fell to 3 million from 4 million in 2019,": a clause that names a period of its
            # own dates its figures itself
            inside = extraction.periods.within(mention.end, clause.end())
            return None if inside else mention
    return None


def _running_to_quarter(label: str, quarter: str) -> bool:
    """Whether a period runs from its year's start to a quarter's end, longer than it: a half or nine months."""
    if not _QUARTER_LABEL.fullmatch(quarter):
        return False
    first, second = span_of(label), span_of(quarter)
    return (first is not None and second is not None and first.end == second.end and first.start < second.start
            and first.start == date(second.end.year, 1, 1) and second.end.month != 12)


def _within(inner: str, outer: str) -> bool:
    """Whether one period is a strictly shorter span of days inside another (a weekend inside its month)."""
    first, second = span_of(inner), span_of(outer)
    if first is None or second is None:
        return False
    return second.start <= first.start and first.end <= second.end and (first.start, first.end) != (
        second.start, second.end)


def _same_months_after(
    extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int], paragraph: tuple[int, int],
    evidence: list[PeriodEvidence],
) -> str | None:
    """A value dated by "the same period of" a year right after it: the text's months, in that year.

    "54% in the June quarter, compared with 62% in the same quarter of 2019": 62% is the June quarter's, in 2019
    (a change keeps the phrase as its baseline, unless it is the earlier rate: "against 2% in the same period of
    2019"). The text's months are those its sentence names before, not compared, else the text's period.
    """
    if figure.form == "change" and not _earlier_rate(figure):
        return None
    visible = extraction.article.visible
    phrase = next((m for m in extraction.periods.within(figure.end, sentence[1]) if m.same_months_in is not None
                   and _BOUND_PERIOD_GAP.fullmatch(visible[figure.end : m.start])), None)
    if phrase is None or phrase.same_months_in is None:
        return None
    named = [m for m in extraction.periods.within(sentence[0], figure.start)
             if not (m.duration or m.baseline or m.compared or m.target)]
    reference = named[-1].text if named else _context_period(extraction, sentence, paragraph, [])
    if reference is None:
        return None
    evidence.append(PeriodEvidence(PeriodFound.DATED_BY_PHRASE, (phrase.start, phrase.end)))
    return _in_year(reference, phrase.same_months_in)


def _earlier_rate(figure: FoundFigure) -> bool:
    """Whether a figure is the change of an earlier period another change is set against ("down from 5.5%")."""
    return figure.evidence is not None and figure.evidence.cue is SignCue.EARLIER_RATE


def _days_of(period: str | None) -> tuple[date, date] | None:
    """The first and last day of a run of days (2024-06-19/2024-06-25), None for any other period."""
    days = re.fullmatch(r"(\d{4}-\d\d-\d\d)/(\d{4}-\d\d-\d\d)", period or "")
    return (date.fromisoformat(days.group(1)), date.fromisoformat(days.group(2))) if days else None


def _is_week(period: str | None) -> bool:
    """Whether a period is a run of seven days: 2024-06-19/2024-06-25."""
    days = _days_of(period)
    return days is not None and (days[1] - days[0]).days == 6


def _is_weekend(period: str | None) -> bool:
    """Whether a period is a Friday-to-Sunday weekend: 2023-08-04/2023-08-06."""
    days = _days_of(period)
    return days is not None and days[0].weekday() == 4 and days[1] == days[0] + timedelta(days=2)


def _quarter_of_a_sum(extraction: Extraction, sentence: tuple[int, int], own: PeriodMention,
                      period: str | None) -> bool:
    """Whether a Russian change "за квартал" is of a sum over its quarter (output, earnings), not a level's over it.

    "За квартал производство выросло на 11%", of the quarter the text reports, is that quarter's output against the
    same quarter a year earlier, as statistics offices report it; a price or a stock "за квартал" ("за квартал цены
    выросли на 2%") moved over the quarter, from its level at the start. A guess either way.
    """
    visible = extraction.article.visible
    return (extraction.language == "ru" and period is not None and _QUARTER_LABEL.fullmatch(period) is not None
            and _OVER_PERIOD.fullmatch(visible, own.start, own.end) is not None
            and _RU_QUARTER_SUM.search(visible, sentence[0], sentence[1]) is not None
            and _RU_PRICE_LEVEL.search(visible, sentence[0], sentence[1]) is None)


def _own_baseline(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int]) -> PeriodMention | None:
    """The baseline phrase that is the figure's own: the first after it, else the last before it.

    "-4,5% в месячном сравнении, но +8% – в годовом": each change has its own, with no other figure between.
    """
    visible = extraction.article.visible
    baselines = [m for m in extraction.periods.within(sentence[0], sentence[1])
                 if m.baseline and not m.since and not m.later]
    after = [m for m in baselines if m.start >= figure.end and not _opens_next_clause(visible, figure, m)
             and not _opens_dated_clause(visible, sentence[0], m)]
    before = [m for m in baselines if m.end <= figure.start]
    if before and after and not re.search(r"[\d,;:–—]", visible[before[-1].end : figure.start]) and re.search(
            r"[,;:–—]", visible[figure.end : after[0].start]):
        # "За месяц она уменьшилась на 43 тыс., за год — на 429 тыс.": the phrase of the figure's own clause, not
        # the next clause's
        return before[-1]
    if after and not re.search(r"\d", visible[figure.end : after[0].start]):
        return after[0]
    if before and not re.search(r"\d", visible[before[-1].end : figure.start]):
        return before[-1]
    if after and not before:
        return after[0]
    # across another figure, a baseline before is still the figure's unless its own clause names a period between:
    # "За год вклады увеличились на 18,2%, с начала года – на 7,4%": "за год" is the first change's, not the second's
    if before and not after and not _dated_between(extraction, before[-1].end, figure.start):
        return before[-1]
    return None


def _own_span_across_figure(extraction: Extraction, figure: FoundFigure, named: PeriodMention) -> bool:
    """Whether a figure's clause, after another figure that follows `named`, opens with its own "за месяц" ("за год").

    "С начала года портфель вырос на 11,3%, за месяц – на 1,2%": the 1,2% is a change over the month, not one of
    the year so far.
    """
    visible = extraction.article.visible
    between = [other for other in extraction.figures if named.end <= other.found.start < figure.start]
    if not between:
        return False
    spans = [m for m in extraction.periods.within(between[-1].found.end, figure.start)
             if m.baseline and _OVER_PERIOD.fullmatch(visible, m.start, m.end)]
    return bool(spans) and _opens_next_clause(visible, between[-1].found, spans[-1])


def _opens_next_clause(visible: str, figure: FoundFigure, mention: PeriodMention) -> bool:
    """Whether a phrase after a figure opens the gapped clause after the figure's, with its own figure.

    "С начала года портфель вырос на 11,3%, за месяц – на 1,2%": "за месяц" is the 1,2%'s, not the 11,3%'s.
    """
    return bool(_OPENS_GAPPED_CLAUSE.match(visible, mention.end) and re.search(
        r"[,;]", visible[figure.end : mention.start]))


def _dated_between(extraction: Extraction, start: int, end: int) -> bool:
    """Whether a period of a figure's own (not a baseline, a span or a compared one) is named in [start, end)."""
    return any(not (m.baseline or m.duration or m.compared) for m in extraction.periods.within(start, end))


def _in_year(period: str, year: int) -> str:
    """The same months in another year: 2025-01/2025-09 in 2024 -> 2024-01/2024-09 (a span keeps its length)."""
    first = re.match(r"\d{4}", period)
    if first is None:
        return str(year)
    return years_shifted(period, year - int(first.group(0)))


def _last_before(month: str, period: str | None) -> str:
    """A month printed without its year, as the last such month before a period: 2025-04 before 2024-05 -> 2024-04.

    With no period to go by, the month stays as read (its year from the publication date).
    """
    named = re.fullmatch(r"\d{4}-(\d\d)", month)
    start = re.match(r"(\d{4})-(?:(\d\d)|Q([1-4])|H([12]))", period or "")
    if named is None or start is None:
        return month
    quarter, half = start.group(3), start.group(4)
    first = int(start.group(2) or 0) or (int(quarter) * 3 - 2 if quarter else int(half or 1) * 6 - 5)
    number = int(named.group(1))
    return f"{int(start.group(1)) - (number >= first)}-{number:02d}"


def _reporting_day(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int],
                   period: str | None) -> bool:
    """Whether a change's day is a reporting date: a month's first or last day named "as of" it, of no price.

    "Объем вкладов по состоянию на 1 августа вырос на 8%", "deposits rose 8% as of June 30": statistics count a
    stock on the first (or last) of a month, and its change with no baseline is no day's move from the working day
    before (a price's is: "Курс доллара на 1 июля вырос на 2 рубля").
    """
    if period is None or not DAY_LABEL.fullmatch(period) or not (
            period.endswith("-01") or _day_after(period)[5:7] != period[5:7]):
        return False
    visible = extraction.article.visible
    day = _last_named_before(extraction, figure.end, lambda m: m.text == period) or next(
        (m for m in extraction.periods.within(figure.end, sentence[1]) if m.text == period), None)
    return day is not None and bool(_AS_OF_DAY.match(visible, day.start)) and not _RU_PRICE.search(
        visible, sentence[0], sentence[1]) and not _DAILY_QUOTE.search(visible, sentence[0], sentence[1])


def _day_after(day: str) -> str:
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()


def _working_day_before(period: str | None) -> str | None:
    """The working day before a day: 2008-12-12 (a Friday) -> 2008-12-11, a Monday -> the Friday before."""
    try:
        day = date.fromisoformat(period or "")
    except ValueError:
        return None
    return (day - timedelta(days=3 if day.weekday() == 0 else 2 if day.weekday() == 6 else 1)).isoformat()


def _month_earlier(period: str | None) -> str | None:
    """The month before a month (2016-01 -> 2015-12), the same day a month before a day; None for other periods."""
    dated = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", period or "")
    if dated is not None:  # "$2.178 a month ago" of a price on 2008-12-13: 2008-11-13 (the month's last day at most)
        earlier = _month_earlier(f"{dated.group(1)}-{dated.group(2)}") or ""
        earlier_year, earlier_month = int(earlier[:4]), int(earlier[5:])
        last = (date(earlier_year + earlier_month // 12, earlier_month % 12 + 1, 1) - timedelta(days=1)).day
        return f"{earlier}-{min(int(dated.group(3)), last):02d}"
    month = re.fullmatch(r"(\d{4})-(\d\d)", period or "")
    if month is None:
        return None
    year, number = divmod(int(month.group(1)) * 12 + int(month.group(2)) - 2, 12)
    return f"{year}-{number + 1:02d}"


def _days_moved(reference: str | None, step: timedelta) -> str | None:
    """A run of days moved by `step`, as a claims file writes it, or None when the period is no run of days."""
    days = _days_of(reference)
    return None if days is None else f"{(days[0] + step).isoformat()}/{(days[1] + step).isoformat()}"


def _shifted(reference: str | None, by: str, later: bool = False) -> str | None:
    """A period `by` (P1Y, P1M, P3M, P1W...) before `reference`, or after it when `later`; None where it cannot be said.

    A year or a month moves a day too ("a year earlier" of 2024-10-01); a run of months moves whole months ("the
    previous three months" of 2012-05/2012-07 is 2012-02/2012-04).
    """
    weeks = _WEEKS.fullmatch(by)
    if weeks is not None:  # "P1W" of a run of days (a weekend): the same days that many weeks away
        step = timedelta(weeks=int(weeks.group(1))) * (1 if later else -1)
        if DAY_LABEL.fullmatch(reference or ""):  # a level on a day: that weekday, weeks away
            return (date.fromisoformat(str(reference)) + step).isoformat()
        return _days_moved(reference, step)
    shift = _SHIFT.fullmatch(by)
    if reference is None or shift is None:
        return None
    if by == "P1Y" and _is_weekend(reference):  # a weekend a year back: the same Friday to Sunday 52 weeks away
        return _days_moved(reference, timedelta(weeks=52) * (1 if later else -1))
    if shift.group(2) == "Y" and _is_weekend(reference):  # years away: the Friday to Sunday nearest the same dates
        friday = date.fromisoformat(reference[:10])
        year = friday.year + int(shift.group(1)) * (1 if later else -1)
        moved = date(year, friday.month, friday.day if (friday.month, friday.day) != (2, 29) else 28)
        moved += timedelta(days=(4 - moved.weekday() + 3) % 7 - 3)
        return _days_moved(reference, moved - friday)
    if by == "P1Y":
        return years_shifted(reference, 1 if later else -1)
    if shift.group(2) == "Y" and DAY_LABEL.fullmatch(reference):  # "four years earlier" of a day: that day then
        day = years_shifted(reference, int(shift.group(1)) * (1 if later else -1))
        try:
            return date.fromisoformat(day).isoformat()
        except ValueError:
            return None  # February 29 in a year that has none
    if by == "P1M" and not later:  # a run of months a month back: the run to the month before ("the three months
        # to July" of "the three months to August")
        return _month_earlier(reference) or _months_shifted(reference, -1)
    months = int(shift.group(1)) * (12 if shift.group(2) == "Y" else 1)
    return _months_shifted(reference, months if later else -months)


def _months_shifted(label: str, months: int) -> str | None:
    """A period of whole months moved by `months`: 2012-05/2012-07 by -3 -> 2012-02/2012-04; None for days."""
    period = span_of(label)
    if period is None or not period.whole_months:
        return None
    first = period.start.year * 12 + period.start.month - 1 + months  # months from year 0, zero-based
    last = period.end.year * 12 + period.end.month - 1 + months
    return months_label(first // 12, first % 12 + 1, last % 12 + 1, last // 12)


def _year_earlier(label: str) -> str:
    """The same period a year earlier: 2017 -> 2016, 2014-Q3 -> 2013-Q3, 2025-01/2025-08 -> 2024-01/2024-08."""
    return years_shifted(label, -1)


def _compared_with_last_year(period: str | None) -> str:
    """What a change is from when compared with "last year": for a part of a year, its same part a year before.

    "в октябре сдали 8,7 млн кв. м – на 11% меньше по сравнению с прошлым годом", "(+106% к прошлому году)" after
    a month: the same month a year before (`P1Y`), as `_is_last_year_of_a_part` reads "last year" named before.
    """
    return "P1Y" if _PART_OF_A_YEAR.fullmatch(period or "") else _previous_year(period)


def _previous_year(period: str | None) -> str:
    """What "last year" is for a change of a period: the year before; for a day, that day a year before.

    For a run of days ("down 3% from the same weekend last year"), the same days a year before: `P1Y`.
    """
    if _days_of(period) is not None:
        return "P1Y"
    if DAY_LABEL.fullmatch(period or ""):  # "the deficit at March 31 was up £101 million on the
        return _year_earlier(period or "")  # previous year": a level on a day, against the same day a year before
    year = re.match(r"\d{4}", period or "")
    return str(int(year.group(0)) - 1) if year else "P1Y"


def _compared_figure(visible: str, figure: ExtractedFigure) -> bool:
    """Whether a comparison leads to the figure: its period is the other end's, not the text's."""
    start = figure.found.start
    return bool(_COMPARED_FIGURE_BEFORE.search(visible, max(0, start - _COMPARED_FIGURE_REACH), start))


def _period_guessed(figure: ExtractedFigure) -> bool:
    """Whether the figure's period is a guess (none before it): the figures after it do not pass it on as found."""
    return any(reading.found in UNFOUND or reading.found is PeriodFound.DATED_BACK  # not the text's period either
               for reading in figure.period_evidence)


def _fiscal(evidence: list[PeriodEvidence]) -> bool:
    """Whether the period read is a year that is not the calendar year so far.

    A fiscal year of an unnamed calendar ("fiscal 2016"), or a season's year ("this fall": what is counted once a
    year).
    """
    return any(reading.found in (PeriodFound.FISCAL_YEAR, PeriodFound.SEASON) for reading in evidence)
