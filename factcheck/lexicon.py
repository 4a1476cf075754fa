"""Every spelling factcheck reads, in one place, in Russian and English.

Scale words, currencies, units, multipliers, fractions, qualifiers, rate words, months and number words.

Plain data, and `any_of` (and `longest_first` for plain words), the one way a reader makes a pattern of a table
of words: the figure grammar
(`quantities.py`), the unit resolver (`units.py`), the running-text scanner (`figures.py`) and the readers of
`extract` all read these tables, so a spelling added here is read everywhere. Keys are written casefolded unless
a table says otherwise. Tables written as regular-expression words say so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from fractions import Fraction

LANGUAGES = ("ru", "en")


def any_of(words: tuple[str, ...] | frozenset[str] | list[str]) -> str:
    """One non-capturing group matching any of a table's regular-expression words, as they are written."""
    return "(?:" + "|".join(words) + ")"


def longest_first(words: Iterable[str]) -> str:
    """An alternation of plain words, escaped, longest first (so "more than" wins over "more", "тысяч" over "тыс")."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


# ---------------------------------------------------------------------------------------------------------
# Numbers

# Word -> power of ten. Every case of the Russian words; "k", "bn" and friends may also stand attached.
SCALE_WORDS: dict[str, int] = {
    "тыс": 3, "тысяча": 3, "тысячи": 3, "тысяч": 3, "тысячу": 3, "тысячей": 3, "тысячам": 3, "тысячами": 3,
    "тысячах": 3, "thousand": 3, "thousands": 3, "k": 3,
    "млн": 6, "миллион": 6, "миллиона": 6, "миллионов": 6, "миллиону": 6, "миллионом": 6, "миллионе": 6,
    "миллионам": 6, "миллионами": 6, "миллионах": 6, "million": 6, "millions": 6, "mln": 6, "mn": 6,
    "млрд": 9, "миллиард": 9, "миллиарда": 9, "миллиардов": 9, "миллиарду": 9, "миллиардом": 9,
    "миллиарде": 9, "миллиардам": 9, "миллиардами": 9, "миллиардах": 9, "billion": 9, "billions": 9,
    "bn": 9, "bln": 9,
    "трлн": 12, "триллион": 12, "триллиона": 12, "триллионов": 12, "триллиону": 12, "триллионами": 12,
    "триллионах": 12, "trillion": 12, "trillions": 12, "tn": 12, "trln": 12, "trn": 12,
    "lakh": 5, "lakhs": 5, "crore": 7, "crores": 7,
}
# Letters that are scale words when written directly after the digits ("2.3m", "$5.99bn", "18.65m units"),
# or after a currency ("$5 m"). Matched as written: "M" and "B" too, never a lone Cyrillic "м" (metres).
SCALE_LETTERS: dict[str, int] = {
    "m": 6, "M": 6, "mn": 6, "mln": 6, "b": 9, "B": 9, "bn": 9, "Bn": 9, "BN": 9, "tn": 12, "T": 12,
    "k": 3, "K": 3, "к": 3, "К": 3, "М": 6,
}

# Numbers in words, in every case (Russian declines them: "трех", "двум", "пятью").
NUMBER_WORDS: dict[str, int] = {
    "ноль": 0, "нуля": 0,
    "один": 1, "одна": 1, "одно": 1, "одного": 1, "одной": 1, "одному": 1, "одним": 1, "одну": 1, "одном": 1,
    "два": 2, "две": 2, "двух": 2, "двум": 2, "двумя": 2,
    "три": 3, "трех": 3, "трёх": 3, "трем": 3, "трём": 3, "тремя": 3,
    "четыре": 4, "четырех": 4, "четырёх": 4, "четырем": 4, "четырём": 4, "четырьмя": 4,
    "пять": 5, "пяти": 5, "пятью": 5, "шесть": 6, "шести": 6, "шестью": 6, "семь": 7, "семи": 7, "семью": 7,
    "восемь": 8, "восьми": 8, "восемью": 8, "восьмью": 8, "девять": 9, "девяти": 9, "девятью": 9,
    "десять": 10, "десяти": 10, "десятью": 10,
    "одиннадцать": 11, "одиннадцати": 11, "двенадцать": 12, "двенадцати": 12, "тринадцать": 13,
    "тринадцати": 13, "четырнадцать": 14, "четырнадцати": 14, "пятнадцать": 15, "пятнадцати": 15,
    "шестнадцать": 16, "шестнадцати": 16, "семнадцать": 17, "семнадцати": 17, "восемнадцать": 18,
    "восемнадцати": 18, "девятнадцать": 19, "девятнадцати": 19,
    "двадцать": 20, "двадцати": 20, "двадцатью": 20, "тридцать": 30, "тридцати": 30, "тридцатью": 30,
    "сорок": 40, "сорока": 40, "пятьдесят": 50, "пятидесяти": 50, "шестьдесят": 60, "шестидесяти": 60,
    "семьдесят": 70, "семидесяти": 70, "восемьдесят": 80, "восьмидесяти": 80, "девяносто": 90,
    "девяноста": 90, "сто": 100, "ста": 100, "двести": 200, "двухсот": 200, "триста": 300, "трехсот": 300,
    "трёхсот": 300, "четыреста": 400, "четырехсот": 400, "пятьсот": 500, "пятисот": 500, "шестьсот": 600,
    "шестисот": 600, "семьсот": 700, "семисот": 700, "восемьсот": 800, "восьмисот": 800, "девятьсот": 900,
    "девятисот": 900,
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1,
}
# Units that follow "a"/"an" more often as nouns or in idioms than as one unit of measure: "a foot injury",
# "a yard sale", "tie a knot", "a ton of questions". After these the article is not the number one.
UNITS_NOT_ONE_AFTER_ARTICLE = ("foot", "yard", "knot", "ton")
# Nouns a unit qualifies: after "a dollar figure", "a dollar store", "a euro sign" the unit names a kind of
# the noun, and the article is not the number one.
NOUNS_AFTER_UNIT_AS_ATTRIBUTE = ("figure", "figures", "amount", "value", "sign", "symbol", "store", "shop", "term",
                                 "terms", "zone", "area", "bloc", "denomination")
# "полтора" is one and a half: a written half, so it carries ±0.05.
HALF_WORDS: dict[str, Fraction] = {"полтора": Fraction(3, 2), "полторы": Fraction(3, 2)}
AND_A_HALF = ("с половиной", "and a half")

# Fraction words: values, shares and changes; approximate (±10% of their value) unless `exact: true`.
FRACTION_WORDS: dict[str, Fraction] = {
    "треть": Fraction(1, 3), "трети": Fraction(1, 3), "третью": Fraction(1, 3),
    "четверть": Fraction(1, 4), "четверти": Fraction(1, 4), "четвертью": Fraction(1, 4),
    "половина": Fraction(1, 2), "половину": Fraction(1, 2), "половины": Fraction(1, 2), "половиной": Fraction(1, 2),
    "пятая часть": Fraction(1, 5), "пятую часть": Fraction(1, 5), "пятой части": Fraction(1, 5),
    "a third": Fraction(1, 3), "one third": Fraction(1, 3), "one-third": Fraction(1, 3),
    "a quarter": Fraction(1, 4), "one quarter": Fraction(1, 4), "one-quarter": Fraction(1, 4),
    "a fifth": Fraction(1, 5), "one fifth": Fraction(1, 5), "one-fifth": Fraction(1, 5),
    "half": Fraction(1, 2), "a half": Fraction(1, 2), "one half": Fraction(1, 2),
}
FRACTION_TOLERANCE = Fraction(1, 10)
# Fractions of a scale word: "half a million", "a quarter of a billion", "three quarters of a million",
# "полмиллиона", "пол-миллиарда" (the Russian prefix stands attached or with a hyphen). Each FRACTION_WORDS
# entry reads before a scale word too; these only there ("quarter" alone is a quarter of a year).
SCALE_FRACTIONS: dict[str, Fraction] = {
    "quarter": Fraction(1, 4), "three quarters": Fraction(3, 4), "three-quarters": Fraction(3, 4),
    "пол": Fraction(1, 2), "пол-": Fraction(1, 2),
}

# ---------------------------------------------------------------------------------------------------------
# Per cent, points, shares

PERCENT_WORDS = (
    "%", "％", "процентов", "процента", "процентах", "процент", "per cent", "percentage", "percents", "percent",
    "pct", "pc",
)
# Per cent as an adjective, after a hyphen: "3-процентное", "10-процентный", "5-percent", "5-per-cent" (format 1.2).
PERCENT_ADJECTIVES = (
    "процентное", "процентный", "процентная", "процентного", "процентной", "процентному", "процентным",
    "процентную", "процентном", "процентных", "процентными", "percent", "per-cent", "per cent", "pct",
)
# A noun of direction right after such an adjective makes it a change with that sign: "3-процентное падение".
PERCENT_ADJECTIVE_DOWN_NOUNS = (
    "падение", "падения", "снижение", "снижения", "сокращение", "сокращения", "уменьшение", "уменьшения",
    "drop", "decline", "fall", "decrease", "cut", "reduction",
)
PERCENT_ADJECTIVE_UP_NOUNS = (
    "рост", "роста", "прирост", "прироста", "увеличение", "увеличения", "повышение", "повышения",
    "rise", "increase", "gain", "jump", "growth",
)
# "% годовых" is per cent a year: a rate quoted as per cent.
PERCENT_SUFFIXES = ("годовых", "annual", "a year", "per annum")
PERCENTAGE_POINT_WORDS = (
    "п. п.", "п. п", "п.п.", "п.п", "пп.", "пп", "процентного пункта", "процентных пункта", "процентных пунктов",
    "процентный пункт", "процентным пунктом", "percentage points", "percentage point", "p. p.", "p.p.", "pp",
    # points written with a per cent sign (format 1.2): "0.74% points", "0.24% point", "0,3% п."
    "% points", "% point", "% pts", "% п.", "% п", "% п.п.", "% пп",
)
BASIS_POINT_WORDS = (
    "б. п.", "б. п", "б.п.", "б.п", "базисных пунктов", "базисных пункта", "базисный пункт", "базисным пунктом",
    "basis points", "basis point", "bps", "bp",
)
# The whole a percentage may name after the number: "3,6% ВВП", "86.7% of GDP" (read as plain per cent).
GDP_WORDS = ("ввп", "gdp", "of gdp", "от ввп")

# ---------------------------------------------------------------------------------------------------------
# Multipliers

# Word -> factor; each also reads with a qualifier ("nearly doubled", "more than double").
MULTIPLIER_WORDS: dict[str, int] = {
    "вдвое": 2, "втрое": 3, "вчетверо": 4, "впятеро": 5, "вшестеро": 6, "всемеро": 7, "ввосьмеро": 8,
    "вдевятеро": 9, "вдесятеро": 10,
    "удвоился": 2, "удвоилась": 2, "удвоилось": 2, "удвоились": 2, "удвоение": 2,
    "утроился": 3, "утроилась": 3, "утроилось": 3, "утроились": 3, "утроение": 3,
    "учетверился": 4, "учетверилась": 4, "учетверилось": 4, "учетверились": 4,
    "doubled": 2, "double": 2, "doubling": 2, "twice": 2, "tripled": 3, "trebled": 3, "triple": 3,
    "tripling": 3, "trebling": 3, "thrice": 3, "quadrupled": 4, "quadruple": 4, "quadrupling": 4,
    "quintupled": 5, "sextupled": 6,
    "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7,
    "eightfold": 8, "ninefold": 9, "tenfold": 10,
}
HALVING_WORDS = ("halved", "halving", "вдвое меньше", "сократился вдвое", "сократилась вдвое",
                 "сократилось вдвое", "сократились вдвое")
# After a number: "3.5fold", "3.5-fold", "6.1 times", "6.1-times", "в 5 раз", "в 1,6 раза".
TIMES_WORDS = ("-fold", "fold", "-times", "times", "раза", "раз", "x", "×")
MULTIPLY_SIGNS = ("x", "×", "х")
# After a factor, an increase: "в 1,023 раза больше" is x1.023 (Russian statistics' index as a multiplier).
INCREASE_AFTER = ("больше", "выше", "more", "higher", "larger", "greater")
# A multiplier below one: "в 4 раза меньше", "сократилось в 4 раза", "fell fourfold".
DECREASE_AFTER = ("меньше", "ниже", "less", "lower", "smaller", "fewer")
DECREASE_BEFORE = (
    "сократился", "сократилась", "сократилось", "сократились", "сократить", "снизился", "снизилась",
    "снизилось", "снизились", "уменьшился", "уменьшилась", "уменьшилось", "уменьшились", "упал", "упала",
    "упало", "упали", "fell", "dropped", "declined", "decreased", "shrank", "plunged", "slumped", "cut",
)
# "some 30,000 more", "на 4,1 млн больше": the direction of a change written after its amount.
INCREASE_BEFORE = (
    "вырос", "выросла", "выросло", "выросли", "увеличился", "увеличилась", "увеличилось", "увеличились",
    "rose", "grew", "increased", "climbed", "jumped", "gained", "surged",
)
MORE_AFTER = ("more", "higher", "up", "больше", "выше")
# An amount change by its words, before the amount (format 1.2): "ниже на 5 млн", "a drop of 5,000", "down 5,000"
# are -X; "выше на", "a rise of", "up" are +X. Read before the qualifiers, where "ниже"/"больше" alone bound.
CHANGE_WORDS_DOWN = (
    "ниже на", "меньше на", "снижение на", "сокращение на", "падение на", "уменьшение на",
    "a drop of", "a decline of", "a fall of", "a decrease of", "a reduction of", "a cut of", "down by", "down",
)
CHANGE_WORDS_UP = (
    "выше на", "больше на", "рост на", "прирост на", "увеличение на", "повышение на",
    "a rise of", "an increase of", "a gain of", "a jump of", "growth of", "up by", "up",
)
# After a fraction word, the words that make it a change ("a fifth higher", "на треть больше"); not "up" or
# "down", which follow a period as often ("the first half up 3%").
FRACTION_COMPARATIVES = ("more", "higher", "larger", "less", "fewer", "lower", "smaller", "больше", "выше", "меньше",
                         "ниже")
LESS_AFTER = ("less", "fewer", "lower", "down", "меньше", "ниже")
# Comparatives after a change that give its sign and point to its baseline: "на 5% меньше показателей января",
# "0.4% above August's level", "5% lower than in 2023".
# How often something happened is no figure of a measure: "ЦБ повышал ставку 14 раз" (no "в": "в 3 раза" is a
# multiplier), "raised rates 14 times", "has cut rates three times this year" (a verb of change and its object
# before the count; "Exports rose 14 times", "by 2 times", "3 times higher", "14 times as much" stay multipliers).
FREQUENCY_WORDS_RU = (r"раза?",)
FREQUENCY_WORDS_EN = (r"times",)
FREQUENCY_ADVERBS_EN = (r"twice", r"thrice")  # "The bank cut rates twice last year"
FREQUENCY_NOT_AFTER_RU = (r"в", r"во")
FREQUENCY_OBJECT_NOT = ("by", "than", "about", "nearly", "almost", "roughly", "around", "some", "over", "up", "down")
FREQUENCY_NOT_BEFORE = ("as", "over", "the")
ABOVE_BASELINE = ("выше", "больше", "higher", "more", "above")
BELOW_BASELINE = ("ниже", "меньше", "lower", "less", "fewer", "below")
# After a figure, a direction only when its baseline follows: "95% up on 2023", "650,000 units down on 2019".
UP_ON_BASELINE = ("up",)
DOWN_ON_BASELINE = ("down",)
ON_BASELINE = ("on", "from")
# Nouns between such a comparative and the period it names: "показателей августа", "the level of August".
BASELINE_NOUNS = ("показателей", "показателя", "показатели", "уровня", "уровней", "значения", "значений",
                  "level", "levels", "figure", "figures")
# "than" after a comparative, and the prepositions that name a change's baseline with no comparative ("up 2% on
# August", "на 3% против июля").
# Before a value printed as the start of a change: "from $13.48 billion", "с 7,5%", "compared to $3.0 billion".
# Prepositions that govern a period and go with it: "в 2023 году", "за январь", "in 2024", "since the 2019".
# The preposition between a verb of speech and a month, "the center said in May": when something was said or came
# out, never a figure's period (as "said on Monday" is not). English only: a Russian "отметил в мае рост цен" may be
# "recorded a rise in May".
SPOKEN_MONTH_LEADS = ("in",)
PERIOD_PREPOSITIONS = ("в", "во", "за", "на", "с", "к", "по", "до", "in", "for", "during", "over", "since", "by", "at",
                       "of", "until", "through", "from", "to")
# ... and "after"/"после" right before a level: "fell to 3.9% in May after 4.1% in April", "снизился до 2,6% после
# 2,7% в апреле" (the level before the change, as "from" names it)
CHANGE_START_WORDS = ("from", "с", "со", "против", "against", "vs.", "vs", "versus", "compared to", "compared with",
                      "по сравнению с", "по сравнению со", "after", "после")
# ... of which the Russian "с" is also "with" ("Haval с 17,9 тыс. автомобилей"): a start only where "до" ends the change
RU_WITH_OR_FROM = ("с", "со")
THAN_WORDS = ("чем", "than")
# Words that set a figure before a later one, with at most a few words between ("rose 0.5% in November, after a 0.3%
# gain in October", "following a revised 0.2% decline a month earlier", "после роста на 0,5%"): the figure is of an
# earlier period, its own, named or dated back after it.
# "compared with" before a figure sets it against the later one as "after" does ("rose 4% in 2023, compared with a
# 2% fall the previous year": 2022's fall).
EARLIER_FIGURE_LEADS = (r"after", r"following", r"compared\s+(?:with|to)", r"после", r"against",
                        r"than\s+(?:the|a|an)")
# Nouns of a result that a change may start from, with its figure after "of"/"в": "против убытка в 2,1 млрд
# рублей", "compared with a net loss of $2.1 billion" (a result of either sign, or the measure itself, named between
# the lead and its figure)
RESULT_NOUNS = ("убытка", "убытков", "прибыли", "дефицита", "профицита", "сальдо", "loss", "losses", "profit",
                "profits", "deficit", "surplus", "shortfall", "gain")
RESULT_FIGURE_LEADS = ("of", "в размере", "в")
# A result a Russian clause ends with, after "с" and before its figure, is the figure's measure, of the clause's
# subject: "Бюджет исполнен с профицитом 2,1 млрд рублей", "завершил год с убытком в 200 млн" (lemmas).
RU_RESULT_WITH_NOUNS = frozenset("профицит дефицит прибыль убыток сальдо".split())
RU_RESULT_WITH_LEADS = frozenset(("с",))
# A budget carried out "по доходам" or "по расходам" in an amount names the revenue or the spending of its subject,
# never the budget: "Бюджет города исполнен по доходам в объёме 38 млрд рублей" is "Доходы бюджета города", and a
# gapped ", по расходам — 41 млрд рублей" after it the spending (lemmas of the part; of the words leading the amount).
RU_EXECUTED_PART_NOUNS = frozenset("доход расход".split())
# By a percentage ("исполнен по доходам на 64,2%") it is that part's share of its plan, of the same part.
RU_EXECUTED_AMOUNT_LEADS = ("в объем", "в сумма", "в размер", "на сумма", "на")
# A Russian short passive participle of spending right before an amount, and "на" with what the money is spent on
# before it, name a spending: "на ремонт дорог направлено 1,2 млрд рублей" is the spending on road repair, named
# "Расходы на ремонт дорог" (stems of the participles; the noun that names spending; the lead of its purpose).
RU_SPENDING_PARTICIPLE_STEMS = (r"направлен", r"выделен", r"потрачен", r"израсходован", r"затрачен", r"истрачен",
                                r"ассигнован", r"инвестирован", r"вложен")
# ... and the finite verbs of the same, impersonal or of money going somewhere: "на образование направили 21 млрд
# рублей", "на ремонт дорог пошло 3 млрд рублей", "ушло", a plan's "на социальную сферу направят" (stems of the
# past and future forms).
RU_SPENDING_VERB_STEMS = (r"направил", r"выделил", r"потратил", r"израсходовал", r"затратил", r"истратил",
                          r"ассигновал", r"инвестировал", r"вложил", r"пошл", r"ушл", r"пойд[её]т", r"уйд[её]т",
                          r"направ[ия]т", r"выдел[ия]т", r"потрат[ия]т", r"израсходу[ею]т", r"затрат[ия]т",
                          r"влож[иа]т", r"инвестиру[ею]т")
RU_SPENDING_NAME, RU_SPENDING_LEMMA = "Расходы", "расход"
RU_SPENDING_PURPOSE_LEADS = frozenset(("на",))
# ... and a verb of receiving right before an amount (an adverb of more between), with "в" and a budget before it,
# name what the budget received: "в краевой бюджет поступило 52,8 млрд рублей", "в бюджет поступит еще 4,5 млрд"
# are "Поступления в краевой бюджет" (lemmas of the verbs, the adverbs and the budget's nouns; the noun that names
# receipts; the lead of where the money goes). "В продажу поступило 1200 квартир" names no receipts.
RU_RECEIPT_VERB_LEMMAS = frozenset(("поступить", "поступать"))
RU_RECEIPT_ADVERBS = frozenset(("еще", "ещё", "уже"))
RU_RECEIPT_BUDGET_LEMMAS = frozenset(("бюджет", "казна"))
RU_RECEIPT_NAME, RU_RECEIPT_LEMMA = "Поступления", "поступление"
RU_RECEIPT_LEADS = frozenset(("в",))
# ... and the leads of a comparison such a result stands in: not "from" or "against", which a verb may govern
# ("resulted from a loss of $310 million", "protects against a loss of $5 million"), nor "с" ("налога с прибыли в")
# Words that set a change against its baseline right after it ("3.9% on a year earlier", "к прошлому году"),
# beside RESULT_COMPARISON_LEADS and CHANGE_START_OPENERS.
BASELINE_AFTER_CHANGE_LEADS = ("on", "over", "against", "к", r"по\s+сравнению\s+со?")
RESULT_COMPARISON_LEADS = ("против", "по сравнению с", "по сравнению со", "compared with", "compared to", "versus",
                           "vs.", "vs")
# "from" between an amount of money and a count of things: where the amount came from ("$33.7 million from 4,337
# locations", "$42 million from 52 markets"), no start of a change.
SOURCE_COUNT_LEADS = ("from", "across", "in")
# ... and between a noun of information and a count of things: who gave it ("based on data from about 3,600
# institutions", "responses from 1,200 colleges"), no start of a change either.
DATA_SOURCE_NOUNS = ("data", "responses", "reports", "submissions", "records")
# Words before a percentage that a percentage change is set against: the rate of change of an earlier period,
# not the level the change starts from ("grew 5.2%, down from 5.5% in the second quarter", "выросла на 5,2% после
# 5,5% годом ранее"): a change by a percentage starts from a level in the measure's own unit, never from a rate.
EARLIER_RATE_LEADS = CHANGE_START_WORDS
# The words of direction that may stand before such a lead: "grew 5.2%, down from 5.5%", "slowing from 5.5%".
EARLIER_RATE_GAP_WORDS = ("down", "up", "slowing", "slowed", "easing", "accelerating", "picking up", "compared",
                          "снизившись", "замедлившись", "ускорившись")
BASELINE_PREPOSITIONS = ("on", "from", "over", "against", "versus", "vs.", "vs", "против", "относительно",
                         "по сравнению с", "по сравнению со")
# Words that end a list of clauses sharing one verb: "X fell 5%, while Y ...", "X снизился на 5%, а Y ...".
CONTRARY_WORDS = ("а", "но", "однако", "зато", "тогда как", "в то время как", "but", "while", "whereas", "however",
                  "although", "though", "yet")
# Participles that, after a comma, open a clause about another movement than the figure's, one it undoes or goes on
# from: "fell 3.6%, erasing gains made the previous year", "reversing a rise recorded in March", "continuing a
# decline that began in 2016" (a period there dates that movement, never the figure; "rose 3%, reaching a record in
# April" restates the figure's own movement, and April stays its period).
OTHER_MOVEMENT_PARTICIPLES = (r"erasing", r"reversing", r"wiping\s+out", r"undoing", r"offsetting", r"recouping",
                              r"continuing", r"extending", r"ending", r"snapping", r"breaking")
# A sentence opening with these and a change is about the figure of the sentence before: "Это на 0,4% выше ...".
ANAPHORA_OPENERS = ("это", "that is", "this is", "that was", "this was", "that's", "that’s", "this means")
# A sign written as a word before the number.
PLUS_WORDS = ("плюс", "plus")
MINUS_WORDS = ("минус", "minus")
# An adjective that signs the number right after it, as "minus" does: "flows were negative 14 million dollars", "a
# negative 0.5% rate" (only before a digit or a currency sign: "negative growth" is no figure).
NEGATIVE_SIGN_WORDS = ("negative",)
# Lead words that belong to the sentence: "на 62%", "by 5%", "в 2 раза", "in 3 times".
CHANGE_LEADS = ("на", "by")
TIMES_LEADS = ("в", "in")

# --- extract: change verbs ---
# After a verb of change, these open where the change starts, not a range: "rose from 4,120 to 4,310" is a
# start and an end ("between 2% and 3%" after a verb stays a range).
CHANGE_START_OPENERS = ("from", "от")
# Verbs and nouns of change, with their direction: the one inventory every reader of a change builds from
# (figures.py's verb before a figure, the form reader's verb with its object, its nouns of direction, and the
# Russian reader by lemma).

# English verbs: the verb lexical units of FrameNet's Change_position_on_a_scale and
# Cause_change_of_position_on_a_scale frames with a direction (written here by hand), and the verbs news uses in
# the same sense ("shed", "pare", "tank", "firm", "rally"). Each lemma with every inflection news prints; a form
# that is more often a noun or an adjective ("ease", "narrow", "contract", "firm", "tank") is left out, and so
# are the verbs of the frames with no direction of their own ("edge", "move", "shift", "swing": their particle,
# "up" or "lower", gives it) and the multipliers ("double", "triple": MULTIPLIER_WORDS).
EN_CHANGE_VERBS_DOWN: dict[str, tuple[str, ...]] = {
    "fall": ("fall", "falls", "fell", "fallen", "falling"),
    "drop": ("drop", "drops", "dropped", "dropping"),
    "decline": ("decline", "declines", "declined", "declining"),
    "decrease": ("decrease", "decreases", "decreased", "decreasing"),
    "dip": ("dip", "dips", "dipped", "dipping"),
    "slide": ("slide", "slides", "slid", "sliding"),
    "slip": ("slip", "slips", "slipped", "slipping"),
    "sink": ("sink", "sinks", "sank", "sunk", "sinking"),
    "plunge": ("plunge", "plunges", "plunged", "plunging"),
    "plummet": ("plummet", "plummets", "plummeted", "plummeting"),
    "tumble": ("tumble", "tumbles", "tumbled", "tumbling"),
    "slump": ("slump", "slumps", "slumped", "slumping"),
    "crash": ("crash", "crashes", "crashed", "crashing"),
    "dwindle": ("dwindle", "dwindles", "dwindled", "dwindling"),
    "diminish": ("diminish", "diminishes", "diminished", "diminishing"),
    "shrink": ("shrink", "shrinks", "shrank", "shrunk", "shrinking"),
    "ease": ("eases", "eased", "easing"),
    "narrow": ("narrows", "narrowed", "narrowing"),
    "retreat": ("retreat", "retreats", "retreated", "retreating"),
    "lose": ("lose", "loses", "lost", "losing"),
    "sag": ("sag", "sags", "sagged", "sagging"),
    "slash": ("slash", "slashes", "slashed", "slashing"),
    "trim": ("trim", "trims", "trimmed", "trimming"),
    "lower": ("lowers", "lowered", "lowering"),
    "cut": ("cut", "cuts", "cutting"),
    "reduce": ("reduce", "reduces", "reduced", "reducing"),
    "shed": ("shed", "sheds", "shedding"),
    "pare": ("pare", "pares", "pared", "paring"),
    "weaken": ("weaken", "weakens", "weakened", "weakening"),
    "decelerate": ("decelerate", "decelerates", "decelerated", "decelerating"),
    "contract": ("contracted", "contracting"),
    "tank": ("tanked", "tanking"),
    "nosedive": ("nosedive", "nosedives", "nosedived", "nosediving"),
    "deflate": ("deflate", "deflates", "deflated", "deflating"),
}
EN_CHANGE_VERBS_UP: dict[str, tuple[str, ...]] = {
    "rise": ("rise", "rises", "rose", "risen", "rising"),
    "grow": ("grow", "grows", "grew", "grown", "growing"),
    "increase": ("increase", "increases", "increased", "increasing"),
    "jump": ("jump", "jumps", "jumped", "jumping"),
    "climb": ("climb", "climbs", "climbed", "climbing"),
    "gain": ("gain", "gains", "gained", "gaining"),
    "surge": ("surge", "surges", "surged", "surging"),
    "soar": ("soar", "soars", "soared", "soaring"),
    "leap": ("leap", "leaps", "leapt", "leaped", "leaping"),
    "rocket": ("rocket", "rockets", "rocketed", "rocketing"),
    "skyrocket": ("skyrocket", "skyrockets", "skyrocketed", "skyrocketing"),
    "widen": ("widen", "widens", "widened", "widening"),
    "swell": ("swell", "swells", "swelled", "swollen", "swelling"),
    "spike": ("spike", "spikes", "spiked", "spiking"),
    "advance": ("advance", "advances", "advanced", "advancing"),
    "rebound": ("rebound", "rebounds", "rebounded", "rebounding"),
    "recover": ("recover", "recovers", "recovered", "recovering"),
    "accelerate": ("accelerate", "accelerates", "accelerated", "accelerating"),
    "expand": ("expand", "expands", "expanded", "expanding"),
    "boost": ("boost", "boosts", "boosted", "boosting"),
    "raise": ("raise", "raises", "raised", "raising"),
    "hike": ("hike", "hikes", "hiked", "hiking"),
    "add": ("add", "adds", "added", "adding"),
    "balloon": ("balloon", "balloons", "ballooned", "ballooning"),
    "mushroom": ("mushroom", "mushrooms", "mushroomed", "mushrooming"),
    "escalate": ("escalate", "escalates", "escalated", "escalating"),
    "explode": ("explode", "explodes", "exploded", "exploding"),
    "spurt": ("spurt", "spurts", "spurted", "spurting"),
    "firm": ("firmed", "firming"),
    "strengthen": ("strengthen", "strengthens", "strengthened", "strengthening"),
    "rally": ("rally", "rallies", "rallied", "rallying"),
}
# Every written form of the verbs of change above: the word tagger's verbs, and the verb a change's figure or a
# count of times follows ("dropped a steep 58%", "raised rates 14 times").
EN_CHANGE_VERB_FORMS = frozenset(form for table in (EN_CHANGE_VERBS_DOWN, EN_CHANGE_VERBS_UP)
                                 for forms in table.values() for form in forms)
# Russian verbs of the same classes by lemma (the infinitive pymorphy3 gives every form of a verb, its
# participles and its gerunds), in both aspects: `extract` reads "снизится", "выросли", "сокращается",
# "увеличившись", "выросший" from the keys without listing a form; the reflexive suffix is folded before the
# look-up ("снизиться" is read as "снизить"). Each lemma's value is the stems of its forms for the reader without
# morphology (figures.py, which `verify`'s uncurated-figure shares; regular-expression words, empty where another
# lemma's stem reads the forms). "добавить" (also a verb of speech) and "расширить" ("расширить экспорт на 130
# новых видов товаров" adds kinds, it does not widen a measure) are left out.
RU_CHANGE_VERBS_DOWN: dict[str, tuple[str, ...]] = {
    "снизить": (r"сниз\w*",), "снижать": (r"снижа\w*",), "сократить": (r"сократил\w*",),
    "сокращать": (r"сокраща\w*",), "уменьшить": (r"уменьшил\w*",), "уменьшать": (r"уменьша\w*",),
    "понизить": (r"понизил\w*",), "понижать": (), "опустить": (r"опустил\w*",), "опускать": (),
    "упасть": (r"упал\w*", r"упад[её]\w*"), "падать": (r"пада\w*",), "уступить": (r"уступил\w*",),
    "уступать": (r"уступа\w*",), "просесть": (r"просел\w*",), "проседать": (r"просед\w*",),
    "обвалить": (r"обвалил\w*",), "обваливать": (), "рухнуть": (r"рухнул\w*",),
    "подешеветь": (r"подешеве\w*",), "дешеветь": (r"дешеве\w*",), "потерять": (r"потеря\w*",), "терять": (),
    "замедлить": (r"замедлил\w*",), "замедлять": (), "ослабнуть": (r"ослаб\w*",), "ослабеть": (), "слабеть": (),
    "ослабить": (), "ослаблять": (), "сжать": (r"сжал\w*",), "сжимать": (), "обесценить": (r"обесценил\w*",),
    "обесценивать": (),
}
RU_CHANGE_VERBS_UP: dict[str, tuple[str, ...]] = {
    "вырасти": (r"вырос\w*",), "расти": (r"рос(?:ла|ло|ли)?", r"раст[её]т", r"растут"),
    "возрасти": (r"возрос\w*",), "возрастать": (r"возраст\w*",), "увеличить": (r"увеличил\w*",),
    "увеличивать": (r"увеличива\w*",), "повысить": (r"повысил\w*",), "повышать": (r"повыша\w*",),
    "поднять": (r"подня\w*",), "поднимать": (), "прибавить": (r"прибавил\w*",), "прибавлять": (r"прибавля\w*",),
    "подорожать": (r"подорожа\w*",), "дорожать": (r"дорожа\w*",), "подскочить": (r"подскочил\w*",),
    "подскакивать": (), "взлететь": (r"взлетел\w*",), "взлетать": (), "нарастить": (r"нарастил\w*",),
    "наращивать": (), "прирасти": (), "прирастать": (), "укрепить": (r"укрепил\w*",), "укреплять": (),
    "ускорить": (r"ускорил\w*",), "ускорять": (),
    # "пополнили вклады на 23,6 млрд рублей": to add to a stock is to raise it by the amount
    "пополнить": (r"пополнил\w*",), "пополнять": (r"пополня\w*",),
}
RU_CHANGE_VERB_LEMMAS_DOWN = frozenset(RU_CHANGE_VERBS_DOWN)
RU_CHANGE_VERB_LEMMAS_UP = frozenset(RU_CHANGE_VERBS_UP)
RU_REFLEXIVE_ENDINGS = ("ся", "сь")
# Nouns of change with their direction, in the forms news prints: the noun lexical units of the same FrameNet
# frames ("a 6% slump", "a slide of 1,200", "спад составил 2%", "снижение на 5%"). PERCENT_ADJECTIVE_*_NOUNS are the
# ones the claims format reads after per cent as an adjective, all of them here too.
CHANGE_NOUNS_DOWN = (
    "drop", "drops", "decline", "declines", "fall", "falls", "decrease", "decreases", "cut", "cuts", "reduction",
    "reductions", "dip", "dips", "slide", "slides", "slump", "slumps", "plunge", "tumble", "downturn", "contraction",
    "падение", "падения", "падению", "падением", "падении", "снижение", "снижения", "снижению", "снижением",
    "снижении", "сокращение", "сокращения", "сокращению", "сокращением", "сокращении", "уменьшение", "уменьшения",
    "спад", "спада", "понижение", "понижения", "удешевление", "удешевления", "замедление", "замедления",
)
CHANGE_NOUNS_UP = (
    "rise", "rises", "increase", "increases", "gain", "gains", "jump", "jumps", "growth", "surge", "climb", "hike",
    "upturn", "rebound", "spike", "advance", "boost",
    "рост", "роста", "росту", "ростом", "росте", "прирост", "прироста", "приросту", "приростом", "приросте",
    "увеличение", "увеличения", "повышение", "повышения", "подорожание", "подорожания", "ускорение", "ускорения",
)
# Nouns of rise that size a change only when a percentage sizes them ("a 3.4% expansion", "an expansion of 2%"):
# sized by money or a count they name the act of enlarging something ("a $2 billion expansion of its plant", "the
# expansion of 40 stores"), whose figure is a level.
CHANGE_NOUNS_UP_OF_PERCENT = ("expansion", "expansions")
# Adjectives that make a noun of change the name of a measure of its own, a balance of two flows: "natural
# decrease" (deaths over births), "естественный прирост", "миграционная убыль". Its figure is the balance's level
# ("a natural decrease of 3,200", "естественный прирост составил 1,2 тыс. человек"), not a change of anything.
BALANCE_ADJECTIVES = ("natural", "natural population", "migratory",
                      *(stem + ending for stem in ("естественн", "миграционн")
                        for ending in ("ый", "ая", "ое", "ого", "ой", "ому", "ым", "ую", "ом")))
# Nouns of a difference to a reference price, read as nouns of change: "a 17% premium", "скидка 5%".
PRICE_DIFFERENCE_NOUNS_DOWN = ("discount", "скидка", "скидку", "дисконт")
PRICE_DIFFERENCE_NOUNS_UP = ("premium", "наценка", "наценку", "премия", "премию")
# Besides verbs and nouns, the words right before a figure that make it a change: adverbs and comparatives with
# "на", and "growth of" (regular-expression words): "down 5%", "lower 3%", "ниже на 5%", "up 2%", "выше на 2%".
DIRECTION_WORDS_BEFORE_DOWN = (r"down", r"lower", r"ниже\s+на",
                               # "its second weekend was off 58%": "off" after a linking verb (not "laid off 300")
                               r"(?:was|were|is|are|been)\s+off")
# "up" of "made up 58%" is the particle of a verb of a part of a whole (PART_OF_WHOLE_VERBS), never a rise
DIRECTION_WORDS_BEFORE_UP = (r"(?<!made\s)(?<!make\s)(?<!makes\s)(?<!making\s)up", r"выше\s+на", r"больше\s+на",
                             r"growth\s+of")
# The words of the change reader's phrases (factcheck/extract/readers/form/), kept here so no pattern spells a word.
# Between a comparative and the period it is measured from: "ниже, чем в 2023 году", "lower than in 2023", "the
# level of August". A preposition alone after a comparative dates the figure, not its baseline ("0.3% lower in
# 2024" is 2024's), so it names a baseline only after "than" or a baseline noun.
ARTICLE_WORDS = ("the",)
BASELINE_NOUN_LINKS = ("of", "in", "for")
BASELINE_PERIOD_PREPOSITIONS = ("в", "во", "за", "in", "for", "of")
# A month named with these is of the year before: "августа прошлого года", "August of last year".
YEAR_BEFORE_PHRASES = ("прошлого года", "предыдущего года", "of last year", "last year", "of the previous year",
                       "the previous year")
# Words that join the clauses of a list: "снизились на 10%, автобусов - на 20% и ...".
LIST_JOINS = ("и", "and")
# After a percentage, these make it a share: "5% of", "5% от".
SHARE_OF_WORDS = ("of", "от")
# After "Это"/"That is", the words that lead the change: "Это на 5% больше", "That is up 3%".
ANAPHORA_CHANGE_LEADS = ("на", "by", "up", "down")
# Between a noun of direction and its figure: "a drop of 1,200", "рост на 5%".
DIRECTION_NOUN_LINKS = ("of", "на")
# Between two figures, words that say the second restates the first: "gained $310, or 4.1 percent", "up 67
# cents or 2.13%", "вырос на 5 млрд, или 3%": the second is the same change, in its own unit.
APPOSITION_WORDS = ("or", "или", "i.e.", "то есть")
# Right after an amount, a comparative makes it a change of that much: "640 fewer births", "12,000 more jobs",
# "на 640 человек меньше" (format 1.2: "X fewer", "X more").
AMOUNT_COMPARATIVES_DOWN = ("fewer", "less", "меньше")
AMOUNT_COMPARATIVES_UP = ("more", "больше")
# ... but with its noun set against another noun after "than" it is the difference of two measures, a level: "14,000
# more deaths than births", "2,300 fewer arrivals than departures" (a period after "than" is a baseline: "2,100
# more deaths than a year earlier"; so are these words, what was expected or usual: "12,000 more jobs than
# expected").
THAN_NOT_A_MEASURE = frozenset("expected forecast forecasts planned anticipated predicted projected estimated "
                               "budgeted usual normal before previously ever last".split())
DIFFERENCE_WORD_EN = "minus"  # its measure's name: "deaths minus births", "departures minus arrivals"
# Verbs that link a measure to its level: a multiplier after one with no "в"/"in" is a ratio as a level
# ("соотношение составило 1,2 раза", "the ratio was 1.2 times"), not a change.
LEVEL_VERBS = (
    "составил", "составила", "составило", "составили", "составляет", "составляют", "составлял", "составляла",
    "составляло", "составляли", "составит", "составят", "равен", "равна", "равно", "равны", "is", "was", "were",
    "stood at", "stands at", "amounted to", "amounts to",
)
# The subject of an English clause that only says a thing exists: "There were 7.9 births per 1,000 residents" names
# no measure before its verb of level (the count keeps its noun).
EN_EXISTENTIAL_SUBJECTS = ("there",)
# Verbs of a level reached, after a change and "и": "увеличился с начала года на 5,3 млрд и достиг 67,8 млрд" (the
# level the change left the measure at, as "и составил" says it).
REACHED_LEVEL_VERBS = ("достиг", "достигла", "достигло", "достигли")
# A verbal adverb of a level after a change and a comma shares the change's subject, as "и достигла" does:
# "выручка прибавила 38%, достигнув 11,4 млрд рублей", "снизилась на 4%, составив 7,2 млрд".
LEVEL_GERUNDS = ("достигнув", "составив")

# ---------------------------------------------------------------------------------------------------------
# The link of a restatement after a comma: "$3.95 billion, or 24.3% of revenue", "71,3 млрд рублей, или 68,5%".
# ("43,4 млрд рублей, это 44% годового плана": the same restatement in a word; "$3.1 trillion, equal to 15% of GDP",
# "equivalent to": in an adjective of sameness)
RESTATEMENT_LINKS = (r"or", r"или", r"это", r"equal\s+to", r"equivalent\s+to")

# Qualifiers: kind -> phrases (longest first wins, so "не менее" is read before "менее")

QUALIFIERS: dict[str, tuple[str, ...]] = {
    "lower": ("более чем", "больше чем", "не менее чем", "не менее", "не меньше", "не ниже", "по меньшей мере",
              "как минимум", "более", "свыше", "больше", "превысив", "превышает", "превысил", "превысила",
              "превысило", "превысили", "more than", "over", "above", "exceeded", "exceeding", "in excess of",
              "at least", "no less than", "upwards of",
              # format 1.2: verbs that bound
              "превысит", "превысят", "превышает", "превышают", "превышал", "превышала", "превышало",
              "превышали", "exceeds", "exceed", "topped", "surpassed", "passed the", "crossed the",
              "surpassed the", "topped the", "broke the", "broke through the", "tops", "topping", "crosses",
              "crossed", "crossing", "перевалил за", "перевалила за",
              "перевалило за", "перевалили за", "перевалит за", "перевалят за"),
    "upper": ("не более чем", "не более", "не больше", "не выше", "менее чем", "менее", "меньше", "ниже",
              "less than", "under", "below", "up to", "fewer than", "at most", "no more than"),
    "nearly": ("чуть менее", "чуть меньше", "почти", "nearly", "almost", "just under", "close to", "just shy of",
               "близко к", "без малого"),
    "about": ("около", "порядка", "примерно", "приблизительно", "about", "around", "approximately",
              "roughly", "some", "~", "≈"),
    "range": ("в диапазоне от", "в пределах от", "in the range of", "between", "между", "от", "from"),
}
# Bounding words that, right after a verb of change, name the level the figure crossed, not the size of the change:
# "expects the rate to drop below 6%" is a rate under 6% (a bound), "climbed above 3%" one over 3%; "fell less
# than 1%", "rose more than 3%" and "rose over 3%" still bound the change itself.
LEVEL_CROSSED_QUALIFIERS = ("below", "above", "under", "ниже", "выше")
# Verbs of change whose figure is always the size of the change, never a level reached: a bound after them bounds
# the growth ("the economy grew under 1% last year", "output contracted above 2%"), as "fell below 2%" does not.
GROWTH_SIZE_VERBS = (
    "grew", "grow", "grows", "growing", "grown", "expanded", "expand", "expands", "expanding", "contracted",
    "contract", "contracts", "contracting", "shrank", "shrunk", "shrink", "shrinks", "shrinking",
)
# Verbs whose particle "up" a following "to" joins to the level reached, not a bound: "the rate edged up to 4.4%",
# "ticked up to", "was revised up to 2.1%" (verbs of change with no direction of their own and no object, with
# their inflections; not "move", "go" or "pick", whose "up to 300 jobs" may be a bound of their object).
UP_PARTICLE_VERBS = ("edge", "edges", "edged", "edging", "tick", "ticks", "ticked", "ticking", "inch", "inches",
                     "inched", "inching", "creep", "creeps", "crept", "creeping", "nudge", "nudges", "nudged",
                     "nudging", "drift", "drifts", "drifted", "drifting", "ratchet", "ratchets", "ratcheted",
                     "ratcheting", "revise", "revises", "revised", "revising")
UP_PARTICLE_QUALIFIERS = ("up to",)
# A headline's present-tense verb in "-s" is told from a plural noun by what follows it (a headline drops its articles
# and often its verb, so only what a plural noun cannot take tells it): a particle of position before "to"
# ("Unemployment edges up to 4.4%", "Jobless rate ticks down to"), or a sum of money right after it ("Sky Parade
# crosses $1 billion"); right after a quoted title any word in "-s" is its verb ('"Reef Hunter" bites into').
HEADLINE_VERB_PARTICLES = ("up", "down")
HEADLINE_VERB_PARTICLE_OBJECTS = ("to",)
CLOSING_QUOTES = ("»", "\"", "”", "'", "’")  # single quotes too: "'Deep Jaw 2' opened", as headlines quote titles
QUALIFIER_TOLERANCE = Fraction(1, 10)
# Qualifiers written after the figure (format 1.2): "5 million or more" is at least 5 million.
QUALIFIERS_AFTER: dict[str, tuple[str, ...]] = {
    "lower": ("or more", "or higher", "or above", "or over", "and more", "and above", "и более", "и больше",
              "и выше", "или более", "или больше"),
    "upper": ("or less", "or fewer", "or lower", "or below", "и менее", "и меньше", "и ниже", "или менее"),
}
# "the 12-million mark": a figure named as a mark is that figure; "passed the 12-million mark" bounds it.
MARK_BEFORE = ("the",)
MARK_AFTER = ("mark", "level", "threshold", "рубеж", "отметку", "отметка", "планку")
# Words that may follow an amount whose unit the sentence printed once before it ("расходы – 101,5 млрд меньше",
# "4.9 billion in 2024"): comparatives and prepositions, never the noun a count counts.
ELIDED_UNIT_FOLLOWERS = ("меньше", "больше", "выше", "ниже", "против", "в", "во", "на", "за", "по", "до", "с", "к",
                         "чем", "или", "и", "а", "more", "less", "fewer", "higher", "lower", "than", "in", "for",
                         "from", "to", "against", "compared", "versus", "vs", "or", "and", "up", "down", "a", "an")
# A scale word standing alone is one of it (format 1.2): "миллиард", "около миллиарда", "a million". Only the
# singular: "миллиарды", "миллионов" alone are many of them, not a figure.
SCALE_WORDS_ALONE = (
    "тысяча", "тысячу", "миллион", "миллиона", "миллиону", "миллионом", "миллиард", "миллиарда", "миллиарду",
    "миллиардом", "триллион", "триллиона", "million", "billion", "trillion",
)
# An index of Russian statistics: "102,3% к уровню прошлого года", "55% к январю–маю 2008 г." is a ratio to the
# baseline the words after "к" name (format 1.2).
INDEX_BASELINE_LEADS = ("к", "ко")
# Range separators between two ends; after "between"/"от" the words "and"/"и"/"to"/"до" too.
RANGE_DASHES = ("-", "–", "—")
RANGE_WORDS = ("to", "до", "по")
RANGE_WORDS_AFTER_START = ("and", "и", "to", "до")
# Between two percentages that size one change, with no opener before them: "growth of 3% to 4%", "a 2% to 3%
# rise". Only after a noun of change and "of", or before a noun of change: after a verb or "by" the word ends the
# change at its new level ("cut by 0.25% to 4.5%", "rose 3% to $4 billion").
PERCENT_CHANGE_RANGE_WORDS = ("to",)
RELATIONS = (">=", "≥", "<=", "≤", ">", "<", "=>", "=<")

# ---------------------------------------------------------------------------------------------------------
# Currencies: every spelling -> ISO code; each currency is its own dimension

CURRENCY_SIGNS: dict[str, str] = {
    "$": "USD", "€": "EUR", "₸": "KZT", "₽": "RUB", "£": "GBP", "¥": "JPY", "₹": "INR", "₴": "UAH", "₪": "ILS",
    "₾": "GEL", "₺": "TRY", "₩": "KRW", "₦": "NGN", "₱": "PHP", "₫": "VND", "฿": "THB", "元": "CNY",
}
# Written before the number, attached or with a space: "US$62 billion", "US$ 489 billion", "C$5".
CURRENCY_PREFIXES: dict[str, str] = {
    "us$": "USD", "us $": "USD", "usd$": "USD", "usd $": "USD", "hk$": "HKD", "hk $": "HKD", "nz$": "NZD",
    "nzd$": "NZD", "mxn$": "MXN", "mex$": "MXN", "aud$": "AUD", "cad$": "CAD", "c$": "CAD", "a$": "AUD",
    "s$": "SGD", "rs": "INR", "rs.": "INR", "€ur": "EUR", "c $": "CAD", "rm": "MYR",
}
# Currency words read before the number ("euro 368 billion", "Евро 20") as well as after it.
CURRENCY_WORDS_BEFORE = ("euro", "euros", "евро", "dollars", "pounds", "rupees", "rmb")
ISO_CODES = frozenset("""
    AED AMD ARS AUD AZN BGN BRL BYN CAD CHF CLP CNY COP CZK DKK EGP EUR GBP GEL HKD HUF IDR ILS INR IQD IRR JPY
    KES KGS KRW KWD KZT LBP MAD MDL MNT MXN MYR NGN NOK NZD OMR PHP PKR PLN QAR RON RSD RUB SAR SEK SGD THB TJS
    TMT TRY TWD UAH USD UZS VND ZAR
    AFN ALL ANG AOA AWG BAM BBD BDT BHD BIF BMD BND BOB BSD BTN BWP BZD CDF CRC CUP CVE DJF DOP DZD ERN ETB FJD
    FKP GHS GIP GMD GNF GTQ GYD HNL HTG ISK JMD JOD KHR KMF KPW KYD LAK LKR LRD LSL LYD MGA MKD MMK MOP MRU MUR
    MVR MWK MZN NAD NIO NPR PAB PEN PGK PYG RWF SBD SCR SDG SHP SLE SLL SOS SRD SSP STN SVC SYP SZL TND TOP TTD
    TZS UGX UYU UYW VES VUV WST XAF XCD XOF XPF YER ZMW ZWL
