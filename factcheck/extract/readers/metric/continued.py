"""A figure with no subject of its own that goes on from the figure before: the same metric.

"rose 5% and reached $3 bn" (one subject, two predicates), "$547 млн, втрое больше", "rose 8% to $14.55 million from
$13.48 billion" (a change and the levels it ends or starts at), "71,3 млрд рублей, или 68,5% всех доходов" (the
amount's share). A change with a subject word of its own clause ("а внутренний — на 85%") is another subject's.
"""

import re
from itertools import pairwise, takewhile

from factcheck import lexicon
from factcheck.extract.model import ExtractedFigure, Extraction, MetricKey
from factcheck.extract.readers.form import printed_as_change_start
from factcheck.extract.readers.metric.common import (
    PARAGRAPH_WINDOW,
    PARENTHESIS,
    UNNAMED,
    MetricReading,
    Subject,
    count_of_hundreds,
    counting_label,
    counts_things,
    is_subject_word,
    key_words,
    known_key,
    masked_words,
    metric_unit,
    own_clause_words,
    unit_of,
)
from factcheck.extract.readers.metric.kinds import in_another_market
from factcheck.extract.readers.metric.metric_ids import metric_for
from factcheck.extract.readers.metric.parallel import dated_parallel
from factcheck.extract.readers.metric.per_unit import per_unit
from factcheck.extract.readers.metric.predicates import second_predicate_after_adjunct
from factcheck.extract.readers.metric.share import restates_as_share
from factcheck.extract.readers.place import clause_place, place_after
from factcheck.extract.words import ADJECTIVE, NOUN, PROPER, VERB, Word
from factcheck.figures import FoundFigure
from factcheck.lexicon import CHANGE_SUBJECT_HEADS
from factcheck.quantities import Amount

_any = lexicon.any_of  # one group of any of a table's words

# the end of a change: "rose 8% to $14.55 million", "вырос на 62% – до 4,5 млн тонн"
_CHANGE_END = re.compile(rf"{_any(lexicon.CHANGE_END_WORDS)}\s", re.IGNORECASE)
# "rose 5% to $466 billion", "climbed 6% to a record $710 billion", "up 2% yr/yr at $2.03 trln": the level a change
# ends at (a few words between)
_CHANGE_END_BEFORE = re.compile(rf"(?:\b{_any(lexicon.CHANGE_END_WORDS)}(?:\s+[^\W\d]+){{0,3}}|"
                                rf"\b{_any(lexicon.LEVEL_AT_WORDS)}|[-–—])\s*$", re.IGNORECASE)
# "уменьшились на 6,3% и составляют 32 122 рубля", "rose 5% and reached $3 bn": one subject, two predicates
# "прибавила 38%, достигнув 11,4 млрд рублей": a verbal adverb of a level after a comma, the same subject's
_SHARED_SUBJECT = re.compile(rf"^\W*(?:{_any(lexicon.SHARED_SUBJECT_CONJUNCTIONS)}|"
                             rf",\s*{_any(lexicon.LEVEL_GERUNDS)})\s", re.IGNORECASE)
_SENTENCE_END = " .!;\n"  # what may close a sentence after its figure


