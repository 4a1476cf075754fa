"""The cache's key against those who would sign entries with it, and two runs writing the same entries at once.

The folder attacks of issue 16 (a committed `.factcheck_cache` link, FACTCHECK_CACHE_DIR at a shared folder, a
link inside the cache, forged and emptied entries) are in test_cache_safety.py and test_cache.py.
"""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest

from factcheck.cache import ResultCache, key_file
from factcheck.engine import Settings, run
from tests.test_cache import claims, loads, rules_of

__all__ = ["claims", "loads"]  # fixtures, used by name

A_KEY = b"0123456789abcdef" * 4 + b"\n"  # a key anyone who reads the repository knows


def test_a_key_file_that_links_into_the_repository_is_refused(
    tmp_path: Path, claims: Path, loads: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    committed = tmp_path / "repository" / "ci" / "cache-key"
    committed.parent.mkdir(parents=True)
    committed.write_bytes(A_KEY)
    committed.chmod(0o600)
    key_file().parent.mkdir(parents=True)
    key_file().symlink_to(committed)
    for _ in range(2):
        with pytest.warns(UserWarning, match="it is a link, and the key must be a file of its own"):
            run([claims], Settings(), cache=ResultCache(tmp_path / "cache" / "factcheck"))
    assert len(loads) == 2, "no entry signed with a key others know is ever used"
    assert committed.read_bytes() == A_KEY and key_file().is_symlink()


def test_a_key_inside_the_repository_is_refused(
    tmp_path: Path, claims: Path, loads: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    repository = tmp_path / "repository"
    (repository / ".git").mkdir(parents=True)
    monkeypatch.chdir(repository)
    monkeypatch.setenv("XDG_STATE_HOME", str(repository / ".state"))  # a CI set-up keeping state in the workspace
    for _ in range(2):
        with pytest.warns(UserWarning, match="inside the repository"):
            run([claims], Settings(), cache=ResultCache(tmp_path / "cache" / "factcheck"))
    assert len(loads) == 2 and not (repository / ".state").exists()


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_a_key_others_can_read_is_refused_until_it_is_private(
    tmp_path: Path, claims: Path, loads: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    run([claims], Settings(), cache=ResultCache(tmp_path / "cache" / "factcheck"))
    key_file().chmod(0o644)  # copied with a careless umask, say
    with pytest.warns(UserWarning, match=r"other users may read or change it \(mode 0644\).*chmod 600"):
        run([claims], Settings(), cache=ResultCache(tmp_path / "cache" / "factcheck"))
    assert len(loads) == 2
    key_file().chmod(0o600)
    run([claims], Settings(), cache=ResultCache(tmp_path / "cache" / "factcheck"))
    assert len(loads) == 2, "the entry made under the same key is used again"


def test_two_runs_writing_the_same_entries_at_once_agree(tmp_path: Path, claims: Path) -> None:
    folder = tmp_path / "cache" / "factcheck"
    expected = rules_of(run([claims], Settings(), cache=None))
    seen: list[list[str]] = []
    failures: list[BaseException] = []

    def runs() -> None:
        try:
            for _ in range(15):
                cache = ResultCache(folder)
                seen.append(rules_of(run([claims], Settings(), cache=cache)))
        except BaseException as error:  # reported below, with the runs of the other thread
            failures.append(error)

    for number in range(3):  # each writer starts from an empty folder once
        writers = [threading.Thread(target=runs) for _ in range(2)]
        for writer in writers:
            writer.start()
        for writer in writers:
            writer.join()
        assert not failures and all(found == expected for found in seen), number
        entries = list(folder.rglob("*.json"))
        assert entries and not [e for e in entries if e.name.startswith(".tmp-")]
        shutil.rmtree(folder)
