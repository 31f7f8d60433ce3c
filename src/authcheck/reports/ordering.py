"""Findings grouped by plan section, in the order the sections and passages appear in the document.

Where a finding sits comes from its SourceLocation: for DOCX the paragraph or table (paragraphs and
tables are numbered separately, so the Word file is read once more to interleave them), for native
YAML/JSON the line, for FHIR and C-CDA the JSON pointer or XPath. Findings without a recorded place
(most often about something the document lacks) come first, in sections marked `in_document=False`:
a missing diagnosis or plan date matters before anything else.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from authcheck.findings import Finding, PlanReport
from authcheck.model import SourceLocation

__all__ = ["SectionGroup", "docx_block_positions", "group_by_section", "position_key"]

Key = tuple[object, ...]


@dataclass
class SectionGroup:
    """One section of the report: a heading (the document's own when known) and its findings in order."""

    title: str
    findings: list[Finding] = field(default_factory=list)
    in_document: bool = True


@lru_cache(maxsize=64)
def _docx_positions_cached(path: str, mtime: float, size: int) -> tuple[tuple[int, ...], tuple[int, ...]] | None:
    from authcheck.xmlsafe import parse_xml

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("word/document.xml")
            if info.file_size > 200 * 1024 * 1024:
                return None
            root = parse_xml(archive.read(info))
    except Exception:  # noqa: BLE001 - an unreadable file only loses the interleaving; ordering never fails
        return None
    body = root.find(f"{w}body")
    if body is None:
        return None
    paragraphs: list[int] = []
    tables: list[int] = []
    for position, child in enumerate(body):
        if child.tag == f"{w}p":
            paragraphs.append(position)
        elif child.tag == f"{w}tbl":
            tables.append(position)
    return tuple(paragraphs), tuple(tables)


def docx_block_positions(path: str | Path) -> tuple[tuple[int, ...], tuple[int, ...]] | None:
    """Body positions of python-docx's `Document.paragraphs` and `Document.tables`, or None if unreadable."""
    try:
        stat = Path(path).stat()
    except OSError:
        return None
    return _docx_positions_cached(str(path), stat.st_mtime, stat.st_size)


_STEP = re.compile(r"([^/\[\]]+)(?:\[(\d+)\])?")


def _pointer_key(pointer: str) -> Key:
    """JSON pointers and XPaths compare step by step, numbers as numbers."""
    out: list[object] = []
    for step in pointer.strip("/").split("/"):
        if step.isdigit():
            out.append((0, int(step), ""))
            continue
        match = _STEP.fullmatch(step)
        if match:
            out.append((1, int(match.group(2) or 0), match.group(1)))
        else:
            out.append((2, 0, step))
    return tuple(out)


def position_key(source: SourceLocation | None, docx_positions: tuple[Sequence[int], Sequence[int]] | None = None) -> Key | None:
    """A sort key giving the source's place in its document, or None when it has no place."""
    if source is None:
        return None
    if source.paragraph is not None:
        index = source.paragraph
        if docx_positions and index < len(docx_positions[0]):
            return (0, docx_positions[0][index], 0, 0)
        return (0, index, 0, 0)
    if source.table is not None:
        index = source.table
        if docx_positions and index < len(docx_positions[1]):
            return (0, docx_positions[1][index], (source.row or 0) + 1, source.cell or 0)
        return (1, index, (source.row or 0) + 1, source.cell or 0)
    if source.line is not None:
        return (0, source.line, 0, 0)
    if source.pointer:
        return (2, _pointer_key(source.pointer))
    return None


def group_by_section(report: PlanReport) -> list[SectionGroup]:
    """The report's findings in sections: those not in the document first, then in document order."""
    positions = docx_block_positions(report.source) if report.format == "docx" else None
    keyed: list[tuple[Key | None, int, Finding]] = [
        (position_key(f.location.source, positions), index, f) for index, f in enumerate(report.findings)
    ]
    groups: dict[str, SectionGroup] = {}
    first_seen: dict[str, Key] = {}
    for key, _, finding in keyed:
        title = finding.location.section
        groups.setdefault(title, SectionGroup(title))
        if key is not None and (title not in first_seen or key < first_seen[title]):  # type: ignore[operator]
            first_seen[title] = key
    for key, index, finding in sorted(keyed, key=lambda item: (item[0] is None, item[0] or (), item[1])):  # type: ignore[arg-type]
        groups[finding.location.section].findings.append(finding)
    missing = [g for title, g in groups.items() if title not in first_seen]
    for group in missing:
        group.in_document = False
    placed = sorted((g for title, g in groups.items() if title in first_seen), key=lambda g: first_seen[g.title])  # type: ignore[arg-type,return-value]
    return missing + placed
