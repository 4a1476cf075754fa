"""Fuzz every output format on claims files (and forged reports) made of arbitrary text.

The property of the escaping policy: whatever ids, names, quotes, notes, fingerprints and paths hold, JSON and
SARIF parse, JUnit is well-formed XML, the HTML page holds only the page's own elements, no line of `text`,
`markdown`, `junit` or the sourcing table reads as a GitHub workflow command, and every `github` line is
exactly one command; a file that does not load gives one line per problem.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
import tempfile
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

from hypothesis import example, given
from hypothesis import strategies as st

from factcheck.engine import Settings, run
from factcheck.errors import InputError
from factcheck.findings import Report
from factcheck.report_page import build_page
from factcheck.reporters import renderer, sources_report, terminal_report
from factcheck.reporters.html_report import render_page
from tests.fuzz.settings import fuzz

# what turns output against its reader, mixed into any other text
DANGEROUS = st.sampled_from([
    "\n", "\r", "\r\n", "\x85", "\u2028", "\u2029", "\x1b", "\x1b[2J", "\x1b]8;;http://x\x1b\\", "\x00", "\x01",
    "\x1a", "\x1e", "\t", "\x7f", "\x9b", "\u202e", "\u2066", "\u200f", "\ufffe", "::", "::error::x", "##[error]",
    "%", "%0A", ",", ":", "<", ">", "&", '"', "'", "`", "|", "[bold]", "[/]", "*", "_", "$", "@", "#", "\\",
    "<img src=x onerror=alert(1)>", " ",
])
TEXT = st.lists(st.one_of(DANGEROUS, st.text(max_size=6)), max_size=6).map("".join)
# ids the loader accepts, and any text (which it mostly refuses)
ID_ALPHABET = st.sampled_from(list("abc019-_.:#[]<>&\"'%,`|*$@\\ /ёж"))
LOADABLE_IDS = st.text(ID_ALPHABET, min_size=1, max_size=12).filter(str.strip)
ANY_IDS = st.one_of(LOADABLE_IDS, TEXT.filter(str.strip))
FORMATS = ("text", "json", "sarif", "junit", "github", "markdown")
PAGE_ELEMENTS = {
    "html", "head", "meta", "title", "style", "body", "a", "header", "h1", "p", "ul", "li", "span", "strong", "main",
    "div", "section", "h2", "mark", "aside", "h3", "article", "table", "caption", "tr", "th", "td", "thead", "tbody",
    "code", "script", "br",
}
WORKFLOW_COMMAND = re.compile(r"\s*(::|##\[)")


def _quoted(text: str) -> str:
    """Any text as a YAML double-quoted scalar: printable ASCII as it is, everything else as an escape."""
    return '"' + "".join(_escaped(char) for char in text) + '"'


def _escaped(char: str) -> str:
    code = ord(char)
    if 0x20 <= code < 0x7F:
        return "\\" + char if char in '"\\' else char
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


@st.composite
def claims_files(draw: st.DrawFn) -> tuple[str, str]:
    """A claims file whose ids, names, quotes, notes and review hold arbitrary text, and its article text."""
    ids = ANY_IDS if draw(st.integers(0, 4)) == 0 else LOADABLE_IDS  # most files load, some test the refusal
    source, metric, first, second, fingerprint = (draw(ids) for _ in range(5))
    second = second if second != first else second + "2"
    name, metric_name, quote, other_quote, note, by, free = (draw(TEXT) for _ in range(7))
    claims = f"""\
factcheck: 1
article: {{title: {_quoted("t" + draw(TEXT))}, published: 2025-10-20, language: ru, text: article.txt}}
sources:
  {_quoted(source)}: {{name: {_quoted("n" + name)}, kind: outlet}}
  stat-official: {{name: "Stat", kind: official}}
metrics:
  {_quoted(metric)}: {{name: {_quoted("m" + metric_name)}, unit: USD, flow: true}}
claims:
  - {{id: {_quoted(first)}, metric: {_quoted(metric)}, period: "2023", value: "$533 млн", said_by: {_quoted(source)},
      quote: {_quoted(quote + " $533 млн")}, note: {_quoted(note or "x")}}}
  - {{id: {_quoted(second)}, metric: {_quoted(metric)}, period: "2023", value: "$600 млн", said_by: stat-official,
      quote: {_quoted(other_quote + " $600 млн")}}}
reviews:
  - {{finding: {_quoted(fingerprint)}, status: accepted, by: {_quoted("b" + by)}, date: 2025-10-21,
      note: {_quoted(note or "x")}}}
