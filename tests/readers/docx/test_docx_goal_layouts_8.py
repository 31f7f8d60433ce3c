"""Goals, objectives and interventions in more layouts (eighth round): a sentence the goal list completes ("By the end
of this plan of care (10 weeks), Mr. A will:") with its time frame for each item, a goals heading qualified by a
phrase ("Goals to be achieved by the end of the plan period:"), treatments listed after a "Treatment plan:" label
inside the plan, ABA goals titled "Caregiver Goal 4 — Mr. Price" with their "Target / Current level / Criterion /
Projected mastery date" lines, facts labelled with dashes ("Baseline — ...  Mastery — ..."), a caregiver goal that
names the parent instead of saying "parent", and statements the measurability rule misjudged. Each document is built
here with python-docx, in wordings of its own."""

from __future__ import annotations

import datetime as dt

import docx

from authcheck.model import Goal, Patient, Problem, Signature, TreatmentPlan
from authcheck.readers.docx.sections import match_section
from authcheck.rules.checks.base import CheckContext
from authcheck.rules.checks.goals import ElementMatchesParams, check_element_matches
from authcheck.rules.measurability import assess
from docx_helpers import add_table as _table
from docx_helpers import goals_of as _goals
from docx_helpers import read_document as _read


def _statements(plan) -> list[str]:
    return [g.statement for g in _goals(plan)]


# ------------------------------------------------------------------------------------------------------------------
# a lead-in sentence the list items complete


def test_lead_in_sentence_is_no_goal_and_its_time_frame_holds_for_each_item() -> None:
    doc = docx.Document()
    doc.add_heading("Goals", level=2)
    doc.add_paragraph("By the end of this plan of care (10 weeks), Mr. Abernathy will:")
    doc.add_paragraph("Complete upper-body dressing with set-up only.", style="List Number")
    doc.add_paragraph("Increase R grip strength from 8 lb to 20 lb or more.", style="List Number")
    doc.add_paragraph("Short-term (by week 5): dressing with minimal assistance.")
    plan = _read(doc)
    goals = _goals(plan)
    assert [g.statement for g in goals][:2] == [
        "Complete upper-body dressing with set-up only.",
        "Increase R grip strength from 8 lb to 20 lb or more.",
    ]
    assert not any((g.statement or "").endswith("will:") for g in goals)
    assert [g.time_frame for g in goals[:2]] == ["10 weeks", "10 weeks"]


def test_lead_in_with_typed_numbers_and_a_within_phrase() -> None:
    doc = docx.Document()
    doc.add_paragraph("Outpatient Physical Therapy Plan")
    doc.add_paragraph("TREATMENT GOALS")
    doc.add_paragraph("Within 8 weeks the patient will be able to:")
    doc.add_paragraph("1. Walk 300 feet with a single-point cane and supervision.")
    doc.add_paragraph("2. Climb 12 stairs with one rail independently.")
    plan = _read(doc)
    goals = _goals(plan)
    assert [g.statement for g in goals] == [
        "Walk 300 feet with a single-point cane and supervision.",
        "Climb 12 stairs with one rail independently.",
    ]
    assert all(g.time_frame and "8 weeks" in g.time_frame for g in goals)


def test_lead_in_with_a_date_gives_each_item_its_target_date() -> None:
    doc = docx.Document()
    doc.add_heading("Goals", level=2)
    doc.add_paragraph("By 06/30/2026, Ana is expected to:")
    doc.add_paragraph("Name 3 triggers for her panic attacks.", style="List Bullet")
    doc.add_paragraph("Use paced breathing in 4 of 5 panic episodes, per diary.", style="List Bullet")
    plan = _read(doc)
    goals = _goals(plan)
    assert len(goals) == 2
    assert all(g.target_date == dt.date(2026, 6, 30) for g in goals)


def test_spanish_lead_in_is_no_goal() -> None:
    doc = docx.Document()
    doc.add_heading("Metas", level=2)
    doc.add_paragraph("En 12 semanas, Ana podrá:")
    doc.add_paragraph("Pedir ayuda con palabras en 8 de 10 oportunidades.", style="List Number")
    doc.add_paragraph("Esperar su turno 2 minutos sin gritar en 4 de 5 sesiones.", style="List Number")
    plan = _read(doc)
    assert _statements(plan) == [
        "Pedir ayuda con palabras en 8 de 10 oportunidades.",
        "Esperar su turno 2 minutos sin gritar en 4 de 5 sesiones.",
    ]


