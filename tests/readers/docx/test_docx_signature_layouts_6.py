"""Signature layouts, sixth set: a caption row of signer roles over several rows of each signer's block (a row of
names, then a row of dates, with or without "Date:"), role captions beside "Date" captions in a plain label
table, a signer table whose first column is headed by a role word but holds the names and whose "Signed" column
holds only dates (a role word in the credential column says who the row's signer is), and two sign-offs on one
line set apart by a bar, one of them unlabelled but naming its signer by a credential.

Each test builds a small plan with python-docx; names and wording are invented and differ from the blind sets.
Care-team tables (roles over names with nothing signed) and lists of several signers stay what they are."""

from __future__ import annotations

import datetime as dt

import docx

from authcheck.model import TreatmentPlan
from docx_helpers import read_blocks

_BODY = [
    "Outpatient Treatment Plan",
    "Client: Perpetua Vasquez-Lindgren    DOB: 02/14/1983",
    "Goals",
    "Goal 1: Perpetua will reduce her GAD-7 score from 15 to 7 or lower by 09/30/2026.",
    "Services",
    "Individual psychotherapy (90837), 60 minutes, weekly for 6 months.",
]

Block = str | list[list[str]]


def _read(blocks: list[Block], body: list[str] | None = None) -> TreatmentPlan:
    """A plan: the usual body, then `blocks` in order: a string is a paragraph ("\\n" a line break inside it), a list
    of rows a table (each cell's "\\n" starts a new paragraph of the cell)."""
    return read_blocks([*(body if body is not None else _BODY), *blocks])


def _one(plan: TreatmentPlan, role: str):
    found = [s for s in plan.signatures if s.role == role]
    assert len(found) == 1, [(s.role, s.name, s.date, s.signed) for s in plan.signatures]
    return found[0]


def _sigs(plan: TreatmentPlan) -> list[tuple[str, str | None, dt.date | None, bool]]:
    return [(s.role, s.name, s.date, s.signed) for s in plan.signatures]


# --- role captions over a row of names and a row of dates ---------------------------------------------------------


def test_role_captions_over_names_row_and_labelled_dates_row() -> None:
    plan = _read([
        "Signatures",
        [["Counselor", "Client"], ["Leontyne Barraclough", "Perpetua Vasquez-Lindgren"],
         ["Date: 03/02/2026", "Date: 03/04/2026"]],
    ])
    counselor = _one(plan, "clinician")
    assert (counselor.name, counselor.date, counselor.signed) == ("Leontyne Barraclough", dt.date(2026, 3, 2), True)
    client = _one(plan, "client")
    assert (client.name, client.date, client.signed) == ("Perpetua Vasquez-Lindgren", dt.date(2026, 3, 4), True)
    assert len(plan.signatures) == 2, _sigs(plan)


def test_role_captions_over_names_with_credentials_and_bare_dates_row() -> None:
    plan = _read([
        [["Treating therapist", "Parent / guardian"], ["Osvaldo Pimentel-Ruiz, LMFT", "Henrietta Quarshie"],
         ["03/05/2026", "March 6, 2026"]],
    ])
    therapist = _one(plan, "clinician")
    assert (therapist.name, therapist.credential, therapist.date) == ("Osvaldo Pimentel-Ruiz", "LMFT", dt.date(2026, 3, 5))
    guardian = _one(plan, "guardian")
    assert (guardian.name, guardian.date) == ("Henrietta Quarshie", dt.date(2026, 3, 6))


def test_bilingual_role_captions_over_names_and_signed_dates() -> None:
    plan = _read([
        [["Terapeuta / Therapist", "Cliente / Client"], ["Marisol Etxeberria, LCSW", "Perpetua Vasquez-Lindgren"],
         ["Fecha / Date: 03/09/2026", "Fecha / Date: 03/09/2026"]],
    ])
    therapist = _one(plan, "clinician")
    assert (therapist.name, therapist.date) == ("Marisol Etxeberria", dt.date(2026, 3, 9))
    assert _one(plan, "client").date == dt.date(2026, 3, 9)


def test_role_captions_over_names_and_empty_date_row_stay_undated() -> None:
    plan = _read([
        [["Therapist", "Client"], ["Leontyne Barraclough", "Perpetua Vasquez-Lindgren"], ["Date: ________", "Date: ________"]],
    ])
    assert _one(plan, "clinician").date is None
    assert _one(plan, "client").date is None


