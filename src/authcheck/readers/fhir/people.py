"""People and organisations in a FHIR file: names, credentials, NPIs, member ids, payers, signer roles.

Member id rule: an identifier labelled as a member/subscriber number (v2-0203 type MB, SN, MA, MC,
or a type text or system naming member, subscriber, Medicaid, Medicare, insurance or policy) on the
Patient; else the Coverage's MB/SN identifier; else Coverage.subscriberId. A medical record number,
SSN, driver's licence or an unlabelled identifier is never taken as the member id, even when it is
all there is: a payer rejects an MRN, so the plan must show the member id as missing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from authcheck.model.vocab import find_credentials, normalize_credential, normalize_signature_role
from authcheck.readers.fhir.doc import Path, each
from authcheck.readers.fhir.index import Res, ResourceIndex
from authcheck.readers.fhir.values import cc_text, codings, human_name, text

__all__ = [
    "NPI_SYSTEMS",
    "Person",
    "coverage_member_id",
    "is_member_identifier",
    "member_identifier",
    "payer_of",
    "person",
    "signer_role",
]

NPI_SYSTEMS = {"http://hl7.org/fhir/sid/us-npi", "urn:oid:2.16.840.1.113883.4.6"}
_MEMBER_TYPES = {"MB", "SN", "MA", "MC"}
_NOT_MEMBER_TYPES = {"MR", "MRT", "SS", "DL", "PPN", "PI", "PT", "AN", "VN", "NPI", "PRN", "TAX", "DR", "EN"}
_MEMBER_WORDS = re.compile(
    r"member|subscriber|medicaid|medicare|medi-?cal|insurance|insured|policy|beneficiary|\bmin\b|\bmbi\b|us-mbi|\bcin\b|"
    r"client index number", re.IGNORECASE
)
_PHYSICIAN_CREDENTIALS = {"MD", "DO", "NP", "PA", "DPM", "OD", "CNS", "DNP"}
# ASTM E1762-95 signature types (FHIR R4 signature-type value set).
_SUPERVISOR_SIGNATURE_TYPES = {"1.2.840.10065.1.12.1.5", "1.2.840.10065.1.12.1.6", "1.2.840.10065.1.12.1.13"}
_CONSENT_SIGNATURE_TYPE = "1.2.840.10065.1.12.1.7"


@dataclass
class Person:
    """Who a reference names, as far as the file says."""

    name: str | None = None
    credential: str | None = None
    npi: str | None = None
    organization: str | None = None
    role_text: str | None = None
    kind: str | None = (
        None  # resourceType of the person: Practitioner, Patient, RelatedPerson, Organization, ...
    )
    res: Res | None = None
    practitioner: Res | None = None


def _npi(identifiers: Any) -> str | None:
    for ident, _ in each({"i": identifiers}, "i", ()):
        if isinstance(ident, dict) and text(ident.get("system")) in NPI_SYSTEMS and text(ident.get("value")):
            return text(ident["value"])
    return None


def _qualification(cc: Any) -> str | None:
    """Qualification.code as a credential: its text, else a coding whose code is a known credential
    ("BCBA" rather than "Board Certified Behavior Analyst"), else the display."""
    if not isinstance(cc, dict):
        return None
    written = text(cc.get("text"))
    if written and find_credentials(written):
        return written  # "MD", "Licensed Clinical Social Worker (LCSW)": the credential as the file writes it
    for coding, _ in codings(cc, ()):
        code = text(coding.get("code"))
        if code and find_credentials(code):
            return code  # "MD" coded under the text "Doctor of Medicine", a degree's name the credentials lack
    return written or cc_text(cc)


def _credential(practitioner: dict[str, Any]) -> str | None:
    found: list[str] = []
    for qualification, _ in each(practitioner, "qualification", ()):
        if isinstance(qualification, dict):
            value = _qualification(qualification.get("code"))
            if value and value not in found:
                found.append(value)
    if found:
        return ", ".join(found)
    suffixes = []
    for name, _ in each(practitioner, "name", ()):
        if isinstance(name, dict):
            for suffix, _ in each(name, "suffix", ()):
                suffixes += [c for c in find_credentials(text(suffix) or "") if c not in suffixes]
    return ", ".join(suffixes) or None


def _role_credential(role: dict[str, Any]) -> str | None:
    """Credentials written in PractitionerRole.code ("Licensed Professional Counselor (LPC)"): only tokens
    written in capitals, so that a word of the role's name ("Do", "Med") is never taken for one. A role's
    specialty alone (NUCC "Professional Counselor") names no licence and gives None."""
    found: list[str] = []
    for cc, _ in each(role, "code", ()):
        if not isinstance(cc, dict):
            continue
        written = [text(cc.get("text"))] + [text(c.get("display")) for c, _ in codings(cc, ())]
        for phrase in written:
            capitals = " ".join(
                t for t in re.split(r"[,;()\s]+", phrase or "") if t and t == t.upper() and re.search("[A-Z]", t)
            )
            found += [c for c in find_credentials(capitals) if c not in found]
    return ", ".join(found) or None


def person(index: ResourceIndex, ref: Any, origin: Res | None) -> Person | None:
    """The person or organisation a Reference names (resolved, else from its display/identifier)."""
    target = index.resolve(ref, origin)
    if target is None:
        if not isinstance(ref, dict):
            return None
        display = text(ref.get("display"))
        npi = _npi(ref.get("identifier"))
        if not display and not npi:
            return None
        creds = find_credentials(display or "")
        kind = None
        if isinstance(ref.get("reference"), str):
            kind = ref["reference"].split("/")[-2] if "/" in ref["reference"] else None
        elif isinstance(ref.get("type"), str):
            kind = ref["type"]
        return Person(name=display, credential=", ".join(creds) or None, npi=npi, kind=kind)
    data = target.data
    if target.type == "Practitioner":
        return Person(
            name=human_name(data.get("name")),
            credential=_credential(data),
            npi=_npi(data.get("identifier")),
            kind="Practitioner",
            res=target,
            practitioner=target,
        )
    if target.type == "PractitionerRole":
        practitioner = index.resolve(data.get("practitioner"), target)
        if practitioner is not None and practitioner.type != "Practitioner":
            practitioner = None  # a role names a Practitioner; anything else (or itself) is ignored
        base = (
            person(index, data.get("practitioner"), target) if practitioner is not None else None
        ) or Person()
        org_target = index.resolve(data.get("organization"), target)
        organization = (
            person(index, data.get("organization"), target)
            if org_target is not None and org_target.type == "Organization"
            else None
        )
        roles = [cc_text(c) for c, _ in each(data, "code", ())]
        return Person(
            name=base.name,
            credential=base.credential or _role_credential(data),
            npi=base.npi or _npi(data.get("identifier")),
            organization=organization.name if organization else None,
            role_text=", ".join(r for r in roles if r) or None,
            kind="PractitionerRole",
            res=target,
            practitioner=practitioner,
        )
    if target.type == "Organization":
        name = text(data.get("name"))
        return Person(
            name=name, npi=_npi(data.get("identifier")), organization=name, kind="Organization", res=target
        )
    if target.type in ("Patient", "RelatedPerson"):
        relationship = (
            ", ".join(r for r in (cc_text(c) for c, _ in each(data, "relationship", ())) if r) or None
        )
        return Person(name=human_name(data.get("name")), kind=target.type, res=target, role_text=relationship)
    if target.type == "CareTeam":
        return Person(name=text(data.get("name")), kind="CareTeam", res=target)
    return Person(
        name=text(data.get("name")) if isinstance(data.get("name"), str) else None,
        kind=target.type,
        res=target,
    )


def _type_codes(ident: dict[str, Any]) -> set[str]:
    return {str(text(c.get("code")) or "").upper() for c, _ in codings(ident.get("type"), ())}


def is_member_identifier(ident: Any) -> bool:
    """True for an identifier labelled as a member, subscriber, Medicaid or Medicare number."""
    if not isinstance(ident, dict) or not text(ident.get("value")):
        return False
    codes = _type_codes(ident)
    if codes & _MEMBER_TYPES:
        return True
    if codes & _NOT_MEMBER_TYPES:
        return False
    label = " ".join(t for t in (cc_text(ident.get("type")), text(ident.get("system"))) if t)
    return bool(_MEMBER_WORDS.search(label))


def member_identifier(patient: Res) -> tuple[str, Path] | None:
    """The patient's member id and its path, when an identifier is labelled as one."""
    for ident, path in each(patient.data, "identifier", patient.path):
        if is_member_identifier(ident):
            return str(text(ident["value"])), (*path, "value")
    return None


