"""Shared helpers: writing small claims files, and finding the shared seed article when it is present."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

# CI on a shared machine: the same examples on every run (a red build is a bug, never bad luck) and no per-example
# deadline (a loaded machine is slow, not wrong). Local runs keep exploring new examples.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("local", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "local")

PROJECT = Path(__file__).resolve().parent.parent
SHARED = PROJECT.parent / "shared"
SEED_ARTICLE = SHARED / "seeds" / "000_8acf40fc4fe94850.txt"
SHIPPED_CLAIMS = PROJECT / "claims" / "baq-aliyev-visit-2025-10-20.yaml"

HEADER = """\
factcheck: 1
article:
  title: "Test article"
  published: 2025-10-20
  language: ru
sources:
  baq: {name: "BAQ.KZ", kind: outlet}
  stat: {name: "Комитет по статистике", kind: official}
  expert: {name: "Эксперт", role: политолог, kind: expert}
metrics:
  trade: {name: "Товарооборот", unit: USD, flow: true}
  cargo: {name: "Перевозки", unit: Mt, flow: true}
"""


def claims_yaml(claims: str, header: str = HEADER) -> str:
    """A complete claims file: the standard header and the given `claims:` list body."""
    return header + "claims:\n" + textwrap.indent(textwrap.dedent(claims).strip("\n"), "  ") + "\n"


Writer = Callable[..., Path]


@pytest.fixture(autouse=True)
def _cache_in_tmp(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs under test keep their result cache out of the checkout, and its key out of the user's home."""
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path_factory.mktemp("state")))
    monkeypatch.delenv("FACTCHECK_CACHE_KEY", raising=False)


@pytest.fixture
def write(tmp_path: Path) -> Writer:
    """Write text to a file under tmp_path and return its path."""

    def _write(text: str, name: str = "claims.yaml") -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text) if text.startswith("\n") else text, encoding="utf-8")
        return path

    return _write


needs_seed = pytest.mark.skipif(not SEED_ARTICLE.is_file(), reason="the shared seed article is not present")


def load_problems(path: Path) -> list[tuple[int | None, int | None, str]]:
    """Every input problem loading the claims file gives, as (line, column, message)."""
    from factcheck.errors import InputError
    from factcheck.loader import load_claims_file

    with pytest.raises(InputError) as caught:
        load_claims_file(path)
    return [(p.line, p.column, p.message) for p in caught.value.problems]


def only_load_problem(path: Path) -> tuple[int | None, int | None, str]:
    """The one input problem loading the claims file gives."""
    found = load_problems(path)
    assert len(found) == 1, found
    return found[0]
