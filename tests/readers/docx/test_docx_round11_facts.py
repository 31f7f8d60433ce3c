"""Plan facts, services and diagnoses in more layouts (round 11): who made a diagnosis and when on a line of its own
under the coded diagnosis (or in a "Diagnosis:" row holding only a date and a clinician), a form row with the codes in
one box and their names in the next, an agency's letterhead box whose name holds a section word, a "Visit" column
beside a "Frequency" column, the paperwork's history and the plan's record keeping under a services heading, a
length in hours beside how often, a services table's header row inside a larger form, a service named with its code
in one cell, services to be requested later, a note on where the listed services are given, and a plan-level value
that runs on into a sentence saying when the plan will be reviewed. Each document is built here with python-docx,
in wordings of its own; each rule has a near miss that must not be read."""

from __future__ import annotations

import datetime as dt

import docx
import pytest

from authcheck.readers.phrases import ServiceText, fill_quantities, made_note
from docx_helpers import add_table, read_blocks, read_document

D = dt.date


def _doc(*lines: str) -> docx.Document:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    return document


def _heading(document: docx.Document, text: str) -> None:
    document.add_heading(text, level=2)


def _top(document: docx.Document) -> None:
    document.add_paragraph("Behavior Treatment Plan")
    document.add_paragraph("Client: Tobiah Wrenfield-Ocampo    DOB: 06/02/2019")
    document.add_paragraph("Plan date: 02/10/2026")


# --- who made the diagnosis and when, on a line of its own under it -------------------------------------------


@pytest.mark.parametrize(
    ("statement", "by", "on"),
    [
        ("Dx made 3/4/2023 by Dr. Ana Ruiz-Patel, PhD; evaluation report on file.", "Ana Ruiz-Patel, PhD", D(2023, 3, 4)),
        (
            "Evaluated and diagnosed on 05/06/2021 by Marta Silva, MD (developmental pediatrics); ADI-R.",
            "Marta Silva, MD",
            D(2021, 5, 6),
        ),
        ("Diagnosed November 3, 2022 by Keiko Brandt, PsyD, clinical psychologist.", "Keiko Brandt, PsyD", D(2022, 11, 3)),
        ("(diagnosis by Dr. Femi Adeyemi, MD, child psychiatrist, 8/19/2020)", "Femi Adeyemi, MD", D(2020, 8, 19)),
    ],
)
def test_statement_line_under_coded_diagnosis(statement: str, by: str, on: dt.date) -> None:
    document = docx.Document()
    _top(document)
    _heading(document, "Diagnoses")
    document.add_paragraph("F84.0 Autism spectrum disorder, level 1 (primary)")
    document.add_paragraph(statement)
    _heading(document, "Background")
    document.add_paragraph("Tobiah is 6 and attends first grade.")
    plan = read_document(document)
    assert [d.code for d in plan.diagnoses] == ["F84.0"]
    assert plan.diagnoses[0].diagnosed_by == by
    assert plan.diagnoses[0].diagnosed_on == on


def test_statement_in_a_one_column_table_documents_the_row_above() -> None:
    plan = read_blocks(
        [
            "Intake Treatment Plan",
            "Client: Orla Manzanares-Tiede   DOB: 01/30/2012",
            "Diagnosis",
            [["F90.2 Attention-deficit hyperactivity disorder, combined type"],
             ["Diagnosed 10/14/2024 by Priyanka Desai-Olsen, MD, pediatric neurologist."]],
            "Goals",
        ]
    )
    assert [d.code for d in plan.diagnoses] == ["F90.2"]
    assert plan.diagnoses[0].diagnosed_by == "Priyanka Desai-Olsen, MD"
    assert plan.diagnoses[0].diagnosed_on == D(2024, 10, 14)


