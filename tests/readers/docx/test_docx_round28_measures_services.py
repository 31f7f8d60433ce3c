"""Round 28 (measurability, services): converted and long multi-problem plans. Each change has a near miss.

- one personal document or card the client obtains ("Obtain 1 state photo ID card and show it to the case manager",
  "will get a replacement Social Security card") is a discrete product, held or not held: measurable; "work on getting
  ID" or "explore options to get an ID card" (an aim, the act not opening the clause) is not;
- "write and read aloud an amends letter" is one product written and delivered, as "write and read an amends letter"
  already was; reading aloud with no product ("read aloud in group") is not;
- a form's ticked choice of the plan's own kind ("Plan type: ☒ Initial ☐ Update ☐ Discharge") under a title that
  names a service plan is no service; a ticked choice of a service ("Service: ☒ Individual therapy ☐ Group therapy")
  still is.

Each test builds its statement or a small plan in code; names and wording are invented.
"""

from __future__ import annotations

import pytest
from docx_helpers import read_blocks

from authcheck.readers.docx.fields.services import plan_kind_choice
from authcheck.rules.measurability import assess

# --- measurability: one document obtained ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "Obtain 1 state photo ID card and show it to the case manager.",
        "Client will obtain a state identification card before discharge.",
        "Will get a replacement Social Security card.",
        "Renew her driver's license and bring it to session.",
        "Secure one bus pass for the month.",
    ],
)
def test_one_document_obtained_is_measurable(statement: str) -> None:
    verdict = assess(statement)
    assert verdict.measurable, verdict.reason
    assert verdict.target


@pytest.mark.parametrize(
    "statement",
    [
        "Work on getting ID.",
        "Explore options to get an ID card.",
        "Client will work on obtaining identification.",
        "Learn about getting a driver's license.",
        "Client will obtain resources in the community.",
    ],
)
def test_near_miss_an_aim_about_documents_is_not_measurable(statement: str) -> None:
    assert not assess(statement).measurable


# --- measurability: a letter written and read aloud ------------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "Write and read aloud an amends letter to a family member in a family session.",
        "Write and read an amends letter to her mother in a family session.",
        "Write and share out loud a letter to his younger self in group.",
    ],
)
def test_a_letter_written_and_read_aloud_is_measurable(statement: str) -> None:
    verdict = assess(statement)
    assert verdict.measurable, verdict.reason


@pytest.mark.parametrize(
    "statement",
    [
        "Client will read aloud in group.",
        "Write about feelings and read aloud in group.",
        "Discuss and read aloud her feelings about her mother.",
    ],
)
def test_near_miss_reading_aloud_without_a_product_is_not_measurable(statement: str) -> None:
    assert not assess(statement).measurable


# --- services: a form's choice of the plan's kind --------------------------------------------------------------

_TOP = ["TREATMENT / SERVICE PLAN", "Client: Ansel Brightwater   DOB: 4/2/1956", "Plan date: 3/2/26"]
_TAIL = ["Dx: F41.1 Generalized anxiety disorder", "SERVICES", "Individual psychotherapy 90837 53 minutes weekly"]


def test_plan_kind_choice_under_a_service_plan_title_is_no_service() -> None:
    plan = read_blocks([_TOP[0], "Plan type:  ☒ Initial   ☐ Update   ☐ Discharge", *_TOP[1:], *_TAIL])
    assert [(s.description, s.code) for s in plan.services] == [("Individual psychotherapy", "90837")]


def test_near_miss_a_ticked_service_under_the_same_title_is_still_a_service() -> None:
    plan = read_blocks([*_TOP, "Service: ☒ Individual therapy ☐ Group therapy", *_TAIL])
    assert [s.description for s in plan.services] == ["Individual therapy", "Individual psychotherapy"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Plan type:  ☒ Initial   ☐ Update   ☐ Discharge", True),
        ("Type of plan: [X] Master  [ ] Update", True),
        ("Plan: [X] Initial [ ] 90-day review", True),
        ("Review: ☒ 90-day review ☐ Discharge", True),
        ("Modality: ☒ Individual ☐ Group", False),
        ("Frequency: ☒ Weekly ☐ Biweekly", False),
        ("Services: ☒ Initial assessment ☐ Group", False),
        ("Plan type: Initial", False),  # no check boxes: read as written elsewhere
    ],
)
def test_plan_kind_choice(text: str, expected: bool) -> None:
    assert plan_kind_choice(text) is expected


# --- services: a row that repeats the merged cells of the row above ----------------------------------------------


def _services_table(second_frequency: str, merged: bool) -> object:
    """A services table converted from a PDF: the group service is split over two rows; with `merged`, its name and
    frequency cells are merged down into the second row (whose code and length stay empty)."""
    import docx
    from docx_helpers import read_document

    document = docx.Document()
    for text in ("TREATMENT PLAN", "Client: Ansel Brightwater   DOB: 4/2/1956", "Plan date: 3/2/26",
                 "Dx: F43.12 Post-traumatic stress disorder, chronic", "SERVICES"):
        document.add_paragraph(text)
    rows = [["SERVICE", "CPT", "LENGTH", "FREQUENCY"],
            ["Individual psychotherapy", "90837", "60 minutes", "weekly"],
            ["Group psychotherapy (trauma skills group)", "90853", "90 minutes", "weekly, 12 sessions"],
            ["Group psychotherapy (trauma skills group)", "", "", second_frequency]]
    table = document.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows[:3]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    if merged:
        for c in (0, 3):
            table.cell(2, c).merge(table.cell(3, c))
            table.cell(2, c).text = rows[2][c]
    else:
        for c, text in enumerate(rows[3]):
            table.cell(3, c).text = text
    return read_document(document)


def test_a_row_repeating_the_merged_cells_above_is_no_second_service() -> None:
    plan = _services_table("weekly, 12 sessions", merged=True)
    assert [(s.description, s.code, s.amount.text if s.amount else None) for s in plan.services] == [
        ("Individual psychotherapy", "90837", "60 minutes"),
        ("Group psychotherapy (trauma skills group)", "90853", "90 minutes"),
    ]


def test_near_miss_the_same_name_with_a_frequency_of_its_own_is_a_second_service() -> None:
    plan = _services_table("every other week", merged=False)
    assert [(s.description, s.frequency.text if s.frequency else None) for s in plan.services] == [
        ("Individual psychotherapy", "weekly"),
        ("Group psychotherapy (trauma skills group)", "weekly, 12 sessions"),
        ("Group psychotherapy (trauma skills group)", "every other week"),
    ]
    assert plan.services[2].amount is None  # (its length left empty: reported as missing)
