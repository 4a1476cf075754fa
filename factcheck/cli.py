"""Thin Typer commands: parse options, call the engine, render, exit. The only place that prints errors."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Callable, Iterator
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from factcheck import __version__
from factcheck.errors import ExitCode, InputError, UsageError

if TYPE_CHECKING:
    import datetime

    from factcheck.archive.store import Store
    from factcheck.cache import ResultCache
    from factcheck.config import Config
    from factcheck.engine import Run, Settings
    from factcheck.findings import Finding, Report

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
        bool, typer.Option("--version", "-V", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show a traceback on internal errors.")] = False,
) -> None:
    _state["debug"] = debug


def _dash_is_standard_output(path: Path | None) -> Path | None:
    """`-o -` prints, as `-` means standard output to every Unix tool, rather than writing a file named '-'."""
    return None if path is not None and str(path) == "-" else path


def _output_option(help_text: str) -> Any:  # typer.Option is typed Any
    """`--output`/`-o` of a command that otherwise prints."""
    return typer.Option("--output", "-o", help=f"{help_text} '-' prints it.", callback=_dash_is_standard_output)


def _rule_ids(values: list[str] | None) -> list[str]:
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


def _on_terminal() -> bool:
    """The layout: panels and tables on a terminal, one line per item otherwise (colour never changes it)."""
    return sys.stdout is not None and sys.stdout.isatty()  # None: started with standard output closed


def _use_colour(choice: Colour) -> bool:
    """Colour per --color, then the conventions: NO_COLOR wins over FORCE_COLOR, which wins over detection."""
    if choice is not Colour.auto:
        return choice is Colour.always
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR", "0") not in ("", "0", "false"):
        return True
    return _on_terminal() and os.environ.get("TERM") != "dumb"


def _write(text: str) -> None:
    """Print on standard output; a reader that left (`| head`) is no error, a stream that takes nothing is.

    The exit code keeps saying what the run found when the output cannot be printed: a closed or full standard
    output is a UsageError (exit 2), never a traceback, and a reader gone leaves the verdict as it is.
    """
    stream = sys.stdout
    try:
        if stream is None:
            raise OSError(errno.EBADF, "it is closed")
        stream.write(text)
        stream.flush()
    except BrokenPipeError:
        _discard_stream(1)
    except (OSError, ValueError) as error:
        _discard_stream(1)
        reason = error.strerror if isinstance(error, OSError) and error.strerror else "it is closed"
        raise UsageError(f"cannot write to standard output ({reason}); redirect it to a file or use --output"
                         ) from None


def _discard_stream(descriptor: int) -> None:
    """Point a standard stream that failed at the null device, so what it still buffers is flushed away.

    Python flushes stdout and stderr once more at exit and exits 120 when that fails; after this it cannot fail.
    """
    with contextlib.suppress(OSError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, descriptor)
        os.close(null)


def _write_error(text: str) -> None:
    """Print one line on standard error, if it takes it: a closed or full stderr must not change the exit code."""
    try:
        if sys.stderr is not None:
            sys.stderr.write(_printed_line(text))
            sys.stderr.flush()
    except (OSError, ValueError):
        _discard_stream(2)


def _from_config(config: Config, value: str) -> Path:
    """A path written in the configuration: relative to the configuration file, shown relative to here."""
    if config.source is None:
        return Path(value)
    path = (config.source.parent / value).resolve()
    try:
        return path.relative_to(Path.cwd().resolve())
    except ValueError:
        return path


def _naming_configuration(report: Report, config: Config) -> Report:
    """The report naming the configuration file the run used (relative to here when inside), or none."""
    import dataclasses

    if config.source is None:
        return report
    path = Path(os.path.abspath(config.source))
    try:
        shown = path.relative_to(Path.cwd().resolve())
    except ValueError:
        shown = path
    return dataclasses.replace(report, configuration=str(shown))


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
    output: Annotated[Path | None, _output_option("Write the output to a file.")] = None,
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
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print the findings only, one line each: no summary, "
                                        "no panels.")] = False,
    silent: Annotated[bool, typer.Option("--silent", "-s", help="Print nothing; the exit code tells. Problems with "
                                         "the input are still printed on stderr.")] = False,
    statistics: Annotated[bool, typer.Option("--statistics", help="Print how many findings each rule gave (count, "
                                             "rule, severity, summary) instead of the findings.")] = False,
    list_files: Annotated[bool, typer.Option("--list-files", help="Print the claims files that would be checked, "
                                             "one per line, and exit.")] = False,
    colour: ColourOption = Colour.auto,
    config_path: ConfigOption = None,
    jobs: JobsOption = None,
    no_cache: NoCacheOption = False,
    archive: Annotated[bool, typer.Option("--archive", help="Also check against the archive of published "
                                          "articles (on whenever the configuration has [archive]); no cache.")] = False,
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
        named = paths or [_from_config(config, p) for p in config.paths]
        reads_stdin = STDIN in named
        if reads_stdin and len(named) > 1:
            raise UsageError("'-' reads one claims file from standard input; name no other path with it")
        if list_files:
            from factcheck.loader import find_claims_files

            listed = [STDIN_NAME] if reads_stdin else [str(path) for path in find_claims_files(named)]
            if not silent:
                _write("".join(f"{name}\n" for name in listed))
            raise typer.Exit(ExitCode.CLEAN)
        if statistics and output_format not in (OutputFormat.text, OutputFormat.json):
            raise UsageError(f"--statistics prints text or JSON, not {output_format.value}; drop one of the two")
        targets = [path for path in (output, sarif, junit, markdown) if path is not None]
        for number, path in enumerate(targets):
            if any(os.path.abspath(path) == os.path.abspath(other) for other in targets[:number]):
                raise UsageError(f"{path} is named for two outputs; give each format its own file")
            check_writable(path, force=force)
        settings = _settings(config, text, select, ignore)
        verdict_at = fail_on.value if fail_on else config.fail_on
        if reads_stdin:
            from factcheck.engine import run_text

            report = run_text(Path(STDIN_NAME), _standard_input(), settings, fail_on=verdict_at).report
        elif archive or config.archive is not None:
            report = _archive_run(config, named, settings, verdict_at)
        else:
            report = run(named, settings, jobs=jobs or default_jobs(), cache=_cache(config, not no_cache),
                         fail_on=verdict_at).report
        report = _naming_configuration(report, config)
        sarif_report = report.without_reviewed() if sarif_omit_reviewed else report
        if statistics:
            from factcheck.reporters import statistics_report

            rendered = (statistics_report.render_json(report) if output_format is OutputFormat.json
                        else statistics_report.render(report))
        elif output_format is OutputFormat.text and quiet:
            from factcheck.reporters import text_report

            rendered = text_report.render(report, colour=output is None and _use_colour(colour), summary_line=False)
        else:
            rendered = _rendered(sarif_report if output_format is OutputFormat.sarif else report, output_format,
                                 output, colour)
        _deliver(rendered, output, force=force, silent=silent)
        for target, format_name, rendered_report in (
            (sarif, "sarif", sarif_report), (junit, "junit", report), (markdown, "markdown", report),
        ):
            if target is not None:
                write_atomically(target, renderer(format_name)(rendered_report), force=force)
    raise typer.Exit(_verdict(report, fail_on_guessed or config.fail_on_guessed))


STDIN = Path("-")  # as a path: the claims file comes from standard input
STDIN_NAME = "<stdin>"  # how messages and reports name it


def _standard_input() -> str:
    """The claims file piped in, read up to the claims-file limit and checked to be UTF-8."""
    from factcheck.textfile import decode_utf8, limits

    where = Path(STDIN_NAME)
    if sys.stdin is None:
        raise InputError.single(where, "standard input is closed; pipe a claims file in or name one")
    cap = limits().claims_file_bytes
    raw = sys.stdin.buffer.read(cap + 1)
    if len(raw) > cap:
        raise InputError.single(where, f"claims file is larger than {cap:,} bytes; raise 'claims-file-bytes' under "
                                       "[limits] in the configuration if it really is this long", 1, 1)
    return decode_utf8(where, raw, "claims file")


def _rendered(report: Report, output_format: OutputFormat, output: Path | None, colour: Colour) -> str:
    """The report in the chosen format; text for a terminal when it goes to one."""
    if output_format is OutputFormat.text:
        return _text(report, terminal=output is None and _on_terminal(), colour=output is None and _use_colour(colour))
    from factcheck.reporters import renderer

    return renderer(output_format.value)(report)


def _deliver(rendered: str, output: Path | None, *, force: bool, silent: bool = False) -> None:
    """Write the rendered report to its file, or print it unless the run is silent."""
    if output is not None:
        from factcheck.output import write_atomically

        write_atomically(output, rendered, force=force)
    elif not silent:
        _write(rendered)


def _verdict(report: Report, fail_on_guessed: bool) -> ExitCode:
    """Findings at the failing severity fail a run, and so do guesses left in a draft when asked to."""
    return ExitCode.FINDINGS if report.failing() or (fail_on_guessed and report.guessed > 0) else ExitCode.CLEAN


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
    fingerprint: Annotated[str | None, typer.Argument(help="The finding's fingerprint as `verify` prints it, or "
                                                       "its first 6 or more hex digits.")] = None,
    status: Annotated[ReviewStatus | None, typer.Option("--status", help="accepted: the finding stands, the "
                                                        "article says why; false-positive: the check is wrong "
                                                        "here.")] = None,
    by: Annotated[str | None, typer.Option("--by", help="Who decides [default: FACTCHECK_EDITOR, else git "
                                           "config user.name, else the login name].")] = None,
    note: Annotated[str | None, typer.Option("--note", help="Why: shown with the finding from now on.")] = None,
    move: Annotated[tuple[str, str] | None, typer.Option("--move", metavar="OLD NEW", help="Move the review of "
                                                         "OLD (a stale one) to the finding NEW.")] = None,
    remove: Annotated[str | None, typer.Option("--remove", metavar="FINGERPRINT", help="Remove the review of "
                                               "this fingerprint (the finding is open again).")] = None,
    text_path: Annotated[
        Path | None, typer.Option("--text", help="The article text, for findings that need it.")
    ] = None,
    config_path: ConfigOption = None,
) -> None:
    """Record, move or remove an editor's decision on a finding; nothing else in the claims file changes."""
    from factcheck.review_writer import move_decision, record_decision, remove_decision

    with _reported_errors():
        config = _load_config(config_path)
        if remove is not None and (move is not None or fingerprint is not None):
            raise UsageError("--remove takes the review's fingerprint alone; give no FINGERPRINT or --move with it")
        if move is not None and fingerprint is not None:
            raise UsageError("--move takes OLD and NEW; give no FINGERPRINT with it")
        if remove is not None:
            done = remove_decision(path, remove)
        elif move is not None:
            done = move_decision(path, move[0], move[1], _live_findings(config, text_path))
        elif fingerprint is None:
            raise UsageError("name the finding to decide (its fingerprint), or give --move OLD NEW or --remove FP")
        elif status is None:
            raise UsageError("give --status accepted (the finding stands) or --status false-positive")
        else:
            done = record_decision(path, fingerprint, status.value, _editor(by), note,
                                   _live_findings(config, text_path))
        _write(_printed_line(done))


