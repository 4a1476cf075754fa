"""What `verify` finds on the raw drafts of relations `extract` reads between figures (a consensus, segments of a
whole, equal figures of two periods), and the comparison words of the temporal grammar. Every text here is
written for the test, in both languages where the construction exists in both.
One figure's field read from a sentence or two is a case in tests/extract_cases/*.yaml (kind_legacy,
metric_legacy and period_legacy carry the tests that were here), not a test here.
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


def test_an_analysts_consensus_for_a_past_quarter_is_a_stale_target(tmp_path: Path) -> None:
    # its kind, period and metric are a case in kind_legacy.yaml
    text = ("Revenue for the second quarter rose to $2.3 billion. Twelve analysts had a consensus revenue "
            "estimate of $2.1 billion for the second quarter.")
    stale = [f for f in findings(tmp_path, text) if f.rule == "stale-target"]
    assert [c.figure for f in stale for c in f.claims] == ["$2.1 billion"]


# -- segments of a whole ------------------------------------------------------------------------------------

SEGMENTS_EN = ("Revenue for the second quarter rose to $10.2 {scale}.\n\n"
               "Cloud Group revenue for the second quarter reached $6.1 billion.\n\n"
               "Revenue from the Devices Division for the second quarter was $3.3 billion.")


def test_the_rest_of_the_segments_is_a_metric_the_draft_asks_to_check(tmp_path: Path) -> None:
    # the parts and the segments' names are cases in metric_legacy.yaml
    extraction = run(SEGMENTS_EN.format(scale="billion"))
    whole = figure(extraction, "$10.2 billion").metric
    assert extraction.metrics[f"{whole}-other-segments"][1] == "USD"
    draft = render_claims_file(extraction, "article.txt", date(2025, 10, 20))
    assert "# check: name, unit, flow; parts: the segments the article names" in draft
    # the segments need not add up to the whole: the rest is not printed
    assert "formula-mismatch" not in rules_of(findings(tmp_path, SEGMENTS_EN.format(scale="billion")))


def test_segments_that_exceed_the_whole_are_reported(tmp_path: Path) -> None:
    found = [f for f in findings(tmp_path, SEGMENTS_EN.format(scale="million")) if f.rule == "formula-mismatch"]
    assert [sorted(c.figure for c in f.claims) for f in found] == [["$10.2 million", "$3.3 billion", "$6.1 billion"]]


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


# -- a figure equal to that of another period ---------------------------------------------------------------


def test_a_figure_that_equals_a_named_months_is_an_info_period_conflict(tmp_path: Path) -> None:
    # its two claims, one for each month, are a case in period_legacy.yaml
    text = "In October, electric cars equalled their September market share of 15.2 per cent."
    conflicts = [f for f in findings(tmp_path, text) if f.rule == "period-conflict"]
    assert [(f.severity.value, sorted(c.period for c in f.claims)) for f in conflicts] == [
        ("info", ["2025-09", "2025-10"])]
