"""Attachments given with --attach: which required attachment each file stands for.

`--attach NAME=FILE` names the required attachment (a unique start of its name is enough, case and
punctuation aside); `--attach FILE` counts for a required attachment when the file name spells the
start of that attachment's name in at least two words ("signed-treatment-plan.pdf"), and is
enclosed as another document otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from authcheck.packets.settings import RequiredAttachment

__all__ = ["AttachmentError", "GivenFile", "match_attachments"]

_CONTENT_TYPES = {
    ".pdf": "application/pdf", ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".doc": "application/msword", ".txt": "text/plain", ".json": "application/json", ".xml": "application/xml",
    ".yaml": "application/yaml", ".yml": "application/yaml", ".png": "image/png", ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg", ".tif": "image/tiff", ".tiff": "image/tiff", ".rtf": "application/rtf",
}


class AttachmentError(Exception):
    """An --attach option cannot be used; the message is one line."""


@dataclass(frozen=True)
class GivenFile:
    """A file given with --attach and what it stands for (None: another document)."""

    path: Path
    name: str
    data: bytes
    required: str | None

    @property
    def content_type(self) -> str:
        """MIME type from the file extension."""
        return content_type(self.path)


def content_type(path: Path) -> str:
    """MIME type of a file from its extension."""
    return _CONTENT_TYPES.get(path.suffix.lower(), "application/octet-stream")


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _starts(name: list[str], required: list[str]) -> bool:
    return bool(name) and required[: len(name)] == name


def _by_name(name: str, required: list[RequiredAttachment]) -> str:
    words = _words(name)
    exact = [r.name for r in required if _words(r.name) == words]
    matches = exact or [r.name for r in required if _starts(words, _words(r.name))]
    if len(matches) == 1:
        return matches[0]
    choices = "; ".join(r.name for r in required) or "none"
    if not matches:
        raise AttachmentError(f"--attach {name!r}: not an attachment the profiles require (they require: {choices}); "
                              "give FILE alone for another document")
    raise AttachmentError(f"--attach {name!r}: matches several required attachments ({'; '.join(matches)})")


def match_attachments(specs: list[str], required: list[RequiredAttachment]) -> list[GivenFile]:
    """Read every --attach file and decide which required attachment it is."""
    given: list[GivenFile] = []
    seen: set[str] = set()
    for spec in specs:
        name: str | None = None
        file_text = spec
        if "=" in spec and not Path(spec).exists():
            name, file_text = (part.strip() for part in spec.split("=", 1))
        path = Path(file_text)
        if not path.is_file():
            raise AttachmentError(f"--attach {spec!r}: file not found: {path}")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise AttachmentError(f"--attach {spec!r}: cannot read {path}: {exc.strerror or exc}") from exc
        if path.name in seen:
            raise AttachmentError(f"--attach {spec!r}: another attachment is also named {path.name}; rename one")
        seen.add(path.name)
        if name:
            target: str | None = _by_name(name, required)
        else:
            stem = _words(path.stem)
            candidates = [r.name for r in required if len(stem) >= 2 and _starts(stem, _words(r.name))]
            target = candidates[0] if len(candidates) == 1 else None
        given.append(GivenFile(path=path, name=path.name, data=data, required=target))
    return given
