"""Signature layouts, round 12: a signer's name and credential run into the "Date signed:" after it in a form box, a
co-signature still pending (and a signer table's status column saying a row is not signed), a line that says the
signer signed on paper or on a system without naming them, a signature that abbreviates the name printed beside the
role, how a row was signed written in a note or a column of its own, a form's long signature caption, and a
sentence under the signatures that is no signer.

Each test builds a small plan with python-docx; names and wording are invented and differ from the blind sets.
Near misses (a signature that is dated, a different initial, a person named before a relation, a sentence about
signing) must keep their reading."""

from __future__ import annotations

import datetime as dt

from authcheck.model import TreatmentPlan
from authcheck.readers.docx.label_split import split_labels
from authcheck.readers.phrases import parse_signature, plausible_name
from docx_helpers import read_blocks

_BODY = [
    "Outpatient Plan of Care",
    "Client: Ottoline Barraclough    DOB: 03/14/1961",
    "Goals",
    "Goal 1: Ottoline will walk 300 feet with a cane without rest by 08/30/2026 (baseline 60 feet).",
    "Services",
    "Physical therapy (97110), 45 minutes, twice weekly for 12 weeks.",
]

Block = str | list[list[str]]


def _read(blocks: list[Block], body: list[str] | None = None) -> TreatmentPlan:
    return read_blocks([*(body if body is not None else _BODY), *blocks])


def _sigs(plan: TreatmentPlan) -> list[tuple[str, str | None, str | None, dt.date | None, str, bool]]:
    return [(s.role, s.name, s.credential, s.date, s.method, s.signed) for s in plan.signatures]


def _one(plan: TreatmentPlan, role: str):
    found = [s for s in plan.signatures if s.role == role]
    assert len(found) == 1, _sigs(plan)
    return found[0]


# --- a name and credential run into the "Date signed:" after them -------------------------------------------------


def test_split_keeps_the_credential_with_the_name_before_a_date_signed_label() -> None:
    segments = split_labels("Physician signature:  Octavia Lindqvist-Bauer, MD (signed) Date signed: 04/11/2026")
    assert [(s.label, s.value) for s in segments] == [
        ("Physician signature", "Octavia Lindqvist-Bauer, MD (signed)"),
        ("Date signed", "04/11/2026"),
    ]
    segments = split_labels("Therapist: Bettina Krause, LCSW Signature date: 05/03/2026")
    assert [(s.label, s.value) for s in segments] == [
        ("Therapist", "Bettina Krause, LCSW"),
        ("Signature date", "05/03/2026"),
    ]


def test_split_near_miss_a_capitalised_word_is_no_credential() -> None:
    # "Ma" is a surname here, not the Master of Arts: the label stays whole as before
    segments = split_labels("Reviewed with family, Ma Date signed: 04/11/2026")
    assert segments[-1].value == "04/11/2026"


def test_form_box_signature_with_date_signed_after_the_credential() -> None:
    plan = _read([
        [
            ["26. Physician certification", "I certify this patient needs skilled therapy under this plan."],
            ["27. Certifying Physician's Signature and Date Signed", "Octavia Lindqvist-Bauer, DO (signed)     Date signed: 04/11/2026"],
        ],
    ])
    sig = _one(plan, "physician")
    assert (sig.name, sig.credential, sig.date, sig.signed) == ("Octavia Lindqvist-Bauer", "DO", dt.date(2026, 4, 11), True)


def test_form_box_e_signed_mark_then_date_signed() -> None:
    plan = _read([
        [
            ["Signature of certifying practitioner", "Hollis Vantongeren, NP (e-signed)    Date signed: 04/14/2026", "Box 28", "Penalty statement"],
        ],
    ])
    sig = _one(plan, "physician")
    assert (sig.name, sig.credential, sig.date, sig.method) == ("Hollis Vantongeren", "NP", dt.date(2026, 4, 14), "electronic")


def test_form_box_blank_date_signed_stays_undated() -> None:
    plan = _read([
        [
            ["27. Attending Physician's Signature and Date Signed", "Rowan Achterberg, MD          Date signed: __________"],
        ],
    ])
    sig = _one(plan, "physician")
    assert (sig.name, sig.credential, sig.date) == ("Rowan Achterberg", "MD", None)


