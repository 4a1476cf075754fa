"""Figures that take their measure from the figure before: gapped clauses, currency twins, wholes and rates.

"Экспорт товаров вырос на 12,1%, импорт – на 8,4%": the imports are of goods too (the first clause's
qualifiers). "Явка в Алматы составила 41%, в Астане – 47%": the turnout of Astana. "$5 млрд (4,6 млрд
евро)": the same measure in euros, a metric of its own. "15624,3 млрд сумов из 68958,4 млрд сумов": the
whole of the part before. "9036,8 млрд сумов (темпы роста 18,5%)": the change of the measure just named.
"""

import re
from dataclasses import replace
from itertools import pairwise, takewhile

from factcheck import lexicon
from factcheck.extract.model import ExtractedFigure, Extraction, MetricKey
from factcheck.extract.names import NAME, QUOTED_NAME
from factcheck.extract.readers.metric.common import (
    PARENTHESIS,
    PEOPLE_NOUN,
    PER_KIND,
    UNNAMED,
    MetricReading,
    Subject,
    counts_things,
    key_words,
    known_key,
    metric_named,
    metric_unit,
)
from factcheck.extract.readers.metric.kinds import in_another_market
from factcheck.extract.readers.place import NamedPlace, clause_place, place_after
from factcheck.extract.thesaurus import concept_of
from factcheck.extract.words import ADJECTIVE, NOUN, PROPER, VERB, Word, through_last_noun, words_of
from factcheck.figures import FoundFigure
from factcheck.lexicon import (
    CHANGE_SUBJECT_HEADS,
    CONTRARY_WORDS,
    COUNT_HEADS,
    FLOW_CONCEPTS,
    GROUP_KEY_PREPOSITION,
    GROUP_PREPOSITIONS,
    GROUP_PREPOSITIONS_AFTER_ONLY,
    ISO_CODES,
    LIST_JOINS,
    PERIOD_NOUNS,
)
from factcheck.quantities import Amount

CLAUSE_JOINS = frozenset(word.casefold() for word in LIST_JOINS + CONTRARY_WORDS)
_TWIN_GAP = re.compile(r"\s*\(\s*")
# what is left of a gapped clause of a period alone once its period is blanked: ", в июле 2022 года - ", " and "
_DATED_GAP = re.compile(rf"\s*[,;]?\s*(?:(?:{'|'.join(LIST_JOINS + CONTRARY_WORDS)})\s+)?[-–—]?\s*", re.IGNORECASE)

# ", у «Сегежи» — на 57,5%": "у" and a name, then the dash that stands for the verb, in a clause of its own
_GAPPED_OWNER = re.compile(rf"[,;]\s*(?:(?:{'|'.join(lexicon.GAPPED_CLAUSE_CONJUNCTIONS)})\s+)?"
                           rf"(?i:{lexicon.any_of(lexicon.RU_OWNER_PREPOSITIONS)})\s+(?P<name>{QUOTED_NAME}|{NAME})"
                           r"\s*[-–—]\s*\Z")
_JOIN = re.compile(rf"(?<!\w){lexicon.any_of(lexicon.SHARED_SUBJECT_CONJUNCTIONS)}(?!\w)", re.IGNORECASE)

def parallel(extraction: Extraction, subject: Subject, previous: ExtractedFigure, words: list[Word]) -> Subject:
    """A gapped clause takes the qualifiers of the clause it parallels: its verb and qualifiers are left out.

    "Экспорт товаров вырос на 12,1%, импорт – на 8,4%", "goods exports rose 12.1%, imports 8.4%": the imports
    are of goods too. A clause with a verb of its own, or a subject qualified in its own words, says what it is.
    """
    if subject.complements or subject.qualifiers or any(w.part == VERB for w in words):
        return subject
    key = known_key(extraction, previous.metric)
    if key is None:
        return subject
    if subject.kinds:  # "Выручка холдинга «Север» ..., а чистая прибыль — 5,1 млрд": the holding's, its own measure
        return _owned_as_before(subject, previous.metric_name, key, extraction.language)
    head, complements, qualifiers, kinds = MetricKey.of(key)
    guess = f"metric: \"{subject.name}\" read with the qualifiers of the clause it parallels"
    if head != subject.head and any(w.start == subject.start and w.part == NOUN and w.case == "gent" for w in words):
        # (the first clause's own head in the genitive, "41 млн тонн зерна при урожайности 30 ц/га", is that head)
        # "продажи тракторов снизились на 15%, комбайнов – на 9%": a genitive alone is what the first head governs
        return Subject(head, (subject.head,), key_words(qualifiers), subject.name, subject.start, guess,
                       kinds=clause_kinds(kinds))
    if head == subject.head or not (complements or qualifiers or kinds):
        return subject
    return Subject(subject.head, key_words(complements), key_words(qualifiers), subject.name, subject.start, guess,
                   kinds=clause_kinds(kinds), whole=subject.whole)


