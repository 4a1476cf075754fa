"""The period labellers: one per pattern name of the temporal grammar, so `_label` is a lookup that cannot miss.

What each labeller reads is tested through its mentions (tests/test_extract_periods*.py) and the reader's case
files; here, only that the table and the patterns name the same forms.
"""

from __future__ import annotations

from datetime import date

from factcheck.extract import periods

PATTERN_NAMES = {name for name, _ in periods._PERIOD_PATTERNS}


def test_every_pattern_has_a_labeller() -> None:
    unlabelled = {name for name in PATTERN_NAMES
                  if name not in periods._LABELS and not name.startswith(periods._GENERATED_NAMES)}
    assert unlabelled == set()


def test_every_labeller_has_a_pattern() -> None:
    assert set(periods._LABELS) - PATTERN_NAMES == set()


def test_a_generated_name_carries_its_label() -> None:
    # "the month before", "a year later": patterns named for their duration, whose label is the duration
    before, later = periods.find_periods("103.2 points the month before and 3.1 million a year later",
                                         date(2025, 10, 20))
    assert (before.text, before.baseline, before.later) == ("P1M", True, False)
    assert (later.text, later.baseline, later.later) == ("P1Y", True, True)
