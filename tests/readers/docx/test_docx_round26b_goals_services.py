"""DOCX, round 26b (goals and services of updates, reviews and addenda).

- a "Goal / objective" table with a status column: an objective row closed at the review ("Met 01/13/2026
  (discontinued)") is the plan before's, kept as text; near misses: an objective "Partially met - continue" or
  "Met - continue to maintain" stays (and without a date stays undated), a closed goal row keeps its place;
- a bracketed note on what the review did ("(Added at this review)", "(new)", "Goal 2 (NEW at this review)") is no part
  of the statement or label: its "at this review" times nothing; near miss: "(new target date 08/01/2026)" stays;
- a shaded one-cell table "SERVICES" is a section title, not a services header with no rows; near miss: a one-cell
  table holding a service line is still that service;
- an addendum's "Element | Was | Now" table: the value now is the plan's ("Every 2 weeks"), the old one is text; near
  misses: "No change" keeps the old value, a new value stating no frequency leaves the frequency unstated, and a
  services table is no table of changes;
- parse_frequency reads the parts of a day a group meets in ("3 evenings per week"); near miss: "5 of 7 nights";
- a service bracket holding code and length ("(CPT 90834, 45 min)") leaves no half bracket in the name or amount.

Each test builds a small plan with python-docx; names and wording are invented.
"""

from __future__ import annotations

import pytest
from docx_helpers import read_blocks

from authcheck.parsing import parse_frequency
from authcheck.readers.docx.goal_phrases import without_status_note
from authcheck.readers.phrases.services import parse_service
from authcheck.readers.docx.table_reader import change_columns

_HEADER = ["#", "Goal / objective", "Baseline", "Now", "Status", "Target date"]


def _review_table(status_1b: str, date_1b: str) -> list[list[str]]:
    return [
        _HEADER,
        ["G1", "Goal 1: Lift low mood so that Ines resumes her routines.", "", "", "Continued", ""],
        ["1a", "Ines will reduce her PHQ-9 score from 17 to below 10.", "17", "12", "Partially met - continue", "05/05/2026"],
        ["1b", "Ines will name 3 early warning signs of a relapse.", "0", "3", status_1b, date_1b],
        ["1c", "Ines will walk 20 minutes on 5 of 7 days.", "1 of 7", "3 of 7", "In progress", "05/05/2026"],
    ]


def test_a_closed_objective_row_is_the_plan_befores() -> None:
    plan = read_blocks(["Goals and objectives - status at this review", _review_table("Met 01/13/2026 (discontinued)", "-")])
    assert [o.label for o in plan.objectives] == ["1a", "1c"]
    assert plan.goals[0].statement.startswith("Lift low mood")
    assert any("early warning signs" in (f.text or "") for f in plan.free_text)


@pytest.mark.parametrize("status", ["Partially met - continue", "Met - continue to maintain", "Not met; revised"])
def test_an_objective_still_worked_on_stays_and_stays_undated(status: str) -> None:
    plan = read_blocks(["Goals and objectives - status at this review", _review_table(status, "")])
    assert [o.label for o in plan.objectives] == ["1a", "1b", "1c"]
    undated = plan.objectives[1]
    assert undated.target_date is None and undated.time_frame is None  # the gap is still there to report


def test_a_closed_goal_row_keeps_its_place_over_its_objectives() -> None:
    table = _review_table("In progress", "05/05/2026")
    table[1][4] = "Met 01/13/2026 (discontinued)"
    plan = read_blocks(["Goals and objectives - status at this review", table])
    assert len(plan.goals) == 1 and [o.label for o in plan.objectives] == ["1a", "1b", "1c"]


def test_a_note_on_what_the_review_did_is_no_time_frame() -> None:
    plan = read_blocks([
        "Goals",
        "LTG 2: Dev will keep himself safe and use skills instead of self-harm by discharge.",
        "STG 2a. Reduce urges rated 7 or higher from 5 per week to 1 or fewer per week by 07/16/2026.",
        "STG 2b. (Added at this review) Dev will use the urge-surfing skill on at least 5 of 7 days, tracked on his diary card.",
        "STG 2c. Dev will practice 2 refusal skills in group each week. (new)",
    ])
    added, new = plan.objectives[1], plan.objectives[2]
    assert added.statement.startswith("Dev will use the urge-surfing skill")
    assert new.statement == "Dev will practice 2 refusal skills in group each week."
    for objective in (added, new):
        assert objective.target_date is None and objective.time_frame is None


def test_a_goal_label_loses_its_review_note() -> None:
    plan = read_blocks([
        "Goals and objectives",
        [
            ["#", "Goal / objective", "Status", "Target date"],
            ["G2", "Goal 2 (NEW at this review): Improve sleep so that fatigue no longer stops her.", "New", ""],
            ["2a", "Mae will sleep at least 6 hours on 5 of 7 nights.", "New", "05/05/2026"],
        ],
    ])
    assert plan.goals[0].label == "Goal 2"
    assert plan.goals[0].statement.startswith("Improve sleep")


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Reduce panic to 1 per week (new target date 08/01/2026)", True),
        ("Reduce panic to 1 per week (revised: by 09/30/2026)", True),
        ("Attend a group (AA or NA) weekly", True),
        ("(new)", True),
        ("(Added 05/18/2026) Reduce panic to 1 per week", False),
    ],
)
def test_a_note_that_dates_the_goal_stays(text: str, kept: bool) -> None:
    assert (without_status_note(text) == text) is kept


