"""DOCX, round 26 (goals of plan updates, reviews and reauthorizations): near misses both ways.

- an unlabelled line right above a line of goal facts ("Baseline: ... | Current: ... | Mastery: ... | Target: ... |
  Status: Continued") is the goal those facts are about, under a goals heading ("Continued goals"), under an area
  heading no section is known by ("Communication", "Caregiver training", which names the goal's domain) or written in
  bold as a heading of its own; a status that closes the goal ("Mastered") makes none; a facts line under a goal
  just read stays that goal's;
- a "Problem / goal" cell writing "1. Relapse risk: Adrian will build ..." names the problem, then its goal; a cell
  whose words after the colon say no goal names the problem alone;
- "Goal 1 - Reduce depression" over "Bernadette will return to ...": the sentence is the titled goal's statement;
- a table nested in an objectives cell with a "Statement" column ("Obj | Statement | Target | Status") lists the
  objectives, each with its target date; a row whose status closes it is no current objective;
- the client's consent under the signatures ("I participated in developing this plan ...") is no goal; a goal in
  the client's own voice ("I will ...") still is.

Each test builds a small plan with python-docx; names and wording are invented.
"""

from __future__ import annotations

import datetime as dt

import docx
from docx_helpers import read_blocks, read_document

from authcheck.model import TreatmentPlan

_D = dt.date
_H = "Heading 2"


def _doc(items: list[object]) -> TreatmentPlan:
    """Paragraphs in order: a string, (style, text), ("bold", text), or a list of rows (a table)."""
    document = docx.Document()
    for item in items:
        if isinstance(item, list):
            table = document.add_table(rows=len(item), cols=max(len(r) for r in item))
            for r, row in enumerate(item):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
        elif isinstance(item, tuple) and item[0] == "bold":
            document.add_paragraph().add_run(item[1]).bold = True
        elif isinstance(item, tuple):
            document.add_paragraph(item[1], style=item[0])
        else:
            document.add_paragraph(item)
    return read_document(document)


def _statements(plan: TreatmentPlan) -> list[str]:
    return [goal.statement or "" for goal in plan.goals]


_HEAD = ["ABA Progress Report and Treatment Plan Update", (_H, "Diagnosis"), "F84.0 Autistic disorder"]


# --- a goal's statement over its line of facts ---------------------------------------------------------------------


def test_statement_over_facts_line_under_goals_heading_is_a_goal() -> None:
    plan = _doc([
        *_HEAD,
        (_H, "Continued goals"),
        "Imitate 2-step actions with objects",
        "Baseline: 4 of 20 actions   |   Current: 12 of 20   |   Mastery: 18 of 20 across 3 sessions   |   "
        "Target: 09/30/2026   |   Status: Continued",
        (_H, "New goals introduced this period"),
        "Follow 1-step instructions from a group leader in circle time",
        "Baseline: not yet collected   |   Current: -   |   Mastery: 80% of instructions across 3 sessions   |   "
        "Target: 10/15/2026   |   Status: New",
        (_H, "Signatures"),
    ])
    assert _statements(plan) == [
        "Imitate 2-step actions with objects",
        "Follow 1-step instructions from a group leader in circle time",
    ]
    first, new = plan.goals
    assert first.baseline == "4 of 20 actions"
    assert first.mastery_criteria == "18 of 20 across 3 sessions"
    assert first.target_date == _D(2026, 9, 30)
    assert new.baseline is None  # "not yet collected": no baseline recorded
    assert new.target_date == _D(2026, 10, 15)
    assert not [p for p in plan.problems if p.statement and p.statement.startswith("Baseline")]


def test_facts_line_under_a_goal_just_read_stays_that_goals() -> None:
    # near miss: the goal's own sentence was read as a goal; its facts are its own, no second goal is made
    plan = _doc([
        *_HEAD,
        (_H, "Goals"),
        "Parent will use time-delay prompting for mands at snack",
        "Baseline: 0% fidelity   |   Mastery: 90% fidelity on 3 checks   |   Target: 07/31/2026",
        (_H, "Signatures"),
    ])
    assert _statements(plan) == ["Parent will use time-delay prompting for mands at snack"]
    assert plan.goals[0].baseline == "0% fidelity"
    assert plan.goals[0].target_date == _D(2026, 7, 31)


def test_closed_status_on_the_facts_line_makes_no_goal() -> None:
    plan = _doc([
        *_HEAD,
        (_H, "Goals"),
        "Request a break with a picture card",
        "Baseline: 0 of 10   |   Mastery: 8 of 10 in 3 sessions   |   Target: 03/01/2026   |   Status: Mastered",
        "Wait 2 minutes for a preferred item",
        "Baseline: 10 seconds   |   Mastery: 2 minutes on 4 of 5   |   Target: 09/01/2026   |   Status: Continued",
        (_H, "Signatures"),
    ])
    assert _statements(plan) == ["Wait 2 minutes for a preferred item"]
    assert plan.goals[0].target_date == _D(2026, 9, 1)
    assert any(block.text == "Request a break with a picture card" for block in plan.free_text)


