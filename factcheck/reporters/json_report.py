"""JSON: the Report's own dictionary, documented and versioned in docs/json.md; hidden characters escaped."""

from __future__ import annotations

import json
from json.encoder import encode_basestring  # the C encoder of a string, where Python has it
from typing import Any

from factcheck.escaping import json_document
from factcheck.findings import Report


def render(report: Report) -> str:
    """The report as an indented JSON document with a fixed key order."""
    return json_document(indented(report.to_dict())) + "\n"


def indented(document: Any) -> str:
    """`json.dumps(document, ensure_ascii=False, indent=2)`, byte for byte, in a fraction of its time.

    With `indent` the standard library encodes in pure Python, one generator step per value; thousands of
    findings took longer to print than to check from the cache. Strings go through the C string encoder and
    the layout is written directly; a value the layout does not know falls back to `json.dumps` itself.
    """
    parts: list[str] = []
    try:
        _write(document, "\n", parts)
    except _Unusual:
        return json.dumps(document, ensure_ascii=False, indent=2)
    return "".join(parts)


class _Unusual(Exception):
    """A value this writer leaves to `json.dumps` (a key that is not a string, an object of another type)."""


def _write(value: Any, newline: str, parts: list[str]) -> None:
    if isinstance(value, str):
        parts.append(encode_basestring(value))
    elif value is None:
        parts.append("null")
    elif value is True:
        parts.append("true")
    elif value is False:
        parts.append("false")
    elif isinstance(value, int):
        parts.append(int.__repr__(value))
    elif isinstance(value, float):
        parts.append(_float(value))
    elif isinstance(value, dict):
        if not value:
            parts.append("{}")
            return
        inner = newline + "  "
        separator = "{" + inner
        for key, item in value.items():
            if type(key) is not str:
                raise _Unusual
            if type(item) is str:  # most values: written here, without a call per value
                parts.append(f"{separator}{encode_basestring(key)}: {encode_basestring(item)}")
            else:
                parts.append(f"{separator}{encode_basestring(key)}: ")
                _write(item, inner, parts)
            separator = "," + inner
        parts.append(newline + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            parts.append("[]")
            return
        inner = newline + "  "
        separator = "[" + inner
        for item in value:
            if type(item) is str:
                parts.append(separator + encode_basestring(item))
            else:
                parts.append(separator)
                _write(item, inner, parts)
            separator = "," + inner
        parts.append(newline + "]")
    else:
        raise _Unusual


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (float("inf"), float("-inf")):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)
