"""Goals and objectives, round 11: a goal written as a plain labelled paragraph with its objectives as a Word list
under it; a table of objectives nested in a goal's box, its header naming a number column ("#", "No.") and the
help staff give ("How staff will help") or a short-term goal column, rows that leave their last cells empty; a goals
table whose labelled goal row ("Long Term Goal | ... | Target | date") sits above the objectives' header row; and
"Tx:" as the shorthand label of a goal's treatment.

Each test builds a small plan with python-docx; names and wording are invented and differ from the blind sets.
What is not written stays empty."""

from __future__ import annotations

import datetime as dt
from typing import Any

import docx
import pytest

from authcheck.model import TreatmentPlan
from authcheck.readers.docx.tab_headers import tab_header_roles
from authcheck.readers.docx.tables import column_role
from docx_helpers import goals_of, read_blocks, read_document


def _listed(paragraphs: list[tuple[str, str | None]]) -> TreatmentPlan:
    """A plan of paragraphs, each with its Word style (None for a plain paragraph)."""
    document = docx.Document()
    for text, style in paragraphs:
        document.add_paragraph(text, style=style) if style else document.add_paragraph(text)
    return read_document(document)


# --- a labelled goal on a plain paragraph, its objectives a Word list --------------------------------------------


@pytest.mark.parametrize(
    ("goal_line", "style", "items"),
    [
        (
            "Goal 1: Odalys will feel at ease in her new neighborhood.",
            "List Number",
            [
                "Odalys will join 2 activities at the community center each week, per her planner  Target Date: 05/15/2026",
                "Odalys will lower her GAD-7 from 14 to 7 or below  Target Date: 06/30/2026",
            ],
        ),
        (
            "Long-term goal: Mr. Brandvold will return to fishing with his brother.",
            "List Bullet",
            [
                "Walk 800 feet on uneven ground with a cane and no rest by 04/20/2026",
                "Stand for 20 minutes with pain 3/10 or less by 05/04/2026",
            ],
        ),
        (
            "Goal A - Tomasz will manage his diabetes at home.",
            "List Number",
            [
                "A1: Tomasz will check his blood sugar twice daily on 6 of 7 days, per meter log. Target date: 03/31/2026",
                "A2: Tomasz will state 3 signs of low blood sugar and the action for each. Target date: 03/15/2026",
            ],
        ),
    ],
)
def test_word_list_under_a_plain_labelled_goal_holds_its_objectives(
    goal_line: str, style: str, items: list[str]
) -> None:
    plan = _listed(
        [("Treatment Goals", None), (goal_line, None), *[(item, style) for item in items],
         ("Intervention: weekly skills coaching, 45 minutes", None)]
    )
    goals = goals_of(plan)
    assert len(goals) == 1
    objectives = goals[0].objectives
    assert len(objectives) == 2
    assert all(o.target_date is not None for o in objectives)
    assert objectives[0].target_date < dt.date(2026, 7, 1)


def test_word_list_of_goals_with_no_labelled_goal_above_stays_goals() -> None:
    """Near miss: a numbered list straight under the goals heading is the list of goals itself."""
    plan = _listed(
        [
            ("Treatment Goals", None),
            ("Rosalie will sleep at least 6 hours on 5 of 7 nights by 05/01/2026.", "List Number"),
            ("Rosalie will attend her book club twice a month by 04/01/2026.", "List Number"),
        ]
    )
    goals = goals_of(plan)
    assert len(goals) == 2
    assert not any(g.objectives for g in goals)


def test_word_list_under_a_later_heading_is_not_the_goals_objectives() -> None:
    """Near miss: a list under the next heading ("Interventions") belongs to that heading, not to the goal above."""
    plan = _listed(
        [
            ("Treatment Goals", None),
            ("Goal 1: Hollis will keep 3 negative breath tests in a row by 04/10/2026.", None),
            ("Interventions", "Heading 2"),
            ("Relapse prevention group, 3 times a week", "List Bullet"),
            ("Motivational interviewing, weekly", "List Bullet"),
        ]
    )
    goals = goals_of(plan)
    assert len(goals) == 1
    assert not goals[0].objectives


