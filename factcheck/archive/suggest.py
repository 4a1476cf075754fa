"""`archive suggest`: keys the registry and the archive could give a file's metrics, for a person to choose.

A metric's name is compared with each key's names and aliases in both languages by their words' stems (a
word's first letters, so that "товарооборот" and "товарооборота" meet), then weighed by unit and place; a
key whose dimension or flow disagrees with the metric is never proposed. Nothing is written to the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.model import ClaimsFile, Metric, RegistryEntry

STEM = 5  # letters of a word that stand for its lemma here: enough to tell most news metrics apart
WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Suggestion:
    """A key proposed for a metric, where it comes from, and how well its words match (0..1)."""

    metric: str
    key: str
    origin: str  # "registry" or "archive"
    name: str
    score: float


def stems(text: str) -> set[str]:
    """The stems of a text's words (digits and one-letter words left out)."""
    return {word.casefold()[:STEM] for word in WORD.findall(text) if len(word) > 1 and not word.isdigit()}


def suggestions(claims_file: ClaimsFile, registry: dict[str, RegistryEntry],
                archived: Iterable[tuple[str, str, str]]) -> list[Suggestion]:
    """The best keys for each metric: from the registry's entries and from the archive's (key, name, unit)."""
    found: list[Suggestion] = []
    archived = list(archived)
    for metric in claims_file.metrics.values():
        mine = stems(metric.name) | stems(metric.id.replace("-", " "))
        candidates: list[Suggestion] = []
        for key, entry in registry.items():
            if not _agrees(metric, entry):
                continue
            words = [*entry.names.values(), *(alias for aliases in entry.aliases.values() for alias in aliases)]
            score = max((_overlap(mine, stems(word)) for word in words), default=0.0)
            if entry.place and stems(entry.place) & mine:
                score = min(1.0, score + 0.1)
            if score > 0:
                candidates.append(Suggestion(metric.id, key, "registry", next(iter(entry.names.values()), key),
                                             round(score, 2)))
        for key, name, unit in archived:
            if key in registry or unit.strip() != metric.unit_text.strip():
                continue
            score = _overlap(mine, stems(name))
            if score > 0:
                candidates.append(Suggestion(metric.id, key, "archive", name, round(score, 2)))
        candidates.sort(key=lambda s: (-s.score, s.key))
        found += candidates[:3]
    return found


def _agrees(metric: Metric, entry: RegistryEntry) -> bool:
    if entry.flow is not None and entry.flow != metric.flow:
        return False
    return entry.unit is None or metric.unit is None or entry.unit.dimension == metric.unit.dimension


def _overlap(first: set[str], second: set[str]) -> float:
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)
