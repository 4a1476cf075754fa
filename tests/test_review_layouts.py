"""`factcheck review` accepts every layout `verify` accepts, and changes no byte it does not have to."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck.engine import verify
from factcheck.loader import load_claims_file
from tests.conftest import HEADER
from tests.test_review import CLAIMS, added_lines, conflict_fingerprint, review

OLD_REVIEW = "  - finding: 0123456789ab\n    status: accepted\n    by: Someone\n    date: 2025-10-01\n"
FOUR_SPACES = "    - finding: 0123456789ab\n      status: accepted\n      by: Someone\n      date: 2025-10-01\n"

LAYOUTS = {
    "reviews indented by four spaces": HEADER + CLAIMS + "reviews:\n" + FOUR_SPACES,
    "reviews not indented": HEADER + CLAIMS + "reviews:\n" + OLD_REVIEW.replace("\n  ", "\n").lstrip(),
    "three spaces after the dash": HEADER + CLAIMS + "reviews:\n" + OLD_REVIEW.replace("- ", "-   ").replace(
        "\n    ", "\n      "),
    "a final document end marker": HEADER + CLAIMS + "...\n",
    "reviews then a final document end marker": HEADER + CLAIMS + "reviews:\n" + OLD_REVIEW + "...\n",
    "a last review with a block scalar and no final newline": HEADER + CLAIMS + "reviews:\n" + OLD_REVIEW
    + "    note: |\n      kept as written",
    "reviews in the middle, four spaces": HEADER.replace("metrics:", "reviews:\n" + FOUR_SPACES + "metrics:")
    + CLAIMS,
}


def _check_review_added(path: Path, before: bytes) -> bytes:
    code, out, err = review(path)
    assert (code, err) == (0, ""), err
    after = path.read_bytes()
    fingerprint = conflict_fingerprint(path)
    (finding,) = [f for f in verify([path]).findings if f.rule == "period-conflict"]
    assert finding.review is not None and finding.review.by == "A. Editor"
    assert fingerprint.encode() in after and f"recorded accepted by A. Editor for {fingerprint}" in out
    return after


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["LF", "CRLF"])
@pytest.mark.parametrize("layout", LAYOUTS, ids=list(LAYOUTS))
def test_review_accepts_what_verify_accepts(tmp_path: Path, layout: str, newline: str) -> None:
    path = tmp_path / "claims.yaml"
    path.write_bytes(LAYOUTS[layout].replace("\n", newline).encode("utf-8"))
    load_claims_file(path)  # verify reads it
    before = path.read_bytes()
    after = _check_review_added(path, before)
    added = b"".join(added_lines(before, after))
    assert b"A. Editor" in added
    if newline == "\r\n":
        assert b"\n" not in after.replace(b"\r\n", b"")


@pytest.mark.parametrize("empty", ["reviews: ~", "reviews: null   # none yet", "reviews:", "reviews: Null"])
def test_an_empty_reviews_key_gets_its_first_review(tmp_path: Path, empty: str) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(HEADER + CLAIMS + empty + "\n", encoding="utf-8")
    before = path.read_text(encoding="utf-8").splitlines()
    _check_review_added(path, path.read_bytes())
    after = path.read_text(encoding="utf-8").splitlines()
    assert after[: len(before) - 1] == before[:-1]
    assert after[len(before) - 1] == re.sub(r" (~|null|Null)", "", empty)  # only the `~` or `null` went
    assert after[len(before)].startswith("  - finding: ")


def test_an_empty_reviews_key_in_the_middle_keeps_what_follows(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(HEADER.replace("metrics:", "reviews: ~\nmetrics:") + CLAIMS, encoding="utf-8")
    _check_review_added(path, path.read_bytes())
    text = path.read_text(encoding="utf-8")
    assert "reviews:\n  - finding: " in text and text.endswith(CLAIMS)


def test_cr_only_line_ends_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    for text in (HEADER + CLAIMS, HEADER + CLAIMS + "reviews:\n" + OLD_REVIEW):
        path.write_bytes(text.replace("\n", "\r").encode("utf-8"))
        before = path.read_bytes()
        after = _check_review_added(path, before)
        assert b"\n" not in after and after.startswith(before)