def _owned_as_before(subject: Subject, name: str, key: str, language: str) -> Subject:
    """A gapped subject of its own kind with the owner of the clause it parallels, and nothing else of it.

    "Выручка холдинга «Север» составила 58 млрд рублей, а чистая прибыль — 5,1 млрд рублей": the holding's net
    profit; the names and the company noun before them are whose it is, any other complement says which measure.
    """
    _, complements, qualifiers, _ = MetricKey.of(key)
    owners = tuple(c for c in key_words(complements) if c in lexicon.COMPANY_NOUNS)
    if not key_words(qualifiers):
        return subject
    owned = {*owners, *key_words(qualifiers)}
    named = words_of(name, 0, language, 0)
    index = next((i for i, w in enumerate(named) if i and (concept_of(w.lemma).casefold() in owned
                                                          or w.lemma.casefold() in owned)), None)
    if index is None:
        return subject
    # "группы «Уральская сталь»": the noun the name is in apposition to, and the quotation mark, are the owner's too
    first = named[index - 1] if index > 1 and name[named[index - 1].end : named[index].start].strip() in \
        lexicon.OPENING_QUOTES and named[index - 1].part == NOUN and named[index - 1].case == "gent" else named[index]
    return replace(subject, complements=owners, qualifiers=key_words(qualifiers),
                   name=f"{subject.name} {name[first.start:]}",
                   guess=f"metric: \"{subject.name}\" of the owner of the clause it parallels")


def clause_kinds(kinds: str) -> tuple[str, ...]:
    """The kinds of a known key that a clause paralleling it shares: every one but the unit a level is per.

    "98 тыс. рублей за кв. м, цена квартиры – 4,5 млн рублей" is no price per square metre: each figure says
    for itself what unit it is per.
    """
    return tuple(kind for kind in kinds.split("+") if kind and not kind.startswith(PER_KIND))


def placed_parallel(extraction: Extraction, figure: FoundFigure, previous: ExtractedFigure,
                    floor: int, sentence_end: int) -> Subject | None:
    """A gapped clause of a place alone is the first clause's measure in that place.

    "Явка в Алматы составила 41%, в Астане – 47%", "turnout was 41% in the north and 47% in the south": the
    turnout of each place; the place replaces the first clause's, every other qualifier stays. A place right after
    the figure is its own; one right after the figure before is that figure's ("fell 5% in Texas and 2.6% in Ohio").
    """
    place = place_after(extraction, figure.end, sentence_end) or clause_place(
        extraction, floor, figure.start) or _gapped_owner(extraction, floor, figure.start)
    previous_place = place_after(extraction, previous.found.end, sentence_end)
    # "$88 million to date in North America and $205 million globally": a place before the "and" is the figure
    # before's, never the gapped clause's own
    joins = list(_JOIN.finditer(extraction.article.visible, previous.found.end, figure.start))
    if place is not None and joins and place.start < joins[-1].start() and place.start < figure.start:
        return None
    key = known_key(extraction, previous.metric)
    if place is None or place.start < floor or key is None or (
            previous_place is not None and previous_place.start == place.start):
        return None
    head, complements, qualifiers, kinds = MetricKey.of(key)
    # "Выручка МТС" -> "Выручка": the name without the first clause's owner or place, which this clause replaces
    name = " ".join(w.text for w in words_of(PARENTHESIS.sub("", previous.metric_name), 0, extraction.language, -1)
                    if w.lemma.casefold() not in key_words(qualifiers))
    guess = f"metric: the {name.casefold()} of {place.name}, the measure of the clause it parallels"
    return Subject(head, key_words(complements), place.words, f"{name} ({place.name})",
                   min(place.start, figure.start), guess, kinds=clause_kinds(kinds))  # a place after: the figure


