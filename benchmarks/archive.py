"""The archive at scale: importing generated archives, and a 30-claim draft checked with and without them.

Generates archives of 10^4 and 10^5 claims (10^6 with --full): a metric key per 50 claims (an archive grows
by its keys: one metric and period is printed a few times, not thousands), articles of 30 claims in
Russian and English, periods 2000-2025, one claim in a hundred a correction of an earlier one, one in twenty
with a release. Measures, in the same run and the same store:
    import: `archive import` of the exported lines, as a ratio to bare inserts of the same rows (a table of the
    same columns, no index, one transaction) in the same store;
    check: a 30-claim draft over ten keys of the archive, `verify --archive` against the same check without it.
Goals (issue 19): the check with the archive at most 1.5x the check without it at 10^6 claims, its extra
time growing at most logarithmically with the archive (each tenfold growth adds at most as much as the one
before it, plus noise). Prints each goal met or missed.
    python benchmarks/archive.py [--full] [--url postgresql://...] [--repeat 5]
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from fractions import Fraction
from pathlib import Path

from factcheck.archive.door import check_run, open_store
from factcheck.archive.records import EXPORT_FORMAT, EXPORT_VERSION, figure_reading, interval_key
from factcheck.archive.store import Store
from factcheck.engine import Settings, run
from factcheck.intervals import Interval
from factcheck.model import Registry
from factcheck.quantities import Amount
from factcheck.units import resolve_unit

CLAIMS_PER_KEY = 50  # an archive grows by its keys: one metric and period is printed a few times, not thousands
CLAIMS_PER_ARTICLE = 30
OUTLETS = ("BAQ.KZ", "Kursiv", "Tengri News")
DRAFT_KEYS = 10


def _figure(value: float, language: str) -> tuple[str, float, float]:
    """A figure in millions of USD as printed, with its interval in USD."""
    millions = round(value)
    text = f"${millions} млн" if language == "ru" else f"${millions} million"
    return text, (millions - 0.5) * 1_000_000, (millions + 0.5) * 1_000_000


def archive_lines(claims: int, seed: int = 19) -> Iterator[str]:
    """An export of an archive of `claims` claims (see the module's docstring), as `archive import` reads it."""
    rng = random.Random(seed)
    keys = max(DRAFT_KEYS, claims // CLAIMS_PER_KEY)
    usd = resolve_unit("USD")
    yield json.dumps({"format": EXPORT_FORMAT, "version": EXPORT_VERSION})
    made: list[str] = []
    for article in range(claims // CLAIMS_PER_ARTICLE):
        language = "ru" if article % 2 == 0 else "en"
        year = 2000 + article % 26
        url = f"https://outlet{article % len(OUTLETS)}.example/{year}/{article}"
        records = []
        for number in range(CLAIMS_PER_ARTICLE):
            key = f"metric-{rng.randrange(keys)}"
            period_year = max(2000, year - rng.randrange(3))
            text, low, high = _figure(100 + (hash(key) % 900) * (1.05 ** (period_year - 2000)) + rng.random(), language)
            claim_id = f"c{number}"
            corrects = made[rng.randrange(len(made))] if made and rng.random() < 0.01 else None
            records.append({
                "id": claim_id, "metric": key, "key": key, "metric_name": f"Показатель {key}", "unit": "USD",
                "flow": True, "form": "value", "figure": text, "period": str(period_year),
                "start": f"{period_year}-01-01", "end": f"{period_year}-12-31", "kind": "actual",
                "language": language, "exact": False, "since": None,
                "release": f"{period_year + 1}-0{1 + rng.randrange(9)}-01" if rng.random() < 0.05 else None,
                "quote": f"{text} in {period_year}", "said_by": {"id": "outlet", "name": "Outlet", "kind": "outlet",
                                                                 "key": None},
                "cites": None, "corrects": corrects, "interval": interval_key(Fraction(low), Fraction(high)),
                "reading": figure_reading(Amount(text, Interval(Fraction(low), Fraction(high)), usd)),
            })
            made.append(f"{url}#{claim_id}")
        yield json.dumps({
            "type": "version", "url": url, "outlet": OUTLETS[article % len(OUTLETS)], "title": f"Article {article}",
            "language": language, "published": f"{year}-06-{1 + article % 28:02d}",
            "recorded": f"2026-01-01T00:00:{article:09d}", "digest": f"{article:064x}", "path": f"a{article}.yaml",
            "units": None, "claims": records,
        }, ensure_ascii=False)


def draft(folder: Path) -> Path:
    """A 30-claim draft over ten keys of the archive: values and changes, 2020-2025."""
    lines = ["factcheck: 1.2",
             'article: {title: Draft, outlet: BAQ.KZ, url: "https://outlet0.example/draft", published: 2025-11-01, '
             "language: ru}",
             "sources:", "  baq: {name: BAQ.KZ, kind: outlet}", "  stat: {name: Stat, kind: official}", "metrics:"]
    lines += [f'  m{k}: {{name: "Показатель {k}", unit: USD, flow: true, key: metric-{k}}}' for k in range(DRAFT_KEYS)]
    lines.append("claims:")
    for number in range(30):
        metric, year = f"m{number % DRAFT_KEYS}", 2020 + number % 6
        if number % 3 == 2:
            lines.append(f'  - {{id: d{number}, metric: {metric}, period: "{year}", change: "+5%", '
                         f'since: "{year - 1}", said_by: baq, cites: stat}}')
        else:
            lines.append(f'  - {{id: d{number}, metric: {metric}, period: "{year}", value: "${300 + number} млн", '
                         "said_by: baq, cites: stat}")
    path = folder / "draft.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _best(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def bare_inserts(store: Store, lines: Iterator[str]) -> None:
    """The same claim rows inserted into a table of the same columns, without index, in one transaction."""
    cursor = store.cursor()
    store.begin_write(cursor)
    cursor.execute("CREATE TABLE bare_claims (version_id BIGINT, claim_id TEXT, metric_key TEXT, period_start TEXT, "
                   "period_end TEXT, kind TEXT, interval_key TEXT, record TEXT)")
    next(lines)  # the export's header
    rows = ((number, record["id"], record["key"], record["start"], record["end"], record["kind"], record["interval"],
             json.dumps(record, ensure_ascii=False, sort_keys=True))
            for number, line in enumerate(lines) for record in json.loads(line)["claims"])
    cursor.executemany(store.sql("INSERT INTO bare_claims VALUES (?, ?, ?, ?, ?, ?, ?, ?)"), rows)
    cursor.execute("DROP TABLE bare_claims")
    store.commit()


def _fresh(url: str | None, folder: Path, size: int) -> str:
    if url is None:
        return f"sqlite:///{folder / f'archive-{size}.sqlite3'}"
    import psycopg

    schema = f"bench{size}"
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        connection.execute(f"CREATE SCHEMA {schema}")
    return f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--full", action="store_true", help="also an archive of 10^6 claims (minutes)")
    parser.add_argument("--url", help="a PostgreSQL URL to measure instead of a temporary SQLite file")
    parser.add_argument("--repeat", type=int, default=5, help="checks timed per size; the best is kept")
    args = parser.parse_args()
    sizes = [10_000, 100_000, *([1_000_000] if args.full else [])]
    extra_ms: list[float] = []
    ratio = 0.0
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        path = draft(folder)
        settings = Settings()
        print(f"store: {'PostgreSQL' if args.url else 'SQLite'}; draft: 30 claims over {DRAFT_KEYS} keys", flush=True)
        print(f"{'claims':>9} {'import /s':>10} {'bare /s':>10} {'import':>7} {'without':>9} {'with':>9} {'ratio':>6}")
        for size in sizes:
            store = open_store(_fresh(args.url, folder, size))
            start = time.perf_counter()
            bare_inserts(store, archive_lines(size))  # the lines are made again, not kept: 10^6 are a gigabyte
            bare = time.perf_counter() - start
            start = time.perf_counter()
            store.import_lines(archive_lines(size), "generated")
            imported = time.perf_counter() - start
            without = _best(lambda: run([path], settings), args.repeat)
            with_archive = _best(lambda store=store: check_run([path], settings, store, Registry(), "error"),  # type: ignore[misc]
                                 args.repeat)
            store.close()
            ratio = with_archive / without
            extra_ms.append((with_archive - without) * 1000)
            print(f"{size:>9,} {size / imported:>10,.0f} {size / bare:>10,.0f} {imported / bare:>6.1f}x "
                  f"{without * 1000:>7.1f}ms {with_archive * 1000:>7.1f}ms {ratio:>5.2f}x", flush=True)
        largest = f"{sizes[-1]:,}"
        verdict = "met" if ratio <= 1.5 else f"missed by {ratio / 1.5:.1f}x"
        print(f"goal: the check with the archive at most 1.5x without it at {largest} claims: {ratio:.2f}x, {verdict}"
              + ("" if args.full else " (10^6 only with --full)"))
        steps = [later - earlier for earlier, later in itertools.pairwise(extra_ms)]
        growth = " then ".join(f"+{step:.1f}ms" for step in steps)
        logarithmic = all(step <= max(5.0, 1.5 * max(extra_ms[0], 1.0)) for step in steps)
        print(f"goal: the archive's extra time grows at most logarithmically (each tenfold adds about the same): "
              f"{' -> '.join(f'{ms:.1f}ms' for ms in extra_ms)} ({growth}), {'met' if logarithmic else 'missed'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
