"""DOCX, lead's fixes of 2026-11-24 after round 28: a label without a colon before a row of check boxes.

"Level of care  ☐ Intensive Inpatient   ☒ Residential Level 2   ☐ Outpatient" names the ticked option, not the first
one; near misses: no box ticked states nothing, and a labelled row ("Level of care: ☐ ... ☒ ...") reads as before.

Each test builds a small plan with python-docx; names and wording are invented.
"""

from __future__ import annotations

import pytest
from docx_helpers import read_blocks

_TOP = ["INDIVIDUALIZED TREATMENT PLAN", "Client: Tamsin Okoro   DOB: 06/06/1992", "Admission date: 01/20/2026"]


@pytest.mark.parametrize(
    "line, level",
    [
        ("Level of care  ☐ Intensive Inpatient   ☐ Residential Level 1   ☒ Residential Level 2   ☐ Outpatient",
         "Residential Level 2"),
        ("Level of care: ☐ Intensive Inpatient   ☒ Residential Level 2   ☐ Outpatient", "Residential Level 2"),
        ("Level of care  ☐ Intensive Inpatient   ☐ Residential Level 2   ☐ Outpatient", None),
    ],
)
def test_a_row_of_check_boxes_names_the_ticked_level(line: str, level: str | None) -> None:
    assert read_blocks([*_TOP, line]).level_of_care == level


# --- a per-diem service's "1 day" under Amount ---------------------------------------------------------------------

_SERVICES_HEADER = ["Service", "Code", "Amount", "Frequency", "Staff"]


def test_one_day_under_amount_is_a_per_diem_unit_not_a_duration() -> None:
    plan = read_blocks([*_TOP, "Services", [
        _SERVICES_HEADER,
        ["Residential treatment, short term (per diem)", "H0018", "1 day", "daily", "Roxanne Pugh, CASAC"],
        ["Individual counseling", "H0004", "45 minutes", "2 times per week", "Roxanne Pugh, CASAC"],
    ]])
    residential, counseling = plan.services
    assert (residential.code, residential.units, residential.duration) == ("H0018", 1.0, None)
    assert counseling.amount is not None and counseling.amount.minutes == 45


def test_a_length_under_duration_is_still_the_services_duration() -> None:
    # near miss: "30 days" in a Duration column is how long the service runs
    plan = read_blocks([*_TOP, "Services", [
        ["Service", "Code", "Amount", "Frequency", "Duration"],
        ["Residential treatment, short term (per diem)", "H0018", "1 day", "daily", "30 days"],
    ]])
    (residential,) = plan.services
    assert residential.duration is not None and (residential.duration.value, residential.duration.unit) == (30, "day")
    assert residential.units == 1.0


# --- a goal table's objective cut over two rows by a converter -----------------------------------------------------

_GOAL_HEADER = ["GOAL", "OBJECTIVES", "TARGET DATE", "INTERVENTIONS"]
_GOAL_1 = "1. Harriet will leave home for errands without a companion by 03/08/2027."


def _objectives(rows: list[list[str]]) -> list[tuple[str | None, object]]:
    plan = read_blocks([*_TOP, "Goals", [_GOAL_HEADER, *rows]])
    return [(o.statement, o.target_date) for g in plan.goals for o in g.objectives]


def test_an_objective_cut_over_two_rows_is_one_objective() -> None:
    got = _objectives([
        [_GOAL_1, "a. Harriet will reduce her PCL-5 score from 47", "12/07/2026", "Cognitive processing therapy;"],
        [_GOAL_1, "to 30 or below.", "", "in-vivo exposure hierarchy"],
        [_GOAL_1, "b. Harriet will complete 2 errands alone each week", "01/04/2027", "weekly homework review"],
    ])
    assert [s for s, _ in got] == ["Harriet will reduce her PCL-5 score from 47 to 30 or below.",
                                   "Harriet will complete 2 errands alone each week"]


