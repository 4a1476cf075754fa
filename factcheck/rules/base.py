"""What a rule is, and the read-only context its `check` receives."""

from __future__ import annotations

import functools
import textwrap
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar, cast

from factcheck.article import ArticleText, Place
from factcheck.findings import ClaimRef, Compared, Finding, Location, Severity, claims_subject, fingerprint
from factcheck.formulas import Negation, Node, Operation
from factcheck.intervals import Interval
from factcheck.model import Claim, ClaimsFile, Metric
from factcheck.periods import Period
from factcheck.quantities import Ratio

if TYPE_CHECKING:
    from factcheck.figures import FoundFigure

T = TypeVar("T")
_ONE = Fraction(1)
_HUNDRED = Fraction(100)
# former ids of each rule (its ALIASES), filled as the registry builds its rules: findings answer to them
_FORMER_IDS: dict[str, tuple[str, ...]] = {}
DOC_HEADINGS = ("What it checks", "Why it matters", "Example", "Passes", "Tolerance", "How to silence")


@dataclass(frozen=True)
class Rule:
    """A registered rule: its id, one-line summary, default severity, docs and check function."""

    id: str
    summary: str
    default_severity: Severity
    needs_text: bool
    doc: str
    check: Callable[[Context], Iterator[Finding]]
    options: Mapping[str, Any] = field(default_factory=dict)
    order: int = 0
    aliases: tuple[str, ...] = ()
    needs_archive: bool = False  # runs only with `verify --archive`: it weighs claims read from the archive

    @classmethod
    def from_module(cls, module: ModuleType) -> Rule:
        """Build a rule from its module's constants, docstring and `check`."""
        doc = (module.__doc__ or "").strip()
        _FORMER_IDS[module.ID] = tuple(getattr(module, "ALIASES", ()))
        first_line = doc.splitlines()[0] if doc else ""
        return cls(
            id=module.ID,
            summary=first_line.removeprefix(f"{module.ID}: ").rstrip("."),
            default_severity=module.SEVERITY,
            needs_text=getattr(module, "NEEDS_TEXT", False),
            doc=doc,
            check=module.check,
            options=getattr(module, "OPTIONS", {}),
            order=getattr(module, "ORDER", 0),
            aliases=tuple(getattr(module, "ALIASES", ())),
            needs_archive=getattr(module, "NEEDS_ARCHIVE", False),
        )

    def section(self, heading: str) -> str:
        """One section of the rule's documentation, by heading."""
        lines = self.doc.splitlines()
        collected: list[str] = []
        inside = False
        for line in lines:
            if line.strip().rstrip(":") in DOC_HEADINGS:
                inside = line.strip().rstrip(":") == heading
                continue
            if inside:
                collected.append(line)
        return textwrap.dedent("\n".join(collected)).strip()


