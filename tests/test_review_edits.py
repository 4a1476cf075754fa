"""Properties of the review writer's edits, for any reviews section: adding then removing a review gives back
the very text; removing one review keeps every other review, in order, and every other line; moving one
changes its fingerprint alone."""

from __future__ import annotations

from pathlib import Path

from hypothesis import assume, example, given
from hypothesis import strategies as st

from factcheck.loader import load_claims_text
from factcheck.review_writer import append_review, decision_fields, move_review, remove_review, scalar
from tests.conftest import HEADER

PATH = Path("claims.yaml")
NEW = "0000feedbeef"
CLAIMS = 'claims:\n  - {id: a, metric: trade, period: "2023", value: "$533 млн", said_by: stat}\n'
notes = st.text(st.characters(exclude_categories=["Cs"], exclude_characters="\x00"), max_size=30)
fingerprints = st.lists(st.text("0123456789abcdef", min_size=12, max_size=12), min_size=1, max_size=4,
                        unique=True)


def _file(found: list[str], notes_of: list[str], flow: bool, indent: int, newline: str) -> str:
    if flow:
        items = ", ".join(f"{{finding: {fp}, status: accepted, by: Ed, date: 2025-10-01, note: {scalar(note)}}}"
                          for fp, note in zip(found, notes_of, strict=False))
        section = f"reviews: [{items}]  # kept\n"
    else:
        pad, inner = " " * indent, " " * (indent + 2)
        section = "reviews:\n" + "".join(
            f"{pad}- finding: {fp}   # a comment\n{inner}status: accepted\n{inner}by: Ed\n{inner}date: 2025-10-01\n"
            f"{inner}note: {scalar(note)}\n" for fp, note in zip(found, notes_of, strict=False)) + "# the end\n"
    return (HEADER + CLAIMS + section).replace("\n", newline)


Layout = tuple[list[str], list[str], bool, int, str]
layouts = st.tuples(fingerprints, st.lists(notes, min_size=4, max_size=4), st.booleans(), st.integers(0, 4),
                    st.sampled_from(["\n", "\r\n"]))


@given(layouts, notes)
def test_adding_then_removing_a_review_gives_back_the_text(layout: Layout, note: str) -> None:
    text = _file(*layout)
    added = append_review(PATH, text, decision_fields("fedcba987654", "period-conflict", "accepted", "X", "2025-10-02",
                                                      note or None))
    assert remove_review(PATH, added, "fedcba987654") == text


@given(layouts, st.integers(0, 3))
def test_removing_one_review_keeps_the_others_and_every_other_line(layout: Layout, which: int) -> None:
    found = layout[0]
    gone = found[which % len(found)]
    text = _file(*layout)
    after = remove_review(PATH, text, gone)
    assert [r.finding for r in load_claims_text(PATH, after).reviews] == [fp for fp in found if fp != gone]
    if not layout[2]:  # block style: exactly the review's lines went, nothing else
        kept = text.splitlines(keepends=True)
        assert all(line in kept for line in after.splitlines(keepends=True))
        assert len(kept) - len(after.splitlines(keepends=True)) == 5


@given(layouts, st.integers(0, 3))
@example((["000000000000"], ["000000000000", "", "", ""], False, 0, "\n"), 0)  # a note equal to the fingerprint
def test_moving_a_review_changes_its_fingerprint_alone(layout: Layout, which: int) -> None:
    found = layout[0]
    old = found[which % len(found)]
    text = _file(*layout)
    assume(NEW not in text)
    after = move_review(PATH, text, old, NEW, "value-conflict")
    # one place changed, from the old fingerprint to the new: a note that reads like the fingerprint stays
    assert after.count(NEW) == 1 and after.replace(NEW, old) == text
    assert [r.finding for r in load_claims_text(PATH, after).reviews] == [NEW if fp == old else fp for fp in found]
