"""A sentence of many figures is read around each figure within a bounded window, counted in characters, not timed."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from factcheck.article import ArticleText
from factcheck.extract import draft


def _sentences_read(monkeypatch: pytest.MonkeyPatch, figures: int) -> list[tuple[int, int]]:
    read: list[tuple[int, int]] = []
    describe = draft._describe

    def recorded(extraction: Any, figure: Any, sentence: tuple[int, int], *rest: Any) -> Any:
        read.append(sentence)
        return describe(extraction, figure, sentence, *rest)

    monkeypatch.setattr(draft, "_describe", recorded)
    text = "Revenue was " + ", ".join(["5%"] * figures) + " in 2024.\n"
    draft.extract(ArticleText(Path("list.txt"), text), language="en", published=date(2025, 1, 1))
    assert len(read) == figures
    return read


def test_each_figure_reads_a_bounded_stretch_of_a_long_list(monkeypatch: pytest.MonkeyPatch) -> None:
    small = sum(end - start for start, end in _sentences_read(monkeypatch, 100))
    large = sum(end - start for start, end in _sentences_read(monkeypatch, 400))
    # linear work grows by 4 from 100 to 400 figures; reading the whole list around each figure grows by 16
    assert large < 5 * small


def test_a_list_of_news_length_is_read_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    spans = _sentences_read(monkeypatch, draft.FIGURES_REACH)  # the year after them found too
    assert len(set(spans)) == 1  # every figure reads the same, whole sentence
