"""Goals, objectives and interventions in converted documents (round 28): goal grids typed with tabs whose rows wrap
over several lines (a PDF converted to Word: every line its own paragraph), a caption wrapped under the header, a
row-number column with a caption of no role, a services entry under a goal's objectives, and a goal sentence cut by
a hard line break after a colon. Each document is built here with python-docx, in wordings of its own; each change
has a near miss that must still be read as before."""

from __future__ import annotations

import datetime as dt

import docx

from docx_helpers import add_table, goals_of, read_document

D = dt.date

_TOP = [
    "Outpatient Treatment Plan",
    "Client: Rosalind Achterberg    DOB: 07/19/1966",
    "Plan date: 03/02/2026",
    "Diagnosis: F41.1 Generalized anxiety disorder",
]


def _doc(*lines: str) -> docx.Document:
    document = docx.Document()
    for line in [*_TOP, *lines]:
        document.add_paragraph(line)
    return document


def _statements(plan) -> list[str]:
    return [g.statement for g in goals_of(plan)]


# --- tabbed goal grids whose cells wrap onto lines of their own ------------------------------------------------


def test_tabbed_goal_rows_wrapped_in_their_first_column_are_one_goal_each() -> None:
    plan = read_document(_doc(
        "GOALS",
        "\t\tGoal\tBaseline\tTarget\tBy",
        "\t\tName twelve household items in\t4/12\t12/12\t12 weeks",
        "\t\tpicture naming\t\t\t",
        "\t\tAnswer yes/no questions\t55%\t90% of trials\t10 weeks",
        "\t\tUse a picture board to request\t1/10\t8/10\t8 weeks",
        "\t\thelp\t\trequests\t",
        "SIGNATURES",
    ))
    goals = goals_of(plan)
    assert [g.statement for g in goals] == [
        "Name twelve household items in picture naming",
        "Answer yes/no questions",
        "Use a picture board to request help",
    ]
    assert goals[0].baseline == "4/12" and goals[0].target == "12/12"
    assert goals[2].target == "8/10 requests"


def test_near_miss_a_tabbed_row_opening_with_a_capital_is_a_goal_of_its_own() -> None:
    # the second line fills every column and opens with a capital: a row of its own, not the first row's wrap
    plan = read_document(_doc(
        "GOALS",
        "\t\tGoal\tBaseline\tTarget\tBy",
        "\t\tName twelve household items\t4/12\t12/12\t12 weeks",
        "\t\tFollow two-step directions\t50%\t90%\t10 weeks",
        "SIGNATURES",
    ))
    assert _statements(plan) == ["Name twelve household items", "Follow two-step directions"]


def test_a_caption_wrapped_under_a_tabbed_header_and_numbered_goal_and_objective_rows() -> None:
    plan = read_document(_doc(
        "GOALS / OBJECTIVES",
        "\t\t#\tGoal or objective\tMeasure\tTarget",
        "\t\t\t\t\tdate",
        "\t\tG1\tRosalind will worry less and sleep\tGAD-7 (now 15)\t10/05/2026",
        "\t\t\tthrough the night: GAD-7 of 7 or lower.\t\t",
        "\t\t1a\tRosalind will lower her GAD-7 score from\tGAD-7 monthly\t07/06/2026",
        "\t\t\t15 to 10 or lower.\t\t",
        "\t\t1b\tRosalind will practise paced breathing\tPractice log\t08/03/2026",
        "\t\t\tfor 10 minutes on 5 days a week.\t\t",
        "SIGNATURES",
    ))
    goals = goals_of(plan)
    assert len(goals) == 1
    goal = goals[0]
    assert goal.statement == "Rosalind will worry less and sleep through the night: GAD-7 of 7 or lower."
    assert goal.target_date == D(2026, 10, 5)
    assert [o.statement for o in goal.objectives] == [
        "Rosalind will lower her GAD-7 score from 15 to 10 or lower.",
        "Rosalind will practise paced breathing for 10 minutes on 5 days a week.",
    ]
    assert [o.target_date for o in goal.objectives] == [D(2026, 7, 6), D(2026, 8, 3)]


def test_near_miss_a_line_filling_half_the_columns_under_the_header_is_a_row_not_a_caption() -> None:
    plan = read_document(_doc(
        "GOALS",
        "\t\tGoal\tBaseline\tTarget\tBy",
        "\t\twalk\t\t\tten weeks",
        "\t\tClimb a flight of stairs with one rail\t4 steps\t14 steps\t8 weeks",
        "SIGNATURES",
    ))
    # "walk" is no part of the "Goal" caption: the header keeps its captions and the full row is read
    assert "Climb a flight of stairs with one rail" in _statements(plan)


