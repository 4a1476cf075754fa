"""The not-a-figure reader: numbers of an article that are not figures, without morphology.

Dates ("Aug. 9", "February 10, 2025", "quarter ended September 30", "March 3-9"), times and timestamps, datelines,
ordinals, phone, law and page numbers, labels ("Category 2", "EW14"), the denominators of rates ("per 100,000
population"), the unit a price is per ("$1,200 an ounce"), spans of time ("the past 12 months", "за 4 месяца",
"four-week", "114-minute"), ages ("over age 30", "16- to 24-year-olds"); idioms too: "a dollar figure",
"double-digit", "19-country", "52-week".

`extract` drops the figures the figure reader found inside these spans and reads the publication date from the
dateline when it is not given; `verify`'s `uncurated-figure` does not ask for a claim of them. One reader for
both, so a draft and the check of its curation agree on what a figure is.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from factcheck import lexicon
from factcheck.quantities import Amount, Figure

_any = lexicon.any_of  # one group of any of a table's words


def month_number(word: str) -> int:
    """The month a month word names, in either language, or 0."""
    lowered = word.casefold().rstrip(".")
    # calendar order tries "март" before its prefix "ма" (May)
    for number, (stem, _, name, short) in enumerate(lexicon.MONTHS, start=1):
        if lowered.startswith(stem) or lowered == name or lowered in short:
            return number
    return 0


_ORDINAL = _any(lexicon.ORDINAL_SUFFIXES_EN)
_CLOCK = _any(lexicon.CLOCK_SUFFIXES)
_EN_MONTH = _any(lexicon.EN_MONTH_FORMS)
_RU_MONTH = _any(lexicon.RU_MONTH_FORMS)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_YEAR = r"(?:19|20)\d\d"
DATELINE_YEARS = range(1900, 2100)  # the years of _YEAR: those news is dated in, and a draft's periods reach
# a date spelled out: "12 ноября 2021", "Nov 12, 2021", "12 November", "November 12"
_WORD_DATE = re.compile(
    # a date stands on one line: "Январь – 3,6" over "Февраль – 3,5" in a table is no "6 февраля"
    rf"\b(?P<d1>{_DAY}){_ORDINAL}?[^\S\n]+(?P<m1>{_EN_MONTH}|{_RU_MONTH})\b(?:,?\s+(?P<y1>{_YEAR})(?:\s*г\.?)?)?|"
    rf"\b(?P<m2>{_EN_MONTH})[^\S\n]+(?P<d2>{_DAY}){_ORDINAL}?\b(?:,?\s+(?P<y2>{_YEAR}))?",
    re.IGNORECASE,
)
# a date in digits: 12.11.2021, 16-08-2010, 2021-11-12, 12/11/2021
_DIGIT_DATE = re.compile(
    rf"(?<![\d.,])(?:(?P<d>{_DAY})[./-](?P<m>0?[1-9]|1[0-2])[./-](?P<y>{_YEAR})|(?P<iy>{_YEAR})-(?P<im>0[1-9]|1[0-2])"
    rf"-(?P<id>{_DAY}))(?![\d])"
)
# a time: 13:01, 2:00:00 PM, 13-01 right after a date, 9.30 am, 10 a.m.
_TIME = re.compile(rf"(?<![\d.,$€£₽₸])(?:[01]?\d|2[0-3])(?:(?::[0-5]\d){{1,2}}(?![\d%])|\.[0-5]\d\s*{_CLOCK})"
                   rf"|(?<![\d.,])(?:1[0-2]|0?[1-9])\s*{_CLOCK}", re.IGNORECASE)
_TIME_AFTER_DATE = re.compile(r"\s+(?:[01]?\d|2[0-3])[-:][0-5]\d\b")
_OTHERS = re.compile(
    rf"\b\d+{_ORDINAL}\b"  # ordinals: "15th"
    rf"|\b\d{{1,3}}-?{_any(lexicon.ORDINAL_ENDINGS_RU)}\b"  # "3-й", "15-го"
    rf"|(?:\+\d[\d\s()-]{{7,}}\d|\(\d{{3}}\)\s?\d{{3}}-\d{{4}}|{_any(lexicon.PHONE_LEADS)}\s*:?\s*"
    r"\d[\d\s()-]{4,}\d"
    r"|(?<![\d.,-])\d{1,4}(?:-\d{2,4}){3,}(?![\d-])"  # phone numbers; four hyphenated groups are never a range
    r"|(?<![\d.,])(?:\+?\d{1,3}\s?)?\(\d{3,5}\)\s?\d{1,3}(?:[-\s]\d{2,4}){1,3}(?!\d))"  # "8 (800) 555-35-35"
    # a quarter or half in a company's shorthand: "2Q 2021", "in 3Q", "1H24" (the period reader dates them)
    rf"|(?<![\w.,])[1-4]{_any(lexicon.PART_LETTERS)}(?:\s?'?\d\d(?:\d\d)?)?\b"
    rf"|\b{_any(lexicon.SCORE_LEADS)}\s+\d{{1,2}}\s*:\s*\d{{1,2}}(?![\d:])"  # a match's score
    # (a lead may be a sign: "округу № 25" has no word boundary before its "№")
    rf"|(?<!\w){_any(lexicon.DOCUMENT_NUMBER_LEADS)}"
    r"\s*№?\s*\d[\d./-]*(?:-[A-ZА-Я]{1,4})?"  # law, article and page numbers
    r"|\b\d+-(?-i:[A-ZА-Я]{2,4})\b"  # "45-FZ", "273-ФЗ"
    rf"|(?<![\w.,])(?-i:{_any(lexicon.FORMAT_LABELS)})(?![\w])"  # "3D", "5G": a format's label
    r"|(?<![\w.,])\d{1,4}(?:\([a-z]\))+"  # "401(k)", "501(c)(3)": a section of a code, by its number and letters
    rf"|\b{_any(lexicon.FIGURE_IDIOM_DETERMINERS)}\s+{_any(lexicon.FIGURE_IDIOM_CURRENCIES)}\s+"
    rf"{_any(lexicon.FIGURE_IDIOM_NOUNS)}\b"
    rf"|\b{_any(lexicon.DIGIT_COUNT_WORDS)}[-\s]{_any(lexicon.DIGIT_NOUNS)}\b",
    re.IGNORECASE,
)
# a number joined to the noun it counts: "19-country", "52-week" (only a figure with no unit is dropped for it:
# "a 27-kilometer ring" keeps its length)
# or an adjective joined to it: "25-этажный дом", "45-летний" (not "3-кратный", "5-процентный", "12-километровый")
_COMPOUND = re.compile(rf"(?<![\d.,])\d+-(?:(?!{_any(lexicon.COMPOUND_FIGURE_WORDS)}\b)[a-z]+"
                       rf"|(?!{_any(lexicon.COMPOUND_FIGURE_STEMS_RU)})[а-яё]+{_any(lexicon.RU_NAME_ADJECTIVE_ENDINGS)})\b",
                       re.IGNORECASE)
_LABELS = "|".join(re.escape(noun) for noun in lexicon.LABEL_NOUNS)
# "USD115", "RM1.07 billion" are money (a currency's code, or its prefix of letters), "EW14" a label
_ISO_CODES = "|".join(sorted({code.upper() for code in lexicon.ISO_CODES}
                             | {prefix.upper() for prefix in lexicon.CURRENCY_PREFIXES if prefix.isalpha()}))
_NUMBER = r"\d[\d\s,.]*\d|\d"
_NUMBER_WORD = "|".join(word for word, value in lexicon.NUMBER_WORDS.items() if value <= 100 and len(word) > 2
                        and word.isascii())
_NUMBER_WORD_RU = lexicon.longest_first(word for word, value in lexicon.NUMBER_WORDS.items() if value <= 100
                                        and not word.isascii())
_POWER_OF_TEN = r"1(?:0{1,2})?(?:[\s,.\u00a0]?000)*(?![\d.,]\d)"  # 1, 10, 100, 1000, "1 000", "100,000"
# "per 100,000", "per 1,000": a power of ten from a hundred up after "per", a rate's denominator wherever it stands
# (the period reader passes over it between a figure and its period)
RATE_DENOMINATOR = (rf"{_any(lexicon.RATE_DENOMINATOR_BARE_LEADS)}\s+(?:100|1[\s,.\u00a0]?000)(?:[\s,.\u00a0]?000)*"
                    r"(?![\d.,]\d)")
_PERCENT = "|".join(re.escape(word) for word in lexicon.PERCENT_WORDS)
_AGES = (
    # "over age 30", "в возрасте 65 лет", "aged 25 and older" (the bound after it, one phrase with it)
    rf"\b{_any(lexicon.AGE_WORDS)}\s+\d{{1,3}}(?:\s*{_any(lexicon.AGE_RANGE_LINKS)}\s*\d{{1,3}})?"
    rf"(?:\s+{_any(lexicon.AGE_AFTER_WORDS + lexicon.AGE_BOUNDS_AFTER)})?\b"
    # "over-65s", "the under-18s": an age group
    rf"|\b{_any(lexicon.AGE_GROUP_BOUNDS)}-\d{{1,3}}s\b"
    # "those 24 and younger", "15 лет и старше": an age before a comparative of age
    rf"|(?<![\d.,$€£₽₸])\b\d{{1,3}}\s+{_any(lexicon.AGE_AFTER_WORDS)}\b"
    # "learners over 30", "students older than 25": an age after a noun of people and a bound (never a count with
    # digit groups, a percentage, or a number its noun or scale follows: "retailers over 1,500 square meters")
    rf"|\b{lexicon.AGE_PEOPLE_EN}\s+{_any(lexicon.AGE_PEOPLE_BOUNDS)}\s+\d{{1,3}}"
    rf"(?:\s*{_any(lexicon.AGE_RANGE_LINKS)}\s*\d{{1,3}})?"
    rf"(?:\s+{_any(lexicon.AGE_AFTER_WORDS + lexicon.AGE_BOUNDS_AFTER)})?"
    rf"\b(?![.,]?\d|\s*(?:{_PERCENT})|\s+(?:[a-z]+s|{_any(tuple(lexicon.SCALE_WORDS))})\b)"
    # "those 24 and under", "adults 65 and over": a bound of age after a noun of people and its age
    rf"|\b{lexicon.AGE_PEOPLE_EN}\s+\d{{1,3}}\s+{_any(lexicon.AGE_BOUNDS_AFTER)}\b"
    # "молодежи до 25 лет", "детей от 3 до 7 лет": an age after a noun of people, with its unit
    rf"|\b{_any(lexicon.RU_AGE_PEOPLE_NOUNS)}\s+(?:{_any(lexicon.RU_AGE_LEADS)}\s+)?{_any(lexicon.RU_AGE_BOUNDS)}\s+"
    rf"\d{{1,3}}(?:\s*(?:[-–]|{_any(lexicon.RU_AGE_RANGE_LINKS)})\s*\d{{1,3}})?\s+{_any(lexicon.RU_AGE_UNITS)}(?!\w)"
)
_STREET_WORD = (rf"(?:(?-i:[А-ЯЁ])[\w-]*\.?|\d{{1,3}}\s*{_any(lexicon.RU_STREET_ANNIVERSARY)}\s+(?-i:[А-ЯЁ])\w*"
                rf"|{_YEAR}\s+{_any(lexicon.RU_STREET_YEAR_WORDS)})")
_SCALE = lexicon.longest_first(lexicon.SCALE_WORDS)
_HOUSE = r"\d{1,4}(?:/\d{1,3})?(?:-?[а-яё](?!\w))?(?![\w%]|[.,]\d)"  # "25", "25/1", "25а", never "25 %" or "2,5"
# the street's name after its noun ("улица Ленина"), or a capitalised name before it ("Красном проспекте"): a noun
# alone is no address ("посевные площади, 1250 гектаров")
_ADDRESS = (rf"(?:(?<![\w-])(?-i:[А-ЯЁ])\w{{0,30}}\s+{_any(lexicon.RU_STREET_NOUNS)}"
            rf"|(?<!\w){_any(lexicon.RU_STREET_NOUNS)}(?:\s+{_STREET_WORD}){{1,4}})"
            rf"(?:,\s*(?:{_any(lexicon.RU_HOUSE_LEADS)}\s*)?{_HOUSE}(?!\s*(?:{_SCALE})(?!\w))(?:,?\s*{_any(lexicon.RU_HOUSE_PARTS)}\s*"
            r"\d{1,3})?)?")
# an age that bounds whom a measure counts ("students over 24", "those 24 and under"): no figure, and a kind of
# the measure it qualifies (extract's metric reader)
AGE = re.compile(_AGES, re.IGNORECASE)
_SPANS = re.compile(
    # "per 100,000 population", "на 100 тыс. населения": the rate's denominator, a power of ten ("сократилась на 53
    # тыс. человек" is a change, not a denominator)
    rf"(?:\b|(?<=\s)){_any(lexicon.RATE_DENOMINATOR_LEADS)}\s+(?:{_POWER_OF_TEN}(?:\s*"
    rf"{_any(lexicon.RATE_DENOMINATOR_SCALES)})?|{_any(lexicon.RATE_DENOMINATOR_ONE)})\s+{_any(lexicon.RATE_DENOMINATOR_NOUNS)}\b"
    # "11.6 per 1,000.": a power of ten after "per" that ends its clause is a denominator whose noun is left out
    rf"|\b{_any(lexicon.RATE_DENOMINATOR_BARE_LEADS)}\s+{_POWER_OF_TEN}(?=\s*(?:[.,;:)]|$))"
    # "8.4 per 100,000 the week before": a power of ten from a hundred up after "per" is a denominator anywhere
    rf"|\b{RATE_DENOMINATOR}"
    # "$1,200 an ounce", "$80 a barrel": the unit a price is per
    rf"|(?<=\d)\s+(?:an?|per)\s+{_any(lexicon.PRICE_PER_UNITS)}\b"
    # "the past 12 months", "in the first 9 months", "four-week", "10-year": a span of time
    rf"|\b{_any(lexicon.SPAN_LEADS_EN)}\s+(?:{_NUMBER}|{_NUMBER_WORD})\s+{_any(lexicon.SPAN_UNITS_EN)}\b"
    rf"|\b(?:{_NUMBER_WORD})-{_any(lexicon.SPAN_UNITS_EN)}\b"
    # "за 4 месяца", "7 месяцев", "по итогам 3 квартала": the count of a span, Russian
    rf"|(?<![\d.,])\d{{1,2}}\s+{_any(lexicon.RU_SPAN_UNITS_ALWAYS)}(?!\w)"
    rf"|(?<!\w)(?:{_NUMBER_WORD_RU})\s+{_any(lexicon.RU_SPAN_UNITS_ALWAYS)}(?!\w)"  # "за восемь месяцев", in words
    # "в течение 3 лет", "на срок от 1 года до 3 лет": a count of years or hours after a word that makes it a span
    rf"|(?<!\w){_any(lexicon.RU_SPAN_LEADS)}\s+\d{{1,2}}(?:[.,]\d)?\s+{_any(lexicon.SPAN_UNITS_RU)}(?!\w)"
    rf"(?:\s+{_any(lexicon.RU_AGE_RANGE_LINKS)}\s+\d{{1,2}}(?:[.,]\d)?\s+{_any(lexicon.SPAN_UNITS_RU)}(?!\w))?"
    # "за 2 кв. 2021 г.", "2кв 2021г": a quarter's number, abbreviated
    rf"|(?<![\d.,])[1-4]-?(?:{_any(lexicon.ORDINAL_ENDINGS_RU)})?\s*(?:{_any(lexicon.RU_QUARTER_ABBREVIATIONS)})"
    # "с учетом 23 дней октября": the count of a month's first days dates, it counts nothing
    rf"|(?<![\d.,])\d{{1,2}}\s+{_any(lexicon.DAYS_OF_MONTH_NOUNS)}\s+{_RU_MONTH}"
    # "на улице 70 лет Октября, 25, корпус 3", "на Красном проспекте, 82": an address
    rf"|{_ADDRESS}"
    rf"|{_AGES}"
    # "которому 52 года", "исполнилось 30 лет", "Игорь Семенов, 47 лет,": a person's age (not the AGE of a measure)
    rf"|(?<!\w)(?:{_any(lexicon.RU_AGE_HOLDERS)}(?:\s+{_any(lexicon.RU_AGE_TURNING)})?|{_any(lexicon.RU_AGE_TURNING)})"
    rf"\s+\d{{1,3}}\s+{_any(lexicon.RU_AGE_UNITS)}(?!\w)"
    rf"|(?<![\w-])(?-i:[А-ЯЁ])\w{{1,30}}\s+(?-i:[А-ЯЁ])\w{{1,30}},\s+\d{{1,3}}\s+{_any(lexicon.RU_AGE_UNITS)}"
    r"(?=\s*[,;)—–])"  # a first name and a surname before it
    # "twenty-foot equivalent units", "40-foot containers": a container's size class
    rf"|\b(?:\d{{2}}|{_NUMBER_WORD})-{_any(lexicon.CONTAINER_SIZE_UNITS)}\s+{_any(lexicon.CONTAINER_SIZE_NOUNS)}\b"
    # "epidemiological week 25", "in week 2", "EW14": a week's number dates, it counts nothing
    rf"|(?<!\w)(?:{_any(lexicon.NUMBERED_WEEK_LEADS)})\s+\d{{1,2}}(?![\d.,]\d|\s*%)"
    rf"|(?<!\w){_any(lexicon.NUMBERED_WEEK_CODES)}\s?\d{{1,2}}(?![\d.,]\d|\s*%)"
    rf"|(?<!\w){_any(lexicon.NUMBERED_DAY_LEADS_EN)}\s+\d{{1,3}}(?![\d.,]\d|\s*%)"  # "by day 10": a day of a run
    # "the 12 months to April", "the 12 months ended March 31": the length of a run of months, a period
    rf"|\b{_any(lexicon.ROLLING_SPAN_LEADS_EN)}\s+(?:\d{{1,3}}|{_NUMBER_WORD})\s+{_any(lexicon.SPAN_UNITS_EN)}\s+"
    rf"{_any(lexicon.ROLLING_SPAN_ENDS_EN)}\b"
    # "out of work for more than 12 months", "jobless for 12 months or longer": a threshold of whom a measure counts
    rf"|\b{_any(lexicon.THRESHOLD_STATES_EN)}\s+(?:{_any(lexicon.THRESHOLD_DURATION_LEADS_EN)}\s+"
    rf"(?:\d{{1,3}}|{_NUMBER_WORD})\s+{_any(lexicon.SPAN_UNITS_EN)}\b"
    rf"|{_any(lexicon.THRESHOLD_DURATION_AFTER_LEADS_EN)}\s+(?:\d{{1,3}}|{_NUMBER_WORD})\s+"
    rf"{_any(lexicon.SPAN_UNITS_EN)}\s+{_any(lexicon.THRESHOLD_DURATION_AFTER_EN)}\b)"
    # "waited more than 12 hours", "seen within four hours": the threshold of a measure of waiting
    rf"|\b{_any(lexicon.THRESHOLD_WAIT_VERBS_EN)}\s+{_any(lexicon.THRESHOLD_WAIT_BOUNDS_EN)}\s+"
    rf"(?:\d{{1,3}}|{_NUMBER_WORD})\s+{_any(lexicon.SPAN_UNITS_EN)}\b"
    # "hospitals with an occupancy rate above 90%", "firms with more than 250 employees": the group counted
    rf"|\b[^\W\d_]{{2,}}s\s+{_any(lexicon.GROUP_THRESHOLD_LEADS_EN)}\s+"
    rf"(?:{_any(lexicon.GROUP_THRESHOLD_DETERMINERS_EN)}\s+)?(?:[^\W\d_]+\s+){{0,3}}?"
    rf"{_any(lexicon.GROUP_THRESHOLD_BOUNDS_EN)}\s+[$€£]?\d"
    # "(на 31.03: 246,9 млрд)", "по состоянию на 01.04": a day and a month in digits with no year
    rf"|(?<!\w){_any(lexicon.RU_SHORT_DATE_LEADS)}\s+{_DAY}\.(?:0[1-9]|1[0-2])(?![\d.,])(?=\s*[:)])"
    rf"|(?<!\w){_any(lexicon.RU_AS_OF_LEADS)}\s+{_DAY}\.(?:0[1-9]|1[0-2])(?![\d.,]\d|\s*%)"
    # "in 9 of the 12 UK nations and regions": the size of a known set, named after it
    rf"|\b{_any(lexicon.SET_SIZE_LEADS_EN)}\s+\d{{1,2}}(?=\s+(?-i:[A-Z]))"
    # "Category 2 and 3", "Phase 2", "Form 1040": labels
    rf"|(?-i:\b(?:{_LABELS}))\s+\d{{1,4}}(?![.,]\d)(?:\s*{_any(lexicon.LABEL_CONJUNCTIONS)}\s*\d{{1,4}})?\b"
    # "EW14", "H1N1": a code of letters and digits
    rf"|(?-i:\b(?!(?:{_ISO_CODES})\d)[A-Z]{{1,4}}\d{{1,3}}[A-Z]?\b)"
    # "March 3-9", "3–9 марта": a run of days
    rf"|\b{_EN_MONTH}\s+{_DAY}\s*[-–]\s*{_DAY}\b|\b{_DAY}\s*[-–]\s*{_DAY}\s+{_RU_MONTH}"
    # "In March 2025 car registrations…", "в марте 2025 года": a month's year dates, it counts nothing (an English
    # month is capitalised: "sales may 2,025 units" is no date)
    rf"|\b(?:(?=(?-i:[A-Z])){_EN_MONTH}|{_RU_MONTH})\s+{_YEAR}\b(?![.,]\d|\s*%)"
    # "05-Mar-21 11:07AM": a timestamp's date
    r"|\b\d{1,2}-[A-Z][a-z]{2}-\d{2}\b"
    # "in the top 10", "топ-10": a rank orders, it does not measure ("the top 1%" is a share of a group: kept)
    rf"|\b{_any(lexicon.RANK_LEADS)}[-\s]?(?:\d{{1,3}}|{_NUMBER_WORD})\b(?![.,]\d|\s*%)"
    # "the highest in 13 years", "after 13 years of growth": a span of time after a word that makes it one
    rf"|\b{_any(lexicon.DURATION_LEADS_EN)}\s+(?:{_any(lexicon.DURATION_QUALIFIERS_EN)}\s+)?"
    rf"(?:\d{{1,3}}|{_NUMBER_WORD})\s+{_any(lexicon.SPAN_UNITS_EN)}\b"
    # "a string of 13 years of gains", "13 straight quarters": a streak's length
    rf"|\b{_any(lexicon.STREAK_LEADS_EN)}\s+(?:{_any(lexicon.DURATION_QUALIFIERS_EN)}\s+)?(?:\d{{1,3}}|{_NUMBER_WORD})"
    rf"\s+(?:{_any(lexicon.STREAK_ADJECTIVES_EN)}\s+)?{_any(lexicon.SPAN_UNITS_EN)}\b"
    rf"|\b(?:\d{{1,3}}|{_NUMBER_WORD})\s+{_any(lexicon.STREAK_ADJECTIVES_EN)}\s+{_any(lexicon.SPAN_UNITS_EN)}\b"
    # "two weeks ago", "three months earlier": a count of spans back from the text's period dates, it counts nothing
    rf"|\b(?:\d{{1,3}}|{_NUMBER_WORD})\s+{_any(lexicon.SPAN_UNITS_EN)}\s+{_any(lexicon.SPAN_BACK_WORDS_EN)}\b"
    # ... and in Russian: "а 3 года назад — 63,1%", "5 лет спустя"
    rf"|(?<![\d.,])(?<!\b{lexicon.SPAN_DIFFERENCE_LEAD_RU}\s)\d{{1,3}}\s+{_any(lexicon.SPAN_UNITS_RU)}\s+"
    rf"{_any(lexicon.SPAN_BACK_WORDS_RU)}(?!\w)"
    # "52-week", "10-year": a span of time joined to the noun it qualifies, in digits
    rf"|(?<![\d.,])\d{{1,3}}-{_any(lexicon.SPAN_UNITS_EN)}\b"
    # "16- to 24-year-olds": the first of two such spans, its unit printed once after the second
    rf"|(?<![\d.,])\d{{1,3}}-\s+{_any(lexicon.SUSPENDED_RANGE_LINKS)}\s+\d{{1,3}}-{_any(lexicon.SPAN_UNITS_EN)}\b"
    # "the price of an ounce of gold", "an ounce of gold cost $2,400": one of the unit a price is quoted per names
    # the unit, it measures nothing ("a gallon of beer" alone is a quantity: kept)
    rf"|\b{_any(lexicon.PRICE_NOUNS)}\s+(?:{_any(lexicon.PRICE_OF)}\s+)?{_any(lexicon.INDEFINITE_ARTICLES)}\s+"
    rf"{_any(lexicon.PRICE_PER_UNITS)}\b"
    rf"|\b{_any(lexicon.INDEFINITE_ARTICLES)}\s+{_any(lexicon.PRICE_PER_UNITS)}\s+{_any(lexicon.PRICE_OF)}\s+"
    rf"[^\W\d]+(?:\s+[^\W\d]+)?\s+{_any(lexicon.PRICE_VERBS)}\b",
    re.IGNORECASE,
)
# "Paddington 3,", "Windows 11.": a bare number closing a capitalised name inside a sentence is part of the name
# (a title, a model); a count would have its noun after it. The name must follow a lowercase word or a comma, so
# a sentence's first word is never taken for a name, or open a quotation ("'Moana 2' tops the box office").
_NAME_NUMBER = re.compile(r"(?:(?<=[a-zа-яё,] )|(?<=[\"'“‘«]))[A-ZА-ЯЁ][\w'’]*\s\d{1,2}(?=[:;,.!?)»\"”'’](?!\d)|$)",
                          re.MULTILINE)
# "The Equalizer 3 hits theaters": a number right after a capitalised word the definite article opens is a title's
# ("the Equalizer 3"), never a count (a count after a name is of a noun: "the UK 12 regions" has none such). A name
# in the plural before two or three digits is a party or a team the count is given to, never a title: "handed the
# Conservatives 365 seats", "gave the Democrats 51 seats" (a sequel's number after a plural is of one digit).
_ARTICLE_TITLE = re.compile(rf"(?<![\w'’]){_any(lexicon.TITLE_ARTICLES)}\s(?P<title>(?-i:[A-Z])[\w'’&]*\s"
                            r"(?:\d|(?<!(?-i:[a-z]s)\s)\d{2,3}))(?![\d]|[.,]\d|\s*%)(?=\s+(?-i:[a-z]))", re.IGNORECASE)
# "'Room 237 Returns' opened": a number between capitalised words that fill a quotation is a title's ("we sold 300
# cars" in quotation marks has a lowercase word: a count)
# (the quotation mark opens a word, never an apostrophe inside one; a word is read to 30 characters: linear work)
_QUOTED_TITLE = re.compile(r"(?<=(?<![\w'’])[\"“‘'])(?:[A-Z][\w'’&]{0,30}\s){0,4}(?P<title>[A-Z][\w'’&]{0,30}\s\d{1,3})"
                           r"(?:\s[A-Z][\w'’&]{0,30}){1,4}(?=[,.!?]?[\"”’'])")
# "25/24", "2023/24": two consecutive years over each other, a table's header or a fiscal year, never a figure
_YEAR_PAIR = re.compile(r"(?<![\d.,/])(\d{2}|\d{4})/(\d{2}|\d{4})(?![\d/]|[.,]\d|\s*%)")
# digits grouped by commas: "1,234,567", and the misprints "12,404,5531", "700,0000"
_COMMA_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{1,7}){1,6}(?![\d,]\d|\.\d)")
_DATELINE_LINES = 3  # a dateline stands in the first lines, or at the very end
_FREQUENCY_OBJECT_NOT = tuple(sorted(lexicon.EN_PREPOSITIONS)) + lexicon.FREQUENCY_OBJECT_NOT
_NOT_COMPARED = (rf"(?!\s+{_any(lexicon.ABOVE_BASELINE + lexicon.BELOW_BASELINE + lexicon.FREQUENCY_NOT_BEFORE)}"
                 r"\b)")
_NOT_A_MULTIPLIER = "".join(rf"(?<!{word}\s)" for word in lexicon.FREQUENCY_NOT_AFTER_RU)  # "в 3 раза"
# how often something happened: "повышал ставку 14 раз", "raised rates 14 times" (never "в 3 раза", "3 times higher")
_FREQUENCY = re.compile(
    rf"(?<![\w.,]){_NOT_A_MULTIPLIER}\d{{1,3}}\s+"
    rf"{_any(lexicon.FREQUENCY_WORDS_RU)}(?!\w){_NOT_COMPARED}"
    rf"|\b{_any(tuple(sorted(lexicon.EN_CHANGE_VERB_FORMS)))}(?:\s+(?!{_any(_FREQUENCY_OBJECT_NOT)}\b)[^\W\d]+){{1,3}}\s+"
    rf"(?:(?:\d{{1,3}}|{_NUMBER_WORD})\s+{_any(lexicon.FREQUENCY_WORDS_EN)}|{_any(lexicon.FREQUENCY_ADVERBS_EN)})\b"
    rf"{_NOT_COMPARED}",
    re.IGNORECASE,
)


def compound_spans(text: str) -> list[tuple[int, int]]:
    """Spans of numbers joined to a word by a hyphen or closing a name, sorted: no figure unless it has a unit.

    "19-country" and "Paddington 3," are no figures; "a 27-kilometer ring" and "GBP 4," are.
    """
    names = [match.span() for match in _NAME_NUMBER.finditer(text)]
    names += [match.span("title") for pattern in (_ARTICLE_TITLE, _QUOTED_TITLE) for match in pattern.finditer(text)]
    compounds = [match.span() for match in _COMPOUND.finditer(text)]
    return sorted(compounds + names + _title_spans(text, {text[start:end] for start, end in names}))


# A capitalised word and a number of one or two digits: a title's number ("Meg 2", "The Equalizer 3") or a
# quantity after a capitalised word ("About 3 million", "Nearly 40 people"); not before a decimal or a per cent.
_NAMED_NUMBER = re.compile(r"(?<![\w.])(?P<name>[A-ZА-ЯЁ][\w'’]*)\s(?P<number>\d{1,2})(?![\d]|[.,]\d|\s*%)")


def _title_spans(text: str, names: set[str]) -> list[tuple[int, int]]:
    """Every place a title with a number stands, where the text shows it is a name.

    "Will Meg 2 make it to $400 million?", "Meg 2 chomps its way": a name and its number the text prints at least
    twice, or once as a name (quoted, closing a name), whose word it never writes in lowercase ("about 3 million"
    does), is a title wherever it stands, first in a sentence or not. `names` are the names with a number the
    text already reads as names ("'Moana 2' tops", "Paddington 3,").
    """
    found = list(_NAMED_NUMBER.finditer(text))
    counts = Counter(match.group() for match in found)
    # words the text writes in lowercase, and qualifiers: a capital there only opens a sentence ("Nearly 40")
    common = _QUALIFYING_WORDS | {word.casefold() for word in _LOWERCASE_WORD.findall(text)}
    return [match.span() for match in found
            if (counts[match.group()] > 1 or match.group() in names) and match.group("name").casefold() not in common]


# "Nearly 40 killed" over "Nearly 40 people were killed": a qualifier opening a headline and its lead is no name
_LOWERCASE_WORD = re.compile(r"(?<![\w'’])[a-zа-яё][\w'’]*")
_QUALIFYING_WORDS = frozenset(word.casefold() for words in lexicon.QUALIFIERS.values() for word in words
                              if " " not in word)


def day_date_spans(text: str) -> list[tuple[int, int]]:
    """Spans of dates of a day ("Feb 10, 2025", "12 ноября 2021", "16-08-2010"): a dateline's or an event's day."""
    return sorted([match.span() for pattern in (_WORD_DATE, _DIGIT_DATE) for match in pattern.finditer(text)])


def not_figure_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the text that hold numbers but no figure, sorted."""
    spans: list[tuple[int, int]] = []
    for pattern in (_WORD_DATE, _DIGIT_DATE, _TIME, _OTHERS, _SPANS, _FREQUENCY):
        spans += [match.span() for match in pattern.finditer(text)]
    spans += [match.span() for match in _YEAR_PAIR.finditer(text) if _consecutive_years(*match.groups())]
    for match in _DIGIT_DATE.finditer(text):
        time = _TIME_AFTER_DATE.match(text, match.end())
        if time:
            spans.append(time.span())  # "16-08-2010 13-01": the time of a dateline
    return sorted(spans)


