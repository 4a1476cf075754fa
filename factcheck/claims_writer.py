"""Renders an extraction as a claims file (format v1) with `guessed:` and `# check:` where the extractor guessed.

It only renders. Every scalar, key and id is written by the YAML emitter itself (through the loader) as a
double-quoted scalar, so no text of the article (a bare `%`, a colon, `yes`, a line break, a control
character) can change the document's structure: the draft is valid YAML by construction. `factcheck extract`
still loads the result with the core loader before it writes it.
"""

from __future__ import annotations

import os
from collections import Counter
from datetime import date
from pathlib import Path

from factcheck.escaping import one_line
from factcheck.extract import ExtractedFigure, Extraction, slug
from factcheck.extract.guesses import form_guessed, period_unread, speaker_guessed
from factcheck.extract.model import Misprint
from factcheck.extract.period_evidence import PeriodEvidence, PeriodFound
from factcheck.extract.segments import PARTS_CHECK
from factcheck.extract.speaker_evidence import SpeakerFound
from factcheck.loader import GUESSABLE_CLAIM_FIELDS, yaml_scalar

NO_FIGURES = "no figures found in the article: the draft has no claims"
# What each guess of the period reader tells the journalist to check (`# check:` under the claim).
PERIOD_CHECKS: dict[PeriodFound, str] = {
    PeriodFound.YEAR_NOT_PRINTED: "period: the year is not printed; taken from the publication date",
    PeriodFound.YEAR_TO_DATE: "period: year to date; the last month is a guess from the publication date",
    PeriodFound.FISCAL_YEAR: "period: a fiscal year; check which months it covers",
    PeriodFound.FISCAL_PART: "period: a quarter or half of the fiscal year the text names; check it is not a "
                             "calendar one",
    PeriodFound.WEEKDAY: "period: a day of the week, taken as the last one on or before publication",
    PeriodFound.WEEKEND: "period: a weekend, taken as Friday to Sunday of the last one begun on or before publication",
    PeriodFound.LONG_WEEKEND: "period: a holiday weekend of its days, taken as Friday to the holiday Monday "
                              "(Wednesday to Sunday for five days) of the last one begun on or before publication",
    PeriodFound.OPENED_ON_WEEKDAY: "period: from an opening on a day of the week (the last one on or before "
                                   "publication) to the day of publication",
    PeriodFound.OPENED_ON_DAY: "period: from an opening on a day to the day of publication (what a report of "
                               "estimates counts to may be a day earlier)",
    PeriodFound.DAYS_TO_PUBLICATION: "period: the days counted back from the day of publication (the report's "
                                     "last day may be earlier)",
    PeriodFound.MONTHS_TO_PUBLICATION: "period: the whole months counted back from the month of publication (the "
                                       "data may end a month earlier, or run to publication)",
    PeriodFound.SEASON: "period: a season, taken as the year it is in",
    PeriodFound.ACADEMIC_YEAR: "period: an academic year, taken as September to August; check the months it counts",
    PeriodFound.WINTER: "period: a winter, taken as December to February; check the months the text counts",
    PeriodFound.RUNNING_TOTAL: "period: a running total, taken on the last day of the period the text is about",
    PeriodFound.NUMBERED_WEEK: "period: a numbered week, taken as the ISO week (Monday to Sunday)",
    PeriodFound.MONTH_RELATIVE: "period: a month named relative to the publication date",
    PeriodFound.CARRIED_FROM_SENTENCE: "period: taken from an earlier sentence of the paragraph",
    PeriodFound.CARRIED_FROM_PARAGRAPH: "period: taken from an earlier paragraph",
    PeriodFound.FIRST_NAMED_LATER: "period: none before the figure; taken from the first the text names",
    PeriodFound.RESTATED_IN_BODY: "period: a headline's figure the text gives again; taken from that figure",
    PeriodFound.BASELINE_OF_COMPARISON: "period: the start of a change, taken as a year before the sentence's "
                                        "period",
    PeriodFound.BASELINE_OF_TEXT: "period: the start of a change, taken as a year before the text's period",
    PeriodFound.READING_BEFORE: "period: the start of a change, taken as the reading before the text's period",
    PeriodFound.DATED_BY_PHRASE: "period: a figure dated by a phrase after it ('the month before', 'a year "
                                 "earlier')",
    PeriodFound.EXPECTED_MONTH_TO_COME: "period: expected, so the month to come (next year's if reported by now)",
    PeriodFound.YEAR_SO_FAR: "period: the year is not over at publication; taken as the year so far",
    PeriodFound.LEAD_OVER_EARLIER_TWIN: "period: an earlier year's same period was named for comparison; taken "
                                        "from the lead",
    PeriodFound.LEAD_OVER_PREVIOUS: "period: the period before the lead's was named for comparison in a paragraph "
                                    "before; taken from the lead",
    PeriodFound.LEAD_OVER_COMPARISON_ASIDE: "period: a paragraph before was set aside for comparison ('для "
                                            "сравнения'); taken from the lead",
    PeriodFound.FORECAST_PUBLICATION_YEAR: "period: not found; a forecast's change, taken for the year of "
                                           "publication",
    PeriodFound.ANNUAL_PLAN: "period: a plan or forecast for a year ('годовой план', 'the annual target'), taken "
                             "as the year of the period the text is about",
    PeriodFound.REST_OF_YEAR: "period: what is added by the year's end ('до конца года ... ещё'), taken from the "
                              "month after the last one the text reports to December",
    PeriodFound.PLAN_TO_DATE: "period: a share of a year's plan carried out, counted from January to the month "
                              "carried from an earlier sentence",
    PeriodFound.NOT_FOUND: "period: not found in the sentence or paragraph",
    PeriodFound.COUNT_TO_PUBLICATION: "period: a count since a period, taken from its start to the day of "
                                      "publication",
    PeriodFound.BEFORE_EVENT_YEAR: "period: a mark dated before an event ('pre-pandemic'), taken as the year a "
                                   "'since' before it names",
    PeriodFound.YEARS_TO_NAMED: "period: a count of years before the figure and a part of a year after it, taken "
                                "as that many years to the year of the part named",
    PeriodFound.WEEK_TO_PUBLICATION: "period: not found; set against a week earlier, taken as the seven days to "
                                     "the day of publication",
    PeriodFound.DAY_RELATIVE: "period: a day named relative to the publication date ('today', 'yesterday')",
    PeriodFound.QUARTER_RELATIVE: "period: a quarter named relative to the publication date",
    PeriodFound.EQUALLED: "period: the figure is said to equal that of {phrase}; this second claim states it for "
                          "that period",
    PeriodFound.SINCE_YEAR_NOT_PRINTED: "since: the year is not printed; taken from the publication date",
    PeriodFound.SINCE_YEAR_EARLIER: "since: assumed the same period a year earlier",
    PeriodFound.SINCE_EVENT_LEVEL: "since: set against a level dated by an event ('pre-pandemic level'), not a year "
                                   "earlier; put that level's period (P1Y is only a placeholder)",
    PeriodFound.SINCE_RUN_BEFORE: "since: a change over a run of months named by its last month, taken from the "
                                  "run just before it, as statistics offices report one",
    PeriodFound.SINCE_WEEK_BEFORE: "since: a change over a week, taken from the week before",
    PeriodFound.SINCE_PERIOD_BEFORE: "since: a count added or lost in a month or quarter, taken from the one before",
    PeriodFound.SINCE_FURTHER: "since: a change \"ещё\" goes on from the latest level of its measure the text gave, "
                               "on that level's day",
    PeriodFound.SINCE_STOCK_BEFORE: "since: a stock's change by an amount over a month or quarter, taken from the "
                                    "one before (a flow's is against a year before)",
    PeriodFound.SINCE_REVISION: "since: a revision, the period's figure against its earlier release; P1Y only "
                                "stands in: write that release as a claim with `release:` and set `against:` it",
    PeriodFound.SINCE_READING_BEFORE: "since: a rate's change in points over a month or quarter, taken from the "
                                      "reading of the one before",
    PeriodFound.SINCE_DAY_BEFORE: "since: a change on a day, taken from the day before",
    PeriodFound.SINCE_BEFORE_YEARS: "since: a change over a run of years, taken as its last year against the year "
                                    "before its first",
    PeriodFound.DATED_BACK: "period: dated back by a phrase from the sentence's period ('месяцем ранее', 'год "
                            "назад')",
    PeriodFound.TO_DATE_END: "period: to date; the last day is taken as the publication date",
    PeriodFound.FLOW_TO_DAY: "period: a sum to a day ('на 1 октября'), taken as the months of its year before that "
                             "day",
    PeriodFound.SINCE_START_OF_SPAN: "since: a price's change over the span, taken from the day before it starts",
    PeriodFound.SINCE_CARRIED: "since: taken from the change before, over the same span",
}

