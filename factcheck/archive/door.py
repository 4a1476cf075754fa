"""The archive's one door: the commands open a store, add files, and check drafts through these functions.

Only `archive` commands and `verify --archive` import this module; everything else of the package is reached
through it.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.errors import InputError, InputProblem, UsageError
from factcheck.model import ClaimsFile, Registry

if TYPE_CHECKING:
    from factcheck.archive.records import ArchivedClaim
    from factcheck.archive.store import AddOutcome, Store
    from factcheck.engine import Run, Settings

ARCHIVE_FOLDER = ".factcheck_archive"
ARCHIVE_FILE = "archive.sqlite3"


@dataclass(frozen=True)
class Place:
    """Where the archive and the registry are, as the configuration says (or by default)."""

    url: str
    registry: Path | None


def place_of(url: str | None, registry: str | None, config_folder: Path | None, start: Path) -> Place:
    """The archive's URL and the registry's path: relative paths are the configuration's folder's.

    Without a URL, the archive is `.factcheck_archive/archive.sqlite3` at the project root (the first folder
    with `.git`), else in the user's data folder.
    """
    base = config_folder or start
    if url is None:
        from factcheck.project import project_root

        root = project_root(start)
        folder = root / ARCHIVE_FOLDER if root is not None else user_data_home() / "factcheck"
        url = "sqlite:///" + str(folder / ARCHIVE_FILE)
    elif url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        url = "sqlite:///" + str(path if path.is_absolute() else base / path)
    registry_path = None if registry is None else (Path(registry) if Path(registry).is_absolute()
                                                   else base / registry)
    return Place(url, registry_path)


def user_data_home() -> Path:
    """The user's data folder (XDG_DATA_HOME, else ~/.local/share)."""
    chosen = os.environ.get("XDG_DATA_HOME")
    if chosen and Path(chosen).is_absolute():
        return Path(chosen)
    return Path.home() / ".local" / "share"


def open_store(url: str) -> Store:
    """The store a URL names: `sqlite:///PATH` or `postgresql://...`."""
    if url.startswith("sqlite:///"):
        from factcheck.archive.sqlite_store import SqliteStore

        path = Path(url.removeprefix("sqlite:///"))
        folder = path.parent
        if folder.name == ARCHIVE_FOLDER and folder.is_symlink():
            raise InputError.single(folder, "the archive's folder is a link; the archive never follows one out "
                                    "of itself: make it a folder")
        return SqliteStore(path)
    if url.startswith(("postgresql://", "postgres://")):
        from factcheck.archive.postgres_store import PostgresStore

        return PostgresStore(url)
    raise UsageError(f"unknown archive url '{url}': write sqlite:///PATH or postgresql://HOST/DATABASE")


def load_registry(path: Path | None) -> Registry:
    """The registry the configuration names, or an empty one."""
    if path is None:
        return Registry()
    if not path.exists():
        raise InputError.single(path, "the registry named in [archive] registry does not exist; fix the path")
    from factcheck.loader import load_registry as load

    return load(path)


def registry_problems(claims_file: ClaimsFile, registry: Registry) -> list[InputProblem]:
    """A metric whose key is in the registry must agree with it on dimension and flow; a source on kind-free keys.

    One problem per disagreement, pointing at the metric in the claims file.
    """
    problems: list[InputProblem] = []
    for metric in claims_file.metrics.values():
        entry = registry.metrics.get(metric.key or "")
        if entry is None:
            continue
        line, column = (metric.position.line, metric.position.column) if metric.position else (None, None)
        if entry.unit is not None and metric.unit is not None and entry.unit.dimension != metric.unit.dimension:
            problems.append(InputProblem(claims_file.path, line, column, (
                f"metric '{metric.id}' is in {metric.unit_text}, but its key '{entry.key}' is in {entry.unit_text} "
                "in the registry; use a unit of the same dimension or another key")))
        if entry.flow is not None and entry.flow != metric.flow:
            problems.append(InputProblem(claims_file.path, line, column, (
                f"metric '{metric.id}' says flow: {str(metric.flow).lower()}, but its key '{entry.key}' is "
                f"flow: {str(entry.flow).lower()} in the registry; make them agree or use another key")))
    return problems


