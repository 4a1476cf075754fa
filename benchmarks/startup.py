"""Cold start of `factcheck verify` against `yamllint` on the same claims file: median of interleaved runs.

Target: factcheck takes at most 1.0x yamllint's time, wall and CPU (user + system of the child). Run:
    python benchmarks/startup.py [--runs 21] [--text ARTICLE] [--no-cache] [CLAIMS_FILE]
After the first (uncounted) run, `verify` answers from its result cache, as it does in CI for unchanged files;
`--no-cache` times a run that loads and checks the file every time. The cache is a folder of this run's own, so
another install's runs cannot evict its entry midway.
Both commands are taken from the environment running this script, so install factcheck there first
(`pip install .`: an editable install adds an import hook that costs ~15 ms per start).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 1.0


def _command(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        sys.exit(f"{name} is not installed in this environment (pip install -e '.[dev]')")
    return found


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _times(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of the command."""
    cpu, start = _children_cpu(), time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
    return time.perf_counter() - start, _children_cpu() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("claims", nargs="?", default=str(ROOT / "claims" / "baq-aliyev-visit-2025-10-20.yaml"))
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--text", metavar="ARTICLE", help="verify with the article's text too (`verify --text`), "
                        "which runs the rules that read the article")
    parser.add_argument("--no-cache", action="store_true", help="verify --no-cache: check the file on every run")
    args = parser.parse_args()
    factcheck = [_command("factcheck"), "verify", args.claims, *(["--text", args.text] if args.text else []),
                 *(["--no-cache"] if args.no_cache else [])]
    yamllint = [_command("yamllint"), args.claims]
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "FACTCHECK_CACHE_DIR": cache}
        for argv in (factcheck, yamllint):  # warm the file cache (and factcheck's); the first runs are not counted
            _times(argv, env)
        ours: list[tuple[float, float]] = []
        theirs: list[tuple[float, float]] = []
        for _ in range(args.runs):
            ours.append(_times(factcheck, env))
            theirs.append(_times(yamllint, env))
    for column, label in ((0, "wall"), (1, "CPU")):
        mine = statistics.median(run[column] for run in ours)
        other = statistics.median(run[column] for run in theirs)
        print(f"{label:<4} factcheck verify: median {mine * 1000:.1f} ms, yamllint: median {other * 1000:.1f} ms "
              f"over {args.runs} runs; ratio {mine / other:.2f} (target <= {TARGET_RATIO})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
