"""Goals, objectives and interventions in more layouts (sixth round): goals and objectives cut into several paragraphs
by the hard line ends of an e-mail or PDF paste, bilingual and Spanish element labels ("Meta 1 / Goal 1:"), a bold
heading dressed like the goals' own heading that ends them, headings for the treatment approach and the schedule,
a goal named by a short title over its sentence, ABA grids whose "Target" column names the behaviour, facts in a
column with no fact header ("Data" over a nested Baseline table), goals counted off in prose ("We agreed on two
goals. First, ... Second, ...") and a target date given as "by the same date". Each document is built here with
python-docx, in wordings of its own."""

from __future__ import annotations

import datetime as dt

import docx
from docx.shared import Pt, RGBColor

from authcheck.rules.measurability import assess
from docx_helpers import add_table as _table
from docx_helpers import goals_of as _goals
from docx_helpers import read_document as _read


def _objectives(plan):
    return [o for g in _goals(plan) for o in g.objectives]


def _bold(doc, text, *, color=None, size=None, caps=False):
    para = doc.add_paragraph()
    run = para.add_run(text)
    run.bold = True
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    if size:
        run.font.size = Pt(size)
    run.font.all_caps = caps
    return para


# ------------------------------------------------------------------------------------------------------------------
# hard line ends of an e-mail or PDF paste


def test_objectives_cut_by_an_email_line_width_are_read_whole() -> None:
    doc = docx.Document()
    doc.add_paragraph("Subject: plan for the chart")
    doc.add_paragraph("Client:\t\tSam Example")
    doc.add_paragraph("Goal 1: Sam will be able to ride the bus to work on his own")
    doc.add_paragraph("without calling his sister for help.")
    doc.add_paragraph("  Obj 1a: Sam will rate his fear on the bus as 3/10 or lower on")
    doc.add_paragraph("  4 of 5 rides a week by 06/30/2026, per his ride log.")
    doc.add_paragraph("  Obj 1b: His avoidance score (MI-alone) will go from")
    doc.add_paragraph("  3.6 to 2.0 or lower by 06/30/2026.")
    plan = _read(doc)
    goal = _goals(plan)[0]
    assert goal.statement == "Sam will be able to ride the bus to work on his own without calling his sister for help."
    first, second = goal.objectives
    assert first.statement.endswith("4 of 5 rides a week by 06/30/2026, per his ride log.")
    assert first.target_date == dt.date(2026, 6, 30)
    assert second.statement == "His avoidance score (MI-alone) will go from 3.6 to 2.0 or lower by 06/30/2026."
    assert assess(second.statement).measurable


def test_numbered_goals_of_a_pdf_paste_keep_their_second_lines() -> None:
    doc = docx.Document()
    doc.add_paragraph("Outpatient Speech Therapy Plan")
    doc.add_paragraph("GOALS (6 weeks):")
    doc.add_paragraph("1. Pt will name 8 of 10 common objects from pictures with minimal cues from the")
    doc.add_paragraph("clinician by 05/15/2026.")
    doc.add_paragraph("2. Pt will follow 2-step spoken directions during therapy tasks with")
    doc.add_paragraph("90% accuracy by 05/15/2026.")
    doc.add_paragraph("STRATEGIES: Semantic feature analysis 2 times per week (45 minutes); home")
    doc.add_paragraph("practice with caregiver daily.")
    plan = _read(doc)
    goals = _goals(plan)
    assert [g.target_date for g in goals] == [dt.date(2026, 5, 15)] * 2
    assert goals[1].statement.endswith("with 90% accuracy by 05/15/2026.")
    treatments = [i.description for _, i in plan.iter_interventions()]
    assert any("home practice with caregiver daily" in (t or "") for t in treatments)


def test_short_lower_case_items_and_record_stamps_are_not_joined() -> None:
    doc = docx.Document()
    doc.add_paragraph("Treatment Plan")
    doc.add_paragraph("Goals")
    doc.add_paragraph("reduce panic attacks")
    doc.add_paragraph("improve sleep")
    doc.add_paragraph("Obj 1a: Attend 2 community outings per week.  Target: 04/09/2026")
    doc.add_paragraph("  last modified by jdoe 01/22/2026 14:31")
    plan = _read(doc)
    statements = [g.statement for g in _goals(plan)]
    assert "reduce panic attacks" in statements and "improve sleep" in statements
    objective = _objectives(plan)[0]
    assert objective.target_date == dt.date(2026, 4, 9)
    assert "modified" not in objective.statement


# ------------------------------------------------------------------------------------------------------------------
# bilingual and Spanish element labels


