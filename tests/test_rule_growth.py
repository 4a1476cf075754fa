"""The relation rules cost the claims of one metric, not their pairs: counted comparisons, never timings.

One metric, ten years, each year stated many times over (values, changes, bounds, as an archive of many
articles would hold them): the comparisons of intervals the rules make must grow with the claims (and the
findings, here none), not with the claims squared. Before the rules looked ends and bounds up by interval,
four times the claims made fifteen times the comparisons (6,140 and 91,760); now 18 and 18.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.engine import check_file, select_rules
from factcheck.intervals import Interval
from factcheck.loader import load_claims_text
from factcheck.reporters.json_report import indented
from tests.conftest import claims_yaml

YEARLY = {2014 + offset: 500 + 40 * offset for offset in range(10)}  # $ млн, a steady rise


def _claims(per_year: int) -> str:
    """`per_year` statements of each year: its value, its growth from the year before, a lower bound."""
    lines = []
    for year, value in YEARLY.items():
        for copy in range(per_year):
            number = f"{year}-{copy}"
            lines.append(f'- {{id: v{number}, metric: trade, period: "{year}", value: "${value} млн", said_by: baq}}')
            if year - 1 in YEARLY:
                growth = (value / YEARLY[year - 1] - 1) * 100
                lines.append(f'- {{id: g{number}, metric: trade, period: "{year}", change: "+{growth:.1f}%", '
                             f'since: "{year - 1}", said_by: stat}}')
            lines.append(f'- {{id: b{number}, metric: trade, period: "{year}", bound: "> ${value - 100} млн", '
                         f'said_by: baq}}')
    return "\n".join(lines)


def _comparisons(per_year: int, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int]:
    """The claims of the file and the interval comparisons every rule made on it; no finding expected."""
    claims_file = load_claims_text(Path("growth.yaml"), claims_yaml(_claims(per_year)))
    count = 0
    overlaps = Interval.overlaps

    def counted(self: Interval, other: Interval) -> bool:
        nonlocal count
        count += 1
        return overlaps(self, other)

    monkeypatch.setattr(Interval, "overlaps", counted)
    findings, _ = check_file(claims_file, None, [r for r in select_rules() if not r.needs_text])
    monkeypatch.setattr(Interval, "overlaps", overlaps)
    relation = [f for f in findings if f.rule not in ("unsourced", "future-actual")]
    assert relation == [], [f.message for f in relation]
    return len(claims_file.claims), count


def test_comparisons_grow_with_the_claims_of_one_metric(monkeypatch: pytest.MonkeyPatch) -> None:
    small_claims, small = _comparisons(10, monkeypatch)
    large_claims, large = _comparisons(40, monkeypatch)
    assert large_claims == 4 * small_claims
    # linear would be 4x; the pairwise scans made 15x
    assert large <= 5 * small, (small, large)


def _json_values() -> st.SearchStrategy[object]:
    leaves = st.none() | st.booleans() | st.integers() | st.floats() | st.text()
    return st.recursive(
        leaves, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
        max_leaves=20)


@given(_json_values())
def test_json_is_written_as_the_standard_library_indents_it(document: object) -> None:
    assert indented(document) == json.dumps(document, ensure_ascii=False, indent=2)


def _unusual() -> Iterator[object]:
    yield {1: "a key that is a number"}
    yield {"set": {1}}


@pytest.mark.parametrize("document", list(_unusual()))
def test_json_leaves_unusual_values_to_the_standard_library(document: object) -> None:
    try:
        expected = json.dumps(document, ensure_ascii=False, indent=2)
    except TypeError:
        with pytest.raises(TypeError):
            indented(document)
        return
    assert indented(document) == expected
