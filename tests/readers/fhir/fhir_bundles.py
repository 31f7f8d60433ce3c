"""Build small FHIR collection Bundles around one CarePlan for reader tests, and read them."""

from __future__ import annotations

import json
from pathlib import Path

from authcheck.model import TreatmentPlan
from authcheck.readers import read_plan


def bundle(*resources: dict, plan_extra: dict | None = None) -> dict:
    """A collection Bundle: a CarePlan (id cp, created 2025-11-17, plus `plan_extra`), Patient p and `resources`."""
    careplan = {"resourceType": "CarePlan", "id": "cp", "status": "active", "intent": "plan",
                "subject": {"reference": "Patient/p"}, "created": "2025-11-17", **(plan_extra or {})}
    patient = {"resourceType": "Patient", "id": "p", "name": [{"text": "Ana Ruiz"}]}
    entries = [careplan, patient, *resources]
    return {"resourceType": "Bundle", "type": "collection",
            "entry": [{"fullUrl": f"urn:x:{r['id']}", "resource": r} for r in entries]}


def read(tmp_path: Path, data: dict) -> TreatmentPlan:
    """Write `data` as plan.json under `tmp_path` and read it."""
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return read_plan(path).plan
