"""What a figure measures: the subject of its clause, grouped the way a journalist groups figures.

The subject is found by reading back from the figure: past the verb and prepositions that govern the figure
("dropped to", "составил", "выросли на") to the first noun phrase that is not inside a prepositional phrase.
Its head (the first noun in Russian, the last in English), the complements it governs ("добыча нефти",
"exports of oil") and the places and names that qualify it ("Italy's debt", "в Казахстане") make the
metric's key. Heads are lemmatised and mapped through the thesaurus, so "товарооборот" and "торговля" are one
metric, while "перевозки нефти" and "перевозки" stay two: different subjects are never merged. A metric holds
figures of one unit: a percentage of a money metric is a metric of its own. `metric_of` consults these groups:

1. where the subject is named: after the figure (`named_after.py`: "$42 billion in revenue", "39 analysts", "598 тыс.
   кв. м жилья"), in the clause before it (`subject.py`, with `subject_words.py` and `set_off.py`: a participle
   after a comma, a title in apposition; a result after "с" it ends with, `results.py`: "исполнен с профицитом
   2,1 млрд рублей"), for a place in brackets or with no measure of its own
   (`article_measure.py`: "Europe (+4%)"), or by the figure before (`parallel.py`: gapped clauses, currency twins,
   the whole of a part, a rate of change; `predicates.py`: a second predicate past the first one's prepositional
   phrase; `continued.py`: a second predicate, the levels a change ends or starts at), or by the target word it
   follows (`target.py`: "план по расходам"), or by the pronoun that stands for a measure named before it
   (`pronoun.py`: "Revenue rose to $5 billion. It was up 12%");
2. whose or where it is (`qualifiers.py`: the clause's place, the paragraph's topic, the name a noun refers to;
   `owners.py`: "Their enrollment", "at for-profit colleges, where enrollment")
   and which kind it is (`kinds.py`: seasonally adjusted, per unit, one market, a running total);
3. shares and wholes (`share.py`: "42% of all receipts", "Tesla's market share");
4. the metric id (`metric_ids.py`: the same key and unit, the one known metric named briefly, or a new one).

`common.py` holds the `Subject`, the names of kinds and the words every group reads.
"""

import re
from dataclasses import replace

from factcheck import lexicon
from factcheck.extract.model import ExtractedFigure, Extraction
from factcheck.extract.readers.form import counts_sources, percent_of_plan
from factcheck.extract.readers.metric.article_measure import bracketed, placed_measure
from factcheck.extract.readers.metric.common import (
    PARENTHESIS,
    MetricReading,
    Subject,
    known_head,
    masked_words,
    metric_unit,
    metrics_of_head,
    note_unit,
    own_clause_words,
)
from factcheck.extract.readers.metric.continued import dated_sentence, same_as_previous, same_verb_measure
from factcheck.extract.readers.metric.counted_phrase import counts_another_phrase, past_counted_phrase
from factcheck.extract.readers.metric.elided_head import elided_head
from factcheck.extract.readers.metric.forecaster import after_forecaster
from factcheck.extract.readers.metric.gapped_complement import complement_parallel
from factcheck.extract.readers.metric.in_role import in_role
from factcheck.extract.readers.metric.kinds import (
    adjusted,
    aged,
    annual_parallel,
    annual_rate,
    as_running_total,
    in_market,
    other_market,
    past_market_adverb,
    total_going_on,
    total_of_before,
    total_opening,
)
from factcheck.extract.readers.metric.margin import margin_over
from factcheck.extract.readers.metric.measure_rate import rate_of_measure_before
from factcheck.extract.readers.metric.metric_ids import metric_for, names_a_person, unnamed
from factcheck.extract.readers.metric.named_after import classified_as, counted, genitive_after, measured_after
from factcheck.extract.readers.metric.owned_part import owned_part
from factcheck.extract.readers.metric.owners import owned
from factcheck.extract.readers.metric.paired_starts import paired_start
from factcheck.extract.readers.metric.parallel import (
    amount_of_share,
    bare_twin,
    currency_twin,
    dated_parallel,
    grouped_parallel,
    names_a_change,
    parallel,
    placed_parallel,
    whole_of,
)
from factcheck.extract.readers.metric.part_predicate import part_by_predicate
from factcheck.extract.readers.metric.per_unit import per_unit, per_unit_of_before, priced_per_unit
from factcheck.extract.readers.metric.place_agent import place_agent_measure
from factcheck.extract.readers.metric.pronoun import (
    after_colon_pronoun,
    in_own_market,
    in_own_place,
    pronoun_antecedent,
    subject_of_sentence_before,
    takings_antecedent,
)
from factcheck.extract.readers.metric.qualifiers import in_its_place, labelled_by_name, referred_entity, with_topic
from factcheck.extract.readers.metric.ranked_title import ranked_takings
from factcheck.extract.readers.metric.results import executed_gapped, result_compared, result_with, with_absolute
from factcheck.extract.readers.metric.share import (
    part_after_verb,
    part_before_verb,
    share_of,
    share_of_own_measure,
    share_owner_name,
    share_owner_words,
)
from factcheck.extract.readers.metric.share_again import share_named_again
from factcheck.extract.readers.metric.spending import of_spending, received, spent
from factcheck.extract.readers.metric.subject import read_subject
from factcheck.extract.readers.metric.subject_words import after_said_that, before_object_of_exceeding
from factcheck.extract.readers.metric.target import (
    FORECAST_METRIC,
    FORECAST_OF_BEFORE,
    TARGET_METRIC,
    forecast_of_before,
    forecasters_subject,
    gapped_target_measure,
    plan_named_before,
    target_measure,
)
from factcheck.extract.readers.place import dateline_end
from factcheck.extract.text import RELATIVE_LINK, RESTATEMENT_LINK
from factcheck.extract.words import VERB, Word
from factcheck.figures import FoundFigure
from factcheck.lexicon import CARRIED_OUT_PLAN_WORDS, FLOW_CONCEPTS, FORECAST_NOUNS, TARGET_WORDS, WHOLE_AFTER_PART
from factcheck.quantities import Amount

