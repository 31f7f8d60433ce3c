"""Goals and objectives, round 13: a goal block table (a problem banner, the goal with its facts in labelled cells,
then the objectives' own header row, its rows and a captioned list of interventions; a second goal further down the
same table); a fact in brackets closing a goal's sentence ("(Target Date: June 30, 2026)"); a bracket or a sentence
cut by a hard line end, between paragraphs or inside one; a layout table whose cells nest the goal tables (a lone
"Target Date" caption over "Goal 1 | ... | 08-15-2026", then "Baseline | 12 items" rows); and objectives numbered
afresh under each goal ("Short-term goal 1a" again under "Long-term goal 2.1").

Each test builds a small plan with python-docx; names and wording are invented and differ from the blind sets.
What is not written stays empty."""

from __future__ import annotations

import datetime as dt

import docx
import pytest

from authcheck.model import TreatmentPlan
from authcheck.readers.docx.label_split import split_labels
from docx_helpers import goals_of, read_blocks, read_document


def _goal_block_table(rows: list[str | list[str]], width: int, before: tuple[str, ...] = ("Plan of Care", "Goals")) -> TreatmentPlan:
    """A plan with one table `width` cells wide: a string row is one text merged across the table (a "\\n" in it
    starts a new paragraph of the cell)."""
    document = docx.Document()
    for text in before:
        document.add_paragraph(text)
    table = document.add_table(rows=len(rows), cols=width)
    for r, row in enumerate(rows):
        if isinstance(row, str):
            lines = row.split("\n")
            cell = table.cell(r, 0).merge(table.cell(r, width - 1))
            cell.text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
        else:
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    return read_document(document)


def _all_goals(plan: TreatmentPlan) -> list:
    return [goal for problem in plan.problems for goal in problem.goals]


# --- a goal block table: banner, the goal with its facts in labelled cells, then the objectives' header ----------


@pytest.mark.parametrize(
    ("rows", "width", "expected"),
    [
        (
            [
                "Problem 1: Limited shoulder motion",
                ["Long-Term Goal 1: Resident will reach overhead to a shelf at 150 degrees flexion.", "", "Achieve by: 05/20/2026"],
                ["Obj #", "Short-Term Objective", "Target Date"],
                ["1", "Shoulder flexion AROM will improve from 95 to 125 degrees.", "04/01/2026"],
                ["2", "Resident will lift 2 lb to shoulder height 10 times.", "04/15/2026"],
                "Treatments\n• Therapeutic exercise (97110)\n• Manual therapy (97140)",
            ],
            3,
            {"goal_date": dt.date(2026, 5, 20), "objectives": 2, "interventions": 2, "dates": [dt.date(2026, 4, 1), dt.date(2026, 4, 15)]},
        ),
        (
            [
                "Problem 2: Panic attacks",
                ["Goal 2: Mr. Oyelaran will have 1 or fewer panic attacks a week.", "Target date: 08/31/2026"],
                ["Measurable objective", "Baseline", "Target date"],
                ["Mr. Oyelaran will log each panic attack on 6 of 7 days.", "no log kept", "06/15/2026"],
                "Interventions:\nPanic control treatment, weekly\nInteroceptive exposure homework",
            ],
            3,
            {"goal_date": dt.date(2026, 8, 31), "objectives": 1, "interventions": 2, "dates": [dt.date(2026, 6, 15)]},
        ),
    ],
)
def test_goal_block_table_reads_goal_facts_objectives_and_interventions(
    rows: list[str | list[str]], width: int, expected: dict
) -> None:
    plan = _goal_block_table(rows, width)
    goals = _all_goals(plan)
    assert len(goals) == 1
    goal = goals[0]
    assert goal.target_date == expected["goal_date"]
    assert len(goal.objectives) == expected["objectives"]
    assert [o.target_date for o in goal.objectives] == expected["dates"]
    assert len(goal.interventions) == expected["interventions"]
    assert len(plan.problems) == 1  # the header row and the objectives' cells make no problems of their own


