"""Goals and objectives, round 14: outline-numbered objectives ("1.2  ...") that close on a labelled fact ("Target
date: ...") under a "Goal 1 – ..." heading; a goals table whose measure column is asked as a question ("How we will
measure it"); a payer form's table whose captions sit side by side over one row of content ("FUNCTIONAL GOALS |
PLAN"), read column by column; and a count of meetings whose alternatives take two words each ("2 NA or SMART
Recovery meetings a week").

Each test builds a small plan with python-docx; names and wording are invented and differ from the blind sets.
What is not written stays empty."""

from __future__ import annotations

import datetime as dt

import docx
import pytest

from authcheck.model import TreatmentPlan
from authcheck.readers.docx.tables import column_role
from authcheck.rules.measurability import assess
from docx_helpers import goals_of, read_blocks, read_document

# --- outline-numbered objectives closing on a labelled target date ---------------------------------------------


def _headed_goals(goals: list[tuple[str, list[str]]], *, styled: bool) -> TreatmentPlan:
    document = docx.Document()
    document.add_paragraph("Outpatient Treatment Plan")
    for heading, lines in goals:
        if styled:
            document.add_heading(heading, level=3)
        else:
            document.add_paragraph(heading)
        for line in lines:
            document.add_paragraph(line)
    document.add_paragraph("Treatment modalities")
    document.add_paragraph("Cognitive behavioral therapy, 45-minute sessions weekly.")
    return read_document(document)


@pytest.mark.parametrize("styled", [True, False])
@pytest.mark.parametrize(
    ("goals", "expected"),
    [
        (
            [
                (
                    "Goal 1 – Fewer panic episodes",
                    [
                        "1.1  Reduce panic attacks from 5 a week to 1 or fewer a week, per her log. Target date: 06/01/2026",
                        "1.2  Lower the PDSS score from 18 to 8 or below. Target date: 06/29/2026",
                    ],
                ),
                ("Goal 2 – Driving again", ["2.1  Drive alone to work on 4 of 5 workdays a week. Target date: 05/04/2026"]),
            ],
            [[dt.date(2026, 6, 1), dt.date(2026, 6, 29)], [dt.date(2026, 5, 4)]],
        ),
        (
            [
                (
                    "Goal A: Sleep",
                    [
                        "A.1 Sleep 6 hours or more on 5 of 7 nights, per sleep diary. Due: 04/15/2026",
                        "A.2 Cut night waking from 4 to 1 a night. Due: 05/15/2026",
                    ],
                ),
            ],
            [[dt.date(2026, 4, 15), dt.date(2026, 5, 15)]],
        ),
    ],
)
def test_numbered_objectives_with_a_labelled_date_stay_objectives(
    goals: list[tuple[str, list[str]]], expected: list[list[dt.date]], styled: bool
) -> None:
    plan = _headed_goals(goals, styled=styled)
    read = goals_of(plan)
    assert len(read) == len(expected)
    for goal, dates in zip(read, expected, strict=True):
        assert [o.target_date for o in goal.objectives] == dates
        assert all(o.statement and not o.statement[:1].isdigit() for o in goal.objectives)
        assert goal.target_date is None  # the objectives' dates are theirs, not the goal's


def test_unnumbered_line_with_a_date_under_a_goal_heading_is_no_objective() -> None:
    # near miss: without an outline number the line is the goal's own sentence, as before
    plan = _headed_goals(
        [("Goal 1 – Mood", ["Lower the PHQ-9 from 17 to 9 or below. Target date: 06/30/2026"])], styled=True
    )
    goal = goals_of(plan)[0]
    assert goal.objectives == []
    assert goal.statement is not None and "PHQ-9" in goal.statement
    assert goal.target_date == dt.date(2026, 6, 30)


