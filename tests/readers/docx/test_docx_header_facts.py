"""Plan-level facts and the diagnosis section as agencies' forms write them: values typed over fill lines,
labels stacked above their values, EHR banners, who made a diagnosis and when, and lines under a diagnosis
heading that are not diagnoses. Wordings differ on purpose from the plans these rules were found on."""

from __future__ import annotations

import datetime as dt

import docx
from docx.shared import Pt

from authcheck.model import TreatmentPlan
from authcheck.readers.phrases import diagnosis_made, parse_diagnoses
from docx_helpers import read_document

GOALS = [
    "Goals",
    "Goal 1: Client will attend 4 of 4 weekly sessions by 05/01/2026.",
]


def _plan(lines: list[str], *, header: list[str] | None = None) -> TreatmentPlan:
    document = docx.Document()
    for text in lines:
        document.add_paragraph(text)
    if header:
        section = document.sections[0]
        section.header.paragraphs[0].text = header[0]
        for text in header[1:]:
            section.header.add_paragraph(text)
    return read_document(document)


# ----------------------------------------------------------------------------------------------
# Values typed over a form's fill line; abbreviation dots before the colon


def test_values_typed_over_fill_lines_are_read_without_the_underscores() -> None:
    plan = _plan(
        [
            "Outpatient Treatment Plan",
            "Client: ___Odalys Ferreira-Quint___    D.O.B.: ___11/23/1967___    Medicaid #: ___QX40917265___",
            "Date of intake: __03/02/2026__      Date of this plan: __03/16/2026__",
            *GOALS,
        ]
    )
    assert plan.patient.name == "Odalys Ferreira-Quint"
    assert plan.patient.birth_date == dt.date(1967, 11, 23)
    assert plan.patient.member_id == "QX40917265"
    assert plan.admission_date == dt.date(2026, 3, 2)
    assert plan.plan_date == dt.date(2026, 3, 16)


def test_a_blank_fill_line_stays_missing() -> None:
    plan = _plan(["Outpatient Treatment Plan", "Client: Bo Lindqvist    DOB: ______________    MA #: ________", *GOALS])
    assert plan.patient.name == "Bo Lindqvist"
    assert plan.patient.birth_date is None
    assert plan.patient.member_id is None


# ----------------------------------------------------------------------------------------------
# A label alone on its line with the value on the next line


def _stacked(pairs: list[tuple[str, str]]) -> TreatmentPlan:
    document = docx.Document()
    document.add_paragraph("Riverbend Family Services")
    for label, value in pairs:
        run = document.add_paragraph().add_run(label)
        run.font.size = Pt(8)
        document.add_paragraph(value)
    for text in GOALS:
        document.add_paragraph(text)
    return read_document(document)


def test_labels_stacked_over_their_values_are_read_as_fields() -> None:
    plan = _stacked(
        [
            ("CLIENT NAME", "Ignatius Obuya"),
            ("BIRTH DATE", "02/14/2001"),
            ("MEDICAID ID", "MX77120934"),
            ("ADMISSION DATE", "01/06/2026"),
            ("PLAN DATE", "01/20/2026"),
        ]
    )
    assert plan.patient.name == "Ignatius Obuya"
    assert plan.patient.birth_date == dt.date(2001, 2, 14)
    assert plan.patient.member_id == "MX77120934"
    assert plan.admission_date == dt.date(2026, 1, 6)
    assert plan.plan_date == dt.date(2026, 1, 20)
    assert plan.patient.field_sources["birth_date"].paragraph == 4  # the value's own paragraph


def test_a_stacked_label_over_a_value_of_the_wrong_shape_takes_nothing() -> None:
    plan = _stacked([("BIRTH DATE", "unknown to the referral source"), ("PLAN DATE", "_________")])
    assert plan.patient.birth_date is None
    assert plan.plan_date is None


# ----------------------------------------------------------------------------------------------
# An EHR print: the note's date of service, the banner's "SURNAME, GIVEN" line


