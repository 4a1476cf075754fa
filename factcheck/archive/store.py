"""The archive's store: append-only, bitemporal tables of article versions and claims, in SQLite or PostgreSQL.

Every record keeps two times: `published` (when the article was printed, the time `--as-of` asks about) and
`recorded` (when the archive learnt of it). Nothing is ever updated or deleted: a changed file is a new version,
a removal and a correction are records of their own. `current_versions` is an index of the latest version of
each live article, kept so that a draft's check reads only what is in force; it is derived from the records.

The SQL is written once, for both stores; each store supplies its connection, its placeholders and its locking.
"""

from __future__ import annotations

import datetime
import json
import random
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar, cast

from factcheck.archive.records import EXPORT_FORMAT, EXPORT_VERSION, ArchivedClaim, ArticleVersion
from factcheck.errors import InputError

T = TypeVar("T")
FORMAT_NAME = "factcheck-archive"
SCHEMA_VERSION = 1
IMPORT_BATCH = 500  # exported lines replayed in one transaction
QUERY_BRANCHES = 200  # indexed lookups joined into one query (SQLite allows 500 terms of a compound query)
RETRIES = 20  # attempts of one write when another writer holds the store (each after the driver's own wait)

# Each migration takes the schema from the version before it to its own; a new store runs them all.
MIGRATIONS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (1, (
        """CREATE TABLE versions (
            id {serial}, url TEXT NOT NULL, outlet TEXT, title TEXT NOT NULL, language TEXT NOT NULL,
            published TEXT NOT NULL, recorded TEXT NOT NULL, digest TEXT NOT NULL, path TEXT, units TEXT)""",
        "CREATE INDEX versions_by_url ON versions (url, published)",
        """CREATE TABLE claims (
            id {serial}, version_id BIGINT NOT NULL REFERENCES versions (id), claim_id TEXT NOT NULL,
            metric_key TEXT, period_start TEXT, period_end TEXT, kind TEXT NOT NULL, interval_key TEXT,
            record TEXT NOT NULL)""",
        "CREATE INDEX claims_by_key_period ON claims (metric_key, period_start, period_end)",
        "CREATE INDEX claims_by_key_figure ON claims (metric_key, interval_key)",
        "CREATE INDEX claims_by_version ON claims (version_id, claim_id)",
        """CREATE TABLE corrections (
            id {serial}, corrected_url TEXT NOT NULL, corrected_claim TEXT NOT NULL, correcting_url TEXT,
            correcting_claim TEXT, reason TEXT, recorded TEXT NOT NULL, origin TEXT NOT NULL)""",
        "CREATE INDEX corrections_by_corrected ON corrections (corrected_url, corrected_claim)",
        """CREATE TABLE removals (
            id {serial}, url TEXT NOT NULL, reason TEXT NOT NULL, recorded TEXT NOT NULL,
            last_version BIGINT NOT NULL)""",
        "CREATE INDEX removals_by_url ON removals (url)",
        "CREATE TABLE current_versions (url TEXT PRIMARY KEY, version_id BIGINT NOT NULL)",
        "CREATE INDEX current_by_version ON current_versions (version_id)",
    )),
)
META_TABLE = "factcheck_archive"


class Cursor(Protocol):
    """What the store needs of a DB-API cursor."""

    def execute(self, sql: str, parameters: Sequence[Any] = ...) -> Any: ...  # noqa: D102
    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]]) -> Any: ...  # noqa: D102
    def fetchall(self) -> list[Any]: ...  # noqa: D102
    def fetchone(self) -> Any: ...  # noqa: D102


@dataclass(frozen=True)
class AddOutcome:
    """What `archive add` did with one file."""

    url: str
    path: str
    version: int | None  # None: the same version was already recorded
    claims: int


@dataclass(frozen=True)
class Event:
    """One line of `archive history`: something recorded, and when."""

    recorded: str
    what: str
    url: str
    detail: str