""".split())
# ISO codes that are also English words: written in lower case before a number they are the word ("try 20
# times"), so only their upper-case spelling is a currency there. Other codes read in any case ("usd 20").
ISO_CODES_THAT_ARE_WORDS = frozenset({"try", "mad", "cop", "gel", "rub", "cad", "php", "all", "top", "cup", "pen",
                                      "bob", "mop", "sos", "nad", "lak", "fkp", "bam", "ern", "gip", "shp"})
# Words that mark money right after a number: "20,000 руб" groups thousands with its comma.
CURRENCY_AFTER_HINTS = ("руб", "р.", "₽", "$", "долл", "евро", "€", "тенге", "₸", "грн", "usd", "eur", "rub")
# Hundredths of a currency after its whole: "124 451 рубль 50 копеек", "$20 and 43c".
SUB_UNIT_WORDS = ("копейки", "копеек", "копейка", "копейкой", "копейками", "копейкам", "копейках", "коп.", "коп",
                  "центов", "цента", "цент", "центом", "центами", "центам", "центах", "cents", "cent", "c", "ц", "¢",
                  "pence", "p")

# ---------------------------------------------------------------------------------------------------------
# Units: every spelling -> a unit name `units.txt` or pint defines (or a pint expression)

UNIT_SPELLINGS: dict[str, str] = {
    # money spelled out
    "us$": "USD", "долларов сша": "USD", "доллара сша": "USD", "доллар сша": "USD", "долл": "USD",
    "долл сша": "USD", "us dollar": "USD", "us dollars": "USD", "usd$": "USD", "долларами": "USD",
    "долларах": "USD", "euro": "EUR", "евро": "EUR", "€ur": "EUR", "р": "RUB", "rub": "RUB", "рублях": "RUB",
    "рублями": "RUB",
    # news copy means money by "pounds" far more often than mass (write lb for the mass)
    "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP", "фунт": "GBP", "фунта": "GBP", "фунтов": "GBP",
    "фунтов стерлингов": "GBP", "lbs": "pound", "lb": "pound",
    "rs": "INR", "c$": "CAD", "c $": "CAD", "a$": "AUD", "a $": "AUD", "hk$": "HKD", "hk $": "HKD",
    "us $": "USD", "mxn$": "MXN", "mex$": "MXN", "aud$": "AUD", "cad$": "CAD", "nzd$": "NZD", "nz$": "NZD",
    "s$": "SGD", "usd $": "USD", "¢": "cent",
    "ringgit": "MYR", "ringgits": "MYR", "rm": "MYR", "riyal": "SAR", "riyals": "SAR", "saudi riyals": "SAR",
    "saudiriyal": "SAR", "qatari riyal": "QAR", "qatari riyals": "QAR", "kuwaiti dinar": "KWD",
    "kuwaiti dinars": "KWD", "lebanese pound": "LBP", "lebanese pounds": "LBP", "egyptian pound": "EGP",
    "egyptian pounds": "EGP", "egyptianpound": "EGP", "le": "EGP", "l.e": "EGP", "l.e.": "EGP", "geneh": "EGP",
    "yuan": "CNY", "rmb": "CNY", "chinese yuan": "CNY", "australian dollars": "AUD",
    "australian dollar": "AUD", "canadian dollars": "CAD", "canadian dollar": "CAD", "hong kong dollars": "HKD",
    "swiss francs": "CHF", "shekel": "ILS", "shekels": "ILS", "шекель": "ILS", "шекелей": "ILS", "tugrik": "MNT",
    "tugriks": "MNT", "тугриков": "MNT", "malaysia ringgit": "MYR", "malaysian ringgit": "MYR",
    "malaysia ringgits": "MYR", "malaysian ringgits": "MYR", "сум": "UZS", "сумов": "UZS", "сомов": "KGS",
    "сомони": "TJS", "лари": "GEL", "драмов": "AMD", "злотых": "PLN", "zloty": "PLN", "zlotys": "PLN",
    "крон": "CZK", "форинтов": "HUF", "forint": "HUF", "лир": "TRY", "dirham": "AED", "dirhams": "AED",
    "дирхамов": "AED", "baht": "THB", "rand": "ZAR", "pesos": "MXN", "peso": "MXN", "реалов": "BRL",
    "real": "BRL", "reais": "BRL", "dong": "VND", "naira": "NGN",
    # format 1.2: the currencies of the CIS and of the twenty largest economies by name, in both languages
    "сума": "UZS", "сумы": "UZS", "soum": "UZS", "soums": "UZS", "sum": "UZS", "sums": "UZS",
    "узбекских сумов": "UZS", "сом": "KGS", "сома": "KGS", "сомы": "KGS", "som": "KGS", "kyrgyz som": "KGS",
    "soms": "KGS", "somoni": "TJS", "dram": "AMD", "drams": "AMD", "драм": "AMD", "драма": "AMD",
    "lari": "GEL", "leu": "MDL", "lei": "MDL", "лей": "MDL", "леев": "MDL", "лея": "MDL",
    "молдавских леев": "MDL", "белорусских рублей": "BYN", "белорусского рубля": "BYN",
    "белорусский рубль": "BYN",
    "belarusian rubles": "BYN", "belarusian roubles": "BYN", "туркменских манатов": "TMT", "turkmen manat": "TMT",
    "бат": "THB", "бата": "THB", "батов": "THB", "бате": "THB", "рупия": "INR",
    "rupiah": "IDR", "rupiahs": "IDR", "индонезийских рупий": "IDR", "индонезийская рупия": "IDR", "рэнд": "ZAR",
    "рэнда": "ZAR", "рэндов": "ZAR", "рандов": "ZAR", "ранда": "ZAR", "ранд": "ZAR",
    "реал": "BRL", "реала": "BRL", "реалы": "BRL", "real brasileiro": "BRL", "brazilian reais": "BRL",
    "песо": "MXN", "мексиканских песо": "MXN", "аргентинских песо": "ARS", "argentine pesos": "ARS",
    "argentine peso": "ARS", "mexican pesos": "MXN", "риял": "SAR", "риялов": "SAR", "риала": "SAR",
    "риалов": "SAR", "реалов саудовской аравии": "SAR", "renminbi": "CNY", "юань": "CNY", "иена": "JPY",
    "иен": "JPY", "йен": "JPY", "йена": "JPY", "вона": "KRW", "вон": "KRW", "лира": "TRY", "лиры": "TRY",
    "турецких лир": "TRY", "канадских долларов": "CAD", "канадский доллар": "CAD", "австралийских долларов": "AUD",
    "австралийский доллар": "AUD", "гонконгских долларов": "HKD", "швейцарских франков": "CHF",
    "швейцарский франк": "CHF", "франков": "CHF", "franc": "CHF", "francs": "CHF", "swiss franc": "CHF",
    "тенге": "KZT", "tenge": "KZT", "manat": "AZN", "манат": "AZN", "гривна": "UAH", "гривен": "UAH",
    "euros": "EUR", "dollar": "USD", "dollars": "USD", "долларов": "USD", "доллара": "USD", "доллар": "USD",
    "yen": "JPY", "won": "KRW", "бат таиланда": "THB",
    # per cent and points
    "%": "percent", "％": "percent", "percentage": "percent", "percents": "percent", "per cent": "percent",
    "pct": "percent", "pc": "percent", "процентных пункта": "percent", "% годовых": "percent",
    "процентов годовых": "percent",
    # mass
    "млн тонн": "megatonne", "млн т": "megatonne", "тыс. тонн": "kilotonne", "тыс. т": "kilotonne",
    "metric tons": "tonne", "metric tonnes": "tonne", "tonnes": "tonne", "ц": "centner", "центнер": "centner",
    "центнера": "centner", "центнеров": "centner", "quintal": "centner", "quintals": "centner",
    "унция": "ounce", "унции": "ounce", "унций": "ounce",
    # oil: a barrel in news is the 42-gallon oil barrel
    "barrel": "oil_barrel", "barrels": "oil_barrel", "bbl": "oil_barrel",
    # area, volume, length, speed, energy
    "km²": "kilometer ** 2", "km2": "kilometer ** 2", "км²": "kilometer ** 2", "км2": "kilometer ** 2",
    "m2": "meter ** 2", "м2": "meter ** 2", "m3": "meter ** 3", "м3": "meter ** 3",
    "кв. км": "kilometer ** 2", "кв км": "kilometer ** 2",
    "square kilometers": "kilometer ** 2", "square kilometres": "kilometer ** 2", "sq km": "kilometer ** 2",
    "m²": "meter ** 2", "м²": "meter ** 2", "кв. м": "meter ** 2", "кв м": "meter ** 2", "кв.м": "meter ** 2",
    "square meters": "meter ** 2", "square metres": "meter ** 2", "sq m": "meter ** 2",
    "square miles": "square_mile", "га": "hectare", "гектаров": "hectare", "гектара": "hectare",
    "гектар": "hectare",
    "m³": "meter ** 3", "м³": "meter ** 3", "куб. м": "meter ** 3", "cubic meters": "meter ** 3",
    "cubic metres": "meter ** 3", "km/h": "kilometer / hour", "км/ч": "kilometer / hour",
    "kilometers per hour": "kilometer / hour", "miles per hour": "mile / hour", "миль": "mile", "мили": "mile",
    "милях": "mile", "литров": "liter", "литра": "liter", "литр": "liter", "кВт": "kW",
    "МВт": "MW", "ГВт": "GW", "кВт·ч": "kWh", "МВт·ч": "MWh", "ГВт·ч": "GWh", "млрд кВт·ч": "TWh",
    "метров": "meter", "метра": "meter", "метр": "meter", "см": "centimeter", "мм": "millimeter",
    # format 1.2: units spelled out, hyphenated or with a dot, as news prints them
    "kilowatt-hours": "kWh", "kilowatt-hour": "kWh", "kilowatt hours": "kWh", "kilowatt hour": "kWh",
    "megawatt-hours": "MWh", "megawatt-hour": "MWh", "megawatt hours": "MWh", "megawatt hour": "MWh",
    "gigawatt-hours": "GWh", "gigawatt-hour": "GWh", "gigawatt hours": "GWh", "gigawatt hour": "GWh",
    "terawatt-hours": "TWh", "terawatt-hour": "TWh", "terawatt hours": "TWh", "terawatt hour": "TWh",
    "квт-ч": "kWh", "квт.ч": "kWh", "квт*ч": "kWh", "квт ч": "kWh", "квтч": "kWh", "квт⋅ч": "kWh",
    "мвт-ч": "MWh", "мвт.ч": "MWh", "мвт*ч": "MWh", "мвт ч": "MWh", "мвтч": "MWh", "мвт⋅ч": "MWh",
    "гвт-ч": "GWh", "гвт.ч": "GWh", "гвт*ч": "GWh", "гвт ч": "GWh", "гвтч": "GWh", "гвт⋅ч": "GWh",
    "твт-ч": "TWh", "твт.ч": "TWh", "твт*ч": "TWh", "твт ч": "TWh", "твтч": "TWh", "твт⋅ч": "TWh", "твт·ч": "TWh",
    # energy, never power: the other dots news joins the hour with, and the hour spelled out ("кВт-час")
    "квт∙ч": "kWh", "квт•ч": "kWh", "мвт∙ч": "MWh", "мвт•ч": "MWh", "гвт∙ч": "GWh", "гвт•ч": "GWh", "твт∙ч": "TWh",
    "квт-час": "kWh", "квт-часа": "kWh", "квт-часов": "kWh", "мвт-час": "MWh", "мвт-часа": "MWh",
    "мвт-часов": "MWh", "гвт-час": "GWh", "гвт-часа": "GWh", "гвт-часов": "GWh",
    "kw-h": "kWh", "kw·h": "kWh", "kw⋅h": "kWh", "kw.h": "kWh", "mw-h": "MWh", "mw·h": "MWh", "mw⋅h": "MWh",
    "mw.h": "MWh", "gw-h": "GWh", "gw·h": "GWh", "gw⋅h": "GWh", "gw.h": "GWh", "tw-h": "TWh", "tw·h": "TWh",
    "млрд квт-ч": "TWh", "млрд квт.ч": "TWh", "млн квт-ч": "GWh", "млн квт.ч": "GWh", "млн квт·ч": "GWh",
    "киловатт-час": "kWh", "киловатт-часа": "kWh", "киловатт-часов": "kWh", "мегаватт-час": "MWh",
    "мегаватт-часа": "MWh", "мегаватт-часов": "MWh", "гигаватт-час": "GWh", "гигаватт-часа": "GWh",
    "гигаватт-часов": "GWh", "тераватт-час": "TWh", "тераватт-часа": "TWh", "тераватт-часов": "TWh",
    "киловатт": "kW", "киловатта": "kW", "мегаватт": "MW", "мегаватта": "MW", "гигаватт": "GW", "гигаватта": "GW",
    "квадратных метров": "meter ** 2", "квадратного метра": "meter ** 2", "квадратных метра": "meter ** 2",
    "квадратный метр": "meter ** 2", "квадратных километров": "kilometer ** 2",
    "квадратного километра": "kilometer ** 2", "квадратных километра": "kilometer ** 2",
    "квадратный километр": "kilometer ** 2", "кв. метров": "meter ** 2", "кв. километров": "kilometer ** 2",
    "кубометров": "meter ** 3", "кубометра": "meter ** 3", "кубометр": "meter ** 3", "куб. метров": "meter ** 3",
    "кубических метров": "meter ** 3", "кубического метра": "meter ** 3", "кубических метра": "meter ** 3",
    "кубический метр": "meter ** 3", "куб м": "meter ** 3", "куб.м": "meter ** 3", "cubic metre": "meter ** 3",
    "cubic meter": "meter ** 3", "square metre": "meter ** 2", "square meter": "meter ** 2",
    "square kilometre": "kilometer ** 2", "square kilometer": "kilometer ** 2", "sq. m": "meter ** 2",
    "sq. km": "kilometer ** 2", "sq ft": "foot ** 2", "square feet": "foot ** 2", "square foot": "foot ** 2",
    "cubic feet": "foot ** 3", "тонны": "tonne", "километров": "kilometer", "километра": "kilometer",
    "килограммов": "kilogram", "граммов": "gram", "миллиметров": "millimeter",
    "сантиметров": "centimeter", "баррелей": "oil_barrel", "галлонов": "gallon",
    # a duration measured ("срок поиска работы составил 5,6 месяца", "the average job search lasted 5.6 months",
    # "пособие выплачивали 14 дней"); a whole count of months in one or two digits ("7 месяцев") is a span that dates,
    # no figure (not_figures)
    "месяца": "month", "месяцев": "month", "months": "month", "недели": "week", "недель": "week", "дня": "day",
    "дней": "day",
    # a ratio as a level (format 1.2): a metric whose unit is `x`, figures "1,2 раза", "1.2 times", "x1.2"
    "x": "dimensionless", "×": "dimensionless", "times": "dimensionless",
    "раза": "dimensionless", "раз": "dimensionless", "ratio": "dimensionless",
    # yields
    "ц/га": "centner / hectare", "ц с га": "centner / hectare", "ц с гектара": "centner / hectare",
    "t/ha": "tonne / hectare", "т/га": "tonne / hectare",
}

# News counting units, built in: each its own dimension (they never convert into each other or into money).
# Name -> its spellings (the name is one of them).
COUNTING_UNITS: dict[str, tuple[str, ...]] = {
    "TEU": ("TEU", "TEUs", "ДФЭ"),
    "wagon": ("wagon", "wagons", "вагон", "вагона", "вагонов", "вагонами", "вагонах"),
    "container": ("container", "containers", "контейнер", "контейнера", "контейнеров"),
    "vehicle": ("vehicle", "vehicles", "car", "cars", "unit", "units", "автомобиль", "автомобиля",
                "автомобилей", "машин", "единиц", "единицы", "шт.", "шт", "штук", "штуки"),
    "person": ("person", "persons", "people", "человек", "человека", "residents", "tourists", "туристов",
               "туриста", "passengers", "пассажиров", "пассажира", "visitors", "migrants", "жителей",
               # format 1.2: people by who they are
               "жителя", "жители", "детей", "ребенка", "ребёнка", "дети", "младенцев", "младенца", "новорожденных",
               "новорождённых", "children", "child", "babies", "infants", "students", "student", "студентов",
               "студента", "студенты", "учащихся", "школьников", "workers", "worker", "employees", "employee",
               "работников", "работника", "сотрудников", "сотрудника", "voters", "voter", "избирателей",
               "избирателя", "граждан", "гражданина", "пенсионеров", "безработных", "мигрантов", "посетителей",
               "зрителей", "viewers", "inhabitants", "citizens", "individuals", "pensioners", "patients",
               "пациентов"),
    "job": ("job", "jobs", "рабочих мест", "рабочее место", "рабочих места"),
}
# English counting units in the singular: before another noun they are its attributive, not the unit ("812,000 job
# vacancies" counts vacancies, "1.2 million car sales" sales).
EN_SINGULAR_COUNT_NOUNS = ("job", "car", "vehicle", "unit", "wagon", "container", "person", "child", "student",
                           "worker", "employee", "voter")
# Generic counts (format 1.2): vehicles, as in 1.1, except on a metric of another counting unit, which they count.
GENERIC_COUNT_WORDS = ("unit", "units", "единиц", "единицы", "единица", "шт.", "шт", "штук", "штуки")
# What a metric's unit may say for a plain count: a bare number reads as it.
COUNT_NAMES = ("1", "count", "number", "штук всего")

# ---------------------------------------------------------------------------------------------------------
# Rates: the time a rate is per -> its spellings, and its length in seconds (pint's: a year is 365.25 days)

RATE_TIMES: dict[str, tuple[str, ...]] = {
    "day": ("в сутки", "в день", "за сутки", "a day", "per day", "/day", "/d", "daily", "/сутки", "/день"),
    "week": ("в неделю", "a week", "per week", "/week", "weekly"),
    "month": ("в месяц", "a month", "per month", "/month", "monthly", "/мес"),
    "year": ("в год", "за год", "a year", "per year", "/year", "/yr", "annually", "per annum", "a yr", "/год"),
}
# Words after "a year", "a month" that make it a time back, not a rate's time: "from 10.89 cents a year earlier".
RATE_TIME_NOT_BEFORE = ("earlier", "ago", "before", "later", "back", "previously")
SECONDS_PER: dict[str, Fraction] = {
    "day": Fraction(86400), "week": Fraction(604800), "month": Fraction(31557600, 12), "year": Fraction(31557600),
}
# Rate spellings that name their quantity too: "bpd" is barrels per day.
RATE_ABBREVIATIONS: dict[str, tuple[str, str]] = {
    "bpd": ("oil_barrel", "day"), "b/d": ("oil_barrel", "day"), "bbl/d": ("oil_barrel", "day"),
    "bopd": ("oil_barrel", "day"), "барр./сут.": ("oil_barrel", "day"), "б/с": ("oil_barrel", "day"),
}

# ---------------------------------------------------------------------------------------------------------
# Running text: words around a figure

# Months in calendar order: the Russian stem and its case endings, the English name and its short forms.
# "20 октября", "5 May" are dates, not figures; "в феврале", "in March" are periods.
_SOFT = ("ь", "я", "е", "ю", "ём", "ем")
_HARD = ("", "а", "е", "у", "ом")
MONTHS: tuple[tuple[str, tuple[str, ...], str, tuple[str, ...]], ...] = (
    ("январ", _SOFT, "january", ("jan",)),
    ("феврал", _SOFT, "february", ("feb",)),
    ("март", _HARD, "march", ("mar",)),
    ("апрел", _SOFT, "april", ("apr",)),
    ("ма", ("й", "я", "е", "ю", "ем"), "may", ()),
    ("июн", _SOFT, "june", ("jun",)),
    ("июл", _SOFT, "july", ("jul",)),
    ("август", _HARD, "august", ("aug",)),
    ("сентябр", _SOFT, "september", ("sept", "sep")),
    ("октябр", _SOFT, "october", ("oct",)),
    ("ноябр", _SOFT, "november", ("nov",)),
    ("декабр", _SOFT, "december", ("dec",)),
)
# The words after an English month that make it no month of results before its noun but a run or a date
# ("April and May", "April to June", "April of 2019"): "April receipts fell 2%" is April's (nor is "May" before a
# verb of speech, SPEECH_VERBS: "May said", a name).
MONTH_BEFORE_NOUN_NOT = (r"and", r"or", r"to", r"through", r"till", r"until", r"of")
# The words that open a clause before such a month ("..., while May outlays rose 4%"); elsewhere a month after a
# word is that word's ("its forecast in February estimated growth at 2.4%": when the forecast came out).
MONTH_BEFORE_NOUN_CLAUSE_LEADS = (r"while", r"whereas", r"and", r"but")
# ... and the words of comparison after which a month in the possessive is one before its figure ("above November's
# 212,000", "than September's 4.2%").
POSSESSIVE_MONTH_LEADS = (r"above", r"below", r"than", r"from", r"of", r"to", r"with", r"on", r"over", r"versus",
                          r"against", r"after", r"since", r"like")
# Every written form of a month, as regular expressions: Russian in each case, English in full and short
# (the short forms may take a full stop).
RU_MONTH_FORMS = tuple(stem + "(?:" + "|".join(endings) + ")" for stem, endings, _, _ in MONTHS)
EN_MONTH_FORMS = tuple(
    form for _, _, name, short in MONTHS for form in (name, *(rf"{abbreviation}\.?" for abbreviation in short))
)
MONTH_FORMS = RU_MONTH_FORMS + EN_MONTH_FORMS
# A table's header names its columns' months short, with the year's last two digits: "янв.20", "дек.19",
# "May-19", "Jan'20". The Russian short forms, in calendar order (the English ones are MONTHS' own).
RU_MONTH_ABBREVIATIONS = ("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")
TABLE_MONTH_YEAR_SEPARATORS = (".", "-", "'", "’", "/", " ")
# The genitive, the case after "с" meaning "since" ("с сентября 2022 года"; "с сентябрём" is "compared with").
RU_MONTH_GENITIVES = tuple(stem + endings[1] for stem, endings, _, _ in MONTHS)


def spellings_of_counting_units() -> dict[str, str]:
    """Each spelling of a built-in counting unit, casefolded -> the unit's name."""
    return {spelling.casefold(): name for name, spellings in COUNTING_UNITS.items() for spelling in spellings}


def spellings_of_rate_times() -> dict[str, str]:
    """Each spelling of a rate's time ("в сутки", "per day"), casefolded -> the time unit's name."""
    return {spelling.casefold(): name for name, spellings in RATE_TIMES.items() for spelling in spellings}


# ---------------------------------------------------------------------------------------------------------
# Metric words: the thesaurus `extract` groups figures by. The lemmas of one entry name one measure
# ("товарооборот" and "торговля", "cargo" and "перевозки"); a word not listed is a measure of its own.
# FLOW_CONCEPTS add up over sub-periods; WEAK_SUBJECT_WORDS say nothing by themselves ("объём торговли" is about
# trade); NEVER_SUBJECT_WORDS (time, units, scale, sources, the figure itself) are never a figure's subject.