def _editor(by: str | None) -> str:
    from factcheck.review_writer import checked_name, editor_name

    name = by.strip() if by is not None else editor_name()
    if not name:
        raise UsageError("who decides? give --by NAME or set FACTCHECK_EDITOR")
    return checked_name(name)


def _live_findings(config: Config, text_path: Path | None) -> Callable[[Path, str], dict[str, Finding]]:
    """The findings `verify` reports for a claims file's text under the configuration, by fingerprint."""

    def live(path: Path, text: str) -> dict[str, Finding]:
        from factcheck.engine import article_for, check_claims_file
        from factcheck.loader import load_claims_text

        claims_file = load_claims_text(path, text)
        settings = _settings(config, text_path)
        result = check_claims_file(claims_file, article_for(claims_file, settings.text), settings)
        return {f.fingerprint: f for f in result.findings if f.rule != "stale-review"}

    return live


def _claims_files_named(config: Config, paths: list[Path] | None) -> tuple[list[Path], list[Path]]:
    """The paths named (else the configured ones) and the claims files under them; none is a usage error."""
    from factcheck.loader import find_claims_files

    chosen = paths or [_from_config(config, p) for p in config.paths]
    files = find_claims_files(chosen)
    if not files:
        raise UsageError(f"no claims files (*.yaml, *.yml) under {', '.join(map(str, chosen))}")
    return chosen, files


