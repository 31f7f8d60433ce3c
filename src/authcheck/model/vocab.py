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
    ("guardian", r"guardian|parent|caregiver|care giver|legal representative|lar\b|responsible party|mother|father"
                 # Spanish: "padre/madre", "tutor legal", "encargado"
                 r"|\bpadres?\b|\bmadre\b|\btutora?\b|\bencargad[oa]\b"),
    # "staff member", "team member" are staff, not the client
    # a first-person plan's own line for the person served: "Me:", "My signature", "Myself"
    ("client", r"^\s*(?:me|myself|my(?:\s+signature)?)\s*:?\s*$|client|patient|person\s+(?:served|receiving\s+services)|(?<!staff )(?<!team )member|consumer|individual|participant|beneficiary|youth|resident|"
               r"recipient|\bchild\b|\bminor\b|\badolescent\b|\bteen(?:ager)?\b|\bpaciente\b|\bparticipante\b|"
               r"\bni[ñn][oa]\b|\bjoven\b"),
    # a behavior technician carries out an ABA plan under the analyst; the technician's signature (an RBT's, a BT's)
    # does not stand for the treating clinician's ("Behavior Technician", "RBT", "Registered behavior technician")
    ("other", r"^(?!.*\b(?:bcba|lba|analyst|supervis)).*(?:\brbt\b|\bbcat\b|behavio(?:u)?r(?:al)?\s+(?:health\s+)?technician|"
              r"\bbehavio(?:u)?r\s+tech\b|\bbt\b)"),
    # the supervising BCBA writes and signs an ABA plan: the treating clinician, not a countersigner
    # ... also when the adjective follows the credential: "BCBA (supervising)", "BCBA, lead", "LBA - supervising"
    ("clinician", r"(?:supervising|lead|senior|primary)\s+(?:bcba|lba|(?:behavio(?:u)?r\s+)?analyst)|"
                  r"\b(?:bcba(?:-d)?|lba|(?:behavio(?:u)?r\s+)?analyst)\s*(?:\(\s*|[,\-\u2013\u2014/]\s*)"
                  r"(?:supervising|lead|senior|primary)\b(?!\s+(?:of|for)\b)|"
                  r"^\s*(?:board\s+certified\s+)?(?:behavio(?:u)?r\s+)?analyst\b"),
    # a trainee treats under supervision: "Trainee therapist (supervised worker)", "Clinical intern", "Practicum
    # student", "Counselor under supervision" sign as the treating clinician, not as the supervisor
    ("clinician", r"^(?!.*\bsupervis(?:or|ing|ion\s+of)\b).*(?:\bsupervised\b|under\s+supervision|\btrainee|\bintern\b|"
                  r"\binterns\b|\bextern\b|practicum|\bstudent\s+(?:clinician|therapist|counsel)|"
                  r"\b(?:doctoral|graduate|masters?|post-?doctoral)\s+(?:student|trainee|fellow|clinician|therapist)|"
                  r"\bpost-?doc|pre-?licens|\bprovisional(?:ly)?\s+licens)"),
    ("supervisor", r"supervis|clinical director|program director|qualified (?:credentialed )?(?:counselor|professional)|qcc\b|\bqp\b|countersign|co-?sign|reviewing"),
    ("physician", r"\bm[eé]dic[oa]\b|\bpsiquiatra\b|physician|certif(?!ied\s+(?!by\b)[a-z])|medical director|medical review|psychiatrist|prescriber|\bordering\b|\bnpp\b|nurse practitioner|\bmd\b|\bdo\b|referring"
                  r"|psychiatric\s+(?:crnp|np|aprn|nurse\s+practitioner|approval|review|provider|prescriber)|\bcrnp\b|\baprn\b|\bpmhnp\b"
                  # "Advanced practice professional / provider / registered nurse": an NP, CNS or PA, who approves
                  r"|advanced\s+practice\s+(?:professional|provider|practitioner|clinician|(?:registered\s+)?nurse)"),
    ("clinician", r"clinician|therapist|counsel|provider|(?:established|prepared|written|developed|authored)\s+by|bcba|lba|lcsw|lpc|psychologist|social worker|author|staff|case manager|practitioner|rendering|treating|primary"
                  r"|(?:mental|behaviou?ral) health professional|licensed professional|responsible clinical"
                  r"|patholog|\bspecialist\b|\bcoordinator\b|\bslp\b|\bot\b|\bpt\b|\botr\b|\bdpt\b|nurse|\brn\b|behavio(?:u)?r analyst|\brbt\b|technician"
                  # Spanish: "terapeuta", "consejero/a", "psicólogo/a", "trabajador/a social", "proveedor"
                  r"|\bterapeuta\b|\bconsejer[oa]\b|\bpsic[oó]log[oa]\b|\btrabajador(?:a)?\s+social\b|\bproveedor(?:a)?\b|"
                  r"\benfermer[oa]\b"),
]


