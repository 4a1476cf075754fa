"""A bare rate named right after a measure's figure is that measure's rate.

"unemployment stood at 1.37 million and the rate was 4.1%" is the unemployment rate, never a measure "Rate" that
any other bare rate would share.
"""

import re
from dataclasses import replace

from factcheck import lexicon
from factcheck.extract.model import ExtractedFigure, Extraction, MetricKey
from factcheck.extract.readers.metric.common import Subject, is_subject_word, known_key
from factcheck.extract.segments import names_segment
from factcheck.extract.words import NOUN, PROPER, words_of

# an article right before the rate's noun: "and the rate was", ", a rate of"
_ARTICLE_BEFORE = re.compile(rf"(?<!\w)(?:{'|'.join(lexicon.EN_ARTICLES)})\s+\Z", re.IGNORECASE)


def rate_of_measure_before(extraction: Extraction, subject: Subject, last: ExtractedFigure | None) -> Subject:
    """The rate of the measure whose figure comes right before a bare rate, in its paragraph; else the subject.

    The rate follows the figure with no noun between ("unemployment stood at 1.37 million and the rate was
    4.1%", "... in the three months to August. The rate was 4.1%"); the measure is one of the thesaurus, named
    bare. Where the text named that measure's rate before ("The UK unemployment rate rose to 4.4%"), it is that
    one. "Inflation rose to 3.1% and the central bank kept the rate at 5.25%" names the bank: another rate.
    """
    if subject.head != lexicon.RATE_OF_MEASURE_HEAD or subject.complements or subject.qualifiers \
            or subject.kinds or last is None or extraction.language != "en":
        return subject
    visible, article = extraction.article.visible, extraction.article
    if _ARTICLE_BEFORE.search(visible, max(0, subject.start - 5), subject.start) is None \
            or article.place(article.source_offset(last.found.start)).paragraph \
            != article.place(article.source_offset(subject.start)).paragraph:
        return subject
    key = known_key(extraction, last.metric)
    if key is None:
        return subject
    measure = MetricKey.of(key)
    if measure.head not in lexicon.METRIC_CONCEPTS or measure.head == lexicon.RATE_OF_MEASURE_HEAD \
            or measure.complements or measure.kinds:
        return subject
    between = words_of(extraction.periods.blanked(visible, last.found.end, subject.start), last.found.end,
                       extraction.language, last.found.end)
    if any(word.part in (NOUN, PROPER) and is_subject_word(word) for word in between):
        return subject
    named = [MetricKey.of(known) for known in extraction.metric_keys
             if MetricKey.of(known).head == lexicon.RATE_OF_MEASURE_HEAD
             and MetricKey.of(known).complements == measure.head and not MetricKey.of(known).kinds
             and not names_segment(known)]
    qualifiers = named[0].qualifiers if len(named) == 1 else measure.qualifiers
    return replace(subject, complements=(measure.head,), qualifiers=tuple(q for q in qualifiers.split("+") if q),
                   name=f"{extraction.metrics[last.metric][0]} {subject.name}")