@app.command()
def baseline(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Claims files or folders (searched for *.yaml, *.yml). Default: claims/"),
    ] = None,
    text: Annotated[Path | None, typer.Option("--text", help="The article text (overrides article.text).")] = None,
    config_path: ConfigOption = None,
) -> None:
    """Accept every current finding (by: baseline), so CI fails only on new ones; run again to add the new."""
    import datetime

    from factcheck.review_writer import append_review, decision_fields, edit_claims_file

    with _reported_errors():
        config = _load_config(config_path)
        _, files = _claims_files_named(config, paths)
        day = datetime.date.today().isoformat()
        total = 0
        unusable: list[InputError] = []  # a file that cannot be read is reported; the others are baselined
        for path in files:

            def accept_all(source: str, path: Path = path) -> tuple[str, int]:
                updated = source
                live = _live_findings(config, text)(path, source)
                fresh = [f for _, f in sorted(live.items()) if f.review is None]
                for finding in fresh:
                    updated = append_review(path, updated, decision_fields(
                        finding.fingerprint, finding.rule, "accepted", "baseline", day, f"baseline of {day}"))
                return updated, len(fresh)

            try:
                written = edit_claims_file(path, accept_all)
            except InputError as error:
                unusable.append(error)
                continue
            total += written
            if written:
                _write(f"{path}: {written} review{'s' if written != 1 else ''} written\n")
        done = len(files) - len(unusable)
        _write(f"baseline: {total} review{'s' if total != 1 else ''} written in {done} "
               f"file{'s' if done != 1 else ''}\n")
        if unusable:
            raise InputError([problem for error in unusable for problem in error.problems])


