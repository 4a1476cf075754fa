"""The subject of a clause: the first noun phrase read back from a figure that no preposition governs.

"Экспорт нефти из Казахстана вырос на 5%": the head "экспорт", what it governs ("нефти"), where ("из
Казахстана"). "Italy's public debt rose to 131.8%": the head "debt", whose ("Italy"). Reading goes back word
by word past the verb and the prepositional phrases ("rose to", "in Kazakhstan"), which only say what a
measure is of or where; a Russian head comes first in its phrase, an English one last. A name before its own
verb is the measure ("the Dow lost 0.1%"), and a rank ("second place") is never what is measured. The
helpers that find where a phrase starts, whose it is and which kind it names are in `subject_words.py`.
"""

from itertools import takewhile

from factcheck import lexicon
from factcheck.extract.readers.metric.common import SUBJECT_PARTS, SUPERLATIVE, Subject, is_subject_word
from factcheck.extract.readers.metric.genitive_list import joined_genitive
from factcheck.extract.readers.metric.part_phrase import names_a_part
from factcheck.extract.readers.metric.place_opening import subject_after_place
from factcheck.extract.readers.metric.quoted_name import before_owner_name, owner_name_nouns
from factcheck.extract.readers.metric.set_off import (
    before_figure_described,
    closes_title,
    past_verb,
    quotes_or_aside,
    reduced_relative,
    title_in_apposition,
    title_set_off,
    titled_subject,
)
from factcheck.extract.readers.metric.subject_words import (
    adverb_in_phrase,
    after_time_nouns,
    bare_weak_noun,
    clause_subject_before,
    coordinated_adjectives,
    currency_part,
    first_name_of_sentence,
    has_genitive,
    name_lemmas,
    name_start,
    names_a_rank,
    owner_noun,
    participial_clause,
    participle_before,
    qualified,
    russian_head_after,
    set_off_participles,
    turned_to,
    verb_inside,
    written_name,
)
from factcheck.extract.readers.metric.weak_heads import through_weak_heads
from factcheck.extract.thesaurus import concept_of
from factcheck.extract.words import ADJECTIVE, DETERMINER, LOCATIVE_CASES, NOUN, NUMBER, PREPOSITION, PROPER, VERB, Word
from factcheck.lexicon import (
    COUNT_HEADS,
    EN_INCLUSION_WORDS,
    EN_MEASURE_OF_FIGURE_LEADS,
    MEASURE_ACRONYMS,
    METRIC_CONCEPTS,
    NON_SPLITTING_ADJECTIVES,
    RU_COMPLEMENT_PREPOSITIONS_ACCUSATIVE,
    RU_RECIPIENT_CASES,
    TOTALITY_ADJECTIVES,
    WEAK_SUBJECT_WORDS,
)

_OF = frozenset(lexicon.EN_WHOLE_LEADS)


