"""Words of a clause as the extractor needs them: lemma and part of speech, in Russian and in English.

Russian words go through pymorphy3 (a morphological dictionary: lemma, part of speech, case), imported on
first use so that only `extract` pays for it. English needs no dictionary for what is asked of it here: a
plural folds to its singular, and a small closed list of function words, verbs and adverbs tells the rest.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from factcheck import lexicon

# (a single quote opening a title, after no word or dot, is one too: "Disney's 'Ghost Manor'"; a closing one is not
# told from a plural's possessive, "the films' takings")
_BREAK = re.compile(r"[,;:()«»\"“”–—]|\s-\s|(?<![\w.])['‘]\Z")
_OPENING_QUOTES = tuple(lexicon.OPENING_QUOTES)
_SENTENCE_END = re.compile(r"[.!?]")
_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
# A quotation of capitalised words alone, closed within a few of them, is a title even where it opens a sentence
# ('"Red Harbor" slipped to second place'); a quoted sentence goes on in lower case ('"Treasuries rallied," he said').
_QUOTED_TITLE = re.compile(r"(?:[A-ZА-ЯЁ0-9][\w'’:-]*\s+){0,4}?[A-ZА-ЯЁ0-9][\w'’-]*(?:[»\"”]|['’](?!\w))")
# "S&P", "AT&T": one name; "U.S.", "U.K.": initials with their dots, one name; a number's point or comma has a
# digit after it ("over 24, enrollment fell": the comma ends the phrase); an ordinal's suffix is part of its
# number ("the 31st consecutive fall": no word "st")
WORD = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}(?:['’]s)?|[^\W\d_][\w-]*(?:&[^\W\d_][\w-]*)*(?:['’]s)?"
                  rf"|\d(?:\d|[.,](?=\d))*(?:{lexicon.any_of(lexicon.ORDINAL_SUFFIXES_EN)}(?![^\W\d_]))?")

# the case of a name the dictionary does not decline, read from the preposition before it: not the nominative
OBLIQUE = "obl"
LOCATIVE_CASES = frozenset(("loct", "loc2"))  # the prepositional case of place: "на торгах", "в регионе"
# parts of speech the subject finder tells apart
NOUN, PROPER, ADJECTIVE, VERB, PREPOSITION, DETERMINER, NUMBER, OTHER = (
    "noun", "proper", "adjective", "verb", "preposition", "determiner", "number", "other")

_EN_PREPOSITIONS = lexicon.EN_PREPOSITIONS
_CLAUSE_CONJUNCTIONS = lexicon.CLAUSE_CONJUNCTIONS
_EN_DETERMINERS = lexicon.EN_DETERMINERS
_POSSESSIVES = lexicon.POSSESSIVES
_EN_OTHER = lexicon.EN_OTHER
# every form of a verb of change in the inventory is a verb, as the words listed by hand are ("Manufacturing shed
# 13,000 jobs")
_EN_VERBS = lexicon.EN_VERBS | lexicon.EN_CHANGE_VERB_FORMS
_NOT_ED_VERBS = lexicon.NOT_ED_VERBS
_NOT_LY_ADVERBS = lexicon.NOT_LY_ADVERBS
_ING_NOUNS = lexicon.ING_NOUNS
_ADJECTIVE_ENDINGS = lexicon.ADJECTIVE_ENDINGS
_NOUNS_LIKE_ADJECTIVES = lexicon.NOUNS_LIKE_ADJECTIVES


@dataclass(frozen=True)
class Word:
    """One word of the text: where it is, as written, its lemma and its part of speech (and case, in Russian)."""

    start: int
    end: int
    text: str
    lemma: str
    part: str
    case: str | None = None
    possessive: bool = False  # "its", "their", "его": the phrase belongs to someone named earlier
    animate: bool = False  # a Russian noun for people: "доходы россиян" are the Russians' incomes
    after_break: bool = False  # punctuation before it (a comma, a dash, a bracket): a phrase does not cross it
    passive: bool = False  # a Russian short passive participle ("направлено"): its subject is what follows it


_READINGS_KEPT = 4096  # the distinct words whose readings are kept: a few articles' worth, memory bounded


@functools.cache
def _analyzer() -> Any:
    import pymorphy3  # a dictionary of Russian: loaded on first use, by `extract` only

    return pymorphy3.MorphAnalyzer()


@functools.lru_cache(maxsize=_READINGS_KEPT)
def russian_readings(word: str) -> tuple[Any, ...]:
    """Every reading pymorphy3 has of a Russian word.

    Kept for the words read last: each figure's readers read the words around it again (the kind reader a
    clause's verbs, the form reader its cue), and a dictionary look-up costs a millisecond, so a long list of
    figures ("на 1,5%, 2% и 3% в мае, ...") read each word of its window once per figure, dozens of times over.
    """
    # pymorphy3 asks each character's name of Python's table and fails on one it has no name for (a script newer
    # than the table, a private-use character): such a character is no letter of a Russian word, so it is not read
    nameable = "".join(character for character in word if unicodedata.name(character, "")) or "?"
    return tuple(_analyzer().parse(nameable))


def russian_parse(word: str) -> Any:
    """pymorphy3's most likely reading of a Russian word (lemma, tag, inflections)."""
    return russian_readings(word)[0]


