"""uncurated-figure: with the article text, a figure in the article that no claim's quote covers.

What it checks:
    Every figure of the article text (digits with their scale words and units, percentages, multipliers such
    as "вдвое") must lie inside the quote of some claim. Years, dates, ordinals ("2024-м"), list numbers and
    figures inside URLs are not figures, nor is what the not-a-figure reader shared with `extract` finds: ranks
    ("the top 10"), a number closing a name ("Paddington 3,"), spans of time ("in 13 years", "52-week"), two
    consecutive years as a header ("25/24"), one of a unit ("an ounce of gold"). A number whose digit groups
    cannot be a number ("12,404,5531", "700,0000" in English) is reported as a likely misprint. A Markdown
    draft (.md) is read as its reader sees it; the finding points at the figure's line and column in the draft.

Why it matters:
    A figure nobody curated is a figure nobody checked: a new paragraph or an edited number slips past every
    other rule.

Example:
    text: "Товарооборот достиг $533 млн, а экспорт вырос на 12%."
    claims:
      - {id: t, metric: trade, period: "2023", value: "$533 млн", said_by: baq, quote: "Товарооборот достиг $533 млн"}
    warning uncurated-figure: на 12% in the article (paragraph 1) is not covered by any claim's quote.

Passes:
    text: "Товарооборот достиг $533 млн, а экспорт вырос на 12%."
    claims:
      - {id: t, metric: trade, period: "2023", value: "$533 млн", said_by: baq, quote: "Товарооборот достиг $533 млн"}
      - {id: x, metric: trade, period: "2023", change: "+12%", since: P1Y, said_by: baq, quote: "экспорт вырос на 12%"}

Tolerance:
    A figure counts as covered when its whole span lies inside a located quote, or when its sentence is printed
    again word for word (a headline repeating the lead) and the same figure there is covered. Runs only when
    the article text is given.

How to silence:
    Add a claim for the figure (its quote covering it), or review the finding if the number is not a figure
    worth checking.

"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator

from factcheck.findings import Finding, Location, Severity
from factcheck.rules.base import Context

ID = "uncurated-figure"
ORDER = 150
SEVERITY = Severity.WARNING
NEEDS_TEXT = True


def check(ctx: Context) -> Iterator[Finding]:
    """Report each figure of the text outside every located quote."""
    article = ctx.article
    if article is None:
        return
    from factcheck.not_figures import NotFigures, misprints  # the not-a-figure reader, shared with extract

    covered = _Coverage([span for claim in ctx.claims if (span := ctx.quote_span(claim)) is not None])
    occurrences: Counter[str] = Counter()
    not_figures = NotFigures(article.visible)
    repeats = _Repeats(article.visible)
    for figure in ctx.article_figures:
        if not_figures.excludes(figure.start, figure.end, figure.figure):
            continue  # "per 100,000 population", "Aug. 9", "the past 12 months": what the docs say is no figure
        occurrences[figure.text] += 1
        figure_start, figure_end = article.source_span(figure.start, figure.end)
        if covered.covers(figure_start, figure_end):
            continue
        twin = repeats.twin(figure.start)
        if twin is not None and covered.covers(*article.source_span(twin, twin + figure.end - figure.start)):
            continue  # a headline repeating the lead word for word: its figures are curated once, in the lead
        place, last = article.place(figure_start), article.place(figure_end - 1)
        yield ctx.finding(
            ID, SEVERITY, [],
            f"{figure.text} in the article (paragraph {place.paragraph}) is not covered by any claim's quote.",
            "Add a claim for this figure with a quote that covers it.",
            # the subject is the figure and its occurrence, so edits elsewhere keep reviews attached
            subject=[figure.text, str(occurrences[figure.text])],
            location=Location(str(article.path), place.line, place.column, last.line, last.column + 1),
        )
    # "12,404,5531": no figure the reader can take, yet a figure of the article that no claim checks
    for start, end, why in misprints(article.visible, ctx.claims_file.article.language):
        written = article.visible[start:end]
        misprint_start, misprint_end = article.source_span(start, end)
        if covered.covers(misprint_start, misprint_end):
            continue
        place, last = article.place(misprint_start), article.place(misprint_end - 1)
        yield ctx.finding(
            ID, SEVERITY, [],
            f"{written} in the article (paragraph {place.paragraph}) is not covered by any claim's quote: it "
            f"looks like a misprint ({why}).",
            "Add a claim with the figure the source gives, its quote covering the misprint.",
            subject=[written, "misprint"],
            location=Location(str(article.path), place.line, place.column, last.line, last.column + 1),
        )


# a sentence: the text up to a full stop, question or exclamation mark before a space, or up to a line break
_SENTENCE = re.compile(r"[^\n]+?(?:[.!?](?=\s)|(?=\n)|$)", re.MULTILINE)


class _Repeats:
    """Sentences printed more than once (a headline repeating the lead, a teaser): where each copy starts."""

    def __init__(self, text: str) -> None:
        self.starts: list[int] = []
        self.keys: list[str] = []
        copies: dict[str, list[int]] = {}
        for match in _SENTENCE.finditer(text):
            key = " ".join(match.group().rstrip(".!? ").split())
            start = match.start() + len(match.group()) - len(match.group().lstrip())
            self.starts.append(start)
            self.keys.append(key)
            copies.setdefault(key, []).append(start)
        self.copies = {key: starts for key, starts in copies.items() if len(starts) > 1 and key}

    def twin(self, offset: int) -> int | None:
        """Where the character at `offset` stands in the first other copy of its sentence, if it has one."""
        found = bisect.bisect_right(self.starts, offset) - 1
        if found < 0 or self.keys[found] not in self.copies:
            return None
        start = self.starts[found]
        return next((other + offset - start for other in self.copies[self.keys[found]] if other != start), None)


class _Coverage:
    """The quotes' spans, sorted once, so that each figure is looked up in log time, not against every quote."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans.sort()
        self.starts = [start for start, _ in spans]
        self.furthest: list[int] = []  # the furthest end among the spans starting at or before each one
        for _, end in spans:
            self.furthest.append(max(end, self.furthest[-1]) if self.furthest else end)

    def covers(self, start: int, end: int) -> bool:
        """Whether one span holds the whole of [start, end)."""
        last = bisect.bisect_right(self.starts, start) - 1
        return last >= 0 and self.furthest[last] >= end
