"""Signers and client/program facts, round 9: signature columns side by side whose captions carry a form-box
number, a hint in brackets or an attestation after a dash ("18. Physician signature — I certify the need for these
services"); sign-off rows whose role cell adds what the signer did ("Medical director — reviewed and
countersigned"); a guardian's relation written as several words ("father/legal guardian") and a signature made
"in clinic"; forms laid out in columns whose label rows repeat under the values; a sidebar cell that stacks
several captioned values; member IDs typed in groups ("KPA 0931 5561 7"); a "Program / level of care" label; and
more admission-date wordings ("Date admitted to maintenance", "Maintenance start").

Each test builds a small plan with python-docx; names and wording are invented and differ from the blind sets.
What is not written stays empty."""

from __future__ import annotations

import datetime as dt

import docx
import pytest

from authcheck.model import TreatmentPlan
from authcheck.readers.docx.fields.parties import grouped_member_id
from authcheck.readers.docx.labels import date_label_key
from authcheck.readers.phrases import parse_signature
from authcheck.readers.docx.signature_tables import signature_caption
from docx_helpers import read_blocks

_GOALS = [
    "Goals",
    "Goal 1: Wendell will walk 300 feet with a rolling walker and no rest by 06/30/2026.",
    "Plan: therapeutic exercise (97110) and gait training (97116), 2x/week for 8 weeks.",
]

Block = str | list[list[str]]


def _read(blocks: list[Block]) -> TreatmentPlan:
    """A plan made of `blocks` in order: a string is a paragraph, a list of rows a table (a cell's "\\n" starts a
    new paragraph of the cell; "\\n\\n" leaves an empty paragraph between)."""
    return read_blocks(blocks)


def _roles(plan: TreatmentPlan) -> dict[str, tuple[str | None, dt.date | None]]:
    return {s.role: (s.name, s.date) for s in plan.signatures}


# --- signature columns side by side, captions with numbers, hints and attestations --------------------------------


@pytest.mark.parametrize(
    "header",
    [
        ["17. Signature of SLP (name/credentials)", "Date",
         "18. Physician signature — I certify the need for these services", "Date"],
        ["Therapist's signature / credentials", "Date signed", "Physician's signature (certifying)", "Date signed"],
        ["Box 12 - Clinician signature", "Date", "Box 13 - Certifying physician signature: I approve this plan",
         "Date"],
    ],
)
def test_signature_columns_with_numbered_or_remarked_captions(header: list[str]) -> None:
    plan = _read([
        "Client: Wendell Asquith    DOB: 02/11/1950",
        *_GOALS,
        [header, ["Priya Nandakumar, MS, CCC-SLP", "03/02/2026", "Oskar Lindgren, MD", "03/09/2026"]],
    ])
    roles = _roles(plan)
    assert roles.get("physician") == ("Oskar Lindgren", dt.date(2026, 3, 9))
    assert roles.get("clinician") == ("Priya Nandakumar", dt.date(2026, 3, 2))


def test_signature_columns_with_an_unsigned_physician_stay_unsigned() -> None:
    plan = _read([
        "Client: Wendell Asquith    DOB: 02/11/1950",
        *_GOALS,
        [["17. Signature of therapist (name/credentials)", "Date",
          "18. Physician signature — I certify the need for these services", "Date"],
         ["Priya Nandakumar, PT, DPT", "03/02/2026", "", ""]],
    ])
    physician = [s for s in plan.signatures if s.role == "physician"]
    assert all(not s.signed for s in physician)
    assert any(s.role == "clinician" and s.signed for s in plan.signatures)


def test_signature_caption_keeps_only_the_signer() -> None:
    assert signature_caption("17. Signature of SLP (name/credentials)") == "Signature of SLP"
    assert signature_caption("18. Physician signature — I certify the need for these services") == (
        "Physician signature"
    )
    assert signature_caption("Date") == "Date"
    assert signature_caption("Patient name") == "Patient name"


# --- sign-off rows whose role cell says what the signer did ---------------------------------------------------------


@pytest.mark.parametrize(
    "role_cell",
    [
        "Medical director — reviewed and countersigned",
        "Medical director - reviewed, approved and countersigned",
        "Medical director: reviewed and signed off",
    ],
)
def test_sign_off_row_role_with_a_remark(role_cell: str) -> None:
    plan = _read([
        "Client: Lucinda Ferreira-Obi    DOB: 08/19/1981",
        *_GOALS,
        "Signatures",
        [["Primary counselor", "Joaquin Mbeki, SUDCC-II", "01/30/2026"],
         ["Patient", "Lucinda Ferreira-Obi", "01/30/2026"],
         [role_cell, "Harriet Solberg, MD", "02/06/2026"]],
    ])
    roles = _roles(plan)
    assert roles.get("physician") == ("Harriet Solberg", dt.date(2026, 2, 6))
    assert roles.get("clinician") == ("Joaquin Mbeki", dt.date(2026, 1, 30))