@pytest.mark.parametrize(
    "second",
    [
        ["b. harriet will walk to the mailbox daily.", "", ""],  # (a marker: an objective of its own)
        ["Harriet will walk to the mailbox daily.", "", ""],  # (a capital: a sentence of its own)
        ["to 30 or below.", "01/04/2027", ""],  # (a date of its own: a row of its own)
    ],
)
def test_rows_that_are_not_the_rest_of_the_row_above_stay_apart(second: list[str]) -> None:
    got = _objectives([
        [_GOAL_1, "a. Harriet will reduce her PCL-5 score from 47", "12/07/2026", ""],
        [_GOAL_1, *second],
    ])
    assert got[0][0] == "Harriet will reduce her PCL-5 score from 47"
    assert len(got) == 2


# --- "Goal 1" printed over "Problem: ... Goal: ... Target Date: ..." ------------------------------------------------


def test_a_goal_caption_over_a_problem_and_goal_line_is_that_goal() -> None:
    plan = read_blocks([
        *_TOP, "Problems and goals",
        "Goal 1",
        "Problem: Intrusive memories and avoidance  Goal: Patient will resume shopping without panic.  "
        "Target Date: 09/14/2026",
        "Objective 1.1: Patient will lower her PCL-5 score from 52 to below 33  Target: 08/17/2026",
        "Goal 2",
        "Problem: Nightmares 4-5 nights a week  Goal: Patient will have nightmares on no more than 1 night a week.  "
        "Target Date: 09/14/2026",
        "Objective 2.1: Patient will log nightmares on at least 6 of 7 nights  Target: 07/20/2026",
    ])
    got = [(p.statement, [(g.label, g.statement, [o.label for o in g.objectives]) for g in p.goals])
           for p in plan.problems]
    assert got == [
        ("Intrusive memories and avoidance",
         [("Goal 1", "Patient will resume shopping without panic", ["Objective 1.1"])]),
        ("Nightmares 4-5 nights a week",
         [("Goal 2", "Patient will have nightmares on no more than 1 night a week", ["Objective 2.1"])]),
    ]


def test_a_goal_with_its_own_words_is_not_taken_by_the_next_problem() -> None:
    # near miss: "Goal 1: ..." has its statement; the problem after it starts a problem of its own
    plan = read_blocks([
        *_TOP, "Problems and goals",
        "Goal 1: Patient will sleep 6 hours a night by 09/14/2026.",
        "Problem: Intrusive memories  Goal: Patient will resume shopping without panic.  Target Date: 09/14/2026",
    ])
    statements = [[g.statement for g in p.goals] for p in plan.problems]
    assert statements == [["Patient will sleep 6 hours a night by 09/14/2026."],
                          ["Patient will resume shopping without panic"]]


# --- found by the metamorphic rewrites after round 28 ----------------------------------------------------------------


@pytest.mark.parametrize("date", ["09/10/2025", "September 10th, 2025", "Sept. 10, 2025", "10 September 2025"])
def test_a_target_naming_its_objective_then_a_date_is_the_date_however_written(date: str) -> None:
    plan = read_blocks([
        *_TOP, "Goals & Objectives",
        "Goal 2: Client will stay abstinent from alcohol.",
        "Objective 2.1: Client will attend 3 AA meetings a week, verified by sign-in sheets.",
        f"Target: Objective 2.1 {date}",
    ])
    (goal,) = plan.goals
    assert [(o.label, str(o.target_date)) for o in goal.objectives] == [("Objective 2.1", "2025-09-10")]


@pytest.mark.parametrize("date", ["07/10/2026.", "July 10, 2026.", "July 10th, 2026."])
def test_a_sentence_cut_before_its_date_goes_on_whichever_way_the_date_is_written(date: str) -> None:
    plan = read_blocks([
        *_TOP, "Goals",
        "Goal 1: Client will attend at least 3 mutual-support meetings a week for 4 weeks by",
        date,
    ])
    (goal,) = plan.goals
    assert str(goal.target_date) == "2026-07-10"


_GRID = ["No.\tGoal / objective\tTarget",
         "1\tGOAL: Abel will build a sober support network.\t",
         "1a\tAbel will attend at least 3 mutual-support meetings a week, verified by sheets.\t07/20/2026",
         "1b\tAbel will list 2 sober supports with phone numbers on the relapse plan.\t06/29/2026",
         "\tStrategies: Recovery support group, 2x/week; peer recovery coaching,\t",
         "\t1x/week, 30 minutes\t",
         "2\tGOAL: Abel will stay on medication for opioid use disorder.\t",
         "2a\tAbel will take the daily methadone dose on at least 26 of 28 days.\t08/03/2026"]


