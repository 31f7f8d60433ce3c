"""Goals and objectives, round 16: a label naming a problem and its goal at once ("Problem/Goal 1:", "Need / Goal
2") over its objectives; a mastery criterion stated in the goal's sentence as a level held over a run of sessions or
weeks ("... to 1 or fewer per week for 4 consecutive weeks"); a zero count of positive tests naming the tests ("0
positive breathalyzer or EtG results"); a numbered goal title that continues the goals' numbering though its words
name another section ("3. Medications"); a goal's sentence indented under its short numbered title; an assessment
label followed by a wide gap instead of a colon; and objectives of a goal timed only by discharge, which that does
not time.

Each test builds a small plan with python-docx; names and wording are invented and differ from the blind sets.
What is not written stays empty."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.shared import Inches

from authcheck.model import TreatmentPlan
from authcheck.readers.docx.goal_phrases import statement_mastery
from authcheck.rules.measurability import assess
from docx_helpers import goals_of, read_blocks, read_document

# --- "Problem/Goal 1:": one label for a problem and its goal ----------------------------------------------------

_OBJECTIVES = [
    ["Objective", "Due", "How we will help (type / how often)"],
    ["Quinn will log every drink in a phone diary for 8 weeks in a row.", "05/15/2026", "Individual therapy weekly"],
    ["Quinn will name 3 high-risk places and a plan for each.", "04/01/2026", "Relapse-prevention group 2x/week"],
]


@pytest.mark.parametrize(
    "caption", ["Problem/Goal 1: Quinn will stop drinking on weeknights.", "Need / Goal 1: Quinn will stop drinking on weeknights."]
)
def test_a_problem_goal_caption_over_an_objectives_table_is_the_goal_of_its_rows(caption: str) -> None:
    plan = read_blocks(["Outpatient Recovery Plan", "Client: Quinn Abara", "Goals", caption, _OBJECTIVES])
    goals = goals_of(plan)
    assert [g.statement for g in goals] == ["Quinn will stop drinking on weeknights."]
    assert plan.problems[0].statement == "Quinn will stop drinking on weeknights."
    objectives = goals[0].objectives
    assert [o.target_date for o in objectives] == [dt.date(2026, 5, 15), dt.date(2026, 4, 1)]
    assert objectives[1].statement == "Quinn will name 3 high-risk places and a plan for each."


def test_a_problem_goal_caption_over_labelled_objective_paragraphs() -> None:
    plan = read_blocks(
        [
            "Treatment Plan",
            "Client: Idris Malone",
            "Problem/Treatment goal 2: Idris will keep a steady job.",
            "Objective 2a: Idris will attend 4 of 4 scheduled shifts each week for 6 weeks (by 06/12/2026).",
            "Objective 2b: Idris will submit 2 job applications a week (by 05/01/2026).",
            "Problem/Treatment goal 3: Idris will sleep through the night.",
            "Objective 3a: Idris will sleep 6 or more hours on 5 of 7 nights (by 05/29/2026).",
        ]
    )
    goals = goals_of(plan)
    assert [g.statement for g in goals] == ["Idris will keep a steady job.", "Idris will sleep through the night."]
    assert [len(g.objectives) for g in goals] == [2, 1]
    assert goals[1].objectives[0].target_date == dt.date(2026, 5, 29)


def test_a_problem_goal_caption_alone_takes_the_next_line_as_both() -> None:
    plan = read_blocks(
        [
            "Care Plan",
            "Client: Wren Okafor",
            "Goals and Objectives",
            "Problem/Goal 1",
            "Wren will manage panic without leaving work.",
            "Objective 1.1: Wren will use paced breathing in 4 of 5 panic episodes by 05/20/2026.",
        ]
    )
    goals = goals_of(plan)
    assert [g.statement for g in goals] == ["Wren will manage panic without leaving work."]
    assert plan.problems[0].statement == "Wren will manage panic without leaving work."
    assert len(goals[0].objectives) == 1


def test_problem_goal_banner_rows_inside_one_objectives_table() -> None:
    plan = read_blocks(
        [
            "Residential Treatment Plan",
            "Client: Ossie Grant",
            "Goals",
            [
                ["Problem/Goal 1: Ossie will stay sober on weekend passes.", "", ""],
                ["Objective", "Target date", "Strategy"],
                ["Ossie will return 3 of 3 pass breath tests at 0.00.", "04/24/2026", "Pass planning 1x/week"],
                ["Problem/Goal 2: Ossie will repair trust with his sister.", "", ""],
                ["Ossie will write and read a 1-page letter in a family session.", "05/08/2026", "Family session"],
            ],
        ]
    )
    goals = goals_of(plan)
    assert [g.label for g in goals] == ["Problem/Goal 1", "Problem/Goal 2"]
    assert [[o.target_date for o in g.objectives] for g in goals] == [[dt.date(2026, 4, 24)], [dt.date(2026, 5, 8)]]


def test_near_miss_a_problem_caption_keeps_reading_objective_rows_as_goals() -> None:
    # a "Problem 1:" label names no goal: the table's rows stay the goals they were read as
    plan = read_blocks(["Outpatient Recovery Plan", "Client: Quinn Abara", "Goals",
                        "Problem 1: Drinking most weeknights.", _OBJECTIVES])
    assert plan.problems[0].statement == "Drinking most weeknights."
    assert len(goals_of(plan)) == 2


def test_near_miss_a_problem_goal_caption_over_a_written_goal_is_the_problem_only() -> None:
    plan = read_blocks(
        [
            "Treatment Plan",
            "Client: Idris Malone",
            "Problem/Goal 1: Low mood",
            "Goal: Idris will return to 3 weekly activities he used to enjoy by 06/30/2026.",
            "Objective 1a: Idris will schedule 1 pleasant activity a day for 4 weeks.",
        ]
    )
    goals = goals_of(plan)
    assert [g.statement for g in goals] == ["Idris will return to 3 weekly activities he used to enjoy by 06/30/2026."]
    assert plan.problems[0].statement == "Low mood"
    assert len(goals[0].objectives) == 1


# --- a level held over a run of sessions, stated in the goal's sentence ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "criterion"),
    [
        ("Rosa's biting will fall to 1 or fewer bites per day for 5 consecutive school days.",
         "1 or fewer bites per day for 5 consecutive school days"),
        ("Theo will answer yes/no questions in 9 of 10 trials across 2 consecutive probes.",
         "9 of 10 trials across 2 consecutive probes"),
        ("Mina will have 0 bolting attempts on outings for 4 weeks in a row.", "0 bolting attempts on outings for 4 weeks in a row"),
        ("Eli will cut screaming from 14 a day to no more than 2 a day over 3 consecutive weeks.",
         "no more than 2 a day over 3 consecutive weeks"),
    ],
)
def test_a_level_held_over_a_run_is_the_mastery_criterion(sentence: str, criterion: str) -> None:
    assert statement_mastery(sentence) == criterion


@pytest.mark.parametrize(
    "sentence",
    [
        "Theo will use 4-word requests across 3 consecutive sessions.",  # a task's size, no level
        "Kara will attend social-skills group for 6 consecutive weeks.",  # no level at all
        "Currently 9 outbursts a day over 2 consecutive weeks of data; Mina will use her calm-down card.",  # the start
        "Mina will request a break within 12 weeks.",  # a time frame, not a run
        "By 07/30/2026 Rosa will sit for circle time on 3 consecutive days.",  # a date's digits are no level
    ],
)
def test_near_miss_no_mastery_criterion_is_read(sentence: str) -> None:
    assert statement_mastery(sentence) is None


def test_the_criterion_in_an_aba_goal_sentence_fills_the_goal_in_a_grid() -> None:
    plan = read_blocks(
        [
            "ABA Treatment Plan",
            "Learner: Rosa Feld",
            "Behavior Reduction Goals",
            [
                ["Target", "Goal", "Baseline", "Target date"],
                ["Biting", "Rosa's biting will fall to 1 or fewer bites per day for 5 consecutive school days.",
                 "6 bites per day", "08/14/2026"],
                ["Requests", "Rosa will request a break with her card.", "0 per day", "08/14/2026"],
            ],
        ]
    )
    goals = goals_of(plan)
    assert goals[0].mastery_criteria == "1 or fewer bites per day for 5 consecutive school days"
    assert goals[1].mastery_criteria is None  # near miss: none stated, none made up


# --- zero positive tests, the tests named -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "Dell will have 0 positive breathalyzer or saliva results while in the program.",
        "Dell will have no positive alcohol or drug tests through week 8.",
        "Dell will show 0 positive urine drug screens during residential care.",
    ],
)
def test_zero_positive_named_tests_is_a_measurable_level(statement: str) -> None:
    assert assess(statement).measurable


@pytest.mark.parametrize(
    "statement",
    ["Dell will have a positive attitude about breathalyzer checks.", "Dell will show no positive change on the PHQ-9."],
)
def test_near_miss_positive_words_without_a_zero_count_of_tests(statement: str) -> None:
    assert not assess(statement).measurable


# --- a numbered goal title continuing the goals' numbering ------------------------------------------------------


def _titled_goals(third: str) -> TreatmentPlan:
    document = docx.Document()
    document.add_paragraph("Home Program Behavior Plan")
    document.add_paragraph("Child: Nico Saar")
    document.add_paragraph("Treatment Goals")
    for title, sentence in (
        ("1. Turn taking", "Nico will take turns in a board game with 1 or fewer prompts per game."),
        ("2. Dressing", "Nico will put on his coat and shoes independently on 4 of 5 mornings."),
        (third, "Nico will take his evening medicine without refusal on 6 of 7 nights."),
    ):
        document.add_paragraph().add_run(title).bold = True
        document.add_paragraph(sentence)
    document.add_paragraph("Target date: 09/01/2026")
    return read_document(document)


@pytest.mark.parametrize("third", ["3. Medications", "3. Safety"])
def test_a_title_numbered_next_is_the_next_goal_whatever_its_words(third: str) -> None:
    plan = _titled_goals(third)
    goals = goals_of(plan)
    assert len(goals) == 3
    assert goals[2].domain == third[3:]
    assert goals[2].statement == "Nico will take his evening medicine without refusal on 6 of 7 nights."


def test_near_miss_a_title_out_of_the_goals_numbering_still_opens_its_section() -> None:
    plan = _titled_goals("7. Medications")
    assert len(goals_of(plan)) == 2


def test_near_miss_a_numbered_services_title_still_opens_the_services() -> None:
    plan = read_blocks(
        [
            "Therapy Plan",
            "Client: Nico Saar",
            "Goals",
            "1. Nico will say 2-word phrases in 8 of 10 chances by 08/01/2026.",
            "2. Nico will follow 1-step directions in 4 of 5 chances by 08/01/2026.",
            "3. Services",
            "Speech therapy 92507, 2 times per week, 30 minutes, for 6 months.",
        ]
    )
    assert len(goals_of(plan)) == 2
    assert any(s.code == "92507" for s in plan.services)


# --- a goal's sentence indented under its short numbered title -------------------------------------------------


def _indented_goals(first_line: str) -> TreatmentPlan:
    document = docx.Document()
    document.add_paragraph("Behavior Support Plan")
    document.add_paragraph("Client: Ada Brenner")
    document.add_paragraph("Goals")
    for title, lines in (
        ("1) Waiting", [first_line, "Baseline: waits 10 seconds", "Mastery: waits 2 minutes on 4 of 5 trials"]),
        ("2) Family coaching", ["Ada's mother will run the bedtime routine with 90% fidelity.", "Baseline: 40% fidelity"]),
    ):
        document.add_paragraph().add_run(title).bold = True
        for text in lines:
            document.add_paragraph(text).paragraph_format.left_indent = Inches(0.4)
    return read_document(document)


def test_an_indented_sentence_under_a_short_title_is_the_goal() -> None:
    goals = goals_of(_indented_goals("Ada will wait for a preferred item without crying."))
    assert [g.domain for g in goals] == ["Waiting", "Family coaching"]
    assert goals[0].statement == "Ada will wait for a preferred item without crying."
    assert goals[0].baseline == "waits 10 seconds"
    assert goals[1].statement == "Ada's mother will run the bedtime routine with 90% fidelity."
    assert not any(g.objectives for g in goals)


def test_near_miss_an_indented_phrase_with_no_goal_words_is_not_the_goal() -> None:
    goals = goals_of(_indented_goals("Short waits first"))
    assert goals[0].statement == "Waiting"  # "Short waits first" states no goal: the title keeps its reading


# --- an assessment label, a wide gap, the instrument ------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Assessment    ABLLS-R, 01/15/2026: strengths in imitation; gaps in requesting.",
        "Standardized assessment\tVB-MAPP Milestones 01/15/2026 (score 41)",
    ],
)
def test_an_assessment_label_before_a_wide_gap_records_the_assessment(line: str) -> None:
    plan = read_blocks(["ABA Plan of Care", "Learner: Tomas Reyes", "Plan date: 02/02/2026", line])
    assert len(plan.assessments) == 1
    assert plan.assessments[0].date == dt.date(2026, 1, 15)


def test_near_miss_an_assessment_label_naming_no_instrument_records_none() -> None:
    plan = read_blocks(["ABA Plan of Care", "Learner: Tomas Reyes", "Plan date: 02/02/2026",
                        "Assessment    of progress is made at each monthly team meeting."])
    assert plan.assessments == []


# --- objectives of a goal timed only by discharge ---------------------------------------------------------------

_NATIVE = """schema: authcheck-plan/1
patient: {{name: Lena Voss, birth_date: '1990-02-03', member_id: TX-1002003}}
discipline: sud
plan_date: '2026-03-02'
problems:
- statement: No job.
  goals:
  - statement: {goal}
    objectives:
    - statement: Lena will send 4 job applications to local employers.
