"""The only module that touches YAML: reads a claims file safely, keeps positions, validates it whole.

YAML is composed into nodes and never constructed, so no tag can run code. The node graph is then turned
into plain data by hand, which is where duplicate keys, cycles, depth and alias expansion are bounded.
Every problem of a file is collected and raised together as one InputError.
"""

from __future__ import annotations

import dataclasses
import os
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from pathlib import Path
from typing import Any

import yaml

from factcheck import lexicon
from factcheck.errors import InputError, InputProblem, InputWarning
from factcheck.escaping import identifier_problem, literal
from factcheck.formulas import (
    Dimension,
    Formula,
    FormulaError,
    describe_dimension,
    dimension_of,
    formula_dimension,
    parse_formula,
)
from factcheck.model import (
    CLAIM_KINDS,
    REVIEW_STATUSES,
    SOURCE_KINDS,
    Article,
    Claim,
    ClaimsFile,
    Metric,
    Position,
    Registry,
    RegistryEntry,
    Review,
    Source,
)
from factcheck.periods import (
    FISCAL_NAMINGS,
    Duration,
    FiscalCalendar,
    Period,
    PeriodError,
    looks_like_duration,
    parse_duration,
    parse_period,
)
from factcheck.quantities import LANGUAGES, Amount, Figure, FigureError, Ratio, read_figure
from factcheck.shares import parse_share
from factcheck.textfile import decode_utf8, limits, read_capped
from factcheck.units import Unit, custom_unit_spelling, resolve_unit

FORMAT_VERSION = "1"
FORMAT_VERSIONS = ("1", "1.1", "1.2")  # each a superset of the one before: a file may say any
MAX_NODES = 100_000  # values after alias expansion beyond those the file writes out (see _Builder)
MAX_DEPTH = 32  # a claims file nests four levels deep

TOP_KEYS = ("factcheck", "article", "sources", "metrics", "units", "claims", "reviews")
ARTICLE_KEYS = ("title", "outlet", "url", "published", "language", "text")
SOURCE_KEYS = ("name", "kind", "role", "key")
FISCAL_KEYS = ("fiscal_year_start", "fiscal_year_named_by")  # format 1.2, on the article and on a source
METRIC_KEYS = ("name", "unit", "flow", "parts", "formula", "key", "guessed")
CLAIM_KEYS = (
    "id", "metric", "period", "value", "change", "bound", "kind", "said_by", "cites", "quote", "note",
    "exact", "language", "since", "against", "share", "of", "release", "corrects", "guessed",
)
# an archive key (format 1.2): lowercase words of letters and digits joined by single hyphens
ARCHIVE_KEY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# format 1.2 section 4: the fields a draft's writer may list as guessed, on a claim and on a metric
GUESSABLE_CLAIM_FIELDS = ("metric", "period", "since", "against", "of", "kind", "said_by", "cites", "form", "unit")
GUESSABLE_METRIC_FIELDS = ("flow", "unit", "parts", "formula")
FORMS = ("value", "change", "bound", "share")
REVIEW_KEYS = ("finding", "rule", "status", "by", "date", "note")

_PLAIN_TAGS = {
    "tag:yaml.org,2002:" + name for name in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
}
_Loader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _close_matches(word: str, choices: Iterable[str], n: int = 3, cutoff: float = 0.6) -> list[str]:
    """`difflib.get_close_matches`, imported only when a file has a mistake to suggest a fix for."""
    import difflib

    return difflib.get_close_matches(word, choices, n=n, cutoff=cutoff)


# ---------------------------------------------------------------------------------------------------------
# YAML -> positioned plain data


class Scalar(str):
    """A scalar as written (always its source text), with its position, tag and quoting."""

    position: Position
    tag: str
    quoted: bool

    def __new__(cls, value: str, position: Position, tag: str, quoted: bool) -> Scalar:  # noqa: D102
        scalar = super().__new__(cls, value)
        scalar.position, scalar.tag, scalar.quoted = position, tag, quoted
        return scalar

    @property
    def is_null(self) -> bool:
        """Whether YAML reads it as null (`key:` with nothing after it, `~`, `null`)."""
        return self.tag.endswith(":null")


class Mapping(dict[str, Any]):
    """A YAML mapping with the positions of its keys."""

    position: Position
    key_positions: dict[str, Position]


class Sequence(list[Any]):
    """A YAML sequence with its position."""

    position: Position


def _position(node: yaml.Node) -> Position:
    return Position(node.start_mark.line + 1, node.start_mark.column + 1)


class _Builder:
    """Turns composed nodes into Scalar/Mapping/Sequence, bounding what aliases and nesting can cost."""

    def __init__(self, path: Path, written: int) -> None:
        self.path = path
        self.nodes = 0
        # a value takes at least two characters to write, so this bounds aliases, never a file written out
        self.budget = MAX_NODES + written // 2
        self.active: set[int] = set()  # the collections being built: one of them again is a recursive anchor
        self.problems: list[InputProblem] = []

    def problem(self, position: Position, message: str) -> None:
        self.problems.append(InputProblem(self.path, position.line, position.column, message))

    def build(self, node: yaml.Node, depth: int = 0) -> Any:
        self.nodes += 1
        mark = node.start_mark
        position = Position(mark.line + 1, mark.column + 1)
        if self.nodes > self.budget:
            raise InputError.single(
                self.path,
                f"the file expands to more than {self.budget:,} values (an alias bomb?); write the values out",
                position.line, position.column,
            )
        if depth > MAX_DEPTH:
            raise InputError.single(
                self.path, f"nesting deeper than {MAX_DEPTH} levels; a claims file needs four", position.line,
                position.column,
            )
        identity = id(node)
        if identity in self.active:
            raise InputError.single(
                self.path, "an alias refers to itself (a recursive anchor); write the value out",
                position.line, position.column,
            )
        if node.tag not in _PLAIN_TAGS:
            self.problem(position, f"unsupported tag '{node.tag}': a claims file holds plain text, numbers "
                                   "and lists; remove the tag")
            return None
        if isinstance(node, yaml.ScalarNode):
            return Scalar(node.value, position, node.tag, node.style not in (None, ""))
        # one set of the collections being built, not a copy per node: linear in the file
        self.active.add(identity)
        try:
            return self._collection(node, position, depth)
        finally:
            self.active.discard(identity)

    def _collection(self, node: yaml.Node, position: Position, depth: int) -> Any:
        if isinstance(node, yaml.SequenceNode):
            sequence = Sequence(self.build(item, depth + 1) for item in node.value)
            sequence.position = position
            return sequence
        mapping = Mapping()
        mapping.position, mapping.key_positions = position, {}
        for key_node, value_node in node.value:
            key_position = _position(key_node)
            if not isinstance(key_node, yaml.ScalarNode):
                self.problem(key_position, "a key must be plain text")
                continue
            key = key_node.value
            if key_node.tag == "tag:yaml.org,2002:merge":
                self.problem(key_position, "merge keys (<<) are not supported; write the keys out")
                continue
            if key in mapping.key_positions:
                first = mapping.key_positions[key]
                self.problem(key_position, f"duplicate key '{key}' (first at line {first.line}); keep one")
                continue
            mapping.key_positions[key] = key_position
            mapping[key] = self.build(value_node, depth + 1)
        return mapping


