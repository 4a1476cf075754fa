"""One exception root, the input errors that point into the user's files, and the exit codes."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from factcheck.escaping import line_start, one_line


class ExitCode(enum.IntEnum):
    """What `factcheck` exits with. Documented in the README; decided only in cli.py."""

    CLEAN = 0  # nothing at or above --fail-on
    FINDINGS = 1  # findings at or above --fail-on
    BAD_INPUT = 2  # a claims file, article text or command line that cannot be used
    INTERNAL_ERROR = 3  # a bug in factcheck: please report it


class FactcheckError(Exception):
    """The root of every error factcheck raises on purpose."""


@dataclass(frozen=True)
class InputProblem:
    """One problem in a user's file, with where it is and what to do.

    Printed as `path:line:col: error: message` where there is a place, else `factcheck: error: path: message`.
    """

    path: Path
    line: int | None
    column: int | None
    message: str

    def __str__(self) -> str:
        # one line per problem, whatever the input quoted in the message holds; a place only where there is one
        if self.line is None:
            return f"factcheck: error: {one_line(self.path)}: {one_line(self.message)}"
        return f"{line_start(self.path)}:{self.line}:{self.column or 1}: error: {one_line(self.message)}"


class InputError(FactcheckError):
    """Every problem found in one input, reported together."""

    def __init__(self, problems: list[InputProblem]) -> None:
        self.problems = sorted(problems, key=lambda p: (str(p.path), p.line or 0, p.column or 0, p.message))
        super().__init__("\n".join(str(problem) for problem in self.problems))

    @classmethod
    def single(cls, path: Path, message: str, line: int | None = None, column: int | None = None) -> InputError:
        """An error with one problem."""
        return cls([InputProblem(path, line, column, message)])


class UsageError(FactcheckError):
    """A command line that asks for something impossible (an unknown rule, say)."""


class InputWarning(UserWarning):
    """A problem in a user's file that does not stop the run (two reviews of one finding); printed on stderr."""

    def __init__(self, problem: InputProblem) -> None:
        self.problem = problem
        super().__init__(str(problem).replace(": error: ", ": warning: ", 1))
