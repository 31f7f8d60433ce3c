"""Round 18, goals.

- a goals table nested in the cell of a one-column domain table, whose statement column is a bare "Target" (an ABA
  grid: "Target | Baseline | Mastery criteria | Target date"); a "Target" column of levels stays no goal;
- a numbered goal paragraph with a short title whose "Baseline:" comes before the goal's own sentence ("2. Sleep.
  Baseline: ... . She will ...; mastery ... . Target ..."): the baseline ends where the sentence begins;
- a mastery criterion held over consecutive sessions inside the sentence after a baseline ("from a baseline of 12
  per hour to 1 or fewer per hour across 5 consecutive sessions", "(baseline 0) ... in 80% of opportunities across
  3 consecutive sessions", "with 0 elopements (baseline 90 seconds) across 5 consecutive sessions");
- a sentence on the prognosis or on discharge once goals are met, closing a goals list, is no goal;
- measurability: a verb naming a set of known size after an article ("name the 5 body sensations"), and a product
  written without its article ("complete written trauma account").

Each test builds a small plan with python-docx; names and wording are invented. Each change has a near miss that
keeps its old reading.
"""

from __future__ import annotations

import datetime as dt

import docx
import pytest

from authcheck.model import TreatmentPlan
from authcheck.readers.docx.fact_pieces import goal_after_fact
from authcheck.readers.docx.goal_phrases import PROGNOSIS_NOTE, statement_mastery
from authcheck.readers.docx.tab_headers import tab_header_roles
from authcheck.rules.measurability import assess
from docx_helpers import goals_of, read_blocks, read_document

_HEAD = [
    "Sunrise Behavior Group — Treatment Plan",
    "Client: Tobiah Quennell-Ardo    DOB: 04/02/2021",
    "Plan date: 03/02/2026",
]


# --- a goals table nested in a domain table, its statement column a bare "Target" -----------------------------------


def _nested(domains: list[tuple[str, list[str], list[list[str]]]]) -> TreatmentPlan:
    document = docx.Document()
    for line in _HEAD:
        document.add_paragraph(line)
    for domain, header, rows in domains:
        outer = document.add_table(rows=2, cols=1)
        outer.cell(0, 0).text = domain
        inner = outer.cell(1, 0).add_table(rows=1 + len(rows), cols=len(header))
        for c, text in enumerate(header):
            inner.cell(0, c).text = text
        for r, row in enumerate(rows, 1):
            for c, text in enumerate(row):
                inner.cell(r, c).text = text
        document.add_paragraph("")
    document.add_paragraph("Services: 97153 adaptive behavior treatment, 15 hours per week")
    return read_document(document)


@pytest.mark.parametrize(
    "header",
    [
        ["Target", "Baseline", "Mastery criteria", "Target date"],
        ["Target", "Baseline", "Mastery criterion"],
        ["#", "Target", "Current level", "Mastery"],
    ],
)
def test_tab_header_bare_target_first_is_the_goal(header: list[str]) -> None:
    roles = tab_header_roles("\t".join(header))
    assert roles is not None and "goal" in roles and "target" not in roles


def test_tab_header_target_without_goal_facts_is_no_goals_header() -> None:
    assert tab_header_roles("Target\tTarget date") is None  # near miss: no baseline or mastery beside it
    assert tab_header_roles("Goal\tTarget\tTarget date") == ["goal", "target", "target_date"]  # a level column


def test_nested_target_grid_reads_goals_with_their_facts() -> None:
    plan = _nested([
        ("Communication", ["Target", "Baseline", "Mastery criteria", "Target date"], [
            ["Tobiah will request 15 different snacks without prompts", "2 snacks (full prompt)",
             "15 snacks, 3 consecutive days", "10/30/2026"],
            ["Tobiah will answer wh- questions about a story", "10% of trials", "80% across 3 sessions", "09/15/2026"],
        ]),
        ("Caregiver training", ["Target", "Baseline", "Mastery criteria", "Target date"], [
            ["Father will run a token board during homework with correct timing", "30% fidelity",
             "90% fidelity on 3 consecutive observations", "08/31/2026"],
        ]),
    ])
    goals = goals_of(plan)
    assert [g.statement for g in goals] == [
        "Tobiah will request 15 different snacks without prompts",
        "Tobiah will answer wh- questions about a story",
        "Father will run a token board during homework with correct timing",
    ]
    assert goals[0].baseline == "2 snacks (full prompt)"
    assert goals[1].mastery_criteria == "80% across 3 sessions"
    assert goals[2].target_date == dt.date(2026, 8, 31)


