"""What a figure measures: the subject of its clause, grouped the way a journalist groups figures."""

from __future__ import annotations

import re

from factcheck.extract.model import Extraction
from factcheck.extract.periods import DURATION_WORDS, MONTH_WORD
from factcheck.extract.sources import CITED
from factcheck.extract.text import clause_start_of, slug
from factcheck.figures import FoundFigure
from factcheck.quantities import Amount, unit_label

QUALIFIER_WORDS = frozenset("""
    более свыше больше превысив превысил превышает менее меньше ниже около порядка примерно
    приблизительно почти over above under below about around approximately roughly nearly almost
""".split())


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


_NOT_SUBJECTS = re.compile(
    rf"{MONTH_WORD}|" + "|".join(sorted(DURATION_WORDS, key=len, reverse=True)) + "|"
    r"млн|млрд|трлн|тыс\w*|миллион\w*|миллиард\w*|million\w*|billion\w*|thousand\w*|тонн\w*|доллар\w*|"
    r"процент\w*|раз|раза|превыс\w*|достич\w*|достиг\w*|составил\w*|составля\w*|\w+чь|\w+ть",
    re.IGNORECASE,
)


_TARGET_NOUNS = re.compile(r"\b(?:цел[ьиейю]|планк\w*|target|goal)\b", re.IGNORECASE)


_MODIFIERS = frozenset("""
    этот эта это эти этому этой этом этих тот той том тех свой своей своем нашей наш the this that these
    those its their our
""".split())


_PREPOSITIONS = frozenset("""
    в во на с со к ко по о об от до за из у при для без через между над под после перед of in on at to
    by for from with into about
""".split())


def stem(word: str) -> str:
    """A crude stem, enough to group inflections of one noun: товарооборот, товарооборота."""
    lowered = word.casefold().replace("ё", "е")
    for ending in _RU_ENDINGS:
        if lowered.endswith(ending) and len(lowered) - len(ending) >= 4:
            return lowered[: -len(ending)]
    return lowered


def _is_noun_like(word: str) -> bool:
    lowered = word.casefold()
    if lowered in _STOPWORDS or len(lowered) < 3 or not re.fullmatch(r"[^\W\d_][\w-]*", lowered):
        return False
    if _NOT_SUBJECTS.fullmatch(lowered) or lowered in QUALIFIER_WORDS:
        return False
    if lowered.endswith(_VERB_ENDINGS) and not lowered.endswith(("оборот", "ет")):
        return False
    return not lowered.endswith(_ADJECTIVE_ENDINGS)


def note_unit(extraction: Extraction, metric: str, figure: FoundFigure) -> None:
    """A metric first seen through a change gets its unit from its first amount."""
    name, unit, flow = extraction.metrics[metric]
    if not unit and isinstance(figure.figure, Amount):
        extraction.metrics[metric] = (name, _metric_unit(figure), flow)


def metric_of(
    extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int], last_metric: dict[str, str]
) -> tuple[str, str, int | None, str | None]:
    """The metric a figure measures, its name, where its subject starts, and what to check about it."""
    visible = extraction.article.visible
    dimension = _dimension_key(figure)
    clause = visible[clause_start_of(visible, sentence[0], figure.start) : figure.start]
    if _TARGET_NOUNS.search(clause) and dimension in last_metric:
        metric_id = last_metric[dimension]  # "цель в $1 млрд": a target for the metric the text is about
        return metric_id, extraction.metrics[metric_id][0], None, "metric: the target's metric is a guess"
    last = extraction.figures[-1] if extraction.figures else None
    previous = last if last is not None and sentence[0] <= last.found.start and last.found.end <= figure.start \
        else None
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
        clause_start = clause_start_of(visible, sentence_start, clause_end)
        clause = CITED.sub(lambda cited: " " * len(cited.group(0)), visible[clause_start:clause_end])
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
