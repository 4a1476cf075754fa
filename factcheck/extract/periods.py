"""Periods and dates in an article's text: what period a figure is about, as a claims file writes it.

Every period is found once per article (`PeriodIndex`), so looking up the periods around each figure stays
linear in the length of the text. A period whose year is not printed takes the publication year (the year
before when it would start after publication) and says so: the mention carries its guess (`PeriodFound`).
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from factcheck import lexicon
from factcheck.extract.period_evidence import PeriodFound
from factcheck.extract.text import (
    COUNT_AND_NOUN,
    CURRENCY_PREFIX_WRITTEN,
    MONEY_AMOUNT,
    SCALE_WORD,
    sentence_spans,
)
from factcheck.extract.words import counts_other_things
from factcheck.figures import CHANGE_CUES_DOWN, CHANGE_CUES_UP
from factcheck.not_figures import month_number
from factcheck.periods import Period, PeriodError, parse_period

_any = lexicon.any_of  # one group of any of a table's words

__all__ = ["month_number"]  # read by extract's modules from here, written once in factcheck.not_figures



_ORDINALS = lexicon.PERIOD_ORDINALS
# counts of months or years written in words ("три месяца", "двух лет", "twelve months"): the lexicon's number words
DURATION_WORDS = {word: n for word, n in lexicon.NUMBER_WORDS.items()
                  if 2 <= n <= 12 and word not in lexicon.INDEFINITE_ARTICLES}
_COUNT = r"(\d{1,2}|" + "|".join(sorted(DURATION_WORDS, key=len, reverse=True)) + ")"
_MONTH_FORM = rf"\b(?:{'|'.join(lexicon.MONTH_FORMS)})(?![\w])"  # a month's name, no group of its own
MONTH_WORD = f"({_MONTH_FORM})"
YEAR = r"((?:19|20|21)\d\d)"
# "January-May", "January to May", "the May-to-July period"
_RANGE = rf"\s?(?:[-–—]|\s{_any(lexicon.PERIOD_RANGE_WORDS)}\s|[-–]{_any(lexicon.PERIOD_RANGE_WORDS)}[-–])\s?"
_FIRST_MONTHS_LEADS = "|".join(lexicon.FIRST_MONTHS_LEADS)
_MONTH_COUNT_NOUNS = "|".join(lexicon.MONTH_COUNT_NOUNS)
_RU_ROLLING_YEAR = re.compile(_any(lexicon.RU_ROLLING_YEAR_PHRASES), re.IGNORECASE)
_THIS_YEAR = "|".join(lexicon.THIS_YEAR_WORDS)
# "на начало года", "к концу месяца", "в начале года": the lead of a day at the start or the end of a span
_RU_START_END_LEAD = rf"(?:(?:{_any(lexicon.AS_OF_LEADS_RU)}|{_any(lexicon.RU_AT_START_END_LEADS)})\s+|" \
                     rf"{_any(lexicon.RU_COMPARED_START_END_LEADS)})"
_LAST_OF_NOW = re.compile(_any(lexicon.EN_LAST_WORDS), re.IGNORECASE)  # "last fall", not "the previous fall"
_GENERIC_YEAR = re.compile(_any(lexicon.GENERIC_YEAR_WORDS), re.IGNORECASE)
_LAST_YEAR = "|".join(lexicon.LAST_YEAR_WORDS)
_SAME_PERIOD = "|".join(lexicon.SAME_PERIOD_WORDS)
# "the three months to October this year", "the year to March last year": the run's last month in the year named
_RELATIVE_YEAR_AFTER = rf"\s+(?:(?P<this>{_THIS_YEAR})|(?P<last>{_LAST_YEAR}))"
_THE = _any(lexicon.PERIOD_ARTICLES)
_OF = _any(lexicon.PERIOD_OF)
_RU_YEAR = _any(lexicon.RU_YEAR_GENITIVES)  # "2024 года"
_YEAR_NOUN = _any(lexicon.RU_YEAR_NOUNS)  # "в 2024 году"
_ORDINAL_ENDING = _any(lexicon.RU_ORDINAL_YEAR_ENDINGS)  # "2024-го"
_CHECK_YEAR = PeriodFound.YEAR_NOT_PRINTED
_TARGET_LEADS = _any(lexicon.TARGET_YEAR_LEADS)
_WEEKDAYS = tuple(form for forms in lexicon.WEEKDAY_FORMS for form in forms)
_MONTH_LEADS = "|".join(lexicon.MONTH_ALONE_LEADS)
# "while May outlays rose": a lookbehind per word, each of its own width
_POSSESSIVE_MONTH_LEADS_BEFORE = "|".join(rf"(?<=\b{lead}\s)" for lead in lexicon.POSSESSIVE_MONTH_LEADS)
_CAPITALISED_MONTH = "|".join(name.capitalize() for _, _, name, _ in lexicon.MONTHS)  # "April", as English writes it
# a period in the possessive before the figure it owns, a few words between: "2023's 212,000", "November's
# adjusted 4.1%"
POSSESSIVE_BEFORE_FIGURE = r"['’]s(?:\s+[^\W\d][\w-]*){0,3}\s+[-+−$€£¥]?\d"
_CLAUSE_LEADS_BEFORE = "|".join(rf"(?<=\b{lead}\s)" for lead in lexicon.MONTH_BEFORE_NOUN_CLAUSE_LEADS)
_RESULT_NOUNS = "|".join(lexicon.COMPARED_RESULT_NOUNS)
_ADJECTIVE_ENDINGS = "|".join(lexicon.RU_ADJECTIVE_ENDINGS)
_MONTH_ADJECTIVES = "|".join(stem + f"(?:{_ADJECTIVE_ENDINGS})" for stem in lexicon.RU_MONTH_ADJECTIVE_STEMS)
_LAST_WEEKDAY_LEADS = "|".join(lexicon.LAST_WEEKDAY_LEADS)
_SINCE_WEEKDAY_LEADS = "|".join(lexicon.SINCE_LAST_WEEKDAY_LEADS)
_SINCE_OPENING_LEADS = "|".join(lexicon.SINCE_OPENING_LEADS)
_NUMBERED_WEEK_LEADS = "|".join(lexicon.NUMBERED_WEEK_LEADS)
_NUMBERED_WEEK_CODES = "|".join(lexicon.NUMBERED_WEEK_CODES)
# "the ministry said on Monday": the day something was said, not the period of a figure
# The Russian dating of news: the other words for last year's, after a month ("в сентябре минувшего года")
_LAST_YEAR += "|" + "|".join(lexicon.RU_LAST_YEAR_GENITIVES)
_RU_YEAR_AFTER = rf"(?:\s+{YEAR}(?:-?{_ORDINAL_ENDING}\b|\s*{_RU_YEAR})?)?"  # "2021 года", "2021-го"
_DOT = _any(lexicon.RU_NUMERIC_DATE_SEPARATORS)
_RU_FIRST = _any(lexicon.RU_QUARTERS_FIRST_WORDS)  # "за первые три квартала"
_RU_QUARTER_COUNT = "(" + "|".join(sorted(lexicon.RU_QUARTER_COUNTS, key=len, reverse=True)) + ")"
# ... or shown: "studio estimates showed on Sunday" (when the figures came out)
_SPOKEN_OR_RELEASED = lexicon.SPEECH_VERBS + lexicon.IMPERSONAL_SPEECH_VERBS + lexicon.RELEASE_WORDS + \
    lexicon.SHOWING_VERBS
_SPOKEN_BEFORE = re.compile(rf"(?<!\w){_any(_SPOKEN_OR_RELEASED)}\s+$", re.IGNORECASE)
# "the center said in May", "the ministry reported in March 2019": the month something was said
_SPOKEN_IN_BEFORE = re.compile(rf"(?<!\w){_any(_SPOKEN_OR_RELEASED)}\s+{_any(lexicon.SPOKEN_MONTH_LEADS)}\s+$",
                               re.IGNORECASE)
_SPOKEN_MONTH_LEAD = re.compile(rf"{_any(lexicon.SPOKEN_MONTH_LEADS)}\s", re.IGNORECASE)
_DOCUMENT_ON_BEFORE = re.compile(rf"(?<!\w){_any(lexicon.DOCUMENT_NOUNS + lexicon.RELEASE_WORDS)}(?:\s+[^\W\d]+)?\s+$",
                                 re.IGNORECASE)
_SUPERLATIVE_BEFORE = re.compile(
    rf"(?<!\w){_any(lexicon.SUPERLATIVE_PERIOD_DETERMINERS)}\s+{lexicon.EN_SUPERLATIVE_ENDING}\s+$", re.IGNORECASE)
_MORE_DAYS_AFTER = re.compile(rf"\s+{_any(lexicon.MONTHS_BETWEEN_LINKS)}\s+(?:{MONTH_WORD}\s+)?\d", re.IGNORECASE)
_SPAN_END_BEFORE = re.compile(rf"(?<!\w){_any(lexicon.ON_DAY_NOT_AFTER)}\s+$", re.IGNORECASE)
# "in its last forecast in February": the month a document came out (`month_alone` matches its "in")
_DOCUMENT_BEFORE = re.compile(rf"(?<!\w){_any(lexicon.DOCUMENT_NOUNS)}\s+$", re.IGNORECASE)
# the nouns after a day that make it no event's: a document's or a release's day, a run of days ("June 7 and 8"),
# a span it ends or a body named after it
_EVENT_DAY_NOT_BEFORE = _any(lexicon.DOCUMENT_NOUNS + lexicon.RELEASE_WORDS + lexicon.MONTHS_BETWEEN_LINKS
                             + lexicon.EVENT_DAY_NOT_EVENTS)
_DOCUMENT_MONTH_LEAD = re.compile(rf"{_any(lexicon.DOCUMENT_MONTH_LEADS)}\s", re.IGNORECASE)


# --- English: the temporal grammar of news beyond the forms shared with Russian (labels at the end of the module)
_EN_DAY = r"(\d{1,2})(?:" + "|".join(lexicon.ORDINAL_SUFFIXES_EN) + r")?"  # "30", "30th"
_EN_ENDED_NOUNS = "|".join(lexicon.EN_ENDED_PERIOD_NOUNS)
_EN_WEEKDAYS = "|".join(form for forms in lexicon.WEEKDAY_FORMS for form in forms if form.isascii())
_EN_PART_ORDINALS = "|".join(dict.fromkeys(lexicon.QUARTER_ORDINALS + lexicon.HALF_ORDINALS))
_EN_PART_NOUNS = "|".join(lexicon.QUARTER_NOUNS + lexicon.HALF_NOUNS)
_EN_FISCAL_YEAR = (rf"(?:{_any(lexicon.FISCAL_WORDS)}\s+(?:{_any(lexicon.YEAR_NOUNS)}\s+)?{YEAR}"
                   rf"|\b{_any(lexicon.FISCAL_ABBREVIATIONS)}\s?'?(\d\d(?:\d\d)?)\b"
                   rf"|{YEAR}\s+{_any(lexicon.EN_FISCAL_YEAR_AFTER + lexicon.FINANCIAL_YEAR_AFTER)})")
_EN_THIS_YEAR = rf"{_any(lexicon.EN_THIS_WORDS)}\s+{_any(lexicon.YEAR_NOUNS)}"
_RU_ORDINAL_ENDING = _any(lexicon.ORDINAL_ENDINGS_RU)  # "2-м"
_RU_THIS_YEAR = _any(lexicon.RU_THIS_YEAR_GENITIVES)  # "текущего года": not "the year", which may be any


def _english_patterns_first() -> tuple[tuple[str, str], ...]:
    """English periods read before every other form: each is longer than a shorter form it contains.

    "the quarter ended September 30, 2020" (not "September 30" alone), "the fourth quarter of last year" (not a
    quarter of the publication year), "the third quarter of fiscal 2016", "the 2016 fiscal year", "H1".
    """
    month, count = MONTH_WORD, _COUNT
    return (
        ("en_ended", rf"(?:{_THE}\s+)?(?:{count}\s+{_any(lexicon.MONTHS_PLURAL)}|({_EN_ENDED_NOUNS}))\s+"
                     rf"{_any(lexicon.TO_END_WORDS)}\s+(?:{_any(lexicon.END_OF_PHRASES)}\s+)?"
                     rf"(?:{month}(?:\s+{_EN_DAY})?|{_EN_DAY}\s+{month})(?:,?\s+{YEAR}|{_RELATIVE_YEAR_AFTER})?(?![\w-])"),
        # "at the end of the third quarter", "as of the start of the second half of 2024": a stock's day, as in Russian
        ("en_start_end_part", rf"(?<!\w){_any(lexicon.EN_START_END_LEADS)}\s+{_THE}\s+(?:(?P<start>"
                              rf"{_any(lexicon.EN_START_WORDS)})|{_any(lexicon.EN_END_WORDS)})\s+{_OF}\s+{_THE}\s+"
                              rf"(?P<ordinal>{_any(lexicon.QUARTER_ORDINALS)})[\s-]+(?:(?P<half>"
                              rf"{_any(lexicon.HALF_NOUNS)})|{_any(lexicon.QUARTER_NOUNS)})(?:\s+(?:{_OF}\s+)?"
                              rf"(?:(?P<this>{_THIS_YEAR})|(?P<last>{_LAST_YEAR})|(?P<year>(?:19|20|21)\d\d)))?(?![\w-])"),
        ("en_start_end", rf"(?<!\w){_any(lexicon.EN_START_END_LEADS)}\s+the\s+"
                         rf"(?:(?P<start>{_any(lexicon.EN_START_WORDS)})|"
                         rf"{_any(lexicon.EN_END_WORDS)})\s+{_OF}\s+(?:(?P<this>{_THIS_YEAR})|(?P<last>{_LAST_YEAR})|"
                         rf"(?P<year>(?:19|20|21)\d\d)|(?P<month>{'|'.join(lexicon.EN_MONTH_FORMS)})(?:,?\s+"
                         rf"(?P<month_year>(?:19|20|21)\d\d))?)(?![\w-])"),
        ("en_month_part", rf"(?:{_THE}\s+)?{month}\s+({'|'.join(lexicon.EN_MONTH_PERIOD_NOUNS)})"
                          rf"(?:\s+(?:{_OF}\s+)?{YEAR})?(?![\w-])"),
        ("en_fiscal_part", rf"(?:({_EN_PART_ORDINALS})[\s-]+({_EN_PART_NOUNS})|\bQ([1-4])"
                           rf"|\b{_any(lexicon.EN_HALF_LETTER)}([12]))\s+(?:{_any(lexicon.EN_PART_OF_YEAR_LINKS)}\s+)?(?:{_THE}\s+)?{_EN_FISCAL_YEAR}"),
        # the fiscal year's number before its part, as company results write it: "the fiscal 2025 first quarter"
        ("en_fiscal_year_part", rf"{_EN_FISCAL_YEAR}\s+(?:({_EN_PART_ORDINALS})[\s-]+({_EN_PART_NOUNS})|Q([1-4])"
                                rf"|{_any(lexicon.EN_HALF_LETTER)}([12]))(?![\w-])"),
        ("en_fiscal_first_months", rf"(?:{_FIRST_MONTHS_LEADS})\s+(?:{_THE}\s+)?(?:{_any(lexicon.FIRST_WORDS)}\s+)?"
                                   rf"{count}\s+(?:{_MONTH_COUNT_NOUNS})\s+(?:{_OF}|in)\s+(?:{_THE}\s+)?(?:"
                                   rf"{_EN_FISCAL_YEAR}|(?:{_any(lexicon.EN_THIS_WORDS)}\s+)?"
                                   rf"{_any(lexicon.FISCAL_YEAR_NOUNS)})(?![\w-])"),
        ("en_fiscal_part_running", rf"({_EN_PART_ORDINALS})[\s-]+({_EN_PART_NOUNS})\s+{_OF}\s+(?:{_THE}\s+)?"
                                   rf"(?:{_any(lexicon.EN_THIS_WORDS)}\s+)?{_any(lexicon.FISCAL_YEAR_NOUNS)}(?![\w-])"),
        ("en_fiscal_to_date", rf"(?<![\w-]){_any(lexicon.EN_FISCAL_TO_DATE_PHRASES)}(?![\w-])"),
        ("fiscal", rf"{YEAR}\s+{_any(lexicon.EN_FISCAL_YEAR_AFTER)}"),
        # "the 2015-16 academic year", "academic year 2019/20": a school's year by its two calendar years
        ("en_academic_year", rf"(?<![\w-])(?:{_any(lexicon.EN_ACADEMIC_YEAR_NOUNS)}\s+{YEAR}\s*[/–—-]\s*(\d\d(?:\d\d)?)"
                             rf"|{YEAR}\s*[/–—-]\s*(\d\d(?:\d\d)?)\s+{_any(lexicon.EN_ACADEMIC_YEAR_NOUNS)})(?![\w-])"),
        ("en_half", rf"(?:\b{_any(lexicon.EN_HALF_LETTER)}([12])|\b([12]){_any(lexicon.EN_HALF_LETTER)})\b(?!\s?'?\d)"),
    )


def _english_patterns_later() -> tuple[tuple[str, str], ...]:
    """English periods read after the weekday forms that share their words ("on Friday", "since last Friday").

    A weekday alone ("declined Friday", "Monday's close"), today and yesterday, this or last
    quarter, and the prior year as a baseline after a figure ("a year prior", "the year-earlier quarter").
    """
    return (
        ("en_weekday", rf"(?<![\w-])({_EN_WEEKDAYS})(?!\w)(?!\s+{_any(lexicon.EN_WEEKDAY_TEXT_NOUNS)}(?!\w))"),
        ("en_long_weekend", rf"(?<![\w-])(?P<days>{_any(tuple(lexicon.LONG_WEEKEND_DAYS))})"
                            rf"{lexicon.LONG_WEEKEND_DAY_WORD}\s+(?:[\w'’]+\s+){{0,2}}{_any(lexicon.LONG_WEEKEND_NOUNS)}(?![\w-])"),
        ("en_weekend", rf"(?<![\w-])(?:(?:(?P<next>{_any(lexicon.EN_NEXT_WORDS)})|(?P<last>"
                       rf"{_any(lexicon.EN_EARLIER_WEEKEND_WORDS)}))\s+)?{_any(lexicon.WEEKEND_NOUNS)}"
                       rf"(?:\s+(?P<before>{_any(lexicon.EN_BEFORE_WORDS)}))?(?![\w-])"),
        ("en_season", rf"(?<![\w-])(?:(?P<this>{_any(lexicon.EN_THIS_WORDS)}|{_any(lexicon.EN_SEASON_SPAN_LEADS)})\s+|"
                      rf"(?:{_THE}\s+)?(?P<last>{_any(lexicon.EN_EARLIER_SEASON_WORDS)})\s+)?{_any(lexicon.EN_SEASON_NOUNS)}(?:\s+(?:{_OF}\s+)?{YEAR})?(?![\w-])"),
        ("en_current_year", rf"(?<!\w){_any(lexicon.EN_CURRENT_YEAR_PHRASES)}(?![\w-])"),
        ("en_current_fiscal_year", rf"(?<!\w){_any(lexicon.EN_CURRENT_FISCAL_YEAR_PHRASES)}(?![\w-])"),
        ("en_full_fiscal_year", rf"(?<!\w){_any(lexicon.EN_FULL_FISCAL_YEAR_PHRASES)}(?![\w-])"),
        ("now_level", rf"(?<!\w){_any(lexicon.NOW_LEVEL_PHRASES)}(?=\s+[-+−]?[$€£₽]?\d)"),
        ("now_level", rf"(?<!\w){_any(lexicon.NOW_BEFORE_LEVEL_VERB)}"),
        ("en_today", rf"(?<!\w)(?:(?P<today>{_any(lexicon.EN_TODAY_WORDS)})|(?P<yesterday>"
                     rf"{_any(lexicon.EN_YESTERDAY_WORDS)}))(?!\w)"),
        ("en_relative", rf"(?<!\w)(?:(?P<last>{_any(lexicon.EN_LAST_WORDS)})|"
                        rf"(?P<this>{_any(lexicon.EN_THIS_WORDS)}))\s+{_any(lexicon.QUARTER_NOUNS)}(?![\w-])"),
        *((f"previous_{duration}", rf"(?<!\w)(?:{'|'.join(phrases)})(?!\w)")
          for duration, phrases in lexicon.EN_YEAR_EARLIER_PHRASES.items()),
    )

def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The period patterns, first wins where two overlap: longer and more specific forms first."""
    month, count = MONTH_WORD, _COUNT
    return tuple((name, re.compile(pattern, re.IGNORECASE)) for name, pattern in (
        *_english_patterns_first(),
        # "на начало второго полугодия", "на конец I квартала 2024 года": a stock on the first or last day of a part
        ("ru_start_end_part", rf"{_RU_START_END_LEAD}(?:(?P<start>{_any(lexicon.RU_START_WORDS)})|"
                              rf"{_any(lexicon.RU_END_WORDS)})\s+(?P<ordinal>{_any(lexicon.QUARTER_ORDINALS)})[\s-]+"
                              rf"(?:(?P<half>{_any(lexicon.HALF_NOUNS)})|{_any(lexicon.QUARTER_NOUNS)})(?:\s+"
                              rf"(?:(?P<this>{_THIS_YEAR})|(?P<last>{_LAST_YEAR})|(?P<year>(?:19|20|21)\d\d)"
                              rf"(?:\s*{_RU_YEAR})?))?(?!\w)"),
        # "from December 2021 to August 2023", "между декабрем 2021 и августом 2023 года": a run across years,
        # each end with its own year ("December 2021 and August 2023" without "between" are two months)
        ("months_of_years", rf"(?:{_any(lexicon.MONTHS_RANGE_LEADS)}\s+)?{month}\s+{YEAR}(?:\s*{_RU_YEAR})?{_RANGE}"
                            rf"{month}\s+{YEAR}(?:\s*{_RU_YEAR})?(?!\d)"),
        ("months_of_years", rf"(?<!\w){_any(lexicon.MONTHS_BETWEEN_LEADS)}\s+{month}\s+{YEAR}(?:\s*{_RU_YEAR})?\s+"
                            rf"{_any(lexicon.MONTHS_BETWEEN_LINKS)}\s+{month}\s+{YEAR}(?:\s*{_RU_YEAR})?(?!\d)"),
        ("months", rf"(?:{_any(lexicon.MONTHS_RANGE_LEADS)}\s+)?{month}{_RANGE}{month}(?:\s+(?:{YEAR}|"
                   rf"(?P<this>{_THIS_YEAR})|(?P<last>{_LAST_YEAR})))?"),
        ("months", rf"(?<!\w){_any(lexicon.MONTHS_BETWEEN_LEADS)}\s+{month}\s+{_any(lexicon.MONTHS_BETWEEN_LINKS)}\s+"
                   rf"{month}(?:\s+(?:{YEAR}|(?P<this>{_THIS_YEAR})|(?P<last>{_LAST_YEAR})))?"),
        # "between 2012 and 2013": the run of years; a change over it is the later year's against the earlier
        ("years_between", rf"(?<!\w){_any(lexicon.MONTHS_BETWEEN_LEADS)}\s+{YEAR}\s+"
                          rf"{_any(lexicon.MONTHS_BETWEEN_LINKS)}\s+{YEAR}(?![\w-])"),
        ("first_months", rf"(?:{_FIRST_MONTHS_LEADS})\s+(?:{_THE}\s+)?(?:{_any(lexicon.FIRST_WORDS)}\s+)?{count}\s+"
                         rf"(?:{_MONTH_COUNT_NOUNS})(?:\s+(?:{_OF}\s+)?(?:(?P<this>{_THIS_YEAR})|(?P<last>{_LAST_YEAR})|"
                         rf"(?P<year>(?:19|20|21)\d\d)(?:\s*{_RU_YEAR})?))?(?!\w)"),
        ("prior_months", rf"(?<!\w){_any(lexicon.PRIOR_RUN_WORDS)}\s+{count}\s+(?:{_MONTH_COUNT_NOUNS})(?!\w)"),
        ("months_to", rf"(?:(?:{_THE}\s+)?{count}\s+{_any(lexicon.MONTHS_PLURAL)}|(?:{_THE}\s+)?"
                      rf"({_any(lexicon.YEAR_NOUNS)}))\s+{_any(lexicon.TO_END_WORDS)}\s+"
                      rf"(?:{_any(lexicon.END_OF_PHRASES)}\s+)?{month}(?:\s+{YEAR}|{_RELATIVE_YEAR_AFTER})?"),
        ("ru_marketing_to_date", rf"(?<!\w){_any(lexicon.RU_MARKETING_TO_DATE_LEADS)}"
                                 rf"{_any(lexicon.RU_MARKETING_YEAR_NOUNS)}(?!\s*(?:19|20|21)\d\d)"),
        ("to_date", _any(lexicon.YEAR_TO_DATE_PHRASES)),
        ("annual_results", rf"(?<![\w-]){_any(lexicon.ANNUAL_RESULTS_PHRASES)}(?![\w-])"),
        ("ru_month_to_date", _any(lexicon.RU_MONTH_TO_DATE_PHRASES)),
        ("ru_this_period", _any(lexicon.RU_THIS_PERIOD_PHRASES)),
        ("end_of_this_period", _any(lexicon.END_OF_THIS_PERIOD_PHRASES)),
        ("same_day_again", rf"{_any(lexicon.SAME_DAY_AGAIN_PHRASES)}(?P<year_before>\s+"
                           rf"{_any(lexicon.SAME_DAY_YEAR_BEFORE)}(?!\w))?"),
        ("month_of_this_period", _any(lexicon.MONTH_OF_THIS_PERIOD_PHRASES)),
        ("half_of_this_period", _any(lexicon.HALF_OF_THIS_PERIOD_PHRASES)),
        ("quarter_of_this_period", _any(lexicon.QUARTER_OF_THIS_PERIOD_PHRASES)),
        ("months_of_this_period", _any(lexicon.MONTHS_OF_THIS_PERIOD_PHRASES)),
        ("ru_first_quarters", rf"(?<!\w)(?:{_any(lexicon.RU_QUARTERS_LEADS)}\s+(?:{_RU_FIRST}\s+)?"
                              rf"{_RU_QUARTER_COUNT}|{_any(lexicon.RU_QUARTERS_LEADS[:1])}\s+"
                              rf"(?:{_RU_FIRST}\s+)?([234]))\s+"
                              rf"{_any(lexicon.RU_QUARTERS_NOUNS)}(?:\s+(?:(?P<this>{_THIS_YEAR})|(?P<last>{_LAST_YEAR})|"
                              rf"(?P<year>(?:19|20|21)\d\d)(?:\s*{_RU_YEAR})?))?(?!\w)"),
        ("ru_days", rf"(?<!\w){_any(lexicon.RU_DAYS_FROM)}\s+(\d{{1,2}})(?:\s+{month})?\s+{_any(lexicon.RU_DAYS_TO)}\s+"
                    rf"(\d{{1,2}})\s+{month}(?:\s+{YEAR}(?:\s*{_RU_YEAR})?)?"),
        ("first_days", rf"(?<!\w)(?:(?P<recent>{_any(lexicon.RECENT_WORDS)})\s+|{_any(lexicon.FIRST_WORDS)}\s+)?"
                       rf"(\d{{1,2}})\s+{_any(lexicon.DAYS_OF_MONTH_NOUNS)}\s+(?:{_OF}\s+)?{month}"
                       rf"(?:,?\s+(?:{_OF}\s+)?{YEAR}(?:\s*{_RU_YEAR})?)?(?!\w)"),
        ("week_to", rf"(?:{'|'.join(lexicon.WEEK_TO_LEADS)})\s+(?:{month}\s+(\d{{1,2}})|(\d{{1,2}})\s+{month})"
                    rf"(?:,?\s+{YEAR})?"),
        ("same_period_year", rf"(?:{_any(lexicon.SAME_PERIOD_YEAR_LEADS)}\s+)?(?:{_SAME_PERIOD})\s+(?:{_THE}\s+)?{YEAR}"
                             rf"(?:\s*{_RU_YEAR})?"),
        ("same_period_year_before_last", rf"(?:{_any(lexicon.SAME_PERIOD_YEAR_LEADS)}\s+)?(?:{_SAME_PERIOD})\s+"
                                         rf"{_any(lexicon.RU_YEAR_BEFORE_LAST_GENITIVES)}(?!\w)"),
        ("same_period", _any(lexicon.SAME_PERIOD_A_YEAR_EARLIER)),
        ("same_period", _any(lexicon.RU_SAME_PERIOD_LAST_YEAR)),
        ("ru_half_of_year", rf"(?<!\w)({_any(lexicon.HALF_ORDINALS)})\s+{_any(lexicon.RU_HALF_OF_YEAR_NOUNS)}\s+"
                            rf"(?:{YEAR}(?:\s*{_RU_YEAR})?|(?P<this>{_THIS_YEAR})|(?P<last>{_LAST_YEAR})|"
                            rf"{_any(lexicon.RU_HALF_OF_YEAR_BARE_YEAR)})(?!\w)"),
        ("part_of_year", rf"(?:({_EN_PART_ORDINALS})[\s-]+|(?<![\w.,])([1-4])(?:-?{_RU_ORDINAL_ENDING})?\s*)"
                         rf"({_EN_PART_NOUNS})\s+(?:{_any(lexicon.EN_PART_OF_YEAR_LINKS)}\s+)?"
                         rf"(?:(?P<this>{_EN_THIS_YEAR}|{_RU_THIS_YEAR})|(?P<last>{_LAST_YEAR}))(?!\w)"),
        ("half", rf"({_any(lexicon.HALF_ORDINALS)})[\s-]+{_any(lexicon.HALF_NOUNS)}(?:\s+(?:{_OF}\s+)?{YEAR})?"
                 rf"|\b(?:H([12])|([12])H)\s?'?(\d\d(?:\d\d)?)\b"),
        # "в сельхозгоду 2021/22", "в 2021/22 сельхозгоду": the agricultural year by its two calendar years
        ("ru_marketing_year", rf"(?<!\w)(?:{_any(lexicon.RU_MARKETING_YEAR_NOUNS)}\s+{YEAR}\s*[/–—-]\s*(\d\d(?:\d\d)?)"
                              rf"(?:\s*{_RU_YEAR}|\s+{_any(lexicon.RU_MARKETING_YEAR_PLURAL)})?(?!\w)|{YEAR}\s*[/–—-]\s*"
                              rf"(\d\d(?:\d\d)?)\s+{_any(lexicon.RU_MARKETING_YEAR_NOUNS)}(?!\w))"),
        ("ru_split_season", rf"(?<!\w)(?:{_any(lexicon.RU_SEASON_NOUNS)}\s+{YEAR}\s*[/–—-]\s*(\d\d(?:\d\d)?)"
                            rf"(?:\s*{_RU_YEAR}|\s+{_any(lexicon.RU_MARKETING_YEAR_PLURAL)})?(?!\w)|{YEAR}\s*[/–—-]\s*"
                            rf"(\d\d(?:\d\d)?)\s+{_any(lexicon.RU_SEASON_NOUNS)}(?!\w))"),
        # "в 2024–2026 годах": whole years, after a season's two years have had their reading
        ("ru_year_run", rf"(?<![\d.,/:-]){YEAR}\s*[–—-]\s*{YEAR}\s+{_any(lexicon.RU_YEAR_RUN_NOUNS)}(?!\w)"),
        ("ru_half_roman", rf"({_any(lexicon.RU_HALF_ROMAN_ORDINALS)})\s+{_any(lexicon.HALF_NOUNS)}(?:\s+{YEAR})?"),
        ("ru_whole_half", _any(lexicon.RU_WHOLE_HALF_PHRASES)),
        ("ru_quarter_digit", rf"(?<![\w.,])(?:([1-4])(?:-?{_any(lexicon.ORDINAL_ENDINGS_RU)})?\s*"
                             rf"{_any(lexicon.RU_QUARTER_ORDINAL_NOUNS)}|({_any(lexicon.RU_QUARTER_ROMAN_ORDINALS)})\s*"
                             rf"{_any(lexicon.RU_QUARTER_ABBREVIATIONS)}){_RU_YEAR_AFTER}"),
        ("ru_half_digit", rf"(?<![\w.,])([12])(?:-?{_any(lexicon.ORDINAL_ENDINGS_RU)})?\s*"
                          rf"{_any(lexicon.RU_HALF_ORDINAL_NOUNS)}{_RU_YEAR_AFTER}"),
        ("fiscal_quarter", rf"{_any(lexicon.FISCAL_WORDS)}\s+(?:({_any(lexicon.QUARTER_ORDINALS)})[\s-]+"
                           rf"{_any(lexicon.QUARTER_NOUNS)}|Q([1-4]))(?:\s+(?:{_OF}\s+)?{YEAR})?"),
        ("quarter", rf"({_any(lexicon.QUARTER_ORDINALS)})[\s-]+{_any(lexicon.QUARTER_NOUNS)}(?:\s+(?:{_OF}\s+)?{YEAR})?"
                    rf"|\bQ([1-4])\s?'?(\d\d(?:\d\d)?)?\b|\b([1-4])Q\s?'?(\d\d(?:\d\d)?)\b"),
        ("fiscal", rf"{_any(lexicon.FISCAL_WORDS)}\s+(?:{_any(lexicon.YEAR_NOUNS)}\s+)?{YEAR}"
                   rf"|\b{_any(lexicon.FISCAL_ABBREVIATIONS)}\s?'?(\d\d(?:\d\d)?)\b"
                   rf"|{YEAR}\s+{_any(lexicon.FINANCIAL_YEAR_AFTER)}"),
        # "на 1 сентября прошлого года", "по сравнению с 1 сентября прошлого года": a day of last year or this
        ("day_of_year", rf"(?:{_any(lexicon.AS_OF_LEADS_RU)}\s+)?(?<![\d,.])(\d{{1,2}})\s+{month}\s+"
                        rf"(?:(?P<this>{_THIS_YEAR})|(?P<last>{_LAST_YEAR}))(?!\w)"),
        ("ru_recorded_on", rf"(?<!\w)(?:{_any(lexicon.RU_RECORDED_ON_PARTICIPLES)})\s+(\d{{1,2}})\s+{month}"
                           rf"(?:\s+{YEAR}(?:\s*{_RU_YEAR})?)?(?!\w)"),
        ("as_of", rf"{_any(lexicon.AS_OF_LEADS_RU)}\s+(\d{{1,2}})\s+{month}(?:\s+{YEAR}(?:\s*{_RU_YEAR})?)?"
                  rf"|{_any(lexicon.AS_OF_LEADS_EN)}\s+(?:(\d{{1,2}})\s+{month}|{month}\s+(\d{{1,2}}))(?!\d)(?:,?\s+{YEAR})?"),
        # "from January 1 to June 26", "between Jan. 1 and June 26, 2021": a run of days by its first and last day
        ("day_run", rf"(?<!\w){_any(lexicon.DAY_RUN_LEADS_EN)}\s+(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH_FORM})|"
                    rf"(?P<m1b>{_MONTH_FORM})\s+(?P<d1b>\d{{1,2}}))(?!\d)(?:,?\s+(?P<y1>(?:19|20)\d\d))?\s*"
                    rf"(?:{_any(lexicon.DAY_RUN_LINKS_EN)}\s+|[-–]\s*)(?:(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH_FORM})|"
                    rf"(?P<m2b>{_MONTH_FORM})\s+(?P<d2b>\d{{1,2}}))(?!\d)(?:,?\s+(?P<y2>(?:19|20)\d\d))?(?!\d)"),
        # "since opening there on July 12": the days from the opening to publication, not the opening's day
        ("since_opening_day", rf"(?<!\w)(?:{_SINCE_OPENING_LEADS})\s+(?:(\d{{1,2}})\s+{month}|{month}\s+(\d{{1,2}}))"
                              rf"(?!\d)(?:,?\s+{YEAR})?"),
        # "since its June 19 release": the same days, the opening's day before its noun
        ("since_opening_day", rf"(?<!\w){_any(lexicon.SINCE_DATED_OPENING_LEADS)}\s+(?:(\d{{1,2}})\s+{month}|{month}\s+"
                              rf"(\d{{1,2}}))(?!\d)(?:,?\s+{YEAR})?\s+{_any(lexicon.OPENING_NOUNS)}(?!\w)"),
        ("on_day", rf"(?<!\w){_any(lexicon.ON_DAY_LEADS_EN)}\s+(?:(\d{{1,2}})\s+{month}|{month}\s+(\d{{1,2}}))"
                   rf"(?!\d)(?:,?\s+{YEAR})?"),
        ("event_day", rf"(?<!\w)(?:{_any(lexicon.EVENT_DAY_DETERMINERS)})\s+(?:(\d{{1,2}})\s+{month}|{month}\s+"
                      rf"(\d{{1,2}}))(?!\d)(?:,?\s+{YEAR})?(?=\s+(?-i:[a-z]))"
                      rf"(?!\s+(?:{_EVENT_DAY_NOT_BEFORE})(?!\w))"),
        ("ru_as_of_numeric", rf"{_any(lexicon.AS_OF_LEADS_RU)}\s+(\d{{1,2}}){_DOT}(\d{{1,2}}){_DOT}{YEAR}"
                             rf"(?:\s*{_RU_YEAR})?"),
        ("ru_start_end", rf"{_RU_START_END_LEAD}(?:(?P<start>{_any(lexicon.RU_START_WORDS)})|"
                         rf"{_any(lexicon.RU_END_WORDS)})\s+(?:(?:(?P<this>{_THIS_YEAR})|(?P<last>{_LAST_YEAR})|"
                         rf"(?P<year>(?:19|20|21)\d\d)(?:\s*{_RU_YEAR})?|{_any(lexicon.RU_YEAR_WORD_GENITIVE)})(?!\w)|"
                         rf"(?P<month>{'|'.join(lexicon.RU_MONTH_GENITIVES)})(?:\s+(?P<month_year>(?:19|20|21)\d\d)"
                         rf"(?:\s*{_RU_YEAR})?)?(?!\w))"),
        ("since_month", rf"(?:\b{_any(lexicon.SINCE_WORDS_EN)}\s+(?:{'|'.join(lexicon.EN_MONTH_FORMS)})|"
                        rf"\b{_any(lexicon.SINCE_WORDS_RU)}\s+(?:{'|'.join(lexicon.RU_MONTH_GENITIVES)}))\s+"
                        rf"(?:{_OF}\s+)?{YEAR}(?:\s*{_RU_YEAR})?"),
        # "since January" with no year: where a change starts, its year the last such month's before publication
        # ... and after an event's words ("since its release in March"): where the span starts, too
        ("since_month_alone", rf"\b{_any(lexicon.SINCE_WORDS_EN)}\s+(?:(?:{_THE}\s+)?[^\W\d]+(?:\s+[^\W\d]+)?\s+"
                              rf"{_any(lexicon.SINCE_EVENT_LINKS)}\s+)?(?-i:({_CAPITALISED_MONTH}))(?![\w-])"
                              rf"(?!\s*\d)"),
        ("month", rf"{month}\s+(?:{_OF}\s+)?{YEAR}(?:-?{_ORDINAL_ENDING}\b|\s*{_RU_YEAR})?"),
        ("month_of_year", rf"{month}\s+(?:(?P<this>{_THIS_YEAR})|(?P<last>{_LAST_YEAR}))"),
        ("month_of_results", rf"(?<!\w)(?:{_RESULT_NOUNS})\s+{month}(?!\s*\d)"),
        ("month_adjective", rf"(?<!\w)({_MONTH_ADJECTIVES})(?:(?:\s+[^\W\d]+){{0,2}}?\s+(?:(?P<this>{_THIS_YEAR})|"
                            rf"(?P<last>{_LAST_YEAR})|(?P<year>{YEAR[1:-1]})(?:\s*{_RU_YEAR})?))?(?!\w)"),
        ("month_alone", rf"(?:\b(?:{_MONTH_LEADS})\s+){month}(?!\s*\d)"),
        # "Январь – 3,6", "March: 4.1%": a month opening a table's row labels the figure after it
        ("month_alone", rf"(?m)^[^\S\n]*({month})[^\S\n]*[-–—:][^\S\n]*(?=[-+−]?\d)"),
        # "the March deficit", "the June figure": an English month before its noun, as a month of results
        ("month_alone", rf"(?<!\w){_THE}\s+({'|'.join(name for _, _, name, _ in lexicon.MONTHS)})(?=\s+(?-i:[a-z]))"),
        # ... and with no article, a capitalised month before its lower-case noun ("April receipts fell 2%",
        # "while May outlays rose"), not one that starts a run ("April to June") or a date
        ("month_alone", rf"(?:^|(?<=[.!?;,:]\s)|(?<=\n)|{_CLAUSE_LEADS_BEFORE})"
                        rf"(?-i:({_CAPITALISED_MONTH}))"
                        rf"(?=\s+(?!(?:{_any(lexicon.MONTH_BEFORE_NOUN_NOT)}|{_any(lexicon.SPEECH_VERBS)})\b)"
                        rf"(?-i:[a-z]+)\b)"),
        # ... and in the possessive before its lower-case noun ("November's gain was revised", "September's 15%"),
        # where a sentence or clause opens, or after a word of comparison before the figure it owns ("above
        # November's 212,000"; "above April's level" is the level's baseline), never after a name ("Theresa May's")
        ("month_alone", rf"(?:^|(?<=[.!?;,:(]\s)|(?<=\n)|{_CLAUSE_LEADS_BEFORE})"
                        rf"(?-i:({_CAPITALISED_MONTH}))"
                        rf"(?=['’]s\s+(?-i:[a-z\d]))"),
        ("month_alone", rf"(?:{_POSSESSIVE_MONTH_LEADS_BEFORE})"
                        rf"(?-i:({_CAPITALISED_MONTH}))"
                        rf"(?={POSSESSIVE_BEFORE_FIGURE})"),
        # ... and after "a", only before its noun and "of" ("a May deficit of $330 billion", not "before a March
        # deadline" or "a May survey showed")
        ("month_alone", rf"(?<!\w){_any(lexicon.INDEFINITE_ARTICLES)}\s+"
                        rf"({'|'.join(name for _, _, name, _ in lexicon.MONTHS)})(?=\s+(?-i:[a-z]+)\s+"
                        rf"{_any(lexicon.PERIOD_OF)}\s)"),
        ("duration", rf"{_any(lexicon.DURATION_LEADS)}\s+(?:{_THE}\s+)?(?:{_any(lexicon.RECENT_WORDS)}\s+)?{count}\s+"
                     rf"{_any(lexicon.YEARS_NOUNS)}(?![\w-])(?!\s+{_any(lexicon.AGE_AFTER_YEARS)}(?!\w))"),
        # an event's season or year after "since" starts the change: "since its peak in fall 2011", "since peaking
        # in 2011", "since the fall 2011 peak", "since its 2011 peak"
        ("since", rf"\b{_any(lexicon.SINCE_WORDS_EN)}\s+(?:(?:{_THE}\s+)?[^\W\d]+(?:\s+[^\W\d]+)?\s+"
                  rf"{_any(lexicon.SINCE_EVENT_LINKS)}\s+)?(?:{_THE}\s+)?(?:{_any(lexicon.EN_SEASON_NOUNS)}\s+"
                  rf"(?:{_OF}\s+)?)?"
                  rf"{YEAR}(?![\d]|[.,]\d)"
                  rf"|\b{_any(lexicon.SINCE_WORDS_EN + lexicon.SINCE_WORDS_RU)}\s+{YEAR}(?:\s*{_RU_YEAR})?"
                  r"(?!\d|[.,]\d)"),  # "since 1989." ends a sentence; "since 1989.5" is no year
        ("since_opening", rf"(?<!\w)(?:{_SINCE_OPENING_LEADS})\s+({'|'.join(_WEEKDAYS)})(?!\w)"),
        ("since_weekday", rf"(?<!\w)(?:{_SINCE_WEEKDAY_LEADS})\s+({'|'.join(_WEEKDAYS)})(?!\w)"),
        ("last_weekday", rf"(?<!\w)(?:{_LAST_WEEKDAY_LEADS})\s+({'|'.join(_WEEKDAYS)})(?!\w)"),
        ("numbered_week", rf"(?<!\w)(?:(?:{_NUMBERED_WEEK_LEADS})\s+|(?:{_NUMBERED_WEEK_CODES})\s?)(\d{{1,2}})"
                          rf"(?:\s+(?:{_OF}\s+)?{YEAR})?(?![\d]|[.,]\d)"),
        ("ru_ordinal_week", rf"(?<!\w){_any(lexicon.RU_ORDINAL_WEEK_LEADS)}\s+(?:(\d{{1,2}})-?"
                            rf"{_any(lexicon.RU_WEEK_ORDINAL_DIGIT_ENDINGS)}|({_any(tuple(lexicon.RU_WEEK_ORDINALS))})"
                            rf"{_any(lexicon.RU_WEEK_ORDINAL_WORD_ENDINGS)})\s+{_any(lexicon.RU_ORDINAL_WEEK_NOUNS)}"
                            rf"(?:\s+{YEAR}(?:\s*{_RU_YEAR})?)?(?!\w)(?!\s+(?:{'|'.join(lexicon.RU_MONTH_GENITIVES)}|"
                            rf"{'|'.join(lexicon.RU_ORDINAL_WEEK_NOT_AFTER)}))"),
        ("weekdays", rf"(?<!\w)(?:{_any(lexicon.WEEKDAY_RANGE_LEADS)}\s+)?({'|'.join(_WEEKDAYS)})(?:\s?[-–—]\s?|\s+"
                     rf"{_any(lexicon.WEEKDAY_RANGE_LINKS)}\s+|[-–]{_any(lexicon.WEEKDAY_RANGE_LINKS)}[-–])"
                     rf"({'|'.join(_WEEKDAYS)})(?!\w)"),  # "Friday-Sunday", "Friday to Sunday", "Friday-to-Sunday"
        ("weekdays", rf"(?<!\w){_any(lexicon.WEEKDAY_BETWEEN)}\s+({'|'.join(_WEEKDAYS)})\s+"
                     # "between Friday and Sunday"
                     rf"{_any(lexicon.WEEKDAY_BETWEEN_LINKS)}\s+({'|'.join(_WEEKDAYS)})(?!\w)"),
        ("weekday", rf"(?<!\w)(?:{'|'.join(lexicon.WEEKDAY_LEADS)})\s+({'|'.join(_WEEKDAYS)})(?!\w)"),
        *_english_patterns_later(),
        ("this_month", _any(lexicon.THIS_MONTH_PHRASES)),
        ("last_month", _any(lexicon.LAST_MONTH_PHRASES)),
        *((f"previous_{duration}", "|".join(phrases)) for duration, phrases in lexicon.PREVIOUS_PERIOD_PHRASES.items()),
        *((f"previous_{duration}", "|".join(phrases)) for duration, phrases in lexicon.OVER_PERIOD_PHRASES.items()),
        *((f"previous_{duration}", "|".join(phrases))
          for duration, phrases in lexicon.FREQUENCY_CHANGE_PHRASES.items()),
        *((f"previous_{duration}", "|".join(phrases)) for duration, phrases in lexicon.RU_EARLIER_PHRASES.items()),
        *((f"previous_{duration}", "|".join(phrases)) for duration, phrases in lexicon.RU_OVER_PERIOD_PHRASES.items()),
        *((f"later_{duration}", "|".join(phrases)) for duration, phrases in lexicon.LATER_PHRASES.items()),
        ("ru_year_before_last", _any(lexicon.RU_YEAR_BEFORE_LAST_PHRASES)),
        ("previous", _any(lexicon.PREVIOUS_YEAR_PHRASES)),
        ("previous", _any(lexicon.RU_LAST_YEAR_PHRASES)),
        ("current", _any(lexicon.CURRENT_YEAR_PHRASES)),
        ("year_end_by", rf"(?<!\w){_any(lexicon.YEAR_END_BY_PHRASES)}(?!\w)"),
        ("year_results", rf"(?<!\w){_any(lexicon.RU_YEAR_RESULTS_PHRASES)}(?!\w)"),
        ("to_year_end", rf"(?<!\w){_any(lexicon.RU_TO_YEAR_END_PHRASES)}(?!\w)"),
        ("years_back", rf"(?<![\w-]){_COUNT}\s+{_any(lexicon.YEARS_BACK_WORDS)}(?!\w)"
                       rf"|(?<!\w){_any(lexicon.DECADE_BACK_PHRASES)}(?!\w)"),
        ("weeks_back", rf"(?<![\w-]){_COUNT}\s+{_any(lexicon.WEEKS_BACK_WORDS)}(?!\w)"),
        ("days_to_publication", rf"(?<!\w){_any(lexicon.DAYS_TO_PUBLICATION_LEADS)}\s+{_COUNT}\s+"
                                rf"({_any(tuple(lexicon.DAYS_TO_PUBLICATION_NOUNS))})(?!\w)"
                                rf"(?!\s+{_any(lexicon.DAYS_TO_PUBLICATION_NOT_AFTER)}\s)"),
        ("months_to_publication", rf"(?<!\w){_any(lexicon.DAYS_TO_PUBLICATION_LEADS)}\s+{_COUNT}\s+"
                                  rf"{_any(lexicon.MONTHS_TO_PUBLICATION_NOUNS)}(?!\w)"
                                  rf"(?!\s+{_any(lexicon.DAYS_TO_PUBLICATION_NOT_AFTER)}\s)"),
        ("next_year", rf"(?<!\w){_any(lexicon.NEXT_YEAR_PHRASES)}(?!\w)"),
        ("current", _any(lexicon.RU_THIS_YEAR_PHRASES)),
        ("year", rf"(?<![\d.,/:-])(?:{_TARGET_LEADS}\s+)?{YEAR}(?:-?{_ORDINAL_ENDING}\b|\s*{_YEAR_NOUN})?"
                 r"(?![\d.,/:-]\d)"),
    ))