class ExtractFormat(str, Enum):
    """Formats of `extract`: a draft claims file, or the figures as JSON."""

    yaml = "yaml"
    json = "json"


class Language(str, Enum):
    """How the article's numbers are written."""

    auto = "auto"
    ru = "ru"
    en = "en"


def _publication_date(published: str | None) -> datetime.date | None:
    """`--published` as a date, in the years news is dated in (a dateline's): "0001-01-01" is no article's date.

    A date at the calendar's ends would put the periods a text names ("last year", "a week earlier") outside it.
    """
    import datetime

    from factcheck.not_figures import DATELINE_YEARS

    try:
        when = datetime.date.fromisoformat(published) if published else None
    except ValueError:
        raise UsageError(f"--published '{published}' is not a date; write YYYY-MM-DD") from None
    if when is not None and when.year not in DATELINE_YEARS:
        raise UsageError(f"--published '{published}' is no date of news; write a date from {DATELINE_YEARS[0]} to "
                         f"{DATELINE_YEARS[-1]}")
    return when


@app.command()
def extract(
    article: Annotated[Path, typer.Argument(help="The article: plain text or Markdown.")],
    output: Annotated[Path | None, _output_option("Write the claims file here.")] = None,
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
        when = _publication_date(published)
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
    archive: Annotated[bool, typer.Option("--archive", help="Also check against the archive of published "
                                          "articles (on whenever the configuration has [archive]).")] = False,
) -> None:
    """Write a self-contained HTML page for editors: the article with its figures marked, findings, sources.

    Without -o the page goes beside the claims file (NAME.html), or to standard output when that is not a
    terminal (`factcheck report x.yaml > page.html`).
    """
    from factcheck.loader import load_claims_file
    from factcheck.output import check_writable, write_atomically
    from factcheck.report_page import build_page, page_title
    from factcheck.reporters.html_report import render_page

    with _reported_errors():
        if path.is_dir():
            raise UsageError(f"{path} is a folder; name one claims file")
        if output is None and _on_terminal():
            output = path.with_suffix(".html")
        if output is not None:
            check_writable(output, force=force)
        config = _load_config(config_path)
        if archive or config.archive is not None:
            outcome = _archive_outcome(config, [path], _settings(config, text, detail=True), config.fail_on)
        else:
            outcome = _run_one(path, config, text, detail=True, cached=not no_cache)
        (result,) = outcome.results
        page = build_page(result, result.article, outcome.report, str(path), load_claims_file(path).reviews)
        rendered = render_page(page, page_title(path, page), result.language)
        if output is None:
            _write(rendered)
        else:
            write_atomically(output, rendered, force=force)
            _write(f"{output}: {len(page.figures)} figures marked, {len(outcome.report.findings)} findings\n")


