"""Plan-level facts as other agencies' forms write them: a member ID after the payer's name, run-in labels that
close with a full stop, typed check boxes, plan dates said in a sentence or implied by the certification period,
the plan's expected duration after the treatments or in a sentence, client tables that are not signature tables,
and diagnoses in narrative with their codes in brackets. Wordings differ on purpose from the plans these rules
were found on."""

from __future__ import annotations

import copy
import datetime as dt

import docx
from docx.oxml import parse_xml

from authcheck.model import TreatmentPlan
from authcheck.readers.docx.label_split import split_labels
from authcheck.readers.docx.labels import date_label_key
from authcheck.readers.phrases import checked_options, find_icd_codes, prose_diagnoses
from docx_helpers import read_document

GOALS = [
    "Goals",
    "Goal 1: Client will attend 4 of 4 weekly sessions by 05/01/2026.",
]


def _plan(lines: list[str]) -> TreatmentPlan:
    document = docx.Document()
    for text in lines:
        document.add_paragraph(text)
    return read_document(document)


def _table(document: docx.Document, rows: list[list[str]]) -> None:  # type: ignore[valid-type]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))  # type: ignore[attr-defined]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cell = table.cell(r, c)
            lines = text.split("\n")
            cell.paragraphs[0].text = lines[0]
            for extra in lines[1:]:
                cell.add_paragraph(extra)


# ----------------------------------------------------------------------------------------------
# Member IDs written after the payer's name


def test_member_id_after_the_payer_name_in_an_id_cell_is_read() -> None:
    document = docx.Document()
    document.add_paragraph("Outpatient Treatment Plan")
    _table(document, [["Client", "Rosalind Achebe", "Subscriber ID", "Sunshine Health QZ48815201"]])
    for text in GOALS:
        document.add_paragraph(text)
    plan = read_document(document)
    assert plan.patient.member_id == "QZ48815201"


def test_member_id_named_id_inside_the_payer_value_is_read() -> None:
    plan = _plan(["Outpatient Treatment Plan", "Client: Ole Brandvik", "Coverage: Priority Health — ID PH-3390217", *GOALS])
    assert plan.patient.member_id == "PH-3390217"
    assert plan.payer == "Priority Health"


def test_a_payer_label_with_a_plan_name_but_no_id_gives_no_member_id() -> None:
    plan = _plan(["Outpatient Treatment Plan", "Client: Ole Brandvik", "Insurance ID: Medicaid pending", *GOALS])
    assert plan.patient.member_id is None


def test_member_followed_by_an_identifier_in_prose_is_the_member_id() -> None:
    plan = _plan(
        [
            "Harbor Light Counseling",
            "Patient. Jonah Reyes-Whitfield, born 02/03/1990, Humana member HX-4410982.",
            "Plan date. 03/04/2026.",
            *GOALS,
        ]
    )
    assert plan.patient.member_id == "HX-4410982"
    assert plan.patient.birth_date == dt.date(1990, 2, 3)


# ----------------------------------------------------------------------------------------------
# Run-in labels closed with a full stop


def test_run_in_labels_closed_by_a_full_stop_are_read_as_fields() -> None:
    plan = _plan(
        [
            "Harbor Light Counseling",
            "Level of care. Partial hospitalization program.",
            "Plan date. 03/04/2026.",
            "Diagnoses. Panic disorder with agoraphobia (F41.0).",
            *GOALS,
        ]
    )
    assert plan.level_of_care == "Partial hospitalization program"
    assert plan.plan_date == dt.date(2026, 3, 4)
    assert [d.code for d in plan.diagnoses] == ["F41.0"]


def test_sentences_are_not_run_in_labels() -> None:
    assert split_labels("Client will attend. He agreed.")[0].label is None
    assert split_labels("Dr. Okafor will review the plan.")[0].label is None
    assert split_labels("Goal 2. Sleep 7 hours a night.")[0].label is None


# ----------------------------------------------------------------------------------------------
# Check boxes typed as brackets; a level of care ticked on the line under its label


def test_typed_bracket_boxes_keep_only_the_checked_option() -> None:
    assert checked_options("[ ] Outpatient   [x] Intensive outpatient   [ ] Residential") == "Intensive outpatient"
    assert checked_options("See note [1] below") == "See note [1] below"


def test_level_of_care_ticked_on_the_line_under_its_label() -> None:
    plan = _plan(
        [
            "Recovery Treatment Plan",
            "Client: Amos Lindqvist",
            "Level of Care:",
            "☐ Outpatient   ☐ Intensive Outpatient   ☒ Partial Hospitalization   ☐ Residential",
            *GOALS,
        ]
    )
    assert plan.level_of_care == "Partial Hospitalization"


def test_level_of_care_with_no_box_ticked_stays_missing() -> None:
    plan = _plan(
        [
            "Recovery Treatment Plan",
            "Client: Amos Lindqvist",
            "Level of Care:",
            "☐ Outpatient   ☐ Intensive Outpatient   ☐ Residential",
            *GOALS,
        ]
    )
    assert plan.level_of_care is None


# ----------------------------------------------------------------------------------------------
# Dates


