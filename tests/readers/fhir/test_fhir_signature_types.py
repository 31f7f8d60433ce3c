"""Provenance.signature.type is a list of Codings in FHIR R4: a verification, validation or review signature by a
practitioner who is not the plan's author and holds no physician credential is the supervisor's; the same signature
type by a physician is the physician's (certifying a plan of care); the author's own signature stays the clinician's
whatever its type; a consent signature is no clinician's. A CodeableConcept wrapped around the Coding reads alike."""

from __future__ import annotations

from pathlib import Path

import pytest
from fhir_bundles import bundle, read

_ASTM = "urn:iso-astm:E1762-95:2013"
VERIFICATION = {"system": _ASTM, "code": "1.2.840.10065.1.12.1.5", "display": "Verification Signature"}
AUTHOR = {"system": _ASTM, "code": "1.2.840.10065.1.12.1.1", "display": "Author's Signature"}
CONSENT = {"system": _ASTM, "code": "1.2.840.10065.1.12.1.7", "display": "Consent Signature"}


def _plan(tmp_path: Path, signature_type: list, credential: str, *, author: bool = False) -> object:
    writer = {"resourceType": "Practitioner", "id": "w", "name": [{"family": "Lee", "given": ["Jo"]}],
              "qualification": [{"code": {"text": "LCSW"}}]}
    signer = {"resourceType": "Practitioner", "id": "s", "name": [{"family": "Moss", "given": ["Reed"]}],
              "qualification": [{"code": {"text": credential}}]}
    provenance = {"resourceType": "Provenance", "id": "prov", "target": [{"reference": "CarePlan/cp"}],
                  "recorded": "2025-11-18T10:00:00Z", "agent": [{"who": {"reference": "Practitioner/s"}}],
                  "signature": [{"type": signature_type, "when": "2025-11-18T10:00:00Z",
                                 "who": {"reference": "Practitioner/s"}}]}
    data = bundle(writer, signer, provenance,
                  plan_extra={"author": {"reference": "Practitioner/s" if author else "Practitioner/w"}})
    return read(tmp_path, data)


def _roles(plan: object) -> list[tuple[str, str | None]]:
    return [(s.role, s.name) for s in plan.signatures]  # type: ignore[attr-defined]


@pytest.mark.parametrize("signature_type", [[VERIFICATION], [{"coding": [VERIFICATION]}]])
def test_a_verification_signature_by_another_clinician_is_the_supervisors(tmp_path: Path, signature_type: list) -> None:
    assert _roles(_plan(tmp_path, signature_type, "LPC-S")) == [("supervisor", "Reed Moss")]


def test_near_miss_an_authors_signature_type_keeps_the_clinician(tmp_path: Path) -> None:
    assert _roles(_plan(tmp_path, [AUTHOR], "LPC-S")) == [("clinician", "Reed Moss")]


def test_a_physicians_verification_signature_is_the_physicians(tmp_path: Path) -> None:
    assert _roles(_plan(tmp_path, [VERIFICATION], "MD")) == [("physician", "Reed Moss")]


def test_the_authors_verification_signature_is_the_clinicians(tmp_path: Path) -> None:
    assert _roles(_plan(tmp_path, [VERIFICATION], "LPC-S", author=True)) == [("clinician", "Reed Moss")]


def test_a_consent_signature_is_no_clinicians(tmp_path: Path) -> None:
    assert _roles(_plan(tmp_path, [CONSENT], "LPC-S")) == [("other", "Reed Moss")]