def test_care_team_table_of_roles_over_names_is_no_signature() -> None:
    plan = _read([
        [["Therapist", "Psychiatrist"], ["Leontyne Barraclough, LPC", "Ignatius Mbeki-Holt, MD"],
         ["Phone: 555-0142", "Phone: 555-0177"]],
    ])
    assert plan.signatures == [], _sigs(plan)


def test_role_caption_over_a_list_of_several_dated_names_is_not_one_signer() -> None:
    plan = _read([
        [["Therapist", "Date"], ["Leontyne Barraclough, LPC", "03/02/2026"], ["Ignatius Mbeki-Holt, LPC", "03/03/2026"]],
    ])
    assert not any(s.name and "Barraclough" in s.name and "Mbeki" in s.name for s in plan.signatures), _sigs(plan)


# --- role and date captions side by side in a plain label table ----------------------------------------------------


def test_role_and_date_captions_side_by_side_over_one_row() -> None:
    plan = _read([
        [["Lead BCBA", "Date", "Parent / guardian", "Date"],
         ["Cordelia Vantongeren, BCBA", "02/03/2026", "Rosamund Achterberg", "02/04/2026"]],
    ])
    supervisor = _one(plan, "supervisor") if any(s.role == "supervisor" for s in plan.signatures) else _one(plan, "clinician")
    assert (supervisor.name, supervisor.date) == ("Cordelia Vantongeren", dt.date(2026, 2, 3))
    guardian = _one(plan, "guardian")
    assert (guardian.name, guardian.date, guardian.signed) == ("Rosamund Achterberg", dt.date(2026, 2, 4), True)


def test_role_and_date_captions_with_blank_lines_are_unsigned() -> None:
    plan = _read([
        [["Supervising BCBA", "Date", "Parent / guardian", "Date"], ["__________", "______", "__________", "______"]],
    ])
    assert plan.signatures and all(not s.signed for s in plan.signatures), _sigs(plan)


# --- a role word over the names column, dates under "Signed" ------------------------------------------------------


def test_role_headed_name_column_and_signed_dates_column() -> None:
    plan = _read([
        "Sign-off",
        [["Clinician", "Credentials", "Signed"], ["Anneliese Okonjo-Pratt", "LPC", "02/09/2026"],
         ["Perpetua Vasquez-Lindgren", "Client", "02/09/2026"]],
    ])
    clinician = _one(plan, "clinician")
    assert (clinician.name, clinician.credential, clinician.date, clinician.signed) == (
        "Anneliese Okonjo-Pratt", "LPC", dt.date(2026, 2, 9), True,
    )
    client = _one(plan, "client")
    assert (client.name, client.date, client.signed) == ("Perpetua Vasquez-Lindgren", dt.date(2026, 2, 9), True)


def test_name_role_signed_table_with_dates_under_signed() -> None:
    plan = _read([
        [["Name", "Role", "Signed"], ["Anneliese Okonjo-Pratt, LCSW", "Therapist", "02/10/2026"],
         ["Bertrand Oyelowo", "Guardian", "02/11/2026"]],
    ])
    therapist = _one(plan, "clinician")
    assert (therapist.name, therapist.date, therapist.signed) == ("Anneliese Okonjo-Pratt", dt.date(2026, 2, 10), True)
    assert _one(plan, "guardian").date == dt.date(2026, 2, 11)


def test_signed_column_with_blank_date_stays_unsigned() -> None:
    plan = _read([
        [["Therapist", "Credentials", "Signed"], ["Anneliese Okonjo-Pratt", "LPC", ""]],
    ])
    assert all(s.date is None for s in plan.signatures), _sigs(plan)
    assert not any(s.signed for s in plan.signatures), _sigs(plan)


# --- two sign-offs on one line, set apart by a bar ----------------------------------------------------------------