def test_an_unnamed_number_column_tells_goals_from_objectives_and_a_services_entry_is_the_goals_treatment() -> None:
    plan = read_document(_doc(
        "PROBLEMS, GOALS AND OBJECTIVES",
        "\t\tProb\tGoal / objective\tDue",
        "\t\t1\tGOAL: Rosalind will stop drinking and stay abstinent.\t",
        "\t\t1a\tRosalind will have negative breath tests at every visit for\t04/28/2026",
        "\t\t\t4 consecutive weeks.\t",
        "\t\t1b\tRosalind will write a coping plan for 3 high-risk situations.\t04/23/2026",
        "\t\t\tServices: Individual counseling (CBT, motivational\t",
        "\t\t\tinterviewing), 1x/week, 50 minutes; Relapse prevention group,\t",
        "\t\t\t3x/week, 90 minutes\t",
        "\t\t2\tGOAL: Rosalind will build a sober support network.\t",
        "\t\t2a\tRosalind will attend 3 mutual-support meetings a week.\t04/30/2026",
        "SIGNATURES",
    ))
    goals = goals_of(plan)
    assert [g.statement for g in goals] == [
        "Rosalind will stop drinking and stay abstinent.",
        "Rosalind will build a sober support network.",
    ]
    first = goals[0]
    assert [o.statement for o in first.objectives] == [
        "Rosalind will have negative breath tests at every visit for 4 consecutive weeks.",
        "Rosalind will write a coping plan for 3 high-risk situations.",
    ]
    treatments = [i.description for i in first.interventions]
    assert treatments == [
        "Individual counseling (CBT, motivational interviewing), 1x/week, 50 minutes",
        "Relapse prevention group, 3x/week, 90 minutes",
    ]
    assert [o.statement for o in goals[1].objectives] == ["Rosalind will attend 3 mutual-support meetings a week."]


def test_near_miss_a_column_of_words_beside_the_goals_is_no_row_number() -> None:
    # the column left of the goals holds area names, not numbers: each row stays a goal, none an objective
    plan = read_document(_doc(
        "GOALS",
        "\t\tArea\tGoal / objective\tDue",
        "\t\tMood\tRosalind will rate her mood 6/10 or higher on 5 of 7 days.\t05/28/2026",
        "\t\tSleep\tRosalind will sleep 7 hours a night on 5 of 7 nights.\t05/28/2026",
        "SIGNATURES",
    ))
    goals = goals_of(plan)
    assert len(goals) == 2
    assert all(not g.objectives for g in goals)


# --- a goal's sentence cut after its colon by a hard line break -------------------------------------------------


def test_a_goal_sentence_going_on_past_its_colon_on_the_next_line_of_its_paragraph_is_one_goal() -> None:
    plan = read_document(_doc(
        "GOALS AND OBJECTIVES",
        "GOAL 1. Rosalind will manage worry so that it no longer limits her week:\nGAD-7 below 8 by 07/20/2026.",
        "1.1 Rosalind will reduce her GAD-7 score from 16 to 10 or less by 05/29/2026.",
        "GOAL 2. Rosalind will return to choir practice at least once a week by 07/20/2026.",
    ))
    goals = goals_of(plan)
    assert [g.label for g in goals] == ["GOAL 1", "GOAL 2"]
    assert goals[0].statement == (
        "Rosalind will manage worry so that it no longer limits her week: GAD-7 below 8 by 07/20/2026."
    )
    assert goals[0].target_date == D(2026, 7, 20)
    assert [o.label for o in goals[0].objectives] == ["1.1"]


def test_near_miss_a_labelled_goal_on_the_next_line_after_a_colon_is_a_goal_of_its_own() -> None:
    plan = read_document(_doc(
        "GOALS AND OBJECTIVES",
        "GOAL 1. Rosalind will manage worry in these ways:\nGOAL 2. Rosalind will sleep 7 hours on 5 of 7 nights by 07/20/2026.",
    ))
    goals = goals_of(plan)
    assert [g.label for g in goals] == ["GOAL 1", "GOAL 2"]
    assert goals[0].statement.endswith("ways:")
    assert goals[0].target_date is None


