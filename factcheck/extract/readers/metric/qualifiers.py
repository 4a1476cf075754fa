"""Whose or where a subject is when its clause does not say: the place, the topic or the name it refers to.

"In the Americas, receipts increased by $16 bn": the Americas' receipts (the clause's place). "Italy's debt
rose ... But the deficit fell": Italy's deficit (the paragraph's topic). "... "Oppenheimer" collected $18.8
million. Globally, the film has earned $717 million": Oppenheimer's takings (the name the noun refers to).
Each adds the place or name to the subject's qualifiers and marks the reading as a guess where it is one.
"""

import re
from dataclasses import replace
from itertools import dropwhile, takewhile

from factcheck import lexicon
from factcheck.extract.model import Extraction
from factcheck.extract.names import NAME, QUOTED_NAME
from factcheck.extract.readers.metric.common import PARAGRAPH_WINDOW, PEOPLE_NOUN, Subject
from factcheck.extract.readers.metric.ranked_title import ranked_title_span
from factcheck.extract.readers.metric.set_off import quoted_title, without_title_asides
from factcheck.extract.readers.metric.share import names_a_share, share_of_a_measure
from factcheck.extract.readers.place import (
    MARKET_SCOPE,
    article_sense,
    clause_place,
    dateline_end,
    fronted_common_place,
    place_after,
)
from factcheck.extract.thesaurus import concept_of
from factcheck.extract.words import (
    ADJECTIVE,
    DETERMINER,
    NOUN,
    NUMBER,
    PROPER,
    VERB,
    Word,
    through_last_noun,
    words_of,
)
from factcheck.figures import FoundFigure
from factcheck.lexicon import ENTITY_NOUNS, METRIC_WORD_SENSES
from factcheck.not_figures import AGE

_WHOLE_OPENER = re.compile(rf"\W*{lexicon.any_of(lexicon.WHOLE_OPENERS)}\b", re.IGNORECASE)  # "Overall,", "В целом"


# "The Universal horror film": a definite article right before a subject's words
_DEFINITE_BEFORE = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.DEFINITE_ARTICLES)}\s+\Z", re.IGNORECASE)
_LABEL_REACH = 60
# "the drama from Ridgeline Studios": its maker's name right after a noun that names what figures are about
_MAKER_AFTER = re.compile(rf"\s+(?i:{lexicon.any_of(lexicon.ENTITY_MAKER_PREPOSITIONS)})\s+(?P<name>{NAME})")
_CLOSING_QUOTE = re.compile(r"[,.]?(?:[\"”»]|['’](?!\w))")  # '"Dune" opened': a quoted name whole, no sentence
_ATTRIBUTION_BEFORE = re.compile(r"[,\"”»]\s*\Z")  # '," said Dana Whitfield': the speaker after the quote
# ... or of expecting: "Analysts expect the sequel to gross": the forecasters, never what the noun refers to
_SPEECH_VERB = re.compile(lexicon.any_of((*lexicon.SPEECH_VERBS, *lexicon.EN_FORECASTING_VERBS)), re.IGNORECASE)
# "The film cost $95 million", "It cost about $120 million": a verb of cost right before its amount (a few words
# of an estimate between), after a noun that names what figures are about or a pronoun that stands for it
_COST_VERB = re.compile(lexicon.any_of(lexicon.COST_VERBS), re.IGNORECASE)
_AMOUNT_AFTER = re.compile(r"\s+(?:[a-z]+\s+){0,2}\W{0,3}\d")
_AGENT_PRONOUN_BEFORE = re.compile(rf"(?<!\w){lexicon.any_of(tuple(lexicon.EN_AGENT_PRONOUNS))}\s+\Z",
                                   re.IGNORECASE)
# a name and a dash right before the subject, opening its clause (the sentence's start, or after , ; : or a bracket)
_NAME_LABEL = re.compile(rf"(?:\A\s*|[,;:(]\s*)(?P<name>{NAME})\s*[–—-]\s*\Z")
# "У Тектона OIBDA выросла", "У «Северстали» выручка снизилась": a name after "у" opening its clause, right
# before the subject, is whose the measure is (the Russian possessive construction)
_NAME_OWNER = re.compile(rf"(?:\A\s*|[,;:(]\s*)(?i:{lexicon.any_of(lexicon.RU_OWNER_PREPOSITIONS)})\s+"
                         rf"(?P<name>{QUOTED_NAME}|{NAME})\s*\Z")


