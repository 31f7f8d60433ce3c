"""Round 22, long documents with the plan among other records (intake assessments, discharge summaries, earlier
episodes, referral letters):

- a heading that names an earlier or another record filed with the plan ("Past Treatment History", "Previous Home
  Health Episode (history)", "Review of Previous Plan", "Diagnostic History (prior and ruled-out diagnoses)", a
  discharge summary, an admission history and physical, "Referral Correspondence (copy on file)") opens a part of the
  document where nothing is a fact of the plan: its periods, dates, reviews, diagnoses, services and signatures are
  that record's; the next heading ends it (a styled sub-heading under it stays part of it), and the document's own
  title never starts one;
- "Admission History and Physical" in bold is that record's heading, not a form label waiting for an admission date;
- in a table read as lines, a diagnosis caption cell with its value beside it ("Medical diagnosis on order | Z96.651
  ...") names that value only: the next row that opens with a caption of its own ("Order | PT evaluate and treat ...") is
  not under it;
- with no plan date written, a certification period that begins on the evaluation date dates the plan before a date
  alone on a line does (a letter's date line, a referral's order date in a cell beside its caption);
- a plan date labelled with the day's other names in brackets ("Start of care (initial evaluation, first treatment):
  02/02/2026") is that date (authcheck.parsing.labelled_dates, used after any reader).

Each test builds a small plan with python-docx; names and wording are invented. Each change has a near miss that
keeps its old reading.
"""

from __future__ import annotations

import datetime as dt

import docx

from authcheck.model import TreatmentPlan
from authcheck.parsing.labelled_dates import find_labelled_dates
from authcheck.readers.docx.sections import earlier_record
from docx_helpers import add_table, read_blocks, read_document

_HEAD = [
    "Comprehensive Assessment and Treatment Plan",
    "Client: Oriel Fairbanks    DOB: 04/11/1971",
    "Member ID: ZT4410982",
]


def _codes(plan: TreatmentPlan) -> list[str | None]:
    return [d.code for d in plan.diagnoses]


# --- a heading naming an earlier record -------------------------------------------------------------------------------


def test_earlier_episode_period_and_signature_are_not_the_plans() -> None:
    plan = read_blocks([
        *_HEAD,
        "Earlier Episode of Care (history)",
        "Prior plan of care at this clinic: certification period 05/02/2022 - 07/30/2022, twice a week for 12 weeks.",
        "Discharge note electronically signed by Hollis Brandt, PT on 07/28/2022.",
        "Plan of Care",
        "Plan date: 01/20/2026",
        "Certification period: 01/20/2026 to 04/19/2026",
        "Signatures",
        "Therapist: Wren Abernethy, PT, DPT  01/20/2026",
    ])
    assert plan.period is not None and plan.period.start == dt.date(2026, 1, 20)
    assert plan.period.end == dt.date(2026, 4, 19)
    assert [s.name for s in plan.signatures] == ["Wren Abernethy"]


def test_near_miss_a_period_under_a_plain_heading_is_still_read() -> None:
    plan = read_blocks([
        *_HEAD,
        "Episode of Care",
        "Plan of care: certification period 05/02/2026 - 07/30/2026, twice a week for 12 weeks.",
    ])
    assert plan.period is not None and plan.period.start == dt.date(2026, 5, 2)


def test_earlier_record_titles() -> None:
    for title in (
        "Past Treatment History",
        "Previous Home Health Episode (history)",
        "Review of Previous Plan",
        "Diagnostic History (prior and ruled-out diagnoses)",
        "Discharge Summary - Adult Partial Hospital Program",
        "Admission History and Physical",
        "Referral Correspondence (copy on file)",
    ):
        assert earlier_record(title), title
    for title in (
        "History of Present Illness",
        "Prior Authorization Request",
        "Prior Level of Function",
        "Family History",
        "Review / update history",
        "Diagnoses",
        "Discharge Criteria",
    ):
        assert not earlier_record(title), title


def test_ruled_out_and_historical_diagnoses_table_is_not_the_plans() -> None:
    plan = read_blocks([
        *_HEAD,
        "Diagnostic History (earlier and ruled-out diagnoses)",
        [["Status", "Code", "Description"],
         ["Ruled out", "F31.81", "Bipolar II disorder"],
         ["Historical", "F90.0", "ADHD, predominantly inattentive type"]],
        "Diagnoses",
        [["ICD-10-CM", "Description"], ["F33.1", "Major depressive disorder, recurrent, moderate"]],
    ])
    assert _codes(plan) == ["F33.1"]


