"""Signature layouts, third set: a credential column beside the name, the printed name before a conformed "/s/",
a name line with "Signed <date>" under it, two signers side by side on one line (bare or labelled), a role cell
over the name and "Signed:" in one box, "Signer | Role | Signed" and "Signature | Name" tables whose columns hold
each other's content, headerless sign-off rows, typewriter lines with the name typed on the underscores, dates
inside "(e-signed DATE)", unknown degrees among credentials, a "<role> signature date" line under the role line,
"Signed:" later on a line, "Approved:" lines, statements before the name and signer words such as "Me:",
"Person served", "Plan established by".

Each test builds a small plan with python-docx; names and wording differ from the blind sets on purpose. Blank
lines must stay unsigned, and a bare "Signed: DATE" next to a name never replaces the name."""

from __future__ import annotations

import datetime as dt

import docx

from authcheck.model import TreatmentPlan
from authcheck.model.vocab import find_credentials, normalize_signature_role
from authcheck.readers.phrases import parse_signature, split_name_credential
from docx_helpers import read_blocks

_BODY = [
    "Outpatient Treatment Plan",
    "Client: Orla Pemberton    DOB: 04/04/1979",
    "Goals",
    "Goal 1: Orla will reduce panic episodes from 5 per week to 1 or fewer per week by 08/01/2026.",
    "Services",
    "Individual psychotherapy (90834), 45 minutes, weekly for 6 months.",
]


def _read(paragraphs: list[str], tables: list[list[list[str]]] | None = None) -> TreatmentPlan:
    """A plan: the usual body, then `paragraphs`, then `tables` (rows of cell texts; "\\n" splits cell lines)."""
    return read_blocks([*_BODY, *paragraphs, *(tables or [])])


def _by_role(plan: TreatmentPlan, role: str):
    found = [s for s in plan.signatures if s.role == role]
    assert found, f"no {role} signature in {[(s.role, s.name) for s in plan.signatures]}"
    return found[0]


def test_credential_column_gives_the_credential_when_the_signature_cell_only_says_signed():
    plan = _read(
        ["Signatures"],
        [
            [
                ["Role", "Name", "Credential", "Signature", "Date"],
                ["Person served", "Orla Pemberton", "—", "Orla Pemberton (signed)", "03/02/2026"],
                ["Treating therapist", "Bram Oduya", "LMHC", "e-signed", "03/02/2026"],
            ]
        ],
    )
    therapist = _by_role(plan, "clinician")
    assert (therapist.name, therapist.credential, therapist.signed) == ("Bram Oduya", "LMHC", True)
    assert _by_role(plan, "client").credential is None  # "—" is no credential


def test_printed_name_before_a_conformed_mark_keeps_its_credential():
    parsed = parse_signature("Therapist", "Ines Valdtorp, LPC   /s/ I. Valdtorp", "03/04/2026")
    assert parsed is not None
    assert (parsed.name, parsed.credential, parsed.method) == ("Ines Valdtorp", "LPC", "typed")
    # a conformed mark of someone else: the mark's own name wins
    other = parse_signature("Therapist", "Ines Valdtorp, LPC   /s/ K. Moss", "03/04/2026")
    assert other is not None and other.name == "K. Moss"
    plan = _read(["Signatures", "Therapist: Ines Valdtorp, LPC   /s/ I. Valdtorp   Date: 03/04/2026"])
    sig = _by_role(plan, "clinician")
    assert (sig.name, sig.credential, sig.date) == ("Ines Valdtorp", "LPC", dt.date(2026, 3, 4))


def test_name_and_title_line_then_signed_date_line():
    plan = _read(["Talia Mbeki-Sorn, PsyD    Licensed Psychologist PS-004411", "Signed March 9, 2026"])
    sig = _by_role(plan, "clinician")
    assert (sig.name, sig.credential, sig.date, sig.signed) == ("Talia Mbeki-Sorn", "PsyD", dt.date(2026, 3, 9), True)


def test_two_bare_signers_side_by_side():
    plan = _read(["Signed:", "Yusuf Aldana, BCBA        04/01/2026            Pia Lorne (mother)        04/02/2026"])
    clinician = _by_role(plan, "clinician")
    guardian = _by_role(plan, "guardian")
    assert (clinician.name, clinician.credential, clinician.date) == ("Yusuf Aldana", "BCBA", dt.date(2026, 4, 1))
    assert (guardian.name, guardian.date) == ("Pia Lorne", dt.date(2026, 4, 2))


def test_signed_date_columns_side_by_side_do_not_swap_names():
    plan = _read(["Quinn Harrow, LCSW   signed 05/06/2026     Orla Pemberton   signed 05/06/2026"])
    names = {(s.role, s.name) for s in plan.signatures}
    assert ("clinician", "Quinn Harrow") in names
    assert ("client", "Orla Pemberton") in names