def normalize_signature_role(value: Any) -> Any:
    """Map the many ways a signature line names its signer to client/guardian/clinician/supervisor/physician/other."""
    if not isinstance(value, str):
        return value
    key = value.strip().lower()
    if key in ("client", "guardian", "clinician", "supervisor", "physician", "other"):
        return key
    # credentials written with full stops ("R.N.", "M.D.", "D.O.") are matched as written without them too
    plain = re.sub(r"(?<=\b[a-z])\.", "", key) if "." in key else key
    for role, pattern in _ROLES:
        if re.search(pattern, key) or (plain is not key and re.search(pattern, plain)):
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
    "MPT", "MSPT", "BSPT", "MOT", "MSOT",
    # behaviour analysis
    "BCBA", "BCBA-D", "BCABA", "BCAT", "RBT", "LBA", "LABA", "QBA",
    # substance use counselling (state certifications)
    "CAADC", "LCAS", "CSAC", "LADAC", "ICADC", "LISAC", "CCDP", "CAC-AD", "LCSAS", "MLADC", "LAADC", "CADC-II",
    "CADC-I", "CASAC-T", "CADC-III", "CAP", "RADT", "SUDCC", "CCDC", "LCDC-I", "LMHP", "LPHA",
    # specialist certifications written after a licence ("OTR/L, CHT", "PT, DPT, OCS"); none licenses alone
    "CHT", "OCS", "NCS", "SCS", "GCS", "PCS", "WCS", "CLT", "CBIS", "ATC", "CSCS",
    # peer and recovery support certifications (Florida's CRPS, New York's CRPA, Michigan's CPSS, NAADAC's NCPRSS)
    "CPS", "CPRS", "CRSS", "CPRP", "CRPS", "CRPA", "CPSS", "NCPRSS",
    # case management and rehabilitation counselling certifications (CCMC, NASW, CRCC)
    "CCM", "C-SWCM", "C-ASWCM", "CRC",
    # bachelor's degrees a case manager or peer worker signs with ("Denise Holloway, BSW", "Marcus Trevino, BA")
    "BSW", "BA", "BS",
}
# A certification level after a credential ("RADT-II", "SUDCC II", "CADC III") names the same credential.
_LEVEL_SUFFIX = re.compile(r"^(?P<base>[A-Z][A-Z-]*?)[- ]?(?:I{1,3}|IV|[1-4])$")

