"""Relations `extract` reads between figures: kinds from cues, segments of a whole, shares, equal figures of two
periods, and the period a text is about. Every text here is written for the test, in both languages where the
construction exists in both.
One figure's field read from a sentence or two is a case in tests/extract_cases/*.yaml, not a test here.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factcheck.article import ArticleText
from factcheck.claims_writer import render_claims_file
from factcheck.engine import verify
from factcheck.extract import ExtractedFigure, Extraction, extract
from factcheck.extract.periods import PeriodIndex, find_periods
from factcheck.findings import Finding


def run(text: str, published: date = date(2025, 10, 20), language: str = "auto") -> Extraction:
    return extract(ArticleText(Path("article.txt"), text), language=language, published=published, outlet="Outlet")


def figure(extraction: Extraction, printed: str) -> ExtractedFigure:
    """The one figure printed as `printed`."""
    (found,) = [f for f in extraction.figures if f.found.claim_text == printed]
    return found


def findings(tmp_path: Path, text: str, published: date = date(2025, 10, 20)) -> list[Finding]:
    """What `verify` reports on the raw draft of a text."""
    (tmp_path / "article.txt").write_text(text, encoding="utf-8")
    draft = render_claims_file(run(text, published), "article.txt", published)
    (tmp_path / "claims.yaml").write_text(draft, encoding="utf-8")
    return list(verify([tmp_path / "claims.yaml"]).findings)


def rules_of(found: list[Finding]) -> set[str]:
    return {f.rule for f in found}


# -- kinds from cues ----------------------------------------------------------------------------------------


def test_an_analysts_consensus_is_a_forecast_of_the_metric_it_names(tmp_path: Path) -> None:
    text = ("Revenue for the second quarter rose to $2.3 billion. Twelve analysts had a consensus revenue "
            "estimate of $2.1 billion for the second quarter.")
    extraction = run(text)
    actual, consensus = figure(extraction, "$2.3 billion"), figure(extraction, "$2.1 billion")
    assert (consensus.kind, consensus.period) == ("forecast", "2025-Q2")
    assert consensus.metric == actual.metric  # the consensus is a kind, not a measure of its own
    stale = [f for f in findings(tmp_path, text) if f.rule == "stale-target"]
    assert [c.figure for f in stale for c in f.claims] == ["$2.1 billion"]


# -- segments of a whole ------------------------------------------------------------------------------------

SEGMENTS_EN = ("Revenue for the second quarter rose to $10.2 {scale}.\n\n"
               "Cloud Group revenue for the second quarter reached $6.1 billion.\n\n"
               "Revenue from the Devices Division for the second quarter was $3.3 billion.")


def test_named_segments_are_parts_of_the_whole_with_one_part_for_the_rest(tmp_path: Path) -> None:
    extraction = run(SEGMENTS_EN.format(scale="billion"))
    whole, cloud, devices = (figure(extraction, printed).metric
                             for printed in ("$10.2 billion", "$6.1 billion", "$3.3 billion"))
    assert extraction.parts == {whole: [cloud, devices, f"{whole}-other-segments"]}
    assert extraction.metrics[f"{whole}-other-segments"][1] == "USD"
    assert extraction.metrics[devices][0] == "Revenue (devices division)"  # never two metrics named alike
    draft = render_claims_file(extraction, "article.txt", date(2025, 10, 20))
    assert "# check: name, unit, flow; parts: the segments the article names" in draft
    # the segments need not add up to the whole: the rest is not printed
    assert "formula-mismatch" not in rules_of(findings(tmp_path, SEGMENTS_EN.format(scale="billion")))


def test_segments_that_exceed_the_whole_are_reported(tmp_path: Path) -> None:
    found = [f for f in findings(tmp_path, SEGMENTS_EN.format(scale="million")) if f.rule == "formula-mismatch"]
    assert [sorted(c.figure for c in f.claims) for f in found] == [["$10.2 million", "$3.3 billion", "$6.1 billion"]]


def test_russian_segments_of_the_company_are_parts_of_its_revenue() -> None:
    extraction = run("Выручка компании во втором квартале составила 10,2 млрд рублей.\n\n"
                     "Выручка подразделения облачных сервисов во втором квартале составила 6,1 млрд рублей, "
                     "выручка сегмента розничных продаж – 3,3 млрд рублей.")
    whole, cloud, retail = (figure(extraction, printed).metric
                            for printed in ("10,2 млрд рублей", "6,1 млрд рублей", "3,3 млрд рублей"))
    assert extraction.parts == {whole: [cloud, retail, f"{whole}-other-segments"]}


def test_the_whole_may_name_its_company_and_two_wholes_name_none() -> None:
    extraction = run("Acme's revenue was $9.1 billion in 2024.\n\nCloud Division revenue rose to $4.2 billion in 2024.")
    whole = figure(extraction, "$9.1 billion").metric
    assert extraction.parts == {whole: [figure(extraction, "$4.2 billion").metric, f"{whole}-other-segments"]}
    assert run("Acme's revenue was $9.1 billion in 2024. Beta's revenue was $5.1 billion in 2024.\n\n"
               "Cloud Division revenue rose to $4.2 billion in 2024.").parts == {}


def test_the_groups_revenue_is_the_whole_company_and_a_named_group_a_segment() -> None:
    assert run("The group's revenue rose to £5.2 billion in 2024.\n\nRevenue was £5.1 billion in 2024.").parts == {}
    assert run("Revenue was £5.1 billion in 2024.\n\nRetail Group revenue rose to £2.2 billion in 2024.").parts != {}


def test_a_complement_is_another_measure_not_a_segment() -> None:
    assert run("Exports reached $5 billion in 2024. Exports of grain were $2 billion in 2024.").parts == {}
    assert run("Экспорт в 2024 году достиг $5 млрд. Экспорт зерна в 2024 году составил $2 млрд.").parts == {}


# -- the period a text is about, and the periods it only compares with -------------------------------------


@pytest.mark.parametrize(("text", "compared"), [
    ("sales were 5 per cent down on 2019", True),
    ("higher than in 2022", True),
    ("compared with 2019", True),
    ("down by 24.6 per cent on October 2020", True),
    ("по сравнению с январём 2019 года", True),
    ("меньше, чем в 2022 году", True),
    ("против 2021 года", True),
    ("sales in 2019", False),
    ("продажи в 2019 году", False),
])
def test_a_period_after_a_word_of_comparison_is_what_a_figure_is_compared_with(text: str, compared: bool) -> None:
    (mention,) = find_periods(text, date(2025, 10, 20))
    assert mention.compared is compared
    assert (PeriodIndex(text, date(2025, 10, 20)).last_dated_before(len(text)) is None) is compared


def test_a_compared_period_is_not_carried_to_the_next_paragraph() -> None:
    extraction = run("Sales rose to 150,000 units in March.\n\nThat is 20,000 units down on 2019's 170,000.\n\n"
                     "Exports were 40,000 units.")
    baseline = figure(extraction, "170,000")
    assert (baseline.period, baseline.starts_change, baseline.kind) == ("2019", True, "actual")
    change = figure(extraction, "-20,000 units")
    assert (change.period, change.since) == ("2025-03", "2019")
    assert figure(extraction, "40,000 units").period == "2025-03"


def test_the_period_of_a_forecast_is_not_the_period_the_text_goes_on_about() -> None:
    extraction = run("Revenue in the second quarter was $12.4 billion.\n\n"
                     "The company expects third-quarter revenue of $12.8 billion. Its margin was 21%.")
    assert figure(extraction, "$12.8 billion").period == "2025-Q3"
    assert figure(extraction, "21%").period == "2025-Q2"
    # published in April: the third quarter expected is this year's, and still not the text's period
    april = run("Revenue in the first quarter was $12.4 billion.\n\n"
                "The company expects third-quarter revenue of $12.8 billion. Its margin was 21%.",
                published=date(2025, 4, 5))
    assert (figure(april, "$12.8 billion").period, figure(april, "21%").period) == ("2025-Q3", "2025-Q1")
    russian = run("Выручка во втором квартале составила 12,4 млрд рублей.\n\n"
                  "Компания ожидает выручку в третьем квартале в 12,8 млрд рублей. Рентабельность составила 21%.")
    assert figure(russian, "21%").period == "2025-Q2"


def test_each_change_is_measured_from_the_comparison_after_it() -> None:
    extraction = run("Sales would finish 2025 some 30,000 units up on 2024, but some 400,000 units down on 2019.")
    assert [f.since for f in extraction.figures if f.found.form == "change"] == ["2024", "2019"]
    russian = run("Продажи выросли на 5% по сравнению с 2024 годом и на 10% по сравнению с 2023 годом.")
    assert [f.since for f in russian.figures] == ["2024", "2023"]


# -- a figure equal to that of another period ---------------------------------------------------------------


def twins(extraction: Extraction, printed: str) -> list[tuple[str | None, str]]:
    return [(f.period, f.metric) for f in extraction.figures if f.found.claim_text == printed]


def test_a_figure_that_equals_a_named_months_holds_for_both_months(tmp_path: Path) -> None:
    text = "In October, electric cars equalled their September market share of 15.2 per cent."
    ((own, metric), (named, same)) = twins(run(text), "15.2 per cent")
    assert (own, named, same) == ("2025-10", "2025-09", metric)
    conflicts = [f for f in findings(tmp_path, text) if f.rule == "period-conflict"]
    assert [(f.severity.value, sorted(c.period for c in f.claims)) for f in conflicts] == [
        ("info", ["2025-09", "2025-10"])]


def test_a_named_month_is_the_last_one_before_the_figures_own() -> None:
    assert [p for p, _ in twins(run("In February 2025 inflation matched the December rate of 3.1%."), "3.1%")] == [
        "2025-02", "2024-12"]


def test_russian_equal_figures_of_a_month_and_of_last_year() -> None:
    month = run("В октябре доля электромобилей повторила сентябрьский показатель в 15,2%.")
    assert [p for p, _ in twins(month, "15,2%")] == ["2025-10", "2025-09"]
    year = run("Инфляция в марте сравнялась с уровнем прошлого года – 7,5%.")
    assert [p for p, _ in twins(year, "7,5%")] == ["2025-03", "2024-03"]


def test_a_level_equal_to_last_years_holds_for_its_own_period_and_a_year_earlier() -> None:
    assert [p for p, _ in twins(run("In March 2025 inflation equalled last year's 3.1%."), "3.1%")] == [
        "2025-03", "2024-03"]


def test_a_level_equal_to_the_previous_quarters_holds_for_both_quarters() -> None:
    assert [p for p, _ in twins(run("In the first quarter of 2025 the margin matched last quarter's 21%."), "21%")] == [
        "2025-Q1", "2024-Q4"]
    assert [p for p, _ in twins(run("В первом квартале 2025 года рентабельность повторила показатель прошлого "
                                    "квартала – 21%."), "21%")] == ["2025-Q1", "2024-Q4"]


def test_the_same_written_after_the_figure_names_the_other_period() -> None:
    assert [p for p, _ in twins(run("In March inflation slowed to 5%, equal to February's rate."), "5%")] == [
        "2025-03", "2025-02"]
    assert [p for p, _ in twins(run("В марте инфляция составила 5%, как и в феврале."), "5%")] == [
        "2025-03", "2025-02"]
    # the period after "as in" is the other one's, never the figure's own
    assert [p for p, _ in twins(run("Inflation rose to 6% in March.\n\nThe core rate was 5%, as in February."),
                                "5%")] == ["2025-03", "2025-02"]


def test_a_flow_said_to_equal_another_periods_is_one_claim() -> None:
    extraction = run("In March 2025 car registrations equalled last year's 150,000 units.")
    assert extraction.metrics[figure(extraction, "150,000 units").metric][2]  # a flow
    assert len(twins(extraction, "150,000 units")) == 1


def test_an_equal_figure_with_no_other_period_named_is_one_claim() -> None:
    assert len(twins(run("In October sales equalled 15,000 units."), "15,000 units")) == 1
    assert len(twins(run("В октябре продажи сравнялись с импортом – 15 тыс. автомобилей."),
                     "15 тыс. автомобилей")) == 1


# -- shares of a market or a named whole --------------------------------------------------------------------


def whole_of(text: str, printed: str) -> tuple[str | None, str]:
    """The whole a figure is a share of (its metric's name) and the metric of the part."""
    extraction = run(text)
    found = figure(extraction, printed)
    return (extraction.metrics[found.share_of][0] if found.share_of else None), found.metric


def test_the_owner_of_a_market_share_is_the_part_not_the_market() -> None:
    assert whole_of("Electric cars took a market share of 15.2% in 2024.", "15.2%")[1] == "electric-cars"
    assert whole_of("In 2024 the market share of Tesla rose to 8%.", "8%")[0] == "Market"


# -- the name of a metric ----------------------------------------------------------------------------------


def test_a_metric_is_named_with_what_it_governs() -> None:
    text = "Sales of trucks fell 12% in 2023, while sales of buses rose 4%."
    extraction = extract(ArticleText(Path("article.txt"), text), published=date(2024, 2, 1))
    assert [figure.metric_name for figure in extraction.figures] == ["Sales of trucks", "Sales of buses"]
