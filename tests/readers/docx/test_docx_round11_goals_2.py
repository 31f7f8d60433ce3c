"""Goals and objectives, round 11 (second pass): sentences under the goals that are no goal (how progress is
followed, objectives promised for later); "Approach:" and "how:" naming a goal's treatment; one small captioned
table per target ("1.1  Meltdowns" over Objective / Baseline / Mastery criteria / Target date rows); a treatments
row merged across a goal's table; a table of measures whose "goal" column holds levels; an objective cell with its
own label read once; a goals table nested in an order cell of a discipline grid; the "BL:" shorthand for a baseline;
a problem written as an item of the goals list with lettered objectives under it.

Each test builds a small plan with python-docx; names and wording are invented and differ from the blind sets.
What is not written stays empty."""

from __future__ import annotations

import datetime as dt
from typing import Any

import docx
import pytest

from authcheck.readers.docx.fact_pieces import fact_line
from docx_helpers import goals_of, read_blocks, read_document


def _elements(plan: Any) -> list[str]:
    """Every goal and objective statement of the plan."""
    out: list[str] = []
    for goal in goals_of(plan):
        out.append(goal.statement or "")
        out.extend(o.statement or "" for o in goal.objectives)
    return out


def _treatments(goal: Any) -> list[str]:
    return [i.description or "" for i in goal.interventions] + [
        i.description or "" for o in goal.objectives for i in o.interventions
    ]


# --- a sentence on how progress is followed is no goal -----------------------------------------------------------


@pytest.mark.parametrize(
    "closing",
    [
        "Progress will be monitored with the PHQ-9 every 4 weeks.",
        "Her progress toward these goals is reviewed at each session using the sleep diary.",
        "Outcomes are tracked weekly by session data and graphed for the family.",
        "We will re-administer the GAD-7 monthly to track progress.",
    ],
)
def test_progress_sentence_under_the_goals_is_no_goal(closing: str) -> None:
    plan = read_blocks(
        [
            "Goals and Objectives",
            "Goal 1: Ilse will return to her weekly pottery class.",
            "(a) Lower her PHQ-9 from 16 to 9 or below by 06/30/2026.",
            "Goal 2: Ilse will sleep through most nights.",
            "(a) Sleep 6 hours or more on 5 of 7 nights by 05/31/2026, per sleep diary.",
            closing,
        ]
    )
    goals = goals_of(plan)
    assert len(goals) == 2
    assert all(len(g.objectives) == 1 for g in goals)
    assert closing not in _elements(plan)


def test_client_monitoring_her_own_progress_is_still_read() -> None:
    """Near miss: a sentence in which the client tracks her progress is an aim of hers, not a note on method."""
    plan = read_blocks(
        [
            "Goals",
            "1. Ilse will keep a daily mood log on 6 of 7 days by 04/30/2026.",
            "2. Ilse will monitor her progress with a weekly PHQ-9 and share it with her therapist by 05/15/2026.",
        ]
    )
    assert len(goals_of(plan)) == 2


# --- objectives promised for later --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "deferral",
    [
        "Objectives for this goal will be developed with Teodor at the next session.",
        "Short-term objectives are to be set at the 30-day review.",
        "Objectives for goal 2 are deferred until medical clearance.",
    ],
)
def test_deferred_objectives_sentence_leaves_the_goal_without_objectives(deferral: str) -> None:
    plan = read_blocks(
        [
            "Goals and Objectives",
            "Goal 1: Teodor will go back to his part-time job.",
            "Objective 1.1: Teodor will work 2 shifts a week for 4 weeks. Target date: 04/15/2026",
            "Goal 2: Teodor will cut panic attacks from 5 a week to 1 or fewer by 06/01/2026.",
            deferral,
        ]
    )
    goals = goals_of(plan)
    assert len(goals) == 2
    assert len(goals[0].objectives) == 1
    assert goals[1].objectives == []
    assert deferral not in _elements(plan)


def test_objective_about_developing_something_is_still_an_objective() -> None:
    """Near miss: "Teodor will develop a budget ..." is an objective, not a deferral."""
    plan = read_blocks(
        [
            "Goals and Objectives",
            "Goal 1: Teodor will manage his money on his own.",
            "Objective 1.1: Teodor will develop a monthly budget with his case manager by 04/01/2026.",
        ]
    )
    goals = goals_of(plan)
    assert len(goals) == 1 and len(goals[0].objectives) == 1


# --- "Approach:" and "how:" name a goal's treatment ------------------------------------------------------------------


