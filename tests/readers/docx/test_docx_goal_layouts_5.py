"""Goals, objectives and interventions in more layouts (fifth round): a styled heading as high as the goals' own
ending them, a goal closing with "Specifically:" over its numbered steps, ABA target grids (a "Target" column of
sentences, a "Goal / mastery" column, a "Target behavior" name beside its objective, baseline/mastery/target-date
tables nested in a cell), pending baselines, progress tables of previous goals, one small table per problem with
its goal and strategies in banner rows, lettered objectives in one cell, goals under a plan title with bulleted
objectives, "Outcome" tables, orders tables of visits and interventions, a client's quoted goal, and labelled lines
of other plan parts under the goals. Each document is built here with python-docx, in wordings of its own."""

from __future__ import annotations

import datetime as dt

import docx
from docx.shared import Pt

from authcheck.rules.measurability import assess
from docx_helpers import add_table as _table
from docx_helpers import goals_of as _goals
from docx_helpers import read_document as _read


def _objectives(plan):
    return [o for g in _goals(plan) for o in g.objectives]


def test_styled_heading_as_high_as_the_goals_heading_ends_the_goals() -> None:
    doc = docx.Document()
    doc.add_paragraph("My Wellness Plan")
    doc.add_paragraph("Client: Pat Example    DOB: 02/03/1960")
    doc.add_heading("What I am working toward", level=2)
    doc.add_paragraph("Goal 1: Pat will walk to the corner shop 3 times a week by 05/01/2026.")
    doc.add_heading("Where we will meet up again", level=2)
    doc.add_paragraph("We will meet every Tuesday afternoon at the clinic.")
    plan = _read(doc)
    statements = [g.statement for g in _goals(plan)]
    assert statements == ["Pat will walk to the corner shop 3 times a week by 05/01/2026."]


def test_goal_closing_with_specifically_takes_the_numbered_steps_as_objectives() -> None:
    doc = docx.Document()
    doc.add_paragraph("Counseling Plan")
    doc.add_paragraph("Goals")
    doc.add_paragraph(
        "Over the next months Dana will get back to driving and to evening errands she has avoided. Specifically:"
    )
    doc.add_paragraph("(1) SUDS while driving will fall from 80 to 30 or below by 06/01/2026.")
    doc.add_paragraph("(2) She will drive to the pharmacy alone 2 times a week by 06/01/2026.")
    plan = _read(doc)
    goals = _goals(plan)
    assert len(goals) == 1
    assert [o.label for o in goals[0].objectives] == ["(1)", "(2)"]
    assert goals[0].objectives[0].target_date == dt.date(2026, 6, 1)


def test_type_amount_frequency_label_requests_the_service() -> None:
    doc = docx.Document()
    doc.add_paragraph("Treatment Plan")
    doc.add_paragraph("Goal: Lee will sleep 6 hours on 5 nights a week by 04/01/2026.")
    doc.add_paragraph("Type/amount/frequency: Family psychotherapy (90847), 50-minute sessions, every other week.")
    plan = _read(doc)
    assert [s.code for s in plan.services] == ["90847"]
    assert plan.services[0].amount is not None and plan.services[0].amount.minutes == 50.0


def test_updated_objective_column_of_a_review_addendum_gives_objectives() -> None:
    doc = docx.Document()
    doc.add_paragraph("Plan Review Addendum")
    doc.add_paragraph("Goal: Kim will return to part-time work.")
    _table(
        doc,
        [
            ["#", "Revised objective", "New target date"],
            ["1", "Kim will apply for 4 part-time jobs.", "05/30/2026"],
        ],
    )
    plan = _read(doc)
    objectives = _objectives(plan)
    assert [o.statement for o in objectives] == ["Kim will apply for 4 part-time jobs."]
    assert objectives[0].target_date == dt.date(2026, 5, 30)


def test_target_column_of_sentences_is_the_goal_of_an_aba_grid() -> None:
    doc = docx.Document()
    doc.add_paragraph("ABA Treatment Plan")
    _table(
        doc,
        [
            ["Domain", "Target", "Baseline", "Mastery criterion", "Target date"],
            ["Play", "Sam will build a 5-block tower after a model.", "1 block", "5 blocks on 4 of 5 probes",
             "05/15/2026"],
            ["Self-help", "Sam will put on his coat with one verbal prompt.", "full physical prompt",
             "1 verbal prompt across 3 days", "06/15/2026"],
        ],
    )
    plan = _read(doc)
    goals = _goals(plan)
    assert [g.domain for g in goals] == ["Play", "Self-help"]
    assert goals[0].statement == "Sam will build a 5-block tower after a model."
    assert goals[0].baseline == "1 block" and goals[0].mastery_criteria == "5 blocks on 4 of 5 probes"


