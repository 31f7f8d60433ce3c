"""Goals, objectives, interventions and requested services in layouts met on agencies' forms: a target-level column,
goals and objectives in one column, repeated header rows, short-term goals under long-term ones in a labelled
table, and more. Each document is built here with python-docx, in wordings of its own."""

from __future__ import annotations

import docx

from docx_helpers import add_table as _table
from docx_helpers import goals_of as _goals
from docx_helpers import read_document as _read


def test_target_column_after_baseline_is_the_level_to_reach() -> None:
    doc = docx.Document()
    doc.add_paragraph("Occupational Therapy Plan of Care")
    doc.add_paragraph("Goals")
    _table(
        doc,
        [
            ["Goal", "Baseline", "Target", "Time frame"],
            ["Nine-Hole Peg Test, left hand", "48 s", "30 s or less", "10 weeks"],
            ["Lower body dressing", "Max assist", "Supervision only", "6 weeks"],
        ],
    )
    goals = _goals(_read(doc))
    assert [g.statement for g in goals] == ["Nine-Hole Peg Test, left hand", "Lower body dressing"]
    assert goals[0].target == "30 s or less" and goals[0].baseline == "48 s"
    assert goals[0].time_frame == "10 weeks" and goals[0].label is None
    assert goals[1].target == "Supervision only"


def test_target_column_holding_dates_gives_target_dates() -> None:
    doc = docx.Document()
    doc.add_paragraph("Goals")
    _table(
        doc,
        [
            ["Goal", "Target", "Status"],
            ["Reduce panic attacks from 5 a week to 1 or fewer a week.", "07/15/2026", "Open"],
        ],
    )
    goal = _goals(_read(doc))[0]
    assert goal.target_date is not None and goal.target_date.isoformat() == "2026-07-15"


def test_target_column_before_the_goal_names_the_skill() -> None:
    doc = docx.Document()
    doc.add_paragraph("Goals")
    _table(
        doc,
        [
            ["Target", "Baseline", "Goal"],
            ["Manding", "2 mands per hour", "Emit 10 spontaneous mands per hour across 3 sessions."],
        ],
    )
    goal = _goals(_read(doc))[0]
    assert goal.label == "Manding" and goal.target is None


def test_goal_and_objective_in_one_column_by_their_own_labels_and_outline_numbers() -> None:
    doc = docx.Document()
    doc.add_paragraph("Goals and objectives")
    _table(
        doc,
        [
            ["Goal / objective", "How measured", "Target date"],
            ["GOAL 1 — Sleep through the night without waking in panic.", "", ""],
            ["1.1  Nightmares will drop from 5 to 1 or fewer per week.", "Sleep diary", "05/01/2026"],
            ["1.2  Use grounding skills on 4 of 5 wakings.", "Skills log", "04/01/2026"],
            ["GOAL 2 — Return to part-time work.", "", ""],
            ["2.1  Work at least 12 hours a week for 4 weeks.", "Pay stubs", "06/01/2026"],
        ],
    )
    goals = _goals(_read(doc))
    assert [g.label for g in goals] == ["GOAL 1", "GOAL 2"]
    assert goals[0].statement == "Sleep through the night without waking in panic."
    assert [o.label for o in goals[0].objectives] == ["1.1", "1.2"]
    assert goals[0].objectives[0].measure == "Sleep diary"
    assert goals[0].objectives[0].target_date.isoformat() == "2026-05-01"
    assert [o.statement for o in goals[1].objectives] == ["Work at least 12 hours a week for 4 weeks."]


def test_labelled_table_short_term_goals_under_long_term_goal_and_repeated_header() -> None:
    doc = docx.Document()
    doc.add_paragraph("Problem list")
    _table(
        doc,
        [
            ["No.", "Statement", "Target", "Status"],
            ["N1", "Problem: avoids school since October.", "", "Active"],
            ["LTG 1", "Attend school 5 of 5 days for 6 weeks in a row.", "06/12/2026", "Active"],
            ["STG 1a", "Attend the first two periods on 4 of 5 days.", "03/20/2026", "Active"],
            ["No.", "Statement", "Target", "Status"],
            ["STG 1b", "Rate morning anxiety at 4/10 or below on 5 of 7 days.", "04/17/2026", "Active"],
        ],
    )
    plan = _read(doc)
    assert [p.statement for p in plan.problems] == ["avoids school since October."]
    goals = _goals(plan)
    assert [g.label for g in goals] == ["LTG 1"]
    assert [o.label for o in goals[0].objectives] == ["STG 1a", "STG 1b"]
    assert goals[0].objectives[1].target_date.isoformat() == "2026-04-17"


