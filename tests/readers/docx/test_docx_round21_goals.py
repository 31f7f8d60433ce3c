"""Round 21, goals of plans that passed through other software (PDF-to-Word conversions, Google Docs exports):

- a line's end that cuts a labelled fact from its objective's sentence joins the pieces: the label's first word left
  behind ("... in a mood log. Target" over "date: 05/10/2026"), the label left without its value ("... plan. Target
  date:" over "06/13/2026."), or a written date cut in two ("Target date: March 12," over "2026.", "Target date: April"
  over "11, 2026.");
- a word hyphenated across a line's end is one word again ("indepe-" over "ndence"), unless its first part opens
  compounds ("self-" over "care" stays "self-care");
- a letterhead kept as one paragraph of lines (hard breaks) at the top comes back on later pages one line a paragraph:
  each of its lines is a line of the page header, dropped at the top of a later page;
- a "Problem / Goal" column (no goal column of its own) whose cell writes the problem and the goal on labelled lines
  ("Problem 1: ..." over "Goal 1: ..." over "Baseline: ...") is read line by line: a problem, its goal and the goal's
  facts; a goals caption over a goal's sentence ("Goals" over "1.: Wound will decrease ...") is a goal;
- a target-date cell listing one date for each objective of the row, each line naming its objective ("Objective 1b
  10/24/2026"), dates each objective; one date in the cell still dates the row's goal;
- a numbered area ("Domain 2: Behavior reduction") after goal 1's facts heads the goal that follows, not goal 1.

Each test builds a small plan with python-docx; names and wording are invented. Each change has a near miss that
keeps its old reading.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import docx
from docx.enum.text import WD_BREAK

from authcheck.model import TreatmentPlan
from docx_helpers import add_table, goals_of, read_document

_HEAD = [
    "Outpatient Treatment Plan",
    "Client: Theodora Vance    DOB: 07/14/1979",
    "Member ID: QX5521873",
    "Plan date: 02/09/2026",
]


def _read(lines: list[str], tables: list[list[str]] | None = None) -> TreatmentPlan:
    """A plan: the head lines, a "Goals" title, then `lines` (one paragraph each, "\\n" a line break) and a table."""
    document = docx.Document()
    for line in [*_HEAD, "GOALS AND OBJECTIVES", *lines]:
        document.add_paragraph(line)
    if tables:
        add_table(document, tables)
    return read_document(document)


def _objectives(plan: TreatmentPlan) -> list[Any]:
    return [o for goal in goals_of(plan) for o in goal.objectives]


# --- a labelled fact cut from its sentence by a line's end ----------------------------------------------------------


def test_label_word_left_at_line_end_joins_its_label_on_the_next_line() -> None:
    plan = _read([
        "Problem 1: Low mood",
        "Goal 1: Theodora will resume her usual weekly routine.",
        "Objective 1a: Complete at least 4 planned activities per week, as written in a mood log. Target",
        "date: 05/10/2026.",
    ])
    (objective,) = _objectives(plan)
    assert objective.target_date == dt.date(2026, 5, 10)
    assert not objective.statement.endswith("Target")


def test_label_word_left_in_a_hard_broken_paragraph_joins_too() -> None:
    plan = _read([
        "Problem 1: Low mood",
        "Goal 1: Theodora will resume her usual weekly routine.",
        "Objective 1a: Complete at least 4 planned activities per week,\nas written in a mood log. Target\ndate: 05/10/2026.",
    ])
    (objective,) = _objectives(plan)
    assert objective.target_date == dt.date(2026, 5, 10)


def test_label_left_without_its_date_joins_the_date_on_the_next_line() -> None:
    plan = _read([
        "Problem 1: Alcohol use",
        "Goal 1: Stop drinking and begin recovery.",
        "Objective 1.1: Name 3 personal triggers and write a coping",
        "response for each in a relapse prevention plan. Target date:",
        "06/13/2026.",
        "Objective 1.2: Attend at least 2 mutual-support meetings per week. Target date: 07/01/2026.",
    ])
    objectives = _objectives(plan)
    assert [o.label for o in objectives] == ["Objective 1.1", "Objective 1.2"]
    assert objectives[0].target_date == dt.date(2026, 6, 13)


def test_written_date_cut_by_the_line_end_joins() -> None:
    plan = _read([
        "Problem 1: Cocaine use",
        "Goal 1: Stop using cocaine.",
        "Objective 1.1: Give negative urine screens on 100% of random tests for 4 consecutive",
        "weeks. Target date: March 12,",
        "2026.",
        "Objective 1.2: Name 3 triggers and a coping response for each one in writing. Target date: April",
        "11, 2026.",
    ])
    objectives = _objectives(plan)
    assert [o.target_date for o in objectives] == [dt.date(2026, 3, 12), dt.date(2026, 4, 11)]


def test_label_alone_on_its_line_and_a_month_without_its_date_stay_apart() -> None:
    # near misses: a label alone on a line (no sentence before it) and a month named without a day and year
    from authcheck.readers.docx.unwrap import _joins

    assert not _joins("Target date:", "06/13/2026.", None)
    assert not _joins("Theodora will attend the family sessions planned for April", "12 sessions are planned.", None)
    assert not _joins("She completed the mood log daily for the whole week.", "date: 05/10/2026", None)


# --- a word hyphenated across a line's end ----------------------------------------------------------------------------


def test_word_hyphenated_at_a_line_end_is_one_word_again() -> None:
    plan = _read([
        "Problem 1: Self-care after stroke",
        "Goal 1: Patient will complete lower-body dressing with modified indepe-\nndence using adaptive equipment.",
    ])
    (goal,) = goals_of(plan)
    assert goal.statement == "Patient will complete lower-body dressing with modified independence using adaptive equipment."


def test_compound_cut_at_its_own_hyphen_keeps_the_hyphen() -> None:
    # near miss: "self-" over "care" is the compound "self-care", not one word cut by the line's end
    plan = _read([
        "Problem 1: Self-care after stroke",
        "Goal 1: Patient will complete the morning self-\ncare routine with set-up only, 5 of 7 days.",
    ])
    (goal,) = goals_of(plan)
    assert "self-care routine" in goal.statement


# --- a hard-broken letterhead printed again one line a paragraph -------------------------------------------------


def test_letterhead_lines_repeated_at_a_page_top_are_dropped() -> None:
    document = docx.Document()
    document.add_paragraph("Cedar Hollow Behavior Services\nApplied Behavior Analysis")
    document.add_paragraph("ABA TREATMENT PLAN")
    for line in ("Client: Oren Blakely    DOB: 04/02/2019", "Plan date: 03/02/2026", "GOALS AND OBJECTIVES",
                 "Goal 1: Parent will run the token board at home with at least 90% fidelity.",
                 "Baseline: 40% fidelity on the checklist"):
        document.add_paragraph(line)
    document.add_paragraph("Page 1 of 2")
    document.add_paragraph("CEDAR HOLLOW BEHAVIOR SERVICES")
    document.add_paragraph("ABA Treatment Plan")
    document.add_paragraph("Target date: 08/31/2026")
    (goal,) = goals_of(read_document(document))
    assert goal.target_date == dt.date(2026, 8, 31)


def test_letterhead_line_inside_the_body_away_from_a_page_top_is_kept() -> None:
    # near miss: the letterhead's line again with no page's end before it is body text, read as usual
    document = docx.Document()
    document.add_paragraph("Cedar Hollow Behavior Services\nApplied Behavior Analysis")
    for line in ("Client: Oren Blakely    DOB: 04/02/2019", "Plan date: 03/02/2026", "About us",
                 "Families first", "Services are given at home and at the clinic.", "Cedar Hollow Behavior Services"):
        document.add_paragraph(line)
    plan = read_document(document)
    texts = [" ".join(f"{item.heading or ''} {item.text or ''}".split()) for item in plan.free_text]
    assert any("Cedar Hollow Behavior Services" in text for text in texts[1:])


# --- a "Problem / Goal" column writing the goal on its own lines -----------------------------------------------------


def test_problem_and_goal_lines_in_one_cell_are_a_problem_and_its_goal() -> None:
    plan = _read([], [
        ["Problem / Goal", "Objectives", "Target date"],
        ["Domain 1: Requesting\nGoal 1: Oren will request 12 preferred items with a vocal mand.\n"
         "Baseline: 3 mands per hour\nMastery: 80% of opportunities over 3 sessions", "—", "August 12, 2026"],
        ["Domain 2: Waiting\nGoal 2: Oren will wait 2 minutes for an item without crying.\n"
         "Baseline: waits 10 seconds\nMastery: 4 of 5 opportunities", "—", "August 12, 2026"],
    ])
    goals = goals_of(plan)
    assert [g.label for g in goals] == ["Goal 1", "Goal 2"]
    assert [g.domain for g in goals] == ["Requesting", "Waiting"]
    assert goals[0].baseline == "3 mands per hour"
    assert goals[1].mastery_criteria == "4 of 5 opportunities"
    assert all(g.target_date == dt.date(2026, 8, 12) for g in goals)


def test_goals_caption_over_a_goal_sentence_in_a_problem_goal_cell_is_a_goal() -> None:
    plan = _read([], [
        ["Problem / Goal", "Objectives", "Target date"],
        ["Goals\n1.: Heel wound will decrease from 2.0 x 1.5 cm to 0.5 x 0.5 cm or smaller.", "—", "05/30/26"],
        ["Goals\n2.: Spouse will return-demonstrate the dressing change independently.", "—", "04/15/26"],
    ])
    goals = goals_of(plan)
    assert [g.label for g in goals] == ["1", "2"]
    assert goals[0].statement.startswith("Heel wound will decrease")
    assert [g.target_date for g in goals] == [dt.date(2026, 5, 30), dt.date(2026, 4, 15)]


def test_problem_name_alone_in_a_problem_goal_cell_stays_the_problem() -> None:
    # near miss: the cell names the problem only; the objectives beside it are the row's
    plan = _read([], [
        ["Problem / Goal", "Objectives", "Target date"],
        ["Panic attacks", "Reduce panic attacks from 4 per week to 1 or fewer per week.", "06/01/2026"],
    ])
    assert plan.problems[0].statement == "Panic attacks"
    goals = goals_of(plan)
    assert len(goals) == 1 and goals[0].statement.startswith("Reduce panic attacks")


# --- a target date for each objective of a row ----------------------------------------------------------------------


def test_target_date_lines_naming_objectives_date_each_objective() -> None:
    plan = _read([], [
        ["Problem / Goal", "Objectives", "Target date"],
        ["Problem 1: Nightmares after an assault\nGoal 1: Reduce trauma symptoms.",
         "– Objective 1a Reduce PCL-5 score from 48 to 30 or below.\n"
         "– Objective 1b Decrease nightmares from 4 per week to 1 or fewer per week.\n"
         "– Objective 1c Walk to the bus stop alone 3 times a week with distress of 4/10 or lower.",
         "Objective 1a December 20, 2026\nObjective 1b October 21, 2026\nObjective 1c December 20, 2026"],
    ])
    assert plan.problems[0].statement == "Nightmares after an assault"
    (goal,) = goals_of(plan)
    assert goal.label == "Goal 1"
    assert [(o.label, o.target_date) for o in goal.objectives] == [
        ("Objective 1a", dt.date(2026, 12, 20)),
        ("Objective 1b", dt.date(2026, 10, 21)),
        ("Objective 1c", dt.date(2026, 12, 20)),
    ]


def test_one_target_date_beside_a_goal_cell_with_its_objectives_dates_the_goal() -> None:
    # near miss: one date for the row, beside "Goal 1: ..." over its objectives in one cell, is the goal's
    plan = _read([], [
        ["Goals & Objectives", "Target Date"],
        ["Goal 1: Stay sober.\nObjective 1a: Attend 2 meetings per week for 8 weeks.\n"
         "Objective 1b: Write a relapse-prevention plan.", "04/26/2026"],
    ])
    (goal,) = goals_of(plan)
    assert goal.target_date == dt.date(2026, 4, 26)
    assert [o.target_date for o in goal.objectives] == [None, None]


# --- a numbered area heads the goal after it --------------------------------------------------------------------------


def test_numbered_area_after_a_goals_facts_heads_the_next_goal() -> None:
    plan = _read([
        "Domain 1: Communication",
        "Goal 1: Oren will request 12 preferred items with a vocal mand.",
        "Baseline: 3 mands per hour",
        "Domain 2: Caregiver training",
        "Goal 2: Parent will run the token board at home with at least 90% fidelity.",
        "Baseline: 40% fidelity",
    ])
    goals = goals_of(plan)
    assert [g.domain for g in goals] == ["Communication", "Caregiver training"]


def test_area_naming_the_current_goal_or_unnumbered_is_that_goals() -> None:
    # near misses: "Domain 1" after "Goal 1" and an unnumbered "Domain:" under a goal are the goal's own area
    plan = _read([
        "Goal 1: Oren will request 12 preferred items with a vocal mand.",
        "Domain 1: Communication",
        "Goal 2: Parent will run the token board at home with at least 90% fidelity.",
        "Domain: Caregiver training",
    ])
    goals = goals_of(plan)
    assert [g.domain for g in goals] == ["Communication", "Caregiver training"]


def test_page_break_paragraph_is_still_a_page_end_for_repeats() -> None:
    # the letterhead test above relies on a printed page number; a page break run ends a page too
    document = docx.Document()
    document.add_paragraph("Cedar Hollow Behavior Services\nApplied Behavior Analysis")
    for line in ("Client: Oren Blakely    DOB: 04/02/2019", "Plan date: 03/02/2026", "GOALS AND OBJECTIVES",
                 "Goal 1: Parent will run the token board at home with at least 90% fidelity."):
        document.add_paragraph(line)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("Cedar Hollow Behavior Services")
    document.add_paragraph("Target date: 08/31/2026")
    (goal,) = goals_of(read_document(document))
    assert goal.target_date == dt.date(2026, 8, 31)
