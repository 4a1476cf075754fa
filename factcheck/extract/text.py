"""Plain-text helpers of the extractor: ids, language, paragraphs, sentences and clauses."""

from __future__ import annotations

import re
from collections.abc import Iterator

_TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "i",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
})


def slug(text: str, limit: int = 40) -> str:
    """A claims-file id from any text: transliterated, lower case, hyphens."""
    latin = text.casefold().translate(_TRANSLIT)
    words = re.findall(r"[a-z0-9]+", latin)
    result = "-".join(words)[:limit].strip("-")
    return result or "item"


def detect_language(text: str) -> str:
    """Ru when Cyrillic letters dominate, else en."""
    cyrillic = len(re.findall(r"[а-яё]", text, re.IGNORECASE))
    latin = len(re.findall(r"[a-z]", text, re.IGNORECASE))
    return "ru" if cyrillic >= latin else "en"


def spans_between(text: str, separator: str) -> Iterator[tuple[int, int]]:
    """The non-blank stretches of text between matches of a separator."""
    position = 0
    for match in re.finditer(separator, text):
        if text[position : match.start()].strip():
            yield position, match.start()
        position = match.end()
    if text[position:].strip():
        yield position, len(text)


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """The sentences of a paragraph, as (start, end) offsets."""
    spans = []
    position = 0
    for match in re.finditer(r"(?<=[.!?…])[»\"”]?\s+(?=[«\"“(]?[A-ZА-ЯЁ0-9$€£])|\n", paragraph):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(paragraph)))
    return [(s, e) for s, e in spans if paragraph[s:e].strip()]


def title_of(visible: str) -> str:
    """The headline: the first line of the text, shortened if need be."""
    first = visible.strip().splitlines()[0].strip() if visible.strip() else "Untitled"
    return first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + "…"


def clause_start_of(visible: str, sentence_start: int, figure_start: int) -> int:
    """Where the clause holding a figure starts: after the last comma, dash, bracket or colon."""
    cut = max(visible.rfind(mark, sentence_start, figure_start) for mark in (",", ";", "–", "—", "(", ":"))
    start = cut + 1 if cut >= sentence_start else sentence_start
    while start < figure_start and visible[start] in " \t\n«\"“(":
        start += 1
    return start
