"""Safe under load, faults and hostile input: no review lost, no file clobbered, every bad input one line."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.engine import verify
from factcheck.errors import InputWarning
from factcheck.loader import load_claims_file
from factcheck.textfile import Limits, use_limits
from tests.conftest import HEADER, claims_yaml

runner = CliRunner()


@pytest.fixture(autouse=True)
def default_limits() -> Iterator[None]:
    """Each test starts, and leaves, with the default limits (the command line sets them per run)."""
    use_limits(Limits())
    yield
    use_limits(Limits())


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def conflicts(count: int) -> str:
    """A claims file with `count` value-conflict findings, one per year."""
    lines = [
        f'- {{id: a{year}, metric: trade, period: "{year}", value: "${100 + year % 100} млн", said_by: stat}}\n'
        f'- {{id: b{year}, metric: trade, period: "{year}", value: "${300 + year % 100} млн", said_by: stat}}'
        for year in range(2000, 2000 + count)
    ]
    return claims_yaml("\n".join(lines))


def fingerprints(path: Path) -> list[str]:
    return sorted(f.fingerprint for f in verify([path]).findings if f.rule == "value-conflict")


def factcheck(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "factcheck", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


# ---------------------------------------------------------------------------------------------------------
# 1. No lost or clobbered data


def test_concurrent_reviews_all_land(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(conflicts(10), encoding="utf-8")
    wanted = fingerprints(path)
    assert len(wanted) == 10
    runs = [factcheck("review", str(path), fp, "--status", "accepted", "--by", f"Editor {n}")
            for n, fp in enumerate(wanted)]
    results = [(run.wait(timeout=120), *run.communicate()) for run in runs]
    assert [code for code, _, _ in results] == [0] * 10, [err for _, _, err in results]
    reviews = load_claims_file(path).reviews
    assert sorted(r.finding for r in reviews) == wanted
    assert sorted(r.by for r in reviews) == sorted(f"Editor {n}" for n in range(10))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.yaml"]


def test_a_writer_killed_midway_leaves_the_file_whole(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(conflicts(400), encoding="utf-8")  # large enough that the kill lands while it works
    original = path.read_bytes()
    fingerprint = fingerprints(path)[0]
    for delay in (0.2, 0.5, 0.8, 1.2, 2.0):
        writer = factcheck("review", str(path), fingerprint, "--status", "accepted", "--by", "Killed")
        time.sleep(delay)
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        writer.communicate()
        now = path.read_bytes()
        assert now == original or (now.startswith(original) and b"by: Killed" in now)
        load_claims_file(path)  # still a claims file
        path.write_bytes(original)


def test_output_through_a_symlink_writes_the_real_file(tmp_path: Path) -> None:
    claims = tmp_path / "claims.yaml"
    claims.write_text(conflicts(1), encoding="utf-8")
    real, link = tmp_path / "real.txt", tmp_path / "link.txt"
    real.write_text("old\n", encoding="utf-8")
    link.symlink_to(real)
    assert run("verify", str(claims), "-o", str(link), "--force")[0] == 1
    assert link.is_symlink() and "value-conflict" in real.read_text(encoding="utf-8")


def test_a_symlinked_claims_file_stays_a_symlink_after_review(tmp_path: Path) -> None:
    real, link = tmp_path / "real.yaml", tmp_path / "link.yaml"
    real.write_text(conflicts(1), encoding="utf-8")
    link.symlink_to(real)
    assert run("review", str(link), fingerprints(link)[0], "--status", "accepted", "--by", "Ed")[0] == 0
    assert link.is_symlink() and "by: Ed" in real.read_text(encoding="utf-8")


def test_a_dangling_symlink_is_replaced_only_with_force(tmp_path: Path) -> None:
    claims = tmp_path / "claims.yaml"
    claims.write_text(conflicts(1), encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "missing.txt")
    code, _, err = run("verify", str(claims), "-o", str(link))
    assert code == 2 and "which does not exist; pass --force to create it" in err
    assert link.is_symlink() and not (tmp_path / "missing.txt").exists()
    assert run("verify", str(claims), "-o", str(link), "--force")[0] == 1
    assert link.is_symlink() and "value-conflict" in (tmp_path / "missing.txt").read_text(encoding="utf-8")


def test_a_fifo_is_written_into_never_replaced(tmp_path: Path) -> None:
    claims = tmp_path / "claims.yaml"
    claims.write_text(conflicts(1), encoding="utf-8")
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    code, _, err = run("verify", str(claims), "-o", str(fifo), "--force")  # nothing reads it
    assert code == 2 and err == f"factcheck: error: cannot write {fifo}: it is a pipe that nothing reads\n"
    received: list[bytes] = []
    descriptor = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)

    def drain() -> None:  # until the writer has written and closed (no writer yet also reads as empty)
        chunks: list[bytes] = []
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                chunk = os.read(descriptor, 65536)
            except BlockingIOError:
                chunk = None
            if chunk:
                chunks.append(chunk)
            elif chunk == b"" and chunks:
                break
            else:
                time.sleep(0.01)
        os.close(descriptor)
        received.append(b"".join(chunks))

    reader = threading.Thread(target=drain)
    reader.start()
    code, _, err = run("verify", str(claims), "-o", str(fifo))  # no --force: nothing is overwritten
    assert (code, err) == (1, "")
    reader.join(timeout=10)
    assert b"value-conflict" in received[0]
    assert fifo.is_fifo()


def test_a_character_device_is_written_into(tmp_path: Path) -> None:
    claims = tmp_path / "claims.yaml"
    claims.write_text(conflicts(1), encoding="utf-8")
    assert run("verify", str(claims), "-o", "/dev/null")[0] == 1
    assert Path("/dev/null").is_char_device()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_a_full_device_is_a_one_line_error_and_stays_a_device(tmp_path: Path) -> None:
    claims = tmp_path / "claims.yaml"
    claims.write_text(conflicts(1), encoding="utf-8")
    code, _, err = run("verify", str(claims), "-o", "/dev/full", "--force")
    assert code == 2
    assert err == ("factcheck: error: /dev/full: cannot write (No space left on device); check the file, its "
                   "folder and the free space\n")
    assert Path("/dev/full").is_char_device()


def test_new_files_get_the_umask_mode_and_replaced_files_keep_theirs(tmp_path: Path) -> None:
    claims = tmp_path / "claims.yaml"
    claims.write_text(conflicts(1), encoding="utf-8")
    old = os.umask(0o022)
    try:
        assert run("verify", str(claims), "-o", str(tmp_path / "a.txt"))[0] == 1
        os.umask(0o077)
        assert run("verify", str(claims), "-o", str(tmp_path / "b.txt"))[0] == 1
    finally:
        os.umask(old)
    assert (tmp_path / "a.txt").stat().st_mode & 0o777 == 0o644
    assert (tmp_path / "b.txt").stat().st_mode & 0o777 == 0o600
    (tmp_path / "a.txt").chmod(0o640)
    assert run("verify", str(claims), "-o", str(tmp_path / "a.txt"), "--force")[0] == 1
    assert (tmp_path / "a.txt").stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize("failure", [errno.EACCES, errno.ENOSPC, errno.EROFS])
@pytest.mark.parametrize("step", ["open", "write", "replace"])
def test_operating_system_errors_are_one_line_and_leave_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: int, step: str
) -> None:
    claims = tmp_path / "claims.yaml"
    claims.write_text(conflicts(1), encoding="utf-8")
    target = tmp_path / "out.txt"
    real = {"open": os.open, "write": os.fsync, "replace": os.replace}[step]

    def fail(*args: object, **kwargs: object) -> object:
        if step == "open" and "out.txt" not in str(args[0]):
            return real(*args, **kwargs)  # type: ignore[operator]
        raise OSError(failure, os.strerror(failure))

    monkeypatch.setattr(os, {"open": "open", "write": "fsync", "replace": "replace"}[step], fail)
    code, _, err = run("verify", str(claims), "-o", str(target))
    assert code == 2
    assert err == f"factcheck: error: {target}: cannot write ({os.strerror(failure)}); check the file, its folder " \
                  "and the free space\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.yaml"]


def test_a_review_on_a_read_only_folder_is_a_one_line_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(conflicts(1), encoding="utf-8")
    before = path.read_bytes()
    fingerprint = fingerprints(path)[0]
    real_open = os.open

    def read_only(file: object, flags: int, *args: object, **kwargs: object) -> int:
        if flags & os.O_CREAT:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))
        return real_open(file, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", read_only)
    code, _, err = run("review", str(path), fingerprint, "--status", "accepted", "--by", "Ed")
    assert (code, err) == (2, f"factcheck: error: {path}: cannot write (Read-only file system); check the file, "
                              "its folder and the free space\n")
    assert path.read_bytes() == before


def test_review_refuses_a_claims_file_that_is_not_a_regular_file(tmp_path: Path) -> None:
    fifo = tmp_path / "claims.yaml"
    os.mkfifo(fifo)
    code, _, err = run("review", str(fifo), "0123456789ab", "--status", "accepted", "--by", "Ed")
    assert (code, err) == (2, f"factcheck: error: {fifo}: is not a regular file; a review is written into a "
                              "claims file\n")
    assert fifo.is_fifo()


# ---------------------------------------------------------------------------------------------------------
# 2. Every input bounded


@pytest.mark.parametrize("command", [
    ["verify", "/dev/zero"], ["verify", "CLAIMS", "--text", "/dev/zero"], ["extract", "/dev/zero"],
])
def test_devices_are_refused_not_read_forever(tmp_path: Path, command: list[str]) -> None:
    claims = tmp_path / "claims.yaml"
    claims.write_text(conflicts(1), encoding="utf-8")
    what = "claims file" if command == ["verify", "/dev/zero"] else "article text"
    code, _, err = run(*[str(claims) if part == "CLAIMS" else part for part in command])
    assert (code, err) == (2, f"factcheck: error: /dev/zero: is a device or socket, not a regular file; give the "
                              f"{what} as a file\n")


def test_a_fifo_without_a_writer_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "claims.yaml"
    os.mkfifo(fifo)
    checker = factcheck("verify", str(fifo))
    assert checker.wait(timeout=60) == 2
    assert checker.communicate()[1] == f"{fifo}:1:1: error: file is empty; a claims file starts with 'factcheck: 1'\n"


def test_a_pipe_is_read_up_to_the_cap(tmp_path: Path) -> None:
    (tmp_path / ".factcheck.toml").write_text("[limits]\nclaims-file-bytes = 1000\n", encoding="utf-8")
    endless = "factcheck: 1\n" + "# comment\n" * 10_000_000
    checker = subprocess.Popen([sys.executable, "-m", "factcheck", "verify", "/dev/stdin"], cwd=tmp_path,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with pytest.raises(BrokenPipeError):  # factcheck stops reading after the cap and exits
        assert checker.stdin is not None
        checker.stdin.write(endless)
        checker.stdin.flush()
    assert checker.wait(timeout=60) == 2
    assert checker.stderr is not None
    assert checker.stderr.read() == ("/dev/stdin:1:1: error: claims file is larger than 1,000 bytes; raise "
                                     "'claims-file-bytes' under [limits] in the configuration if it really is "
                                     "this long\n")


def test_the_caps_come_from_the_configuration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    claims = tmp_path / "claims.yaml"
    claims.write_text(conflicts(1), encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text("Товарооборот $100 млн. " * 100, encoding="utf-8")
    (tmp_path / ".factcheck.toml").write_text("[limits]\narticle-bytes = 2048\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, _, err = run("verify", "claims.yaml", "--text", "article.txt")
    assert (code, err) == (2, "article.txt:1:1: error: article text is larger than 2,048 bytes; raise "
                              "'article-bytes' under [limits] in the configuration if it really is this long\n")
    (tmp_path / ".factcheck.toml").write_text("[limits]\narticle-bytes = 1048576\n", encoding="utf-8")
    assert run("verify", "claims.yaml", "--text", "article.txt")[0] == 1
    assert "[limits]\nclaims-file-bytes = 67108864\narticle-bytes = 1048576" in run("config")[1]


@pytest.mark.parametrize(("setting", "message"), [
    ("article-bytes = 0", "'limits.article-bytes': must be a whole number of bytes, 1 or more"),
    ('article-bytes = "1 MB"', "'limits.article-bytes': must be a whole number of bytes, 1 or more"),
    ("article-size = 10", "'limits.article-size': unknown limit; did you mean 'article-bytes'?"),
])
def test_bad_limits_are_reported_with_their_line(tmp_path: Path, setting: str, message: str) -> None:
    config = tmp_path / ".factcheck.toml"
    config.write_text(f"fail-on = \"error\"\n[limits]\n{setting}\n", encoding="utf-8")
    code, _, err = run("config", "--config", str(config))
    assert code == 2 and err.startswith(f"{config}:3:1: error: {message}")


def test_the_default_cap_loads_a_hundred_thousand_claims_worth_of_text(tmp_path: Path) -> None:
    # a 100,000-claim file is about 50 MB; the default cap and the alias budget must both let it through
    assert Limits().claims_file_bytes >= 60 * 1024 * 1024
    from factcheck.loader import parse_yaml

    many = HEADER + "claims:\n" + "".join(
        f'  - {{id: c{n}, metric: trade, period: "2024", value: "$5 млн", said_by: stat}}\n' for n in range(14_000)
    )
    assert len(parse_yaml(tmp_path / "many.yaml", many)["claims"]) == 14_000


# ---------------------------------------------------------------------------------------------------------
# 3. No exit 3 from input


@pytest.mark.parametrize(("period", "since", "message"), [
    ("0001", "P1Y", "0001 minus P1Y falls before the year 1; check the period and the duration"),
    ("2025", "P800000D", "2025 minus P800000D falls before the year 1; check the period and the duration"),
    ("2025", "P99999999999Y", "duration 'P99999999999Y' is too long; write at most 6 digits per part, e.g. P5Y"),
])
def test_periods_beyond_the_calendar_are_input_errors(write: object, tmp_path: Path, period: str, since: str,
                                                      message: str) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(claims_yaml(f'- {{id: g, metric: trade, period: "{period}", change: "+5%", since: {since}, '
                                "said_by: stat}"), encoding="utf-8")
    code, _, err = run("verify", str(path))
    assert (code, err) == (2, f"{path}:14:66: error: {message}\n")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-16"])
def test_utf16_is_one_line(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "claims.yaml"
    path.write_bytes(conflicts(1).encode(encoding))
    assert run("verify", str(path))[1:] == ("", f"{path}:1:1: error: claims file is UTF-16, not UTF-8; save it as "
                                                "UTF-8\n")


def test_article_encoding_errors_point_at_the_byte(tmp_path: Path) -> None:
    claims = tmp_path / "claims.yaml"
    claims.write_text(conflicts(1), encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_bytes("Первая строка.\r\nРост на 5%, \xe9 ...\n".encode().replace(b"\xc3\xa9", b"\xe9"))
    code, _, err = run("verify", str(claims), "--text", str(article))
    assert (code, err) == (2, f"{article}:2:13: error: article text is not valid UTF-8 (byte 0xe9); save it as "
                              "UTF-8\n")


def test_two_reviews_of_one_finding_warn_and_the_first_applies(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(conflicts(1), encoding="utf-8")
    (fingerprint,) = fingerprints(path)
    with path.open("a", encoding="utf-8") as stream:
        stream.write(f"reviews:\n  - {{finding: {fingerprint}, status: accepted, by: First, date: 2025-01-01}}\n"
                     f"  - {{finding: {fingerprint}, status: false-positive, by: Second, date: 2025-01-02}}\n")
    code, out, err = run("verify", str(path))
    assert code == 0 and "1 reviewed" in out
    assert err == (f"{path}:18:5: warning: a second review of {fingerprint} (first at line 17); the first "
                   "applies: delete one\n")
    with pytest.warns(InputWarning, match="a second review"):
        (finding,) = [f for f in verify([path]).findings if f.rule == "value-conflict"]
    assert finding.review is not None and finding.review.by == "First"


# ---------------------------------------------------------------------------------------------------------
# 4. Linear text processing: what the linear forms still hide (their speed is benchmarks/adversarial.py's)


@pytest.mark.parametrize(("markdown", "seen"), [
    ("See [the report](https://example.org/a_(b)) now", "See the report now"),
    ("An ![image](pic.png) and <b>bold</b>", "An image and bold"),
    ("A [reference][1] link", "A reference link"),
    ("Runs [[[ and <<< stay", "Runs [[[ and <<< stay"),
    ("Runs ](]( stay", "Runs ](]( stay"),
    ("Half [open and <open", "Half [open and <open"),
])
def test_markdown_hiding_keeps_its_meaning(markdown: str, seen: str) -> None:
    from factcheck.article import visible_text

    assert visible_text(markdown, markdown=True)[0] == seen


def test_find_quote_across_runs_of_spaces_and_ellipses(tmp_path: Path) -> None:
    from factcheck.article import ArticleText

    article = ArticleText(tmp_path / "a.txt", "Рост" + " " * 5000 + "составил 5% в 2024 году.")
    assert article.find_quote("Рост   составил ... в 2024 году") == (0, 5000 + 4 + 23)
    assert article.find_quote("Рост" + " " * 5000 + "на 6%") is None


def test_a_fifo_in_a_claims_folder_does_not_hang_the_search(tmp_path: Path) -> None:
    (tmp_path / "claims.yaml").write_text(conflicts(1), encoding="utf-8")
    os.mkfifo(tmp_path / "stuck.yaml")
    checker = factcheck("verify", str(tmp_path))
    assert checker.wait(timeout=60) == 2
    assert f"{tmp_path / 'stuck.yaml'}:1:1: error: file is empty" in checker.communicate()[1]


def test_a_terminated_writer_leaves_the_file_whole_and_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(conflicts(400), encoding="utf-8")
    original = path.read_bytes()
    fingerprint = fingerprints(path)[0]
    for delay in (0.3, 0.8, 1.5):
        writer = factcheck("review", str(path), fingerprint, "--status", "accepted", "--by", "Stopped")
        time.sleep(delay)
        writer.send_signal(signal.SIGTERM)
        writer.communicate(timeout=60)
        now = path.read_bytes()
        assert now == original or (now.startswith(original) and b"by: Stopped" in now)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.yaml"]
        path.write_bytes(original)