def test_page_markers_are_not_content() -> None:
    doc = docx.Document()
    doc.add_paragraph("Interventions")
    doc.add_paragraph("Exposure and response prevention, weekly.")
    doc.add_paragraph("-- Page 2 of 4 --")
    plan = _read(doc)
    assert [i.description for i in plan.interventions] == ["Exposure and response prevention, weekly."]


def test_frequency_box_under_a_table_of_procedures_holds_for_each_of_them() -> None:
    doc = docx.Document()
    doc.add_paragraph("Plan of treatment")
    _table(doc, [["CPT", "Procedure", "Units"], ["97112", "Neuromuscular re-education", "2"], ["97116", "Gait training", "1"]])
    _table(doc, [["Therapist signature", "Frequency / duration"], ["Ana Ruiz, PT", "Frequency: 2x/week x 6 weeks"]])
    services = _read(doc).services
    assert [s.code for s in services] == ["97112", "97116"]
    assert all(s.frequency is not None and s.frequency.per_week() == 2 for s in services)
    assert all(s.duration is not None and s.duration.value == 6 for s in services)


def test_a_frequency_line_does_not_fill_a_table_whose_rows_state_their_own() -> None:
    doc = docx.Document()
    doc.add_paragraph("Services requested")
    _table(
        doc,
        [
            ["Code", "Service", "Frequency"],
            ["90834", "Individual therapy", "weekly"],
            ["90847", "Family therapy", ""],
        ],
    )
    doc.add_paragraph("Frequency: twice a month")
    services = [s for s in _read(doc).services if s.code]
    assert services[0].frequency is not None and services[0].frequency.text == "weekly"


def test_code_column_keeps_a_mistyped_code_as_written() -> None:
    doc = docx.Document()
    doc.add_paragraph("Services")
    _table(doc, [["Code", "Description", "Units"], ["E0I14", "Crutches, underarm (pair)", "1"], ["97110", "Therapeutic exercise", "2"]])
    services = _read(doc).services
    assert [s.code for s in services] == ["E0I14", "97110"]
    assert services[0].description == "Crutches, underarm (pair)"


def test_home_health_orders_with_as_needed_visits() -> None:
    from authcheck.readers.phrases import parse_service

    found = parse_service("OT: 1W2 x 2 visits for bathroom safety; PRN x 1 for equipment follow-up.")
    assert [s.description for s in found] == ["OT"]
    found = parse_service("PRN RN visits x 3 for catheter problems.")
    assert found[0].description == "RN" and found[0].frequency == "PRN x 3 visits"
    found = parse_service("Aide as needed x 2 visits for bathing.")
    assert found[0].frequency is not None and "x 2" in found[0].frequency


def test_short_term_goals_table_after_a_long_term_goal_line_are_its_objectives() -> None:
    doc = docx.Document()
    doc.add_paragraph("Opioid Treatment Program - Treatment Plan")
    doc.add_paragraph("Long-term goal: Stay in recovery and keep stable housing.")
    doc.add_paragraph("Short-term goals")
    _table(
        doc,
        [
            ["#", "Short-term goal", "Action steps", "Target date"],
            ["1", "Two negative toxicology screens in a row.", "Observed dosing; weekly screens", "05/01/2026"],
            ["2", "Keep 3 of 3 housing case-management appointments.", "Bus passes from case manager", "05/15/2026"],
        ],
    )
    doc.add_paragraph("Program physician NPI 1234567893")
    plan = _read(doc)
    goals = _goals(plan)
    assert [g.statement for g in goals] == ["Stay in recovery and keep stable housing."]
    assert [o.label for o in goals[0].objectives] == ["1", "2"]
    assert goals[0].objectives[1].target_date.isoformat() == "2026-05-15"
    assert any(i.description == "Observed dosing" for i in goals[0].interventions)
    assert all("NPI" not in (p.statement or "") for p in plan.problems)


