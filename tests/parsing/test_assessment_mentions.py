"""Standardized assessments stated in prose."""

from __future__ import annotations

import datetime as dt

import pytest

from authcheck.parsing.assessment_mentions import find_assessment_mentions


@pytest.mark.parametrize(
    ("text", "instrument", "date"),
    [
        ("Her latest standardized assessment is the VB-MAPP, administered 09/30/2025 by the BCBA.", "VB-MAPP",
         dt.date(2025, 9, 30)),
        ("A Vineland-3 was completed on 12/02/2025 (ABC 68). Dr. Lee reviewed it.", "Vineland-3", dt.date(2025, 12, 2)),
        ("The PHQ-9 given at intake on Jan 6, 2026 scored 19.", "PHQ-9", dt.date(2026, 1, 6)),
        ("ABLLS-R re-administered 3/3/26; it will be repeated in six months.", "ABLLS-R", dt.date(2026, 3, 3)),
    ],
)
def test_a_given_and_dated_instrument_is_a_mention(text: str, instrument: str, date: dt.date) -> None:
    [mention] = find_assessment_mentions(text)
    assert (mention.instrument, mention.date) == (instrument, date)


@pytest.mark.parametrize(
    "text",
    [
        "The VB-MAPP will be administered by 03/01/2026.",  # a plan, not a result
        "A Vineland-3 is to be completed before 06/30/2026.",
        "Vineland-3 results are attached.",  # no date
        "Blood pressure was taken on 01/05/2026.",  # a vital sign, not a standardized assessment
        "Diagnosed 11/05/2022; the ADOS-2 was administered.",  # the date is not the instrument's
        "",
    ],
)
def test_no_mention(text: str) -> None:
    assert find_assessment_mentions(text) == []


def test_a_date_after_the_plan_date_is_not_a_result() -> None:
    text = "The GAD-7 completed 05/01/2026 scored 12."
    assert find_assessment_mentions(text, not_after=dt.date(2026, 4, 1)) == []
    assert len(find_assessment_mentions(text, not_after=dt.date(2026, 6, 1))) == 1
