"""Plan-level facts in more layouts (third round): form boxes typed as one paragraph with a line break between
caption and value, a diagnosis written without a colon in a separated header line, identifiers in a page
header set off by middle dots, an "HI claim number", an "/es/" signature line, and a form row whose diagnosis
cell is followed by other fields. Each document is built here with python-docx, in wordings of its own."""

from __future__ import annotations

import datetime as dt

import docx

from authcheck.readers.docx.inline import inline_facts
from docx_helpers import read_document


def _broken_cell(cell, lines: list[str]) -> None:  # type: ignore[no-untyped-def]
    """One paragraph in the cell, its lines parted by manual line breaks (Shift+Enter)."""
    paragraph = cell.paragraphs[0]
    for i, text in enumerate(lines):
        run = paragraph.add_run(text)
        if i + 1 < len(lines):
            run.add_break()


def test_boxes_with_line_breaks_between_caption_and_value() -> None:
    doc = docx.Document()
    doc.add_paragraph("Riverside Home Care — Physician Plan of Treatment")
    table = doc.add_table(rows=3, cols=3)
    boxes = [
        [["A. Health insurance claim number", "3QW7-TT2-LM90"], ["B. Admission date", "05/04/2026"],
         ["C. Certification period", "From 05/04/2026 through 07/02/2026"]],
        [["D. Member name", "Rosalind Okafor-Baines"], ["E. Birth date", "06/30/1950"], ["F. Agency", "Riverside"]],
        [["G. Diagnoses", "M17.11 Unilateral primary osteoarthritis, right knee", "I10 Essential hypertension"],
         [""], [""]],
    ]
    for r, row in enumerate(boxes):
        for c, lines in enumerate(row):
            _broken_cell(table.rows[r].cells[c], lines)
    plan = read_document(doc)
    assert plan.patient.name == "Rosalind Okafor-Baines"
    assert plan.patient.member_id == "3QW7-TT2-LM90"
    assert plan.patient.birth_date == dt.date(1950, 6, 30)
    assert plan.period is not None
    assert (plan.period.start, plan.period.end) == (dt.date(2026, 5, 4), dt.date(2026, 7, 2))
    assert [d.code for d in plan.diagnoses] == ["M17.11", "I10"]
    assert plan.diagnoses[1].description == "Essential hypertension"


def test_a_cell_with_a_line_break_inside_a_sentence_is_no_box() -> None:
    doc = docx.Document()
    doc.add_paragraph("Plan of care")
    table = doc.add_table(rows=1, cols=2)
    _broken_cell(table.rows[0].cells[0], ["Patient name: Oswin Tarrant", "DOB: 02/02/1944"])
    _broken_cell(table.rows[0].cells[1], ["Plan date: 03/03/2026"])
    plan = read_document(doc)
    assert plan.patient.name == "Oswin Tarrant"
    assert plan.patient.birth_date == dt.date(1944, 2, 2)


def test_diagnosis_without_a_colon_in_a_separated_header_line() -> None:
    doc = docx.Document()
    doc.add_paragraph("Outpatient Counseling Plan")
    doc.add_paragraph(
        "Member: Cordelia Vantongeren • DOB 11/12/1987 • Primary Dx F41.0 Panic disorder without agoraphobia "
        "• Start 02/02/2026"
    )
    doc.add_paragraph("Goal 1: Reduce panic attacks from 4 per week to 1 or fewer per week by 05/01/2026.")
    plan = read_document(doc)
    assert [d.code for d in plan.diagnoses] == ["F41.0"]
    assert plan.diagnoses[0].description == "Panic disorder without agoraphobia"


def test_inline_diagnosis_needs_a_separator_and_a_code() -> None:
    assert [f.key for f in inline_facts("Reviewed the dx history with the client on 02/02/2026")] == []
    assert [f.key for f in inline_facts("Client reports the dx F32.1 was given in 2019")] == []
    facts = [f for f in inline_facts("Ana Ruiz | ICD-10 G80.1 Spastic diplegic cerebral palsy") if f.key == "diagnosis"]
    assert [f.value for f in facts] == ["G80.1 Spastic diplegic cerebral palsy"]


