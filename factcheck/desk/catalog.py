"""The files a desk serves and every change it makes to them: the desk's one door to the engine.

Only the claims files found under the paths the desk was started with are ever read as claims or written
(a request names a file as it is listed, never as a path to open); article texts are read as their claims
files name them, and never written. Every decision goes through the review writer, locked.

A claims file is the work of whoever committed it, so what it names is confined: the desk reads and writes
a claims file, and reads an article text, only where its real path (links followed) is inside the desk's
territory: the repository each path belongs to (the project root), or, outside any repository, the path
itself. `text: /etc/passwd`, `text: ../../../.ssh/id_rsa` or a claims file that is a link to a file elsewhere
is listed with a one-line problem and never opened. An article named with `--text` is the editor's own choice
and is read as given.
"""

from __future__ import annotations

import hashlib
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.article import ArticleText
from factcheck.engine import FileResult, Settings, article_for, check_claims_file, report_of, select_rules
from factcheck.errors import InputError, InputProblem, UsageError
from factcheck.findings import Finding, Report
from factcheck.loader import find_claims_files, load_claims_file, load_claims_text
from factcheck.model import ClaimsFile, Review
from factcheck.project import project_root
from factcheck.report_page import ReportPage, build_page
from factcheck.review_writer import checked_name, move_decision, record_decision, remove_decision

Stamp = tuple[tuple[int, ...] | None, ...]  # what the desk knows of a claims file and its article on disk
DECISIONS = ("accepted", "false-positive", "reopen", "remove", "move")


@dataclass(frozen=True)
class Listed:
    """A claims file as the desk lists it: its result, or the problems that keep it from being checked."""

    name: str
    result: FileResult | None
    problems: tuple[str, ...] = ()


