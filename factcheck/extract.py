"""A first draft of a claims file from an article, read from the sentence around each figure.

Every figure gets its period, kind, baseline, speaker, metric and quote, from its sentence first and then
its paragraph. The journalist corrects the draft; what the extractor guessed is marked for checking.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction

from factcheck.article import ArticleText, Place
from factcheck.figures import FoundFigure, find_figures
from factcheck.intervals import Interval
from factcheck.quantities import Amount, Ratio, unit_label

# -- periods ----------------------------------------------------------------------------------------------

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
_DURATION_WORDS = {
    "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9,
    "десять": 10, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10,
}
_MONTH_WORD = r"(январ\w*|феврал\w*|март\w*|апрел\w*|ма[йяе]\w*|июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*" \
              r"|ноябр\w*|декабр\w*|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)"
_YEAR = r"((?:19|20|21)\d\d)"
_PERIOD_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("months", rf"{_MONTH_WORD}\s?[-–—]\s?{_MONTH_WORD}\s+{_YEAR}"),
        ("half", rf"(перв\w*|втор\w*|first|second)\s+(?:полугоди\w*|half)(?:\s+(?:of\s+)?{_YEAR})?"),
        ("quarter", rf"(перв\w*|втор\w*|трет\w*|четверт\w*|first|second|third|fourth|I{{1,3}}|IV)\s+"
                    rf"(?:квартал\w*|quarter)(?:\s+(?:of\s+)?{_YEAR})?"),
        ("month", rf"{_MONTH_WORD}\s+{_YEAR}"),
        ("duration", r"(?:за|over|in)\s+(?:the\s+)?(?:последние\s+|past\s+|last\s+)?(\d+|два|две|три|четыре|пять|"
                     r"шесть|семь|восемь|девять|десять|two|three|four|five|six|seven|eight|nine|ten)\s+"
                     r"(?:лет|года|год|years)"),
        ("previous", r"прошл\w+\s+год\w*|last\s+year|previous\s+year"),
        ("current", r"(?:в\s+)?(?:этом|текущем)\s+году|this\s+year"),
        ("year", rf"(?<![\d.])(?:к\s+|by\s+)?{_YEAR}(?:-?(?:м|й|го)\b|\s*(?:год\w*|г\.))?(?![\d.,])"),
    )
)
_TARGET_YEAR = re.compile(rf"(?:\bк|\bby)\s+{_YEAR}", re.IGNORECASE)
_QUALIFIER_WORDS = frozenset("""
    более свыше больше превысив превысил превышает менее меньше ниже около порядка примерно
    приблизительно почти over above under below about around approximately roughly nearly almost
