"""The periods `extract` reads: months without a year, runs of months, halves, quarters, fiscal years, baselines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factcheck.article import ArticleText
from factcheck.extract import extract
from factcheck.extract.periods import PeriodIndex, find_periods

PUBLISHED = date(2025, 10, 2)


@pytest.mark.parametrize(("text", "label", "guessed"), [
    ("январь–сентябрь 2024 года", "2024-01/2024-09", False),
    ("за январь–июнь 2024 года", "2024-H1", False),
    ("в январе–марте", "2025-Q1", True),
    ("from January to September 2024", "2024-01/2024-09", False),
    ("in the three months to March", "2025-Q1", True),
    ("in the year to June 2022", "2021-07/2022-06", False),
    ("в первом полугодии", "2025-H1", True),
    ("in the second half of 2023", "2023-H2", False),
    ("в III квартале 2024 года", "2024-Q3", False),
    ("third-quarter", "2025-Q3", True),
    ("Q3 2014", "2014-Q3", False),
    ("in fiscal 2023", "2023", True),
    ("в феврале", "2025-02", True),
    ("in December", "2024-12", True),  # after the publication month: the year before
    ("с начала года", "2025-01/2025-09", True),
    ("в 2024 году", "2024", False),
    ("по состоянию на 9 августа", "2025-08-09", True),
    ("на 1 января 2024 года", "2024-01-01", False),
    ("as of June 30, 2023", "2023-06-30", False),
    ("as at 31 March", "2025-03-31", True),
])
def test_period_labels(text: str, label: str, guessed: bool) -> None:
    (mention,) = find_periods(text, PUBLISHED)
    assert (mention.text, mention.check is not None) == (label, guessed)


@pytest.mark.parametrize(("text", "label"), [("с сентября 2022 года", "2022-09"), ("since March 2021", "2021-03")])
def test_since_a_month_is_where_a_change_starts(text: str, label: str) -> None:
    (mention,) = find_periods(text, PUBLISHED)
    assert (mention.text, mention.baseline, mention.since) == (label, True, True)


def test_a_month_compared_with_is_not_since() -> None:
    (mention,) = find_periods("по сравнению с январём 2015 года", PUBLISHED)
    assert (mention.text, mention.since) == ("2015-01", False)


@pytest.mark.parametrize("text", ["the same period last year", "за тот же период прошлого года", "a year earlier",
                                  "год к году"])
def test_the_same_period_a_year_earlier_is_a_baseline_not_a_period(text: str) -> None:
    (mention,) = find_periods(text, PUBLISHED)
    assert (mention.text, mention.baseline) == ("P1Y", True)


@pytest.mark.parametrize("text", ["we may see", "12.11.2021", "call 2024-555", "the market declined",
                                  "на 31 июня", "выросли на 9 процентов"])
def test_not_periods(text: str) -> None:
    assert find_periods(text, PUBLISHED) == []


def test_the_index_finds_the_last_dated_mention_before_a_position() -> None:
    text = "В 2023 году рост. За пять лет вдвое. В прошлом году спад."
    index = PeriodIndex(text, PUBLISHED)
    assert index.last_dated_before(text.index("За")).text == "2023"  # type: ignore[union-attr]
    assert index.last_dated_before(text.index("спад")).text == "2024"  # type: ignore[union-attr]
    assert index.last_dated_before(text.index("рост"), floor=10) is None


def figures(text: str, published: date = PUBLISHED) -> list[tuple[str, str | None, str | None, bool]]:
    extraction = extract(ArticleText(Path("a.txt"), text), published=published, outlet="Outlet")
    return [(f.found.claim_text, f.period, f.since,
             any(r.found.guess and r.found.field == "period" for r in f.period_evidence))
            for f in extraction.figures]


def test_a_change_against_the_same_period_last_year() -> None:
    assert figures("За январь–июнь 2025 года продажи выросли на 5% по сравнению с тем же периодом прошлого года.") \
        == [("на 5%", "2025-H1", "P1Y", False)]


def test_a_month_without_a_year_takes_the_publication_year_and_says_so() -> None:
    assert figures("In February, sales rose to $5 million.", date(2025, 10, 2)) == [
        ("$5 million", "2025-02", None, True)]
    assert figures("In November, sales rose to $5 million.", date(2025, 10, 2)) == [
        ("$5 million", "2024-11", None, True)]


def test_a_period_from_an_earlier_paragraph_is_marked() -> None:
    assert figures("В 2023 году экспорт вырос.\n\nИмпорт составил $5 млн.") == [("$5 млн", "2023", None, True)]


def test_a_headline_figure_takes_the_period_the_lead_names_and_says_so() -> None:
    text = "Экспорт превысил $5 млн\n\nВ 2024 году экспорт превысил $5 млн, сообщили в министерстве."
    assert figures(text) == [("> $5 млн", "2024", None, True), ("> $5 млн", "2024", None, False)]


def test_a_figure_in_a_text_that_names_no_period_is_of_the_last_whole_year() -> None:
    assert figures("Exports reached $5 million.") == [("$5 million", "2024", None, True)]


def test_a_level_as_of_a_day_is_of_that_day() -> None:
    assert figures("По состоянию на 1 сентября 2025 года запасы составили 5 млн т.") == [
        ("5 млн т", "2025-09-01", None, False)]


def test_an_actual_figure_of_a_year_not_over_is_the_year_so_far_and_says_so() -> None:
    assert figures("Electric cars now account for 16.6% of sales in 2025.", date(2025, 11, 4)) == [
        ("16.6%", "2025-01/2025-10", None, True)]
    assert figures("В 2025 году экспорт составил $5 млрд.", date(2025, 7, 2)) == [("$5 млрд", "2025-H1", None, True)]


def test_a_forecast_for_the_year_stays_the_year() -> None:
    (figure,) = extract(ArticleText(Path("a.txt"), "Exports are expected to reach $5 billion in 2025."),
                        published=date(2025, 7, 2), outlet="Outlet").figures
    assert (figure.kind, figure.period) == ("forecast", "2025")
