"""Services, quantities and diagnoses, round 31: an empty value written as words ("none on file"); a rule of
underscores and a line of repeated measures under a services heading; a sentence that names a doctor ("with Dr.
Ames, 25 minutes, every 4 weeks"); a session length followed by a frequency under a label nobody lists
("Cadence:"); a PRN order beside a discipline's scheduled visits; a tapering rule under the services; "every 90
days"; a visit grid that writes the period in a column of its own ("Visits | Per | Weeks"); a frequency written once
before a table of coded procedures; coded "Modality n:" lines under a "Modalities / Services" heading.

Each change has a test of what it now reads and of a near miss that must still read as before. Each test builds a
small plan with python-docx; names and wording are invented and differ from the blind sets."""

from __future__ import annotations

from authcheck.model import TreatmentPlan
from authcheck.parsing import parse_frequency
from authcheck.readers.phrases import blank_value
from docx_helpers import read_blocks

_HEAD = [
    "Outpatient Treatment Plan",
    "Client: Marisol Quenby    DOB: 04/12/1961",
    "Plan date: 03/02/2026",
]


def _read(blocks: list) -> TreatmentPlan:
    return read_blocks(blocks)


def _by_code(plan: TreatmentPlan) -> dict[str | None, object]:
    return {s.code: s for s in plan.services}


# --- "none on file": an empty field written in words -----------------------------------------------------------


def test_none_on_file_is_a_blank_value() -> None:
    assert blank_value("none on file")
    assert blank_value("None noted.")
    assert not blank_value("Psychological evaluation on file")  # a paper that exists, not an empty field


def test_secondary_none_on_file_is_no_diagnosis() -> None:
    plan = _read([
        "Individual Treatment Plan",
        "Pt: Harriet Oyelaran\t\tDOB: 01/05/1950",
        "Medicare (MBI): 5TR2-KL8-MN40\t\tSecondary: none on file",
        "Diagnoses",
        "F33.1  Major depressive disorder, recurrent, moderate (primary)",
    ])
    assert [d.code for d in plan.diagnoses] == ["F33.1"]


def test_secondary_with_a_name_is_still_an_uncoded_diagnosis() -> None:
    # near miss: a secondary diagnosis written without its code is kept (its code is missing, and reported)
    plan = _read([
        "Individual Treatment Plan",
        "Pt: Harriet Oyelaran\t\tDOB: 01/05/1950",
        "Secondary: Generalized anxiety disorder",
        "Diagnoses",
        "F33.1  Major depressive disorder, recurrent, moderate (primary)",
    ])
    assert any(d.code is None and "anxiety" in (d.description or "").lower() for d in plan.diagnoses)


# --- a rule of underscores and repeated measures under the services ---------------------------------------------


def test_underscore_rule_and_measures_line_are_no_services() -> None:
    plan = _read([
        *_HEAD,
        "Services",
        "Service: 90834 Psychotherapy, 45 minutes with patient",
        "Frequency: weekly",
        "Measures: PCL-5 and PHQ-9 every 4 weeks.",
        "_" * 70,
    ])
    assert [s.code for s in plan.services] == ["90834"]
    service = plan.services[0]
    assert service.amount is not None and service.amount.minutes == 45
    assert service.frequency is not None and service.frequency.per_week() == 1


def test_named_service_every_four_weeks_is_still_a_service() -> None:
    # near miss: a service named before the colon (not the measures) with how often it is given
    plan = _read([
        *_HEAD,
        "Services",
        "Service: 90834 Psychotherapy, 45 minutes, weekly",
        "Family session: every 4 weeks",
    ])
    named = [s for s in plan.services if (s.description or "").lower().startswith("family")]
    assert len(named) == 1 and named[0].frequency is not None and named[0].frequency.per_week() == 0.25


# --- a sentence naming a doctor is one sentence --------------------------------------------------------------


def test_doctor_abbreviation_does_not_end_the_service_sentence() -> None:
    plan = _read([
        *_HEAD,
        "SERVICES",
        "Individual psychotherapy (CPT 90834), 45 minutes, weekly.",
        "Psychiatric medication management (CPT 99214) with Dr. Ames, 25 minutes, every 4 weeks.",
    ])
    med = _by_code(plan)["99214"]
    assert med.amount is not None and med.amount.minutes == 25  # type: ignore[attr-defined]
    assert med.frequency is not None and med.frequency.per_week() == 0.25  # type: ignore[attr-defined]


def test_two_sentences_are_still_two_services() -> None:
    # near miss: a real sentence end between two coded services; the second states no session length
    plan = _read([
        *_HEAD,
        "SERVICES",
        "Individual psychotherapy (CPT 90834), 45 minutes, weekly. Group psychotherapy (CPT 90853), weekly.",
    ])
    services = _by_code(plan)
    assert set(services) == {"90834", "90853"}
    assert services["90853"].amount is None or not services["90853"].amount.stated  # type: ignore[attr-defined]


