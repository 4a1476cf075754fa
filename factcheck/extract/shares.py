"""Shares of a market or of a named whole, printed around a percentage, in English and in Russian.

"a market share of 15.2%", "its share of new car sales rose to 15%", "a 15.2% share of the market",
"15.2% market share", "доля рынка составила 15,2%", "доля электромобилей на рынке – 15,2%", and the Russian
genitive after a percentage, "25,5% площади уборки", "15% рынка": the percentage is a share of that whole.
"""

from __future__ import annotations

import re

from factcheck import lexicon
from factcheck.extract.model import Extraction
from factcheck.extract.words import ADJECTIVE, NOUN, Word, russian_readings, through_last_noun, words_of
from factcheck.figures import FoundFigure

_SHARE = lexicon.any_of(lexicon.SHARE_STEMS)
_MARKET = lexicon.any_of(lexicon.MARKET_STEMS)
_LINK = rf"(?:\s*{lexicon.any_of(lexicon.SHARE_LINKS)})*\s*$"
_WHOLE = r"[^\W\d][^\d,.;:()!?]{1,40}?"
_OF = lexicon.any_of(lexicon.EN_WHOLE_LEADS)
_OF_DETERMINERS = lexicon.any_of(lexicon.EN_WHOLE_DETERMINERS)
_WHOLE_END = lexicon.any_of(lexicon.WHOLE_END_WORDS)
_IN = lexicon.any_of(lexicon.RU_SHARE_WHOLE_PREPOSITIONS)
_WHOLE_NOUN = rf"\b{lexicon.any_of(lexicon.RU_SHARE_WHOLE_STEMS)}"
_POSSESSIVE = lexicon.any_of(sorted(lexicon.POSSESSIVES))
# "market share of", "share of new car sales rose to"
_SHARE_BEFORE = re.compile(rf"(?P<market>\b{_MARKET}\s+)?\b{_SHARE}\b(?:\s+{_OF}\s+(?:{_OF_DETERMINERS}\s+)*"
                           rf"(?P<of>{_WHOLE}))?{_LINK}", re.IGNORECASE)
# "доля электромобилей на рынке составила", "доля рынка –"
_RU_SHARE_BEFORE = re.compile(rf"\b{_SHARE}\b[^\d.;!?]{{0,50}}?\b(?P<market>{_MARKET})\b"
                              rf"(?:\s+[^\W\d][\w-]*){{0,3}}?{_LINK}", re.IGNORECASE)
# "15.2% market share", "a 15.2% share of the market"
# "доля налога на прибыль в собственных доходах снизилась до", "доля импорта во внутреннем потреблении составила":
# the part's share of the whole "в" names (the part, in the genitive, is whose share it is)
# "Их доля в общем объеме ввода составила": a possessive before the share word stands for the part, named before
_RU_SHARE_IN = re.compile(rf"(?:\b{_POSSESSIVE}\s+{_SHARE}\b|\b{_SHARE}\b(?:\s+[^\W\d][\w-]*){{1,4}}?)\s+{_IN}\s+"
                          rf"(?P<of>(?:[^\W\d][\w-]*\s+){{0,2}}?{_WHOLE_NOUN}(?:\s+[^\W\d][\w-]*){{0,2}}?"
                          # its destination or origin: "в поставках газа в Европу", "в импорте газа из Норвегии"
                          rf"(?:\s+{lexicon.any_of(lexicon.RU_WHOLE_DIRECTION_PREPOSITIONS)}\s+[^\W\d][\w-]*)?){_LINK}",
                          re.IGNORECASE)
_SHARE_AFTER = re.compile(rf"\s+(?:(?P<market>{_MARKET})\s+)?{_SHARE}\b(?:\s+{_OF}\s+(?:{_OF_DETERMINERS}\s+)*"
                          rf"(?P<of>{_WHOLE})(?=[,.;:()!?]|\s+{_WHOLE_END}\b|$))?", re.IGNORECASE)
