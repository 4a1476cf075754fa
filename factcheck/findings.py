"""Findings, the report they make up, and their fingerprints: immutable data every format renders."""

from __future__ import annotations

import dataclasses
import enum
import functools
import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from factcheck.article import Place
from factcheck.intervals import Interval, format_interval

if TYPE_CHECKING:  # a finding only carries a review: a run answered from the cache never loads the model
    from factcheck.model import Review

JSON_FORMAT_VERSION = 1


class Severity(str, enum.Enum):
    """How serious a finding is; `--fail-on` compares against it."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is more serious."""
        return {"error": 3, "warning": 2, "info": 1}[self.value]


FAIL_ON_CHOICES = ("error", "warning", "info", "never")


@dataclass(frozen=True)
class ClaimRef:
    """A claim as a finding shows it: the figure, its sourcing and where it is written."""

    id: str
    figure: str
    metric: str
    period: str
    kind: str
    quote: str | None
    said_by: str
    said_by_name: str
    said_by_kind: str
    cites: str | None
    cites_name: str | None
    line: int
    column: int
    article_place: Place | None = None

    def to_dict(self) -> dict[str, Any]:
        """The claim's keys in the JSON document."""
        place = self.article_place
        return {
            "id": self.id, "figure": self.figure, "metric": self.metric, "period": self.period,
            "kind": self.kind, "quote": self.quote,
            "said_by": {"id": self.said_by, "name": self.said_by_name, "kind": self.said_by_kind},
            "cites": None if self.cites is None else {"id": self.cites, "name": self.cites_name},
            "line": self.line, "column": self.column,
            "article": None if place is None else {
                "path": place.path, "paragraph": place.paragraph, "line": place.line, "column": place.column,
            },
        }


@dataclass(frozen=True)
class Compared:
    """One interval a finding compared, labelled with what it stands for."""

    label: str
    interval: Interval
    unit: str
    # the stated figure (same unit) this interval is printed next to: printed with the digits that show it
    # outside, where it is
    beside: Interval | None = None

    def interval_text(self) -> str:
        """The interval as printed: `3.15–3.25 Mt`, `+61.5% to +62.5%`."""
        return format_interval(self.interval, self.unit, beside=self.beside)

    def next_to(self, stated: Compared) -> Compared:
        """The same interval printed beside a stated figure (same unit), with the digits to tell them apart."""
        return dataclasses.replace(self, beside=stated.interval)

    def describe(self) -> str:
        """`2022: 3,2 млн тонн = 3.15–3.25 Mt`."""
        return f"{self.label} = {self.interval_text()}"

    def to_dict(self) -> dict[str, Any]:
        """The compared interval in the JSON document (null for an unbounded end)."""
        low, high = self.interval.low, self.interval.high
        return {
            "label": self.label,
            "low": None if low is None else float(low),
            "high": None if high is None else float(high),
            "unit": self.unit,
        }


@dataclass(frozen=True)
class Location:
    """The file, line and column a finding points at; the end, where known, is exclusive."""

    path: str
    line: int
    column: int
    end_line: int | None = None
    end_column: int | None = None


@dataclass(frozen=True)
class Finding:
    """A consistency or sourcing problem, complete when created."""

    rule: str
    severity: Severity
    message: str
    help: str
    location: Location
    claims: tuple[ClaimRef, ...]
    compared: tuple[Compared, ...]
    fingerprint: str
    claims_file: str
    review: Review | None = None
    # what this finding's fingerprint was before figures were part of it, and under the rule's former ids:
    # reviews written then still attach to it
    former_fingerprints: tuple[str, ...] = ()

    def answers_to(self, fingerprint: str) -> bool:
        """Whether a review naming `fingerprint` is about this finding (its fingerprint, current or former)."""
        return fingerprint == self.fingerprint or fingerprint in self.former_fingerprints

    @property
    def reviewed(self) -> bool:
        """Whether an editor has recorded a decision on this finding."""
        return self.review is not None

    def sort_key(self) -> tuple[str, int, int, str, str]:
        """Findings are listed by place, then rule, then fingerprint."""
        loc = self.location
        return (loc.path, loc.line, loc.column, self.rule, self.fingerprint)

    def to_dict(self) -> dict[str, Any]:
        """The finding in the JSON document."""
        review = self.review
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.message,
            "help": self.help,
            "path": self.location.path,
            "line": self.location.line,
            "column": self.location.column,
            "fingerprint": self.fingerprint,
            "claims_file": self.claims_file,
            "claims": [claim.to_dict() for claim in self.claims],
            "compared": [compared.to_dict() for compared in self.compared],
            "review": None if review is None else {
                "status": review.status, "by": review.by, "date": review.date.isoformat(), "note": review.note,
            },
        }


