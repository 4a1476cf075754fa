"""Fuzz the parsers: whatever the input, a result or the parser's own error, never another exception."""

from __future__ import annotations

import contextlib
import tempfile
import textwrap
from datetime import date
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from factcheck.article import ArticleText, fold, visible_text
from factcheck.errors import InputError, InputProblem
from factcheck.figures import find_figures
from factcheck.periods import Duration, Period, PeriodError, parse_duration, parse_period
from factcheck.quantities import FigureError, numbers_in, parse_bound, parse_change, parse_value
from factcheck.textfile import decode_utf8
from tests.fuzz.settings import fuzz

# characters that matter to the parsers, mixed with any text
FIGURE_ALPHABET = st.sampled_from([*"0123456789 ,.-–+%$€£/^PYMWDQH\u00a0\u202f\u200b\u200f\ufeffмлнтысярдbnmk",
                                   "млн", "тыс.", "один", "два", "около", "более", "до", "t", "km", "USD"])
FIGURE_TEXT = st.one_of(st.text(max_size=40), st.lists(FIGURE_ALPHABET, max_size=20).map("".join))
PERIOD_TEXT = st.one_of(
    st.text(max_size=30),
    st.builds(lambda year, rest: f"{year:04d}{rest}", st.integers(0, 99999),
              st.sampled_from(["", "-01", "-13", "-Q4", "-H2", "-02-30", "/2025", "-12-31"])),
)
DURATION_TEXT = st.one_of(
    st.text(max_size=30),
    st.builds(lambda number, unit: f"P{number}{unit}", st.integers(0, 10**15), st.sampled_from("YMWD")),
)


@fuzz
@given(FIGURE_TEXT, st.sampled_from(["ru", "en"]), st.sampled_from(["value", "change", "bound"]))
@example("5" + " " * 20_000 + "млн", "ru", "value")
def test_figure_parsers_read_or_refuse(text: str, language: str, form: str) -> None:
    parse = {"value": parse_value, "change": parse_change, "bound": parse_bound}[form]
    try:
        parse(text, language)
    except FigureError as error:
        assert str(error) and "\n" not in str(InputProblem(Path("f.yaml"), 1, 1, str(error)))
    numbers_in(text, language)


@pytest.mark.parametrize("text", ["5 t/0", "5 m^0"])  # once a ZeroDivisionError and a KeyError (exit 3)
def test_a_unit_divided_by_zero_is_refused(text: str) -> None:
    with pytest.raises(FigureError):
        parse_value(text, "ru")


@fuzz
@given(PERIOD_TEXT, DURATION_TEXT)
@example("0001", "P1Y")
@example("2025", "P800000D")
@example("2025", "P99999999999Y")
@example("9999-12-31", "P1D")
def test_period_parsers_read_or_refuse(period_text: str, duration_text: str) -> None:
    period: Period | None = None
    duration: Duration | None = None
    try:
        period = parse_period(period_text)
    except PeriodError as error:
        assert "\n" not in str(InputProblem(Path("f.yaml"), 1, 1, str(error)))
    with contextlib.suppress(PeriodError):
        duration = parse_duration(duration_text)
    if period is not None and duration is not None:
        try:
            shifted = period.shifted_back(duration)
        except PeriodError:
            return
        assert shifted.start <= period.start


@fuzz
@given(st.binary(max_size=200))
@example("ab".encode("utf-16-le"))
@example(b"\xef\xbb\xbfok\r\ncaf\xe9")
@example(b"\x00")
def test_decoding_reads_or_points_at_the_byte(raw: bytes) -> None:
    try:
        text = decode_utf8(Path("f.txt"), raw, "article text")
    except InputError as error:
        (problem,) = error.problems
        assert problem.line is not None and problem.line >= 1 and "\n" not in problem.message
        return
    assert "\x00" not in text


TEXT_ALPHABET = st.sampled_from([*"abc 5%.,[]()<>!*_`#\n\t-—«»\"'…", "](", "...", "один ", " 000", "Рост "])
ARTICLE_TEXT = st.one_of(st.text(max_size=200), st.lists(TEXT_ALPHABET, max_size=80).map("".join))


@fuzz
@given(st.lists(st.text(alphabet="abcxyzабвгд0123456789,%$", min_size=1, max_size=12), min_size=1, max_size=60),
       st.integers(57, 100), st.booleans())
def test_a_paragraph_wrapped_at_any_width_reads_as_one_line(words: list[str], width: int, markdown: bool) -> None:
    paragraph = " ".join(words)
    wrapped = "\n".join(textwrap.wrap(paragraph, width, break_long_words=False, break_on_hyphens=False))
    visible, offsets = visible_text(f"Headline\n\n{wrapped}\n", markdown)
    assert visible == f"Headline\n\n{paragraph}\n"
    assert offsets == sorted(set(offsets))


@fuzz
@given(ARTICLE_TEXT, ARTICLE_TEXT, st.booleans())
@example("[" * 50, "[", True)
@example("Рост" + " " * 500 + "на 5%", "Рост   ...   5%", False)
def test_text_functions_never_fail_and_stay_in_bounds(text: str, quote: str, markdown: bool) -> None:
    visible, offsets = visible_text(text, markdown)
    assert len(visible) == len(offsets) and all(0 <= offset < len(text) for offset in offsets)
    article = ArticleText(Path("article.md" if markdown else "article.txt"), text)
    span = article.find_quote(quote)
    if span is not None:
        start, end = span
        assert 0 <= start < end <= len(text)
        place = article.place(start)
        assert place.line >= 1 and place.column >= 1
    fold(quote)
    for figure in find_figures(text[:120], "ru"):
        assert figure.start < figure.end


PRINTABLE_TEXT = ARTICLE_TEXT.map(lambda text: "".join(c for c in text if c.isprintable() or c in "\n\t"))


@fuzz
@given(PRINTABLE_TEXT)
def test_extract_drafts_a_file_that_loads(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        _draft_loads(Path(folder), text)


def test_a_control_character_in_the_article_still_drafts_a_file_that_loads(tmp_path: Path) -> None:
    # found by test_extract_drafts_a_file_that_loads: DEL was written raw inside a quoted YAML string
    _draft_loads(tmp_path, "Рост 5% \x7f в 2024 году.")


def test_a_bare_percentage_drafts_a_file_that_loads(tmp_path: Path) -> None:
    # found by test_extract_drafts_a_file_that_loads: the draft wrote `unit: %` unquoted
    _draft_loads(tmp_path, "0%")


def test_an_article_without_figures_drafts_a_file_that_loads(tmp_path: Path) -> None:
    _draft_loads(tmp_path, "Рост был заметным, но никто не назвал цифр.")


def _draft_loads(folder: Path, text: str) -> None:
    from factcheck.claims_writer import article_reference, render_claims_file
    from factcheck.extract import extract
    from factcheck.loader import load_claims_text

    article = ArticleText(folder / "article.txt", text[:150])
    article.path.write_text(article.text, encoding="utf-8")
    extraction = extract(article, language="ru", published=date(2025, 1, 1))
    path = folder / "draft.yaml"
    drafted = load_claims_text(path, render_claims_file(extraction, article_reference(article.path, path),
                                                         date(2025, 1, 1)))
    if not extraction.figures:
        assert drafted.claims == ()  # an article without figures drafts a file with no claims
