"""The result cache: a file's result, kept under a key of everything that decides it, reused when nothing did.

The key covers the claims file's path and content, the tool (its version and the files it is made of), the
effective configuration and `--text`; an entry also records the article text it was computed with, and is
used only while that text is unchanged. Entries are JSON (never code: a cache folder may come from anyone),
written to a temporary file and renamed into place, so concurrent runs never see half an entry. An entry
that cannot be read, is of another format or belongs to another key is a miss, never an error.

The cache lives in `.factcheck_cache/` beside the configuration file (else in the working folder, or where
FACTCHECK_CACHE_DIR says), holds
one folder per tool fingerprint (older ones are removed when a new one is written) and at most MAX_ENTRIES
entries (the oldest go first). Deleting the folder is always safe.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import stat
import types
import typing
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import Any

from factcheck import __version__
from factcheck.article import ArticleText, Place
from factcheck.engine import FileResult, Settings, text_digest
from factcheck.errors import InputError
from factcheck.findings import ClaimRef, Compared, Finding, Location, Severity, SkippedRule
from factcheck.intervals import Interval
from factcheck.model import Position, Review
from factcheck.sourcing import FigurePlace, SourcingRow

CACHE_FOLDER = ".factcheck_cache"
CACHE_DIR_VARIABLE = "FACTCHECK_CACHE_DIR"
ENTRY_FORMAT = 1
MAX_ENTRIES = 50_000
_CHUNK = 1 << 20


class ResultCache:
    """Cached file results under one cache folder; every failure to read or write is a miss."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.tool = tool_fingerprint()
        self.folder = root / self.tool
        self.written = 0
        self.writable = True

    def key(self, path: Path, settings: Settings) -> str | None:
        """The key of a claims file's result under these settings; None when the file cannot be read."""
        digest = file_digest(path)
        if digest is None:
            return None
        material = "\n".join((str(ENTRY_FORMAT), self.tool, str(path), digest, settings.key()))
        return hashlib.sha256(material.encode("utf-8")).hexdigest()

    def _entry(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str, *, keep_article: bool = False) -> FileResult | None:
        """The cached result, if its entry is whole, its own and its article text unchanged."""
        try:
            data = json.loads(self._entry(key).read_bytes())
            if data["format"] != ENTRY_FORMAT or data["key"] != key:
                return None
            result = decode_result(data["result"])
        except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
            return None
        if result.article_path is None:
            return result
        try:
            article = ArticleText.read(Path(result.article_path))
        except InputError:
            return None
        if text_digest(article.text) != result.article_digest:
            return None
        return _with_article(result, article) if keep_article else result

    def put(self, key: str, result: FileResult) -> None:
        """Store a result atomically; a cache that cannot be written is left alone for the rest of the run."""
        if not self.writable:
            return
        import tempfile

        entry = self._entry(key)
        payload = json.dumps({"format": ENTRY_FORMAT, "key": key, "result": encode_result(result)},
                             ensure_ascii=False, separators=(",", ":"))
        try:
            if not self.root.is_dir():
                self.root.mkdir(parents=True, exist_ok=True)
                # like ruff's cache: never committed, and backup tools may skip it
                (self.root / ".gitignore").write_text("# created by factcheck\n*\n", encoding="utf-8")
                (self.root / "CACHEDIR.TAG").write_text("Signature: 8a477f597d28d172789f06886806bc55\n",
                                                        encoding="utf-8")
            entry.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=entry.parent, prefix=".tmp-", suffix=".json")
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as stream:
                    stream.write(payload)
                os.replace(temporary, entry)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError:
            self.writable = False
            return
        self.written += 1

    def close(self) -> None:
        """After a run that wrote entries: drop other tools' folders and the oldest entries over the bound."""
        if not self.written:
            return
        import shutil

        try:
            for other in self.root.iterdir():
                if other.is_dir() and other.name != self.tool:
                    shutil.rmtree(other, ignore_errors=True)
            entries = [entry for shard in self.folder.iterdir() if shard.is_dir() for entry in shard.iterdir()]
            if len(entries) > MAX_ENTRIES:
                entries.sort(key=lambda entry: entry.stat().st_mtime_ns)
                for entry in entries[: len(entries) - MAX_ENTRIES]:
                    entry.unlink(missing_ok=True)
        except OSError:
            return


def cache_folder(config_source: Path | None) -> Path:
    """Where the cache lives: FACTCHECK_CACHE_DIR, else beside the configuration file, else the working folder."""
    chosen = os.environ.get(CACHE_DIR_VARIABLE)
    if chosen:
        return Path(chosen)
    return (config_source.parent if config_source is not None else Path.cwd()) / CACHE_FOLDER


def file_digest(path: Path) -> str | None:
    """The SHA-256 of a regular file's bytes, read in chunks; None for anything else or when it cannot be read.

    Only regular files within the claims-file limit are cached: a pipe, a device or a FIFO is left to the
    loader, which reads it once and bounded (hashing it first would read it, or wait for it, forever).
    """
    from factcheck.textfile import limits

    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError:
        return None
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode) or status.st_size > limits().claims_file_bytes:
            return None
        digest = hashlib.sha256()
        while chunk := os.read(descriptor, _CHUNK):
            digest.update(chunk)
    except OSError:
        return None
    finally:
        os.close(descriptor)
    return digest.hexdigest()


