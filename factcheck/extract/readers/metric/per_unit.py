"""Amounts said per a unit: prices per unit and rates per a denominator, each a measure of its own.

"a profit of 49 cents per share" is not the quarter's profit; "13,000 marriages, or 6.8 per thousand inhabitants"
is a rate of marriages, never their count; "Per thousand residents, there were 8.4 births and 10.1 deaths": rates
of births and deaths, the denominator opening their sentence.
"""

import re

from factcheck import lexicon
from factcheck.extract.model import Extraction, MetricKey
from factcheck.extract.readers.metric.common import PER_KIND, UNNAMED, Subject, key_words, known_key
from factcheck.figures import FoundFigure
from factcheck.not_figures import RATE_DENOMINATOR
from factcheck.quantities import Amount

_any = lexicon.any_of  # one group of any of a table's words

# "49 cents per share", "$1.05 a share": the unit a price is per
_PER_UNIT = re.compile(rf"\s+{_any(lexicon.PER_UNIT_LEADS)}\s+(?P<unit>{_any(lexicon.PRICE_PER_UNITS)})\b",
                       re.IGNORECASE)
# "$310 per square foot", "2.3 tonnes per hectare" (never "per cent"), "98 тыс. рублей за кв. м", "37,2 ц/га"
_UNIT_WORD = rf"(?:{_any(lexicon.PER_UNIT_MEASURE_ADJECTIVES)}\s*)?[^\W\d_]+\.?"
_PER_ANY_UNIT = re.compile(rf"\s+{_any(lexicon.EN_PER_LEADS)}\s+(?!{_any(lexicon.EN_PER_NOT_UNITS)}\b)"
                           rf"(?P<unit>{_UNIT_WORD})", re.IGNORECASE)
_PER_UNIT_RU = re.compile(rf"\s+{_any(lexicon.RU_PER_UNIT_LEADS)}\s+(?:{_any(lexicon.RU_PER_UNIT_ONE)}\s+)?"
                          rf"(?P<unit>(?:{_any(lexicon.PER_UNIT_MEASURE_ADJECTIVES)}\s*)?"
                          rf"{_any(lexicon.RU_PRICE_PER_UNITS)})(?![\w-])", re.IGNORECASE)
# "Adjusted earnings per share were $1.67": the unit said right after the subject's noun, before the figure
_SUBJECT_PER_UNIT = re.compile(rf"\s+{_any(lexicon.EN_PER_LEADS)}\s+(?P<unit>{_any(lexicon.PRICE_PER_UNITS)})\b",
                               re.IGNORECASE)
_PER_SLASH = re.compile(rf"\.?\s*/\s*(?P<unit>{_UNIT_WORD})")
# a bare number per a scale word: a rate ("6.8 per thousand inhabitants", "6.6 per thousand"), whatever follows
_PER_SCALE = re.compile(rf"\s+{_any(lexicon.EN_PER_LEADS)}\s+(?P<unit>{_any(lexicon.RATE_DENOMINATOR_SCALES)})(?!\w)",
                        re.IGNORECASE)
# a sentence opened by a rate's denominator: "Per thousand residents, there were 8.4 births and 10.1 deaths": every
# bare number after it in its sentence (decimal points end none) is a rate per that denominator
_PER_OPENING = re.compile(rf"(?:\A|[.!?]\s+|\n)\s*(?P<per>{_any(lexicon.EN_PER_LEADS)}\s+(?P<unit>"
                          rf"{_any(lexicon.RATE_DENOMINATOR_SCALES)}|{_any(lexicon.RATE_DENOMINATOR_POWERS)})"
                          rf"(?:\s+[^\W\d]+){{0,2}}),(?:[^.!?\n]|\.(?=\d))*\Z", re.IGNORECASE)
_PER_OPENING_REACH = 300  # how far back a sentence's opening denominator is looked for
# "was 7.9 births per 1,000 residents", "stood at 12.6 deaths per thousand people": a count of events after a verb of
# level (no existential "there" before it), with a rate's denominator one or two words on
# (the word before the verb is read as a group, not a lookbehind, so the table's words may be of any length)
_LEVEL_LINKED = re.compile(rf"(?:(?<!\w)(?P<before>[^\W\d]+)\s+)?(?<!\w){_any(lexicon.LEVEL_VERBS)}\s+\Z",
                           re.IGNORECASE)
_EXISTENTIAL = frozenset(word.casefold() for word in lexicon.EN_EXISTENTIAL_SUBJECTS)
_RATE_AFTER_NOUN = re.compile(rf"(?:\s+[^\W\d_]+){{1,2}}\s+(?:{RATE_DENOMINATOR}|{_any(lexicon.EN_PER_LEADS)}\s+"
                              rf"{_any(lexicon.RATE_DENOMINATOR_SCALES)}\b)", re.IGNORECASE)


