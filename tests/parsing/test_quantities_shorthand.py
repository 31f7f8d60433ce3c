"""Therapy shorthand for how often: BIW, TIW (not to be confused with bi-weekly)."""

from authcheck.parsing import parse_frequency


def test_biw_is_twice_a_week() -> None:
    parsed = parse_frequency("Freq: B.I.W. for 6 weeks")
    assert parsed is not None and (parsed.count, parsed.per) == (2.0, "week")


def test_tiw_is_three_times_a_week() -> None:
    parsed = parse_frequency("TIW x 4 wks")
    assert parsed is not None and (parsed.count, parsed.per) == (3.0, "week")


def test_biweekly_stays_every_other_week() -> None:
    parsed = parse_frequency("bi-weekly sessions")
    assert parsed is not None and (parsed.count, parsed.per) == (0.5, "week")


def test_word_containing_biw_is_no_frequency() -> None:
    assert parse_frequency("see biwaroo notes") is None


def test_visit_order_at_the_end_of_a_sentence() -> None:
    parsed = parse_frequency("OT: 2W5. Dressing and bathing retraining.")
    assert parsed is not None and (parsed.count, parsed.per) == (2.0, "week")


def test_visit_order_followed_by_a_decimal_is_no_order() -> None:
    assert parse_frequency("ratio 1w4.5 units") is None
