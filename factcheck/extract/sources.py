"""Who states a figure: reported speech, people the article introduces, and the sources they cite."""

from __future__ import annotations

import re

from factcheck.extract.model import Extraction, SourceGuess
from factcheck.extract.text import slug
from factcheck.figures import FoundFigure

_SPEECH_VERBS = (
    r"рассказал\w*|отметил\w*|считает|добавил\w*|пояснил\w*|подчеркнул\w*|сказал\w*|заявил\w*|сообщил\w*|"
    r"уточнил\w*|говорит|полагает|said|says|added|noted|told|explained|stressed"
)


_SPEECH_AFTER = re.compile(rf"[,»\"”]\s*[-–—]?\s*(?:{_SPEECH_VERBS})\s+([^.,;:!?\n]+?)\s*[.!]?\s*$", re.IGNORECASE)


_SPEECH_INLINE = re.compile(rf"(?:{_SPEECH_VERBS})\s+((?:[А-ЯЁA-Z][\w-]+\s?){{1,3}})", re.UNICODE)


CITED = re.compile(
    r"(?:по данным|согласно данным|согласно|according to|as reported by)\s+([^,.;:\n]+)", re.IGNORECASE
)


_INTRODUCED = re.compile(
    r"(?i:(политолог|эксперт|аналитик|экономист|министр|директор|председатель|глава|analyst|economist|expert|"
    r"minister|director|chairman|spokesman|spokeswoman))\s+((?:[А-ЯЁA-Z][а-яёa-z-]+\s){0,2}[А-ЯЁA-Z][а-яёa-z-]+)"
)


_ROLE_WORDS = ("политолог", "эксперт", "аналитик", "экономист", "спикер", "analyst", "economist", "expert",
               "speaker", "spokesman", "spokeswoman")


_OFFICIAL = re.compile(
    r"комитет|министерств|агентств|бюро|служб|ведомств|правительств|нацбанк|национальн\w+ банк|статистик|"
    r"министр|акимат|администрац|директор|председател|ministry|committee|agency|bureau|office|statistic|"
    r"government|central bank|minister|administration|director|chairman",
    re.IGNORECASE,
)


_COMPANY = re.compile(r"компани|\bао\b|\bтоо\b|\bоао\b|\bпао\b|\bllc\b|\binc\b|\bcorp|\bltd\b|group", re.IGNORECASE)


class People:
    """People the article introduces ("политолог Алмас Аубекеров") and who speaks in a paragraph."""

    def __init__(self) -> None:
        self.known: list[SourceGuess] = []

    def learn(self, paragraph: str) -> None:
        """Remember the people a paragraph introduces with their role."""
        for match in _INTRODUCED.finditer(paragraph):
            role, name = match.group(1).casefold(), match.group(2).strip()
            if not any(person.name == name for person in self.known):
                kind = "official" if _OFFICIAL.search(role) else "expert"
                self.known.append(SourceGuess(slug(name.split()[-1]), name, kind, role))

    def resolve(self, words: str) -> SourceGuess:
        """The source that words after a speech verb name, known or new."""
        cleaned = words.strip(" «»\"“”")
        lowered = cleaned.casefold()
        for person in reversed(self.known):
            surname = person.name.split()[-1].casefold()
            if surname in lowered or (person.role and person.role in lowered):
                return person
        if lowered.split() and lowered.split()[0] in _ROLE_WORDS and self.known:
            return self.known[-1]
        named = re.search(r"((?:[А-ЯЁA-Z][\w-]+\s?){1,3})$", cleaned)
        name = named.group(1).strip() if named else (cleaned or "Unknown")
        role = cleaned[: named.start()].strip() if named else ""
        if _OFFICIAL.search(role):
            kind = "official"
        elif lowered in _ROLE_WORDS or any(word in role.casefold() for word in _ROLE_WORDS):
            kind = "expert"
        else:
            kind = "unknown"
        guess = SourceGuess(slug(name.split()[-1]), name, kind, role or None)
        self.known.append(guess)
        return guess

    def speaker_of(self, paragraph: str, extraction: Extraction) -> SourceGuess | None:
        """The speaker of a paragraph of reported speech: «…», - отметил политолог."""
        match = _SPEECH_AFTER.search(paragraph.strip())
        if match and re.search(r"[«\"“]", paragraph):
            person = self.resolve(match.group(1))
            extraction.sources.setdefault(person.id, person)
            return person
        return None


def attribution(
    extraction: Extraction, figure: FoundFigure, sentence: str, before: str, speaker: SourceGuess | None,
    people: People,
) -> tuple[SourceGuess, SourceGuess | None]:
    """Who states a figure (said_by) and whom they cite (cites)."""
    cites = None
    cited = CITED.search(sentence)
    if cited:
        name = cited.group(1).strip()
        kind = "official" if _OFFICIAL.search(name) else "company" if _COMPANY.search(name) else "document"
        organisation = SourceGuess(slug(name), name[:1].upper() + name[1:], kind)
        extraction.sources.setdefault(organisation.id, organisation)
        cites = extraction.sources[organisation.id]
    if speaker is not None:
        return speaker, cites
    inline = _SPEECH_INLINE.search(sentence)
    if inline:
        person = people.resolve(inline.group(1))
        extraction.sources.setdefault(person.id, person)
        return person, cites
    return extraction.outlet, cites
