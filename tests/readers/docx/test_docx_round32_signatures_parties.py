"""Signatures, signers and provider facts, round 32.

- an approver's line that opens with what the signer did, a dash, then the signer's label ("Approved — Psychiatrist:
  Jo Lee, DO (NPI ...)   Date: ...") names the psychiatrist, not a signer called "Approved";
- an NPI written as it stands, whatever its length, after the label in a prose sentence ("provided by Dr. Jo Lee,
  PsyD (NPI 167239405)"), in a provider's value ("Treating clinician: Jo Lee, PsyD (NPI 16723940)") or on a
  signer's line, so that the NPI check can report a mistyped one;
- a signer's "Date signed | ..." row laid out as a form table under the paragraph naming the signer dates that
  signature, as the same "Date signed: ..." line does (the same facts in a table read the same);
- a signers grid captioned "Client signature | Counselor signature" whose signature cells hold only "/s/", with
  rows of dates and printed names below, is read a column a signer; the same grid with the signature cells left
  empty is two unsigned lines (the printed names sign nothing).

Each test builds a small plan in code; names and wording are invented. Each change has a near miss that keeps
its reading.
"""

from __future__ import annotations

import datetime as dt

from authcheck.model import TreatmentPlan
from docx_helpers import read_blocks

_BODY = [
    "Outpatient Psychotherapy Plan",
    "Client: Delphine Oyelaran-Voss    DOB: 02/14/1968",
    "Diagnosis: F41.1 Generalized anxiety disorder",
    "Goals",
    "Goal 1: Delphine will reduce her GAD-7 score from 15 to 7 or lower by 09/30/2026.",
    "Services",
    "Individual psychotherapy (90834), 45 minutes, weekly for 6 months.",
]

Block = str | list[list[str]]


def _read(blocks: list[Block], body: list[Block] | None = None) -> TreatmentPlan:
    return read_blocks([*(_BODY if body is None else body), *blocks])


def _sigs(plan: TreatmentPlan) -> list[tuple[str, str | None, str | None, dt.date | None, bool]]:
    return [(s.role, s.name, s.credential, s.date, s.signed) for s in plan.signatures]


# --- "Approved — Psychiatrist: ..." ----------------------------------------------------------------------------------


def test_approval_word_and_a_dash_before_the_signers_label_names_the_psychiatrist() -> None:
    plan = _read([
        "V. SIGNATURES",
        "Therapist: Rosalind Achebe, LCSW      Date: 06/22/2026",
        "Approved — Psychiatrist: Casimir Nwosu-Berg, DO (NPI 1234567893)      Date: 06/25/2026",
    ])
    assert _sigs(plan) == [
        ("clinician", "Rosalind Achebe", "LCSW", dt.date(2026, 6, 22), True),
        ("physician", "Casimir Nwosu-Berg", "DO", dt.date(2026, 6, 25), True),
    ]
    assert plan.signatures[1].npi == "1234567893"


def test_reviewed_and_approved_before_a_supervisors_label() -> None:
    plan = _read(["Signatures", "Reviewed and approved – Clinical supervisor: Ingrid Folau, LPC   Date: 06/25/2026"])
    assert _sigs(plan) == [("supervisor", "Ingrid Folau", "LPC", dt.date(2026, 6, 25), True)]


def test_near_miss_a_dash_before_a_label_that_names_no_signer_is_not_a_sign_off() -> None:
    plan = _read(["Signatures", "Approved — Note: see chart for the consent      Date: 06/25/2026"])
    assert not any(s.role == "physician" for s in plan.signatures)
    assert not any(s.name == "Approved" and s.signed for s in plan.signatures)


def test_near_miss_a_pending_approval_is_not_read_as_signed_by_the_psychiatrist() -> None:
    plan = _read(["Signatures", "Pending — Psychiatrist: Casimir Nwosu-Berg, DO      Date: ________"])
    assert not any(s.role == "physician" and s.signed and s.date for s in plan.signatures)


# --- NPIs as written -------------------------------------------------------------------------------------------------

_NO_PROVIDER = [
    "Outpatient Psychotherapy Plan",
    "Client: Delphine Oyelaran-Voss    DOB: 02/14/1968",
    "Provider",
]
_REST = ["Diagnosis", "F41.1 Generalized anxiety disorder", "Goals",
         "Goal 1: Delphine will reduce her GAD-7 score from 15 to 7 or lower by 09/30/2026."]


def _providers(plan: TreatmentPlan) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.name, p.credential, p.npi) for p in plan.providers]


def test_a_nine_digit_npi_in_a_prose_sentence_is_kept_with_the_clinician_named_before_it() -> None:
    plan = _read([
        "Care will be delivered by Dr. Thaddeus Okonjo-Lind, PsyD (NPI 176543210), at the Elm Street office.",
        *_REST,
    ], body=_NO_PROVIDER)
    assert _providers(plan) == [("Thaddeus Okonjo-Lind", "PsyD", "176543210")]
    assert plan.providers[0].field_sources["npi"].text is not None


def test_a_short_npi_in_a_providers_labelled_value_is_kept() -> None:
    plan = _read(["Treating clinician: Thaddeus Okonjo-Lind, PsyD (NPI 17654321)", *_REST], body=_NO_PROVIDER)
    assert _providers(plan) == [("Thaddeus Okonjo-Lind", "PsyD", "17654321")]


