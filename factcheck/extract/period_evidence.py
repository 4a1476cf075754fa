"""How the period reader found a figure's period and baseline: typed evidence, never a sentence.

Each reading names what it rests on (an enum member) and the span of the article it was read from. The
claims writer alone turns a reading into the `# check:` line a journalist reads, and marks the field as
guessed when the reading is a guess (format 1.2 section 4).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class PeriodFound(enum.Enum):
    """What a period (or a baseline, `since`) was read from."""

    # read, not guessed: the text names it for this figure
    NAMED_IN_CLAUSE = "named_in_clause"  # "rose 5% in 2024": the period the figure's sentence gives it
    POSSESSIVE = "possessive"  # "2019's 2.3m": the period in the possessive before the figure
    RESTATED = "restated"  # "$3.5 billion, or 46 cents a share": the period of the figure it restates
    NAMED_BASELINE = "named_baseline"  # "up 5% from 2022", "since 2010": the baseline named for a change
    WHEN_CLAUSE = "when_clause"  # "Since fall 2011, when enrollment peaked at 20.6 million": the clause's period
    TABLE_COLUMN = "table_column"  # "Область янв.20 дек.19" over "Павлодарская 6,3 6,9": the column's header
    # guesses: the field is marked `guessed:` and the journalist confirms it
    YEAR_NOT_PRINTED = "year_not_printed"  # "in March": the year taken from the publication date
    YEAR_TO_DATE = "year_to_date"  # "so far this year": its last month taken from the publication date
    FISCAL_YEAR = "fiscal_year"  # "fiscal 2023": which months the fiscal year covers is not said
    FISCAL_PART = "fiscal_part"  # "third-quarter revenue" where the text names a fiscal calendar: that calendar's
    WEEKDAY = "weekday"  # "on Friday": the last such day on or before publication
    WEEKEND = "weekend"  # "over the weekend": Friday to Sunday of the last weekend begun on or before publication
    LONG_WEEKEND = "long_weekend"  # "the four-day holiday weekend": Friday to Monday (five days: Wednesday to Sunday)
    OPENED_ON_WEEKDAY = "opened_on_weekday"  # "since opening on Wednesday": from that day to publication
    OPENED_ON_DAY = "opened_on_day"  # "since opening on July 12": from that day to publication
    DAYS_TO_PUBLICATION = "days_to_publication"  # "over the last 10 days": that many days to publication
    MONTHS_TO_PUBLICATION = "months_to_publication"  # "in the past six months": the months before publication's
    SEASON = "season"  # "this fall", "fall 2016": the year the season is in
    ACADEMIC_YEAR = "academic_year"  # "the 2015-16 academic year": taken as September to August
    WINTER = "winter"  # "this winter", "over the winter": December to February of the winter meant
    RUNNING_TOTAL = "running_total"  # "a cumulative gross of $459 million": on the last day of its period
    NUMBERED_WEEK = "numbered_week"  # "epidemiological week 25 of 2024": taken as the ISO week, Monday to Sunday
    MONTH_RELATIVE = "month_relative"  # "this month", "last month": from the publication date
    CARRIED_FROM_SENTENCE = "carried_from_sentence"  # from an earlier sentence of the paragraph
    CARRIED_FROM_PARAGRAPH = "carried_from_paragraph"  # from an earlier paragraph
    FIRST_NAMED_LATER = "first_named_later"  # a headline's figure: the first period the text names
    RESTATED_IN_BODY = "restated_in_body"  # a headline's figure the text gives again: that figure's period
    BASELINE_OF_COMPARISON = "baseline_of_comparison"  # the start of a change: a year before the sentence's
    BASELINE_OF_TEXT = "baseline_of_text"  # the start of a change: a year before the text's period
    READING_BEFORE = "reading_before"  # "from 4.4%", "down from 4.7%": the reading before, as the text set them
    DATED_BY_PHRASE = "dated_by_phrase"  # "103.2 the month before", "a year earlier": back from the sentence's
    EXPECTED_MONTH_TO_COME = "expected_month_to_come"  # an expected figure's month: the one to come
    YEAR_SO_FAR = "year_so_far"  # an actual "in 2021" printed before 2021 is over: the months so far
    LEAD_OVER_EARLIER_TWIN = "lead_over_earlier_twin"  # an earlier year's same days were named for comparison
    LEAD_OVER_PREVIOUS = "lead_over_previous"  # the lead's period before, named for comparison
    LEAD_OVER_COMPARISON_ASIDE = "lead_over_comparison_aside"  # a paragraph "для сравнения" dates itself alone
    FORECAST_PUBLICATION_YEAR = "forecast_publication_year"  # a forecast's change with no period: this year
    REST_OF_YEAR = "rest_of_year"  # "до конца года ... ещё 190 тыс.": the months after the last reported ones
    PLAN_TO_DATE = "plan_to_date"  # "план исполнен на 61%" after a month's figure: January to that month
    ANNUAL_PLAN = "annual_plan"  # "годовой план", "the annual target": the year of the period the text is about
    NOT_FOUND = "not_found"  # no period anywhere before or after: the year before publication
    COUNT_TO_PUBLICATION = "count_to_publication"  # "Since March, 4,200 were hired": March 1 to publication
    BEFORE_EVENT_YEAR = "before_event_year"  # "the pre-pandemic record" after "since 2019": that year
    YEARS_TO_NAMED = "years_to_named"  # "over the past five years ... at the start of April": five Aprils to the last
    WEEK_TO_PUBLICATION = "week_to_publication"  # no period, set against "a week earlier": the week to publication
    EQUALLED = "equalled"  # "equalled September's 15.2%": the second claim, for the period it is said to equal
    DATED_BACK = "dated_back"  # "на 0,5% месяцем ранее", "год назад — 6 млн тонн": back from the sentence's period
    FLOW_TO_DAY = "flow_to_day"  # "доходы на 1 октября": a flow's figure to a day, the months of the year before it
    TO_DATE_END = "to_date_end"  # a price "с начала года": its last day taken as the publication date
    DAY_RELATIVE = "day_relative"  # "today", "yesterday": from the publication date
    QUARTER_RELATIVE = "quarter_relative"  # "last quarter", "this quarter": from the publication date
    # guesses of the baseline (`since`)
    SINCE_YEAR_NOT_PRINTED = "since_year_not_printed"  # "from March": the baseline's year not printed
    SINCE_YEAR_EARLIER = "since_year_earlier"  # no baseline named: the same period a year earlier
    SINCE_RUN_BEFORE = "since_run_before"  # a change "in the three months to July": from the three months before
    SINCE_WEEK_BEFORE = "since_week_before"  # a change over a week: from the week before
    SINCE_PERIOD_BEFORE = "since_period_before"  # "added 3.4 million users in March": from the end of February
    SINCE_STOCK_BEFORE = "since_stock_before"  # "claimants fell by 15,000 in August": from the end of July
    SINCE_FURTHER = "since_further"  # "на 1 октября ... вырастет ещё на 5%": from the level the text gave
    SINCE_REVISION = "since_revision"  # "June was revised down by 22,000": against its earlier release
    SINCE_READING_BEFORE = "since_reading_before"  # a rate's change in points in a month: from the month before
    SINCE_DAY_BEFORE = "since_day_before"  # a change on a day: from the day before
    SINCE_START_OF_SPAN = "since_start_of_span"  # a price's change over a span: from the day before it starts
    SINCE_EVENT_LEVEL = "since_event_level"  # "41% below their pre-pandemic level": a level dated by an event
    SINCE_BEFORE_YEARS = "since_before_years"  # "вырос на 30% в 2020–2022 годах": from the year before the first
    SINCE_CARRIED = "since_carried"  # a price's change carried over the day of the change before it: from its start

    @property
    def guess(self) -> bool:
        """Whether a reading of this kind is a guess the journalist must confirm."""
        # a restatement is as sure as the figure it restates, whose evidence it carries
        return self not in (PeriodFound.NAMED_IN_CLAUSE, PeriodFound.POSSESSIVE, PeriodFound.NAMED_BASELINE,
                            PeriodFound.RESTATED, PeriodFound.WHEN_CLAUSE, PeriodFound.TABLE_COLUMN)

    @property
    def field(self) -> str:
        """The claim's field the reading is about: `period` or `since`."""
        return "since" if self.name.startswith("SINCE_") else "period"


# Readings whose period is a guess the next figures must not pass on as found (no period before the figure).
UNFOUND = frozenset({PeriodFound.NOT_FOUND, PeriodFound.FIRST_NAMED_LATER, PeriodFound.FORECAST_PUBLICATION_YEAR})


@dataclass(frozen=True)
class PeriodEvidence:
    """One reading: what it rests on, the span of the article it was read from, and the phrase it names."""

    found: PeriodFound
    span: tuple[int, int] | None = None
    phrase: str = ""  # the words read, where the check names them: "September" of "equalled September's"
