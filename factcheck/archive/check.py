"""A draft against the archive: the relation rules run between its claims and archived claims of the same keys.

The archived claims of the draft's keys are looked up by key and overlapping period (and, for period-conflict,
by key and figure) in one query of indexed lookups, never by a scan. They join the draft's claims as claims of
the draft's metric of that key, marked archived and carrying their corrections, and the relation rules run once
over them all, unchanged (corrected-figure among them); a finding is kept when it relates a draft claim to an
archived one. It then points at the draft's claim, names the earlier article in its message
(outlet, date, url, quote), and is at most a warning when the earlier article is another outlet's. Archived
claims are named `ARTICLE-URL#CLAIM-ID` in every finding, with their figure as printed, so a fingerprint covers
the archived figure.
"""

from __future__ import annotations

import dataclasses
import functools
import json
from collections.abc import Iterable, Mapping, Sequence, Set
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.archive.records import ArchivedClaim, interval_key
from factcheck.errors import InputError
from factcheck.findings import Finding, Location, Severity
from factcheck.model import Claim, ClaimsFile, Correction, Metric, Position, Source
from factcheck.periods import Period
from factcheck.rules.base import Context
from factcheck.severity import decided

if TYPE_CHECKING:
    from factcheck.archive.store import Store

# the rules that relate claims of one metric to each other: they are the ones that can span articles
RELATION_RULES = ("value-conflict", "period-conflict", "change-mismatch", "implied-value", "change-conflict",
                  "revised-figure")
CORRECTED_FIGURE = "corrected-figure"  # the rule that weighs archived figures later corrected
ARCHIVE_RULES = (*RELATION_RULES, CORRECTED_FIGURE)
ARCHIVED_POSITION = Position(1, 1)  # an archived claim is in no line of the draft; its finding names its article


def archived_claims(claims_file: ClaimsFile, store: Store) -> list[ArchivedClaim]:
    """The claims in force of the draft's keys that its claims can relate to, other articles' only."""
    spans: set[tuple[str, str, str]] = set()
    figures: set[tuple[str, str]] = set()
    for claim in claims_file.claims:
        key = claim.metric.key
        if key is None:
            continue
        periods = [claim.period, claim.baseline_period]
        if claim.against is not None and claim.against in claims_file.claims_by_id:
            periods.append(claims_file.claims_by_id[claim.against].period)
        spans.update((key, period.start.isoformat(), period.end.isoformat()) for period in periods
                     if period is not None)
        amount = claim.amount
        if claim.form == "value" and amount is not None:
            figures.add((key, interval_key(amount.low, amount.high)))
    own_url = claims_file.article.url
    found = [archived for archived in store.matching(spans, figures) if archived.url != own_url]
    return sorted(found, key=lambda a: (a.published, a.url, a.claim_id))


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
    from factcheck.periods import PeriodError, looks_like_duration, parse_duration

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
                since = _period(record["since"])
        said_by, cites = record["said_by"], record.get("cites")
        return Claim(
            id=item.ref, metric=metrics_by_key[record["key"]], form=record["form"],
            figure=figure_of(record["figure"], reading),
            period=_period(record["period"]) if record.get("period") else None, kind=record["kind"],
            said_by=Source(said_by["id"], said_by["name"], said_by["kind"], key=said_by.get("key")),
            position=ARCHIVED_POSITION,
            cites=None if cites is None else Source(cites["id"], cites["name"], cites["kind"], key=cites.get("key")),
            quote=record.get("quote"), exact=bool(record.get("exact")), language=record["language"], since=since,
            since_duration=duration, release=_period(record["release"]) if record.get("release") else None,
            archived=True,
        )
    except (KeyError, TypeError, ValueError, PeriodError):
        return None


