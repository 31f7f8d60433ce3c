"""Code sets: ICD-10-CM (validity, billability, descriptions, suggestions), CPT/HCPCS format checks,
NPI check digit. Importing this package is cheap; the ICD-10-CM data loads on first use."""

from authcheck.codes.icd10cm import (
    ICD10CM,
    CodeInfo,
    Suggestion,
    format_code,
    get_icd10cm,
    looks_like_icd10cm,
    normalize_code,
)
from authcheck.codes.npi import is_valid_npi, npi_problem
from authcheck.codes.services import (
    ServiceCodeKind,
    classify_service_code,
    is_valid_service_code_format,
    split_modifiers,
)

__all__ = [
    "ICD10CM",
    "CodeInfo",
    "ServiceCodeKind",
    "Suggestion",
    "classify_service_code",
    "format_code",
    "get_icd10cm",
    "is_valid_npi",
    "is_valid_service_code_format",
    "looks_like_icd10cm",
    "normalize_code",
    "npi_problem",
    "split_modifiers",
]
