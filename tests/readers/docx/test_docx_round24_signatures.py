"""Signatures typed in passing, round 24 (plans typed by busy clinicians without a template).

- a sign-off line whose role is set apart by a dash, not a colon, the date run on after the name ("Therapist -
  Lionel Baptiste, PT  11/3/25", "client sig -- Wyatt Hollister 3/10/26", "Medical Director - Dr. Sanjay Kulkarni
  MD  02-04-2026");
- a line that opens with the act, then the signer: "signed Marcus Feld 03-09-2026", "reviewed + signed Dr. Abiola
  Eze MD 2/24/26", "Reviewed/approved - Dr. Ilse Brandt MD (psychiatrist)  3/2/26";
- typed initials with the signer's name in brackets: "signed RM 03-19-2026 (Rosa Mendelssohn, NP)";
- the "e-sig" shorthand ("Elena Moreau, BCBA (e-sig) 2.20.26", "Renata Szabo, MD   e-sig 3/18/26") and an
  e-signature word one space after the name ("Dr R. Villanueva MD e-signed 2/13/2026");
- a slip taken back on the spot: "Gwendolyn Achterberg PTA? no - Gwendolyn Achterberg, PT  9/9/24";
- two sign-offs on one line parted by a slash after the first one's date;
- a role written between a conformed mark and the name: "/s/ supervisor Oscar Bermudez, LAADC  2/9/26";
- a signer table captioned "Signatures |  | date" whose first column says who signs ("pt", "therapist").

Each test builds a small plan with python-docx; names and wording are invented. Each change has a near miss
that keeps its reading.
"""

from __future__ import annotations

import datetime as dt

from authcheck.model import TreatmentPlan
from docx_helpers import read_blocks, signer_named

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


def _plan(*lines: object, head: list[str] | None = None) -> TreatmentPlan:
    return read_blocks([*(head if head is not None else _CONTENT), *lines])


# --- a role set apart by a dash --------------------------------------------------------------------------------


def test_dashed_role_lines_are_sign_offs() -> None:
    plan = _plan(
        "Therapist - Lionel Baptiste, PT  11/3/25",
        "Physician - Dr. Carmen Esposito, DO  11/7/25",
        "parent - Rosa Delgado (mom)  2/23/26",
    )
    therapist = signer_named(plan, "Lionel Baptiste")
    assert (therapist.role, therapist.credential, therapist.date) == ("clinician", "PT", dt.date(2025, 11, 3))
    physician = signer_named(plan, "Carmen Esposito")
    assert (physician.role, physician.credential, physician.date) == ("physician", "DO", dt.date(2025, 11, 7))
    parent = signer_named(plan, "Rosa Delgado")
    assert (parent.role, parent.date) == ("guardian", dt.date(2026, 2, 23))


def test_abbreviated_signature_word_and_double_dash() -> None:
    plan = _plan(
        "client sig -- Harriet Quinlan 3/10/26",
        "counselor sig -- Bianca Ferrante LCDC 3/10/26",
        "QP review/countersign - Alana Whitfield, LMHC  3/16/26",
        "Medical Director - Dr. Sanjay Kulkarni MD  02-04-2026",
    )
    assert signer_named(plan, "Harriet Quinlan").role == "client"
    counselor = signer_named(plan, "Bianca Ferrante")
    assert (counselor.role, counselor.credential) == ("clinician", "LCDC")
    assert signer_named(plan, "Alana Whitfield").role == "supervisor"
    director = signer_named(plan, "Sanjay Kulkarni")
    assert (director.role, director.date) == ("physician", dt.date(2026, 2, 4))


def test_dashed_role_line_near_misses() -> None:
    # a client's task with a date is no sign-off; a dashed provider line at the top (before the plan's content) is a
    # header fact, not a signature
    plan = _plan("Client - will attend 3 groups weekly by 02/01/2026")
    assert plan.signatures == []
    header = _plan(
        *_CONTENT[1:],
        head=["Treatment Plan", "Therapist - Jo Fairbanks, LCSW  1/5/26"],
    )
    assert all(s.name != "Jo Fairbanks" for s in header.signatures)


# --- the act, then the signer ------------------------------------------------------------------------------------


def test_approval_lines_name_the_approver() -> None:
    plan = _plan(
        "Reviewed/approved - Dr. Ilse Brandt MD (psychiatrist)  3/2/26",
        "reviewed + signed Dr. Abiola Eze MD 2/24/26",
    )
    brandt = signer_named(plan, "Ilse Brandt")
    assert (brandt.role, brandt.credential, brandt.date) == ("physician", "MD", dt.date(2026, 3, 2))
    eze = signer_named(plan, "Abiola Eze")
    assert (eze.role, eze.date) == ("physician", dt.date(2026, 2, 24))


def test_review_without_a_signer_is_no_signature() -> None:
    plan = _plan("Reviewed with client and family 3/2/26")
    assert plan.signatures == []


def test_signed_then_name_is_the_authors_signature() -> None:
    plan = _plan("signed Marcus Feld 03-09-2026")
    feld = signer_named(plan, "Marcus Feld")
    # the plan's only signer, no credential written: the clinician (credential-missing is then reported)
    assert (feld.role, feld.credential, feld.date) == ("clinician", None, dt.date(2026, 3, 9))


def test_signed_then_document_is_nosigner_named() -> None:
    plan = _plan("signed consent on file 3/2/26", "Signed Release Of Information 3/2/26")
    assert all(s.name is None for s in plan.signatures)


