"""Layout, labels and plan-level facts (round 31): a name box that spells out the order of the name ("1. PATIENT'S
LAST NAME, FIRST NAME, M.I."), a request form's "Requested start / Requested end", typed rule lines between the
blocks of an EHR export, a SMART goal table whose "Goal" column only numbers the rows, and a clinician's letter that
states the diagnosis code first ("Her diagnosis is F41.0 Panic disorder") and the treatment in a sentence of its own
("I will see her for individual cognitive-behavioral therapy once a week"). Each document is built here in wordings
of its own; each rule has a near miss that must still be read as before."""

from __future__ import annotations

import datetime as dt

import pytest
from docx_helpers import add_table, read_blocks, read_document

from authcheck.readers.docx.labels import field_key

# --- a name box that spells out the name's order ----------------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    [
        "1. PATIENT'S LAST NAME, FIRST NAME, M.I.",
        "Client last name, first name",
        "Member Last/First/MI",
        "Beneficiary first name, last name",
        "LAST NAME, FIRST NAME, MIDDLE INITIAL",
    ],
)
def test_name_box_with_name_order_names_the_client(label: str) -> None:
    assert field_key(label) == "patient.name"


@pytest.mark.parametrize(
    "label",
    [
        # near misses: someone else's name in the same shape, and the labels as before
        "Referring physician last name, first name",
        "Father's last name, first name",
    ],
)
def test_name_order_of_someone_else_is_not_the_client(label: str) -> None:
    assert field_key(label) != "patient.name"


def test_name_order_box_in_a_caption_table_gives_the_client() -> None:
    plan = read_blocks([
        "PLAN OF TREATMENT FOR OUTPATIENT REHABILITATION",
        [
            ["1. PATIENT'S LAST NAME, FIRST NAME, M.I.\nHalvorsen, Greta M.", "2. PROVIDER NAME\nRiverside Therapy",
             "3. MEDICARE NO.\n3QW7-HT2-KP55"],
            ["4. DATE OF BIRTH\n11/02/1944", "5. ONSET DATE\n01/20/2026", "6. SOC DATE\n02/02/2026"],
        ],
    ])
    assert plan.patient.name == "Halvorsen, Greta M."
    assert plan.patient.birth_date == dt.date(1944, 11, 2)


# --- a request form's requested start and end -------------------------------------------------------------------


def test_requested_start_and_end_give_the_period() -> None:
    plan = read_blocks([
        "PRIOR AUTHORIZATION REQUEST",
        "Request type: continuation",
        "Requested start: 03/01/2026    Requested end: 02/28/2027",
    ])
    assert plan.period is not None
    assert (plan.period.start, plan.period.end) == (dt.date(2026, 3, 1), dt.date(2027, 2, 28))


def test_requested_units_are_no_period() -> None:
    # near miss: "Requested" before another fact is not a date of the period
    assert field_key("Requested units") not in ("period.start", "period.end")
    assert field_key("Requested service") not in ("period.start", "period.end")


# --- typed rule lines in an EHR export ---------------------------------------------------------------------------


def test_rule_lines_after_services_are_no_services() -> None:
    plan = read_blocks([
        "TREATMENT PLAN",
        "SERVICES REQUESTED",
        "97153  Adaptive behavior treatment by protocol ..... 15 hours per week",
        "97155  Protocol modification (BCBA) ..... 2 hours per week",
        "==============================================",
        "Electronically signed by Mira Kaplan, BCBA on 03/02/2026",
        "- - - - - - - - - - - - - - - - - - -",
    ])
    assert [s.code for s in plan.services] == ["97153", "97155"]
    assert all(s.description and any(c.isalpha() for c in s.description) for s in plan.services)


def test_a_service_line_with_dashes_is_still_read() -> None:
    # near miss: a line with dashes and words is content
    plan = read_blocks([
        "TREATMENT PLAN",
        "SERVICES REQUESTED",
        "97153 -- Adaptive behavior treatment by protocol -- 12 hours per week",
    ])
    assert [s.code for s in plan.services] == ["97153"]
    assert plan.services[0].hours_per_week == 12


# --- a SMART goal table whose "Goal" column only numbers the rows ------------------------------------------------


