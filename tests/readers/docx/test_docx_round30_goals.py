"""Round 30: goals and objectives of plans that went through a fax and OCR, or were typed in clinician shorthand.

Each change has a test of what it now reads and a near miss it must not read.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import docx
import pytest

from authcheck.readers.docx.goal_phrases import time_note_only
from authcheck.readers.docx.goals import yearless_target
from authcheck.rules.measurability import assess
from docx_helpers import goals_of, read_document

_HEAD = [
    "Client: Tobias Wren    DOB: 05/09/1970",
    "Member ID: LK4471920",
    "Plan date: 03/16/2026",
]


def _doc(lines: list[str]) -> Any:
    document = docx.Document()
    for line in [*_HEAD, *lines]:
        document.add_paragraph(line)
    return document


# --- measurability: shorthand that carries the measure ---------------------------------------------------------

@pytest.mark.parametrize("statement", [
    "R grip 12# → 25# (dynamometer)",  # a level now, an arrow, the level to reach
    "TUG 18 sec -> 12 sec",
    "Pt tolerates mech soft diet + thin liquids, no s/s aspiration x3 consecutive sessions",
    "incision free of s/s infection thru episode",
    "CG return-demos dressing change correctly by visit 4",
    "repositioned ≥q2h w/ CG assist per turning log w/in 2 wks",
    "Patient will reposition, with caregiver help, at least every 2 hours, per turning log, within 2 weeks.",
    "wt stays w/in 3# of dry wt (172#) thru end of episode",
    "writes impact statement + reads it aloud in session by 5/11",
])
def test_shorthand_measure_is_measurable(statement: str) -> None:
    assert assess(statement).measurable, statement


@pytest.mark.parametrize("statement", [
    "R grip strength will improve → functional",  # an arrow with no level on either side
    "monitor for s/s infection",  # signs watched for, no absence to reach
    "SN visits q2wk to assess wound",  # a visit schedule, not care around the clock
    "SN q2wk to assess s/s infection",
    "reposition frequently w/ CG assist",
    "CG educated on dressing change",
    "wt stable thru episode",
    "weight within 2 weeks of discharge",  # "within 2 weeks" is a time frame, not a tolerance band
    "discusses impact statement in session",  # talk about a product is not the product
])
def test_vague_shorthand_stays_not_measurable(statement: str) -> None:
    assert not assess(statement).measurable, statement


# --- a group caption dated without its year ---------------------------------------------------------------------

def test_yearless_due_note_is_a_time_note() -> None:
    assert time_note_only("by 3/30:")
    assert not time_note_only("reduce by 1/2")  # a fraction saying more than when
    assert not time_note_only("improve grip by 3/4")


def test_short_term_caption_dated_without_year_heads_its_goals() -> None:
    plan = read_document(_doc([
        "Goals",
        "STGs - by 3/30:",
        "1. R grip 12# → 25# (dynamometer)",
        "2. 9-hole peg R 68 sec → <40 sec",
        "LTGs - by 4/27:",
        "1. UB dressing mod I w/ 1-handed techniques",
    ]))
    statements = [g.statement for g in goals_of(plan)]
    assert "by 3/30:" not in statements and "by 4/27:" not in statements
    assert "R grip 12# → 25# (dynamometer)" in statements
    frames = {g.statement: g.time_frame for g in goals_of(plan)}
    assert frames["R grip 12# → 25# (dynamometer)"] == "by 3/30"


# --- a target date field without its year -----------------------------------------------------------------------

def test_yearless_target_takes_the_plan_year() -> None:
    plan_date = dt.date(2026, 3, 16)
    assert yearless_target("4/15", plan_date) == dt.date(2026, 4, 15)
    assert yearless_target("3/1", plan_date) == dt.date(2026, 3, 1)  # shortly before the plan: kept, still seen
    assert yearless_target("2/15", dt.date(2025, 11, 20)) == dt.date(2026, 2, 15)  # across the new year


def test_yearless_target_near_misses() -> None:
    plan_date = dt.date(2026, 3, 16)
    assert yearless_target("4/15", None) is None  # no plan date: no year to take
    assert yearless_target("4/15 or sooner if able", plan_date) is None  # more than a date
    assert yearless_target("2/30", plan_date) is None
    assert yearless_target("13/5", plan_date) is None


# --- a faxed objectives table whose columns no longer line up ---------------------------------------------------

def _faxed_table(header: str) -> Any:
    return _doc([
        "Prob #1",
        "meth - smoking 3-4 d/wk",
        "LTG: no meth use + stable housing",
        header,
        "1.1   UDS neg for amphetamines on all wkly tests x6 consecutive wks   4/15   Counselor",
        "1.2   submits 3 applications for sober living   4/6   Counselor",
    ])


@pytest.mark.parametrize("header", [
    "Obj   STG   Target date   Responsible",
    "Obj   Measurable objective   Target date   Responsib1e",  # a digit OCR read for a letter
])
def test_misaligned_objectives_table_is_read_as_objectives(header: str) -> None:
    plan = read_document(_faxed_table(header))
    goals = goals_of(plan)
    ltg = [g for g in goals if g.statement == "no meth use + stable housing"]
    assert ltg, [g.statement for g in goals]
    objectives = ltg[0].objectives
    assert [o.statement for o in objectives] == [
        "UDS neg for amphetamines on all wkly tests x6 consecutive wks",
        "submits 3 applications for sober living",
    ]
    assert objectives[0].target_date == dt.date(2026, 4, 15)


def test_prose_with_wide_gaps_is_no_table() -> None:
    # a line with wide gaps over lines of other shapes: no table, the lines are read as before
    plan = read_document(_doc([
        "Goals",
        "Goal 1: Client will reduce drinking to 0 drinks per week by 05/01/2026.",
        "Notes   see chart   reviewed   with client",
        "Client agrees with the plan and will call if cravings rise.",
    ]))
    statements = [g.statement for g in goals_of(plan)]
    assert any(s.startswith("Client will reduce drinking") for s in statements)
    assert not any(s == "see chart" for s in statements)


# --- a consent under the signatures read through OCR --------------------------------------------------------------

def test_ocr_consent_is_no_goal() -> None:
    plan = read_document(_doc([
        "Goals",
        "Goal 1: Client will attend 3 AA meetings per week by 05/01/2026.",
        "Sigs",
        "I parlicipated in developing this plan. It was explained to me, and I agree with the goals.",
    ]))
    assert not any("developing this plan" in (g.statement or "") for g in goals_of(plan))


def test_client_voice_goal_is_still_a_goal() -> None:
    plan = read_document(_doc([
        "Goals",
        "Goal 1: I will take part in 3 AA meetings per week by 05/01/2026.",
    ]))
    assert any("3 AA meetings" in (g.statement or "") for g in goals_of(plan))
