"""Whom a figure's speaker cites: `по данным X`, `согласно X`, `according to X`, `as reported by X`, `X figures show`.

A person named there speaks rather than being cited ("according to Saparov"); "согласно которым" stands for the
data the clause before names ("данные АО «Автостат», согласно которым"); and a publication the outlet relays
("пишет «Коммерсантъ»", "Bloomberg reports") is cited while the outlet states the figure in its own voice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck import lexicon
from factcheck.extract.model import ExtractedFigure, SourceGuess
from factcheck.extract.names import DEFINITE, LEADING_PHRASE, NAME, QUOTED_NAME, ROLE, TIME_PHRASE, drop_time_word
from factcheck.extract.words import nominative_phrase

if TYPE_CHECKING:
    from factcheck.extract.readers.speaker import People

# (what is read after the lead ends at a word's end: a long name is cut between its words, never inside one)
CITED = re.compile(rf"{lexicon.any_of(lexicon.CITING_LEADS)}\s+([^,.;:\n()]{{2,120}})(?!\w)", re.IGNORECASE)
# "сообщает агентство «Вести»", "пишет РБК", "reports Bloomberg": the outlet relays a publication it cites
_RELAY = lexicon.any_of(lexicon.RELAY_VERBS)
RELAYED = re.compile(rf"\b{_RELAY}\s+{TIME_PHRASE}(?P<who>{ROLE}(?-i:{QUOTED_NAME}|{NAME}))"
                     rf"|(?P<before>(?-i:{QUOTED_NAME}|{NAME}))\s+{_RELAY}\b", re.IGNORECASE)
# '…", -- сообщает Минэнерго': a quotation's speaker, not a publication relayed
_QUOTATION_ENDS = re.compile(r"[\"»”’']\s*,?\s*[-–—]*\s*$")
_RELATIVE = re.compile(rf"{lexicon.any_of(lexicon.RELATIVE_PRONOUN_STEMS)}", re.IGNORECASE)
# "данные АО «Автостат»", "figures from the SMMT": what a relative pronoun in "согласно которым" stands for
_DATA_OF = re.compile(rf"\b{lexicon.any_of(lexicon.DATA_NOUNS)}\s+(?:{DEFINITE}\s+)?"
                      rf"(?P<who>(?-i:{QUOTED_NAME}|{NAME}))", re.IGNORECASE)

# "Statistics Office figures released on Monday show", "statistics office data showed": the body is cited
_SHOWN_BY = re.compile(
    rf"(?P<who>(?-i:{NAME})|(?:{DEFINITE}\s+)?(?<![a-z])[a-z]+(?:\s+[a-z]+)?\s+{lexicon.any_of(lexicon.SPEAKING_BODY_NOUNS)})\s+"
    rf"{lexicon.any_of(lexicon.SHOWING_NOUNS)}\s+(?:[\w-]+\s+){{0,4}}?{lexicon.any_of(lexicon.SHOWING_VERBS)}\b",
    re.IGNORECASE)
# "according to preliminary data released by the center", "figures released on Tuesday by the bureau": the
# publisher after the participle (and the day the figures came out) is the one cited
_RELEASED = lexicon.any_of(lexicon.RELEASED_BY_PARTICIPLES)
_RELEASED_BY = re.compile(rf"^(?:[\w-]+\s+){{0,3}}?{_RELEASED}\s+(?:[\w-]+\s+){{0,2}}?"
                          rf"{lexicon.any_of(lexicon.POLL_AGENT_LEADS)}\s+(?:{DEFINITE}\s+)?", re.IGNORECASE)
# "according to preliminary data of the statistics office", "according to estimates by Comscore": the body after
# the figures' noun and its preposition is cited, not the figures
_FIGURES_OF = re.compile(rf"^(?:[\w-]+\s+){{0,2}}?{lexicon.any_of(lexicon.CITED_FIGURES_NOUNS)}\s+"
                         rf"{lexicon.any_of(lexicon.CITED_FIGURES_LINKS)}\s+(?:{DEFINITE}\s+)?", re.IGNORECASE)
# "data from the Media Council showed", "Figures released on Tuesday by the Advertising Bureau showed": the body
# after the figures' noun is cited, the verb of showing closing its name
_SHOWN_FROM = re.compile(
    rf"\b{lexicon.any_of(lexicon.SHOWING_NOUNS)}\s+(?:{_RELEASED}\s+(?:[\w-]+\s+){{0,2}}?)?"
    rf"{lexicon.any_of(lexicon.SHOWING_SOURCE_LINKS)}\s+(?:{DEFINITE}\s+)?"
    rf"(?P<who>(?-i:{NAME})|[a-z]+(?:\s+[a-z]+)?\s+{lexicon.any_of(lexicon.SPEAKING_BODY_NOUNS)})\s+"
    rf"{lexicon.any_of(lexicon.SHOWING_VERBS)}\b", re.IGNORECASE)
# where a cited name has ended: a verb of showing or a participle of release after it ("the Media Council showed",
# "studio estimates released on Sunday")
_NAME_ENDED = re.compile(rf"(?:{lexicon.any_of(lexicon.SHOWING_VERBS)}|{_RELEASED})")
_CITED_FIGURES = frozenset(lexicon.CITED_FIGURES_NOUNS)
# "citing strong demand from builders": lower-case words after "citing" with no determiner and no noun of figures
# among the first three are a reason, not a source ("citing the ministry", "citing preliminary data from" cite)
_REASON = re.compile(rf"(?!{lexicon.any_of(lexicon.CITED_SOURCE_DETERMINERS)}\b)(?-i:[a-z])"
                     rf"(?!(?:[\w-]*\s+){{0,2}}{lexicon.any_of(lexicon.CITED_FIGURES_NOUNS)}\b)", re.IGNORECASE)


def _gives_reason(cited: re.Match[str]) -> bool:
    """Whether a citing lead's words are a reason ("citing strong demand"), never a source."""
    lead = cited.group(0)[: cited.start(1) - cited.start()].split()[-1].casefold()
    return lead in lexicon.REASON_CITING_LEADS and _REASON.match(cited.group(1)) is not None