def test_problem_label_over_a_problem_description_line() -> None:
    doc = docx.Document()
    doc.add_paragraph("Problems")
    doc.add_paragraph("Problem 1")
    doc.add_paragraph("Problem Statement:  Panic attacks on public transit")
    doc.add_paragraph("Long Term Goal:  Ride the bus to work 5 days a week without leaving early.")
    doc.add_paragraph("Problem 2")
    doc.add_paragraph("Description:  Poor sleep")
    doc.add_paragraph("Long Term Goal:  Sleep 7 hours on 5 of 7 nights.")
    plan = _read(doc)
    assert [(p.label, p.statement) for p in plan.problems] == [
        ("Problem 1", "Panic attacks on public transit"),
        ("Problem 2", "Poor sleep"),
    ]
    assert [len(p.goals) for p in plan.problems] == [1, 1]


def test_numbered_short_term_goals_under_a_single_goal_line_are_its_objectives() -> None:
    doc = docx.Document()
    doc.add_paragraph("Counseling note and plan")
    doc.add_paragraph("Goal: remain abstinent from alcohol and rebuild trust with family.")
    doc.add_paragraph("Short-term goals:")
    doc.add_paragraph("1) Attend 3 mutual-help meetings a week through 05/31/2026.")
    doc.add_paragraph("2) Breathalyzer negative at every visit by 04/30/2026.")
    doc.add_paragraph("The plan will be reviewed by 06/15/2026.")
    goals = _goals(_read(doc))
    assert len(goals) == 1
    assert [o.label for o in goals[0].objectives] == ["1)", "2)"]


def test_short_term_goals_after_several_goals_stay_goals() -> None:
    doc = docx.Document()
    doc.add_paragraph("Long-term goals:")
    doc.add_paragraph("1. Client will return to school full time.")
    doc.add_paragraph("2. Client will stop self-harm.")
    doc.add_paragraph("Short-term goals:")
    doc.add_paragraph("1) Attend 4 of 5 school days for 3 weeks.")
    goals = _goals(_read(doc))
    assert all(not g.objectives or g is goals[0] for g in goals[1:])  # not all piled onto the last goal
    assert not goals[1].objectives


def test_goals_table_under_a_banner_row_with_listed_objectives_and_their_dates() -> None:
    doc = docx.Document()
    doc.add_paragraph("Outpatient plan")
    table = doc.add_table(rows=3, cols=4)
    banner = table.rows[0].cells[0].merge(table.rows[0].cells[3])
    banner.text = "Diagnosis on file: F43.10 Post-traumatic stress disorder          Prepared for: R. Dale"
    for c, header in enumerate(["Problem", "Goal", "Objectives", "Target date"]):
        table.rows[1].cells[c].text = header
    values = [
        "1. Flashbacks at work.",
        "Work a full shift without leaving.",
        "1a. PCL-5 from 48 to below 30.\n1b. Stay through 4 of 5 shifts a week.",
        "1a: 07/01/2026\n1b: 05/15/2026",
    ]
    for c, value in enumerate(values):
        table.rows[2].cells[c].text = value
    plan = _read(doc)
    assert [(p.label, p.statement) for p in plan.problems] == [("1.", "Flashbacks at work.")]
    goal = _goals(plan)[0]
    assert goal.statement == "Work a full shift without leaving."
    assert [(o.label, o.target_date.isoformat()) for o in goal.objectives] == [
        ("1a.", "2026-07-01"),
        ("1b.", "2026-05-15"),
    ]


def test_paragraph_announcing_two_goals_with_their_steps() -> None:
    doc = docx.Document()
    doc.add_paragraph("Goals")
    doc.add_paragraph(
        "Maria says she wants her life back. Her first goal is calmer mornings: she will cut panic attacks from "
        "daily to 2 or fewer a week by 08/01/2026, and will drive to work alone 3 days a week by 07/01/2026. "
        "Her second goal is better sleep: she will sleep 6 hours on 5 of 7 nights by 06/15/2026."
    )
    goals = _goals(_read(doc))
    assert [g.statement for g in goals] == ["Calmer mornings", "Better sleep"]
    assert len(goals[0].objectives) == 2 and len(goals[1].objectives) == 1
    assert goals[1].objectives[0].target_date.isoformat() == "2026-06-15"


def test_headers_and_labels_written_in_two_languages() -> None:
    doc = docx.Document()
    doc.add_paragraph("Objectifs / Goals")
    _table(
        doc,
        [
            ["", "But ou objectif / Goal or objective", "Niveau de base / Baseline", "Date cible / Target date"],
            ["But 1 / Goal 1", "Lire à voix haute / Read aloud for 5 minutes without stopping.", "1 minute", ""],
            ["Objectif 1a / Objective 1a", "Lira 2 pages / Will read 2 pages in 80% of sessions.", "0 pages", "06/01/2026"],
        ],
    )
    goals = _goals(_read(doc))
    assert [g.label for g in goals] == ["Goal 1"]
    assert goals[0].baseline == "1 minute"
    assert [o.label for o in goals[0].objectives] == ["Objective 1a"]
    assert goals[0].objectives[0].target_date.isoformat() == "2026-06-01"


