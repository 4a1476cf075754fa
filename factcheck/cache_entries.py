"""A file result as a cache entry's JSON, and back, validated field by field as strictly as the loader reads.

An entry is authenticated before it is decoded (see cache.py), and still every field read from it is checked
here: a fingerprint is 12 lowercase hex digits, a severity one of three words, a rule a registered rule, an id
free of control characters and line breaks, a number a whole number (never a float, so never infinite), an
interval end an exact fraction written as text. Anything else raises EntryError and the entry is a miss; a
decoded result is one every reporter can render.

Each class is written as a JSON list of its fields in declaration order, by hand-written functions: decoding
a warm run's thousands of findings must cost a small fraction of parsing their claims files, which reflecting
on type hints field by field did not. `encoded_fields()` names the fields each class is written with, and a
test keeps it equal to the dataclass, so a field added to a finding cannot be dropped from the cache unseen.

Reading an entry loads neither the rules nor the claims model (a warm run's whole answer is its entries): rule
ids are checked against the rule modules' names, and reviews, sourcing rows and figures import their classes
when an entry holds one.
"""

from __future__ import annotations

import re
from datetime import date
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from factcheck.article import Place
from factcheck.findings import ClaimRef, Compared, Finding, Location, Severity, SkippedRule
from factcheck.intervals import Interval
from factcheck.rule_names import rule_ids

if TYPE_CHECKING:
    from factcheck.model import Review
    from factcheck.sourcing import FigurePlace, SourcingRow


class EntryError(ValueError):
    """A cache entry that is not exactly what `encode_result` writes: the entry is a miss."""


