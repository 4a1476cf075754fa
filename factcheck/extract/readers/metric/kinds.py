"""Kinds a figure's own words give its subject: each makes a measure of its own, never a value of another.

"Seasonally adjusted, output fell 0.3%" is not the raw output; "$112 million overseas" is not the gross in North
America; "bringing its total to $459 million" is not the weekend's takings. Each rule adds one kind to the
subject's key (the names are in `common.py`); amounts per a unit are read in `per_unit.py`.
"""

import re
from collections.abc import Callable
from dataclasses import replace

from factcheck import lexicon
from factcheck.extract.model import ExtractedFigure, Extraction, MetricKey
from factcheck.extract.readers.metric.common import (
    ADJUSTMENT_KINDS,
    MARKET_KIND,
    RUNNING_TOTAL_KIND,
    Subject,
    is_subject_word,
    key_words,
    known_head,
    known_key,
    metric_unit,
    title_kinds,
)
from factcheck.extract.text import said_over_a_month, said_over_twelve_months
from factcheck.extract.words import ADJECTIVE, NUMBER, PREPOSITION, Word, words_of
from factcheck.figures import FoundFigure
from factcheck.lexicon import SEASONALLY_ADJUSTED_CUES, UNADJUSTED_CUES
from factcheck.not_figures import AGE

_any = lexicon.any_of  # one group of any of a table's words

# the last of these before a figure in its sentence says whether it is read with seasonal effects removed
_ADJUSTMENT = re.compile(rf"(?<!\w)(?:(?P<raw>{'|'.join(UNADJUSTED_CUES)})|"
                         rf"(?P<adjusted>{'|'.join(SEASONALLY_ADJUSTED_CUES)}))", re.IGNORECASE)
_REAL_TERMS = re.compile(rf"(?<!\w){_any(lexicon.REAL_TERMS_CUES)}", re.IGNORECASE)
_REAL_TERMS_AFTER = re.compile(rf"[^\d;.!?]{{0,30}}?(?<!\w){_any(lexicon.REAL_TERMS_CUES)}", re.IGNORECASE)
_MARKET = re.compile("|".join(rf"(?P<{scope}>(?<!\w)(?:{'|'.join(words)})(?!\w))"
                              for scope, words in lexicon.MARKET_SCOPES.items()), re.IGNORECASE)
# the conjunction between two amounts of one subject ("$97.3 million domestically and $240 million", "а также")
_SHARED_SUBJECT_JOIN = re.compile(lexicon.any_of(lexicon.SHARED_SUBJECT_CONJUNCTIONS), re.IGNORECASE)
_MARKET_RIGHT_AFTER = re.compile(rf"[^\S\n]+(?:{_MARKET.pattern})", re.IGNORECASE)  # "$12 million overseas"
_NOT_ITS_CUE = re.compile(r"[\d,;:()–—]")  # between a figure and a market cue after it: the cue is not its own
# "its worldwide total", "its global tally": the market of a running total named before its noun
_TOTAL_MARKETS = {word: f"{MARKET_KIND}{scope}" for scope, words in lexicon.MARKET_ADJECTIVES.items() for word in words}
_LAST_BRACKET = re.compile(r"\s*\([^()]*\)\Z")  # "Night Harbor (domestic total)": what the name says last
_MARKET_AFTER_REACH = 30  # "$112 million overseas", "$30 million in North America": the cue right after a figure