@app.command()
def desk(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Claims files or folders (searched for *.yaml, *.yml). Default: claims/"),
    ] = None,
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="The port on 127.0.0.1 [default: a free "
                                      "one, chosen at random].")] = 0,
    no_browser: Annotated[bool, typer.Option("--no-browser", help="Print the desk's address (it holds the "
                                             "session's secret) instead of opening a browser.")] = False,
    by: Annotated[str | None, typer.Option("--by", help="Who decides [default: FACTCHECK_EDITOR, else git "
                                           "config user.name, else the login name].")] = None,
    text: Annotated[Path | None, typer.Option("--text", help="The article text (overrides article.text).")] = None,
    config_path: ConfigOption = None,
) -> None:
    """Open the editors' desk: a local page to decide findings beside the article (Ctrl-C stops it)."""
    import threading

    from factcheck.desk import start
    from factcheck.desk.catalog import Catalog

    with _reported_errors():
        config = _load_config(config_path)
        chosen, _ = _claims_files_named(config, paths)
        catalog = Catalog(tuple(chosen), _settings(config, text, detail=True), _editor(by))
        try:
            server = start(catalog, port)
        except OSError as error:
            raise UsageError(f"cannot listen on 127.0.0.1:{port} ({error.strerror}); choose another --port or "
                             "leave it out") from None
    _write(f"factcheck desk: {server.url}\n(only this machine can reach it; the address holds this session's "
           "secret, so keep it to yourself. Ctrl-C stops the desk.)\n")
    launcher = None
    if not no_browser:
        from factcheck.desk.launch import Launcher  # the address never in a browser's command line

        launcher = Launcher(server.url)
        launcher.open()
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        if launcher is not None:
            launcher.close()
    _write("factcheck desk: stopped\n")


@app.command("check")
def check(
    article: Annotated[Path, typer.Argument(help="The article: plain text or Markdown.")],
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.text,
    output: Annotated[Path | None, _output_option("Write the output to a file.")] = None,
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
    from factcheck.check_article import check_article
    from factcheck.output import check_writable, write_atomically

    with _reported_errors():
        config = _load_config(config_path)
        for target in (output, html):
            if target is not None:
                check_writable(target, force=force)
        if output is not None and html is not None and os.path.abspath(output) == os.path.abspath(html):
            raise UsageError(f"{output} is named for two outputs; give each its own file")
        when = _publication_date(published)
        outcome = check_article(article, _settings(config, None, detail=html is not None), language=language.value,
                                published=when, outlet=outlet, fail_on=fail_on.value if fail_on else config.fail_on)
        report = outcome.report
        _deliver(_rendered(report, output_format, output, colour), output, force=force)
        if html is not None:
            from factcheck.report_page import build_page, page_title
            from factcheck.reporters.html_report import render_page

            (result,) = outcome.results
            page = build_page(result, result.article, report)
            write_atomically(html, render_page(page, page_title(article, page), result.language), force=force)
    raise typer.Exit(_verdict(report, fail_on_guessed or config.fail_on_guessed))


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

    with _reported_errors():
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
        _write("".join(f"{rule.id:<{width}}  {rule.default_severity.value:<7}  {rule.summary}"
                       f"{'  (needs article text)' if rule.needs_text else ''}"
                       f"{'  (needs the archive)' if rule.needs_archive else ''}\n" for rule in RULES))


@app.command()
def explain(rule_id: Annotated[str, typer.Argument(metavar="RULE", help="A rule id, e.g. period-conflict.")]) -> None:
    """Print a rule's documentation: what it checks, why, examples, tolerance, how to silence it."""
    from factcheck.engine import select_rules

    with _reported_errors():
        (rule,) = select_rules([rule_id])
        _write(f"{rule.id} ({rule.default_severity.value})\n\n{rule.doc}\n")


@app.command()
def schema() -> None:
    """Print the JSON Schema of claims files, for editors (docs/editors.md) and other tools."""
    from importlib import resources

    with _reported_errors():
        _write(resources.files("factcheck").joinpath("claims-file.schema.json").read_text(encoding="utf-8"))


# -- the archive: published claims files kept by key (factcheck.archive, imported only by these commands)

archive_app = typer.Typer(
    name="archive", no_args_is_help=True, rich_markup_mode=None,
    help="The newsroom's archive of published claims files: add, show, history, correct, remove, export, import.",
)
app.add_typer(archive_app, name="archive")


def _archive_place(config: Config) -> tuple[str, Path | None]:
    from factcheck.archive.door import place_of

    settings = config.archive
    place = place_of(settings.url if settings else None, settings.registry if settings else None,
                     config.source.parent if config.source else None, Path.cwd())
    return place.url, place.registry


def _archive_store(config: Config) -> Store:
    from factcheck.archive.door import open_store

    return open_store(_archive_place(config)[0])


def _archive_run(config: Config, paths: list[Path], settings: Settings, fail_on: str) -> Report:
    """`verify --archive`: the run of the engine, and each file against the archive."""
    return _archive_outcome(config, paths, settings, fail_on).report


def _archive_outcome(config: Config, paths: list[Path], settings: Settings, fail_on: str) -> Run:
    from factcheck.archive.door import check_run, load_registry, open_store

    url, registry_path = _archive_place(config)
    registry = load_registry(registry_path)
    store = open_store(url)
    try:
        return check_run(paths, settings, store, registry, fail_on)
    finally:
        store.close()


@archive_app.command("add")
def archive_add(
    paths: Annotated[list[Path], typer.Argument(help="Published claims files or folders.")],
    config_path: ConfigOption = None,
) -> None:
    """Record published claims files (a changed file is a new version; nothing is ever overwritten)."""
    from factcheck.archive.door import add_files, load_registry

    with _reported_errors():
        config = _load_config(config_path)
        registry = load_registry(_archive_place(config)[1])
        store = _archive_store(config)
        try:
            outcomes = add_files(store, paths, registry)
        finally:
            store.close()
        lines = [f"{o.path}: {'version ' + str(o.version) if o.version is not None else 'unchanged'}, "
                 f"{o.claims} claims, {o.url}" for o in outcomes]
        _write("\n".join(lines) + "\n")


@archive_app.command("show")
def archive_show(
    key: Annotated[str, typer.Argument(help="A metric key, e.g. kz-az-trade-turnover.")],
    period: Annotated[str | None, typer.Argument(help="Only figures of periods overlapping this one.")] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="What had been published by this date "
                                              "(YYYY-MM-DD): each article as it stood then.")] = None,
    config_path: ConfigOption = None,
) -> None:
    """Print what the outlet printed for a key (and period), by a date if given."""
    import datetime

    from factcheck.periods import PeriodError, parse_period

    with _reported_errors():
        config = _load_config(config_path)
        start = end = None
        if period is not None:
            try:
                parsed = parse_period(period)
            except PeriodError as error:
                raise UsageError(f"'{period}' is not a period: {error}") from None
            start, end = parsed.start.isoformat(), parsed.end.isoformat()
        if as_of is not None:
            try:
                datetime.date.fromisoformat(as_of)
            except ValueError:
                raise UsageError(f"--as-of '{as_of}' is not a date; write YYYY-MM-DD") from None
        store = _archive_store(config)
        try:
            found = store.as_of(key, start, end, as_of)
        finally:
            store.close()
        if not found:
            _write(f"nothing archived for {key}{' ' + period if period else ''}"
                   f"{' as of ' + as_of if as_of else ''}\n")
            return
        from factcheck.archive.door import shown

        lines = [shown(item) for item in found]
        _write("\n".join(lines) + "\n")


