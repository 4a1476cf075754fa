"""The running-text scanner does linear work per figure, counted in comparisons rather than timed."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from factcheck import figures
from factcheck.figures import find_figures


class _Counted(int):
    """A text position that counts every comparison made with it."""

    comparisons = 0

    def _count(self, other: object) -> None:
        _Counted.comparisons += 1

    def __lt__(self, other: object) -> bool:
        self._count(other)
        return int(self) < other  # type: ignore[operator]

    def __le__(self, other: object) -> bool:
        self._count(other)
        return int(self) <= other  # type: ignore[operator]

    def __gt__(self, other: object) -> bool:
        self._count(other)
        return int(self) > other  # type: ignore[operator]

    def __ge__(self, other: object) -> bool:
        self._count(other)
        return int(self) >= other  # type: ignore[operator]

    __hash__ = int.__hash__


class _CountedMatch:
    def __init__(self, match: re.Match[str]) -> None:
        self._match = match

    def span(self) -> tuple[int, int]:
        low, high = self._match.span()
        return _Counted(low), _Counted(high)


class _CountedRegions:
    """The scanner's skipped-region pattern, with spans whose comparisons are counted."""

    def __init__(self, pattern: object) -> None:
        self._pattern = pattern

    def finditer(self, text: str) -> Iterator[_CountedMatch]:
        for match in self._pattern.finditer(text):  # type: ignore[attr-defined]
            yield _CountedMatch(match)


def _comparisons(blocks: int) -> int:
    # every block: a URL (a skipped region) and a figure after it, so each candidate is checked against them
    text = "".join(f"see https://example.org/{index} for 5% more; " for index in range(blocks))
    _Counted.comparisons = 0
    found = find_figures(text, "en")
    assert [figure.text for figure in found] == ["5%"] * blocks
    return _Counted.comparisons


def test_skipped_regions_cost_log_work_per_candidate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(figures, "_SKIPPED_REGIONS", _CountedRegions(figures._SKIPPED_REGIONS))
    small, large = _comparisons(200), _comparisons(800)
    # n log n grows by about 4.9 from 200 to 800 blocks; checking every region per candidate grows by 16
    assert large < 7 * small
    assert large < 200 * 800  # a few candidates per block, each a binary search of 800 regions
