"""A draft against the archive: the relation rules run between its claims and archived claims of the same keys.

The archived claims of the draft's keys are looked up by key and overlapping period (and, for period-conflict,
by key and figure), never by a scan. Each earlier article's claims join the draft's as extra claims of the
draft's metric of that key, and the existing rules run on them unchanged; a finding is kept when it relates a
draft claim to an archived one. It then points at the draft's claim, names the earlier article in its message
(outlet, date, url, quote), and is at most a warning when the earlier article is another outlet's. Archived
claims are named `ARTICLE-URL#CLAIM-ID` in every finding, with their figure as printed, so a fingerprint covers
the archived figure.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.archive.records import ArchivedClaim, interval_key
from factcheck.errors import InputError
from factcheck.findings import Finding, Location, Severity
from factcheck.model import Claim, ClaimsFile, Metric, Position, Source
from factcheck.rules.base import Context

if TYPE_CHECKING:
    from factcheck.archive.store import Store

# the rules that relate claims of one metric to each other: they are the ones that can span articles
RELATION_RULES = ("value-conflict", "period-conflict", "change-mismatch", "implied-value", "change-conflict",
                  "revised-figure")
ARCHIVED_POSITION = Position(1, 1)  # an archived claim is in no line of the draft; its finding names its article


def archived_claims(claims_file: ClaimsFile, store: Store) -> list[ArchivedClaim]:
    """The claims in force of the draft's keys that its claims can relate to, other articles' only."""
    found: dict[tuple[str, str], ArchivedClaim] = {}
    own_url = claims_file.article.url
    for claim in claims_file.claims:
        key = claim.metric.key
        if key is None:
            continue
        spans = [claim.period, claim.baseline_period]
        if claim.against is not None and claim.against in claims_file.claims_by_id:
            spans.append(claims_file.claims_by_id[claim.against].period)
        results: list[ArchivedClaim] = []
        for period in spans:
            if period is not None:
                results += store.overlapping(key, period.start.isoformat(), period.end.isoformat())
        amount = claim.amount
        if claim.form == "value" and amount is not None:
            results += store.same_figure(key, interval_key(amount.low, amount.high))
        for archived in results:
            if archived.url != own_url:
                found.setdefault((archived.url, archived.claim_id), archived)
    return sorted(found.values(), key=lambda a: (a.published, a.url, a.claim_id))


def rebuilt(archived: Sequence[ArchivedClaim], metrics_by_key: Mapping[str, Metric], language: str) -> list[Claim]:
    """Archived records read again as claims of the draft's metrics (one article's at a time is usual).

    A record that no longer reads (a spelling this version does not know) is left out rather than failing
    the draft's check.
    """
    usable = [a for a in archived if a.record.get("form") != "share" and a.record.get("key") in metrics_by_key]
    direct = [claim for claim in (_direct(a, metrics_by_key) for a in usable) if claim is not None]
    done = {claim.id for claim in direct}
    usable = [a for a in usable if a.ref not in done]
    claims = _read(usable, metrics_by_key, language)
    if claims is not None:
        return direct + claims
    return direct + [claim for one in usable for claim in (_read([one], metrics_by_key, language) or [])]


def _direct(item: ArchivedClaim, metrics_by_key: Mapping[str, Metric]) -> Claim | None:
    """A claim rebuilt from its record's reading, without reading its figure again; None if it has none."""
    from factcheck.archive.records import figure_of
    from factcheck.periods import PeriodError, looks_like_duration, parse_duration, parse_period

    record = item.record
    reading = record.get("reading")
    if not isinstance(reading, dict):
        return None
    try:
        since = duration = None
        if record.get("since"):
            if looks_like_duration(record["since"]):
                duration = parse_duration(record["since"])
            else:
                since = parse_period(record["since"])
        said_by, cites = record["said_by"], record.get("cites")
        return Claim(
            id=item.ref, metric=metrics_by_key[record["key"]], form=record["form"],
            figure=figure_of(record["figure"], reading),
            period=parse_period(record["period"]) if record.get("period") else None, kind=record["kind"],
            said_by=Source(said_by["id"], said_by["name"], said_by["kind"], key=said_by.get("key")),
            position=ARCHIVED_POSITION,
            cites=None if cites is None else Source(cites["id"], cites["name"], cites["kind"], key=cites.get("key")),
            quote=record.get("quote"), exact=bool(record.get("exact")), language=record["language"], since=since,
            since_duration=duration, release=parse_period(record["release"]) if record.get("release") else None,
        )
    except (KeyError, TypeError, ValueError, PeriodError):
        return None


