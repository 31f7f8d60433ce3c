"""OUTDIR/results.jsonl: one JSON line per plan, appended as each plan is done.

Writing: every line is written whole and flushed at once, so a killed run (Ctrl-C, SIGKILL, crash)
loses nothing already written; the file is also fsync'ed about once a second and at the end, so a
power cut loses at most the last second. Only this module writes the file, from one process.

Reading: a torn last line (no final newline, e.g. after SIGKILL mid-write) and any line that is not
a JSON object with a key are ignored; when a key appears more than once the last line wins.
`compact()` rewrites the file (via a temporary file and an atomic rename) keeping exactly one line
per wanted key, which is how a resumed run ends with exactly one result per plan.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, NamedTuple

__all__ = ["RESULTS_NAME", "Prior", "ResultsWriter", "compact", "iter_results", "prior_index"]

RESULTS_NAME = "results.jsonl"
_FSYNC_SECONDS = 1.0


class ResultsWriter:
    """Appends lines to results.jsonl; each line is flushed to the operating system immediately."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        _drop_torn_tail(path)
        self._file: IO[str] = path.open("a", encoding="utf-8", newline="\n")
        self._synced = time.monotonic()
        self.written = 0

    def write(self, line: str) -> None:
        """Append one result line (a JSON object without newlines)."""
        self._file.write(line + "\n")
        self._file.flush()
        self.written += 1
        now = time.monotonic()
        if now - self._synced >= _FSYNC_SECONDS:
            os.fsync(self._file.fileno())
            self._synced = now

    def close(self) -> None:
        """Flush, fsync and close."""
        if not self._file.closed:
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()

    def __enter__(self) -> ResultsWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _drop_torn_tail(path: Path) -> None:
    """Cut a last line that was not finished (no newline), so appends start on a fresh line."""
    if not path.exists():
        return
    with path.open("rb+") as handle:
        size = handle.seek(0, os.SEEK_END)
        if size == 0:
            return
        handle.seek(size - 1)
        if handle.read(1) == b"\n":
            return
        # walk back to the previous newline in blocks
        position = size
        while position > 0:
            step = min(64 * 1024, position)
            position -= step
            handle.seek(position)
            block = handle.read(step)
            cut = block.rfind(b"\n")
            if cut >= 0:
                handle.truncate(position + cut + 1)
                return
        handle.truncate(0)


def _parse(raw: bytes) -> dict[str, Any] | None:
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("key"), str):
        return None
    return data


def _lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """(offset, line) for every complete line; a torn last line is left out."""
    if not path.exists():
        return
    with path.open("rb") as handle:
        offset = 0
        for raw in handle:
            if not raw.endswith(b"\n"):
                return
            yield offset, raw
            offset += len(raw)


class Prior(NamedTuple):
    """What resume needs to know about a plan's last recorded result."""

    offset: int
    sha: str | None
    status: str
    as_of: str | None
    basis: str | None
    fingerprint: str | None


def prior_index(path: Path) -> dict[str, Prior]:
    """The last complete, valid line of each key (small records, not the lines themselves)."""
    index: dict[str, Prior] = {}
    for offset, raw in _lines(path):
        data = _parse(raw)
        if data is None:
            continue
        audit = data.get("audit") if isinstance(data.get("audit"), dict) else {}
        index[data["key"]] = Prior(
            offset, data.get("content_sha256"), str(data.get("status")), data.get("as_of"),
            audit.get("as_of_basis"), audit.get("profiles_fingerprint"),
        )
    return index


def iter_results(path: Path, visit: Callable[[dict[str, Any]], None] | None = None) -> Iterator[dict[str, Any]]:
    """Each plan's current result (last valid line per key), in the order the lines were written.

    Two passes over the file: the first finds each key's last line (and shows each valid line to
    `visit`), the second yields those lines; memory grows with the number of keys, not results.
    """
    last: dict[str, int] = {}
    for offset, raw in _lines(path):
        data = _parse(raw)
        if data is not None:
            last[data["key"]] = offset
            if visit is not None:
                visit(data)
    wanted = set(last.values())
    del last
    for offset, raw in _lines(path):
        if offset in wanted:
            data = _parse(raw)
            if data is not None:
                yield data


def compact(path: Path, keep: Callable[[str], bool]) -> tuple[int, int]:
    """Rewrite results.jsonl with the last valid line of each key that `keep` accepts.

    Returns (lines kept, lines dropped). Atomic: the new file replaces the old by rename.
    """
    index = prior_index(path)
    wanted = {prior.offset for key, prior in index.items() if keep(key)}
    total = 0
    kept = 0
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("wb") as out:
        for offset, raw in _lines(path):
            total += 1
            if offset in wanted:
                out.write(raw)
                kept += 1
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)
    return kept, total - kept