@pytest.mark.parametrize(
    "blocks",
    [
        ["Goals", "Goal 1. Mira will feel calmer at work.", "(a) Lower her GAD-7 from 13 to 7 by 05/30/2026.",
         "Approach: CBT and worry exposure, weekly."],
        ["Goals:", "1) Stay sober - no alcohol during treatment", "     a. all breath tests negative - by 4/20/26",
         "     how: relapse prevention group daily, individual counseling 1x/wk"],
        ["Treatment Goals", "Goal 1: Mira will walk her dog daily.", "How we will help: graded activity plan, weekly coaching"],
    ],
)
def test_approach_and_how_lines_are_the_goals_treatment(blocks: list[str]) -> None:
    plan = read_blocks(blocks)
    goals = goals_of(plan)
    assert len(goals) == 1
    treatments = _treatments(goals[0])
    assert treatments
    assert not any(t.lower().startswith(("approach", "how")) for t in treatments)
    assert not any("how" in (o.statement or "").lower()[:4] for o in goals[0].objectives)


def test_approach_sentence_is_no_treatment() -> None:
    """Near miss: "Approach to care" in a sentence, and "How long." as a run-in title, name no treatment."""
    plan = read_blocks(
        [
            "Goals",
            "Goal 1: Mira will walk her dog daily by 05/01/2026.",
            "The approach to care was discussed with Mira and her sister.",
        ]
    )
    goals = goals_of(plan)
    assert len(goals) == 1
    assert goals[0].interventions == []


# --- one small captioned table per target ------------------------------------------------------------------------------


def _captioned(document: Any, caption: str, rows: list[tuple[str, str]]) -> None:
    table = document.add_table(rows=1 + len(rows), cols=2)
    first = table.cell(0, 0).merge(table.cell(0, 1))
    first.text = caption
    for r, (label, value) in enumerate(rows, 1):
        table.cell(r, 0).text = label
        table.cell(r, 1).text = value
    document.add_paragraph()


@pytest.mark.parametrize(
    ("captions", "statement_label"),
    [
        (["1.1  Elopement", "2.1  Requests", "2.2  Turn-taking"], "Objective"),
        (["C1  Labeling", "S1  Greeting peers", "PT1  Home routine"], "Objective"),
        (["Hand-flapping", "Following directions", "Parent prompting"], "Short-term objective"),
    ],
)
def test_each_captioned_target_table_is_a_goal(captions: list[str], statement_label: str) -> None:
    document = docx.Document()
    document.add_paragraph("ABA Treatment Plan")
    document.add_paragraph("Client: Rosco Ilves    DOB: 04/04/2019    Plan date: 01/10/2026")
    document.add_heading("Skill Acquisition and Behavior Reduction", 2)
    statements = [
        "Rosco will stay within 3 feet of an adult during community outings",
        "Rosco will request a break using a card",
        "Mother will prompt and praise 2-step routines at home with 90% fidelity",
    ]
    baselines = ["4 attempts per outing", "To be probed during the first 2 weeks", "40% fidelity"]
    for caption, statement, baseline in zip(captions, statements, baselines, strict=True):
        _captioned(document, caption, [(statement_label, statement), ("Baseline", baseline),
                                       ("Mastery criteria", "80% of opportunities across 3 sessions"),
                                       ("Target date", "06/30/2026")])
    plan = read_document(document)
    goals = goals_of(plan)
    assert [g.statement for g in goals] == statements
    assert all(g.objectives == [] for g in goals)
    assert all(g.mastery_criteria and g.target_date == dt.date(2026, 6, 30) for g in goals)
    assert goals[0].baseline == "4 attempts per outing"
    assert goals[1].baseline is None  # "to be probed": not known yet
    assert [g.domain for g in goals] == [c.split("  ")[-1] for c in captions]


def test_captioned_table_under_a_numbered_goal_is_its_objective() -> None:
    """Near miss: "Goal 1: ..." written above, then "1.1" and "1.2" tables: the goal's objectives."""
    document = docx.Document()
    document.add_heading("Goals", 2)
    document.add_paragraph("Goal 1: Rosco will stay safe in the community.")
    for caption, statement in (("1.1  Elopement", "Rosco will stay within 3 feet of an adult on outings"),
                               ("1.2  Street crossing", "Rosco will stop at the curb on 9 of 10 crossings")):
        _captioned(document, caption, [("Objective", statement), ("Baseline", "2 of 10"),
                                       ("Target date", "05/31/2026")])
    goals = goals_of(read_document(document))
    assert len(goals) == 1
    assert [o.target_date for o in goals[0].objectives] == [dt.date(2026, 5, 31)] * 2


