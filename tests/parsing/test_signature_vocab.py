"""Signer roles and credentials met in signature blocks (model.vocab)."""

from __future__ import annotations

import pytest

from authcheck.model.vocab import find_credentials, normalize_credential, normalize_signature_role


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("Approved by (psychiatric NP)", "physician"),
        ("Psychiatric APRN approval", "physician"),
        ("Psychiatric approval", "physician"),
        ("CRNP", "physician"),
        ("Minor (assent)", "client"),
        ("Teen", "client"),
        ("Child's guardian", "guardian"),
        ("Psychiatric rehabilitation specialist", "clinician"),  # staff, never the psychiatric approver
    ],
)
def test_signer_roles(label: str, role: str) -> None:
    assert normalize_signature_role(label) == role


def test_nurse_practitioner_credentials_with_certification_suffixes() -> None:
    assert normalize_credential("APRN-CNP") == "NP"
    assert normalize_credential("CNP") == "NP"
    assert find_credentials("Jo Park, APRN-BC") == ["NP"]


@pytest.mark.parametrize(
    ("signed", "credentials"),
    [
        ("Jane Doe, OTR/L, CHT", ["OTR", "CHT"]),
        ("Jane Doe, CHT, OTR/L", ["CHT", "OTR"]),
        ("Mark Lee, PT, DPT, OCS", ["PT", "DPT", "OCS"]),
        ("Rae Kim, CPS", ["CPS"]),
    ],
)
def test_specialist_and_peer_certifications_are_credentials(signed: str, credentials: list[str]) -> None:
    """A certification after the licence (CHT, OCS) is kept with it, so the licence is not lost behind it."""
    assert find_credentials(signed) == credentials
