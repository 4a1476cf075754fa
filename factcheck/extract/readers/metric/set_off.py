"""Phrases set off around an English subject: a participle after a comma, a title in quotation marks.

"Red Harbor led the box office, taking in $41 million": the participle's subject is its clause's, never the
object of the clause's verb. 'The thriller "Blue Lake" opened with $22 million': the title says which thing the
noun is, and the measure is the title's, as it is where the title alone opens the clause. '"Paper Moons", which
stars Ann Lee, took in $44 million': a relative aside between a name and its verb leaves the name its subject.
"""

import re

from factcheck import lexicon
from factcheck.extract.text import RELATIVE_CLAUSE
from factcheck.extract.words import ADJECTIVE, DETERMINER, NOUN, NUMBER, PREPOSITION, PROPER, VERB, Word

_OPENING_QUOTES = frozenset(lexicon.OPENING_QUOTES)
_CLOSING_QUOTES = " \t»\"”’'"
# '"Glass Orchard" (Warner Bros.) slipped': names alone in brackets after a title's closing quote (its studio)
NAMES_AFTER_TITLE = re.compile(r"(?<=[\"”»'’])\s*\((?:[A-Z][\w.&'’-]*\s*){1,4}\)")


def without_title_asides(text: str) -> str:
    """The text with a title's studio in brackets after its closing quote blanked: '"Glass Orchard" (Warner Bros.)'."""
    return NAMES_AFTER_TITLE.sub(lambda aside: " " * len(aside.group(0)), text)
# '"Harbor of Ash"', '“Kings of the Valley,”': a title in quotation marks, in title case (capitalised words and the
# small words between them), a comma or full stop of the sentence at most before its closing mark
_TITLE_WORD = r"[A-Z0-9][\w'’&:.-]*"
# (in single quotes too, an opening one after no word or dot, a closing one before no word: "'Deep Jaw 2' opened",
# never the possessive of "Warner Bros.' 'Deep Jaw 2'")
QUOTED_TITLE = re.compile(rf"(?:[\"“]|(?<![\w.])['‘])(?P<title>{_TITLE_WORD}(?:\s+(?:{_TITLE_WORD}|"
                           rf"(?:{lexicon.any_of(lexicon.TITLE_SMALL_WORDS)})(?=\s))){{1,11}})[,.]?(?:[\"”]|['’](?!\w))")


def _participle(word: Word) -> bool:
    return word.text.casefold().endswith(lexicon.EN_PRESENT_PARTICIPLE_ENDING)


def past_verb(words: list[Word], index: int, verb_passed: bool, qualifiers: list[str]) -> tuple[int, bool, list[str]]:
    """Reading back past the English verb at `index`: where to go on, whether a finite verb is passed, names kept.

    "Red Harbor led the box office, taking in $41 million": a participle set off after its clause has the clause's
    subject, never its verb's object, so reading goes on before that verb. 'The thriller "Blue Lake", starring Ann
    Lee, opened': a participle's phrase before the finite verb is an aside, and the names in it own no measure.
    """
    if not set_off_participle(words[index]):
        return index, True, qualifiers
    if verb_passed:
        return index, True, []
    return (index if qualifiers else main_verb_before(words, index)), False, qualifiers


_SPAN_UNIT = re.compile(lexicon.any_of(lexicon.SPAN_UNITS_EN), re.IGNORECASE)


def reduced_relative(words: list[Word], index: int) -> bool:
    """Whether the English verb at `index`, before the clause's finite verb, is a participle right after a unit of time.

    "Hours lost to sickness reached 2.1 million", "Total hours worked rose": the participle says which of the time's
    measures it is, a kind of its own ("hours worked" are no "hours lost"); after another noun it is the noun's own
    doing ("receipts earned by destinations" are the receipts).
    """
    word = words[index]
    return index >= 1 and words[index - 1].part == NOUN and not word.after_break and not _participle(word) \
        and bool(_SPAN_UNIT.fullmatch(words[index - 1].text)) and (
        word.text.casefold().endswith(lexicon.EN_PAST_PARTICIPLE_ENDING)
        or word.text.casefold() in lexicon.EN_IRREGULAR_PARTICIPLES)


def set_off_participle(word: Word) -> bool:
    """Whether an English verb is a participle in -ing opening a phrase after a comma: ", taking in", ", starring"."""
    return word.after_break and _participle(word)


def main_verb_before(words: list[Word], index: int) -> int:
    """The finite verb of the clause a participle set off at `index` follows, or `index` where it has none.

    "led the box office, taking in": the verb "led", whose subject the participle shares.
    """
    return next((at for at in range(index - 1, -1, -1) if words[at].part == VERB
                 and not _participle(words[at])), index)


def title_in_apposition(words: list[Word], index: int, visible: str) -> bool:
    """Whether the quoted title after `index` follows a common noun whose phrase opens its clause.

    'The thriller "Blue Lake"' names the thriller; a noun inside a preposition's phrase ('sales of the game "Star
    Fighter"') does not open its clause.
    """
    if index < 0 or words[index].part != NOUN or words[index + 1].text[:1].islower() \
            or visible[words[index].end : words[index + 1].start].strip() not in _OPENING_QUOTES:
        return False
    at = index
    while at > 0 and not words[at].after_break and words[at - 1].part in (NOUN, ADJECTIVE, DETERMINER):
        at -= 1
    return at == 0 or words[at].after_break