@dataclass(frozen=True)
class Context:
    """What a rule may read: one claims file, its article text, rule options (by rule id), earlier findings."""

    claims_file: ClaimsFile
    article: ArticleText | None = None
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    findings: tuple[Finding, ...] = ()
    # for stale-review: the ids (and former ids) of the rules that ran, and whether every rule did
    rules_run: frozenset[str] = frozenset()
    full_run: bool = False
    archive: bool = False  # whether the archive was read (`verify --archive`): rules that need it run only then

    @property
    def claims(self) -> tuple[Claim, ...]:
        """Every claim of the file, in file order."""
        return self.claims_file.claims

    def option(self, rule: str, name: str, default: Any) -> Any:
        """A rule's option, from configuration or the rule's default."""
        return self.options.get(rule, {}).get(name, default)

    # -- claims by metric and period, indexed once per file so that no rule walks claims it does not need
    # Lists these lookups return are shared by every rule that asks again (a rule asks once per claim): they
    # are never changed, so that one metric of many claims costs its claims, not its claims times its periods.
    def values(self, metric: Metric, period: Period, *, kinds: Sequence[str] = ("actual", "estimate")) -> list[Claim]:
        """Stated values of a metric for exactly this span, of the given kinds, with a usable interval."""
        return self.remember(("values", metric.id, *_span(period), tuple(kinds)), lambda: [
            c for c in self._values_by_span.get((metric.id, *_span(period)), ()) if c.kind in kinds])

    def values_of(self, metric: Metric, *, kinds: Sequence[str] = ("actual", "estimate")) -> list[Claim]:
        """Every stated, dated value of a metric of the given kinds."""
        return self.remember(("values_of", metric.id, tuple(kinds)), lambda: [
            claim for claim in self._values_by_metric.get(metric.id, ()) if claim.kind in kinds])

    def claims_of(self, metric_id: str, form: str | None = None) -> list[Claim]:
        """The claims of one metric (of one form, if given), in file order."""
        claims = self._by_metric.get(metric_id, [])
        if form is None:
            return claims
        return self.remember(("claims_of", metric_id, form), lambda: [c for c in claims if c.form == form])

    def remember(self, key: Hashable, compute: Callable[[], T]) -> T:
        """What `compute` gives, worked out once per context under `key`.

        Rules that need one another's results (implied-value asks change-conflict, which asks change-mismatch),
        or ask one lookup once per claim, share them.
        """
        memo = self._memo
        if key not in memo:
            memo[key] = compute()
        return cast(T, memo[key])

    @functools.cached_property
    def _memo(self) -> dict[Hashable, object]:
        return {}

    def claims_at(self, metric_id: str, period: Period) -> list[Claim]:
        """The claims of one metric for exactly this span, of every form, in file order."""
        return self._by_span.get((metric_id, *_span(period)), [])

    @functools.cached_property
    def _by_metric(self) -> dict[str, list[Claim]]:
        grouped: dict[str, list[Claim]] = {}
        for claim in self.claims:
            grouped.setdefault(claim.metric.id, []).append(claim)
        return grouped

    @functools.cached_property
    def _by_span(self) -> dict[tuple[str, date, date], list[Claim]]:
        grouped: dict[tuple[str, date, date], list[Claim]] = {}
        for claim in self.claims:
            if claim.period is not None:
                grouped.setdefault((claim.metric.id, *_span(claim.period)), []).append(claim)
        return grouped

    @functools.cached_property
    def _values_by_metric(self) -> dict[str, list[Claim]]:
        return {
            metric_id: [c for c in claims if c.form == "value" and c.period is not None and c.amount is not None]
            for metric_id, claims in self._by_metric.items()
        }

    @functools.cached_property
    def _values_by_span(self) -> dict[tuple[str, date, date], list[Claim]]:
        return {
            key: [c for c in claims if c.form == "value" and c.amount is not None]
            for key, claims in self._by_span.items()
        }

    def whole_metric(self, share: Claim) -> str:
        """The id of the metric a share is of, through the claim `of` names when it names one."""
        if share.of_claim is not None:
            whole = self.claims_file.claims_by_id.get(share.of_claim)
            return whole.metric.id if whole is not None else share.of_claim
        return share.of_metric or ""

    def baseline_claims(self, change: Claim) -> list[Claim]:
        """The stated values a change is measured from: its `against` claim or values for its baseline."""
        if change.against is not None:
            against = self.claims_file.claims_by_id.get(change.against)
            return [against] if against is not None and against.amount is not None else []
        baseline = change.baseline_period
        return [] if baseline is None else of_own_release(change, self.values(change.metric, baseline))

    def baseline_period(self, change: Claim) -> Period | None:
        """The period a change starts from, through `against` when it names a claim."""
        if change.against is not None:
            against = self.claims_file.claims_by_id.get(change.against)
            return against.period if against is not None else None
        # a period shifted back by a duration is worked out anew at each call: once per change is enough
        known = self._baseline_periods
        if change.id not in known:
            known[change.id] = change.baseline_period
        return known[change.id]

    @functools.cached_property
    def _baseline_periods(self) -> dict[str, Period | None]:
        return {}

    def result_claims(self, change: Claim) -> list[Claim]:
        """The stated values a change ends at: same metric and period, same kind."""
        if change.period is None:
            return []
        kinds = ("actual", "estimate") if change.is_actual else (change.kind,)
        results = self.values(change.metric, change.period, kinds=kinds)
        baseline = self.claims_file.claims_by_id.get(change.against or "")
        if baseline is None:
            return of_own_release(change, results)
        # against an earlier release of the same figure, the change ends at another release, never at its baseline
        results = [c for c in results if c.id != baseline.id and not _same_release(c, baseline)]
        if change.release is not None:
            results = [c for c in results if c.release is None or _same_release(c, change)]
        return results

    # -- building findings
    @functools.cached_property
    def _quote_places(self) -> dict[str, tuple[int, int] | None]:
        article = self.article
        if article is None:
            return {}
        return {c.id: article.find_quote(c.quote) if c.quote else None for c in self.claims}

    @functools.cached_property
    def article_figures(self) -> tuple[FoundFigure, ...]:
        """Every figure of the article text as a reader sees it (scanned once per file), none without text."""
        if self.article is None:
            return ()
        from factcheck.figures import find_figures  # the text scanner is needed only with an article text

        claims_file = self.claims_file
        return tuple(find_figures(self.article.visible, claims_file.article.language, claims_file.custom_units))

    def for_reading(self, claims_file: ClaimsFile) -> Context:
        """The context of another reading of the same file (its figures read otherwise, its quotes the same).

        What was worked out from the article text (where each quote stands, the figures of the text) is
        shared, not worked out again.
        """
        other = Context(claims_file, self.article, self.options)
        for name in ("_quote_places", "article_figures"):
            if name in self.__dict__:
                other.__dict__[name] = self.__dict__[name]
        return other

    def quote_span(self, claim: Claim) -> tuple[int, int] | None:
        """Where the claim's quote stands in the article text, if the text is given and holds it."""
        return self._quote_places.get(claim.id)

    def article_place(self, claim: Claim) -> Place | None:
        """The paragraph, line and column of the claim's quote in the article."""
        span = self.quote_span(claim)
        if span is None or self.article is None:
            return None
        return self.article.place(span[0])

    def claim_ref(self, claim: Claim) -> ClaimRef:
        """A claim with its sourcing, as findings carry it."""
        cites = claim.cites
        return ClaimRef(
            id=claim.id, figure=claim.text, metric=claim.metric.id, period=claim.period_text, kind=claim.kind,
            quote=claim.quote, said_by=claim.said_by.id, said_by_name=claim.said_by.name,
            said_by_kind=claim.said_by.kind, cites=None if cites is None else cites.id,
            cites_name=None if cites is None else cites.name, line=claim.position.line,
            column=claim.position.column, article_place=self.article_place(claim),
        )

    def compared(self, label: str, interval: Interval, claim_or_unit: Claim | str) -> Compared:
        """An interval a finding compares, in the metric's unit as the file writes it."""
        unit = claim_or_unit if isinstance(claim_or_unit, str) else claim_or_unit.metric.unit_text
        return Compared(label, interval, unit)

    def finding(
        self,
        rule: str,
        severity: Severity,
        claims: Sequence[Claim],
        message: str,
        help: str,
        compared: Sequence[Compared] = (),
        *,
        subject: list[str] | None = None,
        location: Location | None = None,
        replaces: Sequence[Sequence[Claim]] = (),
    ) -> Finding:
        """A complete finding; the first claim is the primary one and gives the location by default.

        `replaces` lists the claims of the findings this one stands for since a restated figure makes one
        finding (format 1.2): a review of any of them still covers it.
        """
        primary = claims[0] if claims else None
        if location is None:
            assert primary is not None, "a finding without claims needs a location"
            location = Location(str(self.claims_file.path), primary.position.line, primary.position.column)
        subjects = [subject] if subject is not None else [
            claims_subject((c.id, c.text) for c in claims),
            [c.id for c in claims],  # the subject before figures were part of it
        ]
        for former_claims in replaces:
            subjects += [claims_subject((c.id, c.text) for c in former_claims), [c.id for c in former_claims]]
        current = fingerprint(rule, subjects[0])
        former = {fingerprint(rule_id, s) for rule_id in (rule, *_FORMER_IDS.get(rule, ())) for s in subjects}
        return Finding(
            rule=rule,
            severity=severity,
            message=message,
            help=help,
            location=location,
            claims=tuple(self.claim_ref(claim) for claim in claims),
            compared=tuple(compared),
            fingerprint=current,
            claims_file=str(self.claims_file.path),
            former_fingerprints=tuple(sorted(former - {current})),
        )


