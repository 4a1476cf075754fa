"""The not-a-figure reader as `verify`'s uncurated-figure uses it, and paragraphs in texts without blank lines."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from factcheck.engine import Settings, run
from factcheck.not_figures import NotFigures, not_figure_spans

CLAIMS = """\
factcheck: 1
article: {title: "Health", outlet: "Daily", published: 2024-03-01, language: en, text: article.txt}
sources:
  office: {name: "Statistics Office", kind: official}
metrics:
  deaths: {name: "Deaths", unit: count, flow: true}
claims:
  - {id: d, metric: deaths, period: "2023", value: "412", said_by: office, quote: "recorded 412 deaths"}
"""


def test_uncurated_figure_skips_what_is_no_figure_and_counts_paragraphs_by_line(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text(
        "The town recorded 412 deaths per 100,000 population on Aug. 9.\n"
        "Over the past 12 months, 57 clinics closed.\n", encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    findings = [f for f in run([tmp_path / "claims.yaml"], Settings()).report.findings
                if f.rule == "uncurated-figure"]
    assert [f.message for f in findings] == [
        "57 in the article (paragraph 2) is not covered by any claim's quote."]


@given(st.text(alphabet="0123456789 ,.-perab/yO:Augmonths\n", max_size=300))
def test_not_figure_spans_lie_inside_the_text_and_never_fail(text: str) -> None:
    spans = not_figure_spans(text)
    assert all(0 <= start <= end <= len(text) for start, end in spans)
    NotFigures(text).excludes(0, len(text), None)