METRIC_CONCEPTS: dict[str, tuple[str, ...]] = {
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
    "surplus": ("профицит", "surplus"),
    "spending": ("расход", "expenditure"),
    "income": ("доход", "income"),
    "investment": ("инвестиция", "investment", "вложение"),
    "tourists": ("турист", "tourist", "турпоток", "arrival", "visitor"),
    "receipts": ("поступление", "receipt"),
    "rate": ("ставка", "rate"),
    # "the jobless rate" is the unemployment rate, "jobless claims" the claims of the unemployed
    "unemployment": ("безработица", "unemployment", "jobless", "joblessness"),
}
# A rate named by the measure it is of is that measure in percent: "the unemployment rate" and "unemployment" (a
# headline's "UK unemployment rises to 4.4%"), "the inflation rate" and "inflation".
RATE_OF_MEASURE_HEAD = "rate"
# A head named with its complements that is another concept's head: a company's "net income" is its net profit
# ("Net income was $3.3 billion", "Net profit for the nine months was $8.1 billion": one measure), while "income"
# alone may be a household's; "operating profit" and "profit before tax" stay apart from it.
HEADS_NAMED_WITH: dict[tuple[str, tuple[str, ...]], str] = {("income", ("net",)): "profit"}
# Prefixes that make a hyphenated English verb ("re-elected", "co-founded", "over-reported"); any other hyphenated
# word in "-ed" or "-ing" is a compound modifier ("gas-fired plants", "state-owned banks", "record-breaking sales").
EN_VERB_PREFIXES = ("re", "co", "pre", "de", "un", "mis", "out", "over", "under")
# (a budget's spending, and its deficit or surplus over a period, add up as its revenue does; so do a company's
# earnings before interest, taxes and depreciation, "OIBDA выросла на 9%", and its costs, "капитальные затраты";
# money paid out or borrowed over a period is spent as spending is: "Outlays were $498 billion", "Interest payments
# on the public debt reached $89 billion", "Government borrowing totaled $41 billion", "процентные выплаты"; a tax
# received over a period too: "Налог на прибыль организаций принёс 19,7 млрд рублей", "НДФЛ", "акцизы")
FLOW_CONCEPTS = frozenset({"trade", "cargo", "exports", "imports", "revenue", "profit", "output", "harvest", "sales",
                   "registrations", "income", "investment", "tourists", "receipts", "spending", "deficit",
                   "surplus", "oibda", "ebitda", "ebit", "затрата", "outlay", "payment", "expense", "borrowing",
                   "выплата", "налог", "ндфл", "акциз"})
# Russian abbreviations of taxes the dictionary does not know as abbreviations: common nouns that name a measure, as
# "ВВП" and "НДС" do, never a name ("НДФЛ вырос на 7%", "НДФЛ принёс округу 5,9 млрд рублей").
TAX_ABBREVIATIONS = frozenset({"ндфл", "енвд", "ндпи", "усн", "есхн"})
# Measures of money: a metric of one the text gives only changes of ("Реальные зарплаты выросли на 14,9%", "увеличила
# выручку на 7%") is in the text's currency, the one its amounts are in (the concepts above and their heads).
MONEY_CONCEPTS = frozenset({"revenue", "profit", "income", "investment", "receipts", "spending", "deficit", "surplus",
                            "debt", "oibda", "ebitda", "ebit", "затрата", "outlay", "payment", "expense",
                            "borrowing", "выплата", "ндфл", "плата", "зарплата", "пенсия", "wage", "salary", "pension"})
# Heads that name how much of a measure, not the measure: "объём торговли" is trade ("ввод жилья" is the housing
# built, as "введено 640 тыс. кв. м жилья" says).
WEAK_SUBJECT_WORDS = frozenset("""
    объем объём размер показатель сумма уровень значение величина число количество рост снижение увеличение ввод
    сокращение прирост падение спад уменьшение повышение понижение замедление ускорение volume amount figure level
    total value number growth increase decrease rise fall drop decline
""".split())
# ... of which those that alone still name a measure, a deverbal noun of what was done: "Во II квартале ввод
# составил 710 тыс. кв. метров" sizes the housing put into use ("объём", "прирост" alone name none).
WEAK_ALONE_MEASURES = frozenset(("ввод",))
# Russian nouns of change among those: one opening a phrase names the change of the measure it governs in the
# genitive ("Рост собственных доходов составил 7,1%" sizes a change of "собственные доходы"); so do the nouns of a
# rate's pace ("ожидают замедления инфляции до 5,5%": the inflation it comes to).
RU_RATE_PACE_NOUNS = ("замедление", "ускорение")
RU_MEASURE_CHANGE_NOUNS = frozenset(word for word in WEAK_SUBJECT_WORDS if not word.isascii() and (
    word in CHANGE_NOUNS_DOWN + CHANGE_NOUNS_UP + RU_RATE_PACE_NOUNS))
# Verbs of exceeding: the noun phrase after one is what is exceeded, a baseline, never the figure's measure
# ("Заболеваемость превысила эпидемический порог на 18%" measures the sickness rate; "exceeded the threshold by 18%").
EXCEEDING_VERBS = (r"превысил\w*", r"превыша\w*", r"превзош\w*", r"exceed(?:ed|s)?", r"surpass(?:ed|es)?")
# ... and the verbs of outnumbering, which say the same of two counts: an amount after one and "by"/"на" ("Deaths
# exceeded births by 41,700", "outnumbered", "outstripped") is the margin of the subject over the object, a measure of
# its own, never either count.
OUTNUMBERING_VERBS = (r"outnumber(?:ed|s)?", r"outstrip(?:ped|s)?", r"outpac(?:ed|es)", r"outweigh(?:ed|s)?")
MARGIN_PREPOSITIONS = ("by", "на")
# The word a margin's name sets between its two measures: "Deaths over births", "Смертность над рождаемостью".
MARGIN_NAME_JOINS = {"en": "over", "ru": "над"}
# ("годовые назначения по доходам": the appropriations a budget law sets, its plan)
TARGET_WORDS = frozenset("цель планка план задача назначение target goal aim".split())
# Nouns of a forecast that govern the measure forecast with "for"/"по" ("its full-year forecast for revenue",
# "прогноз по выручке"); never a subject themselves (NEVER_SUBJECT_WORDS).
FORECAST_NOUNS = frozenset("прогноз forecast guidance outlook".split())
# The prepositions after a target word that name the measure it is set for: "план по расходам", "the target for
# exports".
TARGET_MEASURE_PREPOSITIONS = (r"по", r"for")
# words that are never the subject of a figure: time, units, scale, sources and the figure itself
NEVER_SUBJECT_WORDS = frozenset("""
    год месяц квартал полугодие период неделя день раз процент пункт тысяча миллион миллиард триллион тонна
    доллар рубль тенге евро баррель данные источник слово оценка итог сравнение фоне время ряд часть образ
    year month quarter half period week day time times percent cent point thousand million billion trillion
    ton tonne dollar euro pound barrel data source word estimate term comparison share part
    figure statistic bpd barrel unit mln bn
    consensus forecast expectation прогноз консенсус консенсус-прогноз ожидание
    минимум максимум рекорд антирекорд record peak versus champion winner chart-topper runner-up
""".split())  # "Безработица обновила исторический минимум, опустившись до 3%": a level of the measure, not one

# ---------------------------------------------------------------------------------------------------------
# Attribution: who says a figure and whom they cite (regular-expression stems, matched without case)

# Verbs of reported speech: "сообщил министр транспорта", "Eurostat said", "«…», — отметил политолог".
# A past tense agrees with its subject in gender: "сообщило агентство", "отметило министерство" (a neuter body).
# "напомнил" (reminded) reports what was said before: "В прошлом году тарифы выросли на 3,6%, напомнил министр".
SPEECH_VERBS = (
    "рассказал[аио]?", "отметил[аио]?", "считает", "считают", "добавил[аио]?", "пояснил[аио]?", "подчеркнул[аио]?",
    "сказал[аио]?", "заявил[аио]?", "сообщил[аио]?", "сообщает", "сообщают", "уточнил[аио]?", "говорит", "полагает",
    "констатировал[аио]?", "напомнил[аио]?", "said", "says", "added", "noted", "told", "explained", "stressed",
    "reported",
    "announced", "estimated", "confirmed", "wrote",
)
# ... and verbs of expecting, only as an attribution after a comma that closes the figure's clause: "Дефицит
# составит 2,4 млрд рублей, прогнозирует министерство финансов", ", ожидает министр Петр Орлов" ("Аналитики
# прогнозируют чистую прибыль в 37 млрд" names the forecasters before the verb, not its object after it).
EXPECTING_SPEECH_VERBS = ("ожидает", "ожидают", "прогнозирует", "прогнозируют")
# A newsroom relaying another publication, in the present tense: "пишет «Коммерсантъ»", "пишет РБК",
# "reports Reuters". The outlet tells it in its own voice and cites the publication.
RELAY_VERBS = ("сообщает", "сообщают", "передает", "передаёт", "передают", "пишет", "пишут", "reports", "writes")
# Verbs in the plural with no subject, said "in" an organisation: "в Минпромторге сообщили", "В ЦБ пояснили",
# "— добавили в Банке России". The organisation speaks.
# The nouns and verbs of a release, before the day it came out: "according to studio estimates on Sunday", "data
# released on Friday", "figures published Tuesday" (the day the numbers were given, not the period they are of).
RELEASE_WORDS = ("estimates", "data", "figures", "statistics", "report", "statement", "released", "published",
                 "issued", "данным", "оценкам", "статистике")  # "a report released Tuesday": when it came out
IMPERSONAL_SPEECH_VERBS = (
    "сообщили", "отметили", "пояснили", "заявили", "добавили", "рассказали", "уточнили", "подчеркнули",
    "сослались", "напомнили", "констатировали", "считают", "полагают", "прогнозируют", "ожидают",
    # the present tense of the same verbs: "в Росстате отмечают", "поясняют в министерстве"
    "отмечают", "поясняют", "подчеркивают", "подчёркивают", "уточняют", "добавляют", "рассказывают",
)
# Verbs of expecting whose subject, a name, is the one a forecast is of: "Минэкономразвития ожидает, что ...
# безработица составит 3,2%", "ЦБ прогнозирует инфляцию ... на уровне 4%", "The ministry expects exports to reach".
FORECASTING_VERBS = ("ожидает", "ожидают", "прогнозирует", "прогнозируют", "предсказывает", "предсказывают",
                     "expects", "expect", "predicts", "predict")  # "Carmakers expect", "The studio expects"
# (not "projects", "forecasts": "Infrastructure projects cost" is no speech)
# ... and the verbs spelled as plural nouns, a verb only before their object's article or "that": "The Congressional
# Budget Office forecasts a deficit of", "The IMF projected that" ("Infrastructure projects cost" stays no speech).
FORECASTING_VERBS_BEFORE_OBJECT = ("forecasts", "forecast", "projects", "projected")
FORECAST_OBJECT_LEADS = ("a", "an", "that")
# English verbs of expecting whose subject is the forecaster, never the measure forecast; a verb only before "that"
# or before an object and its "to" or "will" ("The statistics office forecasts that exports will reach", "Analysts
# expect the sequel to gross", "Theater owners forecast attendance to stay above"; "The forecast attendance was" no).
EN_FORECASTING_VERBS = ("expects", "expect", "predicts", "predict", "forecasts", "forecast", "projects", "project")
EN_FORECAST_CLAUSE_LEADS = ("that",)
EN_FORECAST_OBJECT_VERB_LEADS = ("to", "will")
# The prepositions of a phrase of time or place that may open a sentence before the subject of a verb of expecting:
# "В четвертом квартале компания ожидает роста выручки на 25%", "In 2027, the company expects revenue of".
FORECAST_OPENING_LEADS = ("в", "во", "на", "по итогам", "in", "for")
# The lead words of a cited source: "по данным Росстата", "according to Eurostat".
# The one citing lead that governs the dative ("согласно Росстату"); after the others a Russian source stands in the
# genitive ("по данным Росстата"), and is named in the nominative.
RU_DATIVE_CITING_LEADS = ("согласно",)
CITING_LEADS = (r"по\s+данным", r"согласно\s+данным", "согласно", r"according\s+to", r"as\s+reported\s+by",
                r"data\s+from", "citing",
                # "по информации ведомства", "по сведениям Минфина", "как следует из статистики Банка России"
                # ("по информации на 1 мая" dates the figures, it cites no one)
                r"по\s+информации(?!\s+на\b)", r"по\s+сведениям(?!\s+на\b)",
                r"как\s+следует\s+из\s+(?:данных|статистики)",
                # an estimate's maker: "по оценке аналитического центра «Совэкон»", "по предварительным оценкам
                # Минсельхоза" ("по оценке на 1 мая" dates it); a document's source with no "как": "следует из
                # данных Банка России", "следует из отчета Минфина"; data that show it: "свидетельствуют данные
                # Росстата", "показали данные ЦБ"
                r"по\s+(?:[а-яё]+(?:ой|ым)\s+)?оценк(?:е|ам)(?!\s+на\b)",
                r"(?<!как\s)следует\s+из\s+(?:данных|статистики|отч[её]та|доклада|материалов)",
                r"(?:свидетельству[ею]т|показыва[ею]т|показали)\s+(?:данные|статистика)")
# A body's figures that show a figure, the body before them: "Statistics Office figures released on Monday show",
# "ONS data showed", "statistics office data showed" (the body is cited; the outlet says the figure).
SHOWING_NOUNS = (r"figures", r"data", r"statistics", r"numbers")
SHOWING_VERBS = (r"show", r"shows", r"showed", r"shown", r"indicate", r"indicates", r"indicated")
# A relative pronoun where a cited source would stand ("данные АО «Автостат», согласно которым ...", "figures
# from the ministry, according to which ..."): the source is the one the clause before names.
RELATIVE_PRONOUN_STEMS = ("котор", "which", "whom")
# A noun that names data and the one who publishes it after it: "данные АО «Автостат»", "figures from the ministry".
DATA_NOUNS = (r"данны[еймх]+", r"статистик[аиуеой]+", r"отч[её]т[аеуом]*", r"data\s+(?:from|of|by)",
              r"figures\s+(?:from|of|by)", r"statistics\s+(?:from|of|by)")
# An organisation named by what it is rather than its name: the last organisation of that kind named earlier.
ORGANISATION_NOUNS = ("ведомство", "министерство", "регулятор", "мегарегулятор", "правительство", "компания",
                      "ministry", "regulator", "government", "company", "agency", "department")
# A woman's surname in an oblique case and its nominative ending, longest first: "Калиной", "Ивановой" -> "Калина",
# "Иванова" (the "-ова", "-ева", "-ина" type); any other in "-ой" is of the adjective type: "Жуковской", "Белой",
# "Крутой" -> "Жуковская", "Белая", "Крутая".
RU_FEMININE_SURNAME_NOMINATIVE = (("овой", "ова"), ("евой", "ева"), ("ёвой", "ёва"), ("иной", "ина"), ("ыной", "ына"),
                                  ("ой", "ая"))
PERSON_ROLES = (
    "политолог", "эксперт", "аналитик", "экономист", "министр", "директор", "председател", "глав[аы]", "спикер",
    "замминистр", "заместител", "вице-", "губернатор", "аким", "президент", "премьер", "депутат", "руководител",
    "представител",
    "analyst", "economist", "expert", "minister", "director", "chairman", "chair", r"spokes\w+", "ceo", "chief",
    "president", "governor", "secretary", "head", "professor", "strategist", "official", "manager", "founder",
)
# The last word of a capitalised title of two or three words, no role alone in lower case: "Chief Executive Maria
# Olsen", "Chief Financial Officer Tomas Reyes" (the title ends there; the person's name follows).
CAPITALISED_TITLE_HEADS = ("executive", "officer")
EXPERT_ROLES = ("политолог", "эксперт", "аналитик", "экономист", "профессор", "analyst", "economist", "expert",
                "professor", "strategist", "демограф", "социолог", "исследовател", "demographer", "sociologist",
                "statistician", "researcher", "scientist")
# Words of official bodies, by what they are; no body by its name. A name formed with "-stat" is a statistics
# office ("Eurostat", "Росстат", "Казстат"), as "-статистика" and "statistics" are; a name in quotation marks
# is a company's trade name ("АО «Автостат»").
OFFICIAL_WORDS = (
    "комитет", "министерств", r"(?-i:\bМин(?!ск)[а-яё]{3,})", "агентств", "бюро", "служб", "ведомств",
    "правительств", "нацбанк", "центробанк", r"\bцб\b", r"\bцбр\b", r"банк\w*\s+росси", r"национальн\w+\s+банк",
    "регулятор", "статистик", "департамент", r"(?<!\w)минфин", "мэри", r"центральн\w+\s+банк",
    r"(?<![«\"\w])\w{2,8}стат(?:а|у|ом|е)?\b", "министр", "акимат", "администрац", "президент", "премьер",
    "депутат",
    "губернатор", "ministry", "committee", "agency", "bureau", "office(?!rs?\\b)", "statistic", "government",
    r"central\s+bank", "minister", "administration", "commission",
    r"(?<![«\"\w])\w{2,8}stat\b", "federal", "council", "authority",
    "department", "parliament", "treasury", "regulator",
)
# A common noun of business as the last word of a capitalised name makes it a company's, never a person's:
# "Harbor Logistics said", "Bluewater Capital expects" (no surname of the kind: "Power", "Steel", "Banks" left out).
COMPANY_NAME_LAST_WORDS = (
    "Logistics", "Holdings", "Partners", "Capital", "Research", "Ventures", "Investments", "Securities",
    "Technologies", "Industries", "Resources", "Systems", "Solutions", "Analytics", "Associates", "Advisors",
    "Advisers", "Pharmaceuticals", "Therapeutics", "Motors", "Airlines", "Airways", "Foods", "Brands", "Properties",
    "Realty", "Entertainment", "Pictures", "Networks", "Labs", "Insurance", "Financial", "Energy", "Shipping",
    "Enterprises", "Consulting", "Bancorp", "Communications", "Petroleum", "Minerals", "Chemicals", "Freight",
)
COMPANY_WORDS = (
    rf"(?-i:\b{any_of(COMPANY_NAME_LAST_WORDS)})$",
    "компани", "корпораци", r"\bао\b", r"\bтоо\b", r"\bоао\b", r"\bпао\b", r"\bооо\b", r"\bllc\b", r"\binc\b",
    r"\bcorp", r"\bltd\b", r"\bplc\b", "group", r"\bceo\b", r"chief\s+executive", "association",
    "ассоциаци",
    "studio", "distributor",  # a film's studio and distributor: "the studio said"
    r"\bcompany\b", r"\bfirm\b",  # "the company reported": the company last named, never another body between
)
# A company's legal form written with its full stop after the name: "Harbor Logistics Inc. said", "Granite Peak
# Corp. reported". The stop ends the name (and no sentence before a lower-case word).
COMPANY_LEGAL_FORMS = ("Inc", "Corp", "Ltd", "Co", "Cos", "Plc", "Bhd", "Pty")
DOCUMENT_WORDS = ("отч[её]т", "доклад", "исследовани", "опрос", "обзор", "report", "survey", "study", "data", "poll",
                  "figures")

# --- extract: subjects and speakers ---
# Words of time and counting that name no measure, whatever part of speech a word of them is read as: a number
# in words ("turnout in three districts"), a weekday ("Thursday's session"), a month ("March sales" is a period
# of the sales). Lemmas ("среда" is left out: it is also the environment).
TIME_NAME_WORDS = frozenset("""
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december понедельник вторник четверг пятница суббота воскресенье январь
    февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
""".split()) | frozenset(word for word in NUMBER_WORDS if len(word) > 2)
# Nouns that name an organisation by what it is, before a verb of speech: "the port authority said", "the
# statistics office reported", "the exchange said". The organisation speaks, not the outlet.
SPEAKING_BODY_NOUNS = (
    "authority", "authorities", "office", "bureau", "commission", "council", "association", "institute", "board",
    "service", "administration", "exchange", "union", "federation", "bank", "agency", "ministry", "department",
    "regulator", "government", "company", "group", "firm", "operator", "statistics",
    # a film's studio and distributor give a weekend's box office; a research center its survey
    "studio", "studios", "distributor", "center", "centre",
)
# Prepositions that never open a speaker's role or a cited source's name: "сообщает в четверг Trend" is Trend,
# said on Thursday; "according to on Monday" is no name.
SOURCE_NEVER_FIRST_WORDS = ("в", "во", "на", "по", "с", "со", "к", "о", "об", "in", "on", "at", "by", "for", "from",
                            "with", "during", "over", "this", "last", "earlier", "later")
# Articles before a speaker's noun phrase: "the ministry said", "an analyst said".
EN_ARTICLES = ("the", "a", "an")
EN_DEFINITE_ARTICLES = ("the",)  # "the rate" after "the unemployment rate": the one named
DEFINITE_ARTICLES = ("the",)  # "figures from the SMMT", "the ministry": a name after it is one body
# A Russian body's name is a capitalised adjective, then lower-case adjectives up to its head noun, then the
# head's genitive complement (adjectives and one noun): "Национальный статистический комитет", "Федеральная служба
# государственной статистики", "Центральный банк". The endings of an adjective in any case and gender, and the
# stems of a body's head noun.
RU_NAME_ADJECTIVE_ENDINGS = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему",
                             "ым", "им", "ом", "ем", "ую", "юю", "ых", "их", "ыми", "ими", "ей")
RU_GENITIVE_ADJECTIVE_ENDINGS = ("ого", "его", "ой", "ей", "ых", "их")
RU_BODY_HEAD_STEMS = ("служб", "банк", "комитет", "министерств", "агентств", "фонд", "управлени", "департамент",
                      "инспекци", "палат", "совет", "казначейств", "ведомств", "комисси", "бюро", "центр",
                      "правительств", "администраци", "институт", "союз", "ассоциаци", "академи", "дум", "собрани")
# Short words inside a person's name: "Ursula von der Leyen", "Ludwig van Beethoven", "Mohammed bin Salman".
NAME_PARTICLES = ("de", "der", "van", "von", "bin", "al", "da", "di", "le", "la")
# Verbs of speech that are also verbs of adding, and the words between one and the amount it takes as its
# object: "Oppenheimer, meanwhile, added $10.6 million", "added another $5 million" (no speech).
ADDING_SPEECH_VERBS = ("added", "adds", "add", "adding", "добавил", "добавила", "добавило", "добавили")
AMOUNT_OBJECT_LEADS = (r"another", r"an\s+estimated", r"an\s+additional", r"a\s+further", r"about", r"nearly",
                       r"almost", r"roughly", r"some", r"just", r"more\s+than", r"ещ[её]", r"около", r"почти")
# "по словам министра", "in the words of the minister": the one whose words these are speaks.
WORDS_OF_LEADS = (r"по\s+словам", r"in\s+the\s+words\s+of")
# Adverbs between a speaker and the verb: "the bank also said", "the ministry further noted".
# People named by their post and the body they serve, not by name, who speak for it: "a Treasury official said",
# "a company spokeswoman said" (the body's word and the post are the source's name).
SPEAKING_POST_NOUNS = ("official", "officials", "spokesman", "spokeswoman", "spokesperson", "representative")
# Russian bodies named by what they are, in the nominative right after a verb of speech: "сообщил департамент по
# труду и занятости населения региона", "сообщила компания", "отметили в ..." is read with "в" (regular-expression
# stems, lower case: a capitalised name is read as a name).
RU_SPEAKING_BODY_STEMS = (r"департамент", r"министерств", r"минфин", r"минтруд", r"минстрой", r"минэкономразвити",
                          r"комитет", r"управлени", r"ведомств", r"компани", r"пресс-служб", r"правительств",
                          r"администраци", r"мэри", r"служб", r"агентств", r"холдинг", r"корпораци", r"регулятор")
# "департамент по труду и занятости населения", "комитет по тарифам": the field a body is named by, its datives
# joined by "и"
RU_BODY_FIELD_LEADS = ("по",)
# ... not a phrase of what was said or when: "в министерстве по итогам заседания", "по данным", "по словам"
RU_NOT_A_BODY_FIELD = (r"итог\w*", r"данны\w*", r"слов\w*", r"оценк\w*", r"мнени\w*", r"состояни\w*",
                       r"сравнени\w*", r"информаци\w*", r"сведени\w*", r"результат\w*", r"прогноз\w*",
                       r"случа\w*", r"поводу", r"традици\w*", r"телефону")
RU_NAME_CONJUNCTIONS = ("и",)
SPEAKER_ADVERBS = ("also", "further", "separately", "earlier", "later")
# The words the subject and share readers read around a figure (regular-expression words, matched without case).
# Before the end of a change: "rose 8% to $14.55 million", "вырос на 62% – до 4,5 млн тонн".
CHANGE_END_WORDS = ("to", "до")
# Verbs of pace an English noun of change takes to a new level, beside the verbs of change ("Pay growth slowed to
# 4.1%", "the decline quickened to 3%": the growth's new size, a change of pay; "inflation slowed to 2.2%" is a level)
PACE_VERBS_EN = ("slow", "slows", "slowed", "slowing", "quicken", "quickens", "quickened", "moderate", "moderates",
                 "moderated", "cool", "cools", "cooled")
# The metric reader's word right before the level a change leaves its measure at, beside those: "receipts are up
# 2% yr/yr at $2.03 trln" (the receipts), as "rose 2% to $2.03 trln" is; only right before the amount ("rose 4% in
# March at a cost of $3 billion" is a cost).
LEVEL_AT_WORDS = ("at",)
# The whole a percentage of a country's output is of: "86.7% of GDP", "3,6% ВВП".
GDP_NAMES = (r"gdp\b", r"gross\s+domestic\s+product", r"ввп\b", r"валового\s+внутреннего\s+продукта")
# Before the whole a percentage is of, in English ("42% of all receipts") and Russian ("15% от общего объёма").
EN_WHOLE_LEADS = ("of",)
EN_WHOLE_DETERMINERS = ("all", "the", "total")
RU_WHOLE_LEADS = ("от",)
RU_WHOLE_DETERMINERS = ("всего", "общего")
# Words that end the name of a whole: "42% of all receipts in 2023", "15% of the market was ...".
WHOLE_END_WORDS = ("in", "at", "for", "was", "were", "is", "and", "with", "while", "on", "so", "в", "за", "и")
# Words that open an aside restating the noun before it, which never holds a figure's subject either: "Continuing
# claims, a proxy for hiring, rose 14,000", "The four-week average, considered a better measure of trends, fell".
# Connectives set off by commas inside a clause, saying how it follows from the one before: never a qualifier of the
# subject before them ("Graduate enrollment, by contrast, grew 1.2%"; the Russian subject reader takes none of its
# connectives, "в свою очередь", for a complement).
CONNECTIVE_ASIDES = (r"by\s+contrast", r"in\s+contrast", r"in\s+turn", r"for\s+example", r"for\s+instance",
                     r"in\s+addition", r"on\s+the\s+other\s+hand", r"as\s+a\s+result", r"in\s+particular",
                     r"at\s+the\s+same\s+time", r"in\s+fact", r"of\s+course", r"in\s+comparison", r"meanwhile",
                     r"however")
APPOSITIVE_LEADS = ("a", "an", r"(?:considered|seen|regarded|viewed|known|described)(?:\s+as)?")
# The conjunctions that close a list of nouns: a relative clause holding a list runs through its commas to the
# item after one ("Core sales, which exclude autos, gasoline, building materials and food services, rose 0.6%").
LIST_CLOSING_CONJUNCTIONS = ("and", "or", "и", "или")
# Words that open a relative clause, which never holds a figure's subject: ", which ...,", ", куда входят ...,".
RELATIVE_CLAUSE_WORDS = ("куда", "где", r"котор\w+", "which", "who", "whom", "whose", "where")
# A clause of time after a period says what happened then: "Since fall 2011, when enrollment peaked at 20.6 million,
# colleges have lost 1.6 million students" (20.6 million is of fall 2011), "с 2010 года, когда ...".
WHEN_CLAUSE_WORDS = ("when", "когда")
# Conjunctions of two predicates with one subject: "rose 5% and reached $3 bn", "на 6,3% и составляют ...".
SHARED_SUBJECT_CONJUNCTIONS = ("и", r"а\s+также", "and", "while")
# The preposition after an amount or a change noun that names its measure: "$42 billion in revenue".
EN_MEASURE_PREPOSITIONS = ("in",)
# ... and the one that names it only before a weekday's noun: "$5.1 million from Thursday night previews" (the
# previews' own measure; "$5.1 million from its fans" names none)
EN_DAY_SOURCE_PREPOSITIONS = ("from",)
# Prepositions that give a share's owner, not its whole: "share of sales in Europe".
SHARE_OWNER_PREPOSITIONS = ("in", "on", "within", "among")
# Before the unit a price is per ("49 cents per share", "$1.05 a share", "$80 a barrel"): the price per unit is
# a measure of its own, never the total it is a part of (the units are PRICE_PER_UNITS).
PER_UNIT_LEADS = ("per", "a", "an")
# Participles of speech that open a clause sharing the subject of the main clause: "The association revised its
# forecast, saying that it expects 1.9m", "Минэнерго повысило прогноз, отметив, что ...": the subject speaks.
SPEECH_PARTICIPLES = ("saying", "adding", "noting", "estimating", "forecasting", "predicting", "отметив", "сообщив",
                      "добавив", "заявив", "уточнив", "подчеркнув")
# Passive verbs of speech with no agent, said "in" a document: "«…», — говорится в сообщении комитета"; and,
# with an adverb of continuation, going on with the source of the paragraph before: "отмечается далее".
PASSIVE_SPEECH_VERBS = ("говорится", "отмечается", "указывается", "подчеркивается", "подчёркивается", "сообщается",
                        "уточняется", "поясняется", "добавляется")
# A paragraph opened by such a verb and "что" ("Уточняется, что ...", "Отмечается, что ...") goes on with the source
# of the paragraph before, as "отмечается далее" does.
SAID_THAT_CONJUNCTIONS = ("что",)
# A body that publishes a document "in which" something is said speaks through it: "Росстат опубликовал доклад, в
# котором говорится, что ...", "Минфин представил отчет, в котором отмечается ..." (the document's nouns are
# STATEMENT_NOUN_STEMS, the verbs PASSIVE_SPEECH_VERBS).
PUBLISHING_VERB_STEMS = (r"опубликова\w*", r"обнародова\w*", r"представи\w*", r"выпусти\w*", r"распространи\w*")
IN_WHICH_RU = (r"в\s+котор(?:ом|ой|ых)",)
# The documents a body speaks in, as stems: "в сообщении комитета", "в докладе Минэкономики", "в пресс-релизе банка".
STATEMENT_NOUN_STEMS = ("сообщени", "заявлени", "доклад", "пресс-релиз", "релиз", "обзор", "письм", "отч[её]т")
# The words that open a sentence saying who stated what was said before it: "Об этом сообщили в пресс-службе".
STATEMENT_REFERENCE_OPENERS = (r"об\s+этом",)
# Adverbs that say a statement goes on: "отмечается далее", "говорится также".
CONTINUATION_ADVERBS = ("далее", "также")
# Pronouns that speak for the last one named speaking before them: "It said Paris had a deficit of 2.6%",
# "Она отметила, что ...", "По его прогнозу, инфляция составит 5%" (possessives, before a noun of speech).
PRONOUN_SPEAKERS = ("it", "he", "she", "they", "он", "она", "оно", "они")
PRONOUN_SPEECH_LEADS = (r"по\s+(?:его|её|ее|их)\s+(?:прогноз|оценк|мнени|слова|расч[её]т)\w*",
                        r"(?:by|in)\s+(?:its|his|her|their)\s+(?:estimate|forecast|view|words)s?")
# A body that revises its own forecast states the figure it now forecasts: "The association has again revised its
# full-year forecast downwards - it is now 1.9m", "Минэнерго повысило свой прогноз до 3%"; and so does one that keeps
# it: "Компания сохранила прогноз производства меди на 2022 год на уровне 380–395 тыс. тонн", "kept its guidance".
FORECAST_REVISION_VERBS = ("revised", "raised", "cut", "lowered", "upgraded", "downgraded", "trimmed", "lifted",
                           "повысил[аои]?", "понизил[аои]?", "снизил[аои]?", "пересмотрел[аои]?", "ухудшил[аои]?",
                           "улучшил[аои]?",
                           "kept", "maintained", "reaffirmed", "reiterated", "сохранил[аои]?", "подтвердил[аои]?")
OWN_FORECAST_NOUNS = (r"forecasts?", r"outlook", r"guidance", r"projections?", r"прогноз\w*")
# Superlatives that single out one item of a list: "наибольший прирост цен отмечен на табак (4,2%)" is the
# tobacco's, "the biggest increase was in Asia" Asia's. A measure so named is never the measure named briefly
# ("цены выросли на 16,1%"), nor is the brief one it. Stems of the words as written: the dictionary folds
# "наибольший" into "больший".
SUPERLATIVE_STEMS = ("наибольш", "наименьш", "максимальн", "минимальн", "крупнейш", "сильнейш", "самы", "largest",
                     "biggest", "highest", "lowest", "greatest", "smallest", "steepest", "sharpest", "fastest",
                     "strongest", "weakest")
# English word classes the subject reader tells apart without a dictionary (extract/words.py): prepositions,
# determiners, possessives, function words and adverbs, verbs, and the exceptions to its suffix rules.
EN_PREPOSITIONS = frozenset("""
    of in on at to by for from with into about over under between through across during since until after before
    against among per via within without toward towards than like below above near beyond behind
""".split())
EN_DETERMINERS = frozenset("the a an its their his her our this that these those some any each every all both".split())
POSSESSIVES = frozenset("its their his her our его её ее их свой своя своё свои своего своей своих".split())
# The endings of an English possessive noun, with a straight or a curly apostrophe: "the euro zone's deficit".
POSSESSIVE_ENDINGS = ("'s", "’s")
EN_OTHER = frozenset("""
    and or but nor so yet as which who whom whose what when where while if because although though that not no
    also only just still even already nearly almost more less most least very much many few up down out off
    there here it he she they we you i me him them us one ones old last next first second third fourth fifth
    largest biggest highest lowest greatest smallest top same other another such own further higher lower
    overall total year years month months quarter week day today yesterday per cent percent times time around
    roughly approximately some about high low record alone once twice thrice strong weak steady solid robust
""".split())
EN_VERBS = frozenset("""
    is was were are be been being am has have had do does did will would can could may might must should shall
    rose rise rises rising fell fall falls falling grew grow grows growing dropped drop drops jumped jump jumps
    climbed climb climbs reached reach reaches totalled totaled total totals stood stands stand came come comes
    saw see sees said say says show shows showed shown recorded record records reported report reports estimated
    estimates expected expect expects hit hits topped top tops surged surge surges slipped slip slumped
    gained gain gains lost lose loses posted post posts went go goes remained remain remains stayed stay stays
    edged eased added add adds made make makes increased increase increases decreased decrease decreases
    declined decline declines doubled tripled halved amounted amount amounts accounted account accounts
    represented represent represents equalled equaled equal equals exceeded exceed exceeds fell slid slide
    plunged plunge soared soar shrank shrink shrinks expanded expand contracted contract put puts set sets
    got get gets projected project projects targeted target targets aims aimed plans planned
    bringing brought bring brings taking took take takes reaching rising falling growing dropping according
    told tell tells noted note notes explained stressed urged confirmed confirm confirms
    died dies born fallen risen grown shrunk sunk gone taken given seen paid sold spent kept held won built become
    hold holds holding keep keeps keeping maintain maintains maintained swung
    led drew bought sought began ran overtook outsold beat sprang crept sped struck
""".split())  # irregular participles too: "babies were born", "deaths have fallen to 64,400"; a short "people died";
# and irregular pasts with no "-ed" to tell them ("Red Harbor led the box office")
NOT_ED_VERBS = frozenset("need needs seed speed feed bed red shed hundred".split())
NOT_LY_ADVERBS = frozenset("supply family italy assembly monopoly july rally anomaly".split())
ING_NOUNS = frozenset("""
    earnings spending funding housing building trading meeting shipping lending borrowing pricing rating ranking
    savings holdings listing listings opening offering filing morning evening ceiling nothing something anything
    everything spring string financing manufacturing mining farming banking clothing bookings landing landings
    boarding recycling advertising shopping streaming gaming publishing marketing broadcasting ticketing packaging
    catering heating printing hiring
""".split())
ADJECTIVE_ENDINGS = ("ic", "al", "ous", "ive", "ful", "less", "able", "ible", "ary", "ern", "ese", "ian")
# Adjectives of a thing's state, without an adjective's ending, that make a measure of their own: "new home
# sales" are not "existing home sales", "new cases" not the cases counted so far.
EN_STATE_ADJECTIVES = frozenset("new".split())
# Adjectives of a span that end as adverbs do: "monthly inflation", "quarterly growth", "weekly jobless claims",
# "hourly earnings" (a measure of its own beside "weekly earnings").
EN_SPAN_ADJECTIVES_IN_LY = frozenset("hourly daily weekly monthly quarterly yearly".split())
# Irregular past tenses: with "-ed" and "-s", the finite verbs that show the word before them is their subject,
# a noun ("The musical took in", "The musical earned"; "its domestic total to" has no finite verb)
EN_IRREGULAR_PASTS = frozenset("took made rose fell grew brought sold drew won hit shed saw".split())
# Past verbs whose object may be an -ing complement, a verb of its own ("began selling cars", "stopped making
# losses"): after any other past verb but an auxiliary, a participle before a noun opens the verb's object
# ("reported operating income", "posted adjusted earnings per share").
EN_GERUND_TAKING_PASTS = frozenset("""
    began begun started stopped kept continued resumed finished quit avoided considered ended halted ceased tried
    risked delayed postponed enjoyed suggested recommended planned
""".split())
# Words in -ing that stand as prepositions after a verb: "rose excluding autos", "jumped following the news".
EN_ING_PREPOSITIONS = frozenset("including excluding following regarding concerning barring pending".split())
NOUNS_LIKE_ADJECTIVES = frozenset("""
    total capital rental arrival approval proposal rival individual material animal hospital potential revival
    signal journal terminal interval festival narrative representative executive initiative objective incentive
    alternative relative collective directive motive native salary secretary summary boundary dictionary library
    subsidiary anniversary commentary beneficiary january february traffic logistic republic clinic public
    electric plastic budget cereal mineral metal deal fuel goal tariff
""".split())
# Words that open no name of a speaker: pronouns, articles, conjunctions, prepositions.
SOURCE_NOT_NAME_WORDS = frozenset("""
    the a an it he she they we this that these those but and in on at as by for of to from with its their his
    her в на и но а по с это он она они мы
    как так также однако ведь из за к о об у для при до от без через
""".split())