def read_subject(words: list[Word], language: str, visible: str, sentence_start: int) -> Subject | None:
    """Read back from the figure to the first noun phrase outside a prepositional phrase."""
    index = len(words) - 1
    if language == "en":
        index = before_figure_described(words, index)
    complements, qualifiers, trailing_kinds = list[str](), list[str](), list[str]()
    complement_end = 0
    verb_passed = False
    measured = -1  # where a unit of time its participle makes a measure starts: "days lost to strikes"
    while index >= 0:
        if language == "ru" and currency_part(words, index):
            # "вклады в рублях", "вклады в валюте": the currency a measure is held in names a part of it
            complements.append(f"{words[index - 1].lemma} {words[index].lemma.casefold()}")
            complement_end = complement_end or words[index].end
            index -= 2
            continue
        if not is_subject_word(words[index]) and words[index].start != measured and not (
                language == "en" and closes_title(words, index, visible)):  # '"Reef Hunter 2" opened
            if language == "en" and words[index].part == VERB:
                if verb_passed and reduced_relative(words, index):  # "hours lost to sickness", "prices paid by"
                    trailing_kinds.append(words[index].lemma.casefold())
                    complement_end, index = complement_end or words[index].end, index - 1
                    measured = words[index].start
                    continue
                # "Star Circuit raced to the top of the box office": an English subject governs nothing past its verb
                complements, complement_end = [], 0
                index, verb_passed, qualifiers = past_verb(words, index, verb_passed, qualifiers)  # ", taking in"
            index -= 1
            continue
        end = index
        if language == "en" and (first := titled_subject(words, end, visible)) >= 0:  # '"Harbor of Ash" opened'
            return Subject(" ".join(w.lemma.casefold() for w in words[first : end + 1]), tuple(complements), (),
                           " ".join(visible[words[first].start : words[end].end].split()), words[first].start)
        index = _phrase_start(words, end, language, visible)
        before = _governing_word(words, index)
        # "at U.S. colleges and universities": the second of two joined phrases is governed as the first is
        if (governing := _coordinated_governor(words, before, language)) is not None:
            index = before = governing
        index = after_time_nouns(words, index, end)
        run = words[index + 1 : end + 1]
        proper = name_lemmas(run, sentence_start)
        owner = owner_name_nouns(run, visible) if language == "ru" else []
        proper += [w.lemma.casefold() for w in owner]  # "Выручка «Омега Банка»": of Омега Банк, not of banks
        nouns = [w for w in run if (is_subject_word(w) or w.start == measured) and w.part == NOUN and w not in owner]
        if language == "ru" and (joined := joined_genitive(words, before, run)) is not None:
            complements, complement_end, index = [joined, *complements], complement_end or run[-1].end, before - 1
            continue  # "Добыча нефти и газа": the second genitive the head before governs, never the subject
        if _is_governed(words, before, end, language):
            # "of oil" is what the subject measures; "in Kazakhstan", "по трубопроводу BTC" say where
            governed = _governed_complements(words, before, end, run, nouns, proper, language)
            complements += governed
            if governed and not complement_end:
                complement_end = max(w.end for w in nouns)  # "sales of trucks": the name says what it measures
            qualifiers += proper
            index = before - 1
            continue
        if not nouns and proper and not qualifiers and (_name_before_its_verb(words, run, end, visible) or (
                language == "en" and (title_in_apposition(words, index, visible)
                                      or title_set_off(words, run, end, visible)))):
            # "the Dow lost 0.1%, the Nasdaq climbed 2.1%": a name that is the subject of its verb is the measure, as
            # is a title naming the noun before it ('The thriller "Blue Lake" opened with $22 million')
            name = " ".join(visible[run[0].start : run[-1].end].split())
            return Subject(" ".join(proper), tuple(complements), (), name, run[0].start)
        if nouns and (clause_kinds := participial_clause(words, index, run, language)):
            # "количество вакансий, заявленных работодателями": the clause says which, its nouns never what
            trailing_kinds += clause_kinds
            complements, complement_end = [], 0
            continue
        if not nouns:
            qualifiers += proper  # "Intel", "Eurostat" alone: a name, and the subject is still to come
            trailing_kinds += set_off_participles(run, language)
            continue
        head_word, others, whose = _head(run, nouns, language)
        qualifiers += whose + proper  # "Italy's public debt", "Data Center Group revenue": whose
        # "adjusted net profit", "the reported loss": a participle opening the phrase says which measure it is
        participle = participle_before(words, index, language, visible)
        kinds = _adjective_kinds(run, head_word, proper)
        kinds += [participle.lemma] if participle is not None else []
        kinds += trailing_kinds
        # "the top 10 films", "пять крупнейших банков": a number of items is a measure of its own, never one item's
        # ... written in words too ("the top ten films", tagged a noun): before the head, never the head itself
        kinds += [w.text for w in words[before + 1 : end + 1] if (w.part == NUMBER and w.start < run[0].start) or (
            w.part == NOUN and w.start < head_word.start and w.lemma.casefold() in lexicon.NUMBER_WORDS)]
        whole = any(w.part == ADJECTIVE and w.start < head_word.start and w.lemma.casefold() in TOTALITY_ADJECTIVES
                    for w in run)
        head = concept_of(head_word.lemma)
        if names_a_rank(head_word, run, words[before] if before >= 0 else None):
            continue  # "slipped to second place with $33.7 million": a rank, never what is measured
        # "естественный прирост", "the natural decrease": a balance of two flows is a measure of its own
        balance = any(w.start < head_word.start and w.text.casefold() in lexicon.BALANCE_ADJECTIVES for w in run)
        if not balance and (past_weak := through_weak_heads(head, others, complements, language)) is not None:
            head, others, complements = past_weak  # "объём торговли" is trade, "the number of births" births
        elif (head in WEAK_SUBJECT_WORDS - lexicon.WEAK_ALONE_MEASURES or bare_weak_noun(words, index, run)) \
                and not complements and not balance:
            continue
        if any(w.possessive for w in words[max(0, index - 1) : index + 1]) and not qualifiers:
            qualifiers += first_name_of_sentence(words)  # "Greece ... saw its debt drop": Greece's debt
        if before >= 1 and words[before].part == VERB and words[before - 1].part == PROPER and not qualifiers:
            # "Paris had a deficit": the deficit of Paris; of the whole name ("The Treasury Budget showed a surplus")
            named = list(takewhile(lambda w: w.part == PROPER and not w.after_break, reversed(words[:before])))
            qualifiers += [w.lemma.casefold() for w in named or words[before - 1 : before]]
        start = participle.start if participle is not None else run[0].start
        name_from, nominative = name_start(run, head_word, start, language)
        name = written_name(visible, run, name_from, max(complement_end, *(w.end for w in run)), nominative)
        # "the euro zone's deficit", "Rivals reported revenue of": whose it is, named by a noun of its own (no
        # qualifier: "Analysts had a consensus revenue estimate" is the company's; "Economists expect the rate" too)
        owned = any(owner_noun(w) and w.text.endswith(lexicon.POSSESSIVE_ENDINGS) for w in run) or (
            before >= 1 and words[before].part == VERB and clause_subject_before(words, before, language) is not None
            and words[before].text.casefold() not in lexicon.OWNERLESS_EXPECTING_VERBS)
        # "the jobless rate" is "the unemployment rate": an adjective naming a measure is what the head is of
        measures = [kind for kind in kinds if kind in METRIC_CONCEPTS and kind != head]
        kinds = [kind for kind in kinds if kind not in measures]
        return Subject(head, tuple(others + complements + measures), tuple(sorted(set(qualifiers))), name, start,
                       kinds=tuple(kinds), whole=whole, owned=owned)
    return None


