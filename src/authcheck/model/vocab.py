"""Controlled vocabularies of the model and the synonyms readers meet in documents."""

from __future__ import annotations

import re
from typing import Any

__all__ = [
    "CREDENTIALS",
    "credential_in",
    "find_credentials",
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
    ("clinician", r"clinician|therapist|counsel|provider|bcba|lba|lcsw|lpc|psychologist|social worker|author|staff|case manager|practitioner|rendering|treating|primary"),
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