# ---------------------------------------------------------------------------------------------------------
# Places and names a clause is about: "In the Americas, receipts rose", "Europe, which ..., saw", "Germany (+3%)"

# Prepositions of place that put a clause in a place: "in the Americas", "в Северной Америке".
PLACE_PREPOSITIONS = frozenset("in at across throughout within в во на по среди".split())
# Prepositions of a place named right after a figure: "fell 5% in Texas", "на 5% в Москве", "по России".
FIGURE_PLACE_PREPOSITIONS = frozenset("in at across throughout within в во по".split())
# Prepositions that tie a noun to its place: "destinations in Asia", "sales of Germany", "продажи в Германии".
NOUN_PLACE_PREPOSITIONS = frozenset("in of from at across within в во из на".split())
# Words that start a new clause, which may name a place of its own: "..., and in Africa at $34 bn".
CLAUSE_CONJUNCTIONS = frozenset("and while whereas but и а но тогда".split())
# Conjunctions that open a clause of contrast whose verb is left out, dated by a year alone: "в феврале 2025 года
# умерли 6 детей, а в 2024 году — 4", "если в феврале 2024 года ..., то в 2025 году — уже 1558" (the "то" of "если").
GAPPED_CLAUSE_CONJUNCTIONS = ("а", "и", "но", "то", r"тогда\s+как", "and", "but", "while", "whereas")
# Words that open a reported clause after a verb: "saying that it expects", "пояснили, что": a new topic.
REPORTED_CLAUSE_WORDS = frozenset("that что".split())
# Words that join the parts of one named place or group: "Asia and the Pacific", "Китай, Россия и Бразилия".
NAME_JOINS = frozenset("and & и".split())
# A metric word with more than one sense, its senses in the thesaurus, the usual one first. The article picks:
# "earnings" in an article about receipts are the receipts ("tourism earnings"), else a company's profit.
METRIC_WORD_SENSES: dict[str, tuple[str, ...]] = {
    "earning": ("profit", "receipts"),
    "доход": ("income", "receipts"),  # "доходы от туризма" in an article about "поступления"
}

# ---------------------------------------------------------------------------------------------------------
# Kinds of figures: the words around a figure that say it is a forecast or an estimate (regular-expression stems)

# Russian verbs of awaiting, a forecast only before a noun of change they await (FORECAST_STEMS).
RU_AWAITING_VERBS = ("ждут", "ждёт", "ждет", "допускают", "допускает")
RU_AWAITED_CHANGE_NOUNS = tuple(word for word in CHANGE_NOUNS_DOWN + CHANGE_NOUNS_UP if not word.isascii())
# A prediction of a figure not yet known: "forecast", "expected", "a consensus estimate", "консенсус-прогноз" (not
# "life expectancy", a measure's name). Each
# starts a word ("unexpectedly", "неожиданно" say the figure surprised: it is known), so a prefixed verb of its own
# is listed ("спрогнозировал").
FORECAST_STEMS = (
    r"прогноз\w*", r"спрогноз\w*", r"ожида\w*", r"консенсус\w*", r"forecast\w*", r"expect(?!anc)\w*",
    r"project(?:ed|ion)\w*", r"consensus",
    # "projects" is a verb only before its object's article or "that" ("The budget office projects a deficit of
    # $1.9 trillion"); before a verb it is the noun ("Infrastructure projects cost $2 billion")
    r"projects(?=\s+(?:an?|that)\s)",
    # a company's own forecast of its results, in the English of results news ("cut its full-year nickel
    # production guidance to 88,000-92,000 tonnes", "kept its 2025 guidance of 540,000-570,000 ounces")
    r"guidance",
    # what markets price in is what they expect ("Markets now price in three cuts", "traders have priced in a cut to
    # 5%"): the verb after a market's subject, or "priced in"/"pricing in" after an auxiliary ("prices in the euro
    # area", "the price in March" are nouns)
    r"(?:markets?|traders|investors|futures|swaps)(?:\s+[^\W\d]+){0,2}\s+pric(?:e|ed|ing)\s+in(?!\w)",
    r"(?:ha(?:ve|s|d)|been|fully|already|are|were)\s+pric(?:ed|ing)\s+in(?!\w)",
    # the Russian verbs of awaiting, before a noun of change (a word between): "Участники рынка ждут повышения
    # ключевой ставки", "Рынок ждёт ускорения инфляции", "Аналитики допускают снижения ставки" (not "ждут 4 тыс.
    # семей", "Закон допускает отклонение", a count of those waiting, a rule's allowance)
    rf"(?:{'|'.join(RU_AWAITING_VERBS)})(?=\s+(?:[^\W\d]+\s+)?(?:{'|'.join(RU_AWAITED_CHANGE_NOUNS)})(?!\w))",
)
# A clause joined by a comma and "and" that holds a word of forecast ("..., and traders now expect a cut in March",
# ", и аналитики ожидают снижения в марте") speaks of what is to come: a period in it is the forecast's, never
# the period of a figure before it.
FORECAST_CLAUSE_JOINS = ("and", "и")
# A clause opened by a verb in -ing after a comma ("..., bringing the rate to 4.5%", "..., taking the total to")
# has the sentence's subject and says what follows from its main clause: the kind is the sentence's.
EN_PARTICIPLE_ENDING = "ing"
# A word of expectation set against what came out makes no forecast of the figure: after a comparison ("slowed more
# than expected to 3.1%", "a larger-than-expected 1.2% fall", "сильнее, чем ожидалось", "выше ожиданий", "in line
# with expectations", "превзойдя ожидания"), and in the past after "as" ("as expected", "as analysts had expected",
# "как и ожидалось", "как и ожидали аналитики"; the present, "as analysts expect", "как ожидается", looks ahead).
EXPECTATION_MET_LEADS = ("than", "чем", r"in\s+line\s+with", r"в\s+соответствии\s+с", r"в\s+рамках", "выше", "ниже",
                         "above", "below", "beat", "beating", "beats", "topped", "exceeded", "exceeding", "missed",
                         "превзойдя", r"превзош(?:ли|ла|ло|[её]л)", "превысив", "вопреки", r"contrary\s+to")
EXPECTATION_AS_LEADS = ("as", "как")
EXPECTATION_PAST_FORMS = frozenset("expected forecast anticipated predicted projected ожидалось ожидали "
                                   "прогнозировалось прогнозировали предсказывали".split())
# between "as" and its verb: a subject and "had" ("as analysts had expected"), never a passive's or a modal's
# auxiliary ("as exports are expected to rise" looks ahead)
EXPECTATION_AS_NOT_BETWEEN = ("is", "are", "will", "would", "be", "being", "was", "were")
# what stands between a word of expectation and the figure expected: "the forecast of 155,000", "прогноза в 7,1%"
EXPECTATION_FIGURE_LEADS = ("of", "в", "at", r"на\s+уровне", r"в\s+размере", "for")
EN_INFINITIVE_MARKERS = ("to",)  # "expected to rise": a verb of what is to come
# A word of forecast that names a survey's measure is no forecast: before a noun of a measure in English ("the
# expectations index fell to 71.2", "its expectations sub-index"), as the genitive after one in Russian ("индекс
# ожиданий", "индекс потребительских ожиданий" with one word between). "Expectations have been below 80" stays a cue.
FORECAST_MEASURE_NOUNS = ("index", "indexes", "indices", "sub-index", "sub-indexes", "subindex", "gauge", "gauges",
                          "component", "components")
RU_FORECAST_MEASURE_NOUN_STEMS = (r"индекс\w*", r"показател\w*")
RU_FORECAST_MEASURE_GENITIVES = ("ожиданий",)
# A figure estimated by someone: the analysts' estimate is a forecast of a figure the company will report,
# an official body's estimate ("Rosstat estimates", "по оценке Росстата") is the period's value as estimated.
# Each starts a word: "переоценка" (a revaluation) and "underestimated" estimate nothing.
# ... and the English passive "put at" before an amount (or at the end of the words read before the figure), the
# wire's word for an estimate: "harvested area is put at 84.0 million acres", "damage was put at $2 billion" (not
# "jobs were put at risk")
ESTIMATE_STEMS = (r"estimat\w*", r"оценк\w*", r"оценива\w*", r"оценил\w*", r"оценен\w*",
                  r"(?:is|are|was|were|been|be)\s+put\s+at(?=\s*$|\s+(?:[^\W\d]+\s+)?[$€£¥\d])")
FORECASTER_STEMS = (
    r"analyst\w*", r"economist\w*", r"strategist\w*", r"wall\s+street", r"аналитик\w*", r"экономист\w*",
    r"стратег\w*",
)
# A plan or a goal: "планирует", "целевой показатель", "намерена", "plans to", "a target of", "aims".
TARGET_STEMS = (
    r"планир\w*", r"план\w*", r"цел[ьиейяю]\w*", r"планк\w*", r"намер\w*", r"рассчитыва\w*", r"достижим\w*",
    # what a law or a plan provides for, and the target set ("закон о бюджете предусматривает доходы", "задание"; not
# "по заданию министерства", done on its order)
    r"предусматрива\w*", r"предусмотрен\w*", r"(?<!по )задани[еяюи]\w*",
    # what a budget sets aside ("доходы на 2023 год заложены в объеме 24,6 млрд", "заложила в бюджет")
    r"заложен\w*\s+в\s+(?:объеме|размере|сумме|бюджет\w*)", r"заложи\w*\s+в\s+бюджет\w*",
    # the English plan's own forms: "plans", "planned", "planning" (not "plant", "planted", "planet", "plane":
    # "gas-fired plants generated 124.7 TWh", "planted area fell to 83.8 million acres" are results)
    r"\bplan(?:s|ned|ning|ners?)?(?!\w)", r"target\w*", r"goal\w*", r"\baim\w*",
)
# An attribution that opens an aside, with how many words may stand before its noun: "по прогнозу ЦБ",
# "по последним оценкам", "according to the ministry's latest forecast".
ATTRIBUTION_LEADS: dict[str, int] = {"по": 2, "according to": 4}
FORECAST_NOUN_STEMS = (r"прогноз\w*", r"forecasts?", r"projections?")
# A month after a document's noun and "in"/"в" dates the document, not the figures it gives: "the Commission in its
# last forecast in February estimated growth at 2.4%", "в докладе в марте" (the month it came out; "data for March"
# and "the March forecast" are not read so).
DOCUMENT_NOUNS = (*FORECAST_NOUN_STEMS, r"outlook", r"reports?", r"surveys?", r"reviews?", r"filings?", r"доклад\w*",
                  r"отч[её]т\w*", r"обзор\w*")
DOCUMENT_MONTH_LEADS = (r"in", r"в")
ESTIMATE_NOUN_STEMS = (r"оценк\w*", r"estimat\w*")
# "В декабре, как ожидается, ...": the aside says what follows is expected ("as expected" says it was met).
AS_EXPECTED_STEMS = (r"как\s+ожида\w+ся",)
# A clause that is the object of the verb before it: "Ожидается, что ...", "прогнозирует, что ...".
COMPLEMENT_CONJUNCTIONS = ("что", "чтобы")
# The relative "что" after a figure and what it counts: "1,08 млн машин, что на 24% меньше" (the count's change).
RU_RELATIVE_LINKS = ("что",)
# Conjunctions that end a figure's own words after it: "X вырос на 5%, а Y ...", "up 5% but ...".
CLAUSE_BREAKING_CONJUNCTIONS = ("а", "but")
# The future told by a modal: "2021 would finish 1.9% up", "sales will reach", "инфляция будет в диапазоне".
# Weaker than a word of planning: "plans to ... will reach" is a target.
# ... and the modals of possibility: a figure that "could reach", "may total", "может составить" is not yet known
# ("may" in lower case before a word: "May" is a month; not negated: "could not explain why exports fell").
# ... and "should" of what is expected ("copper output should reach 52,000 tonnes this year"), not "should have"
FUTURE_MODAL_WORDS = ("would", "will", "будет", "будут", r"could(?!\s+not)", r"might(?!\s+not)", r"should(?!\s+not)",
                      r"(?-i:may)(?=\s+[a-z])(?!\s+not)", r"(?<!не\s)может", r"(?<!не\s)могут", r"(?<!не\s)сможет",
                      r"(?<!не\s)смогут")
# The conditional perfect speaks of the past, not the future: "adjusted for calendar shifts, the May deficit would
# have been $245 billion" is an adjusted actual of May; "could have reached" an actual that was possible.
EN_COUNTERFACTUAL_MODALS = (r"(?:would|could|might|may|should)\s+have",)

# A named part of a company's or a body's whole: "PC Client Group revenue", "revenue of its cloud division",
# "выручка подразделения", "выручка сегмента". A complement ("exports of grain") is another measure, not a part.
SEGMENT_WORDS = frozenset("""
    division segment business arm unit subsidiary подразделение сегмент дивизион бизнес дочка
""".split())
# Nouns of a company's units that name a segment only inside its capitalised name ("PC Client Group revenue",
# "Consumer Products revenue", "Cloud Solutions sales" are a segment's), while "the group's revenue" is the
# whole company's (singular lemmas).
SEGMENT_NAME_WORDS = frozenset("group division unit segment business solution service product system platform".split())
# The company itself: "выручка компании", "the company's revenue" is the whole, whatever its segments.
COMPANY_NOUNS = frozenset("компания корпорация холдинг концерн company firm corporation".split())
# ... and the budget a balance or a flow of a government is of, named briefly after it in full: "a surplus of $210
# billion" after "a budget surplus of $187 billion", "дефицит" after "дефицит бюджета" (only where no other is known).
BUDGET_NOUNS = frozenset("budget бюджет".split())

# A figure said to equal that of another period: "equalled their September share of 15.2%", "matched last
# year's 3%", "повторила сентябрьский показатель в 15,2%", "сравнялась с уровнем прошлого года". The figure
# holds for both periods (regular-expression stems).
EQUAL_VERB_STEMS = (
    r"equall?ed", r"equals?", r"matched", r"match(?:es)?", r"mirrored", r"repeated",
    r"(?:was|were|is|are)\s+the\s+same\s+as",
    r"unchanged\s+(?:from|on)", r"повторил\w*", r"сравнял\w*\s+со?", r"остал\w*\s+на\s+уровне",
)
# A verb of postponing before a period, past a few words of what is put off and the period's preposition: the
# period is the one an event was moved to, never the period of a figure ("Застройщик перенес сдачу домов на
# следующий год", "отложила запуск до 2027 года", "postponed the launch to next year") (regular-expression stems).
POSTPONING_VERB_STEMS = (r"перен[её]с\w*", r"перенос\w*", r"отлож\w*", r"postpon\w*", r"delay\w*", r"deferr?\w*")
POSTPONED_TO_PREPOSITIONS = (r"на", r"до", r"to", r"until", r"till", r"into")
# The same, written after the figure: "5%, equal to February's level", "15%, как и в сентябре".
EQUAL_AFTER_STEMS = (
    r"equal\s+to", r"the\s+same\s+as", r"unchanged\s+from", r"as\s+in", r"как\s+и", r"столько\s+же,?\s+сколько\s+и",
    r"на\s+том\s+же\s+уровне,?\s+что\s+и",
)
# A month as an adjective: "сентябрьский", "мартовский", "майский".
RU_MONTH_ADJECTIVE_ENDINGS = r"(?:ь|ов|й)ск\w*"

# A share and the market it is of (regular-expression stems): "a market share of 15.2%", "its share of new car
# sales rose to 15%", "a 15.2% share of the market", "доля рынка составила 15,2%", "доля электромобилей на рынке".
SHARE_STEMS = (r"share", r"дол[яиюе]й?")
MARKET_STEMS = (r"market", r"рын(?:ок|ка|ке|ку|ком)")
# The preposition that names the whole of a Russian share after its part, and the nouns of a whole it may name:
# "доля налога в доходах бюджета", "доля импорта в потреблении", "доля ГЭС в выработке" ("доля кредитов в
# иностранной валюте" names the currency of a part, no whole).
RU_SHARE_WHOLE_PREPOSITIONS = (r"в", r"во")
# ... and the prepositions of where a whole of goods goes or comes from, after it ("доля России в поставках газа в
# Европу", "в импорте газа из Норвегии"): part of the whole's name.
RU_WHOLE_DIRECTION_PREPOSITIONS = (r"в", r"во", r"из", r"на")
RU_SHARE_WHOLE_STEMS = (r"доход\w*", r"расход\w*", r"поступлени\w*", r"потреблени\w*", r"структур\w*", r"объем\w*",
                        r"объём\w*", r"ввп", r"выручк\w*", r"экспорт\w*", r"импорт\w*", r"продаж\w*", r"выпуск\w*",
                        r"производств\w*", r"бюджет\w*",
                        # a sector's output summed over a span is a whole as "выпуск" is: "доля ГЭС в выработке",
                        # "доля нефти в добыче", "доля онлайна в обороте", "доля экспорта в перевозках"
                        r"выработк\w*", r"добыч\w*", r"генераци\w*", r"оборот\w*", r"перевозк\w*", r"поставк\w*")
# The verbs and prepositions between a share and its figure: "share of", "share rose to", "доля составила".
SHARE_LINKS = (
    "of", "at", "was", "is", "were", "reached", "hit", r"stood\s+at", r"(?:rose|fell|grew|climbed|dropped|increased|"
    r"decreased|jumped|slipped)\s+to", r"составил\w*", r"достиг\w*", r"(?:вырос|вырасти|возрос|увеличил|повысил|снизил|"
    r"понизил|уменьшил|сократил|упал)\w*\s+до", "в", "[-–—:]",
)

# --- The temporal grammar of news, extract's period reader (regular-expression phrases) ---
# A change against the period just before, not the same period a year earlier ("month-on-month", "в месячном
# сравнении", "week-on-week", "quarter-on-quarter"): the ISO duration each phrase goes back by. Written from
# the usage notes of statistical releases (Eurostat and Rosstat glossaries: m/m, q/q, w/w, y/y).
PREVIOUS_PERIOD_PHRASES: dict[str, tuple[str, ...]] = {
    "P1M": (r"month[\s-](?:on|over)[\s-]month", r"\bm/m\b", r"a\s+month\s+(?:earlier|ago|before)",
            r"the\s+(?:previous|prior|preceding)\s+month", r"the\s+month\s+before", r"в\s+месячном\s+"
            r"(?:сравнении|выражении|исчислении)", r"месяц\s+к\s+месяцу", r"(?:к|с)\s+(?:предыдущ|прошл)\w+\s+месяц\w*",
            r"(?:предыдущ|прошл)\w+\s+месяц\w*", r"(?<!\w)м/м(?!\w)"),  # "(+2,3% м/м)"
    "P1W": (r"week[\s-](?:on|over)[\s-]week", r"\bw/w\b", r"a\s+week\s+(?:earlier|ago|before)",
            r"the\s+(?:previous|prior|preceding)\s+week", r"the\s+week\s+before", r"в\s+недельном\s+"
            r"(?:сравнении|выражении)", r"неделя\s+к\s+неделе", r"(?:предыдущ|прошл)\w+\s+недел\w*"),
    "P3M": (r"quarter[\s-](?:on|over)[\s-]quarter", r"\bq/q\b", r"\bqoq\b", r"a\s+quarter\s+(?:earlier|ago|before)",
            r"the\s+(?:previous|prior|preceding)\s+quarter", r"the\s+quarter\s+before", r"в\s+квартальном\s+"
            r"(?:сравнении|выражении)", r"квартал\s+к\s+кварталу", r"(?:предыдущ|прошл)\w+\s+квартал\w*",
            r"(?<!\w)(?:кв/кв|к/к)(?!\w)"),  # "(-3% кв/кв)"
    "P1Y": (r"в\s+годовом(?:\s+(?:сравнении|выражении|исчислении))?(?!\w)", r"год\s+к\s+году", r"(?<!\w)г/г(?!\w)"),
}
# The same period, in Russian: "тот же период", "аналогичный период", "соответствующий период" (in any case); also
# named by its length: "с тем же месяцем прошлого года", "аналогичный квартал", "то же полугодие".
_RU_SPAN_NOUNS = r"(?:период|месяц|квартал|полугоди)\w*"
RU_SAME_PERIOD = rf"(?:т(?:от|ем|ого|ом|о)\s+же|аналогичн\w+|соответствующ\w+)\s+{_RU_SPAN_NOUNS}"
# The span of the change before, said again for a parallel change: "Цены на вторичном рынке в IV квартале снизились на
# 2,8% к III кварталу. На первичном рынке цены за тот же период выросли на 0,7%" (not "за тот же период прошлого
# года", a baseline, nor one with its year printed).
RU_SAME_SPAN_AGAIN = (r"(?<!\w)за\s+(?:т(?:от|ем)\s+же|этот)\s+(?:самый\s+)?период(?!\w)"
                      r"(?!\s+(?:прошлого|предыдущего|прошедшего)\s)(?!\s+\d)")
# "the same period of 2024", "за такой же период 2024 года", "аналогичный период 2024 г.": a baseline whose
# year is printed (the figure's own months, in that year).
SAME_PERIOD_WORDS = (r"(?:the\s+)?same\s+(?:period|months?|quarter|half|weekend|week)\s+(?:of|in)",
                     r"(?:т(?:от|ем|ого|ом)|так(?:ой|им|ого|ом))\s+же\s+период\w*",
                     r"(?:аналогичн|соответствующ)\w+\s+период\w*")
# The first months of a year: "за девять месяцев текущего года", "in the first nine months of 2024", "за 4
# месяца 2019 года". Not "the past 12 months", which ends at the publication, not at a month of a year.
FIRST_MONTHS_LEADS = (r"(?:the\s+)?first", r"за", r"в", r"по\s+итогам")
MONTH_COUNT_NOUNS = (r"months", r"месяц\w*")
# "the first eleven months of the year" names no year: in a January report, the year just ended
GENERIC_YEAR_WORDS = (r"(?:of\s+)?the\s+year",)
RU_THIS_YEAR_GENITIVES = (r"(?:этого|текущего|нынешнего)\s+года",)
THIS_YEAR_WORDS = (*RU_THIS_YEAR_GENITIVES, r"(?:of\s+)?this\s+year", r"(?:of\s+)?the\s+(?:current\s+)?year")
LAST_YEAR_WORDS = (r"(?:прошлого|предыдущего)\s+года", r"(?:of\s+)?last\s+year", r"(?:of\s+)?the\s+previous\s+year")
# Words that make what follows the other end of a comparison, even across its figure: "против 79,99 млн тонн
# за такой же период", "from $13.48 billion in 2013", "compared with 1.5 million in March".
COMPARISON_LEADS = (r"против", r"по\s+сравнению\s+с", r"в\s+сравнении\s+с", r"относительно", r"чем", r"from",
                    r"than", r"against", r"compar(?:ed|es|ing)\s+(?:with|to)", r"versus", r"vs\.?", r"after", r"после")
# The results a figure is set against, written before their period: "уступает итогам августа", "ниже показателей
# 2024 года", "5,5% – сентябрьским результатам прошлого года", "below the level of 2019". Not after "по", where
# "по итогам августа" gives the figure's own period.
COMPARED_RESULT_NOUNS = ("итогам", "итогов", "результатам", "результатов", "показателям", "показателей",
                         "показателя", "уровню", "уровня", r"level\s+(?:of|in)", r"levels\s+(?:of|in)")
# Verbs of a count added or lost over a period, a net addition from the level at its start ("added 250,000 jobs
# in May", "lost 1.2 million subscribers in the quarter"): extract's period reader takes the period before as the
# baseline of such a change.
NET_ADDITION_VERBS = (r"add(?:s|ed|ing)?", r"gain(?:s|ed|ing)?", r"los(?:e|es|t|ing)", r"shed(?:s|ding)?")
# English stocks, counts standing at a date (the claimants and the unemployed, payrolls, deposits, debts, reserves, a
# waiting list, vacancies): a change of one by an amount "in August" with no baseline named is over that month, from
# the level at the end of the month before (the period reader's guess, marked), while a flow's ("sales", "births",
# "output" in August) stays against the same month a year before.
EN_STOCK_LEVEL_WORDS = (r"claimants?", r"claiming", r"unemployed", r"unemployment", r"employment",
                        r"payrolls?", r"deposits", r"debts?", r"reserves", r"savings", r"waiting\s+lists?",
                        r"vacanc(?:y|ies)", r"inventories", r"stockpiles?", r"outstanding")
# A figure revised by an amount ("June was revised down by 22,000", "revised up by 9,000 to 126,000"): a change of the
# period's figure against its earlier release, not against an earlier period; not "a revised 0.8% decline", the
# revised figure of a change of its own.
EN_REVISION_CUES = (r"revised\s+(?:up|down|higher|lower|upwards?|downwards?)",)
# The level of a period a percentage is "of" ("94% of 2019 levels", "80% of the 2019 level"): extract's period
# reader reads the period as a comparison.
LEVEL_NOUNS = (r"levels?",)
# A modifier that dates a level by an event, not by a period ("pre-pandemic levels", "pre-crisis levels",
# "post-war levels"): a period after such a level ("8% above pre-crisis levels in July") is the figure's own, not
# the level's, which its modifier has already dated.
EVENT_DATED_LEVEL_MODIFIERS = (r"(?:pre|post)-[^\W\d_]+",)
# A mark dated before an event, right before its figure: "the pre-pandemic record of 46.9 million", "its pre-crisis
# peak of 4.2%". Such a figure is of the year a "since" before it names ("the first time since 2019"), the last
# year before the event the text gives, never the text's own period.
EVENT_BEFORE_MODIFIERS = (r"pre-[^\W\d_]+",)
# The same marks after a period and before "of" are that period's: "since its fall 2012 peak of 25,600".
EVENT_DATED_MARK_NOUNS = (r"records?", r"peaks?", r"highs?", r"lows?", r"levels?")
# Adjectives that qualify a measure without making it another measure: "total revenue" is the revenue, while
# "international passengers", "seasonally adjusted unemployment", "кондитерские изделия" are measures of their own.
# (A closed class: adjectives of totality, of time and of reporting, which restrict no kind of the measure.)
NON_SPLITTING_ADJECTIVES = frozenset("""
    total overall general whole entire combined aggregate same such own main key latest current reported
    present previous former annual yearly monthly quarterly
    общий совокупный весь суммарный итоговый такой же свой основной текущий нынешний прежний годовой месячный
    консолидированный consolidated
    live
""".split())  # "live births" are the births a statistics office counts
# Pronouns a finite verb follows in English: after them, "offers", "buys", "rises" are verbs, never a subject.
EN_PRONOUNS_BEFORE_VERB = frozenset("which who that it they he she we".split())
# Words that open another clause between a period in the possessive and a figure: "2019's record fell as sales
# reached 5 million" (the figure is not 2019's), while "November's gain was revised down to 212,000" is November's.
POSSESSIVE_SUBJECT_BREAKS = ("and", "but", "while", "whereas", "as", "when", "after", "before", "since", "than",
                             "because", "although", "though", "if", "which", "that", "who")
# Pronouns that stand for a measure as a clause's subject: "..., but it rose to 2.9%" names its own subject, so a
# forecast before it says nothing of its figure ("but they now see 2.7%": the forecasters, who still forecast).
SUBJECT_PRONOUNS = frozenset("it он она оно".split())
# Russian prepositions whose accusative phrase completes the noun before it: "цены на картофель", "спрос на
# жильё" (what the price is of), unlike the locative "на рынке" (where).
RU_COMPLEMENT_PREPOSITIONS_ACCUSATIVE = frozenset("на".split())

# --- Numbers that are not figures (factcheck.not_figures: extract and uncurated-figure) ---
# The denominator of a rate: "per 100,000 population", "на 1000 человек", "на 100 тыс. населения".
RATE_DENOMINATOR_LEADS = (r"per", r"на", r"for\s+every", r"out\s+of\s+every")
RATE_DENOMINATOR_NOUNS = (r"population", r"people", r"persons", r"inhabitants", r"residents", r"live\s+births",
                          r"births", r"women", r"men", r"children", r"adults", r"населени\w*", r"человек\w*",
                          r"жител\w*", r"родивш\w*", r"детей", r"работник\w*", r"безработн\w*", r"пенсионер\w*",
                          r"workers?", r"employees?", r"households?")
# One as a rate's denominator, in words: "на одного жителя", "на одного безработного приходится шесть вакансий".
RATE_DENOMINATOR_ONE = (r"одного", r"одну", r"одна", r"один", r"one")
# The English "per" and a power of ten that ends its clause: "11.6 per 1,000." (the noun left to the sentence before),
# or a power of ten from a hundred up wherever it stands: "8.4 per 100,000 the week before" (a rate's denominator,
# never a count of its own: "$3 per 1,000 cubic feet" is a price per a thousand of them).
RATE_DENOMINATOR_BARE_LEADS = (r"per",)
# The unit a price is quoted per, after the price: "$1,200 an ounce", "$80 a barrel", "500 руб. за килограмм".
PRICE_PER_UNITS = (r"ounce", r"troy\s+ounce", r"barrel", r"tonne", r"ton", r"share", r"gallon", r"litre", r"liter",
                   r"kilogram", r"kilo", r"pound", r"bushel", r"head", r"unit", r"night", r"person")
# Time units a number counts as a span, not a figure: "the past 12 months", "за 4 месяца", "7 месяцев" (in a
# table or a terse release "9 мес."), "по итогам 3 квартала", "four-week", "over age 30".
SPAN_UNITS_EN = (r"days?", r"weeks?", r"months?", r"quarters?", r"years?", r"hours?", r"decades?", r"minutes?")
# "16- to 24-year-olds": the first number of a range of ages whose unit is printed once, after the second
SUSPENDED_RANGE_LINKS = (r"to", r"and", r"or")
SPAN_UNITS_RU = (r"дн\w*", r"день", r"недел\w*", r"месяц\w*|мес\.", r"квартал\w*", r"полугоди\w*", r"лет", r"год\w*",
                 r"час\w*")
# ... of which weeks, months, quarters and half-years in a bare count are a span wherever they stand ("7 месяцев",
# "по итогам 3 квартала"); days, years and hours may be measured
RU_SPAN_UNITS_ALWAYS = SPAN_UNITS_RU[2:6]
# ... a Russian count of years or hours is a span only after a word that makes it one (a bare "73 года" may be a
# life's expected length): "в течение 3 лет", "на протяжении 6 лет", "за 2 года", a term "на срок от 1 года
# до 3 лет", "сроком на 5 лет" (the upper end of a term after the lower: RU_AGE_RANGE_LINKS)
RU_SPAN_LEADS = (r"в\s+течение", r"на\s+протяжении", r"за(?:\s+последние)?", r"в\s+последние",
                 r"сроком(?:\s+(?:на|до|от|свыше))?", r"на\s+срок(?:\s+(?:до|от|свыше))?")
SPAN_LEADS_EN = (r"past", r"last", r"previous", r"next", r"first", r"over\s+the\s+(?:past|last|next)",
                 r"in\s+the\s+(?:past|last|next|first)", r"within",
                 # "in the six months", "over the nine months": the span the text named before, referred back to
                 r"(?:in|over|during)\s+the")
# A run of months or weeks named by its length and its last month, the period grammar's ("the 12 months to April",
# "the 12 months ended March 31", "the three months through June"): its length is no figure.
ROLLING_SPAN_LEADS_EN = (r"the",)
# ... also in a relative clause: "the 12 months that ended on June 30"
_ENDED_RELATIVE = r"(?:(?:that|which)\s+)?"  # the relative pronoun a span's verb of ending may follow
ROLLING_SPAN_ENDS_EN = (r"to", r"through", r"thru", rf"{_ENDED_RELATIVE}ended", rf"{_ENDED_RELATIVE}ending", r"until")
# ... and an age after a noun of people: "women over 35", "people under 25", "adults over 65", any plural noun of a
# doer ("learners over 30", "employees under 25", "residents over 65"), or after a comparative of age ("students
# older than 25", "younger than 18") (a bound in digit groups, a percentage or a noun after it is no age: not_figures),
# and plurals of people no doer's suffix ends ("graduates", "migrants", "veterans", "citizens", "girls")
AGE_PEOPLE_EN = (r"(?:women|men|people|adults|children|youths?|teens|those|persons|graduates|(?:im)?migrants|veterans"
                 r"|citizens|girls|boys|[a-z]+(?:ers|ees|ents|ists|ians|ors))")
AGE_PEOPLE_BOUNDS = (r"over", r"under", r"older\s+than", r"younger\s+than")
# ... of which the comparatives of age, never a noun of the phrase ("students younger than 20": the students')
AGE_COMPARATIVES_EN = (r"older", r"younger")
AGE_WORDS = (r"age[sd]?", r"over\s+age", r"under\s+age", r"aged\s+(?:over|under)", r"the\s+age\s+of",
             r"(?:older|younger)\s+than",
             r"в\s+возрасте(?:\s+(?:от|до|старше|моложе))?", r"старше", r"моложе")
# ... the upper end of an age range after one of them: "aged 16 to 24", "people aged 16-19"
AGE_RANGE_LINKS = (r"to", r"-", r"–")
# ... an age before a comparative of age: "those 24 and younger", "people 65 or older", "15 лет и старше".
AGE_AFTER_WORDS = (r"(?:and|or)\s+(?:younger|older)", r"(?:лет|года?)\s+(?:и|или)\s+(?:старше|младше|моложе)")
# ... and a bound of age after a noun of people and its age: "those 24 and under", "adults 65 and over" (after a
# bare number, "fell to 24 and over the same period", the words are no age)
AGE_BOUNDS_AFTER = (r"(?:and|or)\s+(?:under|over)",)
# An age group named by its bound: "over-65s", "the under-18s" (people past or short of that age; no figure).
AGE_GROUP_BOUNDS = (r"over", r"under")
# ... and a Russian age after a noun of people and a preposition of bounds, with its unit: "молодежи до 25 лет",
# "детей от 3 до 7 лет", "женщин старше 55 лет" (a count of people after "до" keeps its noun: "до 500 человек").
RU_AGE_PEOPLE_NOUNS = (r"молод[её]ж\w*", r"дет\w*", r"детей", r"подростк\w*", r"лиц", r"граждан\w*", r"женщин\w*",
                       r"мужчин\w*", r"пенсионер\w*", r"школьник\w*", r"юнош\w*", r"девуш\w*")
RU_AGE_BOUNDS = (r"до", r"от", r"старше", r"моложе", r"младше")
RU_AGE_LEADS = (r"в\s+возрасте",)  # "молодежи в возрасте до 25 лет"
RU_AGE_RANGE_LINKS = (r"до",)  # "детей от 3 до 7 лет"
RU_AGE_UNITS = (r"лет", r"года?")
# ... and a person's age in a relative clause, after a verb of turning, or between commas after a name: "которому 52
# года", "исполнилось 30 лет", "Игорь Семенов, 47 лет," (the pronoun in the dative holds the age)
RU_AGE_HOLDERS = (r"котор(?:ому|ой|ым)", r"ему", r"ей")
RU_AGE_TURNING = (r"исполнил(?:ось|ся|ась|ись)", r"исполнится", r"исполняется")
# An address: a street's noun, its name (capitalised words; a number in it only before "лет" and a capital, "улица
# 70 лет Октября") and, after a comma, a house number and its building: "на улице Ленина, 25, корпус 3", "на Красном
# проспекте, 82". No number in it is a figure.
RU_STREET_NOUNS = (r"улиц[аеуы]", r"улицей", r"ул\.", r"проспект[аеу]?", r"проспектом", r"пр-т[аеу]?",
                   r"переул(?:ок|ке|ка|ку|ком)", r"пер\.", r"бульвар[аеу]?", r"бульваром", r"шоссе", r"площад[иь]",
                   r"площадью", r"набережн(?:ая|ой|ую)", r"проезд[аеу]?", r"тракт[аеу]?")
