"""The result cache: reused only while nothing that decides a result changed; a bad entry is a miss, never fatal."""

from __future__ import annotations

import dataclasses
import hmac
import json
import os
from pathlib import Path
from typing import Any

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


def entry_data(entry: Path) -> dict[str, Any]:
    """An entry's JSON, past the line of its HMAC."""
    data: dict[str, Any] = json.loads(entry.read_bytes().partition(b"\n")[2])
    return data


def signed(data: object, secret: bytes) -> bytes:
    """An entry as factcheck writes it: the HMAC-SHA256 of its JSON under `secret`, a line break, the JSON."""
    payload = json.dumps(data).encode("utf-8")
    return hmac.digest(secret, payload, "sha256").hex().encode() + b"\n" + payload


def the_key() -> bytes:
    """The per-user key this test's runs use (made on first use)."""
    return factcheck.cache.user_key(factcheck.cache.key_file())
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


def test_a_warm_run_of_files_that_ran_different_rules_reports_them_in_registry_order(
    tmp_path: Path, claims: Path, loads: list[Path]
) -> None:
    from factcheck.rules import RULES

    without_text = tmp_path / "without-text.yaml"
    without_text.write_text(CLAIMS.replace("  text: article.txt\n", ""), encoding="utf-8")
    cache_dir = tmp_path / "cache"
    cold = run([without_text, claims], Settings(), cache=ResultCache(cache_dir))
    warm = run([without_text, claims], Settings(), cache=ResultCache(cache_dir))
    assert loads == [without_text, claims], "the second run came from the cache"
    assert cold.results[0].rules_run != cold.results[1].rules_run  # the rules that read the text ran for one
    assert warm.report == cold.report
    assert list(warm.report.rules_run) == [rule.id for rule in RULES if rule.id in warm.report.rules_run]


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
    assert entry_data(entry)["format"] == factcheck.cache.ENTRY_FORMAT, "the entry was written again"


def test_an_entry_of_another_key_or_with_wrong_fields_is_a_miss(
    tmp_path: Path, claims: Path, loads: list[Path]
) -> None:
    cache_dir = tmp_path / "cache"
    cold = run([claims], Settings(), cache=ResultCache(cache_dir))
    (entry,) = cache_dir.glob("*/*/*.json")
    data = entry_data(entry)
    entry.write_bytes(signed({**data, "key": "0" * 64}, the_key()))  # copied from another key's entry
    run([claims], Settings(), cache=ResultCache(cache_dir))
    data["result"]["findings"][0][4] = "line one"  # the finding's location
    entry.write_bytes(signed(data, the_key()))
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
    assert result.exit_code == 0 and list(cache_dir.glob("factcheck/*/*/*.json"))


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
    assert list(cache_dir.glob("factcheck/*/*/*.json"))


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
    secret = b"fuzz"
    cache = ResultCache(tmp_path_factory.mktemp("fuzz") / "cache", key=secret)
    key = "ab" * 32
    path = cache.folder / key[:2] / f"{key}.json"
    path.parent.mkdir(parents=True)
    for folder in (cache.root, cache.folder):
        (folder / "CACHEDIR.TAG").write_bytes(factcheck.cache.MARKER)
    path.write_bytes(signed({**entry, "key": key, "format": factcheck.cache.ENTRY_FORMAT}, secret))
    found = cache.get(key)
    assert cache.refused is None
    assert found is None or isinstance(found, FileResult)


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
        restored = decode_result(damaged)
    except (KeyError, ValueError):  # a missing key, or a value that is not what factcheck writes
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


# --- a cache never changes a verdict (issue 16, item 2) ------------------------------------------------------

SHIPPED_ERRORS = 5  # the shipped claims file's errors: a run that reports fewer was fooled


def _verify_shipped(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["verify", str(SHIPPED_CLAIMS), *args])
    return result.exit_code, result.stdout, result.stderr


def _shipped_entry_file() -> Path:
    (entry,) = Path(os.environ["FACTCHECK_CACHE_DIR"]).glob("factcheck/*/*/*.json")
    return entry


def test_an_entry_with_emptied_findings_is_a_miss() -> None:
    code, cold, _ = _verify_shipped()
    assert code == 1 and cold.count(" error ") == SHIPPED_ERRORS
    entry = _shipped_entry_file()
    head, _, payload = entry.read_bytes().partition(b"\n")
    data = json.loads(payload)
    data["result"]["findings"] = []
    entry.write_bytes(head + b"\n" + json.dumps(data).encode())  # the old HMAC: it no longer matches
    code, warm, _ = _verify_shipped()
    assert (code, warm) == (1, cold)
    entry.write_bytes(b"0" * 64 + b"\n" + json.dumps(data).encode())
    assert _verify_shipped() == (1, cold, "")


FORGED = '"><img src=x onerror=alert(1)>'


@pytest.mark.parametrize("with_the_key", [False, True], ids=["unsigned", "signed"])
def test_a_forged_fingerprint_reaches_no_output(tmp_path: Path, with_the_key: bool) -> None:
    """Signed or not, a fingerprint that is not 12 hex digits makes the entry a miss in every format."""
    _verify_shipped()
    entry = _shipped_entry_file()
    data = entry_data(entry)
    for finding in data["result"]["findings"]:
        finding[7] = FORGED
    entry.write_bytes(signed(data, the_key() if with_the_key else b"guessed"))
    for output_format in ("text", "json", "sarif", "junit", "github", "markdown"):
        code, out, _ = _verify_shipped("--format", output_format)
        assert code == 1 and FORGED not in out and "onerror" not in out, output_format
    page = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", str(SHIPPED_CLAIMS), "-o", str(page)])
    assert result.exit_code == 0, result.output
    assert "onerror" not in page.read_text(encoding="utf-8")


