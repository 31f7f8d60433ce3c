"""Services, goals, diagnoses and dates, round 27 (home-made templates of small practices).

- a typed outline's letter alone before labelled items ("B. Amount: 45-minute sessions.  C. Frequency: weekly.")
  is no treatment of its own: the labelled items are read as usual;
- home-health visit orders listed after a label naming the disciplines or their frequency ("Disciplines and
  frequency: PT 3w2, 2w4; OT 1w1, 2w3; SN 1w1 ..."), and ticked discipline boxes in a grid ("☒ PT  2w4, 1w4 |
  ☐ SLP"), are each a discipline's visits; an unticked box orders nothing;
- "I expect treatment to last about 6 months" states the plan's expected duration;
- a goals table with a "Diagnosis" column: the diagnoses in that column are the plan's;
- a line of dash-labelled facts ("Baseline — ... Criterion — ... By Aug 31, 2026.") right under a labelled goal
  written outside any goals heading gives that goal's facts;
- a form row "Assessment | VB-MAPP | Administered | 02/16/2026 | Score | ...": the date and scores beside the
  instrument are the assessment's;
- a HCPCS code typed with a digit too few in a list of services parted by semicolons ("methadone administration
  H020 daily; counseling H0004, ...") is kept as written, for the code rules to judge;
- "Diagnosed by | Imre Halloway, PhD | Eval date | 10/14/2025": the evaluation's date beside the diagnostician dates
  the diagnosis; "(Dr. Wilhelmina Sato, PhD, evaluation 05/09/2023)" after a diagnosis names its maker and date.

Each change has a test of what it now reads and a near miss that must still read as before. Plans are built with
python-docx; names and wording are invented and differ from the blind sets."""

from __future__ import annotations

import datetime as dt

from authcheck.readers.phrases.codes import listed_codes_as_written
from docx_helpers import read_blocks

_PSYCH_HEAD = [
    "Lakeside Family Therapy",
    "TREATMENT PLAN",
    "Client: Bartholomew Quince    DOB: 07/21/1961",
    "Diagnosis: F41.1 Generalized anxiety disorder",
    "Goals",
    "Goal 1: Lower the GAD-7 score from 15 to 7 or less by 08/31/2026.",
]

_HH_HEAD = [
    "Riverbend Home Care — Plan of Care",
    "Patient: Ottoline Marsh   DOB: 05/05/1940   SOC: 04/06/2026",
    "Dx: M17.11 Unilateral primary osteoarthritis, right knee",
]


# --- a typed outline's letters before labelled items ----------------------------------------------------------------


def test_outline_letters_before_labelled_treatment_items() -> None:
    plan = read_blocks([
        *_PSYCH_HEAD[:4],
        "III.  GOALS",
        "    1. Goal: Lower the GAD-7 score from 15 to 7 or less by 08/31/2026.",
        "IV.  TREATMENT",
        "    A. Type: individual cognitive behavioral therapy, CPT 90834.",
        "    B. Amount: 45-minute sessions.  C. Frequency: weekly.  D. Duration: 5 months.",
    ])
    assert plan.services and plan.services[0].amount is not None and plan.services[0].amount.minutes == 45
    assert plan.services[0].frequency is not None and plan.services[0].frequency.per_week() == 1
    assert all((i.description or "").strip() not in ("A.", "B.") for _, i in plan.iter_interventions())


def test_treatment_statement_with_its_facts_still_one_intervention() -> None:
    # near miss: words of a treatment before the labelled facts are still the treatment (read as before)
    plan = read_blocks([
        *_PSYCH_HEAD,
        "Interventions",
        "Cognitive restructuring  Frequency: weekly  Amount: 45 minutes",
    ])
    assert [i.description for _, i in plan.iter_interventions()] == ["Cognitive restructuring"]


# --- home-health visit orders: a labelled list, and ticked discipline boxes ------------------------------------------


