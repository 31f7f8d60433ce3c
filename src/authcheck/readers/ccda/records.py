"""Records beside the plan proper: assessment scales, payers, evaluations that started treatment.

- Assessment Scale Observation (any section) -> assessment: instrument (code, or its translation when the
  code is the generic "survey"), date, total score and item scores, who administered it.
- Payers section: Policy Activity payer performer -> payer name; covered party participant -> member id.
- A Planned Coverage act's coverage type (e.g. "Medicare HMO") -> payer when nothing better is stated.
- The earliest evaluation that took place (CPT/HCPCS evaluation code, moodCode EVN; or an encounter whose code text
  names an initial evaluation, e.g. the encompassingEncounter "Physical therapy initial evaluation") -> first
  treatment date.
"""

from __future__ import annotations

import datetime as dt
import re

from lxml import etree

from authcheck.model import Assessment
from authcheck.readers.ccda.entries import (
    COVERED_PARTY,
    PAYER_PERFORMER,
    PLANNED_COVERAGE,
    POLICY_ACTIVITY,
    SCALE_SUPPORTING,
    Found,
    related,
)
from authcheck.readers.ccda.people import SSN_ROOT, person_of
from authcheck.readers.ccda.values import timing_of, value_text
from authcheck.readers.ccda.xml import (
    CodeInfo,
    NarrativeIndex,
    attr,
    child,
    children,
    clean,
    hl7_date,
    id_extension,
    local,
    location,
    read_code,
    template_roots,
)

__all__ = [
    "EVALUATION_CODES",
    "read_assessment",
    "read_evaluation_date",
    "read_payer",
    "read_planned_coverage",
]

# CPT/HCPCS codes of initial evaluations: PT, OT, SLP, swallowing, psychiatric diagnostic, ABA assessment,
# SUD and mental health assessments.
EVALUATION_CODES = {
    "97161",
    "97162",
    "97163",
    "97165",
    "97166",
    "97167",
    "92521",
    "92522",
    "92523",
    "92524",
    "92610",
    "90791",
    "90792",
    "97151",
    "H0001",
    "H0031",
}
_CANCELLED = ("cancelled", "aborted", "nullified")


def read_assessment(obs: etree._Element, section: str | None, narrative: NarrativeIndex) -> Assessment | None:
    """An Assessment Scale Observation: instrument, date, total and item scores."""
    code = read_code(child(obs, "code"), narrative)
    instrument = None
    if code is not None:
        candidates = code.all_codes() if code.code != "survey" else code.translations
        instrument = next((c.text() for c in candidates if c.text()), None)
    if instrument is None:
        instrument, _ = narrative.text_of(child(obs, "text"))
    if not instrument:
        return None
    assessment = Assessment(instrument=instrument, source=location(obs, section, instrument))
    timing = timing_of(obs, section)
    if timing.date or timing.start:
        assessment.date = timing.date or timing.start
        assessment.field_sources["date"] = location(timing.date_el, section, attr(timing.date_el, "value"))
    score = value_text(child(obs, "value"))
    if score:
        assessment.scores["total"] = score
    for type_code, rel in related(obs):
        if SCALE_SUPPORTING in template_roots(rel) or type_code == "COMP":
            item_code = read_code(child(rel, "code"), narrative)
            item_value = value_text(child(rel, "value"))
            name = item_code.text() if item_code else None
            if name and item_value:
                assessment.scores[name] = item_value
    author = person_of(child(obs, "author", "assignedAuthor")) or person_of(
        child(obs, "performer", "assignedEntity")
    )
    if author and author.name:
        assessment.administered_by = author.name
    return assessment


def read_payer(entry_el: etree._Element, found: Found) -> int:
    """Payer name and member id from the Coverage/Policy Activities of one Payers section entry; returns facts read."""
    count = 0
    for policy in (d for d in entry_el.iter() if isinstance(d.tag, str) and local(d) == "act"):
        performers = children(policy, "performer")
        if POLICY_ACTIVITY not in template_roots(policy) and not performers:
            continue
        for performer in performers:
            entity = child(performer, "assignedEntity")
            role = read_code(child(entity, "code"))
            if PAYER_PERFORMER in template_roots(performer) or (role and role.code == "PAYOR"):
                name_el = child(entity, "representedOrganization", "name")
                name = clean("".join(name_el.itertext())) if name_el is not None else None
                if name and found.payer is None:
                    found.payer, found.payer_el = name, name_el
                    count += 1
        for participant in children(policy, "participant"):
            if (
                COVERED_PARTY not in template_roots(participant)
                and (attr(participant, "typeCode") or "").upper() != "COV"
            ):
                continue
            for ident in children(child(participant, "participantRole"), "id"):
                member_id = id_extension(ident)
                if member_id and attr(ident, "root") != SSN_ROOT and found.member_id is None:
                    found.member_id, found.member_id_el = member_id, ident
                    count += 1
    return count


def read_planned_coverage(root: etree._Element, found: Found) -> None:
    """The coverage a Planned Coverage act names for a planned activity."""
    for act in (d for d in root.iter() if isinstance(d.tag, str) and local(d) == "act"):
        if PLANNED_COVERAGE not in template_roots(act):
            continue
        for _, rel in related(act):
            code = read_code(child(rel, "code"))
            if code and code.display:
                found.coverage_payer, found.coverage_payer_el = code.display, code.element
                return


# an encounter's code text naming an initial evaluation ("Physical therapy initial evaluation", "Intake assessment"),
# not a re-evaluation, an evaluation-and-management visit or a follow-up
_EVALUATION_NAME = re.compile(
    r"\b(?:initial|intake|diagnostic|new\s+patient)\s+(?:evaluation|eval|assessment)\b|(?<![-\w])(?:evaluation|eval)\b",
    re.I,
)
_NOT_INITIAL = re.compile(
    r"re-?\s?(?:eval|assess)|evaluation\s+and\s+management|\be/m\b|progress|discharge|follow[\s-]?up|periodic", re.I
)


def _names_evaluation(code: CodeInfo) -> bool:
    """True when a code's display name or original text (or a translation's) names an initial evaluation."""
    texts = [t for c in (code, *code.translations) for t in (c.display, c.original_text) if t]
    return any(_EVALUATION_NAME.search(t) and not _NOT_INITIAL.search(t) for t in texts)


def read_evaluation_date(root: etree._Element) -> tuple[dt.date | None, etree._Element | None]:
    """The date of the earliest evaluation that took place, and where it is written."""
    best: tuple[dt.date | None, etree._Element | None] = (None, None)
    for el in root.iter():
        if not isinstance(el.tag, str) or local(el) not in (
            "procedure",
            "encounter",
            "act",
            "encompassingEncounter",
        ):
            continue
        if local(el) != "encompassingEncounter" and (attr(el, "moodCode") or "EVN").upper() != "EVN":
            continue
        if attr(el, "negationInd") == "true" or attr(child(el, "statusCode"), "code") in _CANCELLED:
            continue
        code = read_code(child(el, "code"))
        codes = [c.code for c in code.all_codes() if c.is_service_code() or not c.system] if code else []
        if not any(c in EVALUATION_CODES for c in codes) and not (
            local(el) in ("encounter", "encompassingEncounter") and code is not None and _names_evaluation(code)
        ):
            continue
        eff = child(el, "effectiveTime")
        where = eff if attr(eff, "value") else child(eff, "low")
        date = hl7_date(attr(where, "value"))
        if date and (best[0] is None or date < best[0]):
            best = (date, where)
    return best