# --- a session length, then how often under an unlisted label ----------------------------------------------


def test_cadence_after_session_length_is_the_frequency() -> None:
    plan = _read([
        *_HEAD,
        "How we will get there",
        "Service: 90834 individual psychotherapy. Session length: 45 minutes. Cadence: every other week",
    ])
    service = _by_code(plan)["90834"]
    assert service.amount is not None and service.amount.minutes == 45  # type: ignore[attr-defined]
    assert service.frequency is not None and service.frequency.per_week() == 0.5  # type: ignore[attr-defined]


def test_session_length_with_a_remark_states_no_frequency() -> None:
    # near miss: the sentence after the length says where, not how often: the frequency stays missing
    plan = _read([
        *_HEAD,
        "How we will get there",
        "Service: 90834 individual psychotherapy. Session length: 45 minutes. Setting: office or telehealth",
    ])
    service = _by_code(plan)["90834"]
    assert service.amount is not None and service.amount.minutes == 45  # type: ignore[attr-defined]
    assert service.frequency is None or not service.frequency.stated  # type: ignore[attr-defined]


# --- a PRN order beside a discipline's scheduled visits -----------------------------------------------------------

_HH_HEAD = [
    "PLAN OF CARE",
    "Patient: Ambrose Tillery     DOB: 02/02/1940",
    "SOC Date: 10/05/2026     Certification Period: 10/05/2026 - 12/03/2026",
    "ORDERS",
]


def test_prn_order_without_limit_is_an_order_of_its_own() -> None:
    plan = _read([
        *_HH_HEAD,
        "SN: 1w9 — assess GU status, teach caregiver catheter care.",
        "SN: PRN for catheter problems (blockage, leakage).",
        "HHA: 2w8 — personal care.",
    ])
    nursing = [s for s in plan.services if s.description == "SN"]
    assert len(nursing) == 2
    prn = [s for s in nursing if s.frequency is not None and s.frequency.prn]
    assert len(prn) == 1 and not prn[0].frequency.stated  # no limit on the visits: reported as missing


def test_prn_order_with_limit_is_stated() -> None:
    plan = _read([
        *_HH_HEAD,
        "SN: 1w9 — assess GU status, teach caregiver catheter care.",
        "SN: 2 PRN visits for catheter problems (blockage, leakage).",
    ])
    nursing = [s for s in plan.services if s.description == "SN"]
    assert all(s.frequency is not None and s.frequency.stated for s in nursing)


def test_discipline_line_without_quantity_still_completes_its_order() -> None:
    # near miss: "PT: gait training, 45-60 minute visits" under "PT: 2w4" adds the length to that order
    plan = _read([
        *_HH_HEAD,
        "PT: 2w4 — transfer training.",
        "PT: gait training, stair training, 45-60 minute visits.",
    ])
    therapy = [s for s in plan.services if s.description == "PT"]
    assert len(therapy) == 1
    assert therapy[0].amount is not None and therapy[0].amount.minutes == 45


# --- a tapering rule under the services -------------------------------------------------------------------


def test_tapering_rule_is_no_service() -> None:
    plan = _read([
        *_HEAD,
        "SERVICES AND SCHEDULE",
        "Individual psychotherapy (CPT 90837), 53 minutes, weekly.",
        "Tapering: sessions step down as panic attacks fall below 1 per week; if attacks return the schedule goes "
        "back to the previous phase.",
    ])
    assert [s.code for s in plan.services] == ["90837"]


def test_group_named_under_services_is_still_a_service() -> None:
    # near miss: a named group with how often it meets is a service (no taper rule in it)
    plan = _read([
        *_HEAD,
        "SERVICES AND SCHEDULE",
        "Individual psychotherapy (CPT 90837), 53 minutes, weekly.",
        "Relapse prevention group: 1 per week",
    ])
    assert len(plan.services) == 2


# --- "every 90 days" ---------------------------------------------------------------------------------------


def test_every_ninety_days_is_a_frequency() -> None:
    found = parse_frequency("every 90 days")
    assert found is not None and found.per == "day" and abs(found.count - 1 / 90) < 1e-9
    assert parse_frequency("every 400 days") is None  # near miss: longer than a year is no frequency
    assert parse_frequency("every 90 minutes") is None  # an interval within a day, not visits


def test_otp_physician_review_every_ninety_days_is_stated() -> None:
    plan = _read([
        *_HEAD,
        "SERVICES / TASKS",
        "  Individual counseling ................... 2 times per month, 50 minutes",
        "  Physician review ........................ every 90 days",
    ])
    review = [s for s in plan.services if "physician" in (s.description or "").lower()]
    assert len(review) == 1 and review[0].frequency is not None and review[0].frequency.stated


