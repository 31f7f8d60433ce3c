"""Plan facts and services in more layouts (round 12): a table of the plan's treatments alone (no goal column) whose
rows name billing codes and say how often, a form's numbered box typed as a paragraph with its label and value set
apart by a wide gap and no colon, a plan's own initials in its date label ("TP date", "IPOC date"), a medication
list titled with the columns of each entry ("Medications: Dose/Frequency/Route"), and a session length written in
a requested service's name. Each document is built here with python-docx, in wordings of its own; each rule has a
near miss that must not be read."""

from __future__ import annotations

import datetime as dt

import docx
import pytest

from docx_helpers import add_table, read_blocks, read_document

D = dt.date


def _top(document: docx.Document, title: str = "Outpatient Plan of Care") -> None:
    document.add_paragraph(title)
    document.add_paragraph("Client: Perpetua Vasquez-Holm    DOB: 03/17/1968")
    document.add_paragraph("Plan date: 02/02/2026")


def _goals(document: docx.Document) -> None:
    document.add_heading("Goals", level=2)
    document.add_paragraph("Goal 1: Perpetua will lower her PHQ-9 from 18 to under 10 by 05/01/2026.")
    document.add_paragraph("Goal 2: Perpetua will return to work 3 days a week by 06/01/2026.")


def _services(plan) -> list[tuple[str | None, str | None]]:
    return [(s.code, s.description) for s in plan.services]


# --- a table of the plan's treatments alone: a coded row that says how often is a requested service -----------


def test_treatments_table_with_session_length_frequency_and_duration_requests_the_coded_service() -> None:
    document = docx.Document()
    _top(document)
    _goals(document)
    document.add_heading("Treatment / Interventions", level=2)
    add_table(document, [
        ["Modality", "Session length", "Frequency", "Duration"],
        ["Family psychotherapy (90847)", "50 minutes", "Every other week", "6 months"],
    ])
    plan = read_document(document)
    assert _services(plan) == [("90847", "Family psychotherapy")]
    service = plan.services[0]
    assert service.amount is not None and service.amount.minutes == 50
    assert service.frequency is not None and service.frequency.stated
    assert service.duration is not None and (service.duration.value, service.duration.unit) == (6, "month")
    assert service.source is not None and service.source.table == 0


def test_procedures_listed_one_a_line_in_one_cell_are_each_requested_for_the_row_length() -> None:
    plan = read_blocks([
        "PT Plan of Care",
        "Patient: Ambrose Keltie   DOB: 11/02/1949",
        "Plan of care date: 01/12/2026",
        "Long-term goals (8 weeks):",
        "LTG 1. Walk 1000 ft without a device.",
        "PLAN",
        [
            ["How often", "How long", "Procedures (CPT)"],
            ["3x/week", "8 weeks", "97112 Neuromuscular re-education\n97116 Gait training\n97750 Physical performance test (01/12/26)"],
        ],
    ])
    assert [s.code for s in plan.services] == ["97112", "97116"]  # the dated test was given once, on the day
    for service in plan.services:
        assert service.duration is not None and (service.duration.value, service.duration.unit) == (8, "week")
        assert service.frequency is not None and service.frequency.count == 3


def test_treatments_table_under_a_plan_heading_after_prose_goals() -> None:
    plan = read_blocks([
        "Speech-Language Plan of Treatment",
        "Client: Ines Marchbanks    DOB: 07/30/1957",
        "Date of plan: 03/02/2026",
        "Goals",
        "1. Ines will name 8 of 10 common objects with minimal cues by 05/29/2026.",
        "Plan of treatment",
        [
            ["Treatment", "Length of session", "How often", "How long"],
            ["Speech-language treatment 92507", "45 min", "twice weekly", "12 weeks"],
        ],
    ])
    assert [s.code for s in plan.services] == ["92507"]
    assert plan.services[0].amount is not None and plan.services[0].amount.minutes == 45
    assert plan.services[0].duration is not None and plan.services[0].duration.value == 12


