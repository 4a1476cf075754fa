"""The claims file as immutable data: article, sources, metrics, claims, reviews."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from factcheck.formulas import Formula
from factcheck.intervals import Interval
from factcheck.periods import Duration, FiscalCalendar, Period
from factcheck.quantities import Amount, Figure, Ratio, Unit

SOURCE_KINDS = ("official", "expert", "outlet", "company", "document", "unknown")
CLAIM_KINDS = ("actual", "target", "forecast", "estimate")
FORMS = ("value", "change", "bound", "share")
REVIEW_STATUSES = ("accepted", "false-positive")


@dataclass(frozen=True)
class Position:
    """Where something is written: 1-based line and column."""

    line: int
    column: int


@dataclass(frozen=True)
class Article:
    """The article a claims file describes."""

    title: str
    published: date
    language: str
    outlet: str | None = None
    url: str | None = None
    text_path: Path | None = None
    text_position: Position | None = None
    fiscal: FiscalCalendar | None = None  # `fiscal_year_start`: the calendar of fiscal periods (FY2016-Q4)


@dataclass(frozen=True)
class Source:
    """Someone who states or publishes figures."""

    id: str
    name: str
    kind: str
    role: str | None = None
    fiscal: FiscalCalendar | None = None  # `fiscal_year_start`: the calendar of its fiscal periods
    key: str | None = None  # the source's name across articles (format 1.2): `kz-stat-committee`

    @property
    def label(self) -> str:
        """How a finding names the source: its name, role and kind."""
        role = f", {self.role}" if self.role else ""
        return f"{self.name} ({self.kind}{role})"


@dataclass(frozen=True)
class Metric:
    """What is measured, in which unit, whether sub-periods add up, and how it derives from other metrics."""

    id: str
    name: str
    unit_text: str
    unit: Unit | None
    flow: bool = False
    parts: tuple[str, ...] = ()
    formula: Formula | None = None  # `parts: [a, b]` is the formula "a + b"
    key: str | None = None  # the metric's name across articles (format 1.2): claims of one key are compared
    guessed: tuple[str, ...] = ()  # fields a draft's writer guessed (flow, unit, parts, formula): every claim's
    position: Position | None = field(default=None, compare=False)  # where the metric is declared


@dataclass(frozen=True)
class Claim:
    """One figure of the article, with its period, attribution and quote."""

    id: str
    metric: Metric
    form: str
    figure: Figure
    period: Period | None
    kind: str
    said_by: Source
    position: Position
    cites: Source | None = None
    quote: str | None = None
    note: str | None = None
    exact: bool = False
    language: str = "ru"
    since: Period | None = None
    since_duration: Duration | None = None
    against: str | None = None
    of_metric: str | None = None  # a share's whole: a metric (the share's own period is meant)
    of_claim: str | None = None  # or a claim (its figure and period are meant)
    release: Period | None = None  # when the source published the figure (a preliminary or revised release)
    corrects: str | None = None  # "ARTICLE-URL#CLAIM-ID": the earlier figure this one corrects (format 1.2)
    guessed: tuple[str, ...] = ()  # fields a draft's writer guessed; never part of a fingerprint
    # set by `verify --archive` on a claim read from the archive, never by the loader: it was published
    # before, and what later articles said of its figure (corrected-figure weighs them)
    archived: bool = False
    corrections: tuple[Correction, ...] = ()

    @property
    def guesses(self) -> tuple[str, ...]:
        """What is still guessed of this claim: its own guessed fields, then its metric's."""
        return self.guessed + self.metric.guessed

    @property
    def text(self) -> str:
        """The figure as written in the claims file."""
        return self.figure.text

    @property
    def is_actual(self) -> bool:
        """Actual and estimated figures describe what happened; targets and forecasts do not."""
        return self.kind in ("actual", "estimate")

    @functools.cached_property
    def amount(self) -> Interval | None:
        """A value or value bound in the metric's unit; None for changes or when the units do not convert.

        Computed once per claim: rules read it many times and the unit conversion is the costly part.
        """
        if self.form in ("change", "share") or not isinstance(self.figure, Amount):
            return None
        return self.figure.in_unit(self.metric.unit)

    @property
    def share(self) -> Interval | None:
        """A share as a fraction of its whole (15.2% is 0.1515–0.1525); None for the other forms."""
        if self.form != "share" or not isinstance(self.figure, Amount):
            return None
        return self.figure.interval

    @property
    def whole(self) -> str | None:
        """What a share is a share of: the id `of` names (a metric or a claim)."""
        return self.of_claim or self.of_metric

    @property
    def ratio(self) -> Ratio | None:
        """A relative change (or a bound on one), if the claim states one."""
        return self.figure if isinstance(self.figure, Ratio) else None

    @property
    def baseline_period(self) -> Period | None:
        """The period a change is measured from: `since`, or the claim's period shifted back by a duration."""
        if self.since is not None:
            return self.since
        if self.since_duration is not None and self.period is not None:
            return self.period.shifted_back(self.since_duration)
        return None

    @property
    def period_text(self) -> str:
        """The period as written, or 'undated'."""
        return self.period.text if self.period else "undated"