def test_a_goal_sentence_closing_with_will_colon_is_not_taken_for_a_lead_in() -> None:
    doc = docx.Document()
    doc.add_heading("Goals", level=2)
    doc.add_paragraph("To reduce his depressive symptoms, Jon will:")
    doc.add_paragraph("Walk 20 minutes on 5 days a week.", style="List Bullet")
    plan = _read(doc)
    assert "To reduce his depressive symptoms, Jon will:" in _statements(plan)


# ------------------------------------------------------------------------------------------------------------------
# goals headings qualified by a phrase; treatments after a "Treatment plan:" label


def test_goals_heading_qualified_by_a_phrase_is_the_goals_section() -> None:
    for title in (
        "Goals to be achieved by the end of the plan period",
        "Goals for this certification period",
        "Goals we will work on during the next 90 days",
        "Objectives for the next review period",
        "Services requested for the authorization period",
    ):
        head = title.split()[0].lower()
        assert match_section(title).key == {"goals": "goals", "objectives": "objectives"}.get(head, "services"), title


def test_goals_under_a_qualified_heading_take_its_time_frame_and_treatment_plan_label_lists_treatments() -> None:
    doc = docx.Document()
    doc.add_paragraph("Physical Therapy Plan of Care")
    doc.add_paragraph("Patient: Ida Example      Date of Birth: March 2, 1940")
    doc.add_paragraph("Diagnoses: R26.81 Unsteadiness on feet.")
    doc.add_paragraph("Goals to be achieved by the end of the plan period:")
    doc.add_paragraph("(1)  Berg Balance Scale score from 36/56 to 46/56 or better.")
    doc.add_paragraph("(2)  TUG under 13.5 seconds with a single-point cane.")
    doc.add_paragraph(
        "Treatment plan: Neuromuscular re-education (97112), therapeutic exercise (97110), gait training (97116). "
        "Twice weekly for 16 weeks."
    )
    plan = _read(doc)
    goals = _goals(plan)
    assert [g.label for g in goals] == ["(1)", "(2)"]
    assert all(g.time_frame and "end of the plan" in g.time_frame for g in goals)
    assert plan.interventions, "the treatments after 'Treatment plan:' are the plan's interventions"
    assert {s.code for s in plan.services} >= {"97112", "97110", "97116"}


def test_plan_of_care_label_with_treatments_lists_them_but_not_a_plain_sentence() -> None:
    doc = docx.Document()
    doc.add_paragraph("Occupational Therapy Evaluation")
    doc.add_paragraph("Patient: Lou Example      DOB: 04/05/1961")
    doc.add_paragraph("Diagnoses: M19.041 Primary osteoarthritis, right hand.")
    doc.add_paragraph("Goals")
    doc.add_paragraph("1. Grip strength from 20 lb to 35 lb.")
    doc.add_paragraph("Plan of care: paraffin, therapeutic exercise and joint protection education.")
    plan = _read(doc)
    assert any("paraffin" in (i.description or "") for i in plan.interventions)
    dated = docx.Document()
    dated.add_paragraph("Occupational Therapy Evaluation")
    dated.add_paragraph("Patient: Lou Example      DOB: 04/05/1961")
    dated.add_paragraph("Goals")
    dated.add_paragraph("1. Grip strength from 20 lb to 35 lb.")
    dated.add_paragraph("Plan of care: 01/06/2026")
    plan = _read(dated)
    assert not plan.interventions
    assert plan.plan_date == dt.date(2026, 1, 6)


# ------------------------------------------------------------------------------------------------------------------
# ABA goals titled "<Area> Goal n — <title>" with Target / Current level / Criterion / Projected mastery date lines


def _aba_goal_block(doc, title: str, target: str, current: str, criterion: str, date: str, *, label="Target") -> None:
    doc.add_paragraph(title)
    for text in (f"{label}: {target}", f"Current level: {current}", f"Criterion: {criterion}",
                 f"Projected mastery date: {date}"):
        para = doc.add_paragraph(text)
        para.paragraph_format.left_indent = docx.shared.Inches(0.4)