@functools.cache
def _animate(word: str) -> bool:
    return "anim" in russian_parse(word).tag


@functools.cache
def _russian_passive(word: str) -> bool:
    return bool(russian_parse(word).tag.POS == "PRTS")


@functools.cache
def _russian(word: str) -> tuple[str, str, str | None]:
    parsed = russian_parse(word)
    tag = parsed.tag
    pos = tag.POS
    lemma = str(parsed.normal_form).replace("ё", "е")
    if word.isupper() and word.casefold() in lexicon.TAX_ABBREVIATIONS:
        return word.casefold(), NOUN, None  # "НДФЛ": a tax, as "НДС" is; indeclinable, of no one case
    if pos == "NOUN":
        proper = any(mark in tag for mark in ("Geox", "Name", "Surn", "Patr", "Orgn", "Trad"))
        return lemma, PROPER if proper or (word[:1].isupper() and "Abbr" not in tag and len(word) > 1
                                            and word[1:2].isupper()) else NOUN, tag.case
    if lemma == "который":
        return lemma, OTHER, None  # a relative pronoun opens a clause: "согласно которым продажи ..." is no phrase
    if pos in ("ADJF", "ADJS", "PRTF", "COMP"):
        return lemma, ADJECTIVE, tag.case
    if pos in ("VERB", "INFN", "PRTS", "GRND"):
        if word[:1].isupper() and not parsed.is_known:
            return word.casefold(), PROPER, None  # "выручка Медси": a name the dictionary does not know, no verb
        return lemma, VERB, None
    if pos == "PREP":
        return lemma, PREPOSITION, None
    if pos == "NUMR":
        return lemma, NUMBER, None
    if pos is None and "LATN" in tag and word[:1].isupper():
        return word, PROPER, None
    return lemma, OTHER, None


def english_lemma(word: str) -> str:
    """The singular of an English noun: exports -> export, companies -> company, sales -> sale."""
    lowered = word.casefold()
    if len(lowered) > 4 and lowered.endswith("ies"):
        return lowered[:-3] + "y"
    if len(lowered) > 4 and lowered.endswith(("ches", "shes", "sses", "xes")):
        return lowered[:-2]
    if len(lowered) > 3 and lowered.endswith("s") and not lowered.endswith(("ss", "us", "is")):
        return lowered[:-1]
    return lowered


