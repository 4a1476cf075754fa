"""Plain-text helpers of the extractor: ids, language, paragraphs, sentences and clauses."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from factcheck import lexicon
from factcheck.quantities import CURRENCY_PREFIX_ALTERNATIVES

_TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "i",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
})


def slug(text: str, limit: int = 40) -> str:
    """A claims-file id from any text: transliterated, lower case, hyphens."""
    latin = text.casefold().translate(_TRANSLIT)
    words = re.findall(r"[a-z0-9]+", latin)
    result = "-".join(words)[:limit].strip("-")
    return result or "item"


def detect_language(text: str) -> str:
    """Ru when Cyrillic letters dominate, else en."""
    cyrillic = len(re.findall(r"[а-яё]", text, re.IGNORECASE))
    latin = len(re.findall(r"[a-z]", text, re.IGNORECASE))
    return "ru" if cyrillic >= latin else "en"


_QUOTATION_MARKS = frozenset('"“”„')
_OPENS_AFTER = frozenset("([«—–-/")  # a mark after these (or a space) opens: "(«Система»", "— «Мы ..."


def with_guillemets(text: str) -> str:
    """Russian text with its straight and curly quotation marks set as guillemets, a character for a character.

    Russian type prints quotation marks as «»; copy typed on a keyboard has "АФК "Система"" or “Система”. Which
    way a mark faces is read from its neighbours, so nesting is kept ("АФК "Система"" is «АФК «Система»»), and
    offsets stay those of the printed text.
    """
    chars = list(text)
    for index, char in enumerate(text):
        if char not in _QUOTATION_MARKS:
            continue
        before = chars[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        if (before.isspace() or before in _OPENS_AFTER) and not after.isspace():
            chars[index] = "«"
        elif not before.isspace():
            chars[index] = "»"
    return "".join(chars)


def spans_between(text: str, separator: str) -> Iterator[tuple[int, int]]:
    """The non-blank stretches of text between matches of a separator."""
    position = 0
    for match in re.finditer(separator, text):
        if text[position : match.start()].strip():
            yield position, match.start()
        position = match.end()
    if text[position:].strip():
        yield position, len(text)


# Patterns the readers share. A scale word, longest first ("млрд", "billion"); an amount of money as printed, its
# currency's sign first and maybe a scale word after ("$42 million", "$33.7m"), the lead of "from 52 markets".
SCALE_WORD = lexicon.longest_first(lexicon.SCALE_WORDS)
RU_SCALE_WORD = lexicon.longest_first(word for word in lexicon.SCALE_WORDS if re.match("[а-я]", word))  # "465 тыс."
# a count and the noun it counts, then a space: "3.4 million moviegoers " (the noun in the group `noun`), what a
# count "from" a count of other things follows ("moviegoers from 540 theaters": where they came from)
COUNT_AND_NOUN = rf"(?<![\w$€£.,])\d[\d.,]*(?:\s+(?:{SCALE_WORD}))?\s+(?P<noun>[^\W\d]+)\s+"
# A currency's prefix of letters and sign as printed before an amount ("US$", "HK$", "C$", longest first), so that
# "US$13.2 billion" is read as "$13.2 billion" is (case-insensitive: "us$" is the lexicon's spelling).
CURRENCY_PREFIX_WRITTEN = f"(?i:{CURRENCY_PREFIX_ALTERNATIVES})"
_CURRENCY_SIGN = rf"[{''.join(map(re.escape, lexicon.CURRENCY_SIGNS))}]"
MONEY_AMOUNT = rf"(?:{CURRENCY_PREFIX_WRITTEN}|{_CURRENCY_SIGN})\d[\d.,]*(?:\s?[^\W\d]+)?"
# A full stop (and a closing quote) and spaces before a capital, a digit or a currency sign, or a line's end
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[»\"”’']?\s+(?=[«\"“'‘(]?[A-ZА-ЯЁ0-9$€£])|\n")
# a capital letter alone before a full stop: a name's initial ("J. Smith", "А. Иванова"); a dotted abbreviation
# ("the U.S.") may end a sentence, so its stop still does
_INITIAL = re.compile(r"(?:^|[^\w.])[A-ZА-ЯЁ]\.[»\"”’]?$")
_WORD_BEFORE_STOP = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,10}\.$")  # "кв.", "Aug.", "скорр.": a word and its full stop


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """The sentences of a paragraph, as (start, end) offsets.

    A full stop ends a sentence before a capital or a digit, but not an abbreviation's before a number ("за II
    кв. 2024 г.", "ended Aug. 3"): news abbreviates a unit, a quarter or a month inside its sentence; nor a
    name's initial ("J. Smith", "А. Иванова"; "in the U.S." may end a sentence).
    """
    spans = []
    position = 0
    for match in _SENTENCE_BREAK.finditer(paragraph):
        if match.group(0) != "\n" and _INITIAL.search(paragraph, max(0, match.start() - 4), match.start()):
            continue  # "according to J. Smith": an initial's full stop ends no sentence
        if match.group(0) != "\n" and paragraph[match.end() : match.end() + 1].isdigit() and _abbreviated(
                paragraph, match.start()):
            continue
        if match.group(0) != "\n" and _abbreviated(paragraph, match.start(), lexicon.ABBREVIATED_ADJECTIVES):
            continue  # "Скорр. OIBDA": an adjective abbreviated before its noun
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(paragraph)))
    return [(s, e) for s, e in spans if paragraph[s:e].strip()]


def _abbreviated(paragraph: str, stop_end: int,
                 words: Collection[str] = lexicon.ABBREVIATIONS_BEFORE_NUMBER) -> bool:
    """Whether the full stop that ends at an offset closes an abbreviation of the lexicon ("кв.", "Aug.")."""
    word = _WORD_BEFORE_STOP.search(paragraph, max(0, stop_end - 12), stop_end)
    return word is not None and word.group(0)[:-1].casefold() in words


def title_of(visible: str) -> str:
    """The headline: the first line of the text, shortened if need be."""
    first = visible.strip().splitlines()[0].strip() if visible.strip() else "Untitled"
    return first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + "…"


def clause_start_of(visible: str, sentence_start: int, figure_start: int) -> int:
    """Where the clause holding a figure starts: after the last comma, dash, bracket or colon.

    A hyphen between spaces is a dash, as plain-text copy types one ("tax rises - it's now down by 8.8 per cent").
    """
    cut = max(_clause_comma(visible, sentence_start, figure_start),
              *(visible.rfind(mark, sentence_start, figure_start) for mark in (";", "–", "—", "(", ":")),
              _spaced_hyphen(visible, sentence_start, figure_start))
    start = cut + 1 if cut >= sentence_start else sentence_start
    while start < figure_start and visible[start] in " \t\n«\"“(":
        start += 1
    return start


def _clause_comma(visible: str, start: int, end: int) -> int:
    """Where the last comma between `start` and `end` stands that is no number's ("9,8 млрд", "12,000"), or -1."""
    found = visible.rfind(",", start, end)
    while found > start and visible[found - 1].isdigit() and visible[found + 1 : found + 2].isdigit():
        found = visible.rfind(",", start, found)
    return found


