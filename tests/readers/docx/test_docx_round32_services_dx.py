"""Services, interventions, quantities and diagnoses, round 32: a coded service whose session length is a row of
check boxes; a procedure "as needed" inside a visit course that opens the list ("OT 2x/week for 12 weeks: ...");
an upper-case caption of a fixed-width print ("STRATEGY Group counseling 4x/week"); a session length written
"45-minute" right after "CPT 90834:" (no modifier); a later change opening a clause ("; moving to every other
week after ..."); a person named under a heading about orders; coded treatments with their quantities labelled
after them on the same line; a sentence of visits after a list of coded services parted by semicolons; a diagnosis
table read cell by cell whose column titles and rank column are no diagnoses; a condition as a label with its code
as the value ("Social anxiety disorder (social phobia), unspecified: F40.10").

Each change has a test of what it now reads and of a near miss that must still read as before. Each test builds a
small plan with python-docx; names and wording are invented and differ from the blind sets."""

from __future__ import annotations

from authcheck.model import TreatmentPlan
from authcheck.readers.phrases import find_service_codes, parse_service
from authcheck.readers.phrases.diagnoses import prose_diagnoses
from docx_helpers import read_blocks

_HEAD = [
    "Outpatient Treatment Plan",
    "Client: Oriel Vantongeren    DOB: 02/14/1958",
    "Plan date: 04/06/2026",
]


def _read(blocks: list) -> TreatmentPlan:
    return read_blocks(blocks)


def _by_code(plan: TreatmentPlan) -> dict[str | None, object]:
    return {s.code: s for s in plan.services}


# --- a coded service whose session length is ticked in boxes ------------------------------------------------------


def test_ticked_session_length_belongs_to_the_coded_service_before_it() -> None:
    found = parse_service("Family psychotherapy: CPT 90847 - session length ☐ 30 min ☐ 50 min ☒ 80 min")
    assert [(s.code, s.amount) for s in found] == [("90847", "session length 80 min")]


def test_ticked_options_without_a_code_keep_only_the_options() -> None:
    # near miss: a lead naming no code is only the options' label ("Frequency:"), dropped as before
    found = parse_service("Frequency: ☐ Weekly ☒ Every 2 weeks ☐ Monthly")
    assert [(s.code, s.description, s.frequency) for s in found] == [(None, None, "Every 2 weeks")]


def test_no_ticked_length_gives_no_amount() -> None:
    # near miss: nothing ticked states no length: the coded service is read without an amount (reported missing)
    found = parse_service("Family psychotherapy: CPT 90847 - session length ☐ 30 min ☐ 50 min")
    assert [(s.code, s.amount) for s in found] == [("90847", None)]


def test_checkbox_form_service_has_its_ticked_length() -> None:
    plan = _read([
        *_HEAD,
        "Diagnosis: F32.1 Major depressive disorder, single episode, moderate",
        "Services (tick one)",
        "Individual psychotherapy: CPT 90837 – session length ☐ 30 min  ☐ 45 min  ☒ 60 min",
        "Frequency: ☒ Weekly  ☐ Every 2 weeks",
    ])
    service = _by_code(plan)["90837"]
    assert service.amount is not None and service.amount.minutes == 60


# --- "as needed" inside a visit course that opens a list of coded procedures ---------------------------------------


def test_as_needed_procedure_inside_a_visit_course_is_done_at_those_visits() -> None:
    found = parse_service(
        "PT 3x/week for 8 weeks: gait training (97116), therapeutic exercise (97110), wheelchair management (97542) as "
        "needed."
    )
    frequencies = {s.code: s.frequency for s in found}
    assert frequencies["97116"] and "3x/week" in frequencies["97116"]
    assert frequencies["97542"] == "as needed (at the 3x/week visits)"


def test_as_needed_without_a_visit_course_stays_as_needed() -> None:
    # near miss: no course opens the list, so "as needed" has no bound (its frequency is still missing)
    found = parse_service("Individual therapy (90834) weekly, family session (90847) as needed.")
    assert {s.code: s.frequency for s in found} == {"90834": "weekly", "90847": "as needed"}


# --- an upper-case caption in a fixed-width print --------------------------------------------------------------------


