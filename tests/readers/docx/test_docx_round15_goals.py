"""Goals and objectives, round 15: a goals grid whose one column holds problems, goals and objectives ("Problem /
Goal / Objective", rows labelled "P1", "G1", "1a"); "Recovery Goal A:" labels; captions of goal groups that give
their term and date ("SHORT TERM (4 weeks, by 03/03/2026):", "LONG TERM (8 weeks):") and a goals heading whose value
only dates the goals ("Goals — to be met by 07/06/2026"); a count per occasion of any kind as a measurable level
("4 bids per recess"); a numbered goal whose words open on its kind ("Goal 4. Caregiver goal: ..."); and goals rows
whose status closes them ("Met 03/2026 (discontinued)"), which are no current goals.

Each test builds a small plan with python-docx; names and wording are invented and differ from the blind sets.
What is not written stays empty."""

from __future__ import annotations

import datetime as dt

import pytest

from authcheck.model import TreatmentPlan
from authcheck.readers.docx.goal_phrases import closed_status, time_note_only
from authcheck.readers.docx.labels import element_label
from authcheck.readers.docx.tables import column_role
from authcheck.rules.measurability import assess
from docx_helpers import goals_of, read_blocks

# --- one column of problems, goals and objectives ----------------------------------------------------------------


@pytest.mark.parametrize(
    "header", ["Problem / Goal / Objective", "Problem/Goal/Objective", "Problems, Goals and Objectives"]
)
def test_a_column_of_problems_goals_and_objectives_holds_statements(header: str) -> None:
    assert column_role(header) == "statement"


def test_single_names_keep_their_roles() -> None:
    # near miss: a column of problems alone, or of goals alone, keeps its role
    assert column_role("Problem") == "problem"
    assert column_role("Goal") == "goal"
    assert column_role("Goal / Objective") == "statement"


def _grid(header: str, rows: list[list[str]]) -> TreatmentPlan:
    return read_blocks(
        [
            "Adult Outpatient Treatment Plan",
            "Client: Teodoro Vance",
            [["Item", header, "Target Date", "Status"], *rows],
            "Services",
            "Individual psychotherapy 90837 weekly for 6 months.",
        ]
    )


@pytest.mark.parametrize("header", ["Problem / Goal / Objective", "Problems, Goals and Objectives"])
def test_rows_labelled_p_g_and_outline_numbers(header: str) -> None:
    plan = _grid(
        header,
        [
            ["P1", "Problem: Panic attacks keep him from driving.", "", ""],
            ["G1", "Goal: Teodoro will drive again without fear.", "09/30/2026", "New"],
            ["1a", "Teodoro will cut panic attacks from 4 a week to 1 or fewer a week.", "06/30/2026", "New"],
            ["1b", "Teodoro will drive alone to the store 3 times a week.", "07/31/2026", "New"],
            ["P2", "Problem: Poor sleep.", "", ""],
            ["G2", "Goal: Teodoro will sleep through most nights.", "09/30/2026", "New"],
            ["2a", "Teodoro will sleep 6 or more hours on 5 of 7 nights, by his sleep log.", "08/15/2026", "New"],
        ],
    )
    assert [p.statement for p in plan.problems] == ["Panic attacks keep him from driving.", "Poor sleep."]
    goals = goals_of(plan)
    assert [g.statement for g in goals] == [
        "Teodoro will drive again without fear.",
        "Teodoro will sleep through most nights.",
    ]
    assert [g.target_date for g in goals] == [dt.date(2026, 9, 30)] * 2
    assert [[o.label for o in g.objectives] for g in goals] == [["1a", "1b"], ["2a"]]
    assert goals[0].objectives[0].target_date == dt.date(2026, 6, 30)
    assert goals[1].objectives[0].statement.startswith("Teodoro will sleep 6 or more hours")


def test_dotted_outline_labels_in_the_label_cell() -> None:
    plan = _grid(
        "Problem/Goal/Objective",
        [
            ["1", "Goal: Marta will return to her part-time job.", "10/01/2026", ""],
            ["1.1", "Marta will work 2 shifts a week for 4 weeks in a row.", "07/01/2026", ""],
        ],
    )
    goals = goals_of(plan)
    assert [g.statement for g in goals] == ["Marta will return to her part-time job."]
    assert [o.label for o in goals[0].objectives] == ["1.1"]