def read_yaml(path: Path) -> Any:
    """Read a YAML file into positioned plain data; raise InputError on anything unsafe or unreadable."""
    return parse_yaml(path, read_claims_text(path))


def read_claims_text(path: Path) -> str:
    """A claims file's text, read through the capped reader and checked to be UTF-8."""
    raw = read_capped(path, limits().claims_file_bytes, "claims file", "claims-file-bytes")
    return decode_utf8(path, raw, "claims file")


def parse_yaml(path: Path, text: str) -> Any:
    """Parse YAML text into positioned plain data; `path` names it in every problem reported."""
    node = _compose(path, text)
    builder = _Builder(path, len(text))
    data = builder.build(node)
    if builder.problems:
        raise InputError(builder.problems)
    return data


def _compose(path: Path, text: str) -> yaml.Node:
    if not text.strip():
        raise InputError.single(path, "file is empty; a claims file starts with 'factcheck: 1'", 1, 1)
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        raise _syntax_error(path, text, error) from None
    except yaml.reader.ReaderError as error:
        # a character YAML refuses anywhere in the file: point at it and name it (libyaml counts UTF-8 bytes)
        offset = error.position
        if _Loader is not yaml.SafeLoader:
            offset = len(text.encode("utf-8")[: error.position].decode("utf-8", errors="ignore"))
        offset = min(offset, len(text) - 1)
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        code = error.character if isinstance(error.character, int) else ord(text[offset])
        raise InputError.single(path, f"character U+{code:04X} is not allowed in YAML; delete it or "
                                      "write it as an escape inside double quotes", line, column) from None
    except yaml.YAMLError as error:
        raise InputError.single(path, f"not valid YAML ({error})", 1, 1) from None
    except RecursionError:
        raise InputError.single(path, "nesting too deep to read; a claims file nests four levels", 1, 1) from None
    if node is None:
        raise InputError.single(path, "file holds only comments; a claims file starts with 'factcheck: 1'", 1, 1)
    return node


def _syntax_error(path: Path, text: str, error: yaml.MarkedYAMLError) -> InputError:
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    lines = text.splitlines()
    offending = lines[line - 1][column - 1 : column] if 0 < line <= len(lines) else ""
    if offending == "\t" or "'\\t'" in str(error.problem):
        return InputError.single(path, "tab character: YAML indents with spaces only; replace the tab", line, column)
    problem = (error.problem or "invalid YAML").strip()
    context = f" {error.context.strip()}" if error.context else ""
    if "nesting depth" in problem:
        return InputError.single(path, "nesting too deep to read; a claims file nests four levels", line, column)
    return InputError.single(path, f"YAML syntax: {problem}{context}; check the line above too", line, column)


# ---------------------------------------------------------------------------------------------------------
# Plain data -> ClaimsFile