def test_signed_then_relative_of_client_is_not_the_clinician() -> None:
    plan = _plan("signed Ronald Quinlan 03-09-2026")  # the client's surname: a relative, not the author
    assert all(s.role != "clinician" for s in plan.signatures)


# --- initials with the name in brackets ----------------------------------------------------------------------------


def test_initials_with_the_name_in_brackets() -> None:
    plan = _plan("Clinician  Caroline Whitlock, MA, CCC-SLP   3/16/26", "signed RM 03-19-2026 (Rosa Mendelssohn, NP)")
    rosa = signer_named(plan, "Rosa Mendelssohn")
    assert (rosa.role, rosa.credential, rosa.date) == ("physician", "NP", dt.date(2026, 3, 19))


def test_initials_of_someone_else_do_not_take_the_bracketed_name() -> None:
    plan = _plan("signed JT 03-19-2026 (Rosa Mendelssohn, NP)")
    assert all(s.name != "Rosa Mendelssohn" for s in plan.signatures)


# --- e-signature shorthand -----------------------------------------------------------------------------------------


def test_e_sig_shorthand_marks_an_electronic_signature() -> None:
    plan = _plan("Elena Moreau, BCBA (e-sig) 2.20.26", "ordering: Renata Szabo, MD   e-sig 3/18/26")
    moreau = signer_named(plan, "Elena Moreau")
    assert (moreau.credential, moreau.method, moreau.date) == ("BCBA", "electronic", dt.date(2026, 2, 20))
    szabo = signer_named(plan, "Renata Szabo")
    assert (szabo.role, szabo.credential, szabo.method) == ("physician", "MD", "electronic")


def test_e_signed_one_space_after_the_name() -> None:
    plan = _plan("Dr R. Villanueva MD e-signed 2/13/2026")
    signer = signer_named(plan, "R. Villanueva")
    assert (signer.role, signer.credential, signer.signed, signer.method) == ("physician", "MD", True, "electronic")


def test_one_word_before_e_signed_is_no_name() -> None:
    plan = _plan("Note e-signed 3/2/26")
    assert all(s.name is None for s in plan.signatures)


# --- a slip taken back -----------------------------------------------------------------------------------------------


def test_corrected_slip_keeps_the_correction() -> None:
    plan = _plan("Gwendolyn Achterberg PTA? no - Gwendolyn Achterberg, PT  9/9/24")
    signer = signer_named(plan, "Gwendolyn Achterberg")
    assert (signer.credential, signer.date) == ("PT", dt.date(2024, 9, 9))


def test_uncorrected_credential_is_kept() -> None:
    plan = _plan("Gwendolyn Achterberg, PTA  9/9/24")
    assert signer_named(plan, "Gwendolyn Achterberg").credential == "PTA"


# --- two sign-offs parted by a slash -------------------------------------------------------------------------------


def test_slash_after_a_date_parts_two_sign_offs() -> None:
    plan = _plan("Noor Haddadin BCBA  3/2/26  /  Moira McAllister (mother) 3/2/26")
    assert signer_named(plan, "Noor Haddadin").role == "clinician"
    assert signer_named(plan, "Moira McAllister").role == "guardian"


def test_slash_inside_a_role_is_no_break() -> None:
    plan = _plan("Parent / Guardian: Moira McAllister 3/2/26")
    assert [(s.role, s.name) for s in plan.signatures] == [("guardian", "Moira McAllister")]


# --- a role between a conformed mark and the name ------------------------------------------------------------------


def test_role_after_conformed_mark() -> None:
    plan = _plan(
        "/s/ Danielle Fortier, SUDCC  2/2/26",
        "/s/ supervisor Oscar Bermudez, LAADC  2/9/26",
        "/s/ Medical Director Helen Cho, MD  2/10/26",
    )
    assert signer_named(plan, "Oscar Bermudez").role == "supervisor"
    assert signer_named(plan, "Helen Cho").role == "physician"
    assert signer_named(plan, "Danielle Fortier").role == "clinician"


def test_name_that_starts_like_a_role_word_is_kept_whole() -> None:
    plan = _plan("/s/ Staffan Berg, LCSW  2/9/26")
    assert signer_named(plan, "Staffan Berg").credential == "LCSW"


# --- a signer table whose captioned column names the role ----------------------------------------------------------


def test_signature_caption_over_roles_with_names_beside() -> None:
    plan = _plan(
        [
            ["Signatures", "", "date"],
            ["pt", "Harriet Quinlan", "2/20/26"],
            ["therapist", "Samuel Ortega-Baez LCSW", "2/20/26"],
            ["psychiatrist approval", "R. Chaudhry, MD", "2/24/26"],
        ]
    )
    assert signer_named(plan, "Harriet Quinlan").role == "client"
    therapist = signer_named(plan, "Samuel Ortega-Baez")
    assert (therapist.role, therapist.credential, therapist.date) == ("clinician", "LCSW", dt.date(2026, 2, 20))
    chaudhry = signer_named(plan, "R. Chaudhry")
    assert (chaudhry.role, chaudhry.date) == ("physician", dt.date(2026, 2, 24))


def test_signature_column_of_names_keeps_its_reading() -> None:
    plan = _plan(
        [
            ["Signature", "Role", "Date"],
            ["Samuel Ortega-Baez, LCSW", "Therapist", "2/20/26"],
        ]
    )
    signer = signer_named(plan, "Samuel Ortega-Baez")
    assert (signer.role, signer.credential) == ("clinician", "LCSW")
