"""The cache deletes only what it wrote and follows no link (issue 16, item 1), and lives at the project root.

Each test builds an attack in a temporary folder (a committed link, a shared cache folder, a link inside
the cache) and checks that not a byte outside the cache changes: every file and folder of the victim is
hashed before and after.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import factcheck.cache
from factcheck.cache import MARKER, ResultCache, cache_folder
from factcheck.cli import app
from factcheck.engine import Settings, run
from tests.conftest import PROJECT, claims_yaml

CLAIMS = claims_yaml('- {id: a, metric: trade, period: "2023", value: "$533 млн", said_by: baq}\n')


def tree(folder: Path) -> dict[str, str]:
    """Every path under `folder` (links not followed) with its content's hash, or what it is."""
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        name = str(path.relative_to(folder))
        if path.is_symlink():
            found[name] = "link to " + os.readlink(path)
        elif path.is_dir():
            found[name] = "folder"
        else:
            found[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def victim(folder: Path) -> Path:
    """A folder someone cares about: a repository with sources, docs and its `.git`."""
    for name, content in (("docs/index.md", "# Docs\n"), ("src/main.py", "print('hi')\n"),
                          (".git/HEAD", "ref: refs/heads/main\n"), ("notes.txt", "keep me\n"),
                          ("ab/0123.json", "{}\n")):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(content, encoding="utf-8")
    return folder


@pytest.fixture
def repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A newsroom's checkout with one claims file, the command run in it, no FACTCHECK_CACHE_DIR."""
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "claims").mkdir()
    (repo / "claims" / "article.yaml").write_text(CLAIMS, encoding="utf-8")
    monkeypatch.chdir(repo)
    monkeypatch.delenv("FACTCHECK_CACHE_DIR")
    return repo


def verify(*args: str) -> tuple[int, str, list[str]]:
    result = CliRunner().invoke(app, ["verify", "claims", *args])
    return result.exit_code, result.stdout, result.stderr.splitlines()


def new_version(monkeypatch: pytest.MonkeyPatch, version: str) -> None:
    """Later runs are of another factcheck version: their run prunes the earlier version's folder."""
    monkeypatch.setattr(factcheck.cache, "__version__", version)


def test_a_committed_cache_link_is_refused_and_the_run_goes_on(
    tmp_path: Path, repository: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = victim(tmp_path / "victim")
    (target / "9.9.9-0123456789abcdef").mkdir()  # even a folder named like an old version of the cache
    (target / "CACHEDIR.TAG").write_bytes(MARKER)
    before = tree(target)
    (repository / ".factcheck_cache").symlink_to("../victim")
    expected = verify("--no-cache")
    for version in ("1.0.0", "2.0.0"):
        new_version(monkeypatch, version)
        code, out, errors = verify()
        assert (code, out) == expected[:2]
        (line,) = errors
        assert line.startswith(f"factcheck: warning: {repository / '.factcheck_cache'}: is a symbolic link")
        assert line.endswith("running without the cache")
    assert tree(target) == before


def test_a_shared_cache_folder_keeps_every_other_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shared = tmp_path / "home" / ".cache"
    victim(shared / "pip")
    victim(shared / "other")
    (shared / "0.1.0-0123456789abcdef").mkdir()  # a folder that looks like one of ours, but is not in ours
    (shared / "ab").mkdir()
    (shared / "ab" / ("f" * 64 + ".json")).write_text("someone's\n", encoding="utf-8")
    before = tree(shared)
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(shared))
    claims = tmp_path / "claims.yaml"
    claims.write_text(CLAIMS, encoding="utf-8")
    for version in ("1.0.0", "2.0.0", "3.0.0"):
        new_version(monkeypatch, version)
        result = CliRunner().invoke(app, ["verify", str(claims)])
        assert result.exit_code == 0 and result.stderr == ""
    after = tree(shared)
    own = {name: value for name, value in after.items() if name.split(os.sep)[0] == "factcheck"}
    assert {name: value for name, value in after.items() if name not in own} == before
    versions = [path.name for path in (shared / "factcheck").iterdir() if path.is_dir()]
    assert len(versions) == 1 and versions[0].startswith("3.0.0-"), "the older versions' folders were removed"