# What each guess of the speaker reader tells the journalist to check.
SPEAKER_CHECKS: dict[SpeakerFound, str] = {
    SpeakerFound.STATEMENT: "said_by: read as the body whose document is named; the outlet may only cite it",
    SpeakerFound.SAID_IN: "said_by: an organisation named by what it is ('the ministry', 'в ведомстве'); check "
                          "which one, and that the figure is its own",
    SpeakerFound.VERB_THEN_NAME: "said_by: a name after a verb of speech; check where the name ends and that the "
                                 "figure is in what it said",
    SpeakerFound.NAME_THEN_VERB: "said_by: a name before a verb of speech; check where the name ends and that the "
                                 "figure is in what it said",
}
FORECAST_SPEAKER_CHECK = "said_by: a forecast no one is named making, left to the outlet; name whose forecast it is"
FORM_CHECK = "form: a percent with no word of change; check whether it is a value, a share of a whole or a change"
PERIOD_UNREAD_CHECK = "period: the reader found none for this figure; give the period the text names for it"


def period_check(found: PeriodFound, phrase: str = "") -> str:
    """The `# check:` text of a guess of the period reader."""
    return PERIOD_CHECKS[found].format(phrase=phrase)


def _period_checks(evidence: tuple[PeriodEvidence, ...]) -> list[str]:
    return [period_check(reading.found, reading.phrase) for reading in evidence if reading.found.guess]


