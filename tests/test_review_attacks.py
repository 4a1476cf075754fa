"""`review` and `baseline` against awkward files and awkward input: links, read-only files, a file replaced
while a review is written, notes and names that could break the YAML or the lines they are printed in."""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.desk.catalog import Catalog
from factcheck.engine import Settings, verify
from factcheck.errors import UsageError
from factcheck.findings import Finding
from factcheck.loader import load_claims_file
from factcheck.review_writer import record_decision
from tests.conftest import claims_yaml

runner = CliRunner()
CLAIMS = claims_yaml('- {id: a, metric: trade, period: "2023", value: "$533 млн", said_by: stat}\n'
                     '- {id: b, metric: trade, period: "2024", value: "$533 млн", said_by: stat}\n')


def conflict(path: Path) -> str:
    (finding,) = [f for f in verify([path]).findings if f.rule == "period-conflict"]
    return finding.fingerprint


def review(path: Path, *options: str, env: Mapping[str, str] | None = None) -> tuple[int, str]:
    result = runner.invoke(app, ["review", str(path), conflict(path), "--status", "accepted", *options], env=env)
    return result.exit_code, result.stdout + result.stderr


@pytest.mark.parametrize("name", ["Ann\nstatus: false-positive", "Ann\rB", "A\x1b[2Jnn", "Ann\u202egnp.exe",
                                  "Ann\u2028B"], ids=["LF", "CR", "escape", "RLO", "LS"])
def test_a_name_that_is_not_one_line_of_text_is_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(CLAIMS, encoding="utf-8")
    for options, env in ((("--by", name), None), ((), {"FACTCHECK_EDITOR": name})):
        code, output = review(path, *options, env=env)
        assert code == 2 and "who decides" in output and "give the name on one line" in output, output
        assert len(output.strip().splitlines()) == 1
        assert path.read_text(encoding="utf-8") == CLAIMS


def test_the_desk_refuses_such_a_name_too(tmp_path: Path) -> None:
    catalog = Catalog((tmp_path,), Settings(), "Ed")
    with pytest.raises(UsageError, match="give the name on one line"):
        catalog.rename_editor("A\x1b]8;;http://x\x07nn")
    catalog.rename_editor("Ann\n  Lee")  # white space, line breaks included, is one space in a name
    assert catalog.editor == "Ann Lee"


def test_a_read_only_claims_file_is_left_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(CLAIMS, encoding="utf-8")
    path.chmod(0o444)
    try:
        code, output = review(path, "--by", "Ann")
        assert code == 2 and output.startswith(f"factcheck: error: {path}: is read-only") and "chmod u+w" in output
        assert path.read_text(encoding="utf-8") == CLAIMS and stat.S_IMODE(path.stat().st_mode) == 0o444
    finally:
        path.chmod(0o644)


def test_a_linked_claims_file_stays_a_link_and_its_target_gets_the_review(tmp_path: Path) -> None:
    real = tmp_path / "real.yaml"
    real.write_text(CLAIMS, encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "claims.yaml"
    link.symlink_to("real.yaml")
    code, output = review(link, "--by", "Ann")
    assert code == 0, output
    assert link.is_symlink() and os.readlink(link) == "real.yaml"
    assert [r.by for r in load_claims_file(real).reviews] == ["Ann"]
    assert stat.S_IMODE(real.stat().st_mode) == 0o640


NOTE = ('line one\nline two: {x} # [y] &a *b !t %p @q `r | > -- ... "q" \'s\\ end\t \r\n  trailing  '
        "\x01\x7f\x85\u2028\u2029\ufeff")


def test_a_note_with_line_breaks_and_yaml_syntax_round_trips_exactly(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(CLAIMS, encoding="utf-8")
    code, output = review(path, "--by", "Ann", "--note", NOTE)
    assert code == 0, output
    (written,) = load_claims_file(path).reviews
    assert written.note == NOTE and written.by == "Ann"
    added = path.read_text(encoding="utf-8")[len(CLAIMS):]
    assert added.count("\n") == 8  # a blank line, `reviews:` and six lines of fields: the note is one line
    assert verify([path]).findings[0].reviewed


def test_a_file_replaced_while_the_review_is_decided_keeps_the_new_text(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(CLAIMS, encoding="utf-8")
    saved = CLAIMS + '  - {id: c, metric: trade, period: "2025", value: "$600 млн", said_by: stat}\n'
    fingerprint = conflict(path)
    calls = 0

    def live(_: Path, text: str) -> dict[str, Finding]:
        nonlocal calls
        calls += 1
        if calls == 1:  # an editor saves the file the way editors do: a new file renamed over the old one
            (tmp_path / "saved.tmp").write_text(saved, encoding="utf-8")
            os.replace(tmp_path / "saved.tmp", path)
        return {f.fingerprint: f for f in verify([path]).findings}

    record_decision(path, fingerprint, "accepted", "Ann", None, live)
    loaded = load_claims_file(path)
    assert [c.id for c in loaded.claims] == ["a", "b", "c"] and [r.finding for r in loaded.reviews] == [fingerprint]
    assert calls == 2