def counts_other_things(first: str, second: str) -> bool:
    """Whether the noun after a second count names other things than the first count's noun.

    "moviegoers from 540 theaters": where they came from; "workers from 2,600 workers": the start of a change.
    """
    if first.casefold() in _PERCENT_WORDS:
        return False  # "fell 4 percent from 19,000 students": a percentage, whose change starts at the count
    word = words_of(second, 0, "en", sentence_start=1)
    return len(word) == 1 and word[0].part == NOUN and word[0].lemma != english_lemma(first)


_EN_VERB_PREFIXES = frozenset(lexicon.EN_VERB_PREFIXES)
_PERCENT_WORDS = frozenset(word.casefold() for word in lexicon.PERCENT_WORDS)


def _english(word: str, sentence_initial: bool) -> tuple[str, str]:
    lowered = word.casefold()
    if lowered in _EN_PREPOSITIONS:
        return lowered, PREPOSITION
    if lowered in _EN_DETERMINERS:
        return lowered, DETERMINER
    if "-" in lowered and lowered.endswith(("ed", "ing")) and lowered.split("-", 1)[0] not in _EN_VERB_PREFIXES:
        # "gas-fired plants", "state-owned banks", "record-breaking sales": a compound modifier, never the verb
        # ("re-elected", "co-founded" are verbs with a prefix)
        return lowered, ADJECTIVE
    if lowered in _EN_VERBS or (lowered.endswith("ed") and len(lowered) > 4 and lowered not in _NOT_ED_VERBS):
        return lowered, VERB
    if lowered.endswith("ing") and len(lowered) > 5 and lowered not in _ING_NOUNS:
        return lowered, VERB
    if lowered in lexicon.EN_STATE_ADJECTIVES or lowered in lexicon.EN_SPAN_ADJECTIVES_IN_LY:
        return lowered, ADJECTIVE  # "new home sales": a kind of what is sold; "monthly inflation": the rate's span
    if lowered in lexicon.EN_ADVERBS_LIKE_NOUNS or lowered in lexicon.EN_RUN_ADJECTIVES:
        return lowered, OTHER  # "the domestic gross now stands at": an adverb, no noun of the phrase
    if word in lexicon.EN_ABBREVIATIONS_OF_FUNCTION_WORDS:
        return word, PROPER  # "US colleges": the country, not the pronoun
    if lowered in _EN_OTHER or (lowered.endswith("ly") and len(lowered) > 4 and lowered not in _NOT_LY_ADVERBS
                                and "-" not in lowered):  # "single-family": no adverb is hyphenated
        return lowered, OTHER
    if word[:1].isupper() and (not sentence_initial or (len(word) > 1 and word.isupper())):
        return word, PROPER  # an abbreviation in capitals is a name where a sentence opens too: "UK unemployment"
    if lowered.endswith(_ADJECTIVE_ENDINGS) and len(lowered) > 4 and lowered not in _NOUNS_LIKE_ADJECTIVES:
        return lowered, ADJECTIVE  # "economic forecast", "annual output": the noun after it is the head
    return english_lemma(lowered), NOUN


def _case_after_preposition(part: str, case: str | None, before: list[Word]) -> str | None:
    """A Russian name's case: one the dictionary does not decline is oblique after a preposition ("у Медси")."""
    if part == PROPER and case is None and before and before[-1].part == PREPOSITION:
        return OBLIQUE
    return case


_CHANGE_NOUNS = frozenset(lexicon.CHANGE_NOUNS_UP + lexicon.CHANGE_NOUNS_DOWN)
_MARKET_ADJECTIVES = frozenset().union(*lexicon.MARKET_ADJECTIVES.values())  # "its worldwide total"
_DEGREE_WORDS = frozenset(lexicon.CHANGE_DEGREE_WORDS)


_SPANS_KEPT = 1024  # the distinct stretches whose words are kept: an article's worth, memory bounded


def _modal_adverb_before(result: list[Word]) -> bool:
    """Whether the words read end with a modal and one adverb ("will likely", "could easily", "will still")."""
    if len(result) < 2 or result[-2].lemma not in lexicon.EN_MODAL_VERBS or result[-1].part != OTHER:
        return False
    return result[-1].lemma.endswith("ly") or result[-1].lemma in lexicon.EN_ADVERBS_AFTER_MODAL


