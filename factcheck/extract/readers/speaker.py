"""Who states a figure: reported speech in both languages, and the sources cited.

The people and organisations the article names become sources, one per entity.

- said_by: a quotation closed by its speaker (`«…», — отметил политолог`, `"…," said Yerlan Saparov`,
  `"…," Saparov said`), a sentence with a speech verb and a name on either side (`сообщил министр транспорта
  Марат Карабаев`, `Eurostat said`), `по словам X`; a quotation closed inside its paragraph, for the figures it
  holds; `говорится в сообщении комитета` (the body last named with that noun); `отмечается далее` (the speaker of
  the paragraph before); a pronoun (`It said`, `По его прогнозу`): the one named speaking in its paragraph or the
  one before; else the outlet in its own voice.
- cites: `по данным X`, `согласно X`, `according to X`, `as reported by X` (a person named there speaks).
One source per entity: a person is known by surname, an organisation by the lemmas of its name.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import Any

from factcheck import lexicon
from factcheck.extract.model import Extraction, SourceGuess
from factcheck.extract.names import (
    ARTICLES,
    DEFINITE,
    LEADING_PHRASE,
    NAME,
    QUOTED_NAME,
    QUOTED_NAME_ANY_MARKS,
    ROLE,
    TIME_PHRASE,
    drop_time_word,
    without_outer_marks,
)
from factcheck.extract.readers.cites import RELAYED, read_cites
from factcheck.extract.speaker_evidence import SpeakerFound
from factcheck.extract.text import slug
from factcheck.figures import FoundFigure
from factcheck.quantities import CURRENCY_PREFIX

_SPEECH_VERBS = rf"(?:{lexicon.any_of(lexicon.SPEECH_VERBS)}|(?<=,\s){lexicon.any_of(lexicon.EXPECTING_SPEECH_VERBS)})"
_IMPERSONAL = lexicon.any_of(lexicon.IMPERSONAL_SPEECH_VERBS)
# «…», — отметил политолог Алмас Аубекеров. / "…," said Yerlan Saparov. / "…," Saparov said.
_QUOTE_CLOSED = re.compile(
    rf"[,»\"”'’]\s*[-–—]?\s*(?:{_SPEECH_VERBS}\s+(?P<after>[^.!?\n]{{1,120}}?)|(?P<before>{NAME}|"
    rf"{ARTICLES}\s+[^.!?\n,]{{1,60}}?)\s+{_SPEECH_VERBS})\s*[.!]?\s*$",
    re.IGNORECASE,
)
# сообщил министр транспорта Марат Карабаев / said analyst John Smith / said the ministry
_VERB_THEN_NAME = re.compile(
    rf"\b{_SPEECH_VERBS}\s+{TIME_PHRASE}(?P<who>(?:{ARTICLES}\s+)?{ROLE}"
    # "пояснил аналитик ИК «Финам» Игорь Додонов": the organisation a role is held in stands before the name
    rf"(?:(?-i:{QUOTED_NAME})\s+(?=(?-i:[А-ЯЁA-Z])))?(?-i:{NAME}))", re.IGNORECASE)
# Eurostat said / Минпромторг сообщил / John Smith, an analyst at X, said / the Central Statistical Office (KSH)
# said: an abbreviation in brackets after a name is the same body's short name, and the verb is still its own
_BRACKETED_ABBREVIATION = r"\s+\((?-i:[A-ZА-ЯЁ]{2,8})\)"
_NAME_LINK = lexicon.any_of(lexicon.ORGANISATION_NAME_LINKS)
# "the Office for National Statistics said": a capitalised word joined to the name by "for"/"of" is of the name
_PASSIVE_AGENT = re.compile(rf"\s{lexicon.any_of(lexicon.POLL_AGENT_LEADS)}\s", re.IGNORECASE)  # "reported by the"
_LINKED_BEFORE = re.compile(rf"(?-i:[A-ZА-ЯЁ][\w-]+)\s+(?-i:{_NAME_LINK})\s+$")  # "Institute of " before a name
_OWN_DOCUMENT = rf"{lexicon.any_of(lexicon.OWN_DOCUMENT_LEADS)}\s"  # "in its latest outlook": the name's own document
# (up to three capitalised words before the "of": "the National Association of Port Freight Forwarders said")
_NAME_THEN_VERB = re.compile(rf"(?P<who>(?:(?-i:(?:[A-Z][\w-]+\s+){{0,2}}[A-Z][\w-]+)\s+{_NAME_LINK}\s+)?(?-i:{NAME})"
                             rf"(?:{_BRACKETED_ABBREVIATION})?)(?:,[^,]{{1,80}},|\s+{_OWN_DOCUMENT}[^,.;:!?\n]{{1,60}}?)?"
                             rf"\s+{_SPEECH_VERBS}\b", re.IGNORECASE)
# "The chief executive of StreamCo, Mark Wells, said", "StreamCo's chief executive, Mark Wells, said", "The maker of
# the film, Meridian Pictures, said": a name between commas before the verb names the whole phrase before it, a
# post (its role in lower case) or a thing of an organisation ("of"/"at"/"for" and a name): the name speaks
_APPOSED_NAME_THEN_VERB = re.compile(
    rf"(?:(?P<role>(?-i:[a-z][\w'’-]*\s+){{0,3}}(?-i:[a-z][\w'’-]*))|"
    rf"{lexicon.any_of(lexicon.APPOSITION_HEAD_PREPOSITIONS)}\s+(?:{DEFINITE}\s+)?(?-i:{NAME})),\s+"
    rf"(?P<who>(?-i:{NAME})),\s+{_SPEECH_VERBS}\b", re.IGNORECASE)
# an amount right after a verb of speech that is also one of adding is its object ("added $10.6 million", "added
# another 5 million"): the verb adds, it does not say
_AMOUNT_OBJECT = re.compile(rf"\s+(?:{lexicon.any_of(lexicon.AMOUNT_OBJECT_LEADS)}\s+)?"
                            rf"[{''.join(lexicon.CURRENCY_SIGNS)}]?\d", re.IGNORECASE)
_LAST_WORD = re.compile(r"\w+\Z")


def _adds_amount(text: str, object_start: int) -> bool:
    """Whether the verb of speech before `object_start` is one of adding with its amount right after it."""
    reach = max(0, object_start - 20)
    end = object_start  # the verb's end: back past the spaces before its object (never a copy of the text)
    while end > reach and text[end - 1].isspace():
        end -= 1
    verb = _LAST_WORD.search(text, reach, end)
    return verb is not None and verb.group(0).casefold() in lexicon.ADDING_SPEECH_VERBS \
        and _AMOUNT_OBJECT.match(text, end) is not None
# "... более 81 млн человек. Об этом сообщили в пресс-службе ведомства.": a last sentence that says who stated what
# the paragraph said before it names the paragraph's speaker, as a closing quotation does
_ABOUT_THIS = re.compile(rf"(?:\A|[.!?]\s+){lexicon.any_of(lexicon.STATEMENT_REFERENCE_OPENERS)}\s+"
                         rf"(?P<statement>[^.!?\n]{{1,160}})[.!]?\Z", re.IGNORECASE)
_RELAYING = re.compile(rf"\b{lexicon.any_of(lexicon.RELAY_VERBS)}\b", re.IGNORECASE)
# an outlet in quotation marks right before or after a verb of speech ("пояснил «Фонтанке» аналитик", "в
# пресс-службе «Фонтанке» сообщили"): in the dative, it is whom the words were said to
_ADDRESSEE = re.compile(r"«[^«»\n]{1,40}»")
_VERB_REACH = 30  # a verb of speech and its addressee stand side by side: a few characters between at most
_SPEECH_BEFORE = re.compile(rf"\b(?:{_SPEECH_VERBS}|{_IMPERSONAL})\s+\Z", re.IGNORECASE)
_SPEECH_AFTER = re.compile(rf"\s+(?:{_SPEECH_VERBS}|{_IMPERSONAL})\b", re.IGNORECASE)
# "Минэкономразвития ожидает, что ...", "ЦБ прогнозирует": a name opening its sentence, the subject of a verb of
# expecting, is whose the forecast is
# (or "forecasts", "projected" before its object: "The Congressional Budget Office forecasts a deficit of")
_FORECASTING = (rf"(?:{lexicon.any_of(lexicon.FORECASTING_VERBS)}|"
                rf"{lexicon.any_of(lexicon.FORECASTING_VERBS_BEFORE_OBJECT)}"
                rf"(?=\s+{lexicon.any_of(lexicon.FORECAST_OBJECT_LEADS)}\b))")
# (a name may be joined by "of"/"for" to capitalised words before it: "The National Guild of Cinema Operators
# forecasts that")
_NAME_FORECASTS = re.compile(rf"^\W*(?:{DEFINITE}\s+)?(?P<who>(?:(?-i:(?:[A-Z][\w-]+\s+){{0,2}}[A-Z][\w-]+)\s+"
                             rf"{_NAME_LINK}\s+)?(?-i:{NAME}))\s+{_FORECASTING}\b", re.IGNORECASE)
# "The central bank expects inflation to ease to", "The statistics office forecasts that exports will": a body named
# by its noun opening its sentence, the subject of a verb of expecting (before "that", or before its object and "to"
# or "will"), is whose the forecast is, as "the port authority said" is its words
_EN_FORECAST_VERB = (rf"{lexicon.any_of(lexicon.EN_FORECASTING_VERBS)}(?=\s+"
                     rf"{lexicon.any_of(lexicon.EN_FORECAST_CLAUSE_LEADS)}\b|(?:\s+[\w'’-]+){{1,5}}?\s+"
                     rf"{lexicon.any_of(lexicon.EN_FORECAST_OBJECT_VERB_LEADS)}\b)")
_BODY_FORECASTS = re.compile(
    rf"^\W*{DEFINITE}\s+(?P<who>(?:[\w'’-]+\s+){{0,2}}?{lexicon.any_of(lexicon.SPEAKING_BODY_NOUNS)})\s+"
    rf"(?:{lexicon.any_of(lexicon.SPEAKER_ADVERBS)}\s+)?{_EN_FORECAST_VERB}", re.IGNORECASE)
# ... and so after a phrase of time or place that opens the sentence (at least one word after its preposition:
# "В Минфине ожидают" is said in it): "В четвертом квартале компания ожидает роста выручки", "In 2027, the company
# expects" (a company named by its noun is the one the text names, `People.organisation`)
_OPENED_FORECASTS = re.compile(
    rf"^\W*{lexicon.any_of(lexicon.FORECAST_OPENING_LEADS)}\s+(?:[\w-]+\s+){{0,3}}?[\w-]+,?\s+(?:{DEFINITE}\s+)?"
    rf"(?P<who>(?-i:{NAME})|{lexicon.any_of(lexicon.ORGANISATION_NOUNS)})\s+{_FORECASTING}\b", re.IGNORECASE)
_ABBREVIATION_AT_END = re.compile(rf"{_BRACKETED_ABBREVIATION}$")
# "Генеральный директор Анна Веретенникова ожидает, что ...", "Аналитики «Альфа-Инвеста» прогнозируют ...": a role
# opening its sentence, with the name of its holder or of the organisation it is held in, before a verb of
# expecting: the holder (or the organisation's analysts) forecasts
_ROLE_FORECASTS = re.compile(
    rf"^\W*(?P<who>(?:[\w-]+\s+){{0,2}}?(?:{lexicon.any_of(lexicon.PERSON_ROLES + lexicon.EXPERT_ROLES)})\w*"
    rf"(?:\s+(?-i:[а-яёa-z])[\w-]*){{0,3}}?(?:\s+(?-i:{QUOTED_NAME})(?:\s+(?-i:{NAME}))?|\s+(?-i:{NAME})))\s+"
    rf"{_FORECASTING}\b", re.IGNORECASE)
# "Economists polled by Reuters had expected", "Экономисты, опрошенные «Интерфаксом», ожидали": the polled speak
# ... or by a body named by what it is ("polled by the wire service", "surveyed by the newspaper")
_AGENT_WORD = rf"(?!(?:{lexicon.any_of(lexicon.POLL_AGENT_END_WORDS)})\b)[a-z][\w-]*"
_POLLED = re.compile(
    rf"\b(?P<who>{lexicon.any_of(lexicon.POLLED_GROUP_NOUNS)},?\s+{lexicon.any_of(lexicon.POLLED_PARTICIPLES)}\s+"
    rf"(?:(?:{lexicon.any_of(lexicon.POLL_AGENT_LEADS)}\s+)?(?:{DEFINITE}\s+)?(?-i:{QUOTED_NAME}|{QUOTED_NAME_ANY_MARKS}|{NAME})"
    rf"|{lexicon.any_of(lexicon.POLL_AGENT_LEADS)}\s+{DEFINITE}\s+(?-i:(?:{_AGENT_WORD}\s+){{0,2}}{_AGENT_WORD})))",
    re.IGNORECASE)
# "The SMMT did issue some positivity, saying that it expects ...": the main clause's subject, a name, speaks
_SUBJECT_SAYING = re.compile(rf"^\W*(?:{DEFINITE}\s+)?(?P<who>(?-i:{NAME}))\b[^.!?\n]{{0,160}}?,\s*"
                             rf"{lexicon.any_of(lexicon.SPEECH_PARTICIPLES)}\b", re.IGNORECASE)
# "The guild has again revised its full-year forecast downwards - it is now 1.66m": the subject's own forecast
_REVISES_FORECAST = re.compile(
    rf"^\W*(?:{DEFINITE}\s+)?(?P<who>(?-i:{NAME}))\s+(?:\w+\s+){{0,2}}?{lexicon.any_of(lexicon.FORECAST_REVISION_VERBS)}"
    rf"\s+(?:{lexicon.any_of(lexicon.POSSESSIVES)}\s+)?(?:[\w-]+\s+){{0,3}}?{lexicon.any_of(lexicon.OWN_FORECAST_NOUNS)}\b",
    re.IGNORECASE)
_WORDS_OF = re.compile(rf"\b{lexicon.any_of(lexicon.WORDS_OF_LEADS)}\s+(?P<who>{ROLE}(?-i:{NAME}))", re.IGNORECASE)
# "в Минпромторге сообщили", "В ЦБ пояснили", "добавили в Банке России": the organisation speaks
_SAID_IN = re.compile(
    rf"\b[вВ]о?\s+(?P<before>(?:[\w-]+\s+){{0,3}}?[\w»-]+)\s+{_IMPERSONAL}\b"
    rf"|\b{_IMPERSONAL}\s+в(?:о)?\s+(?P<after>(?:(?-i:{QUOTED_NAME})|[\w-]+)(?:\s+(?-i:[А-ЯЁA-Z][\w-]*))*"
    # "сообщили в министерстве финансов региона": lower-case words after it, of which the genitives are its name
    rf"(?:\s+(?-i:[а-яё][\w-]*)){{0,6}}(?:\s+(?-i:[А-ЯЁ][\w-]*)){{0,2}})"
    # "the port authority said", "the statistics office also reported": the body speaks, named by what it is
    # "the port authority said", "the city's statistics department said", "a Treasury official said": the body
    # speaks, named by what it is, or one who holds a post in it
    rf"|\b{ARTICLES}\s+(?P<the>(?:[\w'’-]+\s+){{0,2}}?"
    rf"{lexicon.any_of(lexicon.SPEAKING_BODY_NOUNS + lexicon.SPEAKING_POST_NOUNS)})\s+"
    rf"(?:{lexicon.any_of(lexicon.SPEAKER_ADVERBS)}\s+)?{_SPEECH_VERBS}\b"
    # "сообщил департамент по труду и занятости населения региона", "сообщила компания": the body in the
    # nominative after the verb, with its complements up to the end of the clause
    rf"|(?<!\w){_SPEECH_VERBS}\s+(?P<body>(?=(?-i:[а-яё]))(?:[а-яё-]+\s+){{0,2}}?"
    rf"{lexicon.any_of(lexicon.RU_SPEAKING_BODY_STEMS)}[а-яё]*(?:\s+[\w«»\"-]+){{0,6}}?)\s*(?=[.,;!?\n]|$)",
    re.IGNORECASE,
)
_PASSIVE = lexicon.any_of(lexicon.PASSIVE_SPEECH_VERBS)
# "«…», — говорится в сообщении комитета", "отмечается в докладе Минэкономики": the body whose document it is speaks
_SAID_IN_STATEMENT = re.compile(
    rf"\b{_PASSIVE}\s+[вВ]\s+{lexicon.any_of(lexicon.STATEMENT_NOUN_STEMS + lexicon.MORE_STATEMENT_NOUN_STEMS)}\w*\s+"
    rf"(?P<who>[^.!?\n,;:()«»\"]{{1,80}}?|(?-i:{QUOTED_NAME}))\s*(?=[.!?,;\n]|$)", re.IGNORECASE)
# "Росстат опубликовал доклад, в котором говорится, что ...": the body that publishes the document speaks
_PUBLISHED_SAYING = re.compile(
    rf"(?P<who>(?-i:{NAME}))\s+{lexicon.any_of(lexicon.PUBLISHING_VERB_STEMS)}\s+"
    rf"{lexicon.any_of(lexicon.STATEMENT_NOUN_STEMS + lexicon.MORE_STATEMENT_NOUN_STEMS)}\w*\s*,\s*"
    rf"{lexicon.any_of(lexicon.IN_WHICH_RU)}\s+{_PASSIVE}\b", re.IGNORECASE)
# "Из общего объема, отмечается далее, ...", "Уточняется, что ...": the statement of the paragraph before goes on
_SAID_FURTHER = re.compile(rf"\b{_PASSIVE}\s+{lexicon.any_of(lexicon.CONTINUATION_ADVERBS)}\b"
                           rf"|^[\s«\"“]*{_PASSIVE}\s*,\s*{lexicon.any_of(lexicon.SAID_THAT_CONJUNCTIONS)}\b",
                           re.IGNORECASE)
# a quotation closed by its speaker that does not end its paragraph: '"…", -- сообщает Минсельхоз. Урожай …';
# the quotation's body holds no quotation mark, so each opening mark is read up to the next mark only
_QUOTATION = re.compile(rf"[\"«“](?P<body>[^\"«»“”\n]{{1,3000}})[\"»”]\s*,?\s*[-–—]*\s*{_SPEECH_VERBS}\s+"
                        rf"(?P<who>[^.!?\n]{{1,120}}?)\s*(?=[.!?\n]|$)", re.IGNORECASE)
# "It said ...", "Она отметила ...", "По его прогнозу, ...": a pronoun speaks for the one named before it
# '"…," said Chris Aronson. "We expect $100 million."': a quotation that goes on right after its speaker is
# named, with no speaker of its own, is still the speaker's
_QUOTATION_GOES_ON = re.compile(r"\s*[.,]?\s*[\"“](?P<body>[^\"”«»\n]{1,3000})[\"”]\s*(?=$|\n)")
_PRONOUN_SAID = re.compile(
    rf"\b(?:{lexicon.any_of(lexicon.PRONOUN_SPEAKERS)}\s+(?:{lexicon.any_of(lexicon.SPEAKER_ADVERBS)}\s+)?"
    rf"{_SPEECH_VERBS}|{lexicon.any_of(lexicon.PRONOUN_SPEECH_LEADS)})\b", re.IGNORECASE)
_IN_ORGANISATION = re.compile(r"[вВ]о?\s+(?P<name>.+)")
_RU_BODY = re.compile(lexicon.any_of(lexicon.RU_SPEAKING_BODY_STEMS), re.IGNORECASE)
_NOT_A_FIELD = re.compile(lexicon.any_of(lexicon.RU_NOT_A_BODY_FIELD), re.IGNORECASE)
_ORGANISATION_NOUN = re.compile(rf"(?:{DEFINITE}\s+)?{lexicon.any_of(lexicon.ORGANISATION_NOUNS)}", re.IGNORECASE)
# an expert is a person too ("Jane Hart, a statistician at the ONS")
_PERSON_ROLES = re.compile(lexicon.any_of(lexicon.PERSON_ROLES + lexicon.EXPERT_ROLES), re.IGNORECASE)
# "политолог Алмас Аубекеров", "аналитик ИК «Финам» Игорь Додонов": a person introduced with a role, the
# organisation it is held in (in quotation marks) kept with the role
_ROLE_THEN_NAME = re.compile(rf"(?P<role>{_PERSON_ROLES.pattern}\w*(?:\s+(?-i:{QUOTED_NAME})(?=\s+(?-i:[А-ЯЁA-Z])))?)"
                             rf"\s+(?P<name>(?-i:{NAME}))", re.IGNORECASE)
# "Министр финансов Курской области Ирина Соколова", "председатель комитета по бюджету и налогам Олег Лапин": a
# role with its complement (lower-case words, a capitalised adjective before its lower-case noun, "и" between two
# of them; the company it is held in, in quotation marks, after it) before a first name and a surname, no
# capitalised word after them
_ROLE_OF_THEN_NAME = re.compile(
    rf"(?P<role>{_PERSON_ROLES.pattern}\w*(?:\s+(?!(?:{_SPEECH_VERBS})\b)(?!{lexicon.any_of(lexicon.LIST_JOINS)}\s+"
    rf"(?-i:[А-ЯЁ]))(?-i:[а-яё][\w-]*|[А-ЯЁ][а-яё-]+(?=\s+[а-яё]))){{0,5}}"
    rf"(?:\s+(?-i:{QUOTED_NAME}))?(?:\s+(?-i:[А-ЯЁ][а-яё-]+)){{0,2}})\s+(?P<name>(?-i:[А-ЯЁ][а-яё-]+\s+[А-ЯЁ][а-яё-]+))(?![\w-])(?!\s+(?-i:[А-ЯЁ]))",
    re.IGNORECASE)
# "Budget Director Laura Keegan", "Fed President Tom Ridley": a capitalised title (its last role word, a whole
# word) before a person's name is the role, never part of the name; so is a title of two or three words ending in
# its head ("Chief Executive Maria Olsen", "Chief Financial Officer Tomas Reyes")
_TITLE_HEADS = re.compile(lexicon.any_of(lexicon.CAPITALISED_TITLE_HEADS), re.IGNORECASE)
_TITLE_THEN_NAME = re.compile(rf".*(?<![\w-])(?:{_PERSON_ROLES.pattern}|{_TITLE_HEADS.pattern})"
                              rf"(?:s|[а-яё]{{0,2}})\s+(?P<name>.+)", re.IGNORECASE)
_NAME_AT_END = re.compile(rf"(?-i:{NAME})$")
_EXPERT_ROLES = re.compile(lexicon.any_of(lexicon.EXPERT_ROLES), re.IGNORECASE)
_OFFICIAL = re.compile(lexicon.any_of(lexicon.OFFICIAL_WORDS), re.IGNORECASE)
_COMPANY = re.compile(lexicon.any_of(lexicon.COMPANY_WORDS), re.IGNORECASE)
_DOCUMENT = re.compile(lexicon.any_of(lexicon.DOCUMENT_WORDS), re.IGNORECASE)
_NOT_NAMES = lexicon.SOURCE_NOT_NAME_WORDS
_LEADING_NOT_NAME = re.compile(rf"(?:{lexicon.any_of(tuple(sorted(_NOT_NAMES)))})\s+(?=\S)", re.IGNORECASE)
_LEADING_ARTICLE = re.compile(rf"^{ARTICLES}\s+", re.IGNORECASE)
# a person's name, then their role in apposition: "Doug Shapiro, executive research director at the center"
_APPOSITIVE_ROLE = re.compile(rf"(?P<name>(?-i:{NAME})),\s+(?P<role>[^,]{{2,120}})")
_BARE_ROLE = re.compile(rf"(?:{ARTICLES}\s+)?(\w+)")  # "the analyst", "политолог": a role, no name


def _nominative(name: str) -> str:
    """A Russian name in the nominative: "Марата Карабаева" -> "Марат Карабаев".

    The first name decides: when it has no nominative reading, every part is read in its case and gender.
    """
    parts = name.split()
    if not parts or not all(re.fullmatch(r"[А-ЯЁ][а-яё-]+", part) for part in parts):
        return name
    from factcheck.extract.words import russian_readings

    first = _first_name_readings(parts[0])
    if not first or any("nomn" in r.tag for r in first):
        return name  # already in the nominative, or not a name pymorphy3 knows
    case, gender = first[0].tag.case, first[0].tag.gender
    result = []
    for at, part in enumerate(parts):
        reading = next((r for r in russian_readings(part) if r.tag.case == case and (
            gender is None or r.tag.gender in (gender, None)) and any(m in r.tag for m in ("Name", "Surn", "Patr"))),
                       None)
        inflected = reading.inflect({"nomn"}) if reading is not None else None
        if inflected is None and gender == "femn" and case != "nomn" and at == len(parts) - 1:
            # a woman's surname the dictionary reads as a common word ("Калиной" as the berry): the endings of
            # surnames decline as adjectives ("Жуковской" -> "Жуковская") or as "-ова", "-ина" ("Калиной" -> "Калина")
            oblique, nominative = next(((end, to) for end, to in lexicon.RU_FEMININE_SURNAME_NOMINATIVE
                                        if part.endswith(end) and len(part) > len(end) + 1), ("", ""))
            result.append(f"{part[: len(part) - len(oblique)]}{nominative}" if oblique else part)
            continue
        result.append(str(inflected.word).capitalize() if inflected is not None else part)
    return " ".join(result)


def _first_name_readings(word: str) -> list[Any]:
    """The readings of a Russian first name as one person's: "Ирины" is also "several Irinas" in the nominative."""
    from factcheck.extract.words import russian_readings

    return [r for r in russian_readings(word) if "Name" in r.tag and "plur" not in r.tag]


