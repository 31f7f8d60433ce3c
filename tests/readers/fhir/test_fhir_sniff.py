"""Sniffing FHIR from content: JSON with a top-level resourceType, XML rooted in the FHIR namespace."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from authcheck.readers import sniff_format
from authcheck.readers.fhir import FhirReader

FIXTURES = Path(__file__).parent / "fixtures"
SNIFF = FhirReader().sniff


@pytest.mark.parametrize(
    "head",
    [
        b'{"resourceType": "CarePlan", "status": "active"}',
        b'\xef\xbb\xbf  \n{"resourceType":"Bundle","type":"collection","entry":[]}',
        b'{\n  "id": "x",\n  "meta": {"resourceType": "nested"},\n  "resourceType": "Bundle"\n}',
        b'{"resourceType": "OperationOutcome"}',  # FHIR, though not a plan: read() explains
        b'<Bundle xmlns="http://hl7.org/fhir"><type value="collection"/></Bundle>',
        b'<?xml version="1.0"?>\n<!-- a comment -->\n<CarePlan xmlns="http://hl7.org/fhir/">',
        b"<fhir:CarePlan xmlns:fhir='http://hl7.org/fhir'><fhir:status value='active'/></fhir:CarePlan>",
    ],
)
def test_fhir_content_is_recognised(head: bytes) -> None:
    assert SNIFF(head)


@pytest.mark.parametrize(
    "head",
    [
        b'{"patient": {"name": "A"}, "diagnoses": [], "problems": []}',  # an authcheck native plan
        b'{"meta": {"resourceType": "CarePlan"}}',  # resourceType only nested
        b'{"resourceType": 5}',
        b'{"resourceType": "carePlan"}',
        b'["resourceType", "CarePlan"]',
        b"resourceType: CarePlan\nstatus: active\n",  # YAML
        b'<ClinicalDocument xmlns="urn:hl7-org:v3"><title>Plan</title></ClinicalDocument>',
        b'<CarePlan><status value="active"/></CarePlan>',  # no namespace
        b'<x:CarePlan xmlns="http://hl7.org/fhir" xmlns:x="urn:other"/>',
        b"PK\x03\x04\x14\x00",  # a DOCX/ZIP
        b"",
    ],
)
def test_other_content_is_not_fhir(head: bytes) -> None:
    assert not SNIFF(head)


def test_truncated_head_of_a_large_bundle_is_recognised() -> None:
    entries = [
        {
            "fullUrl": f"urn:uuid:{i}",
            "resource": {"resourceType": "Observation", "id": str(i), "valueString": "x" * 200},
        }
        for i in range(600)
    ]
    data = json.dumps({"resourceType": "Bundle", "type": "collection", "entry": entries}).encode()
    assert len(data) > 65536
    assert SNIFF(data[:65536])


def test_registry_sends_fhir_fixtures_to_the_fhir_reader() -> None:
    for path in sorted(FIXTURES.glob("*.json")) + sorted(FIXTURES.glob("*.xml")):
        if path.stem == "malformed":
            continue
        assert sniff_format(path.read_bytes()[:65536]) == "fhir", path.name
