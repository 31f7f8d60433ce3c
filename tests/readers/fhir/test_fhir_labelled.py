"""The invented FHIR plans in ../shared/labelled-examples read as their documents say.

Values are read off the files (these tests do not run the rules; the end-to-end check of the
labels is done with `authcheck check`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from authcheck.readers import read_plan

LABELLED = Path(__file__).resolve().parents[3].parent / "shared" / "labelled-examples"
FILES = sorted(LABELLED.glob("plan_03[1-4]_fhir_*.json")) if LABELLED.is_dir() else []
pytestmark = pytest.mark.skipif(not FILES, reason="labelled examples not available")


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_labelled_fhir_plan_reads(path: Path) -> None:
    plan = read_plan(path).plan
    assert plan.patient.member_id  # each gives a "Member ID" identifier
    assert plan.plan_date is not None and plan.period is not None and plan.period.end is not None
    assert plan.problems and all(goal.target_date for _, goal in plan.iter_goals())
    coded = [i for i in plan.interventions if i.frequency is not None]
    assert coded and all(i.service_code and i.frequency.stated for i in coded)
    assert plan.signatures == []  # no Provenance in these bundles
    assert len(plan.providers) == 1 and plan.providers[0].npi and plan.providers[0].credential


def test_psychotherapy_031_values() -> None:
    path = LABELLED / "plan_031_fhir_psychotherapy.json"
    if not path.exists():
        pytest.skip("plan_031 not available")
    plan = read_plan(path).plan
    assert [(d.code, d.system) for d in plan.diagnoses] == [("F40.10", "ICD-10-CM")]
    first = plan.interventions[0]
    assert (first.service_code, first.frequency.count, first.frequency.per, first.amount.minutes) == (
        "90837",
        1.0,
        "week",
        53.0,
    )
    goal = plan.problems[0].goals[0]
    assert (goal.measure, goal.target, goal.target_date.isoformat()) == (
        "Generalized anxiety disorder 7 item (GAD-7) total score",
        "< 7",
        "2025-12-11",
    )
    assert plan.discipline == "psychotherapy"


@pytest.mark.parametrize("name", ["plan_032_fhir_pt.json", "plan_034_fhir_pt.json"])
def test_pt_plans_have_snomed_only_diagnoses(name: str) -> None:
    path = LABELLED / name
    if not path.exists():
        pytest.skip(f"{name} not available")
    plan = read_plan(path).plan
    assert [(d.code, d.system, d.description) for d in plan.diagnoses] == [
        (None, "SNOMED CT", "Injury of anterior cruciate ligament")
    ]
    assert plan.discipline == "pt"
