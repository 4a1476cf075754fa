"""The rules of language `extract` reads by: subjects and metrics, speakers and sources, and what is no figure.

Every text here is written for the test; each rule is one of the language, in both languages where it applies.
One figure's field read from a sentence or two is a case in tests/extract_cases/*.yaml, not a test here.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factcheck.article import ArticleText
from factcheck.extract import ExtractedFigure, Extraction, extract
from factcheck.extract.not_figures import not_figure_spans, publication_date
from factcheck.extract.words import english_lemma


def run(text: str, published: date | None = date(2025, 10, 20)) -> Extraction:
    return extract(ArticleText(Path("article.txt"), text), published=published, outlet="Outlet")


def figures(text: str) -> list[ExtractedFigure]:
    return run(text).figures


# -- metrics ------------------------------------------------------------------------------------------------


def test_synonyms_of_the_thesaurus_are_one_metric() -> None:
    first, second = figures("В 2023 году товарооборот достиг $533 млн.\n\nВ 2024 году торговля составила $600 млн.")
    assert first.metric == second.metric == "tovarooborot"


def test_a_brief_subject_is_the_one_of_its_kind_the_article_named_and_says_so() -> None:
    first, second = figures("В 2023 году товарооборот между Казахстаном и Азербайджаном достиг $533 млн.\n\n"
                            "В 2024 году товарооборот составил $600 млн.")
    assert first.metric == second.metric
    assert any(check.startswith("metric:") for check in second.checks)


def test_function_words_and_verbs_are_never_metrics() -> None:
    extraction = run("Когда экспорт в 2024 году вырос до $5 млн, тогда и импорт составил $3 млн. "
                     "Net sales were down 5% in 2024.")
    names = " ".join(extraction.metrics).split("-")
    assert not {"kogda", "togda", "down", "net", "were"} & set(names)


def test_one_metric_holds_one_unit() -> None:
    money, share = figures("In 2024 exports reached $5 billion. In 2024 exports were 40%.")
    assert money.metric != share.metric
    assert run("In 2024 exports reached $5 billion. In 2024 exports were 40%.").metrics[share.metric][1] == "%"


def test_a_figure_without_a_subject_gets_a_metric_of_its_own() -> None:
    first, second = figures("В 2024 году было $5 млн. В 2024 году стало $7 млн.")
    assert first.metric != second.metric
    assert "metric: no subject found; name it, or merge it" in first.checks


def test_a_bare_number_counts_the_noun_after_it() -> None:
    (figure,) = figures("In 2022, 160,000 Hongkongers arrived.")
    assert figure.metric == "hongkongers"


def test_the_start_and_the_end_of_a_change_are_the_changing_metric() -> None:
    rise, end, start = figures("In the third quarter of 2024, revenue rose 8% to $14.5 billion from $13.4 billion.")
    assert rise.metric == end.metric == start.metric
    assert (end.period, start.period) == ("2024-Q3", "2023-Q3")


def test_english_plurals_fold_to_the_singular() -> None:
    assert [english_lemma(w) for w in ("exports", "companies", "sales", "taxes", "gas")] == [
        "export", "company", "sale", "tax", "gas"]


# -- who says it --------------------------------------------------------------------------------------------


def test_speech_verb_before_a_role_and_a_name() -> None:
    (figure,) = figures("Грузоперевозки в 2024 году выросли на 12%, сообщил министр транспорта Марат Карабаев.")
    assert (figure.said_by.name, figure.said_by.kind, figure.said_by.role) == (
        "Марат Карабаев", "official", "министр транспорта")


def test_a_role_alone_names_the_person_introduced_with_it() -> None:
    text = ("Политолог Иван Петров изучил данные.\n\n"
            "«Экспорт в 2024 году вырос на 5%», — отметил политолог.")
    (figure,) = figures(text)
    assert (figure.said_by.name, figure.said_by.kind) == ("Иван Петров", "expert")


def test_cited_organisations_and_one_source_per_entity() -> None:
    extraction = run("По данным Комитета по статистике, в 2023 году товарооборот достиг $533 млн. "
                     "По данным Комитета по статистике, в 2024 году экспорт составил $300 млн.")
    first, second = extraction.figures
    assert first.cites is not None and first.cites is second.cites and first.cites.kind == "official"
    assert first.said_by.kind == "outlet"
    assert len([s for s in extraction.sources.values() if s.kind != "outlet"]) == 1


def test_an_organisation_that_says_a_figure_is_its_source() -> None:
    (figure,) = figures("Eurostat said the deficit dropped to 0.9% in 2017.")
    assert (figure.said_by.name, figure.said_by.kind) == ("Eurostat", "official")


def test_a_statement_made_in_an_organisation_is_its_own() -> None:
    said = [figures(text)[0].said_by for text in (
        "В Минэнерго сообщили, что добыча в 2024 году выросла на 3%.",
        "«Добыча в 2024 году выросла на 3%», — пояснили в Национальном банке.",
    )]
    assert [(s.name, s.kind) for s in said] == [("Минэнерго", "official"), ("Национальный банк", "official")]
    for text in ("Output rose 3% in 2024, the energy ministry said.",
                 "Output rose 3% in 2024, the energy ministry also said."):
        (figure,) = figures(text)
        assert (figure.said_by.name, figure.said_by.kind) == ("Energy ministry", "official")


def test_the_organisation_named_by_its_kind_is_the_one_named_before() -> None:
    first, second = figures("По данным Министерства финансов, в 2024 году дефицит составил 2%.\n\n"
                            "В министерстве также отметили, что долг в 2024 году вырос на 5%.")
    assert first.cites is not None and second.said_by is first.cites


def test_a_quotation_closed_by_a_relay_verb_is_its_speakers() -> None:
    (figure,) = figures('"Урожай в 2024 году вырос на 3%", -- сообщает Минсельхоз. Погода была хорошей.')
    assert (figure.said_by.name, figure.said_by.kind) == ("Минсельхоз", "official")


def test_a_relative_pronoun_cites_the_data_it_stands_for() -> None:
    (figure,) = figures("Министерство сослалось на данные АО «Автостат», согласно которым продажи в 2024 году "
                        "выросли на 7%.")
    assert figure.cites is not None and (figure.cites.name, figure.cites.kind) == ("АО «Автостат»", "company")
    (figure,) = figures("Ministers quoted figures, according to which sales rose 7% in 2024.")
    assert figure.cites is None


# -- not figures --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "spans"), [
    ("Nov 12, 2021 (Reuters) - Sales rose 5%.", ["Nov 12, 2021"]),
    ("16-08-2010 13-01 Урожай составил 32 млн т.", ["16-08-2010", " 13-01"]),
    ("It is the 15th rise. Call 555-1234.", ["15th", "Call 555-1234"]),
    ("a dollar figure, double-digit growth, at 13:45", ["a dollar figure", "double-digit", "13:45"]),
    ("статья 12 закона № 273-ФЗ, page 7", ["статья 12", "закона № 273-", "page 7"]),
])
def test_numbers_that_are_not_figures(text: str, spans: list[str]) -> None:
    assert [text[start:end] for start, end in not_figure_spans(text)] == spans


def test_decimals_and_years_are_not_taken_for_dates_or_times() -> None:
    assert not_figure_spans("Revenue was $14.55 billion in 2024, up 3.5-fold.") == []


def test_a_dateline_is_no_figure_and_gives_the_publication_date() -> None:
    extraction = run("Nov 12, 2021 (Reuters) - Exports in 2021 rose to $5 billion.", published=None)
    assert extraction.published == date(2021, 11, 12) and not extraction.published_guessed
    assert [f.found.text for f in extraction.figures] == ["$5 billion"]
    assert publication_date("Москва, 2 октября 2025 года. Продажи выросли.") == date(2025, 10, 2)


# -- comparisons and clauses --------------------------------------------------------------------------------


def test_a_relative_clause_holds_no_subject() -> None:
    (change,) = figures("Реальные доходы, куда входят доходы минус обязательные платежи, в 2024 году снизились на 5%.")
    assert change.metric == "realnye-dokhody"


def test_a_percentage_of_a_whole_is_a_share_of_it() -> None:
    extraction = run("In 2017 Italy's public debt was 131.8% of GDP.\n\nВ 2024 году дефицит бюджета составил 3,6% ВВП.")
    italy, russia = extraction.figures
    assert (italy.share_of, extraction.metrics["gdp-italy"][0]) == ("gdp-italy", "GDP (Italy)")
    assert russia.share_of == "gdp"
    (part,) = figures("In 2013 Europe accounted for 42% of all international tourism receipts.")
    assert part.share_of == "international-tourism-receipts"


def test_a_share_loads_as_a_share(tmp_path: Path) -> None:
    from factcheck.claims_writer import render_claims_file
    from factcheck.loader import load_claims_text

    text = "In 2017 Italy's public debt was 131.8% of GDP."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    extraction = extract(ArticleText(tmp_path / "a.txt", text), published=date(2018, 4, 23), outlet="Outlet")
    (claim,) = load_claims_text(tmp_path / "c.yaml", render_claims_file(extraction, "a.txt", date(2018, 4, 23))).claims
    assert claim.form == "share"