def _spaced_hyphen(visible: str, start: int, end: int) -> int:
    """Where the last hyphen typed as a dash (" - ") stands between `start` and `end`, or -1."""
    found = visible.rfind(" - ", start, end)
    return found + 1 if found >= 0 else -1


_RUNNING_TOTAL = re.compile(rf"(?<!\w)(?:{'|'.join(lexicon.RUNNING_TOTAL_CUES)})(?!\w)", re.IGNORECASE)
_TOTAL_REACH = 80  # characters of the clause before a figure read for its running-total cue
_TOTAL_AFTER_REACH = 30  # "$140 million to date": the cue right after a figure


def is_running_total(visible: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether the figure at [start, end) is a running total: a cue in its clause before it, or right after it.

    "a cumulative gross of $459 million", "bringing its domestic total to $264 million", "$140 million to date".
    """
    clause = visible.rfind(",", sentence[0], start)  # the figure's own clause: after the last comma before it
    return bool(_RUNNING_TOTAL.search(visible, max(sentence[0], clause + 1, start - _TOTAL_REACH), start)
                or _RUNNING_TOTAL.match(visible, end + 1, min(sentence[1], end + _TOTAL_AFTER_REACH)))


# the words of a clause up to its next stop, at most 200 characters (the point or comma of a number, "4.1", "4,1",
# is inside it)
CLAUSE_BODY = r"(?:[^,.;:!?]|(?<=\d)[.,](?=\d)){0,200}"
# a relative clause after its comma, up to the next stop
_RELATIVE = rf",\s*{lexicon.any_of(lexicon.RELATIVE_CLAUSE_WORDS)}\b{CLAUSE_BODY}"
# ", which is approaching the end of its programme in August,": set off by commas on both sides (an aside)
RELATIVE_CLAUSE = re.compile(rf"{_RELATIVE}(?=,)", re.IGNORECASE)
# ... and one holding a list of nouns, through the list's commas to its last item ("which exclude autos, gasoline,
# building materials and food services,"); an item never opens with the conjunction (", and exports, ..." is a clause)
_LIST_CLOSE = lexicon.any_of(lexicon.LIST_CLOSING_CONJUNCTIONS)
_LIST_ITEM = rf",\s*(?!{_LIST_CLOSE}\b)[^,.;:!?\d\n]{{1,60}}?"
RELATIVE_CLAUSE_WITH_LIST = re.compile(
    rf"{_RELATIVE}(?:(?:{_LIST_ITEM})*?{_LIST_ITEM}\s{_LIST_CLOSE}\s[^,.;:!?\d\n]{{1,60}}?)?(?=,)", re.IGNORECASE)
# ", a proxy for hiring,": an aside restating the noun before it, set off by commas on both sides, with no figure
APPOSITIVE_ASIDE = re.compile(rf"(?<=\w),\s*{lexicon.any_of(lexicon.APPOSITIVE_LEADS)}\s[^,.;:!?\d\n]{{1,120}}(?=,)",
                              re.IGNORECASE)
# ", by contrast,", ", в свою очередь,": a connective set off by commas
CONNECTIVE_ASIDE = re.compile(rf",\s*{lexicon.any_of(lexicon.CONNECTIVE_ASIDES)}\s*(?=,)", re.IGNORECASE)
# ", which launched with $45.4 million in August 2018.": to the next comma or to its sentence's end
RELATIVE_CLAUSE_TO_END = re.compile(_RELATIVE, re.IGNORECASE)
# "против убытка в 2,1 млрд рублей", "compared with a net loss of $2.1 billion": a comparison's lead, a result named
# by its noun (an article and a word may stand before it, group 1 is the noun phrase), then its figure
RESULT_COMPARED_BEFORE = re.compile(
    rf"(?<!\w){lexicon.any_of(lexicon.RESULT_COMPARISON_LEADS)}\s+(?:{lexicon.any_of(lexicon.EN_ARTICLES)}\s+)?"
    rf"((?:[^\W\d]+\s+)?{lexicon.any_of(lexicon.RESULT_NOUNS)})\s+{lexicon.any_of(lexicon.RESULT_FIGURE_LEADS)}\s*\Z",
    re.IGNORECASE)
RESULT_COMPARED_REACH = 50  # characters before a figure where its comparison's lead may stand
# "в годовом выражении", "год к году", "year on year", "y/y": a percentage's span of twelve months
ANNUAL_RATE = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.ANNUAL_RATE_CUES)}(?!\w)", re.IGNORECASE)
# ... right after a figure, in its clause: "составила 16,4% в годовом выражении"
_ANNUAL_RATE_AFTER = re.compile(rf"[^\d;.!?,()–—]{{0,12}}?(?<!\w){lexicon.any_of(lexicon.ANNUAL_RATE_CUES)}(?!\w)",
                                re.IGNORECASE)


# "в месячном выражении", "month on month": a percentage's span of one month, in its clause or right after it
_MONTHLY_RATE = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.MONTHLY_RATE_CUES)}(?!\w)", re.IGNORECASE)
_MONTHLY_RATE_AFTER = re.compile(rf"[^\d;.!?,()–—]{{0,12}}?(?<!\w){lexicon.any_of(lexicon.MONTHLY_RATE_CUES)}(?!\w)",
                                 re.IGNORECASE)


def said_over_twelve_months(visible: str, clause_start: int, start: int, end: int) -> bool:
    """Whether the figure at start..end is said to be over twelve months: the cue in its clause, or right after it.

    The clause starts after the figure before it (`clause_start`); a cue right after that figure is that figure's
    ("rose 3.2% year on year in March, while the unemployment rate stood at 4.1%": not the unemployment rate's).
    """
    return _said_over(ANNUAL_RATE, _ANNUAL_RATE_AFTER, visible, clause_start, start, end)


def said_over_a_month(visible: str, clause_start: int, start: int, end: int) -> bool:
    """Whether the figure at start..end is said to be over one month, as `said_over_twelve_months` reads its cue."""
    return _said_over(_MONTHLY_RATE, _MONTHLY_RATE_AFTER, visible, clause_start, start, end)


def _said_over(
    cue: re.Pattern[str], cue_after: re.Pattern[str], visible: str, clause_start: int, start: int, end: int
) -> bool:
    # only a clause that starts right at the figure before may open with that figure's cue; a sentence's own first
    # words ("Инфляция в годовом выражении составила 8,5%") are the figure's
    after_figure = clause_start > 0 and not visible[clause_start - 1].isspace()
    own = cue_after.match(visible, clause_start) if after_figure else None
    return bool(cue.search(visible, own.end() if own else clause_start, start) or cue_after.match(visible, end))


# after the forecasters a number stands before, their verb of expecting with no object of its own, so the number
# is what they expected: "the 155,000 economists had expected." ("39 analysts expected a loss" counts them)
EXPECTING_AFTER = re.compile(rf"\s+(?:{lexicon.any_of(lexicon.EXPECTING_AUXILIARIES)}\s+)*"
                             rf"{lexicon.any_of(lexicon.EXPECTING_VERBS)}(?!\w)(?=\s*(?:[,.;:!?)]|\Z))",
                             re.IGNORECASE)
# right after a percentage, GDP as its whole: "86.7% of GDP", "or 3.5 percent of gross domestic product", "3,6% ВВП"
OF_GDP_AFTER = re.compile(rf"\s*(?:{lexicon.any_of(lexicon.EN_WHOLE_LEADS)}\s+"
                          rf"(?:{lexicon.any_of(lexicon.EN_ARTICLES)}\s+)?)?{lexicon.any_of(lexicon.GDP_NAMES)}",
                          re.IGNORECASE)
# the link of a restatement after a comma: "45,2 млрд рублей, или 62,3%", "$3.95 billion, or 24.3% of revenue"
RESTATEMENT_LINK = re.compile(rf"\s*,\s*(?:{lexicon.any_of(lexicon.RESTATEMENT_LINKS)})\s+", re.IGNORECASE)
# "1,08 млн новых легковых машин, что на 24% меньше": a relative "что" after the thing a count counts stands for the
# count; the change after it is the count's (a few words between, no figure)
RELATIVE_LINK = re.compile(rf"\.?\s*[^\W\d]*(?:\s+[^\W\d]+){{0,6}}\s*,\s*"
                           rf"(?:{lexicon.any_of(lexicon.RU_RELATIVE_LINKS)})(?:\s+{lexicon.any_of(lexicon.CHANGE_LEADS)})?\s+",
                           re.IGNORECASE)
# ", the Treasury Department said on Friday,", ", как сообщил министр,": an aside of who says it, set off by commas,
# which never holds a figure's subject (and holds no figure: ", exports rose 12% as the ministry reported," is a clause)
SPOKEN_ASIDE = re.compile(rf",\s*(?:[^,.;:!?\n\d]{{1,60}}?\s)?{lexicon.any_of(lexicon.SPEECH_VERBS)}\b"
                          rf"[^,.;:!?\n\d]{{0,30}}(?=,)", re.IGNORECASE)
_RELATIVE_REACH = 220  # a relative clause is at most 200 characters (RELATIVE_CLAUSE_TO_END) and its comma


def relative_clause_of(visible: str, start: int, end: int) -> tuple[int, int] | None:
    """The relative clause set off by a comma (to the next comma or its sentence's end) a span lies in, if any.

    "the first film, which launched with $41.2 million in July 2019.": the figure and its month are the film's.
    """
    return next(((clause.start(), clause.end()) for clause in RELATIVE_CLAUSE_TO_END.finditer(
        visible, max(0, start - _RELATIVE_REACH), end + _RELATIVE_REACH) if clause.start() < start
        and end <= clause.end()), None)


def relative_aside(visible: str, sentence_start: int, start: int, end: int) -> tuple[int, int] | None:
    """The relative clause set off by commas that a span lies in, which speaks of something else, if any.

    "Greece, which ends its bailout in August, cut its debt to 178.6%": "August" dates the bailout, not the debt.
    """
    return next(((aside.start(), aside.end()) for aside in RELATIVE_CLAUSE.finditer(visible, sentence_start, end + 200)
                 if aside.start() < start and end <= aside.end()), None)


_NON_BLANK = re.compile(r"\S")
# "68% приходится на вклады", "640 тыс. кв. м приходится на ИЖС": a part's verb after the figure, then "на" and the part
PART_VERB_AFTER = re.compile(rf"\s+(?:{lexicon.any_of(lexicon.PART_OF_WHOLE_VERBS)})\s+"
                             rf"(?:{lexicon.any_of(lexicon.PART_VERB_OBJECT_LEADS)})\s+", re.IGNORECASE)


def headline_end(visible: str) -> int:
    """Where the headline's line ends (its first line of text), -1 for a text with no line break after it."""
    text_start = _NON_BLANK.search(visible)
    return visible.find("\n", text_start.start()) if text_start else -1


def headline_proper_end(visible: str) -> int:
    """Where a headline ends, -1 where the text has none: a first line that ends with a full stop is a sentence."""
    end = headline_end(visible)
    return end if end >= 0 and not visible[:end].rstrip().endswith(".") and _NON_BLANK.search(visible, end) else -1
