"""The metric reader stays a package a newcomer can read: one short module per rule group, each documented.

`factcheck/extract/readers/metric/__init__.py` is the reader; every other module is one group of its rules,
opening with what it reads and an example, short enough to read in one sitting. The groups import one way:
none imports the reader back, so the order in which the reader consults them stays in one place.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import factcheck.extract.readers.metric as metric_reader

PACKAGE = Path(metric_reader.__file__).parent
MODULES = sorted(PACKAGE.glob("*.py"))
READER = "factcheck.extract.readers.metric"
MOST_LINES = 350


def test_the_reader_keeps_the_names_other_modules_import() -> None:
    assert {"metric_of", "metric_unit", "note_unit", "per_unit", "share_of"} <= set(metric_reader.__all__)
    assert all(callable(getattr(metric_reader, name)) for name in metric_reader.__all__)


@pytest.mark.parametrize("module", MODULES, ids=lambda path: path.name)
def test_every_module_opens_with_what_it_reads_and_an_example(module: Path) -> None:
    docstring = ast.get_docstring(ast.parse(module.read_text(encoding="utf-8")))
    assert docstring, f"{module.name}: no module docstring"
    assert '"' in docstring, f"{module.name}: the docstring quotes no example"


@pytest.mark.parametrize("module", MODULES, ids=lambda path: path.name)
def test_every_module_reads_in_one_sitting(module: Path) -> None:
    lines = len(module.read_text(encoding="utf-8").splitlines())
    assert lines < MOST_LINES, f"{module.name}: {lines} lines; split it into named rule groups"


@pytest.mark.parametrize("module", [m for m in MODULES if m.name != "__init__.py"], ids=lambda path: path.name)
def test_no_rule_group_imports_the_reader(module: Path) -> None:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    assert READER not in imported, f"{module.name} imports the reader it is a part of"
