"""Cold start of `factcheck verify` against `yamllint` on the same claims file: median of interleaved runs.

Target (issue: core): factcheck takes at most 1.5x yamllint's wall time. Run:
    python benchmarks/startup.py [--runs 21] [CLAIMS_FILE]
Both commands are taken from the environment running this script, so install factcheck there first
(`pip install .`: an editable install adds an import hook that costs ~15 ms per start).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 1.5


def _command(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        sys.exit(f"{name} is not installed in this environment (pip install -e '.[dev]')")
    return found


def _wall_time(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("claims", nargs="?", default=str(ROOT / "claims" / "baq-aliyev-visit-2025-10-20.yaml"))
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    factcheck = [_command("factcheck"), "verify", args.claims]
    yamllint = [_command("yamllint"), args.claims]
    for argv in (factcheck, yamllint):  # warm the file cache; the first runs are not counted
        _wall_time(argv)
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(args.runs):
        ours.append(_wall_time(factcheck))
        theirs.append(_wall_time(yamllint))
    ratio = statistics.median(ours) / statistics.median(theirs)
    print(f"factcheck verify: median {statistics.median(ours) * 1000:.1f} ms over {args.runs} runs")
    print(f"yamllint:         median {statistics.median(theirs) * 1000:.1f} ms over {args.runs} runs")
    print(f"ratio:            {ratio:.2f} (target <= {TARGET_RATIO})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