def test_target_column_of_levels_stays_the_level_to_reach() -> None:
    doc = docx.Document()
    doc.add_paragraph("Therapy Plan")
    _table(
        doc,
        [
            ["Skill", "Target", "Baseline", "Target date"],
            ["Grip", "20 lb", "8 lb", "05/15/2026"],
        ],
    )
    plan = _read(doc)
    assert all(g.statement != "20 lb" for g in _goals(plan))


def test_goal_and_mastery_column_gives_both() -> None:
    doc = docx.Document()
    doc.add_paragraph("Behavior Plan")
    _table(
        doc,
        [
            ["Behavior", "Baseline", "Goal / mastery", "Target date"],
            ["Hitting", "5 per day", "0 per day for 15 consecutive days", "06/30/2026"],
        ],
    )
    plan = _read(doc)
    goal = _goals(plan)[0]
    assert goal.domain == "Hitting"
    assert goal.mastery_criteria == "0 per day for 15 consecutive days"


def test_domain_sub_headings_under_goals_after_the_client_facts() -> None:
    doc = docx.Document()
    doc.add_paragraph("Bright Path Behavioral Services")
    doc.add_paragraph("Client: Ben Example")
    doc.add_paragraph("DOB: 01/02/2020")
    doc.add_paragraph("Diagnosis: F84.0 Autistic disorder")
    doc.add_heading("Goals by skill area", level=2)
    area = doc.add_paragraph()
    run = area.add_run("Communication")
    run.bold = True
    run.font.size = Pt(11)
    doc.add_paragraph("Ben will ask for help using a 3-word phrase.", style="List Number")
    doc.add_paragraph("Baseline: 0 of 10 opportunities   |   Mastery: 8 of 10 across 3 sessions   |   Target date: 06/30/2026")
    plan = _read(doc)
    goals = _goals(plan)
    assert [g.statement for g in goals] == ["Ben will ask for help using a 3-word phrase."]
    assert goals[0].baseline == "0 of 10 opportunities"
    assert goals[0].mastery_criteria == "8 of 10 across 3 sessions"


def test_baseline_still_being_collected_is_no_baseline() -> None:
    doc = docx.Document()
    doc.add_paragraph("ABA Plan")
    _table(
        doc,
        [
            ["Goal", "Baseline", "Target date"],
            ["Ava will sit at circle for 5 minutes.", "Baseline data being collected", "05/01/2026"],
            ["Ava will wait 30 seconds for a toy.", "To be established in the first 2 weeks", "05/01/2026"],
            ["Ava will follow a 2-step direction.", "2 of 10 trials (pending review)", "05/01/2026"],
        ],
    )
    plan = _read(doc)
    assert [g.baseline for g in _goals(plan)] == [None, None, "2 of 10 trials (pending review)"]


def test_target_behavior_name_beside_its_objective_is_one_goal() -> None:
    doc = docx.Document()
    doc.add_paragraph("Behavior Intervention Plan")
    _table(
        doc,
        [
            ["#", "Target behavior", "Baseline", "Objective", "Mastery criteria", "Target date"],
            ["B1", "Spitting", "4 per day", "Reduce spitting", "0 per day for 10 days", "05/01/2026"],
        ],
    )
    plan = _read(doc)
    goal = _goals(plan)[0]
    assert (goal.statement, goal.domain) == ("Reduce spitting", "Spitting")
    assert goal.objectives == []
    assert goal.mastery_criteria == "0 per day for 10 days" and goal.baseline == "4 per day"


def test_table_of_previous_goals_and_their_status_sets_no_goals() -> None:
    doc = docx.Document()
    doc.add_paragraph("Reauthorization Report")
    doc.add_heading("Progress on goals of the last period", level=2)
    _table(doc, [["Prior goal", "Status"], ["Tolerate waiting", "Mastered 12/2025"], ["Label 20 colors", "Met"]])
    doc.add_heading("Goals", level=2)
    doc.add_paragraph("Goal 1: Mia will answer 10 'what' questions with 80% accuracy by 07/31/2026.")
    plan = _read(doc)
    assert [g.label for g in _goals(plan)] == ["Goal 1"]