class _Validator:
    """Checks a claims file against format v1, collecting every problem before raising."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[InputProblem] = []
        self.article_fiscal: FiscalCalendar | None = None  # the article's `fiscal_year_start`, once read

    def problem(self, where: Any, message: str, offset: int = 0) -> None:
        position = getattr(where, "position", None) or Position(1, 1)
        column = position.column
        if isinstance(where, Scalar) and "\n" not in where:
            column += offset + (1 if where.quoted else 0)
        self.problems.append(InputProblem(self.path, position.line, column, message))

    def mapping(self, value: Any, where: Any, what: str, keys: tuple[str, ...]) -> Mapping | None:
        if not isinstance(value, Mapping):
            self.problem(value if value is not None else where, f"{what} must be a mapping of keys and values")
            return None
        for key in value:
            if key not in keys:
                near = _close_matches(key, keys, n=1, cutoff=0.6)
                hint = f"did you mean '{near[0]}'?" if near else f"expected one of: {', '.join(keys)}"
                self.problems.append(InputProblem(
                    self.path, value.key_positions[key].line, value.key_positions[key].column,
                    f"unknown key '{key}' in {what}; {hint}",
                ))
        return value

    def text(self, mapping: Mapping, key: str, what: str, *, required: bool = False) -> Scalar | None:
        value = mapping.get(key)
        if value is None or (isinstance(value, Scalar) and (value.is_null or not value.strip())):
            if required:
                where = mapping.get(key) if key in mapping else mapping
                self.problem(where, f"{what} needs '{key}'")
            return None
        if not isinstance(value, Scalar):
            self.problem(value, f"'{key}' in {what} must be text, not a list or mapping")
            return None
        return value

    def identifier(self, value: str, position: Position, what: str) -> None:
        """Refuse an id that is not one line of printable characters: every output and message prints it."""
        found = identifier_problem(value)
        if found is not None:
            column = position.column + (1 if isinstance(value, Scalar) and value.quoted else 0)
            self.problems.append(InputProblem(self.path, position.line, column, f"{what} '{literal(value)}' holds "
                                              f"{found}; an id is one line of printable characters: remove it"))

    def flag(self, mapping: Mapping, key: str, what: str) -> bool:
        value = self.text(mapping, key, what)
        if value is None:
            return False
        if value.casefold() in ("true", "yes"):
            return True
        if value.casefold() in ("false", "no"):
            return False
        self.problem(value, f"'{key}' in {what} must be true or false")
        return False

    def choice(self, value: Scalar | None, key: str, options: tuple[str, ...], default: str) -> str:
        if value is None:
            return default
        if value not in options:
            near = _close_matches(value, options, n=1)
            hint = f"did you mean '{near[0]}'?" if near else f"write one of: {', '.join(options)}"
            self.problem(value, f"'{value}' is not a valid {key}; {hint}")
            return default
        return str(value)

    def date(self, value: Scalar | None) -> date | None:
        if value is None:
            return None
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            self.problem(value, f"'{value}' is not a date; write it as YYYY-MM-DD, e.g. 2025-10-20")
            return None

    def reference(self, value: Scalar | None, known: dict[str, Any], what: str) -> Any:
        if value is None:
            return None
        if value in known:
            return known[value]
        near = _close_matches(value, list(known), n=1, cutoff=0.5)
        hint = f"did you mean '{near[0]}'?" if near else f"define it under '{what}s'"
        self.problem(value, f"unknown {what} '{value}'; {hint}")
        return None

    # -- sections
    def load(self, data: Any) -> ClaimsFile | None:
        if not isinstance(data, Mapping):
            self.problem(data, "the top level must be a mapping that starts with 'factcheck: 1'")
            return None
        top = self.mapping(data, data, "the claims file", TOP_KEYS)
        assert top is not None
        version = self.text(top, "factcheck", "the claims file")
        if version is None:
            self.problem(top, "missing 'factcheck: 1' (the format version) at the top of the file")
        elif version.strip() not in FORMAT_VERSIONS:
            self.problem(version, f"unsupported format version '{version}'; this factcheck reads version 1 "
                                  "(and 1.1 and 1.2, its supersets)")
        article = self.article(top)
        language = article.language if article else "ru"
        custom_units = self.units(top.get("units"))
        sources = self.sources(top)
        metrics = self.metrics(top, custom_units)
        claims = self.claims(top, sources, metrics, language, custom_units)
        reviews = self.reviews(top.get("reviews"))
        if self.problems or article is None:
            return None
        return ClaimsFile(
            path=self.path, article=article, sources=sources, metrics=metrics, claims=tuple(claims),
            reviews=tuple(reviews), custom_units=custom_units, claims_by_id={c.id: c for c in claims},
        )

    def article(self, top: Mapping) -> Article | None:
        keys = (*ARTICLE_KEYS, *FISCAL_KEYS)
        section = self.mapping(top.get("article"), top, "article", keys) if "article" in top else None
        if section is None:
            if "article" not in top:
                self.problem(top, "missing 'article' (title, published, language)")
            return None
        title = self.text(section, "title", "article", required=True)
        published = self.date(self.text(section, "published", "article", required=True))
        language_text = self.text(section, "language", "article", required=True)
        language = self.choice(language_text, "language", LANGUAGES, "ru")
        text = self.text(section, "text", "article")
        text_path = None
        if text is not None:
            # normalised, not resolved: a relative claims path keeps a relative draft path (for SARIF and people)
            text_path = Path(os.path.normpath(self.path.parent / text.strip()))
            if not text_path.is_file():
                self.problem(text, f"article text '{text}' not found next to the claims file; fix the path "
                                   "or remove 'text'")
        if title is None or published is None or language_text is None:
            return None
        outlet, url = self.text(section, "outlet", "article"), self.text(section, "url", "article")
        self.article_fiscal = self.fiscal_calendar(section, "article")
        return Article(
            title=str(title), published=published, language=language,
            outlet=str(outlet) if outlet else None, url=str(url) if url else None, text_path=text_path,
            text_position=text.position if text is not None else None, fiscal=self.article_fiscal,
        )

    def fiscal_calendar(self, section: Mapping, what: str) -> FiscalCalendar | None:
        """`fiscal_year_start: 10` (and `fiscal_year_named_by: start`): the calendar of fiscal periods."""
        start = self.text(section, "fiscal_year_start", what)
        named_by = self.text(section, "fiscal_year_named_by", what)
        if start is None:
            if named_by is not None:
                self.problem(named_by, f"'fiscal_year_named_by' in {what} needs 'fiscal_year_start' (the month its "
                                       "fiscal year begins, e.g. 10)")
            return None
        month = int(start) if start.strip().isdigit() and len(start.strip()) <= 2 else 0
        if not 1 <= month <= 12:
            self.problem(start, f"'fiscal_year_start' in {what} must be the month the fiscal year begins, 1 to 12 "
                                "(10 for a year that begins in October)")
            return None
        naming = self.choice(named_by, "fiscal_year_named_by", FISCAL_NAMINGS, "end")
        return FiscalCalendar(month, naming)

    def units(self, value: Any) -> tuple[str, ...]:
        if value is None or (isinstance(value, Scalar) and value.is_null):
            return ()
        if isinstance(value, Mapping):
            return self.units_with_spellings(value)
        if not isinstance(value, Sequence) or not all(isinstance(item, Scalar) for item in value):
            self.problem(value, "'units' must be a list of unit names, e.g. [TEU, wagon], or a mapping of each "
                                "name to its spellings, e.g. {ДФЭ: [TEU, ДФЭ]}")
            return ()
        return tuple(str(item).strip() for item in value)

    def units_with_spellings(self, section: Mapping) -> tuple[str, ...]:
        """`units: {ДФЭ: [TEU, ДФЭ, "TEU-эквивалент"]}`: each unit with the spellings that name it."""
        entries: list[str] = []
        for name, spellings in section.items():
            entries.append(str(name).strip())
            if spellings is None or (isinstance(spellings, Scalar) and spellings.is_null):
                continue
            items = [spellings] if isinstance(spellings, Scalar) else spellings
            if not isinstance(items, Sequence) or not all(isinstance(item, Scalar) for item in items):
                self.problem(spellings, f"the spellings of unit '{name}' must be a list of words, e.g. [TEU, ДФЭ]")
                continue
            entries.extend(custom_unit_spelling(str(item).strip(), str(name).strip()) for item in items)
        return tuple(entries)

    def sources(self, top: Mapping) -> dict[str, Source]:
        section = self.mapping(top.get("sources"), top, "sources", tuple(top.get("sources") or ()))
        sources: dict[str, Source] = {}
        for source_id, body in (section or {}).items():
            if section is not None:  # always, inside this loop
                self.identifier(source_id, section.key_positions[source_id], "source id")
            entry = self.mapping(body, section, f"source '{source_id}'", (*SOURCE_KEYS, *FISCAL_KEYS))
            if entry is None:
                continue
            name = self.text(entry, "name", f"source '{source_id}'", required=True)
            kind = self.choice(self.text(entry, "kind", f"source '{source_id}'"), "source kind", SOURCE_KINDS,
                               "unknown")
            role = self.text(entry, "role", f"source '{source_id}'")
            fiscal = self.fiscal_calendar(entry, f"source '{source_id}'")
            key = self.archive_key(entry, f"source '{source_id}'")
            sources[source_id] = Source(source_id, str(name or source_id), kind, str(role) if role else None,
                                        fiscal=fiscal, key=key)
        return sources

    def metrics(self, top: Mapping, custom_units: tuple[str, ...]) -> dict[str, Metric]:
        section = self.mapping(top.get("metrics"), top, "metrics", tuple(top.get("metrics") or ()))
        metrics: dict[str, Metric] = {}
        declared = set(section or {})
        for metric_id, body in (section or {}).items():
            if section is not None:  # always, inside this loop
                self.identifier(metric_id, section.key_positions[metric_id], "metric id")
            what = f"metric '{metric_id}'"
            entry = self.mapping(body, section, what, METRIC_KEYS)
            if entry is None:
                continue
            name = self.text(entry, "name", what, required=True)
            unit_text = self.text(entry, "unit", what, required=True)
            unit = self.unit(unit_text, custom_units)
            parts: list[str] = []
            raw_parts = entry.get("parts")
            if raw_parts is not None:
                if not isinstance(raw_parts, Sequence):
                    self.problem(raw_parts, f"'parts' of {what} must be a list of metric ids")
                else:
                    for part in raw_parts:
                        if part not in declared:
                            self.reference(part, {m: m for m in declared}, "metric")
                        else:
                            parts.append(str(part))
            metrics[metric_id] = Metric(
                id=metric_id, name=str(name or metric_id), unit_text=str(unit_text or ""), unit=unit,
                flow=self.flag(entry, "flow", what), parts=tuple(parts), key=self.archive_key(entry, what),
                guessed=self.guessed(entry, what, GUESSABLE_METRIC_FIELDS), position=entry.position,
            )
        for metric_id, body in (section or {}).items():
            if metric_id in metrics and isinstance(body, Mapping):
                metrics[metric_id] = self.formula(metrics[metric_id], body, metrics)
        return metrics

    def archive_key(self, entry: Mapping, what: str) -> str | None:
        """`key:` of a metric or source: its name across articles, in kebab-case."""
        key = self.text(entry, "key", what)
        if key is None:
            return None
        if not ARCHIVE_KEY.fullmatch(key.strip()):
            self.problem(key, f"'{key}' is not a key; write it in kebab-case, e.g. kz-az-trade-turnover")
            return None
        return key.strip()

    def corrects(self, entry: Mapping, what: str) -> str | None:
        """`corrects: "ARTICLE-URL#CLAIM-ID"`: the earlier figure a claim corrects."""
        text = self.text(entry, "corrects", what)
        if text is None:
            return None
        url, mark, claim_id = text.strip().rpartition("#")
        if not mark or not url.strip() or not claim_id.strip() or any(c.isspace() for c in text.strip()):
            self.problem(text, f"'corrects' of {what} must name the earlier article and claim as "
                               "ARTICLE-URL#CLAIM-ID, e.g. https://outlet.example/article#trade-2023")
            return None
        return text.strip()

    def formula(self, metric: Metric, entry: Mapping, metrics: dict[str, Metric]) -> Metric:
        """The metric with its formula (`parts` is a sum), its terms known and its dimension checked."""
        what = f"metric '{metric.id}'"
        text = self.text(entry, "formula", what)
        if text is None:
            if not metric.parts:
                return metric
            return dataclasses.replace(metric, formula=Formula.sum_of(metric.parts))
        if "parts" in entry:
            self.problem(text, f"{what} has both 'parts' and 'formula'; keep one ('parts: [a, b]' is the "
                               "formula \"a + b\")")
            return metric
        try:
            formula = parse_formula(str(text))
        except FormulaError as error:
            self.problem(text, f"cannot read formula '{' '.join(text.split())}': {error}", error.offset)
            return metric
        known = True
        for term in formula.terms:
            if term.metric == metric.id:
                self.problem(text, f"the formula of {what} names the metric itself; write it in terms of other "
                                   "metrics", term.offset)
                known = False
            elif term.metric not in metrics:
                near = _close_matches(term.metric, list(metrics), n=1, cutoff=0.5)
                spaced = "-" in term.metric and all(p in metrics for p in term.metric.split("-") if p)
                hint = ("write spaces around '-' to subtract" if spaced else
                        f"did you mean '{near[0]}'?" if near else "define it under 'metrics'")
                self.problem(text, f"unknown metric '{term.metric}' in the formula of {what}; {hint}",
                             term.offset)
                known = False
        units = {m.id: m.unit for m in metrics.values()}
        if known and metric.unit is not None and all(units[t.metric] is not None for t in formula.terms):
            def dimension(metric_id: str) -> Dimension:
                unit = units[metric_id]
                return dimension_of(unit.dimension if unit else "")

            try:
                computed = formula_dimension(formula, dimension)
            except FormulaError as error:
                self.problem(text, f"the formula of {what} does not balance: {error}", error.offset)
                return metric
            expected = dimension_of(metric.unit.dimension)
            if computed != expected:
                self.problem(text, f"the formula of {what} gives {describe_dimension(computed)}, but the "
                                   f"metric's unit {metric.unit_text} is {describe_dimension(expected)}; "
                                   "fix the formula or the unit")
                return metric
        return dataclasses.replace(metric, formula=formula) if known else metric

    def unit(self, text: Scalar | None, custom_units: tuple[str, ...]) -> Unit | None:
        if text is None:
            return None
        if text.strip() in lexicon.COUNT_NAMES:
            return resolve_unit("count")
        try:
            return resolve_unit(text, custom_units)
        except FigureError:
            self.problem(text, f"unknown unit '{text}'; use a unit pint knows (USD, t, Mt, %, km) or declare "
                               "it under 'units'")
            return None

    def claims(
        self, top: Mapping, sources: dict[str, Source], metrics: dict[str, Metric], language: str,
        custom_units: tuple[str, ...],
    ) -> list[Claim]:
        section = top.get("claims")
        if section is None:
            self.problem(top, "missing 'claims': list the article's figures under 'claims'")
            return []
        if not isinstance(section, Sequence):
            self.problem(section, "'claims' must be a list of claims (each starting with '- id:')")
            return []
        claims: list[Claim] = []
        seen: dict[str, Position] = {}
        bodies: dict[str, Mapping] = {}
        for body in section:
            entry = self.mapping(body, section, "a claim", CLAIM_KEYS)
            if entry is None:
                continue
            claim_id = self.text(entry, "id", "a claim", required=True)
            if claim_id is not None:
                self.identifier(claim_id, claim_id.position, "claim id")
                if claim_id in seen:
                    self.problem(claim_id, f"duplicate claim id '{claim_id}' (first at line "
                                           f"{seen[claim_id].line}); give each claim its own id")
                    continue
                seen[str(claim_id)] = claim_id.position
                bodies[str(claim_id)] = entry
        for body_id, entry in bodies.items():
            claim = self.claim(body_id, entry, sources, metrics, language, custom_units, bodies)
            if claim is not None:
                claims.append(claim)
        return claims

    def guessed(self, entry: Mapping, what: str, fields: tuple[str, ...]) -> tuple[str, ...]:
        """The fields an entry lists under `guessed:` (format 1.2 section 4); an unknown name is a problem."""
        raw = entry.get("guessed")
        if raw is None or (isinstance(raw, Scalar) and raw.is_null):
            return ()
        if isinstance(raw, Scalar) or not isinstance(raw, Sequence):
            self.problem(raw, f"'guessed' of {what} must be a list of field names, e.g. [period, metric]")
            return ()
        names: list[str] = []
        for item in raw:
            name = str(item)
            if name not in fields:
                self.problem(item, f"'guessed' of {what} names '{name}', which cannot be guessed; list any of "
                                   f"{', '.join(fields)}")
            elif name not in names:
                names.append(name)
        return tuple(names)

    def claim(
        self, claim_id: str, entry: Mapping, sources: dict[str, Source], metrics: dict[str, Metric],
        file_language: str, custom_units: tuple[str, ...], bodies: dict[str, Mapping],
    ) -> Claim | None:
        what = f"claim '{claim_id}'"
        metric = self.reference(self.text(entry, "metric", what, required=True), metrics, "metric")
        said_by = self.reference(self.text(entry, "said_by", what, required=True), sources, "source")
        cites = self.reference(self.text(entry, "cites", what), sources, "source")
        kind = self.choice(self.text(entry, "kind", what), "kind", CLAIM_KINDS, "actual")
        language = self.choice(self.text(entry, "language", what), "language", LANGUAGES, file_language)
        exact = self.flag(entry, "exact", what)
        forms = [form for form in FORMS if form in entry]
        if len(forms) != 1:
            message = (f"{what} has {' and '.join(forms)}; keep exactly one" if forms else
                       f"{what} needs one of 'value', 'change', 'bound' or 'share'")
            self.problem(entry.get(forms[1]) if len(forms) > 1 else entry, message)
            return None
        form = forms[0]
        # fiscal periods are the stating source's calendar, else the cited source's, else the article's
        fiscal = next((s.fiscal for s in (said_by, cites) if s is not None and s.fiscal is not None),
                      self.article_fiscal)
        period = self.period(self.text(entry, "period", what), fiscal)
        of_metric, of_claim, period = self.whole(claim_id, entry, form, period, metrics, bodies, fiscal)
        if period is None and "period" not in entry and kind == "actual" and of_claim is None:
            self.problem(entry, f"{what} needs 'period' (only a target or forecast may be undated)")
        figure_text = self.text(entry, form, what, required=True)
        figure = self.figure(form, figure_text, language, custom_units, exact, metric)
        if figure is not None and metric is not None:
            figure = self.summed_rate(figure, figure_text, metric, period, what)
        since_text = self.text(entry, "since", what)
        against = self.text(entry, "against", what)
        since: Period | None = None
        duration: Duration | None = None
        relative = form == "change" or (form == "bound" and isinstance(figure, Ratio))
        if relative:
            if since_text is None and against is None:
                self.problem(entry.get(form), f"{what} is a change with no baseline; add 'since' (a period "
                                                  "or a duration such as P1Y) or 'against' (a claim id)")
            if since_text is not None and against is not None:
                self.problem(against, f"{what} has both 'since' and 'against'; keep one baseline")
            if since_text is not None:
                since, duration = self.baseline(since_text, fiscal)
                if duration is not None and period is None:
                    self.problem(since_text, f"{what}: a duration baseline needs the claim's 'period'")
                elif duration is not None and period is not None:
                    self.shifted(period, duration, since_text)
            if against is not None:
                if against not in bodies:
                    self.reference(against, bodies, "claim")
                elif against == claim_id:
                    self.problem(against, f"{what} cannot be measured against itself")
                elif "value" not in bodies[against]:
                    self.problem(against, f"'against' must name a claim with a value; '{against}' has none")
        else:
            for key, value in (("since", since_text), ("against", against)):
                if value is not None:
                    self.problem(value, f"'{key}' only applies to a change; {what} states a {form}")
        release = self.release(self.text(entry, "release", what), fiscal)
        corrects = self.corrects(entry, what)
        if metric is None or said_by is None or figure is None:
            return None
        quote, note = self.text(entry, "quote", what), self.text(entry, "note", what)
        raw_quote = entry.get("quote")
        if quote is None and isinstance(raw_quote, Scalar) and not raw_quote.is_null:
            self.problem(raw_quote, f"{what} has an empty quote; copy the fragment of the article that carries "
                                    "the figure, or remove 'quote'")
            return None
        return Claim(
            id=claim_id, metric=metric, form=form, figure=figure, period=period, kind=kind, said_by=said_by,
            position=entry.position, cites=cites, quote=str(quote) if quote else None,
            note=str(note) if note else None, exact=exact, language=language, since=since,
            since_duration=duration, against=str(against) if against else None, of_metric=of_metric,
            of_claim=of_claim, release=release, corrects=corrects,
            guessed=self.guessed(entry, what, GUESSABLE_CLAIM_FIELDS),
        )

    def whole(
        self, claim_id: str, entry: Mapping, form: str, period: Period | None, metrics: dict[str, Metric],
        bodies: dict[str, Mapping], fiscal: FiscalCalendar | None = None,
    ) -> tuple[str | None, str | None, Period | None]:
        """What a share is of: (a metric, or a claim) and the share's period (a claim's, when it names one)."""
        what = f"claim '{claim_id}'"
        of = self.text(entry, "of", what)
        if form != "share":
            if of is not None:
                self.problem(of, f"'of' only applies to a share; {what} states a {form}")
            return None, None, period
        if of is None:
            self.problem(entry.get("share"), f"{what} is a share of nothing; add 'of' (the whole: a metric id, "
                                             "or the id of the claim that states it)")
            return None, None, period
        name = str(of).strip()
        if name in metrics and name in bodies:
            self.problem(of, f"'{name}' is both a metric and a claim; rename one so that 'of' names one whole")
            return None, None, period
        if name in metrics:
            if name == entry.get("metric"):
                self.problem(of, f"{what} is a share of its own metric; 'of' names the whole it is part of")
            return name, None, period
        if name == claim_id:
            self.problem(of, f"{what} cannot be a share of itself")
            return None, None, period
        if name not in bodies:
            known = {**{m: m for m in metrics}, **{c: c for c in bodies}}
            near = _close_matches(name, list(known), n=1, cutoff=0.5)
            hint = f"did you mean '{near[0]}'?" if near else "name a metric (same period) or a claim"
            self.problem(of, f"'of' names no metric or claim '{name}'; {hint}")
            return None, None, period
        whole = bodies[name]
        if "value" not in whole:
            self.problem(of, f"'of' must name a metric or a claim with a value; '{name}' has none")
            return None, None, period
        whole_period = whole.get("period")
        if isinstance(whole_period, Scalar) and not whole_period.is_null:
            try:
                stated = parse_period(whole_period, fiscal)
            except PeriodError:
                return None, name, period  # reported where that claim is read
            if period is None:
                return None, name, stated
        # a share's own period may differ from the claim it is of ("58,4% of the year's plan achieved by July",
        # format 1.2): the whole is that claim's figure for its period, the part the share's own period's
        return None, name, period

    def release(self, text: Scalar | None, fiscal: FiscalCalendar | None = None) -> Period | None:
        if text is None:
            return None
        try:
            return parse_period(text, fiscal)
        except PeriodError as error:
            self.problem(text, f"'release' must be the date (or period) the source published the figure: {error}")
            return None

    def period(self, text: Scalar | None, fiscal: FiscalCalendar | None = None) -> Period | None:
        if text is None:
            return None
        try:
            return parse_period(text, fiscal)
        except PeriodError as error:
            self.problem(text, str(error))
            return None

    def baseline(self, text: Scalar, fiscal: FiscalCalendar | None = None) -> tuple[Period | None, Duration | None]:
        try:
            if looks_like_duration(text):
                return None, parse_duration(text)
            return parse_period(text, fiscal), None
        except PeriodError as error:
            self.problem(text, str(error))
            return None, None

    def shifted(self, period: Period, duration: Duration, where: Scalar) -> None:
        try:
            period.shifted_back(duration)
        except PeriodError as error:
            self.problem(where, str(error))

    def figure(
        self, form: str, text: Scalar | None, language: str, custom_units: tuple[str, ...], exact: bool,
        metric: Metric | None = None,
    ) -> Figure | None:
        if text is None:
            return None
        try:
            return read_figure(form, text, language, custom_units, exact=exact,
                               metric_unit=metric.unit if metric else None,
                               share_parser=parse_share)
        except FigureError as error:
            leading = len(text) - len(text.lstrip())
            shown = " ".join(text.split())  # one line, whatever the YAML scalar held
            shown = shown if len(shown) <= 60 else shown[:60] + "…"
            reason = " ".join(str(error).split())
            self.problem(text, f"cannot read {form} '{shown}': {reason}", error.offset + leading)
            return None

    def summed_rate(
        self, figure: Figure, text: Scalar | None, metric: Metric, period: Period | None, what: str
    ) -> Figure | None:
        """A rate ("10 млн тонн в год") on a flow metric (tonnes): summed over the claim's period."""
        if not isinstance(figure, Amount) or figure.unit is None or figure.unit.per is None:
            return figure
        if metric.unit is None or not metric.flow or metric.unit.per is not None:
            return figure
        if not figure.unit.counted.converts_to(metric.unit):
            return figure
        if period is None:
            self.problem(text, f"{what} gives a rate ({figure.text}) on the flow metric '{metric.id}'; add the "
                               "'period' it runs over, so it can be summed, or state the figure in the metric's unit")
            return None
        return summed_over(figure, period)

    def reviews(self, section: Any) -> list[Review]:
        if section is None or (isinstance(section, Scalar) and section.is_null):
            return []
        if not isinstance(section, Sequence):
            self.problem(section, "'reviews' must be a list of reviews (each starting with '- finding:')")
            return []
        reviews: list[Review] = []
        seen: dict[str, Position] = {}
        for body in section:
            entry = self.mapping(body, section, "a review", REVIEW_KEYS)
            if entry is None:
                continue
            finding = self.text(entry, "finding", "a review", required=True)
            status = self.choice(self.text(entry, "status", "a review", required=True), "review status",
                                 REVIEW_STATUSES, "accepted")
            by = self.text(entry, "by", "a review", required=True)
            when = self.date(self.text(entry, "date", "a review", required=True))
            note = self.text(entry, "note", "a review")
            rule = self.text(entry, "rule", "a review")
            for identifier, what in ((finding, "fingerprint"), (rule, "rule id")):
                if identifier is not None:
                    self.identifier(identifier, identifier.position, f"the review's {what}")
            if finding is not None and finding.strip() in seen:
                first = seen[finding.strip()]
                # the first review applies; a second one is a mistake of copying, not a decision to hide
                warnings.warn(InputWarning(InputProblem(
                    self.path, entry.position.line, entry.position.column,
                    f"a second review of {finding.strip()} (first at line {first.line}); the first applies: "
                    "delete one")), stacklevel=1)
                continue
            if finding is not None:
                seen[finding.strip()] = entry.position
            if finding is not None and by is not None and when is not None:
                reviews.append(Review(str(finding).strip(), status, str(by), when, entry.position,
                                      str(note) if note else None, str(rule).strip() if rule else None))
        return reviews