# --- an EHR report printed as label/value pairs side by side -------------------------------------------------


def _paired_report(rows: list[list[str]]) -> docx.Document:
    document = _doc("Problems, Goals, Objectives")
    add_table(document, rows)
    document.add_paragraph("Signatures")
    return document


def test_a_goal_record_printed_as_label_value_pairs_side_by_side_keeps_its_objectives_and_their_dates() -> None:
    plan = read_document(_paired_report([
        ["Problem #1", "Panic attacks limit driving", "Long Term Goal", "Rosalind will drive alone to work 5 days a week."],
        ["LTG Target", "02/10/2027", "Short Term Objective 1A", "Rosalind will log each panic attack on her phone daily"],
        ["STO Target", "10/12/2026", "Short Term Objective 1B", "Rosalind will drive 2 miles with her sister 3 times a week"],
        ["STO Target", "11/09/2026", "Intervention", "Interoceptive exposure; CBT for panic"],
    ]))
    goals = goals_of(plan)
    assert len(goals) == 1
    goal = goals[0]
    assert goal.statement == "Rosalind will drive alone to work 5 days a week."
    assert goal.target_date == D(2027, 2, 10)
    assert [o.label for o in goal.objectives] == ["Short Term Objective 1A", "Short Term Objective 1B"]
    assert [o.target_date for o in goal.objectives] == [D(2026, 10, 12), D(2026, 11, 9)]
    assert plan.problems[0].statement == "Panic attacks limit driving"


def test_near_miss_a_goals_grid_with_a_header_row_is_still_read_by_its_columns() -> None:
    # captions over the rows, not values beside them: a grid, each row a goal with its target date
    plan = read_document(_paired_report([
        ["Problem", "Notes", "Goal", "Target date"],
        ["Panic attacks", "since 2024", "Rosalind will drive alone to work 5 days a week.", "02/10/2027"],
        ["Poor sleep", "per diary", "Rosalind will sleep 7 hours on 5 of 7 nights.", "12/07/2026"],
    ]))
    goals = goals_of(plan)
    assert [g.statement for g in goals] == [
        "Rosalind will drive alone to work 5 days a week.",
        "Rosalind will sleep 7 hours on 5 of 7 nights.",
    ]
    assert [g.target_date for g in goals] == [D(2027, 2, 10), D(2026, 12, 7)]


def test_a_labelled_goal_left_open_at_a_page_end_goes_on_in_lower_case_after_the_page_furniture() -> None:
    plan = read_document(_doc(
        "TREATMENT GOALS",
        "Goal 1 (Self-care): Rosalind will complete a 5-step morning routine",
        "Page 1 of 2",
        "independently.",
        "Baseline: 2 of 5 steps. Target date: 07/06/2026.",
        "Goal 2 (Social): Rosalind will greet a peer by name on 4 of 5 days. Target date: 06/29/2026.",
    ))
    goals = goals_of(plan)
    assert [g.label for g in goals] == ["Goal 1 (Self-care)", "Goal 2 (Social)"]
    assert goals[0].statement == "Rosalind will complete a 5-step morning routine independently."
    assert goals[0].baseline == "2 of 5 steps"
    assert goals[0].target_date == D(2026, 7, 6)


def test_near_miss_a_closed_goal_sentence_takes_no_lower_case_line_into_it() -> None:
    closed = read_document(_doc(
        "TREATMENT GOALS",
        "Goal 1: Rosalind will complete a 5-step morning routine by 07/06/2026.",
        "reduce panic attacks to 1 a week or fewer.",
    ))
    assert goals_of(closed)[0].statement == "Rosalind will complete a 5-step morning routine by 07/06/2026."


# --- an EHR export's labels run together, a fact's label left empty -------------------------------------------


def test_an_empty_target_label_run_into_the_next_objective_and_the_interventions_leaves_the_target_empty() -> None:
    plan = read_document(_doc(
        "Problem 1",
        "Problem:Drinks daily to sleepGoal:Rosalind will stop drinking and stay abstinent.Goal Target:ongoing"
        "Obj 1a:Rosalind will have negative breath tests at every visit for 4 weeks.Target:"
        "Obj 1b:Rosalind will write a coping plan for 3 high-risk situations.Target:"
        "Interventions:Individual counseling (CBT), 1x/week, 50 minutes; Relapse prevention group, 3x/week, 90 minutes",
    ))
    goals = goals_of(plan)
    assert len(goals) == 1
    objectives = goals[0].objectives
    assert [o.label for o in objectives] == ["Obj 1a", "Obj 1b"]
    assert all(o.target is None and o.target_date is None for o in objectives)
    assert [i.description for i in goals[0].interventions] == [
        "Individual counseling (CBT), 1x/week, 50 minutes",
        "Relapse prevention group, 3x/week, 90 minutes",
    ]