def test_unlabelled_credentialed_signer_and_labelled_parent_set_apart_by_a_bar() -> None:
    plan = _read(["Cordelia Vantongeren, BCBA (e-signed Feb 3, 2026)   |   Parent: Rosamund Achterberg (e-signed Feb 3, 2026)"])
    analyst = next(s for s in plan.signatures if s.name == "Cordelia Vantongeren")
    assert (analyst.credential, analyst.date, analyst.signed, analyst.method) == (
        "BCBA", dt.date(2026, 2, 3), True, "electronic",
    )
    assert analyst.role in ("clinician", "supervisor")
    parent = _one(plan, "guardian")
    assert (parent.name, parent.date, parent.signed) == ("Rosamund Achterberg", dt.date(2026, 2, 3), True)


def test_two_labelled_sign_offs_set_apart_by_a_single_spaced_bar() -> None:
    plan = _read(["BCBA: Cordelia Vantongeren, BCBA, signed 02/03/2026 | Guardian: Rosamund Achterberg, signed 02/04/2026"])
    guardian = _one(plan, "guardian")
    assert (guardian.name, guardian.date) == ("Rosamund Achterberg", dt.date(2026, 2, 4))
    analyst = next(s for s in plan.signatures if s.name == "Cordelia Vantongeren")
    assert analyst.date == dt.date(2026, 2, 3)


def test_two_sign_offs_set_apart_by_a_semicolon() -> None:
    plan = _read(["Therapist: Leontyne Barraclough, LPC, 03/02/2026; Client: Perpetua Vasquez-Lindgren, 03/02/2026"])
    therapist = _one(plan, "clinician")
    assert (therapist.name, therapist.date) == ("Leontyne Barraclough", dt.date(2026, 3, 2))
    assert _one(plan, "client").name == "Perpetua Vasquez-Lindgren"


def test_bar_between_a_name_without_signed_mark_and_a_parent_is_no_pair() -> None:
    plan = _read(["Care team: Cordelia Vantongeren, BCBA   |   Parent: Rosamund Achterberg"])
    assert not any(s.signed and s.date is not None for s in plan.signatures), _sigs(plan)


def test_signature_captions_over_names_row_and_dates_row() -> None:
    plan = _read([
        [["Therapist signature", "Member signature"], ["Winona Castellanos", "Perpetua Vasquez-Lindgren"],
         ["Date: 01/20/2026", "Date: 01/21/2026"]],
    ])
    assert (_one(plan, "clinician").name, _one(plan, "clinician").date) == ("Winona Castellanos", dt.date(2026, 1, 20))
    assert _one(plan, "client").date == dt.date(2026, 1, 21)


def test_role_captions_over_name_title_and_signed_lines_in_rows() -> None:
    plan = _read([
        [["Therapist", "Client"], ["Winona Castellanos, LPC\nLicensed Professional Counselor", "Perpetua Vasquez-Lindgren"],
         ["Signed 01/20/2026", "Signed 01/21/2026"]],
    ])
    therapist = _one(plan, "clinician")
    assert (therapist.name, therapist.credential, therapist.date) == ("Winona Castellanos", "LPC", dt.date(2026, 1, 20))


def test_signer_column_of_names_with_credentials_and_signed_dates() -> None:
    plan = _read([
        [["Signer", "Credentials", "Signed"], ["Winona Castellanos", "LPC", "01/20/2026"],
         ["Perpetua Vasquez-Lindgren", "Client", "01/21/2026"]],
    ])
    assert (_one(plan, "clinician").name, _one(plan, "clinician").date) == ("Winona Castellanos", dt.date(2026, 1, 20))
    assert (_one(plan, "client").name, _one(plan, "client").signed) == ("Perpetua Vasquez-Lindgren", True)


def test_signer_column_of_role_words_stays_the_role() -> None:
    plan = _read([
        [["Signer", "Name", "Signed"], ["Therapist", "Winona Castellanos, LPC", "01/20/2026"],
         ["Client", "Perpetua Vasquez-Lindgren", "01/21/2026"]],
    ])
    assert _one(plan, "clinician").name == "Winona Castellanos"
    assert _one(plan, "client").date == dt.date(2026, 1, 21)


def test_e_signed_mark_in_brackets_with_a_month_name_date() -> None:
    plan = _read(["Signatures", "Winona Castellanos, LPC (e-signed March 3, 2026)"])
    therapist = _one(plan, "clinician")
    assert (therapist.name, therapist.date, therapist.method) == ("Winona Castellanos", dt.date(2026, 3, 3), "electronic")