def test_bilingual_goal_and_objective_labels_spanish_first() -> None:
    doc = docx.Document()
    doc.add_paragraph("PLAN DE TRATAMIENTO / TREATMENT PLAN")
    doc.add_paragraph("Metas y objetivos / Goals and objectives")
    doc.add_paragraph("Meta 1 / Goal 1: Dormir mejor. / Sleep better.")
    doc.add_paragraph(
        "Objetivo 1a / Objective 1a: Dormir 6 horas 5 noches por semana para el 30 de mayo de 2026. / "
        "Sleep 6 hours on 5 nights a week by 05/30/2026."
    )
    doc.add_paragraph("Objetivo 1b / Objective 1b: Bajar el ISI de 18 a menos de 10. / Lower ISI from 18 to below 10.")
    doc.add_paragraph("Meta 2 / Goal 2: Volver a trabajar. / Return to work.")
    doc.add_paragraph("Objetivo 2a / Objective 2a: Trabajar 3 turnos por semana. / Work 3 shifts a week by 06/30/2026.")
    plan = _read(doc)
    goals = _goals(plan)
    assert [g.label for g in goals] == ["Meta 1 / Goal 1", "Meta 2 / Goal 2"]
    assert [len(g.objectives) for g in goals] == [2, 1]
    assert goals[0].objectives[0].target_date == dt.date(2026, 5, 30)


def test_english_first_and_spanish_only_element_labels() -> None:
    doc = docx.Document()
    doc.add_paragraph("Plan de servicio")
    doc.add_paragraph("Problema 1: Consumo de alcohol")
    doc.add_paragraph("Meta: Dejar de beber por completo.")
    doc.add_paragraph("Objetivo 1.1: Pruebas de aliento negativas en cada sesión hasta el 09/30/2026.")
    doc.add_paragraph("Estrategias / Strategies: grupo 3 veces por semana / group 3 times a week.")
    doc.add_paragraph("Goal 2 / Meta 2 — Keep his job.")
    doc.add_paragraph("Objective 2.1 / Objetivo 2.1 — Miss no more than 1 shift a month through 09/30/2026.")
    plan = _read(doc)
    assert plan.problems[0].label == "Problema 1"
    goals = _goals(plan)
    assert [g.statement for g in goals] == ["Dejar de beber por completo.", "Keep his job."]
    assert [len(g.objectives) for g in goals] == [1, 1]
    assert goals[0].interventions and "grupo 3 veces" in goals[0].interventions[0].description


# ------------------------------------------------------------------------------------------------------------------
# headings after the goals


def test_bold_heading_dressed_like_the_goals_heading_ends_them() -> None:
    doc = docx.Document()
    doc.add_paragraph("Care Plan")
    doc.add_paragraph("Client: Pat Example    DOB: 02/03/1950")
    _bold(doc, "What we are aiming for", color="1F4E79")
    doc.add_paragraph("Goal A. Pat will walk to the mailbox daily by 05/01/2026.")
    _bold(doc, "Tools we will lean on", color="1F4E79")
    doc.add_paragraph("Problem-solving therapy and graded activity scheduling.")
    plan = _read(doc)
    assert [g.statement for g in _goals(plan)] == ["Pat will walk to the mailbox daily by 05/01/2026."]
    assert all(p.statement != "Tools we will lean on" for p in plan.problems)


def test_bold_sub_headings_that_group_the_goals_from_the_start_stay_problems() -> None:
    doc = docx.Document()
    doc.add_paragraph("Treatment Plan")
    doc.add_paragraph("Client: Pat Example")
    _bold(doc, "Goals")
    _bold(doc, "Low mood")
    doc.add_paragraph("1. Pat will score under 10 on the PHQ-9 by 06/01/2026.")
    _bold(doc, "Worry")
    doc.add_paragraph("1. Pat will score under 8 on the GAD-7 by 06/01/2026.")
    plan = _read(doc)
    assert [p.statement for p in plan.problems if p.goals] == ["Low mood", "Worry"]


def test_approach_and_schedule_headings_after_the_goals() -> None:
    doc = docx.Document()
    doc.add_paragraph("Psychotherapy Plan of Care")
    _bold(doc, "GOALS", size=9.5, caps=True)
    doc.add_paragraph("1. Mrs. Lee will eat in the dining room 2 meals a day by 07/20/2026.")
    _bold(doc, "Approach", size=9.5, caps=True)
    doc.add_paragraph("Individual psychotherapy using reminiscence work and behavioral activation.")
    _bold(doc, "Schedule", size=9.5, caps=True)
    doc.add_paragraph("Individual psychotherapy (90834), 45-minute sessions, weekly.")
    _bold(doc, "How we will work", size=9.5, caps=True)
    doc.add_paragraph("Sessions over secure video; caregiver joins monthly.")
    plan = _read(doc)
    assert len(_goals(plan)) == 1 and not plan.problems[0].statement
    assert any("reminiscence" in (i.description or "") for i in plan.interventions)
    assert any(s.code == "90834" and s.frequency is not None for s in plan.services)


