"""Signature blocks as agencies lay them out: sign-off lines with status marks, rows without headers, captions under
the lines, several signers in one paragraph, "Last, First" names under an e-signature statement.

Each test builds a small plan with python-docx; the wording differs from the blind sets on purpose."""

from __future__ import annotations

import datetime as dt

import docx
import pytest

from authcheck.model import TreatmentPlan
from authcheck.readers.phrases import looks_like_signature, parse_signature, split_name_credential
from docx_helpers import read_blocks

_BODY = [
    "Outpatient Treatment Plan",
    "Client: Lena Marsh    DOB: 04/12/1990",
    "Goals",
    "Goal 1: Lena will reduce panic attacks from 4 per week to 1 or fewer per week by 06/01/2026.",
    "Services",
    "Individual psychotherapy (90834), 45 minutes, once a week for 6 months.",
]


def _read(paragraphs: list[str], tables: list[list[list[str]]] | None = None, *, body: bool = True) -> TreatmentPlan:
    """A plan: the usual body, then `paragraphs`, then `tables` (rows of cell texts; "\\n" splits cell lines)."""
    return read_blocks([*(_BODY if body else []), *paragraphs, *(tables or [])])


def _by_role(plan: TreatmentPlan, role: str):
    found = [s for s in plan.signatures if s.role == role]
    assert found, f"no {role} signature in {[(s.role, s.name) for s in plan.signatures]}"
    return found[0]


@pytest.mark.parametrize(
    ("value", "name", "credential", "date", "method"),
    [
        ("Oren Vale, LMFT (e-signed)   11/03/2025", "Oren Vale", "LMFT", dt.date(2025, 11, 3), "electronic"),
        ("Priya Nand, DO — NPI 1234567893 — electronically signed 4-Mar-26", "Priya Nand", "DO", dt.date(2026, 3, 4),
         "electronic"),
        ("Tomas Reyes, BCBA   (signed)", "Tomas Reyes", "BCBA", None, "unknown"),
        ("Gail Ortiz, CADC  /s/ electronically", "Gail Ortiz", "CADC", None, "electronic"),
        ("/es/ Martin Lowe, MD", "Martin Lowe", "MD", None, "electronic"),
        ("Ruth Adler, LPC   Signature on file", "Ruth Adler", "LPC", None, "unknown"),
    ],
)
def test_a_mark_beside_the_name_says_the_line_is_signed(value, name, credential, date, method) -> None:
    parsed = parse_signature(None, value)
    assert parsed is not None
    assert (parsed.name, parsed.credential, parsed.date, parsed.method, parsed.signed) == (
        name, credential, date, method, True
    )


def test_unsigned_and_blank_stay_unsigned() -> None:
    pending = parse_signature("Psychiatrist signature", "Harold Vance, MD (not yet signed)")
    assert pending is not None and not pending.signed and pending.credential == "MD"
    assert parse_signature("Signature", "______  (signed)") is None or not parse_signature("Signature", "______").signed


def test_a_relationship_after_the_name_is_the_role() -> None:
    parsed = parse_signature(None, "Dana Piel, grandmother — signed 02/02/2026")
    assert parsed is not None
    assert (parsed.role_label, parsed.name, parsed.date) == ("grandmother", "Dana Piel", dt.date(2026, 2, 2))
    advocate = parse_signature(None, "Dana Piel, Patient Advocate")
    assert advocate is not None and advocate.role_label is None  # a title that starts with a role word is no relation


@pytest.mark.parametrize(
    ("text", "name", "credential"),
    [
        ("Okafor, Grace", "Grace Okafor", None),
        ("Lindqvist PsyD, Anna", "Anna Lindqvist", "PsyD"),
        ("Jane Doe, LCSW", "Jane Doe", "LCSW"),
        ("Jane Doe, Therapist", "Jane Doe", None),
    ],
)
def test_last_first_names_of_record_systems(text, name, credential) -> None:
    assert split_name_credential(text) == (name, credential)