""".split())


@dataclass(frozen=True)
class _PeriodMention:
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


def _periods(text: str, published: date) -> list[_PeriodMention]:
    """Every period mentioned in a stretch of text, earliest first, overlaps resolved by pattern order."""
    mentions: list[_PeriodMention] = []
    taken: list[tuple[int, int]] = []
    for name, pattern in _PERIOD_PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            label = _period_label(name, match, published)
            if label is None:
                continue
            taken.append(match.span())
            mentions.append(_PeriodMention(
                match.start(), match.end(), label, duration=name == "duration",
                target=bool(_TARGET_YEAR.match(match.group(0))),
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
        years = int(count) if count.isdigit() else _DURATION_WORDS.get(count.casefold(), 0)
        return f"P{years}Y" if years else None
    if name == "previous":
        return str(published.year - 1)
    if name == "current":
        return str(published.year)
    return groups[0]


# -- kinds, baselines and attribution -----------------------------------------------------------------------

_TARGET_CUES = re.compile(
    r"планир\w*|план\w*|цел[ьиейяю]\w*|планк\w*|намер\w*|рассчитыва\w*|достижим\w*|\bplan\w*|target\w*|goal\w*|"
    r"\baim\w*",
    re.IGNORECASE,
)
_FORECAST_CUES = re.compile(r"прогноз\w*|ожида\w*|forecast\w*|expect\w*|project(?:ed|ion)\w*", re.IGNORECASE)
_BASELINE = re.compile(
    r"(?:чем|по сравнению с|относительно|против|than|compared (?:with|to)|from)\s+(?:в\s+|in\s+)?"
    rf"(?:{_YEAR}(?:-?м|\s*год\w*)?|(прошл\w+\s+год\w*|last\s+year))",
    re.IGNORECASE,
)
_PREVIOUS_YEAR_OBJECT = re.compile(r"прошл\w+\s+год\w*|last\s+year|previous\s+year", re.IGNORECASE)

_SPEECH_VERBS = (
    r"рассказал\w*|отметил\w*|считает|добавил\w*|пояснил\w*|подчеркнул\w*|сказал\w*|заявил\w*|сообщил\w*|"
    r"уточнил\w*|говорит|полагает|said|says|added|noted|told|explained|stressed"
)
_SPEECH_AFTER = re.compile(rf"[,»\"”]\s*[-–—]?\s*(?:{_SPEECH_VERBS})\s+([^.,;:!?\n]+?)\s*[.!]?\s*$", re.IGNORECASE)
_SPEECH_INLINE = re.compile(rf"(?:{_SPEECH_VERBS})\s+((?:[А-ЯЁA-Z][\w-]+\s?){{1,3}})", re.UNICODE)
_CITED = re.compile(
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


@dataclass(frozen=True)
class SourceGuess:
    """Someone the extractor believes states or publishes a figure."""

    id: str
    name: str
    kind: str
    role: str | None = None


# -- metrics ----------------------------------------------------------------------------------------------

_STOPWORDS = frozenset("""
    а и но или же ли что чем как так также уже еще ещё лишь только почти около более менее свыше этот
    эта это эти тот та то те его ее её их их мы вы он она они в во на с со к ко по о об от до за из у
    при для без через между над под после перед году года годом год г который которая которые которых
    однако несмотря всего лет месяцев месяца квартале квартала полугодии полугодия периоде период
    сравнению данным the a an of in on at to by for from with and or but that which this these those its
    their was were is are has have had be been than about around some over under year years last this
""".split())
_WEAK_SUBJECTS = frozenset("""
    объем объём объема объёма показатель сумма уровень отметка цель цели планка планки volume amount
    figure level total value goal target
