"""Round 21, basic facts, diagnoses, signatures and services in plans that passed through other software:

- a table pasted as pipe-separated text ("| # | ICD-10 | Description | Status |" over "| 1 | F33.1 | ... |", a
  markdown "|---|" rule skipped) is a table: its rows are diagnoses (or services) like a Word table's;
- who made a diagnosis and when, written in another cell of its row ("primary; diagnosed 11/02/2023 by Helen
  Park, PhD" in a "Notes" or "Status" column), belongs to that row's diagnosis;
- a row of form labels with no values ("Member:<TAB><TAB>Date of Birth:") over the row of their values ("Ruth
  Espinal<TAB><TAB>02/27/1948"): each value read under its label, in order; such a label row is no heading, and its
  tabs are kept even when a label is long ("MBI:<TAB>Evaluation date / start of care:");
- a short dot leader before a label's colon ("Date of Birth .: 05/12/1949", an EHR banner pasted as text) is padding;
- on an OCRed signature page, a "1" for "l" or a "0" for "O" inside a word ("C1ient signature", "Qualified
  Professiona1 review", "Renata 0kafor") is read as the letter; digits of dates, codes, IDs stay;
- "Client: <the client's name>" alone heading a signature page, followed by the client's or a guardian's own
  sign-off line, names whose page it is: it is no undated signature of the client;
- a label in capitals, a wide gap and its value ("NEXT PROGRESS REVIEW  Jan 11, 2026", "TREATMENT MODALITIES  CBT")
  is a labelled fact, not a service line;
- a payer's e-mail pasted into the plan (a caption, "-----Original Message-----" or "From: ... <a@b.test>", then
  "Sent:", "Subject:" ...) is correspondence: no service is made from it, and what it agrees for a service the plan
  lists by code (a frequency, a session length, hours) fills that service's gap;
- a caption under a sign-off line ("Supervising counselor") names the signer's role over the role a credential
  alone suggested ("Gabriela Nunez, LAADC" read as a clinician);
- a signature table whose every cell is a signer's block with the caption under the signature ("Ana Ruiz" /
  "Client signature" / "Date: 06/02/2025" | "e-signed: Jo Lee, LCDC" / "Primary counselor" / "Date: ...") is one
  signature a cell.

Each test builds a small plan with python-docx; names and wording are invented. Each change has a near miss that
keeps its old reading.
"""

from __future__ import annotations

import datetime as dt

from authcheck.model.vocab import normalize_signature_role
from authcheck.readers.docx.blocks import line_text
from authcheck.readers.phrases.ocr import ocr_letter_slips
from docx_helpers import read_blocks

_HEAD = [
    "Outpatient Counseling Plan",
    "Client: Noor Halvorsen",
    "Date of Birth: 03/08/1951",
    "Member ID: 4RT7-KD2-WP55",
    "Plan Date: 02/09/2026",
]
_GOALS = [
    "Goals",
    "Goal 1: Noor will sleep at least 6 hours on 5 of 7 nights by 05/01/2026.",
]


def _roles(plan) -> list[tuple[str, str | None, dt.date | None]]:  # type: ignore[no-untyped-def]
    return [(normalize_signature_role(s.role), s.name, s.date) for s in plan.signatures]


# --- pipe tables ----------------------------------------------------------------------------------------------------


def test_pipe_table_rows_are_diagnoses() -> None:
    plan = read_blocks([
        *_HEAD,
        "[Problem list copied from the EHR]",
        "| # | ICD-10 | Description | Status |",
        "|---|---|---|---|",
        "| 1 | F41.1 | Generalized anxiety disorder | primary |",
        "| 2 | G47.00 | Insomnia, unspecified | secondary |",
        *_GOALS,
    ])
    assert [d.code for d in plan.diagnoses] == ["F41.1", "G47.00"]
    assert plan.diagnoses[0].description == "Generalized anxiety disorder"


