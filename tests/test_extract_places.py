"""The place or name a clause is about qualifies its figures' metric; different places are never merged.

Every text here is written for the test, in both languages where the construction exists in both.
One figure's field read from a sentence or two is a case in tests/extract_cases/*.yaml, not a test here.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from typer.testing import CliRunner

from factcheck.article import ArticleText
from factcheck.cli import app
from factcheck.engine import verify
from factcheck.extract import ExtractedFigure, Extraction, extract


def run(text: str) -> Extraction:
    return extract(ArticleText(Path("article.txt"), text), published=date(2025, 10, 20), outlet="Outlet")


def by_text(extraction: Extraction) -> dict[str, ExtractedFigure]:
    return {figure.found.text: figure for figure in extraction.figures}


def unit_of(extraction: Extraction, figure: ExtractedFigure) -> str:
    return extraction.metrics[figure.metric][1]


# -- rule 1: the place a clause is about ---------------------------------------------------------------------


def test_a_fronted_place_qualifies_the_subject_of_its_clause() -> None:
    extraction = run("In North America, sales rose by $3 billion to $40 billion in 2024. "
                     "In South America, sales rose by $1 billion to $9 billion in 2024.")
    figures = by_text(extraction)
    north, south = figures["+$3 billion"], figures["+$1 billion"]
    assert north.metric == figures["$40 billion"].metric != south.metric == figures["$9 billion"].metric
    assert "North America" in north.metric_name and "South America" in south.metric_name


def test_a_named_subject_with_no_measure_takes_the_measure_its_sentence_names() -> None:
    extraction = run("Germany, which accounts for 30% of all car exports, saw the biggest growth in 2024: "
                     "up $12 billion to $160 billion. France also grew, but less than Germany.")
    figures = by_text(extraction)
    share, change, total = figures["30%"], figures["+$12 billion"], figures["$160 billion"]
    assert share.metric == change.metric == total.metric
    assert "exports" in change.metric_name.casefold() and "Germany" in change.metric_name
    assert (change.found.form, total.found.form) == ("change", "value")
    assert share.share_of is not None and share.share_of != share.metric
    assert unit_of(extraction, total) == "USD"  # the share is no figure in the metric's unit


# -- rule 2: a bracketed change after a name -----------------------------------------------------------------


def test_a_bracketed_change_after_a_name_is_of_that_names_measure() -> None:
    extraction = run("In 2024 the exports of Germany reached $1.6 trillion and the exports of France reached "
                     "$0.6 trillion.\n\nIn relative terms, Germany (+8%) recorded the largest increase in "
                     "exports, followed by France (+3%).")
    figures = by_text(extraction)
    assert figures["+8%"].metric == figures["$1.6 trillion"].metric
    assert figures["+3%"].metric == figures["$0.6 trillion"].metric
    assert figures["+8%"].metric != figures["+3%"].metric
    assert (figures["+8%"].period, figures["+8%"].since) == ("2024", "P1Y")


def test_a_bracketed_change_after_a_name_is_of_that_names_measure_in_russian() -> None:
    extraction = run("В 2024 году экспорт Германии составил $1,6 трлн.\n\nВ 2024 году экспорт Франции составил "
                     "$0,6 трлн.\n\nГермания (+3%) и Франция (-2%) в 2024 году изменили экспорт по-разному.")
    figures = by_text(extraction)
    assert figures["+3%"].metric == figures["$1,6 трлн"].metric
    assert figures["-2%"].metric == figures["$0,6 трлн"].metric


def test_a_bracketed_change_with_no_measure_in_reach_stays_unnamed() -> None:
    extraction = run("In 2024 exports of Germany were $1.6 trillion and imports of Germany $1.4 trillion.\n\n"
                     "Germany (+8%) and France (+3%) recorded exports and imports.")
    figures = by_text(extraction)
    assert figures["+8%"].metric.startswith("figure-at-line-")


# -- rule 3: units of one metric agree, and a share belongs to its whole --------------------------------------


def test_an_amount_in_another_currency_in_brackets_is_a_metric_of_its_own() -> None:
    extraction = run("In 2024 receipts in Europe were $489 billion (€368 billion). "
                     "In relative terms, Europe (+4%) saw an increase in receipts.")
    figures = by_text(extraction)
    dollars, euros, change = figures["$489 billion"], figures["€368 billion"], figures["+4%"]
    assert dollars.metric != euros.metric
    assert (unit_of(extraction, dollars), unit_of(extraction, euros)) == ("USD", "EUR")
    assert euros.metric_name.startswith(dollars.metric_name)
    assert change.metric == dollars.metric  # the percentage is of the amount printed first


def test_an_amount_in_another_currency_in_brackets_in_russian() -> None:
    extraction = run("В 2024 году экспорт Германии составил $1,6 трлн (1,5 трлн евро).")
    dollars, euros = extraction.figures
    assert dollars.metric != euros.metric
    assert (unit_of(extraction, dollars), unit_of(extraction, euros)) == ("USD", "EUR")
    assert euros.metric_name.startswith(dollars.metric_name)


def test_a_share_printed_with_the_word_share_is_of_the_whole_with_no_place() -> None:
    extraction = run("Receipts reached $1,159 billion in 2024. "
                     "In the Americas (20% share), receipts were $229 billion in 2024.")
    figures = by_text(extraction)
    share = figures["20%"]
    assert share.metric == figures["$229 billion"].metric
    assert share.share_of == figures["$1,159 billion"].metric


def test_a_share_printed_with_the_word_share_in_russian() -> None:
    extraction = run("В 2024 году экспорт составил $900 млрд. "
                     "В Германии (доля 20%) экспорт в 2024 году составил $180 млрд.")
    figures = by_text(extraction)
    assert figures["20%"].metric == figures["$180 млрд"].metric
    assert figures["20%"].share_of == figures["$900 млрд"].metric


def test_places_that_account_for_a_share_of_a_measure_are_that_measure() -> None:
    extraction = run("Receipts reached $1,159 billion in 2024. Destinations in Africa (accounting for 3% of all "
                     "receipts) increased receipts by $2 billion to $34 billion in 2024.")
    figures = by_text(extraction)
    assert figures["3%"].metric == figures["+$2 billion"].metric == figures["$34 billion"].metric
    assert figures["3%"].share_of == figures["$1,159 billion"].metric


# -- the sense of a word of two senses -----------------------------------------------------------------------


def test_earnings_in_an_article_about_receipts_are_the_receipts() -> None:
    extraction = run("In 2024 receipts in Thailand reached $40 billion. "
                     "In 2025, Thailand's earnings rose by $3 billion to $43 billion.")
    figures = by_text(extraction)
    assert figures["$40 billion"].metric == figures["+$3 billion"].metric == figures["$43 billion"].metric


def test_a_place_after_a_fronted_phrase_of_time_is_what_the_clause_is_about() -> None:
    extraction = run("In 2024, Germany saw the biggest growth in exports: up $12 billion to $160 billion. "
                     "Exports of France rose by $2 billion in 2024, less than in Germany.")
    figures = by_text(extraction)
    assert figures["+$12 billion"].metric == figures["$160 billion"].metric != figures["+$2 billion"].metric
    assert "Germany" in figures["+$12 billion"].metric_name


# -- what verify then reports --------------------------------------------------------------------------------


def findings_of_draft(tmp_path: Path, text: str) -> list[tuple[str, set[str]]]:
    article, draft = tmp_path / "article.txt", tmp_path / "draft.yaml"
    article.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "-o", str(draft), "--published", "2025-05-15"])
    assert result.exit_code == 0, result.stderr
    return [(f.rule, {c.figure for c in f.claims}) for f in verify([draft]).findings if f.rule != "unsourced"]


def test_a_place_s_amount_and_its_bracketed_percentage_that_disagree_are_reported(tmp_path: Path) -> None:
    text = ("Exports of all countries grew by 5% to reach $1,000 billion in 2024.\n\n"
            "Germany, which accounts for 40% of all exports, saw the biggest growth in 2024: up $35 billion to "
            "$400 billion (€370 billion).\n\n"
            "In relative terms, Germany (+4%) recorded the largest increase in exports, followed by France (+2%).")
    findings = findings_of_draft(tmp_path, text)
    assert any(rule in ("implied-value", "change-conflict") and {"+$35 billion", "+4%", "$400 billion"} <= figures
               for rule, figures in findings), findings
    assert not any("€370 billion" in figures and rule != "uncurated-figure" for rule, figures in findings)


def test_a_place_s_amount_and_its_bracketed_percentage_that_agree_are_not_reported(tmp_path: Path) -> None:
    text = ("Germany, which accounts for 40% of all exports, saw the biggest growth in 2024: up $16 billion to "
            "$416 billion.\n\nIn relative terms, Germany (+4%) recorded the largest increase in exports.")
    assert not [rule for rule, _ in findings_of_draft(tmp_path, text) if rule != "period-granularity"]


def test_a_quote_that_opens_a_bracket_closes_it() -> None:
    english = by_text(run("In the Americas (20% share), receipts were $229 billion in 2024. "
                          "Asia (+8%) led the increase in receipts."))
    (russian,) = run("В Германии (доля 20%) экспорт в 2024 году вырос.").figures
    assert english["20%"].quote.endswith("(20% share)") and english["+8%"].quote.endswith("(+8%)")
    assert russian.quote.endswith("(доля 20%)")


def test_a_name_of_an_adjective_and_a_noun_is_all_of_its_words_in_russian() -> None:
    extraction = run("В 2024 году продажи в Северной Америке составили $40 млрд, а продажи в Южной Америке "
                     "составили $9 млрд.\n\nСеверная Америка (+5%) опередила Южную Америку по росту продаж.")
    figures = by_text(extraction)
    assert figures["$40 млрд"].metric != figures["$9 млрд"].metric
    assert figures["+5%"].metric == figures["$40 млрд"].metric


def test_an_abbreviation_after_a_place_is_the_subject_in_russian() -> None:
    kazakhstan, uzbekistan = run("В 2024 году в Казахстане ВВП вырос на 4,8%. "
                                 "В 2024 году в Узбекистане ВВП вырос на 6%.").figures
    assert not kazakhstan.metric.startswith("figure-at-line-")
    assert kazakhstan.metric != uzbekistan.metric


def test_a_paragraph_of_places_alone_is_about_the_measure_of_the_article() -> None:
    english = by_text(run("In 2024 the exports of Germany reached $1.6 trillion.\n\n"
                          "Germany (+8%) and France (+3%) led in 2024."))
    russian = by_text(run("В 2024 году экспорт Германии составил $1,6 трлн.\n\n"
                          "Германия (+3%) и Франция (-2%) лидировали в 2024 году."))
    assert english["+8%"].metric == english["$1.6 trillion"].metric != english["+3%"].metric
    assert russian["+3%"].metric == russian["$1,6 трлн"].metric != russian["-2%"].metric


def test_an_article_of_two_measures_gives_none_to_a_paragraph_of_places() -> None:
    figures = by_text(run("In 2024 the exports of Germany reached $1.6 trillion and its imports $1.4 trillion.\n\n"
                          "Germany (+8%) and France (+3%) led in 2024."))
    assert figures["+8%"].metric.startswith("figure-at-line-")


def test_shares_of_gdp_of_two_countries_stay_two_metrics() -> None:
    english = run("Italy's debt was 131.8% of GDP in 2017. In Greece, debt was 178.6% of GDP in 2017. "
                  "Debt in Greece fell.").figures
    russian = run("В 2017 году в Италии госдолг составил 131,8% ВВП. В 2017 году в Греции госдолг составил "
                  "178,6% ВВП.").figures
    for italy, greece in (english, russian):
        assert italy.metric != greece.metric
        assert italy.share_of != greece.share_of  # each country's own GDP
