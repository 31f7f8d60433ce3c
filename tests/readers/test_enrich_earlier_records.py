"""Format-independent prose reading (readers/enrich.py) skips passages filed under an earlier or another record's
heading: a "Previous plan" passage's review date is the old plan's, not this plan's next review, and its plan date is
not this plan's date. The same sentences under the plan's own headings are read as before."""

from __future__ import annotations

import datetime as dt

import pytest

from authcheck.model import TreatmentPlan
from authcheck.model.plan import TextBlock
from authcheck.readers.enrich import enrich_plan

_REVIEW = "Treatment plan review due 2026-07-06 with the client and family."
_DATED = "Plan date: 01/05/2026. Initial evaluation / first treatment: 12/15/2025."


def _plan(heading: str | None, text: str) -> TreatmentPlan:
    return TreatmentPlan(free_text=[TextBlock(heading=heading, text=text)])


@pytest.mark.parametrize("heading", [None, "Treatment Plan", "Plan of Care Review", "Previous reviews"])
def test_the_plans_own_prose_gives_its_next_review(heading: str | None) -> None:
    plan = enrich_plan(_plan(heading, _REVIEW))
    assert [(r.date, r.completed) for r in plan.reviews] == [(dt.date(2026, 7, 6), False)]


@pytest.mark.parametrize("heading", ["Previous Treatment Plan (for history)", "Prior plan", "Discharge Summary",
                                     "Correspondence"])
def test_an_earlier_records_prose_gives_no_review(heading: str) -> None:
    assert enrich_plan(_plan(heading, _REVIEW)).reviews == []


def test_an_earlier_records_prose_gives_no_plan_dates() -> None:
    plan = enrich_plan(_plan("Prior plan", _DATED))
    assert plan.plan_date is None and plan.first_treatment_date is None
    own = enrich_plan(_plan("Plan details", _DATED))
    assert own.plan_date == dt.date(2026, 1, 5)