""".split())
_FLOW_STEMS = ("оборот", "торгов", "экспорт", "импорт", "перевоз", "поставк", "выпуск", "добыч", "производств",
               "продаж", "инвестиц", "доход", "выручк", "транспорт", "turnover", "trade", "export", "import", "cargo",
               "output", "sales", "revenue", "investment", "shipment", "transport")
_VERB_ENDINGS = ("ил", "ила", "ило", "или", "ал", "ала", "ало", "али", "ел", "ела", "ели", "ся", "сь", "ет", "ит",
                 "ют", "ят", "ут", "ать", "ить", "еть", "иг", "ог", "сла", "шла", "ло", "ано", "ено", "ed", "ing")
_ADJECTIVE_ENDINGS = ("ая", "яя", "ое", "ее", "ые", "ие", "ый", "ий", "ой", "ого", "его", "ому", "ему", "ых", "их",
                      "ым", "им", "ую", "юю", "ыми", "ими")
_RU_ENDINGS = sorted(("ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ых", "их", "ов", "ев", "ам", "ям",
                      "ах", "ях", "ом", "ем", "ой", "ей", "ую", "юю", "ая", "яя", "ое", "ее", "ые", "ие", "ый", "ий",
                      "а", "я", "ы", "и", "у", "ю", "е", "о", "ь", "s"), key=len, reverse=True)
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


def stem(word: str) -> str:
    """A crude stem, enough to group inflections of one noun: товарооборот, товарооборота."""
    lowered = word.casefold().replace("ё", "е")
    for ending in _RU_ENDINGS:
        if lowered.endswith(ending) and len(lowered) - len(ending) >= 4:
            return lowered[: -len(ending)]
    return lowered


_NOT_SUBJECTS = re.compile(
    rf"{_MONTH_WORD}|" + "|".join(sorted(_DURATION_WORDS, key=len, reverse=True)) + "|"
    r"млн|млрд|трлн|тыс\w*|миллион\w*|миллиард\w*|million\w*|billion\w*|thousand\w*|тонн\w*|доллар\w*|"
    r"процент\w*|раз|раза|превыс\w*|достич\w*|достиг\w*|составил\w*|составля\w*|\w+чь|\w+ть",
    re.IGNORECASE,
)
_TARGET_NOUNS = re.compile(r"\b(?:цел[ьиейю]|планк\w*|target|goal)\b", re.IGNORECASE)


def _is_noun_like(word: str) -> bool:
    lowered = word.casefold()
    if lowered in _STOPWORDS or len(lowered) < 3 or not re.fullmatch(r"[^\W\d_][\w-]*", lowered):
        return False
    if _NOT_SUBJECTS.fullmatch(lowered) or lowered in _QUALIFIER_WORDS:
        return False
    if lowered.endswith(_VERB_ENDINGS) and not lowered.endswith(("оборот", "ет")):
        return False
    return not lowered.endswith(_ADJECTIVE_ENDINGS)


# -- the extracted figure -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExtractedFigure:
    """A figure of the article with everything a claim needs, and what the extractor was unsure of."""

    found: FoundFigure
    kind: str
    period: str | None
    since: str | None
    said_by: SourceGuess
    cites: SourceGuess | None
    metric: str
    metric_name: str
    quote: str
    place: Place
    checks: tuple[str, ...] = ()

    @property
    def low_high_unit(self) -> tuple[float | None, float | None, str]:
        """The figure's interval in the unit it is written in: USD, t, % or x."""
        figure = self.found.figure
        if isinstance(figure, Ratio):
            if figure.percent:
                percent = figure.interval.shifted(Fraction(-1)).scaled(Fraction(100))
                return _float(percent.low), _float(percent.high), "%"
            return _float(figure.interval.low), _float(figure.interval.high), "x"
        if isinstance(figure, Amount) and figure.unit is not None:
            shown = figure.interval.scaled(1 / figure.unit.factor)
            return _float(shown.low), _float(shown.high), unit_label(figure.unit)
        interval = figure.interval if figure is not None else Interval(None, None)
        return _float(interval.low), _float(interval.high), ""

    def to_dict(self) -> dict[str, object]:
        """The figure in `factcheck extract --format json`."""
        low, high, unit = self.low_high_unit
        return {
            "text": self.found.claim_text, "form": self.found.form, "kind": self.kind, "low": low, "high": high,
            "unit": unit, "period": self.period, "since": self.since, "said_by": self.said_by.name,
            "cites": self.cites.name if self.cites else None, "metric": self.metric, "quote": self.quote,
            "paragraph": self.place.paragraph, "line": self.place.line, "column": self.place.column,
        }


def _float(value: Fraction | None) -> float | None:
    return None if value is None else float(value)


@dataclass
class Extraction:
    """Everything `extract` found in one article."""

    article: ArticleText
    language: str
    published: date
    title: str
    outlet: SourceGuess
    published_guessed: bool = False
    figures: list[ExtractedFigure] = field(default_factory=list)
    sources: dict[str, SourceGuess] = field(default_factory=dict)
    metrics: dict[str, tuple[str, str, bool]] = field(default_factory=dict)  # id -> (name, unit, flow)


def detect_language(text: str) -> str:
    """Ru when Cyrillic letters dominate, else en."""
    cyrillic = len(re.findall(r"[а-яё]", text, re.IGNORECASE))
    latin = len(re.findall(r"[a-z]", text, re.IGNORECASE))
    return "ru" if cyrillic >= latin else "en"


def extract(article: ArticleText, *, language: str = "auto", published: date | None = None,
            outlet: str | None = None) -> Extraction:
    """Find every figure of the article and what a claim needs about it."""
    visible = article.visible
    language = detect_language(visible) if language == "auto" else language
    published_guessed = published is None
    published = published or date.today()
    outlet_name = outlet or "Outlet"
    outlet_source = SourceGuess(slug(outlet_name), outlet_name, "outlet")
    extraction = Extraction(article, language, published, _title(visible), outlet_source, published_guessed)
    extraction.sources[outlet_source.id] = outlet_source
    people = _People()
    last_metric_by_dimension: dict[str, str] = {}
    paragraphs = list(_spans(visible, r"\n[ \t]*\n"))
    for paragraph_start, paragraph_end in paragraphs:
        paragraph = visible[paragraph_start:paragraph_end]
        people.learn(paragraph)
        speaker = people.speaker_of(paragraph, extraction)
        sentences = [(paragraph_start + s, paragraph_start + e) for s, e in _sentences(paragraph)]
        for figure in find_figures(paragraph, language):
            start, end = paragraph_start + figure.start, paragraph_start + figure.end
            sentence_start, sentence_end = next(
                ((s, e) for s, e in sentences if s <= start < e), (paragraph_start, paragraph_end)
            )
            located = FoundFigure(start, end, figure.text, figure.form, figure.relation, figure.figure,
                                  figure.numbers)
            extraction.figures.append(_describe(
                extraction, located, (sentence_start, sentence_end), (paragraph_start, paragraph_end), speaker,
                people, last_metric_by_dimension,
            ))
    return extraction