def test_a_plain_number_in_the_label_cell_is_no_objective() -> None:
    # near miss: "2" under goal 1 is the next goal, not an objective of the first
    plan = _grid(
        "Problem / Goal / Objective",
        [
            ["1", "Goal: Marta will return to her part-time job.", "10/01/2026", ""],
            ["2", "Marta will walk her dog 5 days a week.", "08/01/2026", ""],
        ],
    )
    goals = goals_of(plan)
    assert [g.statement for g in goals] == [
        "Marta will return to her part-time job.",
        "Marta will walk her dog 5 days a week.",
    ]
    assert all(not g.objectives for g in goals)


# --- "Recovery Goal A:" ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [("Recovery Goal A: Lionel will keep his apartment.", "A"), ("Rehabilitation Goal 2: Walk 300 feet.", "2")],
)
def test_recovery_and_rehabilitation_goal_labels(text: str, number: str) -> None:
    found = element_label(text)
    assert found is not None and found.kind == "goal" and found.number == number


@pytest.mark.parametrize("text", ["Recovery goals", "Recovery goal was discussed with his sister", "Recovery model"])
def test_recovery_words_that_start_no_goal(text: str) -> None:
    assert element_label(text) is None


def test_recovery_goals_with_lettered_objectives_under_a_diagnosis() -> None:
    plan = read_blocks(
        [
            "PERSON-CENTERED RECOVERY PLAN",
            "Person served: Lionel Abara",
            "Diagnosis",
            "F25.0 Schizoaffective disorder, bipolar type",
            "Recovery Goal A: Lionel will keep his own apartment.",
            "A.1  Lionel will pay rent on time 6 months in a row, by 08/31/2026.",
            "Recovery Goal B: Lionel will have more good days than bad ones.",
            "B.1  Lionel will rate his mood 6 or higher on 4 of 7 days, by 07/31/2026.",
        ]
    )
    assert [d.code for d in plan.diagnoses] == ["F25.0"]  # the goals are no diagnoses
    goals = goals_of(plan)
    assert [g.statement for g in goals] == [
        "Lionel will keep his own apartment.",
        "Lionel will have more good days than bad ones.",
    ]
    assert [g.domain for g in goals] == [None, None]  # "Recovery" names no area of the goal
    assert [[o.label for o in g.objectives] for g in goals] == [["A.1"], ["B.1"]]


# --- captions of goal groups with their term and date -----------------------------------------------------------


def _frames(plan: TreatmentPlan) -> list[tuple[str | None, dt.date | None]]:
    return [(g.time_frame, g.target_date) for g in goals_of(plan)]


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("SHORT TERM (4 weeks, by 03/03/2026):", "LONG TERM (8 weeks):"),
        ("Short-term (4 weeks; target 03/03/2026):", "Long-term (8 weeks):"),
        ("Short Range (4 weeks, by 03/03/2026)", "Long Range (8 weeks)"),
    ],
)
def test_term_captions_pass_their_frame_and_date(short: str, long: str) -> None:
    plan = read_blocks(
        [
            "Treatment Plan",
            "Client: Ines Marlow",
            "GOALS",
            short,
            "1. Ines will cut panic attacks from 4 a week to 1 a week.",
            "2. Ines will use paced breathing in 3 of 4 episodes.",
            long,
            "1. Ines will drive to work alone 5 days a week.",
            "2. Ines will score 7 or less on the GAD-7.",
            "Interventions",
            "CBT weekly, 45 minutes.",
        ]
    )
    assert [g.statement for g in goals_of(plan)][2] == "Ines will drive to work alone 5 days a week."
    assert not any(p.statement and "LONG" in p.statement.upper() for p in plan.problems)
    assert _frames(plan) == [
        (None, dt.date(2026, 3, 3)),
        (None, dt.date(2026, 3, 3)),
        ("8 weeks", None),
        ("8 weeks", None),
    ]


def test_goal_group_headings_keep_working() -> None:
    plan = read_blocks(
        [
            "Treatment Plan",
            "Goals",
            "Short-term goals (4 weeks):",
            "1. Ines will cut panic attacks from 4 a week to 1 a week.",
            "Long-term goals (8 weeks):",
            "1. Ines will drive to work alone 5 days a week.",
        ]
    )
    assert _frames(plan) == [("4 weeks", None), ("8 weeks", None)]


