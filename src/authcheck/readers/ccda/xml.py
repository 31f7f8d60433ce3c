"""Namespace-tolerant access to C-CDA XML: children by local name, XPath pointers, codes, times, text.

C-CDA puts every element in the urn:hl7-org:v3 namespace, but section fragments often come without
namespace declarations (and sometimes mix both), so elements are matched by local name when they are
in the v3 namespace or in none. Extension elements (sdtc:...) are never matched by a bare name.

Pointers are XPaths over local names, the form lxml's `getpath` gives without namespaces:
"/ClinicalDocument/component/structuredBody/component[3]/section/entry[1]/observation". A position
[n] (1-based, counting siblings of the same name) is written only when the parent has more than one
child of that name. Elements outside the v3 namespace keep their prefix ("sdtc:raceCode"). To
evaluate a pointer, strip the v3 namespace from the tree (or bind it to a prefix and add it to each
step).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from lxml import etree

from authcheck.model import SourceLocation
from authcheck.quotes import clip

__all__ = [
    "ICD10CM",
    "V3",
    "XSI",
    "CodeInfo",
    "NarrativeIndex",
    "attr",
    "child",
    "children",
    "clean",
    "descendants",
    "element_ids",
    "flatten_lines",
    "flatten_text",
    "hl7_date",
    "is_v3",
    "local",
    "location",
    "read_code",
    "template_roots",
    "xpath_of",
]

V3 = "urn:hl7-org:v3"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
_V3_PREFIX = "{" + V3 + "}"
ICD10CM = "2.16.840.1.113883.6.90"

Element = etree._Element


def is_v3(el: object) -> bool:
    """True for an element (not a comment or PI) in the v3 namespace or in no namespace."""
    tag = getattr(el, "tag", None)
    if not isinstance(tag, str):
        return False
    return not tag.startswith("{") or tag.startswith(_V3_PREFIX)


def local(el: Element) -> str:
    """The element's local name ("" for comments and processing instructions)."""
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]


def children(el: Element | None, *names: str) -> list[Element]:
    """Direct v3 children with one of the given local names (all v3 children when no name is given)."""
    if el is None:
        return []
    return [c for c in el if is_v3(c) and (not names or local(c) in names)]


def child(el: Element | None, *path: str) -> Element | None:
    """The first element reached by following local names one level at a time, or None."""
    current = el
    for name in path:
        found = children(current, name)
        if not found:
            return None
        current = found[0]
    return current


def descendants(el: Element, *names: str) -> list[Element]:
    """Every v3 descendant with one of the given local names, in document order."""
    return [d for d in el.iterdescendants() if is_v3(d) and local(d) in names]


# Placeholders some exports write where an identifier is unknown: no identifier at all
_PLACEHOLDER_IDS = {"none", "null", "nil", "n/a", "na", "unk", "unknown", "not available", "undefined"}


def id_extension(ident: Element | None) -> str | None:
    """An id's extension (an NPI, a member id), or None when absent, null-flavoured or a placeholder ("None")."""
    if ident is None or ident.get("nullFlavor"):
        return None
    value = attr(ident, "extension")
    return None if value is None or value.casefold() in _PLACEHOLDER_IDS else value


def attr(el: Element | None, name: str) -> str | None:
    """An attribute value with surrounding space removed, or None when absent or blank."""
    if el is None:
        return None
    value = el.get(name)
    if value is None:
        return None
    value = value.strip()
    return value or None


def xsi_type(el: Element | None) -> str | None:
    """The xsi:type of an element without its prefix ("PIVL_TS", "CD", ...)."""
    value = attr(el, f"{{{XSI}}}type")
    return value.split(":")[-1] if value else None


def clean(text: str | None) -> str | None:
    """Collapse whitespace; None for blank text."""
    if text is None:
        return None
    text = " ".join(text.split())
    return text or None


def template_roots(el: Element | None) -> set[str]:
    """The templateId roots of an element (extensions ignored, so versioned and unversioned both match)."""
    return {root for t in children(el, "templateId") if (root := attr(t, "root"))}


def element_ids(el: Element | None) -> list[str]:
    """The element's ids as "root^extension" keys, for matching entry references."""
    keys = []
    for ident in children(el, "id"):
        root, extension = attr(ident, "root"), attr(ident, "extension")
        if root or extension:
            keys.append(f"{root or ''}^{extension or ''}")
    return keys


def xpath_of(el: Element) -> str:
    """A readable XPath to the element (see the module docstring for the form)."""
    steps = []
    node: Element | None = el
    while node is not None:
        parent = node.getparent()
        name = local(node)
        if not is_v3(node):
            prefix = node.prefix or "ns"
            name = f"{prefix}:{name}"
        if parent is not None:
            same = [s for s in parent if isinstance(s.tag, str) and s.tag == node.tag]
            if len(same) > 1:
                name = f"{name}[{same.index(node) + 1}]"
        steps.append(name)
        node = parent
    return "/" + "/".join(reversed(steps))


_QUOTE_MAX = 400


def location(el: Element, section: str | None = None, text: str | None = None) -> SourceLocation:
    """Where an element is: its XPath, the section title it sits under, and the passage as written."""
    if text:
        text = clip(text, _QUOTE_MAX)
    return SourceLocation(pointer=xpath_of(el), section=section, text=text)


_TS = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})")


def hl7_date(value: str | None) -> dt.date | None:
    """The calendar date of an HL7 timestamp ("20251228", "201308201120-0800"); None when partial or invalid."""
    if not value:
        return None
    match = _TS.match(value)
    if not match:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


