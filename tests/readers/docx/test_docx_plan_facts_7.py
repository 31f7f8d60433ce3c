"""Plan-level facts and services in more wordings (seventh round): how often a group meets said by the days of
the week ("meets every Thursday", "Mon/Wed/Fri", "los martes"), a sentence after a coded service that only says
the client will attend it ("Pt to attend weekly."), a clause saying how long treatment is expected to take after
the service ("; expected to take about 16 sessions over 5 months"), a therapy named before its delivery setting
("Cognitive Processing Therapy, individual, 90834"), a requested service's length measured against the payer's limit when
the plan states none, the plan date from the clinician signing on the evaluation day, who made a diagnosis written
before its date in brackets, hours per week after a label that names the week ("Weekly hours: 97153 x 18 hrs"),
and member-ID labels in more forms ("Medi-Cal BIC", "Medicaid No.", "MBI #"). Each document is built here with
python-docx, in wordings of its own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import docx
import pytest

from authcheck.readers.docx.labels import field_key
from authcheck.readers.phrases import parse_service
from authcheck.readers.phrases.diagnoses import diagnosis_made
from docx_helpers import add_table, read_document

D = dt.date


def _doc(*lines: str) -> docx.Document:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    return document


_HEAD = (
    "Northgate Counseling Associates",
    "Treatment Plan",
    "Client: Ottoline Varga-Reyes   DOB: 04/11/1961   Member ID: QX7-2210-884   Plan date: 01/12/2026",
    "Diagnosis: F41.1 Generalized anxiety disorder",
    "Goal 1: Ottoline will reduce her GAD-7 from 14 to 7 or less by 04/30/2026.",
)


# --- how often, by the days a service meets on ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "per_week"),
    [
        ("Treatment modality: Group psychotherapy (CPT 90853), CBT anxiety group, meets every Thursday.", 1.0),
        ("Service: Group therapy 90853 - DBT skills group on Tuesdays and Thursdays", 2.0),
        ("Service: 90853 group psychotherapy, Mon/Wed/Fri mornings", 3.0),
        ("Service: 90853 group psychotherapy every other Tuesday", 0.5),
        ("Servicio / Service: 90853 psicoterapia de grupo, los martes y jueves", 2.0),
    ],
)
def test_frequency_from_the_days_of_the_week(line: str, per_week: float) -> None:
    plan = read_document(_doc(*_HEAD, line))
    (service,) = [s for s in plan.services if s.code == "90853"]
    assert service.frequency is not None and service.frequency.per_week() == per_week


@pytest.mark.parametrize(
    "line",
    [
        "Treatment modality: Group psychotherapy (CPT 90853), CBT anxiety group. Pt to attend weekly.",
        "Service: Group psychotherapy (90853), relapse-prevention group. Client is to attend once a week.",
        "Service: Group psychotherapy (90853), process group. She attends weekly.",
    ],
)
def test_a_sentence_saying_the_client_attends_is_the_frequency_of_the_service_before(line: str) -> None:
    plan = read_document(_doc(*_HEAD, line))
    assert len(plan.services) == 1
    service = plan.services[0]
    assert service.code == "90853"
    assert service.frequency is not None and service.frequency.per_week() == 1.0
    assert service.amount is None  # no session length is written: the gap stays visible


def test_a_day_of_the_week_alone_is_no_frequency() -> None:
    plan = read_document(_doc(*_HEAD, "Service: Group psychotherapy (90853), next group on Thursday 01/15/2026."))
    (service,) = plan.services
    assert service.frequency is None or not service.frequency.stated


# --- a clause saying how long treatment takes, after the service ------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Cognitive Processing Therapy, individual, 90834 (45 minutes), one session every week; expected to take about "
        "16 sessions over 5 months.",
        "Cognitive Processing Therapy, individual, 90834 (45 minutes), one session every week; treatment is anticipated "
        "to last 5 months.",
        "Cognitive Processing Therapy, individual, 90834 (45 minutes), one session every week; this should take about "
        "5 months.",
    ],
)
def test_how_long_treatment_takes_is_no_service_of_its_own(line: str) -> None:
    plan = read_document(_doc(*_HEAD, "Treatment", line))
    (service,) = plan.services
    assert service.code == "90834"
    assert service.description == "Cognitive Processing Therapy, individual"
    assert service.amount is not None and service.amount.minutes == 45
    assert service.frequency is not None and service.frequency.per_week() == 1.0
    assert service.duration is not None and (service.duration.value, service.duration.unit) == (5, "month")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Trauma-focused CBT - individual - 90837, 60 min weekly", "Trauma-focused CBT, individual"),
        ("DBT skills, group, 90853, 90 minutes weekly", "DBT skills, group"),
        ("Parent-child interaction therapy, via telehealth, 90847, 50 minutes weekly",
         "Parent-child interaction therapy, via telehealth"),
    ],
)
def test_a_therapy_named_before_its_setting(text: str, name: str) -> None:
    (service,) = parse_service(text)
    assert service.description == name


# --- the plan's length from its services -------------------------------------------------------------------------------


def _kinds(document: docx.Document, tmp_path: Path, library: Any) -> set[str]:
    from authcheck.api import check_file, select_profiles

    path = tmp_path / "plan.docx"
    document.save(str(path))
    day = dt.date(2026, 3, 2)
    report = check_file(path, select_profiles(library, payer="medicare-psychotherapy", as_of=day), day)
    return {f.kind for f in report.findings}


def test_a_year_long_service_is_too_long_when_the_plan_states_no_length(tmp_path: Path, library: Any) -> None:
    document = _doc(*_HEAD, "Type / amount / frequency / duration",
                    "Individual psychotherapy (90834), 45 minutes per session, every 2 weeks, for 12 months.")
    plan = read_document(document)
    assert plan.expected_duration is None  # the plan states no length of its own: none is made up
    (service,) = plan.services
    assert service.duration is not None and (service.duration.value, service.duration.unit) == (12, "month")
    assert "duration-exceeds-limit" in _kinds(document, tmp_path, library)


def test_the_longest_service_in_a_table_is_measured(tmp_path: Path, library: Any) -> None:
    document = _doc(*_HEAD, "Services")
    add_table(
        document,
        [
            ["Service", "CPT", "Length", "Frequency", "Duration"],
            ["Individual psychotherapy", "90834", "45 minutes", "weekly", "16 weeks"],
            ["Family psychotherapy", "90847", "50 minutes", "monthly", "14 months"],
        ],
    )
    assert "duration-exceeds-limit" in _kinds(document, tmp_path, library)


def test_services_within_the_limit_pass(tmp_path: Path, library: Any) -> None:
    document = _doc(*_HEAD, "Individual psychotherapy (90834), 45 minutes, weekly, for 6 months.")
    assert "duration-exceeds-limit" not in _kinds(document, tmp_path, library)


def test_a_written_plan_length_is_measured_over_the_services(tmp_path: Path, library: Any) -> None:
    document = _doc(*_HEAD, "Individual psychotherapy (90834), 45 minutes, weekly, for 12 months.",
                    "Expected duration of treatment: 6 months")
    plan = read_document(document)
    assert plan.expected_duration is not None
    assert (plan.expected_duration.value, plan.expected_duration.unit) == (6, "month")
    assert "duration-exceeds-limit" not in _kinds(document, tmp_path, library)


# --- the plan date from the clinician signing on the evaluation day ---------------------------------------------------


_SLP = (
    "Meadowbrook Speech Clinic",
    "Speech-Language Pathology Plan of Treatment",
    "This plan of treatment is for Mr. Anselm Korhonen-Diaz (date of birth 14 May 1941, Medicare beneficiary "
    "identifier 3KD8-QW1-LM55), who was evaluated on 3 March 2026 for dysphagia after a stroke.",
    "Diagnoses: R13.12 Dysphagia, oropharyngeal phase.",
    "Goals",
    "(1) Swallow thin liquids with a chin tuck with no signs of aspiration in 90% of trials by 29 May 2026.",
    "Treatment",
    "Dysphagia treatment (92526), two times a week for 12 weeks, one unit per visit.",
)


@pytest.mark.parametrize(
    "signed",
    [
        "Clinician: Rosalind Vance, MS, CCC-SLP, 3 March 2026",
        "Signed: Rosalind Vance, MS, CCC-SLP    Date: 03/03/2026",
    ],
)
def test_plan_date_is_the_evaluation_day_its_author_signed_on(signed: str) -> None:
    plan = read_document(_doc(*_SLP, signed))
    assert plan.plan_date == D(2026, 3, 3)


def test_no_plan_date_when_the_author_signed_on_another_day() -> None:
    plan = read_document(_doc(*_SLP, "Clinician: Rosalind Vance, MS, CCC-SLP, 9 March 2026"))
    assert plan.plan_date is None


# --- who made a diagnosis --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "by", "on"),
    [
        ("F84.0 Autistic disorder (dx 08/2022, Agnes Okafor-Lind, PhD, licensed psychologist, 08/15/2022).",
         "Agnes Okafor-Lind, PhD", D(2022, 8, 15)),
        ("F84.0 Autism spectrum disorder (diagnosed 2019, Tomas Reyes, MD, on 03/02/2019)", "Tomas Reyes, MD",
         D(2019, 3, 2)),
        ("F84.0 Autism spectrum disorder (dx 05/20/2021, Anjali Rao, MD, child psychiatrist)", "Anjali Rao, MD",
         D(2021, 5, 20)),
    ],
)
def test_who_made_a_diagnosis_before_its_date(text: str, by: str, on: dt.date) -> None:
    made = diagnosis_made(text)
    assert made is not None and made.by == by and made.on == on


def test_diagnosed_by_read_into_the_plan() -> None:
    plan = read_document(
        _doc("Lighthouse ABA", "Client: Wren Castellanos   DOB: 01/05/2018   ID #: LB55123",
             "Diagnosis: F84.0 Autistic disorder (dx 08/2022, Agnes Okafor-Lind, PhD, licensed psychologist, "
             "08/15/2022).")
    )
    (diagnosis,) = plan.diagnoses
    assert diagnosis.diagnosed_by == "Agnes Okafor-Lind, PhD"
    assert diagnosis.diagnosed_on == D(2022, 8, 15)


# --- hours per week after a label that names the week ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "hours"),
    [
        ("Weekly hours: 97153 x 18 hrs; 97155 x 2 hrs; 97156 x 1 hr", (18, 2, 1)),
        ("Hours per week: 97153 - 18 hours; 97155 - 2 hours; 97156 - 1 hour", (18, 2, 1)),
        ("Horas por semana / Hours per week: 97153 x 18 h; 97155 x 2 h; 97156 x 1 h", (18, 2, 1)),
        ("Requested hours/week: 97153 @ 18 hrs, 97155 @ 2 hrs, 97156 @ 1 hr", (18, 2, 1)),
    ],
)
def test_hours_per_week_from_the_label(line: str, hours: tuple[int, ...]) -> None:
    plan = read_document(_doc("Evergreen ABA", "Individual: Lior Fenwick   DOB 12/12/2020", line))
    by_code = {s.code: s for s in plan.services}
    assert [by_code[c].hours_per_week for c in ("97153", "97155", "97156")] == list(hours)
    assert all(s.description is None or s.description.lower() not in ("x", "@") for s in plan.services)


def test_hours_a_day_are_not_hours_per_week() -> None:
    plan = read_document(_doc("Evergreen ABA", "Individual: Lior Fenwick   DOB 12/12/2020",
                              "Hours per day: 97153 x 4 hrs; 97155 x 1 hr"))
    assert all(s.hours_per_week is None for s in plan.services if s.code in ("97153", "97155"))


@pytest.mark.parametrize("text", ["97153 x 18 hrs", "97153 @ 18 hours", "97153 - 18 hours"])
def test_a_sign_between_code_and_quantity_names_no_service(text: str) -> None:
    (service,) = parse_service(text)
    assert service.code == "97153" and service.description is None


# --- member ID labels ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    ["Medi-Cal BIC", "BIC #", "Medicaid No.", "Policy No.", "MBI #", "Subscriber No.", "Medicaid ID No.",
     "Member/Subscriber ID", "Medi-Cal Number", "AHCCCS ID", "Medicare Beneficiary Number"],
)
def test_member_id_labels(label: str) -> None:
    assert field_key(label) == "patient.member_id"


@pytest.mark.parametrize("label", ["Phone No.", "Room No.", "License No.", "Chart No."])
def test_other_numbers_are_no_member_id(label: str) -> None:
    assert field_key(label) != "patient.member_id"


@pytest.mark.parametrize(
    "line",
    [
        "Patient: Ignacio Moravec | DOB 06/02/1975 | Medi-Cal BIC 97734521C | Admitted 01/08/2026",
        "Patient: Ignacio Moravec   DOB: 06/02/1975   Medicaid No.: 97734521C",
    ],
)
def test_member_id_in_a_label_line(line: str) -> None:
    plan = read_document(_doc("INITIAL MAINTENANCE TREATMENT PLAN", line, "Diagnosis: F11.20 Opioid dependence"))
    assert plan.patient.member_id == "97734521C"


def test_member_id_in_a_table_cell() -> None:
    document = _doc("Treatment plan")
    add_table(document, [["Patient", "Ignacio Moravec"], ["Medi-Cal BIC #", "97734521C"], ["DOB", "06/02/1975"]])
    plan = read_document(document)
    assert plan.patient.member_id == "97734521C"