def test_progress_and_continued_goals_heading_is_a_goals_heading() -> None:
    doc = docx.Document()
    doc.add_paragraph("Treatment Plan Update")
    doc.add_paragraph("Progress and continued goals")
    doc.add_paragraph("1. Eli will complete 10 minutes of seatwork on 4 of 5 days by 07/31/2026.")
    plan = _read(doc)
    assert [g.target_date for g in _goals(plan)] == [dt.date(2026, 7, 31)]


# ------------------------------------------------------------------------------------------------------------------
# a goal named by a short title over its sentence


def test_numbered_title_over_the_goal_sentence_is_one_goal() -> None:
    doc = docx.Document()
    doc.add_paragraph("ABA Treatment Plan — School Setting")
    doc.add_paragraph("Treatment goals")
    for title, sentence, facts in (
        ("1. On-task behavior", "Jo will stay on task during 20-minute work periods.",
         "Baseline: 38% of intervals   |   Mastery: 80% of intervals for 5 days   |   Target: 12/18/2026"),
        ("2. Peer play", "Jo will start a play exchange with a classmate at recess.",
         "Baseline: 0-1 per recess   |   Mastery: 3 per recess on 4 of 5 days   |   Target: 01/22/2027"),
    ):
        _bold(doc, title)
        doc.add_paragraph(sentence)
        doc.add_paragraph(facts)
    plan = _read(doc)
    goals = _goals(plan)
    assert [g.domain for g in goals] == ["On-task behavior", "Peer play"]
    assert goals[0].statement == "Jo will stay on task during 20-minute work periods."
    assert goals[0].baseline == "38% of intervals" and goals[1].target_date == dt.date(2027, 1, 22)


def test_labelled_goal_with_a_title_value_takes_the_sentence_below() -> None:
    doc = docx.Document()
    doc.add_paragraph("Behavior Plan")
    doc.add_paragraph("Goal 1: Elopement")
    doc.add_paragraph("Kai will remain in the assigned area during transitions on 9 of 10 days by 03/01/2026.")
    doc.add_paragraph("Goal 2: Kai will request a break with his card in 80% of opportunities by 03/01/2026.")
    doc.add_paragraph("Kai will hand the card to an adult within 5 seconds.")
    plan = _read(doc)
    goals = _goals(plan)
    assert goals[0].label == "Goal 1" and goals[0].domain == "Elopement"
    assert goals[0].target_date == dt.date(2026, 3, 1)
    # a goal that already has a sentence keeps it: the next sentence is not its statement
    assert goals[1].statement.startswith("Kai will request a break")


# ------------------------------------------------------------------------------------------------------------------
# ABA grids


def test_target_column_naming_the_behaviour_is_the_goal_of_a_progress_grid() -> None:
    doc = docx.Document()
    doc.add_paragraph("Request for Continued ABA Services")
    _table(
        doc,
        [
            ["Target", "Baseline (03/2025)", "Current (02/2026)", "Mastery criterion", "Target date"],
            ["Aggression (hits, kicks) during demands", "9 per hour", "3.1 per hour",
             "Under 0.5 per hour for 4 weeks", "08/28/2026"],
            ["Parent training: mother uses planned ignoring", "40% fidelity", "65% fidelity",
             "90% fidelity on 3 sessions", "06/26/2026"],
        ],
    )
    plan = _read(doc)
    goals = _goals(plan)
    assert [g.statement for g in goals] == [
        "Aggression (hits, kicks) during demands",
        "Parent training: mother uses planned ignoring",
    ]
    assert goals[0].baseline == "9 per hour" and goals[1].mastery_criteria == "90% fidelity on 3 sessions"


def test_target_column_of_short_levels_is_not_taken_for_goals() -> None:
    doc = docx.Document()
    doc.add_paragraph("Therapy Plan")
    _table(
        doc,
        [
            ["Skill", "Target", "Baseline", "Mastery criterion"],
            ["Transfers", "Min assist", "Max assist", "3 sessions in a row"],
            ["Stairs", "80% of trials", "20%", "2 weeks"],
        ],
    )
    plan = _read(doc)
    assert all(g.statement not in ("Min assist", "80% of trials") for g in _goals(plan))


