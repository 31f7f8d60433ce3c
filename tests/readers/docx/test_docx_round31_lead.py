"""Round 31, the lead's fixes (each with the near miss that must read as before):

- a goals table column naming the kind of service and its frequency ("Type / frequency of service") holds the
  objective's interventions;
- "Interventions and frequency:" labels interventions (each with its own frequency);
- a headerless table of sign-off rows that looks like captions over values is read as signers;
- "CPT: ☒ 90837 (60 min)" under an intervention's modality gives its session length;
- a form box captioned "Goals / objectives" whose lines name their goals and objectives ("Goal A.", "A1.").
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx_helpers import read_blocks, save_blocks

from authcheck.api import check_file, load_library, select_profiles
from authcheck.readers.docx.labels import field_key
from authcheck.readers.docx.tables import column_role

_HEAD = [
    "Individual Treatment Plan",
    "Client: Marisol Quenby    DOB: 04/12/1961",
    "Plan date: 03/02/2026",
    "Diagnosis: F33.1 Major depressive disorder, recurrent, moderate",
]


@pytest.mark.parametrize("header", ["Type / frequency of service", "Type and frequency of service", "Modality and frequency"])
def test_a_column_of_service_type_and_frequency_holds_interventions(header: str) -> None:
    assert column_role(header) == "intervention"


@pytest.mark.parametrize(("header", "role"), [("Frequency", "frequency"), ("Service frequency", "service")])
def test_a_frequency_column_alone_keeps_its_role(header: str, role: str) -> None:
    assert column_role(header) == role


def test_goals_table_with_a_type_and_frequency_column_gives_each_goal_its_service() -> None:
    plan = read_blocks([
        *_HEAD,
        "Goals and Objectives",
        [["Goal", "Objective", "Expected completion date", "Type / frequency of service"],
         ["Improve mood", "PHQ-9 from 16 to 9 or below", "06/01/2026", "Individual therapy, 50 minutes, weekly"]],
    ])
    goal = plan.problems[0].goals[0]
    assert [(i.frequency.per, i.amount.minutes) for i in goal.interventions if i.frequency and i.amount] == [("week", 50)]


@pytest.mark.parametrize("label", ["Interventions and frequency", "Interventions / frequency"])
def test_interventions_and_frequency_label_names_interventions(label: str) -> None:
    assert field_key(label) == "interventions"


def test_frequency_and_duration_label_stays_a_frequency() -> None:
    assert field_key("Frequency and duration") == "frequency"


_SIGNERS_NO_HEADER = [
    ["BCBA", "Nadia Petrov, MS, BCBA  (electronically signed)", "06/15/2026"],
    ["Parent / Guardian", "Luis Vance", "06/17/2026"],
]


def test_a_headerless_table_of_sign_off_rows_gives_its_signers() -> None:
    plan = read_blocks([*_HEAD, "Goal 1: Reduce worry", "Signatures", _SIGNERS_NO_HEADER])
    assert sorted((s.role, s.name, s.date) for s in plan.signatures) == [
        ("clinician", "Nadia Petrov", dt.date(2026, 6, 15)),
        ("guardian", "Luis Vance", dt.date(2026, 6, 17)),
    ]


def test_a_table_of_client_details_is_no_signers_table() -> None:
    plan = read_blocks([*_HEAD, "Goal 1: Reduce worry", [["Client", "DOB", "Member ID"], ["Luis Vance", "06/17/2016", "ZK4471902"]]])
    assert plan.signatures == []


def test_a_session_length_after_the_cpt_code_of_a_modality() -> None:
    plan = read_blocks([
        *_HEAD,
        "Goal 1: Mood will improve so that PHQ-9 falls from 16 to 9 or below by 06/01/2026.",
        "Services",
        "Modality:   ☒ Individual psychotherapy   ☐ Group   ☐ Family",
        "CPT:   ☐ 90832 (30 min)   ☐ 90834 (45 min)   ☒ 90837 (60 min)",
        "Frequency: weekly",
    ])
    therapy = [i for i in plan.interventions if i.service_code == "90837"]
    assert therapy and therapy[0].amount is not None and therapy[0].amount.minutes == 60


def test_a_cpt_code_alone_states_no_session_length() -> None:
    plan = read_blocks([
        *_HEAD,
        "Goal 1: Mood will improve so that PHQ-9 falls from 16 to 9 or below by 06/01/2026.",
        "Services",
        "Modality:   ☒ Individual psychotherapy   ☐ Group   ☐ Family",
        "CPT:   ☒ 90837",
        "Frequency: weekly",
    ])
    therapy = [i for i in plan.interventions if i.service_code == "90837"]
    assert therapy and therapy[0].amount is None


_FORM = [
    ["Individual served", "Anneliese Vorhees"],
    ["Date of birth", "1958-09-30"],
    ["Date plan established", "2026-01-14"],
    ["Diagnosis", "F43.23 Adjustment disorder with mixed anxiety and depressed mood"],
]


def test_a_form_box_of_named_goals_and_objectives() -> None:
    box = (
        "Goal A. Anneliese will feel able to manage daily life after the job loss.\n"
        "A1. Reduce PHQ-9 from 14 to 7 or below by 04/15/2026.\n"
        "A2. Submit at least 2 job applications per week by 03/31/2026.\n"
        "Goal B. Fewer arguments at home with her daughter.\n"
        "B1. Arguments will drop from 4 per week to 1 or fewer per week by 04/30/2026."
    )
    plan = read_blocks(["Treatment Plan", [*_FORM, ["Goals / objectives", box], ["Interventions", "Problem-solving therapy"]]])
    goals = [g for p in plan.problems for g in p.goals]
    assert [len(g.objectives) for g in goals] == [2, 1]


def test_a_form_box_of_plain_lines_gives_peer_goals() -> None:
    box = "Sleep 7 hours a night by 04/15/2026.\nWalk 20 minutes 5 days a week by 04/15/2026."
    plan = read_blocks(["Treatment Plan", [*_FORM, ["Goals", box], ["Interventions", "Problem-solving therapy"]]])
    goals = [g for p in plan.problems for g in p.goals]
    assert len(goals) == 2 and all(not g.objectives for g in goals)


def test_the_headerless_signers_plan_passes_its_signature_rules(tmp_path: Path) -> None:
    """End to end: the two sign-offs satisfy the ABA profile's clinician and guardian signature rules."""
    path = save_blocks(tmp_path, [*_HEAD, "Goal 1: Reduce worry", "Signatures", _SIGNERS_NO_HEADER])
    as_of = dt.date(2026, 6, 20)
    report = check_file(path, select_profiles(load_library(), payer="commercial-aba", states=[], as_of=as_of), as_of)
    assert "signature-missing" not in {f.kind for f in report.findings}