# --- a guardian's relation in several words; where it was signed ----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Desmond Achterberg, father/legal guardian — signed in clinic Feb 3, 2026",
        "Desmond Achterberg, father and legal guardian — signed in person 02/03/2026",
        "Desmond Achterberg, mother / guardian   signed at the visit 02/03/2026",
        "Desmond Achterberg, legal guardian — signed 2/3/2026",
    ],
)
def test_guardian_relation_after_the_name(line: str) -> None:
    parsed = parse_signature(None, line)
    assert parsed is not None
    assert parsed.name == "Desmond Achterberg"
    assert parsed.date == dt.date(2026, 2, 3)
    assert parsed.role_label is not None and "guardian" in parsed.role_label.lower() or "father" in (
        parsed.role_label or ""
    ).lower()
    plan = _read([
        "Client: Imogen Achterberg    DOB: 04/04/2018",
        "Goals",
        "Goal 1: Imogen will request a break with a card in 80% of opportunities by 06/30/2026.",
        "Services: 97153 adaptive behavior treatment, 12 hrs/week; 97156 family guidance, 1 hr/week.",
        "Signatures",
        "/s/ Rafaela Quint, M.Ed., BCBA — Lead behavior analyst — Feb 2, 2026",
        line,
    ])
    assert _roles(plan).get("guardian") == ("Desmond Achterberg", dt.date(2026, 2, 3))


def test_signed_in_clinic_without_a_relation_keeps_the_name() -> None:
    parsed = parse_signature(None, "Desmond Achterberg — signed in clinic Jan 12, 2026")
    assert parsed is not None and parsed.name == "Desmond Achterberg" and parsed.date == dt.date(2026, 1, 12)


# --- forms laid out in columns with label rows repeated under the values -------------------------------------------


def test_column_form_with_a_second_label_row() -> None:
    plan = _read([
        "PHYSICAL THERAPY PLAN OF TREATMENT",
        [["1. Patient's last name", "2. First name", "3. Provider no.", "4. Medicare no."],
         ["Abernethy", "Colm", "PTAN 55-2031", "7QX2-HT4-MN81"],
         ["5. Onset date", "6. SOC date", "7. Type", "8. DOB"],
         ["01/20/2026", "02/09/2026", "PT", "11/30/1947"]],
        *_GOALS,
    ])
    assert plan.patient.birth_date == dt.date(1947, 11, 30)
    assert plan.first_treatment_date == dt.date(2026, 2, 9)
    assert plan.patient.member_id == "7QX2-HT4-MN81"


def test_column_form_label_rows_without_numbers() -> None:
    plan = _read([
        "Plan of Care",
        [["Client name", "Member ID", "Payer"],
         ["Hollis Varga", "ZK4471902", "Medicaid"],
         ["Date of birth", "Admission date", "Plan date"],
         ["07/07/1990", "01/12/2026", "01/19/2026"]],
        *_GOALS,
    ])
    assert plan.patient.birth_date == dt.date(1990, 7, 7)
    assert plan.admission_date == dt.date(2026, 1, 12)
    assert plan.plan_date == dt.date(2026, 1, 19)


# --- a sidebar cell stacking several captioned values --------------------------------------------------------------


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_sidebar_cell_of_stacked_boxes(gap: str) -> None:
    left = gap.join([
        "PATIENT\nMarguerite Oyinlola",
        "DOB\n04/09/1942",
        "MEDICARE ID\n4TR8-JK2-LM55",
        "START OF CARE\n03/09/2026",
        "CERTIFICATION\n03/09/2026 – 05/07/2026",
        "PHYSICIAN\nAmbrose Keller, MD",
    ])
    right = (
        "Orders\nSN 1w8 for cardiac assessment and medication teaching.\n"
        "Goals\n1. Weight stays within 3 lb of 142 lb at every SN visit through 05/07/2026."
    )
    plan = _read(["Home Health Plan of Care", [[left, right]]])
    assert plan.patient.name == "Marguerite Oyinlola"
    assert plan.patient.birth_date == dt.date(1942, 4, 9)
    assert plan.patient.member_id == "4TR8-JK2-LM55"
    assert plan.first_treatment_date == dt.date(2026, 3, 9)
    assert plan.plan_date != dt.date(1942, 4, 9)  # the birth date is never the plan's date
    assert plan.period is not None and plan.period.end == dt.date(2026, 5, 7)