def priced_per_unit(extraction: Extraction, subject: Subject, figure: FoundFigure) -> Subject:
    """A price per unit is a measure of its own: "a profit of 49 cents per share" is not the quarter's profit."""
    per = per_unit(extraction, figure) or _per_unit_of_subject(extraction, subject, figure)
    if per is None:
        return subject
    kind = PER_KIND + " ".join(per.group("unit").casefold().replace(".", "").split())
    if kind in subject.kinds:
        return subject
    # the unit's words as one line of single spaces, whatever spaces the text typed ("an\u00a0ounce")
    per_words = " ".join((per.groupdict().get("per") or per.group(0)).strip(" .").split())
    per_words = per_words[:1].casefold() + per_words[1:]  # "Per thousand residents," opening its sentence
    return Subject(subject.head, subject.complements, subject.qualifiers, f"{subject.name} {per_words}",
                   subject.start, subject.guess, kinds=(*subject.kinds, kind), whole=subject.whole)


def _per_unit_of_subject(extraction: Extraction, subject: Subject, figure: FoundFigure) -> re.Match[str] | None:
    """The unit the subject's noun is said per, right after it: "Adjusted earnings per share were $1.67"."""
    visible = extraction.article.visible
    if not 0 <= subject.start < figure.start or not subject.name:
        return None
    # the name as its words, in the stretch before the figure only (bounded: never the whole text per figure)
    name = re.compile(r"\s+".join(re.escape(word) for word in subject.name.split()), re.IGNORECASE)
    at = name.search(visible, subject.start, figure.start)
    return _SUBJECT_PER_UNIT.match(visible, at.end(), figure.start) if at is not None else None


def per_unit(extraction: Extraction, figure: FoundFigure) -> re.Match[str] | None:
    """The unit an amount is said per, right after it: "49 cents per share", "98 тыс. рублей за кв. м", "ц/га".

    A bare number is said per a scale word only ("6.8 per thousand inhabitants": a rate, never the count of
    marriages before it).
    """
    if not isinstance(figure.figure, Amount):
        return None
    visible, end = extraction.article.visible, figure.end
    if figure.figure.unit is None:
        return _PER_SCALE.match(visible, end, end + 30) or _PER_OPENING.search(
            visible, max(0, figure.start - _PER_OPENING_REACH), figure.start)
    return (_PER_UNIT.match(visible, end, end + 30) or _PER_ANY_UNIT.match(visible, end, end + 30)
            or _PER_SLASH.match(visible, end, end + 30)
            or (_PER_UNIT_RU.match(visible, end, end + 30) if extraction.language == "ru" else None))


def per_unit_of_before(extraction: Extraction, figure: FoundFigure, sentence_start: int) -> Subject | None:
    """An amount per unit with no subject of its own is the measure of the amount before it, per that unit.

    "net income of $3.1 billion, or 41 cents per share, compared with $2.5 billion, or 33 cents per share": both
    per-share figures are the net income per share (`priced_per_unit` adds the kind), never the dollars of net
    income. The nearest amount before it in its sentence that is not itself per unit gives the measure.
    """
    if per_unit(extraction, figure) is None:
        return None
    # a rate's bare number takes its subject from the count before it ("13,000 marriages, or 6.8 per thousand
    # inhabitants": marriages), and `priced_per_unit` then makes it a measure apart, per thousand
    rate = isinstance(figure.figure, Amount) and figure.figure.unit is None
    for before in reversed(extraction.figures):
        if before.found.start < sentence_start:
            return None
        if not isinstance(before.found.figure, Amount) or (before.found.figure.unit is None and not rate) \
                or per_unit(extraction, before.found) is not None:
            continue
        key = known_key(extraction, before.metric)
        if before.metric.startswith(UNNAMED) or key is None:
            return None
        head, complements, qualifiers, kinds = MetricKey.of(key)
        return Subject(head, key_words(complements), key_words(qualifiers), extraction.metrics[before.metric][0],
                       figure.start, "metric: the amount per unit, read as the measure of the amount before it",
                       kinds=key_words(kinds))
    return None


def counted_rate(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int]) -> bool:
    """Whether an English count a verb of level links to its subject is a rate, its noun the events it counts.

    "The crude birth rate was 7.9 births per 1,000 residents": the subject's rate, never a count of births (which
    would merge it with "4,380 births"); "There were 7.9 births per 1,000 residents" names no subject and keeps them.
    """
    visible = extraction.article.visible
    linked = _LEVEL_LINKED.search(visible, max(sentence[0], figure.start - 30), figure.start) \
        if _RATE_AFTER_NOUN.match(visible, figure.end, sentence[1]) is not None else None
    return linked is not None and (linked.group("before") or "").casefold() not in _EXISTENTIAL