_PERIOD_PATTERNS = _patterns()
# the other end of a comparison, written before its period: "than in 2019", "compared with 2019", "down on 2019's",
# "24.6 per cent on October 2020", "по сравнению с 2019 годом"
_COMPARISON_BEFORE = re.compile(rf"{_any(lexicon.COMPARISON_BEFORE_PERIOD)}\s+"
                                rf"(?:{_any(lexicon.COMPARISON_PERIOD_PREPOSITIONS)}\s+)?$", re.IGNORECASE)
# "по сравнению с первоначальным бюджетом 2023 года": the compared noun phrase's period, in the genitive
_COMPARED_PHRASE_BEFORE = re.compile(rf"{_any(lexicon.RU_COMPARED_PHRASE_LEADS)}\s+(?:[^\W\d]+\s+){{1,2}}$",
                                     re.IGNORECASE)
# a change by a percentage, then "over": "up 4% over", "rose 3.6 percent over" (a level, "averaged 3% over last
# year", is of that year, no comparison)
_CHANGE_OVER_BEFORE = re.compile(rf"(?<!\w)(?:{CHANGE_CUES_UP}|{CHANGE_CUES_DOWN})\s+"
                                 rf"(?:{_any(lexicon.CHANGE_LEADS)}\s+)?[\d.,]+\s*"
                                 rf"{_any(lexicon.COMPARISON_OVER_LAST)}\s+$", re.IGNORECASE)
