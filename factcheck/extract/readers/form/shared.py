"""What every rule group of the form reader uses: the comparative after a figure, the figure before, the shown change.

- `COMPARATIVE` reads the comparative right after a figure, past a bracket: "на 5% меньше", "0.4% (30,000 bpd)
  above", "up 2% on August" (a word of direction that needs its "on"/"к" after it).
- `printed_direction` reads which way a change before goes: its sign ("-3%"), its verb ("fell 3%") or its
  comparative ("3% lower"); a later figure with no cue of its own borrows it.
- `as_change` shows a figure as the change its evidence says: "на 21%" after "снизились" is shown "-21%".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from factcheck import lexicon
from factcheck.extract.model import ExtractedFigure, Extraction
from factcheck.figures import CHANGE_LEAD, FoundFigure, SignCue, SignEvidence, direction_before
from factcheck.quantities import Amount, Ratio, Reader, plain_digits, read_in_text

alternatives = lexicon.longest_first  # a regex alternation of plain words, escaped, longest first


BRACKET = r"\s*\([^()\n]{1,80}\)"
ABOVE = alternatives(lexicon.ABOVE_BASELINE + lexicon.AHEAD_OF_BASELINE)
BELOW = alternatives(lexicon.BELOW_BASELINE + lexicon.BEHIND_BASELINE)
BY = alternatives(lexicon.CHANGE_LEADS)  # the "на"/"by" before the size of a change
# right after a figure (past a bracket): "на 5% меньше", "0.4% (30,000 bpd) above"
_ON = rf"(?=\s+(?:{alternatives(lexicon.ON_BASELINE)})\s)"
# the full stop of an abbreviated unit is the unit's: "на 240 тыс. меньше"
ABBREVIATION_STOP = r"(?:(?<=[^\W\d_])\.)?"
COMPARATIVE = re.compile(
    rf"{ABBREVIATION_STOP}(?:{BRACKET})?\s*(?:(?P<above>{ABOVE}|(?:{alternatives(lexicon.UP_ON_BASELINE)}){_ON})|"
    rf"(?P<below>{BELOW}|(?:{alternatives(lexicon.DOWN_ON_BASELINE)}){_ON}))(?!\w)",
    re.IGNORECASE,
)
# a percentage of a whole named after it is a share, not a change: "5% of exports", "30% от выручки"
SHARE_AFTER = re.compile(rf"\s+(?:{alternatives(lexicon.SHARE_OF_WORDS)})\s", re.IGNORECASE)
LEAD_AT_END = re.compile(rf"(?<!\w)(?:{BY})\s+\Z", re.IGNORECASE)
CLOSING = re.compile(r"\.?\s?\)")  # the bracket closing a figure ("шт.)": the full stop is the unit's)
GAP_WINDOW = 120  # how far back a gapped clause looks for the clause whose verb it shares
SENTENCE_STOP = re.compile(r"[.!?;](?:\s|\Z)")  # what ends a sentence or a clause of its own after a figure
LOOK_AHEAD = 80  # how far after a figure its comparative and baseline are looked for
LOOK_BACK = 30  # how far before a figure its verb of change is looked for (as figures.verb_before)


def previous_figure(extraction: Extraction) -> ExtractedFigure | None:
    """The figure read last, before this one, if any."""
    return extraction.figures[-1] if extraction.figures else None


def previous_change(extraction: Extraction, sentence_start: int) -> ExtractedFigure | None:
    """The figure read last when it is a change of the same sentence: the change a later figure may continue."""
    previous = previous_figure(extraction)
    if previous is None or previous.found.start < sentence_start or previous.found.form != "change":
        return None
    return previous


def number_start(figure: FoundFigure) -> int:
    """Where a figure's number starts: past its own "на"/"by" ("на 7%"), where a phrase before the number ends."""
    lead = CHANGE_LEAD.match(figure.text)
    return figure.start + (lead.end() if lead else 0)


def is_percent(figure: FoundFigure) -> bool:
    """Whether a figure is a percentage ("3%", "5 per cent") or a change in percentage points ("п.п.")."""
    found = figure.figure
    if isinstance(found, Ratio):
        return found.percent
    return isinstance(found, Amount) and found.unit is not None and found.unit.name == "percent"  # "п.п.", "3%"


def measured_value(figure: FoundFigure) -> bool:
    """Whether a figure is printed as a value with a unit or a percentage, one a change elsewhere may sign."""
    return figure.form == "value" and ((isinstance(figure.figure, Amount) and figure.figure.unit is not None)
                                       or is_percent(figure))