# --- member IDs typed in groups ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("KPA 0931 5561 7", "KPA 0931 5561 7"),
        ("Aetna Choice POS II — W284 471 903", "W284 471 903"),
        ("Highmark: 8821 0043 17", "8821 0043 17"),
        ("W284 471 903 (Aetna)", "W284 471 903"),
        ("5EK3-WN8-CD27", None),  # one token: read as it is elsewhere
        ("555 123 4567", None),  # a telephone number
        ("Part B", None),
        ("03 14 2026", None),
    ],
)
def test_grouped_member_id(value: str, expected: str | None) -> None:
    assert grouped_member_id(value) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Insurance member number: KPA 0931 5561 7", "KPA 0931 5561 7"),
        ("Insurance / ID: Aetna Choice POS II — W284 471 903", "W284 471 903"),
        ("Payer: Keystone First — 4471 0093 22", "4471 0093 22"),
        ("Member ID: pending", None),
    ],
)
def test_member_id_in_groups_from_a_labelled_line(line: str, expected: str | None) -> None:
    plan = _read(["Treatment Plan", "Client: Rosalind Everhart", line, *_GOALS])
    assert plan.patient.member_id == expected


def test_member_id_in_groups_in_a_form_row() -> None:
    plan = _read([
        "Annual Treatment Plan",
        [["Client name", "Rosalind Everhart", "Client DOB", "05/05/2017"],
         ["Insurance member number", "KPA 0931 5561 7", "Guardian", "Desmond Everhart"]],
        *_GOALS,
    ])
    assert plan.patient.member_id == "KPA 0931 5561 7"


# --- "Program / level of care" ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "blocks",
    [
        ["Program / level of care: Day or night treatment with community housing"],
        ["Program and level of care: Day or night treatment with community housing"],
        [[["Client", "Clement Abara"], ["Program / LOC", "Day or night treatment with community housing"]]],
        [[["PROGRAM / LEVEL OF CARE\nDay or night treatment with community housing", "DOB\n02/09/1978"]]],
    ],
)
def test_program_and_level_of_care_in_one_label(blocks: list[Block]) -> None:
    plan = _read(["TREATMENT PLAN", "Person served: Clement Abara", *blocks, *_GOALS])
    assert plan.level_of_care == "Day or night treatment with community housing"
    assert plan.program == "Day or night treatment with community housing"


def test_program_and_level_of_care_with_two_values_stay_apart() -> None:
    plan = _read(["TREATMENT PLAN", "Person served: Clement Abara",
                  "Program / level of care: Harbor House / Residential 3.5", *_GOALS])
    assert plan.program == "Harbor House"
    assert plan.level_of_care == "Residential 3.5"


# --- admission wordings ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("Date admitted to maintenance", "admission_date"),
        ("Date of admission to program", "admission_date"),
        ("Maintenance start", "admission_date"),
        ("Program start", "admission_date"),
        ("Services began", "admission_date"),
        ("Start of maintenance", "admission_date"),
        ("Induction start", "admission_date"),
        ("Treatment start", "first_treatment_date"),
        ("Start of therapy", "first_treatment_date"),
        ("Date signed", None),
        ("Onset", None),
    ],
)
def test_date_label_words(label: str, key: str | None) -> None:
    assert date_label_key(label) == key


@pytest.mark.parametrize(
    "blocks",
    [
        ["Date admitted to maintenance: 03-Nov-2025   Plan date: 24-Nov-2025"],
        [[["Patient", "Priscilla Oyelaran", "DOB", "07/07/1989"],
          ["Maintenance start", "11/03/2025", "Plan effective", "11/24/2025"]]],
        ["MAINTENANCE START", "11/03/2025"],
    ],
)
def test_admission_from_maintenance_wordings(blocks: list[Block]) -> None:
    plan = _read(["Opioid Treatment Program — Treatment Plan", "Name: Priscilla Oyelaran", *blocks, *_GOALS])
    assert plan.admission_date == dt.date(2025, 11, 3)


def test_no_admission_date_when_none_is_written() -> None:
    plan = _read(["Opioid Treatment Program — Treatment Plan", "Name: Priscilla Oyelaran",
                  "Plan date: 11/24/2025", *_GOALS])
    assert plan.admission_date is None


def test_numbered_captions_under_signature_lines() -> None:
    plan = _read([
        "Client: Wendell Asquith    DOB: 02/11/1950",
        *_GOALS,
        [["Priya Nandakumar, PT, DPT  (signed)", "03/02/2026", "Oskar Lindgren, MD  (signed)", "03/09/2026"],
         ["17. Therapist signature", "17a. Date", "18. Physician signature — I certify this plan", "18a. Date"]],
    ])
    roles = _roles(plan)
    assert roles.get("physician") == ("Oskar Lindgren", dt.date(2026, 3, 9))
    assert roles.get("clinician") == ("Priya Nandakumar", dt.date(2026, 3, 2))
