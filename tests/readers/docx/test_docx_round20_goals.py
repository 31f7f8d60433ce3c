"""Round 20, ABA goals in cards, titled sub-headings and nested objective grids:

- a numbered goal title naming only the goal's area ("Goal 1 – Requesting" as a heading, a goal card's title row)
  followed by an unnumbered goal label ("Goal:", "Long-term goal:", "LTG:") with a goal's sentence: one goal, the
  sentence its statement and the title its domain, not a second goal;
- "Short-term objective:  STO 1a: ..." (the kind of element, then its own numbered label): one objective "STO 1a";
- a "Target date" row of a goal card after an objective row already dated in its own words is the goal's date;
- a table of objectives nested in a goal row's objectives cell ("# | Objective | Baseline | Mastery"): one objective
  a row with its own facts;
- a row merged across a goals table naming a group of goals ("Parent Training Goals") is a caption, not a goal;
- "P2. ..." under "P1. ..." in a goal column: the next goal numbered the same way, not an objective of P1.

Each test builds a small plan with python-docx; names and wording are invented. Each change has a near miss that
keeps its old reading.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import docx
import pytest

from authcheck.model import TreatmentPlan
from docx_helpers import goals_of, read_document

_HEAD = [
    "Applied Behavior Analysis Treatment Plan",
    "Client: Tobias Wren    DOB: 05/09/2017",
    "Member ID: LK4471920",
    "Plan date: 02/02/2026",
]


def _doc() -> Any:
    document = docx.Document()
    for line in _HEAD:
        document.add_paragraph(line)
    return document


def _table(document: Any, rows: list[list[str]], merge_rows: tuple[int, ...] = ()) -> Any:
    table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
        if r in merge_rows:
            merged = table.cell(r, 0).merge(table.cell(r, len(row) - 1))
            merged.text = row[0]
    return table


# --- a numbered goal title, then the goal's own sentence under an unnumbered label ---------------------------------


@pytest.mark.parametrize(
    ("title", "label", "sentence"),
    [
        ("Goal 1 – Requesting", "Goal", "Mara will request preferred items using a 2-word vocal mand."),
        ("Goal 1: Self-care", "Long-term goal", "Mara will wash her hands with no more than 1 prompt."),
        ("Goal 1 — Transitions", "LTG", "Mara will move between activities within 2 minutes of a cue."),
    ],
)
def test_titled_goal_heading_then_goal_sentence_is_one_goal(title: str, label: str, sentence: str) -> None:
    document = _doc()
    document.add_heading("Treatment Goals", level=2)
    document.add_heading(title, level=3)
    for line in (f"{label}: {sentence}", "Baseline: 2 of 10 trials", "Mastery criteria: 8 of 10 trials for 3 sessions",
                 "Target date: 06/15/2026"):
        document.add_paragraph(line, style="List Bullet")
    document.add_heading("Goal 2 – Waiting", level=3)
    document.add_paragraph("Goal: Mara will wait 1 minute for a preferred item without crying.", style="List Bullet")
    document.add_paragraph("Baseline: waits 5 seconds", style="List Bullet")
    goals = goals_of(read_document(document))
    assert len(goals) == 2
    first = goals[0]
    assert first.statement == sentence
    assert first.domain == title.split(" ", 2)[2].lstrip("–—: ").strip()
    assert first.baseline == "2 of 10 trials"
    assert first.mastery_criteria and first.target_date == dt.date(2026, 6, 15)
    assert goals[1].statement.startswith("Mara will wait") and goals[1].baseline == "waits 5 seconds"


def test_goal_with_its_own_sentence_then_unnumbered_goal_stays_two_goals() -> None:
    # near miss: the numbered goal already has its own sentence and facts, so "Goal:" starts another goal
    document = _doc()
    document.add_heading("Treatment Goals", level=2)
    for line in ("Goal 1: Mara will request 10 items per hour using 2-word mands.", "Baseline: 2 per hour",
                 "Goal: Mara will tolerate tooth-brushing for 2 minutes.", "Baseline: 20 seconds"):
        document.add_paragraph(line)
    goals = goals_of(read_document(document))
    assert [g.statement for g in goals] == [
        "Mara will request 10 items per hour using 2-word mands.",
        "Mara will tolerate tooth-brushing for 2 minutes.",
    ]


# --- goal cards -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("long_label", ["Long-term goal", "Goal", "LTG"])
def test_goal_card_is_one_goal_with_its_objective_and_date(long_label: str) -> None:
    document = _doc()
    document.add_paragraph("Goals")
    for n, area, baseline in ((1, "Communication", "10% of requests"), (2, "Aggression", None)):
        rows = [[f"Goal {n} — {area}", ""],
                [long_label, f"Mara will use 3-word phrases in {80 + n}% of requests."]]
        if baseline:
            rows.append(["Baseline", baseline])
        rows += [["Mastery criteria", "80% across 3 consecutive sessions"],
                 ["Short-term objective", f"STO {n}a: 50% of requests use 3 words within 12 weeks"],
                 ["Target date", "09/01/2026"]]
        _table(document, rows, merge_rows=(0,))
    goals = goals_of(read_document(document))
    assert len(goals) == 2
    first, second = goals
    assert first.domain == "Communication" and first.statement.startswith("Mara will use 3-word")
    assert first.baseline == "10% of requests" and second.baseline is None
    assert first.target_date == dt.date(2026, 9, 1)
    assert [o.label for o in first.objectives] == ["STO 1a"]
    assert first.objectives[0].time_frame == "within 12 weeks"


def test_card_target_date_after_undated_objective_stays_the_objectives() -> None:
    # near miss: the objective row names no date of its own, so the "Target date" row under it is the objective's
    document = _doc()
    document.add_paragraph("Goals")
    _table(document, [["Goal 1 — Dressing", ""],
                      ["Long-term goal", "Mara will put on her coat independently before leaving."],
                      ["Baseline", "needs full help"],
                      ["Short-term objective", "STO 1a: 3 of 6 steps independently"],
                      ["Target date", "06/01/2026"]], merge_rows=(0,))
    goal = goals_of(read_document(document))[0]
    assert goal.objectives[0].target_date == dt.date(2026, 6, 1)
    assert goal.target_date is None


@pytest.mark.parametrize("kind", ["Short-term objective", "Objective", "Short-term goal"])
def test_kind_label_then_numbered_label_is_one_objective(kind: str) -> None:
    document = _doc()
    document.add_paragraph("Goals")
    for line in ("Goal 1: Mara will request 10 items per hour using 2-word mands.",
                 f"{kind}:  STO 1a: 5 items per hour by 04/30/2026"):
        document.add_paragraph(line)
    goal = goals_of(read_document(document))[0]
    assert [(o.label, o.statement) for o in goal.objectives] == [("STO 1a", "5 items per hour by 04/30/2026")]


# --- a table of objectives nested in a goal row --------------------------------------------------------------------


def _nested_plan(header: list[str], rows: list[list[str]]) -> TreatmentPlan:
    document = _doc()
    document.add_paragraph("Goals and objectives")
    table = _table(document, [["Long-term goal", "Short-term objectives", "Target date"],
                              ["1. Mara will join a peer conversation for 4 turns.", "", "09/10/2026"]])
    inner = table.cell(1, 1).add_table(rows=1 + len(rows), cols=len(header))
    for r, row in enumerate([header, *rows]):
        for c, text in enumerate(row):
            inner.cell(r, c).text = text
    return read_document(document)


@pytest.mark.parametrize(
    "header", [["#", "Objective", "Baseline", "Mastery"], ["Obj.", "Short-term objective", "Current level", "Criterion"]]
)
def test_nested_objective_grid_is_one_objective_a_row(header: list[str]) -> None:
    plan = _nested_plan(header, [["1a", "Responds to a peer on topic", "40% of opportunities", "80% across 3 sessions"],
                                 ["1b", "Asks a follow-up question", "0 per session", "3 per session"]])
    goal = goals_of(plan)[0]
    assert goal.target_date == dt.date(2026, 9, 10)
    assert [(o.statement, o.baseline, o.mastery_criteria) for o in goal.objectives] == [
        ("Responds to a peer on topic", "40% of opportunities", "80% across 3 sessions"),
        ("Asks a follow-up question", "0 per session", "3 per session"),
    ]


def test_nested_grid_without_fact_columns_keeps_old_reading() -> None:
    # near miss: a nested list with no fact column is no objectives grid
    plan = _nested_plan(["Step", "Notes"], [["1", "Greets peer"], ["2", "Takes a turn"]])
    goal = goals_of(plan)[0]
    assert all(o.baseline is None and o.mastery_criteria is None for o in goal.objectives)


# --- a group caption row, goals numbered P1, P2 ------------------------------------------------------------------


@pytest.mark.parametrize("caption", ["Parent Training Goals", "Caregiver goals:", "Skill Acquisition Goals"])
def test_group_caption_row_is_no_goal(caption: str) -> None:
    document = _doc()
    document.add_paragraph("Goals")
    _table(document, [["Goal", "Baseline", "Mastery criteria", "Target date"],
                      ["1. Mara will greet 3 peers each day.", "0 per day", "3 per day for 5 days", "06/30/2026"],
                      [caption, caption, caption, caption],
                      ["P1. Mara's father will run the token board as written.", "45% fidelity",
                       "90% fidelity across 3 observations", "06/30/2026"],
                      ["P2. Mara's mother will prompt and praise play with a peer.", "1 prompt per visit",
                       "5 prompts per visit for 3 weeks", "07/31/2026"]], merge_rows=(2,))
    goals = goals_of(read_document(document))
    statements = [g.statement or "" for g in goals]
    assert not any(caption.rstrip(":") in s for s in statements)
    assert len(goals) == 3
    assert "Mara's mother will" in goals[2].statement and not goals[1].objectives
    assert goals[2].baseline == "1 prompt per visit"


def test_sub_item_numbered_under_goal_stays_an_objective() -> None:
    # near miss: "1.1" under "1." is the goal's sub-item, not a sibling
    document = _doc()
    document.add_paragraph("Goals")
    _table(document, [["Goal / objective", "Baseline", "Target date"],
                      ["1. Mara will greet 3 peers each day.", "0 per day", "06/30/2026"],
                      ["1.1 Mara will greet 1 peer each day.", "0 per day", "04/30/2026"]])
    goals = goals_of(read_document(document))
    assert len(goals) == 1 and len(goals[0].objectives) == 1
