"""The period a change is measured from, as a comparative or "on"/"против" names it after the change.

- After a comparative: "на 5% меньше показателей января-сентября 2024 года", "0.4% above August's level",
  "5% lower than in 2023", "на 1,4 млн тонн больше, чем в 2023 году".
- After "on"/"против" with no comparative: "up 2% on August", "(...) против июля".
- A month printed without its year is the last such month before the change's own period ("in September ...
  above August's level"), or the publication's year; "августа прошлого года" is the year before.
- "than a year earlier" names no period of its own: the period reader reads it as the same period a year before.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from factcheck import lexicon
from factcheck.extract.model import Extraction
from factcheck.extract.periods import MONTH_WORD, month_without_year
from factcheck.extract.readers.form.shared import ABOVE, BELOW, BRACKET, COMPARATIVE, LOOK_AHEAD, alternatives
from factcheck.figures import FoundFigure

# between a comparative and the period it names: "показателей", ", чем в", "than in", "the level of"
_THE = rf"(?:(?:{alternatives(lexicon.ARTICLE_WORDS)})\s+)?"
_BASELINE_NOUN = (rf"{_THE}(?:{alternatives(lexicon.BASELINE_NOUNS)})\s+"
                  rf"(?:(?:{alternatives(lexicon.BASELINE_NOUN_LINKS)})\s+)?")
_PERIOD_PREPOSITION = rf"(?:(?:{alternatives(lexicon.BASELINE_PERIOD_PREPOSITIONS)})\s+)?"
# a preposition alone dates the figure ("0.3% lower in 2024"); after "than" or a baseline noun it names the baseline
_TO_BASELINE = re.compile(
    rf"\s*,?\s*(?:(?:{alternatives(lexicon.THAN_WORDS)})\s+(?:{_BASELINE_NOUN})?{_PERIOD_PREPOSITION}|"
    rf"{_BASELINE_NOUN}{_PERIOD_PREPOSITION}|(?:{alternatives(lexicon.ON_BASELINE)})\s+)?{_THE}",
    re.IGNORECASE,
)
# a baseline named without a comparative, right after the change: "up 2% on August", "(...) против июля"
BASELINE_WORD = re.compile(rf"\s*(?:{alternatives(lexicon.BASELINE_PREPOSITIONS)})\s+".replace(r"\ ", r"\s+"),
                           re.IGNORECASE)
_MONTH = re.compile(MONTH_WORD, re.IGNORECASE)
_YEAR_BEFORE = re.compile(rf"\s+(?:{alternatives(lexicon.YEAR_BEFORE_PHRASES)})".replace(r"\ ", r"\s+"),
                          re.IGNORECASE)


def named_baseline(extraction: Extraction, figure: FoundFigure, period: str | None, checks: list[str]) -> str | None:
    """The period a change of `period` is measured from, when a comparative or "on"/"против" names it after it."""
    visible = extraction.article.visible
    position = figure.end
    bracket = re.match(BRACKET, visible[position : position + 90])
    if bracket is not None:
        position += bracket.end()
    comparative = COMPARATIVE.match(visible, position)
    if comparative is not None:
        found = named_baseline_at(extraction, comparative.end(), period)
    else:
        connector = BASELINE_WORD.match(visible, position)
        found = named_baseline_at(extraction, connector.end(), period) if connector is not None else None
    if found is None:
        return None
    label, check = found
    if check:
        checks.append(check)
    return label


_LEAD_REACH = 8  # how far back a run's leading "from", "с", "between" may open the run a position lies in


def is_comparative_baseline(visible: str, sentence_start: int, mention_start: int) -> bool:
    """Whether a period stands after a comparative as its baseline: "меньше показателей января-сентября"."""
    before = visible[max(sentence_start, mention_start - LOOK_AHEAD) : mention_start]
    words = re.search(rf"(?:{ABOVE}|{BELOW})(?!\w)(?P<rest>[^.!?\d]*)$", before, re.IGNORECASE)
    return words is not None and _TO_BASELINE.fullmatch(words.group("rest")) is not None


def baseline_follows(extraction: Extraction, position: int) -> bool:
    """Whether a period the change is measured from stands at `position`: "than in 2023", "than a year earlier"."""
    visible = extraction.article.visible
    mentions = extraction.periods.within(position, position + LOOK_AHEAD)[:1]
    if mentions and _TO_BASELINE.fullmatch(visible, position, mentions[0].start) and not mentions[0].duration:
        return True
    return named_baseline_at(extraction, position) is not None


def named_baseline_at(
    extraction: Extraction, position: int, period: str | None = None
) -> tuple[str, str | None] | None:
    """The period named at `position` (past "показателей", "than in"), with the check its label needs.

    A month printed without its year is the last such month before the change's own period ("in September ...
    above August's level"); with no dated period to go by, the year is the publication date's.
    """
    visible = extraction.article.visible
    if any(mention.start < position < mention.end
           for mention in extraction.periods.within(max(0, position - _LEAD_REACH), position + LOOK_AHEAD)):
        return None  # "from December 2021 to August 2023": a run the words after "from" open, no baseline
    for mention in extraction.periods.within(position, position + LOOK_AHEAD)[:1]:
        if not _TO_BASELINE.fullmatch(visible, position, mention.start):
            break  # a period further on ("... в марте"): not the one the comparative names
        if mention.duration or mention.baseline:
            return None  # "than a year earlier": the same period a year before, as `_baseline` reads it
        return mention.text, mention.check and mention.check.replace("period:", "since:", 1)
    connector = _TO_BASELINE.match(visible, position)
    month = _MONTH.match(visible, connector.end() if connector else position)
    if month is None or (month.group(0)[:1].isascii() and month.group(0)[:1].islower()):
        return None  # "in may" is a verb more often than a month: English months are capitalised
    start = re.match(r"(\d{4})-(?:(\d\d)|Q([1-4])|H([12]))", period or "")
    if start is not None:
        year, first_month = int(start.group(1)), int(start.group(2) or 0) or (
            int(start.group(3) or 0) * 3 - 2 if start.group(3) else int(start.group(4)) * 6 - 5)
        reference, check = date(year, first_month, 1) - timedelta(days=1), "taken as the last before the period"
    else:
        reference, check = extraction.published, "taken from the publication date"
    label = month_without_year(month.group(0), reference)
    if label is None:
        return None
    if _YEAR_BEFORE.match(visible, month.end()):
        return f"{int(label[:4]) - 1}{label[4:]}", None  # "августа прошлого года"
    return label, f"since: the year is not printed; {check}"
