"""Decide from the first bytes whether a file is C-CDA, without parsing it.

Accepted: a root `ClinicalDocument`, `section` (or a `component` wrapping a section) in the
urn:hl7-org:v3 namespace; or the same roots in no namespace when the head shows C-CDA shapes
(HL7 template ids, LOINC section codes, CDA typeId). FHIR XML (http://hl7.org/fhir) and any other
namespace are refused. The prolog (XML declaration, comments, processing instructions, a DOCTYPE
with or without an internal subset) is skipped, so a hostile file still reaches the reader and gets
its one-line refusal there.
"""

from __future__ import annotations

import re

__all__ = ["looks_like_ccda"]

V3 = "urn:hl7-org:v3"
_ROOTS = {"ClinicalDocument", "section", "component"}
_START = re.compile(
    r"<(?:(?P<prefix>[A-Za-z_][\w.\-]*):)?(?P<name>[A-Za-z_][\w.\-]*)(?P<attrs>[^<>]*)>", re.DOTALL
)
_CCDA_SHAPES = re.compile(
    r"""<(?:\w+:)?templateId\b[^>]*root\s*=\s*["']2\.16\.840\.1\.113883\.10\.20\."""
    r"""|<(?:\w+:)?typeId\b[^>]*root\s*=\s*["']2\.16\.840\.1\.113883\.1\.3["']"""
    r"""|<(?:\w+:)?code\b[^>]*codeSystem\s*=\s*["']2\.16\.840\.1\.113883\.6\.1["']""",
    re.DOTALL,
)


def _decode(head: bytes) -> str:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="ignore")
    if head[:4] in (b"<\x00?\x00", b"\x00<\x00?"):
        return head.decode("utf-16-le" if head[0] == 0x3C else "utf-16-be", errors="ignore")
    return head.decode("utf-8", errors="replace").lstrip("\ufeff")


def _skip_prolog(text: str) -> int:
    """Index of the root start tag, past declarations, comments, PIs and a DOCTYPE; -1 if none."""
    pos = 0
    length = len(text)
    while pos < length:
        while pos < length and text[pos].isspace():
            pos += 1
        if text.startswith("<?", pos):
            end = text.find("?>", pos)
            pos = end + 2 if end >= 0 else length
        elif text.startswith("<!--", pos):
            end = text.find("-->", pos)
            pos = end + 3 if end >= 0 else length
        elif text.startswith("<!DOCTYPE", pos) or text.startswith("<!doctype", pos):
            bracket = text.find("[", pos)
            close = text.find(">", pos)
            if 0 <= bracket < close or (bracket >= 0 and close < 0):
                end = text.find("]", bracket)
                close = text.find(">", end) if end >= 0 else -1
            pos = close + 1 if close >= 0 else length
        elif text.startswith("<", pos):
            return pos
        else:
            return -1
    return -1


def _namespace(prefix: str | None, attrs: str) -> str | None:
    key = f"xmlns:{prefix}" if prefix else "xmlns"
    match = re.search(rf"""(?<![\w:]){re.escape(key)}\s*=\s*["']([^"']*)["']""", attrs)
    return match.group(1).strip() if match else None


def looks_like_ccda(head: bytes) -> bool:
    """True when the head of a file is a C-CDA document or a bare C-CDA section."""
    if not head or b"\x00\x00" in head[:64] or head.startswith(b"PK"):
        return False
    text = _decode(head)
    start = _skip_prolog(text)
    if start < 0:
        return False
    match = _START.match(text, start)
    if not match or match.group("name") not in _ROOTS:
        return False
    prefix, name = match.group("prefix"), match.group("name")
    namespace = _namespace(prefix, match.group("attrs"))
    if prefix and namespace is None:
        return False
    rest = text[match.end() :]
    if name == "component" and not re.match(r"\s*(?:<!--.*?-->\s*)*<(?:\w+:)?section\b", rest, re.DOTALL):
        return False
    if namespace == V3:
        return True
    if namespace:
        return False
    return bool(_CCDA_SHAPES.search(rest))