# --- a frequency written once before a table of coded procedures split over two pages (two tables) ---------------

_PT_HEAD = ["PHYSICAL THERAPY PLAN OF CARE", "Patient: Lorna Pettibone    DOB: 06/09/1958", "Plan of Care",
            "Frequency: 2x/week.   Duration: 12 weeks."]
_PT_ROWS = [["CPT", "Intervention", "Units/visit"], ["97110", "Therapeutic exercise", "2"],
            ["97116", "Gait training", "1"], ["97140", "Manual therapy", "1"]]


def test_frequency_before_a_procedure_table_split_over_pages_is_each_rows() -> None:
    plan = read_blocks([*_PT_HEAD, _PT_ROWS[:3], [_PT_ROWS[0], _PT_ROWS[3]]])
    assert sorted(s.code for s in plan.services) == ["97110", "97116", "97140"]
    assert all(s.frequency is not None and s.frequency.per_week() == 2 for s in plan.services)


def test_near_miss_procedure_tables_apart_keep_their_own_frequencies() -> None:
    plan = read_blocks([*_PT_HEAD, _PT_ROWS[:3], "Home program reviewed with the patient.", "Goals", "1. Walk 300 ft",
                        [["Goal", "Target date"], ["Walk 300 ft", "05/01/2026"]], [_PT_ROWS[0], _PT_ROWS[3]]])
    coded = [s for s in plan.services if s.code]
    assert sorted(s.code for s in coded) == ["97110", "97116", "97140"]
    assert all(s.frequency is None for s in coded)  # (the plan-wide line stays a service of its own)


# --- round 32, the lead's fixes ----------------------------------------------------------------------------------


def test_a_plan_title_naming_whom_it_is_for_gives_the_clients_name() -> None:
    plan = read_blocks(["Treatment plan for Wren Haverford-Diaz", "Plan date: 03/02/2026", "Goal 1: Reduce worry"])
    assert plan.patient.name == "Wren Haverford-Diaz"


