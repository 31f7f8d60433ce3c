"""Goals, objectives, interventions and requested services in more layouts met on agencies' forms (second round):
frequency marked with an X under "1x/wk"-style headers, goal lists typed with "[ ]" bullets, a "how we will
help" row beside goal rows, and more. Each document is built here with python-docx, in wordings of its own."""

from __future__ import annotations

import docx

from docx_helpers import add_table as _table
from docx_helpers import goals_of as _goals
from docx_helpers import read_document as _read


def test_frequency_marked_with_an_x_under_frequency_headers() -> None:
    doc = docx.Document()
    doc.add_paragraph("Visiting Nurse Orders")
    _table(
        doc,
        [
            ["Discipline", "Weekly", "2x/wk", "Daily", "Number of weeks", "Focus of care"],
            ["RN", "", "✓", "", "3", "Wound care to left heel, diabetic teaching"],
            ["OT", "✓", "", "", "6", "Bathing and dressing with adaptive equipment"],
        ],
    )
    plan = _read(doc)
    services = plan.services
    assert [s.description for s in services] == ["RN", "OT"]
    assert services[0].frequency is not None and services[0].frequency.text == "2x/wk"
    assert services[1].frequency is not None and services[1].frequency.text == "Weekly"
    assert services[0].duration is not None and services[0].duration.text == "3 weeks"
    assert [i.description for i in plan.interventions] == [
        "Wound care to left heel, diabetic teaching",
        "Bathing and dressing with adaptive equipment",
    ]


def test_unmarked_frequency_grid_gives_no_frequency() -> None:
    doc = docx.Document()
    _table(
        doc,
        [
            ["Discipline", "1x/wk", "3x/wk", "Weeks"],
            ["PT", "", "", "4"],
        ],
    )
    service = _read(doc).services[0]
    assert service.description == "PT" and service.frequency is None


def test_goal_list_typed_with_empty_bracket_bullets() -> None:
    doc = docx.Document()
    doc.add_paragraph("Goals:")
    doc.add_paragraph("[ ] Climb 12 stairs with one rail, reciprocal pattern, by 05/01/2026.")
    doc.add_paragraph("[ ] Pain at rest 2/10 or less by 04/15/2026.")
    doc.add_paragraph("[ ] Six-minute walk of 300 m or more by 05/20/2026.")
    goals = _goals(_read(doc))
    assert [g.statement for g in goals] == [
        "Climb 12 stairs with one rail, reciprocal pattern, by 05/01/2026.",
        "Pain at rest 2/10 or less by 04/15/2026.",
        "Six-minute walk of 300 m or more by 05/20/2026.",
    ]


def test_how_we_will_help_row_under_goal_rows() -> None:
    doc = docx.Document()
    doc.add_paragraph("Family Support Plan")
    _table(
        doc,
        [
            ["GOAL 1 — Sleep", "Mia will fall asleep on her own.\n1a. Asleep within 30 minutes on 5 of 7 nights by 06/01/2026."],
            ["What we will do", "• Parent coaching sessions: 60 minutes, twice a month.\n• Play therapy: 45 minutes weekly."],
        ],
    )
    plan = _read(doc)
    assert [g.statement for g in _goals(plan)] == ["Mia will fall asleep on her own."]
    descriptions = [i.description for _, i in plan.iter_interventions()]
    assert descriptions == ["Parent coaching sessions: 60 minutes, twice a month.", "Play therapy: 45 minutes weekly."]


def test_placeholder_in_an_interventions_column_is_no_intervention() -> None:
    doc = docx.Document()
    doc.add_paragraph("Problems and Goals")
    _table(
        doc,
        [
            ["Problem", "Goal", "Objective", "Interventions", "Frequency"],
            ["Cannabis use", "Stop daily use", "Two or fewer use days a week by 05/01/2026.", "Not documented", ""],
            ["Low mood", "Feel better", "BDI-II below 14 by 06/01/2026.", "None entered", ""],
        ],
    )
    plan = _read(doc)
    assert len(_goals(plan)) == 2
    assert list(plan.iter_interventions()) == []


