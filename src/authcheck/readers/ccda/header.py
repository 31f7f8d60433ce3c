"""The C-CDA header: patient, plan date and period, signatures, providers, reviews and payer.

- recordTarget/patientRole -> patient: name, birthTime, and as member id the id a payer assigns (the MBI OID, or an
  assigning authority named Medicare, Medicaid, member ...), else the first id that is neither a Social Security
  number nor named as a medical record number.
- ClinicalDocument/effectiveTime -> plan date; documentationOf/serviceEvent/effectiveTime -> plan period
  (the plan or certification period; not an expected duration, see ccda.plan_facts).
- legalAuthenticator and authenticator -> signatures (signatureCode S = signed, time -> date). Authors
  who did not also authenticate are signatures only when nothing in the document is authenticated,
  and then unsigned: the plan names its clinician but carries no signature.
- participant typeCode AUTHEN/LA -> signatures; typeCode VRF with a care plan review function -> reviews
  (done when its time is not after the document date, else scheduled).
- author, legalAuthenticator, authenticator, serviceEvent performer, participant REF/CON/PRF and
  encompassingEncounter responsibleParty/encounterParticipant -> providers.
- participant typeCode HLD or associatedEntity classCode POLHOLD/COVPTY/SUBSCR -> payer (scoping
  organization) and member id, when the document has no Payers section.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from lxml import etree

from authcheck.model import Patient, Period, Provider, Review, Signature, SourceLocation
from authcheck.readers.ccda.people import SSN_ROOT, Person, person_of, signer_role
from authcheck.readers.ccda.xml import (
    attr,
    child,
    children,
    clean,
    element_ids,
    hl7_date,
    id_extension,
    location,
    read_code,
)

__all__ = ["Header", "read_header"]

_REVIEW_FUNCTION_CODES = {"425268008"}  # SNOMED CT: Review of care plan


@dataclass
class Header:
    """What the header states; empty for a bare section."""

    patient: Patient = field(default_factory=Patient)
    plan_date: dt.date | None = None
    plan_date_el: etree._Element | None = None
    period: Period | None = None
    signatures: list[Signature] = field(default_factory=list)
    providers: list[Provider] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)
    payer: str | None = None
    payer_el: etree._Element | None = None
    member_id: str | None = None
    member_id_el: etree._Element | None = None
    admission_date: dt.date | None = None
    admission_el: etree._Element | None = None
    title: str | None = None
    # where the plan date was read when not ClinicalDocument/effectiveTime (a progress report's period start)
    plan_date_source: SourceLocation | None = None


def _time(el: etree._Element | None) -> tuple[dt.date | None, etree._Element | None]:
    time_el = child(el, "time")
    if time_el is None:
        return None, None
    if attr(time_el, "value"):
        return hl7_date(attr(time_el, "value")), time_el
    low = child(time_el, "low")
    return (hl7_date(attr(low, "value")), low) if low is not None else (None, None)


def _patient(root: etree._Element) -> tuple[Patient, set[str]]:
    role = child(root, "recordTarget", "patientRole")
    if role is None:
        return Patient(), set()
    patient = Patient(source=location(role))
    person_el = child(role, "patient")
    names = children(person_el, "name")
    name_el = next((n for n in names if attr(n, "use") in (None, "L", "C")), names[0] if names else None)
    if name_el is not None:
        given = [clean(g.text) for g in children(name_el, "given") if attr(g, "qualifier") != "CL"]
        family = [clean(f.text) for f in children(name_el, "family")]
        text = " ".join(x for x in [*given, *family] if x) or clean("".join(name_el.itertext()))
        if text:
            patient.name = text
            patient.field_sources["name"] = location(name_el, text=text)
    birth = child(person_el, "birthTime")
    if birth is not None and hl7_date(attr(birth, "value")):
        patient.birth_date = hl7_date(attr(birth, "value"))
        patient.field_sources["birth_date"] = location(birth, text=attr(birth, "value"))
    ident = _member_id_element(children(role, "id"))
    if ident is not None and (member_id := id_extension(ident)):
        patient.member_id = member_id
        patient.field_sources["member_id"] = location(ident, text=patient.member_id)
    return patient, set(element_ids(role))


# the OIDs of identifiers a payer assigns to its members: the Medicare Beneficiary Identifier, the Medicare HICN
_PAYER_ID_ROOTS = frozenset({"2.16.840.1.113883.4.927", "2.16.840.1.113883.4.572"})
# an assigning authority's name that says the identifier is the payer's ("CMS MBI", "Florida Medicaid ID",
# "Medi-Cal CIN", "Member ID") or the provider's own record number ("MRN", "Medical record number", "Account")
_PAYER_AUTHORITY = re.compile(
    r"\b(?:medicare|medicaid|medi-?cal|mbi|hicn|cin|member|subscriber|beneficiary|insurance|insurer|health\s+plan|"
    r"payer|policy)\b",
    re.I,
)
_RECORD_AUTHORITY = re.compile(r"\b(?:mrn|medical\s+record|record\s+(?:number|no)|chart|account|acct|encounter)\b", re.I)


def _member_id_element(ids: list[etree._Element]) -> etree._Element | None:
    """The patientRole id that is the client's ID with the payer: one a payer assigns (by its root, or its assigning
    authority's name) before any other; else the first that is neither a Social Security number nor named as the
    provider's own record number. A record number named as such ("MRN", "Medical record number") is never it."""
    usable = [i for i in ids if attr(i, "root") != SSN_ROOT and id_extension(i)]
    for ident in usable:
        authority = attr(ident, "assigningAuthorityName") or ""
        if attr(ident, "root") in _PAYER_ID_ROOTS or (_PAYER_AUTHORITY.search(authority) and not _RECORD_AUTHORITY.search(authority)):
            return ident
    return next((i for i in usable if not _RECORD_AUTHORITY.search(attr(i, "assigningAuthorityName") or "")), None)