def test_second_goal_further_down_a_goal_block_table_has_its_own_objectives() -> None:
    rows: list[str | list[str]] = [
        "Problem 1: Unsafe transfers",
        ["LTG 1: Client will transfer bed to chair with supervision.", "Target Date: 04/30/2026"],
        ["#", "STG", "Baseline", "Target Date"],
        ["A", "Client will stand from a chair with min assist in 3 of 4 trials.", "mod assist", "03/15/2026"],
        ["LTG 2: Client will walk 150 ft with a rolling walker and supervision.", "Target Date: 05/15/2026"],
        ["#", "STG", "Baseline", "Target Date"],
        ["A", "Client will walk 50 ft with a rolling walker and min assist.", "10 ft, mod assist", "03/30/2026"],
        ["B", "Client will turn 180 degrees with the walker without loss of balance.", "loses balance", "04/10/2026"],
    ]
    plan = _goal_block_table(rows, 4)
    goals = _all_goals(plan)
    assert [g.label for g in goals] == ["LTG 1", "LTG 2"]
    assert [g.target_date for g in goals] == [dt.date(2026, 4, 30), dt.date(2026, 5, 15)]
    assert [len(g.objectives) for g in goals] == [1, 2]
    assert goals[1].objectives[0].baseline == "10 ft, mod assist"


def test_goal_and_objective_in_labelled_cells_stay_a_goal_with_its_objective() -> None:
    # near miss: a row labelling a goal beside an objective is no goal banner with its facts
    plan = read_blocks(
        [
            "Treatment Plan",
            "Goals and Objectives",
            [
                ["Goal", "Objective", "Target date"],
                ["Goal 1: Ms. Ferro will return to work part time.", "Objective 1.1: Ms. Ferro will work 2 half days a week.", "05/01/2026"],
            ],
        ]
    )
    goals = _all_goals(plan)
    assert len(goals) == 1
    assert [o.statement for o in goals[0].objectives] == ["Ms. Ferro will work 2 half days a week."]


# --- a fact in brackets closing a goal's sentence ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "date", "statement_start"),
    [
        ("Goal 1: Noor will request help with 3 words in 8 of 10 chances.  (Target Date: July 31, 2026)", dt.date(2026, 7, 31), "Noor will"),
        ("Goal 1: Noor will request help with 3 words in 8 of 10 chances (target date: 07/31/2026)", dt.date(2026, 7, 31), "Noor will"),
        ("Goal 1: Noor will request help with 3 words in 8 of 10 chances. [Target Date: 2026-07-31]", dt.date(2026, 7, 31), "Noor will"),
    ],
)
def test_target_date_in_brackets_closing_a_goal(line: str, date: dt.date, statement_start: str) -> None:
    plan = read_blocks(["ABA Treatment Plan", "Goals", "Problem 1: Communication", line, "Baseline: 2 of 10 chances"])
    goal = _all_goals(plan)[0]
    assert goal.target_date == date
    assert goal.statement.startswith(statement_start)
    assert "Target" not in goal.label


def test_a_word_inside_brackets_opens_no_label_but_one_after_them_does() -> None:
    assert [s.label for s in split_labels("Goal 1: walk 300 ft (with a cane)  Target date: 03/01/2026")] == [
        "Goal 1",
        "Target date",
    ]
    assert [s.label for s in split_labels("Goal 1 (Mobility): walk 300 ft (Target Date: 03/01/2026)")] == [
        "Goal 1 (Mobility)"
    ]
    # near miss: "Date" alone after an open bracket is no label of its own
    assert [s.label for s in split_labels("Objective 2: attend group (Start Date: 02/01/2026)")] == ["Objective 2"]


# --- a bracket or a sentence cut by a hard line end -------------------------------------------------------------