def _fixed_width(strategy: str) -> TreatmentPlan:
    return _read([
        "RESIDENTIAL TREATMENT PLAN",
        "Client Name:  Tobias Rennequin",
        "Plan Date:    05/11/2026",
        "DX:  F11.20 Opioid dependence, uncomplicated",
        "PROBLEM 1  Opioid use",
        "  OBJ 1A   Tobias will attend 5 of 5 weekly groups for 4 weeks.      TARGET 06/08/2026",
        f"  {strategy}",
    ])


def test_caps_strategy_caption_is_an_intervention_of_the_goal() -> None:
    plan = _fixed_width("STRATEGY Relapse prevention group 5x/week; individual counseling 1x/week")
    found = [i for _, i in plan.iter_interventions()]
    assert found and found[0].label == "STRATEGY"
    assert found[0].frequency is not None and found[0].frequency.count == 5


def test_caps_caption_of_another_kind_is_no_intervention() -> None:
    # near miss: an upper-case caption that names no treatment element ("COMMENT") gives no intervention
    plan = _fixed_width("COMMENT Tobias asked for a later group time 5x/week")
    assert [i for _, i in plan.iter_interventions()] == []


# --- "CPT 90834: 45-minute sessions": a length, not a modifier ---------------------------------------------------


def test_length_after_code_and_colon_is_no_modifier() -> None:
    assert [(c, m) for c, m, _, _ in find_service_codes("Individual psychotherapy, CPT 90834: 45-minute sessions")] == [
        ("90834", [])
    ]
    found = parse_service("Individual psychotherapy, CPT 90834: 45-minute sessions, once a week.")
    assert [(s.code, s.amount, s.frequency) for s in found] == [("90834", "45-minute sessions", "once a week")]


def test_numeric_modifier_after_a_dash_is_still_read() -> None:
    # near miss: a two-digit modifier with no unit after it stays a modifier
    assert [(c, m) for c, m, _, _ in find_service_codes("97110-59 therapeutic exercise")] == [("97110", ["59"])]


# --- "; moving to every other week after ...": a later change, not a service --------------------------------------


def test_clause_opening_with_a_change_is_no_service() -> None:
    found = parse_service(
        "Individual psychotherapy CPT 90837, 53-minute sessions, weekly; moving to every other week after PHQ-9 "
        "falls below 10."
    )
    assert [(s.code, s.frequency) for s in found] == [("90837", "weekly")]


def test_second_coded_service_after_a_semicolon_is_still_read() -> None:
    # near miss: a clause with its own code after the semicolon is its own service
    found = parse_service("Individual psychotherapy 90837, 53 minutes, weekly; family therapy 90847, 50 minutes, monthly.")
    assert [(s.code, s.frequency) for s in found] == [("90837", "weekly"), ("90847", "monthly")]


# --- a person named under a heading about orders -------------------------------------------------------------------


def test_ordering_physician_under_orders_heading_is_no_service() -> None:
    plan = _read([
        *_HEAD,
        "Orders",
        "Skilled nursing: 2 visits/week x 4 weeks — wound assessment.",
        "Physician Orders Signature",
        "Ordering physician: Leontyne Abara, MD",
    ])
    assert [s.description for s in plan.services] == ["Skilled nursing"]


def test_short_service_line_under_orders_is_still_a_service() -> None:
    # near miss: a short line naming a service (no person) under the same heading is still read as one
    plan = _read([
        *_HEAD,
        "Orders",
        "Skilled nursing: 2 visits/week x 4 weeks — wound assessment.",
        "Physician Orders Signature",
        "Medical social work: evaluate",
    ])
    assert any((s.description or "").startswith("Medical social work") for s in plan.services)


# --- coded treatments with their quantities labelled after them on the same line -----------------------------------


def _plan_line(line: str) -> TreatmentPlan:
    return _read([
        *_HEAD,
        "Diagnosis: R47.01 Aphasia",
        "Plan",
        line,
    ])


def test_coded_treatments_with_labelled_quantities_are_services() -> None:
    plan = _plan_line(
        "Treatment of speech and language (92507) and swallowing (92526). Frequency: 2x/week. Duration: 10 weeks."
    )
    services = _by_code(plan)
    assert set(services) == {"92507", "92526"}
    assert all(s.frequency is not None and s.frequency.count == 2 for s in services.values())