__all__ = ["metric_of", "metric_unit", "note_unit", "per_unit", "share_of"]

_any = lexicon.any_of  # one group of any of a table's words

_WHOLE_AFTER_PART = re.compile(rf"\s*(?:{'|'.join(WHOLE_AFTER_PART)})\s*\Z", re.IGNORECASE)


def metric_of(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int], last_metric: dict[str, str],
              *, running_total: bool = False) -> MetricReading:
    """The metric a figure measures, its name, where its subject starts, and what to check about it.

    The subject is read where it is named (`_named_subject`); a part's whole, a rate of change and a gapped
    clause take theirs from the figure before; the subject then gets whose it is and its kinds (`_qualified`).
    A figure with no subject continues the figure before's metric when its sentence goes on or a change ends
    or starts there (`continued.py`), else it is a place's measure, else a metric of its own (unnamed).
    """
    visible = extraction.article.visible
    sentence = (min(dateline_end(visible, sentence[0]), figure.start), sentence[1])  # a dateline is no subject
    unit = metric_unit(figure)
    last = extraction.figures[-1] if extraction.figures else None
    previous = last if last is not None and sentence[0] <= last.found.start and last.found.end <= figure.start \
        else None
    floor = past_market_adverb(visible, previous.found, sentence) if previous is not None else sentence[0]
    if (title := ranked_takings(extraction, figure, sentence[0])) is not None:  # 'ahead of "Quiet Lantern" with'
        return _chosen_metric(extraction, title, figure, sentence, last_metric)
    if previous is not None and figure.form == "change" and len(extraction.figures) > 1 and counts_sources(
            visible, sentence[0], previous.found) and extraction.figures[-2].found.start >= sentence[0]:
        # "$33.7 million from 4,337 locations, down 43%": the change is the amount's, past the count of sources
        amount = extraction.figures[-2]
        return amount.metric, amount.metric_name, None, None
    if previous is not None:  # "$42.36 billion in revenue, down 15%": the phrase after it is the figure before's
        floor = max(floor, (measured_after(extraction, previous.found, sentence) or (None, floor))[1])
        # "210,000 more people in work": past its phrase; "opened in 3,620 theaters and earned": before the count
        floor = past_counted_phrase(extraction, previous, figure.start, sentence, floor)
        gap = extraction.periods.blanked(visible, previous.found.end, figure.start)
        if RESTATEMENT_LINK.fullmatch(gap) or (extraction.language == "ru" and RELATIVE_LINK.fullmatch(gap)):
            floor = figure.start  # "$18 billion, equivalent to 6% of", "1,08 млн машин, что на 24%": no subject
    words = after_colon_pronoun(extraction, after_forecaster(after_said_that(before_object_of_exceeding(
        masked_words(extraction, floor, figure.start, sentence[0]), figure)), extraction.language))
    if (again := share_named_again(extraction, figure, words)) is not None:
        return again  # "На Казань приходится 47,3%. Год назад эта доля составляла 46,1%": the share named before
    subject = _named_subject(extraction, figure, previous, sentence, floor, words)
    if subject is None and previous is not None:  # "net income of $3.1 billion, or 41 cents per share"
        subject = per_unit_of_before(extraction, figure, sentence[0])
    if subject is None and (twin := bare_twin(extraction, figure, previous, sentence[0])) is not None:
        return twin  # "from £556 million (4818 million)" after "£705 million (€1.03 billion)": the euros' metric
    if (restated := amount_of_share(extraction, figure, previous)) is not None:
        return restated  # "22,65% (15624,3 млрд сумов из ...)": the part the share is
    if previous is not None and _WHOLE_AFTER_PART.fullmatch(visible, previous.found.end, figure.start):
        # "15624,3 млрд сумов из 68958,4 млрд сумов": the whole of the part before it, a measure of its own
        return whole_of(extraction, previous, unit)
    if subject is not None and previous is not None and figure.form == "change" and names_a_change(subject):
        # "9036,8 млрд сумов (темпы роста 18,5%)": the change of the measure just named
        return previous.metric, previous.metric_name, None, "metric: a change named by its rate, of the figure before"
    if subject is not None and previous is not None and subject.start >= floor:
        subject = parallel(extraction, subject, previous, words)
    if subject is not None:  # "unemployment stood at 1.37 million and the rate was 4.1%": its rate
        subject = _qualified(extraction, rate_of_measure_before(extraction, subject, last), figure, sentence,
                             running_total)
    # "Годовой план по расходам", "its full-year forecast for revenue": the measure the target or forecast is of
    targeted = subject is not None and subject.head in TARGET_WORDS
    # "Исполнение годового плана по доходам составило 57%", "исполнение бюджета по доходам": the plan carried out
    # names its measure as a target does
    heads = CARRIED_OUT_PLAN_WORDS if percent_of_plan(extraction, figure) else TARGET_WORDS if targeted \
        else FORECAST_NOUNS
    measure = target_measure(subject.start if subject is not None else floor, words, extraction.language, visible,
                             sentence[0], heads)
    if measure is None and subject is None and previous is not None:  # ", по расходам – 91,8 млрд рублей"
        clause = own_clause_words(visible, words, previous.found.end, figure.start)
        measure = gapped_target_measure(previous.kind, clause, extraction.language, visible, sentence[0])
    if measure is None and percent_of_plan(extraction, figure) and (
            planned := plan_named_before(extraction, figure, subject)) is not None:
        return planned  # "Годовой план по вводу жилья – 2,2 млн кв. метров. Таким образом, он выполнен на 63,6%"
    if measure is not None:
        return _measure_targeted(extraction, measure, figure, sentence, last_metric, running_total)
    if (forecast := forecasters_subject(subject, figure, words)) or targeted:
        if forecast and (before := forecast_of_before(extraction, previous, last, figure)) is not None:
            # "earnings per share were $1.87, ahead of analysts' expectations of $1.79": of the measure just set
            return before.metric, before.metric_name, None, FORECAST_OF_BEFORE
        if unit in last_metric:  # "цель в $1 млрд", "Economists had expected a fall of 90,000": the text's metric
            metric_id = last_metric[unit]
            return metric_id, extraction.metrics[metric_id][0], None, FORECAST_METRIC if forecast else TARGET_METRIC
        subject = None
    if subject is None and previous is not None:  # "compared with a 0.9 percent decrease for women"
        subject = grouped_parallel(extraction, figure, previous, sentence, words) or elided_head(
            extraction, previous, words) or complement_parallel(extraction, previous, words) or total_of_before(
            extraction, previous, figure, words) or other_market(extraction, previous, figure)
    if subject is None and previous is not None and counts_another_phrase(extraction, figure, previous, sentence):
        return unnamed(extraction, figure, unit)  # "210,000 more people in work and 95,000 fewer unemployed people"
    if subject is None and (paired := paired_start(extraction, figure, sentence)) is not None:
        return paired  # "1,730 births and 2,080 deaths, compared with 1,810 and 2,150": in turn
    if subject is None and previous is not None:
        same = same_as_previous(extraction, figure, previous, sentence, floor, words)
        total = total_going_on(extraction, previous, figure, same[0] if same and running_total else None)
        if total is not None:  # "earned $33.7 million ... and has now grossed $459 million": the total to date
            return _chosen_metric(extraction, total, figure, sentence, last_metric)
        if same is not None:
            return same
    if subject is None and previous is not None and dated_parallel(extraction, figure, previous):
        annual = annual_parallel(extraction, figure, previous)
        if annual is not None:  # "с начала года — 5,6%, в годовом выражении — 16,4%": the annual rate
            return _chosen_metric(extraction, annual, figure, sentence, last_metric)
        return previous.metric, previous.metric_name, None, None  # ", в июле 2022 года - 3,9%": the same measure
    if subject is None and previous is None and (dated := dated_sentence(extraction, figure, sentence)) is not None:
        return dated  # "... составил 2,2%. В июне – 2,3%.": the same measure
    if subject is None:  # "Расходы росли быстро. По итогам года они составили ...": the sentence before's subject
        subject = subject_of_sentence_before(extraction, figure, words, sentence[0])
        if subject is not None:
            subject = _qualified(extraction, subject, figure, sentence, running_total)
    if subject is None:  # "С начала года он вырос на 12%", "It was up 12%": the measure the pronoun stands for
        reading = pronoun_antecedent(extraction, figure, words)
        if reading is not None:
            return reading
        # "Its domestic total now stands at ...": the total of the film before; "It added $12 million": the film's
        subject = total_opening(extraction, figure, words, sentence[0]) or takings_antecedent(extraction, figure, words)
        subject = placed_measure(extraction, figure, sentence) if subject is None else in_own_place(
            extraction, in_own_market(_qualified(extraction, subject, figure, sentence, running_total), subject.kinds),
            figure, words, sentence)
    if subject is None and previous is not None and not any(w.part == VERB for w in words):
        subject = placed_parallel(extraction, figure, previous, floor, sentence[1])
    if subject is None:  # "введено 1,4 млн кв. метров жилья ... В сентябре ввели 168 тыс. кв. метров"
        return same_verb_measure(extraction, figure, words) or unnamed(extraction, figure, unit)
    return _chosen_metric(extraction, subject, figure, sentence, last_metric)