# --- a table of objectives nested in a goal's box -----------------------------------------------------------------


def _goal_box(document: Any, title: str, statement: str, caption: str, header: list[str], rows: list[list[str]]) -> None:
    outer = document.add_table(rows=3, cols=1)
    outer.cell(0, 0).text = title
    outer.cell(1, 0).text = statement
    cell = outer.cell(2, 0)
    cell.text = caption
    inner = cell.add_table(rows=1 + len(rows), cols=len(header))
    for c, text in enumerate(header):
        inner.cell(0, c).text = text
    for r, row in enumerate(rows, 1):
        for c, text in enumerate(row):
            inner.cell(r, c).text = text
    document.add_paragraph()


@pytest.mark.parametrize(
    ("header", "rows"),
    [
        (
            ["#", "Measurable objective", "By", "How staff will help"],
            [["1.1", "Ines will keep a daily mood log on 6 of 7 days.", "04/14/2026", "Mood monitoring; weekly"],
             ["1.2", "Ines will name 3 early signs of a manic episode.", "03/20/2026", "Psychoeducation; weekly"]],
        ),
        (
            ["No.", "Short-term goal", "Target date", "Interventions"],
            [["1.1", "Increase left shoulder flexion from 90 to 140 degrees", "05/02/2026", "Therapeutic exercise 97110"],
             ["1.2", "Reach a shelf at shoulder height independently", "05/30/2026", ""]],
        ),
        (
            ["Obj #", "Objective", "Due", "How we will help"],
            [["1a", "Attend 3 of 4 weekly recovery meetings per month, per sign-in sheet.", "06/01/2026", ""],
             ["1b", "Identify 4 triggers and a coping step for each.", "04/15/2026", "Relapse prevention counseling"]],
        ),
    ],
)
def test_objectives_table_nested_in_a_goal_box(header: list[str], rows: list[list[str]]) -> None:
    document = docx.Document()
    document.add_paragraph("Treatment Plan")
    document.add_paragraph("Client: Ines Varga    DOB: 01/02/1970    Plan date: 02/01/2026")
    _goal_box(document, "GOAL 1  |  Need: Daily functioning", "The client will manage daily life with fewer setbacks.",
              "Objectives and interventions", header, rows)
    plan = read_document(document)
    goals = goals_of(plan)
    assert len(goals) == 1
    goal = goals[0]
    assert goal.statement == "The client will manage daily life with fewer setbacks."
    assert [o.statement for o in goal.objectives] == [r[1] for r in rows]
    assert all(o.target_date is not None for o in goal.objectives)
    written = [r[3] for r in rows if r[3]]
    treatments = [i.description for i in goal.interventions] + [
        i.description for o in goal.objectives for i in o.interventions
    ]
    assert len(treatments) == len(written)
    assert all(any(w.split(";")[0] in t for t in treatments) for w in written)


def test_nested_row_missing_its_date_puts_no_treatment_in_the_date() -> None:
    """Near miss: a row whose date cell is empty ("statement | | treatment") does not fill its target date (or the
    goal's) with the treatment's words."""
    document = docx.Document()
    _goal_box(document, "GOAL 1", "Ezra will return to work part time.", "Objectives and interventions",
              ["#", "Measurable objective", "By", "How staff will help"],
              [["1.1", "Ezra will work 3 half-days a week for 4 weeks.", "", "Vocational counseling; weekly"]])
    plan = read_document(document)
    for goal in goals_of(plan):
        assert goal.target_date is None and goal.target is None
        for objective in goal.objectives:
            assert objective.target_date is None
            assert objective.target is None and objective.time_frame is None