def test_smart_table_numbered_goal_column_reads_the_specific_column() -> None:
    plan = read_blocks([
        "Psychotherapy Plan",
        "Goals",
        [
            ["Goal", "Specific", "Measure", "Target", "By when"],
            ["1", "Sleep through the night without waking", "Sleep diary", "5 of 7 nights", "05/01/2026"],
            ["2", "Return to part-time work", "Hours worked", "20 hours per week", "07/01/2026"],
        ],
    ])
    goals = [g for p in plan.problems for g in p.goals]
    assert [g.statement for g in goals] == ["Sleep through the night without waking", "Return to part-time work"]
    assert goals[0].target_date == dt.date(2026, 5, 1)
    assert goals[1].measure == "Hours worked"


def test_goal_column_of_sentences_stays_the_goal() -> None:
    # near miss: the "Goal" column holds the goals; a column of notes beside it is not the statement
    plan = read_blocks([
        "Psychotherapy Plan",
        "Goals",
        [
            ["Goal", "Notes", "Target date"],
            ["Client will sleep 7 hours on 5 of 7 nights", "client chose this goal", "05/01/2026"],
        ],
    ])
    goals = [g for p in plan.problems for g in p.goals]
    assert [g.statement for g in goals] == ["Client will sleep 7 hours on 5 of 7 nights"]


# --- a clinician's letter ----------------------------------------------------------------------------------------

_LETTER_OPENING = [
    "March 3, 2026",
    "Dear Dr. Whitfield,",
]


def test_letter_diagnosis_code_first_after_diagnosis_is() -> None:
    plan = read_blocks([
        *_LETTER_OPENING,
        "Thank you for referring Mr. Castellano, whom I saw on February 24, 2026. He reports daily worry. "
        "His diagnosis is F41.1 Generalized anxiety disorder; his thyroid tests were normal.",
    ])
    assert [(d.code, d.description) for d in plan.diagnoses] == [("F41.1", "Generalized anxiety disorder")]


def test_letter_code_without_a_diagnostic_phrase_is_no_diagnosis() -> None:
    # near miss: a code named in passing, with no "diagnosis is" before it, is not read as the diagnosis here
    plan = read_blocks([
        *_LETTER_OPENING,
        "Thank you for referring Mr. Castellano. Your note lists F41.1 Generalized anxiety disorder from 2019; "
        "he has not been seen since.",
    ])
    assert plan.diagnoses == []


def test_letter_treatment_sentence_is_an_intervention_with_its_frequency() -> None:
    plan = read_blocks([
        *_LETTER_OPENING,
        "I will see him for individual psychotherapy focused on worry exposure twice a month, and I expect "
        "treatment to last about 12 weeks.",
    ])
    assert len(plan.interventions) == 1
    intervention = plan.interventions[0]
    assert intervention.frequency is not None and intervention.frequency.count == 2
    assert intervention.frequency.per == "month"
    assert intervention.amount is None  # no session length is stated: the amount gap stays visible


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: no frequency, someone else's treatment, or the client's own step
        "I will see him for individual psychotherapy.",
        "He was seen for individual psychotherapy once a week in 2019 by another clinician.",
        "He will attend a support group once a week.",
    ],
)
def test_letter_sentences_that_state_no_planned_treatment_make_no_intervention(sentence: str) -> None:
    plan = read_blocks([*_LETTER_OPENING, sentence])
    assert plan.interventions == []
    assert plan.services == []


# --- a case management plan's dated action steps -----------------------------------------------------------------


def test_client_action_steps_with_dates_are_the_goals_objectives() -> None:
    plan = read_blocks([
        "Individual Service Plan",
        "Service plan date: March 2, 2026",
        "Goals and Action Steps",
        "Need 1 - Employment",
        "Goal: Marco will find part-time work.",
        "Action step: Marco will send 5 job applications with the job coach by 03/20/2026.",
        "Action Step 2: Marco will attend 2 interviews by April 30, 2026.",
    ])
    goals = [g for p in plan.problems for g in p.goals]
    assert len(goals) == 1
    assert [o.target_date for o in goals[0].objectives] == [dt.date(2026, 3, 20), dt.date(2026, 4, 30)]


@pytest.mark.parametrize(
    "step",
    [
        # near misses: the staff's action, and a step with no date of its own, stay as before (no objective)
        "Action step: Case manager will call the landlord by 03/20/2026.",
        "Action step: Marco will attend the job club.",
    ],
)
def test_staff_or_undated_action_steps_are_no_objectives(step: str) -> None:
    plan = read_blocks([
        "Individual Service Plan",
        "Goals and Action Steps",
        "Goal: Marco will find part-time work.",
        step,
    ])
    goals = [g for p in plan.problems for g in p.goals]
    assert all(not g.objectives for g in goals)


# --- an unheaded two-level outline of the client's "will" statements ---------------------------------------------

