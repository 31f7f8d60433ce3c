"""Which C-CDA section is which: by LOINC section code or by templateId root (any version).

Codes and template ids are those of C-CDA R2.1 (HL7 CDA-ccda, C-CDA-Examples), with the R1.1 and
IHE ids that documents in the wild still carry.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from lxml import etree

from authcheck.readers.ccda.xml import attr, child, children, clean, local, template_roots

__all__ = ["SectionInfo", "SectionKind", "classify_section", "iter_sections"]

SectionKind = Literal[
    "health-concerns",
    "goals",
    "interventions",
    "outcomes",
    "plan-of-treatment",
    "problems",
    "assessment",
    "assessment-and-plan",
    "payers",
    "presenting",
    "functional-status",
    "mental-status",
    "other",
]

_BY_CODE: dict[str, SectionKind] = {
    "75310-3": "health-concerns",
    "61146-7": "goals",
    "62387-6": "interventions",
    "11383-7": "outcomes",
    "18776-5": "plan-of-treatment",
    "59772-4": "plan-of-treatment",  # Planned Procedure Section
    "11450-4": "problems",
    "51848-0": "assessment",
    "51847-2": "assessment-and-plan",
    "48768-6": "payers",
    "10154-3": "presenting",  # Chief complaint
    "46239-0": "presenting",  # Chief complaint and reason for visit
    "29299-5": "presenting",  # Reason for visit
    "42349-1": "presenting",  # Reason for referral
    "10164-2": "presenting",  # History of present illness
    "47420-5": "functional-status",
    "10190-7": "mental-status",
}
_BY_TEMPLATE: dict[str, SectionKind] = {
    "2.16.840.1.113883.10.20.22.2.58": "health-concerns",
    "2.16.840.1.113883.10.20.22.2.60": "goals",
    "2.16.840.1.113883.10.20.21.2.3": "interventions",
    "2.16.840.1.113883.10.20.22.2.61": "outcomes",
    "2.16.840.1.113883.10.20.22.2.10": "plan-of-treatment",
    "2.16.840.1.113883.10.20.22.2.30": "plan-of-treatment",
    "2.16.840.1.113883.10.20.22.2.5": "problems",
    "2.16.840.1.113883.10.20.22.2.5.1": "problems",
    "2.16.840.1.113883.10.20.22.2.8": "assessment",
    "2.16.840.1.113883.10.20.22.2.9": "assessment-and-plan",
    "2.16.840.1.113883.10.20.22.2.18": "payers",
    "2.16.840.1.113883.10.20.22.2.13": "presenting",
    "2.16.840.1.113883.10.20.22.2.12": "presenting",
    "1.3.6.1.4.1.19376.1.5.3.1.1.13.2.1": "presenting",
    "1.3.6.1.4.1.19376.1.5.3.1.3.1": "presenting",
    "1.3.6.1.4.1.19376.1.5.3.1.3.4": "presenting",
    "2.16.840.1.113883.10.20.22.2.14": "functional-status",
    "2.16.840.1.113883.10.20.22.2.56": "mental-status",
}
# Order of preference among presenting-problem sections.
PRESENTING_ORDER = ["10154-3", "46239-0", "29299-5", "42349-1", "10164-2"]


@dataclass
class SectionInfo:
    """A section with its kind, LOINC code and title."""

    element: etree._Element
    kind: SectionKind
    code: str | None
    title: str | None


def classify_section(section: etree._Element) -> SectionInfo:
    """The kind of a <section>: its LOINC code decides, else its templateId roots."""
    code_el = child(section, "code")
    code = attr(code_el, "code")
    title = (
        clean("".join(child(section, "title").itertext())) if child(section, "title") is not None else None
    )
    kind: SectionKind = "other"
    if code and code in _BY_CODE and attr(code_el, "codeSystem") in (None, "2.16.840.1.113883.6.1"):
        kind = _BY_CODE[code]
    else:
        for root in template_roots(section):
            if root in _BY_TEMPLATE:
                kind = _BY_TEMPLATE[root]
                break
    if title is None:
        title = clean(code_el.get("displayName")) if code_el is not None else None
    return SectionInfo(element=section, kind=kind, code=code, title=title)


def iter_sections(root: etree._Element, *, max_depth: int = 8) -> list[SectionInfo]:
    """Every section of a document or fragment (nested sections included), in document order."""
    found: list[SectionInfo] = []

    def visit(section: etree._Element, depth: int) -> None:
        if attr(section, "nullFlavor") and not children(section, "entry", "text"):
            return
        found.append(classify_section(section))
        if depth >= max_depth:
            return
        for component in children(section, "component"):
            for sub in children(component, "section"):
                visit(sub, depth + 1)

    name = local(root)
    if name == "section":
        visit(root, 0)
    elif name == "component":
        for section in children(root, "section"):
            visit(section, 0)
    else:
        body = child(root, "component", "structuredBody")
        for component in children(body, "component"):
            for section in children(component, "section"):
                visit(section, 0)
    return found
