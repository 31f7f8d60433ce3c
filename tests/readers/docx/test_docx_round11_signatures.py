"""Signature layouts, round 11: a signer's line that ends with a licence number over a "Signed <date>" line, a
signer line over "Signature on file - signed <date>", a name with the signer's role in brackets and the date
("Ana Ruiz (parent)  3/5/26"), a possessive label in the signatures part ("Client's rights: ...") that is no
signer, a signer header row met inside a one-table form, the values of tab-set signer columns under their
header line, and a signer table whose signature column only says the row was signed.

Each test builds a small plan with python-docx; names and wording are invented and differ from the blind sets.
Near misses (a care-team grid, a bracketed name in a sentence, a name with no credential over a licence number)
must stay unread as signatures."""

from __future__ import annotations

import datetime as dt

from authcheck.model import TreatmentPlan
from authcheck.model.vocab import find_credentials, normalize_signature_role
from authcheck.readers.docx.signatures import strip_licence
from docx_helpers import read_blocks

_BODY = [
    "Outpatient Treatment Plan",
    "Client: Ignatius Fairweather-Moss    DOB: 07/22/1979",
    "Goals",
    "Goal 1: Ignatius will reduce his PHQ-9 score from 18 to 9 or lower by 10/30/2026.",
    "Services",
    "Individual psychotherapy (90837), 60 minutes, weekly for 6 months.",
]

Block = str | list[list[str]]


def _read(blocks: list[Block], body: list[str] | None = None) -> TreatmentPlan:
    return read_blocks([*(body if body is not None else _BODY), *blocks])


def _sigs(plan: TreatmentPlan) -> list[tuple[str, str | None, str | None, dt.date | None, bool]]:
    return [(s.role, s.name, s.credential, s.date, s.signed) for s in plan.signatures]


def _one(plan: TreatmentPlan, role: str):
    found = [s for s in plan.signatures if s.role == role]
    assert len(found) == 1, _sigs(plan)
    return found[0]


# --- a signer's line ending with a licence number, over its signed date -------------------------------------------


def test_licence_number_in_brackets_after_title_then_signed_line() -> None:
    plan = _read([
        "",
        "Tobias Renner, PhD, Clinical Psychologist (OH #PSY-77120)",
        "Signed 02-03-2026",
    ])
    sig = _one(plan, "clinician")
    assert (sig.name, sig.credential, sig.date, sig.signed) == ("Tobias Renner", "PhD", dt.date(2026, 2, 3), True)


def test_licence_number_after_comma_then_date_signed_line() -> None:
    plan = _read([
        "Greta Oyelaran, LPC, License #LPC-40912",
        "Date signed: March 4, 2026",
    ])
    sig = _one(plan, "clinician")
    assert (sig.name, sig.credential, sig.date) == ("Greta Oyelaran", "LPC", dt.date(2026, 3, 4))


def test_npi_after_a_gap_then_signed_electronically_line() -> None:
    plan = _read([
        "Dariusz Wolanin, LICSW   NPI 1234567893",
        "Signed electronically 05/14/2026",
    ])
    sig = _one(plan, "clinician")
    assert (sig.name, sig.date, sig.method) == ("Dariusz Wolanin", dt.date(2026, 5, 14), "electronic")


def test_near_miss_a_place_with_a_licence_number_is_no_signer() -> None:
    plan = _read([
        "Harbor Counseling Center (Lic #88122)",
        "Signed 02/03/2026",
    ])
    assert not any(s.name and "Harbor" in s.name for s in plan.signatures), _sigs(plan)


def test_strip_licence_keeps_other_brackets() -> None:
    assert strip_licence("Ana Ruiz, LMFT (Lic 48211)") == "Ana Ruiz, LMFT"
    assert strip_licence("Jo Lee, LPC   NPI 1234567893") == "Jo Lee, LPC"
    assert strip_licence("Jo Lee (x2)") == "Jo Lee (x2)"
    assert strip_licence("Goal 3 by 12/01/2026") == "Goal 3 by 12/01/2026"


# --- a signer line over "Signature on file - signed <date>" --------------------------------------------------------


def test_role_line_with_npi_over_signature_on_file_line() -> None:
    plan = _read([
        "Ordering physician: Priya Natarajan, DO   NPI 1234567893",
        "Signed (signature on file) 04/02/2026",
    ])
    sig = _one(plan, "physician")
    assert (sig.name, sig.credential, sig.date, sig.signed) == ("Priya Natarajan", "DO", dt.date(2026, 4, 2), True)


def test_role_line_over_sig_on_file_with_dash() -> None:
    plan = _read([
        "Attending psychiatrist: Hugo Brenner, MD",
        "Sig on file — 5/6/2026",
    ])
    sig = _one(plan, "physician")
    assert (sig.name, sig.date) == ("Hugo Brenner", dt.date(2026, 5, 6))


def test_near_miss_a_copy_on_file_is_no_signature() -> None:
    plan = _read([
        "Attending psychiatrist: Hugo Brenner, MD   NPI 1234567893",
        "Copy on file 5/6/2026",
    ])
    assert not any(s.date == dt.date(2026, 5, 6) for s in plan.signatures), _sigs(plan)