def summed_over(rate: Amount, period: Period) -> Amount:
    """A rate summed over a period: "30 тыс. баррелей в сутки" over 2015-09 is 30,000 x 30 barrels.

    A year-rate over a year is the figure itself (not 365/365.25 of it): periods are counted in the rate's own
    time unit, in whole months where the period is month-aligned.
    """
    assert rate.unit is not None and rate.unit.per is not None
    per = rate.unit.per
    months = period.months
    if per == "day":
        count = Fraction(period.days)
    elif per == "week":
        count = Fraction(period.days, 7)
    elif months is not None:
        count = Fraction(months, 12 if per == "year" else 1)
    else:
        count = Fraction(period.days) / (lexicon.SECONDS_PER[per] / lexicon.SECONDS_PER["day"])
    seconds = count * lexicon.SECONDS_PER[per]
    strict = rate.strict.scaled(seconds) if rate.strict is not None else None
    return Amount(rate.text, rate.interval.scaled(seconds), rate.unit.counted, rate.qualifier, strict)


def yaml_scalar(text: str) -> str:
    """Text as one YAML double-quoted scalar, escaped by the emitter itself (never folded, whatever its length).

    Writers of claims files (`extract`) build documents from these, so no text can change their structure.
    """
    rendered: str = yaml.safe_dump(text, default_style='"', allow_unicode=True, width=float("inf"))
    return rendered.rstrip("\n").removesuffix("\n...").rstrip("\n")


