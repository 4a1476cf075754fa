"""The place or name a clause is about, and the measure a sentence names: what qualifies a figure's metric.

"In the Americas (20% share), receipts increased by $16 bn", "Europe, which ..., saw the biggest growth: up
$35 bn", "Asia and the Pacific (+8%) recorded the largest increase in receipts": each figure is of its place's
receipts. A place is all the words of its name ("Asia and the Pacific", "Северная Америка"), never a part of
it, so that North and South America stay two places. Reading is bounded by the sentence and by fixed windows.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from factcheck.extract.model import Extraction, MetricKey
from factcheck.extract.thesaurus import concept_of
from factcheck.extract.words import (
    ADJECTIVE,
    DETERMINER,
    NOUN,
    NUMBER,
    PREPOSITION,
    PROPER,
    VERB,
    Word,
    nominative_phrase,
    words_of,
)
from factcheck.lexicon import (
    CITING_LEADS,
    CLAUSE_CONJUNCTIONS,
    COMPASS_REGIONS,
    COUNTRY_NOUNS,
    COUNTRY_WHOLE_PREPOSITIONS,
    EN_MONTH_FORMS,
    FIGURE_PLACE_PREPOSITIONS,
    IMPERSONAL_SPEECH_VERBS,
    MARKET_SCOPES,
    MEASURE_ACRONYMS,
    METRIC_CONCEPTS,
    METRIC_WORD_SENSES,
    NAME_JOINS,
    NEVER_SUBJECT_WORDS,
    NOUN_PLACE_PREPOSITIONS,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    POSSESSIVE_ENDINGS,
    REPORTED_CLAUSE_WORDS,
    RU_ADMINISTRATIVE_UNITS,
    RU_ADVERB_PHRASES,
    RU_MONTH_FORMS,
    SPEECH_VERBS,
    WORDS_OF_LEADS,
    any_of,
)

_BRACKET_BEFORE = re.compile(r"\(\s*$")
_BRACKET_AFTER = re.compile(r"\s*\)")
_SIGNED = re.compile(r"[+\-−–]")
# "По словам Самойлова, на федеральных трассах произошла ...", "According to the ministry, in the capital ...": whose
# words the sentence gives, opening it before a comma, is no part of the clause; the place phrase after it opens it
_SOURCE_OPENER = re.compile(rf"\s*(?i:{any_of(WORDS_OF_LEADS + CITING_LEADS)})\s[^,.;:!?]{{1,60}},\s*")
_AFTER_REACH = 60  # characters read after a figure for its place: a preposition and a long name
MARKET_SCOPE = re.compile(any_of(tuple(cue for cues in MARKET_SCOPES.values() for cue in cues)), re.IGNORECASE)
_NAME_WINDOW = 80  # characters read back from a bracket for the name before it: a long place name
# a capitalised English word that does not start a sentence: the article's own way of writing a name
_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z0-9,;)%] )[A-Z][A-Za-z'’-]*")
_POSSESSIVE = re.compile(r"['’]s?$")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’&.-]*")  # a word in Latin letters, in a Russian text a name
# a speech verb as a whole word: "В ЦБ пояснили, что ...": the name before it speaks, it is not what is measured
_SPEECH_VERB = re.compile("|".join((*SPEECH_VERBS, *IMPERSONAL_SPEECH_VERBS)), re.IGNORECASE)


# "AKTAU, Feb 10, 2025 —", "LONDON, March 3 (Reuters) -": a place in capitals, a comma, a date, a dash;
# "LOS ANGELES (AP) —": a place in capitals, the agency in brackets, a dash
# "Aug 13 (Reuters) -", "August 13, 2023 —": a date alone, maybe the agency in brackets, a dash
# "WASHINGTON - ": a place in capitals alone at a line's start, a dash
_DATELINE = re.compile(r"(?:[A-ZА-ЯЁ][A-ZА-ЯЁ'’.-]+(?:\s[A-ZА-ЯЁ][A-ZА-ЯЁ'’.-]+){0,3}"
                       r"(?:,[^\n—–]{1,60}?|\s\([^()\n]{1,30}\))"
                       rf"|(?i:{'|'.join(EN_MONTH_FORMS)})\s\d{{1,2}}(?:,\s\d{{4}})?(?:\s\([^()\n]{{1,30}}\))?)"
                       r"\s(?:[—–]|--?)\s"
                       # "Ташкент. 14 августа. УзА –", "Москва. 25 июля. INTERFAX.RU -": a place, a day, the agency,
                       # a dash; "МИНСК, 10 апреля. /ТАСС/.": a place, a day, the agency between slashes
                       r"|[A-ZА-ЯЁ][\w-]+(?:\s[A-ZА-ЯЁ][\w-]+){0,2}[.,]\s\d{1,2}\s"
                       rf"(?i:{'|'.join(RU_MONTH_FORMS)})\.\s(?:[^\n—–\d]{{1,40}}?\s(?:[—–]|--?)|/[^/\n]{{2,30}}/\.?)\s"
                       # "WASHINGTON - The federal government ...": a place in capitals opening a line and a dash
                       # alone, before a sentence that starts with a capital (an aside after a dash starts lower)
                       r"|(?<![^\n])[A-ZА-ЯЁ]{2}[A-ZА-ЯЁ'’.-]+(?:\s[A-ZА-ЯЁ][A-ZА-ЯЁ'’.-]+){0,3}\s(?:[—–]|--?)\s(?=[A-ZА-ЯЁ\"“«])")


def dateline_end(visible: str, sentence_start: int) -> int:
    """Where a sentence starts after the dateline it opens with (its start when it has none).

    A dateline names where and when the story was filed, never the subject of the lead or a place of its figures.
    """
    found = _DATELINE.match(visible, sentence_start)
    if found is None:  # "Ташкент. 14 августа. УзА – В январе ...": its full stops split the dateline into sentences
        line_start = visible.rfind("\n", 0, sentence_start) + 1
        found = _DATELINE.match(visible, line_start) if line_start < sentence_start else None
        if found is not None and found.end() <= sentence_start:
            found = None
    return found.end() if found is not None else sentence_start


@dataclass(frozen=True)
class NamedPlace:
    """A place or named entity a clause or figure is about."""

    words: tuple[str, ...]  # the lemmas of its name, casefolded: the metric's qualifiers
    name: str  # as written ("the Americas" without "the")
    start: int


@dataclass(frozen=True)
class Measure:
    """The measure a sentence names: its thesaurus concept and its word as written."""

    concept: str
    word: str
    read_from: str = "the sentence"  # where it was read, for the reader to check


def clause_place(extraction: Extraction, sentence_start: int, figure_start: int) -> NamedPlace | None:
    """The place the figure's clause is about: a name at the start of the sentence or of a clause before it.

    "In the Americas (20% share), receipts ...", "Europe, which accounts for ..., saw ...", "Destinations in
    Asia and the Pacific increased earnings ...", "... and in Africa at $34 bn", "В 2024 году в Германии
    экспорт ..." (a place phrase before the clause's subject and verb). A name after the verb ("the biggest drop was in
    Saudi Arabia") is not what the clause is about.
    """
    visible = extraction.article.visible
    names = _Names(extraction, sentence_start)
    text = list(visible[sentence_start:figure_start])
    for mention in extraction.periods.within(sentence_start, figure_start):  # "в 2022 году", "in 2013": a phrase
        length = mention.end - mention.start
        text[mention.start - sentence_start : mention.end - sentence_start] = "," + " " * (length - 1)
    words = words_of("".join(text), sentence_start, extraction.language, sentence_start)
    found: NamedPlace | None = None
    index = 0
    fronted = _fronted_adverbial_end(names, words)
    # a place phrase before its clause's subject and verb is what the clause is about ("в 2024 году в Германии
    # экспорт", "в 2024 году, по оценке ведомства, в Германии экспорт"); one after a noun is the noun's ("объём
    # перевозок по коридору")
    subject_or_verb_seen = in_phrase_of_preposition = False
    while index < len(words):
        if _reported(words, index):
            found = None  # "The SMMT, saying that it expects ...": what is reported is not about the speaker
        at_clause_start = index in (0, fronted) or _starts_clause(words, index)
        subject_or_verb_seen = subject_or_verb_seen and not at_clause_start
        before_subject = not subject_or_verb_seen and words[index].part == PREPOSITION
        parsed = _place_at(names, words, index) if at_clause_start or before_subject else None
        if parsed is not None:
            found, index = parsed
            continue
        word = words[index]
        # "в целом безработица": the noun after an adverb of a preposition and a noun is the subject, not in its phrase
        in_phrase_of_preposition = word.part == PREPOSITION or (
            in_phrase_of_preposition and not word.after_break and not closes_adverb(words, index - 1))
        subject_or_verb_seen = subject_or_verb_seen or word.part == VERB or (
            word.part == NOUN and not in_phrase_of_preposition and word.lemma.casefold() not in NEVER_SUBJECT_WORDS)
        index += 1
    return found


def place_after(extraction: Extraction, figure_end: int, sentence_end: int) -> NamedPlace | None:
    """The place named right after a figure: where the figure was counted.

    "Sales fell 5% in Texas", "took in $20 million in China and $8 million in Japan", "снизились на 5% в Москве и
    на 3% в Петербурге": a place preposition right after the figure (a period between is passed over) and a name
    that closes its phrase (the clause ends, or "and", "to", a bracket follows). A name before a noun is not a
    place of the figure ("in New York trading"), nor one with "'s" ("in Europe's largest market").
    """
    visible = extraction.article.visible
    blanked = extraction.periods.blanked(visible, figure_end, min(sentence_end, figure_end + _AFTER_REACH))
    words = words_of(blanked, figure_end, extraction.language, -1)
    if len(words) < 2 or blanked[: words[0].start - figure_end].strip() or words[0].part != PREPOSITION \
            or words[0].lemma.casefold() not in FIGURE_PLACE_PREPOSITIONS:
        return None
    if MARKET_SCOPE.match(visible, words[0].start):
        return None  # "in North America": the home market, a kind of the takings (lexicon.MARKET_SCOPES)
    names = _Names(extraction, -1)
    position = 1
    while position < len(words) and words[position].part == DETERMINER and not words[position].possessive:
        position += 1
    end = _name_end(names, words, position)
    if end == position or words[position].after_break or words[end - 1].possessive:
        return None
    if end < len(words) and not words[end].after_break and words[end].part in (NOUN, PROPER, ADJECTIVE, NUMBER):
        return None  # "in New York trading": the name qualifies the noun after it
    return names.place(words[position:end])


def fronted_common_place(extraction: Extraction, sentence_start: int, figure_start: int) -> NamedPlace | None:
    """A place named by a common noun in the phrase that opens the sentence, as a name would be.

    "В областном центре численность населения выросла", "In the capital, sales rose": the city's measure, never
    the region's named before. Only a noun of a place (lexicon.PLACE_NOUNS: a road too, "на федеральных трассах"),
    with its adjectives; "в целом", "in total" name none (the place after them does: "В целом по стране", the
    country's, never the region's). A source opening the sentence before a comma ("По словам
    Самойлова, на федеральных трассах ...") is passed over.
    """
    visible = extraction.article.visible
    opener = _SOURCE_OPENER.match(visible, sentence_start, figure_start)
    if opener is not None:  # "По словам Самойлова, на федеральных трассах ...": the clause after the source
        sentence_start = opener.end()
    blanked = extraction.periods.blanked(visible, sentence_start, figure_start, ",")
    words = words_of(blanked, sentence_start, extraction.language, sentence_start)
    if len(words) > 2 and closes_adverb(words, 1):
        words = words[2:]  # "В целом по стране", "В среднем по стране": the place phrase after the adverb
    if not words or words[0].part != PREPOSITION or words[0].lemma.casefold() not in PLACE_PREPOSITIONS:
        return None
    position = 1
    while position < len(words) and words[position].part in (DETERMINER, ADJECTIVE) \
            and not words[position].after_break:
        position += 1
    if position >= len(words) or words[position].part != NOUN or words[position].after_break \
            or words[position].lemma.casefold() not in PLACE_NOUNS:
        return None
    if words[position].lemma.casefold() in COUNTRY_NOUNS \
            and words[0].lemma.casefold() not in COUNTRY_WHOLE_PREPOSITIONS:
        return None  # "в стране добыли": the article's own country; "по стране" sets the whole against a region
    phrase = [w for w in words[1 : position + 1] if w.part != DETERMINER]
    return NamedPlace(tuple(concept_of(w.lemma).casefold() for w in phrase),
                      _as_named(" ".join(visible[phrase[0].start : phrase[-1].end].split()), extraction.language),
                      phrase[0].start)


def closes_adverb(words: list[Word], index: int) -> bool:
    """Whether the word at `index` closes a Russian phrase of a preposition that is an adverb ("в целом")."""
    return index > 0 and not words[index].after_break and \
        f"{words[index - 1].text} {words[index].text}".casefold() in RU_ADVERB_PHRASES


def _as_named(name: str, language: str) -> str:
    """A place's name as a metric names it: a Russian one in the nominative ("в Омской области" -> "Омская область")."""
    return nominative_phrase(name) if language == "ru" else name


def _starts_clause(words: list[Word], index: int) -> bool:
    """A conjunction after a comma or bracket, or before "in": "..., while France", "(euro 36 bn) and in Africa".

    A reported clause starts one too: "... said that in Germany sales rose".
    """
    conjunction = words[index - 1]
    return _reported(words, index) or (conjunction.lemma.casefold() in CLAUSE_CONJUNCTIONS and (
        conjunction.after_break or words[index].lemma.casefold() in PLACE_PREPOSITIONS))


def _fronted_adverbial_end(names: _Names, words: list[Word]) -> int:
    """Where the clause starts after a fronted phrase with no name: "In 2013, Europe saw", "In relative terms,".

    -1 when the sentence opens with no such phrase.
    """
    if not words or words[0].part != PREPOSITION:
        return -1
    for index in range(1, len(words)):
        if names.is_name(words, index):
            return -1  # "In Europe, ...": the phrase names the place itself
        if words[index].after_break:
            return index
    return -1


def _reported(words: list[Word], index: int) -> bool:
    """Whether a reported clause starts at the word: "... saying that it expects", "пояснили, что темп"."""
    return index >= 2 and words[index - 1].lemma.casefold() in REPORTED_CLAUSE_WORDS and words[index - 2].part == VERB


def bracketed_name(extraction: Extraction, figure_start: int, figure_end: int,
                   sentence_start: int) -> NamedPlace | None:
    """The name right before a bracketed signed change: "Asia and the Pacific (+8%)", "Германия (+3%)"."""
    visible = extraction.article.visible
    window_start = max(sentence_start, figure_start - _NAME_WINDOW)
    before = visible[window_start:figure_start]
    bracket = _BRACKET_BEFORE.search(before)
    if bracket is None or not _SIGNED.match(visible, figure_start) or not _BRACKET_AFTER.match(visible, figure_end):
        return None
    words = words_of(before[: bracket.start()], window_start, extraction.language,
                     sentence_start if window_start == sentence_start else -1)
    names = _Names(extraction, sentence_start)
    start = _name_start_before(names, words)
    if start is None:
        return None
    return names.place(words[start:])


def measure_of(extraction: Extraction, start: int, end: int) -> Measure | None:
    """The one measure of the thesaurus a stretch of text names ("increase in receipts"), in the article's sense.

    None when it names none, or more than one: then it cannot say which a figure is of.
    """
    visible = extraction.article.visible
    measures: dict[str, str] = {}
    used = heads_in_use(extraction)
    for word in words_of(visible[start:end], start, extraction.language, start):
        if word.part != NOUN:
            continue
        concept = article_sense(extraction, word.lemma, used)
        if concept in METRIC_CONCEPTS:  # a common noun, written in lower case whatever starts the sentence
            measures.setdefault(concept, word.text if word.text.isupper() else word.text.casefold())
    if len(measures) != 1:
        return None
    ((concept, written),) = measures.items()
    return Measure(concept, written)


def heads_in_use(extraction: Extraction) -> frozenset[str]:
    """The concepts the article's metrics so far are of."""
    return frozenset(MetricKey.of(key).head for key in extraction.metric_keys)


def article_sense(extraction: Extraction, lemma: str, used: frozenset[str] | None = None) -> str:
    """The concept of a metric word in this article: a word of two senses takes the one the article uses.

    "earnings" in an article about tourism receipts are the receipts; in one about a company, its profit. With
    both senses in use (or neither), the usual one.
    """
    senses = METRIC_WORD_SENSES.get(lemma.casefold())
    if senses is None:
        return concept_of(lemma)
    used = heads_in_use(extraction) if used is None else used
    chosen = [sense for sense in senses if sense in used]
    return chosen[0] if len(chosen) == 1 else senses[0]


class _Names:
    """Tells the words of names in one sentence."""

    def __init__(self, extraction: Extraction, sentence_start: int) -> None:
        self.extraction = extraction
        self.sentence_start = sentence_start

    def is_name(self, words: list[Word], index: int) -> bool:
        """A word of a name: a proper noun, or a capitalised word the article writes as a name."""
        word = words[index]
        if word.part == PROPER:
            return True
        if self._administrative_unit(words, index):
            return True  # "в Ленинградской области": the unit is a word of the region's name
        if self._compass_region(words, index):
            return True  # "in the north", "in the south-east": a part of the country, named by its direction
        if not word.text[:1].isupper() or word.part not in (NOUN, ADJECTIVE):
            return False
        if word.text in MEASURE_ACRONYMS:
            return False  # "EBITDA fell 41%, while adjusted EBITDA fell 19%": a measure's acronym, written mid-sentence
        if self.extraction.language == "ru":
            if word.text.isupper():
                return False  # "ВВП", "НДС": an abbreviation of a measure, not a name
            following = index + 1 < len(words) and not words[index + 1].after_break and \
                words[index + 1].text[:1].isupper()
            if word.part == ADJECTIVE:
                # "Северная Америка", "в Ленинградской области" (a region named by its administrative unit);
                # "Срединный коридор" is no place name of its own here
                return following or (index + 1 < len(words) and self._administrative_unit(words, index + 1))
            # Russian capitalises only names mid-sentence ("Восток"); a name in Latin letters opening the sentence
            # before a break is whose its clause is ("Segezha: выручка +18%"), as "МТС:" is
            return word.start != self.sentence_start or self._latin_label(words, index)
        return _POSSESSIVE.sub("", word.text) in _names_written_mid_sentence(self.extraction.article.visible)

    @staticmethod
    def _latin_label(words: list[Word], index: int) -> bool:
        """Words in Latin letters before a break ("Segezha:", "Ozon Holdings —"), not a subject ("Brent fell")."""
        end = index
        while end < len(words) and _LATIN_WORD.fullmatch(words[end].text) and (
                end == index or not words[end].after_break):
            end += 1
        return end > index and (end == len(words) or words[end].after_break)

    def _compass_region(self, words: list[Word], index: int) -> bool:
        """An English compass word after its article and before no noun: "the north", "the south-east"."""
        word = words[index]
        return self.extraction.language == "en" and index > 0 and word.lemma.casefold() in COMPASS_REGIONS \
            and not word.after_break and words[index - 1].part == DETERMINER and not words[index - 1].possessive \
            and not (index + 1 < len(words) and not words[index + 1].after_break and words[index + 1].part == NOUN)

    def _administrative_unit(self, words: list[Word], index: int) -> bool:
        """A Russian noun of an administrative unit after a capitalised adjective: "Ленинградской области"."""
        word = words[index]
        return self.extraction.language == "ru" and index > 0 and word.part == NOUN and not word.after_break \
            and word.lemma.casefold() in RU_ADMINISTRATIVE_UNITS and words[index - 1].part == ADJECTIVE \
            and words[index - 1].text[:1].isupper() and words[index - 1].start != self.sentence_start

    def place(self, words: list[Word]) -> NamedPlace:
        # (a compass region is a name only after its article, which the words of a place leave out)
        names = [w for index, w in enumerate(words) if self.is_name(words, index) or (
            self.extraction.language == "en" and w.lemma.casefold() in COMPASS_REGIONS)]
        visible = self.extraction.article.visible
        return NamedPlace(tuple(sorted({_POSSESSIVE.sub("", w.lemma).casefold() for w in names})),
                          _as_named(" ".join(visible[names[0].start : names[-1].end].split()),
                                    self.extraction.language), words[0].start)


def _place_at(names: _Names, words: list[Word], index: int) -> tuple[NamedPlace, int] | None:
    """A place phrase starting a clause, and the index after it, when it stands before a comma, bracket or verb.

    "in (the) NAME", "NAME", or "NOUN in NAME" (the clause's subject and its place).
    """
    position = index
    adverbial = words[position].part == PREPOSITION and words[position].lemma.casefold() in PLACE_PREPOSITIONS
    if adverbial:
        position += 1
    else:
        noun = position
        while noun < len(words) and words[noun].part in (NOUN, ADJECTIVE) and (
                noun == position or not words[noun].after_break) and not names.is_name(words, noun):
            noun += 1
        if position < noun < len(words) and words[noun].part == PREPOSITION and \
                words[noun].lemma.casefold() in NOUN_PLACE_PREPOSITIONS and not words[noun].after_break:
            position = noun + 1
    while position < len(words) and words[position].part == DETERMINER and not words[position].possessive:
        position += 1
    end = _name_end(names, words, position)
    if end == position:
        return None
    if words[end - 1].text.endswith(POSSESSIVE_ENDINGS) or (
            end < len(words) and not adverbial and not words[end].after_break and words[end].part != VERB):
        return None  # "in Europe's largest market", "Intel Corp. shares": not what the clause is about
    if end < len(words) and _SPEECH_VERB.fullmatch(words[end].text):
        return None  # "В ЦБ пояснили, что ...", "Eurostat said": who speaks, not what is measured
    return names.place(words[position:end]), end


def _name_end(names: _Names, words: list[Word], start: int) -> int:
    """Where a name starting at `start` ends: its words, and further names joined by "and (the)"."""
    end = position = start
    while position < len(words) and names.is_name(words, position) and (
            position == start or not words[position].after_break):
        position += 1
        end = position
        if position < len(words) and words[position].lemma.casefold() in NAME_JOINS and \
                not words[position].after_break:
            position += 1  # "Asia and the Pacific", "Китай и Бразилия"
            while position < len(words) and words[position].part == DETERMINER:
                position += 1
            if position >= len(words) or not names.is_name(words, position) or words[position].after_break:
                return end
            start = position
    return end


def _name_start_before(names: _Names, words: list[Word]) -> int | None:
    """Where the name that ends the words starts, read back through "and (the)" joins."""
    position = len(words) - 1
    start = None
    while position >= 0 and names.is_name(words, position):
        start = position
        if words[position].after_break:
            break
        position -= 1
        if position >= 0 and names.is_name(words, position):
            continue  # "Middle East", "Северная Америка"
        while position >= 0 and words[position].part == DETERMINER and not words[start].after_break:
            position -= 1
        if position >= 1 and words[position].lemma.casefold() in NAME_JOINS and not words[position + 1].after_break \
                and not words[position].after_break:
            position -= 1  # "Asia and the Pacific"
            continue
        break
    return start


@functools.lru_cache(maxsize=8)
def _names_written_mid_sentence(visible: str) -> frozenset[str]:
    """The capitalised words an English article writes mid-sentence: its names ("... and Europe (+4%)")."""
    return frozenset(_POSSESSIVE.sub("", match.group(0)) for match in _MID_SENTENCE_CAPITAL.finditer(visible))
