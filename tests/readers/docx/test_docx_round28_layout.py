"""DOCX, round 28 (layout of converted and exported documents).

- Run-on labels of an EHR's "print to Word" ("Frequency:2x/weekDuration:8 weeks", "Patient:LEE, ANNADOB:...",
  "Medicare ID:Sex:F") are spread into label/value segments; near misses: a line with its spaces, a lone glued
  colon, clock times and ratios are read as written.
- A tabbed line whose cells wrap onto the next line (a PDF converter's table) is joined column by column; near miss:
  a line that fills every column is a row of its own.
- A sentence's last words "by 04/20/2026." on a line of their own go on with the sentence; near miss: "target dt
  8/1/26" still opens a line of its own.
- A sentence cut by a page's end (page break, empty lines) is joined when the line before left a word hanging; near
  miss: a closed sentence before the page break.
- "... induction completed" over "06/17/2026. ..." is one sentence; near miss: a short "Date reviewed" over a date.
- A web form's bracketed field names ("[ClientFullName]", "[MemberID_MBI]", "[Dx_Other_1]") are read as labels;
  near misses: "[X]", "[sic]".
- An order record printed with its service last ("Discipline: SN  Frequency: PRN  ...  Orders: ...") gives the
  quantities to that service; near miss: a line with the service first, as before.
- "Hrs/Wk" is the hours per week; near miss: "Hrs/Mo" is not.

Each test builds a small plan with python-docx; names and wording are invented.
"""

from __future__ import annotations

import io

import docx
import pytest
from docx.enum.text import WD_BREAK
from docx_helpers import read_blocks

from authcheck.readers.docx.label_split import spread_run_on_labels
from authcheck.readers.docx.labels import date_label_key, field_key, form_field_label
from authcheck.readers.docx.reader import DocxReader
from authcheck.readers.docx.unwrap import _joins


@pytest.mark.parametrize(
    "line, spread",
    [
        ("Frequency:WeeklyDuration:6 monthsProvider:Jo Lee, PsyD",
         "Frequency: Weekly  Duration: 6 months  Provider: Jo Lee, PsyD"),
        ("Patient:LEE, ANNADOB:04/27/1949Sex:FMRN:00482913Medicare ID:Secondary Ins:Language:English",
         "Patient: LEE, ANNA  DOB: 04/27/1949  Sex: F  MRN: 00482913  Medicare ID:  Secondary Ins:  Language: English"),
        ("Evaluation Date:03/02/2026Start of Care:03/02/2026Certification Through:05/29/2026",
         "Evaluation Date: 03/02/2026  Start of Care: 03/02/2026  Certification Through: 05/29/2026"),
        ("Discipline:SNFrequency:PRNDuration:cert periodOrders:Catheter problems",
         "Discipline: SN  Frequency: PRN  Duration: cert period  Orders: Catheter problems"),
        ("Attending:Mara Quist, DONPI:1234567893Phone:(555) 010-2000",
         "Attending: Mara Quist, DO  NPI: 1234567893  Phone: (555) 010-2000"),
        ("Goal:Patient will shop without panic.Target Date:09/14/2026",
         "Goal: Patient will shop without panic.  Target Date: 09/14/2026"),
    ],
)
def test_run_on_labels_are_spread(line: str, spread: str) -> None:
    assert spread_run_on_labels(line) == spread


@pytest.mark.parametrize(
    "line",
    [
        "Client Name: Ana Ruiz  DOB: 04/27/1972",  # spaces already there
        "Note:see chart at 10:30, ratio 1:1",  # a lone glued colon, a clock time, a ratio
        "Printed 06/01/2026 08:14 by FRONTDESK2   Encounter: OP-BH",
        "Portal: https://example.org/plan Status: final",
    ],
)
def test_lines_that_are_not_run_on_are_read_as_written(line: str) -> None:
    assert spread_run_on_labels(line) == line


def test_run_on_ehr_print_is_read_field_by_field() -> None:
    plan = read_blocks([
        "Occupational Therapy Plan of Care",
        "Patient:LEE, ANNADOB:04/27/1949Medicare ID:Sex:F",
        "Plan Date:03/02/2026Start of Care:03/02/2026",
        "Treatment Plan",
        "Frequency:2x/weekDuration:8 weeksInterventions:97110 ther ex; 97530 ther activities",
    ])
    assert plan.patient.name == "LEE, ANNA"
    assert str(plan.patient.birth_date) == "1949-04-27"
    assert plan.patient.member_id is None  # the label printed empty stays empty: the gap is still reported
    assert str(plan.plan_date) == "2026-03-02" and str(plan.first_treatment_date) == "2026-03-02"
    assert plan.expected_duration is not None and plan.expected_duration.text == "8 weeks"
    assert [s.frequency.text for s in plan.services if s.frequency] == ["2x/week"]


