"""Figures in running text: where each stands, how it is written, and what it says.

Shared by `uncurated-figure` and `factcheck extract`, so that what the one reports as uncurated is what the
other would curate. Years, dates, ordinals ("2024-м", "1990-х"), list numbers, times and figures inside
URLs are not figures; a number written in words counts only with a scale word, a unit or "раз".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from enum import Enum
from fractions import Fraction

from factcheck import lexicon
from factcheck.patterns import lazy
from factcheck.quantities import (
    AND_A_HALF,
    BASIS_POINTS_WORDS,
    CURRENCY_PREFIX,
    DIRECTION_NOUN,
    FRACTION_OF_SCALE,
    PERCENT_ADJECTIVE,
    PERCENT_OF,
    PERCENT_WORDS,
    POINTS_WORDS,
    SUB_AMOUNT_AFTER,
    TIMES_WORDS,
    WORD,
    Amount,
    Figure,
    FigureError,
    Ratio,
    Reader,
    plain_digits,
    read_in_text,
    resolve_unit,
)


class SignCue(Enum):
    """What in the text makes a figure a change, and gives its direction."""

    PRINTED = "printed"  # a sign or a sign word written with it: "-5%", "+3 млн", "минус 830 человек"
    VERB = "verb"  # a verb of change right before it: "fell 5%", "slipped by 12,000", "снизился на 5%"
    VERB_OBJECT = "verb-object"  # a verb, its object and "by": "increased earnings by $3 billion"
    NOUN = "noun"  # a noun of direction with it: "a 12% drop", "a drop of 1,200", "5-процентное падение"
    COMPARATIVE = "comparative"  # a comparative: "5% lower than in 2023", "640 fewer births"
    GAPPED = "gapped"  # a clause with no verb of its own, in a list after one: "exports fell 5%, imports 3%"
    BRACKET = "bracket"  # the change before it in absolute terms: "на 1,2% (20 тыс. т) ниже"
    APPOSITION = "apposition"  # the change before it restated: "gained $310, or 4.1 percent"
    NOUN_SUBJECT = "noun-subject"  # a noun of change is what it measures: "спад составил 2,6%", "прирост ... (4%)"
    INDEX = "index"  # a percentage of a baseline after "к": "104% к уровню прошлого года" (over 100%: a rise)
    EARLIER_RATE = "earlier-rate"  # the change of an earlier period set against it: "grew 5.2%, down from 5.5%"


@dataclass(frozen=True)
class SignEvidence:
    """How a figure was read as a change: the cue, its direction (+1, -1, or 0 when none is said), its span."""

    cue: SignCue
    direction: int
    start: int
    end: int

    def shifted(self, offset: int) -> SignEvidence:
        """The same evidence with its span moved by `offset` (from a paragraph's positions to the article's)."""
        return replace(self, start=self.start + offset, end=self.end + offset)


@dataclass(frozen=True)
class FoundFigure:
    """A figure of running text: its span, its text as written, how it reads, and what it says."""

    start: int
    end: int
    text: str
    form: str  # value | change | bound
    relation: str | None  # ">" or "<" for a bound
    figure: Figure | None
    numbers: tuple[Fraction, ...]
    # what made it a change, for a change whose direction the words around it give (None: as written)
    evidence: SignEvidence | None = None
    # its currency is the one the amount before it printed, left out of its own words ("расходы – 101,5 млрд")
    unit_carried: bool = False

    @property
    def claim_text(self) -> str:
        """The figure as a claims file writes it: "> $500 млн" for a bound."""
        return f"{self.relation} {self.text}" if self.relation else self.text


_SIGNS = re.escape("".join(lexicon.CURRENCY_SIGNS))  # for character classes: $€£¥₸₽...
_SKIPPED_REGIONS = lazy(
    r"https?://\S+|www\.\S+"  # URLs
    r"|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b"  # dates: 24.01.2017
    r"|\b\d{1,2}:\d{2}\b"  # times
    r"|^[ \t]*\d{1,3}[.)][ \t]",  # list numbers
    re.MULTILINE,
)
_START = lazy(
    rf"(?<![\w.,/-])(?:[+\-−~≈]?[{_SIGNS}]|[+\-−]?\d|[x×]\d)|(?<![\w-])[^\W\d_]",
    re.IGNORECASE,
)
# the number of a district, a school or a law after its sign, with a space or without: "округ № 25", "№5"
_LABEL_SIGN_BEFORE = lazy(r"№[^\S\n]?\Z")
_LABEL_NUMBER = lazy(r"\d[\d./-]*")
# "2024-м", "20 октября": a date, also wrapped onto the next line ("до 20\nоктября"); a capitalised month opening
# the next line starts a row of its own ("Январь – 3,6" over "Февраль – 3,5" in a table is no "6 февраля")
_NOT_A_FIGURE_AFTER = lazy(rf"(?:[^\S\n]|\n(?=(?-i:[a-zа-яё])))?"
                           rf"(?:-[а-яё]{{1,3}}\b|(?:{'|'.join(lexicon.MONTH_FORMS)})\b)", re.IGNORECASE)
_YEAR = lazy(r"(1[89]|2[01])\d\d")
_YEAR_RANGE = lazy(
    r"(1[89]|2[01])\d\d(?:\s?[-–—/]\s?|\s+(?:to|до|по|и|and)\s+)(?:(1[89]|2[01])\d\d|\d\d)\b", re.IGNORECASE
)


_PARTICLE_UP_TO = lazy(rf"(?:{'|'.join(map(re.escape, lexicon.UP_PARTICLE_QUALIFIERS))})\s", re.IGNORECASE)
# the start of a change, right before a figure: "from", "с", "compared to", and after a possessive "from its",
# "from July's", an article and a word "from a record", "compared with an estimated" (also the form reader's
# test of a value printed as a change's start)
_CHANGE_START_WORDS = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in lexicon.CHANGE_START_WORDS)
CHANGE_START_BEFORE = lazy(rf"(?<!\w)(?:{_CHANGE_START_WORDS})\s*(?:(?:{'|'.join(lexicon.POSSESSIVES)})\s+|"
                           rf"[^\W\d]+['’]s\s+|(?:{'|'.join(lexicon.EN_ARTICLES)})\s+(?:[^\W\d]+\s+)?)?$",
                           re.IGNORECASE)
_FROM_REACH = 30
_VERB_REACH = 40  # characters before "up to" where its verb may stand
_UP_PARTICLE_VERB = lazy(rf"(?<![\w-])(?:{'|'.join(lexicon.UP_PARTICLE_VERBS)})\s+\Z", re.IGNORECASE)


def find_figures(text: str, language: str, custom_units: tuple[str, ...] = ()) -> list[FoundFigure]:
    """Every figure of running text, in order."""
    text = plain_digits(text)
    skipped = _Regions([match.span() for match in _SKIPPED_REGIONS.finditer(text)])
    found: list[FoundFigure] = []
    position = 0
    for candidate in _START.finditer(text):
        start = candidate.start()
        if start < position or skipped.covers(start):
            continue
        label = _LABEL_NUMBER.match(text, start) if _LABEL_SIGN_BEFORE.search(text, max(0, start - 2), start) else None
        if label is not None:
            position = label.end()  # "по округу № 28 — 65,3%": the number after its sign is a label, not a figure
            continue
        reversed_percent = _percent_of(text, start, language)  # "percent of 10": the figure written backwards
        if reversed_percent is not None:
            found.append(reversed_percent)
            position = reversed_percent.end
            continue
        extent = figure_extent(text, start, language, custom_units)
        if extent is None or skipped.covers(extent.start):
            continue
        end = extent.end
        while end > extent.start and text[end - 1] in ". ,":
            end -= 1  # a full stop after "млн." or "тонн." belongs to the sentence
        written = text[extent.start : end]
        if not written.strip():
            continue
        if not extent.has_unit and _is_not_a_figure(text, extent.start, end, written):
            position = end
            continue
        if not re.search(r"\d", written) and not extent.has_unit:
            continue  # a number in words with nothing after it: "один из", "three of them"
        # the verb stands before any qualifier: "упал почти в 4 раза", "fell nearly fourfold"
        verb = verb_before(text, start if extent.qualifier else extent.start)
        if verb is not None and extent.qualifier and _LEVEL_CROSSED.match(text, start) \
                and not _GROWTH_SIZE_VERB.match(text, verb.start):
            verb = None  # "to drop below 6%": the level crossed, bounded; the verb says how it got there
        cue = None if verb is None else "down" if verb.direction < 0 else "up"
        figure_start = extent.start
        if extent.led and not extent.relative and not extent.percent and cue is None:
            # "выйти на 10 млн тонн": "на" before an amount is a change only after a verb of growth or decline
            lead = CHANGE_LEAD.match(written)
            if lead:
                figure_start += lead.end()
                written = written[lead.end() :]
        relative = extent.relative or (extent.led and figure_start == extent.start) or (
            cue is not None and extent.percent
        )
        lead_at = extent.start if figure_start > extent.start else None  # where the "на" stepped over stands
        if extent.direction_noun is not None:
            cue = "down" if extent.direction_noun[0] < 0 else "up"
        decrease = cue == "down" and relative and not written.lstrip().startswith(("-", "−"))
        unsigned = written
        if decrease:
            # "снизился на 5%", "fell 5%": the claims file writes the decrease as -5%; the verb's direction is
            # passed to the reader as an argument, the "-" is only how the figure is shown
            if CHANGE_LEAD.match(written):
                lead_at = figure_start
            unsigned = CHANGE_LEAD.sub("", written, count=1).lstrip()
            written = _minus_after_qualifier(unsigned, language)
        relation = {"lower": ">", "upper": "<"}.get(extent.qualifier or "") if not relative else None
        if relation == ">" and _NEGATION_BEFORE.search(text, max(0, start - _OPENER_WINDOW), start):
            relation = "<"  # "не превышает 2,3 млн", "did not exceed $500 billion": at most the figure
        qualifier_text = text[start : extent.start].strip() if extent.qualifier and not relation else ""
        if extent.direction_noun is not None:  # the claim says it with its noun: "5-процентное падение"
            written = unsigned + text[end : extent.direction_noun[1]]
        shown = f"{qualifier_text} {written}".strip() if qualifier_text else written
        figure = read_in_text(
            text, start if qualifier_text else figure_start, end, language, custom_units,
            shown=f"{relation} {shown}" if relation else shown, change=relative, decrease=decrease,
            relation=relation, lead_at=lead_at,
        )
        if figure is None:
            continue
        if decrease and isinstance(figure, Ratio) and not figure.percent:
            # a decrease by a factor: "-в 4 раза" would not load, the claims file writes "в 4 раза меньше"
            shown = f"{qualifier_text} {unsigned} {_FEWER[language]}".strip()
            figure = replace(figure, text=shown)
        form = "change" if relative else ("bound" if relation else "value")
        evidence = _evidence(extent, verb if cue is not None else None, start, end) if relative else None
        figure_start = start if qualifier_text else figure_start
        numbers = extent.numbers
        if form == "value" and isinstance(figure, Amount) and figure.unit is not None:
            joined = _range_with_both_ends_written(text, figure_start, end, figure, language, custom_units)
            if joined is not None:
                figure, figure_start, end, second_numbers = joined
                shown, numbers = figure.text, numbers + second_numbers
        if extent.percent and not extent.signed and not extent.qualifier and form in ("value", "change"):
            ranged = _percent_range_of_change(text, figure_start, end, numbers, language, custom_units)
            if ranged is not None:
                figure, end, shown, second_numbers, evidence = ranged
                form, numbers = "change", numbers + second_numbers
        found.append(FoundFigure(
            start=figure_start, end=end, text=shown, form=form, relation=relation, figure=figure, numbers=numbers,
            evidence=evidence,
        ))
        position = end
    return found


def _evidence(extent: Extent, verb: SignEvidence | None, start: int, end: int) -> SignEvidence | None:
    """What made a figure read as a change a change: its noun, its sign or the verb before it."""
    if extent.direction_noun is not None:
        return SignEvidence(SignCue.NOUN, extent.direction_noun[0], end, extent.direction_noun[1])
    if extent.signed:
        return SignEvidence(SignCue.PRINTED, 0, extent.start, end)
    return verb


_NEGATION_BEFORE = lazy(rf"(?<!\w){lexicon.any_of(lexicon.NEGATIONS_BEFORE_BOUND)}\s+\Z", re.IGNORECASE)
_RANGE_OPENER_BEFORE = lazy(
    rf"(?<![\w])(?:{'|'.join(map(re.escape, lexicon.QUALIFIERS['range']))})\s+$", re.IGNORECASE
)
_LEVEL_CROSSED = lazy(rf"(?:{'|'.join(lexicon.LEVEL_CROSSED_QUALIFIERS)})\s", re.IGNORECASE)
# "the economy grew under 1%": a bound of the growth, never a level crossed
_GROWTH_SIZE_VERB = lazy(rf"(?:{'|'.join(lexicon.GROWTH_SIZE_VERBS)})(?!\w)", re.IGNORECASE)
_OPENER_WINDOW = 40  # longer than any opener with its spaces: what is looked at before a figure stays bounded
_RANGE_WORD_BETWEEN_ENDS = lazy(rf"\s+(?:{'|'.join(lexicon.RANGE_WORDS_AFTER_START)})\s+", re.IGNORECASE)
_RANGE_DASH_BETWEEN_ENDS = lazy(f"[{''.join(lexicon.RANGE_DASHES)}]")


def _range_with_both_ends_written(
    text: str, start: int, end: int, first: Amount, language: str, custom_units: tuple[str, ...]
) -> tuple[Amount, int, int, tuple[Fraction, ...]] | None:
    """A range whose ends each carry the unit: "between $10 and $20", "от 5% до 7%", "$10-$20".

    One figure, not two: its ends are the same subject. After "between"/"from"/"от" the ends are joined by
    "and"/"to"/"и"/"до"; otherwise only by a dash written without spaces (a spaced dash is punctuation:
    "выручка — $10 млн — ..."), and never after a verb of change ("rose from $500 to $659" is its start and end).
    The second end must be a plain value in the same unit. Returns the range, where it starts and ends, and the
    numbers of its second end.
    """
    opener = _RANGE_OPENER_BEFORE.search(text, max(0, start - _OPENER_WINDOW), start)
    opened = opener is not None
    if opener is not None:
        if direction_before(text, opener.start()) is not None:
            return None  # "rose from $500 to $659": where a change starts and ends, not a range
        start = opener.start()
    separator = (_RANGE_WORD_BETWEEN_ENDS if opened else _RANGE_DASH_BETWEEN_ENDS).match(text, end)
    if separator is None:
        return None
    second = figure_extent(text, separator.end(), language, custom_units)
    if second is None or second.start != separator.end() or second.qualifier or second.led or second.relative:
        return None
    second_end = second.end
    while second_end > second.start and text[second_end - 1] in ". ,":
        second_end -= 1
    second_figure = read_in_text(text, second.start, second_end, language, custom_units,
                                 shown=text[second.start : second_end])
    if not isinstance(second_figure, Amount) or second_figure.unit != first.unit:
        return None
    joined = read_in_text(text, start, second_end, language, custom_units, shown=text[start:second_end])
    if not isinstance(joined, Amount) or joined.unit != first.unit:
        return None
    return joined, start, second_end, second.numbers


_PERCENT_CHANGE_RANGE_WORD = lazy(rf"\s+(?:{'|'.join(lexicon.PERCENT_CHANGE_RANGE_WORDS)})\s+", re.IGNORECASE)
_RANGE_NOUN_LINK = "|".join(lexicon.DIRECTION_NOUN_LINKS)  # "growth of 3% to 4%"
_CHANGE_NOUN_OF_BEFORE = {
    direction: lazy(rf"(?<!\w)(?:{'|'.join(map(re.escape, nouns))})\s+(?:{_RANGE_NOUN_LINK})\s+\Z", re.IGNORECASE)
    for direction, nouns in ((-1, lexicon.CHANGE_NOUNS_DOWN), (1, lexicon.CHANGE_NOUNS_UP))
}
_CHANGE_NOUN_AFTER = {
    direction: lazy(rf"\s+(?:{'|'.join(map(re.escape, nouns))})(?!\w)", re.IGNORECASE)
    for direction, nouns in ((-1, lexicon.CHANGE_NOUNS_DOWN), (1, lexicon.CHANGE_NOUNS_UP))
}
_UP_TO_LAST_DIGIT = lazy(r".*\d", re.DOTALL)
# The ends of one change's range are of one order: a second end more than ten times the first is the level the
# change reached ("a cut of 0.25% to 4.5%", "an increase of 2% to 45%")
_RANGE_OF_CHANGE_SPAN = 10


def _percent_range_of_change(
    text: str, start: int, end: int, first: tuple[Fraction, ...], language: str, custom_units: tuple[str, ...]
) -> tuple[Figure, int, str, tuple[Fraction, ...], SignEvidence] | None:
    """Two percentages joined by "to" that size one change: "growth of 3% to 4%", "a 2% to 3% rise".

    A range of change, shown as a claims file writes one ("+3 to 4%"), when a noun of change and "of" stand
    before the first ("growth of", "a contraction of") or a noun of change follows the second. After a verb or
    "by" the second is the level reached, and this is never called for it: "cut by 0.25% to 4.5%". So is a second
    end more than ten times the first, whatever stands before: "a cut of 0.25% to 4.5%".
    Returns the change, where it ends, how it is shown, the second end's numbers and the noun that makes it one.
    """
    separator = _PERCENT_CHANGE_RANGE_WORD.match(text, end)
    if separator is None:
        return None
    second = figure_extent(text, separator.end(), language, custom_units)
    if second is None or second.start != separator.end() or not second.percent or second.qualifier \
            or second.led or second.signed or second.direction_noun is not None:
        return None
    if first and second.numbers and second.numbers[0] > _RANGE_OF_CHANGE_SPAN * first[-1]:
        return None  # the level reached: "a cut of 0.25% to 4.5%"
    second_end = second.end
    while second_end > second.start and text[second_end - 1] in ". ,":
        second_end -= 1
    noun = next(((direction, match.start(), match.end()) for direction, pattern in _CHANGE_NOUN_OF_BEFORE.items()
                 if (match := pattern.search(text, max(0, start - _OPENER_WINDOW), start))), None)
    if noun is None:
        noun = next(((direction, match.start(), match.end()) for direction, pattern in _CHANGE_NOUN_AFTER.items()
                     if (match := pattern.match(text, second_end))), None)
    if noun is None:
        return None
    direction, noun_start, noun_end = noun
    first_number = _UP_TO_LAST_DIGIT.match(text, start, end)
    if first_number is None:
        return None
    body = f"{first_number.group(0)} {separator.group(0).strip()} {text[second.start : second_end]}"
    shown = f"{'-' if direction < 0 else '+'}{body}"
    figure = read_in_text(plain_digits(body), 0, len(body), language, custom_units, shown=shown, change=True,
                          decrease=direction < 0)
    if not isinstance(figure, Ratio):
        return None
    return figure, second_end, shown, second.numbers, SignEvidence(SignCue.NOUN, direction, noun_start, noun_end)


class _Regions:
    """Spans of text that hold no figure (URLs, dates, times, list numbers), in order and not overlapping.

    `covers` is a binary search: a text with many URLs and many figures is scanned in n log n, not n².
    """

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.starts = [low for low, _ in spans]
        self.ends = [high for _, high in spans]

    def covers(self, position: int) -> bool:
        """Whether `position` falls inside one of the spans."""
        index = bisect_right(self.starts, position) - 1
        return index >= 0 and position < self.ends[index]


_FEWER = {"ru": "меньше", "en": "less"}  # after a factor, a decrease: both are in lexicon.DECREASE_AFTER
# the lead word of a change that belongs to the sentence: "на 5%", "by 5%"
CHANGE_LEAD = lazy(rf"^(?:{'|'.join(lexicon.CHANGE_LEADS)})\s+", re.IGNORECASE)


# Before a word of change, none of the adjectives that make a noun of change a balance's name ("a natural decrease
# of 3,200"): one fixed-width look-behind per adjective, so the test stays a constant-time one at the word
NOT_A_BALANCE = "".join(rf"(?<!\b{re.escape(adjective)}\s)" for adjective in lexicon.BALANCE_ADJECTIVES)


def _noun_not_of_a_balance(noun: str) -> str:
    """A noun of change with the balance's look-behinds after it, each over the adjective and the noun itself.

    The same test as `NOT_A_BALANCE` before the noun, but tried only where the noun stands: before it, every
    look-behind runs at every word the alternation is tried at, and that is most of a long alternation's cost.
    """
    return re.escape(noun) + "".join(rf"(?<!\b{re.escape(adjective)}\s{re.escape(noun)})"
                                     for adjective in lexicon.BALANCE_ADJECTIVES)


def _change_cues(verbs: dict[str, tuple[str, ...]], stems: dict[str, tuple[str, ...]], nouns: tuple[str, ...],
                 words: tuple[str, ...]) -> str:
    """One alternation of the words before a figure that make it a change: verb forms, stems, nouns and adverbs."""
    plain = {form for forms in verbs.values() for form in forms} | set(nouns)
    # the balance's look-behinds guard the nouns alone: a finite verb after "natural" is no English, and one after
    # any other word ("net migration rose") is a change
    return "|".join([*(_noun_not_of_a_balance(word) if word in nouns else re.escape(word)
                       for word in sorted(plain, key=len, reverse=True)),
                     *(stem for lemma_stems in stems.values() for stem in lemma_stems), *words])


# the words of change before a figure, from the lexicon's one inventory (FrameNet's frames of change on a scale,
# the Russian verbs by lemma, the nouns of change): "slipped", "снизился на", "рост на", "down"
CHANGE_CUES_DOWN = _change_cues(lexicon.EN_CHANGE_VERBS_DOWN, lexicon.RU_CHANGE_VERBS_DOWN, lexicon.CHANGE_NOUNS_DOWN,
                                lexicon.DIRECTION_WORDS_BEFORE_DOWN)
CHANGE_CUES_UP = _change_cues(lexicon.EN_CHANGE_VERBS_UP, lexicon.RU_CHANGE_VERBS_UP, lexicon.CHANGE_NOUNS_UP,
                              lexicon.DIRECTION_WORDS_BEFORE_UP)
_DOWN = lazy(rf"(?<!\w)(?:{CHANGE_CUES_DOWN})\s+(?:на\s+|by\s+)?$", re.IGNORECASE)
# a noun of change and "of" before a figure: "an increase of $30 billion to $940 billion" ("to" ends the change)
_CHANGE_NOUN_OF = lazy(rf"(?<!\w)(?:{CHANGE_CUES_UP}|{CHANGE_CUES_DOWN})\s+of\s+$", re.IGNORECASE)
_UP = lazy(rf"(?<!\w)(?:{CHANGE_CUES_UP})\s+(?:на\s+|by\s+)?$", re.IGNORECASE)


def direction_before(text: str, start: int) -> str | None:
    """Whether the words just before a figure say it is a decrease or an increase: "down", "up" or None."""
    verb = verb_before(text, start)
    return None if verb is None else "down" if verb.direction < 0 else "up"


def verb_before(text: str, start: int) -> SignEvidence | None:
    """The verb of change just before a figure ("fell", "slipped by", "снизился на"), with its direction.

    Never across a line break: a headline or a paragraph that ends with such a verb ("... as for-profits shrink")
    says nothing of the figure that opens the next ("Some 19.0 million students enrolled"). The text read is what
    a reader sees, where a line break that only wraps a paragraph is already a space (`article.soft_wraps`).
    """
    floor = max(0, start - 30)
    for pattern, direction in ((_DOWN, -1), (_UP, 1)):
        verb = pattern.search(text, floor, start)
        if verb is not None and "\n" not in text[verb.start() : start]:
            return SignEvidence(SignCue.VERB, direction, verb.start(), verb.end())
    return None


def _percent_of(text: str, start: int, language: str) -> FoundFigure | None:
    lead = PERCENT_OF.match(text, start)
    if lead is None:
        return None
    extent = figure_extent(text, lead.end(), language)
    if extent is None:
        return None
    number = text[extent.start : extent.end]
    figure = read_in_text(text, extent.start, extent.end, language, shown=f"{number}%", per_cent=True)
    if figure is None:
        return None
    return FoundFigure(start, extent.end, text[start : extent.end], "value", None, figure,
                       extent.numbers)


def _is_not_a_figure(text: str, start: int, end: int, written: str) -> bool:
    first_digit = re.search(r"\d", written)
    if first_digit is None:
        return False
    start += first_digit.start()  # past "from", "между": a year range is still years
    digits = written[first_digit.start() :].strip()
    if _NOT_A_FIGURE_AFTER.match(text, end):
        return True  # 2024-м, 1990-х, 20 октября
    if _YEAR.fullmatch(digits) or _YEAR_RANGE.match(text, start):
        return True
    before = text[max(0, start - 1) : start]
    return bool(before and (before.isalpha() or before in "#№"))  # A320, №5


# ---------------------------------------------------------------------------------------------------------
# The extent of a figure in running text


@dataclass(frozen=True)
class Extent:
    """How far a figure written at some position reaches, and what its wording says about it."""

    start: int  # after any lead word ("на", "в") that belongs to the sentence rather than the figure
    end: int
    qualifier: str | None  # lower, upper, about, nearly
    relative: bool  # written as a change: a multiplier, or a percentage after "на"/a sign
    percent: bool
    signed: bool
    has_unit: bool  # a currency, a unit, a percentage or a scale word: more than a bare number
    led: bool  # preceded by "на"/"by" (a change) or "в"/"in" (a multiplier)
    numbers: tuple[Fraction, ...] = ()  # the numbers written in it, as the reader read them
    # a noun of direction right after it ("5-процентное падение"): its sign and where it ends; not in the span,
    # which the measure after it ("a 5-percent rise in sales") is read from
    direction_noun: tuple[int, int] | None = None


_LEAD_CHANGE = lazy(rf"(?:{'|'.join(lexicon.CHANGE_LEADS)})\s+", re.IGNORECASE)
_LEAD_TIMES = lazy(rf"(?:{'|'.join(lexicon.TIMES_LEADS)})\s+", re.IGNORECASE)
_PLUS_MINUS = "|".join((*lexicon.PLUS_WORDS, *lexicon.MINUS_WORDS, *lexicon.NEGATIVE_SIGN_WORDS))
_SIGN = lazy(
    rf"(?:[+\-−]|(?:{_PLUS_MINUS})\s)(?=\s?[\d{_SIGNS}])|(?:{'|'.join(lexicon.MINUS_WORDS)})\s(?=[^\W\d_])",
    re.IGNORECASE,
)


def figure_extent(text: str, position: int, language: str, custom_units: tuple[str, ...] = (),
                  *, ranges_after_verb: bool = False) -> Extent | None:
    """Read the longest figure starting at `position` of running text; None when there is none.

    Only units the shipped index knows are taken from running text (see `resolve_unit(live=False)`). Right after
    a verb of change, "to"/"до" ends the change at its new level ("rose by 236,000 to 29.6 million", "increased
    22,000 to 242,000"); it joins a range only of percentages ("rose 2 to 3 percent", read with
    `ranges_after_verb`).
    """
    reader = Reader(text, language, custom_units, exact=False, running_text=True)
    reader.pos = position
    qualifier = reader.qualifier()
    start = reader.pos
    if qualifier == "upper" and _PARTICLE_UP_TO.match(text, position) and _UP_PARTICLE_VERB.search(
            text, max(0, position - _VERB_REACH), position):
        return None  # "edged up to 4.4%": the verb's "up", then "to" the level reached (read from the number)
    after_verb = direction_before(text, position) is not None
    if reader.in_range and text[position:start].strip().casefold() in lexicon.CHANGE_START_OPENERS \
            and after_verb:
        reader.in_range = reader.ranges_by_word = False  # "rose from 4,120 to 4,310": a start and an end
    elif after_verb and not reader.in_range and not ranges_after_verb:
        reader.ranges_by_word = False
        extent = figure_extent(text, position, language, custom_units, ranges_after_verb=True)
        if extent is not None and extent.percent:
            return extent  # "rose 2 to 3 percent": a range of change in per cent
    range_start = position if reader.in_range else None  # "between 10 and 20": the figure needs its "between"
    word = WORD.match(text, reader.pos)
    if word and word.group(0).casefold() in (*lexicon.MULTIPLIER_WORDS, *lexicon.HALVING_WORDS):
        factor = Fraction(lexicon.MULTIPLIER_WORDS.get(word.group(0).casefold(), 0))
        return Extent(start, word.end(), qualifier, True, False, False, True, False, (factor,) if factor else ())
    lead_change = reader.take(_LEAD_CHANGE)
    if lead_change:  # "на 1,2 тыс. до 64,5 тыс.", "by 1,200 to 64,500": a change by one, to the other, never a range
        reader.ranges_by_word = False
    # "by $30 billion to $940 billion", "from July's $596 billion to $689 billion": "to" ends a change
    reader.currency_at_both_ends = not (lead_change or after_verb or CHANGE_START_BEFORE.search(
        text, max(0, position - _FROM_REACH), position) or _CHANGE_NOUN_OF.search(
        text, max(0, position - _FROM_REACH), position))
    lead_times = None if lead_change else reader.take(_LEAD_TIMES)
    qualifier = qualifier or reader.qualifier()
    fraction = _fraction_change(text, reader.pos, position, start if lead_change else None, qualifier)
    if fraction is not None:
        return fraction
    sign_match = _SIGN.match(text, reader.pos)
    if sign_match:
        reader.pos = sign_match.end()
    figure_start = reader.pos
    if _YEAR_AT.match(text, figure_start) and _PERIOD_WORD_BEFORE.search(
            text, max(0, figure_start - _OPENER_WINDOW), figure_start):
        # "rose 35% in 2024 to 52,000 TEU", "January-May 2019 to 8,310": a year is never one end of a range
        # with a non-year; a range of years ("2019-2024") is still read whole, and is no figure
        reader.in_range = reader.ranges_by_word = False
    currency = reader.take(CURRENCY_PREFIX)
    multiply = None if currency else reader.take(_MULTIPLY_SIGN_BEFORE_DIGIT)
    try:
        magnitude = reader.magnitude(after_currency=currency is not None, multiplier=multiply is not None)
    except FigureError:
        return None
    if magnitude is None:
        return None
    written_words = WORD.findall(text[figure_start : reader.pos])
    scaled = any(w.casefold() in lexicon.SCALE_WORDS for w in written_words) and not currency
    if reader.take(AND_A_HALF) and not (lead_times or multiply or TIMES_WORDS.match(text, reader.pos)):
        return None  # "two and a half times" is a multiplier, "two and a half years" a time
    after_number = reader.pos
    # points before per cent: "percentage points" starts with "percentage"
    percent = any(reader.take(words) is not None for words in (POINTS_WORDS, BASIS_POINTS_WORDS, PERCENT_WORDS))
    # per cent as an adjective; with a noun of direction after it, a change: "5-процентное падение", "a 5% rise"
    adjective = not percent and reader.take(PERCENT_ADJECTIVE) is not None
    noun_of_direction = next(((sign, noun.end()) for sign, pattern in DIRECTION_NOUN.items()
                              if adjective and (noun := pattern.match(text, reader.pos))), None)
    percent = percent or adjective
    times = False if percent else reader.take(TIMES_WORDS) is not None
    unit = False
    if not percent and not times and not currency:
        unit = _take_unit(reader, custom_units)
    if (currency or unit) and (sub_amount := SUB_AMOUNT_AFTER.match(text, reader.pos)):
        reader.pos = sub_amount.end()  # "рубль 50 копеек", "$20 and 43c"
        cents = _CENTS.search(text, sub_amount.start(), sub_amount.end())
        if cents is not None:
            reader.numbers[cents.start()] = (Fraction(int(cents.group(0))), cents.end())
    if (lead_times and not times) or (lead_change and not (percent or unit or scaled)):
        # "в 2023 году", "на 130 видов": the lead word belongs to the sentence
        lead_change = lead_times = None
    end = reader.pos if (percent or times or unit or currency or multiply) else after_number
    if not (percent or times or multiply):
        end = max(end, after_number)
    begin = start if (lead_change or lead_times) else (figure_start if not sign_match else sign_match.start())
    if range_start is not None and len(reader.numbers_between(figure_start, end)) > 1:
        begin = range_start  # a lone "from $659" is the figure $659: where a change starts, or one end of a range
    relative = bool(times or multiply or (percent and (lead_change or sign_match)) or noun_of_direction)
    has_unit = bool(currency or percent or unit or scaled or times or multiply)
    return Extent(begin, end, qualifier, relative, percent, bool(sign_match), has_unit,
                  bool(lead_change or lead_times), reader.numbers_between(begin, end), noun_of_direction)


def _minus_after_qualifier(unsigned: str, language: str) -> str:
    """A decrease as a claims file writes it: the sign is the number's, after a qualifier.

    "declined by about 1.1 million" is "about -1.1 million", as "lost about 1.1 million" is written.
    """
    reader = Reader(unsigned, language, (), exact=False, running_text=True)
    if reader.qualifier() is None:
        return "-" + unsigned
    return f"{unsigned[: reader.pos].rstrip()} -{unsigned[reader.pos :]}"


_CENTS = lazy(r"\d{1,2}")
_YEAR_AT = lazy(r"(?:1[89]|2[01])\d\d(?![\d,.]?\d)")
_PERIOD_WORD_BEFORE = lazy(
    rf"(?<!\w)(?:{'|'.join(map(re.escape, lexicon.PERIOD_PREPOSITIONS))}|{'|'.join(lexicon.MONTH_FORMS)})"
    rf"\s{{1,3}}\Z",
    re.IGNORECASE,
)
_FRACTION_WORD = lazy(
    "(?:" + "|".join(re.escape(word) for word in sorted(lexicon.FRACTION_WORDS, key=len, reverse=True)) + r")(?!\w)",
    re.IGNORECASE,
)
_COMPARATIVE_AFTER = lazy(rf"\s+(?:{'|'.join(lexicon.FRACTION_COMPARATIVES)})(?!\w)", re.IGNORECASE)


def _fraction_change(text: str, at: int, position: int, by_word_at: int | None, qualifier: str | None) -> Extent | None:
    """A fraction word written as a change: "упал на треть", "fell by a third", "a fifth higher".

    A fraction is a change after "на"/"by" that follows a verb of growth or decline, or before a comparative
    ("на четверть больше", "a quarter lower"); elsewhere it is a share or an idiom ("half of the firms"), not
    read here. `by_word_at` is where "на"/"by" stands, `position` where the figure's words begin (a qualifier).
    """
    word = _FRACTION_WORD.match(text, at)
    if word is None or FRACTION_OF_SCALE.match(text, at):
        return None  # "half a million" is a number
    comparative = _COMPARATIVE_AFTER.match(text, word.end())
    if comparative is None and (by_word_at is None or direction_before(text, position) is None):
        return None
    end = comparative.end() if comparative else word.end()
    return Extent(at if by_word_at is None else by_word_at, end, qualifier, relative=True, percent=True, signed=False,
                  has_unit=True, led=by_word_at is not None)


_MULTIPLY_SIGN_BEFORE_DIGIT = lazy(r"[x×](?=\s?\d)", re.IGNORECASE)


# One, two or three words: "тонн", "млн тонн", "баррелей в сутки" (longest first); first two words joined by a
# hyphen, a dot or a star, as news prints compound units ("кВт-ч", "кВт.ч", "кВт∙ч", "кВт*ч", "terawatt-hours").
_WORD_STOP = r"(?:\.(?!\s+[A-ZА-ЯЁ]))?"  # a unit word's abbreviating full stop, not one that ends a sentence
_UNIT_WORDS = (
    lazy(r"(?:\s|-)?([^\W\d_]+[-.·⋅∙•*][^\W\d_]+)(?![\w])"),
    *(
        lazy(
            # a unit may end in its power: "км2", "m3"
            # (a full stop before a capital ends the sentence: "410 млрд рублей. За год" is no rate "per year")
            rf"(?:\s|-)?((?:[A-Za-z]{{0,3}}[{_SIGNS}¢%](?!\s?\d)|[^\W\d_]+[23]?{_WORD_STOP})"
            rf"(?:\s[^\W\d_]+{_WORD_STOP}){{{count - 1}}})(?![\w])"
        )
        for count in (3, 2, 1)
    ),
)


def _take_unit(reader: Reader, custom_units: tuple[str, ...]) -> bool:
    """Take the next one or two words if they name a unit or a currency the index knows.

    A currency sign followed by digits is the start of the next figure ("a $48.2 million"), not a unit; "a year"
    before "earlier" or "ago" is a time back, not a rate's ("from 10.89 cents a year earlier" is in cents).
    """
    for pattern in _UNIT_WORDS:
        match = pattern.match(reader.text, reader.pos)
        if not match:
            continue
        words = match.group(1)
        if " " in words and _TIME_BACK_AFTER.match(reader.text, match.end()):
            continue
        if words.casefold() in _SINGULAR_COUNT_NOUNS and _NOUN_AFTER.match(reader.text, match.end()) \
                and not _ONE_BEFORE.search(reader.text, max(0, reader.pos - 8), reader.pos):
            # "812,000 job vacancies": after a number above one, a singular is the attributive of the noun after
            # it ("1 person was killed" keeps its unit)
            return False
        if _known_unit(words, custom_units):
            reader.pos = match.end()
            return True
        # "баррелей в сутки.", "barrels per day.": the full stop after the last word ends the sentence, while
        # one inside ("тыс. т") belongs to an abbreviation; the unit is read without it
        if words.endswith(".") and _known_unit(words[:-1], custom_units):
            reader.pos = match.end() - 1
            return True
    return False


_SINGULAR_COUNT_NOUNS = frozenset(lexicon.EN_SINGULAR_COUNT_NOUNS)
_NOUN_AFTER = lazy(r"\s+[a-z]")
_ONE_BEFORE = lazy(r"(?<![\d.,])1\s*\Z")
_TIME_BACK_AFTER = lazy(rf"\s+{lexicon.any_of(lexicon.RATE_TIME_NOT_BEFORE)}(?![\w])", re.IGNORECASE)


def _known_unit(words: str, custom_units: tuple[str, ...]) -> bool:
    try:
        resolve_unit(words, custom_units, live=False)
    except FigureError:
        return False
    return True