@archive_app.command("history")
def archive_history(config_path: ConfigOption = None) -> None:
    """Print everything recorded, oldest first: versions added, corrections, removals, with their times."""
    with _reported_errors():
        store = _archive_store(_load_config(config_path))
        try:
            events = store.history()
        finally:
            store.close()
        _write("".join(f"{e.recorded}  {e.what:<9}  {e.url}  {e.detail}\n" for e in events) or "the archive is empty\n")


@archive_app.command("remove")
def archive_remove(
    url: Annotated[str, typer.Argument(help="The article's url.")],
    reason: Annotated[str, typer.Option("--reason", help="Why (recorded with the removal).")],
    config_path: ConfigOption = None,
) -> None:
    """Take an article out of checks and answers; the removal and its reason are recorded, nothing is erased."""
    with _reported_errors():
        if not reason.strip():
            raise UsageError("--reason must say why the article is removed")
        store = _archive_store(_load_config(config_path))
        try:
            last = store.remove(url, reason.strip())
        finally:
            store.close()
        _write(f"removed {url} (versions up to {last}): {reason.strip()}\n")


@archive_app.command("correct")
def archive_correct(
    corrected: Annotated[str, typer.Argument(help="The corrected figure: ARTICLE-URL#CLAIM-ID.")],
    by: Annotated[str | None, typer.Option("--by", help="The correcting figure: ARTICLE-URL#CLAIM-ID.")] = None,
    reason: Annotated[str | None, typer.Option("--reason", help="Why, when no correcting figure is archived.")] = None,
    config_path: ConfigOption = None,
) -> None:
    """Record that an archived figure was corrected (as `corrects:` in a claims file does)."""
    with _reported_errors():
        for ref in (corrected, by):
            if ref is not None and "#" not in ref:
                raise UsageError(f"'{ref}' must name a claim as ARTICLE-URL#CLAIM-ID")
        if by is None and not (reason or "").strip():
            raise UsageError("give --by (the correcting figure) or --reason")
        store = _archive_store(_load_config(config_path))
        try:
            store.correct(corrected, by, reason)
        finally:
            store.close()
        _write(f"recorded: {corrected} corrected{' by ' + by if by else ''}\n")