def test_short_name_points_at_the_listed_diagnosis_it_names() -> None:
    document = docx.Document()
    _top(document)
    _heading(document, "Diagnostic impressions")
    document.add_paragraph("F84.0 Autistic disorder (primary)")
    document.add_paragraph("F41.1 Generalized anxiety disorder")
    document.add_paragraph("GAD diagnosed 2/2/2024 by Lionel Park, PsyD.")
    plan = read_document(document)
    assert [d.code for d in plan.diagnoses] == ["F84.0", "F41.1"]
    assert plan.diagnoses[1].diagnosed_by == "Lionel Park, PsyD"
    assert plan.diagnoses[0].diagnosed_by is None  # the statement names the anxiety disorder only


def test_diagnosis_row_holding_only_a_date_and_a_clinician() -> None:
    document = docx.Document()
    _top(document)
    _heading(document, "Diagnosis")
    document.add_paragraph("F84.0 Autistic disorder")
    document.add_paragraph("Diagnosis: 06/30/2022, Omar Haddad-Lund, PsyD, licensed psychologist.")
    plan = read_document(document)
    assert [d.code for d in plan.diagnoses] == ["F84.0"]
    assert plan.diagnoses[0].diagnosed_by == "Omar Haddad-Lund, PsyD"
    assert plan.diagnoses[0].diagnosed_on == D(2022, 6, 30)


def test_near_miss_short_name_of_an_unlisted_condition_stays_a_diagnosis() -> None:
    document = docx.Document()
    _top(document)
    _heading(document, "Diagnosis")
    document.add_paragraph("F84.0 Autistic disorder")
    document.add_paragraph("ADHD diagnosed 09/09/2019 by Dr. Ines Lavigne, MD.")
    plan = read_document(document)
    assert plan.diagnoses[0].diagnosed_by is None  # not the autism diagnosis's
    uncoded = [d for d in plan.diagnoses if d.code is None]
    assert len(uncoded) == 1 and uncoded[0].description == "ADHD"


@pytest.mark.parametrize(
    "text",
    [
        "Diagnosed 2021 by Dana Lee, PhD: autistic disorder",  # the statement introduces a condition
        "Diagnosed 03/02/2024 by Dana Lee, PhD; also meets criteria for social anxiety disorder",
        "Anxiety and low mood diagnosed 03/02/2024 by Dana Lee, PhD",  # names conditions, no short name
        "F84.0 Autistic disorder, diagnosed 03/02/2024 by Dana Lee, PhD",  # a coded line
        "Comprehensive evaluation is scheduled for 05/2026",
    ],
)
def test_made_note_near_misses(text: str) -> None:
    assert made_note(text) is None


# --- a form row with the codes in one box and their names in the next ------------------------------------------


def test_codes_box_and_names_box_of_one_row_pair_line_by_line() -> None:
    document = _doc("HOME HEALTH CERTIFICATION AND PLAN OF CARE")
    add_table(
        document,
        [
            ["1. Patient HI Claim No.\n2HT7-QW3-RT55", "3. Certification Period\nFrom: 02/01/2026 To: 03/31/2026"],
            ["11. ICD-10-CM\nI10", "Principal Diagnosis\nEssential (primary) hypertension"],
            ["13. ICD-10-CM\nN18.30\nE78.5", "Other Pertinent Diagnoses\nChronic kidney disease, stage 3 unspecified\nHyperlipidemia, unspecified"],
        ],
    )
    plan = read_document(document)
    pairs = [(d.code, d.description) for d in plan.diagnoses]
    assert pairs == [
        ("I10", "Essential (primary) hypertension"),
        ("N18.30", "Chronic kidney disease, stage 3 unspecified"),
        ("E78.5", "Hyperlipidemia, unspecified"),
    ]
    assert plan.diagnoses[0].primary and not plan.diagnoses[1].primary


def test_name_box_before_code_box_pairs_too() -> None:
    document = _doc("Plan of Care")
    add_table(
        document,
        [
            ["Primary diagnosis\nAge-related osteoporosis without current fracture", "ICD-10\nM81.0"],
            ["Secondary diagnosis\nMuscle weakness (generalized)", "ICD-10\nM62.81"],
        ],
    )
    plan = read_document(document)
    assert [(d.code, d.description) for d in plan.diagnoses] == [
        ("M81.0", "Age-related osteoporosis without current fracture"),
        ("M62.81", "Muscle weakness (generalized)"),
    ]


