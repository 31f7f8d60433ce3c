"""Readers turn a document into a TreatmentPlan; the format is sniffed from content, not the file name.

`read_plan(path)` is the entry point. Readers are registered by name in READERS and imported only
when a file needs them, so start-up stays fast.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

from authcheck.model import TreatmentPlan
from authcheck.readers.base import PlanReadError, Reader
from authcheck.readers.enrich import enrich_plan
from authcheck.readers.time_limit import ReadTimeout, time_limit

__all__ = [
    "MAX_FILE_BYTES", "MAX_READ_SECONDS", "PlanReadError", "ReadResult", "Reader", "get_reader", "read_plan",
    "read_plan_bytes", "sniff_format",
]

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_READ_SECONDS = 60.0
_SNIFF_BYTES = 64 * 1024

# Order matters: the first reader whose sniff accepts the content reads it.
READERS: dict[str, str] = {
    "docx": "authcheck.readers.docx:DocxReader",
    "ccda": "authcheck.readers.ccda:CcdaReader",
    "fhir": "authcheck.readers.fhir:FhirReader",
    "native": "authcheck.readers.native:NativeReader",
}


@dataclass(frozen=True)
class ReadResult:
    """A plan with the format it was read as and the path it came from."""

    plan: TreatmentPlan
    format: str
    path: str


def get_reader(name: str) -> Reader:
    """The reader registered under `name`."""
    module_name, _, class_name = READERS[name].partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:  # a reader not built yet
        raise PlanReadError(name, f"the {name} reader is not available ({exc.name})") from exc
    return getattr(module, class_name)()


def sniff_format(head: bytes) -> str | None:
    """The name of the first reader that accepts this content, or None."""
    for name in READERS:
        try:
            reader = get_reader(name)
        except PlanReadError:
            continue
        if reader.sniff(head):
            return name
    return None


def read_plan(path: str | Path, *, max_bytes: int = MAX_FILE_BYTES, max_seconds: float = MAX_READ_SECONDS) -> ReadResult:
    """Read one plan file of any supported format; raise PlanReadError with a one-line reason."""
    display = str(path)
    file = Path(path)
    try:
        if not file.exists():
            raise PlanReadError(display, "no such file")
        if file.is_dir():
            raise PlanReadError(display, "is a directory, not a plan file")
        size = file.stat().st_size
        if size > max_bytes:
            raise PlanReadError(display, f"file is {size:,} bytes, larger than the {max_bytes:,}-byte limit")
        if size == 0:
            raise PlanReadError(display, "file is empty")
        data = file.read_bytes()
    except OSError as exc:
        raise PlanReadError(display, f"cannot read file: {exc.strerror or exc}") from exc
    return read_plan_bytes(data, display, max_seconds=max_seconds)


def read_plan_bytes(data: bytes, display: str, *, max_seconds: float = MAX_READ_SECONDS) -> ReadResult:
    """Read a plan already in memory (an archive member, a remote file); `display` names it in messages."""
    name = sniff_format(data[:_SNIFF_BYTES])
    if name is None:
        raise PlanReadError(
            display, "not a supported plan format (expected DOCX, FHIR R4 JSON/XML, C-CDA XML, or authcheck YAML/JSON)"
        )
    reader = get_reader(name)
    try:
        with time_limit(max_seconds):
            plan = reader.read(data, display)
    except ReadTimeout as exc:
        raise PlanReadError(display, f"{name}: reading took longer than {max_seconds:g} s; the document is too complex") from exc
    except PlanReadError:
        raise
    except RecursionError as exc:
        raise PlanReadError(display, f"{name}: document is nested too deeply") from exc
    except MemoryError as exc:
        raise PlanReadError(display, f"{name}: document is too large to read") from exc
    except Exception as exc:  # noqa: BLE001 - any reader fault becomes a one-line error, never a traceback
        raise PlanReadError(display, f"{name}: cannot read the document ({type(exc).__name__}: {exc})") from exc
    return ReadResult(plan=enrich_plan(plan), format=name, path=display)
