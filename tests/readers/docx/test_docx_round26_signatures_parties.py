"""Signatures, client and provider identifiers, round 26 (plan updates, reviews and recertifications).

- a conformed mark typed on a blank signing line ("Jo Lee, LPC  ____/s/ J. Lee____  07/06/2026") signs the printed
  name and credential before it;
- run-in sign-offs parted by semicolons, the roles in lower case ("Signed - client: ...; staff: ..."), and a list
  of signers after "Addendum signed:" / "Plan signed:", the later roles written with a colon;
- an NPI on the line that named a signer whose signature was dated on the line under it is that signer's;
- an NPI written in a form cell beside a certification statement is the number, never the statement's first word;
- a "name and address" value run together ends the client's name at the street number.

Each change has a test of what it now reads and a near miss that must still read as before. Plans are built with
python-docx; names and wording are invented and differ from the blind sets."""

from __future__ import annotations

import datetime as dt

from authcheck.model import TreatmentPlan
from authcheck.readers.phrases import parse_signature
from docx_helpers import read_blocks

_BODY = [
    "Treatment Plan Review",
    "Client: Rosalind Ebbesen-Kahale    DOB: 03/14/1962",
    "Diagnosis: F43.23 Adjustment disorder with mixed anxiety and depressed mood",
    "Goals",
    "Goal 1: Rosalind will lower her PHQ-9 score from 15 to under 9 by 11/30/2026.",
    "Services",
    "Individual psychotherapy (90834), 45 minutes, weekly through 11/30/2026.",
]

_HH_HEAD = [
    "HOME HEALTH RECERTIFICATION",
    [
        ["1. Patient's HI claim no.", "2. Start of care date", "3. Certification period"],
        ["7KR2-TP4-MW63", "02/02/2026", "From: 04/03/2026   To: 06/01/2026"],
    ],
    "Principal diagnosis: I10 Essential hypertension",
    "Orders: SN 1w8 cardiopulmonary assessment and medication teaching.",
    "Goals: Patient will keep systolic blood pressure under 140 at 7 of 8 SN visits by 06/01/2026.",
]

_CERTIFY = "I certify that this patient is confined to the home and needs intermittent skilled nursing care."

Block = str | list[list[str]]


def _read(blocks: list[Block]) -> TreatmentPlan:
    return read_blocks([*_BODY, *blocks])


def _sigs(plan: TreatmentPlan) -> list[tuple[str, str | None, str | None, dt.date | None, bool]]:
    return [(s.role, s.name, s.credential, s.date, s.signed) for s in plan.signatures]


# --- a conformed mark typed on a blank signing line ---------------------------------------------------------------


def test_mark_on_a_blank_line_signs_the_printed_name_and_credential() -> None:
    parsed = parse_signature(None, "Tobiah Marchetti, LPC  ______/s/ T. Marchetti_____   07/06/2026")
    assert parsed is not None
    assert (parsed.name, parsed.credential, parsed.date, parsed.method) == (
        "Tobiah Marchetti", "LPC", dt.date(2026, 7, 6), "typed"
    )


def test_mark_on_a_blank_line_under_a_signatures_banner_is_the_clinicians() -> None:
    plan = _read([
        [["SIGNATURES"]],
        "Tobiah Marchetti, LPC  ______/s/ T. Marchetti_____   07/06/2026",
        "Rosalind Ebbesen-Kahale  ______/s/ R. Ebbesen-Kahale____   07/06/2026",
    ])
    clinicians = [s for s in plan.signatures if s.role == "clinician"]
    assert [(s.name, s.credential, s.date) for s in clinicians] == [("Tobiah Marchetti", "LPC", dt.date(2026, 7, 6))]


def test_near_miss_a_mark_signing_another_surname_keeps_the_signed_name() -> None:
    parsed = parse_signature(None, "Tobiah Marchetti, LPC  ______/s/ W. Okonkwo_____   07/06/2026")
    assert parsed is not None
    assert (parsed.name, parsed.credential) == ("W. Okonkwo", None)


def test_near_miss_a_mark_on_a_blank_line_with_no_printed_name_is_read_as_typed() -> None:
    parsed = parse_signature(None, "______/s/ T. Marchetti_____   07/06/2026")
    assert parsed is not None
    assert (parsed.name, parsed.credential, parsed.date) == ("T. Marchetti", None, dt.date(2026, 7, 6))


# --- run-in sign-offs parted by semicolons ------------------------------------------------------------------------


def test_semicolon_run_in_sign_offs_with_lower_case_roles_are_two_signers() -> None:
    plan = _read(["Signed - client: Rosalind Ebbesen-Kahale 02/10/2026;  staff: Caspian Obuya, LMHC 02/10/2026"])
    assert _sigs(plan) == [
        ("client", "Rosalind Ebbesen-Kahale", None, dt.date(2026, 2, 10), True),
        ("clinician", "Caspian Obuya", "LMHC", dt.date(2026, 2, 10), True),
    ]


def test_near_miss_semicolon_run_in_with_a_referring_physician_gives_no_physician_signature() -> None:
    plan = _read([
        "Signed - client: Rosalind Ebbesen-Kahale 02/10/2026;  referring physician: Wendell Haugen, MD 02/10/2026"
    ])
    assert not [s for s in plan.signatures if s.role in ("physician", "clinician")], _sigs(plan)