def test_captioned_table_right_after_a_caregiver_goal_is_its_objective() -> None:
    """Near miss: a caregiver goal written as a sentence, then one captioned table: that goal's objective."""
    document = docx.Document()
    document.add_heading("Family Training", 2)
    document.add_paragraph("Caregiver goal: Ms. Ilves will use the behavior plan at home.")
    _captioned(document, "3.1  Token board", [("Objective", "Ms. Ilves will run the token board with 90% fidelity"),
                                               ("Baseline", "30% fidelity"),
                                               ("Mastery criteria", "90% across 3 home visits")])
    goals = goals_of(read_document(document))
    assert len(goals) == 1
    assert goals[0].statement == "Ms. Ilves will use the behavior plan at home."
    assert [o.baseline for o in goals[0].objectives] == ["30% fidelity"]


# --- a treatments row merged across a goal's table ----------------------------------------------------------------


@pytest.mark.parametrize(
    "banner",
    [
        "Modality / intervention: Individual CBT (weekly, 45 min); Medication management (monthly)",
        "Interventions: Exposure therapy weekly; Family session monthly",
        "Strategies: Peer support group twice a week; Case management weekly",
    ],
)
def test_merged_treatments_row_is_no_objective(banner: str) -> None:
    document = docx.Document()
    document.add_paragraph("Goals and Objectives")
    table = document.add_table(rows=5, cols=3)
    top = table.cell(0, 0).merge(table.cell(0, 2))
    top.text = 'Goal 1: "I want to get back to driving."'
    for c, text in enumerate(["Objective", "Target date", "Status"]):
        table.cell(1, c).text = text
    for r, (text, date) in enumerate((("1.1 Hana will drive 2 miles with her husband.", "03/31/2026"),
                                      ("1.2 Hana will rate driving anxiety 4/10 or lower.", "04/30/2026")), 2):
        table.cell(r, 0).text, table.cell(r, 1).text, table.cell(r, 2).text = text, date, "New"
    bottom = table.cell(4, 0).merge(table.cell(4, 2))
    bottom.text = banner
    goals = goals_of(read_document(document))
    assert len(goals) == 1
    goal = goals[0]
    assert len(goal.objectives) == 2
    assert all(o.target_date is not None for o in goal.objectives)
    assert len(_treatments(goal)) == 2


def test_merged_comment_row_names_no_treatment() -> None:
    """Near miss: a merged row that labels something else ("Comments:") adds no treatment."""
    document = docx.Document()
    document.add_paragraph("Goals and Objectives")
    table = document.add_table(rows=4, cols=2)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Goal 1: Hana will drive alone to work."
    table.cell(1, 0).text, table.cell(1, 1).text = "Objective", "Target date"
    table.cell(2, 0).text, table.cell(2, 1).text = "1.1 Hana will drive 2 miles alone.", "03/31/2026"
    table.cell(3, 0).merge(table.cell(3, 1)).text = "Comments: Hana chose these objectives herself."
    goals = goals_of(read_document(document))
    assert goals and not _treatments(goals[0])


# --- a table of measures with a "goal" column of levels ------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        ["Measure", "Initial", "Norm / goal"],
        ["Measure", "Current", "Goal"],
        ["Measure", "Baseline", "Discharge goal"],
    ],
)
def test_measures_table_with_levels_is_no_goals(header: list[str]) -> None:
    plan = read_blocks(
        [
            "Objective Measures",
            [header, ["L shoulder flexion AROM", "95 deg", "150 deg"], ["Grip strength", "18 lb", "> 40 lb"],
             ["Dressing", "Mod A", "Independent"]],
            "Long-Term Goals",
            "LTG 1: Increase L shoulder flexion AROM to 150 degrees to reach a high shelf (by 04/30/2026)",
            "LTG 2: Dress upper body independently in under 10 minutes (by 04/30/2026)",
        ]
    )
    goals = goals_of(plan)
    assert [g.label for g in goals] == ["LTG 1", "LTG 2"]
    assert all(g.objectives == [] for g in goals)