def figure_checks(figure: ExtractedFigure) -> list[str]:
    """Every `# check:` text of a claim: the period reader's guesses, then the other readers' checks."""
    return [*_period_checks(figure.period_evidence), *_value_checks(figure), *figure.checks]


def _value_checks(figure: ExtractedFigure) -> list[str]:
    """The checks of guesses that rest on the value read (factcheck/extract/guesses.py) and of the speaker."""
    checks = [PERIOD_UNREAD_CHECK] if period_unread(figure) else []
    checks += [FORM_CHECK] if form_guessed(figure) else []
    checks += [SPEAKER_CHECKS.get(figure.said_by_found, FORECAST_SPEAKER_CHECK)] if speaker_guessed(figure) else []
    return checks


def quoted(value: str) -> str:
    """One YAML double-quoted scalar (the loader's emitter: it owns YAML both ways)."""
    return yaml_scalar(value)


def _comment(text: str) -> str:
    r"""A comment's text on one line, a control character shown (`\x1b`): YAML holds neither in a comment."""
    return " ".join(one_line(text).split())


def render_claims_file(extraction: Extraction, article_reference: str, today: date) -> str:
    """The draft claims file's text."""
    lines = [
        "# yaml-language-server: $schema=claims-file.schema.json",  # editors check the draft (docs/extract.md)
        f"# Drafted by `factcheck extract` on {today.isoformat()} from {_comment(article_reference)}.",
        "# Every figure of the article is a claim below; check each line marked `# check:`, then run",
        "# `factcheck verify` on this file.",
        "factcheck: 1",
        "",
        "article:",
        f"  title: {quoted(extraction.title)}  # check: the headline",
        f"  outlet: {quoted(extraction.outlet.name)}",
        f"  published: {extraction.published.isoformat()}"
        + ("  # check: the publication date, not found in the text" if extraction.published_guessed else ""),
        f"  language: {extraction.language}",
        f"  text: {quoted(article_reference)}",
        "",
        "sources:",
    ]
    for source in extraction.sources.values():
        role = f", role: {quoted(source.role)}" if source.role else ""
        check = "  # check: name and kind" if source.kind != "outlet" else ""
        lines.append(f"  {quoted(source.id)}: {{name: {quoted(source.name)}{role}, kind: {source.kind}}}{check}")
    lines += ["", "metrics:" if extraction.metrics else "metrics: {}"]
    for metric_id, (name, unit, flow) in extraction.metrics.items():
        parts = extraction.parts.get(metric_id)
        # the segments of a whole are read, not printed: a guess until the journalist confirms them
        declared = f", parts: [{', '.join(quoted(part) for part in parts)}], guessed: [parts]" if parts else ""
        lines.append(f"  {quoted(metric_id)}: {{name: {quoted(name)}, unit: {quoted(unit or 'count')}, "
                     f"flow: {'true' if flow else 'false'}{declared}}}  # check: name, unit, flow"
                     + (f"; {PARTS_CHECK}" if parts else "")
                     + (f"; {unit_check}" if (unit_check := extraction.unit_checks.get(metric_id)) else ""))
    if not extraction.figures:
        return "\n".join([*lines, "", *_misprints(extraction.misprints), f"# {NO_FIGURES}", "claims: []"]) + "\n"
    lines += ["", "claims:"]
    ids: Counter[str] = Counter(extraction.metrics)  # a claim's id is never a metric's ('of' names one whole)
    waiting = list(extraction.misprints)
    for figure in extraction.figures:
        # a misprint's comment stands where its claim would be, among the claims in the article's order
        at = (figure.place.line, figure.place.column)
        before = [misprint for misprint in waiting if (misprint.place.line, misprint.place.column) <= at]
        waiting = [misprint for misprint in waiting if misprint not in before]
        lines += ["", *_misprints(before, indent="  ")] if before else []
        lines += ["", *_claim(figure, ids)]
    lines += ["", *_misprints(waiting, indent="  ")] if waiting else []
    return "\n".join(lines) + "\n"


