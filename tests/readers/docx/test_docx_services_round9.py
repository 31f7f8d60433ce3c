"""Services, their frequency, amount and duration, and diagnoses in more layouts (round 9): a notice page whose
heading names services, a cell stacking several captions, visit and session labels, a sentence about the visits of
the order before it, hours under a "per week" heading, abbreviated and unit-naming column headers, form remarks and
later changes that are no service, a day program's days and hours, facts set apart by wide gaps with no colons, a
week-by-week visit grid, a discipline's heading over its orders, coded services under an "Hours:" label, a span
label naming what it spans, a past evaluation inside a diagnosis, and a diagnosis table nested in a layout cell.
Each document is built here with python-docx, in wordings of its own."""

from __future__ import annotations

import datetime as dt

import docx
import pytest

from authcheck.parsing import parse_amount, parse_hours_per_week
from authcheck.readers.docx.label_split import split_labels
from authcheck.readers.docx.labels import field_key
from authcheck.readers.docx.sections import match_section
from authcheck.readers.docx.tables import column_role
from docx_helpers import add_table, read_document

D = dt.date

_TOP = [
    "Outpatient Treatment Plan",
    "Client: Marisol Quintanilla-Freeborn    DOB: 02/14/1971",
    "Plan date: 03/02/2026",
    "Diagnosis: F41.1 Generalized anxiety disorder",
]


def _doc(*lines: str) -> docx.Document:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    return document


def _bold(document: docx.Document, text: str) -> None:
    document.add_paragraph().add_run(text).bold = True


# --- a notice's heading is no services section ----------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Your Rights as an Individual Receiving Services",
        "Rights of Persons Receiving Services",
        "Financial Policy for Services",
        "Attendance and cancellation policy",
        "Patient Rights and Responsibilities",
    ],
)
def test_notice_titles_are_no_content_section(title: str) -> None:
    assert match_section(title).key == "other"


def test_rights_and_signatures_stays_a_signature_section() -> None:
    assert match_section("Client rights and signatures").key == "signatures"


@pytest.mark.parametrize(
    "policy",
    [
        "Missed appointments: please call at least 24 hours ahead.",
        "Cancellations: give 48 hours notice or a fee may apply.",
        "Messages: returned within 24 hours on business days.",
    ],
)
def test_policy_lines_on_a_rights_page_are_no_services(policy: str) -> None:
    document = _doc(*_TOP, "Services", "Individual psychotherapy (90834), 45 minutes, weekly.")
    document.add_heading("Your Rights as an Individual Receiving Services", 2)
    document.add_paragraph(policy)
    plan = read_document(document)
    assert [s.code for s in plan.services] == ["90834"]


@pytest.mark.parametrize(
    "text", ["please call at least 24 hours ahead", "within 48 hours", "24 hours notice", "arrive 15 min before"]
)
def test_notice_and_deadlines_are_no_session_length(text: str) -> None:
    assert parse_amount(text) is None


# --- one cell stacking several captions ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "DIAGNOSES\nF10.21 Alcohol dependence, in remission\nF43.21 Adjustment disorder with depressed mood\n\n"
            "STRENGTHS\nSober 14 months; active in AA.",
            "TREATMENT\nIndividual psychotherapy, 90834, 45-minute sessions, every other week.\n\n"
            "DURATION\nSix months from the date established.",
        ),
        (
            "Diagnoses:\nF10.21 Alcohol dependence, in remission\nF43.21 Adjustment disorder with depressed mood\n"
            "Strengths:\nSober 14 months; close to his son.",
            "Treatment:\nIndividual psychotherapy, 90834, 45-minute sessions, every other week.\n"
            "Duration:\nSix months.",
        ),
    ],
)
def test_a_cell_stacking_captions_gives_each_its_own_lines(left: str, right: str) -> None:
    document = _doc("Outpatient Treatment Plan", "Client: Ruben Okafor-Lindahl    DOB: 08/11/1958")
    add_table(document, [[left, right]])
    plan = read_document(document)
    assert [d.code for d in plan.diagnoses] == ["F10.21", "F43.21"]
    assert plan.expected_duration is not None and plan.expected_duration.value == 6
    assert [s.code for s in plan.services] == ["90834"]


