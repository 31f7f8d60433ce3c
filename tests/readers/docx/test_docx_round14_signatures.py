"""Signatures in more layouts (round 14): a signer who signed on a device ("signed on tablet"), a bracketed placeholder
for a captured signature before the printed name, a ticked box beside "e-signed", two labelled sign-offs side by side
each with its own "signed <date>" column, a lower-case "signature:" written after the printed name and credential,
and a payer form's numbered signature boxes ("17. SIGNATURE OF ... (name, credentials, NPI)" | "18. DATE"). Each
document is built here with python-docx, in wordings of its own; each rule has a near miss that must not be read."""

from __future__ import annotations

import datetime as dt

import docx

from docx_helpers import add_table, read_document

D = dt.date


def _plan(*sign_lines: str) -> docx.Document:
    document = docx.Document()
    document.add_paragraph("Individual Treatment Plan")
    document.add_paragraph("Client: Marisol Quenby    DOB: 04/11/1971")
    document.add_paragraph("Plan date: 03/02/2026")
    document.add_heading("Goals", level=2)
    document.add_paragraph("Goal 1: Marisol will sleep through the night.")
    document.add_paragraph("Objective 1.1: Wake no more than 1 night a week, per sleep log, by 06/01/2026.")
    document.add_heading("Signatures", level=2)
    for line in sign_lines:
        document.add_paragraph(line)
    return document


def _by_role(plan, role):
    return [s for s in plan.signatures if s.role == role]


# --- signed on a device --------------------------------------------------------------------------------------------


def test_signed_on_a_device_keeps_the_date() -> None:
    plan = read_document(
        _plan(
            "Client: Marisol Quenby — signed on the iPad 03/02/2026 10:41",
            "Therapist: Idris Vantongeren, LMHC — signed on signature pad 03/03/2026",
        )
    )
    client = _by_role(plan, "client")
    assert [(s.name, s.date, s.signed) for s in client] == [("Marisol Quenby", D(2026, 3, 2), True)]
    clinician = _by_role(plan, "clinician")
    assert [(s.name, s.credential, s.date) for s in clinician] == [("Idris Vantongeren", "LMHC", D(2026, 3, 3))]


def test_signed_on_a_month_date_is_not_a_device() -> None:
    plan = read_document(_plan("Parent/guardian: Bertil Osei — signed on Mar 4, 2026"))
    guardian = _by_role(plan, "guardian")
    assert [(s.name, s.date) for s in guardian] == [("Bertil Osei", D(2026, 3, 4))]


# --- a placeholder for the captured signature before the printed name ----------------------------------------------


def test_captured_signature_placeholder_before_the_name() -> None:
    plan = read_document(
        _plan(
            "Client signature: [signature obtained in clinic] Marisol Quenby    03/02/2026",
            "Guardian signature: [e-signature captured] Tomasz Quenby   3/3/2026",
        )
    )
    assert [(s.name, s.date, s.signed) for s in _by_role(plan, "client")] == [("Marisol Quenby", D(2026, 3, 2), True)]
    assert [(s.name, s.date, s.signed) for s in _by_role(plan, "guardian")] == [("Tomasz Quenby", D(2026, 3, 3), True)]


def test_placeholder_saying_a_signature_is_required_is_not_signed() -> None:
    plan = read_document(_plan("Client signature: [signature required] Marisol Quenby"))
    client = _by_role(plan, "client")
    assert client and not any(s.signed for s in client)


# --- a ticked box beside "e-signed" -------------------------------------------------------------------------------


def test_ticked_box_beside_signed() -> None:
    plan = read_document(
        _plan(
            "Counselor: Noor Adeyemi, LMFT   ☑ e-signed 03/02/2026",
            "Parent: Cal Quenby   ✔ signed 03/04/2026",
        )
    )
    assert [(s.name, s.credential, s.date, s.signed) for s in _by_role(plan, "clinician")] == [
        ("Noor Adeyemi", "LMFT", D(2026, 3, 2), True)
    ]
    assert [(s.name, s.date, s.signed) for s in _by_role(plan, "guardian")] == [("Cal Quenby", D(2026, 3, 4), True)]


def test_empty_box_beside_signed_is_not_a_signature() -> None:
    plan = read_document(_plan("Counselor: Noor Adeyemi, LMFT   ☐ e-signed ___________"))
    assert not any(s.signed for s in _by_role(plan, "clinician"))


# --- two labelled sign-offs side by side, each with its own "signed <date>" -----------------------------------------


def test_side_by_side_sign_offs_with_signed_date_columns() -> None:
    plan = read_document(
        _plan(
            "Lead analyst: Harriet Mbeki, MS, BCBA   signed 03/02/2026          Parent: Ofelia Quenby   signed 03/05/2026",
            "Therapist: Jonas Rieck, LPC\te-signed 03/06/2026\tClient: Marisol Quenby\te-signed 03/07/2026",
        )
    )
    found = {(s.name, s.date) for s in plan.signatures if s.signed}
    assert ("Harriet Mbeki", D(2026, 3, 2)) in found
    assert ("Ofelia Quenby", D(2026, 3, 5)) in found
    assert ("Jonas Rieck", D(2026, 3, 6)) in found
    assert ("Marisol Quenby", D(2026, 3, 7)) in found
    assert [s.credential for s in plan.signatures if s.name == "Harriet Mbeki"] == ["MS, BCBA"]


