"""No output can be turned against its reader: each defect of the output-injection report, on its minimal input.

Escape sequences and bidirectional overrides in a claims file are shown, never obeyed, in every format; an id
holding a line break or a control character is refused at load; no line of `text` or `markdown` reads as a
GitHub workflow command; JUnit is well-formed XML whatever the data; the HTML report escapes every attribute
and allows nothing but its own style and script.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

import pytest

from factcheck import escaping
from factcheck.engine import Settings, run, verify
from factcheck.findings import Report
from factcheck.report_page import build_page
from factcheck.reporters import renderer, sources_report, terminal_report
from factcheck.reporters.html_report import render_page
from tests.conftest import HEADER, Writer, claims_yaml, only_load_problem

ESC = "\x1b"
RLO = "\u202e"
# a hyperlink, clear-screen and erase-line; an override; three controls XML 1.0 cannot hold; rich markup
HOSTILE_NAME = (r"Evil\e]8;;https://evil.example/\e\\click\e]8;;\e\\ \e[2J\e[K\u202eRLO [bold red]markup[/] "
                r"\u0001\u001a\u001e")
HOSTILE = f"""\
factcheck: 1
article: {{title: "T", published: 2025-10-20, language: ru}}
sources:
  evil: {{name: "{HOSTILE_NAME}", kind: outlet}}
metrics:
  trade: {{name: "Trade", unit: USD, flow: true}}
claims:
  - {{id: a, metric: trade, period: "2023", value: "$533 млн", said_by: evil,
      quote: "q\\e[2J\\u202e\\u0001\\u001a\\u001e $533 млн"}}
  - {{id: b, metric: trade, period: "2023", value: "$600 млн", said_by: evil, quote: "w\\e[K $600 млн"}}