_LAST_WORD_AT = re.compile(rf"{_any(lexicon.EN_LAST_WORDS)}\s", re.IGNORECASE)
# "equalled their September share", "сравнялась с уровнем прошлого года": the period the figure is said to equal
_EQUALLED_BEFORE = re.compile(r"\b(?:" + "|".join(lexicon.EQUAL_VERB_STEMS + lexicon.EQUAL_AFTER_STEMS)
                              + r")\s+(?:[^\W\d]+\s+){0,3}$", re.IGNORECASE)
# "перенес сдачу домов на следующий год": the period an event is moved to (lexicon.POSTPONING_VERB_STEMS)
_POSTPONED_BEFORE = re.compile(rf"(?<!\w){_any(lexicon.POSTPONING_VERB_STEMS)}(?:\s+[^\W\d][\w-]*){{0,5}}\s+"
                               rf"{_any(lexicon.POSTPONED_TO_PREPOSITIONS)}\s+(?:{_THE}\s+)?$", re.IGNORECASE)
# "5%, as in February", "5%, как и в феврале": a period's own preposition is part of its mention
_AS_BEFORE = re.compile(rf"{_any(lexicon.AS_BEFORE_PERIOD)}\s+$", re.IGNORECASE)
_COMPARISON_WINDOW = 40  # characters before a period where its comparison word stands
# a bound's phrase that ends in a comparison word: "more than", "не менее чем" (lexicon.QUALIFIERS)
_BOUND_THAN_PHRASES = tuple(phrase for phrases in lexicon.QUALIFIERS.values() for phrase in phrases
                            if phrase.endswith(lexicon.THAN_WORDS))
_BOUND_THAN = re.compile(rf"(?<!\w){_any(_BOUND_THAN_PHRASES)}\Z", re.IGNORECASE)
# the comparison word governs the figure and the figure's period after it: "против 79,99 млн тонн в 2024 году",
# "from $13.48 billion in 2013", "compared with 1.5 million in March" (a figure, at most three words of its unit)
_COMPARISON_ACROSS_FIGURE = re.compile(
    rf"(?<!\w)(?P<lead>{'|'.join(lexicon.COMPARISON_LEADS)})\s+(?:{_any(lexicon.INDEFINITE_ARTICLES)}\s+)?"
    rf"(?:{CURRENCY_PREFIX_WRITTEN}|[$€£₽])?\d(?:[\d\s.,]*\d)?\s*%?"
    rf"(?:\s*(?!{_any(lexicon.CLAUSE_LINKS)}\b)[^\W\d][\w.]*){{0,3}}\s+"
    rf"(?:{_any(lexicon.FIGURE_PERIOD_PREPOSITIONS)}\s+)?(?:{_THE}\s+)?$",
    re.IGNORECASE,
)
# "с 11% на начало года до 8%", "с 4,1 млн тонн в 2020 году": the Russian level a change starts from governs its period
_FROM_LEVEL_ACROSS_FIGURE = re.compile(
    rf"(?<!\w){_any(lexicon.RU_FROM_LEVEL_LEADS)}\s+\d(?:[\d\s.,]*\d)?\s*(?:%|(?:\s*(?!{_any(lexicon.RU_DAY_RUN_LINKS)}\b)"
    rf"(?!{_any(lexicon.CLAUSE_LINKS)}\b)[^\W\d][\w.]*){{1,3}})\s+(?:{_any(lexicon.FIGURE_PERIOD_PREPOSITIONS)}\s+)?$",
    re.IGNORECASE,
)
_ACROSS_FIGURE_WINDOW = 70
# an amount of money right before the comparison word, and a count with no currency or per cent after it: the
# count is where the amount came from ("$42 million from 52 markets", "€3 billion from 12 countries")
_MONEY_BEFORE = re.compile(rf"{MONEY_AMOUNT}\s+$")
# ... and a weekday's previews right after it: where the amount came from, the previews' day ("$3.1 million from
# Thursday night previews"), no comparison
_MONEY_FROM_BEFORE = re.compile(rf"{MONEY_AMOUNT}\s+{_any(lexicon.SOURCE_COUNT_LEADS)}\s+$", re.IGNORECASE)
_PREVIEWS_AT = re.compile(rf"[^\W\d]+(?:[\s-]+{_any(lexicon.EN_PREVIEW_TIMES)})?\s+{_any(lexicon.EN_PREVIEW_NOUNS)}"
                          r"(?!\w)", re.IGNORECASE)
_COUNT_AFTER_LEAD = re.compile(  # a count of things, not an amount in a scale word ("from 9 million in 2023")
    rf"[^\W\d]+\s+\d[\d,]*\s+(?!(?:{SCALE_WORD})(?!\w))[^\W\d]", re.IGNORECASE)
# ... or a count of other things right before it: where they came from ("3.4 million moviegoers from 540 theaters")
_COUNT_BEFORE = re.compile(rf"{COUNT_AND_NOUN}$", re.IGNORECASE)
_COUNT_NOUN_AFTER_LEAD = re.compile(rf"(?:{_any(lexicon.SOURCE_COUNT_LEADS)})\s+\d[\d,]*\s+"
                                    rf"(?!(?:{SCALE_WORD})(?!\w))([^\W\d]+)", re.IGNORECASE)
_COMPARED_RESULTS = re.compile(rf"(?<!\w)(?:{'|'.join(lexicon.COMPARED_RESULT_NOUNS)})\s+(?:{_THE}\s+)?$",
                               re.IGNORECASE)
_EVENT_DATED_BEFORE = re.compile(rf"(?<![\w-]){_any(lexicon.EVENT_DATED_LEVEL_MODIFIERS)}\s+$", re.IGNORECASE)
# "по итогам августа": the figure's own results (the noun after "по"), not what it is compared with
_BY_BEFORE = re.compile(rf"(?<!\w){_any(lexicon.RU_BY_LEAD)}\s+$", re.IGNORECASE)


# a percentage "of" a period that ends its noun phrase is that period's level the figure is set against: "equal
# to 94% of December 2019", "at 80% of 2019 levels" (not "39% of December arrivals": the arrivals' own month)
_PERCENT_OF_BEFORE = re.compile(
    rf"\d\s*(?:{'|'.join(re.escape(word) for word in lexicon.PERCENT_WORDS)})\s+{_OF}\s+(?:{_THE}\s+)?$",
    re.IGNORECASE)
_PERIOD_PHRASE_ENDS = re.compile(rf"(?:'s)?(?:\s+{_any(lexicon.LEVEL_NOUNS)})?(?![\w-])(?!\s+[^\W\d])",
                                 re.IGNORECASE)


def _is_percent_of(text: str, start: int, end: int) -> bool:
    """Whether a period is the level a percentage is "of" ("94% of December 2019"), not the month of a noun after."""
    return bool(_PERCENT_OF_BEFORE.search(text, max(0, start - _COMPARISON_WINDOW), start)) and bool(
        _PERIOD_PHRASE_ENDS.match(text, end))