# --- a measure column asked as a question -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    ["How we will measure it", "How will we know?", "How progress is tracked", "How we'll tell it is working"],
)
def test_measure_column_asked_as_a_question(header: str) -> None:
    plan = read_blocks(
        [
            "Counseling Plan",
            "Goals",
            [
                ["Goal", header, "By"],
                ["Omar will get back to his chess club.", "Go to the Tuesday chess club at least 3 times a month.", "June 30, 2026"],
                ["Omar will worry less.", "GAD-7 from 15 to 7 or below.", "August 1, 2026"],
            ],
        ]
    )
    goals = goals_of(plan)
    assert [g.measure for g in goals] == [
        "Go to the Tuesday chess club at least 3 times a month.",
        "GAD-7 from 15 to 7 or below.",
    ]
    assert [g.target_date for g in goals] == [dt.date(2026, 6, 30), dt.date(2026, 8, 1)]


@pytest.mark.parametrize(
    ("header", "role"),
    [("How often", "frequency"), ("How long", "duration"), ("How staff will help", "intervention"), ("Howard notes", None)],
)
def test_other_how_questions_keep_their_roles(header: str, role: str | None) -> None:
    assert column_role(header) == role


# --- captions side by side over one row of content --------------------------------------------------------------


@pytest.mark.parametrize(
    ("captions", "goals_cell", "plan_cell"),
    [
        (
            ("12. PLAN OF TREATMENT — FUNCTIONAL GOALS", "PLAN"),
            "SHORT TERM (3 weeks):\n1. Shoulder flexion AROM from 90° to 140°.\n2. Lift 5 lb to shoulder height 10 times."
            "\nLONG TERM (6 weeks):\n3. Reach a top shelf independently.",
            "Therapeutic exercise 97110, manual therapy 97140, home program.",
        ),
        (
            ("Functional goals", "Plan"),
            "1. Walk 300 ft with a cane on level ground.\n2. Climb 10 stairs with one rail.",
            "Gait training (97116)\nTherapeutic exercise (97110)",
        ),
        (
            ("PATIENT GOALS", "PLAN"),
            "Within 4 weeks:\n1) Dress upper body independently.\n2) Tolerate 20 minutes of standing at the sink.",
            "Self-care training 97535; therapeutic activities 97530",
        ),
    ],
)
def test_captions_side_by_side_read_column_by_column(
    captions: tuple[str, str], goals_cell: str, plan_cell: str
) -> None:
    plan = read_blocks(
        [
            "OUTPATIENT THERAPY PLAN OF CARE",
            "Patient: Ruiz, Ana    DOB: 01/02/1950",
            [list(captions), [goals_cell, plan_cell]],
        ]
    )
    goals = goals_of(plan)
    expected = [line[3:] for line in goals_cell.split("\n") if line[:1].isdigit()]
    assert [g.statement for g in goals] == expected
    descriptions = [i.description for i in plan.interventions] + [
        i.description for g in goals for i in g.interventions
    ]
    assert not any(d and any(g.statement and g.statement in d for g in goals) for d in descriptions)  # no goal as a treatment
    assert any(d and d.startswith(plan_cell.split()[0]) for d in descriptions)  # the plan column's treatments


def test_captions_that_are_not_sections_stay_a_table_of_lines() -> None:
    # near miss: "Strengths | Preferences" names no goals; nothing read as goals from it
    plan = read_blocks(
        [
            "Treatment Plan",
            [["Strengths", "Preferences"], ["Supportive sister; likes walking.", "Morning appointments."]],
        ]
    )
    assert goals_of(plan) == []


# --- a count whose alternatives are two words each -------------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "Javon will attend 2 NA or SMART Recovery meetings a week, per signed sheet, by 04/30/2026.",
        "Kim will attend 3 Celebrate Recovery or AA meetings each week.",
        "Lee will join 2 AA or Refuge Recovery groups a week.",
    ],
)
def test_count_of_meetings_with_two_word_alternatives_is_measurable(statement: str) -> None:
    assert assess(statement).measurable


@pytest.mark.parametrize(
    "statement",
    ["Javon will attend NA or SMART Recovery meetings.", "Kim will go to meetings and build sober supports."],
)
def test_meetings_without_a_count_stay_not_measurable(statement: str) -> None:
    assert not assess(statement).measurable
