"""Faxed and OCR'd plans, and plans typed in clinician shorthand (round 30): the fax machine's transmission line on
every page and the receiver's RECEIVED stamp (the date of sending, not a date of the plan), labels read through OCR
slips ("P1an Dale"), shorthand headings ("Meds", "Func/Activity", "Prob #1") and an order line that holds a section
word ("SN 2w4 for medications teaching"). Each document is built here in wordings of its own; each rule has a near
miss that must still be read as before."""

from __future__ import annotations

import datetime as dt

import pytest
from docx_helpers import read_blocks

from authcheck.readers.docx.labels import element_label, field_key, subfield_key
from authcheck.readers.phrases.ocr import ocr_fold
from authcheck.readers.docx.page_repeats import is_fax_stamp
from authcheck.readers.docx.sections import match_section

_GOALS = [
    "Goals",
    "1) Patient will walk 200 feet with a cane independently within 6 weeks.",
    "Orders",
    "PT 2w6 for gait training and balance.",
]


# --- the fax machine's transmission line -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "FROM: 555-0133   TO: UTILIZATION REVIEW 555-0187   02/18/2026 10:05   PAGE 1/2",
        "02/09/2026 08:20  239-555-0184  >> 850-555-0145   P.01/02",
        "RightFax   03/27/2026 11:11   From: Harbor Clinic   To: 512-555-0108   Page 1 of 2",
        "Feb 18 2026 10:05AM  HP LASERJET FAX  5550133  p.2",
        "MAR-04-2026 14:51  FROM:NORTHSIDE REHAB  5550199  TO:5550122  P.003/004",
        "RECEIVED FEB 19 2026",
        "Rec'd 2/19/26 10:14 AM",
        "RECEIVED BY UR DEPT  MAR 04 2026",
    ],
)
def test_fax_lines_and_received_stamps_are_recognised(line: str) -> None:
    assert is_fax_stamp(line)


@pytest.mark.parametrize(
    "line",
    [
        # near misses: a plan's own lines with a time, a page or a date
        "Session 1 at 10:00, see page 2 for the home program",
        "Next review: 04/25/2026",
        "Sessions 10:00-10:50 on Tuesdays from 03/02/2026",
        "Referral received from Dr. Osei on 02/10/2026 with MBSS report",
        "Date HHA Received Signed POT: 03/03/2026",
        "Frequency: 2x/week. Duration: 10 weeks (20 sessions).",
        "Certification Period: From: 02/23/2026  To: 04/23/2026",
        # an EHR print's banner holds the client's identifiers: it is read, not dropped
        "MBI: 6TN2-GE8-QK05 • Acct 448812 • Printed 04/01/2026 10:02 by frontdesk2 • Page 1 of 2",
        "Patient: Ines Valcourt   DOB: 01/02/1950   03/03/2026 16:22   Page 1 of 2",
    ],
)
def test_plan_lines_with_times_pages_or_received_are_no_fax_lines(line: str) -> None:
    assert not is_fax_stamp(line)


def test_fax_transmission_date_is_no_period_end() -> None:
    plan = read_blocks([
        "FROM: 555-0141   TO: UTILIZATION REVIEW 555-0162   03/03/2026 16:22   PAGE 1/2",
        "Northgate Outpatient Rehab",
        "PT Plan of Care",
        "RECEIVED MAR 04 2026",
        "Patient: Ines Valcourt",
        "Plan of care date: 02/02/2026",
        *_GOALS,
        "",
        "FROM: 555-0141   TO: UTILIZATION REVIEW 555-0162   03/03/2026 16:22   PAGE 2/2",
        "Physician certification",
        "Theo Lindqvist, MD   Date: 02/05/2026",
    ])
    assert plan.plan_date == dt.date(2026, 2, 2)
    assert plan.period is None or plan.period.end != dt.date(2026, 3, 3)
    assert all(r.date != dt.date(2026, 3, 4) for r in plan.reviews)


def test_period_beside_a_fax_line_is_still_read() -> None:
    # near miss: the plan's own "From: ... To: ..." period is read as before, the fax line's date is not
    plan = read_blocks([
        "FROM: 555-0141   TO: UTILIZATION REVIEW 555-0162   03/03/2026 16:22   PAGE 1/2",
        "HOME HEALTH CERTIFICATION AND PLAN OF CARE",
        "Patient: Ines Valcourt",
        "3. Certification Period: From: 02/23/2026  To: 04/23/2026",
        *_GOALS,
    ])
    assert plan.period is not None
    assert (plan.period.start, plan.period.end) == (dt.date(2026, 2, 23), dt.date(2026, 4, 23))


def test_a_to_label_of_the_plan_still_ends_its_period() -> None:
    # near miss: "To:" with a date and no fax marks is the period's end, as before
    plan = read_blocks([
        "Treatment Plan",
        "Client: Ines Valcourt",
        "Plan period from: 01/05/2026",
        "To: 04/05/2026",
        *_GOALS,
    ])
    assert plan.period is not None and plan.period.end == dt.date(2026, 4, 5)


