"""Thin Typer commands: parse options, call the engine, render, exit. The only place that prints errors."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from factcheck import __version__
from factcheck.errors import ExitCode, InputError, UsageError

if TYPE_CHECKING:
    from factcheck.cache import ResultCache
    from factcheck.config import Config
    from factcheck.engine import Run, Settings
    from factcheck.findings import Report

DEFAULT_CLAIMS_DIR = Path("claims")

app = typer.Typer(
    name="factcheck",
    help="Check the figures of a news article for consistency and sourcing, from its claims file.",
    no_args_is_help=True,
    add_completion=True,  # --install-completion, --show-completion: typer imports its completion code anyway
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class OutputFormat(str, Enum):
    """Formats of `verify`: text (coloured on a terminal, one line per finding otherwise) and the CI formats."""

    text = "text"
    json = "json"
    sarif = "sarif"
    junit = "junit"
    github = "github"
    markdown = "markdown"


class ListFormat(str, Enum):
    """Formats of `sources`."""

    text = "text"
    json = "json"


class Colour(str, Enum):
    """When to colour the output: auto (a terminal, unless NO_COLOR; FORCE_COLOR forces it), always, never."""

    auto = "auto"
    always = "always"
    never = "never"


ColourOption = Annotated[
    Colour, typer.Option("--color", "--colour", help="Colour the output: auto (a terminal; NO_COLOR and "
                         "FORCE_COLOR respected), always or never. The layout stays the same either way.")
]


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


def _on_terminal() -> bool:
    """The layout: panels and tables on a terminal, one line per item otherwise (colour never changes it)."""
    return sys.stdout.isatty()


def _use_colour(choice: Colour) -> bool:
    """Colour per --color, then the conventions: NO_COLOR wins over FORCE_COLOR, which wins over detection."""
    if choice is not Colour.auto:
        return choice is Colour.always
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR", "0") not in ("", "0", "false"):
        return True
    return sys.stdout.isatty() and os.environ.get("TERM") != "dumb"


def _write(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def _from_config(config: Config, value: str) -> Path:
    """A path written in the configuration: relative to the configuration file, shown relative to here."""
    if config.source is None:
        return Path(value)
    path = (config.source.parent / value).resolve()
    try:
        return path.relative_to(Path.cwd().resolve())
    except ValueError:
        return path


ConfigOption = Annotated[
    Path | None, typer.Option("--config", help="A .factcheck.toml or pyproject.toml (default: the nearest one).")
]


def _load_config(path: Path | None) -> Config:
    """The configuration, whose [limits] then apply to every file this run reads."""
    from factcheck.config import find_config, load_config
    from factcheck.textfile import use_limits

    config = load_config(path if path is not None else find_config(Path.cwd()))
    use_limits(config.limits)
    return config


def _settings(
    config: Config, text: Path | None, select: list[str] | None = None, ignore: list[str] | None = None,
    *, detail: bool = False,
) -> Settings:
    """The effective configuration every command runs the engine with: options override the file."""
    from factcheck.engine import Settings

    return Settings(
        select=tuple(_rule_ids(select)) or config.select, ignore=tuple(_rule_ids(ignore)) or config.ignore,
        options=config.options, severity=config.severity,
        text=text or (_from_config(config, config.text) if config.text else None), detail=detail,
        limits=config.limits,
    )


def _cache(config: Config, enabled: bool) -> ResultCache | None:
    if not enabled:
        return None
    from factcheck.cache import ResultCache, cache_folder

    return ResultCache(cache_folder(config.source))


def _run_one(path: Path, config: Config, text: Path | None, *, detail: bool, cached: bool = True) -> Run:
    """The engine's run of one claims file (or folder) under the configuration, as `verify` would run it."""
    from factcheck.engine import run

    return run([path], _settings(config, text, detail=detail), cache=_cache(config, cached),
               fail_on=config.fail_on)


JobsOption = Annotated[
    int | None,
    typer.Option("--jobs", "-j", min=1, help="Check this many files at once [default: the machine's cores]."),
]
NoCacheOption = Annotated[
    bool, typer.Option("--no-cache", help="Neither read nor write the result cache (.factcheck_cache/).")
]