def tool_fingerprint() -> str:
    """The version and the files factcheck is made of (name, size, time), so any change of code is a miss."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(f"{__version__}\n{ENTRY_FORMAT}".encode())
    for folder, _, names in sorted(os.walk(package)):
        for name in sorted(names):
            if name.endswith((".py", ".txt", ".json")):
                stat = os.stat(os.path.join(folder, name))
                digest.update(f"\n{folder[len(str(package)):]}/{name} {stat.st_size} {stat.st_mtime_ns}".encode())
    return f"{__version__}-{digest.hexdigest()[:16]}"


def _with_article(result: FileResult, article: ArticleText) -> FileResult:
    return dataclasses.replace(result, article=article)


# ---------------------------------------------------------------------------------------------------------
# FileResult <-> JSON, exactly and field by field (a field added to a finding is cached with no change here).
# Only the dataclasses named here are ever built from an entry; interval ends are fractions written as text.

_CLASSES: dict[str, type[Any]] = {
    cls.__name__: cls
    for cls in (Finding, ClaimRef, Compared, Interval, Location, Review, Position, Place, SkippedRule, SourcingRow,
                FigurePlace)
}


def _encode(value: Any) -> Any:
    if isinstance(value, Severity):  # before str: a severity is a str too
        return {"~severity": value.value}
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, Fraction):
        return {"~fraction": str(value)}
    if isinstance(value, date):
        return {"~date": value.isoformat()}
    if isinstance(value, tuple | list):
        return [_encode(item) for item in value]
    name = type(value).__name__
    if _CLASSES.get(name) is type(value):
        fields = {field.name: _encode(getattr(value, field.name)) for field in dataclasses.fields(value)}
        return {"~": name, **fields}
    raise TypeError(f"cannot cache a {name}")


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_decode(item) for item in value)
    if not isinstance(value, dict):
        return value
    if "~severity" in value:
        return Severity(value["~severity"])
    if "~fraction" in value:
        if not isinstance(value["~fraction"], str):  # written as text; a damaged number (inf) is a miss
            raise TypeError("a fraction is written as text")
        return Fraction(value["~fraction"])
    if "~date" in value:
        return date.fromisoformat(value["~date"])
    cls = _CLASSES[value["~"]]
    fields = {name: _decode(item) for name, item in value.items() if name != "~"}
    hints = _hints(cls)
    for name, item in fields.items():
        if not _conforms(item, hints[name]):  # an unknown field is a KeyError: a miss as well
            raise TypeError(f"{cls.__name__}.{name} is not a {hints[name]}")
    return cls(**fields)


_HINTS: dict[str, dict[str, Any]] = {}


def _hints(cls: type[Any]) -> dict[str, Any]:
    if cls.__name__ not in _HINTS:
        _HINTS[cls.__name__] = typing.get_type_hints(cls)
    return _HINTS[cls.__name__]


def _conforms(value: Any, hint: Any) -> bool:
    """Whether a decoded value has the type a field declares (so a tampered entry cannot reach a reporter)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_conforms(value, option) for option in typing.get_args(hint))
    if hint is type(None):
        return value is None
    if origin is tuple:
        return isinstance(value, tuple) and all(_conforms(item, typing.get_args(hint)[0]) for item in value)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if hint is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, hint) if isinstance(hint, type) else True


def encode_result(result: FileResult) -> dict[str, Any]:
    """A file result as JSON-ready data (its article text is not part of it)."""
    return {
        "path": result.path, "title": result.title, "language": result.language, "claims": result.claims,
        "findings": _encode(result.findings), "rules_run": list(result.rules_run),
        "rules_skipped": _encode(result.rules_skipped), "sources": _encode(result.sources),
        "figures": _encode(result.figures), "article": [result.article_path, result.article_digest],
        "guessed": result.guessed,
    }


def decode_result(data: dict[str, Any]) -> FileResult:
    """The file result `encode_result` wrote; raises KeyError, TypeError or ValueError on anything else."""
    result = FileResult(
        path=str(data["path"]), title=str(data["title"]), language=str(data["language"]),
        claims=int(data["claims"]), findings=_decode(data["findings"]),
        rules_run=tuple(str(rule) for rule in data["rules_run"]), rules_skipped=_decode(data["rules_skipped"]),
        sources=_decode(data["sources"]), figures=_decode(data["figures"]),
        article_path=data["article"][0], article_digest=data["article"][1], guessed=int(data.get("guessed", 0)),
    )
    kinds = ((result.findings, Finding), (result.rules_skipped, SkippedRule), (result.sources, SourcingRow),
             (result.figures, FigurePlace))
    if not all(isinstance(items, tuple) and all(isinstance(item, cls) for item in items) for items, cls in kinds):
        raise TypeError("not a file result")
    return result