# --- visit and session labels -------------------------------------------------------------------------------------


@pytest.mark.parametrize("label", ["VISITS", "Visits", "Visit schedule", "Sessions per week"])
def test_a_visits_label_states_how_often(label: str) -> None:
    document = _doc("PHYSICAL THERAPY PLAN OF CARE")
    add_table(document, [["PATIENT", "Hollis Greenbaum", "EVALUATION DATE", "03/03/2026"],
                         ["PLAN OF CARE DATES", "03/03/2026 to 05/29/2026", label, "2 per week x 12 weeks"]])
    document.add_paragraph("TREATMENT")
    document.add_paragraph("97110 therapeutic exercise, 97140 manual therapy, home program.")
    plan = read_document(document)
    stated = [s for s in plan.services if s.frequency is not None]
    assert stated and stated[0].frequency.count == 2 and stated[0].frequency.per == "week"


@pytest.mark.parametrize("line", ["Sessions: 2 sessions/week x 16 weeks.", "Visits: 2 visits a week for 16 weeks"])
def test_a_sessions_line_under_a_code_table_gives_each_code_its_frequency(line: str) -> None:
    document = _doc("Cardiopulmonary Rehabilitation Plan", "Patient: Wendell Szczepanski", "Dx: J44.9 COPD")
    add_table(document, [["Code", "Service", "Units"], ["97110", "Therapeutic exercise", "2"],
                         ["97535", "Self-care / energy conservation training", "1"]])
    document.add_paragraph(line)
    plan = read_document(document)
    assert [(s.code, s.frequency.count if s.frequency else None) for s in plan.services] == [
        ("97110", 2),
        ("97535", 2),
    ]


def test_a_six_digit_code_in_a_code_column_is_kept_as_written() -> None:
    document = _doc("Therapy Plan", "Patient: Wendell Szczepanski", "Dx: J44.9 COPD")
    add_table(document, [["Code", "Service", "Units"], ["971100", "Therapeutic activities", "1"]])
    plan = read_document(document)
    assert [s.code for s in plan.services] == ["971100"]


# --- a sentence about the visits of the order before it -----------------------------------------------------------


@pytest.mark.parametrize("sentence", ["Visits up to 60 minutes.", "Each visit lasting 45-60 minutes."])
def test_the_length_of_the_visits_belongs_to_the_order(sentence: str) -> None:
    document = _doc("Home Health Plan of Care", "Patient: Odile Brankovic", "Dx: I50.32 Chronic diastolic heart failure")
    _bold(document, "Orders for Discipline and Treatments")
    document.add_paragraph(f"SN: 2w3, 1w6 — assess cardiopulmonary status, daily weights. {sentence}")
    document.add_paragraph("HHA: 2w4 — assist with bathing.")
    plan = read_document(document)
    assert [s.description for s in plan.services] == ["SN", "HHA"]
    assert plan.services[0].amount is not None and 60 in (plan.services[0].amount.minutes, plan.services[0].amount.minutes_max)


# --- hours under a heading that gives the period -------------------------------------------------------------------


@pytest.mark.parametrize("heading", ["Services requested per week", "Weekly hours requested", "Requested hours (per week)"])
def test_hours_under_a_per_week_heading_are_hours_per_week(heading: str) -> None:
    document = _doc("ABA Treatment Plan", "Client: Rosalind Haverkamp    DOB: 05/05/2017", "Dx: F84.0 Autism")
    _bold(document, heading)
    add_table(document, [["97153", "10 hours"], ["97155", "2 hours"], ["97156", "1 hour"]])
    plan = read_document(document)
    assert [(s.code, s.hours_per_week) for s in plan.services] == [("97153", 10), ("97155", 2), ("97156", 1)]


