"""Phrase readers: diagnoses, signatures, services, assessments, labels, names and credentials."""

from __future__ import annotations

import datetime as dt

import pytest

from authcheck.readers.docx.label_split import split_labels
from authcheck.readers.docx.labels import element_label, field_key, strip_list_marker, subfield_key
from authcheck.readers.phrases import (
    checked_options,
    find_icd_codes,
    has_digit,
    parse_assessment,
    parse_diagnoses,
    parse_period,
    parse_service,
    parse_signature,
    split_name_credential,
)


@pytest.mark.parametrize(
    ("text", "code", "description", "primary"),
    [
        ("F41.1 Generalized anxiety disorder (primary)", "F41.1", "Generalized anxiety disorder", True),
        ("Generalized Anxiety Disorder (F41.1)", "F41.1", "Generalized Anxiety Disorder", False),
        ("F411 – GAD", "F41.1", "GAD", False),
        ("DSM-5: 300.02 (F41.1)", "F41.1", None, False),
        (
            "DSM-5: 300.02 (F41.1) Generalized anxiety disorder",
            "F41.1",
            "Generalized anxiety disorder",
            False,
        ),
        ("Dx 1: F31.81 - Bipolar II disorder (primary)", "F31.81", "Bipolar II disorder", True),
        ("Panic disorder (F41.0) - primary", "F41.0", "Panic disorder", True),
        ("Agoraphobia, F40.00", "F40.00", "Agoraphobia", False),
        (
            "Major depressive disorder, single episode, moderate - F32.1",
            "F32.1",
            "Major depressive disorder, single episode, moderate",
            False,
        ),
        ("F32 Major depressive disorder", "F32", "Major depressive disorder", False),
        ("Primary: F90.2 ADHD, combined type", "F90.2", "ADHD, combined type", True),
        ("M62.81 Muscle weakness (generalized) (primary)", "M62.81", "Muscle weakness (generalized)", True),
        (
            "S83.511A Sprain of anterior cruciate ligament of right knee, initial encounter",
            "S83.511A",
            "Sprain of anterior cruciate ligament of right knee, initial encounter",
            False,
        ),
        ("Generalized anxiety disorder", None, "Generalized anxiety disorder", False),
        (
            "296.33 Major depressive disorder, recurrent, severe",
            "296.33",
            "Major depressive disorder, recurrent, severe",
            False,
        ),
    ],
)
def test_diagnosis_forms(text: str, code: str | None, description: str | None, primary: bool) -> None:
    found = parse_diagnoses(text)
    assert len(found) == 1
    assert (found[0].code, found[0].description, found[0].primary) == (code, description, primary)


def test_two_diagnoses_in_prose_with_who_and_when() -> None:
    found = parse_diagnoses(
        "Based on the intake assessment, the client meets criteria for Unilateral primary osteoarthritis, right knee "
        "(M17.11) and Sprain of anterior cruciate ligament of right knee, initial encounter (S83.511A)."
    )
    assert [d.code for d in found] == ["M17.11", "S83.511A"]
    assert found[0].description == "Unilateral primary osteoarthritis, right knee"
    dx = parse_diagnoses("F84.0 Autistic disorder (primary); diagnosed by Luis Walsh, PhD on 06/25/2024")[0]
    assert (dx.diagnosed_by, dx.diagnosed_on) == ("Luis Walsh, PhD", dt.date(2024, 6, 25))


@pytest.mark.parametrize(
    "text",
    [
        "Diagnosed 03/02/2024 by Dana Lee, PhD: F84.0 Autistic disorder",
        "Diagnosed 03/02/2024 by Dana Lee, PhD - F84.0 Autistic disorder",
        "Diagnosed by Dana Lee, PhD on 03/02/2024: F84.0 Autistic disorder",
        "Diagnosed by Dana Lee, PhD, 03/02/2024 — F840 Autistic disorder",
    ],
)
def test_who_and_when_stated_before_the_code(text: str) -> None:
    """The statement of who made the diagnosis ends where the coded diagnosis it introduces begins."""
    found = parse_diagnoses(text)
    assert [(d.code, d.description, d.diagnosed_by, d.diagnosed_on) for d in found] == [
        ("F84.0", "Autistic disorder", "Dana Lee, PhD", dt.date(2024, 3, 2))
    ]