def coverage_member_id(coverage: Res) -> tuple[str, Path] | None:
    """A Coverage's member (MB/SN) identifier, else its subscriberId."""
    for ident, path in each(coverage.data, "identifier", coverage.path):
        if isinstance(ident, dict) and _type_codes(ident) & _MEMBER_TYPES and text(ident.get("value")):
            return str(text(ident["value"])), (*path, "value")
    subscriber = text(coverage.data.get("subscriberId"))
    if subscriber:
        return subscriber, coverage.at("subscriberId")
    return None


def payer_of(index: ResourceIndex, coverage: Res) -> tuple[str, Path] | None:
    """The payer organisation named by Coverage.payor."""
    for ref, path in each(coverage.data, "payor", coverage.path):
        who = person(index, ref, coverage)
        if who and who.name and who.kind not in ("Patient", "RelatedPerson"):
            return who.name, path
    return None


def signer_role(
    who: Person | None, *, is_author: bool, signature_types: list[str], context_role: str | None
) -> str:
    """The model's signature role for a signer.

    Patient -> client; RelatedPerson -> guardian; the plan's author -> clinician; another practitioner with a
    physician or NPP credential (MD, DO, NP, PA) -> physician; another signing a verification, validation or
    review signature (Signature.type) -> supervisor; a role named in the document
    (PractitionerRole.code) when it maps to one; otherwise clinician.
    """
    if who is None:
        return "other"
    if who.kind == "Patient":
        return "client"
    if who.kind == "RelatedPerson":
        return "guardian"
    if who.kind == "Organization":
        return "other"
    if is_author:
        return "clinician"
    credentials = {normalize_credential(c) for c in re.split(r"[,;]\s*", who.credential or "") if c}
    if credentials & _PHYSICIAN_CREDENTIALS:
        return "physician"  # (a physician's verification signature certifies a plan of care)
    if any(code in _SUPERVISOR_SIGNATURE_TYPES for code in signature_types):
        return "supervisor"
    for hint in (who.role_text, context_role):
        if hint:
            role = normalize_signature_role(hint)
            if role != "other":
                return role
    if _CONSENT_SIGNATURE_TYPE in signature_types:
        return "other"
    return "clinician"
