"""What every rule group of the metric reader shares: the subject, the kinds it carries, the words it is read from.

A `Subject` is the noun phrase a figure is about, reduced to a key: "добыча нефти в Казахстане" is the head
"добыча", the complement "нефть" and the qualifier "казахстан". The kinds named here are the ones a rule adds
to a subject ("seasonally-adjusted", "per-share", "market-abroad"): the metric id rules read them back.
"""

import re
from dataclasses import dataclass

from factcheck import lexicon
from factcheck.extract.model import Extraction, MetricKey
from factcheck.extract.readers.cites import CITED
from factcheck.extract.readers.metric.set_off import without_title_asides
from factcheck.extract.text import (
    APPOSITIVE_ASIDE,
    CONNECTIVE_ASIDE,
    RELATIVE_CLAUSE_WITH_LIST,
    SPOKEN_ASIDE,
    headline_proper_end,
    slug,
)
from factcheck.extract.words import ADJECTIVE, NOUN, PROPER, Word, headline_verbs, words_of
from factcheck.figures import FoundFigure
from factcheck.lexicon import (
    FLOW_CONCEPTS,
    NEVER_SUBJECT_UNIT_WORDS,
    NEVER_SUBJECT_WORDS,
    PERIOD_NOUNS,
    PHRASAL_PARTICLES,
    RELATIVE_PRONOUN_STEMS,
    TIME_NAME_WORDS,
)
from factcheck.not_figures import AGE
from factcheck.quantities import Amount, unit_label
from factcheck.units import FigureError, resolve_unit

_any = lexicon.any_of  # one group of any of a table's words
# ", the average number of babies a woman is expected to bear," up to the comma that closes it
_DEFINITE_APPOSITION = re.compile(rf",\s*{_any(lexicon.EN_DEFINITE_ARTICLES)}\s[^,.;:!?\d\n]{{1,120}}(?=,)",
                                  re.IGNORECASE)

# The kinds a rule adds to a subject, each a measure of its own
ADJUSTMENT_KINDS = ("seasonally-adjusted", "unadjusted")
RUNNING_TOTAL_KIND = "running-total"
MARKET_KIND = "market-"  # the kind of a figure of one market: "market-domestic", "market-abroad"
PER_KIND = "per-"  # the kind of a level per unit ("per-share", "per-кв м"): never the total it is a part of
SUPERLATIVE = "singled-out"  # the kind of a measure named with a superlative: the top item of a list

UNNAMED = "figure-at-line-"  # the metric ids of figures whose subject is not found
ARTICLE = rf"(?:{_any(lexicon.EN_ARTICLES)}\s+)?"
PEOPLE_NOUN = re.compile(lexicon.AGE_PEOPLE_EN, re.IGNORECASE)  # a noun of people: "women", "young people", "graduates"
PARENTHESIS = re.compile(r"\s*\(.*$")  # what a metric's name says in brackets: "Receipts (Europe)"
PARAGRAPH_WINDOW = 600  # characters of its paragraph read back for the measure or name a sentence leaves unnamed
# punctuation between a number and the next word: a phrase does not cross it
BREAK_BEFORE = re.compile(r"[^\w]*[,;:()–—]")
SUBJECT_PARTS = (NOUN, PROPER, ADJECTIVE)
# what the reader returns for a figure: its metric id, the metric's name, where its subject starts, what to check
MetricReading = tuple[str, str, int | None, str | None]

_PEOPLE_BEFORE_AGE = re.compile(rf"{lexicon.AGE_PEOPLE_EN}\s", re.IGNORECASE)
_AGE_COMPARATIVE = re.compile(rf"\s*{_any(lexicon.AGE_COMPARATIVES_EN)}\b", re.IGNORECASE)
_COMPARATIVES = frozenset(lexicon.FRACTION_COMPARATIVES)
_PART_CONNECTIVE = re.compile(rf"(?<!\w){_any(lexicon.RU_PART_CONNECTIVES)}(?!\w)", re.IGNORECASE)
_RELATIVE_PRONOUN = re.compile(rf"(?:{'|'.join(RELATIVE_PRONOUN_STEMS)})", re.IGNORECASE)


@dataclass(frozen=True)
class Subject:
    """The noun phrase a figure is about."""

    head: str  # the concept of the head noun
    complements: tuple[str, ...]  # lemmas of the nouns it governs: "нефть" in "добыча нефти"
    qualifiers: tuple[str, ...]  # places and names: "italy", "казахстан"
    name: str  # as written in the article
    start: int  # where the phrase starts in the text
    guess: str | None = None  # what the reader should check when the subject is read from beyond its clause
    kinds: tuple[str, ...] = ()  # adjectives that make it a measure of its own: "кондитерские", "international"
    whole: bool = False  # said to be the total ("суммарный турпоток", "total passengers"): never one of its kinds
    # its clause names whose it is in words that are no name: "the euro zone's deficit", "rivals reported revenue"
    owned: bool = False

    @property
    def key(self) -> str:
        """Figures with one key are one metric: the head and every qualifier that splits measures agree."""
        return MetricKey(self.head, "+".join(sorted(self.complements)), "+".join(sorted(self.qualifiers)),
                         "+".join(sorted(self.kinds))).text