def test_near_miss_a_diagnoses_table_under_the_diagnoses_heading_is_read() -> None:
    plan = read_blocks([
        *_HEAD,
        "Diagnoses",
        [["Status", "Code", "Description"],
         ["Primary", "F33.1", "Major depressive disorder, recurrent, moderate"],
         ["Secondary", "F41.1", "Generalized anxiety disorder"]],
    ])
    assert _codes(plan) == ["F33.1", "F41.1"]


def test_referral_letter_on_file_signs_nothing_of_the_plan() -> None:
    plan = read_blocks([
        *_HEAD,
        "REFERRAL CORRESPONDENCE (COPY ON FILE)",
        [["Lakeside Family Medicine\n11/04/2025\n\nRe: Oriel Fairbanks\n\nPlease evaluate and treat for depression."
          "\n\nSincerely,\nMarguerite Okafor, MD\nNPI 1467503829"]],
        "Treatment Plan",
        "Date plan established: 12/01/2025",
        "Signatures",
        [["Role", "Printed name / credential", "Signature", "Date"],
         ["Clinician", "Sabine Whitlock, LCSW", "(signed)", "12/01/2025"]],
    ])
    assert plan.plan_date == dt.date(2025, 12, 1)
    assert [s.name for s in plan.signatures] == ["Sabine Whitlock"]


def test_near_miss_a_physician_approval_after_the_letter_is_read() -> None:
    plan = read_blocks([
        *_HEAD,
        "REFERRAL CORRESPONDENCE (COPY ON FILE)",
        [["Lakeside Family Medicine\n11/04/2025\n\nSincerely,\nMarguerite Okafor, MD"]],
        "Signatures",
        [["Role", "Printed name / credential", "Signature", "Date"],
         ["Clinician", "Sabine Whitlock, LCSW", "(signed)", "12/01/2025"],
         ["Psychiatrist approval", "Marguerite Okafor, MD", "(signed)", "12/03/2025"]],
    ])
    assert sorted((s.name, s.date) for s in plan.signatures) == [
        ("Marguerite Okafor", dt.date(2025, 12, 3)),
        ("Sabine Whitlock", dt.date(2025, 12, 1)),
    ]


def _bold(document: docx.document.Document, text: str) -> None:
    document.add_paragraph().add_run(text).bold = True


def test_bold_history_and_physical_heading_holds_that_records_signature() -> None:
    document = docx.Document()
    for line in _HEAD:
        document.add_paragraph(line)
    _bold(document, "Admission History and Physical")
    document.add_paragraph(
        "H&P done on the day of admission by Ansel Varga, MD: vitals stable, COWS 11. "
        "Electronically signed by Ansel Varga, MD on 01/05/2026."
    )
    _bold(document, "Treatment Plan")
    document.add_paragraph("Admission date: 01/05/2026")
    document.add_paragraph("Plan date: 01/09/2026")
    _bold(document, "Physician review and approval")
    document.add_paragraph("Electronically signed by Ansel Varga, MD on 01/13/2026.")
    plan = read_document(document)
    assert plan.admission_date == dt.date(2026, 1, 5)
    assert [(s.name, s.date) for s in plan.signatures] == [("Ansel Varga", dt.date(2026, 1, 13))]


def test_near_miss_a_bold_admission_date_label_still_waits_for_its_value() -> None:
    document = docx.Document()
    for line in _HEAD:
        document.add_paragraph(line)
    _bold(document, "ADMISSION DATE")
    document.add_paragraph("01/05/2026")
    plan = read_document(document)
    assert plan.admission_date == dt.date(2026, 1, 5)


def test_discharge_summary_of_the_program_before_the_plan_is_not_the_plans() -> None:
    plan = read_blocks([
        *_HEAD,
        [["Discharge Summary - Adult Partial Hospital Program"]],
        [["Admission to program", "10/06/2025", "Discharge date", "11/14/2025"],
         ["Program schedule", "5 days per week", "Discharge diagnosis", "F33.2 Major depressive disorder, recurrent severe"],
         ["Discharging clinician", "Ivo Castellane, LPC", "", ""]],
        "Discharge summary electronically signed by Ivo Castellane, LPC on 11/14/2025.",
        "Diagnoses",
        "F33.1 Major depressive disorder, recurrent, moderate",
        "Signatures",
        "Clinician: Lotte Brennan, LCSW  11/17/2025",
    ])
    assert _codes(plan) == ["F33.1"]
    assert plan.admission_date is None
    assert [s.name for s in plan.signatures] == ["Lotte Brennan"]