def adjusted(extraction: Extraction, subject: Subject, sentence_start: int, figure: FoundFigure) -> Subject:
    """A figure said to be seasonally adjusted (or net of inflation) measures another thing than the raw one.

    "Seasonally adjusted, output fell 0.3%" and "output rose 0.3% on the year" are two metrics; the last cue
    before the figure in its sentence decides ("adjusted, it fell 0.3%; unadjusted, it rose 2%"). Net of inflation,
    the cue may also follow the figure in its clause ("pay rose 2.2% in real terms").
    """
    visible = extraction.article.visible
    real = lexicon.REAL_KINDS.get(extraction.language, "")
    if real and real not in subject.kinds and (_REAL_TERMS.search(visible, sentence_start, figure.start)
                                               or _REAL_TERMS_AFTER.match(visible, figure.end)):
        # "Adjusted for inflation, regular pay rose 2.2%", "в реальном выражении": the real measure
        subject = _with_kind(subject, real, real)
    cues = list(_ADJUSTMENT.finditer(visible, sentence_start, figure.start))
    if not cues:
        return subject
    raw = not cues[-1].group("adjusted")
    adjusted_label, raw_label = lexicon.ADJUSTMENT_LABELS.get(extraction.language, lexicon.ADJUSTMENT_LABELS["en"])
    return _with_kind(subject, ADJUSTMENT_KINDS[raw], raw_label if raw else adjusted_label)


def aged(extraction: Extraction, subject: Subject, figure: FoundFigure, sentence_start: int) -> Subject:
    """A measure of people bounded by age is a measure of its own: the age is its kind.

    "Enrollment of students over 24 fell 3.1%, while enrollment among those 24 and under rose 0.4%": neither is
    the total enrollment, nor the other. The age stands between the subject and its figure, in the sentence.
    """
    visible = extraction.article.visible
    ages = list(AGE.finditer(visible, max(subject.start, sentence_start), figure.start))
    if not ages:
        return subject
    words = ages[-1].group(0).split()
    named = set(subject.name.casefold().split())
    while len(words) > 1 and words[0].casefold() in named:  # "Enrollment of students (over 24)", no word twice
        words.pop(0)
    label = " ".join(words)
    return _with_kind(subject, label.casefold(), label)


def annual_rate(extraction: Extraction, subject: Subject, clause_start: int, figure: FoundFigure) -> Subject:
    """A percentage over the twelve months is an annual rate: a measure of its own beside the month's rate.

    "Инфляция в марте составила 0,9%, в годовом выражении — 16,4%", "Инфляция в годовом выражении составила
    16,4%": the cue in the figure's own clause (after the figure before it) or right after it. A change is not
    read so: its cue is its baseline ("вырос на 5% год к году").
    """
    if figure.form != "value" or metric_unit(figure) != "%":
        return subject
    # "annual inflation", "месячная инфляция": the name says the rate's span ("monthly" is no other name of it)
    named = next((lexicon.RATE_SPAN_ADJECTIVES[w.lemma.casefold()] for w in words_of(
        subject.name, 0, extraction.language, 0) if w.lemma.casefold() in lexicon.RATE_SPAN_ADJECTIVES), None)
    if named is not None:
        return subject if named in subject.kinds else replace(subject, kinds=(*subject.kinds, named))
    kind = lexicon.ANNUAL_RATE_KINDS.get(extraction.language, "")
    if not kind or kind in subject.kinds:
        return subject
    visible = extraction.article.visible
    if not said_over_twelve_months(visible, clause_start, figure.start, figure.end):
        # "Инфляция в месячном выражении составила 0,5%" is what "месячная инфляция" names
        monthly = lexicon.MONTHLY_RATE_KINDS.get(extraction.language, "")
        if monthly and monthly not in subject.kinds and said_over_a_month(visible, clause_start, figure.start,
                                                                          figure.end):
            return replace(subject, kinds=(*subject.kinds, monthly))
        return subject
    return _with_kind(subject, kind, lexicon.ANNUAL_RATE_LABELS[extraction.language])


def _with_kind(subject: Subject, kind: str, label: str) -> Subject:
    """The subject as a measure of a kind of its own, named with it.

    Two metrics named alike ("Deficit", "Deficit") would hide which is which.
    """
    return Subject(subject.head, subject.complements, subject.qualifiers, f"{subject.name} ({label})", subject.start,
                   subject.guess, kinds=(*subject.kinds, kind))