_SYSTEM_NAMES = {
    ICD10CM: "ICD-10-CM",
    "2.16.840.1.113883.6.3": "ICD-10",
    "2.16.840.1.113883.6.103": "ICD-9-CM",
    "2.16.840.1.113883.6.4": "ICD-10-PCS",
    "2.16.840.1.113883.6.96": "SNOMED CT",
    "2.16.840.1.113883.6.1": "LOINC",
    "2.16.840.1.113883.6.12": "CPT",
    "2.16.840.1.113883.6.285": "HCPCS",
    "2.16.840.1.113883.6.14": "HCPCS",
    "2.16.840.1.113883.6.88": "RxNorm",
    "2.16.840.1.113883.6.101": "NUCC",
}
SERVICE_CODE_SYSTEMS = {"2.16.840.1.113883.6.12", "2.16.840.1.113883.6.285", "2.16.840.1.113883.6.14"}


class NarrativeIndex:
    """The section narrative elements by their ID attribute, to resolve <reference value="#id"/>."""

    def __init__(self, root: Element) -> None:
        self._by_id: dict[str, Element] = {}
        for el in root.iter():
            if isinstance(el.tag, str):
                ident = el.get("ID")
                if ident and ident not in self._by_id:
                    self._by_id[ident] = el

    def element(self, reference: Element | None) -> Element | None:
        """The narrative element a <reference> (or an element holding one) points to."""
        if reference is None:
            return None
        if local(reference) != "reference":
            reference = child(reference, "reference")
        value = attr(reference, "value")
        if not value or not value.startswith("#"):
            return None
        return self._by_id.get(value[1:])

    def text_of(self, holder: Element | None) -> tuple[str | None, Element | None]:
        """The text an element states: its referenced narrative, else its own text; and where it is."""
        if holder is None:
            return None, None
        target = self.element(holder)
        if target is not None:
            return flatten_text(target), target
        own = clean("".join(t for t in holder.itertext() if isinstance(t, str)))
        return own, holder if own else None


_SPACE = re.compile(r"[\t\r\n]+")
_BLOCKS = {"paragraph", "item", "tr", "list", "table", "caption", "thead", "tbody", "tfoot", "footnote"}


def flatten_text(el: Element) -> str | None:
    """Narrative as one string: cells joined by " | ", blocks and <br/> by "; " ."""
    lines = flatten_lines(el)
    return clean("; ".join(lines)) if lines else None


def flatten_lines(el: Element) -> list[str]:
    """Narrative as lines: one per block (paragraph, item, row) or <br/>, table cells joined by " | "."""
    parts: list[str] = []

    def walk(node: Element) -> None:
        name = local(node) if isinstance(node.tag, str) else ""
        if name == "br":
            parts.append("\n")
        elif name in ("td", "th"):
            parts.append("\t")
        elif name in _BLOCKS:
            parts.append("\n")
        if node.text and isinstance(node.tag, str):
            parts.append(_SPACE.sub(" ", node.text))
        for sub in node:
            if isinstance(sub.tag, str):
                walk(sub)
            if sub.tail:
                parts.append(_SPACE.sub(" ", sub.tail))
        if name in _BLOCKS:
            parts.append("\n")

    walk(el)
    lines = []
    for line in "".join(parts).split("\n"):
        cells = [c for c in (clean(cell) for cell in line.split("\t")) if c]
        if cells:
            lines.append(" | ".join(cells))
    return lines


@dataclass
class CodeInfo:
    """A coded value (code, value xsi:type CD, translation) as written."""

    element: Element
    code: str | None = None
    system: str | None = None
    system_name: str | None = None
    display: str | None = None
    original_text: str | None = None
    null_flavor: str | None = None
    translations: list[CodeInfo] = field(default_factory=list)

    @property
    def system_label(self) -> str | None:
        """A readable code system name: "ICD-10-CM", "SNOMED CT", ... or what the document calls it."""
        if self.system in _SYSTEM_NAMES:
            return _SYSTEM_NAMES[self.system]
        return self.system_name or self.system

    def is_icd10cm(self) -> bool:
        """True for ICD-10-CM by OID, or by name when the OID is missing."""
        if self.system:
            return self.system == ICD10CM
        name = (self.system_name or "").upper().replace(" ", "").replace("-", "")
        return name in ("ICD10CM", "ICD10")

    def is_service_code(self) -> bool:
        """True for CPT or HCPCS codes."""
        if self.system:
            return self.system in SERVICE_CODE_SYSTEMS
        name = (self.system_name or "").upper()
        return name.startswith(("CPT", "HCPCS"))

    def all_codes(self) -> list[CodeInfo]:
        """This code and its translations."""
        return [self, *self.translations]

    def text(self) -> str | None:
        """The best human text: original text, else display name."""
        return self.original_text or self.display


def read_code(el: Element | None, narrative: NarrativeIndex | None = None) -> CodeInfo | None:
    """Read a code-like element (code, value, translation); None when the element is absent."""
    if el is None:
        return None
    original = None
    original_el = child(el, "originalText")
    if original_el is not None:
        if narrative is not None:
            original, _ = narrative.text_of(original_el)
        else:
            original = clean("".join(original_el.itertext()))
    info = CodeInfo(
        element=el,
        code=attr(el, "code"),
        system=attr(el, "codeSystem"),
        system_name=attr(el, "codeSystemName"),
        display=clean(el.get("displayName")),
        original_text=original,
        null_flavor=attr(el, "nullFlavor"),
    )
    info.translations = [t for t in (read_code(tr, narrative) for tr in children(el, "translation")) if t]
    return info