def test_sign_off_lines_without_a_credential_need_a_date() -> None:
    plan = _read([
        "Guardian: Marta Lindholm — 03/14/2026",
        "Teen: Eli Lindholm      Date signed: 03/14/2026",
        "Case manager: Rob Tate",
    ])
    assert _by_role(plan, "guardian").date == dt.date(2026, 3, 14)
    assert _by_role(plan, "client").name == "Eli Lindholm"
    assert not [s for s in plan.signatures if s.name == "Rob Tate"]  # a name without a date is not a sign-off


def test_a_bilingual_date_label_dates_the_signature() -> None:
    plan = _read(["Consejero / Counselor: Iris Moya, LPC     Fecha / Date: 02/11/2026"])
    assert _by_role(plan, "clinician").date == dt.date(2026, 2, 11)


def test_an_unlabelled_name_with_signature_on_file_and_a_date() -> None:
    plan = _read(["Paula Grey, BCBA   NPI 1234567893   Signature on file   Date: 05/05/2026"])
    signature = _by_role(plan, "clinician")
    assert (signature.name, signature.credential, signature.date) == ("Paula Grey", "BCBA", dt.date(2026, 5, 5))


def test_check_boxes_before_a_signature_label() -> None:
    plan = _read(["Physician certification", "☒ Approve  ☐ Decline     Physician signature: Lee Park, MD (signed)    "
                  "Date: 01/09/2026"])
    signature = _by_role(plan, "physician")
    assert (signature.name, signature.date, signature.signed) == ("Lee Park", dt.date(2026, 1, 9), True)


def test_several_signers_in_one_paragraph() -> None:
    plan = _read([
        "Sign-off. Resident: Carl Boone, 01/20/2026. Primary counselor: Amy Stroud, LCDC, 01/20/2026. "
        "Clinical supervisor: Nia Fox, LCSW, 02/05/2026."
    ])
    assert _by_role(plan, "client").date == dt.date(2026, 1, 20)
    assert _by_role(plan, "clinician").credential == "LCDC"
    assert _by_role(plan, "supervisor").date == dt.date(2026, 2, 5)


def test_a_sentence_that_is_not_all_sign_offs_is_left_alone() -> None:
    plan = _read(["Notes. Client: Carl Boone agreed to the plan. Counselor: will call the school on 01/20/2026."])
    assert not plan.signatures


def test_rows_of_signers_without_a_header() -> None:
    plan = _read(["Signatures"], [[
        ["Behavior Analyst", "Kai Moreno, BCBA (e-signed)", "03/01/2026"],
        ["Caregiver", "Rosa Moreno  (signed)", "03/02/2026", "Initials: RM"],
        ["Minor (assent at 14+)", "Leo Moreno", "Date", "03/02/2026"],
    ]])
    assert _by_role(plan, "clinician").method == "electronic"
    assert _by_role(plan, "guardian").date == dt.date(2026, 3, 2)
    assert _by_role(plan, "client").name == "Leo Moreno"


def test_rows_of_signers_keep_a_blank_line_unsigned() -> None:
    plan = _read(["Signatures"], [[
        ["Therapist", "June Carr, LMHC", "Date", "02/02/2026"],
        ["Psychiatrist", "_______________", "Date", "________"],
    ]])
    physician = _by_role(plan, "physician")
    assert not physician.signed and physician.name is None and physician.date is None


def test_captions_under_the_signature_lines() -> None:
    plan = _read([], [
        [["Nadia Roy (signed)", "04/02/2026"], ["Member signature", "Date"]],
        [["Ben Ito, LMSW  /s/ electronically", "04/02/2026"], ["Primary clinician", "Date"]],
        [["", ""], ["Medical director signature", "Date"]],
    ])
    assert _by_role(plan, "client").date == dt.date(2026, 4, 2)
    assert _by_role(plan, "clinician").credential == "LMSW"
    physician = _by_role(plan, "physician")
    assert not physician.signed and physician.date is None


