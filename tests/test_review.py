"""`factcheck review`: appends the decision and changes no other byte of the claims file; writes atomically."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.engine import verify
from factcheck.loader import load_claims_file
from tests.conftest import HEADER

runner = CliRunner()
CLAIMS = """\
claims:
  # the same turnover in two years
  - id: a
    metric: trade
    period: '2023'        # quoted with single quotes on purpose
    value: "$533 млн"
    said_by: stat

  - {id: b, metric: trade, period: "2024", value: "$533 млн", said_by: stat}
"""
FINGERPRINT = "period-conflict"


def conflict_fingerprint(path: Path) -> str:
    (finding,) = [f for f in verify([path]).findings if f.rule == FINGERPRINT]
    return finding.fingerprint


def review(path: Path, *extra: str) -> tuple[int, str, str]:
    fingerprint = conflict_fingerprint(path)
    result = runner.invoke(app, ["review", str(path), fingerprint, "--status", "accepted", "--by", "A. Editor",
                                 "--note", "both years: see the ministry's correction", *extra])
    return result.exit_code, result.stdout, result.stderr


def added_lines(before: bytes, after: bytes) -> list[bytes]:
    """What was inserted, asserting that everything else is byte for byte the same."""
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    position = 0
    added: list[bytes] = []
    for line in new:
        if position < len(old) and line == old[position]:
            position += 1
        elif position < len(old) and old[position] and line.startswith(old[position].rstrip(b"\r\n")) and (
            position == len(old) - 1
        ):
            position += 1  # the last line gained a line end
            added.append(line[len(old[position - 1]):])
        else:
            added.append(line)
    assert position == len(old), "a line of the original file was changed or removed"
    return added


LAYOUTS = {
    "no reviews yet": HEADER + CLAIMS,
    "reviews in the middle of the file": HEADER.replace("metrics:", (
        "reviews:\n  - finding: 0123456789ab   # an old decision\n    status: accepted\n    by: Someone\n"
        "    date: 2025-10-01\n\n# sources and metrics follow\nmetrics:")) + CLAIMS,
    "empty reviews": HEADER + CLAIMS + "reviews:\n",
    "no newline at the end": (HEADER + CLAIMS).rstrip("\n"),
    "comment after the last review": HEADER + CLAIMS + (
        "reviews:\n  - finding: 0123456789ab\n    status: accepted\n    by: Someone\n    date: 2025-10-01\n"
        "# end of file\n"),
}


@pytest.mark.parametrize("layout", LAYOUTS, ids=list(LAYOUTS))
def test_review_changes_nothing_but_the_added_lines(tmp_path: Path, layout: str) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(LAYOUTS[layout], encoding="utf-8")
    before = path.read_bytes()
    code, out, err = review(path)
    assert (code, err) == (0, "")
    assert "recorded accepted by A. Editor" in out
    after = path.read_bytes()
    added = b"".join(added_lines(before, after)).decode("utf-8")
    assert conflict_fingerprint(path) in added and '"A. Editor"' in added
    assert "both years: see the ministry's correction" in added
    (finding,) = [f for f in verify([path]).findings if f.rule == FINGERPRINT]
    assert finding.review is not None and finding.review.by == "A. Editor"


def test_crlf_and_bom_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + (HEADER + CLAIMS).replace("\n", "\r\n").encode("utf-8"))
    before = path.read_bytes()
    assert review(path)[0] == 0
    after = path.read_bytes()
    assert after.startswith(before)
    assert after.startswith(b"\xef\xbb\xbf")
    assert b"\n" not in after[len(before):].replace(b"\r\n", b"")
    assert load_claims_file(path).reviews[0].status == "accepted"


def test_unknown_fingerprint_lists_the_current_ones(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(HEADER + CLAIMS, encoding="utf-8")
    before = path.read_bytes()
    result = runner.invoke(app, ["review", str(path), "deadbeef0000", "--status", "accepted", "--by", "X"])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"factcheck: error: no finding has fingerprint 'deadbeef0000' in {path}; "
                                    f"current findings: {conflict_fingerprint(path)} (period-conflict)")
    assert path.read_bytes() == before


def test_a_finding_is_reviewed_once(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(HEADER + CLAIMS, encoding="utf-8")
    assert review(path)[0] == 0
    code, _, err = review(path)
    assert code == 2 and "is already reviewed at" in err


def test_a_crash_mid_write_leaves_the_original(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(HEADER + CLAIMS, encoding="utf-8")
    before = path.read_bytes()

    def crash(source: str, destination: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    code, _, err = review(path)
    assert code == 2
    assert err == f"factcheck: error: {path}: cannot write (disk full); check the file, its folder and the free space\n"
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.yaml"]  # no temporary file left behind


def test_flow_style_reviews_change_only_their_own_line(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(HEADER + CLAIMS + "reviews: []   # none yet\n", encoding="utf-8")
    before = path.read_text(encoding="utf-8").splitlines()
    assert review(path)[0] == 0
    after = path.read_text(encoding="utf-8").splitlines()
    assert after[:-1] == before[:-1]
    fingerprint = conflict_fingerprint(path)
    assert after[-1] == (f'reviews: [{{finding: {fingerprint}, rule: period-conflict, status: accepted, '
                         'by: "A. Editor", date: '
                         f'{load_claims_file(path).reviews[0].date}, note: "both years: see the ministry\'s '
                         'correction"}]   # none yet')


def test_a_review_records_its_rule_and_is_judged_whenever_that_rule_runs(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(HEADER + CLAIMS, encoding="utf-8")
    assert review(path)[0] == 0
    (recorded,) = load_claims_file(path).reviews
    assert recorded.rule == "period-conflict"
    # the figure changes: the editor's decision was about $533 млн in both years, not about the new figure
    text = path.read_text(encoding="utf-8").replace('value: "$533 млн"\n', 'value: "$534 млн"\n', 1)
    path.write_text(text, encoding="utf-8")
    report = verify([path], select=["period-conflict", "stale-review"])  # no article text, not a full run
    assert [f.rule for f in report.findings] == ["stale-review"]
    assert recorded.finding in report.findings[0].message


def test_a_review_written_before_fingerprints_held_figures_still_matches(tmp_path: Path) -> None:
    from factcheck.findings import fingerprint

    legacy = fingerprint("period-conflict", ["a", "b"])  # rule and claim ids, as fingerprints were
    path = tmp_path / "claims.yaml"
    path.write_text(HEADER + CLAIMS + f"reviews:\n  - {{finding: {legacy}, status: accepted, by: Ed, "
                    "date: 2025-10-01}\n", encoding="utf-8")
    (finding,) = verify([path]).findings
    assert finding.rule == "period-conflict" and finding.fingerprint != legacy
    assert finding.review is not None and finding.review.by == "Ed"
    code, _, err = review(path)
    assert code == 2 and "already reviewed" in err
