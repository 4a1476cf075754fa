"""What the extractor finds: sources it guessed, figures with their context, and the whole extraction."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from typing import NamedTuple

from factcheck.article import ArticleText, Place
from factcheck.extract.form_evidence import FormFound
from factcheck.extract.period_evidence import PeriodEvidence
from factcheck.extract.periods import PeriodIndex
from factcheck.extract.readers.kind import NO_CUE, KindReading
from factcheck.extract.speaker_evidence import SpeakerFound
from factcheck.figures import FoundFigure
from factcheck.intervals import Interval
from factcheck.quantities import Amount, Ratio, unit_label


@dataclass(frozen=True)
class SourceGuess:
    """Someone the extractor believes states or publishes a figure."""

    id: str
    name: str
    kind: str
    role: str | None = None


@dataclass(frozen=True)
class ExtractedFigure:
    """A figure of the article with everything a claim needs, and what the extractor was unsure of."""

    found: FoundFigure
    kind: str
    period: str | None
    since: str | None
    said_by: SourceGuess
    cites: SourceGuess | None
    metric: str
    metric_name: str
    quote: str
    place: Place
    checks: tuple[str, ...] = ()
    starts_change: bool = False  # "from 1.5%": the start of a change, not the period the text is about
    share_of: str | None = None  # "86.7% of GDP": a share of this metric (the whole), written `share:` with `of:`
    kind_reading: KindReading = NO_CUE  # what `kind` rests on
    # how the period reader found `period` and `since`, in the order it read them (the writer words the guesses)
    period_evidence: tuple[PeriodEvidence, ...] = ()
    said_by_found: SpeakerFound = SpeakerFound.OUTLET  # what `said_by` rests on
    form_found: FormFound = FormFound.PRINTED  # what `found.form` (and `share_of`) rests on

    @property
    def low_high_unit(self) -> tuple[float | None, float | None, str]:
        """The figure's interval in the unit it is written in: USD, t, % or x."""
        figure = self.found.figure
        if isinstance(figure, Ratio):
            if figure.percent:
                percent = figure.interval.shifted(Fraction(-1)).scaled(Fraction(100))
                return _float(percent.low), _float(percent.high), "%"
            return _float(figure.interval.low), _float(figure.interval.high), "x"
        if isinstance(figure, Amount) and figure.unit is not None:
            shown = figure.interval.scaled(1 / figure.unit.factor)
            return _float(shown.low), _float(shown.high), unit_label(figure.unit)
        interval = figure.interval if figure is not None else Interval(None, None)
        return _float(interval.low), _float(interval.high), ""

    def to_dict(self) -> dict[str, object]:
        """The figure in `factcheck extract --format json`."""
        low, high, unit = self.low_high_unit
        return {
            "text": self.found.claim_text, "form": self.found.form, "kind": self.kind, "low": low, "high": high,
            "unit": unit, "period": self.period, "since": self.since, "said_by": self.said_by.name,
            "kind_cue": self.kind_reading.cue.name.lower(),
            "cites": self.cites.name if self.cites else None, "metric": self.metric, "share_of": self.share_of,
            "quote": self.quote,
            "paragraph": self.place.paragraph, "line": self.place.line, "column": self.place.column,
        }


def _float(value: Fraction | None) -> float | None:
    return None if value is None else float(value)


@dataclass(frozen=True)
class Misprint:
    """A number whose digit groups cannot be a number ("12,404,5531"): no claim, a comment in the draft saying why."""

    written: str
    place: Place
    why: str


class MetricKey(NamedTuple):
    """A metric's key, part by part: figures with one key are one metric (the metric reader's `Subject.key`).

    Written "head|complements|qualifiers|kinds", each list "+"-joined ("revenue|company||", "rate|unemployment||").
    """

    head: str
    complements: str
    qualifiers: str
    kinds: str

    @classmethod
    def of(cls, key: str) -> MetricKey:
        """The parts of a key as `Extraction.metric_keys` holds it."""
        head, complements, qualifiers, kinds = key.split("|")
        return cls(head, complements, qualifiers, kinds)

    @property
    def text(self) -> str:
        """The key as `Extraction.metric_keys` holds it."""
        return "|".join(self)


@dataclass
class Extraction:
    """Everything `extract` found in one article."""

    article: ArticleText
    language: str
    published: date
    title: str
    outlet: SourceGuess
    periods: PeriodIndex
    published_guessed: bool = False
    printed: str = ""  # the visible text as printed, which claims quote (the readers' may set its quotation marks)
    figures: list[ExtractedFigure] = field(default_factory=list)
    sources: dict[str, SourceGuess] = field(default_factory=dict)
    metrics: dict[str, tuple[str, str, bool]] = field(default_factory=dict)  # id -> (name, unit, flow)
    topic: tuple[int, tuple[str, ...]] = (-2, ())  # the paragraph (by its start) and the place it is about
    metric_keys: dict[str, list[str]] = field(default_factory=dict)  # a subject's key -> its metrics, one a unit
    parts: dict[str, list[str]] = field(default_factory=dict)  # a whole's metric -> the metrics of its segments
    unit_checks: dict[str, str] = field(default_factory=dict)  # a metric -> what to check of its unit, if guessed
    misprints: list[Misprint] = field(default_factory=list)  # numbers no claim can be made of, with why
    # where each paragraph starts: paragraphs are separated by blank lines; in a text with none, each line is one
    paragraph_starts: list[int] = field(default_factory=lambda: [0])

    def paragraph_start(self, position: int, reach: int | None = None) -> int:
        """Where the paragraph holding `position` starts, or `reach` characters back if that is nearer."""
        start = self.paragraph_starts[max(0, bisect.bisect_right(self.paragraph_starts, position) - 1)]
        return start if reach is None else max(start, position - reach)

    def clause_start(self, sentence_start: int) -> int:
        """Where the figure being read starts its clause: after the figure before it in its sentence, else there."""
        last = self.figures[-1].found.end if self.figures else -1
        return max(last, sentence_start)

    def opens_paragraph_figures(self, position: int) -> bool:
        """Whether no figure of its paragraph (past the first) comes before `position`: what stands there opens them.

        "показатель" opening a paragraph's figures may go on about the paragraph before; later, it is its own's.

        The walk back passes only the figures read after `position` (those of its own sentence).
        """
        paragraph = self.paragraph_start(position)
        before = next((figure for figure in reversed(self.figures) if figure.found.start < position), None)
        return paragraph > 0 and (before is None or before.found.start < paragraph)
