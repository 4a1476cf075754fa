"""Archive scale: factcheck's time on generated claims files, as a ratio to the bare YAML parse of the same files.

Generates realistic claims files (many metrics, periods 2000-2025, values, changes and bounds in Russian and
English spellings, sources, citations, quotes) and measures, in this process and in the same run:
    the issue's goals (section `goals`): one metric of 10,000 claims against 10 metrics of 1,000 claims each
    (at most 1.5x); a file of 5,000 claims over 10 metrics (at most 3x its parse floor); 300 unchanged files
    re-verified from the cache and rendered as JSON, thousands of findings (at most 0.2x their parse floor);
    one file of 100 to 10,000 claims (100,000 with --full), 20 claims a metric;
    one metric of 10 to 1,000 claims (10,000 with --full);
    folders of 10 to 1,000 files of 100 claims (10,000 with --full), cold with --jobs 2 and warm (cached).
Each time (wall clock, and CPU time of this process and its workers: on a busy machine only CPU time is
steady) is divided by the bare `yaml.load(..., CSafeLoader)` of the same files (the parse floor); each
series prints its growth exponent (the slope of log time against log size; 1.0 is linear). Goals (issue):
exponent at most 1.1; 1,000 files of 100 claims cold at most 2x the floor with --jobs 2, warm at most 0.2x;
100,000 claims in one file at most 3x.
    python benchmarks/scale.py [--full] [--jobs 2] [--repeat 1]
"""

from __future__ import annotations

import argparse
import math
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

import yaml

from factcheck import loader
from factcheck.cache import ResultCache
from factcheck.engine import Settings, run
from factcheck.errors import InputError

SOURCES = (
    ("outlet", "BAQ.KZ", "outlet"), ("stat", "Комитет по статистике", "official"),
    ("ministry", "Ministry of Finance", "official"), ("bank", "Национальный банк", "official"),
    ("analyst", "Иван Петров", "expert"), ("economist", "Jane Smith", "expert"),
    ("company", "KazMunayGas", "company"), ("report", "World Bank report", "document"),
)
UNITS = ("USD", "Mt", "count")
QUARTER_SHARE = (0.23, 0.25, 0.26, 0.26)


def _money_ru(value: float) -> str:
    return f"${value / 1e9:.1f} млрд".replace(".", ",") if value >= 1e9 else f"${value / 1e6:.0f} млн"


def _money_en(value: float) -> str:
    return f"US$ {value / 1e9:.1f} billion" if value >= 1e9 else f"${value / 1e6:.0f} million"


def _tonnes_ru(value: float) -> str:
    return f"{value / 1e6:.1f} млн тонн".replace(".", ",")


def _tonnes_en(value: float) -> str:
    return f"{value / 1e6:.1f} million tonnes"


def _count_ru(value: float) -> str:
    return f"{round(value):,}".replace(",", " ")


def _count_en(value: float) -> str:
    return f"{round(value):,}"


SPELLINGS: dict[str, tuple[Callable[[float], str], Callable[[float], str]]] = {
    "USD": (_money_ru, _money_en), "Mt": (_tonnes_ru, _tonnes_en), "count": (_count_ru, _count_en),
}
SCALE = {"USD": 5e8, "Mt": 4e6, "count": 2e5}