def as_running_total(subject: Subject, figure: FoundFigure) -> Subject:
    """A running total measures another thing than the flow of a period: a kind of its own.

    "earned $33.7 million in its fourth weekend" and "bringing its domestic total to $459 million" (or "$459 million
    to date") are two measures, never two values of one. The cue is in the figure's clause before it, or right
    after it.
    """
    if figure.form == "change" or RUNNING_TOTAL_KIND in subject.kinds:
        return subject
    return Subject(subject.head, subject.complements, subject.qualifiers, subject.name, subject.start, subject.guess,
                   kinds=(*subject.kinds, RUNNING_TOTAL_KIND), whole=subject.whole)


def total_of_before(extraction: Extraction, previous: ExtractedFigure, figure: FoundFigure,
                    words: list[Word]) -> Subject | None:
    """The running total of the measure just named, after a participle and "its" (a total of its own).

    "The thriller earned $18.8 million, bringing its domestic total to $264 million": the participle's subject is
    its main clause's, and "its" too. The clause is the participle, a possessive pronoun, adjectives and a noun of
    a total; another noun names a measure of its own ("bringing its debt ratio to 60%"). A count before is never
    what an amount totals ("from 38 markets for a worldwide total of $57 million").
    """
    if (unit := metric_unit(previous.found)) and unit != metric_unit(figure):  # a percent's change is the same's
        return None
    clause = max((i for i, w in enumerate(words) if w.after_break), default=0)
    rest = words[clause:]
    lead = rest[0].text.casefold() if rest else ""
    if len(rest) < 3 or not (lead.endswith(lexicon.RUNNING_TOTAL_PARTICIPLE_ENDINGS) or (
            lead in lexicon.RUNNING_TOTAL_PREPOSITIONS and rest[1].text.casefold() in lexicon.RUNNING_TOTAL_ARTICLES)):
        return None
    return _total_named(extraction, previous, rest[1:], rest[0].start, lambda word: word.part == PREPOSITION)


def total_opening(extraction: Extraction, figure: FoundFigure, words: list[Word],
                  sentence_start: int) -> Subject | None:
    """The running total of the measure named last in the paragraph, in a sentence opening with "its" and a total.

    '"Iron Meadow" took in $14.2 million. Its domestic total now stands at $214 million': Iron Meadow's total to
    date. The sentence opens with the possessive, adjectives and a noun of a total, with no noun after it ("Its
    total budget was $90 million" is a budget); the figure before, in the unit, is a measure's amount, no change.
    """
    if not words or extraction.article.visible[sentence_start : words[0].start].strip(" \"“'‘("):
        return None
    floor = extraction.paragraph_start(figure.start)
    # "The film cost $90 million to make. Its global total now stands at $77 million": a running total is of the
    # takings named before the cost (in its paragraph or the one before), never of what was spent; so is one after
    # the takings' change ("took in $29.5 million, down 43%. Its domestic total"); read back one figure at a time,
    # past the costs and the changes in the paragraph only (bounded: no list of every figure before it)
    before = (b for b in reversed(extraction.figures) if b.found.end <= words[0].start)
    previous, past_cost = next(before, None), False
    while previous is not None and (known_head(extraction, previous.metric) in lexicon.RUNNING_TOTAL_NEVER_OF or (
            previous.found.form == "change" and previous.found.start >= floor)):
        past_cost = past_cost or known_head(extraction, previous.metric) in lexicon.RUNNING_TOTAL_NEVER_OF
        previous = next(before, None)
    if past_cost:
        floor = extraction.paragraph_start(max(0, floor - 1))
    if previous is None or previous.found.start < floor or \
            previous.found.form == "change" or metric_unit(previous.found) != metric_unit(figure):
        return None
    return _total_named(extraction, previous, words, words[0].start, lambda word: not is_subject_word(word))


