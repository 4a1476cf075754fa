"""Growth of text processing on adversarial inputs: each family timed at 1, 4 and 16 KB, with its exponent.

The exponent is the slope of log(time) against log(size): 1 is linear, 2 quadratic. The goal is at most 1.2
for every family. Each time is divided by that of a plain linear pass over the same text, measured just before
it (so a machine busy with other work does not bend the slope), and the exponent is 1 plus the slope of that
ratio. Times are the best of a few batches of runs; a family whose time passes the budget stops growing
(its exponent is then taken from the sizes measured).
    python benchmarks/adversarial.py [--sizes 1,4,16] [--budget 20] [--family NAME]
"""

from __future__ import annotations

import argparse
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from factcheck.article import ArticleText, visible_text
from factcheck.figures import find_figures
from factcheck.quantities import FigureError, numbers_in, parse_value

GOAL = 1.2


@dataclass(frozen=True)
class Family:
    """One adversarial input, grown by repeating `unit`, and the function it is fed to."""

    name: str
    unit: str
    run: Callable[[str], object]
    prefix: str = ""
    suffix: str = ""

    def text(self, size: int) -> str:
        return self.prefix + self.unit * max(1, (size - len(self.prefix) - len(self.suffix)) // len(self.unit)) \
            + self.suffix


def _parse_value(text: str) -> object:
    try:
        return parse_value(text, "ru")
    except FigureError:
        return None


def _find_quote(spaces: str) -> object:
    article = ArticleText(Path("article.txt"), "Рост" + spaces + "на 5%.")
    return article.find_quote("Рост" + spaces + "на 6%")


def _extract(text: str) -> object:
    from factcheck.extract import extract

    return extract(ArticleText(Path("article.txt"), text), language="ru", published=date(2025, 1, 1))


def _extract_en(text: str) -> object:
    from factcheck.extract import extract

    return extract(ArticleText(Path("article.txt"), text), language="en", published=date(2025, 1, 1))


FAMILIES = (
    Family("find_figures: 'a ' repeated", "a ", lambda text: find_figures(text, "en")),
    Family("find_figures: 'a dollar ' repeated", "a dollar ", lambda text: find_figures(text, "en")),
    Family("find_figures: 'fell by a third ' repeated", "fell by a third ", lambda text: find_figures(text, "en")),
    Family("find_figures: '$1-' repeated", "$1-", lambda text: find_figures(text, "en")),
    Family("find_figures: 'between $5 and ' repeated", "between $5 and ", lambda text: find_figures(text, "en")),
    Family("find_figures: 'half a ' repeated", "half a ", lambda text: find_figures(text, "en")),
    Family("find_figures: '1' + ' 000' repeated", " 000", lambda text: find_figures(text, "ru"), prefix="1"),
    Family("find_figures: 'один ' repeated", "один ", lambda text: find_figures(text, "ru")),
    Family("Markdown hiding: '[' repeated", "[", lambda text: visible_text(text, markdown=True)),
    Family("Markdown hiding: '<' repeated", "<", lambda text: visible_text(text, markdown=True)),
    Family("Markdown hiding: '](' repeated", "](", lambda text: visible_text(text, markdown=True)),
    Family("line wrapping: a paragraph of wrapped lines", "exports rose 5% in March to 1.2 million tonnes as\n",
           lambda text: visible_text(text, markdown=False), prefix="Title\n\n"),
    Family("line wrapping: wrapped lines of dashes", "— exports rose 5% in March to 1.2 million tonnes as\n",
           lambda text: visible_text(text, markdown=True), prefix="Title\n\n"),
    Family("visible text: a run of spaces", " ", lambda text: visible_text(text, markdown=False), prefix="a",
           suffix="b"),
    Family("visible text: indented lines", "  a\n", lambda text: visible_text(text, markdown=True)),
    Family("visible text: no-break spaces", "\u00a0a", lambda text: visible_text(text, markdown=False)),
    Family("visible text: soft hyphens", "a\u00ad\u200b", lambda text: visible_text(text, markdown=False)),
    Family("visible text: HTML entities in Markdown", "&nbsp;&", lambda text: visible_text(text, markdown=True)),
    Family("visible text: ' --' repeated", " --", lambda text: visible_text(text, markdown=False)),
    Family("extract: a paragraph of wrapped lines", "exports rose 5% in March to 1.2 million tonnes as\n", _extract,
           prefix="Title\n\n"),
    Family("find_quote: a run of spaces", " ", _find_quote),
    Family("numbers_in: a run of spaces", " ", lambda text: numbers_in(text, "ru"), prefix="1", suffix="2"),
    Family("value: a run of spaces", " ", _parse_value, prefix="5", suffix="млн"),
    Family("find_figures: 'на ' repeated, then 5%", "на ", lambda text: find_figures(text, "ru"), suffix="5%"),
    Family("find_figures: 'more than ' repeated", "more than ", lambda text: find_figures(text, "en")),
    Family("find_figures: 'between 5 and ' repeated", "between 5 and ", lambda text: find_figures(text, "en")),
    Family("find_figures: '1,' repeated", "1,", lambda text: find_figures(text, "en")),
    Family("find_figures: 'x1 ' repeated", "x1 ", lambda text: find_figures(text, "en")),
    # format 1.2 spellings, in running text
    Family("find_figures: '11 тыс. 841 ' repeated", "11 тыс. 841 ", lambda text: find_figures(text, "ru")),
    Family("find_figures: '5-процентное падение ' repeated", "5-процентное падение ",
           lambda text: find_figures(text, "ru")),
    Family("find_figures: 'a drop of 5,000 ' repeated", "a drop of 5,000 ", lambda text: find_figures(text, "en")),
    Family("find_figures: '102,3% к ' repeated", "102,3% к ", lambda text: find_figures(text, "ru")),
    Family("find_figures: 'passed the 12-million mark or more ' repeated", "passed the 12-million mark or more ",
           lambda text: find_figures(text, "en")),
    Family("find_figures: 'около миллиарда ' repeated", "около миллиарда ", lambda text: find_figures(text, "ru")),
    Family("find_figures: '1,2 раза кВт-ч ' repeated", "1,2 раза кВт-ч ", lambda text: find_figures(text, "ru")),
    Family("extract: 'Рост 5%. ' repeated in one paragraph", "Рост 5%. ", _extract),
    Family("extract: 'В 2024 году рост 5%. ' repeated", "В 2024 году рост 5%. ", _extract),
    Family("extract: a speaker after every figure", "Sales rose 5% in May, said John Smith, ", _extract),
    Family("extract: a quotation closed by its speaker",
           "«Экспорт вырос на 5%», — отметил эксперт Иван Петров. ", _extract),
    Family("extract: bracketed changes after names in one sentence", "Asia and the Pacific (+8%) and ", _extract,
           prefix="In 2024 receipts rose. ", suffix="Europe (+4%) led receipts."),
    Family("extract: a place and a measure in every clause", "In the Americas (20% share), receipts were $5 bn and ",
           _extract),
    Family("extract: one long list of gapped changes with levels in brackets",
           "экспорт снизился на 5% (3 000 шт.), импорта - на 3% (1 000 шт.), ", _extract),
    Family("extract: 'Это на 1% (10 тыс. т) выше показателей июля.' after every level",
           "Выпуск составил 2 млн т. Это на 1% (10 тыс. т) выше показателей июля. ", _extract),
    # the patterns of rounds 17 and 18, each in one run-on sentence (no full stop) and in a paragraph of sentences
    Family("extract: a list of figures joined by commas and 'и' before its month", "на 1,5%, 2% и 3% в мае, ",
           _extract, prefix="Выпуск вырос "),
    Family("extract: a list of figures joined by commas and 'and' before its month", "1.5%, 2% and 3% in May, ",
           _extract_en, prefix="Sales rose "),
    Family("extract: a period in the possessive before every figure", "above 2023's adjusted 212,000 and May's 5% and ",
           _extract_en, prefix="Payrolls rose 256,000, "),
    Family("extract: a list closed by 'соответственно' in every clause",
           "в январе и феврале выпуск вырос на 1,5 и 2% соответственно, ", _extract),
    Family("extract: 'соответственно' repeated", "соответственно ", _extract, prefix="В январе и мае рост 1 и 2% "),
    Family("extract: a month before every figure in one sentence", "в мае 5%, в июне 6%, ", _extract,
           prefix="Выпуск вырос "),
    Family("extract: an earlier rate dated back by a phrase after every change",
           "цены выросли на 0,12% после 0,18% неделей ранее, ", _extract),
    Family("extract: a clause of an adjective alone after every amount",
           "налоговые доходы составили 5 млрд рублей, неналоговые — 2 млрд рублей, ", _extract),
    Family("extract: a count of people and its event verb in every clause", "в ДТП погибли 140 человек, ",
           _extract),
    Family("extract: 'people died of' in every clause", "140 people died in road accidents, ", _extract_en),
    Family("extract: a number of forecasters and their verb of expecting",
           "above the 155,000 economists had expected, ",
           _extract_en, prefix="Payrolls rose 256,000, "),
    Family("extract: a run of dashes after a figure", " —", _extract, prefix="Рост 5%", suffix="."),
    Family("extract: nested brackets around figures", "(рост 5% ", _extract, suffix="."),
    Family("extract: 'from ... to' in every clause", "from $1.2 billion in 2023 to $1.5 billion in 2024, ",
           _extract_en, prefix="Revenue rose "),
)


def best_time(function: Callable[[str], object], text: str, budget: float) -> float:
    """Seconds per run: the best of five batches, each of enough runs to last 0.1 s (one run when slow)."""
    start = time.perf_counter()
    function(text)
    first = time.perf_counter() - start
    if first > budget / 4:
        return first
    batch = max(1, int(0.1 / max(first, 1e-6)))
    best = first
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(batch):
            function(text)
        best = min(best, (time.perf_counter() - start) / batch)
    return best


def linear_pass(text: str) -> object:
    """The yardstick: one Python step per character, keeping an offset per character as the text code does.

    It allocates like the code measured, so the growth of memory traffic (caches filling up between 4 and
    16 KB) is divided out and what remains is the algorithm's.
    """
    return [(offset, character) for offset, character in enumerate(text)]


def exponent(points: list[tuple[int, float]]) -> float | None:
    """The least-squares slope of log(time) over log(size)."""
    if len(points) < 2:
        return None
    xs = [math.log(size) for size, _ in points]
    ys = [math.log(max(seconds, 1e-7)) for _, seconds in points]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mean_x) ** 2 for x in xs
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,4,16", help="sizes in KB, comma-separated")
    parser.add_argument("--budget", type=float, default=20.0, help="seconds one measurement may take")
    parser.add_argument("--family", default="", help="only the families whose name contains this")
    args = parser.parse_args()
    sizes = [int(float(part) * 1024) for part in args.sizes.split(",")]
    _extract("Рост 5%.")  # loads extract's dictionaries first: their start-up is not what is measured
    width = max(len(family.name) for family in FAMILIES)
    header = "  ".join(f"{size // 1024:>6} KB" for size in sizes)
    print(f"{'family':<{width}}  {header}  exponent")
    worst = 0.0
    for family in FAMILIES:
        if args.family not in family.name:
            continue
        points: list[tuple[int, float]] = []
        ratios: list[tuple[int, float]] = []
        for size in sizes:
            text = family.text(size)
            baseline = best_time(linear_pass, text, args.budget)
            seconds = best_time(family.run, text, args.budget)
            points.append((size, seconds))
            ratios.append((size, seconds / baseline))
            if seconds > args.budget:
                break
        relative = exponent(ratios)
        slope = None if relative is None else 1 + relative
        worst = max(worst, slope or 0.0)
        cells = "  ".join(f"{seconds:>8.4f}s" for _, seconds in points).ljust(len(header))
        verdict = "" if slope is None else ("ok" if slope <= GOAL else "OVER")
        print(f"{family.name:<{width}}  {cells}  {slope if slope is not None else float('nan'):>6.2f}  {verdict}")
    print(f"worst exponent {worst:.2f} (goal {GOAL})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
