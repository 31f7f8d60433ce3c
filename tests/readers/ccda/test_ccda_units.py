"""Unit tests of the C-CDA helpers: times, codes, names and roles, narrative items, text facts, entry timing."""

from __future__ import annotations

import datetime as dt

import pytest
from lxml import etree

from authcheck.readers.ccda.reader import plan_from_root
from authcheck.readers.ccda.narrative import column_role, narrative_items
from authcheck.readers.ccda.people import person_of, signer_role
from authcheck.readers.ccda.text import (
    baseline_and_target,
    icd10_codes,
    label_and_rest,
    service_code_in,
    target_date_in,
    time_frame_in,
)
from authcheck.readers.ccda.xml import hl7_date, read_code, xpath_of

V3 = 'xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'


def xml(text: str) -> etree._Element:
    return etree.fromstring(text.encode())


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("20251228", dt.date(2025, 12, 28)),
        ("201308201120-0800", dt.date(2013, 8, 20)),
        ("20260230", None),
        ("2026", None),
        ("202601", None),
        ("", None),
        (None, None),
    ],
)
def test_hl7_date(value: str | None, expected: dt.date | None) -> None:
    assert hl7_date(value) == expected


def test_icd10_in_translation_and_by_name() -> None:
    value = read_code(
        xml(
            f'<value {V3} xsi:type="CD" code="35489007" codeSystem="2.16.840.1.113883.6.96">'
            '<translation code="F32.A" codeSystem="2.16.840.1.113883.6.90"/></value>'
        )
    )
    assert value is not None and not value.is_icd10cm()
    assert [c.code for c in value.all_codes() if c.is_icd10cm()] == ["F32.A"]
    by_name = read_code(xml('<value code="F90.0" codeSystemName="ICD-10-CM"/>'))
    assert by_name is not None and by_name.is_icd10cm() and by_name.system_label == "ICD-10-CM"


def test_hcpcs_and_cpt_oids_are_service_codes() -> None:
    assert read_code(xml('<code code="H0004" codeSystem="2.16.840.1.113883.6.285"/>')).is_service_code()
    assert read_code(xml('<code code="90837" codeSystem="2.16.840.1.113883.6.12"/>')).is_service_code()
    assert not read_code(
        xml('<code code="228557008" codeSystem="2.16.840.1.113883.6.96"/>')
    ).is_service_code()


def test_xpath_indexes_only_repeated_siblings() -> None:
    root = xml(f"<ClinicalDocument {V3}><component><section/></component><title/><title/></ClinicalDocument>")
    assert xpath_of(root[0][0]) == "/ClinicalDocument/component/section"
    assert xpath_of(root[2]) == "/ClinicalDocument/title[2]"


@pytest.mark.parametrize(
    ("name", "person", "credential"),
    [
        (
            "<name><given>Susan</given><family>Rivera</family><suffix>PT, DPT</suffix></name>",
            "Susan Rivera",
            "PT, DPT",
        ),
        (
            "<name><prefix>Dr.</prefix><given>Omar</given><family>Haddad</family><suffix>Jr.</suffix></name>",
            "Omar Haddad",
            None,
        ),
        ("<name>Jane Doe, LCSW, CADC</name>", "Jane Doe", "LCSW, CADC"),
        ("<name>Jane Doe</name>", "Jane Doe", None),
    ],
)
def test_names_and_credentials(name: str, person: str, credential: str | None) -> None:
    found = person_of(xml(f"<assignedEntity {V3}><assignedPerson>{name}</assignedPerson></assignedEntity>"))
    assert found is not None and (found.name, found.credential) == (person, credential)


