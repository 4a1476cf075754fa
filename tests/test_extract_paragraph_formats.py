"""An article drafts the same however its paragraphs are laid out: blank lines, single lines, CRLF, trailing spaces,
lines wrapped at a fixed width.

Paragraphs are separated by blank lines; in a text with none, each line is one. Every reader that asks where a
paragraph starts (pronouns, a paragraph's topic, a place's measure, a change tied to the sentence before) asks the
article, so a text of single lines never reads across its paragraphs. Inside a paragraph separated by blank lines,
a line break that only wraps the text is a space; a list, a table, a headline and Markdown's line ends keep theirs.
"""

from __future__ import annotations

import datetime
import textwrap
from pathlib import Path

import pytest

from factcheck.article import ArticleText, visible_text
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


def _draft(text: str, tmp_path: Path, name: str = "article.txt") -> list[tuple[str, str | None, str, str]]:
    article = tmp_path / name
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


# A hard-wrapped text (a press release, a wire, Markdown kept at a fixed width) breaks lines inside sentences.
WRAPPED = [
    "Factory output slips",
    "Factory output in the region fell 2.4% in March from a year earlier to 1.2 million tonnes, the statistics "
    "office said on Tuesday, as steel mills cut production for a third month.",
    "Cement output rose 5.1% to 310,000 tonnes over the same period, while brick production - hit by the cold "
    "weather in the north of the region - was down 8% in March.",
    "In the first quarter, output of the region's factories was 3.5 million tonnes, up 1.1% from the first quarter "
    "of 2023, according to the office.",
]


def _wrapped(width: int) -> str:
    return "\n\n".join("\n".join(textwrap.wrap(paragraph, width, break_on_hyphens=False))
                       for paragraph in WRAPPED) + "\n"


@pytest.mark.parametrize("width", [50, 60, 72, 80])
@pytest.mark.parametrize("name", ["article.txt", "article.md"])
def test_a_hard_wrapped_text_drafts_as_its_paragraphs_on_one_line(width: int, name: str, tmp_path: Path) -> None:
    expected = _draft("\n\n".join(WRAPPED) + "\n", tmp_path)
    assert [(text, period) for text, period, _, _ in expected][:3] == [
        ("-2.4%", "2024-03"), ("1.2 million tonnes", "2024-03"), ("5.1%", "2024-03")]
    assert _draft(_wrapped(width), tmp_path, name) == expected


def test_a_wrapped_line_break_is_one_space_of_what_a_reader_sees() -> None:
    text = ("Output slips\n\nFactory output fell 2.4% in March from a year earlier to 1.2 million\n"
            "tonnes, the statistics office of the region said on Tuesday.\r\n  Steel mills cut production.\n")
    article = ArticleText(Path("article.txt"), text)
    assert "to 1.2 million tonnes, the statistics office of the region said on Tuesday. Steel" in article.visible
    start = article.visible.index("tonnes")
    assert article.source_span(start, start + 6) == (text.index("tonnes"), text.index("tonnes") + 6)
    assert article.place(article.source_offset(start)).line == 4


@pytest.mark.parametrize("text", [
    # a list, a table and a headline end their lines where their writer ended them
    "Title\n\nThe office gave these figures for the whole of March in the region:\nExports $5.2 billion\n",
    "Title\n\n- exports of goods rose 5% to $5.2 billion in March from a year\n- imports fell 3%\n",
    "Title\n\nExports of goods rose 5% to $5.2 billion in March from a year\n* imports fell 3%\n",
    "Title\n\nExports of goods rose 5% to $5.2 billion in March from a year\n2. Imports fell 3%\n",
    "Title\n\n— экспорт товаров вырос на 5% до $5,2 млрд в марте по сравнению\n— импорт снизился на 3%\n",
    "Title\n\nРегион  янв.24  дек.23  изм.\nПавлодарская  6,3  6,9  -8%\nКарагандинская  2,7  3,2  -18%\n",
    "Factory output in the region fell 2.4% in March from a year earlier\nBy Staff Reporter\n\nText.\n",
    # rows as long as prose lines, their cells aligned with spaces
    "Title\n\nRegion           2024    2025    change in the year\nNorth region     12.5    13.1    +4.8% on the "
    "year before\nSouth region     10.1    10.9    +7.9% on the year before\n",
])
def test_lists_tables_and_headlines_keep_their_lines(text: str) -> None:
    visible = ArticleText(Path("article.txt"), text).visible
    # every line break kept, and every word; only a run of spaces between a table's columns may read as one
    assert [line.split() for line in visible.splitlines()] == [line.split() for line in text.splitlines()]


@pytest.mark.parametrize("text", [
    "# Output of the region's factories fell in March 2024\nby 2.4%\n\nText.\n",
    "Title\n\nExports of goods rose 5% to $5.2 billion in March from a year  \nearlier\n",
    "Title\n\n| Exports of goods rose 5% to $5.2 billion in March | 5% |\n| imports | 3% |\n",
    "Title\n\nExports of goods rose 5% to $5.2 billion in March from a year\n- earlier\n",
])
def test_markdown_line_ends_stay(text: str) -> None:
    assert ArticleText(Path("article.md"), text).visible.count("\n") == text.count("\n")


def test_a_dash_typed_as_a_hyphen_at_a_line_start_goes_on_with_the_sentence() -> None:
    text = "Title\n\nFactory output in the region fell in March, while brick production\n- hit by the cold - fell 8%.\n"
    assert "brick production - hit by the cold" in ArticleText(Path("article.txt"), text).visible


def test_a_text_of_single_lines_keeps_each_line_a_paragraph() -> None:
    text = ("Factory output in the region fell 2.4% in March from a year earlier to 1.2 million\n"
            "tonnes, the statistics office said on Tuesday.\n")
    assert ArticleText(Path("article.txt"), text).visible == text


def test_an_html_entity_is_what_it_names_in_markdown_only() -> None:
    text = "Рост&nbsp;&mdash; 5&#37;, &NotEqualTilde; и &unknown; &amp"
    visible, offsets = visible_text(text, markdown=True)
    assert visible == "Рост — 5%, \u2242\u0338 и &unknown; &amp"
    assert len(offsets) == len(visible) and text[offsets[visible.index("—")]] == "&"
    assert ArticleText(Path("article.txt"), text).visible == text  # plain text shows the entity as typed


def test_a_soft_hyphen_is_hidden_except_between_digits() -> None:
    text = "Выруч\u00adка\u200b выросла на 1\u00ad234 рубля"
    assert ArticleText(Path("article.txt"), text).visible == "Выручка выросла на 1\u00ad234 рубля"
