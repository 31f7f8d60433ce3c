"""C-CDA, round 11: a signer's supervisor-designated licence written as the name suffix ("LISW-S", "LPCC-S"), and the
session length, frequency or duration a procedure entry leaves out and its section's narrative table states in
the row of the same service code (or, without a code column, the same words). Near misses: two rows naming the
same code, a row of another code, and a fact the entry already states, which the table never overrides.

Documents are built here; names and wording are invented."""

from __future__ import annotations

from lxml import etree

from authcheck.readers.ccda.reader import plan_from_root

_NS = 'xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'


def _doc(suffix: str, table: str, entries: str, section_title: str = "Plan of Treatment") -> etree._Element:
    text = f"""<ClinicalDocument {_NS}>
  <templateId root="2.16.840.1.113883.10.20.22.1.15"/>
  <code code="18776-5" codeSystem="2.16.840.1.113883.6.1" displayName="Plan of care note"/>
  <title>Behavioral Health Plan</title>
  <effectiveTime value="20260302"/>
  <recordTarget><patientRole><id root="2.16.840.1.113883.19.5" extension="PT-77"/>
    <patient><name><given>Cosima</given><family>Ravenscroft</family></name><birthTime value="19810514"/></patient>
  </patientRole></recordTarget>
  <author><time value="20260302"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="1234567893"/>
    <assignedPerson><name><given>Thaddeus</given><family>Okafor</family><suffix>{suffix}</suffix></name></assignedPerson>
  </assignedAuthor></author>
  <legalAuthenticator><time value="20260302"/><signatureCode code="S"/><assignedEntity>
    <id root="2.16.840.1.113883.4.6" extension="1234567893"/>
    <assignedPerson><name><given>Thaddeus</given><family>Okafor</family><suffix>{suffix}</suffix></name></assignedPerson>
  </assignedEntity></legalAuthenticator>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.10" extension="2014-06-09"/>
      <code code="18776-5" codeSystem="2.16.840.1.113883.6.1"/>
      <title>{section_title}</title>
      <text>{table}</text>
      {entries}
    </section></component>
  </structuredBody></component>
</ClinicalDocument>"""
    return etree.fromstring(text.encode())


def _procedure(code: str, name: str, weekly: bool = True, high: str | None = "20260830") -> str:
    timing = f'<effectiveTime xsi:type="IVL_TS"><low value="20260302"/><high value="{high}"/></effectiveTime>' if high else ""
    pivl = (
        '<effectiveTime xsi:type="PIVL_TS" institutionSpecified="true" operator="A"><period value="1" unit="wk"/></effectiveTime>'
        if weekly
        else ""
    )
    return f"""<entry><procedure classCode="PROC" moodCode="INT">
        <templateId root="2.16.840.1.113883.10.20.22.4.41"/>
        <code code="{code}" codeSystem="2.16.840.1.113883.6.12" displayName="{name}"/>
        <statusCode code="active"/>{timing}{pivl}
      </procedure></entry>"""


_ONE_ROW = (
    "<table><thead><tr><th>Procedure</th><th>Code</th><th>Session length</th><th>How often</th><th>Duration</th></tr>"
    "</thead><tbody><tr><td>Family psychotherapy</td><td>90847</td><td>50 minutes</td><td>weekly</td><td>6 months</td>"
    "</tr></tbody></table>"
)


def test_supervisor_designated_licence_suffix_is_the_signers_credential() -> None:
    plan = plan_from_root(_doc("LPCC-S", _ONE_ROW, _procedure("90847", "Family psychotherapy")))
    signer = plan.signatures[0]
    assert (signer.name, signer.credential) == ("Thaddeus Okafor", "LPCC-S")


def test_amount_the_entry_leaves_out_is_taken_from_the_row_of_its_code() -> None:
    plan = plan_from_root(_doc("LISW-S", _ONE_ROW, _procedure("90847", "Family psychotherapy")))
    service = plan.services[0]
    assert service.amount is not None and service.amount.minutes == 50
    assert service.amount.source is not None and "td[3]" in (service.amount.source.pointer or "")
    assert service.frequency is not None and service.frequency.source.pointer.endswith("effectiveTime[2]")


def test_frequency_and_amount_from_a_row_matched_by_its_words() -> None:
    table = (
        "<table><thead><tr><th>Service</th><th>Units</th><th>Frequency</th></tr></thead><tbody>"
        "<tr><td>Group psychotherapy</td><td>90 minutes</td><td>2 times per week</td></tr>"
        "<tr><td>Case management</td><td>30 minutes</td><td>monthly</td></tr></tbody></table>"
    )
    entries = _procedure("90853", "Group psychotherapy", weekly=False)
    plan = plan_from_root(_doc("LCSW", table, entries))
    service = plan.services[0]
    assert service.amount is not None and service.amount.minutes == 90
    assert service.frequency is not None and (service.frequency.count, service.frequency.per) == (2, "week")


def test_near_miss_two_rows_of_the_same_code_lend_nothing() -> None:
    table = (
        "<table><thead><tr><th>Service</th><th>CPT</th><th>Amount</th></tr></thead><tbody>"
        "<tr><td>Individual psychotherapy (adult)</td><td>90834</td><td>45 minutes</td></tr>"
        "<tr><td>Individual psychotherapy (family present)</td><td>90834</td><td>60 minutes</td></tr>"
        "</tbody></table>"
    )
    plan = plan_from_root(_doc("LCSW", table, _procedure("90834", "Individual psychotherapy")))
    assert plan.services[0].amount is None


def test_near_miss_a_row_of_another_code_lends_nothing() -> None:
    table = (
        "<table><thead><tr><th>Service</th><th>CPT</th><th>Amount</th></tr></thead><tbody>"
        "<tr><td>Psychiatric evaluation</td><td>90792</td><td>60 minutes</td></tr></tbody></table>"
    )
    plan = plan_from_root(_doc("LCSW", table, _procedure("90834", "Individual psychotherapy")))
    assert plan.services[0].amount is None


def test_a_fact_the_entry_states_is_never_overridden_by_the_table() -> None:
    table = (
        "<table><thead><tr><th>Service</th><th>CPT</th><th>Frequency</th></tr></thead><tbody>"
        "<tr><td>Individual psychotherapy</td><td>90834</td><td>every other week</td></tr></tbody></table>"
    )
    plan = plan_from_root(_doc("LCSW", table, _procedure("90834", "Individual psychotherapy")))
    frequency = plan.services[0].frequency
    assert frequency is not None and frequency.source.pointer.endswith("effectiveTime[2]")
