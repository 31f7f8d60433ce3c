"""Spanish month names, as bilingual agency forms write dates ("19 de enero de 2026")."""

import datetime as dt

import pytest

from authcheck.parsing import find_dates, parse_date
from authcheck.parsing.dates import DateParseError


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("19 de enero de 2026", dt.date(2026, 1, 19)),
        ("1 de mayo 2026", dt.date(2026, 5, 1)),
        ("3 setiembre 2026", dt.date(2026, 9, 3)),
        ("30 de diciembre de 2025", dt.date(2025, 12, 30)),
    ],
)
def test_spanish_day_month_year(text: str, date: dt.date) -> None:
    assert parse_date(text) == date


def test_spanish_and_english_dates_side_by_side() -> None:
    text = "Fecha / Date: 19 de enero de 2026 (01/19/2026)"
    assert [d for d, _ in find_dates(text)] == [dt.date(2026, 1, 19)] * 2


def test_a_spanish_date_that_does_not_exist_is_an_error() -> None:
    with pytest.raises(DateParseError):
        parse_date("31 de febrero de 2026")


def test_de_alone_is_no_date() -> None:
    assert list(find_dates("Plan de tratamiento, mayo")) == []
