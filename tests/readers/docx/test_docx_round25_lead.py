"""DOCX, round 25 (lead's fixes): a note's coded "Assessment:" line, and a course counted in sessions.

- a note's "Assessment:" line that codes a condition and names no instrument ("Assessment: M54.50 Low back pain")
  is its diagnosis; near misses: an instrument with its score stays an assessment, an uncoded assessment line
  gives no diagnosis;
- "60 min, 1x/wk, 16 sessions": with how often, a bare count of sessions is the course (the duration); near misses:
  the count alone ("60 min, 16 sessions") may be a total authorized, and "1 session - 2x/week" is a day's amount.

Each test builds a small plan with python-docx; names and wording are invented.
"""

from __future__ import annotations

import pytest
from docx_helpers import read_blocks

from authcheck.readers.docx.phrases import parse_service

_TOP = ["Alderbank Physical Therapy - Initial Evaluation", "Patient: Oren Falkirk", "DOB: 02/11/1950",
        "Date of Service: 03/03/2026"]


def test_a_coded_assessment_line_is_the_diagnosis() -> None:
    plan = read_blocks([*_TOP, "Subjective: low back pain for 6 weeks.",
                        "Assessment: M54.50 Low back pain, unspecified; good rehab potential."])
    assert [d.code for d in plan.diagnoses] == ["M54.50"]
    assert plan.diagnoses[0].source is not None and "M54.50" in (plan.diagnoses[0].source.text or "")


def test_an_instrument_on_the_assessment_line_stays_an_assessment() -> None:
    plan = read_blocks([*_TOP, "Assessment: PHQ-9 14 on 01/10/2026"])
    assert plan.diagnoses == []
    assert len(plan.assessments) == 1 and (plan.assessments[0].instrument or "").startswith("PHQ-9")


def test_an_uncoded_assessment_line_gives_no_diagnosis() -> None:
    plan = read_blocks([*_TOP, "Assessment: good rehab potential; pain limits standing tolerance."])
    assert plan.diagnoses == []


@pytest.mark.parametrize(
    "text, duration",
    [
        ("90837 individual psychotherapy, 60 min, 1x/wk, 16 sessions", "16 sessions"),
        ("97110 therapeutic exercise, 2x/week, 12 visits", "12 visits"),
        ("97110 therapeutic exercise, 2x/week x 8 visits", "8 visits"),  # as before
    ],
)
def test_a_count_of_sessions_beside_a_frequency_is_the_course(text: str, duration: str) -> None:
    [service] = parse_service(text)
    assert service.duration == duration


@pytest.mark.parametrize(
    "text",
    [
        "90837 individual psychotherapy, 60 min, 16 sessions",  # no frequency: it may be a total authorized
        "92526 treatment of swallowing dysfunction - 1 session - 2x/week",  # a day's amount
        "97530 therapeutic activities, 2 visits, 3x/week",
        "90837 psychotherapy, 60 min, 1x/wk, 16 sessions authorized",  # a total, said so
    ],
)
def test_near_misses_give_no_course(text: str) -> None:
    [service] = parse_service(text)
    assert service.duration is None
