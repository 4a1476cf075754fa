"""The rules of language `extract` reads by that a reader case cannot state: the English lemmatiser, the
publication date a dateline gives, and a share as the loader reads it from a draft.

Every text here is written for the test. Subjects and metrics, speakers and sources and what is no figure, read
from a sentence or two, are cases in tests/extract_cases/*_legacy.yaml, not tests here.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from factcheck.article import ArticleText
from factcheck.extract import Extraction, extract
from factcheck.extract.not_figures import publication_date
from factcheck.extract.words import english_lemma


def run(text: str, published: date | None = date(2025, 10, 20)) -> Extraction:
    return extract(ArticleText(Path("article.txt"), text), published=published, outlet="Outlet")


# -- the lemmatiser ------------------------------------------------------------------------------------------------


def test_english_plurals_fold_to_the_singular() -> None:
    assert [english_lemma(w) for w in ("exports", "companies", "sales", "taxes", "gas")] == [
        "export", "company", "sale", "tax", "gas"]


# -- the dateline --------------------------------------------------------------------------------------------


def test_a_dateline_is_no_figure_and_gives_the_publication_date() -> None:
    extraction = run("Nov 12, 2021 (Reuters) - Exports in 2021 rose to $5 billion.", published=None)
    assert extraction.published == date(2021, 11, 12) and not extraction.published_guessed
    assert [f.found.text for f in extraction.figures] == ["$5 billion"]
    assert publication_date("Москва, 2 октября 2025 года. Продажи выросли.") == date(2025, 10, 2)


# -- a share in a draft --------------------------------------------------------------------------------


def test_a_share_loads_as_a_share(tmp_path: Path) -> None:
    from factcheck.claims_writer import render_claims_file
    from factcheck.loader import load_claims_text

    text = "In 2017 Italy's public debt was 131.8% of GDP."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    extraction = extract(ArticleText(tmp_path / "a.txt", text), published=date(2018, 4, 23), outlet="Outlet")
    (claim,) = load_claims_text(tmp_path / "c.yaml", render_claims_file(extraction, "a.txt", date(2018, 4, 23))).claims
    assert claim.form == "share"