def _spans(text: str, separator: str) -> Iterator[tuple[int, int]]:
    position = 0
    for match in re.finditer(separator, text):
        if text[position : match.start()].strip():
            yield position, match.start()
        position = match.end()
    if text[position:].strip():
        yield position, len(text)


def _sentences(paragraph: str) -> list[tuple[int, int]]:
    spans = []
    position = 0
    for match in re.finditer(r"(?<=[.!?…])[»\"”]?\s+(?=[«\"“(]?[A-ZА-ЯЁ0-9$€£])|\n", paragraph):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(paragraph)))
    return [(s, e) for s, e in spans if paragraph[s:e].strip()]


def _title(visible: str) -> str:
    first = visible.strip().splitlines()[0].strip() if visible.strip() else "Untitled"
    return first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + "…"


class _People:
    """People the article introduces ("политолог Алмас Аубекеров") and who speaks in a paragraph."""

    def __init__(self) -> None:
        self.known: list[SourceGuess] = []

    def learn(self, paragraph: str) -> None:
        for match in _INTRODUCED.finditer(paragraph):
            role, name = match.group(1).casefold(), match.group(2).strip()
            if not any(person.name == name for person in self.known):
                kind = "official" if _OFFICIAL.search(role) else "expert"
                self.known.append(SourceGuess(slug(name.split()[-1]), name, kind, role))

    def resolve(self, words: str) -> SourceGuess:
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


def _describe(
    extraction: Extraction,
    figure: FoundFigure,
    sentence: tuple[int, int],
    paragraph: tuple[int, int],
    speaker: SourceGuess | None,
    people: _People,
    last_metric: dict[str, str],
) -> ExtractedFigure:
    visible = extraction.article.visible
    checks: list[str] = []
    sentence_text = visible[sentence[0] : sentence[1]]
    before = visible[sentence[0] : figure.start]
    after = visible[figure.end : sentence[1]]
    # kind, from cues in the figure's own clause
    clause_before = visible[_clause_start(visible, sentence[0], figure.start) : figure.start]
    clause_after = re.split(r"[,;:.!?]|\s[-–—]\s|\sа\s|\sbut\s", after, maxsplit=1)[0]
    cue_text = clause_before[-80:] + " " + clause_after[:60]
    future_year = next((int(m.group(1)) for m in _TARGET_YEAR.finditer(cue_text)
                        if int(m.group(1)) >= extraction.published.year), None)
    kind = "actual"
    if _FORECAST_CUES.search(cue_text):
        kind = "forecast"
    elif _TARGET_CUES.search(cue_text) or future_year is not None:
        kind = "target"
    # period: the sentence first (preceding mentions, then following), then the paragraph before it
    period, since = _period_for(extraction, figure, sentence, paragraph, kind, checks)
    # baseline of a change
    if figure.form == "change":
        since = _baseline(after, period, since, checks)
        if period is None:
            period = str(extraction.published.year - 1)
            checks.append("period: not found; a change needs one")
    if period is None and kind == "actual":
        period = str(extraction.published.year - 1)
        checks.append("period: not found in the sentence or paragraph")
    # attribution
    said_by, cites = _attribution(extraction, figure, sentence_text, before, speaker, people)
    # metric and quote
    metric, metric_name, subject_start, metric_check = _metric(extraction, figure, sentence, last_metric)
    if metric_check:
        checks.append(metric_check)
    clause_start = _clause_start(visible, sentence[0], figure.start)
    quote_start = subject_start if subject_start is not None else clause_start
    if figure.end - quote_start > _LONGEST_QUOTE:
        quote_start = clause_start  # the subject is clauses away: the figure's own clause is the shortest quote
    quote = " ".join(visible[quote_start : figure.end].split())
    _note_unit(extraction, metric, figure)
    place = extraction.article.place(extraction.article.source_offset(figure.start))
    return ExtractedFigure(figure, kind, period, since, said_by, cites, metric, metric_name, quote, place,
                           tuple(checks))