def test_area_heading_names_the_domain_of_the_goal_under_it() -> None:
    plan = _doc([
        *_HEAD,
        (_H, "Communication"),
        "Answer 'wh' questions about a short story",
        "Baseline: 2 of 10   |   Current: 6 of 10   |   Mastery: 8 of 10 correct   |   Target: 07/15/2026",
        (_H, "Caregiver training"),
        "Use a first-then visual schedule at bedtime",
        "Baseline: 0 of 7 nights   |   Mastery: 6 of 7 nights for 3 weeks   |   Target: 05/31/2026",
        (_H, "Signatures"),
    ])
    assert _statements(plan) == [
        "Answer 'wh' questions about a short story",
        "Use a first-then visual schedule at bedtime",
    ]
    assert [g.domain for g in plan.goals] == ["Communication", "Caregiver training"]


def test_area_heading_with_prose_and_no_facts_line_makes_no_goal() -> None:
    # near miss: a sentence under an unknown heading with no line of goal facts after it stays text
    plan = _doc([
        *_HEAD,
        (_H, "Communication"),
        "Answer questions about stories read at home with his father",
        "Progress was steady over the last period.",
        (_H, "Signatures"),
    ])
    assert plan.goals == []


def test_bold_statement_under_area_heading_is_the_goal_of_its_facts() -> None:
    plan = _doc([
        *_HEAD,
        (_H, "Social"),
        ("bold", "Take turns in a board game with a peer for 5 minutes"),
        "Baseline: 0 min   |   Current: 2 min   |   Mastery: 5 minutes on 4 of 5 opportunities   |   Target: 06/30/2026",
        (_H, "Caregiver training"),
        ("bold", "Father will use a first-then visual schedule at bedtime"),
        "Baseline: 0 of 7 nights   |   Mastery: 6 of 7 nights for 3 weeks   |   Target: 05/31/2026",
        (_H, "Signatures"),
    ])
    assert _statements(plan) == [
        "Take turns in a board game with a peer for 5 minutes",
        "Father will use a first-then visual schedule at bedtime",
    ]
    assert plan.goals[1].baseline == "0 of 7 nights"
    assert plan.goals[1].target_date == _D(2026, 5, 31)


def test_bold_heading_over_a_single_fact_is_no_goal() -> None:
    # near miss: a bold line over one labelled fact (not a line of a goal's facts) opens no goal
    plan = _doc([
        *_HEAD,
        (_H, "Social"),
        ("bold", "Peer play at the community center"),
        "Baseline: 0 min",
        (_H, "Signatures"),
    ])
    assert plan.goals == []


# --- a "Problem / goal" cell with the problem's name and the goal ---------------------------------------------------

_REVIEW_HEAD = [
    "TREATMENT PLAN REVIEW - RESIDENTIAL (30 DAY)",
    [["Client", "Adrien Tollemache"], ["Admission", "02/02/2026"], ["Review date", "03/04/2026"]],
]


def test_problem_goal_cell_names_the_problem_then_its_goal() -> None:
    plan = _doc([
        *_REVIEW_HEAD,
        [["Problem / goal", "Objective (behavioral, measurable)", "Target", "Review status"],
         ["1. Relapse risk: Adrien will build a relapse-prevention plan he can use after discharge.",
          "1a. Identify 5 personal triggers and a coping response for each.", "03/18/2026", "3 of 5 - continued"],
         ["", "1b. Attend 5 peer-support meetings per week, verified by signature sheet.", "04/01/2026", "continued"]],
    ])
    named = [p for p in plan.problems if p.statement]
    assert [p.statement for p in named] == ["Relapse risk"]
    assert _statements(plan) == ["Adrien will build a relapse-prevention plan he can use after discharge."]
    objectives = plan.goals[0].objectives
    assert [o.label for o in objectives] == ["1a.", "1b."]
    assert [o.target_date for o in objectives] == [_D(2026, 3, 18), _D(2026, 4, 1)]


def test_problem_goal_cell_without_a_goal_sentence_names_the_problem_alone() -> None:
    # near miss: the words after the colon describe the problem; the objectives beside it are read as before
    plan = _doc([
        *_REVIEW_HEAD,
        [["Problem / goal", "Objective (behavioral, measurable)", "Target"],
         ["1. Relapse risk: two relapses since January", "1a. Identify 5 personal triggers and a coping response.",
          "03/18/2026"]],
    ])
    assert [p.statement for p in plan.problems if p.statement] == ["Relapse risk: two relapses since January"]
    assert not any("two relapses" in s for s in _statements(plan))


