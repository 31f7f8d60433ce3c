"""Plan facts, round 17: what under a diagnosis heading is no diagnosis, and services that are no services.

- a line under the diagnoses that reports an assessment or an episode of care done ("Psychosocial intake completed
  03/04/2025", "Detox completed ...; induction started ...") is the case's history, no uncoded diagnosis;
- a school's classification of the child ("Educational classification: ...", "IDEA eligibility category - ...")
  beside the medical diagnosis is no diagnosis;
- a sentence about reviewing the plan itself ("The care plan will be updated every 90 days") under the services is
  no service;
- a discipline's detail line ("OT: ADL retraining, 45 minute visits") under orders that already give that
  discipline's visits completes that order with the quantity it left out, no second service;
- "Service: <kind of care>" among the client's details, with no code and no quantity, names the kind of care when
  the plan orders its services elsewhere; alone it stays the plan's service.

Each test builds a small plan with python-docx; names and wording are invented. Near misses keep their reading.
"""

from __future__ import annotations

from authcheck.model import TreatmentPlan
from docx_helpers import read_blocks


def _dx(plan: TreatmentPlan) -> list[tuple[str | None, str | None]]:
    return [(d.code, d.description) for d in plan.diagnoses]


def _svc(plan: TreatmentPlan) -> list[tuple[str | None, str | None, str | None, float | None]]:
    return [
        (
            s.code,
            s.description,
            s.frequency.text if s.frequency else None,
            s.amount.minutes if s.amount else None,
        )
        for s in plan.services
    ]


# --- an assessment or an episode of care done, under the diagnoses ----------------------------------------------


def test_assessment_done_under_the_diagnoses_is_no_diagnosis() -> None:
    plan = read_blocks([
        "Recovery Plan",
        "Client: Orrin Maskelyne",
        "Diagnostic Summary",
        "F11.20 Opioid dependence, uncomplicated",
        "Psychosocial intake evaluation completed March 4, 2025.",
        "Goals",
        "Goal 1: Orrin will stay free of illicit opioids.",
    ])
    assert _dx(plan) == [("F11.20", "Opioid dependence, uncomplicated")]


def test_episodes_of_care_done_in_a_diagnosis_table_cell() -> None:
    plan = read_blocks([
        "Residential Treatment Plan",
        "Member: Tamsin Okoro-Vale",
        [
            ["Diagnoses"],
            ["F10.20 Alcohol dependence, uncomplicated\nF12.20 Cannabis dependence, uncomplicated\n"
             "Detoxification completed 2/11/2025; buprenorphine induction started 2/9/2025 at County Medical."],
        ],
        "Goals",
        "Goal 1: Tamsin will remain abstinent.",
    ])
    assert [code for code, _ in _dx(plan)] == ["F10.20", "F12.20"]


def test_screening_administered_with_a_version_number_is_no_diagnosis() -> None:
    plan = read_blocks([
        "Treatment Plan",
        "Diagnoses:",
        "F33.1 Major depressive disorder, recurrent, moderate",
        "Admission screening and CIWA-Ar 2.1 administered 05/06/2025",
    ])
    assert _dx(plan) == [("F33.1", "Major depressive disorder, recurrent, moderate")]


def test_history_told_verb_first_and_care_level_notes_are_no_diagnoses() -> None:
    for note in (
        "Completed the intake assessment 1/14/2025 with the on-call counselor",
        "Admitted from inpatient detox on 01/12/2025.",
        "Medically monitored withdrawal at Hillcrest Hospital 01/08/2025 to 01/12/2025.",
        "LOCUS composite 22: level 4 (medically monitored residential)",
        "Severity: level 2, requiring substantial support",
        "Handicapping condition: Speech impairment",
    ):
        plan = read_blocks(["Treatment Plan", "Diagnoses", "F15.20 Other stimulant dependence, uncomplicated", note])
        assert [code for code, _ in _dx(plan)] == ["F15.20"], note


def test_uncoded_condition_with_an_event_note_stays_a_diagnosis() -> None:
    # near misses: a condition named before the event (after a comma or a dash), and a condition with no event
    plan = read_blocks([
        "Treatment Plan",
        "Diagnoses",
        "Alcohol withdrawal, uncomplicated - detox completed 4/1/2025",
        "Generalized anxiety disorder",
        "Opioid withdrawal",
        "Severe major depressive disorder",
    ])
    assert len(plan.diagnoses) == 4
    assert (plan.diagnoses[0].description or "").startswith("Alcohol withdrawal, uncomplicated")


# --- a school's classification of the child ----------------------------------------------------------------------


def test_educational_classification_is_no_diagnosis() -> None:
    plan = read_blocks([
        "School-Based Therapy Plan",
        "Student: Ines Haldorsen",
        "Diagnoses",
        "F80.1 Expressive language disorder",
        "Educational disability: Autism",
        "Special education eligibility category - Speech or language impairment",
        "Present Levels",
        "Ines uses 3-word phrases.",
    ])
    assert _dx(plan) == [("F80.1", "Expressive language disorder")]