def test_goal_cell_with_its_mastery_line_and_numbered_objective_cells() -> None:
    doc = docx.Document()
    doc.add_paragraph("Treatment goals")
    _table(
        doc,
        [
            ["Goal", "Objective", "Baseline", "Target date"],
            ["1. Mia will label 20 common emotions.\nMastery: 18 of 20 across 2 therapists.", "1a. Label 5 basic emotions in pictures.", "1 of 5", "06/30/2026"],
            ["1. Mia will label 20 common emotions.\nMastery: 18 of 20 across 2 therapists.", "1b. Label emotions in peers during play.", "0 of 5", "09/30/2026"],
        ],
    )
    goals = _goals(_read(doc))
    assert len(goals) == 1 and goals[0].label == "1."
    assert goals[0].statement == "Mia will label 20 common emotions."
    assert goals[0].mastery_criteria == "18 of 20 across 2 therapists"
    assert [(o.label, o.baseline) for o in goals[0].objectives] == [("1a.", "1 of 5"), ("1b.", "0 of 5")]


def test_aba_targets_with_benchmark_and_outcome_lines() -> None:
    doc = docx.Document()
    doc.add_paragraph("Behavior plan - renewal")
    doc.add_paragraph("Target 1 — Waiting")
    doc.add_paragraph("Noah will wait for a preferred item without problem behavior.")
    doc.add_paragraph("Baseline: waits 5 seconds.")
    doc.add_paragraph("Benchmark (05/01/2026): waits 30 seconds in 50% of trials.")
    doc.add_paragraph("Outcome (08/01/2026): waits 2 minutes in 90% of trials across 3 sessions.")
    goals = _goals(_read(doc))
    assert len(goals) == 1
    goal = goals[0]
    assert goal.label == "Target 1" and goal.domain == "Waiting"
    assert goal.statement == "Noah will wait for a preferred item without problem behavior."
    assert goal.baseline == "waits 5 seconds"
    assert goal.target is not None and goal.target.startswith("waits 2 minutes")
    assert goal.target_date.isoformat() == "2026-08-01"
    assert [o.target_date.isoformat() for o in goal.objectives] == ["2026-05-01"]
    assert goal.objectives[0].target is None


def test_goal_line_with_its_method_of_treatment() -> None:
    doc = docx.Document()
    doc.add_paragraph("Dimension 3 - Emotional")
    doc.add_paragraph("Goal: sleep without nightmares. Method: trauma group 3x/week; individual counseling weekly.")
    doc.add_paragraph("Goal: PHQ-9 below 10. Method: PHQ-9 every 2 weeks.")
    goals = _goals(_read(doc))
    assert [i.description for i in goals[0].interventions] == ["trauma group 3x/week", "individual counseling weekly"]
    assert goals[1].measure == "PHQ-9 every 2 weeks" and not goals[1].interventions


def test_services_column_of_an_objectives_table_holds_its_interventions() -> None:
    doc = docx.Document()
    doc.add_paragraph("Goal: Keep a job for 90 days.")
    _table(
        doc,
        [
            ["Objective", "Target date", "Services (type and frequency)"],
            ["Attend 4 of 4 job-coach meetings a month.", "05/01/2026", "Vocational counseling 1x per week, 45 min"],
        ],
    )
    goal = _goals(_read(doc))[0]
    assert [i.description for i in goal.interventions] == ["Vocational counseling 1x per week, 45 min"]
    assert goal.interventions[0].frequency is not None and goal.interventions[0].frequency.per_week() == 1


def test_dash_bullets_are_not_goal_labels() -> None:
    doc = docx.Document()
    doc.add_paragraph("Goals")
    doc.add_paragraph("– Pressure ulcer will close completely by 05/30/2026.")
    doc.add_paragraph("– Patient will reposition every 2 hours while awake, per turning log, by 04/15/2026.")
    goals = _goals(_read(doc))
    assert [g.label for g in goals] == [None, None]
    assert goals[0].target_date.isoformat() == "2026-05-30"