@pytest.mark.parametrize(
    ("ident", "npi"),
    [
        ('<id root="2.16.840.1.113883.4.6" extension="1234567893"/>', "1234567893"),
        ('<id root="2.16.840.1.113883.4.6" extension="None"/>', None),  # an export's placeholder, not an NPI
        ('<id root="2.16.840.1.113883.4.6" extension="null"/>', None),
        ('<id root="2.16.840.1.113883.4.6" nullFlavor="UNK"/>', None),
        ('<id root="2.16.840.1.113883.4.6" extension="12345"/>', "12345"),  # a wrong NPI is kept, to be reported
    ],
)
def test_npi_placeholders_are_no_npi(ident: str, npi: str | None) -> None:
    found = person_of(xml(f"<assignedEntity {V3}>{ident}<assignedPerson><name>Kim Lee</name></assignedPerson></assignedEntity>"))
    assert found is not None and found.npi == npi


def test_credential_from_taxonomy_when_no_suffix() -> None:
    found = person_of(
        xml(
            f'<assignedEntity {V3}><code code="235Z00000X" codeSystem="2.16.840.1.113883.6.101"/>'
            "<assignedPerson><name>Kim Lee</name></assignedPerson></assignedEntity>"
        )
    )
    assert found is not None and found.credential == "SLP"


@pytest.mark.parametrize(
    ("entity", "is_author", "role"),
    [
        (
            '<id root="1.2" extension="P1"/><assignedPerson><name>Ana Ruiz</name></assignedPerson>',
            False,
            "client",
        ),
        (
            '<code code="GUARD" codeSystem="2.16.840.1.113883.5.111"/><assignedPerson><name>Ana Ruiz</name></assignedPerson>',
            False,
            "guardian",
        ),
        (
            '<code code="X" displayName="Clinical Supervisor"/><assignedPerson><name>Bo Li, LPC</name></assignedPerson>',
            False,
            "supervisor",
        ),
        (
            '<code code="207Q00000X" codeSystem="2.16.840.1.113883.6.101"/><assignedPerson><name>Sam Patel</name></assignedPerson>',
            False,
            "physician",
        ),
        ("<assignedPerson><name>Sam Patel, MD</name></assignedPerson>", False, "physician"),
        ("<assignedPerson><name>Sam Patel, MD</name></assignedPerson>", True, "clinician"),
        ("<assignedPerson><name>Pat Jones, LCSW</name></assignedPerson>", False, "clinician"),
        ("<assignedPerson><name>Pat Jones</name></assignedPerson>", False, "other"),
    ],
)
def test_signer_roles(entity: str, is_author: bool, role: str) -> None:
    person = person_of(xml(f"<assignedEntity {V3}>{entity}</assignedEntity>"))
    assert person is not None
    assert signer_role(person, patient_ids={"1.2^P1"}, function_text=None, is_author=is_author) == role


def test_narrative_table_columns_and_headings() -> None:
    text = xml(f"""<text {V3}><paragraph styleCode="Bold">Interventions:</paragraph>
      <table><thead><tr><th>Intervention</th><th>CPT code</th><th>How often</th></tr></thead>
      <tbody><tr><td>Individual therapy</td><td>90834</td><td>weekly</td></tr></tbody></table>
      <paragraph>Next review 03/01/2026</paragraph></text>""")
    items = narrative_items(text)
    assert [i.text for i in items] == ["Individual therapy | 90834 | weekly", "Next review 03/01/2026"]
    assert items[0].heading == "Interventions"
    assert {role: cell.text for role, cell in items[0].cells.items()} == {
        "statement": "Individual therapy",
        "code": "90834",
        "frequency": "weekly",
    }
    assert items[1].loose


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Target Date", "target_date"),
        ("Goal", "statement"),
        ("Frequency", "frequency"),
        ("Onset", "date"),
        ("Baseline", "baseline"),
        ("Responsible Staff", "responsible"),
        ("Colour", None),
    ],
)
def test_column_roles(header: str, role: str | None) -> None:
    assert column_role(header) == role


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Individual psychotherapy (90837): 53 minutes", "90837"),
        ("CPT 97110 three times a week", "97110"),
        ("Intensive outpatient (H0015)", "H0015"),
        ("Seen in 2025 for (2025) review", None),
        ("Neuromuscular re-education (9711A)", "9711A"),
        ("CPT 9083 weekly", "9083"),
        ("Screening (PHQ-9) and (GAD-7)", None),
        ("walk 500 feet", None),
    ],
)
def test_service_code_in(text: str, code: str | None) -> None:
    assert service_code_in(text) == code


