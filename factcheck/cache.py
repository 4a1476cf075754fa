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

import hashlib
import json
import os
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
    """The SHA-256 of a file's bytes, read in chunks; None when it cannot be read."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(_CHUNK):
                digest.update(chunk)
    except OSError:
        return None
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
    import dataclasses

    return dataclasses.replace(result, article=article)


# ---------------------------------------------------------------------------------------------------------
# FileResult <-> JSON, exactly: interval ends are fractions written as text


def _fraction(value: Fraction | None) -> str | None:
    return None if value is None else str(value)


def _unfraction(value: str | None) -> Fraction | None:
    return None if value is None else Fraction(value)


def _place(place: Place | None) -> list[Any] | None:
    return None if place is None else [place.path, place.paragraph, place.line, place.column]


def _unplace(data: list[Any] | None) -> Place | None:
    return None if data is None else Place(str(data[0]), int(data[1]), int(data[2]), int(data[3]))


def _claim(ref: ClaimRef) -> list[Any]:
    return [ref.id, ref.figure, ref.metric, ref.period, ref.kind, ref.quote, ref.said_by, ref.said_by_name,
            ref.said_by_kind, ref.cites, ref.cites_name, ref.line, ref.column, _place(ref.article_place)]


def _unclaim(data: list[Any]) -> ClaimRef:
    return ClaimRef(
        id=data[0], figure=data[1], metric=data[2], period=data[3], kind=data[4], quote=data[5], said_by=data[6],
        said_by_name=data[7], said_by_kind=data[8], cites=data[9], cites_name=data[10], line=data[11],
        column=data[12], article_place=_unplace(data[13]),
    )


def _finding(finding: Finding) -> dict[str, Any]:
    loc, review = finding.location, finding.review
    return {
        "rule": finding.rule, "severity": finding.severity.value, "message": finding.message,
        "help": finding.help, "location": [loc.path, loc.line, loc.column, loc.end_line, loc.end_column],
        "claims": [_claim(ref) for ref in finding.claims],
        "compared": [[c.label, _fraction(c.interval.low), _fraction(c.interval.high), c.unit]
                     for c in finding.compared],
        "fingerprint": finding.fingerprint, "claims_file": finding.claims_file,
        "review": None if review is None else [review.finding, review.status, review.by, review.date.isoformat(),
                                               review.position.line, review.position.column, review.note],
    }


def _unfinding(data: dict[str, Any]) -> Finding:
    review = data["review"]
    return Finding(
        rule=data["rule"], severity=Severity(data["severity"]), message=data["message"], help=data["help"],
        location=Location(*data["location"]),
        claims=tuple(_unclaim(ref) for ref in data["claims"]),
        compared=tuple(Compared(c[0], Interval(_unfraction(c[1]), _unfraction(c[2])), c[3])
                       for c in data["compared"]),
        fingerprint=data["fingerprint"], claims_file=data["claims_file"],
        review=None if review is None else Review(review[0], review[1], review[2], date.fromisoformat(review[3]),
                                                  Position(review[4], review[5]), review[6]),
    )


def _row(row: SourcingRow) -> list[Any]:
    return [row.path, row.claim, row.figure, row.interval, row.metric, row.period, row.kind, row.said_by,
            row.said_by_kind, row.cites, row.line, _place(row.article_place), list(row.findings)]


def _unrow(data: list[Any]) -> SourcingRow:
    return SourcingRow(
        path=data[0], claim=data[1], figure=data[2], interval=data[3], metric=data[4], period=data[5],
        kind=data[6], said_by=data[7], said_by_kind=data[8], cites=data[9], line=data[10],
        article_place=_unplace(data[11]), findings=tuple(data[12]),
    )


def encode_result(result: FileResult) -> dict[str, Any]:
    """A file result as JSON-ready data (its article text is not part of it)."""
    return {
        "path": result.path, "title": result.title, "language": result.language, "claims": result.claims,
        "findings": [_finding(finding) for finding in result.findings],
        "rules_run": list(result.rules_run),
        "rules_skipped": [[skip.rule, skip.reason] for skip in result.rules_skipped],
        "sources": [_row(row) for row in result.sources],
        "figures": [[f.start, f.end, f.text, f.claim] for f in result.figures],
        "article": [result.article_path, result.article_digest],
    }


def decode_result(data: dict[str, Any]) -> FileResult:
    """The file result `encode_result` wrote; raises KeyError, TypeError or ValueError on anything else."""
    return FileResult(
        path=str(data["path"]), title=str(data["title"]), language=str(data["language"]),
        claims=int(data["claims"]),
        findings=tuple(_unfinding(finding) for finding in data["findings"]),
        rules_run=tuple(str(rule) for rule in data["rules_run"]),
        rules_skipped=tuple(SkippedRule(str(rule), str(reason)) for rule, reason in data["rules_skipped"]),
        sources=tuple(_unrow(row) for row in data["sources"]),
        figures=tuple(FigurePlace(int(f[0]), int(f[1]), str(f[2]), f[3]) for f in data["figures"]),
        article_path=data["article"][0], article_digest=data["article"][1],
    )