def _coordinated_governor(words: list[Word], before: int, language: str) -> int | None:
    """The preposition governing the phrase joined before a phrase by "and"/"и", if one governs it.

    "enrollment at U.S. colleges and universities": "universities" is "at"'s as "colleges" is.
    """
    if before < 1 or words[before].lemma.casefold() not in lexicon.LIST_JOINS or words[before].after_break \
            or not is_subject_word(words[before - 1]):
        return None
    first = _governing_word(words, _phrase_start(words, before - 1, language))
    return first if first >= 0 and words[first].part == PREPOSITION and not words[first + 1].after_break else None


def _phrase_start(words: list[Word], end: int, language: str, visible: str = "") -> int:
    """Where the noun phrase that ends at `end` starts (its last index before), reading back over its words.

    It crosses no comma, dash or bracket, but it crosses into a name in quotation marks that is the noun's before
    it ("Выручка «Детского мира» выросла": the revenue of Детский мир, not a measure "Детского мира").
    """
    index = end
    while index >= 0 and (words[index].part in SUBJECT_PARTS or (language == "ru" and adverb_in_phrase(words, index))):
        index -= 1
        if words[index + 1].after_break:
            if (goes_on := before_owner_name(words, index, end, visible)) < -1:
                break
            index = goes_on
        if language == "ru" and index >= 0 and (russian_head_after(words, index)
                                                or subject_after_place(words, index)):
            break  # "в Германии экспорт": the place's phrase ends where the subject begins
    return verb_inside(words, coordinated_adjectives(words, index), end, language)


def _governing_word(words: list[Word], index: int) -> int:
    """The index of the word that may govern a phrase: the one before its determiners, adjectives and numbers."""
    before = index
    # "For the fiscal year to date, the deficit": a preposition before a comma governs no phrase after it
    while before >= 0 and words[before].part in (DETERMINER, ADJECTIVE, NUMBER) and not words[before + 1].after_break:
        before -= 1
    return before


def _is_governed(words: list[Word], before: int, end: int, language: str) -> bool:
    """Whether a phrase is a preposition's, and so names what a measure is of or where, never the measure."""
    # "pay excluding bonuses was 5.6%": a phrase of what a measure leaves out is governed as a preposition's
    # is; right before the figure ("its financials, including revenue of $50.6 billion") it is the measure
    last = all(w.part == PREPOSITION for w in words[end + 1 :])
    if last and end + 1 < len(words) and language == "en" and before >= 0 and (
            words[before].lemma.casefold() in EN_MEASURE_OF_FIGURE_LEADS or turned_to(words, before)):
        return False  # "compared with a surplus of $214 billion", "swung to a surplus of": the figure's measure
    # "обошлась жителям в 21 тыс. рублей": a Russian dative right after a verb is to whom, never what (a locative
    # there is one read wrong, with no preposition: "принёс краю 2,4 млрд рублей")
    return before >= 0 and not words[before + 1].after_break and (words[before].part == PREPOSITION or (
        language == "en" and words[before].lemma in EN_INCLUSION_WORDS and not last) or (language == "ru" and words[
            before].part == VERB and next((w.case for w in words[before + 1 : end + 1] if w.part == NOUN), "") in
        RU_RECIPIENT_CASES | LOCATIVE_CASES))


