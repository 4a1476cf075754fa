"""The words around a subject: where its phrase starts, whose it is, and which of its words name a kind.

Each helper answers one question the subject reader (`subject.py`) asks of the words before a figure: does an
English verb spelt as a noun stand inside the phrase ("the firm cut costs")? do coordinated adjectives open it
("domestic and international passengers")? is a noun the subject of the verb after it ("Rivals reported
revenue")? is the phrase a rank ("second place")? The named-after readers (`named_after.py`) ask some of them too.
"""

import re
from dataclasses import replace

from factcheck import lexicon
from factcheck.extract.readers.metric.common import is_subject_word
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
    russian_nominative,
    russian_readings,
)
from factcheck.figures import FoundFigure
from factcheck.lexicon import EN_VERB_NOUNS, ENTITY_NOUNS, NAME_JOINS, NON_SPLITTING_ADJECTIVES, PERIOD_NOUNS

# Words and spaces only, no punctuation between them (a hyphen joins a word): "its second-quarter adjusted".
_WORDS_ONLY = re.compile(r"[\w\s-]*")


def owner_noun(word: Word) -> bool:
    """A common noun that may own a measure ("the euro zone's deficit"): no name, nor one that refers back to one."""
    return word.part == NOUN and is_subject_word(word) and word.lemma.casefold() not in ENTITY_NOUNS


def clause_subject_before(words: list[Word], verb: int, language: str) -> Word | None:
    """The head of a noun phrase before the verb that is its clause's subject: "Rivals reported revenue of".

    The measure is then the verb's object and belongs to that subject, never to the paragraph's topic. A noun
    in a phrase of a preposition ("in the city reported") or in an oblique Russian case is no subject.
    """
    if verb < 1 or words[verb].after_break:
        return None
    noun = words[verb - 1]
    # (an inanimate plural reads as the accusative first: "Муниципалитеты получили" is a nominative too)
    if not owner_noun(noun) or (language == "ru" and noun.case not in ("nomn", "accs")):
        return None
    at = verb - 1
    while at > 0 and words[at - 1].part in (NOUN, ADJECTIVE, DETERMINER) and not words[at].after_break:
        at -= 1
    return None if at > 0 and not words[at].after_break and words[at - 1].part == PREPOSITION else noun


def names_a_rank(head: Word, run: list[Word], before: Word | None) -> bool:
    """Whether a phrase names a place in a ranking: "second place", "the top spot", "второе место".

    A noun of rank after an ordinal or a number says where a figure ranks, never what it measures ("рабочих
    мест" with no ordinal are jobs). An ordinal the dictionary reads as a noun heads its phrase ("Второе место").
    A Russian noun of a group at the top needs none ("Замыкает тройку Грузия", "вошла в десятку").
    """
    if head.lemma.casefold() in lexicon.RANK_GROUP_NOUNS:
        return True
    if head.lemma.casefold() in lexicon.RANK_ORDINALS and run[-1].start > head.start:
        head = run[-1]  # "Второе место": the ordinal, read as a noun, heads the phrase; the noun after is the rank
    if head.lemma.casefold() not in lexicon.RANK_NOUNS:
        return False
    ordinals = [w for w in run if w.start < head.start] + ([before] if before is not None else [])
    return any(w.lemma.casefold() in lexicon.RANK_ORDINALS or w.part == NUMBER for w in ordinals)


def verb_inside(words: list[Word], index: int, end: int, language: str) -> int:
    """Where a noun phrase starts when an English verb spelt as a noun stands between two of its nouns.

    "the firm cut costs by 8%": the verb is "cut", and the subject is the phrase after it (its index).
    """
    if language != "en":
        return index
    verb = next((at for at in range(end - 1, index + 1, -1) if words[at].lemma.casefold() in EN_VERB_NOUNS
                 and words[at - 1].part in (NOUN, PROPER)), None)
    return verb if verb is not None else index


def after_time_nouns(words: list[Word], index: int, end: int) -> int:
    """Where a noun phrase starts once the nouns of time that open it are left out (its last index before).

    A noun of time after a period opens no measure ("в первом полугодии 2024 года рентабельность", "the
    December rate": the profitability, the rate); what governs the phrase is read before them.
    """
    while index + 1 < end and (words[index + 1].lemma.casefold() in PERIOD_NOUNS or (
            words[index + 1].lemma.casefold() in lexicon.TIME_NAME_WORDS and words[index + 1].part != NUMBER
            and words[index + 1].lemma.casefold() not in lexicon.NUMBER_WORDS)):
        index += 1
    return index


