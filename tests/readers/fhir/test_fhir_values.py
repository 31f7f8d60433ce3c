"""FHIR data types into plain values: Timing, quantities, dates, names, narrative."""

from __future__ import annotations

import datetime as dt

import pytest

from authcheck.readers.fhir.values import (
    cc_text,
    fhir_date,
    human_name,
    quantity_text,
    strip_xhtml,
    timing_parts,
    value_text,
)


@pytest.mark.parametrize(
    "repeat, count, count_max, per",
    [
        ({"frequency": 1, "period": 1, "periodUnit": "wk"}, 1.0, None, "week"),
        ({"frequency": 3, "period": 1, "periodUnit": "wk"}, 3.0, None, "week"),
        ({"period": 1, "periodUnit": "d"}, 1.0, None, "day"),  # R4: no frequency means once per period
        ({"frequency": 1, "period": 2, "periodUnit": "wk"}, 0.5, None, "week"),
        ({"frequency": 2, "frequencyMax": 3, "period": 1, "periodUnit": "wk"}, 2.0, 3.0, "week"),
        ({"frequency": 1, "period": 4, "periodMax": 6, "periodUnit": "wk"}, 0.1667, 0.25, "week"),
        ({"frequency": 1, "period": 8, "periodUnit": "h"}, 3.0, None, "day"),
        ({"frequency": 2, "period": 1, "periodUnit": "mo"}, 2.0, None, "month"),
        ({"frequency": "2", "period": "1", "periodUnit": "wk"}, 2.0, None, "week"),  # XML gives strings
        ({"dayOfWeek": ["mon", "wed", "fri"]}, 3.0, None, "week"),
        ({"timeOfDay": ["08:00:00", "20:00:00"]}, 2.0, None, "day"),
    ],
)
def test_timing_frequency(repeat: dict, count: float, count_max: float | None, per: str) -> None:
    parts = timing_parts({"repeat": repeat}, ("t",))
    assert isinstance(parts.frequency, dict)
    assert parts.frequency["count"] == pytest.approx(count)
    if count_max is None:
        assert parts.frequency.get("count_max") is None
    else:
        assert parts.frequency["count_max"] == pytest.approx(count_max)
    assert parts.frequency["per"] == per
    assert parts.frequency_path == ("t", "repeat")


@pytest.mark.parametrize(
    "repeat",
    [
        {"duration": 3, "durationUnit": "h"},  # a session length, but how often is not said
        {"frequency": 2},  # times, but per what?
        {"frequency": 1, "period": 0, "periodUnit": "wk"},
        {"frequency": 1, "period": 1, "periodUnit": "fortnight"},
        {},
    ],
)
def test_timing_without_frequency(repeat: dict) -> None:
    assert timing_parts({"repeat": repeat}, ()).frequency is None


def test_timing_code() -> None:
    parts = timing_parts({"code": {"coding": [{"code": "BID"}]}}, ("t",))
    assert parts.frequency == {"text": "BID", "count": 2.0, "per": "day"}
    assert parts.frequency_path == ("t", "code")
    phrase = timing_parts({"code": {"text": "twice weekly"}}, ())
    assert phrase.frequency == "twice weekly"  # a phrase the model's Frequency parses


def test_timing_amount_and_duration() -> None:
    parts = timing_parts(
        {
            "repeat": {
                "duration": 45,
                "durationMax": 60,
                "durationUnit": "min",
                "count": 12,
                "boundsPeriod": {"start": "2026-01-05", "end": "2026-04-05"},
            }
        },
        (),
    )
    assert parts.amount == {"text": "45-60 min", "minutes": 45.0, "minutes_max": 60.0}
    assert parts.duration["value"] == 12 and parts.duration["unit"] == "session"
    assert parts.duration["end_date"] == dt.date(2026, 4, 5)
    assert (parts.start, parts.end) == (dt.date(2026, 1, 5), dt.date(2026, 4, 5))
    hours = timing_parts(
        {
            "repeat": {
                "duration": 1.5,
                "durationUnit": "h",
                "boundsDuration": {"value": 6, "unit": "months", "code": "mo"},
            }
        },
        (),
    )
    assert hours.amount["minutes"] == 90.0
    assert (hours.duration["value"], hours.duration["unit"], hours.duration["text"]) == (
        6,
        "month",
        "6 months",
    )


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2026-01-05", dt.date(2026, 1, 5)),
        ("2026-01-05T23:30:00-05:00", dt.date(2026, 1, 5)),
        ("2026-01", None),  # partial dates are not made into a day
        ("2026", None),
        ("2026-02-30", None),
        (20260105, None),
        (None, None),
    ],
)
def test_fhir_date(value: object, expected: dt.date | None) -> None:
    assert fhir_date(value) == expected


@pytest.mark.parametrize(
    "quantity, expected",
    [
        ({"value": 7, "comparator": "<"}, "< 7"),
        ({"value": 120, "unit": "degrees"}, "120 degrees"),
        ({"value": 17, "code": "{score}"}, "17"),
        ({"value": 2.5, "unit": "h"}, "2.5 h"),
        ({"unit": "kg"}, None),
    ],
)
def test_quantity_text(quantity: dict, expected: str | None) -> None:
    assert quantity_text(quantity) == expected


def test_value_text_choices() -> None:
    assert value_text(
        {"detailRange": {"low": {"value": 60}, "high": {"value": 80, "unit": "%"}}}, "detail"
    ) == ("60 to 80 %", "detailRange")
    assert value_text({"detailRange": {"low": {"value": 60}}}, "detail")[0] == ">= 60"
    assert value_text({"detailBoolean": True}, "detail") == ("true", "detailBoolean")
    assert value_text({"detailInteger": 0}, "detail") == ("0", "detailInteger")
    assert value_text({"detailString": " 5 of 7 nights "}, "detail") == ("5 of 7 nights", "detailString")
    assert (
        value_text(
            {"detailRatio": {"numerator": {"value": 3}, "denominator": {"value": 1, "unit": "wk"}}}, "detail"
        )[0]
        == "3 per 1 wk"
    )
    assert (
        value_text({"detailCodeableConcept": {"coding": [{"display": "Independent"}]}}, "detail")[0]
        == "Independent"
    )
    assert value_text({}, "detail") == (None, None)


def test_names_and_concepts() -> None:
    assert (
        human_name(
            [
                {"use": "old", "text": "Old Name"},
                {"use": "official", "given": ["Ann", "B."], "family": "Cole"},
            ]
        )
        == "Ann B. Cole"
    )
    assert human_name({"family": "Solo"}) == "Solo"  # XML: a single name is not a list
    assert human_name([]) is None
    assert cc_text({"coding": [{"code": "F33.1"}]}) == "F33.1"
    assert cc_text({"text": " Major  depression "}) == "Major depression"


def test_strip_xhtml() -> None:
    div = (
        '<div xmlns="http://www.w3.org/1999/xhtml"><p>One &amp; two</p><ul><li>three</li></ul><br/>four</div>'
    )
    assert strip_xhtml(div) == "One & two\nthree\nfour"