def same_as_previous(extraction: Extraction, figure: FoundFigure, previous: ExtractedFigure,
                      sentence: tuple[int, int], floor: int, words: list[Word]) -> MetricReading | None:
    """The figure before's metric, for a figure with no subject of its own that goes on from it.

    "rose 5% and reached $3 bn": one subject, two predicates; "$547 млн, втрое больше", "rose 8% to $14.55
    million from $13.48 billion": a change and the levels it ends or starts at. A change with a subject word of
    its own ("а внутренний — на 85%") is another subject's.
    """
    visible = extraction.article.visible
    unit = metric_unit(figure)
    previous_unit = unit_of(extraction, previous.metric)
    lead_in = visible[max(floor, figure.start - 30) : figure.start]
    starts_change = printed_as_change_start(visible, floor, figure)
    # "rose 12% from July's $596 billion to $689 billion": the end of a change, after the change or its start
    ends_change = (previous.found.form == "change" or previous.starts_change) and bool(
        _CHANGE_END.match(figure.text) or _CHANGE_END_BEFORE.search(lead_in))
    amount = isinstance(figure.figure, Amount) and figure.figure.unit is not None
    shares_subject = (bool(_SHARED_SUBJECT.search(visible[previous.found.end : figure.start]))
                      or second_predicate_after_adjunct(visible, previous.found.end, words)) \
        and any(word.part == VERB for word in words)
    # a period between blanked: a change's baseline ("up $80 billion from the previous year, or 3.5 percent of GDP")
    restating_gap = extraction.periods.blanked(visible, previous.found.end, figure.start)
    if restates_as_share(extraction, restating_gap, figure, sentence) and figure.form == "value" \
            and unit == "%" and unit_of(extraction, previous.metric) not in ("%", "") \
            and not previous.metric.startswith(UNNAMED):
        # "71,3 млрд рублей, или 68,5% всех доходов", "$3.95 billion, or 24.3% of revenue": the amount's share;
        # after the amount's change too ("$666 billion, up $80 billion from the previous year, or 3.5 percent of
        # GDP": the form reader leaves it a share only where it restates the level)
        return previous.metric, previous.metric_name, None, None
    # "In Texas, enrollment rose 1.5%, while in Illinois it fell 6.1%": a place of its own clause is another subject
    own_place = clause_place(extraction, previous.found.end, figure.start) if shares_subject else None
    if own_place is not None and own_place.name.casefold() not in previous.metric_name.casefold():
        shares_subject = False
    # "fell 5% in Texas and 2.6% in Ohio": each figure of the list is counted in a place of its own
    if _in_another_place(extraction, previous.found, figure, sentence):
        return None
    if shares_subject and in_another_market(extraction, previous, figure):
        return None  # "a domestic total of $459 million, and it has earned $1.03 billion worldwide": two totals
    if shares_subject and not previous.metric.startswith(UNNAMED):
        return (previous.metric, previous.metric_name, None,
                "metric: the subject of the previous figure, whose sentence goes on")
    if previous_unit == "%" and count_of_hundreds(figure):
        return None  # "a rate of 8.1%, where the total fell by 7,000": no percentage moves by a hundred points
    # "вырос на 20%, а внутренний — на 85%", "followed by the Americas (+6%)": a change of another subject; a noun
    # of change alone names none ("21,7 млрд рублей (рост на 14,6%)": the amount's change); its clause's words alone
    # name it ("born in Hungary in the first half, 2.1% more than": the place is the first clause's)
    own = own_clause_words(visible, words, previous.found.end, figure.start)
    elided = figure.form == "change" and any(w.part in (NOUN, PROPER, ADJECTIVE) and is_subject_word(w)
                                             and w.lemma.casefold() not in CHANGE_SUBJECT_HEADS for w in own)
    # ", the S&P gained 0.4%": a name and a verb of its own, however short the name, is a clause of its own
    elided = elided or (figure.form == "change" and any(
        w.part == PROPER and following.part == VERB for w, following in pairwise(words)))
    # "enrollment fell 1.7% to 19.5 million" of students counted before: a bare count ends a change in things
    bare_count_of_things = unit == "count" and ends_change and counting_label(previous_unit)
    if not elided and (figure.form == "change" or starts_change or ends_change) and (
            (figure.form == "change" and not amount) or unit == previous_unit or not previous_unit or starts_change
            or bare_count_of_things):
        # "$547 млн, втрое больше", "rose 8% to $14.55 million from $13.48 billion": the same metric
        same = previous
        if starts_change:  # "$3.3 billion or $0.66 a share, compared to $3.0 billion": the nearest in its unit,
            # a price per share never the baseline of an amount; "the natural decrease was 21,100, compared with
            # 26,600": named or not (an unnamed figure's baseline is never another measure's figure further back)
            in_sentence = list(takewhile(lambda f: f.found.start >= sentence[0], reversed(extraction.figures)))
            per = per_unit(extraction, figure) is None
            # (a bare count is in the unit of a count of things: "9,506 people, compared with 8,400")
            same = next((f for f in in_sentence if (unit_of(extraction, f.metric) == unit or (
                unit == "count" and counts_things(f.found))) and (per_unit(extraction, f.found) is None) == per),
                previous)
            # "compared with $2.5 billion" after "or 41 cents per share": the baseline of the amount in its unit; a
            # bare count starts a change of things counted ("to 51.2 million units from 61.2 million", "47,3 тыс.
            # человек, что на 9,8% меньше, чем месяцем ранее (54,1 тыс.)")
            if same is previous and unit not in (previous_unit, "") and previous_unit and not (
                    unit == "count" and any(f.metric == previous.metric and counts_things(f.found)
                                            for f in in_sentence)):
                return None
        return same.metric, same.metric_name, None, None
    return None


