"""Plan-level facts in more layouts (fourth round): lines under a diagnosis heading that state no diagnosis (an
insurance row, a header row of a nested table, the client's own words, an evaluation still to come, a pointer
clause), a label/value row read as a diagnosis table header, who made a diagnosis in columns of their own or in a
bracket, a list of coded diagnoses run on after the heading, client identifiers in split-name boxes, an EHR
banner, a merged row of facts and a first-person form, prose and inline plan dates, and service quantities in
columns headed "Session", "Requested" and "How long". Each document is built here with python-docx, in wordings
of its own."""

from __future__ import annotations

import datetime as dt

import docx

from authcheck.readers.docx.inline import inline_facts
from authcheck.readers.docx.labels import date_label_key, field_key
from authcheck.readers.phrases import checked_options, diagnosis_made, parse_service
from docx_helpers import add_table, read_document


# --- lines that state no diagnosis ---------------------------------------------------------------------------


def test_an_insurance_row_labelled_secondary_is_no_diagnosis() -> None:
    doc = docx.Document()
    doc.add_paragraph("Outpatient Service Plan")
    add_table(doc, [
        ["Client Name", "Marisol Quintero-Haas", "Birth Date", "03/03/1970"],
        ["Primary Insurance", "Medicare Part B", "MBI", "7TR4KD2WP19"],
        ["Secondary", "Ohio Medicaid — ID 2209183746", "Plan Date", "02/10/2026"],
    ])
    doc.add_paragraph("Diagnoses")
    doc.add_paragraph("F32.1 Major depressive disorder, single episode, moderate")
    plan = read_document(doc)
    assert [d.code for d in plan.diagnoses] == ["F32.1"]


def test_label_value_pairs_are_not_a_diagnosis_header() -> None:
    doc = docx.Document()
    doc.add_paragraph("PART 2 — DIAGNOSES")
    add_table(doc, [
        ["ICD-10-CM", "F40.10", "Description", "Social phobia, unspecified"],
        ["ICD-10-CM", "F12.20", "Description", "Cannabis dependence, uncomplicated"],
    ])
    plan = read_document(doc)
    assert [d.code for d in plan.diagnoses] == ["F40.10", "F12.20"]
    assert all(d.description != "Description" for d in plan.diagnoses)


def _nested_diagnoses(doc, header: list[str], rows: list[list[str]]) -> None:  # type: ignore[no-untyped-def]
    outer = doc.add_table(rows=1, cols=1)
    cell = outer.rows[0].cells[0]
    cell.text = "Diagnoses"
    inner = cell.add_table(rows=len(rows) + 1, cols=len(header))
    for r, values in enumerate([header, *rows]):
        for c, value in enumerate(values):
            inner.rows[r].cells[c].text = value


def test_a_nested_diagnosis_header_row_is_no_diagnosis_and_onset_marks_are_dropped() -> None:
    doc = docx.Document()
    doc.add_paragraph("Home Health Certification")
    _nested_diagnoses(doc, ["ICD-10-CM", "Description", "O/E date"], [
        ["I50.32", "Chronic diastolic (congestive) heart failure", "E 01/2026"],
        ["E11.9", "Type 2 diabetes mellitus without complications", "O 03/2019"],
    ])
    plan = read_document(doc)
    assert [d.code for d in plan.diagnoses] == ["I50.32", "E11.9"]
    assert plan.diagnoses[0].description == "Chronic diastolic (congestive) heart failure"


def test_a_nested_diagnosis_table_gives_who_made_it_and_when() -> None:
    doc = docx.Document()
    doc.add_paragraph("Behavior Plan")
    _nested_diagnoses(doc, ["Code", "Diagnosis", "Diagnosed by", "Date"], [
        ["F84.0", "Autistic disorder", "Corwin Idowu, PsyD", "04/18/2024"],
    ])
    plan = read_document(doc)
    [diagnosis] = plan.diagnoses
    assert (diagnosis.code, diagnosis.description) == ("F84.0", "Autistic disorder")
    assert diagnosis.diagnosed_by == "Corwin Idowu, PsyD"
    assert diagnosis.diagnosed_on == dt.date(2024, 4, 18)


