"""Which files a run checks: the files named, and the claims files found in the folders named, each once.

Folders are searched the way linters such as ruff search them: hidden folders, virtual environments and
dependency folders are skipped, as is everything git ignores in the repository. In a folder only
YAML files with a top-level `factcheck:` key are claims files (workflows, configuration and other YAML files
are left alone); a file named on the command line is always checked, so a YAML file that is not a claims file
is an error there. A YAML file in a folder that looks like a claims file (a top-level `claims:` or `article:`)
but lacks its `factcheck:` line is an error too: skipping it would hide an article from every check.
"""

from __future__ import annotations

import os
import re
import stat
import subprocess
from collections.abc import Sequence
from pathlib import Path

from factcheck.errors import InputError, InputProblem
from factcheck.patterns import lazy

CLAIMS_SUFFIXES = (".yaml", ".yml")
# folders that hold installed or generated files, never claims: skipped wherever they are
SKIPPED_FOLDERS = frozenset({"node_modules", "site-packages", "__pycache__", "__pypackages__", "venv", "dist",
                             "build", "_build", "buck-out"})
_FACTCHECK_KEY = lazy(r"^\ufeff?[\"']?factcheck[\"']?[ \t]*:", re.MULTILINE)
# the sections only a claims file has at its top level
_CLAIMS_SECTION = lazy(r"^\ufeff?[\"']?(?:claims|article)[\"']?[ \t]*:", re.MULTILINE)
_SNIFF_BYTES = 5 * 1024 * 1024  # as much as the loader reads; larger files are the loader's to reject


def find_claims_files(paths: Sequence[Path]) -> list[Path]:
    """The files to check, in the order named (a folder's files sorted), each file once.

    Raise InputError naming every file in the folders that looks like a claims file but has no `factcheck:`.
    """
    found: list[Path] = []
    seen: set[Path] = set()
    unversioned: list[Path] = []
    for path in paths:
        candidates = _search(path, unversioned) if path.is_dir() else [path]
        for candidate in candidates:
            key = Path(os.path.abspath(candidate))
            if key not in seen:
                seen.add(key)
                found.append(candidate)
    if unversioned:
        from factcheck.loader import FORMAT_VERSIONS  # the newest version is what a file should declare

        newest = FORMAT_VERSIONS[-1]
        raise InputError([InputProblem(path, 1, 1, "looks like a claims file but has no 'factcheck:' line; add "
                                                   f"'factcheck: {newest}' as its first line")
                          for path in dict.fromkeys(unversioned)])
    return found


def _kind(path: Path) -> str:
    """"claims" (declared, or for the loader to judge), "unversioned" (claims sections, no version) or "other"."""
    try:
        # without waiting: a FIFO named *.yaml with no writer would otherwise hang the folder's search
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return "claims"  # unreadable: let the loader report why
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            return "claims"  # a FIFO or device: the loader says what it is
        head = os.read(descriptor, _SNIFF_BYTES)
    except OSError:
        return "claims"
    finally:
        os.close(descriptor)
    text = head.decode("utf-8", errors="replace")
    if _FACTCHECK_KEY.search(text) is not None:
        return "claims"
    return "unversioned" if _CLAIMS_SECTION.search(text) is not None else "other"


def _search(root: Path, unversioned: list[Path]) -> list[Path]:
    """The claims files under a folder, sorted; files that only look like one are added to `unversioned`."""
    candidates: list[Path] = []
    for folder, subfolders, names in os.walk(root):
        here = Path(folder)
        subfolders[:] = sorted(name for name in subfolders if not _skipped_folder(here / name))
        candidates.extend(here / name for name in names if Path(name).suffix in CLAIMS_SUFFIXES)
    ignored = _ignored_by_git(root, candidates)
    found: list[Path] = []
    for path in sorted(candidates):
        if path in ignored:
            continue
        kind = _kind(path)
        if kind == "claims":
            found.append(path)
        elif kind == "unversioned":
            unversioned.append(path)
    return found


def _skipped_folder(path: Path) -> bool:
    name = path.name
    if name.startswith(".") or name in SKIPPED_FOLDERS or path.is_symlink():
        return True
    return (path / "pyvenv.cfg").is_file()  # a virtual environment, whatever its name


def _ignored_by_git(root: Path, paths: list[Path]) -> set[Path]:
    """The paths git ignores (.gitignore files, .git/info/exclude, the global excludes); none outside a repository.

    Asking git itself gives its exact rules in one short subprocess, paid only when a folder in a repository
    holds YAML files.
    """
    absolute = Path(os.path.abspath(root))
    if not paths or not any((folder / ".git").exists() for folder in (absolute, *absolute.parents)):
        return set()
    by_absolute = {os.path.abspath(path): path for path in paths}
    listing = "\0".join(by_absolute) + "\0"
    try:
        result = subprocess.run(["git", "-C", str(root), "check-ignore", "-z", "--stdin"], input=listing,
                                capture_output=True, text=True, check=False, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return set()  # no git here: nothing is known to be ignored
    if result.returncode not in (0, 1):
        return set()
    return {by_absolute[name] for name in result.stdout.split("\0") if name in by_absolute}
