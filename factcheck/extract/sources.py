"""Who states a figure: reported speech in both languages, and the sources cited.

The people and organisations the article names become sources, one per entity.

- said_by: a quotation closed by its speaker (`«…», — отметил политолог`, `"…," said Yerlan Saparov`,
  `"…," Saparov said`), a sentence with a speech verb and a name on either side (`сообщил министр транспорта
  Марат Карабаев`, `Eurostat said`), `по словам X`; else the outlet in its own voice.
- cites: `по данным X`, `согласно X`, `according to X`, `as reported by X` (a person named there speaks).
One source per entity: a person is known by surname, an organisation by the lemmas of its name.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from factcheck.extract.model import Extraction, SourceGuess
from factcheck.extract.text import slug
from factcheck.figures import FoundFigure

_SPEECH_VERBS = (
    r"рассказал[аи]?|отметил[аи]?|считает|считают|добавил[аи]?|пояснил[аи]?|подчеркнул[аи]?|сказал[аи]?|"
    r"заявил[аи]?|сообщил[аи]?|сообщает|сообщают|уточнил[аи]?|говорит|полагает|констатировал[аи]?|"
    r"said|says|added|noted|told|explained|stressed|reported|announced|estimated|confirmed|wrote"
)
_NAME = r"(?:[А-ЯЁA-Z][\w'’-]+|[A-ZА-ЯЁ]{2,})(?:\s+(?:[А-ЯЁA-Z][\w'’-]+|[A-ZА-ЯЁ]{2,}|de|van|von|bin|al)){0,3}"
_ROLE = r"(?:[а-яёa-z][\w-]*\s+){0,4}"
# «…», — отметил политолог Алмас Аубекеров. / "…," said Yerlan Saparov. / "…," Saparov said.
_QUOTE_CLOSED = re.compile(
    rf"[,»\"”'’]\s*[-–—]?\s*(?:(?:{_SPEECH_VERBS})\s+(?P<after>[^.!?\n]{{1,120}}?)|(?P<before>{_NAME}|"
    rf"(?:the|a|an)\s+[^.!?\n,]{{1,60}}?)\s+(?:{_SPEECH_VERBS}))\s*[.!]?\s*$",
    re.IGNORECASE,
)
# сообщил министр транспорта Марат Карабаев / said analyst John Smith / said the ministry
_VERB_THEN_NAME = re.compile(rf"\b(?:{_SPEECH_VERBS})\s+(?P<who>(?:the\s+)?{_ROLE}(?-i:{_NAME}))", re.IGNORECASE)
# Eurostat said / Минпромторг сообщил / John Smith, an analyst at X, said
_NAME_THEN_VERB = re.compile(rf"(?P<who>(?-i:{_NAME}))(?:,[^,]{{1,80}},)?\s+(?:{_SPEECH_VERBS})\b", re.IGNORECASE)
_WORDS_OF = re.compile(rf"\b(?:по\s+словам|in\s+the\s+words\s+of)\s+(?P<who>{_ROLE}(?-i:{_NAME}))", re.IGNORECASE)
CITED = re.compile(
    r"(?:по\s+данным|согласно\s+данным|согласно|according\s+to|as\s+reported\s+by|data\s+from|citing)\s+"
    r"(?!котор\w*|which\b|whom\b)([^,.;:\n()]{2,80})",  # "согласно которым", "according to which": no name
    re.IGNORECASE,
)
_PERSON_ROLES = re.compile(
    r"политолог|эксперт|аналитик|экономист|министр|директор|председател|глав[аы]|спикер|замминистр|вице-|"
    r"губернатор|аким|президент|премьер|депутат|руководител|представител|analyst|economist|expert|minister|"
    r"director|chairman|chair|spokes\w+|ceo|chief|president|governor|secretary|head|professor|strategist|"
    r"official|manager|founder",
    re.IGNORECASE,
)
_EXPERT_ROLES = re.compile(r"политолог|эксперт|аналитик|экономист|профессор|analyst|economist|expert|professor|"
                           r"strategist", re.IGNORECASE)
_OFFICIAL = re.compile(
    r"комитет|министерств|минпром|минфин|минэк|минтранс|агентств|бюро|служб|ведомств|правительств|нацбанк|"
    r"центробанк|банк\s+росси|национальн\w+\s+банк|статистик|росстат|министр|акимат|администрац|президент|"
    r"премьер|депутат|губернатор|ministry|committee|agency|bureau|office|statistic|government|central\s+bank|"
    r"minister|administration|commission|eurostat|federal|council|authority|department|parliament|treasury|"
    r"\bons\b|\bimf\b|\bopec\b|\bunwto\b|\bun\b|world\s+bank|ecb",
    re.IGNORECASE,
)
_COMPANY = re.compile(r"компани|корпораци|\bао\b|\bтоо\b|\bоао\b|\bпао\b|\bооо\b|\bllc\b|\binc\b|\bcorp|\bltd\b|"
                      r"\bplc\b|group|\bceo\b|chief\s+executive|\bsmmt\b|association|ассоциаци", re.IGNORECASE)
_DOCUMENT = re.compile(r"отч[её]т|доклад|исследовани|опрос|обзор|report|survey|study|data|poll|figures",
                       re.IGNORECASE)
_NOT_NAMES = frozenset("""
    the a an it he she they we this that these those but and in on at as by for of to from with its their his
    her в на и но а по с это он она они мы