def _gapped_owner(extraction: Extraction, floor: int, figure_start: int) -> NamedPlace | None:
    """Whose a Russian gapped clause's measure is: "Выручка МТС выросла на 8,4%, у «Сегежи» — на 57,5%"."""
    owner = _GAPPED_OWNER.search(extraction.article.visible, floor, figure_start) \
        if extraction.language == "ru" else None
    words = words_of(owner.group("name"), owner.start("name"), "ru", -1) if owner is not None else []
    if owner is None or not words or any(w.part not in (PROPER, NOUN) for w in words):
        return None
    return NamedPlace(tuple(w.lemma.casefold() for w in words), owner.group("name").strip("«»"), owner.start("name"))


def dated_parallel(extraction: Extraction, figure: FoundFigure, previous: ExtractedFigure,
                   start: int | None = None) -> bool:
    """Whether a figure is a gapped clause of a period alone after the figure before, in its unit: its measure.

    "Месяцем ранее показатель составлял 3,1%, в июле 2022 года - 3,9%", "It was 3.1% in June and 3.9% a year
    earlier": the same measure in another period. Not when another word stands between. The gap leaves out the
    thing counted with the measure: "9,4 тыс. человек, месяцем ранее — 10,1 тыс." (people, as before).
    """
    unit = metric_unit(figure)
    bare = unit == "count" and isinstance(figure.figure, Amount) and figure.figure.unit is None
    if previous.metric.startswith(UNNAMED) or (unit != metric_unit(previous.found) and not (
            bare and counts_things(previous.found))) or in_another_market(extraction, previous, figure):
        return False  # (", and $60 million from international markets": another market's measure)
    start, end = previous.found.end if start is None else start, figure.start  # `start`: a sentence's
    return bool(extraction.periods.within(start, end)) and bool(_DATED_GAP.fullmatch(
        extraction.periods.blanked(extraction.article.visible, start, end)))


def currency_twin(extraction: Extraction, figure: FoundFigure, previous: ExtractedFigure | None) -> Subject | None:
    """An amount in brackets right after an amount in another currency is the same measure in that currency.

    "up to US$ 489 billion (euro 368 billion)", "$5 млрд (4,6 млрд евро)": the euros are of the dollars'
    subject, in a metric of their own (currencies never convert).
    """
    if previous is None or not _TWIN_GAP.fullmatch(extraction.article.visible, previous.found.end, figure.start):
        return None
    unit, previous_unit = metric_unit(figure), metric_unit(previous.found)
    if unit == previous_unit or unit not in ISO_CODES or previous_unit not in ISO_CODES:
        return None
    key = known_key(extraction, previous.metric)
    if key is None:
        return None
    head, complements, qualifiers, kinds = MetricKey.of(key)
    return Subject(head, key_words(complements), key_words(qualifiers),
                   previous.metric_name, figure.start, kinds=clause_kinds(kinds))


def bare_twin(extraction: Extraction, figure: FoundFigure, previous: ExtractedFigure | None,
              sentence_start: int) -> MetricReading | None:
    """A bare number in brackets after an amount whose measure the sentence printed with a twin in brackets.

    "rose to £705 million (€1.03 billion) from £556 million (4818 million)": the second bracket restates the
    pounds as the first did, in euros; its currency was lost (a misprint verify then reports), so it is put on
    the euros' metric, marked as a guess.
    """
    if previous is None or metric_unit(figure) != "count" or metric_unit(previous.found) not in ISO_CODES \
            or not _TWIN_GAP.fullmatch(extraction.article.visible, previous.found.end, figure.start):
        return None
    in_sentence = list(takewhile(lambda f: f.found.start >= sentence_start, reversed(extraction.figures)))[::-1]
    for first, twin in pairwise(in_sentence):
        if first.metric == previous.metric and first is not previous and metric_unit(twin.found) in ISO_CODES \
                and metric_unit(twin.found) != metric_unit(first.found) \
                and _TWIN_GAP.fullmatch(extraction.article.visible, first.found.end, twin.found.start):
            return (twin.metric, twin.metric_name, None,
                    f"metric: a number with no unit in brackets, read as the {metric_unit(twin.found)} beside the "
                    "same measure before it")
    return None