def _provider(person: Person, role: str) -> Provider:
    return Provider(
        name=person.name,
        credential=person.credential,
        npi=person.npi,
        role=role,
        organization=person.organization,
        source=location(person.element, text=person.name),
    )


def _same(a: Person, b: Person) -> bool:
    if set(a.ids) & set(b.ids):
        return True
    return bool(a.name and b.name and a.name.lower() == b.name.lower())


def _signature(
    person: Person,
    holder: etree._Element,
    role: str,
    signed: bool,
    date: dt.date | None,
    time_el: etree._Element | None,
    method: str,
) -> Signature:
    signature = Signature(
        role=role,
        name=person.name,
        credential=person.credential,
        npi=person.npi,
        date=date,
        method=method,
        signed=signed,
        source=location(holder, text=person.name),
    )
    if time_el is not None and date is not None:
        signature.field_sources["date"] = location(time_el, text=attr(time_el, "value"))
    return signature


# the title of a therapy progress report ("Physical Therapy Progress Report and Updated Plan of Care"): a report on
# the plan of care in force, not a new certification
_PROGRESS_REPORT_TITLE = re.compile(r"\bprogress\s+report\b", re.I)
# the words that name an encounter as the admission or intake (not a pre-admission screening or a discharge)
_ADMISSION_WORDS = re.compile(r"(?<!pre-)(?<!pre )\b(?:admission|admitted|admit|intake|enrol(?:l)?ment)\b", re.I)