"""
    article = f"{quote} $533 млн {free}\n\n{other_quote} $600 млн\n".replace("\x00", "")  # a NUL: not a text file
    return claims, article


def _check_outputs(report: Report) -> None:
    for name in FORMATS:
        rendered = renderer(name)(report)
        lines = rendered.splitlines()
        if name in ("json", "sarif"):
            json.loads(rendered)
        elif name == "junit":
            ElementTree.fromstring(rendered)
        elif name == "github":
            assert len(lines) == len(rendered.split("\n")) - 1  # no CR, U+2028 or the like breaks a line
            for line in lines:
                assert line.startswith("::") or not WORKFLOW_COMMAND.match(line), line
                if line.startswith("::"):
                    assert re.match(r"::(error|warning|notice) [^:]*::", line), line
        if name != "github":
            assert not [line for line in lines if WORKFLOW_COMMAND.match(line)], name
    text = renderer("text")(report)
    assert len(text.splitlines()) == len(report.findings) + 1
    assert len(text.split("\n")) == len(report.findings) + 2  # no other line break inside a line
    terminal = re.sub(r"\x1b\[[0-9;]*m", "", terminal_report.render(report, colour=True))
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", terminal)


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes.update(key for key, _ in attrs)


@fuzz
@given(claims_files())
@example(("factcheck: 1\n", ""))
def test_every_output_of_any_claims_file_is_well_formed(files: tuple[str, str]) -> None:
    claims, article = files
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "claims.yaml"
        path.write_text(claims, encoding="utf-8")
        (Path(folder) / "article.txt").write_text(article, encoding="utf-8")
        try:
            outcome = run([path], Settings(detail=True))
        except InputError as error:
            assert all("\n" not in str(problem) and "\r" not in str(problem) for problem in error.problems)
            return
    _check_outputs(outcome.report)
    (result,) = outcome.results
    rows = list(result.sources)
    assert not [line for line in sources_report.render_text(rows).splitlines() if WORKFLOW_COMMAND.match(line)]
    json.loads(sources_report.render_json(rows))
    page = _Elements()
    page.feed(render_page(build_page(result, result.article, outcome.report), "t", "ru"))
    page.close()
    assert page.tags <= PAGE_ELEMENTS
    assert not [name for name in page.attributes if name.startswith("on") or name in ("src", "style", "srcdoc")]


PLAIN = ("""\
factcheck: 1
article: {title: "t", published: 2025-10-20, language: ru, text: article.txt}
sources:
  "0": {name: "n", kind: outlet}
  stat-official: {name: "Stat", kind: official}
metrics:
  "0": {name: "m", unit: USD, flow: true}
claims:
  - {id: "0", metric: "0", period: "2023", value: "$533 млн", said_by: "0", quote: " $533 млн"}
  - {id: "02", metric: "0", period: "2023", value: "$600 млн", said_by: stat-official, quote: " $600 млн"}
""", " $533 млн \n\n $600 млн\n")


@functools.cache
def _plain_report() -> Report:
    """The report of PLAIN, checked once: the forged fields are what each example changes."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "claims.yaml"
        path.write_text(PLAIN[0], encoding="utf-8")
        (Path(folder) / "article.txt").write_text(PLAIN[1], encoding="utf-8")
        report = run([path], Settings()).report
    assert {f.rule for f in report.findings} >= {"value-conflict", "unsourced"}
    return report


@fuzz
@given(TEXT, TEXT, TEXT, TEXT)
@example("", "::", "\x00", "")  # found by this target: the help line of JUnit; a path SARIF could not resolve
@example("", "\n::", "", "")  # found by this target: the fingerprint line of Markdown
@example("", "", ":", "")  # found by this target: a path ':' then ':9:5' starts the line with '::'
def test_a_forged_report_cannot_break_an_output_either(claim_id: str, message: str, path: str, name: str) -> None:
    """What a forged cache entry could hold, beyond what the loader lets through."""
    report = _plain_report()
    forged = tuple(
        dataclasses.replace(
            finding, message=message, fingerprint=message, help=message,
            claims=tuple(dataclasses.replace(claim, id=claim_id, quote=message, said_by_name=name, cites_name=name)
                         for claim in finding.claims),
            location=dataclasses.replace(finding.location, path=path or "x"))
        for finding in report.findings)
    _check_outputs(dataclasses.replace(report, findings=forged))
