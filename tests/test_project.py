from pathlib import Path

import pytest

from factcheck.config import find_config
from factcheck.project import folders_up_to_ceiling, project_root, search_ceiling


def test_project_root_is_the_first_folder_with_git_folder_or_file(tmp_path: Path) -> None:
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    (tmp_path / "repo" / "sub" / "wt").mkdir(parents=True)
    (tmp_path / "repo" / "sub" / "wt" / ".git").write_text("gitdir: elsewhere\n")
    (tmp_path / "repo" / "sub" / "wt" / "deep").mkdir()
    assert project_root(tmp_path / "repo" / "sub") == (tmp_path / "repo").resolve()
    assert project_root(tmp_path / "repo" / "sub" / "wt" / "deep") == (tmp_path / "repo" / "sub" / "wt").resolve()


def test_configuration_above_the_repository_is_not_used(tmp_path: Path) -> None:
    (tmp_path / ".factcheck.toml").write_text('fail-on = "never"\n')
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "claims").mkdir()
    assert find_config(repo / "claims") is None
    (repo / ".factcheck.toml").write_text('fail-on = "warning"\n')
    assert find_config(repo / "claims") == (repo / ".factcheck.toml").resolve()


def test_outside_a_repository_and_home_the_search_stays_in_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home" / "work").mkdir(parents=True)
    (tmp_path / "scratch" / "run").mkdir(parents=True)
    assert search_ceiling(tmp_path / "home" / "work") == (tmp_path / "home").resolve()
    assert folders_up_to_ceiling(tmp_path / "scratch" / "run") == ((tmp_path / "scratch" / "run").resolve(),)