def _in_another_place(extraction: Extraction, previous: FoundFigure, figure: FoundFigure,
                      sentence: tuple[int, int]) -> bool:
    """Whether two figures each have a place named right after them, and not the same one."""
    after = place_after(extraction, figure.end, sentence[1])
    before = place_after(extraction, previous.end, sentence[1]) if after is not None else None
    return after is not None and before is not None and after.words != before.words


def dated_sentence(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int]) -> MetricReading | None:
    """A sentence of a period alone, a dash and a figure is the measure of the figure before it, in its unit.

    "Уровень безработицы в июле составил 2,2%. В июне – 2,3%.": the rate in June, its measure left out. Not past
    the paragraph's end, nor when another word stands in the sentence.
    """
    last = extraction.figures[-1] if extraction.figures else None
    visible = extraction.article.visible
    if last is None or last.found.end > sentence[0] or "\n" in visible[last.found.end : sentence[0]] \
            or visible[figure.end : sentence[1]].strip(_SENTENCE_END) \
            or not dated_parallel(extraction, figure, last, sentence[0]):
        return None
    return last.metric, last.metric_name, None, "metric: a sentence of a period alone, the measure of the figure before"


def same_verb_measure(extraction: Extraction, figure: FoundFigure, words: list[Word]) -> MetricReading | None:
    """An amount whose clause names no measure, after the verb an earlier figure in its unit was reported with.

    "введено 1,4 млн кв. метров жилья ... В сентябре ввели 168 тыс. кв. метров": the same verb and unit, with no
    other measure named, report the same measure, the first so reported (a guess, marked); a verb that links any
    measure to its amount ("составило") says nothing of which.
    """
    if extraction.language != "ru" or figure.form != "value" or not isinstance(figure.figure, Amount) \
            or figure.figure.unit is None:
        return None
    verbs = {w.lemma.casefold() for w in words if w.part == VERB} - lexicon.RU_AMOUNT_LINKING_VERBS
    if not verbs:
        return None  # a verb that only links a measure to its amount names none
    unit = metric_unit(figure)
    for earlier in extraction.figures:  # the first, the measure the text is about ("Индивидуальные застройщики
        # ввели 720 тыс. кв. метров" after it is a part named by its builders)
        if earlier.found.start < figure.start - PARAGRAPH_WINDOW:
            continue
        if earlier.found.form != "value" or earlier.kind != "actual" or unit_of(extraction, earlier.metric) != unit \
                or earlier.metric.startswith(UNNAMED):
            continue
        before = masked_words(extraction, max(0, earlier.found.start - 40), earlier.found.start, -1)
        if verbs & {w.lemma.casefold() for w in before if w.part == VERB}:
            return _in_other_place(extraction, earlier, figure, words, unit) or (
                earlier.metric, earlier.metric_name, None, "metric: no measure named, the same verb and unit as an "
                "earlier figure's")
    return None


def _in_other_place(extraction: Extraction, earlier: ExtractedFigure, figure: FoundFigure, words: list[Word],
                    unit: str) -> MetricReading | None:
    """The earlier measure in the place that opens the figure's clause, when it is another place than the earlier's.

    "За январь–август в области введено 640 тыс. кв. м жилья. В Твери введено 150 тыс. кв. м.": the city's housing,
    a measure of its own, never the region's ("В июле введено 80 тыс." names no place: the region's).
    """
    place = clause_place(extraction, words[0].start, figure.start) if words else None
    key = known_key(extraction, earlier.metric)
    if place is None or key is None or not place.name[:1].isupper():
        return None
    known = MetricKey.of(key)
    if set(place.words) & set(key_words(known.qualifiers)):
        return None  # "В Тверской области введено ..." after "в области введено ...": the same place
    name = f"{PARENTHESIS.sub('', earlier.metric_name).strip()} ({place.name})"
    subject = Subject(known.head, key_words(known.complements), place.words, name, place.start,
                      kinds=key_words(known.kinds))
    metric_id = metric_for(extraction, subject, unit, False, words[0].start)
    return metric_id, extraction.metrics[metric_id][0], None, "metric: no measure named, the same verb and " \
        f"unit as an earlier figure's, of {place.name}"