def guessed_problems(path: Path, raw: Any) -> list[InputProblem]:
    """`archive add` takes only curated files: a claim or metric that still lists `guessed:` entries is refused."""
    problems: list[InputProblem] = []
    if not isinstance(raw, dict):
        return problems
    sections = [("claim", entry) for entry in (raw.get("claims") or []) if isinstance(entry, dict)]
    metrics = raw.get("metrics")
    if isinstance(metrics, dict):
        sections += [("metric", entry) for entry in metrics.values() if isinstance(entry, dict)]
    for what, entry in sections:
        guessed = entry.get("guessed")
        if guessed:
            position = getattr(guessed, "position", None) or getattr(entry, "position", None)
            name = entry.get("id", "") if what == "claim" else ""
            problems.append(InputProblem(
                path, getattr(position, "line", None), getattr(position, "column", None),
                f"{what} {name + ' ' if name else ''}still lists guessed fields; confirm them (delete them from "
                "'guessed') before the file is archived"))
    return problems


def add_files(store: Store, paths: Sequence[Path], registry: Registry) -> list[AddOutcome]:
    """Record published claims files; every file is checked first, so a bad one records nothing."""
    from factcheck.archive.records import version_of
    from factcheck.loader import find_claims_files, load_claims_text, parse_yaml, read_claims_text

    files = find_claims_files(list(paths))
    if not files:
        raise InputError([InputProblem(p, None, None, "no claims files (*.yaml, *.yml) found here") for p in paths])
    problems: list[InputProblem] = []
    versions = []
    for path in files:
        try:
            text = read_claims_text(path)
            raw = parse_yaml(path, text)
            found = guessed_problems(path, raw)
            if found:
                problems.extend(found)
                continue
            claims_file = load_claims_text(path, text)
        except InputError as error:
            problems.extend(error.problems)
            continue
        problems.extend(registry_problems(claims_file, registry))
        if not claims_file.article.url:
            problems.append(InputProblem(path, None, None, "the article has no url; a published article is "
                                         "archived under its url: add article.url"))
            continue
        versions.append(version_of(claims_file, text, raw, str(path)))
    if problems:
        raise InputError(problems)
    return [store.add(version) for version in versions]


def check_run(paths: Sequence[Path], settings: Settings, store: Store, registry: Registry, fail_on: str) -> Run:
    """`verify --archive`: every claims file checked as `verify` does, and against the archive besides.

    No cached result is used or kept: each run reads the archive as it is now, so an `archive add` is never
    hidden by an answer computed before it.
    """
    import dataclasses

    from factcheck.archive.check import archive_findings, with_archive_findings
    from factcheck.engine import _collector_paused, article_for, check_claims_file, report_of, select_rules
    from factcheck.loader import find_claims_files, load_claims_file

    rules = select_rules(settings.select, settings.ignore)
    files = find_claims_files(list(paths))
    if not files:
        raise InputError([InputProblem(p, None, None, "no claims files (*.yaml, *.yml) found here") for p in paths])
    chosen = [rule.id for rule in rules]
    settings = dataclasses.replace(settings, archive=True)  # the rules that need the archive run
    results = []
    problems: list[InputProblem] = []
    for path in files:
        with _collector_paused():  # as `verify` checks a file: its many small objects hold no cycles
            try:
                claims_file = load_claims_file(path)
                article = article_for(claims_file, settings.text)
            except InputError as error:
                problems.extend(error.problems)
                continue
            found = registry_problems(claims_file, registry)
            if found:
                problems.extend(found)
                continue
            result = check_claims_file(claims_file, article, settings, rules)
            extra = archive_findings(claims_file, store, settings.options, chosen, settings.severity)
            results.append(dataclasses.replace(
                result, findings=tuple(with_archive_findings(result.findings, extra, claims_file))))
    if problems:
        raise InputError(problems)
    from factcheck.engine import Run

    return Run(report_of(results, rules, fail_on), tuple(results))


def shown(item: ArchivedClaim) -> str:
    """One line of `archive show`: period, figure, kind, release, outlet, date, the claim's name, its quote."""
    record = item.record
    parts = [record.get("period") or "undated", record["figure"], record["kind"]]
    if record.get("release"):
        parts.append(f"release {record['release']}")
    parts += [f"{item.outlet or '-'} {item.published.isoformat()}", item.ref]
    if record.get("quote"):
        parts.append(f'"{record["quote"]}"')
    return "  ".join(parts)