_OUTLINE = [
    "1. Dmitri will stop drinking alcohol.",
    "   1.1 Dmitri will give 4 consecutive negative breath tests by 06/30/2026.",
    "2. Dmitri will return to work.",
    "   2.1 Dmitri will work 20 hours per week by 08/31/2026.",
    "3. Dmitri will repair his relationship with his daughter.",
]


def test_unheaded_numbered_client_statements_are_goals_with_objectives() -> None:
    plan = read_blocks([
        "Treatment Plan",
        "Patient: Dmitri Volkov | DOB 01/05/1979 | Admission 04/01/2026",
        "Diagnosis: F10.20 Alcohol dependence, uncomplicated",
        *_OUTLINE,
        "Services: individual counseling 2 times per month, 50 minutes.",
    ])
    goals = [g for p in plan.problems for g in p.goals]
    assert [len(g.objectives) for g in goals] == [1, 1, 0]
    assert goals[0].objectives[0].target_date == dt.date(2026, 6, 30)
    assert plan.diagnoses and plan.diagnoses[0].code == "F10.20"


@pytest.mark.parametrize(
    "first",
    [
        # near misses: the writer's or the staff's promises, and the client told something, are no goals
        "1. I will attend all scheduled sessions or call 24 hours ahead.",
        "1. Staff will review the program rules with the client.",
        "1. Client will be informed of the grievance procedure.",
    ],
)
def test_numbered_lists_that_are_not_client_aims_make_no_goals(first: str) -> None:
    plan = read_blocks(["Treatment Agreement", "Patient: Dmitri Volkov", first, "2. Fees are due at each visit."])
    assert [g for p in plan.problems for g in p.goals] == []


# --- a two-column form: who made the diagnosis on the cell's second line, and a row of two sign-offs -------------


def test_diagnosed_by_line_in_a_diagnosis_cell_fills_the_diagnosis() -> None:
    plan = read_blocks([
        "ABA TREATMENT PLAN",
        [
            ["Client name", "Luca Brandt"],
            ["Diagnosis", "F84.0 Autism spectrum disorder, Level 2 (primary)\n"
                          "Diagnosed 03/14/2024 by Ines Farrow, PhD, licensed psychologist"],
        ],
    ])
    assert [d.code for d in plan.diagnoses] == ["F84.0"]
    assert plan.diagnoses[0].diagnosed_on == dt.date(2024, 3, 14)
    assert plan.diagnoses[0].diagnosed_by is not None and plan.diagnoses[0].diagnosed_by.startswith("Ines Farrow")


def test_second_coded_line_in_a_diagnosis_cell_is_still_a_diagnosis() -> None:
    # near miss: a second line with a code of its own is another diagnosis, not who made the first
    plan = read_blocks([
        "ABA TREATMENT PLAN",
        [
            ["Client name", "Luca Brandt"],
            ["Diagnosis", "F84.0 Autism spectrum disorder (primary)\nF80.2 Mixed receptive-expressive language disorder"],
        ],
    ])
    assert [d.code for d in plan.diagnoses] == ["F84.0", "F80.2"]
    assert plan.diagnoses[0].diagnosed_by is None


def test_row_of_two_signer_cells_gives_two_signatures() -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("ABA TREATMENT PLAN")
    table = add_table(document, [
        ["Client name", "Luca Brandt"],
        ["Plan date", "05/04/2026"],
        ["SIGNATURES", ""],
        ["BCBA: Tomas Reyes, MS, BCBA\nSigned electronically 05/04/2026",
         "Parent/Guardian: Anke Brandt (mother)\nSigned 05/06/2026"],
    ])
    table.cell(2, 0).merge(table.cell(2, 1))  # the title row across the form
    plan = read_document(document)
    signers = {(s.role, s.name, s.date) for s in plan.signatures}
    assert ("clinician", "Tomas Reyes", dt.date(2026, 5, 4)) in signers
    assert ("guardian", "Anke Brandt", dt.date(2026, 5, 6)) in signers


def test_caption_cell_over_a_signer_name_stays_a_caption() -> None:
    # near miss: a bare role caption beside the signer's lines is still read as caption and value
    plan = read_blocks([
        "ABA TREATMENT PLAN",
        [
            ["Client name", "Luca Brandt"],
            ["Parent/Guardian", "Anke Brandt (mother)\nSigned 05/06/2026"],
        ],
    ])
    assert [(s.role, s.name, s.date) for s in plan.signatures] == [("guardian", "Anke Brandt", dt.date(2026, 5, 6))]