def claims_file(claims: int, metrics: int, seed: int) -> str:
    """A claims file of `claims` figures over `metrics` metrics, consistent but for a few slips."""
    rng = random.Random(seed)
    lines = [
        "factcheck: 1", "article:", f'  title: "Generated article {seed}"', "  published: 2025-10-20",
        "  language: ru", "sources:",
        *(f'  {key}: {{name: "{name}", kind: {kind}}}' for key, name, kind in SOURCES),
        "metrics:",
    ]
    series: list[tuple[str, str, dict[int, float]]] = []
    for number in range(metrics):
        unit = UNITS[number % len(UNITS)]
        level = SCALE[unit] * rng.uniform(0.5, 2.0)
        yearly = {}
        for year in range(2000, 2026):
            yearly[year] = level
            level *= rng.uniform(0.9, 1.2)
        metric_id = f"metric-{number}"
        lines.append(f'  {metric_id}: {{name: "Показатель {number}", unit: {unit}, flow: true}}')
        series.append((metric_id, unit, yearly))
    lines.append("claims:")
    for index in range(claims):
        metric_id, unit, yearly = series[index % metrics]
        year = 2000 + (index // metrics) % 26
        english = rng.random() < 0.4
        source_key, _, kind = SOURCES[rng.randrange(len(SOURCES))]
        cites = SOURCES[1 + rng.randrange(len(SOURCES) - 1)][0] if kind == "outlet" and rng.random() < 0.5 else None
        shape = rng.random()
        period = str(year)
        extra = ""
        if shape < 0.55:
            value = yearly[year]
            if rng.random() < 0.3:  # a quarter of the year
                quarter = rng.randrange(4)
                period, value = f"{year}-Q{quarter + 1}", value * QUARTER_SHARE[quarter]
            if rng.random() < 0.01:  # a slip: the figure of another year
                value *= 1.5
            field = "value", SPELLINGS[unit][english](value)
            quote = f"{'The figure reached' if english else 'Показатель достиг'} {field[1]}"
        elif shape < 0.85 and year > 2000:
            change = (yearly[year] / yearly[year - 1] - 1) * 100
            written = f"{change:+.1f}%"
            field = "change", written if english else written.replace(".", ",")
            extra = "    since: P1Y\n"
            quote = f"{'It grew by' if english else 'Рост составил'} {field[1].lstrip('+')}"
        else:
            value = yearly[year] * 0.9
            field = "bound", "> " + SPELLINGS[unit][english](value)
            quote = f"{'more than' if english else 'более'} {field[1][2:]}"
        lines.append(
            f"  - id: c{index}\n    metric: {metric_id}\n    period: \"{period}\"\n    {field[0]}: \"{field[1]}\"\n"
            f"{extra}    said_by: {source_key}\n" + (f"    cites: {cites}\n" if cites else "")
            + ("    language: en\n" if english else "") + f'    quote: "{quote}"'
        )
    return "\n".join(lines) + "\n"


def _measure(action: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median wall time and median CPU time (this process and its finished workers) of `action`."""
    walls, cpus = [], []
    for _ in range(repeat):
        before = _cpu()
        start = time.perf_counter()
        action()
        walls.append(time.perf_counter() - start)
        cpus.append(_cpu() - before)
    return statistics.median(walls), statistics.median(cpus)


def _cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _parse_floor(paths: Sequence[Path]) -> None:
    for path in paths:
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def _check(paths: Sequence[Path], jobs: int = 1, cache: Path | None = None) -> None:
    try:
        run(paths, Settings(), jobs=jobs, cache=None if cache is None else ResultCache(cache))
    except InputError as error:
        sys.exit(f"a generated file does not load:\n{str(error)[:2000]}")


def exponent(sizes: Sequence[int], times: Sequence[float]) -> float:
    """The least-squares slope of log time against log size."""
    xs, ys = [math.log(s) for s in sizes], [math.log(max(t, 1e-9)) for t in times]
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mean_x) ** 2 for x in xs)


Timing = tuple[float, float]  # wall, CPU


def _row(label: str, floor: Timing, ours: Timing) -> tuple[Timing, Timing]:
    print(f"  {label:<20} parse {floor[0] * 1000:9.1f} ms wall {floor[1] * 1000:9.1f} ms CPU   "
          f"factcheck {ours[0] * 1000:9.1f} ms wall {ours[1] * 1000:9.1f} ms CPU   "
          f"ratio {ours[0] / floor[0]:6.2f}x wall {ours[1] / floor[1]:6.2f}x CPU", flush=True)
    return floor, ours


def _goal(what: str, measured: tuple[Timing, Timing], goal: float) -> None:
    """Say whether a ratio goal of the issue is met, and by how much it is missed if not."""
    floor, ours = measured
    ratios = (ours[0] / floor[0], ours[1] / floor[1])
    verdicts = [f"{kind} {ratio:.2f}x " + ("met" if ratio <= goal else f"missed by {ratio / goal:.1f}x")
                for kind, ratio in zip(("wall", "CPU"), ratios, strict=True)]
    print(f"  goal: {what} at most {goal}x the parse floor: {', '.join(verdicts)}", flush=True)


def _cold(folder: Path, jobs: int, cache: Path) -> None:
    shutil.rmtree(cache, ignore_errors=True)
    _check([folder], jobs, cache)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="also 100,000 claims, 10,000 claims a metric, 10,000 files")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the folder runs (default 2)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each measurement (median)")
    parser.add_argument("--sections", default="goals,load,file,metric,folder",
                        help="what to measure, comma-separated (default: goals,load,file,metric,folder)")
    args = parser.parse_args()
    sections = set(args.sections.split(","))
    work = Path(tempfile.mkdtemp(prefix="factcheck-scale-"))
    try:
        if "goals" in sections:
            _goals(work, args.repeat)
        if "load" in sections:
            _loading(work, args.repeat)
        if "file" in sections:
            _one_file(work, args.full, args.repeat)
        if "metric" in sections:
            _one_metric(work, args.full, args.repeat)
        if "folder" in sections:
            _folders(work, args.full, args.jobs, args.repeat)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _goals(work: Path, repeat: int) -> None:
    print("goals: one metric against ten, a file of 5,000 claims, 300 files warm (CPU time: steady on a busy machine)")
    one_metric, ten_metrics = work / "one-metric.yaml", work / "ten-metrics.yaml"
    one_metric.write_text(claims_file(10_000, 1, 1), encoding="utf-8")
    ten_metrics.write_text(claims_file(10_000, 10, 1), encoding="utf-8")
    one = _measure(partial(_check, [one_metric]), repeat)
    ten = _measure(partial(_check, [ten_metrics]), repeat)
    _verdict("10,000 claims of one metric", one, "10 metrics of 1,000 claims in one file", ten, 1.5)
    five_thousand = work / "five-thousand.yaml"
    five_thousand.write_text(claims_file(5_000, 10, 2), encoding="utf-8")
    _verdict("5,000 claims over 10 metrics", _measure(partial(_check, [five_thousand]), repeat),
             "their parse floor", _measure(partial(_parse_floor, [five_thousand]), repeat), 3.0)
    folder, cache = work / "warm-300", work / "warm-cache"
    folder.mkdir()
    for number in range(300):
        (folder / f"article-{number:03}.yaml").write_text(claims_file(100, 5, number), encoding="utf-8")
    files = sorted(folder.iterdir())
    _check([folder], 1, cache)  # fills the cache
    findings = _warm_json(folder, cache)
    _verdict(f"300 files warm, {findings:,} findings as JSON", _measure(partial(_warm_json, folder, cache), repeat),
             "their parse floor", _measure(partial(_parse_floor, files), repeat), 0.2)
    print(flush=True)


def _warm_json(folder: Path, cache: Path) -> int:
    """`verify --format json` of a folder from the cache (the run and its rendering); the findings rendered."""
    from factcheck.reporters import json_report

    report = run([folder], Settings(), cache=ResultCache(cache)).report
    json_report.render(report)
    return len(report.findings)


def _verdict(what: str, ours: Timing, baseline_name: str, baseline: Timing, goal: float) -> None:
    """A goal of the issue as a ratio of two times measured in this run: met, or missed by how much."""
    verdicts = [f"{kind} {ours[i] / baseline[i]:.2f}x " + ("met" if ours[i] / baseline[i] <= goal
                                                            else f"missed by {ours[i] / baseline[i] / goal:.1f}x")
                for i, kind in enumerate(("wall", "CPU"))]
    print(f"  {what}: {ours[0] * 1000:.0f} ms wall {ours[1] * 1000:.0f} ms CPU; {baseline_name}: "
          f"{baseline[0] * 1000:.0f} ms wall {baseline[1] * 1000:.0f} ms CPU", flush=True)
    print(f"  goal: at most {goal}x {baseline_name}: {', '.join(verdicts)}", flush=True)


def _loading(work: Path, repeat: int) -> None:
    print("loading only: one file of N claims read and validated (the claims file's limits: item 5)")
    sizes = [100, 1_000, 10_000, 100_000]
    series = []
    for size in sizes:
        path = work / f"load-{size}.yaml"
        path.write_text(claims_file(size, max(5, size // 20), size), encoding="utf-8")
        series.append(_row(f"{size:,} claims", _measure(partial(_parse_floor, [path]), repeat),
                           _measure(partial(_load, path), repeat)))
        path.unlink()
    _exponents(sizes, series)


def _load(path: Path) -> None:
    import gc

    gc.disable()  # as the engine loads a file
    try:
        loader.load_claims_file(path)
    finally:
        gc.enable()


def _one_file(work: Path, full: bool, repeat: int) -> None:
    print("one file: N claims, 20 claims a metric (cold, one process)")
    sizes = [100, 1_000, 10_000, *([100_000] if full else [])]
    series = []
    for size in sizes:
        path = work / f"file-{size}.yaml"
        path.write_text(claims_file(size, max(5, size // 20), size), encoding="utf-8")
        series.append(_row(f"{size:,} claims", _measure(partial(_parse_floor, [path]), repeat),
                           _measure(partial(_check, [path]), repeat)))
    _goal(f"{sizes[-1]:,} claims in one file (the issue's goal is for 100,000: --full)", series[-1], 3.0)
    _exponents(sizes, series)


def _one_metric(work: Path, full: bool, repeat: int) -> None:
    print("one metric: N claims of one metric in one file (cold, one process)")
    sizes = [10, 100, 1_000, *([10_000] if full else [])]
    series = []
    for size in sizes:
        path = work / f"metric-{size}.yaml"
        path.write_text(claims_file(size, 1, size + 7), encoding="utf-8")
        series.append(_row(f"{size:,} claims", _measure(partial(_parse_floor, [path]), repeat),
                           _measure(partial(_check, [path]), repeat)))
    _exponents(sizes, series)


def _folders(work: Path, full: bool, jobs: int, repeat: int) -> None:
    print(f"folder: N files of 100 claims (cold with --jobs {jobs}, then warm from the cache)")
    sizes = [10, 100, 1_000, *([10_000] if full else [])]
    cold_series, warm_series = [], []
    for size in sizes:
        folder = work / f"folder-{size}"
        folder.mkdir()
        for number in range(size):
            (folder / f"article-{number:05}.yaml").write_text(claims_file(100, 5, number), encoding="utf-8")
        files = sorted(folder.iterdir())
        floor = _measure(partial(_parse_floor, files), repeat)
        cache = work / f"cache-{size}"
        cold = _measure(partial(_cold, folder, jobs, cache), repeat)
        warm = _measure(partial(_check, [folder], jobs, cache), repeat)
        cold_series.append(_row(f"{size:,} files cold", floor, cold))
        warm_series.append(_row(f"{size:,} files warm", floor, warm))
    thousand = sizes.index(1_000)
    _goal(f"1,000 files cold with --jobs {jobs}", cold_series[thousand], 2.0)
    _goal("1,000 files warm", warm_series[thousand], 0.2)
    _exponents(sizes, cold_series, "cold")
    _exponents(sizes, warm_series, "warm")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak memory of the run's own process: {peak:.0f} MiB\n", flush=True)


def _exponents(sizes: Sequence[int], series: Sequence[tuple[Timing, Timing]], label: str = "") -> None:
    name = f" ({label})" if label else ""
    parts = []
    for index, kind in enumerate(("wall", "CPU")):
        floors, ours = [floor[index] for floor, _ in series], [own[index] for _, own in series]
        growth = exponent(sizes, ours)
        verdict = "met" if growth <= 1.1 else "missed"
        parts.append(f"{kind}: parse {exponent(sizes, floors):.2f}, factcheck {growth:.2f} ({verdict})")
    print(f"  growth exponent{name}: {'; '.join(parts)} (goal <= 1.1)\n", flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