class Store:
    """The archive over one database; subclasses connect and say how their database locks and spells SQL."""

    serial = "INTEGER PRIMARY KEY"
    where: str  # how errors name the store (a path or a URL without its password)

    # -- what each store supplies
    def cursor(self) -> Cursor:
        """A cursor of the store's one connection."""
        raise NotImplementedError

    def begin_write(self, cursor: Cursor) -> None:
        """Start a transaction that may write."""
        raise NotImplementedError

    def lock_article(self, cursor: Cursor, url: str) -> None:
        """Hold writers of the same article off until the transaction ends (SQLite's write lock already does)."""

    def commit(self) -> None:
        """End the transaction, keeping its writes."""
        raise NotImplementedError

    def rollback(self) -> None:
        """End the transaction, dropping its writes."""
        raise NotImplementedError

    def is_busy(self, error: Exception) -> bool:
        """Whether an error means another writer holds the store: the write is tried again."""
        raise NotImplementedError

    def close(self) -> None:
        """Close the connection."""
        raise NotImplementedError

    def table_names(self, cursor: Cursor) -> set[str]:
        """The tables the database holds."""
        raise NotImplementedError

    def sql(self, text: str) -> str:
        """SQL with the store's placeholders (written with `?`)."""
        return text

    def insert_returning_id(self, cursor: Cursor, sql: str, parameters: Sequence[Any]) -> int:
        """Insert one row and return its id (SQLite's last row id: RETURNING needs SQLite 3.35)."""
        cursor.execute(sql, parameters)
        return int(cast(Any, cursor).lastrowid)

    # -- schema
    def prepare(self) -> None:
        """Create the schema in an empty database, migrate an older one; refuse a foreign or newer one."""
        def run() -> None:
            cursor = self.cursor()
            self.begin_write(cursor)
            tables = self.table_names(cursor)
            if META_TABLE not in tables:
                if tables:
                    raise self.error("this database holds other tables and no factcheck archive; name an empty "
                                     "database or a new file in [archive] url")
                cursor.execute(f"CREATE TABLE {META_TABLE} (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
                cursor.execute(self.sql(f"INSERT INTO {META_TABLE} VALUES (?, ?)"), ("format", FORMAT_NAME))
                cursor.execute(self.sql(f"INSERT INTO {META_TABLE} VALUES (?, ?)"), ("schema", "0"))
            cursor.execute(self.sql(f"SELECT value FROM {META_TABLE} WHERE name = ?"), ("format",))
            row = cursor.fetchone()
            if row is None or row[0] != FORMAT_NAME:
                raise self.error("this database is not a factcheck archive; name another in [archive] url")
            cursor.execute(self.sql(f"SELECT value FROM {META_TABLE} WHERE name = ?"), ("schema",))
            row = cursor.fetchone()
            schema = int(row[0]) if row is not None and str(row[0]).isdigit() else -1
            if schema < 0 or schema > SCHEMA_VERSION:
                raise self.error(f"this archive has schema {row[0] if row else 'none'}, newer than this factcheck "
                                 f"reads ({SCHEMA_VERSION}); upgrade factcheck")
            for version, statements in MIGRATIONS:
                if version > schema:
                    for statement in statements:
                        cursor.execute(statement.format(serial=self.serial))
                    cursor.execute(self.sql(f"UPDATE {META_TABLE} SET value = ? WHERE name = ?"),
                                   (str(version), "schema"))
            self.commit()

        self.write(run)

    def error(self, message: str) -> InputError:
        """A one-line error about the store."""
        return InputError.single(Path(self.where), message)

    def write(self, work: Callable[[], T]) -> T:
        """Run one write transaction, again when another writer holds the store, so no write is lost."""
        for attempt in range(RETRIES):
            try:
                return work()
            except InputError:
                self.rollback()
                raise
            except Exception as error:
                self.rollback()
                if not self.is_busy(error) or attempt == RETRIES - 1:
                    raise
                time.sleep(random.uniform(0.01, 0.05) * (attempt + 1))
        raise AssertionError("unreachable")

    # -- writing
    def add(self, version: ArticleVersion) -> AddOutcome:
        """Record a version of an article, unless it is the version already in force."""
        def run() -> AddOutcome:
            cursor = self.cursor()
            self.begin_write(cursor)
            self.lock_article(cursor, version.url)
            cursor.execute(self.sql(
                "SELECT v.digest FROM current_versions c JOIN versions v ON v.id = c.version_id WHERE c.url = ?"),
                (version.url,))
            row = cursor.fetchone()
            if row is not None and row[0] == version.digest:
                self.commit()
                return AddOutcome(version.url, version.path, None, len(version.claims))
            version_id = self._insert_version(cursor, version, now())
            self.commit()
            return AddOutcome(version.url, version.path, version_id, len(version.claims))

        return self.write(run)

    def _insert_version(self, cursor: Cursor, version: ArticleVersion, recorded: str) -> int:
        version_id = self.insert_returning_id(cursor, self.sql(
            "INSERT INTO versions (url, outlet, title, language, published, recorded, digest, path, units) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            (version.url, version.outlet, version.title, version.language, version.published.isoformat(),
             recorded, version.digest, version.path,
             None if version.units is None else json.dumps(version.units, ensure_ascii=False)))
        cursor.executemany(self.sql(
            "INSERT INTO claims (version_id, claim_id, metric_key, period_start, period_end, kind, interval_key, "
            "record) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            [(version_id, record["id"], record["key"], record["start"], record["end"], record["kind"],
              record["interval"], json.dumps(record, ensure_ascii=False, sort_keys=True)) for record in version.claims])
        for record in version.claims:
            if record.get("corrects"):
                url, _, claim_id = str(record["corrects"]).rpartition("#")
                cursor.execute(self.sql(
                    "INSERT INTO corrections (corrected_url, corrected_claim, correcting_url, correcting_claim, "
                    "reason, recorded, origin) VALUES (?, ?, ?, ?, ?, ?, 'file')"),
                    (url, claim_id, version.url, record["id"], None, recorded))
        cursor.execute(self.sql("DELETE FROM current_versions WHERE url = ?"), (version.url,))
        cursor.execute(self.sql("INSERT INTO current_versions (url, version_id) VALUES (?, ?)"),
                       (version.url, version_id))
        return version_id

    def remove(self, url: str, reason: str) -> int:
        """Take an article out of every check and answer, recording why; its records stay for history."""
        def run() -> int:
            cursor = self.cursor()
            self.begin_write(cursor)
            self.lock_article(cursor, url)
            cursor.execute(self.sql("SELECT max(id) FROM versions WHERE url = ?"), (url,))
            row = cursor.fetchone()
            if row is None or row[0] is None:
                raise self.error(f"no article {url} in the archive; `factcheck archive history` lists them")
            cursor.execute(self.sql("INSERT INTO removals (url, reason, recorded, last_version) VALUES (?, ?, ?, ?)"),
                           (url, reason, now(), int(row[0])))
            cursor.execute(self.sql("DELETE FROM current_versions WHERE url = ?"), (url,))
            self.commit()
            return int(row[0])

        return self.write(run)

    def correct(self, corrected: str, correcting: str | None, reason: str | None) -> None:
        """Record that a figure (`URL#CLAIM-ID`) was corrected, by another archived figure if given."""
        def run() -> None:
            cursor = self.cursor()
            self.begin_write(cursor)
            for ref in (corrected, correcting):
                if ref is not None and self._claim(cursor, ref) is None:
                    raise self.error(f"no claim {ref} in the archive; name it as ARTICLE-URL#CLAIM-ID")
            url, _, claim_id = corrected.rpartition("#")
            by_url, _, by_claim = (correcting or "").rpartition("#")
            cursor.execute(self.sql(
                "INSERT INTO corrections (corrected_url, corrected_claim, correcting_url, correcting_claim, reason, "
                "recorded, origin) VALUES (?, ?, ?, ?, ?, ?, 'command')"),
                (url, claim_id, by_url or None, by_claim or None, reason, now()))
            self.commit()

        self.write(run)

    # -- reading
    _SELECT = ("SELECT v.url, v.outlet, v.title, v.published, v.recorded, v.id, c.record, v.units "
               "FROM claims c JOIN versions v ON v.id = c.version_id ")

    def _rows(self, sql: str, parameters: Sequence[Any]) -> list[ArchivedClaim]:
        cursor = self.cursor()
        cursor.execute(self.sql(sql), tuple(parameters))
        rows = cursor.fetchall()
        self.end_read()
        return [ArchivedClaim(url=row[0], outlet=row[1], title=row[2],
                              published=datetime.date.fromisoformat(row[3]), recorded=row[4], version=int(row[5]),
                              record=json.loads(row[6]), units=None if row[7] is None else json.loads(row[7]))
                for row in rows]

    def end_read(self) -> None:
        """End a read (PostgreSQL opens a transaction for every statement)."""

    def overlapping(self, key: str, start: str, end: str) -> list[ArchivedClaim]:
        """Claims in force of one key whose period overlaps `start`..`end` (ISO days): an indexed range."""
        return self._rows(
            self._SELECT + "JOIN current_versions cv ON cv.version_id = v.id "
            "WHERE c.metric_key = ? AND c.period_start <= ? AND c.period_end >= ?", (key, end, start))

    def same_figure(self, key: str, interval: str) -> list[ArchivedClaim]:
        """Values in force of one key with exactly this interval (any period): for period-conflict."""
        return self._rows(
            self._SELECT + "JOIN current_versions cv ON cv.version_id = v.id "
            "WHERE c.metric_key = ? AND c.interval_key = ?", (key, interval))

    def matching(self, spans: Iterable[tuple[str, str, str]], figures: Iterable[tuple[str, str]]
                 ) -> list[ArchivedClaim]:
        """Claims in force overlapping any (key, start, end) or of any (key, interval), in one query.

        Each branch of the query is one indexed lookup (`overlapping`, `same_figure`); a claim found by several
        is returned once.
        """
        branches: list[tuple[str, tuple[str, ...]]] = [
            ("c.metric_key = ? AND c.period_start <= ? AND c.period_end >= ?", (key, end, start))
            for key, start, end in sorted(set(spans))]
        branches += [("c.metric_key = ? AND c.interval_key = ?", figure) for figure in sorted(set(figures))]
        select = ("SELECT c.id, v.url, v.outlet, v.title, v.published, v.recorded, v.id, c.record, v.units FROM "
                  "claims c JOIN current_versions cv ON cv.version_id = c.version_id JOIN versions v ON "
                  "v.id = c.version_id WHERE ")
        found: dict[int, ArchivedClaim] = {}
        cursor = self.cursor()
        for first in range(0, len(branches), QUERY_BRANCHES):
            batch = branches[first:first + QUERY_BRANCHES]
            cursor.execute(self.sql(" UNION ALL ".join(select + where for where, _ in batch)),
                           tuple(value for _, values in batch for value in values))
            for row in cursor.fetchall():
                if row[0] not in found:
                    found[row[0]] = _archived(row[1:])
        self.end_read()
        return list(found.values())

    def as_of(self, key: str, start: str | None, end: str | None, as_of: str | None) -> list[ArchivedClaim]:
        """What the outlet had printed of a key (in a period) by a publication date: each article's version then."""
        if as_of is None:
            sql = self._SELECT + "JOIN current_versions cv ON cv.version_id = v.id WHERE c.metric_key = ?"
            parameters: list[Any] = [key]
        else:
            sql = (self._SELECT + "WHERE c.metric_key = ? AND v.published <= ? AND v.id = (SELECT w.id FROM "
                   "versions w WHERE w.url = v.url AND w.published <= ? ORDER BY w.published DESC, w.id DESC LIMIT 1) "
                   "AND NOT EXISTS (SELECT 1 FROM removals r WHERE r.url = v.url AND r.last_version >= v.id)")
            parameters = [key, as_of, as_of]
        if start is not None and end is not None:
            sql += " AND c.period_start <= ? AND c.period_end >= ?"
            parameters += [end, start]
        found = self._rows(sql, parameters)
        return sorted(found, key=lambda c: (c.record.get("start") or "", c.published, c.url, c.claim_id))

    def claim(self, ref: str) -> ArchivedClaim | None:
        """The claim in force named `ARTICLE-URL#CLAIM-ID`, if archived."""
        cursor = self.cursor()
        found = self._claim(cursor, ref)
        self.end_read()
        return found

    def _claim(self, cursor: Cursor, ref: str) -> ArchivedClaim | None:
        url, _, claim_id = ref.rpartition("#")
        cursor.execute(self.sql(
            self._SELECT + "JOIN current_versions cv ON cv.version_id = v.id WHERE v.url = ? AND c.claim_id = ?"),
            (url, claim_id))
        row = cursor.fetchone()
        if row is None:
            return None
        return ArchivedClaim(url=row[0], outlet=row[1], title=row[2], published=datetime.date.fromisoformat(row[3]),
                             recorded=row[4], version=int(row[5]), record=json.loads(row[6]),
                             units=None if row[7] is None else json.loads(row[7]))

    def corrections_of(self, refs: Iterable[str]) -> dict[str, list[tuple[str | None, str | None]]]:
        """For each `URL#CLAIM-ID` given, the corrections recorded of it: (correcting ref, reason).

        One indexed query per batch of articles, not one per claim.
        """
        wanted = set(refs)
        urls = sorted({ref.rpartition("#")[0] for ref in wanted})
        found: dict[str, list[tuple[str | None, str | None]]] = {}
        cursor = self.cursor()
        rows: list[Any] = []
        for first in range(0, len(urls), IMPORT_BATCH):
            batch = urls[first:first + IMPORT_BATCH]
            cursor.execute(self.sql(
                "SELECT corrected_url, corrected_claim, correcting_url, correcting_claim, reason, id FROM corrections "
                f"WHERE corrected_url IN ({', '.join('?' for _ in batch)})"), tuple(batch))
            rows += cursor.fetchall()
        self.end_read()
        for row in sorted(rows, key=lambda row: int(row[5])):
            ref = f"{row[0]}#{row[1]}"
            if ref in wanted:
                by = None if row[2] is None else f"{row[2]}#{row[3]}"
                found.setdefault(ref, []).append((by, row[4]))
        return found

    def keys(self) -> list[tuple[str, str, str]]:
        """Every key in force with a metric name and unit it was archived under (for `archive suggest`)."""
        cursor = self.cursor()
        cursor.execute("SELECT c.metric_key, min(c.record) FROM claims c JOIN current_versions cv ON "
                       "cv.version_id = c.version_id WHERE c.metric_key IS NOT NULL GROUP BY c.metric_key")
        rows = cursor.fetchall()
        self.end_read()
        records = [(str(row[0]), json.loads(row[1])) for row in rows]
        return sorted((key, str(record["metric_name"]), str(record["unit"])) for key, record in records)

    def history(self) -> list[Event]:
        """Everything recorded, oldest first: versions added, corrections, removals."""
        cursor = self.cursor()
        events: list[Event] = []
        cursor.execute("SELECT recorded, url, published, digest, path, id FROM versions ORDER BY id")
        events += [Event(r[0], "added", r[1], f"version {r[5]}, published {r[2]}, {r[4]}, sha256 {r[3][:12]}")
                   for r in cursor.fetchall()]
        cursor.execute("SELECT recorded, corrected_url, corrected_claim, correcting_url, correcting_claim, reason "
                       "FROM corrections ORDER BY id")
        events += [Event(r[0], "corrected", f"{r[1]}#{r[2]}",
                         ("by " + f"{r[3]}#{r[4]}" if r[3] else "no correcting figure archived")
                         + (f": {r[5]}" if r[5] else "")) for r in cursor.fetchall()]
        cursor.execute("SELECT recorded, url, reason, last_version FROM removals ORDER BY id")
        events += [Event(r[0], "removed", r[1], f"up to version {r[3]}: {r[2]}") for r in cursor.fetchall()]
        self.end_read()
        return sorted(events, key=lambda e: (e.recorded, e.what, e.url))

    # -- export and import: JSON lines, one record a line, replayed in order
    def export_lines(self) -> Iterator[str]:
        """Every record as JSON lines, in the order recorded: an import replays them into an empty archive."""
        cursor = self.cursor()
        yield json.dumps({"format": EXPORT_FORMAT, "version": EXPORT_VERSION})
        cursor.execute("SELECT id, url, outlet, title, language, published, recorded, digest, path, units "
                       "FROM versions ORDER BY id")
        versions = cursor.fetchall()
        lines: list[tuple[str, int, str]] = []
        for row in versions:
            claims_cursor = self.cursor()
            claims_cursor.execute(self.sql("SELECT record FROM claims WHERE version_id = ? ORDER BY id"), (row[0],))
            records = [json.loads(r[0]) for r in claims_cursor.fetchall()]
            lines.append((row[6], 0, json.dumps({
                "type": "version", "url": row[1], "outlet": row[2], "title": row[3], "language": row[4],
                "published": row[5], "recorded": row[6], "digest": row[7], "path": row[8],
                "units": None if row[9] is None else json.loads(row[9]), "claims": records,
            }, ensure_ascii=False, sort_keys=True)))
        cursor.execute("SELECT recorded, corrected_url, corrected_claim, correcting_url, correcting_claim, reason, id "
                       "FROM corrections WHERE origin = 'command' ORDER BY id")
        lines += [(r[0], 1, json.dumps({"type": "correction", "recorded": r[0], "corrected": f"{r[1]}#{r[2]}",
                                        "by": None if r[3] is None else f"{r[3]}#{r[4]}", "reason": r[5]},
                                       ensure_ascii=False, sort_keys=True)) for r in cursor.fetchall()]
        cursor.execute("SELECT recorded, url, reason FROM removals ORDER BY id")
        lines += [(r[0], 2, json.dumps({"type": "removal", "recorded": r[0], "url": r[1], "reason": r[2]},
                                       ensure_ascii=False, sort_keys=True)) for r in cursor.fetchall()]
        self.end_read()
        for _, _, line in sorted(lines, key=lambda entry: (entry[0], entry[1])):
            yield line

    def import_lines(self, lines: Iterable[str], source: str) -> int:
        """Replay exported lines (their recorded times kept); raise InputError naming a bad line.

        Lines are replayed in batches, one transaction each, so a large export imports at the pace of bulk
        inserts; a bad line stops the import with the batches before it recorded.
        """
        count = 0
        batch: list[tuple[int, dict[str, Any]]] = []
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
            except json.JSONDecodeError as error:
                raise InputError.single(Path(source), f"not a JSON line: {error.msg}", number, error.colno) from None
            if number == 1:
                if entry != {"format": EXPORT_FORMAT, "version": EXPORT_VERSION}:
                    raise InputError.single(Path(source), "not an archive export: the first line must be "
                                            f'{{"format": "{EXPORT_FORMAT}", "version": {EXPORT_VERSION}}}', 1, 1)
                continue
            batch.append((number, entry))
            if len(batch) >= IMPORT_BATCH:
                count += self._replay_batch(batch, source)
                batch = []
        return count + self._replay_batch(batch, source)

    def _replay_batch(self, batch: list[tuple[int, dict[str, Any]]], source: str) -> int:
        if not batch:
            return 0

        def run() -> None:
            cursor = self.cursor()
            self.begin_write(cursor)
            for number, entry in batch:
                try:
                    self._replay(cursor, entry)
                except (KeyError, TypeError, ValueError, AttributeError) as error:
                    what = entry.get("type", "line") if isinstance(entry, dict) else "line"
                    raise InputError.single(Path(source), f"a {what} without a valid {error}; export it again",
                                            number, 1) from None
            self.commit()

        self.write(run)
        return len(batch)

    def _replay(self, cursor: Cursor, entry: dict[str, Any]) -> None:
        kind = entry["type"]
        if kind == "version":
            version = ArticleVersion(
                url=entry["url"], outlet=entry["outlet"], title=entry["title"], language=entry["language"],
                published=datetime.date.fromisoformat(entry["published"]), digest=entry["digest"],
                path=entry["path"], units=entry["units"], claims=tuple(entry["claims"]))
            self.lock_article(cursor, version.url)
            self._insert_version(cursor, version, str(entry["recorded"]))
        elif kind == "correction":
            url, _, claim_id = str(entry["corrected"]).rpartition("#")
            by_url, _, by_claim = str(entry["by"] or "").rpartition("#")
            cursor.execute(self.sql(
                "INSERT INTO corrections (corrected_url, corrected_claim, correcting_url, correcting_claim, "
                "reason, recorded, origin) VALUES (?, ?, ?, ?, ?, ?, 'command')"),
                (url, claim_id, by_url or None, by_claim or None, entry["reason"], str(entry["recorded"])))
        elif kind == "removal":
            cursor.execute(self.sql("SELECT max(id) FROM versions WHERE url = ?"), (entry["url"],))
            last = cursor.fetchone()[0]
            cursor.execute(self.sql(
                "INSERT INTO removals (url, reason, recorded, last_version) VALUES (?, ?, ?, ?)"),
                (entry["url"], entry["reason"], str(entry["recorded"]), int(last or 0)))
            cursor.execute(self.sql("DELETE FROM current_versions WHERE url = ?"), (entry["url"],))
        else:
            raise ValueError("type")


def _archived(row: Sequence[Any]) -> ArchivedClaim:
    """An archived claim from a row of url, outlet, title, published, recorded, version id, record, units."""
    return ArchivedClaim(url=row[0], outlet=row[1], title=row[2], published=datetime.date.fromisoformat(row[3]),
                         recorded=row[4], version=int(row[5]), record=json.loads(row[6]),
                         units=None if row[7] is None else json.loads(row[7]))


def now() -> str:
    """The recorded time: UTC, to the microsecond, sortable as text."""
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="microseconds")