def test_near_miss_name_in_another_row_is_not_paired() -> None:
    document = _doc("Plan of Care")
    add_table(
        document,
        [
            ["ICD-10-CM\nI50.9", "Onset\n01/05/2026"],
            ["Other diagnoses\nRepeated falls", "Onset\n01/20/2026"],
        ],
    )
    plan = read_document(document)
    coded = [d for d in plan.diagnoses if d.code == "I50.9"]
    assert coded and coded[0].description is None
    assert any(d.code is None and d.description == "Repeated falls" for d in plan.diagnoses)


# --- an agency's letterhead box -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "letterhead",
    [
        "Hillside Family Counseling Services\nOutpatient mental health clinic\n(555) 201-3344",
        "Cedar Row Behavioral Health Services\nLicensed community clinic\n44 Elm St, Dayton, OH 45402",
    ],
)
def test_letterhead_box_is_no_services_section(letterhead: str) -> None:
    document = docx.Document()
    add_table(document, [[letterhead, "Treatment Plan"]])
    document.add_paragraph("Client: Rosalind Achebe-Furst    DOB: 07/07/1980")
    document.add_paragraph("Plan date: 01/12/2026")
    _heading(document, "Services")
    add_table(document, [["Service", "Code", "Amount", "Frequency"], ["Individual psychotherapy", "90834", "45 minutes", "Weekly"]])
    plan = read_document(document)
    assert [s.code for s in plan.services] == ["90834"]


def test_near_miss_captioned_services_box_still_reads_its_service() -> None:
    document = docx.Document()
    document.add_paragraph("Client: Rosalind Achebe-Furst    DOB: 07/07/1980")
    add_table(document, [["SERVICES\nIndividual therapy 45 minutes weekly", "FREQUENCY REVIEW\nEvery 90 days"]])
    plan = read_document(document)
    assert any(s.frequency is not None and s.frequency.per == "week" for s in plan.services)


# --- a "Visit" column beside the "Frequency" column --------------------------------------------------------------


@pytest.mark.parametrize("visit_header", ["Visit", "Per visit", "Visit length"])
def test_visit_column_is_not_the_frequency(visit_header: str) -> None:
    document = _doc("Home Health Plan of Care", "Patient: Edwin Tarrant-Boyd   DOB: 03/03/1941")
    _heading(document, "Disciplines ordered")
    add_table(
        document,
        [
            ["Discipline", "HCPCS", visit_header, "Frequency", "Duration"],
            ["Skilled nursing", "G0299", "1 visit", "3w2, 2w3", "5 weeks"],
            ["Occupational therapy", "G0152", "45 minutes", "2w4", "4 weeks"],
        ],
    )
    plan = read_document(document)
    frequencies = [s.frequency.text if s.frequency else None for s in plan.services]
    assert frequencies == ["3w2, 2w3", "2w4"]


# --- the paperwork's history and record keeping under a services heading ---------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Plan faxed to physician 01/20/2026",
        "Copy given to client: 2/3/2026",
        "Data collection: trial data are recorded at every session and graphed weekly.",
        "Progress monitoring: graphs reviewed weekly by the supervising BCBA",
        "Session notes are completed within 24 hours of each visit.",
    ],
)
def test_paperwork_lines_under_services_are_no_service(note: str) -> None:
    document = _doc("Treatment Plan", "Client: Hollis Brandvold   DOB: 11/11/1990")
    _heading(document, "Requested Services")
    document.add_paragraph("Individual therapy (90837) 60 minutes weekly")
    document.add_paragraph(note)
    plan = read_document(document)
    assert [s.code for s in plan.services] == ["90837"]


def test_near_miss_uncoded_service_with_how_often_is_read() -> None:
    document = _doc("Treatment Plan", "Client: Hollis Brandvold   DOB: 11/11/1990")
    _heading(document, "Requested Services")
    document.add_paragraph("Individual therapy (90837) 60 minutes weekly")
    document.add_paragraph("Parent training: 1 hour every other week")
    plan = read_document(document)
    assert len(plan.services) == 2
    assert plan.services[1].frequency is not None


