"""Read one plan's bytes from where discovery found it, with size bounds.

Local files are opened without following a final symlink (discovery already resolved them), zip
members are checked against the declared size and compression ratio before they are inflated and
never read past the declared size, and fsspec URLs are read through fsspec. The open zip archives
are kept per process (a few at a time), so a large archive's directory is read once per worker.
"""

from __future__ import annotations

import os
import stat
import threading
import zipfile
import zlib
from collections import OrderedDict
from typing import Any

from authcheck.audit.discovery import PlanRef
from authcheck.readers import MAX_FILE_BYTES

__all__ = ["MAX_MEMBER_RATIO", "SourceError", "close_archives", "read_source"]

MAX_MEMBER_RATIO = 200  # inflated/compressed, above 1 MiB: a zip bomb, not a plan
_RATIO_FLOOR = 1024 * 1024
_OPEN_ARCHIVES = 4


class SourceError(Exception):
    """The plan's bytes cannot be had; the message is one line."""


class _Archives:
    """A small per-process cache of open zip archives (local or fsspec)."""

    def __init__(self) -> None:
        self._open: OrderedDict[str, tuple[zipfile.ZipFile, Any, dict[str, zipfile.ZipInfo]]] = OrderedDict()
        self._lock = threading.Lock()  # Dask runs tasks in threads

    def get(self, location: str, remote: bool) -> tuple[zipfile.ZipFile, dict[str, zipfile.ZipInfo]]:
        entry = self._open.get(location)
        if entry is not None:
            self._open.move_to_end(location)
            return entry[0], entry[2]
        handle: Any = None
        if remote:
            import fsspec

            handle = fsspec.open(location, "rb").open()
            archive = zipfile.ZipFile(handle)
        else:
            archive = zipfile.ZipFile(location)
        infos: dict[str, zipfile.ZipInfo] = {}
        for info in archive.infolist():
            infos.setdefault(info.filename, info)  # a repeated name: the first entry, as discovery keys it
        self._open[location] = (archive, handle, infos)
        while len(self._open) > _OPEN_ARCHIVES:
            _, (old, old_handle, _) = self._open.popitem(last=False)
            old.close()
            if old_handle is not None:
                old_handle.close()
        return archive, infos

    def close(self) -> None:
        while self._open:
            _, (archive, handle, _) = self._open.popitem()
            archive.close()
            if handle is not None:
                handle.close()


_ARCHIVES = _Archives()


def close_archives() -> None:
    """Close the archives this process keeps open."""
    _ARCHIVES.close()


def _too_large(size: int, limit: int) -> SourceError:
    return SourceError(f"file is {size:,} bytes, larger than the {limit:,}-byte limit")


def _read_file(path: str, limit: int) -> bytes:
    # no final symlink (discovery resolved it); O_NONBLOCK so a FIFO cannot stall the worker
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError as exc:
        raise SourceError("no such file") from exc
    except OSError as exc:
        raise SourceError(f"cannot read file: {exc.strerror or exc}") from exc
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise SourceError("not a regular file")
        if info.st_size > limit:
            raise _too_large(info.st_size, limit)
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise _too_large(len(data), limit)
    return data


def _read_member(ref: PlanRef, limit: int) -> bytes:
    with _ARCHIVES._lock:
        try:
            archive, infos = _ARCHIVES.get(ref.location, remote=ref.kind == "zipurl")
        except FileNotFoundError as exc:
            raise SourceError("zip archive no longer exists") from exc
        except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
            raise SourceError(f"cannot open zip archive: {getattr(exc, 'strerror', None) or exc}") from exc
        info = infos.get(ref.member or "")
        if info is None:
            raise SourceError("zip entry no longer exists")
        if info.file_size > limit:
            raise _too_large(info.file_size, limit)
        if info.file_size > _RATIO_FLOOR and info.file_size > MAX_MEMBER_RATIO * max(info.compress_size, 1):
            raise SourceError(f"zip entry has a compression ratio over {MAX_MEMBER_RATIO}:1 (zip bomb?); refused")
        try:
            with archive.open(info) as handle:
                data = handle.read(info.file_size + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError, OSError) as exc:
            raise SourceError(f"corrupt zip entry: {exc}") from exc
    if len(data) > info.file_size:
        raise SourceError("zip entry inflates beyond its declared size; refused")
    return data


def _read_url(url: str, limit: int) -> bytes:
    import fsspec

    try:
        with fsspec.open(url, "rb") as handle:
            size = getattr(handle, "size", None)
            if isinstance(size, int) and size > limit:
                raise _too_large(size, limit)
            data = handle.read(limit + 1)
    except SourceError:
        raise
    except FileNotFoundError as exc:
        raise SourceError("no such file") from exc
    except Exception as exc:  # noqa: BLE001 - any storage back-end fault is one line
        raise SourceError(f"cannot read URL: {type(exc).__name__}: {exc}") from exc
    if len(data) > limit:
        raise _too_large(len(data), limit)
    return data


def read_source(ref: PlanRef, limit: int = MAX_FILE_BYTES) -> bytes:
    """The plan's bytes (at most `limit`); SourceError with a one-line reason otherwise."""
    if ref.kind == "error":
        raise SourceError(ref.error or "not readable")
    if ref.kind == "file":
        data = _read_file(ref.location, limit)
    elif ref.kind in ("zip", "zipurl"):
        data = _read_member(ref, limit)
    elif ref.kind == "url":
        data = _read_url(ref.location, limit)
    else:
        raise SourceError(f"unknown source kind {ref.kind!r}")
    if not data:
        raise SourceError("file is empty")
    return data
