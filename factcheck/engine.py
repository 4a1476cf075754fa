"""The one pipeline every command uses: claims files in, a Report and each file's result out.

A file is loaded, checked (configuration, severities, select/ignore, options, reviews) and reduced to its
FileResult before the next is read, so memory holds findings, not claims files. Files whose result is cached
are not loaded at all; the others run in a process pool with `jobs` > 1. Results keep the order the files
were named in, whatever finishes first.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck import __version__
from factcheck.article import ArticleText
from factcheck.discovery import find_claims_files
from factcheck.errors import InputError, InputProblem, UsageError
from factcheck.findings import Finding, Report, Severity, SkippedRule

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from factcheck.cache import ResultCache
    from factcheck.model import ClaimsFile, Review
    from factcheck.rules.base import Context, Rule
    from factcheck.sourcing import FigurePlace, SourcingRow
    from factcheck.textfile import Limits

# The loader (and YAML), the model and the rules are imported where a file is loaded and checked, not here: a
# run answered wholly from the cache needs none of them, and importing them costs more than reading its answer.

STALE_REVIEW = "stale-review"
NO_TEXT = "no article text: give `article.text` or --text"
NO_ARCHIVE = "no archive: run `verify --archive`"
NOT_FULL_RUN = ("not every rule ran: reviews of rules that did not run, and reviews without `rule:`, are checked "
                "only on a full run")


def select_rules(select: Iterable[str] = (), ignore: Iterable[str] = ()) -> tuple[Rule, ...]:
    """The rules to run, in registry order; raise UsageError naming an unknown rule id."""
    from factcheck.rules import RULES, canonical_id, known_ids

    for rule_id in sorted({*select, *ignore}):
        if canonical_id(rule_id) is None:
            import difflib

            near = difflib.get_close_matches(rule_id, known_ids(), n=1)
            hint = f"did you mean '{near[0]}'?" if near else "see `factcheck rules`"
            raise UsageError(f"unknown rule '{rule_id}'; {hint}")
    # a former id (an alias) selects or ignores the rule it became
    chosen = {canonical_id(rule_id) for rule_id in select}
    dropped = {canonical_id(rule_id) for rule_id in ignore}
    both = sorted(rule_id for rule_id in chosen & dropped if rule_id is not None)
    if both:
        raise UsageError(f"'{both[0]}' is both selected and ignored; drop it from --select or from --ignore")
    return tuple(r for r in RULES if (not chosen or r.id in chosen) and r.id not in dropped)


@dataclass(frozen=True)
class Settings:
    """Everything besides a file's own content that decides its result: the effective configuration."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    severity: Mapping[str, Severity] = field(default_factory=dict)
    text: Path | None = None  # `--text`: the article text of every file, instead of its `article.text`
    detail: bool = False  # also the sourcing rows and the places of the text's figures (sources, report)
    limits: Limits | None = None  # the configuration's [limits], applied in every process that reads files
    archive: bool = False  # `verify --archive`, whose results are never cached (so not part of the key)

    def key(self) -> str:
        """The settings as canonical text, part of every cache key."""
        import json

        return json.dumps({
            "select": sorted(self.select), "ignore": sorted(self.ignore),
            "options": {rule: dict(values) for rule, values in self.options.items()},
            "severity": {rule: level.value for rule, level in self.severity.items()},
            "text": None if self.text is None else str(self.text), "detail": self.detail,
            "limits": None if self.limits is None else dataclasses.asdict(self.limits),
        }, sort_keys=True, ensure_ascii=False)


@dataclass(frozen=True)
class FileResult:
    """What one claims file gave: its findings, the rules run and skipped for it, and (with detail) more.

    This is all that is kept of a file once it is checked; `article` is the text read for it, kept only with
    detail and never cached.
    """

    path: str
    title: str
    language: str
    claims: int
    findings: tuple[Finding, ...]
    rules_run: tuple[str, ...]
    rules_skipped: tuple[SkippedRule, ...]
    sources: tuple[SourcingRow, ...] = ()
    figures: tuple[FigurePlace, ...] = ()
    article_path: str | None = None
    article_digest: str | None = None
    article: ArticleText | None = field(default=None, compare=False, repr=False)
    guessed: int = 0  # claims that still list a guessed field (their own or their metric's)