def test_middle_dot_page_header_gives_the_client_identifiers() -> None:
    doc = docx.Document()
    header = doc.sections[0].header
    header.paragraphs[0].text = "Bayview Recovery · Client: Leopold Szymanski-Hart · DOB 08/14/1969 · Medi-Cal 91234567A"
    doc.add_paragraph("Treatment plan")
    doc.add_paragraph("Plan date: 03/10/2026")
    plan = read_document(doc)
    assert plan.patient.name == "Leopold Szymanski-Hart"
    assert plan.patient.birth_date == dt.date(1969, 8, 14)
    assert plan.patient.member_id == "91234567A"


def test_hi_claim_number_written_without_a_colon() -> None:
    doc = docx.Document()
    doc.sections[0].header.paragraphs[0].text = "Bertram Quill-Osei   born 01/09/1938   HIC number 7KD2-WX4-PP15"
    doc.add_paragraph("Home health plan of care")
    plan = read_document(doc)
    assert plan.patient.member_id == "7KD2-WX4-PP15"


def test_es_mark_line_is_a_signature() -> None:
    doc = docx.Document()
    doc.add_paragraph("Psychotherapy treatment plan")
    doc.add_paragraph("Client: Wendeline Marsh")
    doc.add_paragraph("Goal 1: Attend 3 social events per month by 06/30/2026.")
    doc.add_paragraph("/ES/ Marguerite Ollivander, LMFT    04/02/2026")
    plan = read_document(doc)
    assert len(plan.signatures) == 1
    signature = plan.signatures[0]
    assert signature.name == "Marguerite Ollivander"
    assert signature.credential == "LMFT"
    assert signature.date == dt.date(2026, 4, 2)


def test_form_row_diagnosis_cell_then_other_fields() -> None:
    doc = docx.Document()
    doc.add_paragraph("Behavior Intervention Plan")
    rows = [
        ["Learner", "Tobiah Fenwick", "Date of birth", "10/10/2018"],
        ["Dx", "F84.0 Autism spectrum disorder, level 2", "Standardized assessments", "VB-MAPP 01/12/2026"],
        ["Authorization period", "02/01/2026 - 07/31/2026", "Progress reports due", "04/30/2026"],
    ]
    table = doc.add_table(rows=len(rows), cols=4)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.rows[r].cells[c].text = value
    plan = read_document(doc)
    assert [d.code for d in plan.diagnoses] == ["F84.0"]
    assert [a.instrument for a in plan.assessments] == ["VB-MAPP"]
    assert plan.assessments[0].date == dt.date(2026, 1, 12)
    assert [(r.kind, r.date) for r in plan.reviews] == [("progress-report", dt.date(2026, 4, 30))]


def test_run_in_orders_line_under_diagnoses_is_no_diagnosis() -> None:
    doc = docx.Document()
    doc.add_paragraph("Home Health Plan of Care")
    doc.add_paragraph("Diagnoses")
    doc.add_paragraph("I63.9 Cerebral infarction, unspecified")
    doc.add_paragraph("Physician orders: SN 2w4 medication teaching (G0299); OT 1w6 ADL retraining (G0152).")
    plan = read_document(doc)
    assert [d.code for d in plan.diagnoses] == ["I63.9"]


def test_unknown_pair_then_a_plan_date_across_a_wide_gap() -> None:
    doc = docx.Document()
    doc.add_paragraph("Behavioral Health Plan")
    doc.add_paragraph("Record kind: Annual update           Date of plan: 09/14/2026")
    doc.add_paragraph("Note type: Plan of Care    Service: Psychotherapy")
    plan = read_document(doc)
    assert plan.plan_date == dt.date(2026, 9, 14)
    assert plan.services == []  # "Service:" beside an unknown pair names the discipline, not a requested service