def qualified(run: list[Word], noun: Word) -> str:
    """A noun's concept with the adjectives of its own phrase that split measures.

    "enrollment of international students" is not of domestic ones; "вклады физических лиц" are not "вклады
    юридических лиц". Adjectives of totality, time and reporting qualify nothing ("новых автомобилей").
    """
    at = run.index(noun)
    adjectives = []
    for word in reversed(run[:at]):
        if word.part != ADJECTIVE:
            break
        if word.lemma.casefold() not in NON_SPLITTING_ADJECTIVES:
            adjectives.append(concept_of(word.lemma))
    return " ".join([*reversed(adjectives), concept_of(noun.lemma)])


def has_genitive(word: str) -> bool:
    """Whether a Russian noun has a reading in the genitive ("области" is also dative and locative)."""
    return any(reading.tag.POS == "NOUN" and reading.tag.case == "gent" for reading in russian_readings(word))


def participle_before(words: list[Word], index: int, language: str, visible: str) -> Word | None:
    """An English past participle that opens a noun phrase: "adjusted net profit", "the restated revenue".

    Only at the start of a sentence or after a determiner or preposition: "the firm reported profit" has a verb.
    A period between them is part of the phrase ("its second-quarter adjusted profit", "its 2016 restated
    revenue"). Participles of reporting ("reported", NON_SPLITTING_ADJECTIVES) say nothing of which measure it is.
    """
    if language != "en" or index < 0 or index + 1 >= len(words):
        return None
    word = words[index]
    if word.part != VERB or not word.lemma.endswith("ed") or word.lemma.casefold() in NON_SPLITTING_ADJECTIVES \
            or words[index + 1].after_break:
        return None
    # a capital opens a sentence ("Adjusted net profit rose"); after a bracket or a comma it may be a predicate
    # ("(... of all receipts) increased receipts by"); a blanked period is no such break
    opens = words[index - 1].part in (DETERMINER, PREPOSITION) and (
        not word.after_break or _WORDS_ONLY.fullmatch(visible, words[index - 1].end, word.start) is not None) \
        if index > 0 else word.text[:1].isupper()
    return word if opens else None


def coordinated_adjectives(words: list[Word], index: int) -> int:
    """Where a noun phrase starts when adjectives joined by "и"/"and" stand before it (its last index before).

    "налоговые и неналоговые доходы", "domestic and international passengers": both adjectives qualify the
    head, so the phrase is the sum of both kinds, never the kind named last ("неналоговые доходы").
    """
    while index >= 1 and words[index].lemma.casefold() in NAME_JOINS and words[index - 1].part == ADJECTIVE \
            and not words[index].after_break and not words[index + 1].after_break:
        index -= 1
        while index >= 0 and words[index].part == ADJECTIVE:
            index -= 1
            if words[index + 1].after_break:
                break
    return index


def name_lemmas(run: list[Word], sentence_start: int) -> list[str]:
    """The words of the names in a phrase, all of them: "Северной Америке" is North America, not America.

    A capitalised adjective before a proper noun is part of its name ("Северной Америке", "Южной Корее"); one
    before a common noun names no place of its own here ("по Срединному коридору" stays the corridor's).
    """
    # a month or a weekday is a period, never whose: "the rate in December" is no December's rate
    return [w.lemma.casefold() for index, w in enumerate(run) if (w.part == PROPER or (
        w.part == ADJECTIVE and w.text[:1].isupper() and not w.text.isupper() and w.start != sentence_start
        and index + 1 < len(run) and run[index + 1].part == PROPER))
        and w.lemma.casefold() not in lexicon.TIME_NAME_WORDS]


def russian_head_after(words: list[Word], index: int) -> bool:
    """Whether a Russian noun in the nominative starts a phrase of its own after the noun at `index`, in another case.

    A Russian noun phrase opens with its head and its dependents follow ("доходы населения России"), so a
    nominative after an oblique noun is a new phrase: "в Северной Америке продажи", "в Германии экспорт"; so is an
    accusative that may be a nominative, as a noun governs none: "на втором месте налог на имущество".
    """
    word, following = words[index], words[index + 1]
    if following.part != NOUN or word.part not in (NOUN, PROPER) or word.case in (None, "nomn"):
        return False
    # an abbreviation ("ВВП", "НДС") declines in no case: after an oblique noun it opens a phrase too ("за год ВВП
    # вырос"), not after an accusative no preposition governs, which is the nominative of the same spelling
    # ("Рентабельность OIBDA составила": the margin of OIBDA), nor after a noun opening its clause that may be a
    # nominative ("Поступления НДС выросли": the receipts of VAT, no genitive before the subject)
    before = index - 1
    while before >= 0 and words[before].part == ADJECTIVE:
        before -= 1
    opening = before < 0 or words[before + 1].after_break
    nominative = (word.case == "accs" and (opening or words[before].part != PREPOSITION)) or (opening and any(
        reading.tag.case == "nomn" for reading in russian_readings(word.text)))
    return following.case == "nomn" or (following.text.isupper() and len(following.text) > 1 and not nominative) or (
        following.case == "accs" and any(reading.tag.case == "nomn" for reading in russian_readings(following.text)))


