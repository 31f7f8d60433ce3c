"""Frequency phrases met in Word plans, and the vocabulary additions made for the DOCX reader."""

import pytest

from authcheck.model.vocab import find_credentials, normalize_signature_role
from authcheck.parsing import parse_frequency


@pytest.mark.parametrize(
    ("phrase", "count", "count_max"),
    [
        ("2 sessions per month", 2.0, None),
        ("2x/month", 2.0, None),
        ("1 per month", 1.0, None),
        ("1-2 sessions per month", 1.0, 2.0),
        ("monthly", 1.0, None),
    ],
)
def test_per_month_counts_are_read(phrase: str, count: float, count_max: float | None) -> None:
    """A period ending in "h" ("month") is not mistaken for an hours unit."""
    parsed = parse_frequency(phrase)
    assert parsed is not None
    assert (parsed.count, parsed.per, parsed.count_max) == (count, "month", count_max)


@pytest.mark.parametrize("phrase", ["20 hours per week", "2 hrs/week", "4h/week", "30 minutes per day"])
def test_hours_and_minutes_are_still_not_frequencies(phrase: str) -> None:
    assert parse_frequency(phrase) is None


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("SLP", "clinician"),
        ("Speech-Language Pathologist", "clinician"),
        ("Nurse", "clinician"),
        ("RN", "clinician"),
        ("OT", "clinician"),
        ("PT", "clinician"),
        ("Behavior analyst", "clinician"),
        ("Patient", "client"),
        ("Youth", "client"),
        ("Nurse practitioner", "physician"),
        ("Parent/Guardian", "guardian"),
    ],
)
def test_signature_roles_of_rehab_and_nursing_signers(label: str, role: str) -> None:
    assert normalize_signature_role(label) == role


def test_substance_use_counsellor_credentials_are_known() -> None:
    assert find_credentials("Jolene Price, CAADC") == ["CAADC"]
    assert find_credentials("Sam Ortiz, LCAS, CSAC") == ["LCAS", "CSAC"]
