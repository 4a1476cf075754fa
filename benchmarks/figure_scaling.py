"""Linear time of the figure grammar and the running-text scanner on adversarial input.

For each input (runs of "a ", of "1"+" 000", of "один ", of spaces inside a value, ...) it times the reader on
n and on 2n repetitions and prints the ratio: about 2 is linear, about 4 quadratic. Target: every ratio <= 3.
    python benchmarks/figure_scaling.py [--n 2000]
"""

from __future__ import annotations

import argparse
import contextlib
import time
from collections.abc import Callable

from factcheck.figures import find_figures
from factcheck.quantities import FigureError, numbers_in, parse_value

TARGET_RATIO = 3.0
INPUTS: list[tuple[str, Callable[[int], str], str]] = [
    ('"a " repeated', lambda n: "a " * n, "en"),
    ('"1" + " 000" repeated', lambda n: "1" + " 000" * n, "ru"),
    ('"один " repeated', lambda n: "один " * n, "ru"),
    ('"на " repeated, then 5%', lambda n: "на " * n + "5%", "ru"),
    ('"more than " repeated', lambda n: "more than " * n, "en"),
    ('"between 5 and " repeated', lambda n: "between 5 and " * n, "en"),
    ('"1," repeated', lambda n: "1," * n, "en"),
    ('"x1 " repeated', lambda n: "x1 " * n, "en"),
    ("a value with a run of spaces", lambda n: "5" + " " * (20 * n) + "млн", "ru"),
]


def _seconds(read: Callable[[str, str], object], text: str, language: str) -> float:
    """The best of three runs, each repeated until it takes 20 ms: short runs are mostly noise."""
    best = float("inf")
    for _ in range(3):
        repeats, start = 0, time.perf_counter()
        while True:
            with contextlib.suppress(FigureError):
                read(text, language)
            repeats += 1
            elapsed = time.perf_counter() - start
            if elapsed >= 0.02:
                break
        best = min(best, elapsed / repeats)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    args = parser.parse_args()
    worst = 0.0
    readers: list[tuple[str, Callable[[str, str], object]]] = [
        ("find_figures", find_figures), ("numbers_in", numbers_in), ("parse_value", parse_value)]
    for name, make, language in INPUTS:
        for reader_name, read in readers:
            once, twice = (_seconds(read, make(n), language) for n in (args.n, 2 * args.n))
            worst = max(worst, twice / once)
            print(f"{name:32} {reader_name:13} n: {once * 1000:8.1f} ms  2n: {twice * 1000:8.1f} ms  "
                  f"ratio {twice / once:4.1f}")
    print(f"worst ratio: {worst:.1f} (target <= {TARGET_RATIO})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
