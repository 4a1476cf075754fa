"""Appending a review to a claims file: serialised between processes, every other byte unchanged.

`factcheck review` runs can overlap (two editors, a script over many findings). Each one holds an exclusive
lock on the claims file while it reads the file, decides and writes it back, so every review lands. The file
is replaced by rename (a crash leaves the old file or the new one, never half of one), which gives it a new
inode: a run that waited for the lock checks that the file it locked is still the one at the path, and locks
again if not. Writes go to the real file behind a symlink, so the link stays a link.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path

from factcheck.errors import InputError
from factcheck.loader import ReviewsLayout, last_review, reviews_layout
from factcheck.output import os_error, real_path, replace_file

_LINE_END = re.compile(r"\r\n|\r|\n")
# values YAML would read as something other than the text written: null, booleans, numbers with a dot
_YAML_WORDS = {"", "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n"}
_PLAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*")
_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


@contextlib.contextmanager
def locked(path: Path) -> Iterator[Path]:
    """Hold the exclusive review lock of a claims file; yield the real file (symlinks followed)."""
    import fcntl

    while True:
        target = real_path(path)
        try:
            descriptor = os.open(target, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        except FileNotFoundError:
            raise InputError.single(path, "claims file not found; check the path") from None
        except OSError as error:
            raise os_error(path, error, "cannot open the claims file") from None
        try:
            if not stat.S_ISREG(os.fstat(descriptor).st_mode):
                raise InputError.single(path, "is not a regular file; a review is written into a claims file")
            fcntl.flock(descriptor, fcntl.LOCK_EX)
            locked_file, current = os.fstat(descriptor), _status(target)
            if current is not None and (current.st_dev, current.st_ino) == (locked_file.st_dev, locked_file.st_ino):
                yield target
                return
        finally:
            os.close(descriptor)  # also releases the lock


def _status(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except OSError:
        return None


_BOM = b"\xef\xbb\xbf"


def write_claims_text(path: Path, target: Path, text: str) -> None:
    """Replace the claims file (its real file `target`) with `text`, keeping its mode and its byte order mark."""
    mode = stat.S_IMODE(os.stat(target).st_mode)
    with open(target, "rb") as existing:
        bom = existing.read(len(_BOM)) == _BOM
    replace_file(path, target, (_BOM if bom else b"") + text.encode("utf-8"), mode)


def append_review(path: Path, text: str, fields: Sequence[tuple[str, str]]) -> str:
    """The claims file's text with a review of `fields` (key, value as text) appended, every other byte unchanged.

    The review goes after the last existing review (or into a new `reviews:` section after the last key),
    written in the file's own indentation and line ends. The result is parsed again and must hold the new
    review as its last, so a write never leaves a file factcheck cannot read.
    """
    for key, value in fields:
        if _SURROGATE.search(value):
            raise InputError.single(path, f"the review's {key} holds bytes that are not text; type it again")
    original, newline = text, _newline(text)
    layout = reviews_layout(path, text)
    values = [(key, scalar(value)) for key, value in fields]
    if layout.style == "flow":
        closing = text.rfind("]", layout.value_start, layout.value_end)
        separator = ", " if layout.count else ""
        flow = "{" + ", ".join(f"{key}: {value}" for key, value in values) + "}"
        updated = text[:closing] + separator + flow + text[closing:]
    elif layout.style == "block":
        line_start = _line_start(text, layout.first_item)
        dash = text.rfind("-", line_start, layout.first_item) - line_start
        item = _block_item(values, dash, layout.first_item_column, newline)
        updated = _insert_after_line(text, layout.value_end, item, newline, node_end=True)
    elif layout.style == "empty":
        cut_from = layout.key_start
        if layout.value_end > layout.value_start:  # `~` or `null` goes (with the spaces before it): items follow
            cut_from = layout.value_start
            while cut_from > layout.key_start and text[cut_from - 1] in " \t":
                cut_from -= 1
            text = text[:cut_from] + text[layout.value_end :]
        item = _block_item(values, layout.key_column + 2, layout.key_column + 4, newline)
        updated = _insert_after_line(text, cut_from, item, newline, node_end=False)
    else:
        updated = _new_section(text, layout, values, newline)
    _check_appended(path, original, updated, fields)
    return updated


def scalar(value: str) -> str:
    """A value as YAML text that reads back as exactly `value`: plain when safe, else double-quoted.

    Inside the quotes, characters YAML refuses or reads as line breaks (DEL, C1 controls, NEL, the line and
    paragraph separators, a BOM) are escaped as backslash-u and four hex digits, read alike by YAML and JSON.
    """
    if _PLAIN.fullmatch(value) and value.casefold() not in _YAML_WORDS:
        return value
    return _UNSAFE.sub(lambda match: f"\\u{ord(match.group(0)):04x}", json.dumps(value, ensure_ascii=False))


def _newline(text: str) -> str:
    found = _LINE_END.search(text)
    return found.group(0) if found else "\n"


def _line_start(text: str, index: int) -> int:
    return max(text.rfind("\n", 0, index), text.rfind("\r", 0, index)) + 1


def _end_of_line(text: str, index: int, node_end: bool) -> int:
    """The index just past the line holding `index` (a node ending at a line start ends the line before)."""
    if node_end and index > 0 and text[index - 1] in "\r\n":
        return index
    found = _LINE_END.search(text, index)
    return len(text) if found is None else found.end()


def _insert_after_line(text: str, index: int, item: str, newline: str, *, node_end: bool) -> str:
    insert_at = _end_of_line(text, index, node_end)
    lead = "" if insert_at == 0 or text[insert_at - 1] in "\r\n" else newline  # a last line without its end
    return text[:insert_at] + lead + item + text[insert_at:]


def _block_item(values: Sequence[tuple[str, str]], dash: int, content: int, newline: str) -> str:
    first = " " * dash + "-" + " " * max(content - dash - 1, 1)
    lines = [f"{first if number == 0 else ' ' * content}{key}: {value}" for number, (key, value) in enumerate(values)]
    return newline.join(lines) + newline


def _new_section(text: str, layout: ReviewsLayout, values: Sequence[tuple[str, str]], newline: str) -> str:
    """A `reviews:` section after the top mapping's last line (before a final `...` if there is one)."""
    head, tail = text[: layout.document_end], text[layout.document_end :]
    ending = "" if not head or head.endswith(("\n", "\r")) else newline
    blank = "" if head.endswith((newline + newline, "\n\n", "\r\r")) else newline
    return head + ending + blank + "reviews:" + newline + _block_item(values, 2, 4, newline) + tail


def _check_appended(path: Path, before: str, after: str, fields: Sequence[tuple[str, str]]) -> None:
    count_before = last_review(path, before)[0]
    count, last = last_review(path, after)
    if count != count_before + 1 or any(last.get(key) != value for key, value in fields):
        raise InputError.single(path, "could not add the review without changing other lines; add it by hand")
