"""A Markdown pull-request comment: the verdict, a table per file, then each finding with its claims and intervals.

Everything a claims file or an article supplies (quotes, names, notes, ids, paths) is escaped, so it renders as
written: no Markdown or HTML, no `$…$` maths, and no `@mention` or `#123` reference that would notify people
or link issues; control characters and bidirectional controls are shown as `U+202E` and the like (the escaping
module's policy), and no line starts with `::`, which a CI log would run as a workflow command. The comment stays
under GitHub's limit of 65,536 characters: findings that do not fit are counted in a closing line that points to
the full report.
"""

from __future__ import annotations

import re

from factcheck.escaping import one_line
from factcheck.findings import Finding, Report
from factcheck.reporters.text_report import skipped_where

GITHUB_LIMIT = 65_536  # characters in a comment body, counted as UTF-16 code units
_RESERVED = 512  # kept free for the closing line
_BACKSLASHED = frozenset("\\`*_[]|~$")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_WORD_JOINER = "\u2060"  # invisible; keeps `@name` and `#123` from becoming mentions and references
# an ordered or bullet list item, or a thematic break, when the text begins a line
_BLOCK_START = re.compile(r"^(\d{1,9})([.)])(?=\s|$)|^([-+])(?=[\s-]|$)")


def escape(text: str | None) -> str:
    """User text as literal inline Markdown: one line, every construct neutralised, controls shown."""
    flat = one_line(" ".join((text or "").split()))
    pieces: list[str] = []
    for position, char in enumerate(flat):
        if char in _BACKSLASHED:
            pieces.append("\\" + char)
        elif char in _ENTITIES:
            pieces.append(_ENTITIES[char])
        elif char in "@#":
            following = flat[position + 1 : position + 2]
            joiner = _WORD_JOINER if following and (following.isalnum() or following in "_-/") else ""
            pieces.append(("\\#" if char == "#" else char) + joiner)
        else:
            pieces.append(char)
    escaped = "".join(pieces)
    if escaped.startswith("::"):  # `\:` shows a colon, and the line is no workflow command in a CI log
        return "\\" + escaped
    return _BLOCK_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", escaped, count=1)


def code(text: str) -> str:
    """User text as inline code (ids, paths): a fence longer than any run of backticks inside, pipes escaped."""
    flat = one_line(" ".join(text.split()))
    longest = max((len(run) for run in re.findall(r"`+", flat)), default=0)
    fence = "`" * (longest + 1)
    padding = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{padding}{flat.replace('|', chr(92) + '|')}{padding}{fence}"


def _length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def render(report: Report) -> str:
    """The whole comment, at most GITHUB_LIMIT - _RESERVED characters before its closing line."""
    counts = report.counts()
    failing = report.failing()
    if failing:
        verb = "fails" if len(failing) == 1 else "fail"
        verdict = f"**{_plural(len(failing), 'finding')} {verb} the check**"
    else:
        verdict = "**passes**"
    lines = [
        "## factcheck",
        "",
        f"{verdict} (fail on: {report.fail_on}).",
        "",
        "| file | errors | warnings | info | reviewed |",
        "|---|---:|---:|---:|---:|",
    ]
    for path in report.files:
        own = [f for f in report.findings if f.claims_file == path]
        by = {s: sum(1 for f in own if f.severity.value == s) for s in counts}
        reviewed = sum(1 for f in own if f.reviewed)
        lines.append(f"| {code(path)} | {by['error']} | {by['warning']} | {by['info']} | {reviewed} |")
    if report.rules_skipped:
        where = skipped_where(report)
        lines += ["", "Skipped: " + "; ".join(f"{code(s.rule)} ({escape(s.reason)}{where[s.rule]})"
                                         for s in report.rules_skipped) + "."]
    text = "\n".join(lines) + "\n"
    budget = GITHUB_LIMIT - _RESERVED
    used = _length(text)
    # failing findings first, so a capped comment still shows what blocks the merge
    failing_ids = {id(f) for f in failing}
    ordered = sorted(report.findings, key=lambda f: id(f) not in failing_ids)
    shown: list[str] = []
    for number, finding in enumerate(ordered):
        block = "\n" + "\n".join(_finding(finding)) + "\n"
        if used + _length(block) > budget:
            left = len(ordered) - number
            shown.append(f"\n**{_plural(left, 'more finding')} in the full report** "
                         "(`factcheck verify`, or the SARIF and JUnit outputs of this run).\n")
            break
        used += _length(block)
        shown.append(block)
    return text + "".join(shown)


def _finding(finding: Finding) -> list[str]:
    loc = finding.location
    reviewed = ""
    if finding.review is not None:
        review = finding.review
        note = f": {escape(review.note)}" if review.note else ""
        reviewed = f" · reviewed ({review.status}) by {escape(review.by)}, {review.date}{note}"
    lines = [
        f"### {finding.severity.value.upper()} {code(finding.rule)} · {code(f'{loc.path}:{loc.line}')}{reviewed}",
        "",
        escape(finding.message),
    ]
    if finding.claims:
        lines += ["", "| claim | figure | period | said by | cites | quote |", "|---|---|---|---|---|---|"]
        for claim in finding.claims:
            lines.append(
                f"| {code(claim.id)} | {escape(claim.figure)} | {escape(claim.period)} | "
                f"{escape(claim.said_by_name)} ({escape(claim.said_by_kind)}) | "
                f"{escape(claim.cites_name or 'nobody')} | {escape(claim.quote) or '—'} |"
            )
    if finding.compared:
        lines += [""] + [f"- {escape(item.label)}: {escape(item.interval_text())}"
                         for item in finding.compared]
    lines += ["", f"> {escape(finding.help)}", "", f"<sub>fingerprint {code(finding.fingerprint)}</sub>"]
    return lines
