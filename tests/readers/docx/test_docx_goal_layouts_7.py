"""Goals, objectives, interventions and assessments in more layouts (seventh round): plain-language goal headings
written with contractions ("What we're working toward"), arrowhead and diamond bullets, goals numbered in a decimal
outline ("5.1  Goal: ..." over "5.1.1 ...") or by letter ("Goal A" over "A.1 ..." and "Objective A1: ..."), objectives
set off only by typed spaces, baselines and objectives that are not written yet ("TBD - to be probed in the first
2 weeks", "Objectives: to be developed at the 30-day review"), an "Assessments:" sentence after the diagnosis on the
same line, and each discipline's orders run together on one line ("SN: teach ... MSW: ... HHA: bathing."). Each
document is built here with python-docx, in wordings of its own."""

from __future__ import annotations

import datetime as dt

import docx
import pytest
from docx.shared import Pt

from authcheck.readers.docx.labels import element_label, strip_list_marker
from authcheck.readers.docx.sections import match_section
from authcheck.rules.measurability import assess
from docx_helpers import add_table as _table
from docx_helpers import goals_of as _goals
from docx_helpers import read_document as _read


def _bold(doc, text):
    para = doc.add_paragraph()
    para.add_run(text).bold = True
    return para


# ------------------------------------------------------------------------------------------------------------------
# plain-language headings, contractions and other bullets


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("What we're working toward", "goals"),
        ("What we’re working towards", "goals"),  # a typographic apostrophe
        ("What I want to work on", "goals"),
        ("Where we want to be", "goals"),
        ("Skill acquisition targets", "goals"),
        ("How we'll get there", "interventions"),
        ("How we’ll work together", "interventions"),
        ("Visit plan", "services"),
        ("Disciplines and visits", "services"),
        ("INDIVIDUAL RECOVERY & REHABILITATION PLAN", "title"),
        ("Individualized Recovery Plan", "title"),
        ("Discharge plan", "discharge"),
    ],
)
def test_plain_language_and_contracted_headings(title: str, key: str) -> None:
    found = match_section(title)
    assert found.key == key and found.score >= 95


@pytest.mark.parametrize("bullet", ["▸", "▹", "◆", "➤", "→", "❖"])
def test_objectives_under_a_plain_language_heading_with_arrowhead_bullets(bullet: str) -> None:
    doc = docx.Document()
    doc.add_paragraph("Care Plan")
    _bold(doc, "What we’re working toward")
    doc.add_paragraph("1. Ana will be able to take the bus to her class without panic getting in the way.")
    doc.add_paragraph(f"    {bullet} Cut panic attacks from about 5 a week to 1 or fewer a week by 06/01/2026.")
    doc.add_paragraph(f"    {bullet} Ride the bus alone twice a week by 07/06/2026.")
    doc.add_paragraph("2. Ana will sleep through most nights.")
    doc.add_paragraph(f"    {bullet} Sleep 6 hours or more on 5 of 7 nights (sleep log) by 07/06/2026.")
    _bold(doc, "How we’ll get there")
    doc.add_paragraph("Cognitive behavioral therapy with interoceptive exposure, weekly video sessions.")
    plan = _read(doc)
    first, second = _goals(plan)
    assert [o.target_date for o in first.objectives] == [dt.date(2026, 6, 1), dt.date(2026, 7, 6)]
    assert first.objectives[0].statement.startswith("Cut panic attacks")
    assert second.objectives[0].statement.startswith("Sleep 6 hours")
    assert plan.interventions and plan.interventions[0].description.startswith("Cognitive behavioral therapy")


def test_a_ticked_mark_is_no_bullet() -> None:
    assert strip_list_marker("✔ Individual therapy")[1] is None
    assert strip_list_marker("▸ Individual therapy") == ("Individual therapy", "▸", None)


# ------------------------------------------------------------------------------------------------------------------
# decimal and lettered outlines


