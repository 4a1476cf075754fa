"""A list closed by "соответственно" is read in linear work: a figure of it never ends inside its run of digits."""

from __future__ import annotations

import re

from factcheck.extract.readers import period


def test_a_figure_of_the_list_takes_its_whole_run_of_digits() -> None:
    # a comma is a figure's own ("0,9") or a link of the list ("0,9, 1,2"): had a figure of the list been free to
    # end at any comma of "1,1,1,1", each comma would be read both ways, 2**n readings of a line that fails at
    # its end (the head of a list searched back from every figure). Read whole, a run has one reading.
    assert re.match(rf"{period._NUMBER}(?=,\d)", "1,2,3") is None
    assert re.match(period._NUMBER, "1,2,3 и").group(0) == "1,2,3 "  # type: ignore[union-attr]


def test_the_head_of_a_list_is_read_as_before() -> None:
    head = period._RESPECTIVE_HEAD.search("выросли на 0,9 и 1,2% и ")
    assert head is not None and head.group(0) == "0,9 и 1,2% и "
    head = period._RESPECTIVE_HEAD.search("на 0,9, 1,2 и ")
    assert head is not None and head.group(0) == "0,9, 1,2 и "
    # no list before the figure: the search fails, in one reading of the run (it took 2**n before)
    assert period._RESPECTIVE_HEAD.search("выросла на " + "1," * 12 + "1 ") is None
