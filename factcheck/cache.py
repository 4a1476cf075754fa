"""The result cache: a file's result, kept under a key of everything that decides it, reused when nothing did.

The key covers the claims file's path and content, the tool (its version and the files it is made of), the
effective configuration and `--text`; an entry also records the article text it was computed with, and is
used only while that text is unchanged.

A cache folder may come from anyone (a CI cache restored for a pull request, a repository that commits a
link), so nothing in it is trusted:
- an entry is JSON, never code, and carries an HMAC-SHA256 of its bytes under a key that is not in the cache
  (FACTCHECK_CACHE_KEY, else a per-user key in the user's state folder); an entry that fails the check, or
  any field of which is not exactly what factcheck writes (cache_entries.py), is a miss, never a verdict;
- factcheck makes a folder of its own (`.factcheck_cache` at the project root, `factcheck` inside
  FACTCHECK_CACHE_DIR or the user's cache folder), marks it and every version folder in it with a
  CACHEDIR.TAG naming factcheck, never follows a link below the folder the user named (a link is refused
  with a warning and the run goes on uncached), and removes only entries, temporary files and version
  folders it wrote, by their names and marker: never anything else;
- entries are written to a temporary file and renamed into place, so concurrent runs never see half an
  entry; a temporary file left by a killed run is removed by the next run that writes.

Each version folder holds at most MAX_ENTRIES entries (the oldest go first); older versions' folders are
removed when a new one is written. Deleting the folder is always safe.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import hashlib
import hmac
import json
import os
import re
import stat
import warnings
from pathlib import Path
from typing import Any

from factcheck import __version__
from factcheck.article import ArticleText
from factcheck.cache_entries import (
    EntryError,
    decode_figures,
    decode_findings,
    decode_skipped,
    decode_sources,
    digest,
    encode_figures,
    encode_findings,
    encode_skipped,
    encode_sources,
    fields,
    identifier,
    items,
    optional_identifier,
    rule_id,
    text,
    whole,
)
from factcheck.engine import FileResult, Settings, text_digest
from factcheck.errors import InputError, InputProblem, InputWarning
from factcheck.project import project_root, user_cache_home, user_state_home

CACHE_FOLDER = ".factcheck_cache"  # at the project root, beside the configuration
OWN_FOLDER = "factcheck"  # inside FACTCHECK_CACHE_DIR, or the user's cache folder outside any project
CACHE_DIR_VARIABLE = "FACTCHECK_CACHE_DIR"
CACHE_KEY_VARIABLE = "FACTCHECK_CACHE_KEY"
ENTRY_FORMAT = 2
MAX_ENTRIES = 50_000
TAG = "CACHEDIR.TAG"
SIGNATURE = b"Signature: 8a477f597d28d172789f06886806bc55\n"  # https://bford.info/cachedir/
MARKER = SIGNATURE + (b"# This folder is a cache made by factcheck, which removes only what it wrote here.\n"
                      b"# About cache directory tags: https://bford.info/cachedir/\n")
GITIGNORE = b"# created by factcheck\n*\n"
STALE_SECONDS = 3600  # where a writer's lock cannot be seen, a temporary file this old is a dead run's
_CHUNK = 1 << 20

# the names factcheck writes, and so the only names it ever removes
_VERSION_NAME = re.compile(r"[0-9A-Za-z.+!_-]{1,64}-[0-9a-f]{16}")
_SHARD_NAME = re.compile(r"[0-9a-f]{2}")
_ENTRY_NAME = re.compile(r"[0-9a-f]{64}\.json")
_TEMPORARY_NAME = re.compile(r"\.tmp-[0-9a-f]{16}\.json")
_KEY_TEXT = re.compile(rb"[0-9a-f]{64}\n?")

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
# where the system can, folders are opened once and every name is looked up in them without following links
# (a link swapped in after a check is still never followed); elsewhere each name is checked before use
_AT_FOLDERS = bool(_NOFOLLOW and _DIRECTORY) and {os.open, os.stat, os.mkdir, os.unlink, os.rmdir,
                                                  os.rename} <= os.supports_dir_fd and os.listdir in os.supports_fd


class _Refused(Exception):
    """A link where the cache needs a folder or file of its own: the cache is not used."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


