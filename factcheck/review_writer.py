"""Appending a review to a claims file: serialised between processes, every other byte unchanged.

`factcheck review` runs can overlap (two editors, a script over many findings). Each one holds an exclusive
lock on the claims file while it reads the file, decides and writes it back, so every review lands. The file
is replaced by rename (a crash leaves the old file or the new one, never half of one), which gives it a new
inode: a run that waited for the lock checks that the file it locked is still the one at the path, and locks
again if not. Programs that take no lock (an editor saving the file) are caught by `edit_claims_file`, which
writes only over the very text it read. Writes go to the real file behind a symlink, so the link stays a link.

Every decision (the `review` and `baseline` commands, the desk) goes through `edit_claims_file` with one of
`append_review`, `remove_review` and `move_review`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import stat
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from factcheck.errors import InputError, UsageError
from factcheck.loader import (
    ReviewsLayout,
    last_review,
    load_claims_text,
    read_claims_text,
    review_items,
    reviews_layout,
)
from factcheck.output import os_error, real_path, replace_file

_LINE_END = re.compile(r"\r\n|\r|\n")
# values YAML would read as something other than the text written: null, booleans, numbers with a dot
_YAML_WORDS = {"", "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n"}
_PLAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*")
_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
T = TypeVar("T")

if TYPE_CHECKING:
    from factcheck.findings import Finding


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


# ---------------------------------------------------------------------------------------------------------
# One locked edit of a claims file that loses no one else's edit


@dataclass(frozen=True)
class _Stamp:
    """What a claims file was when read: its content's digest, size and modification time."""

    digest: str
    size: int
    modified_ns: int


def _stamp(target: Path) -> _Stamp:
    with open(target, "rb") as handle:
        status = os.fstat(handle.fileno())
        content = handle.read()
    return _Stamp(hashlib.sha256(content).hexdigest(), status.st_size, status.st_mtime_ns)


EDIT_ATTEMPTS = 5


def edit_claims_file(path: Path, edit: Callable[[str], tuple[str, T]]) -> T:
    """Apply `edit` (the file's text -> the new text and a result) to a claims file; return the result.

    The lock keeps other factcheck runs out, but not an editor's save or a script: so the file is written
    only if it is still exactly what was read (same digest, size and modification time), checked under the
    lock just before the write. If it changed meanwhile, the edit is made again on the new text; a file that
    keeps changing is an error, never a lost edit. Unchanged text is not written.
    """
    for _ in range(EDIT_ATTEMPTS):
        with locked(path) as target:
            _refuse_read_only(path, target)
            before = _stamp(target)
            text = read_claims_text(path)
            if _stamp(target) != before:
                continue
            updated, result = edit(text)
            if _stamp(target) != before:
                continue  # someone else wrote the file while we decided: decide again on what they wrote
            if updated != text:
                write_claims_text(path, target, updated)
            return result
    raise InputError.single(path, f"changed {EDIT_ATTEMPTS} times while a review was being written; try again "
                                  "once it is saved")


def _refuse_read_only(path: Path, target: Path) -> None:
    """A claims file someone made read-only is not replaced (a rename could replace it whatever its mode)."""
    mode = os.stat(target).st_mode
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(target, os.W_OK):
        raise InputError.single(path, "is read-only, so no review is written into it; make it writable "
                                      "(chmod u+w) if it is meant to be decided")


def remove_review(path: Path, text: str, fingerprint: str) -> str:
    """The text without the review of `fingerprint` (its lines, or its `{...}` in a flow list); nothing else."""
    items = review_items(path, text)
    number = next((n for n, item in enumerate(items) if item.finding == fingerprint), None)
    if number is None:
        raise InputError.single(path, f"no review of {fingerprint}; `factcheck verify` lists the reviews it applies")
    item = items[number]
    if item.flow:
        if number > 0:  # the separator before it goes with it
            start, end = items[number - 1].end, item.end
        elif number + 1 < len(items):
            start, end = item.start, items[number + 1].start
        else:
            start, end = item.start, item.end
        updated = text[:start] + text[end:]
    else:
        updated = text[: _line_start(text, item.start)] + text[_end_of_line(text, item.content_end, True):]
    after = review_items(path, updated)
    if len(after) != len(items) - 1 or any(i.finding == fingerprint for i in after):
        raise InputError.single(path, "could not remove the review without changing other lines; remove it by hand")
    load_claims_text(path, updated)
    return updated


def move_review(path: Path, text: str, old: str, new: str, rule: str) -> str:
    """The text with the review of `old` naming `new` (and `rule`) instead; every other byte unchanged."""
    items = review_items(path, text)
    item = next((i for i in items if i.finding == old), None)
    if item is None:
        raise InputError.single(path, f"no review of {old}; `factcheck verify` lists the reviews it applies")
    edits = [(item.finding_start, item.finding_end, scalar(new))]
    if item.rule is not None and item.rule != rule:
        edits.append((item.rule_start, item.rule_end, scalar(rule)))
    updated = text
    for start, end, value in sorted(edits, reverse=True):
        updated = updated[:start] + value + updated[end:]
    after = review_items(path, updated)
    if len(after) != len(items) or not any(i.finding == new for i in after):
        raise InputError.single(path, "could not move the review without changing other lines; edit it by hand")
    load_claims_text(path, updated)
    return updated


# ---------------------------------------------------------------------------------------------------------
# What a decision names: a fingerprint given by a prefix, and who decided

MIN_PREFIX = 6
_HEX = re.compile(r"[0-9a-f]+")


