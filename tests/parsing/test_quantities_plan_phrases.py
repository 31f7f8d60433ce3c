"""Frequency and amount phrases met in C-CDA plans: per-day counts on days a week, dosing intervals."""

import pytest

from authcheck.parsing import parse_duration, parse_frequency


@pytest.mark.parametrize(
    ("phrase", "count", "count_max"),
    [
        ("1 session per day, 3 times per week", 3.0, None),
        ("2 sessions per day, 5 days per week", 10.0, None),
        ("1 visit/day, 2 days/week", 2.0, None),
        ("1-2 sessions per day, 3 days per week", 3.0, 6.0),
        ("Therapeutic exercise (97110): 1 session per day, 3 times per week", 3.0, None),
    ],
)
def test_per_day_then_per_week_is_weekly(phrase: str, count: float, count_max: float | None) -> None:
    parsed = parse_frequency(phrase)
    assert parsed is not None
    assert (parsed.count, parsed.per, parsed.count_max) == (count, "week", count_max)


@pytest.mark.parametrize(
    ("phrase", "count", "per"),
    [
        ("1 session per day", 1.0, "day"),
        ("2x/day", 2.0, "day"),
        ("2 times a day for 3 weeks", 2.0, "day"),
        ("3 times per week", 3.0, "week"),
        ("once daily", 1.0, "day"),
    ],
)
def test_simple_phrases_keep_their_period(phrase: str, count: float, per: str) -> None:
    parsed = parse_frequency(phrase)
    assert parsed is not None
    assert (parsed.count, parsed.per) == (count, per)


@pytest.mark.parametrize(
    "phrase", ["every 8 hours as needed for pain", "q 4 hours", "each 2 hours while awake"]
)
def test_an_interval_is_not_a_session_length(phrase: str) -> None:
    from authcheck.parsing import parse_amount

    assert parse_amount(phrase) is None


def test_session_length_next_to_an_interval_is_still_read() -> None:
    from authcheck.parsing import parse_amount

    parsed = parse_amount("60-minute sessions every 2 weeks")
    assert parsed is not None and parsed.minutes == 60.0


@pytest.mark.parametrize(
    ("phrase", "count"), [("1 time per week", 1.0), ("one time a week", 1.0), ("2 times per week", 2.0)]
)
def test_singular_time_counts(phrase: str, count: float) -> None:
    parsed = parse_frequency(phrase)
    assert parsed is not None
    assert (parsed.count, parsed.per) == (count, "week")


@pytest.mark.parametrize(
    ("text", "count", "count_max", "per", "weeks"),
    [
        ("SN 2w4", 2, None, "week", 4),
        ("SN 2w4, 1w4: cardiopulmonary assessment", 1, 2, "week", 8),
        ("PT 1w1, 3w2, 2w4", 1, 3, "week", 7),
        ("MSW 1m2", 1, None, "month", None),
    ],
)
def test_home_health_visit_orders(text: str, count: float, count_max: float | None, per: str, weeks: float | None) -> None:
    frequency = parse_frequency(text)
    assert (frequency.count, frequency.count_max, frequency.per) == (count, count_max, per)
    duration = parse_duration(text)
    if weeks is not None:
        assert (duration.value, duration.unit) == (weeks, "week")
    else:
        assert (duration.value, duration.unit) == (2, "month")


def test_visit_order_notation_does_not_catch_codes_or_ratios() -> None:
    assert parse_frequency("F41.1 and 97110") is None
    assert parse_frequency("4/5 trials") is None


@pytest.mark.parametrize(
    ("text", "limit"),
    [("Skilled nursing PRN x 2", 2), ("up to 3 PRN visits for wound dehiscence", 3), ("2 PRN visits", 2), ("PRN", None),
     ("LPN visits as needed, up to 3 visits", 3), ("prn, max 4 visits", 4), ("as needed (no more than 2 visits)", 2)],
)
def test_as_needed_visits_with_a_limit(text: str, limit: float | None) -> None:
    frequency = parse_frequency(text)
    assert frequency.prn and frequency.prn_limit == limit