def _total_named(extraction: Extraction, previous: ExtractedFigure, rest: list[Word], start: int,
                 after: Callable[[Word], bool]) -> Subject | None:
    """The running total "its" (opening `rest`) and the adjectives and noun of a total after it name."""
    key = known_key(extraction, previous.metric)
    if key is None or len(rest) < 2 or rest[0].text.casefold() not in lexicon.POSSESSIVES | (
            lexicon.RUNNING_TOTAL_ARTICLES if start < rest[0].start else frozenset()):
        return None
    at = next((i for i, w in enumerate(rest)
               if w.text.casefold() in lexicon.RUNNING_TOTAL_HEADS | lexicon.OPENING_TAKINGS_HEADS), None)
    if at is None or at < 1 or not all(_of_a_total(w) for w in rest[1:at]) or \
            not all(after(w) for w in rest[at + 1 :]):
        return None
    head, complements, qualifiers, kinds = MetricKey.of(key)
    before_kinds, name = key_words(kinds), previous.metric_name
    if RUNNING_TOTAL_KIND in before_kinds:  # "Its domestic total is ... Its worldwide total": the film's, no total's
        before_kinds = title_kinds(before_kinds)
        name = _LAST_BRACKET.sub("", name)
    # "its 10-day total": the words as printed, a span's number joined to its noun
    adjectives = extraction.article.visible[rest[1].start : rest[at].start].casefold().split() if at > 1 else []
    total = " ".join((*adjectives, rest[at].text.casefold()))
    # "for a running total of" and "its total" are one total: "running" says what every such total is
    kinds_of_total = [_TOTAL_MARKETS.get(word, word) for word in adjectives
                      if word not in lexicon.RUNNING_TOTAL_MODIFIERS]
    market = any(kind.startswith(MARKET_KIND) for kind in kinds_of_total)
    if market:  # "$111 million overseas. Its global total": the total's market alone
        before_kinds = tuple(k for k in before_kinds if not k.startswith(MARKET_KIND))
    if rest[at].text.casefold() in lexicon.OPENING_TAKINGS_HEADS:  # "for a global debut of": that market's opening
        return Subject(head, key_words(complements), key_words(qualifiers), f"{name} ({total})", start,
                       f"metric: \"{total}\" read as the opening of the measure before in its market",
                       kinds=(*before_kinds, *kinds_of_total)) if market else None
    return Subject(head, key_words(complements), key_words(qualifiers), f"{name} ({total})",
                   start, f"metric: \"its {total}\" read as the running total of the measure before",
                   kinds=(*before_kinds, *kinds_of_total, RUNNING_TOTAL_KIND))


def _of_a_total(word: Word) -> bool:
    """Whether a word before a total's noun says which total: an adjective, "running", a span ("10-day")."""
    return word.part in (ADJECTIVE, NUMBER) or word.text.casefold() in lexicon.RUNNING_TOTAL_MODIFIERS or \
        word.text.casefold().rsplit("-", 1)[-1] in lexicon.PERIOD_NOUNS


def other_market(extraction: Extraction, previous: ExtractedFigure, figure: FoundFigure) -> Subject | None:
    """The measure before in another market: "$97.3 million domestically and $240 million worldwide" (no verb)."""
    visible = extraction.article.visible
    key = known_key(extraction, previous.metric)
    mine = _MARKET_RIGHT_AFTER.match(visible, figure.end)
    theirs = _MARKET_RIGHT_AFTER.match(visible, previous.found.end)
    if key is None or mine is None or theirs is None or mine.lastgroup == theirs.lastgroup or \
            figure.form == "change" or metric_unit(previous.found) != metric_unit(figure) or \
            not _SHARED_SUBJECT_JOIN.fullmatch(visible[theirs.end() : figure.start].strip(" ,")):
        return None
    head, complements, qualifiers, previous_kinds = MetricKey.of(key)
    kinds = (*(k for k in key_words(previous_kinds) if not k.startswith(MARKET_KIND)), f"{MARKET_KIND}{mine.lastgroup}")
    return Subject(head, key_words(complements), key_words(qualifiers),
                   f"{previous.metric_name} ({mine.group().strip().casefold()})", figure.start,
                   "metric: the measure before, in the market named after the figure", kinds=kinds)