def test_typewriter_form_with_values_on_fill_lines_and_a_blank_treatment_line() -> None:
    doc = docx.Document()
    doc.add_paragraph("TREATMENT PLAN")
    doc.add_paragraph("NEED 1: __Panic attacks in stores.__")
    doc.add_paragraph("GOAL: __Shop for groceries without leaving early.__")
    doc.add_paragraph("OBJECTIVE 1: __Two full shopping trips a week by 05/15/2026.__")
    doc.add_paragraph("")
    doc.add_paragraph("TREATMENT APPROACHES / SERVICES (kind, how often): ____________________")
    doc.add_paragraph("__________________________________________________________________")
    doc.add_paragraph("Clinician NPI 1234567893; supervisor NPI 1245319599")
    plan = _read(doc)
    goals = _goals(plan)
    assert [g.statement for g in goals] == ["Shop for groceries without leaving early."]
    assert [o.statement for o in goals[0].objectives] == ["Two full shopping trips a week by 05/15/2026."]
    assert list(plan.iter_interventions()) == [] and plan.services == []


def test_colon_inside_an_objective_statement_stays_in_the_statement() -> None:
    doc = docx.Document()
    doc.add_paragraph("Goals")
    doc.add_paragraph("GOAL 1:\tMaria will be able to drive again.")
    doc.add_paragraph("Obj 1.1\tMaria will keep one habit daily: a 10-minute walk on 6 of 7 days by 04/30/2026.")
    objective = _goals(_read(doc))[0].objectives[0]
    assert objective.statement == "Maria will keep one habit daily: a 10-minute walk on 6 of 7 days by 04/30/2026."


def test_type_of_treatment_label_with_its_coded_service_and_facts_on_the_next_row() -> None:
    doc = docx.Document()
    doc.add_paragraph("Outpatient Treatment Plan")
    _table(
        doc,
        [
            ["Treatment modality", "Family psychotherapy (CPT 90847): structural family therapy, parent coaching."],
            ["Session length", "50 minutes"],
            ["Frequency", "Every other week"],
        ],
    )
    service = _read(doc).services[0]
    assert service.code == "90847" and service.description == "Family psychotherapy"
    assert service.amount is not None and service.frequency is not None


def test_type_of_tx_with_blank_frequency_and_length_lines() -> None:
    doc = docx.Document()
    doc.add_paragraph("PLANNED SERVICES")
    doc.add_paragraph("\tType of Tx:\tGroup therapy - Seeking Safety curriculum")
    doc.add_paragraph("\tFrequency:\t______________")
    doc.add_paragraph("\tSession length:\t______________")
    services = _read(doc).services
    assert [s.description for s in services] == ["Group therapy - Seeking Safety curriculum"]
    assert services[0].frequency is None and services[0].amount is None


def test_run_in_section_title_with_the_treatments_and_their_frequency() -> None:
    doc = docx.Document()
    doc.add_paragraph("Goals:")
    doc.add_paragraph("1) Reach overhead shelf with left arm, pain 3/10 or less, within 6 weeks.")
    doc.add_paragraph("Procedures: neuromuscular re-education 97112, ultrasound 97035, home program. Frequency: 3x/wk")
    plan = _read(doc)
    assert [i.description for i in plan.interventions] == [
        "neuromuscular re-education 97112",
        "ultrasound 97035",
        "home program",
    ]
    assert plan.services and plan.services[0].frequency is not None
    assert plan.services[0].frequency.text == "3x/wk"