# --- a name, the signer's role in brackets, and the date ----------------------------------------------------------


def test_bracketed_guardian_under_a_clinician_sign_off() -> None:
    plan = _read([
        "Wilhelm Achterberg, MA, BCBA   (BCBA)   06/10/2026",
        "Rosa Delgado-Pinto   (guardian)   06/11/2026",
    ])
    guardian = _one(plan, "guardian")
    assert (guardian.name, guardian.date, guardian.signed) == ("Rosa Delgado-Pinto", dt.date(2026, 6, 11), True)
    assert _one(plan, "clinician").name == "Wilhelm Achterberg"


def test_bracketed_client_with_a_dash_before_an_iso_date() -> None:
    plan = _read(["Tomas Ekwueme (client) — 2026-06-11"])
    client = _one(plan, "client")
    assert (client.name, client.date) == ("Tomas Ekwueme", dt.date(2026, 6, 11))


def test_bracketed_foster_mother_with_two_digit_year() -> None:
    plan = _read(["Imani Achterberg (foster mother)  6/12/26"])
    guardian = _one(plan, "guardian")
    assert (guardian.name, guardian.date) == ("Imani Achterberg", dt.date(2026, 6, 12))


def test_near_miss_a_bracketed_name_inside_a_sentence_is_no_signature() -> None:
    plan = _read(["Rosa Delgado-Pinto (guardian) called to reschedule the session on 06/11/2026."])
    assert not any(s.name == "Rosa Delgado-Pinto" for s in plan.signatures), _sigs(plan)


def test_near_miss_a_bracketed_word_that_names_no_signer() -> None:
    plan = _read(["Lorenzo Quist (waitlist)   06/11/2026"])
    assert not any(s.name == "Lorenzo Quist" for s in plan.signatures), _sigs(plan)


# --- a possessive label in the signatures part ----------------------------------------------------------------------


def test_clients_rights_paragraph_is_no_client_signature() -> None:
    plan = _read([
        "Signatures",
        "Counselor: Marguerite Olsen, LPC   Date: 03/02/2026",
        "Client's rights: You may ask for a copy of this plan or a second opinion at any time. Call 555-0101.",
    ])
    assert [s.role for s in plan.signatures] == ["clinician"], _sigs(plan)


def test_parents_responsibilities_label_is_no_signer_but_parents_signature_is() -> None:
    plan = _read([
        "Signatures",
        "Parents' responsibilities: bring the child to each session and practise the routine daily.",
        "Parent's signature: Odile Fairweather   Date: 03/03/2026",
    ])
    guardian = _one(plan, "guardian")
    assert (guardian.name, guardian.date) == ("Odile Fairweather", dt.date(2026, 3, 3))
    assert len(plan.signatures) == 1, _sigs(plan)


# --- a signer header row inside a one-table form --------------------------------------------------------------------


def _form(signer_rows: list[list[str]]) -> list[list[str]]:
    return [
        ["CLIENT PLAN", "", "", ""],
        ["Client", "Ignatius Fairweather-Moss", "DOB", "07/22/1979"],
        ["Plan date", "02/02/2026", "Record #", "RC-1182"],
        ["GOALS", "", "", ""],
        ["Goal 1", "Reduce PHQ-9 from 18 to 9 or lower by 10/30/2026", "", ""],
        ["SIGN-OFF", "", "", ""],
        *signer_rows,
    ]


def test_signer_header_inside_a_form_reads_each_row_by_column() -> None:
    table = _form([
        ["Signer", "Printed name", "Signature", "Date signed"],
        ["Client", "Ignatius Fairweather-Moss", "I. Fairweather-Moss", "02/02/2026"],
        ["Therapist", "Cordelia Baptiste, LMFT", "/s/ Cordelia Baptiste", "02/02/2026"],
        ["Advanced practice provider", "Reuben Castellano, PMHNP", "/s/ R. Castellano", "02/05/2026"],
    ])
    plan = _read([table], body=["Treatment Plan"])
    client = _one(plan, "client")
    assert (client.name, client.date, client.signed) == ("Ignatius Fairweather-Moss", dt.date(2026, 2, 2), True)
    therapist = _one(plan, "clinician")
    assert (therapist.name, therapist.credential, therapist.date) == ("Cordelia Baptiste", "LMFT", dt.date(2026, 2, 2))
    approver = _one(plan, "physician")
    assert (approver.name, approver.date) == ("Reuben Castellano", dt.date(2026, 2, 5))
    assert find_credentials(approver.credential or "") == ["NP"]


def test_signer_header_inside_a_form_with_a_blank_signature() -> None:
    table = _form([
        ["Role", "Name / credentials", "Signature", "Date"],
        ["Clinician", "Cordelia Baptiste, LMFT", "/s/ Cordelia Baptiste", "02/02/2026"],
        ["Client", "Ignatius Fairweather-Moss", "", ""],
        ["ATTACHMENTS", "", "", ""],
        ["Safety plan", "on file", "", ""],
    ])
    plan = _read([table], body=["Treatment Plan"])
    assert _one(plan, "clinician").date == dt.date(2026, 2, 2)
    client = _one(plan, "client")
    assert client.signed is False and client.date is None