def _read(archived: Sequence[ArchivedClaim], metrics_by_key: Mapping[str, Metric], language: str
          ) -> list[Claim] | None:
    from factcheck.loader import load_claims_text

    if not archived:
        return []
    sources: dict[str, Any] = {}
    metrics: dict[str, Any] = {}
    entries: list[dict[str, Any]] = []
    units: dict[str, Any] = {}
    for number, item in enumerate(archived):
        record = item.record
        units.update(_units(item.units))
        said_by, cites = record["said_by"], record.get("cites")
        sources[f"s{number}"] = {"name": said_by["name"], "kind": said_by["kind"]}
        if cites is not None:
            sources[f"c{number}"] = {"name": cites["name"], "kind": cites["kind"]}
        metrics[f"m{number}"] = {"name": record["metric_name"], "unit": record["unit"], "flow": record["flow"]}
        entry: dict[str, Any] = {"id": f"a{number}", "metric": f"m{number}", record["form"]: record["figure"],
                                 "kind": record["kind"], "said_by": f"s{number}", "language": record["language"],
                                 "exact": record["exact"]}
        for name in ("period", "since", "release", "quote"):
            if record.get(name) is not None:
                entry[name] = record[name]
        if cites is not None:
            entry["cites"] = f"c{number}"
        entries.append(entry)
    document = {"factcheck": "1", "article": {"title": "archive", "published": "2000-01-01", "language": language},
                "sources": sources, "metrics": metrics, "claims": entries}
    if units:
        document["units"] = units
    try:
        loaded = load_claims_text(Path("archive"), json.dumps(document, ensure_ascii=False))
    except InputError:
        return None
    claims = []
    for number, item in enumerate(archived):
        claim = loaded.claims_by_id.get(f"a{number}")
        if claim is not None:
            claims.append(dataclasses.replace(claim, id=item.ref, metric=metrics_by_key[item.record["key"]],
                                              position=ARCHIVED_POSITION))
    return claims


def _units(section: Any) -> dict[str, Any]:
    if isinstance(section, list):
        return {str(name): [] for name in section}
    if isinstance(section, dict):
        return {str(name): spellings for name, spellings in section.items()}
    return {}


def archive_findings(
    claims_file: ClaimsFile, store: Store, options: Mapping[str, Mapping[str, Any]], rule_ids: Iterable[str],
    severity: Mapping[str, Severity] | None = None,
) -> list[Finding]:
    """The findings relating the draft's claims to the archive's, ready to join the draft's own.

    Severity is the rule's, then the configuration's (`severity`), then the cap of another outlet's figure,
    which configuration cannot lift.
    """
    from factcheck.archive import corrected_figure
    from factcheck.rules import RULES_BY_ID

    chosen = set(rule_ids)
    metrics_by_key: dict[str, Metric] = {}
    for metric in claims_file.metrics.values():
        if metric.key is not None:
            metrics_by_key.setdefault(metric.key, metric)
    if not metrics_by_key:
        return []
    archived = archived_claims(claims_file, store)
    by_ref = {item.ref: item for item in archived}
    corrected = store.corrections_of(by_ref)
    rules = [RULES_BY_ID[rule_id] for rule_id in RELATION_RULES if rule_id in chosen]
    draft_ids = {claim.id for claim in claims_file.claims}
    findings: list[Finding] = []
    every_rebuilt = rebuilt(archived, metrics_by_key, claims_file.article.language)  # read once, in one document
    rebuilt_by_url: dict[str, list[Claim]] = {}
    for claim in every_rebuilt:
        rebuilt_by_url.setdefault(by_ref[claim.id].url, []).append(claim)
    meeting = _Meeting(claims_file)
    for extra in rebuilt_by_url.values():
        # a corrected figure is no longer the outlet's word: only corrected-figure weighs it
        live = [c for c in extra if c.id not in corrected]
        can_relate = [rule for rule in rules if meeting.possible(rule.id, live)]
        if can_relate:
            context = Context(with_claims(claims_file, live, {c.metric.key for c in live}), None, options)
            for rule in can_relate:
                findings += [f for f in rule.check(context) if _relates(f, draft_ids)]
    if corrected_figure.ID in chosen:
        findings += corrected_figure.findings(claims_file, every_rebuilt, by_ref, corrected, store, metrics_by_key,
                                              options)
    unique: dict[str, Finding] = {}
    for finding in findings:
        unique.setdefault(finding.fingerprint, finding)
    overrides = severity or {}
    return [placed(dataclasses.replace(finding, severity=overrides.get(finding.rule, finding.severity)),
                   claims_file, by_ref) for finding in unique.values()]


_CHANGE_RULES = ("change-mismatch", "implied-value", "change-conflict")


