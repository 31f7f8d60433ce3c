"""Spanish quantity phrases, as bilingual forms write them ("2 veces por semana", "45 minutos", "10 semanas"), and
the two languages side by side ("10 semanas / 10 weeks")."""

from __future__ import annotations

import datetime as dt

import pytest

from authcheck.parsing import parse_amount, parse_duration, parse_frequency, parse_hours_per_week
from authcheck.parsing.quantities import from_spanish


@pytest.mark.parametrize(
    ("text", "count", "per"),
    [
        ("2 veces por semana", 2, "week"),
        ("dos veces a la semana", 2, "week"),
        ("una vez por semana", 1, "week"),
        ("1 vez al mes", 1, "month"),
        ("semanal", 1, "week"),
        ("semanalmente", 1, "week"),
        ("mensual", 1, "month"),
        ("diariamente", 1, "day"),
        ("3 sesiones por semana", 3, "week"),
        ("cada dos semanas", 0.5, "week"),
        ("2 veces por semana / 2x per week", 2, "week"),
    ],
)
def test_spanish_frequencies(text: str, count: float, per: str) -> None:
    parsed = parse_frequency(text)
    assert parsed is not None
    assert (parsed.count, parsed.per) == (count, per)


def test_spanish_as_needed() -> None:
    parsed = parse_frequency("según sea necesario")
    assert parsed is not None and parsed.prn and parsed.count is None


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("10 semanas", 10, "week"),
        ("10 semanas / 10 weeks", 10, "week"),
        ("durante 6 meses", 6, "month"),
        ("por 12 semanas", 12, "week"),
        ("1 año", 1, "year"),
        ("24 sesiones", 24, "session"),
    ],
)
def test_spanish_durations(text: str, value: float, unit: str) -> None:
    parsed = parse_duration(text)
    assert parsed is not None
    assert (parsed.value, parsed.unit) == (value, unit)


def test_spanish_end_date() -> None:
    parsed = parse_duration("hasta el 06/09/2026")
    assert parsed is not None and parsed.end_date == dt.date(2026, 6, 9)


def test_per_week_in_spanish_is_no_duration() -> None:
    assert parse_duration("3 sesiones por semana") is None


@pytest.mark.parametrize(
    ("text", "minutes", "units"),
    [("53 minutos", 53, None), ("sesiones de 45 minutos", 45, None), ("60 minutos por sesión", 60, None),
     ("1 hora", 60, None), ("4 unidades por visita", None, 4)],
)
def test_spanish_amounts(text: str, minutes: float | None, units: float | None) -> None:
    parsed = parse_amount(text)
    assert parsed is not None
    assert (parsed.minutes, parsed.units) == (minutes, units)


@pytest.mark.parametrize(
    ("text", "hours"), [("18 horas por semana", 18), ("diez horas semanales", 10), ("1.5 horas por semana", 1.5)]
)
def test_spanish_hours_per_week(text: str, hours: float) -> None:
    assert parse_hours_per_week(text) == hours


def test_hours_per_week_is_no_session_length_in_spanish_either() -> None:
    assert parse_amount("20 horas por semana") is None


@pytest.mark.parametrize("text", ["DOS 03/12/2026", "once weekly", "Plan de tratamiento", "two sessions a week"])
def test_english_text_and_spanish_words_that_are_no_quantity_are_left_alone(text: str) -> None:
    assert from_spanish(text) == text