def words_of(text: str, offset: int, language: str, sentence_start: int) -> list[Word]:
    """The words of a stretch of text, with absolute offsets.

    Kept for the stretches read last: the readers of one figure read the same stretch again (the metric reader
    and the qualifiers the words before the figure, the place reader its clause), and a list of figures in one
    sentence reads it once per figure.
    """
    return list(_words_of(text, offset, language, sentence_start))


@functools.lru_cache(maxsize=_SPANS_KEPT)
def _words_of(text: str, offset: int, language: str, sentence_start: int) -> tuple[Word, ...]:
    result: list[Word] = []
    previous_end = 0
    for match in WORD.finditer(text):
        raw = match.group(0)
        after_break = bool(_BREAK.search(text, previous_end, match.start())) if result else False
        previous_start, previous_end = previous_end, match.end()
        possessive = raw.endswith(lexicon.POSSESSIVE_ENDINGS)
        bare = raw[:-2] if possessive else raw
        start = offset + match.start()
        if bare[:1].isdigit():
            result.append(Word(start, offset + match.end(), raw, bare, NUMBER, after_break=after_break))
            continue
        lowered = bare.casefold()
        if lowered in _POSSESSIVES:
            result.append(Word(start, offset + match.end(), raw, lowered, DETERMINER, possessive=True,
                               after_break=after_break))
            continue
        # a capitalised word opening a quotation is a name: "АФК «Система»", "OIBDA «Медси»", '"Barbie" added'
        # (a quotation opening a sentence opens it with a capital whatever the word: '"Treasuries rallied"')
        quoted = bare[:1].isupper() and text[previous_start : match.start()].rstrip().endswith(_OPENING_QUOTES) \
            and ((bool(result) and not _SENTENCE_END.search(text, previous_start, match.start()))
                 or _QUOTED_TITLE.match(text, match.start()) is not None)
        if lowered in lexicon.ABBREVIATED_ADJECTIVES and text.startswith(".", match.end()):
            # "Скорр. OIBDA", "adj. EBITDA": an abbreviated adjective, read as written in full
            lemma = lexicon.ABBREVIATED_ADJECTIVES[lowered]
            result.append(Word(start, offset + match.end(), raw, lemma, ADJECTIVE, after_break=after_break))
            continue
        if language == "ru" and re.search(r"[а-яё]", lowered):
            lemma, part, case = _russian(bare)
            if quoted and part != PREPOSITION:  # a name the dictionary does not know may be guessed a verb
                lemma, part = (bare.casefold() if part == VERB else lemma), PROPER
            case = _case_after_preposition(part, case, result)  # "У Медси OIBDA выросла"
            if (part == PROPER or lemma in lexicon.TAX_ABBREVIATIONS) and not quoted and bare.isupper() and result \
                    and not after_break \
                    and result[-1].part == NOUN and result[-1].lemma in lexicon.RU_MEASURE_CHANGE_NOUNS:
                part, case = NOUN, "gent"  # "Рост НДФЛ на 12,8%": the abbreviation the noun of change governs
            result.append(Word(start, offset + match.end(), raw, lemma, part, case,
                               animate=part == NOUN and _animate(bare), after_break=after_break,
                               passive=part == VERB and _russian_passive(bare)))
            continue
        initial = offset == sentence_start and not re.search(r"\w", text[: match.start()])
        lemma, part = _english(bare, sentence_initial=initial and not possessive)
        if lowered in lexicon.EN_DEGREE_ADVERBS and result and result[-1].lemma in lexicon.EN_DEGREE_WORDS_LIKE_NOUNS \
                and not (len(result) > 1 and result[-2].part in (DETERMINER, ADJECTIVE)):
            result[-1] = replace(result[-1], part=OTHER)  # "finished well ahead": the degree of an adverb
        if lowered in lexicon.EN_MANNER_WORDS_LIKE_NOUNS and result and (result[-1].part == VERB or (
                result[-1].lemma in lexicon.PHRASAL_PARTICLES and len(result) > 1 and result[-2].part == VERB)):
            part = OTHER  # "held up well", "did best in Ohio": how the subject fared, never a measure
        if lowered in lexicon.EN_SUPERLATIVE_ADVERBS and result and result[-1].part == VERB:
            part = OTHER  # "grew fastest, at 5.1%": how the subject grew, never a measure
        if lowered in lexicon.NO_CHANGE_WORDS and not (result and result[-1].part == DETERMINER):
            part = OTHER  # "held nearly flat", "Jobless rate steady at 4.8%": a state, never what is measured
        if part == NOUN and result and result[-1].lemma in lexicon.EN_PRONOUNS_BEFORE_VERB and lowered.endswith("s"):
            part = VERB  # "which offers a 29 per cent premium": after a pronoun, a verb
        if part == NOUN and result and (result[-1].lemma in lexicon.EN_MODAL_VERBS or _modal_adverb_before(result)):
            part = VERB  # "2021 would finish 1.9 per cent higher", "will likely pass": after a modal, a verb
        if part == NOUN and lowered in _ING_NOUNS and result and result[-1].lemma in lexicon.EN_BE_FORMS:
            lemma, part = lowered, VERB  # "is advertising 400 jobs": a progressive, not "Print advertising"
        if part == VERB and lowered in _CHANGE_NOUNS and result and (
                result[-1].lemma in lexicon.BALANCE_ADJECTIVES
                or " ".join(w.lemma for w in result[-2:]) in lexicon.BALANCE_ADJECTIVES):
            lemma, part = english_lemma(lowered), NOUN  # "the natural decrease": a balance's name, a noun
        if part == VERB and lowered in _CHANGE_NOUNS and len(result) > 1 and result[-2].part == DETERMINER \
                and f"{result[-2].text} {result[-1].text}".casefold() in _DEGREE_WORDS:
            result[-1] = replace(result[-1], part=OTHER)  # "saw a modest increase of 0.4%": a degree, no noun
        if lowered in lexicon.EN_TIME_COMPARATIVES:  # "polled earlier had forecast"; "an earlier estimate"
            part = ADJECTIVE if result and result[-1].part == DETERMINER else OTHER
        if lowered in _MARKET_ADJECTIVES and result and result[-1].part == DETERMINER:
            part = ADJECTIVE  # "its worldwide total", "the overseas gross": the market of the noun after it
        if part == VERB and english_lemma(lowered) in lexicon.TARGET_WORDS and _after_determiner(result):
            lemma, part = english_lemma(lowered), NOUN  # "its full-year target for revenue": a plan's noun
        if part == VERB and (lowered.endswith(("ed", "s")) or lowered in lexicon.EN_IRREGULAR_PASTS) \
                and len(result) > 1 and result[-2].part == DETERMINER \
                and result[-1].part == ADJECTIVE and result[-1].lemma.endswith(_ADJECTIVE_ENDINGS):
            result[-1] = replace(result[-1], part=NOUN)  # "The musical earned": a noun, the verb's subject
        if (possessive or quoted) and bare[:1].isupper():
            part = PROPER
        if part == VERB and bare[:1].isupper() and not initial and result and result[-1].part == DETERMINER:
            lemma, part = bare, PROPER  # "in the United States": a name's word after its article, never a verb
        if bare in lexicon.MEASURE_ACRONYMS:
            lemma, part = lowered, NOUN  # "OIBDA — 77,8 млрд рублей": a measure, never a name
        if _DOTTED_INITIALS.fullmatch(bare):
            lemma = bare.replace(".", "")  # "U.S." is "US": one name however the headline writes it
        case = _case_after_preposition(part, None, result) if language == "ru" else None  # "у Segezha OIBDA"
        result.append(Word(start, offset + match.end(), raw, lemma, part, case, after_break=after_break))
    return tuple(_modifying_participles(_participles_as_nouns(result)) if language == "en" else result)