@app.command()
def verify(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Claims files or folders (searched for *.yaml, *.yml). Default: claims/"),
    ] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.text,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the output to a file.")] = None,
    sarif: Annotated[Path | None, typer.Option("--sarif", help="Also write SARIF 2.1.0 to this file.")] = None,
    junit: Annotated[Path | None, typer.Option("--junit", help="Also write JUnit XML to this file.")] = None,
    markdown: Annotated[
        Path | None, typer.Option("--markdown", help="Also write a Markdown pull-request comment to this file.")
    ] = None,
    sarif_omit_reviewed: Annotated[
        bool, typer.Option("--sarif-omit-reviewed", help="Leave reviewed findings out of the SARIF output "
                           "(GitHub code scanning ignores suppressions and would show them as open alerts).")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite existing output files.")] = False,
    text: Annotated[
        Path | None, typer.Option("--text", help="The article text (overrides the file's article.text).")
    ] = None,
    fail_on: Annotated[
        FailOn | None, typer.Option("--fail-on", help="Lowest severity that fails the run [default: error].")
    ] = None,
    select: Annotated[
        list[str] | None, typer.Option("--select", help="Run only these rules (comma-separated ids).")
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option("--ignore", help="Skip these rules (comma-separated ids).")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print no findings; the exit code tells. Problems "
                                        "with the input are still printed on stderr.")] = False,
    colour: ColourOption = Colour.auto,
    config_path: ConfigOption = None,
    jobs: JobsOption = None,
    no_cache: NoCacheOption = False,
    fail_on_guessed: Annotated[
        bool, typer.Option("--fail-on-guessed", help="Fail while any claim still lists a guessed field "
                           "(`guessed:`, written by `extract`); a journalist deletes each guess once confirmed.")
    ] = False,
) -> None:
    """Report consistency and sourcing problems in claims files."""
    from factcheck.engine import default_jobs, run
    from factcheck.output import check_writable, write_atomically
    from factcheck.reporters import renderer

    with _reported_errors():
        config = _load_config(config_path)
        targets = [path for path in (output, sarif, junit, markdown) if path is not None]
        for number, path in enumerate(targets):
            if any(os.path.abspath(path) == os.path.abspath(other) for other in targets[:number]):
                raise UsageError(f"{path} is named for two outputs; give each format its own file")
            check_writable(path, force=force)
        report = run(
            paths or [_from_config(config, p) for p in config.paths],
            _settings(config, text, select, ignore),
            jobs=jobs or default_jobs(),
            cache=_cache(config, not no_cache),
            fail_on=fail_on.value if fail_on else config.fail_on,
        ).report
        sarif_report = report.without_reviewed() if sarif_omit_reviewed else report
        if output_format is OutputFormat.text:
            rendered = _text(report, terminal=output is None and _on_terminal(),
                             colour=output is None and _use_colour(colour))
        else:
            rendered = renderer(output_format.value)(sarif_report if output_format is OutputFormat.sarif else report)
        if output is not None:
            write_atomically(output, rendered, force=force)
        elif not quiet:
            _write(rendered)
        for target, format_name, rendered_report in (
            (sarif, "sarif", sarif_report), (junit, "junit", report), (markdown, "markdown", report),
        ):
            if target is not None:
                write_atomically(target, renderer(format_name)(rendered_report), force=force)
    guesses_fail = (fail_on_guessed or config.fail_on_guessed) and report.guessed > 0
    raise typer.Exit(ExitCode.FINDINGS if report.failing() or guesses_fail else ExitCode.CLEAN)


def _text(report: Report, *, terminal: bool, colour: bool) -> str:
    if terminal:
        from factcheck.reporters import terminal_report

        return terminal_report.render(report, colour=colour)
    from factcheck.reporters import text_report

    return text_report.render(report, colour=colour)


class ReviewStatus(str, Enum):
    """An editor's decision on a finding."""

    accepted = "accepted"
    false_positive = "false-positive"