def test_current_level_slash_baseline_label_is_the_baseline() -> None:
    doc = docx.Document()
    doc.add_paragraph("Updated Plan")
    doc.add_paragraph("Goal 1 (Social). Leo will greet 3 peers each morning.")
    doc.add_paragraph("Current level/baseline: 1 peer with prompts. Mastery criteria: 3 peers for 5 days. "
                      "Target date: 06/30/2026.")
    plan = _read(doc)
    goal = _goals(plan)[0]
    assert goal.baseline == "1 peer with prompts"
    assert goal.objectives == []


def test_label_value_table_nested_in_a_measurement_cell() -> None:
    doc = docx.Document()
    doc.add_paragraph("Home Program Goals")
    outer = doc.add_table(rows=2, cols=2)
    outer.rows[0].cells[0].text = "Goal"
    outer.rows[0].cells[1].text = "Measurement"
    outer.rows[1].cells[0].text = "Zoe will stack 6 cups independently."
    inner = outer.rows[1].cells[1].add_table(rows=3, cols=2)
    for r, (label, value) in enumerate(
        [("Baseline", "2 cups with help"), ("Mastery", "6 cups on 3 sessions"), ("Target date", "04/30/2026")]
    ):
        inner.rows[r].cells[0].text = label
        inner.rows[r].cells[1].text = value
    plan = _read(doc)
    goal = _goals(plan)[0]
    assert goal.baseline == "2 cups with help"
    assert goal.mastery_criteria == "6 cups on 3 sessions"
    assert goal.target_date == dt.date(2026, 4, 30)


def test_objective_column_named_by_its_last_word() -> None:
    doc = docx.Document()
    doc.add_paragraph("Residential Plan")
    _table(
        doc,
        [
            ["Dimension", "Goal", "Specific behavioral objective", "Expected completion"],
            ["Dim 5", "Jon will stay sober.", "Give 6 negative weekly UDS in a row.", "03/20/2026"],
        ],
    )
    plan = _read(doc)
    goal = _goals(plan)[0]
    assert [o.statement for o in goal.objectives] == ["Give 6 negative weekly UDS in a row."]


def test_lettered_objectives_in_one_cell_are_read_one_by_one() -> None:
    doc = docx.Document()
    doc.add_paragraph("MAT Plan")
    _table(
        doc,
        [
            ["Problem", "Goal", "Objectives and target dates"],
            ["Opioid use", "Ann will stop illicit use.",
             "A. Negative UDS on 3 monthly screens — by 05/30/2026\nB. Attend 100% of dosing days — by 04/30/2026"],
        ],
    )
    plan = _read(doc)
    objectives = _objectives(plan)
    assert [o.label for o in objectives] == ["A.", "B."]
    assert [o.target_date for o in objectives] == [dt.date(2026, 5, 30), dt.date(2026, 4, 30)]


def test_strategy_label_under_a_goal_is_its_intervention() -> None:
    doc = docx.Document()
    doc.add_paragraph("IOP Plan")
    doc.add_paragraph("Goal 1: Rae will stay off alcohol.")
    doc.add_paragraph("Obj 1.1: Zero positive breathalyzers at every session — target 04/10/2026")
    doc.add_paragraph("Strategy: relapse prevention group 3 days/week")
    plan = _read(doc)
    goal = _goals(plan)[0]
    assert [i.description for i in goal.interventions] == ["relapse prevention group 3 days/week"]


def test_bulleted_items_under_a_labelled_goal_outside_a_goals_heading() -> None:
    doc = docx.Document()
    doc.add_paragraph("TREATMENT PLAN")
    doc.add_paragraph("DOB: 04/04/1980")
    doc.add_paragraph("Goal 1: Ivy will shop for groceries without leaving the store in panic.")
    doc.add_paragraph("  • Go to the store 2 times a week for 3 weeks — 03/15/2026")
    doc.add_paragraph("  • Lower panic ratings from 8 to 3 or less (diary) — 04/01/2026")
    doc.add_paragraph("Expected duration: 12 weeks.")
    plan = _read(doc)
    goal = _goals(plan)[0]
    assert len(goal.objectives) == 2
    assert [o.target_date for o in goal.objectives] == [dt.date(2026, 3, 15), dt.date(2026, 4, 1)]


