"""One context per figure, built once: what every reader of `extract` may read about the figure.

Readers take a context and return a reading with its evidence (see factcheck/extract/readers/); none of them
cuts its own window of characters out of the article.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from factcheck.extract.text import clause_start_of, is_running_total
from factcheck.figures import FoundFigure

Span = tuple[int, int]
CONTEXT_REACH = 400  # characters read on either side of a figure: a long news sentence, never a paragraph of them


@dataclass(frozen=True)
class FigureContext:
    """A figure of the article and the text around it (spans are offsets in the article's visible text)."""

    visible: str
    language: str
    published: date
    figure: FoundFigure
    sentence: Span  # bounded: a run-on "sentence" is read no further than a long news sentence
    paragraph: Span
    clause_start: int  # where the figure's own clause begins
    # "a cumulative gross of $459 million", "$140 million to date": read by the metric and the period readers
    running_total: bool

    @classmethod
    def of(cls, visible: str, language: str, published: date, figure: FoundFigure, sentence: Span,
           paragraph: Span) -> FigureContext:
        """The context of a figure in its sentence and paragraph."""
        return cls(visible, language, published, figure, sentence, paragraph,
                   clause_start_of(visible, sentence[0], figure.start),
                   is_running_total(visible, sentence, figure.start, figure.end))

    @property
    def before_in_sentence(self) -> Span:
        """The sentence up to the figure."""
        return self.sentence[0], self.figure.start
