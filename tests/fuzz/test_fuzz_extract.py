"""Fuzz `extract` on news made of the tokens its newest readers look for, in both languages.

Figures, months, "соответственно", dashes, brackets, quotes, "from ... to" and possessives, in any order: the
draft is written without an exception, it loads, and `verify` checks it against its text without an input
problem (any number of findings is fine).
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from factcheck.article import ArticleText
from factcheck.engine import Settings, run
from tests.fuzz.settings import fuzz

FIGURES = ["5%", "1,5", "0,18%", "2 млрд рублей", "140 человек", "-3,2%", "+8%", "в 5,7 раза", "212,000",
           "$1.2 billion", "4.1%", "1.5 million", "2023", "2024", "2024 года", "12", "0.4", "$80", "€5m"]
RU_WORDS = ["в мае", "в январе–сентябре", "за январь-май", "в III квартале", "неделей ранее", "год назад",
            "соответственно", "и", ",", "на", "после", "против", "по сравнению с", "выросли", "снизился", "составила",
            "инфляция", "налоговые доходы", "неналоговые", "погибли", "в ДТП", "с начала года", "прошлого года",
            "—", "-", "–", "(", ")", "«", "»", "\"", ".", ";", ":", "от", "до", "годовая", "месячная", "экспорт",
            "по данным Росстата", "сообщил министр Иван Петров", "\n", "\n\n"]
EN_WORDS = ["in May", "May's", "2023's", "November's adjusted", "the previous year", "last year", "respectively",
            "and", ",", "from", "to", "up", "down", "rose", "fell", "was", "people died", "in road accidents",
            "economists had expected", "above", "compared with", "the year before", "a year earlier", "—", "-",
            "(", ")", "\"", "“", "”", "'s", ".", ";", "said John Smith", "in the first half", "so far this year",
            "since 2019", "\n", "\n\n", "Sales", "payrolls", "Revenue"]


def _news(words: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from([*FIGURES, *words]), min_size=1, max_size=40).map(" ".join)


NEWS = st.one_of(st.tuples(st.just("ru"), _news(RU_WORDS)), st.tuples(st.just("en"), _news(EN_WORDS)))


@fuzz
@given(NEWS)
@example(("ru", "В январе и феврале выпуск вырос на 1,5 и 2% соответственно, а в мае — на 0,12% после 0,18% неделей "
                "ранее."))
@example(("en", "Payrolls rose 256,000, above 2023's adjusted 212,000 and May's 5%, from $1.2 billion to $1.5 "
                "billion."))
def test_extract_drafts_what_verify_reads(news: tuple[str, str]) -> None:
    language, text = news
    with tempfile.TemporaryDirectory() as folder:
        _drafted_and_verified(Path(folder), text, language)


def _drafted_and_verified(folder: Path, text: str, language: str) -> None:
    from factcheck.claims_writer import article_reference, render_claims_file
    from factcheck.extract import extract

    published = date(2025, 1, 1)
    article = ArticleText(folder / "article.txt", "Заголовок\n\n" + text if language == "ru" else "Title\n\n" + text)
    article.path.write_text(article.text, encoding="utf-8")
    extraction = extract(article, language=language, published=published)
    path = folder / "draft.yaml"
    path.write_text(render_claims_file(extraction, article_reference(article.path, path), published), encoding="utf-8")
    run([path], Settings())  # an input problem raises InputError; findings are a result