def test_coded_treatments_with_no_quantity_stay_treatments() -> None:
    # near miss: the same treatments with no quantity on the line request nothing; no frequency is read anywhere
    plan = _plan_line("Treatment of speech and language (92507) and swallowing (92526). Reassessment: at 10 visits.")
    assert [s for s in plan.services if s.frequency is not None] == []
    interventions = [i for _, i in plan.iter_interventions()]
    assert {i.service_code for i in interventions} >= {"92507", "92526"}
    assert all(i.frequency is None or not i.frequency.stated for i in interventions)


# --- a sentence of visits after a list of coded services parted by semicolons ---------------------------------------


def test_visits_sentence_after_semicolon_list_is_every_service_frequency() -> None:
    found = parse_service(
        "97110 therapeutic exercise; 97530 therapeutic activities; 97035 ultrasound. 3 visits per week x 6 weeks."
    )
    assert [(s.code, s.frequency, s.duration) for s in found] == [
        ("97110", "3 visits per week", "6 weeks"),
        ("97530", "3 visits per week", "6 weeks"),
        ("97035", "3 visits per week", "6 weeks"),
    ]


def test_services_with_their_own_frequency_keep_it() -> None:
    # near miss: services that each state how often keep their own; the sentence after them is not shared
    found = parse_service("97110 therapeutic exercise 2x/week; 97140 manual therapy 1x/week. Reassess in 4 weeks.")
    assert [(s.code, s.frequency) for s in found] == [("97110", "2x/week"), ("97140", "1x/week")]


def test_sentence_after_list_that_is_no_quantity_is_not_shared() -> None:
    # near miss: a sentence that opens with words, not a quantity, says nothing of the services' visits
    found = parse_service("97110 therapeutic exercise; 97140 manual therapy. Client reports pain 3 times per week.")
    assert [s.frequency for s in found if s.code == "97110"] == [None]


# --- a diagnosis table read cell by cell ----------------------------------------------------------------------------


def test_name_and_type_columns_are_no_diagnoses() -> None:
    plan = _read([
        *_HEAD,
        "Diagnoses",
        [
            ["ICD-10-CM", "Name", "Type"],
            ["F43.10", "Post-traumatic stress disorder, unspecified", "Primary"],
            ["E11.9", "Type 2 diabetes mellitus without complications", "Contributing"],
        ],
    ])
    assert [(d.code, d.description) for d in plan.diagnoses] == [
        ("F43.10", "Post-traumatic stress disorder, unspecified"),
        ("E11.9", "Type 2 diabetes mellitus without complications"),
    ]
    assert plan.diagnoses[0].primary


def test_condition_in_the_rank_column_is_still_a_diagnosis() -> None:
    # near miss: a condition written where the rank goes is no rank: it is kept (its code is missing, and reported)
    plan = _read([
        *_HEAD,
        "Diagnoses",
        [
            ["ICD-10-CM", "Name", "Type"],
            ["F43.10", "Post-traumatic stress disorder, unspecified", "Primary"],
            ["E11.9", "Type 2 diabetes mellitus without complications", "Insomnia"],
        ],
    ])
    assert (None, "Insomnia") in [(d.code, d.description) for d in plan.diagnoses]


# --- a condition as a label with its code as the value -------------------------------------------------------------


def test_condition_label_with_its_code_is_a_diagnosis() -> None:
    found = prose_diagnoses("Social anxiety disorder (social phobia), unspecified: F40.10")
    assert [(d.code, d.description) for d in found] == [
        ("F40.10", "Social anxiety disorder (social phobia), unspecified")
    ]
    plan = _read([
        *_HEAD,
        "Diagnosis: ICD-10-CM",
        "Generalized anxiety disorder: F41.1",
        "Goals",
        "Goal 1: Reduce worry so she can drive to work.",
    ])
    assert [(d.code, d.description) for d in plan.diagnoses] == [("F41.1", "Generalized anxiety disorder")]


def test_other_label_with_a_code_value_is_no_diagnosis() -> None:
    # near miss: a label that is not the code's condition ("Panic disorder" for F41.1, an ID) reads nothing new
    assert prose_diagnoses("Panic disorder: F41.1") == []
    assert prose_diagnoses("Member ID: F40.10") == []