def test_measure_table_with_goal_sentences_stays_goals() -> None:
    """Near miss: a "goal" column of sentences beside the measure is a goals table."""
    plan = read_blocks(
        [
            "Goals",
            [["Measure", "Goal"],
             ["Berg Balance Scale", "Pt will score 48/56 or higher on the Berg by 05/01/2026"],
             ["6-minute walk", "Pt will walk 1,200 feet in 6 minutes by 05/01/2026"]],
        ]
    )
    assert len(goals_of(plan)) == 2


# --- an objective cell with its own label is read once ------------------------------------------------------------


@pytest.mark.parametrize(
    "labels",
    [["Objective 1a.", "Objective 1b."], ["Obj 1.1:", "Obj 1.2:"], ["STO 1a -", "STO 1b -"]],
)
def test_labelled_objective_cells_are_read_once_with_their_dates(labels: list[str]) -> None:
    plan = read_blocks(
        [
            "Problems, Goals and Objectives",
            [
                ["Problem #1: Alcohol use"] * 4,
                ["Goal: Viggo will stay sober and keep his job."] * 4,
                ["Objective", "Target Date", "Intervention(s)", "Frequency"],
                [f"{labels[0]} Viggo will give negative breath tests at every visit for 6 weeks.", "03/10/2026",
                 "Relapse prevention group", "3 days per week"],
                [f"{labels[1]} Viggo will list 4 triggers and a coping step for each.", "02/20/2026",
                 "Individual counseling", "weekly"],
            ],
        ]
    )
    goals = goals_of(plan)
    assert len(goals) == 1
    assert [o.target_date for o in goals[0].objectives] == [dt.date(2026, 3, 10), dt.date(2026, 2, 20)]


# --- a goals table nested in an order cell of a discipline grid -----------------------------------------------------


def _discipline_grid(document: Any, header: list[str], orders: list[tuple[str, str, list[tuple[str, str]]]]) -> None:
    table = document.add_table(rows=1 + len(orders), cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Discipline", "Orders (visits / frequency / duration) and goals"
    for r, (discipline, order, goals) in enumerate(orders, 1):
        table.cell(r, 0).text = discipline
        cell = table.cell(r, 1)
        cell.text = order
        inner = cell.add_table(rows=1 + len(goals), cols=2)
        inner.cell(0, 0).text, inner.cell(0, 1).text = header
        for i, (goal, by) in enumerate(goals, 1):
            inner.cell(i, 0).text, inner.cell(i, 1).text = goal, by


@pytest.mark.parametrize("header", [["Goal", "By"], ["Goal", "Target date"], ["Goals", "Due"]])
def test_goals_nested_in_discipline_orders_are_read(header: list[str]) -> None:
    document = docx.Document()
    document.add_paragraph("Home Health Plan of Care")
    document.add_paragraph("Patient: Odile Brandt    DOB: 02/02/1941    SOC: 01/05/2026")
    document.add_paragraph("Orders by discipline")
    _discipline_grid(
        document,
        header,
        [
            ("SN", "SN 2w3 for wound care and heart failure teaching.",
             [("Wound on L shin will close with no signs of infection", "02/10/2026"),
              ("Pt will weigh herself daily and state when to call the nurse", "01/26/2026")]),
            ("PT", "PT 2w4 for gait and balance training.",
             [("Pt will walk 150 ft with a walker and supervision", "02/20/2026")]),
        ],
    )
    plan = read_document(document)
    goals = goals_of(plan)
    assert [g.target_date for g in goals] == [dt.date(2026, 2, 10), dt.date(2026, 1, 26), dt.date(2026, 2, 20)]
    assert plan.services or plan.interventions  # the order words above the nested table are still read


def test_nested_table_that_names_no_goals_adds_none() -> None:
    """Near miss: a nested table of medications in an order cell is no goals table."""
    document = docx.Document()
    document.add_paragraph("Orders by discipline")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Discipline", "Orders"
    table.cell(1, 0).text = "SN"
    cell = table.cell(1, 1)
    cell.text = "SN 1w4 for medication teaching."
    inner = cell.add_table(rows=2, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "Medication", "Dose"
    inner.cell(1, 0).text, inner.cell(1, 1).text = "Furosemide", "40 mg daily"
    assert goals_of(read_document(document)) == []


# --- "BL:" for a baseline -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("facts", "baseline"),
    [
        ("    BL: 2 per session. Mastery: 8 per session for 3 sessions. target 6/30/2026", "2 per session"),
        ("    BL = 15% of trials; mastery 80% across 3 sessions; by 06/30/2026", "15% of trials"),
    ],
)
def test_bl_line_under_a_goal_gives_its_facts(facts: str, baseline: str) -> None:
    plan = read_blocks(["GOALS", "Social", "1. Ada will greet 3 peers by name each school day", facts])
    goals = goals_of(plan)
    assert len(goals) == 1
    goal = goals[0]
    assert goal.objectives == []
    assert goal.baseline == baseline
    assert goal.mastery_criteria and goal.target_date == dt.date(2026, 6, 30)


def test_bl_as_bilateral_is_no_baseline() -> None:
    """Near miss: "BL LE strength 3+/5" (bilateral lower extremities) is no baseline label."""
    assert fact_line("BL LE strength 3+/5") is None
    assert fact_line("BL: 3 of 10 trials; mastery 8 of 10 across 3 sessions") is not None


# --- a problem written as an item of the goals list -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "problem", "items"),
    [
        ("Goals:", "1) Problem 1 (Dimension 2): Stop drinking",
         ["a. Cyrus will give negative breath tests at every visit - by 4/10/26",
          "b. Cyrus will attend 3 AA meetings a week, per sign-in sheet - by 4/10/26"]),
        ("Goals and Objectives", "1. Problem: Unstable housing",
         ["a) Cyrus will submit 2 housing applications with his case manager by 03/20/2026"]),
    ],
)
def test_lettered_items_under_a_listed_problem_are_objectives(heading: str, problem: str, items: list[str]) -> None:
    plan = read_blocks([heading, problem, *[f"     {item}" for item in items],
                        "     Strategies: case management 1x/week"])
    goals = goals_of(plan)
    assert len(goals) == 1
    assert goals[0].statement is None  # the plan writes no words of a goal of its own
    assert len(goals[0].objectives) == len(items)
    assert all(o.target_date is not None for o in goals[0].objectives)
    assert plan.problems[0].statement and problem.endswith(plan.problems[0].statement)


