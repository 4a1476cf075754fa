"""Subjects named after the figure: the noun an amount is "in", the noun a number counts, the Russian genitive.

"reported $42.36 billion in revenue", "a 15.8% drop in quarterly profit", "posted a $244 billion budget
deficit": the revenue, the profit, the deficit. "39 analysts", "130 новых видов товаров": what a bare number
counts. "введено 598,4 тыс. кв. м жилья": the housing. Each phrase stops at the first word that is no noun or
adjective, and a unit or a period after the figure names nothing.
"""

import re
from itertools import takewhile

from factcheck import lexicon
from factcheck.extract.model import Extraction
from factcheck.extract.readers.metric.common import (
    ARTICLE,
    BREAK_BEFORE,
    Subject,
    is_subject_word,
    masked_words,
    metric_unit,
)
from factcheck.extract.readers.metric.counted_phrase import compared_count, russian_part_after
from factcheck.extract.readers.metric.hired import hired
from factcheck.extract.readers.metric.people_event import people_event
from factcheck.extract.readers.metric.per_unit import counted_rate, per_unit
from factcheck.extract.readers.metric.qualifiers import name_referred
from factcheck.extract.readers.metric.subject import read_subject
from factcheck.extract.readers.metric.subject_words import clause_subject_before, qualified
from factcheck.extract.readers.place import place_after
from factcheck.extract.text import (
    EXPECTING_AFTER,
    RU_SCALE_WORD,
    headline_proper_end,
)
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
    through_last_noun,
    words_of,
)
from factcheck.figures import FoundFigure
from factcheck.lexicon import CHANGE_SUBJECT_HEADS, NAME_JOINS, NON_SPLITTING_ADJECTIVES, WEAK_SUBJECT_WORDS
from factcheck.quantities import Amount

_any = lexicon.any_of  # one group of any of a table's words