def of_own_release(change: Claim, ends: list[Claim]) -> list[Claim]:
    """The ends a change with a `release` is compared with: those of its own release where the file has them.

    A change published in the revised release is measured between figures of that release, not against
    the preliminary figure of the same period (format 1.2, section 6).
    """
    if change.release is None:
        return ends
    own = [end for end in ends if _same_release(end, change)]
    return own or ends


def _same_release(first: Claim, second: Claim) -> bool:
    return first.release is not None and second.release is not None and first.release.same_span(second.release)


def agreeing_groups(items: Iterable[T], interval_of: Callable[[T], Interval | None]) -> list[list[T]]:
    """The fewest groups of items whose intervals all share a value; items without an interval are left out.

    Greedy by upper end (the classic cover of intervals by points): the lowest upper end not yet grouped
    is a value that every ungrouped interval starting at or below it contains. Sorting makes it n log n.
    Groups come in the order of their upper ends, items of a group in their given order.
    """
    indexed = [(position, item, interval) for position, item in enumerate(items)
               if (interval := interval_of(item)) is not None]
    by_high = sorted(indexed, key=lambda entry: _upper_key(entry[2].high))
    by_low = sorted(indexed, key=lambda entry: _lower_key(entry[2].low))
    grouped: set[int] = set()
    groups: list[list[T]] = []
    next_low = 0
    for position, _, interval in by_high:
        if position in grouped:
            continue
        point = _upper_key(interval.high)
        group: list[tuple[int, T]] = []
        while next_low < len(by_low) and _lower_key(by_low[next_low][2].low) <= point:
            candidate, item, _ = by_low[next_low]
            next_low += 1
            if candidate not in grouped:
                grouped.add(candidate)
                group.append((candidate, item))
        groups.append([item for _, item in sorted(group, key=lambda entry: entry[0])])
    return groups


