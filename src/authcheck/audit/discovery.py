"""Find the plans an audit covers: folders (recursive), zip archives, list files and fsspec URLs.

Every plan found becomes a `PlanRef`: a stable key (also the report's `source`), where to read it
from, and the site folder it sits in. Anything that must not be read (a zip entry with an absolute
or `..` path, a symlink leading out of its root, a missing path) becomes a PlanRef that carries the
reason in `error`, so the audit records it as an error line and goes on.

Rules (docs/audit.md):
- A folder is walked recursively in name order. Hidden files and folders (".name"), Office lock
  files ("~$name") and Thumbs.db/desktop.ini are skipped. A file symlink is read only when its target
  lies inside the same root; a folder symlink is never descended (its target, when inside the root,
  is reached by its real path; one pointing outside gives an error line).
- A file ending in ".zip" (given, or met in a folder) is an archive of plans: each member is a plan,
  except folders, hidden members and __MACOSX/. Members with absolute paths, ".." parts, symlink
  modes or encryption are refused with an error line; a zip inside a zip is not opened.
- A list file is given as `@FILE` (any name) or as a file ending in ".lst": one PATH per line, blank
  lines and lines starting with "#" ignored, relative paths taken from the list file's folder.
- A PATH containing "://" is an fsspec URL (s3://, gs://, abfs://, file://, ...): a folder URL is
  listed recursively, a ".zip" URL is an archive; workers read the URLs themselves.
- The same file reached twice (overlapping roots) is audited once, under the first key.
- `--include GLOB` / `--exclude GLOB` (a `Selection`) choose among the files met in folders, archives and folder
  URLs by name, case-insensitively: with includes, only names matching one of them are plans; a name matching an
  exclude is skipped, and a folder (or an archive) whose name matches one is not entered. A file named as a PATH
  (or in a list file) is audited whatever its name.
"""

from __future__ import annotations

import fnmatch
import os
import posixpath
import stat
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

__all__ = ["LIST_SUFFIX", "PlanRef", "Selection", "discover", "is_url", "zip_member_problem"]

LIST_SUFFIX = ".lst"
_SKIP_NAMES = {"thumbs.db", "desktop.ini", "__macosx"}
_ZIP_SEP = "!/"


class PlanRef(NamedTuple):
    """One plan to audit.

    kind: "file" (local path), "zip" (member of a local zip), "url" (fsspec URL), "zipurl" (member
    of a zip at an fsspec URL) or "error" (not to be read; `error` says why).
    """

    key: str
    kind: str
    location: str
    member: str | None = None
    site: str | None = None
    error: str | None = None


def is_url(path: str) -> bool:
    """True for an fsspec URL such as s3://bucket/plans (a Windows drive path is not one)."""
    head, sep, _ = path.partition("://")
    return bool(sep) and head.replace("+", "").replace("-", "").isalnum() and len(head) > 1


def _skipped(name: str) -> bool:
    return name.startswith((".", "~$")) or name.lower() in _SKIP_NAMES