def test_decimal_outline_goals_with_their_objectives() -> None:
    doc = docx.Document()
    doc.add_paragraph("Behavioral Health Treatment Plan")
    _bold(doc, "4.0  TREATMENT GOALS AND OBJECTIVES")
    doc.add_paragraph("4.1  Goal: Veteran will manage trauma reminders without leaving the situation.")
    doc.add_paragraph("      4.1.1  Decrease PCL-5 from 51 to 38 or lower by 06/30/2026.")
    doc.add_paragraph("      4.1.2  Stay in a crowded store for 20 minutes, 3 times, by 08/31/2026.")
    doc.add_paragraph("4.2  Goal: Improve mood and daily functioning.")
    doc.add_paragraph("      4.2.1  PHQ-9 from 16 to 9 or below by 08/31/2026.")
    plan = _read(doc)
    first, second = _goals(plan)
    assert [o.statement for o in first.objectives] == [
        "Decrease PCL-5 from 51 to 38 or lower by 06/30/2026.",
        "Stay in a crowded store for 20 minutes, 3 times, by 08/31/2026.",
    ]
    assert not first.interventions
    assert [o.target_date for o in second.objectives] == [dt.date(2026, 8, 31)]
    assert assess(second.statement).measurable is False  # the goal itself is vague: its objective measures it
    assert assess(second.objectives[0].statement).measurable


def test_unlabelled_decimal_outline_goals_objectives_and_a_step_below() -> None:
    doc = docx.Document()
    doc.add_paragraph("Service Plan")
    _bold(doc, "Goals")
    doc.add_paragraph("2.1 Sam will keep his apartment.")
    doc.add_paragraph("2.1.1 Sam will pay rent on time for 3 months in a row by 09/30/2026.")
    doc.add_paragraph("2.1.1.1 Budgeting skill teaching with his case manager.")
    doc.add_paragraph("2.2 Sam will reconnect with his brother.")
    doc.add_paragraph("2.2.1 Sam will call his brother at least once a week by 08/15/2026.")
    plan = _read(doc)
    first, second = _goals(plan)
    assert first.statement == "Sam will keep his apartment."
    assert [o.statement for o in first.objectives] == ["Sam will pay rent on time for 3 months in a row by 09/30/2026."]
    assert [i.description for i in first.interventions] == ["Budgeting skill teaching with his case manager."]
    assert second.statement == "Sam will reconnect with his brother."
    assert len(second.objectives) == 1


def test_lettered_goals_with_letter_dot_number_objectives() -> None:
    doc = docx.Document()
    doc.add_paragraph("Outpatient Treatment Report")
    _bold(doc, "13. Measurable treatment goals (goal, objective, target date)")
    doc.add_paragraph("Goal A — Member will return to her volunteer work at the library.")
    doc.add_paragraph("   A.1 PHQ-9 from 13 to 5 or below by 01/25/2027.")
    doc.add_paragraph("   A.2 Volunteer at least 1 shift (3 hrs) per week by 10/26/2026.")
    doc.add_paragraph("Goal B — Member will keep worry from stopping her day.")
    doc.add_paragraph("   B.1 GAD-7 from 12 to below 6 by 01/25/2027.")
    plan = _read(doc)
    first, second = _goals(plan)
    assert [o.statement for o in first.objectives] == [
        "PHQ-9 from 13 to 5 or below by 01/25/2027.",
        "Volunteer at least 1 shift (3 hrs) per week by 10/26/2026.",
    ]
    assert [o.label for o in first.objectives] == ["A.1", "A.2"]
    assert [o.statement for o in second.objectives] == ["GAD-7 from 12 to below 6 by 01/25/2027."]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Objective A1: Negative screens on 8 weekly tests", "A1"),
        ("Objective A.1: Negative screens", "A.1"),
        ("Obj. B-2: Practise 2 relaxation skills", "B-2"),
        ("STO C1 — Complete the paperwork", "C1"),
        ("Objective W1 Monty will complete 3 applications", "W1"),
    ],
)
def test_objective_labels_numbered_after_a_lettered_goal(text: str, number: str) -> None:
    found = element_label(text)
    assert found is not None and found.kind == "objective" and found.number == number


@pytest.mark.parametrize(
    ("text", "number", "value"),
    [
        ("Objective 1-A: Client will list 3 triggers", "1-A", "Client will list 3 triggers"),
        ("Objective 2-1: Client will attend 3 meetings a week", "2-1", "Client will attend 3 meetings a week"),
        ("STO 1-2 Client will call his sponsor daily", "1-2", "Client will call his sponsor daily"),
    ],
)
def test_objective_labels_numbered_with_a_hyphen(text: str, number: str, value: str) -> None:
    found = element_label(text)
    assert found is not None and found.number == number and found.value == value