def amount_of_share(extraction: Extraction, figure: FoundFigure,
                    previous: ExtractedFigure | None) -> MetricReading | None:
    """An amount in brackets right after a share restates the share as the part's amount: the share's measure.

    "на Ташкент приходится 22,65% (15624,3 млрд сумов из 68958,4 млрд сумов)": the 15624,3 is Tashkent's trade,
    the measure the 22,65% is a share of it for; the measure takes the amount's unit (a share has none of its own).
    """
    if previous is None or previous.share_of is None or metric_unit(figure) not in ISO_CODES | {"count"} \
            or not _TWIN_GAP.fullmatch(extraction.article.visible, previous.found.end, figure.start):
        return None
    name, unit, _ = extraction.metrics[previous.metric]
    if unit not in ("%", "", metric_unit(figure)):
        return None
    key = known_key(extraction, previous.metric)
    flow = key is not None and MetricKey.of(key).head in FLOW_CONCEPTS and metric_unit(figure) != "count"
    extraction.metrics[previous.metric] = (name, metric_unit(figure), flow)
    return previous.metric, name, None, "metric: the amount in brackets, read as the part the share before it is"


def names_a_change(subject: Subject) -> bool:
    """Whether a subject names a change, not a measure: "темпы роста", "the growth rate".

    Not with a place or owner of its own: "the lowest in Belgium (-0.8%)" is Belgium's rate.
    """
    return subject.head in CHANGE_SUBJECT_HEADS and not subject.qualifiers and all(
        word in CHANGE_SUBJECT_HEADS for word in subject.complements)


def whole_of(extraction: Extraction, part: ExtractedFigure, unit: str) -> MetricReading:
    """The metric of the whole a part is printed out of ("X из Y"): its own, never the part's.

    The whole of a share already named ("22,65% (15624,3 млрд сумов из 68958,4 млрд сумов)": the whole the 22,65%
    is of) is that whole, given the amount's unit.
    """
    share = extraction.figures[-2] if len(extraction.figures) > 1 and extraction.figures[-1] is part else None
    if share is not None and share.metric == part.metric and share.share_of is not None \
            and extraction.metrics[share.share_of][1] in ("count", unit):
        whole_name, _, _ = extraction.metrics[share.share_of]
        extraction.metrics[share.share_of] = (whole_name, unit, extraction.metrics[part.metric][2])
        return share.share_of, whole_name, None, "metric: the whole of the share before it"
    metric_id = metric_named(extraction, f"{part.metric_name} (the whole)", unit, extraction.metrics[part.metric][2])
    return metric_id, extraction.metrics[metric_id][0], None, "metric: the whole the figure before is a part of"


_CHANGE_NOUNS = frozenset(lexicon.CHANGE_NOUNS_UP + lexicon.CHANGE_NOUNS_DOWN)
FRONTED_GROUP_PREPOSITIONS = lexicon.FRONTED_GROUP_PREPOSITIONS
_GROUP_IN_NAME = re.compile(rf"\s+(?:{'|'.join(sorted(GROUP_PREPOSITIONS | set(GROUP_KEY_PREPOSITION.values())))})\s",
                            re.IGNORECASE)