def test_lines_after_the_coded_diagnoses_that_state_none() -> None:
    doc = docx.Document()
    doc.add_paragraph("Diagnoses")
    doc.add_paragraph("F90.2 Attention-deficit hyperactivity disorder, combined type")
    doc.add_paragraph("Neuropsychological testing is planned for 06/2026; a learning disorder is suspected.")
    doc.add_paragraph("ASAM criteria reviewed on admission; refer to the LOC worksheet dated 02/01/2026.")
    doc.add_paragraph("Parent's words: “We just want him to make it through a school day.”")
    doc.add_paragraph("Goals")
    doc.add_paragraph("Goal 1: Remain in class for 45 minutes on 4 of 5 days by 05/01/2026.")
    plan = read_document(doc)
    assert [d.code for d in plan.diagnoses] == ["F90.2"]


def test_an_uncoded_diagnosis_is_still_read() -> None:
    doc = docx.Document()
    doc.add_paragraph("Diagnosis")
    doc.add_paragraph("Generalized anxiety disorder")
    plan = read_document(doc)
    assert [(d.code, d.description) for d in plan.diagnoses] == [(None, "Generalized anxiety disorder")]


def test_coded_diagnoses_run_on_after_the_heading_parted_by_bars() -> None:
    doc = docx.Document()
    doc.add_paragraph("Home Therapy Plan of Care")
    doc.add_paragraph(
        "Diagnoses (ICD-10-CM)  S72.001D Fracture of unspecified part of neck of right femur, subsequent "
        "encounter  |  R26.89 Other abnormalities of gait and mobility  |  I10 Essential (primary) hypertension"
    )
    plan = read_document(doc)
    assert [d.code for d in plan.diagnoses] == ["S72.001D", "R26.89", "I10"]
    assert plan.diagnoses[2].description == "Essential (primary) hypertension"


# --- who made a diagnosis, and when ----------------------------------------------------------------------------


def test_diagnosed_by_and_date_of_diagnosis_columns() -> None:
    doc = docx.Document()
    doc.add_paragraph("Diagnosis")
    add_table(doc, [
        ["ICD-10-CM", "Description", "Diagnosed by", "Date of diagnosis"],
        ["F84.0", "Autism spectrum disorder", "Lucinda Oyama, MD, developmental pediatrician", "11/07/2023"],
    ])
    plan = read_document(doc)
    [diagnosis] = plan.diagnoses
    assert diagnosis.diagnosed_by is not None and diagnosis.diagnosed_by.startswith("Lucinda Oyama, MD")
    assert diagnosis.diagnosed_on == dt.date(2023, 11, 7)


def test_who_made_a_diagnosis_in_a_bracket_or_after_initial_diagnosis() -> None:
    made = diagnosis_made("F84.0 Autism spectrum disorder (Dx by Tobias Renn, PhD, 02/14/2022)")
    assert made is not None and (made.by, made.on) == ("Tobias Renn, PhD", dt.date(2022, 2, 14))
    made = diagnosis_made("Original diagnosis 09/30/2020 by Ines Albarran, PsyD (psychologist), ADOS-2 Module 3.")
    assert made is not None and (made.by, made.on) == ("Ines Albarran, PsyD", dt.date(2020, 9, 30))


# --- client identifiers and plan dates --------------------------------------------------------------------------


def test_family_and_given_names_in_boxes_of_their_own() -> None:
    doc = docx.Document()
    doc.add_paragraph("OUTPATIENT REHABILITATION PLAN")
    add_table(doc, [
        ["1. LAST NAME\nVANTERPOOL", "FIRST NAME\nODESSA", "2. MEDICARE NO.\n4RK7PE2YN58"],
        ["3. BIRTH DATE\n09/23/1949", "4. START OF CARE\n02/02/2026", "5. ONSET DATE\n12/12/2025"],
    ])
    plan = read_document(doc)
    assert plan.patient.name == "ODESSA VANTERPOOL"
    assert plan.patient.member_id == "4RK7PE2YN58"
    assert plan.first_treatment_date == dt.date(2026, 2, 2)
    assert plan.plan_date != dt.date(2025, 12, 12)  # the onset box's date is no plan date


