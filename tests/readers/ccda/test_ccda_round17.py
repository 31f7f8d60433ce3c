"""C-CDA, round 17: a signer's role as the document words it, in the originalText of the signer's code, wins over
the code's display name (a provider taxonomy that names a profession, not the part the person plays in the plan):
an authenticator coded "Addiction counselor" whose original text says "Supervising counselor" countersigns as the
supervisor; a legal authenticator coded "Methadone clinic" whose original text says "Medical director" signs as
the physician. Near misses: no original text (the display decides, as before), and an original text that names
no role.

Documents are built here; names and wording are invented."""

from __future__ import annotations

import pytest
from lxml import etree

from authcheck.readers.ccda.reader import plan_from_root

_NS = 'xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'


def _signer(tag: str, given: str, family: str, suffix: str, code: str, display: str, original: str | None) -> str:
    original_el = f"<originalText>{original}</originalText>" if original is not None else ""
    return f"""<{tag}><time value="20260303"/><signatureCode code="S"/><assignedEntity>
    <id root="2.16.840.1.113883.4.6" extension="1234567893"/>
    <code code="{code}" codeSystem="2.16.840.1.113883.6.101" displayName="{display}">{original_el}</code>
    <assignedPerson><name><given>{given}</given><family>{family}</family><suffix qualifier="AC">{suffix}</suffix></name>
    </assignedPerson></assignedEntity></{tag}>"""


def _doc(*signers: str) -> etree._Element:
    text = f"""<ClinicalDocument {_NS}>
  <templateId root="2.16.840.1.113883.10.20.22.1.15"/>
  <code code="52521-2" codeSystem="2.16.840.1.113883.6.1" displayName="Overall plan of care"/>
  <title>Maintenance Treatment Plan</title>
  <effectiveTime value="20260302"/>
  <recordTarget><patientRole><id root="2.16.840.1.113883.19.5" extension="MR-5521"/>
    <patient><name><given>Casimir</given><family>Oyelowo-Brandt</family></name><birthTime value="19800912"/></patient>
  </patientRole></recordTarget>
  <author><time value="20260302"/><assignedAuthor><id root="2.16.840.1.113883.19.5" extension="STAFF-1"/>
    <assignedPerson><name><given>Perpetua</given><family>Lindqvist</family><suffix>CADC</suffix></name></assignedPerson>
  </assignedAuthor></author>
  {''.join(signers)}
  <component><structuredBody><component><section><title>Plan</title><text>Plan.</text></section></component>
  </structuredBody></component>
</ClinicalDocument>"""
    return etree.fromstring(text.encode())


def _roles(root: etree._Element) -> dict[str, str]:
    return {s.name or "": s.role for s in plan_from_root(root).signatures}


@pytest.mark.parametrize("original", ["Supervising counselor", "Clinical supervisor"])
def test_authenticator_original_text_names_the_supervisor(original: str) -> None:
    root = _doc(_signer("authenticator", "Rosamund", "Achterberg", "LAADC", "101YA0400X",
                        "Addiction (Substance Use Disorder) Counselor", original))
    assert _roles(root)["Rosamund Achterberg"] == "supervisor"


def test_legal_authenticator_original_text_names_the_medical_director() -> None:
    root = _doc(_signer("legalAuthenticator", "Bartholomew", "Nakagawa-Reyes", "DO", "261QM2800X", "Methadone Clinic",
                        "Medical Director"))
    assert _roles(root)["Bartholomew Nakagawa-Reyes"] == "physician"


@pytest.mark.parametrize("original", [None, "Staff member on duty"])
def test_near_miss_without_a_role_in_the_original_text_the_display_decides(original: str | None) -> None:
    root = _doc(_signer("authenticator", "Rosamund", "Achterberg", "LAADC", "101YA0400X",
                        "Addiction (Substance Use Disorder) Counselor", original))
    assert _roles(root)["Rosamund Achterberg"] == "clinician"