def test_two_labelled_signers_side_by_side():
    plan = _read(["Program BCBA: Ezra Quill, BCBA — signed 02/02/2026      Caregiver: Mina Quill — signed 02/03/2026"])
    assert _by_role(plan, "clinician").name == "Ezra Quill"
    caregiver = _by_role(plan, "guardian")
    assert (caregiver.name, caregiver.date) == ("Mina Quill", dt.date(2026, 2, 3))


def test_box_with_role_name_and_signed_line():
    plan = _read(
        [],
        [
            [
                ["Therapist\nRhea Castellan, MS, LMFT\nSigned: 01/15/2026", "Guardian\nNoor Castellan (aunt)\nSigned: 01/16/2026"],
            ]
        ],
    )
    therapist = _by_role(plan, "clinician")
    assert (therapist.name, therapist.credential, therapist.date) == ("Rhea Castellan", "MS, LMFT", dt.date(2026, 1, 15))
    assert _by_role(plan, "guardian").date == dt.date(2026, 1, 16)


def test_signer_cell_holds_the_name_and_signature_cell_the_mark():
    plan = _read(
        ["Signatures"],
        [
            [
                ["Signer", "Signature", "Date"],
                ["Lior Benet, MA, BCBA (lead analyst)", "Electronically signed via TeamPortal 5521", "02/20/2026"],
                ["Dana Benet, parent", "Electronically signed via TeamPortal 5530", "02/21/2026"],
            ]
        ],
    )
    analyst = _by_role(plan, "clinician")
    assert (analyst.name, analyst.credential, analyst.method, analyst.signed) == (
        "Lior Benet", "MA, BCBA", "electronic", True,
    )
    assert _by_role(plan, "guardian").name == "Dana Benet"


def test_signer_and_role_columns():
    plan = _read(
        [],
        [
            [
                ["Signer", "Role", "Signed", "Method"],
                ["Orla Pemberton", "Client", "03/12/2026 09:40", "Signature pad"],
                ["Gus Farrow, LCDC", "Primary counselor", "03/12/2026 10:05", "E-signature"],
            ]
        ],
    )
    counselor = _by_role(plan, "clinician")
    assert (counselor.name, counselor.credential, counselor.date) == ("Gus Farrow", "LCDC", dt.date(2026, 3, 12))
    assert _by_role(plan, "client").name == "Orla Pemberton"


def test_signature_column_holds_name_and_name_column_the_role():
    plan = _read(
        [],
        [
            [
                ["Signature", "Name / credential", "Date"],
                ["Orla Pemberton", "Client", "02/11/2026"],
                ["Gideon Vale", "Gideon Vale, LPC (therapist)", "02/11/2026"],
            ]
        ],
    )
    client = _by_role(plan, "client")
    assert (client.name, client.date) == ("Orla Pemberton", dt.date(2026, 2, 11))
    assert _by_role(plan, "clinician").credential == "LPC"


def test_headerless_sign_off_rows_with_date_in_the_cell():
    plan = _read(
        ["I took part in writing this plan."],
        [
            [
                ["Client signature", "Orla Pemberton", "Date 01/20/2026"],
                ["Counselor signature", "Wes Ardent, LCDC", "Date 01/20/2026"],
            ]
        ],
    )
    assert _by_role(plan, "client").date == dt.date(2026, 1, 20)
    counselor = _by_role(plan, "clinician")
    assert (counselor.name, counselor.credential) == ("Wes Ardent", "LCDC")


def test_typewriter_lines_with_the_name_on_the_underscores():
    plan = _read(
        [
            "Counselor ______Marta Quell, CADC-II______ Date 09/09/2025",
            "Medical director ____Lev Sandor, MD____ Date 09/12/2025",
            "Client ____________________ Date __________",
        ]
    )
    counselor = _by_role(plan, "clinician")
    assert (counselor.name, counselor.credential, counselor.date) == ("Marta Quell", "CADC-II", dt.date(2025, 9, 9))
    assert _by_role(plan, "physician").date == dt.date(2025, 9, 12)
    client = [s for s in plan.signatures if s.role == "client"]
    assert all(not s.signed for s in client)  # the blank line stays unsigned


def test_date_inside_an_e_signed_mark():
    parsed = parse_signature("Therapist", "Hale Voss, PT, DPT    (e-signed 03/03/2026)")
    assert parsed is not None
    assert (parsed.name, parsed.credential, parsed.date, parsed.method) == (
        "Hale Voss", "PT, DPT", dt.date(2026, 3, 3), "electronic",
    )