_TITLE_CLOSE = " \t»\"”’',"  # what may stand between a title set off by commas and its verb: ',"', '",'


def title_set_off(words: list[Word], run: list[Word], end: int, visible: str) -> bool:
    """Whether a quoted title set off by commas after the noun it names is the subject of the verb right after it.

    'Last weekend's champion, "Iron Orchard," slipped to second place': the title says which champion, and the
    measure is the title's, as it is where the title alone opens the clause.
    """
    if end + 1 >= len(words) or words[end + 1].part != VERB or not run[0].after_break:
        return False
    at = words.index(run[0])
    gap = visible[words[end].end : words[end + 1].start]
    lead = visible[max(0, run[0].start - 4) : run[0].start].rstrip()  # ', "' before the title
    return gap.strip(_TITLE_CLOSE) == "" and "," in gap and lead[-1:] in _OPENING_QUOTES \
        and lead[:-1].rstrip().endswith(",") and at > 0 and words[at - 1].part == NOUN \
        and not any(w.part == PREPOSITION or w.after_break for w in words[:at])  # the noun opens the clause


def quoted_title(visible: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the quoted title in title case that holds the text from `start` to `end`, if one does."""
    line = visible.rfind("\n", 0, start) + 1
    title = next((m for m in QUOTED_TITLE.finditer(visible, line, end + 3)
                  if m.start("title") <= start and end <= m.end("title")), None)
    return None if title is None else (title.start("title"), title.end("title"))


def titled_subject(words: list[Word], end: int, visible: str) -> int:
    """Where a quoted title with small words inside, ending at `end`, starts, when it is its verb's subject; else -1.

    '"Harbor of Ash" opened to $41 million', 'Disney's "Kings of the Valley" took in', 'The comedy "Big Trouble at
    Sea" debuted': the whole title names the measure, never its first word ("Harbor") nor its last ("Ash"); a title
    inside a preposition's phrase ('sales of the game "Lords of War" rose') is not its verb's subject.
    """
    title = quoted_title(visible, words[end].start, words[end].end)
    if title is None or title[1] != words[end].end:
        return -1
    first = next(at for at in range(end + 1) if words[at].start >= title[0])
    run = words[first : end + 1]
    if all(w.part == PROPER for w in run) or (first > 0 and words[first - 1].part == PREPOSITION):
        return -1  # a title of names alone is read as a name is
    verb = end + 1 < len(words) and words[end + 1].part == VERB and quotes_or_aside(
        visible, words[end].end, words[end + 1].start)
    opens = first == 0 or words[first - 1].part == PROPER or title_in_apposition(words, first - 1, visible) \
        or any(mark in visible[words[first - 1].end : words[first].start] for mark in ",;:")  # "Overall, "
    return first if (verb and opens) or title_set_off(words, run, end, visible) else -1


def closes_title(words: list[Word], index: int, visible: str) -> bool:
    """Whether a number ends a quoted title that is its verb's subject: a sequel's ('"Reef Hunter 2" opened')."""
    return words[index].part == NUMBER and titled_subject(words, index, visible) >= 0


def quotes_or_aside(visible: str, end: int, start: int) -> bool:
    """Whether only closing quotes, or a relative aside set off by commas, stand between a name and its verb.

    '"Red Harbor" slipped': a quote, and a title's studio in brackets after it ('"Red Harbor" (Lionsgate) slipped'
    is the title's verb still); '"Paper Moons", which stars Ann Lee, took in $44 million' and "Paper Moons,
    which opened in May, took in": an aside, which speaks of the name, the verb's subject still.
    """
    gap = visible[end:start]
    if not gap.strip(_CLOSING_QUOTES) or NAMES_AFTER_TITLE.fullmatch(visible, end + 1, end + len(gap.rstrip())):
        return True
    aside = RELATIVE_CLAUSE.match(visible, end + len(gap) - len(gap.lstrip(_CLOSING_QUOTES)))
    return aside is not None and not visible[aside.end() : start].strip(_CLOSING_QUOTES + ",")


_DESCRIBING_WORDS = 3  # "a seasonally adjusted", "a larger-than-expected": the words before a change's figure


def before_figure_described(words: list[Word], index: int) -> int:
    """Where to read back from past the words that describe a change's figure: "Exports dropped a steep 58%".

    After a verb of change, an indefinite article and up to three words ("a steep", "a seasonally adjusted") belong
    to the figure, never name what changed: the subject is read before the verb. Otherwise `index` itself.
    """
    at = index
    while at >= 0 and index - at < _DESCRIBING_WORDS and words[at].part not in (VERB, PREPOSITION, DETERMINER) \
            and not words[at].after_break and words[at].text.casefold() not in lexicon.EN_NOT_FIGURE_MODIFIERS:
        at -= 1
    if at == index or at < 1 or words[at].text.casefold() not in lexicon.INDEFINITE_ARTICLES:
        return index
    verb = words[at - 1]
    return at - 1 if verb.part == VERB and verb.text.casefold() in lexicon.EN_CHANGE_VERB_FORMS else index