def test_an_empty_run_on_label_next_to_a_filled_one() -> None:
    plan = read_blocks(["Plan of Care", "Patient:LEE, ANNADOB:04/27/1949Medicare ID:1EG4TE5MK73Sex:F"])
    assert plan.patient.member_id == "1EG4TE5MK73"


def test_tabbed_rows_wrapped_in_their_columns_are_joined() -> None:
    plan = read_blocks([
        "Treatment Plan", "Services",
        "Service\tCPT\tSession\tFrequency", "\t\tlength\t",
        "Individual\t90837\t53-60\tOnce a", "psychotherapy\t\tminutes\tweek",
        "Family psychotherapy\t90847\t50 minutes\tMonthly",  # fills every column: a row of its own
    ])
    rows = [(s.description, s.code, s.amount and s.amount.text, s.frequency and s.frequency.text) for s in plan.services]
    assert rows == [
        ("Individual psychotherapy", "90837", "53-60 minutes", "Once a week"),
        ("Family psychotherapy", "90847", "50 minutes", "Monthly"),
    ]


def test_a_tabbed_row_whose_cells_do_not_go_on_is_not_joined() -> None:
    plan = read_blocks([
        "Treatment Plan", "Services",
        "Service\tCPT\tSession length\tFrequency",
        "Individual psychotherapy\t90834\t45 minutes\tWeekly",
        "Group therapy\t\t90 minutes\tWeekly",  # an empty code cell, but a new record (capitalised)
    ])
    assert [s.description for s in plan.services] == ["Individual psychotherapy", "Group therapy"]


def test_by_and_a_date_on_its_own_line_ends_the_sentence() -> None:
    head = "5 nights a week for 3 consecutive weeks, as recorded in her sleep diary,"
    assert _joins(head, "by 04/20/2026.", None)
    # near miss: a date's label in lower case after a closed line still opens a line of its own
    assert not _joins("Lee will walk 20 minutes on 5 days a week per his log", "target dt 8/1/26", None)


def _paged(before: list[str], after: list[str]) -> bytes:
    document = docx.Document()
    for text in before:
        document.add_paragraph(text)
    document.add_paragraph("")
    document.add_paragraph("Page 1 of 2")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("")
    for text in after:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_sentence_cut_by_a_page_end_is_joined() -> None:
    data = _paged(
        ["Treatment Plan", "Problem 1: Anxiety", "Goal 1: Lee will manage anxiety without using substances.",
         "Obj. 1a: Lee will lower the GAD-7 score from 15 to 9 or less by"],
        ["07/13/2026.", "Obj. 1b: Lee will practice a relaxation skill daily on 5 of 7 days by 07/06/2026."],
    )
    plan = DocxReader().read(data, "test.docx")
    objectives = [o for g in plan.goals for o in g.objectives]
    assert [str(o.target_date) for o in objectives] == ["2026-07-13", "2026-07-06"]


def test_a_closed_sentence_before_a_page_end_is_not_joined() -> None:
    data = _paged(
        ["Treatment Plan", "Problem 1: Anxiety", "Goal 1: Lee will manage anxiety without using substances.",
         "Obj. 1a: Lee will lower the GAD-7 score from 15 to 9 or less."],
        ["07/13/2026.", "Obj. 1b: Lee will practice a relaxation skill daily on 5 of 7 days by 07/06/2026."],
    )
    plan = DocxReader().read(data, "test.docx")
    objectives = [o for g in plan.goals for o in g.objectives]
    assert objectives[0].target_date is None  # the objective's gap (no date) is still there


def test_a_done_act_and_its_date_on_the_next_line_are_one_sentence() -> None:
    assert _joins("Reviewed with the treatment team. Buprenorphine induction completed",
                  "06/17/2026. Reviewing physician: Ada Brandt, MD.", None)
    assert not _joins("Date reviewed", "06/17/2026", None)  # a short label over its value
    assert not _joins("Reviewed with the treatment team. Induction was completed.", "06/17/2026", None)


@pytest.mark.parametrize(
    "name, label, key",
    [
        ("[ClientFullName]", "Client Full Name", "patient.name"),
        ("[MemberID_MBI]", "Member ID (MBI)", "patient.member_id"),
        ("[PrimaryDx_ICD10]", "Primary Dx (ICD10)", "diagnosis.primary"),
        ("[Dx_Primary]", "Primary Dx", "diagnosis.primary"),
        ("[InterventionsText]", "Interventions", "interventions"),
        ("[Patient_Name]", "Patient Name", "patient.name"),
        ("[Frequency]", "Frequency", "frequency"),
    ],
)
def test_bracketed_form_field_names_are_labels(name: str, label: str, key: str) -> None:
    assert form_field_label(name) == label
    assert field_key(label) == key