# "$42.36 billion in revenue"; "a 15.8% drop in profit" (a change noun, then "in")
_AMOUNT_IN = re.compile(rf"\s+{_any(lexicon.EN_MEASURE_PREPOSITIONS)}\s+{ARTICLE}", re.IGNORECASE)
_AMOUNT_FROM = re.compile(rf"\s+{_any(lexicon.EN_DAY_SOURCE_PREPOSITIONS)}\s+{ARTICLE}", re.IGNORECASE)
# "Thursday night previews", "Thursday-night previews": a part of the day after a weekday says when too
_DAY_PART = re.compile(rf"[\s-]+{_any(lexicon.EN_PREVIEW_TIMES)}(?=\s)", re.IGNORECASE)
# "posted a $244 billion budget deficit": an amount after an indefinite article modifies the noun after it
_ARTICLE_BEFORE = re.compile(rf"(?<!\w){_any(lexicon.INDEFINITE_ARTICLES)}\s+$", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_EN_WEEKDAY = re.compile(_any(tuple(forms[0] for forms in lexicon.WEEKDAY_FORMS)), re.IGNORECASE)
# "fell 1.9% to 412,600 students": the level a change ends at, right after it
_CHANGE_END_GAP = re.compile(rf"\s+{_any(lexicon.CHANGE_END_WORDS)}\s+", re.IGNORECASE)
# "climbed to 61,200 students", "dropped to 3.6 deaths per 1,000 live births": the level a verb of change reaches
_LEVEL_REACHED = re.compile(rf"(?<!\w){_any(sorted(lexicon.EN_CHANGE_VERB_FORMS))}\s+"
                            rf"{_any(lexicon.CHANGE_END_WORDS)}\s+\Z", re.IGNORECASE)
# "set aside $1.2 billion as reserves": after a phrasal verb, the role an amount is given names its measure
_PARTICLE_BEFORE = re.compile(rf"(?<!\w){_any(lexicon.PHRASAL_PARTICLES)}\s+$", re.IGNORECASE)
_AMOUNT_AS = re.compile(rf"\s+{_any(lexicon.ROLE_PREPOSITIONS)}\s+{ARTICLE}", re.IGNORECASE)
# "$5.2 billion out of equity funds": the flow out of what is named after it
_AMOUNT_MOVED = re.compile(r"\s+(?:" + "|".join(rf"(?P<{direction}>{'|'.join(leads)})" for direction, leads
                                                  in lexicon.FLOW_DIRECTION_LEADS.items()) + rf")\s+{ARTICLE}",
                           re.IGNORECASE)
_CHANGE_NOUN_IN = re.compile(rf"\s+(?:{'|'.join(CHANGE_SUBJECT_HEADS)})s?\s+{_any(lexicon.EN_MEASURE_PREPOSITIONS)}\s+"
                             rf"{ARTICLE}", re.IGNORECASE)
_DASH = re.compile(r"[–—-]")


def measured_after(extraction: Extraction, figure: FoundFigure,
                   sentence: tuple[int, int]) -> tuple[Subject, int] | None:
    """An English amount or change noun followed by "in" and a common noun names its measure there.

    "reported $42.36 billion in revenue and $7.8 billion in net income", "a 15.8% drop in quarterly profit": the
    revenue, the net income, the profit, not the company that reports them; so does the noun an amount after an
    indefinite article modifies ("posted a $244 billion budget deficit"), and the role an amount after a phrasal
    verb is given ("set aside $1.2 billion as reserves"). A period or a place after "in" is
    no measure ("$5 billion in 2023", "in China"), and the phrase ends at the first word that is not a noun or
    an adjective. Returns the subject and where its phrase ends.
    """
    if extraction.language != "en" or (figure.form == "change" and not _CHANGE_NOUN_IN.match(
            extraction.article.visible, figure.end, sentence[1])):
        return None
    visible = extraction.article.visible
    # (a headline drops its articles: "U.S. posts $160 billion surplus")
    attributive = figure.form == "value" and (_ARTICLE_BEFORE.search(
        visible, max(sentence[0], figure.start - 4), figure.start) is not None or _in_headline(visible, figure))
    end = sentence[1]
    after_particle = _PARTICLE_BEFORE.search(visible, max(sentence[0], figure.start - 8), figure.start) is not None
    lead = (_CHANGE_NOUN_IN.match(visible, figure.end, end) or _AMOUNT_IN.match(visible, figure.end, end)
            or _from_a_day(extraction, figure.end, end)
            or (_SPACE.match(visible, figure.end, end) if attributive else None)
            or (_AMOUNT_AS.match(visible, figure.end, end) if after_particle else None)
            or (_AMOUNT_MOVED.match(visible, figure.end, end) if figure.form == "value" else None))
    if lead is None or (figure.form != "change" and not (isinstance(figure.figure, Amount) and figure.figure.unit)) \
            or place_after(extraction, figure.end, end) is not None:  # "41% in the north": a place, no measure
        return None
    phrase_start = lead.end()
    mention = next((m for m in extraction.periods.within(figure.end, end) if m.start <= lead.end() < m.end), None)
    if mention is not None:
        # "$2.4 million in Thursday previews": a day's name before a noun says when, the noun is the measure
        part = _DAY_PART.match(visible, mention.end)  # "Thursday night previews": the previews
        if not (_EN_WEEKDAY.fullmatch(visible, mention.start, mention.end)
                and (part or _SPACE.match(visible, mention.end))):
            return None  # "$13.48 billion in the year-ago quarter": a period after "in", not a measure
        phrase_start = part.end() if part else mention.end
    words = masked_words(extraction, phrase_start, min(sentence[1], phrase_start + 60), sentence[0])
    # "quarterly profit": an adjective of time the tagger does not know as one still belongs to the phrase
    run = list(takewhile(lambda w: (w.part in (NOUN, ADJECTIVE) or w.lemma.casefold() in NON_SPLITTING_ADJECTIVES)
                         and not w.after_break, words))
    nouns = [w for w in run if w.part == NOUN]
    if not nouns or not is_subject_word(nouns[-1]) or run[-1] is not nouns[-1]:
        return None
    kinds = tuple(concept_of(w.lemma) for w in run if w.part == ADJECTIVE
                  and w.lemma.casefold() not in NON_SPLITTING_ADJECTIVES)
    name = " ".join(visible[run[0].start : run[-1].end].split())
    if lead.lastgroup in lexicon.FLOW_DIRECTION_LEADS:  # "out of equity funds": the funds' outflows, a kind of its own
        if nouns[-1].lemma.casefold() in WEAK_SUBJECT_WORDS:
            return None  # "$3 billion out of the total": a part of a whole, no flow
        kinds = (*kinds, lead.lastgroup)
        name = f"{name} ({lead.lastgroup})"
    # the subject is quoted from the figure on: its phrase follows it
    # "Universal's "Oppenheimer" took in $18.8 million in ticket sales": the film's sales, not another film's
    before = masked_words(extraction, sentence[0], figure.start, sentence[0])
    subject_words = list(takewhile(lambda w: w.part != VERB, before))
    owner = [w for w in subject_words if w.part == PROPER] or _last_names(before)
    owner_name, lemmas = " ".join(w.lemma for w in owner), tuple(sorted({w.lemma.casefold() for w in owner}))
    # "It took in", "The Paramount adventure collected": the name the pronoun or the noun stands for is the owner
    if subject_words and subject_words[-1].lemma.casefold() in lexicon.EN_AGENT_PRONOUNS | lexicon.ENTITY_NOUNS:
        lemmas, owner_name = name_referred(extraction, sentence[0]) or (lemmas, owner_name)
    name = f"{name} ({owner_name})" if lemmas else name
    # "Rivals reported $50 billion in revenue": a clause subject that is no name still says whose it is
    verb = next((at for at, w in enumerate(before) if w.part == VERB), -1)
    subject = Subject(concept_of(nouns[-1].lemma), tuple(concept_of(w.lemma) for w in nouns[:-1]),
                      lemmas, name, figure.start, kinds=kinds,
                      owned=not lemmas and clause_subject_before(before, verb, extraction.language) is not None)
    return subject, run[-1].end


def _from_a_day(extraction: Extraction, start: int, end: int) -> re.Match[str] | None:
    """The "from" before a weekday's noun, which names the amount's measure ("$5.1 million from Thursday previews")."""
    lead = _AMOUNT_FROM.match(extraction.article.visible, start, end)
    if lead is None or not any(m.start == lead.end() for m in extraction.periods.within(start, end)):
        return None  # "$5.1 million from its fans": where it came from, no measure
    return lead


def _last_names(before: list[Word]) -> list[Word]:
    """The names right before the last verb after names ("the animated "Fox Hollow" took in": a participle first)."""
    verbs = [at for at, w in enumerate(before) if w.part == VERB and at and before[at - 1].part == PROPER]
    return list(reversed(list(takewhile(lambda w: w.part == PROPER, reversed(before[: verbs[-1]]))))) if verbs else []


# the noun closing a figure's own text ("45,100 babies", "7,200 children"), and the units it reads as of people
COUNT_UNITS = ("person",)
# "465 тыс. людей"; a scale word is no noun ("из них 412 тыс.", the unit of the count before it)
_NOUN_CLOSING = re.compile(rf"\d[\d.,]*\s+(?:(?:{RU_SCALE_WORD})\.?\s+)?(?P<noun>(?!(?:{RU_SCALE_WORD})\Z)[^\W\d_]+)\Z")


def counted(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int]) -> Subject | None:
    """A bare number counts the noun after it: "160,000 Hongkongers", "39 analysts", "465 тыс. безработных".

    What it counts is its clause subject's: "Barbie earned $33.7 million from 4,178 theaters" counts Barbie's.
    """
    if (difference := compared_count(extraction, figure, sentence)) or not isinstance(figure.figure, Amount) \
            or figure.form not in ("value", "bound"):  # "9,400 more deaths than births", "more than 700,000 vacancies"
        return hired(extraction, figure, sentence) or difference  # "+175,000 jobs"
    sentence_end = sentence[1]
    visible = extraction.article.visible
    before = extraction.figures[-1].found if extraction.figures else None
    if before is not None and before.form == "change" and before.start >= sentence[0] \
            and _CHANGE_END_GAP.fullmatch(visible, before.end, figure.start):
        return None  # "enrollment fell 1.9% to 412,600 students": the enrollment's level, its noun the unit
    if extraction.language == "en" and (counted_rate(extraction, figure, sentence) or _LEVEL_REACHED.search(
            visible, max(sentence[0], figure.start - 30), figure.start)):
        return None  # "enrollment climbed to 61,200 students": the level its clause's subject reaches (or its rate)
    inside = _NOUN_CLOSING.search(visible, figure.start, figure.end)
    if inside is not None and figure.figure.unit is not None and figure.figure.unit.name in COUNT_UNITS:
        # "Some 45,100 babies were born": the figure was read with the noun of the people it counts
        noun = words_of(inside.group("noun"), inside.start("noun"), extraction.language, -1)
        if noun and noun[-1].lemma.casefold() in lexicon.GENERIC_PERSON_NOUNS:
            return people_event(extraction, figure, sentence)
        if noun and noun[-1].text.casefold() in lexicon.EN_BORN_NOUNS:  # "1,010 children were born": births
            event = people_event(extraction, figure, sentence, born=True)
            if event is not None:
                return event
        if noun and noun[-1].part == NOUN and is_subject_word(noun[-1]) \
                and noun[-1].lemma.casefold() not in lexicon.GENERIC_PERSON_NOUNS:
            owner = read_subject(masked_words(extraction, sentence[0], figure.start, sentence[0]),
                                 extraction.language, visible, sentence[0])
            name = russian_nominative(noun, visible) if extraction.language == "ru" else inside.group("noun")
            return Subject(concept_of(noun[-1].lemma), (), (owner.head,) if owner else (), name, figure.start)
    if figure.figure.unit is not None:
        return None
    # "1.1 million so far this year", "4,5 тыс. с начала года": a period phrase after it counts nothing (blanked
    # to a comma, it ends the phrase)
    end = min(sentence_end, figure.end + 60)
    following = masked_words(extraction, figure.end, end, -1)
    blanked = extraction.periods.blanked(visible, figure.end, end, ",")
    if following and BREAK_BEFORE.match(blanked, 0, following[0].start - figure.end):
        return None  # "rose 21% to 30,100, and divorces fell": the number ends its phrase at the comma
    for at, word in enumerate(following[:3]):
        # "5.1 million a year earlier", "$80 a barrel": a determiner opens a phrase of its own
        # "30,100 and divorces": a conjunction joins another phrase, whose noun the number does not count
        if word.after_break or word.part in (VERB, PREPOSITION, NUMBER, DETERMINER) \
                or word.lemma.casefold() in NAME_JOINS:
            return None
        if word.part in (NOUN, PROPER) and not is_subject_word(word):
            return None  # "180 bushels an acre", "3 tonnes": a unit counts nothing of its own
        if word.part in (NOUN, PROPER):
            before_head: tuple[str, ...] = ()
            if extraction.language == "en":  # "27,600 live births": an English phrase's head is its last noun, and
                run = _noun_run(following[at:])  # the nouns before it say what it is of ("812,000 job vacancies")
                word = next((later for later in reversed(run) if is_subject_word(later)), word)
                before_head = tuple(concept_of(w.lemma) for w in run if w.part == NOUN and w.start < word.start
                                    and is_subject_word(w) and w.lemma not in lexicon.NON_SPLITTING_ADJECTIVES)
            complement = _genitive_complement(following[at + 1 :]) if extraction.language == "ru" else None
            last = complement if complement is not None else word
            # "3 тыс. договоров участия в долевом строительстве": a part phrase after it is of what is counted
            part = russian_part_after(following[following.index(last) + 1 :]) if extraction.language == "ru" else None
            last = part[1] if part is not None else last
            if EXPECTING_AFTER.match(visible, last.end):
                return None  # "the 155,000 economists had expected": what they expected, not how many they are
            # from its first word: the stop of a scale word cut short ("31 тыс. случаев") is no part of the name; a
            # Russian name in the nominative, as a subject's is ("6,8 тыс. квартир": "Квартиры"); names running on to
            # it say where or whose ("North American theaters"), no part of the name
            first = next((w for w in following[at:] if w.part != PROPER), following[0]) \
                if following[at].part == PROPER and word is not following[at] else following[0]
            name = " ".join(visible[first.start : last.end].split()) if extraction.language == "en" \
                else russian_nominative(following[: following.index(last) + 1], visible)
            owner = read_subject(masked_words(extraction, sentence[0], figure.start, sentence[0]),
                                 extraction.language, visible, sentence[0])
            complements = (qualified(following, complement),) if complement is not None else before_head
            return Subject(concept_of(word.lemma), (*complements, *(part[:1] if part else ())),
                           (owner.head,) if owner is not None else (), name, figure.start)
    return None


