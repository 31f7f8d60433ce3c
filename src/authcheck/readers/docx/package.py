"""Open a DOCX package safely: bounded unzip, no bombs, no encrypted or foreign zips.

A DOCX is a zip of XML parts. The file is untrusted, so before anything is inflated the central
directory is checked: total declared size, per-member compression ratio, member count, encryption
flags. Reads are capped at the declared size (zipfile stops there and checks the CRC), so a lying
header cannot inflate more than was allowed. Every XML part goes through the hardened parser of
`authcheck.xmlsafe`.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

from authcheck.xmlsafe import XMLSyntaxError, parse_xml
from authcheck.readers.base import PlanReadError

__all__ = [
    "MAX_MEMBERS",
    "MAX_RATIO",
    "MAX_TOTAL_UNCOMPRESSED",
    "DocxPackage",
    "ole2_reason",
    "open_docx",
]

MAX_TOTAL_UNCOMPRESSED = 100 * 1024 * 1024
MAX_MEMBERS = 5000
MAX_RATIO = 200  # inflated/compressed; real Word XML stays well under 50
_RATIO_FLOOR = 1024 * 1024  # members smaller than this may have any ratio

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"

_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_DOCUMENT = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
)
_WORD_MAIN_TYPES = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
_FOREIGN_TYPES = {
    "spreadsheetml": "an Excel workbook (.xlsx)",
    "presentationml": "a PowerPoint presentation (.pptx)",
    "ms-excel": "an Excel workbook",
    "ms-powerpoint": "a PowerPoint presentation",
    "visio": "a Visio drawing",
}


_HEADER_FOOTER = {
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header": "header",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer": "footer",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/header": "header",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/footer": "footer",
}
MAX_PAGE_PARTS = 12  # headers and footers read at most (a section has up to three of each)
_NOTES = {
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes": "footnote",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes": "endnote",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/footnotes": "footnote",
    "http://purl.oclc.org/ooxml/officeDocument/relationships/endnotes": "endnote",
}


def _no_parts() -> list[tuple[str, etree._Element]]:
    return []


@dataclass(frozen=True)
class DocxPackage:
    """The main document of a Word package (parsed and as bytes), a loader for its styles part, a loader
    for its page headers and footers (("header" | "footer", parsed part) pairs, in relationship order) and one
    for its footnotes and endnotes parts (("footnote" | "endnote", parsed part) pairs), and one for its list
    numbering definitions (numbering.xml, as bytes)."""

    document: etree._Element
    document_data: bytes
    document_part: str
    load_styles: Callable[[], bytes | None]
    load_page_parts: Callable[[], list[tuple[str, etree._Element]]] = _no_parts
    load_note_parts: Callable[[], list[tuple[str, etree._Element]]] = _no_parts
    load_numbering: Callable[[], bytes | None] = lambda: None


def ole2_reason(data: bytes) -> str:
    """The one-line reason an OLE2 compound file (D0 CF 11 E0) cannot be read."""
    if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
        return (
            "password-protected (encrypted) Word document; remove the password in Word "
            "(File > Info > Protect Document) and save it again as .docx"
        )
    if "WordDocument".encode("utf-16-le") in data:
        return "old binary Word .doc file; open it in Word and save it as .docx"
    return "an OLE2 compound file (old Office binary format), not a .docx document"


def _check_members(infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_MEMBERS:
        raise ValueError(f"zip has {len(infos):,} members, more than the {MAX_MEMBERS:,} allowed")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise ValueError("zip is encrypted")
        total += info.file_size
        if total > MAX_TOTAL_UNCOMPRESSED:
            raise ValueError(
                f"zip would inflate to more than {MAX_TOTAL_UNCOMPRESSED // (1024 * 1024)} MB (zip bomb?)"
            )
        if info.file_size > _RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ValueError(
                f"zip member {info.filename!r} has a compression ratio over {MAX_RATIO}:1 (zip bomb?)"
            )


def _read(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    with zf.open(info) as handle:
        data = handle.read(info.file_size + 1)
    if len(data) > info.file_size:
        raise ValueError(f"zip member {info.filename!r} inflates beyond its declared size")
    return data


def _parse_part(data: bytes, name: str, path: str) -> etree._Element:
    try:
        return parse_xml(data)
    except XMLSyntaxError as exc:
        raise PlanReadError(path, f"{name} is not well-formed XML ({exc.msg})") from exc
    except ValueError as exc:
        raise PlanReadError(path, f"{name}: {exc}") from exc


def _main_part(zf: zipfile.ZipFile, names: dict[str, zipfile.ZipInfo], path: str) -> str:
    """The main document part named by the package relationships, falling back to word/document.xml."""
    rels = names.get("_rels/.rels")
    if rels is not None:
        root = _parse_part(_read(zf, rels), "_rels/.rels", path)
        for rel in root.iter(f"{{{_REL_NS}}}Relationship"):
            if rel.get("Type") in _OFFICE_DOCUMENT and rel.get("TargetMode") != "External":
                target = (rel.get("Target") or "").lstrip("/")
                return posixpath.normpath(target)
    return "word/document.xml"


def _foreign_kind(zf: zipfile.ZipFile, names: dict[str, zipfile.ZipInfo], path: str) -> str | None:
    """What the package is when it is not a Word document, judged from [Content_Types].xml."""
    info = names.get("[Content_Types].xml")
    if info is None:
        return None
    root = _parse_part(_read(zf, info), "[Content_Types].xml", path)
    types = [el.get("ContentType") or "" for el in root.iter(f"{{{_CT_NS}}}Override", f"{{{_CT_NS}}}Default")]
    if any(t in _WORD_MAIN_TYPES for t in types):
        return None
    for key, label in _FOREIGN_TYPES.items():
        if any(key in t for t in types):
            return label
    return None


def open_docx(data: bytes, path: str) -> DocxPackage:
    """Validate the package and parse its main document part; raise PlanReadError with a one-line reason."""
    if not data:
        raise PlanReadError(path, "file is empty")
    if data.startswith(OLE2_MAGIC):
        raise PlanReadError(path, ole2_reason(data))
    if not data.startswith(ZIP_MAGIC):
        raise PlanReadError(path, "not a .docx file (no zip signature)")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise PlanReadError(path, f"corrupt or truncated .docx (zip archive unreadable: {exc})") from exc
    try:
        with zf:
            infos = zf.infolist()
            _check_members(infos)
            names = {info.filename: info for info in infos}
            foreign = _foreign_kind(zf, names, path)
            if foreign:
                raise PlanReadError(path, f"{foreign}, not a Word document")
            part = _main_part(zf, names, path)
            info = names.get(part)
            if info is None:
                raise PlanReadError(path, "a zip archive but not a Word document (no word/document.xml)")
            raw = _read(zf, info)
            document = _parse_part(raw, part, path)
            styles_info = names.get(posixpath.join(posixpath.dirname(part), "styles.xml"))
            numbering_info = names.get(posixpath.join(posixpath.dirname(part), "numbering.xml"))
            page_infos = _page_part_infos(zf, names, part, path)
            note_infos = _page_part_infos(zf, names, part, path, _NOTES)
    except PlanReadError:
        raise
    except (
        zipfile.BadZipFile,
        EOFError,
        zlib.error,
        NotImplementedError,
        RuntimeError,
        ValueError,
        OSError,
    ) as exc:
        raise PlanReadError(path, f"corrupt or unsafe .docx: {exc}") from exc
    if etree.QName(document).localname != "document":
        raise PlanReadError(path, f"{part} is not a Word document body")
    return DocxPackage(
        document=document,
        document_data=raw,
        document_part=part,
        load_styles=lambda: _load_member(data, styles_info),
        load_page_parts=lambda: _load_page_parts(data, page_infos),
        load_note_parts=lambda: _load_page_parts(data, note_infos),
        load_numbering=lambda: _load_member(data, numbering_info),
    )


def _page_part_infos(
    zf: zipfile.ZipFile,
    names: dict[str, zipfile.ZipInfo],
    part: str,
    path: str,
    kinds: dict[str, str] = _HEADER_FOOTER,
) -> list[tuple[str, zipfile.ZipInfo]]:
    """The header and footer members (or the parts of other `kinds` of relationship, such as the footnotes) the
    main part's relationships name (at most MAX_PAGE_PARTS)."""
    folder = posixpath.dirname(part)
    rels = names.get(posixpath.join(folder, "_rels", posixpath.basename(part) + ".rels"))
    if rels is None:
        return []
    try:
        root = _parse_part(_read(zf, rels), rels.filename, path)
    except PlanReadError:
        return []  # the body is still readable without its headers and footers
    found: list[tuple[str, zipfile.ZipInfo]] = []
    for rel in root.iter(f"{{{_REL_NS}}}Relationship"):
        kind = kinds.get(rel.get("Type") or "")
        if kind is None or rel.get("TargetMode") == "External":
            continue
        target = posixpath.normpath(posixpath.join(folder, rel.get("Target") or ""))
        info = names.get(target)
        if info is not None and all(info is not known for _, known in found):
            found.append((kind, info))
        if len(found) >= MAX_PAGE_PARTS:
            break
    return found


def _load_page_parts(data: bytes, infos: list[tuple[str, zipfile.ZipInfo]]) -> list[tuple[str, etree._Element]]:
    """Parse the headers and footers through the hardened parser; an unreadable one is skipped."""
    parts: list[tuple[str, etree._Element]] = []
    for kind, info in infos:
        raw = _load_member(data, info)
        if not raw:
            continue
        try:
            parts.append((kind, parse_xml(raw)))
        except (XMLSyntaxError, ValueError):
            continue
    return parts


def _load_member(data: bytes, info: zipfile.ZipInfo | None) -> bytes | None:
    """Read one (already size-checked) member later, on demand; None when absent or unreadable."""
    if info is None:
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return _read(zf, info)
    except (zipfile.BadZipFile, EOFError, zlib.error, NotImplementedError, RuntimeError, ValueError, OSError):
        return None