_CREDENTIAL_ALIASES = {
    "PHD": "PHD", "PH.D.": "PHD", "PH.D": "PHD", "PSY.D.": "PSYD", "PSY.D": "PSYD", "M.D.": "MD", "D.O.": "DO",
    "N.P.": "NP", "P.A.": "PA", "PA-C": "PA", "D.P.T.": "DPT", "CCC-SLP": "SLP", "MS-CCC-SLP": "SLP",
    "MA-CCC-SLP": "SLP", "OTR/L": "OTR", "COTA/L": "COTA", "BCBA-D": "BCBA", "LCSW-C": "LCSW", "LCSW-R": "LCSW",
    "CRNP": "NP", "FNP": "NP", "PMHNP": "NP", "APRN": "NP", "FNP-C": "NP", "PMHNP-BC": "NP", "LICSW": "LCSW",
    "LISW": "LCSW", "LISW-S": "LCSW", "LCSW-S": "LCSW", "LPCC-S": "LPCC", "LMFT-S": "LMFT", "LMHC-S": "LMHC",
    "FNP-BC": "NP", "CNP": "NP", "APRN-CNP": "NP", "APRN-BC": "NP", "AGPCNP-BC": "NP", "ANP-BC": "NP", "ACNP": "NP", "ACNP-BC": "NP", "AGACNP-BC": "NP", "AGACNP": "NP", "MPT": "PT", "MSPT": "PT", "BSPT": "PT",
    "MOT": "OT", "MSOT": "OT", "CADC-II": "CADC", "CADC-I": "CADC", "CASAC-T": "CASAC",
    # New York's advanced and master levels of the CASAC ("CASAC-Advanced", "CASAC-Master")
    "CASAC-ADVANCED": "CASAC", "CASAC-A": "CASAC", "CASAC-MASTER": "CASAC", "CASAC-M": "CASAC",
    # the Florida Certification Board's adult, family and youth endorsements of the CRPS
    "CRPS-A": "CRPS", "CRPS-F": "CRPS", "CRPS-Y": "CRPS",
}
# A licence or certification spelled out after a signer's name ("Devon Okafor, Licensed Professional Counselor"),
# keyed as normalize_credential keys it (upper case, no spaces): the same credential as its initials.
_SPELLED_CREDENTIALS = {
    "LICENSED PROFESSIONAL COUNSELOR": "LPC", "LICENSED PROFESSIONAL COUNSELLOR": "LPC",
    "LICENSED CLINICAL SOCIAL WORKER": "LCSW", "LICENSED INDEPENDENT CLINICAL SOCIAL WORKER": "LCSW",
    "LICENSED MASTER SOCIAL WORKER": "LMSW", "LICENSED MASTERS SOCIAL WORKER": "LMSW",
    "LICENSED MARRIAGE AND FAMILY THERAPIST": "LMFT", "LICENSED MARRIAGE & FAMILY THERAPIST": "LMFT",
    "LICENSED MENTAL HEALTH COUNSELOR": "LMHC", "LICENSED CLINICAL PROFESSIONAL COUNSELOR": "LCPC",
    "LICENSED PROFESSIONAL CLINICAL COUNSELOR": "LPCC", "LICENSED CLINICAL MENTAL HEALTH COUNSELOR": "LCMHC",
    "LICENSED PSYCHOLOGIST": "LP", "LICENSED BEHAVIOR ANALYST": "LBA",
    "BOARD CERTIFIED BEHAVIOR ANALYST": "BCBA", "BOARD CERTIFIED BEHAVIOR ANALYST-DOCTORAL": "BCBA",
    "BOARD CERTIFIED BEHAVIOR ANALYST - DOCTORAL": "BCBA", "BOARD CERTIFIED BEHAVIOR ANALYST, DOCTORAL": "BCBA",
    "LICENSED CHEMICAL DEPENDENCY COUNSELOR": "LCDC", "CERTIFIED ALCOHOL AND DRUG COUNSELOR": "CADC",
    "LICENSED ALCOHOL AND DRUG COUNSELOR": "LADC", "REGISTERED NURSE": "RN", "LICENSED PRACTICAL NURSE": "LPN",
    "DOCTOR OF MEDICINE": "MD", "DOCTOR OF OSTEOPATHIC MEDICINE": "DO", "DOCTOR OF OSTEOPATHY": "DO",
    "DOCTOR OF PHYSICAL THERAPY": "DPT", "DOCTOR OF PSYCHOLOGY": "PSYD", "DOCTOR OF PHILOSOPHY": "PHD",
    "NURSE PRACTITIONER": "NP", "PSYCHIATRIC NURSE PRACTITIONER": "NP", "PSYCHIATRIC MENTAL HEALTH NURSE PRACTITIONER": "NP",
    "PHYSICIAN ASSISTANT": "PA", "PHYSICAL THERAPIST": "PT", "OCCUPATIONAL THERAPIST": "OT",
    "SPEECH-LANGUAGE PATHOLOGIST": "SLP", "SPEECH LANGUAGE PATHOLOGIST": "SLP",
}
_CREDENTIAL_ALIASES.update({k.replace(" ", ""): v for k, v in _SPELLED_CREDENTIALS.items()})
_SPELLED_CREDENTIAL = re.compile(
    r"\b(?:" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(_SPELLED_CREDENTIALS, key=len, reverse=True))
    + r")\b",
    re.I,
)


def normalize_credential(value: str) -> str:
    """Upper-case a credential and fold common spellings: "Ph.D." -> "PHD", "PMHNP-BC" -> "NP", "OTR/L" -> "OTR"."""
    key = value.strip().upper().replace(" ", "")
    if key in _CREDENTIAL_ALIASES:
        return _CREDENTIAL_ALIASES[key]
    folded = key.replace(".", "")
    folded = _CREDENTIAL_ALIASES.get(folded, folded)
    if folded not in CREDENTIALS:
        level = _LEVEL_SUFFIX.match(value.strip().upper().replace(".", ""))
        if level and level.group("base").rstrip("-") in CREDENTIALS:
            return level.group("base").rstrip("-")
    return folded


def find_credentials(text: str) -> list[str]:
    """Every known credential written in a string such as "Jane Doe, LCSW, CADC", normalized."""
    found = []
    for spelled in _SPELLED_CREDENTIAL.finditer(text):
        # "Licensed Professional Counselor": a licence spelled out, the same credential as its initials
        normal = _SPELLED_CREDENTIALS[" ".join(spelled.group(0).upper().split())]
        if normal not in found:
            found.append(normal)
    text = _SPELLED_CREDENTIAL.sub(" ", text)
    text = re.sub(r"\b([A-Z]{2,}(?:-[A-Z]+)?)\s+(I{1,3}|IV)\b", r"\1-\2", text)  # "SUDCC II" is one credential
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