def _role_in_case_of(role: str, name: str) -> str:
    """A role before a Russian name in the nominative, read in the name's case: they agree.

    "по словам аналитика Светланы Белой": "аналитика" is also the nominative "analytics"; the name's genitive says it
    is the analyst's. The words up to the role's first noun are inflected; its complement keeps its case.
    """
    from factcheck.extract.words import agrees, russian_readings

    first = _first_name_readings(name.split()[0]) if name.split() else []
    case = first[0].tag.case if first else None
    if case in (None, "nomn"):
        return role
    words = role.split()
    for at, word in enumerate(words):
        readings = [r for r in russian_readings(word) if r.tag.case == case]
        noun_after = next((r.tag for r in russian_readings(words[at + 1]) if r.tag.case == case
                           and r.tag.POS == "NOUN"), None) if at + 1 < len(words) else None
        # "главного экономиста": an adjective agreeing with the noun after it, never the noun "главное"
        reading = next((r for r in readings if r.tag.POS in ("ADJF", "PRTF") and noun_after is not None
                        and agrees(r.tag, noun_after)), None) \
            or next((r for r in readings if r.tag.POS == "NOUN"), None)
        inflected = reading.inflect({"nomn"}) if reading is not None else None
        if reading is None or inflected is None:
            return role
        words[at] = str(inflected.word)
        if reading.tag.POS == "NOUN":
            return " ".join(words)
    return role


