"""Plan facts, round 16: services, diagnoses and the authorization period.

- who made a diagnosis and when, set off from it by a dash ("F84.0 Autistic disorder — Dana Lee, PsyD, evaluation
  of 4 May 2025");
- "Authorization requested" over (or before) a date span is the period the request covers;
- a sentence giving the grounds of the requested hours ("Hours are based on ...") is no service;
- a SOAP note's "P:" line, after its "S:", "O:" and "A:" lines, orders the treatments it names;
- the word joining two phases of a schedule ("..., then 2x/wk x 6 wks. 97110") names no service;
- a services grid with no header row ("97153 | name | 10 hrs/week") is read one service a row;
- a row of short captions over one row of values, half of them known labels, is a form laid out in columns (the
  other captions' values are no diagnoses under a diagnosis caption).

Each test builds a small plan with python-docx; names and wording are invented. Near misses keep their reading.
"""

from __future__ import annotations

import datetime as dt

from authcheck.model import TreatmentPlan
from authcheck.readers.phrases.diagnoses import parse_diagnoses
from authcheck.readers.phrases.services import parse_service
from docx_helpers import read_blocks


def _made(text: str) -> list[tuple[str | None, str | None, str | None, dt.date | None]]:
    return [(d.code, d.description, d.diagnosed_by, d.diagnosed_on) for d in parse_diagnoses(text)]


def _services(plan: TreatmentPlan) -> list[tuple[str | None, float | None]]:
    return [(s.code, s.hours_per_week) for s in plan.services]


# --- who made a diagnosis, after a dash ---------------------------------------------------------------------------


def test_maker_and_date_after_a_dash() -> None:
    assert _made("F90.2 ADHD, combined type — Wendell Achterberg, PhD, child psychologist, evaluation of 9 March 2024.") == [
        ("F90.2", "ADHD, combined type", "Wendell Achterberg, PhD", dt.date(2024, 3, 9))
    ]
    assert _made("F84.0 Autistic disorder – Dr. Ottoline Brask, MD, 07/22/2023") == [
        ("F84.0", "Autistic disorder", "Ottoline Brask, MD", dt.date(2023, 7, 22))
    ]
    # the first of two diagnoses on a line, the statement ending at the semicolon
    found = _made("F41.1 Generalized anxiety disorder - Pim Oduya, LCSW, intake assessment on 2/3/2025; F51.01 Insomnia")
    assert found[0][2:] == ("Pim Oduya, LCSW", dt.date(2025, 2, 3)) and found[1][2:] == (None, None)


def test_dash_without_a_maker_keeps_its_reading() -> None:
    # near misses: a severity and an onset, a pointer to a report, no credential
    for text in (
        "F32.1 Major depressive disorder — moderate, onset March 2025",
        "F84.0 Autism — see the report by Dana Lee, PhD, 2024 for details",
        "F80.2 Mixed receptive-expressive language disorder — Ms. Kettering, 01/09/2025",
    ):
        assert all(d[2] is None and d[3] is None for d in _made(text)), text


def test_dashed_maker_on_a_plan() -> None:
    plan = read_blocks([
        "ABA Treatment Plan",
        "Client: Rosalind Ekwueme    DOB: 05/14/2020",
        "Diagnoses",
        "Primary: F84.0 Autism spectrum disorder — Calloway Finch, PsyD, licensed psychologist, 12 October 2025.",
    ])
    dx = plan.diagnoses[0]
    assert (dx.code, dx.diagnosed_by, dx.diagnosed_on) == ("F84.0", "Calloway Finch, PsyD", dt.date(2025, 10, 12))


# --- the period of an authorization request -----------------------------------------------------------------------


def test_authorization_requested_is_the_period() -> None:
    plan = read_blocks([
        "Behavior Treatment Plan",
        [
            ["Learner", "Birth date", "Plan date"],
            ["Tobiah Marchetti", "03/30/2019", "02/02/2026"],
            ["Authorization requested", "Next review", "Caregiver"],
            ["02/09/2026 – 09/08/2026", "08/01/2026", "Ines Marchetti (mother)"],
        ],
    ])
    assert plan.period is not None and (plan.period.start, plan.period.end) == (dt.date(2026, 2, 9), dt.date(2026, 9, 8))
    plan = read_blocks(["Plan", "Client: Kaspar Lind", "Requested authorization: March 2, 2026 through August 31, 2026"])
    assert plan.period is not None and plan.period.end == dt.date(2026, 8, 31)
    # near miss: a yes/no answer states no period
    plan = read_blocks(["Plan", "Client: Kaspar Lind", "Authorization requested: yes"])
    assert plan.period is None


# --- the grounds of the hours ---------------------------------------------------------------------------------------


_ABA = ["ABA Plan", "Client: Merritt Oyelaran", "Diagnosis: F84.0 Autism spectrum disorder"]


def test_grounds_of_the_hours_is_no_service() -> None:
    plan = read_blocks([
        *_ABA, "Services requested",
        "97153 Adaptive behavior treatment by protocol, 15 hours per week",
        "97155 Protocol modification, 2 hours per week",
        "The intensity reflects the severity of aggression and the school day. Sessions are held at home after school.",
    ])
    assert _services(plan) == [("97153", 15.0), ("97155", 2.0)]
    plan = read_blocks([
        *_ABA, "Requested services",
        [["Code", "Service", "Hours/week"], ["97153", "Direct therapy", "12"], ["97156", "Parent guidance", "1"]],
        "Requested hours were determined by the ABLLS-R results and parent availability.",
    ])
    assert _services(plan) == [("97153", 12.0), ("97156", 1.0)]


