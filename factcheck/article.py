"""Article text: paragraphs, lines, and where a quote stands once quotes, dashes, case and spaces are folded."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import InputError

_FOLD = str.maketrans({
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‟": '"', "'": '"', "‘": '"', "’": '"', "`": '"',
    "–": "-", "—": "-", "−": "-", "‒": "-", "―": "-", "ё": "е", "Ё": "е",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\t": " ", "\r": " ", "\n": " ",
})
_ELLIPSIS = re.compile(r"\s*(?:\.\.\.|…|\[\.\.\.\]|\(\.\.\.\))\s*")


@dataclass(frozen=True)
class Place:
    """Where a quote or figure stands in the article: its file, and paragraph, line and column, all 1-based."""

    path: str
    paragraph: int
    line: int
    column: int


@dataclass(frozen=True)
class ArticleText:
    """An article's text, with what is needed to locate quotes in it."""

    path: Path
    text: str

    @classmethod
    def read(cls, path: Path) -> ArticleText:
        """Read an article text file (UTF-8, with or without BOM)."""
        try:
            return cls(path, path.read_bytes().decode("utf-8-sig"))
        except FileNotFoundError:
            raise InputError.single(path, "article text not found; check the path given to --text") from None
        except UnicodeDecodeError:
            raise InputError.single(path, "article text is not valid UTF-8; save it as UTF-8") from None
        except OSError as error:
            raise InputError.single(path, f"article text cannot be read ({error.strerror})") from None

    @functools.cached_property
    def _folded(self) -> tuple[str, list[int]]:
        return fold_with_offsets(self.text)

    @functools.cached_property
    def _line_starts(self) -> list[int]:
        return [0] + [match.end() for match in re.finditer(r"\n", self.text)]

    @functools.cached_property
    def _paragraph_starts(self) -> list[int]:
        return [match.end() for match in re.finditer(r"\n[ \t]*\n\s*", self.text)]

    def place(self, offset: int) -> Place:
        """The paragraph, line and column of a character offset."""
        line = bisect.bisect_right(self._line_starts, offset)
        column = offset - self._line_starts[line - 1] + 1
        paragraph = bisect.bisect_right(self._paragraph_starts, offset) + 1
        return Place(str(self.path), paragraph, line, column)

    def find_quote(self, quote: str) -> tuple[int, int] | None:
        """The span of a quote in the text, folding case, quotes, dashes and spaces; `...` skips words."""
        folded, offsets = self._folded
        pieces = [fold(piece) for piece in _ELLIPSIS.split(quote) if fold(piece)]
        if not pieces:
            return None
        start = position = folded.find(pieces[0])
        if start < 0:
            return None
        position = start + len(pieces[0])
        for piece in pieces[1:]:
            found = folded.find(piece, position)
            if found < 0:
                return None
            position = found + len(piece)
        return offsets[start], offsets[position - 1] + 1


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
