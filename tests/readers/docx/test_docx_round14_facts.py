"""Plan facts, round 14: a log of reviews written onto an earlier plan (a dated row that records progress or a
sign-off is a review that took place, and its sign-off is dated by the row), how much longer an updated plan runs
("Anticipated additional duration"), a payer's request form dated by its author's signature shortly before the
requested period, a form's "report attached" box under the diagnoses, "Both diagnosed by ..." for every diagnosis
listed, and a "Cert. from / to" label holding both ends of the period.

Each test builds a small plan with python-docx; names and wording are invented and differ from the blind sets.
Near misses (a review log row still pending, an extra service that is no length, a signature after the period
starts or months before it, a ticked diagnosis, a sentence about both parents, a label with only a start) keep
their reading."""

from __future__ import annotations

import datetime as dt

from authcheck.model import TreatmentPlan
from authcheck.readers.docx.labels import field_key
from docx_helpers import read_blocks

_HEAD = [
    "Outpatient Treatment Plan",
    "Client: Thaddeus Okonkwo-Bell    Plan date: 04/07/2025",
    "Diagnosis: F33.1 Major depressive disorder, recurrent, moderate",
    "Goals",
    "Goal 1: Thaddeus will lower his PHQ-9 score from 17 to 9 or below by 10/07/2025.",
    "Services",
    "Individual psychotherapy (90837), 53 minutes, weekly.",
]


def _completed(plan: TreatmentPlan) -> list[dt.date]:
    return sorted(r.date for r in plan.reviews if r.completed and r.date)


def _scheduled(plan: TreatmentPlan) -> list[dt.date]:
    return sorted(r.date for r in plan.reviews if not r.completed and r.date)


# --- a log of reviews under the plan ---------------------------------------------------------------------------


def test_review_log_rows_with_progress_are_reviews_held() -> None:
    plan = read_blocks([
        *_HEAD,
        "Treatment plan reviews",
        [
            ["Review date", "Response to treatment", "Signature"],
            ["07/08/2025", "PHQ-9 now 13; continuing.", "M. Castellanos, LMHC"],
            ["01/13/2026", "Annual revision done; new goals written.", "M. Castellanos, LMHC"],
        ],
    ])
    assert _completed(plan) == [dt.date(2025, 7, 8), dt.date(2026, 1, 13)]
    assert dt.date(2026, 1, 13) not in _scheduled(plan)
    signed = [s for s in plan.signatures if s.name and "Castellanos" in s.name]
    assert signed and all(s.date is not None for s in signed)  # each sign-off dated by its row


def test_reevaluation_log_with_outcome_column() -> None:
    plan = read_blocks([
        *_HEAD,
        [
            ["Re-evaluation date", "Outcome", "Changes to plan"],
            ["11/03/2025", "Goal 1 partly met (PHQ-9 11)", "Frequency reduced to every other week"],
        ],
    ])
    assert dt.date(2025, 11, 3) in _completed(plan)


def test_review_log_row_still_pending_stays_scheduled() -> None:
    plan = read_blocks([
        *_HEAD,
        [
            ["Review date", "Progress", "Signed"],
            ["07/08/2025", "Improving; PHQ-9 12", "R. Ibekwe, LCSW"],
            ["10/06/2025", "Pending", ""],
        ],
    ])
    assert dt.date(2025, 7, 8) in _completed(plan)
    assert dt.date(2025, 10, 6) not in _completed(plan)
    assert dt.date(2025, 10, 6) in _scheduled(plan)


def test_next_review_column_is_not_a_review_held() -> None:
    plan = read_blocks([
        *_HEAD,
        [
            ["Next review due", "Notes"],
            ["10/06/2025", "Bring mood log"],
        ],
    ])
    assert _completed(plan) == []


# --- how much longer an updated plan runs ----------------------------------------------------------------------


def test_additional_duration_labels_name_the_plans_length() -> None:
    for label in ("Anticipated additional duration", "Remaining length of treatment", "Estimated further duration"):
        assert field_key(label) == "expected_duration", label
    for label in ("Additional services", "Further goals", "Continued frequency"):
        assert field_key(label) != "expected_duration", label


def test_update_line_with_additional_duration_is_no_service() -> None:
    plan = read_blocks([
        "Outpatient Treatment Plan — six-month update",
        "Client: Thaddeus Okonkwo-Bell    Plan date: 04/07/2025",
        "Goal 1: Thaddeus will keep his PHQ-9 score at 9 or below at each monthly check through 04/06/2026.",
        "Services (revised): Family psychotherapy 90847, 50 min, twice a month. Remaining length of treatment: 16 weeks.",
    ])
    assert all("length" not in (s.description or "").lower() for s in plan.services), plan.services
    assert plan.expected_duration is not None and plan.expected_duration.value == 16


