"""Throughput of the running-text figure scanner (`uncurated-figure`, `extract`) on a long article.

Repeats the seed article (or any text file given) to about 200 KB and prints characters per second.
    python benchmarks/scan.py [ARTICLE] [--copies 20]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from factcheck.figures import find_figures

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "000_8acf40fc4fe94850.txt"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=SEED)
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--language", default="ru")
    args = parser.parse_args()
    text = "\n\n".join([args.article.read_text(encoding="utf-8")] * args.copies)
    start = time.perf_counter()
    figures = find_figures(text, args.language)
    seconds = time.perf_counter() - start
    print(f"{len(text):,} characters, {len(figures):,} figures in {seconds:.2f} s: "
          f"{len(text) / seconds / 1000:,.0f} k characters per second")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