def test_a_wrong_key_makes_every_entry_a_miss(
    tmp_path: Path, claims: Path, loads: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTCHECK_CACHE_KEY", "the team's secret")
    run([claims, SHIPPED_CLAIMS], Settings(), cache=ResultCache(tmp_path / "cache"))
    run([claims, SHIPPED_CLAIMS], Settings(), cache=ResultCache(tmp_path / "cache"))
    assert len(loads) == 2, "the same key: both from the cache"
    monkeypatch.setenv("FACTCHECK_CACHE_KEY", "a forger's guess")
    run([claims, SHIPPED_CLAIMS], Settings(), cache=ResultCache(tmp_path / "cache"))
    assert len(loads) == 4, "another key: neither entry is used"
    monkeypatch.delenv("FACTCHECK_CACHE_KEY")
    run([claims, SHIPPED_CLAIMS], Settings(), cache=ResultCache(tmp_path / "cache"))
    assert len(loads) == 6, "the per-user key is another key still"


def test_the_per_user_key_is_private_made_once_and_outside_the_cache(
    tmp_path: Path, claims: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import stat

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    run([claims], Settings(), cache=ResultCache(tmp_path / "cache"))
    key = tmp_path / "state" / "factcheck" / "cache-key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    made = key.read_bytes()
    assert len(made) == 65 and made.endswith(b"\n") and bytes.fromhex(made[:64].decode())
    run([claims], Settings(), cache=ResultCache(tmp_path / "cache"))
    assert key.read_bytes() == made, "made once, then reused"
    assert not list((tmp_path / "cache").rglob("*key*"))
    assert [p.name for p in key.parent.iterdir()] == ["cache-key"], "no temporary file left"


def test_a_key_inside_the_cache_folder_is_refused(
    tmp_path: Path, claims: Path, loads: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "cache"))  # a cache restored from elsewhere would bring it
    for _ in range(2):
        with pytest.warns(UserWarning, match="inside the cache folder"):
            run([claims], Settings(), cache=ResultCache(tmp_path / "cache" / "factcheck"))
    assert len(loads) == 2 and not (tmp_path / "cache").exists()


def test_a_damaged_key_file_is_replaced_by_a_new_key(
    tmp_path: Path, claims: Path, loads: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    run([claims], Settings(), cache=ResultCache(tmp_path / "cache"))
    key = tmp_path / "state" / "factcheck" / "cache-key"
    key.write_text("", encoding="utf-8")  # emptied by a crash
    run([claims], Settings(), cache=ResultCache(tmp_path / "cache"))
    assert len(loads) == 2, "entries of the old key are misses"
    assert len(key.read_bytes()) == 65
    run([claims], Settings(), cache=ResultCache(tmp_path / "cache"))
    assert len(loads) == 2, "the new key is kept"


def test_an_unreadable_key_is_a_warning_and_no_cache(
    tmp_path: Path, claims: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    (tmp_path / "state" / "factcheck" / "cache-key").mkdir(parents=True)  # cannot be read as a file
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    result = CliRunner().invoke(app, ["verify", str(claims)])
    assert result.exit_code == 0
    (line,) = result.stderr.splitlines()
    assert "cache-key: cannot be used as the cache's key" in line and "running without the cache" in line
    assert not (tmp_path / "cache").exists()


def test_every_class_is_cached_with_every_field() -> None:
    from factcheck.cache_entries import encoded_fields

    for cls, names in encoded_fields().items():
        assert names == tuple(field.name for field in dataclasses.fields(cls)), cls.__name__


@pytest.mark.parametrize(("path", "value"), [
    ((0, 7), "ABCDEF123456"),  # a fingerprint: 12 lowercase hex digits
    ((0, 7), "abc"),
    ((0, 1), "fatal"),  # a severity: one of three words
    ((0, 0), "no-such-rule"),
    ((0, 5, 0, 0), "a\nb"),  # a claim id: no line breaks
    ((0, 5, 0, 0), "a\u202eb"),  # nor direction overrides
    ((0, 4, 1), True),  # a line: a whole number, not a bool
    ((0, 4, 1), 1.0),
    ((0, 4, 1), -1),
    ((0, 6, 0, 1, 0), "inf"),  # an interval end: an exact fraction
    ((0, 6, 0, 1, 0), "1/0"),
    ((0, 6, 0, 1, 0), 1e999),
    ((0, 10), ["0123456789ab", "x"]),  # former fingerprints
])
def test_a_field_that_is_not_what_factcheck_writes_is_refused(path: tuple[int, ...], value: object) -> None:
    from factcheck.cache_entries import EntryError

    entry = json.loads(json.dumps(SHIPPED_ENTRY))
    findings = entry["findings"]
    first = next(index for index, finding in enumerate(findings) if finding[6])  # one with compared intervals
    target: Any = findings
    full = (first, *path[1:])
    for step in full[:-1]:
        target = target[step]
    target[full[-1]] = value
    with pytest.raises(EntryError):
        decode_result(entry)