# --- column headers written short or naming the unit ---------------------------------------------------------------


@pytest.mark.parametrize(("header", "role"), [("Hrs/wk", "hours"), ("Hrs", "hours"), ("Min", "amount"),
                                             ("Freq", "frequency"), ("Hrs/mo", "hours")])
def test_short_headers(header: str, role: str) -> None:
    assert column_role(header) == role


def test_hours_per_week_column_in_short() -> None:
    document = _doc("ABA Treatment Plan", "Participant: Elias Brandt    DOB: 01/22/2019", "Dx: F84.0 Autism")
    _bold(document, "Requested services")
    add_table(document, [["Code", "Description", "Hrs/wk"], ["97153", "Direct 1:1 treatment by RBT", "18"],
                         ["97156", "Family guidance", "1"]])
    plan = read_document(document)
    assert [(s.code, s.hours_per_week) for s in plan.services] == [("97153", 18), ("97156", 1)]


@pytest.mark.parametrize(("header", "minutes"), [("Minutes", 60), ("Min", 60), ("Session (min)", 60)])
def test_a_bare_number_under_a_unit_header_is_a_session_length(header: str, minutes: int) -> None:
    document = _doc(*_TOP)
    _bold(document, "ORDERS / INTERVENTIONS")
    value = "60"
    add_table(document, [["Service", "CPT", header, "Frequency"],
                         ["Individual psychotherapy", "90837", value, "Weekly"]])
    plan = read_document(document)
    assert plan.services[0].amount is not None and plan.services[0].amount.minutes == minutes


# --- form remarks and later changes are no services -----------------------------------------------------------------


@pytest.mark.parametrize(
    "remark", ["Cosign: not required", "Interpreter: none", "Last updated by: Venkataraman, Priya"]
)
def test_a_form_remark_under_orders_is_no_service(remark: str) -> None:
    document = _doc(*_TOP)
    _bold(document, "ORDERS / INTERVENTIONS")
    add_table(document, [["Service", "CPT", "Minutes", "Frequency"],
                         ["Individual psychotherapy", "90837", "60", "Weekly"]])
    document.add_paragraph(remark)
    plan = read_document(document)
    assert [s.code for s in plan.services] == ["90837"]


@pytest.mark.parametrize(
    "line",
    [
        "Transition and discharge criteria: fade to 10 hrs/wk when Goals 1-4 are mastered.",
        "Hours will taper to 12 hrs/wk once the goals are met.",
        "Discharge plan: step down to 2x/month when stable.",
    ],
)
def test_a_later_change_is_no_service(line: str) -> None:
    document = _doc("ABA Treatment Plan", "Participant: Elias Brandt    DOB: 01/22/2019", "Dx: F84.0 Autism")
    _bold(document, "Requested services")
    add_table(document, [["Code", "Description", "Hours per week"], ["97153", "Direct treatment", "18"]])
    document.add_paragraph(line)
    plan = read_document(document)
    assert [s.code for s in plan.services] == ["97153"]


# --- a day program's days and hours ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hours"),
    [("5 days/week, 4 hours/day", 20), ("3 hours per day, 3 days a week", 9), ("4 hours/day", 28)],
)
def test_hours_a_day_on_so_many_days(text: str, hours: float) -> None:
    assert parse_hours_per_week(text) == hours


def test_days_a_week_and_hours_a_day_in_a_frequency_column() -> None:
    document = _doc(*_TOP)
    _bold(document, "Services")
    add_table(document, [["Service", "Frequency"], ["Day treatment program (groups)", "5 days/week, 4 hours/day"],
                         ["Individual counseling", "weekly, 50 min"]])
    plan = read_document(document)
    day = plan.services[0]
    assert (day.frequency.count, day.frequency.per, day.hours_per_week) == (5, "week", 20)