"""
RAW = (ESC, RLO, "\x01", "\x1a", "\x1e")
FORMATS = ("text", "json", "sarif", "junit", "github", "markdown")


@pytest.fixture
def hostile(write: Writer) -> Path:
    return write(HOSTILE)


def test_the_hostile_file_loads_and_its_data_reaches_the_findings(hostile: Path) -> None:
    report = verify([hostile])
    assert {f.rule for f in report.findings} == {"value-conflict", "unsourced"}
    names = {claim.said_by_name for f in report.findings for claim in f.claims}
    assert len(names) == 1 and all(raw in next(iter(names)) for raw in RAW)  # the test input is what it claims


@pytest.mark.parametrize("colour", [False, True])
def test_escape_sequences_in_a_source_name_and_a_quote_are_shown_not_obeyed_in_the_panels(
        hostile: Path, colour: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "400")
    rendered = terminal_report.render(verify([hostile]), colour=colour)
    for sequence in ("\x1b]8;;", "\x1b[2J", "\x1b[K", RLO, "\x01", "\x1a", "\x1e"):
        assert sequence not in rendered
    plain = re.sub(r"\x1b\[[0-9;]*m", "", rendered)
    assert ESC not in plain  # what is left is rich's own colour, and only with colour
    assert r"Evil\x1b]8;;https://evil.example/\x1b\click\x1b]8;;\x1b\ \x1b[2J\x1b[KU+202ERLO" in plain
    assert "[bold red]markup[/]" in plain  # rich markup in data is text, not style
    assert r"q\x1b[2JU+202E\x01\x1a\x1e $533 млн" in plain


def test_escape_sequences_are_shown_not_obeyed_in_the_plain_formats(hostile: Path) -> None:
    report = verify([hostile])
    text = renderer("text")(report)
    assert not any(raw in text for raw in RAW)
    assert (r"is stated by Evil\x1b]8;;https://evil.example/\x1b\click\x1b]8;;\x1b\ \x1b[2J\x1b[KU+202ERLO "
            r"[bold red]markup[/] \x01\x1a\x1e in its own voice") in text
    result = run([hostile], Settings(detail=True))
    rows = [row for file in result.results for row in file.sources]
    for listing in (sources_report.render_text(rows), sources_report.render_terminal(rows, colour=False)):
        assert not any(raw in listing for raw in RAW)
        assert r"\x1b[2J\x1b[KU+202ERLO" in listing


def test_a_right_to_left_override_reaches_no_output_raw(hostile: Path) -> None:
    report = verify([hostile])
    for name in (*FORMATS, "terminal"):
        rendered = renderer(name)(report)
        assert RLO not in rendered, name
        assert ESC not in rendered or name == "terminal", name
    # JSON keeps the data, written as escapes a terminal or an editor shows
    document = json.loads(renderer("json")(report))
    assert RLO in document["findings"][0]["claims"][0]["said_by"]["name"]
    assert "\\u202e" in renderer("json")(report)


def test_junit_with_controls_xml_cannot_hold_is_well_formed(hostile: Path) -> None:
    rendered = renderer("junit")(verify([hostile]))
    root = ElementTree.fromstring(rendered)  # U+0001, U+001A, U+001E written raw made this fail
    failure = next(root.iter("failure"))
    assert r"\x01\x1a\x1e" in (failure.text or "")
    assert not any(raw in rendered for raw in RAW)


def _forged(report: Report, claim_id: str, message: str, path: str | None = None) -> Report:
    """A report as a forged cache entry could give it: data the loader would have refused."""
    findings = []
    for finding in report.findings:
        claims = tuple(dataclasses.replace(claim, id=claim_id) for claim in finding.claims)
        location = dataclasses.replace(finding.location, path=path or finding.location.path)
        findings.append(dataclasses.replace(finding, claims=claims, message=message, location=location))
    return dataclasses.replace(report, findings=tuple(findings))


COMMAND = "x\n::error file=README.md,line=1::pwned\r\n##[error]also\u2028::warning::three"


@pytest.mark.parametrize("path", [None, "::error file=a,line=1::b.yaml", "  ::warning::c.yaml", "##[error]d.yaml",
                                  ":"])
def test_no_line_of_text_or_markdown_is_a_workflow_command(hostile: Path, path: str | None) -> None:
    report = _forged(verify([hostile]), claim_id=COMMAND, message=COMMAND, path=path)
    for name in ("text", "markdown", "junit"):
        lines = renderer(name)(report).splitlines()
        assert not [line for line in lines if re.match(r"\s*(::|##\[)", line)], name
    text = renderer("text")(report).splitlines()
    assert len(text) == len(report.findings) + 1  # a line break in data never starts a line


def test_a_newline_in_a_message_gives_one_github_command_per_line(hostile: Path) -> None:
    report = _forged(verify([hostile]), claim_id=COMMAND, message=COMMAND + " 100%", path="a,b:c.yaml")
    lines = renderer("github")(report).splitlines()
    assert len(lines) == len(report.findings) + 1
    for line in lines:
        assert re.match(r"::(error|warning|notice) [^:]*::", line), line
        assert "\r" not in line and "\u2028" not in line
    annotation = lines[0]
    assert annotation.startswith("::warning file=a%2Cb%3Ac.yaml,line=8,col=5,")
    assert annotation.endswith("::x ::error file=README.md,line=1::pwned ##[error]also ::warning::three 100%25")


def test_the_plain_policy_of_github_log_lines_keeps_commands_out(hostile: Path) -> None:
    report = verify([hostile])
    many = dataclasses.replace(report, findings=report.findings * 12)  # beyond 10 per level: plain log lines
    forged = _forged(many, claim_id="a", message="m", path="::error::x.yaml")
    lines = renderer("github")(forged).splitlines()
    plain = [line for line in lines if not line.startswith("::")]
    assert plain and all(line.startswith(r"\x3a:error::x.yaml:") for line in plain)


def test_sarif_messages_follow_the_plain_policy(hostile: Path) -> None:
    log = json.loads(renderer("sarif")(_forged(verify([hostile]), claim_id="a", message=COMMAND)))
    message = log["runs"][0]["results"][0]["message"]["text"]
    assert message.splitlines()[0] == "x ::error file=README.md,line=1::pwned ##[error]also ::warning::three"
    assert r"\x1b[2J" in message and ESC not in message and RLO not in message


# ---------------------------------------------------------------------------------------------------------
# Identifiers are refused at load


@pytest.mark.parametrize(("claim_id", "line", "column", "found"), [
    (r'"a\n::error file=README.md,line=1::x"', 14, 11,
     r"'a\n::error file=README.md,line=1::x' holds a line break (\n)"),
    (r'"cargo\e[2J"', 14, 11, r"'cargo\x1b[2J' holds a control character (\x1b)"),
    (r'"abc\u202edef"', 14, 11, r"'abcU+202Edef' holds a bidirectional control (U+202E)"),
    (r'"a\Lb"', 14, 11, r"'aU+2028b' holds a line break (U+2028)"),
    (r'"tab\there"', 14, 11, r"'tab\x09here' holds a control character (\x09)"),
    (r'"a\Nb"', 14, 11, r"'a\x85b' holds a line break (\x85)"),
])
def test_a_claim_id_with_a_line_break_or_control_is_refused_where_it_is(
        write: Writer, claim_id: str, line: int, column: int, found: str) -> None:
    path = write(claims_yaml(f'- {{id: {claim_id}, metric: trade, period: "2023", value: "$533 млн", said_by: stat}}'))
    assert only_load_problem(path) == (
        line, column, f"claim id {found}; an id is one line of printable characters: remove it")


def test_source_metric_and_review_ids_are_refused_too(write: Writer) -> None:
    header = HEADER.replace('  baq: {name: "BAQ.KZ", kind: outlet}', '  "ba\\eq": {name: "BAQ.KZ", kind: outlet}')
    header = header.replace('  cargo: {name:', '  "car\\u202ego": {name:')
    text = claims_yaml('- {id: t, metric: trade, period: "2023", value: "$533 млн", said_by: stat}', header) + (
        'reviews:\n  - {finding: "0123456789ab\\n", rule: "value-\\u0007conflict", status: accepted, by: Ed, '
        "date: 2025-10-21}\n")
    from tests.conftest import load_problems

    assert load_problems(write(text)) == [
        (7, 3, r"source id 'ba\x1bq' holds a control character (\x1b); an id is one line of printable characters: "
               "remove it"),
        (12, 3, "metric id 'carU+202Ego' holds a bidirectional control (U+202E); an id is one line of printable "
                "characters: remove it"),
        (16, 16, r"the review's fingerprint '0123456789ab\n' holds a line break (\n); an id is one line of "
                 "printable characters: remove it"),
        (16, 40, r"the review's rule id 'value-\x07conflict' holds a control character (\x07); an id is one line "
                 "of printable characters: remove it"),
    ]


# ---------------------------------------------------------------------------------------------------------
# The HTML report

ARTICLE = "Товарооборот в 2023 году достиг $533 млн.\n\nЕщё раз: $600 млн в 2023 году.\n"
PAGE_CLAIMS = claims_yaml(
    '- {id: a, metric: trade, period: "2023", value: "$533 млн", said_by: stat, '
    'quote: "Товарооборот в 2023 году достиг $533 млн"}\n'
    '- {id: b, metric: trade, period: "2023", value: "$600 млн", said_by: stat, quote: "$600 млн в 2023 году"}\n'
)
FORGED = '"><img src=x onerror=alert(1)>'
ELEMENTS = {"html", "head", "meta", "title", "style", "body", "a", "header", "h1", "p", "ul", "li", "span",
            "strong", "main", "div", "section", "h2", "mark", "aside", "h3", "article", "table", "caption", "tr",
            "th", "td", "thead", "tbody", "code", "script", "br"}


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.inline: dict[str, str] = {}
        self._open: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {key: value or "" for key, value in attrs}))
        self._open = tag if tag in ("style", "script") else None

    def handle_data(self, data: str) -> None:
        if self._open:
            self.inline[self._open] = data
            self._open = None


def parsed(document: str) -> _Elements:
    parser = _Elements()
    parser.feed(document)
    parser.close()
    return parser


def html_page(write: Writer, forge: bool = False) -> str:
    write(ARTICLE, "article.txt")
    path = write(PAGE_CLAIMS)
    outcome = run([path], Settings(text=path.parent / "article.txt", detail=True))
    (result,) = outcome.results
    report = outcome.report
    if forge:  # a cache entry's fingerprint, written into id="finding-..." and href="#finding-..."
        report = dataclasses.replace(report, findings=tuple(
            dataclasses.replace(f, fingerprint=FORGED) for f in report.findings))
        result = dataclasses.replace(result, findings=report.findings)
    page = build_page(result, result.article, report)
    return render_page(page, "title", "ru")


def test_a_forged_fingerprint_cannot_open_markup_in_the_html_report(write: Writer) -> None:
    document = html_page(write, forge=True)
    page = parsed(document)
    assert {tag for tag, _ in page.elements} <= ELEMENTS  # no <img>
    assert not any(key.startswith("on") for _, attrs in page.elements for key in attrs)
    ids = [attrs["id"] for tag, attrs in page.elements if tag == "article"]
    assert ids and all(value == f"finding-{FORGED}" for value in ids)  # the value, whole, inside its attribute
    links = [attrs["href"] for tag, attrs in page.elements if tag == "a" and "finding-" in attrs.get("href", "")]
    assert links and all(value == f"#finding-{FORGED}" for value in links)


def test_the_html_report_allows_only_its_own_style_and_script(write: Writer) -> None:
    page = parsed(html_page(write))
    (policy,) = [attrs["content"] for tag, attrs in page.elements
                 if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))

    def digest(source: str) -> str:
        return f"'sha256-{base64.b64encode(hashlib.sha256(source.encode()).digest()).decode()}'"

    assert directives == {
        "default-src": "'none'", "style-src": digest(page.inline["style"]),
        "script-src": digest(page.inline["script"]), "base-uri": "'none'", "form-action": "'none'",
    }
    assert not [attrs for _, attrs in page.elements if "src" in attrs or "style" in attrs]  # nothing to load
    tags = [tag for tag, _ in page.elements]
    assert tags.index("meta") < tags.index("style")  # the policy comes before what it governs


def test_without_article_text_the_page_allows_no_script(write: Writer) -> None:
    path = write(PAGE_CLAIMS)
    outcome = run([path], Settings(detail=True))
    (result,) = outcome.results
    document = render_page(build_page(result, None, outcome.report), "t", "ru")
    assert "script-src" not in document and "<script" not in document


def test_data_in_the_html_report_shows_controls(write: Writer, hostile: Path) -> None:
    outcome = run([hostile], Settings(detail=True))
    (result,) = outcome.results
    document = render_page(build_page(result, None, outcome.report), "t", "ru")
    assert not any(raw in document for raw in RAW)
    assert r"\x1b[2J\x1b[KU+202ERLO [bold red]markup[/] \x01\x1a\x1e" in document


# ---------------------------------------------------------------------------------------------------------
# The policies themselves


def test_line_breaks_fold_and_controls_show() -> None:
    assert escaping.one_line("a\r\nb\nc\rd\x85e\u2028f\u2029g") == "a b c d e f g"
    assert escaping.one_line("\x00\x07\t\x1b[2J\x7f\x9b\u200e\u200f\u061c\u2066\u2069") == (
        r"\x00\x07\x09\x1b[2J\x7f\x9bU+200EU+200FU+061CU+2066U+2069")
    assert escaping.one_line("Ёж «кавычки» — 5%") == "Ёж «кавычки» — 5%"  # text of the articles is untouched
    assert escaping.literal("a\r\nb\u2028") == r"a\r\nbU+2028"


def test_a_line_never_starts_as_a_workflow_command() -> None:
    assert escaping.line_start("::error::x") == r"\x3a:error::x"
    assert escaping.line_start(" \t::x") == r" \x09::x"  # TAB is shown, so the line starts with a backslash
    assert escaping.line_start("   ::x") == r"   \x3a:x"
    assert escaping.line_start("##[error]x") == r"\x23#[error]x"
    assert escaping.line_start("a::b") == "a::b" and escaping.line_start("## x") == "## x"
    assert escaping.line_start(":") == r"\x3a"  # a path ':' would start `::9:5: error ...`


def test_github_escaping_follows_githubs_rules() -> None:
    assert escaping.github_data("50% of\nall\r") == "50%25 of all "
    assert escaping.github_property("a:b,c%d") == "a%3Ab%2Cc%25d"


def test_xml_text_keeps_what_xml_can_hold() -> None:
    kept = escaping.xml_text("a\tb\nc\rd <&>")
    assert kept == "a\tb\nc\rd <&>"
    assert escaping.xml_text("\x01\x1a\x1e\ud800\ufffe\uffff\x85") == r"\x01\x1a\x1eU+D800U+FFFEU+FFFF" + "\x85"
    assert escaping.xml_line("a\nb\x01") == r"a b\x01"


def test_html_escaping_covers_attributes() -> None:
    assert escaping.html_line('"><img src=x>\'\n\x1b') == r"&quot;&gt;&lt;img src=x&gt;&#x27; \x1b"
    assert escaping.html_text("a\nb\u202e") == "a\nbU+202E"


def test_json_escapes_keep_the_data() -> None:
    data = {"a": "x\u202e\x85\u2028\u2029\x7f\x9b\x1b"}
    rendered = escaping.json_document(json.dumps(data, ensure_ascii=False))
    assert json.loads(rendered) == data
    assert not re.search("[\x7f-\x9f\u2028\u2029\u202e]", rendered)


# ---------------------------------------------------------------------------------------------------------
# extract keeps line and paragraph separators


@pytest.mark.parametrize("separator", ["\u2028", "\u0085", "\u2029"])
def test_extract_keeps_separators_so_its_draft_finds_its_own_quotes(tmp_path: Path, separator: str) -> None:
    from typer.testing import CliRunner

    from factcheck.cli import app

    article = tmp_path / "article.txt"
    article.write_text(f"Coal\n\nIn 2023 the company sold 5{separator}million tonnes of coal, the report says.\n",
                       encoding="utf-8")
    draft = tmp_path / "claims.yaml"
    runner = CliRunner()
    extracted = runner.invoke(app, ["extract", str(article), "--language", "en", "--published", "2024-01-10",
                                    "-o", str(draft)])
    assert extracted.exit_code == 0, extracted.stderr
    checked = runner.invoke(app, ["verify", str(draft), "--text", str(article), "--format", "json"])
    findings = json.loads(checked.stdout)["findings"]
    assert [f["rule"] for f in findings if f["rule"] in ("quote-not-found", "uncurated-figure")] == []
    quotes = [claim["quote"] for f in findings for claim in f["claims"]]
    assert quotes and all(f"5{separator}million tonnes" in quote for quote in quotes)