# --- a co-signature still pending; a status column saying the row is not signed ------------------------------------


def test_pending_co_signature_routed_to_a_named_signer_is_unsigned() -> None:
    sig = parse_signature("Psychiatric approval signature", "(pending co-signature: routed to H. Okafor, CRNP 03/02/2026)")
    assert sig is not None and (sig.name, sig.credential, sig.signed) == ("H. Okafor", "CRNP", False)
    sig = parse_signature("Supervisor signature", "Awaiting countersignature - sent to Dr. Imogen Vale, PhD")
    assert sig is not None and (sig.name, sig.credential, sig.signed) == ("Imogen Vale", "PhD", False)
    sig = parse_signature("Clinical director signature", "Co-signature pending")
    assert sig is not None and sig.signed is False


def test_signer_table_row_pending_countersignature_is_unsigned() -> None:
    plan = _read([
        "Signatures",
        [
            ["Role", "Signed by", "Date / Time", "Method"],
            ["Treating therapist", "Fenella Quist, LCSW", "03/02/2026 2:10 PM", "Electronic (PIN)"],
            ["Clinical supervisor", "(awaiting countersignature: sent to Imogen Vale, PhD)", "", "Pending"],
        ],
    ])
    therapist = _one(plan, "clinician")
    assert (therapist.name, therapist.signed, therapist.method) == ("Fenella Quist", True, "electronic")
    supervisor = _one(plan, "supervisor")
    assert (supervisor.name, supervisor.signed) == ("Imogen Vale", False)


def test_signer_table_status_column_not_signed_makes_the_row_unsigned() -> None:
    plan = _read([
        "Signatures",
        [
            ["Role", "Name", "Date", "Status"],
            ["Therapist", "Fenella Quist, LCSW", "03/02/2026", "Signed"],
            ["Physician", "Tobiah Renwick, MD", "", "Not signed"],
        ],
    ])
    assert _one(plan, "clinician").signed is True
    physician = _one(plan, "physician")
    assert (physician.name, physician.signed) == ("Tobiah Renwick", False)


def test_near_miss_a_role_cell_saying_a_signature_is_required_keeps_the_row_signed() -> None:
    plan = _read([
        "Signatures",
        [
            ["Role", "Name", "Date", "Method"],
            ["Guardian (signature required under 18)", "Perpetua Lusk", "03/02/2026", "Wet ink"],
        ],
    ])
    sig = _one(plan, "guardian")
    assert (sig.name, sig.signed, sig.method) == ("Perpetua Lusk", True, "handwritten")


# --- signed on paper or on a system, with no name ------------------------------------------------------------------


def test_client_line_signed_copy_on_file_is_a_signed_client_signature() -> None:
    plan = _read([
        "Signatures",
        "Therapist: Fenella Quist, LCSW    Date: 03/02/2026",
        "Client: paper copy signed, on file (03/04/2026)",
    ])
    sig = _one(plan, "client")
    assert (sig.name, sig.date, sig.signed, sig.method) == (None, dt.date(2026, 3, 4), True, "handwritten")


def test_guardian_signature_on_file_and_youth_e_signed_via_portal() -> None:
    sig = parse_signature("Parent/guardian signature", "Signature on file 2/2/26")
    assert sig is not None and (sig.name, sig.date, sig.signed) == (None, dt.date(2026, 2, 2), True)
    sig = parse_signature("Youth", "e-signed via portal 03/05/2026")
    assert sig is not None and (sig.name, sig.date, sig.signed, sig.method) == (
        None, dt.date(2026, 3, 5), True, "electronic"
    )


def test_signer_table_row_signed_on_paper_names_its_method() -> None:
    plan = _read([
        "Signatures",
        [
            ["Signer", "Name", "Signature", "Date"],
            ["Client", "Ottoline Barraclough", "Signed (paper copy scanned)", "03/01/2026"],
        ],
    ])
    sig = _one(plan, "client")
    assert (sig.name, sig.date, sig.signed, sig.method) == ("Ottoline Barraclough", dt.date(2026, 3, 1), True, "handwritten")