def test_icd10_codes_in_text() -> None:
    assert [c for c, _ in icd10_codes("F33.1 Major depressive disorder; also Z59.1")] == ["F33.1", "Z59.1"]
    assert [c for c, _ in icd10_codes("ICD-10: F411 anxiety")] == ["F411"]
    assert icd10_codes("Vitamin B12 deficiency noted") == []


@pytest.mark.parametrize(
    ("text", "baseline", "target"),
    [
        (
            "Reduce panic episodes from 4 per week to 1 or fewer per week.",
            "4 per week",
            "1 or fewer per week",
        ),
        ("Improve LEFS score from 38 to 60 or higher within 8 weeks.", "38", "60 or higher"),
        ("Transition from inpatient to outpatient care", None, None),
        ("Baseline: 2 of 6 steps; target 6 of 6", "2 of 6 steps", None),
        ("Attend groups from 01/05/2026 to 02/05/2026", None, None),
    ],
)
def test_baseline_and_target(text: str, baseline: str | None, target: str | None) -> None:
    assert baseline_and_target(text) == (baseline, target)


def test_labels_time_frames_and_target_dates() -> None:
    assert label_and_rest("Objective 1a: Attend AA") == ("Objective 1a", "Attend AA")
    assert label_and_rest("LTG 2 - Walk 500 feet") == ("LTG 2", "Walk 500 feet")
    assert label_and_rest("Walk 500 feet") == (None, "Walk 500 feet")
    assert time_frame_in("Ambulate 500 feet within 8 weeks.") == "within 8 weeks"
    assert time_frame_in("Ambulate 500 feet.") is None
    assert target_date_in("Objective: x. Target date: 03/15/2026")[0] == dt.date(2026, 3, 15)
    assert target_date_in("Seen 01/02/2026 for intake")[0] is None


def _section(body: str) -> etree._Element:
    return xml(
        f'<section {V3}><code code="62387-6" codeSystem="2.16.840.1.113883.6.1"/><title>Plan</title>{body}</section>'
    )


@pytest.mark.parametrize(
    ("period", "count", "per"),
    [
        ('value="1" unit="wk"', 1.0, "week"),
        ('value="2" unit="wk"', 0.5, "week"),
        ('value="12" unit="h"', 2.0, "day"),
        ('value="1" unit="mo"', 1.0, "month"),
        ('value="2" unit="d"', 0.5, "day"),
    ],
)
def test_pivl_period_is_a_frequency(period: str, count: float, per: str) -> None:
    plan = plan_from_root(
        _section(
            f'<entry><procedure classCode="PROC" moodCode="INT"><code code="97110" codeSystem="2.16.840.1.113883.6.12" '
            f'displayName="Therapeutic exercise"/><effectiveTime xsi:type="PIVL_TS"><period {period}/></effectiveTime>'
            "</procedure></entry>"
        )
    )
    frequency = plan.interventions[0].frequency
    assert frequency is not None and (frequency.count, frequency.per) == (count, per)


def test_ivl_width_is_a_duration_and_service_dates_are_kept() -> None:
    plan = plan_from_root(
        _section(
            '<entry><encounter classCode="ENC" moodCode="INT"><code code="90837" codeSystem="2.16.840.1.113883.6.12" '
            'displayName="Psychotherapy, 60 minutes"/><effectiveTime><low value="20260105"/><width value="12" unit="wk"/>'
            "</effectiveTime></encounter></entry>"
        )
    )
    intervention = plan.interventions[0]
    assert (intervention.duration.value, intervention.duration.unit) == (12.0, "week")
    assert plan.services[0].start == dt.date(2026, 1, 5)