def test_a_parent_first_name_is_not_the_clients() -> None:
    assert field_key("Parent first name") in (None, "patient.given_name")
    doc = docx.Document()
    add_table(doc, [["Client name", "Ravi Kulkarni"], ["Parent first name", "Sunita"], ["DOB", "01/01/2019"]])
    plan = read_document(doc)
    assert plan.patient.name == "Ravi Kulkarni"


def test_a_form_of_six_columns_with_three_client_labels() -> None:
    doc = docx.Document()
    doc.add_paragraph("POST-SURGICAL PLAN OF CARE")
    add_table(doc, [
        ["Patient", "DOB", "Medicare ID", "Surgeon", "Procedure", "Initial OT visit"],
        ["Benedetta Sorvino", "07/07/1957", "2MM4TA8XK63", "Ugo Brenner, MD", "R CMC arthroplasty", "03/02/2026"],
    ])
    plan = read_document(doc)
    assert plan.patient.name == "Benedetta Sorvino"
    assert plan.patient.birth_date == dt.date(1957, 7, 7)
    assert plan.patient.member_id == "2MM4TA8XK63"
    assert plan.first_treatment_date == dt.date(2026, 3, 2)


def test_an_ehr_banner_names_the_client_on_the_identifiers_line() -> None:
    doc = docx.Document()
    header = doc.sections[0].header
    header.paragraphs[0].text = "ACHTERBERG, LIESEL K  MRN: 00917733  DOB: 4/4/1950  Sex: F"
    doc.add_paragraph("Therapy Plan of Care")
    plan = read_document(doc)
    assert plan.patient.name == "ACHTERBERG, LIESEL K"
    assert plan.patient.birth_date == dt.date(1950, 4, 4)


def test_a_merged_row_of_client_facts_is_no_table_title() -> None:
    doc = docx.Document()
    doc.add_paragraph("Home ABA Plan")
    table = add_table(doc, [["Child: Milo Fenwick-Ade     DOB: 08/08/2021     Member ID: QHP-77120934", "", ""],
                            ["Plan date\n01/05/2026", "Period\n01/12/2026 – 07/11/2026", "Review\n06/20/2026"]])
    merged = table.rows[0].cells[0].merge(table.rows[0].cells[2])
    merged.text = "Child: Milo Fenwick-Ade     DOB: 08/08/2021     Member ID: QHP-77120934"
    plan = read_document(doc)
    assert plan.patient.name == "Milo Fenwick-Ade"
    assert plan.patient.member_id == "QHP-77120934"


def test_a_plan_in_the_first_person() -> None:
    doc = docx.Document()
    doc.add_paragraph("My Recovery Plan")
    add_table(doc, [
        ["My name", "Tobiah Renwick"],
        ["My birthday", "10/30/1992"],
        ["My member ID", "FLM-5521907"],
        ["I started services on", "January 5, 2026"],
        ["We wrote this plan on", "January 12, 2026"],
    ])
    plan = read_document(doc)
    assert plan.patient.name == "Tobiah Renwick"
    assert plan.patient.birth_date == dt.date(1992, 10, 30)
    assert plan.plan_date == dt.date(2026, 1, 12)
    assert plan.first_treatment_date == dt.date(2026, 1, 5)


def test_id_hash_and_payer_id_labels_give_the_member_id() -> None:
    assert field_key("ID#") == "patient.member_id"
    assert field_key("Payer ID") == "patient.member_id"
    doc = docx.Document()
    doc.add_paragraph("Insurance: Medicare Part B          ID#: 8QW3HT6MA24")
    plan = read_document(doc)
    assert plan.patient.member_id == "8QW3HT6MA24"