RU_STREET_ANNIVERSARY = (r"лет", r"-?летия")  # "улица 70 лет Октября", "проспект 60-летия Октября"
RU_STREET_YEAR_WORDS = (r"года",)  # "улица 1905 года, 3"
RU_HOUSE_LEADS = (r"дом", r"д\.")  # "ул. Ленина, д. 5"
RU_HOUSE_PARTS = (r"корпус", r"корп\.", r"к\.", r"строение", r"стр\.", r"литера?")  # "25, корпус 3"
# The article before a title with a number ("The Equalizer 3 hits theaters"): the number is the title's.
TITLE_ARTICLES = (r"the",)
# The small words English title case leaves in lower case inside a title: '"Harbor of Ash"', '"Kings of the
# Valley"' (one title, never a noun "Harbor" governing "Ash").
TITLE_SMALL_WORDS = ("of", "the", "a", "an", "and", "in", "on", "at", "to", "for", "from", "with", "by", "or", "nor",
                     "but", "as", "into", "upon")
# Labels numbered, not counted: "Category 2 and 3", "Phase 2", "Week 14", "Level 4" (capitalised); the items of a
# numbered series too, a code's title, a form, a road, a channel, a flight, a ballot measure, a day of a run:
# "Title 10", "Form 1040", "Interstate 95", "Channel 4", "Flight 370", "Proposition 22", "Day 10".
LABEL_NOUNS = ("Category", "Categories", "Phase", "Stage", "Level", "Round", "Week", "Tier", "Grade", "Class",
               "Season", "Episode", "Part", "Volume", "Vol.", "Game", "Lot", "Item", "Table", "Figure", "Chart",
               "Title", "Titles", "Rule", "Form", "Interstate", "Route", "Highway", "Channel", "Flight",
               "Proposition", "Amendment", "Day",
               "Категория", "Категории", "Этап", "Фаза", "Уровень", "Неделя", "Таблица", "Рисунок")
# A number joined to the letter of a format it labels: a film's dimensions and a cinema format ("shown in 3D and
# 4DX"), a mobile network's generation ("5G phones"). Exact spellings; "4K" is left out: "$4K" is four thousand.
FORMAT_LABELS = ("2D", "3D", "4D", "4DX", "2G", "3G", "4G", "5G", "6G", "2Д", "3Д")

# Words after a month that make it a contract's delivery month, not a period: "crude for January delivery",
# "the March contract", "фьючерс на поставку в марте" (regular-expression words).
CONTRACT_MONTH_WORDS = (r"delivery", r"deliveries", r"contracts?", r"futures", r"expiry", r"settlement",
                        r"поставк\w*", r"контракт\w*", r"фьючерс\w*")
# Units a price is quoted per are never a figure's subject ("$826.50 an ounce, rising $54.25": gold rose).
# ... but the plural "shares" of a company is its stock, whose price a change measures ("Shares rose 6% in
# after-hours trading", "Orbis shares fell 3%"), where "a share of" the market is a part, no measure.
STOCK_NOUN_FORMS = frozenset({"shares"})
NEVER_SUBJECT_UNIT_WORDS = frozenset("ounce gallon litre liter bushel kilogram kilo унция галлон литр бушель".split())
# Heads that name the change of a measure, not a measure: "(темпы роста 18,5%)", "its growth rate of 5%": the
# change of the figure's measure just named in the sentence.
CHANGE_SUBJECT_HEADS = frozenset("""
    темп рост прирост снижение увеличение сокращение падение динамика growth increase decrease rise fall drop
    decline rate pace change
""".split())
# Between a part and its whole: "15,6 трлн из 68,9 трлн", "1.2 million out of 4 million": the second is the whole.
WHOLE_AFTER_PART = (r"из", r"out\s+of", r"of\s+(?:a\s+)?total\s+(?:of\s+)?", r"от\s+общего\s+объ[её]ма\s+в")
# Weeks named by their last day (the temporal grammar of news): "in the week to June 25", "the week ended June
# 25", "за неделю по 25 июня". Not "this week" or "for the week": which week that is depends on the day a weekly
# report is published, which the text does not say (measured: read from the publication date, it was wrong).
WEEK_TO_LEADS = (r"(?:in\s+)?the\s+week\s+(?:to|ending|ended|through)", r"(?:за\s+)?неделю\s+(?:по|до)")

# --- not figures ---
# Words before a rank, which orders, not measures: "in the top 10", "a top-five", "топ-10".
RANK_LEADS = (r"top", r"топ")
# Words before a count of time units that make it a span, not a figure: "the highest in 13 years", "within 12
# months", "over 10 years". Not "after" or "for", which measure as often ("failed after three days", "a ban for
# six months"): what may be a figure stays one, for the journalist to keep or strike.
DURATION_LEADS_EN = (r"in", r"within", r"over", r"during")
# Qualifiers that may stand between such a word and the count: "in more than 13 years", "for nearly 12 months".
DURATION_QUALIFIERS_EN = (r"more\s+than", r"almost", r"nearly", r"about", r"some", r"over")
# A duration after "for" and a state of people that bounds whom a measure counts, not a figure: "out of work for
# more than 12 months", "unemployed for at least six months", "jobless for 12 months or longer" (a threshold of a
# definition; "a ban for six months" and "the strike lasted for more than 3 weeks" stay figures).
THRESHOLD_STATES_EN = (r"out\s+of\s+work", r"unemployed", r"jobless", r"without\s+(?:a\s+)?(?:work|job)",
                       r"in\s+arrears", r"(?:looking|searching)\s+for\s+(?:work|a\s+job|jobs)",
                       r"seeking\s+(?:work|a\s+job|jobs)")
THRESHOLD_DURATION_LEADS_EN = (r"for\s+(?:more|longer)\s+than", r"for\s+at\s+least", r"for\s+over")
THRESHOLD_DURATION_AFTER_LEADS_EN = (r"for",)
THRESHOLD_DURATION_AFTER_EN = (r"or\s+(?:more|longer)",)
# A bound of time after a verb of waiting or of being attended to is the threshold a measure of service counts by,
# not a figure: "patients who waited more than 12 hours", "seen within four hours", "treated within 62 days",
# "waiting longer than 18 weeks" (the count of those patients, or their share, is the figure).
THRESHOLD_WAIT_VERBS_EN = (r"wait(?:s|ed|ing)?", r"seen", r"treated", r"admitted", r"assessed", r"answered",
                           r"discharged", r"transferred")
THRESHOLD_WAIT_BOUNDS_EN = (r"(?:for\s+)?(?:more|longer)\s+than", r"(?:for\s+)?over", r"(?:for\s+)?at\s+least",
                            r"within", r"in\s+under", r"in\s+less\s+than", r"under", r"less\s+than")
# A bound after "with" and a noun, after a plural noun, names the group counted, not a figure: "the share of
# hospitals with an occupancy rate above 90%", "households with incomes over $50,000", "firms with more than 250
# employees" (the count of such hospitals, or their share, is the figure).
GROUP_THRESHOLD_LEADS_EN = (r"with",)
GROUP_THRESHOLD_DETERMINERS_EN = (r"an?", r"the", r"their", r"its")
# A change "of their" measure names it after the figure, the subject before the verb its owner: "Community
# colleges lost 3.4% of their full-time students" (the colleges' students).
OWNED_PART_LEADS_EN = (r"of\s+their", r"of\s+its")
GROUP_THRESHOLD_BOUNDS_EN = (r"above", r"below", r"over", r"under", r"exceeding", r"(?:of\s+)?more\s+than",
                             r"(?:of\s+)?less\s+than", r"fewer\s+than", r"(?:of\s+)?at\s+least", r"of\s+over")
# A day and a month in digits with no year after a preposition, heading a figure ("(на 31.03: 246,9 млрд)") or
# after "по состоянию на": a date, not a number.
RU_AS_OF_LEADS = (r"по\s+состоянию\s+на",)  # "по состоянию на 01.04": dates a figure wherever it stands
RU_SHORT_DATE_LEADS = (*RU_AS_OF_LEADS, r"на", r"по", r"с", r"к", r"до")
# Words after which a number and a noun name the size of a known set, not a figure: "in 9 of the 12 nations and
# regions", "across the 27 member states", "each of the 50 states".
SET_SIZE_LEADS_EN = (r"of\s+the", r"across\s+the", r"all\s+the")
# The indefinite article, which names one of a unit without measuring anything: "the price of an ounce of gold",
# "a tonne of coal cost $120" (read with PRICE_PER_UNITS); and one of a period, never a count of months or years:
# "a year", "an hour" (the period reader).
INDEFINITE_ARTICLES = (r"a", r"an")
# A price named as the price of one unit: "the price of an ounce of gold", "the price for an ounce", "an ounce of
# gold cost $2,400".
PRICE_NOUNS = (r"prices?", r"costs?", r"values?")
PRICE_OF = (r"of", r"for")
PRICE_VERBS = (r"costs?", r"cost", r"sold", r"sells", r"fetched", r"fetches", r"traded", r"trades")
# ... of which the verb of what making something took: "The film cost $95 million to produce", "It cost about $120
# million" (after a noun of ENTITY_NOUNS or "It": the cost of the name it stands for, never a measure "Film cost")
COST_VERBS = (r"costs?",)
# A streak's length is a count of periods, not a measure: "a string of 13 years of gains", "for 13 straight
# quarters", "six consecutive months".
STREAK_LEADS_EN = (r"string\s+of", r"run\s+of", r"streak\s+of", r"series\s+of", r"stretch\s+of")
STREAK_ADJECTIVES_EN = (r"straight", r"consecutive", r"successive")
# The rest of the not-a-figure reader's words (regular-expression notation, like the section above).
ORDINAL_SUFFIXES_EN = (r"st", r"nd", r"rd", r"th")  # "15th", "Nov 12th"
ORDINAL_ENDINGS_RU = (r"й", r"я", r"е", r"го", r"му", r"м", r"х")  # "3-й", "15-го"
CLOCK_SUFFIXES = (r"am", r"pm", r"a\.m\.", r"p\.m\.")  # "9.30 am", "10 a.m."
PHONE_LEADS = (r"call", r"phone", r"tel\.?", r"телефон[а-я]*", r"тел\.")
# Words before a match's score, "со счетом 3:1", "a final score of 2:0": two goals or points, never a figure.
SCORE_LEADS = (r"сч[её]том", r"сч[её]т", r"score\s+of", r"score", r"scoreline")
# Words before the number of a document or of a part of one: "article 12", "273-ФЗ", "page 7", "п. 3".
DOCUMENT_NUMBER_LEADS = (r"№", r"No\.", r"no\.", r"nr\.", r"article", r"art\.", r"section", r"law", r"page", r"p\.",
                         r"pp\.", r"стать[яиюе]", r"ст\.", r"закон[а-я]*", r"пункт[а-я]*", r"п\.", r"страниц[а-я]*",
                         r"стр\.", r"chapter", r"глав[а-я]*", r"резолюци[а-я]*", r"resolution", r"decree",
                         r"указ[а-я]*", r"постановлени[а-я]*")
# Idioms that name a figure without giving one: "a dollar figure", "double-digit growth".
FIGURE_IDIOM_DETERMINERS = (r"a", r"one", r"the")
FIGURE_IDIOM_CURRENCIES = (r"dollar", r"euro", r"pound", r"rouble", r"ruble")
FIGURE_IDIOM_NOUNS = (r"figure",)
DIGIT_COUNT_WORDS = (r"single", r"double", r"triple")
DIGIT_NOUNS = (r"digits?",)
# A container's size class, a length joined to "foot" before the noun it sizes: "twenty-foot equivalent units",
# "40-foot containers" (the class the boxes are counted in, never a length measured).
CONTAINER_SIZE_UNITS = (r"foot", r"ft")
CONTAINER_SIZE_NOUNS = (r"equivalents?", r"containers?", r"boxes")
# Words after "N-" that make a multiplier or a percentage, not a compound: "3-fold", "5-percent".
COMPOUND_FIGURE_WORDS = (r"fold", r"times", r"percent", r"pc")
# A Russian adjective joined to a number by a hyphen that still makes it a figure: a multiplier, a percentage or a
# unit of measure ("3-кратный", "5-процентный", "12-километровый"); any other ("25-этажный", "45-летний",
# "3-комнатная") names a kind of thing and is no figure without a unit.
COMPOUND_FIGURE_STEMS_RU = (r"кратн", r"процентн", r"километров", r"метров", r"миллиметров", r"сантиметров",
                            r"тонн", r"литров", r"граммов", r"килограммов", r"гектарн", r"градусн", r"тысячн",
                            r"миллиардн", r"миллионн", r"рублев", r"долларов")
# Scale words inside a rate's denominator: "на 100 тыс. населения", "per 100 thousand people".
RATE_DENOMINATOR_SCALES = (r"тыс\.?", r"thousand", r"million")
# A rate's denominator in digits, opening a sentence: "Per 1,000 residents, there were 8.4 births".
RATE_DENOMINATOR_POWERS = (r"1[,\s]?000", r"100[,\s]?000")
# Between the numbers of one label: "Category 2 and 3", "Phase 2-3".
LABEL_CONJUNCTIONS = (r"and", r"or", r"&", r"и", r"-", r"–")

# ---------------------------------------------------------------------------------------------------------
# Temporal grammar of news, anchored to the publication date (the periods reader; regular-expression words)

# Days of the week, Monday first: "fell $1.70 on Friday", "в пятницу подешевела на 2%" is the last such day on
# or before publication, the day a daily market report speaks of. After a verb of speech ("the ministry said on
# Monday") the day is when it was said, not a figure's period.
WEEKDAY_FORMS = (
    (r"monday", r"понедельника?"), (r"tuesday", r"вторника?"), (r"wednesday", r"сред[аыу]"),
    (r"thursday", r"четверга?"), (r"friday", r"пятниц[аыу]"), (r"saturday", r"суббот[аыу]"),
    (r"sunday", r"воскресень[ея]"),
)
WEEKDAY_LEADS = (r"on", r"в", r"во")
# A weekday that names an update or an edition dates the text, not its figures: "Monday Update: the film
# debuted with $31 million", "the Sunday edition".
EN_WEEKDAY_TEXT_NOUNS = (r"updates?", r"editions?")
# A weekday of previews dates the previews' own figure alone ("Thursday previews contributed $5.2 million",
# "$3 million in Thursday-night previews", "previews on Thursday"): the weekend that follows holds them, and the
# text's other figures go on with that weekend.
EN_PREVIEW_NOUNS = (r"previews?", r"preview\s+screenings?", r"early\s+screenings?")
EN_PREVIEW_TIMES = (r"night", r"evening")
# What forecasters had expected of the figures just released: a consensus of the period the text reports, not of
# the year ahead ("Economists polled by Reuters had expected a fall of 90,000", "аналитики ожидали роста на 2%").
EN_EXPECTING_VERBS = (r"expected", r"forecast", r"predicted", r"anticipated", r"projected", r"estimated")
CONSENSUS_CUES = (rf"had\s+(?:been\s+)?{any_of(EN_EXPECTING_VERBS)}",
                  r"(?:was|were)\s+expecting", r"consensus", r"ожидали", r"прогнозировали", r"консенсус\w*")
# A number before the forecasters and their verb of expecting is what they expected, never a count of them: "far
# more than the 155,000 economists had expected", "больше 150 тыс., которые ожидали аналитики" (auxiliaries first).
EXPECTING_AUXILIARIES = (r"had", r"have", r"has", r"were", r"was", r"been", r"had\s+been")
EXPECTING_VERBS = (*EN_EXPECTING_VERBS, r"ожидали", r"прогнозировали")
# A run of days from one weekday to another: "from Friday to Sunday", "Friday through Sunday", "с пятницы по
# воскресенье" (weekend box office counts its three days so).
WEEKDAY_RANGE_LEADS = (r"from", r"с")
WEEKDAY_RANGE_LINKS = (r"to", r"through", r"thru", r"по")
# "$33.7 million between Friday and Sunday": the run of days earned over, as "from Friday to Sunday"
WEEKDAY_BETWEEN = (r"between", r"между")
WEEKDAY_BETWEEN_LINKS = (r"and", r"и")

# --- extract: periods ---
# The period reader's own words (regular-expression words; patterns are built from them in extract/periods.py).
# The weekday of the week before publication's: "since last Friday", "from last Friday's close", "в прошлую
# пятницу" (a weekly market report counts its changes from it).
LAST_WEEKDAY_LEADS = (r"last", r"the\s+previous", r"в\s+прошл(?:ый|ое|ую)", r"в\s+предыдущ(?:ий|ее|ую)")
# Where a change starts: "since last Friday", "с прошлой пятницы" (the same weekday, a week before).
SINCE_LAST_WEEKDAY_LEADS = (r"since\s+last", r"since\s+the\s+previous", r"со?\s+прошл(?:ой|ого)",
                            r"со?\s+предыдущ(?:ей|его)")
# A run of days from an opening to publication: "since opening on Wednesday", "since its debut on Friday", "since
# it opened Wednesday" (what a film, a show or an offer has taken since it began).
# A place where it opened may stand before the day: "since opening there on July 12".
SINCE_OPENING_LEADS = (r"since\s+(?:its\s+|their\s+)?(?:opening|debut|release|launch|premiere)(?:\s+there)?\s+on",
                       r"since\s+(?:opening|debuting|premiering|launching)(?:\s+there)?\s+on",
                       r"since\s+(?:it|they)\s+(?:opened|debuted|premiered|launched)(?:\s+there)?(?:\s+on)?")
# ... and its day between a possessive and the noun of the opening: "since its June 19 release", "since their
# July 4 debut".
SINCE_DATED_OPENING_LEADS = (r"since\s+(?:its|their)",)
OPENING_NOUNS = (r"opening", r"debut", r"release", r"launch", r"premiere")
# An epidemiological week written as a code, its number joined to it: "EW14", "in EW 25".
NUMBERED_WEEK_CODES = (r"EW",)
# A day of a run by its number, after a preposition: "by day 10 of its release", "on day 3 of the strike" (a day
# numbered, not a count of days; "the day 40 people were hurt" has no such preposition before "day").
NUMBERED_DAY_LEADS_EN = (r"(?:on|by|until|through|from|since|after)\s+day",)
# A week by its number: "epidemiological week 25", "ISO week 3", "in week 14 of 2024", "неделя № 25".
NUMBERED_WEEK_LEADS = (r"epidemiological\s+week", r"epi\s+week", r"(?:iso|calendar|reporting)\s+week",
                       r"(?:in|during|for)\s+week", r"week\s+(?:no\.?|number)", r"эпидемиологическ\w+\s+недел\w+",
                       r"недел[яиюе]\s+№")
# A week by its ordinal, Russian: "на пятой неделе 2019 года", "за 5-ю неделю" (an epidemiological bulletin's week:
# an ISO week), with the number each ordinal stem names, its endings, the words before it and the noun's cases;
# a week of a month named after it ("на второй неделе января") or a week in a row is no numbered week.
RU_WEEK_ORDINALS: dict[str, int] = {
    "перв": 1, "втор": 2, "трет": 3, "четверт": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8, "девят": 9,
    "десят": 10,
}
RU_WEEK_ORDINAL_WORD_ENDINGS = (r"ой", r"ую", r"ья", r"ьей", r"ью", r"ая")
RU_WEEK_ORDINAL_DIGIT_ENDINGS = (r"й", r"ю", r"я", r"ой", r"ую")
RU_ORDINAL_WEEK_LEADS = (r"на", r"за")
RU_ORDINAL_WEEK_NOUNS = (r"неделе", r"неделю")
# "третью неделю подряд" counts weeks in a row; "за первую неделю проката", "на 12-й неделе беременности", "на второй
# неделе жизни", "на первой неделе продаж", "торгов" count weeks from their own start, no week of the calendar
RU_ORDINAL_WEEK_NOT_AFTER = (r"подряд", r"проката", r"беременности", r"жизни", r"продаж", r"торгов", r"показа",
                             r"работы", r"после")
# "в одном только августе": the words that say a month is named for itself alone (ALONE_BEFORE_PERIOD)
RU_ALONE_LEAD = r"(?:в|за)\s+(?:одном|один|одну|одной)\s+(?:только|лишь)"
# The prepositions a month without its year stands after when it is a period: "в феврале", "in March", "last
# March", "over February" (a month is the span a change took place over: a baseline is said with "from",
# "against" or "compared with").
MONTH_ALONE_LEADS = (r"в", r"во", r"за", r"с", r"по", r"до", r"к", r"на", r"of", r"in", r"during", r"since", r"for",
                     r"by", r"until", r"through", r"last", r"over",
                     # the other end of a comparison: "fell in April compared with March", "up from April"
                     r"compared\s+(?:with|to)", r"from", r"against", r"versus",
                     # a month said alone: "в одном только августе" (ALONE_BEFORE_PERIOD)
                     RU_ALONE_LEAD)
# A change over the period just ended, said after the figure: "+2,2% за месяц и +14,8% за год", "up 2% on the
# month", "down 1% over the year" (the ISO duration each phrase goes back by, as PREVIOUS_PERIOD_PHRASES).
# A change named by how often it is counted: "the second monthly fall in a row", "the biggest quarterly rise since
# 1989" are against the month and the three months before (English nouns of change, from the inventory above).
_EN_CHANGE_NOUN_FORMS = "|".join(noun for noun in CHANGE_NOUNS_DOWN + CHANGE_NOUNS_UP if noun.isascii())
FREQUENCY_CHANGE_PHRASES: dict[str, tuple[str, ...]] = {
    "P1M": (rf"(?<!\w)monthly\s+(?:{_EN_CHANGE_NOUN_FORMS})(?!\w)",),
    "P3M": (rf"(?<!\w)quarterly\s+(?:{_EN_CHANGE_NOUN_FORMS})(?!\w)",),
}
# Twelve months with no year after them are the twelve months to the figure's own time, as "за год": "за 12
# месяцев вклады выросли на 21%" of a level on October 1 is against October 1 a year before ("за 12 месяцев 2025
# года" is that calendar year, FIRST_MONTHS_LEADS).
RU_ROLLING_YEAR_PHRASES = (r"(?<!\w)за\s+(?:последние\s+)?(?:12|двенадцать)\s+месяцев(?!\w)",)
# ... and in English the last twelve months, no month named ("the 12 months to May" is ROLLING_YEAR_EN): "The deficit
# over the last twelve months totals $907 billion" is the sum of the twelve months to the month the text reports.
EN_TRAILING_YEAR_PHRASES = (r"(?<!\w)(?:over|in|during|for)\s+the\s+(?:last|past|previous|preceding|trailing)\s+"
                            r"(?:12|twelve)\s+months(?!\w)(?!\s+(?:to|through|ended|ending)\s)",)
# ... and in Russian "за год" of an amount after a part of the year that does not close it: "В третьем квартале
# введено 145 тыс. кв. м. За год в регионе построено 28,5 тыс. квартир" is the twelve months to September.
RU_TRAILING_YEAR_PHRASES = (r"(?<!\w)за\s+(?:последний\s+)?год(?!\w)(?!\s+до\s)", *RU_ROLLING_YEAR_PHRASES)
OVER_PERIOD_PHRASES: dict[str, tuple[str, ...]] = {
    # ("за месяц до выборов" is a month before them, no span of a change)
    "P1M": (r"за\s+месяц(?!\w)(?!\s+до\s)", r"(?:on|over)\s+the\s+month(?!\w)"),
    "P3M": (r"(?:on|over)\s+the\s+quarter(?!\w)",),  # "fell by 7,000 over the quarter": against the three months before
    "P1Y": (r"за\s+год(?!\w)(?!\s+до\s)", r"(?:on|over)\s+the\s+year(?![\w-])", *RU_ROLLING_YEAR_PHRASES,
            *EN_TRAILING_YEAR_PHRASES),
}
# Russian adjectives of the months, by stem in calendar order: "сентябрьские объёмы", "по итогам мартовских
# торгов" name the month; "сентябрьским результатам прошлого года" that month of the year before.
RU_MONTH_ADJECTIVE_STEMS = ("январск", "февральск", "мартовск", "апрельск", "майск", "июньск", "июльск",
                            "августовск", "сентябрьск", "октябрьск", "ноябрьск", "декабрьск")
RU_ADJECTIVE_ENDINGS = ("ий", "ая", "ое", "ие", "ого", "ой", "ому", "им", "ую", "их", "ими", "ом")
# The rest of the period reader's grammar, as regular-expression words and phrases (extract/periods.py builds
# its patterns from them, in the order written there).
PERIOD_ARTICLES = (r"the", r"its", r"their")  # "in the first half", "in its third weekend", "the year to June"
# Ordinals of a run after such an article, before the period they count: "to $9.2 million in its second weekend"
PERIOD_RUN_ORDINALS = (r"first", r"second", r"third", r"fourth", r"fifth", r"sixth", r"seventh", r"eighth", r"ninth",
                       r"tenth", r"opening")
PERIOD_OF = (r"of",)  # "first half of 2023", "March of 2024"
RU_YEAR_GENITIVES = (r"года", r"г\.")  # "2024 года", "2024 г."
RU_YEAR_NOUNS = (r"год\w*", r"г\.")  # "в 2024 году", "2024 год"
RU_ORDINAL_YEAR_ENDINGS = (r"го", r"м", r"й")  # "2024-го", "в 2024-м"
PERIOD_RANGE_WORDS = (r"to", r"through", r"по", r"до")  # "January to May", "с января по май"
MONTHS_RANGE_LEADS = (r"с", r"from")  # "с января по май", "from January to May"
# A run of months between two: "between January and March", "между январем и мартом" (not "in January and
# March", two months of their own).
MONTHS_BETWEEN_LEADS = (r"between", r"между")
MONTHS_BETWEEN_LINKS = (r"and", r"и")
# ... and a run of months named as a period of its own, the article before its first month and the noun after its
# last: "in the June to August period", "the May-to-July period" (a statistics office's rolling run, as "between";
# "from January to August" is the months so far).
MONTHS_RUN_ARTICLES = (r"the",)
MONTHS_RUN_NOUNS = (r"period",)
# A run of months just before another, counted: "from 8.2% in the previous three months", "за предыдущие три
# месяца" (a figure's own time, that many months back from its sentence's period).
PRIOR_RUN_WORDS = (r"the\s+(?:previous|preceding|prior)", r"(?:за\s+)?предыдущ(?:ие|их)")
FIRST_WORDS = (r"first", r"первые")  # "the first nine months", "за первые девять месяцев"
MONTHS_PLURAL = (r"months",)  # "the three months to March"
YEAR_NOUNS = (r"year",)  # "the year to June"
# "the year ended March 31", "the 12 months ending in April"
# "the quarter ended September 30", "the year that ended on Sept. 30" (a relative clause, a day after "on")
TO_END_WORDS = (r"to", rf"{_ENDED_RELATIVE}ending(?:\s+(?:in|on))?", rf"{_ENDED_RELATIVE}ended(?:\s+(?:in|on))?",
                r"through")
END_OF_PHRASES = (r"the\s+end\s+of",)  # "the three months to the end of June"
# A run of months "to" a month, as statistics offices name a rolling run ("in the three months to July"): its
# change is against the run before it unless a year earlier is named ("the six months ended June 30" is a
# company's half, compared with a year before).
ROLLING_RUN_TO = (r"to",)
# A year named by its last month ("the year to July", "the 12 months to July", "the twelve months through June"): a
# percentage over it is that month's annual rate ("Average earnings rose by 1.5% in the year to July", "inflation
# of 2.6%"), while an amount over it is the twelve months' sum ("net migration of 606,000 in the year to June").
ROLLING_YEAR_EN = r"the\s+(?:year|12\s+months|twelve\s+months)\s+(?:to|through|ended|ending)\s"
YEAR_TO_DATE_PHRASES = (
    r"year[\s-]to[\s-]date", r"(?<![\w-])YTD(?![\w-])", r"so\s+far\s+(?:this|in\s+the)\s+year",
    r"so\s+far\s+in\s+(?:19|20|21)\d\d",
    r"since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year",
    r"с\s+начала\s+(?:этого\s+|текущего\s+)?года",
    # with its year: "с начала 2025 года" (the year so far, or since a year gone by); not "since the start of 2024",
    # which English writes for a record's comparison ("the highest since the start of 2024")
    r"с\s+начала\s+(?P<to_date_year>(?:19|20|21)\d\d)\s+года(?!\w)",
)
# "A year ago, "Fast Rail" led the same weekend with $13.4 million": "the same" period as the text's, in the time a
# phrase dated the sentence back to (no period of its own); so is "the comparable weekend" ("In 2019, the comparable
# weekend brought in $131 million": the text's weekend in 2019)
SAME_AS_TEXT_WORDS = (r"the\s+same", r"that\s+same", r"the\s+comparable", r"the\s+corresponding",
                      r"тот\s+же", r"те\s+же")
SAME_PERIOD_YEAR_LEADS = (r"за", r"in", r"for")  # "за такой же период 2024 года", "in the same period of 2024"
# The same period a year earlier, said without its year: "the same period last year", "a year earlier", "год к
# году", "the year-ago quarter", "the comparable weekend last year", "last year's corresponding weekend".
SAME_PERIOD_A_YEAR_EARLIER = (
    r"(?:the\s+)?(?:same|comparable|corresponding)\s+(?:period|months?|quarter|weekend|week)\s+(?:of\s+|in\s+)?"
    r"(?:a\s+year\s+(?:earlier|ago)|last\s+year|the\s+(?:previous|prior)\s+year)",  # "the same month in the prior year"
    # ... with the year before the noun, as box office compares a weekend: "last year's comparable weekend"
    r"last\s+year['’]s\s+(?:same|comparable|corresponding)\s+(?:period|months?|quarter|weekend|week)",
    rf"{RU_SAME_PERIOD}\s+(?:прошлого|предыдущего)\s+года",
    r"a\s+year\s+(?:earlier|ago|before)", r"годом\s+ранее", r"year[\s-](?:on|over)[\s-]year", r"\by/y\b", r"\byr/yr\b",
    r"в\s+годовом\s+выражении", r"год\s+к\s+году",
    r"(?:the\s+)?(?:year[\s-]ago|prior[\s-]year|previous[\s-]year)\s+(?:quarter|period|month|half)",
)
# Ordinals of halves and quarters, with the number each names (a stem matches its case forms: "первом", "втором").
PERIOD_ORDINALS: dict[str, int] = {
    "перв": 1, "втор": 2, "трет": 3, "четверт": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4, "first": 1, "second": 2,
    "third": 3, "fourth": 4, "1": 1, "2": 2, "3": 3, "4": 4,
}
HALF_ORDINALS = (r"перв\w*", r"втор\w*", r"first", r"second")
HALF_NOUNS = (r"полугоди\w*", r"half")
# A half of a year named with "половина", only before its year: "в первой половине 2021 года", "во второй
# половине прошлого года", "в первой половине года" (its year not printed), not "во второй половине дня".
RU_HALF_OF_YEAR_NOUNS = (r"половин(?:а|ы|е|у|ой)",)
RU_HALF_OF_YEAR_BARE_YEAR = (r"года",)
QUARTER_ORDINALS = (r"перв\w*", r"втор\w*", r"трет\w*", r"четверт\w*", r"first", r"second", r"third", r"fourth",
                    r"\bI{1,3}\b", r"\bIV\b")
QUARTER_NOUNS = (r"квартал\w*", r"quarter")
FISCAL_WORDS = (r"fiscal", r"financial")  # "fiscal 2023", "financial year 2023"
FISCAL_ABBREVIATIONS = (r"FY",)  # "FY2023", "FY 23"
# A company's fiscal calendar, when the article names it: "its fiscal year ends in September", "the financial
# year ending June 30", "a fiscal year that begins in October" (format 1.2 section 2).
FISCAL_YEAR_NOUNS = (r"(?:fiscal|financial)\s+years?",)
# A fiscal year by its number, before a relative clause of its end: "fiscal 2024, which ended in September" (the
# number stays the period of its figures).
FISCAL_YEAR_NUMBERED = (r"(?:fiscal|financial)\s+(?:year\s+)?(?:19|20|21)\d\d,?",)
FISCAL_END_VERBS = (r"ends?", r"ending", r"ended", r"closes?", r"closing", r"runs?\s+to", r"to")
FISCAL_START_VERBS = (r"begins?", r"beginning", r"began", r"starts?", r"starting", r"started")
# A company's results for a whole year, reported: the last year ended before publication ("a 27% rise in annual
# profit", "full-year revenue", "годовая прибыль"), its fiscal year when the article names the calendar. Not a rate
# ("annual inflation", "годовая инфляция": twelve months to a month), nor sales (a rate a forecast expects).
# The adjective alone is the period: the noun after it stays the figure's subject ("annual revenue target" is a
# plan's, not results).
ANNUAL_RESULTS_PHRASES = (
    r"(?:annual|full[\s-]year)(?=\s+(?:(?:pre-tax|net|operating|underlying)\s+)?"
    r"(?:profits?|loss(?:es)?|results|earnings|revenues?|turnover)(?!\w)(?!\s+(?:targets?|goals?|plans?|"
    r"forecasts?|guidance|outlook)(?!\w)))",
    r"годов(?:ая|ой|ую)(?=\s+(?:чист(?:ая|ой|ую)\s+)?(?:прибыл[ьи]|выручк[аиу]|убыт(?:ок|ка))(?!\w))",
)
# A plan or forecast for a whole year, with no year printed: "Годовой план по расходам – 110,4 млрд", "годовые
# назначения", "план на год", "the annual target", "a full-year forecast of", "for the full year ... expects". It
# is for the year of the period the text is about (a budget's nine months, a company's quarter), not the year of
# publication: a report on last year's budget is printed the year after.
# A plan named with its period before a plan's figures: "бюджет области на 2024 год", "the budget for 2020",
# "the 2024 budget" (a plan's nouns, regular-expression stems, and the prepositions of its period). A target or a
# forecast whose sentence names no period is of the period of the plan named just before it.
PLAN_NAME_STEMS = (r"бюджет", r"план", r"прогноз", r"budget", r"plan", r"forecast", r"outlook")
PLAN_PERIOD_PREPOSITIONS = (r"на", r"for")
PLAN_NAMES_AFTER_YEAR = (r"budgets?", r"plans?", r"forecasts?", r"outlook", r"бюджет\w*", r"план\w{0,3}")
ANNUAL_PLAN_PHRASES = (
    r"годов(?:ой|ого|ому|ым|ом|ая|ую|ые|ых|ыми)\s+(?:план|назначени|прогноз|цел)",
    r"(?:план|цел)\w*(?:\s+[^\W\d]+){0,4}\s+на\s+год(?!\w)",  # "План по области на год", "цель на год"
    # ... with the measure's words between ("its full-year nickel production guidance")
    r"(?:annual|full[\s-]year|year-end)\s+(?:[^\W\d]+\s+){0,3}?(?:targets?|goals?|plans?|forecasts?|guidance|outlook)",
    # ... and what is expected "for the full year" (a fiscal year is left to its calendar)
    r"(?:for|over)\s+the\s+(?:full|whole|entire)\s+year",
)
# ... and the same words AFTER a forecast's figure, in its clause ("expects sales of $190 million for the full year",
# "to stay below 5.2% for the rest of the year", "exports of $4.5 billion for the year"), with a few words between
# ("to gross $210 million worldwide for the full year"); not "for the year ending June" (a fiscal year).
ANNUAL_PLAN_AFTER_FIGURE = (r"(?:for|over)\s+the\s+(?:(?:full|whole|entire)\s+year|rest\s+of\s+the\s+year|year)",)
FISCAL_VERB_LINKS = (r"that", r"which")  # "a fiscal year that ends in June"
# a quarter's or half's last day names the fiscal calendar: "the fiscal 2025 first quarter, which ended Dec. 28"
FISCAL_PART_ENDED_VERBS = (r"ended", r"ending")
FISCAL_MONTH_LEADS = (r"in", r"on")
# Verbs of a company giving its results: "In July, Apple's third-quarter revenue fell ... as the iPhone maker
# reported": the month of the report follows the part of the year reported.
# A forecast ("expects third-quarter revenue to rise") is no report and says nothing of the calendar.
RESULTS_REPORT_VERBS = (r"reported", r"posted", r"announced", r"released", r"reporting", r"posting", r"said")
# A month set in its fiscal year by an apposition names the calendar: "October, the first month of fiscal 2019"
# (the year begins in October); the apposition is no period of the figure. The ordinals, in the order they count.
FISCAL_MONTH_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                         "tenth", "eleventh", "twelfth")
FISCAL_LAST_MONTH = ("last", "final")
FISCAL_MONTH_OF = (r"month\s+of\s+(?:the\s+|its\s+)?(?:fiscal|financial)(?:\s+year)?(?:\s+(?:19|20|21)\d\d)?",)
FINANCIAL_YEAR_AFTER = (r"financial\s+year",)  # "the 2023 financial year"
# A government's budget statement leaves its fiscal calendar unsaid: it is that of the government whose money the
# budget counts. A text about a budget ("budget" or "treasury" with "deficit", "surplus" or "outlays") that names no
# calendar and prints its amounts in dollars or pounds has the dollar's federal year (October to September) or the
# pound's (April to March) in its fiscal periods: "fiscal year-to-date", "fiscal 2019". Still a guess, marked.
GOVERNMENT_BUDGET_NOUNS = (r"budgets?", r"treasury")
GOVERNMENT_BALANCE_NOUNS = (r"deficits?", r"surplus(?:es)?", r"outlays")
GOVERNMENT_FISCAL_YEAR_END = {"USD": 9, "GBP": 3}  # the month a government's fiscal year ends in, by its currency
# "по состоянию на 9 августа", "на 1 января"; "к 1 сентября", "к началу сентября": the level reached by that day
AS_OF_LEADS_RU = (r"(?<!\w)(?:по\s+состоянию\s+)?на", r"(?<!\w)к")
# "as of June 30", "as at 31 March", "the deficit at March 31"; "reached 81.3 percent by Jan. 15": the level reached by
# that day, as "к 1 сентября"
AS_OF_LEADS_EN = (r"\bas\s+(?:of|at)", r"\bat", r"\bby")
# of those, the ones that name a reporting date ("as of June 30"), not a level reached by a day or a trading day
REPORTING_DAY_LEADS_EN = (r"\bas\s+(?:of|at)",)
# What is quoted every trading day ("курс доллара", "акции", "share prices"): its change on a day, even one named
# "as of" it, is from the working day before
DAILY_QUOTE_WORDS = (r"(?<!\w)курс(?:а|у|ом|е|ы|ов)?(?!\w)", r"(?<!\w)акци(?:и|й|ям|ями|ях)(?!\w)",
                     r"(?<!\w)котировк\w*", r"\bprices?\b", r"\bshares\b", r"\bexchange\s+rates?\b")
