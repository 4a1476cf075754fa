"""The measure a figure of a place leaves unnamed: the one its sentence, its paragraph or the article names.

"Asia and the Pacific (+8%) recorded the largest increase in receipts, followed by Europe (+4%)": the
receipts of each place. "Europe, which accounts for 42% of all receipts, saw the biggest growth: up $35 bn":
Europe's receipts. The measure is read from the sentence, else from its paragraph before it, else it is the
one measure of the thesaurus the article's metrics are of; the reading is marked as a guess.
"""

from factcheck.extract.model import Extraction, MetricKey
from factcheck.extract.readers.metric.common import PARAGRAPH_WINDOW, PARENTHESIS, Subject
from factcheck.extract.readers.place import Measure, NamedPlace, bracketed_name, clause_place, measure_of
from factcheck.figures import FoundFigure
from factcheck.lexicon import METRIC_CONCEPTS


def bracketed(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int]) -> Subject | None:
    """A signed change in brackets after a name is a change of that name's measure.

    "Asia and the Pacific (+8%) recorded the largest increase in receipts, followed by Europe (+4%)": the
    receipts of each; "Германия (+3%) и Франция (-2%) нарастили экспорт": the exports of each.
    """
    if figure.form != "change":
        return None
    place = bracketed_name(extraction, figure.start, figure.end, sentence[0])
    measure = _measure_near(extraction, sentence) if place is not None else None
    return _subject_of_place(measure, place) if measure is not None and place is not None else None


def placed_measure(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int]) -> Subject | None:
    """A figure with no subject in a clause about a place: the place's measure the sentence names.

    "Europe, which accounts for 42% of all receipts, saw the biggest growth: up $35 bn" is Europe's receipts;
    "(euro 368 billion)" after it too, in a metric of its own unit.
    """
    place = clause_place(extraction, sentence[0], figure.start)
    measure = _measure_near(extraction, sentence) if place is not None else None
    return _subject_of_place(measure, place) if measure is not None and place is not None else None


def _measure_near(extraction: Extraction, sentence: tuple[int, int]) -> Measure | None:
    """The one measure the sentence names, else the one its paragraph named before it, else the article's."""
    measure = measure_of(extraction, sentence[0], sentence[1])
    if measure is not None:
        return measure
    visible = extraction.article.visible
    start = extraction.paragraph_start(sentence[0], PARAGRAPH_WINDOW)
    if visible[start : sentence[0]].strip():
        measure = measure_of(extraction, start, sentence[0])
        return Measure(measure.concept, measure.word, "its paragraph") if measure is not None else None
    return _article_measure(extraction)  # a paragraph that opens with the place: the measure the text is about


def _article_measure(extraction: Extraction) -> Measure | None:
    """The one measure of the thesaurus the article's metrics so far are of, named as its first metric is."""
    names: dict[str, str] = {}
    for key, ids in extraction.metric_keys.items():
        head = MetricKey.of(key).head
        if head in METRIC_CONCEPTS:
            names.setdefault(head, extraction.metrics[ids[0]][0])
    if len(names) != 1:
        return None
    ((concept, name),) = names.items()
    return Measure(concept, PARENTHESIS.sub("", name).casefold(), "the article")


def _subject_of_place(measure: Measure, place: NamedPlace) -> Subject:
    """The subject of a place's figure: the measure read elsewhere, of that place, marked as a guess."""
    return Subject(measure.concept, (), place.words, f"{measure.word} ({place.name})", place.start,
                   f"metric: the {measure.word} of {place.name}, the measure read from {measure.read_from}")