def test_diagnosis_prose_without_a_code_keeps_the_description() -> None:
    found = parse_diagnoses("Results of the evaluation indicate a diagnosis of childhood apraxia of speech.")
    assert [(d.code, d.description) for d in found] == [(None, "childhood apraxia of speech")]
    assert parse_diagnoses("x" * 200 + " long prose with no diagnosis", require_marker=True) == []


def test_codes_without_a_dot_only_where_codes_are_written() -> None:
    assert [c.code for c in find_icd_codes("F4310 PTSD")] == ["F43.10"]
    assert find_icd_codes("Vitamin B12 deficiency") == []
    assert find_icd_codes("GAD-7 and PHQ-9 scores") == []
    assert [c.code for c in find_icd_codes("B12", anywhere=True)] == ["B12"]


@pytest.mark.parametrize(
    ("label", "value", "date_value", "expected"),
    [
        (
            "Client signature",
            "Carlos Johnson",
            "09/22/2025",
            ("Client", "Carlos Johnson", None, dt.date(2025, 9, 22), True, "unknown"),
        ),
        (
            None,
            "Electronically signed by Jane Doe, LCSW on 01/05/2026 10:32 AM",
            None,
            (None, "Jane Doe", "LCSW", dt.date(2026, 1, 5), True, "electronic"),
        ),
        (
            None,
            "/s/ Nora Murphy, PsyD 1/5/26",
            None,
            (None, "Nora Murphy", "PsyD", dt.date(2026, 1, 5), True, "typed"),
        ),
        (
            "Clinician signature",
            "______________________",
            "__________",
            ("Clinician", None, None, None, False, "unknown"),
        ),
        (
            "Parent/Guardian signature",
            "Tomas Johnson",
            None,
            ("Parent/Guardian", "Tomas Johnson", None, None, True, "unknown"),
        ),
        (
            "Pending signature",
            "BCBA (Michael Walsh, BCBA)",
            None,
            ("BCBA", "Michael Walsh", "BCBA", None, False, "unknown"),
        ),
        (
            "Signature pending",
            "Client (Trevor Banks)",
            None,
            ("Client", "Trevor Banks", None, None, False, "unknown"),
        ),
        (
            None,
            "Electronically signed by Aisha Haddad (Client) on 10/11/2025 10:32 AM",
            None,
            ("Client", "Aisha Haddad", None, dt.date(2025, 10, 11), True, "electronic"),
        ),
        ("Client Signature", "Client refused to sign", None, ("Client", None, None, None, False, "unknown")),
    ],
)
def test_signature_forms(label, value, date_value, expected) -> None:
    parsed = parse_signature(label, value, date_value)
    assert parsed is not None
    assert (
        parsed.role_label,
        parsed.name,
        parsed.credential,
        parsed.date,
        parsed.signed,
        parsed.method,
    ) == expected


@pytest.mark.parametrize(
    ("text", "name", "credential"),
    [
        ("Nora Murphy, PsyD", "Nora Murphy", "PsyD"),
        ("Omar Johnson, PT, DPT", "Omar Johnson", "PT, DPT"),
        ("Priya Raman, OTR/L", "Priya Raman", "OTR/L"),
        ("Hannah Liu, M.S., CCC-SLP", "Hannah Liu", "M.S., CCC-SLP"),
        ("Jane Doe LCSW", "Jane Doe", "LCSW"),
        ("Dr. Sam Ma", "Sam Ma", None),
        ("Jane Doe, LCSW, Clinical Director", "Jane Doe", "LCSW"),
        # a record system's "Last, First" with the credential after the given name
        ("LINDQVIST, PAUL, DO", "PAUL LINDQVIST", "DO"),
        ("Webb, Marcus A, LCSW", "Marcus A Webb", "LCSW"),
        ("Okafor-Reyes, Jo, PT, DPT", "Jo Okafor-Reyes", "PT, DPT"),
    ],
)
def test_name_and_credential(text: str, name: str, credential: str | None) -> None:
    assert split_name_credential(text) == (name, credential)