def load_claims_file(path: Path) -> ClaimsFile:
    """Load and validate one claims file; raise InputError listing every problem in it."""
    return _validated(path, read_yaml(path))


def load_claims_text(path: Path, text: str) -> ClaimsFile:
    """Validate text as the claims file it would be at `path` (its article.text resolves from there)."""
    return _validated(path, parse_yaml(path, text))


def _validated(path: Path, data: Any) -> ClaimsFile:
    validator = _Validator(path)
    claims_file = validator.load(data)
    if validator.problems or claims_file is None:
        raise InputError(validator.problems or [InputProblem(path, 1, 1, "not a claims file")])
    return claims_file


def find_claims_files(paths: list[Path]) -> list[Path]:
    """The files named and the claims files in the folders named, each once (see factcheck.discovery)."""
    from factcheck.discovery import find_claims_files as discover

    return discover(paths)


# ---------------------------------------------------------------------------------------------------------
# Where the reviews stand, for the review writer (which edits text and never parses YAML itself)


@dataclass(frozen=True)
class ReviewsLayout:
    """Where `reviews:` and its items stand in a claims file's text, as character offsets.

    `style` is "missing" (no `reviews:` key), "empty" (`reviews:`, `reviews: ~`, `reviews: null`), "block" or
    "flow". `value_start`/`value_end` span the value as written (the `~`, the `[...]`, or the items);
    `first_item` is where the first block item's content starts; `document_end` is where the top mapping's
    content ends (before a final `...`), for a new section.
    """

    style: str
    key_start: int
    key_column: int
    value_start: int
    value_end: int
    first_item: int
    first_item_column: int
    count: int
    document_end: int