def test_paragraph_per_section_with_run_in_titles() -> None:
    doc = docx.Document()
    doc.add_paragraph("Home Care Plan")
    doc.add_paragraph(
        "Orders. Physical therapy 2 times a week for 6 weeks for balance training. "
        "Home health aide 3 times a week for 4 weeks for bathing."
    )
    doc.add_paragraph(
        "Goals. Walter will walk to the mailbox (200 feet) with a cane by 05/15/2026. "
        "He will bathe with standby assist only by 05/01/2026. Prognosis fair; he will be discharged to self-care when goals are met."
    )
    plan = _read(doc)
    assert [g.statement for g in _goals(plan)] == [
        "Walter will walk to the mailbox (200 feet) with a cane by 05/15/2026",
        "He will bathe with standby assist only by 05/01/2026",
    ]
    assert [s.description for s in plan.services] == ["Physical therapy", "Home health aide"]


def test_run_in_treatment_label_ends_the_goals_paragraph_section() -> None:
    doc = docx.Document()
    doc.add_paragraph("Plan of Care")
    doc.add_paragraph(
        "Goals and objectives. Sam's main goal is to return to work full time. He will raise his "
        "WHODAS 2.0 score from 30 to 15 or lower, rated at each monthly review, by 06/30/2026."
    )
    doc.add_paragraph("Treatment. Individual psychotherapy (CPT 90837), 60-minute sessions once a week.")
    plan = _read(doc)
    goals = _goals(plan)
    assert [g.statement for g in goals] == ["Return to work full time"]
    assert len(goals[0].objectives) == 1
    assert [s.code for s in plan.services] == ["90837"]


def test_a_later_change_of_frequency_is_not_another_service() -> None:
    doc = docx.Document()
    doc.add_paragraph("Services")
    doc.add_paragraph(
        "Family psychotherapy (CPT 90847), 50 minutes twice a month; sessions may be reduced to monthly after June."
    )
    services = _read(doc).services
    assert [s.code for s in services] == ["90847"]


def test_hours_after_a_spaced_dash_are_a_quantity_not_a_modifier() -> None:
    doc = docx.Document()
    doc.add_paragraph("Requested Services")
    doc.add_paragraph("97155 - 6 hours per week;  97156 - 3 hours per week")
    services = _read(doc).services
    assert [(s.code, s.modifiers, s.hours_per_week) for s in services] == [("97155", [], 6.0), ("97156", [], 3.0)]


def test_ticked_treatments_and_a_frequency_line_before_the_coded_session_line() -> None:
    doc = docx.Document()
    doc.add_paragraph("PLANNED INTERVENTIONS")
    doc.add_paragraph("[X] Individual therapy   [ ] Couples therapy   [ ] Group therapy")
    doc.add_paragraph("[ ] EMDR   [X] Exposure and response prevention   [X] Motivational interviewing")
    doc.add_paragraph("Frequency:  [ ] 2x/week   [X] 1x/week")
    doc.add_paragraph("Session:  [X] 53 min (90837)   [ ] 38 min (90832)")
    plan = _read(doc)
    assert [i.description for i in plan.interventions][:3] == [
        "Individual therapy",
        "Exposure and response prevention",
        "Motivational interviewing",
    ]
    assert len(plan.services) == 1
    service = plan.services[0]
    assert service.code == "90837" and service.frequency is not None and service.amount is not None


def test_problem_list_heading_then_blank_goal_lines_gives_no_goals() -> None:
    doc = docx.Document()
    doc.add_paragraph("PROBLEM LIST")
    doc.add_paragraph("1.  Drinks 6-8 beers most evenings; two DUI charges.")
    doc.add_paragraph("2.  Conflict with spouse about money.")
    doc.add_paragraph("GOALS   (Write each goal in measurable terms.)")
    doc.add_paragraph("1. ______________________________________________")
    doc.add_paragraph("2. ______________________________________________")
    plan = _read(doc)
    assert [p.statement for p in plan.problems] == [
        "Drinks 6-8 beers most evenings; two DUI charges.",
        "Conflict with spouse about money.",
    ]
    assert _goals(plan) == []
