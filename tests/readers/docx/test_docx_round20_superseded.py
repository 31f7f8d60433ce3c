"""Round 20, superseded content in revised plans and objectives' target dates:

- text drawn struck through (`w:strike`, `w:dstrike`, directly or by a character or paragraph style) is the
  superseded wording a revised plan keeps visible: no plan content, like a tracked deletion; a bracketed note left
  alone on the line once it is gone ("(changed 01/26/2026)") goes with it; strike set off (`w:val="0"`/"false")
  keeps the text;
- a dated record of a change to the services ("Frequency reduced to weekly on 10/27/2025") beside a service that
  states how often is history, no service of its own; alone it still gives the frequency;
- in an objectives table with a status column and no goal column, an objective closed ("Achieved", "Met",
  "Discontinued") is the plan before's, not a current one; "Active", "Partially met" stay;
- an objectives column headed "Objectives (target date)" puts each objective's target date in brackets after it.

Each test builds a small plan with python-docx; names and wording are invented. Each change has a near miss that
keeps its old reading.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

from authcheck.model import TreatmentPlan
from docx_helpers import add_table, goals_of, read_blocks, read_document

_HEAD = [
    "Outpatient Treatment Plan Update",
    "Client: Marisol Quenby    DOB: 07/14/1981",
    "Member ID: QX5520188",
    "Plan date: 01/26/2026",
]


def _doc() -> Any:
    document = docx.Document()
    for line in _HEAD:
        document.add_paragraph(line)
    return document


def _struck_run(paragraph: Any, text: str, how: str = "strike") -> Any:
    """Add a run drawn struck through: "strike", "dstrike", or "off:<val>" for a strike written off with that value."""
    run = paragraph.add_run(text)
    rpr = run._r.get_or_add_rPr()
    if how.startswith("off:"):
        el = OxmlElement("w:strike")
        el.set(qn("w:val"), how.split(":", 1)[1])
    else:
        el = OxmlElement(f"w:{how}")
    rpr.append(el)
    return run


def _services(plan: TreatmentPlan) -> list[tuple[str | None, str | None, float | None]]:
    return [
        (s.code, s.frequency.text if s.frequency else None, s.frequency.count if s.frequency else None)
        for s in plan.services
    ]


# --- struck-through text ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["strike", "dstrike"])
@pytest.mark.parametrize(
    ("before", "struck", "after"),
    [
        ("Individual psychotherapy (90837), 50 minutes, ", "twice weekly", " weekly."),
        ("Family therapy (90847), 50 minutes, ", "2x/week", " once a week."),
        ("Psychotherapy 90834, 45 minutes ", "three times a week", " every week."),
    ],
)
def test_struck_part_of_a_line_is_no_plan_content(how: str, before: str, struck: str, after: str) -> None:
    document = _doc()
    document.add_paragraph("Services requested")
    p = document.add_paragraph(before)
    _struck_run(p, struck, how)
    p.add_run(after)
    plan = read_document(document)
    assert len(plan.services) == 1
    assert plan.services[0].frequency is not None and plan.services[0].frequency.count == 1


@pytest.mark.parametrize("value", ["0", "false", "off"])
def test_strike_set_off_keeps_its_text(value: str) -> None:
    document = _doc()
    document.add_paragraph("Services requested")
    p = document.add_paragraph("Individual psychotherapy (90837), 50 minutes, ")
    _struck_run(p, "twice weekly", f"off:{value}")
    p.add_run(".")
    plan = read_document(document)
    assert plan.services and plan.services[0].frequency is not None
    assert plan.services[0].frequency.count == 2


@pytest.mark.parametrize(
    "old_goal",
    [
        "Goal 1: Marisol will leave the house daily without a panic attack.",
        "Goal 1: Reduce panic attacks from 5 to 1 per week.",
        "Goal 1 (discontinued): Marisol will return to full-time work.",
    ],
)
def test_a_whole_struck_paragraph_is_dropped(old_goal: str) -> None:
    document = _doc()
    document.add_paragraph("Goals and objectives")
    _struck_run(document.add_paragraph(), old_goal)
    document.add_paragraph("Goal 2: Marisol will drive to work alone 4 of 5 days by 06/30/2026.")
    plan = read_document(document)
    statements = [g.statement or "" for g in goals_of(plan)]
    assert len(statements) == 1 and "drive to work" in statements[0]


@pytest.mark.parametrize("note", [" (changed 01/26/2026)", " (resolved)", " [revised 01/2026]", ""])
def test_struck_diagnosis_and_its_note_are_dropped(note: str) -> None:
    document = _doc()
    document.add_paragraph("Diagnoses")
    p = document.add_paragraph()
    _struck_run(p, "F41.1 Generalized anxiety disorder")
    if note:
        p.add_run(note)
    document.add_paragraph("F41.0 Panic disorder (primary)")
    plan = read_document(document)
    assert [d.code for d in plan.diagnoses] == ["F41.0"]


def test_a_note_that_says_more_than_a_bracket_stays() -> None:
    document = _doc()
    document.add_paragraph("Diagnoses")
    p = document.add_paragraph()
    _struck_run(p, "F41.1")
    p.add_run(" F41.0 Panic disorder (changed 01/26/2026)")
    plan = read_document(document)
    assert [d.code for d in plan.diagnoses] == ["F41.0"]


def test_struck_cell_text_in_a_table_is_dropped() -> None:
    document = _doc()
    document.add_paragraph("Goals and objectives")
    table = add_table(
        document,
        [
            ["Goal", "Objective", "Target date"],
            ["Reduce panic", "", "06/30/2026"],
            ["Return to work", "Work 3 shifts a week for 4 weeks", "05/29/2026"],
        ],
    )
    cell = table.rows[1].cells[1]
    _struck_run(cell.paragraphs[0], "Leave the house daily for 2 weeks")
    cell.add_paragraph("Ride the bus alone 3 times a week for 4 weeks")
    plan = read_document(document)
    objectives = [o.statement or "" for g in goals_of(plan) for o in g.objectives]
    assert not any("Leave the house" in o for o in objectives)
    assert any("Ride the bus" in o for o in objectives)


def test_strike_from_a_character_or_paragraph_style() -> None:
    document = _doc()
    char_style = document.styles.add_style("Superseded", WD_STYLE_TYPE.CHARACTER)
    char_style.font.strike = True
    para_style = document.styles.add_style("Old wording", WD_STYLE_TYPE.PARAGRAPH)
    para_style.font.strike = True
    document.add_paragraph("Goals and objectives")
    document.add_paragraph("Goal 1: Marisol will sleep 7 hours on 5 of 7 nights.", style="Old wording")
    p = document.add_paragraph("Goal 2: ")
    p.add_run("Marisol will attend church weekly.", style="Superseded")
    p.add_run("Marisol will attend a weekly support group for 8 weeks.")
    plan = read_document(document)
    statements = [g.statement or "" for g in goals_of(plan)]
    assert len(statements) == 1
    assert "support group" in statements[0] and "church" not in statements[0]


def test_a_struck_run_overridden_in_the_run_keeps_its_text() -> None:
    document = _doc()
    para_style = document.styles.add_style("Old wording", WD_STYLE_TYPE.PARAGRAPH)
    para_style.font.strike = True
    document.add_paragraph("Goals and objectives")
    p = document.add_paragraph(style="Old wording")
    _struck_run(p, "Goal 1: Marisol will attend a weekly support group for 8 weeks.", "off:0")
    plan = read_document(document)
    assert any("support group" in (g.statement or "") for g in goals_of(plan))


# --- a dated change to the services -----------------------------------------------------------------------------


@pytest.mark.parametrize("section", ["Modalities and frequency", "Services requested"])
@pytest.mark.parametrize(
    "line",
    [
        "Individual psychotherapy (90837), 53-60 minutes, every week; CBT and exposure. Frequency reduced to weekly"
        " on 10/27/2025.",
        "Individual psychotherapy (90837), 53-60 minutes, weekly; grief work. Sessions were decreased from twice"
        " weekly to weekly as of 10/27/2025.",
        "Individual psychotherapy (90837), 53-60 minutes, once a week; behavioral activation. Changed to weekly on"
        " 10/27/2025.",
    ],
)
def test_a_dated_change_beside_the_frequency_is_history(section: str, line: str) -> None:
    plan = read_blocks([*_HEAD, section, line])
    assert len(plan.services) == 1
    assert plan.services[0].code == "90837" and plan.services[0].frequency is not None
    assert plan.services[0].frequency.count == 1 and plan.services[0].amount is not None


def test_a_dated_change_alone_still_gives_the_frequency() -> None:
    plan = read_blocks([*_HEAD, "Services requested", "Family therapy (90847), 50 minutes. Changed to every other"
                        " week on 11/03/2025."])
    assert any(s.frequency is not None for s in plan.services)


# --- closed objectives in an objectives table -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "closed"),
    [
        (["#", "Short-term goal", "Target date", "Status"], "Achieved"),
        (["No.", "Objective", "Target date", "Status"], "Met 11/2025"),
        (["#", "Short-term objectives", "Due date", "Progress"], "Discontinued"),
    ],
)
def test_closed_objective_rows_are_no_current_objectives(header: list[str], closed: str) -> None:
    plan = read_blocks(
        [
            *_HEAD,
            "Long-term goal: Marisol will stay off all illicit drugs and keep stable housing.",
            "Short-term goals",
            [
                header,
                ["1", "Negative urine tests at each monthly test for 3 months", "11/17/2025", closed],
                ["2", "Attend 10 of 12 group sessions this quarter", "04/27/2026", "Active"],
                ["3", "Keep a job for 90 days", "04/06/2026", "Partially met"],
            ],
        ]
    )
    objectives = [o for g in goals_of(plan) for o in g.objectives]
    dates = {o.target_date for o in objectives}
    assert dt.date(2025, 11, 17) not in dates
    assert {dt.date(2026, 4, 27), dt.date(2026, 4, 6)} <= dates
    assert any("urine tests" in f.text for f in plan.free_text)


def test_objectives_table_without_status_keeps_every_row() -> None:
    plan = read_blocks(
        [
            *_HEAD,
            "Long-term goal: Marisol will stay off all illicit drugs and keep stable housing.",
            "Short-term goals",
            [
                ["#", "Short-term goal", "Target date", "Comments"],
                ["1", "Negative urine tests at each monthly test for 3 months", "05/17/2026", "Achieved once"],
                ["2", "Attend 10 of 12 group sessions this quarter", "04/27/2026", ""],
            ],
        ]
    )
    objectives = [o for g in goals_of(plan) for o in g.objectives]
    assert len(objectives) == 2


# --- target dates in brackets after each objective --------------------------------------------------------------


@pytest.mark.parametrize(
    ("objective_head", "cell", "expected"),
    [
        (
            "Objectives (target date)",
            "1.1 Name 5 triggers and a coping response for each (02/20/2026)\n"
            "1.2 Sleep 6 or more hours on 5 of 7 nights (03/06/2025)",
            [dt.date(2026, 2, 20), dt.date(2025, 3, 6)],
        ),
        (
            "Short-term objectives (due date)",
            "a. Attend 5 meetings a week [03/02/2026]\nb. PHQ-9 from 15 to below 10 (due 04/01/2026).",
            [dt.date(2026, 3, 2), dt.date(2026, 4, 1)],
        ),
        ("Objective (target)", "Complete 2 housing applications (2/27/26)", [dt.date(2026, 2, 27)]),
    ],
)
def test_bracketed_target_dates_under_a_header_that_says_so(
    objective_head: str, cell: str, expected: list[dt.date]
) -> None:
    plan = read_blocks(
        [
            *_HEAD,
            "Treatment problems",
            [
                ["Problem", "Goal", objective_head, "Methods"],
                ["1. Alcohol use", "Remain abstinent", cell, "Group counseling daily"],
            ],
        ]
    )
    objectives = [o for g in goals_of(plan) for o in g.objectives]
    assert [o.target_date for o in objectives] == expected


def test_bracketed_dates_without_the_header_saying_so_are_no_target_dates() -> None:
    plan = read_blocks(
        [
            *_HEAD,
            "Treatment problems",
            [
                ["Problem", "Goal", "Objectives", "Methods"],
                ["1. Alcohol use", "Remain abstinent", "1.1 Name 5 triggers (added 02/20/2026)\n"
                 "1.2 Attend 5 meetings a week (02/20/2026)", "Group counseling daily"],
            ],
        ]
    )
    objectives = [o for g in goals_of(plan) for o in g.objectives]
    assert len(objectives) == 2 and all(o.target_date is None for o in objectives)
