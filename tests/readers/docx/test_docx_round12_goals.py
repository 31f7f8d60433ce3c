"""Goals and objectives, round 12: a goal labelled on a row merged across a table of objectives; an outline number
("1.1") in a table's number column under such a goal; a paragraph announcing the goals as a set ("We agreed on these
goals. Each goal has ...:"); a group heading whose note holds parentheses of its own; a numbered form item whose
title is set off from its treatments by a wide gap ("12. Plan  Therapeutic exercise (97110), ..."); a mastery
criterion written into a goal's sentence; a closing note on data to be collected, which makes no goal; and the
measurability of one product ("a continuing-care plan"), of zero hospital stays and of a span of stated length.

Each test builds a small plan with python-docx; names and wording are invented and differ from the blind sets.
What is not written stays empty."""

from __future__ import annotations

import datetime as dt

import docx
import pytest

from authcheck.model import TreatmentPlan
from authcheck.rules.measurability import assess
from docx_helpers import goals_of, read_blocks, read_document


def _banner_table(header: list[str], rows: list[str | list[str]], before: tuple[str, ...] = ("Treatment Plan",)) -> TreatmentPlan:
    """A plan with one table: a string row is one text merged across the whole table."""
    document = docx.Document()
    for text in before:
        document.add_paragraph(text)
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    for c, text in enumerate(header):
        table.cell(0, c).text = text
    for r, row in enumerate(rows, start=1):
        if isinstance(row, str):
            table.cell(r, 0).merge(table.cell(r, len(header) - 1)).text = row
        else:
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    return read_document(document)


# --- a goal on a row merged across a table of objectives -------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "rows", "goal_labels", "objective_counts"),
    [
        (
            ["Objective", "Service", "Frequency", "Target date"],
            [
                "GOAL: Marisol will keep her housing and pay rent on time.",
                ["Marisol will pay rent by the 5th of each month for 3 months in a row.", "Case management", "Weekly", "06/30/2026"],
                ["Marisol will attend 2 budgeting sessions a month.", "Skills group", "2x/month", "05/31/2026"],
                "GOAL: Marisol will reduce panic symptoms.",
                ["Marisol will lower her PDSS score from 16 to 8 or below.", "CBT", "Weekly", "07/15/2026"],
            ],
            ["GOAL", "GOAL"],
            [2, 1],
        ),
        (
            ["Measurable objective", "Intervention", "Due"],
            [
                "Goal 1 - Dov will return to part-time work.",
                ["Dov will apply to 3 jobs each week, per his job log.", "Supported employment", "04/30/2026"],
                "Goal 2 - Dov will sleep through the night.",
                ["Dov will sleep 6 or more hours on 5 of 7 nights, per sleep diary.", "CBT-I", "05/15/2026"],
                ["Dov will stop daytime naps on 6 of 7 days.", "Sleep hygiene coaching", "05/15/2026"],
            ],
            ["Goal 1", "Goal 2"],
            [1, 2],
        ),
        (
            ["Objectives", "Who", "Target"],
            [
                "Long-term goal: Renata will manage her diabetes at home.",
                ["Renata will check her glucose twice daily on 6 of 7 days.", "RN", "03/31/2026"],
                ["Renata will name 3 signs of low blood sugar.", "RN", "03/15/2026"],
            ],
            ["Long-term goal"],
            [2],
        ),
    ],
)
def test_goal_merged_across_a_table_of_objectives_holds_the_rows_under_it(
    header: list[str], rows: list[str | list[str]], goal_labels: list[str], objective_counts: list[int]
) -> None:
    goals = goals_of(_banner_table(header, rows))
    assert [g.label for g in goals] == goal_labels
    assert [len(g.objectives) for g in goals] == objective_counts
    assert all(not g.statement.lower().startswith(("goal", "long-term")) for g in goals)
    assert all(o.target_date is not None for g in goals for o in g.objectives)


def test_objectives_table_with_no_goal_written_keeps_its_rows_as_goals() -> None:
    """Near miss: no merged goal row, so nothing is invented above the rows."""
    goals = goals_of(
        _banner_table(
            ["Objective", "Service", "Target date"],
            [
                ["Client will attend 4 of 5 program days each week.", "Day treatment", "04/30/2026"],
                ["Client will give negative screens on all weekly tests.", "UDS", "04/30/2026"],
            ],
        )
    )
    assert len(goals) == 2
    assert all(not g.objectives for g in goals)


def test_merged_row_that_names_no_goal_is_not_a_goal() -> None:
    """Near miss: a merged row of treatments ("Interventions: ...") is no goal; the rows stay as they were."""
    plan = _banner_table(
        ["Objective", "Target date"],
        [
            ["Client will walk 20 minutes on 5 days a week.", "05/01/2026"],
            "Interventions: motivational interviewing; walking group",
        ],
    )
    goals = goals_of(plan)
    assert [g.statement for g in goals] == ["Client will walk 20 minutes on 5 days a week."]
    assert not any("Interventions" in (g.statement or "") for g in goals)