def _person_at_end(name: str) -> int:
    """Where a Russian first name and a surname end a run of capitalised words after others, or 0.

    "Банка России Алексей Заботкин": the body in the genitive is the complement of a role before it ("заместитель
    председателя"), the person is "Алексей Заботкин" (the dictionary reads a first name and a surname as such).
    """
    from factcheck.extract.words import russian_readings

    parts = name.split()
    # ("ЦБ Эльвира Набиуллина": a body's abbreviation in capitals, as a genitive, is the role's complement)
    if len(parts) < 3 or not all(re.fullmatch(r"[А-ЯЁ][а-яё-]+|[А-ЯЁ]{2,}", part) for part in parts):
        return 0
    marks = [{mark for r in russian_readings(part) for mark in ("Name", "Surn", "Patr") if mark in r.tag}
             for part in parts]
    first = next((at for at in range(len(parts) - 2, 0, -1) if "Name" in marks[at] and not marks[at - 1]), None)
    if first is None or not all(marks[at] & {"Surn", "Patr"} for at in range(first + 1, len(parts))):
        return 0
    return len(" ".join(parts[:first])) + 1


def without_addressees(text: str) -> str:
    """The text with the outlets words were said to blanked out, so that no reader takes them for a speaker.

    "…, – пояснил «Фонтанке» аналитик Игорь Додонов", "В пресс-службе банка «Фонтанке» сообщили": the name in
    quotation marks beside a verb of speech is in the dative (it has no reading in the nominative), whom the
    speaker told; "сообщила «Фонтанка»" names the speaker and is kept. Offsets are kept: blanks replace it.
    """
    if "«" not in text:
        return text
    pieces, copied = [], 0
    for quoted in _ADDRESSEE.finditer(text):
        first = re.match(r"[А-ЯЁа-яё-]+", quoted.group(0)[1:])
        if first is None:
            continue
        cases = _cases(first.group(0))
        # right after the verb, a dative is whom it was said to ("пояснил «Фонтанке»"); before the verb, a name
        # that may also be a genitive or a locative is where the speaker works ("В пресс-службе «Северстали»
        # сообщили"), so only a dative and nothing else is an addressee ("в пресс-службе банка «Вестнику» сообщили")
        after_verb = bool(_SPEECH_BEFORE.search(text, max(0, quoted.start() - _VERB_REACH), quoted.start()))
        before_verb = bool(_SPEECH_AFTER.match(text, quoted.end()))
        if "nomn" in cases or "datv" not in cases or not (after_verb or (before_verb and cases == {"datv"})):
            continue
        pieces += [text[copied : quoted.start()], " " * (quoted.end() - quoted.start())]
        copied = quoted.end()
    return "".join([*pieces, text[copied:]])


