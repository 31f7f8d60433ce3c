"""DOCX, lead's fixes of 2026-11-24 after round 28: a label without a colon before a row of check boxes.

"Level of care  ☐ Intensive Inpatient   ☒ Residential Level 2   ☐ Outpatient" names the ticked option, not the first
one; near misses: no box ticked states nothing, and a labelled row ("Level of care: ☐ ... ☒ ...") reads as before.

Each test builds a small plan with python-docx; names and wording are invented.
"""

from __future__ import annotations

import pytest
from docx_helpers import read_blocks

_TOP = ["INDIVIDUALIZED TREATMENT PLAN", "Client: Tamsin Okoro   DOB: 06/06/1992", "Admission date: 01/20/2026"]


@pytest.mark.parametrize(
    "line, level",
    [
        ("Level of care  ☐ Intensive Inpatient   ☐ Residential Level 1   ☒ Residential Level 2   ☐ Outpatient",
         "Residential Level 2"),
        ("Level of care: ☐ Intensive Inpatient   ☒ Residential Level 2   ☐ Outpatient", "Residential Level 2"),
        ("Level of care  ☐ Intensive Inpatient   ☐ Residential Level 2   ☐ Outpatient", None),
    ],
)
def test_a_row_of_check_boxes_names_the_ticked_level(line: str, level: str | None) -> None:
    assert read_blocks([*_TOP, line]).level_of_care == level


# --- a per-diem service's "1 day" under Amount ---------------------------------------------------------------------

_SERVICES_HEADER = ["Service", "Code", "Amount", "Frequency", "Staff"]


def test_one_day_under_amount_is_a_per_diem_unit_not_a_duration() -> None:
    plan = read_blocks([*_TOP, "Services", [
        _SERVICES_HEADER,
        ["Residential treatment, short term (per diem)", "H0018", "1 day", "daily", "Roxanne Pugh, CASAC"],
        ["Individual counseling", "H0004", "45 minutes", "2 times per week", "Roxanne Pugh, CASAC"],
    ]])
    residential, counseling = plan.services
    assert (residential.code, residential.units, residential.duration) == ("H0018", 1.0, None)
    assert counseling.amount is not None and counseling.amount.minutes == 45


def test_a_length_under_duration_is_still_the_services_duration() -> None:
    # near miss: "30 days" in a Duration column is how long the service runs
    plan = read_blocks([*_TOP, "Services", [
        ["Service", "Code", "Amount", "Frequency", "Duration"],
        ["Residential treatment, short term (per diem)", "H0018", "1 day", "daily", "30 days"],
    ]])
    (residential,) = plan.services
    assert residential.duration is not None and (residential.duration.value, residential.duration.unit) == (30, "day")
    assert residential.units == 1.0


# --- a goal table's objective cut over two rows by a converter -----------------------------------------------------

_GOAL_HEADER = ["GOAL", "OBJECTIVES", "TARGET DATE", "INTERVENTIONS"]
_GOAL_1 = "1. Harriet will leave home for errands without a companion by 03/08/2027."


def _objectives(rows: list[list[str]]) -> list[tuple[str | None, object]]:
    plan = read_blocks([*_TOP, "Goals", [_GOAL_HEADER, *rows]])
    return [(o.statement, o.target_date) for g in plan.goals for o in g.objectives]


def test_an_objective_cut_over_two_rows_is_one_objective() -> None:
    got = _objectives([
        [_GOAL_1, "a. Harriet will reduce her PCL-5 score from 47", "12/07/2026", "Cognitive processing therapy;"],
        [_GOAL_1, "to 30 or below.", "", "in-vivo exposure hierarchy"],
        [_GOAL_1, "b. Harriet will complete 2 errands alone each week", "01/04/2027", "weekly homework review"],
    ])
    assert [s for s, _ in got] == ["Harriet will reduce her PCL-5 score from 47 to 30 or below.",
                                   "Harriet will complete 2 errands alone each week"]


@pytest.mark.parametrize(
    "second",
    [
        ["b. harriet will walk to the mailbox daily.", "", ""],  # (a marker: an objective of its own)
        ["Harriet will walk to the mailbox daily.", "", ""],  # (a capital: a sentence of its own)
        ["to 30 or below.", "01/04/2027", ""],  # (a date of its own: a row of its own)
    ],
)
def test_rows_that_are_not_the_rest_of_the_row_above_stay_apart(second: list[str]) -> None:
    got = _objectives([
        [_GOAL_1, "a. Harriet will reduce her PCL-5 score from 47", "12/07/2026", ""],
        [_GOAL_1, *second],
    ])
    assert got[0][0] == "Harriet will reduce her PCL-5 score from 47"
    assert len(got) == 2