# --- an outline number in a number column under a merged goal --------------------------------------------------


@pytest.mark.parametrize("number_header", ["No.", "#", "Item"])
def test_outline_number_in_a_number_column_makes_an_objective_of_the_goal_above(number_header: str) -> None:
    goals = goals_of(
        _banner_table(
            [number_header, "Goal / Objective", "Target date", "Service"],
            [
                "GOAL 1: Imani will keep her mood steady enough to stay in school.",
                ["1.1", "Imani will rate her mood daily in her app on at least 6 of 7 days.", "05-01-2026", "Therapy"],
                ["1.2", "Imani will attend 90% of her classes each month.", "06-01-2026", "Therapy"],
                "GOAL 2: Imani will rebuild contact with friends.",
                ["2.1", "Imani will meet a friend outside school at least once a week.", "05-15-2026", "Therapy"],
            ],
        )
    )
    assert [g.label for g in goals] == ["GOAL 1", "GOAL 2"]
    assert [[o.label for o in g.objectives] for g in goals] == [["1.1", "1.2"], ["2.1"]]
    assert goals[0].objectives[1].target_date == dt.date(2026, 6, 1)


def test_outline_number_of_another_goal_is_not_made_its_objective() -> None:
    """Near miss: "2.1" under "GOAL 1" names no objective of goal 1."""
    goals = goals_of(
        _banner_table(
            ["No.", "Goal / Objective", "Target date"],
            [
                "GOAL 1: Imani will keep her mood steady.",
                ["2.1", "Imani will meet a friend once a week.", "05-15-2026"],
            ],
        )
    )
    assert not any(o.label == "2.1" for o in goals[0].objectives)


# --- a paragraph announcing the goals as a set -----------------------------------------------------------------

_CLIENT = ("Treatment Plan", "Client: Ruth Alder   DOB: 02/03/1980", "Diagnosis: F41.1 Generalized anxiety disorder")


@pytest.mark.parametrize("heading", ["Treatment goals", "What we will work on"])
@pytest.mark.parametrize(
    "lead_in",
    [
        "Ruth and I set these goals together at intake. Each goal lists how we will check progress:",
        "The goals below were chosen with his parents and will be reviewed in 90 days:",
        "We will work on the following goals over the next 12 weeks:",
    ],
)
def test_paragraph_announcing_the_goals_is_no_goal(heading: str, lead_in: str) -> None:
    plan = read_blocks(
        [
            *_CLIENT,
            heading,
            lead_in,
            "1. Sleep: Ruth will sleep through the night more often.",
            "\u2013 ISI from 19 to 10 or below by 6/1/26.",
            "2. Worry: Ruth will spend less time worrying.",
            "\u2013 GAD-7 from 15 to under 8 by 6/1/26.",
            "Treatment",
            "CBT weekly, 45 minutes.",
        ]
    )
    goals = goals_of(plan)
    assert [g.statement[:5] for g in goals] == ["Sleep", "Worry"]
    assert [len(g.objectives) for g in goals] == [1, 1]


def test_sentence_about_the_goals_without_a_closing_colon_is_read_as_before() -> None:
    """Near miss: a sentence naming "these goals" that announces no list (no closing colon) stays a goal."""
    plan = read_blocks(
        [
            *_CLIENT,
            "Treatment goals",
            "1. Ruth will sleep through the night on 5 of 7 nights by 6/1/26.",
            "2. Ruth will review these goals with her sister every Sunday.",
        ]
    )
    goals = goals_of(plan)
    assert len(goals) == 2
    assert goals[1].statement.startswith("Ruth will review these goals")


# --- a group heading whose note holds parentheses -------------------------------------------------------------


@pytest.mark.parametrize(
    "heading",
    [
        "Long-term goals (by 6/30/2026 (12 weeks)):",
        "Goals (next 90 days (through 7/1/2026)):",
        "Short-term goals (4 weeks (by 4/15/2026)):",
    ],
)
def test_group_heading_with_nested_parentheses_is_no_goal(heading: str) -> None:
    goals = goals_of(
        read_blocks(
            [
                "GOALS",
                heading,
                "LTG 1. Walk 500 ft with a cane, pain at or below 3/10.",
                "LTG 2. Climb 12 stairs with one rail.",
            ]
        )
    )
    assert [g.label for g in goals] == ["LTG 1", "LTG 2"]
    assert all(g.statement and g.statement[0].isalpha() for g in goals)


# --- a numbered form item: title, wide gap, treatments ----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "first"),
    [
        ("12. Plan  Gait training (97116), balance re-education (97112), home program.", "Gait training (97116)"),
        ("9) Plan\tTherapeutic activities (97530); manual therapy (97140)", "Therapeutic activities (97530)"),
        ("14. PLAN     Aquatic therapy (97113) and therapeutic exercise (97110)", "Aquatic therapy (97113)"),
    ],
)
def test_form_item_title_set_off_by_a_wide_gap_names_the_treatments(line: str, first: str) -> None:
    plan = read_blocks(["Plan of Treatment for Outpatient Rehabilitation", "Patient: Lena Ostrowska", line])
    assert plan.interventions, "the treatments were not read"
    assert plan.interventions[0].description.startswith(first)


