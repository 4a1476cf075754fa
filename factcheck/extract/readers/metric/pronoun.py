"""A personal pronoun as the subject of a figure's clause: the measure named before it in its paragraph.

"Объем вкладов на 1 сентября составил 3,5 трлн рублей. С начала года он вырос на 12%": "он" is the volume of
deposits, so the 12% is its change; "Revenue rose to $5 billion. It was up 12% on the year": the revenue. A
Russian pronoun agrees with its noun in gender and number ("он" a masculine noun, "она" a feminine one, "они" a
plural), so it passes over a measure it cannot stand for; an English one says neither. A pronoun never reaches
across a paragraph, but a Russian one in its paragraph's first sentence, before any figure of it, stands for the
measure of the body's paragraph before ("... 6,8 тыс. человек. ¶ За месяц она уменьшилась на 0,4 тыс."). One
followed by a noun of the clause ("it said revenue rose") is not its subject, nor one whose verb has an agent for
its subject ("It added $38 million overseas": the film, not a measure).

A pronoun opening the sentence after one with no figure stands for that sentence's subject, the nearest measure
named before it: "Доходы составили 84 млрд рублей. Расходы заметно увеличились. По итогам года они составили 91
млрд рублей" (the spending, not the revenue of the figure before).
"""

import re
from dataclasses import replace
from itertools import takewhile

from factcheck import lexicon
from factcheck.extract.context import CONTEXT_REACH
from factcheck.extract.model import Extraction, MetricKey
from factcheck.extract.readers.metric.common import (
    MARKET_KIND,
    PARENTHESIS,
    RUNNING_TOTAL_KIND,
    UNNAMED,
    MetricReading,
    Subject,
    counts_things,
    is_subject_word,
    key_words,
    known_key,
    masked_words,
    metric_named,
    metric_unit,
    title_kinds,
    unit_of,
)
from factcheck.extract.readers.metric.subject import read_subject
from factcheck.extract.readers.place import clause_place, place_after
from factcheck.extract.text import sentence_spans
from factcheck.extract.words import VERB, Word, russian_readings
from factcheck.figures import FoundFigure
from factcheck.lexicon import SUBJECT_PRONOUN_GENDERS
from factcheck.quantities import Amount

_RU_CHANGE_STEMS = tuple(stem for table in (lexicon.RU_CHANGE_VERBS_UP, lexicon.RU_CHANGE_VERBS_DOWN)
                         for stems in table.values() for stem in stems)
# "it rose", "он вырос", "она составила": a verb a measure is the subject of (never "It added $38 million")
_MEASURE_VERB = re.compile(
    rf"(?:{'|'.join((*_RU_CHANGE_STEMS, *lexicon.LEVEL_VERBS, *lexicon.PRONOUN_MEASURE_VERBS))})", re.IGNORECASE)
_CHANGE_NOUN_VERB = re.compile(rf"(?:{'|'.join(lexicon.EN_ANAPHORIC_CHANGE_VERBS)})", re.IGNORECASE)
_TAKINGS_VERB = re.compile(rf"\b(?:{'|'.join(lexicon.TAKINGS_VERBS)})\b", re.IGNORECASE)


def pronoun_antecedent(extraction: Extraction, figure: FoundFigure, words: list[Word]) -> MetricReading | None:
    """The metric a pronoun subject of the figure's clause stands for: the nearest agreeing measure before it.

    `words` are the figure's clause before it. The pronoun is the last word that is one, followed by a verb a
    measure is the subject of ("rose", "составил", not "added") and by no word that could be a subject of its own.
    """
    pronoun = _subject_pronoun(words) or (_change_noun(words) if figure.form == "change" else None)
    if pronoun is None:
        return None
    gender = SUBJECT_PRONOUN_GENDERS.get(pronoun.text.casefold(), "")
    unit = metric_unit(figure)
    bare_change = figure.form == "change" and not (isinstance(figure.figure, Amount) and figure.figure.unit)
    paragraph = extraction.paragraph_start(figure.start)
    # "показатель" opening its paragraph's figures goes on about the last measure of the paragraph before ("... до
    # 3,0%. ¶ Годом ранее показатель составлял 3,9%"): a noun that names no measure of its own; a pronoun does not
    floor = extraction.paragraph_start(paragraph - 1) if extraction.opens_paragraph_figures(pronoun.start) and (
        pronoun.text.casefold() in lexicon.ANAPHORIC_ACROSS_PARAGRAPH_NOUNS
        or (gender and _in_first_sentence(extraction, paragraph, pronoun.start))) else paragraph
    for before in reversed(extraction.figures):
        if floor > before.found.end:  # another paragraph
            return None
        known_unit = unit_of(extraction, before.metric)
        # "Год назад их было 13,7 тыс." after "11,2 тыс. человек": a bare count of the things counted
        counted = unit == "count" and counts_things(before.found)
        if before.metric.startswith(UNNAMED) or not (bare_change or unit == known_unit or not known_unit or counted):
            continue
        if figure.form == "change" and _running_total(extraction, before.metric):
            continue  # "bringing its total to $459 million. The result marked a 43% drop": a total only grows
        if gender and not _agrees(before.metric_name, gender):
            continue
        place = clause_place(extraction, words[0].start, figure.start) if words else None
        if place is not None and place.name.casefold() not in before.metric_name.casefold():
            # "In Texas, enrollment rose 1.5%, while in Illinois it fell 6.1%": the measure, of its own clause's place
            return _of_place(extraction, before.metric, before.metric_name, place.name, pronoun.text)
        return (before.metric, before.metric_name, None,
                f"metric: the pronoun \"{pronoun.text}\", read as the measure named before it")
    return None