def test_hyphen_numbered_objectives_go_to_their_goal() -> None:
    doc = docx.Document()
    doc.add_paragraph("Treatment Plan")
    doc.add_paragraph("Goal 1: Client will stop drinking.")
    doc.add_paragraph("Goal 2: Client will keep his job.")
    doc.add_paragraph("Objective 1-A: Client will list 3 triggers and a plan for each by 05/01/2026.")
    doc.add_paragraph("Objective 2-A: Client will miss 0 work days due to use through 07/01/2026.")
    plan = _read(doc)
    first, second = _goals(plan)
    assert [o.label for o in first.objectives] == ["Objective 1-A"]
    assert [o.label for o in second.objectives] == ["Objective 2-A"]


def test_an_a1c_target_is_no_label() -> None:
    assert element_label("Goal A1C below 7% by 12/2026") is None


def test_lettered_objective_labels_go_to_their_own_goal() -> None:
    doc = docx.Document()
    doc.add_paragraph("Comprehensive Treatment Plan")
    doc.add_paragraph("Goal A: Stabilize on methadone with no illicit opioid use")
    doc.add_paragraph("Objective A1: Negative fentanyl screens on 8 consecutive weekly tests by 11/27/2026")
    doc.add_paragraph("Services and frequency: daily observed dosing; weekly random UDS")
    doc.add_paragraph("Goal B: Return to work")
    doc.add_paragraph("Objective B1: Complete CNA license reinstatement paperwork by 11/27/2026")
    doc.add_paragraph("Objective a2: Attend dosing 7 of 7 days per week for 30 days by 10/30/2026")  # goal A's, listed late
    plan = _read(doc)
    goal_a, goal_b = _goals(plan)
    assert [o.label for o in goal_a.objectives] == ["Objective A1", "Objective a2"]
    assert [o.label for o in goal_b.objectives] == ["Objective B1"]
    assert all(assess(o.statement).measurable for o in goal_a.objectives + goal_b.objectives)


def test_objectives_set_off_by_typed_spaces_only() -> None:
    doc = docx.Document()
    doc.add_paragraph("Treatment Plan")
    _bold(doc, "Goals")
    doc.add_paragraph("Goal 1: Jo will manage her anger at work.")
    doc.add_paragraph("      Jo will use a time-out on 4 of 5 conflicts (self-report log) by 06/30/2026.")
    doc.add_paragraph("Goal 2: Jo will sleep better.")
    plan = _read(doc)
    first, second = _goals(plan)
    assert [o.target_date for o in first.objectives] == [dt.date(2026, 6, 30)]
    assert second.objectives == []


# ------------------------------------------------------------------------------------------------------------------
# baselines and objectives not written yet


@pytest.mark.parametrize(
    "baseline",
    [
        "TBD – to be probed in first 2 weeks of service",
        "TBD",
        "N/A",
        "To be probed during the first 3 sessions",
        "Not yet collected",
        "Awaiting first probe",
        "Will be probed at intake",
        "Baseline probes to be run week 1",
        "Data to follow",
    ],
)
def test_a_baseline_not_yet_known_is_no_baseline(baseline: str) -> None:
    doc = docx.Document()
    doc.add_paragraph("ABA Treatment Plan")
    _bold(doc, "GOALS")
    doc.add_paragraph("Goal 1 – Classroom: Rowan will remain in his assigned area during 15-minute group work.")
    doc.add_paragraph(f"      Baseline: {baseline}.   Mastery: 90% of intervals across 5 school days.   By: 01/29/2027")
    doc.add_paragraph("Goal 2 – Safety: Rowan will stop at the curb and wait for the adult's cue.")
    doc.add_paragraph("      Baseline: 1 of 10 trials.   Mastery: 10 of 10 trials across 3 outings.   By: 12/18/2026")
    plan = _read(doc)
    first, second = _goals(plan)
    assert first.baseline is None
    assert first.mastery_criteria and first.target_date == dt.date(2027, 1, 29)
    assert second.baseline == "1 of 10 trials"