@pytest.mark.parametrize(
    "row",
    [
        ["Individual therapy (CBT)", "45 minutes", "Weekly", "16 weeks"],  # no code: a treatment, no billed service
        ["Individual psychotherapy (90834)", "45 minutes", "", "16 weeks"],  # a code but no frequency
    ],
)
def test_treatments_table_rows_that_name_no_code_or_no_frequency_request_no_service(row: list[str]) -> None:
    document = docx.Document()
    _top(document)
    _goals(document)
    document.add_heading("Interventions", level=2)
    add_table(document, [["Modality", "Session length", "Frequency", "Duration"], row])
    plan = read_document(document)
    assert plan.services == []
    interventions = [i for _, i in plan.iter_interventions()]
    assert interventions and interventions[0].description.startswith(row[0].split(" (")[0])


def test_goal_grid_with_coded_interventions_requests_no_service_of_its_own() -> None:
    plan = read_blocks([
        "Treatment Plan",
        "Client: Rosalind Achebe-Lund   DOB: 09/09/1990",
        "Plan date: 01/20/2026",
        [
            ["Goal", "Objective", "Intervention", "Frequency"],
            ["Reduce panic attacks", "Panic attacks from 5 to 1 a week by 04/20/2026", "CBT for panic (90834)", "weekly"],
        ],
    ])
    assert plan.services == []  # a goal's treatment in a goal grid, kept as the goal's intervention


# --- a form's numbered box typed as a paragraph: its label, a wide gap, its value -------------------------------


def test_numbered_boxes_with_gaps_give_frequency_duration_treatments_and_period() -> None:
    plan = read_blocks([
        "Rehabilitation Plan of Treatment",
        "1. Patient  Oyelowo, Damaris",
        "4. DOB  05/05/1950",
        "8. Plan date   02/09/2026",
        "12. Plan of treatment  Gait training (97116), therapeutic activities (97530), home program.",
        "13. Freq / duration   2x wk x 6 wks, then 1x wk x 4 wks (10 weeks total)",
        "14. Certification period    From 02/09/2026 through 05/09/2026",
    ])
    assert plan.plan_date == D(2026, 2, 9)  # "Plan of treatment" names no date: box 12 is no plan date
    assert plan.period is not None and (plan.period.start, plan.period.end) == (D(2026, 2, 9), D(2026, 5, 9))
    stated = [s for s in plan.services if s.duration is not None]
    assert stated and stated[0].duration.value == 10 and stated[0].duration.unit == "week"
    assert stated[0].frequency is not None and stated[0].frequency.count == 2


def test_numbered_box_with_a_closing_bracket_and_a_duration_alone() -> None:
    plan = read_blocks([
        "Occupational Therapy Plan of Care",
        "Patient: Hollis Bramwell   DOB: 12/12/1944",
        "Plan of care date: 01/05/2026",
        "6) Frequency   3 times per week",
        "7) Duration    12 weeks",
    ])
    assert plan.services and plan.services[0].frequency is not None and plan.services[0].frequency.count == 3
    assert plan.expected_duration is not None and plan.expected_duration.value == 12
    assert plan.expected_duration.source is not None and plan.expected_duration.source.paragraph == 4


@pytest.mark.parametrize(
    "line",
    [
        "1. Frequency  of outbursts will drop to 2 per week",  # a numbered goal that opens with a field's word
        "3. Plan  to call her sister every Sunday",  # no billing code: not a treatment list
        "2. Duration  unknown at this time",  # no number, no frequency
        "4. Frequency / duration 2x/wk",  # no wide gap after the label (read elsewhere, not as a box)
    ],
)
def test_numbered_lines_that_are_no_box_value_are_not_read_as_one(line: str) -> None:
    from authcheck.readers.docx.label_split import box_gap_pair
    from authcheck.readers.docx.labels import strip_list_marker

    core = strip_list_marker(line)[0].strip()
    assert box_gap_pair(core) is None


