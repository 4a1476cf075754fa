"""Configuration from `.factcheck.toml` or `[tool.factcheck]` in `pyproject.toml`, validated with positions.

The nearest of the two files, from the working directory upwards, is used (`.factcheck.toml` wins in the
same folder). Command-line options override it.
"""

from __future__ import annotations

import difflib
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.errors import InputError, InputProblem
from factcheck.findings import FAIL_ON_CHOICES, Severity
from factcheck.project import folders_up_to_ceiling
from factcheck.textfile import MIB, Limits, decode_utf8, read_capped

CONFIG_FILE = ".factcheck.toml"
PYPROJECT = "pyproject.toml"
CONFIG_BYTES = 4 * MIB  # a pyproject.toml is a few kilobytes
KEYS = ("paths", "fail-on", "select", "ignore", "severity", "options", "text", "limits", "archive",
        "fail-on-guessed")
ARCHIVE_KEYS = ("url", "registry")
LIMIT_KEYS = {"claims-file-bytes": "claims_file_bytes", "article-bytes": "article_bytes"}


@dataclass(frozen=True)
class Config:
    """The effective configuration of a run."""

    source: Path | None = None
    paths: tuple[str, ...] = ("claims",)
    fail_on: str = "error"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    text: str | None = None
    limits: Limits = field(default_factory=Limits)
    archive: ArchiveConfig | None = None  # `[archive]`: verify checks drafts against the archive
    fail_on_guessed: bool = False  # a run fails while a claim still carries a guess (format 1.2 section 4)

    def to_toml(self) -> str:
        """The configuration as a `.factcheck.toml` would write it (for `factcheck config`)."""
        origin = f"# from {self.source}" if self.source else "# defaults (no .factcheck.toml or [tool.factcheck])"
        lines = [
            origin,
            f"paths = {_toml_list(self.paths)}",
            f'fail-on = "{self.fail_on}"',
            *(["fail-on-guessed = true"] if self.fail_on_guessed else []),
            f"select = {_toml_list(self.select)}",
            f"ignore = {_toml_list(self.ignore)}",
        ]
        if self.text:
            lines.append(f'text = "{self.text}"')
        lines += ["", "[severity]", *(f'{rule} = "{level.value}"' for rule, level in sorted(self.severity.items()))]
        lines += ["", "[limits]", *(f"{key} = {getattr(self.limits, name)}" for key, name in LIMIT_KEYS.items())]
        for rule, values in sorted(self.options.items()):
            lines += ["", f"[options.{rule}]", *(f"{key} = {_toml_value(value)}" for key, value in values.items())]
        if self.archive is not None:
            lines += ["", "[archive]", *(f'{key} = "{value}"' for key, value in
                                         (("url", self.archive.url), ("registry", self.archive.registry)) if value)]
        return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class ArchiveConfig:
    """`[archive]`: where the archive is (`url`, sqlite:///PATH or postgresql://...) and the registry of keys."""

    url: str | None = None
    registry: str | None = None


def _toml_list(items: tuple[str, ...]) -> str:
    return "[" + ", ".join(f'"{item}"' for item in items) + "]"


def _toml_value(value: Any) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def find_config(start: Path) -> Path | None:
    """The nearest `.factcheck.toml` or `pyproject.toml` with [tool.factcheck], from `start` up to the project root."""
    for folder in folders_up_to_ceiling(start):
        candidate = folder / CONFIG_FILE
        if candidate.is_file():
            return candidate
        pyproject = folder / PYPROJECT
        if pyproject.is_file() and re.search(r"^\[tool\.factcheck[\].]", _read(pyproject), re.MULTILINE):
            return pyproject
    return None


