"""What `verify` finds on the raw drafts of changes `extract` reads, and properties of the form-and-sign reader.

How one figure of a sentence is read (gapped clauses, amounts in brackets, comparatives, "Это на 5%") is a case in
tests/extract_cases/form_legacy.yaml and its neighbours; what stays here is what a case cannot say: the findings
of a whole draft, hypothesis properties, and every dictionary form of the Russian verbs of change.
Every text here is written for the test; each rule is one of the language, in Russian and in English.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factcheck import lexicon
from factcheck.article import ArticleText
from factcheck.claims_writer import render_claims_file
from factcheck.engine import verify
from factcheck.extract import ExtractedFigure, extract
from factcheck.extract.readers.form import russian_verb_direction


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


# -- what verify reports on the raw draft ----------------------------------------------------------------------


def test_a_percentage_and_its_amount_that_disagree_are_a_change_conflict(tmp_path: Path) -> None:
    text = ("В мае 2024 года добыча газа составила 2,1 млн баррелей в сутки. Это на 1,5% (10 тыс. баррелей в "
            "сутки) выше показателей апреля.")
    assert any(rule == "change-conflict" for rule, _ in findings_of(text, tmp_path))
    consistent = text.replace("10 тыс.", "31 тыс.")
    assert not any(rule == "change-conflict" for rule, _ in findings_of(consistent, tmp_path))


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
    "text",
    [
        "Уровень безработицы в 2024 году составил 2,5%, что на 0,7 процентного пункта ниже, чем в 2023 году.",
        "Unemployment in 2024 was 2.5%, 0.7 percentage points lower than in 2023.",
    ],
)
def test_a_change_in_points_signed_by_its_comparative_gives_no_finding(text: str, tmp_path: Path) -> None:
    assert not [rule for rule, _ in findings_of(text, tmp_path) if rule not in ("unsourced", "uncurated-figure")]


def test_an_impossible_gapped_fall_is_reported(tmp_path: Path) -> None:
    text = "В 2024 году продажи тракторов снизились на 15% (3 200 шт.), комбайнов - на 150% (1 100 шт.)."
    assert ("impossible-figure", "-150%") in findings_of(text, tmp_path)


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
