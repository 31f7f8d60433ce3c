"""Round 19, ABA plans and requested services:

- a weekly schedule grid ("Code | Mon | Tue | ... | Total hrs/week"): one service a row, its hours a week from the
  total column, or the sum of its days when the header says the grid counts hours; the day cells are no services;
- a short title-case line naming a plan or report ("Behavior Treatment Plan — Reassessment and Progress Report")
  under a services heading is a title, not a service;
- a sentence saying how progress is summarized or reported ("Progress will be summarized in monthly data
  summaries") is no service;
- a "Frequency:" line after a line listing several coded services gives each of them that frequency;
- a diagnosis stated again with the same code (a cover form's "Diagnosis | F84.0", then the plan's coded diagnosis
  with who made it and when) completes the first reading instead of adding a second diagnosis.

Each test builds a small plan with python-docx; names and wording are invented. Each change has a near miss that
keeps its old reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from authcheck.model import TreatmentPlan
from docx_helpers import read_blocks

_HEAD = [
    "Applied Behavior Analysis Treatment Plan",
    "Client: Tobias Wren    DOB: 05/09/2017",
    "Member ID: LK4471920",
    "Plan date: 02/02/2026",
]


def _read(blocks: list[str | list[list[str]]]) -> TreatmentPlan:
    return read_blocks([*_HEAD, *blocks])


# --- a weekly schedule grid -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "rows", "expected"),
    [
        (
            ["Code", "Mon", "Tue", "Wed", "Thu", "Fri", "Total hrs/week"],
            [
                ["97153 (RBT, direct)", "2.5", "2.5", "2.5", "2.5", "2", "12"],
                ["97155 (BCBA, protocol modification)", "1", "", "1", "", "", "2"],
                ["97156 (parent guidance)", "", "1.5", "", "", "", "1.5"],
            ],
            {"97153": 12.0, "97155": 2.0, "97156": 1.5},
        ),
        (
            ["CPT", "Monday", "Tuesday", "Wednesday", "Thursday", "Weekly total"],
            [["97153", "3", "3", "3", "3", "12"], ["97155", "1", "", "1", "", "2"]],
            {"97153": 12.0, "97155": 2.0},
        ),
        (
            ["Service", "Mon (hrs)", "Wed (hrs)", "Fri (hrs)"],
            [["Direct therapy 97153", "3", "3", "2"], ["Caregiver training 97156", "", "1", ""]],
            {"97153": 8.0, "97156": 1.0},
        ),
        (
            ["Code", "Sun", "Sat", "Total hours"],
            [["97153", "4", "4", "8"]],
            {"97153": 8.0},
        ),
    ],
)
def test_weekly_schedule_grid_gives_hours_per_service(
    header: list[str], rows: list[list[str]], expected: dict[str, float]
) -> None:
    plan = _read(["Weekly schedule and hours requested", [header, *rows]])
    assert {s.code: s.hours_per_week for s in plan.services} == expected


def test_weekly_schedule_without_hours_in_header_states_no_hours() -> None:
    # near miss: the days hold times of day, and no header says the cells count hours: no hours are invented
    plan = _read(
        [
            "Weekly schedule",
            [["Code", "Mon", "Wed", "Fri"], ["97153", "3:30-5:30", "3:30-5:30", "3:30-5:30"]],
        ]
    )
    assert [s.code for s in plan.services] == ["97153"]
    assert plan.services[0].hours_per_week is None


def test_weekly_schedule_bare_counts_without_hours_header_are_not_summed() -> None:
    # near miss: bare numbers under day columns, but nothing says they are hours (they may be units)
    plan = _read(["Schedule", [["Code", "Mon", "Tue"], ["97153", "8", "8"]]])
    assert [s.code for s in plan.services] == ["97153"]
    assert plan.services[0].hours_per_week is None


# --- a document title under a services heading --------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Behavior Treatment Plan — Reassessment and Progress Report",
        "Treatment Plan Update",
        "Progress Report",
        "Individualized Service Plan: Six-Month Review",
    ],
)
def test_title_line_after_services_is_no_service(title: str) -> None:
    plan = _read(
        [
            "Requested services",
            [["CPT", "Service", "Hours per week"], ["97153", "Adaptive behavior treatment", "20"]],
            title,
        ]
    )
    assert [s.code for s in plan.services] == ["97153"]


def test_short_service_name_in_services_section_still_read() -> None:
    # near miss: a short line naming a service (no plan or report) stays a service
    plan = _read(["Services", "Social skills group"])
    assert [s.description for s in plan.services] == ["Social skills group"]


# --- progress reporting sentences -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Progress will be summarized in monthly data summaries shared with the family.",
        "Progress toward goals is graphed weekly and reviewed with the caregiver.",
        "Progress will be reported to the family monthly.",
        "The child's progress is tracked each session.",
    ],
)
def test_progress_reporting_sentence_is_no_service(sentence: str) -> None:
    plan = _read(
        [
            "Services",
            "97153 adaptive behavior treatment by protocol: 15 hours per week.",
            "97156 caregiver guidance: 1 hour per week.",
            sentence,
        ]
    )
    assert sorted(s.code for s in plan.services) == ["97153", "97156"]
    assert all(s.hours_per_week for s in plan.services)


def test_progress_monitoring_service_with_code_kept() -> None:
    # near miss: a coded line is a service however it begins
    plan = _read(["Services", "Progress will be reviewed in 97155 protocol modification, 2 hours per week."])
    assert [s.code for s in plan.services] == ["97155"]


# --- a frequency stated once after a line of several services -------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "services", "frequency", "count"),
    [
        (
            "Services",
            "ADL/self-care training 97535, neuromuscular re-education 97112, therapeutic exercise 97110. "
            "Sessions 45–60 minutes.",
            "Frequency: 3x/week for 4 weeks.",
            3,
        ),
        (
            "Interventions",
            "Therapeutic exercise 97110, gait training 97116, manual therapy 97140. Visits 60 minutes.",
            "Frequency: 2 times per week",
            2,
        ),
        ("Services", "Speech treatment 92507, swallowing treatment 92526, 30 minute sessions.", "Frequency: once weekly", 1),
    ],
)
def test_frequency_after_line_of_services_applies_to_each(heading: str, services: str, frequency: str, count: int) -> None:
    plan = _read([heading, services, frequency])
    assert len(plan.services) >= 2
    assert all(s.frequency is not None and s.frequency.count == count for s in plan.services)


def test_frequency_after_services_with_own_frequencies_keeps_them() -> None:
    # near miss: each service states how often already; the later line does not overwrite them
    plan = _read(
        [
            "Services",
            "Therapeutic exercise 97110 2x/week, manual therapy 97140 1x/week.",
            "Frequency: 3x/week",
        ]
    )
    counts = {s.code: s.frequency.count for s in plan.services if s.frequency is not None}
    assert counts.get("97110") == 2
    assert counts.get("97140") == 1


# --- a diagnosis stated twice -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "restated",
    [
        "Diagnosis: F84.0 Autistic disorder — diagnosed 05/14/2024 by Helena Marsh, PhD, licensed psychologist",
        "Diagnosis: F84.0 Autism spectrum disorder, diagnosed 05/14/2024 by Helena Marsh, PhD",
    ],
)
def test_restated_diagnosis_completes_first(restated: str) -> None:
    plan = read_blocks(
        [
            "Request for Continued Authorization",
            [["Member name", "Tobias Wren", "Member ID", "LK4471920"], ["Requested period", "03/01/2026 – 08/31/2026",
                                                                       "Diagnosis", "F84.0"]],
            "Behavior Treatment Plan",
            "Plan date: 02/10/2026",
            restated,
        ]
    )
    assert [d.code for d in plan.diagnoses] == ["F84.0"]
    dx = plan.diagnoses[0]
    assert dx.diagnosed_on == dt.date(2024, 5, 14)
    assert dx.diagnosed_by and "Helena Marsh" in dx.diagnosed_by
    assert dx.description


def test_two_different_codes_stay_two_diagnoses() -> None:
    # near miss: a second, different code is a diagnosis of its own
    plan = _read(["Diagnosis: F84.0 Autistic disorder", "Secondary: F90.0 ADHD, predominantly inattentive type"])
    assert [d.code for d in plan.diagnoses] == ["F84.0", "F90.0"]


def test_same_code_with_another_name_stays_its_own_diagnosis() -> None:
    # near miss: the code written again with a different name is kept as written, not merged
    plan = _read(["Diagnoses", "F41.1 Generalized anxiety disorder", "F41.1 GAD with panic features"])
    assert [d.description for d in plan.diagnoses if d.code == "F41.1"] == [
        "Generalized anxiety disorder",
        "GAD with panic features",
    ]
