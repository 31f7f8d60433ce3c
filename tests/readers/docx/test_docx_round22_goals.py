"""Round 22, goals of long documents where histories and other records surround the plan's goals:

- a table of earlier episodes of care ("Program | Dates | Level / Frequency | Clinician | Outcome") whose only goal
  column is a bare "Outcome" and whose every row spans two dates (the episode's first and last day) reports how each
  episode ended ("Completed; goals met", "Discharged to IOP"); its rows are no goals of the plan, whatever heading
  the table sits under. A goals grid with an "Outcome" column and one target date a row stays a goals grid;
- a date alone in brackets closing a goal's paragraph ("... 55/80 or more. (03/09/2026)") is its target date, as a date
  after a dash is; a bracket with other words in it ("(goal set 01/12/2026)") is not, and in a table's cell the
  column's header still says what such a date is (round 20);
- "(see above)", "Same as above", "ditto" in a goals grid's goal or problem cell repeats the cell of the row above
  (the goal's objectives go on under it), as a merged cell would;
- "Evaluation criteria:" under an IEP-style goal ("Evaluation criteria: 8 of 10 opportunities across 3 consecutive
  school days") is the goal's mastery criterion, not a goal of its own; "Evaluation method:" stays how it is measured.

Each test builds a small plan with python-docx; names and wording are invented. Each change has a near miss that
keeps its old reading.
"""

from __future__ import annotations

import datetime as dt

import docx

from authcheck.model import TreatmentPlan
from docx_helpers import add_table, goals_of, read_document

_HEAD = [
    "Integrated Assessment and Service Plan",
    "Client: Bartholomew Quince    DOB: 03/22/1984",
    "Member ID: RT7718204",
    "Plan date: 01/12/2026",
]


def _plan(before: list[str], table: list[list[str]] | None, after: list[str]) -> TreatmentPlan:
    document = docx.Document()
    for line in [*_HEAD, *before]:
        document.add_paragraph(line)
    if table:
        add_table(document, table)
    for line in after:
        document.add_paragraph(line)
    return read_document(document)


_GOALS_AFTER = [
    "GOALS AND OBJECTIVES",
    "Goal 1: Bartholomew will stay sober and return to part-time work.",
    "Objective 1a: Attend 3 recovery meetings per week, shown on a signed sheet, by 03/31/2026.",
]

# --- a table of earlier episodes with an "Outcome" column --------------------------------------------------------


def test_episode_table_with_outcome_column_gives_no_goals() -> None:
    plan = _plan(
        ["Treatment History"],
        [
            ["Program", "Dates", "Level / Frequency", "Clinician", "Outcome"],
            ["Elm Street Counseling", "02/03/2018 - 09/27/2018", "Outpatient, weekly", "Ines Kovac, LPC",
             "Completed; goals met"],
            ["County Detox Center", "05/11/2021 - 05/16/2021", "Withdrawal management, 5 days", "Paul Rhee, MD",
             "Transferred to residential"],
        ],
        _GOALS_AFTER,
    )
    statements = [goal.statement for goal in goals_of(plan)]
    assert statements == ["Bartholomew will stay sober and return to part-time work."]
    assert len(goals_of(plan)[0].objectives) == 1


def test_outcome_column_of_a_goals_grid_with_target_dates_stays_goals() -> None:
    plan = _plan(
        ["GOALS AND OBJECTIVES"],
        [
            ["Outcome", "Target date", "Responsible"],
            ["Bartholomew will attend 3 recovery meetings per week for 8 weeks.", "03/31/2026", "Counselor"],
            ["Bartholomew will keep a daily craving log for 6 weeks.", "02/28/2026", "Counselor"],
        ],
        [],
    )
    goals = goals_of(plan)
    assert [g.statement for g in goals] == [
        "Bartholomew will attend 3 recovery meetings per week for 8 weeks.",
        "Bartholomew will keep a daily craving log for 6 weeks.",
    ]
    assert goals[0].target_date == dt.date(2026, 3, 31)


# --- "Evaluation criteria:" under an IEP-style goal -------------------------------------------------------------------