@dataclass
class Catalog:
    """The claims files under `paths`, checked under `settings`; who decides, once settable per session."""

    paths: tuple[Path, ...]
    settings: Settings
    editor: str
    editor_changed: bool = False
    _engine: threading.Lock = field(default_factory=threading.Lock)  # one engine run at a time
    _renaming: threading.Lock = field(default_factory=threading.Lock)
    _articles: dict[str, tuple[Path, ...]] = field(default_factory=dict)  # the article texts last read
    _results: dict[str, tuple[Stamp, FileResult | list[InputProblem]]] = field(default_factory=dict)
    _territory: tuple[Path, ...] | None = None

    def files(self) -> dict[str, Path]:
        """The claims files under the desk's paths, by the name the desk shows (found afresh each time)."""
        return {str(path): path for path in find_claims_files(list(self.paths))}

    def file(self, name: str) -> Path:
        """The claims file listed as `name`; UsageError for anything else (no other file is ever opened)."""
        path = self.files().get(name)
        if path is None:
            raise UsageError(f"{name!r} is not one of the desk's claims files")
        outside = self._outside(path, "the claims file")
        if outside is not None:
            raise InputError([outside])
        return path

    def territory(self) -> tuple[Path, ...]:
        """Where the desk may read (and, for claims files, write): each path's repository, else the path itself.

        A home folder kept in git (dotfiles) is no newsroom's repository: there the path itself is the limit, so
        a claims file's `text:` can never reach `~/.ssh`.
        """
        if self._territory is None:
            places = []
            home = Path(os.path.realpath(Path.home()))
            for path in self.paths:
                here = Path(os.path.realpath(path))
                root = project_root(here if here.is_dir() else here.parent)
                places.append(root if root is not None and root != home else here)
            self._territory = tuple(places)
        return self._territory

    def _outside(self, path: Path, what: str, named_at: Path | None = None) -> InputProblem | None:
        """A problem if `path` (links followed) is outside the territory; None when the desk may open it."""
        real = Path(os.path.realpath(path))
        if any(real == place or place in real.parents for place in self.territory()):
            return None
        where = ", ".join(str(place) for place in self.territory())
        return InputProblem(named_at or path, None, None,
                            f"{what} {path} is outside the folders this desk may open ({where}); the desk "
                            "does not read it: move it inside, or start the desk from its repository")

    def listing(self) -> list[Listed]:
        """Every file with its findings (or its problems), in the order files are found."""
        listed = []
        for name, path in self.files().items():
            outcome = self._run(path)
            if isinstance(outcome, FileResult):
                listed.append(Listed(name, outcome))
            else:
                listed.append(Listed(name, None, tuple(str(problem) for problem in outcome)))
        return listed

    def page(self, name: str) -> tuple[ReportPage, FileResult]:
        """The report's page of one file, as `factcheck report` builds it."""
        path = self.file(name)
        outcome = self._run(path)
        if not isinstance(outcome, FileResult):
            raise InputError(outcome)
        report = self.report([outcome])
        return build_page(outcome, outcome.article, report, name, self._reviews(path)), outcome

    def report(self, results: list[FileResult]) -> Report:
        """The Report of some files' results, as every format renders it."""
        return report_of(results, select_rules(self.settings.select, self.settings.ignore))

    def digest(self) -> str:
        """What changes when any served file changes (its size or time): the page reloads when this does."""
        state = hashlib.sha256()
        for name, path in self.files().items():
            state.update(f"{name}\0{self._stamp(path)}\0".encode("utf-8", "surrogateescape"))
        return state.hexdigest()[:16]

    def decide(self, name: str, action: str, fingerprint: str, target: str, note: str) -> str:
        """Apply one decision to the file listed as `name`; the review writer's one-line account of it."""
        path = self.file(name)
        if action in ("accepted", "false-positive"):
            return record_decision(path, fingerprint, action, self.editor, note.strip() or None, self._live)
        if action in ("reopen", "remove"):
            return remove_decision(path, fingerprint)
        if action == "move":
            return move_decision(path, fingerprint, target, self._live)
        raise UsageError(f"unknown decision {action!r}; one of {', '.join(DECISIONS)}")

    def rename_editor(self, name: str) -> None:
        """Who decides from now on: changeable once per session, so every decision names one person."""
        with self._renaming:  # two tabs setting a name at once: the first wins, the second is told so
            if self.editor_changed:
                raise UsageError(f"this desk decides as {self.editor} until it is restarted")
            if not name.strip():
                raise UsageError("give a name")
            self.editor, self.editor_changed = checked_name(" ".join(name.split())), True

    # -- the engine, one run at a time ---------------------------------------------------------------

    def _run(self, path: Path) -> FileResult | list[InputProblem]:
        """The file's result, computed again only when it or its article changed (size or time)."""
        stamp = self._stamp(path)
        kept = self._results.get(str(path))
        if kept is not None and kept[0] == stamp:
            return kept[1]
        with self._engine:
            outcome = self._checked(path)
        if isinstance(outcome, FileResult) and outcome.article_path:
            self._articles[str(path)] = (Path(outcome.article_path),)
        self._results[str(path)] = (self._stamp(path), outcome)
        return outcome

    def _checked(self, path: Path) -> FileResult | list[InputProblem]:
        """As the engine's run_file, with the claims file and its article text confined to the territory."""
        outside = self._outside(path, "the claims file")
        if outside is not None:
            return [outside]
        try:
            claims_file = load_claims_file(path)
            article = self._article(claims_file)
        except InputError as error:
            return list(error.problems)
        return check_claims_file(claims_file, article, self.settings)

    def _article(self, claims_file: ClaimsFile) -> ArticleText | None:
        named = claims_file.article.text_path
        if self.settings.text is None and named is not None:
            outside = self._outside(named, "its article text", claims_file.path)
            if outside is not None:
                raise InputError([outside])
        return article_for(claims_file, self.settings.text)

    def _stamp(self, path: Path) -> Stamp:
        return tuple(_file_stamp(item) for item in (path, *self._articles.get(str(path), ())))

    def _reviews(self, path: Path) -> tuple[Review, ...]:
        try:
            return load_claims_file(path).reviews
        except InputError:
            return ()

    def _live(self, path: Path, text: str) -> dict[str, Finding]:
        with self._engine:
            claims_file = load_claims_text(path, text)
            result = check_claims_file(claims_file, self._article(claims_file), self.settings)
        return {f.fingerprint: f for f in result.findings if f.rule != "stale-review"}


def chosen_findings(listing: list[Listed], chosen: dict[str, str]) -> list[tuple[str, Finding]]:
    """The findings the filters leave (severity, rule, status open/reviewed, file).

    Open findings before reviewed ones, errors first, then by file and place.
    """
    rows = [
        (item.name, finding)
        for item in listing if item.result is not None and chosen.get("file", "") in ("", item.name)
        for finding in item.result.findings
        if chosen.get("severity", "") in ("", finding.severity.value)
        and chosen.get("rule", "") in ("", finding.rule)
        and chosen.get("status", "") in ("", "reviewed" if finding.reviewed else "open")
    ]
    return sorted(rows, key=lambda row: (row[1].reviewed, -row[1].severity.rank, row[0], row[1].sort_key()))


def _file_stamp(path: Path) -> tuple[int, ...] | None:
    """A file's inode, size and times (a write replaces the file: a new inode), or None when it cannot be read."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns
