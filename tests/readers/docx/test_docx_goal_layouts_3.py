"""Goals, objectives, interventions and requested services in more layouts met on agencies' forms (third round):
objectives in a box of their own under the goal's box, target dates in a bare "Target" column, "Obj:" lines under
a goal, three-level outline numbers, tab-separated goal tables (typed or nested in a cell), and two elements on
one line parted by a dash. Each document is built here with python-docx, in wordings of its own."""

from __future__ import annotations

import datetime as dt

import docx

from docx_helpers import add_table as _table
from docx_helpers import goals_of as _goals
from docx_helpers import read_document as _read


def test_objectives_box_under_a_goal_box_in_its_own_table() -> None:
    doc = docx.Document()
    doc.add_paragraph("Riverbend Counseling Center")
    _table(doc, [["Client\nName: Tobin Marsh   DOB: 03/04/1990"]])
    _table(doc, [["Long-term goal\nTobin will remain free of cannabis use."]])
    _table(
        doc,
        [[
            "Objectives\n- Provide 6 consecutive negative urine screens (by 05/15/2026)\n"
            "- List 4 high-risk situations and a plan for each (by 03/30/2026)"
        ]],
    )
    _table(doc, [["Interventions\n- Motivational interviewing\n- Relapse prevention group"]])
    plan = _read(doc)
    goals = _goals(plan)
    assert [g.statement for g in goals] == ["Tobin will remain free of cannabis use."]
    objectives = goals[0].objectives
    assert len(objectives) == 2
    assert objectives[0].target_date == dt.date(2026, 5, 15)
    assert objectives[1].target_date == dt.date(2026, 3, 30)


def test_objectives_box_with_no_goal_before_it_stays_a_list_of_goals() -> None:
    doc = docx.Document()
    doc.add_paragraph("Riverbend Counseling Center")
    _table(doc, [["Objectives\n- Attend 3 NA meetings a week by 04/01/2026\n- Reduce PHQ-9 to 9 or below by 05/01/2026"]])
    plan = _read(doc)
    goals = _goals(plan)
    assert len(goals) == 2
    assert all(not g.objectives for g in goals)


def test_bare_target_column_of_dates_gives_each_objective_its_target_date() -> None:
    doc = docx.Document()
    doc.add_paragraph("Goal A: Mara will return to her part-time job.")
    _table(
        doc,
        [
            ["STO #", "Target", "Short-term objective"],
            ["A.1", "06/12/2026", "Work 3 four-hour shifts a week for 4 weeks, per pay stubs"],
            ["A.2", "05/01/2026", "Lower the BAI from 24 to 12 or below"],
        ],
    )
    plan = _read(doc)
    goals = _goals(plan)
    assert len(goals) == 1
    objectives = goals[0].objectives
    assert [o.statement for o in objectives] == [
        "Work 3 four-hour shifts a week for 4 weeks, per pay stubs",
        "Lower the BAI from 24 to 12 or below",
    ]
    assert [o.target_date for o in objectives] == [dt.date(2026, 6, 12), dt.date(2026, 5, 1)]


def test_bare_target_column_of_levels_is_not_read_as_dates() -> None:
    doc = docx.Document()
    doc.add_paragraph("Skill Acquisition")
    _table(
        doc,
        [
            ["Target", "Baseline", "Goal"],
            ["Manding", "2 per hour", "Ava will mand for 10 preferred items per hour by 08/01/2026"],
        ],
    )
    plan = _read(doc)
    goals = _goals(plan)
    assert len(goals) == 1
    assert goals[0].target_date == dt.date(2026, 8, 1)


def test_obj_lines_under_a_goal_are_its_objectives_with_target_dates() -> None:
    doc = docx.Document()
    doc.add_paragraph("PLAN OF CARE")
    doc.add_paragraph("NEED 1: Depression  -  GOAL: Rosa will feel well enough to resume daily walks.")
    doc.add_paragraph("   Obj - Walk 20 minutes on 5 days a week per walking log   Due 05/20/2026")
    doc.add_paragraph("   Obj - Lower PHQ-9 from 18 to 9 or below   Target date: 06/30/2026")
    plan = _read(doc)
    goals = _goals(plan)
    assert len(goals) == 1
    objectives = goals[0].objectives
    assert len(objectives) == 2
    assert objectives[0].target_date == dt.date(2026, 5, 20)
    assert objectives[1].target_date == dt.date(2026, 6, 30)


def test_obj_line_of_a_soap_note_is_no_objective() -> None:
    doc = docx.Document()
    doc.add_paragraph("Progress note")
    doc.add_paragraph("Obj: gait slow, uses a cane, 5/5 strength in both legs")
    plan = _read(doc)
    assert _goals(plan) == []


