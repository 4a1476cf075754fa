"""Reading the user's text files (claims files, article texts) safely: capped, never blocking, UTF-8 checked.

A file's size is learnt by reading it, never from `st_size`: `/dev/zero`, `/proc` files and pipes report a size
that means nothing. Reading stops one byte past the cap, so no input costs more memory than the cap allows.
"""

from __future__ import annotations

import contextlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import InputError

MIB = 1024 * 1024
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """How much factcheck reads of one input; `[limits]` in the configuration changes them."""

    claims_file_bytes: int = 64 * MIB  # a 100,000-claim file is about 50 MB
    article_bytes: int = 16 * MIB  # a long read is under 1 MB; a book is about 2 MB


_current = [Limits()]


def limits() -> Limits:
    """The limits in force for this run."""
    return _current[0]


def use_limits(new: Limits) -> None:
    """Set the limits for this run (the command line does it once, from the configuration)."""
    _current[0] = new


def read_capped(path: Path, cap: int, what: str, setting: str | None = None) -> bytes:
    """The bytes of a regular file or a pipe, at most `cap` of them; InputError otherwise.

    `what` names the input in messages ("claims file", "article text"); `setting` is the configuration key that
    raises the cap. A FIFO is opened without waiting for a writer (one that never comes reads as empty), and
    devices and sockets are refused: reading them would block or never end.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputError.single(path, f"{what} not found; check the path") from None
    except IsADirectoryError:
        raise InputError.single(path, f"is a folder; give the {what} as a file") from None
    except OSError as error:
        raise InputError.single(path, f"{what} cannot be read ({error.strerror})") from None
    with contextlib.closing(_Descriptor(descriptor)):
        kind = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(kind):
            raise InputError.single(path, f"is a folder; give the {what} as a file")
        if not (stat.S_ISREG(kind) or stat.S_ISFIFO(kind)):
            raise InputError.single(path, f"is a device or socket, not a regular file; give the {what} as a file")
        os.set_blocking(descriptor, True)
        chunks: list[bytes] = []
        size = 0
        try:
            while size <= cap:
                chunk = os.read(descriptor, min(_CHUNK, cap + 1 - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
        except OSError as error:
            raise InputError.single(path, f"{what} cannot be read ({error.strerror})") from None
    if size > cap:
        remedy = (f"raise '{setting}' under [limits] in the configuration if it really is this long" if setting
                  else "it cannot be this long")
        raise InputError.single(path, f"{what} is larger than {_size(cap)}; {remedy}", 1, 1)
    return b"".join(chunks)


class _Descriptor:
    def __init__(self, descriptor: int) -> None:
        self.descriptor = descriptor

    def close(self) -> None:
        os.close(self.descriptor)


def _size(count: int) -> str:
    return f"{count // MIB} MiB" if count % MIB == 0 else f"{count:,} bytes"


def decode_utf8(path: Path, raw: bytes, what: str) -> str:
    """UTF-8 text (a BOM is dropped); InputError at the line and column of the first byte that is not UTF-8."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or (b"\x00" in raw[:4096] and _looks_utf16(raw)):
        raise InputError.single(path, f"{what} is UTF-16, not UTF-8; save it as UTF-8", 1, 1)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = raw[: error.start]
        line_start = max(before.rfind(b"\n"), before.rfind(b"\r")) + 1
        line = _line_count(before)
        column = len(before[line_start:].decode("utf-8", errors="replace")) + 1
        raise InputError.single(
            path, f"{what} is not valid UTF-8 (byte 0x{raw[error.start]:02x}); save it as UTF-8", line, column
        ) from None
    if "\x00" in text:
        text_before = text[: text.index("\x00")]
        start = max(text_before.rfind("\n"), text_before.rfind("\r")) + 1
        raise InputError.single(path, f"{what} holds a NUL character; it is not a text file",
                                _line_count(text_before.encode()), len(text_before) - start + 1)
    return text


def _looks_utf16(raw: bytes) -> bool:
    """Whether every other byte of the start is NUL, as in UTF-16 text without its byte order mark."""
    head = raw[:4096]
    return head[1::2].count(0) > len(head) // 4 or head[0::2].count(0) > len(head) // 4


def _line_count(before: bytes) -> int:
    """The line number of the byte after `before`, counting CRLF, LF and a lone CR as one line end each."""
    return before.count(b"\n") + before.count(b"\r") - before.count(b"\r\n") + 1