# C0 and C1 controls, DEL, the line and paragraph separators and the bidirectional controls: none belongs in
# an identifier, and each could change what a reader of the output sees
_NOT_IN_IDS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_FINGERPRINT = re.compile(r"[0-9a-f]{12}")
_DIGEST = re.compile(r"[0-9a-f]{64}")
_FRACTION = re.compile(r"(-?[0-9]+)(?:/([0-9]+))?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_SEVERITIES = {severity.value: severity for severity in Severity}
# a place in a file: lines and columns are 1-based, offsets 0-based; none is anywhere near this
_LARGEST = 1 << 62


def encoded_fields() -> dict[type[Any], tuple[str, ...]]:
    """The fields each class is written with, in the order written."""
    from factcheck.model import Position, Review
    from factcheck.sourcing import FigurePlace, SourcingRow

    return {
        Finding: ("rule", "severity", "message", "help", "location", "claims", "compared", "fingerprint",
                  "claims_file", "review", "former_fingerprints"),
        Location: ("path", "line", "column", "end_line", "end_column"),
        ClaimRef: ("id", "figure", "metric", "period", "kind", "quote", "said_by", "said_by_name", "said_by_kind",
                   "cites", "cites_name", "line", "column", "article_place"),
        Place: ("path", "paragraph", "line", "column"),
        Compared: ("label", "interval", "unit", "beside"),
        Interval: ("low", "high"),
        Review: ("finding", "status", "by", "date", "position", "note", "rule"),
        Position: ("line", "column"),
        SkippedRule: ("rule", "reason", "files"),
        SourcingRow: ("path", "claim", "figure", "interval", "metric", "period", "kind", "said_by", "said_by_kind",
                      "cites", "line", "article_place", "findings"),
        FigurePlace: ("start", "end", "text", "claim"),
    }


# --- encoding: every class as the list of its fields ------------------------------------------------------

def _fraction_text(value: Fraction | None) -> str | None:
    return None if value is None else str(value)


def _interval_list(interval: Interval) -> list[str | None]:
    return [_fraction_text(interval.low), _fraction_text(interval.high)]


def _place_list(place: Place | None) -> list[Any] | None:
    return None if place is None else [place.path, place.paragraph, place.line, place.column]


def _finding_list(finding: Finding) -> list[Any]:
    location, review = finding.location, finding.review
    return [
        finding.rule, finding.severity.value, finding.message, finding.help,
        [location.path, location.line, location.column, location.end_line, location.end_column],
        [[claim.id, claim.figure, claim.metric, claim.period, claim.kind, claim.quote, claim.said_by,
          claim.said_by_name, claim.said_by_kind, claim.cites, claim.cites_name, claim.line, claim.column,
          _place_list(claim.article_place)] for claim in finding.claims],
        [[compared.label, _interval_list(compared.interval), compared.unit,
          None if compared.beside is None else _interval_list(compared.beside)] for compared in finding.compared],
        finding.fingerprint, finding.claims_file,
        None if review is None else [
            review.finding, review.status, review.by, review.date.isoformat(),
            [review.position.line, review.position.column], review.note, review.rule,
        ],
        list(finding.former_fingerprints),
    ]


def encode_findings(findings: tuple[Finding, ...]) -> list[Any]:
    """Findings as JSON-ready lists."""
    return [_finding_list(finding) for finding in findings]


def encode_skipped(skipped: tuple[SkippedRule, ...]) -> list[Any]:
    """Skipped rules as JSON-ready lists."""
    return [[skip.rule, skip.reason, list(skip.files)] for skip in skipped]


def encode_sources(rows: tuple[SourcingRow, ...]) -> list[Any]:
    """Sourcing rows as JSON-ready lists."""
    return [[row.path, row.claim, row.figure, row.interval, row.metric, row.period, row.kind, row.said_by,
             row.said_by_kind, row.cites, row.line, _place_list(row.article_place), list(row.findings)]
            for row in rows]


def encode_figures(figures: tuple[FigurePlace, ...]) -> list[Any]:
    """The article's figures as JSON-ready lists."""
    return [[figure.start, figure.end, figure.text, figure.claim] for figure in figures]


# --- decoding: each value checked before it is used ---------------------------------------------------------

def _fail(what: str) -> EntryError:
    return EntryError(f"not {what}")


def text(value: Any) -> str:
    """Free text (a message, a quote, a name): any string; the formats escape it."""
    if type(value) is not str:
        raise _fail("text")
    return value


def optional_text(value: Any) -> str | None:
    """Free text or null."""
    return None if value is None else text(value)


def identifier(value: Any) -> str:
    """An id or a path: a string without control characters, line breaks or direction overrides."""
    if type(value) is not str or _NOT_IN_IDS.search(value):
        raise _fail("an identifier")
    return value


def optional_identifier(value: Any) -> str | None:
    """An id or null."""
    return None if value is None else identifier(value)


def whole(value: Any) -> int:
    """A line, column or offset: a whole number from 0 (never a bool, never a float)."""
    if type(value) is not int or not 0 <= value < _LARGEST:
        raise _fail("a whole number")
    return value


def optional_whole(value: Any) -> int | None:
    """A whole number or null."""
    return None if value is None else whole(value)


def fingerprint(value: Any) -> str:
    """A finding's fingerprint: 12 lowercase hex digits."""
    if type(value) is not str or not _FINGERPRINT.fullmatch(value):
        raise _fail("a fingerprint")
    return value


def digest(value: Any) -> str:
    """A SHA-256 digest: 64 lowercase hex digits."""
    if type(value) is not str or not _DIGEST.fullmatch(value):
        raise _fail("a digest")
    return value


def rule_id(value: Any) -> str:
    """The id of a registered rule."""
    if type(value) is not str or value not in rule_ids():
        raise _fail("a rule")
    return value


def items(value: Any) -> list[Any]:
    """A JSON list."""
    if type(value) is not list:
        raise _fail("a list")
    return value


def fields(value: Any, count: int) -> list[Any]:
    """A class written as the list of its `count` fields."""
    if type(value) is not list or len(value) != count:
        raise _fail(f"a list of {count} fields")
    return value


def _bound(value: Any) -> Fraction | None:
    if value is None:
        return None
    match = _FRACTION.fullmatch(value) if type(value) is str else None
    if match is None or not value.isascii():
        raise _fail("a fraction")
    denominator = int(match[2]) if match[2] is not None else 1
    if denominator == 0:
        raise _fail("a fraction")
    return Fraction(int(match[1]), denominator)


def _place(value: Any) -> Place | None:
    if value is None:
        return None
    path, paragraph, line, column = fields(value, 4)
    return Place(identifier(path), whole(paragraph), whole(line), whole(column))


def _claim(value: Any) -> ClaimRef:
    (claim_id, figure, metric, period, kind, quote, said_by, said_by_name, said_by_kind, cites, cites_name, line,
     column, place) = fields(value, 14)
    return ClaimRef(identifier(claim_id), text(figure), identifier(metric), text(period), identifier(kind),
                    optional_text(quote), identifier(said_by), text(said_by_name), identifier(said_by_kind),
                    optional_identifier(cites), optional_text(cites_name), whole(line), whole(column),
                    _place(place))


def _compared(value: Any) -> Compared:
    label, ends, unit, beside = fields(value, 4)
    return Compared(text(label), _interval(ends), text(unit), None if beside is None else _interval(beside))


def _interval(value: Any) -> Interval:
    low, high = fields(value, 2)
    return Interval(_bound(low), _bound(high))


def _review(value: Any) -> Review:
    from factcheck.model import REVIEW_STATUSES, Position, Review

    finding, status, by, when, position, note, rule = fields(value, 7)
    if status not in REVIEW_STATUSES:
        raise _fail("a review status")
    if type(when) is not str or not _DATE.fullmatch(when):
        raise _fail("a date")
    line, column = fields(position, 2)
    return Review(identifier(finding), status, text(by), date.fromisoformat(when), Position(whole(line), whole(column)),
                  optional_text(note), optional_identifier(rule))


def _finding(value: Any) -> Finding:
    (rule, severity, message, help_text, location, claims, compared, finding_print, claims_file, review,
     former) = fields(value, 11)
    path, line, column, end_line, end_column = fields(location, 5)
    level = _SEVERITIES.get(severity) if type(severity) is str else None
    if level is None:
        raise _fail("a severity")
    return Finding(
        rule_id(rule), level, text(message), text(help_text),
        Location(identifier(path), whole(line), whole(column), optional_whole(end_line), optional_whole(end_column)),
        tuple(_claim(claim) for claim in items(claims)), tuple(_compared(item) for item in items(compared)),
        fingerprint(finding_print), identifier(claims_file), None if review is None else _review(review),
        tuple(fingerprint(item) for item in items(former)),
    )


def decode_findings(value: Any) -> tuple[Finding, ...]:
    """The findings `encode_findings` wrote; EntryError on anything else."""
    return tuple(_finding(item) for item in items(value))


def _skipped(value: Any) -> SkippedRule:
    rule, reason, files = fields(value, 3)
    return SkippedRule(rule_id(rule), text(reason), tuple(identifier(path) for path in items(files)))


def decode_skipped(value: Any) -> tuple[SkippedRule, ...]:
    """The skipped rules `encode_skipped` wrote."""
    return tuple(_skipped(item) for item in items(value))


def _row(value: Any) -> SourcingRow:
    from factcheck.sourcing import SourcingRow

    (path, claim, figure, interval, metric, period, kind, said_by, said_by_kind, cites, line, place,
     findings) = fields(value, 13)
    return SourcingRow(identifier(path), identifier(claim), text(figure), text(interval), identifier(metric),
                       text(period), identifier(kind), text(said_by), identifier(said_by_kind), optional_text(cites),
                       whole(line), _place(place), tuple(rule_id(rule) for rule in items(findings)))


def decode_sources(value: Any) -> tuple[SourcingRow, ...]:
    """The sourcing rows `encode_sources` wrote."""
    return tuple(_row(item) for item in items(value))


def _figure(value: Any) -> FigurePlace:
    from factcheck.sourcing import FigurePlace

    start, end, figure, claim = fields(value, 4)
    if whole(start) > whole(end):
        raise _fail("a span")
    return FigurePlace(start, end, text(figure), optional_identifier(claim))


def decode_figures(value: Any) -> tuple[FigurePlace, ...]:
    """The article's figures `encode_figures` wrote."""
    return tuple(_figure(item) for item in items(value))