def reviews_layout(path: Path, text: str) -> ReviewsLayout:
    """Locate the reviews of a claims file's text; InputError when the text is not a claims file's mapping."""
    top = _compose(path, text)
    if not isinstance(top, yaml.MappingNode) or top.flow_style:
        raise InputError.single(path, "the top level is not a block mapping; add the review by hand", 1, 1)
    end = top.end_mark.index
    for key, value in top.value:
        if key.value != "reviews":
            continue
        start, column = key.start_mark.index, key.start_mark.column
        if isinstance(value, yaml.ScalarNode) and value.tag.endswith(":null"):
            return ReviewsLayout("empty", start, column, value.start_mark.index, value.end_mark.index, 0, 0, 0, end)
        if isinstance(value, yaml.SequenceNode):
            first = value.value[0] if value.value else None
            style = "flow" if value.flow_style else "block" if first is not None else "empty"
            return ReviewsLayout(
                style, start, column, value.start_mark.index, value.end_mark.index,
                first.start_mark.index if first else 0, first.start_mark.column if first else 0, len(value.value),
                end,
            )
        raise InputError.single(path, "'reviews' must be a list; fix it before adding a review",
                                value.start_mark.line + 1, value.start_mark.column + 1)
    return ReviewsLayout("missing", end, 0, end, end, 0, 0, 0, end)