def first_name_of_sentence(words: list[Word]) -> list[str]:
    """The name a sentence starts with: "Greece, which ..., saw its debt".

    A capitalised first word before a comma or a verb is a name, not a common noun.
    """
    if len(words) > 1 and words[0].text[:1].isupper() and (words[1].after_break or words[1].part == VERB):
        return [words[0].lemma.casefold()]
    return [w.lemma.casefold() for w in words[:8] if w.part == PROPER][:1]


# the verbs of exceeding: "превысила", "превышает", "exceeded"
_EXCEEDING = re.compile(lexicon.any_of(lexicon.EXCEEDING_VERBS), re.IGNORECASE)


def before_object_of_exceeding(words: list[Word], figure: FoundFigure) -> list[Word]:
    """The words of a change's clause up to a verb of exceeding: the phrase after the verb is what it exceeds.

    "Заболеваемость превысила эпидемический порог на 18%": the sickness rate exceeds the threshold by 18%; the
    threshold is the baseline, never the measure (the subject reader then reads the phrase before the verb).
    """
    if figure.form != "change":
        return words
    verb = next((at for at in range(len(words) - 1, -1, -1) if words[at].part == VERB
                 and _EXCEEDING.fullmatch(words[at].text)), None)
    if verb is None or verb == len(words) - 1 or not any(w.part in (NOUN, PROPER) for w in words[:verb]):
        return words
    if any(w.part == VERB for w in words[verb + 1 :]):
        return words  # "exports exceeded expectations and profit rose 18%": another clause's verb carries the figure
    return words[: verb + 1]


# "Иван Петров отметил, что ...", "в министерстве сообщили, что ...": a verb of speech (or of expecting) before "что"
_SAID = re.compile(lexicon.any_of((*lexicon.SPEECH_VERBS, *lexicon.IMPERSONAL_SPEECH_VERBS,
                                   *lexicon.PASSIVE_SPEECH_VERBS, *lexicon.SPEECH_PARTICIPLES,
                                   *lexicon.FORECASTING_VERBS)), re.IGNORECASE)
_SAID_REACH = 4  # words between the verb and "что": "сообщил журналистам на брифинге, что"
_SAID_THAT = frozenset(lexicon.SAID_THAT_CONJUNCTIONS)


def after_said_that(words: list[Word]) -> list[Word]:
    """The words of a figure's clause after the "что" of a verb of speech before it: the speaker is never its subject.

    "Директор департамента Иван Петров отметил, что за месяц в службу занятости обратились 41 тыс. человек": what
    was said has a subject of its own (here none is named), never "Директор департамента Иван Петров".
    """
    that = next((at for at in range(len(words) - 1, 0, -1) if words[at].text.casefold() in _SAID_THAT
                 and words[at].after_break and any(w.part == VERB and _SAID.fullmatch(w.text)
                                                   for w in words[max(0, at - _SAID_REACH) : at])), None)
    return words if that is None else words[that + 1 :]


def bare_weak_noun(words: list[Word], index: int, run: list[Word]) -> bool:
    """Whether a noun phrase is its noun alone, with at most an article before it ("The result marked a 43% drop").

    Such a noun of BARE_WEAK_SUBJECT_WORDS names no measure; "the company's operating result" does.
    """
    return (len(run) == 1 and run[0].lemma.casefold() in lexicon.BARE_WEAK_SUBJECT_WORDS
            and (index < 0 or words[index].text.casefold() in lexicon.DEFINITE_ARTICLES))


def turned_to(words: list[Word], before: int) -> bool:
    """Whether the word at `before` is the "to" of a verb of turning ("swung to a surplus of $210 billion")."""
    return before >= 1 and words[before].text.casefold() in lexicon.EN_TURNING_PREPOSITIONS and \
        words[before - 1].text.casefold() in lexicon.EN_TURNING_VERBS and \
        (before < 2 or words[before - 2].text.casefold() not in lexicon.EN_TURNING_BALANCE_HEADS)


_SPAN_UNIT = re.compile(lexicon.any_of((*lexicon.SPAN_UNITS_EN, *lexicon.SPAN_UNITS_RU)), re.IGNORECASE)


def span_of_time(words: list[Word], at: int) -> bool:
    """Whether a preposition's phrase starting at `at` counts a span of time: "двух лет", "three quarters", "года"."""
    return at < len(words) and (words[at].part == NUMBER or words[at].lemma.casefold() in lexicon.TIME_NAME_WORDS
                                or _SPAN_UNIT.fullmatch(words[at].text) is not None)