@dataclass(frozen=True)
class Run:
    """A whole run: the Report every format renders and each file's result, in the order files were named."""

    report: Report
    results: tuple[FileResult, ...]


def article_for(claims_file: ClaimsFile, text: Path | None) -> ArticleText | None:
    """The article text: `--text` if given, else the file's `article.text`, else none."""
    if text is not None:
        return ArticleText.read(text)
    if claims_file.article.text_path is not None:
        return ArticleText.read(claims_file.article.text_path)
    return None


def check_file(
    claims_file: ClaimsFile,
    article: ArticleText | None,
    rules: Sequence[Rule],
    options: Mapping[str, Mapping[str, Any]] | None = None,
    *,
    archive: bool = False,
) -> tuple[list[Finding], list[SkippedRule]]:
    """Run the rules over one claims file; reviewed findings carry their review (`archive`: see Context)."""
    from factcheck.rules.base import Context

    return _check(Context(claims_file, article, options or {}, archive=archive), rules)


def _check(
    context: Context, rules: Sequence[Rule], loose: set[str] | None = None
) -> tuple[list[Finding], list[SkippedRule]]:
    from factcheck.round_figures import compares_intervals, loose_only_findings
    from factcheck.rules import RULES, RULES_BY_ID

    claims_file, article = context.claims_file, context.article
    findings: list[Finding] = []
    skipped: list[SkippedRule] = []
    for rule in rules:
        if rule.id == STALE_REVIEW:
            continue
        if rule.needs_text and article is None:
            skipped.append(SkippedRule(rule.id, NO_TEXT))
            continue
        if rule.needs_archive and not context.archive:
            skipped.append(SkippedRule(rule.id, NO_ARCHIVE))
            continue
        findings.extend(rule.check(context))

    def run_on(view: ClaimsFile) -> list[Finding]:  # the same rules on the strict reading of round figures
        strict = context.for_reading(view)
        return [f for rule in rules if compares_intervals(rule.id) and rule.id not in skipped_ids
                for f in rule.check(strict)]

    skipped_ids = {skip.rule for skip in skipped}
    loose_findings = loose_only_findings(claims_file, findings, run_on)
    if loose is not None:  # severity.decided caps them, whatever the configuration says
        loose.update(finding.fingerprint for finding in loose_findings)
    findings.extend(loose_findings)
    findings = _unique(findings)
    reviews = {review.finding: review for review in claims_file.reviews}
    if reviews:
        findings = [dataclasses.replace(f, review=_review_of(f, reviews)) for f in findings]
    stale = RULES_BY_ID[STALE_REVIEW]
    if stale in rules:
        # a review names its rule (`rule:`) and is judged when that rule ran; an older review without one
        # could belong to any rule, so only a full run can call it stale
        skipped_ids = {skip.rule for skip in skipped}
        ran = frozenset(name for r in rules if r.id not in skipped_ids for name in (r.id, *r.aliases))
        # without the archive every run skips its rules: that alone leaves the run full, as before them
        full = all(skip.reason == NO_ARCHIVE for skip in skipped) and len(rules) == len(RULES)
        judged = dataclasses.replace(context, findings=tuple(findings), rules_run=ran, full_run=full)
        findings.extend(stale.check(judged))
        if not full and any(review.rule not in ran for review in claims_file.reviews):
            skipped.append(SkippedRule(STALE_REVIEW, NOT_FULL_RUN))
    return findings, skipped


def _review_of(finding: Finding, reviews: Mapping[str, Review]) -> Review | None:
    """The review of a finding, found by its fingerprint or by a former one (reviews written earlier)."""
    for name in (finding.fingerprint, *finding.former_fingerprints):
        if name in reviews:
            return reviews[name]
    return None