def test_pipes_in_prose_are_no_table() -> None:
    plan = read_blocks([
        *_HEAD,
        "Reviewed today: mood | sleep | appetite | energy",
        *_GOALS,
    ])
    assert plan.diagnoses == []
    assert any("mood | sleep" in (t.text or "") for t in plan.free_text)


# --- who made the diagnosis, in a notes cell of its row --------------------------------------------------------------


def test_diagnosis_made_in_notes_cell() -> None:
    plan = read_blocks([
        *_HEAD,
        "Diagnoses",
        [["ICD-10-CM", "Description", "Notes"],
         ["F84.0", "Autistic disorder", "primary; diagnosed 04/17/2022 by Ilse Brandt, PhD (psychologist)"]],
        *_GOALS,
    ])
    (diagnosis,) = plan.diagnoses
    assert diagnosis.diagnosed_by == "Ilse Brandt, PhD"
    assert diagnosis.diagnosed_on == dt.date(2022, 4, 17)


def test_notes_cell_without_statement_sets_nothing() -> None:
    plan = read_blocks([
        *_HEAD,
        "Diagnoses",
        [["ICD-10-CM", "Description", "Notes"],
         ["F84.0", "Autistic disorder", "primary; re-evaluation requested 04/17/2026"]],
        *_GOALS,
    ])
    (diagnosis,) = plan.diagnoses
    assert diagnosis.diagnosed_by is None
    assert diagnosis.diagnosed_on is None


# --- a row of labels over a row of values ------------------------------------------------------------------------------


def test_label_row_over_value_row() -> None:
    plan = read_blocks([
        "Outpatient Therapy Plan of Care",
        "Patient:\t\tDOB:",
        "Wendell Achebe\t\t09/14/1947",
        "MBI:\t\tEvaluation date / start of care:",
        "7QP3-HN8-XK21\t\t01/12/2026",
        "Plan of care date:\t\tCertification period:",
        "01/12/2026\t\t01/12/2026 to 04/11/2026",
        "Goals",
        "LTG 1: Wendell will walk 300 feet with a cane by 04/06/2026.",
    ])
    assert plan.patient.name == "Wendell Achebe"
    assert plan.patient.birth_date == dt.date(1947, 9, 14)
    assert plan.patient.member_id == "7QP3-HN8-XK21"
    assert plan.first_treatment_date == dt.date(2026, 1, 12)
    assert plan.plan_date == dt.date(2026, 1, 12)
    assert plan.period is not None and plan.period.end == dt.date(2026, 4, 11)


def test_label_row_over_row_of_other_shape_is_not_paired() -> None:
    # three values under two labels: no value is guessed for either label
    plan = read_blocks([
        "Outpatient Therapy Plan of Care",
        "Patient:\t\tDOB:",
        "see attached\t\tface sheet\t\tpage 2",
        "Goals",
        "LTG 1: Wendell will walk 300 feet with a cane by 04/06/2026.",
    ])
    assert plan.patient.birth_date is None


def test_label_with_tab_then_value_still_joined() -> None:
    assert line_text("Client:\tAna Ruiz") == "Client: Ana Ruiz"
    assert line_text("MBI:\t\tEvaluation date / start of care:") == "MBI:\t\tEvaluation date / start of care:"


# --- a short dot leader ------------------------------------------------------------------------------------------------


def test_short_dot_leader_before_colon() -> None:
    assert line_text("Date of Birth .: 05/12/1949") == "Date of Birth: 05/12/1949"
    assert line_text("Admission Date ...: 1/2/2026") == "Admission Date: 1/2/2026"
    # near misses: a full stop that ends a word stays
    assert line_text("Notes etc.: none") == "Notes etc.: none"
    assert line_text("Dr.: Jo Lee") == "Dr.: Jo Lee"


# --- OCR slips on a signature page ---------------------------------------------------------------------------------------


