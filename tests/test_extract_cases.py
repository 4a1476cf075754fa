"""Extract's reader cases (tests/extract_cases/*.yaml), run by one runner, and the guard that keeps them ours.

Every case is a sentence written for its rule, with the language and publication date, and what is expected
of one of its figures. The guard fails when a case sentence is copied from the shared corpus of real articles.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck.article import ArticleText
from factcheck.claims_writer import guessed_fields
from factcheck.extract import extract
from factcheck.extract.model import ExtractedFigure
from factcheck.quantities import Amount, Ratio

CASES = Path(__file__).parent / "extract_cases"
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def _cases() -> list[tuple[str, dict[str, Any]]]:
    found = []
    for path in sorted(CASES.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            found.append((f"{path.stem}: {case['rule']}", case))
    return found


def _figure(figures: list[ExtractedFigure], text: str) -> ExtractedFigure:
    return next(f for f in figures
                if text in (f.found.text.strip(), f.found.claim_text) or f.found.claim_text.endswith(" " + text))


@pytest.mark.parametrize("case", [case for _, case in _cases()], ids=[name for name, _ in _cases()])
def test_reader_case(case: dict[str, Any], tmp_path: Path) -> None:
    article = tmp_path / "case.txt"
    article.write_text(case["sentence"] + "\n", encoding="utf-8")
    published = case["published"]
    assert isinstance(published, datetime.date)
    extraction = extract(ArticleText.read(article), language=case["language"], published=published)
    figures = extraction.figures
    if "not_a_figure" in case:
        read = [f.found.text.strip() for f in figures]
        assert not any(case["not_a_figure"] == text or text.endswith(" " + case["not_a_figure"]) for text in read)
    if "figure" not in case:
        return
    figure = _figure(figures, case["figure"])
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
        assert case["metric_not"] not in figure.metric_name.casefold()
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
