"""Periods and dates in an article's text: what period a figure is about, as a claims file writes it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_RU_MONTHS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8, "сентябр": 9,
    "октябр": 10, "ноябр": 11, "декабр": 12,
}


_EN_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
    "nov": 11, "dec": 12,
}


_ORDINALS = {
    "перв": 1, "втор": 2, "трет": 3, "четверт": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4, "first": 1, "second": 2,
    "third": 3, "fourth": 4,
}


DURATION_WORDS = {
    "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9,
    "десять": 10, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10,
}


MONTH_WORD = r"(январ\w*|феврал\w*|март\w*|апрел\w*|ма[йяе]\w*|июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*" \
              r"|ноябр\w*|декабр\w*|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)"


YEAR = r"((?:19|20|21)\d\d)"


_PERIOD_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("months", rf"{MONTH_WORD}\s?[-–—]\s?{MONTH_WORD}\s+{YEAR}"),
        ("half", rf"(перв\w*|втор\w*|first|second)\s+(?:полугоди\w*|half)(?:\s+(?:of\s+)?{YEAR})?"),
        ("quarter", rf"(перв\w*|втор\w*|трет\w*|четверт\w*|first|second|third|fourth|I{{1,3}}|IV)\s+"
                    rf"(?:квартал\w*|quarter)(?:\s+(?:of\s+)?{YEAR})?"),
        ("month", rf"{MONTH_WORD}\s+{YEAR}"),
        ("duration", r"(?:за|over|in)\s+(?:the\s+)?(?:последние\s+|past\s+|last\s+)?(\d+|два|две|три|четыре|пять|"
                     r"шесть|семь|восемь|девять|десять|two|three|four|five|six|seven|eight|nine|ten)\s+"
                     r"(?:лет|года|год|years)"),
        ("previous", r"прошл\w+\s+год\w*|last\s+year|previous\s+year"),
        ("current", r"(?:в\s+)?(?:этом|текущем)\s+году|this\s+year"),
        ("year", rf"(?<![\d.])(?:к\s+|by\s+)?{YEAR}(?:-?(?:м|й|го)\b|\s*(?:год\w*|г\.))?(?![\d.,])"),
    )
)


TARGET_YEAR = re.compile(rf"(?:\bк|\bby)\s+{YEAR}", re.IGNORECASE)


@dataclass(frozen=True)
class PeriodMention:
    """A period named in the text, where it is, and how a claims file writes it."""

    start: int
    end: int
    text: str  # as a claims file writes it: 2023, 2025-01/2025-08, P5Y
    duration: bool = False
    target: bool = False


def _month(word: str) -> int:
    lowered = word.casefold()
    for table in (_RU_MONTHS, _EN_MONTHS):
        for stem, number in sorted(table.items(), key=lambda item: -len(item[0])):
            if lowered.startswith(stem):
                return number
    return 0


def find_periods(text: str, published: date) -> list[PeriodMention]:
    """Every period mentioned in a stretch of text, earliest first, overlaps resolved by pattern order."""
    mentions: list[PeriodMention] = []
    taken: list[tuple[int, int]] = []
    for name, pattern in _PERIOD_PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            label = _period_label(name, match, published)
            if label is None:
                continue
            taken.append(match.span())
            mentions.append(PeriodMention(
                match.start(), match.end(), label, duration=name == "duration",
                target=bool(TARGET_YEAR.match(match.group(0))),
            ))
    return sorted(mentions, key=lambda m: m.start)


def _period_label(name: str, match: re.Match[str], published: date) -> str | None:
    groups = match.groups()
    if name == "months":
        first, last, year = _month(groups[0]), _month(groups[1]), groups[2]
        return f"{year}-{first:02d}/{year}-{last:02d}" if first and last else None
    if name == "half":
        half = 1 if groups[0].casefold().startswith(("перв", "first")) else 2
        return f"{groups[1] or published.year}-H{half}"
    if name == "quarter":
        key = groups[0].casefold()
        quarter = next(
            (n for ordinal, n in _ORDINALS.items() if key.startswith(ordinal) and (len(ordinal) > 2 or key == ordinal)),
            0,
        )
        return f"{groups[1] or published.year}-Q{quarter}" if quarter else None
    if name == "month":
        month = _month(groups[0])
        return f"{groups[1]}-{month:02d}" if month else None
    if name == "duration":
        count = groups[0]
        years = int(count) if count.isdigit() else DURATION_WORDS.get(count.casefold(), 0)
        return f"P{years}Y" if years else None
    if name == "previous":
        return str(published.year - 1)
    if name == "current":
        return str(published.year)
    return groups[0]