@app.command()
def review(
    path: Annotated[Path, typer.Argument(help="The claims file.")],
    fingerprint: Annotated[str, typer.Argument(help="The finding's fingerprint, as `verify` prints it.")],
    status: Annotated[ReviewStatus, typer.Option("--status", help="accepted: the finding stands, the article says "
                                                 "why; false-positive: the check is wrong here.")],
    by: Annotated[str, typer.Option("--by", help="Who decides (the editor's name).")],
    note: Annotated[str | None, typer.Option("--note", help="Why: shown with the finding from now on.")] = None,
    text_path: Annotated[
        Path | None, typer.Option("--text", help="The article text, for findings that need it.")
    ] = None,
    config_path: ConfigOption = None,
) -> None:
    """Record an editor's decision on a finding in the claims file; nothing else in the file changes."""
    import datetime

    from factcheck.engine import article_for, check_claims_file
    from factcheck.loader import load_claims_text, read_claims_text
    from factcheck.review_writer import append_review, locked, write_claims_text

    with _reported_errors():
        config = _load_config(config_path)
        # the lock serialises concurrent runs: each reads the file as the previous one left it
        with locked(path) as target:
            text = read_claims_text(path)
            claims_file = load_claims_text(path, text)
            # the findings `verify` reports under the same configuration: those are the ones an editor reviews
            result = check_claims_file(claims_file, article_for(claims_file, _settings(config, text_path).text),
                                       _settings(config, text_path))
            live = {f.fingerprint: f for f in result.findings if f.rule != "stale-review"}
            wanted = fingerprint.strip().lower()
            if wanted not in live:
                current = ", ".join(f"{fp} ({f.rule})" for fp, f in sorted(live.items())) or "none"
                raise UsageError(f"no finding has fingerprint '{fingerprint}' in {path}; current findings: {current}")
            finding = live[wanted]
            existing = next((r for r in claims_file.reviews if finding.answers_to(r.finding)), None)
            if existing is not None:
                raise UsageError(f"{wanted} is already reviewed at {path}:{existing.position.line}; edit that review")
            fields = [("finding", wanted), ("rule", finding.rule), ("status", status.value), ("by", by),
                      ("date", datetime.date.today().isoformat())]
            if note:
                fields.append(("note", note))
            updated = append_review(path, text, fields)
            write_claims_text(path, target, updated)
        _write(f"{path}: recorded {status.value} by {by} for {wanted} ({finding.rule}: {finding.message})\n")


class ExtractFormat(str, Enum):
    """Formats of `extract`: a draft claims file, or the figures as JSON."""

    yaml = "yaml"
    json = "json"


class Language(str, Enum):
    """How the article's numbers are written."""

    auto = "auto"
    ru = "ru"
    en = "en"


@app.command()
def extract(
    article: Annotated[Path, typer.Argument(help="The article: plain text or Markdown.")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the claims file here.")] = None,
    language: Annotated[Language, typer.Option("--language", help="ru, en, or auto (detect).")] = Language.auto,
    output_format: Annotated[ExtractFormat, typer.Option("--format", "-f", help="Output format.")] = ExtractFormat.yaml,
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date, YYYY-MM-DD (default: today).")
    ] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="The outlet's name (its own voice).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing output file.")] = False,
) -> None:
    """Draft a claims file from an article: every figure, its period, kind, speaker, metric and quote."""
    import datetime
    import json

    from factcheck.article import ArticleText
    from factcheck.claims_writer import NO_FIGURES, article_reference, render_claims_file
    from factcheck.extract import extract as run_extract
    from factcheck.loader import load_claims_text
    from factcheck.output import check_writable, write_atomically

    with _reported_errors():
        _load_config(None)
        if output is not None:
            check_writable(output, force=force)
        try:
            when = datetime.date.fromisoformat(published) if published else None
        except ValueError:
            raise UsageError(f"--published '{published}' is not a date; write YYYY-MM-DD") from None
        text = ArticleText.read(article)
        extraction = run_extract(text, language=language.value, published=when, outlet=outlet)
        if output_format is ExtractFormat.json:
            rendered = json.dumps({"version": 1, "figures": [f.to_dict() for f in extraction.figures]},
                                  ensure_ascii=False, indent=2) + "\n"
        else:
            reference = article_reference(article, output)
            rendered = render_claims_file(extraction, reference, datetime.date.today())
            # the draft must load, as it would where it is written (so its article path resolves)
            load_claims_text(output if output is not None else Path("extracted-claims.yaml"), rendered)
        if output is not None:
            write_atomically(output, rendered, force=force)
            if extraction.figures:
                _write(f"{output}: {len(extraction.figures)} figures drafted; check the lines marked '# check:'\n")
            else:
                _write(f"{output}: {NO_FIGURES}\n")
        else:
            _write(rendered)
            if not extraction.figures:
                typer.echo(f"{article}: {NO_FIGURES}", err=True)