def test_labelled_list_of_discipline_visit_orders() -> None:
    plan = read_blocks([
        *_HH_HEAD,
        "Disciplines and frequency: PT 3w2, 2w4; OT 1w1, 2w3; SN 1w1 for medication reconciliation.",
        "Goals: walk 150 ft with a cane by 05/29/2026.",
    ])
    orders = {s.description: s.frequency.count_max or s.frequency.count for s in plan.services if s.frequency}
    assert orders == {"PT": 3.0, "OT": 2.0, "SN": 1.0}


def test_labelled_list_with_a_piece_that_is_no_order_is_not_read_as_orders() -> None:
    # near miss: "OT evaluation only" orders no visits: the list is not taken as discipline orders
    plan = read_blocks([
        *_HH_HEAD,
        "Disciplines and frequency: PT 3w2, 2w4; OT evaluation only.",
        "Goals: walk 150 ft with a cane by 05/29/2026.",
    ])
    assert not [s for s in plan.services if s.description == "PT"]


def test_ticked_discipline_boxes_order_visits() -> None:
    plan = read_blocks([
        *_HH_HEAD,
        [["☒ PT  2w4, 1w4", "☒ OT  1w4", "☐ SLP", "☐ SN", "☒ HHA  2w8"]],
        "Goals: walk 150 ft with a cane by 05/29/2026.",
    ])
    assert sorted(s.description or "" for s in plan.services if s.frequency) == ["HHA", "OT", "PT"]


def test_unticked_discipline_box_orders_nothing() -> None:
    # near miss: "☐ OT  1w4" is not ticked: no OT visits
    plan = read_blocks([
        *_HH_HEAD,
        [["☒ PT  2w4, 1w4", "☐ OT  1w4", "☐ SLP"]],
        "Goals: walk 150 ft with a cane by 05/29/2026.",
    ])
    assert [s.description for s in plan.services if s.frequency] == ["PT"]


# --- the writer's expectation of how long treatment lasts ------------------------------------------------------------


def test_expected_length_of_treatment_in_a_letter() -> None:
    plan = read_blocks([
        "Dear Dr. Pemberton,",
        "Her diagnosis is generalized anxiety disorder (F41.1).",
        "I will see her for individual psychotherapy (CPT 90834), 45-minute sessions once a week. I expect "
        "treatment to last about 5 months, through the end of August 2026.",
        "Sincerely,",
    ])
    assert plan.expected_duration is not None
    assert (plan.expected_duration.value, plan.expected_duration.unit) == (5.0, "month")


def test_expectation_about_something_else_is_no_duration() -> None:
    # near miss: what is expected is the client's mood, not how long treatment lasts
    plan = read_blocks([
        "Dear Dr. Pemberton,",
        "Her diagnosis is generalized anxiety disorder (F41.1).",
        "I will see her for individual psychotherapy (CPT 90834), 45-minute sessions once a week. I expect "
        "her sleep to improve over about 5 months.",
        "Sincerely,",
    ])
    assert plan.expected_duration is None


# --- a goals table's column of diagnoses ----------------------------------------------------------------------------


def test_goals_table_diagnosis_column_gives_the_diagnosis() -> None:
    plan = read_blocks([
        "Willow Creek Therapy — Plan of Care",
        "Patient: Anselm Grady   DOB: 01/02/1950",
        [
            ["Diagnosis", "Problem", "Goal (by 07/01/2026)", "Interventions"],
            ["M75.101 Rotator cuff tear of right shoulder, not specified as traumatic", "Cannot reach overhead",
             "Shoulder flexion AROM from 95° to 150°", "97110 therapeutic exercise; 97140 manual therapy"],
        ],
    ])
    assert [(d.code, d.description) for d in plan.diagnoses] == [
        ("M75.101", "Rotator cuff tear of right shoulder, not specified as traumatic")
    ]


