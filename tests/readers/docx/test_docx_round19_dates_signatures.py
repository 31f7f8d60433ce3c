"""Dates, signatures and the client's name, round 19 (a payer's intake queue of revised and amended plans).

- a fax or mail cover page sent with the plan ("FACSIMILE COVER SHEET", "F A X", "Fax transmittal") is no part of
  the plan: its "Date:" is the day it was sent, not the plan's date;
- a title typed letter-spaced ("F A X", "G O A L S") is read as the word it spells;
- the document's own title naming a report on the plan ("Progress Report / Recertification of Plan of Care") over
  the client's facts is the title, not a section of review dates;
- in an updated, revised or amended plan, "Date of this update:" dates this version, over the first plan's date;
- "Next update date", "Form revision date": a date of another time or another document is no plan date;
- the sign-off of the plan before this one ("Prior certification on file: signed by ... on ...") is history;
- a patient label stacked line by line in a page header ("LAST, FIRST" over "DOB ...  MRN ...") names the client.

Each test builds a small plan with python-docx; names and wording are invented. Near misses keep their reading.
"""

from __future__ import annotations

import datetime as dt

import docx
import pytest

from authcheck.model import TreatmentPlan
from authcheck.readers.docx.labels import field_key
from authcheck.readers.docx.sections import match_section, normalize_title
from docx_helpers import read_blocks, read_document


def _with_headings(blocks: list[object]) -> TreatmentPlan:
    """A document whose strings starting with "#" are bold centred headings; other strings are paragraphs and
    lists of rows are tables."""
    document = docx.Document()
    for block in blocks:
        if isinstance(block, str) and block.startswith("#"):
            paragraph = document.add_paragraph()
            run = paragraph.add_run(block.lstrip("# "))
            run.bold = True
        elif isinstance(block, str):
            document.add_paragraph(block)
        else:
            rows = block  # type: ignore[assignment]
            table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
    return read_document(document)


# --- a fax cover page ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("heading", ["FACSIMILE COVER SHEET", "F A X", "Fax Transmittal", "FAX COVER PAGE", "Cover Sheet"])
def test_cover_page_date_is_not_the_plan_date(heading: str) -> None:
    plan = _with_headings([
        "Birchwood Therapy Associates",
        f"# {heading}",
        "Date: 03/16/2026",
        "To: Utilization Review, Evergreen Health Plan",
        "Pages: 4",
        "# OCCUPATIONAL THERAPY PLAN OF CARE",
        "Patient: Marguerite Olander-Shaw",
        "Start of care: 02/23/2026",
        "Certification period: 02/23/2026 to 05/22/2026",
    ])
    assert plan.plan_date != dt.date(2026, 3, 16)
    assert plan.first_treatment_date == dt.date(2026, 2, 23)


def test_cover_page_in_a_table_is_not_the_plan_date() -> None:
    plan = _with_headings([
        "# FAX COVER",
        [["To", "Behavioral Health UM"], ["Date", "04/02/2026"], ["Pages", "5"]],
        "# MASTER TREATMENT PLAN",
        [["Individual", "Tobias Wrenfield"], ["Admission date", "03/10/2026"], ["Plan date", "03/19/2026"]],
    ])
    assert plan.plan_date == dt.date(2026, 3, 19)


def test_a_dated_plan_heading_keeps_its_date() -> None:
    # near miss: the plan's own heading over "Date:" still dates the plan
    plan = _with_headings(["# TREATMENT PLAN", "Date: 03/16/2026", "Client: Marguerite Olander-Shaw"])
    assert plan.plan_date == dt.date(2026, 3, 16)


def test_cover_and_letter_spaced_titles() -> None:
    for title in ("Fax cover sheet", "FACSIMILE TRANSMITTAL", "F A X", "fax transmission"):
        assert match_section(title).key == "other", title
    assert normalize_title("G O A L S") == "goals"
    assert match_section("G O A L S").key == "goals"
    # near misses: a title with one-letter words among others, and two letters, keep their reading
    assert normalize_title("Plan A and B") == "plan a and b"
    assert normalize_title("A B") == "a b"


