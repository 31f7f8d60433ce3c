"""Phrase-level readers of plain text, shared by every DOCX layout and open to the other formats' readers (FHIR
reads notes' signature lines with them): codes, diagnoses, names and credentials, signatures, services,
assessments and review statements; `plan_labels` holds the label words FHIR and C-CDA narrative is read by.

Each function takes text as written and returns plain values (dicts/tuples) or None; the builder
turns them into model elements with their source locations. Nothing here guesses: a phrase that
does not state a value gives None for it.
"""

from __future__ import annotations

from authcheck.readers.phrases.common import (
    blank_value,
    checked_options,
    first_date,
    has_digit,
    member_id_token,
    parse_period,
)
from authcheck.readers.phrases.codes import (
    CODE_AS_WRITTEN,
    find_icd_codes,
    find_service_codes,
    looks_like_address,
)
from authcheck.readers.phrases.names import (
    split_name_credential,
)
from authcheck.readers.phrases.diagnoses import (
    DiagnosisMade,
    DiagnosisText,
    MadeNote,
    diagnosis_made,
    made_note,
    parse_diagnoses,
    prose_diagnoses,
    short_name_codes,
)
from authcheck.readers.phrases.signature_text import (
    SignatureText,
    looks_like_signature,
    parse_signature,
    plausible_name,
    says_unsigned,
    split_name_date,
)
from authcheck.readers.phrases.services import (
    PROVIDED_ELSEWHERE,
    QUANTITY_SPLIT,
    ServiceText,
    fill_quantities,
    parse_service,
    session_length_in_name,
    treatment_span,
)
from authcheck.readers.phrases.assessments import (
    parse_assessment,
)

__all__ = [
    "CODE_AS_WRITTEN",
    "PROVIDED_ELSEWHERE",
    "QUANTITY_SPLIT",
    "DiagnosisMade",
    "DiagnosisText",
    "MadeNote",
    "ServiceText",
    "SignatureText",
    "blank_value",
    "checked_options",
    "diagnosis_made",
    "fill_quantities",
    "find_icd_codes",
    "find_service_codes",
    "first_date",
    "has_digit",
    "looks_like_address",
    "looks_like_signature",
    "made_note",
    "member_id_token",
    "parse_assessment",
    "parse_diagnoses",
    "prose_diagnoses",
    "parse_period",
    "parse_service",
    "parse_signature",
    "plausible_name",
    "says_unsigned",
    "session_length_in_name",
    "short_name_codes",
    "split_name_credential",
    "split_name_date",
    "treatment_span",
]
