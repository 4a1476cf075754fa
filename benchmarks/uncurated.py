"""`uncurated-figure` on the curated corpus: does it report exactly the figures the claims files leave as comments?

A curated claims file covers every figure of its article with a claim's quote, or leaves it out on purpose in a
YAML comment ("not expressible in 1.1: ...", "not loadable ...", "... so the claim is left out"); comments also
name what is no figure at all ("Not figures: ...", "a rank", "no figure"). Runs `factcheck verify FILE --text
ARTICLE` on each curated file and sorts the rule's warnings:
- listed: the figure's text stands in a comment item that leaves a figure out (the goal: all warnings are so);
- not listed: the figure's text stands in no comment, or in one that says it is no figure (a false alarm);
- missed: a quoted piece of the article in a comment that leaves a figure out, with digits, found in the text
  outside every claim's quote, that no warning's figure falls in.
A comment item is one bullet ("# - ...") or one run of comment lines; the words that mark an item as naming no
figure are NO_FIGURE_MARKS below. This is a measurement of curation written in prose, so it is approximate:
read the tune split's detail before trusting a total.
Run:
    python benchmarks/uncurated.py [--corpus PATH] [--factcheck PATH] [--split tune|check]
The check split prints totals only (its articles are counted, never read). Skips (exit 0) without the corpus.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
# words of a comment item that say its numbers are no figure (the curators' prose, English)
NO_FIGURE_MARKS = ("not figure", "no figure", "not a figure", "a rank", "a name", "a title", "a year",
                   "the period", "the dateline", "a date", "dates used", "not a measured quantity", "the day")
LEAVES_OUT_MARKS = ("not expressible", "not loadable", "left out", "no claim", "has no claim")
HEADINGS = ("not expressible", "not loadable", "not figures", "attribution", "periods", "signs")
_QUOTED = re.compile(r"\"([^\"\n]{1,300})\"|“([^”\n]{1,300})”")
# a number of a comment's quotation, not a year ("с сентября 2022 года" leaves no figure out)
_NUMBER = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]\d))\d[\d,.]*\d|(?<![\d.,])\d(?![\d])")
_FIGURE_IN_MESSAGE = re.compile(r"^(?P<figure>.+?) in the article \(paragraph \d+\)")


@dataclass
class Counts:
    listed: int = 0
    not_listed: int = 0
    missed: int = 0
    detail: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        self.listed += other.listed
        self.not_listed += other.not_listed
        self.missed += other.missed


def folded(text: str) -> str:
    """The text with spaces, apostrophes and dashes folded, so a comment's quotation finds the article's text."""
    for fancy, plain in (("’", "'"), ("‘", "'"), ("—", "-"), ("–", "-"), ("\u00a0", " ")):
        text = text.replace(fancy, plain)
    return " ".join(text.split())


def comment_items(claims_text: str) -> list[str]:
    """The comments of a claims file: one item per bullet, per comment after YAML, or per run of comment lines
    (a line opening with a heading such as "not expressible" or "Not figures" starts a new run)."""
    items: list[str] = []
    current: list[str] = []
    for line in claims_text.splitlines():
        at = line.find("#")
        before = line[:at].strip() if at >= 0 else line.strip()
        comment = line[at + 1 :].strip() if at >= 0 and (not before or line[at - 1] == " ") else None
        new_item = comment is None or bool(before) or comment.startswith("- ") or comment.casefold().startswith(
            HEADINGS)
        if new_item and current:
            items.append(" ".join(current))
            current = []
        if comment is None:
            continue
        if before:
            continue  # a comment after YAML explains the claim on its line: it leaves no figure out
        else:
            current.append(comment.removeprefix("- "))
    if current:
        items.append(" ".join(current))
    return items


def _names_no_figure(item: str) -> bool:
    lowered = item.casefold()
    return any(mark in lowered for mark in NO_FIGURE_MARKS) and not any(
        mark in lowered for mark in LEAVES_OUT_MARKS)


def _spans(text: str, piece: str) -> list[tuple[int, int]]:
    """Where a quotation stands in the article, its spaces, dashes and apostrophes folded."""
    pattern = "".join(r"\s+" if char == " " else "[-–—]" if char == "-" else "['’‘]" if char == "'"
                      else re.escape(char) for char in folded(piece))
    return [match.span() for match in re.finditer(pattern, text)]


def measure(factcheck: str, text_path: Path, claims_path: Path) -> Counts:
    """The warnings of one curated article, sorted against its comments' quotations."""
    run = subprocess.run([factcheck, "verify", str(claims_path), "--text", str(text_path), "--format", "json"],
                         capture_output=True, text=True, timeout=300)
    report: dict[str, Any] = json.loads(run.stdout or "{}")
    article = text_path.read_text(encoding="utf-8")
    line_starts = [0] + [match.end() for match in re.finditer("\n", article)]
    warnings = [(match.group("figure"), line_starts[finding["line"] - 1] + finding["column"] - 1)
                for finding in report.get("findings", []) if finding.get("rule") == "uncurated-figure"
                and (match := _FIGURE_IN_MESSAGE.match(finding.get("message", "")))]
    claims_text = claims_path.read_text(encoding="utf-8")
    claims = (yaml.safe_load(claims_text) or {}).get("claims") or []
    quoted = [span for claim in claims if isinstance(claim, dict) and claim.get("quote")
              for span in _spans(article, str(claim["quote"]))]
    left_out: list[tuple[int, int, str]] = []
    no_figure: list[tuple[int, int]] = []
    for item in comment_items(claims_text):
        for match in _QUOTED.finditer(item):
            piece = match.group(1) or match.group(2)
            for start, end in _spans(article, piece):
                if _names_no_figure(item):
                    no_figure.append((start, end))
                elif any(mark in item.casefold() for mark in LEAVES_OUT_MARKS):
                    numbers = [found.span() for found in _NUMBER.finditer(article, start, end)]
                    if any(not any(q_start <= n_start and n_end <= q_end for q_start, q_end in quoted)
                           for n_start, n_end in numbers):
                        left_out.append((start, end, folded(piece)))
    counts = Counts()
    for figure, offset in warnings:
        if any(start <= offset < end for start, end, _ in left_out):
            counts.listed += 1
            counts.detail.append(f"    listed: {figure}")
        else:
            counts.not_listed += 1
            said = " (a comment says: no figure)" if any(start <= offset < end for start, end in no_figure) else ""
            counts.detail.append(f"    not listed: {figure}{said}")
    for start, end, piece in left_out:
        if not any(start <= offset < end for _, offset in warnings):
            counts.missed += 1
            counts.detail.append(f"    missed: \"{piece}\"")
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    parser.add_argument("--factcheck", default=shutil.which("factcheck", path=str(Path(sys.executable).parent))
                        or shutil.which("factcheck") or "factcheck")
    parser.add_argument("--split", choices=("tune", "check"), default="tune")
    options = parser.parse_args()
    listed = options.corpus / "split.yml"
    if not listed.is_file():
        print(f"corpus not found beside the project ({options.corpus}); nothing measured")
        return 0
    slugs = sorted((yaml.safe_load(listed.read_text(encoding="utf-8")) or {}).get(options.split) or [])
    quiet = options.split == "check"
    total = Counts()
    for slug in slugs:
        counts = measure(options.factcheck, options.corpus / f"{slug}.txt", options.corpus / f"{slug}.yaml")
        total.add(counts)
        if not quiet:
            print(f"{slug:40} listed {counts.listed:>2}  not listed {counts.not_listed:>2}  missed {counts.missed:>2}")
            print("\n".join(counts.detail)) if counts.detail else None
    reported = total.listed + total.not_listed
    print(f"uncurated-figure ({options.split} split, {len(slugs)} articles): {reported} warnings, {total.listed} "
          f"listed as left out, {total.not_listed} not listed (false alarms), {total.missed} left out but not "
          f"reported; exact: {total.not_listed == 0 and total.missed == 0}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