# A run of days named by its first and last day: "from January 1 to June 26", "between Jan. 1 and June 26, 2021"
# (a running total counted over those days: 2021-01-01/2021-06-26).
DAY_RUN_LEADS_EN = (r"from", r"between")
DAY_RUN_LINKS_EN = (r"to", r"through", r"thru", r"until", r"and")
# "stood at $4.2 trillion on July 1": the day a level holds on, as "as of" does; not after a word that makes the day
# when something began or ended ("the year that ended on Sept. 30", "opened on July 21") rather than the figure's day
# (ON_DAY_NOT_AFTER)
ON_DAY_LEADS_EN = (r"on",)
# A day named as an attribute of the event it dates, between a determiner and the event's noun: "the June 7
# primary", "the county's June 7 primary", "its Sept. 10 landfall" (the figures of the event are that day's; a
# document's day dates the document: "the bank's March 3 report", DOCUMENT_NOUNS, RELEASE_WORDS).
EVENT_DAY_DETERMINERS = (r"the", r"its", r"their", r"[^\W\d]+['’]s")
# ... never a span it ends ("its Sept. 30 quarter", "the June 30 half") nor a body named after a day ("the Jan. 6
# committee", "the 9/11 commission")
EVENT_DAY_NOT_EVENTS = (r"quarters?", r"halves", r"half", r"years?", r"months?", r"periods?", r"weeks?",
                        r"committees?", r"commissions?", r"panels?")
# the words before "on" a day that make it the day something began or ended, not the figure's
ON_DAY_NOT_AFTER = ("ended", "ending", "ends", "end", "opened", "opening", "opens", "debuted", "premiered",
                    "launched", "began", "begins", "started", "starts", "begin", "start", "effective", "expire",
                    "expires", "expired")
SINCE_WORDS_EN = (r"since",)
# A count of years back from the period a text is about, after the figure or opening its sentence: "12.0% five years
# ago", "a decade earlier, when enrollment stood at 20.2 million", "пять лет назад".
YEARS_BACK_WORDS = (r"years?\s+(?:ago|earlier|before)", r"(?:лет|года)\s+(?:назад|ранее)")
DECADE_BACK_PHRASES = (r"a\s+decade\s+(?:ago|earlier|before)",)
# ... and of weeks, from a weekend or a week: "down from $21 million two weeks ago" (weekend box office)
WEEKS_BACK_WORDS = (r"weeks\s+(?:ago|earlier|before)",)
# A count of days or weeks just gone, no day named: the days to publication ("over the last 10 days", "in the
# past two weeks"); not a month's own days ("the last 10 days of October") nor a run to a day named.
DAYS_TO_PUBLICATION_LEADS = (r"(?:over|in|during|for)\s+the\s+(?:last|past|previous|preceding)",)
DAYS_TO_PUBLICATION_NOUNS = {r"days": 1, r"weeks": 7}
DAYS_TO_PUBLICATION_NOT_AFTER = (r"of", r"to", r"through", r"ended", r"ending", r"before")
# ... and a count of months so ("in the past six months", "over the last three months"): the whole months before
# the month of publication, each a guess (the data may end a month earlier or later).
MONTHS_TO_PUBLICATION_NOUNS = (r"months",)
# A count of spans back (or on) from the period a text is about dates, it counts nothing: "two weeks ago"
SPAN_BACK_WORDS_EN = (r"ago", r"earlier", r"before", r"later")
SPAN_BACK_WORDS_RU = (r"назад", r"ранее", r"раньше", r"спустя", r"позже", r"позднее")  # "3 года назад"
# ... but after "на" the count is a difference, a figure: "выходить на пенсию на 5 лет позже"
SPAN_DIFFERENCE_LEAD_RU = "на"
SINCE_WORDS_RU = (r"с",)
# Words between "since" and its year that keep it a starting point: "the lowest since records began in 2001",
# "the highest since the crisis of 2008" (a superlative's span, never the figure's period).
SINCE_EVENT_LINKS = (r"in", r"of")
# A record said with "since" speaks of no period of the figure, nor of its baseline: "the first drop since fall
# 2021", "its highest level since 2016", "the biggest fall since November 2020", "максимальный рост с 2016 года",
# "впервые с 2019 года". Stems: each is read with the rest of its word (SUPERLATIVE_STEMS too).
RECORD_BEFORE_SINCE_STEMS = ("first", "впервые", "record", "рекордн", "best", "worst", "лучш", "худш", "most", "least",
                             "больш", "меньш", "высок", "низк")
DURATION_LEADS = (r"за", r"over", r"in")  # "за пять лет", "over the past three years"
# After a count of years, what makes it an age, not a span: "students over 24 years old", "aged 65 years and older"
AGE_AFTER_YEARS = (r"old", r"of\s+age", r"and\s+(?:older|over|above)", r"или\s+старше", r"и\s+старше")
RECENT_WORDS = (r"последние", r"past", r"last")
YEARS_NOUNS = (r"лет", r"года", r"год", r"years")
THIS_MONTH_PHRASES = (r"this\s+month", r"в\s+(?:этом|текущем)\s+месяце")
# Not "the previous month": "previous" is the month before the one the text is about ("3.0 billion in October,
# down from 3.4 billion the previous month": September), as "a month earlier" is (PREVIOUS_PERIOD_PHRASES).
LAST_MONTH_PHRASES = (r"last\s+month", r"в\s+прошлом\s+месяце",
                      r"в\s+(?:минувш|прошедш)ем\s+месяце")  # "в минувшем месяце": the month before publication
PREVIOUS_YEAR_PHRASES = (r"прошл\w+\s+год\w*", r"last\s+year", r"previous\s+year")
# "The previous year" is anaphoric, the year before the one the text is talking about ("4.2 million tonnes in 2019,
# up 6% from the previous year": 2018), where "last year" is deictic, the year before publication; so is the
# Russian "предыдущего года" against "прошлого года".
ANAPHORIC_PREVIOUS_YEAR_PHRASES = (r"(?:the\s+)?(?:previous|preceding|prior)\s+year", r"the\s+year\s+before",
                                   r"предыдущ\w+\s+год\w*")
CURRENT_YEAR_PHRASES = (r"(?:в\s+)?(?:этом|текущем)\s+году", r"this\s+year")
# The year after publication's: what a forecast or a plan is for ("will reach $6 billion next year", "в следующем
# году выручка составит", "бюджет на будущий год").
NEXT_YEAR_PHRASES = (r"next\s+year", r"the\s+coming\s+year", r"(?:следующ|будущ|наступающ|предстоящ)\w+\s+год\w*")
# The Russian dating of figures in news, anchored to the publication date (the period reader; regular-expression
# words). The year before last, read before "прошлом году", which it ends with: "в позапрошлом году".
RU_YEAR_BEFORE_LAST_PHRASES = (r"(?<!\w)позапрошл\w+\s+год\w*",)
# The same period of the year before last, its year not printed: "за аналогичный период позапрошлого года" (the
# figure's own months, two years before publication's).
RU_YEAR_BEFORE_LAST_GENITIVES = (r"позапрошлого\s+года",)
# Other words for the year before publication's: "в минувшем году", "в прошедшем году", "в предыдущем году".
RU_LAST_YEAR_PHRASES = (r"(?<!\w)(?:минувш|прошедш|предыдущ)\w+\s+год\w*",)
# ... and in the genitive after a month or a run of months: "в сентябре минувшего года".
RU_LAST_YEAR_GENITIVES = (r"(?:минувшего|прошедшего)\s+года",)
RU_THIS_YEAR_PHRASES = (r"(?:в\s+)?нынешнем\s+году",  # "в нынешнем году", as "в текущем году"
                        r"(?<!\w)(?:на|в)\s+(?:текущий|этот|нынешний)\s+год(?!\w)")  # "план на текущий год"
# The last day of the year running, by which a level is expected: "к концу года вклады превысят 950 млрд", "by the
# end of the year", "by year-end".
YEAR_END_BY_PHRASES = (r"к\s+концу\s+(?:(?:этого|текущего|нынешнего)\s+)?года",
                       r"by\s+(?:the\s+)?end\s+of\s+(?:the|this)\s+year", r"by\s+year[\s-]end")
# The year running, up to its end: "до конца года дефицит составит 4 млрд рублей" is the year's deficit, forecast
# (what is added "ещё" by then is the rest of the year: readers/period.py).
RU_TO_YEAR_END_PHRASES = (r"до\s+конца\s+(?:(?:этого|текущего|нынешнего)\s+)?года",)
# ... and the word that adds to what is done: "до конца года введут ещё 190 тыс. кв. м" (the months left).
RU_FURTHER_WORDS = (r"ещё", r"еще")
# The year whose results are meant, said without it: "по итогам года" (the year running, or in its first months
# the one just ended, a guess).
RU_YEAR_RESULTS_PHRASES = (r"по\s+итогам\s+(?:(?:этого|текущего|нынешнего)\s+)?года",)
# The same period a year earlier in the other words for last year: "за аналогичный период прошедшего года".
# Also with last year in the prepositional, before or after: "за тот же период в прошлом году", "в прошлом году за
# аналогичный период" (the phrase starts after the "в" that dates it, as "за аналогичный период прошлого года" does).
_RU_LAST_YEAR_PREPOSITIONAL = r"(?:прошлом|минувшем|прошедшем|предыдущем)\s+году"
RU_SAME_PERIOD_LAST_YEAR = (rf"{RU_SAME_PERIOD}\s+(?:минувшего|прошедшего)\s+года",
                            rf"{RU_SAME_PERIOD}\s+в\s+{_RU_LAST_YEAR_PREPOSITIONAL}",
                            rf"{_RU_LAST_YEAR_PREPOSITIONAL}\s+за\s+{RU_SAME_PERIOD}")
# Phrases that date a figure back from its sentence's period, after it: "против 6 млн тонн месяцем ранее",
# "после роста на 0,5% месяцем ранее" (the ISO duration each goes back by; "годом ранее" is a year-earlier phrase).
# A figure dated forward from its sentence's period: "12.5 million in 2019 ... 3.1 million a year later", "в 2022 году
# 150 млн тонн, а годом позже — 142 млн тонн".
LATER_PHRASES: dict[str, tuple[str, ...]] = {
    "P1M": (r"(?<!\w)a\s+month\s+later(?!\w)", r"(?<!\w)месяцем\s+(?:позже|позднее|спустя)(?!\w)"),
    "P1Y": (r"(?<!\w)a\s+year\s+later(?!\w)", r"(?<!\w)the\s+following\s+year(?!\w)",
            r"(?<!\w)годом\s+(?:позже|позднее|спустя)(?!\w)"),
}
RU_EARLIER_PHRASES: dict[str, tuple[str, ...]] = {
    "P1M": (r"месяцем\s+(?:ранее|раньше)", r"(?<!\w)месяц\s+назад"),
    "P1W": (r"неделей\s+(?:ранее|раньше)", r"(?<!\w)неделю\s+назад"),
    "P3M": (r"кварталом\s+(?:ранее|раньше)", r"(?<!\w)квартал\s+назад"),
    "P1Y": (r"(?<!\w)год\s+назад", r"годом\s+(?:ранее|раньше)"),
}
# A change over the week or the quarter just ended, as "за месяц" and "за год" (OVER_PERIOD_PHRASES): "+1,5% за
# неделю", "на 4% за квартал"; not "за неделю по 25 июня", a week by its last day.
RU_OVER_PERIOD_PHRASES: dict[str, tuple[str, ...]] = {
    "P1W": (r"(?<!\w)за\s+неделю(?!\s+(?:по|до)\s)(?!\w)",),
    "P3M": (r"(?<!\w)за\s+квартал(?!\w)",),
}
# The first quarters of a year, counted: "за три квартала", "за первые три квартала 2024 года", "по итогам трёх
# кварталов текущего года" are January to the last quarter's last month, never a quarter. A count in digits only
# after "за" ("за 3 квартала", the accusative); "по итогам 3 квартала" is the third quarter's.
RU_QUARTERS_LEADS = (r"за", r"в", r"по\s+итогам", r"в\s+течение", r"на\s+протяжении")
RU_QUARTERS_FIRST_WORDS = (r"первые", r"первых")
RU_QUARTER_COUNTS: dict[str, int] = {"два": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3, "четыре": 4,
                                     "четырех": 4, "четырёх": 4}
RU_QUARTERS_NOUNS = (r"квартала", r"кварталов", r"кварталах")
# The first half of a year said without its ordinal: "за полугодие", "по итогам полугодия".
RU_WHOLE_HALF_PHRASES = (r"(?<!\w)за\s+полугодие(?!\w)", r"(?<!\w)по\s+итогам\s+полугодия(?!\w)")
# Halves numbered in Roman numerals, as quarters are: "во II полугодии", "в I полугодии 2024 года".
# Russian grain's agricultural (marketing) year, July to June, named by its two calendar years: "в сельхозгоду
# 2021/22", "в 2021/22 сельхозгоду", "за сельскохозяйственный сезон 2021-2022 годов" (regular-expression stems). A
# season alone ("сезон 2021/22") is left: a heating or a sports season runs other months.
RU_MARKETING_YEAR_NOUNS = (r"сельхозгод\w*", r"сельхозсезон\w*", r"сельскохозяйственн\w*\s+(?:год|сезон)\w*",
                           r"зернов\w*\s+сезон\w*")
RU_MARKETING_YEAR_FIRST_MONTH = 7
# A season ("сезон"), read only as a season of two years in a text about the agricultural year (below).
RU_SEASON_NOUNS = (r"сезон\w*",)
# A day a peak or a record was recorded on, after the short participle that records it: "Максимум нагрузки был
# зафиксирован 18 января — 33 120 МВт", "рекорд установлен 3 августа" (Russian dates an event by the day in the
# genitive, with no preposition; the participle says the figure is that day's).
RU_RECORDED_ON_PARTICIPLES = (r"зафиксирован[аоы]?", r"зарегистрирован[аоы]?", r"отмечен[аоы]?",
                              r"установлен[аоы]?", r"достигнут[аоы]?")  # short forms only: "установленный 1 января"
# is an attribute, the day a rule was set, not the day of the figure after it
# A season of two years in a text that names the agricultural year ("Экспорт зерна в 2022/23 сельхозгоду ... в
# 2023/24 сезоне экспорт может составить 55 млн тонн"): the season is that kind of year, July to June (a guess).
RU_MARKETING_YEAR_NAMED = (r"сельхозгод\w*", r"сельскохозяйственн\w*\s+год\w*")
# The agricultural year so far: "с начала сельхозгода", "с начала нового сельхозгода", "с начала текущего
# сельскохозяйственного сезона" (from July of the one running to the month before publication, as "с начала года").
RU_MARKETING_TO_DATE_LEADS = (r"с\s+начала\s+(?:(?:нового|текущего|этого|нынешнего)\s+)?",)
RU_MARKETING_YEAR_PLURAL = (r"годов", r"гг\.")
# A run of whole years by its first and last, the noun plural after them: "в 2024–2026 годах", "за 2020-2022 годы",
# "2021–2023 гг." (the years together: a programme's money over them). A slash joins the two years of one season
# ("2021/22"), never these.
RU_YEAR_RUN_NOUNS = (r"годах", r"годы", r"годов", r"гг\.")  # "сезон 2021-2022 годов", "2021-2022 гг."
RU_HALF_ROMAN_ORDINALS = (r"\bI\b", r"\bII\b")
# The start of the month or of the year, to date: "с начала месяца", "с начала текущего года" (a level's change
# since then; its last day is the last one the text named in that month or year, else the publication date).
RU_MONTH_TO_DATE_PHRASES = (r"(?<!\w)с\s+начала\s+(?:этого\s+|текущего\s+)?месяца(?!\w)",)
# Prepositions that make a same-period phrase the time of the figure after it, not its comparison: "а в аналогичном
# периоде прошлого года — 6 млн тонн", "за тот же период прошлого года было продано 6 млн" (not "по сравнению с").
RU_DATING_PREPOSITIONS = (r"в", r"во", r"за")
# A period named again by a pronoun: "За этот период добыча выросла на 2,4%" is the period the text named last.
# The fiscal year so far, as monthly budget statements write it: "the fiscal year-to-date deficit", "receipts so far
# in the fiscal year", "the financial year so far".
EN_FISCAL_TO_DATE_PHRASES = (r"(?:fiscal|financial)[\s-]+year[\s-]to[\s-]date",
                             r"so\s+far\s+(?:in\s+)?(?:the|this)\s+(?:fiscal|financial)\s+year",
                             r"(?:fiscal|financial)\s+year\s+so\s+far",
                             r"so\s+far\s+in\s+(?:fiscal|financial)\s+(?:year\s+)?(?:19|20|21)\d\d",
                             r"FYTD")  # its abbreviation: "FYTD receipts are up 2.0%"
# The last day of the period the text named last: "чистый долг на конец квартала составил 402 млрд", "at the end of
# the quarter, net debt stood at $4.1 billion"; so is the reporting date of results news, the last day of the
# period they report: "чистый долг на отчетную дату составил 272 млрд", "as of the reporting date".
END_OF_THIS_PERIOD_PHRASES = (
    r"(?<!\w)(?:на|к)\s+конец\s+(?:отч[её]тного\s+)?(?:квартала|месяца|полугодия|периода)(?!\w)",
    r"(?<!\w)(?:at|as\s+of)\s+the\s+end\s+of\s+the\s+(?:quarter|month|half|period)(?!\w)",
    r"(?<!\w)(?:на|к)\s+отч[её]тную\s+дату(?!\w)",
    r"(?<!\w)(?:at|as\s+(?:of|at))\s+the\s+reporting\s+date(?!\w)",
)
# The day the text named last, named again: "Задолженность по кредитам на ту же дату достигла 498 млрд" after
# "Объем вкладов на 1 октября составил ..." (1 October, not a month named between).
SAME_DAY_AGAIN_PHRASES = (
    r"(?<!\w)(?:на|к)\s+(?:ту\s+же|эту(?:\s+же)?|указанную|данную|ту|аналогичную)\s+дату(?!\w)",
    r"(?<!\w)as\s+(?:of|at)\s+(?:the\s+same|that)\s+date(?!\w)",
)
# After such a phrase, the year before: "на ту же дату прошлого года", "на аналогичную дату предыдущего года", "as of
# the same date last year" (that day a year back, no year of its own)
SAME_DAY_YEAR_BEFORE = (r"(?:прошлого|предыдущего|минувшего|прошедшего)\s+года", r"(?:last|the\s+previous)\s+year",
                        r"a\s+year\s+(?:earlier|before|ago)")
# The month or the half-year of the period the text named last: "The deficit was $544 billion in the first five
# months of the fiscal year. Receipts in the month fell 4%" (February); "the marriage rate for the half-year" after
# "in June" (the first half); "в отчетном месяце". Not "the month before", "the month of May", "the month to June".
MONTH_OF_THIS_PERIOD_PHRASES = (
    r"(?<!\w)(?:in|for|during)\s+the\s+month(?!\w)(?![\s-]+(?:of|to|before|earlier|ago|ended|ending|on)(?!\w))",
    r"(?<!\w)(?:за|в)\s+отч[её]тн(?:ый|ом)\s+месяц[еа]?(?!\w)",
)
HALF_OF_THIS_PERIOD_PHRASES = (
    r"(?<!\w)(?:in|for|during)\s+the\s+half(?:[\s-]year)?(?!\w)(?![\s-]+(?:of|to|before|earlier|ago|ended|ending)(?!\w))",
)
# The quarter, or the run of months counted back from its end, of the period the text named last, in results news:
# "In the first nine months, passenger numbers rose 18%. Capacity rose 11% in the quarter" (the third quarter);
# "146,000 ounces in the third quarter ... Silver output fell 3% in the nine months" (January-September). Not "the
# quarter before", "the quarter to June", "the nine months to September" (runs of their own).
QUARTER_OF_THIS_PERIOD_PHRASES = (
    r"(?<!\w)(?:in|for|during)\s+the\s+quarter(?!\w)(?![\s-]+(?:of|to|before|earlier|ago|ended|ending|on|through)(?!\w))",
)
MONTHS_OF_THIS_PERIOD_PHRASES = (
    r"(?<!\w)(?:in|for|during|over)\s+the\s+(two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months(?!\w)"
    r"(?![\s-]+(?:of|to|before|earlier|ago|ended|ending|on|through)(?!\w))",
)
RU_THIS_PERIOD_PHRASES = (r"(?<!\w)(?:за|в)\s+(?:этот|данный|указанный)\s+период(?!\w)",)
# After a list of figures, pairs them in order with the periods named before them: "в январе–сентябре и в III
# квартале ... сократились на 0,9 и 1% соответственно".
RU_RESPECTIVELY_WORDS = (r"соответственно",)
EN_RESPECTIVELY_WORDS = (r"respectively",)
# the unit words an amount of such a list may print after its scale word: "31,2 млрд и 8,4 млрд рублей соответственно"
RU_RESPECTIVE_UNIT_STEMS = (r"руб\w*\.?", r"долл\w*\.?", r"евро", r"тенге", r"тонн\w*", r"баррел\w*", r"человек\w*")
# between the figures of such a list: "на 0,9 и на 1%", "рост в 5,7 раза, однако -11,3% соответственно"
RU_RESPECTIVE_LINKS = (r",", r"и", r"и\s+на", r",\s+на", r",\s+(?:но|однако)")
# "кв." for a quarter, but not in "кв. м" (square metres) nor before a flat's number ("кв. 4").
RU_QUARTER_ABBREVIATIONS = (r"кв\.(?!\s*(?:м|км|дм|см|метр\w*|километр\w*)(?!\w))(?!\s*\d{1,3}(?!\d))",
                            r"кв(?=\s*(?:19|20)\d\d(?!\d))")  # "2кв 2021г", as company blogs abbreviate
# Quarters and halves numbered in digits or abbreviated, as company and budget reports write them: "за 1 квартал
# 2021 года", "во 2-м квартале", "II кв. 2021 г.", "в 1 полугодии". The genitive "квартала" only before a year
# ("3 квартала 2021 года"): without one, "3 квартала" is as often three quarters.
RU_QUARTER_ORDINAL_NOUNS = (r"квартал(?:е|у|ом)?(?!\w)", r"квартала(?=\s+(?:19|20|21)\d\d)", *RU_QUARTER_ABBREVIATIONS)
RU_HALF_ORDINAL_NOUNS = (r"полугоди(?:е|ю|и|ем)(?!\w)", r"полугодия(?=\s+(?:19|20|21)\d\d)")
RU_QUARTER_ROMAN_ORDINALS = (r"\bIV\b", r"\bI{1,3}\b")
# A stock on a day written in digits: "по состоянию на 01.10.2025", "на 1.10.2025 г.".
RU_NUMERIC_DATE_SEPARATORS = (r"\.",)
# A stock at the start or the end of a year or a month: "на начало года" (1 January), "на конец 2024 года" (31
# December), "на начало сентября", "по состоянию на конец августа 2025 года".
RU_START_WORDS = (r"начало", r"началу", r"начале", r"началом")  # "на начало", "к началу", "в начале"
# The same in English: "net debt stood at 197.4 billion at the end of March", "as of the start of 2024"
EN_START_END_LEADS = (r"at", r"as\s+(?:of|at)", r"by")
EN_START_WORDS = (r"start", r"beginning")
EN_END_WORDS = (r"end",)
RU_END_WORDS = (r"конец", r"концу", r"конце", r"концом")  # "на конец", "к концу", "в конце"
# ... and "в" with the locative: "снизилась с 4,1% в начале года до 3,8%", "в конце 2024 года" (the same days)
RU_AT_START_END_LEADS = (r"(?<!\w)в",)
# ... and after "по сравнению с" the instrumental: "по сравнению с концом первого квартала" (31 March, a stock's
# baseline day); looked behind, the lead stays out of the period, for the baseline reader to find it
RU_COMPARED_START_END_LEADS = (r"(?<=сравнению\sс\s)", r"(?<=сравнении\sс\s)", r"(?<=сравнению\sсо\s)",
                               r"(?<=сравнении\sсо\s)")
RU_YEAR_WORD_GENITIVE = (r"года",)
# A run of days: "с 1 по 23 октября", "с 25 сентября по 3 октября 2024 года".
RU_DAYS_FROM = (r"с",)
RU_DAYS_TO = (r"по",)
# The first days of a month, counted from its first: "с учетом 23 дней октября", "за первые 10 дней января", "the
# first 23 days of October"; "the last 10 days of October" (RECENT_WORDS before the count) end the month: not read.
DAYS_OF_MONTH_NOUNS = (r"дн(?:ей|я)", r"days")
# Measures that are levels at a moment, whose change since the start of a span is written between two days (a day
# as period, the day before the span as `since`): prices, rates and their index ("цены выросли с начала года на
# 12%", "за январь–сентябрь цены выросли на 16%": September's end against December's).
RU_PRICE_LEVEL_WORDS = (r"(?<!\w)цен[аыеуо]?(?!\w)", r"(?<!\w)цен(?:ам|ами|ах)(?!\w)", r"(?<!\w)стоимост\w*",
                        r"(?<!\w)подорожал\w*", r"(?<!\w)подешевел\w*", r"(?<!\w)инфляци\w*", r"(?<!\w)котировк\w*",
                        # a tariff is the price of a regulated service ("тарифы на услуги ЖКХ с начала года выросли на
                        # 9%": against the tariffs at the end of December, as prices are); the noun only, and never
                        # after "от"/"по", where it names what a flow is earned by ("тарифная выручка", "доходы от
                        # тарифов", "сборы по тарифу ОСАГО": the flow's months so far)
                        r"(?<!\w)(?<!\bот\s)(?<!\bпо\s)тариф(?:ы|а|ов|ам|ами|ах|у|ом|е)?(?!\w)")
# ... and stocks, the other levels at a moment (balances, debts, deposits, reserves, portfolios, the unemployed): "объём
# вкладов с начала года вырос на 7%" is against the balance at the end of December, not against a year earlier.
RU_STOCK_LEVEL_WORDS = (r"(?<!\w)вклад\w*", r"(?<!\w)депозит\w*", r"(?<!\w)задолженност\w*",
                        r"(?<!\w)долг(?:а|у|ом|и|ов)?(?!\w)", r"(?<!\w)запас\w*", r"(?<!\w)портфел\w*",
                        r"(?<!\w)остат(?:ок|к\w*)", r"(?<!\w)резерв\w*", r"(?<!\w)госдолг\w*",
                        r"(?<!\w)сбережени\w*", r"(?<!\w)накоплени\w*",
                        # the unemployed counted on a day ("численность безработных на 1 августа"); not "численность"
                        # alone, which counts tourists or visitors over a span too
                        r"(?<!\w)безработн\w*",
                        # livestock counted on a day ("поголовье коров на 1 октября"), never summed over a span
                        r"(?<!\w)поголовь\w*")
# Measures that add up over the year, which Russian reports to a day: "доходы бюджета на 1 октября составили 45 млрд
# рублей" are January to September's (a budget's execution "на 1 октября"); a stock or a price named in the same
# sentence is a level on that day ("вклады на 1 октября").
# Output and earnings summed over a span, beside the flows below: a change of such a sum "за квартал" ("за квартал
# производство выросло на 11%") is the quarter's sum against the same quarter a year earlier, as statistics offices
# report it, unless the previous quarter is named ("к предыдущему кварталу").
RU_OUTPUT_FLOW_WORDS = (r"(?<!\w)производств\w*", r"(?<!\w)выпуск(?:а|у|ом)?(?!\w)", r"(?<!\w)прибыл(?:ь|ью)(?!\w)",
                        r"(?<!\w)выработк\w*")
RU_FLOW_TO_DAY_WORDS = (r"(?<!\w)доход(?:ы|ов|ам|ами|ах)?(?!\w)", r"(?<!\w)расход(?:ы|ов|ам|ами|ах)?(?!\w)",
                        r"(?<!\w)поступлени\w*", r"(?<!\w)выручк\w*", r"(?<!\w)дефицит\w*", r"(?<!\w)профицит\w*",
                        r"(?<!\w)экспорт\w*", r"(?<!\w)импорт\w*", r"(?<!\w)ввод\w*", r"(?<!\w)добыч\w*",
                        r"(?<!\w)отгрузк\w*", r"(?<!\w)продаж\w*",
                        # cargo loaded and fish caught: "погрузка за год снизилась", "с начала года выловлено"
                        r"(?<!\w)погрузк\w*", r"(?<!\w)погружен[оаы]?(?!\w)", r"(?<!\w)вылов(?:а|у|ом)?(?!\w)",
                        r"(?<!\w)выловлен[оаы]?(?!\w)", r"(?<!\w)добыт[оаы]?(?!\w)",
                        # housing put into use, said by its participle: "на 1 сентября в области введено 1,05 млн кв. м"
                        r"(?<!\w)введ[её]н\w*", r"(?<!\w)построен[оаы]?(?!\w)", r"(?<!\w)сдан[оаы]?(?!\w)",
                        # a crop gathered: "сбор зерна составил", "намолочено", "собрано 1,7 млн тонн"
                        r"(?<!\w)сбор(?:а|у|ом)?(?!\w)", r"(?<!\w)намолот\w*", r"(?<!\w)намолочен[оаы]?(?!\w)",
                        r"(?<!\w)собран[оаы]?(?!\w)")
# A sentence whose subject is a pronoun or "показатель" goes on about the measure of the sentence before: "Объем
# вкладов на 1 октября достиг 5,2 трлн рублей. За год он увеличился на 30%" (a stock's change, as the stock's).
RU_ANAPHORIC_SUBJECTS = (r"(?<!\w)(?:он|она|оно|они|показатель)(?!\w)",
                         r"(?<!\w)(?:их|его|её|ее)(?=\s+[^\W\d]+\s)")  # possessives: "Их объём вырос", "его сумма"
# Words that open a paragraph on a part of the count the paragraph before ends on ("In December, 176 people died."
# then "Of those, 41 were pedestrians", "Из них 120 тыс. составили школьники"): the part is of that count's period.
PART_OF_BEFORE_OPENERS = (r"of\s+(?:those|them|these|which)", r"among\s+(?:those|them|these)",
                          r"из\s+(?:них|этого\s+числа|этих)", r"среди\s+них", r"в\s+том\s+числе")
# Words that open a paragraph set aside for comparison ("Для сравнения, в 2022 году дефицит составил ...", "For
# comparison, in 2024 the county ran a deficit"): its period dates that paragraph alone; the next goes on with the
# lead's.
COMPARISON_ASIDE_OPENERS = (r"для\s+сравнения", r"(?:for|by)\s+comparison", r"in\s+comparison")
# Words right before a Russian count of a part of the count before it, named by what is said of it after it ("из
# них 412 тыс. получали пособие"), and the verbs after it that name no part but a noun after them ("из них 120 тыс.
# составили школьники": the schoolchildren).
RU_PART_OF_THEM_OPENERS = (r"из\s+них", r"из\s+которых", r"из\s+этого\s+числа", r"среди\s+них", r"в\s+том\s+числе")
# A Russian opener of a part that is spelt as a prepositional phrase ("в том числе") governs no noun after it: the
# part's own subject follows it ("В том числе индивидуальными застройщиками построено 301 тыс. кв. м").
RU_PART_CONNECTIVES = (r"в\s+том\s+числе",)
RU_PART_LINKING_VERBS = frozenset("составить составлять прийтись приходиться быть являться насчитываться".split())
TARGET_YEAR_LEADS = (r"к", r"by")  # "к 2030 году", "by 2030": a target's year
# --- The English temporal grammar of news, anchored to the publication date (extract/periods.py) ---
# A period named by the day it ends, with how many months each noun covers: "the quarter ended September 30",
# "the year to March 31, 2023", "the three months ending June 30", "the half-year to June" (the months that
# end in that day's month: a company's quarter may end on any day of its last month).
EN_ENDED_PERIOD_NOUNS: dict[str, int] = {r"year": 12, r"quarter": 3, r"half[\s-]year": 6, r"half": 6}
# The noun of a quarter or half named by its last month (Australian and New Zealand usage): "the June quarter".
EN_MONTH_PERIOD_NOUNS: dict[str, int] = {r"quarter": 3, r"half": 6}
# A half without its year, in a company's shorthand: "H1", "2H" (with a year, "H1 2024", it is read already).
EN_HALF_LETTER = (r"H",)
# The letters of a quarter and a half after their number: "2Q 2021", "1H24" (a period, never a figure "2").
PART_LETTERS = (r"(?-i:Q)", r"(?-i:H)")
# The prior year as a baseline said after a figure ("$58 billion a year prior", "from £556 million the prior
# year", "the year-earlier quarter"): the same period a year before the sentence's (P1Y). "the previous year"
# is read with "last year" (PREVIOUS_YEAR_PHRASES), as the year before the figure's period.
EN_YEAR_EARLIER_PHRASES: dict[str, tuple[str, ...]] = {
    "P1Y": (r"(?:a|the)\s+year\s+prior", r"the\s+(?:prior|preceding)\s+year", r"the\s+year\s+before",
            r"(?:the\s+)?(?:year[\s-]earlier|year[\s-]before|year[\s-]ago)\s+(?:quarter|period|month|half|week)"),
}
# A quarter or half of the year before or of this year: "the fourth quarter of last year", "the first half of
# this year" (the year is read from the publication date, not guessed).
EN_PART_OF_YEAR_LINKS = (r"of", r"in")
# A quarter or half of a fiscal year: "the third quarter of fiscal 2016", "Q3 of fiscal year 2016", "the first
# half of the 2016 financial year" (the calendar months when the article names its fiscal calendar).
EN_FISCAL_YEAR_AFTER = (r"fiscal\s+year",)  # "the 2016 fiscal year", beside FINANCIAL_YEAR_AFTER
# A day named by its weekday alone, in American news style: "precious metals declined Friday", "Monday's close".
# Not after a word that makes it no day of a figure: a deadline ("by Friday"), the future ("next Friday"), the
# start of a span ("since Friday": a baseline, not read), or a name ("Black Friday", checked by its capital).
EN_WEEKDAY_NOT_AFTER = (r"by", r"until", r"till", r"before", r"after", r"next", r"this", r"every", r"each",
                        r"coming", r"since", r"through", r"last", r"previous")
# The day of publication and the one before, in the possessive that dates a noun: "shares jumped 15% on today's
# market", "yesterday's close of $41.20". Alone, "today" and "yesterday" are mostly when data were released or
# something was said ("Data released today showed that 1.2 million people moved in 2022"): left unread. "The day's"
# is the day of the news in a market report ("closed the day's session at $32.14").
EN_TODAY_WORDS = (r"today['’]s", r"tonight['’]s", r"the\s+day['’]s")
EN_YESTERDAY_WORDS = (r"yesterday['’]s", r"last\s+night['’]s")
# A level said to stand now, right before its figure: "Its key rate now stands at 4.1%", "The rate is currently
# 4.2%", "Сейчас ключевая ставка составляет 16%": the level on the day of writing (the publication day, a guess: the
# text may be a day older). Only with the figure right after the verb: "now expects growth of 2.7%" says when.
NOW_LEVEL_PHRASES = (r"(?:now|currently)\s+stands?\s+at", r"stands?\s+(?:now|currently)\s+at",
                     r"(?:is|are)\s+(?:now|currently)(?:\s+at)?")