# --- a numbered goal's title over its sentence ------------------------------------------------------------------------


def test_titled_goal_heading_takes_the_sentence_under_it() -> None:
    plan = _doc([
        "TREATMENT PLAN UPDATE - 90 DAYS",
        (_H, "Diagnosis"),
        "F32.1 Major depressive disorder, single episode, moderate.",
        (_H, "Goal 1 - Reduce depression"),
        "Bernadette will return to caring for her garden and attending her grandson's games.",
        [["Objective", "Target date"], ["1. Reduce PHQ-9 from 19 to 9 or less.", "05/04/2026"]],
        (_H, "Signatures"),
    ])
    assert _statements(plan) == ["Bernadette will return to caring for her garden and attending her grandson's games."]
    assert plan.goals[0].domain == "Reduce depression"
    assert len(plan.goals[0].objectives) == 1


def test_measurable_goal_label_then_a_step_without_will_stays_as_read() -> None:
    # near miss: a goal whose own words are a full aim, then a line with no "will": the goal keeps its words
    plan = _doc([
        "TREATMENT PLAN UPDATE - 90 DAYS",
        (_H, "Goals"),
        "Goal 1: Reduce PHQ-9 from 19 to 9 by 05/04/2026",
        "Complete at least 3 pleasant activities per week, per activity log.",
        (_H, "Signatures"),
    ])
    assert plan.goals[0].statement == "Reduce PHQ-9 from 19 to 9 by 05/04/2026"
    assert plan.goals[0].domain is None


# --- a table of objectives nested in a goal table's cell ----------------------------------------------------------------


def _nested_plan(rows: list[list[str]]) -> TreatmentPlan:
    document = docx.Document()
    document.add_paragraph("Date of intake: 01/07/2026     Update: 04/28/2026")
    document.add_paragraph("Diagnosis: F42.2 Mixed obsessional thoughts and acts")
    table = document.add_table(rows=2, cols=3)
    for c, text in enumerate(["Goal", "Objectives (measurable, dated)", "Modality"]):
        table.cell(0, c).text = text
    table.cell(1, 0).text = "Goal 1. Theo will spend less time on rituals so he can get to work on time."
    table.cell(1, 2).text = "Exposure and response prevention (ERP)"
    inner = table.cell(1, 1).add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            inner.cell(r, c).text = text
    return read_document(document)


def test_nested_grid_with_statement_column_lists_dated_objectives() -> None:
    plan = _nested_plan([
        ["Obj", "Statement", "Target", "Status"],
        ["1a", "Reduce Y-BOCS from 27 to 15 or below.", "07/27/2026", "Y-BOCS 21"],
        ["1b", "Limit hand-washing to under 30 minutes per day on 5 of 7 days.", "06/28/2026", "45-60 min/day"],
        ["1c", "Touch a door handle without washing on 5 of 5 trials.", "03/01/2026", "Met - discontinued"],
    ])
    objectives = plan.goals[0].objectives
    assert [o.label for o in objectives] == ["1a", "1b"]
    assert [o.statement for o in objectives] == [
        "Reduce Y-BOCS from 27 to 15 or below.",
        "Limit hand-washing to under 30 minutes per day on 5 of 7 days.",
    ]
    assert [o.target_date for o in objectives] == [_D(2026, 7, 27), _D(2026, 6, 28)]


def test_nested_grid_without_objective_or_statement_column_is_no_grid() -> None:
    # near miss: a nested table of notes (no objective or statement column) lists no objective per row
    plan = _nested_plan([
        ["Obj", "Note", "Status"],
        ["1a", "Discussed at the review", "continued"],
    ])
    assert all(o.label != "1a" for o in plan.objectives)


# --- the client's consent is no goal ---------------------------------------------------------------------------------


def test_consent_paragraph_after_the_signatures_is_no_goal() -> None:
    plan = read_blocks([
        "Treatment plan update",
        "Goal 1: Theo will attend work on time on 5 of 5 days by 07/27/2026.",
        "I participated in developing this plan and had the chance to ask questions. I understand I may request a "
        "copy of this plan and may ask for changes at any time.",
    ])
    assert _statements(plan) == ["Theo will attend work on time on 5 of 5 days by 07/27/2026."]


def test_goal_in_the_clients_own_voice_is_still_a_goal() -> None:
    # near miss: "I will ..." in the goals is the client's goal, not a consent
    plan = read_blocks([
        "Treatment plan update",
        "Goals",
        "I will ask for help when my cravings reach 7 of 10, on 4 of 5 occasions by 07/27/2026.",
    ])
    assert _statements(plan) == ["I will ask for help when my cravings reach 7 of 10, on 4 of 5 occasions by 07/27/2026."]