def test_an_entry_stating_nothing_is_not_an_intervention() -> None:
    plan = plan_from_root(
        _section(
            '<entry><act classCode="ACT" moodCode="INT"><code code="362956003" '
            'codeSystem="2.16.840.1.113883.6.96"/></act></entry>'
        )
    )
    assert plan.interventions == [] and plan.services == []


def test_goal_linked_to_a_single_concern_without_references() -> None:
    root = xml(f"""<ClinicalDocument {V3}><recordTarget/><component><structuredBody>
      <component><section><code code="75310-3" codeSystem="2.16.840.1.113883.6.1"/><text/><entry>
        <act classCode="ACT" moodCode="EVN"><templateId root="2.16.840.1.113883.10.20.22.4.132"/><id root="c1"/>
        <text>Chronic low back pain</text></act></entry></section></component>
      <component><section><code code="61146-7" codeSystem="2.16.840.1.113883.6.1"/><text/><entry>
        <observation classCode="OBS" moodCode="GOL"><id root="g1"/><text>Sit 60 minutes</text></observation></entry>
      </section></component></structuredBody></component></ClinicalDocument>""")
    plan = plan_from_root(root)
    assert [(p.statement, [g.statement for g in p.goals]) for p in plan.problems] == [
        ("Chronic low back pain", ["Sit 60 minutes"])
    ]


def test_unlinked_goals_with_several_concerns_are_not_guessed_onto_one() -> None:
    concern = (
        '<entry><act classCode="ACT" moodCode="EVN"><templateId root="2.16.840.1.113883.10.20.22.4.132"/>'
        '<id root="{id}"/><text>{text}</text></act></entry>'
    )
    root = xml(f"""<ClinicalDocument {V3}><recordTarget/><component><structuredBody>
      <component><section><code code="75310-3" codeSystem="2.16.840.1.113883.6.1"/><text/>
        {concern.format(id="c1", text="Anxiety")}{concern.format(id="c2", text="Insomnia")}</section></component>
      <component><section><code code="61146-7" codeSystem="2.16.840.1.113883.6.1"/><text/><entry>
        <observation classCode="OBS" moodCode="GOL"><id root="g1"/><text>Sleep 7 hours</text></observation></entry>
      </section></component></structuredBody></component></ClinicalDocument>""")
    plan = plan_from_root(root)
    assert [(p.statement, len(p.goals)) for p in plan.problems] == [(None, 1)]


def test_signature_code_other_than_s_is_not_signed() -> None:
    root = xml(f"""<ClinicalDocument {V3}><recordTarget><patientRole><id root="1" extension="p"/></patientRole></recordTarget>
      <author><time value="20260101"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="1234567893"/>
        <assignedPerson><name>Jane Doe, LPC</name></assignedPerson></assignedAuthor></author>
      <legalAuthenticator><time value="20260102"/><signatureCode code="X"/><assignedEntity>
        <id root="2.16.840.1.113883.4.6" extension="1234567893"/></assignedEntity></legalAuthenticator></ClinicalDocument>""")
    plan = plan_from_root(root)
    assert [(s.name, s.credential, s.signed, s.date) for s in plan.signatures] == [
        ("Jane Doe", "LPC", False, dt.date(2026, 1, 2))
    ]


def test_header_policy_holder_gives_payer_and_member_id() -> None:
    root = xml(f"""<ClinicalDocument {V3}><recordTarget><patientRole><id root="1" extension="MRN1"/></patientRole></recordTarget>
      <participant typeCode="HLD"><associatedEntity classCode="POLHOLD"><id root="9.9" extension="MEM-42"/>
        <scopingOrganization><name>Acme Health Plan</name></scopingOrganization></associatedEntity></participant>
      </ClinicalDocument>""")
    plan = plan_from_root(root)
    assert (plan.payer, plan.patient.member_id) == ("Acme Health Plan", "MEM-42")


