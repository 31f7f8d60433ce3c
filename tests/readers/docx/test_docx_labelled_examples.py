"""The shared labelled examples (30 Word plans in five layouts) all read, with their basic elements."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx_helpers import LABELLED

from authcheck.readers import read_plan

FILES = sorted(LABELLED.glob("*.docx")) if LABELLED.exists() else []
pytestmark = pytest.mark.skipif(not FILES, reason="../shared/labelled-examples is not available")


def test_all_thirty_are_there() -> None:
    assert len(FILES) == 30


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_labelled_example_reads_with_its_basics(path: Path) -> None:
    result = read_plan(path)
    plan = result.plan
    assert result.format == "docx"
    assert plan.patient.name and plan.patient.birth_date and plan.patient.member_id
    assert plan.diagnoses, "no diagnosis read"
    assert all(d.code or d.description for d in plan.diagnoses)
    goals = [goal for _, goal in plan.iter_goals()]
    assert goals and all(goal.statement for goal in goals)
    assert plan.signatures and all(s.role != "other" for s in plan.signatures)
    assert plan.services, "no requested service read"
    assert plan.plan_date is not None
    assert plan.discipline in {None, "psychotherapy", "pt", "aba"}
    domain = path.stem.rsplit("_", 1)[-1]
    if plan.discipline is not None:
        assert plan.discipline == domain


def _labels() -> dict[str, dict]:
    return {entry["file"]: entry for entry in json.loads((LABELLED / "labels.json").read_text())}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_what_the_labels_hinge_on_is_read(path: Path) -> None:
    """Elements whose presence or absence decides a labelled finding are read faithfully."""
    plan = read_plan(path).plan
    label = _labels()[path.name]
    flagged = {kind for group in label["must_report"] for kind in group}
    if "signature-missing" in flagged:
        assert any(not s.signed for s in plan.signatures)
    elif "signature-missing" in label["must_not_report"]:
        assert all(s.signed and s.date for s in plan.signatures)
    if "duration-missing" in flagged:
        assert plan.expected_duration is None
    elif "duration-missing" in label["must_not_report"]:
        assert plan.expected_duration is not None and plan.expected_duration.stated
    if "frequency-missing" in label["must_not_report"]:
        assert all(s.frequency is not None or s.hours_per_week is not None for s in plan.services)
    if "diagnosis-code-missing" in label["must_not_report"]:
        assert all(d.code for d in plan.diagnoses)