def test_styled_sub_heading_stays_in_the_earlier_record_and_a_sibling_ends_it() -> None:
    document = docx.Document()
    for line in _HEAD:
        document.add_paragraph(line)
    document.add_heading("Previous Episode", level=2)
    document.add_heading("Services at that time", level=3)
    document.add_paragraph("Certification period: 03/04/2024 - 05/02/2024")
    document.add_heading("Plan of Care", level=2)
    document.add_paragraph("Certification period: 01/12/2026 - 03/12/2026")
    plan = read_document(document)
    assert plan.period is not None and plan.period.start == dt.date(2026, 1, 12)


def test_document_title_naming_a_discharge_summary_is_read_as_the_title() -> None:
    plan = read_blocks([
        "Discharge Summary and Aftercare Plan",
        "Client: Oriel Fairbanks    DOB: 04/11/1971",
        "Plan date: 02/02/2026",
        "Diagnoses",
        "F33.1 Major depressive disorder, recurrent, moderate",
    ])
    assert plan.patient.name == "Oriel Fairbanks"
    assert plan.plan_date == dt.date(2026, 2, 2)
    assert _codes(plan) == ["F33.1"]


# --- a caption cell with its value beside it, in a table read as lines ---------------------------------------------


def test_caption_cell_names_its_value_only() -> None:
    document = docx.Document()
    for line in _HEAD:
        document.add_paragraph(line)
    document.add_paragraph("Referral")
    add_table(document, [
        ["Referring physician", "Cosima Albright, MD (orthopedics)", "NPI", "1467503829"],
        ["Order date", "12/30/2025", "Medical diagnosis on order", "Z96.652 Presence of left artificial knee joint"],
        ["Order", "PT evaluate and treat, 2-3x/week x 6-8 weeks", "", ""],
    ])
    plan = read_document(document)
    assert [(d.code, d.description) for d in plan.diagnoses] == [
        ("Z96.652", "Presence of left artificial knee joint")
    ]


def test_near_miss_a_caption_over_rows_without_captions_keeps_them() -> None:
    plan = read_blocks([
        *_HEAD,
        [["Diagnoses", "F33.1 Major depressive disorder, recurrent, moderate"],
         ["", "F41.1 Generalized anxiety disorder"]],
    ])
    assert _codes(plan) == ["F33.1", "F41.1"]


# --- a labelled date with the day's other names in brackets ---------------------------------------------------------


def test_label_with_other_names_in_brackets() -> None:
    found = find_labelled_dates("Start of care (initial evaluation, first treatment): 02/02/2026")
    assert found["first_treatment_date"][0] == dt.date(2026, 2, 2)


def test_near_miss_a_date_in_the_brackets_is_no_other_name() -> None:
    assert find_labelled_dates("Start of care (see note of 01/05/2026): 02/02/2026") == {}


# --- a certification from the evaluation's day dates the plan before a date alone on a line -----------------------


def test_certification_from_the_evaluation_dates_the_plan_before_an_order_date() -> None:
    document = docx.Document()
    for line in _HEAD:
        document.add_paragraph(line)
    document.add_paragraph("Referral")
    add_table(document, [
        ["Referring physician", "Cosima Albright, MD", "NPI", "1467503829"],
        ["Order date", "12/30/2025", "Medical diagnosis on order", "Z96.652 Presence of left artificial knee joint"],
        ["Order", "PT evaluate and treat", "", ""],
    ])
    document.add_paragraph("Plan of Care")
    add_table(document, [
        ["Evaluation date", "01/12/2026", "Start of care", "01/12/2026"],
        ["Onset date", "12/02/2025", "Certification period", "01/12/2026 to 04/11/2026"],
    ])
    plan = read_document(document)
    assert plan.first_treatment_date == dt.date(2026, 1, 12)
    assert plan.plan_date == dt.date(2026, 1, 12)


def test_near_miss_a_letters_date_line_still_dates_a_plan_without_certification() -> None:
    plan = read_blocks([
        "Harbor Speech Services",
        "March 2, 2026",
        "Re: Oriel Fairbanks, DOB 04/11/1971",
        "Dear Care Manager,",
        "Oriel was evaluated on 02/20/2026 and will be seen twice a week for 10 weeks.",
    ])
    assert plan.plan_date == dt.date(2026, 3, 2)


def test_previous_reviews_of_this_plan_are_no_earlier_record() -> None:
    from authcheck.readers.docx.sections import earlier_record

    assert not earlier_record("Previous Reviews")
    assert not earlier_record("Prior plan updates")
    assert earlier_record("Review of Previous Plan")
    assert earlier_record("Previous treatment episodes")