# --- a visit grid with the period in a column of its own ----------------------------------------------------


def _grid(per: str) -> list:
    return [
        *_HH_HEAD,
        [
            ["Discipline", "HCPCS", "Visits", "Per", "Weeks", "Visit length"],
            ["Skilled nursing", "G0299", "1", per, "8", "45 min"],
            ["Home health aide", "G0156", "2", per, "6", "1 hour"],
        ],
    ]


def test_per_column_gives_the_period_of_the_visits() -> None:
    plan = _read(_grid("week"))
    services = _by_code(plan)
    assert services["G0299"].frequency.per_week() == 1  # type: ignore[attr-defined]
    assert services["G0156"].frequency.per_week() == 2  # type: ignore[attr-defined]
    assert services["G0156"].duration.value == 6  # type: ignore[attr-defined]


def test_blank_per_column_leaves_the_count_without_period() -> None:
    # near miss: no period written: a bare count of visits is no frequency
    plan = _read(_grid(""))
    for service in plan.services:
        assert service.frequency is None or not service.frequency.stated


# --- a frequency written once before a table of coded procedures ------------------------------------------


def _pt_plan(frequency_line: str | None) -> list:
    return [
        "PHYSICAL THERAPY PLAN OF CARE",
        "Patient: Lorna Pettibone    DOB: 06/09/1958",
        "Plan of Care",
        *([frequency_line] if frequency_line else []),
        [
            ["CPT", "Intervention", "Units/visit"],
            ["97110", "Therapeutic exercise", "2"],
            ["97116", "Gait training", "1"],
        ],
    ]


def test_frequency_before_procedure_table_is_each_rows() -> None:
    plan = _read(_pt_plan("Frequency: 2x/week.   Duration: 12 weeks."))
    assert sorted(s.code for s in plan.services) == ["97110", "97116"]
    for service in plan.services:
        assert service.frequency is not None and service.frequency.per_week() == 2
        assert service.units is not None


def test_procedure_table_without_frequency_line_has_none() -> None:
    # near miss: nothing says how often: each row's frequency stays missing
    plan = _read(_pt_plan(None))
    assert sorted(s.code for s in plan.services) == ["97110", "97116"]
    assert all(s.frequency is None for s in plan.services)


# --- coded "Modality n:" lines under a "Modalities / Services" heading --------------------------------------


def _modalities(heading: str) -> list:
    return [
        *_HEAD,
        heading,
        "Modality 1: Individual psychotherapy, CPT 90834 — 45 minutes, every other week, 6 sessions.",
        "Modality 2: Group psychotherapy, CPT 90853 — trauma-skills group, weekly, for 12 weeks.",
    ]


def test_coded_modalities_under_services_heading_are_requested_services() -> None:
    plan = _read(_modalities("MODALITIES / SERVICES"))
    services = _by_code(plan)
    assert set(services) == {"90834", "90853"}
    assert services["90834"].amount.minutes == 45  # type: ignore[attr-defined]
    group = services["90853"]
    assert group.frequency.per_week() == 1  # type: ignore[attr-defined]
    assert group.amount is None  # type: ignore[attr-defined]  # no session length written: reported as missing


def test_coded_modalities_under_a_treatments_heading_stay_treatments() -> None:
    # near miss: under a heading that names no services, they are the plan's treatments only
    plan = _read(_modalities("MODALITIES"))
    assert plan.services == []
    assert {i.service_code for i in plan.interventions} == {"90834", "90853"}


def test_sessions_step_down_sentence_is_no_service_but_a_service_that_mentions_it_is() -> None:
    plan = _read([
        *_HEAD,
        "SERVICES AND SCHEDULE",
        "Individual psychotherapy (CPT 90837), 53 minutes, weekly.",
        "Sessions step down when panic attacks stay below 1 per week.",
    ])
    assert [s.code for s in plan.services] == ["90837"]
    # near miss: a service line that only adds how it will later step down is still that service
    plan = _read([
        *_HEAD,
        "SERVICES AND SCHEDULE",
        "Family therapy: 2 times per month, 50 minutes; sessions step down when goals are met",
    ])
    assert len(plan.services) == 1 and plan.services[0].frequency is not None


def test_prn_limit_written_after_the_reason_is_read() -> None:
    plan = _read([
        *_HH_HEAD,
        "SN: 2w3, 1w6 — wound care, teach dressing change.",
        "SN: PRN visits for a soiled or loose dressing — PRN x 2",
    ])
    prn = [s for s in plan.services if s.frequency is not None and s.frequency.prn]
    assert len(prn) == 1 and prn[0].frequency.prn_limit == 2 and prn[0].frequency.stated