def _upper_key(value: Fraction | None) -> tuple[int, Fraction]:
    return (1, _ONE) if value is None else (0, value)


def _lower_key(value: Fraction | None) -> tuple[int, Fraction]:
    return (-1, _ONE) if value is None else (0, value)


class ByInterval:
    """Claims with an interval, sorted by each end, to find those an interval does not overlap without a scan."""

    def __init__(self, claims: list[Claim]) -> None:
        self.claims = claims  # in file order
        ends = [(claim.amount, position) for position, claim in enumerate(claims) if claim.amount is not None]
        by_high = sorted((amount.high, position) for amount, position in ends if amount.high is not None)
        by_low = sorted((amount.low, position) for amount, position in ends if amount.low is not None)
        self.highs, self.high_positions = [high for high, _ in by_high], [position for _, position in by_high]
        self.lows, self.low_positions = [low for low, _ in by_low], [position for _, position in by_low]

    def apart_from(self, interval: Interval) -> list[Claim]:
        """The claims whose interval does not overlap `interval` (see Interval.overlaps), in file order."""
        positions: set[int] = set()
        if interval.low is not None:  # wholly below it
            positions.update(self.high_positions[:bisect_left(self.highs, interval.low)])
        if interval.high is not None:  # wholly above it
            positions.update(self.low_positions[bisect_right(self.lows, interval.high):])
        return [self.claims[position] for position in sorted(positions)]


def same_figures(claims: Iterable[Claim]) -> list[list[Claim]]:
    """Claims with an amount, grouped by equal interval (the same figure stated several times), in file order."""
    grouped: dict[tuple[object, ...], list[Claim]] = {}
    for claim in claims:
        if claim.amount is not None:
            grouped.setdefault(interval_key(claim.amount), []).append(claim)
    return list(grouped.values())


