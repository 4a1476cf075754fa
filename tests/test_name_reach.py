"""The name patterns read a bounded stretch from each place a search tries, so their work stays linear in the text."""

from __future__ import annotations

import re

from factcheck.extract.names import NAME, QUOTED_NAME
from factcheck.extract.readers import cites


def test_a_name_word_reads_at_most_sixty_characters() -> None:
    # a search tries every capital of a hyphenated chain; each try reads no further than a name's longest word
    found = re.match(NAME, "Аб-" * 100)
    assert found is not None and found.end() <= 60
    assert re.fullmatch(NAME, "Jean-Pierre Dupont") is not None
    assert re.fullmatch(QUOTED_NAME, "АО «Автостат»") is not None
    assert re.match(QUOTED_NAME, "А" + "б" * 100 + " «Автостат»") is None


def test_a_body_showing_figures_is_read_from_a_word_start_only() -> None:
    # "[a-z]+" started inside a long word would read to its end from every letter
    assert cites._SHOWN_BY.search("statistics office data showed") is not None
    assert cites._SHOWN_BY.match("statistics office data showed", 1) is None