def test_three_level_outline_numbers_carry_the_goals_facts() -> None:
    doc = docx.Document()
    doc.add_paragraph("4. Treatment goals").runs[0].bold = True
    doc.add_paragraph("4.1 Communication: Eli will request help with a 3-word phrase in 80% of opportunities")
    doc.add_paragraph("      4.1.1 Baseline: 10% of opportunities")
    doc.add_paragraph("      4.1.2 Target date: 2026-07-15")
    doc.add_paragraph("4.2 Self-care: Eli will brush his teeth with 1 verbal prompt on 4 of 5 days")
    doc.add_paragraph("      4.2.1 Baseline: full physical help")
    doc.add_paragraph("      4.2.2 Target date: 2026-06-01")
    plan = _read(doc)
    goals = _goals(plan)
    assert len(goals) == 2
    assert [g.baseline for g in goals] == ["10% of opportunities", "full physical help"]
    assert [g.target_date for g in goals] == [dt.date(2026, 7, 15), dt.date(2026, 6, 1)]
    assert all(p.statement is None or not p.statement.startswith("4.") for p in plan.problems)


def test_tab_stop_goal_table_typed_in_paragraphs() -> None:
    doc = docx.Document()
    doc.add_paragraph("Goals")
    doc.add_paragraph("Goal: Nadia will manage panic without leaving work early.")
    doc.add_paragraph("Short-term goal\tBaseline\tDue")
    doc.add_paragraph("Ride the bus to work 4 days a week\t0 days\t04/24/2026")
    doc.add_paragraph("Rate panic at 3/10 or lower on 5 of 7 days\t8/10\t05/29/2026")
    plan = _read(doc)
    goals = _goals(plan)
    assert len(goals) == 1
    objectives = goals[0].objectives
    assert [o.statement for o in objectives] == [
        "Ride the bus to work 4 days a week",
        "Rate panic at 3/10 or lower on 5 of 7 days",
    ]
    assert [o.target_date for o in objectives] == [dt.date(2026, 4, 24), dt.date(2026, 5, 29)]
    assert [o.baseline for o in objectives] == ["0 days", "8/10"]


def test_goal_table_nested_in_a_form_cell() -> None:
    doc = docx.Document()
    doc.add_paragraph("Outpatient Plan")
    outer = doc.add_table(rows=1, cols=2)
    outer.rows[0].cells[0].text = "Goals and objectives"
    cell = outer.rows[0].cells[1]
    cell.text = "Goal: Hal will sleep through the night without alcohol."
    inner = cell.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate(
        [
            ("Objective", "Complete by"),
            ("Keep a sleep diary every night for 6 weeks", "4/10/2026"),
            ("Sleep 6 hours or more on 5 of 7 nights per sleep diary", "5/15/2026"),
        ]
    ):
        inner.rows[r].cells[0].text = a
        inner.rows[r].cells[1].text = b
    cell.add_paragraph("")
    plan = _read(doc)
    goals = _goals(plan)
    assert len(goals) == 1
    objectives = goals[0].objectives
    assert len(objectives) == 2
    assert [o.target_date for o in objectives] == [dt.date(2026, 4, 10), dt.date(2026, 5, 15)]


def test_two_elements_on_one_line_parted_by_a_dash() -> None:
    doc = docx.Document()
    doc.add_paragraph("Problems and goals")
    doc.add_paragraph("Problem: Unstable housing – Goal: Pia will move into permanent housing by 09/30/2026.")
    plan = _read(doc)
    assert [p.statement for p in plan.problems] == ["Unstable housing"]
    goals = _goals(plan)
    assert [g.statement.rstrip(".") for g in goals] == ["Pia will move into permanent housing by 09/30/2026"]
    assert goals[0].target_date == dt.date(2026, 9, 30)


def test_tab_separated_services_header_is_no_label_list() -> None:
    doc = docx.Document()
    doc.add_paragraph("Plan of treatment")
    doc.add_paragraph("\tCode\tProcedure\tHow often\tVisit")
    doc.add_paragraph("\t97110\tTherapeutic exercise\t3x weekly\t30 min")
    plan = _read(doc)
    assert len(plan.services) == 1
    service = plan.services[0]
    assert service.code == "97110"
    assert service.frequency is not None and service.frequency.per == "week"


