"""The period reader's steps after the period read: the year so far, then the guess, moved off its baseline.

A change with no period read whose guess falls on its own baseline is of the year after it, up to the publication
year, and that year is not then cut to the year so far; a change tied to a figure whose period was guessed shares
the guess and moves off its baseline the same way.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from factcheck.article import ArticleText
from factcheck.extract import extract

PUBLISHED = date(2025, 10, 20)


def _periods(tmp_path: Path, text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    article = tmp_path / "article.txt"
    article.write_text(text + "\n", encoding="utf-8")
    drafted = extract(ArticleText.read(article), language=language, published=PUBLISHED, outlet="Outlet")
    return [(figure.found.text, figure.period, figure.since) for figure in drafted.figures]


def test_a_guessed_change_on_its_baseline_is_of_the_year_after(tmp_path: Path) -> None:
    # no period read: the guess (the year before publication) is the baseline's year, so the change is 2025's
    assert _periods(tmp_path, "Exports rose 5% compared with 2024.", "en") == [("5%", "2025", "2024")]


def test_the_year_after_the_baseline_is_not_cut_to_the_year_so_far(tmp_path: Path) -> None:
    # an actual "in 2025" is January to September; a change moved off its 2024 baseline stays 2025
    assert _periods(tmp_path, "Exports rose 5% in 2025.", "en") == [("5%", "2025-01/2025-09", "P1Y")]
    assert _periods(tmp_path, "Продажи тракторов выросли на 5% по сравнению с 2024 годом.", "ru") == [
        ("на 5%", "2025", "2024")]


def test_a_tied_change_moves_its_shared_guess_off_its_baseline(tmp_path: Path) -> None:
    # "Это на 5%" shares the period guessed for the figure before it, 2024, its own baseline: 2025
    assert _periods(tmp_path, "Экспорт составил 5 млрд долларов. Это на 5% больше, чем в 2024 году.", "ru") == [
        ("5 млрд долларов", "2024", None), ("+5%", "2025", "2024")]