def test_inline_dates_with_the_nearest_label_and_alternatives() -> None:
    text = "Client: Ottilie Brandvold    DOB 05/05/1944    MBI 3JK8RR2TW61    Eval/POC date 02/17/2026"
    keys = {f.key: f.value for f in inline_facts(text)}
    assert keys["first_treatment_date"] == "02/17/2026"
    assert keys["plan_date"] == "02/17/2026"
    assert date_label_key("Initial SLP visit") == "first_treatment_date"
    assert date_label_key("Cert") == "period"


def test_a_plan_date_said_in_a_sentence() -> None:
    doc = docx.Document()
    doc.add_paragraph("Comprehensive Treatment Plan")
    doc.add_paragraph("Resident: Anatoly Brisco. Admitted March 3, 2026. The treatment plan was written with "
                      "the resident on March 9, 2026.")
    plan = read_document(doc)
    assert plan.plan_date == dt.date(2026, 3, 9)


def test_a_period_before_an_unticked_box() -> None:
    assert checked_options("FROM 02/02/2026   THROUGH 05/01/2026   ☐ N/A") == "FROM 02/02/2026   THROUGH 05/01/2026"
    assert checked_options("☐ Weekly ☒ Biweekly") == "Biweekly"
    assert checked_options("☐ N/A") == ""


def test_an_npi_after_a_clinicians_name_is_that_clinicians() -> None:
    doc = docx.Document()
    doc.add_paragraph("PLAN OF TREATMENT")
    add_table(doc, [["PROVIDER NAME\nMillbrook Therapy LLC", "PHYSICIAN (print name)\nHelga Strand, DO   NPI 1234567893"]])
    plan = read_document(doc)
    npis = {(p.name, p.npi) for p in plan.providers} | {(s.name, s.npi) for s in plan.signatures}
    assert ("Helga Strand", "1234567893") in npis
    assert all(not (p.name == "Millbrook Therapy LLC" and p.npi) for p in plan.providers)


# --- durations and services --------------------------------------------------------------------------------------


def test_length_of_stay_abbreviated_and_sessions_that_end_on_a_date() -> None:
    assert field_key("Projected LOS") == "expected_duration"
    doc = docx.Document()
    doc.add_paragraph("Treatment Plan")
    doc.add_paragraph("Treatment. Individual psychotherapy (90834), 45-minute sessions weekly, concluding about "
                      "June 30, 2026.")
    plan = read_document(doc)
    assert plan.expected_duration is not None and plan.expected_duration.end_date == dt.date(2026, 6, 30)


def test_service_columns_headed_session_requested_and_how_long() -> None:
    doc = docx.Document()
    doc.add_paragraph("Services")
    add_table(doc, [
        ["Service", "Code", "Session", "Frequency", "How long"],
        ["Family psychotherapy", "90847", "50 minutes", "every 2 weeks", "16 weeks"],
    ])
    doc.add_paragraph("Authorization request")
    add_table(doc, [["Code", "Description", "Requested"], ["97153", "Direct treatment by technician", "18 hrs/week"]])
    plan = read_document(doc)
    by_code = {s.code: s for s in plan.services}
    assert by_code["90847"].amount is not None and by_code["90847"].duration is not None
    assert by_code["97153"].hours_per_week == 18.0


def test_papers_handed_over_and_a_level_of_care_are_no_services() -> None:
    doc = docx.Document()
    add_table(doc, [["Client", "Dario Mendez"], ["Service", "Adult residential"], ["Plan date", "02/02/2026"]])
    doc.add_paragraph("Requested services")
    doc.add_paragraph("H0018 Residential treatment, 7 days per week")
    doc.add_paragraph("The family will be given a copy of this plan and weekly progress summaries.")
    plan = read_document(doc)
    assert plan.level_of_care == "Adult residential"
    assert [s.code for s in plan.services] == ["H0018"]


def test_a_prn_visit_limit_stays_with_its_frequency() -> None:
    [item] = parse_service("MSW PRN visits x 3 for community resource planning")
    assert item.frequency == "PRN visits x 3"