def _after_determiner(before: list[Word]) -> bool:
    """Whether the next word follows an article or a possessive, past adjectives and hyphenated modifiers only.

    A noun spelt as a verb ("target", "plans") is the noun there: "the annual target", "its full-year target".
    """
    for word in reversed(before):
        if word.lemma in lexicon.EN_ARTICLES or word.lemma in _POSSESSIVES:
            return True
        if word.part != ADJECTIVE and "-" not in word.text:
            return False
    return False


def _modifying_participles(words: list[Word]) -> list[Word]:
    """English participles that open a noun phrase before its noun: "Operating profit was $1.6 billion".

    A participle right before a noun, with nothing before it in its phrase but a determiner, a possessive or an
    adjective ("the company's operating profit", "existing home sales"), modifies the noun: another measure than the
    noun alone. After a noun it is a verb or a preposition ("Sales excluding autos", "profit including"). After a
    conjunction that opens a clause it modifies its nouns only when a verb follows them, the clause's own ("while
    existing home sales rose 2%"; "while selling cars, it ..." is a clause with the participle as its verb).
    """
    result = list(words)
    for index, word in enumerate(words[:-1]):
        before = result[index - 1] if index else None  # "Adjusted operating margin": each participle in turn
        head = _past_ing_participles(words, index + 1)
        opens_phrase = before is None or (not before.after_break and (
            before.part in (DETERMINER, ADJECTIVE) or before.possessive or (
                before.lemma.casefold() in _CLAUSE_CONJUNCTIONS and _nouns_then_verb(words, head))))
        noun_after = words[head].part == NOUN and not words[head].after_break
        object_of_past = noun_after and before is not None and not word.after_break and _object_opener(before) \
            and word.text.casefold() not in lexicon.EN_ING_PREPOSITIONS
        if word.part == VERB and word.text.casefold().endswith("ing") and noun_after \
                and (opens_phrase or object_of_past):
            result[index] = replace(word, part=ADJECTIVE)
        elif word.part == VERB and word.text.casefold().endswith("ed") and (object_of_past or (
                _subject_after(words, head) and (opens_phrase or (
                    not word.after_break and before is not None and before.lemma in _CLAUSE_CONJUNCTIONS)))):
            # "while adjusted EBITDA fell 19%": a participle in -ed opening a clause's subject, the noun right after
            # it followed by its verb, is the noun's adjective (another measure than the noun alone); "and reported
            # revenue of $5 billion" keeps its verb
            result[index] = replace(word, part=ADJECTIVE)
    return result