def _named_subject(extraction: Extraction, figure: FoundFigure, previous: ExtractedFigure | None,
                   sentence: tuple[int, int], floor: int, words: list[Word]) -> Subject | None:
    """The subject where the sentence names it, in the place its clause is about; the first rule that reads one.

    The same measure in another currency ("(euro 368 billion)"), the noun the figure is "in" ("$42 billion in
    revenue"), a name in brackets ("Europe (+4%)"), what a bare number counts ("39 analysts"), what money is spent
    on ("на ремонт дорог направлено") or a budget receives ("в бюджет поступило"), the subject of its clause, whose
    a market share is ("Tesla's market share"), a Russian genitive after the unit ("598 тыс. кв. м жилья"), and
    last a result a comparison leads to ("против убытка в 2,1 млрд рублей").
    """
    visible = extraction.article.visible
    owner_words = share_owner_words(extraction, figure, floor, sentence[0])  # never the whole of a share
    measured = measured_after(extraction, figure, sentence)
    previous_head = known_head(extraction, previous.metric) if previous is not None else None
    return currency_twin(extraction, figure, previous) or (measured[0] if measured else None) or owned_part(
        extraction, figure, sentence, words) or classified_as(
        extraction, figure, sentence) or in_its_place(
        extraction, executed_gapped(extraction, previous, words, sentence[0]) or margin_over(extraction, figure, words)
        or bracketed(extraction, figure, sentence) or counted(extraction, figure, sentence)
        or result_with(words, extraction.language, visible, sentence[0])
        or with_absolute(words, extraction.language, visible, sentence[0])
        or spent(words, extraction.language, visible,
                 metric_unit(figure) in lexicon.ISO_CODES or of_spending(extraction, figure))
        or received(words, extraction.language, visible) or part_before_verb(words, extraction.language, visible)
        or part_after_verb(extraction, figure, sentence) or place_agent_measure(extraction, figure, sentence, words)
        or read_subject(words if owner_words is None else owner_words, extraction.language, visible, sentence[0])
        or (share_owner_name(words, visible) if owner_words is not None else None)
        or in_role(extraction, figure, sentence) or part_by_predicate(extraction, figure, sentence)
        or genitive_after(extraction, figure, sentence),
        figure, sentence) or result_compared(extraction, figure, sentence, previous_head)


