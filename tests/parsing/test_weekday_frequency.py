"""How often, from the days of the week a service meets on (parse_frequency)."""

from __future__ import annotations

import pytest

from authcheck.parsing import parse_frequency


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("meets every Thursday", 1.0),
        ("each Tuesday", 1.0),
        ("on Thursdays", 1.0),
        ("Mondays and Wednesdays", 2.0),
        ("every Monday and Thursday", 2.0),
        ("every Mon, Wed and Fri", 3.0),
        ("Tues/Thurs", 2.0),
        ("Mon/Wed/Fri", 3.0),
        ("every other Tuesday", 0.5),
        ("cada jueves", 1.0),
        ("los lunes y miércoles", 2.0),
    ],
)
def test_days_of_the_week(text: str, count: float) -> None:
    parsed = parse_frequency(text)
    assert parsed is not None and parsed.per == "week" and parsed.count == count


@pytest.mark.parametrize("text", ["on Thursday 3/4", "review on Monday", "Sunday", "Monday, March 2, 2026", "seen Mon 3/2"])
def test_one_day_is_no_frequency(text: str) -> None:
    assert parse_frequency(text) is None


def test_a_stated_rate_wins_over_the_days() -> None:
    parsed = parse_frequency("twice a week (Tuesdays and Thursdays)")
    assert parsed is not None and parsed.count == 2.0 and parsed.per == "week"