# Standardized instruments and clinical measures; their digits ("PHQ-9") are part of the name.
INSTRUMENT_NAMES = [
    r"phq-?9", r"phq-?a", r"phq-?2", r"phq", r"gad-?7", r"gad-?2", r"bdi(?:-?ii)?", r"beck depression inventory(?:-?ii)?",
    r"bai", r"beck anxiety inventory", r"pcl-?5", r"pcl-?c", r"pcl", r"audit-?c", r"audit", r"dast-?10", r"dast",
    r"cage", r"cows", r"ciwa(?:-?ar)?", r"y-?bocs", r"cy-?bocs", r"epds", r"edinburgh", r"mdq", r"asrs", r"conners",
    r"sdq", r"cbcl", r"ors", r"srs-?2", r"srs", r"k-?10", r"k-?6", r"promis", r"basc-?3", r"basc", r"vineland(?:-?3)?",
    r"vb-?mapp", r"ablls-?r", r"ablls", r"afls", r"efl", r"ados-?2", r"ados", r"celf-?5", r"celf", r"gfta-?3", r"gfta",
    r"ppvt-?5", r"ppvt", r"evt", r"moca", r"slums", r"mmse", r"barthel", r"fim", r"copm", r"tinetti", r"berg(?: balance scale)?",
    r"bbs", r"tug", r"timed up and go", r"6mwt", r"6-?minute walk(?: test)?", r"10mwt", r"10-?meter walk(?: test)?",
    r"2mwt", r"dgi", r"fga", r"abc scale", r"activities-specific balance confidence", r"oswestry", r"odi", r"ndi",
    r"neck disability index", r"lefs", r"quick-?dash", r"dash", r"koos", r"womac", r"psfs", r"nprs", r"vas", r"faces",
    r"pain scale", r"numeric pain rating", r"suds", r"cgi-?s", r"cgi", r"gaf", r"whodas(?: 2\.0)?", r"phq-?15", r"pss",
    r"dass-?21", r"scared", r"rcads", r"cdi-?2", r"mfq", r"asq", r"c-?ssrs", r"columbia", r"hama", r"ham-?a", r"ham-?d",
    r"hamd", r"madrs", r"ymrs", r"panss", r"bprs", r"aims", r"fagerstrom", r"bam", r"asam", r"pedi-?cat", r"pedi",
    r"bot-?2", r"peabody", r"pdms-?2", r"beery(?:-?vmi)?", r"vmi", r"sensory profile", r"nom", r"noms", r"asha noms",
    r"fois", r"dysphagia outcome", r"doss", r"ssi-?4", r"goldman-?fristoe", r"lsvt", r"mbs", r"fees", r"nihss",
    r"functional reach", r"5x ?sts", r"five times sit to stand", r"30-?second chair stand", r"grip strength",
    r"dynamometer", r"mmt", r"manual muscle test(?:ing)?", r"rom", r"arom", r"prom", r"range of motion", r"goniometr\w*",
    r"spo2", r"o2 sat\w*", r"heart rate", r"blood pressure", r"a1c", r"hba1c", r"bmi", r"uds", r"urine drug screens?",
    r"urine (?:drug )?(?:tox(?:icology)? )?screens?", r"utox", r"breathalyzer", r"bac", r"pill counts?", r"lab results?",
]
INSTRUMENT_RE = re.compile(r"(?<![\w-])(?:" + "|".join(INSTRUMENT_NAMES) + r")(?![\w-])", re.IGNORECASE)

# Clinical measures that are not standardized assessments (vital signs, labs, range of motion...).
_NOT_ASSESSMENTS = re.compile(
    r"^(?:rom|arom|prom|range of motion|goniometr\w*|spo2|o2 sat\w*|heart rate|blood pressure|a1c|hba1c|bmi|uds|"
    r"urine\b.*|utox|breathalyzer|bac|pill counts?|lab results?|mmt|manual muscle test\w*|grip strength|dynamometer|"
    r"pain scale|numeric pain rating|nprs|vas|faces|suds|asam|fim)$",
    re.IGNORECASE,
)


def find_instrument(text: str | None) -> str | None:
    """The standardized assessment instrument named in `text` ("Vineland-3 ... Composite" -> "Vineland-3"), or None.

    Clinical measures that are not standardized assessments (blood pressure, range of motion, urine
    screens) are not returned.
    """
    if not text:
        return None
    for match in INSTRUMENT_RE.finditer(text):
        if not _NOT_ASSESSMENTS.match(match.group(0)):
            return match.group(0)
    return None