_LONGEST_QUOTE = 90
_MODIFIERS = frozenset("""
    этот эта это эти этому этой этом этих тот той том тех свой своей своем нашей наш the this that these
    those its their our
""".split())
_PREPOSITIONS = frozenset("""
    в во на с со к ко по о об от до за из у при для без через между над под после перед of in on at to
    by for from with into about
""".split())


def _note_unit(extraction: Extraction, metric: str, figure: FoundFigure) -> None:
    """A metric first seen through a change gets its unit from its first amount."""
    name, unit, flow = extraction.metrics[metric]
    if not unit and isinstance(figure.figure, Amount):
        extraction.metrics[metric] = (name, _metric_unit(figure), flow)


def _period_for(
    extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int], paragraph: tuple[int, int], kind: str,
    checks: list[str],
) -> tuple[str | None, str | None]:
    visible = extraction.article.visible
    published = extraction.published
    in_sentence = _periods(visible[sentence[0] : sentence[1]], published)
    offset = sentence[0]
    before = [m for m in in_sentence if offset + m.end <= figure.start]
    after = [m for m in in_sentence if offset + m.start >= figure.end]
    duration = before[-1].text if before and before[-1].duration else None
    dated_before = [m for m in before if not m.duration]
    dated_after = [m for m in after if not m.duration]
    if duration is not None:
        return None, duration  # "за пять лет ... в 5 раз": the figure's span is the five years
    if dated_before:
        return dated_before[-1].text, None
    if dated_after and figure.form != "change" and not any(m.duration for m in before):
        return dated_after[0].text, None
    if kind != "actual":
        return None, None  # a target or forecast stays undated unless its own sentence dates it
    earlier = [m for m in _periods(visible[paragraph[0] : sentence[0]], published) if not m.duration]
    if earlier:
        checks.append("period: taken from an earlier sentence of the paragraph")
        return earlier[-1].text, None
    return None, None


def _baseline(after: str, period: str | None, since: str | None, checks: list[str]) -> str | None:
    if since is not None:
        return since
    match = _BASELINE.search(after[:80])
    if match:
        if match.group(1):
            return match.group(1)
        return _previous_year(period)
    if _PREVIOUS_YEAR_OBJECT.search(after[:60]):
        return _previous_year(period)
    checks.append("since: assumed the same period a year earlier")
    return "P1Y"


def _previous_year(period: str | None) -> str:
    year = re.match(r"\d{4}", period or "")
    return str(int(year.group(0)) - 1) if year else "P1Y"


def _attribution(
    extraction: Extraction, figure: FoundFigure, sentence: str, before: str, speaker: SourceGuess | None,
    people: _People,
) -> tuple[SourceGuess, SourceGuess | None]:
    cites = None
    cited = _CITED.search(sentence)
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


def _clause_start(visible: str, sentence_start: int, figure_start: int) -> int:
    cut = max(visible.rfind(mark, sentence_start, figure_start) for mark in (",", ";", "–", "—", "(", ":"))
    start = cut + 1 if cut >= sentence_start else sentence_start
    while start < figure_start and visible[start] in " \t\n«\"“(":
        start += 1
    return start


