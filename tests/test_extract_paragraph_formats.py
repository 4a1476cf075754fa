"""An article drafts the same however its paragraphs are separated: blank lines, single lines, CRLF, trailing spaces.

Paragraphs are separated by blank lines; in a text with none, each line is one. Every reader that asks where a
paragraph starts (pronouns, a paragraph's topic, a place's measure, a change tied to the sentence before) asks the
article, so a text of single lines never reads across its paragraphs.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from factcheck.article import ArticleText
from factcheck.extract import extract

PARAGRAPHS = [
    "Household debt climbs",
    "Household debt rose to $4.2 trillion in May, the central bank said.",
    "It was up 3.1% on the year.",
    "In Ontario, mortgages grew to $1.1 trillion. Card balances rose 2%.",
]
FORMATS = {
    "blank lines": "\n\n".join(PARAGRAPHS) + "\n",
    "single lines": "\n".join(PARAGRAPHS) + "\n",
    "crlf": "\r\n\r\n".join(PARAGRAPHS) + "\r\n",
    "trailing spaces": " \n \n".join(PARAGRAPHS) + " \n",
}


def _draft(text: str, tmp_path: Path) -> list[tuple[str, str | None, str, str]]:
    article = tmp_path / "article.txt"
    article.write_bytes(text.encode("utf-8"))
    extraction = extract(ArticleText.read(article), language="en", published=datetime.date(2024, 6, 28),
                         outlet="Outlet")
    named = {f.metric: f.metric_name for f in extraction.figures}
    return [(f.found.text, f.period, "" if named[f.metric].startswith("Figure at line") else f.metric,
             f.said_by.name) for f in extraction.figures]


@pytest.mark.parametrize("name", [name for name in FORMATS if name != "blank lines"])
def test_paragraph_format_does_not_change_the_draft(name: str, tmp_path: Path) -> None:
    expected = _draft(FORMATS["blank lines"], tmp_path)
    assert len(expected) == 4
    assert _draft(FORMATS[name], tmp_path) == expected


def test_a_pronoun_does_not_reach_the_paragraph_before_in_a_text_of_single_lines(tmp_path: Path) -> None:
    drafted = _draft(FORMATS["single lines"], tmp_path)
    level, change = drafted[0], drafted[1]
    assert change[0] == "+3.1%" or change[0].endswith("3.1%")
    assert change[2] != level[2]  # "It" opens another paragraph: not the debt of the paragraph before