def in_its_place(extraction: Extraction, subject: Subject | None, figure: FoundFigure,
                 sentence: tuple[int, int]) -> Subject | None:
    """A subject named without a place takes the place its clause is about.

    "In the Americas, receipts increased by $16 bn": the receipts of the Americas. A name read as the subject
    ("Europe, which accounts for 42%") names a place, not a measure: the figure has no subject of its own yet.
    A place named right after the figure ("Sales fell 4% in Nevada", "took $20 million in China") is where it was
    counted: it comes first, and joins a named subject's qualifiers too.
    """
    if subject is None:
        return None
    subject = _in_article_sense(extraction, subject)
    # "sales fell 5% in Texas": a place right after the figure is its own, before any the clause opened with
    after = place_after(extraction, figure.end, sentence[1])
    place = after or clause_place(extraction, sentence[0], figure.start) or fronted_common_place(
        extraction, sentence[0], figure.start)
    if subject.qualifiers and place is not None and not set(place.words) & set(subject.qualifiers) and (
            after is not None or not any(w.part == PROPER for w in words_of(subject.name, 0, extraction.language, 0))):
        # "В Ленинградской области вклады физических лиц": whose the measure is (people) is not where it is; "Dune
        # took in $20 million in China": a name's takings where they were counted
        return Subject(subject.head, subject.complements, tuple(sorted({*subject.qualifiers, *place.words})),
                       f"{subject.name} ({place.name})", subject.start,
                       f"metric: of {place.name}, whom or where its clause is about", kinds=subject.kinds,
                       whole=subject.whole, owned=subject.owned)
    if subject.qualifiers:
        return share_of_a_measure(extraction, subject, figure, place) or subject
    if place is None:
        return _of_fronted_part(extraction, subject, sentence[0], figure.start)
    if subject.head in place.words or names_a_share(subject.head):
        return None  # "В Германии (доля 20%)": a share names no measure; the place's is the sentence's
    return Subject(subject.head, subject.complements, place.words, f"{subject.name} ({place.name})", subject.start,
                   f"metric: of {place.name}, whom or where its clause is about", kinds=subject.kinds)


def _of_fronted_part(extraction: Extraction, subject: Subject, sentence_start: int, figure_start: int) -> Subject:
    """A subject in a sentence opened by a phrase of a part ("At public two-year colleges, enrollment jumped").

    The phrase, a part preposition and a noun with its adjectives before a comma, names the part of the measure
    the sentence is about, as "enrollment at public two-year colleges" would; the subject keeps it as a complement.
    """
    visible = extraction.article.visible
    words = words_of(extraction.periods.blanked(visible, sentence_start, figure_start, ","), sentence_start,
                     extraction.language, sentence_start)
    group = bool(words) and words[0].lemma.casefold() in lexicon.FRONTED_GROUP_PREPOSITIONS
    if not words or (not group and words[0].lemma.casefold() not in lexicon.FRONTED_PART_PREPOSITIONS):
        return subject
    phrase = list(takewhile(lambda w: not w.after_break, words[1:]))
    if phrase and phrase[-1].end > subject.start:
        # "Среди молодежи уровень безработицы составил 9,8%": no comma; the part is the noun phrase right after the
        # preposition ("в возрасте 15-24 лет" after it says more of the same part)
        phrase = list(takewhile(lambda w: w.part in (DETERMINER, ADJECTIVE, NOUN) and w.end <= subject.start,
                                words[1:]))
        phrase = through_last_noun(phrase)
        if not phrase or phrase[-1].case not in (None, "gent"):
            return subject  # the part is governed in the genitive; a nominative is the subject itself
    # "Among students over 24, enrollment fell": an age closing the phrase bounds its people, a kind of the part
    age = next((m for m in AGE.finditer(visible, phrase[0].start, phrase[-1].end) if m.end() == phrase[-1].end),
               None) if phrase else None
    people = [w for w in phrase if age is None or w.end <= age.start() or (
        w.start == age.start() and PEOPLE_NOUN.fullmatch(w.text))]  # "adults over 25": the noun opens the age
    bounded = [w for w in phrase if w not in people]
    if not people or len(phrase) + 1 >= len(words) or people[-1].part != NOUN or subject.start < phrase[-1].end \
            or any(w.part not in (DETERMINER, ADJECTIVE, NOUN, NUMBER) for w in people):
        return subject
    if group and not (PEOPLE_NOUN.fullmatch(people[-1].text) and visible.startswith(",", phrase[-1].end)):
        return subject  # "For women, the rate": a group of people set off by its comma; "For example," none
    lead = lexicon.GROUP_KEY_PREPOSITION[extraction.language] if group else words[0].lemma.casefold()
    part = f"{lead} " + " ".join(concept_of(w.lemma) for w in people if w.part != DETERMINER)
    kinds = (*subject.kinds, " ".join(w.text.casefold() for w in bounded)) if bounded else subject.kinds
    return replace(subject, complements=(*subject.complements, part), kinds=kinds,
                   name=f"{subject.name} ({' '.join(visible[phrase[0].start : phrase[-1].end].split())})")


