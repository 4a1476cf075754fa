"""Fuzz the loader, `verify` and the review writer on generated claims files."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.errors import InputError
from factcheck.loader import last_review, load_claims_text, parse_yaml
from factcheck.review_writer import append_review
from tests.conftest import HEADER
from tests.fuzz.settings import fuzz

runner = CliRunner()
CLAIMS = (
    "claims:\n"
    '  - {id: a, metric: trade, period: "2023", value: "$533 млн", said_by: stat}\n'
    '  - {id: b, metric: trade, period: "2024", change: "+5%", since: P1Y, said_by: stat}\n'
)
VALID = HEADER + CLAIMS
YAML_PIECES = st.sampled_from([
    "\n", " ", "  ", "- ", ": ", "#", "&a ", "*a", "!!python/object ", "<<: ", "[", "]", "{", "}", ",", "'", '"',
    "|", ">", "...", "---", "\t", "\r\n", "\r", "\ufeff", "~", "null", "P99999999999Y", "0001", "reviews:",
    "factcheck: 1\n", "value: ", "period: ", "since: ", "5 t/0",
])


@st.composite
def mutated_claims_files(draw: st.DrawFn) -> str:
    """A valid claims file with a few pieces of YAML (or anything) inserted, deleted or replaced."""
    text = VALID
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        piece = draw(st.one_of(YAML_PIECES, st.text(max_size=8)))
        cut = draw(st.integers(0, 6))
        text = text[:at] + piece + text[at + cut:]
    return text


@fuzz
@given(st.one_of(mutated_claims_files(), st.text(max_size=300)))
@example(VALID.replace('period: "2024"', 'period: "0001"'))
@example(VALID.replace("since: P1Y", "since: P800000D"))
@example(VALID.replace("since: P1Y", "since: P99999999999Y"))
@example("a: &a [*a]\n")
def test_the_loader_loads_or_reports_one_line_problems(text: str) -> None:
    try:
        load_claims_text(Path("claims.yaml"), text)
    except InputError as error:
        assert error.problems
        assert all("\n" not in str(problem) for problem in error.problems)


@fuzz
@given(mutated_claims_files())
def test_verify_never_exits_3(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "claims.yaml"
        path.write_text(text, encoding="utf-8")
        result = runner.invoke(app, ["verify", str(path)])
    assert result.exit_code in (0, 1, 2), result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr


OLD_REVIEW = ["finding: 0123456789ab", "status: accepted", "by: Someone", "date: 2025-10-01"]


@st.composite
def layouts(draw: st.DrawFn) -> str:
    """A valid claims file in one of the layouts people write: reviews anywhere, any indentation and line end."""
    style = draw(st.sampled_from(["missing", "empty", "null", "flow", "block"]))
    dash, gap = draw(st.integers(0, 4)), draw(st.integers(1, 3))
    if style == "missing":
        reviews = ""
    elif style == "empty":
        reviews = "reviews:" + draw(st.sampled_from(["", "   ", "  # none yet"])) + "\n"
    elif style == "null":
        reviews = "reviews: " + draw(st.sampled_from(["~", "null", "Null", "~  # none"])) + "\n"
    elif style == "flow":
        reviews = "reviews: " + draw(st.sampled_from(["[]", "[ ]", "[{" + ", ".join(OLD_REVIEW) + "}]"])) + "\n"
    else:
        items = draw(st.integers(1, 2))
        body = ""
        for number in range(items):
            lines = [f"finding: {number:012d}", *OLD_REVIEW[1:]]
            body += " " * dash + "-" + " " * gap + lines[0] + "\n"
            body += "".join(" " * (dash + 1 + gap) + line + "\n" for line in lines[1:])
        if draw(st.booleans()):
            body += " " * (dash + 1 + gap) + "note: |\n" + " " * (dash + 3 + gap) + "kept as written\n"
        reviews = "reviews:\n" + body
    where = draw(st.sampled_from(["end", "middle"]))
    text = HEADER + CLAIMS + reviews if where == "end" else HEADER.replace("metrics:", reviews + "metrics:") + CLAIMS
    if draw(st.booleans()):
        text += draw(st.sampled_from(["...\n", "# the end\n", "\n\n"]))
    if draw(st.booleans()):
        text = text.rstrip("\n")
    return text.replace("\n", draw(st.sampled_from(["\n", "\r\n", "\r"])))


@fuzz
@given(layouts(), st.text(min_size=1, max_size=30).filter(str.strip), st.text(max_size=40))
@example(HEADER + CLAIMS + "reviews:\n    - finding: 0123456789ab\n      status: accepted\n      by: A\n      date: "
         "2025-10-01\n...\n", "A. Editor", "")
@example((HEADER + CLAIMS + "reviews:\n  - " + "\n    ".join(OLD_REVIEW) + "\n    note: |\n      kept").replace(
    "\n", "\r\n"), "A. Editor", "")
@example(VALID, "0", "\x85")  # found by this target: NEL is a line break inside YAML quotes
@example(VALID, "0", "\x7f")  # found by this target: YAML refuses DEL even inside quotes
@example(VALID, "yes", "null")
def test_the_review_writer_appends_and_changes_nothing_else(text: str, by: str, note: str) -> None:
    path = Path("claims.yaml")
    load_claims_text(path, text)  # verify accepts it, so review must too
    fields = [("finding", "abcdef012345"), ("status", "false-positive"), ("by", by), ("date", "2025-11-01")]
    if note:
        fields.append(("note", note))
    updated = append_review(path, text, fields)
    count, last = last_review(path, updated)
    assert count == last_review(path, text)[0] + 1 and all(last[key] == value for key, value in fields)
    parse_yaml(path, updated)
    newline = "\r\n" if "\r\n" in text else "\r" if "\r" in text else "\n"
    if newline != "\n":
        assert "\n" not in updated.replace("\r\n", "") or newline == "\r\n"
    _assert_only_added(text, updated)


def _assert_only_added(before: str, after: str) -> None:
    """`before` is a subsequence of `after` (nothing removed or changed), once a `~` or `null` of `reviews:` goes."""
    expected = re.sub(r"(reviews:)[ \t]+(?:~|null|Null)", r"\1", before, count=1)
    position = 0
    for char in after:
        if position < len(expected) and char == expected[position]:
            position += 1
    assert position == len(expected), expected[position:]


def test_a_review_field_that_is_not_text_is_refused() -> None:
    try:
        append_review(Path("claims.yaml"), VALID, [("finding", "abcdef012345"), ("by", "\udc80")])
    except InputError as error:
        assert str(error) == ("factcheck: error: claims.yaml: the review's by holds bytes that are not text; type it "
                              "again")
    else:
        raise AssertionError("a lone surrogate was written")
