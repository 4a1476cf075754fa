"""How the article names people and organisations: the patterns the speaker and cites readers share.

A name is one to four capitalised words or an abbreviation ("Марат Карабаев", "SMMT"), or a word followed by
a name in quotation marks ("АО «Автостат»"), or a Russian body's name, a capitalised adjective and lower-case
words to its head noun ("Федеральная служба государственной статистики"); a role of up to four lower-case words
may precede it ("министр транспорта"); a phrase of time may stand between a verb of speech and its speaker
("сообщает в четверг Trend").
"""

from __future__ import annotations

import re

from factcheck import lexicon

PARTICLES = lexicon.any_of(lexicon.NAME_PARTICLES)
ARTICLES = lexicon.any_of(lexicon.EN_ARTICLES)
DEFINITE = lexicon.any_of(lexicon.DEFINITE_ARTICLES)
_ADJECTIVE = rf"[а-яё]+(?:{'|'.join(lexicon.RU_NAME_ADJECTIVE_ENDINGS)})"
_GENITIVE_ADJECTIVE = rf"[а-яё]+(?:{'|'.join(lexicon.RU_GENITIVE_ADJECTIVE_ENDINGS)})"
# "Национальный статистический комитет", "Федеральная служба государственной статистики": a capitalised adjective,
# lower-case adjectives up to the noun of a body, then the head's genitive complement, adjectives and one noun
RU_BODY_NAME = (rf"[А-ЯЁ]{_ADJECTIVE}(?:\s+{_ADJECTIVE}){{0,3}}?\s+{lexicon.any_of(lexicon.RU_BODY_HEAD_STEMS)}"
                # the head's own ending, short: "банковский" and "центральный" are adjectives, not a head
                rf"[а-яё]{{0,3}}"
                rf"(?:(?:\s+{_GENITIVE_ADJECTIVE}){{1,2}}\s+[а-яё]+)?(?![\w-])")
# a capitalised word of a name, hyphens and apostrophes within ("Jean-Pierre", "O'Neill"), or an abbreviation: at
# most 60 characters, longer than any name's word, so that a search started at every capital of a long hyphenated
# chain ("Аб-Аб-Аб-...") reads no further than that and the work stays linear in the text
_NAME_WORD = r"(?:[А-ЯЁA-Z][\w'’-]{1,59}|[A-ZА-ЯЁ]{2,60})"
# ... and a company's legal form with its full stop, which ends the name: "Granite Peak Corp. said"
_LEGAL_FORM = rf"(?:\s+{lexicon.any_of(lexicon.COMPANY_LEGAL_FORMS)}\.)?"
# a body's name may run to six capitalised words when its last is a body's noun: "National Student Clearinghouse
# Research Center" (a person's name after a role never ends in one: "Deputy Finance Minister Jane Doe")
_BODY_HEAD = lexicon.any_of(tuple(noun.capitalize() for noun in lexicon.SPEAKING_BODY_NOUNS))
_LONG_BODY_NAME = rf"(?:{_NAME_WORD}\s+){{4,5}}{_BODY_HEAD}(?![\w'’-])"
NAME = (rf"(?:{_LONG_BODY_NAME}|"
        rf"(?:{RU_BODY_NAME}|{_NAME_WORD})(?:\s+(?:{_NAME_WORD}|{PARTICLES})){{0,3}}{_LEGAL_FORM})")
# a name with its own name in quotation marks: "АО «Автостат»", "ПАО «Северный завод»"
QUOTED_NAME = r"(?:[А-ЯЁA-Z][\w'’.-]{0,59}\s+)?«[^»\n]{1,60}»"  # its word as long as a name's, at most
# a name alone in quotation marks of any kind, as English copy prints one ("polled by “FactSet”"); Russian copy's
# marks are already set as «» before any reader runs (text.with_guillemets)
QUOTED_NAME_ANY_MARKS = r"(?:«[^»\n]{1,60}»|\"[^\"\n]{1,60}\"|“[^”\n]{1,60}”|„[^“\n]{1,60}“)"
# a role before a name ("министр транспорта", "analyst"); a preposition opens a phrase of time or place, never
# a role: "сообщает в четверг Trend" is Trend's
NEVER_FIRST = lexicon.any_of(lexicon.SOURCE_NEVER_FIRST_WORDS)
_ROLE_WORDS = rf"(?:(?!{NEVER_FIRST}\s)[а-яёa-z][\w-]*\s+)"
# ... and two posts one person holds, joined by a dash: "заместитель губернатора – начальник департамента финансов"
ROLE = rf"{_ROLE_WORDS}{{0,4}}(?:(?<=\w\s)[–—]\s+{_ROLE_WORDS}{{1,4}})?"
LEADING_PHRASE = re.compile(rf"^{NEVER_FIRST}\s+(?:[а-яёa-z][\w-]*\s+){{0,3}}?(?=(?-i:[А-ЯЁA-Z«\"“]))",
                            re.IGNORECASE)
# "сообщает в четверг Trend", "said on Monday Yerlan Saparov": a phrase of time between the verb and its speaker;
# Russian writes days and months in lower case, so a capitalised Russian word opens a name, never a phrase of
# time ("добавили в Банке России" is said in the bank, not by "России")
TIME_PHRASE = rf"(?:{NEVER_FIRST}\s+(?:(?-i:[а-яёa-zA-Z])[\w-]*\s+){{1,2}}?)?"


def without_outer_marks(words: str) -> str:
    """Words without the marks and stops around them, a closing mark kept whose opening mark stays inside.

    "агентство «Арменпресс»" keeps its closing mark ("Агентство «Арменпресс»", never "«Арменпресс"); "«Вести»"
    alone loses both.
    """
    cleaned = " ".join(words.strip(" «»\"“”'’,.").split())
    return f"{cleaned}»" if cleaned.count("«") > cleaned.count("»") and words.rstrip(" ,.").endswith("»") else cleaned


def drop_time_word(parts: list[str], lemma: str | None = None) -> bool:
    """Drop the day or month that ends a name's words, and its preposition: "studio estimates on Sunday".

    `lemma` is the last word's dictionary form when the caller has read it ("пятницу": "пятница"); else the word
    itself, case aside. A lone word is kept. Says whether a word of time was dropped.
    """
    if len(parts) < 2 or (parts[-1].casefold() if lemma is None else lemma) not in lexicon.TIME_NAME_WORDS:
        return False
    parts.pop()
    if len(parts) > 1 and parts[-1].casefold() in lexicon.SOURCE_NEVER_FIRST_WORDS:
        parts.pop()  # "в пятницу", "on Sunday": the day's preposition goes with it
    return True