def _report_within_period(header: Header) -> None:
    """A progress report dated inside the plan (certification) period its serviceEvent gives, after that period
    began: the report is a progress report that took place on the document's date, and the plan in force dates
    from the start of the period (the physician certified it then, not on the report's date). A document of any
    other title, or dated on or before the period start or after its end, keeps its date as the plan date."""
    period, date = header.period, header.plan_date
    if (
        period is None or period.start is None or date is None or header.plan_date_el is None
        or not _PROGRESS_REPORT_TITLE.search(header.title or "")
        or not (period.start < date and (period.end is None or date <= period.end))
    ):
        return
    header.reviews.append(Review(
        kind="progress-report", date=date, completed=True,
        source=location(header.plan_date_el, text=attr(header.plan_date_el, "value")),
    ))
    low = period.field_sources.get("start")
    header.plan_date = period.start
    header.plan_date_source = low


def read_header(root: etree._Element) -> Header:
    """Read the header of a ClinicalDocument (an empty Header for anything else)."""
    header = Header()
    if child(root, "recordTarget") is None and child(root, "author") is None:
        return header
    title = child(root, "title")
    header.title = clean("".join(title.itertext())) if title is not None else None
    header.patient, patient_ids = _patient(root)

    eff = child(root, "effectiveTime")
    if eff is not None and hl7_date(attr(eff, "value")):
        header.plan_date, header.plan_date_el = hl7_date(attr(eff, "value")), eff

    for doc_of in children(root, "documentationOf"):
        event = child(doc_of, "serviceEvent")
        time = child(event, "effectiveTime")
        if time is None:
            continue
        low, high = child(time, "low"), child(time, "high")
        start = hl7_date(attr(low, "value")) if low is not None else None
        end = hl7_date(attr(high, "value")) if high is not None else None
        if start or end:
            header.period = Period(start=start, end=end, source=location(time))
            if start:
                header.period.field_sources["start"] = location(low, text=attr(low, "value"))
            if end:
                header.period.field_sources["end"] = location(high, text=attr(high, "value"))
            break

    _report_within_period(header)

    encounter = child(root, "componentOf", "encompassingEncounter")
    if encounter is not None:
        code = read_code(child(encounter, "code"))
        inpatient = code is not None and (
            (code.code or "").upper() in ("IMP", "ACUTE", "NONAC", "SS")
            or any(w in (code.display or "").lower() for w in ("inpatient", "residential", "admission"))
            # an encounter of any class named the admission or intake ("AMB", originalText "Intake assessment")
            or any(_ADMISSION_WORDS.search(t) for c in code.all_codes() for t in (c.display, c.original_text) if t)
        )
        time_el = child(encounter, "effectiveTime")
        low = child(time_el, "low") if time_el is not None and attr(time_el, "value") is None else time_el
        if inpatient and low is not None and hl7_date(attr(low, "value")):
            header.admission_date, header.admission_el = hl7_date(attr(low, "value")), low

    authors: list[tuple[Person, etree._Element]] = []
    for author in children(root, "author"):
        person = person_of(child(author, "assignedAuthor"))
        if person is not None and person.name:
            authors.append((person, author))
    signers: list[tuple[Person, etree._Element, str]] = []
    legal = child(root, "legalAuthenticator")
    if legal is not None:
        person = person_of(child(legal, "assignedEntity"))
        if person is not None:
            signers.append((person, legal, "legal"))
    for auth in children(root, "authenticator"):
        person = person_of(child(auth, "assignedEntity"))
        if person is not None:
            signers.append((person, auth, "authenticator"))

    providers: list[Provider] = []

    def add_provider(person: Person | None, role: str) -> None:
        if person is None or not person.name:
            return
        if person.ids and patient_ids & set(person.ids):
            return
        for known in providers:
            if (person.npi and known.npi == person.npi) or (
                known.name and known.name.lower() == person.name.lower()
            ):
                if known.credential is None and person.credential:
                    known.credential = person.credential
                return
        providers.append(_provider(person, role))

    for person, _ in authors:
        add_provider(person, "author")

    for person, holder, kind in signers:
        code_el = child(holder, "signatureCode")
        signed = attr(code_el, "code") == "S"
        date, time_el = _time(holder)
        author_match = next((a for a, _ in authors if _same(a, person)), None)
        if author_match is not None:
            person.name = person.name or author_match.name
            person.credential = person.credential or author_match.credential
            person.npi = person.npi or author_match.npi
        if not person.name:
            continue
        role = signer_role(
            person,
            patient_ids=patient_ids,
            function_text=None,
            is_author=author_match is not None or kind == "legal",
        )
        header.signatures.append(
            _signature(person, holder, role, signed, date, time_el, "electronic" if signed else "unknown")
        )
        if role not in ("client", "guardian"):
            add_provider(person, "legal authenticator" if kind == "legal" else "authenticator")

    for participant in children(root, "participant"):
        type_code = (attr(participant, "typeCode") or "").upper()
        entity = child(participant, "associatedEntity")
        function = read_code(child(participant, "functionCode"))
        function_text = function.text() if function else None
        person = person_of(entity)
        date, time_el = _time(participant)
        if type_code == "VRF" and (
            (function and function.code in _REVIEW_FUNCTION_CODES)
            or "review" in (function_text or "").lower()
        ):
            completed = bool(date and header.plan_date and date <= header.plan_date)
            by = person.name if person and person.name else None
            if by is None and person is not None:
                by = next((a.name for a, _ in authors if set(a.ids) & set(person.ids)), None)
                by = by or next((s.name for s, _, _ in signers if set(s.ids) & set(person.ids)), None)
            kind = "recertification" if "recert" in (function_text or "").lower() else "review"
            review = Review(
                kind=kind,
                date=date,
                completed=completed,
                by=by,
                source=location(participant, text=function_text),
            )
            if time_el is not None and date:
                review.field_sources["date"] = location(time_el, text=attr(time_el, "value"))
            header.reviews.append(review)
            continue
        class_code = (attr(entity, "classCode") or "").upper()
        if type_code == "HLD" or class_code in ("POLHOLD", "COVPTY", "SUBSCR"):
            org = child(entity, "scopingOrganization", "name")
            if org is not None and clean("".join(org.itertext())) and header.payer is None:
                header.payer, header.payer_el = clean("".join(org.itertext())), org
            for ident in children(entity, "id"):
                member_id = id_extension(ident)
                if member_id and attr(ident, "root") != SSN_ROOT and header.member_id is None:
                    header.member_id, header.member_id_el = member_id, ident
            continue
        if person is None or not person.name:
            continue
        if type_code in ("AUTHEN", "LA"):
            role = signer_role(person, patient_ids=patient_ids, function_text=function_text, is_author=False)
            header.signatures.append(
                _signature(person, participant, role, date is not None, date, time_el, "unknown")
            )
        elif type_code in ("REF", "CON", "PRF", "SPRF", "PPRF", "ATND", "ADM"):
            label = {"REF": "referring", "CON": "consultant", "ATND": "attending", "ADM": "admitting"}.get(
                type_code, "performer"
            )
            add_provider(person, function_text or label)

    if not header.signatures:
        for person, author in authors:
            date, time_el = _time(author)
            role = signer_role(person, patient_ids=patient_ids, function_text=None, is_author=True)
            header.signatures.append(_signature(person, author, role, False, date, time_el, "unknown"))

    for doc_of in children(root, "documentationOf"):
        for performer in children(child(doc_of, "serviceEvent"), "performer"):
            function = read_code(child(performer, "functionCode"))
            add_provider(
                person_of(child(performer, "assignedEntity")),
                (function.text() if function else None) or "performer",
            )
    if encounter is not None:
        add_provider(person_of(child(encounter, "responsibleParty", "assignedEntity")), "responsible")
        for participant in children(encounter, "encounterParticipant"):
            label = {"ATND": "attending", "ADM": "admitting", "REF": "referring", "CON": "consultant"}.get(
                (attr(participant, "typeCode") or "").upper(), "encounter participant"
            )
            add_provider(person_of(child(participant, "assignedEntity")), label)

    header.providers = providers
    return header
