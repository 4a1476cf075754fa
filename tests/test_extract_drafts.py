"""Every draft `extract` writes loads with the core loader, whatever the article says and however it says it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from factcheck.article import ArticleText
from factcheck.claims_writer import NO_FIGURES, quoted, render_claims_file
from factcheck.cli import app
from factcheck.extract import extract
from factcheck.loader import load_claims_text, parse_yaml

runner = CliRunner()

RU_SUBJECTS = ["Товарооборот", "Экспорт нефти", "Инфляция в Казахстане", "Перевозки грузов", "Выручка компании",
               "Объём торговли", "Импорт", "Добыча нефти", "Урожай зерна", "Ключевая ставка"]
EN_SUBJECTS = ["Trade", "Oil exports", "Inflation", "Cargo transport", "Revenue", "Net migration", "Output",
               "Car registrations", "Tourism receipts", "Public debt"]
RU_VERBS = ["составил", "достиг", "вырос на", "сократился на", "превысил", "увеличился до", "снизился на"]
EN_VERBS = ["reached", "was", "rose", "fell", "increased by", "grew to", "dropped", "totalled"]
RU_FIGURES = ["8,6%", "$533 млн", "1,4 млн тонн", "в 1,6 раза", "вдвое", "12–15%", "1 388 100 тонн", "€20 млрд",
              "5%", "100 базисных пунктов", "45 212 рублей", "10,74 млн баррелей в сутки", "треть"]
EN_FIGURES = ["8.6%", "$1.2 billion", "1.3m tonnes", "15 per cent", "£3.6m", "606,000", "3.5-fold", "a fifth",
              "US$ 489 billion", "43.7pc", "9.05 million bpd", "$14.55 million", "double"]
RU_PERIODS = ["в 2024 году", "в январе", "за январь–июнь 2025 года", "в первом полугодии", "в третьем квартале",
              "за тот же период прошлого года", "в прошлом году", "к 2030 году", "по состоянию на 9 августа",
              "с сентября 2022 года", ""]
EN_PERIODS = ["in 2024", "in February", "in the three months to March", "in the first half", "in Q3 2014",
              "year to date", "last year", "by 2030", "in fiscal 2023", "as of June 30", "since March 2021", ""]
RU_SPEECH = ["", ", сообщил министр транспорта Марат Карабаев", ", по данным Комитета по статистике",
             ", — отметил эксперт", ", заявил глава ведомства", ", сообщает РИА «Новости»",
             " — добавили в Банке России", ", сообщили в ведомстве", ", говорится в сообщении комитета",
             ", отмечается далее", ". По его прогнозу"]
EN_SPEECH = ["", ", said Yerlan Saparov", ", according to the statistics office", ", the ministry told reporters",
             ", analysts said", ", Bloomberg reports", ", the central bank also said", ", it said"]
# what a real article also holds: quotes, colons, hashes, YAML words, stray symbols, odd spaces and controls
NOISE = st.sampled_from(["", ":", " # ", "yes", "null", "«", "»", '"', "'", "%", "&x", "*y", "!z", "|", ">", "@",
                         "`", "{", "}", "[", "]", "\t", "\u00a0", "\u2028", "\x85", "\ufeff", "\x07", "—", "…", "- "])


@st.composite
def sentence(draw: st.DrawFn, language: str) -> str:
    ru = language == "ru"
    subject = draw(st.sampled_from(RU_SUBJECTS if ru else EN_SUBJECTS))
    verb = draw(st.sampled_from(RU_VERBS if ru else EN_VERBS))
    figure = draw(st.sampled_from(RU_FIGURES if ru else EN_FIGURES))
    period = draw(st.sampled_from(RU_PERIODS if ru else EN_PERIODS))
    speech = draw(st.sampled_from(RU_SPEECH if ru else EN_SPEECH))
    noise = draw(NOISE)
    quote_it = draw(st.booleans())
    body = f"{period} {subject.lower() if period else subject} {verb} {figure}{noise}".strip()
    body = body[:1].upper() + body[1:]
    return f"«{body}»{speech}." if quote_it and speech else f"{body}{speech}."


@st.composite
def article(draw: st.DrawFn) -> tuple[str, str]:
    language = draw(st.sampled_from(["ru", "en"]))
    paragraphs = draw(st.lists(st.lists(sentence(language), min_size=1, max_size=3), min_size=1, max_size=4))
    headline = draw(st.text(max_size=40))
    return language, "\n\n".join([headline, *(" ".join(p) for p in paragraphs)])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article())
def test_every_draft_loads_with_the_core_loader(tmp_path_factory: pytest.TempPathFactory,
                                                drawn: tuple[str, str]) -> None:
    language, text = drawn
    folder = tmp_path_factory.getbasetemp()
    (folder / "article.txt").write_text(text, encoding="utf-8")
    extraction = extract(ArticleText(Path("article.txt"), text), language=language, published=date(2025, 10, 20),
                         outlet="Outlet: #1")
    rendered = render_claims_file(extraction, "article.txt", date(2025, 10, 21))
    claims_file = load_claims_text(folder / "claims.yaml", rendered)
    assert len(claims_file.claims) == len(extraction.figures)
    assert [c.quote for c in claims_file.claims] == [f.quote for f in extraction.figures]


@given(st.text())
def test_any_text_is_one_quoted_scalar(text: str) -> None:
    assert parse_yaml(Path("t.yaml"), f"key: {quoted(text)}  # comment") == {"key": text}


def test_an_article_without_figures_gives_a_valid_draft_and_says_so(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Новостей нет. Ничего не изменилось.\n", encoding="utf-8")
    output = tmp_path / "claims.yaml"
    result = runner.invoke(app, ["extract", str(article), "-o", str(output), "--published", "2025-10-20"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"{output}: {NO_FIGURES}\n"
    assert load_claims_text(output, output.read_text(encoding="utf-8")).claims == ()


def test_a_metric_in_per_cent_loads(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Инфляция в Казахстане в 2024 году составила 8,6%.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(article), "--published", "2025-02-01"])
    assert result.exit_code == 0, result.stderr
    claims_file = load_claims_text(Path.cwd() / "claims.yaml", result.stdout)
    (claim,) = claims_file.claims
    assert (claim.text, claim.period.text if claim.period else None) == ("8,6%", "2024")


def test_a_control_character_in_a_check_comment_is_shown_and_the_draft_loads(tmp_path: Path) -> None:
    # a place read from a headline with an escape character: the `# check:` line names it, shown as \x1b
    text = "À0\x1bÀ:0A0\n\nВ 2024 году товарооборот составил 8,6%."
    (tmp_path / "article.txt").write_text(text, encoding="utf-8")
    extraction = extract(ArticleText(Path("article.txt"), text), language="ru", published=date(2025, 10, 20))
    rendered = render_claims_file(extraction, "article.txt", date(2025, 10, 21))
    assert "\x1b" not in rendered and "\\x1b" in rendered
    assert len(load_claims_text(tmp_path / "claims.yaml", rendered).claims) == len(extraction.figures)


@pytest.mark.parametrize("odd", ["\U00017000", "\ue000", "\U000e0001"])
def test_a_character_the_unicode_table_cannot_name_is_read_past(tmp_path: Path, odd: str) -> None:
    # the morphology dictionary asks every character's name; a script newer than Python's table has none
    text = f"Итоги\n\nДоходы {odd} бюджета в 2024 году составили 5,2 млрд рублей.\n"
    extraction = extract(ArticleText(Path("a.txt"), text), language="ru", published=date(2025, 3, 1))
    assert [(figure.found.text, figure.period) for figure in extraction.figures] == [("5,2 млрд рублей", "2024")]
