"""A Russian name in quotation marks after a noun: whose the noun's measure is ("Выручка «Омега Банка»").

A name in «» right after a noun, in the genitive or after a company's form in capitals ("ПАО «Омега Холдинг»"),
is the noun's owner: its words are a name's, never what the measure is of, whichever case the name is printed in.
"""

from __future__ import annotations

import re

from factcheck.extract.readers.metric.common import SUBJECT_PARTS
from factcheck.extract.words import NOUN, Word
from factcheck.lexicon import MEASURE_ACRONYMS

_OPENING_QUOTE = re.compile(r"\s*«")  # the only mark between a noun and the name it governs


def before_owner_name(words: list[Word], index: int, end: int, visible: str) -> int:
    """Where a noun phrase goes on before a quoted name opening after `index` (its noun's), or -2 where it stops.

    "Выручка «Детского мира»", "Выручка «Омега Банка»": a name with a word in the genitive is its noun's; so is one
    in apposition to a noun in the genitive ("Выручка компании «Северная связь»") or to a company's form in
    capitals after a noun ("Выручка ПАО «Омега Холдинг»": the phrase goes on before the form); so is one left
    undeclined after a noun in the nominative, no second subject of one verb ("Выручка «МТС» выросла").
    """
    if index < 0 or not _OPENING_QUOTE.fullmatch(visible, words[index].end, words[index + 1].start):
        return -2
    if _company_form(words, index):
        return index - 1
    if words[index].part != NOUN:
        return -2
    name = words[index + 1 : end + 1]
    if any(w.case == "gent" for w in words[index : end + 1]) or (words[index].case in _SUBJECT_CASES and name and all(
            w.case in _SUBJECT_CASES for w in name)):
        return index  # "Выручка «МТС»", "OIBDA «Медси»": a name left in the nominative beside its noun is its owner
    return -2


_SUBJECT_CASES = ("nomn", None)  # a nominative, or a word the dictionary does not decline ("OIBDA", "Медси")


def _company_form(words: list[Word], index: int) -> bool:
    """Whether `index` is a company's form in capitals ("ПАО", "АФК") right after a noun, in apposition to it."""
    word = words[index]
    return (index >= 1 and word.part not in SUBJECT_PARTS and word.text.isupper() and len(word.text) > 1
            and word.text not in MEASURE_ACRONYMS and not word.after_break and words[index - 1].part == NOUN)


def owner_name_nouns(run: list[Word], visible: str) -> list[Word]:
    """The nouns of a quoted name that follows a noun of the phrase: "Выручка «Омега Банка»" has "Банка"."""
    quoted = [w for w in run if visible.count("«", run[0].start, w.start) > visible.count("»", run[0].start, w.start)]
    before = [w for w in run if w.part == NOUN and w.end <= (quoted[0].start if quoted else 0)]
    return [w for w in quoted if w.part == NOUN] if before else []
