"""The noun phrase right after an English count is that count's, whether or not it names the count's measure.

"210,000 more people in work than a year earlier and 95,000 fewer unemployed people": the people in work are
counted by the first figure; the second figure's subject is not read back into them (a merge of two measures).
"It opened in 3,620 theaters and earned $13.8 million": "theaters" is what 3,620 counts, the object of "in", and
the amount's subject is the clause's ("It"); where "and" and a verb follow the phrase, the verb shares the subject
of the verb before the count, so reading starts before the count.
"""

from itertools import takewhile

from factcheck import lexicon
from factcheck.extract.model import ExtractedFigure, Extraction
from factcheck.extract.readers.form.amounts import measures_compared
from factcheck.extract.readers.metric.common import Subject, is_subject_word, masked_words
from factcheck.extract.readers.metric.subject_words import qualified
from factcheck.extract.thesaurus import concept_of
from factcheck.extract.words import ADJECTIVE, NOUN, PREPOSITION, VERB, Word
from factcheck.figures import FoundFigure, SignCue
from factcheck.quantities import Amount

_COMPARATIVES = frozenset((*lexicon.AMOUNT_COMPARATIVES_UP, *lexicon.AMOUNT_COMPARATIVES_DOWN))
_JOINS = frozenset(lexicon.LIST_JOINS)
_CHANGE_ENDS = frozenset(lexicon.CHANGE_END_WORDS)
_PRONOUN_SUBJECTS = frozenset((*lexicon.DEMONSTRATIVE_SUBJECTS_EN, *lexicon.EN_PRONOUNS_AFTER_COLON))


def past_counted_phrase(extraction: Extraction, previous: ExtractedFigure, figure_start: int,
                        sentence: tuple[int, int], floor: int) -> int:
    """Where to read a figure's subject from when the figure before it is a bare count of the phrase after it.

    Past the phrase ("210,000 more people in work"); before the count where the count stands right before the
    figure's reading, governed by a preposition, with "and" and a verb after its phrase ("opened in 3,620 theaters
    and earned"). `floor` is where reading starts otherwise, returned where neither applies.
    """
    count = previous.found
    if _bracketed_after_genitive(extraction, count, figure_start, sentence):
        return figure_start  # "с 3,6 тыс. проданных машин (+14%)": the count's phrase, and its change in brackets
    phrase = counted_phrase(extraction, count, sentence)
    if phrase is None:
        return floor
    if floor == count.end and count.form == "value":
        rest = masked_words(extraction, phrase[-1].end, figure_start, sentence[0])
        before = masked_words(extraction, sentence[0], count.start, sentence[0])
        if len(rest) >= 2 and rest[0].lemma.casefold() in _JOINS and not rest[0].after_break \
                and rest[1].part == VERB and before and before[-1].part == PREPOSITION:
            # "opened in 3,620 theaters and earned": the subject of "opened" earned it, read from before the count
            earlier = [f.found.end for f in extraction.figures[:-1] if sentence[0] <= f.found.start < count.start]
            return max(earlier, default=sentence[0])
    return max(floor, phrase[-1].end)


def _bracketed_after_genitive(extraction: Extraction, count: FoundFigure, figure_start: int,
                              sentence: tuple[int, int]) -> bool:
    """Whether a Russian figure opens a bracket right after the genitive phrase a count before it counts.

    "Лидером осталась Lada с 4,1 тыс. проданных машин (+11%)": the phrase names what the count counts, and the
    change in brackets right after it is that count's; the phrase read as the change's subject would split them.
    """
    visible = extraction.article.visible
    if extraction.language != "ru" or count.form != "value" or not isinstance(count.figure, Amount) \
            or not visible[count.end : figure_start].rstrip().endswith("("):
        return False  # (the bracket first: the cheap test, before the phrase's words are read)
    phrase = masked_words(extraction, count.end, figure_start, sentence[0])
    return bool(phrase) and any(w.part == NOUN for w in phrase) and all(
        w.part in (NOUN, ADJECTIVE) and w.case == "gent" and not (w.after_break and at) for at, w in enumerate(phrase)
    ) and visible[phrase[-1].end : figure_start].strip() == "("


def counts_another_phrase(extraction: Extraction, figure: FoundFigure, previous: ExtractedFigure,
                          sentence: tuple[int, int]) -> bool:
    """Whether a bare count counts a phrase of its own, with another head than the count before it counts.

    "... and 95,000 fewer unemployed people" after "210,000 more people in work": another measure, never the
    one before it continued; "120,000 jobs after 95,000 jobs" counts one noun. A count that ends the change
    right before it ("fell 1.8% to 402,000 pupils") is that measure's new level, whatever noun it counts.
    """
    if previous.found.form == "change" and extraction.article.visible[previous.found.end : figure.start].strip() \
            .casefold() in _CHANGE_ENDS:
        return False
    own = counted_phrase(extraction, figure, sentence)
    before = counted_phrase(extraction, previous.found, sentence)
    return own is not None and (before is None or [w.lemma for w in own] != [w.lemma for w in before])


