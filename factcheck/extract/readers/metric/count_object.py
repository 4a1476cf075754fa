"""The noun a bare count before a figure counts: that count's, never the subject of the figure after it.

"It opened in 3,620 theaters and earned $13.8 million": "theaters" is what 3,620 counts, the object of "in", and
the amount's subject is the clause's ("It"); "from 45 markets, bringing its global total to $80.6 million": the
total is never the markets'. Reading for the later figure starts past the counted noun; where "and" and a verb
follow it, the verb shares the subject of the verb before the count, so reading starts before the count.
"""

from itertools import takewhile

from factcheck import lexicon
from factcheck.extract.model import ExtractedFigure, Extraction
from factcheck.extract.readers.metric.common import masked_words
from factcheck.extract.words import ADJECTIVE, NOUN, PREPOSITION, VERB
from factcheck.quantities import Amount

_JOINS = frozenset(lexicon.LIST_JOINS)


def past_counted_noun(extraction: Extraction, previous: ExtractedFigure, figure_start: int,
                      sentence: tuple[int, int], floor: int) -> int:
    """Where to read a figure's subject from when the figure before it is a bare count of the noun after it.

    `floor` is where reading starts otherwise (past the count); returns it where the rule does not apply.
    """
    count = previous.found
    if extraction.language != "en" or count.form != "value" or not isinstance(count.figure, Amount) \
            or count.figure.unit is not None or floor != count.end:
        return floor
    following = masked_words(extraction, count.end, figure_start, sentence[0])
    run = list(takewhile(lambda w: w.part in (NOUN, ADJECTIVE) and not w.after_break, following))
    if not run or run[-1].part != NOUN:
        return floor
    rest = following[len(run) :]
    before = masked_words(extraction, sentence[0], count.start, sentence[0])
    if len(rest) >= 2 and rest[0].lemma.casefold() in _JOINS and not rest[0].after_break and rest[1].part == VERB \
            and before and before[-1].part == PREPOSITION:
        # "opened in 3,620 theaters and earned": the subject of "opened" earned it, read from before the count
        earlier = [f.found.end for f in extraction.figures[:-1] if sentence[0] <= f.found.start < count.start]
        return max(earlier, default=sentence[0])
    return run[-1].end
