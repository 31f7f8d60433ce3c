"""Controlled vocabularies of the model and the synonyms readers meet in documents."""

from __future__ import annotations

import re
from typing import Any

__all__ = [
    "CODE_SYSTEMS",
    "CREDENTIALS",
    "credential_in",
    "find_credentials",
    "normalize_code_system",
    "normalize_credential",
    "normalize_discipline",
    "normalize_signature_role",
]

_DISCIPLINES = {
    "psychotherapy": "psychotherapy", "mental health": "psychotherapy", "behavioral health": "psychotherapy",
    "behavioural health": "psychotherapy", "counseling": "psychotherapy", "counselling": "psychotherapy",
    "outpatient psychotherapy": "psychotherapy", "therapy (mental health)": "psychotherapy",
    "psychiatry": "psychiatry", "psychiatric": "psychiatry", "medication management": "psychiatry",
    "sud": "sud", "substance use": "sud", "substance use disorder": "sud", "substance abuse": "sud",
    "chemical dependency": "sud", "addiction": "sud", "drug and alcohol": "sud", "d&a": "sud", "otp": "sud",
    "pt": "pt", "physical therapy": "pt", "physiotherapy": "pt",
    "ot": "ot", "occupational therapy": "ot",
    "slp": "slp", "speech": "slp", "speech therapy": "slp", "speech-language pathology": "slp",
    "speech language pathology": "slp", "st": "slp",
    "aba": "aba", "applied behavior analysis": "aba", "applied behaviour analysis": "aba",
    "adaptive behavior treatment": "aba", "behavior analysis": "aba",
    "home health": "home-health", "home-health": "home-health", "home health care": "home-health",
    "other": "other",
}


def normalize_discipline(value: Any) -> Any:
    """Map "Physical Therapy", "PT", "Applied Behavior Analysis" ... to the model's discipline codes."""
    if not isinstance(value, str):
        return value
    key = " ".join(value.strip().lower().split())
    if not key:
        return None
    if key in _DISCIPLINES:
        return _DISCIPLINES[key]
    raise ValueError(f"unknown discipline {value!r}; use one of: " + ", ".join(sorted(set(_DISCIPLINES.values()))))


_ROLES = [
    ("guardian", r"guardian|parent|caregiver|care giver|legal representative|lar\b|responsible party|mother|father"),
    ("client", r"client|patient|member|consumer|individual|participant|beneficiary|youth|resident|recipient"),
    ("supervisor", r"supervis|clinical director|program director|qualified (?:credentialed )?(?:counselor|professional)|qcc\b|\bqp\b|countersign|co-?sign|reviewing"),
    ("physician", r"physician|certif|medical director|psychiatrist|prescriber|\bnpp\b|nurse practitioner|\bmd\b|\bdo\b|referring"),
    ("clinician", r"clinician|therapist|counsel|provider|bcba|lba|lcsw|lpc|psychologist|social worker|author|staff|case manager|practitioner|rendering|treating|primary"
                  r"|patholog|\bslp\b|\bot\b|\bpt\b|\botr\b|\bdpt\b|nurse|\brn\b|behavio(?:u)?r analyst|\brbt\b|technician"),
]


def normalize_signature_role(value: Any) -> Any:
    """Map the many ways a signature line names its signer to client/guardian/clinician/supervisor/physician/other."""
    if not isinstance(value, str):
        return value
    key = value.strip().lower()
    if key in ("client", "guardian", "clinician", "supervisor", "physician", "other"):
        return key
    for role, pattern in _ROLES:
        if re.search(pattern, key):
            return role
    return "other"


# Credentials a signature may carry, normalized to upper case without dots.
CREDENTIALS = {
    # physicians and non-physician practitioners
    "MD", "DO", "NP", "APRN", "FNP", "PMHNP", "CNS", "PA", "PA-C", "DPM", "OD", "DC", "CRNP", "DNP", "APP",
    # psychology and counseling
    "PHD", "PSYD", "EDD", "LCSW", "LICSW", "LISW", "LMSW", "LSW", "MSW", "LPC", "LPCC", "LMHC", "LCPC", "LMFT",
    "MFT", "LCMHC", "LPCA", "LAC", "LADC", "CADC", "CASAC", "LCDC", "CAC", "CCS", "NCC", "QMHP", "LP", "LCADC",
    "MA", "MS", "MED", "LMFTA", "ACSW", "LCSW-C", "LCSW-R", "LPC-S", "CSW", "RN", "LPN", "BSN", "PMHCNS",
    # rehabilitation
    "PT", "DPT", "PTA", "OT", "OTR", "OTR/L", "OTD", "COTA", "COTA/L", "SLP", "CCC-SLP", "SLP-A", "MS-CCC-SLP",
    # behaviour analysis
    "BCBA", "BCBA-D", "BCABA", "BCAT", "RBT", "LBA", "LABA", "QBA",
    # substance use counselling (state certifications)
    "CAADC", "LCAS", "CSAC", "LADAC", "ICADC", "LISAC", "CCDP", "CAC-AD", "LCSAS", "MLADC",
}

