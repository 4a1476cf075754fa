"""Selects rules, runs them over each claims file, applies reviews and sorts: claims files in, Report out."""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from factcheck import __version__
from factcheck.article import ArticleText
from factcheck.errors import InputError, InputProblem, UsageError
from factcheck.findings import Finding, Report, Severity, SkippedRule
from factcheck.loader import find_claims_files, load_claims_file
from factcheck.model import ClaimsFile, Review
from factcheck.round_figures import compares_intervals, loose_only_findings
from factcheck.rules import RULES, RULES_BY_ID, canonical_id, known_ids
from factcheck.rules.base import Context, Rule

STALE_REVIEW = "stale-review"


def select_rules(select: Iterable[str] = (), ignore: Iterable[str] = ()) -> tuple[Rule, ...]:
    """The rules to run, in registry order; raise UsageError naming an unknown rule id."""
    for rule_id in sorted({*select, *ignore}):
        if canonical_id(rule_id) is None:
            near = difflib.get_close_matches(rule_id, known_ids(), n=1)
            hint = f"did you mean '{near[0]}'?" if near else "see `factcheck rules`"
            raise UsageError(f"unknown rule '{rule_id}'; {hint}")
    # a former id (an alias) selects or ignores the rule it became
    chosen = {canonical_id(rule_id) for rule_id in select}
    dropped = {canonical_id(rule_id) for rule_id in ignore}
    both = sorted(rule_id for rule_id in chosen & dropped if rule_id is not None)
    if both:
        raise UsageError(f"'{both[0]}' is both selected and ignored; drop it from --select or from --ignore")
    return tuple(r for r in RULES if (not chosen or r.id in chosen) and r.id not in dropped)


def load_all(paths: Sequence[Path]) -> list[ClaimsFile]:
    """Load every claims file named (folders searched), reporting the problems of all files together."""
    files = find_claims_files(list(paths))
    if not files:
        raise InputError([InputProblem(p, None, None, "no claims files (*.yaml, *.yml) found here") for p in paths])
    loaded: list[ClaimsFile] = []
    problems: list[InputProblem] = []
    for path in files:
        try:
            loaded.append(load_claims_file(path))
        except InputError as error:
            problems.extend(error.problems)
    if problems:
        raise InputError(problems)
    return loaded


def article_for(claims_file: ClaimsFile, text: Path | None) -> ArticleText | None:
    """The article text: `--text` if given, else the file's `article.text`, else none."""
    if text is not None:
        return ArticleText.read(text)
    if claims_file.article.text_path is not None:
        return ArticleText.read(claims_file.article.text_path)
    return None


def check_file(
    claims_file: ClaimsFile,
    article: ArticleText | None,
    rules: Sequence[Rule],
    options: Mapping[str, Mapping[str, Any]] | None = None,
) -> tuple[list[Finding], list[SkippedRule]]:
    """Run the rules over one claims file; reviewed findings carry their review."""
    options = options or {}
    findings: list[Finding] = []
    skipped: list[SkippedRule] = []
    # one context for every rule: where quotes stand and which values each metric has are worked out once
    context = Context(claims_file, article, options)
    for rule in rules:
        if rule.id == STALE_REVIEW:
            continue
        if rule.needs_text and article is None:
            skipped.append(SkippedRule(rule.id, "no article text: give `article.text` or --text"))
            continue
        findings.extend(rule.check(context))

    def run_on(view: ClaimsFile) -> list[Finding]:  # the same rules on the strict reading of round figures
        strict = Context(view, article, options)
        return [f for rule in rules if compares_intervals(rule.id) and rule.id not in skipped_ids
                for f in rule.check(strict)]

    skipped_ids = {skip.rule for skip in skipped}
    findings.extend(loose_only_findings(claims_file, findings, run_on))
    findings = _unique(findings)
    reviews = {review.finding: review for review in claims_file.reviews}
    findings = [dataclasses.replace(f, review=_review_of(f, reviews)) for f in findings]
    stale = RULES_BY_ID[STALE_REVIEW]
    if stale in rules:
        # a review names its rule (`rule:`) and is judged when that rule ran; an older review without one
        # could belong to any rule, so only a full run can call it stale
        skipped_ids = {skip.rule for skip in skipped}
        ran = frozenset(name for r in rules if r.id not in skipped_ids for name in (r.id, *r.aliases))
        full = not skipped and len(rules) == len(RULES)
        findings.extend(stale.check(Context(claims_file, article, options, tuple(findings), ran, full)))
        if not full and any(review.rule not in ran for review in claims_file.reviews):
            skipped.append(SkippedRule(STALE_REVIEW, "not every rule ran: reviews of rules that did not run, "
                                                     "and reviews without `rule:`, are checked only on a full run"))
    return findings, skipped


def _review_of(finding: Finding, reviews: Mapping[str, Review]) -> Review | None:
    """The review of a finding, found by its fingerprint or by a former one (reviews written earlier)."""
    for name in (finding.fingerprint, *finding.former_fingerprints):
        if name in reviews:
            return reviews[name]
    return None


def verify(
    paths: Sequence[Path],
    *,
    text: Path | None = None,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    options: Mapping[str, Mapping[str, Any]] | None = None,
    severity: Mapping[str, Severity] | None = None,
    fail_on: str = "error",
) -> Report:
    """Check every claims file under `paths` and return the sorted Report."""
    return verify_files(load_all(paths), text=text, select=select, ignore=ignore, options=options,
                        severity=severity, fail_on=fail_on)


def verify_files(
    claims_files: Sequence[ClaimsFile],
    *,
    text: Path | None = None,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    options: Mapping[str, Mapping[str, Any]] | None = None,
    severity: Mapping[str, Severity] | None = None,
    fail_on: str = "error",
) -> Report:
    """Check claims files already loaded and return the sorted Report.

    `severity` overrides rules' severities (configuration); `fail_on` is recorded for the formats that mark
    failing findings (the exit code is still decided by the caller).
    """
    rules = select_rules(select, ignore)
    findings: list[Finding] = []
    skipped: dict[str, SkippedRule] = {}
    by_file: list[tuple[str, tuple[SkippedRule, ...]]] = []
    for claims_file in claims_files:
        file_findings, file_skipped = check_file(claims_file, article_for(claims_file, text), rules, options)
        findings.extend(file_findings)
        by_file.append((str(claims_file.path), tuple(sorted(file_skipped, key=lambda s: s.rule))))
        for skip in file_skipped:
            skipped.setdefault(skip.rule, skip)
    overrides = severity or {}
    findings = [dataclasses.replace(f, severity=overrides[f.rule]) if f.rule in overrides else f for f in findings]
    findings.sort(key=Finding.sort_key)
    return Report(
        version=__version__,
        files=tuple(str(f.path) for f in claims_files),
        findings=tuple(findings),
        rules_run=tuple(rule.id for rule in rules if rule.id not in skipped),
        rules_skipped=tuple(skipped[rule_id] for rule_id in sorted(skipped)),
        fail_on=fail_on,
        skipped_by_file=tuple(by_file),
    )


def _unique(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple[str, str]] = set()
    unique: list[Finding] = []
    for finding in findings:
        key = (finding.location.path, finding.fingerprint)
        if key not in seen:
            seen.add(key)
            unique.append(finding)
    return unique