def _genitive_complement(words: list[Word]) -> Word | None:
    """The noun a Russian counted noun governs in the genitive: "146 случаев гриппа", "31 тыс. случаев ОРВИ".

    Cases of flu are not cases of measles: what the counted noun is of splits the count, as "добыча нефти" does a
    subject (adjectives before it are passed over; an indeclinable acronym is read in any case).
    """
    for word in words[:3]:
        if word.after_break:
            return None
        if word.part == ADJECTIVE:
            continue
        genitive = word.case == "gent" or (word.text.isupper() and len(word.text) > 1)
        return word if word.part == NOUN and genitive and is_subject_word(word) else None
    return None


def _noun_run(words: list[Word]) -> list[Word]:
    """The nouns in a row from the first, up to a break or another part of speech: "live births", "job openings".

    Names in the row run on to the common noun after them ("North American theaters": theaters, not North).
    """
    run = [words[0]]
    for word in words[1:]:
        if word.after_break or word.part not in (NOUN, PROPER):
            break
        run.append(word)
    while len(run) > 1 and run[-1].part != NOUN:
        run.pop()
    return run


def genitive_after(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int]) -> Subject | None:
    """The measure of a Russian amount named by the genitive after its unit, when nothing before names one.

    "введено 598,4 тыс. кв. м жилья", "выдано 12 млрд рублей ипотечных кредитов": the housing, the loans. The
    noun's phrase is its adjectives and the genitives it governs; a percentage is a share of the genitive after it,
    never its measure (factcheck/extract/shares.py); a unit it is per ("63 ц/га") is no measure either.
    """
    if extraction.language != "ru" or figure.form != "value" or not isinstance(figure.figure, Amount) \
            or figure.figure.unit is None or metric_unit(figure) == "%" or per_unit(extraction, figure) is not None:
        return None  # "63 ц/га": what follows is the unit it is per
    following = masked_words(extraction, figure.end, min(sentence[1], figure.end + 80), -1)
    blanked = extraction.periods.blanked(extraction.article.visible, figure.end, sentence[1], ",")
    if not following or BREAK_BEFORE.match(blanked, 0, following[0].start - figure.end):
        return None
    run: list[Word] = []
    for word in following:
        if word.after_break and run:
            break
        noun = word.part == NOUN and word.case == "gent"
        if not (noun or (word.part == ADJECTIVE and word.case == "gent")) or not is_subject_word(word):
            break
        run.append(word)
    run = through_last_noun(run)
    nouns = [w for w in run if w.part == NOUN]
    if not nouns or nouns[0].lemma.casefold() in WEAK_SUBJECT_WORDS:
        return None
    head, dependents = nouns[0], nouns[1:]
    kinds = tuple(concept_of(w.lemma) for w in run if w.part == ADJECTIVE and w.start < head.start
                  and w.lemma.casefold() not in NON_SPLITTING_ADJECTIVES)
    # named in the nominative, as a subject is: "введено 598 тыс. кв. м жилья" is "Жильё"
    visible = extraction.article.visible
    name = russian_nominative(run, visible[: run[-1].end]) or " ".join(visible[run[0].start : run[-1].end].split())
    return Subject(concept_of(head.lemma), tuple(qualified(run, w) for w in dependents), (), name, figure.start,
                   kinds=kinds)




