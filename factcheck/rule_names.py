"""Which modules of `factcheck.rules` are rules, and so every rule's id, known without importing a rule.

A rule's ID is its module's name with dashes (a test holds the two equal). Checking that a cached result names
only registered rules therefore costs a folder listing, not loading every rule and the claims model they read.
"""

from __future__ import annotations

import functools
import pkgutil
from importlib.util import find_spec

_NOT_RULES = frozenset({"base"})


def rule_module_names() -> list[str]:
    """The names of the rule modules in `factcheck.rules`: every module but `base` and private ones."""
    package = find_spec("factcheck.rules")  # imports `factcheck`, not the rules package and its registry
    if package is None or package.submodule_search_locations is None:
        raise ImportError("factcheck.rules is not an installed package")
    return [info.name for info in pkgutil.iter_modules(package.submodule_search_locations)
            if info.name not in _NOT_RULES and not info.name.startswith("_")]


@functools.cache
def rule_ids() -> frozenset[str]:
    """The id of every registered rule (former ids, ALIASES, are not among them)."""
    return frozenset(name.replace("_", "-") for name in rule_module_names())
