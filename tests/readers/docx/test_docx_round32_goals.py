"""Goal structure, round 32: a short-term goals table numbered "1.1", "2.1" under long-term goals listed above it;
a problem cell that names the goal with a label after the problem's name ("Housing. Goal: ..."); one "Target date"
row after several objectives in a goal's card; a goals grid inside a one-table form; a SMART grid of objectives
("Specific | Measurable | Achievable | Relevant | Time-bound"); area captions merged across a goals grid ("SOCIAL
SKILLS"); a note about "these goals" in a goals section; "Measurable goal:" on a card; a goal row closed in its status
column with nothing current under it.

Each change has a test of what it now reads and of a near miss that must still read as before. Each test builds a
small plan with python-docx; names and wording are invented and differ from the blind sets."""

from __future__ import annotations

from typing import Any

from authcheck.model import Goal, TreatmentPlan
from docx_helpers import read_blocks, read_document

_HEAD = [
    "Outpatient Treatment Plan",
    "Client: Odalys Venkataraman    DOB: 06/02/1984",
    "Plan date: 03/02/2026",
]


def _goals(plan: TreatmentPlan) -> list[Goal]:
    return [g for p in plan.problems for g in p.goals]


def _read_merged(blocks: list[Any]) -> TreatmentPlan:
    """Like read_blocks, but a table row of one text is merged across the table (a banner or caption row)."""
    import docx

    document = docx.Document()
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        width = max(len(r) for r in block)
        table = document.add_table(rows=len(block), cols=width)
        for r, row in enumerate(block):
            if len(row) == 1 and width > 1:
                merged = table.cell(r, 0).merge(table.cell(r, width - 1))
                merged.text = row[0]
                continue
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    return read_document(document)


# --- a short-term goals table numbered by the long-term goal it serves ---------------------------------------------

_LONG_TERM = [
    "LONG-TERM GOALS",
    "1. Stay off alcohol and keep a steady routine.",
    "2. Move back into stable housing.",
    "SHORT-TERM GOALS",
]


def test_short_term_table_rows_go_under_the_goal_their_number_names() -> None:
    plan = read_blocks([*_HEAD, *_LONG_TERM, [
        ["#", "Short-term goal", "Target date"],
        ["1.1", "Breath tests negative at 6 weekly checks", "05/01/2026"],
        ["1.2", "Attend 8 of 8 group sessions in the month", "04/15/2026"],
        ["2.1", "Submit 3 rental applications per week (log)", "05/20/2026"],
    ]])
    goals = _goals(plan)
    assert [len(g.objectives) for g in goals] == [2, 1]
    assert [o.label for o in goals[0].objectives] == ["1.1", "1.2"]
    assert goals[1].objectives[0].statement.startswith("Submit 3 rental")


def test_short_term_rows_numbered_without_a_parent_stay_under_the_last_goal() -> None:
    # near miss: rows numbered "1", "2" name no long-term goal: they stay where they were read (the last goal)
    plan = read_blocks([*_HEAD, *_LONG_TERM, [
        ["#", "Short-term goal", "Target date"],
        ["1", "Breath tests negative at 6 weekly checks", "05/01/2026"],
        ["2", "Submit 3 rental applications per week (log)", "05/20/2026"],
    ]])
    goals = _goals(plan)
    assert [len(g.objectives) for g in goals] == [0, 2]


# --- "Housing. Goal: ..." in a "Problem / goal" column ----------------------------------------------------------


def test_goal_label_after_the_problem_name_is_not_part_of_the_problem() -> None:
    plan = read_blocks([*_HEAD, [
        ["Problem / goal", "Objective", "Strategies"],
        ["1. Housing. Goal: Odalys will move into a lease of her own.",
         "1.1 Odalys will submit 3 rental applications each week by 05/01/2026.", "Case management weekly"],
    ]])
    assert [p.statement for p in plan.problems] == ["Housing"]
    goal = plan.problems[0].goals[0]
    assert goal.statement == "Odalys will move into a lease of her own."
    assert [o.label for o in goal.objectives] == ["1.1"]