def test_a_sentence_with_a_quantity_is_still_read() -> None:
    # near miss: the same kind of sentence that itself asks for a coded service keeps its reading
    plan = read_blocks([
        *_ABA, "Services requested",
        "Based on the VB-MAPP results we request 97153, 18 hours per week.",
    ])
    assert _services(plan) == [("97153", 18.0)]


# --- a SOAP note's plan -------------------------------------------------------------------------------------------


_SOAP = [
    "Lakeshore Hand & Upper Limb Clinic — Evaluation",
    "Patient: Gisela Thornquist    DOB: 11/02/1950",
    "Dx: M75.101 Rotator cuff tear, right shoulder",
    "S: Pain reaching overhead for 6 weeks.",
    "O: Flexion 95 degrees, QuickDASH 52.",
    "A: Rotator cuff weakness; good rehab potential.",
    "Goals:",
    "1. QuickDASH 52 to 25 or less.",
]


def test_soap_plan_line_orders_its_treatments() -> None:
    plan = read_blocks([*_SOAP, "P: 2x/wk x 6 wks. 97110, 97140. Scapular stabilization, AAROM progression."])
    assert [s.code for s in plan.services] == ["97110", "97140"]
    assert plan.interventions
    plan = read_blocks([*_SOAP, "P: Therapeutic exercise and manual therapy twice weekly for 8 weeks."])
    assert plan.interventions


def test_p_line_without_soap_captions_keeps_its_reading() -> None:
    # near miss: no "S:", "O:", "A:" captions before it, so "P:" is no plan line
    plan = read_blocks([
        "Lakeshore Hand & Upper Limb Clinic — Evaluation",
        "Patient: Gisela Thornquist",
        "Goals:",
        "1. QuickDASH 52 to 25 or less.",
        "P: Therapeutic exercise and manual therapy.",
    ])
    assert not plan.interventions and not plan.services


# --- the word joining two phases of a schedule ----------------------------------------------------------------------


def test_phase_connective_names_no_service() -> None:
    [a, b] = parse_service("2x/week x 3 weeks, then 1x/week x 5 weeks (8 weeks, 11 visits). 97116, 97112")
    assert (a.code, a.description, b.code) == ("97116", None, "97112")
    [service] = parse_service("4x/wk for 2 wks and then 2x/wk for 4 wks: balance training 97112")
    assert service.description == "balance training"
    # near miss: a service named before its code keeps its name
    [service] = parse_service("Therapeutic activities 97530, 2x/wk x 3 wks, then 1x/wk x 5 wks")
    assert service.description == "Therapeutic activities"


# --- a services grid with no header -------------------------------------------------------------------------------


def test_headerless_services_grid() -> None:
    plan = read_blocks([
        *_ABA, "Requested Services",
        [["97153", "Adaptive behavior treatment by protocol", "16 hrs/week"], ["97155", "Protocol modification", "3 hrs/week"]],
    ])
    assert _services(plan) == [("97153", 16.0), ("97155", 3.0)]
    # the code in the last column, a frequency in the first
    plan = read_blocks([
        "Outpatient therapy plan", "Client: Halvard Mbeki", "Services",
        [["Weekly, 53 minutes", "Individual psychotherapy", "90837"], ["Monthly", "Family psychotherapy", "90847"]],
    ])
    assert [(s.code, s.frequency.text if s.frequency else None) for s in plan.services] == [
        ("90837", "Weekly"), ("90847", "Monthly")
    ]


def test_code_list_without_quantities_keeps_its_reading() -> None:
    # near miss: codes and names only, no quantity in any row: read cell by cell as before
    blocks = [*_ABA, "Requested Services", [["97153", "Adaptive behavior treatment"], ["97155", "Protocol modification"]]]
    plan = read_blocks(blocks)
    assert all(s.hours_per_week is None for s in plan.services)


# --- captions over one row of values ------------------------------------------------------------------------------


def test_captions_grid_reads_only_its_diagnosis_columns_as_diagnoses() -> None:
    plan = read_blocks([
        "Occupational Therapy Plan of Care",
        [
            ["Referring diagnosis", "Treatment diagnosis", "Hand dominance", "Splint"],
            ["S62.101D Fracture of right wrist, subsequent encounter", "M25.631 Stiffness of right wrist",
             "Right", "Resting hand orthosis nightly"],
        ],
    ])
    assert [d.code for d in plan.diagnoses] == ["S62.101D", "M25.631"]
    assert all(d.code for d in plan.diagnoses)


def test_captions_grid_with_two_values_rows_keeps_its_reading() -> None:
    # near miss: two rows of values under the captions is no one-record form: the old reading holds
    plan = read_blocks([
        "Occupational Therapy Plan of Care",
        [
            ["Referring diagnosis", "Treatment diagnosis", "Hand dominance", "Splint"],
            ["S62.101D Fracture of right wrist", "M25.631 Stiffness of right wrist", "Right", "Resting orthosis"],
            ["", "", "", "Worn nightly"],
        ],
    ])
    assert {"S62.101D", "M25.631"} <= {d.code for d in plan.diagnoses}


def test_authorization_requested_with_one_date_is_no_period() -> None:
    # near miss: one date after "Authorization requested" may be the day it was asked; the period stays empty
    plan = read_blocks(["Plan", "Client: Kaspar Lind", "Authorization requested: 01/15/2026"])
    assert plan.period is None
    # the older labels keep their reading of one date
    plan = read_blocks(["Plan", "Client: Kaspar Lind", "Authorization period requested: 01/15/2026 - 07/14/2026"])
    assert plan.period is not None and plan.period.start == dt.date(2026, 1, 15)
