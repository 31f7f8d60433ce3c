"""Review dates written in prose."""

from __future__ import annotations

import datetime as dt

import pytest

from authcheck.parsing.reviews import find_review_mentions


@pytest.mark.parametrize(
    ("text", "date", "kind", "completed"),
    [
        ("Progress report and treatment plan review due 2026-07-06, with VB-MAPP re-assessment.", "2026-07-06", "review", False),
        ("Recertification by 03/31/2026.", "2026-03-31", "recertification", False),
        ("Treatment plan review completed on 1/15/26 with the client.", "2026-01-15", "review", True),
        ("Next review: Jan 5, 2026", "2026-01-05", "review", False),
    ],
)
def test_review_mentions(text: str, date: str, kind: str, completed: bool) -> None:
    [mention] = find_review_mentions(text)
    assert (mention.date, mention.kind, mention.completed) == (dt.date.fromisoformat(date), kind, completed)


@pytest.mark.parametrize(
    "text",
    [
        "Admitted 01/02/2026 after a fall.",
        "Client reviewed her safety plan. Discharged 02/01/2026.",  # the date is in another sentence
        "Plan date 01/05/2026",
    ],
)
def test_dates_without_a_review_word_are_not_reviews(text: str) -> None:
    assert find_review_mentions(text) == []


@pytest.mark.parametrize(
    ("text", "field", "date"),
    [
        ("Initial evaluation / first treatment: 11/17/2025. Certification period 11/17/2025 - 02/14/2026.", "first_treatment_date", "2025-11-17"),
        ("Client was admitted on 01/02/2026 to the residential program.", "admission_date", "2026-01-02"),
        ("Date of plan: Jan 5, 2026", "plan_date", "2026-01-05"),
    ],
)
def test_labelled_dates_in_prose(text: str, field: str, date: str) -> None:
    from authcheck.parsing.labelled_dates import find_labelled_dates

    assert find_labelled_dates(text)[field][0] == dt.date.fromisoformat(date)


def test_a_label_far_from_any_date_gives_nothing() -> None:
    from authcheck.parsing.labelled_dates import find_labelled_dates

    text = "The initial evaluation showed reduced range of motion in the right knee and pain with stairs, 01/05/2026."
    assert "first_treatment_date" not in find_labelled_dates(text)