def test_a_cache_dir_that_was_not_made_by_factcheck_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "shared"
    victim(shared / "factcheck")  # another program's folder of that name
    before = tree(shared)
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(shared))
    claims = tmp_path / "claims.yaml"
    claims.write_text(CLAIMS, encoding="utf-8")
    result = CliRunner().invoke(app, ["verify", str(claims)])
    assert result.exit_code == 0
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"factcheck: warning: {shared / 'factcheck'}: was not made by factcheck")
    assert line.endswith("running without the cache")
    assert tree(shared) == before


@pytest.mark.parametrize("after", ["read", "names"])
def test_a_folder_another_first_run_marks_while_we_look_is_ours(
    after: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = tmp_path / "shared" / "factcheck"
    own.mkdir(parents=True)
    real = getattr(factcheck.cache._Folder, after)
    looks: list[object] = []

    def racing(folder: factcheck.cache._Folder, *args: str) -> object:
        # our first look (for the tag, or at the names) finds the new folder empty; a concurrent first run then
        # writes its tag and its .gitignore
        found = real(folder, *args)
        looks.append(found)
        if len(looks) == 1:
            (own / factcheck.cache.TAG).write_bytes(MARKER)
            (own / ".gitignore").write_bytes(b"*\n")
        return found

    monkeypatch.setattr(factcheck.cache._Folder, after, racing)
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(own.parent))
    claims = tmp_path / "claims.yaml"
    claims.write_text(CLAIMS, encoding="utf-8")
    result = CliRunner().invoke(app, ["verify", str(claims)])
    assert result.exit_code == 0
    assert result.stderr == ""  # no "was not made by factcheck, running without the cache"
    assert looks[0] in (None, [])
    assert any(path.suffix == ".json" for path in own.rglob("*"))  # the run used the cache it shares


@pytest.mark.parametrize("place", ["version", "shard", "entry", "old version"])
def test_a_link_inside_the_cache_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, place: str
) -> None:
    target = victim(tmp_path / "victim")
    (target / "CACHEDIR.TAG").write_bytes(MARKER)
    claims = tmp_path / "claims.yaml"
    claims.write_text(CLAIMS, encoding="utf-8")
    cache = tmp_path / "cache" / "factcheck"
    new_version(monkeypatch, "1.0.0")
    first = run([claims], Settings(), cache=ResultCache(cache))
    (entry,) = cache.glob("*/*/*.json")
    shard, version = entry.parent, entry.parent.parent
    if place == "version":
        version.rename(tmp_path / "moved")
        version.symlink_to(target)
    elif place == "shard":
        entry.unlink()
        shard.rmdir()
        shard.symlink_to(target / "ab")
    elif place == "entry":
        entry.unlink()
        entry.symlink_to(target / "notes.txt")
    else:
        (cache / "0.0.1-0123456789abcdef").symlink_to(target)
        claims.write_text(CLAIMS.replace("$533", "$534"), encoding="utf-8")  # a miss: this run writes, then prunes
    before = tree(target)
    with pytest.warns(UserWarning, match="is a symbolic link in the cache, which factcheck never follows"):
        again = run([claims], Settings(), cache=ResultCache(cache))
    assert [f.rule for f in again.report.findings] == [f.rule for f in first.report.findings]
    assert tree(target) == before