def after_colon_pronoun(extraction: Extraction, words: list[Word]) -> list[Word]:
    """A figure's clause words with a pronoun opening it after a colon put back as the subject before the colon.

    "Online programs were the exception: they added 12,500 students": the pronoun is the subject of the linking
    verb before the colon, never the noun after that verb. The subject agrees with the pronoun in number ("they"
    the plural "programs") and is all of the words before the verb.
    """
    if extraction.language != "en":
        return words
    at = next((i for i in range(len(words) - 1, 0, -1)
               if words[i].text.casefold() in lexicon.EN_PRONOUNS_AFTER_COLON), None)
    if at is None or not words[at].after_break or \
            ":" not in extraction.article.visible[words[at - 1].end : words[at].start]:
        return words
    verb = next((i for i in range(at) if words[i].part == VERB), 0)
    opening = words[:verb]
    if not opening or words[verb].text.casefold() not in lexicon.EN_LINKING_VERBS_BEFORE_COLON or \
            not all(is_subject_word(w) for w in opening) or any(w.after_break for w in words[1 : verb + 1]):
        return words
    plural = opening[-1].text.casefold() != opening[-1].lemma.casefold()
    return [*opening, *words[at + 1 :]] if plural == lexicon.EN_PRONOUNS_AFTER_COLON[
        words[at].text.casefold()] else words


def takings_antecedent(extraction: Extraction, figure: FoundFigure, words: list[Word]) -> Subject | None:
    """What an English pronoun before a verb of takings stands for: the name whose takings the figure before was.

    '"Harbor Lights" earned $24.5 million in North America. It added $12 million overseas': the same film's
    takings, in the market its own clause names (a market of the figure before is not this one's). The figure
    before, in the paragraph and in the unit, must be taken with a verb of takings too.
    """
    pronoun = _subject_pronoun(words, _TAKINGS_VERB)
    if pronoun is None or SUBJECT_PRONOUN_GENDERS[pronoun.text.casefold()] or extraction.language != "en":
        return None
    paragraph = extraction.paragraph_start(figure.start)
    last = next((b for b in reversed(extraction.figures) if b.found.end <= pronoun.start), None)
    if last is None or last.found.start < paragraph:
        return None
    visible = extraction.article.visible
    start = max(paragraph, visible.rfind(". ", 0, last.found.start) + 1, last.found.start - CONTEXT_REACH)
    verbs = list(_TAKINGS_VERB.finditer(visible, start, last.found.start))
    # "took in $14.1 million, including $2.4 million in previews. It averaged": the takings the verb took, not a part
    before = next((b for b in extraction.figures if verbs and b.found.start >= verbs[-1].end()), last)
    key = known_key(extraction, before.metric)
    if not verbs or key is None or before.metric.startswith(UNNAMED) or \
            unit_of(extraction, before.metric) != metric_unit(figure) or before.found.form == "change":
        return None
    head, complements, qualifiers, kinds = MetricKey.of(key)
    own = title_kinds(key_words(kinds))
    return Subject(head, key_words(complements), key_words(qualifiers), before.metric_name,
                   pronoun.start, f"metric: the pronoun \"{pronoun.text}\", read as the name whose takings the "
                   "figure before was", kinds=own)


def in_own_market(subject: Subject, before: tuple[str, ...]) -> Subject:
    """A pronoun's subject in another market than the figure before's, named with it ("Harbor Lights (abroad)")."""
    markets = [kind for kind in subject.kinds if kind.startswith(MARKET_KIND) and kind not in before]
    return replace(subject, name=f"{subject.name} ({markets[0].removeprefix(MARKET_KIND)})") if markets else subject