def _object_opener(verb: Word) -> bool:
    """Whether a participle right after `verb` opens its object: "reported operating income", "posted adjusted".

    A past verb in -ed or an irregular past takes a noun phrase; a verb of beginning or stopping takes an -ing verb
    of its own ("began selling cars"), a verb of change none ("rose excluding autos"), and "had", "was" are
    auxiliaries (neither ends so).
    """
    text = verb.text.casefold()
    return verb.part == VERB and (text.endswith("ed") or text in lexicon.EN_IRREGULAR_PASTS) \
        and text not in lexicon.EN_GERUND_TAKING_PASTS and text not in lexicon.EN_CHANGE_VERB_FORMS


def _past_ing_participles(words: list[Word], index: int) -> int:
    """The index of the first word from `index` on that is not a participle in -ing of the same phrase.

    "Underlying operating margin", "reported operating profit": a participle before another one that opens the noun
    modifies the noun too (another measure than "margin" alone).
    """
    while index < len(words) - 1 and words[index].part == VERB and words[index].text.casefold().endswith(
            lexicon.EN_PRESENT_PARTICIPLE_ENDING) and not words[index].after_break \
            and not words[index + 1].after_break:
        index += 1
    return index


def _nouns_then_verb(words: list[Word], index: int) -> bool:
    """Whether the nouns from `index` on run, within their phrase, into a verb: "home sales rose"."""
    while index < len(words) and words[index].part == NOUN and not words[index].after_break:
        index += 1
    return index < len(words) and words[index].part == VERB and not words[index].after_break


