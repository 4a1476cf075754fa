"""A Russian clause opened by a place: a noun after it agreeing with a plural verb is the clause's subject.

"Как отметила Малина, в регионе поступления налога на прибыль снизились на 3,4%": "поступления" may be a genitive
("the region of receipts") or a nominative plural, and the plural verb "снизились" takes it as its subject. Only at
the head of its clause (a place after the subject, "Цены в сфере торговли выросли", keeps its complement). The place
may be a name ("В России поступления НДФЛ выросли", "По России ..."), whose first reading is often the genitive, and
it may follow an adverb phrase that opens the clause ("В целом по России поступления НДФЛ").
"""

from factcheck.extract.readers.place import closes_adverb
from factcheck.extract.words import LOCATIVE_CASES, NOUN, PREPOSITION, PROPER, VERB, Word, russian_readings

_PLACE_CASES = LOCATIVE_CASES | {"datv"}  # "в России", "по России"


def subject_after_place(words: list[Word], index: int) -> bool:
    """Whether the noun after `index` opens the clause's subject after a place heading the clause."""
    place, following = words[index], words[index + 1]
    if index < 1 or following.part != NOUN or following.after_break or words[index - 1].part != PREPOSITION \
            or not _heads_clause(words, index - 1) or not _a_place(place):
        return False
    verb = next((w for w in words[index + 2 :] if w.part == VERB), None)
    if verb is None or not any(r.tag.POS == "VERB" and "plur" in r.tag for r in russian_readings(verb.text)[:1]):
        return False
    return any("nomn" in r.tag and "plur" in r.tag for r in russian_readings(following.text))


def _a_place(place: Word) -> bool:
    """A noun in the case of place, or a name that has a reading in it ("России": genitive first, locative too)."""
    if place.part == NOUN:
        return place.case in LOCATIVE_CASES
    return place.part == PROPER and any(r.tag.case in _PLACE_CASES and "Geox" in r.tag
                                        for r in russian_readings(place.text))


def _heads_clause(words: list[Word], preposition: int) -> bool:
    """Whether a preposition opens its clause, or follows only an adverb phrase that does ("В целом по ...")."""
    if preposition == 0 or words[preposition].after_break:
        return True
    return preposition == 2 and closes_adverb(words, 1)
