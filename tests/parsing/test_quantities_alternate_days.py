"""Frequencies written as "every other day" (home-health and wound-care orders): once per two days."""

from __future__ import annotations

import pytest

from authcheck.parsing import parse_frequency


@pytest.mark.parametrize(
    "text",
    ["every other day", "Every second day", "apply foam dressing QOD and PRN soiling", "on alternate days", "q.o.d."],
)
def test_every_other_day(text: str) -> None:
    parsed = parse_frequency(text)
    assert parsed is not None and parsed.count == 0.5 and parsed.per == "day"


def test_near_misses_keep_their_own_reading() -> None:
    assert parse_frequency("every other week").per == "week"  # type: ignore[union-attr]
    assert parse_frequency("q.d.").count == 1.0  # type: ignore[union-attr]
    assert parse_frequency("quod erat demonstrandum") is None