@pytest.mark.parametrize(
    "blocks",
    [
        # paragraphs cut inside a bracket
        ["Goal 2.1: Devon will brush his teeth completing all 6 steps independently. (Target", "Date: 6/30/2026)"],
        # paragraph cut before a bracket that goes on with the sentence
        ["Goal 2.1: Devon will brush his teeth completing all 6 steps of the routine", "(task analysis) independently. (Target date: 06/30/2026)"],
        # a line break inside one paragraph, as a scan's OCR keeps the printed lines
        ["Goal 2.1: Devon will brush his teeth completing all 6 steps of the\nroutine independently. (Target date: 06/30/2026)"],
    ],
)
def test_goal_cut_by_a_line_end_keeps_its_target_date(blocks: list[str]) -> None:
    plan = read_blocks(["Behavior Plan", "Goals", "Problem 2: Self-care", *blocks])
    goals = _all_goals(plan)
    assert len(goals) == 1
    assert goals[0].target_date == dt.date(2026, 6, 30)
    assert not goals[0].objectives


def test_objectives_cut_inside_one_paragraph_are_joined_each_with_its_date() -> None:
    plan = read_blocks(
        [
            "Treatment Plan",
            "Goals",
            "Goal 1: Mara will stay abstinent from alcohol.",
            "Objective 1a: Mara will give 6 consecutive breath tests\nbelow 0.02 at clinic visits. (Target date: 04/10/2026)",
            "Objective 1b: Mara will attend a mutual-help meeting at least\nonce a week for 8 weeks. (Target date: 05/01/2026)",
        ]
    )
    goal = _all_goals(plan)[0]
    assert [o.target_date for o in goal.objectives] == [dt.date(2026, 4, 10), dt.date(2026, 5, 1)]
    assert goal.objectives[1].statement.startswith("Mara will attend a mutual-help meeting at least once a week")


def test_line_breaks_between_complete_lines_are_kept() -> None:
    # near miss: two objectives on two lines of one paragraph, a lettered item, and a signer's name over a title
    plan = read_blocks(
        [
            "Treatment Plan",
            "Goals",
            "Goal 1: Mara will stay abstinent from alcohol for the whole plan period.",
            "Objective 1a: Mara will give 6 negative breath tests by 04/10/2026.\nObjective 1b: Mara will name 3 triggers by 03/01/2026.",
        ]
    )
    goal = _all_goals(plan)[0]
    assert [o.label for o in goal.objectives] == ["Objective 1a", "Objective 1b"]
    assert [o.target_date for o in goal.objectives] == [dt.date(2026, 4, 10), dt.date(2026, 3, 1)]


# --- a layout table whose cells nest each problem's goal table -------------------------------------------------


def _layout_with_nested(nested: list[list[list[str]]], caption: str = "Problem {n}", titles: tuple[str, ...] = ()) -> TreatmentPlan:
    document = docx.Document()
    outer = document.add_table(rows=1 + len(nested), cols=2)
    outer.cell(0, 0).text = "Bright Path Therapy Services"
    outer.cell(0, 1).text = "Individualized Treatment Plan"
    for n, rows in enumerate(nested, start=1):
        outer.cell(n, 0).text = caption.format(n=n)
        cell = outer.cell(n, 1)
        cell.paragraphs[0].text = titles[n - 1] if n - 1 < len(titles) else f"Area {n}"
        inner = cell.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                inner.cell(r, c).text = text
    return read_document(document)