def _governed_complements(words: list[Word], before: int, end: int, run: list[Word], nouns: list[Word],
                          proper: list[str], language: str) -> list[str]:
    """What a preposition's phrase adds to the measure it follows: what it is of, or the part it names.

    "exports of oil", "цены на картофель": what it measures; "enrollment at community colleges", "вклады в
    иностранной валюте": a part of it, written with its preposition. A phrase of place adds none.
    """
    # "цены на картофель": a noun's accusative "на" phrase is what it measures, as "of" is in English
    # (a noun after a preposition is never in the nominative: read so, it is the accusative of the same
    # spelling, "расходы на здравоохранение")
    completes = words[before].lemma in _OF or (
        language == "ru" and words[before].lemma in RU_COMPLEMENT_PREPOSITIONS_ACCUSATIVE and before >= 1
        and words[before - 1].part == NOUN and any(w.case in ("accs", "nomn") for w in nouns))
    part = names_a_part(words, before, end, run, nouns, proper, language)
    if not (completes or part):
        return []
    lead = f"{words[before].lemma} " if part else ""
    return [lead + qualified(run, w) for w in nouns]


def _name_before_its_verb(words: list[Word], run: list[Word], end: int, visible: str) -> bool:
    """Whether a phrase of names alone is the subject of the verb right after it: "the Nasdaq climbed 2.1%"."""
    # (a closing quote or a relative aside is no break: '"Red Harbor" slipped to second place')
    return end + 1 < len(words) and words[end + 1].part == VERB and (
        not words[end + 1].after_break or quotes_or_aside(visible, words[end].end, words[end + 1].start)) \
        and all(w.part == PROPER and w.case in (None, "nomn") for w in run)


def _head(run: list[Word], nouns: list[Word], language: str) -> tuple[Word, list[str], list[str]]:
    """The head noun of a phrase, what else it says the measure is of, and whose the measure is.

    The Russian head is the noun in the nominative (or accusative) and what it governs follows it ("добыча
    нефти", "кредиты физическим лицам", "доходы россиян": whose); the English head is the last noun.
    """
    if language != "ru":
        head_word = nouns[-1]
        return head_word, [concept_of(w.lemma) for w in nouns if w is not head_word], []
    head_word = next((w for w in nouns if w.case in ("nomn", "accs")), nouns[0])
    # (a noun read as a locative inside a phrase with no preposition is the genitive of the same spelling:
    # "численность населения области")
    # (and a measure's acronym after its head, which does not decline: "показатель OIBDA" is OIBDA)
    dependents = [w for w in nouns if w.start > head_word.start and (
        w.case == "gent" or (w.case == "loct" and has_genitive(w.text))
        or (w.case is None and w.text in MEASURE_ACRONYMS))]
    # "численность занятых", "число опрошенных": a participle or adjective ending the phrase in the
    # genitive stands for people, as a noun does
    people = [w for w in dependents if w.animate] + [
        w for w in run[-1:] if w.part == ADJECTIVE and w.case == "gent" and w.start > head_word.start]
    counted = head_word.lemma.casefold() in COUNT_HEADS
    others = [qualified(run, w) for w in dependents if not w.animate or counted]
    others += [w.lemma for w in people if w.part == ADJECTIVE and counted]  # what is counted
    # "кредиты физическим лицам": to whom, a measure of its own as what it governs is
    others += [f"{w.case} {qualified(run, w)}" for w in nouns
               if w.start > head_word.start and w.case in RU_RECIPIENT_CASES]
    # "доходы россиян": whose, not what; "вклады физических лиц" are not "вклады юридических лиц"
    return head_word, others, [qualified(run, w) for w in people if not counted]


def _adjective_kinds(run: list[Word], head_word: Word, proper: list[str]) -> list[str]:
    """The adjectives before a head that make it a measure of its own.

    "кондитерские изделия" and "хлебобулочные изделия", "international" and "domestic passengers": an
    adjective of the head splits measures, unless it only says how much of it (NON_SPLITTING_ADJECTIVES); a
    superlative ("the largest increase") singles out the top item of a list.
    """
    return [SUPERLATIVE if w.text.casefold().startswith(lexicon.SUPERLATIVE_STEMS) else concept_of(w.lemma)
            for w in run if w.part == ADJECTIVE and w.start < head_word.start
            and w.lemma.casefold() not in NON_SPLITTING_ADJECTIVES and w.lemma.casefold() not in proper]