def test_near_miss_a_named_signer_keeps_the_name() -> None:
    sig = parse_signature("Client signature", "Ottoline Barraclough — signed 03/04/2026")
    assert sig is not None and (sig.name, sig.date) == ("Ottoline Barraclough", dt.date(2026, 3, 4))
    sig = parse_signature("Perpetua Lusk, mother/legal guardian signature", "signed in clinic Mar 4, 2026")
    assert sig is None or sig.name is not None or sig.role_label is None or "Perpetua" not in (sig.role_label or "")


# --- a signature that abbreviates the name printed beside the role -------------------------------------------------


def test_abbreviated_e_signature_takes_the_printed_name() -> None:
    plan = _read([
        "Physician: Hattie Brandvold-Ames, MD   NPI 1234567893     Signature: Electronically signed H. Brandvold-Ames MD"
        "     Date: 04/01/2026",
    ])
    sig = _one(plan, "physician")
    assert (sig.name, sig.credential, sig.date, sig.method) == (
        "Hattie Brandvold-Ames", "MD", dt.date(2026, 4, 1), "electronic"
    )


def test_abbreviated_conformed_signature_takes_the_printed_name_and_credential() -> None:
    plan = _read([
        "Signatures",
        "Supervisor: Marguerite Olsen, LCSW     Signature: e-signed M. Olsen     Date: 03/09/2026",
    ])
    sig = _one(plan, "supervisor")
    assert (sig.name, sig.credential, sig.date) == ("Marguerite Olsen", "LCSW", dt.date(2026, 3, 9))


def test_near_miss_a_different_initial_is_another_signer() -> None:
    plan = _read([
        "Physician: Lena Ortolani, MD   NPI 1234567893     Signature: Electronically signed R. Ortolani MD     Date: 04/01/2026",
    ])
    sig = _one(plan, "physician")
    assert sig.name == "R. Ortolani"


# --- how a row was signed, in a note beside the name ---------------------------------------------------------------


def test_method_note_beside_the_signer_name() -> None:
    plan = _read([
        "Signatures",
        [
            ["Role", "Signature", "Printed name", "Date"],
            ["Parent / guardian", "Perpetua Lusk (DocuSign)", "Perpetua Lusk", "03/02/2026"],
            ["Physician", "Tobiah Renwick MD (wet signature, faxed back)", "Tobiah Renwick, MD", "03/05/2026"],
        ],
    ])
    assert _one(plan, "guardian").method == "electronic"
    assert _one(plan, "physician").method == "handwritten"


# --- a form's long signature caption -------------------------------------------------------------------------------


def test_long_signature_caption_in_a_form_box_is_read() -> None:
    plan = _read([
        [
            ["23. Nurse's Signature and Date of Verbal Start of Care Where Applicable:", "Philippa Drummond, RN  03/02/2026", "25. Date Received", "03/06/2026"],
        ],
    ])
    sig = _one(plan, "clinician")
    assert (sig.name, sig.credential, sig.date) == ("Philippa Drummond", "RN", dt.date(2026, 3, 2))


def test_long_guardian_caption_on_a_line_is_read() -> None:
    segments = split_labels("Signature of Parent or Legal Guardian if Client is Under 18: Perpetua Lusk  Date: 3/2/26")
    assert segments[0].label == "Signature of Parent or Legal Guardian if Client is Under 18"
    assert segments[0].value == "Perpetua Lusk"


def test_near_miss_a_sentence_about_signing_is_no_caption() -> None:
    segments = split_labels("My signature below means that I agree with this plan and its goals: yes")
    assert segments[0].label is None


# --- a sentence under the signatures is no signer ------------------------------------------------------------------


def test_crisis_line_under_the_signatures_is_no_signer() -> None:
    plan = _read([
        "Signatures",
        "Client: Ottoline Barraclough\t\tDate: 3/2/2026",
        "Therapist: Fenella Quist, LCSW\t\tDate: 3/2/2026",
        "If you need help right away, call 988 or the county crisis line.",
        "Questions about this plan go to the front desk at (555) 010-0199.",
    ])
    assert [s.name for s in plan.signatures] == ["Ottoline Barraclough", "Fenella Quist"]


def test_plausible_name_accepts_particles_and_refuses_sentences() -> None:
    assert plausible_name("Ana de la Cruz")
    assert plausible_name("Pieter van der Berg")
    assert not plausible_name("If you need help right away")
    assert not plausible_name("Please keep a copy")