def test_nested_goal_tables_read_target_date_baseline_and_mastery() -> None:
    plan = _layout_with_nested(
        [
            [
                ["", "", "Target Date"],
                ["Goal 1", "Rafi will tact 40 pictured actions.", "Aug 14, 2026"],
                ["Baseline", "6 actions", ""],
                ["Mastery Criteria", "90% across 3 consecutive probes", ""],
            ],
            [
                ["", "", "Target date"],
                ["Goal 1", "Rafi will wait 2 minutes for a preferred item without crying.", "2026-06-30"],
                ["Baseline", "cries within 15 seconds", ""],
                ["Mastery criteria", "2 minutes on 4 of 5 days", ""],
            ],
        ],
        titles=("Language", "Tolerance"),
    )
    goals = _all_goals(plan)
    assert [g.target_date for g in goals] == [dt.date(2026, 8, 14), dt.date(2026, 6, 30)]
    assert [g.baseline for g in goals] == ["6 actions", "cries within 15 seconds"]
    assert [g.mastery_criteria for g in goals] == ["90% across 3 consecutive probes", "2 minutes on 4 of 5 days"]
    assert [g.statement for g in goals] == [
        "Rafi will tact 40 pictured actions.",
        "Rafi will wait 2 minutes for a preferred item without crying.",
    ]


def test_nested_goal_table_without_target_caption_reads_no_target_date() -> None:
    # near miss: a date column captioned "Date opened" is no target date
    plan = _layout_with_nested(
        [
            [
                ["", "", "Date opened"],
                ["Goal 1", "Rafi will tact 40 pictured actions.", "01/12/2026"],
                ["Baseline", "6 actions", ""],
            ],
        ]
    )
    goal = _all_goals(plan)[0]
    assert goal.target_date is None
    assert goal.baseline == "6 actions"


def test_fact_label_with_a_tab_pairs_with_its_value_but_not_with_another_label() -> None:
    assert [(s.label, s.value) for s in split_labels("Baseline\t12 items")] == [("Baseline", "12 items")]
    assert [(s.label, s.value) for s in split_labels("Mastery criterion\t80% over 3 days")] == [
        ("Mastery criterion", "80% over 3 days")
    ]
    assert split_labels("Baseline\tTarget date")[0].label is None  # a header row of two captions


# --- objectives numbered afresh under each goal ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "counts"),
    [
        (
            [
                "Problem 1: Alcohol use",
                "Long-term goal 1.1: Jon will stop drinking.",
                "Short-term goal 1a: Jon will attend 8 of 8 weekly sessions by 03/31/2026.",
                "Short-term goal 1b: Jon will log cravings daily on 6 of 7 days by 03/15/2026.",
                "Problem 2: Housing",
                "Long-term goal 2.1: Jon will move into stable housing.",
                "Short-term goal 1a: Jon will submit 2 housing applications by 03/20/2026.",
            ],
            [2, 1],
        ),
        (
            [
                "Goal 1: Pia will speak in class.",
                "Objective 1.1: Pia will answer 1 question a day in class by 04/01/2026.",
                "Goal 2: Pia will sleep through the night.",
                "Objective 1.1: Pia will fall asleep within 30 minutes on 5 of 7 nights by 04/15/2026.",
                "Objective 1.2: Pia will stay in her own bed all night on 5 of 7 nights by 05/01/2026.",
            ],
            [1, 2],
        ),
    ],
)
def test_objectives_numbered_afresh_belong_to_the_goal_above(lines: list[str], counts: list[int]) -> None:
    plan = read_blocks(["Treatment Plan", "Goals and Objectives", *lines])
    assert [len(g.objectives) for g in _all_goals(plan)] == counts


def test_objectives_listed_after_all_goals_still_go_to_the_goal_they_name() -> None:
    # near miss: goals listed first, then their objectives by number
    plan = read_blocks(
        [
            "Treatment Plan",
            "Goals",
            "Goal 1: Pia will speak in class.",
            "Goal 2: Pia will sleep through the night.",
            "Objectives",
            "Objective 1a: Pia will answer 1 question a day in class by 04/01/2026.",
            "Objective 2a: Pia will fall asleep within 30 minutes on 5 of 7 nights by 04/15/2026.",
            "Objective 1b: Pia will read aloud to a classmate once a week by 04/20/2026.",
        ]
    )
    goals = goals_of(plan)
    assert [len(g.objectives) for g in goals] == [2, 1]