def _subject_after(words: list[Word], index: int) -> bool:
    """Whether the noun at index is a clause's subject: its verb after it, or an aside of "which" opening after it.

    An aside between the noun and its verb may have been masked out of the words.
    """
    noun = words[index]
    if noun.part != NOUN or noun.after_break or index + 1 >= len(words):
        return False
    following = words[index + 1]
    return following.part == VERB or (following.after_break and following.lemma in lexicon.RELATIVE_CLAUSE_WORDS)


def _participles_as_nouns(words: list[Word]) -> list[Word]:
    """English participles in -ed that stand as nouns: "the number of unemployed fell", "the insured".

    No finite verb follows a preposition or an article directly; with no noun after it, such a participle is the
    noun itself (the people it describes), not an adjective of the next word ("of reported earnings" keeps its noun).
    """
    result = list(words)
    for index, word in enumerate(words):
        if word.part != VERB or not word.text.casefold().endswith("ed") or not index or not (
                words[index - 1].part == PREPOSITION or words[index - 1].lemma in lexicon.EN_ARTICLES) \
                or words[index - 1].lemma in lexicon.THAN_WORDS:
            continue  # "That trailed the first film": after a demonstrative a verb; "than expected", a comparison
        following = words[index + 1] if index + 1 < len(words) else None
        if following is None and words[index - 1].lemma in lexicon.INDEFINITE_ARTICLES:
            continue  # "earning an estimated $30 million": before its figure, the figure's adjective ("the insured")
        if following is None or following.part not in (NOUN, PROPER, ADJECTIVE, NUMBER, DETERMINER):
            result[index] = replace(word, part=NOUN)
    return result


def through_last_noun(words: Sequence[Word]) -> list[Word]:
    """A run of words up to its last noun: an adjective or article alone after it names nothing ("30% всех")."""
    last = max((index for index, word in enumerate(words) if word.part == NOUN), default=-1)
    return list(words[: last + 1])


def russian_nominative(words: Sequence[Word], visible: str) -> str:
    """A Russian noun phrase put in the nominative, its number kept, so a whole is named as a metric is.

    "собственных доходах бюджета" -> "собственные доходы бюджета". Words up to the first noun agree with it; what
    follows is its complement and keeps its case; a word the dictionary cannot inflect stays as printed.
    """
    result: list[str] = []
    end = words[-1].end if words else 0
    while end < len(visible) and visible[end] in "»\"”’)":  # a name's closing mark ends the phrase with it
        end += 1
    words = _substantives_before_nouns_as_adjectives(words)
    head = next((w for w in words if w.part == NOUN), None)
    head_tag = next((r.tag for r in russian_readings(head.text) if r.tag.case == head.case), None) \
        if head is not None else None
    for index, word in enumerate(words):
        # an abbreviation ("ЦБ", "ФНС") and a word of another script do not decline
        declines = re.fullmatch(r"[А-ЯЁа-яё-]+", word.text) is not None and not word.text.isupper()
        readings = russian_readings(word.text) if declines else ()
        reading = next((r for r in readings if r.tag.case == word.case), None)
        if word.part == ADJECTIVE and head_tag is not None:
            # "годового плана": the adjective agrees with its noun in gender, number and case, so the reading
            # that does ("годовой план"), not the first of its case ("годовое")
            reading = next((r for r in readings if agrees(r.tag, head_tag)), reading)
        inflected = reading.inflect({"nomn"}) if reading is not None else None
        if inflected is None:
            return " ".join([*result, " ".join(visible[words[index].start : end].split())])
        # each part of a hyphenated word keeps its capital ("Северо-Западного" -> "Северо-Западный")
        printed = word.text.split("-")
        result.append("-".join(part[:1].upper() + part[1:] if at < len(printed) and printed[at][:1].isupper() else part
                               for at, part in enumerate(str(inflected.word).split("-"))))
        if word.part == NOUN:
            rest = " ".join(visible[words[index].end : end].split())
            return " ".join([*result, rest]).strip()
    return " ".join(result)


