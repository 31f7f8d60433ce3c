"""Round 19 goal layouts: goals and objectives marked by their initials ("G1." / "O1."), objective rows numbered
"1.1" in a goals table wrapped in a block content control, and a tests table whose "Goal" column holds levels."""

from __future__ import annotations

import docx
import pytest
from docx.oxml.ns import qn
from docx_helpers import goals_of, read_blocks, read_document


def _statements(plan):
    return [(g.statement, [o.statement for o in g.objectives]) for g in goals_of(plan)]


@pytest.mark.parametrize(
    ("goal_marks", "objective_marks"),
    [(("G1.", "G2."), ("O1.", "O2.")), (("G1)", "G2)"), ("O1)", "O2)")), (("G1.", "G2."), ("O1)", "O2)"))],
)
def test_goals_and_objectives_marked_by_initials(goal_marks, objective_marks):
    g1, g2 = goal_marks
    o1, o2 = objective_marks
    plan = read_blocks(
        [
            "Goals and objectives",
            f"{g1} Mara will feel less anxious at work.",
            f"  {o1} Lower GAD-7 from 15 to 8 or less by 06/30/2026.",
            f"  {o2} Attend 4 of 5 team meetings each week by 05/31/2026.",
            f"{g2} Mara will argue less with her partner.",
            f"  {o1} Reduce arguments from daily to 2 or fewer per week by 06/15/2026.",
        ]
    )
    assert _statements(plan) == [
        (
            "Mara will feel less anxious at work.",
            [
                "Lower GAD-7 from 15 to 8 or less by 06/30/2026.",
                "Attend 4 of 5 team meetings each week by 05/31/2026.",
            ],
        ),
        ("Mara will argue less with her partner.", ["Reduce arguments from daily to 2 or fewer per week by 06/15/2026."]),
    ]


def test_other_lettered_markers_keep_their_reading():
    # near miss: "A1." is the first item under "A." in a typed outline, not a goal's initial
    plan = read_blocks(
        [
            "Goals",
            "1. Mara will feel less anxious at work.",
            "  a. Lower GAD-7 from 15 to 8 or less by 06/30/2026.",
            "  b. Attend 4 of 5 team meetings each week by 05/31/2026.",
        ]
    )
    assert _statements(plan) == [
        (
            "Mara will feel less anxious at work.",
            [
                "Lower GAD-7 from 15 to 8 or less by 06/30/2026.",
                "Attend 4 of 5 team meetings each week by 05/31/2026.",
            ],
        )
    ]


def _wrap_last_table_in_sdt(document) -> None:
    """Put the last body table inside a block content control (w:sdt), as EHR templates do."""
    tbl = document.element.body.findall(qn("w:tbl"))[-1]
    sdt = tbl.makeelement(qn("w:sdt"), {})
    pr = tbl.makeelement(qn("w:sdtPr"), {})
    content = tbl.makeelement(qn("w:sdtContent"), {})
    sdt.append(pr)
    sdt.append(content)
    tbl.addprevious(sdt)
    content.append(tbl)


@pytest.mark.parametrize(
    ("goal_label", "sub_labels"),
    [("Goal 1", ("1.1", "1.2")), ("GOAL 1", ("1.1", "1.2")), ("Goal 1", ("1a", "1b"))],
)
@pytest.mark.parametrize("in_control", [True, False])
def test_outline_objective_rows_in_goals_table(goal_label, sub_labels, in_control):
    document = docx.Document()
    document.add_paragraph("Goals and objectives")
    rows = [
        ("#", "Goal / objective", "Target date", "Measured by"),
        (goal_label, "Noor will have fewer panic attacks so she can ride the bus.", "", ""),
        (sub_labels[0], "Reduce panic attacks from 4 per week to 1 or fewer per week.", "06/30/2026", "Panic log"),
        (sub_labels[1], "Ride the bus alone at least 3 times per week.", "05/15/2026", "Weekly log"),
    ]
    table = document.add_table(rows=len(rows), cols=4)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    if in_control:
        _wrap_last_table_in_sdt(document)
    document.add_paragraph("Services")
    plan = read_document(document)
    goals = goals_of(plan)
    assert [g.statement for g in goals] == ["Noor will have fewer panic attacks so she can ride the bus."]
    objectives = goals[0].objectives
    assert [o.statement for o in objectives] == [
        "Reduce panic attacks from 4 per week to 1 or fewer per week.",
        "Ride the bus alone at least 3 times per week.",
    ]
    assert str(objectives[0].target_date) == "2026-06-30"


