"""The words news uses for one measure, in both languages: the lexicon that groups figures into metrics.

A metric is keyed by its concept: the lemmas below are read as the same measure ("товарооборот" and "торговля",
"cargo" and "перевозки"). Words that are not listed are their own concept. `FLOWS` are the concepts whose
values over sub-periods add up; `WEAK` heads say nothing by themselves ("объём торговли" is about trade).
"""

from __future__ import annotations

CONCEPTS: dict[str, tuple[str, ...]] = {
    "trade": ("торговля", "товарооборот", "внешнеторговый", "trade", "turnover"),
    "cargo": ("перевозка", "грузоперевозка", "грузооборот", "транзит", "cargo", "freight", "shipment", "haulage"),
    "exports": ("экспорт", "export"),
    "imports": ("импорт", "import"),
    "revenue": ("выручка", "revenue"),
    "profit": ("прибыль", "profit", "earning"),
    "inflation": ("инфляция", "inflation"),
    "output": ("добыча", "output", "production"),
    "harvest": ("урожай", "сбор", "harvest"),
    "sales": ("продажа", "sale", "реализация"),
    "registrations": ("регистрация", "registration"),
    "debt": ("долг", "задолженность", "debt"),
    "deficit": ("дефицит", "deficit"),
    "income": ("доход", "income"),
    "investment": ("инвестиция", "investment", "вложение"),
    "tourists": ("турист", "tourist", "турпоток", "arrival", "visitor"),
    "receipts": ("поступление", "receipt"),
    "rate": ("ставка", "rate"),
}
FLOWS = frozenset({"trade", "cargo", "exports", "imports", "revenue", "profit", "output", "harvest", "sales",
                   "registrations", "income", "investment", "tourists", "receipts"})
WEAK = frozenset("""
    объем объём размер показатель сумма уровень значение величина число количество рост снижение увеличение
    сокращение прирост падение volume amount figure level total value number growth increase decrease rise
    fall drop decline
""".split())
TARGETS = frozenset("цель планка план задача target goal aim".split())
# words that are never the subject of a figure: time, units, scale, sources and the figure itself
NEVER = frozenset("""
    год месяц квартал полугодие период неделя день раз процент пункт тысяча миллион миллиард триллион тонна
    доллар рубль тенге евро баррель данные источник слово оценка итог сравнение фоне время ряд часть
    year month quarter half period week day time times percent cent point thousand million billion trillion
    ton tonne dollar euro pound barrel data source word estimate term comparison share part
    figure statistic bpd barrel unit mln bn
""".split())
_BY_WORD = {word: concept for concept, words in CONCEPTS.items() for word in words}


def concept_of(lemma: str) -> str:
    """The concept a lemma belongs to: its thesaurus entry, or the lemma itself."""
    return _BY_WORD.get(lemma.casefold(), lemma.casefold())