class _NotOurs(Exception):
    """The cache's folder exists but factcheck did not make it."""


class _KeyProblem(Exception):
    """The per-user key cannot be read or made."""

    def __init__(self, path: Path, reason: str,
                 advice: str = f"delete it to make a new one, or set {CACHE_KEY_VARIABLE}") -> None:
        super().__init__(reason)
        self.path = path
        self.advice = advice


class _Folder:
    """A folder of the cache: names are looked up in it, and a link is never followed."""

    def __init__(self, path: Path, descriptor: int | None) -> None:
        self.path = path
        self.descriptor = descriptor

    @classmethod
    def named(cls, path: Path, *, create: bool) -> _Folder:
        """The folder the user named (or the project root): trusted as it is, links and all."""
        if create:
            path.mkdir(parents=True, exist_ok=True)
        if not _AT_FOLDERS:
            if not path.is_dir():
                raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(path))
            return cls(path, None)
        return cls(path, os.open(path, os.O_RDONLY | _DIRECTORY | _CLOEXEC))

    def _at(self, name: str) -> str:
        return name if self.descriptor is not None else str(self.path / name)

    def kind(self, name: str) -> int | None:
        """The file type of a name in this folder (a link is a link); None when there is none."""
        try:
            return stat.S_IFMT(os.stat(self._at(name), dir_fd=self.descriptor, follow_symlinks=False).st_mode)
        except FileNotFoundError:
            return None

    def _refuse_link(self, name: str) -> None:
        if self.kind(name) == stat.S_IFLNK:
            raise _Refused(self.path / name)

    def folder(self, name: str, *, create: bool = False) -> _Folder | None:
        """A folder in this one, made if asked; None when there is none; _Refused when it is a link."""
        if create:
            with contextlib.suppress(FileExistsError):
                os.mkdir(self._at(name), 0o755, dir_fd=self.descriptor)
        kind = self.kind(name)
        if kind is None:
            return None
        if kind == stat.S_IFLNK:
            raise _Refused(self.path / name)
        if kind != stat.S_IFDIR:
            raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(self.path / name))
        if self.descriptor is None:
            return _Folder(self.path / name, None)
        try:
            descriptor = os.open(name, os.O_RDONLY | _DIRECTORY | _NOFOLLOW | _CLOEXEC, dir_fd=self.descriptor)
        except OSError:
            self._refuse_link(name)  # replaced by a link since it was looked at
            raise
        return _Folder(self.path / name, descriptor)

    def open_unfollowed(self, name: str) -> int | None:
        """A file opened for reading, never through a link; None when there is none; _Refused for a link."""
        try:
            return _open_unfollowed(self._at(name), dir_fd=self.descriptor)
        except FileNotFoundError:
            return None
        except OSError:
            self._refuse_link(name)
            raise

    def read(self, name: str) -> bytes | None:
        """A regular file's bytes; None when there is none (or it is a pipe, a device...); _Refused for a link."""
        if self.descriptor is None:
            self._refuse_link(name)
        descriptor = self.open_unfollowed(name)
        if descriptor is None:
            return None
        try:
            if not stat.S_ISREG(os.fstat(descriptor).st_mode):
                return None
            return _read_all(descriptor)
        finally:
            os.close(descriptor)

    def create(self, name: str, mode: int = 0o644) -> int:
        """A new file, opened for writing; FileExistsError if the name is taken (by anything, a link too)."""
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC | getattr(os, "O_BINARY", 0)
        return os.open(self._at(name), flags, mode, dir_fd=self.descriptor)

    def write_new(self, name: str, content: bytes) -> None:
        """Write a file that is not there yet; leave one that is."""
        try:
            descriptor = self.create(name)
        except FileExistsError:
            return
        try:
            os.write(descriptor, content)
        finally:
            os.close(descriptor)

    def rename(self, old: str, new: str) -> None:
        """Rename within this folder, replacing `new` (a file of ours) atomically."""
        os.replace(self._at(old), self._at(new), src_dir_fd=self.descriptor, dst_dir_fd=self.descriptor)

    def names(self) -> list[str]:
        """The names in this folder."""
        return os.listdir(self.descriptor if self.descriptor is not None else self.path)

    def remove_file(self, name: str) -> None:
        """Remove a file factcheck wrote (a link in its place is refused, never followed or removed)."""
        kind = self.kind(name)
        if kind == stat.S_IFLNK:
            raise _Refused(self.path / name)
        if kind == stat.S_IFREG:
            os.unlink(self._at(name), dir_fd=self.descriptor)

    def remove_folder(self, name: str) -> None:
        """Remove an empty folder; one that still holds anything (not ours) stays."""
        with contextlib.suppress(OSError):
            os.rmdir(self._at(name), dir_fd=self.descriptor)

    def modified(self, name: str) -> int:
        """A file's modification time (ns), without following a link."""
        return os.stat(self._at(name), dir_fd=self.descriptor, follow_symlinks=False).st_mtime_ns

    def close(self) -> None:
        """Let go of the folder."""
        if self.descriptor is not None:
            os.close(self.descriptor)
            self.descriptor = None


