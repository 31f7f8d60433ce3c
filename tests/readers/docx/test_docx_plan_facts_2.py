"""Plan-level facts in more form layouts: dot leaders between a label and its value, tab-stop form lines without
colons, tables nested in a form cell, a stacked value that looks like a heading, identifiers in a sentence that
also states the diagnosis, a member ID in brackets after the payer, a caption over labelled lines, and the plan's
length named in a sentence. Wordings differ on purpose from the plans these rules were found on."""

from __future__ import annotations

import datetime as dt

import docx

from authcheck.model import TreatmentPlan
from authcheck.readers.docx.blocks import dot_leaders
from authcheck.readers.docx.label_split import split_labels
from authcheck.readers.docx.labels import field_key
from docx_helpers import read_document


def _plan(lines: list[str]) -> TreatmentPlan:
    document = docx.Document()
    for text in lines:
        document.add_paragraph(text)
    return read_document(document)


def test_dot_leader_is_read_as_the_labels_colon() -> None:
    assert dot_leaders("Client . . . . . . Rosalind Achterberg") == "Client: Rosalind Achterberg"
    assert dot_leaders("Recipient ID………… QZ4471902") == "Recipient ID: QZ4471902"
    assert dot_leaders("Medicaid #.........: 88120934X") == "Medicaid #: 88120934X"
    assert dot_leaders("she paused ... then spoke") == "she paused ... then spoke"  # an ellipsis is prose
    assert dot_leaders("Signature ..........") == "Signature .........."  # a blank: nothing after the leader


def test_dot_leader_form_gives_client_and_plan_dates() -> None:
    plan = _plan([
        "Riverbend Occupational Therapy",
        "Client name .................... Rosalind Achterberg",
        "Birthdate ...................... 03/14/1951",
        "Medicare no. ................... 2QW7ER4TY83",
        "Initial evaluation ............. 01/05/2026",
        "Date of plan ................... 01/05/2026",
        "Expected duration .............. 10 weeks",
    ])
    assert plan.patient.name == "Rosalind Achterberg"
    assert plan.patient.birth_date == dt.date(1951, 3, 14)
    assert plan.patient.member_id == "2QW7ER4TY83"
    assert plan.first_treatment_date == dt.date(2026, 1, 5)
    assert plan.plan_date == dt.date(2026, 1, 5)
    assert plan.expected_duration is not None and plan.expected_duration.value == 10


def test_tab_stop_form_lines_pair_labels_with_values() -> None:
    segments = split_labels("Patient\tDesmond Okafor-Lind\tBirth date\t2/9/70")
    assert [(s.label, s.value) for s in segments] == [("Patient", "Desmond Okafor-Lind"), ("Birth date", "2/9/70")]
    # an unknown short label still pairs when a later label on the line is a known field
    segments = split_labels("Visit\t50 min\tLength of treatment\t16 weeks")
    assert [(s.label, s.value) for s in segments] == [("Visit", "50 min"), ("Length of treatment", "16 weeks")]
    # prose with a tab is no form line
    assert split_labels("Walks to the mailbox\tdaily")[0].label is None
    plan = _plan([
        "Outpatient Counseling Plan",
        "Patient\tDesmond Okafor-Lind\tBirth date\t2/9/70",
        "Admission date\t12/1/25\tDate of plan\t12/15/25",
        "Dx\tF41.1 Generalized anxiety disorder",
        "Visit\t50 min\tLength of treatment\t16 weeks",
    ])
    assert plan.patient.name == "Desmond Okafor-Lind"
    assert plan.patient.birth_date == dt.date(1970, 2, 9)
    assert plan.admission_date == dt.date(2025, 12, 1)
    assert plan.plan_date == dt.date(2025, 12, 15)
    assert [d.code for d in plan.diagnoses] == ["F41.1"]
    assert plan.expected_duration is not None and plan.expected_duration.value == 16


