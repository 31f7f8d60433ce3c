"""DOCX, round 25 (lead's fixes): a note's coded "Assessment:" line, a course counted in sessions, an e-signature
made in a named system.

- a note's "Assessment:" line that codes a condition and names no instrument ("Assessment: M54.50 Low back pain")
  is its diagnosis; near misses: an instrument with its score stays an assessment, an uncoded assessment line
  gives no diagnosis;
- "60 min, 1x/wk, 16 sessions": with how often, a bare count of sessions is the course (the duration); near misses:
  the count alone ("60 min, 16 sessions") may be a total authorized, and "1 session - 2x/week" is a day's amount;
- "e-signed via physician portal 04/03/2026" is signed and dated by the line's signer (no name typed), and a name
  before "e-signed via patient portal" is the signer; near misses: a signature request sent to a portal or inbox.

Each test builds a small plan with python-docx; names and wording are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from docx_helpers import read_blocks

from authcheck.readers.phrases import parse_service

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


# --- an e-signature made in a named system -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, name",
    [
        ("e-signed via physician portal 04/03/2026", None),  # signed, by the line's signer, with no name typed
        ("electronically signed via EHR 04/03/2026", None),  # (not a signer called "via EHR")
        ("e-signed via portal by Ruth Oyelowo, DO 04/03/2026", "Ruth Oyelowo"),
        ("Ruth Oyelowo, DO e-signed via patient portal 04/03/2026", "Ruth Oyelowo"),
        ("Ruth Oyelowo, DO electronically signed in the EHR on Apr 3, 2026", "Ruth Oyelowo"),
    ],
)
def test_an_e_signature_made_in_a_system_is_signed_and_dated(value: str, name: str | None) -> None:
    from authcheck.readers.phrases import parse_signature

    signature = parse_signature("Physician signature", value)
    assert signature is not None and signature.signed and signature.method == "electronic"
    assert (signature.name, signature.date) == (name, dt.date(2026, 4, 3))


@pytest.mark.parametrize(
    "value",
    [
        "PENDING - e-signature request sent to physician portal 04/03/2026",  # a request, not a signature
        "Awaiting e-signature (sent via portal 04/03/2026)",
        "e-signature request routed via EHR inbox 04/03/2026",
    ],
)
def test_a_request_sent_to_a_system_is_not_signed(value: str) -> None:
    from authcheck.readers.phrases import parse_signature

    signature = parse_signature("Physician signature", value)
    assert signature is None or not signature.signed


@pytest.mark.parametrize("through", ["08/31/2026", "August 31, 2026", "Aug. 31st, 2026"])
def test_a_dates_year_after_its_comma_stays_with_the_date(through: str) -> None:
    [service] = parse_service(f"90837 psychotherapy, 53 min, every other week, through {through}")
    assert (service.frequency, service.end) == ("every other week", dt.date(2026, 8, 31))
