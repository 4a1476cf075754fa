"""How the speaker reader found who states a figure (said_by): typed evidence, never a sentence.

The claims writer alone turns a reading into the `# check:` line a journalist reads, and marks `said_by` as
guessed when the reading is a guess (format 1.2 section 4).
"""

from __future__ import annotations

import enum


class SpeakerFound(enum.Enum):
    """What a figure's speaker was read from."""

    # read, not guessed: the text names the speaker for this figure
    CLOSING_QUOTATION = "closing_quotation"  # «…», — отметил политолог X: the paragraph ends with its speaker
    QUOTATION_INSIDE = "quotation_inside"  # "…," said X. The figure stands inside a quotation closed by X
    CITED_PERSON = "cited_person"  # "according to analyst John Smith": a person named as the source speaks
    RELAYED = "relayed"  # "…, пишет «Коммерсантъ»": the outlet relays another's report in its own voice
    STATEMENT = "statement"  # "говорится в докладе Минэкономики": the body whose document it is
    SAID_IN = "said_in"  # "в Минпромторге сообщили", "the port authority said": the organisation speaks
    WORDS_OF = "words_of"  # "по словам X", "in the words of X"
    VERB_THEN_NAME = "verb_then_name"  # "said analyst John Smith", "сообщил министр X"
    NAME_THEN_VERB = "name_then_verb"  # "Eurostat said", "Минпромторг сообщил"
    SUBJECT_SAYING = "subject_saying"  # "The guild ..., saying that it expects ...": the clause's subject speaks
    POLLED = "polled"  # "Economists polled by Reuters had expected": the group polled states its forecast
    REVISES_FORECAST = "revises_forecast"  # "The guild has revised its forecast ... to 1.66m": its own forecast
    # read, then taken on by a rule of reference or of news style
    CONTINUED_STATEMENT = "continued_statement"  # "отмечается далее": the speaker of the paragraph before
    PRONOUN = "pronoun"  # "It said", "По его прогнозу": the one named speaking in its paragraph or the one before
    OUTLET = "outlet"  # no one named speaking: the outlet, in its own voice

    @property
    def guess(self) -> bool:
        """Whether a reading of this kind is a guess the journalist must confirm.

        Measured on the tune split of the corpus (benchmarks/drafts.py --evidence): kinds right less often than
        29 times in 30 are guesses; docs/extract.md says which are trusted and why.
        """
        return self in _GUESSES


# Wrong more often than 1 in 30 on the tune split: which body "the ministry" is, where a name read by its
# capitals ends, whether a figure is inside what a named speaker said or the outlet's own, are not settled by
# the pattern that found them. The quotation, the pronoun and the outlet's own voice are rules of reported
# speech and of news style, and were right.
_GUESSES = frozenset({SpeakerFound.STATEMENT, SpeakerFound.SAID_IN, SpeakerFound.VERB_THEN_NAME,
                      SpeakerFound.NAME_THEN_VERB})