def grouped_parallel(extraction: Extraction, figure: FoundFigure, previous: ExtractedFigure,
                     sentence: tuple[int, int], words: list[Word]) -> Subject | None:
    """A figure with no subject of its own, in a clause that names a group, is the first clause's measure for it.

    "The number of men enrolled fell 2.1 percent, compared with a 0.9 percent decrease for women",
    "уровень безработицы среди мужчин составил 4,6%, а у женщин – 3,8%", "тогда как
    среди женщин рост составил 1,1%": the group named after the figure, or between the figure before and it,
    is whose the figure is. What a count counts is the group ("the number of women"); any other measure keeps
    its complements but the group the first clause named, and takes this one.
    """
    key = known_key(extraction, previous.metric)
    phrase = _group_after(extraction, figure, sentence) or _group_before(extraction, words)
    if key is None or phrase is None:
        return None
    head, complements, qualifiers, kinds = MetricKey.of(key)
    group_key = GROUP_KEY_PREPOSITION[extraction.language]
    part = f"{group_key} " + " ".join(concept_of(w.lemma) for w in phrase)
    kept = () if head in COUNT_HEADS else tuple(
        c for c in key_words(complements) if c.split()[0] not in GROUP_PREPOSITIONS | {group_key})
    group = " ".join(extraction.article.visible[phrase[0].start : phrase[-1].end].split())
    # "Уровень безработицы среди мужчин" -> "Уровень безработицы (женщин)": the first clause's group is not this one's
    name = _GROUP_IN_NAME.split(PARENTHESIS.sub("", previous.metric_name), maxsplit=1)[0]
    return Subject(head, (*kept, part), key_words(qualifiers), f"{name} ({group})", min(phrase[0].start, figure.start),
                   f"metric: the {name.casefold()} of {group}, the group its clause names",
                   kinds=clause_kinds(kinds))


def _group_phrase(words: list[Word], language: str) -> list[Word]:
    """The noun phrase of a group right after its preposition: adjectives and nouns, no article, a noun last.

    An English verb form there, before a noun, is a participle used as an adjective ("for existing homes"): after
    a preposition no finite verb stands.
    """
    phrase = list(takewhile(lambda w: w.part in (ADJECTIVE, NOUN) and not w.after_break
                            and (language != "ru" or w.case == "gent"), _participles_as_adjectives(words, language)))
    phrase = through_last_noun(phrase)
    if not phrase or any(w.lemma.casefold() in PERIOD_NOUNS for w in phrase):
        return []
    return phrase


def _participles_as_adjectives(words: list[Word], language: str) -> list[Word]:
    """English verb forms before a noun, read as the adjectives they are there ("existing homes")."""
    if language != "en":
        return words
    leading = list(takewhile(lambda w: w.part == VERB and not w.after_break, words))
    if not leading or len(words) == len(leading) or words[len(leading)].part not in (ADJECTIVE, NOUN):
        return words
    return [replace(w, part=ADJECTIVE) for w in leading] + words[len(leading):]


def _group_after(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int]) -> list[Word] | None:
    """A group right after the figure, past a noun of change: "a 0.9 percent decrease for women"."""
    visible = extraction.article.visible
    after = words_of(visible[figure.end : sentence[1]], figure.end, extraction.language, sentence[0])
    after = list(takewhile(lambda w: not w.after_break, after))
    prepositions = GROUP_PREPOSITIONS
    if after and (after[0].lemma.casefold() in CHANGE_SUBJECT_HEADS or after[0].text.casefold() in _CHANGE_NOUNS):
        after, prepositions = after[1:], prepositions | lexicon.GROUP_PREPOSITIONS_AFTER_CHANGE_NOUN  # "a 0.5% dip"
    if len(after) < 2 or after[0].lemma.casefold() not in prepositions \
            or extraction.periods.within(after[1].start, after[-1].end):
        return None
    return _group_phrase(after[1:], extraction.language) or None


def _group_before(extraction: Extraction, words: list[Word]) -> list[Word] | None:
    """A group between the figure before and the figure, the clause naming nothing else: "а у женщин – 3,8%"."""
    clause = max((i for i, w in enumerate(words) if w.after_break), default=0)
    words = words[clause:]  # ", тогда как среди женщин рост составил 1,1%": its own clause, past a comma
    for index, word in enumerate(words):
        phrase = _group_phrase(words[index + 1 :], extraction.language)
        # "and for men it was 4.4%": "for" before a noun of people names a group there too
        people = word.lemma.casefold() in FRONTED_GROUP_PREPOSITIONS and bool(phrase) and bool(
            PEOPLE_NOUN.fullmatch(phrase[-1].text))
        if word.lemma.casefold() in GROUP_PREPOSITIONS - GROUP_PREPOSITIONS_AFTER_ONLY or people:
            rest = words[:index] + words[index + 1 + len(phrase) :]
            if phrase and not any(w.part in (NOUN, PROPER) and w.lemma.casefold() not in CHANGE_SUBJECT_HEADS
                                  for w in rest):
                return phrase
            return None
    return None
