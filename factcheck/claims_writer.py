"""Renders an extraction as a claims file (format v1) with `# check:` comments where the extractor guessed.

It only renders: the result is loaded back with the core loader by `factcheck extract` before it is written.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from datetime import date
from pathlib import Path

from factcheck.extract import ExtractedFigure, Extraction, slug


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def render_claims_file(extraction: Extraction, article_reference: str, today: date) -> str:
    """The draft claims file's text."""
    lines = [
        "# yaml-language-server: $schema=claims-file.schema.json",  # editors check the draft (docs/extract.md)
        f"# Drafted by `factcheck extract` on {today.isoformat()} from {article_reference}.",
        "# Every figure of the article is a claim below; check each line marked `# check:`, then run",
        "# `factcheck verify` on this file.",
        "factcheck: 1",
        "",
        "article:",
        f"  title: {_quoted(extraction.title)}  # check: the headline",
        f"  outlet: {_quoted(extraction.outlet.name)}",
        f"  published: {extraction.published.isoformat()}",
        f"  language: {extraction.language}",
        f"  text: {_quoted(article_reference)}",
        "",
        "sources:",
    ]
    for source in extraction.sources.values():
        role = f", role: {_quoted(source.role)}" if source.role else ""
        check = "  # check: name and kind" if source.kind != "outlet" else ""
        lines.append(f"  {source.id}: {{name: {_quoted(source.name)}{role}, kind: {source.kind}}}{check}")
    lines += ["", "metrics:"]
    for metric_id, (name, unit, flow) in extraction.metrics.items():
        lines.append(f"  {metric_id}: {{name: {_quoted(name)}, unit: {unit or 'count'}, "
                     f"flow: {'true' if flow else 'false'}}}  # check: name, unit, flow")
    lines += ["", "claims:"]
    ids: Counter[str] = Counter()
    for figure in extraction.figures:
        lines += ["", *_claim(figure, ids)]
    return "\n".join(lines) + "\n"


def _claim(figure: ExtractedFigure, ids: Counter[str]) -> list[str]:
    base = slug(f"{figure.metric} {figure.period or figure.kind} {'change' if figure.found.form == 'change' else ''}")
    ids[base] += 1
    claim_id = base if ids[base] == 1 else f"{base}-{ids[base]}"
    place = figure.place
    lines = [f"  - id: {claim_id}  # paragraph {place.paragraph}, line {place.line}, column {place.column}",
             f"    metric: {figure.metric}"]
    if figure.period is not None:
        lines.append(f"    period: {_quoted(figure.period)}")
    lines.append(f"    {figure.found.form}: {_quoted(figure.found.claim_text)}")
    if figure.kind != "actual":
        lines.append(f"    kind: {figure.kind}")
    if figure.found.form == "change" and figure.since:
        lines.append(f"    since: {_quoted(figure.since)}")
    lines.append(f"    said_by: {figure.said_by.id}")
    if figure.cites is not None:
        lines.append(f"    cites: {figure.cites.id}")
    lines.append(f"    quote: {_quoted(figure.quote)}")
    lines += [f"    # check: {check}" for check in figure.checks]
    return lines


def article_reference(article: Path, output: Path | None) -> str:
    """The article's path as the claims file should name it: relative to where the claims file is written."""
    base = output.parent if output is not None else Path.cwd()
    try:
        return Path(os.path.relpath(article.resolve(), base.resolve())).as_posix()
    except ValueError:  # another drive on Windows
        return article.resolve().as_posix()