def test_long_term_outside_the_goals_is_no_caption() -> None:
    # near miss: "Long-term care facility:" names a place, and "Long term:" before any goals heading opens no goals
    plan = read_blocks(
        [
            "Treatment Plan",
            "Client: Ines Marlow",
            "Long-term care facility: Birchwood Manor",
            "Long term:",
            "Lives with her daughter.",
            "Goals",
            "1. Ines will walk 150 feet with a cane by 06/30/2026.",
        ]
    )
    assert [g.statement for g in goals_of(plan)] == ["Ines will walk 150 feet with a cane by 06/30/2026."]


# --- a goals heading whose value only dates the goals ------------------------------------------------------------


@pytest.mark.parametrize("note", ["to be met by 07/06/2026", "within 12 weeks", "07/06/2026", "(10 weeks)"])
def test_time_notes(note: str) -> None:
    assert time_note_only(note)


@pytest.mark.parametrize("note", ["reduce panic attacks by 07/06/2026", "walk 100 feet within 8 weeks", "PHQ-9 below 10"])
def test_statements_are_no_time_notes(note: str) -> None:
    assert not time_note_only(note)


@pytest.mark.parametrize("heading", ["Goals — to be met by 07/06/2026", "Goals: to be achieved by 07/06/2026"])
def test_dated_goals_heading_over_a_table(heading: str) -> None:
    plan = read_blocks(
        [
            "Physical Therapy Plan of Care",
            "Patient: Colm Ferris",
            heading,
            [
                ["#", "Goal", "Baseline"],
                ["1", "Left knee flexion AROM 120 degrees to climb stairs", "85 degrees"],
                ["2", "Walk 500 feet without a device", "150 feet with a cane"],
            ],
            "Plan",
            "Therapeutic exercise 97110, 2x/week for 8 weeks.",
        ]
    )
    goals = goals_of(plan)
    assert [g.label for g in goals] == ["1", "2"]  # no goal called "Goals"
    assert [g.target_date for g in goals] == [dt.date(2026, 7, 6)] * 2


def test_dated_objectives_heading_over_a_list() -> None:
    plan = read_blocks(
        [
            "Treatment Plan",
            "Goal 1: Colm will return to his bowling league.",
            "Objectives: within 8 weeks",
            "a. Colm will stand for 20 minutes without rest.",
            "b. Colm will lift a 12-pound ball from the rack 10 times.",
        ]
    )
    goals = goals_of(plan)
    assert len(goals) == 1
    assert [o.time_frame for o in goals[0].objectives] == ["within 8 weeks"] * 2


def test_a_goal_with_a_date_stays_a_goal() -> None:
    # near miss: "Goal: reduce ... by <date>" is a goal of its own, with its date
    plan = read_blocks(
        ["Treatment Plan", "Goals: Colm will reduce panic attacks to 1 a week by 07/06/2026."]
    )
    goals = goals_of(plan)
    assert [g.statement for g in goals] == ["Colm will reduce panic attacks to 1 a week by 07/06/2026."]


# --- a count per occasion of any kind --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "4 bids per recess across 5 consecutive recesses",
        "Kai will make 3 peer greetings each lunch period",
        "2 comments every circle time",
    ],
)
def test_a_count_per_occasion_is_measurable(text: str) -> None:
    assert assess(text).measurable


@pytest.mark.parametrize(
    "text", ["Kai will greet a peer each recess.", "Kai will join a game during recess.", "Phase 2 per protocol"]
)
def test_no_count_no_measure(text: str) -> None:
    assert not assess(text).measurable


# --- "Goal 4. Caregiver goal: ..." ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "domain"),
    [
        ("Goal 3. Caregiver goal: Mr. Osei will run a 10-minute play routine with praise.", "Caregiver"),
        ("Goal 2: Parent training goal: Mr. Osei will run a 10-minute play routine with praise.", "Parent training"),
        ("Goal 5 - Long-term goal: Mr. Osei will run a 10-minute play routine with praise.", None),
    ],
)
def test_a_numbered_goal_opening_on_its_kind_is_one_goal(line: str, domain: str | None) -> None:
    plan = read_blocks(
        [
            "ABA Treatment Plan",
            "Goals",
            line,
            "Baseline: 40% fidelity.  Mastery: 90% fidelity across 3 observations.  Target date: 05/15/2026.",
        ]
    )
    goals = goals_of(plan)
    assert len(goals) == 1
    assert goals[0].statement.rstrip(".") == "Mr. Osei will run a 10-minute play routine with praise"
    assert goals[0].domain == domain
    assert goals[0].mastery_criteria == "90% fidelity across 3 observations"
    assert goals[0].target_date == dt.date(2026, 5, 15)