def test_a_dated_new_objective_keeps_its_date() -> None:
    plan = read_blocks([
        "Goals",
        "Goal 1: Ana will drive alone again.",
        "Objective 1a. Ana will drive to the store alone on 3 occasions (new target date 08/01/2026).",
    ])
    assert str(plan.objectives[0].target_date) == "2026-08-01"


_SERVICE_ROWS = [
    ["Service", "Code", "Length", "Frequency", "Duration"],
    ["Individual psychotherapy", "90837", "60 minutes", "As clinically indicated", "Through 12/31/2026"],
]


def test_a_one_cell_banner_titles_the_services() -> None:
    plan = read_blocks([
        [["GOALS AND OBJECTIVES"]],
        "Goal: Ana will return to her usual activities.",
        "Objective 1 - Reduce her PHQ-9 score from 14 to under 8 by 10/05/2026.",
        [["SERVICES"]],
        _SERVICE_ROWS,
        "Review summary: mood lifting; she has restarted church. Scheduling will be as clinically indicated.",
    ])
    assert [g.statement for g in plan.goals] == ["Ana will return to her usual activities."]
    assert [s.code for s in plan.services] == ["90837"]
    assert plan.services[0].source.section == "SERVICES"
    assert not plan.services[0].frequency.stated  # "As clinically indicated": still no frequency


def test_a_one_cell_table_holding_a_service_is_that_service() -> None:
    plan = read_blocks(["Services", [["Individual psychotherapy (90834), 45 minutes, weekly"]]])
    assert [s.code for s in plan.services] == ["90834"]
    assert plan.services[0].frequency.stated


def _addendum(now: str) -> list[object]:
    return [
        "TREATMENT PLAN ADDENDUM #1",
        "Date of addendum: Apr 2, 2026",
        "Change",
        [
            ["Element", "Was", "Now (effective 04/09/2026)"],
            ["Frequency of individual psychotherapy (CPT 90834, 45 min)", "Weekly", now],
        ],
    ]


def test_a_change_table_gives_the_value_now() -> None:
    plan = read_blocks(_addendum("Every 2 weeks"))
    (service,) = plan.services
    assert service.code == "90834" and service.description == "individual psychotherapy"
    assert service.frequency.count == 0.5 and service.frequency.per == "week"
    assert service.amount.minutes == 45
    assert any("was Weekly" in (f.text or "") for f in plan.free_text)


def test_no_change_keeps_the_value_before() -> None:
    plan = read_blocks(_addendum("No change"))
    assert plan.services[0].frequency.count == 1 and plan.services[0].frequency.per == "week"


def test_a_new_value_without_a_frequency_leaves_it_unstated() -> None:
    plan = read_blocks(_addendum("As clinically indicated"))
    assert all(not (s.frequency and s.frequency.stated) for s in plan.services)  # "Weekly" was, is no longer


@pytest.mark.parametrize(
    "header, columns",
    [
        (["Element", "Was", "Now (effective 04/09/2026)"], (0, 1, 2)),
        (["Item", "Previous", "Revised", "Reason"], (0, 1, 2)),
        (["Plan element", "Original plan", "Changed to"], (0, 1, 2)),
        (["Service", "Code", "Frequency", "Duration"], None),
        (["Goal", "Baseline", "Now", "Status"], None),
        (["Was", "Element", "Now"], None),
    ],
)
def test_change_columns(header: list[str], columns: tuple[int, int, int] | None) -> None:
    assert change_columns(header) == columns


def test_a_services_table_is_no_table_of_changes() -> None:
    plan = read_blocks(["Services", _SERVICE_ROWS])
    assert plan.services[0].description == "Individual psychotherapy"


@pytest.mark.parametrize(
    "text, count",
    [("3 evenings per week", 3.0), ("IOP group 3 hours, 3 evenings per week", 3.0), ("2 mornings a week", 2.0),
     ("4 nights/week", 4.0), ("1 session per day, 3 evenings per week", 3.0)],
)
def test_parts_of_a_day_count_the_days(text: str, count: float) -> None:
    found = parse_frequency(text)
    assert found is not None and found.count == count and found.per == "week"


@pytest.mark.parametrize("text", ["sleep at least 6 hours on 5 of 7 nights", "3 evenings", "evening group"])
def test_parts_of_a_day_without_a_period_are_no_frequency(text: str) -> None:
    assert parse_frequency(text) is None


def test_an_iop_strategy_line_states_its_frequency() -> None:
    plan = read_blocks([
        "Goal 1: Cole will stop drinking and stay sober by discharge.",
        "  1.1 Provide negative breathalyzer results at every session through 07/03/2026.",
        "Strategies: IOP group 3 hours, 3 evenings per week; naltrexone evaluation with program physician.",
    ])
    interventions = [i for _, i in plan.iter_interventions()]
    assert any(i.frequency and i.frequency.stated for i in interventions)
    assert not any(i.frequency and i.frequency.stated for i in interventions if "naltrexone" in (i.description or ""))


@pytest.mark.parametrize(
    "text, description, amount",
    [
        ("Individual psychotherapy (CPT 90834, 45 min), every 2 weeks", "Individual psychotherapy", "45 min"),
        ("Individual psychotherapy (90834, 45 min) weekly", "Individual psychotherapy", "45 min"),
        ("Residential (H0018) daily (24-hour)", "Residential", "(24-hour)"),
    ],
)
def test_a_bracket_holding_code_and_length_leaves_no_half(text: str, description: str, amount: str) -> None:
    (service,) = parse_service(text)
    assert service.description == description and service.amount == amount