def test_lettered_items_under_a_problems_heading_stay_goals() -> None:
    """Near miss: under a heading that names problems, the items under a problem are its goals."""
    plan = read_blocks(
        [
            "Problems and Goals",
            "1) Problem 1: Depressed mood",
            "     a. Cyrus will lower his PHQ-9 from 17 to 9 by 05/01/2026",
        ]
    )
    goals = goals_of(plan)
    assert len(goals) == 1
    assert goals[0].statement and goals[0].statement.startswith("Cyrus will lower")


# --- a goal written out across the top of its table, and a "Statement:" row ------------------------------------------


@pytest.mark.parametrize(
    "top",
    ["GOAL: Leo will ask for 10 preferred items with words", "Long-term goal - Leo will ask for help with words"],
)
def test_unnumbered_goal_across_the_top_of_its_table_is_the_goal(top: str) -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).merge(table.cell(0, 1)).text = top
    table.cell(1, 0).text, table.cell(1, 1).text = "Objective", "Leo will ask for 5 items by 04/30/2026"
    table.cell(2, 0).text, table.cell(2, 1).text = "Baseline", "1 item with full prompts"
    document.add_paragraph("Client: Leo Marsh    DOB: 01/01/2019")
    goals = goals_of(read_document(document))
    assert len(goals) == 1
    assert goals[0].statement == top.split(":", 1)[-1].split(" - ", 1)[-1].strip()
    assert [o.baseline for o in goals[0].objectives] == ["1 item with full prompts"]


def test_short_area_name_across_the_top_stays_a_title() -> None:
    """Near miss: "Goal area: Communication" across the top names the area, it is no goal statement."""
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Communication Goals"
    table.cell(1, 0).text, table.cell(1, 1).text = "Goal", "Leo will ask for 10 items with words by 06/30/2026"
    table.cell(2, 0).text, table.cell(2, 1).text = "Baseline", "2 items"
    goals = goals_of(read_document(document))
    assert [g.statement for g in goals] == ["Leo will ask for 10 items with words by 06/30/2026"]


@pytest.mark.parametrize("label", ["Statement:", "Goal statement:", "Description:"])
def test_statement_label_under_a_goal_caption_is_not_part_of_the_goal(label: str) -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "GOAL 1"
    table.cell(1, 0).text, table.cell(1, 1).text = label.rstrip(":"), "Leo will mand for 10 items by 06/30/2026"
    table.cell(2, 0).text, table.cell(2, 1).text = "Baseline", "2 items"
    goals = goals_of(read_document(document))
    assert [g.statement for g in goals] == ["Leo will mand for 10 items by 06/30/2026"]
    assert goals[0].baseline == "2 items"
