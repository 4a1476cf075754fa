"""A share named again by its noun, alone or after a demonstrative: the share named before it, one metric.

"На Казань приходится 47,3% всех вкладов. Год назад эта доля составляла 46,1%": "эта доля" has no word of its
own to name a measure by; it is the share just named, in its paragraph, whatever that share's metric is called
(even a share whose subject is not read). A share noun with a word of its own ("доля Казани", "эта доля рынка")
names a measure and is left to the subject reader.
"""

from factcheck import lexicon
from factcheck.extract.model import Extraction
from factcheck.extract.readers.metric.common import MetricReading, is_subject_word, metric_unit
from factcheck.extract.words import VERB, Word, russian_readings
from factcheck.figures import FoundFigure

_SHARE_NOUNS = frozenset(lexicon.SHARE_NOUN_LEMMAS)
_DEMONSTRATIVES = frozenset(lexicon.RU_DEMONSTRATIVES)


def share_named_again(extraction: Extraction, figure: FoundFigure, words: list[Word]) -> MetricReading | None:
    """The metric of the share before a percentage whose clause's subject is a bare share noun ("эта доля").

    `words` are the figure's clause before it: the share noun is followed by its verb and preceded by a
    demonstrative or by no word of a subject. The share before is the nearest percentage of the paragraph that
    is a share of a whole or is named by a share noun.
    """
    if extraction.language != "ru" or metric_unit(figure) != "%" or figure.form != "value":
        return None
    at = next((i for i, word in enumerate(words) if word.lemma.casefold() in _SHARE_NOUNS), None)
    if at is None or at + 1 >= len(words) or words[at + 1].part != VERB:
        return None
    if at and words[at - 1].text.casefold() not in _DEMONSTRATIVES and is_subject_word(words[at - 1]):
        return None  # "рыночная доля составила": a share with a word of its own
    noun = words[at]
    paragraph = extraction.paragraph_start(figure.start)
    for before in reversed(extraction.figures):
        if before.found.end <= paragraph:
            return None
        if before.found.start >= noun.start or metric_unit(before.found) != "%":
            continue
        first = before.metric_name.split()[0] if before.metric_name else ""
        if before.share_of is not None or any(reading.normal_form in _SHARE_NOUNS
                                              for reading in russian_readings(first)):
            phrase = f"{words[at - 1].text} {noun.text}" if at and words[at - 1].text.casefold() in _DEMONSTRATIVES \
                else noun.text
            return (before.metric, before.metric_name, None,
                    f"metric: \"{phrase}\", read as the share named before it")
    return None


def whole_of_same_share(extraction: Extraction, figure: FoundFigure, metric_id: str) -> str | None:
    """The whole of the share before in the same metric, for a percentage printed as a value in it.

    A metric's percentages are all shares of one whole: "эта доля составляла 46,1%" after "47,3% всех вкладов"
    is a share of all deposits again, in the other period.
    """
    if metric_unit(figure) != "%" or figure.form != "value":
        return None
    return next((before.share_of for before in reversed(extraction.figures)
                 if before.metric == metric_id and before.share_of is not None), None)