def unsigned_change(figure: FoundFigure) -> bool:
    """Whether a figure is a change led by its "на"/"by" that nothing has signed yet: "на 12%", "by 10.1%"."""
    return figure.form == "change" and figure.evidence is None and bool(CHANGE_LEAD.match(figure.text))


def signed(figure: FoundFigure) -> bool:
    """Whether a figure is printed with a sign: "-3%", "+535,000"."""
    return figure.text.lstrip().startswith(("-", "−", "+"))


def in_brackets_after(visible: str, first: FoundFigure, second: FoundFigure) -> bool:
    """Whether `second` stands alone in brackets right after `first`: "на 12% (5 000 шт.)", "на 1,2 тыс. (3,4%)".

    The full stop of an abbreviated unit ending `first` is the unit's.
    """
    opening = r"\.?\s*\(\s*" if visible[first.end - 1 : first.end].isalpha() else r"\s*\(\s*"
    return bool(re.fullmatch(opening, visible[first.end : second.start])) and bool(
        CLOSING.match(visible, second.end))


def cue_before(visible: str, start: int) -> int:
    """+1 or -1 when a verb of change stands right before a figure ("fell", "вырос на"), else 0."""
    direction = direction_before(visible, start)
    return -1 if direction == "down" else 1 if direction == "up" else 0


def printed_direction(visible: str, figure: FoundFigure) -> int:
    """+1 or -1 as the change is printed: its sign, the verb before it, or a comparative after it; else 0."""
    if figure.evidence is not None and figure.evidence.direction:
        return figure.evidence.direction
    if figure.text.startswith(("-", "−")):
        return -1
    if figure.text.startswith("+"):
        return 1
    cue = cue_before(visible, figure.start)
    if cue:
        return cue
    comparative = COMPARATIVE.match(visible, figure.end)
    if comparative is not None:
        return 1 if comparative.group("above") else -1
    return 0


def comparative_evidence(comparative: re.Match[str]) -> SignEvidence:
    """The sign a comparative matched by `COMPARATIVE` gives, on the comparative's span."""
    return SignEvidence(SignCue.COMPARATIVE, 1 if comparative.group("above") else -1, *comparative.span())


def measured_change(extraction: Extraction, figure: FoundFigure, sentence_start: int,
                    read: Callable[[Extraction, FoundFigure, int], SignEvidence | None]) -> FoundFigure | None:
    """A measured value as the change `read` finds it is, or None (the next rule reads it) when it finds none."""
    if not measured_value(figure):
        return None
    evidence = read(extraction, figure, sentence_start)
    return None if evidence is None else as_change(extraction.article.visible, figure, evidence, extraction.language)


def as_change(visible: str, figure: FoundFigure, evidence: SignEvidence | None, language: str,
              signed_up: bool = True) -> FoundFigure:
    """The figure as a change in the direction `evidence` gives, shown "-21%", "+30 тыс. баррелей в сутки".

    The figure is read where it is written, with the direction as an argument; its text is only how a claims
    file shows it. With `signed_up` false a rise is shown as written ("на 5%"): a change is a rise unless signed.
    """
    if evidence is None or evidence.direction == 0:
        return figure
    written = visible[figure.start : figure.end]
    qualifier, body = qualifier_apart(written, language)
    unsigned = CHANGE_LEAD.sub("", body, count=1).lstrip()
    if not qualifier:  # "by about 1.1 million": the qualifier after the lead stands before the sign too
        qualifier, unsigned = qualifier_apart(unsigned, language)
    shown = written if evidence.direction > 0 and not signed_up else \
        f"{qualifier}{'-' if evidence.direction < 0 else '+'}{unsigned}"
    lead_at = len(written) - len(body) if CHANGE_LEAD.match(body) else None
    read = read_in_text(plain_digits(written), 0, len(written), language, shown=shown, change=True,
                        decrease=evidence.direction < 0, lead_at=lead_at)
    if read is None:
        return figure
    return FoundFigure(figure.start, figure.end, shown, "change", None, read, figure.numbers, evidence)


def qualifier_apart(written: str, language: str) -> tuple[str, str]:
    """A figure's qualifier (with its space) and the rest: "Some 6,100" is ("some ", "6,100"), "на 5%" ("", "на 5%").

    The sign is the number's, after the qualifier, as a claims file writes it ("some -6,100", "почти -400"); the
    capital of a qualifier opening the sentence is the sentence's.
    """
    reader = Reader(written, language, (), exact=False, running_text=True)
    if reader.qualifier() is None:
        return "", written
    qualifier = written[: reader.pos].strip()
    if qualifier[1:].islower():
        qualifier = qualifier[:1].lower() + qualifier[1:]
    return f"{qualifier} ", written[reader.pos :]
