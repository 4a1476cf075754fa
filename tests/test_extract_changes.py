"""How `extract` reads a change from the words around it: gapped clauses, comparatives, brackets, "Это на 5%".

Every text here is written for the test; each rule is one of the language, in Russian and in English.
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from pathlib import Path

import pytest

from factcheck import lexicon
from factcheck.article import ArticleText
from factcheck.claims_writer import figure_checks, render_claims_file
from factcheck.engine import verify
from factcheck.extract import ExtractedFigure, extract
from factcheck.extract.readers.form import russian_verb_direction
from factcheck.quantities import Ratio


def figures(text: str, published: date = date(2025, 10, 20)) -> list[ExtractedFigure]:
    return extract(ArticleText(Path("article.txt"), text), published=published, outlet="Outlet").figures


def findings_of(text: str, tmp_path: Path, published: date = date(2025, 10, 20)) -> list[tuple[str, str]]:
    """The rules `verify` reports on the raw draft of a text, with the figures each names."""
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    extraction = extract(ArticleText.read(article), published=published, outlet="Outlet")
    claims = tmp_path / "article.yaml"
    claims.write_text(render_claims_file(extraction, "article.txt", published), encoding="utf-8")
    report = verify([claims])
    return [(finding.rule, " ".join(claim.figure for claim in finding.claims)) for finding in report.findings]


def written(figure: ExtractedFigure) -> tuple[str, str]:
    return figure.found.form, figure.found.claim_text


def falls(figure: ExtractedFigure) -> bool:
    found = figure.found.figure
    return isinstance(found, Ratio) and found.interval.high is not None and found.interval.high < 1


# -- gapping: a clause with no verb keeps the direction of the first clause of the list ---------------------


def test_gapped_clauses_keep_the_direction_of_the_first_verb_in_russian() -> None:
    wheat, barley, maize = figures("В 2024 году экспорт пшеницы снизился на 12%, ячменя - на 8%, кукурузы на 30%.")
    assert [written(f) for f in (wheat, barley, maize)] == [("change", "-12%"), ("change", "-8%"),
                                                             ("change", "-30%")]
    assert all(falls(f) for f in (wheat, barley, maize))
    assert len({wheat.metric, barley.metric, maize.metric}) == 3  # each clause its own subject


def test_gapped_clauses_keep_the_direction_of_the_first_verb_in_english() -> None:
    exports, imports, re_exports = figures("In 2024 exports fell 5%, imports 3% and re-exports 7%.")
    assert [written(f) for f in (exports, imports, re_exports)] == [("change", "-5%"), ("change", "-3%"),
                                                                     ("change", "-7%")]
    assert (imports.metric, re_exports.metric) == ("imports", "re-exports")
    assert imports.period == re_exports.period == "2024"


def test_a_gapped_increase_stays_an_increase() -> None:
    steel, iron = figures("В 2024 году выпуск стали вырос на 4%, чугуна - на 2%.")
    assert written(iron) == ("change", "+2%")
    assert isinstance(iron.found.figure, Ratio) and iron.found.figure.interval.low == Fraction(1015, 1000)
    assert steel.metric != iron.metric


@pytest.mark.parametrize(
    "text",
    [
        "В 2024 году экспорт снизился на 12%, а импорт вырос на 8%.",  # a contrary word and a verb of its own
        "В 2024 году экспорт снизился на 12%, импорт вырос на 8%.",  # a verb of its own
        "In 2024 exports fell 5%, but imports 3%.",
        "In 2024 exports fell 5%, imports rose 3%.",
        "В 2024 году экспорт снизился на 12%, доля импорта — 30%.",  # no "на": a level, not an elided change
        "In 2024 exports fell by 5%, the share of imports 30%.",
    ],
)
def test_a_contrary_word_a_verb_of_its_own_or_a_missing_preposition_breaks_the_list(text: str) -> None:
    _, second = figures(text)
    assert not second.found.claim_text.startswith("-")
    assert not falls(second)


def test_a_gapped_list_reads_past_the_levels_in_brackets() -> None:
    tractors, _, combines, _ = figures(
        "Продажи тракторов в 2024 году снизились на 15% (3 200 шт.), комбайнов - на 9% (1 100 шт.).")
    assert written(combines) == ("change", "-9%")
    assert combines.metric != tractors.metric


# -- an amount in brackets after a change: its level, or the same change in absolute terms ------------------


@pytest.mark.parametrize(
    "text",
    [
        "Продажи тракторов в 2024 году снизились на 15% (3 200 шт.), комбайнов - на 9% (1 100 шт.).",
        "In 2024 tractor sales fell 15% (3,200 units), combine sales 9% (1,100 units).",
    ],
)
def test_an_amount_in_brackets_after_a_change_is_the_level_of_its_subject(text: str) -> None:
    tractors, tractors_level, combines, combines_level = figures(text)
    assert tractors_level.found.form == combines_level.found.form == "value"
    assert (tractors_level.metric, combines_level.metric) == (tractors.metric, combines.metric)
    assert tractors.metric != combines.metric
    assert tractors_level.period == tractors.period == "2024"
    assert any("in brackets" in check for check in tractors_level.checks)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("В мае 2024 года добыча газа составила 2,1 млн баррелей в сутки. Это на 1,5% (30 тыс. баррелей в сутки) "
         "выше показателей апреля.", "+30 тыс. баррелей в сутки"),
        ("In May 2024 gas output reached 2.1 million barrels per day. That is 1.5% (30,000 barrels per day) above "
         "April's level.", "+30,000 barrels per day"),
        ("In May 2024 gas output reached 2.1 million barrels per day, up 1.5% (30,000 barrels per day) on April.",
         "+30,000 barrels per day"),
    ],
)
def test_an_amount_in_brackets_inside_a_change_is_the_same_change(text: str, amount: str) -> None:
    level, percent, absolute = figures(text)
    assert percent.found.form == "change"
    assert isinstance(percent.found.figure, Ratio) and percent.found.figure.interval.low == Fraction(10145, 10000)
    assert written(absolute) == ("change", amount)
    assert level.metric == percent.metric == absolute.metric
    assert level.period == percent.period == absolute.period == "2024-05"
    assert percent.since == absolute.since == "2024-04"


def test_a_fall_in_brackets_inside_a_change_is_negative() -> None:
    _, percent, absolute = figures("В мае 2024 года добыча газа составила 2,1 млн баррелей в сутки. Это на 1,5% "
                                   "(30 тыс. баррелей в сутки) ниже показателей апреля.")
    assert (percent.found.claim_text, absolute.found.claim_text) == ("-1,5%", "-30 тыс. баррелей в сутки")


def test_a_percentage_and_its_amount_that_disagree_are_a_change_conflict(tmp_path: Path) -> None:
    text = ("В мае 2024 года добыча газа составила 2,1 млн баррелей в сутки. Это на 1,5% (10 тыс. баррелей в "
            "сутки) выше показателей апреля.")
    assert any(rule == "change-conflict" for rule, _ in findings_of(text, tmp_path))
    consistent = text.replace("10 тыс.", "31 тыс.")
    assert not any(rule == "change-conflict" for rule, _ in findings_of(consistent, tmp_path))


# -- a comparative after the change: its sign and its baseline ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "В первом полугодии 2025 года выручка составила 5 млрд рублей, что на 7% меньше показателей первого "
        "полугодия 2024 года.",
        "Revenue in the first half of 2025 was $5 billion, 7% lower than in the first half of 2024.",
    ],
)
def test_a_comparative_gives_the_sign_and_names_the_baseline(text: str) -> None:
    level, change = figures(text)
    assert written(change) == ("change", "-7%")
    assert (change.period, change.since) == ("2025-H1", "2024-H1")
    assert change.metric == level.metric


@pytest.mark.parametrize(
    "text",
    [
        "За второй квартал 2025 года продажи составили 300 тыс. шт., что на 4% больше показателей января-июня "
        "2024 года.",
        "Sales in the second quarter of 2025 were 300,000 units, 4% higher than in January-June 2024.",
    ],
)
def test_a_quarter_compared_with_a_half_year_is_a_period_granularity_warning(text: str, tmp_path: Path) -> None:
    assert ("period-granularity", "+4%") in findings_of(text, tmp_path)


@pytest.mark.parametrize(
    ("text", "points"),
    [
        ("Уровень безработицы в 2024 году составил 2,5%, что на 0,7 процентного пункта ниже, чем в 2023 году.",
         "-0,7 процентного пункта"),
        ("Unemployment in 2024 was 2.5%, 0.7 percentage points lower than in 2023.", "-0.7 percentage points"),
    ],
)
def test_a_change_in_points_takes_its_sign_from_the_comparative(text: str, points: str, tmp_path: Path) -> None:
    level, change = figures(text)
    assert written(change) == ("change", points)
    assert (change.metric, change.period, change.since) == (level.metric, "2024", "2023")
    assert not [rule for rule, _ in findings_of(text, tmp_path) if rule not in ("unsourced", "uncurated-figure")]


def test_a_month_without_its_year_is_the_last_one_before_the_period() -> None:
    _, change = figures("В январе 2025 года добыча составила 2 млн баррелей в сутки. Это на 1% выше показателей "
                        "декабря.")
    assert change.since == "2024-12"
    assert any(check.startswith("since: the year is not printed") for check in figure_checks(change))


def test_a_russian_comparative_signs_the_change_even_without_a_baseline() -> None:
    (change,) = figures("В 2024 году цены на бензин оказались на 3% ниже.")
    assert written(change) == ("change", "-3%")


def test_an_english_percentage_with_a_comparative_but_no_baseline_is_a_change_with_its_sign() -> None:
    # issue 18: "0.3% points lower" lost its form; a percentage before a comparative is a difference, a change
    (figure,) = figures("In 2024 petrol prices were 3% lower.")
    assert written(figure) == ("change", "-3%")


# -- "Это на 5%": a change of the previous sentence's figure -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "В марте 2024 года выпуск цемента составил 4,2 млн тонн. Это на 6% больше, чем в феврале 2024 года.",
        "In March 2024 cement output was 4.2 million tonnes. That was 6% more than in February 2024.",
    ],
)
def test_a_sentence_opening_with_a_pronoun_changes_the_previous_figure(text: str) -> None:
    level, change = figures(text)
    assert written(change) == ("change", "+6%")
    assert (change.metric, change.period, change.since) == (level.metric, "2024-03", "2024-02")


@pytest.mark.parametrize(
    "text",
    [
        "В марте 2024 года выпуск цемента составил 4,2 млн тонн. Это на 6% меньше, чем годом ранее.",
        "In March 2024 cement output was 4.2 million tonnes. That's 6% less than a year earlier.",
    ],
)
def test_a_change_on_the_same_period_a_year_earlier(text: str) -> None:
    level, change = figures(text)
    assert written(change) == ("change", "-6%")
    assert (change.metric, change.period, change.since) == (level.metric, "2024-03", "P1Y")


@pytest.mark.parametrize(
    "text",
    [
        "В марте 2024 года выпуск цемента составил 4,2 млн тонн. Экспорт вырос на 6%.",
        "В марте 2024 года выпуск цемента составил 4,2 млн тонн.\n\nЭто на 6% больше, чем в феврале 2024 года.",
        "In March 2024 cement output was 4.2 million tonnes. Exports rose 6%.",
    ],
)
def test_a_change_is_not_about_the_previous_figure_unless_its_sentence_opens_with_a_pronoun(text: str) -> None:
    level, change = figures(text)
    assert change.metric != level.metric


# -- a change with no period says so, and no figure after it borrows the guess ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Продажи тракторов снизились на 15% (3 200 шт.), комбайнов - на 9% (1 100 шт.). В третьем квартале 2025 "
        "года продажи сеялок выросли на 4%.",
        "Tractor sales fell 15% (3,200 units), combine sales 9% (1,100 units). In the third quarter of 2025 seeder "
        "sales rose 4%.",
    ],
)
def test_a_guessed_period_is_never_passed_on_as_found(text: str) -> None:
    *undated, seeders = figures(text)
    assert len(undated) == 4
    assert len({figure.period for figure in undated}) == 1  # the level in brackets is of its change's period
    for figure in undated:  # each says its period is not printed before it, none that it was
        assert any(check.startswith(("period: not found", "period: none before the figure"))
                   for check in figure_checks(figure)), figure_checks(figure)
        assert not any("earlier sentence" in check for check in figure_checks(figure)), figure_checks(figure)
    assert seeders.period == "2025-Q3"


def test_an_impossible_gapped_fall_is_reported(tmp_path: Path) -> None:
    text = "В 2024 году продажи тракторов снизились на 15% (3 200 шт.), комбайнов - на 150% (1 100 шт.)."
    assert ("impossible-figure", "-150%") in findings_of(text, tmp_path)


# -- "согласно которым": a relative pronoun names no source and hides no subject ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "В министерстве сослались на данные агентства, согласно которым в 2024 году продажи тракторов снизились "
        "на 15%.",
        "The ministry cited agency data according to which tractor sales fell 15% in 2024.",
    ],
)
def test_a_relative_pronoun_after_according_to_is_no_source(text: str) -> None:
    (change,) = figures(text)
    cited = change.cites.name.casefold() if change.cites is not None else ""
    assert "котор" not in cited and "which" not in cited
    assert not change.metric.startswith("figure-at-line")


@pytest.mark.parametrize(("text", "change", "since"), [
    ("In 2024 the port handled 174,960 tonnes less than in 2023.", "-174,960 tonnes", "2023"),
    ("В 2024 году урожай был на 1,4 млн тонн больше, чем в 2023 году.", "+1,4 млн тонн", "2023"),
    ("In 2024 output was down 750,000 bpd from 2023.", "-750,000 bpd", "2023"),
    ("In 2024 sales were 95% up on 2023.", "+95%", "2023"),
    ("Registrations in 2024 were 650,000 units down on 2019.", "-650,000 units", "2019"),
])
def test_a_figure_with_a_direction_and_its_baseline_after_it_is_a_change(text: str, change: str, since: str) -> None:
    (figure,) = figures(text)
    assert written(figure) == ("change", change)
    assert figure.since == since


@pytest.mark.parametrize(("text", "change"), [
    ("Revenue in 2024 fell $3 billion to $10 billion.", "-$3 billion"),
    ("In 2024 exports increased GBP 4.2 billion.", "+GBP 4.2 billion"),
    ("In 2024 output was down 750,000 bpd.", "-750,000 bpd"),
])
def test_an_amount_right_after_a_verb_of_change_is_the_change(text: str, change: str) -> None:
    assert written(figures(text)[0]) == ("change", change)


@pytest.mark.parametrize("text", ["Revenue in 2024 rose to $10 billion.", "In 2024 exports were $4.2 billion.",
                                  "The company, up for sale, earned $3 billion in 2024.",
                                  "In 2024 sales were 95% of the 2023 level."])
def test_a_level_stays_a_level(text: str) -> None:
    assert [f.found.form for f in figures(text)] == ["value"]


@pytest.mark.parametrize(("text", "change"), [
    ("In 2024 the firm increased earnings by $3 billion.", "+$3 billion"),
    ("In 2024 the firm cut costs by $2 billion.", "-$2 billion"),
    ("В 2024 году компания сократила расходы на 2 млрд рублей.", "-2 млрд рублей"),
])
def test_an_amount_after_a_verb_its_object_and_by_is_the_change(text: str, change: str) -> None:
    assert written(figures(text)[0]) == ("change", change)


@pytest.mark.parametrize("text", ["В 2024 году экспорт снизился на 12%, а импорт - на 8%.",
                                  "В 2024 году экспорт снизился на 12%, а импорт — лишь на 8%."])
def test_a_dash_after_a_contrary_word_stands_for_the_same_verb(text: str) -> None:
    assert [f.found.claim_text for f in figures(text)] == ["-12%", "-8%"]


# -- the form and sign reader: properties over many figures -------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from factcheck.figures import SignCue, find_figures  # noqa: E402
from factcheck.quantities import Amount  # noqa: E402


@settings(max_examples=60, deadline=None)
@given(st.integers(1_000, 900_000), st.integers(1, 900_000), st.sampled_from(["rose", "fell", "climbed", "slid"]))
def test_from_x_to_y_after_a_verb_of_change_is_a_start_and_an_end(start: int, step: int, verb: str) -> None:
    end = start + step
    found = find_figures(f"Freight at the depot {verb} from {start:,} to {end:,} in 2024.", "en")
    assert [f.form for f in found] == ["value", "value"]
    assert [f.figure.interval.midpoint for f in found if isinstance(f.figure, Amount)] == [start, end]


@settings(max_examples=60, deadline=None)
@given(st.integers(1990, 2030), st.integers(10_000, 900_000))
def test_a_year_is_never_one_end_of_a_range(year: int, amount: int) -> None:
    found = find_figures(f"Cargo grew 12% in {year} to {amount:,} tonnes.", "en")
    assert [f.text for f in found] == ["12%", f"{amount:,} tonnes"]


@settings(max_examples=60, deadline=None)
@given(st.integers(2, 90_000), st.sampled_from([("fewer", -1), ("more", 1)]))
def test_an_amount_before_fewer_or_more_is_a_change_with_that_sign(amount: int, word_sign: tuple[str, int]) -> None:
    word, sign = word_sign
    (figure,) = figures(f"Clinics recorded {amount:,} {word} births in 2024 than in 2023.")
    assert figure.found.form == "change"
    assert figure.found.evidence is not None and figure.found.evidence.cue is SignCue.COMPARATIVE
    found = figure.found.figure
    assert isinstance(found, Amount) and found.interval.midpoint == sign * amount


def test_a_verb_of_change_before_a_bare_count_signs_it_and_says_so() -> None:
    (figure,) = figures("Payrolls in the region slipped by 12,000 in February 2025.")
    assert written(figure) == ("change", "-12,000")
    assert figure.found.evidence is not None and figure.found.evidence.cue is SignCue.VERB
    assert figure.found.evidence.direction == -1


def test_a_draft_of_the_new_forms_loads_with_no_finding_but_unsourced(tmp_path: Path) -> None:
    text = ("В 2024 году в области зафиксировано 5-процентное падение продаж молока.\n\n"
            "Миграционный прирост в районе в 2024 году составил минус 420 человек.\n\n"
            "Соотношение зарплат в 2024 году составило 1,3 раза.\n\n"
            "В 2024 году станция выработала 310 млн кВт∙ч электроэнергии.\n")
    # every claim loads; the only findings are that the outlet cites nobody
    assert {rule for rule, _ in findings_of(text, tmp_path, published=date(2025, 1, 20))} == {"unsourced"}
    english = ("Payrolls in the region fell by 12,000 in February 2025.\n\n"
               "Copper gained $310, or 4.1 percent, in May 2024.\n\n"
               "Bakers reported a 7-percent rise in flour costs in 2024.\n")
    assert {rule for rule, _ in findings_of(english, tmp_path, published=date(2025, 3, 20))} == {"unsourced"}


# -- Russian verbs of change by lemma: every form pymorphy3 knows reads with the lemma's direction -------------


def _dictionary_forms(lemmas: frozenset[str]) -> list[tuple[str, str]]:
    """Every form the dictionary knows of each lemma and of its reflexive verb: tenses, participles, gerunds."""
    from factcheck.extract.words import russian_parse

    forms: list[tuple[str, str]] = []
    for lemma in sorted(lemmas):
        for infinitive in (lemma, lemma + "ся"):
            parsed = russian_parse(infinitive)
            if parsed.tag.POS == "INFN" and parsed.normal_form == infinitive and parsed.is_known:
                forms.extend((lemma, form.word) for form in parsed.lexeme)
    return forms


@pytest.mark.parametrize(("lemmas", "direction"), [(lexicon.RU_CHANGE_VERB_LEMMAS_DOWN, -1),
                                                   (lexicon.RU_CHANGE_VERB_LEMMAS_UP, 1)])
def test_every_form_of_a_russian_verb_of_change_reads_with_its_direction(lemmas: frozenset[str],
                                                                         direction: int) -> None:
    forms = _dictionary_forms(lemmas)
    assert len(forms) > 20 * len(lemmas)  # tenses, persons, genders, participles and gerunds of each
    assert [(lemma, form) for lemma, form in forms if russian_verb_direction(form) != direction] == []


def test_verbs_outside_the_classes_of_change_have_no_direction() -> None:
    words = ("составит", "достигла", "добавил", "расширит", "рост", "снижение", "сообщил", "экспорт")
    assert [word for word in words if russian_verb_direction(word)] == []