def known_key(extraction: Extraction, metric_id: str) -> str | None:
    """The key of the subject a known metric was made for, if any."""
    return next((key for key, ids in extraction.metric_keys.items() if metric_id in ids), None)


def known_head(extraction: Extraction, metric_id: str) -> str | None:
    """The head of the key a known metric was made for ("revenue" of "revenue|company||"), if any."""
    key = known_key(extraction, metric_id)
    return MetricKey.of(key).head if key is not None else None


def metrics_of_head(extraction: Extraction, head: str) -> list[list[str]]:
    """The metric ids of every known key with this head ("revenue": the company's, a segment's, ...)."""
    return [ids for key, ids in extraction.metric_keys.items() if MetricKey.of(key).head == head]


def key_words(field: str) -> tuple[str, ...]:
    """The words of one field of a key ("нефть+газ"): its complements, qualifiers or kinds."""
    return tuple(filter(None, field.split("+")))


def title_kinds(kinds: tuple[str, ...]) -> tuple[str, ...]:
    """The kinds of a title's measure less its market and its running total: what "its" next figure keeps."""
    return tuple(kind for kind in kinds if kind != RUNNING_TOTAL_KIND and not kind.startswith(MARKET_KIND))


def metric_unit(figure: FoundFigure) -> str:
    """The unit a metric of this figure is written in: USD, t, %, or count."""
    if isinstance(figure.figure, Amount) and figure.figure.unit is not None:
        label = unit_label(figure.figure.unit)
        return {"metric_ton": "t", "tonne": "t", "ton": "t"}.get(label, label)
    if isinstance(figure.figure, Amount):
        return "count"
    return ""


def counts_things(figure: FoundFigure) -> bool:
    """Whether a figure is a count in a unit of things counted ("51.2 million units", "1,200 people")."""
    return isinstance(figure.figure, Amount) and figure.figure.unit is not None \
        and figure.figure.unit.is_counting_unit


def counting_label(label: str) -> bool:
    """Whether a metric's unit label counts things ("people", "vehicles", "TEU"): a bare number reads in it."""
    try:
        return resolve_unit(label, live=False).is_counting_unit
    except FigureError:
        return False


def unit_of(extraction: Extraction, metric_id: str) -> str:
    """The unit of a known metric ("" until its first amount gives it one)."""
    return extraction.metrics[metric_id][1]


def note_unit(extraction: Extraction, metric: str, figure: FoundFigure) -> None:
    """A metric first seen through a change gets its unit from its first amount, and with it whether it is a flow.

    "Налоговые доходы выросли на 11% и достигли 41,5 млрд рублей": the change made the metric with no unit, so no
    flow; the amount says the revenue is one, as it would have had it come first.
    """
    name, unit, flow = extraction.metrics[metric]
    if not unit and isinstance(figure.figure, Amount):
        unit = metric_unit(figure)
        flow = flow or (unit != "%" and any(metric in ids and MetricKey.of(key).head in FLOW_CONCEPTS
                                            for key, ids in extraction.metric_keys.items()))
        extraction.metrics[metric] = (name, unit, flow)


def metric_named(extraction: Extraction, name: str, unit: str, flow: bool) -> str:
    """The metric of a name a reader makes ("Enrollment (Iowa)", "Receipts (the whole)").

    The one of that name in the unit or with no unit yet, else a new one, its id numbered past those of other units.
    """
    metric_id = base = slug(name)
    suffix = 2
    while metric_id in extraction.metrics and extraction.metrics[metric_id][1] not in ("", unit):
        metric_id = f"{base}-{suffix}"
        suffix += 1
    extraction.metrics.setdefault(metric_id, (name, unit, flow))
    return metric_id


def _to_comma(aside: re.Match[str]) -> str:
    """An aside blanked to the comma that opens it, so a noun phrase stops there and offsets stay."""
    return "," + " " * (len(aside.group(0)) - 1)


def masked_words(extraction: Extraction, start: int, end: int, sentence_start: int) -> list[Word]:
    """The words between start and end, without periods and cited sources ("in 2023", "по данным X")."""
    # "в 2023 году" goes with its preposition, and a noun phrase stops there
    blanked = extraction.periods.blanked(extraction.article.visible, start, end, ",")
    # "данные «Автостата», согласно которым продажи выросли": the clause after the pronoun names its own subject,
    # and nothing before the pronoun is part of it
    relative = [cited.start(1) for cited in CITED.finditer(blanked) if _RELATIVE_PRONOUN.match(cited.group(1))]
    if relative:
        blanked = " " * relative[-1] + blanked[relative[-1] :]
    joined = CITED.sub(_without_cited_source, blanked)
    # ", куда входят доходы минус платежи," / ", which ...,": a relative clause never holds the subject
    joined = RELATIVE_CLAUSE_WITH_LIST.sub(_to_comma, joined)
    joined = APPOSITIVE_ASIDE.sub(_to_comma, joined)  # ", a proxy for X,"
    joined = SPOKEN_ASIDE.sub(_to_comma, joined)  # ", the agency said,"
    joined = CONNECTIVE_ASIDE.sub(_to_comma, joined)  # ", by contrast,"
    if extraction.language == "ru":  # "в том числе" opens a part: no preposition of the noun after it
        joined = _PART_CONNECTIVE.sub(_to_comma, joined)
    if extraction.language == "en":
        joined = _without_definite_apposition(joined, start, sentence_start)
        # "students aged 25 and older dropped": the age bounds whom the measure counts ("older" is no subject); the
        # metric reader names it as a kind (`kinds.aged`)
        joined = AGE.sub(_without_age, joined)
        # '"Glass Orchard" (Warner Bros.) slipped': the title's studio in brackets is an aside, the title the subject
        joined = without_title_asides(joined)
    words = words_of(joined, start, extraction.language, sentence_start)
    if extraction.language == "en" and end <= headline_proper_end(extraction.article.visible):
        return headline_verbs(words, extraction.article.visible)  # "Unemployment edges up to 4.4%"
    return words