def _substantives_before_nouns_as_adjectives(words: Sequence[Word]) -> list[Word]:
    """The words with each one read as a noun that is also an adjective agreeing with the noun after it read as one.

    "главного экономиста": the dictionary reads "главного" as the noun "главное" first; before a noun it agrees
    with, it is that noun's adjective, and the noun after it is the head of the phrase.
    """
    result = list(words)
    for index in range(len(result) - 1):
        word, after = result[index], result[index + 1]
        if word.part != NOUN or after.part != NOUN or word.case != after.case:
            continue
        noun = next((r.tag for r in russian_readings(after.text) if r.tag.case == after.case), None)
        if noun is not None and any(r.tag.POS == "ADJF" and agrees(r.tag, noun) for r in russian_readings(word.text)):
            result[index] = replace(word, part=ADJECTIVE)
    return result


def nominative_phrase(phrase: str) -> str:
    """A Russian phrase put in the nominative, or as printed where it reads none: "Банке России" -> "Банк России"."""
    read = words_of(phrase, 0, "ru", -1)
    return (russian_nominative(read, phrase) if read else "") or phrase


def agrees(tag: Any, noun: Any) -> bool:
    """Whether an adjective's reading agrees with its noun's: the case and number, and in the singular the gender."""
    return bool(tag.case == noun.case and tag.number == noun.number
                and (noun.number == "plur" or tag.gender == noun.gender))


# a sum of money starting after a word: a currency's sign or prefix ("$1 billion", "US$40 million")
_MONEY_AFTER = re.compile(rf"\s*(?:{'|'.join(map(re.escape, (*lexicon.CURRENCY_SIGNS, *lexicon.CURRENCY_PREFIXES)))})",
                          re.IGNORECASE)


def headline_verbs(words: Sequence[Word], visible: str) -> list[Word]:
    """The words of an English headline with its present-tense verb in "-s" read as the verb, not a plural noun.

    A headline drops its articles and keeps its verb in the present: "Unemployment edges up to 4.4%" and
    '"Reef Hunter" bites into the box office' have a subject (a noun phrase, a title) and a verb in "-s" after it.
    The word is the verb where a noun, a name or a quoted title stands right before it, no verb follows it in the
    stretch, and what follows is what a plural noun cannot take: a particle of position before "to", a sum of
    money ("Sky Parade crosses $1 billion"), or anything after a title closed by its quotes. "Car sales rise 5%"
    (a verb after the noun) and "Apple shares 5% higher" (a percentage) keep their nouns.
    """
    result = list(words)
    for index in range(len(result) - 1, 0, -1):
        word, before = result[index], result[index - 1]
        text = word.text
        if word.part != NOUN or not text.islower() or not text.endswith("s") or text.endswith("ss") \
                or before.part not in (NOUN, PROPER) or any(later.part == VERB and result[at - 1].part != DETERMINER
                                                            for at, later in enumerate(result[index + 1 :], index + 1)):
            continue  # "to the top of the box office": a word after an article is no verb
        titled = visible[before.end : word.start].strip().endswith(lexicon.CLOSING_QUOTES) and before.part == PROPER
        if word.after_break and not titled:
            continue
        following = result[index + 1 : index + 3]
        particle = len(following) == 2 and following[0].lemma in lexicon.HEADLINE_VERB_PARTICLES \
            and following[1].lemma in lexicon.HEADLINE_VERB_PARTICLE_OBJECTS
        money = _MONEY_AFTER.match(visible, word.end) is not None
        if titled or particle or money:
            result[index] = replace(word, lemma=text, part=VERB)
    return result