def compared_count(extraction: Extraction, figure: FoundFigure, sentence: tuple[int, int]) -> Subject | None:
    """The phrase an English change written as a count and a comparative counts: that phrase is its measure.

    "..., and 61,000 more people in work is good news", "Wales recorded 730 fewer births", "There were 2,400 more
    deaths": the people in work, the births, the deaths, never the clause's subject ("the labour market", a
    place, "There"). A comparative with no noun after it ("35,000 more than expected") or after a unit ("1,800
    units higher") names nothing here, nor does one after a pronoun opening its sentence: "That is 270,000 fewer
    students" counts the measure the pronoun stands for.
    """
    cue = figure.evidence
    compared = measures_compared(extraction, figure) if cue is None and figure.form == "value" else None
    if compared is None and (cue is None or cue.cue is not SignCue.COMPARATIVE or figure.form != "change"
                             or extraction.article.visible[figure.end : cue.start].strip()):
        return None
    before = masked_words(extraction, sentence[0], figure.start, sentence[0])
    if before and before[0].lemma.casefold() in _PRONOUN_SUBJECTS:
        return None
    phrase = counted_phrase(extraction, figure, sentence)
    if phrase is not None and compared is not None:  # the phrase ends at "than" ("deaths than births")
        phrase = list(takewhile(lambda w: w.end < compared[1][0] and w.part != PREPOSITION, phrase))
    if not phrase:
        return None
    head_run = list(takewhile(lambda w: w.part != PREPOSITION, phrase))  # ("people" of "people in work")
    nouns = [w for w in head_run if w.part == NOUN]
    head = nouns[-1] if nouns else None
    if head is None or not is_subject_word(head) or (head.lemma.casefold() in lexicon.GENERIC_PERSON_NOUNS
                                                     and len(phrase) == len(head_run) == 1):
        return None  # "2,000 more people died": the event's reader names the count of people by what happened
    kinds = tuple(concept_of(w.lemma) for w in head_run if w.part != NOUN
                  and w.lemma.casefold() not in lexicon.NON_SPLITTING_ADJECTIVES)
    complements = tuple(concept_of(w.lemma) for w in phrase if w.part == NOUN and w is not head)
    name = " ".join(extraction.article.visible[phrase[0].start : phrase[-1].end].split())
    if compared is not None:  # "14,000 more deaths than births": deaths minus births, a measure of its own
        direction, (start, end) = compared
        other = extraction.article.visible[start:end]
        name = f"{name} {lexicon.DIFFERENCE_WORD_EN} {other}" if direction > 0 \
            else f"{other} {lexicon.DIFFERENCE_WORD_EN} {name}"
        complements = (*complements, concept_of(other.casefold()), lexicon.DIFFERENCE_WORD_EN)
    return Subject(concept_of(head.lemma), complements, (), name, figure.start, kinds=kinds)


def counted_phrase(extraction: Extraction, found: FoundFigure, sentence: tuple[int, int]) -> list[Word] | None:
    """The words of the phrase a bare English count counts ("210,000 more people in work"), if it has one.

    The phrase is a comparative of amount, if any, then adjectives and nouns up to a noun, then prepositional
    phrases of nouns ("in work", "out of work"). A count with a unit ("$5 billion") or a percentage counts none.
    """
    if extraction.language != "en" or not isinstance(found.figure, Amount) or found.figure.unit is not None:
        return None
    words = masked_words(extraction, found.end, min(sentence[1], found.end + 80), sentence[0])
    if words and extraction.article.visible[found.end : words[0].start].strip():
        return None  # "to 731,000 in the May to July period": a period between, its noun no thing counted
    if words and words[0].lemma.casefold() in _COMPARATIVES and not words[0].after_break:
        words = words[1:]
    run = _nouns(words)
    if run is None:
        return None
    phrase = list(run)
    rest = words[len(run):]
    for _ in range(2):  # "people in work", "people out of work"
        prepositions = 0
        while prepositions < len(rest) and rest[prepositions].part == PREPOSITION \
                and not rest[prepositions].after_break:
            prepositions += 1
        following = _nouns(rest[prepositions:]) if prepositions else None
        if following is None:
            break
        phrase += following
        rest = rest[prepositions + len(following):]
    return phrase


def _nouns(words: list[Word]) -> list[Word] | None:
    """Adjectives and nouns in a row from the first word, up to the last noun, if one is in it.

    A participle before the first noun is an adjective of it ("unemployed people", "self-employed workers").
    """
    run: list[Word] = []
    for word in words:
        before_noun = word.part == VERB and not any(w.part == NOUN for w in run)
        if (word.part not in (NOUN, ADJECTIVE) and not before_noun) or (run and word.after_break):
            break
        run.append(word)
    while run and run[-1].part != NOUN:
        run.pop()
    return run or None


def russian_part_after(words: list[Word]) -> tuple[str, Word] | None:
    """A part phrase after a Russian counted noun: "договоров участия в долевом строительстве".

    A "в" or "на" phrase whose adjective splits measures names a part of what is counted, as it does after a
    subject's noun (`subject.py`); a name ("в Московской области") or a phrase of no such adjective ("в регионе")
    says where. Returns the part, written with its preposition, and its last word.
    """
    if len(words) < 3 or words[0].lemma.casefold() not in lexicon.RU_PART_PREPOSITIONS_AFTER_NOUN \
            or words[0].after_break:
        return None
    run = list(takewhile(lambda w: w.part == ADJECTIVE and not w.after_break, words[1:]))
    noun = words[1 + len(run)] if 1 + len(run) < len(words) else None
    if noun is None or noun.part != NOUN or noun.after_break or not is_subject_word(noun) \
            or any(w.text[0].isupper() for w in [*run, noun]) \
            or all(w.lemma.casefold() in lexicon.NON_SPLITTING_ADJECTIVES for w in run):
        return None
    return f"{words[0].lemma.casefold()} {qualified([*run, noun], noun)}", noun