def _metric(
    extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int], last_metric: dict[str, str]
) -> tuple[str, str, int | None, str | None]:
    visible = extraction.article.visible
    dimension = _dimension_key(figure)
    clause = visible[_clause_start(visible, sentence[0], figure.start) : figure.start]
    if _TARGET_NOUNS.search(clause) and dimension in last_metric:
        metric_id = last_metric[dimension]  # "цель в $1 млрд": a target for the metric the text is about
        return metric_id, extraction.metrics[metric_id][0], None, "metric: the target's metric is a guess"
    previous = next((f for f in reversed(extraction.figures) if f.found.end <= figure.start
                     and f.found.start >= sentence[0]), None)
    if figure.form == "change" and not clause.strip(" ,–—") and previous is not None:
        return previous.metric, previous.metric_name, None, None  # "$547 млн, втрое ...": the same metric
    subject = _subject(visible, sentence[0], figure.start)
    if subject is not None:
        words, start = subject
        key = " ".join(stem(word) for word in words)
        for metric_id, (name, _, _) in extraction.metrics.items():
            if " ".join(stem(w) for w in name.split()) == key:
                if dimension:
                    last_metric[dimension] = metric_id
                return metric_id, name, start, None
        name = " ".join(words)
        metric_id = slug(name)
        while metric_id in extraction.metrics:
            metric_id += "-2"
        flow = any(s in key for s in _FLOW_STEMS)
        extraction.metrics[metric_id] = (name[:1].upper() + name[1:], _metric_unit(figure), flow)
        if dimension:
            last_metric[dimension] = metric_id
        return metric_id, extraction.metrics[metric_id][0], start, None
    if dimension and dimension in last_metric:
        metric_id = last_metric[dimension]
        return metric_id, extraction.metrics[metric_id][0], None, f"metric: same as the last {dimension} figure"
    name = f"{_metric_unit(figure) or 'number'} figures"
    metric_id = slug(name)
    extraction.metrics.setdefault(metric_id, (name[:1].upper() + name[1:], _metric_unit(figure), False))
    if dimension:
        last_metric[dimension] = metric_id
    return metric_id, extraction.metrics[metric_id][0], None, "metric: no subject found near the figure"


def _subject(visible: str, sentence_start: int, figure_start: int) -> tuple[list[str], int] | None:
    """The noun phrase a figure is about: the first noun of its clause (and a noun after it).

    Clauses are searched from the figure's own back to the start of the sentence.
    """
    clause_end = figure_start
    while clause_end > sentence_start:
        clause_start = _clause_start(visible, sentence_start, clause_end)
        clause = _CITED.sub(lambda cited: " " * len(cited.group(0)), visible[clause_start:clause_end])
        words = list(re.finditer(r"[^\W\d_][\w-]*", clause))  # not the source in "по данным X"
        governed = False  # inside a prepositional phrase ("по этому каналу"): not the subject
        for index, word in enumerate(words):
            text = word.group(0)
            if text.casefold() in _PREPOSITIONS:
                governed = True
                continue
            if governed:
                lowered = text.casefold()
                if lowered in _MODIFIERS or lowered.endswith(_ADJECTIVE_ENDINGS):
                    continue  # "по этому каналу", "по Срединному коридору": still the same phrase
                governed = False  # the phrase ends at its noun ("году", "каналу")
                continue
            if not _is_noun_like(text) or (text.casefold() in _WEAK_SUBJECTS and not _has_complement(words, index)):
                continue
            phrase = [text.casefold() if index or not text.isupper() else text]
            if text.casefold() in _WEAK_SUBJECTS or _has_complement(words, index):
                following = words[index + 1].group(0) if index + 1 < len(words) else ""
                if following and _is_noun_like(following):
                    phrase.append(following.casefold())
            return [phrase[0].casefold(), *phrase[1:]], clause_start + word.start()
        clause_end = clause_start - 1
    return None


def _has_complement(words: list[re.Match[str]], index: int) -> bool:
    return index + 1 < len(words) and _is_noun_like(words[index + 1].group(0)) and words[index + 1].group(0)[
        -2:
    ].casefold() in ("ок", "ов", "ев", "ий", "ей", "ии", "ки", "ти", "ли", "ва", "ta", "ls")


def _dimension_key(figure: FoundFigure) -> str:
    if isinstance(figure.figure, Amount):
        return figure.figure.unit.dimension if figure.figure.unit is not None else "number"
    return ""


def _metric_unit(figure: FoundFigure) -> str:
    if isinstance(figure.figure, Amount) and figure.figure.unit is not None:
        label = unit_label(figure.figure.unit)
        return {"metric_ton": "t", "tonne": "t", "ton": "t"}.get(label, label)
    if isinstance(figure.figure, Amount):
        return "count"
    return ""
