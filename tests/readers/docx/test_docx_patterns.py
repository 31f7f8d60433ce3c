"""Phrase-level patterns of the unfamiliar layouts (layout 6): compound and abbreviated labels, facts without
colons, sign-off phrases, prose diagnoses, form boxes, and the guards that keep precision (ZIP codes, addresses,
statements, blank name lines). Each pattern is tested here on its own, in wordings of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from authcheck.readers.docx.blocks import Cell, Row, Table
from authcheck.readers.docx.inline import inline_facts, name_before
from authcheck.readers.docx.label_split import split_labels
from authcheck.readers.docx.labels import (
    date_label_key,
    element_label,
    field_key,
    label_parts,
    strip_list_marker,
)
from authcheck.readers.phrases import (
    find_service_codes,
    looks_like_address,
    looks_like_signature,
    member_id_token,
    parse_diagnoses,
    parse_service,
    parse_signature,
    plausible_name,
    prose_diagnoses,
    split_name_credential,
)
from authcheck.readers.docx.sections import match_section
from authcheck.readers.docx.tables import box_label, classify_table


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("CHIP / Medicaid ID", "patient.member_id"),  # alternatives that agree
        ("Onset / evaluation date", "first_treatment_date"),  # the "onset" part names nothing the plan keeps
        ("4. MEDICAL RECORD NO.", "other"),  # a form-box number, and a record number is not a member id
        ("9. Beneficiary name", "patient.name"),
        ("Pt. DOB", "patient.birth_date"),  # abbreviations expanded
        ("POC Dt", "plan_date"),
        ("Svc", "service"),
        ("Oregon Medicaid ID", "patient.member_id"),  # a known label after a qualifier
        ("Residential admission", "admission_date"),
        ("Mother date of birth", None),  # a qualifier naming someone else
        ("Other services", None),
        ("Pt", "patient.name"),  # "Pt:" is the patient in an EHR print ...
        ("PT", "provider"),  # ... "PT:" the physical therapist
        ("Freq/Dur", "frequency"),
        ("Principal diagnosis / ICD code / onset", "diagnosis.primary"),
    ],
)
def test_compound_abbreviated_and_qualified_labels(label: str, key: str | None) -> None:
    assert field_key(label) == key


def test_label_parts_pair_a_compound_label() -> None:
    assert label_parts("Payer / Member ID") == [("Payer", "payer"), ("Member ID", "patient.member_id")]
    assert label_parts("Member ID") == []


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("Plan of treatment signed off", None),  # a signature date, not the plan date
        ("Plan finalised", "plan_date"),
        ("Episode start / certification", "period"),
        ("Detox admission", "admission_date"),
        ("Date of last plan review", None),
        ("Care plan update due", "review"),
        ("Initial visit (evaluation)", "first_treatment_date"),
        ("Date of injury", None),
    ],
)
def test_labels_of_dates_by_their_words(label: str, key: str | None) -> None:
    assert date_label_key(label) == key


def test_element_labels_in_typed_outlines() -> None:
    wide = element_label("OBJECTIVE 2.1  Walk to the mailbox daily.")
    assert wide is not None and wide.kind == "objective" and wide.number == "2.1"
    assert element_label("Goal  improve mood") is None  # a wide gap needs a number
    lrg = element_label("LRG 2 - Keep a job for six months.")
    assert lrg is not None and lrg.kind == "goal" and lrg.long_term is True
    assert element_label("Obj: ROM 90 degrees, strength 4/5") is None  # a SOAP note's objective findings
    assert element_label("Obj 1.2: Walk 200 ft") is not None


def test_an_element_label_after_a_sentence_end_splits_the_line() -> None:
    segments = split_labels("Need: no safe place to live. Goal: move into supported housing.")
    assert [s.label for s in segments] == ["Need", "Goal"]
    assert segments[1].value == "move into supported housing"


@pytest.mark.parametrize(
    ("text", "marker", "depth"),
    [
        ("B2. Attend group twice a week", "B2.", 1),
        ("C.   Daily living skills", "C.", None),
        ("IV.\tSignatures", "IV.", None),
        ("J. Ortega, LCSW  01/02/2026", None, None),  # an initial, not a marker (one space)
    ],
)
def test_typed_outline_markers(text: str, marker: str | None, depth: int | None) -> None:
    _, found, found_depth = strip_list_marker(text)
    assert (found, found_depth) == (marker, depth)


def test_facts_written_without_colons() -> None:
    facts = {f.key: f.value for f in inline_facts("Henrietta Moss, born 1944-08-19. MBI 5TJ2-KD7-WX30. Admitted 4 May 2026.")}
    assert facts == {
        "patient.name": "Henrietta Moss",
        "patient.birth_date": "1944-08-19",
        "patient.member_id": "5TJ2-KD7-WX30",
        "admission_date": "4 May 2026",
    }
    piped = {f.key: f.value for f in inline_facts("Client: Ada Quell | D.O.B. 02/03/2004 | Medicaid # 88120455 | Plan 03/01/2026")}
    assert piped["patient.birth_date"] == "02/03/2004" and piped["patient.member_id"] == "88120455"
    assert piped["plan_date"] == "03/01/2026"
    assert inline_facts("NPI 1234567893 on file")[0].key == "provider.npi"


def test_dates_inside_prose_are_not_facts() -> None:
    assert inline_facts("He was first evaluated for anxiety by his primary care doctor on 02/02/2026.") == []
    assert [f.key for f in inline_facts("Father: Paolo Reyes (DOB 05/05/1975)")] == []
    assert [f.key for f in inline_facts("Insurance: Medicare Part B")] == []  # "Part" is not an identifier


def test_the_name_before_a_birth_date() -> None:
    assert name_before("Summary for Odile Brandt-Sørensen ") == "Odile Brandt-Sørensen"
    assert name_before("Referral — Tomasz Wróbel ") == "Tomasz Wróbel"
    assert name_before("Plan Summary ") is None
    assert name_before("seen today ") is None


@pytest.mark.parametrize(
    ("value", "token"),
    [("QX4410293 (Blue Ridge PPO)", "QX4410293"), ("Part B", None), ("pending", None), ("7TT1-RE2-WQ55;", "7TT1-RE2-WQ55")],
)
def test_member_id_tokens(value: str, token: str | None) -> None:
    assert member_id_token(value) == token


@pytest.mark.parametrize(
    ("label", "value", "expected"),
    [
        (None, "Harlan Petrossian, LCPC — signed 07/02/2026", ("Harlan Petrossian", "LCPC", dt.date(2026, 7, 2), True)),
        (None, "Signed electronically: Ines Vartanian (guardian) — 07/03/2026 09:15", ("Ines Vartanian", None, dt.date(2026, 7, 3), True)),
        (None, "Digitally co-signed (plan certification): Rufus Kellerman D.O.  07/09/2026", ("Rufus Kellerman", "D.O.", dt.date(2026, 7, 9), True)),
        ("Medical review", "Approved: Dr. Saoirse Lynch, MD — 07/10/2026", ("Saoirse Lynch", "MD", dt.date(2026, 7, 10), True)),
        (None, "Lavinia Okeke     Signed ____________ (date)", ("Lavinia Okeke", None, None, True)),
    ],
)
def test_sign_off_phrases(label, value, expected) -> None:
    parsed = parse_signature(label, value)
    assert parsed is not None
    assert (parsed.name, parsed.credential, parsed.date, parsed.signed) == expected


def test_what_is_not_a_signer() -> None:
    assert parse_signature(None, "My signature below shows that I agree with this plan.") is None
    assert parse_signature(None, "Printed name: ____________________     NPI: __________") is None
    assert not plausible_name("Anyone who misrepresents information")
    assert plausible_name("Mary-Jo Van Buren")
    assert looks_like_signature(None, "Rosa Lind, PT    signed 3/4/26")
    assert not looks_like_signature(None, "The plan was signed off by the team.")


def test_names_with_credentials_in_brackets_or_before_a_comma() -> None:
    assert split_name_credential("Oren Blackwood (LMSW)") == ("Oren Blackwood", "LMSW")
    assert split_name_credential("Tessa Nyberg BCBA, LBA") == ("Tessa Nyberg", "BCBA, LBA")


def test_diagnosis_with_who_and_when_after_the_code() -> None:
    (found,) = parse_diagnoses("F90.2 ADHD, combined presentation — diagnosed 2023-09-30 by Ravi Menon, MD (pediatrics).")
    assert (found.code, found.description, found.diagnosed_by, found.diagnosed_on) == (
        "F90.2", "ADHD, combined presentation", "Ravi Menon, MD", dt.date(2023, 9, 30)
    )


def test_a_code_repeated_in_brackets_is_one_diagnosis() -> None:
    found = parse_diagnoses("F90.2 ADHD, combined type (ICD-10-CM F90.2)")
    assert [d.code for d in found] == ["F90.2"]


def test_icd_title_primary_is_not_a_flag_and_onset_dates_are_dropped() -> None:
    (found,) = parse_diagnoses("I12.9 Hypertensive chronic kidney disease with stage 1 through stage 4 CKD  03/15/2024")
    assert found.description == "Hypertensive chronic kidney disease with stage 1 through stage 4 CKD"
    (title,) = parse_diagnoses("I10 Essential (primary) hypertension")
    assert title.primary is False and title.description == "Essential (primary) hypertension"


def test_prose_diagnoses_need_a_diagnostic_phrase() -> None:
    (found,) = prose_diagnoses(
        "History is notable for two hospitalizations. Her presentation is consistent with bipolar I disorder, "
        "current episode depressed, moderate (F31.32), diagnosed 06/01/2025 by Ana Duarte, MD."
    )
    assert (found.code, found.diagnosed_by, found.diagnosed_on) == ("F31.32", "Ana Duarte, MD", dt.date(2025, 6, 1))
    assert "bipolar I disorder" in (found.description or "")
    assert prose_diagnoses("Her PHQ-9 was 12 and code F32.1 was billed last year.") == []


def test_zip_codes_and_addresses_are_not_services() -> None:
    assert find_service_codes("12 Lake St, Duluth, MN 55802") == []
    assert find_service_codes("Family psychotherapy 90847 weekly") != []
    assert looks_like_address("Duluth, MN 55802")
    assert not looks_like_address("Group therapy, Weekly")


def test_as_needed_stays_with_its_own_item() -> None:
    services = parse_service("97110 therapeutic exercise, 97535 self-care training, 97760 orthotic fitting as needed")
    assert {s.code: s.frequency for s in services} == {"97110": None, "97535": None, "97760": "as needed"}
    shared = parse_service("97110 therapeutic exercise and 97535 self-care training, 2x/week for 6 weeks")
    assert all(s.frequency for s in shared) and len(shared) == 2  # a count written once still holds for the list


def test_order_tasks_after_semicolons_stay_with_the_order() -> None:
    services = parse_service("SN 3w2, 1w4 for diabetic foot care; check glucose log weekly; teach insulin storage")
    assert len(services) == 1
    assert services[0].frequency is not None and "3w2" in services[0].frequency


def test_section_titles_with_alternatives() -> None:
    assert match_section("Goals / Prognosis / Discharge").key == "goals"
    assert match_section("Case formulation").key == "presenting_problem"


def _table(rows: list[list[str]]) -> Table:
    return Table(0, [Row(r, [Cell(c, text.split("\n")) for c, text in enumerate(row)]) for r, row in enumerate(rows)])


def test_form_boxes_are_recognised_by_their_captions() -> None:
    assert box_label(["RESPONSIBLE PARTY", "Jon Ivers (son)"]) == "RESPONSIBLE PARTY"
    assert box_label(["Plan date", "03/03/2026"]) == "Plan date"  # a known label over its value
    assert box_label(["Frequency: 2x/week", "Duration: 6 weeks"]) is None  # labelled values, not a caption
    assert box_label(["1. Walk 200 ft without a device by 05/01/2026.", "2. Climb stairs"]) is None
    grid = _table([["5. MEMBER NUMBER\nAB12345", "7. BIRTH DATE\n01/01/1950"], ["12. NOTES\nnone", "13. AIDE\nyes"]])
    assert classify_table(grid).kind == "boxes"


def _read(paragraphs: list[tuple[str, bool]]):
    """A small document: (text, bold) paragraphs, read by the DOCX reader."""
    import io

    import docx

    from authcheck.readers.docx import DocxReader

    document = docx.Document()
    for text, bold in paragraphs:
        document.add_paragraph().add_run(text).bold = bold or None
    buffer = io.BytesIO()
    document.save(buffer)
    return DocxReader().read(buffer.getvalue(), "small.docx")


def test_precision_guards_on_whole_documents() -> None:
    plan = _read([
        ("Outpatient Treatment Plan", True),
        ("Medical History", True),
        ("F32.1 Major depressive disorder, single episode, moderate (resolved 2019)", False),
        ("Goals", True),
        ("Goal 1: I agree to take my medication every day and will miss no more than 1 dose a week.", False),
        ("Goal 2: Reduce PHQ-9 from 15 to 8 by 06/30/2026.", False),
        ("Referring physician: Dr. Lena Ames, MD 01/02/2026", False),
        ("Therapist: Cole Brandt, LPC 01/09/2026", False),
    ])
    assert plan.diagnoses == []  # a coded line under a history heading is not a current diagnosis
    assert [g.label for g in plan.goals] == ["Goal 1", "Goal 2"]  # "I agree" in a goal does not open signatures
    assert [(s.name, s.role) for s in plan.signatures] == [("Cole Brandt", "clinician")]  # the referral is no sign-off


def test_header_fields_before_the_plan_content_are_not_sign_offs() -> None:
    plan = _read([
        ("Clinician: Cole Brandt, LPC    Date: 01/09/2026", False),
        ("Goals", True),
        ("Goal 1: Reduce PHQ-9 from 15 to 8 by 06/30/2026.", False),
    ])
    assert plan.signatures == []
    assert [p.name for p in plan.providers] == ["Cole Brandt"]


def test_each_sentence_of_an_orders_paragraph_orders_its_own_service() -> None:
    plan = _read([
        ("Orders", True),
        ("Physical therapy three times weekly for 4 weeks for gait training. Occupational therapy twice weekly "
         "for 3 weeks for bathing. The family will be taught safe transfers.", False),
    ])
    assert [(s.description, s.frequency.count if s.frequency else None) for s in plan.services] == [
        ("Physical therapy", 3.0),
        ("Occupational therapy", 2.0),
    ]