def last_review(path: Path, text: str) -> tuple[int, dict[str, str]]:
    """How many reviews the text holds, and the fields of the last one as written."""
    data = parse_yaml(path, text)
    section = data.get("reviews") if isinstance(data, Mapping) else None
    if not isinstance(section, Sequence) or not section or not isinstance(section[-1], Mapping):
        return 0, {}
    return len(section), {key: str(value) for key, value in section[-1].items() if isinstance(value, Scalar)}


@dataclass(frozen=True)
class ReviewItem:
    """One review of a claims file's text, as character offsets: the item, its `finding:` and `rule:` values.

    `start`/`end` span the item as written (a block item from its first key, a flow item from `{` to `}`);
    `content_end` is where its last value ends; `flow` tells whether the `reviews:` list is in flow style.
    """

    finding: str
    start: int
    end: int
    content_end: int
    finding_start: int
    finding_end: int
    rule: str | None
    rule_start: int
    rule_end: int
    flow: bool


def review_items(path: Path, text: str) -> list[ReviewItem]:
    """Every review of a claims file's text, in order, with where it stands (for removing or moving one)."""
    top = _compose(path, text)
    if not isinstance(top, yaml.MappingNode):
        return []
    section = next((value for key, value in top.value if key.value == "reviews"), None)
    if not isinstance(section, yaml.SequenceNode):
        return []
    items: list[ReviewItem] = []
    for item in section.value:
        if not isinstance(item, yaml.MappingNode):
            continue
        values = {key.value: value for key, value in item.value if isinstance(key, yaml.ScalarNode)}
        finding, rule = values.get("finding"), values.get("rule")
        if not isinstance(finding, yaml.ScalarNode):
            continue
        content_end = item.end_mark.index if item.flow_style else max(v.end_mark.index for _, v in item.value)
        rule_node = rule if isinstance(rule, yaml.ScalarNode) else None
        items.append(ReviewItem(
            str(finding.value).strip(), item.start_mark.index, item.end_mark.index, content_end,
            finding.start_mark.index, finding.end_mark.index,
            str(rule_node.value).strip() if rule_node is not None else None,
            rule_node.start_mark.index if rule_node is not None else 0,
            rule_node.end_mark.index if rule_node is not None else 0,
            bool(section.flow_style),
        ))
    return items