def test_tab_header_roles_number_and_help_columns() -> None:
    assert tab_header_roles("#\tMeasurable objective\tBy\tHow staff will help") == [
        "label", "objective", "target_date", "intervention"]
    assert tab_header_roles("No.\tShort-term / measurable goal\tTarget date") == ["label", "objective", "target_date"]
    assert tab_header_roles("Long-term goal\tTarget date") == ["goal", "target_date"]
    assert column_role("How staff will help") == "intervention"
    assert tab_header_roles("Name\tDate of birth") is None  # near miss: no goal column


# --- a labelled goal row above the objectives' header row ---------------------------------------------------------


@pytest.mark.parametrize(
    ("goal_row", "header", "goal_date"),
    [
        (["Long Term Goal", "Marisol will return to choir practice weekly with a PHQ-9 below 10.", "Target", "09/01/2026"],
         ["Obj #", "Short Term Objective", "Target Date", "Status"], dt.date(2026, 9, 1)),
        (["Goal", "Anselm will drive to the grocery store alone with anxiety at 3/10 or less.", "Target date", "14-Aug-2026"],
         ["#", "Objective", "Target date", "Status"], dt.date(2026, 8, 14)),
    ],
)
def test_goal_row_with_values_above_the_objectives_header(
    goal_row: list[str], header: list[str], goal_date: dt.date
) -> None:
    plan = read_blocks(
        [
            "Problems, Goals and Objectives",
            [
                ["Problem #1: Low mood"] * 4,
                goal_row,
                header,
                ["1.1", "Reduce PHQ-9 from 17 to 11 or below.", "05/01/2026", "Active"],
                ["1.2", "Complete 3 planned activities a week for 4 weeks, per log.", "06/01/2026", "Active"],
            ],
        ]
    )
    goals = goals_of(plan)
    assert len(goals) == 1
    goal = goals[0]
    assert goal.statement and goal.statement.startswith(goal_row[1][:20])
    assert goal.target_date == goal_date
    assert [o.target_date for o in goal.objectives] == [dt.date(2026, 5, 1), dt.date(2026, 6, 1)]


def test_plain_goals_header_row_is_still_the_header() -> None:
    """Near miss: a table whose first row is its header reads every row below as a goal."""
    plan = read_blocks(
        [
            "Goals",
            [
                ["Goal", "Target date", "Status"],
                ["Greta will use her inhaler correctly in a return demonstration.", "03/01/2026", "Active"],
                ["Greta will walk 100 feet with SpO2 at 90% or higher.", "04/01/2026", "Active"],
            ],
        ]
    )
    goals = goals_of(plan)
    assert [g.target_date for g in goals] == [dt.date(2026, 3, 1), dt.date(2026, 4, 1)]


# --- "Tx:" under a goal ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "lines",
    [
        ["1) Sleep - Pt will sleep 6+ hrs on 5 of 7 nights by 5/1/26",
         "   a. keep a sleep diary every night for 4 wks - by 3/15/26",
         "   Tx: CBT-I, sleep restriction"],
        ["Goal 2: Reduce cravings to 2/10 or less on 5 of 7 days by 04/30/2026",
         "Tx: motivational interviewing, relapse prevention"],
    ],
)
def test_tx_line_is_the_goals_treatment(lines: list[str]) -> None:
    plan = read_blocks(["Goals / Objectives", *lines])
    goals = goals_of(plan)
    assert len(goals) == 1
    goal = goals[0]
    treatments = [i.description for i in goal.interventions] + [
        i.description for o in goal.objectives for i in o.interventions
    ]
    assert treatments and "Tx" not in " ".join(treatments)
    assert not any("Tx" in (o.statement or "") for o in goal.objectives)


def test_tx_plan_date_is_no_treatment() -> None:
    """Near miss: "Tx plan date:" is the plan's date, not a treatment."""
    plan = read_blocks(["Tx plan date: 02/03/2026", "Goals", "Goal 1: Pt will walk 200 ft with a cane by 04/01/2026."])
    assert plan.plan_date == dt.date(2026, 2, 3)
    assert not goals_of(plan)[0].interventions
    assert not plan.interventions