def test_rows_of_a_content_control_table_not_under_a_goal_before_it():
    # near miss: a goal written in a paragraph before the table; the table's "1.1" row is no objective of it
    document = docx.Document()
    document.add_paragraph("Goals")
    document.add_paragraph("Goal 1: Noor will ride the bus alone.")
    rows = [
        ("#", "Goal", "Target date"),
        ("1.1", "Noor will sleep at least 6 hours on 5 of 7 nights.", "06/30/2026"),
    ]
    table = document.add_table(rows=len(rows), cols=3)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    _wrap_last_table_in_sdt(document)
    plan = read_document(document)
    statements = [g.statement for g in goals_of(plan)]
    assert "Noor will sleep at least 6 hours on 5 of 7 nights." in statements
    assert all(not g.objectives for g in goals_of(plan))


@pytest.mark.parametrize(
    "header",
    [("Test", "Eval 10/06/2025", "Goal"), ("Assessment", "Initial", "Goal"), ("Test name", "Baseline", "Goal")],
)
def test_tests_table_whose_goal_column_holds_levels_is_no_goals_table(header):
    plan = read_blocks(
        [
            "Objective findings",
            [
                list(header),
                ["Berg Balance Scale", "38/56", "48/56 or more"],
                ["Timed Up and Go", "19.5 s", "13.5 s or less"],
                ["30-s chair stand", "6", "10"],
            ],
            "Goals",
            "1. Walk 500 ft in the community with a cane, modified independent, by 12/30/2025.",
        ]
    )
    assert [g.statement for g in goals_of(plan)] == [
        "Walk 500 ft in the community with a cane, modified independent, by 12/30/2025."
    ]


def test_tests_table_whose_goal_column_holds_sentences_keeps_its_goals():
    # near miss: the "Goal" column beside the tests holds the goals' sentences
    plan = read_blocks(
        [
            "Goals",
            [
                ["Test", "Eval", "Goal"],
                ["Berg Balance Scale", "38/56", "Pt will improve Berg to 48/56 or more to lower fall risk."],
                ["Timed Up and Go", "19.5 s", "Pt will complete TUG in 13.5 s or less by week 12."],
            ],
        ]
    )
    assert [g.statement for g in goals_of(plan)] == [
        "Pt will improve Berg to 48/56 or more to lower fall risk.",
        "Pt will complete TUG in 13.5 s or less by week 12.",
    ]


# --- goals of the plan before, closed by their status or their label's note --------------------------------------


@pytest.mark.parametrize(
    ("status_header", "closed", "open_status"),
    [
        ("Status 01/30/2026", "Revised — see new goal 2", "Partially met"),
        ("Status as of 1/30/26", "Met", "In progress"),
        ("Goal status", "Replaced by goal 1", "Not met; revised"),
        ("Status", "Partly met; continued below", "Met - continue to maintain"),
    ],
)
def test_goal_status_table_drops_goals_closed_or_replaced(status_header, closed, open_status):
    plan = read_blocks(
        [
            "Goal status",
            [
                ["Goal (from plan of 11/03/2025)", status_header],
                ["Climb stairs reciprocally without a rail", closed],
                ["Walk 1,000 ft without an assistive device", open_status],
            ],
        ]
    )
    assert [g.statement for g in goals_of(plan)] == ["Walk 1,000 ft without an assistive device"]