def test_a_mistyped_npi_on_a_signers_line_is_the_signers() -> None:
    plan = _read(["Signatures", "Rosalind Achebe, LCSW   NPI 16723940   signed 03/02/2026"])
    assert [(s.name, s.npi) for s in plan.signatures] == [("Rosalind Achebe", "16723940")]


def test_near_miss_a_valid_npi_in_a_labelled_value_reads_as_before() -> None:
    plan = _read(["Treating clinician: Thaddeus Okonjo-Lind, PsyD   NPI 1234567893", *_REST], body=_NO_PROVIDER)
    assert _providers(plan) == [("Thaddeus Okonjo-Lind", "PsyD", "1234567893")]


def test_near_miss_numbers_near_the_word_npi_that_follow_no_npi_label_are_no_npi() -> None:
    plan = _read([
        "Call 802-555-0199 for the NPI lookup line.",
        "Our group NPI is pending; Medicaid ID 123456789.",
        *_REST,
    ], body=_NO_PROVIDER)
    assert plan.providers == []


# --- a signer's date row as a form table -----------------------------------------------------------------------------

_CERT = [
    "Physician Certification",
    "I certify that this patient is under my care and I have authorized the services in this plan of care.",
    "Signature: ",
    "Anthony Kwarteng, M.D.",
]


def test_date_signed_row_of_a_form_table_under_the_signers_name_dates_the_signature() -> None:
    as_lines = _read([*_CERT, "Date signed: 04/08/2026", "NPI: 1234567893"])
    as_table = _read([*_CERT, [["Date signed:", "04/08/2026"], ["NPI:", "1234567893"]]])
    assert _sigs(as_lines) == _sigs(as_table) == [("physician", "Anthony Kwarteng", "M.D.", dt.date(2026, 4, 8), True)]


def test_date_row_below_an_npi_row_of_the_same_table_dates_the_signature() -> None:
    plan = _read([*_CERT, [["NPI:", "1234567893"], ["Date signed:", "04/08/2026"]]])
    assert _sigs(plan) == [("physician", "Anthony Kwarteng", "M.D.", dt.date(2026, 4, 8), True)]


def test_near_miss_a_date_table_after_other_text_does_not_date_the_signer_above() -> None:
    plan = _read([*_CERT, "Plan prepared by the intake team.", [["Date signed:", "04/08/2026"]]])
    physician = [s for s in plan.signatures if s.name == "Anthony Kwarteng"]
    assert len(physician) == 1 and physician[0].date is None


# --- "/s/" in a signers grid, a column a signer ----------------------------------------------------------------------


def test_typed_marks_in_a_signers_grid_are_read_a_column_a_signer() -> None:
    plan = _read(["Signatures", [
        ["Client signature", "Counselor signature"],
        ["/s/", "/s/"],
        ["03/02/2026", "03/03/2026"],
        ["Delphine Oyelaran-Voss", "Rosalind Achebe, LCSW"],
    ]])
    assert _sigs(plan) == [
        ("client", "Delphine Oyelaran-Voss", None, dt.date(2026, 3, 2), True),
        ("clinician", "Rosalind Achebe", "LCSW", dt.date(2026, 3, 3), True),
    ]


def test_typed_marks_with_date_and_printed_name_captions() -> None:
    plan = _read([[
        ["Client signature", "Counselor signature"],
        ["/s/", "/es/"],
        ["Date: 03/02/2026", "Date: 03/03/2026"],
        ["Printed name: Delphine Oyelaran-Voss", "Printed name: Rosalind Achebe, LCSW"],
    ]])
    assert _sigs(plan) == [
        ("client", "Delphine Oyelaran-Voss", None, dt.date(2026, 3, 2), True),
        ("clinician", "Rosalind Achebe", "LCSW", dt.date(2026, 3, 3), True),
    ]


def test_near_miss_empty_signature_cells_over_printed_names_are_unsigned_lines() -> None:
    plan = _read(["Signatures", [
        ["Client signature", "Counselor signature"],
        ["", ""],
        ["03/02/2026", ""],
        ["Delphine Oyelaran-Voss", "Rosalind Achebe, LCSW"],
    ]])
    assert _sigs(plan) == [
        ("client", "Delphine Oyelaran-Voss", None, dt.date(2026, 3, 2), False),
        ("clinician", "Rosalind Achebe", "LCSW", None, False),
    ]


def test_near_miss_underscored_signature_cells_over_printed_names_are_unsigned_lines() -> None:
    plan = _read([[
        ["Client signature", "Counselor signature"],
        ["__________", "__________"],
        ["Date: ______", "Date: ______"],
        ["Delphine Oyelaran-Voss", "Rosalind Achebe, LCSW"],
    ]])
    assert [(s.role, s.name, s.signed) for s in plan.signatures] == [
        ("client", "Delphine Oyelaran-Voss", False),
        ("clinician", "Rosalind Achebe", False),
    ]


def test_near_miss_names_typed_in_the_signature_cells_still_sign() -> None:
    plan = _read(["Signatures", [
        ["Client signature", "Counselor signature"],
        ["/s/ Delphine Oyelaran-Voss", "/s/ Rosalind Achebe, LCSW"],
        ["03/02/2026", "03/03/2026"],
    ]])
    assert _sigs(plan) == [
        ("client", "Delphine Oyelaran-Voss", None, dt.date(2026, 3, 2), True),
        ("clinician", "Rosalind Achebe", "LCSW", dt.date(2026, 3, 3), True),
    ]