def _in_article_sense(extraction: Extraction, subject: Subject) -> Subject:
    """A head word of two senses takes the one the article uses: "earnings" in an article about receipts."""
    for word in words_of(subject.name, subject.start, extraction.language, -1):
        if word.lemma.casefold() in METRIC_WORD_SENSES and concept_of(word.lemma) == subject.head:
            head = article_sense(extraction, word.lemma)
            guess = f"metric: \"{word.text}\" read as {head}, the sense the article uses" if head != subject.head \
                else subject.guess
            return replace(subject, head=head, guess=guess)
    return subject


_BRACKETED = re.compile(r"\(([^()]*)\)")  # what a name says in brackets: "Film (France)"


def referred_entity(extraction: Extraction, subject: Subject) -> Subject:
    """A noun that names what a figure is about, not a measure, refers to the name before it in its paragraph.

    "... "Oppenheimer" collected $18.8 million. Globally, the film has earned $717 million": that film's
    takings, never another film's of another paragraph, nor a place named after "in"; a quoted title whole ('"Harbor
    of Ash"'), never its last words nor a dateline before it. In doubt (no name before),
    it stays as read. After "the", the names and adjectives before the noun describe the one named before ("The
    Universal horror film has now earned $88.4 million": that film's, never a measure "Universal horror film").
    """
    visible = extraction.article.visible
    if (cost := _cost_of_entity(extraction, subject)) is not None:
        return cost
    if subject.head not in ENTITY_NOUNS or _plural_entity(extraction, subject) or (subject.qualifiers and not (
            _DEFINITE_BEFORE.search(visible, max(0, subject.start - 8), subject.start)
            and "'" not in subject.name and "’" not in subject.name
            and all(q in subject.name.casefold() or q in _maker(visible, subject) for q in subject.qualifiers))):
        return subject
    # a place its clause names stays, in brackets after the noun ("In France, the film opened with": the film in France)
    bracketed = " ".join(_BRACKETED.findall(subject.name)).casefold().split()
    placed = tuple(q for q in subject.qualifiers if q in bracketed)
    if subject.qualifiers:  # "the Universal horror film": described, its words no part of the measure
        subject = replace(subject, complements=(), qualifiers=())
    named = name_referred(extraction, subject.start)
    if named is None:
        return replace(subject, qualifiers=placed)
    return Subject(subject.head, subject.complements, tuple(sorted({*named[0], *placed})),
                   f"{subject.name} ({named[1]})", subject.start,
                   f"metric: \"{subject.name}\" read as {named[1]}, the name before it",
                   kinds=subject.kinds, whole=subject.whole)


def _plural_entity(extraction: Extraction, subject: Subject) -> bool:
    """Whether a subject's noun for what figures are about is plural (in English, where plurals show).

    "The top eight films grossed" counts several, never the one title named before it.
    """
    if extraction.language != "en":
        return False
    nouns = [w for w in words_of(subject.name, subject.start, "en", -1) if w.part == NOUN]
    return bool(nouns) and nouns[-1].lemma in ENTITY_NOUNS and nouns[-1].text.casefold() != nouns[-1].lemma