@functools.cache
def _cases(word: str) -> frozenset[str]:
    """The grammatical cases a Russian word may be read in ("Фонтанке": dative or locative)."""
    from factcheck.extract.words import russian_readings

    return frozenset(str(reading.tag.case) for reading in russian_readings(word) if reading.tag.case)


def _adjectives_before(text: str, start: int) -> str:
    """The Russian adjectives right before a role that agree with its noun, its own ("финансовый директор").

    "сказал финансовый директор компании Андрей Петров": the role is "финансовый директор компании", never the
    noun alone; a verb, a punctuation mark or a word of another case ends them.
    """
    from factcheck.extract.words import ADJECTIVE, words_of

    role = words_of(text[start : start + 40], start, "ru", -1)[:1]
    before = words_of(text[max(0, start - 60) : start], max(0, start - 60), "ru", -1)
    if not role or role[0].case is None or role[0].after_break:
        return ""
    first = len(before)
    while first > 0 and before[first - 1].part == ADJECTIVE and before[first - 1].case == role[0].case \
            and not text[before[first - 1].end : (before[first].start if first < len(before) else start)].strip():
        first -= 1
    return text[before[first].start : start] if first < len(before) else ""


class People:
    """The sources an article names, one per entity, and who speaks in a paragraph."""

    def __init__(self, extraction: Extraction) -> None:
        self.extraction = extraction
        self.known: list[SourceGuess] = []
        # a body's short name given in brackets after its name ("Central Statistical Office (KSH)"): "KSH" is it
        self.abbreviations: dict[str, SourceGuess] = {}
        self.people: set[str] = set()  # the ids of the known sources that are persons, not organisations
        # quotations closed by their speaker inside a paragraph: (start, end) in the article's text, and who speaks
        self.quotations: list[tuple[int, int, SourceGuess]] = []
        self._read_up_to = 0  # where the paragraph read last ends in the article's text
        self._paragraphs_read = 0
        self._last_speaker: tuple[int, SourceGuess] | None = None  # the paragraph a speaker was found in, and who
        # the speakers named with a verb of speech, in reading order: where in the article's text, and the words
        # ("in": said in an organisation, "в Банке России добавили"; "name": the words name the speaker)
        self._named: list[tuple[int, str, str]] = []
        self._trade_names: list[tuple[int, str]] | None = None  # names in quotation marks: (where each ends, name)
        self._paragraph_starts: list[int] = []
        # how the speaker of the paragraph read last was found, when one was
        self.paragraph_found: SpeakerFound = SpeakerFound.CLOSING_QUOTATION
        # where the quotation that closes the paragraph read last opens, when one does (an offset of the text)
        self.closing_quotation_opens: int | None = None

    def learn(self, paragraph: str) -> None:
        """Remember the people a paragraph introduces with their role ("политолог Алмас Аубекеров")."""
        # the leftmost, longest of the two readings where they overlap: "Председатель совета директоров Иван
        # Петров" is the chairman's, never a role "директоров" found inside its complement
        matches = sorted([*_ROLE_THEN_NAME.finditer(paragraph), *_ROLE_OF_THEN_NAME.finditer(paragraph)],
                         key=lambda match: (match.start(), -match.end()))
        taken_to = 0
        for match in matches:
            if match.start() < taken_to:
                continue
            taken_to = match.end()
            # "Аналитик" opening a sentence is the role "аналитик"; "ИК «Финам»" kept
            role = f"{_adjectives_before(paragraph, match.start('role'))}{match.group('role')}"
            self.source(f"{role[:1].casefold()}{role[1:]} {match.group('name')}")

    def source(self, words: str, kind_otherwise: str = "unknown") -> SourceGuess:
        """The source some words name ("министр транспорта Марат Карабаев", "Eurostat"), known or new.

        An organisation whose name says nothing of its kind gets `kind_otherwise`: what the sentence says of it
        ("сообщает агентство «Вести»": a publication).
        """
        stripped = LEADING_PHRASE.sub("", words.strip(" \"“”'’,."))  # "в четверг Trend": Trend
        served = _PRESS_OFFICE.fullmatch(stripped)
        if served is not None:  # "пресс-служба регионального правительства": the government, whose office speaks
            return self.source(_nominative_phrase(served.group("body")), kind_otherwise)
        if stripped in self.abbreviations:
            return self.abbreviations[stripped]
        by_initials = self._by_initials(stripped)
        if by_initials is not None:
            return by_initials
        abbreviated = _ABBREVIATION_AT_END.search(stripped)
        if abbreviated is not None:  # "Central Statistical Office (KSH)": the body, known later as "KSH"
            guess = self.source(stripped[: abbreviated.start()], kind_otherwise)
            if not guess.name.endswith(")"):
                guess = SourceGuess(guess.id, f"{guess.name} {abbreviated.group(0).strip()}", guess.kind, guess.role)
                self.extraction.sources[guess.id] = guess
                self.known = [guess if known.id == guess.id else known for known in self.known]
            self.abbreviations[abbreviated.group(0).strip(" ()")] = guess
            return guess
        quoted_name = re.fullmatch(QUOTED_NAME, stripped)
        cleaned = stripped if quoted_name else without_outer_marks(stripped)
        cleaned = _LEADING_ARTICLE.sub("", cleaned)
        named = None if quoted_name else re.search(rf"(?-i:{NAME})$", cleaned)
        titled = _TITLE_THEN_NAME.fullmatch(named.group(0)) if named else None
        if named and titled and self.looks_like_person(titled.group("name")):  # "Budget Director Laura Keegan"
            named = _NAME_AT_END.search(cleaned, named.start() + titled.start("name"))
        if named and (person_at := _person_at_end(named.group(0))):  # "председателя Банка России Алексей Заботкин"
            named = _NAME_AT_END.search(cleaned, named.start() + person_at)
        name = named.group(0) if named else cleaned
        role = cleaned[: named.start()].strip(" ,") if named else ""
        appositive = None if quoted_name else _APPOSITIVE_ROLE.fullmatch(cleaned)
        if appositive is not None and _PERSON_ROLES.search(appositive.group("role")) and self.looks_like_person(
                appositive.group("name")):  # "Doug Shapiro, executive research director at the center"
            name, role = appositive.group("name"), appositive.group("role")
        # "Institute of International Finance": capitalised words joined by "of" go on one organisation's name,
        # never a person's after a role
        linked = named is not None and _LINKED_BEFORE.search(cleaned, 0, named.start()) is not None
        person = not quoted_name and (bool(role and _PERSON_ROLES.search(role))
                                      or (not linked and self.looks_like_person(name)))
        if person:
            if role and named is not None and role == cleaned[: named.start()].strip(" ,"):
                # "по словам губернатора Сергея Петрова": a role before a name agrees with it in case
                role = _role_in_case_of(role, name)
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
            self.people.add(guess.id)
        else:
            if not name or name.casefold() in _NOT_NAMES:
                name = cleaned or "Unknown"
            if not role and not named:
                name = cleaned
            full = f"{role} {name}".strip() if role and not named else cleaned
            kind = ("official" if _OFFICIAL.search(full) else "company" if _COMPANY.search(full)
                    else "document" if _DOCUMENT.search(full) else kind_otherwise)
            key = slug(" ".join(_lemma(word) for word in full.split()))
            found = next((s for s in self.known if s.id == key), None)
            if found is not None:
                return found
            guess = SourceGuess(key, full[:1].upper() + full[1:], kind)
        self.known.append(guess)
        self.extraction.sources.setdefault(guess.id, guess)
        return self.extraction.sources[guess.id]

    def _by_initials(self, words: str) -> SourceGuess | None:
        """An abbreviation of an organisation named before in full: "ONS" after "Office for National Statistics"."""
        if not re.fullmatch(r"[A-ZА-ЯЁ]{2,6}", words):
            return None
        for source in reversed(self.known):
            parts = [part for part in source.name.split() if part.casefold() not in lexicon.ORGANISATION_NAME_LINKS]
            if source.id not in self.people and len(parts) > 1 and "".join(p[:1] for p in parts).upper() == words:
                return source
        return None

    @staticmethod
    def is_organisation(words: str) -> bool:
        """Whether words name an organisation, not a place: "Минпромторге", "ЦБ", "ведомстве", "the ministry"."""
        return bool(_OFFICIAL.search(words) or _COMPANY.search(words) or re.fullmatch(QUOTED_NAME, words)
                    or _ORGANISATION_NOUN.fullmatch(words) or re.fullmatch(r"[A-ZА-ЯЁ]{2,6}", words))

    def organisation(self, words: str, before: int | None = None) -> SourceGuess:
        """The organisation a statement is made "in": "в Минпромторге", "в ведомстве" (the last one named).

        A company named by its noun ("сообщила компания") with no company among the sources is the one last named
        by its trade name before the figure at `before`.
        """
        name = _nominative_phrase(_without_adverbs(words))
        if _ORGANISATION_NOUN.fullmatch(name):
            kind = "company" if _COMPANY.search(name) else "official"
            known = next((s for s in reversed(self.known) if s.kind == kind and s.role is None), None)
            if known is not None:
                return known
            traded = self._company_named_before(before) if kind == "company" else None
            if traded is not None:
                return traded
        return self.source(name, "official")

    def _company_named_before(self, before: int | None) -> SourceGuess | None:
        """The company last named by its trade name in quotation marks before an offset ("АФК «Система»")."""
        if before is None:
            return None
        if self._trade_names is None:  # found once for the whole text, looked up by offset in logarithmic time
            self._trade_names = [(match.end(), _trade_name(match.group(0)))
                                 for match in re.finditer(QUOTED_NAME, self.extraction.article.visible)]
        index = bisect.bisect_right(self._trade_names, (before, "\uffff")) - 1
        return self.source(self._trade_names[index][1], "company") if index >= 0 else None

    def _known_person(self, name: str) -> SourceGuess | None:
        surname = name.split()[-1].casefold()
        stem = surname[: max(4, len(surname) - 2)]
        for person in reversed(self.known):
            if person.id not in self.people:
                continue  # "according to Statcom" twice: an organisation named once is no surname
            if person.role is not None or person.kind in ("expert", "official", "company", "unknown"):
                known_surname = person.name.split()[-1].casefold()
                if known_surname.startswith(stem) or surname.startswith(known_surname[: max(4, len(known_surname)
                                                                                             - 2)]):
                    return person
        return None

    def looks_like_person(self, name: str) -> bool:
        """Whether words name a person: two or three capitalised words, or a surname known as a person's."""
        parts = name.split()
        if not 1 <= len(parts) <= 3 or any(part.isupper() and len(part) > 1 for part in parts):
            return False  # "OPEC", "SMMT", "ЦДУ ТЭК": organisations
        if not all(part[:1].isupper() or part in lexicon.NAME_PARTICLES for part in parts):
            return False  # "railway company": a person's name is capitalised
        if _OFFICIAL.search(name) or _COMPANY.search(name):
            return False
        return len(parts) >= 2 or self._known_person(name) is not None

    def speaker_of(self, paragraph: str) -> SourceGuess | None:
        """The speaker of a paragraph, read in the article's order.

        One that ends with a quotation closed by its speaker (`«…», — отметил политолог`, `«…», — говорится в
        сообщении комитета`), or one that goes on with the statement of the paragraph before (`отмечается
        далее`). Quotations closed inside the paragraph are remembered for the figures they hold.
        """
        self._paragraphs_read += 1
        start = self.extraction.article.visible.find(paragraph, self._read_up_to)
        paragraph = without_addressees(paragraph)
        if start >= 0:
            self._read_up_to = start + len(paragraph)
            self._paragraph_starts.append(start)
            self._remember_quotations(paragraph, start)
            self._remember_speakers(paragraph, start)
        about = _ABOUT_THIS.search(paragraph.strip())
        if about is not None:
            speaker, self.paragraph_found = self._speaker_about_this(about.group("statement"))
        else:
            speaker, self.paragraph_found = self._closing_speaker(paragraph), SpeakerFound.CLOSING_QUOTATION
        opens = _closing_quotation_opens(paragraph) if speaker is not None and about is None else None
        unclosed = _unclosed_opening(paragraph) if speaker is None and about is None else None
        if unclosed is not None and start >= 0:
            # «Доходы составили …\n\nРасходы достигли …», — сказал министр: the quotation goes on to the paragraph
            # that closes it, whose speaker says it all
            speaker, opens = self._speaker_closing_later(start + len(paragraph)), unclosed
            self.paragraph_found = SpeakerFound.CLOSING_QUOTATION
        self.closing_quotation_opens = start + opens if opens is not None and start >= 0 else None
        if speaker is None and _SAID_FURTHER.search(paragraph) and self._last_speaker is not None:
            said_in, said_by = self._last_speaker
            speaker = said_by if said_in >= self._paragraphs_read - 1 else None
            self.paragraph_found = SpeakerFound.CONTINUED_STATEMENT
        if speaker is not None:
            self._last_speaker = (self._paragraphs_read, speaker)
        return speaker

    def _speaker_closing_later(self, end: int) -> SourceGuess | None:
        """The speaker who closes, in a paragraph after `end`, a quotation a paragraph left open; None if none does.

        The next paragraph that holds a closing mark closes it, if no mark opens a quotation of its own before that
        (a paragraph opening with «, as Russian marks a quotation going on, goes on).
        """
        for paragraph in self.extraction.article.visible[end:].split("\n")[:_QUOTATION_PARAGRAPHS]:
            closing = re.search(r"[»”]", paragraph)
            if closing is None:
                continue
            if re.search(r"[«“]", paragraph[: closing.start()].lstrip()[1:]):
                return None
            return self._closing_speaker(paragraph)
        return None

    def _remember_speakers(self, paragraph: str, paragraph_start: int) -> None:
        found = []
        for pattern in (_VERB_THEN_NAME, _NAME_THEN_VERB):
            found += [(paragraph_start + match.start(), "name", match.group("who")) for match in
                      pattern.finditer(paragraph)
                      if _names_speaker(match, paragraph, self.extraction.language, pattern is _VERB_THEN_NAME)]
        for said_in in _SAID_IN.finditer(paragraph):
            words = _speaking_body(said_in)
            if words is not None:
                found.append((paragraph_start + said_in.start(), "in", words))
        self._named += sorted(found)

    def antecedent(self, offset: int) -> SourceGuess | None:
        """The speaker a pronoun at an offset stands for.

        The nearest one named speaking before it, within its paragraph or the one before (a rule of reference);
        none further back. The names are kept in reading order, so the search stops at the paragraph before.
        """
        earliest = self._paragraph_starts[-2] if len(self._paragraph_starts) > 1 else 0
        for start, how, words in reversed(self._named):
            if start < earliest:
                break
            if start < offset:
                return self.organisation(words) if how == "in" else self.resolve(words)
        return None

    def quoted_speaker(self, offset: int) -> SourceGuess | None:
        """Who speaks in the quotation that holds an offset of the article's text, if one does."""
        return next((who for start, end, who in self.quotations if start <= offset < end), None)

    def _remember_quotations(self, paragraph: str, paragraph_start: int) -> None:
        for match in _QUOTATION.finditer(paragraph):
            who = _LEADING_ARTICLE.sub("", match.group("who").strip())
            if not who or who.split()[0].casefold() in _NOT_NAMES or _adds_amount(paragraph, match.start("who")):
                continue
            said_in = _IN_ORGANISATION.fullmatch(who)
            if said_in and self.is_organisation(said_in.group("name")):
                speaker = self.organisation(said_in.group("name"))
            elif re.search(rf"(?-i:{NAME})", who) or _PERSON_ROLES.search(who) or self.is_organisation(who):
                speaker = self.resolve(who)
            else:
                continue  # "«…», — сказал он": no one named
            self.quotations.append((paragraph_start + match.start("body"), paragraph_start + match.end("body"),
                                    speaker))
            goes_on = _QUOTATION_GOES_ON.match(paragraph, match.end())
            if goes_on is not None:
                self.quotations.append((paragraph_start + goes_on.start("body"), paragraph_start + goes_on.end("body"),
                                        speaker))

    def body(self, words: str, before: int | None = None) -> SourceGuess:
        """The body whose document speaks.

        "комитета" is the last source named with that noun (a rule of reference), "Минэкономики" is itself; a
        company's noun with no such source is the company last named by its trade name in quotation marks
        before the statement ("выручка АФК «Система» выросла ..., говорится в сообщении компании").
        """
        first = words.split()[0]
        if first[:1].islower():
            noun = _lemma(first)
            for source in reversed(self.known):
                if source.id not in self.people and noun in {_lemma(w.strip("«»\"(),")) for w in source.name.split()}:
                    return source
            if len(words.split()) == 1 and _ORGANISATION_NOUN.fullmatch(noun):
                # "говорится в материалах ведомства": the agency last named, as "сообщили в ведомстве" is
                return self.organisation(noun, before)
            traded = self._company_named_before(before) if _COMPANY.search(noun) else None
            if traded is not None:
                return traded
            if len(words.split()) == 1:
                return self.source(noun, "official")
        return self.source(words, "official")

    def _closing_speaker(self, paragraph: str) -> SourceGuess | None:
        if not re.search(r"[«»\"“”]", paragraph):
            return None
        match = _QUOTE_CLOSED.search(paragraph.strip())
        if match is None:
            stated = _SAID_IN_STATEMENT.search(paragraph.strip())
            ends = stated is not None and not paragraph.strip()[stated.end():].strip(" .!")
            return self.body(stated.group("who"), self._read_up_to) if stated is not None and ends else None
        if match.group(0).startswith(",") and RELAYED.search(match.group(0)):
            return None  # "…, пишет «Коммерсантъ»" after narrative, not a quotation: the outlet relays it
        if match.group("after") and _adds_amount(paragraph.strip(), match.start("after")):
            return None  # '"Copper Valley" added $5 million, lifting …': a title that adds its amount, no speech
        who = match.group("after") or match.group("before")
        said_in = _IN_ORGANISATION.fullmatch(who.strip())
        if said_in and self.is_organisation(said_in.group("name")):
            return self.organisation(said_in.group("name"))  # "«…» — добавили в Банке России"
        if _ORGANISATION_NOUN.fullmatch(_without_adverbs(who.strip())):  # "…, сообщила компания": the one named before
            return self.organisation(who.strip(), self._read_up_to)
        if who.strip().casefold() in lexicon.PRONOUN_SPEAKERS:  # '"…," he said': the one named before, or none
            return self.antecedent(self._read_up_to)
        return self.resolve(who)

    def _speaker_about_this(self, statement: str) -> tuple[SourceGuess | None, SpeakerFound]:
        """Who a closing "Об этом сообщили в пресс-службе ведомства" names, and how: the paragraph's speaker.

        Read as the same words would be read beside the figure (a body named where it speaks, the body whose
        document speaks, a name beside a verb of speech), so each is as much a guess as it is there. A verb that
        relays ("Об этом сообщает пресс-служба министерства") leaves the outlet speaking, citing the body.
        """
        if _RELAYING.search(statement):
            return None, SpeakerFound.CLOSING_QUOTATION
        for said_in in _SAID_IN.finditer(statement):
            words = _speaking_body(said_in)
            if words is not None:
                return self.organisation(words, self._read_up_to), SpeakerFound.SAID_IN
        stated = _SAID_IN_STATEMENT.search(statement)
        if stated is not None:
            return self.body(stated.group("who"), self._read_up_to), SpeakerFound.STATEMENT
        for pattern, how in ((_VERB_THEN_NAME, SpeakerFound.VERB_THEN_NAME), (_NAME_THEN_VERB,
                                                                            SpeakerFound.NAME_THEN_VERB)):
            named = pattern.search(statement)
            if named is not None:
                return self.resolve(named.group("who")), how
        return None, SpeakerFound.CLOSING_QUOTATION

    def polled(self, words: str) -> SourceGuess:
        """The group a publication polled, one source however often it is named: "Economists polled by Reuters"."""
        name = " ".join(words.split())
        guess = SourceGuess(slug(name), name[:1].upper() + name[1:], "expert")
        found = next((s for s in self.known if s.id == guess.id), None)
        if found is not None:
            return found
        self.known.append(guess)
        self.extraction.sources.setdefault(guess.id, guess)
        return self.extraction.sources[guess.id]

    def resolve(self, words: str, before: int | None = None) -> SourceGuess:
        """A speaker named by role only ("политолог", "the analyst") is the last person of that role.

        One named by the noun of its kind ("Компания ожидает, что ...") is the organisation the text named before
        the figure at `before`, never a source "Компания".
        """
        lowered = words.casefold().strip()
        if _ORGANISATION_NOUN.fullmatch(_without_adverbs(lowered)):  # "сообщила компания во вторник": the company
            return self.organisation(words, before)
        bare_role = _BARE_ROLE.fullmatch(lowered)
        if bare_role and not re.search(rf"(?-i:{NAME})", words.strip()):
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


