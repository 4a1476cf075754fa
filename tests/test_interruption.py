"""A parallel run stops cleanly: killed, interrupted once or twice, it leaves no worker and no open output behind.

Real processes: `factcheck verify --jobs 2` on a folder of generated claims files, signalled as a terminal or
a CI runner would. Every wait is bounded; the checks need Linux's /proc to list a process's children.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import claims_yaml

pytestmark = pytest.mark.skipif(not Path(f"/proc/{os.getpid()}/stat").is_file(),
                                reason="needs /proc to follow the worker processes")

FACTCHECK = str(Path(sys.executable).with_name("factcheck"))
FILES = 1000  # far more than two workers check before the test signals them, on a loaded machine too


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "claims"
    folder.mkdir()
    claims = "".join(f'- {{id: c{i}, metric: trade, period: "{2000 + i % 20}", value: "${500 + i} млн", '
                     f"said_by: stat}}\n" for i in range(60))
    text = claims_yaml(claims)
    for number in range(FILES):
        (folder / f"article-{number:03}.yaml").write_text(text, encoding="utf-8")
    return folder


# factcheck with the parent-death signal never armed: only the portable watch of the parent is left
WITHOUT_DEATH_SIGNAL = """
import sys
import factcheck.engine
factcheck.engine._die_with_parent = lambda: False
sys.argv = ["factcheck", *sys.argv[1:]]
import factcheck.cli
factcheck.cli.main()
"""


def _start(folder: Path, *, death_signal: bool = True) -> subprocess.Popen[bytes]:
    command = [FACTCHECK] if death_signal else [sys.executable, "-c", WITHOUT_DEATH_SIGNAL]
    # a session of its own, so a signal to its process group is what Ctrl-C on a terminal sends
    return subprocess.Popen([*command, "verify", "--no-cache", "--jobs", "2", str(folder)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _running(pid: int) -> bool:
    """Whether a process still runs (a zombie has ended: only its exit status waits to be collected)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def _workers_of(process: subprocess.Popen[bytes]) -> list[int]:
    """The two workers, once both run (bounded wait)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        workers = [pid for pid in _children(process.pid) if _running(pid)]
        if len(workers) >= 2:
            return workers
        assert process.poll() is None, "the run ended before its workers were seen"
        time.sleep(0.05)
    process.kill()
    pytest.fail("the workers never started")


def _all_gone(pids: list[int], within: float) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if not any(_running(pid) for pid in pids):
            return True
        time.sleep(0.05)
    return False


def _cleanup(process: subprocess.Popen[bytes], workers: list[int]) -> None:
    for pid in [process.pid, *workers]:
        if _running(pid):
            os.kill(pid, signal.SIGKILL)


@pytest.mark.parametrize("death_signal", [True, False], ids=["death-signal", "parent-watch-only"])
def test_killing_the_parent_ends_its_workers_and_its_output(archive: Path, death_signal: bool) -> None:
    process = _start(archive, death_signal=death_signal)
    workers = _workers_of(process)
    try:
        # a reader of the output, as `| tee` is: it must see the end of the output once the parent is gone
        read: list[bytes] = []
        reader = threading.Thread(target=lambda: read.append(process.stdout.read() if process.stdout else b""),
                                  daemon=True)
        reader.start()
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        assert _all_gone(workers, within=5), "workers outlived their parent"
        reader.join(timeout=10)
        assert not reader.is_alive(), "the output never ended: something still holds it open"
    finally:
        _cleanup(process, workers)


@pytest.mark.parametrize("presses", [1, 2], ids=["ctrl-c", "ctrl-c-twice"])
def test_ctrl_c_stops_every_process_with_one_line_and_exit_130(archive: Path, presses: int) -> None:
    process = _start(archive)
    workers = _workers_of(process)
    try:
        for _ in range(presses):
            os.killpg(process.pid, signal.SIGINT)
            time.sleep(0.02)
        _, err = process.communicate(timeout=30)
        assert process.returncode == 130
        assert err.decode() == "factcheck: interrupted\n"  # one line, no traceback, no "Aborted!"
        assert _all_gone(workers, within=5)
    finally:
        _cleanup(process, workers)


def test_sigterm_stops_the_workers_too(archive: Path) -> None:
    process = _start(archive)
    workers = _workers_of(process)
    try:
        process.terminate()
        _, err = process.communicate(timeout=30)
        assert process.returncode == 128 + signal.SIGTERM and b"Traceback" not in err
        assert _all_gone(workers, within=5)
    finally:
        _cleanup(process, workers)


def test_a_worker_killed_outright_ends_the_run_with_one_line_not_a_hang(archive: Path) -> None:
    # what the kernel's out-of-memory killer does to a worker
    process = _start(archive)
    workers = _workers_of(process)
    try:
        os.kill(workers[0], signal.SIGKILL)
        _, err = process.communicate(timeout=60)
        assert process.returncode == 2
        assert err.decode().startswith("factcheck: error: a worker process ended abruptly")
        assert len(err.splitlines()) == 1
        assert _all_gone(workers, within=5)
    finally:
        _cleanup(process, workers)


def test_both_signals_wait_while_the_workers_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a SIGTERM raised inside the callbacks around a fork was dropped and the run went on to its end: while the
    # pool forks its workers both stop signals are held, and delivered once they run
    from concurrent.futures import ProcessPoolExecutor

    from factcheck import engine

    held: list[set[int]] = []

    def recording_map(self: ProcessPoolExecutor, *args: object, **kwargs: object) -> list[object]:
        held.append(set(signal.pthread_sigmask(signal.SIG_BLOCK, [])))
        return []

    monkeypatch.setattr(ProcessPoolExecutor, "map", recording_map)
    list(engine._in_pool([tmp_path / "a.yaml"], engine.Settings(), jobs=2))
    assert held and {signal.SIGINT, signal.SIGTERM} <= held[0]
    assert not {signal.SIGINT, signal.SIGTERM} & set(signal.pthread_sigmask(signal.SIG_BLOCK, []))
