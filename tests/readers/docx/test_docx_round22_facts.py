"""Round 22, services, signatures and basic facts of long documents where the plan sits among other records:

- a medication list ("Medication | Dose | Route | Frequency | Prescriber") holds no plan facts: its frequencies are
  no services, its prescribers no providers;
- a log of what was already done or granted ("Authorization History", "Visit Log") is an earlier record: its rows are
  no services (a "Prior Authorization Request" is still the plan's own);
- in a table whose header row captions its columns ("Task | Frequency | Notes"), a cell under a caption is that
  column's value ("Each visit"), never the title of a section;
- a planning meeting's roster ("Name | Role | Present") names who attended, not who signed;
- an item of a bulleted list that only resembles a section title ("Visual schedule and checklists") is an item, not
  a heading;
- another document's sign-off filed with the plan ("Consent signed by: ... (client)", its date and witness below) is
  not a signature on the plan;
- "Supervising counselor" or "Medical director" over an e-signature stamp names the signer's role;
- "Plan update date" and "IEP meeting date" date the plan; a bare "Date" in the first row of a table under the plan's
  title is the plan's date;
- a line opened by a label naming an earlier episode ("Prior therapy: ... 2x/week for 8 weeks") states that episode's
  services and length, not the plan's.

Each test builds a small plan with python-docx; names and wording are invented. Each change has a near miss that
keeps its old reading.
"""

from __future__ import annotations

import datetime as dt

import docx

from authcheck.model import TreatmentPlan
from docx_helpers import add_table, read_blocks, read_document

_HEAD = [
    "Larkspur Behavioral Health",
    "Client: Odalys Brennecke    DOB: 03/11/1971",
    "Member ID: WT4480172",
]


def _read(blocks: list[object]) -> TreatmentPlan:
    return read_blocks([*_HEAD, *blocks])


# --- a medication list -----------------------------------------------------------------------------------------------


def test_medication_table_gives_no_services_or_prescribers() -> None:
    plan = _read([
        "Current Medications",
        [
            ["Medication", "Dose", "Route", "Frequency", "Prescriber"],
            ["Lamotrigine", "100 mg", "PO", "Twice a day", "Quentin Ashby, MD"],
            ["Melatonin", "3 mg", "PO", "At bedtime", "Quentin Ashby, MD"],
        ],
        "Services",
        [
            ["Service", "CPT", "Amount", "Frequency", "Provider"],
            ["Individual psychotherapy", "90834", "45 minutes", "Weekly", "Mirela Hofstad, LCSW"],
        ],
    ])
    assert [s.code for s in plan.services] == ["90834"]
    assert plan.services[0].frequency is not None and plan.services[0].frequency.per == "week"
    assert not any(p.name == "Quentin Ashby" for p in plan.providers)


def test_near_miss_a_services_table_with_a_frequency_column_is_still_read() -> None:
    plan = _read([
        "Services",
        [
            ["Service", "Amount", "Frequency", "Provider"],
            ["Family therapy (90847)", "50 minutes", "Twice a month", "Mirela Hofstad, LCSW"],
        ],
    ])
    assert [s.code for s in plan.services] == ["90847"]
    assert plan.services[0].frequency is not None and plan.services[0].frequency.count == 2


# --- a log of past authorizations or visits -------------------------------------------------------------------------


def test_authorization_history_rows_are_no_services() -> None:
    plan = _read([
        "Authorization History",
        "Authorizations on file, for reference.",
        [
            ["Auth #", "Service", "Units", "From", "To", "Status"],
            ["QA-118230", "90837 individual psychotherapy", "20 visits", "01/02/2024", "12/31/2024", "Closed"],
        ],
        "Treatment Plan",
        "Plan date: 02/02/2026",
        "Services",
        "Individual psychotherapy (90834): 45 minutes, weekly, for 6 months.",
    ])
    assert [s.code for s in plan.services] == ["90834"]


def test_near_miss_a_prior_authorization_request_is_the_plans_own() -> None:
    plan = _read([
        "Prior Authorization Request",
        [
            ["Service", "Units", "From", "To"],
            ["90837 individual psychotherapy", "24 visits", "02/02/2026", "07/31/2026"],
        ],
    ])
    assert [s.code for s in plan.services] == ["90837"]


