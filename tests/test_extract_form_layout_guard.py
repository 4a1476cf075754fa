"""The form reader stays readable: one module per rule group, each saying what it reads, all in one table.

A newcomer opens `factcheck/extract/readers/form/__init__.py`, reads the list of groups in its docstring and the
ordered table `_RULES`, and goes to the one module a figure's rule lives in. The guard fails when a group module
is not listed, when a module does not open with what it reads and an example of it, or when a rule of the table
is defined outside its group or undocumented.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

from factcheck.extract.readers import form

FORM = Path(form.__file__).parent
MODULES = sorted(path for path in FORM.glob("*.py"))


@pytest.mark.parametrize("module", MODULES, ids=lambda path: path.name)
def test_every_module_opens_with_what_it_reads_and_an_example(module: Path) -> None:
    docstring = ast.get_docstring(ast.parse(module.read_text(encoding="utf-8")))
    assert docstring, f"{module.name} opens with no docstring"
    assert '"' in docstring, f"{module.name}: its docstring quotes no example of what it reads"


@pytest.mark.parametrize("module", [path for path in MODULES if path.name != "__init__.py"], ids=lambda p: p.name)
def test_every_group_is_listed_in_the_readers_docstring(module: Path) -> None:
    assert f"`{module.stem}`" in (form.__doc__ or ""), f"{module.name} is not listed in form/__init__.py's docstring"


def test_every_rule_of_the_table_is_a_documented_function_of_a_group_module() -> None:
    rules = form._RULES
    assert len(set(rules)) == len(rules), "a rule is asked twice"
    for rule in rules:
        home = inspect.getmodule(rule)
        assert home is not None
        assert home.__name__.rsplit(".", 1)[-1] not in ("form", "shared"), f"{rule.__name__} is in {home.__name__}"
        assert inspect.getdoc(rule), f"{home.__name__}.{rule.__name__} has no docstring"
