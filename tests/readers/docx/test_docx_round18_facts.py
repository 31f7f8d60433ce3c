"""Round 18, plan facts: services, durations, diagnoses, identifiers, assessments.

- a sentence of a services paragraph that states only how long treatment lasts ("Expected duration approx. 4
  months, through 5/29/26", "Expected length: 6 months") gives the length of the services the paragraph orders;
- a labelled quantity after the service sentence of a treatments line ("... (CPT 90834). Duration: 6 months.");
- "Expected duration: ..." opening a sentence after a "Treatment:" value is the plan's expected duration;
- "Label — value" and "Label ... value" lines (a long dash or a dot leader after a plan field's label);
- a label naming the payer and the member ID over one value ("Payer / Member ID: Desert Sky Health DSH-0038817-02");
- an old DSM-IV / ICD-9 number leading one item of a list of ICD-10-CM coded diagnoses;
- standardized instruments named in a sentence under an assessment label ("I completed the VB-MAPP on ...");
- a remark under the diagnoses ("Note: family reports ...") is no diagnosis;
- who made a diagnosis and when, written after its bracketed code in a sentence ("..., diagnosed 12/01/2025 by Dr.
  Ana Ferreira, PhD");
- a requested period stated in a sentence ("for the period 03/01/2026 through 02/28/2027").

Each test builds a small plan with python-docx; names and wording are invented. Each change has a near miss that
keeps its old reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from authcheck.model import TreatmentPlan
from authcheck.readers.docx.label_split import split_labels
from authcheck.readers.phrases import parse_diagnoses, prose_diagnoses, treatment_span
from docx_helpers import read_blocks

_HEAD = [
    "Harbor Lane Counseling",
    "Client: Quentin Albescu    DOB: 04/02/1961",
    "Member ID: QX7731190",
    "Plan date: 02/02/2026",
]


def _read(blocks: list[str | list[list[str]]]) -> TreatmentPlan:
    return read_blocks([*_HEAD, *blocks])


# --- a sentence stating how long treatment lasts, in a services paragraph ---------------------------------------


@pytest.mark.parametrize(
    ("heading", "paragraph", "value", "unit", "end"),
    [
        (
            "Tx",
            "Individual psychotherapy, CBT with activation. CPT 90834 (45 min) 1x/wk. Expected duration approx. "
            "4 months, through 5/29/26, then re-evaluate. Coordinate with PCP re: medication.",
            4,
            "month",
            dt.date(2026, 5, 29),
        ),
        (
            "5. Services",
            "Individual psychotherapy, trauma-focused. 90837, 60 minute sessions, once a week. Expected length: "
            "6 months (01-21-2026 to 07-20-2026).",
            6,
            "month",
            dt.date(2026, 7, 20),
        ),
        (
            "Services",
            "Family psychotherapy 90847, 50 minutes every other week. Treatment will last about 12 weeks.",
            12,
            "week",
            None,
        ),
    ],
)
def test_span_sentence_gives_the_services_length(
    heading: str, paragraph: str, value: int, unit: str, end: dt.date | None
) -> None:
    plan = _read([heading, paragraph])
    assert len(plan.services) == 1
    service = plan.services[0]
    assert service.duration is not None
    assert (service.duration.value, service.duration.unit) == (value, unit)
    assert service.end == end


def test_a_later_check_in_is_no_length_of_treatment() -> None:
    plan = _read(["Tx", "Individual psychotherapy. CPT 90834 (45 min) 1x/wk. Will revisit medication in 4 wks."])
    assert len(plan.services) == 1
    assert plan.services[0].duration is None


def test_treatment_span_phrase() -> None:
    assert treatment_span("Expected duration approx. 4 months, through 5/29/26") is not None
    assert treatment_span("Expected length: 6 months") is not None
    assert treatment_span("Review in 90 days") is None
    assert treatment_span("90834 weekly for 12 weeks") is None  # a coded service of its own


# --- a labelled quantity after a treatments line's service ------------------------------------------------------


def test_labelled_duration_after_the_service_sentence() -> None:
    plan = _read(
        [
            "Goals and objectives",
            "Panic attacks will decrease from 4 per week to 1 per week by 08/14/2026.",
            "Treatment",
            "Individual psychotherapy (CBT for panic), 45 minutes, weekly (CPT 90834). Duration: 6 months.",
        ]
    )
    assert len(plan.services) == 1
    duration = plan.services[0].duration
    assert duration is not None and (duration.value, duration.unit) == (6, "month")


def test_expected_duration_sentence_after_a_treatment_value() -> None:
    plan = _read(
        [
            "LTG 1 – leave the house for outings at least 3x/week by 7/31/26.",
            "Treatment: individual psychotherapy (CBT) 45 min sessions BIW x 8 wks, then weekly; first 4 sessions by "
            "telehealth. Expected duration: 6 months.",
        ]
    )
    assert plan.expected_duration is not None
    assert (plan.expected_duration.value, plan.expected_duration.unit) == (6, "month")


def test_treatment_value_without_a_length_leaves_it_missing() -> None:
    plan = _read(
        [
            "LTG 1 – leave the house for outings at least 3x/week by 7/31/26.",
            "Treatment: individual psychotherapy (CBT) 45 min sessions weekly. Location: office and telehealth.",
        ]
    )
    assert plan.expected_duration is None


# --- "Label — value" and "Label ... value" lines ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "label", "value"),
    [
        ("Diagnoses — I69.391 Dysphagia following cerebral infarction", "Diagnoses", "I69.391 Dysphagia following cerebral infarction"),
        ("Patient – Leopold Haraszti", "Patient", "Leopold Haraszti"),
        ("Evaluation (first treatment) — 05/18/2026", "Evaluation (first treatment)", "05/18/2026"),
        ("Dx ... M19.011 primary osteoarthritis, right shoulder", "Dx", "M19.011 primary osteoarthritis, right shoulder"),
        ("Diagnosis.......F41.1 Generalized anxiety disorder", "Diagnosis", "F41.1 Generalized anxiety disorder"),
        ("Client name … Winifred Ostrova", "Client name", "Winifred Ostrova"),
    ],
)
def test_dash_and_leader_labels(line: str, label: str, value: str) -> None:
    first = split_labels(line)[0]
    assert (first.label, first.value) == (label, value)


@pytest.mark.parametrize(
    "line",
    [
        "Plan of treatment – functional goals",  # a heading naming what follows
        "Pt — will walk 100 ft with a cane",  # a short word and prose
        "Summary — stroke 3/2026, home since 5/8",  # no field's label
        "He said... nothing more about it",
        "Baseline — 4 minutes",  # a goal's fact, read with the goal
    ],
)
def test_dash_and_leader_near_misses(line: str) -> None:
    assert split_labels(line)[0].label is None


def test_dashed_treatment_line_orders_its_service() -> None:
    plan = read_blocks(
        [
            "Speech-Language Pathology Plan of Care",
            "Patient — Ilse Varga-Moreau",
            "Date of birth — 02/14/1941",
            "Diagnoses — I69.391 Dysphagia following cerebral infarction; R13.12 Dysphagia, oropharyngeal phase",
            "Goals —",
            "(1) Pt will tolerate thin liquids by cup with chin tuck in 9/10 trials by 07/27/2026.",
            "Treatment — dysphagia tx (92526) incl. oral motor exercises, strategy training. 2x/week for 12 weeks "
            "(24 visits). Repeat MBSS as indicated.",
        ]
    )
    assert [d.code for d in plan.diagnoses] == ["I69.391", "R13.12"]
    assert plan.patient.name == "Ilse Varga-Moreau"
    assert [s.code for s in plan.services] == ["92526"]
    duration = plan.services[0].duration
    assert duration is not None and (duration.value, duration.unit) == (12, "week")


def test_dot_leader_diagnosis_line() -> None:
    plan = read_blocks(
        [
            "Client name ... Winifred Ostrova",
            "DOB ... 03/28/1945",
            "Dx ... M19.011 primary osteoarthritis, right shoulder; M25.611 stiffness of right shoulder",
        ]
    )
    assert [d.code for d in plan.diagnoses] == ["M19.011", "M25.611"]


# --- a payer and the member ID under one label ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "value", "member_id", "payer"),
    [
        ("Payer / Member ID", "Desert Sky Health  DSH-0038817-02", "DSH-0038817-02", "Desert Sky Health"),
        ("Plan ID / Member", "AETX W882041776", "W882041776", None),
        ("Insurance / ID", "Medicare Part B  1EM5-UK7-PA28", "1EM5-UK7-PA28", "Medicare Part B"),
        ("Health plan & member ID", "Prairie Mutual PMX-55120934", "PMX-55120934", "Prairie Mutual"),
    ],
)
def test_payer_then_member_id(label: str, value: str, member_id: str, payer: str | None) -> None:
    plan = read_blocks([[["Learner", "Tobias Wrenfield", "DOB", "7/19/2019"], [label, value, "Plan date", "3/2/2026"]]])
    assert plan.patient.member_id == member_id
    if payer is not None:
        assert plan.payer == payer


def test_payer_and_member_label_with_no_id_yet() -> None:
    plan = read_blocks([[["Learner", "Tobias Wrenfield"], ["Payer / Member ID", "Desert Sky Health / pending"]]])
    assert plan.patient.member_id is None


# --- an old DSM-IV number in a list of coded diagnoses ----------------------------------------------------------


def test_dsm_iv_number_in_a_list_of_icd10_codes() -> None:
    found = parse_diagnoses("296.32 Major depressive disorder, recurrent, moderate;  F41.1 Generalized anxiety disorder")
    assert [(d.code, d.description) for d in found] == [
        ("296.32", "Major depressive disorder, recurrent, moderate"),
        ("F41.1", "Generalized anxiety disorder"),
    ]
    later = parse_diagnoses("F43.10 PTSD; 309.81 - Posttraumatic stress disorder, chronic")
    assert [d.code for d in later] == ["F43.10", "309.81"]


def test_dsm_number_beside_its_icd10_code_is_no_diagnosis() -> None:
    found = parse_diagnoses("F90.2 ADHD, combined type; 300.02 (F41.1) Generalized anxiety disorder")
    assert [d.code for d in found] == ["F90.2", "F41.1"]


def test_dsm_iv_diagnosis_read_from_a_plan() -> None:
    plan = _read(["Diagnosis: 296.32 Major depressive disorder, recurrent, moderate;  F41.1 Generalized anxiety disorder"])
    assert [d.code for d in plan.diagnoses] == ["296.32", "F41.1"]


# --- instruments named in a sentence -----------------------------------------------------------------------------


def test_instruments_named_in_prose_under_an_assessment_label() -> None:
    plan = _read(
        [
            "Assessment. I completed the VB-MAPP on 1/12/2026 (Milestones score 38; Barriers 24) and the Vineland-3 "
            "parent form on 1/15/2026 (Adaptive Behavior Composite 64). Mom reports bedtime is hardest.",
        ]
    )
    found = [(a.instrument, a.date) for a in plan.assessments]
    assert ("VB-MAPP", dt.date(2026, 1, 12)) in found
    assert any(i.startswith("Vineland-3") and d == dt.date(2026, 1, 15) for i, d in found)
    assert all(not i.startswith("I ") and i != "I" for i, _ in found)


def test_instrument_yet_to_be_given_is_no_assessment() -> None:
    plan = _read(["Assessment: We administered the ABLLS-R on 1/20/2026 and will re-administer the VB-MAPP in July."])
    assert [a.instrument for a in plan.assessments] == ["ABLLS-R"]


def test_assessment_label_without_an_instrument_keeps_its_reading() -> None:
    plan = _read(["Assessment: Vineland-3 ABC 68, administered 09/16/2025"])
    assert [(a.instrument, a.date) for a in plan.assessments] == [("Vineland-3", dt.date(2025, 9, 16))]


# --- remarks under the diagnoses ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "remark",
    [
        "Note: family reports a school psychologist suggested autism; no ASD evaluation has been done.",
        "Comments: mother wonders about dyslexia; not evaluated.",
        "Clinician's note - teacher raised attention concerns last year",
    ],
)
def test_remark_under_diagnoses_is_no_diagnosis(remark: str) -> None:
    plan = _read(["Diagnoses", "Primary: F90.2 Attention-deficit hyperactivity disorder, combined type", remark])
    assert [d.code for d in plan.diagnoses] == ["F90.2"]


def test_uncoded_diagnosis_line_is_still_read() -> None:
    plan = _read(["Diagnoses", "Primary: F90.2 Attention-deficit hyperactivity disorder", "Generalized anxiety disorder"])
    assert [d.description for d in plan.diagnoses][-1] == "Generalized anxiety disorder"


# --- who made a diagnosis, after its bracketed code in a sentence ------------------------------------------------


def test_maker_after_a_bracketed_code_in_prose() -> None:
    found = prose_diagnoses(
        "Oliver is a 5-year-old boy with autism spectrum disorder (F84.0), diagnosed 12/01/2025 by Dr. Ana "
        "Ferreira, PhD, licensed psychologist. We are requesting ABA services."
    )
    assert len(found) == 1
    assert found[0].code == "F84.0"
    assert found[0].diagnosed_on == dt.date(2025, 12, 1)
    assert found[0].diagnosed_by is not None and "Ferreira" in found[0].diagnosed_by


def test_bracketed_code_without_a_maker() -> None:
    found = prose_diagnoses("She also has generalized weakness (M62.81). Her daughter was seen by Dr. Lund on 3/2/26.")
    assert [(d.code, d.diagnosed_by) for d in found] == [("M62.81", None)]


# --- a requested period said in a sentence -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        (
            "We are requesting ABA services for the period 03/01/2026 through 02/28/2027 as outlined below.",
            dt.date(2026, 3, 1),
            dt.date(2027, 2, 28),
        ),
        (
            "Authorization is requested from March 1, 2026 to August 31, 2026 for the services below.",
            dt.date(2026, 3, 1),
            dt.date(2026, 8, 31),
        ),
        ("Services will be provided during the authorization period of 3/1/2026 - 8/31/2026.", dt.date(2026, 3, 1), dt.date(2026, 8, 31)),
    ],
)
def test_period_said_in_a_sentence(sentence: str, start: dt.date, end: dt.date) -> None:
    plan = read_blocks(["Bright Path Therapy", "Patient: Oliver Brandt   DOB 05/21/2020", "To the review team,", sentence])
    assert plan.period is not None
    assert (plan.period.start, plan.period.end) == (start, end)


def test_dates_of_missed_sessions_are_no_period() -> None:
    plan = read_blocks(
        ["Bright Path Therapy", "Patient: Oliver Brandt   DOB 05/21/2020", "Sessions from 3/1/2026 to 3/5/2026 were missed."]
    )
    assert plan.period is None