def test_visit_log_rows_are_no_services() -> None:
    plan = _read([
        "Plan of Care",
        "Frequency: 2x/week for 8 weeks",
        "Visit Log",
        [
            ["Date", "Visit", "Codes billed", "Therapist"],
            ["01/05/2026", "Evaluation", "97161, 97110", "Ines Vollmer, DPT"],
            ["01/08/2026", "2", "97110, 97112", "Ines Vollmer, DPT"],
        ],
    ])
    assert not any(s.code in ("97161", "97110", "97112") for s in plan.services)


# --- a value under a column caption is no heading --------------------------------------------------------------------


def test_cell_under_a_frequency_caption_is_a_value_not_a_heading() -> None:
    plan = _read([
        "Home Health Orders",
        "SN 2w4 for medication teaching",
        "Aide Assignment Sheet",
        [
            ["Task", "Frequency", "Notes"],
            ["Tub bath with bench", "Each visit", "Stand-by assist"],
            ["Foot check", "Each visit", "Report sores"],
        ],
    ])
    descriptions = [s.description for s in plan.services]
    assert "Stand-by assist" not in descriptions and "Report sores" not in descriptions
    assert "SN" in descriptions


def test_near_miss_a_caption_cell_without_column_captions_above_still_opens_its_section() -> None:
    plan = _read([
        [["Orders", "PT 2w4 for gait training and transfers"]],
    ])
    assert [s.description for s in plan.services] == ["PT"]


# --- a meeting roster ------------------------------------------------------------------------------------------------


def test_meeting_participants_are_no_signers() -> None:
    plan = _read([
        "Meeting Participants",
        [
            ["Name", "Role", "Present"],
            ["Gerrit Lindahl", "Special education teacher", "Yes"],
            ["Petra Ossowski", "School psychologist", "No"],
        ],
    ])
    assert not any(s.name in ("Gerrit Lindahl", "Petra Ossowski") for s in plan.signatures)


def test_near_miss_a_signer_table_with_a_date_column_is_read() -> None:
    plan = _read([
        "Signatures",
        [
            ["Name", "Role", "Date signed"],
            ["Gerrit Lindahl", "Therapist", "02/03/2026"],
        ],
    ])
    assert [(s.name, s.date) for s in plan.signatures] == [("Gerrit Lindahl", dt.date(2026, 2, 3))]


# --- a bulleted list item is no heading ------------------------------------------------------------------------------


def _bullets(items: list[str], style: str = "List Bullet") -> TreatmentPlan:
    document = docx.Document()
    for line in [*_HEAD, "Classroom Supports"]:
        document.add_paragraph(line)
    for item in items:
        document.add_paragraph(item, style=style)
    return read_document(document)


def test_bullet_resembling_a_title_is_an_item_not_a_heading() -> None:
    plan = _bullets(["Seating near the teacher", "Visual schedule and checklists", "Breaks on request, up to 5 minutes"])
    assert plan.services == []


def test_near_miss_a_list_item_that_is_a_section_title_still_heads_its_section() -> None:
    document = docx.Document()
    for line in _HEAD:
        document.add_paragraph(line)
    document.add_paragraph("Services", style="List Number")
    document.add_paragraph("Individual psychotherapy (90834), 45 minutes weekly.")
    plan = read_document(document)
    assert [s.code for s in plan.services] == ["90834"]


# --- another document's sign-off -------------------------------------------------------------------------------------


def _consent_then_plan(client_line: str) -> TreatmentPlan:
    return _read([
        "Consent to Treatment",
        "I agree to take part in the services offered.",
        [["Consent signed by: Odalys Brennecke (client)\nDate: 09/22/2025\nWitness: Tobin Marsh, intake coordinator"]],
        "Treatment Plan",
        "Plan date: 10/06/2025",
        "Signatures",
        "Clinician: /s/ Halvard Quist, LPC    Date: 10/06/2025",
        client_line,
    ])


def test_consent_sign_off_is_not_a_signature_on_the_plan() -> None:
    plan = _consent_then_plan("Client signature: ______________    Date: __________")
    signers = [(s.role, s.name, s.date) for s in plan.signatures]
    assert ("client", "Odalys Brennecke", dt.date(2025, 9, 22)) not in signers
    assert not any(s.name == "Tobin Marsh" for s in plan.signatures)
    client = [s for s in plan.signatures if s.role == "client"]
    assert len(client) == 1 and client[0].signed is False