# ... and the Russian words of time before a verb of level, read alone: the subject between them and the verb
# ("Сейчас ключевая ставка составляет 16%") names the measure
NOW_BEFORE_LEVEL_VERB = (r"(?:сейчас|в\s+настоящее\s+время)(?=\s+(?:[^\W\d]+\s+){0,3}составля\w+\s+[-+−]?\d)",)
# A company's year named by the day it ends ("profit for the year to March 31", "the financial year ended 30
# June"): the article's fiscal calendar, as "its fiscal year ends in March" names it (statistics name a rolling
# year by its month alone: "the year to June 2022"). Its "this year", "the current year" is the fiscal year
# running at publication, and so is "the full fiscal year" a budget's forecast is for ("expects a deficit of $1.7
# trillion for the full fiscal year", "for the whole fiscal year").
EN_FISCAL_YEAR_BY_DAY_NOUNS = (r"(?:(?:fiscal|financial)\s+)?year",)
EN_CURRENT_YEAR_PHRASES = (r"this\s+year", r"the\s+current\s+year")
# ... and said fiscal, so a government budget's too (its calendar by its currency, as "fiscal year-to-date"); "the
# full fiscal year" with no calendar named or implied is left undated
EN_CURRENT_FISCAL_YEAR_PHRASES = (r"(?:this|the\s+current)\s+(?:fiscal|financial)\s+year",)
EN_FULL_FISCAL_YEAR_PHRASES = (r"the\s+(?:full|whole|entire)\s+(?:fiscal|financial)\s+year",)
# Quarters named relative to the publication date: "last quarter", "this quarter".
EN_LAST_WORDS = (r"last",)
EN_THIS_WORDS = (r"this", r"the\s+current")
# A weekend, as news of weekend box office and retail counts it: Friday to Sunday ("earned $53 million over the
# weekend", "its third weekend", "this weekend's $30 million"); "next weekend" is still to come, "last weekend"
# the one before the weekend the text is about.
WEEKEND_NOUNS = (r"weekend", r"week-end", r"уикенд\w*", r"уик-энд\w*",
                 r"(?:за|в)\s+(?:минувшие\s+|прошедшие\s+|эти\s+)?выходные(?!\s+дн)")  # not "в выходные дни"
# A superlative between a determiner and "weekend" picks one weekend out of many, not the one the text is about:
# "The busiest weekend came over the Christmas holiday" (English superlatives end so: "busiest", "best", "worst").
EN_SUPERLATIVE_ENDING = r"[^\W\d]{2,}est"
# ... after "the" only: "its biggest weekend yet" is a film's weekend of its run, the one a box-office report is about
SUPERLATIVE_PERIOD_DETERMINERS = (r"the",)
# A school's or college's year, named by its two calendar years: "the 2015-16 academic year", "academic year
# 2019/20", "the 2022-2023 school year". Taken as September to August (a guess: a college's statistics may count
# from July or August; the journalist checks), twelve months, so that a change from the year before is one year back.
EN_ACADEMIC_YEAR_NOUNS = (r"academic\s+years?", r"school\s+years?")
ACADEMIC_YEAR_FIRST_MONTH = 9
# The seasons, as news dates a yearly count by them: "enrollment this fall", "fall 2016", "last summer".
EN_SEASON_NOUNS = (r"fall", r"autumn", r"spring", r"summer", r"winter")
# The months of a season that lies within one calendar year: "this fall" is the nearest fall to publication, the
# one just ended in a January report ("19.4 million students were enrolled this fall"), the one to come in May.
SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11)}
# Winter lies across two calendar years: December to February, as weather and energy reports count it ("this
# winter", "over the winter" in a spring report are the winter just ended, December to February).
WINTER_NOUN = r"winter"
WINTER_MONTHS = (12, 2)
# "over the winter", "over the summer": the preposition of a span, before a season with no year, dates it as "this"
# does, the one nearest to publication ("in the fall" alone stays no period)
EN_SEASON_SPAN_LEADS = (r"over\s+the",)
EN_EARLIER_SEASON_WORDS = (r"last", r"previous", r"prior", r"preceding")  # "from the previous fall": a year before
EN_NEXT_WORDS = (r"next", r"coming", r"upcoming")
EN_EARLIER_WEEKEND_WORDS = (r"last", r"previous", r"prior", r"preceding")
# A year between a determiner and a noun of a film or a record names the work, not a period of a figure: "the
# sequel to the 2019 hit", "a remake of the 1997 film" ("the 2019 box office" is the year's; "In 2019 films grossed"
# has no determiner before the year).
YEAR_WORK_NOUNS = (r"hits?", r"films?", r"movies?", r"originals?", r"blockbusters?", r"sequels?", r"remakes?",
                   r"albums?", r"novels?")
# A holiday weekend counted by its days: "over the four-day holiday weekend", "the four-day Memorial Day weekend",
# "over the four-day holiday", "the five-day Thanksgiving weekend". Box office counts a four-day weekend from its
# Friday to the holiday Monday, a five-day one from the Wednesday before to Sunday, three days Friday to Sunday: the
# days of each count and the first day's offset from the weekend's Friday (up to two words, the holiday's name,
# may stand between the count and its noun).
LONG_WEEKEND_DAYS = {"three": (3, 0), "3": (3, 0), "four": (4, 0), "4": (4, 0), "five": (5, -2), "5": (5, -2)}
LONG_WEEKEND_DAY_WORD = r"[-\s]day"
LONG_WEEKEND_NOUNS = (r"weekend", r"holiday")
# Who held a rank in a period ("Last weekend's champion", "last year's top film"): a period in the possessive
# before one of these dates the title, never the figures of the clause.
RANK_HOLDER_NOUNS = (r"champions?", r"champs?", r"winners?", r"leaders?", r"chart-toppers?", r"toppers?",
                     r"runners?-up", r"top\s+films?", r"top\s+movies?", r"No\.\s*1", r"number\s+one")
# Adverbs of degree between a noun of change and its figure: "a drop of just 34%", "рост всего на 2%".
DEGREE_ADVERBS = ("just", "only", "a mere", "merely", "nearly", "almost", "about", "roughly", "some", "around",
                  "всего", "лишь", "только", "почти", "около", "примерно")
# A part of a run said for itself alone: "в одном только августе", "только в августе", "лишь за август", "only in
# August", "in August alone": it dates its own figures, and the text after it goes on about the run that holds it.
ALONE_BEFORE_PERIOD = (rf"{RU_ALONE_LEAD}(?:\s+(?:в|за))?",
                       r"(?:только|лишь)\s+(?:в|за)", r"only\s+in")
ALONE_AFTER_PERIOD = (r"alone",)
# Nouns of people that name no measure: "10,100 people died" and "2.3 million people were out of work" count
# different things, so neither is the measure "people".
# Who adds or loses a count in general, naming no kind of it: "Employers added 175,000 jobs", "the economy shed
# 95,000 jobs" measure the jobs (a sector, "Manufacturing shed 13,000 jobs", or a company keeps its own measure).
EN_HIRING_SUBJECTS = frozenset("employer employers economy businesses companies firms".split())
GENERIC_PERSON_NOUNS = frozenset("people person persons человек люди лиц".split())
# What happened to the people such a count counts, when its verb says it, names the measure: "12,300 people
# died", "умерли 12 300 человек", "140 человек погибли", "killed 14 people". Written from the lexical units of
# FrameNet's Death, Being_born, Killing, Experience_bodily_harm, Arriving, Departing, Employing, Firing,
# Being_employed and Medical_conditions frames (stems, matched from a word's start, without case).
PEOPLE_EVENT_VERBS = (
    r"died", r"die", r"dies", r"killed", r"injured", r"hurt", r"wounded", r"born", r"infected", r"hospitali[sz]ed",
    r"arrived", r"emigrated", r"immigrated", r"evacuated", r"displaced", r"employed", r"hired", r"fired",
    r"arrested", r"detained", r"recovered", r"vaccinated", r"drowned", r"rescued",
    r"умер", r"умира", r"погиб", r"пострада", r"ранен", r"родил", r"рожда", r"заболе", r"заразил", r"инфицирова",
    r"госпитализирова", r"прибыл", r"выбыл", r"уехал", r"эвакуирова", r"трудоустро", r"уволен", r"уволил",
    r"задержа", r"выздорове", r"привит", r"утонул", r"спасен", r"спасён",
)
# The noun a demographer names such a count by, for an English verb of the two vital events: "13,890 people died" is
# deaths, "6,200 babies were born" births (as "Deaths rose 2%" and "Births fell 4%" are).
EN_VITAL_EVENT_NOUNS = {"died": "deaths", "die": "deaths", "dies": "deaths", "born": "births"}
# Nouns of whom a birth is, whose count a verb of birth names births by ("1,010 children were born"); with any other
# verb they stay their own measure ("7,400 children attended", "41 children died").
EN_BORN_NOUNS = frozenset("baby babies child children infant infants newborn newborns".split())
# Verbs that only carry a participle after them: "were killed", "have died", "были госпитализированы".
PEOPLE_EVENT_AUXILIARIES = frozenset("was were have has had been be are is был была было были".split())
EN_BEFORE_WORDS = (r"before", r"earlier")  # "the $93 million it collected the weekend before"
# The other end of a comparison, written right before its period: "than in 2019", "down on 2019's", "24.6 per
# cent on October 2020", "по сравнению с 2019 годом" (then an optional "в", "in" or "the").
_PERCENT_AFTER_FIGURE = r"(?:%|\bper\s?cent|\bpercent|\bpc)"  # what follows a percentage: "%", "per cent"
COMPARISON_BEFORE_PERIOD = (
    r"\bпо\s+сравнению\s+со?", r"\bв\s+сравнении\s+со?", r"\bчем", r"\bпротив", r"\bотносительно",
    r"\bcompared\s+(?:to|with)", r"\bthan", r"\bfrom", r"\bagainst", r"\bversus", r"\bvs\.?",
    r"\b(?:up|down|higher|lower|ahead|behind)\s+on",
    # an amount between: "up 900 on the first six months of 2024", "down £1.2bn on 2023"
    r"\b(?:up|down)\s+[£$€]?\d[\d,.]*\s*(?:k|m|bn|thousand|million|billion)?\s+on",
    rf"{_PERCENT_AFTER_FIGURE}\s+on",
    rf"{_PERCENT_AFTER_FIGURE}\s+(?:above|below|ahead\s+of|behind)",  # "+11% above last weekend"
    # "выросли на 0,5% к июню", "(+0,5% к июню)": a change "к" a period is against it (a level "до 4% к декабрю"
    # stands by then)
    r"(?:\bна\s+|[+−–-])\d[\d\s]*(?:,\d+)?\s*(?:%|процент\w*|п\.\s?п\.?)\s+к",
)
# A Russian comparison that governs a noun phrase, the period after it in the genitive that phrase's: "по сравнению с
# первоначальным бюджетом 2023 года", "относительно уровня прошлого года" (at most two words between).
RU_COMPARED_PHRASE_LEADS = (r"\bпо\s+сравнению\s+со?", r"\bв\s+сравнении\s+со?", r"\bотносительно")
# "over" after a change compares only with a "last" period ("up 4% over last weekend", "up 3% over last year");
# "down 43% over the weekend", "over the past year" are the figure's own period.
COMPARISON_OVER_LAST = (rf"{_PERCENT_AFTER_FIGURE}\s+over",)
# The preposition of the compared period after its comparison word: "чем в 2020 году", "чем во втором квартале",
# "чем за январь-июнь 2020 года", "than in 2020".
COMPARISON_PERIOD_PREPOSITIONS = (r"в", r"во", r"за", r"in", r"the")
AS_BEFORE_PERIOD = (r",\s*as", r"\bкак\s+и")  # "5%, as in February", "5%, как и в феврале"
# Words that end a figure's unit before its period: "против 79,99 млн тонн в 2024 году" (a unit), but not "to",
# "and": another figure's clause.
CLAUSE_LINKS = (r"to", r"до", r"and", r"и", r"but", r"а", r"но", r"while")
FIGURE_PERIOD_PREPOSITIONS = (r"за", r"в", r"во", r"in", r"for", r"during", r"at")
# "снизилась с 11% на начало года до 8%": a level a change starts from, its period after it (its own, compared with,
# never the level the change reaches); not a run of days ("с 5 по 7 марта", "с 5 до 7 марта")
RU_FROM_LEVEL_LEADS = (r"с",)
RU_DAY_RUN_LINKS = (r"по", r"до")
RU_BY_LEAD = (r"по",)  # "по итогам августа": the figure's own results, not compared with
# The named periods a figure is said to equal: "last year's 3%", "the previous month", "прошлогодний".
EQUALLED_LAST_YEAR = (r"last\s+year", r"a\s+year\s+(?:earlier|ago)", r"the\s+previous\s+year", r"прошл\w+\s+год\w*",
                      r"прошлогодн\w*")
EQUALLED_LAST_MONTH = (r"last\s+month", r"the\s+previous\s+month", r"a\s+month\s+(?:earlier|ago)",
                       r"(?:прошл|предыдущ)\w+\s+месяц\w*")
EQUALLED_LAST_QUARTER = (r"last\s+quarter", r"the\s+previous\s+quarter", r"(?:прошл|предыдущ)\w+\s+квартал\w*")
# A change's baseline named after it (draft.py): "than in 2019", "compared with last year", "from 2022".
BASELINE_LEADS = (r"чем", r"по сравнению со?", r"в сравнении со?", r"относительно", r"против", r"than",
                  r"compared (?:with|to)", r"from")
BASELINE_PREPOSITIONS_BEFORE_YEAR = (r"в", r"in")
RU_YEAR_ADJECTIVE_ENDINGS = (r"-?м", r"\s*год\w*")  # "2019-м", "2019 годом"
# Between a figure and the period that binds to it: "of GDP in", "от ВВП в", "for", "за" (draft.py).
FIGURE_OF_WORDS = (r"of", r"от", r"of\s+the")
BOUND_PERIOD_PREPOSITIONS = (r"in", r"for", r"during", r"в", r"во", r"за", r"на")
# ... and, before a phrase that opens its sentence and dates it back, the preposition of days and weekends: "On the
# same weekend last year, "Blue Lantern" took in $47 million" (the weekend a year before the text's)
OPENING_PERIOD_PREPOSITIONS = (*BOUND_PERIOD_PREPOSITIONS, r"on")
# Adverbs that may stand before the preposition of a year opening its sentence, which still opens it: "Back in
# 2015, deaths in the first quarter rose 3%", "Ещё в 2015 году смертность в первом квартале выросла на 3%"
OPENING_YEAR_ADVERBS = (r"back", r"way\s+back", r"ещё", r"еще")
# What a figure is compared with, before a period in its sentence: "по сравнению с", "than", "from", "versus".
COMPARED_BEFORE_PERIOD = (r"\bпо\s+сравнению\s+со?", r"\bв\s+сравнении\s+со?", r"\bчем", r"\bпротив", r"\bотносительно",
                          r"\bcompared\s+(?:to|with)", r"\bthan", r"\bfrom", r"\bagainst", r"\bversus")
# Capitalised words before a year that do not make it part of a name: "In 2023", "By 2030", "The 2024 figures",
# "Since 2010" (function words that open a sentence; any other capitalised word names a title: "Review 2024").
YEAR_TITLE_FUNCTION_WORDS = (
    "the", "a", "an", "and", "or", "but", "of", "from", "to", "until", "till", "through", "between", "before", "after",
    "early", "late", "mid", "end", "start", "spring", "summer", "autumn", "fall", "winter", "fiscal", "financial",
    "calendar", "year", "years", "budget", "than", "also", "as", "so", "then", "after", "around", "about", "only",
    "и", "или", "а", "но", "с", "со", "от", "из", "до", "после", "около", "весь", "весна", "лето", "осень", "зима",
    "год", "года", "годы",
)

# --- Grouping: qualifiers that split measures (extract's metric reader) ---
# A figure read with seasonal (and calendar) effects removed is another measure than the raw one: "seasonally
# adjusted output fell 0.3%" and "output rose 0.3%" are never one metric (regular-expression words).
SEASONALLY_ADJUSTED_CUES = (
    r"seasonally[\s-]+adjusted", r"adjusted\s+for\s+seasonal\w*", r"seasonal\s+adjustment",
    # calendar effects, as the Russian "с поправкой на календарный фактор": "Adjusted for calendar effects, the
    # October deficit would have been $180 billion", "adjusted for timing shifts", "calendar-adjusted"
    r"adjusted\s+for\s+(?:calendar|timing)\s+\w+", r"calendar[\s-]+adjusted",
    # ... and said as what is left out: "Excluding shifts in the timing of certain payments, the April surplus would
    # have been $162 billion", "adjusted for shifts in the timing of benefit payments", "excluding calendar effects"
    r"(?:adjusted\s+for|excluding)\s+(?:the\s+)?(?:\w+\s+)?shifts?\s+in\s+(?:the\s+)?timing",
    r"excluding\s+(?:the\s+)?(?:calendar|timing)\s+(?:effects?|shifts?|differences?)",
    r"с\s+(?:исключением|устранением|поправкой\s+на|учетом|учётом)\s+(?:сезонн\w*|календарн\w*)",
    r"очищенн\w*\s+от\s+сезонн\w*", r"сезонно\s+сглаженн\w*", r"с\s+уч[её]том\s+сезонност\w*",
)
# A figure read net of inflation is the real measure, as the adjective "real" says ("Adjusted for inflation, regular
# pay rose 2.2%" is real pay's change, not pay's); the Russian forms with their own adjective.
REAL_TERMS_CUES = (r"adjusted\s+for\s+inflation", r"inflation[\s-]+adjusted", r"in\s+real\s+terms",
                   r"в\s+реальном\s+выражении", r"с\s+(?:поправкой\s+на|учетом|учётом)\s+инфляци\w*")
REAL_KINDS = {"en": "real", "ru": "реальный"}  # the kind those cues give, as the adjective of each language does
# A percentage said to be over the twelve months ("Инфляция в годовом выражении составила 16,4%", "с начала года —
# 5,6%, в годовом выражении — 16,4%", "inflation of 2.9% year on year") is an annual rate, never a value of the same
# measure over the month or the year so far; the kind those cues give, and how a metric's name says it.
ANNUAL_RATE_CUES = (r"в\s+годовом\s+(?:выражении|исчислении)", r"год\s+к\s+году", r"г/г",
                    r"year[\s-](?:on|over)[\s-]year", r"y/y", r"yr/yr")
ANNUAL_RATE_KINDS = {"en": "annual", "ru": "годовой"}
# A change its subject calls annual is against the same period a year before, whatever run of months it is read
# over: "Annual growth in regular pay was 5.6%" in a release of the three months to November (an adjective, then
# up to two words, then a noun of change).
EN_ANNUAL_CHANGE_SUBJECTS = (
    r"(?:annual|yearly|year-on-year)\s+(?:[^\W\d]+\s+){0,2}?(?:growth|increases?|rises?|gains?|falls?|declines?|drops?)",
)
# A percentage said to be over the month ("Инфляция в месячном выражении составила 0,5%", "0.5% month on month") is
# the month's rate, the measure "monthly inflation", "месячная инфляция" name (the kind RATE_SPAN_ADJECTIVES gives).
MONTHLY_RATE_CUES = (r"в\s+месячном\s+(?:выражении|исчислении|сравнении)", r"месяц\s+к\s+месяцу", r"м/м",
                     r"month[\s-](?:on|over)[\s-]month", r"m/m")
MONTHLY_RATE_KINDS = {"en": "monthly", "ru": "месячный"}
# A phrase of the step a change is measured over ("в годовом выражении", "год к году", "в квартальном выражении",
# "quarter on quarter") names its baseline only: opening a sentence ("В годовом выражении выручка во втором квартале
# выросла на 7%") it dates nothing back, as "Годом ранее" does.
STEP_COMPARISON_CUES = (*ANNUAL_RATE_CUES, *MONTHLY_RATE_CUES, r"в\s+годовом\s+сравнении",
                        r"в\s+квартальном\s+(?:сравнении|выражении|исчислении)", r"квартал\s+к\s+кварталу",
                        r"кв/кв", r"к/к", r"quarter[\s-](?:on|over)[\s-]quarter", r"q/q", r"qoq",
                        r"в\s+недельном\s+(?:сравнении|выражении)", r"неделя\s+к\s+неделе",
                        r"week[\s-](?:on|over)[\s-]week", r"w/w")
ANNUAL_RATE_LABELS = {"en": "year on year", "ru": "в годовом выражении"}
# An adjective of a rate's span says what it is measured against, as those cues do: "annual inflation" is the
# annual rate, "monthly inflation", "месячная инфляция" the month's, a measure of its own (lemmas, to the kind).
RATE_SPAN_ADJECTIVES = {"annual": "annual", "yearly": "annual", "годовой": "годовой", "monthly": "monthly",
                        "месячный": "месячный", "quarterly": "quarterly", "квартальный": "квартальный"}
# How a metric's name says it is adjusted or raw (seasonal or calendar effects removed, or not), per language.
# Adjectives abbreviated before a measure, with the word each stands for: "Скорр. OIBDA" is adjusted OIBDA, a
# measure of its own beside OIBDA.
ABBREVIATED_ADJECTIVES = {"скорр": "скорректированный", "скорректир": "скорректированный", "adj": "adjusted"}
ADJUSTMENT_LABELS = {"en": ("adjusted", "unadjusted"), "ru": ("с поправкой", "без поправки")}
# Said to be raw, after the cues above are ruled out: "not seasonally adjusted", "без учета сезонности".
UNADJUSTED_CUES = (r"unadjusted", r"not\s+seasonally\s+adjusted", r"non-seasonally\s+adjusted",
                   r"без\s+(?:исключения|уч[её]та|поправки\s+на)\s+(?:сезонн\w*|календарн\w*)")
# Adjectives that say a measure is the total of its kinds: "total passengers" after "domestic passengers" is not
# the domestic ones (a subset of NON_SPLITTING_ADJECTIVES).
TOTALITY_ADJECTIVES = frozenset(
    "total overall combined aggregate whole общий совокупный суммарный весь итоговый".split())
# English prepositions whose phrase after a measure's head says which part of it is measured: "enrollment at
# community colleges", "unemployment among young people", "sales in the luxury segment", "people in work". The
# phrase's common nouns split measures as a complement does; a place or a name there qualifies it already.
EN_PART_PREPOSITIONS = frozenset("at among in on within across inside outside".split())
# A phrase of these that opens its sentence and names no place names the part of the measure the sentence is about:
# "At public two-year colleges, enrollment jumped 5.4%" (of the colleges' enrollment), "Среди молодежи, ...".
FRONTED_PART_PREPOSITIONS = frozenset("at among среди".split())
# ... and "for" opening its sentence before a noun of people (AGE_PEOPLE_EN) and a comma names a group so too, the
# group "among" would ("For women, the unemployment rate was 3.8%": the women's rate, never the total's; "For
# example," and "For the company," name none).
FRONTED_GROUP_PREPOSITIONS = frozenset({"for"})
# A relative word after a comma whose clause's measure is of the phrase before it: "at for-profit colleges, where
# enrollment fell", "в частных вузах, где".
WHERE_RELATIVE_WORDS = frozenset("where где".split())
# A verb of witnessing between a noun phrase opening its clause and the measure right after it makes that phrase
# the owner of the measure: "Community colleges saw enrollment drop 3.3%" (their enrollment, never the total's).
# Only "see": "reported" or "recorded" after a name is more often the source than the owner.
OWNER_WITNESS_VERBS = frozenset("see sees saw seen".split())
# A price or a rate per unit, after the figure, beside PER_UNIT_LEADS and PRICE_PER_UNITS (regular-expression
# words): "per" before any unit ("$310 per square foot", "2.3 tonnes per hectare"), but never "per cent"; the
# Russian leads with the units they are said per ("98 тыс. рублей за кв. м", "0,54 рубля на акцию", "30 ц с
# гектара"); and a slash ("37,2 ц/га", "руб./кв. м"). A level per unit is never the total it is a part of.
EN_PER_LEADS = ("per",)
EN_PER_NOT_UNITS = ("cent", "centum")
# words that need the next one to name a unit: "square foot", "cubic metre", "кв. м", "квадратный метр"
PER_UNIT_MEASURE_ADJECTIVES = (r"square", r"sq\.?", r"cubic", r"кв\.?", r"квадратн\w*", r"куб\.?", r"кубическ\w*")
RU_PER_UNIT_LEADS = ("за", "на", "с", "со")
RU_PRICE_PER_UNITS = (
    r"м", r"метр\w*", r"тонн\w*", r"т", r"баррел\w*", r"литр\w*", r"л", r"килограмм\w*", r"кг", r"штук\w*",
    r"унци\w*", r"акци\w*", r"гектар\w*", r"га", r"сотк\w*", r"душу", r"человека", r"жителя", r"работника",
    r"сем\w*", r"доллар\w*", r"евро", r"юан\w*", r"ночь", r"сутки", r"мвт\S*", r"квт\S*", r"куб\w*",
)
RU_PER_UNIT_ONE = (r"1", r"один", r"одн\w+")
# Heads that count people or things: what they govern in the genitive is what is counted, never whose the count
# is ("численность безработных" and "численность занятых" are two measures; "доходы россиян" are whose).
COUNT_HEADS = frozenset("численность число количество number count".split())
# The Russian preposition of a possessor opening a clause before its subject: "У Тектона OIBDA выросла" (Tekton's).
RU_OWNER_PREPOSITIONS = ("у",)
# Russian prepositions whose phrase after a measure's head names a part of it: "безработица среди молодежи".
RU_PART_PREPOSITIONS = frozenset("среди".split())
# Prepositions of a group named in the clause of a figure with no subject of its own: the group whose the figure is,
# of the measure of the figure before ("fell 2.1 percent, compared with a 0.9 percent decrease for women",
# "на 3%, у женщин — на 1%", "4,1%, среди мужчин — 4,6%"). "for" takes a bare noun phrase after the figure only
# ("for the year" is a period, "for the company" a reference back). "among" after a figure ("7.2% among young
# people") is not read so: as a group of the measure before, it raised a false warning on the check split.
GROUP_PREPOSITIONS = frozenset("for среди у".split())
GROUP_PREPOSITIONS_AFTER_ONLY = frozenset({"for"})  # "for" names a group only after the figure
# ... and "among" past a noun of change after the figure ("compared with a 0.5% drop among traditional-age
# students"): the change's own group, as "for" would name it (a bare "7.2% among young people" stays unread).
GROUP_PREPOSITIONS_AFTER_CHANGE_NOUN = frozenset({"among"})
# The one preposition a group is keyed by, whichever of those printed it: "у женщин" and "среди женщин" are one part,
# as "безработица среди молодежи" keys it.
GROUP_KEY_PREPOSITION = {"en": "among", "ru": "среди"}
# Abbreviations news prints with a full stop before a number in the same sentence ("за II кв. 2024 г.", "за 9 мес.
# 2023 г.", "the week ended Aug. 3", "ст. 12", "No. 5"): a full stop after one of them and before a digit ends no
# sentence.
# Units ("млн.", "руб.") and "г." are not here: a sentence may end with them and the next open with a year.
ABBREVIATIONS_BEFORE_NUMBER = frozenset(
    "кв мес ст п пп no vol art p pp".split()
    + [short for _, _, _, shorts in MONTHS for short in shorts]
)

# ---------------------------------------------------------------------------------------------------------
# Metrics, round 4 of issue 18: the qualifiers that split measures in budgets, labour markets, banking,
# company results and the box office, and the words a subject is never made of.

# English modal verbs: the word after one is a verb ("2021 would finish 1.9 per cent higher"), never a noun.
EN_MODAL_VERBS = frozenset("will would can could may might must should shall".split())
# ... past one adverb between ("will likely pass $200 million", "could easily top", "will still cross"): a word in
# -ly, or one of these
EN_ADVERBS_AFTER_MODAL = frozenset("still soon also even not never already then yet".split())
# Forms of "be" before a word in -ing: a progressive, so the word is its verb even when it names an activity
# ("The company is advertising 400 jobs"; "Print advertising fell" has a noun there).
EN_BE_FORMS = frozenset("is are was were be been being am".split())
# English verbs whose past tense is spelt as their noun: between two nouns of one phrase the word is the verb
# ("the firm cut costs by 8%"), and the subject is the phrase after it.
EN_VERB_NOUNS = frozenset("cut set put spent".split())
# Words that open a phrase saying what a measure counts in or leaves out: "pay including bonuses" and "pay
# excluding bonuses" are two measures, as "spending on defence" is not all spending.
EN_INCLUSION_WORDS = frozenset("including excluding ex".split())
# Prepositions of comparison or circumstance before "a <noun> of <figure>": the noun is the figure's measure, as
# it would be as the subject ("compared with a surplus of $214 billion", "after a deficit of $5 billion", "ended
# with a gross of $53 million"), never what it governs ("growth in sales of 5%" keeps "in" a preposition).
EN_MEASURE_OF_FIGURE_LEADS = frozenset("with after against from than versus vs above below behind".split())
# An English "with" phrase after a comma whose noun a direction word ends, right before its figure, names the
# figure's measure, of the clause's subject: "Private colleges saw the sharpest drop, with enrollment down 6%".
EN_ABSOLUTE_LEADS = frozenset(("with",))
EN_ABSOLUTE_DIRECTION_WORDS = frozenset("up down higher lower".split())
# Verbs of turning before "to a <noun> of <figure>": the noun is the figure's measure, never the subject that turns
# ("The government swung to a surplus of $210 billion", "the company swung to a profit of $40 million", "turned to
# a deficit of"); after another verb "to" governs ("rose to a level of") as before.
EN_TURNING_VERBS = frozenset("swung swing swings turned turn turns flipped flip flips switched".split())
EN_TURNING_PREPOSITIONS = frozenset({"to"})
# ... unless what turns is the balance itself, a measure that names more than its sign ("The trade balance turned
# to a deficit of $3 billion", "the current account swung to a surplus of": the balance's, as read before)
EN_TURNING_BALANCE_HEADS = frozenset("balance balances budget account".split())
# English prepositions whose phrase after a measure's head says to whom or for what it goes: "loans to
# households" and "loans to businesses", "credit for mortgages" are measures of their own (beside the part
# prepositions above: "spending on defence").
EN_RECIPIENT_PREPOSITIONS = frozenset("to for".split())
# ... and by whom it is made: "loans by state-owned banks" and "loans by banks", "spending by households", "purchases
# by foreigners" (a phrase right before its figure, "rose by 5%", is none)
EN_AGENT_PREPOSITIONS = frozenset({"by"})
# The Russian case of a noun that says to whom a measure goes ("кредиты физическим лицам"): like a complement
# in the genitive, it splits measures.
RU_RECIPIENT_CASES = frozenset("datv".split())
# Nouns of a span of time: a phrase that opens with one after a period ("в первом полугодии 2024 года
# рентабельность", "the December rate") starts after it; a period is never part of a measure's name.
PERIOD_NOUNS = frozenset("""
    год месяц квартал полугодие период неделя день year month quarter half period week day weekend
""".split())
# English adverbs the tagger would take for nouns: "the film's domestic gross now stands at" is the gross.
# ... and the conjunctive adverbs set off in a clause ("Claimant count unemployment, however, rose"), and "far" of
# "so far" (never a measure); and those of consequence ("The natural decrease thus amounted to 13,500"); and "ahead"
# of a ranking ("finished ahead with $52 million": the film's gross); and those of time before or after an event
# ("Economists polled beforehand had expected 3.4%": what was expected, never a measure "Beforehand"); and the
# sentence adverbs that open a sentence before a comma ("Altogether, the film has taken": no name the film is).
EN_ADVERBS_LIKE_NOUNS = frozenset("""now then again meanwhile however nevertheless nonetheless moreover far thus
    therefore hence ahead beforehand afterwards afterward altogether together elsewhere instead otherwise
    likewise furthermore""".split())
# ... and the comparatives of time, adverbs too ("Analysts surveyed earlier had predicted 1.5%": what was predicted,
# never a measure "Earlier"), but adjectives after a determiner ("an earlier estimate of 3%", "a later reading")
EN_TIME_COMPARATIVES = frozenset("earlier later".split())
# Adverbs of degree the tagger would take for nouns, right before one of those adverbs: "finished well ahead" (not
# "the oil well", a noun).
EN_DEGREE_WORDS_LIKE_NOUNS = frozenset("well".split())
EN_DEGREE_ADVERBS = frozenset("ahead".split())  # the adverbs such a degree word goes with ("the new well then flowed")
# Words of manner the tagger would take for nouns, right after a verb or its particle: "held up well", "held up
# better", "did best in Ohio" say how a title fared, never what is measured (after a determiner or an adjective
# they stay nouns: "the new well", "a better").
EN_MANNER_WORDS_LIKE_NOUNS = frozenset("well better best worse worst".split())
# Superlatives a verb takes as its adverb, with no article: "grew fastest, at 5.1%", "fell hardest" say how the
# subject changed, never what is measured (after "the" they are a noun's adjectives: "the fastest growth").
EN_SUPERLATIVE_ADVERBS = frozenset("""fastest slowest quickest hardest sharpest steepest strongest weakest highest
    lowest furthest farthest""".split())
# Words of a measure that did not change ("held nearly flat", "Jobless rate steady at 4.8%"): no measure
# themselves, unless a determiner makes one a noun ("the price of a flat").
NO_CHANGE_WORDS = frozenset("flat steady unchanged stable".split())
# Adjectives of a run of periods ("for a third straight month", "a fifth consecutive weekend"): they say how long a
# streak has lasted and name no measure, nor a kind of one.
EN_RUN_ADJECTIVES = frozenset("straight consecutive successive".split())
# Words the English tagger takes for function words unless written as an abbreviation: "US colleges" is the
# country's, "us" the pronoun.
EN_ABBREVIATIONS_OF_FUNCTION_WORDS = frozenset({"US"})
# Quotation marks that open a name: a capitalised word right after one is a name ("АФК «Система»"; single quotes
# too, as headlines and much English copy quote titles: "'Ghost Manor' fell 63%").
OPENING_QUOTES = ("«", "\"", "“", "'", "‘")
# Nouns that name what figures are about, never a measure: "the film has grossed $717 million", "the company
# posted", "фильм собрал". As a subject, one refers to the name before it ("Oppenheimer ... the film").
# Nouns that name a place by its kind, referring back to the one of that kind the article named ("доходы бюджета
# края" after "доходы бюджета Красноярского края"): as a measure's complement or qualifier, the named one's
# (lemmas). Not the nouns that may stand for any place or company ("регион", "холдинг"): which one is a guess
# that cost the measured articles more merges than it saved.
GENERIC_ENTITY_NOUNS = frozenset("край область республика город страна state country city".split())
# Nouns of a film's genre, which after a title stand for it as "the film" does: "The Focus drama averaged $3,210 per
# location", "Overseas, the adventure added $52.3 million", "комедия собрала" (lemmas).
FILM_GENRE_NOUNS = frozenset("""
    drama thriller comedy mystery musical adventure documentary romance biopic horror
    драма комедия триллер мультфильм
""".split())
ENTITY_NOUNS = frozenset("""
    film movie picture sequel title company firm group bank lender insurer carrier airline retailer
    фильм картина сиквел компания банк
""".split()) | FILM_GENRE_NOUNS
# A name after one of these, right after such a noun, is who made or released it: "the drama from Ridgeline
# Studios" (its studio) describes the film named before, never is what the noun or a later "the film" refers to.
ENTITY_MAKER_PREPOSITIONS = ("from",)

# The form reader, round 4 (factcheck/extract/readers/form/)

# An index of Russian statistics names its baseline after "к" (INDEX_BASELINE_LEADS) with a period ("55% к
# январю–маю 2024 г.") or with one of these words in the dative: "102,3% к уровню прошлого года", "96% к
# соответствующему периоду прошлого года", "к аналогичному периоду".
# A moment by which a level stands, after "к": "инфляция составила 2,4% к концу декабря", "к началу года", "к
# середине месяца" date the level; an index names its baseline by the period itself ("к декабрю предыдущего года"),
# never by its end or start.
INDEX_MOMENT_NOUNS = ("концу", "началу", "середине")
INDEX_BASELINE_NOUNS = ("уровню", "уровням", "периоду", "показателю", "показателям", "соответствующему",
                        "аналогичному", "прошлому", "предыдущему", "прошлогоднему")
# Russian verbs that link any measure to its amount ("составил", "достиг"): an amount after one of them with no
# measure named is not read as the measure an earlier amount had after the same verb (a verb of its own, "введено
# 1,4 млн кв. метров жилья ... В сентябре ввели 168 тыс. кв. метров", is) (lemmas).
RU_AMOUNT_LINKING_VERBS = frozenset({"составить", "составлять", "достичь", "достигнуть", "достигать", "превысить",
                                     "превышать", "быть", "стать", "оказаться", "насчитывать", "равняться"})
