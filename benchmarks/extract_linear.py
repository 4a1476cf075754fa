"""`extract` stays linear in the length of the article, on the repetitive texts that once made it quadratic.

Each text is extracted at n and at 4n repetitions; the ratio of the two times is printed (4 is linear, 16
quadratic). Run:
    python benchmarks/extract_linear.py
Target: every ratio under 6.
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from factcheck.article import ArticleText
from factcheck.extract import extract

TEXTS = ("Рост 5%. ", "В 2024 году рост 5%. ", "Рост 5%, ", "Sales rose 5% in May, said John Smith, ",
         "«Экспорт вырос на 5%», — отметил эксперт Иван Петров. ")


def seconds(text: str) -> float:
    """The best of three runs: the machine's other work only ever adds time."""
    article = ArticleText(Path("article.txt"), text)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        extract(article, published=date(2025, 10, 20))
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    seconds("Рост 5%.")  # loads the dictionaries first: start-up is not what is measured
    worst = 0.0
    for unit in TEXTS:
        small, large = seconds(unit * 250), seconds(unit * 1000)
        ratio = large / small
        worst = max(worst, ratio)
        print(f"{unit!r:48} {len(unit) * 250:>6} chars {small:6.3f} s, x4 length {large:6.3f} s: ratio {ratio:4.1f}")
    print(f"worst ratio {worst:.1f} (4 is linear, 16 quadratic; target under 6)")


if __name__ == "__main__":
    main()