def test_near_miss_a_staff_line_left_blank_is_no_staff_signature() -> None:
    plan = _read(["Signed - client: Rosalind Ebbesen-Kahale 02/10/2026;  staff: Caspian Obuya, LMHC ________"])
    assert not [s for s in plan.signatures if s.role == "clinician" and s.signed and s.date], _sigs(plan)


# --- a list of signers after "Addendum signed:" / "Plan signed:" --------------------------------------------------


def test_addendum_signed_list_with_a_labelled_guardian_is_two_signers() -> None:
    plan = _read(["Addendum signed: Ingeborg Salonen, BCBA 04/14/2026;  Parent/guardian: Delphine Asante 04/14/2026"])
    assert _sigs(plan) == [
        ("clinician", "Ingeborg Salonen", "BCBA", dt.date(2026, 4, 14), True),
        ("guardian", "Delphine Asante", None, dt.date(2026, 4, 14), True),
    ]


def test_plan_signed_list_with_a_role_without_colon_is_two_signers() -> None:
    plan = _read(["Plan signed: Ingeborg Salonen, BCBA 02/02/2026; parent Delphine Asante 02/02/2026"])
    assert [(s.role, s.name) for s in plan.signatures] == [
        ("clinician", "Ingeborg Salonen"), ("guardian", "Delphine Asante")
    ]


def test_near_miss_a_consent_signed_list_is_no_plan_signature() -> None:
    plan = _read(["Consent signed: Ingeborg Salonen, BCBA 04/14/2026;  Parent/guardian: Delphine Asante 04/14/2026"])
    assert plan.signatures == []


def test_near_miss_a_referring_physician_in_the_list_is_no_signer() -> None:
    plan = _read([
        "Addendum signed: Ingeborg Salonen, BCBA 04/14/2026;  Referring physician: Wendell Haugen, MD 04/14/2026"
    ])
    assert "Wendell Haugen" not in [s.name for s in plan.signatures]


# --- an NPI on the line that named a signer -----------------------------------------------------------------------


def _hh(blocks: list[Block]) -> TreatmentPlan:
    return read_blocks([*_HH_HEAD, *blocks])


def test_npi_on_the_name_line_over_a_dated_signed_line_is_the_signers() -> None:
    plan = _hh([
        "Signatures",
        "Certifying physician: Hollis Vantongeren, MD   NPI 1234567890",
        "Signed: Hollis Vantongeren, MD   04/05/2026",
    ])
    [signature] = plan.signatures
    assert (signature.role, signature.name, signature.npi, signature.date) == (
        "physician", "Hollis Vantongeren", "1234567890", dt.date(2026, 4, 5)
    )


def test_near_miss_a_name_line_with_two_npis_gives_the_signer_none() -> None:
    plan = _hh([
        "Signatures",
        "Certifying physician: Hollis Vantongeren, MD  NPI 1234567893  Nurse: Ada Brandt, RN NPI 1234567890",
        "Signed: Hollis Vantongeren, MD   04/05/2026",
    ])
    signer = next(s for s in plan.signatures if s.name == "Hollis Vantongeren")
    assert signer.npi is None


def test_near_miss_a_name_line_without_an_npi_gives_none() -> None:
    plan = _hh([
        "Signatures",
        "Certifying physician: Hollis Vantongeren, MD",
        "Signed: Hollis Vantongeren, MD   04/05/2026",
    ])
    assert [s.npi for s in plan.signatures] == [None]


# --- an NPI in a form cell beside a certification statement -------------------------------------------------------


def _physician_boxes(name_cell: str) -> list[Block]:
    return [[
        ["24. Physician's name and address", "26. Physician certification"],
        [name_cell, _CERTIFY],
        ["27. Attending physician's signature and date signed", ""],
        ["Hollis Vantongeren, MD (signed)   04/05/2026", ""],
    ]]


def test_npi_beside_a_certification_statement_is_the_number() -> None:
    plan = _hh(_physician_boxes("Hollis Vantongeren, MD   NPI 1234567893"))
    assert [(p.name, p.npi) for p in plan.providers] == [("Hollis Vantongeren", "1234567893")]


def test_near_miss_a_short_npi_beside_the_statement_is_kept_to_be_checked() -> None:
    plan = _hh(_physician_boxes("Hollis Vantongeren, MD   NPI 12345678"))
    assert [(p.name, p.npi) for p in plan.providers] == [("Hollis Vantongeren", "12345678")]


def test_near_miss_a_labelled_short_npi_is_still_read() -> None:
    plan = _hh(["Physician NPI: 12345678"])
    assert [p.npi for p in plan.providers] == ["12345678"]


def test_a_sentence_after_an_npi_label_is_no_npi() -> None:
    plan = _hh(["Physician NPI: I certify this plan"])
    assert [p.npi for p in plan.providers if p.npi] == []


# --- a "name and address" value run together ----------------------------------------------------------------------


def test_client_name_ends_at_the_street_number() -> None:
    plan = read_blocks([
        "Patient's name and address: Augusta Brennholt 402 Larch Street, Apt 2, Fairmont   DOB: 01/02/1940",
        *_HH_HEAD[2:],
    ])
    assert (plan.patient.name, plan.patient.birth_date) == ("Augusta Brennholt", dt.date(1940, 1, 2))


def test_near_miss_a_hyphenated_name_and_a_name_with_an_ordinal_are_kept_whole() -> None:
    for written in ("Augusta Brennholt-Oyelaran", "Augusta Brennholt 3rd"):
        plan = read_blocks([f"Patient: {written}   DOB: 01/02/1940", *_HH_HEAD[2:]])
        assert plan.patient.name == written
