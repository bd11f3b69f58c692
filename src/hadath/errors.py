"""Named errors. Library code raises these; only the CLI/API turn them into messages and exit codes."""

from __future__ import annotations

from dataclasses import dataclass


class HadathError(Exception):
    """Base class for every error Hadath raises on purpose."""


@dataclass(slots=True)
class InputProblem:
    """One bad input item: reported, skipped, and the rest of the batch goes on."""

    path: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


class InputError(HadathError):
    """A whole input could not be read (missing file, unknown format)."""

    def __init__(self, problem: InputProblem):
        super().__init__(str(problem))
        self.problem = problem


@dataclass(slots=True)
class LexiconIssue:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class LexiconError(HadathError):
    """A knowledge file failed validation; carries every issue found, each with file and line."""

    def __init__(self, issues: list[LexiconIssue]):
        self.issues = list(issues)
        shown = "\n".join(str(i) for i in self.issues[:50])
        more = f"\n… and {len(self.issues) - 50} more" if len(self.issues) > 50 else ""
        super().__init__(f"{len(self.issues)} lexicon error(s):\n{shown}{more}")


class StoreError(HadathError):
    """The database could not be opened, migrated or written."""


class ModelError(HadathError):
    """A trained model file is missing or does not match the code that reads it."""


class ExportError(HadathError):
    """Events could not be exported (unknown format, unwritable target, unrepresentable value)."""
