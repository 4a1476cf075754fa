"""Thin Typer commands: parse options, call the engine, render, exit. The only place that prints errors."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from factcheck import __version__
from factcheck.errors import ExitCode, InputError, UsageError

DEFAULT_CLAIMS_DIR = Path("claims")

app = typer.Typer(
    name="factcheck",
    help="Check the figures of a news article for consistency and sourcing, from its claims file.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class OutputFormat(str, Enum):
    """Formats of `verify`: text (coloured on a terminal, one line per finding otherwise) or json."""

    text = "text"
    json = "json"


class FailOn(str, Enum):
    """The lowest severity that makes `verify` exit 1."""

    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


_state = {"debug": False}


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit(ExitCode.CLEAN)


@app.callback()
def _options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show a traceback on internal errors.")] = False,
) -> None:
    _state["debug"] = debug


def _rule_ids(values: list[str] | None) -> list[str]:
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


def _use_colour() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def _write(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


@app.command()
def verify(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Claims files or folders (searched for *.yaml, *.yml). Default: claims/"),
    ] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.text,
    text: Annotated[
        Path | None, typer.Option("--text", help="The article text (overrides the file's article.text).")
    ] = None,
    fail_on: Annotated[FailOn, typer.Option("--fail-on", help="Lowest severity that fails the run.")] = FailOn.error,
    select: Annotated[
        list[str] | None, typer.Option("--select", help="Run only these rules (comma-separated ids).")
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option("--ignore", help="Skip these rules (comma-separated ids).")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing; only the exit code tells.")] = False,
) -> None:
    """Report consistency and sourcing problems in claims files."""
    from factcheck.engine import verify as run_verify
    from factcheck.reporters import renderer

    with _reported_errors():
        report = run_verify(
            paths or [DEFAULT_CLAIMS_DIR], text=text, select=_rule_ids(select), ignore=_rule_ids(ignore)
        )
    if not quiet:
        if output_format is OutputFormat.json:
            _write(renderer("json")(report))
        else:
            _write(renderer("terminal" if _use_colour() else "text")(report))
    failing = report.failing(fail_on.value)
    raise typer.Exit(ExitCode.FINDINGS if failing else ExitCode.CLEAN)


@app.command()
def sources(
    path: Annotated[Path, typer.Argument(help="A claims file.")],
    text: Annotated[Path | None, typer.Option("--text", help="The article text, to place every quote.")] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.text,
) -> None:
    """List every figure with its sourcing: who states it, whom it cites, where, and its findings."""
    from factcheck.engine import article_for, check_file, load_all, select_rules
    from factcheck.reporters import sources_report
    from factcheck.sourcing import sourcing_rows

    rows = []
    with _reported_errors():
        for claims_file in load_all([path]):
            article = article_for(claims_file, text)
            findings, _ = check_file(claims_file, article, select_rules())
            rows.extend(sourcing_rows(claims_file, article, findings))
    if output_format is OutputFormat.json:
        _write(sources_report.render_json(rows))
    elif _use_colour():
        _write(sources_report.render_terminal(rows))
    else:
        _write(sources_report.render_text(rows))


class RulesFormat(str, Enum):
    """Formats of `rules`: a table, JSON, or the Markdown reference in docs/rules.md."""

    text = "text"
    json = "json"
    markdown = "markdown"


@app.command()
def rules(
    output_format: Annotated[RulesFormat, typer.Option("--format", "-f", help="Output format.")] = RulesFormat.text,
) -> None:
    """List every rule with its default severity and what it finds."""
    import json

    from factcheck.rules import RULES

    if output_format is RulesFormat.markdown:
        from factcheck.rules.base import rules_markdown

        _write(rules_markdown(RULES))
        return
    if output_format is RulesFormat.json:
        listing = [
            {"id": r.id, "severity": r.default_severity.value, "summary": r.summary, "needs_text": r.needs_text}
            for r in RULES
        ]
        _write(json.dumps(listing, ensure_ascii=False, indent=2) + "\n")
        return
    width = max(len(r.id) for r in RULES)
    for rule in RULES:
        needs = "  (needs article text)" if rule.needs_text else ""
        _write(f"{rule.id:<{width}}  {rule.default_severity.value:<7}  {rule.summary}{needs}\n")


@app.command()
def explain(rule_id: Annotated[str, typer.Argument(metavar="RULE", help="A rule id, e.g. period-conflict.")]) -> None:
    """Print a rule's documentation: what it checks, why, examples, tolerance, how to silence it."""
    from factcheck.engine import select_rules

    with _reported_errors():
        (rule,) = select_rules([rule_id])
    _write(f"{rule.id} ({rule.default_severity.value})\n\n{rule.doc}\n")


def _fail(code: ExitCode, message: str) -> NoReturn:
    sys.stderr.write(message.rstrip("\n") + "\n")
    raise typer.Exit(int(code))


@contextlib.contextmanager
def _reported_errors() -> Iterator[None]:
    """Turn every failure of a command into a one-line message and its exit code: never a traceback."""
    try:
        yield
    except InputError as error:
        _fail(ExitCode.BAD_INPUT, str(error))
    except UsageError as error:
        _fail(ExitCode.BAD_INPUT, f"factcheck: error: {error}")
    except (typer.Exit, typer.Abort):
        raise
    except Exception as error:
        if _state["debug"]:
            raise
        _fail(ExitCode.INTERNAL_ERROR, f"factcheck: internal error: {type(error).__name__}: {error}; this is a "
                                       "bug in factcheck: rerun with --debug and report the traceback")


def main() -> None:
    """The `factcheck` command."""
    try:
        app()
    except BrokenPipeError:  # `factcheck verify | head`
        sys.stderr.close()
        raise SystemExit(int(ExitCode.CLEAN)) from None
