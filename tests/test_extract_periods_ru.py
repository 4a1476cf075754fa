"""The Russian temporal grammar of news, as a property: any run of its words gives periods a claims file can hold.

Each rule's own sentence is a case in tests/extract_cases/period_ru.yaml; here, words of those rules in any order
and with any publication date never give a label that does not parse, a level's span that runs backwards, or a
pronoun ("за этот период") with no period before it.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.periods import find_periods
from factcheck.periods import parse_period

_RUSSIAN_PERIOD_WORDS = [
    "за", "в", "во", "по", "итогам", "с", "на", "состоянию", "три", "трёх", "3", "2", "1", "23", "31", "01.10.2024",
    "квартала", "кварталов", "квартал", "квартале", "кв.", "м", "II", "I", "полугодии", "полугодие", "первые",
    "января", "октябре", "январь–сентябрь", "сентября", "2024", "года", "г.", "-го", "текущего", "минувшего",
    "позапрошлом", "минувшем", "году", "начала", "месяца", "этот", "период", "месяцем", "ранее", "год", "назад",
    "неделю", "аналогичный", "прошедшего", "цены", "выросли", "5%", ",", "и", "соответственно", ".",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_RUSSIAN_PERIOD_WORDS), max_size=30), st.dates(date(2000, 1, 1), date(2030, 12, 31)))
def test_any_russian_text_gives_periods_a_claims_file_can_hold(words: list[str], published: date) -> None:
    text = " ".join(words)
    mentions = find_periods(text, published)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        if not mention.text.startswith("P"):
            parse_period(mention.text)  # raises on a label a claims file cannot hold
        if mention.level_span is not None:
            end, day_before = mention.level_span
            assert date.fromisoformat(day_before) < date.fromisoformat(end)


def test_a_pronoun_with_no_period_before_it_names_none() -> None:
    assert find_periods("За этот период выпуск вырос на 2%.", date(2025, 10, 20)) == []


def test_a_pronoun_names_the_last_period_before_it_not_a_baseline() -> None:
    text = "В январе–сентябре выпуск вырос на 1% к аналогичному периоду прошлого года. За этот период экспорт упал."
    mentions = find_periods(text, date(2025, 10, 20))
    assert [m.text for m in mentions] == ["2025-01/2025-09", "P1Y", "2025-01/2025-09"]