def total_going_on(extraction: Extraction, previous: ExtractedFigure, figure: FoundFigure,
                   same: str | None) -> Subject | None:
    """The running total of the measure just named, where the sentence goes on to it with no subject of its own.

    "The musical earned $33.7 million over the weekend and has now grossed $459 million": one subject, two
    measures, the weekend's takings and the total to date. `same` is the metric the figure would go on with, for
    a running total only.
    """
    key = known_key(extraction, previous.metric)
    if key is None or same != previous.metric or figure.form == "change":
        return None
    head, complements, qualifiers, kinds = MetricKey.of(key)
    if RUNNING_TOTAL_KIND in kinds:
        return None
    return Subject(head, key_words(complements), key_words(qualifiers), f"{previous.metric_name} (total)",
                   figure.start, "metric: the running total of the measure before, whose sentence goes on",
                   kinds=(*key_words(kinds), RUNNING_TOTAL_KIND))


def in_market(extraction: Extraction, subject: Subject, sentence: tuple[int, int], figure: FoundFigure) -> Subject:
    """A figure of one market measures another thing than the same of another: a kind of its own.

    "opened to $30 million in North America" and "earned $112 million overseas" are two grosses; "a domestic total of
    $459 million" and "$1.03 billion worldwide" two totals. The cue right after the figure (no other figure between)
    is its own, else the last one before it in its sentence.
    """
    visible = extraction.article.visible
    after = _MARKET.search(visible, figure.end, min(sentence[1], figure.end + _MARKET_AFTER_REACH))
    # "$459 million, and its worldwide total": past another figure or a clause break, the cue is another figure's
    if after is not None and _NOT_ITS_CUE.search(visible, figure.end, after.start()):
        after = None
    cue = after or next(reversed(list(_MARKET.finditer(visible, sentence[0], figure.start))), None)
    if cue is None or cue.lastgroup is None:
        return subject
    kind = f"{MARKET_KIND}{cue.lastgroup}"
    if kind in subject.kinds:
        return subject
    return Subject(subject.head, subject.complements, subject.qualifiers, subject.name, subject.start, subject.guess,
                   kinds=(*subject.kinds, kind), whole=subject.whole)


def in_another_market(extraction: Extraction, previous: ExtractedFigure, figure: FoundFigure) -> bool:
    """Whether the market named right after a figure is not the one of the figure before's measure (or it has none).

    "Its domestic total now stands at $459 million, and it has earned $1.03 billion worldwide", "took in $31 million
    over the weekend, and $60 million from international markets": two measures, never one, though the clause goes
    on with the same subject.
    """
    key = known_key(extraction, previous.metric)
    mine = _MARKET_RIGHT_AFTER.match(extraction.article.visible, figure.end)
    if key is None or mine is None:
        return False
    markets = [kind for kind in key_words(MetricKey.of(key)[3]) if kind.startswith(MARKET_KIND)]
    return f"{MARKET_KIND}{mine.lastgroup}" not in markets


def past_market_adverb(visible: str, figure: FoundFigure, sentence: tuple[int, int]) -> int:
    """Where a figure ends, past a market's adverb right after it: the adverb is the figure's, no noun of what follows.

    "added $12 million overseas, lifting its global tally to $512 million": "overseas" says where the $12 million
    was earned, never names the $512 million. Only spaces may stand between the figure and the adverb.
    """
    cue = _MARKET_RIGHT_AFTER.match(visible, figure.end, sentence[1])
    return cue.end() if cue is not None else figure.end


def annual_parallel(extraction: Extraction, figure: FoundFigure, previous: ExtractedFigure) -> Subject | None:
    """The annual rate of the figure before's measure, for a gapped clause that says it is over the twelve months."""
    key = known_key(extraction, previous.metric)
    if key is None:
        return None
    head, complements, qualifiers, kinds = MetricKey.of(key)
    subject = Subject(head, key_words(complements), key_words(qualifiers), previous.metric_name, figure.start,
                      kinds=key_words(kinds))
    annual = annual_rate(extraction, subject, previous.found.end, figure)
    return annual if annual is not subject else None