""".split())


def _nominative(name: str) -> str:
    """A Russian name in the nominative: "Марата Карабаева" -> "Марат Карабаев".

    The first name decides: when it has no nominative reading, every part is read in its case and gender.
    """
    parts = name.split()
    if not parts or not all(re.fullmatch(r"[А-ЯЁ][а-яё-]+", part) for part in parts):
        return name
    from factcheck.extract.words import russian_readings

    first = [r for r in russian_readings(parts[0]) if "Name" in r.tag]
    if not first or any("nomn" in r.tag for r in first):
        return name  # already in the nominative, or not a name pymorphy3 knows
    case, gender = first[0].tag.case, first[0].tag.gender
    result = []
    for part in parts:
        reading = next((r for r in russian_readings(part) if r.tag.case == case and (
            gender is None or r.tag.gender in (gender, None)) and any(m in r.tag for m in ("Name", "Surn", "Patr"))),
                       None)
        inflected = reading.inflect({"nomn"}) if reading is not None else None
        result.append(str(inflected.word).capitalize() if inflected is not None else part)
    return " ".join(result)


class People:
    """The sources an article names, one per entity, and who speaks in a paragraph."""

    def __init__(self, extraction: Extraction) -> None:
        self.extraction = extraction
        self.known: list[SourceGuess] = []

    def learn(self, paragraph: str) -> None:
        """Remember the people a paragraph introduces with their role ("политолог Алмас Аубекеров")."""
        for match in re.finditer(rf"(?P<role>{_PERSON_ROLES.pattern})\w*\s+(?P<name>(?-i:{_NAME}))", paragraph,
                                 re.IGNORECASE):
            self.source(f"{match.group('role').casefold()} {match.group('name')}")

    def source(self, words: str) -> SourceGuess:
        """The source some words name ("министр транспорта Марат Карабаев", "Eurostat"), known or new."""
        cleaned = " ".join(words.strip(" «»\"“”'’,.").split())
        cleaned = re.sub(r"^(?:the|a|an)\s+", "", cleaned, flags=re.IGNORECASE)
        named = re.search(rf"(?-i:{_NAME})$", cleaned)
        name = named.group(0) if named else cleaned
        role = cleaned[: named.start()].strip(" ,") if named else ""
        person = bool(role and _PERSON_ROLES.search(role)) or self._looks_like_person(name)
        if person:
            name = _nominative(name)
            found = self._known_person(name)
            if found is not None:
                return found
            if _EXPERT_ROLES.search(role):
                kind = "expert"
            elif _OFFICIAL.search(role):
                kind = "official"
            elif _COMPANY.search(role):
                kind = "company"
            else:
                kind = "unknown"
            guess = SourceGuess(slug(name.split()[-1]), name, kind, role or None)
        else:
            if not name or name.casefold() in _NOT_NAMES:
                name = cleaned or "Unknown"
            if not role and not named:
                name = cleaned
            full = f"{role} {name}".strip() if role and not named else cleaned
            kind = ("official" if _OFFICIAL.search(full) else "company" if _COMPANY.search(full)
                    else "document" if _DOCUMENT.search(full) else "unknown")
            key = slug(" ".join(_lemma(word) for word in full.split()))
            found = next((s for s in self.known if s.id == key), None)
            if found is not None:
                return found
            guess = SourceGuess(key, full[:1].upper() + full[1:], kind)
        self.known.append(guess)
        self.extraction.sources.setdefault(guess.id, guess)
        return self.extraction.sources[guess.id]

    def _known_person(self, name: str) -> SourceGuess | None:
        surname = name.split()[-1].casefold()
        stem = surname[: max(4, len(surname) - 2)]
        for person in reversed(self.known):
            if person.role is not None or person.kind in ("expert", "official", "company", "unknown"):
                known_surname = person.name.split()[-1].casefold()
                if known_surname.startswith(stem) or surname.startswith(known_surname[: max(4, len(known_surname)
                                                                                             - 2)]):
                    return person
        return None

    def _looks_like_person(self, name: str) -> bool:
        parts = name.split()
        if not 1 <= len(parts) <= 3 or any(part.isupper() and len(part) > 1 for part in parts):
            return False  # "OPEC", "SMMT", "ЦДУ ТЭК": organisations
        if _OFFICIAL.search(name) or _COMPANY.search(name):
            return False
        return len(parts) >= 2 or self._known_person(name) is not None

    def speaker_of(self, paragraph: str) -> SourceGuess | None:
        """The speaker of a paragraph that quotes someone: «…», — отметил политолог."""
        if not re.search(r"[«\"“]", paragraph):
            return None
        match = _QUOTE_CLOSED.search(paragraph.strip())
        if match is None:
            return None
        who = match.group("after") or match.group("before")
        return self.resolve(who)

    def resolve(self, words: str) -> SourceGuess:
        """A speaker named by role only ("политолог", "the analyst") is the last person of that role."""
        lowered = words.casefold().strip()
        bare_role = re.fullmatch(r"(?:the\s+)?(\w+)", lowered)
        if bare_role and not re.search(rf"(?-i:{_NAME})", words.strip()):
            role = bare_role.group(1)
            for person in reversed(self.known):
                if person.role and role[:6] in person.role.casefold():
                    return person
            if self.known and _PERSON_ROLES.search(role):
                return next((p for p in reversed(self.known) if p.kind in ("expert", "official")), self.known[-1])
        return self.source(words)


@functools.cache
def _lemma(word: str) -> str:
    from factcheck.extract.words import russian_parse

    parsed: Any = russian_parse(word) if re.fullmatch(r"[А-ЯЁа-яё-]+", word) else None
    return str(parsed.normal_form) if parsed is not None else word.casefold()


def attribution(
    extraction: Extraction, figure: FoundFigure, sentence: str, before: str, speaker: SourceGuess | None,
    people: People,
) -> tuple[SourceGuess, SourceGuess | None]:
    """Who states a figure (said_by) and whom they cite (cites)."""
    cites = None
    cited = CITED.search(sentence)
    if cited:
        words = " ".join(cited.group(1).split()[:7])
        source = people.source(words)
        if (source.kind in ("expert", "official") and source.role is not None) or people._looks_like_person(words):
            speaker = speaker or source  # "according to Saparov": he says it
        else:
            cites = source
    if speaker is not None:
        return speaker, cites
    for pattern in (_WORDS_OF, _VERB_THEN_NAME, _NAME_THEN_VERB):
        match = pattern.search(sentence)
        if match and match.group("who").split()[0].casefold() not in _NOT_NAMES:
            return people.resolve(match.group("who")), cites
    return extraction.outlet, cites