# --- facts set apart by wide gaps, with no colons ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Frequency 2x/wk   Duration 8 wks   Cert period 02/16/2026 to 05/16/2026",
         ["Frequency", "Duration", "Cert period"]),
        ("Freq 3x/week  Dur 6 weeks", ["Freq", "Dur"]),
        ("Plan date 01/02/2026   Review date 04/02/2026", ["Plan date", "Review date"]),
        ("Frequency 3x/week", ["Frequency"]),
    ],
)
def test_gap_separated_run_in_labels(text: str, labels: list[str]) -> None:
    assert [s.label for s in split_labels(text)] == labels


@pytest.mark.parametrize("text", ["Therapist  Jane Doe  01/02/2026", "Goals were reviewed  Patient agreed"])
def test_other_gapped_lines_keep_no_label(text: str) -> None:
    assert split_labels(text)[0].label is None


def test_gapped_frequency_and_duration_line_in_a_plan() -> None:
    document = _doc("Vestibular Rehabilitation Plan of Care", "Patient: Gideon Ashworth    DOB: 04/04/1950",
                    "Dx: H81.10 Benign paroxysmal vertigo",
                    "Treatment: canalith repositioning (95992), balance training (97112), home program.",
                    "Frequency 2x/wk   Duration 8 wks   Cert period 02/16/2026 to 05/16/2026")
    plan = read_document(document)
    assert plan.expected_duration is not None and plan.expected_duration.value == 8
    assert plan.period is not None and plan.period.end == D(2026, 5, 16)
    assert any(s.frequency is not None and s.frequency.count == 2 for s in plan.services)


# --- a week-by-week visit grid --------------------------------------------------------------------------------------


@pytest.mark.parametrize("order_header", ["Order", "Orders", "Visit order"])
def test_week_by_week_visit_grid(order_header: str) -> None:
    document = _doc("Home Health Plan of Care", "Patient: Lorraine Yazzie", "Dx: E11.65 Type 2 diabetes")
    _bold(document, "Visit plan")
    add_table(document, [["Discipline", order_header, "Wk1", "Wk2", "Wk3", "Wk4"],
                         ["SN", "2w2, 1w2", "2", "2", "1", "1"], ["HHA", "1w4", "1", "1", "1", "1"]])
    document.add_paragraph("SN: teach insulin pen use, glucose meter. HHA: bathing.")
    plan = read_document(document)
    assert [(s.description, s.frequency.count_max or s.frequency.count, s.duration.value) for s in plan.services] == [
        ("SN", 2, 4),
        ("HHA", 1, 4),
    ]


# --- a discipline's heading over its orders ---------------------------------------------------------------------------


def test_discipline_heading_names_its_orders() -> None:
    document = _doc("Plan of Care / Physician Orders", "Patient: Cleotha Washington    DOB: 07/01/1946",
                    "Primary Dx: E11.621 Type 2 diabetes mellitus with foot ulcer")
    document.add_heading("Skilled Nursing", 3)
    document.add_paragraph("Frequency: 3w2, 2w4, 1w3.")
    document.add_paragraph("Wound care R heel: cleanse with NS, change 3x/week and PRN.")
    document.add_paragraph("SN PRN visits for dressing dislodgement or signs of infection.")
    document.add_heading("Home Health Aide", 3)
    document.add_paragraph("2w8 for bathing (sponge bath, protect dressing).")
    plan = read_document(document)
    found = [(s.description, s.frequency.text if s.frequency else None) for s in plan.services]
    assert found[0] == ("Skilled Nursing", "3w2 2w4 1w3")
    assert plan.services[0].duration is not None and plan.services[0].duration.value == 9
    assert found[1][0] == "SN" and plan.services[1].frequency.prn and plan.services[1].frequency.count is None
    assert found[2] == ("Home Health Aide", "2w8")


# --- coded services under an "Hours:" label ---------------------------------------------------------------------------