_CREDENTIAL_ALIASES = {
    "PHD": "PHD", "PH.D.": "PHD", "PH.D": "PHD", "PSY.D.": "PSYD", "PSY.D": "PSYD", "M.D.": "MD", "D.O.": "DO",
    "N.P.": "NP", "P.A.": "PA", "PA-C": "PA", "D.P.T.": "DPT", "CCC-SLP": "SLP", "MS-CCC-SLP": "SLP",
    "MA-CCC-SLP": "SLP", "OTR/L": "OTR", "COTA/L": "COTA", "BCBA-D": "BCBA", "LCSW-C": "LCSW", "LCSW-R": "LCSW",
    "CRNP": "NP", "FNP": "NP", "PMHNP": "NP", "APRN": "NP", "FNP-C": "NP", "PMHNP-BC": "NP", "LICSW": "LCSW",
    "LISW": "LCSW",
}


def normalize_credential(value: str) -> str:
    """Upper-case a credential and fold common spellings: "Ph.D." -> "PHD", "PMHNP-BC" -> "NP", "OTR/L" -> "OTR"."""
    key = value.strip().upper().replace(" ", "")
    if key in _CREDENTIAL_ALIASES:
        return _CREDENTIAL_ALIASES[key]
    folded = key.replace(".", "")
    return _CREDENTIAL_ALIASES.get(folded, folded)


def find_credentials(text: str) -> list[str]:
    """Every known credential written in a string such as "Jane Doe, LCSW, CADC", normalized."""
    found = []
    for token in re.split(r"[,;()\s]+", text):
        token = token.strip()
        if not token:
            continue
        normal = normalize_credential(token)
        if (normal in CREDENTIALS or token.upper().replace(".", "") in CREDENTIALS) and normal not in found:
            found.append(normal)
    return found


def credential_in(credential: str | None, allowed: list[str]) -> bool:
    """True when any credential named in `credential` is in `allowed` (compared normalized)."""
    if not credential:
        return False
    wanted = {normalize_credential(a) for a in allowed}
    named = find_credentials(credential) or [normalize_credential(credential)]
    return any(c in wanted for c in named)


# Code systems by the names the model uses, with the URIs, OIDs and spellings documents use for them.
# FHIR canonical URIs (hl7.org/fhir/terminologies-systems.html) and HL7 OIDs; WHO ICD-10 and
# ICD-10-PCS are kept apart from ICD-10-CM because a payer's diagnosis code must be ICD-10-CM.
CODE_SYSTEMS: dict[str, tuple[str, ...]] = {
    "ICD-10-CM": ("http://hl7.org/fhir/sid/icd-10-cm", "urn:oid:2.16.840.1.113883.6.90",
                  "2.16.840.1.113883.6.90", "icd-10-cm", "icd10cm", "icd10-cm", "icd-10cm"),
    "ICD-10": ("http://hl7.org/fhir/sid/icd-10", "urn:oid:2.16.840.1.113883.6.3", "2.16.840.1.113883.6.3"),
    "ICD-10-PCS": ("http://www.cms.gov/Medicare/Coding/ICD10", "urn:oid:2.16.840.1.113883.6.4",
                   "2.16.840.1.113883.6.4", "icd-10-pcs", "icd10pcs"),
    "ICD-9-CM": ("http://hl7.org/fhir/sid/icd-9-cm", "urn:oid:2.16.840.1.113883.6.103",
                 "2.16.840.1.113883.6.103", "icd-9-cm", "icd9cm", "icd-9"),
    "SNOMED CT": ("http://snomed.info/sct", "urn:oid:2.16.840.1.113883.6.96", "2.16.840.1.113883.6.96",
                  "snomed", "snomed ct", "snomed-ct", "snomedct", "sct"),
    "CPT": ("http://www.ama-assn.org/go/cpt", "urn:oid:2.16.840.1.113883.6.12", "2.16.840.1.113883.6.12",
            "cpt", "cpt-4", "cpt4"),
    "HCPCS": ("https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
              "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
              "http://terminology.hl7.org/CodeSystem/HCPCS", "urn:oid:2.16.840.1.113883.6.285",
              "2.16.840.1.113883.6.285", "urn:oid:2.16.840.1.113883.6.14", "2.16.840.1.113883.6.14",
              "hcpcs", "hcpcs level ii"),
    "LOINC": ("http://loinc.org", "urn:oid:2.16.840.1.113883.6.1", "2.16.840.1.113883.6.1", "loinc"),
}
_CODE_SYSTEM_KEYS = {
    alias.strip().lower().rstrip("/"): name
    for name, aliases in CODE_SYSTEMS.items()
    for alias in (name, *aliases)
}


def normalize_code_system(value: Any) -> Any:
    """The model's name for a code system written as a URI, an OID or a spelling.

    "http://hl7.org/fhir/sid/icd-10-cm", "urn:oid:2.16.840.1.113883.6.90" and "ICD10CM" give "ICD-10-CM";
    "http://snomed.info/sct" gives "SNOMED CT". A system not known here is returned as written.
    """
    if not isinstance(value, str):
        return value
    key = " ".join(value.strip().lower().split()).rstrip("/")
    if not key:
        return None
    return _CODE_SYSTEM_KEYS.get(key, value.strip())
