"""The not-a-figure reader as `verify`'s uncurated-figure uses it, and paragraphs in texts without blank lines."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from factcheck.engine import Settings, run
from factcheck.not_figures import NotFigures, misprints, not_figure_spans

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


@given(st.integers(min_value=0, max_value=10**15), st.sampled_from(["en", "ru"]))
def test_a_number_grouped_in_threes_is_never_a_misprint(number: int, language: str) -> None:
    assert misprints(f"It cost {number:,} dollars.", language) == []


@given(st.text(alphabet="0123456789 ,.", max_size=200), st.sampled_from(["en", "ru"]))
def test_misprints_lie_inside_the_text_and_hold_a_badly_grouped_number(text: str, language: str) -> None:
    for start, end, why in misprints(text, language):
        groups = text[start:end].split(",")
        assert len(groups) > 1 and any(len(group) != 3 for group in groups[1:]) and why


def test_misprints_need_two_commas_except_in_english() -> None:
    assert [text for text in ("12,404,5531", "700,0000", "3,1415") if misprints(text, "ru")] == ["12,404,5531"]
    assert [text for text in ("12,404,5531", "700,0000", "12,5") if misprints(text, "en")] == [
        "12,404,5531", "700,0000"]


def test_a_draft_says_why_a_misprint_has_no_claim(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from factcheck.cli import app

    article = tmp_path / "article.txt"
    article.write_text("Exports reached $4.2 billion in 2024.\n\nThe company earned 12,404,5531 dollars in 2024.\n",
                       encoding="utf-8")
    draft = tmp_path / "draft.yaml"
    result = CliRunner().invoke(app, ["extract", str(article), "-o", str(draft), "--published", "2025-02-01",
                                      "--language", "en"])
    assert result.exit_code == 0, result.output
    text = draft.read_text(encoding="utf-8")
    assert "12,404,5531" not in text.split("# no claim:")[0]  # no claim carries it
    assert ("  # no claim: 12,404,5531 (paragraph 2, line 3, column 20) is a misprint: a comma groups thousands in "
            "three digits, not 4; add its claim with the figure the source gives") in text