def test_nested_baseline_table_in_a_data_column_gives_the_baseline() -> None:
    doc = docx.Document()
    doc.add_paragraph("Comprehensive ABA Treatment Plan")
    outer = _table(
        doc,
        [
            ["Goal area", "Goal", "Data", "Mastery criterion", "Target date"],
            ["Social", "Ava will join a peer game for 10 minutes.", "", "10 min in 4 of 5 chances", "07/31/2026"],
            ["Self-care", "Ava will pack her bag using a checklist.", "", "9 of 9 steps on 5 days", "05/29/2026"],
        ],
    )
    for row, (base, probe) in ((1, ("2 min", "3 min")), (2, ("3 of 9 steps", "4 of 9"))):
        inner = outer.rows[row].cells[2].add_table(rows=2, cols=2)
        for r, (label, value) in enumerate((("Baseline", base), ("Last probe", probe))):
            inner.rows[r].cells[0].text = label
            inner.rows[r].cells[1].text = value
    plan = _read(doc)
    goals = _goals(plan)
    assert [g.baseline for g in goals] == ["2 min", "3 of 9 steps"]


def test_labelled_lines_in_a_progress_column_give_the_facts() -> None:
    doc = docx.Document()
    doc.add_paragraph("Behavior Plan")
    _table(
        doc,
        [
            ["Goal", "Progress", "Target date"],
            ["Leo will wait 2 minutes for a preferred item.", "Baseline: 10 seconds\nMost recent: 45 seconds",
             "06/01/2026"],
        ],
    )
    plan = _read(doc)
    assert _goals(plan)[0].baseline == "10 seconds"


# ------------------------------------------------------------------------------------------------------------------
# goals counted off in prose


def test_goals_counted_off_with_first_and_second() -> None:
    doc = docx.Document()
    doc.add_paragraph("Treatment Plan Summary")
    doc.add_paragraph("Client: Dee Example")
    doc.add_paragraph(
        "Together we agreed on two goals. First, Dee wants her mood to lift enough to go back to her job: she will "
        "bring her PHQ-9 score down from 19 to under 10 by May 29, 2026. Second, she wants to talk about her son "
        "without shutting down; by the same date she will share a memory of him with family at least once a week."
    )
    plan = _read(doc)
    goals = _goals(plan)
    assert [g.statement for g in goals] == [
        "Dee wants her mood to lift enough to go back to her job",
        "She wants to talk about her son without shutting down",
    ]
    assert [o.target_date for o in _objectives(plan)] == [dt.date(2026, 5, 29)] * 2


def test_goals_counted_off_with_numbers_in_brackets() -> None:
    doc = docx.Document()
    doc.add_paragraph("Counseling Summary")
    doc.add_paragraph(
        "We set the following three goals: (1) Ray will sleep at least 6 hours on 5 nights a week by 04/01/2026, "
        "(2) Ray will attend 2 AA meetings a week by 04/01/2026, and (3) Ray will repair contact with his daughter."
    )
    plan = _read(doc)
    statements = [g.statement for g in _goals(plan)]
    assert len(statements) == 3
    assert statements[0].startswith("Ray will sleep at least 6 hours")


def test_a_count_of_goals_without_the_goals_counted_off_reads_nothing() -> None:
    doc = docx.Document()
    doc.add_paragraph("Progress Letter")
    doc.add_paragraph(
        "We worked on two goals this year and Ms. Ray made steady progress on both of them during the spring."
    )
    plan = _read(doc)
    assert _goals(plan) == []


def test_behaviour_column_is_the_goal_of_a_grid_with_no_goal_column() -> None:
    doc = docx.Document()
    doc.add_paragraph("Behavior Reduction Plan")
    _table(
        doc,
        [
            ["Behavior", "Baseline", "Mastery criterion", "Target date"],
            ["Hitting", "5 per day", "0 per day for 15 consecutive days", "06/30/2026"],
            ["Elopement", "2 per week", "0 per week for 6 weeks", "07/31/2026"],
        ],
    )
    plan = _read(doc)
    goals = _goals(plan)
    assert [g.statement for g in goals] == ["Hitting", "Elopement"]
    assert goals[0].baseline == "5 per day" and goals[1].target_date == dt.date(2026, 7, 31)


def test_wrapped_line_going_on_with_a_measure_name_and_a_label_in_brackets() -> None:
    doc = docx.Document()
    doc.add_paragraph("Treatment Plan")
    doc.add_paragraph("Goal 1 (Meta 1): Feel less anxious at work and at home most days of the week.")
    doc.add_paragraph("Objective 1a: Client will score below 8 on the GAD-7 and below 10 on the")
    doc.add_paragraph("PHQ-9 by 04/01/2026.")
    doc.add_paragraph("Objective 1b: Client will walk 20 minutes on 5 days a week and")
    doc.add_paragraph("Interventions: CBT weekly.")
    plan = _read(doc)
    goal = _goals(plan)[0]
    assert goal.domain is None
    assert goal.objectives[0].statement.endswith("below 10 on the PHQ-9 by 04/01/2026.")
    assert goal.objectives[0].target_date == dt.date(2026, 4, 1)
    assert "Interventions" not in goal.objectives[1].statement