def test_titled_aba_goals_take_their_target_sentence_as_statement() -> None:
    doc = docx.Document()
    doc.add_paragraph("Goals for this period")
    _aba_goal_block(doc, "Skill Acquisition Goal 1 — Conversation", "Aubree will ask a peer a follow-up question.",
                    "1 of 10 opportunities", "8 of 10 opportunities across 3 consecutive sessions", "05/29/2026")
    _aba_goal_block(doc, "Behavior Reduction Goal 2 — Aggression", "Aggression will decrease.",
                    "1.4 episodes per day", "0.2 or fewer episodes per day over 4 weeks", "07/10/2026")
    _aba_goal_block(doc, "Caregiver Goal 3 — Mr. Price", "Mr. Price will run a 10-minute teaching session at home.",
                    "60% of fidelity steps", "90% or more of steps on 3 consecutive observations", "03/31/2026")
    plan = _read(doc)
    goals = _goals(plan)
    assert [g.statement.rstrip(".") for g in goals] == [
        "Aubree will ask a peer a follow-up question",
        "Aggression will decrease",
        "Mr. Price will run a 10-minute teaching session at home",
    ]
    assert [g.domain for g in goals] == [
        "Skill Acquisition: Conversation", "Behavior Reduction: Aggression", "Caregiver: Mr. Price"]
    assert [g.target for g in goals] == [
        "8 of 10 opportunities across 3 consecutive sessions",
        "0.2 or fewer episodes per day over 4 weeks",
        "90% or more of steps on 3 consecutive observations",
    ]
    assert [g.target_date for g in goals] == [dt.date(2026, 5, 29), dt.date(2026, 7, 10), dt.date(2026, 3, 31)]
    assert [g.baseline for g in goals] == ["1 of 10 opportunities", "1.4 episodes per day", "60% of fidelity steps"]
    assert not any(g.objectives for g in goals), "a mastery date line is no objective"


def test_target_behavior_label_and_a_parent_goal_label() -> None:
    doc = docx.Document()
    doc.add_paragraph("Treatment Goals")
    _aba_goal_block(doc, "Parent Goal 1 - Bedtime routine", "Mom will follow the bedtime picture schedule each night.",
                    "2 of 7 nights", "7 of 7 nights for 2 weeks", "04/15/2026", label="Target behavior")
    plan = _read(doc)
    goal = _goals(plan)[0]
    assert goal.statement.rstrip(".") == "Mom will follow the bedtime picture schedule each night"
    assert goal.domain == "Parent: Bedtime routine"
    assert goal.target_date == dt.date(2026, 4, 15)


def test_area_goal_labels_are_goals_with_their_area() -> None:
    doc = docx.Document()
    doc.add_paragraph("Goals")
    doc.add_paragraph("Communication Goal 1: Ana will mand for 10 items across 3 sessions.")
    doc.add_paragraph("Family Training Goal 2: Parents will use first-then language with 80% fidelity.")
    plan = _read(doc)
    goals = _goals(plan)
    assert [g.domain for g in goals] == ["Communication", "Family Training"]
    assert goals[1].statement == "Parents will use first-then language with 80% fidelity."


def test_mastery_date_labels_are_target_dates() -> None:
    doc = docx.Document()
    doc.add_paragraph("Goals")
    doc.add_paragraph("Goal 1: Kai will tact 20 items with 90% accuracy.")
    doc.add_paragraph("Anticipated mastery date: 06/01/2026")
    doc.add_paragraph("Goal 2: Kai will wait 30 seconds for an item in 4 of 5 trials.")
    doc.add_paragraph("Mastery by: 07/15/2026")
    plan = _read(doc)
    goals = _goals(plan)
    assert [g.target_date for g in goals] == [dt.date(2026, 6, 1), dt.date(2026, 7, 15)]
    assert not any(g.objectives for g in goals)


# ------------------------------------------------------------------------------------------------------------------
# facts labelled with dashes


def test_facts_labelled_with_dashes_on_one_indented_line() -> None:
    doc = docx.Document()
    doc.add_paragraph("Goals")
    doc.add_paragraph("Goal 1. Declan will remain seated during 15-minute homework periods.")
    para = doc.add_paragraph(
        "Baseline — 4 minutes on average.  Mastery — 15 minutes seated in 4 of 5 homework periods for 2 weeks.  "
        "Target date — 05/29/2026."
    )
    para.paragraph_format.left_indent = docx.shared.Inches(0.4)
    doc.add_paragraph("Goal 2. Declan will raise his hand in 80% of opportunities.")
    doc.add_paragraph("Baseline - 10% of opportunities; Target date - 06/30/2026")
    plan = _read(doc)
    goals = _goals(plan)
    assert len(goals) == 2 and not any(g.objectives for g in goals)
    assert goals[0].baseline == "4 minutes on average"
    assert goals[0].mastery_criteria == "15 minutes seated in 4 of 5 homework periods for 2 weeks"
    assert goals[0].target_date == dt.date(2026, 5, 29)
    assert goals[1].baseline == "10% of opportunities"
    assert goals[1].target_date == dt.date(2026, 6, 30)


