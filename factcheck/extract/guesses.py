"""Which readings of a figure's form and period are guesses, beyond what each kind of evidence says of itself.

A field a draft does not list under `guessed:` is one the journalist may trust, so a reading is a guess
whenever the text leaves its value open (format 1.2 section 4). The period reader's kinds say so themselves
(`PeriodFound.guess`), as do the speaker reader's (`SpeakerFound.guess`) and the form reader's
(`FormFound.guess`); the rules here are those that rest on the value read rather than on how it was found.
Each was measured with `benchmarks/drafts.py --evidence` (docs/extract.md, "Honest drafts").
"""

from __future__ import annotations

from factcheck.extract.model import ExtractedFigure
from factcheck.extract.speaker_evidence import SpeakerFound


def form_guessed(figure: ExtractedFigure) -> bool:
    """Whether the figure's form (value, change, bound or share) is a guess: as the form reader's evidence says.

    The reader says when a percentage has neither a cue of change nor a whole it is a share of
    (`FormFound.NO_WHOLE`); a cue (a sign, a verb, a noun or a comparative of change) decides the form by itself,
    as does a share phrase that names the whole.
    """
    return figure.form_found.guess


def period_unread(figure: ExtractedFigure) -> bool:
    """Whether no period was read for the figure: a period not read is a guess, never silently filled."""
    return not any(reading.found.field == "period" for reading in figure.period_evidence)



def speaker_guessed(figure: ExtractedFigure) -> bool:
    """Whether the figure's speaker is a guess: as the speaker reader's evidence says, or a forecast left to the outlet.

    A forecast no one in the text is named making is rarely the outlet's own: news reports forecasters, polled
    economists, a company's guidance; the outlet is where the reader stopped looking (half of such readings were
    wrong on the tune split).
    """
    return figure.said_by_found.guess or (figure.said_by_found is SpeakerFound.OUTLET and figure.kind == "forecast")