def test_assessment_and_plan_narrative() -> None:
    section = xml(f"""<section {V3}><code code="51847-2" codeSystem="2.16.840.1.113883.6.1"/><title>Assessment and Plan</title>
      <text><paragraph>Mood has improved slightly since intake.</paragraph>
      <paragraph>Major depressive disorder, recurrent, moderate (F33.1)</paragraph>
      <paragraph styleCode="Bold">Plan:</paragraph>
      <list><item>Continue CBT, 45 minutes weekly (90834)</item><item>Re-administer PHQ-9 monthly</item></list>
      <paragraph>Treatment plan review on 04/01/2026.</paragraph></text></section>""")
    plan = plan_from_root(section)
    assert [(d.code, d.description) for d in plan.diagnoses] == [
        ("F33.1", "Major depressive disorder, recurrent, moderate")
    ]
    assert [(i.description, i.service_code) for i in plan.interventions] == [
        ("Continue CBT, 45 minutes weekly (90834)", "90834"),
        ("Re-administer PHQ-9 monthly", None),
    ]
    assert [(r.kind, r.date) for r in plan.reviews] == [("review", dt.date(2026, 4, 1))]


def test_problem_table_narrative_skips_resolved_rows() -> None:
    section = xml(f"""<section {V3}><code code="11450-4" codeSystem="2.16.840.1.113883.6.1"/><title>Problems</title>
      <text><table><thead><tr><th>Problem</th><th>ICD-10</th><th>Status</th></tr></thead><tbody>
        <tr><td>Post-traumatic stress disorder, chronic</td><td>F43.12</td><td>Active</td></tr>
        <tr><td>Opioid use disorder</td><td>F11.20</td><td>Resolved</td></tr>
        <tr><td>Chronic pain</td><td></td><td>Active</td></tr></tbody></table></text></section>""")
    plan = plan_from_root(section)
    assert [(d.code, d.system, d.description) for d in plan.diagnoses] == [
        ("F43.12", "ICD-10-CM", "Post-traumatic stress disorder, chronic"),
        (None, None, "Chronic pain"),
    ]


def test_narrative_of_entries_left_out_is_not_read_again() -> None:
    """Instructions are not interventions; their narrative must not come back through the fallback."""
    section = xml(f"""<section {V3}><code code="18776-5" codeSystem="2.16.840.1.113883.6.1"/><title>Plan</title>
      <text><list><item ID="i1">Take medication with food</item><item>Walking program 3 times per week</item></list></text>
      <entry><act classCode="ACT" moodCode="INT"><templateId root="2.16.840.1.113883.10.20.22.4.20"/>
        <code code="311401005" codeSystem="2.16.840.1.113883.6.96"/><text><reference value="#i1"/></text></act></entry>
    </section>""")
    plan = plan_from_root(section)
    assert [i.description for i in plan.interventions] == ["Walking program 3 times per week"]


def test_wrapper_with_words_keeps_parts_that_name_their_own_service() -> None:
    part = (
        '<entryRelationship typeCode="REFR"><procedure classCode="PROC" moodCode="INT"><code code="{code}" '
        'codeSystem="2.16.840.1.113883.6.12" displayName="{name}"/></procedure></entryRelationship>'
    )
    plan = plan_from_root(
        _section(
            '<entry><act classCode="ACT" moodCode="INT"><templateId root="2.16.840.1.113883.10.20.22.4.146"/>'
            "<text>Trauma-focused therapy</text>"
            + part.format(code="90837", name="Psychotherapy, 60 minutes")
            + part.format(code="90847", name="Family psychotherapy")
            + "</act></entry>"
        )
    )
    assert [(i.label, i.description, i.service_code) for i in plan.interventions] == [
        (None, "Trauma-focused therapy", None),
        ("Psychotherapy, 60 minutes", None, "90837"),
        ("Family psychotherapy", None, "90847"),
    ]