def test_problem_name_with_a_colon_and_no_goal_label_reads_as_before() -> None:
    # near miss: "Housing: Odalys will ..." (no "Goal" label) still reads the problem's name and its goal
    plan = read_blocks([*_HEAD, [
        ["Problem / goal", "Objective", "Strategies"],
        ["1. Housing: Odalys will move into a lease of her own.",
         "1.1 Odalys will submit 3 rental applications each week by 05/01/2026.", "Case management weekly"],
    ]])
    assert [p.statement for p in plan.problems] == ["Housing"]
    assert plan.problems[0].goals[0].statement == "Odalys will move into a lease of her own."


# --- one "Target date" row after several objectives in a goal's card ---------------------------------------------


def _card(rows: list[list[str]]) -> TreatmentPlan:
    return _read_merged([*_HEAD, "Goals", [["GOAL 1"], ["Goal statement", "Odalys will feel less isolated."], *rows]])


def test_card_date_after_several_undated_objectives_is_the_goals() -> None:
    plan = _card([
        ["Objective 1a", "Odalys will reflect on what she misses about work."],
        ["Objective 1b", "Odalys will call 2 friends per week, logged in her planner."],
        ["Target date", "06/30/2026"],
    ])
    goal = _goals(plan)[0]
    assert str(goal.target_date) == "2026-06-30"
    assert [o.target_date for o in goal.objectives] == [None, None]


def test_card_dates_after_each_objective_stay_the_objectives() -> None:
    # near miss: a "Target date" row after each objective dates that objective, and the goal gets none
    plan = _card([
        ["Objective 1a", "Odalys will call 2 friends per week, logged in her planner."],
        ["Target date", "05/15/2026"],
        ["Objective 1b", "Odalys will join 1 community group and attend 4 meetings."],
        ["Target date", "06/30/2026"],
    ])
    goal = _goals(plan)[0]
    assert goal.target_date is None
    assert [str(o.target_date) for o in goal.objectives] == ["2026-05-15", "2026-06-30"]


# --- a goals grid inside a one-table form -----------------------------------------------------------------------


def _form(goal_rows: list[list[str]]) -> TreatmentPlan:
    return _read_merged([
        "Recovery Program",
        [
            ["Client name", "Odalys Venkataraman", "DOB", "06/02/1984"],
            ["Plan date", "03/02/2026", "Counselor", "Ines Farro, CADC"],
            ["GOALS AND SHORT-TERM GOALS"],
            *goal_rows,
            ["SERVICES"],
            ["Individual counseling 2 sessions per month, 50 minutes."],
        ],
    ])


def test_goals_grid_inside_a_form_is_read_as_goals_and_objectives() -> None:
    plan = _form([
        ["Goal", "Short-term goal", "Target date", "Who"],
        ["1. Stop drinking", "1.1 Breath tests negative at 6 weekly checks", "05/01/2026", "Client / counselor"],
        ["", "1.2 Attend 8 of 8 group sessions in the month", "04/15/2026", "Client"],
        ["2. Housing", "2.1 Submit 3 rental applications per week", "05/20/2026", "Case manager"],
    ])
    goals = _goals(plan)
    assert [g.statement for g in goals] == ["Stop drinking", "Housing"]
    assert [len(g.objectives) for g in goals] == [2, 1]
    assert str(goals[0].objectives[1].target_date) == "2026-04-15"
    assert plan.patient.name == "Odalys Venkataraman"  # the form's own rows are read as before


def test_label_value_row_in_a_form_is_no_goals_header() -> None:
    # near miss: "Goal | Stop drinking | Target date | 05/01/2026" is a row of labels and values, not a grid's header
    plan = _form([["Goal", "Stop drinking by the end of May", "Target date", "05/01/2026"]])
    goals = _goals(plan)
    assert len(goals) == 1 and goals[0].objectives == []


# --- a SMART grid of objectives ---------------------------------------------------------------------------------


_SMART_HEADER = ["Obj.", "Specific", "Measurable", "Achievable", "Relevant", "Time-bound"]


def test_smart_grid_rows_are_objectives_of_the_goal_above() -> None:
    plan = read_blocks([*_HEAD, "Goals and Objectives", "Goal 1: Odalys will feel steady enough to return to work.", [
        _SMART_HEADER,
        ["1a", "Odalys will lower her depression score.", "PHQ-9 from 18 to 9 or below.", "Weekly CBT.",
         "Mood is the main barrier.", "By 06/30/2026"],
        ["1b", "Odalys will plan pleasant activities.", "4 activities per week on her log.", "Activity worksheet.",
         "Rebuilds routine.", "By 05/31/2026"],
    ]])
    goals = _goals(plan)
    assert len(goals) == 1
    objectives = goals[0].objectives
    assert [o.label for o in objectives] == ["1a", "1b"]
    assert objectives[0].statement == "Odalys will lower her depression score."
    assert objectives[0].measure == "PHQ-9 from 18 to 9 or below."
    assert str(objectives[1].target_date) == "2026-05-31"
    assert not any(p.statement in ("Specific", "Measurable") for p in plan.problems)