def test_table_nested_in_a_form_cell_reads_across_its_rows() -> None:
    document = docx.Document()
    document.add_paragraph("Behavioral Health Plan")
    outer = document.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "Identifying data"
    inner = outer.cell(0, 1).add_table(rows=3, cols=2)
    for r, (label, value) in enumerate([("Client", "Tobiah Wainwright"), ("Date of birth", "11/30/1988"),
                                        ("Subscriber ID", "KX0049921")]):
        inner.cell(r, 0).text = label
        inner.cell(r, 1).text = value
    plan = read_document(document)
    assert plan.patient.name == "Tobiah Wainwright"
    assert plan.patient.birth_date == dt.date(1988, 11, 30)
    assert plan.patient.member_id == "KX0049921"


def test_stacked_value_in_caps_is_not_taken_for_a_heading() -> None:
    document = docx.Document()
    document.add_paragraph("Home Care Plan")
    for text in ("CLIENT", "Odalys Fennimore", "RECIPIENT NUMBER", "9RT4WQ2ZP10"):
        document.add_paragraph().add_run(text).bold = True
    plan = read_document(document)
    assert plan.patient.member_id == "9RT4WQ2ZP10"


def test_identifiers_in_the_sentence_that_gives_the_diagnosis() -> None:
    plan = _plan([
        "Counseling plan for Henrietta Vosburgh",
        "Henrietta Vosburgh (born 04/02/1961; Medicaid ID 33019287K) was assessed in January and meets criteria "
        "for panic disorder (F41.0).",
    ])
    assert [d.code for d in plan.diagnoses] == ["F41.0"]
    assert plan.patient.name == "Henrietta Vosburgh"
    assert plan.patient.birth_date == dt.date(1961, 4, 2)
    assert plan.patient.member_id == "33019287K"


def test_member_id_in_brackets_after_the_payer() -> None:
    plan = _plan(["Insurance: Blue Shield Medicaid (MCD5540219)", "Plan date: 03/02/2026"])
    assert plan.patient.member_id == "MCD5540219"
    assert plan.payer == "Blue Shield Medicaid"
    plan = _plan(["Insurance: Blue Shield (2026)"])
    assert plan.patient.member_id is None  # a year in brackets is no identifier


def test_caption_over_its_own_labelled_lines() -> None:
    document = docx.Document()
    document.add_paragraph("Recovery Plan")
    table = document.add_table(rows=1, cols=1)
    cell = table.cell(0, 0)
    cell.text = "Patient"
    cell.add_paragraph("Name: Wendell Sabatini   Birth date: 07/21/1979   Member #: HPN-5521087")
    cell.add_paragraph("Intake: 01/20/2026   Date of plan: 01/27/2026")
    plan = read_document(document)
    assert plan.patient.name == "Wendell Sabatini"
    assert plan.patient.member_id == "HPN-5521087"
    assert plan.plan_date == dt.date(2026, 1, 27)


def test_plan_length_named_in_a_sentence() -> None:
    plan = _plan([
        "Treatment Plan",
        "Plan date: 02/01/2026",
        "Weekly sessions of trauma-focused CBT are planned; the expected length of treatment will be about "
        "9 months.",
    ])
    assert plan.expected_duration is not None
    assert plan.expected_duration.value == 9 and plan.expected_duration.unit == "month"


def test_date_established_names_the_plan_date() -> None:
    assert field_key("Date established") == "plan_date"
    plan = _plan(["Plan for Ms. Q", "Established: March 3, 2026"])
    assert plan.plan_date == dt.date(2026, 3, 3)


def test_remark_after_a_date_dates_that_event_too() -> None:
    plan = _plan([
        "Speech Therapy Plan of Care",
        "Client: Ottoline Brandvold   Date of visit: 02/10/2026 (initial evaluation)",
        "Certification period: 02/10/2026 - 05/04/2026",
    ])
    assert plan.first_treatment_date == dt.date(2026, 2, 10)
    plan = _plan(["Plan", "Date of visit: 02/10/2026 (follow-up)"])
    assert plan.first_treatment_date is None  # a remark naming no plan event dates nothing