def fingerprint(rule: str, subject: list[str]) -> str:
    """A finding's stable id: SHA-256 of the rule and its sorted subject (claims, or a documented key).

    Line numbers and messages stay out of it, so reordering claims, moving lines or rewording a message
    keeps every review attached; the figures are in it (see `claims_subject`), so changing one makes the
    review of the old figures stale.
    """
    payload = "\n".join([rule, *sorted(subject)])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:12]


def claims_subject(claims: Iterable[tuple[str, str]]) -> list[str]:
    """The subject of a finding about claims: each claim's id with its figure as written (spaces folded)."""
    return [f"{claim_id}: {' '.join(figure.split())}" for claim_id, figure in claims]


@dataclass(frozen=True)
class SkippedRule:
    """A rule that did not run, and why; `files` names the claims files it did not run for (all when empty)."""

    rule: str
    reason: str
    files: tuple[str, ...] = ()


@dataclass(frozen=True)
class Report:
    """Everything one run found, sorted; the source of every output format.

    `rules_run` and `rules_skipped` sum up the run (a rule that ran for some files and was skipped for others
    is in both; each skipped rule names its files); `skipped_by_file` says it file by file.
    """

    version: str
    files: tuple[str, ...]
    findings: tuple[Finding, ...]
    rules_run: tuple[str, ...]
    rules_skipped: tuple[SkippedRule, ...]
    fail_on: str = "error"
    guessed: int = 0  # claims that still carry a guess (format 1.2 section 4): a journalist deletes each confirmed
    # per claims file, the rules that did not run on it (rules_skipped merges them over the files)
    skipped_by_file: tuple[tuple[str, tuple[SkippedRule, ...]], ...] = ()
    # the configuration file the run used, as the user would type its path; None: the defaults, no file
    configuration: str | None = None

    def skipped_for(self, path: str) -> tuple[SkippedRule, ...]:
        """The rules that did not run on one claims file."""
        if not self.skipped_by_file:
            return self.rules_skipped
        return self._skips_by_path.get(path, ())

    @functools.cached_property
    def _skips_by_path(self) -> dict[str, tuple[SkippedRule, ...]]:
        return dict(self.skipped_by_file)  # built once: formats ask for every file

    def counts(self) -> dict[str, int]:
        """Findings by severity, reviewed ones included, in a fixed order."""
        counter = Counter(finding.severity.value for finding in self.findings)
        return {severity.value: counter.get(severity.value, 0) for severity in Severity}

    def failing(self, fail_on: str | None = None) -> tuple[Finding, ...]:
        """The unreviewed findings at or above `fail_on` (the run's own by default; none for 'never')."""
        fail_on = fail_on or self.fail_on
        if fail_on == "never":
            return ()
        threshold = Severity(fail_on).rank
        return tuple(f for f in self.findings if not f.reviewed and f.severity.rank >= threshold)

    def without_reviewed(self) -> Report:
        """The same run with reviewed findings left out (for SARIF uploads: GitHub ignores suppressions)."""
        return dataclasses.replace(self, findings=tuple(f for f in self.findings if not f.reviewed))

    def to_dict(self) -> dict[str, Any]:
        """The JSON document, version JSON_FORMAT_VERSION; documented in docs/json.md."""
        return {
            "version": JSON_FORMAT_VERSION,
            "tool": {"name": "factcheck", "version": self.version},
            "files": list(self.files),
            "configuration": self.configuration,
            "summary": {
                **self.counts(),
                "total": len(self.findings),
                "reviewed": sum(1 for finding in self.findings if finding.reviewed),
                "failing": len(self.failing()),
                "fail_on": self.fail_on,
                # claims still carrying guesses (format 1.2 section 4); only when some do, so older documents
                # read the same
                **({"guessed": self.guessed} if self.guessed else {}),
            },
            "rules": {
                "run": list(self.rules_run),
                "skipped": [
                    {"rule": s.rule, "reason": s.reason, "files": list(s.files)} for s in self.rules_skipped
                ],
            },
            "findings": [finding.to_dict() for finding in self.findings],
        }
