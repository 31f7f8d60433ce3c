"""Signatures of converted and long multi-signer plans, round 28.

- credentials real US case managers and peer workers sign with: a bachelor's degree ("Denise Holloway, BSW",
  "Marcus Trevino, BA, TCM") and peer / case-management certifications ("CRPS", "CRPA", "CPSS", "NCPRSS", "CCM");
  an unknown abbreviation is still no credential;
- a signer's caption under a sign-off line with the printed name in brackets ("Supervising Counselor (Leticia
  Obuya)"), and a blank sign-off line whose date column keeps its label ("_______   Date: ______");
- a signer's form table ("Certifying physician | name", "Signature | ...", "Date signed | date"): the date row
  dates the signature above it;
- a signer table whose role column has a caption the table kinds do not know ("Reviewer");
- a statement run into the sign-off line under it by a converter ("Services are medically necessary.
  Physician: Naomi Fairbanks, DO   Date: 07/09/2026").

Each test builds a small plan with python-docx; names and wording are invented. Each change has a near miss
that keeps its reading.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path


from authcheck.api import check_file, load_library, select_profiles
from authcheck.model import TreatmentPlan
from authcheck.model.vocab import find_credentials
from authcheck.readers.phrases.names import split_name_credential
from docx_helpers import read_blocks, save_blocks, signer_named

_CONTENT = [
    "Treatment Plan",
    "Client: Harriet Quinlan",
    "DOB: 04/02/1961",
    "Plan date: 03/01/2026",
    "Diagnosis: F41.1 Generalized anxiety disorder",
    "Goal 1: reduce worry",
    "Objective 1: GAD-7 from 15 to 8 or below by 6/1/2026",
    "Interventions: CBT 1x/wk 45 min",
]


def _plan(*blocks: object) -> TreatmentPlan:
    return read_blocks([*_CONTENT, *blocks])


# --- credentials of case managers and peer workers -------------------------------------------------------------


def test_bachelor_degrees_and_peer_certifications_are_credentials() -> None:
    assert find_credentials("Denise Holloway, BSW") == ["BSW"]
    assert find_credentials("Marcus Trevino, BA, TCM") == ["BA"]
    assert find_credentials("Lorraine Witt, CRPS") == ["CRPS"]
    assert find_credentials("Lorraine Witt, CRPS-A") == ["CRPS"]
    assert find_credentials("Ana Ruiz, CRPA") == ["CRPA"]
    assert find_credentials("Jo Lee, BS, CCM") == ["BS", "CCM"]
    assert split_name_credential("Marcus Trevino, BA, TCM") == ("Marcus Trevino", "BA")
    assert split_name_credential("Denise Holloway, BSW") == ("Denise Holloway", "BSW")


def test_unknown_abbreviations_and_surnames_are_still_no_credentials() -> None:
    # near miss: an abbreviation nobody certifies, and a surname written like a degree
    assert find_credentials("Marcus Trevino, TCM") == []
    assert split_name_credential("Marcus Trevino, TCM") == ("Marcus Trevino", None)
    assert split_name_credential("Lin Ba") == ("Lin Ba", None)


def test_case_manager_and_peer_specialist_sign_with_their_credentials() -> None:
    plan = _plan(
        "Signatures",
        [
            ["Role", "Printed name / credentials", "Signature", "Date signed"],
            ["Primary Therapist", "Aurelio Banks, LCSW", "Electronically signed by Aurelio Banks, LCSW", "01/21/2026"],
            ["Case Manager", "Denise Holloway, BSW", "Electronically signed by Denise Holloway, BSW", "01/22/2026"],
            ["Certified Peer Specialist", "Tomas Ekwueme, CRPS", "Electronically signed by Tomas Ekwueme, CRPS", "01/22/2026"],
        ],
    )
    assert signer_named(plan, "Denise Holloway").credential == "BSW"
    assert signer_named(plan, "Tomas Ekwueme").credential == "CRPS"


def _kinds(path: Path) -> set[str]:
    as_of = dt.date(2026, 3, 1)
    profiles = select_profiles(load_library(), payer="medicare-psychotherapy", as_of=as_of)
    return {finding.kind for finding in check_file(path, profiles, as_of).findings}


def test_a_case_managers_degree_satisfies_the_credential_rule_but_a_bare_name_does_not(tmp_path: Path) -> None:
    lines = ["Signatures", "Therapist: Aurelio Banks, LCSW   01/21/2026"]
    with_degree = save_blocks(tmp_path, [*_CONTENT, *lines, "Case Manager: Denise Holloway, BSW   01/22/2026"])
    assert "credential-missing" not in _kinds(with_degree)
    # near miss: the same case manager signing with her name alone still lacks a credential
    bare = save_blocks(tmp_path, [*_CONTENT, *lines, "Case Manager: Denise Holloway   01/22/2026"])
    assert "credential-missing" in _kinds(bare)


# --- captions under sign-off lines ------------------------------------------------------------------------------

_SIGNED_ABOVE = [
    "SIGNATURES",
    "/s/ Rosalind Ebersole\t\tDate: February 6, 2026",
    "Patient",
    "Electronically signed by Quentin Ashby, CADC-II on February 6, 2026",
    "Primary Counselor",
]
_MEDICAL_DIRECTOR = ["Electronically signed by Elena Marisol Ferrante, MD on February 10, 2026", "Medical Director"]


def test_a_blank_line_over_a_caption_naming_the_signer_is_that_signers_unsigned_line() -> None:
    plan = _plan(
        *_SIGNED_ABOVE,
        "_______________________________________      ______________",
        "Supervising Counselor (Leticia Obuya)",
        *_MEDICAL_DIRECTOR,
    )
    supervisor = signer_named(plan, "Leticia Obuya")
    assert (supervisor.role, supervisor.signed, supervisor.date) == ("supervisor", False, None)
    assert signer_named(plan, "Elena Marisol Ferrante").role == "physician"


def test_a_signed_line_over_a_caption_naming_the_signer_stays_signed_and_takes_the_captions_role() -> None:
    # near miss: the line above is signed; the caption gives the role and adds no second signature
    plan = _plan(
        *_SIGNED_ABOVE,
        "Electronically signed by Leticia Obuya, LAADC on February 7, 2026",
        "Supervising Counselor (Leticia Obuya)",
        *_MEDICAL_DIRECTOR,
    )
    supervisor = signer_named(plan, "Leticia Obuya")
    assert (supervisor.role, supervisor.signed, supervisor.date) == ("supervisor", True, dt.date(2026, 2, 7))


def test_a_blank_line_with_a_labelled_date_column_is_unsigned_under_its_own_caption() -> None:
    plan = _plan(
        *_SIGNED_ABOVE,
        "_______________________________________      Date: ______________",
        "Supervising Counselor",
        *_MEDICAL_DIRECTOR,
    )
    unsigned = [s for s in plan.signatures if not s.signed]
    assert [(s.role, s.name) for s in unsigned] == [("supervisor", None)]
    # the caption is not carried down to the medical director's line
    assert signer_named(plan, "Elena Marisol Ferrante").role == "physician"


def test_a_caption_with_a_relationship_in_brackets_names_nobody() -> None:
    # near miss: "(mother)" is a relationship, not a printed name
    plan = _plan(
        *_SIGNED_ABOVE,
        "_______________________________________      ______________",
        "Parent (mother)",
    )
    guardians = [(s.name, s.signed) for s in plan.signatures if s.role == "guardian"]
    assert guardians == [(None, False)]


# --- a signer's form table with the date in its own row -------------------------------------------------------


def test_the_date_row_of_a_signer_form_table_dates_the_signature_above() -> None:
    plan = _plan(
        "Physician Certification Statement",
        "I certify that this patient is under my care.",
        [
            ["Certifying physician", "Ruth Adebayo-Klein, MD"],
            ["NPI", "1234567893"],
            ["Signature", "Ruth Adebayo-Klein, MD  (signed electronically via portal)"],
            ["Date signed", "09/14/2026"],
        ],
    )
    physician = signer_named(plan, "Ruth Adebayo-Klein")
    assert (physician.role, physician.signed, physician.date) == ("physician", True, dt.date(2026, 9, 14))
    assert len(plan.signatures) == 1


def test_a_blank_signature_row_keeps_the_physician_unsigned() -> None:
    # near miss: the signature row is blank, so the date row dates nothing
    plan = _plan(
        "Physician Certification Statement",
        "I certify that this patient is under my care.",
        [
            ["Certifying physician", "Ruth Adebayo-Klein, MD"],
            ["Signature", "______________________"],
            ["Date signed", "09/14/2026"],
        ],
    )
    physicians = [s for s in plan.signatures if s.role == "physician"]
    assert physicians and not any(s.signed and s.date is not None for s in physicians)


# --- a signer table whose role column has an unknown caption ----------------------------------------------------


def _review_table(first_header: str) -> TreatmentPlan:
    return _plan(
        "Primary counselor: Alejandra Reyes, CADC-II   Signed 02/20/2026",
        "",
        "TREATMENT PLAN REVIEW AND COUNTERSIGNATURE",
        [
            [first_header, "Name / credential", "Signature", "Date"],
            ["Supervising counselor", "Terrence Boateng, LAADC", "T. Boateng", "02/26/2026"],
            ["Medical director", "Irene Castillo, MD", "I. Castillo MD", "02/27/2026"],
        ],
    )


def test_a_column_of_signer_roles_under_an_unknown_caption_gives_each_row_its_role() -> None:
    plan = _review_table("Reviewer")
    assert signer_named(plan, "Terrence Boateng").role == "supervisor"
    assert signer_named(plan, "Irene Castillo").role == "physician"


def test_a_column_of_notes_under_an_unknown_caption_gives_no_role() -> None:
    # near miss: the first column holds notes, not signer roles; the counselor keeps the role of his credential
    plan = _plan(
        "TREATMENT PLAN REVIEW AND COUNTERSIGNATURE",
        [
            ["Step", "Name / credential", "Signature", "Date"],
            ["Initial review", "Terrence Boateng, LAADC", "T. Boateng", "02/26/2026"],
        ],
    )
    assert signer_named(plan, "Terrence Boateng").role == "clinician"


# --- a statement run into the sign-off line ---------------------------------------------------------------------


def test_a_statement_run_into_a_sign_off_line_is_read_from_the_signers_label() -> None:
    plan = _plan(
        "Therapist: Greta Halloran, PT    07/06/2026",
        "Services are medically necessary. Physician: Naomi Fairbanks, DO    Date: 07/09/2026",
    )
    physician = signer_named(plan, "Naomi Fairbanks")
    assert (physician.role, physician.credential, physician.date) == ("physician", "DO", dt.date(2026, 7, 9))


def test_a_statement_run_into_a_blank_sign_off_line_stays_unsigned() -> None:
    # near miss: the physician's line after the statement is blank
    plan = _plan(
        "Signatures",
        "Therapist: Greta Halloran, PT    07/06/2026",
        "Services are medically necessary. Physician: ____________    Date: ______",
    )
    physicians = [s for s in plan.signatures if s.role == "physician"]
    assert [(s.signed, s.date) for s in physicians] == [(False, None)]


def test_a_statement_followed_by_a_field_is_no_sign_off() -> None:
    # near miss: a sentence then a field that names no signer
    plan = _plan(
        "Therapist: Greta Halloran, PT    07/06/2026",
        "Services are medically necessary. Frequency: 2x/week    Date: 07/09/2026",
    )
    assert [s.name for s in plan.signatures] == ["Greta Halloran"]


def test_a_certification_statement_run_into_a_sign_off_line_is_read_from_the_signers_label() -> None:
    # the attestation's own path (build.py): "I certify ..." with no label before it, then the sign-off
    plan = _plan(
        "Therapist: Greta Halloran, PT    07/06/2026",
        "I certify the need for these services. Physician: Naomi Fairbanks, DO    Date: 07/09/2026",
    )
    physician = signer_named(plan, "Naomi Fairbanks")
    assert (physician.role, physician.credential, physician.date) == ("physician", "DO", dt.date(2026, 7, 9))


def test_a_certification_statement_run_into_a_blank_sign_off_line_stays_unsigned() -> None:
    plan = _plan(
        "Therapist: Greta Halloran, PT    07/06/2026",
        "I certify the need for these services. Physician: ____________    Date: ______",
    )
    physicians = [s for s in plan.signatures if s.role == "physician"]
    assert [(s.signed, s.date) for s in physicians] == [(False, None)]
