"""Durations written as the whole of a stepped order ("3x wk x 4 wks, then 2x wk x 8 wks (12 weeks total)"): the
stated total is the duration, not the first step's length."""

from __future__ import annotations

import pytest

from authcheck.parsing import parse_duration


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("3x wk x 4 wks, then 2x wk x 8 wks (12 weeks total)", 12, "week"),
        ("2x/week x 4 weeks then 1x/week x 6 weeks, total of 10 weeks", 10, "week"),
        ("weekly for 8 weeks, then every other week for 8 weeks; 16 weeks in all", 16, "week"),
        ("twice weekly for 3 months, then monthly, overall 6 months", 6, "month"),
    ],
)
def test_stated_total_is_the_duration(text: str, value: float, unit: str) -> None:
    parsed = parse_duration(text)
    assert parsed is not None and (parsed.value, parsed.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2x/wk x 6 wks", 6),  # one step: its own length
        ("12 weeks", 12),
        ("total of 3 sessions per week for 8 weeks", 8),  # "total" of sessions a week is a rate, not a length
    ],
)
def test_durations_without_a_stated_total_are_unchanged(text: str, value: float) -> None:
    parsed = parse_duration(text)
    assert parsed is not None and parsed.value == value
