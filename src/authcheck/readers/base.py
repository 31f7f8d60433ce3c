"""What every reader provides, and the one error type readers raise."""

from __future__ import annotations

from typing import Protocol

from authcheck.model import TreatmentPlan

__all__ = ["PlanReadError", "Reader"]


class PlanReadError(Exception):
    """The file cannot be used as a plan. `str()` is one line: "<file>: <what is wrong>", or
    "<file>:<line>: <what is wrong>" when the problem is on a known line."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.message = " ".join(str(message).split())
        super().__init__(f"{path}:{line}: {self.message}" if line else f"{path}: {self.message}")

    @property
    def reason(self) -> str:
        """What is wrong, with its line when known, without the file name: "line 14: plan_date: not a date"."""
        return f"line {self.line}: {self.message}" if self.line else self.message


class Reader(Protocol):
    """A format reader: decides from content whether it can read a file, then reads it.

    `sniff` sees the first bytes of the file (up to 64 KiB) and must be cheap. `read` gets the whole
    content and the display path (for messages); it raises PlanReadError for anything unusable and
    never returns a plan with invented values.
    """

    name: str

    def sniff(self, head: bytes) -> bool: ...

    def read(self, data: bytes, path: str) -> TreatmentPlan: ...
