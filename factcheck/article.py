"""Article text: paragraphs, lines, and where a quote stands once quotes, dashes, case and spaces are folded."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass
from pathlib import Path

from factcheck.patterns import lazy
from factcheck.textfile import decode_utf8, limits, read_capped

_FOLD = str.maketrans({
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‟": '"', "'": '"', "‘": '"', "’": '"', "`": '"',
    "–": "-", "—": "-", "−": "-", "‒": "-", "―": "-", "ё": "е", "Ё": "е",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\t": " ", "\r": " ", "\n": " ",
})
# no `\s*` around it: the pieces are folded (spaces trimmed) anyway, and `\s*` made runs of spaces quadratic
_ELLIPSIS = lazy(r"\.\.\.|…|\[\.\.\.\]|\(\.\.\.\)")


@dataclass(frozen=True)
class Place:
    """Where a quote or figure stands in the article: its file, and paragraph, line and column, all 1-based."""

    path: str
    paragraph: int
    line: int
    column: int


_MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
# What a reader does not see in Markdown: block markers, emphasis, code ticks, link targets, tags.
# Every bracketed form stops at the next opening bracket of its kind, so a run of `[`, `<` or `](` costs one
# step per character instead of a scan to the end of the line from each of them.
_MARKDOWN_HIDDEN = lazy(
    r"""
    ^[ \t]{0,3}\[[^\]\n]+\]:[^\n]*$            # a link definition line
    | ^[ \t]{0,3}(?:\#{1,6}[ \t]+|>[ \t]?)+      # heading or quote markers
    | ^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+          # list markers (and their numbering)
    | ^[ \t]{0,3}(?:[-*_][ \t]*){3,}$            # a horizontal rule
    | ^[ \t]*(?:```|~~~)[^\n]*$                  # code fences
    | !?\[(?=[^\[\]\n]*\])                        # the opening bracket of a link or image
    | \]\((?:[^()\n]|\([^()\n]*\))*\)              # ](target) of a link, one level of (parentheses) inside
    | \]\[[^\[\]\n]*\]                            # ][ref] of a reference link
    | <[^<>\n]+>                                 # HTML tags and autolinks
    | \*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)  # emphasis markers
    | `+                                        # code ticks
    | \\(?=[\\`*_{}\[\]()\#+\-.!])                # a backslash escape
    """,
    re.MULTILINE | re.VERBOSE,
)


# A hard-wrapped paragraph (a press release, a wire, Markdown kept at 72 or 80 columns, a newspaper's column)
# breaks its lines where its width runs out, inside sentences or after them: a reader sees one space there, and
# the sentences are told apart as in any paragraph. A line well short of its paragraph's longest (this share of
# it) ends where its writer ended it: a headline, a list item; and a paragraph of short lines only is a table or a
# list, never wrapped ("Павлодарская 6,3 6,9 -8%").
_WRAPPED_LINE_SHARE = 0.6
_WRAPPED_WIDTH_MIN = 45
# A line that starts a block ends the line before it: list markers and numbering, headings, quotes, tables, code
# fences, rules and setext underlines. In plain text a hyphen at a line's start is a dash typed as one.
_BLOCK_START = lazy(r"[ \t]*(?:(?:[*+•]|\d{1,3}[.)]|\#{1,6})(?:[ \t]|$)|[>|]|```|~~~|=+[ \t]*$|(?:_[ \t]*){3,}$)")
_MARKDOWN_ITEM = lazy(r"[ \t]*-(?:[ \t]|$)")
# A dash at a line's start is the dash of a wrapped sentence ("свеклу / — на 14,7%"), or an item of a list of
# dashes when the line before is one too.
_DASH_ITEM = lazy(r"[ \t]*[-–—](?:[ \t]|$)")
# Paragraphs are separated by blank lines; in a text with none, each line is one (as wire copy often comes)
BLANK_LINE = r"\n[ \t]*\r?\n"
_BLANK_LINE = lazy(BLANK_LINE)
# Cells of a table aligned with spaces stand two spaces or a tab apart, at least twice in a row's line
_CELL_GAP = lazy(r"\S(?: {2,}|\t)(?=\S)")
_TABLE_GAPS = 2
# Two hyphens between spaces are the dash a typewriter or a plain-text editor types (" -- "): a reader sees "—",
# as Markdown's typographers print it, and every rule that reads a dash reads it so.
_TYPED_DASH = lazy(r"(?<=[ \t])--(?=[ \t])")
# A run of spaces is one space to a reader ("rose 5%,  the office said", two spaces after a full stop, an indented
# paragraph), except between digits, where it may part a table's columns ("12   345" is two numbers, never 12345).
# Linear: a run is matched once, from its first space.
_SPACE_RUN = lazy("(?<![ \t\u00a0\u202f\u2009\u2007])[ \t\u00a0\u202f\u2009\u2007]{2,}")
# A line's indentation is no part of what a reader sees (an indented paragraph starts with its first word)
_INDENT = lazy("^[ \t\u00a0\u202f\u2009\u2007]+", re.MULTILINE)
# A no-break, thin or figure space looks like a space and is read as one: a typographer's "на\u00a05%", "в\u00a02024
# году", "by\u00a00.8%" glue a short word to the next and must not part it from the rules that read them together
_ODD_SPACE = lazy("[\u00a0\u202f\u2009\u2007]")
# Characters no reader sees, as copied web text keeps them: a soft hyphen where a browser may break a word
# ("регио\u00adнов"), zero-width spaces and joiners, direction marks, a byte order mark inside the text. A word
# is read without them; between two digits they are kept, for the figure reader to name in its error.
_INVISIBLE = lazy("[\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff]+")
# Markdown shows an HTML entity as the character it names ("&nbsp;", "&mdash;", "&#171;", "&#x2014;"), as copied
# web text writes them; plain text shows it as typed. Bounded in length, so each is matched in constant time.
_ENTITY = lazy(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|\#[0-9]{1,7}|\#[xX][0-9A-Fa-f]{1,6});")


def paragraph_break(text: str) -> str:
    """The pattern that separates a text's paragraphs: a blank line, or in a text with none, a line break."""
    return BLANK_LINE if _BLANK_LINE.search(text) is not None else r"\n"


def soft_wraps(text: str, markdown: bool) -> list[tuple[int, int]]:
    """Where a paragraph's line breaks only wrap its lines: each break's span with the spaces around it.

    Only in a text whose paragraphs are separated by blank lines (in a text with none, each line is one); the
    first line is a headline standing alone unless the next goes on with its sentence (no capital).
    """
    if paragraph_break(text) != BLANK_LINE:
        return []
    wraps: list[tuple[int, int]] = []
    line_start = 0
    paragraph: list[tuple[int, str]] = []  # (offset, line) of the paragraph read so far
    headline_seen = False
    for line in [*text.split("\n"), ""]:
        if line.strip():
            paragraph.append((line_start, line))
        else:
            widest = max((len(content.strip()) for _, content in paragraph), default=0)
            shortest = _WRAPPED_LINE_SHARE * widest if widest >= _WRAPPED_WIDTH_MIN else float("inf")
            for (start, before), (next_start, after) in itertools.pairwise(paragraph):
                headline = not headline_seen and start == paragraph[0][0]
                if _wraps(before, after, shortest, markdown, headline):
                    content = before.rstrip(" \t\r")
                    indent = len(after) - len(after.lstrip(" \t"))
                    wraps.append((start + len(content), next_start + indent))
            headline_seen = headline_seen or bool(paragraph)
            paragraph = []
        line_start += len(line) + 1
    return wraps


def _wraps(before: str, after: str, shortest: float, markdown: bool, headline: bool) -> bool:
    """Whether the break between two lines of a paragraph only wraps it."""
    content = before.strip()
    if len(content) < shortest or content.endswith(":") or (headline and after.lstrip()[:1].isupper()):
        return False
    if _BLOCK_START.match(after) or (_DASH_ITEM.match(after) and _DASH_ITEM.match(before)):
        return False
    if any(len(_CELL_GAP.findall(line.strip())) >= _TABLE_GAPS for line in (before, after)):
        return False  # "North region  12.5  13.1  +4.8%": a row of a table aligned with spaces
    # Markdown ends a line with two spaces or a backslash; its headings and table rows are one line each
    return not markdown or not (before.rstrip("\r").endswith("  ") or content.endswith("\\")
                                or content.startswith(("#", "|")) or _MARKDOWN_ITEM.match(after))


def _entities(text: str) -> list[tuple[int, int, str]]:
    """Each HTML entity of a Markdown text and the character it shows (a space for any space: "&nbsp;", "&#10;").

    A text that is not an entity after all ("&foo;") stays as typed.
    """
    import html  # only Markdown reads entities: the start-up of a plain text's check pays nothing for them

    shown = ((match.start(), match.end(), html.unescape(match.group(0))) for match in _ENTITY.finditer(text))
    return [(start, end, " " if character.isspace() else character) for start, end, character in shown
            if character != text[start:end]]


def visible_text(text: str, markdown: bool) -> tuple[str, list[int]]:
    """The text a reader sees and, for each of its characters, its offset in the source.

    Markdown's markup is hidden; a line break that only wraps a paragraph is one space; a dash typed as two
    hyphens between spaces is one dash; a run of spaces is one space, unless it parts two digits; a line's
    indentation is hidden; a no-break or thin space is a space; a soft hyphen or a zero-width character is
    hidden, unless it parts two digits; in Markdown an HTML entity is what it names.
    """
    wraps = soft_wraps(text, markdown)
    typed = [(match.start(), match.end(), "—") for match in _TYPED_DASH.finditer(text)]
    typed += [(match.start(), match.end(), " ") for match in _SPACE_RUN.finditer(text)
              if not (text[match.start() - 1 : match.start()] + text[match.end() : match.end() + 1]).isdigit()]
    typed += [(match.start(), match.end(), "") for match in _INDENT.finditer(text)]
    typed += [(match.start(), match.end(), " ") for match in _ODD_SPACE.finditer(text)]
    typed += [(match.start(), match.end(), "") for match in _INVISIBLE.finditer(text)
              if not (text[match.start() - 1 : match.start()] + text[match.end() : match.end() + 1]).isdigit()]
    if not markdown and not wraps and not typed:
        return text, list(range(len(text)))
    hidden_spans = ((match.start(), match.end(), "") for match in _MARKDOWN_HIDDEN.finditer(text)) if markdown else ()
    if markdown:
        typed += _entities(text)
    # of spans that start together the longest is read (a wrap over the spaces that end its line, a list marker
    # over its indentation), and of two alike the one that hides (an indentation over its run of spaces)
    replaced = sorted([*hidden_spans, *((start, end, " ") for start, end in wraps), *typed],
                      key=lambda span: (span[0], -span[1], span[2]))
    chars: list[str] = []
    offsets: list[int] = []
    position = 0
    for start, end, replacement in replaced:
        if start < position:
            continue  # a wrap's spaces already hidden with the markup before them
        for offset in range(position, start):
            chars.append(text[offset])
            offsets.append(offset)
        for character in replacement:  # an entity may name two characters: each stands where the entity does
            chars.append(character)
            offsets.append(start)
        position = end
    for offset in range(position, len(text)):
        chars.append(text[offset])
        offsets.append(offset)
    return "".join(chars), offsets


@dataclass(frozen=True)
class ArticleText:
    """An article's text (plain or Markdown), with what is needed to locate quotes and figures in it."""

    path: Path
    text: str

    @classmethod
    def read(cls, path: Path) -> ArticleText:
        """Read an article text file (UTF-8, with or without BOM), up to the configured cap."""
        raw = read_capped(path, limits().article_bytes, "article text", "article-bytes")
        return cls(path, decode_utf8(path, raw, "article text"))

    @property
    def is_markdown(self) -> bool:
        """Whether the draft is Markdown (by its file name), so markup is not part of what is matched."""
        return self.path.suffix.lower() in _MARKDOWN_SUFFIXES

    @functools.cached_property
    def _visible(self) -> tuple[str, list[int]]:
        return visible_text(self.text, self.is_markdown)

    @property
    def visible(self) -> str:
        """The text a reader sees: the source itself for plain text, Markdown without its markup."""
        return self._visible[0]

    def source_offset(self, visible_offset: int) -> int:
        """Where a character of the visible text stands in the source file."""
        offsets = self._visible[1]
        if not offsets:
            return 0
        return offsets[min(visible_offset, len(offsets) - 1)]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """A span of the visible text as a span of the source file."""
        return self.source_offset(start), self.source_offset(max(start, end - 1)) + 1

    @functools.cached_property
    def _folded(self) -> tuple[str, list[int]]:
        folded, offsets = fold_with_offsets(self.visible)
        return folded, [self.source_offset(offset) for offset in offsets]

    @functools.cached_property
    def _line_starts(self) -> list[int]:
        return [0] + [match.end() for match in re.finditer(r"\n", self.text)]

    @functools.cached_property
    def _paragraph_starts(self) -> list[int]:
        return [match.end() for match in re.finditer(paragraph_break(self.text) + r"\s*", self.text.rstrip())]

    def place(self, offset: int) -> Place:
        """The paragraph, line and column of a character offset of the source file."""
        line = bisect.bisect_right(self._line_starts, offset)
        column = offset - self._line_starts[line - 1] + 1
        paragraph = bisect.bisect_right(self._paragraph_starts, offset) + 1
        return Place(str(self.path), paragraph, line, column)

    def find_quote(self, quote: str) -> tuple[int, int] | None:
        """The source span of a quote, folding case, quotes, dashes and spaces; `...` skips words."""
        folded, offsets = self._folded
        pieces = [fold(piece) for piece in _ELLIPSIS.split(quote) if fold(piece)]
        if not pieces:
            return None
        start = folded.find(pieces[0])
        if start < 0:
            return None
        position = start + len(pieces[0])
        for piece in pieces[1:]:
            found = folded.find(piece, position)
            if found < 0:
                return None
            position = found + len(piece)
        return offsets[start], offsets[position - 1] + 1

    def closest_passage(self, quote: str) -> tuple[int, int] | None:
        """The source span of the sentence that best matches a quote it no longer holds, if any is close."""
        target = fold(quote)
        if not target:
            return None
        import difflib  # only for a quote the text no longer holds word for word

        best: tuple[float, int, int] | None = None
        for sentence in _SENTENCE.finditer(self.visible):
            candidate = fold(sentence.group(0))
            if not candidate:
                continue
            matcher = difflib.SequenceMatcher(None, candidate, target, autojunk=False)
            if matcher.real_quick_ratio() * (len(candidate) + len(target)) / 2 / len(target) < _CLOSE:
                continue
            covered = sum(block.size for block in matcher.get_matching_blocks()) / len(target)
            if covered >= _CLOSE and (best is None or covered > best[0]):
                best = (covered, sentence.start(), sentence.end())
        if best is None:
            return None
        return self.source_span(best[1], best[2])


_SENTENCE = lazy(r"[^.!?…\n]+(?:[.!?…]+|$)", re.MULTILINE)
_CLOSE = 0.75  # share of the quote's characters a sentence must still hold to count as its edited version


def fold(text: str) -> str:
    """Text as quotes are compared: case, quote marks, dashes, ё and runs of spaces folded."""
    return fold_with_offsets(text)[0]


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the offset it came from in `text`."""
    translated = text.translate(_FOLD).casefold()
    chars: list[str] = []
    offsets: list[int] = []
    # casefold may change lengths (ß -> ss); keep offsets approximate in that rare case
    ratio = len(text) / max(len(translated), 1)
    for index, char in enumerate(translated):
        if char == " " and (not chars or chars[-1] == " "):
            continue
        chars.append(char)
        offsets.append(min(int(index * ratio), len(text) - 1))
    while chars and chars[-1] == " ":
        chars.pop()
        offsets.pop()
    return "".join(chars), offsets