def test_unknown_degree_before_known_credentials_is_kept():
    assert split_name_credential("Ada Renn, MSN, APRN, FNP-BC") == ("Ada Renn", "MSN, APRN, FNP-BC")
    assert "NP" in find_credentials("MSN, APRN, FNP-BC")
    assert split_name_credential("Ada Renn, MSN") == ("Ada Renn", None)  # no known credential at all
    assert find_credentials("ACNP-BC") == ["NP"]


def test_role_signature_date_line_dates_the_role_line_above():
    plan = _read(["Plan of treatment", "Therapist: Vera Holm, PT, DPT", "Therapist signature date: 02/27/2026"])
    sig = _by_role(plan, "clinician")
    assert (sig.name, sig.credential, sig.date, sig.signed) == ("Vera Holm", "PT, DPT", dt.date(2026, 2, 27), True)


def test_signed_label_later_on_the_line_introduces_the_signer_but_a_bare_date_does_not():
    plan = _read(["Physician order: Add OT as above.  Signed: Ravi Tamsin, DO    03/10/2026"])
    sig = _by_role(plan, "physician")
    assert (sig.name, sig.credential, sig.date) == ("Ravi Tamsin", "DO", dt.date(2026, 3, 10))
    plan = _read(["Therapist: Juno Price, MS, CCC-SLP     Signed: 01/22/2026"])
    sig = _by_role(plan, "clinician")
    assert (sig.name, sig.date, sig.signed) == ("Juno Price", dt.date(2026, 1, 22), True)


def test_approved_line_with_credential():
    plan = _read(["Approved: Odile Marsh, CRNP (psychiatric nurse practitioner)    Date: 03/01/2026"])
    sig = _by_role(plan, "physician")
    assert (sig.name, sig.credential, sig.date) == ("Odile Marsh", "CRNP", dt.date(2026, 3, 1))


def test_statement_and_approval_words_before_the_name():
    parsed = parse_signature("Physician review", "I have reviewed this treatment plan.  Dr. Elan Birch, MD — signed 02/16/2026")
    assert parsed is not None and (parsed.name, parsed.credential) == ("Elan Birch", "MD")
    parsed = parse_signature("Physician", "reviewed and approved — Elan Birch, MD   02/19/2026")
    assert parsed is not None and (parsed.name, parsed.date) == ("Elan Birch", dt.date(2026, 2, 19))
    plan = _read(["Physician review: I have reviewed this treatment plan.  Dr. Elan Birch, MD — signed 02/16/2026"])
    assert _by_role(plan, "physician").name == "Elan Birch"


def test_esignature_via_a_system_keeps_the_credential():
    parsed = parse_signature(None, "Electronically signed by Pell Ostrander, MD via CareLink on 03/12/2026 10:14 EST.")
    assert parsed is not None and (parsed.name, parsed.credential) == ("Pell Ostrander", "MD")


def test_signer_words():
    assert normalize_signature_role("Me") == "client"
    assert normalize_signature_role("My name") == "other"  # a header field, not a signer
    assert normalize_signature_role("Person served") == "client"
    assert normalize_signature_role("Plan established by") == "clinician"
    assert normalize_signature_role("Psychiatric review and approval") == "physician"
    plan = _read(["Plan established by: Rosa Imbert, MOT, OTR/L        02/23/2026"])
    assert _by_role(plan, "clinician").credential == "MOT, OTR/L"
    plan = _read(["Me: Orla Pemberton — signed 03/02/2026"])
    assert _by_role(plan, "client").date == dt.date(2026, 3, 2)


def test_cell_lines_stay_apart_in_sign_off_rows():
    plan = _read(
        [],
        [
            [
                ["", ""],
                ["Clinician", "Sela Fournier, LMFT\nSigned electronically April 2, 2026"],
                ["Person served", "Orla Pemberton\nSigned April 2, 2026"],
            ]
        ],
    )
    clinician = _by_role(plan, "clinician")
    assert (clinician.name, clinician.credential, clinician.date) == ("Sela Fournier", "LMFT", dt.date(2026, 4, 2))
    assert _by_role(plan, "client").date == dt.date(2026, 4, 2)


def test_signer_box_caption_only_over_a_name_and_signed_line():
    from authcheck.readers.docx.tables import box_label

    assert box_label(["Guardian", "Noor Castellan (aunt)", "Signed: 01/16/2026"]) == "Guardian"
    # a header cell of labelled fields is not a sign-off box
    assert box_label(["Clinician: Amos Reed, LPC", "NPI: 1588306211", "Date: 01/20/2026"]) is None
    assert box_label(["Guardian", "Phone: 555-0100", "Date: 01/16/2026"]) is None