def check_claims_file(
    claims_file: ClaimsFile, article: ArticleText | None, settings: Settings, rules: Sequence[Rule] | None = None
) -> FileResult:
    """One loaded claims file through the whole pipeline; one rule Context serves every rule and every view."""
    from factcheck.rules.base import Context
    from factcheck.severity import decided

    rules = select_rules(settings.select, settings.ignore) if rules is None else rules
    context = Context(claims_file, article, settings.options, archive=settings.archive)
    loose: set[str] = set()
    findings, skipped = _check(context, rules, loose)
    findings = [decided(f, claims_file, settings.severity, loose) for f in findings]
    findings.sort(key=Finding.sort_key)
    skipped_ids = {skip.rule for skip in skipped}
    sources: tuple[SourcingRow, ...] = ()
    figures: tuple[FigurePlace, ...] = ()
    if settings.detail:  # `sources` and the report page: `verify` never imports sourcing
        from factcheck.sourcing import figure_places, sourcing_rows

        sources, figures = tuple(sourcing_rows(context, findings)), tuple(figure_places(context))
    return FileResult(
        path=str(claims_file.path), title=claims_file.article.title, language=claims_file.article.language,
        claims=len(claims_file.claims), findings=tuple(findings),
        guessed=sum(1 for claim in claims_file.claims if claim.guesses),
        rules_run=tuple(rule.id for rule in rules if rule.id not in skipped_ids),
        rules_skipped=tuple(sorted(skipped, key=lambda skip: skip.rule)),
        sources=sources, figures=figures,
        article_path=None if article is None else str(article.path),
        article_digest=None if article is None else text_digest(article.text),
        article=article if settings.detail else None,
    )


def load_claims_file(path: Path) -> ClaimsFile:
    """The loader's reading of one claims file (see the note on imports above)."""
    from factcheck import loader

    return loader.load_claims_file(path)


def text_digest(text: str) -> str:
    """The SHA-256 of an article text, as the cache compares it."""
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def run_file(path: Path, settings: Settings) -> FileResult | list[InputProblem]:
    """Load and check one claims file; its input problems instead of a result when it cannot be used.

    Problems are returned, not raised, so a worker process hands them back intact.
    """
    if settings.limits is not None:  # a worker process started afresh has the default limits
        from factcheck.textfile import use_limits

        use_limits(settings.limits)
    with _collector_paused():
        try:
            claims_file = load_claims_file(path)
            article = article_for(claims_file, settings.text)
        except InputError as error:
            return list(error.problems)
        return check_claims_file(claims_file, article, settings)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cycle collector while one file is loaded and checked.

    A file makes tens of thousands of small objects that live until it is done; the collector would walk them
    again and again (half the time of a large file) and find no cycles: reference counting frees them.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def default_jobs() -> int:
    """The processes a run uses by default: the cores this process may use."""
    affinity = getattr(os, "sched_getaffinity", None)
    return max(1, len(affinity(0)) if affinity is not None else (os.cpu_count() or 1))


def run(
    paths: Sequence[Path],
    settings: Settings,
    *,
    jobs: int = 1,
    cache: ResultCache | None = None,
    fail_on: str = "error",
) -> Run:
    """Check every claims file under `paths` (folders searched); raise InputError with every file's problems."""
    # unknown rule ids fail before any file is read; with no selection every rule runs, and report_of finds
    # their order in the files' results, so a run answered from the cache loads no rule
    rules = select_rules(settings.select, settings.ignore) if settings.select or settings.ignore else None
    files = find_claims_files(list(paths))
    if not files:
        raise InputError([InputProblem(p, None, None, "no claims files (*.yaml, *.yml) found here") for p in paths])
    results: list[FileResult] = []
    problems: list[InputProblem] = []
    for outcome in _outcomes(files, settings, jobs, cache):
        if isinstance(outcome, FileResult):
            results.append(outcome)
        else:
            problems.extend(outcome)
    if problems:
        raise InputError(problems)
    return Run(report_of(results, rules, fail_on), tuple(results))


def run_text(path: Path, text: str, settings: Settings, *, fail_on: str = "error") -> Run:
    """One claims file given as text (standard input), checked as `run` checks a file, never cached.

    `path` names it in messages; its `article.text` resolves from that path's folder (the working folder).
    """
    rules = select_rules(settings.select, settings.ignore)
    if settings.limits is not None:
        from factcheck.textfile import use_limits

        use_limits(settings.limits)
    from factcheck.loader import load_claims_text

    with _collector_paused():
        claims_file = load_claims_text(path, text)
        result = check_claims_file(claims_file, article_for(claims_file, settings.text), settings, rules)
    return Run(report_of([result], rules, fail_on), (result,))