def test_a_goal_and_a_problem_on_one_line_stay_two() -> None:
    # near miss: labels of two kinds on one line are two elements
    plan = read_blocks(["Treatment Plan", "Problem 1: Aggression at school.  Goal: Nia will hit no one for 4 weeks."])
    assert [p.statement.rstrip(".") for p in plan.problems][:1] == ["Aggression at school"]
    assert [g.statement.rstrip(".") for g in goals_of(plan)] == ["Nia will hit no one for 4 weeks"]


# --- goals rows whose status closes them ---------------------------------------------------------------------


@pytest.mark.parametrize("status", ["Met 03/2026 (discontinued)", "Mastered", "Discontinued", "Goal achieved 02/2026"])
def test_closed_statuses(status: str) -> None:
    assert closed_status(status)


@pytest.mark.parametrize(
    "status", ["Met - continue to maintain", "Partially met", "Not met", "Continue", "New", "In progress", "Revised"]
)
def test_open_statuses(status: str) -> None:
    assert not closed_status(status)


def _aba_grid(header_status: str, last_status: str) -> TreatmentPlan:
    return read_blocks(
        [
            "Behavior Treatment Plan",
            "Client: Rafferty Cole",
            "Program Goals",
            [
                ["Domain", "Goal", "Baseline", "Mastery Criteria", "Target", header_status],
                ["Language", "Rafferty will ask for help with a full sentence.", "2 per session",
                 "8 per session on 3 consecutive sessions", "08/14/2026", "Continue"],
                ["Social", "Rafferty will wave to familiar adults when prompted.", "—", "—", "—", last_status],
            ],
        ]
    )


@pytest.mark.parametrize("status", ["Met 03/2026 (discontinued)", "Mastered 01/2026", "Discontinued"])
def test_a_closed_goal_row_is_no_current_goal(status: str) -> None:
    plan = _aba_grid("Status", status)
    assert [g.statement for g in goals_of(plan)] == ["Rafferty will ask for help with a full sentence."]
    assert any("wave to familiar adults" in block.text for block in plan.free_text)


@pytest.mark.parametrize(
    ("header", "status"),
    [("Status", "Met - continue to maintain"), ("Status", "Partially met"), ("Comments", "Met with BCBA 03/2026")],
)
def test_open_goal_rows_stay_goals(header: str, status: str) -> None:
    # near miss: a goal kept up or partly met is current; a "Comments" column is no status
    plan = _aba_grid(header, status)
    assert [g.statement for g in goals_of(plan)] == [
        "Rafferty will ask for help with a full sentence.",
        "Rafferty will wave to familiar adults when prompted.",
    ]


def test_lettered_row_labels_name_goals_not_objectives() -> None:
    # near miss: "G2" (a goal written without "Goal:") after "G1" is the next goal, not an objective of the first
    plan = _grid(
        "Problem / Goal / Objective",
        [
            ["G1", "Goal: Marta will return to her part-time job.", "10/01/2026", ""],
            ["1a", "Marta will work 2 shifts a week for 4 weeks in a row.", "07/01/2026", ""],
            ["G2", "Marta will walk her dog 5 days a week.", "08/01/2026", ""],
        ],
    )
    goals = goals_of(plan)
    assert [g.statement for g in goals] == [
        "Marta will return to her part-time job.",
        "Marta will walk her dog 5 days a week.",
    ]
    assert [len(g.objectives) for g in goals] == [1, 0]


def test_unlabelled_problem_names_in_the_shared_column() -> None:
    plan = _grid(
        "Problem / Goal / Objective",
        [
            ["1", "Depressed mood and isolation", "", ""],
            ["", "Goal: Bruno will rejoin his choir and see friends weekly.", "09/30/2026", ""],
            ["1a", "Bruno will lower his PHQ-9 from 18 to below 10.", "07/31/2026", ""],
        ],
    )
    assert [p.statement for p in plan.problems] == ["Depressed mood and isolation"]
    goals = goals_of(plan)
    assert [g.statement for g in goals] == ["Bruno will rejoin his choir and see friends weekly."]
    assert [o.label for o in goals[0].objectives] == ["1a"]


def test_short_aims_in_a_goals_only_column_stay_goals() -> None:
    # near miss: without "problem" in the column's header, a short row is a goal
    plan = _grid(
        "Goal / Objective",
        [["1", "Better sleep", "09/30/2026", ""], ["1a", "Sleep 6 hours on 5 of 7 nights.", "07/31/2026", ""]],
    )
    assert [g.statement for g in goals_of(plan)] == ["Better sleep"]