def test_nested_target_grid_skill_named_without_will() -> None:
    plan = _nested([
        ("Daily living", ["Target", "Baseline", "Mastery criteria", "Target date"], [
            ["Brush teeth following a 6-step task analysis independently", "1 of 6 steps", "6/6 steps on 3 days",
             "12/01/2026"],
        ]),
    ])
    goals = goals_of(plan)
    assert [g.statement for g in goals] == ["Brush teeth following a 6-step task analysis independently"]
    assert goals[0].target_date == dt.date(2026, 12, 1)


def test_nested_target_column_of_levels_reads_no_goals() -> None:
    # near miss: the "Target" column holds levels to reach, not a goal's words
    plan = _nested([
        ("Measures", ["Target", "Baseline", "Mastery criteria"], [
            ["80%", "20%", "3 sessions"],
            ["Independent", "Max assist", "2 days"],
        ]),
    ])
    assert goals_of(plan) == []


# --- a baseline written before the goal's own sentence --------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "head", "rest"),
    [
        ("night waking on 5 of 7 nights. She will sleep through on 6 of 7 nights",
         "night waking on 5 of 7 nights", "She will sleep through on 6 of 7 nights"),
        ("0 of 4 steps; Mom and dad will use the visual schedule at 90% fidelity",
         "0 of 4 steps", "Mom and dad will use the visual schedule at 90% fidelity"),
        ("hits 8 times a day. Corin will hit no more than once a day",
         "hits 8 times a day", "Corin will hit no more than once a day"),
    ],
)
def test_goal_after_fact_splits_at_the_goal_sentence(value: str, head: str, rest: str) -> None:
    assert goal_after_fact(value) == (head, rest)


@pytest.mark.parametrize(
    "value",
    [
        "40% of opportunities. Data will be collected weekly by the RBT",  # a note on measuring, no goal
        "2 of 10 trials. It will be re-probed in week 2 of services",
        "2 of 10 trials",
        "She will sleep through. He will help her with it daily",  # the value is itself a goal's sentence
    ],
)
def test_goal_after_fact_near_misses(value: str) -> None:
    assert goal_after_fact(value) is None


def test_titled_goal_with_baseline_first_reads_its_sentence() -> None:
    plan = read_blocks([
        *_HEAD,
        "Goals",
        "1. Bedtime. Baseline: cries for 40 minutes at lights-out on 6 of 7 nights. Tobiah will fall asleep within "
        "15 minutes with no more than 1 call-out; mastery 15 minutes or less for 7 consecutive nights. Target "
        "08/15/2026.",
        "2. Parent training. Baseline: parents use planned ignoring on 1 of 5 observed tantrums (20% fidelity). "
        "Parents will use planned ignoring with 90% fidelity on the checklist, mastered when 90% or higher for 3 "
        "consecutive visits, by 07/31/2026.",
        "Services",
        "97153 adaptive behavior treatment — 12 hrs/week",
    ])
    goals = goals_of(plan)
    assert goals[0].statement.startswith("Tobiah will fall asleep within 15 minutes")
    assert goals[0].baseline == "cries for 40 minutes at lights-out on 6 of 7 nights"
    assert goals[0].domain == "Bedtime"
    assert goals[0].target_date == dt.date(2026, 8, 15)
    assert goals[0].mastery_criteria
    assert goals[1].statement.startswith("Parents will use planned ignoring with 90% fidelity")
    assert goals[1].baseline == "parents use planned ignoring on 1 of 5 observed tantrums (20% fidelity)"
    assert goals[1].domain == "Parent training"
    assert goals[1].target_date == dt.date(2026, 7, 31)
    assert goals[1].mastery_criteria


