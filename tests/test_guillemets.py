"""Russian copy's quotation marks set as guillemets for the readers: a character for a character, nesting kept.

What the readers make of a name in «» is in tests/extract_cases/ (speaker_r22.yaml); here, the setting itself.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.text import with_guillemets

_PIECES = ['"', "“", "”", "„", "«", "»", "АФК", "Система", " ", "\n", "(", "-", "—", ",", ".", "5%"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_only_quotation_marks_change_and_the_length_stays(pieces: list[str]) -> None:
    text = "".join(pieces)
    set_ = with_guillemets(text)
    assert len(set_) == len(text)  # offsets of figures, quotes and places are the printed text's
    for printed, typeset in zip(text, set_, strict=True):
        assert printed == typeset or (printed in '"“”„' and typeset in "«»")


def test_a_name_in_straight_quotation_marks_is_set_in_guillemets_nesting_kept() -> None:
    assert with_guillemets('выручка ПАО АФК "Система" выросла') == "выручка ПАО АФК «Система» выросла"
    assert with_guillemets('в компании "АФК "Система""') == "в компании «АФК «Система»»"
    assert with_guillemets('"Мы довольны", - заявил он.') == "«Мы довольны», - заявил он."
    assert with_guillemets("журнал „Эксперт“ (“Итоги”)") == "журнал «Эксперт» («Итоги»)"


def test_a_mark_between_spaces_faces_no_way_and_stays() -> None:
    assert with_guillemets('рост " на 5%') == 'рост " на 5%'