def test_near_miss_the_clients_signature_on_the_plan_is_kept() -> None:
    plan = _consent_then_plan("Client signature: /s/ Odalys Brennecke    Date: 10/07/2025")
    client = [s for s in plan.signatures if s.role == "client"]
    assert [(s.name, s.date) for s in client] == [("Odalys Brennecke", dt.date(2025, 10, 7))]


# --- signer headings over e-signature stamps -------------------------------------------------------------------------


def test_supervising_counselor_and_medical_director_headings_name_the_roles() -> None:
    plan = _read([
        "Signatures",
        "Primary counselor",
        "Electronically signed by Anneke Solberg, CADC-II on 01/20/2026 at 09:15 AM",
        "Supervising counselor",
        "Electronically signed by Dmitri Havel, LAADC on 01/22/2026 at 09:15 AM",
        "Medical director",
        "Electronically signed by Corrado Fenn, DO on 01/23/2026 at 09:15 AM",
    ])
    roles = {s.name: s.role for s in plan.signatures}
    assert roles == {"Anneke Solberg": "clinician", "Dmitri Havel": "supervisor", "Corrado Fenn": "physician"}


# --- the plan's date -------------------------------------------------------------------------------------------------


def test_plan_update_date_and_iep_meeting_date_date_the_plan() -> None:
    assert _read(["Treatment Plan", "Plan update date: 11/04/2025"]).plan_date == dt.date(2025, 11, 4)
    assert _read(["Annual IEP", [["IEP meeting date", "10/21/2025"]]]).plan_date == dt.date(2025, 10, 21)


def test_near_miss_an_update_due_or_an_iep_review_is_no_plan_date() -> None:
    plan = _read(["Treatment Plan", "Plan date: 11/04/2025", "Plan update due: 02/02/2026"])
    assert plan.plan_date == dt.date(2025, 11, 4)
    plan = _read(["Annual IEP", [["IEP annual review", "10/14/2026"]]])
    assert plan.plan_date != dt.date(2026, 10, 14)


def test_bare_date_opening_the_table_under_the_plans_title_is_the_plan_date() -> None:
    plan = _read([
        "Diagnoses",
        "F41.1 Generalized anxiety disorder",
        "INDIVIDUALIZED TREATMENT PLAN",
        [["Date", "01/12/2026", "Admission", "01/09/2026"], ["Level of care", "Outpatient", ""]],
    ])
    assert plan.plan_date == dt.date(2026, 1, 12)
    assert plan.admission_date == dt.date(2026, 1, 9)


def test_near_miss_a_bare_date_under_another_heading_or_lower_in_the_table_is_not_the_plan_date() -> None:
    plan = _read([
        "Diagnoses",
        "F41.1 Generalized anxiety disorder",
        "Lab work",
        [["Date", "12/24/2025", "Admission", "01/09/2026"]],
    ])
    assert plan.plan_date is None
    plan = _read([
        "Diagnoses",
        "F41.1 Generalized anxiety disorder",
        "INDIVIDUALIZED TREATMENT PLAN",
        [["Level of care", "Outpatient", "Admission", "01/09/2026"], ["Date", "12/24/2025", "", ""]],
    ])
    assert plan.plan_date is None


# --- an earlier episode's services -----------------------------------------------------------------------------------


def test_prior_therapy_line_gives_no_service_or_duration() -> None:
    plan = _read([
        "History of Present Condition",
        "Neck pain for 3 months.",
        "Prior therapy: physical therapy for neck pain in 2023, 2x/week for 8 weeks, partial relief.",
        "Plan of Treatment",
        "Frequency: 2x/week",
    ])
    assert plan.expected_duration is None
    assert all(s.duration is None for s in plan.services)
    assert not any(i.duration is not None for i in plan.interventions)


def test_near_miss_a_plan_line_stating_a_length_keeps_it() -> None:
    plan = _read([
        "Plan of Treatment",
        "Physical therapy: 2x/week for 8 weeks.",
    ])
    assert any(s.duration is not None and s.duration.value == 8 for s in plan.services) or (
        plan.expected_duration is not None and plan.expected_duration.value == 8
    )