def test_table_naming_only_some_smart_letters_is_no_smart_grid() -> None:
    # near miss: "Specific | Relevant" without the measure and the time columns is no SMART grid: its header row
    # gives no objectives
    plan = read_blocks([*_HEAD, "Goals and Objectives", "Goal 1: Odalys will feel steady enough to return to work.", [
        ["Specific", "Relevant", "Notes"],
        ["Odalys will lower her depression score.", "Mood is the main barrier.", "Discussed."],
    ]])
    assert all(o.measure is None for g in _goals(plan) for o in g.objectives)


# --- area captions merged across a goals grid ---------------------------------------------------------------------


_GRID_HEADER = ["Goal", "Baseline", "Mastery criteria", "Target date"]


def test_area_caption_rows_are_the_domains_of_the_goals_below() -> None:
    plan = _read_merged([*_HEAD, "Goals by Domain", [
        _GRID_HEADER,
        ["COMMUNICATION"],
        ["Milo will request 20 items with a word or sign.", "3 items", "20 items on 2 days", "09/01/2026"],
        ["Milo will answer 5 yes/no questions about his day.", "0 of 5", "5 of 5 across 3 sessions", "09/01/2026"],
        ["PLAY SKILLS"],
        ["Milo will take turns in a board game with 1 peer.", "1 turn", "6 turns on 4 of 5 games", "10/01/2026"],
    ]])
    goals = _goals(plan)
    assert [g.statement.split()[2] for g in goals] == ["request", "answer", "take"]
    assert [g.domain for g in goals] == ["COMMUNICATION", "COMMUNICATION", "PLAY SKILLS"]


def test_merged_row_that_writes_a_goal_is_still_a_goal() -> None:
    # near miss: "Improve sleep" merged across the grid starts with what the client is to do: a goal, no caption
    plan = _read_merged([*_HEAD, "Goals", [
        _GRID_HEADER,
        ["Improve sleep"],
        ["Milo will fall asleep within 20 minutes of lights out.", "60 minutes", "20 minutes on 5 of 7 nights",
         "09/01/2026"],
    ]])
    assert "Improve sleep" in [g.statement for g in _goals(plan)]


# --- a note on "these goals" in a goals section ---------------------------------------------------------------------


def test_note_about_these_goals_is_no_goal() -> None:
    plan = read_blocks([*_HEAD, "My Goals",
                        "Odalys picked these goals with her counselor. Her words come first, then how we will check.",
                        "Goal 1: Odalys will walk 30 minutes on 5 days a week by 06/30/2026."])
    assert [g.statement for g in _goals(plan)] == ["Odalys will walk 30 minutes on 5 days a week by 06/30/2026."]


def test_goal_sentence_with_a_count_naming_these_goals_is_still_a_goal() -> None:
    # near miss: a paragraph that states a count or a date is a goal even when it names "these goals"
    plan = read_blocks([*_HEAD, "My Goals",
                        "Odalys will meet 3 of these goals by 06/30/2026, per her counselor's notes."])
    assert len(_goals(plan)) == 1


# --- "Measurable goal:" on a goal's card ----------------------------------------------------------------------------


def test_measurable_goal_label_is_not_part_of_the_statement() -> None:
    plan = read_blocks([*_HEAD, "Goals", [
        ["Measurable goal", "Milo will order a snack at the counter with no adult prompts."],
        ["Baseline", "Needs a full model"],
        ["Target date", "09/01/2026"],
    ]])
    goals = _goals(plan)
    assert [g.statement for g in goals] == ["Milo will order a snack at the counter with no adult prompts."]


def test_measurable_words_inside_a_goal_are_kept() -> None:
    # near miss: "measurable goal" inside the sentence, not as its label, is left alone
    plan = read_blocks([*_HEAD, "Goals",
                        "1. Milo will set one measurable goal with his coach each week and meet it on 3 of 4 weeks."])
    assert _goals(plan)[0].statement.startswith("Milo will set one measurable goal")