# --- a length in hours beside how often ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "frequency"),
    [("Daily (24-hour)", "Daily"), ("2 hours twice a week", "twice a week"), ("Weekly, 1 hour", "Weekly")],
)
def test_hours_length_beside_how_often(phrase: str, frequency: str) -> None:
    item = ServiceText()
    assert fill_quantities([phrase], item) == []
    assert item.frequency == frequency


def test_near_miss_hours_per_session_keep_their_reading() -> None:
    item = ServiceText()
    fill_quantities(["2 hours per session twice weekly"], item)
    assert item.frequency == "twice weekly" and item.amount == "2 hours per session"


def test_residential_day_rate_row_has_its_frequency() -> None:
    document = _doc("Residential Treatment Plan", "Client: Marek Oyelaran   DOB: 04/04/1979")
    _heading(document, "Services")
    add_table(
        document,
        [["Service", "Code", "Amount", "Frequency", "Duration"], ["Residential care", "H2036", "per diem", "Daily (24 hours)", "45 days"]],
    )
    plan = read_document(document)
    assert plan.services[0].frequency is not None and plan.services[0].frequency.per == "day"


# --- a services table's header row inside a larger form -------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [["Service (code)", "Amount", "Frequency", "Duration"], ["Service", "Session length", "How often", "Duration"]],
)
def test_services_header_inside_a_form(header: list[str]) -> None:
    rows = [
        ["TREATMENT PLAN"] * 4,
        ["Client", "Wilhelmina Otterbein", "DOB", "9/9/1966"],
        ["Date plan developed", "1/9/2026", "Record #", "TP-4410"],
        ["D. SERVICES"] * 4,
        header,
        ["Group psychotherapy (90853)", "90 min", "twice weekly", "3 months"],
        ["Individual psychotherapy (90832)", "30 min", "every other week", "3 months"],
        ["Expected duration of treatment", "3 months", "3 months", "3 months"],
        ["E. SIGNATURES"] * 4,
    ]
    document = docx.Document()
    table = add_table(document, rows)
    for r in (0, 3, 8):
        table.cell(r, 0).merge(table.cell(r, 3))
    for c in (1, 2, 3):  # a merged label/value row: one label, one value across three cells
        table.cell(7, c).text = ""
    table.cell(7, 1).merge(table.cell(7, 3)).text = "3 months"
    plan = read_document(document)
    assert [(s.code, s.description) for s in plan.services] == [
        ("90853", "Group psychotherapy"),
        ("90832", "Individual psychotherapy"),
    ]
    assert [s.frequency.text for s in plan.services if s.frequency] == ["twice weekly", "every other week"]
    assert all(s.amount is not None for s in plan.services)


# --- services this plan does not request, and notes on the services listed --------------------------------------


@pytest.mark.parametrize(
    "later",
    [
        "Services in home and clinic, Monday-Friday. Reassessment (97151) will be requested separately before the review.",
        "Social skills group (97158) to be requested at the next authorization.",
        "Reassessment (97151) requested separately.",
    ],
)
def test_service_requested_later_is_not_requested_now(later: str) -> None:
    plan = read_blocks(
        [
            "ABA Treatment Plan",
            "Learner: Quillon Abernathy-Ruiz   DOB: 02/02/2020",
            "Requested Services",
            [["CPT", "Service", "Hours/Week"], ["97153", "Adaptive behavior treatment by protocol", "18 hours/week"]],
            later,
        ]
    )
    assert [s.code for s in plan.services] == ["97153"]