@app.command()
def report(
    path: Annotated[Path, typer.Argument(help="A claims file.")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="The HTML file to write.")] = None,
    text: Annotated[Path | None, typer.Option("--text", help="The article text (overrides article.text).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing output file.")] = False,
    config_path: ConfigOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Write a self-contained HTML page for editors: the article with its figures marked, findings, sources."""
    from factcheck.output import check_writable, write_atomically
    from factcheck.report_page import build_page, page_title
    from factcheck.reporters.html_report import render_page

    with _reported_errors():
        if output is not None:
            check_writable(output, force=force)
        if path.is_dir():
            raise UsageError(f"{path} is a folder; name one claims file")
        outcome = _run_one(path, _load_config(config_path), text, detail=True, cached=not no_cache)
        (result,) = outcome.results
        page = build_page(result, result.article, outcome.report)
        rendered = render_page(page, page_title(path, page), result.language)
        if output is None:
            _write(rendered)
        else:
            write_atomically(output, rendered, force=force)
            _write(f"{output}: {len(page.figures)} figures marked, {len(outcome.report.findings)} findings\n")


@app.command("check")
def check(
    article: Annotated[Path, typer.Argument(help="The article: plain text or Markdown.")],
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.text,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the output to a file.")] = None,
    html: Annotated[Path | None, typer.Option("--html", help="Also write the HTML report to this file.")] = None,
    language: Annotated[Language, typer.Option("--language", help="ru, en, or auto (detect).")] = Language.auto,
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date, YYYY-MM-DD (default: the dateline, else "
                                 "today).")
    ] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="The outlet's name (its own voice).")] = None,
    fail_on: Annotated[
        FailOn | None, typer.Option("--fail-on", help="Lowest severity that fails the run [default: error].")
    ] = None,
    fail_on_guessed: Annotated[
        bool, typer.Option("--fail-on-guessed", help="Fail while any claim of the draft still carries a guess.")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite existing output files.")] = False,
    colour: ColourOption = Colour.auto,
    config_path: ConfigOption = None,
) -> None:
    """Extract and verify an article in memory: its findings, located in the article; nothing else is written."""
    import datetime

    from factcheck.check_article import check_article
    from factcheck.output import check_writable, write_atomically
    from factcheck.reporters import renderer

    with _reported_errors():
        config = _load_config(config_path)
        for target in (output, html):
            if target is not None:
                check_writable(target, force=force)
        if output is not None and html is not None and os.path.abspath(output) == os.path.abspath(html):
            raise UsageError(f"{output} is named for two outputs; give each its own file")
        try:
            when = datetime.date.fromisoformat(published) if published else None
        except ValueError:
            raise UsageError(f"--published '{published}' is not a date; write YYYY-MM-DD") from None
        outcome = check_article(article, _settings(config, None, detail=html is not None), language=language.value,
                                published=when, outlet=outlet, fail_on=fail_on.value if fail_on else config.fail_on)
        report = outcome.report
        if output_format is OutputFormat.text:
            rendered = _text(report, terminal=output is None and _on_terminal(),
                             colour=output is None and _use_colour(colour))
        else:
            rendered = renderer(output_format.value)(report)
        if output is not None:
            write_atomically(output, rendered, force=force)
        else:
            _write(rendered)
        if html is not None:
            from factcheck.report_page import build_page, page_title
            from factcheck.reporters.html_report import render_page

            (result,) = outcome.results
            page = build_page(result, result.article, report)
            write_atomically(html, render_page(page, page_title(article, page), result.language), force=force)
    guesses_fail = (fail_on_guessed or config.fail_on_guessed) and report.guessed > 0
    raise typer.Exit(ExitCode.FINDINGS if report.failing() or guesses_fail else ExitCode.CLEAN)


@app.command("config")
def show_config(config_path: ConfigOption = None) -> None:
    """Print the effective configuration and where it comes from."""
    with _reported_errors():
        _write(_load_config(config_path).to_toml())


@app.command()
def sources(
    path: Annotated[Path, typer.Argument(help="A claims file.")],
    text: Annotated[Path | None, typer.Option("--text", help="The article text, to place every quote.")] = None,
    output_format: Annotated[ListFormat, typer.Option("--format", "-f", help="Output format.")] = ListFormat.text,
    colour: ColourOption = Colour.auto,
    config_path: ConfigOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """List every figure with its sourcing: who states it, whom it cites, where, and its findings."""
    from factcheck.reporters import sources_report

    with _reported_errors():
        outcome = _run_one(path, _load_config(config_path), text, detail=True, cached=not no_cache)
        rows = [row for result in outcome.results for row in result.sources]
    if output_format is ListFormat.json:
        _write(sources_report.render_json(rows))
    elif _on_terminal():
        _write(sources_report.render_terminal(rows, colour=_use_colour(colour)))
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
    """Turn every failure of a command into a one-line message and its exit code: never a traceback.

    Warnings about the input (two reviews of one finding) are printed on stderr, once each, when it ends.
    """
    import warnings

    from factcheck.errors import InputWarning

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", InputWarning)
        try:
            with _failures_reported():
                yield
        finally:
            shown: set[str] = set()
            for warning in caught:
                message = str(warning.message)
                if isinstance(warning.message, InputWarning) and message not in shown:
                    shown.add(message)
                    sys.stderr.write(message + "\n")


@contextlib.contextmanager
def _failures_reported() -> Iterator[None]:
    try:
        yield
    except InputError as error:
        _fail(ExitCode.BAD_INPUT, str(error))
    except UsageError as error:
        _fail(ExitCode.BAD_INPUT, f"factcheck: error: {error}")
    except (typer.Exit, typer.Abort):
        raise
    except OSError as error:  # the operating system's refusal (permission, disk full, read-only): not a bug
        where = error.filename if error.filename is not None else "factcheck"
        _fail(ExitCode.BAD_INPUT, f"{where}: error: {error.strerror or error}; check the file, its folder and "
                                  "the free space")
    except Exception as error:
        if _state["debug"]:
            raise
        _fail(ExitCode.INTERNAL_ERROR, f"factcheck: internal error: {type(error).__name__}: {error}; this is a "
                                       "bug in factcheck: rerun with --debug and report the traceback")


@contextlib.contextmanager
def _only_the_invoked_command(args: list[str]) -> Iterator[None]:
    """Let Typer build only the command being run: building all of them costs more than checking a file.

    The command is the first argument after the group's flags (`--debug`). Anything else (no command, help
    or completion of the group, a misspelt command that gets suggestions) builds every command as usual.
    """
    everything = app.registered_commands
    name = next((arg for arg in args if not arg.startswith("-")), None)
    chosen = [info for info in everything if _command_name(info) == name]
    completing = any(key.startswith("_") and key.endswith("_COMPLETE") for key in os.environ)
    if len(chosen) != 1 or completing or "--install-completion" in args or "--show-completion" in args:
        yield
        return
    app.registered_commands = chosen
    try:
        yield
    finally:
        app.registered_commands = everything


def _command_name(info: typer.models.CommandInfo) -> str | None:
    """The name Typer gives a command: the one registered, else the function's with "_" as "-"."""
    if info.name:
        return info.name
    return info.callback.__name__.lower().replace("_", "-") if info.callback is not None else None


def _terminated(signal_number: int, frame: object) -> None:
    raise SystemExit(128 + signal_number)


def main() -> None:
    """The `factcheck` command."""
    import signal

    # SIGTERM (a CI job cancelled, `timeout`) unwinds like Ctrl-C, so a write in progress removes its temporary file
    signal.signal(signal.SIGTERM, _terminated)
    try:
        with _only_the_invoked_command(sys.argv[1:]):
            app()
    except BrokenPipeError:  # `factcheck verify | head`
        sys.stderr.close()
        raise SystemExit(int(ExitCode.CLEAN)) from None