def _cited_words(words: str) -> str:
    """The cited source's name: after "data released by" or "data of", without the day it came out ("estimates Sunday").

    The name ends before a verb of showing or a participle of release ("the Media Council showed"), and the noun
    of its figures after a name is no part of it ("Comscore estimates": Comscore).
    """
    parts = _FIGURES_OF.sub("", _RELEASED_BY.sub("", LEADING_PHRASE.sub("", words.strip()))).split()[:7]
    ended = next((at for at, part in enumerate(parts) if at and _NAME_ENDED.fullmatch(part)), len(parts))
    parts = parts[:ended]
    while drop_time_word(parts):  # "according to studio estimates on Sunday"
        pass
    if len(parts) > 1 and parts[-1] in _CITED_FIGURES and parts[-2][:1].isupper():
        parts.pop()
    return " ".join(parts)


def _in_nominative(name: str, lead: str) -> str:
    """A Russian source the lead governs in the genitive, named in the nominative: "по данным Росстата" is Росстат.

    "по оценке Министерства финансов" is the ministry's; "согласно Росстату" governs the dative and stays as printed.
    """
    if not _CYRILLIC.search(name) or lead.split()[-1].casefold() in lexicon.RU_DATIVE_CITING_LEADS:
        return name
    return nominative_phrase(name)


_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


@dataclass(frozen=True)
class Citation:
    """What a sentence says of its sources: whom it cites, a person cited who speaks, an outlet relayed."""

    cites: SourceGuess | None = None
    speaker: SourceGuess | None = None  # "according to Saparov": he says it
    relayed: bool = False  # "пишет «Коммерсантъ»": the outlet states the figure, citing the publication


def read_cites(sentence: str, people: People, *, speaker_known: bool) -> Citation:
    """The sources a sentence cites for its figures; `speaker_known` when a quotation or paragraph names one."""
    cited = CITED.search(sentence)
    if cited and _gives_reason(cited):
        cited = None
    if cited and _RELATIVE.match(cited.group(1)):
        # "данные АО «Автостат», согласно которым ...": the pronoun stands for the data the clause before names
        data = _DATA_OF.search(sentence, 0, cited.start())
        return Citation(cites=people.source(data.group("who"), "company") if data else None)
    if cited:
        words = _in_nominative(_cited_words(cited.group(1)), cited.group(0)[: cited.start(1) - cited.start()])
        person = people.looks_like_person(words)  # asked first: a one-word name is known once it is a source
        source = people.source(words)
        if (source.kind in ("expert", "official") and source.role is not None) or person:
            return Citation(speaker=source)
        return Citation(cites=source)
    shown = _SHOWN_BY.search(sentence) or _SHOWN_FROM.search(sentence)
    if shown and (shown.group("who")[:1].islower() or people.is_organisation(shown.group("who"))):
        # (a capitalised word that names no body is no source: "Separate figures show", "New data showed")
        return Citation(cites=people.source(shown.group("who"), "official"))
    relayed = RELAYED.search(sentence)
    if relayed and not speaker_known and not _QUOTATION_ENDS.search(sentence, 0, relayed.start()):
        return Citation(cites=people.source(relayed.group("who") or relayed.group("before"), "outlet"), relayed=True)
    return Citation()


def carried_cites(figures: list[ExtractedFigure], outlet: SourceGuess, people: People,
                  sentence: str) -> SourceGuess | None:
    """The source the article named for its figures before, for a figure the outlet states citing nobody.

    News names its source once ("..., сообщил Росстат", "according to studio estimates by Comscore") and goes on
    in its own voice: the figures after it are that source's, relayed. The last figure before that cites a
    source, or that an organisation states, gives it; a person's words are theirs alone. A guess: listed under
    `guessed: [cites]`. A forecast of an unnamed group opening its sentence ("Economists expect the rate to
    reach 5.1%") is the group's, no figure of the source before: nothing is carried to it.
    """
    if _GROUP_FORECASTS.match(sentence):
        return None
    for figure in reversed(figures[-_CARRY_REACH:]):  # bounded: the figures just before
        if figure.cites is not None:
            return figure.cites
        speaker = figure.said_by
        if speaker.id != outlet.id and speaker.role is None and people.is_organisation(speaker.name):
            return speaker  # a body, not a person who holds a post in one ("Finance Minister Jane Doe")
    return None


_CARRY_REACH = 40  # how many figures back a source named once is carried
_GROUP_FORECASTS = re.compile(rf"{lexicon.GROUP_FORECAST_OPENING}\b", re.IGNORECASE)
CARRIED_CITES_CHECK = "cites: the source the article named before for its figures, carried to this one"
