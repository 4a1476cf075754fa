"""Renders an extraction as a claims file (format v1) with `guessed:` and `# check:` where the extractor guessed.

It only renders. Every scalar, key and id is written by the YAML emitter itself (through the loader) as a
double-quoted scalar, so no text of the article (a bare `%`, a colon, `yes`, a line break, a control
character) can change the document's structure: the draft is valid YAML by construction. `factcheck extract`
still loads the result with the core loader before it writes it.
"""

from __future__ import annotations

import os
from collections import Counter
from datetime import date
from pathlib import Path

from factcheck.extract import ExtractedFigure, Extraction, slug
from factcheck.extract.model import Misprint
from factcheck.extract.segments import PARTS_CHECK
from factcheck.loader import GUESSABLE_CLAIM_FIELDS, yaml_scalar

NO_FIGURES = "no figures found in the article: the draft has no claims"


def quoted(value: str) -> str:
    """One YAML double-quoted scalar (the loader's emitter: it owns YAML both ways)."""
    return yaml_scalar(value)


def _comment(text: str) -> str:
    """A comment's text on one line: a line break inside it would end the comment and start YAML."""
    return " ".join(text.split())


def render_claims_file(extraction: Extraction, article_reference: str, today: date) -> str:
    """The draft claims file's text."""
    lines = [
        "# yaml-language-server: $schema=claims-file.schema.json",  # editors check the draft (docs/extract.md)
        f"# Drafted by `factcheck extract` on {today.isoformat()} from {_comment(article_reference)}.",
        "# Every figure of the article is a claim below; check each line marked `# check:`, then run",
        "# `factcheck verify` on this file.",
        "factcheck: 1",
        "",
        "article:",
        f"  title: {quoted(extraction.title)}  # check: the headline",
        f"  outlet: {quoted(extraction.outlet.name)}",
        f"  published: {extraction.published.isoformat()}"
        + ("  # check: the publication date, not found in the text" if extraction.published_guessed else ""),
        f"  language: {extraction.language}",
        f"  text: {quoted(article_reference)}",
        "",
        "sources:",
    ]
    for source in extraction.sources.values():
        role = f", role: {quoted(source.role)}" if source.role else ""
        check = "  # check: name and kind" if source.kind != "outlet" else ""
        lines.append(f"  {quoted(source.id)}: {{name: {quoted(source.name)}{role}, kind: {source.kind}}}{check}")
    lines += ["", "metrics:" if extraction.metrics else "metrics: {}"]
    for metric_id, (name, unit, flow) in extraction.metrics.items():
        parts = extraction.parts.get(metric_id)
        # the segments of a whole are read, not printed: a guess until the journalist confirms them
        declared = f", parts: [{', '.join(quoted(part) for part in parts)}], guessed: [parts]" if parts else ""
        lines.append(f"  {quoted(metric_id)}: {{name: {quoted(name)}, unit: {quoted(unit or 'count')}, "
                     f"flow: {'true' if flow else 'false'}{declared}}}  # check: name, unit, flow"
                     + (f"; {PARTS_CHECK}" if parts else ""))
    if not extraction.figures:
        return "\n".join([*lines, "", *_misprints(extraction.misprints), f"# {NO_FIGURES}", "claims: []"]) + "\n"
    lines += ["", "claims:"]
    ids: Counter[str] = Counter()
    waiting = list(extraction.misprints)
    for figure in extraction.figures:
        # a misprint's comment stands where its claim would be, among the claims in the article's order
        at = (figure.place.line, figure.place.column)
        before = [misprint for misprint in waiting if (misprint.place.line, misprint.place.column) <= at]
        waiting = [misprint for misprint in waiting if misprint not in before]
        lines += ["", *_misprints(before, indent="  ")] if before else []
        lines += ["", *_claim(figure, ids)]
    lines += ["", *_misprints(waiting, indent="  ")] if waiting else []
    return "\n".join(lines) + "\n"


def _misprints(misprints: list[Misprint], indent: str = "") -> list[str]:
    """The comments saying why a misprinted number has no claim (format 1.2: misprints are never guessed)."""
    return [f"{indent}# no claim: {_comment(misprint.written)} (paragraph {misprint.place.paragraph}, line "
            f"{misprint.place.line}, column {misprint.place.column}) is a misprint: {_comment(misprint.why)}; "
            f"add its claim with the figure the source gives" for misprint in misprints]


def _claim(figure: ExtractedFigure, ids: Counter[str]) -> list[str]:
    base = slug(f"{figure.metric} {figure.period or figure.kind} {'change' if figure.found.form == 'change' else ''}")
    ids[base] += 1
    claim_id = base if ids[base] == 1 else f"{base}-{ids[base]}"
    place = figure.place
    lines = [f"  - id: {quoted(claim_id)}  # paragraph {place.paragraph}, line {place.line}, column {place.column}",
             f"    metric: {quoted(figure.metric)}"]
    if figure.period is not None:
        lines.append(f"    period: {quoted(figure.period)}")
    if figure.share_of is not None:  # "86.7% of GDP": the claim's metric as a share of a whole
        lines += [f"    share: {quoted(figure.found.claim_text)}", f"    of: {quoted(figure.share_of)}"]
    else:
        lines.append(f"    {figure.found.form}: {quoted(figure.found.claim_text)}")
    if figure.kind != "actual":
        lines.append(f"    kind: {figure.kind}")
    if figure.found.form == "change" and figure.since:
        lines.append(f"    since: {quoted(figure.since)}")
    lines.append(f"    said_by: {quoted(figure.said_by.id)}")
    if figure.cites is not None:
        lines.append(f"    cites: {quoted(figure.cites.id)}")
    lines.append(f"    quote: {quoted(figure.quote)}")
    guessed = guessed_fields(figure)
    if guessed:  # format 1.2 section 4: verify caps what rests on these at warning until they are deleted
        lines.append(f"    guessed: [{', '.join(guessed)}]")
    lines += [f"    # check: {_comment(check)}" for check in figure.checks]
    return lines


def guessed_fields(figure: ExtractedFigure) -> list[str]:
    """The claim's fields the extractor guessed, from what its checks are about ("period: ...", "metric: ...")."""
    fields: list[str] = []
    for check in figure.checks:
        about = check.split(":", 1)[0].strip()
        field = "form" if about == "change" else about
        if field in GUESSABLE_CLAIM_FIELDS and field not in fields:
            fields.append(field)
    return fields


def article_reference(article: Path, output: Path | None) -> str:
    """The article's path as the claims file should name it: relative to where the claims file is written."""
    base = output.parent if output is not None else Path.cwd()
    try:
        return Path(os.path.relpath(article.resolve(), base.resolve())).as_posix()
    except ValueError:  # another drive on Windows
        return article.resolve().as_posix()