def interval_key(interval: Interval) -> tuple[object, ...]:
    """A dictionary key equal for equal intervals, cheap to hash (a Fraction's hash is slow to compute)."""
    low, high = interval.low, interval.high
    return (None if low is None else (low.numerator, low.denominator),
            None if high is None else (high.numerator, high.denominator))


def distinct(claims: Iterable[Claim]) -> list[Claim]:
    """Each claim once, in the order first met.

    By identity: two claims of a file are never equal, and a claim's own hash walks every field (its metric,
    figure, period, sources).
    """
    seen: dict[int, Claim] = {}
    for claim in claims:
        seen.setdefault(id(claim), claim)
    return list(seen.values())


def restatements(
    claims: Iterable[Claim],
    figure: Callable[[Claim], Interval | None] = lambda claim: claim.amount,
    subject: Callable[[Claim], Hashable] = lambda claim: None,
) -> list[list[Claim]]:
    """Claims that state one figure, grouped: a total given in the lead and again in the body is one figure.

    Claims restate each other when they are of one metric, form, period (its days), kind and release (and
    `subject`, which a rule may add, such as a change's baseline) and their figures overlap (`agreeing_groups`).
    A rule compares each group once and its finding lists every claim of the group (format 1.2, section 6).
    Groups come in file order, each in file order; claims without a figure are left out.
    """
    batches: dict[Hashable, list[Claim]] = {}
    for claim in claims:
        period = None if claim.period is None else _span(claim.period)
        release = None if claim.release is None else _span(claim.release)
        key = (claim.metric.id, claim.form, period, claim.kind, release, subject(claim))
        batches.setdefault(key, []).append(claim)
    groups = [sorted(group, key=file_order) for batch in batches.values() for group in agreeing_groups(batch, figure)]
    return sorted(groups, key=lambda group: file_order(group[0]))


def stated_as(group: Sequence[Claim]) -> str:
    """A restated figure as a message names it: `$547 млн (lead, body)`, `$2bn (lead) or $2.0bn (body)`."""
    by_text: dict[str, list[str]] = {}
    for claim in group:
        by_text.setdefault(claim.text, []).append(claim.id)
    return " or ".join(f"{text} ({', '.join(ids)})" for text, ids in by_text.items())


def figures_of(group: Sequence[Claim]) -> str:
    """The figures of a restated figure as written, each once: `$2bn or $2.0bn`."""
    return " or ".join(dict.fromkeys(claim.text for claim in group))


def ids_of(group: Sequence[Claim]) -> str:
    """The ids of the claims of a group: `lead, body`."""
    return ", ".join(claim.id for claim in group)


def file_order(claim: Claim) -> tuple[int, int]:
    """Where a claim is written in its file, for listing claims as the file does."""
    return claim.position.line, claim.position.column


def cannot_be_negative(metric: Metric) -> bool:
    """Whether no figure of a metric can be below zero: counts and physical quantities (tonnes, barrels).

    Money, percentages and plain numbers may be negative (a loss, a budget balance, deflation), and so may
    a metric whose formula subtracts (net migration). impossible-figure, part-exceeds-whole and
    whole-change-outside-parts share this one notion.
    """
    unit = metric.unit
    if unit is None:
        return False
    if metric.formula is not None and _subtracts(metric.formula.root):
        return False
    if unit.name == "count":
        return True
    return unit.dimension != "" and not unit.dimension.startswith("[currency_")


def _subtracts(node: Node) -> bool:
    pending = [node]
    while pending:
        current = pending.pop()
        if isinstance(current, Negation) or (isinstance(current, Operation) and current.operator == "-"):
            return True
        if isinstance(current, Operation):
            pending += [current.left, current.right]
    return False


def _span(period: Period) -> tuple[date, date]:
    """The days a period covers: periods written differently but covering the same days are one span."""
    return period.start, period.end