def test_the_date_of_service_of_an_ehr_note_is_the_plan_date_when_none_is_written() -> None:
    plan = _plan(["Occupational Therapy Plan of Care", "Date of Service: 3/9/2026", "Author: Mina Sato, OTR/L", *GOALS])
    assert plan.plan_date == dt.date(2026, 3, 9)
    written = _plan(["Plan of Care", "Visit date: 3/9/2026", "Plan date: 3/11/2026", *GOALS])
    assert written.plan_date == dt.date(2026, 3, 11)


def test_an_ehr_banner_in_the_page_header_names_the_client_and_dates_the_note() -> None:
    plan = _plan(
        ["Plan of Care", *GOALS],
        header=["Harbor View Rehabilitation", "DELACROIX-WEBB, MARISOL J", "MRN: 00981234", "DOB: 7/2/1958", "Visit date: 2/16/2026"],
    )
    assert plan.patient.name == "DELACROIX-WEBB, MARISOL J"
    assert plan.patient.birth_date == dt.date(1958, 7, 2)
    assert plan.plan_date == dt.date(2026, 2, 16)


def test_a_letterhead_line_is_not_taken_for_the_client() -> None:
    plan = _plan(["Plan of Care", *GOALS], header=["Harbor View Rehabilitation, Inc", "Phone: 555-0100"])
    assert plan.patient.name is None


# ----------------------------------------------------------------------------------------------
# Who made the diagnosis and when


def test_diagnosis_made_statements_in_several_wordings() -> None:
    cases = {
        "F84.0 Autistic disorder (dx 2/11/2022 - Tobias Renn, PsyD, neuropsychologist)": (
            "Tobias Renn, PsyD", dt.date(2022, 2, 11)),
        "F84.0 Autism spectrum disorder; confirmed by Yara Haddad, MD on March 3, 2023": (
            "Yara Haddad, MD", dt.date(2023, 3, 3)),
        "F84.0 ASD - psychological evaluation by Colm Byrne, PhD, 09/30/2024": ("Colm Byrne, PhD", dt.date(2024, 9, 30)),
        "F84.0 ASD. Developmental evaluation 2023-05-17 by Ines Varga, MD (CARS-2).": (
            "Ines Varga, MD", dt.date(2023, 5, 17)),
    }
    for text, (by, on) in cases.items():
        found = parse_diagnoses(text)
        assert [(d.code, d.diagnosed_by, d.diagnosed_on) for d in found] == [("F84.0", by, on)], text
        assert found[0].description and "by" not in found[0].description, text


def test_a_diagnosis_without_who_or_when_has_neither() -> None:
    assert diagnosis_made("F41.1 Generalized anxiety disorder (primary)") is None
    assert diagnosis_made("diagnosed with ADHD as a child") is None
    found = parse_diagnoses("F90.2 ADHD, combined type")
    assert found[0].diagnosed_by is None and found[0].diagnosed_on is None


def test_diagnosed_by_and_date_rows_under_a_diagnosis_fill_the_primary_diagnosis() -> None:
    document = docx.Document()
    document.add_paragraph("ABA Treatment Plan")
    document.add_paragraph("Diagnosis")
    table = document.add_table(rows=4, cols=2)
    rows = [
        ("Primary diagnosis", "F84.0 Autism spectrum disorder"),
        ("Secondary diagnosis", "F80.2 Mixed receptive-expressive language disorder"),
        ("Diagnosing clinician", "Wendell Achebe, PhD, licensed psychologist"),
        ("Diagnosis date", "08/19/2024"),
    ]
    for row, (label, value) in zip(table.rows, rows, strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    for text in GOALS:
        document.add_paragraph(text)
    plan = read_document(document)
    assert [d.code for d in plan.diagnoses] == ["F84.0", "F80.2"]
    primary = plan.diagnoses[0]
    assert (primary.diagnosed_by, primary.diagnosed_on) == ("Wendell Achebe, PhD", dt.date(2024, 8, 19))
    assert primary.field_sources["diagnosed_on"].table is not None


def test_a_diagnosed_by_column_of_a_diagnosis_table() -> None:
    document = docx.Document()
    document.add_paragraph("Treatment Plan")
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["ICD-10", "Description", "Diagnosing provider / date"], strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["F84.0", "Autism spectrum disorder", "Lena Ortiz, MD, 4/4/2024"], strict=True):
        cell.text = text
    for text in GOALS:
        document.add_paragraph(text)
    plan = read_document(document)
    assert [(d.code, d.diagnosed_by, d.diagnosed_on) for d in plan.diagnoses] == [
        ("F84.0", "Lena Ortiz, MD", dt.date(2024, 4, 4))
    ]