@pytest.mark.parametrize("name", ["[X]", "[ ]", "[sic]", "[illegible]", "Client name"])
def test_brackets_that_are_no_field_name(name: str) -> None:
    assert form_field_label(name) is None


def test_a_web_form_copy_is_read_by_its_field_names() -> None:
    plan = read_blocks([
        "Plan of Care",
        [["[ClientFullName]", "Ana Ruiz"], ["[MemberID_MBI]", "1EG4TE5MK73"],
         ["[Dx_Primary]", "F41.1 Generalized anxiety disorder"],
         ["[Dx_Other_1]", "F32.1 Major depressive disorder, single episode, moderate"]],
        "[Frequency] ☒ Weekly ☐ Monthly",
    ])
    assert plan.patient.name == "Ana Ruiz" and plan.patient.member_id == "1EG4TE5MK73"
    assert [(d.code, d.primary) for d in plan.diagnoses] == [("F41.1", True), ("F32.1", False)]
    assert [s.frequency.text for s in plan.services if s.frequency] == ["Weekly"]


def test_brackets_that_are_no_field_name_give_no_fields() -> None:
    plan = read_blocks(["Plan of Care", [["[X]", "Ana Ruiz"], ["[sic]", "1EG4TE5MK73"]]])
    assert plan.patient.name is None and plan.patient.member_id is None


def test_an_order_record_with_its_service_last() -> None:
    plan = read_blocks([
        "Plan of Care", "Orders",
        "Discipline: SN  Frequency: 1w8  Duration: 8 weeks  Orders: Assess GU status",
        "Discipline: SN  Frequency: PRN  Duration: cert period  Orders: Catheter problems",
        "Discipline: HHA  Frequency: 2w8  Duration: 8 weeks  Orders: Personal care",
    ])
    rows = [(s.description, s.frequency and s.frequency.text) for s in plan.services]
    assert rows == [("Assess GU status", "1w8"), ("Catheter problems", "PRN"), ("Personal care", "2w8")]


def test_an_order_record_with_its_service_first_as_before() -> None:
    plan = read_blocks([
        "Plan of Care", "Orders",
        "Orders: Catheter care  Frequency: PRN  Duration: cert period",
        "Orders: Personal care  Frequency: 2w8  Duration: 8 weeks",
    ])
    rows = [(s.description, s.frequency and s.frequency.text) for s in plan.services]
    assert rows == [("Catheter care", "PRN"), ("Personal care", "2w8")]


def test_hours_per_week_by_its_short_caption() -> None:
    plan = read_blocks(["ABA Treatment Plan", "Services Requested", "CPT:97153Description:Direct ABA by RBTHrs/Wk:15"])
    assert [(s.code, s.hours_per_week) for s in plan.services] == [("97153", 15.0)]
    assert field_key("Hrs/Mo") != "hours_per_week"  # hours a month are no weekly hours


def test_initials_in_a_credential_are_no_run_on_label() -> None:
    line = "SLP signature: Hannah Liu, M.S., CCC-SLP    Date: Dec 3, 2025"
    assert spread_run_on_labels(line) == line


def test_a_dated_fact_ending_a_line_takes_the_date_on_the_next() -> None:
    assert _joins("Plan 05/04/2026; authorization 05/11/2026 - 11/10/2026; next review", "10/26/2026", None)
    # near miss: a sentence that merely ends on the word, the next line a sentence of its own
    assert not _joins("Client attends group on Mondays and sees the psychiatrist for review",
                      "10/26/2026 session was cancelled", None)


def test_a_review_said_as_a_sentence_is_the_next_review() -> None:
    plan = read_blocks(["Treatment Plan", "Plan date: 01/12/2026", "This plan will be reviewed by: April 12, 2026"])
    assert [str(r.date) for r in plan.reviews if not r.completed] == ["2026-04-12"]
    assert str(plan.plan_date) == "2026-01-12"
    assert date_label_key("This plan will be reviewed by") == "review"
    # near miss: the plan's own date, written in words, is still the plan's date
    assert date_label_key("Plan written") == "plan_date"


@pytest.mark.parametrize(
    "line",
    [
        "MEDICAID #: RL55031P               ADMIT DATE: 07-13-2026",  # a label in capitals of its own
        "Therapist: /s/ Renata Fuentes, PsyD (NPI 1772045195) Date: 12/03/2025",  # a credential's capital
        "Clinician: Linda Nguyen, PsyD. Clinician NPI: 1593990306.",
        "Client: Ruth McAllister Date: 03/04/2026",  # a capital inside a name
        "Youth: Okafor, DeShawn Date signed: 02/11/2026",
    ],
)
def test_labels_in_capitals_and_credentials_are_not_cut(line: str) -> None:
    assert spread_run_on_labels(line) == line
