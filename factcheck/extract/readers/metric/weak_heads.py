"""Heads that say how much of a measure, not which: the measure is what they govern.

"объём торговли" and "volume of trade" are about trade; a chain of them ("объём ввода жилья") is about the last
thing governed, housing; a count head counts what it governs ("численность безработных" and "число безработных" are
the unemployed, "the number of births" the births). The volume of English exports stays a measure of its own: "the
volume of exports" may be a real volume, apart from the exports' value.
"""

from __future__ import annotations

from factcheck.lexicon import COUNT_HEADS, WEAK_SUBJECT_WORDS


def through_weak_heads(head: str, others: list[str], complements: list[str],
                       language: str) -> tuple[str, list[str], list[str]] | None:
    """The head, the nouns it governs and its complements past weak heads, or None where the head is no weak one.

    `others` are the nouns the head governs in the genitive (Russian, and English compounds), `complements` the
    phrases of "of" read back from the figure, the one nearest the head last.
    """
    if (head in WEAK_SUBJECT_WORDS or (language == "ru" and head in COUNT_HEADS)) and others:
        head, others = others[0], others[1:]
        while head in WEAK_SUBJECT_WORDS and others:  # "объём ввода жилья": a chain of weak heads is housing
            head, others = others[0], others[1:]
        return head, others, complements
    if head in COUNT_HEADS and complements:  # "the number of births" counts births
        return complements[-1], others, complements[:-1]
    return None