# The registry of keys (format 1.2): shared between articles and newsrooms, as a file or a folder of files

REGISTRY_TOP_KEYS = ("factcheck-registry", "metrics", "sources")
REGISTRY_METRIC_KEYS = ("name", "aliases", "unit", "flow", "place")
REGISTRY_SOURCE_KEYS = ("name", "aliases", "kind")


def load_registry(path: Path) -> Registry:
    """The registry a configuration names: one YAML file, or every *.yaml / *.yml of a folder (sorted).

    Raise InputError listing every problem; a key defined in two files is one of them.
    """
    import hashlib

    files = sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file()) if path.is_dir() \
        else [path]
    metrics: dict[str, RegistryEntry] = {}
    sources: dict[str, RegistryEntry] = {}
    problems: list[InputProblem] = []
    digest = hashlib.sha256()
    for file in files:
        text = read_claims_text(file)
        digest.update(text.encode("utf-8"))
        validator = _RegistryValidator(file)
        validator.load_registry(parse_yaml(file, text), metrics, sources)
        problems.extend(validator.problems)
    if problems:
        raise InputError(problems)
    return Registry(metrics=metrics, sources=sources, digest=digest.hexdigest())


class _RegistryValidator(_Validator):
    """Checks one registry file: `factcheck-registry: 1`, then metrics and sources by key."""

    def load_registry(self, data: Any, metrics: dict[str, RegistryEntry], sources: dict[str, RegistryEntry]) -> None:
        if not isinstance(data, Mapping):
            self.problem(data, "a registry must be a mapping that starts with 'factcheck-registry: 1'")
            return
        top = self.mapping(data, data, "the registry", REGISTRY_TOP_KEYS)
        assert top is not None
        version = self.text(top, "factcheck-registry", "the registry")
        if version is None or version.strip() != "1":
            self.problem(version or top, "a registry starts with 'factcheck-registry: 1' (the format version)")
        for section, known, keys in (("metrics", metrics, REGISTRY_METRIC_KEYS),
                                     ("sources", sources, REGISTRY_SOURCE_KEYS)):
            entries = top.get(section)
            if entries is None:
                continue
            body = self.mapping(entries, top, f"'{section}' of the registry", tuple(entries or ()))
            for key, value in (body or {}).items():
                entry = self.entry(str(key), value, body, keys, section)
                if entry is None:
                    continue
                if key in known:
                    self.problem(body, f"key '{key}' is defined twice in the registry's {section}; keep one")
                    continue
                known[str(key)] = entry

    def entry(self, key: str, value: Any, where: Any, keys: tuple[str, ...], section: str) -> RegistryEntry | None:
        what = f"registry key '{key}'"
        if not ARCHIVE_KEY.fullmatch(key):
            self.problem(where, f"'{key}' is not a key; write it in kebab-case, e.g. kz-az-trade-turnover")
            return None
        entry = self.mapping(value, where, what, keys)
        if entry is None:
            return None
        names = self.by_language(entry.get("name"), entry, what, "name")
        aliases = self.by_language(entry.get("aliases"), entry, what, "aliases")
        if not names:
            self.problem(entry, f"{what} needs 'name' (text, or {{ru: ..., en: ...}})")
        unit_text = self.text(entry, "unit", what)
        unit = self.unit(unit_text, ()) if unit_text is not None else None
        if section == "metrics" and unit_text is None:
            self.problem(entry, f"{what} needs 'unit' (what its figures convert to)")
        flow = self.flag(entry, "flow", what) if "flow" in entry else None
        place = self.text(entry, "place", what)
        return RegistryEntry(
            key=key, names={lang: words[0] for lang, words in names.items() if words},
            aliases={lang: tuple(words) for lang, words in aliases.items()},
            unit_text=str(unit_text) if unit_text else None, unit=unit, flow=flow,
            place=str(place) if place else None,
        )

    def by_language(self, value: Any, where: Any, what: str, field_name: str) -> dict[str, list[str]]:
        """`name: "Trade"` (any language), `[a, b]`, or `{ru: ..., en: [...]}`: words by language ("" for any)."""
        if value is None:
            return {}
        if isinstance(value, Scalar):
            return {"": [str(value).strip()]} if str(value).strip() else {}
        if isinstance(value, Sequence) and all(isinstance(item, Scalar) for item in value):
            return {"": [str(item).strip() for item in value]}
        if isinstance(value, Mapping):
            words: dict[str, list[str]] = {}
            for language, items in value.items():
                if language not in LANGUAGES:
                    self.problem(value, f"'{field_name}' of {what}: '{language}' is not a language; write ru or en")
                    continue
                listed = [items] if isinstance(items, Scalar) else items
                if not isinstance(listed, list) or not all(isinstance(item, Scalar) for item in listed):
                    self.problem(items, f"'{field_name}' of {what} in {language} must be text or a list of texts")
                    continue
                words[str(language)] = [str(item).strip() for item in listed]
            return words
        self.problem(value, f"'{field_name}' of {what} must be text, a list, or a mapping of ru and en")
        return {}
