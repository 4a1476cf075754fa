"""What a figure measures: the subject of its clause, grouped the way a journalist groups figures.

The subject is found by reading back from the figure: past the verb and prepositions that govern the figure
("dropped to", "составил", "выросли на") to the first noun phrase that is not inside a prepositional phrase.
Its head (the first noun in Russian, the last in English), the complements it governs ("добыча нефти",
"exports of oil") and the places and names that qualify it ("Italy's debt", "в Казахстане") make the
metric's key. Heads are lemmatised and mapped through the thesaurus, so "товарооборот" and "торговля" are one
metric, while "перевозки нефти" and "перевозки" stay two: different subjects are never merged. A metric holds
figures of one unit: a percentage of a money metric is a metric of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import takewhile

from factcheck.extract.model import Extraction
from factcheck.extract.sources import CITED
from factcheck.extract.text import slug
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
    words_of,
)
from factcheck.figures import FoundFigure
from factcheck.lexicon import (
    FLOW_CONCEPTS,
    NEVER_SUBJECT_WORDS,
    RELATIVE_PRONOUN_STEMS,
    TARGET_WORDS,
    WEAK_SUBJECT_WORDS,
)
from factcheck.quantities import Amount, Ratio, unit_label

_SUBJECT_PARTS = (NOUN, PROPER, ADJECTIVE)
_OF = frozenset({"of"})
# the start of a change, printed as a value: "from $13.48 billion", "с 7,5%", "compared to $3.0 billion"
_CHANGE_START = re.compile(r"(?:from|с|со|против|against)\s", re.IGNORECASE)
_CHANGE_START_BEFORE = re.compile(r"(?:\bfrom|\bс|\bсо|\bпротив|\bagainst|\bvs\.?|\bversus|\bcompared\s+(?:to|with)|"
                                  r"по\s+сравнению\s+с)\s*$", re.IGNORECASE)
# the end of a change: "rose 8% to $14.55 million", "вырос на 62% – до 4,5 млн тонн"
_CHANGE_END = re.compile(r"(?:to|до)\s", re.IGNORECASE)
_CHANGE_END_BEFORE = re.compile(r"(?:\bto|\bдо|[-–—])\s*$", re.IGNORECASE)
_UNNAMED = "figure-at-line-"
_OF_GDP = re.compile(r"\s*(?:of\s+(?:the\s+)?)?(?:gdp\b|gross\s+domestic\s+product|ввп\b|валового\s+внутреннего\s+"
                     r"продукта)", re.IGNORECASE)
_OF_WHOLE = re.compile(r"\s+(?:of\s+(?:all\s+|the\s+|total\s+)*|от\s+(?:всего\s+|общего\s+)?)([^\W\d][\w\s-]{2,40}?)"
                       r"(?=[,.;:()]|\s+(?:in|at|for|was|were|is|в|за|и|and)\b|$)", re.IGNORECASE)
_RELATIVE_CLAUSE = re.compile(r",\s*(?:куда|где|котор\w+|which|who|whom|whose|where)\b[^,.;:!?]{0,200}(?=,)",
                              re.IGNORECASE)
# "уменьшились на 6,3% и составляют 32 122 рубля", "rose 5% and reached $3 bn": one subject, two predicates
_SHARED_SUBJECT = re.compile(r"^\W*(?:и|а\s+также|and|while)\s", re.IGNORECASE)
_RELATIVE_PRONOUN = re.compile(rf"(?:{'|'.join(RELATIVE_PRONOUN_STEMS)})", re.IGNORECASE)
_PERIOD_PREPOSITION = re.compile(r"\b(?:в|во|за|на|с|к|по|до|in|for|during|over|since|by|at|of|until|through|"
                                 r"from|to)\s+(?:the\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Subject:
    """The noun phrase a figure is about."""

    head: str  # the concept of the head noun
    complements: tuple[str, ...]  # lemmas of the nouns it governs: "нефть" in "добыча нефти"
    qualifiers: tuple[str, ...]  # places and names: "italy", "казахстан"
    name: str  # as written in the article
    start: int  # where the phrase starts in the text

    @property
    def key(self) -> str:
        """Figures with one key are one metric."""
        return "|".join((self.head, "+".join(sorted(self.complements)), "+".join(sorted(self.qualifiers))))


def note_unit(extraction: Extraction, metric: str, figure: FoundFigure) -> None:
    """A metric first seen through a change gets its unit from its first amount."""
    name, unit, flow = extraction.metrics[metric]
    if not unit and isinstance(figure.figure, Amount):
        extraction.metrics[metric] = (name, metric_unit(figure), flow)


def metric_of(
    extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int], last_metric: dict[str, str]
) -> tuple[str, str, int | None, str | None]:
    """The metric a figure measures, its name, where its subject starts, and what to check about it."""
    visible = extraction.article.visible
    unit = metric_unit(figure)
    last = extraction.figures[-1] if extraction.figures else None
    previous = last if last is not None and sentence[0] <= last.found.start and last.found.end <= figure.start \
        else None
    floor = previous.found.end if previous is not None else sentence[0]
    words = _masked_words(extraction, floor, figure.start, sentence[0])
    subject = _counted(extraction, figure, sentence[1]) or _subject(words, extraction.language, visible, sentence[0])
    if subject is not None:
        subject = _with_topic(extraction, subject)
    if subject is not None and subject.head in TARGET_WORDS:
        if unit in last_metric:  # "цель в $1 млрд": a target for the metric the text is about
            metric_id = last_metric[unit]
            return metric_id, extraction.metrics[metric_id][0], None, "metric: the target's metric is a guess"
        subject = None
    previous_unit = _unit_of(extraction, previous.metric) if previous is not None else ""
    lead_in = visible[max(floor, figure.start - 20) : figure.start]
    starts_change = bool(_CHANGE_START.match(figure.text) or _CHANGE_START_BEFORE.search(lead_in))
    ends_change = previous is not None and previous.found.form == "change" and bool(
        _CHANGE_END.match(figure.text) or _CHANGE_END_BEFORE.search(lead_in))
    amount = isinstance(figure.figure, Amount) and figure.figure.unit is not None
    shares_subject = previous is not None and bool(_SHARED_SUBJECT.search(visible[previous.found.end : figure.start])) \
        and any(word.part == VERB for word in words)
    if subject is None and previous is not None and shares_subject and not previous.metric.startswith(_UNNAMED):
        return (previous.metric, previous.metric_name, None,
                "metric: the subject of the previous figure, whose sentence goes on")
    # "вырос на 20%, а внутренний — на 85%", "followed by the Americas (+6%)": a change of another subject
    elided = figure.form == "change" and any(w.part in (NOUN, PROPER, ADJECTIVE) for w in words)
    if subject is None and previous is not None and not elided and (
            figure.form == "change" or starts_change or ends_change) and (
            (figure.form == "change" and not amount) or unit == previous_unit or not previous_unit):
        # "$547 млн, втрое больше", "rose 8% to $14.55 million from $13.48 billion": the same metric
        same = previous
        if starts_change:  # "$3.3 billion or $0.66 a share, compared to $3.0 billion": the named one in its unit
            in_sentence = takewhile(lambda f: f.found.start >= sentence[0], reversed(extraction.figures))
            same = next((f for f in in_sentence if _unit_of(extraction, f.metric) == unit
                         and not f.metric.startswith(_UNNAMED)), previous)
        return same.metric, same.metric_name, None, None
    if subject is None:
        return _unnamed(extraction, figure, unit)
    exact = subject.key in extraction.metric_keys
    metric_id = _metric_for(extraction, subject, unit, figure.form == "change" and not amount)
    if unit:
        last_metric[unit] = metric_id
    merged = not exact and extraction.metric_keys.get(subject.key) != [metric_id]
    merge_check = f"metric: \"{subject.name}\" taken as the same measure as the metric's name" if merged else None
    return metric_id, extraction.metrics[metric_id][0], subject.start, merge_check


def _counted(extraction: Extraction, figure: FoundFigure, sentence_end: int) -> Subject | None:
    """A bare number counts the noun after it: "160,000 Hongkongers", "39 analysts", "130 новых видов товаров"."""
    if not isinstance(figure.figure, Amount) or figure.figure.unit is not None or figure.form != "value":
        return None
    visible = extraction.article.visible
    following = words_of(visible[figure.end : min(sentence_end, figure.end + 60)], figure.end,
                         extraction.language, -1)
    for word in following[:3]:
        if word.after_break or word.part in (VERB, PREPOSITION, NUMBER):
            return None
        if word.part in (NOUN, PROPER) and word.lemma.casefold() not in NEVER_SUBJECT_WORDS:
            name = " ".join(visible[figure.end : word.end].split())
            return Subject(concept_of(word.lemma), (), (), name, figure.start)
    return None


def share_of(extraction: Extraction, figure: FoundFigure, metric_id: str) -> str | None:
    """The whole a percentage is a share of, as a metric id: "86.7% of GDP", "3,6% ВВП", "42% of all receipts".

    The whole is a metric of its own, declared with no figure when the article gives none; a percentage of
    GDP belongs to the place its part is about ("Italy's debt, 131.8% of GDP": Italy's GDP).
    """
    percent = metric_unit(figure) == "%" or (isinstance(figure.figure, Ratio) and figure.figure.percent)
    if figure.form != "value" or not percent:
        return None
    visible = extraction.article.visible
    after = visible[figure.end : figure.end + 80]
    gdp = _OF_GDP.match(after)
    if gdp is not None:
        qualifiers = next((key.split("|")[2] for key, ids in extraction.metric_keys.items() if metric_id in ids), "")
        place = qualifiers.split("+")[0] if qualifiers else ""
        name = f"GDP ({place.capitalize()})" if place else ("ВВП" if extraction.language == "ru" else "GDP")
        whole = slug(f"gdp {place}")
        extraction.metrics.setdefault(whole, (name, "count", True))
        return whole
    whole_match = _OF_WHOLE.match(after)
    if whole_match is None:
        return None
    words = [w for w in words_of(whole_match.group(1), figure.end + whole_match.start(1), extraction.language, -1)
             if w.part in (NOUN, PROPER, ADJECTIVE)]
    nouns = [w for w in words if w.part == NOUN and w.lemma.casefold() not in NEVER_SUBJECT_WORDS]
    if not nouns:
        return None
    head = concept_of(nouns[0].lemma if extraction.language == "ru" else nouns[-1].lemma)
    known = [ids for key, ids in extraction.metric_keys.items() if key.split("|")[0] == head]
    if len(known) == 1 and known[0][0] != metric_id:
        return known[0][0]  # "42% of all tourism receipts": the receipts the article gives
    name = " ".join(visible[words[0].start : words[-1].end].split())
    whole = slug(name)
    if whole == metric_id:
        return None
    extraction.metrics.setdefault(whole, (name[:1].upper() + name[1:], "count", head in FLOW_CONCEPTS))
    return whole


def _with_topic(extraction: Extraction, subject: Subject) -> Subject:
    """A subject named without a place takes the place the paragraph is about ("Italy's debt ... But the deficit").

    Only within a paragraph: across paragraphs, a brief subject is the one of its kind the article named.
    """
    paragraph = extraction.article.visible.rfind("\n\n", 0, subject.start)
    if subject.qualifiers:
        extraction.topic = (paragraph, subject.qualifiers)
        return subject
    topic_paragraph, qualifiers = extraction.topic
    if topic_paragraph != paragraph or not qualifiers:
        return subject
    return Subject(subject.head, subject.complements, qualifiers, subject.name, subject.start)


def _unit_of(extraction: Extraction, metric_id: str) -> str:
    return extraction.metrics[metric_id][1]


def _metric_for(extraction: Extraction, subject: Subject, unit: str, change: bool) -> str:
    """The metric of a subject in a unit: an existing one with the same key and unit, or a new one."""
    known = extraction.metric_keys.get(subject.key, []) or _same_head(extraction, subject)
    for metric_id in reversed(known):  # the same subject: its metric in this unit
        metric_unit_ = _unit_of(extraction, metric_id)
        if change or not unit or not metric_unit_ or metric_unit_ == unit:
            return metric_id
    name = subject.name[:1].upper() + subject.name[1:]
    if known:
        name = f"{name} ({unit or 'count'})"  # one metric, one unit: the subject in another unit is another metric
    metric_id = base = slug(name)
    suffix = 2
    while metric_id in extraction.metrics:
        metric_id = f"{base}-{suffix}"
        suffix += 1
    extraction.metrics[metric_id] = (name, unit, subject.head in FLOW_CONCEPTS and unit not in ("%", ""))
    extraction.metric_keys.setdefault(subject.key, []).append(metric_id)
    return metric_id


def _same_head(extraction: Extraction, subject: Subject) -> list[str]:
    """The metrics of the one known subject with this head, when the subject is named more briefly or fully.

    "торговля" after "товарооборот между Казахстаном и Азербайджаном" is that trade; with two trades known,
    it could be either, and none is chosen.
    """
    prefix = subject.head + "||"  # the same head and no complement: "перевозки нефти" is another measure
    keys = [key for key in extraction.metric_keys if key.startswith(prefix)]
    brief = not subject.complements and not subject.qualifiers
    if len(keys) == 1 and brief:
        return extraction.metric_keys[keys[0]]
    return []


def _unnamed(extraction: Extraction, figure: FoundFigure, unit: str) -> tuple[str, str, int | None, str | None]:
    """A figure whose subject the extractor cannot name gets a metric of its own: never merged by guess."""
    place = extraction.article.place(extraction.article.source_offset(figure.start))
    name = f"Figure at line {place.line}, column {place.column}"
    metric_id = slug(name)
    extraction.metrics.setdefault(metric_id, (name, unit, False))
    return metric_id, extraction.metrics[metric_id][0], None, "metric: no subject found; name it, or merge it"


def _masked_words(extraction: Extraction, start: int, end: int, sentence_start: int) -> list[Word]:
    """The words between start and end, without periods and cited sources ("in 2023", "по данным X")."""
    visible = extraction.article.visible
    text = list(visible[start:end])
    for mention in extraction.periods.within(start, end):
        governing = _PERIOD_PREPOSITION.search(visible, max(start, mention.start - 12), mention.start)
        first = governing.start() if governing else mention.start  # "в 2023 году" goes with its preposition
        text[first - start : mention.end - start] = "," + " " * (mention.end - first - 1)  # a phrase stops there
    joined = CITED.sub(_without_cited_source, "".join(text))
    # ", куда входят доходы минус платежи," / ", which ...,": a relative clause never holds the subject
    joined = _RELATIVE_CLAUSE.sub(lambda clause: "," + " " * (len(clause.group(0)) - 1), joined)
    return words_of(joined, start, extraction.language, sentence_start)


def _without_cited_source(cited: re.Match[str]) -> str:
    """A cited source blanked ("по данным X"); after "согласно которым" the clause goes on, subject and all."""
    if _RELATIVE_PRONOUN.match(cited.group(1)):
        return " " * (cited.start(1) - cited.start()) + cited.group(1)
    return " " * len(cited.group(0))


def _is_subject_word(word: Word) -> bool:
    return word.part in _SUBJECT_PARTS and word.lemma.casefold() not in NEVER_SUBJECT_WORDS and len(word.lemma) > 1


def _subject(words: list[Word], language: str, visible: str, sentence_start: int) -> Subject | None:
    """Read back from the figure to the first noun phrase outside a prepositional phrase."""
    index = len(words) - 1
    complements: list[str] = []
    qualifiers: list[str] = []
    while index >= 0:
        if not _is_subject_word(words[index]):
            index -= 1
            continue
        end = index
        while index >= 0 and words[index].part in _SUBJECT_PARTS:
            index -= 1
            if words[index + 1].after_break:
                break  # a noun phrase does not cross a comma, a dash or a bracket
        run = words[index + 1 : end + 1]
        before = index
        while before >= 0 and words[before].part in (DETERMINER, ADJECTIVE, NUMBER):
            before -= 1
        governed = before >= 0 and words[before].part == PREPOSITION
        proper = [w.lemma.casefold() for w in run if w.part == PROPER]
        nouns = [w for w in run if _is_subject_word(w) and w.part == NOUN]
        if governed:
            # "of oil" is what the subject measures; "in Kazakhstan", "по трубопроводу BTC" say where
            if words[before].lemma in _OF or (language == "ru" and not proper):
                complements += [concept_of(w.lemma) for w in nouns] if words[before].lemma in _OF else []
            qualifiers += proper
            index = before - 1
            continue
        if not nouns:
            qualifiers += proper  # "Intel", "Eurostat" alone: a name, and the subject is still to come
            continue
        if language == "ru":
            # the head is the noun in the nominative (or accusative) case; what it governs follows it
            head_word = next((w for w in nouns if w.case in ("nomn", "accs")), nouns[0])
            dependents = [w for w in nouns if w.start > head_word.start and w.case == "gent"]
            others = [concept_of(w.lemma) for w in dependents if not w.animate]
            qualifiers += [w.lemma for w in dependents if w.animate]  # "доходы россиян": whose, not what
        else:
            head_word = nouns[-1]
            others = [concept_of(w.lemma) for w in nouns if w is not head_word]
        qualifiers += proper  # "Italy's public debt", "Data Center Group revenue": whose
        head = concept_of(head_word.lemma)
        if head in WEAK_SUBJECT_WORDS and others:
            head, others = others[0], others[1:]  # "объём торговли", "volume of trade" are about trade
        elif head in WEAK_SUBJECT_WORDS and not complements:
            continue
        if any(w.possessive for w in words[max(0, index - 1) : index + 1]) and not qualifiers:
            qualifiers += _first_name_of_sentence(words)  # "Greece ... saw its debt drop": Greece's debt
        if before >= 1 and words[before].part == VERB and words[before - 1].part == PROPER and not qualifiers:
            qualifiers.append(words[before - 1].lemma.casefold())  # "Paris had a deficit": the deficit of Paris
        start = run[0].start
        name_end = max(w.end for w in run)
        name = " ".join(visible[start:name_end].split())
        if not name[:1].isupper() or run[0].part != PROPER:
            name = name[:1].casefold() + name[1:] if run[0].part != PROPER else name
        return Subject(head, tuple(others + complements), tuple(sorted(set(qualifiers))), name, start)
    return None


def _first_name_of_sentence(words: list[Word]) -> list[str]:
    """The name a sentence starts with: "Greece, which ..., saw its debt".

    A capitalised first word before a comma or a verb is a name, not a common noun.
    """
    if len(words) > 1 and words[0].text[:1].isupper() and (words[1].after_break or words[1].part == VERB):
        return [words[0].lemma.casefold()]
    return [w.lemma.casefold() for w in words[:8] if w.part == PROPER][:1]


def metric_unit(figure: FoundFigure) -> str:
    """The unit a metric of this figure is written in: USD, t, %, or count."""
    if isinstance(figure.figure, Amount) and figure.figure.unit is not None:
        label = unit_label(figure.figure.unit)
        return {"metric_ton": "t", "tonne": "t", "ton": "t"}.get(label, label)
    if isinstance(figure.figure, Amount):
        return "count"
    return ""
