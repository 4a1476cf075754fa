"""The sentence splitter of `extract`, as a property: its sentences are the paragraph, in order, cut only at a stop.

Abbreviations before a number ("за II кв. 2024 г.", "ended Aug. 3") are cases in tests/extract_cases/; here any
text of stops, abbreviations, numbers and words splits into ordered, non-overlapping sentences that leave out
only white space, and never cuts after an abbreviation of the lexicon that a number follows.
"""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import lexicon
from factcheck.extract.text import sentence_spans

_PIECES = ["кв.", "Aug.", "млн.", "2024", "3", "г.", "Экспорт", "rose", "5%.", "Sales", ".", "!", " ", "\n", "«",
           "»", "No.", "ст.", "fell", "(", "…", "U.S.", "J.", "А."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_sentences_cover_the_paragraph_in_order(pieces: list[str]) -> None:
    paragraph = " ".join(pieces)
    spans = sentence_spans(paragraph)
    position = 0
    for start, end in spans:
        assert position <= start < end <= len(paragraph)
        assert not paragraph[position:start].strip()  # between sentences: nothing but the white space cut
        assert paragraph[start:end].strip()
        position = end
    assert not paragraph[position:].strip()
    for (_, end), (next_start, _) in pairwise(spans):
        if "\n" in paragraph[end:next_start]:
            continue  # a line break ends a sentence whatever stands before it
        last_word = paragraph[:end].split()[-1] if paragraph[:end].split() else ""
        abbreviation = last_word.endswith(".") and last_word[:-1].casefold() in lexicon.ABBREVIATIONS_BEFORE_NUMBER
        assert not (abbreviation and paragraph[next_start:next_start + 1].isdigit())
        before_capital = last_word[-3:-2]
        initial = len(last_word) >= 2 and last_word[-1] == "." and last_word[-2].isupper() and not (
            before_capital.isalnum() or before_capital == ".")  # "J.", not "U.S.", which may end a sentence
        assert not initial  # a name's initial's stop ends no sentence


def test_a_stop_after_a_unit_before_a_year_still_ends_a_sentence() -> None:
    paragraph = "Рост составил 5 млн. 2024 год был лучше."
    assert [paragraph[s:e] for s, e in sentence_spans(paragraph)] == ["Рост составил 5 млн.", "2024 год был лучше."]


def test_a_name_s_initial_ends_no_sentence_but_a_dotted_abbreviation_may() -> None:
    paragraph = "In April, J. Smith said sales rose in the U.S. Exports fell. По словам А. Иванова, доходы выросли."
    assert [paragraph[s:e] for s, e in sentence_spans(paragraph)] == [
        "In April, J. Smith said sales rose in the U.S.", "Exports fell.", "По словам А. Иванова, доходы выросли."]