def _maker(visible: str, subject: Subject) -> str:
    """The name of who made what a subject's noun names, right after it ("the drama from Ridgeline Studios"); or ""."""
    maker = _MAKER_AFTER.match(visible, subject.start + len(subject.name))
    return "" if maker is None else maker["name"].casefold()


def _cost_of_entity(extraction: Extraction, subject: Subject) -> Subject | None:
    """"The film cost $95 million to produce": "cost" between a subject and its amount is the verb, not a noun.

    The amount is the cost of the name the subject ("the film", "It") stands for before it in its paragraph:
    "Cost (Harbor Lights)", as '"Harbor Lights" cost' reads; with no name before it, a bare "Cost".
    """
    visible = extraction.article.visible
    words = subject.name.split()
    if extraction.language != "en" or not words or not _COST_VERB.fullmatch(words[-1]) \
            or not _AMOUNT_AFTER.match(visible, subject.start + len(subject.name)):
        return None
    pronoun = _AGENT_PRONOUN_BEFORE.search(visible, max(0, subject.start - 8), subject.start)
    if not (subject.complements and subject.complements[-1] in ENTITY_NOUNS and len(words) >= 2
            and words[-2].casefold() == subject.complements[-1]) and not (pronoun and len(words) == 1):
        return None
    named = name_referred(extraction, subject.start)
    if named is None:
        return replace(subject, complements=(), qualifiers=(), name=words[-1])
    return Subject(subject.head, (), named[0], f"{words[-1]} ({named[1]})", subject.start,
                   f"metric: \"{subject.name}\" read as the cost of {named[1]}, the name before it",
                   kinds=subject.kinds)


def name_referred(extraction: Extraction, at: int) -> tuple[tuple[str, ...], str] | None:
    """The name before `at` in its paragraph that a noun or pronoun standing for it refers to: its lemmas and text.

    A market's adverb opening a sentence ("Overseas, the film added") is where, never a name.
    """
    visible = extraction.article.visible
    start = extraction.paragraph_start(at, PARAGRAPH_WINDOW)
    # '"Glass Orchard" (Warner Bros.) fell': the title's studio in brackets is an aside, never what the noun refers to
    before = without_title_asides(visible[start:at])
    words = words_of(before, start, extraction.language, -1)
    # a day's or a month's name is a date, never what the noun refers to ("estimates on Sunday. The film added")
    def a_name(word: Word) -> bool:
        return word.part == PROPER and word.lemma.casefold() not in lexicon.TIME_NAME_WORDS \
            and not MARKET_SCOPE.fullmatch(word.text)  # "Overseas": a market, no name
    rest = list(reversed(words))
    names: list[Word] = []
    while rest and not names:
        rest = list(dropwhile(lambda w: not a_name(w), rest))
        names = list(takewhile(a_name, rest))
        rest = rest[len(names) :]
        # "earned $24.5 million in North America. The film added": a name after a preposition of place is where
        # the figure was taken, not what the noun refers to; the name before it is
        if rest and rest[0].text.casefold() in lexicon.PLACE_PREPOSITIONS:
            names = []
        # "The drama from Ridgeline Studios added $71 million ... the film": its maker, never what a noun refers to
        if len(rest) > 1 and rest[0].text.casefold() in lexicon.ENTITY_MAKER_PREPOSITIONS \
                and rest[1].lemma.casefold() in ENTITY_NOUNS:
            names = []
        # "The Lionsgate adventure played in 3,850 theaters. The film averaged": names between "the" and a noun
        # describe the one named before (its studio), never what the noun refers to
        after = words.index(names[0]) + 1 if names else len(words)
        if rest and rest[0].text.casefold() in lexicon.DEFINITE_ARTICLES and after < len(words) \
                and words[after].part == NOUN:
            names = []
        # 'said Dana Whitfield, Meridian's head of distribution. She said the film drew': one who speaks (right after
        # a verb of speech, or the subject of one, the first verb after the names) is never what the noun refers to
        speech = next((w for w in words[after:] if w.part == VERB), None) if names else None
        inverted = rest and _SPEECH_VERB.fullmatch(rest[0].text) \
            and _ATTRIBUTION_BEFORE.search(visible, max(0, rest[0].start - 4), rest[0].start)
        if inverted or (speech and _SPEECH_VERB.fullmatch(speech.text)):
            names = []
        # '"Audiences have been waiting," said': the capital opening a quoted sentence, no title, is no name either
        if names and visible[names[-1].start - 1 : names[-1].start] in lexicon.OPENING_QUOTES \
                and not _CLOSING_QUOTE.match(visible, names[0].end):
            names = []
        # 'finished ahead of "Paper Kingdom" with $12 million. Overseas, the picture added': a title ranked against
        # the film is never what the noun refers to; the film before it is
        if names and (ranked := ranked_title_span(visible, names[-1].start, names[0].end)) is not None:
            names, rest = [], [w for w in rest if w.end <= ranked[0]]
    if not names:
        return None
    title = quoted_title(visible, names[0].start, names[0].end)
    if title is not None:  # '"Harbor of Ash" opened ... The film averaged': the whole title, its small words too
        names = [w for w in reversed(words) if title[0] <= w.start and w.end <= title[1]]
    return tuple(sorted({w.lemma.casefold() for w in names})), " ".join(visible[names[-1].start : names[0].end].split())