_PRESS_OFFICE = re.compile(rf"{lexicon.any_of(lexicon.PRESS_OFFICE_NOUNS)}\s+(?P<body>[^\W\d].*)",
                           re.IGNORECASE | re.DOTALL)
_OPENING_MARKS = {"»": "«", "”": "“", '"': '"'}


_QUOTATION_PARAGRAPHS = 8  # lines a quotation left open may go on for, blank ones counted


def _unclosed_opening(paragraph: str) -> int | None:
    """Where the last opening mark of a paragraph opens a quotation it does not close, if one does."""
    opens = max(paragraph.rfind("«"), paragraph.rfind("“"))
    return opens if opens >= 0 and not re.search(r"[»”]", paragraph[opens:]) else None


def _closing_quotation_opens(paragraph: str) -> int | None:
    """Where the quotation closed by the paragraph's speaker opens ('«Спрос растет», — сказал он'), if one is."""
    closed = _QUOTE_CLOSED.search(paragraph.rstrip())
    if closed is None:
        return None
    mark = paragraph[: closed.start() + 1].rstrip(" ,-–—")[-1:]
    opens = paragraph.rfind(_OPENING_MARKS[mark], 0, paragraph.rfind(mark, 0, closed.start() + 1)) \
        if mark in _OPENING_MARKS else -1
    return opens if opens >= 0 else None