def _qualified(extraction: Extraction, subject: Subject, figure: FoundFigure, sentence: tuple[int, int],
               running_total: bool) -> Subject:
    """A subject with whose it is (the name a noun refers to, the paragraph's topic) and the kinds it is of."""
    subject = labelled_by_name(extraction, subject, sentence[0])  # "Segezha – выручка 21,6 млрд руб."
    subject = owned(extraction, subject, sentence[0], figure.start)  # "Their enrollment", ", where enrollment"
    head = lexicon.HEADS_NAMED_WITH.get((subject.head, subject.complements))
    if head is not None:  # "Net income was $3.3 billion": the company's net profit
        subject = replace(subject, head=head)
    subject = aged(extraction, adjusted(extraction, with_topic(extraction, referred_entity(extraction, subject),
                                                               sentence[0]), sentence[0], figure), figure, sentence[0])
    subject = in_market(extraction, priced_per_unit(extraction, subject, figure), sentence, figure)
    subject = annual_rate(extraction, subject, extraction.clause_start(sentence[0]), figure)
    return as_running_total(subject, figure) if running_total else subject


_TARGET_MEASURE_CHECK = "metric: the measure a target or forecast is set for, read from the words after it"


def _measure_targeted(extraction: Extraction, measure: Subject, figure: FoundFigure, sentence: tuple[int, int],
                      last_metric: dict[str, str], running_total: bool) -> MetricReading:
    """The metric of the measure a target or forecast names: the text's measure when named more briefly."""
    known = last_metric.get(metric_unit(figure))
    if percent_of_plan(extraction, figure):  # "Годовые назначения по доходам исполнены на 61%": no unit to go by
        named = metrics_of_head(extraction, measure.head)
        known = named[0][0] if len(named) == 1 else None
    if known is not None and measure.key not in extraction.metric_keys and \
            known_head(extraction, known) == measure.head:
        # "Годовой план по доходам" after "Доходы бюджета составили": the text's measure, named briefly
        return known, extraction.metrics[known][0], None, _TARGET_MEASURE_CHECK
    metric_id, name, start, _ = _chosen_metric(
        extraction, _qualified(extraction, measure, figure, sentence, running_total), figure, sentence, last_metric)
    return metric_id, name, start, _TARGET_MEASURE_CHECK


