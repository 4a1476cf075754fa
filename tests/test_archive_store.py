"""The archive's store, the same suite on SQLite and on PostgreSQL (set FACTCHECK_TEST_POSTGRES_URL for it)."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import textwrap
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck.archive.door import add_files, open_store
from factcheck.archive.store import Store
from factcheck.errors import InputError
from factcheck.model import Registry

POSTGRES_VARIABLE = "FACTCHECK_TEST_POSTGRES_URL"


@pytest.fixture(params=["sqlite", "postgresql"])
def archive_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty archive: a new SQLite file, or a new schema of the test PostgreSQL server."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / '.factcheck_archive' / 'archive.sqlite3'}"
        return
    base = os.environ.get(POSTGRES_VARIABLE)
    if not base:
        pytest.skip(f"{POSTGRES_VARIABLE} is not set: no PostgreSQL server to test the store on "
                    "(`bash .ci/postgres start` starts one)")
    import psycopg

    schema = "t" + uuid.uuid4().hex[:12]
    with psycopg.connect(base, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {schema}")
    yield f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}"
    with psycopg.connect(base, autocommit=True) as connection:
        connection.execute(f"DROP SCHEMA {schema} CASCADE")


def article(folder: Path, name: str, url: str, figure: str, *, published: str = "2025-10-12",
            outlet: str = "BAQ.KZ", period: str = "2023", extra: str = "") -> Path:
    """A small published claims file of one keyed figure."""
    path = folder / name
    path.write_text(textwrap.dedent(f"""\
        factcheck: 1.2
        article: {{title: "{name}", outlet: {outlet}, url: "{url}", published: {published}, language: ru}}
        sources:
          baq: {{name: BAQ.KZ, kind: outlet}}
          stat: {{name: "Комитет по статистике", kind: official, key: kz-stat-committee}}
        metrics:
          trade: {{name: "Товарооборот", unit: USD, flow: true, key: kz-az-trade}}
        claims:
          - {{id: trade, metric: trade, period: "{period}", value: "{figure}", said_by: baq, cites: stat,
             quote: "товарооборот составил {figure}"}}
        """) + extra, encoding="utf-8")
    return path


@pytest.fixture
def store(archive_url: str) -> Iterator[Store]:
    opened = open_store(archive_url)
    yield opened
    opened.close()


def test_a_changed_file_is_a_new_version_and_an_unchanged_one_is_not(store: Store, tmp_path: Path) -> None:
    path = article(tmp_path, "a.yaml", "https://outlet.example/a", "$533 млн")
    first, = add_files(store, [path], Registry())
    again, = add_files(store, [path], Registry())
    article(tmp_path, "a.yaml", "https://outlet.example/a", "$547 млн")
    changed, = add_files(store, [path], Registry())
    assert first.version is not None and again.version is None
    assert changed.version is not None and changed.version > first.version
    shown = store.as_of("kz-az-trade", None, None, None)
    assert [item.record["figure"] for item in shown] == ["$547 млн"]  # the version in force
    added = [event for event in store.history() if event.what == "added"]
    assert len(added) == 2  # both versions are kept


def test_as_of_answers_what_had_been_published_by_a_date(store: Store, tmp_path: Path) -> None:
    path = article(tmp_path, "a.yaml", "https://outlet.example/a", "$533 млн", published="2025-10-12")
    add_files(store, [path], Registry())
    article(tmp_path, "a.yaml", "https://outlet.example/a", "$547 млн", published="2025-10-20")  # the update
    add_files(store, [path], Registry())

    def figures(as_of: str | None) -> list[str]:
        return [item.record["figure"] for item in store.as_of("kz-az-trade", "2023-01-01", "2023-12-31", as_of)]

    assert figures("2025-10-11") == []
    assert figures("2025-10-15") == ["$533 млн"]
    assert figures("2025-10-25") == ["$547 млн"]
    assert figures(None) == ["$547 млн"]


def test_a_removal_hides_the_article_and_is_recorded_with_its_reason(store: Store, tmp_path: Path) -> None:
    add_files(store, [article(tmp_path, "a.yaml", "https://outlet.example/a", "$533 млн")], Registry())
    store.remove("https://outlet.example/a", "published by mistake")
    assert store.as_of("kz-az-trade", None, None, None) == []
    assert store.as_of("kz-az-trade", None, None, "2030-01-01") == []
    removed = [event for event in store.history() if event.what == "removed"]
    assert [(event.url, event.detail.endswith("published by mistake")) for event in removed] == [
        ("https://outlet.example/a", True)]
    with pytest.raises(InputError, match=r"no article https://outlet\.example/zzz"):
        store.remove("https://outlet.example/zzz", "typo")


def test_export_and_import_rebuild_the_same_archive(store: Store, tmp_path: Path) -> None:
    add_files(store, [article(tmp_path, "a.yaml", "https://outlet.example/a", "$533 млн"),
                      article(tmp_path, "b.yaml", "https://outlet.example/b", "$600 млн", period="2024")], Registry())
    store.correct("https://outlet.example/a#trade", None, "the committee withdrew it")
    store.remove("https://outlet.example/b", "duplicate")
    lines = list(store.export_lines())
    rebuilt = open_store(f"sqlite:///{tmp_path / 'copy' / 'archive.sqlite3'}")
    try:
        assert rebuilt.import_lines(lines, "export.jsonl") == 4
        assert list(rebuilt.export_lines()) == lines
        assert [i.record["figure"] for i in rebuilt.as_of("kz-az-trade", None, None, None)] == ["$533 млн"]
        assert rebuilt.corrections_of(["https://outlet.example/a#trade"]) == {
            "https://outlet.example/a#trade": [(None, "the committee withdrew it")]}
    finally:
        rebuilt.close()


def test_an_import_names_its_bad_line(store: Store, tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"export.jsonl:1:1: error: not an archive export"):
        store.import_lines(['{"format": "other"}'], "export.jsonl")
    with pytest.raises(InputError, match=r"export.jsonl:2:\d+: error: not a JSON line"):
        store.import_lines(['{"format": "factcheck-archive", "version": 1}', "{oops"], "export.jsonl")


def _add_many(url: str, paths: list[str]) -> int:
    store = open_store(url)
    try:
        return sum(1 for outcome in add_files(store, [Path(p) for p in paths], Registry()) if outcome.version)
    finally:
        store.close()


def test_ten_concurrent_writers_lose_nothing(archive_url: str, tmp_path: Path) -> None:
    batches = []
    for writer in range(10):
        folder = tmp_path / f"w{writer}"
        folder.mkdir()
        batches.append([str(article(folder, f"a{n}.yaml", f"https://outlet.example/{writer}/{n}", f"${500 + n} млн",
                                    period=str(2000 + n))) for n in range(5)])
    context = multiprocessing.get_context("spawn")  # each writer a process of its own, with its own connection
    with context.Pool(10) as pool:
        added = pool.starmap(_add_many, [(archive_url, batch) for batch in batches])
    assert added == [5] * 10
    store = open_store(archive_url)
    try:
        assert len([e for e in store.history() if e.what == "added"]) == 50
        assert len(store.as_of("kz-az-trade", None, None, None)) == 50
    finally:
        store.close()


def test_a_foreign_database_is_refused_in_one_line(archive_url: str) -> None:
    if archive_url.startswith("sqlite:///"):
        path = Path(archive_url.removeprefix("sqlite:///"))
        path.parent.mkdir(parents=True)
        with sqlite3.connect(path) as connection:
            connection.execute("CREATE TABLE invoices (id INTEGER)")
    else:
        import psycopg

        with psycopg.connect(archive_url, autocommit=True) as connection:
            connection.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(InputError) as raised:
        open_store(archive_url)
    assert "\n" not in str(raised.value)
    assert "holds other tables and no factcheck archive" in str(raised.value)


def test_a_corrupt_sqlite_file_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "archive.sqlite3"
    path.write_bytes(b"this is not a database, only some bytes" * 100)
    with pytest.raises(InputError) as raised:
        open_store(f"sqlite:///{path}")
    message = str(raised.value)
    assert message.count("\n") <= 1
    assert message.startswith(f"factcheck: error: {path}: not a factcheck archive, or a damaged one")


def test_an_archive_file_that_links_out_of_its_folder_is_refused(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.sqlite3"
    folder = tmp_path / ".factcheck_archive"
    folder.mkdir()
    (folder / "archive.sqlite3").symlink_to(elsewhere)
    with pytest.raises(InputError, match="a link out of its folder"):
        open_store(f"sqlite:///{folder / 'archive.sqlite3'}")
    assert not elsewhere.exists()


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    open_store(url).close()
    with sqlite3.connect(tmp_path / "archive.sqlite3") as connection:
        connection.execute("UPDATE factcheck_archive SET value = '99' WHERE name = 'schema'")
    with pytest.raises(InputError, match="schema 99, newer than this factcheck reads"):
        open_store(url)


def test_the_sqlite_archive_is_in_wal_mode(tmp_path: Path) -> None:
    open_store(f"sqlite:///{tmp_path / 'archive.sqlite3'}").close()
    with sqlite3.connect(tmp_path / "archive.sqlite3") as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
