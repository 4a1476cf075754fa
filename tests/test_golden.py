"""Golden files: every output format of the shipped claims file, byte for byte; the generated rule docs.

Review changes to them like code. Refresh after an intended change with:
    FACTCHECK_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.engine import verify
from factcheck.reporters import REPORTERS, renderer
from tests.conftest import PROJECT

GOLDEN = Path(__file__).parent / "golden"
FORMATS = [name for name in REPORTERS if name != "terminal"]
SUFFIXES = {"text": "txt", "json": "json", "sarif": "json", "junit": "xml", "github": "txt", "markdown": "md"}


@pytest.mark.parametrize("name", FORMATS)
def test_output_matches_its_golden_file(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(PROJECT)  # paths in the output are relative, as CI writes them
    rendered = renderer(name)(verify([Path("claims")]))
    # SARIF names the folder it ran in (%SRCROOT%): the same file on every machine
    rendered = rendered.replace(PROJECT.resolve().as_uri() + "/", "file:///project/")
    golden = GOLDEN / f"seed-{name}.{SUFFIXES[name]}"
    if os.environ.get("FACTCHECK_UPDATE_GOLDEN"):
        golden.write_text(rendered, encoding="utf-8")
    assert golden.is_file(), f"no golden file: run with FACTCHECK_UPDATE_GOLDEN=1 to create {golden.name}"
    assert rendered == golden.read_text(encoding="utf-8"), f"{name} output changed: review, then refresh"


def _readme_with_rule_table(readme: str) -> str:
    from factcheck.rules import RULES
    from factcheck.rules.base import rules_table

    start = readme.index("| rule | default severity | finds |")
    end = readme.index("\n\n", start)
    return readme[:start] + rules_table(RULES, "docs/rules.md").rstrip("\n") + readme[end:]


def _rules_reference(_: str) -> str:
    from factcheck.rules import RULES
    from factcheck.rules.base import rules_markdown

    return rules_markdown(RULES)


@pytest.mark.parametrize(("name", "generate"), [("README.md", _readme_with_rule_table),
                                                ("docs/rules.md", _rules_reference)])
def test_rule_docs_are_generated_from_the_registry(name: str, generate: Callable[[str], str]) -> None:
    path = PROJECT / name
    current = path.read_text(encoding="utf-8")
    if os.environ.get("FACTCHECK_UPDATE_GOLDEN"):
        path.write_text(generate(current), encoding="utf-8")
        current = generate(current)
    assert current == generate(current), (
        f"{name} does not list the registered rules: refresh with FACTCHECK_UPDATE_GOLDEN=1 "
        "(docs/rules.md is also `factcheck rules --format markdown`)"
    )