def test_ocr_letter_slips() -> None:
    assert ocr_letter_slips("C1ient signature: Ana Ruiz") == "Client signature: Ana Ruiz"
    assert ocr_letter_slips("Qualified Professiona1 review") == "Qualified Professional review"
    assert ocr_letter_slips("/s/ Renata 0kafor") == "/s/ Renata Okafor"
    # digits that are digits: dates, codes, IDs, numbered labels
    kept = "F33.1 G20.A1 x10 97153 Goal1 1234567893 01/02/2026 Obj 1a 10am"
    assert ocr_letter_slips(kept) == kept


def test_ocr_slips_read_on_signature_page() -> None:
    plan = read_blocks([
        *_HEAD,
        *_GOALS,
        "SIGNATURE PAGE",
        "C1ient signature: Noor Halvorsen   Date: 02/09/2026",
        "Therapist signature: /s/ Ida 0lsen, LCSW   Date: 02/09/2026",
        "Qualified Professiona1 review: Electronically signed by Rune Dahl, LMHC on 02/12/2026",
    ])
    roles = _roles(plan)
    assert ("client", "Noor Halvorsen", dt.date(2026, 2, 9)) in roles
    assert ("clinician", "Ida Olsen", dt.date(2026, 2, 9)) in roles
    assert ("supervisor", "Rune Dahl", dt.date(2026, 2, 12)) in roles


# --- the client's name heading a signature page ------------------------------------------------------------------------


def test_client_name_heading_signature_page_is_no_signature() -> None:
    plan = read_blocks([
        *_HEAD,
        *_GOALS,
        "SIGNATURE PAGE",
        "Client: Noor Halvorsen",
        "Therapist: Electronically signed by Ida Olsen, LCSW on 02/09/2026",
        "Parent/Guardian: Sigrid Halvorsen   Date: 02/10/2026",
    ])
    roles = _roles(plan)
    assert ("guardian", "Sigrid Halvorsen", dt.date(2026, 2, 10)) in roles
    assert not any(role == "client" for role, _, _ in roles)


def test_client_name_alone_stays_client_line() -> None:
    plan = read_blocks([
        *_HEAD,
        *_GOALS,
        "Signatures",
        "Client: Noor Halvorsen",
        "Therapist: Electronically signed by Ida Olsen, LCSW on 02/09/2026",
    ])
    assert any(role == "client" and name == "Noor Halvorsen" for role, name, _ in _roles(plan))


# --- labels in capitals with a gap -----------------------------------------------------------------------------------------


def test_capital_labels_in_services_are_facts() -> None:
    plan = read_blocks([
        *_HEAD,
        *_GOALS,
        "Services",
        "▪ Individual psychotherapy (90834) - 45 minutes - weekly",
        "TREATMENT MODALITIES  Acceptance and commitment therapy, sleep hygiene",
        "NEXT PLAN REVIEW  May 4, 2026",
    ])
    assert [s.code for s in plan.services] == ["90834"]
    assert any(r.date == dt.date(2026, 5, 4) for r in plan.reviews)


def test_capital_service_name_with_gap_stays_service() -> None:
    plan = read_blocks([
        *_HEAD,
        *_GOALS,
        "Services",
        "INDIVIDUAL PSYCHOTHERAPY  90834, 45 minutes, weekly",
    ])
    assert [s.code for s in plan.services] == ["90834"]


# --- a pasted payer e-mail ------------------------------------------------------------------------------------------------


def _mail_plan(service_line: str, mail_body: str) -> list[str]:
    return [
        *_HEAD,
        *_GOALS,
        "Services",
        service_line,
        "Payer correspondence (pasted):",
        "-----Original Message-----",
        "From: Care Review <review@example-plan.test>",
        "Sent: Tuesday, February 10, 2026 9:12 AM",
        "Subject: RE: psychotherapy request - N. Halvorsen",
        mail_body,
        "Care Review Nurse",
        "Crisis resources",
        "Call or text 988 at any time.",
    ]


