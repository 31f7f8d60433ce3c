"""Goals, objectives and requested services in more layouts (fourth round): therapy shorthand ("TIW"), an
as-needed service bounded by a count, one coded service a line inside one cell, a goals grid whose discipline and
visit-frequency columns order the services, modality lines, order lines naming a discipline, inline baseline and
mastery, goal lists announced in a letter, form prompts left in objective fields and attestations under the goals.
Each document is built here with python-docx, in wordings of its own."""

from __future__ import annotations

import docx

from docx_helpers import add_table as _table
from docx_helpers import goals_of as _goals
from docx_helpers import read_document as _read


def test_tiw_shorthand_gives_each_listed_service_its_frequency() -> None:
    doc = docx.Document()
    doc.add_paragraph("Occupational Therapy Plan of Care")
    doc.add_paragraph("Services")
    doc.add_paragraph(
        "Therapeutic activities (97530), self-care training (97535), TIW x 6 wks, 30-45 minutes per visit."
    )
    plan = _read(doc)
    coded = [s for s in plan.services if s.code]
    assert [s.code for s in coded] == ["97530", "97535"]
    for service in coded:
        assert service.frequency is not None and service.frequency.stated
        assert (service.frequency.count, service.frequency.per) == (3.0, "week")


def test_as_needed_service_with_a_weekly_count_states_its_frequency() -> None:
    doc = docx.Document()
    doc.add_paragraph("Speech Therapy Plan")
    doc.add_paragraph("Services")
    doc.add_paragraph(
        "92507 language treatment, 3x/week, 30 minutes; 92526 as needed for diet upgrades, 2x/month, 20 minutes."
    )
    plan = _read(doc)
    by_code = {s.code: s for s in plan.services}
    later = by_code["92526"]
    assert later.frequency is not None and later.frequency.stated
    assert (later.frequency.count, later.frequency.per, later.frequency.prn) == (2.0, "month", True)


def test_cell_with_one_coded_service_a_line_reads_each_line_alone() -> None:
    doc = docx.Document()
    doc.add_paragraph("Outpatient Counseling Plan")
    _table(
        doc,
        [
            ["Client / Jo Example", "Requested services\nH0004 Case counseling, 15 min units, twice monthly\n"
             "90847 Family session, 50 min, every 3 weeks"],
        ],
    )
    plan = _read(doc)
    by_code = {s.code: s for s in plan.services}
    assert set(by_code) == {"H0004", "90847"}
    assert by_code["H0004"].frequency is not None and by_code["H0004"].frequency.text == "twice monthly"
    assert by_code["90847"].frequency is not None and by_code["90847"].frequency.text == "every 3 weeks"
    assert by_code["90847"].description == "Family session"


def test_goal_grid_with_discipline_and_visit_frequency_orders_one_service_per_discipline() -> None:
    doc = docx.Document()
    doc.add_paragraph("Home Care Plan of Treatment")
    _table(
        doc,
        [
            ["Discipline", "Visit frequency", "Goal", "Target date"],
            ["Occupational therapy", "1w6", "Dresses upper body with set-up only.", "05/01/2026"],
            ["Occupational therapy", "1w6", "Showers with tub bench, supervision.", "05/15/2026"],
            ["Skilled nursing", "3w2, 2w4", "Incision closed with no signs of infection.", "04/20/2026"],
        ],
    )
    plan = _read(doc)
    assert [s.description for s in plan.services] == ["Occupational therapy", "Skilled nursing"]
    assert all(s.frequency is not None and s.frequency.stated for s in plan.services)
    assert len([g for _, g in plan.iter_goals()]) == 3


def test_goal_grid_with_responsible_staff_orders_no_service() -> None:
    doc = docx.Document()
    doc.add_paragraph("Recovery Plan")
    _table(
        doc,
        [
            ["Responsible", "Frequency", "Goal", "Target date"],
            ["Case manager", "weekly", "Attends 4 of 4 housing appointments.", "06/01/2026"],
        ],
    )
    plan = _read(doc)
    assert plan.services == []  # a person responsible is no ordered service


def test_orders_and_frequency_column_beside_disciplines_is_a_services_table() -> None:
    doc = docx.Document()
    doc.add_paragraph("Home Health Plan of Care")
    _table(
        doc,
        [
            ["Discipline", "Orders and frequency"],
            ["Physical therapy", "PT 3w2 for transfer training."],
            ["Nursing as needed", "SN PRN for wound dressing problems."],
        ],
    )
    plan = _read(doc)
    assert [s.description for s in plan.services] == ["Physical therapy", "Nursing as needed"]
    therapy, nursing = plan.services
    assert therapy.frequency is not None and therapy.frequency.stated
    # as-needed visits with no limit are read as written: a frequency that is not stated
    assert nursing.frequency is not None and nursing.frequency.prn and not nursing.frequency.stated