# ----------------------------------------------------------------------------------------------
# Lines under a diagnosis heading that state no diagnosis


def test_a_pointer_to_another_document_is_no_diagnosis() -> None:
    plan = _plan(["Treatment Plan", "Diagnoses", "See the attached comprehensive assessment.", *GOALS])
    assert plan.diagnoses == []
    labelled = _plan(["Treatment Plan", "Diagnosis: _____________ (per intake evaluation)", *GOALS])
    assert labelled.diagnoses == []


def test_an_uncoded_diagnosis_is_still_a_diagnosis() -> None:
    plan = _plan(["Treatment Plan", "Diagnoses", "Generalized anxiety disorder", *GOALS])
    assert [(d.code, d.description) for d in plan.diagnoses] == [(None, "Generalized anxiety disorder")]


def test_history_and_instrument_lines_and_clinicians_are_no_diagnoses() -> None:
    plan = _plan(
        [
            "Treatment Plan",
            "Diagnostic Impressions",
            "F43.10 Post-traumatic stress disorder, unspecified",
            "Pertinent medical history: asthma, seasonal allergies",
            "Diagnostic tools: PCL-5, CAPS-5",
            "Marguerite Oyelaran, PsyD",
            *GOALS,
        ]
    )
    assert [d.code for d in plan.diagnoses] == ["F43.10"]


def test_a_procedure_code_table_under_a_diagnosis_like_header_is_no_diagnosis_list() -> None:
    document = docx.Document()
    document.add_paragraph("Plan of Care")
    document.add_paragraph("Diagnosis: M54.50 Low back pain, unspecified")
    document.add_paragraph("Planned procedures:")
    table = document.add_table(rows=3, cols=2)
    for row, (code, text) in zip(
        table.rows, [("HCPCS / CPT", "Description"), ("97112", "Neuromuscular re-education"), ("G0283", "E-stim")],
        strict=True,
    ):
        row.cells[0].text, row.cells[1].text = code, text
    for text in GOALS:
        document.add_paragraph(text)
    plan = read_document(document)
    assert [d.code for d in plan.diagnoses] == ["M54.50"]
    assert {i.service_code for i in plan.interventions} >= {"97112", "G0283"}


def test_a_code_cell_and_its_description_cell_are_one_diagnosis() -> None:
    document = docx.Document()
    document.add_paragraph("Plan of Care")
    document.add_paragraph("DIAGNOSES")
    table = document.add_table(rows=2, cols=3)
    for row, values in zip(
        table.rows, [("M62.81", "Muscle weakness (generalized)", "Primary"), ("Z96.652", "Presence of left artificial knee joint", "Secondary")],
        strict=True,
    ):
        for cell, text in zip(row.cells, values, strict=True):
            cell.text = text
    for text in GOALS:
        document.add_paragraph(text)
    plan = read_document(document)
    assert [(d.code, d.description) for d in plan.diagnoses] == [
        ("M62.81", "Muscle weakness (generalized)"),
        ("Z96.652", "Presence of left artificial knee joint"),
    ]


def test_a_heading_dated_in_brackets_is_still_a_heading() -> None:
    plan = _plan(
        [
            "Plan of Care",
            "Diagnoses",
            "M17.12 Unilateral primary osteoarthritis, left knee",
            "Standardized testing (03/02/2026)",
            "Six-minute walk test 310 m",
            *GOALS,
        ]
    )
    assert [d.code for d in plan.diagnoses] == ["M17.12"]


def test_abbreviated_duration_labels_give_the_expected_duration() -> None:
    plan = _plan(["Treatment Plan", *GOALS, "Approx. duration:\t4 months (16 sessions), through 07/31/2026"])
    assert plan.expected_duration is not None and plan.expected_duration.text.startswith("4 months")
    short = _plan(["PT Plan", "Dur:    6 wks", *GOALS])
    assert short.expected_duration is not None and short.expected_duration.value == 6
