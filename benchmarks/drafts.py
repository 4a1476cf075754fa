"""`extract` on real articles, without curation: do drafts load, verify like the curated files, and agree with them?

Runs the two corpus scorers kept beside the project (shared/tools/score-curated.py and score-drafts.py) with
the installed `factcheck`, then compares each raw draft with the hand-curated claims file of its article,
field by field. A curated claim is matched to the draft claim with the same digits in its figure (the first
unmatched one, in order). Prints, per article and in total:
- figure: curated claims whose figure the draft has;
- form, period, said_by: of the matched claims, those the draft has right (said_by by the source's name);
- grouping: of the pairs of matched claims, those the draft groups as the curated file does (one metric or
  two), and how many pairs it merges that the curated file keeps apart (the cause of false conflicts).
- fields marked guessed: how many fields the drafts list under `guessed:` (every claim of the drafts), the
  cost to the journalist of the honesty measured by "unguessed fields" (those not marked must be right).
- guessed periods: of the matched claims whose period the draft marks guessed, those right anyway (how good
  the guess is where the text names no period of the figure's own).
With `--evidence` (tune only), a breakdown instead: for each field (form, period, since, said_by, metric) and
each kind of evidence that decided it (the period reader's PeriodFound, the speaker reader's SpeakerFound, the
SignCue of a change), how many matched claims were read so, how many are right, how many are marked
guessed, and how many are wrong though not marked (what the journalist would trust wrongly). A metric is
right when its claim is grouped with every other matched claim as the curated file groups it.
Run:
    python benchmarks/drafts.py [--corpus PATH] [--factcheck PATH] [--split tune|check] [--show form|period|said_by]
    python benchmarks/drafts.py --split tune --evidence
The corpus's split.yml names the articles rules are developed on (tune) and those kept to measure them (check):
check articles are only ever counted in totals, never shown one by one, and `--show` refuses them. With no
`--split`, both are measured, each split on its own totals line.
Goals: every draft loads, at least 80% of the expected findings found from raw drafts, no false error.
Skips cleanly (exit 0) when the corpus is not there.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

from factcheck.periods import PeriodError, parse_period

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIGURE_KEYS = ("value", "change", "bound", "share")


def digits(text: object) -> str:
    return re.sub(r"[^0-9]", "", str(text))


def figure_of(claim: dict[str, Any]) -> tuple[str, str]:
    return next(((key, str(claim[key])) for key in FIGURE_KEYS if key in claim), ("", ""))


def same_period(curated: object, drafted: object) -> bool:
    """The same span of days, however written ("2016-Q2" and "2016-04/2016-06" are one period)."""
    if str(curated) == str(drafted):
        return True
    try:
        one, other = parse_period(str(curated)), parse_period(str(drafted))
    except PeriodError:
        return False  # a fiscal label without its calendar, or no period: only the same text is the same
    return (one.start, one.end) == (other.start, other.end)


def same_source(curated: dict[str, Any], draft: dict[str, Any]) -> bool:
    if curated.get("kind") == "outlet" or draft.get("kind") == "outlet":
        return curated.get("kind") == draft.get("kind")
    words = {w[:5] for w in re.findall(r"\w{4,}", str(curated.get("name", "")).casefold())}
    return bool(words & {w[:5] for w in re.findall(r"\w{4,}", str(draft.get("name", "")).casefold())})


def matched(curated_claims: list[dict[str, Any]], draft_claims: list[Any]) -> list[tuple[dict[str, Any], int]]:
    """Each curated claim with the index of its draft claim: the first unmatched one with the same digits."""
    used: set[int] = set()
    pairs: list[tuple[dict[str, Any], int]] = []
    for claim in curated_claims:
        wanted = digits(figure_of(claim)[1])
        match = next((i for i, d in enumerate(draft_claims) if i not in used and digits(figure_of(d)[1]) == wanted
                      and wanted), None)
        if match is not None:
            used.add(match)
            pairs.append((claim, match))
    return pairs


def compare(curated: dict[str, Any], draft: dict[str, Any], show: str = "") -> dict[str, tuple[int, int]]:
    """Counts (right, out of) per field for one article; with `show`, prints that field's disagreements."""
    draft_claims = list(draft.get("claims") or [])
    curated_claims = [c for c in curated.get("claims") or [] if isinstance(c, dict)]
    pairs = [(claim, draft_claims[index]) for claim, index in matched(curated_claims, draft_claims)]
    curated_sources = curated.get("sources") or {}
    draft_sources = draft.get("sources") or {}
    if show in ("form", "period", "said_by"):
        for claim, draft_claim in pairs:
            want, got = (claim.get(show), draft_claim.get(show)) if show != "form" else (
                figure_of(claim)[0], figure_of(draft_claim)[0])
            if show == "said_by":
                want, got = (curated_sources.get(want, {}).get("name"), draft_sources.get(got, {}).get("name"))
            if str(want) != str(got) and not (show == "period" and same_period(want, got)):
                print(f"    {show}: curated {want!s:>24}  draft {got!s:<24} {figure_of(claim)[1]}")
    period_right = [same_period(c.get("period", ""), d.get("period", "")) for c, d in pairs]
    counts = {
        "figure": (len(pairs), len(curated_claims)),
        "form": (sum(figure_of(c)[0] == figure_of(d)[0] for c, d in pairs), len(pairs)),
        "period": (sum(period_right), len(pairs)),
        "said_by": (sum(same_source(curated_sources.get(c.get("said_by"), {}), draft_sources.get(d.get("said_by"), {}))
                        for c, d in pairs), len(pairs)),
    }
    # a field the draft does not list under `guessed:` is one the journalist may trust: how often is it right?
    unguessed = [right for (c, d), period_is_right in zip(pairs, period_right, strict=True) for field, right in (
        ("form", figure_of(c)[0] == figure_of(d)[0]),
        ("period", period_is_right),
        ("said_by", same_source(curated_sources.get(c.get("said_by"), {}), draft_sources.get(d.get("said_by"), {}))),
    ) if field not in (d.get("guessed") or [])]
    counts["unguessed fields"] = (sum(unguessed), len(unguessed))
    # and the guesses: how often is a period marked guessed right anyway (how good the fallback is)?
    guessed_periods = [right for (_, d), right in zip(pairs, period_right, strict=True)
                       if "period" in (d.get("guessed") or [])]
    counts["guessed periods"] = (sum(guessed_periods), len(guessed_periods))
    agree = merged = 0
    couples = list(combinations(pairs, 2))
    for (c1, d1), (c2, d2) in couples:
        together, drafted = c1.get("metric") == c2.get("metric"), d1.get("metric") == d2.get("metric")
        agree += together == drafted
        merged += drafted and not together
    counts["grouping"] = (agree, len(couples))
    counts["merged"] = (merged, len(couples))
    # the cost of honesty: fields every claim of the draft lists under `guessed:` (out of the claims)
    counts["marked"] = (sum(len(d.get("guessed") or []) for d in draft_claims if isinstance(d, dict)),
                        len(draft_claims))
    return counts


