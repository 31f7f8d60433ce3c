"""Round 32: measurable targets that need no number, and their near misses.

Three classes of target that any practice may write:
- a symptom absent where it is looked for ("no pain below the knee", "no numbness or tingling in the fingers");
- a named observable behaviour that must not occur ("without leaving the chair", "without removing it or crying");
- a named written product judged legible ("write name and a 5-word sentence legibly").
Each has near misses that must stay not measurable (a comparative, an unobservable state, no named product), so a
truly vague goal is still reported.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from authcheck.api import check_file, select_profiles
from authcheck.rules.measurability import assess

# --- a symptom absent ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("statement", "target"), [
    ("Centralize leg symptoms with repeated extension (no pain below the knee) by 06/08/2026.", "no pain"),
    ("Patient will have no numbness or tingling in the fingers during keyboard work.", "no numbness or tingling"),
    ("Sit through a 2-hour movie with no leg pain.", None),  # a timed span already reads; the absence reads too
    ("Reach overhead to the second shelf with no shoulder pain within 6 weeks.", "no shoulder pain"),
])
def test_symptom_absent_is_a_target(statement: str, target: str | None) -> None:
    verdict = assess(statement)
    assert verdict.measurable, statement
    if target:
        assert verdict.target == target


@pytest.mark.parametrize("statement", [
    "Decrease leg symptoms with repeated extension by 06/08/2026.",
    "Client will have less pain.",
    "Client will have no more pain than at intake.",  # a comparison with no level
    "Patient will report no significant pain.",  # "significant" is left undefined
    "Reduce pain so he needs no pain medication.",  # the medication, not the symptom
    "Patient will manage his back pain by the end of the certification period.",
])
def test_symptom_near_misses_stay_not_measurable(statement: str) -> None:
    assert not assess(statement).measurable, statement


# --- an observable behaviour that must not occur ---------------------------------------------------------------------

@pytest.mark.parametrize(("statement", "target"), [
    ("Zoe will tolerate the 6-step haircut routine at the salon without leaving the chair.", "without leaving"),
    ("Client will sit for circle time without eloping.", "without eloping"),
    ("Eli will accept the word 'no' from a parent without hitting or screaming.", "without hitting"),
    ("Tolerate tooth brushing by a caregiver w/o gagging or pulling away.", "w/o gagging"),
])
def test_behaviour_that_must_not_occur_is_a_target(statement: str, target: str) -> None:
    verdict = assess(statement)
    assert verdict.measurable and verdict.target == target, statement


@pytest.mark.parametrize("statement", [
    "Zoe will tolerate haircuts without feeling overwhelmed.",
    "Client will attend school without worrying.",
    "Client will cope with changes in routine without getting upset.",
    "Client will improve tolerance of haircuts.",
    "Client will learn to handle transitions without struggling.",
])
def test_behaviour_near_misses_stay_not_measurable(statement: str) -> None:
    assert not assess(statement).measurable, statement


# --- a written product judged legible --------------------------------------------------------------------------------

@pytest.mark.parametrize("statement", [
    "Write name and a 5-word sentence legibly with R dominant hand",
    "Student will write his first and last name legibly using a pencil grip.",
    "Pt will write a 3-line grocery list legibly with the L hand.",
])
def test_legible_named_product_is_a_target(statement: str) -> None:
    assert assess(statement).measurable, statement


@pytest.mark.parametrize("statement", [
    "Student will write legibly.",  # no product named
    "Student will write his name more legibly.",  # a comparison with no level
    "Improve handwriting legibility.",
    "Write name legibly than before.",
    "Work on writing sentences with better legibility.",
])
def test_legibility_near_misses_stay_not_measurable(statement: str) -> None:
    assert not assess(statement).measurable, statement


# --- through the rules: the goal of a plan ---------------------------------------------------------------------------

_PLAN = """\
schema: authcheck-plan/1
patient: {{name: Test Patient, birth_date: 1950-03-02, member_id: 7QW2RT9KD41}}
payer: Medicare Part B
discipline: pt
providers:
  - {{name: Ann Rowe, credential: "PT, DPT", npi: "1234567893", role: rendering}}