def test_duration_line_in_a_services_box_is_the_plans_duration() -> None:
    doc = docx.Document()
    doc.add_paragraph("Lakeshore Therapy Group")
    _table(
        doc,
        [[
            "REQUESTED SERVICES",
            "90837 Individual psychotherapy (DBT skills): 60 minutes, weekly\n"
            "Length of treatment: 6 months",
        ]],
    )
    plan = _read(doc)
    assert [s.code for s in plan.services] == ["90837"]
    assert plan.services[0].description == "Individual psychotherapy (DBT skills)"
    assert plan.expected_duration is not None and plan.expected_duration.value == 6


def test_one_row_of_labelled_cells_is_a_form_not_a_header() -> None:
    doc = docx.Document()
    doc.add_paragraph("Outpatient plan")
    _table(doc, [["Service: Family psychotherapy (90847)", "How often: every other week", "Session: 50 minutes"]])
    plan = _read(doc)
    assert [s.code for s in plan.services] == ["90847"]
    service = plan.services[0]
    assert service.frequency is not None
    assert service.amount is not None and service.amount.minutes == 50


def test_session_label_without_a_length_sets_no_amount() -> None:
    doc = docx.Document()
    doc.add_paragraph("Services")
    doc.add_paragraph("Service: Group psychotherapy (90853)")
    doc.add_paragraph("Frequency: twice weekly")
    doc.add_paragraph("Session: group, in person")
    plan = _read(doc)
    assert [s.code for s in plan.services] == ["90853"]
    assert plan.services[0].amount is None


def _listed(doc: docx.document.Document, text: str) -> None:
    doc.add_paragraph(text, style="List Number")


def test_goals_announced_by_a_sentence_in_a_letter() -> None:
    doc = docx.Document()
    doc.add_paragraph("Dear Dr. Okafor,")
    doc.add_paragraph("Thank you for sending Mrs. Lind to us. Her evaluation on 2/2/26 showed moderate dysarthria.")
    doc.add_paragraph("The goals we set together are:")
    _listed(doc, "Mrs. Lind will be understood by unfamiliar listeners in 80% of sentences by 4/30/26.")
    _listed(doc, "She will use 3 clear-speech strategies in conversation with 2 or fewer cues by 4/15/26.")
    doc.add_paragraph("Therapy will include breath support drills and a home practice program.")
    plan = _read(doc)
    goals = _goals(plan)
    assert len(goals) == 2
    assert goals[0].target_date == dt.date(2026, 4, 30)
    assert all("breath support" not in (g.statement or "") for g in goals)


def test_prose_goal_then_a_list_of_its_objectives() -> None:
    doc = docx.Document()
    doc.add_paragraph("Plan for Mr. Arne Solberg")
    doc.add_paragraph(
        "Mr. Solberg was seen on 1/5/2026 for panic attacks. His main goal of therapy is to help Mr. Solberg "
        "ride the subway again without panic. To get there, these are the steps:"
    )
    _listed(doc, "Lower the PDSS from 16 to 7 or below by 5/1/2026.")
    _listed(doc, "Ride the subway 2 stops 3 times a week, per exposure log, by 4/1/2026.")
    doc.add_paragraph("Sessions are held weekly.")
    plan = _read(doc)
    goals = _goals(plan)
    assert len(goals) == 1
    assert goals[0].statement is not None and goals[0].statement.endswith("ride the subway again without panic")
    assert [o.target_date for o in goals[0].objectives] == [dt.date(2026, 5, 1), dt.date(2026, 4, 1)]


def test_unticked_service_line_is_not_requested() -> None:
    doc = docx.Document()
    doc.add_paragraph("Services requested")
    doc.add_paragraph("☒ 97155 Treatment with protocol modification — 3 hrs/wk")
    doc.add_paragraph("☐ 97158 Group adaptive behavior treatment with protocol modification")
    plan = _read(doc)
    assert [s.code for s in plan.services] == ["97155"]


def test_typed_lettered_goals_after_a_lead_in_sentence_are_all_read() -> None:
    doc = docx.Document()
    doc.add_paragraph("Dear Utilization Reviewer,")
    doc.add_paragraph("Noah was assessed with the VB-MAPP on January 8, 2026.")
    doc.add_paragraph("Our goals for the next six months include:")
    doc.add_paragraph("A. Expressive labels: Noah will label 40 common objects in 80% of trials.")
    doc.add_paragraph("      Baseline: 12 objects. Target date: June 30, 2026.")
    doc.add_paragraph("B. Caregiver training: Parents will run a 5-minute mand session with 90% fidelity.")
    doc.add_paragraph("      Baseline: 30% fidelity. Target date: May 29, 2026.")
    plan = _read(doc)
    goals = _goals(plan)
    assert len(goals) == 2
    assert [g.target_date for g in goals] == [dt.date(2026, 6, 30), dt.date(2026, 5, 29)]
    assert "Parents will run" in (goals[1].statement or "")