def _outcomes(
    files: Sequence[Path], settings: Settings, jobs: int, cache: ResultCache | None
) -> Iterator[FileResult | list[InputProblem]]:
    """Each file's outcome in the order given: from the cache, else computed here or in worker processes."""
    cached: list[FileResult | None] = [None] * len(files)
    keys: list[str | None] = [None] * len(files)
    if cache is not None:
        for index, path in enumerate(files):
            keys[index] = key = cache.key(path, settings)
            if key is not None:
                cached[index] = cache.get(key, keep_article=settings.detail)
    missing = [files[index] for index, hit in enumerate(cached) if hit is None]
    computed = iter(_compute(missing, settings, jobs))
    for index, hit in enumerate(cached):
        if hit is not None:
            yield hit
            continue
        outcome = next(computed)
        key = keys[index]
        if cache is not None and key is not None and isinstance(outcome, FileResult):
            cache.put(key, outcome)
        yield outcome
    if cache is not None:
        cache.close()


def _compute(
    files: Sequence[Path], settings: Settings, jobs: int
) -> Iterator[FileResult | list[InputProblem]]:
    """Outcomes in order, lazily: in this process for one job or one file, else in a process pool."""
    if jobs <= 1 or len(files) <= 1:
        return (run_file(path, settings) for path in files)
    return _in_pool(files, settings, min(jobs, len(files)))


def _in_pool(
    files: Sequence[Path], settings: Settings, jobs: int
) -> Iterator[FileResult | list[InputProblem]]:
    """Outcomes in order from `jobs` worker processes that never outlive this one.

    However the run ends (done, an error, Ctrl-C, SIGTERM), the workers are stopped before this returns; if
    this process is killed outright, they die with it (see `_worker_started`).
    """
    import multiprocessing
    import signal
    import sys
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # fork starts workers without importing factcheck again (so import here what they run); elsewhere the
    # platform's safe default
    _import_the_checking_modules()
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else None)
    chunk = max(1, min(32, len(files) // (jobs * 4)))
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_worker_started,
                               initargs=(os.getpid(),))
    # a Ctrl-C reaches every process of the terminal's group: the workers must not see it before they can
    # ignore it, so it stays blocked while they are started (they inherit the mask and unblock it themselves).
    # SIGTERM too: its handler raises, and raised inside the callbacks that run around a fork (logging's lock
    # release) the exception is printed and dropped, and the run went on to its end as if never told to stop.
    # Held while the workers start, either signal is delivered once they run, where it unwinds the run.
    blocking = hasattr(signal, "pthread_sigmask")
    held = {signal.SIGINT, signal.SIGTERM}
    try:
        if blocking:
            signal.pthread_sigmask(signal.SIG_BLOCK, held)
        try:
            outcomes = pool.map(run_file, files, [settings] * len(files), chunksize=chunk)
        finally:
            if blocking:
                signal.pthread_sigmask(signal.SIG_UNBLOCK, held)
        yield from outcomes
    except BrokenProcessPool:
        raise UsageError("a worker process ended abruptly (killed, or out of memory); rerun with --jobs 1, or "
                         "lower [limits] in the configuration") from None
    finally:
        _stop_workers(pool)


def _import_the_checking_modules() -> None:
    """Import what loading and checking a file runs (see the note on imports at the top)."""
    import importlib

    for name in ("factcheck.loader", "factcheck.round_figures", "factcheck.rules", "factcheck.severity"):
        importlib.import_module(name)


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """Done, failed or interrupted: stop the workers at once, busy or idle, and wait for them (bounded)."""
    import multiprocessing

    pool.shutdown(wait=False, cancel_futures=True)
    workers = multiprocessing.active_children()  # the pool's workers: factcheck starts no other process
    for worker in workers:
        worker.terminate()
    for worker in workers:
        worker.join(timeout=5)
        if worker.is_alive():
            worker.kill()
            worker.join(timeout=5)
    # The pool's manager thread closes its wake-up pipe as it ends; Python before 3.12 writes to that pipe at
    # exit without a lock, and a SIGTERM exit racing the thread printed "Bad file descriptor" with a traceback.
    # Its workers are gone, so it ends at once: wait for it here (bounded), before the interpreter exits.
    manager = getattr(pool, "_executor_manager_thread", None)
    if manager is not None:
        manager.join(timeout=5)


def _worker_started(parent: int) -> None:
    """Make a worker process die with its parent and keep it off the parent's terminal and pipes.

    The parent handles Ctrl-C and SIGTERM for the whole run and stops its workers itself; a worker only has to
    let SIGTERM kill it. If the parent is killed outright (`kill -9`), Linux sends the worker SIGKILL
    (PR_SET_PDEATHSIG); everywhere, a thread also notices within a fraction of a second that the parent is
    gone. The worker's standard output and error point to the null device, so a reader of the parent's output
    (`verify | tee`) sees its end as soon as the parent ends.
    """
    import signal
    import sys

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})  # held while it was started
    null = os.open(os.devnull, os.O_WRONLY)
    for descriptor in (1, 2):
        os.dup2(null, descriptor)
    os.close(null)
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            with contextlib.suppress(OSError, ValueError):
                stream.flush()  # a copy of what the parent had buffered: the parent prints it, not the worker
    _die_with_parent()
    # and a watch that works everywhere, also where the death signal is missing or was not delivered
    import threading

    threading.Thread(target=_watch_parent, args=(parent,), name="factcheck-parent-watch", daemon=True).start()
    if os.getppid() != parent:  # the parent died before either was armed
        os._exit(1)