# --- the document's title naming a report on the plan -------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    ["Progress Report / Recertification of Plan of Care", "Recertification of Plan of Care", "Plan of Care Recertification"],
)
def test_report_title_over_the_header_is_no_review_section(title: str) -> None:
    plan = _with_headings([
        "Northgate Physical Therapy",
        f"# {title}",
        [
            ["Patient", "Cornelius Abernathy-Vale", "Start of care", "10/06/2025"],
            ["Previous certification", "10/06/2025 – 01/02/2026", "Date of this report", "01/02/2026"],
            ["New certification period", "01/05/2026 – 04/03/2026", "Visits to date", "20"],
        ],
        "Goals: Walk 1,500 ft without an assistive device by 04/03/2026.",
    ])
    assert not any(r.date == dt.date(2025, 10, 6) for r in plan.reviews)
    assert plan.plan_date == dt.date(2026, 1, 2)


def test_review_section_inside_the_plan_keeps_its_dates() -> None:
    # near miss: a recertification heading after the plan's content is a section of review dates
    plan = _with_headings([
        "# Plan of Care",
        "Patient: Cornelius Abernathy-Vale    DOB: 02/14/1950",
        "Plan date: 01/02/2026",
        "Goals: Walk 1,500 ft without an assistive device by 04/03/2026.",
        "# Recertification",
        "Recertification due 04/01/2026",
    ])
    assert [(r.kind, r.date) for r in plan.reviews] == [("recertification", dt.date(2026, 4, 1))]


# --- the date of this version of an updated plan -----------------------------------------------------------------


@pytest.mark.parametrize(
    "label", ["Date of this update", "This update", "Date revised", "Amendment date", "Date of this revision", "Updated on"]
)
@pytest.mark.parametrize("first_label", ["Initial plan", "Original plan date", "Initial plan date"])
def test_update_date_wins_over_the_first_plan_date(label: str, first_label: str) -> None:
    plan = read_blocks([
        "Treatment Plan — Update",
        "Client: Philippa Strandqvist    DOB: 09/30/1981",
        "Admission date: 05/05/2025",
        f"{first_label}: 05/27/2025",
        f"{label}: 02/16/2026",
        "Next update due: 05/11/2026",
    ])
    assert plan.plan_date == dt.date(2026, 2, 16), (label, first_label)
    assert not any(r.date == dt.date(2026, 2, 16) and not r.completed for r in plan.reviews)


def test_update_date_written_first() -> None:
    plan = read_blocks([
        "Treatment Plan Review",
        "Client: Philippa Strandqvist",
        "Date of this update: 02/16/2026",
        "Initial plan: 05/27/2025",
    ])
    assert plan.plan_date == dt.date(2026, 2, 16)


def test_plan_without_an_update_keeps_its_first_date() -> None:
    # near misses: a plan date and a next update date; a form's revision date in the page footer
    plan = read_blocks(["Treatment Plan", "Client: Philippa Strandqvist", "Plan date: 05/27/2025", "Next update date: 08/25/2025"])
    assert plan.plan_date == dt.date(2025, 5, 27)
    assert [r.date for r in plan.reviews] == [dt.date(2025, 8, 25)]
    document = docx.Document()
    document.sections[0].footer.paragraphs[0].text = "Form 12-B    Revision date: 01/15/2024"
    for text in ("Treatment Plan", "Client: Philippa Strandqvist", "Plan date: 05/27/2025"):
        document.add_paragraph(text)
    assert read_document(document).plan_date == dt.date(2025, 5, 27)


def test_labels_of_another_time_name_no_plan_date() -> None:
    assert field_key("Date of this update") == "plan_date"
    assert field_key("Date amended") == "plan_date"
    for label in ("Next update date", "Next plan update date", "Form revision date", "Next report date"):
        assert field_key(label) != "plan_date", label
    assert field_key("Next review date") == "review"


# --- the sign-off of an earlier plan ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "history",
    [
        "Prior certification on file: signed by Augustin Marlowe, MD on 10/09/2025.",
        "Previous plan of care signed by Augustin Marlowe, MD on 10/09/2025.",
        "Original POC: electronically signed by Augustin Marlowe, MD 10/09/2025",
    ],
)
def test_earlier_plan_signature_is_history(history: str) -> None:
    plan = _with_headings([
        "# Plan of Care Update",
        "Patient: Cornelius Abernathy-Vale",
        "Plan date: 01/02/2026",
        "Goals: Walk 1,500 ft without an assistive device by 04/03/2026.",
        "# Physician recertification",
        "I certify that continued therapy is medically necessary under this updated plan of care.",
        "Augustin Marlowe, MD     Date: 01/06/2026",
        history,
    ])
    dates = [s.date for s in plan.signatures]
    assert dt.date(2026, 1, 6) in dates and dt.date(2025, 10, 9) not in dates, history


