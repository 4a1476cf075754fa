"""The Markdown pull-request comment: user text renders as written, the comment fits GitHub, the verdict reads."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from factcheck.engine import verify
from factcheck.escaping import visible
from factcheck.reporters.markdown_report import GITHUB_LIMIT, code, escape, render
from tests.conftest import HEADER, claims_yaml

WORD_JOINER = "\u2060"
HOSTILE_QUOTE = "**жирный** <img src=x onerror=alert(1)> [ссылка](https://example.org) @editor #12 $5 и $6 | `код`"


def _html(markdown: str) -> str:
    html: str = MarkdownIt("commonmark").enable("table").render(markdown)
    return html


def _plain(html: str) -> str:
    """The text a reader sees: tags removed, entities and the invisible joiner undone."""
    text = re.sub(r"<[^>]+>", "", html)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")
    return text.replace(WORD_JOINER, "")


def test_quotes_names_and_notes_render_as_written(tmp_path: Path) -> None:
    header = HEADER.replace('baq: {name: "BAQ.KZ", kind: outlet}', 'baq: {name: "@baq_kz <b>news</b>", kind: outlet}')
    claims = claims_yaml(
        f'- {{id: "a|b", metric: trade, period: "2023", value: "$533 млн", said_by: baq,'
        f' quote: "{HOSTILE_QUOTE} $533 млн"}}\n', header)
    path = tmp_path / "claims.yaml"
    path.write_text(claims, encoding="utf-8")
    (finding,) = verify([path], select=["unsourced"]).findings
    path.write_text(claims + f"\nreviews:\n  - {{finding: {finding.fingerprint}, status: accepted, by: \"@lead\","
                    ' date: 2025-10-20, note: "see #7 <i>x</i>"}\n', encoding="utf-8")
    markdown = render(verify([path], select=["unsourced"]))
    html = _html(markdown)
    for made_by_user_text in ("<strong>жирный", "<img", "<b>", 'href="https://example.org"', "<code>код"):
        assert made_by_user_text not in html
    assert HOSTILE_QUOTE in _plain(html)
    assert "@baq_kz <b>news</b> (outlet)" in _plain(html)
    # GitHub links @name and #123 in rendered text: a word joiner after the sign stops it, invisibly
    seen = re.sub(r"<[^>]+>", "", html)
    assert re.search(r"@(?!\u2060)\w|#(?!\u2060)\d", seen) is None
    assert "@\u2060editor" in markdown and "\\#\u206012" in markdown
    assert "by @lead, 2025-10-20: see #7 <i>x</i>" in _plain(html)
    assert "<td><code>a|b</code></td>" in html  # the claim id stays one cell


def test_escaped_text_starting_like_a_list_or_heading_stays_text() -> None:
    for text in ("- 5% less", "1. first", "+3%", "# heading", "=== ", "> quoted"):
        html = _html(escape(text))
        assert html.startswith("<p>") and _plain(html).strip() == " ".join(text.split())


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=40))
@example("\u2066")  # a bidirectional isolate: shown as its code
def test_any_text_comes_back_as_one_paragraph_of_itself(text: str) -> None:
    html = _html(escape(text))
    flat = " ".join(text.split())
    if flat:
        # a word joiner is invisible, and the escaping adds its own; a bidirectional control is shown as its code
        # ("U+2066"), never obeyed: compare what a reader sees
        seen = visible(flat.replace(WORD_JOINER, "")).strip()
        assert html.count("<p>") == 1 and _plain(html).strip() == " ".join(seen.split())


def test_code_spans_in_table_cells_survive_backticks_and_pipes() -> None:
    html = _html(f"| id |\n|---|\n| {code('a`b|c')} |\n")
    assert "<td><code>a`b|c</code></td>" in html


def _many_files(tmp_path: Path, count: int) -> list[Path]:
    claims = "".join(
        f'- {{id: c{n}, metric: trade, period: "20{10 + n}", value: "$5{n} млн", said_by: baq,'
        f' quote: "{"Очень длинная цитата о товарообороте, " * 6}$5{n} млн"}}\n'
        for n in range(10)
    )
    paths = []
    for number in range(count):
        path = tmp_path / f"article-{number:02d}.yaml"
        path.write_text(claims_yaml(claims), encoding="utf-8")
        paths.append(path)
    return paths


def test_a_long_report_is_capped_below_githubs_limit_and_counts_the_rest(tmp_path: Path) -> None:
    report = verify(_many_files(tmp_path, 20))
    markdown = render(report)
    assert len(markdown.encode("utf-16-le")) // 2 < GITHUB_LIMIT
    closing = re.search(r"\*\*(\d+) more findings? in the full report\*\*", markdown)
    assert closing is not None
    shown = markdown.count("\n### ")
    assert shown + int(closing.group(1)) == len(report.findings)
    assert markdown.index("### WARNING") > 0 and "| `" in markdown


def test_a_short_report_is_whole(tmp_path: Path) -> None:
    report = verify(_many_files(tmp_path, 1))
    markdown = render(report)
    assert "more finding" not in markdown and markdown.count("\n### ") == len(report.findings)


def test_the_verdict_agrees_with_its_number(tmp_path: Path) -> None:
    path = tmp_path / "one.yaml"
    path.write_text(claims_yaml(
        '- {id: a, metric: trade, period: "2023", value: "$533 млн", said_by: stat}\n'
        '- {id: b, metric: trade, period: "2023", value: "$600 млн", said_by: stat}\n'), encoding="utf-8")
    assert "**1 finding fails the check** (fail on: error)." in render(verify([path]))
    assert "**passes** (fail on: never)." in render(verify([path], fail_on="never"))