def test_evaluation_criteria_is_the_goals_mastery_criterion() -> None:
    plan = _plan(
        [
            "ANNUAL GOALS",
            "Annual Goal #1 (Self-help)",
            "Bartholomew will pack his work bag using a picture checklist.",
            "Baseline: 3 of 8 items packed without help",
            "Evaluation criteria: 8 of 8 items on 4 consecutive days",
            "Annual Goal #2 (Social)",
            "Bartholomew will greet coworkers at the start of his shift.",
            "Baseline: 2 of 10 opportunities",
            "Evaluation criteria: 9 of 10 opportunities across 2 weeks",
        ],
        None,
        [],
    )
    goals = goals_of(plan)
    assert len(goals) == 2
    assert goals[0].mastery_criteria == "8 of 8 items on 4 consecutive days"
    assert goals[1].mastery_criteria == "9 of 10 opportunities across 2 weeks"
    assert goals[1].baseline == "2 of 10 opportunities"


def test_evaluation_method_stays_the_measure_not_the_criterion() -> None:
    plan = _plan(
        [
            "ANNUAL GOALS",
            "Annual Goal #1 (Self-help)",
            "Bartholomew will pack his work bag using a picture checklist.",
            "Baseline: 3 of 8 items packed without help",
            "Evaluation method: weekly checklist review by the job coach",
        ],
        None,
        [],
    )
    (goal,) = goals_of(plan)
    assert not goal.mastery_criteria
    assert goal.measure == "weekly checklist review by the job coach"


# --- "(see above)" in a goals grid ------------------------------------------------------------------------------------


_GRID_HEADER = ["Problem", "Goal", "Objective", "Target date"]


def test_see_above_in_the_goal_column_continues_the_goal_above() -> None:
    plan = _plan(
        ["GOALS AND OBJECTIVES"],
        [
            _GRID_HEADER,
            ["1. Cravings", "Bartholomew will stay sober through the plan period.",
             "1.1 Bartholomew will attend 3 recovery meetings per week.", "03/31/2026"],
            ["(see above)", "(see above)", "1.2 Bartholomew will log cravings daily for 6 weeks.", "02/28/2026"],
            ["2. Work", "Same as above", "2.1 Bartholomew will apply for 2 jobs per week.", "04/15/2026"],
        ],
        [],
    )
    goals = goals_of(plan)
    assert [g.statement for g in goals] == [
        "Bartholomew will stay sober through the plan period.",
        "Bartholomew will stay sober through the plan period.",
    ]
    assert [o.statement for o in goals[0].objectives] == [
        "Bartholomew will attend 3 recovery meetings per week.",
        "Bartholomew will log cravings daily for 6 weeks.",
    ]
    assert len(plan.problems) == 2  # the next problem starts a goal of its own, worded as the one above


def test_a_second_goal_written_out_stays_a_goal_of_its_own() -> None:
    plan = _plan(
        ["GOALS AND OBJECTIVES"],
        [
            _GRID_HEADER,
            ["1. Cravings", "Bartholomew will stay sober through the plan period.",
             "1.1 Bartholomew will attend 3 recovery meetings per week.", "03/31/2026"],
            ["1. Cravings", "Bartholomew will rebuild a sober support network.",
             "1.2 Bartholomew will name 3 sober supports by the review.", "02/28/2026"],
        ],
        [],
    )
    goals = goals_of(plan)
    assert len(goals) == 2
    assert [len(g.objectives) for g in goals] == [1, 1]


# --- a date alone in brackets closing a goal ------------------------------------------------------------------------


def test_date_alone_in_brackets_closing_a_goal_is_its_target_date() -> None:
    plan = _plan(
        [
            "GOALS",
            "LTG 1. Bartholomew will walk 400 feet on uneven ground without a cane, independently. (04/20/2026)",
            "LTG 2. Bartholomew will climb 10 stairs with one rail. [04/27/2026]",
        ],
        None,
        [],
    )
    assert [g.target_date for g in goals_of(plan)] == [dt.date(2026, 4, 20), dt.date(2026, 4, 27)]


def test_bracketed_date_with_other_words_is_no_target_date() -> None:
    plan = _plan(
        ["GOALS", "LTG 1. Bartholomew will walk 400 feet on uneven ground without a cane. (goal set 01/12/2026)"],
        None,
        [],
    )
    (goal,) = goals_of(plan)
    assert goal.target_date is None