# --- a payer's request form dated by its author ----------------------------------------------------------------

_REQUEST = [
    "Behavioral Health Authorization Request",
    [["Member", "Ingrid Paszkowski"], ["Date of birth", "02/14/2020"], ["Member ID", "QH-88210377"]],
    "Diagnosis: F84.0 Autism spectrum disorder",
    "Goal 1: Ingrid will request help with a 2-word phrase on 80% of opportunities by 07/31/2026.",
    "Requested dates of service: 03/02/2026 to 08/31/2026",
]


def test_request_form_is_dated_by_its_authors_signature_before_the_period() -> None:
    plan = read_blocks([
        *_REQUEST,
        [["Behavior analyst", "Oluwaseun Brandt, MEd, BCBA (signed)", "02/16/2026"],
         ["Parent", "Marek Paszkowski (signed)", "02/18/2026"]],
    ])
    assert plan.plan_date == dt.date(2026, 2, 16)


def test_request_form_signed_after_the_period_starts_stays_undated() -> None:
    plan = read_blocks([
        *_REQUEST,
        [["Behavior analyst", "Oluwaseun Brandt, MEd, BCBA (signed)", "03/20/2026"]],
    ])
    assert plan.plan_date is None


def test_request_form_signed_months_before_stays_undated() -> None:
    plan = read_blocks([
        *_REQUEST,
        [["Behavior analyst", "Oluwaseun Brandt, MEd, BCBA (signed)", "10/01/2025"]],
    ])
    assert plan.plan_date is None


# --- a form's attachment box under the diagnoses ---------------------------------------------------------------


def test_attachment_notes_under_diagnoses_are_no_diagnoses() -> None:
    for note in ("☒ Diagnostic report attached", "Copy of psychological evaluation enclosed",
                 "[x] Evaluation records available upon request"):
        plan = read_blocks([
            "Treatment Plan",
            "Client: Ingrid Paszkowski    Plan date: 02/16/2026",
            [["Diagnosis"], [f"Primary: F84.0 Autism spectrum disorder\n{note}"]],
        ])
        assert [d.code for d in plan.diagnoses] == ["F84.0"], (note, plan.diagnoses)


def test_ticked_condition_is_still_a_diagnosis() -> None:
    plan = read_blocks([
        "Treatment Plan",
        "Client: Ingrid Paszkowski    Plan date: 02/16/2026",
        "Diagnoses",
        "☒ Autism spectrum disorder (F84.0)",
    ])
    assert [d.code for d in plan.diagnoses] == ["F84.0"]


# --- "Both diagnosed by ..." -----------------------------------------------------------------------------------


def test_both_diagnosed_by_documents_every_listed_diagnosis() -> None:
    for made in ("Both diagnosed by Harriet Solberg, PhD, on 09/22/2025.",
                 "All three were diagnosed 09/22/2025 by Harriet Solberg, PhD."):
        plan = read_blocks([
            "Treatment Plan",
            "Client: Ingrid Paszkowski    Plan date: 02/16/2026",
            "Diagnoses",
            "1. F84.0 Autism spectrum disorder (primary)",
            "2. F80.2 Mixed receptive-expressive language disorder",
            "3. F98.0 Enuresis not due to a substance or known physiological condition",
            made,
        ])
        assert [d.code for d in plan.diagnoses] == ["F84.0", "F80.2", "F98.0"], made
        assert all(d.diagnosed_on == dt.date(2025, 9, 22) for d in plan.diagnoses), made
        assert all(d.diagnosed_by and "Solberg" in d.diagnosed_by for d in plan.diagnoses), made


def test_sentence_about_both_parents_is_no_diagnosis_statement() -> None:
    plan = read_blocks([
        "Treatment Plan",
        "Client: Ingrid Paszkowski    Plan date: 02/16/2026",
        "Diagnoses",
        "1. F84.0 Autism spectrum disorder (primary)",
        "Both parents attend the weekly caregiver sessions.",
    ])
    assert plan.diagnoses[0].code == "F84.0"
    assert plan.diagnoses[0].diagnosed_by is None


# --- both ends of the period under one label -------------------------------------------------------------------


def test_from_to_label_holds_the_period() -> None:
    for label in ("Cert. from / to", "POC from / through", "Certification from/to"):
        assert field_key(label) == "period", label
    assert field_key("Cert. from") != "period"
    plan = read_blocks([
        "Physical Therapy Plan of Care",
        [["Patient", "Gunnar Tveit"], ["Plan date", "3/9/26"], ["POC from / through", "3/9/26 - 6/5/26"]],
        "Note: faxed to physician 3/9/26 and again 3/23/26.",
    ])
    assert plan.period is not None
    assert (plan.period.start, plan.period.end) == (dt.date(2026, 3, 9), dt.date(2026, 6, 5))