def match_fingerprint(given: str, known: Mapping[str, str], what: str, path: Path) -> str:
    """The one fingerprint of `known` (fingerprint -> its rule) that `given` names, in full or by a prefix.

    A prefix must have at least MIN_PREFIX hex digits and name exactly one; every refusal is one line that
    names the candidates.
    """
    wanted = given.strip().lower()
    if wanted in known:
        return wanted
    listing = ", ".join(f"{fp} ({rule})" for fp, rule in sorted(known.items())) or "none"
    if not _HEX.fullmatch(wanted):
        raise UsageError(f"'{given}' is not a fingerprint (hex digits); {what} in {path}: {listing}")
    matches = sorted(fp for fp in known if fp.startswith(wanted))
    if not matches:
        raise UsageError(f"no {what[:-1] if what.endswith('s') else what} has fingerprint '{given}' in {path}; "
                         f"current {what}: {listing}")
    if len(wanted) < MIN_PREFIX:
        raise UsageError(f"'{given}' is too short: give at least {MIN_PREFIX} hex digits of the fingerprint "
                         f"({', '.join(matches)})")
    if len(matches) > 1:
        candidates = ", ".join(f"{fp} ({known[fp]})" for fp in matches)
        raise UsageError(f"'{given}' names {len(matches)} fingerprints in {path}: {candidates}; give more digits")
    return matches[0]


def editor_name() -> str | None:
    """Who decides, when `--by` is not given: FACTCHECK_EDITOR, else `git config user.name`, else the login.

    Never the project's configuration: that file is shared, and a decision must name the person who made it.
    """
    named = os.environ.get("FACTCHECK_EDITOR", "").strip()
    if named:
        return named
    import subprocess

    try:
        git = subprocess.run(["git", "config", "user.name"], capture_output=True, text=True, timeout=5, check=False)
        if git.returncode == 0 and git.stdout.strip():
            return git.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    import getpass

    try:
        return getpass.getuser() or None
    except (OSError, KeyError):
        return None


# a line break, a control character or a bidirectional control: a name holding one would print as two lines,
# or rearrange the line it is printed in, wherever a review is shown
_NOT_IN_A_NAME = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def checked_name(name: str) -> str:
    """Who decides, as given (without surrounding spaces); UsageError for a name that is not one line of text."""
    found = _NOT_IN_A_NAME.search(name.strip())
    if found is not None:
        raise UsageError(f"the name of who decides ({name.strip()!r}) holds U+{ord(found.group(0)):04X}, a line "
                         "break or control character; give the name on one line (--by, FACTCHECK_EDITOR)")
    return name.strip()


def decision_fields(fingerprint: str, rule: str, status: str, by: str, day: str, note: str | None,
                    ) -> list[tuple[str, str]]:
    """The fields of a review, in the order every writer records them."""
    fields = [("finding", fingerprint), ("rule", rule), ("status", status), ("by", by), ("date", day)]
    if note:
        fields.append(("note", note))
    return fields


# ---------------------------------------------------------------------------------------------------------
# The decisions themselves, for every front end (the review command, the desk): each one locked edit

LiveFindings = Callable[[Path, str], Mapping[str, "Finding"]]


def record_decision(path: Path, given: str, status: str, by: str, note: str | None, live: LiveFindings) -> str:
    """Review the finding `given` names (in full or by a prefix); say what was recorded.

    `live(path, text)` gives the findings `verify` reports for the text under the caller's configuration.
    """
    import datetime

    by = checked_name(by)

    def decide(text: str) -> tuple[str, str]:
        findings = live(path, text)
        wanted = match_fingerprint(given, {fp: f.rule for fp, f in findings.items()}, "findings", path)
        finding = findings[wanted]
        if finding.review is not None:
            raise UsageError(f"{wanted} is already reviewed at {path}:{finding.review.position.line}; remove that "
                             f"review first (factcheck review {path} --remove {finding.review.finding})")
        fields = decision_fields(wanted, finding.rule, status, by, datetime.date.today().isoformat(), note)
        return append_review(path, text, fields), (f"{path}: recorded {status} by {by} for {wanted} "
                                                   f"({finding.rule}: {finding.message})")

    return edit_claims_file(path, decide)


def remove_decision(path: Path, given: str) -> str:
    """Remove the review `given` names (the finding is open again, or a stale review is gone)."""

    def drop(text: str) -> tuple[str, str]:
        reviews = {r.finding: r.rule or "rule not recorded" for r in load_claims_text(path, text).reviews}
        wanted = match_fingerprint(given, reviews, "reviews", path)
        return remove_review(path, text, wanted), f"{path}: removed the review of {wanted}"

    return edit_claims_file(path, drop)


def move_decision(path: Path, old: str, new: str, live: LiveFindings) -> str:
    """Make the review of `old` (a stale one) the review of the unreviewed finding `new`."""

    def relink(text: str) -> tuple[str, str]:
        reviews = {r.finding: r.rule or "rule not recorded" for r in load_claims_text(path, text).reviews}
        source = match_fingerprint(old, reviews, "reviews", path)
        findings = live(path, text)
        target = match_fingerprint(new, {fp: f.rule for fp, f in findings.items()}, "findings", path)
        finding = findings[target]
        if finding.review is not None:
            raise UsageError(f"{target} is already reviewed at {path}:{finding.review.position.line}; remove one "
                             "of the two reviews instead")
        return move_review(path, text, source, target, finding.rule), (
            f"{path}: moved the review of {source} to {target} ({finding.rule}: {finding.message})")

    return edit_claims_file(path, relink)