@archive_app.command("export")
def archive_export(
    output: Annotated[Path | None, _output_option("Write the lines to a file.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing output file.")] = False,
    config_path: ConfigOption = None,
) -> None:
    """Print every record as JSON lines, in the order recorded (keep them in a repository; import rebuilds)."""
    from factcheck.output import check_writable, write_atomically

    with _reported_errors():
        if output is not None:
            check_writable(output, force=force)
        store = _archive_store(_load_config(config_path))
        try:
            text = "".join(line + "\n" for line in store.export_lines())
        finally:
            store.close()
        if output is not None:
            write_atomically(output, text, force=force)
        else:
            _write(text)


@archive_app.command("import")
def archive_import(
    source: Annotated[Path, typer.Argument(help="JSON lines written by `archive export`.")],
    config_path: ConfigOption = None,
) -> None:
    """Replay exported lines into the archive (an empty one rebuilds the exported archive)."""
    with _reported_errors():
        text = source.read_text(encoding="utf-8")
        store = _archive_store(_load_config(config_path))
        try:
            count = store.import_lines(text.splitlines(), str(source))
        finally:
            store.close()
        _write(f"imported {count} records from {source}\n")


@archive_app.command("suggest")
def archive_suggest(
    path: Annotated[Path, typer.Argument(help="A claims file.")],
    config_path: ConfigOption = None,
) -> None:
    """Propose keys for the file's metrics from the registry and the archive; nothing is changed."""
    from factcheck.archive.door import load_registry
    from factcheck.archive.suggest import suggestions
    from factcheck.loader import load_claims_file

    with _reported_errors():
        config = _load_config(config_path)
        claims_file = load_claims_file(path)
        registry = load_registry(_archive_place(config)[1])
        store = _archive_store(config)
        try:
            archived = store.keys()
        finally:
            store.close()
        found = suggestions(claims_file, registry.metrics, archived)
        lines = [f"{path}: metric '{s.metric}': key: {s.key}  ({s.origin}: {s.name}; match {s.score:.2f})"
                 for s in found]
        unmatched = [m for m in claims_file.metrics if m not in {s.metric for s in found}]
        lines += [f"{path}: metric '{m}': no key found" for m in unmatched]
        _write("\n".join(lines) + "\n")


def _fail(code: ExitCode, *messages: str) -> NoReturn:
    for message in messages:
        _write_error(message)
    raise typer.Exit(int(code))


def _printed_line(message: str) -> str:
    """A message as one printed line, whatever data it quotes (line breaks folded, controls shown)."""
    from factcheck.escaping import one_line

    return one_line(message.rstrip("\n")) + "\n"


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
                    _write_error(message)


@contextlib.contextmanager
def _failures_reported() -> Iterator[None]:
    try:
        yield
    except InputError as error:
        _fail(ExitCode.BAD_INPUT, *(str(problem) for problem in error.problems))
    except UsageError as error:
        _fail(ExitCode.BAD_INPUT, f"factcheck: error: {error}")
    except (typer.Exit, typer.Abort):
        raise
    except MemoryError:
        from factcheck.textfile import limits

        now = limits()
        _fail(ExitCode.BAD_INPUT, "factcheck: error: out of memory; lower claims-file-bytes (now "
                                  f"{now.claims_file_bytes}) and article-bytes (now {now.article_bytes}) in [limits] "
                                  "of the configuration, or check fewer files at once with --jobs 1")
    except OSError as error:  # the operating system's refusal (permission, disk full, read-only): not a bug
        where = f"{error.filename}: " if error.filename is not None else ""
        _fail(ExitCode.BAD_INPUT, f"factcheck: error: {where}{error.strerror or error}; check the file, its folder "
                                  "and the free space")
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
    everything, groups = app.registered_commands, app.registered_groups
    name = next((arg for arg in args if not arg.startswith("-")), None)
    chosen = [info for info in everything if _command_name(info) == name]
    chosen_groups = [group for group in groups if group.name == name]  # `archive`: its commands only
    completing = any(key.startswith("_") and key.endswith("_COMPLETE") for key in os.environ)
    if len(chosen) + len(chosen_groups) != 1 or completing or "--install-completion" in args \
            or "--show-completion" in args:
        yield
        return
    app.registered_commands, app.registered_groups = chosen, chosen_groups
    for info in [*chosen, app.registered_callback]:
        if info is not None and info.callback is not None:
            _annotations_evaluated(info.callback)
    try:
        yield
    finally:
        app.registered_commands, app.registered_groups = everything, groups