def test_signature_table_with_type_and_date_time_columns() -> None:
    plan = _read(["Signatures"], [[
        ["Signer Type", "Name", "Credentials", "Signed Date/Time", "Method"],
        ["Therapist", "Owen Hart", "LPC", "02/03/2026 1:15 PM", "Electronic"],
        ["Member", "Ada Quinn", "", "02/03/2026 1:10 PM", "Signature pad"],
        ["Supervisor", "", "", "", "Not required"],
    ]])
    clinician = _by_role(plan, "clinician")
    assert (clinician.credential, clinician.date) == ("LPC", dt.date(2026, 2, 3))
    assert _by_role(plan, "client").date == dt.date(2026, 2, 3)
    assert not [s for s in plan.signatures if s.role == "supervisor"]


def test_signature_table_awaiting_signature_is_unsigned() -> None:
    plan = _read(["Signatures"], [[
        ["Role", "Signature", "Printed name", "Date"],
        ["Prescriber", "Pending signature", "Ivo Tran, MD", ""],
    ]])
    physician = _by_role(plan, "physician")
    assert physician.name == "Ivo Tran" and not physician.signed


def test_the_date_in_an_unnamed_column_of_a_signature_table() -> None:
    plan = _read(["Signatures"], [[
        ["Role", "Name / Credential", "Signature", "Signed"],
        ["Lead BCBA", "Rita Sol, BCBA", "Electronically signed", "05/06/2026 9:00 AM"],
    ]])
    assert _by_role(plan, "clinician").date == dt.date(2026, 5, 6)


def test_printed_name_under_an_e_signature_statement() -> None:
    plan = _read(["Authentication", "Electronically Signed on 02/17/2026 10:04 AM CST", "_______________________",
                  "Farrow LMHC, Dana"])
    signature = _by_role(plan, "clinician")
    assert (signature.name, signature.credential, signature.date, signature.signed) == (
        "Dana Farrow", "LMHC", dt.date(2026, 2, 17), True
    )


def test_the_same_signer_twice_is_one_signature() -> None:
    plan = _read([
        "Physician Certification",
        "Physician: Lars Berg, MD    NPI: 1234567893",
        "Signature: Lars Berg, MD — signed 03/03/2026",
    ])
    physicians = [s for s in plan.signatures if s.role == "physician"]
    assert len(physicians) == 1 and physicians[0].date == dt.date(2026, 3, 3)


def test_a_certifying_heading_names_the_signer_below() -> None:
    plan = _read(["Approving practitioner", "I have read this plan of care and find the services necessary.",
                  "Signature:  /s/ Mona Webb, DPM    Date:  02/02/2026"])
    assert _by_role(plan, "physician").name == "Mona Webb"


def test_an_unnamed_e_signature_is_the_author_clinician() -> None:
    plan = _read(["Electronically signed by Petra Lund on 01/30/2026 08:15."])
    signature = _by_role(plan, "clinician")
    assert signature.credential is None and signature.date == dt.date(2026, 1, 30)


def test_one_word_lines_in_a_signature_log_are_not_signers() -> None:
    plan = _read(["Signature history"], [[["When", "Account", "Action"], ["01/02/2026 10:00", "jdoe", "Signed"]]])
    assert not [s for s in plan.signatures if s.name in ("Account", "Action", "When")]


def test_a_release_or_consent_that_was_signed_is_not_a_plan_signature() -> None:
    assert not looks_like_signature(None, "School counselor: Ms. Rivera. ROI on file (signed 02/11/2026).")
    assert not looks_like_signature(None, "Consent for treatment of a minor was signed 1/2/26 by the mother.")
    assert not looks_like_signature(None, "Release of information for the school signed 02/02/2026")
    assert looks_like_signature(None, "Dana Cole, LPC (signed 01/05/2026)")
