"""Admission and first-treatment dates from EpisodeOfCare and Encounter resources."""

from __future__ import annotations

from pathlib import Path

from fhir_bundles import bundle, read


EPISODE = {"resourceType": "EpisodeOfCare", "id": "eoc", "status": "active", "patient": {"reference": "Patient/p"},
           "period": {"start": "2025-10-01"}}
INTAKE = {"resourceType": "Encounter", "id": "intake", "status": "finished", "class": {"code": "AMB"},
          "type": [{"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "90791"}], "text": "Intake assessment"}],
          "subject": {"reference": "Patient/p"}, "period": {"start": "2025-10-03T13:00:00-05:00"}}
PT_EVAL = {"resourceType": "Encounter", "id": "eval", "status": "finished", "class": {"code": "AMB"},
           "type": [{"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "97162"}]}],
           "subject": {"reference": "Patient/p"}, "period": {"start": "2026-01-07"}}


def test_admission_from_the_linked_episode_of_care(tmp_path: Path) -> None:
    plan = read(tmp_path, bundle(EPISODE, INTAKE, plan_extra={"supportingInfo": [{"reference": "EpisodeOfCare/eoc"}]}))
    assert plan.admission_date.isoformat() == "2025-10-01"
    assert plan.field_sources["admission_date"].pointer == "/entry/2/resource/period/start"
    assert plan.field_sources["admission_date"].text == "EpisodeOfCare, start 2025-10-01"  # the date, not only a type


def test_a_date_from_an_encounter_quotes_its_type_and_start(tmp_path: Path) -> None:
    plan = read(tmp_path, bundle(INTAKE))
    quote = "Encounter (Intake assessment), start 2025-10-03T13:00:00-05:00"
    assert plan.field_sources["admission_date"].text == quote
    assert plan.field_sources["first_treatment_date"].text == quote


def test_admission_from_an_intake_encounter_without_an_episode(tmp_path: Path) -> None:
    plan = read(tmp_path, bundle(INTAKE))
    assert plan.admission_date.isoformat() == "2025-10-03"
    assert plan.first_treatment_date.isoformat() == "2025-10-03"  # a diagnostic evaluation is a first service


def test_first_treatment_from_an_evaluation_encounter(tmp_path: Path) -> None:
    plan = read(tmp_path, bundle(PT_EVAL, plan_extra={"encounter": {"reference": "Encounter/eval"}}))
    assert plan.first_treatment_date.isoformat() == "2026-01-07"
    assert plan.admission_date is None


def test_no_encounters_no_dates(tmp_path: Path) -> None:
    plan = read(tmp_path, bundle())
    assert plan.admission_date is None and plan.first_treatment_date is None