@functools.lru_cache(maxsize=4096)
def _period(text: str) -> Period:
    """An archived period read again: archives repeat a few hundred periods (years, quarters, months) over and over."""
    from factcheck.periods import parse_period

    return parse_period(text)


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
                                              position=ARCHIVED_POSITION, archived=True))
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

    Severity is decided as for the draft's own findings (factcheck.severity), with one more cap: a finding that
    rests on another outlet's figure is at most a warning.
    """
    from factcheck.rules import RULES_BY_ID

    chosen = set(rule_ids)
    metrics_by_key: dict[str, Metric] = {}
    for metric in claims_file.metrics.values():
        if metric.key is not None:
            metrics_by_key.setdefault(metric.key, metric)
    rules = [RULES_BY_ID[rule_id] for rule_id in ARCHIVE_RULES if rule_id in chosen]
    if not metrics_by_key or not rules:
        return []
    archived = archived_claims(claims_file, store)
    by_ref = {item.ref: item for item in archived}
    language = claims_file.article.language
    claims = rebuilt(archived, metrics_by_key, language)  # read once, in one document
    corrections = _corrections(store.corrections_of(by_ref), by_ref, store, metrics_by_key, language)
    # a corrected figure is no longer the outlet's word: only corrected-figure weighs it
    live = [c for c in claims if c.id not in corrections]
    corrected = [dataclasses.replace(c, corrections=corrections[c.id]) for c in claims if c.id in corrections]
    draft_ids = {claim.id for claim in claims_file.claims}
    findings: list[Finding] = []
    for rule_ids, own, extra in _meetings(claims_file, live, corrected):
        run = [rule for rule in rules if rule.id in rule_ids]
        if run and extra:
            context = Context(_together(claims_file, own, extra), None, options, archive=True)
            findings += [f for rule in run for f in rule.check(context) if _relates(f, draft_ids)]
    unique: dict[str, Finding] = {}
    for finding in findings:
        unique.setdefault(finding.fingerprint, finding)
    own_outlet = (claims_file.article.outlet or "").casefold()
    return [decided(placed(finding, claims_file, by_ref), claims_file, severity or {},
                    another_outlets=any((by_ref[ref.id].outlet or "").casefold() != own_outlet or not own_outlet
                                        for ref in finding.claims if ref.id in by_ref))
            for finding in unique.values()]


def _corrections(
    recorded: Mapping[str, list[tuple[str | None, str | None]]], by_ref: dict[str, ArchivedClaim], store: Store,
    metrics_by_key: Mapping[str, Metric], language: str,
) -> dict[str, tuple[Correction, ...]]:
    """The corrections of each corrected archived claim, their correcting claims read as claims of the draft.

    A correcting claim the draft's lookups did not find is fetched by its name (and joins `by_ref`, so that
    findings name its article); one whose article was removed, or that no longer reads, corrects nothing.
    """
    missing = sorted({by for found in recorded.values() for by, _ in found if by is not None and by not in by_ref})
    for ref in missing:
        item = store.claim(ref)
        if item is not None:
            by_ref[ref] = item
    wanted = {by for found in recorded.values() for by, _ in found if by is not None and by in by_ref}
    readings = {claim.id: claim for claim in rebuilt([by_ref[ref] for ref in sorted(wanted)], metrics_by_key, language)}
    corrections: dict[str, tuple[Correction, ...]] = {}
    for ref, found in recorded.items():
        kept = tuple(Correction(None, reason) if by is None else Correction(readings[by])
                     for by, reason in found if by is None or by in readings)
        if kept:
            corrections[ref] = kept
    return corrections


_VALUE_RULES = ("value-conflict", "revised-figure")
_CHANGE_RULES = ("change-mismatch", "implied-value", "change-conflict")


def _meetings(claims_file: ClaimsFile, live: Sequence[Claim], corrected: Sequence[Claim]
              ) -> list[tuple[tuple[str, ...], list[Claim], list[Claim]]]:
    """Each family of rules with the draft's and the archive's claims it can relate, run once over them all.

    A rule relates claims of one key at one span (value-conflict, revised-figure, corrected-figure), of one
    figure (period-conflict), or at the ends of a change (the change rules); archived claims that meet no draft
    claim that way could only give findings among archived claims, which are dropped, and are left out.
    """
    values = [c for c in claims_file.claims if c.form == "value" and c.metric.key is not None]
    value_spans = {(c.metric.key, c.period.start, c.period.end) for c in values if c.period is not None}
    figures = {(c.metric.key, c.amount) for c in values if c.amount is not None}
    change_spans = {(c.metric.key, p.start, p.end) for c in claims_file.claims
                    if c.form in ("change", "bound") and c.metric.key is not None
                    for p in (c.period, _baseline(claims_file, c)) if p is not None}
    archived_changes = [c for c in live if c.form in ("change", "bound") and any(
        (c.metric.key, p.start, p.end) in value_spans | change_spans for p in (c.period, c.baseline_period)
        if p is not None)]
    ends = change_spans | {(c.metric.key, p.start, p.end) for c in archived_changes
                           for p in (c.period, c.baseline_period) if p is not None}

    def at(spans: Set[tuple[str | None, date, date]], claims: Sequence[Claim]) -> list[Claim]:
        return [c for c in claims if c.form == "value" and c.period is not None
                and (c.metric.key, c.period.start, c.period.end) in spans]

    keyed = [c for c in claims_file.claims if c.metric.key is not None]
    return [
        (_VALUE_RULES, values, at(value_spans, live)),
        (("period-conflict",), values, [c for c in live if c.form == "value" and (c.metric.key, c.amount) in figures]),
        (_CHANGE_RULES, keyed, [*archived_changes, *at(ends, live)]),
        ((CORRECTED_FIGURE,), values, at(value_spans, corrected)),
    ]


def _baseline(claims_file: ClaimsFile, claim: Claim) -> Period | None:
    if claim.against is not None and claim.against in claims_file.claims_by_id:
        return claims_file.claims_by_id[claim.against].period
    return claim.baseline_period


def _together(claims_file: ClaimsFile, own: Sequence[Claim], extra: Sequence[Claim]) -> ClaimsFile:
    """The draft's claims of the keys the archived claims are of, beside them (reviews are applied later)."""
    keys = {c.metric.key for c in extra}
    claims = (*(c for c in own if c.metric.key in keys), *extra)
    metrics = {metric_id: metric for metric_id, metric in claims_file.metrics.items() if metric.key in keys}
    return dataclasses.replace(claims_file, claims=claims, metrics=metrics, reviews=(),
                               claims_by_id={c.id: c for c in claims})


def _relates(finding: Finding, draft_ids: set[str]) -> bool:
    ids = {claim.id for claim in finding.claims}
    return bool(ids & draft_ids) and bool(ids - draft_ids)


def placed(finding: Finding, claims_file: ClaimsFile, by_ref: Mapping[str, ArchivedClaim]) -> Finding:
    """A finding pointed at the draft's claim, naming the earlier articles."""
    draft = [ref for ref in finding.claims if ref.id in claims_file.claims_by_id]
    earlier = [by_ref[ref.id] for ref in finding.claims if ref.id in by_ref]
    primary = claims_file.claims_by_id[draft[0].id] if draft else None
    location = finding.location if primary is None else Location(
        str(claims_file.path), primary.position.line, primary.position.column)
    named = "; ".join(earlier_article(item) for item in earlier)
    return dataclasses.replace(
        finding, location=location,
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