def _annotations_evaluated(function: Callable[..., object]) -> None:
    """Evaluate a command's annotations (text, under `from __future__ import annotations`) once, here.

    Typer reads a command's signature and its type hints twice each, and each reading evaluates every annotation
    text again, Typer options included: for `verify` that cost more than answering from the cache. Evaluated, the
    annotations are what they would be without the `__future__` import, which Typer reads as is.
    """
    import inspect

    function.__annotations__ = inspect.get_annotations(function, eval_str=True)


def _command_name(info: typer.models.CommandInfo) -> str | None:
    """The name Typer gives a command: the one registered, else the function's with "_" as "-"."""
    if info.name:
        return info.name
    return info.callback.__name__.lower().replace("_", "-") if info.callback is not None else None


def _invoked() -> int:
    """Run the command; a usage error is one line, `factcheck: error: ...` and exit 2, not click's usage block."""
    try:
        outcome = app(standalone_mode=False, prog_name="factcheck")
    except typer.Abort:
        sys.stderr.write("Aborted!\n")  # what click prints in its own handling
        return 1
    except Exception as error:
        # click's errors (usage errors among them) carry an exit code and a message; anything else is not ours
        exit_code, message = getattr(error, "exit_code", None), getattr(error, "format_message", None)
        if not isinstance(exit_code, int) or not callable(message):
            raise
        if type(error).__name__ == "NoArgsIsHelpError":  # `factcheck` alone: the help, as before
            error.show()  # type: ignore[attr-defined]
            return exit_code
        context, text = getattr(error, "ctx", None), str(message()).rstrip(".")
        hint = f"{' ' if text.endswith('?') else '; '}see '{context.command_path} --help'" if context else ""
        _write_error(f"factcheck: error: {text}{hint}")
        return exit_code
    return outcome if isinstance(outcome, int) else int(ExitCode.CLEAN)


def _terminated(signal_number: int, frame: object) -> None:
    raise SystemExit(128 + signal_number)


INTERRUPTED = 130  # 128 + SIGINT, as shells report a program stopped by Ctrl-C
_interruption = {"reported": False}


class _Interrupted(BaseException):
    """Ctrl-C, raised past click (which would print "Aborted!") and past every `except Exception`.

    It unwinds the command like any exception: a write in progress removes its temporary file, a parallel run
    stops its workers.
    """


def _interrupted(signal_number: int, frame: object) -> None:
    import signal

    signal.signal(signal.SIGINT, _interrupted_again)
    raise _Interrupted


def _interrupted_again(signal_number: int, frame: object) -> None:
    """A second Ctrl-C while the first unwinds: end at once (workers die with this process, see engine)."""
    _report_interruption()
    os._exit(INTERRUPTED)


def _report_interruption() -> None:
    if not _interruption["reported"]:
        _interruption["reported"] = True
        _write_error("factcheck: interrupted")


def main() -> None:
    """The `factcheck` command."""
    import signal

    # SIGTERM (a CI job cancelled, `timeout`) unwinds like Ctrl-C, so a write in progress removes its temporary file
    signal.signal(signal.SIGTERM, _terminated)
    signal.signal(signal.SIGINT, _interrupted)
    try:
        with _only_the_invoked_command(sys.argv[1:]):
            code = _invoked()
    except _Interrupted:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        _report_interruption()
        raise SystemExit(INTERRUPTED) from None
    except BrokenPipeError:  # `factcheck verify | head`
        _discard_stream(1)
        raise SystemExit(int(ExitCode.CLEAN)) from None
    except OSError as error:  # click's own messages (a usage error) on a standard stream that takes nothing
        _write_error(f"factcheck: error: {error.strerror or error}")
        raise SystemExit(int(ExitCode.BAD_INPUT)) from None
    finally:
        _flush_standard_streams()
    raise SystemExit(code)


def _flush_standard_streams() -> None:
    """Flush stdout and stderr now, sending them to the null device if they fail, so exiting cannot fail."""
    for descriptor, stream in ((1, sys.stdout), (2, sys.stderr)):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            _discard_stream(descriptor)