def attribution(
    extraction: Extraction, figure: FoundFigure, sentence: str, before: str, speaker: SourceGuess | None,
    people: People,
) -> tuple[SourceGuess, SourceGuess | None, SpeakerFound]:
    """Who states a figure (said_by), whom they cite (cites, readers/cites.py), and what said_by rests on."""
    found = people.paragraph_found
    sentence = _without_dateline(without_addressees(sentence))
    before = sentence[: len(before)]  # the sentence up to the figure: blanked once, with the sentence
    opens = people.closing_quotation_opens
    if found is SpeakerFound.CLOSING_QUOTATION and opens is not None and figure.start < opens:
        # "Ставка повышена на 200 б.п. «Спрос замедлился», — сказал аналитик": the figure before the quotation is
        # no part of what its speaker said
        speaker = None
    if speaker is None:
        speaker, found = people.quoted_speaker(figure.start), SpeakerFound.QUOTATION_INSIDE
    citation = read_cites(sentence, people, speaker_known=speaker is not None)
    if citation.relayed:
        return extraction.outlet, citation.cites, SpeakerFound.RELAYED  # "пишет «Коммерсантъ»": the outlet's voice
    cites = citation.cites
    if speaker is None and citation.speaker is not None:
        speaker, found = citation.speaker, SpeakerFound.CITED_PERSON
    if speaker is not None:
        return speaker, cites, found
    stated = _SAID_IN_STATEMENT.search(sentence)
    if stated is not None:  # "цены выросли на 5%, говорится в докладе Минэкономики"
        return people.body(stated.group("who"), figure.start), cites, SpeakerFound.STATEMENT
    polled = _POLLED.search(before)
    if polled is not None:
        # "Economists polled by Reuters had expected $205 billion": the forecast is the group's, not the outlet's
        return people.polled(polled.group("who")), cites, SpeakerFound.POLLED
    # "Overseas, it added $19 million": a verb of adding with its amount right after it, no speech
    pronoun = next((said for said in _PRONOUN_SAID.finditer(sentence) if not _adds_amount(sentence, said.end())),
                   None)
    antecedent = people.antecedent(figure.start) if pronoun is not None else None
    if antecedent is not None:
        return antecedent, cites, SpeakerFound.PRONOUN
    for said_in in _SAID_IN.finditer(sentence):
        words = _speaking_body(said_in)
        if words is not None:
            return people.organisation(words, figure.start), cites, SpeakerFound.SAID_IN
    body_forecasts = _BODY_FORECASTS.match(sentence)
    if body_forecasts is not None:  # "The central bank expects inflation to ease to 3.1%"
        return people.organisation(body_forecasts.group("who"), figure.start), cites, SpeakerFound.SAID_IN
    for pattern, how in ((_WORDS_OF, SpeakerFound.WORDS_OF), (_VERB_THEN_NAME, SpeakerFound.VERB_THEN_NAME),
                         (_APPOSED_NAME_THEN_VERB, SpeakerFound.NAME_THEN_VERB),
                         (_NAME_THEN_VERB, SpeakerFound.NAME_THEN_VERB),
                         (_NAME_FORECASTS, SpeakerFound.NAME_THEN_VERB),
                         (_OPENED_FORECASTS, SpeakerFound.NAME_THEN_VERB),
                         (_ROLE_FORECASTS, SpeakerFound.NAME_THEN_VERB), (_PUBLISHED_SAYING, SpeakerFound.STATEMENT),
                         (_SUBJECT_SAYING, SpeakerFound.SUBJECT_SAYING),
                         (_REVISES_FORECAST, SpeakerFound.REVISES_FORECAST)):
        for read in pattern.finditer(sentence):
            match: re.Match[str] | None = read
            if pattern is _APPOSED_NAME_THEN_VERB and not _apposed_speaker(read, people):
                continue
            opener = _LEADING_NOT_NAME.match(read.group("who")) if pattern is _NAME_THEN_VERB else None
            if opener is not None:
                # "As Governor Mike Dunn noted, ...": a word that opens no name is read past, the name after it
                match = pattern.match(sentence, read.start("who") + opener.end())
            if match is not None and _names_speaker(match, sentence, extraction.language, pattern is _VERB_THEN_NAME):
                return people.resolve(match.group("who"), figure.start), cites, how
    return extraction.outlet, cites, SpeakerFound.OUTLET