# --- labels read through OCR slips -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "key"),
    [("P1an Dale", "plan_date"), ("Plan dale", "plan_date"), ("Ccrtification Period", "period"),
     ("Diagnosls", "diagnosis")],
)
def test_ocr_slipped_labels_name_their_field(label: str, key: str) -> None:
    assert field_key(label) == key


@pytest.mark.parametrize("label", ["Dale", "Dale Smith", "Goal 12", "Tale", "Dole date"])
def test_short_words_and_names_are_no_ocr_labels(label: str) -> None:
    # near misses: a name or a short word is never read as the label its letters fold to
    assert field_key(label) is None


def test_ocr_fold_keeps_a_number_standing_alone() -> None:
    assert ocr_fold("goal 12") == "goal 12"
    assert ocr_fold("p1an dale") == ocr_fold("plan date")
    assert subfield_key("Targel date") == "target_date"


def test_plan_date_under_an_ocr_slipped_label_is_read() -> None:
    plan = read_blocks([
        "Individualized Treatment Plan",
        [["Client Name", "Rosalind Achebe", "P1an Dale", "03/16/2026"], ["DOB", "09/25/1956", "Therapist", "Ivo Marsh"]],
        *_GOALS,
    ])
    assert plan.plan_date == dt.date(2026, 3, 16)


def test_a_name_that_folds_like_a_label_is_no_date_label() -> None:
    # near miss: "Dale" alone (a name) before a date is not read as the plan's date label
    plan = read_blocks([
        "Individualized Treatment Plan",
        [["Client Name", "Rosalind Achebe", "Dale", "03/16/2026"]],
        *_GOALS,
    ])
    assert plan.plan_date != dt.date(2026, 3, 16)


# --- shorthand headings ------------------------------------------------------------------------------------------


def test_shorthand_headings_close_the_diagnoses() -> None:
    plan = read_blocks([
        "POC / 485",
        "Pt: Aurelio Banks | DOB: 2/26/44 | SOC: 3/9/26",
        "Dx",
        "Z47.1   aftercare following joint replacement",
        "Meds",
        "enoxaparin 40 mg subcut daily x 14 days; acetaminophen 1 g PO q8h",
        "Func/Activity",
        "amb 30' RW CGA; homebound - needs RW + assist",
        *_GOALS,
    ])
    assert [d.code for d in plan.diagnoses] == ["Z47.1"]


def test_a_diagnosis_after_the_dx_heading_is_still_read() -> None:
    # near miss: diagnoses written without a heading between them are all read
    plan = read_blocks([
        "POC / 485",
        "Pt: Aurelio Banks | DOB: 2/26/44 | SOC: 3/9/26",
        "Dx",
        "Z47.1   aftercare following joint replacement",
        "Z96.652   L TKA",
        *_GOALS,
    ])
    assert [d.code for d in plan.diagnoses] == ["Z47.1", "Z96.652"]


def test_shorthand_headings_match_sections_without_elements() -> None:
    assert match_section("Meds").key == "other"
    assert match_section("Func/Activity").key == "other"
    assert match_section("Activity").key is None  # a word alone is no heading of its own


def test_prob_with_a_number_alone_is_a_problem_label() -> None:
    found = element_label("Prob #1")
    assert found is not None and found.kind == "problem" and found.number == "1"
    assert element_label("Prob") is None  # near miss: no number
    assert element_label("Probe 1") is None


# --- an order line holding a section word ------------------------------------------------------------------------


def test_an_order_with_visits_is_no_weak_heading() -> None:
    plan = read_blocks(["Home Health Orders", "SN 2w4 for medications teaching", "PT 3w3 gait and balance"])
    assert [s.description for s in plan.services] == ["SN", "PT"]


def test_a_section_title_alone_still_opens_its_section() -> None:
    # near miss: "Medications" alone is still a heading, so its list is not read as orders
    plan = read_blocks(["Home Health Orders", "PT 3w3 gait and balance", "Medications", "furosemide 40 mg PO daily"])
    assert [s.description for s in plan.services] == ["PT"]


def test_an_ehr_print_banner_with_time_and_page_is_still_read() -> None:
    # near miss: a print's banner (client identifiers, printed date and time, page count) is read as before
    plan = read_blocks([
        "VASQUEZ-LORNE, IMOGEN",
        "MBI: 4TN2-GE8-QK15 • Acct 448812 • Printed 04/01/2026 10:02 by frontdesk2 • Page 1 of 2",
        "Treatment Plan",
        "Plan date: 03/20/2026",
        *_GOALS,
    ])
    assert plan.patient.member_id == "4TN2-GE8-QK15"