@pytest.mark.parametrize("title", ["Treatment plan for anxiety and depression", "Plan of care for the next 60 days"])
def test_near_miss_a_title_naming_no_person_gives_no_name(title: str) -> None:
    plan = read_blocks([title, "Plan date: 03/02/2026", "Goal 1: Reduce worry"])
    assert plan.patient.name is None


def test_what_we_will_teach_heads_the_goals() -> None:
    plan = read_blocks([*_HEAD, "What we will teach", "1) Manding: Wren will request 10 preferred items a day by 06/01/2026."])
    goals = [g for p in plan.problems for g in p.goals]
    assert len(goals) == 1 and "request 10 preferred items" in (goals[0].statement or "")


def _orders(goal_cells: tuple[str, str]) -> object:
    return read_blocks([*_HEAD, [["Discipline", "Frequency / duration", "Orders", "Goals"],
                                 ["SN", "1w9", "Assess meds", goal_cells[0]],
                                 ["HHA", "2w6", "Shower assistance", goal_cells[1]]]])


def test_a_dash_in_the_goals_column_is_no_goal() -> None:
    plan = _orders(("Pt will state the med schedule correctly on teach-back by 11/30/2026", "—"))
    assert [g.statement for p in plan.problems for g in p.goals] == [
        "Pt will state the med schedule correctly on teach-back by 11/30/2026"
    ]


def test_near_miss_dashes_in_every_goal_cell_leave_no_goal_at_all() -> None:
    plan = _orders(("—", "N/A"))
    assert [g for p in plan.problems for g in p.goals] == []


_ABA_HEAD = ["ABA Treatment Plan", "Client: Milo Brandt", "Plan date: 01/05/2027", "TARGETS"]
_TARGET_HEADER = ["Target", "Baseline", "Mastery criterion", "Target date"]


def test_a_target_column_of_short_behaviour_names_holds_the_goals() -> None:
    """The second page of a targets table split over pages: a behaviour named in two words and a caregiver's
    sentence are the rows' goals, as on the first page."""
    plan = read_blocks([*_ABA_HEAD, [
        _TARGET_HEADER,
        ["Hitting siblings", "5 per day", "0-1 per day for 4 consecutive weeks", "04/02/2027"],
        ["Caregiver: father will run the feeding protocol at dinner", "not yet trained", "90% fidelity", "02/05/2027"],
    ]])
    assert [g.statement for p in plan.problems for g in p.goals] == [
        "Hitting siblings", "Caregiver: father will run the feeding protocol at dinner"]


def test_near_miss_a_target_column_of_levels_holds_no_goals() -> None:
    plan = read_blocks([*_ABA_HEAD, [_TARGET_HEADER, ["80%", "40%", "3 sessions", "04/02/2027"],
                                     ["Independent", "Max assist", "3 sessions", "02/05/2027"]]])
    assert [g for p in plan.problems for g in p.goals] == []


def _episodes(*between: str) -> object:
    return read_blocks([
        "Outpatient Treatment Plan", "Client: Marisol Quenby", "Plan date: 03/02/2026",
        "Diagnosis: F33.1 Major depressive disorder, recurrent, moderate",
        "PRIOR EPISODE (HISTORY) - NOT ACTIVE", *between, "Diagnosis 2019: 296.32 (ICD-9)",
        "-------------------------------------------",
        "Electronically signed by Cormac J. Strand, LPCC on 03/02/2026",
    ])


def test_a_typed_rule_after_an_earlier_records_lines_closes_it() -> None:
    plan = _episodes()
    assert [(s.name, s.date) for s in plan.signatures] == [("Cormac J. Strand", dt.date(2026, 3, 2))]
    assert [d.code for d in plan.diagnoses] == ["F33.1"]  # the 2019 codes stay the earlier record's


def test_near_miss_a_rule_straight_under_the_records_heading_is_its_underline() -> None:
    plan = read_blocks([
        "Outpatient Treatment Plan", "Client: Marisol Quenby", "Plan date: 03/02/2026",
        "Diagnosis: F33.1 Major depressive disorder, recurrent, moderate",
        "PRIOR EPISODE (HISTORY) - NOT ACTIVE", "-------------------------------------------",
        "Diagnosis 2019: F32.1 Major depressive disorder, single episode, moderate",
    ])
    assert [d.code for d in plan.diagnoses] == ["F33.1"]