def test_near_miss_a_target_holding_a_level_or_a_date_is_still_the_objectives_target() -> None:
    plan = read_document(_doc(
        "Problem 1",
        "Problem:Drinks daily to sleepGoal:Rosalind will stop drinking and stay abstinent.Goal Target:ongoing"
        "Obj 1a:Rosalind will rate cravings 3/10 or lower on 5 of 7 days.Target:06/30/2026"
        "Obj 1b:Rosalind will write a coping plan for 3 high-risk situations.Target:3 situations by 07/15/2026",
    ))
    objectives = goals_of(plan)[0].objectives
    assert [o.label for o in objectives] == ["Obj 1a", "Obj 1b"]
    assert objectives[0].target_date == D(2026, 6, 30)
    assert objectives[1].target_date == D(2026, 7, 15)


# --- a web form copied into Word: bracketed field names -------------------------------------------------------


def test_bracketed_field_names_of_a_web_form_copy_name_the_goal_its_objectives_and_strategies() -> None:
    plan = read_document(_paired_report([
        ["[Problem 1]", "Drinks daily to fall asleep"],
        ["[Goal]", "Rosalind will stop drinking and stay abstinent."],
        ["[Objective 1a (by 04/06/2026)]", "Rosalind will have negative breath tests at every visit for 4 weeks."],
        ["[Objective 1b (by 03/23/2026)]", "Rosalind will write a coping plan for 3 high-risk situations."],
        ["[Strategies (type and frequency)]", "Individual counseling (CBT), 1x/week, 50 minutes; Relapse group, 3x/week"],
    ]))
    goals = goals_of(plan)
    assert [g.statement for g in goals] == ["Rosalind will stop drinking and stay abstinent."]
    objectives = goals[0].objectives
    assert [o.target_date for o in objectives] == [D(2026, 4, 6), D(2026, 3, 23)]
    assert [i.description for i in goals[0].interventions] == [
        "Individual counseling (CBT), 1x/week, 50 minutes",
        "Relapse group, 3x/week",
    ]


def test_near_miss_a_table_with_one_bracketed_note_among_plain_rows_keeps_its_text() -> None:
    from authcheck.readers.docx.blocks import Cell, Row, Table
    from authcheck.readers.docx.table_reader import _unbracketed_labels

    table = Table(None, [
        Row(0, [Cell(0, ["Goal"]), Cell(1, ["Rosalind will sleep 7 hours."])]),
        Row(1, [Cell(0, ["[see attached]"]), Cell(1, ["Sleep diary"])]),
        Row(2, [Cell(0, ["Target date"]), Cell(1, ["06/30/2026"])]),
    ])
    assert _unbracketed_labels(table) is table  # one bracketed cell of three: no form of bracketed field names


# --- a problem's evidence, dated by a lab result, above its goal ----------------------------------------------


def test_a_problems_evidence_with_a_dated_lab_result_is_no_goal() -> None:
    plan = read_document(_doc(
        "PROBLEMS, GOALS AND OBJECTIVES",
        "Problem 3: Type 2 diabetes, poorly controlled",
        "Evidenced by: HbA1c 9.4% on 12/2025 labs; Rosalind misses insulin doses when drinking.",
        "Goal 3: Rosalind will bring her blood sugar closer to target.",
        "Objective 3a: Lower HbA1c from 9.4% to below 8.0% by 04/21/2026.",
    ))
    goals = goals_of(plan)
    assert [g.statement for g in goals] == ["Rosalind will bring her blood sugar closer to target."]
    assert [o.label for o in goals[0].objectives] == ["Objective 3a"]


def test_near_miss_a_dated_step_under_a_goal_is_still_read() -> None:
    # the same dated words without the evidence label, in a goals list: a goal, as before
    plan = read_document(_doc(
        "GOALS",
        "Lower HbA1c from 9.4% to below 8.0% by 04/21/2026.",
    ))
    assert _statements(plan) == ["Lower HbA1c from 9.4% to below 8.0% by 04/21/2026."]