# A wire's dateline opening a story's first sentence: "OSLO, Aug 2 (Wire) - ", "LONDON, March 3, 2021 — ". It is
# no part of the sentence: a pattern that reads the sentence's subject from its start reads it after the dateline.
_DATELINE = re.compile(rf"^\s*(?-i:[A-Z][A-Z .'-]+),\s+{lexicon.any_of(lexicon.EN_MONTH_FORMS)}\s+\d{{1,2}}"
                       r"(?:,\s+\d{4})?\s*(?:\([^()\n]{1,40}\)\s*)?[-–—]+\s+", re.IGNORECASE)


def _without_dateline(sentence: str) -> str:
    """The sentence with a dateline opening it blanked (its length kept, so offsets into it still hold)."""
    dateline = _DATELINE.match(sentence)
    return sentence if dateline is None else " " * dateline.end() + sentence[dateline.end() :]


def _speaking_body(said_in: re.Match[str]) -> str | None:
    """The body a statement made in it names ("в Минпромторге сообщили", "the railway company said"), or None.

    A body named by its noun ("the port authority", "сообщил департамент") always speaks; a word after "в" only
    when it names an organisation ("в среду сообщили" does not).
    """
    named_by_noun = said_in.group("the") or said_in.group("body")
    if named_by_noun:
        return str(named_by_noun)
    words = said_in.group("before") or _genitives_kept(said_in.group("after"))
    return words if words and People.is_organisation(words) else None


