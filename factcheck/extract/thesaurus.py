"""The concept a metric word names, from the lexicon's thesaurus: how `extract` groups figures into metrics."""

from __future__ import annotations

from factcheck.lexicon import METRIC_CONCEPTS

_BY_WORD = {word: concept for concept, words in METRIC_CONCEPTS.items() for word in words}


def concept_of(lemma: str) -> str:
    """The concept a lemma belongs to: its thesaurus entry, or the lemma itself."""
    return _BY_WORD.get(lemma.casefold(), lemma.casefold())