def _misprints(misprints: list[Misprint], indent: str = "") -> list[str]:
    """The comments saying why a misprinted number has no claim (format 1.2: misprints are never guessed)."""
    return [f"{indent}# no claim: {_comment(misprint.written)} (paragraph {misprint.place.paragraph}, line "
            f"{misprint.place.line}, column {misprint.place.column}) is a misprint: {_comment(misprint.why)}; "
            f"add its claim with the figure the source gives" for misprint in misprints]


def _claim(figure: ExtractedFigure, ids: Counter[str]) -> list[str]:
    base = slug(f"{figure.metric} {figure.period or figure.kind} {'change' if figure.found.form == 'change' else ''}")
    claim_id, number = base, 1
    while claim_id in ids:  # a long metric id cut to its length with the period's is the metric's id itself
        number += 1
        claim_id = f"{base}-{number}"
    ids[claim_id] += 1
    place = figure.place
    lines = [f"  - id: {quoted(claim_id)}  # paragraph {place.paragraph}, line {place.line}, column {place.column}",
             f"    metric: {quoted(figure.metric)}"]
    if figure.period is not None:
        lines.append(f"    period: {quoted(figure.period)}")
    if figure.share_of is not None:  # "86.7% of GDP": the claim's metric as a share of a whole
        lines += [f"    share: {quoted(figure.found.claim_text)}", f"    of: {quoted(figure.share_of)}"]
    else:
        lines.append(f"    {figure.found.form}: {quoted(figure.found.claim_text)}")
    if figure.kind != "actual":
        lines.append(f"    kind: {figure.kind}")
    if figure.found.form == "change" and figure.since:
        lines.append(f"    since: {quoted(figure.since)}")
    lines.append(f"    said_by: {quoted(figure.said_by.id)}")
    if figure.cites is not None:
        lines.append(f"    cites: {quoted(figure.cites.id)}")
    lines.append(f"    quote: {quoted(figure.quote)}")
    guessed = guessed_fields(figure)
    if guessed:  # format 1.2 section 4: verify caps what rests on these at warning until they are deleted
        lines.append(f"    guessed: [{', '.join(guessed)}]")
    lines += [f"    # check: {_comment(check)}" for check in figure_checks(figure)]
    return lines


def guessed_fields(figure: ExtractedFigure) -> list[str]:
    """The claim's fields the extractor guessed: the period reader's guesses, then what the other checks are about."""
    fields: list[str] = []
    for reading in figure.period_evidence:
        if reading.found.guess and reading.found.field not in fields:
            fields.append(reading.found.field)
    for check in [*_value_checks(figure), *figure.checks]:
        about = check.split(":", 1)[0].strip()
        field = "form" if about == "change" else about
        if field in GUESSABLE_CLAIM_FIELDS and field not in fields:
            fields.append(field)
    return fields


def article_reference(article: Path, output: Path | None) -> str:
    """The article's path as the claims file should name it: relative to where the claims file is written."""
    base = output.parent if output is not None else Path.cwd()
    try:
        return Path(os.path.relpath(article.resolve(), base.resolve())).as_posix()
    except ValueError:  # another drive on Windows
        return article.resolve().as_posix()