# Verbs of carrying out a plan: "бюджет исполнен на 98,7%", "план выполнен на 102%", "средства освоены на 80%". A
# percentage after "на" with one of them is how much of the plan was done, a level, not a change.
RU_FULFILMENT_STEMS = (r"исполн\w*", r"выполн\w*", r"освоен\w*", r"освоил\w*", r"освоят\w*")
# The nouns of carrying out a plan as their clause's subject, with a linking verb or a dash before the
# percentage: "Исполнение годового плана по доходам составило 57%", "Выполнение плана по расходам — 49,5%",
# "исполнение бюджета по доходам составило 64%" say how much of the plan was done, a level, not a target.
RU_FULFILMENT_NOUNS = (r"исполнени[еяю]", r"выполнени[еяю]")
# ... and the nouns a plan carried out is named by besides the plan's own (TARGET_WORDS): "исполнение бюджета по
# доходам составило 64%" is of the revenue's plan, the budget being the plan
CARRIED_OUT_PLAN_WORDS = TARGET_WORDS | frozenset({"бюджет"})
# What opens a period or a comparison phrase a verb of change may have before its "на"/"by" ("сократились по
# сравнению с прошлым годом на 8,1%", "выросли за январь–сентябрь на", "fell compared with a year earlier by $3
# billion"); the phrase ends with a period.
VERB_PERIOD_LEADS = (r"по\s+сравнению\s+с", r"в\s+сравнении\s+с", r"по\s+отношению\s+к", r"относительно",
                     r"против", r"ко?", r"за", r"во?", r"со?", r"compared\s+(?:with|to)", r"against", r"from", r"on",
                     r"over", r"versus", r"in", r"for", r"during", r"since")
# A negation before a verb that bounds from below turns it into an upper bound: "не превышает 2,3 млн человек",
# "did not exceed $500 billion" are at most the figure.
NEGATIONS_BEFORE_BOUND = (r"не", r"not", r"never", r"didn['’]t", r"doesn['’]t", r"don['’]t", r"won['’]t",
                          r"hasn['’]t", r"haven['’]t", r"никогда\s+не")

# ---------------------------------------------------------------------------------------------------------
# The market a figure is of (extract's metric reader): "opened to $30 million in North America" and "$112 million
# overseas" are two measures, as are a film's gross "domestically" and "worldwide". Each scope by its adverbs (the
# adjectives, "domestic passengers", are the subject's own words); the cue right after a figure is its own, else
# the last one before it in its sentence.
MARKET_SCOPES: dict[str, tuple[str, ...]] = {
    "domestic": (r"domestically", r"in\s+North\s+America", r"at\s+home", r"in\s+the\s+U\.?S\.?\s+and\s+Canada",
                 r"в\s+российском\s+прокате", r"в\s+отечественном\s+прокате"),
    "abroad": (r"overseas", r"internationally", r"abroad",
               r"(?:from|in)\s+(?:international|overseas|foreign)\s+markets", r"за\s+рубежом",
               r"в\s+зарубежном\s+прокате"),
    "worldwide": (r"worldwide", r"globally", r"around\s+the\s+world", r"в\s+мировом\s+прокате", r"по\s+всему\s+миру"),
}
# ... and the words after a determiner that name a market, adjectives there though the dictionary reads some as
# nouns ("its worldwide total": no measure "Worldwide"); before a running total's noun they name its market as those
# adverbs do ("its worldwide total" and "its global tally" are one measure, "its domestic total" another)
MARKET_ADJECTIVES: dict[str, frozenset[str]] = {
    "domestic": frozenset("domestic".split()),
    "abroad": frozenset("overseas international foreign".split()),
    "worldwide": frozenset("worldwide global".split()),
}
# A running total is another measure than the flow of one period: "the film's domestic total", "a cumulative gross
# of $1.03 billion", "has now grossed $459 million", "has now earned $63 million", "bringing its total to $264
# million" (not "total passengers", the passengers; not "so far this year", the year to date of the same flow).
# Nouns of a running total after a possessive pronoun in a participle's clause: "bringing its domestic total to
# $459 million", "lifting its global tally to $712 million" (the total of the measure just named, "its" the same
# subject's)
RUNNING_TOTAL_HEADS = frozenset("total tally cume".split())  # "cume", box office's cumulative gross
# ... and nouns of an opening after a market's adjective there: "$71 million overseas, for a global debut of $118
# million" is the title's opening worldwide, a measure of its own beside each market's takings (no running total;
# with no market's word, "for a debut of", no measure is read so)
OPENING_TAKINGS_HEADS = frozenset("debut opening launch bow".split())
# ... never of what was spent: "The film cost $90 million to make. Its global total now stands at $77 million"
RUNNING_TOTAL_NEVER_OF = frozenset("cost budget".split())
# A title ranked against the film the clause is about, with its own takings after "with": 'finished ahead of "Quiet
# Lantern" with $14 million and "Stone Harbor 2" with $8 million' (each the title's, never the film's)
RANKED_AGAINST = (r"ahead\s+of", r"behind", r"and", r",")
RANKED_TAKINGS = (r"with",)
RUNNING_TOTAL_PARTICIPLE_ENDINGS = ("ing",)
# ... and after "for" and an article: "down 38%, for a running total of $52.6 million" (the same subject's total);
# the words of a total before its noun besides adjectives: "running", and a span it is counted over ("its 10-day
# total", "its three-week tally")
RUNNING_TOTAL_PREPOSITIONS = frozenset("for".split())
RUNNING_TOTAL_ARTICLES = frozenset("a".split())
RUNNING_TOTAL_MODIFIERS = frozenset("running".split())
RUNNING_TOTAL_CUES = (r"cumulative", r"running\s+total", r"lifetime", r"(?:its|their)\s+(?:\w+\s+)?total",
                      # "to date", not of a year's run ("for the fiscal year to date": a period, no total)
                      r"(?:domestic|global|worldwide|overall)\s+total", r"(?<!year\s)to\s+date(?!\s+this)",
                      # "cume", box office's cumulative gross, a total whatever is before it ("a global cume of")
                      r"cumes?",
                      # "so far this year", "so far in fiscal 2025": the year so far
                      r"so\s+far(?!\s+(?:this|in\s+(?:the|this|(?:fiscal|financial)\s|(?:19|20|21)\d\d)))",
                      r"(?:has|have)\s+(?:now\s+)?grossed",
                      # the perfect of collecting with "now": what was earned so far ("has now earned $63 million",
                      # "has now taken in $74.5 million"); without "now", "has earned $5 billion" may be one period's
                      r"(?:has|have)\s+now\s+(?:earned|taken\s+in|collected|made|pulled\s+in|amassed|banked|"
                      r"racked\s+up|hauled\s+in)",
                      r"с\s+начала\s+проката",
                      r"за\s+вс[её]\s+время\s+проката")

# ---------------------------------------------------------------------------------------------------------
# The form and kind readers, round 5 (factcheck/extract/readers/form/, kind.py)

# The future told by a verb's tense: a Russian finite verb in the future tense ("составят", "достигнет",
# "вырастет", pymorphy3's `futr`) says the figure is not yet known; English marks it with a modal
# (FUTURE_MODAL_WORDS) or with these phrases before the infinitive: "is set to reach", "is on track to total".
EN_FUTURE_PHRASES = (r"(?:is|are|was|were)\s+(?:set|poised|likely|due|slated|on\s+(?:track|course))\s+to",)
RU_FUTURE_TENSE = "futr"  # pymorphy3's grammeme of the future tense
RU_PAST_TENSE = "past"  # ... and of the past tense
# Measures counted once for a whole year, not summed month by month (a crop's sown area and harvest, a census): "в
# этом году" or "в 2023 году" of them before the year is over is the year itself, never its months so far
# ("Посевные площади в этом году сократились на 1,3%" in November is the year's sowing).
ONCE_A_YEAR_MEASURES = (r"(?<!\w)посевн\w*\s+площад\w*", r"(?<!\w)урожа\w*", r"(?<!\w)валов\w*\s+сбор\w*",
                        # a crop gathered: "сбор зерна", "намолот", "намолочено"
                        r"(?<!\w)сбор(?:а|у|ом)?\s+(?:зерн|пшениц|ячмен|кукуруз|подсолнечник|рапс|картофел|овощ)\w*",
                        r"(?<!\w)намолот\w*", r"(?<!\w)намолочен[оаы]?(?!\w)",
                        r"(?<!\w)перепис\w*", r"\bsown\s+area", r"\bharvests?\b", r"\bcensus\b")
# Prepositions of cause: a noun after one (and its adjectives) names why a figure moved, never the measure
# ("Экспорт зерна вырос на 12% благодаря рекордному урожаю", "thanks to a record harvest").
CAUSE_LEADS = (r"благодаря", r"на\s+фоне", r"из-за", r"за\s+сч[её]т", r"вследствие", r"ввиду",
               r"в\s+связи\s+с(?:о)?", r"thanks\s+to", r"due\s+to", r"because\s+of", r"owing\s+to", r"amid")
# "Напомним, в 2024 году доходы составили ...": the writer turning to the reader, in the first person plural
# (pymorphy3's `1per` and `plur`), is no future of the figure's.
RU_FIRST_PERSON_PLURAL = frozenset({"1per", "plur"})
RU_READER_ADDRESS_VERBS = frozenset("напомнить отметить добавить подчеркнуть уточнить заметить пояснить".split())
# Verbs of causing a change that, with an amount of money as their direct object (no "by", no "to" after it), mean
# collecting it: "the startup has raised $1.2 billion" is a fundraising total and "the film added $53 million in its
# third weekend" a weekend's gross, levels, while "raised prices by 5%", "rose $1.2 billion" and "gold added $20 to
# $1,950" are changes. Lemmas of EN_CHANGE_VERBS_UP.
EN_COLLECTING_VERBS = ("raise", "add")
# The subject of "added" that is a flow into a stock, a balance of its own: "Net migration added 5,200 people to the
# county's population", "natural increase added 800": the figure is the flow's amount over its period, a level of
# that flow, never a change of it (the stock it adds to is another measure). "The company added 1.4 million
# subscribers" keeps its change: its subject is no flow. Lemmas of EN_CHANGE_VERBS_UP; regular-expression words.
EN_FLOW_ADDING_VERBS = ("add",)
EN_FLOW_NOUNS = (r"migration", r"immigration", r"emigration")
EN_FLOW_LEADS = (r"net", r"natural", r"migratory", r"international", r"foreign")
EN_FLOW_BALANCE_NOUNS = (r"increase", r"growth", r"gain", r"inflows?", r"outflows?", r"decrease", r"decline", r"loss")
EN_FLOW_VERB_LEADS = (r"has", r"have", r"had", r"alone")  # "Net migration alone has added"
# "Points" alone after a number: index points, or percentage points when the other end of the change is a
# percentage ("the unemployment rate fell 0.2 points to 4.1%", "выросла на 0,4 пункта и достигла 5,1%"). A claims
# file writes the latter in full (POINTS_AS_PERCENTAGE_POINTS, each one of PERCENTAGE_POINT_WORDS).
BARE_POINT_WORDS = ("points", "point", "pts", "пункта", "пунктов", "пункт")
POINTS_AS_PERCENTAGE_POINTS = {"en": "percentage points", "ru": "п.п."}
# After a verb of change, an indefinite article and up to three words that describe the figure ("rose a seasonally
# adjusted 0.4%", "fell a larger-than-expected 1.2%") are a word of degree too; these words describe no figure, so the
# figure after them is no change's ("cut a deal worth $5 billion", "rose a bit and 3% ...").
EN_NOT_FIGURE_MODIFIERS = frozenset("worth and or but as which that who".split())
# Words of degree between a verb of change and its figure: "fell just 38%", "dropped a steep 58%", "eased a modest
# 27%", "rose a further 2%", "выросли лишь на 2%", "снизилась всего на 0,1 п.п.", "увеличился еще на 38 млрд".
CHANGE_DEGREE_WORDS = (
    "just", "only", "merely", "a mere", "a modest", "a steep", "a sharp", "a slight", "a small", "a whopping",
    "a hefty", "a healthy", "a solid", "a strong", "a robust", "a big", "a massive", "a staggering", "a dramatic",
    "a marginal", "a further", "another", "an additional", "an estimated", "a respectable", "a scant", "a meagre",
    "a meager", "a soft", "a slim", "a tiny", "a huge", "a record", "a remarkable", "a stunning", "a surprising",
    "лишь", "всего", "только", "еще", "ещё", "уже", "сразу",
)
# English verbs of carrying out a plan (as RU_FULFILMENT_STEMS): "the plan was fulfilled by 98%", "has met 80%".
EN_FULFILMENT_WORDS = (r"fulfill?ed", r"met", r"achieved", r"completed", r"executed")
# Comparatives of size and position after a figure, read as ABOVE_BASELINE and BELOW_BASELINE: "$160 billion
# larger than a year earlier", "14% bigger than in May 2024", "$12 billion narrower than in 2023", "running 15%
# ahead of last year", "8% behind the same weekend last year".
AHEAD_OF_BASELINE = ("larger", "bigger", "greater", "wider", "ahead of")
BEHIND_BASELINE = ("smaller", "narrower", "behind")
# The name of a plan a share of it is printed of, with no figure of its own: "расходы исполнены на 41,5%" is a
# share of the expenditure's plan, declared as "Расходы (план)".
PLAN_NAMES = {"ru": "план", "en": "plan"}
# Nouns of a plan a percentage may be printed of, with or without a preposition (regular-expression stems):
# "38,9% годового плана", "62% годовых назначений", "58% of its annual target".
PLAN_NOUN_STEMS = (r"план(?:а|у|ом|е|ов)?", r"назначени\w*", r"запланированн(?:ого|ых)", r"plans?", r"targets?",
                   r"goals?")  # "38,8% от запланированного": the participle stands for the plan
# After a noun of change, the preposition that gives its size where a linking verb would: "saw the steepest
# decline, at 14.6%", "with growth at 5%".
CHANGE_NOUN_SIZE_LINKS = ("at",)
# How a change ranked among others, between its verb and its size: "grew fastest, at 4.6%", "fell the most, by 6%"
# (the verb still gives the direction)
CHANGE_RANK_WORDS_EN = ("the most", "the least", "most", "least", *sorted(EN_SUPERLATIVE_ADVERBS))
# The prepositions of a phrase that may stand between that noun and its size: "the largest decline of any state,
# at 45,000 students", "the biggest drop among regions, at 3%".
CHANGE_NOUN_PHRASE_PREPOSITIONS = ("of", "among", "in")

# The metric reader, round 5 (factcheck/extract/readers/metric/, place.py, shares.py)

# Russian nouns of an administrative unit: a capitalised adjective before one names a place ("в Ленинградской
# области", "Краснодарский край", "Ханты-Мансийский автономный округ" has its own capitalised adjective).
RU_ADMINISTRATIVE_UNITS = frozenset("область край округ район республика".split())
# Russian prepositions whose phrase right after a measure's head noun, when it names a kind (an adjective), names
# a part of it, as the English "in" does (EN_PART_PREPOSITIONS): "вклады в иностранной валюте", "остатки на
# счетах физических лиц", "продажи на вторичном рынке"; "в банках", "в размере" name none, and a place named there
# ("вклады в Москве") qualifies it as a name does. "от" names where a revenue comes from: "доходы от мобильной
# связи" are not "доходы от фиксированной телефонии".
RU_PART_PREPOSITIONS_AFTER_NOUN = frozenset("в на от".split())
# A Russian receipt names where it comes from after "от", with or without an adjective, each a measure of its own:
# "поступления от аренды земли" are not "поступления от штрафов" (the heads, lemmas).
RU_RECEIPT_SOURCE_HEADS = frozenset("поступление доход выручка сбор отчисление".split())
RU_RECEIPT_SOURCE_PREPOSITIONS = frozenset(("от",))
# A result of a company is reported stage by stage, each a measure of its own: "profit before tax", "profit after
# tax", "прибыль до налогообложения", "прибыль от продаж" (the prepositions after such a head, and the heads, lemmas).
RESULT_STAGE_PREPOSITIONS = frozenset("before after до после от".split())
RESULT_STAGE_HEADS = frozenset("profit income earnings loss прибыль убыток".split())
# A Russian ratio of a result names the result it is of after "по", each a measure of its own: "рентабельность по
# OIBDA" is not "рентабельность по чистой прибыли", "маржа по EBITDA" (the preposition and the heads, lemmas).
RU_RATIO_BASE_PREPOSITIONS = frozenset(("по",))
RU_RATIO_BASE_HEADS = frozenset("рентабельность маржа маржинальность".split())
# A Russian debt names what it is owed on after "по", each a measure of its own: "задолженность по ипотеке" is not
# "задолженность по заработной плате", "долг по облигациям" (the heads, lemmas; "по состоянию на" dates it).
RU_DEBT_HEADS = frozenset("задолженность долг недоимка просрочка".split())
RU_DEBT_NOT_PARTS = frozenset("состояние итог данные оценка сравнение".split())
# A company's margin, a ratio of its results over a period: its change in points, with no baseline named, is
# against the same period a year before, as its results are ("рентабельность OIBDA составила 38,5%, прибавив 0,7
# п.п.", "operating margin widened 1.2 percentage points"), never the reading before as a rate's.
MARGIN_WORDS = (r"рентабельност\w*", r"маржинальност\w*", r"марж(?:а|и|е|у|ой)", r"margins?")
# Currencies a measure is held or counted in, which split it without an adjective: "вклады в рублях" are not
# "вклады в валюте" (lemmas).
RU_CURRENCY_PART_NOUNS = frozenset("рубль валюта доллар евро юань".split())
# Measures named by an acronym, nouns wherever they stand ("OIBDA — 77,8 млрд рублей" is no name of a company):
# the earnings and unit measures of company reports.
MEASURE_ACRONYMS = frozenset("OIBDA EBITDA EBIT ARPU GMV".split())
# Nouns of a place in a ranking and the ordinals before them: "slipped to second place with $33.7 million",
# "took the top spot", "заняла второе место": a rank, never what a figure measures ("рабочих мест" are jobs).
# (The dictionary reads a neuter ordinal opening a sentence as a noun of its own: "Второе место" has "второе".)
RANK_NOUNS = frozenset("place spot position rank место позиция строчка".split())
# Russian nouns of a group at the top of a ranking, a rank with no ordinal: "Замыкает тройку Грузия с долей 9%",
# "вошла в десятку", never what a figure measures (lemmas).
RANK_GROUP_NOUNS = frozenset("тройка четверка пятерка пятёрка десятка двадцатка".split())
RANK_ORDINALS = frozenset("""
    first second third fourth fifth sixth seventh eighth ninth tenth top no
    первый второй третий четвертый пятый шестой седьмой восьмой девятый десятый
    первое второе третье четвертое пятое шестое седьмое восьмое девятое десятое
""".split())
# Kinds of a measure that say how it is counted, not which part of it is counted: a measure named without them
# refers back to the one named with them ("реальные располагаемые доходы ... размер доходов", "net profit ...
# profit"). Any other kind names a part ("налоговые доходы", "full-time enrollment"): never the measure named
# briefly, nor is that measure one of them. (The dictionary reads a participle as its verb: "располагать".)
BRIEFLY_NAMED_KINDS = frozenset("""
    real nominal disposable average mean median net
    реальный номинальный располагаемый располагать средний чистый
""".split())
# Endings of an English verb's own forms: a word with one is never a noun spelt as a verb ("61% of its annual
# revenue target" ends with a noun; "of the amount budgeted" with a participle).
EN_PRESENT_PARTICIPLE_ENDING = "ing"  # "taking", "starring"
EN_PAST_PARTICIPLE_ENDING = "ed"  # "hours worked", "hours lost": a participle after a unit of time says which measure
EN_IRREGULAR_PARTICIPLES = frozenset("lost spent taken".split())
EN_VERB_FORM_ENDINGS = ("ed", EN_PRESENT_PARTICIPLE_ENDING)
# Common nouns of a place: a phrase of one that opens a sentence says where its measure is ("В областном центре
# численность населения выросла", "In the capital, prices rose"), as a place's name does.
# Of them, the nouns of an area (not a road): after a verb of an event ("13,890 people died in the region") they say
# where it happened, never what kind of event it was (as "died on the roads" does).
AREA_NOUNS = frozenset("""
    город центр столица регион область край район округ республика село деревня местность муниципалитет
    city capital region state province county town district
""".split())
# Compass regions: after "the", with no noun after them, they name a part of a country, a place as a name does
# ("turnout was 41% in the north and 56% in the south", "In the south-east, rents rose 7%"), never a measure.
COMPASS_REGIONS = frozenset("""
    north south east west north-east north-west south-east south-west northeast northwest southeast southwest
""".split())
EN_PLACE_PREPOSITIONS = frozenset(("in",))  # "born in Hungary": a name after it is where, as an area noun is
# The nouns of a country as a whole, after a preposition that spreads over it: "По стране безработица составила
# 2,3%" in regional copy is the country's rate, never the region's ("в стране" is where the article is, its own place).
COUNTRY_NOUNS = frozenset("страна country".split())
COUNTRY_WHOLE_PREPOSITIONS = frozenset("по across throughout".split())
PLACE_NOUNS = AREA_NOUNS | COUNTRY_NOUNS | frozenset(
    "трасса дорога автодорога магистраль шоссе road highway motorway".split())
# Russian phrases of a preposition and a noun that are adverbs ("в целом", "в среднем"): they govern nothing after
# them; the noun that follows is the clause's own ("По России в целом безработица по МОТ": the subject, "безработица").
RU_ADVERB_PHRASES = frozenset(("в целом", "в среднем", "в общем", "в частности"))
# Words that open a sentence about the whole, never about the place its paragraph named before: "In London,
# unemployment rose to 9%. Overall, unemployment was 8.1%" (regular-expression words).
WHOLE_OPENERS = (r"overall", r"in\s+total", r"in\s+all", r"altogether", r"nationwide", r"nationally",
                 r"в\s+целом", r"всего", r"в\s+общей\s+сложности", r"по\s+стране")

# ---------------------------------------------------------------------------------------------------------
# Speakers of a release: polled forecasters, abbreviations in brackets, the documents a body speaks in

# A group polled by a publication states what it expected: "Economists polled by Reuters had expected 3.1%",
# "39 analysts surveyed by Bloomberg", "Экономисты, опрошенные «Интерфаксом», ожидали 3,1%". The group speaks
# (an expert source), not the outlet and not the publication that polled it (regular-expression stems).
POLLED_GROUP_NOUNS = ("economists?", "analysts?", "experts?", "forecasters?", "strategists?", r"экономист\w*",
                      r"аналитик\w*", r"эксперт\w*")
POLLED_PARTICIPLES = ("polled", "surveyed", "questioned", r"опрошенн\w+")
POLL_AGENT_LEADS = ("by",)
# ... and the words that end an agent named by what it is: the predicate of the group polled ("Economists polled by
# the wire service had expected", "... expected", "... see").
POLL_AGENT_END_WORDS = ("had", "have", "has", "were", "was", "are", "is", "expected", "expect", "forecast",
                        "forecasted", "predicted", "projected", "estimated", "saw", "see", "on", "in", "for")
# ... and such a group unpolled, opening its sentence as the subject of a verb of expecting: "Economists expect the
# rate to reach", "Most analysts had forecast a rise", "Аналитики ожидают": the forecast is the group's, and the
# source named before for the text's figures is not carried to it (its quantifiers, auxiliaries and verbs).
GROUP_QUANTIFIERS = ("most", "many", "some", "several", "большинство", "многие")
GROUP_AUXILIARIES = ("had", "have", "now", "also", "still", "largely", "broadly", "generally")
GROUP_FORECASTING_VERBS = ("expect", "expected", "forecast", "forecasted", "predict", "predicted", "project",
                           "projected", "anticipate", "anticipated", "see", r"ожида\w*", r"прогнозиру\w*",
                           r"предсказыва\w*")
# ... and the measure such a verb's object names is not the group's own ("Economists expect the rate to climb"):
OWNERLESS_EXPECTING_VERBS = frozenset(verb for verb in GROUP_FORECASTING_VERBS if verb.isascii())
# ... the opening of such a sentence, the group and its verb (regular expression): "Most economists now expect"
GROUP_FORECAST_OPENING = (rf"\W*(?:{any_of(GROUP_QUANTIFIERS)}\s+)?{any_of(POLLED_GROUP_NOUNS)}\s+"
                          rf"(?:{any_of(GROUP_AUXILIARIES)}\s+){{0,2}}{any_of(GROUP_FORECASTING_VERBS)}")
# Documents a body speaks in, beyond STATEMENT_NOUN_STEMS: "говорится в материалах Росстата", "в бюллетене банка",
# "в публикации ведомства".
MORE_STATEMENT_NOUN_STEMS = ("материал", "бюллетен", "публикаци", "информаци", "справк")
# Short words that join the words of an organisation's name: "the Office for National Statistics", "the Bureau of
# Labor Statistics", "Федеральная служба по труду и занятости". An abbreviation is made of the other words'
# initials: "ONS", "BLS".
ORGANISATION_NAME_LINKS = ("for", "of", "and", "по", "и")
# A phrase naming the speaker's own document, between a name and its verb of speech with no commas: "the European
# Commission in its latest forecast estimated", "Минэкономики в своем обзоре отметило". The possessive refers back
# to the name, so the name speaks.
OWN_DOCUMENT_LEADS = (r"in\s+(?:its|their)", r"в\s+сво(?:[её]м|ей|их)")
# Prepositions that tie a post or a thing to the organisation it is of, before the name in apposition to the
# whole phrase: "The chief executive of StreamCo, Mark Wells, said" is Mark Wells speaking, never StreamCo.
APPOSITION_HEAD_PREPOSITIONS = ("of", "at", "for")
# Participles that give data to its publisher after "according to": "according to preliminary data released by the
# National Student Clearinghouse Research Center" cites the center, not "preliminary data".
RELEASED_BY_PARTICIPLES = ("released", "published", "compiled", "collected", "issued", "gathered", "provided")
# Nouns of the figures a cited body gives, after its name: "according to Comscore estimates", "according to Reuters
# calculations" cite Comscore and Reuters. The words that join such figures to the body before a verb of showing:
# "data from the Media Council showed", "figures released on Tuesday by the Advertising Bureau showed".
# So are the documents a body publishes: "according to a report by the Research Center" cites the center.
CITED_FIGURES_NOUNS = ("estimates", "estimate", "calculations", "figures", "data", "statistics", "numbers",
                       "report", "study", "survey", "analysis")
# A citing lead that also gives a reason: "citing strong demand from builders" (lower-case words, no determiner,
# no noun of figures: a cause, cites no one); "citing the ministry", "citing data from the council" cite.
REASON_CITING_LEADS = ("citing",)
CITED_SOURCE_DETERMINERS = ("the", "a", "an", "its", "their", "his", "her")
SHOWING_SOURCE_LINKS = ("from", "by")
CITED_FIGURES_LINKS = ("of", "from", "by")  # "according to preliminary data of the statistics office"

# ---------------------------------------------------------------------------------------------------------
# Subjects the metric reader reads across words: particles, roles, per-share amounts, pronouns

# The particle of a phrasal verb is never what a figure measures: "set aside $1.2 billion", "paid out", "wrote
# off", "put up", "cut down".
PHRASAL_PARTICLES = frozenset("aside up down off out".split())
# After a phrasal verb's amount, the role it is given names its measure: "set aside $1.2 billion as reserves".
ROLE_PREPOSITIONS = ("as",)
# The direction money moves in, after its amount, names the flow of what it is taken out of: "Investors pulled a
# net $5.2 billion out of equity funds" is an outflow from equity funds, a measure of its own, never the investors'
# (not "into": "put $40 million into research", "converted $500 million into shares" name no inflow of a fund).
FLOW_DIRECTION_LEADS = {"outflows": (r"out\s+of",)}
# ... and the Russian word a count's role follows: "2,3 млн человек – как безработные" (the unemployed).
RU_ROLE_CONJUNCTIONS = frozenset(("как",))
# ... and the Russian preposition that names the role before a count: "в качестве безработных зарегистрировано 497
# тыс. человек" (the unemployed).
RU_ROLE_PREPOSITIONS = (r"в\s+качестве",)
# ... and the participle that says the count is of those registered in the role ("в качестве безработных было
# зарегистрировано"): the registered unemployed, apart from a survey's count of the unemployed.
RU_REGISTERED_PARTICIPLES = (r"зарегистрирован[аоы]?",)
# The office that speaks for a body, before the body in the genitive: "сообщает пресс-служба регионального
# правительства" is the regional government's word, the source the government.
PRESS_OFFICE_NOUNS = (r"пресс-служб[аеуыои]\w*", r"пресс-центр\w*")
# A personal pronoun as the subject of a figure's clause stands for the measure named before it in the paragraph:
# "Объем вкладов составил 3,5 трлн рублей. С начала года он вырос на 12%", "Revenue rose to $5 billion. It was up
# 12%". Russian pronouns with the gender or number of the noun they stand for ("он" a masculine noun, "они" a
# plural), English ones with none ("it", "they").
# Nouns that stand for the measure just named, as a pronoun does, whatever its gender: "Таким образом, показатель
# снизился на 0,5 п.п.", "Спад составил 8,1%" (a change's noun as its clause's subject); all are weak subjects
# (WEAK_SUBJECT_WORDS), which name no measure by themselves.
ANAPHORIC_MEASURE_NOUNS = ("показатель", "спад", "рост", "снижение", "падение", "прирост", "сокращение", "увеличение",
                           "figure")  # "The figure was down 43%": the film's takings just named
# Nouns that name no measure when they stand alone with an article, and then stand for the measure just named, as
# ANAPHORIC_MEASURE_NOUNS do ("The result marked a 43% drop"), but name one with a word of their own ("the
# operating result", "the company's net result"): not weak subjects.
BARE_WEAK_SUBJECT_WORDS = frozenset(("result",))
# ... of which those that go on about the last measure of the paragraph before when they open their paragraph's
# figures: "Уровень безработицы снизился до 3,0%. ¶ Годом ранее показатель составлял 3,9%", "Some 41,700 babies
# were born in 2024. ¶ The figure was 3.2% lower than in 2023" (wire copy gives a sentence its own paragraph).
ANAPHORIC_ACROSS_PARAGRAPH_NOUNS = ("показатель", "figure")
# A share named again by its noun alone, or with a demonstrative, as its clause's subject: "На Казань приходится
# 47,3% вкладов. Год назад эта доля составляла 46,1%" is the share just named, one metric, of the same whole.
SHARE_NOUN_LEMMAS = ("доля",)
RU_DEMONSTRATIVES = ("этот", "эта", "это", "эти", "данный", "данная", "указанный", "указанная")
# ... and a demonstrative as the subject: "That is about 270,000 fewer students than in fall 2015" (the measure just
# given), "This was up from 4.1%".
DEMONSTRATIVE_SUBJECTS_EN = ("that", "this")
SUBJECT_PRONOUN_GENDERS = {"он": "masc", "она": "femn", "оно": "neut", "они": "plur", "их": "plur", "it": "",
                           "they": "", **dict.fromkeys((*ANAPHORIC_MEASURE_NOUNS, *BARE_WEAK_SUBJECT_WORDS,
                                                        *DEMONSTRATIVE_SUBJECTS_EN), "")}
# A pronoun that, as the clause subject of an amount named by its noun ("It took in $3.8 million in Thursday
# previews"), stands for the name before it in its paragraph: whose the measure is.
EN_AGENT_PRONOUNS = frozenset({"it"})
# Nouns of change that, after "the", "this" or "that" as a clause's subject, stand for the change of the measure just
# named, as a pronoun does, with a change for their figure ("Enrollment grew 0.8%. The gain added about 11,000
# students"), and the verbs they take it with.
EN_ANAPHORIC_CHANGE_NOUNS = frozenset(("gain", "increase", "rise", "drop", "decline", "fall", "decrease"))
EN_ANAPHORIC_CHANGE_LEADS = frozenset(("the", "this", "that"))
EN_ANAPHORIC_CHANGE_VERBS = ("added", "amounted", "came", "was", "meant", "represented", "totall?ed")
# A personal pronoun opening the clause after a colon, with the number of the noun it stands for, and the linking
# verbs of the clause before it: "Online programs were the exception: they added 12,500 students" (the programs).
EN_PRONOUNS_AFTER_COLON = {"they": True, "it": False}  # plural
EN_LINKING_VERBS_BEFORE_COLON = frozenset(("is", "are", "was", "were", "remained", "remain", "remains"))
# The verbs of which a measure is the subject: a pronoun before one stands for a measure ("it rose 12%", "он вырос
# на 12%"); before another verb it is an agent ("It added $38 million overseas", "Она выплатила 5 млрд"). With the
# Russian change verbs (RU_CHANGE_VERBS_UP/_DOWN) and the level verbs (LEVEL_VERBS); regular-expression stems.
# "он был на уровне 3,8%", "находилась на отметке 4%": the phrase a level is given in after its verb, no subject
RU_LEVEL_AT_LEADS = ("на",)
RU_LEVEL_AT_NOUNS = ("уровень", "отметка")
# The verbs of takings an agent earns (a film, a company): "It added $12 million overseas" after '"Harbor Lights"
# earned $24.5 million' is that name's takings again; after a measure of another verb ("The sequel cost $140
# million. It added ...") no takings of the name the pronoun stands for (regular-expression stems); "It averaged
# $10,200 per theater" is those takings per venue
TAKINGS_VERBS = (r"add(?:s|ed)", r"earn(?:s|ed)", r"took", r"takes", r"gross(?:es|ed)", r"collect(?:s|ed)",
                 r"made", r"makes", r"pull(?:s|ed)", r"rak(?:es|ed)", r"open(?:s|ed)", r"debut(?:s|ed)",
                 r"averag(?:es|ed)")
PRONOUN_MEASURE_VERBS = ("rose", "rises", "grew", "grows", "increased", "climbed", "jumped", "surged", "fell",
                         "falls", "dropped", "declined", "decreased", "shrank", "slipped", "eased", "edged",
                         "are", "was", "is", "marked", "reached", "totall?ed", "amounted", "stood", r"достиг\w*",
                         r"превысил\w*",
                         r"был[аио]?",  # "Год назад их было 13,7 тыс."
                         r"находил\w*", r"находит\w*")  # "показатель находился на уровне 4,2%"
# ... and the short adjectives of equality a level is given with after "был" ("Годом ранее показатель был равен 128
# тыс. рублей"): the predicate, never a word of a subject of its own.
RU_LEVEL_SHORT_ADJECTIVES = ("равен", "равна", "равно", "равны")

# ---------------------------------------------------------------------------------------------------------
# Parts of a whole: a percentage a part makes up (the form reader's `parts` group)

# Verbs whose object is the part's share of a whole, right before the percentage: "Tashkent accounts for 22%",
# "made up 9%", "на долю легковых пришлось 62%", "на столицу приходится 22,65%" (regular-expression words).
PART_OF_WHOLE_VERBS = (r"accounts?\s+for", r"accounted\s+for", r"accounting\s+for", r"makes?\s+up", r"made\s+up",
                       r"making\s+up", r"represent(?:s|ed|ing)?", r"приход(?:ит|ят|ил)ся",
                       r"приходил(?:ось|ась|ись)", r"пришл(?:ось|ась|ись)",
                       r"придется", r"придётся")
# A part named with its share, the percentage after: "Второе место заняла Армения с долей 11%", "с долей в 8,5%",
# "Kenya came third with a share of 11%" (regular-expression words).
PART_WITH_SHARE_LEADS = (r"с\s+долей(?:\s+в)?", r"with\s+a\s+share\s+of")
# Words before a part's verb that a few words may stand between ("the rest accounted for nearly 12%"): at most
# this many words between the verb and the percentage.
PART_VERB_GAP = 2
# After the percentage, the verb and the part it is of: "из них 68% приходится на вклады сроком свыше года".
PART_VERB_OBJECT_LEADS = ("на",)
# A part's verb after a colon, its part a personal pronoun: "Больше всего вложил Казахстан: на него пришлось 52%" is
# the share of the name before the colon, as "Казахстан, на который пришлось 52%" (singular forms; "на них" may
# stand for several names).
PART_VERB_PRONOUNS = ("него", "неё", "нее")
# A ranking that continues the change before it, place by place: "rose by 115 TWh, followed by China with a 25 TWh
# rise, and Iran with 14 TWh"; "за ним следуют Казань с 12 тыс." (regular-expression words). The figure after
# "with"/"с" in such a list is a change in the direction of the first one.
RANKING_CONTINUATIONS = (r"followed\s+by", r"ahead\s+of", r"trailed\s+by", r"за\s+н(?:им|ей|ими)\s+следу\w+")
RANKING_FIGURE_LEADS = (r"with", r"at", r"с", r"со")
# A rate at its level is restated as the count it is a rate of ("an unemployment rate of 4.2%, or 1.4 million
# people"): printed as the measure's own value, never as a share of an unnamed whole (regular-expression stems).
LEVEL_RATE_STEMS = (r"rate", r"уровень", r"уровня", r"ставк\w*", r"inflation", r"инфляци\w*")