def test_baseline_with_a_measuring_note_stays_the_baseline() -> None:
    # near miss: the sentence after the baseline says how data is taken; no goal's sentence to move
    plan = read_blocks([
        *_HEAD,
        "Goals",
        "Goal 1: Tobiah will label 30 common objects by 09/30/2026.",
        "Baseline: 4 objects. Data will be collected weekly.",
    ])
    goal = goals_of(plan)[0]
    assert goal.statement == "Tobiah will label 30 common objects by 09/30/2026."
    assert goal.baseline is not None and goal.baseline.startswith("4 objects")


# --- a level held over consecutive sessions after a baseline ---------------------------------------------------------


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("Decrease spitting from a baseline of 9 per hour to 2 or fewer per hour across 4 consecutive sessions by "
         "08/31/2026.", "2 or fewer per hour across 4 consecutive sessions"),
        ("Ana will point to 12 body parts (baseline 3) independently in 80% of opportunities across 3 consecutive "
         "sessions by 06/30/2026.", "80% of opportunities across 3 consecutive sessions"),
        ("Ana will stay seated with 0 elopements (baseline 45 seconds) across 5 consecutive sessions.",
         "0 elopements across 5 consecutive sessions"),
        ("Reduce tantrums from baseline 6 per day to 1 per day for 10 consecutive days.",
         "1 per day for 10 consecutive days"),
    ],
)
def test_statement_mastery_after_a_baseline(statement: str, expected: str) -> None:
    assert statement_mastery(statement) == expected


def test_statement_mastery_starting_level_alone_is_no_criterion() -> None:
    # near miss: the only run-held level is the current one
    assert statement_mastery("Reduce tantrums, currently 6 per day for 10 consecutive days, by 08/01/2026.") is None
    assert statement_mastery("Ana will point to body parts (baseline 3 across 3 consecutive sessions).") is None


# --- prognosis and discharge sentences under the goals --------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Rehab potential is good. She will be discharged to outpatient PT or self-care once goals are met.",
        "Rehabilitation potential: fair, given good family support.",
        "Prognosis for the stated goals is good.",
        "Potential to achieve these goals is good.",
        "He will be discharged to a home program when all goals are achieved.",
        "Discharge is planned once goals are met.",
    ],
)
def test_prognosis_note_matches(line: str) -> None:
    assert PROGNOSIS_NOTE.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "She will be discharged home independent with a rolling walker by 09/30/2026.",  # a goal of its own
        "Pt will walk 150 feet with a cane by 09/18/2026.",
        "Potential hazards in the home will be removed by 08/30/2026.",
    ],
)
def test_prognosis_note_near_misses(line: str) -> None:
    assert not PROGNOSIS_NOTE.match(line)


def test_prognosis_sentence_closing_goals_is_no_goal() -> None:
    plan = read_blocks([
        *_HEAD,
        "Goals",
        "She will walk 150 feet with a rolling walker, modified independent, by 09/18/2026.",
        "She will transfer on and off the toilet independently by 09/04/2026.",
        "Rehab potential is good. She will be discharged to outpatient PT once goals are met.",
    ])
    assert [g.statement for g in goals_of(plan)] == [
        "She will walk 150 feet with a rolling walker, modified independent, by 09/18/2026.",
        "She will transfer on and off the toilet independently by 09/04/2026.",
    ]


# --- measurability ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "Client will name the 5 body sensations of panic and explain the panic cycle by 04/14/2026.",
        "Mara will list all 4 warning signs of relapse by 05/01/2026.",
        "Identify her 3 main triggers for drinking by 05/30/2026.",
        "Francis will complete written trauma account and read it in session by 09/18/2026.",
        "Write impact statement and share it in group by 06/01/2026.",
        "Complete personal safety plan with the therapist by 04/15/2026.",
    ],
)
def test_measurable_sets_and_products_in_shorthand(statement: str) -> None:
    assert assess(statement).measurable


@pytest.mark.parametrize(
    "statement",
    [
        "Client will identify the triggers for panic by 04/14/2026.",  # no size of the set
        "Client will share feelings about the letter by 06/01/2026.",
        "Work on safety planning by 04/15/2026.",
    ],
)
def test_not_measurable_near_misses(statement: str) -> None:
    assert not assess(statement).measurable
