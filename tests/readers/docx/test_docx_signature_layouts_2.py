"""More signature layouts: initials before the name, identifiers after the credential, titles and bare dates under
a conformed signature, ticked boxes before sign-off lines, columns laid out by tabs or spaces, a "header" row that
holds its values, an unlabelled role column, a role line with "Signed: DATE" under it.

Each test builds a small plan with python-docx; the wording differs from the blind sets on purpose. Blank or
undated lines must stay unsigned or undated."""

from __future__ import annotations

import datetime as dt

import docx

from authcheck.model import TreatmentPlan
from authcheck.model.vocab import find_credentials, normalize_credential
from authcheck.readers.phrases import plausible_name, split_name_credential
from docx_helpers import read_blocks

_BODY = [
    "Outpatient Treatment Plan",
    "Client: Nell Avery    DOB: 02/02/1985",
    "Goals",
    "Goal 1: Nell will reduce worry episodes from 6 per week to 2 or fewer per week by 07/01/2026.",
    "Services",
    "Individual psychotherapy (90837), 60 minutes, weekly for 6 months.",
]


def _read(paragraphs: list[str], tables: list[list[list[str]]] | None = None) -> TreatmentPlan:
    """A plan: the usual body, then `paragraphs`, then `tables` (rows of cell texts; "\\n" splits cell lines)."""
    return read_blocks([*_BODY, *paragraphs, *(tables or [])])


def _by_role(plan: TreatmentPlan, role: str):
    found = [s for s in plan.signatures if s.role == role]
    assert found, f"no {role} signature in {[(s.role, s.name) for s in plan.signatures]}"
    return found[0]


def test_initials_before_the_full_name_are_not_the_name():
    assert split_name_credential("ML — Mira Lund, CCC-SLP") == ("Mira Lund", "CCC-SLP")
    plan = _read(["ML  —  Mira Lund, CCC-SLP   Mar 3 2026"])
    sig = _by_role(plan, "clinician")
    assert (sig.name, sig.date, sig.signed) == ("Mira Lund", dt.date(2026, 3, 3), True)


def test_identifier_after_the_credential_keeps_the_credential():
    assert split_name_credential("Lea Kahn, DO NPI 1234567893") == ("Lea Kahn", "DO")
    assert split_name_credential("Abe Moss, LMHC License # MH-20031") == ("Abe Moss", "LMHC")


def test_unlabelled_role_column_names_the_signer():
    plan = _read(
        [],
        [
            [
                ["", "Printed name", "Signature", "Date"],
                ["Nurse supervisor", "Ivo Brandt, RN", "(signed)", "03/02/2026"],
                ["Ordering physician", "Lea Kahn, DO NPI 1234567893", "(signed)", "03/05/2026"],
            ]
        ],
    )
    doctor = _by_role(plan, "physician")
    assert (doctor.name, doctor.credential, doctor.date) == ("Lea Kahn", "DO", dt.date(2026, 3, 5))
    nurse = next(s for s in plan.signatures if s.name == "Ivo Brandt")
    assert nurse.role == "supervisor" and nurse.date == dt.date(2026, 3, 2)


def test_job_title_under_a_conformed_signature_is_not_a_signer():
    assert not plausible_name("Lead Family Therapist")
    assert not plausible_name("Certified Behavior Specialist")
    plan = _read(["Sincerely,\n/s/ Hana Pirtle, LMFT\nLead Family Therapist, NPI 1234567893\nSigned April 2, 2026"])
    assert [(s.name, s.date) for s in plan.signatures] == [("Hana Pirtle", dt.date(2026, 4, 2))]


def test_bare_date_under_a_signature_and_its_title_dates_it():
    plan = _read(["/s/ Owen Pratt, PsyD", "Clinical psychologist (lic. PSY-1234)", "March 9, 2026"])
    sig = _by_role(plan, "clinician")
    assert (sig.name, sig.date) == ("Owen Pratt", dt.date(2026, 3, 9))


def test_signature_without_a_date_stays_undated():
    plan = _read(["/s/ Owen Pratt, PsyD", "Clinical psychologist (lic. PSY-1234)"])
    assert _by_role(plan, "clinician").date is None


