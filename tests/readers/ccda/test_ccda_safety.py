"""Hostile, broken, huge and foreign input fails cleanly with one line naming the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from authcheck.readers import PlanReadError, read_plan
from authcheck.readers.ccda import reader as ccda_module
from authcheck.readers.ccda import CcdaReader

READER = CcdaReader()


def _read(data: bytes) -> object:
    return READER.read(data, "plan.xml")


def _error(data: bytes) -> str:
    with pytest.raises(PlanReadError) as caught:
        _read(data)
    message = str(caught.value)
    assert "\n" not in message and message.startswith("plan.xml: ")
    return message


def test_external_entity_is_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    data = (
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY s SYSTEM "{secret.as_uri()}">]>'
        '<ClinicalDocument xmlns="urn:hl7-org:v3"><title>&s;</title></ClinicalDocument>'
    ).encode()
    message = _error(data)
    assert "DTD or entities" in message and "TOP-SECRET" not in message


def test_parameter_entities_and_remote_dtd_are_refused() -> None:
    data = (
        b'<?xml version="1.0"?><!DOCTYPE d SYSTEM "http://example.invalid/evil.dtd">'
        b'<ClinicalDocument xmlns="urn:hl7-org:v3"/>'
    )
    assert "DTD" in _error(data)


def test_malformed_xml_names_the_line() -> None:
    data = b'<?xml version="1.0"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3">\n<title>x</title>\n<title>y</tit>\n</ClinicalDocument>'
    assert "malformed XML at line 4" in _error(data)


def test_truncated_document() -> None:
    assert "malformed XML at line" in _error(b'<ClinicalDocument xmlns="urn:hl7-org:v3">\n<component>')


def test_deep_nesting_fails_cleanly() -> None:
    depth = 5000
    data = (
        b'<ClinicalDocument xmlns="urn:hl7-org:v3">'
        + b"<component>" * depth
        + b"</component>" * depth
        + b"</ClinicalDocument>"
    )
    assert "nested too deeply" in _error(data)


def test_element_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ccda_module, "MAX_ELEMENTS", 50)
    data = b'<ClinicalDocument xmlns="urn:hl7-org:v3">' + b"<title/>" * 60 + b"</ClinicalDocument>"
    assert "more than 50 elements" in _error(data)


def test_nested_entries_within_the_parser_limit_read() -> None:
    """Deep but legal entryRelationship chains stop at the reader's own depth limit instead of recursing on."""
    inner = b'<act classCode="ACT" moodCode="INT"><code code="1" displayName="Step"/></act>'
    for _ in range(60):
        inner = (
            b'<act classCode="ACT" moodCode="INT"><entryRelationship typeCode="COMP">'
            + inner
            + b"</entryRelationship></act>"
        )
    data = (
        b'<section xmlns="urn:hl7-org:v3"><code code="62387-6" codeSystem="2.16.840.1.113883.6.1"/><entry>'
        + inner
        + b"</entry></section>"
    )
    plan = _read(data)
    assert list(plan.iter_interventions()) == []


def test_embedded_pdf_body_is_refused() -> None:
    data = (
        b'<ClinicalDocument xmlns="urn:hl7-org:v3"><component><nonXMLBody>'
        b'<text mediaType="application/pdf" representation="B64">JVBERi0=</text></nonXMLBody></component></ClinicalDocument>'
    )
    assert "application/pdf" in _error(data)


def test_foreign_root_is_refused() -> None:
    assert "not a C-CDA document" in _error(b'<Bundle xmlns="http://hl7.org/fhir"><type value="x"/></Bundle>')


def test_read_plan_reports_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_bytes(b'<ClinicalDocument xmlns="urn:hl7-org:v3">\n<title>')
    with pytest.raises(PlanReadError) as caught:
        read_plan(path)
    assert str(caught.value).startswith(f"{path}: C-CDA: malformed XML at line")