def _consecutive_years(first: str, second: str) -> bool:
    """Whether two numbers written over each other are a year and the one before or after it: "25/24", "2023/24"."""
    first_year, second_year = int(first[-2:]), int(second[-2:])
    return abs(first_year - second_year) % 100 in (1, 99) and (len(first) == 2 or first.startswith(("19", "20")))


class NotFigures:
    """The not-a-figure spans of one text, found once: which of its figures are not figures."""

    def __init__(self, text: str) -> None:
        self.spans, self.compounds = not_figure_spans(text), compound_spans(text)

    def excludes(self, start: int, end: int, figure: Figure | None) -> bool:
        """Whether the figure read at [start, end) is no figure: a date, a label, a span, "19-country".

        A number joined to a word by a hyphen is a figure only with a unit: "a 27-kilometer ring".
        """
        if inside(self.spans, start, end):
            return True
        return inside(self.compounds, start, end) and (not isinstance(figure, Amount) or figure.unit is None)


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted spans (spans are few and short: a scan from bisect)."""
    import bisect

    index = bisect.bisect_right(spans, (start, 10**12)) - 1
    return any(span_start < end and start < span_end for span_start, span_end in spans[max(0, index - 2) : index + 2])


def misprints(text: str, language: str) -> list[tuple[int, int, str]]:
    """Numbers whose digit groups cannot be a number, as (start, end, why): "12,404,5531", "700,0000" in English.

    Commas that group thousands group three digits each; two commas are never decimal marks, and in English one
    comma is never a decimal mark either. A misprint is no figure anyone can check until the source's is known,
    so the figure reader drops it; this says where it was and why, for a comment in a draft and for
    uncurated-figure.
    """
    found = []
    for match in _COMMA_GROUPED.finditer(text):
        groups = match.group().split(",")
        grouping = len(groups) > 2 or (language == "en" and len(groups[1]) > 3)
        wrong = [group for group in groups[1:] if len(group) != 3]
        if grouping and wrong:
            found.append((*match.span(), f"a comma groups thousands in three digits, not {len(wrong[0])}"))
    return found


def publication_date(text: str) -> date | None:
    """The date of a dateline in the article's first or last lines: "Nov 12, 2021", "16-08-2010 13-01"."""
    lines = text.strip().splitlines()
    window = "\n".join(lines[:_DATELINE_LINES] + lines[-_DATELINE_LINES:])
    found = []
    for match in _DIGIT_DATE.finditer(window):
        groups = match.groupdict()
        day, month, year = (groups["d"], groups["m"], groups["y"]) if groups["d"] else (
            groups["id"], groups["im"], groups["iy"])
        found.append((int(year), int(month), int(day)))
    for match in _WORD_DATE.finditer(window):
        groups = match.groupdict()
        year_text = groups["y1"] or groups["y2"]
        if not year_text:
            continue
        month = month_number(groups["m1"] or groups["m2"])
        found.append((int(year_text), month, int(groups["d1"] or groups["d2"])))
    for year, month, day in found:
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None
