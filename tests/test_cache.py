"""The result cache: reused only while nothing that decides a result changed; a bad entry is a miss, never fatal."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import factcheck.cache
import factcheck.engine
import factcheck.loader
from factcheck.cache import ResultCache, decode_result, encode_result
from factcheck.cli import app
from factcheck.engine import FileResult, Settings, run
from tests.conftest import SHIPPED_CLAIMS, claims_yaml

ARTICLE = "Товарооборот в 2023 году достиг $533 млн.\n"
CLAIMS = claims_yaml(
    '- {id: a, metric: trade, period: "2023", value: "$533 млн", said_by: baq, '
    'quote: "Товарооборот в 2023 году достиг $533 млн"}\n'
).replace("  language: ru\n", "  language: ru\n  text: article.txt\n")


@pytest.fixture
def claims(tmp_path: Path) -> Path:
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / "claims.yaml"
    path.write_text(CLAIMS, encoding="utf-8")
    return path


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The claims files actually loaded (a cache hit loads none)."""
    loaded: list[Path] = []
    real = factcheck.loader.load_claims_file

    def counting(path: Path):  # type: ignore[no-untyped-def]
        loaded.append(path)
        return real(path)

    monkeypatch.setattr(factcheck.engine, "load_claims_file", counting)
    return loaded


def rules_of(report_run: factcheck.engine.Run) -> list[str]:
    return [f.rule for f in report_run.report.findings]


def test_a_warm_run_loads_nothing_and_reports_the_same(tmp_path: Path, claims: Path, loads: list[Path]) -> None:
    cache_dir = tmp_path / "cache"
    cold = run([claims], Settings(), cache=ResultCache(cache_dir))
    assert loads == [claims]
    warm = run([claims], Settings(), cache=ResultCache(cache_dir))
    assert loads == [claims], "the second run came from the cache"
    assert warm.report == cold.report
    assert (cache_dir / ".gitignore").read_text(encoding="utf-8").endswith("*\n")


def test_a_changed_claims_file_is_checked_again(tmp_path: Path, claims: Path, loads: list[Path]) -> None:
    run([claims], Settings(), cache=ResultCache(tmp_path / "cache"))
    claims.write_text(CLAIMS.replace('said_by: baq', 'said_by: stat'), encoding="utf-8")
    again = run([claims], Settings(), cache=ResultCache(tmp_path / "cache"))
    assert len(loads) == 2
    assert "unsourced" not in rules_of(again)


def test_a_changed_article_text_is_checked_again(tmp_path: Path, claims: Path, loads: list[Path]) -> None:
    first = run([claims], Settings(), cache=ResultCache(tmp_path / "cache"))
    assert "quote-not-found" not in rules_of(first)
    (tmp_path / "article.txt").write_text("Товарооборот вырос.\n", encoding="utf-8")
    again = run([claims], Settings(), cache=ResultCache(tmp_path / "cache"))
    assert len(loads) == 2
    assert "quote-not-found" in rules_of(again)


def test_a_changed_configuration_is_checked_again(tmp_path: Path, claims: Path, loads: list[Path]) -> None:
    run([claims], Settings(), cache=ResultCache(tmp_path / "cache"))
    ignoring = run([claims], Settings(ignore=("unsourced",)), cache=ResultCache(tmp_path / "cache"))
    assert "unsourced" not in rules_of(ignoring)
    options = {"figure-not-in-quote": {"x": 1}}
    run([claims], Settings(options=options), cache=ResultCache(tmp_path / "cache"))
    assert len(loads) == 3