def test_signature_on_file_is_still_a_signature() -> None:
    # near misses: "on file" alone and a prior authorization name this plan's signatures
    plan = _with_headings([
        "# Plan of Care",
        "Patient: Cornelius Abernathy-Vale",
        "Plan date: 01/02/2026",
        "Goals: Walk 1,500 ft without an assistive device by 04/03/2026.",
        "# Signatures",
        "Physician signature on file: signed by Augustin Marlowe, MD on 01/06/2026",
    ])
    assert [s.date for s in plan.signatures] == [dt.date(2026, 1, 6)]


# --- a patient label stacked in the page header --------------------------------------------------------------------


@pytest.mark.parametrize(
    "lines",
    [
        ["LINDQVIST, ROSAMUND", "DOB 04/17/1949  MRN 00771234"],
        ["Lindqvist, Rosamund A.", "MRN: 00771234", "DOB: 04/17/1949"],
        ["OKAFOR-BELL, TEODORA", "Date of birth 04/17/1949"],
    ],
)
def test_stacked_patient_label_in_the_header(lines: list[str]) -> None:
    document = docx.Document()
    header = document.sections[0].header
    header.paragraphs[0].text = "RIVERBEND MEDICAL CENTER"
    for line in lines:
        header.add_paragraph(line)
    for text in ("SPEECH THERAPY PLAN OF TREATMENT", "Start of care: 01/12/2026", "Goals: Swallow thin liquids safely in 90% of trials by 04/10/2026."):
        document.add_paragraph(text)
    plan = read_document(document)
    assert plan.patient.name == lines[0]
    assert plan.patient.birth_date == dt.date(1949, 4, 17)


def test_header_line_that_is_no_name_names_no_client() -> None:
    # near misses: the hospital's name and a department over the identifiers
    for above in ("RIVERBEND MEDICAL CENTER", "Outpatient Rehabilitation"):
        document = docx.Document()
        header = document.sections[0].header
        header.paragraphs[0].text = above
        header.add_paragraph("DOB 04/17/1949  MRN 00771234")
        document.add_paragraph("SPEECH THERAPY PLAN OF TREATMENT")
        document.add_paragraph("Start of care: 01/12/2026")
        assert read_document(document).patient.name is None, above


# --- a review log dated by a bare "Date" column --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "columns"),
    [("Review log", ("Date", "Action", "By")), ("Plan Review", ("Date", "Entry", "Staff")), ("Reviews", ("Date", "Event", "Clinician"))],
)
def test_review_log_with_a_bare_date_column(heading: str, columns: tuple[str, str, str]) -> None:
    plan = _with_headings([
        "# Treatment Plan — Quarterly Update",
        "Patient: Evander Quill-Ashworth    DOB: 01/09/1980",
        "Admission date: 03/03/2025",
        "Date of this update: 11/10/2025",
        f"# {heading}",
        [
            list(columns),
            ["03/24/2025", "Initial treatment plan", "M. Oduro, CADC"],
            ["06/16/2025", "Quarterly update completed", "M. Oduro, CADC"],
            ["09/08/2025", "Plan review held with patient", "M. Oduro, CADC"],
            ["02/02/2026", "Next quarterly update due", ""],
        ],
        "Goals: Negative urine tests for all illicit drugs on every monthly test through 02/02/2026.",
    ])
    reviews = sorted((r.date, r.completed) for r in plan.reviews)
    assert reviews == [
        (dt.date(2025, 6, 16), True), (dt.date(2025, 9, 8), True), (dt.date(2026, 2, 2), False)
    ], heading
    assert plan.plan_date == dt.date(2025, 11, 10)


def test_dated_table_outside_a_review_section_is_no_review_log() -> None:
    # near miss: a medication log under its own heading records no reviews
    plan = _with_headings([
        "# Treatment Plan",
        "Patient: Evander Quill-Ashworth",
        "Plan date: 11/10/2025",
        "# Medication changes",
        [["Date", "Action", "By"], ["06/16/2025", "Dose review completed, increased to 90 mg", "H. Baek, MD"]],
    ])
    assert plan.reviews == []