@pytest.mark.parametrize(
    ("sentence", "baseline"),
    [
        ("Rowan will request a break with his card on 80% of opportunities (baseline TBD, probed in week 1).", None),
        ("Rowan will request a break with his card on 80% of opportunities (baseline: 2 of 10 opportunities).",
         "2 of 10 opportunities"),
    ],
)
def test_a_baseline_inside_the_goal_sentence_that_is_not_known_yet(sentence: str, baseline: str | None) -> None:
    doc = docx.Document()
    doc.add_paragraph("ABA Treatment Plan")
    _bold(doc, "Goals")
    doc.add_paragraph(f"Goal 1: {sentence}")
    plan = _read(doc)
    assert _goals(plan)[0].baseline == baseline


def test_spanish_pending_baseline_and_objectives_not_written_yet() -> None:
    doc = docx.Document()
    doc.add_paragraph("Plan de tratamiento")
    doc.add_paragraph("Meta 1: Ana vivirá en su propio apartamento.")
    doc.add_paragraph("Objetivos: Se desarrollarán en la revisión de 30 días.")
    doc.add_paragraph("Meta 2: Ana pedirá ayuda con una tarjeta en el 80% de las oportunidades para el 06/30/2026.")
    doc.add_paragraph("Línea base: Por determinar")
    plan = _read(doc)
    first, second = _goals(plan)
    assert first.objectives == []
    assert second.baseline is None


def test_a_pending_baseline_in_a_goals_table_is_no_baseline() -> None:
    doc = docx.Document()
    doc.add_paragraph("Treatment Plan")
    _bold(doc, "Goals and objectives")
    _table(doc, [
        ["Goal", "Objective", "Baseline", "Target date"],
        ["Rowan will stay with his group", "Stay seated 10 minutes in 4 of 5 groups", "TBD - probe in first 2 weeks",
         "12/18/2026"],
        ["Rowan will dress himself", "Zip his coat independently on 4 of 5 days", "hand-over-hand prompting",
         "11/30/2026"],
    ])
    plan = _read(doc)
    first, second = (o for g in _goals(plan) for o in g.objectives)
    assert first.baseline is None
    assert second.baseline == "hand-over-hand prompting"


@pytest.mark.parametrize(
    "deferral",
    [
        "to be developed with Monty at the 30-day review once the housing application is back.",
        "(will be set once the housing application is back)",
        "TBD",
        "Deferred until the housing application is back.",
        "Not yet developed; to be added at the next review.",
        "None at this time.",
    ],
)
def test_objectives_not_written_yet_are_none(deferral: str) -> None:
    doc = docx.Document()
    doc.add_paragraph("Individual Recovery Plan")
    doc.add_paragraph("Goal L: Monty will move from his sister's home into a supported apartment.")
    doc.add_paragraph(f"   Objectives: {deferral}")
    doc.add_paragraph("   Interventions: housing search support, budgeting skill teaching.")
    doc.add_paragraph("Goal H: Monty will stay out of the hospital.")
    doc.add_paragraph("   H1. Monty will take medications as prescribed on 6 of 7 days by 08/31/2026.")
    plan = _read(doc)
    living, health = _goals(plan)
    assert living.objectives == []
    assert living.interventions
    assert [o.label for o in health.objectives] == ["H1."]


def test_an_unlabelled_deferral_under_an_objectives_heading_is_no_objective() -> None:
    doc = docx.Document()
    doc.add_paragraph("Treatment Plan")
    _bold(doc, "Goal")
    doc.add_paragraph("Chris will find stable housing.")
    _bold(doc, "Objectives")
    doc.add_paragraph("To be determined with Chris at the 30-day review.")
    plan = _read(doc)
    assert [g.objectives for g in _goals(plan)] == [[]]
    assert any("30-day review" in f.text for f in plan.free_text)


def test_a_deferred_objective_cell_is_no_objective() -> None:
    doc = docx.Document()
    doc.add_paragraph("Treatment Plan")
    _bold(doc, "Goals and objectives")
    _table(doc, [
        ["Goal", "Objective", "Target date"],
        ["Chris will find stable housing", "To be developed at the 30-day review", ""],
        ["Chris will stay sober", "Negative urine screens on all random tests", "09/30/2026"],
    ])
    plan = _read(doc)
    housing, sober = _goals(plan)
    assert housing.objectives == []
    assert len(sober.objectives) == 1


# ------------------------------------------------------------------------------------------------------------------
# assessments after the diagnosis on the same line