def test_another_tool_version_is_checked_again(
    tmp_path: Path, claims: Path, loads: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    run([claims], Settings(), cache=ResultCache(tmp_path / "cache"))
    monkeypatch.setattr(factcheck.cache, "__version__", "99.0.0")
    run([claims], Settings(), cache=ResultCache(tmp_path / "cache"))
    assert len(loads) == 2
    assert [p.name for p in (tmp_path / "cache").iterdir() if p.is_dir()] == [ResultCache(tmp_path).tool]


@pytest.mark.parametrize("damage", [
    b"", b"{", b"\xff\xfe not json", b"[]", b'{"format": 1}', b'{"format": 2, "key": "x", "result": {}}',
])
def test_a_corrupt_entry_is_a_miss(tmp_path: Path, claims: Path, loads: list[Path], damage: bytes) -> None:
    cache_dir = tmp_path / "cache"
    cold = run([claims], Settings(), cache=ResultCache(cache_dir))
    (entry,) = cache_dir.glob("*/*/*.json")
    entry.write_bytes(damage)
    again = run([claims], Settings(), cache=ResultCache(cache_dir))
    assert len(loads) == 2 and again.report == cold.report
    assert json.loads(entry.read_bytes())["format"] == 1, "the entry was written again"


def test_an_entry_of_another_key_or_with_wrong_fields_is_a_miss(
    tmp_path: Path, claims: Path, loads: list[Path]
) -> None:
    cache_dir = tmp_path / "cache"
    cold = run([claims], Settings(), cache=ResultCache(cache_dir))
    (entry,) = cache_dir.glob("*/*/*.json")
    data = json.loads(entry.read_bytes())
    entry.write_text(json.dumps({**data, "key": "0" * 64}), encoding="utf-8")  # copied from elsewhere
    run([claims], Settings(), cache=ResultCache(cache_dir))
    data["result"]["findings"][0]["location"] = "line one"
    entry.write_text(json.dumps(data), encoding="utf-8")
    again = run([claims], Settings(), cache=ResultCache(cache_dir))
    assert len(loads) == 3 and again.report == cold.report


def test_an_unwritable_cache_is_not_an_error(tmp_path: Path, claims: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder would be", encoding="utf-8")
    assert run([claims], Settings(), cache=ResultCache(blocked / "cache")).report.findings


def test_a_result_survives_the_cache_exactly() -> None:
    from factcheck.engine import article_for, check_claims_file
    from factcheck.loader import load_claims_file

    claims_file = load_claims_file(SHIPPED_CLAIMS)
    result = check_claims_file(claims_file, article_for(claims_file, None), Settings(detail=True))
    assert result.findings and result.sources
    restored = decode_result(json.loads(json.dumps(encode_result(result))))
    assert restored == dataclasses.replace(result, article=None)
    assert isinstance(restored, FileResult)


def test_no_cache_writes_nothing(tmp_path: Path, claims: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache_dir = tmp_path / "cache"
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(cache_dir))
    CliRunner().invoke(app, ["verify", str(claims), "--no-cache"])
    assert not cache_dir.exists()
    result = CliRunner().invoke(app, ["verify", str(claims)])
    assert result.exit_code == 0 and list(cache_dir.glob("*/*/*.json"))


@pytest.mark.parametrize("command", ["sources", "report"])
def test_every_command_that_reads_the_cache_can_leave_it_alone(
    tmp_path: Path, claims: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    cache_dir = tmp_path / "cache"
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(cache_dir))
    result = CliRunner().invoke(app, [command, str(claims), "--no-cache"])
    assert result.exit_code == 0, result.output
    assert not cache_dir.exists()
    CliRunner().invoke(app, [command, str(claims)])
    assert list(cache_dir.glob("*/*/*.json"))


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(["~", "~severity", "~fraction", "~date", "rule", "path", "line", "findings", "x"]),
        children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(["format", "key", "result"]), JSON, max_size=3))
def test_any_entry_is_a_result_or_a_miss(tmp_path_factory: pytest.TempPathFactory, entry: dict[str, object]) -> None:
    cache = ResultCache(tmp_path_factory.mktemp("fuzz"))
    key = "ab" * 32
    path = cache.folder / key[:2] / f"{key}.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({**entry, "key": key, "format": 1}), encoding="utf-8")
    assert cache.get(key) is None or isinstance(cache.get(key), FileResult)


def _leaves(data: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    if isinstance(data, dict):
        return [path] + [leaf for key, value in data.items() for leaf in _leaves(value, (*path, key))]
    if isinstance(data, list):
        return [path] + [leaf for index, value in enumerate(data) for leaf in _leaves(value, (*path, index))]
    return [path]


def _replaced(data: object, path: tuple[object, ...], value: object) -> object:
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(data, dict):
        return {key: _replaced(item, rest, value) if key == head else item for key, item in data.items()}
    assert isinstance(data, list)
    return [_replaced(item, rest, value) if index == head else item for index, item in enumerate(data)]


def _shipped_entry() -> dict[str, object]:
    from factcheck.engine import check_claims_file
    from factcheck.loader import load_claims_file

    result = check_claims_file(load_claims_file(SHIPPED_CLAIMS), None, Settings(detail=True))
    return encode_result(result)


SHIPPED_ENTRY = _shipped_entry()
SHIPPED_LEAVES = _leaves(SHIPPED_ENTRY)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, len(SHIPPED_LEAVES) - 1), JSON)
def test_a_damaged_result_is_a_result_or_a_miss(index: int, value: object) -> None:
    damaged = _replaced(SHIPPED_ENTRY, SHIPPED_LEAVES[index], value)
    try:
        restored = decode_result(damaged)  # type: ignore[arg-type]
    except (KeyError, TypeError, ValueError, IndexError, AttributeError):
        return
    assert isinstance(restored, FileResult)
    assert all(isinstance(finding.sort_key(), tuple) for finding in restored.findings)  # usable by every reporter


def test_only_regular_files_are_cached(tmp_path: Path) -> None:
    import os

    from factcheck.cache import file_digest

    fifo = tmp_path / "claims.yaml"
    os.mkfifo(fifo)
    assert file_digest(fifo) is None  # not opened for reading forever, not waited on
    assert file_digest(Path("/dev/zero")) is None
    assert file_digest(tmp_path / "missing.yaml") is None