@pytest.mark.parametrize(
    "note",
    [
        "RBT services delivered in clinic 3 days a week and at school 2 days a week.",
        "All sessions are held in the home, Monday through Thursday.",
        "Direct hours split between home and school, 4 days a week.",
    ],
)
def test_note_on_where_the_listed_services_are_given(note: str) -> None:
    plan = read_blocks(
        [
            "ABA Treatment Plan",
            "Learner: Quillon Abernathy-Ruiz   DOB: 02/02/2020",
            "Requested Services",
            [["CPT", "Service", "Hours/Week"], ["97153", "Adaptive behavior treatment by protocol (RBT)", "18 hours/week"]],
            note,
        ]
    )
    assert [s.code for s in plan.services] == ["97153"]


def test_near_miss_another_named_service_after_coded_ones_is_read() -> None:
    plan = read_blocks(
        [
            "ABA Treatment Plan",
            "Learner: Quillon Abernathy-Ruiz   DOB: 02/02/2020",
            "Requested Services",
            [["CPT", "Service", "Hours/Week"], ["97153", "Adaptive behavior treatment by protocol (RBT)", "18 hours/week"]],
            "Speech therapy sessions 2 times a week with the school SLP",
        ]
    )
    assert len(plan.services) == 2
    assert plan.services[1].frequency is not None


# --- a plan-level value running on into a review sentence -----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "due"),
    [
        ("Date of plan: 2/10/2026.  Auth. requested 2/16/2026 thru 8/15/2026.  Plan will be reviewed by 8/3/2026 (or sooner).", D(2026, 8, 3)),
        ("Plan date: 03/01/2026. This plan will be re-evaluated by 06/01/2026.", D(2026, 6, 1)),
        ("Admission date: 1/5/2026. Review is due 04/05/2026 with the family.", D(2026, 4, 5)),
        ("Plan date: 03/01/2026. Next review 06/01/2026.", D(2026, 6, 1)),
    ],
)
def test_run_on_review_sentence(line: str, due: dt.date) -> None:
    plan = _plan_with(line)
    assert [(r.date, r.completed) for r in plan.reviews] == [(due, False)]


def test_near_miss_run_on_sentence_without_a_review_date() -> None:
    plan = _plan_with("Plan date: 03/01/2026. Reviewed with the client and her mother.")
    assert plan.reviews == []


def _plan_with(line: str):
    document = _doc("ABA plan", "Child: Saoirse Benedetti-Kahn", line)
    _heading(document, "Goals")
    document.add_paragraph("1. Saoirse will request help with 2-word phrases in 80% of opportunities by 7/31/2026")
    return read_document(document)


# --- coded services ordered with how often, written under the goals ---------------------------------------------


@pytest.mark.parametrize(
    ("order", "codes"),
    [
        ("OT 3x/week x 6 weeks (97530, 97535)", ["97530", "97535"]),
        ("Skilled PT 97110 and 97140 twice weekly for 8 weeks", ["97110", "97140"]),
    ],
)
def test_coded_order_under_goals_is_a_service(order: str, codes: list[str]) -> None:
    document = _doc("THERAPY PLAN OF CARE", "Pt: Lorcan Vasquez-Mayhew   DOB 7/1/1950", "Dx: M17.11 Primary osteoarthritis, right knee")
    document.add_paragraph("Goals")
    document.add_paragraph("1) Pt will climb 12 stairs with rail, modified independent, by 3/30/2026")
    document.add_paragraph("2) Pt will walk 300 ft without device in 6 min by 3/30/2026")
    document.add_paragraph(order)
    plan = read_document(document)
    assert [s.code for s in plan.services] == codes
    assert all(s.frequency is not None and s.frequency.per == "week" for s in plan.services)
    assert len([g for _, g in plan.iter_goals()]) == 2


def test_near_miss_goal_with_how_often_and_no_code_stays_a_goal() -> None:
    document = _doc("THERAPY PLAN OF CARE", "Pt: Lorcan Vasquez-Mayhew   DOB 7/1/1950")
    document.add_paragraph("Goals")
    document.add_paragraph("1) Pt will climb 12 stairs with rail, modified independent, by 3/30/2026")
    document.add_paragraph("2) Pt will do his home exercise program 5x/week by 3/30/2026")
    plan = read_document(document)
    assert plan.services == []
    assert len([g for _, g in plan.iter_goals()]) == 2