# --- a goal row closed in its status column ----------------------------------------------------------------------


_STATUS_HEADER = ["#", "Goal / objective", "Target date", "Status"]


def test_closed_goal_row_with_closed_objectives_is_no_current_goal() -> None:
    plan = read_blocks([*_HEAD, "Goals and Objectives", [
        _STATUS_HEADER,
        ["1", "Improve sleep.", "01/31/2026", "Met 02/2026 (discontinued)"],
        ["1a", "Odalys will sleep 6 hours on 5 of 7 nights per log.", "01/31/2026", "Met 02/2026 (discontinued)"],
        ["2", "Odalys will ride the bus alone to work.", "08/31/2026", "Continued"],
        ["2a", "Odalys will ride 3 stops alone twice a week, per her log.", "06/30/2026", "In progress"],
    ]])
    goals = _goals(plan)
    assert [g.statement for g in goals] == ["Odalys will ride the bus alone to work."]
    assert [o.label for o in goals[0].objectives] == ["2a"]


def test_closed_goal_row_with_a_current_objective_stays() -> None:
    # near miss: a goal marked met whose objective row goes on is kept, as the goal that objective serves
    plan = read_blocks([*_HEAD, "Goals and Objectives", [
        _STATUS_HEADER,
        ["1", "Improve sleep.", "01/31/2026", "Met 02/2026 (discontinued)"],
        ["1a", "Odalys will sleep 6 hours on 5 of 7 nights per log.", "06/30/2026", "In progress"],
    ]])
    goals = _goals(plan)
    assert [g.statement for g in goals] == ["Improve sleep."]
    assert [o.label for o in goals[0].objectives] == ["1a"]


# --- a goals-table caption with a long note in brackets -------------------------------------------------------------


def _noted_grid(caption: str) -> TreatmentPlan:
    return read_blocks([*_HEAD, [
        ["Problem / goal", caption, "Strategies (type & frequency)"],
        ["1. Alcohol use. Goal: Odalys will stay sober.",
         "1.1 Odalys will give negative breath tests at 8 of 8 weekly checks by 05/01/2026.", "Group 3x/week"],
    ]])


def test_objective_caption_with_a_long_note_in_brackets_is_the_objective_column() -> None:
    plan = _noted_grid("Behavioral objective (measurable, time-specific)")
    goal = _goals(plan)[0]
    assert [o.label for o in goal.objectives] == ["1.1"]
    assert str(goal.objectives[0].target_date) == "2026-05-01"


def test_caption_naming_no_role_without_its_note_stays_unread() -> None:
    # near miss: "Comments (measurable, time-specific)" names no goal column once its note is set aside
    plan = _noted_grid("Comments (measurable, time-specific)")
    assert _goals(plan)[0].objectives == []


# --- "Right now ..." stating the starting level inside a goal's own text -------------------------------------------


def test_right_now_sentence_with_a_level_is_the_goals_baseline() -> None:
    plan = read_blocks([*_HEAD, "Goals",
                        "1. Milo will request 10 snacks with a sign or word. Right now he requests 2 snacks a day. "
                        "Mastered when he does so in 80% of chances over 3 sessions. Expected by 09/01/2026."])
    goal = _goals(plan)[0]
    assert goal.baseline == "he requests 2 snacks a day"


def test_currently_sentence_with_no_level_is_no_baseline() -> None:
    # near miss: "Currently he points to what he wants." states no level: no baseline is read (the gap stays)
    plan = read_blocks([*_HEAD, "Goals",
                        "1. Milo will request 10 snacks with a sign or word. Currently he points to what he wants. "
                        "Expected by 09/01/2026."])
    assert _goals(plan)[0].baseline is None


def test_smart_grid_with_a_goal_column_reads_each_rows_goal() -> None:
    # a "Goal" column before the SMART columns holds each row's goal; the Specific column its objective
    plan = read_blocks([*_HEAD, "Goals", [
        ["Goal", *_SMART_HEADER[1:]],
        ["Feel steadier day to day", "Odalys will lower her depression score.", "PHQ-9 from 18 to 9 or below.",
         "Weekly CBT.", "Mood is the main barrier.", "By 06/30/2026"],
    ]])
    goals = _goals(plan)
    assert [g.statement for g in goals] == ["Feel steadier day to day"]
    assert goals[0].objectives[0].measure == "PHQ-9 from 18 to 9 or below."