def test_modality_line_then_coded_service_line_is_one_service() -> None:
    doc = docx.Document()
    doc.add_paragraph("Counseling Treatment Plan")
    doc.add_paragraph("Treatment approach: Family systems therapy with motivational interviewing")
    doc.add_paragraph("Service: 90847 Family psychotherapy 50 min, every other week")
    plan = _read(doc)
    assert [s.code for s in plan.services] == ["90847"]
    assert plan.services[0].frequency is not None and plan.services[0].frequency.stated


def test_modality_line_then_uncoded_service_stays_two_services() -> None:
    doc = docx.Document()
    doc.add_paragraph("Counseling Treatment Plan")
    doc.add_paragraph("Service: Peer support")
    doc.add_paragraph("Service: 90853 Group therapy 60 min weekly")
    plan = _read(doc)
    assert len(plan.services) == 2  # a named service is not merged into the next one


def test_orders_label_with_one_service_a_sentence() -> None:
    doc = docx.Document()
    doc.add_paragraph("Home Care Plan")
    doc.add_paragraph("Problems")
    doc.add_paragraph("Orders: OT 2w3 for bathing with a tub bench (G0152). MSW 1w1 for community resources (G0155).")
    plan = _read(doc)
    assert [s.code for s in plan.services] == ["G0152", "G0155"]
    assert all(s.frequency is not None and s.frequency.stated for s in plan.services)


def test_criteria_beside_several_benchmark_lines_belongs_to_the_annual_goal() -> None:
    doc = docx.Document()
    doc.add_paragraph("Behavior Support Plan")
    _table(
        doc,
        [
            ["Domain", "Present level", "Annual goal", "Short-term benchmarks", "Criteria"],
            ["Play", "Takes turns 1 time in 10 min", "Mia will take turns in a board game.",
             "By 04/01/2026: 3 turns with a prompt\nBy 07/01/2026: 6 turns independently",
             "6 turns on 3 consecutive sessions"],
        ],
    )
    plan = _read(doc)
    goal = [g for _, g in plan.iter_goals()][0]
    assert goal.mastery_criteria == "6 turns on 3 consecutive sessions"
    assert goal.baseline == "Takes turns 1 time in 10 min"
    assert goal.objectives


def test_code_and_intervention_columns_name_the_service_and_a_done_service_is_not_requested() -> None:
    doc = docx.Document()
    doc.add_paragraph("Occupational Therapy Plan of Care")
    _table(
        doc,
        [
            ["HCPCS/CPT", "Intervention", "Frequency", "Duration"],
            ["97165", "OT evaluation (performed on 3/2/2026)", "one time", "-"],
            ["97535", "Self-care/home management training, 2 units/visit", "2x/wk", "8 weeks"],
        ],
    )
    plan = _read(doc)
    assert [s.code for s in plan.services] == ["97535"]
    service = plan.services[0]
    assert service.description == "Self-care/home management training"
    assert service.units == 2.0
    assert service.frequency is not None and service.frequency.stated


def test_baseline_and_mastery_written_inside_a_goal_sentence() -> None:
    doc = docx.Document()
    doc.add_paragraph("ABA Treatment Plan")
    doc.add_paragraph("Caregiver Goals")
    doc.add_paragraph(
        "Grandfather will deliver token reinforcement within 5 seconds on 85% of opportunities by 09/15/2026 "
        "(current baseline: 40% of opportunities); mastery criterion: 85% on 4 consecutive visits."
    )
    plan = _read(doc)
    goal = [g for _, g in plan.iter_goals()][0]
    assert goal.baseline == "40% of opportunities"
    assert goal.mastery_criteria == "85% on 4 consecutive visits"


def test_goal_sentence_without_inline_facts_gets_none() -> None:
    doc = docx.Document()
    doc.add_paragraph("ABA Treatment Plan")
    doc.add_paragraph("Goals")
    doc.add_paragraph("Leo will request a break using a card on 80% of opportunities by 10/01/2026.")
    plan = _read(doc)
    goal = [g for _, g in plan.iter_goals()][0]
    assert goal.baseline is None and goal.mastery_criteria is None


def test_discipline_ordered_without_frequency_under_orders_heading_is_a_service_not_a_person() -> None:
    doc = docx.Document()
    doc.add_paragraph("Home Health Plan")
    doc.add_paragraph("Orders for Discipline and Treatments")
    doc.add_paragraph("SN: 2W3 for wound care.")
    doc.add_paragraph("OT: Evaluate and treat. Upper body dressing.")
    doc.add_paragraph("Goals")
    doc.add_paragraph("Wound will close by 05/01/2026.")
    plan = _read(doc)
    assert [s.description for s in plan.services] == ["SN", "OT"]
    nursing, therapy = plan.services
    assert nursing.frequency is not None and nursing.frequency.stated
    assert therapy.frequency is None  # never invented: the order states none
    assert all("Evaluate" not in (p.name or "") for p in plan.providers)


