"""The rule registry: every module of this package but `base` is one rule, found here without a hand list.

A rule module defines `ID` (its module name with dashes), `SEVERITY`, `ORDER` (where it stands in the
documentation, the README table and every listing), `check(context)`, and optionally `NEEDS_TEXT`, `OPTIONS`
and `ALIASES` (former ids that configuration, `--select`/`--ignore`, reviews and `explain` still accept).
"""

from __future__ import annotations

import importlib

from factcheck.rule_names import rule_module_names
from factcheck.rules.base import Rule


def _discover() -> tuple[Rule, ...]:
    modules = [importlib.import_module(f"{__name__}.{name}") for name in rule_module_names()]
    return tuple(sorted((Rule.from_module(module) for module in modules), key=lambda rule: (rule.order, rule.id)))


RULES: tuple[Rule, ...] = _discover()
RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
ALIASES: dict[str, str] = {alias: rule.id for rule in RULES for alias in rule.aliases}


def canonical_id(rule_id: str) -> str | None:
    """The current id of a rule named by its id or by one of its aliases; None for an unknown id."""
    if rule_id in RULES_BY_ID:
        return rule_id
    return ALIASES.get(rule_id)


def known_ids() -> list[str]:
    """Every id a user may write, aliases included (for 'did you mean' suggestions)."""
    return [*RULES_BY_ID, *ALIASES]
