"""How the form reader found a figure's form (value, change, bound or share): typed evidence, never a sentence.

The claims writer alone turns a reading into the `# check:` line a journalist reads, and marks `form` as guessed
when the reading is a guess (format 1.2 section 4). What made a change a change, and its direction, travels with
the figure itself (`figures.SignEvidence`); this says what the form as a whole rests on.
"""

from __future__ import annotations

import enum


class FormFound(enum.Enum):
    """What a figure's form was read from."""

    SIGN = "sign"  # a cue of change with its direction: a sign, a verb, a noun, a comparative, an index
    PRINTED = "printed"  # as printed: an amount at its level, a bound's qualifier, a multiplier
    WHOLE_NAMED = "whole_named"  # a percentage of a whole the sentence names ("86.7% of GDP"): a share of it
    NO_WHOLE = "no_whole"  # a percentage with no cue of change and no whole found

    @property
    def guess(self) -> bool:
        """Whether a reading of this kind is a guess the journalist must confirm.

        A percentage with no cue of change and no whole is a ratio whose base the sentence does not say: a share
        of a whole ("25.7 per cent" of the market), a rate at its level (inflation of 4%) or a change whose verb
        stands elsewhere ("or 4.1%") all print alike.
        """
        return self is FormFound.NO_WHOLE
