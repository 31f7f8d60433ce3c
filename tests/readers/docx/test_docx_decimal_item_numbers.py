"""DOCX: a form's decimal item numbers between label/value pairs on one line.

"1.4 Start of care: 01/05/2026   1.5 Certification period: 01/05/2026 to 03/05/2026": after a wide gap, a decimal item
number ("1.5", "2.10", "1.2.3") before a caption opens the next label, and is no part of the value before it. Near
misses: a decimal number inside a value ("reduce to 2   1.5 hours: weekly" is no form), a numbered goal label.

Each test builds a small plan with python-docx, or splits one line; names and wording are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest
from docx_helpers import read_blocks

from authcheck.readers.docx.label_split import split_labels


@pytest.mark.parametrize(
    "line, pairs",
    [
        ("1.4 Start of care: 01/05/2026   1.5 Certification period: 01/05/2026 to 03/05/2026",
         [("Start of care", "01/05/2026"), ("Certification period", "01/05/2026 to 03/05/2026")]),
        ("Name: Thomasina Radcliffe   1.2 DOB: 04/11/1939   1.3 MBI: 3NX8-GE5-PU26",
         [("Name", "Thomasina Radcliffe"), ("DOB", "04/11/1939"), ("MBI", "3NX8-GE5-PU26")]),
        ("Plan date: 2026-03-16\t2.10 Requested period: 2026-03-23 to 2026-09-22",
         [("Plan date", "2026-03-16"), ("Requested period", "2026-03-23 to 2026-09-22")]),
    ],
)
def test_a_decimal_item_number_opens_the_next_label(line: str, pairs: list[tuple[str, str]]) -> None:
    assert [(s.label, s.value) for s in split_labels(line)] == pairs


@pytest.mark.parametrize(
    "line",
    [
        "Objective: reduce to 2   1.5 hours: weekly",  # (a value's own number, "hours" no caption after it)
        "Goal 1.2 Reduce anxiety: by 50%",
    ],
)
def test_other_decimal_numbers_open_no_label(line: str) -> None:
    assert len(split_labels(line)) == 1


def test_a_decimal_numbered_form_gives_its_certification_period() -> None:
    plan = read_blocks([
        "HOME HEALTH PLAN OF CARE",
        "SECTION 1 – PATIENT",
        "1.1 Name: Thomasina Radcliffe   1.2 DOB: 04/11/1939   1.3 MBI: 3NX8-GE5-PU26",
        "1.4 Start of care: 01/05/2026   1.5 Certification period: 01/05/2026 to 03/05/2026",
    ])
    assert plan.patient.name == "Thomasina Radcliffe"
    assert plan.patient.birth_date == dt.date(1939, 4, 11)
    assert plan.period is not None
    assert (plan.period.start, plan.period.end) == (dt.date(2026, 1, 5), dt.date(2026, 3, 5))