def test_a_date_far_below_a_signature_is_not_its_date():
    plan = _read(
        [
            "/s/ Owen Pratt, PsyD",
            "Clinical psychologist",
            "Office hours are Monday to Friday.",
            "Please call with questions.",
            "Our address changed this year.",
            "March 9, 2026",
        ]
    )
    assert _by_role(plan, "clinician").date is None


def test_a_bare_date_never_dates_a_blank_line():
    plan = _read(["Therapist signature: ____________________", "03/09/2026"])
    sig = _by_role(plan, "clinician")
    assert sig.signed is False and sig.date is None


def test_ticked_box_before_sign_off_lines():
    plan = _read(
        [
            "☑ Guardian signed: Rosa Lind      Date: 02/11/2026",
            "☑ Clinician signed: Abe Moss, LMHC      Date: 02/11/2026",
        ]
    )
    guardian = _by_role(plan, "guardian")
    clinician = _by_role(plan, "clinician")
    assert (guardian.name, guardian.date) == ("Rosa Lind", dt.date(2026, 2, 11))
    assert (clinician.name, clinician.credential) == ("Abe Moss", "LMHC")


def test_sign_off_columns_by_tabs_and_by_spaces():
    plan = _read(
        [
            "Parent\tRosa Lind\tDate\t2/11/26",
            "SUPERVISOR        Kim Ode, LCSW  e-signed 02/12/2026 10:01",
            "Therapist\t\tAbe Moss, LMHC\t\tDate\t2/10/26",
        ]
    )
    parent = _by_role(plan, "guardian")
    assert (parent.name, parent.date) == ("Rosa Lind", dt.date(2026, 2, 11))
    supervisor = _by_role(plan, "supervisor")
    assert (supervisor.name, supervisor.date, supervisor.method) == ("Kim Ode", dt.date(2026, 2, 12), "electronic")
    assert _by_role(plan, "clinician").name == "Abe Moss"


def test_column_role_and_name_without_a_date_is_not_dated():
    plan = _read(["Therapist\tAbe Moss, LMHC\tDate\t__________"])
    assert all(s.date is None for s in plan.signatures)


def test_header_row_that_holds_its_values_is_a_sign_off():
    plan = _read([], [[["Clinician signature: Ada Rusk, LCSW", "Date signed: 05/04/2026"]]])
    sig = _by_role(plan, "clinician")
    assert (sig.name, sig.credential, sig.date, sig.signed) == ("Ada Rusk", "LCSW", dt.date(2026, 5, 4), True)


def test_header_row_of_blank_lines_stays_unsigned():
    plan = _read([], [[["Clinician signature: ______________", "Date: ______"]]])
    assert plan.signatures and all(not s.signed and s.date is None for s in plan.signatures)


def test_role_line_with_signed_date_underneath_in_one_cell():
    plan = _read(
        [],
        [[["Therapist: Abe Moss, LMHC\nSigned: 02/11/2026", "Guardian: Rosa Lind\nDate signed: 02/12/2026"]]],
    )
    therapist = _by_role(plan, "clinician")
    guardian = _by_role(plan, "guardian")
    assert (therapist.name, therapist.date) == ("Abe Moss", dt.date(2026, 2, 11))
    assert (guardian.name, guardian.date) == ("Rosa Lind", dt.date(2026, 2, 12))


def test_generic_signatures_caption_over_role_lines():
    plan = _read([], [[["Signatures\nYouth: Nell Avery   Date: 02/06/2026\nCounselor: Abe Moss, LMHC   Date: 02/06/2026"]]])
    client = _by_role(plan, "client")
    assert (client.name, client.date) == ("Nell Avery", dt.date(2026, 2, 6))
    assert _by_role(plan, "clinician").date == dt.date(2026, 2, 6)


def test_column_captions_of_a_flattened_grid_are_not_a_signer():
    assert not plausible_name("Role Name")
    plan = _read(["Signatures", "Role\tName, credential\tDate", "Patient\tNell Avery\t01/27/2026"])
    assert [s.name for s in plan.signatures] == ["Nell Avery"]


def test_advanced_casac_is_a_casac():
    assert normalize_credential("CASAC-Advanced") == "CASAC"
    assert find_credentials("Dana Fry, CASAC-Master") == ["CASAC"]
