"""Goals in more layouts (ninth round): a goal's facts written as pieces with or without colons ("Baseline - 2 mands;
mastery - 80% ...; by 07/31/2026", "Baseline 10%; mastery 80% ...", "Línea base 2 de 10; criterio 8 de 10"), the
same facts closing the goal's own sentence after a bold run-in title ("Goal 1 – Communication. Leo will ... Baseline
2 mands per session. Mastered at 80% .... Target Aug 3, 2026."), a bold heading without a colon after a bold
"GOALS:" heading (the next section, not a problem name), and statements the measurability rule misjudged (zero
readmissions, one support found). Each document is built here with python-docx, in wordings of its own."""

from __future__ import annotations

import datetime as dt

import docx
import pytest

from authcheck.readers.docx.fact_pieces import fact_line, fact_tail, goal_title
from authcheck.rules.measurability import assess
from docx_helpers import goals_of as _goals
from docx_helpers import read_document as _read


def _doc_with_goals(lines: list[str | tuple[str, str]], heading: str = "Goals") -> docx.Document:
    doc = docx.Document()
    doc.add_paragraph("Behavior Treatment Plan")
    doc.add_paragraph().add_run(heading).bold = True
    for line in lines:
        if isinstance(line, tuple):
            para = doc.add_paragraph()
            para.add_run(line[0]).bold = True
            para.add_run(line[1])
        else:
            doc.add_paragraph(line)
    return doc


# ------------------------------------------------------------------------------------------------------------------
# a line of facts under the goal, with dashes, colons or only spaces


@pytest.mark.parametrize(
    "facts",
    [
        "Baseline - 2 independent mands per session; mastery - 80% of opportunities across 3 sessions; by 07/31/2026.",
        "Baseline 2 independent mands per session; mastery 80% of opportunities across 3 sessions; by 07/31/2026",
        "Baseline: 2 independent mands per session; mastery: 80% of opportunities across 3 sessions; by 07/31/2026",
        "Baseline 2 independent mands per session. Mastery criterion 80% of opportunities across 3 sessions. "
        "Target date 07/31/2026.",
        "Baseline = 2 independent mands per session | Mastered at 80% of opportunities across 3 sessions | "
        "Due 07/31/2026",
        "Baseline 2 independent mands per session, mastery 80% of opportunities across 3 sessions, by 07/31/2026",
    ],
)
def test_fact_line_under_a_goal_gives_each_fact(facts: str) -> None:
    plan = _read(_doc_with_goals(["Goal 1: Tom will mand for preferred items using 2-word phrases.", facts]))
    goals = _goals(plan)
    assert len(goals) == 1
    goal = goals[0]
    assert goal.statement == "Tom will mand for preferred items using 2-word phrases."
    assert goal.baseline == "2 independent mands per session"
    assert goal.mastery_criteria == "80% of opportunities across 3 sessions"
    assert goal.target_date == dt.date(2026, 7, 31)


def test_spanish_fact_line() -> None:
    plan = _read(_doc_with_goals(
        ["Meta 1: Ana pedirá ayuda con 2 palabras.", "Línea base 2 de 10 ensayos; criterio 8 de 10 ensayos; "
         "fecha meta 07/31/2026"], heading="Metas"))
    goal = _goals(plan)[0]
    assert (goal.baseline, goal.mastery_criteria) == ("2 de 10 ensayos", "8 de 10 ensayos")
    assert goal.target_date == dt.date(2026, 7, 31)
    assert fact_line("Línea base 2 de 10 ensayos; criterio 8 de 10 ensayos; fecha meta 07/31/2026") == (
        "Línea base: 2 de 10 ensayos; Criterio: 8 de 10 ensayos; Target date: 07/31/2026"
    )


@pytest.mark.parametrize(
    "text",
    [
        "By 07/31/2026, Tom will greet peers.",  # a goal's own wording
        "Baseline data will be collected in the first two weeks.",  # a sentence, not a fact
        "Target behavior: elopement.",  # a level, not a date
        "Mastery of skills is expected.",  # no number
        "by week 2",  # a time frame alone is no line of facts
        "Tom will greet peers; baseline 10%",  # opens with the goal's words
    ],
)
def test_lines_that_are_no_fact_line(text: str) -> None:
    assert fact_line(text) is None


def test_single_baseline_piece_without_colon() -> None:
    plan = _read(_doc_with_goals(["Goal 1: Ana will tolerate a haircut for 10 minutes.", "Baseline 2 minutes."]))
    (goal,) = _goals(plan)
    assert goal.baseline == "2 minutes"


# ------------------------------------------------------------------------------------------------------------------
# facts closing the goal's own sentence, after a bold run-in title