def test_admission_to_a_program_is_the_admission_date() -> None:
    assert date_label_key("Admitted to residential") == "admission_date"
    assert date_label_key("Admission to detox through") is None
    plan = _plan(["Recovery Treatment Plan", "Admission to methadone program: 07/14/2025", *GOALS])
    assert plan.admission_date == dt.date(2025, 7, 14)


def test_plan_developed_at_the_assessment_takes_its_date() -> None:
    plan = _plan(
        [
            "Counseling Plan",
            "Client: Petra Lindgren",
            "Initial assessment date: 02/10/2026. The treatment plan was developed during the initial assessment.",
            *GOALS,
        ]
    )
    assert plan.plan_date == dt.date(2026, 2, 10)
    assert plan.field_sources["plan_date"].text is not None
    assert "developed during" in plan.field_sources["plan_date"].text


def test_certification_starting_on_the_evaluation_date_dates_the_plan() -> None:
    plan = _plan(
        [
            "Physical Therapy Plan of Care",
            "Patient: Hal Greaves",
            "Initial evaluation: 03/03/2026",
            "Certification period: 03/03/2026 to 05/31/2026",
            *GOALS,
        ]
    )
    assert plan.plan_date == dt.date(2026, 3, 3)


def test_certification_starting_after_the_evaluation_does_not_date_the_plan() -> None:
    plan = _plan(
        [
            "Physical Therapy Plan of Care",
            "Patient: Hal Greaves",
            "Initial evaluation: 03/03/2026",
            "Certification period: 03/10/2026 to 05/31/2026",
            *GOALS,
        ]
    )
    assert plan.plan_date is None


def test_from_through_label_is_the_certification_period() -> None:
    plan = _plan(["Occupational Therapy Plan of Care", "Plan date: 01/05/2026   From - through: 01/05/2026 - 03/31/2026", *GOALS])
    assert plan.period is not None
    assert (plan.period.start, plan.period.end) == (dt.date(2026, 1, 5), dt.date(2026, 3, 31))


def test_certification_box_over_its_from_through_dates() -> None:
    document = docx.Document()
    document.add_paragraph("PLAN OF TREATMENT")
    _table(
        document,
        [["4. PATIENT NAME\nVera Mollison", "9. CERTIFICATION\nFROM 02/02/2026   THROUGH 04/30/2026"]],
    )
    for text in GOALS:
        document.add_paragraph(text)
    plan = read_document(document)
    assert plan.period is not None
    assert (plan.period.start, plan.period.end) == (dt.date(2026, 2, 2), dt.date(2026, 4, 30))