def test_side_by_side_without_the_second_date_dates_nobody_else() -> None:
    plan = read_document(
        _plan("Lead analyst: Harriet Mbeki, MS, BCBA   signed 03/02/2026          Parent: Ofelia Quenby")
    )
    # the parent has no date of her own: she is never given the analyst's
    assert not any(s.name == "Ofelia Quenby" and s.date is not None for s in plan.signatures)


# --- a lower-case "signature:" after the printed name and credential ----------------------------------------------


def test_inline_signature_after_the_printed_name_keeps_the_credential() -> None:
    plan = read_document(
        _plan(
            "Trainee: Mina Holt, MSW (practicum student)   signature: M. Holt        Date: 03/03/2026",
            "Clinical supervisor: Aaron Pikeman, LCSW, Licensed Clinical Social Worker   signature: Aaron Pikeman   Date: 03/04/2026",
        )
    )
    assert [(s.name, s.credential, s.date) for s in _by_role(plan, "clinician")] == [("Mina Holt", "MSW", D(2026, 3, 3))]
    assert [(s.name, s.credential, s.date) for s in _by_role(plan, "supervisor")] == [
        ("Aaron Pikeman", "LCSW", D(2026, 3, 4))
    ]


def test_inline_signature_by_another_person_takes_no_credential() -> None:
    plan = read_document(_plan("Intern: Mina Holt, MSW   signature: T. Brookfield        Date: 03/03/2026"))
    signers = [(s.name, s.credential) for s in plan.signatures if s.signed]
    assert ("T. Brookfield", None) in signers
    assert not any(name == "T. Brookfield" and credential for name, credential in signers)


# --- a payer form's numbered signature boxes ------------------------------------------------------------------------


def _form(rows: list[list[str]]) -> docx.Document:
    document = docx.Document()
    document.add_paragraph("OUTPATIENT THERAPY PLAN OF CARE — PAYER FORM")
    document.add_paragraph("Patient: Quenby, Marisol    DOB: 04/11/1971")
    document.add_paragraph("Goal 1: Walk 500 ft with a cane, independent, by 05/01/2026.")
    document.add_paragraph("Frequency: 2x/week for 8 weeks")
    add_table(document, rows)
    return document


def test_numbered_signature_boxes_with_notes_in_brackets() -> None:
    plan = read_document(
        _form(
            [
                ["21. SIGNATURE OF THERAPIST ESTABLISHING THE PLAN (print name, credentials, NPI)", "22. DATE"],
                ["Selma Arkwright, OTR/L   NPI 1457392016   (signed)", "03/02/2026"],
                ["Dr. Ivan Petrakis, MD   NPI 1093847561   (signed)", "03/09/2026"],
            ]
        )
    )
    signed = {(s.name, s.credential, s.date) for s in plan.signatures if s.signed}
    assert ("Selma Arkwright", "OTR/L", D(2026, 3, 2)) in signed
    assert any(name and "Petrakis" in name and date == D(2026, 3, 9) for name, _, date in signed)


def test_numbered_signature_box_with_a_closing_bracket_number() -> None:
    plan = read_document(
        _form(
            [
                ["8) Physician signature (name, NPI)", "9) Date"],
                ["Helga Sorensen, DO   (signed)", "03/05/2026"],
            ]
        )
    )
    assert [(s.name, s.credential, s.date) for s in plan.signatures if s.signed] == [
        ("Helga Sorensen", "DO", D(2026, 3, 5))
    ]


def test_numbered_boxes_of_client_details_are_no_signer_table() -> None:
    plan = read_document(
        _form(
            [
                ["4. Date of birth", "5. Member ID"],
                ["04/11/1971", "QX7781234"],
            ]
        )
    )
    assert plan.signatures == []


def _signers(*sign_lines: str) -> list[tuple[str | None, str | None, str, dt.date | None]]:
    plan = read_document(_plan(*sign_lines))
    return [(s.name, s.credential, s.role, s.date) for s in plan.signatures]


def test_signers_listed_after_one_signed_label_parted_by_semicolons() -> None:
    """ "Signed: <author> <date>; client <name> <date>": each signer after the first opens with its role."""
    assert _signers("Signed: Samuel Whitehorse, LCSW 03/10/2026; client Loretta M. Abeyta 03/10/2026") == [
        ("Samuel Whitehorse", "LCSW", "clinician", D(2026, 3, 10)),
        ("Loretta M. Abeyta", None, "client", D(2026, 3, 10)),
    ]
    assert _signers("Signatures: Jo Lee, LPC 3/4/2026; parent Ana Ruiz 3/5/2026; supervisor Ben Tull, LCSW 3/6/2026") == [
        ("Jo Lee", "LPC", "clinician", D(2026, 3, 4)),
        ("Ana Ruiz", None, "guardian", D(2026, 3, 5)),
        ("Ben Tull", "LCSW", "supervisor", D(2026, 3, 6)),
    ]


def test_a_semicolon_list_without_roles_or_dates_is_not_split() -> None:
    # no role before the second name: who signed as what is not said, so the list is not read as two signers
    assert len(_signers("Signed: Jo Lee, LPC 3/4/2026; Ana Ruiz 3/5/2026")) <= 1
    # the second part is a note, not a signer with a date
    found = _signers("Signed: Jo Lee, LPC 3/4/2026; reviewed with client")
    assert [(name, date) for name, _, _, date in found] == [("Jo Lee", D(2026, 3, 4))]
