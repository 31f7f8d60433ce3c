"""DOCX, round 25 (goals, services, diagnoses): near misses both ways.

- a problem whose label names the diagnosis too ("PROBLEM / DIAGNOSIS", "Identified problem/Dx") over coded words:
  those words are the diagnosis as well; uncoded words under it, or a plain "Problem / Need", give no diagnosis;
- a quantity's label typed without a colon after a list of codes ("97110, 97140; frequency 2x/week; duration 8
  weeks") qualifies those services and is no service of its own; "frequency of falls" is no such label, and a
  "Frequency:" line for another service still leaves the coded service without one;
- a problem list item with its goal run in ("1. Alcohol use - Goal: complete the stay") is the problem and its goal,
  and the lettered items under it are that goal's objectives; a plain problem name stays a problem only.

Each test builds a small plan with python-docx; names and wording are invented.
"""

from __future__ import annotations

from docx_helpers import read_blocks

from authcheck.readers.docx.goal_lists import named_problem_goal
from authcheck.readers.phrases import parse_service

_TOP = ["Fernhill Counseling - Treatment Plan", "Client: Ansel Brightwater", "DOB: 4/2/1956", "Plan Date: 01/27/2026"]
_GOALS = [
    "GOALS & OBJECTIVES",
    "LTG #1: Adjust to the new residence with a stable mood.",
    "STG 1.1 - reduce PHQ-9 from 14 to below 8. Target: 04/27/2026",
]


# --- a problem label that names the diagnosis too -------------------------------------------------------------------


def test_problem_diagnosis_caption_over_coded_words_gives_the_diagnosis() -> None:
    plan = read_blocks([*_TOP, "PROBLEM / DIAGNOSIS",
                        "Adjustment disorder with mixed anxiety and depressed mood (F43.23), following a move.", *_GOALS])
    assert [d.code for d in plan.diagnoses] == ["F43.23"]
    assert plan.diagnoses[0].description.startswith("Adjustment disorder")
    assert len(plan.goals) == 1


def test_problem_dx_label_with_its_value_on_the_line_gives_the_diagnosis() -> None:
    plan = read_blocks([*_TOP, "Identified Problem/Dx: Generalized anxiety disorder F41.1", *_GOALS])
    assert [d.code for d in plan.diagnoses] == ["F41.1"]


def test_problem_diagnosis_caption_over_uncoded_words_gives_no_diagnosis() -> None:
    plan = read_blocks([*_TOP, "PROBLEM / DIAGNOSIS", "Low mood and isolation since the move.", *_GOALS])
    assert plan.diagnoses == []


def test_a_problem_label_naming_no_diagnosis_gives_none() -> None:
    plan = read_blocks([*_TOP, "Problem / Need", "Worry about finances since F43.23 was noted in 2019.", *_GOALS])
    assert plan.diagnoses == []


# --- a quantity's label without a colon after a list of codes -------------------------------------------------------


def test_labelled_frequency_after_a_code_list_is_each_services() -> None:
    found = parse_service("97110, 97140, 97530; frequency 2x/week; duration 8 weeks; certification period "
                          "03/03/2026 - 05/31/2026")
    assert [(s.code, s.frequency, s.duration) for s in found] == [
        ("97110", "2x/week", "8 weeks"), ("97140", "2x/week", "8 weeks"), ("97530", "2x/week", "8 weeks")]


def test_abbreviated_labels_with_a_stray_mark_are_read_too() -> None:
    found = parse_service("97110, 97140; freq - 3x/wk; session length 45 min")
    assert [(s.code, s.frequency, s.amount) for s in found] == [("97110", "3x/wk", "45 min"), ("97140", "3x/wk", "45 min")]


def test_a_frequency_of_something_else_is_no_services_frequency() -> None:
    found = parse_service("97110, 97140; frequency of falls 2x/week")
    assert [s.frequency for s in found if s.code] == [None, None]


def test_soap_plan_line_with_labelled_frequency_gives_no_uncoded_service() -> None:
    plan = read_blocks([
        "Pinecrest PT - Initial Evaluation and Plan of Care",
        "Patient: Mara Quill   DOB: 06/19/1955",
        "Assessment: good rehab potential.",
        "Plan: 97110, 97140, 97112; frequency 2x/week; duration 8 weeks; certification period 03/03/2026 - 05/31/2026.",
    ])
    assert [s.code for s in plan.services] == ["97110", "97140", "97112"]
    assert all(s.frequency is not None and s.frequency.stated for s in plan.services)


def test_frequency_line_for_another_service_leaves_the_coded_one_without() -> None:
    plan = read_blocks([
        *_TOP,
        "TREATMENT / SERVICES",
        [["Service", "CPT", "Length", "Frequency", "Provider"],
         ["Individual psychotherapy", "90834", "45 min", "see below", "M. Ferreira, LPC"]],
        "Frequency: medication management visits monthly with Dr. Tal Oren, PMHNP (outside prescriber; not part of "
        "this request).",
    ])
    coded = [s for s in plan.services if s.code == "90834"]
    assert coded and not (coded[0].frequency and coded[0].frequency.stated)


# --- a problem list item with its goal run in ------------------------------------------------------------------------


def test_named_problem_goal_phrase() -> None:
    assert named_problem_goal("Alcohol use - Goal: complete the inpatient stay.") == (
        "Alcohol use", "Goal", "complete the inpatient stay.")
    assert named_problem_goal("Anxiety. Long-term goal: manage anxiety without alcohol") is not None
    assert named_problem_goal("Client will reduce drinking - goal: 0 drinks") is None  # a sentence, no name
    assert named_problem_goal("Panic attacks 3-4 times per week") is None


def _problem_areas(first: str) -> list[object]:
    return [
        *_TOP,
        "Diagnoses: F10.20 Alcohol dependence, uncomplicated",
        "PROBLEM AREAS",
        f"1. {first}",
        "   a) Ramon will attend 100% of daily groups for the 28-day stay, per attendance log, by 03/30/2026.",
        "   b) Ramon will schedule an intake with an outpatient program before discharge, by 03/27/2026.",
        "2. Anxiety - Goal: manage anxiety without alcohol.",
        "   a) Ramon will practice a relaxation skill at least once daily by 03/23/2026.",
    ]


def test_problem_item_with_run_in_goal_gives_the_goal_and_its_objectives() -> None:
    plan = read_blocks(_problem_areas("Alcohol use - Goal: complete a withdrawal-free stay and engage in aftercare."))
    assert [p.statement for p in plan.problems] == ["Alcohol use", "Anxiety"]
    assert [g.statement for g in plan.goals] == [
        "complete a withdrawal-free stay and engage in aftercare.", "manage anxiety without alcohol."]
    assert [len(g.objectives) for g in plan.goals] == [2, 1]


def test_problem_item_without_a_goal_stays_a_problem_only() -> None:
    plan = read_blocks([*_TOP, "Problem List", "1. Alcohol use", "2. Anxiety"])
    assert [p.statement for p in plan.problems] == ["Alcohol use", "Anxiety"]
    assert plan.goals == []