@pytest.mark.parametrize(
    ("text", "code", "frequency", "amount", "hours", "duration"),
    [
        ("Individual psychotherapy (90837): 53 minutes, weekly", "90837", "weekly", "53 minutes", None, None),
        ("Psychotherapy, 45 min (90834): once a week", "90834", "once a week", "45 min", None, None),
        (
            "Manual therapy (97140): 1 session per day, 3 times per week",
            "97140",
            "3 times per week",
            "1 session per day",
            None,
            None,
        ),
        (
            "Neuromuscular re-education (97112): 1 session per day",
            "97112",
            None,
            "1 session per day",
            None,
            None,
        ),
        (
            "Adaptive behavior treatment by protocol (97153): 20 hours per week",
            "97153",
            None,
            "20 hours per week",
            20.0,
            None,
        ),
        (
            "The plan includes individual psychotherapy (90837), 53 minutes weekly.",
            "90837",
            "weekly",
            "53 minutes",
            None,
            None,
        ),
        (
            "H0004 Individual counseling 2x/week, 60 min, for 12 weeks",
            "H0004",
            "2x/week",
            "60 min",
            None,
            "12 weeks",
        ),
        (
            "H0015 Intensive outpatient program - 3 days per week, 3 hours per day",
            "H0015",
            "3 days per week",
            "3 hours per day",
            9.0,
            None,
        ),
        (
            "97110 Therapeutic exercise - 2 units - 2x/week x 8 weeks",
            "97110",
            "2x/week",
            "2 units",
            None,
            "8 weeks",
        ),
    ],
)
def test_service_phrases(text, code, frequency, amount, hours, duration) -> None:
    service = parse_service(text)[0]
    assert (service.code, service.frequency, service.amount, service.hours_per_week, service.duration) == (
        code,
        frequency,
        amount,
        hours,
        duration,
    )


def test_several_services_in_one_sentence() -> None:
    found = parse_service(
        "Owen will attend group counseling (H0005) three times per week for 90 minutes and "
        "individual counseling (H0004) every other week for 45 minutes."
    )
    assert [(s.code, s.description) for s in found] == [
        ("H0005", "group counseling"),
        ("H0004", "individual counseling"),
    ]
    shared = parse_service(
        "Occupational therapy is recommended 2 times per week for 45-minute sessions over 8 weeks, "
        "including therapeutic exercise (97110) and therapeutic activities (97530)."
    )
    assert [s.code for s in shared] == ["97110", "97530"]
    assert all(s.frequency and s.duration == "8 weeks" for s in shared)


def test_check_boxes_keep_only_the_checked_options() -> None:
    assert checked_options("☐ Weekly ☒ Every other week ☐ Monthly") == "Every other week"
    assert checked_options("Weekly") == "Weekly"
    assert checked_options("☐ Weekly ☐ Monthly") == ""


def test_has_digit_finds_any_digit_str_isdigit_accepts() -> None:
    assert has_digit("Goal 12") and has_digit("x²") and has_digit("٣ sessions")  # Arabic-Indic three
    assert not has_digit("Client signature") and not has_digit("")
    # the same answer as any(c.isdigit() for c in text), which it replaced, for every code point
    mismatched = [i for i in range(0x110000) if has_digit(chr(i)) != chr(i).isdigit()]
    assert mismatched == []


def test_periods() -> None:
    assert parse_period("10/05/2025 to 03/05/2026") == (dt.date(2025, 10, 5), dt.date(2026, 3, 5))
    assert parse_period("through 06/30/2026") == (None, dt.date(2026, 6, 30))
    assert parse_period("from 1/5/26") == (dt.date(2026, 1, 5), None)


@pytest.mark.parametrize(
    ("text", "instrument", "date", "scores"),
    [
        (
            "Vineland-3 Adaptive Behavior Composite administered 09/16/2025",
            "Vineland-3 Adaptive Behavior Composite",
            dt.date(2025, 9, 16),
            {},
        ),
        ("VB-MAPP administered October 4, 2025", "VB-MAPP", dt.date(2025, 10, 4), {}),
        (
            "PHQ-9: 18 (moderately severe) on 1/2/26",
            "PHQ-9",
            dt.date(2026, 1, 2),
            {"score": "18 (moderately severe)"},
        ),
        (
            "CELF Preschool-3 Core Language: standard score 71 on 12/02/2025",
            "CELF Preschool-3 Core Language",
            dt.date(2025, 12, 2),
            {"standard score": "71"},
        ),
    ],
)
def test_assessments(text, instrument, date, scores) -> None:
    assert parse_assessment(text) == (instrument, date, scores)


