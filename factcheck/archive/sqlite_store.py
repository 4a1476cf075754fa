"""The archive in one SQLite file, from the standard library: one machine, one desk, many writers at once.

WAL mode lets readers go on while one process writes; writers queue on SQLite's lock (a busy timeout, then
the store's own retries), so concurrent `archive add` runs lose nothing. The file and its companions (-wal,
-shm, -journal) must be plain files in the archive's folder: a link leading out of it is refused.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import cast

from factcheck.archive.store import Cursor, Store
from factcheck.errors import InputError

BUSY_TIMEOUT_MS = 30_000
COMPANIONS = ("", "-wal", "-shm", "-journal")


class SqliteStore(Store):
    """The archive in a SQLite file."""

    serial = "INTEGER PRIMARY KEY"

    def __init__(self, path: Path) -> None:
        self.path = path
        self.where = str(path)
        refuse_links_out(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        except sqlite3.Error as error:
            raise self.error(f"cannot open the archive: {error}") from None
        try:
            self.write(self._configure)
            self.prepare()
        except sqlite3.DatabaseError as error:
            self.connection.close()
            if self.is_busy(error):
                raise self.error("the archive stayed locked by another process; try again") from None
            raise self.error(f"not a factcheck archive, or a damaged one ({error}); name another file in "
                             "[archive] url, or rebuild it with `factcheck archive import`") from None

    def _configure(self) -> None:
        self.connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = self.connection.execute("PRAGMA journal_mode = WAL").fetchone()
        if mode is None or str(mode[0]).lower() != "wal":
            raise sqlite3.OperationalError("database is locked")  # another process is switching it: retry
        self.connection.execute("PRAGMA foreign_keys = ON")

    def cursor(self) -> Cursor:  # noqa: D102
        return cast(Cursor, self.connection.cursor())

    def begin_write(self, cursor: Cursor) -> None:  # noqa: D102
        cursor.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:  # noqa: D102
        if self.connection.in_transaction:
            self.connection.execute("COMMIT")

    def rollback(self) -> None:  # noqa: D102
        if self.connection.in_transaction:
            self.connection.execute("ROLLBACK")

    def is_busy(self, error: Exception) -> bool:  # noqa: D102
        text = str(error).lower()
        return isinstance(error, sqlite3.OperationalError) and ("locked" in text or "busy" in text)

    def close(self) -> None:  # noqa: D102
        self.connection.close()

    def table_names(self, cursor: Cursor) -> set[str]:  # noqa: D102
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {str(row[0]) for row in cursor.fetchall()}


def refuse_links_out(path: Path) -> None:
    """Refuse a database file or companion that is a link out of the archive's folder."""
    folder = path.parent.resolve() if path.parent.exists() else path.parent.absolute()
    for suffix in COMPANIONS:
        candidate = path.with_name(path.name + suffix)
        if candidate.is_symlink() and candidate.resolve().parent != folder:
            raise InputError.single(candidate, "the archive's file is a link out of its folder; the archive never "
                                    "follows one: replace the link by the file itself")