class ResultCache:
    """Cached file results in one folder factcheck owns; every failure to read or write is a miss.

    `folder` is the cache's own folder: its parent is trusted as the user named it, the folder itself and
    everything in it must be what factcheck made. `key` authenticates entries (default: FACTCHECK_CACHE_KEY,
    else the per-user key of `key_file()`).
    """

    def __init__(self, folder: Path, *, key: bytes | None = None) -> None:
        self.root = folder
        self.tool = tool_fingerprint()
        self.folder = folder / self.tool
        self.written = 0
        self.writable = True
        self.refused: str | None = None  # why the cache is not used in this run, once it is known
        self._key = key
        self._own: _Folder | None = None
        self._version: _Folder | None = None
        self._shards: dict[str, _Folder] = {}
        self._absent = False

    def key(self, path: Path, settings: Settings) -> str | None:
        """The key of a claims file's result under these settings; None when the file cannot be read."""
        file = file_digest(path)
        if file is None:
            return None
        material = "\n".join((str(ENTRY_FORMAT), self.tool, str(path), file, settings.key()))
        return hashlib.sha256(material.encode("utf-8")).hexdigest()

    def get(self, key: str, *, keep_article: bool = False) -> FileResult | None:
        """The cached result, if its entry is authentic, whole, its own and its article text unchanged."""
        try:
            shard = self._shard(key[:2], create=False)
            raw = None if shard is None else shard.read(f"{key}.json")
        except _Refused as refused:
            self._refuse(refused.path)
            return None
        except OSError:
            return None
        result = None if raw is None else self._decoded(raw, key)
        if result is None or result.article_path is None:
            return result
        try:
            article = ArticleText.read(Path(result.article_path))
        except InputError:
            return None
        if text_digest(article.text) != result.article_digest:
            return None
        return _with_article(result, article) if keep_article else result

    def _decoded(self, raw: bytes, key: str) -> FileResult | None:
        assert self._key is not None  # the folder was opened
        mac, _, payload = raw.partition(b"\n")
        if not hmac.compare_digest(mac, hmac.digest(self._key, payload, "sha256").hex().encode()):
            return None  # written under another key, or by someone else
        try:
            data = json.loads(payload)
            if type(data) is not dict or data.get("format") != ENTRY_FORMAT or data.get("key") != key:
                return None
            return decode_result(data["result"])
        except (ValueError, KeyError, TypeError, RecursionError):  # EntryError and JSON errors are ValueErrors
            return None

    def put(self, key: str, result: FileResult) -> None:
        """Store a result atomically; a cache that cannot be written is left alone for the rest of the run."""
        if not self.writable:
            return
        payload = json.dumps({"format": ENTRY_FORMAT, "key": key, "result": encode_result(result)},
                             ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        try:
            shard = self._shard(key[:2], create=True)
            if shard is None:
                self.writable = False
                return
            assert self._key is not None
            mac = hmac.digest(self._key, payload, "sha256").hex().encode()
            self._write(shard, f"{key}.json", mac + b"\n" + payload)
        except _Refused as refused:
            self._refuse(refused.path)
            return
        except OSError:
            self.writable = False
            return
        self.written += 1

    @staticmethod
    def _write(shard: _Folder, name: str, content: bytes) -> None:
        """Write through a temporary file, locked while it is written, renamed into place."""
        temporary = f".tmp-{os.urandom(8).hex()}.json"
        descriptor = shard.create(temporary, 0o600)
        try:
            try:
                _lock(descriptor, wait=True)  # a later run removes it only when no writer holds it
                view = memoryview(content)
                while view:
                    view = view[os.write(descriptor, view):]
            finally:
                os.close(descriptor)
            shard.rename(temporary, name)
        except BaseException:
            with contextlib.suppress(OSError, _Refused):
                shard.remove_file(temporary)
            raise

    def close(self) -> None:
        """Prune after a run that wrote entries, then let go of the folders.

        Pruning removes dead runs' temporary files, other versions' folders of ours and the oldest entries over
        the bound.
        """
        try:
            if self.written and self._own is not None and self._version is not None:
                self._prune(self._own, self._version)
        except _Refused as refused:
            self._refuse(refused.path)
        except OSError:
            pass
        finally:
            for folder in (*self._shards.values(), self._version, self._own):
                if folder is not None:
                    folder.close()
            self._shards, self._version, self._own = {}, None, None

    # --- the folders ------------------------------------------------------------------------------------

    def _shard(self, name: str, *, create: bool) -> _Folder | None:
        shard = self._shards.get(name)
        if shard is not None:
            return shard
        version = self._version_folder(create=create)
        if version is None:
            return None
        shard = version.folder(name, create=create)
        if shard is not None:
            self._shards[name] = shard
        return shard

    def _version_folder(self, *, create: bool) -> _Folder | None:
        """The folder of this version of factcheck, opened once (made when writing); None if absent or refused."""
        if self.refused is not None:
            return None
        if self._version is not None:
            return self._version
        if self._absent and not create:
            return None
        try:
            if self._key is None:
                self._key = self._own_key()
            own = self._own or self._own_folder(create=create)
            if own is None:
                self._absent = True
                return None
            self._own = own
            version = own.folder(self.tool, create=create)
            if version is None:
                self._absent = True
                return None
            if create:
                version.write_new(TAG, MARKER)
            self._version = version
            return version
        except _Refused as refused:
            self._refuse(refused.path)
        except _NotOurs:
            self._refuse(self.root, "was not made by factcheck (it has no CACHEDIR.TAG of factcheck's): "
                                    f"delete it or set {CACHE_DIR_VARIABLE} to another folder")
        except _KeyProblem as problem:
            self._refuse(problem.path, f"cannot be used as the cache's key ({problem}): {problem.advice}")
        except FileNotFoundError:
            self._absent = True
        except OSError:
            self._absent = True
            self.writable = False
        return None

    def _own_folder(self, *, create: bool) -> _Folder | None:
        """The folder factcheck owns, opened in the folder the user named; None when there is none yet."""
        parent = _Folder.named(self.root.parent, create=create)
        try:
            own = parent.folder(self.root.name, create=create)
        finally:
            parent.close()
        if own is not None and not _claimed(own, create=create):
            own.close()
            return None
        return own

    def _own_key(self) -> bytes:
        chosen = os.environ.get(CACHE_KEY_VARIABLE)
        if chosen:
            return chosen.encode("utf-8")
        location = key_file()
        root = self.root.resolve()
        place = location.resolve()
        if place == root or root in place.parents:
            raise _KeyProblem(location, "it is inside the cache folder, which may come from elsewhere",
                              f"set XDG_STATE_HOME or {CACHE_DIR_VARIABLE} so that they differ, or set "
                              f"{CACHE_KEY_VARIABLE}")
        repository = project_root(Path.cwd())
        home = Path.home().resolve()
        if repository is not None and repository not in (home, *home.parents) and (
                place == repository or repository in place.parents):
            # a contributor could commit a key of their own there, and sign any entry with it
            raise _KeyProblem(location, f"it is inside the repository {repository}",
                              f"set XDG_STATE_HOME to a folder outside it, or set {CACHE_KEY_VARIABLE}")
        return user_key(location)

    def _refuse(self, path: Path, why: str | None = None) -> None:
        """Stop using the cache for this run, with one warning saying why and what to do."""
        if self.refused is not None:
            return
        self.writable = False
        self.refused = why or ("is a symbolic link in the cache, which factcheck never follows: remove it "
                               f"(or set {CACHE_DIR_VARIABLE} to a folder of your own)")
        warnings.warn(InputWarning(InputProblem(path, None, None, f"{self.refused}; running without the cache")),
                      stacklevel=3)

    def _prune(self, own: _Folder, version: _Folder) -> None:
        for name in own.names():
            if name != self.tool and _VERSION_NAME.fullmatch(name):
                _remove_version(own, name)
        entries: list[tuple[_Folder, str]] = []
        for name in version.names():
            if not _SHARD_NAME.fullmatch(name):
                continue
            shard = self._shard(name, create=False)
            if shard is None:
                continue
            for entry in shard.names():
                if _ENTRY_NAME.fullmatch(entry):
                    entries.append((shard, entry))
                elif _TEMPORARY_NAME.fullmatch(entry) and _abandoned(shard, entry):
                    shard.remove_file(entry)
        if len(entries) > MAX_ENTRIES:
            entries.sort(key=lambda place: place[0].modified(place[1]))
            for shard, entry in entries[: len(entries) - MAX_ENTRIES]:
                shard.remove_file(entry)


def _claimed(own: _Folder, *, create: bool) -> bool:
    """Whether the cache's folder is factcheck's (its CACHEDIR.TAG names factcheck), marking it if it is new.

    A tag still being written by a concurrent run, or by a factcheck of before the marker named itself, is a
    beginning of the marker and counts; an empty folder is claimed when writing; any other folder is refused.
    """
    tag = own.read(TAG)
    if tag is None and own.names():
        # a concurrent first run may have marked the folder since we looked for its tag (the tag is the first name
        # it writes): the tag is read again, and the folder is another's only if it still has none
        tag = own.read(TAG)
        if tag is None:
            raise _NotOurs
    if tag is not None:
        if MARKER.startswith(tag):
            return True
        raise _NotOurs
    if not create:
        return False
    own.write_new(TAG, MARKER)
    own.write_new(".gitignore", GITIGNORE)  # like ruff's cache: never committed, whatever the project ignores
    tag = own.read(TAG)
    if tag is None or not MARKER.startswith(tag):
        raise _NotOurs
    return True


def _remove_version(own: _Folder, name: str) -> None:
    """Remove another version's folder if it is ours (marked): its entries and temporary files, nothing else."""
    version = own.folder(name)
    if version is None:
        return
    try:
        if version.read(TAG) != MARKER:
            return  # not made by this factcheck: left alone
        for shard_name in version.names():
            if not _SHARD_NAME.fullmatch(shard_name):
                continue
            shard = version.folder(shard_name)
            if shard is None:
                continue
            try:
                for entry in shard.names():
                    if _ENTRY_NAME.fullmatch(entry) or (_TEMPORARY_NAME.fullmatch(entry) and _abandoned(shard, entry)):
                        shard.remove_file(entry)
            finally:
                shard.close()
            version.remove_folder(shard_name)
        if all(name == TAG for name in version.names()):
            version.remove_file(TAG)
    finally:
        version.close()
    own.remove_folder(name)


def _open_unfollowed(path: str, dir_fd: int | None = None) -> int:
    """Open a file for reading without following a link, and without waiting on a pipe's writer."""
    return os.open(path, os.O_RDONLY | os.O_NONBLOCK | _NOFOLLOW | _CLOEXEC, dir_fd=dir_fd)


def _read_all(descriptor: int, limit: int | None = None) -> bytes:
    """An open file's bytes, in chunks; with a limit, no more than one chunk past it."""
    chunks: list[bytes] = []
    size = 0
    while chunk := os.read(descriptor, _CHUNK):
        chunks.append(chunk)
        size += len(chunk)
        if limit is not None and size > limit:
            break
    return b"".join(chunks)


def _lock(descriptor: int, *, wait: bool) -> bool:
    """Take the writer's lock on a temporary file; False when another process holds it."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: the age of a temporary file tells instead
        return True
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _abandoned(shard: _Folder, name: str) -> bool:
    """Whether a temporary file was left by a run that died while writing it (no writer holds its lock)."""
    try:
        import fcntl  # noqa: F401
    except ImportError:  # pragma: no cover - Windows
        import time

        return shard.modified(name) < (time.time() - STALE_SECONDS) * 1e9
    descriptor = shard.open_unfollowed(name)
    if descriptor is None:
        return False
    try:
        return _lock(descriptor, wait=False)
    finally:
        os.close(descriptor)


def cache_folder(config_source: Path | None, start: Path | None = None) -> Path:
    """The folder factcheck owns for its cache.

    FACTCHECK_CACHE_DIR names a parent (resolved once, trusted as named) in which factcheck makes `factcheck/`;
    else the cache is `.factcheck_cache/` beside the configuration file, else at the project root (the first
    folder up from `start` with `.git`), else, outside any project, `factcheck/` in the user's cache folder:
    never in whatever folder the command happened to run from.
    """
    chosen = os.environ.get(CACHE_DIR_VARIABLE)
    if chosen:
        return Path(chosen).expanduser().resolve() / OWN_FOLDER
    if config_source is not None:
        # the folder that holds the configuration, not where a linked configuration file points
        return Path(os.path.abspath(config_source)).parent.resolve() / CACHE_FOLDER
    root = project_root(start or Path.cwd())
    if root is not None:
        return root / CACHE_FOLDER
    return user_cache_home().resolve() / OWN_FOLDER


def key_file() -> Path:
    """Where the per-user cache key is kept: the user's state folder, never a cache folder CI restores."""
    return user_state_home() / "factcheck" / "cache-key"


def user_key(path: Path) -> bytes:
    """The per-user key in `path`, made on first use (32 random bytes, mode 0600, created atomically).

    A key file that does not hold a key (emptied by a crash, edited) is replaced by a new key: a key only
    vouches for the cache, so a new one costs the entries made under the old one, nothing else.
    """
    content = _read_key(path)
    if content is None or not _KEY_TEXT.fullmatch(content):
        _make_key(path, replace=content is not None)
        content = _read_key(path)
    if content is None or not _KEY_TEXT.fullmatch(content):
        raise _KeyProblem(path, "it does not hold the 64 hex digits factcheck writes")
    return bytes.fromhex(content[:64].decode("ascii"))


def _read_key(path: Path) -> bytes | None:
    """The key file's bytes; None when there is none; _KeyProblem unless it is a private file of this user.

    A key anyone else can read, change or point to (a link, say into a repository) vouches for entries a
    forger could sign: refused, as ssh refuses a private key others can read.
    """
    try:
        descriptor = _open_unfollowed(str(path))
    except FileNotFoundError:
        return None
    except OSError as error:
        if path.is_symlink():
            raise _KeyProblem(path, "it is a link, and the key must be a file of its own",
                              f"delete the link (a new key is made), or set {CACHE_KEY_VARIABLE}") from None
        raise _KeyProblem(path, error.strerror or str(error)) from None
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise _KeyProblem(path, "it is not a regular file")
        getuid = getattr(os, "getuid", None)
        if os.name != "nt" and (status.st_mode & 0o077 or (getuid is not None and status.st_uid != getuid())):
            raise _KeyProblem(path, f"other users may read or change it (mode {stat.S_IMODE(status.st_mode):04o})",
                              "make it yours and private (chmod 600), or delete it to make a new one")
        return _read_all(descriptor, limit=4096)  # a key is 65 bytes: more is not a key, and is not read
    except OSError as error:
        raise _KeyProblem(path, error.strerror or str(error)) from None
    finally:
        os.close(descriptor)


def _make_key(path: Path, *, replace: bool) -> None:
    """Write a new key beside `path` and link it into place, so two first runs at once agree on one key."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        temporary = path.parent / f".cache-key-{os.urandom(8).hex()}"
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC, 0o600)
        try:
            with os.fdopen(descriptor, "wb") as stream:
                stream.write(os.urandom(32).hex().encode("ascii") + b"\n")
            if replace:
                os.replace(temporary, path)
                return
            try:
                os.link(temporary, path)  # fails if another run made the key first: theirs is used
            except FileExistsError:
                pass
            except OSError:  # a file system without hard links
                if not path.exists():
                    os.replace(temporary, path)
        finally:
            temporary.unlink(missing_ok=True)
    except OSError as error:
        raise _KeyProblem(path, error.strerror or str(error)) from None


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
        file = hashlib.sha256()
        while chunk := os.read(descriptor, _CHUNK):
            file.update(chunk)
    except OSError:
        return None
    finally:
        os.close(descriptor)
    return file.hexdigest()


def tool_fingerprint() -> str:
    """The version and the files factcheck is made of (name, size, time), so any change of code is a miss."""
    package = Path(__file__).resolve().parent
    fingerprint = hashlib.sha256(f"{__version__}\n{ENTRY_FORMAT}".encode())
    for folder, names in sorted(_source_folders(package)):
        for name in sorted(names):
            if name.endswith((".py", ".txt", ".json")):
                status = os.stat(os.path.join(folder, name))
                fingerprint.update(f"\n{folder[len(str(package)):]}/{name} {status.st_size} {status.st_mtime_ns}"
                                   .encode())
    return f"{__version__}-{fingerprint.hexdigest()[:16]}"


def _source_folders(package: Path) -> list[tuple[str, list[str]]]:
    """Each folder of the package with the names in it, not descending into __pycache__ (compiled copies)."""
    found = []
    for folder, subfolders, names in os.walk(package):
        subfolders[:] = [name for name in subfolders if name != "__pycache__"]
        found.append((folder, names))
    return found


def _with_article(result: FileResult, article: ArticleText) -> FileResult:
    return dataclasses.replace(result, article=article)


def encode_result(result: FileResult) -> dict[str, Any]:
    """A file result as JSON-ready data (its article text is not part of it)."""
    return {
        "path": result.path, "title": result.title, "language": result.language, "claims": result.claims,
        "findings": encode_findings(result.findings), "rules_run": list(result.rules_run),
        "rules_skipped": encode_skipped(result.rules_skipped), "sources": encode_sources(result.sources),
        "figures": encode_figures(result.figures), "article": [result.article_path, result.article_digest],
        "guessed": result.guessed,
    }


def decode_result(data: Any) -> FileResult:
    """The file result `encode_result` wrote, every field checked; EntryError (a ValueError) on anything else."""
    if type(data) is not dict:
        raise EntryError("not a file result")
    article_path, article_digest = fields(data["article"], 2)
    return FileResult(
        path=identifier(data["path"]), title=text(data["title"]), language=identifier(data["language"]),
        claims=whole(data["claims"]), findings=decode_findings(data["findings"]),
        rules_run=tuple(rule_id(rule) for rule in items(data["rules_run"])),
        rules_skipped=decode_skipped(data["rules_skipped"]), sources=decode_sources(data["sources"]),
        figures=decode_figures(data["figures"]), article_path=optional_identifier(article_path),
        article_digest=None if article_digest is None else digest(article_digest),
        guessed=whole(data["guessed"]),
    )
