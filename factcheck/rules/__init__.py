"""The rule registry: one module per rule id, registered here in the order they are documented."""

from __future__ import annotations

from factcheck.rules import (
    bound_violation,
    change_mismatch,
    figure_not_in_quote,
    formula_mismatch,
    future_actual,
    implied_value,
    part_exceeds_whole,
    period_conflict,
    period_granularity,
    quote_not_found,
    revised_figure,
    share_mismatch,
    shares_exceed_whole,
    stale_review,
    stale_target,
    uncurated_figure,
    unit_mismatch,
    unsourced,
    value_conflict,
)
from factcheck.rules.base import Rule

RULES: tuple[Rule, ...] = tuple(
    Rule.from_module(module)
    for module in (
        period_conflict,
        value_conflict,
        change_mismatch,
        implied_value,
        bound_violation,
        part_exceeds_whole,
        formula_mismatch,
        share_mismatch,
        shares_exceed_whole,
        revised_figure,
        period_granularity,
        unit_mismatch,
        future_actual,
        stale_target,
        unsourced,
        quote_not_found,
        figure_not_in_quote,
        uncurated_figure,
        stale_review,
    )
)
RULES_BY_ID = {rule.id: rule for rule in RULES}
ALIASES = {alias: rule.id for rule in RULES for alias in rule.aliases}


def canonical_id(rule_id: str) -> str:
    """The current id of a rule named by its id or by a former one (parts-sum-mismatch -> formula-mismatch)."""
    return ALIASES.get(rule_id, rule_id)