def _die_with_parent() -> bool:
    """Ask Linux to kill this process when its parent dies; whether it could."""
    import sys

    if sys.platform != "linux":
        return False
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        set_parent_death_signal = 1  # PR_SET_PDEATHSIG in <linux/prctl.h>
        return bool(libc.prctl(set_parent_death_signal, int(signal.SIGKILL), 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


def _watch_parent(parent: int) -> None:
    """Poll for the parent's death (a worker is re-parented when it dies) and end this worker then."""
    import time

    while os.getppid() == parent:
        time.sleep(0.2)
    os._exit(1)


def report_of(results: Sequence[FileResult], rules: Sequence[Rule] | None, fail_on: str = "error") -> Report:
    """The Report of a run's file results: findings sorted, rules run and skipped summed up and per file.

    `rules` is the selection the results were checked with, in registry order; None for every rule.
    """
    findings = sorted((f for result in results for f in result.findings), key=Finding.sort_key)
    ran = {rule_id for result in results for rule_id in result.rules_run}
    skipped_in: dict[str, list[str]] = {}
    reasons: dict[str, str] = {}
    for result in results:
        for skip in result.rules_skipped:
            skipped_in.setdefault(skip.rule, []).append(result.path)
            reasons.setdefault(skip.rule, skip.reason)
    return Report(
        version=__version__,
        files=tuple(result.path for result in results),
        findings=tuple(findings),
        rules_run=_in_registry_order(ran, results) if rules is None else tuple(r.id for r in rules if r.id in ran),
        rules_skipped=tuple(
            SkippedRule(rule_id, reasons[rule_id], tuple(skipped_in[rule_id])) for rule_id in sorted(skipped_in)
        ),
        fail_on=fail_on,
        guessed=sum(result.guessed for result in results),
        skipped_by_file=tuple((result.path, result.rules_skipped) for result in results),
    )


def verify(
    paths: Sequence[Path],
    *,
    text: Path | None = None,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    options: Mapping[str, Mapping[str, Any]] | None = None,
    severity: Mapping[str, Severity] | None = None,
    fail_on: str = "error",
    jobs: int = 1,
    cache: ResultCache | None = None,
) -> Report:
    """Check every claims file under `paths` and return the sorted Report."""
    settings = Settings(tuple(select), tuple(ignore), options or {}, severity or {}, text)
    return run(paths, settings, jobs=jobs, cache=cache, fail_on=fail_on).report


def _in_registry_order(ran: set[str], results: Sequence[FileResult]) -> tuple[str, ...]:
    """The rules that ran, in registry order: a file's own list is in that order, so one that ran them all tells it."""
    for result in results:
        if len(result.rules_run) == len(ran):  # a file runs a subset of `ran`: as many is all of them
            return result.rules_run
    from factcheck.rules import RULES

    return tuple(rule.id for rule in RULES if rule.id in ran)


def _unique(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple[str, str]] = set()
    unique: list[Finding] = []
    for finding in findings:
        key = (finding.location.path, finding.fingerprint)
        if key not in seen:
            seen.add(key)
            unique.append(finding)
    return unique
