"""Extract's reader cases (tests/extract_cases/*.yaml), run by one runner, and the guard that keeps them ours.

Every case is a sentence written for its rule, with the language and publication date, and what is expected
of one of its figures. The guard fails when a case sentence is copied from the shared corpus of real articles.

Keys beyond the figure's own fields (each asserts one thing, exactly):
- `outlet`: the outlet the article is extracted for (default "Outlet"); `markdown: true` reads it as Markdown;
- `occurrence`: which of the figures matching `figure` (1-based, default the first): "equalled ... 3.1%" twice;
- the whole text: `figure_count`, `written_all` (every claim's text, in order), `forms_all`, `since_all`,
  `since_of_changes`, `metric_words_not` (words no metric id is made of), `metric_count` (how many distinct
  metrics its figures are on), `parts` and `parts_none`, `cited_source_count`, `not_figure_spans` (what the
  not-a-figure reader skips, in order);
- the figure as the draft writes it: `written` (its claim text, "-12%"), `quote`, `quote_ends`, `ratio_low`
  (a change's lower bound as a ratio, "1015/1000"), `falls` (a ratio wholly below one), `sign_cue` and
  `sign_direction` (the evidence of its sign), `paragraph` and `line`, `starts_change`;
- its metric: `metric` (the id), `metric_name`, `metric_entry_name` (its entry's), `metric_name_has` (case
  kept), `metric_name_extends` (a figure whose metric's name this one's starts with), `metric_starts`,
  `metric_not_starts`, `metric_unit`, `metric_flow`; its share: `share_of_metric` (the whole's id),
  `share_of_with` (a figure on the whole), `share_of_apart`, `is_share` (a share of some whole, or not);
- its sources: `said_by_kind`, `said_by_role`, `said_by_not` (a name it is not), `cites_kind`, `cites_not_has`,
  `cites_same_as` and `said_by_is_cites_of` (the very source another figure cites);
- its checks: `checks_has` (a reader's check containing the words), `checks_include` (one of them, exactly),
  `reader_checks` (all of them), `check_starts`, `check_not_has` and `draft_checks` (the `# check:` texts the
  claims writer words), `guessed_exactly` (its fields under `guessed:`), `period_found` (the period evidence, in order),
  `period_span`;
- a figure said to equal another period's: `twin_periods` (the periods of every claim of that text, in order),
  `twin_same_metric`, `twin_count`.
"""

from __future__ import annotations

import datetime
import re
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.article import ArticleText
from factcheck.claims_writer import figure_checks, guessed_fields
from factcheck.extract import extract
from factcheck.extract.model import ExtractedFigure, Extraction
from factcheck.not_figures import not_figure_spans
from factcheck.quantities import Amount, Ratio

