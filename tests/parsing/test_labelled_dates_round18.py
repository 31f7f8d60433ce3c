"""Plan dates written as "label: date" in prose: two names of the same day joined by "and", "first treatment day",
"Plan of care established"."""

from __future__ import annotations

import datetime as dt

from authcheck.parsing.labelled_dates import find_labelled_dates


def test_two_names_of_the_first_day_joined_by_and() -> None:
    found = find_labelled_dates("Initial evaluation and first treatment day: 07/20/2026. Plan of care established 07/20/2026.")
    assert found["first_treatment_date"][0] == dt.date(2026, 7, 20)
    assert found["plan_date"][0] == dt.date(2026, 7, 20)


def test_first_treatment_day_and_slash_names() -> None:
    assert find_labelled_dates("First treatment day: 3/4/2026")["first_treatment_date"][0] == dt.date(2026, 3, 4)
    assert find_labelled_dates("Initial evaluation / first treatment: 11/17/2025")["first_treatment_date"][0] == dt.date(
        2025, 11, 17
    )


def test_a_clause_about_something_else_is_no_label() -> None:
    assert find_labelled_dates("Initial evaluation and discharge planning will follow on 3/3/2026") == {}
