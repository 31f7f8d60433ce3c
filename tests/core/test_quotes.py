"""Shortening quoted passages (authcheck.quotes)."""

from authcheck.quotes import clip, one_line_quote


def test_clip_keeps_short_text_and_marks_a_cut() -> None:
    assert clip("Weekly CBT", 10) == "Weekly CBT"
    assert clip("Weekly CBT sessions", 10) == "Weekly CB…"
    assert clip("Weekly CBT sessions", 8) == "Weekly…"  # no space left before the mark


def test_one_line_quote_joins_lines_and_treats_none_as_empty() -> None:
    assert one_line_quote("Signed:\n  Jane Doe,\tLCSW ", 100) == "Signed: Jane Doe, LCSW"
    assert one_line_quote(None, 10) == ""
    assert len(one_line_quote("word " * 100, 20)) == 20
