"""`verify` starts fast: it imports only what checking a file and printing text needs (no timings here)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PROJECT, SHIPPED_CLAIMS

# What other commands or formats need; each costs milliseconds that every `verify` in CI would pay.
# (difflib is not listed: Typer imports it for its own suggestions.)
NOT_FOR_VERIFY = ("rich", "pint", "jsonschema", "secrets", "factcheck.extract",
                  "factcheck.report_page", "factcheck.reporters.html_report", "factcheck.reporters.sarif_report",
                  "factcheck.reporters.junit_report", "factcheck.claims_writer", "xml", "factcheck.sourcing")
# What only checking a file needs: a run answered wholly from the cache reads its entries and loads none of it.
NOT_FOR_A_CACHED_VERIFY = ("yaml", "factcheck.loader", "factcheck.model", "factcheck.rules", "factcheck.quantities",
                           "factcheck.formulas", "factcheck.periods")

RUN_VERIFY = """
import json, sys
import factcheck.cli
sys.argv = ["factcheck", "verify", *sys.argv[1:]]
try:
    factcheck.cli.main()
except SystemExit as end:
    code = end.code
sys.stdout = sys.__stdout__
print(json.dumps({"code": code, "modules": sorted(sys.modules)}), file=sys.stderr)
"""


def _among(modules: list[str], unwanted: tuple[str, ...]) -> list[str]:
    return [name for name in modules if any(name == top or name.startswith(top + ".") for top in unwanted)]


def _verify_in_a_fresh_process(*args: str, cache: Path) -> tuple[int, list[str]]:
    completed = subprocess.run(
        [sys.executable, "-c", RUN_VERIFY, *args], cwd=PROJECT, capture_output=True, text=True, check=False,
        env={"FACTCHECK_CACHE_DIR": str(cache), "XDG_STATE_HOME": str(cache / "state"), "PATH": "", "NO_COLOR": "1"},
    )
    outcome = json.loads(completed.stderr.strip().splitlines()[-1])
    return outcome["code"], outcome["modules"]


@pytest.mark.parametrize("cache_option", [["--no-cache"], []], ids=["no-cache", "cache"])
def test_verify_imports_only_what_it_uses(tmp_path: Path, cache_option: list[str]) -> None:
    for _ in range(2):  # with the cache, the second run is answered from it
        code, modules = _verify_in_a_fresh_process(str(SHIPPED_CLAIMS), *cache_option, cache=tmp_path)
        assert code == 1  # the shipped file has findings: the check really ran
        loaded = [name for name in modules if name.split(".")[0] in NOT_FOR_VERIFY or
                  any(name == unwanted or name.startswith(unwanted + ".") for unwanted in NOT_FOR_VERIFY)]
        assert loaded == []


@pytest.mark.parametrize("args", [["verify", "--help"], ["verfy"], ["--debug", "rules"], ["explain", "nothing"], []])
def test_building_only_the_invoked_command_changes_nothing_a_user_sees(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    import factcheck.cli

    every_command = list(factcheck.cli.app.registered_commands)
    with pytest.raises(SystemExit) as whole_app:
        factcheck.cli.app(args, prog_name="factcheck")
    expected = capsys.readouterr()
    with factcheck.cli._only_the_invoked_command(args), pytest.raises(SystemExit) as through_main:
        factcheck.cli.app(args, prog_name="factcheck")
    assert capsys.readouterr() == expected
    assert through_main.value.code == whole_app.value.code
    assert factcheck.cli.app.registered_commands == every_command


def test_a_run_answered_from_the_cache_loads_neither_the_rules_nor_the_loader(tmp_path: Path) -> None:
    first_code, first_modules = _verify_in_a_fresh_process(str(SHIPPED_CLAIMS), cache=tmp_path)
    code, modules = _verify_in_a_fresh_process(str(SHIPPED_CLAIMS), cache=tmp_path)
    assert (first_code, code) == (1, 1)  # the same findings, from the cache the first run wrote
    assert _among(first_modules, NOT_FOR_A_CACHED_VERIFY) != []  # the first run checked the file
    assert _among(modules, NOT_FOR_A_CACHED_VERIFY) == []


def test_the_rule_ids_known_without_loading_the_rules_are_the_registered_ones() -> None:
    from factcheck.rule_names import rule_ids
    from factcheck.rules import ALIASES, RULES_BY_ID

    assert rule_ids() == set(RULES_BY_ID)
    assert not rule_ids() & set(ALIASES)


@pytest.mark.parametrize("picks", [[(0, 2, 5), (0, 1, 2, 5, 7)], [(0, 2), (1, 3)], [(3,)], [(), (4, 6)]],
                         ids=["one-file-ran-all", "no-file-ran-all", "one-file", "a-file-ran-none"])
def test_rules_run_are_in_registry_order_without_the_selection(picks: list[tuple[int, ...]]) -> None:
    from factcheck.engine import FileResult, report_of
    from factcheck.rules import RULES

    results = [FileResult(f"{n}.yaml", "t", "en", 0, (), tuple(RULES[i].id for i in pick), ())
               for n, pick in enumerate(picks)]
    # the registry's order, which is not the ids' alphabetical order
    expected = tuple(rule.id for rule in RULES if any(rule.id in result.rules_run for result in results))
    assert report_of(results, None).rules_run == expected == report_of(results, RULES).rules_run


def test_workers_forked_for_many_files_inherit_the_rules_from_the_parent(tmp_path: Path) -> None:
    # fork copies what the parent imported: imported there once, the rules are not imported again by each worker
    files = [tmp_path / f"{name}.yaml" for name in ("first", "second")]
    for path in files:
        path.write_text(SHIPPED_CLAIMS.read_text(encoding="utf-8"), encoding="utf-8")
    code, modules = _verify_in_a_fresh_process("--no-cache", "--jobs", "2", *map(str, files), cache=tmp_path)
    assert code == 1
    assert {"factcheck.loader", "factcheck.rules"} <= set(modules)
