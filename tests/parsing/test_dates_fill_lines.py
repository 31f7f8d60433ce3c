"""Dates written on a form's fill line ("____08/08/1955____") are dates; letters or digits glued on are not."""

import datetime as dt

from authcheck.parsing import find_dates


def test_date_between_underscores_is_found() -> None:
    found = list(find_dates("Birth date: ___03/14/1962___"))
    assert [d for d, _ in found] == [dt.date(1962, 3, 14)]
    start, end = found[0][1]
    assert "Birth date: ___03/14/1962___"[start:end] == "03/14/1962"


def test_month_name_date_between_underscores() -> None:
    assert [d for d, _ in find_dates("Signed __Feb 9, 2026__")] == [dt.date(2026, 2, 9)]


def test_date_glued_to_letters_or_digits_is_not_a_date() -> None:
    assert list(find_dates("ref A01/30/1979")) == []
    assert list(find_dates("01/30/1979B")) == []
    assert list(find_dates("101/30/1979")) == []