"""


def _time_bound_kinds(tmp_path: Path, library: Any, goal: str) -> list[str]:
    from authcheck.api import check_file, select_profiles

    path = tmp_path / "plan.yaml"
    path.write_text(_NATIVE.format(goal=goal), encoding="utf-8")
    day = dt.date(2026, 3, 9)
    profiles = select_profiles(library, payer="base-treatment-plan", states=["tx-26tac-564"], as_of=day)
    return [f.kind for f in check_file(path, profiles, day).findings if f.kind == "objective-not-time-bound"]


@pytest.mark.parametrize(
    "goal", ["Lena will have a paying job at discharge.", "Lena will be working by the end of treatment."]
)
def test_a_goal_timed_only_by_discharge_gives_its_objectives_no_date(tmp_path: Path, library: Any, goal: str) -> None:
    assert _time_bound_kinds(tmp_path, library, goal) == ["objective-not-time-bound"]


@pytest.mark.parametrize(
    "goal", ["Lena will have a paying job within 10 weeks.", "Lena will have a paying job by 05/29/2026."]
)
def test_near_miss_a_goal_with_a_date_or_length_times_its_objectives(tmp_path: Path, library: Any, goal: str) -> None:
    assert _time_bound_kinds(tmp_path, library, goal) == []


# --- one written product the client makes and delivers ----------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "Marek will complete the written impact statement and read it in group.",
        "Marek will write a trauma narrative and read it to his therapist by week 10.",
        "Marek will draft an essay on what sobriety gives his children.",
    ],
)
def test_one_written_product_is_a_measurable_target(statement: str) -> None:
    assert assess(statement).measurable


@pytest.mark.parametrize(
    "statement", ["Marek will work on his trauma narrative.", "Marek will understand the impact statement process."]
)
def test_near_miss_working_on_or_understanding_a_product_names_no_level(statement: str) -> None:
    assert not assess(statement).measurable
