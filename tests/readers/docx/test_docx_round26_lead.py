"""DOCX, round 26 (lead's fixes): section titles joined by "and", a form's row of numbered box captions, an hour-long
session.

- "Goals and discharge plan", "Goals & Discharge Plans": a title joined by "and" whose whole matched a section
  without elements (discharge) is the first part that is a section with elements; near misses: "Diagnosis and
  assessment" stays assessments, a document title "Initial Treatment Plan & Authorization Request" stays as matched,
  "Rehab potential and discharge plans" names no section with elements;
- "1 hour weekly": an hour-long session and how often (a treatment with no hours of its own still states both);
  near misses: "20 hours weekly", "3 hours weekly", "2 hours per week" stay hours per week;
- a CMS-485-like row whose every cell opens with a form-box number ("6. Patient's name and address | 7. Provider's
  name, address and telephone") holds labels even when only one of them is a known field; near misses: numbered
  orders, a row with a cell without a box number, a row of values;
- a goals table split across pages (its caption row repeated): "1b" on the next page stays under Goal 1; near miss:
  a goal row on the next page is a new goal.

Each test builds a small plan with python-docx; names and wording are invented.
"""

from __future__ import annotations

import pytest
from docx_helpers import read_blocks

from authcheck.readers.docx.blocks import Cell, Row
from authcheck.readers.docx.sections import match_section
from authcheck.readers.docx.tables import labels_row


@pytest.mark.parametrize("title", ["Goals and discharge plan", "Goals & Discharge Plans", "12. Goals and Discharge Plan"])
def test_goals_joined_to_discharge_are_goals(title: str) -> None:
    assert match_section(title).key == "goals"


@pytest.mark.parametrize(
    "title, key",
    [
        ("Diagnosis and assessment", "assessments"),
        ("Rehab potential and discharge plans", "other"),
        ("Discharge criteria and aftercare", "discharge"),
        ("Goals and Objectives", "goals"),
    ],
)
def test_other_joined_titles_stay_as_matched(title: str, key: str) -> None:
    assert match_section(title).key == key


def test_a_document_title_joined_by_and_is_not_split() -> None:
    assert match_section("Initial Treatment Plan & Authorization Request").key != "services"


_485 = [
    ["1. Patient's HI claim no.", "2. Start of care date"],
    ["1EG4TE5MK72", "01/05/2026"],
    ["6. Patient's name and address", "7. Provider's name, address and telephone"],
    ["Augusta Brennholt 402 Larch Street, Millbrook", "Larkspur Home Health, 10 Main Street, Millbrook"],
]


def test_a_row_of_numbered_box_captions_labels_the_row_under_it() -> None:
    plan = read_blocks(["HOME HEALTH CERTIFICATION AND PLAN OF CARE", _485])
    assert plan.patient.name == "Augusta Brennholt"
    assert plan.patient.member_id == "1EG4TE5MK72"


def _row(*texts: str) -> Row:
    return Row(index=0, cells=[Cell(col=i, lines=[t]) for i, t in enumerate(texts)])


def test_numbered_box_captions_are_labels_with_one_known_field() -> None:
    assert labels_row(_row("6. Patient's name and address", "7. Provider's name, address and telephone"))


@pytest.mark.parametrize(
    "cells",
    [
        ("1. Wound care to left heel", "2. Gait training with walker"),  # numbered orders: no known field
        ("6. Patient's name and address", "Provider's name, address and telephone"),  # one cell without a box number
        ("6. Augusta Brennholt, 402 Larch Street", "7. Larkspur Home Health"),  # values (digits)
    ],
)
def test_near_misses_are_not_caption_rows(cells: tuple[str, str]) -> None:
    assert not labels_row(_row(*cells))


# --- an hour-long session and how often ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, frequency, amount",
    [
        ("90837 psychotherapy 1 hour weekly", "weekly", "1 hour"),
        ("97156 caregiver training 1.5 hrs every other week", "every other week", "1.5 hrs"),
    ],
)
def test_an_hour_long_session_and_how_often(text: str, frequency: str, amount: str) -> None:
    from authcheck.readers.phrases import parse_service

    [service] = parse_service(text)
    assert (service.frequency, service.amount) == (frequency, amount)


@pytest.mark.parametrize("text", ["97153 adaptive behavior treatment 20 hours weekly", "H2019 3 hours weekly",
                                  "97155 protocol modification 2 hours per week"])
def test_hours_per_week_stay_hours_per_week(text: str) -> None:
    from authcheck.readers.phrases import parse_service

    [service] = parse_service(text)
    assert service.frequency is None and service.hours_per_week is not None


def test_an_intervention_of_an_hour_weekly_states_its_frequency() -> None:
    plan = read_blocks(["Treatment Plan", "Client: Ana Ruiz", "Plan date: 01/05/2026", "INTERVENTIONS",
                        "Individual therapy 1 hour weekly to practice CBT skills."])
    [(_, intervention)] = list(plan.iter_interventions())
    assert intervention.frequency is not None and intervention.frequency.per_week() == 1


# --- a goals table split across pages ------------------------------------------------------------------------------

_HEAD = ["#", "Goal / Objective", "Measure", "Target date"]


def test_an_objective_on_the_next_page_of_a_split_goals_table_stays_under_its_goal() -> None:
    first = [_HEAD, ["Goal 1", "Terrence will worry less so that he can drive again.", "GAD-7", ""],
             ["1a", "Reduce GAD-7 from 15 to 7 or below.", "GAD-7 monthly", "06/01/2026"]]
    second = [_HEAD, ["1b", "Drive alone to the grocery store at least 2 times per week.", "Self-report log", "06/01/2026"]]
    plan = read_blocks(["Treatment Plan", "Client: Terrence Whitlock", "GOALS", first, "", second])
    assert len(plan.goals) == 1
    assert [o.label for o in plan.goals[0].objectives] == ["1a", "1b"]


def test_a_goal_on_the_next_page_of_a_split_goals_table_is_a_new_goal() -> None:
    first = [_HEAD, ["Goal 1", "Terrence will worry less so that he can drive again.", "GAD-7", ""],
             ["1a", "Reduce GAD-7 from 15 to 7 or below.", "GAD-7 monthly", "06/01/2026"]]
    second = [_HEAD, ["Goal 2", "Terrence will get restful sleep.", "Sleep diary", ""],
              ["2a", "Sleep 6 or more hours on at least 5 nights a week.", "Sleep diary", "06/01/2026"]]
    plan = read_blocks(["Treatment Plan", "Client: Terrence Whitlock", "GOALS", first, "", second])
    assert [[o.label for o in g.objectives] for g in plan.goals] == [["1a"], ["2a"]]