def _is_compared(text: str, start: int) -> bool:
    window = text[_sentence_floor(text, start, _COMPARISON_WINDOW) : start]
    if _MONEY_FROM_BEFORE.search(window) and _PREVIEWS_AT.match(text, start):
        return False  # "$3.1 million from Thursday previews": the amount's source and day, no comparison
    wide = text[_sentence_floor(text, start, _ACROSS_FIGURE_WINDOW) : start]
    results = _COMPARED_RESULTS.search(window)
    compared_results = results is not None and not _BY_BEFORE.search(window, 0, results.start()) and not \
        _EVENT_DATED_BEFORE.search(window, 0, results.start())  # "above pre-crisis levels in July": July's figure
    across = _COMPARISON_ACROSS_FIGURE.search(wide) or _FROM_LEVEL_ACROSS_FIGURE.search(wide)
    if across is not None and ((_MONEY_BEFORE.search(wide, 0, across.start()) and _COUNT_AFTER_LEAD.match(
            wide, across.start())) or _counts_other_things(wide, across.start())
            or ("lead" in across.re.groupindex and _BOUND_THAN.search(wide, 0, across.end("lead")))):
        across = None  # "$42 million from 52 markets over the weekend": where the amount came from, no comparison;
        # "rose more than 5% in July": a bound's "than", the figure's own period
    # "up 4% over last weekend"
    over_last = bool(_CHANGE_OVER_BEFORE.search(window) and _LAST_WORD_AT.match(text, start))
    return bool(_COMPARISON_BEFORE.search(window) or across or compared_results or over_last
                or _COMPARED_PHRASE_BEFORE.search(wide)) or _is_equalled(text, start)


def _counts_other_things(text: str, lead: int) -> bool:
    """Whether "from" at `lead` joins a count to a count of other things ("moviegoers from 540 theaters")."""
    before, after = _COUNT_BEFORE.search(text, 0, lead), _COUNT_NOUN_AFTER_LEAD.match(text, lead)
    return before is not None and after is not None and counts_other_things(before["noun"], after[1])


def _sentence_floor(text: str, start: int, width: int) -> int:
    """Where a window of `width` characters before `start` begins, never before its sentence or line.

    "... from 20,200 a year earlier. / In June alone, 7,120 babies": a comparison word of the sentence before
    compares nothing in this one.
    """
    floor = max(0, start - width)
    # the last sentence the window holds begins it (bounded: the window is a few dozen characters)
    spans = sentence_spans(text[floor:start])
    return floor + spans[-1][0] if spans else floor




def _is_equalled(text: str, start: int) -> bool:
    window = text[max(0, start - _COMPARISON_WINDOW) : start]
    return bool(_EQUALLED_BEFORE.search(window) or _AS_BEFORE.search(window))
# the preposition before a period that goes with it: "в 2023 году", "in the first half"
_GOVERNING = re.compile(rf"(?<!\w)(?:{'|'.join(lexicon.PERIOD_PREPOSITIONS)})\s+(?:{_THE}\s+)?$", re.IGNORECASE)
TARGET_YEAR = re.compile(rf"\b{_TARGET_LEADS}\s+{YEAR}", re.IGNORECASE)


@dataclass(frozen=True)
class PeriodMention:
    """A period named in the text, where it is, and how a claims file writes it."""

    start: int
    end: int
    text: str  # as a claims file writes it: 2023, 2025-01/2025-08, P5Y
    duration: bool = False  # "за пять лет": the span a change covers, not a period of its own
    target: bool = False  # "к 2027 году", "by 2030"
    baseline: bool = False  # "the same period last year": the other end of a change, never the figure's period
    since: bool = False  # "since 2010", "с 2010 года": where a change starts
    compared: bool = False  # "down on 2019", "than in 2022": what a figure is compared with, not the text's period
    equalled: bool = False  # "equalled last year's": a period the figure is said to equal (compared, too)
    later: bool = False  # "a year later", "годом позже": dates a figure forward from its sentence's period
    postponed: bool = False  # "перенес сдачу на следующий год": when an event is moved to; dates no figure
    rolling: bool = False  # "the three months to July": a run named by its last month, shorter than a year
    guess: PeriodFound | None = None  # why the label is a guess (the claims writer says so as `# check:`)
    same_months_in: int | None = None  # "the same period of 2024": the figure's own months, in that year
    # a level's change over the span ("цены с 1 по 23 октября выросли на 1,1%"): its last day, the day before it
    level_span: tuple[str, str] | None = None
    # "the first seven months" with no year after it: the count, to name a fiscal run of as many named in the text
    first_months: int = 0
    fiscal_first_months: int = 0  # "the first seven months of the fiscal year" (or "of fiscal 2019"): the count

    @property
    def check(self) -> str | None:
        """The guess as the claims writer words it: read by the form reader, which words its own checks."""
        from factcheck.claims_writer import period_check  # lazily: the writer imports this package

        return period_check(self.guess) if self.guess else None


def _fiscal_months(year: int, end_month: int, first: int, last: int) -> str:
    """Months `first`..`last` (1-12) of a fiscal year, as a claims file writes them (format 1.2 section 2).

    The fiscal year is named by the calendar year it ends in: FY2016 ending in September, months 7-9 (its third
    quarter) -> 2016-04/2016-06.
    """
    start_index = _fiscal_start(year, end_month)
    first_year, first_month = divmod(start_index + first - 1, 12)
    last_year, last_month = divmod(start_index + last - 1, 12)
    return months_label(first_year, first_month + 1, last_month + 1, last_year)


def _fiscal_start(year: int, end_month: int) -> int:
    """The first month of fiscal year `year` (named by the calendar year it ends in), from year 0, zero-based."""
    return year * 12 + end_month - 12


def fiscal_year_end(text: str) -> int | None:
    """The month a fiscal year ends in, when the text names its calendar: "its fiscal year ends in September".

    Or by a month's place in it: "October, the first month of fiscal 2019" (a year that ends in September).
    """
    part_end = _fiscal_end_of_part(text)
    if part_end is not None:
        return part_end or None
    named = _FISCAL_CALENDAR.search(text)
    if named is None:
        placed = _FISCAL_MONTH_APPOSITION.search(text)
        return _fiscal_end_of_placed(placed) if placed is not None else _year_ended_on_a_day(text)
    month = month_number(named.group("month"))
    if not month:
        return None
    return month if named.group("end") else (month - 2) % 12 + 1  # begins in October: ends in September


def _ordinal(word: str) -> int:
    """The number an ordinal of a quarter or half names ("третьем", "third", "III"), or 0."""
    key = word.casefold()
    return next((n for ordinal, n in _ORDINALS.items()
                 if key.startswith(ordinal) and (len(ordinal) > 2 or key == ordinal)), 0)


def _full_year(text: str) -> int:
    return int(text) if len(text) == 4 else 2000 + int(text)


def _count_of(text: str) -> int:
    """A count of months or years as printed, in digits or in words ("9", "девять", "nine"); 0 when it is none."""
    return int(text) if text.isdigit() else DURATION_WORDS.get(text.casefold(), 0)


def _year_of(first_month: int, published: date) -> int:
    """The year of a period printed without one: the publication year, or the one before if it starts later."""
    return published.year if first_month <= published.month else published.year - 1


def months_label(year: int, first: int, last: int, end_year: int | None = None) -> str:
    """A run of months as a claims file writes it: a half or a quarter by its name, else START/END."""
    end_year = end_year or year
    if end_year == year:
        if (first, last) == (1, 12):
            return str(year)
        if (first, last) in ((1, 6), (7, 12)):
            return f"{year}-H{1 if first == 1 else 2}"
        if last - first == 2 and first % 3 == 1:
            return f"{year}-Q{(first + 2) // 3}"
        if first == last:
            return f"{year}-{first:02d}"
    return f"{year}-{first:02d}/{end_year}-{last:02d}"


# --- Labels: how each form above becomes a claims file's period, one labeller per pattern name ---
# A labeller takes the match, the publication date and the month the article's fiscal year ends in (None when the
# article names no fiscal calendar); it gives the label and the guess it rests on, or None when the match is no
# period after all ("in may": a verb). `_LABELS` (at the end of the module) maps each pattern's name to its
# labeller: first the forms both languages write, then those only Russian news writes, then the English ones.
_Labelled = tuple[str, PeriodFound | None] | None
# names made from the lexicon's tables of phrases by duration ("previous_P1M", "later_P1Y"): the label is in the name
_GENERATED_NAMES = ("previous_", "later_")


def _label(name: str, match: re.Match[str], published: date, fiscal_end: int | None = None) -> _Labelled:
    """The claims-file label of a match, and the guess it rests on when its year was inferred."""
    if name.startswith(_GENERATED_NAMES):  # "the month before" is previous_P1M: P1M
        return name.split("_", 1)[1], None
    return _LABELS[name](match, published, fiscal_end)