def describe(claim: Claim) -> str:
    """A claim as a message names it: the figure as written, its period and id."""
    return f"{claim.text} ({claim.period_text}, {claim.id})"


def ratio_compared(label: str, ratio: Interval, *, percent: bool) -> Compared:
    """A relative change as a finding prints it: in % for a percentage, as a multiplier (×) otherwise."""
    if percent:
        return Compared(label, ratio.shifted(-_ONE).scaled(_HUNDRED), "%")
    return Compared(label, ratio, "×")


def amount_ratio(baseline: Interval, result: Interval) -> Interval | None:
    """The change result ÷ baseline that two stated values allow, or None when it is undefined."""
    if not (baseline.finite and result.finite):
        return None
    return result / baseline


def stated_change(change: Claim) -> Interval | None:
    """What a change claim states: a ratio (result ÷ baseline) or an amount in the metric's unit."""
    if isinstance(change.figure, Ratio):
        return change.figure.interval
    return change.figure.in_unit(change.metric.unit)


def observed_change(change: Claim, baseline: Interval, result: Interval) -> Interval | None:
    """The change two stated values allow, in the same terms as the claim states it."""
    if isinstance(change.figure, Ratio):
        return amount_ratio(baseline, result)
    return result - baseline


def apply_change(change: Claim, baseline: Interval) -> Interval | None:
    """The result a change implies from a known baseline."""
    stated = stated_change(change)
    if stated is None or not stated.finite or not baseline.finite:
        return None
    return baseline * stated if isinstance(change.figure, Ratio) else baseline + stated


def undo_change(change: Claim, result: Interval) -> Interval | None:
    """The baseline a change implies from a known result."""
    stated = stated_change(change)
    if stated is None or not stated.finite or not result.finite:
        return None
    return result / stated if isinstance(change.figure, Ratio) else result - stated


def change_compared(change: Claim, label: str, interval: Interval) -> Compared:
    """A change interval printed in the claim's own terms."""
    if isinstance(change.figure, Ratio):
        return ratio_compared(label, interval, percent=change.figure.percent)
    return Compared(label, interval, change.metric.unit_text)


def rules_table(rules: Sequence[Rule], link: str = "") -> str:
    """The table of rules (README, docs/rules.md): id linked to `link#id`, default severity, summary."""
    lines = [
        "| rule | default severity | finds |",
        "|---|---|---|",
        *(f"| [`{r.id}`]({link}#{r.id}) | {r.default_severity.value} | {r.summary} |" for r in rules),
    ]
    return "\n".join(lines) + "\n"


def rules_markdown(rules: Sequence[Rule]) -> str:
    """The rule reference (docs/rules.md), rendered from the rules' own docstrings."""
    lines = [
        "# Rules",
        "",
        "Generated by `factcheck rules --format markdown` from each rule's documentation; "
        "`factcheck explain RULE` prints the same text.",
        "",
        "Examples are fragments of a claims file: the sections they leave out are those of a small test file "
        "(published 2025-10-20; sources `baq` (an outlet), `stat` (official), `expert`; metrics `trade` in USD "
        "and `cargo` in Mt, both flows), and `text:` stands for the article text. Each Example prints the "
        "findings shown after it; each Passes block (several are separated by `---`) prints none of this "
        "rule's. The test suite runs every one of them.",
        "",
        rules_table(rules).rstrip("\n"),
    ]
    for rule in rules:
        needs = " Needs the article text." if rule.needs_text else ""
        needs += " Runs only with the archive (`verify --archive`)." if rule.needs_archive else ""
        former = f" Former id: {', '.join(f'`{a}`' for a in rule.aliases)}." if rule.aliases else ""
        lines += ["", f"## {rule.id}", "", f"Default severity: **{rule.default_severity.value}**.{needs}{former}"]
        for heading in DOC_HEADINGS:
            body = rule.section(heading)
            lines += ["", f"### {heading}", ""]
            if heading in ("Example", "Passes"):
                lines += ["```", body, "```"]
            else:
                lines.append(" ".join(body.split()))
    return "\n".join(lines) + "\n"