@pytest.mark.parametrize("note", ["MET 12/2025 — discontinued", "Achieved 11/2025", "Discontinued", "Superseded"])
def test_labelled_goal_whose_note_closes_it_is_no_current_goal(note):
    plan = read_blocks(
        [
            "Goals and objectives",
            "Goal 1 (REVISED 01/26/2026): Lena will keep her job while her mood stays stable.",
            "Objective 1A: Keep PHQ-9 at or below 9 at every monthly screen through 07/20/2026.",
            f"Goal 2 ({note}): Lena will feel more hopeful.",
            "Goal 3 (NEW): Lena will talk about her loss without avoiding reminders.",
            "Objective 3A: Reduce ICG score from 38 to below 25 by 07/20/2026.",
        ]
    )
    assert [g.statement for g in goals_of(plan)] == [
        "Lena will keep her job while her mood stays stable.",
        "Lena will talk about her loss without avoiding reminders.",
    ]
    assert [len(g.objectives) for g in goals_of(plan)] == [1, 1]


@pytest.mark.parametrize("note", ["Partially met", "Met - continue to maintain", "REVISED 01/26/2026"])
def test_labelled_goal_whose_note_keeps_it_open_stays(note):
    plan = read_blocks(["Goals", f"Goal 2 ({note}): Lena will feel more hopeful."])
    assert [g.statement for g in goals_of(plan)] == ["Lena will feel more hopeful."]


@pytest.mark.parametrize("closed", ["Met 01/2026 - discontinued", "Achieved", "Revised — see goal C"])
def test_goal_grid_with_objectives_drops_a_closed_goal_of_one_row(closed):
    plan = read_blocks(
        [
            "Goals",
            [
                ["Goal", "Objective(s)", "Target", "Status"],
                ["A. Understand the anxiety cycle.", "Learn about worry and avoidance.", "", closed],
                ["B. Reduce time lost to rituals.", "B1. Reduce Y-BOCS from 26 to 15 or lower.", "08/14/2026", "Active"],
                ["", "B2. Cut checking from 90 to under 20 minutes a day.", "06/12/2026", "Active"],
            ],
        ]
    )
    assert [(g.statement, len(g.objectives)) for g in goals_of(plan)] == [("B. Reduce time lost to rituals.", 2)]


def test_goal_grid_status_of_one_of_several_objective_rows_is_that_objectives():
    # near miss: the goal has more rows; "Met" beside its first objective does not close the goal
    plan = read_blocks(
        [
            "Goals",
            [
                ["Goal", "Objective(s)", "Target", "Status"],
                ["A. Reduce time lost to rituals.", "A1. Learn the ERP model.", "03/01/2026", "Met"],
                ["", "A2. Cut checking from 90 to under 20 minutes a day.", "06/12/2026", "Active"],
            ],
        ]
    )
    assert [g.statement for g in goals_of(plan)] == ["A. Reduce time lost to rituals."]


# --- a section title closed with a full stop ------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["Goals.", "Treatment goals.", "GOALS.", "Goals and objectives."])
def test_goals_title_with_a_full_stop_opens_the_goals(title):
    plan = read_blocks(
        [
            "Diagnosis. F41.0 Panic disorder (primary).",
            title,
            "1. Mr. Ames will drive on the highway alone twice a week by 09/30/2025.",
            "Patient will bathe using a tub bench with minimal assistance by 03/09/2026.",
        ]
    )
    assert len(goals_of(plan)) == 2


def test_a_sentence_ending_with_a_full_stop_is_no_title():
    # near miss: "Goals met." is a remark, not the goals' title
    plan = read_blocks(["Goals met.", "Mr. Ames drove on the highway alone last week."])
    assert goals_of(plan) == []


# --- a floating box anchored in the goals heading --------------------------------------------------------------------

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)


def _box(paragraph, lines: list[str]) -> None:
    from docx.oxml import parse_xml

    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{line}</w:t></w:r></w:p>' for line in lines)
    drawing = (
        '<w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" '
        'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="page"><wp:posOffset>5000000</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="page"><wp:posOffset>3000000</wp:posOffset></wp:positionV>'
        '<wp:extent cx="1270000" cy="177800"/><wp:wrapNone/><wp:docPr id="7" name="Text Box 7"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<wps:wsp><wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing>"
    )
    paragraph._p.append(parse_xml(f"<w:r {_NS}>{drawing}</w:r>"))


