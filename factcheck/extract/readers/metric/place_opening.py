"""A Russian clause opened by a place: a noun after it agreeing with a plural verb is the clause's subject.

"Как отметила Малина, в регионе поступления налога на прибыль снизились на 3,4%": "поступления" may be a genitive
("the region of receipts") or a nominative plural, and the plural verb "снизились" takes it as its subject. Only at
the head of its clause (a place after the subject, "Цены в сфере торговли выросли", keeps its complement).
"""

from factcheck.extract.words import LOCATIVE_CASES, NOUN, PREPOSITION, VERB, Word, russian_readings


def subject_after_place(words: list[Word], index: int) -> bool:
    """Whether the noun after `index` opens the clause's subject after a place heading the clause."""
    place, following = words[index], words[index + 1]
    if index < 1 or place.part != NOUN or place.case not in LOCATIVE_CASES or following.part != NOUN \
            or following.after_break or words[index - 1].part != PREPOSITION \
            or not (index == 1 or words[index - 1].after_break):
        return False
    verb = next((w for w in words[index + 2 :] if w.part == VERB), None)
    if verb is None or not any(r.tag.POS == "VERB" and "plur" in r.tag for r in russian_readings(verb.text)[:1]):
        return False
    return any("nomn" in r.tag and "plur" in r.tag for r in russian_readings(following.text))