# --- Labels of the forms both languages write ---
def _months(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A run of months: "January-May 2024", "с января по май прошлого года", "between January and March"."""
    groups = match.groups()
    first, last = month_number(groups[0]), month_number(groups[1])
    if not first or not last:
        return None
    relative = _relative_year(match, published)
    # a run printed without its year is the last one begun by publication and not ending after its month; one
    # across the new year ("October-March", a fiscal half) ends in the year printed or found
    year = int(groups[2]) if groups[2] else relative or _year_of(last, published)
    label = months_label(year, first, last) if first <= last else _months_ending(year, last, last - first + 13)
    return label, None if groups[2] or relative else _CHECK_YEAR


def _months_of_years(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A run of months whose ends print their years: "from December 2021 to August 2023" is 2021-12/2023-08."""
    first, first_year, last, last_year = match.groups()
    first_month, last_month = month_number(first), month_number(last)
    if not first_month or not last_month or (int(first_year), first_month) >= (int(last_year), last_month):
        return None
    return months_label(int(first_year), first_month, last_month, int(last_year)), None


def _month_of_year(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A month of this year or last: "в сентябре прошлого года", "March of last year"."""
    month = month_number(match.group(1))
    return (f"{_relative_year(match, published)}-{month:02d}", None) if month else None


def _month_adjective(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A month's adjective: "сентябрьские объёмы", "сентябрьским результатам прошлого года"."""
    month = next(number for number, stem in enumerate(lexicon.RU_MONTH_ADJECTIVE_STEMS, start=1)
                 if match.group(1).casefold().startswith(stem))
    if match.group("year"):
        return f"{match.group('year')}-{month:02d}", None
    relative = _relative_year(match, published)
    return (f"{relative}-{month:02d}", None) if relative else (f"{_year_of(month, published)}-{month:02d}",
                                                                _CHECK_YEAR)


def _months_to(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A run of months by its last month: "the three months to March", "the year to June 2024"."""
    count_text, whole_year, month_word, year_text = match.groups()[:4]
    months = 12 if whole_year else _count_of(count_text)
    last = month_number(month_word)
    if not months or not last or months > 24:
        return None
    named = int(year_text) if year_text else _relative_year(match, published)
    end_year = named or _year_of(last, published)
    return run_to(months, last, end_year), None if named else _CHECK_YEAR


def run_to(months: int, last: int, end_year: int) -> str:
    """A run of `months` months to month `last` (1-12) of `end_year`, across a year's start if need be."""
    start_year, first = divmod(end_year * 12 + last - months, 12)  # months counted from year 0, zero-based
    return months_label(start_year, first + 1, last, end_year)


def _years_between(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A run of years by its first and last: "between 2012 and 2013" -> 2012/2013."""
    first, last = int(match.group(1)), int(match.group(2))
    return (f"{first}/{last}", None) if first < last else None


def _first_months(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """The first months of a year: "in the first nine months of 2024", "за девять месяцев текущего года"."""
    count_text = match.group(1)
    months = _count_of(count_text)
    if not 1 <= months <= 12:
        return None
    named = match.group("year")
    this = match.group("this") and not _GENERIC_YEAR.fullmatch(match.group("this"))
    year = (int(named) if named else published.year if this else published.year - 1
            if match.group("last") else _year_of(months, published) if months < 12 else published.year - 1)
    # "of the year" is this year's, but for a run not yet over at publication: the year just ended, a guess
    printed = bool(named or this or match.group("last") or (match.group("this") and year == published.year))
    if not printed and _RU_ROLLING_YEAR.match(match.string, match.start()):
        return None  # "за 12 месяцев" with no year: the twelve months to the figure's time, read as "за год"
    return months_label(year, 1, months), None if printed else _CHECK_YEAR


def _first_days(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """"с учетом 23 дней октября", "the first 23 days of October": a month's days from its first to the one counted."""
    recent, days, month_word, year = match.groups()
    month = month_number(month_word)
    if recent or not month:
        return None  # "the last 10 days of October" end the month
    end_year = int(year) if year else _year_of(month, published)
    try:
        last = date(end_year, month, int(days))
    except ValueError:
        return None  # "35 дней марта": no such day
    label = last.isoformat() if last.day == 1 else f"{last.replace(day=1).isoformat()}/{last.isoformat()}"
    return label, None if year else _CHECK_YEAR


def _annual_results(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """"a 27% rise in annual profit", "годовая прибыль": the last year ended before publication, a guess.

    When the article names its fiscal calendar ("profit for the year to March 31"), the last fiscal year ended.
    """
    if fiscal_end is None or fiscal_end == 12:
        return str(published.year - 1), _CHECK_YEAR
    last_year = published.year if published.month > fiscal_end else published.year - 1
    return months_label(last_year - 1, fiscal_end + 1, fiscal_end, last_year), PeriodFound.FISCAL_YEAR


def _same_period_year(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """The same period of a year named: "in the same period of 2024", "за такой же период 2024 года" -> 2024.

    The mention keeps the year as `same_months_in`: the figure's own months, in that year.
    """
    return next(group for group in match.groups() if group), None


def _prior_months(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A run of months just before another, as far back as it is long: "the previous three months" -> P3M."""
    count_text = match.group(1)
    months = _count_of(count_text)
    return (f"P{months}M", None) if 1 <= months <= 12 else None


def _to_date(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """The year so far: "year-to-date", "с начала года" -> January to the month before publication (guessed).

    With a year gone by ("с начала 2024 года" printed in 2025), from its January; a year to come is no span yet.
    """
    last = published.month - 1 or 1
    year = int(match.group("to_date_year") or published.year)
    if year > published.year:
        return str(year), None
    if fiscal_end is not None and not match.group("to_date_year") and _fiscal_so_far_before(match.string,
                                                                                            match.start()):
        # "The fiscal year-to-date deficit totals $531 billion ... Total receipts year-to-date were up 2%": once
        # the text has named the fiscal year so far, a bare "year-to-date" is that year shortened
        return _en_fiscal_to_date(match, published, fiscal_end)
    if year < published.year:  # to the last month over at publication: December's, printed in January
        end_year, end_month = (published.year, published.month - 1) if published.month > 1 else (
            published.year - 1, 12)
        return months_label(year, 1, end_month, end_year), PeriodFound.YEAR_TO_DATE
    return (months_label(published.year, 1, last),
            PeriodFound.YEAR_TO_DATE)


def _fiscal_so_far_before(text: str, start: int) -> bool:
    """Whether the text names the fiscal year so far shortly before a place ("the fiscal year-to-date deficit")."""
    return _FISCAL_TO_DATE.search(text, max(0, start - _FISCAL_TO_DATE_REACH), start) is not None


def _same_period(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """The same period a year earlier, without its year: "the same period last year", "год к году" -> P1Y."""
    return "P1Y", None


def _half(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A half of a year: "the first half of 2024", "второе полугодие", "H1 2024", "2H24"."""
    groups = match.groups()
    if groups[0]:
        half = _ordinal(groups[0])
        year_text = groups[1]
    else:
        half, year_text = int(groups[2] or groups[3]), groups[4]
    if fiscal_end is not None and half in (1, 2):
        return _fiscal_part_of_company(half, True, year_text, published, fiscal_end)
    year = _full_year(year_text) if year_text else _year_of(1 if half == 1 else 7, published)
    return f"{year}-H{half}", None if year_text else _CHECK_YEAR


def _quarter(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A quarter of a year: "the third quarter of 2024", "в третьем квартале", "Q3 2024", "3Q24"."""
    groups = match.groups()
    word, year_text = (groups[0], groups[1]) if groups[0] else (
        (groups[2], groups[3]) if groups[2] else (groups[4], groups[5]))
    quarter = _ordinal(word)
    if not quarter:
        return None
    if fiscal_end is not None:
        return _fiscal_part_of_company(quarter, False, year_text, published, fiscal_end)
    year = _full_year(year_text) if year_text else _year_of(quarter * 3 - 2, published)
    return f"{year}-Q{quarter}", None if year_text else _CHECK_YEAR


def _fiscal_part_of_company(number: int, is_half: bool, year_text: str | None, published: date,
                            fiscal_end: int) -> _Labelled:
    """A quarter or half in a text that names a fiscal calendar, "fiscal" or not: that calendar's, marked.

    A company that keeps a fiscal year names its quarters by it ("Apple's third-quarter revenue", its year ending in
    September: April to June). A printed year is the fiscal year's number; without one, the last such part to
    start on or before publication.
    """
    first, last = _part_numbers(number, is_half)
    year = _full_year(year_text) if year_text else _fiscal_year_of_part_begun(first, published, fiscal_end)
    return _fiscal_months(year, fiscal_end, first, last), PeriodFound.FISCAL_PART


def _fiscal(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A fiscal year: "fiscal 2023", "FY23", "the 2023 financial year".

    With the article's fiscal calendar, the months it covers; without it, the year of its number, marked as fiscal.
    """
    year = _full_year(next(group for group in match.groups() if group))
    if fiscal_end is None:
        return str(year), PeriodFound.FISCAL_YEAR
    return _fiscal_months(year, fiscal_end, 1, 12), None


def _fiscal_quarter(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A quarter of a fiscal year: "fiscal third quarter", "fiscal Q3 2024".

    Without the article's fiscal calendar, the calendar quarter of that number, marked as fiscal.
    """
    groups = match.groups()
    quarter = _ordinal(groups[0]) if groups[0] else int(groups[1])
    if not quarter or fiscal_end is None:
        return (f"{_full_year(groups[2]) if groups[2] else published.year}-Q{quarter}", PeriodFound.FISCAL_YEAR
                ) if quarter else None
    if groups[2]:
        return _fiscal_months(int(groups[2]), fiscal_end, quarter * 3 - 2, quarter * 3), None
    year = _fiscal_year_of_part_begun(quarter * 3 - 2, published, fiscal_end)  # its year not printed
    return _fiscal_months(year, fiscal_end, quarter * 3 - 2, quarter * 3), PeriodFound.YEAR_NOT_PRINTED


def _fiscal_year_of_part_begun(first: int, published: date, fiscal_end: int) -> int:
    """The fiscal year of the last part starting in its month `first` (1-12) that began on or before publication."""
    year = published.year + (published.month > fiscal_end)
    if _fiscal_start(year, fiscal_end) + first - 1 > published.year * 12 + published.month - 1:
        year -= 1
    return year


def _since_month(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """The month a change starts from: "since March 2020", "с марта 2020 года" -> 2020-03."""
    month = month_number(match.group(0).split()[1])
    return (f"{match.group(1)}-{month:02d}", None) if month else None


def _as_of(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A level "as of" a day: "as of June 30, 2024", "по состоянию на 9 августа"."""
    return _day_label(match.groups(), published)


def _ru_recorded_on(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """The day a peak was recorded on: "был зафиксирован 18 января" -> that day (its year, if not printed, a guess)."""
    day, month, year = match.groups()
    return _day_label((day, month, year, None, None, None, None, None), published)


def _day_run(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A run of days by its first and last day: "from January 1 to June 26" -> 2021-01-01/2021-06-26.

    Without a year, the last such end day on or before publication; the first day is in its year, or in the year
    before when its month comes later ("from Dec. 1 to Jan. 15").
    """
    groups = match.groupdict()
    first_month, last_month = month_number(groups["m1"] or groups["m1b"]), month_number(groups["m2"] or groups["m2b"])
    first_day, last_day = int(groups["d1"] or groups["d1b"]), int(groups["d2"] or groups["d2b"])
    if not first_month or not last_month:
        return None
    year_text = groups["y2"] or groups["y1"]
    year = int(year_text) if year_text else _year_of(last_month, published)
    first_year = int(groups["y1"]) if groups["y1"] else year - (first_month > last_month)
    try:
        first, last = date(first_year, first_month, first_day), date(year, last_month, last_day)
    except ValueError:
        return None
    if first >= last:
        return None
    return f"{first.isoformat()}/{last.isoformat()}", None if year_text else _CHECK_YEAR


def _on_day(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A level on a day: "stood at $4.2 trillion on July 1" (the groups of `as_of`'s English form)."""
    return _day_label((None, None, None, *match.groups()), published)


def _day_of_year(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A day of this year or last: "на 1 сентября прошлого года" -> the first of September of the year before."""
    month, year = month_number(match.group(2)), _relative_year(match, published)
    if not month or year is None:
        return None
    try:
        return date(year, month, int(match.group(1))).isoformat(), None
    except ValueError:
        return None  # "31 июня": no such day


def _month(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A month and its year: "March 2024", "в марте 2024 года", "марте 2024-го" -> 2024-03."""
    month = month_number(match.group(1))
    return (f"{match.group(2)}-{month:02d}", None) if month else None


def _month_of_results(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A month after a noun of results: "уступает итогам августа", "по итогам августа" (its year guessed)."""
    month = month_number(match.group(1))
    return (f"{_year_of(month, published)}-{month:02d}", _CHECK_YEAR) if month else None


def _month_alone(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A month without its year after its preposition: "in March", "в феврале", "last March" (its year guessed)."""
    month_word = match.group(1)
    month = month_number(month_word)
    if not month or (month_word[:1].islower() and month_word[:1].isascii()):
        return None  # "in may" is a verb more often than a month: English months are capitalised
    return f"{_year_of(month, published)}-{month:02d}", _CHECK_YEAR


def _duration(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """The span a change covers, counted in years: "over the past three years", "за пять лет" -> P3Y, P5Y."""
    years = _count_of(match.group(1))
    return (f"P{years}Y", None) if years else None


def _since(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """The year a change starts from: "since 2010", "с 2010 года", "the lowest since records began in 2001"."""
    return next(group for group in match.groups() if group), None


def _week_to(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A week by its last day: "in the week to June 25", "за неделю по 25 июня" -> the seven days ending then."""
    groups = match.groups()
    month = month_number(groups[0] or groups[3])
    day_text = groups[1] or groups[2]
    if not month or not 1 <= int(day_text) <= 31:
        return None
    try:
        end = date(int(groups[4]) if groups[4] else _year_of(month, published), month, int(day_text))
    except ValueError:
        return None
    return f"{(end - timedelta(days=6)).isoformat()}/{end.isoformat()}", None if groups[4] else _CHECK_YEAR


def _weekday(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A day by its weekday after its preposition: "on Friday", "в пятницу" (the last one on or before publication)."""
    return _weekday_label(match.group(1), published)


def _weekdays(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A run of days from one weekday to another: "from Friday to Sunday", "с пятницы по воскресенье".

    The run that ends on the last such end day on or before publication; a Friday-to-Sunday run is a weekend,
    marked so.
    """
    first, last = _weekday_label(match.group(1), published), _weekday_label(match.group(2), published)
    if first is None or last is None:
        return None
    end = date.fromisoformat(last[0])
    start = end - timedelta(days=(end.weekday() - date.fromisoformat(first[0]).weekday()) % 7)
    weekend = (start.weekday(), end.weekday()) == (4, 6)
    return f"{start.isoformat()}/{end.isoformat()}", PeriodFound.WEEKEND if weekend else PeriodFound.WEEKDAY


def _since_opening(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """The days from an opening on a weekday to publication: "since opening on Wednesday it has taken $43 million".

    The weekday is the last one on or before publication; what was taken since is counted to the day of
    publication (a guess: a report of a weekend's estimates counts to its Sunday).
    """
    day = _weekday_label(match.group(1), published)
    if day is None:
        return None
    if day[0] == published.isoformat():
        return day
    return f"{day[0]}/{published.isoformat()}", PeriodFound.OPENED_ON_WEEKDAY


def _since_opening_day(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """The days from an opening on a date to publication: "$54.7 million in China since opening there on July 12".

    What was taken since the opening is counted to the day of publication, as after a weekday (`_since_opening`);
    an opening after publication (a date of last year with its year not printed) is read as `_day_label` reads it.
    """
    day = _day_label((None, None, None, *match.groups()), published)
    if day is None or day[0] >= published.isoformat():
        return day
    return f"{day[0]}/{published.isoformat()}", PeriodFound.OPENED_ON_DAY


def _last_weekday(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A weekday of the week before publication's: "last Friday", "since last Friday", "в прошлую пятницу"."""
    return _weekday_label(match.group(1), published, weeks_back=1)


def _numbered_week(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A week by its number: "epidemiological week 25 of 2024", "неделя № 25"."""
    return _numbered_week_label(int(match.group(1)), match.group(2), published)


def _ru_ordinal_week(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A week by its ordinal: "на пятой неделе 2019 года", "за 5-ю неделю" (read as "epidemiological week 5")."""
    number = int(match.group(1)) if match.group(1) else lexicon.RU_WEEK_ORDINALS[match.group(2).lower()]
    return _numbered_week_label(number, match.group(3), published)


def _this_month(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """The month of publication: "this month", "в текущем месяце" (guessed: the text may be older).

    Printed on a month's first day, the month just ended: nothing of the new month has been counted yet, and
    the text was written the day before ("the group pumped 28.9 million bpd this month", published on 1 October).
    """
    return _month_back(published, 1 if published.day == 1 else 0), PeriodFound.MONTH_RELATIVE


def _last_month(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """The month before publication's: "last month", "в прошлом месяце" (guessed: the text may be older)."""
    return _month_back(published, 1), PeriodFound.MONTH_RELATIVE


def _month_back(published: date, back: int) -> str:
    """The month `back` months before publication's, as a claims file writes it: 2024-10."""
    year, month = divmod(published.year * 12 + published.month - 1 - back, 12)
    return f"{year}-{month + 1:02d}"


def _previous(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """The year before publication's: "last year", "в прошлом году", "в минувшем году"."""
    return str(published.year - 1), None


def _current(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """The year of publication: "this year", "в текущем году", "в нынешнем году"."""
    return str(published.year), None


def _next_year(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """The year after publication's: "next year", "в следующем году", "на будущий год"."""
    return str(published.year + 1), None


def _year_end_by(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """The last day of the year running: "к концу года", "by the end of the year" (a level expected by then)."""
    return f"{published.year}-12-31", None


def _year_results(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """"по итогам года": the year running, or in its first three months the one just ended (a guess)."""
    return str(published.year - (published.month <= 3)), _CHECK_YEAR


def _to_year_end(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """"до конца года": the year running, whose measure is told by its end ("до конца года дефицит составит ...")."""
    return str(published.year), None


def _years_back(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """How far back a count of years dates a figure: "five years ago" is P5Y, "a decade earlier" P10Y."""
    years = _count_of(match.group(1)) if match.group(1) else 10
    return (f"P{years}Y", None) if 1 <= years <= 99 else None


def _weeks_back(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """How far back a count of weeks dates a figure: "two weeks ago" is P2W (a weekend's, that many weekends back)."""
    weeks = _count_of(match.group(1))
    return (f"P{weeks}W", None) if 2 <= weeks <= 52 else None


def _days_to_publication(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """"Over the last 10 days", "in the past two weeks": that many days to the day of publication (a guess)."""
    days = _count_of(match.group(1)) * lexicon.DAYS_TO_PUBLICATION_NOUNS[match.group(2).casefold()]
    if not 2 <= days <= 90:
        return None
    return f"{(published - timedelta(days=days - 1)).isoformat()}/{published.isoformat()}", \
        PeriodFound.DAYS_TO_PUBLICATION


def _months_to_publication(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """"In the past six months": that many whole months before the month of publication (a guess)."""
    months = _count_of(match.group(1))
    if not 2 <= months <= 12:
        return None
    last = published.month - 1 or 12
    end_year = published.year if published.month > 1 else published.year - 1
    first_index = end_year * 12 + last - months  # months counted from year zero, the first month's less one
    return months_label(first_index // 12, first_index % 12 + 1, last, end_year), PeriodFound.MONTHS_TO_PUBLICATION


def _year(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A year: "in 2024", "в 2024 году", "2024-го", "by 2030" (the mention marks a target's year)."""
    return match.group(1), None


# --- Labels of the forms only Russian news writes: counted quarters, a run of days, halves in Roman numerals ---
def _end_of_this_period(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """"на конец квартала", "at the end of the quarter": the last day of the period named before (`_this_periods`)."""
    return _END_OF_THIS, None


def _same_day_again(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """"на ту же дату", "as of the same date": the last day named before (`_this_periods`), a year back after it."""
    return _SAME_DAY_YEAR_BEFORE if match.group("year_before") else _SAME_DAY, None


def _month_of_this_period(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """"in the month", "в отчетном месяце": the last month of the period named before (`_this_periods`)."""
    return _MONTH_OF_THIS, None


def _half_of_this_period(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """"for the half-year": the half the period named before ends in (`_this_periods`)."""
    return _HALF_OF_THIS, None


def _quarter_of_this_period(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """"in the quarter": the quarter the period named before ends in (`_this_periods`)."""
    return _QUARTER_OF_THIS, None


def _months_of_this_period(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """"in the nine months": that many months back from the end of the period named before (`_this_periods`)."""
    return f"{_count_of(match.group(1))} {_MONTHS_OF_THIS}", None


def _ru_this_period(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """"за этот период": the last period named before, found once all are found (`_this_periods`)."""
    return _THIS_PERIOD, None


def _ru_month_to_date(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """"с начала месяца": the month of publication, so far (guessed)."""
    return f"{published.year}-{published.month:02d}", PeriodFound.MONTH_RELATIVE


def _ru_first_quarters(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """"за три квартала", "за 3 квартала 2024 года": January to the last quarter's end, never a quarter."""
    groups = match.groups()
    months = 3 * (lexicon.RU_QUARTER_COUNTS.get((groups[0] or "").casefold()) or int(groups[1] or 0))
    named = match.group("year")
    relative = _relative_year(match, published)
    year = int(named) if named else relative or _year_of(months, published)
    return months_label(year, 1, months), None if named or relative else _CHECK_YEAR


def _ru_days(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """"с 1 по 23 октября", "с 25 сентября по 3 октября": the days, the first month the last's when not printed."""
    groups = match.groups()
    last_month = month_number(groups[3])
    first_month = month_number(groups[1]) if groups[1] else last_month
    if not first_month or not last_month:
        return None
    end_year = int(groups[4]) if groups[4] else _year_of(last_month, published)
    try:
        first = date(end_year - (first_month > last_month), first_month, int(groups[0]))
        last = date(end_year, last_month, int(groups[2]))
    except ValueError:
        return None  # "с 1 по 31 июня": no such day
    if first > last:
        return None
    label = last.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"
    return label, None if groups[4] else _CHECK_YEAR


def _ru_half_roman(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """"во II полугодии", "в I полугодии 2024 года"."""
    groups = match.groups()
    half = _ordinal(groups[0])
    year = int(groups[1]) if groups[1] else _year_of(6 * half - 5, published)
    return f"{year}-H{half}", None if groups[1] else _CHECK_YEAR


def _ru_quarter_digit(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """"за 1 квартал 2021 года", "II кв. 2024", "в 3-м квартале"."""
    return _ru_numbered_part(match, published, 3)


def _ru_marketing_year(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """The agricultural year of Russian grain, July to June: "в сельхозгоду 2021/22" is 2021-07/2022-06."""
    year = _year_and_next(match)
    if year is None:
        return None  # not a year and the next: no agricultural year
    start = lexicon.RU_MARKETING_YEAR_FIRST_MONTH
    return f"{year}-{start:02d}/{year + 1}-{start - 1:02d}", None


def _ru_year_run(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """Whole years from the first printed to the last: "в 2024–2026 годах" is 2024/2026 (a later year first is none)."""
    first, last = int(match.group(1)), int(match.group(2))
    return (f"{first}/{last}", None) if first < last else None


def _en_academic_year(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A school's or college's year by its two calendar years: "the 2015-16 academic year", 2015-09/2016-08, a guess."""
    year = _year_and_next(match)
    if year is None:
        return None  # not a year and the next: no academic year
    start = lexicon.ACADEMIC_YEAR_FIRST_MONTH
    return months_label(year, start, start - 1, year + 1), PeriodFound.ACADEMIC_YEAR


def _year_and_next(match: re.Match[str]) -> int | None:
    """The first of two years printed as one span ("2021/22", "2015-16"), when the second is the next; else None."""
    first, second = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
    year = int(first)
    return year if _full_year(second) == year + 1 else None


def _ru_marketing_to_date(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """The agricultural year so far, "с начала сельхозгода": from the July it began to the month before publication."""
    first = lexicon.RU_MARKETING_YEAR_FIRST_MONTH
    year = published.year if published.month >= first else published.year - 1
    if (published.year, published.month) == (year, first):
        return months_label(year, first, first), PeriodFound.YEAR_TO_DATE  # its first month: that month so far
    end_year, end_month = (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)
    return months_label(year, first, end_month, end_year), PeriodFound.YEAR_TO_DATE


def _ru_split_season(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A season of two years in a text about the agricultural year, "в 2023/24 сезоне": that year, a guess."""
    labelled = _ru_marketing_year(match, published, fiscal_end)
    return (labelled[0], PeriodFound.SEASON) if labelled is not None else None


def _ru_half_of_year(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """"в первой половине 2021 года", "во второй половине прошлого года", "в первой половине года" (no year)."""
    half = _ordinal(match.group(1))
    if half not in (1, 2):
        return None
    if match.group("this") or match.group("last"):
        return f"{published.year - (1 if match.group('last') else 0)}-H{half}", None
    year_text = match.group(2)
    if fiscal_end is not None:
        return _fiscal_part_of_company(half, True, year_text, published, fiscal_end)
    year = int(year_text) if year_text else _year_of(1 if half == 1 else 7, published)
    return f"{year}-H{half}", None if year_text else _CHECK_YEAR


def _ru_half_digit(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """"в 1 полугодии", "за 2-е полугодие 2024 года"."""
    return _ru_numbered_part(match, published, 6)


def _ru_numbered_part(match: re.Match[str], published: date, months: int) -> _Labelled:
    """A quarter (`months` 3) or a half (6) numbered in digits or Roman numerals, with its year or without."""
    groups = match.groups()
    number = int(groups[0]) if groups[0] else _ordinal(groups[1] or "")
    year_text = groups[-1]
    if not number:
        return None
    year = int(year_text) if year_text else _year_of(number * months - months + 1, published)
    label = f"{year}-{'Q' if months == 3 else 'H'}{number}"
    return label, None if year_text else _CHECK_YEAR


def _ru_as_of_numeric(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """"по состоянию на 01.10.2025": a day written in digits."""
    groups = match.groups()
    try:
        return date(int(groups[2]), int(groups[1]), int(groups[0])).isoformat(), None
    except ValueError:
        return None


def _ru_start_end(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """The first or the last day of a year or a month a stock is given on: "на начало года" is 1 January.

    "на конец августа 2025 года" is 31 August 2025.
    """
    start = bool(match.group("start"))
    if match.group("month"):
        month = month_number(match.group("month"))
        if not month:
            return None
        named = match.group("month_year")
        year = int(named) if named else _year_of(month, published)
        last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
        return f"{year}-{month:02d}-{1 if start else last:02d}", None if named else _CHECK_YEAR
    named = match.group("year")
    relative = _relative_year(match, published)
    year = int(named) if named else relative or published.year
    return f"{year}-{'01-01' if start else '12-31'}", None if named or relative else _CHECK_YEAR


def _ru_start_end_part(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """The first or the last day of a half or a quarter a stock is given on: "на начало второго полугодия" is 1 July.

    "на конец I квартала 2024 года" is 31 March 2024; with no year printed, the year the part falls in (guessed).
    """
    months = 6 if match.group("half") else 3
    number = _ordinal(match.group("ordinal"))
    if not number or number * months > 12:
        return None
    first, last = (number - 1) * months + 1, number * months
    named = match.group("year")
    relative = _relative_year(match, published)
    year = int(named) if named else relative or _year_of(first, published)
    day = date(year, first, 1) if match.group("start") else (
        date(year + last // 12, last % 12 + 1, 1) - timedelta(days=1))
    return day.isoformat(), None if named or relative else _CHECK_YEAR


def _ru_whole_half(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """"за полугодие", "по итогам полугодия": the first half, of this year once it is over (its year guessed)."""
    return f"{published.year - (published.month <= 6)}-H1", _CHECK_YEAR


def _ru_year_before_last(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """"в позапрошлом году": two years before publication's."""
    return str(published.year - 2), None


# Periods over which a level's change runs from the day before they start to their last day: runs of months and of
# days, the first months or quarters of a year, a year, a month or an agricultural year to date (which end at
# publication for now: "с начала сельхозгода цены выросли на 5%" against the day before July 1)
_LEVEL_SPAN_NAMES = frozenset({"months", "first_months", "ru_first_quarters", "ru_whole_half", "ru_days",
                               "first_days"})
_TO_DATE_NAMES = frozenset({"to_date", "ru_month_to_date", "ru_marketing_to_date"})


def _level_span(name: str, label: str, published: date) -> tuple[str, str] | None:
    """A span's last day and the day before it starts, as a level's change over it is written (day to day)."""
    if name not in _LEVEL_SPAN_NAMES | _TO_DATE_NAMES:
        return None
    span = span_of(label)
    if span is None:
        return None
    end = published if name in _TO_DATE_NAMES else span.end
    return end.isoformat(), (span.start - timedelta(days=1)).isoformat()


_THIS_PERIOD = "this period"  # the label of "за этот период" until the period it names again is known
_END_OF_THIS = "end of this period"  # "на конец квартала": the last day of the period named before, once known
DAY_LABEL = re.compile(r"\d{4}-\d\d-\d\d")  # one day, as a claims file writes it
_SAME_DAY = "same day"  # "на ту же дату": the last day named before, once known
_SAME_DAY_YEAR_BEFORE = "same day a year before"  # "на ту же дату прошлого года"
_MONTH_OF_THIS = "month of this period"  # "in the month": the last month of the period named before
_HALF_OF_THIS = "half of this period"  # "for the half-year": the half the period named before ends in
_QUARTER_OF_THIS = "quarter of this period"  # "in the quarter": the quarter the period named before ends in
_MONTHS_OF_THIS = "months of this period"  # "9 months of this period": the nine months to its end
_FISCAL_TO_DATE = re.compile(rf"(?<![\w-]){_any(lexicon.EN_FISCAL_TO_DATE_PHRASES)}(?![\w-])", re.IGNORECASE)
_FISCAL_TO_DATE_REACH = 2000  # how far back a fiscal year so far named before a bare "year-to-date" is looked for
_FISCAL_SO_FAR = "fiscal so far"  # "so far in the fiscal year", its calendar not named, until its months are known


# what of the period named before a phrase names, from that period's last day (2024-05-31): "на конец квартала" the
# day, "in the month" its month, "for the half-year" its half
_OF_THE_LAST: dict[str, Callable[[str], str]] = {
    _END_OF_THIS: lambda end: end,
    _MONTH_OF_THIS: lambda end: end[:7],
    _HALF_OF_THIS: lambda end: f"{end[:4]}-H{1 if int(end[5:7]) <= 6 else 2}",
    _QUARTER_OF_THIS: lambda end: f"{end[:4]}-Q{(int(end[5:7]) + 2) // 3}",
}


def _months_to_end(count: int, end: str) -> str | None:
    """The run of `count` months to the month of a last day ("2025-09-30", 9: 2025-01/2025-09), inside its year."""
    last = int(end[5:7])
    return months_label(int(end[:4]), last - count + 1, last) if count <= last else None


def _this_periods(mentions: list[PeriodMention], published: date) -> list[PeriodMention]:
    """"За этот период" names the last period named before it (not a baseline, a comparison or a span of years).

    "So far in the fiscal year", its calendar not named, names the last run of a fiscal year's months before it;
    with none, the calendar year so far, marked as a fiscal year whose months the journalist checks.
    """
    last: PeriodMention | None = None
    # the last run of a fiscal year's months named, its calendar a guess; before any, the first the text names
    # ("The fiscal year-to-date deficit ... Receipts for the first seven months of fiscal 2019")
    last_fiscal: PeriodMention | None = next(
        (m for m in mentions if _fiscal_run(m) and not (m.duration or m.baseline or m.compared or m.target)), None)
    named: list[PeriodMention] = []
    last_day_named: PeriodMention | None = None  # a day is named again across the months named after it
    # a fiscal year's first months by their count: the first the text names, then the last named so far
    fiscal_first_runs: dict[int, PeriodMention] = {}
    for fiscal in mentions:
        if fiscal.fiscal_first_months:
            fiscal_first_runs.setdefault(fiscal.fiscal_first_months, fiscal)
    for mention in mentions:  # earliest first: one pass
        if mention.fiscal_first_months:
            fiscal_first_runs[mention.fiscal_first_months] = mention
        if mention.text in (_SAME_DAY, _SAME_DAY_YEAR_BEFORE):
            if last_day_named is None:
                continue  # no day named before: no period
            day = last_day_named.text
            if mention.text == _SAME_DAY_YEAR_BEFORE:  # 29 February a year back is its 28th
                day = f"{int(day[:4]) - 1}{day[4:]}".replace("-02-29", "-02-28")
            mention = replace(mention, text=day, guess=last_day_named.guess)
        count, _, label = mention.text.partition(" ")
        if label == _MONTHS_OF_THIS and count.isdigit():
            end = last_day(last.text) if last is not None else None
            run = _months_to_end(int(count), end) if end is not None else None
            if last is None or run is None:
                continue  # nothing named before, or a run across a year's start: no period
            mention = replace(mention, text=run, guess=last.guess or PeriodFound.CARRIED_FROM_SENTENCE)
        if mention.text in _OF_THE_LAST:
            end = last_day(last.text) if last is not None else None
            if last is None or end is None:
                continue  # nothing named before whose last day, month or half it could be: no period
            guess = last.guess if mention.text == _END_OF_THIS else last.guess or PeriodFound.CARRIED_FROM_SENTENCE
            mention = replace(mention, text=_OF_THE_LAST[mention.text](end), guess=guess)
        fiscal_first = fiscal_first_runs.get(mention.first_months) if mention.first_months else None
        if fiscal_first is not None:  # "the first seven months" after "the first seven months of the fiscal year"
            mention = replace(mention, text=fiscal_first.text, guess=fiscal_first.guess or PeriodFound.FISCAL_YEAR)
        if mention.text in (_THIS_PERIOD, _FISCAL_SO_FAR):
            before = last if mention.text == _THIS_PERIOD else last_fiscal
            if before is not None:
                mention = replace(mention, text=before.text, guess=before.guess, level_span=before.level_span)
            elif mention.text == _FISCAL_SO_FAR:
                mention = replace(mention, text=months_label(published.year, 1, published.month - 1 or 1),
                                  guess=PeriodFound.FISCAL_YEAR)
            else:
                continue  # a pronoun with nothing before it to name: no period
        if not (mention.duration or mention.baseline or mention.compared or mention.target):
            last = mention
            if DAY_LABEL.fullmatch(mention.text):
                last_day_named = mention
            if _fiscal_run(mention):
                last_fiscal = mention
        named.append(mention)
    return named


def _bare_first_months(name: str, match: re.Match[str]) -> int:
    """The count of "the first seven months" with no year after it (0 for any other match)."""
    if name != "first_months" or any(match.group(group) for group in ("this", "last", "year")):
        return 0
    return _count_of(match.group(1))


def _fiscal_run(mention: PeriodMention) -> bool:
    """Whether a mention is a run of a fiscal year's months, its calendar a guess ("first seven months of fiscal")."""
    return mention.guess is PeriodFound.FISCAL_YEAR and "/" in mention.text


def span_of(label: str | None) -> Period | None:
    """The days a period label covers; None for no label or one that is no span of days (a fiscal label)."""
    if label is None:
        return None
    try:
        return parse_period(label)
    except PeriodError:
        return None


def last_day(label: str) -> str | None:
    """The last day of a period as a claims file writes it; None for a label that is no span of days."""
    span = span_of(label)
    return span.end.isoformat() if span else None


def _to_date_ends(mentions: list[PeriodMention], published: date) -> list[PeriodMention]:
    """A span "to date" ends on the last day the text named inside it before, else on the publication date.

    "Цены с 1 по 23 октября выросли на 1,1% ... с начала месяца": the month so far is the 23 days just named. A day
    named by what it closes ("на конец квартала", "на ту же дату") counts once it is known (`_this_periods` first):
    "Чистый долг на конец квартала составил 476 млрд рублей. С начала года он увеличился на 3%" ends on 30 September.
    """
    last_day: str | None = None
    ended: list[PeriodMention] = []
    for mention in mentions:  # earliest first: one pass
        span = mention.level_span
        if span is not None and span[0] == published.isoformat() and last_day is not None and span[1] < last_day:
            mention = replace(mention, level_span=(last_day, span[1]))
        days = re.fullmatch(r"(?:\d{4}-\d\d-\d\d/)?(\d{4}-\d\d-\d\d)", mention.text)
        if days is not None and not (mention.baseline or mention.compared):
            last_day = days.group(1)
        ended.append(mention)
    return ended


def _comparison_anchor(name: str, match: re.Match[str]) -> int:
    """Where a mention's comparison word would end, to look for it before there.

    Before its month when a noun of results or a comparison leads it ("уступает итогам августа", "compared with
    March"), before its year when the noun stands inside it ("5,5% – сентябрьским результатам прошлого года"),
    else before the mention.
    """
    if name in ("month_of_results", "month_alone"):  # "compared with March": the lead may be the comparison word
        return match.start(1)
    if name == "month_adjective":
        year = next((match.start(group) for group in ("this", "last", "year") if match.group(group)), -1)
        return year if year >= 0 else match.start()
    return match.start()


def _relative_year(match: re.Match[str], published: date) -> int | None:
    """The year "этого года" or "прошлого года" names in a match (groups `this`, `last`), else None."""
    if match.group("this"):
        return published.year
    return published.year - 1 if match.group("last") else None


def _weekday_label(word: str, published: date, weeks_back: int = 0) -> tuple[str, PeriodFound | None] | None:
    """A day named by its weekday: "on Friday" is the last such day on or before publication.

    "last Friday", "в прошлую пятницу" (`weeks_back=1`) is that weekday of the week (Monday to Sunday) before the
    week of publication: in a Saturday's market report, "since last Friday" is the Friday eight days before.
    """
    weekday = next((number for number, forms in enumerate(lexicon.WEEKDAY_FORMS)
                    if any(re.fullmatch(form, word, re.IGNORECASE) for form in forms)), None)
    if weekday is None:
        return None
    if weeks_back:
        monday = published - timedelta(days=published.weekday())
        return (monday - timedelta(weeks=weeks_back) + timedelta(days=weekday)).isoformat(), PeriodFound.WEEKDAY
    day = published - timedelta(days=(published.weekday() - weekday) % 7)
    return day.isoformat(), PeriodFound.WEEKDAY


def _numbered_week_label(number: int, year_text: str | None, published: date) -> tuple[str, PeriodFound] | None:
    """A week by its number, "epidemiological week 25": Monday to Sunday of that ISO week.

    WHO and ECDC count epidemiological weeks as ISO weeks. Without its year, the last such week on or before
    publication.
    """
    year = int(year_text) if year_text else published.year
    try:
        monday = date.fromisocalendar(year, number, 1)
    except ValueError:
        return None  # "week 54": no such week
    if not year_text and monday > published:
        try:
            monday = date.fromisocalendar(year - 1, number, 1)
        except ValueError:
            return None
    label = f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"
    return label, PeriodFound.NUMBERED_WEEK if year_text else PeriodFound.YEAR_NOT_PRINTED


def _day_label(groups: tuple[str | None, ...], published: date) -> tuple[str, PeriodFound | None] | None:
    """A level "as of" a day: "по состоянию на 9 августа", "as of June 30, 2024" -> 2024-06-30."""
    day_text = next((group for group in (groups[0], groups[3], groups[6]) if group), "")
    month = month_number(next((group for group in (groups[1], groups[4], groups[5]) if group), ""))
    year_text = groups[2] or groups[7]
    if not month or not 1 <= int(day_text or 0) <= 31:
        return None
    year = int(year_text) if year_text else _year_of(month, published)
    try:
        day = date(year, month, int(day_text))
    except ValueError:
        return None  # "на 31 июня": no such day
    return day.isoformat(), None if year_text else _CHECK_YEAR


# "the highest since 2016": a superlative or "first" in the clause before "since", no figure between them (a span
# joined to its noun is none: "the largest 12-month increase since August 2008")
_RECORD_BEFORE_SINCE = re.compile(
    rf"(?<!\w)(?:{'|'.join(lexicon.SUPERLATIVE_STEMS + lexicon.RECORD_BEFORE_SINCE_STEMS)})\w*"
    rf"(?:[^\d,;:!?.]|(?<![\d.,])\d{{1,3}}-{_any(lexicon.SPAN_UNITS_EN)}(?!\w)){{0,40}}$",
    re.IGNORECASE)
_RECORD_REACH = 60  # characters before "since" read for a record's word
_CONTRACT_AFTER = re.compile(rf"\s+(?:{'|'.join(lexicon.CONTRACT_MONTH_WORDS)})(?!\w)", re.IGNORECASE)
# the capitalised word before a year that makes the year part of a name: "Review 2024", "Expo 2020" (a word of
# a title; not a month, not a function word that opens a sentence: "In 2023", "By 2030", "The 2024 figures")
_FISCAL_CALENDAR = re.compile(
    rf"(?:(?P<noun>{_any(lexicon.FISCAL_YEAR_NOUNS)})|(?P<numbered>{_any(lexicon.FISCAL_YEAR_NUMBERED)})),?\s+"
    rf"(?:{_any(lexicon.FISCAL_VERB_LINKS)}\s+)?"
    rf"(?:(?P<end>{_any(lexicon.FISCAL_END_VERBS)})|{_any(lexicon.FISCAL_START_VERBS)})\s+"
    rf"(?:{_any(lexicon.FISCAL_MONTH_LEADS)}\s+)?(?P<month>{'|'.join(lexicon.MONTH_FORMS)})(?!\w)", re.IGNORECASE)
# a day after the calendar's month ("ended on Sept. 30"): the phrase names a year gone by, not only its calendar
_ENDED_ON_A_DAY = re.compile(r"\.?\s+\d{1,2}(?!\d)")
# a quarter or half and the day it ended, in a relative clause or a participle: "the fiscal first quarter, which
# ended Dec. 28", "the second quarter of fiscal 2025 ended March 29"
_FISCAL_PART_ENDED = re.compile(
    rf"(?<![\w-])(?:(?P<ordinal>{_EN_PART_ORDINALS})[\s-]+(?P<noun>{_EN_PART_NOUNS})|Q(?P<quarter>[1-4]))"
    rf"(?:\s+{_OF}\s+(?:{_THE}\s+)?{_EN_FISCAL_YEAR})?,?\s+(?:{_any(lexicon.FISCAL_VERB_LINKS)}\s+)?"
    rf"{_any(lexicon.FISCAL_PART_ENDED_VERBS)}\s+(?:{_any(lexicon.FISCAL_MONTH_LEADS)}\s+)?"
    rf"(?P<month>{'|'.join(lexicon.EN_MONTH_FORMS)})\.?\s+\d{{1,2}}(?!\d)", re.IGNORECASE)
# a text about a government's budget and the first sign of the money it counts: the dollar or pound of the
# government ("$", "US$", "£"), not another's ("C$", "A$")
_GOVERNMENT_BUDGET = re.compile(rf"(?<!\w){_any(lexicon.GOVERNMENT_BUDGET_NOUNS)}(?!\w)", re.IGNORECASE)
_GOVERNMENT_BALANCE = re.compile(rf"(?<!\w){_any(lexicon.GOVERNMENT_BALANCE_NOUNS)}(?!\w)", re.IGNORECASE)
_CURRENCY_SIGN = re.compile(rf"(?<![^\W\d_])(?P<prefix>[^\W\d_]{{0,3}})(?P<sign>[{''.join(lexicon.CURRENCY_SIGNS)}])")
# the patterns whose periods say they are fiscal ("fiscal 2019", "the first seven months of the fiscal year")
_FISCAL_NAMES = frozenset({"en_fiscal_part", "en_fiscal_year_part", "en_fiscal_first_months", "en_fiscal_part_running",
                           "en_fiscal_to_date", "fiscal", "fiscal_quarter", "en_current_fiscal_year",
                           "en_full_fiscal_year"})
_FISCAL_MONTH_APPOSITION = re.compile(
    rf"(?<!\w)(?P<month>{'|'.join(lexicon.EN_MONTH_FORMS)}),\s+(?P<apposition>{_THE}\s+(?P<ordinal>"
    rf"{_any(lexicon.FISCAL_MONTH_ORDINALS + lexicon.FISCAL_LAST_MONTH)})\s+{_any(lexicon.FISCAL_MONTH_OF)})(?!\w)",
    re.IGNORECASE)


def _government_fiscal_end(text: str) -> int | None:
    """The month a government's fiscal year ends in, for a text about its budget that names no calendar.

    "The Treasury Budget for May showed a deficit of $207.8 billion ... The fiscal year-to-date deficit": the
    budget is the government's whose currency its amounts are in, and its fiscal year is that government's.
    """
    if _GOVERNMENT_BUDGET.search(text) is None or _GOVERNMENT_BALANCE.search(text) is None:
        return None
    sign = _CURRENCY_SIGN.search(text)
    if sign is None:
        return None
    code = lexicon.CURRENCY_PREFIXES.get(sign.group().casefold()) if sign.group("prefix") else \
        lexicon.CURRENCY_SIGNS[sign.group("sign")]
    return lexicon.GOVERNMENT_FISCAL_YEAR_END.get(code or "")


def _fiscal_end_of_part(text: str) -> int | None:
    """The month a fiscal year ends in, from a quarter or half and the day it ended.

    "the fiscal 2025 first quarter, which ended Dec. 28": a first quarter ending in December, a year ending in
    September.

    0 when the part ends where a calendar one does (the calendar year); None when the text names no such part.
    """
    named = _FISCAL_PART_ENDED.search(text)
    if named is None:
        return _fiscal_end_of_report(text)
    month = month_number(named.group("month"))
    is_half = bool(named.group("noun") and _months_named(named.group("noun"), _HALF_MONTHS))
    number = int(named.group("quarter") or 0) or _ordinal(named.group("ordinal") or "")
    return _fiscal_end_of_part_ending(month, number, is_half)


def _fiscal_end_of_part_ending(month: int, number: int, is_half: bool) -> int | None:
    """The month a fiscal year ends in, when its part `number` (a quarter, or a half) ends in `month`.

    0 when that is the calendar year's; None when the part's number is none (0, a fifth quarter).
    """
    if not month or not number or number > (2 if is_half else 4):
        return None
    end = (month - 1 + (2 - number) * 6 if is_half else month - 1 + (4 - number) * 3) % 12 + 1
    return 0 if end == 12 else end


def _fiscal_end_of_report(text: str) -> int | None:
    """The month a fiscal year ends in, from a company's quarter or half reported in a month named for it.

    Results come out after the part they are of: "In July, Apple's third-quarter revenue fell ... as the iPhone
    maker reported" cannot be of July to September, so the third quarter ended in June and the year in September.
    A part whose calendar namesake had ended by the month of the report names no calendar of its own (None); the
    part is taken to have ended the month before its report, the usual month for a company's results.
    """
    for reported in _PART_REPORTED_IN_MONTH.finditer(text):
        month = month_number(reported.group("month"))
        part = _PART_IN_REPORT.search(reported.group("rest"))
        rest = reported.group("rest")
        if not month or part is None or not _RESULTS_REPORTED.search(rest) or FORECAST_WORD.search(rest):
            continue
        is_half = _months_named(part.group("noun"), _HALF_MONTHS) > 0
        number = _ordinal(part.group("ordinal"))
        if number * (6 if is_half else 3) < month:
            return None  # the calendar's part was over by then: nothing says the year is not the calendar's
        return _fiscal_end_of_part_ending((month - 2) % 12 + 1, number, is_half)
    return None


def _fiscal_end_of_placed(placed: re.Match[str]) -> int | None:
    """The month a fiscal year ends in, from a month and its place in the year ("October, the first month of")."""
    month = month_number(placed.group("month"))
    ordinal = placed.group("ordinal").casefold()
    if not month:
        return None
    if ordinal in lexicon.FISCAL_LAST_MONTH:
        return month
    return (month - lexicon.FISCAL_MONTH_ORDINALS.index(ordinal) - 2) % 12 + 1  # the first is October: September


# a month that opens a sentence, and the rest of the sentence: "In July, Apple's third-quarter revenue fell ..."
_PART_REPORTED_IN_MONTH = re.compile(
    rf"(?:(?<![\s\S])|(?<=[.!?]\s)|(?<=\n)){_any(lexicon.FISCAL_MONTH_LEADS)}\s+"
    rf"(?P<month>{'|'.join(lexicon.EN_MONTH_FORMS)})\.?(?:\s+\d{{1,2}})?(?:,?\s+{YEAR})?,\s+(?P<rest>(?:[^.!?\n]|\.(?=\d)){{1,300}})",
    re.IGNORECASE)
_PART_IN_REPORT = re.compile(rf"(?<![\w-])(?P<ordinal>{_EN_PART_ORDINALS})[\s-]+(?P<noun>{_EN_PART_NOUNS})(?!\w)",
                             re.IGNORECASE)
# a word of forecast starting a word ("expects", "прогноз"; not "unexpectedly"): the kind and period readers' too
FORECAST_WORD = re.compile(rf"(?<!\w){_any(lexicon.FORECAST_STEMS)}", re.IGNORECASE)
_RESULTS_REPORTED = re.compile(rf"(?<!\w){_any(lexicon.RESULTS_REPORT_VERBS)}(?!\w)", re.IGNORECASE)
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![\w.])([A-ZА-ЯЁ][^\W\d_]+)\s+$")
_TITLE_REACH = 30


def _in_title(text: str, start: int) -> bool:
    """Whether the year at `start` ends a title: a capitalised word stands right before it, not a function word."""
    word = _CAPITALISED_WORD_BEFORE.search(text, max(0, start - _TITLE_REACH), start)
    if word is None:
        return False
    found = word.group(1)
    if found.casefold() in _FUNCTION_WORDS or month_number(found) or re.fullmatch(MONTH_WORD, found, re.IGNORECASE):
        return False
    return not any(re.fullmatch(form, found, re.IGNORECASE) for form in _WEEKDAYS)


_FUNCTION_WORDS = frozenset(lexicon.YEAR_TITLE_FUNCTION_WORDS + lexicon.PERIOD_PREPOSITIONS)
_MARKETING_YEAR_NAMED = re.compile(rf"(?<!\w){_any(lexicon.RU_MARKETING_YEAR_NAMED)}", re.IGNORECASE)
_WORK_AFTER_YEAR = re.compile(rf"\s+{_any(lexicon.YEAR_WORK_NOUNS)}(?![\w-])", re.IGNORECASE)
# an article or an English possessive: "the 2019 hit", "its 2019 original"
_DETERMINERS = lexicon.EN_ARTICLES + tuple(w for w in sorted(lexicon.POSSESSIVES) if w.isascii())
_DETERMINER_BEFORE_YEAR = re.compile(rf"(?<![\w-]){_any(_DETERMINERS)}\s+$", re.IGNORECASE)
_DETERMINER_REACH = max(map(len, _DETERMINERS)) + 3  # the longest determiner and up to three spaces after it
# the day something was said, not the period of a figure: "the ministry said on Monday", a verb of speech or release
# right before the day (within the comparison window), or "сообщила компания в пятницу", "заявил министр финансов в
# среду", a Russian verb of speech and its speaker (what was said follows "что" after a comma, so no word between them
# is of the figure)
_SPOKEN_ON_DAY_BEFORE = re.compile(
    rf"(?<!\w)(?:(?=[\s\S]{{1,{_COMPARISON_WINDOW}}}\Z){_any(_SPOKEN_OR_RELEASED)}"
    rf"|{_any([verb for verb in lexicon.SPEECH_VERBS if re.match('[а-я]', verb)])}(?:\s+[^\W\d]+){{1,4}})\s+$",
    re.IGNORECASE)
_SPOKEN_BY_REACH = 48  # characters before a day read for its verb of speech and the speaker after it
_DATED_NAMES = ("year", "month", "month_alone")  # never read inside a date: "AKTAU, Feb 10, 2025 —" dates a report


def find_periods(text: str, published: date, dates: Sequence[tuple[int, int]] = ()) -> list[PeriodMention]:
    """Every period mentioned in a text, earliest first; where two overlap, the earlier pattern wins.

    `dates` are the spans of dates of a day ("Feb 10, 2025"): a year or month inside one is the day's, not a
    period a figure is about.
    """
    fiscal_end = fiscal_year_end(text)  # a company's fiscal calendar, when the article names it
    # else a government's, for the periods that say they are fiscal ("second quarter" alone stays the calendar's)
    government_end = _government_fiscal_end(text) if fiscal_end is None else None
    claimed = bytearray(len(text) + 1)
    for placed in _FISCAL_MONTH_APPOSITION.finditer(text):
        # "October, the first month of fiscal 2019": the apposition places the month; it dates no figure
        claimed[placed.start("apposition") : placed.end()] = b"\x01" * (placed.end() - placed.start("apposition"))
    calendar = _FISCAL_CALENDAR.search(text)
    if calendar is not None and not _ENDED_ON_A_DAY.match(text, calendar.end()):
        # "its fiscal year ends in September" names a calendar, not a period of a figure ("fiscal 2024, which ended
        # in September": the year's number is still a period; "the fiscal year which ended on Sept. 30", a day of
        # the past, names the year just ended as well, read by its day as "the year ended September 30" is)
        # (and a noun's relative clause, "the first eight months of the fiscal year, which ends in September": the
        # noun stays in the period before it)
        first = calendar.end("numbered") if calendar.group("numbered") else calendar.end("noun")
        claimed[first : calendar.end()] = b"\x01" * (calendar.end() - first)
    in_date = bytearray(len(text) + 1)
    for date_start, date_end in dates:
        in_date[date_start:date_end] = b"\x01" * (date_end - date_start)
    mentions: list[PeriodMention] = []
    for name, pattern in _PERIOD_PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(claimed[start:end]):  # a match is a few words long: checking its span is constant time
                continue
            if name in _DATED_NAMES and any(in_date[start:end]):
                continue
            if name in _DATED_NAMES and _CONTRACT_AFTER.match(text, end):
                continue  # "Brent for January delivery": the contract's month, not the period of a figure
            if name == "year" and _in_title(text, start):
                continue  # "the Global Electricity Review 2024 report", "Vision 2030": a name, not a period
            if name == "year" and _WORK_AFTER_YEAR.match(text, end) and _DETERMINER_BEFORE_YEAR.search(
                    text, max(0, start - _DETERMINER_REACH), start):
                continue  # "the sequel to the 2019 hit": the year names the film, not a period of a figure
            if name in ("since", "since_month", "since_month_alone") and _RECORD_BEFORE_SINCE.search(
                    text, max(0, start - _RECORD_REACH), start):
                claimed[start:end] = b"\x01" * (end - start)  # nor is the year inside it a period of its own
                continue  # "the first drop since fall 2021": a record, dating neither the figure nor its baseline
            if name == "en_weekend" and not match.group("next") and not match.group("last") and \
                    _SUPERLATIVE_BEFORE.search(text, max(0, start - _COMPARISON_WINDOW), start):
                continue  # "The busiest weekend came over the Christmas holiday": one weekend of many, undated
            if name in ("weekday", "on_day") and _SPOKEN_ON_DAY_BEFORE.search(text, max(0, start - _SPOKEN_BY_REACH),
                                                                              start):
                continue
            if name in ("month_alone", "month") and (_SPOKEN_BEFORE if _SPOKEN_MONTH_LEAD.match(text, start)
                                                     else _SPOKEN_IN_BEFORE).search(
                    text, max(0, start - _COMPARISON_WINDOW), start):
                claimed[start:end] = b"\x01" * (end - start)  # nor is the year inside it a period of its own
                continue  # "Enrollment fell 0.8%, the center said in May": when it was said
            if name == "on_day" and (_SPAN_END_BEFORE.search(text, max(0, start - _COMPARISON_WINDOW), start)
                                     or _DOCUMENT_ON_BEFORE.search(text, max(0, start - _COMPARISON_WINDOW), start)
                                     or _MORE_DAYS_AFTER.match(text, end)):
                # "the year that ended on Sept. 30", "opened on July 21": when a span began or ended; "in a filing on
                # June 3": when a document came out; "on June 14 and June 15": more than the one day
                continue
            if name == "month_alone" and _DOCUMENT_MONTH_LEAD.match(text, start) and _DOCUMENT_BEFORE.search(
                    text, max(0, start - _COMPARISON_WINDOW), start):
                continue  # "its forecast in February": when the forecast came out, not the period of its figures
            if name == "ru_split_season" and not _MARKETING_YEAR_NAMED.search(text):
                continue  # "отопительный сезон 2023/24": a season of other months, unless the text's year is the crop's
            by_government = government_end is not None and (name in _FISCAL_NAMES or (
                name == "to_date" and _fiscal_so_far_before(text, start)))
            labelled = _label(name, match, published, government_end if by_government else fiscal_end)
            if labelled is None:
                continue
            if by_government:
                labelled = labelled[0], PeriodFound.FISCAL_YEAR  # the calendar is a guess, whatever else was read
            claimed[start:end] = b"\x01" * (end - start)
            label, guess = labelled
            mentions.append(PeriodMention(
                start, end, label, duration=name == "duration", target=bool(TARGET_YEAR.match(match.group(0))),
                baseline=name in ("same_period", "since", "since_month", "since_month_alone", "same_period_year",
                                 "since_weekday", "same_period_year_before_last")
                or name.startswith(("previous_", "later_")) or name in ("prior_months", "years_back", "weeks_back"),
                later=name.startswith("later_"), rolling=_is_rolling_run(name, match),
                same_months_in=int(label) if name in ("same_period_year", "same_period_year_before_last") else None,
                since=name in ("since", "since_month", "since_month_alone", "since_weekday"), guess=guess,
                compared=_is_compared(text, _comparison_anchor(name, match)) or _is_percent_of(text, start, end),
                equalled=_is_equalled(text, start), level_span=_level_span(name, label, published),
                postponed=bool(_POSTPONED_BEFORE.search(text, max(0, start - _COMPARISON_WINDOW * 2), start)),
                first_months=_bare_first_months(name, match),
                fiscal_first_months=_count_of(match.group(1)) if name == "en_fiscal_first_months" else 0,
            ))
    ordered = _year_named_before(text, sorted(mentions, key=lambda mention: mention.start))
    ordered = _last_winter_before_this(text, _last_weekend_just_ended(text, ordered, published))
    return _to_date_ends(_this_periods(ordered, published), published)


_LAST_WINTER = re.compile(rf"{_any(lexicon.EN_LAST_WORDS)}\s+{lexicon.WINTER_NOUN}", re.IGNORECASE)


def _last_winter_before_this(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """"Last winter" in a text whose "this winter" is the same winter is the one before it.

    In a spring report "last winter" alone may be the winter just ended, which is also what "this winter" and "over
    the winter" name then; a text that names both sets them apart: "Demand this winter was 8% higher than last
    winter" in March is December to February just ended against the winter a year before.
    """
    winters = [m for m in mentions if m.guess is PeriodFound.WINTER]
    this = {m.text for m in winters if not _LAST_WINTER.search(text, m.start, m.end)}
    moved = []
    for mention in mentions:
        if mention in winters and mention.text in this and _LAST_WINTER.search(text, mention.start, mention.end):
            start = span_of(mention.text)
            if start is not None:
                first, last = lexicon.WINTER_MONTHS
                year = start.start.year - 1
                mention = replace(mention, text=f"{year}-{first:02d}/{year + 1}-{last:02d}")
        moved.append(mention)
    return moved


# "last weekend" and "weekend" alone, as the weekend reader reads them
_LAST_WEEKEND = re.compile(rf"{_any(lexicon.EN_LAST_WORDS)}\s+{_any(lexicon.WEEKEND_NOUNS)}", re.IGNORECASE)
_WEEKEND_WORD = re.compile(_any(lexicon.WEEKEND_NOUNS), re.IGNORECASE)
# "the weekend before": dated back from the weekend the text is about, never a weekend of the text's own
_WEEKEND_BEFORE = re.compile(rf"{_any(lexicon.WEEKEND_NOUNS)}\s+{_any(lexicon.EN_BEFORE_WORDS)}", re.IGNORECASE)


def _last_weekend_just_ended(text: str, mentions: list[PeriodMention], published: date) -> list[PeriodMention]:
    """In a text out Monday to Thursday that names no weekend of its own, "last weekend" is the one just ended.

    The weekend reader counts "last weekend" back from the weekend a text is about, as box office reports do ("down
    43% from last weekend" on a Monday); a Wednesday story that only says "Last weekend, 812,000 tickets were sold"
    means the weekend before it. A "last weekend" that is compared with stays the weekend before. "The weekend
    before" is dated back from the weekend the text is about, no weekend of its own: "Last weekend, 48,000 visitors
    came ... up 12% on the weekend before" on a Monday is the weekend just ended, and the one before it.
    """
    if published.weekday() > 3:
        return mentions
    weekends = [m for m in mentions if _WEEKEND_WORD.search(text, m.start, m.end)
                and not _WEEKEND_BEFORE.search(text, m.start, m.end)]
    if not weekends or not all(_LAST_WEEKEND.fullmatch(text, m.start, m.end) for m in weekends):
        return mentions
    moved = []
    for mention in mentions:
        span = span_of(mention.text) if mention in weekends and not mention.compared else None
        if span is not None:
            friday, sunday = span.start + timedelta(weeks=1), span.end + timedelta(weeks=1)
            mention = replace(mention, text=f"{friday.isoformat()}/{sunday.isoformat()}")
        moved.append(mention)
    return moved


def _is_rolling_run(name: str, match: re.Match[str]) -> bool:
    """Whether a run of months is counted "to" its last month ("the three months to July"), not a named part.

    A run closed on a day ("the six months to June 30") is a company's reporting period, compared with a year before.
    """
    closed_on_a_day = name == "en_ended" and bool(match.group(4) or match.group(5))  # its day, after or before
    return name == "months_to_publication" or (  # "in the past six months": a run to publication
        name in ("months_to", "en_ended") and bool(match.group(1)) and not closed_on_a_day
        and _ROLLING_TO.search(match.group(0)) is not None)


_ROLLING_TO = re.compile(rf"\s{_any(lexicon.MONTHS_PLURAL)}\s+{_any(lexicon.ROLLING_RUN_TO)}\s", re.IGNORECASE)
_YEAR_THEN_PART_GAP = re.compile(r"\s+")  # "в прошлом году за восемь месяцев", "в 2024 году в августе"
# a year that opens its sentence after its preposition (an adverb before it: "Back in 2015,"): "In 2019, the
# country recorded 18,800 births in the first half"
_OPENING_YEAR_LEAD = re.compile(rf"[\s\"“«(]*(?:{_any(lexicon.OPENING_YEAR_ADVERBS)}\s+)?"
                                rf"{_any(lexicon.BOUND_PERIOD_PREPOSITIONS)}\s+", re.IGNORECASE)
_OPENING_YEAR_REACH = 200  # how far back its sentence's start is looked for
_SENTENCE_BREAK = re.compile(r"[.!?;](?=\s)")  # where a sentence or a clause of its own ends


_LEAP_DAY = re.compile(r"(\d{4})-02-29")  # a leap day in a period label


def years_shifted(label: str, years: int) -> str:
    """The same period `years` later (earlier when negative): 2019 +1 -> 2020, 2025-01/2025-08 -2 -> 2023-01/2023-08.

    A leap day lands on the last day of February of a year that has none: 2024-02-29 -1 -> 2023-02-28.
    """
    shifted = re.sub(r"\d{4}", lambda found: str(int(found.group(0)) + years), label)
    return _LEAP_DAY.sub(lambda day: day.group(0) if calendar.isleap(int(day.group(1))) else f"{day.group(1)}-02-28",
                         shifted)


def _year_named_before(text: str, mentions: list[PeriodMention]) -> list[PeriodMention]:
    """A part of a year printed without its year, right after a year: that year's part.

    "В прошлом году за восемь месяцев прирост составил 290 млрд рублей", "в 2024 году в августе": the year named
    just before gives the months their year, which is then printed, not guessed from the publication date; so does a
    year that opens the sentence ("In 2019, the country recorded 18,800 births in the first half").
    """
    placed: list[PeriodMention] = []
    for mention in mentions:  # earliest first: one pass
        year = placed[-1] if placed else None
        if (year is not None and mention.guess is _CHECK_YEAR and re.fullmatch(r"\d{4}", year.text)
                and not (year.baseline or year.compared or year.duration or year.target or year.guess)
                and (_YEAR_THEN_PART_GAP.fullmatch(text, year.end, mention.start)
                     or _opens_sentence_of(text, year, mention))
                and re.match(r"\d{4}", mention.text)):
            label = years_shifted(mention.text, int(year.text) - int(mention.text[:4]))
            span = mention.level_span
            if span is not None:
                run = parse_period(label)
                span = run.end.isoformat(), (run.start - timedelta(days=1)).isoformat()
            mention = replace(mention, text=label, guess=None, level_span=span)
        placed.append(mention)
    return placed


def _opens_sentence_of(text: str, year: PeriodMention, part: PeriodMention) -> bool:
    """Whether a year opens the sentence a later part of a year is printed in: "In 2019, ... in the first half"."""
    floor = _sentence_floor(text, year.start, _OPENING_YEAR_REACH)
    return bool(_OPENING_YEAR_LEAD.fullmatch(text, floor, year.start)) and not _SENTENCE_BREAK.search(
        text, year.end, part.start)


class PeriodIndex:
    """The periods of a whole text, found once, looked up by position in logarithmic time."""

    def __init__(self, text: str, published: date, dates: Sequence[tuple[int, int]] = ()) -> None:
        self.mentions = find_periods(text, published, dates)
        self._starts = [mention.start for mention in self.mentions]
        # for each mention, the index of the last dated one (not a duration, baseline or comparison) up to it, or -1
        self._last_dated: list[int] = []
        last = -1
        for index, mention in enumerate(self.mentions):
            if not mention.duration and not mention.baseline and not mention.compared and not mention.postponed:
                last = index
            self._last_dated.append(last)
        # for each mention, the index of the first dated one that is not a target from it on, or -1; nor a period
        # that had not begun at publication ("expected to pass it by next weekend"): a forecast's, not the lead's
        to_come = [begins_after(mention.text, published) for mention in self.mentions]
        self._next_dated: list[int] = [-1] * len(self.mentions)
        following = -1
        for index in range(len(self.mentions) - 1, -1, -1):
            mention = self.mentions[index]
            if not (mention.duration or mention.baseline or mention.target or mention.compared or to_come[index]
                    or mention.postponed):
                following = index  # "fell to 1.2 bn from 1.5 bn in March": March is the baseline's, not the text's
            self._next_dated[index] = following

    def blanked(self, text: str, start: int, end: int, mark: str = " ") -> str:
        """`text[start:end]` with each period in it, and the preposition that governs it, blanked out.

        "fell 5% in 2024, imports 3%" -> "fell 5%        , imports 3%". `mark` starts each blank: a comma makes
        a noun phrase stop there.
        """
        characters = list(text[start:end])
        for mention in self.within(start, end):
            if text[mention.end : mention.end + 2] in lexicon.POSSESSIVE_ENDINGS and mention.end + 2 <= end:
                # "Turnout in Saturday's runoff": a period in the possessive dates the noun after it, which the
                # preposition before governs: the period and its ending go, the phrase runs on
                characters[mention.start - start : mention.end + 2 - start] = " " * (mention.end + 2 - mention.start)
                continue
            governing = _GOVERNING.search(text, max(start, mention.start - 12), mention.start)
            first = governing.start() if governing else mention.start
            characters[first - start : mention.end - start] = mark + " " * (mention.end - first - len(mark))
        return "".join(characters)

    def within(self, start: int, end: int) -> list[PeriodMention]:
        """The mentions that lie inside [start, end)."""
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_left(self._starts, end)
        return [mention for mention in self.mentions[first:last] if mention.end <= end]

    def at(self, span: tuple[int, int]) -> PeriodMention | None:
        """The mention that covers exactly this span (a reading's evidence names its mention so), if any."""
        return next((mention for mention in self.within(*span) if (mention.start, mention.end) == span), None)

    def first_dated_after(self, position: int) -> PeriodMention | None:
        """The first dated mention (not a duration, a baseline, a target or compared) at or after `position`."""
        index = bisect.bisect_left(self._starts, position)
        found = self._next_dated[index] if index < len(self.mentions) else -1
        return self.mentions[found] if found >= 0 else None

    def last_dated_before(self, position: int, floor: int = 0) -> PeriodMention | None:
        """The last dated mention that ends before `position` and starts at or after `floor`."""
        index = bisect.bisect_left(self._starts, position) - 1
        while index >= 0 and self.mentions[index].end > position:
            index -= 1  # a mention straddling the position (never more than one or two)
        found = self._last_dated[index] if index >= 0 else -1
        if found < 0 or self.mentions[found].start < floor:
            return None
        return self.mentions[found]


def begins_after(label: str, published: date) -> bool:
    """Whether a period starts after the day of publication (a duration or a fiscal label never does)."""
    if label.startswith("P"):
        return False
    span = span_of(label)
    return span is not None and span.start > published


def month_without_year(word: str, published: date) -> str | None:
    """A month named without its year ("августа", "August's"), as a claims file writes it.

    Its year is the one a period printed without one takes: the publication year, or the year before when the
    month starts after publication.
    """
    month = month_number(re.sub(r"['’]s$", "", word))
    return f"{_year_of(month, published)}-{month:02d}" if month else None


# --- Labels of the English forms: the temporal grammar of news beyond the forms shared with Russian ---
# "since Friday", "by Friday"; and "on Friday", which the weekday form reads (or leaves, after a verb of speech)
_EN_NOT_DAY_BEFORE = re.compile(rf"(?<!\w){_any(lexicon.EN_WEEKDAY_NOT_AFTER + lexicon.WEEKDAY_LEADS)}\s+$",
                                re.IGNORECASE)


_HALF_MONTHS = {noun: 6 for noun in lexicon.HALF_NOUNS}  # "half", "полугодие": six months


def _months_named(text: str, table: dict[str, int]) -> int:
    """How many months a period noun covers ("quarter": 3), from a table of regular-expression words."""
    return next((months for noun, months in table.items() if re.fullmatch(noun, text, re.IGNORECASE)), 0)


def _en_ended(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A period by the day it ends: "the quarter ended September 30, 2020" -> 2020-Q3.

    Without its year, the last such day on or before publication.
    """
    count_text, noun, month_a, day_a, day_b, month_b, year_text = match.groups()[:7]
    months = _months_named(noun, lexicon.EN_ENDED_PERIOD_NOUNS) if noun else _count_of(count_text)
    last = month_number(month_a or month_b or "")
    day = int(day_a or day_b or 0)
    if not 1 <= months <= 24 or not last or day > 31:
        return None
    named = int(year_text) if year_text else _relative_year(match, published)
    end_year = named or (
        published.year if (last, day) <= (published.month, published.day) else published.year - 1)
    return _months_ending(end_year, last, months), None if named else _CHECK_YEAR


def _en_month_part(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A quarter or half by its last month: "the June quarter" -> 2024-Q2 (Australian usage)."""
    month_word, noun, year_text = match.groups()
    months, last = _months_named(noun, lexicon.EN_MONTH_PERIOD_NOUNS), month_number(month_word)
    if not months or not last or month_word[:1].islower():
        return None  # "may quarter": a verb before a noun, not the month
    end_year = int(year_text) if year_text else (published.year if last <= published.month else published.year - 1)
    return _months_ending(end_year, last, months), None if year_text else _CHECK_YEAR


def _months_ending(end_year: int, last: int, months: int) -> str:
    """The label of a run of months that ends with month `last` of `end_year`: (2024, 6, 3) -> 2024-Q2."""
    start_year, first = divmod(end_year * 12 + last - months, 12)  # months counted from year 0, zero-based
    return months_label(start_year, first + 1, last, end_year)


def _part_numbers(number: int, half: bool) -> tuple[int, int]:
    """The first and last month (1-12) of a year's quarter or half."""
    return ((number - 1) * 6 + 1, number * 6) if half else ((number - 1) * 3 + 1, number * 3)


def _month_before(published: date) -> int:
    """The month before publication, counted from year 0, zero-based: the last month a statement reports."""
    return published.year * 12 + published.month - 2


def _fiscal_year_of(month_index: int, fiscal_end: int) -> int:
    """The fiscal year a month (counted as `_month_before` counts) is in, named by the calendar year it ends in."""
    return month_index // 12 + (month_index % 12 + 1 > fiscal_end)


def _en_fiscal_first_months(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """The first months of a fiscal year: "the first nine months of the fiscal year", "of fiscal 2019".

    With the article's fiscal calendar, those months of that year (of the year running at publication when no year
    is printed). Without it, the months the text reports so far, which end with the month before publication
    ("the first nine months of the fiscal year" in a July statement: October to June), marked as a fiscal guess;
    a year printed that those months cannot belong to keeps the year alone, as "fiscal 2019" does.
    """
    count_text = match.group(1)
    months = _count_of(count_text)
    if not 1 <= months <= 12:
        return None
    printed = next((int(group) if len(group) == 4 else 2000 + int(group)
                    for group in match.groups()[1:] if group and group.isdigit()), None)
    last_index = _month_before(published)
    if fiscal_end is not None:
        running = _fiscal_year_of(last_index, fiscal_end)
        return _fiscal_months(printed or running, fiscal_end, 1, months), None if printed else _CHECK_YEAR
    if printed is not None and not printed - 1 <= last_index // 12 <= printed + 1:
        return str(printed), PeriodFound.FISCAL_YEAR
    first_year, first_month = divmod(last_index - months + 1, 12)
    last_year, last_month = divmod(last_index, 12)
    return months_label(first_year, first_month + 1, last_month + 1, last_year), PeriodFound.FISCAL_YEAR


def _en_fiscal_part_running(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A quarter or half of the fiscal year running: "the first half of the fiscal year" (a budget statement's).

    Only with the article's fiscal calendar ("fiscal 2024, which ended in September"): its months in the fiscal
    year of the last month reported before publication, marked; without it, the quarter or half is read as a
    calendar one (a guess).
    """
    number = _ordinal(match.group(1))
    is_half = bool(_months_named(match.group(2), _HALF_MONTHS))
    if fiscal_end is None or not number or number > (2 if is_half else 4):
        return None
    first, last = _part_numbers(number, is_half)
    return _fiscal_months(_fiscal_year_of(_month_before(published), fiscal_end), fiscal_end, first, last), \
        PeriodFound.FISCAL_YEAR


def _en_fiscal_to_date(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """The fiscal year so far: "the fiscal year-to-date deficit", "so far in the fiscal year".

    With the article's fiscal calendar, its first month to the month before publication (that month a guess).
    Without it, the fiscal run of months the text named last before it, or else first after it, found once all
    are found (`_this_periods`): "the first nine months of the fiscal year ... receipts so far in the fiscal
    year".
    """
    if fiscal_end is None:
        return _FISCAL_SO_FAR, None
    last_index = _month_before(published)
    running = _fiscal_year_of(last_index, fiscal_end)
    return (_fiscal_months(running, fiscal_end, 1, last_index - _fiscal_start(running, fiscal_end) + 1),
            PeriodFound.YEAR_TO_DATE)


def _en_fiscal_part(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A quarter or half of a fiscal year: "the third quarter of fiscal 2016", "Q3 FY16", "H1 of fiscal 2024".

    With the article's fiscal calendar, the months it covers (format 1.2 section 2); without it, the quarter or
    half of the fiscal year's number, listed under `guessed: [period]` with a check that says it is fiscal.
    """
    ordinal, noun, quarter, half, year_a, short_year, year_b = match.groups()
    return _fiscal_part_label(ordinal, noun, quarter, half, year_a or short_year or year_b, fiscal_end)


def _en_fiscal_year_part(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A fiscal year's part with the year's number first: "the fiscal 2025 first quarter", "FY24 Q3"."""
    year_a, short_year, year_b, ordinal, noun, quarter, half = match.groups()
    return _fiscal_part_label(ordinal, noun, quarter, half, year_a or short_year or year_b, fiscal_end)


def _fiscal_part_label(ordinal: str | None, noun: str | None, quarter: str | None, half: str | None, year_text: str,
                       fiscal_end: int | None) -> _Labelled:
    """The label of a fiscal year's quarter or half, read by `_en_fiscal_part` and `_en_fiscal_year_part`."""
    is_half = bool(half) or bool(noun and _months_named(noun, _HALF_MONTHS))
    number = int(quarter or half or 0) or _ordinal(ordinal or "")
    if not number or number > (2 if is_half else 4):
        return None
    year = _full_year(year_text)
    first, last = _part_numbers(number, is_half)
    if fiscal_end is not None:
        return _fiscal_months(year, fiscal_end, first, last), None
    return f"{year}-{'H' if is_half else 'Q'}{number}", PeriodFound.FISCAL_YEAR


def _part_of_year(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A quarter or half of this year or last: "the fourth quarter of last year" -> 2023-Q4 (published in 2024).

    Also without "of" ("the first quarter last year"), and in Russian, in words or digits ("в третьем квартале
    прошлого года", "во 2-м квартале текущего года").
    """
    number = _ordinal(match.group(1)) if match.group(1) else int(match.group(2))
    is_half = bool(_months_named(match.group(3), _HALF_MONTHS))
    if not number or number > (2 if is_half else 4):
        return None
    year = published.year if match.group("this") else published.year - 1
    first, last = _part_numbers(number, is_half)
    return months_label(year, first, last), None


def _en_half(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A half by its letter without its year ("H1", "2H"): the last such half to start on or before publication."""
    half = int(match.group(1) or match.group(2))
    return f"{_year_of(1 if half == 1 else 7, published)}-H{half}", _CHECK_YEAR


def _en_weekday(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A weekday alone, as American news writes a day ("declined Friday", "Monday's close").

    English weekdays are capitalised; a capitalised word before one makes a name ("Black Friday"); after "by",
    "until", "next", "since" it is no day a figure is of; after a verb of speech it is the day something was said.
    """
    text, start = match.string, match.start()
    if not match.group(1)[:1].isupper() or _in_title(text, start):
        return None
    before = max(0, start - _COMPARISON_WINDOW)
    if _EN_NOT_DAY_BEFORE.search(text, before, start) or _SPOKEN_BEFORE.search(text, before, start):
        return None
    return _weekday_label(match.group(1), published)


def _en_today(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """"today's", "yesterday's": the day of publication and the one before (guessed: the text may be a day older)."""
    day = published if match.group("today") else published - timedelta(days=1)
    return day.isoformat(), PeriodFound.DAY_RELATIVE


def _now_level(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """"now stands at", "сейчас составляет": a level on the day of writing, the publication day (guessed)."""
    return published.isoformat(), PeriodFound.DAY_RELATIVE


def _en_relative(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A quarter named from the publication date: "last quarter", "this quarter" (the calendar quarter).

    Not "last week": news opens with it for when something was said ("Last week, the firm said output fell 0.5%
    in the third quarter"), so it is left unread.
    """
    back = 1 if match.group("last") else 0
    year, quarter = divmod(published.year * 4 + (published.month - 1) // 3 - back, 4)
    return f"{year}-Q{quarter + 1}", PeriodFound.QUARTER_RELATIVE


_EN_YEAR_ENDED_ON_A_DAY = re.compile(
    rf"{_any(lexicon.EN_FISCAL_YEAR_BY_DAY_NOUNS)}\s+{_any(lexicon.TO_END_WORDS)}\s+(?:{MONTH_WORD}\s+\d{{1,2}}(?!\d)"
    rf"|\d{{1,2}}(?:{'|'.join(lexicon.ORDINAL_SUFFIXES_EN)})?\s+{MONTH_WORD})", re.IGNORECASE)


def _year_ended_on_a_day(text: str) -> int | None:
    """The month a company's year ends in, when the text names the year by its last day: "the year to March 31".

    December's is the calendar year, no fiscal calendar.
    """
    named = _EN_YEAR_ENDED_ON_A_DAY.search(text)
    month = month_number(named.group(1) or named.group(2)) if named else 0
    return month if month and month != 12 else None


def _en_current_year(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """The year "this year" and "the current year" name: the calendar year of publication.

    When the article names its fiscal calendar ("profit for the year to March 31 ... raised forecasts for this
    year"), the fiscal year running at publication, marked as a fiscal guess.
    """
    if fiscal_end is None:
        return str(published.year), None
    first_year = published.year if published.month > fiscal_end else published.year - 1
    return months_label(first_year, fiscal_end % 12 + 1, fiscal_end, first_year + 1), PeriodFound.FISCAL_YEAR


def _en_full_fiscal_year(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """"The full fiscal year" a budget's forecast is for: the fiscal year running, with the calendar named or implied.

    With no calendar at all the months are unknown: no period.
    """
    return _en_current_year(match, published, fiscal_end) if fiscal_end is not None else None


def _en_weekend(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A weekend, Friday to Sunday as weekend box office counts it: the one of publication or the one just ended.

    Published Friday to Sunday, "the weekend" is that week's (a Sunday's estimates count its Friday); Monday to
    Thursday, the one just ended. "Next weekend" is the one to come, "last weekend" and "the weekend before" the one
    before the weekend the text is about ("down 43% from last weekend"). Guessed: the text may count the weekend
    otherwise.
    """
    friday = published - timedelta(days=(published.weekday() - 4) % 7)  # the last Friday on or before publication
    if match.group("next"):
        friday += timedelta(weeks=1)
    elif match.group("last") or match.group("before"):  # "the weekend before": as "the previous weekend"
        friday -= timedelta(weeks=1)
    # "the weekend before" dates a figure back from the weekend the text is about, as "the month before" does
    found = PeriodFound.DATED_BY_PHRASE if match.group("before") else PeriodFound.WEEKEND
    return f"{friday.isoformat()}/{(friday + timedelta(days=2)).isoformat()}", found


def _en_long_weekend(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A holiday weekend counted by its days, "over the four-day holiday weekend": Friday to the holiday Monday.

    The weekend is the one of publication or the one just ended, as for "the weekend"; a five-day weekend
    (Thanksgiving) begins on the Wednesday before its Friday. Guessed: which weekend, and the days the text counts.
    """
    days, offset = lexicon.LONG_WEEKEND_DAYS[match.group("days").casefold()]
    opening_weekday = (4 + offset) % 7  # Friday, moved by the days the weekend begins before it
    first = published - timedelta(days=(published.weekday() - opening_weekday) % 7)
    last = first + timedelta(days=days - 1)
    found = PeriodFound.WEEKEND if days == 3 else PeriodFound.LONG_WEEKEND
    return f"{first.isoformat()}/{last.isoformat()}", found


def _en_season(match: re.Match[str], published: date, fiscal_end: int | None) -> _Labelled:
    """A season of a year, "fall 2016", "this fall", "last spring": the year it is in, a guess.

    A season is how news dates what is counted once a year (enrollment in the fall, a harvest, a tourist summer):
    the year is the claim's period and the journalist confirms it. A season with neither a year nor "this" or
    "last" ("in the fall") is no period.
    """
    year = match.groups()[-1]
    if year:
        return year, PeriodFound.SEASON
    if _WINTER.search(match.group(0)) and (match.group("this") or match.group("last")):
        return _en_winter(match, published), PeriodFound.WINTER
    if match.group("this"):
        return str(_nearest_season_year(match.group(0), published)), PeriodFound.SEASON
    if match.group("last"):  # "last fall" counts from publication; "the previous fall" from "this fall"
        if _LAST_OF_NOW.fullmatch(match.group("last")):
            return str(_last_season_year(match.group(0), published)), PeriodFound.SEASON
        return str(_nearest_season_year(match.group(0), published) - 1), PeriodFound.SEASON
    return None


def _last_season_year(phrase: str, published: date) -> int:
    """The year of "last spring": the last such season ended before publication (this year's, in an autumn report).

    One under way is not the last: "last fall" in October is the fall before.
    """
    season = next((months for noun, months in lexicon.SEASON_MONTHS.items() if noun in phrase.casefold()), None)
    return published.year if season is not None and published.month > season[1] else published.year - 1


def _en_winter(match: re.Match[str], published: date) -> str:
    """A winter with no year ("this winter", "over the winter", "last winter"): December to February, a guess.

    "This winter" is the one under way, else the nearest to publication, ended or to come (the one just ended in a
    spring report); "last winter" the last one ended before publication, "the previous winter" the one before the
    nearest.
    """
    first, last = lexicon.WINTER_MONTHS
    under_way = published.month >= first or published.month <= last
    start = published.year - 1 if published.month <= last else published.year  # the year its December is in
    if not under_way:
        ago, ahead = published.month - last, first - published.month
        start = published.year - 1 if ago < ahead else published.year
    if match.group("last"):
        if _LAST_OF_NOW.fullmatch(match.group("last")):
            start = published.year - 1 if not under_way else start - 1
        else:
            start -= 1
    return f"{start}-{first:02d}/{start + 1}-{last:02d}"


_WINTER = re.compile(rf"(?<!\w){lexicon.WINTER_NOUN}(?!\w)", re.IGNORECASE)


def _nearest_season_year(phrase: str, published: date) -> int:
    """The year of "this fall": the season nearest to publication, ended or to come.

    Winter, across two years, is the publication year's.
    """
    season = next((months for noun, months in lexicon.SEASON_MONTHS.items() if noun in phrase.casefold()), None)
    if season is None:
        return published.year
    first, last = season
    now = published.year * 12 + published.month
    ago = now - (published.year - 1) * 12 - last  # months since last year's season ended
    ahead = published.year * 12 + first - now  # months until this year's begins
    if ahead <= 0:
        return published.year  # begun or over this year: this year's
    return published.year - 1 if ago < ahead else published.year


# Each pattern's name and its labeller (the names made from a lexicon table, "previous_P1Y", are read by `_label`)
_LABELS: dict[str, Callable[[re.Match[str], date, int | None], _Labelled]] = {
    # the forms both languages write
    "months": _months, "years_between": _years_between,
    "month_of_year": _month_of_year, "month_adjective": _month_adjective, "months_to": _months_to,
    "first_months": _first_months, "first_days": _first_days, "annual_results": _annual_results,
    "same_period_year": _same_period_year, "same_period_year_before_last": _ru_year_before_last,
    "prior_months": _prior_months,
    "to_date": _to_date, "same_period": _same_period, "half": _half, "quarter": _quarter, "fiscal": _fiscal,
    "fiscal_quarter": _fiscal_quarter, "since_month": _since_month, "since_month_alone": _month_alone,
    "as_of": _as_of, "day_run": _day_run,
    "on_day": _on_day, "event_day": _on_day, "day_of_year": _day_of_year, "month": _month,
    "month_of_results": _month_of_results, "month_alone": _month_alone, "duration": _duration, "since": _since,
    "week_to": _week_to, "weekdays": _weekdays, "weekday": _weekday, "last_weekday": _last_weekday,
    "since_weekday": _last_weekday, "since_opening": _since_opening,
    "since_opening_day": _since_opening_day, "days_to_publication": _days_to_publication,
    "months_to_publication": _months_to_publication,
    "numbered_week": _numbered_week, "ru_ordinal_week": _ru_ordinal_week,
    "this_month": _this_month, "last_month": _last_month, "previous": _previous,
    "current": _current, "year": _year,
    # the forms only Russian news writes
    "ru_this_period": _ru_this_period, "ru_month_to_date": _ru_month_to_date, "ru_first_quarters": _ru_first_quarters,
    "ru_days": _ru_days, "ru_half_roman": _ru_half_roman, "ru_marketing_year": _ru_marketing_year,
    "ru_year_run": _ru_year_run,
    "ru_whole_half": _ru_whole_half, "ru_marketing_to_date": _ru_marketing_to_date, "ru_split_season": _ru_split_season,
    "ru_recorded_on": _ru_recorded_on,
    "ru_quarter_digit": _ru_quarter_digit, "ru_half_digit": _ru_half_digit,
    "ru_half_of_year": _ru_half_of_year, "ru_as_of_numeric": _ru_as_of_numeric,
    "ru_start_end": _ru_start_end, "ru_start_end_part": _ru_start_end_part, "end_of_this_period": _end_of_this_period,
    "month_of_this_period": _month_of_this_period, "half_of_this_period": _half_of_this_period,
    "quarter_of_this_period": _quarter_of_this_period, "months_of_this_period": _months_of_this_period,
    "same_day_again": _same_day_again,
    "ru_year_before_last": _ru_year_before_last,
    # the English forms
    "en_current_year": _en_current_year, "en_current_fiscal_year": _en_current_year,
    "en_full_fiscal_year": _en_full_fiscal_year, "next_year": _next_year,
    "years_back": _years_back, "weeks_back": _weeks_back,
    "year_end_by": _year_end_by, "year_results": _year_results, "to_year_end": _to_year_end, "en_weekend": _en_weekend,
    "en_long_weekend": _en_long_weekend, "en_season": _en_season,
    "en_academic_year": _en_academic_year,
    "en_ended": _en_ended, "en_month_part": _en_month_part, "en_fiscal_part": _en_fiscal_part,
    "en_fiscal_year_part": _en_fiscal_year_part,
    "en_fiscal_first_months": _en_fiscal_first_months,
    "en_fiscal_to_date": _en_fiscal_to_date,
    "en_start_end": _ru_start_end,  # the same groups as the Russian form's
    "en_start_end_part": _ru_start_end_part,
    "months_of_years": _months_of_years,
    "part_of_year": _part_of_year,
    "en_fiscal_part_running": _en_fiscal_part_running, "en_half": _en_half, "en_weekday": _en_weekday,
    "en_today": _en_today, "now_level": _now_level,
    "en_relative": _en_relative,
}