def test_problem_table_with_goal_banner_and_strategies_row() -> None:
    doc = docx.Document()
    doc.add_paragraph("Individualized Treatment Plan")
    table = _table(
        doc,
        [
            ["Problem 2: Housing", "", ""],
            ["Goal: Al will move into stable housing.", "", ""],
            ["#", "Objective", "Target date"],
            ["2.1", "Al will submit 2 housing applications.", "03/01/2026"],
            ["Strategies (type / frequency)", "Case management 1x/week; peer support 1x/week", ""],
        ],
    )
    for r in (0, 1):
        table.rows[r].cells[0].merge(table.rows[r].cells[2])
    table.rows[4].cells[1].merge(table.rows[4].cells[2])
    plan = _read(doc)
    assert [p.label for p in plan.problems] == ["Problem 2"]
    goal = _goals(plan)[0]
    assert goal.statement == "Al will move into stable housing."
    assert [o.label for o in goal.objectives] == ["2.1"]
    assert [i.description for i in goal.interventions] == ["Case management 1x/week", "peer support 1x/week"]


def test_outcome_table_of_a_home_health_plan_gives_goals() -> None:
    doc = docx.Document()
    doc.add_paragraph("Plan of Care")
    doc.add_paragraph("Measurable outcomes")
    _table(doc, [["Outcome", "Target date"], ["Wound will close fully.", "04/30/2026"]])
    plan = _read(doc)
    goals = _goals(plan)
    assert [g.statement for g in goals] == ["Wound will close fully."]
    assert goals[0].target_date == dt.date(2026, 4, 30)


def test_orders_table_of_visits_and_interventions() -> None:
    doc = docx.Document()
    doc.add_paragraph("Plan of Care")
    doc.add_paragraph("Orders")
    _table(
        doc,
        [
            ["Discipline", "Visits", "Interventions"],
            ["PT", "2w4", "Gait training, transfer training, home exercise program."],
        ],
    )
    plan = _read(doc)
    assert [s.description for s in plan.services] == ["PT"]
    assert plan.services[0].frequency is not None and plan.services[0].frequency.stated
    assert plan.interventions


def test_interventions_table_with_no_goal_keeps_its_treatments() -> None:
    doc = docx.Document()
    doc.add_paragraph("Treatment Plan")
    _table(
        doc,
        [
            ["Intervention", "Frequency", "Responsible"],
            ["Cognitive processing therapy", "weekly", "Therapist"],
        ],
    )
    plan = _read(doc)
    assert [i.description for i in plan.interventions] == ["Cognitive processing therapy"]


def test_quoted_goal_in_the_clients_words_takes_the_objectives_table() -> None:
    doc = docx.Document()
    doc.add_paragraph("Recovery Plan")
    doc.add_paragraph("DOB: 05/05/1955")
    doc.add_paragraph().add_run("What I want (my goal)").bold = True
    doc.add_paragraph("“Get back to my garden and stop waking up scared every night.”")
    doc.add_paragraph().add_run("How we will know (objectives)").bold = True
    _table(doc, [["Objective", "By"], ["Nightmares will fall from 6 to 2 nights a week.", "June 1, 2026"]])
    plan = _read(doc)
    goals = _goals(plan)
    assert len(goals) == 1
    assert goals[0].statement.startswith("“Get back to my garden")
    assert [o.target_date for o in goals[0].objectives] == [dt.date(2026, 6, 1)]


def test_labelled_line_of_another_plan_part_under_goals_is_no_goal() -> None:
    doc = docx.Document()
    doc.add_paragraph("ABA Plan")
    doc.add_paragraph("Caregiver goals")
    doc.add_paragraph("Goal 1: Mom will use first-then language with 90% fidelity by 05/01/2026.")
    doc.add_paragraph("Discharge criteria: mastery of 80% of goals and transition to school supports.")
    plan = _read(doc)
    assert [g.label for g in _goals(plan)] == ["Goal 1"]


def test_one_named_appointment_and_zero_drinking_days_are_measurable() -> None:
    assert assess("Complete the sleep clinic intake by 04/01/2026.").measurable
    assert assess("Client will have zero drinking days per month.").measurable
    assert not assess("Client will keep appointments with his case manager.").measurable
