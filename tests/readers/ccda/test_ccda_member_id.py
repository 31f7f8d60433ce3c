"""C-CDA: which recordTarget/patientRole/id is the client's ID with the payer.

An id the payer assigns (the MBI's OID 2.16.840.1.113883.4.927, or an assigning authority named "Medicaid",
"Medi-Cal CIN", "Member ID") is taken before any other, wherever it stands; an id named as the provider's own record
number ("MRN", "Medical record number") never is. Near misses: a Social Security number is never the member ID, and
an id with no name and an unknown root is still taken when nothing better is there (as before).

Documents are built here; names and numbers are invented.
"""

from __future__ import annotations

import pytest
from lxml import etree

from authcheck.readers.ccda.reader import plan_from_root

_NS = 'xmlns="urn:hl7-org:v3"'


def _member_id(ids: str) -> str | None:
    text = f"""<ClinicalDocument {_NS}>
  <templateId root="2.16.840.1.113883.10.20.22.1.15"/>
  <code code="52521-2" codeSystem="2.16.840.1.113883.6.1"/>
  <title>Plan of Care</title>
  <effectiveTime value="20260126"/>
  <recordTarget><patientRole>{ids}
    <patient><name><given>Ada</given><family>Quill</family></name><birthTime value="19500101"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody/></component>
</ClinicalDocument>"""
    return plan_from_root(etree.fromstring(text.encode())).patient.member_id


_MRN = '<id root="2.16.840.1.113883.3.9123.26.1" extension="HCC-004417" assigningAuthorityName="Harbor Counseling"/>'
_MBI = '<id root="2.16.840.1.113883.4.927" extension="1EG4TE5MK73"/>'


@pytest.mark.parametrize(
    "ids, member",
    [
        (_MRN + _MBI, "1EG4TE5MK73"),  # the MBI after the clinic's record number
        ('<id root="1.2.3.4" extension="004417" assigningAuthorityName="MRN"/>' + _MBI, "1EG4TE5MK73"),
        ('<id root="1.2.3.4" extension="004417"/><id root="2.16.840.1.113883.3.523.4" extension="AB12345C" '
         'assigningAuthorityName="New York State Medicaid ID"/>', "AB12345C"),
        ('<id root="2.16.840.1.113883.3.249.99" extension="91234567A" assigningAuthorityName="Medi-Cal CIN"/>',
         "91234567A"),
    ],
)
def test_the_payers_id_is_the_member_id_wherever_it_stands(ids: str, member: str) -> None:
    assert _member_id(ids) == member


@pytest.mark.parametrize(
    "ids, member",
    [
        ('<id root="1.2.3.4" extension="004417" assigningAuthorityName="Medical record number"/>', None),
        ('<id root="2.16.840.1.113883.4.1" extension="123-45-6789"/>', None),  # a Social Security number
        ('<id root="2.16.840.1.113883.3.8812.2" extension="7788123"/>', "7788123"),  # unknown, unnamed: as before
    ],
)
def test_a_record_number_or_ssn_is_never_the_member_id(ids: str, member: str | None) -> None:
    assert _member_id(ids) == member
