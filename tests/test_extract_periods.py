"""The temporal grammar `extract` reads periods by: months without a year, runs of months, halves, quarters,
fiscal years, baselines, each a mention of a fragment of text with no figure, and a property over any text.

One figure's field read from a sentence or two is a case in tests/extract_cases/*.yaml (period.yaml,
period_legacy.yaml), not a test here.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.periods import PeriodIndex, PeriodMention, find_periods
from factcheck.periods import parse_period

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


_PERIOD_WORDS = ["in", "since", "last", "March", "may", "2023", "2024", "Friday", "week", "epidemiological", "22",
                 "the", "month", "before", "a", "year", "earlier", "в", "сентябре", "прошлого", "года", "январе–мае",
                 "Outlook", "over", "February", "delivery", "for", "текущего", "сентябрьские", "итогам", "за", "месяц",
                 "-", ",", ".", "(", ")", "to", "June", "7", "Q3", "first", "half", "of", "weekend", "this", "fall",
                 "between", "and", "previous", "three", "months", "later", "following", "records", "began",
                 "monthly", "quarterly", "rise", "May-to-July", "period"]
# the words of the Russian rules (tests/extract_cases/period_ru.yaml), for the same property
_RUSSIAN_PERIOD_WORDS = [
    "за", "в", "во", "по", "итогам", "с", "на", "состоянию", "три", "трёх", "3", "2", "1", "23", "31", "01.10.2024",
    "квартала", "кварталов", "квартал", "квартале", "кв.", "м", "II", "I", "полугодии", "полугодие", "первые",
    "января", "октябре", "январь–сентябрь", "сентября", "2024", "года", "г.", "-го", "текущего", "минувшего",
    "позапрошлом", "минувшем", "году", "начала", "месяца", "этот", "период", "месяцем", "ранее", "год", "назад",
    "неделю", "аналогичный", "прошедшего", "цены", "выросли", "5%", ",", "и", "соответственно", ".", "годом",
    "позже", "уикенд", "выходные", "между", "январем", "маем",
]


def _mentions_in_order_within(text: str, published: date) -> list[PeriodMention]:
    """The mentions of a text, after asserting they come in order and lie inside it."""
    mentions = find_periods(text, published)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(text)
    return mentions


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PERIOD_WORDS), max_size=25), st.dates(date(2000, 1, 1), date(2030, 12, 31)))
def test_any_text_gives_labelled_mentions_in_order_and_within_it(words: list[str], published: date) -> None:
    for mention in _mentions_in_order_within(" ".join(words), published):
        assert re.fullmatch(r"\d{4}(-\d\d(-\d\d)?|-[QH]\d)?(/\d{4}-\d\d(-\d\d)?)?|P\d+[YMW]", mention.text), mention


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_RUSSIAN_PERIOD_WORDS), max_size=30), st.dates(date(2000, 1, 1), date(2030, 12, 31)))
def test_any_russian_text_gives_periods_a_claims_file_can_hold(words: list[str], published: date) -> None:
    """Words of the Russian rules in any order never give a label that does not parse or a span that runs back."""
    for mention in _mentions_in_order_within(" ".join(words), published):
        if not mention.text.startswith("P"):
            parse_period(mention.text)  # raises on a label a claims file cannot hold
        if mention.level_span is not None:
            end, day_before = mention.level_span
            assert date.fromisoformat(day_before) < date.fromisoformat(end)


def test_a_russian_pronoun_with_no_period_before_it_names_none() -> None:
    assert find_periods("За этот период выпуск вырос на 2%.", date(2025, 10, 20)) == []