first_treatment_date: 2026-05-04
plan_date: 2026-05-04
period: {{start: 2026-05-04, end: 2026-07-26}}
expected_duration: 12 weeks (through 07/26/2026)
diagnoses:
  - {{code: M54.16, description: "Radiculopathy, lumbar region", primary: true}}
problems:
  - statement: Low back pain with leg symptoms
    goals:
      - label: LTG 1
        statement: Oswestry Disability Index from 46% to 20% or less by 07/20/2026.
      - label: LTG 2
        statement: {goal}
services:
  - {{code: "97110", description: Therapeutic exercise, amount: 1 session per day, frequency: 2 times per week}}
reviews:
  - {{kind: recertification, date: 2026-07-26}}
signatures:
  - {{role: clinician, name: Ann Rowe, credential: "PT, DPT", date: 2026-05-04}}
  - {{role: physician, name: Samuel Okoye, credential: MD, date: 2026-05-08}}
"""


def _goal_findings(library, tmp_path: Path, goal: str) -> list[str]:
    path = tmp_path / "plan.yaml"
    path.write_text(_PLAN.format(goal=goal), encoding="utf-8")
    as_of = dt.date(2026, 5, 20)
    report = check_file(path, select_profiles(library, payer="medicare-outpatient-therapy", states=[], as_of=as_of), as_of)
    return [f.kind for f in report.findings if f.kind == "goal-not-measurable"]


def test_plan_goal_with_symptom_absent_is_not_reported(library, tmp_path: Path) -> None:
    goal = '"Centralize leg symptoms with repeated extension (no pain below the knee) by 06/08/2026."'
    assert _goal_findings(library, tmp_path, goal) == []


def test_plan_goal_that_is_vague_is_still_reported(library, tmp_path: Path) -> None:
    goal = '"Centralize leg symptoms with repeated extension so he feels better by 06/08/2026."'
    assert _goal_findings(library, tmp_path, goal) == ["goal-not-measurable"]


# --- a treatment schedule is no target; sets x reps and counts of the client's acts are --------------------------------

@pytest.mark.parametrize("statement", [
    "PT 3 x 4 weeks to improve strength",
    "Therapeutic exercise 2 x 45 min sessions",
    "Therapeutic exercise 2x45 min sessions",
    "OT 2x 6 wks for ADLs",
    "Therapeutic exercise (97110) 3 x 10 reps",
    "Aquatic therapy 1 x 30 minutes to improve endurance",
])
def test_treatment_schedule_is_not_a_target(statement: str) -> None:
    verdict = assess(statement)
    assert not verdict.measurable, (statement, verdict.target)


@pytest.mark.parametrize("statement", [
    "Straight leg raise 3 x 10 with 2 lb weight",
    "Straight leg raise 3 x 10",
    "Pt will perform bridges 2x15 reps",
    "Pt will tolerate OOB in w/c x 2 hrs for meals",  # "x" read as "for": a duration to tolerate
    "Client will stay sober for 4 consecutive weeks",
    "Attend 2 AA or SMART meetings per week",
    "Complete 3 sober-living applications",
    "Walk 2 city blocks",
    "R foot ulcer will close (0 x 0 cm) by 12/31/2025.",  # a size written L x W is a target, not a schedule
    "Wound will measure 2.5 x 1.0 cm or less",
])
def test_dose_and_counts_stay_targets(statement: str) -> None:
    assert assess(statement).measurable, statement


# --- more wordings of the three classes, and their near misses ---------------------------------------------------------

@pytest.mark.parametrize(("statement", "measurable"), [
    ("Pt will report no radicular symptoms with sitting.", True),
    ("Pt will have no paresthesias or numbness in the R hand while typing.", True),
    ("Pt will sit through a family meal w/o any back pain.", True),
    ("Patient will need no pain meds at night.", False),
    ("Pt will have no severe pain after work.", False),
    ("Child will stay at the dinner table without getting up.", True),
    ("Child will ride in the car without kicking the seat.", True),
    ("Cl will gain coping skills to deal w/ stress w/o using.", False),
    ("Client will wait in line without getting upset.", False),
    ("Pt will sign her full name legibly on forms.", True),
    ("Pt will print first and last name legibly.", True),
    ("Student will write more legibly in class.", False),
])
def test_more_wordings(statement: str, measurable: bool) -> None:
    assert assess(statement).measurable is measurable, statement