def splits(corpus: Path) -> dict[str, set[str]]:
    """The corpus's split: article slugs by split name (tune, check); empty when the corpus has none."""
    listed = corpus / "split.yml"
    if not listed.is_file():
        return {}
    named = yaml.safe_load(listed.read_text(encoding="utf-8")) or {}
    return {name: set(slugs or []) for name, slugs in named.items()}


def drafts(factcheck: str, corpus: Path, show: str = "", keep: set[str] | None = None, quiet: bool = False,
           label: str = "") -> None:
    """Measure raw drafts against the curated files; `quiet` prints the totals line alone (the check split)."""
    totals: dict[str, list[int]] = {}
    if not quiet:
        print(f"{'article':40} {'figure':>9} {'form':>9} {'period':>9} {'said_by':>9} {'grouping':>11} {'merged':>6}")
    with tempfile.TemporaryDirectory() as folder:
        for text in sorted(corpus.glob("*.txt")):
            if keep is not None and text.stem not in keep:
                continue
            curated = yaml.safe_load((corpus / f"{text.stem}.yaml").read_text(encoding="utf-8"))
            article = curated["article"]
            output = Path(folder) / f"{text.stem}.yaml"
            command = [factcheck, "extract", str(text), "-o", str(output), "--force", "--published",
                       str(article["published"]), "--language", str(article.get("language", "auto"))]
            if article.get("outlet"):
                command += ["--outlet", str(article["outlet"])]
            run = subprocess.run(command, capture_output=True, text=True, timeout=120)
            if run.returncode != 0:
                totals.setdefault("unusable", [0, 0])[0] += 1
                if not quiet:
                    print(f"{text.stem:40} draft unusable: {run.stderr.strip()[-100:]}")
                continue
            counts = compare(curated, yaml.safe_load(output.read_text(encoding="utf-8")), "" if quiet else show)
            cells = [f"{right:>3}/{total:<3}" for right, total in counts.values()]
            if not quiet:
                print(f"{text.stem:40} {cells[0]:>9} {cells[1]:>9} {cells[2]:>9} {cells[3]:>9} {cells[4]:>11} "
                      f"{counts['merged'][0]:>6}")
            for field, (right, total) in counts.items():
                kept = totals.setdefault(field, [0, 0])
                kept[0] += right
                kept[1] += total
    summary = ", ".join(f"{field} {right}/{total} ({100 * right / max(total, 1):.0f}%)"
                        for field, (right, total) in totals.items() if field not in ("merged", "unusable", "marked"))
    marked, claims = totals.get("marked", [0, 0])
    print(f"per-field accuracy of raw drafts{label}: {summary}; pairs merged that the curated files keep apart: "
          f"{totals.get('merged', [0, 0])[0]}; drafts unusable: {totals.get('unusable', [0, 0])[0]}; "
          f"fields marked guessed: {marked} on {claims} claims")


