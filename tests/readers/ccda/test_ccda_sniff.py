"""Sniffing C-CDA from content: documents and bare sections yes; FHIR XML, other XML, JSON, DOCX no."""

from __future__ import annotations

import pytest
from ccda_helpers import CORPUS, FIXTURES

from authcheck.readers import sniff_format
from authcheck.readers.ccda import CcdaReader

SNIFF = CcdaReader().sniff

ACCEPTED = {
    "v3 document": b'<?xml version="1.0"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3"><title>x</title></ClinicalDocument>',
    "prefixed document": b'<cda:ClinicalDocument xmlns:cda="urn:hl7-org:v3"><cda:title/></cda:ClinicalDocument>',
    "attributes before xmlns": b'<ClinicalDocument xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="urn:hl7-org:v3">',
    "stylesheet and comment first": b'<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="CDA.xsl"?>\n<!-- a comment -->\n'
    b'<ClinicalDocument xmlns="urn:hl7-org:v3">',
    "utf-8 bom": b'\xef\xbb\xbf<ClinicalDocument xmlns="urn:hl7-org:v3"/>',
    "utf-16": '<?xml version="1.0" encoding="UTF-16"?><ClinicalDocument xmlns="urn:hl7-org:v3"/>'.encode(
        "utf-16"
    ),
    "v3 section": b'<section xmlns="urn:hl7-org:v3"><title>Goals</title></section>',
    "bare section": b'<section>\n  <templateId root="2.16.840.1.113883.10.20.22.2.60"/>\n  <code code="61146-7"/>\n</section>',
    "bare section by LOINC code": b'<section><code code="18776-5" codeSystem="2.16.840.1.113883.6.1"/><title>Plan</title></section>',
    "bare component around a section": b'<component>\n  <section>\n    <templateId root="2.16.840.1.113883.10.20.22.2.10"/>',
    "bare document with typeId": b'<ClinicalDocument><typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>',
    "doctype with internal subset": b'<?xml version="1.0"?><!DOCTYPE ClinicalDocument [ <!ENTITY a "b"> ]>\n'
    b'<ClinicalDocument xmlns="urn:hl7-org:v3"><title>&a;</title></ClinicalDocument>',
}
REFUSED = {
    "fhir xml bundle": b'<?xml version="1.0"?><Bundle xmlns="http://hl7.org/fhir"><type value="collection"/></Bundle>',
    "fhir xml section-like": b'<section xmlns="http://hl7.org/fhir"><title value="x"/></section>',
    "other namespace document": b'<ClinicalDocument xmlns="urn:example:other"><title/></ClinicalDocument>',
    "bare section without C-CDA shapes": b"<section><title>Chapter 1</title><p>Hello</p></section>",
    "component without section": b'<component xmlns="urn:hl7-org:v3"><structuredBody/></component>',
    "unbound prefix": b"<cda:ClinicalDocument><cda:title/></cda:ClinicalDocument>",
    "other root": b'<html xmlns="urn:hl7-org:v3"><body/></html>',
    "json": b'{"resourceType": "Bundle", "type": "collection"}',
    "yaml": b"patient:\n  name: Ana\nproblems: []\n",
    "zip (docx)": b"PK\x03\x04\x14\x00\x06\x00",
    "empty": b"",
    "text": b"Treatment plan for ClinicalDocument review",
}


@pytest.mark.parametrize("head", ACCEPTED.values(), ids=ACCEPTED.keys())
def test_accepts(head: bytes) -> None:
    assert SNIFF(head)


@pytest.mark.parametrize("head", REFUSED.values(), ids=REFUSED.keys())
def test_refuses(head: bytes) -> None:
    assert not SNIFF(head)


def test_truncated_head_still_sniffs() -> None:
    data = (FIXTURES / "psychotherapy_care_plan.xml").read_bytes()
    assert SNIFF(data[:300])


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.xml")), ids=lambda p: p.stem)
def test_registry_picks_ccda_for_every_fixture(path) -> None:
    assert sniff_format(path.read_bytes()[: 64 * 1024]) == "ccda"


def test_registry_picks_ccda_for_corpus_files() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    for path in sorted(CORPUS.glob("*.xml")):
        assert sniff_format(path.read_bytes()[: 64 * 1024]) == "ccda", path.name