def test_label_alone_in_a_text_box_takes_the_next_box_line() -> None:
    document = docx.Document()
    document.add_paragraph("Speech Therapy Plan of Care")
    anchor = document.add_paragraph("Evaluation date: 04/06/2026")
    box = parse_xml(
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox><w:txbxContent>'
        "<w:p><w:r><w:t>Plan period</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>04/06/2026 until 06/30/2026</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    anchor._p.append(copy.deepcopy(box))
    for text in GOALS:
        document.add_paragraph(text)
    plan = read_document(document)
    assert plan.period is not None
    assert plan.period.end == dt.date(2026, 6, 30)


# ----------------------------------------------------------------------------------------------
# Client tables are not signature tables


def test_client_table_with_name_and_birth_date_is_read_as_a_form() -> None:
    document = docx.Document()
    document.add_paragraph("TREATMENT PLAN")
    _table(
        document,
        [
            ["Name", "Ines Bauer-Kwan", "Date of Birth", "07/07/1970"],
            ["Member ID", "ZX-551020", "Date of plan", "03/01/2026"],
        ],
    )
    for text in GOALS:
        document.add_paragraph(text)
    plan = read_document(document)
    assert plan.patient.name == "Ines Bauer-Kwan"
    assert plan.patient.birth_date == dt.date(1970, 7, 7)
    assert plan.patient.member_id == "ZX-551020"
    assert plan.plan_date == dt.date(2026, 3, 1)
    assert not any(s.name == "Ines Bauer-Kwan" for s in plan.signatures)


def test_last_name_first_label_with_its_comma() -> None:
    plan = _plan(["Rehab Plan of Care", "Client's last name, first: Ruiz, Tomas      DOB: 05/05/1950", *GOALS])
    assert plan.patient.name == "Ruiz, Tomas"
    assert plan.patient.birth_date == dt.date(1950, 5, 5)


# ----------------------------------------------------------------------------------------------
# The plan's expected duration


def test_duration_line_after_the_treatments_is_the_plans() -> None:
    plan = _plan(
        [
            "Speech Therapy Plan of Care",
            "Long-term goal: Client will order a meal using 5-word phrases in 4 of 5 trials by 06/01/2026.",
            "Treatment: 92507 language treatment; caregiver coaching.",
            "Frequency: twice weekly, 45-minute sessions",
            "Duration: 16 weeks",
        ]
    )
    assert plan.expected_duration is not None
    assert (plan.expected_duration.value, plan.expected_duration.unit) == (16, "week")


def test_frequency_and_duration_label_gives_the_plan_its_length() -> None:
    plan = _plan(
        [
            "Occupational Therapy Plan",
            "Goals:",
            "1. Client will button a shirt independently by 05/15/2026.",
            "Interventions: 97535 self-care training; 97110 therapeutic exercise.",
            "Frequency/duration: three times a week for 6 weeks",
        ]
    )
    assert plan.expected_duration is not None
    assert (plan.expected_duration.value, plan.expected_duration.unit) == (6, "week")


def test_duration_said_in_a_sentence() -> None:
    plan = _plan(
        [
            "Counseling Plan",
            "Client: Petra Lindgren",
            "Therapy is expected to continue for approximately 5 months, then be reassessed.",
            *GOALS,
        ]
    )
    assert plan.expected_duration is not None
    assert (plan.expected_duration.value, plan.expected_duration.unit) == (5, "month")


def test_a_length_in_a_sentence_about_something_else_is_not_the_plans_duration() -> None:
    plan = _plan(["Counseling Plan", "Client: Petra Lindgren", "Her symptoms have lasted for 8 months.", *GOALS])
    assert plan.expected_duration is None


def test_services_table_estimated_duration_column() -> None:
    document = docx.Document()
    document.add_paragraph("Treatment Plan")
    for text in GOALS:
        document.add_paragraph(text)
    _table(
        document,
        [
            ["Service", "Minutes", "How often", "Estimated duration"],
            ["Family therapy (90847)", "50", "Every other week", "4 months"],
        ],
    )
    plan = read_document(document)
    assert plan.services and plan.services[0].duration is not None
    assert (plan.services[0].duration.value, plan.services[0].duration.unit) == (4, "month")


# ----------------------------------------------------------------------------------------------
# Diagnoses


def test_lower_case_dotted_code_after_a_short_label() -> None:
    assert [c.code for c in find_icd_codes("f43.10 Post-traumatic stress disorder")] == ["F43.10"]
    assert find_icd_codes("app v12.1 installed") == []
    plan = _plan(
        [
            "Initial Treatment Plan",
            "Client: Mara Quist",
            "Impression: f43.10 Post-traumatic stress disorder, unspecified. Hypervigilance since the crash.",
            *GOALS,
        ]
    )
    assert [(d.code, d.description) for d in plan.diagnoses] == [
        ("F43.10", "Post-traumatic stress disorder, unspecified")
    ]


def test_conditions_with_bracketed_codes_in_narrative() -> None:
    found = prose_diagnoses(
        "Ms. Ortiz slipped on wet stairs and sustained a left ankle sprain (S93.402A). "
        "She also has type 2 diabetes (E11.9) and lives alone."
    )
    assert [(d.code, d.description) for d in found] == [
        ("S93.402A", "left ankle sprain"),
        ("E11.9", "type 2 diabetes"),
    ]
    assert prose_diagnoses("Billed as G0283 (electrical stimulation) this week.") == []


def test_old_icd9_number_as_the_diagnosis_code_is_checked_as_a_code() -> None:
    plan = _plan(["Outpatient Psychotherapy Plan", "Client: Edna Vukovic", "Dx: 296.32 Major depression, recurrent", *GOALS])
    assert [(d.code, d.system) for d in plan.diagnoses] == [("296.32", None)]
    labelled = _plan(["Outpatient Psychotherapy Plan", "Dx: 296.32 (ICD-9) Major depression, recurrent", *GOALS])
    assert [d.system for d in labelled.diagnoses] == ["ICD-9-CM"]


# ----------------------------------------------------------------------------------------------
# Facts implied by how the note is made


def test_evaluation_note_certified_from_its_date_of_service_gives_the_first_treatment_date() -> None:
    document = docx.Document()
    document.add_paragraph("Occupational Therapy Plan of Care")
    _table(document, [["Date of Service:", "3/16/2026", "Author:", "Lena Brook, OTR/L"]])
    for text in [
        "Evaluation Summary",
        "71 y.o. with right wrist fracture; limited grip and dressing.",
        *GOALS,
        "Certification period: 3/16/2026 through 6/13/2026",
    ]:
        document.add_paragraph(text)
    plan = read_document(document)
    assert plan.first_treatment_date == dt.date(2026, 3, 16)


def test_note_without_an_evaluation_section_gives_no_first_treatment_date() -> None:
    document = docx.Document()
    document.add_paragraph("Occupational Therapy Plan of Care")
    _table(document, [["Date of Service:", "3/16/2026", "Author:", "Lena Brook, OTR/L"]])
    for text in [*GOALS, "Certification period: 3/16/2026 through 6/13/2026"]:
        document.add_paragraph(text)
    assert read_document(document).first_treatment_date is None


def test_npi_on_a_signers_own_line_is_the_signers() -> None:
    plan = _plan(
        [
            "Speech Therapy Plan of Care",
            "Patient: Ada Reinholt",
            *GOALS,
            "Physician certification: Omar Feld, MD — signed 02/02/2026 — NPI 1234567890",
        ]
    )
    signers = [s for s in plan.signatures if s.name == "Omar Feld"]
    assert signers and signers[0].npi == "1234567890"