def evidence_of(figure: Any, field: str) -> str:
    """The kind of evidence that decided one field of an extracted figure, as the breakdown names it."""
    if field == "form":
        sign = figure.found.evidence
        shown = "percent" if figure.low_high_unit[2] == "%" else "amount"
        return f"sign {sign.cue.name}" if sign is not None else f"no sign cue ({figure.found.form}, {shown})"
    if field == "said_by":
        forecast = " (forecast)" if figure.said_by_found.name == "OUTLET" and figure.kind == "forecast" else ""
        return f"{figure.said_by_found.name}{forecast}"
    if field == "metric":
        check = next((c for c in figure.checks if c.startswith("metric:")), None)
        return "named" if check is None else "checked: " + " ".join(check.split()[1:5])
    readings = [r.found for r in figure.period_evidence if r.found.field == field]
    guesses = [found for found in readings if found.guess]
    return (guesses or readings[-1:] or [None])[0].name if readings else "none read"


def breakdown(corpus: Path, keep: set[str]) -> None:
    """Per field and kind of evidence: readings, right, marked guessed (tune only: articles are read in-process)."""
    from factcheck.article import ArticleText
    from factcheck.claims_writer import render_claims_file
    from factcheck.extract import extract

    tally: dict[tuple[str, str], list[int]] = {}
    for text in sorted(corpus.glob("*.txt")):
        if text.stem not in keep:
            continue
        curated = yaml.safe_load((corpus / f"{text.stem}.yaml").read_text(encoding="utf-8"))
        article = curated["article"]
        published = article["published"]
        extraction = extract(ArticleText.read(text), language=str(article.get("language", "auto")),
                             published=published if isinstance(published, date) else date.fromisoformat(published),
                             outlet=article.get("outlet"))
        draft = yaml.safe_load(render_claims_file(extraction, text.name, date.today()))
        draft_claims = list(draft.get("claims") or [])
        curated_sources, draft_sources = curated.get("sources") or {}, draft.get("sources") or {}
        curated_claims = [c for c in curated.get("claims") or [] if isinstance(c, dict)]
        pairs = matched(curated_claims, draft_claims)
        for claim, index in pairs:
            drafted, figure = draft_claims[index], extraction.figures[index]
            both_changes = figure_of(claim)[0] == figure_of(drafted)[0] == "change"
            rights = {
                "form": figure_of(claim)[0] == figure_of(drafted)[0],
                "period": same_period(claim.get("period", ""), drafted.get("period", "")),
                "said_by": same_source(curated_sources.get(claim.get("said_by"), {}),
                                       draft_sources.get(drafted.get("said_by"), {})),
                "metric": all((claim.get("metric") == other.get("metric")) == (
                    drafted.get("metric") == draft_claims[at].get("metric")) for other, at in pairs if at != index),
            }
            if both_changes and "since" in claim:
                rights["since"] = same_period(claim["since"], drafted.get("since", ""))
            for field, right in rights.items():
                marked = field in (drafted.get("guessed") or [])
                counted = tally.setdefault((field, evidence_of(figure, field)), [0, 0, 0, 0])
                counted[0] += 1
                counted[1] += right
                counted[2] += marked
                counted[3] += not right and not marked
    print(f"{'field':8} {'evidence':44} {'read':>5} {'right':>6} {'wrong':>6} {'guessed':>8} {'wrong, trusted':>15}")
    for (field, kind), (read, correct, guessed, trusted_wrong) in sorted(tally.items()):
        flag = "  > 1 in 30 wrong" if (read - correct) * 30 > read else ""
        print(f"{field:8} {kind:44} {read:>5} {correct:>6} {read - correct:>6} {guessed:>8} {trusted_wrong:>15}{flag}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    parser.add_argument("--factcheck", default=shutil.which("factcheck", path=str(Path(sys.executable).parent))
                        or shutil.which("factcheck") or "factcheck")
    parser.add_argument("--show", choices=("form", "period", "said_by"), default="",
                        help="print the claims whose FIELD the draft has otherwise than the curated file (tune only)")
    parser.add_argument("--split", choices=("tune", "check"), default=None,
                        help="measure one split of the corpus (default: each split, check in totals only)")
    parser.add_argument("--evidence", action="store_true",
                        help="per field, each kind of evidence: readings, right, marked guessed (tune only)")
    options = parser.parse_args()
    tools = options.corpus.parent / "tools"
    if not options.corpus.is_dir() or not (tools / "score-drafts.py").is_file():
        print(f"corpus or scorers not found beside the project ({options.corpus}); nothing measured")
        return 0
    named = splits(options.corpus)
    if options.show and options.split != "tune" and named:
        parser.error("--show shows articles one by one: only with --split tune (check articles are counted, "
                     "never read)")
    if options.evidence and (options.split != "tune" or not named):
        parser.error("--evidence reads articles one by one: only with --split tune (check articles are counted, "
                     "never read)")
    if options.evidence:
        breakdown(options.corpus, named["tune"])
        return 0
    chosen = [options.split] if options.split else (sorted(named, key=lambda name: name != "tune") or [""])
    for split in chosen:
        quiet = split == "check"
        for scorer in ("score-curated.py", "score-drafts.py"):
            print(f"== {scorer}" + (f" --split {split}" if split else ""))
            command = [sys.executable, str(tools / scorer), options.factcheck, str(options.corpus)]
            run = subprocess.run(command + (["--split", split] if split else []), capture_output=True, text=True,
                                 timeout=1800)
            shown = (run.stdout.rstrip() or run.stderr.rstrip()).splitlines()
            print("\n".join(shown[-1:] if quiet else shown))
        print("== raw drafts against the curated files" + (f", {split} split" if split else ""))
        drafts(options.factcheck, options.corpus, options.show, named.get(split) if split else None, quiet,
               f" ({split} split)" if split else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