def test_run_in_title_and_closing_facts() -> None:
    plan = _read(_doc_with_goals([
        ("Goal 1 – Communication. ", "Leo will mand for 10 preferred items. Baseline 2 mands per session. "
         "Mastered at 80% of opportunities across 3 sessions. Target Aug 3, 2026."),
        ("Goal 2 – Social skills. ", "Leo will greet peers. Baseline 10% of opportunities. "
         "Mastery: 80% over 3 sessions. Target date 08/03/2026."),
    ], heading="Treatment Goals"))
    first, second = _goals(plan)
    assert (first.domain, first.statement) == ("Communication", "Leo will mand for 10 preferred items.")
    assert first.baseline == "2 mands per session"
    assert first.mastery_criteria == "80% of opportunities across 3 sessions"
    assert first.target_date == dt.date(2026, 8, 3)
    assert (second.domain, second.statement) == ("Social skills", "Leo will greet peers.")
    assert second.baseline == "10% of opportunities"
    assert second.mastery_criteria == "80% over 3 sessions"
    assert second.target_date == dt.date(2026, 8, 3)


def test_fact_tail_keeps_a_statement_without_closing_facts() -> None:
    text = "Ana will walk 300 ft. She will climb 12 stairs by 05/01/2026."
    assert fact_tail(text) == (text, [])
    # a closing target date alone stays in the sentence (read there as its date)
    assert fact_tail("Ana will walk 300 ft. Target 05/01/2026.")[1] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Communication. Leo will mand for 10 items.", ("Communication", "Leo will mand for 10 items.")),
        ("Daily living - Toileting: Ana will void in the toilet 4 of 5 times.", None),  # dash title: not guessed
        ("Reduce anxiety. Ana will use 2 coping skills daily.", None),  # a sentence of the goal's own
        ("Communication. Improve.", None),
    ],
)
def test_goal_title(text: str, expected: tuple[str, str] | None) -> None:
    found = goal_title(text)
    if expected is None:
        assert found is None or found[0] != text.split(".")[0]
    else:
        assert found == expected


# ------------------------------------------------------------------------------------------------------------------
# a bold heading without a colon after a bold "GOALS:" heading


@pytest.mark.parametrize("heading", ["VERBAL ORDER", "HOMEBOUND STATUS", "Coordination Notes"])
def test_bold_heading_after_bold_goals_label_ends_the_goals(heading: str) -> None:
    doc = docx.Document()
    doc.add_paragraph("PATIENT: Jo Smith   DOB: 01/01/1940")
    doc.add_paragraph().add_run("GOALS:").bold = True
    doc.add_paragraph("- Pt will walk 100 ft with a walker within 5 weeks.")
    doc.add_paragraph("- No hospital readmission during the 60-day period.")
    doc.add_paragraph()
    doc.add_paragraph().add_run(heading).bold = True
    doc.add_paragraph("Verbal start-of-care order received from Dr. Berg by Ann Lee, RN on 01/19/2026.")
    plan = _read(doc)
    assert [p.statement for p in plan.problems] == [None]
    assert len(_goals(plan)) == 2


def test_bold_problem_names_under_a_goals_label_still_group_goals() -> None:
    doc = docx.Document()
    doc.add_paragraph("Client: Jo Smith")
    doc.add_paragraph().add_run("GOALS:").bold = True
    doc.add_paragraph().add_run("DEPRESSION").bold = True
    doc.add_paragraph("1. Jo will rate her mood 6/10 or better on 5 of 7 days by 04/01/2026.")
    doc.add_paragraph().add_run("ANXIETY").bold = True
    doc.add_paragraph("1. Jo will use 2 coping skills daily by 04/01/2026.")
    plan = _read(doc)
    assert [p.statement for p in plan.problems] == ["DEPRESSION", "ANXIETY"]
    assert [len(p.goals) for p in plan.problems] == [1, 1]


# ------------------------------------------------------------------------------------------------------------------
# measurability


@pytest.mark.parametrize(
    ("statement", "measurable"),
    [
        ("No COPD-related hospital readmission during the 60-day period.", True),
        ("Zero hospital readmissions during the certification period.", True),
        ("Pt will remain free from falls through the episode.", True),
        ("Wendell will identify a sponsor by 03/06/2026.", True),
        ("Client will obtain an AA sponsor.", True),
        ("Client will establish care with a primary care provider within 30 days.", True),
        ("Client will work on finding support.", False),
        ("Client will find support.", False),
        ("Patient will have fewer hospital visits.", False),
    ],
)
def test_measurability_of_zero_events_and_one_support(statement: str, measurable: bool) -> None:
    assert assess(statement).measurable is measurable


@pytest.mark.parametrize("name", ["Mrs. Morrissey", "Dr. Lee", "J. Ruiz", "Sra. Gómez"])
def test_a_name_with_its_title_is_no_goal_area(name: str) -> None:
    assert goal_title(f"{name} will deliver labeled praise at home with 90% fidelity.") is None