class _Meeting:
    """Where a draft's claims can meet archived ones, so that a rule runs only on articles it can relate.

    Every rule compares claims of one key by span (value-conflict, revised-figure, the change rules) or by
    figure (period-conflict); an earlier article with no claim at a span or figure of the draft cannot give a
    finding that relates the two, and its rules are not run.
    """

    def __init__(self, claims_file: ClaimsFile) -> None:
        self.value_spans: set[tuple[str | None, object, object]] = set()
        self.change_spans: set[tuple[str | None, object, object]] = set()
        self.figures: set[tuple[str | None, object]] = set()
        for claim in claims_file.claims:
            key = claim.metric.key
            if key is None:
                continue
            if claim.form == "value" and claim.period is not None:
                self.value_spans.add((key, claim.period.start, claim.period.end))
                if claim.amount is not None:
                    self.figures.add((key, claim.amount))
            elif claim.form in ("change", "bound"):
                baseline = claim.baseline_period
                if claim.against is not None and claim.against in claims_file.claims_by_id:
                    baseline = claims_file.claims_by_id[claim.against].period
                for period in (claim.period, baseline):
                    if period is not None:
                        self.change_spans.add((key, period.start, period.end))

    def possible(self, rule_id: str, archived: Sequence[Claim]) -> bool:
        """Whether the rule could relate the draft to any of these archived claims."""
        if rule_id == "period-conflict":
            return any((c.metric.key, c.amount) in self.figures for c in archived if c.form == "value")
        if rule_id in _CHANGE_RULES:
            spans = self.change_spans | self.value_spans
            return any((c.metric.key, p.start, p.end) in spans for c in archived
                       for p in (c.period, c.baseline_period) if p is not None
                       if c.form != "value" or (c.metric.key, p.start, p.end) in self.change_spans)
        return any(c.period is not None and (c.metric.key, c.period.start, c.period.end) in self.value_spans
                   for c in archived if c.form == "value")


def with_claims(claims_file: ClaimsFile, extra: Sequence[Claim], keys: set[str | None] | None = None) -> ClaimsFile:
    """The draft with archived claims beside its own (reviews left out: they are applied to the result).

    With `keys`, only the draft's metrics of those keys and their claims: the rest cannot meet the archived
    claims, and leaving them out spares the rules their work once per earlier article.
    """
    own = claims_file.claims if keys is None else tuple(c for c in claims_file.claims if c.metric.key in keys)
    metrics = claims_file.metrics if keys is None else {
        metric_id: metric for metric_id, metric in claims_file.metrics.items() if metric.key in keys}
    claims = (*own, *extra)
    return dataclasses.replace(claims_file, claims=claims, metrics=metrics, reviews=(),
                               claims_by_id={c.id: c for c in claims})


def _relates(finding: Finding, draft_ids: set[str]) -> bool:
    ids = {claim.id for claim in finding.claims}
    return bool(ids & draft_ids) and bool(ids - draft_ids)


def placed(finding: Finding, claims_file: ClaimsFile, by_ref: Mapping[str, ArchivedClaim]) -> Finding:
    """A finding pointed at the draft's claim, naming the earlier articles, capped when another outlet's."""
    draft = [ref for ref in finding.claims if ref.id in claims_file.claims_by_id]
    earlier = [by_ref[ref.id] for ref in finding.claims if ref.id in by_ref]
    primary = claims_file.claims_by_id[draft[0].id] if draft else None
    location = finding.location if primary is None else Location(
        str(claims_file.path), primary.position.line, primary.position.column)
    severity = finding.severity
    own = (claims_file.article.outlet or "").casefold()
    if any((item.outlet or "").casefold() != own or not own for item in earlier) and severity is Severity.ERROR:
        severity = Severity.WARNING
    named = "; ".join(earlier_article(item) for item in earlier)
    return dataclasses.replace(
        finding, location=location, severity=severity,
        claims=(*draft, *(ref for ref in finding.claims if ref not in draft)),
        message=f"{finding.message} Printed before: {named}.",
    )


def earlier_article(item: ArchivedClaim) -> str:
    """An archived claim's article as a finding names it: outlet, date, url and the quote."""
    quote = item.record.get("quote")
    said = f': "{quote}"' if quote else f": {item.record['figure']}"
    return f"{item.outlet or 'an outlet not named'}, {item.published.isoformat()}, {item.url}{said}"


def with_archive_findings(
    findings: Sequence[Finding], extra: Sequence[Finding], claims_file: ClaimsFile
) -> list[Finding]:
    """The draft's findings and the archive's together.

    Reviews in the draft apply to both, and a review of an archive finding is not stale.
    """
    reviews = {review.finding: review for review in claims_file.reviews}
    reviewed = []
    for finding in extra:
        review = next((reviews[name] for name in (finding.fingerprint, *finding.former_fingerprints)
                       if name in reviews), None)
        reviewed.append(dataclasses.replace(finding, review=review) if review is not None else finding)
    answered = {name for finding in extra for name in (finding.fingerprint, *finding.former_fingerprints)}
    stale_places = {(review.position.line, review.position.column) for review in claims_file.reviews
                    if review.finding in answered}
    kept = [f for f in findings if not (f.rule == "stale-review"
                                        and (f.location.line, f.location.column) in stale_places)]
    return sorted([*kept, *reviewed], key=Finding.sort_key)