CASES = Path(__file__).parent / "extract_cases"
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def _cases() -> list[tuple[str, dict[str, Any]]]:
    found = []
    for path in sorted(CASES.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            found.append((f"{path.stem}: {case['rule']}", case))
    return found


def _figure(figures: list[ExtractedFigure], text: str, occurrence: int = 1) -> ExtractedFigure:
    matching = [f for f in figures
                if text in (f.found.text.strip(), f.found.claim_text) or f.found.claim_text.endswith(" " + text)]
    return matching[occurrence - 1]


@pytest.mark.parametrize("case", [case for _, case in _cases()], ids=[name for name, _ in _cases()])
def test_reader_case(case: dict[str, Any], tmp_path: Path) -> None:
    article = tmp_path / ("case.md" if case.get("markdown") else "case.txt")
    article.write_text(case["sentence"] + "\n", encoding="utf-8")
    published = case["published"]
    assert isinstance(published, datetime.date)
    extraction = extract(ArticleText.read(article), language=case["language"], published=published,
                         outlet=case.get("outlet"))
    figures = extraction.figures
    if "not_a_figure" in case:
        read = [f.found.text.strip() for f in figures]
        assert not any(case["not_a_figure"] == text or text.endswith(" " + case["not_a_figure"]) for text in read)
    _check_text(case, extraction)
    if "figure" not in case:
        return
    figure = _figure(figures, case["figure"], case.get("occurrence", 1))
    _check_written(case, figure, figures)
    _check_metric(case, figure, extraction)
    _check_sources(case, figure, figures)
    if "form" in case:
        assert figure.found.form == case["form"]
    if "period" in case:
        assert figure.period == case["period"]
    if "since" in case:
        assert figure.since == case["since"]
    if "period_guessed" in case:
        guessed = any(r.found.guess and r.found.field == "period" for r in figure.period_evidence)
        assert guessed == case["period_guessed"]
    if "metric_apart" in case:
        assert figure.metric != _figure(figures, case["metric_apart"]).metric
    if "metric_with" in case:
        assert figure.metric == _figure(figures, case["metric_with"]).metric
    if "kind" in case:
        assert figure.kind == case["kind"]
    if "kind_cue" in case:
        assert figure.kind_reading.cue.name == case["kind_cue"]
    if "metric_not" in case:
        assert case["metric_not"].casefold() not in figure.metric_name.casefold()
    if "metric_has" in case:  # a word of the metric's name, in any case: the place or name that qualifies it
        assert case["metric_has"].casefold() in figure.metric_name.casefold()
    if "share_of" in case:  # the name of the whole the figure is a share of; null: a value, a share of nothing
        whole = extraction.metrics[figure.share_of][0] if figure.share_of is not None else None
        assert whole == case["share_of"]
        assert figure.share_of != figure.metric  # the part is never the whole
    if "sign" in case:
        assert _sign(figure) == case["sign"]
    if "unit" in case:
        found = figure.found.figure
        assert isinstance(found, Amount) and found.unit is not None and found.unit.name == case["unit"]
    if "said_by" in case:  # the source's name as the draft writes it; "Outlet" is the article's own voice
        assert figure.said_by.name == case["said_by"]
    if "cites" in case:  # null: the figure cites no one
        assert (figure.cites.name if figure.cites is not None else None) == case["cites"]
    if "guessed" in case:  # fields the draft must list under `guessed:` (format 1.2 section 4)
        assert set(case["guessed"]) <= set(guessed_fields(figure))
    if "trusted" in case:  # fields the draft must not list: the journalist may trust them as read
        assert not set(case["trusted"]) & set(guessed_fields(figure))


def _check_text(case: dict[str, Any], extraction: Extraction) -> None:
    """What is expected of the text as a whole: its figures, their metrics, its sources."""
    figures = extraction.figures
    if "figure_count" in case:
        assert len(figures) == case["figure_count"]
    if "written_all" in case:
        assert [f.found.claim_text for f in figures] == case["written_all"]
    if "forms_all" in case:
        assert [f.found.form for f in figures] == case["forms_all"]
    if "since_all" in case:
        assert [f.since for f in figures] == case["since_all"]
    if "since_of_changes" in case:
        assert [f.since for f in figures if f.found.form == "change"] == case["since_of_changes"]
    if "metric_count" in case:  # how many distinct metrics the text's figures are on
        assert len({f.metric for f in figures}) == case["metric_count"]
    if "parts" in case:  # the figures whose metrics are the segments of the whole `figure` is on, then the rest
        whole = _figure(figures, case["figure"]).metric
        segments = [_figure(figures, text).metric for text in case["parts"]]
        assert extraction.parts == {whole: [*segments, f"{whole}-other-segments"]}
    if "parts_none" in case:  # true: no whole with segments
        assert (extraction.parts == {}) is case["parts_none"]
    if "metric_words_not" in case:  # words that are no part of any metric's id
        pieces = {piece for metric in extraction.metrics for piece in metric.split("-")}
        assert not pieces & set(case["metric_words_not"])
    if "cited_source_count" in case:
        assert len([s for s in extraction.sources.values() if s.kind != "outlet"]) == case["cited_source_count"]
    if "not_figure_spans" in case:
        text = case["sentence"]
        assert [text[start:end] for start, end in not_figure_spans(text)] == case["not_figure_spans"]


def _check_written(case: dict[str, Any], figure: ExtractedFigure, figures: list[ExtractedFigure]) -> None:
    """What is expected of the figure as the draft writes it, and of what its reading rests on."""
    found = figure.found
    if "written" in case:  # the claim's text as the draft writes it, sign and relation included
        assert found.claim_text == case["written"]
    if "quote" in case:
        assert figure.quote == case["quote"]
    if "quote_ends" in case:
        assert figure.quote.endswith(case["quote_ends"])
    if "ratio_low" in case:
        assert isinstance(found.figure, Ratio) and found.figure.interval.low == Fraction(case["ratio_low"])
    if "falls" in case:  # a ratio wholly below one
        falls = isinstance(found.figure, Ratio) and found.figure.interval.high is not None \
            and found.figure.interval.high < 1
        assert falls is case["falls"]
    if "sign_cue" in case:
        assert found.evidence is not None and found.evidence.cue.name == case["sign_cue"]
    if "sign_direction" in case:
        assert found.evidence is not None and found.evidence.direction == case["sign_direction"]
    if "paragraph" in case:
        assert figure.place.paragraph == case["paragraph"]
    if "line" in case:
        assert figure.place.line == case["line"]
    if "starts_change" in case:
        assert figure.starts_change is case["starts_change"]
    checks = figure_checks(figure)
    if "checks_has" in case:  # a reader's own check on the figure
        assert any(case["checks_has"] in check for check in figure.checks), figure.checks
    if "checks_include" in case:
        assert case["checks_include"] in figure.checks, figure.checks
    if "reader_checks" in case:  # every check the readers put on the figure, in order
        assert list(figure.checks) == case["reader_checks"]
    if "draft_checks" in case:  # every `# check:` of the claim, in order
        assert checks == case["draft_checks"]
    if "guessed_exactly" in case:  # the claim's fields listed under `guessed:`, all of them, in order
        assert guessed_fields(figure) == case["guessed_exactly"]
    if "check_starts" in case:  # a `# check:` the claims writer words
        assert any(check.startswith(case["check_starts"]) for check in checks), checks
    if "check_not_has" in case:
        assert not any(case["check_not_has"] in check for check in checks), checks
    if "period_found" in case:
        assert [r.found.name for r in figure.period_evidence] == case["period_found"]
    if "period_span" in case:
        span = figure.period_evidence[0].span
        assert span is not None and case["sentence"][span[0] : span[1]] == case["period_span"]
    twins = [f for f in figures if f.found.claim_text == found.claim_text]
    if "twin_periods" in case:
        assert [f.period for f in twins] == case["twin_periods"]
    if "twin_same_metric" in case:
        assert (len({f.metric for f in twins}) == 1) is case["twin_same_metric"]
    if "twin_count" in case:
        assert len(twins) == case["twin_count"]


def _check_metric(case: dict[str, Any], figure: ExtractedFigure, extraction: Extraction) -> None:
    """What is expected of the figure's metric and of the whole it is a share of."""
    if "metric" in case:
        assert figure.metric == case["metric"]
    if "metric_name" in case:
        assert figure.metric_name == case["metric_name"]
    if "metric_entry_name" in case:  # the name the draft's entry of the metric carries
        assert extraction.metrics[figure.metric][0] == case["metric_entry_name"]
    if "metric_name_has" in case:
        assert case["metric_name_has"] in figure.metric_name
    if "metric_name_extends" in case:
        assert figure.metric_name.startswith(_figure(extraction.figures, case["metric_name_extends"]).metric_name)
    if "metric_starts" in case:
        assert figure.metric.startswith(case["metric_starts"])
    if "metric_not_starts" in case:
        assert not figure.metric.startswith(case["metric_not_starts"])
    if "metric_unit" in case:
        assert extraction.metrics[figure.metric][1] == case["metric_unit"]
    if "metric_flow" in case:
        assert bool(extraction.metrics[figure.metric][2]) is case["metric_flow"]
    if "share_of_metric" in case:
        assert figure.share_of == case["share_of_metric"]
    if "is_share" in case:
        assert (figure.share_of is not None) == case["is_share"]
    if "share_of_with" in case:
        assert figure.share_of == _figure(extraction.figures, case["share_of_with"]).metric
    if "share_of_apart" in case:
        assert figure.share_of != _figure(extraction.figures, case["share_of_apart"]).share_of


def _check_sources(case: dict[str, Any], figure: ExtractedFigure, figures: list[ExtractedFigure]) -> None:
    """What is expected of who says the figure and whom it cites."""
    if "said_by_kind" in case:
        assert figure.said_by.kind == case["said_by_kind"]
    if "said_by_role" in case:
        assert figure.said_by.role == case["said_by_role"]
    if "said_by_not" in case:
        assert figure.said_by.name != case["said_by_not"]
    if "cites_kind" in case:
        assert figure.cites is not None and figure.cites.kind == case["cites_kind"]
    if "cites_not_has" in case:  # words (one or a list) that are no part of the cited name, in any case
        cited = figure.cites.name.casefold() if figure.cites is not None else ""
        words = case["cites_not_has"]
        assert not any(word in cited for word in ([words] if isinstance(words, str) else words))
    if "cites_same_as" in case:
        assert figure.cites is not None and figure.cites is _figure(figures, case["cites_same_as"]).cites
    if "said_by_is_cites_of" in case:
        other = _figure(figures, case["said_by_is_cites_of"]).cites
        assert other is not None and figure.said_by is other


def _sign(figure: ExtractedFigure) -> str:
    """"-" when the figure says its measure fell (a change below zero, a ratio below one), else "+"."""
    found = figure.found.figure
    assert found is not None
    middle = found.interval.midpoint
    assert middle is not None
    return "-" if middle < (1 if isinstance(found, Ratio) else 0) else "+"


def test_no_case_sentence_is_copied_from_the_corpus() -> None:
    if not CORPUS.is_dir():
        pytest.skip("the shared corpus is not beside the project")
    texts = [" ".join(path.read_text(encoding="utf-8").split()) for path in CORPUS.glob("*.txt")]
    copied = [name for name, case in _cases() if any(" ".join(case["sentence"].split()) in text for text in texts)]
    assert copied == []


def test_every_case_key_is_one_the_runner_checks() -> None:
    # a misspelt key would make its case assert nothing; the keys known are those this runner reads
    source = Path(__file__).read_text(encoding="utf-8")
    known = set(re.findall(r"""case(?:\[|\.get\()["'](\w+)["']|"(\w+)" in case\b""", source))
    known_keys = {name for pair in known for name in pair if name}
    unknown = sorted({f"{name}: {key}" for name, case in _cases() for key in case if key not in known_keys})
    assert unknown == []