def set_off_participles(run: list[Word], language: str) -> list[str]:
    """The kinds a Russian participle set off after a phrase names, when the phrase is only that participle.

    "численность безработных, зарегистрированных в службе занятости": it narrows the measure to one of its own.
    """
    if language == "ru" and run[0].after_break and all(w.part == ADJECTIVE for w in run):
        return [concept_of(w.lemma) for w in run if w.lemma.casefold() not in NON_SPLITTING_ADJECTIVES]
    return []


def participial_clause(words: list[Word], index: int, run: list[Word], language: str) -> list[str]:
    """The kind a Russian participle's clause set off after a noun names, when the clause has nouns of its own.

    "количество вакансий, заявленных работодателями, превысило": the participle agrees with "вакансий" and
    narrows the measure, as one alone does (`set_off_participles`); "работодателями" is its agent, no subject.
    """
    first = run[0]
    if language != "ru" or not first.after_break or index < 0 or words[index].part != NOUN \
            or first.case is None or words[index].case != first.case:
        return []
    if not any(reading.tag.POS == "PRTF" for reading in russian_readings(first.text)[:1]):
        return []
    return [concept_of(first.lemma)]


def name_start(run: list[Word], head_word: Word, start: int, language: str) -> tuple[int, Word | None]:
    """Where a subject's name starts, and the Russian head to put in the nominative there, if any.

    A noun of change opening the phrase names the change, not the measure: the measure is what it governs in the
    genitive ("Рост собственных доходов составил 7,1%": "собственные доходы"). A head read in the accusative is
    the object of its verb ("увеличила чистую прибыль на 12%"), one in the instrumental the agent of a passive verb
    ("частными застройщиками построено": the part they built), named in the nominative as well.
    """
    opener, after = run[0], run[1:]  # "повышения ключевой ставки": the key rate, each word with a genitive reading
    measure = next((w for w in after if w.part == NOUN), None)
    if language == "ru" and opener.lemma.casefold() in lexicon.RU_MEASURE_CHANGE_NOUNS and measure and all(
            w.case == "gent" or any(r.tag.case == "gent" for r in russian_readings(w.text))
            for w in after[: after.index(measure) + 1]):
        return after[0].start, replace(measure, case="gent")  # what a noun of change governs is in the genitive
    return start, head_word if language == "ru" and head_word.case in ("accs", "ablt") else None


def written_name(visible: str, run: list[Word], start: int, end: int, object_head: Word | None = None) -> str:
    """The subject's name as the article writes it, lower-cased unless it opens with a name or an abbreviation.

    A Russian head read as an object or an agent (`name_start`) is named in the nominative, what it governs as printed.
    """
    name = " ".join(visible[start:end].split())
    if name.count("«") > name.count("»") and visible.startswith("»", end):
        name += "»"  # a name in quotation marks the phrase ends with: "Выручка «Детского мира»"
    if object_head is not None:
        phrase = [*(w for w in run if start <= w.start < object_head.start), object_head]
        nominative = russian_nominative(phrase, visible).rstrip(" »\"”’)")  # its closing mark is the rest's
        name = " ".join(f"{nominative} {visible[object_head.end : end]}".split())
    if (not name[:1].isupper() or run[0].part != PROPER) and not run[0].text.isupper():  # "OIBDA" stays
        name = name[:1].casefold() + name[1:] if run[0].part != PROPER else name
    return name


def adverb_in_phrase(words: list[Word], index: int) -> bool:
    """Whether a Russian adverb stands inside a noun phrase, before the participle or adjective it qualifies.

    "численность официально зарегистрированных безработных", "объем впервые выданных кредитов": the phrase goes
    on past the adverb to its head, never starts at the participle ("Зарегистрированных безработных").
    """
    if not 1 <= index < len(words) - 1:
        return False
    word, following, head = words[index], words[index + 1], words[index - 1]
    return following.part == ADJECTIVE and following.case is not None and head.part == NOUN \
        and not word.after_break and not following.after_break \
        and any(reading.tag.POS == "ADVB" for reading in russian_readings(word.text)[:1])


def currency_part(words: list[Word], index: int) -> bool:
    """Whether a word is a currency right after "в"/"на" and its head noun: "вклады в рублях", "в валюте"."""
    return index >= 2 and words[index].part == NOUN and words[index].lemma.casefold() in \
        lexicon.RU_CURRENCY_PART_NOUNS and words[index - 1].part == PREPOSITION and words[index - 1].lemma in \
        lexicon.RU_PART_PREPOSITIONS_AFTER_NOUN and words[index - 2].part == NOUN and not words[index].after_break \
        and not words[index - 1].after_break