def in_own_place(extraction: Extraction, subject: Subject, figure: FoundFigure, words: list[Word],
                 sentence: tuple[int, int]) -> Subject:
    """A pronoun's takings in the place its clause names: "In China it took $14 million", "It took $9 million in Japan".

    The pronoun stands for the film, never for where the figure before was counted: a place right after the figure,
    else one opening the pronoun's clause, is where these takings were, a measure of its own, the place of the figure
    before left out ("In France, the film opened with $6 million. In Spain, it took $4 million": the film in Spain).
    """
    place = place_after(extraction, figure.end, sentence[1]) or (
        clause_place(extraction, words[0].start, figure.start) if words else None)
    if place is None or place.name.casefold() in subject.name.casefold():
        return subject
    subject = _without_place_before(extraction, subject, sentence[0])
    return replace(subject, qualifiers=tuple(sorted({*subject.qualifiers, *place.words})),
                   name=f"{subject.name} ({place.name})",
                   guess=f"{subject.guess or 'metric: the film before'}, of {place.name}")


def _in_first_sentence(extraction: Extraction, paragraph: int, position: int) -> bool:
    """Whether a position lies in its paragraph's first sentence, after a paragraph of the body (not the headline).

    "Численность безработных составила 6,8 тыс. человек. ¶ За месяц она уменьшилась на 0,4 тыс.": a Russian
    pronoun opening a paragraph, no noun of its own paragraph before it, stands for the agreeing measure of the
    paragraph before; a headline is no sentence a pronoun of the lead goes on from.
    """
    return extraction.paragraph_start(paragraph - 1) > 0 and \
        len(sentence_spans(extraction.article.visible[paragraph:position])) <= 1


def _running_total(extraction: Extraction, metric: str) -> bool:
    """Whether a metric is a running total ("its domestic total"): never what a change after it is of."""
    key = known_key(extraction, metric)
    return key is not None and RUNNING_TOTAL_KIND in key_words(MetricKey.of(key).kinds)


def _change_noun(words: list[Word]) -> Word | None:
    """A noun of change after "the" as its clause's subject, before a verb it takes a change with, nothing after it.

    "The gain added about 11,000 students": the change of the measure just named; "The gain in evening courses"
    names a measure of its own.
    """
    at = next((i for i in range(len(words) - 1, 0, -1) if words[i].text.casefold() in
               lexicon.EN_ANAPHORIC_CHANGE_NOUNS), None)
    if at is None or words[at - 1].text.casefold() not in lexicon.EN_ANAPHORIC_CHANGE_LEADS:
        return None
    after = words[at + 1 :]
    if not after or after[0].part != VERB or not _CHANGE_NOUN_VERB.fullmatch(after[0].text) or \
            any(is_subject_word(w) for w in after):
        return None
    return words[at]


def _subject_pronoun(words: list[Word], verbs: re.Pattern[str] | None = None) -> Word | None:
    """The pronoun subject of a figure's clause, before a verb a measure is the subject of, with no subject after.

    With `verbs`, before one of those verbs instead.
    """
    at = next((i for i in range(len(words) - 1, -1, -1) if words[i].text.casefold() in SUBJECT_PRONOUN_GENDERS), None)
    if at is None or (at and words[at - 1].text.casefold() in lexicon.BALANCE_ADJECTIVES):
        return None  # "Естественный прирост составил": a balance's name, not the change of the measure before
    pronoun = words[at]
    after = [w for w in words if w.start > pronoun.start]
    # "В августе он был на уровне 3,8%", "на отметке": the level's phrase, no subject of its own
    level_at = {w.start for w, before in zip(after[1:], after, strict=False) if before.text.casefold() in
                lexicon.RU_LEVEL_AT_LEADS and w.lemma.casefold() in lexicon.RU_LEVEL_AT_NOUNS}
    # "показатель был равен 128 тыс.": the short adjective is the level's predicate, no word of a subject
    level_at |= {w.start for w in after if w.text.casefold() in lexicon.RU_LEVEL_SHORT_ADJECTIVES}
    if not any(w.part == VERB and (verbs or _MEASURE_VERB).fullmatch(w.text) for w in after) \
            or any(is_subject_word(w) and w.start not in level_at for w in after):
        return None
    return pronoun