def load_config(path: Path | None) -> Config:
    """Read and validate a configuration file; None gives the defaults."""
    if path is None:
        return Config()
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib

    text = _read(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line, column = _toml_error_position(str(error))
        raise InputError.single(path, f"TOML syntax: {error}", line, column) from None
    table: Any = data
    prefix = ""
    if path.name == PYPROJECT:
        table = data.get("tool", {}).get("factcheck", {})
        prefix = "tool.factcheck"
    return _Validator(path, text, prefix).config(table)


def _read(path: Path) -> str:
    return decode_utf8(path, read_capped(path, CONFIG_BYTES, "configuration"), "configuration")


def _toml_error_position(message: str) -> tuple[int | None, int | None]:
    match = re.search(r"line (\d+), column (\d+)", message)
    return (int(match[1]), int(match[2])) if match else (None, None)


class _Validator:
    """Checks a configuration table, naming the file, key and line of every problem."""

    def __init__(self, path: Path, text: str, prefix: str) -> None:
        self.path = path
        self.lines = text.splitlines()
        self.prefix = prefix
        self.problems: list[InputProblem] = []

    def line_of(self, key: str, table: str = "") -> int | None:
        """The line a key is written on: within its table's header, or dotted, or inline."""
        header = ".".join(part for part in (self.prefix, table) if part)
        in_table = not header
        for number, line in enumerate(self.lines, start=1):
            stripped = line.strip()
            if stripped.startswith("["):
                in_table = stripped.strip("[] ") == header
                if in_table and not key:
                    return number
                continue
            if in_table and re.match(rf'["\']?{re.escape(key)}["\']?\s*=', stripped):
                return number
        dotted = [n for n, line in enumerate(self.lines, 1) if re.search(rf"\b{re.escape(key)}\b", line)]
        return dotted[0] if dotted else None

    def problem(self, key: str, message: str, table: str = "") -> None:
        name = ".".join(part for part in (self.prefix, table, key) if part)
        line = self.line_of(key, table)
        self.problems.append(InputProblem(self.path, line, 1 if line else None, f"'{name}': {message}"))

    def strings(self, table: Mapping[str, Any], key: str) -> tuple[str, ...] | None:
        value = table.get(key)
        if value is None:
            return None
        if isinstance(value, str):
            value = [part.strip() for part in value.split(",") if part.strip()]
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.problem(key, "must be a list of strings")
            return None
        return tuple(value)

    def rule_ids(self, table: Mapping[str, Any], key: str) -> tuple[str, ...]:
        from factcheck.rules import canonical_id, known_ids

        ids = self.strings(table, key) or ()
        for rule_id in ids:
            if canonical_id(rule_id) is None:
                self.problem(key, f"unknown rule '{rule_id}'{_suggest(rule_id, known_ids())}")
        return ids

    def config(self, table: Any) -> Config:
        from factcheck.rules import RULES_BY_ID, canonical_id, known_ids

        for key in table:
            if key not in KEYS:
                self.problem(key, f"unknown key{_suggest(key, KEYS)}")
        paths = self.strings(table, "paths") or ("claims",)
        fail_on = table.get("fail-on", "error")
        if fail_on not in FAIL_ON_CHOICES:
            self.problem("fail-on", f"must be one of {', '.join(FAIL_ON_CHOICES)}")
            fail_on = "error"
        text = table.get("text")
        if text is not None and not isinstance(text, str):
            self.problem("text", "must be the path of the article text")
            text = None
        severity: dict[str, Severity] = {}
        for rule_id, level in _table(table.get("severity")).items():
            current = canonical_id(rule_id)  # a former id (alias) configures the rule it became
            if current is None:
                self.problem(rule_id, f"unknown rule{_suggest(rule_id, known_ids())}", "severity")
            elif level not in ("error", "warning", "info"):
                self.problem(rule_id, "severity must be error, warning or info", "severity")
            else:
                severity[current] = Severity(level)
        options: dict[str, dict[str, Any]] = {}
        for rule_id, values in _table(table.get("options")).items():
            current = canonical_id(rule_id)
            rule = None if current is None else RULES_BY_ID[current]
            if rule is None:
                self.problem(rule_id, f"unknown rule{_suggest(rule_id, known_ids())}", "options")
                continue
            if not isinstance(values, dict):
                self.problem(rule_id, "must be a table of option = value", "options")
                continue
            for name, value in values.items():
                if name not in rule.options:
                    known = f"; {rule_id} has {', '.join(rule.options)}" if rule.options else f"; {rule_id} has none"
                    self.problem(name, f"unknown option{known}", f"options.{rule_id}")
                elif type(value) is not type(rule.options[name]) and not (
                    isinstance(value, int | float) and isinstance(rule.options[name], float)
                ):
                    self.problem(name, f"must be a {type(rule.options[name]).__name__}", f"options.{rule_id}")
                else:
                    options.setdefault(rule.id, {})[name] = value
        select, ignore = self.rule_ids(table, "select"), self.rule_ids(table, "ignore")
        limits = self.limits(table.get("limits"))
        archive = self.archive(table.get("archive"))
        fail_on_guessed = table.get("fail-on-guessed", False)
        if not isinstance(fail_on_guessed, bool):
            self.problem("fail-on-guessed", "must be true or false")
            fail_on_guessed = False
        if self.problems:
            raise InputError(self.problems)
        return Config(
            source=self.path, paths=paths, fail_on=fail_on, select=select, ignore=ignore, severity=severity,
            options=options, text=text, limits=limits, archive=archive, fail_on_guessed=fail_on_guessed,
        )

    def archive(self, table: Any) -> ArchiveConfig | None:
        if table is None:
            return None
        if not isinstance(table, dict):
            self.problem("archive", "must be a table: [archive] with url and registry")
            return None
        for key, value in table.items():
            if key not in ARCHIVE_KEYS:
                self.problem(key, f"unknown key{_suggest(key, ARCHIVE_KEYS)}", "archive")
            elif not isinstance(value, str) or not value.strip():
                self.problem(key, "must be text: " + ("sqlite:///PATH or postgresql://HOST/DB" if key == "url"
                                                      else "the path of the registry file or folder"), "archive")
        url, registry = table.get("url"), table.get("registry")
        if isinstance(url, str) and url.strip() and not url.startswith(("sqlite:///", "postgresql://", "postgres://")):
            self.problem("url", "must start with sqlite:/// (a file) or postgresql:// (a server)", "archive")
        return ArchiveConfig(url=url if isinstance(url, str) else None,
                             registry=registry if isinstance(registry, str) else None)

    def limits(self, table: Any) -> Limits:
        if table is None:
            return Limits()
        if not isinstance(table, dict):
            self.problem("limits", "must be a table: [limits] with claims-file-bytes and article-bytes")
            return Limits()
        values: dict[str, int] = {}
        for key, value in table.items():
            if key not in LIMIT_KEYS:
                self.problem(key, f"unknown limit{_suggest(key, LIMIT_KEYS)}", "limits")
            elif isinstance(value, bool) or not isinstance(value, int) or value < 1:
                self.problem(key, "must be a whole number of bytes, 1 or more (e.g. 67108864 for 64 MiB)", "limits")
            else:
                values[LIMIT_KEYS[key]] = value
        return Limits(**values)


def _table(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _suggest(word: str, choices: Any) -> str:
    near = difflib.get_close_matches(word, list(choices), n=1)
    return f"; did you mean '{near[0]}'?" if near else ""
