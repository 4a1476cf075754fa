"""The readers of `extract`: each reads one field of a figure's claim from its context, with typed evidence.

A reader is a function from what is known around a figure to a reading: the value of its field and the
evidence it rests on (an enum saying how it was read, and the span of the article's visible text it was read
from). Readers never write text for the draft: the claims writer does.
"""