def labelled_by_name(extraction: Extraction, subject: Subject, sentence_start: int) -> Subject:
    """A subject after a name and a dash opening its clause is the name's: "Segezha – выручка 21,6 млрд руб.".

    So is one after "у" and a name opening its clause: "У Тектона OIBDA выросла в 2,5 раза".

    Company reports and the posts that repeat them list results by name ("МТС – выручка 129,5 млрд руб.,
    Segezha – выручка 21,6 млрд руб."): the name is whose each measure is.
    """
    if subject.qualifiers or subject.owned:
        return subject
    visible = extraction.article.visible
    window_start = max(sentence_start, subject.start - _LABEL_REACH)
    window = visible[window_start : subject.start]  # bounded: a few words before the subject
    label = _NAME_LABEL.search(window)
    owner = _NAME_OWNER.search(window) if extraction.language == "ru" else None
    if owner is not None and (owner.start("name") > 0 or window_start == sentence_start):
        # a capitalised word inside the sentence is a name even where the dictionary knows a noun ("Тектона")
        words = words_of(owner.group("name"), window_start + owner.start("name"), extraction.language, -1)
        if words and all(w.part in (PROPER, NOUN) for w in words):
            return replace(subject, qualifiers=tuple(w.lemma.casefold() for w in words),
                           name=f"{subject.name} ({owner.group('name')})")
    if label is None or (label.start("name") == 0 and window_start != sentence_start):
        return subject
    words = words_of(label.group("name"), window_start + label.start("name"), extraction.language, -1)
    if not words or any(w.part != PROPER for w in words):
        return subject  # "Итог – выручка 21,6 млрд руб.": a noun of the dictionary labels no one's measure
    qualifiers = tuple(w.lemma.casefold() for w in words)
    return replace(subject, qualifiers=qualifiers, name=f"{subject.name} ({label.group('name')})")


def with_topic(extraction: Extraction, subject: Subject, sentence_start: int) -> Subject:
    """A subject named without a place takes the place the paragraph is about ("Italy's debt ... But the deficit").

    Only within a paragraph: across paragraphs, a brief subject is the one of its kind the article named. Only
    to a clause that names no owner of its own: "the euro zone's deficit", "Rivals reported revenue of $50
    billion" are not Italy's or Apple's, and the paragraph's topic ends there; nor to a sentence that opens by
    naming the whole ("In London, unemployment rose to 9%. Overall, unemployment was 8.1%": the country's).
    """
    visible = extraction.article.visible
    paragraph = extraction.paragraph_start(subject.start)
    if _WHOLE_OPENER.match(visible, dateline_end(visible, sentence_start)) and not subject.qualifiers:
        extraction.topic = (paragraph, ())
        return replace(subject, owned=True)  # the whole's: never a place's measure named briefly either
    if subject.qualifiers or subject.owned:
        extraction.topic = (paragraph, subject.qualifiers)
        return subject
    topic_paragraph, qualifiers = extraction.topic
    if topic_paragraph != paragraph or not qualifiers:
        return subject
    return Subject(subject.head, subject.complements, qualifiers, subject.name, subject.start, kinds=subject.kinds)