def test_unnumbered_gap_line_is_left_to_the_other_readers() -> None:
    plan = read_blocks([
        "Treatment Plan",
        "Client: Solenne Marwick   DOB: 01/01/1980",
        "Plan date: 01/02/2026",
        "Goals",
        "Frequency  of arguments at home will fall to 1 a week.",
    ])
    assert plan.services == []


# --- a plan's own initials in its date label -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Resident: Ezra Quillfeather      Admit: 2/16/26      TP date: 2/20/26", D(2026, 2, 20)),
        ("Member: Ezra Quillfeather | Admission 02/01/2026 | IPOC date: 02/04/2026", D(2026, 2, 4)),
        ("Client: Ezra Quillfeather.  Date of TP: March 3, 2026", D(2026, 3, 3)),
    ],
)
def test_plan_date_label_written_with_the_plans_initials(line: str, expected: dt.date) -> None:
    plan = read_blocks(["TREATMENT PLAN", line, "Problem 1: Daily alcohol use.", "Goal: Ezra will stop drinking."])
    assert plan.plan_date == expected


def test_review_of_the_tp_is_not_the_plan_date() -> None:
    plan = read_blocks([
        "TREATMENT PLAN",
        "Resident: Ezra Quillfeather      Admit: 2/16/26",
        "TP review due: 3/20/26",
        "Problem 1: Daily alcohol use.",
    ])
    assert plan.plan_date is None
    assert [r.date for r in plan.reviews] == [D(2026, 3, 20)]


# --- a medication list titled with the columns of each entry ----------------------------------------------------


def test_medication_table_titled_with_its_columns_requests_no_service() -> None:
    plan = read_blocks([
        "Home Health Certification and Plan of Care",
        "Patient: Wilhelmina Osei   DOB: 04/04/1939",
        "Start of care: 01/10/2026",
        [["10. Medications: Dose/Frequency/Route  (N)ew (C)hanged"], ["Metoprolol 25 mg PO BID"], ["Tramadol 50 mg PO q8h PRN pain"]],
        "21. Orders for Discipline and Treatments",
        "SN 1w6 for cardiopulmonary assessment and medication teaching.",
    ])
    assert [s.description for s in plan.services] == ["SN"]


def test_medication_heading_with_its_columns_over_lines() -> None:
    plan = read_blocks([
        "Psychiatric Treatment Plan",
        "Client: Anselm Grieve   DOB: 10/10/1975",
        "Plan date: 02/14/2026",
        "Current medications: name / dose / frequency",
        "Lithium carbonate 300 mg twice daily",
        "Quetiapine 50 mg at bedtime as needed",
        "Services",
        "Individual psychotherapy (90834), 45 minutes, weekly",
    ])
    assert [s.code for s in plan.services] == ["90834"]


def test_services_heading_with_its_columns_still_reads_services() -> None:
    document = docx.Document()
    _top(document, "Treatment Plan")
    document.add_heading("Services: type / frequency / duration", level=2)
    document.add_paragraph("Group psychotherapy (90853), 90 minutes, twice weekly for 12 weeks")
    plan = read_document(document)
    coded = [s for s in plan.services if s.code]
    assert [s.code for s in coded] == ["90853"]
    assert coded[0].frequency is not None and coded[0].frequency.count == 2
    from authcheck.readers.docx.sections import match_section

    assert match_section("Services: type / frequency / duration").key in ("services", "frequency")
    assert match_section("Medications: dose / frequency / route").key == "other"


# --- a session length written in a requested service's name ----------------------------------------------------