@pytest.mark.parametrize("blank_after", [(), (2, 3, 4), (1, 2, 3, 4, 5, 6, 7)])
def test_empty_lines_between_rows_of_a_tabbed_goal_grid_change_nothing(blank_after: tuple[int, ...]) -> None:
    lines: list[str] = []
    for k, line in enumerate(_GRID):
        lines.append(line)
        if k in blank_after:
            lines.append("")
    plan = read_blocks([*_TOP, "PLAN", *lines])
    got = [(g.statement, [o.label for o in g.objectives]) for g in plan.goals]
    assert got == [("Abel will build a sober support network.", ["1a", "1b"]),
                   ("Abel will stay on medication for opioid use disorder.", ["2a"])]


# --- a plan pasted after an intake note --------------------------------------------------------------------------

_INTAKE = ["NORTHGATE BEHAVIORAL HEALTH CLINIC", "Comprehensive Intake Assessment",
           "Chief complaint: low mood and worry.",
           "Diagnostic impression: F33.1 Major depressive disorder, recurrent, moderate.",
           "Recommendations: Outpatient psychotherapy; treatment plan to be completed within 30 days.",
           "Owen Thibodeaux, LCSW   05/11/2026"]
_PLAN = ["TREATMENT PLAN", "Client: Keisha Lamberton    DOB 03/15/1970",
         "Treatment plan date: 06/01/2026",
         "Services: individual psychotherapy, CPT 90834, 45 minutes, once a week",
         "Signatures", "Clinician: Owen Thibodeaux, LCSW    Date: 06/01/2026"]


def test_the_sign_off_of_an_intake_note_filed_before_the_plan_is_not_the_plans() -> None:
    plan = read_blocks([*_INTAKE, *_PLAN])
    assert [(s.name, str(s.date)) for s in plan.signatures] == [("Owen Thibodeaux", "2026-06-01")]


def test_a_signature_under_an_assessment_section_stays_when_no_plan_title_follows() -> None:
    # near miss: the intake alone (no plan title after it) keeps its sign-off
    plan = read_blocks([*_INTAKE[:-1], "Signed: Owen Thibodeaux, LCSW   05/11/2026"])
    assert [s.name for s in plan.signatures] == ["Owen Thibodeaux"]


def test_an_assessment_and_plan_document_keeps_its_signatures() -> None:
    # near miss: the first title names the plan too ("Assessment and Treatment Plan"): one document, signed twice
    plan = read_blocks(["Assessment and Treatment Plan", *_INTAKE[2:-1], "Signed: Owen Thibodeaux, LCSW   05/11/2026",
                        *_PLAN[1:]])
    assert sorted(str(s.date) for s in plan.signatures) == ["2026-05-11", "2026-06-01"]


# --- a goal table's caption as OCR left it ---------------------------------------------------------------------------


@pytest.mark.parametrize("target", ["07/27/2026", "July 27, 2026"])
def test_an_ocr_caption_goa1_is_the_goal_column(target: str) -> None:
    plan = read_blocks([*_TOP, "Treatment goals", [
        ["#", "Domain", "Goa1", "Base1ine", "Mastery criteria", "Target"],
        ["1", "Behavior reduction", "Mateo will reduce elopement to 1 or fewer per day.", "6 per day",
         "1 or fewer per day for 4 consecutive weeks", target],
    ]])
    (goal,) = plan.goals
    assert (goal.statement, goal.baseline, str(goal.target_date)) == (
        "Mateo will reduce elopement to 1 or fewer per day.", "6 per day", "2026-07-27")


@pytest.mark.parametrize("caption", ["Obj 1", "Step 5", "97153", "F41.1"])
def test_numbers_that_are_numbers_are_not_read_as_letters(caption: str) -> None:
    from authcheck.readers.docx.tables import column_role

    assert column_role(caption) is None
