"""People in a C-CDA document: names, credentials, NPIs and the role a signer plays.

Credentials come from the name suffix as written ("PT, DPT", "M.D."), else from a provider taxonomy
(NUCC) code that names exactly one credential. Roles come from ids shared with the patient, HL7
personal-relationship and role codes, the function or role text, and taxonomy codes.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from authcheck.model.vocab import find_credentials, normalize_signature_role
from authcheck.readers.ccda.xml import attr, child, children, clean, element_ids, id_extension, local, read_code

__all__ = ["Person", "person_of", "signer_role"]

NPI_ROOT = "2.16.840.1.113883.4.6"
SSN_ROOT = "2.16.840.1.113883.4.1"

_SELF_CODES = {"ONESELF", "SELF"}
_GUARDIAN_CODES = {
    "GUARD",
    "GUADLTM",
    "POWATT",
    "DPOWATT",
    "HPOWATT",
    "SPOWATT",
    "PRN",
    "MTH",
    "FTH",
    "NMTH",
    "NFTH",
    "NPRN",
    "STPPRN",
    "STPMTH",
    "STPFTH",
    "ADOPTP",
    "ADOPTM",
    "ADOPTF",
    "PRNFOST",
    "MTHFOST",
    "FTHFOST",
    "GRPRN",
    "GRMTH",
    "GRFTH",
    "CAREGIVER",
    "ECON",
    "NOK",
    "RESPRSN",
}
# NUCC taxonomy codes that name exactly one credential.
_TAXONOMY_CREDENTIALS = {
    "225100000X": "PT",
    "2251C2600X": "PT",
    "2251E1300X": "PT",
    "2251E1200X": "PT",
    "2251G0304X": "PT",
    "2251H1200X": "PT",
    "2251H1300X": "PT",
    "2251N0400X": "PT",
    "2251P0200X": "PT",
    "2251S0007X": "PT",
    "2251X0800X": "PT",
    "225200000X": "PTA",
    "225X00000X": "OT",
    "224Z00000X": "COTA",
    "235Z00000X": "SLP",
    "2355S0801X": "SLP",
    "1041C0700X": "LCSW",
    "106H00000X": "LMFT",
    "101YP2500X": "LPC",
    "103K00000X": "BCBA",
    "106S00000X": "RBT",
    "163W00000X": "RN",
    "164W00000X": "LPN",
    "363L00000X": "NP",
    "363LP0808X": "NP",
    "363LF0000X": "NP",
    "363A00000X": "PA",
}
_PHYSICIAN_TAXONOMY_PREFIXES = ("207", "208", "363L", "363A")


@dataclass
class Person:
    """A named participant: name as written without suffix, credential, NPI, ids, role code and organization."""

    element: etree._Element
    name: str | None = None
    credential: str | None = None
    npi: str | None = None
    ids: tuple[str, ...] = ()
    role_code: str | None = None
    role_text: str | None = None
    # the role as the document words it (the code's originalText: "Supervising counselor" under a taxonomy code)
    role_original: str | None = None
    taxonomy: str | None = None
    organization: str | None = None


def _name_parts(name_el: etree._Element) -> tuple[str | None, str | None]:
    """(name, credential) of a PN: given and family parts, suffixes that are credentials."""
    parts = children(name_el, "prefix", "given", "family", "suffix")
    if not parts:
        text = clean("".join(name_el.itertext()))
        if not text:
            return None, None
        head, _, tail = text.partition(",")
        credentials = find_credentials(tail) if tail else []
        if credentials:
            return head.strip(), tail.strip()
        return text, None
    given = [clean(p.text) for p in parts if local(p) == "given" and attr(p, "qualifier") not in ("CL",)]
    family = [clean(p.text) for p in parts if local(p) == "family"]
    name = " ".join(x for x in [*given, *family] if x) or None
    suffixes = [clean(p.text) for p in parts if local(p) == "suffix"]
    suffix_text = ", ".join(s for s in suffixes if s)
    credential = suffix_text if suffix_text and find_credentials(suffix_text) else None
    return name, credential


def _best_name(holder: etree._Element | None) -> etree._Element | None:
    names = children(holder, "name")
    if not names:
        return None
    for name in names:
        if attr(name, "use") in (None, "L", "C", "OR"):
            return name
    return names[0]


def person_of(entity: etree._Element | None) -> Person | None:
    """The person an assignedAuthor/assignedEntity/associatedEntity/participantRole/relatedEntity describes."""
    if entity is None:
        return None
    holder = None
    for name in ("assignedPerson", "associatedPerson", "relatedPerson", "playingEntity", "guardianPerson"):
        holder = child(entity, name)
        if holder is not None:
            break
    name_el = _best_name(holder) if holder is not None else None
    name, credential = _name_parts(name_el) if name_el is not None else (None, None)
    code = read_code(child(entity, "code"))
    taxonomy = code.code if code and code.system == "2.16.840.1.113883.6.101" else None
    if credential is None and taxonomy in _TAXONOMY_CREDENTIALS:
        credential = _TAXONOMY_CREDENTIALS[taxonomy]
    npi = None
    for ident in children(entity, "id"):
        if attr(ident, "root") == NPI_ROOT and (npi := id_extension(ident)):
            break
    organization = None
    for org_name in ("representedOrganization", "scopingOrganization"):
        org = child(entity, org_name)
        if org is not None and child(org, "name") is not None:
            organization = clean("".join(child(org, "name").itertext()))
            break
    return Person(
        element=entity,
        name=name,
        credential=credential,
        npi=npi,
        ids=tuple(element_ids(entity)),
        role_code=code.code if code else None,
        role_text=code.display if code else None,
        role_original=code.original_text if code else None,
        taxonomy=taxonomy,
        organization=organization,
    )


def signer_role(person: Person, *, patient_ids: set[str], function_text: str | None, is_author: bool) -> str:
    """The model's signature role for a signer (client, guardian, clinician, supervisor, physician, other)."""
    if patient_ids & set(person.ids) or (person.role_code or "").upper() in _SELF_CODES:
        return "client"
    if (person.role_code or "").upper() in _GUARDIAN_CODES:
        return "guardian"
    for text in (function_text, person.role_original, person.role_text):
        if text:
            role = normalize_signature_role(text)
            if role != "other":
                return role
    if person.taxonomy and person.taxonomy.startswith(_PHYSICIAN_TAXONOMY_PREFIXES):
        return "physician"
    credentials = find_credentials(person.credential or "")
    if any(c in ("MD", "DO") for c in credentials) and not is_author:
        return "physician"
    if is_author or credentials:
        return "clinician"
    return "other"