def test_near_miss_a_care_team_grid_inside_a_form_signs_nothing() -> None:
    table = _form([
        ["Role", "Name", "Phone", "Email"],
        ["Therapist", "Cordelia Baptiste", "555-0140", "cb@example.org"],
        ["Psychiatrist", "Reuben Castellano", "555-0141", "rc@example.org"],
    ])
    plan = _read([table], body=["Treatment Plan"])
    assert not any(s.name in ("Cordelia Baptiste", "Reuben Castellano") and s.signed for s in plan.signatures), _sigs(plan)


# --- tab-set signer columns under their header line ----------------------------------------------------------------


def test_tabbed_signer_values_under_their_header_line() -> None:
    plan = _read([
        [["PRACTITIONER CERTIFICATION\nI certify that this plan of care is medically necessary.\n"
          "Certifying practitioner\tNPI\tSignature\tDate\n"
          "Marguerite Olsen, NP\t1234567893\tM. Olsen, NP\t02/11/2026"]],
    ])
    sig = _one(plan, "physician")
    assert (sig.name, sig.credential, sig.date, sig.signed) == ("Marguerite Olsen", "NP", dt.date(2026, 2, 11), True)


def test_tabbed_signer_values_in_paragraphs() -> None:
    plan = _read([
        "Physician certification",
        "Physician\tSignature\tDate",
        "Samuel Patel-Odum, DPM\t/s/ Samuel Patel-Odum\t03/03/2026",
    ])
    sig = _one(plan, "physician")
    assert (sig.name, sig.credential, sig.date) == ("Samuel Patel-Odum", "DPM", dt.date(2026, 3, 3))


# --- a signer table whose signature column only says the row was signed -------------------------------------------


def test_role_column_of_names_beside_a_status_only_signature_column() -> None:
    plan = _read([
        "Certification",
        [["Certifying practitioner", "NPI", "Signature", "Date signed"],
         ["Ines Morgenstern, NP", "1234567893", "e-signed via portal", "03/04/2026"]],
    ])
    sig = _one(plan, "physician")
    assert (sig.name, sig.credential, sig.date, sig.signed) == ("Ines Morgenstern", "NP", dt.date(2026, 3, 4), True)


def test_therapist_column_of_names_beside_signature_on_file() -> None:
    plan = _read([
        [["Treating therapist", "License", "Signature", "Date"],
         ["Lucien Abernathy, LMFT", "LMFT-88120", "Signature on file", "03/06/2026"]],
    ])
    sig = _one(plan, "clinician")
    assert (sig.name, sig.credential, sig.date, sig.signed) == ("Lucien Abernathy", "LMFT", dt.date(2026, 3, 6), True)


def test_near_miss_signature_cell_with_another_name_is_not_status_only() -> None:
    plan = _read([
        [["Certifying practitioner", "NPI", "Signature", "Date signed"],
         ["Ines Morgenstern, NP", "1234567893", "/s/ Ines Morgenstern", "03/04/2026"]],
    ])
    sig = _one(plan, "physician")
    assert (sig.name, sig.date, sig.signed) == ("Ines Morgenstern", dt.date(2026, 3, 4), True)


# --- vocabulary: supervisor-designated licences, advanced practice professionals -----------------------------------


def test_supervisor_designated_licences_fold_to_their_licence() -> None:
    assert find_credentials("Marisela Onwu, LISW-S") == ["LCSW"]
    assert find_credentials("LPCC-S") == ["LPCC"]
    assert find_credentials("LCSW-S, LCDC") == ["LCSW", "LCDC"]
    assert find_credentials("PA-S") == []  # a physician assistant student holds no licence


def test_advanced_practice_professional_is_a_practitioner_role() -> None:
    assert normalize_signature_role("Advanced Practice Professional (approval)") == "physician"
    assert normalize_signature_role("Advanced practice registered nurse") == "physician"
    assert normalize_signature_role("Clinical practice guidelines") == "other"


# --- an authorship line naming the plan's author ---------------------------------------------------------------------


def test_plan_prepared_by_names_the_author_with_credential_and_title() -> None:
    plan = _read(["Plan prepared by Leocadia Fenwick, RN, BSN, care coordinator, 04/09/2026."])
    sig = _one(plan, "clinician")
    assert (sig.name, sig.date) == ("Leocadia Fenwick", dt.date(2026, 4, 9))
    assert find_credentials(sig.credential or "") == ["RN", "BSN"]


def test_this_plan_was_completed_by_names_the_author() -> None:
    plan = _read(["This plan was completed by Marta Ives, OTR/L on 4/4/2026"])
    sig = _one(plan, "clinician")
    assert (sig.name, sig.date) == ("Marta Ives", dt.date(2026, 4, 4))


def test_near_miss_plan_developed_by_a_team_names_no_signer() -> None:
    plan = _read(["Plan developed by the treatment team on 02/09/2026."])
    assert plan.signatures == [], _sigs(plan)
