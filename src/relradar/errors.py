"""One error family for the core; the CLI maps it to exit codes in one place."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    ERROR = 1          # bad input, bad lexicon, I/O
    USAGE = 2          # bad options (typer/click use 2 as well)
    CHECK_FAILED = 3   # `relradar check` / `lexicon validate` below threshold or invalid
    INTERRUPTED = 130  # Ctrl-C (SIGINT)
    TERMINATED = 143   # SIGTERM: handled like Ctrl-C (temp files removed, workers ended)


class RelradarError(Exception):
    """An error a user can fix: message says what and where, hint says how."""

    exit_code: ExitCode = ExitCode.ERROR

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message}; {self.hint}" if self.hint else self.message


class InputError(RelradarError):
    """Unreadable or malformed input data."""


class LexiconError(RelradarError):
    """An invalid lexicon; `problems` lists every problem found, each with file:line."""

    def __init__(self, problems: list[str], hint: str | None = None) -> None:
        self.problems = problems
        first = problems[0] if problems else "invalid lexicon"
        more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
        super().__init__(first + more,
                         hint or "run `relradar lexicon validate` to list every problem")


class UsageError(RelradarError):
    exit_code = ExitCode.USAGE


class CheckFailed(RelradarError):
    exit_code = ExitCode.CHECK_FAILED


class OutputError(RelradarError):
    """An output that cannot be written: a directory, a read-only or full filesystem."""


class Terminated(KeyboardInterrupt):
    """Raised by the SIGTERM handler; a KeyboardInterrupt so every Ctrl-C cleanup runs too."""
