"""A metric's key: the metric reader writes it from a subject, every reader reads it back part by part."""

from __future__ import annotations

from factcheck.extract.model import MetricKey
from factcheck.extract.readers.metric.common import Subject, key_words


def test_a_subject_s_key_reads_back_as_its_parts() -> None:
    subject = Subject("revenue", ("segment", "cloud"), ("acme",), "cloud segment revenue", 0, kinds=("adjusted",))
    key = MetricKey.of(subject.key)
    assert key.head == "revenue"
    assert key_words(key.complements) == ("cloud", "segment")  # sorted: the order words are printed in never counts
    assert key_words(key.qualifiers) == ("acme",)
    assert key_words(key.kinds) == ("adjusted",)
    assert key.text == subject.key


def test_a_head_alone_is_the_key_of_the_measure_of_no_kind() -> None:
    assert MetricKey("receipts", "", "", "").text == Subject("receipts", (), (), "receipts", 0).key