def classified_as(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int]) -> Subject | None:
    """A Russian count followed by "как" and the role it is counted in: that role is what it counts.

    "73,8 млн человек классифицировались как занятые экономической деятельностью, и 2,3 млн человек – как
    безработные": the employed and the unemployed, as "set aside $1.2 billion as reserves" names the reserves.
    The role opens with a noun or an adjective in the nominative right after "как", past one verb at most.
    """
    if extraction.language != "ru" or not isinstance(figure.figure, Amount):
        return None
    visible = extraction.article.visible
    words = words_of(visible[figure.end : sentence[1]], figure.end, extraction.language, sentence[0])
    if words and words[0].part == NOUN and not words[0].after_break and metric_unit(figure) != "count":
        words = words[1:]  # the counted noun its unit already is ("млн человек")
    start = 1 if words and words[0].part == VERB and not words[0].after_break else 0
    if len(words) <= start + 1 or words[start].lemma.casefold() not in lexicon.RU_ROLE_CONJUNCTIONS:
        return None
    # a verb of classing ("классифицировались как") or a dash standing for it ("2,3 млн человек – как безработные")
    # makes "как" a role; after a comma it compares ("достигло 12 млн человек, как население Москвы")
    if not start and not _DASH.search(visible, figure.end, words[0].start):
        return None
    run = list(takewhile(lambda w: w.part in (NOUN, ADJECTIVE) and not w.after_break, words[start + 1 :]))
    if not run or run[0].case != "nomn" or words[start + 1].after_break or not is_subject_word(run[0]):
        return None
    name = " ".join(visible[run[0].start : run[-1].end].split())
    return Subject(concept_of(run[0].lemma), tuple(concept_of(w.lemma) for w in run[1:] if w.part == NOUN), (),
                   name, figure.start)


def _in_headline(visible: str, figure: FoundFigure) -> bool:
    """Whether the figure is in a headline: a first line with text after it that ends with no full stop."""
    return figure.end <= headline_proper_end(visible)
