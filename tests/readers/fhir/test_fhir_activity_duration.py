"""A FHIR plan whose only stated length is each activity's scheduledTiming.repeat.boundsDuration
states its expected duration (rules/duration-present.yaml counts interventions' durations)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from fhir_bundles import bundle, read

from authcheck.engine import check_plan

AS_OF = dt.date(2025, 12, 1)


def _activity(bounds: dict | None) -> dict:
    repeat: dict = {"frequency": 1, "period": 1, "periodUnit": "wk", "duration": 53, "durationUnit": "min"}
    if bounds is not None:
        repeat["boundsDuration"] = bounds
    return {"detail": {"status": "scheduled", "description": "Individual CBT",
                       "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "90837"}]},
                       "scheduledTiming": {"repeat": repeat}}}


def _kinds(tmp_path: Path, library, bounds: dict | None, profile: str) -> set[str]:  # type: ignore[no-untyped-def]
    plan = read(tmp_path, bundle(plan_extra={"activity": [_activity(bounds)]}))
    return {f.kind for f in check_plan(plan, [library.resolve(profile, AS_OF)], AS_OF)}


@pytest.mark.parametrize("profile", ["medicare-psychotherapy", "medicare-outpatient-therapy"])
def test_an_activity_bounds_duration_is_the_plans_duration(tmp_path: Path, library, profile: str) -> None:  # type: ignore[no-untyped-def]
    bounds = {"value": 12, "unit": "weeks", "system": "http://unitsofmeasure.org", "code": "wk"}
    assert "duration-missing" not in _kinds(tmp_path, library, bounds, profile)


@pytest.mark.parametrize("profile", ["medicare-psychotherapy", "medicare-outpatient-therapy"])
def test_without_bounds_the_duration_is_still_missing(tmp_path: Path, library, profile: str) -> None:  # type: ignore[no-untyped-def]
    assert "duration-missing" in _kinds(tmp_path, library, None, profile)