def _names_speaker(match: re.Match[str], sentence: str, language: str, after_verb: bool) -> bool:
    """Whether the words a pattern of speech read name who speaks.

    Never a pronoun or an article, never a day or a month ("Intel said Tuesday", "in February estimated"); and
    in English a name right after the verb that goes on with a noun or a verb is the subject of what is reported
    ("it said Paris had a deficit", "said worldwide PC shipments fell"), not its speaker.
    """
    # "reported US$42 billion", "said HK$ 5 million": a name glued to a currency's sign is the currency of an
    # amount, whatever "$" alone would have let the sentence's subject say
    named = _LAST_WORD.search(sentence, max(0, match.end("who") - 20), match.end("who"))
    currency = CURRENCY_PREFIX.match(sentence, named.start()) if named is not None else None
    if currency is not None and sentence[currency.end() : currency.end() + 1].isdigit():
        return False
    # "The Congressional Budget Office ... estimated": the article before a name of several words opens it
    words = _LEADING_ARTICLE.sub("", match.group("who")).split() or match.group("who").split()
    if words[0].casefold() in _NOT_NAMES or any(word.casefold() in lexicon.TIME_NAME_WORDS for word in words):
        return False
    if not after_verb and _adds_amount(sentence, match.end()):
        return False  # "Oppenheimer, meanwhile, added $10.6 million": a verb of adding with its amount, no speech
    if after_verb and _PASSIVE_AGENT.search(sentence, match.start(), match.start("who")):
        return False  # "as reported by the trade weekly AdNews": the agent of a passive is cited (readers/cites.py)
    if not after_verb or language != "en":
        return True
    from factcheck.extract.words import NOUN, VERB, words_of

    following = words_of(sentence[match.end() : match.end() + 40], match.end(), language, -1)[:1]
    return not any(not word.after_break and word.part in (NOUN, VERB) and word.start - match.end() <= 1
                   for word in following)


def _apposed_speaker(match: re.Match[str], people: People) -> bool:
    """Whether a name in apposition before a verb of speech names who speaks.

    It is a person or an organisation, never a place ("the mayor of Austin, Texas, said"), and after a phrase in
    lower case only when that phrase is a person's post ("StreamCo's chief executive, Mark Wells, said").
    """
    who = match.group("who")
    if not (people.looks_like_person(who) or People.is_organisation(who)):
        return False
    role = match.group("role")
    return role is None or _PERSON_ROLES.search(role) is not None


def _genitives_kept(words: str | None) -> str | None:
    """An organisation's name after "в" with its genitive complement only: "министерстве финансов региона".

    Not "министерстве в среду": a word with no genitive reading, and what follows it, is no part of the name. A
    body's noun may name its field with "по" and datives joined by "и" ("департаменте по труду и занятости
    населения региона", "комитете по тарифам"), genitives after them.
    """
    if words is None:
        return None
    from factcheck.extract.words import russian_readings

    parts = words.split()
    kept = parts[:1]
    field = False  # inside the body's "по" phrase: datives, "и" between them
    head = _adjective_head(parts)  # "Национальном банке Грузии": up to the noun its opening adjective agrees with
    kept += parts[1:head]
    for at, part in enumerate(parts[head:], head):
        lower = part.casefold()
        if len(kept) == 1 and lower in lexicon.RU_BODY_FIELD_LEADS and _RU_BODY.match(kept[0]) and not (
                at + 1 < len(parts) and _NOT_A_FIELD.fullmatch(parts[at + 1])):
            field = True
            kept.append(part)
            continue
        if lower in lexicon.SOURCE_NEVER_FIRST_WORDS:
            break  # a preposition opens a phrase of time or place: "в министерстве в среду"
        cases = {"gent", "datv"} if field else {"gent"}
        if field and lower in lexicon.RU_NAME_CONJUNCTIONS:
            kept.append(part)
            continue
        genitive = re.fullmatch(r"[А-ЯЁа-яё-]+", part) and any(
            r.tag.case in cases and r.tag.POS in ("NOUN", "ADJF") for r in russian_readings(part))
        if not genitive and (head > 1 or not part[:1].isupper()):
            break  # after an adjective's head, a capitalised word is of the name only in the genitive
        kept.append(part)
    while kept and (kept[-1].casefold() in lexicon.RU_NAME_CONJUNCTIONS or (
            len(kept) == 2 and kept[-1].casefold() in lexicon.RU_BODY_FIELD_LEADS)):
        kept.pop()  # "в департаменте по" with nothing of its field after it
    return " ".join(kept)


def _adjective_head(parts: list[str]) -> int:
    """How many words open a Russian body's name up to its head noun, its opening adjective agreeing with them.

    "Национальном банке" of "Национальном банке Грузии": 2; 1 if no capitalised adjective opens it.
    """
    from factcheck.extract.words import agrees, russian_readings

    if len(parts) < 2 or not re.fullmatch(r"[А-ЯЁ][а-яё-]+", parts[0]):
        return 1
    adjectives = [r.tag for r in russian_readings(parts[0]) if r.tag.POS == "ADJF"]
    for at, part in enumerate(parts[1:3], 1):
        if not re.fullmatch(r"[а-яё-]+", part):
            return 1
        readings = russian_readings(part)
        if any(r.tag.POS == "NOUN" and any(agrees(a, r.tag) for a in adjectives) for r in readings):
            return at + 1
        if not any(r.tag.POS == "ADJF" and any(agrees(a, r.tag) for a in adjectives) for r in readings):
            return 1
    return 1


def _without_adverbs(words: str) -> str:
    """"министерстве также" -> "министерстве": an adverb between the organisation and its verb is not its name.

    Nor is the day it spoke, after its verb: "сообщила компания в пятницу" is the company.
    """
    from factcheck.extract.words import russian_parse

    parts = words.split()
    while len(parts) > 1 and re.fullmatch(r"[а-яё]+", parts[-1]):
        parsed = russian_parse(parts[-1])
        if drop_time_word(parts, parsed.normal_form):  # "в пятницу"
            continue
        if {"ADVB", "PRCL", "CONJ"} & set(str(parsed.tag).replace(" ", ",").split(",")):
            parts.pop()
        else:
            break
    return " ".join(parts)


def _trade_name(quoted: str) -> str:
    """A trade name in quotation marks, without the noun that governs it in the genitive.

    "ПАО «Ростелеком»", "ИК «Финам»": a legal form (capitals) or a noun of its own before a name in the nominative is
    part of it; "Выручка «Ростелекома»", "Акции «Газпрома»": a name with no nominative reading is governed by the
    word before, which names a measure of it, not the company; the name is put in the nominative («Ростелеком»).
    """
    from factcheck.extract.words import russian_readings

    lead, _, name = quoted.partition("«")
    first = re.match(r"[^\W\d]+", name)
    if not lead.strip() or lead.strip().isupper() or first is None or any(
            "nomn" in reading.tag for reading in russian_readings(first.group(0))):
        return quoted
    return f"«{_nominative_phrase(name[:-1])}»"


def _nominative_phrase(words: str) -> str:
    """An organisation named after "в", put in the nominative: "Банке России" -> "Банк России"."""
    from factcheck.extract.words import nominative_phrase

    return nominative_phrase(words)