@pytest.mark.parametrize(
    "line",
    [
        "Dx: F84.0 Autistic disorder (re-evaluation 11/14/2023, Hana Lind, PhD). Assessments: AFLS Vocational module "
        "12/12/2025; Vineland-3 12/12/2025 ABC 58.",
        "Diagnosis: F84.0 Autism spectrum disorder; Assessment: Vineland-3 12/12/2025 ABC 58; AFLS Vocational module "
        "12/12/2025.",
    ],
)
def test_assessments_after_the_diagnosis_on_one_line(line: str) -> None:
    doc = docx.Document()
    doc.add_paragraph("Behavior Support Plan")
    doc.add_paragraph(line)
    plan = _read(doc)
    assert [d.code for d in plan.diagnoses] == ["F84.0"]
    found = {a.instrument: a for a in plan.assessments}
    assert {"Vineland-3", "AFLS Vocational module"} <= set(found)
    assert found["Vineland-3"].date == dt.date(2025, 12, 12)
    assert found["Vineland-3"].scores == {"abc": "58"}


# ------------------------------------------------------------------------------------------------------------------
# each discipline's orders on one line


def test_discipline_orders_run_together_are_interventions_each() -> None:
    doc = docx.Document()
    doc.add_paragraph("Plan of Care — Start of Care")
    doc.add_paragraph("SN: teach insulin pen use, glucose meter, hypoglycemia treatment; assess BP and glucose log. "
                      "MSW: transportation and food-access resources. HHA: bathing.")
    doc.add_paragraph("Physical therapy: gait and transfer training. Home health aide: bathing and grooming.")
    plan = _read(doc)
    assert [(i.responsible_staff, i.description) for i in plan.interventions] == [
        ("SN", "SN: teach insulin pen use, glucose meter, hypoglycemia treatment; assess BP and glucose log"),
        ("MSW", "MSW: transportation and food-access resources"),
        ("HHA", "HHA: bathing"),
        ("Physical therapy", "Physical therapy: gait and transfer training"),
        ("Home health aide", "Home health aide: bathing and grooming"),
    ]
    assert plan.services == []  # no frequency or code written: nothing requested is invented


def test_a_discipline_label_naming_a_person_or_a_goal_is_no_order() -> None:
    doc = docx.Document()
    doc.add_paragraph("Plan of Care")
    doc.add_paragraph("PT: Jordan Avery, DPT")
    _bold(doc, "Goals")
    doc.add_paragraph("PT: Pt will ambulate 150 feet with a rolling walker and stand-by assist by 05/01/2026.")
    plan = _read(doc)
    assert plan.interventions == []
    assert not any(i for g in _goals(plan) for i in g.interventions)


# ------------------------------------------------------------------------------------------------------------------
# measurable wordings


@pytest.mark.parametrize(
    ("statement", "measurable"),
    [
        ("Pt will advance from FOIS level 4 to FOIS level 6.", True),
        ("Patient will reach FOIS level 7 by discharge.", True),
        ("Patient will improve his FOIS level.", False),
        ("Client will increase VB-MAPP level 1 mands.", False),  # "level 1" names the instrument's level
        ("Ride to clinic arranged for every diabetes appointment (0 missed) by 08/31/2026.", True),
        ("THC levels declining to negative by 06/16/2026.", True),
        ("Viral load will stay undetectable; viral load at undetectable on 2 checks.", True),
        ("Client will learn to respond to negative thoughts.", False),
        ("Complete CNA license reinstatement paperwork by 11/27/2026.", True),
        ("Submit the SSI application with the case manager.", True),
        ("Client will work on job applications with staff.", False),
    ],
)
def test_measurable_wordings(statement: str, measurable: bool) -> None:
    assert assess(statement).measurable is measurable


@pytest.mark.parametrize("bold", [True, False])
def test_a_heading_ending_on_a_small_word_is_not_joined_to_the_numbered_goal_under_it(bold: bool) -> None:
    doc = docx.Document()
    doc.add_paragraph("Care Plan")
    run = doc.add_paragraph().add_run("What I want to work on")
    run.bold, run.font.size = bold, Pt(13)
    doc.add_paragraph("1. Lee will go back to choir practice every week by 05/01/2026.")
    plan = _read(doc)
    assert [g.statement for g in _goals(plan)] == ["Lee will go back to choir practice every week by 05/01/2026."]