def subject_of_sentence_before(extraction: Extraction, figure: FoundFigure, words: list[Word],
                               sentence_start: int) -> Subject | None:
    """What a pronoun subject stands for when the sentence before it, in its paragraph, has no figure.

    That sentence's subject is the measure named last: the noun phrase opening it, before any preposition or
    verb ("Расходы на фоне кризиса росли быстро. По итогам года они составили ..."), agreeing with the pronoun.
    A sentence that opens otherwise names no measure the pronoun can be sure to stand for.
    """
    pronoun = _subject_pronoun(words)
    # only a Russian pronoun says the gender and number its noun must agree in; an English one may stand for anything
    if pronoun is None or not SUBJECT_PRONOUN_GENDERS[pronoun.text.casefold()]:
        return None
    visible = extraction.article.visible
    before_it = _sentence_before(extraction, sentence_start)
    if before_it is None:
        return None
    start, end = before_it
    if any(start <= before.found.start < sentence_start for before in extraction.figures):
        return None  # the figure before is the nearest measure (pronoun_antecedent)
    opening = list(takewhile(is_subject_word, masked_words(extraction, start, end, start)))
    if not opening or opening[0].start > start + len(visible[start:end]) - len(visible[start:end].lstrip()):
        return None
    if any(word.animate for word in opening):
        return None  # "Аналитики ждали большего": people, not a measure a pronoun could stand for
    subject = read_subject(opening, extraction.language, visible, start)
    if subject is None or not _agrees(subject.name, SUBJECT_PRONOUN_GENDERS[pronoun.text.casefold()]):
        return None
    return Subject(subject.head, subject.complements, subject.qualifiers, subject.name, subject.start,
                   f"metric: the pronoun \"{pronoun.text}\", read as the subject of the sentence before",
                   subject.kinds, subject.whole, subject.owned)


def _without_place_before(extraction: Extraction, subject: Subject, sentence_start: int) -> Subject:
    """A pronoun's subject without the place where the figure of the sentence before was counted."""
    before_it = _sentence_before(extraction, sentence_start)
    if before_it is None:
        return subject
    start, end = before_it
    before = next((b.found for b in reversed(extraction.figures) if start <= b.found.start < end), None)
    gone = None if before is None else (
        place_after(extraction, before.end, end) or clause_place(extraction, start, before.start))
    if gone is None or not set(gone.words) <= set(subject.qualifiers):
        return subject
    return replace(subject, qualifiers=tuple(q for q in subject.qualifiers if q not in gone.words),
                   name=subject.name.replace(f" ({gone.name})", ""))


def _sentence_before(extraction: Extraction, sentence_start: int) -> tuple[int, int] | None:
    """Where the sentence before a sentence starting at `sentence_start` is, in its paragraph and within reach.

    The walk back never reads the whole of a long paragraph per figure.
    """
    paragraph = extraction.paragraph_start(sentence_start, CONTEXT_REACH)
    spans = sentence_spans(extraction.article.visible[paragraph:sentence_start])
    return (paragraph + spans[-1][0], paragraph + spans[-1][1]) if spans else None


def _agrees(name: str, gender: str) -> bool:
    """Whether a Russian measure's name has the gender (or the plural) its pronoun asks for.

    The head is the first noun of the name ("Объем вкладов": masculine); a name with no Russian noun agrees. A
    plural stands for the things a count counts ("Число безработных": they are the unemployed).

    >>> _agrees("Объем вкладов", "masc"), _agrees("Выручка компании", "masc"), _agrees("Доходы бюджета", "plur")
    (True, False, True)
    >>> _agrees("Число зарегистрированных безработных", "plur"), _agrees("Безвозмездные поступления", "plur")
    (True, True)
    """
    for word in name.split():
        # a name is written in the nominative: "поступления" is the plural, not the genitive singular
        nouns = [reading for reading in russian_readings(word) if reading.tag.POS == "NOUN"]
        if not nouns:
            continue
        parsed = next((reading for reading in nouns if reading.tag.case == "nomn"), nouns[0])
        tag = parsed.tag
        if gender == "plur" and str(parsed.normal_form) in lexicon.COUNT_HEADS:
            continue  # "Число безработных ... их было": the people counted, not the count
        if gender == "plur":
            return bool(tag.number == "plur")
        return bool(tag.number == "sing" and tag.gender == gender)
    return True


def _of_place(extraction: Extraction, metric: str, name: str, place: str, pronoun: str) -> MetricReading:
    """The measure a pronoun stands for, of another place: its own metric, in the antecedent's unit and flow."""
    _, unit, flow = extraction.metrics[metric]
    metric_id = metric_named(extraction, f"{PARENTHESIS.sub('', name)} ({place})", unit, flow)
    return (metric_id, extraction.metrics[metric_id][0], None,
            f"metric: the pronoun \"{pronoun}\", read as the measure named before it, of {place}")