def test_session_length_after_a_semicolon_applies_to_each_listed_service() -> None:
    doc = docx.Document()
    doc.add_paragraph("Physical Therapy Plan")
    doc.add_paragraph(
        "Plan: gait training (97116), therapeutic exercise (97110). Three visits per week for six weeks; "
        "around 40 minutes per visit."
    )
    plan = _read(doc)
    assert [s.code for s in plan.services] == ["97116", "97110"]
    for service in plan.services:
        assert service.amount is not None and service.amount.minutes == 40.0
        assert service.frequency is not None and service.frequency.stated
    assert all(s.description != "around" for s in plan.services)


def test_letter_list_after_an_expectation_lead_in_holds_the_goals() -> None:
    doc = docx.Document()
    doc.add_paragraph("Northside Hand Clinic")
    doc.add_paragraph("Dear Dr. Ames,")
    doc.add_paragraph(
        "I saw Mr. Ruiz today for a left distal radius fracture. I recommend occupational therapy "
        "three times a week for six weeks. Within the six weeks we anticipate he will be able to:"
    )
    doc.add_paragraph("grip 40 lb with the left hand (now 12 lb);", style="List Bullet")
    doc.add_paragraph("button a shirt in under 60 seconds.", style="List Bullet")
    doc.add_paragraph("Sincerely,")
    plan = _read(doc)
    goals = [g for _, g in plan.iter_goals()]
    assert [g.statement for g in goals] == [
        "grip 40 lb with the left hand (now 12 lb)",
        "button a shirt in under 60 seconds",
    ]
    assert all(g.time_frame for g in goals)


def test_bullets_after_a_paragraph_without_a_lead_in_are_no_goals() -> None:
    doc = docx.Document()
    doc.add_paragraph("Northside Hand Clinic")
    doc.add_paragraph("Dear Dr. Ames,")
    doc.add_paragraph("Mr. Ruiz reports these complaints today:")
    doc.add_paragraph("stiffness in the morning", style="List Bullet")
    plan = _read(doc)
    assert [g for _, g in plan.iter_goals()] == []


def test_run_in_domain_title_under_goals_that_resembles_a_section_stays_a_goal() -> None:
    doc = docx.Document()
    doc.add_paragraph("Behavior Plan")
    doc.add_paragraph("Goals")
    doc.add_paragraph("Communication. Noor will request help with a 2-word phrase in 80% of opportunities.")
    doc.add_paragraph("Safety. Noor will hold an adult's hand in the parking lot on 100% of trials.")
    doc.add_paragraph("Parent training. Father will run the hand-holding procedure with 90% fidelity.")
    plan = _read(doc)
    statements = [g.statement or "" for _, g in plan.iter_goals()]
    assert len(statements) == 3
    assert any("hand in the parking lot" in s for s in statements)
    assert any("Father will run" in s for s in statements)


def test_objective_fields_left_as_na_or_as_the_form_prompt_are_no_objectives() -> None:
    doc = docx.Document()
    doc.add_paragraph("Outpatient Treatment Plan")
    doc.add_paragraph("Goals")
    doc.add_paragraph("Goal 1: Dana will sleep 7 hours on 5 of 7 nights by 09/01/2026.")
    doc.add_paragraph("Objectives: [enter measurable objectives here]")
    doc.add_paragraph("Goal 2: Dana will attend 3 AA meetings a week by 08/01/2026.")
    doc.add_paragraph("Objective: n/a")
    doc.add_paragraph("Goal 3: Dana will walk 30 minutes daily by 08/15/2026.")
    doc.add_paragraph("Objective: Walk 10 minutes after lunch on 5 of 7 days by 07/01/2026.")
    plan = _read(doc)
    goals = [g for _, g in plan.iter_goals()]
    assert [len(g.objectives) for g in goals] == [0, 0, 1]


def test_attestation_after_the_goals_is_no_goal() -> None:
    doc = docx.Document()
    doc.add_paragraph("Therapy Plan of Care")
    doc.add_paragraph("Goals:")
    doc.add_paragraph("LTG: Patient will climb 12 stairs with one rail by 04/30/2026.")
    doc.add_paragraph("Physician review")
    doc.add_paragraph(
        "I have read this plan and certify that the patient needs these services, and the plan will be reviewed "
        "every 90 days."
    )
    plan = _read(doc)
    statements = [g.statement or "" for _, g in plan.iter_goals()]
    assert len(statements) == 1 and "stairs" in statements[0]


def test_first_person_goal_is_still_a_goal() -> None:
    doc = docx.Document()
    doc.add_paragraph("Recovery Plan")
    doc.add_paragraph("Goals")
    doc.add_paragraph("I will go to 3 NA meetings each week by 06/30/2026.")
    plan = _read(doc)
    assert len([g for _, g in plan.iter_goals()]) == 1