@dataclass(frozen=True)
class Correction:
    """A later word on an archived figure: the claim that corrected it, or why it was withdrawn without one."""

    by: Claim | None = None
    reason: str | None = None


@dataclass(frozen=True)
class Review:
    """An editor's decision on a finding, recorded in the claims file."""

    finding: str
    status: str
    by: str
    date: date
    position: Position
    note: str | None = None
    rule: str | None = None  # the rule of the finding (older reviews have none)


@dataclass(frozen=True)
class ClaimsFile:
    """A loaded, validated claims file."""

    path: Path
    article: Article
    sources: dict[str, Source]
    metrics: dict[str, Metric]
    claims: tuple[Claim, ...]
    reviews: tuple[Review, ...] = ()
    custom_units: tuple[str, ...] = ()
    claims_by_id: dict[str, Claim] = field(default_factory=dict)

    def claim(self, claim_id: str) -> Claim:
        """The claim with this id."""
        return self.claims_by_id[claim_id]


@dataclass(frozen=True)
class RegistryEntry:
    """A key of the registry: a metric or a source named across articles, in both languages.

    `unit`, `flow` and `place` are given for metrics; `names` and `aliases` map a language to its words.
    """

    key: str
    names: dict[str, str]
    aliases: dict[str, tuple[str, ...]]
    unit_text: str | None = None
    unit: Unit | None = None
    flow: bool | None = None
    place: str | None = None


@dataclass(frozen=True)
class Registry:
    """Keys shared between articles and newsrooms (format 1.2): `factcheck-registry: 1`, metrics and sources."""

    metrics: dict[str, RegistryEntry] = field(default_factory=dict)
    sources: dict[str, RegistryEntry] = field(default_factory=dict)
    digest: str = ""  # SHA-256 of the registry's files, part of what an archive check's result depends on


def releases_differ(first: Claim, second: Claim) -> bool:
    """Whether two figures come from different releases of their source (a preliminary and a revised one).

    Both must carry `release` and name different days or periods; without `release`, figures are never
    treated as revisions of each other.
    """
    if first.release is None or second.release is None:
        return False
    return not first.release.same_span(second.release)


def one_release_each(claims: list[Claim]) -> list[list[Claim]]:
    """The claims that may contradict each other, in batches of one release each.

    Figures of two different releases are a revision (revised-figure), not a contradiction; a figure with no
    release belongs to every batch.
    """
    releases = sorted({(c.release.start, c.release.end) for c in claims if c.release is not None})
    if len(releases) < 2:
        return [claims]
    return [[c for c in claims if c.release is None or (c.release.start, c.release.end) == release]
            for release in releases]