_OWNER_IN = re.compile(rf"\s{lexicon.any_of(lexicon.SHARE_OWNER_PREPOSITIONS)}\s", re.IGNORECASE)
# "доля вкладов сроком свыше года составила", "доля валютных вкладов –": a share word, then its part in two words at
# least (a noun and what singles the part out of its whole), then the link to the figure; "в" there names the
# whole ("доля вкладов в пассивах банков"), not a part
_RU_QUALIFIED_PART = re.compile(rf"(?<!\w){_SHARE}\s+[^\W\d][\w-]*(?:\s+(?!{_IN}\s)[^\W\d][\w-]*){{1,8}}?"
                                rf"(?:\s*{lexicon.any_of(lexicon.SHARE_LINKS)})+\s*$", re.IGNORECASE)
_REACH = 120  # every pattern reads a window of this many characters: the work per figure is constant


def share_phrase(extraction: Extraction, figure: FoundFigure) -> tuple[int, tuple[int, int]] | None:
    """Where a share phrase before the figure starts, and the span naming its whole; None without a named whole."""
    visible = extraction.article.visible
    window_start = max(0, figure.start - _REACH)
    before = list(visible[window_start : figure.start])
    for mention in extraction.periods.within(window_start, figure.start):  # "доля рынка в 2024 году составила"
        before[mention.start - window_start : mention.end - window_start] = " " * (mention.end - mention.start)
    text = "".join(before)
    for pattern in (_SHARE_BEFORE, _RU_SHARE_BEFORE, _RU_SHARE_IN):
        found = pattern.search(text)
        if found is None:
            continue
        # "market share of Tesla": the market is the whole, Tesla its owner; "share of exports in GDP": unclear
        group = "market" if found.groupdict().get("market") else "of"
        named = found.groupdict().get(group)
        if not named or (group == "of" and (named[:1].isupper() or _OWNER_IN.search(named))):
            return None
        start = window_start + found.start(group)
        return window_start + found.start(), (start, start + len(named.rstrip()))
    return None


def whole_after(extraction: Extraction, figure: FoundFigure) -> tuple[int, int] | None:
    """The span naming the whole after a percentage: "15.2% market share", "25,5% площади уборки"."""
    visible = extraction.article.visible
    after = visible[figure.end : figure.end + _REACH]
    found = _SHARE_AFTER.match(after)
    if found is not None:
        group = "of" if found.group("of") else "market"
        if found.group(group):
            return figure.end + found.start(group), figure.end + found.end(group)
        return None
    if extraction.language != "ru":
        return None
    # "25,5% площади уборки": a noun in the genitive right after a percentage names what it is a percentage of;
    # "61% годовых назначений": with the adjectives of its phrase before it
    words = words_of(after[:60], figure.end, "ru", -1)
    run: list[Word] = []
    for word in words:
        if word.after_break:
            break
        # "71% годовой цели": an adjective the dictionary reads first in another case ("годовой" is also
        # nominative) is in the genitive when it may be and a noun in the genitive follows it
        if word.part == ADJECTIVE and _may_be_genitive(word.text, "ADJF") and not any(w.part == NOUN for w in run):
            run.append(word)
            continue
        if word.part != NOUN or not _may_be_genitive(word.text):
            break
        run.append(word)
    run = through_last_noun(run)  # "30% всех": an adjective alone names no whole
    if run and visible[figure.end : run[0].start].strip():
        # only a genitive right after the percentage names its whole: past a dash ("составит 3,3% – Росстат": who
        # says it), a bracket or a comma the noun is another phrase's
        return None
    return (run[0].start, run[-1].end) if run else None


def _may_be_genitive(word: str, part: str = "NOUN") -> bool:
    """Whether a Russian noun (adjective) has a reading in the genitive ("площади" is also dative and locative)."""
    return any(reading.tag.case == "gent" and part == reading.tag.POS for reading in russian_readings(word))


def qualified_part_before(extraction: Extraction, figure: FoundFigure) -> bool:
    """Whether a Russian share word and a part singled out of a whole stand right before a percentage.

    "Доля вкладов сроком свыше года составила 18%", "доля валютных вкладов – 4%": some of the deposits, not all.
    """
    if extraction.language != "ru":
        return False
    visible = extraction.article.visible
    return _RU_QUALIFIED_PART.search(visible, max(0, figure.start - _REACH), figure.start) is not None