@pytest.mark.parametrize(
    "box_lines",
    [
        ["PHYSICIAN CERTIFICATION", "I certify the need for these services under this plan of care.",
         "Signature: Hana Ross, MD", "Date signed: 03/20/2026"],
        ["Signatures", "Referring physician: Hana Ross, MD", "Date: 03/20/2026"],
    ],
)
def test_box_beside_the_goals_heading_leaves_the_goals_under_it(box_lines):
    document = docx.Document()
    document.add_paragraph("Evaluation summary: grip 18 lb right vs 46 lb left.")
    heading = document.add_paragraph("Goals (by discharge in 8 weeks unless stated)")
    _box(heading, box_lines)
    document.add_paragraph("1. Increase right wrist extension from 25° to 55° within 6 weeks.")
    document.add_paragraph("2. Increase right grip strength from 18 lb to 35 lb.")
    plan = read_document(document)
    assert [g.statement for g in goals_of(plan)] == [
        "Increase right wrist extension from 25° to 55° within 6 weeks.",
        "Increase right grip strength from 18 lb to 35 lb.",
    ]
    assert all(p.statement is None or "CERTIFICATION" not in p.statement for p in plan.problems)
    assert any(s.name == "Hana Ross" for s in plan.signatures)


# --- short-term goals numbered under the long-term goals of an earlier heading ---------------------------------------


@pytest.mark.parametrize(
    ("heading", "marks"),
    [
        ("Short-term goals (with target dates)", ("1a.", "1b.", "2a.")),
        ("Short-term goals", ("1.1", "1.2", "2.1")),
        ("Objectives", ("1a)", "1b)", "2a)")),
    ],
)
def test_short_term_goals_numbered_under_long_term_goals(heading, marks):
    plan = read_blocks(
        [
            "Long-term goals",
            "1. Gil will stop using illicit opioids and reach a stable methadone dose.",
            "2. Gil will find steady work.",
            heading,
            f"{marks[0]} Reach a dose with no withdrawal (COWS under 5) at 3 weekly checks by 02/27/2026.",
            f"{marks[1]} Two monthly urine tests negative for fentanyl by 03/31/2026.",
            f"{marks[2]} Attend 2 job-readiness sessions by 03/20/2026.",
        ]
    )
    assert [len(g.objectives) for g in goals_of(plan)] == [2, 1]


def test_short_term_goals_without_the_goals_numbers_stay_goals():
    # near miss: plain numbers say nothing of which long-term goal they serve
    plan = read_blocks(
        [
            "Long-term goals",
            "1. Gil will stop using illicit opioids.",
            "2. Gil will find steady work.",
            "Short-term goals",
            "1. Attend 2 job-readiness sessions by 03/20/2026.",
            "2. Two urine tests negative for fentanyl by 03/31/2026.",
        ]
    )
    assert all(not g.objectives for g in goals_of(plan))
    assert len(goals_of(plan)) == 4


# --- measurability phrases of home health goals ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "Application for meal delivery submitted by 04/24/2026",
        "SSI forms filed by 05/01/2026",
        "Housing application will be submitted by 06/15/2026.",
        "Skin intact on heels and hips at every aide visit through the certification period.",
        "Incision clean and dry at each nursing visit through 05/30/2026.",
    ],
)
def test_done_or_not_and_every_visit_outcomes_are_measurable(statement):
    from authcheck.rules.measurability import assess

    assert assess(statement).measurable


@pytest.mark.parametrize(
    "statement",
    [
        "Patient will feel better at every visit.",
        "Work on the housing application by 05/01/2026.",
        "Application for housing will be discussed with the family.",
        "Skin will be intact.",
    ],
)
def test_near_misses_of_those_outcomes_stay_not_measurable(statement):
    from authcheck.rules.measurability import assess

    assert not assess(statement).measurable