def test_pasted_mail_fills_agreed_frequency() -> None:
    plan = read_blocks(_mail_plan(
        "Individual psychotherapy (90834) - 45 minutes - as agreed with the payer",
        "As discussed, psychotherapy 90834 (45 minutes) once weekly is approved through 08/09/2026.",
    ))
    (service,) = plan.services
    assert service.code == "90834"
    assert service.frequency is not None and service.frequency.count == 1 and service.frequency.per == "week"
    assert any("Original Message" in (t.text or "") for t in plan.free_text)


def test_pasted_mail_code_not_listed_makes_no_service() -> None:
    plan = read_blocks(_mail_plan(
        "Individual psychotherapy (90834) - 45 minutes - weekly",
        "Family psychotherapy 90847 (50 minutes) twice monthly is not approved.",
    ))
    assert [s.code for s in plan.services] == ["90834"]


def test_email_label_is_no_pasted_mail() -> None:
    plan = read_blocks([
        *_HEAD,
        "Email:",
        "noor@example.test",
        *_GOALS,
        "Services",
        "Individual psychotherapy (90834) - 45 minutes - weekly",
    ])
    assert [s.code for s in plan.services] == ["90834"]


# --- a caption under a sign-off line names its signer's role ---------------------------------------------------------------


def _captioned(line: str) -> list[str]:
    return [
        *_HEAD,
        *_GOALS,
        "Services",
        "Individual psychotherapy (90834) - 45 minutes - weekly",
        "Signatures",
        "Ida Olsen, LCSW    02/09/2026",
        "Therapist                                  Date",
        line,
        "Supervising counselor                                  Date",
    ]


def test_caption_names_supervisor_over_credential() -> None:
    roles = _roles(read_blocks(_captioned("Rune Dahl, LAADC    02/12/2026")))
    assert ("supervisor", "Rune Dahl", dt.date(2026, 2, 12)) in roles


def test_line_naming_its_own_role_keeps_it() -> None:
    roles = _roles(read_blocks(_captioned("Dr. Rune Dahl, MD    02/12/2026")))
    assert ("physician", "Rune Dahl", dt.date(2026, 2, 12)) in roles


# --- signer blocks in the cells of a signature table -------------------------------------------------------------------------


def test_signer_block_cells() -> None:
    plan = read_blocks([
        *_HEAD,
        *_GOALS,
        "Services",
        "Individual psychotherapy (90834) - 45 minutes - weekly",
        "Signatures",
        [["Noor Halvorsen\nClient signature\nDate: 02/09/2026",
          "e-signed: Ida Olsen, LCDC\nPrimary counselor\nDate: 02/09/2026"]],
    ])
    roles = _roles(plan)
    assert ("client", "Noor Halvorsen", dt.date(2026, 2, 9)) in roles
    assert ("clinician", "Ida Olsen", dt.date(2026, 2, 9)) in roles
    assert len(roles) == 2


def test_cells_without_caption_are_read_as_before() -> None:
    plan = read_blocks([
        *_HEAD,
        *_GOALS,
        "Services",
        "Individual psychotherapy (90834) - 45 minutes - weekly",
        "Signatures",
        [["Client: Noor Halvorsen\nDate: 02/09/2026", "Counselor: Ida Olsen, LCDC\nDate: 02/09/2026"]],
    ])
    roles = _roles(plan)
    assert ("client", "Noor Halvorsen", dt.date(2026, 2, 9)) in roles
    assert ("clinician", "Ida Olsen", dt.date(2026, 2, 9)) in roles


def test_attestation_cell_with_signature_line_is_read_as_before() -> None:
    plan = read_blocks([
        *_HEAD,
        *_GOALS,
        "Services",
        "Individual psychotherapy (90834) - 45 minutes - weekly",
        [["ATTESTATION: I attest that the member took part in writing this plan.\n\n"
          "Provider signature: /s/ Ida Olsen, PsyD          Date: 02/09/2026"]],
    ])
    roles = _roles(plan)
    assert ("clinician", "Ida Olsen", dt.date(2026, 2, 9)) in roles
    assert len(roles) == 1