def test_goals_table_without_diagnosis_column_gives_none() -> None:
    # near miss: a "Problem" column names the trouble, not a diagnosis
    plan = read_blocks([
        "Willow Creek Therapy — Plan of Care",
        "Patient: Anselm Grady   DOB: 01/02/1950",
        [
            ["Problem", "Goal (by 07/01/2026)", "Interventions"],
            ["Cannot reach overhead after shoulder surgery", "Shoulder flexion AROM from 95° to 150°",
             "97110 therapeutic exercise; 97140 manual therapy"],
        ],
    ])
    assert plan.diagnoses == []


# --- dash-labelled facts under a labelled goal outside any goals heading ----------------------------------------------


_ABA_HEAD = [
    "BEHAVIOR PLAN — INITIAL",
    "Learner: Casimir Odell   Date of birth: 06/06/2020   Plan date: Apr 2, 2026",
    "Diagnosis: F84.0 Autistic disorder",
]


def test_dash_facts_under_a_labelled_goal_outside_a_goals_heading() -> None:
    plan = read_blocks([
        *_ABA_HEAD,
        "Target 1 (Play): Casimir will take turns in a board game with a peer.",
        "Baseline — 1 turn exchange per game (probe, 4 sessions). Criterion — 6 or more turn exchanges per game "
        "across 3 consecutive sessions. By Sep 30, 2026.",
    ])
    goal = plan.goals[0]
    assert goal.baseline == "1 turn exchange per game (probe, 4 sessions)"
    assert goal.target_date == dt.date(2026, 9, 30)
    assert (goal.target or goal.mastery_criteria or "").startswith("6 or more turn exchanges")


def test_dash_line_with_a_label_that_is_no_fact_is_not_the_goals() -> None:
    # near miss: "Parent role — ..." names no fact of a goal: the goal keeps no baseline
    plan = read_blocks([
        *_ABA_HEAD,
        "Target 1 (Play): Casimir will take turns in a board game with a peer.",
        "Parent role — parents are welcome to watch 1 session per week.",
    ])
    goal = plan.goals[0]
    assert goal.baseline is None and goal.target is None and goal.target_date is None


# --- an assessment's date and scores in the pairs beside it -----------------------------------------------------------


def test_assessment_row_with_date_and_scores_beside_it() -> None:
    plan = read_blocks([
        [
            ["Learner", "Casimir Odell", "DOB", "06/06/2020"],
            ["Assessment", "Vineland-3", "Administered", "03/11/2026", "Score", "Adaptive Behavior Composite 71"],
        ],
        "Goal 1: Casimir will take turns in a board game in 80% of opportunities by 09/30/2026.",
    ])
    assert [(a.instrument, a.date) for a in plan.assessments] == [("Vineland-3", dt.date(2026, 3, 11))]
    assert plan.assessments[0].scores == {"adaptive behavior composite": "71"}


def test_assessment_row_with_another_date_beside_it_stays_undated() -> None:
    # near miss: the date beside the instrument is the next review's, not when the assessment was given
    plan = read_blocks([
        [
            ["Learner", "Casimir Odell", "DOB", "06/06/2020"],
            ["Assessment", "Vineland-3", "Next review", "09/11/2026"],
        ],
        "Goal 1: Casimir will take turns in a board game in 80% of opportunities by 09/30/2026.",
    ])
    assert [(a.instrument, a.date) for a in plan.assessments] == [("Vineland-3", None)]


# --- a HCPCS code mistyped in a list of services ----------------------------------------------------------------------


def test_mistyped_hcpcs_code_in_a_list_of_services_is_kept_as_written() -> None:
    plan = read_blocks([
        "TREATMENT PLAN",
        "Name: Lorcan Tibbs     DOB: 4/4/1975",
        "Diagnosis: F11.20 Opioid dependence, uncomplicated",
        "Goal: reach a stable methadone dose by 05/01/2026.",
        "Services: methadone administration H020 daily; counseling H0004, 50 minutes, 2x per month.",
    ])
    assert [s.code for s in plan.services] == ["H020", "H0004"]