@pytest.mark.parametrize(
    "line",
    [
        "4. Referring physician  Tomas Hale, MD",
        "Goals  Improve balance with therapy to walk 500 ft.",
    ],
)
def test_wide_gap_after_another_title_names_no_treatment(line: str) -> None:
    """Near miss: a wide gap after a title that is not the plan's treatment section reads no intervention."""
    plan = read_blocks(["Plan of Treatment for Outpatient Rehabilitation", "Patient: Lena Ostrowska", line])
    assert not plan.interventions


# --- a mastery criterion written into a goal's sentence ---------------------------------------------------------

_ABA = ["Behavior Treatment Plan", "Client: Leo Park   DOB: 02/03/2018"]
_ABA_GOALS = [
    ["Domain", "Goal", "Mastery criteria"],
    ["Social", "Leo will greet a peer at arrival.", "4 of 5 days for 2 consecutive weeks"],
]


@pytest.mark.parametrize("heading", [[["PARENT / CAREGIVER TRAINING"]], "Caregiver training goals"])
@pytest.mark.parametrize(
    ("sentence", "criterion"),
    [
        (
            "Mrs. Okafor will use the token board at dinner with at least 85% fidelity across 3 consecutive observed sessions.",
            "at least 85% fidelity across 3 consecutive observed sessions",
        ),
        ("Dad will run the bedtime routine with 90% fidelity on the checklist, by 07/01/2026.", "90% fidelity on the checklist"),
        ("Grandmother will prompt requests at 80% accuracy over 4 visits.", "80% accuracy over 4 visits"),
    ],
)
def test_mastery_criterion_in_a_caregiver_goal_sentence(heading: object, sentence: str, criterion: str) -> None:
    goals = goals_of(read_blocks([*_ABA, _ABA_GOALS, heading, sentence]))
    assert len(goals) == 2
    assert goals[1].mastery_criteria == criterion
    assert goals[1].field_sources["mastery_criteria"].text


def test_mastery_column_wins_over_the_sentence_and_vague_sentences_state_none() -> None:
    """Near misses: a criteria column is kept as written; "improve accuracy" states no criterion."""
    goals = goals_of(
        read_blocks(
            [
                *_ABA,
                [
                    ["Domain", "Goal", "Mastery criteria", "Target date"],
                    ["Emotions", "Eli will label 10 emotions with 80% accuracy.", "9 of 10 on 3 consecutive probes", "06/30/2026"],
                    ["Emotions", "Eli will improve accuracy when naming feelings.", "", "06/30/2026"],
                ],
            ]
        )
    )
    assert goals[0].mastery_criteria == "9 of 10 on 3 consecutive probes"
    assert goals[1].mastery_criteria is None


# --- a closing note on data to be collected --------------------------------------------------------------------


@pytest.mark.parametrize("heading", [[["BEHAVIOR REDUCTION"]], "Behavior reduction plan"])
@pytest.mark.parametrize(
    "paragraph",
    [
        "Hitting: visual schedule, break card, planned ignoring. Baseline data will be collected during the first 2 weeks.",
        "Screaming: noise-reducing headphones, first-then board; probe data will be taken weekly by the RBT.",
    ],
)
def test_strategies_with_a_data_collection_note_make_no_goal(heading: object, paragraph: str) -> None:
    goals = goals_of(read_blocks([*_ABA, _ABA_GOALS, heading, paragraph]))
    assert [g.statement for g in goals] == ["Leo will greet a peer at arrival."]


def test_goal_sentence_with_a_data_note_stays_a_goal() -> None:
    """Near miss: the client's own "will" still makes a goal."""
    paragraph = "Leo will ask for a break instead of hitting; data will be collected daily."
    goals = goals_of(read_blocks([*_ABA, _ABA_GOALS, [["BEHAVIOR REDUCTION"]], paragraph]))
    assert [g.statement for g in goals][-1] == paragraph


# --- measurability ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "Nadia will complete a continuing-care plan with her outpatient appointment before discharge.",
        "Client will write a discharge plan naming 2 supports and share it in group.",
        "Yusuf will have zero psychiatric hospital stays during this plan period.",
        "Client will have no inpatient stays or crisis visits through 09/30/2026.",
        "Return to work as a cook, full 8-hour shifts.",
        "Ines will take two 30-minute walks a day.",
    ],
)
def test_measurable_statements(statement: str) -> None:
    assert assess(statement).measurable


@pytest.mark.parametrize(
    "statement",
    [
        "Client will work on discharge planning.",
        "Client will follow the discharge plan.",
        "Client will reduce hospital stays.",
        "Client will improve tolerance for work shifts.",
    ],
)
def test_vague_statements_stay_unmeasurable(statement: str) -> None:
    assert not assess(statement).measurable