def _without_definite_apposition(joined: str, start: int, sentence_start: int) -> str:
    """The text with a "the" apposition after its opening noun phrase blanked.

    "The fertility rate, the average number of babies a woman is expected to bear, dropped": the rate's; after
    "However," the "the" opens the subject itself.
    """
    first = joined.find(",")
    aside = _DEFINITE_APPOSITION.match(joined, first) if first > 0 else None
    opening = words_of(joined[:first], start, "en", sentence_start) if aside is not None else []
    if aside is None or not any(w.part in (NOUN, PROPER) for w in opening):
        return joined
    return joined[: aside.start()] + "," + " " * (aside.end() - aside.start() - 1) + joined[aside.end() :]


def _without_age(age: re.Match[str]) -> str:
    """An age phrase blanked, but one opened by its noun of people ("students over 24": a phrase the reader reads).

    After the noun, a comparative of age ("students younger than 20") is blanked: no noun, never the phrase's head.
    """
    people = _PEOPLE_BEFORE_AGE.match(age.group(0))
    if people is None:
        return " " * len(age.group(0))
    if _AGE_COMPARATIVE.match(age.group(0), people.end()):
        return people.group(0) + " " * (len(age.group(0)) - people.end())
    return age.group(0)


def _without_cited_source(cited: re.Match[str]) -> str:
    """A cited source blanked ("по данным X"); after "согласно которым" the clause goes on, subject and all."""
    if _RELATIVE_PRONOUN.match(cited.group(1)):
        return " " * (cited.start(1) - cited.start()) + cited.group(1)
    return " " * len(cited.group(0))


def is_subject_word(word: Word) -> bool:
    """Whether a word may be part of what a figure measures: a noun, name or adjective that is no unit or time."""
    lemma = word.lemma.casefold()
    # a comparative ("2.1% fewer, while 9,900 people died") says how a figure compares, never what it measures
    # a span of time ("in its fourth weekend") is a period, never the measure
    stock = word.text.casefold() in lexicon.STOCK_NOUN_FORMS  # "Shares rose 6%": the stock, not "a share of"
    return (word.part in SUBJECT_PARTS and (lemma not in NEVER_SUBJECT_WORDS or stock)
            and lemma not in NEVER_SUBJECT_UNIT_WORDS
            and lemma not in TIME_NAME_WORDS and lemma not in PERIOD_NOUNS and lemma not in _COMPARATIVES
            # "меньше", read by the dictionary as a form of "маленький": a comparative by what is printed
            and word.text.casefold() not in _COMPARATIVES
            and lemma not in PHRASAL_PARTICLES and len(word.lemma) > 1)  # "set aside $1 bn": a verb's particle


_HUNDRED = 100  # a percentage's level or change in points stays below it


def count_of_hundreds(figure: FoundFigure) -> bool:
    """Whether a figure is a bare count of a hundred or more: never a level or a change of a percentage."""
    amount = figure.figure
    if not isinstance(amount, Amount) or amount.unit is not None or amount.interval.low is None:
        return False
    return abs(amount.interval.low) >= _HUNDRED or (amount.interval.high is not None
                                                    and abs(amount.interval.high) >= _HUNDRED)


def own_clause_words(visible: str, words: list[Word], previous_end: int, figure_start: int) -> list[Word]:
    """The words of a figure's own clause: those after the last comma since the figure before it."""
    comma = visible.rfind(",", previous_end, figure_start)
    return [word for word in words if word.start > comma]


def debt_before(words: list[Word], before: int) -> bool:
    """Whether a debt's noun stands before a word ("задолженность по"), its owner between ("долг компании по").

    A noun of a date or a source after it ("по состоянию на", "по данным") names no part of the debt.
    """
    after = words[before + 1] if before + 1 < len(words) else None
    if after is not None and after.lemma.casefold() in lexicon.RU_DEBT_NOT_PARTS:
        return False
    at = before - 1
    if at >= 1 and words[at].part in (NOUN, PROPER) and words[at].case == "gent" \
            and words[at - 1].lemma.casefold() in lexicon.RU_DEBT_HEADS:
        at -= 1
    return words[at].lemma.casefold() in lexicon.RU_DEBT_HEADS
