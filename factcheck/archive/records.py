"""What the archive keeps of a published claims file: its article, one record per claim, and its digest.

A record holds a claim as printed (figure, period, kind, release, sources, quote) with everything needed to
read it again later without its file: its metric's unit and flow, its baseline as a period. Records are plain
JSON, the same in both stores and in `archive export`.
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import Any

from factcheck.intervals import Interval
from factcheck.model import Claim, ClaimsFile, Source
from factcheck.quantities import Amount, Figure, Ratio
from factcheck.units import Unit

# the format of the exported lines; an import refuses lines of another
EXPORT_FORMAT = "factcheck-archive"
EXPORT_VERSION = 1


@dataclass(frozen=True)
class ArticleVersion:
    """One version of a published article as `archive add` records it."""

    url: str
    outlet: str | None
    title: str
    language: str
    published: date
    digest: str
    path: str
    units: Any  # the file's `units:` section as plain data, so its figures read the same later
    claims: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class ArchivedClaim:
    """A claim as the archive returns it: its record and the article version it was published in."""

    url: str
    outlet: str | None
    title: str
    published: date
    recorded: str
    version: int
    record: dict[str, Any]
    units: Any = None

    @property
    def claim_id(self) -> str:
        """The claim's id in its own file."""
        return str(self.record["id"])

    @property
    def ref(self) -> str:
        """`ARTICLE-URL#CLAIM-ID`, as `corrects:` names it."""
        return f"{self.url}#{self.claim_id}"


def file_digest(text: str) -> str:
    """The SHA-256 of a claims file's text: a changed file is a new version."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def version_of(claims_file: ClaimsFile, text: str, raw: Any, shown_path: str) -> ArticleVersion:
    """The version `archive add` records for a loaded claims file (`raw` is its parsed YAML)."""
    article = claims_file.article
    if not article.url:
        raise ValueError("no url")
    units = raw.get("units") if isinstance(raw, dict) else None
    return ArticleVersion(
        url=article.url, outlet=article.outlet, title=article.title, language=article.language,
        published=article.published, digest=file_digest(text), path=shown_path, units=_plain(units),
        claims=tuple(claim_record(claims_file, claim) for claim in claims_file.claims),
    )


def claim_record(claims_file: ClaimsFile, claim: Claim) -> dict[str, Any]:
    """One claim as the archive keeps it (see the module's docstring)."""
    period = claim.period
    since: str | None = None
    if claim.against is not None:  # the baseline claim may not be archived with it: keep its period
        baseline = claims_file.claims_by_id.get(claim.against)
        since = None if baseline is None or baseline.period is None else period_text(baseline.period)
    elif claim.since is not None:
        since = period_text(claim.since)
    elif claim.since_duration is not None:
        since = claim.since_duration.text
    amount = claim.amount
    return {
        "id": claim.id, "metric": claim.metric.id, "key": claim.metric.key, "metric_name": claim.metric.name,
        "unit": claim.metric.unit_text, "flow": claim.metric.flow, "form": claim.form, "figure": claim.text,
        "period": None if period is None else period_text(period),
        "start": None if period is None else period.start.isoformat(),
        "end": None if period is None else period.end.isoformat(),
        "kind": claim.kind, "language": claim.language, "exact": claim.exact, "since": since,
        "release": None if claim.release is None else period_text(claim.release),
        "quote": claim.quote, "said_by": _source(claim.said_by),
        "cites": None if claim.cites is None else _source(claim.cites), "corrects": claim.corrects,
        "interval": None if amount is None or claim.form != "value" else interval_key(amount.low, amount.high),
        "reading": figure_reading(claim.figure),
    }


def figure_reading(figure: Figure) -> dict[str, Any]:
    """A figure as read (its intervals, unit and qualifier), so a check rebuilds it without reading it again."""
    reading: dict[str, Any] = {
        "interval": _ends(figure.interval), "strict": None if figure.strict is None else _ends(figure.strict),
        "qualifier": figure.qualifier,
    }
    if isinstance(figure, Ratio):
        reading["percent"] = figure.percent
    else:
        unit = figure.unit
        reading["unit"] = None if unit is None else {
            "name": unit.name, "dimension": unit.dimension, "factor": str(unit.factor), "per": unit.per}
    return reading


def figure_of(text: str, reading: dict[str, Any]) -> Figure:
    """The figure a reading describes (the inverse of `figure_reading`)."""
    interval = _interval(reading["interval"])
    strict = None if reading["strict"] is None else _interval(reading["strict"])
    if "percent" in reading:
        return Ratio(text, interval, bool(reading["percent"]), reading["qualifier"], strict)
    unit = reading["unit"]
    return Amount(text, interval, None if unit is None else _unit(unit["name"], unit["dimension"], unit["factor"],
                                                                  unit["per"]), reading["qualifier"], strict)


@functools.lru_cache(maxsize=1024)
def _unit(name: str, dimension: str, factor: str, per: Any) -> Unit:
    """A unit of a reading: an archive's figures share a few units, each made once."""
    return Unit(name, dimension, _fraction(factor), per)


def _ends(interval: Interval) -> list[str | None]:
    return [None if end is None else str(end) for end in (interval.low, interval.high)]


def _interval(ends: list[str | None]) -> Interval:
    low, high = (None if end is None else _fraction(end) for end in ends)
    return Interval(low, high)


def _fraction(text: str) -> Fraction:
    """`str(Fraction)` read back: integers and `p/q` directly (Fraction's own reading of text is slower)."""
    numerator, _, denominator = text.partition("/")
    return Fraction(int(numerator), int(denominator or 1))


def period_text(period: Any) -> str:
    """A period as the archive writes it: as printed, or its days when the text needs a calendar (FY2016)."""
    text = str(period.text)
    if text[:1].isdigit():
        return text
    return f"{period.start.isoformat()}/{period.end.isoformat()}"


def interval_key(low: Any, high: Any) -> str:
    """A figure's interval in its metric's unit as exact text: equal figures of one key have equal keys."""
    return f"{low}/{high}"


def _source(source: Source) -> dict[str, Any]:
    return {"id": source.id, "name": source.name, "kind": source.kind, "key": source.key}


def _plain(value: Any) -> Any:
    """Positioned YAML data as plain JSON data."""
    return json.loads(json.dumps(value, ensure_ascii=False)) if value is not None else None