def test_a_dash_inside_an_objective_is_no_label() -> None:
    doc = docx.Document()
    doc.add_paragraph("Goals")
    doc.add_paragraph("Goal 1: Ana will reduce panic attacks to 1 or fewer per week.")
    doc.add_paragraph("Objective 1.1: Ana will practise breathing - 10 minutes daily - for 4 weeks.")
    plan = _read(doc)
    objective = _goals(plan)[0].objectives[0]
    assert objective.statement.startswith("Ana will practise breathing - 10 minutes daily")
    assert objective.baseline is None


# ------------------------------------------------------------------------------------------------------------------
# a caregiver goal that names the parent


def _caregiver_check(plan: TreatmentPlan) -> bool:
    params = ElementMatchesParams(
        patterns=[r"\b(?:parents?|caregivers?)\b"], fields=["statement", "domain"], required="a caregiver goal",
        named_caregivers=True,
    )
    return not list(check_element_matches(CheckContext(plan=plan, as_of=dt.date(2026, 3, 1)), params))


def _plan(statement: str, *, client: str, born: dt.date, guardian: str | None = None) -> TreatmentPlan:
    return TreatmentPlan(
        patient=Patient(name=client, birth_date=born),
        plan_date=dt.date(2026, 1, 26),
        signatures=[Signature(role="guardian", name=guardian)] if guardian else [],
        problems=[Problem(goals=[Goal(statement=statement)])],
    )


def test_goal_naming_the_childs_family_name_is_a_caregiver_goal() -> None:
    plan = _plan("Ms. Whitcombe will prompt and reinforce requests at home.", client="Amari J. Whitcombe",
                 born=dt.date(2020, 12, 14))
    assert _caregiver_check(plan)


def test_goal_naming_the_guardian_who_signs_is_a_caregiver_goal() -> None:
    by_surname = _plan("Mr. Price will run a 10-minute teaching session.", client="Aubree N. Castellano-Price",
                       born=dt.date(2018, 9, 25))
    assert _caregiver_check(by_surname)
    by_first_name = _plan("Nathan will use first-then language at bedtime.", client="Aubree Lee",
                          born=dt.date(2018, 9, 25), guardian="Nathan Price")
    assert _caregiver_check(by_first_name)


def test_an_adult_clients_own_name_is_no_caregiver() -> None:
    plan = _plan("Mr. Abernathy will walk 150 feet independently.", client="Paul Abernathy", born=dt.date(1950, 2, 1))
    assert not _caregiver_check(plan)
    child = _plan("Declan will remain seated for 15 minutes.", client="Declan Morrissey", born=dt.date(2016, 10, 8),
                  guardian="Siobhan Morrissey")
    assert not _caregiver_check(child)


# ------------------------------------------------------------------------------------------------------------------
# statements the measurability rule misjudged


def test_sized_product_and_reader_criteria_are_measurable() -> None:
    assert assess("Write his name and a 4-line grocery list legibly (readable by an unfamiliar reader).").measurable
    assert assess("Speech will be intelligible to unfamiliar listeners in conversation.").measurable
    assert assess("Student will write a three-sentence note to a classmate.").measurable
    assert not assess("Pt will improve intelligibility.").measurable
    assert not assess("Improve handwriting legibility.").measurable


def test_count_of_meetings_of_either_kind_is_measurable() -> None:
    assert assess("Marcus will attend 2 AA or SMART meetings per week, verified by signed slips.").measurable
    assert assess("Client will attend 3 NA and/or AA meetings weekly.").measurable
    assert not assess("Client will go to AA or SMART meetings.").measurable


def test_goals_table_reads_with_dash_facts_unaffected() -> None:
    # a goals table is read as before: the dash rewrite touches lines of facts only
    doc = docx.Document()
    doc.add_paragraph("Goals")
    _table(doc, [["Goal", "Baseline", "Mastery criterion", "Target"],
                 ["Amari will request help vocally - or with a sign.", "0 requests", "10 per day for 5 days", "07/31/2026"]])
    plan = _read(doc)
    goal = _goals(plan)[0]
    assert goal.statement == "Amari will request help vocally - or with a sign."
    assert goal.baseline == "0 requests"
