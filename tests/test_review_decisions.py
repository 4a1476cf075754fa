"""`factcheck review` by prefix, with a default editor, moving and removing reviews; `factcheck baseline`.

Every write goes through the one locked writer, which writes only over the very text it read: an edit made by
another program while a review is being decided survives.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

import factcheck.engine
from factcheck.cli import app
from factcheck.engine import verify
from factcheck.findings import Finding
from factcheck.loader import load_claims_file
from tests.conftest import HEADER
from tests.test_review import CLAIMS, added_lines, conflict_fingerprint

runner = CliRunner()
TWO_CONFLICTS = CLAIMS + """\
  - {id: c, metric: cargo, period: "2023", value: "5 млн т", said_by: stat}
  - {id: d, metric: cargo, period: "2024", value: "5 млн т", said_by: stat}
"""


def invoke(*args: str, editor: str | None = "Desk Editor") -> tuple[int, str, str]:
    env = {"FACTCHECK_EDITOR": editor} if editor is not None else {}
    result = runner.invoke(app, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


def claims(tmp_path: Path, text: str = HEADER + CLAIMS) -> Path:
    path = tmp_path / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def open_findings(path: Path) -> list[Finding]:
    return [f for f in verify([path]).findings if f.review is None]


# --- a review loses no edit ---------------------------------------------------------------------------------


def test_a_claim_appended_while_the_review_is_decided_survives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                ) -> None:
    path = claims(tmp_path)
    fingerprint = conflict_fingerprint(path)
    original = factcheck.engine.check_claims_file
    appended = '  - {id: e, metric: cargo, period: "2022", value: "7 млн т", said_by: stat}\n'
    calls: list[int] = []

    def check_while_an_editor_saves(*args: object, **kwargs: object) -> object:
        if not calls:  # between the review's read and its write, another program saves the file
            with open(path, "a", encoding="utf-8") as handle:
                handle.write(appended)
        calls.append(1)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(factcheck.engine, "check_claims_file", check_while_an_editor_saves)
    code, _, err = invoke("review", str(path), fingerprint, "--status", "accepted", "--note", "checked")
    assert (code, err) == (0, ""), err
    assert len(calls) == 2  # decided again on the saved text
    loaded = load_claims_file(path)
    assert [c.id for c in loaded.claims] == ["a", "b", "e"]
    assert [r.finding for r in loaded.reviews] == [fingerprint]
    assert path.read_text(encoding="utf-8").startswith(HEADER + CLAIMS + appended)


def test_a_file_that_never_stops_changing_is_an_error_not_a_lost_edit(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = claims(tmp_path)
    fingerprint = conflict_fingerprint(path)
    original = factcheck.engine.check_claims_file
    saves: list[str] = []

    def always_saving(*args: object, **kwargs: object) -> object:
        saves.append(f"# save {len(saves)}\n")
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(saves[-1])
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(factcheck.engine, "check_claims_file", always_saving)
    code, _, err = invoke("review", str(path), fingerprint, "--status", "accepted")
    assert code == 2
    assert err == (f"factcheck: error: {path}: changed 5 times while a review was being written; try again once it "
                   "is saved\n")
    assert path.read_text(encoding="utf-8") == HEADER + CLAIMS + "".join(saves)


# --- prefixes and who decided ------------------------------------------------------------------------------


def test_a_unique_prefix_of_six_digits_names_the_finding(tmp_path: Path) -> None:
    path = claims(tmp_path)
    fingerprint = conflict_fingerprint(path)
    code, out, err = invoke("review", str(path), fingerprint[:6].upper(), "--status", "false-positive")
    assert (code, err) == (0, "")
    assert out.startswith(f"{path}: recorded false-positive by Desk Editor for {fingerprint} (period-conflict")
    (recorded,) = load_claims_file(path).reviews
    assert (recorded.finding, recorded.status, recorded.by) == (fingerprint, "false-positive", "Desk Editor")


def test_a_short_prefix_is_refused_naming_the_candidates(tmp_path: Path) -> None:
    path = claims(tmp_path)
    before = path.read_bytes()
    fingerprint = conflict_fingerprint(path)
    code, _, err = invoke("review", str(path), fingerprint[:5], "--status", "accepted")
    assert code == 2
    assert err == (f"factcheck: error: '{fingerprint[:5]}' is too short: give at least 6 hex digits of the "
                   f"fingerprint ({fingerprint})\n")
    assert path.read_bytes() == before


def test_an_ambiguous_prefix_is_one_line_naming_the_candidates(tmp_path: Path) -> None:
    from factcheck.errors import UsageError
    from factcheck.review_writer import match_fingerprint

    known = {"828741aa0000": "value-conflict", "828741bb1111": "period-conflict", "123456abcdef": "unsourced"}
    with pytest.raises(UsageError) as raised:
        match_fingerprint("828741", known, "findings", Path("x.yaml"))
    assert str(raised.value) == ("'828741' names 2 fingerprints in x.yaml: 828741aa0000 (value-conflict), "
                                 "828741bb1111 (period-conflict); give more digits")
    assert match_fingerprint("828741b", known, "findings", Path("x.yaml")) == "828741bb1111"
    with pytest.raises(UsageError, match=r"^no finding has fingerprint 'fff000' in x.yaml; current findings: "
                                         r"123456abcdef \(unsourced\), 828741aa0000"):
        match_fingerprint("fff000", known, "findings", Path("x.yaml"))


def test_by_defaults_to_the_editor_variable_then_git_then_the_login(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.review_writer import editor_name

    monkeypatch.setenv("FACTCHECK_EDITOR", "Env Editor")
    assert editor_name() == "Env Editor"
    monkeypatch.delenv("FACTCHECK_EDITOR")
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.delenv("GIT_CONFIG_GLOBAL", raising=False)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LOGNAME", "login-name")
    monkeypatch.setenv("USER", "login-name")
    assert editor_name() == "login-name"
    subprocess.run(["git", "config", "--global", "user.name", "Git Editor"], check=True)
    assert editor_name() == "Git Editor"


# --- moving and removing ------------------------------------------------------------------------------------


def _stale_setup(tmp_path: Path) -> tuple[Path, str, str]:
    """A reviewed conflict whose figure then changed: the review is stale, the new conflict is open."""
    path = claims(tmp_path)
    old = conflict_fingerprint(path)
    assert invoke("review", str(path), old, "--status", "accepted", "--note", "both years")[0] == 0
    path.write_text(path.read_text(encoding="utf-8").replace('"$533 млн"', '"$534 млн"'), encoding="utf-8")
    return path, old, conflict_fingerprint(path)


def test_stale_review_prints_the_exact_move_command_and_it_works(tmp_path: Path) -> None:
    path, old, new = _stale_setup(tmp_path)
    (stale,) = [f for f in verify([path]).findings if f.rule == "stale-review"]
    (conflict,) = [f for f in verify([path]).findings if f.rule == "period-conflict"]
    command = f"factcheck review {path} --move {old} {new}"
    assert stale.message.endswith(f"matches no finding; if it was meant for {new} (line {conflict.location.line}), "
                                  f"run {command}.")
    before = path.read_bytes()
    code, out, err = invoke(*command.split()[1:])
    assert (code, err) == (0, ""), err
    assert out == f"{path}: moved the review of {old} to {new} (period-conflict: " + \
        next(f.message for f in verify([path]).findings if f.rule == "period-conflict") + ")\n"
    after = path.read_bytes()
    assert after == before.replace(old.encode(), new.encode())
    assert [f.rule for f in verify([path]).findings if f.review is None] == []


def test_no_move_command_when_two_findings_could_be_meant(tmp_path: Path) -> None:
    path = claims(tmp_path, HEADER + TWO_CONFLICTS)
    assert len(open_findings(path)) == 2
    path.write_text(path.read_text(encoding="utf-8") + "reviews:\n  - {finding: 0123456789ab, rule: "
                    "period-conflict, status: accepted, by: Ed, date: 2025-10-01}\n", encoding="utf-8")
    (stale,) = [f for f in verify([path]).findings if f.rule == "stale-review"]
    assert stale.message.endswith("matches no finding.") and "--move" not in stale.message
    assert f"factcheck review {path} --move 0123456789ab NEW" in stale.help


def test_remove_takes_out_exactly_the_review_lines(tmp_path: Path) -> None:
    path, old, _ = _stale_setup(tmp_path)
    text_with_review = path.read_bytes()
    path.write_text(path.read_text(encoding="utf-8").replace("reviews:\n", "reviews:   # the desk's\n")
                    + "# end\n", encoding="utf-8")
    before = path.read_bytes()
    code, out, err = invoke("review", str(path), "--remove", old[:8])
    assert (code, err, out) == (0, "", f"{path}: removed the review of {old}\n")
    after = path.read_bytes()
    removed = [line for line in before.splitlines(keepends=True) if line not in after.splitlines(keepends=True)]
    assert added_lines(after, before) == removed
    assert b"".join(removed).decode().startswith(f"  - finding: {old}\n")
    assert len(removed) == 6 and text_with_review.endswith(b"".join(removed))
    assert not load_claims_file(path).reviews
    assert [f.rule for f in verify([path]).findings] == ["period-conflict"]


@pytest.mark.parametrize("position", [0, 1, 2])
def test_remove_in_a_flow_list_takes_out_one_item_and_its_comma(tmp_path: Path, position: int) -> None:
    entries = [f"{{finding: {n}23456789ab, status: accepted, by: Ed, date: 2025-10-01}}" for n in range(3)]
    path = claims(tmp_path, HEADER + CLAIMS + "reviews: [" + ", ".join(entries) + "]  # kept\n")
    code, _, err = invoke("review", str(path), "--remove", f"{position}23456789ab")
    assert (code, err) == (0, "")
    kept = [e for n, e in enumerate(entries) if n != position]
    assert path.read_text(encoding="utf-8") == HEADER + CLAIMS + "reviews: [" + ", ".join(kept) + "]  # kept\n"


def test_remove_of_an_unknown_review_lists_the_reviews(tmp_path: Path) -> None:
    path, old, _ = _stale_setup(tmp_path)
    code, _, err = invoke("review", str(path), "--remove", "abcdef")
    assert code == 2
    assert err == (f"factcheck: error: no review has fingerprint 'abcdef' in {path}; current reviews: {old} "
                   "(period-conflict)\n")


def test_explain_stale_review_no_longer_sends_editors_to_the_yaml() -> None:
    code, out, _ = invoke("explain", "stale-review")
    silence = out[out.index("How to silence:"):]
    assert code == 0 and "--move OLD NEW" in silence and "--remove OLD" in silence and "YAML" not in silence
    assert "edit" not in silence and "by hand" not in silence


# --- baseline -----------------------------------------------------------------------------------------------


def test_baseline_accepts_every_current_finding_then_only_the_new(tmp_path: Path) -> None:
    path = claims(tmp_path, HEADER + TWO_CONFLICTS)
    (tmp_path / "other.yaml").write_text(HEADER + CLAIMS, encoding="utf-8")
    before = path.read_bytes()
    findings = sorted(f.fingerprint for f in verify([path]).findings)
    code, out, err = invoke("baseline", str(path))
    assert (code, err) == (0, "")
    assert out == f"{path}: 2 reviews written\nbaseline: 2 reviews written in 1 file\n"
    assert (tmp_path / "other.yaml").read_text(encoding="utf-8") == HEADER + CLAIMS
    added = b"".join(added_lines(before, path.read_bytes())).decode()
    assert path.read_bytes().startswith(before)
    reviews = load_claims_file(path).reviews
    assert sorted(r.finding for r in reviews) == findings
    assert {(r.status, r.by, r.note) for r in reviews} == {("accepted", "baseline", f"baseline of {reviews[0].date}")}
    assert added.count("- finding:") == 2 and open_findings(path) == []
    # a new conflict appears: the baseline adds its review alone
    path.write_text(path.read_text(encoding="utf-8").replace("reviews:", (
        '  - {id: g, metric: cargo, period: "2021", value: "9 млн т", said_by: stat}\n'
        '  - {id: h, metric: cargo, period: "2022", value: "9 млн т", said_by: stat}\nreviews:')), encoding="utf-8")
    (fresh,) = [f.fingerprint for f in open_findings(path)]
    code, out, _ = invoke("baseline", str(tmp_path))
    assert out == f"{path}: 1 review written\n{tmp_path / 'other.yaml'}: 1 review written\n" \
                  "baseline: 2 reviews written in 2 files\n"
    assert open_findings(path) == [] and load_claims_file(path).reviews[-1].finding == fresh
    code, out, _ = invoke("baseline", str(tmp_path))
    assert out == "baseline: 0 reviews written in 2 files\n"


def test_a_baseline_review_goes_stale_like_any_other(tmp_path: Path) -> None:
    path = claims(tmp_path)
    assert invoke("baseline", str(path))[0] == 0
    path.write_text(path.read_text(encoding="utf-8").replace('"$533 млн"', '"$534 млн"'), encoding="utf-8")
    rules = sorted(f.rule for f in verify([path]).findings if f.review is None)
    assert rules == ["period-conflict", "stale-review"]


def test_baseline_goes_on_past_a_broken_file_and_reports_it(tmp_path: Path) -> None:
    good = claims(tmp_path)
    broken = tmp_path / "broken.yaml"
    broken.write_text("factcheck: 1\nclaims: [\n", encoding="utf-8")
    code, out, err = invoke("baseline", str(tmp_path))
    assert code == 2
    assert out == f"{good}: 1 review written\nbaseline: 1 review written in 1 file\n"
    assert err.startswith(f"{broken}:") and len(err.splitlines()) == 1
    assert broken.read_text(encoding="utf-8") == "factcheck: 1\nclaims: [\n"


def test_baseline_without_claims_files_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = invoke("baseline", str(tmp_path))
    assert code == 2 and err == f"factcheck: error: no claims files (*.yaml, *.yml) under {tmp_path}\n"