def test_near_code_alone_or_after_diagnosis_words_is_no_service_code() -> None:
    # near misses: no valid code elsewhere in the list; a token after "dx" is a diagnosis's
    assert listed_codes_as_written("methadone administration H020 daily") == []
    assert listed_codes_as_written("methadone administration H020 daily; counseling weekly") == []
    assert listed_codes_as_written("counseling H0004 weekly; dx H020 noted") == []
    assert [c[0] for c in listed_codes_as_written("counseling H0004 weekly; dosing H020 daily")] == ["H020"]


# --- who made the diagnosis and when: a form row of pairs, and a bracket naming the evaluation -------------------------


def test_evaluation_date_beside_the_diagnostician_dates_the_diagnosis() -> None:
    plan = read_blocks([
        [
            ["Learner", "Casimir Odell", "DOB", "06/06/2020"],
            ["Diagnosis", "F84.0 Autistic disorder", "Diagnosed by", "Imre Halloway, PhD", "Eval date", "10/14/2025"],
        ],
        "Goal 1: Casimir will take turns in a board game in 80% of opportunities by 09/30/2026.",
    ])
    diagnosis = plan.diagnoses[0]
    assert (diagnosis.diagnosed_by, diagnosis.diagnosed_on) == ("Imre Halloway, PhD", dt.date(2025, 10, 14))


def test_other_date_beside_the_diagnostician_does_not_date_the_diagnosis() -> None:
    # near miss: the pair after the diagnostician is the next review's date
    plan = read_blocks([
        [
            ["Learner", "Casimir Odell", "DOB", "06/06/2020"],
            ["Diagnosis", "F84.0 Autistic disorder", "Diagnosed by", "Imre Halloway, PhD", "Next review", "10/14/2026"],
        ],
        "Goal 1: Casimir will take turns in a board game in 80% of opportunities by 09/30/2026.",
    ])
    diagnosis = plan.diagnoses[0]
    assert (diagnosis.diagnosed_by, diagnosis.diagnosed_on) == ("Imre Halloway, PhD", None)


def test_bracket_naming_the_maker_and_the_dated_evaluation() -> None:
    plan = read_blocks([
        "Continuation Request",
        "Diagnosis: F84.0 Autistic disorder (Dr. Wilhelmina Sato, PhD, evaluation 05/09/2023)",
        "Goal 1: Casimir will take turns in a board game in 80% of opportunities by 09/30/2026.",
    ])
    diagnosis = plan.diagnoses[0]
    assert (diagnosis.description, diagnosis.diagnosed_by, diagnosis.diagnosed_on) == (
        "Autistic disorder", "Wilhelmina Sato, PhD", dt.date(2023, 5, 9)
    )


def test_bracket_naming_no_clinician_keeps_only_the_date() -> None:
    # near miss: the bracket says how and when, not who: the evaluation's date as before, no maker
    plan = read_blocks([
        "Continuation Request",
        "Diagnosis: F84.0 Autistic disorder (school team, evaluation 05/09/2023)",
        "Goal 1: Casimir will take turns in a board game in 80% of opportunities by 09/30/2026.",
    ])
    diagnosis = plan.diagnoses[0]
    assert diagnosis.diagnosed_by is None and diagnosis.diagnosed_on == dt.date(2023, 5, 9)


def test_diagnoses_table_with_a_diagnosed_by_column_still_reads() -> None:
    # a table of diagnoses hands who made it to the same reading with no line of pairs around it (nothing beside)
    plan = read_blocks([
        "Plan of Care",
        [["ICD-10", "Diagnosis", "Diagnosed by"], ["F84.0", "Autistic disorder", "Imre Halloway, PhD, 10/14/2025"]],
        "Goal 1: Casimir will take turns in a board game in 80% of opportunities by 09/30/2026.",
    ])
    assert [(d.code, d.diagnosed_by) for d in plan.diagnoses] == [("F84.0", "Imre Halloway, PhD")]
