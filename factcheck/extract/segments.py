"""Segments of a whole: "PC Client Group revenue" and "Data Center Group revenue" are parts of the revenue.

A company's total and the figures of its named divisions, groups or segments ("выручка подразделения X") are
written as `parts:` of the total, with one more part for the segments the article does not name: the parts
the article prints may then not exceed the whole, and are never required to add up to it.
"""

from __future__ import annotations

from factcheck.extract.model import Extraction, MetricKey
from factcheck.lexicon import COMPANY_NOUNS, FLOW_CONCEPTS, SEGMENT_NAME_WORDS, SEGMENT_WORDS

PARTS_CHECK = "parts: the segments the article names, and one for those it does not"
_MOST_WHOLES = 8  # subjects of one measure looked at as a segment's whole: the work per segment stays constant


def _words(field: str) -> frozenset[str]:
    return frozenset(word for word in field.split("+") if word)


def _is_segment(complements: frozenset[str], qualifiers: frozenset[str]) -> bool:
    # a complement may keep its preposition ("in business": revenue in its cloud business): the noun decides
    return any(word.casefold().rsplit(" ", 1)[-1] in SEGMENT_WORDS for word in complements | qualifiers) or any(
        word.casefold() in SEGMENT_NAME_WORDS for word in qualifiers)


def names_segment(key: str) -> bool:
    """Whether a subject's key (head|complements|qualifiers) names a segment: "Data Center Group revenue"."""
    _, complements, qualifiers, _kinds = MetricKey.of(key)
    return _is_segment(_words(complements), _words(qualifiers))


def declare_segments(extraction: Extraction) -> None:
    """Declare each metric of a named segment a part of the one whole of its measure, unit by unit.

    The whole measures the same thing ("revenue"), is no segment itself, and governs nothing the segment does
    not ("выручка компании" is the company's whole); it may name its company ("Acme's revenue"). With two such
    wholes ("Acme's revenue", "Beta's revenue"), none is chosen.
    """
    candidates: dict[str, list[tuple[frozenset[str], frozenset[str], list[str]]]] = {}  # head -> its non-segments
    segments = []
    for key, ids in extraction.metric_keys.items():
        head, complements, qualifiers, _kinds = MetricKey.of(key)
        if head not in FLOW_CONCEPTS:
            continue
        if _is_segment(_words(complements), _words(qualifiers)):
            segments.append((head, complements, qualifiers, ids))
        else:
            candidates.setdefault(head, []).append((_words(complements) - COMPANY_NOUNS, _words(qualifiers), ids))
    for head, complements, qualifiers, segment_ids in segments:
        # many subjects of one measure ("Italy's revenue", "France's revenue", ...) name no one whole: none is read
        known = candidates.get(head, [])
        if len(known) > _MOST_WHOLES:
            continue
        # the whole may name its company ("Acme's revenue") where its segments do not ("Cloud Division revenue")
        wholes = [ids for whole_complements, _, ids in known if whole_complements <= _words(complements)]
        if len(wholes) != 1:
            continue
        for segment_id in segment_ids:
            unit = extraction.metrics[segment_id][1]
            whole_id = next((w for w in wholes[0] if extraction.metrics[w][1] == unit), None)
            if whole_id is not None and unit not in ("", "%"):
                _add_part(extraction, whole_id, segment_id)
                _name_apart(extraction, whole_id, segment_id, complements, qualifiers)


def _add_part(extraction: Extraction, whole_id: str, segment_id: str) -> None:
    """A part of the whole, and the part that stands for the segments the article does not name."""
    name, unit, flow = extraction.metrics[whole_id]
    rest_id = f"{whole_id}-other-segments"
    extraction.metrics.setdefault(rest_id, (f"{name}: the segments the article does not name", unit, flow))
    parts = extraction.parts.setdefault(whole_id, [rest_id])
    if segment_id not in parts:
        parts.insert(len(parts) - 1, segment_id)


def _name_apart(extraction: Extraction, whole_id: str, segment_id: str, complements: str, qualifiers: str) -> None:
    """A segment named like its whole ("Revenue from the Devices Division" read as "Revenue") says which it is."""
    name, unit, flow = extraction.metrics[segment_id]
    if name.casefold() != extraction.metrics[whole_id][0].casefold():
        return
    which = " ".join(word for field in (complements, qualifiers) for word in field.split("+") if word)
    extraction.metrics[segment_id] = (f"{name} ({which})", unit, flow)