def test_signature_image_placeholder_keeps_the_credential() -> None:
    doc = docx.Document()
    doc.add_paragraph("Outpatient Rehabilitation Plan of Care")
    doc.add_paragraph("Goal 1: Climb 12 stairs with one rail by 06/15/2026.")
    doc.add_paragraph("Referring practitioner: Anselma Krieger, DPM   [image of signature]   Date: 04/20/2026")
    doc.add_paragraph("Treating therapist: Jovan Pettersen, PT (signature on file)   Date: 04/18/2026")
    plan = read_document(doc)
    found = {(s.name, s.credential) for s in plan.signatures}
    assert found == {("Anselma Krieger", "DPM"), ("Jovan Pettersen", "PT")}


def test_certified_through_label_ends_the_period() -> None:
    doc = docx.Document()
    doc.add_paragraph("Therapy plan of care")
    rows = [["Start of care", "06/01/2026", "Certified through", "08/29/2026"]]
    table = doc.add_table(rows=1, cols=4)
    for c, value in enumerate(rows[0]):
        table.rows[0].cells[c].text = value
    plan = read_document(doc)
    assert plan.period is not None and plan.period.end == dt.date(2026, 8, 29)


def test_date_label_after_a_sentence_end_without_a_known_spelling() -> None:
    doc = docx.Document()
    doc.add_paragraph("Speech-language plan")
    doc.add_paragraph("Plan written: 07/07/2026. Authorization: 07/10/2026 - 10/09/2026. Visits approved: 24.")
    plan = read_document(doc)
    assert plan.period is not None
    assert (plan.period.start, plan.period.end) == (dt.date(2026, 7, 10), dt.date(2026, 10, 9))


def test_uncoded_diagnosis_after_a_coded_one_in_a_list() -> None:
    doc = docx.Document()
    doc.add_paragraph("Counseling plan")
    doc.add_paragraph("Diagnoses: Posttraumatic stress disorder, chronic (F43.12); Alcohol use disorder, mild")
    doc.add_paragraph("Working diagnoses: Insomnia disorder (G47.00); rule out sleep apnea")
    plan = read_document(doc)
    assert [(d.code, d.description) for d in plan.diagnoses] == [
        ("F43.12", "Posttraumatic stress disorder, chronic"),
        (None, "Alcohol use disorder, mild"),
        ("G47.00", "Insomnia disorder"),
    ]


def test_letter_names_each_diagnosis_and_the_evaluation_day() -> None:
    doc = docx.Document()
    doc.add_paragraph("Lakeside Speech & Swallowing")
    doc.add_paragraph("RE: Ottavia Brenner, DOB 04/04/1949")
    doc.add_paragraph(
        "Thank you for sending Ms. Brenner, whom we examined on March 9, 2026. My impressions are oropharyngeal "
        "dysphagia (R13.12), cough (R05.9) and weight loss (R63.4)."
    )
    plan = read_document(doc)
    assert plan.first_treatment_date == dt.date(2026, 3, 9)
    assert [(d.code, d.description) for d in plan.diagnoses] == [
        ("R13.12", "oropharyngeal dysphagia"),
        ("R05.9", "cough"),
        ("R63.4", "weight loss"),
    ]


def test_goal_lines_do_not_give_an_evaluation_day() -> None:
    doc = docx.Document()
    doc.add_paragraph("Goals")
    doc.add_paragraph("1. Client will report that we assessed progress on 05/05/2026 with the team.")
    plan = read_document(doc)
    assert plan.first_treatment_date is None


def test_form_row_of_cells_each_holding_its_own_pair() -> None:
    doc = docx.Document()
    doc.add_paragraph("Individual Service Plan")
    values = ["Participant: Odessa Lindqvist", "Birthdate: 12/01/1979", "Recipient ID: 7731-0042-88"]
    table = doc.add_table(rows=1, cols=3)
    for c, value in enumerate(values):
        table.rows[0].cells[c].text = value
    plan = read_document(doc)
    assert plan.patient.name == "Odessa Lindqvist"
    assert plan.patient.birth_date == dt.date(1979, 12, 1)