def test_school_category_in_a_two_column_table() -> None:
    plan = read_blocks([
        "Related Services Plan",
        "Diagnoses",
        [
            ["ICD-10-CM", "F82 Specific developmental disorder of motor function"],
            ["IDEA disability category", "Other health impairment"],
        ],
    ])
    assert [code for code, _ in _dx(plan)] == ["F82"]


def test_near_miss_labelled_condition_keeps_its_reading() -> None:
    # "Medical:" and "Secondary:" name kinds of diagnosis, not a school's category: the uncoded one stays
    plan = read_blocks([
        "Treatment Plan",
        "Diagnoses",
        "Primary: F84.0 Autistic disorder",
        "Medical: Seizure disorder",
    ])
    assert _dx(plan) == [("F84.0", "Autistic disorder"), (None, "Seizure disorder")]


# --- the plan's review under the services ------------------------------------------------------------------------


def test_plan_review_sentence_under_services_is_no_service() -> None:
    plan = read_blocks([
        "Outpatient Plan",
        "Services and Frequency",
        "Individual psychotherapy (90837) - 60 minutes, weekly",
        "The care plan will be updated every 90 days.",
        "Plan reviews occur monthly with the client.",
    ])
    assert _svc(plan) == [("90837", "Individual psychotherapy", "weekly", 60.0)]


def test_near_miss_service_reviewing_medication_stays_a_service() -> None:
    plan = read_blocks([
        "Outpatient Plan",
        "Services",
        "Medication review with the psychiatrist, 20 minutes monthly",
    ])
    assert len(plan.services) == 1 and plan.services[0].amount is not None


# --- a discipline's detail line under its order ------------------------------------------------------------------


def test_discipline_detail_completes_its_order() -> None:
    plan = read_blocks([
        "Home Health Plan of Care",
        "Orders for Discipline and Treatments",
        "SN 2w4. OT 1w6.",
        "Orders (continued)",
        "OT: upper-body dressing retraining and tub transfers, 45 minute visits.",
        "SN: wound care 2 times per week; teach medication set-up.",
    ])
    assert _svc(plan) == [(None, "SN", "2w4", None), (None, "OT", "1w6", 45.0)]


def test_discipline_detail_in_a_table_cell_completes_its_order() -> None:
    plan = read_blocks([
        "Plan of Treatment",
        [["21. Orders", "PT 3w3, 2w3.\nST 1w4."]],
        "Orders (continued)",
        "PT - gait training on stairs, 30-40 minute visits",
    ])
    pt = [s for s in plan.services if s.description == "PT"]
    assert len(pt) == 1 and pt[0].frequency is not None and pt[0].amount is not None


def test_discipline_detail_completes_an_order_written_in_full() -> None:
    plan = read_blocks([
        "Home Health Plan of Care",
        "Orders",
        "Physical therapy 2w4. Skilled nursing 1w8.",
        "Orders (continued)",
        "PT: gait training, 40 minute visits.",
        "Plan will be reviewed every 60 days.",
    ])
    assert _svc(plan) == [(None, "Physical therapy", "2w4", 40.0), (None, "Skilled nursing", "1w8", None)]


def test_near_miss_discipline_not_yet_ordered_is_a_service() -> None:
    plan = read_blocks([
        "Home Health Plan of Care",
        "Orders",
        "SN 2w4.",
        "MSW: community resources, 1 visit in 30 days",
    ])
    assert [(s.description or "")[:3] for s in plan.services] == ["SN", "MSW"]


# --- "Service:" among the client's details -----------------------------------------------------------------------


def test_kind_of_care_in_the_header_table_is_no_service() -> None:
    plan = read_blocks([
        "INDIVIDUAL TREATMENT PLAN",
        [
            ["Client", "Perpetua Lindqvist"],
            ["Service", "Outpatient counseling"],
            ["Plan date", "03/03/2025"],
        ],
        "Services",
        [
            ["Service", "CPT", "Session length", "Frequency"],
            ["Individual therapy", "90834", "45 minutes", "weekly"],
        ],
    ])
    assert _svc(plan) == [("90834", "Individual therapy", "weekly", 45.0)]


def test_kind_of_care_as_a_client_line_is_no_service() -> None:
    plan = read_blocks([
        "Client Information",
        "Name: Osric Vandenheuvel",
        "Service: Behavioral health outpatient",
        "Treatment Modality and Frequency",
        "Family psychotherapy (90847) - 50 minutes, twice a month",
    ])
    assert [s.code for s in plan.services] == ["90847"]


def test_near_miss_kind_of_care_alone_stays_the_service() -> None:
    plan = read_blocks([
        "INDIVIDUAL TREATMENT PLAN",
        [["Client", "Perpetua Lindqvist"], ["Service", "Outpatient counseling"]],
        "Goals",
        "Goal 1: Reduce panic attacks to 1 per week.",
    ])
    assert [s.description for s in plan.services] == ["Outpatient counseling"]