@dataclass(frozen=True)
class Selection:
    """The files met under a folder or in an archive that are plans, by name (glob patterns, any case):
    `include` (none given: every file) and `exclude` (also a folder's or an archive's name: nothing in it)."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    def excludes(self, name: str) -> bool:
        return any(fnmatch.fnmatchcase(name.lower(), pattern.lower()) for pattern in self.exclude)

    def includes(self, name: str) -> bool:
        return not self.include or any(fnmatch.fnmatchcase(name.lower(), pattern.lower()) for pattern in self.include)

    def wants(self, parts: list[str]) -> bool:
        """A file at folder/.../name (its path's parts below the root) is audited."""
        return bool(parts) and not any(self.excludes(part) for part in parts) and self.includes(parts[-1])


_EVERY_FILE = Selection()


def zip_member_problem(info: zipfile.ZipInfo) -> str | None:
    """Why a zip entry must not be read, or None. Checks the name and the entry's flags only."""
    name = info.filename.replace("\\", "/")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return "zip entry has an absolute path; refused"
    if ".." in name.split("/"):
        return "zip entry path contains '..'; refused"
    if "\x00" in name:
        return "zip entry name contains a NUL byte; refused"
    mode = info.external_attr >> 16
    if info.create_system == 3 and stat.S_ISLNK(mode):
        return "zip entry is a symbolic link; refused"
    if info.flag_bits & 0x1:
        return "zip entry is encrypted; extract it with its password first"
    if name.lower().endswith(".zip"):
        return "a zip archive inside a zip archive is not opened; extract it first"
    return None


def _member_site(name: str) -> str | None:
    parts = [p for p in name.replace("\\", "/").split("/") if p]
    return parts[0] if len(parts) > 1 else None


def _zip_refs(
    infos: Iterable[zipfile.ZipInfo], key_base: str, location: str, kind: str, selection: Selection = _EVERY_FILE
) -> Iterator[PlanRef]:
    seen: dict[str, int] = {}
    for info in infos:
        name = info.filename
        if info.is_dir() or name.endswith(("/", "\\")):
            continue
        shown = name.replace("\x00", "\\0")
        parts = shown.replace("\\", "/").split("/")
        if any(_skipped(p) for p in parts if p not in ("", "..")):
            continue
        if not selection.wants([p for p in parts if p]):
            continue
        key = f"{key_base}{_ZIP_SEP}{shown.lstrip('/')}"
        if key in seen:
            seen[key] += 1
            yield PlanRef(f"{key} [duplicate entry {seen[key]}]", "error", location, name, None,
                          "zip archive holds this entry name more than once; only the first is read")
            continue
        seen[key] = 1
        problem = zip_member_problem(info)
        if problem:
            yield PlanRef(key, "error", location, name, None, problem)
        else:
            yield PlanRef(key, kind, location, name, _member_site(name))


def _local_zip(path: Path, key_base: str, selection: Selection = _EVERY_FILE) -> Iterator[PlanRef]:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        yield PlanRef(key_base, "error", str(path), None, None, f"cannot open zip archive: {reason}")
        return
    yield from _zip_refs(infos, key_base, str(path), "zip", selection)


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
    except ValueError:
        return False
    return True


class _Finder:
    """Walks the given PATHs; `exclude` is a folder never entered (the audit's own output folder), `selection` the
    files met inside folders and archives that are plans."""

    def __init__(self, exclude: Path | None, selection: Selection = _EVERY_FILE) -> None:
        self.exclude = exclude.resolve() if exclude is not None else None
        self.selection = selection
        self.seen: set[str] = set()

    def _first(self, identity: str) -> bool:
        if identity in self.seen:
            return False
        self.seen.add(identity)
        return True

    def paths(self, paths: Iterable[str], list_dir: Path | None = None, in_list: bool = False) -> Iterator[PlanRef]:
        for raw in paths:
            if raw.startswith("@") and not in_list:
                yield from self.list_file(raw[1:])
                continue
            if is_url(raw):
                yield from self.url(raw)
                continue
            given = Path(raw)
            if list_dir is not None and not given.is_absolute():
                given = list_dir / given
            key = posixpath.normpath(str(given).replace(os.sep, "/"))
            if raw.startswith("@") or (given.suffix.lower() == LIST_SUFFIX and not in_list and given.is_file()):
                if in_list:
                    yield PlanRef(key, "error", str(given), None, None, "a list file inside a list file is not read")
                else:
                    yield from self.list_file(raw)
                continue
            yield from self.root(given, key)

    def list_file(self, raw: str) -> Iterator[PlanRef]:
        path = Path(raw)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            yield PlanRef(f"@{raw}", "error", raw, None, None, f"cannot read list file: {reason}")
            return
        lines = [line.strip() for line in text.splitlines()]
        yield from self.paths([line for line in lines if line and not line.startswith("#")], path.parent, in_list=True)

    def root(self, given: Path, key: str) -> Iterator[PlanRef]:
        if not given.exists() and not given.is_symlink():
            yield PlanRef(key, "error", str(given), None, None, "no such file or folder")
            return
        try:
            real = given.resolve(strict=True)
        except (OSError, RuntimeError) as exc:
            yield PlanRef(key, "error", str(given), None, None, f"cannot resolve path: {exc}")
            return
        if real.is_dir():
            yield from self.walk(real, key)
        elif real.suffix.lower() == ".zip":
            if self._first(str(real)):
                yield from _local_zip(real, key, self.selection)
        elif self._first(str(real)):
            yield PlanRef(key, "file", str(real), None, None)

    def walk(self, root: Path, key: str) -> Iterator[PlanRef]:
        """Depth-first in name order (an explicit stack, so deep trees cannot exhaust recursion)."""
        stack: list[tuple[Iterator[os.DirEntry[str]], str, tuple[str, ...]]] = []
        opened = self._listing(root, key, ())
        if isinstance(opened, PlanRef):
            yield opened
            return
        stack.append(opened)
        while stack:
            entries, folder_key, rel = stack[-1]
            entry = next(entries, None)
            if entry is None:
                stack.pop()
                continue
            if _skipped(entry.name) or self.selection.excludes(entry.name):
                continue
            entry_key = f"{folder_key}/{entry.name}"
            site = rel[0] if rel else None
            try:
                if entry.is_symlink():
                    yield from self.symlink(Path(entry.path), root, entry_key, site)
                elif entry.is_dir(follow_symlinks=False):
                    path = Path(entry.path)
                    if self.exclude is not None and path == self.exclude:
                        continue
                    opened = self._listing(path, entry_key, (*rel, entry.name))
                    if isinstance(opened, PlanRef):
                        yield opened
                    else:
                        stack.append(opened)
                elif entry.is_file(follow_symlinks=False):
                    yield from self.file(Path(entry.path), entry_key, site)
            except OSError as exc:
                yield PlanRef(entry_key, "error", entry.path, None, None, f"cannot read: {exc.strerror or exc}")

    @staticmethod
    def _listing(folder: Path, key: str, rel: tuple[str, ...]) -> tuple[Iterator[os.DirEntry[str]], str, tuple[str, ...]] | PlanRef:
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda e: e.name)
        except OSError as exc:
            return PlanRef(key, "error", str(folder), None, None, f"cannot list folder: {exc.strerror or exc}")
        return iter(entries), key, rel

    def symlink(self, link: Path, root: Path, key: str, site: str | None) -> Iterator[PlanRef]:
        try:
            target = link.resolve(strict=True)
        except (OSError, RuntimeError):
            yield PlanRef(key, "error", str(link), None, None, "broken symlink")
            return
        if not _inside(target, root):
            yield PlanRef(key, "error", str(link), None, None, "symlink points outside the audited folder; not followed")
            return
        if target.is_dir():
            return  # reached by its real path inside the root
        yield from self.file(target, key, site)

    def file(self, path: Path, key: str, site: str | None) -> Iterator[PlanRef]:
        """A file met in a folder: an archive to open, or a plan when the selection includes its name."""
        is_zip = path.suffix.lower() == ".zip"
        if not (is_zip or self.selection.includes(key.rsplit("/", 1)[-1])) or not self._first(str(path)):
            return
        if is_zip:
            for ref in _local_zip(path, key, self.selection):
                yield ref._replace(site=ref.site or site) if ref.kind == "zip" else ref
        else:
            yield PlanRef(key, "file", str(path), None, site)

    def url(self, url: str) -> Iterator[PlanRef]:
        try:
            import fsspec
        except ImportError:
            yield PlanRef(url, "error", url, None, None, "URL paths need fsspec: pip install 'authcheck[dask]'")
            return
        try:
            fs, root = fsspec.core.url_to_fs(url)
            protocol = url.split("://", 1)[0]
            if fs.isdir(root):
                base = url.rstrip("/")
                files = sorted(fs.find(root, withdirs=False))
                prefix = root.rstrip("/") + "/"
                for found in files:
                    rel = found[len(prefix):] if found.startswith(prefix) else found
                    parts = rel.split("/")
                    if any(_skipped(p) for p in parts) or any(self.selection.excludes(p) for p in parts):
                        continue
                    if not rel.lower().endswith(".zip") and not self.selection.includes(parts[-1]):
                        continue
                    full = f"{base}/{rel}"
                    site = parts[0] if len(parts) > 1 else None
                    if not self._first(full):
                        continue
                    if rel.lower().endswith(".zip"):
                        for ref in self.url_zip(fs, found, full):
                            yield ref._replace(site=ref.site or site) if ref.kind == "zipurl" else ref
                    else:
                        yield PlanRef(full, "url", full, None, site)
            elif fs.isfile(root):
                if self._first(url):
                    if url.lower().endswith(".zip"):
                        yield from self.url_zip(fs, root, url)
                    else:
                        yield PlanRef(url, "url", url, None, None)
            else:
                yield PlanRef(url, "error", url, None, None, f"no such file or folder ({protocol})")
        except Exception as exc:  # noqa: BLE001 - any storage back-end fault is one error line
            yield PlanRef(url, "error", url, None, None, f"cannot list URL: {type(exc).__name__}: {exc}")

    def url_zip(self, fs: object, path: str, url: str) -> Iterator[PlanRef]:
        try:
            with fs.open(path, "rb") as handle, zipfile.ZipFile(handle) as zf:  # type: ignore[attr-defined]
                infos = zf.infolist()
        except Exception as exc:  # noqa: BLE001
            yield PlanRef(url, "error", url, None, None, f"cannot open zip archive: {type(exc).__name__}: {exc}")
            return
        yield from _zip_refs(infos, url, url, "zipurl", self.selection)


def discover(
    paths: Iterable[str], *, exclude: Path | None = None, selection: Selection = _EVERY_FILE
) -> Iterator[PlanRef]:
    """Every plan under `paths`, in a stable order; `exclude` (the output folder) is never entered, and `selection`
    chooses among the files met in folders and archives."""
    yield from _Finder(exclude, selection).paths(list(paths))