def _chosen_metric(extraction: Extraction, subject: Subject, figure: FoundFigure, sentence: tuple[int, int],
                   last_metric: dict[str, str]) -> MetricReading:
    """The metric id of a subject (metric_ids.py), with what to check when it was merged with a known one."""
    if names_a_person(extraction, subject):
        return unnamed(extraction, figure, metric_unit(figure))
    if subject.qualifiers and set(subject.qualifiers) <= set(subject.head.split()):
        # '"Red Harbor" slipped': a name that is the measure is not its own owner ("Red Harbor (Red Harbor)"); a
        # bracket of another kind stays ("Red Harbor (domestic total)")
        bracket = PARENTHESIS.search(subject.name)
        owner = bracket is not None and set(bracket.group(0).strip(" ()").casefold().split()) <= set(subject.qualifiers)
        subject = replace(subject, qualifiers=(), name=PARENTHESIS.sub("", subject.name) if owner else subject.name)
    unit = metric_unit(figure)
    amount = isinstance(figure.figure, Amount) and figure.figure.unit is not None
    exact = subject.key in extraction.metric_keys
    # "Europe, which accounts for 42% of all receipts", "расходы исполнены на 65,1%": a share in the measure's
    # metric, whose unit comes with its first amount
    if share_of_own_measure(extraction, figure, subject) or percent_of_plan(extraction, figure):
        metric_id = metric_for(extraction, subject, "", True, sentence[0])
        name, metric_unit_, _ = extraction.metrics[metric_id]
        if not metric_unit_:  # its unit comes with its first amount; a measure that adds up is a flow in any
            extraction.metrics[metric_id] = (name, metric_unit_, subject.head in FLOW_CONCEPTS)
    else:
        metric_id = metric_for(extraction, subject, unit, figure.form == "change" and not amount, sentence[0])
    if unit:  # the measure the text is about in this unit is the first it names ("Ввод жилья ... План на год")
        last_metric.setdefault(unit, metric_id)
    merged = not exact and extraction.metric_keys.get(subject.key) != [metric_id]
    merge_check = f"metric: \"{subject.name}\" taken as the same measure as the metric's name" if merged else None
    return metric_id, extraction.metrics[metric_id][0], subject.start, merge_check or subject.guess