def test_run_in_duration_after_the_frequency() -> None:
    plan = _plan([
        "Occupational Therapy Plan",
        "Plan date: 03/01/2026",
        "Plan: seen 3x/week; duration 8 weeks. Treatment includes therapeutic activities (97530).",
    ])
    assert plan.expected_duration is not None and plan.expected_duration.value == 8


def test_bilingual_label_longer_than_eight_words() -> None:
    segments = split_labels("Fecha de la primera visita (evaluación inicial) / Date of first visit (initial eval): 3/3/26")
    assert segments[0].label is not None and segments[0].value == "3/3/26"
    assert field_key(segments[0].label) == "first_treatment_date"


def test_case_note_under_the_diagnoses_is_no_diagnosis() -> None:
    plan = _plan([
        "Home Health Plan of Care",
        "Diagnoses",
        "Principal: J18.9 Pneumonia, unspecified organism",
        "Comments: Completed antibiotics 2/1; still short of breath walking 20 feet; lives alone.",
        "Impression: Deconditioned after pneumonia. Tolerates 4 minutes of walking; SpO2 89% on exertion.",
        "Goals",
        "Goal 1: Patient will walk 150 feet with SpO2 at 92% or above by 04/01/2026.",
    ])
    assert [d.code for d in plan.diagnoses] == ["J18.9"]
    # an uncoded diagnosis is still read as one
    plan = _plan(["Diagnoses", "Principal: J18.9 Pneumonia, unspecified organism", "Generalized weakness"])
    assert [d.code for d in plan.diagnoses] == ["J18.9", None]


def test_who_diagnosed_when_around_brackets() -> None:
    plan = _plan([
        "ABA Treatment Plan",
        "Diagnosis",
        "F84.0 Autism spectrum disorder, diagnosed by Helga Brandt, PsyD (child psychologist) on 05/14/2023",
    ])
    assert plan.diagnoses[0].diagnosed_by == "Helga Brandt, PsyD"
    assert plan.diagnoses[0].diagnosed_on == dt.date(2023, 5, 14)
    plan = _plan([
        "Letter of medical necessity",
        "Milo received a diagnosis of autism spectrum disorder (F84.0) by Gordon Achebe, MD on March 9, 2022.",
    ])
    assert plan.diagnoses[0].diagnosed_by == "Gordon Achebe, MD"
    assert plan.diagnoses[0].diagnosed_on == dt.date(2022, 3, 9)


def test_review_promised_in_the_services_paragraph() -> None:
    plan = _plan([
        "Request for Authorization",
        "Plan date: 03/02/2026",
        "Services",
        "We ask for 97153 at 20 hours per week and 97155 at 2 hours per week; the plan will be updated and "
        "progress re-evaluated no later than 08/15/2026.",
    ])
    assert any(r.date == dt.date(2026, 8, 15) and not r.completed for r in plan.reviews)


def test_author_signing_on_the_first_day_of_the_period_dates_the_plan() -> None:
    plan = _plan([
        "Behavior Support Plan",
        "Authorization period: 2026-04-01 to 2026-09-30",
        "Signatures",
        "Lead BCBA: Ines Marquardt, BCBA, signed 2026-04-01",
    ])
    assert plan.plan_date == dt.date(2026, 4, 1)
    plan = _plan([
        "Behavior Support Plan",
        "Authorization period: 2026-04-01 to 2026-09-30",
        "Signatures",
        "Lead BCBA: Ines Marquardt, BCBA, signed 2026-04-06",
    ])
    assert plan.plan_date is None  # one date alone is no plan date


def test_heading_of_joined_section_names_is_no_letterhead() -> None:
    plan = _plan([
        "Northside Autism Services",
        "Client: Perpetua Nwosu   DOB: 2019-02-02",
        "Diagnosis & assessments",
        "F84.0 Autistic disorder",
        "VB-MAPP, 2026-02-20: Milestones 88/170",
    ])
    assert [a.instrument for a in plan.assessments] == ["VB-MAPP"]
    assert plan.assessments[0].date == dt.date(2026, 2, 20)
