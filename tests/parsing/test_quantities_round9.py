"""Quantities in more wordings (round 9): notice and deadlines that are no session length, and hours a day on a
stated number of days a week."""

from __future__ import annotations

import pytest

from authcheck.parsing import parse_amount, parse_hours_per_week


@pytest.mark.parametrize(
    "text",
    [
        "please call at least 24 hours ahead",
        "give 48 hours notice",
        "24 hours in advance",
        "calls are returned within 24 hours",
        "arrive 15 minutes before the session",
    ],
)
def test_notice_and_deadlines_are_no_session_length(text: str) -> None:
    assert parse_amount(text) is None


@pytest.mark.parametrize(("text", "minutes"), [("45 minutes", 45), ("1 hour", 60), ("session 50 min", 50)])
def test_session_lengths_still_read(text: str, minutes: float) -> None:
    found = parse_amount(text)
    assert found is not None and found.minutes == minutes


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("5 days/week, 4 hours/day", 20),
        ("4 hours per day, 5 days per week", 20),
        ("3 hours/day, 3-5 days a week", 15),
        ("3 hours per day", 21),  # no days stated: every day of the week
        ("20 hours per week", 20),
    ],
)
def test_hours_a_day_on_the_days_stated(text: str, hours: float) -> None:
    assert parse_hours_per_week(text) == hours