def test_labels_split_on_strong_separators_and_known_labels_only() -> None:
    segments = split_labels("Client Name: Aisha Haddad  Date of Birth: 04/27/1972  Member ID: B333052747")
    assert [(s.label, s.value) for s in segments] == [
        ("Client Name", "Aisha Haddad"),
        ("Date of Birth", "04/27/1972"),
        ("Member ID", "B333052747"),
    ]
    segments = split_labels(
        "Client Name: Mary Brown. Date of Birth: December 24, 1950. Member ID: M182305415."
    )
    assert [s.value for s in segments] == ["Mary Brown", "December 24, 1950", "M182305415"]
    segments = split_labels("Goal: Reduce Anxiety Target Date: 3/1/26")
    assert [(s.label, s.value) for s in segments] == [("Goal", "Reduce Anxiety"), ("Target Date", "3/1/26")]
    # a name inside a value is not a label, and prose keeps its colon
    segments = split_labels("Service: Protocol modification by BCBA (97155): 3 hours per week")
    assert len(segments) == 1
    text = "Electronically signed by Luis Chen, LMFT on 10/11/2025 10:32 AM"
    assert split_labels(text)[0].label is None
    segments = split_labels("Patient:\tCharles Dunn\tDOB:\t08/08/1970")
    assert [s.label for s in segments] == ["Patient", "DOB"]
    assert segments[1].value_start == len("Patient:\tCharles Dunn\tDOB:\t")


@pytest.mark.parametrize(
    ("text", "kind", "number", "note"),
    [
        ("Goal 1 (Communication): Child will request", "goal", "1", "Communication"),
        ("Long Term Goal: Client will", "goal", None, None),
        ("Short Term Objective 1.1: Client will", "objective", "1.1", None),
        ("LTG 2: Ambulate", "goal", "2", None),
        ("STG 1a: Patient will", "objective", "1a", None),
        ("Problem #1: Depressed mood", "problem", "1", None),
        ("Intervention 1.1: Relaxation training", "intervention", "1.1", None),
        ("Objective 2b. Client will", "objective", "2b", None),
    ],
)
def test_element_labels(text: str, kind: str, number: str | None, note: str | None) -> None:
    label = element_label(text)
    assert label is not None and (label.kind, label.number, label.note) == (kind, number, note)


@pytest.mark.parametrize(
    "text",
    [
        "Treatment Goals",
        "Planned Interventions",
        "Problem List / Goals:",
        "Target: 7",
        "Goal Area: Communication",
        "Goals and Objectives",
        "Target behaviors were observed",
    ],
)
def test_not_element_labels(text: str) -> None:
    assert element_label(text) is None


def test_field_and_subfield_labels() -> None:
    assert field_key("Clinician NPI") == "provider.npi"
    assert field_key("Evaluation / First Treatment Date") == "first_treatment_date"
    assert field_key("Start of Care") == "first_treatment_date"
    assert field_key("Authorization Period Requested") == "period"
    assert field_key("Recertification due") == "recertification"
    assert field_key("Assessment Date") != "review"  # not fuzzily "Reassessment Date"
    assert subfield_key("Mastery criteria") == "mastery_criteria"
    assert subfield_key("Target date") == "target_date"


def test_typed_list_markers() -> None:
    assert strip_list_marker("1. Problem 1: Anxiety") == ("Problem 1: Anxiety", "1.", 0)
    assert strip_list_marker("a) Individual psychotherapy") == ("Individual psychotherapy", "a)", 1)
    assert strip_list_marker("1.a Client will") == ("Client will", "1.a", 1)
    assert strip_list_marker("- CBT weekly")[2] is None
    assert strip_list_marker("F41.1 GAD") == ("F41.1 GAD", None, None)
