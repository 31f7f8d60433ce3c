"""model.vocab.normalize_code_system: URIs, OIDs and spellings of code systems to the model's names."""

from __future__ import annotations

import pytest

from authcheck.model.vocab import normalize_code_system


@pytest.mark.parametrize(
    "written, name",
    [
        ("http://hl7.org/fhir/sid/icd-10-cm", "ICD-10-CM"),
        ("urn:oid:2.16.840.1.113883.6.90", "ICD-10-CM"),
        ("2.16.840.1.113883.6.90", "ICD-10-CM"),
        ("ICD10CM", "ICD-10-CM"),
        (" icd-10-cm ", "ICD-10-CM"),
        ("http://hl7.org/fhir/sid/icd-10", "ICD-10"),  # WHO ICD-10 is not ICD-10-CM
        ("http://www.cms.gov/Medicare/Coding/ICD10", "ICD-10-PCS"),
        ("http://snomed.info/sct", "SNOMED CT"),
        ("urn:oid:2.16.840.1.113883.6.96", "SNOMED CT"),
        ("SNOMED-CT", "SNOMED CT"),
        ("http://www.ama-assn.org/go/cpt", "CPT"),
        ("urn:oid:2.16.840.1.113883.6.12", "CPT"),
        ("https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", "HCPCS"),
        ("http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets/", "HCPCS"),
        ("http://loinc.org", "LOINC"),
        ("http://example.org/local-codes", "http://example.org/local-codes"),  # unknown: as written
    ],
)
def test_normalize_code_system(written: str, name: str) -> None:
    assert normalize_code_system(written) == name


def test_empty_and_non_strings() -> None:
    assert normalize_code_system("  ") is None
    assert normalize_code_system(None) is None