@pytest.mark.parametrize(
    ("row", "minutes"),
    [
        (["90837", "Psychotherapy, 60 min (53+)", "1 session", "1x/week"], 60),
        (["90847", "Family psychotherapy 50-minute session", "", "every 2 weeks"], 50),
        (["90834", "Psychotherapy, 45 min", "38 minutes", "weekly"], 38),  # the amount column wins
    ],
)
def test_session_length_in_the_service_name(row: list[str], minutes: int) -> None:
    plan = read_blocks([
        "Plan of Service",
        "Individual served: Marisol Yearwood   DOB: 08/08/1966",
        "Plan start: 01-30-2026",
        "Authorized services",
        [["Code", "Service", "Amount", "Frequency"], row],
    ])
    assert plan.services[0].amount is not None and plan.services[0].amount.minutes == minutes


@pytest.mark.parametrize(
    "name",
    ["Group psychotherapy", "Day treatment, 3 hours per day", "Peer support 30 min per week"],
)
def test_service_name_with_no_session_length_gives_no_amount(name: str) -> None:
    plan = read_blocks([
        "Plan of Service",
        "Individual served: Marisol Yearwood   DOB: 08/08/1966",
        "Plan start: 01-30-2026",
        "Authorized services",
        [["Code", "Service", "Amount", "Frequency"], ["H2012", name, "1 session", "weekly"]],
    ])
    amount = plan.services[0].amount
    assert amount is None or amount.minutes is None


# --- two coded diagnoses in one row of a form (each box its own label), box numbers and all ---------------------


@pytest.mark.parametrize(
    "row",
    [
        ["9. Medical dx (ICD-10)", "M51.16 Intervertebral disc disorders with radiculopathy, lumbar region",
         "10. Treatment dx", "M54.50 Low back pain, unspecified"],
        ["Medical diagnosis", "M51.16 Intervertebral disc disorders with radiculopathy, lumbar region",
         "Tx dx", "M54.50 Low back pain, unspecified"],
    ],
)
def test_second_coded_diagnosis_in_the_next_box_of_a_form_row(row: list[str]) -> None:
    plan = read_blocks([
        "Plan of Treatment for Outpatient Rehabilitation",
        [["Patient", "Carla Ostrander-Bley", "DOB", "08/14/1953"], ["Plan date", "02/03/2026", "Onset", "12/29/2025"], row],
    ])
    assert [(d.code, d.description) for d in plan.diagnoses] == [
        ("M51.16", "Intervertebral disc disorders with radiculopathy, lumbar region"),
        ("M54.50", "Low back pain, unspecified"),
    ]
    source = plan.diagnoses[1].source
    assert source is not None and (source.table, source.row) == (0, 2) and "M54.50" in (source.text or "")


def test_second_diagnosis_box_in_a_typed_line() -> None:
    plan = read_blocks([
        "Therapy Plan of Care",
        "Patient: Carla Ostrander-Bley    DOB: 08/14/1953    Plan date: 02/03/2026",
        "Medical dx:  M17.11 Unilateral primary osteoarthritis, right knee     Treatment dx:  M25.661 Stiffness of right knee",
    ])
    assert [d.code for d in plan.diagnoses] == ["M17.11", "M25.661"]


def test_a_label_after_the_diagnosis_that_names_no_code_adds_no_diagnosis() -> None:
    plan = read_blocks([
        "Therapy Plan of Care",
        "Patient: Carla Ostrander-Bley    DOB: 08/14/1953    Plan date: 02/03/2026",
        "Medical dx:  M17.11 Unilateral primary osteoarthritis, right knee     Treatment dx:  same as above",
    ])
    assert [d.code for d in plan.diagnoses] == ["M17.11"]


def test_the_next_boxs_number_is_not_part_of_a_value() -> None:
    from authcheck.readers.docx.label_split import split_labels

    segments = split_labels("4. DOB:  08/14/1953  5. Plan date:  02/03/2026")
    assert [(s.label, s.value) for s in segments] == [("DOB", "08/14/1953"), ("Plan date", "02/03/2026")]
    segments = split_labels("Units:  4  Frequency:  2x/wk")  # a value that is a number alone is kept
    assert [(s.label, s.value) for s in segments] == [("Units", "4"), ("Frequency", "2x/wk")]
