"""Round 28 of the FHIR reader, each change with a near miss it must not read:

- a Goal.addresses entry that only names a problem ({"display": "Depressed mood (major depressive disorder,
  recurrent)"}) is the plan's coded diagnosis when every telling word of the name is in a coded Condition's
  description (F33.1 "Major depressive disorder, recurrent, moderate"), not an uncoded diagnosis of its own; a name
  with a word no coded diagnosis has ("Social anxiety disorder" beside coded generalized anxiety disorder) stays an
  uncoded diagnosis, as does a named problem in a plan with no coded diagnosis.
"""

from __future__ import annotations

from pathlib import Path

from fhir_bundles import bundle, read

ICD = "http://hl7.org/fhir/sid/icd-10-cm"


def _condition(cid: str, code: str, display: str) -> dict:
    return {"resourceType": "Condition", "id": cid, "subject": {"reference": "Patient/p"},
            "code": {"coding": [{"system": ICD, "code": code, "display": display}], "text": display}}


def _goal(gid: str, statement: str, named: str) -> dict:
    return {"resourceType": "Goal", "id": gid, "lifecycleStatus": "active", "subject": {"reference": "Patient/p"},
            "description": {"text": statement}, "addresses": [{"display": named}],
            "target": [{"dueDate": "2026-04-01"}]}


def _plan(tmp_path: Path, conditions: list[dict], goals: list[dict]) -> object:
    extra = {"addresses": [{"reference": f"Condition/{c['id']}"} for c in conditions],
             "goal": [{"reference": f"Goal/{g['id']}"} for g in goals]}
    return read(tmp_path, bundle(*conditions, *goals, plan_extra=extra))


def test_a_goal_naming_a_coded_problem_adds_no_uncoded_diagnosis(tmp_path: Path) -> None:
    plan = _plan(
        tmp_path,
        [_condition("c1", "F33.1", "Major depressive disorder, recurrent, moderate"),
         _condition("c2", "F10.20", "Alcohol dependence, uncomplicated"),
         _condition("c3", "E11.65", "Type 2 diabetes mellitus with hyperglycemia")],
        [_goal("g1", "Return to part-time work.", "Depressed mood (major depressive disorder, recurrent)"),
         _goal("g2", "Stop drinking.", "Alcohol use (alcohol use disorder, moderate)"),
         _goal("g3", "Keep A1c below 8%.", "Type 2 diabetes, poorly controlled (co-occurring medical condition)")],
    )
    assert [(d.code, d.description) for d in plan.diagnoses] == [
        ("F33.1", "Major depressive disorder, recurrent, moderate"),
        ("F10.20", "Alcohol dependence, uncomplicated"),
        ("E11.65", "Type 2 diabetes mellitus with hyperglycemia"),
    ]
    # the goals still hang under the problems they name
    assert [p.statement for p in plan.problems][:1] == ["Depressed mood (major depressive disorder, recurrent)"]


def test_near_miss_a_named_problem_with_a_word_no_coded_diagnosis_has_stays_uncoded(tmp_path: Path) -> None:
    plan = _plan(
        tmp_path,
        [_condition("c1", "F41.1", "Generalized anxiety disorder")],
        [_goal("g1", "Attend 2 social events a week.", "Social anxiety disorder")],
    )
    assert [(d.code, d.description) for d in plan.diagnoses] == [
        ("F41.1", "Generalized anxiety disorder"),
        (None, "Social anxiety disorder"),
    ]


def test_near_miss_a_named_problem_without_coded_diagnoses_stays_uncoded(tmp_path: Path) -> None:
    plan = _plan(tmp_path, [], [_goal("g1", "Sleep 6 hours a night.", "Insomnia")])
    assert [(d.code, d.description) for d in plan.diagnoses] == [(None, "Insomnia")]
