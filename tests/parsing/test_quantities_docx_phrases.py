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


@pytest.mark.parametrize(
    ("phrase", "count", "count_max", "per"),
    [
        ("every 3 weeks", 1 / 3, None, "week"),
        ("Every 4-6 weeks", 1 / 6, 1 / 4, "week"),
        ("q4 wks", 0.25, None, "week"),
        ("once every 2 months", 0.5, None, "month"),
        ("every 10 days", 0.1, None, "day"),
    ],
)
def test_once_every_so_many_periods(phrase: str, count: float, count_max: float | None, per: str) -> None:
    parsed = parse_frequency(phrase)
    assert parsed is not None and parsed.per == per
    assert parsed.count == pytest.approx(count)
    assert (parsed.count_max is None) == (count_max is None)
    if count_max is not None:
        assert parsed.count_max == pytest.approx(count_max)


def test_every_so_many_hours_is_still_not_a_frequency() -> None:
    assert parse_frequency("every 8 hours") is None


@pytest.mark.parametrize(
    ("text", "credentials"),
    [
        ("Delphine Moreau, MSPT", ["PT"]),
        ("Renée Castillo, LAADC", ["LAADC"]),
        ("Gilberto Ahn, CADC-II", ["CADC"]),
        ("Adaeze Nwosu, APRN, FNP-BC", ["NP"]),
    ],
)
def test_more_credentials_are_known(text: str, credentials: list[str]) -> None:
    assert find_credentials(text) == credentials


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("Supervising BCBA", "clinician"),  # the treating behavior analyst, not a countersigner
        ("Supervising counselor", "supervisor"),
        ("Mental health professional", "clinician"),
        ("Medical review", "physician"),
        ("Qualified professional", "supervisor"),
    ],
)
def test_signer_roles_of_unfamiliar_forms(label: str, role: str) -> None:
    assert normalize_signature_role(label) == role
