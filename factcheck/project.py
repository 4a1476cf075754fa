"""The project a command runs in: the one place that decides where configuration, cache, archive and desk live."""

from __future__ import annotations

import os
from pathlib import Path

# A checkout's root holds `.git`: a folder in a plain clone, a file in a worktree or a submodule.
REPOSITORY_MARKER = ".git"


def project_root(start: Path) -> Path | None:
    """The first folder from `start` up that holds `.git` (folder or file), as Black finds a project; else None."""
    here = start.resolve()
    for folder in (here, *here.parents):
        if (folder / REPOSITORY_MARKER).exists():
            return folder
    return None


def search_ceiling(start: Path) -> Path:
    """The highest folder a search for configuration may reach: the project root, else the home folder.

    Outside any repository and outside the home folder (a CI scratch folder), the search stays in `start`
    itself, so a stray file in a parent folder can never change a run.
    """
    root = project_root(start)
    if root is not None:
        return root
    here = start.resolve()
    home = Path.home().resolve()
    if here == home or home in here.parents:
        return home
    return here


def folders_up_to_ceiling(start: Path) -> tuple[Path, ...]:
    """`start` and its parents, nearest first, up to and including `search_ceiling(start)`."""
    here = start.resolve()
    ceiling = search_ceiling(start)
    folders = [here]
    for folder in here.parents:
        if folders[-1] == ceiling:
            break
        folders.append(folder)
    return tuple(folders)


def user_cache_home() -> Path:
    """The user's cache folder (XDG_CACHE_HOME, else ~/.cache), for caches of runs outside any project."""
    chosen = os.environ.get("XDG_CACHE_HOME")
    if chosen and Path(chosen).is_absolute():
        return Path(chosen)
    return Path.home() / ".cache"


def user_state_home() -> Path:
    """The user's state folder (XDG_STATE_HOME, else ~/.local/state): what a user keeps that no CI restores.

    The cache's key lives here, never in the cache folder: a cache restored from elsewhere (a CI cache a pull
    request could have written) must not bring the key that vouches for it.
    """
    chosen = os.environ.get("XDG_STATE_HOME")
    if chosen and Path(chosen).is_absolute():
        return Path(chosen)
    return Path.home() / ".local" / "state"