def test_what_others_put_in_the_cache_stays(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    claims = tmp_path / "claims.yaml"
    claims.write_text(CLAIMS, encoding="utf-8")
    cache = tmp_path / "cache" / "factcheck"
    new_version(monkeypatch, "1.0.0")
    run([claims], Settings(), cache=ResultCache(cache))
    (old,) = [path for path in cache.iterdir() if path.is_dir()]
    (entry,) = old.glob("*/*.json")
    (entry.parent / "notes.txt").write_text("mine\n", encoding="utf-8")
    (old / "README").write_text("mine\n", encoding="utf-8")
    unmarked = cache / "0.0.1-0123456789abcdef"  # named like a version folder, but without the marker
    (unmarked / "ab").mkdir(parents=True)
    (unmarked / "ab" / ("a" * 64 + ".json")).write_text("{}\n", encoding="utf-8")
    new_version(monkeypatch, "2.0.0")
    run([claims], Settings(), cache=ResultCache(cache))
    assert not entry.exists(), "the old version's entry is removed"
    assert (entry.parent / "notes.txt").read_text(encoding="utf-8") == "mine\n"
    assert (old / "README").is_file()
    assert (unmarked / "ab" / ("a" * 64 + ".json")).is_file()


def test_a_temporary_file_of_a_killed_run_is_removed_by_the_next_run(tmp_path: Path) -> None:
    """A writer killed with SIGKILL mid-write leaves `.tmp-*.json`; the next run that writes removes it."""
    claims = tmp_path / "claims.yaml"
    claims.write_text(CLAIMS, encoding="utf-8")
    cache = tmp_path / "cache" / "factcheck"
    run([claims], Settings(), cache=ResultCache(cache))
    (entry,) = cache.glob("*/*/*.json")
    killed = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(entry.parent)], cwd=PROJECT, check=False)
    assert killed.returncode == -9
    (left,) = entry.parent.glob(".tmp-*")
    live = entry.parent / ".tmp-0123456789abcdef.json"  # one a running writer holds: it stays
    with live.open("wb") as held:
        import fcntl

        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        claims.write_text(CLAIMS.replace("$533", "$534"), encoding="utf-8")
        run([claims], Settings(), cache=ResultCache(cache))
        assert not left.exists()
        assert live.exists()


KILLED_WRITER = """
import os, signal, sys
from pathlib import Path
from factcheck.cache import _Folder, _lock
shard = _Folder.named(Path(sys.argv[1]), create=False)
descriptor = shard.create(".tmp-" + os.urandom(8).hex() + ".json", 0o600)
_lock(descriptor, wait=True)
os.write(descriptor, b'{"half an entr')
os.kill(os.getpid(), signal.SIGKILL)
"""


# --- where the cache lives (issue 17, item 4) -----------------------------------------------------------------

def test_the_cache_is_at_the_project_root_whatever_folder_the_command_runs_from(
    repository: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repository / "claims")
    result = CliRunner().invoke(app, ["verify", "article.yaml"])
    assert result.exit_code == 0, result.output
    assert list((repository / ".factcheck_cache").glob("*/*/*.json"))
    assert not (repository / "claims" / ".factcheck_cache").exists()
    assert (repository / ".factcheck_cache" / "CACHEDIR.TAG").read_bytes() == MARKER
    assert (repository / ".factcheck_cache" / ".gitignore").read_text(encoding="utf-8").endswith("*\n")


def test_the_cache_is_beside_the_configuration(repository: Path) -> None:
    (repository / "newsroom").mkdir()
    (repository / "newsroom" / ".factcheck.toml").write_text('fail-on = "error"\n', encoding="utf-8")
    assert cache_folder(repository / "newsroom" / ".factcheck.toml") == repository / "newsroom" / ".factcheck_cache"
    assert cache_folder(None, repository / "claims") == repository.resolve() / ".factcheck_cache"


def test_outside_any_project_the_cache_is_in_the_users_cache_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FACTCHECK_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    (scratch / "claims.yaml").write_text(CLAIMS, encoding="utf-8")
    monkeypatch.chdir(scratch)
    result = CliRunner().invoke(app, ["verify", "claims.yaml"])
    assert result.exit_code == 0, result.output
    assert sorted(path.name for path in scratch.iterdir()) == ["claims.yaml"]
    assert list((tmp_path / "user-cache" / "factcheck").glob("*/*/*.json"))


def test_the_cache_dir_variable_names_a_parent_resolved_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "named").symlink_to(tmp_path / "real")  # the user's own link is trusted as named
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "named"))
    assert cache_folder(None) == (tmp_path / "real").resolve() / "factcheck"