def test_hours_label_listing_coded_services() -> None:
    document = _doc("ABA Treatment Plan (Annual)", "Participant: Quentin Vale    DOB: 03/22/2005",
                    "Dx: F84.0 Autistic disorder",
                    "Hours: 97153 — 10 h/wk (job site); 97155 — 2 h/wk; 97156 — 1 h/wk.")
    plan = read_document(document)
    assert [(s.code, s.hours_per_week) for s in plan.services] == [("97153", 10), ("97155", 2), ("97156", 1)]


# --- labels naming a span -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "key"),
    [
        ("Expected duration of IOP", "expected_duration"),
        ("Estimated length of stay in residential", "expected_duration"),
        ("Anticipated duration for PHP", "expected_duration"),
        ("Plan effective", "period"),
        ("Plan year", "period"),
        ("Period covered", "period"),
    ],
)
def test_span_labels(label: str, key: str) -> None:
    assert field_key(label) == key


def test_frequency_of_a_behavior_is_no_field() -> None:
    assert field_key("Frequency of falls") is None


def test_plan_effective_range_is_the_period() -> None:
    document = _doc("Annual Treatment Plan Update")
    add_table(document, [["Client name", "Rosalind Haverkamp", "Client DOB", "05/05/2017"],
                         ["Plan completed", "02/16/2026", "Plan effective", "03/01/2026 to 02/28/2027 (12 months)"]])
    plan = read_document(document)
    assert plan.period is not None and (plan.period.start, plan.period.end) == (D(2026, 3, 1), D(2027, 2, 28))


# --- a past evaluation inside a diagnosis -------------------------------------------------------------------------------


def test_a_re_evaluation_inside_a_diagnosis_is_no_next_review() -> None:
    document = _doc("ABA Treatment Plan", "Participant: Quentin Vale    DOB: 03/22/2005",
                    "Plan written: 01/05/2026",
                    "Dx: F84.0 Autistic disorder (adult re-evaluation 11/14/2023, Harriet Lind, PhD).",
                    "Annual review: 01/04/2027")
    plan = read_document(document)
    assert [r.date for r in plan.reviews] == [D(2027, 1, 4)]
    assert [d.code for d in plan.diagnoses] == ["F84.0"]


# --- a diagnosis table nested in a layout cell --------------------------------------------------------------------------


@pytest.mark.parametrize("header", [("Diagnosis", "Code"), ("Description", "ICD-10")])
def test_diagnosis_table_nested_in_a_layout_cell(header: tuple[str, str]) -> None:
    document = _doc("Home Care Plan of Care", "Patient: Winifred Oduya    DOB: 04/09/1942")
    layout = document.add_table(rows=1, cols=2)
    layout.cell(0, 0).text = "Certification 03/09/2026 - 05/07/2026"
    right = layout.cell(0, 1)
    inner = right.add_table(rows=3, cols=2)
    for r, row in enumerate([header, ("Heart failure, unspecified", "I50.9"), ("Atrial fibrillation", "I48.91")]):
        for c, text in enumerate(row):
            inner.cell(r, c).text = text
    right.add_paragraph().add_run("Disciplines and frequency").bold = True
    right.add_paragraph("SN 1w8 + PRN x 3 for symptoms of fluid overload.")
    plan = read_document(document)
    assert [d.code for d in plan.diagnoses] == ["I50.9", "I48.91"]


@pytest.mark.parametrize("label", ["Modality", "Type of service", "CPT code"])
def test_a_label_alone_in_a_services_grid_is_no_service(label: str) -> None:
    document = _doc(*_TOP)
    _bold(document, "SERVICES")
    add_table(document, [[label, "☒ Individual psychotherapy   ☐ Group   ☐ Family"],
                         ["Frequency — individual", "☐ 2x/week   ☒ 1x/week   ☐ monthly"]])
    plan = read_document(document)
    assert all((s.description or "").lower() != label.lower() for s in plan.services)
