"""DOCX, round 27 (lead's fix): a narrative goal named as treatment's goal without an ordinal.

"The goal of treatment is for Mrs. Okafor to return to ...", "Her treatment goal is to ..." open a goal in a letter's
prose as "The primary goal is ..." already did; near misses: a bare "The goal is to ..." (a goal of anything) and a
sentence about a meeting's goal give none.

Each test builds a small plan with python-docx; names and wording are invented.
"""

from __future__ import annotations

import pytest
from docx_helpers import read_blocks

_TOP = ["Dear Dr. Ames,", "Re: Adaeze Okafor, DOB 03/14/1970, plan date 02/02/2026"]


@pytest.mark.parametrize(
    "sentence, statement",
    [
        ("The goal of treatment is for Mrs. Okafor to return to work at least 3 days a week by June 2026.",
         "Return to work at least 3 days a week by June 2026"),
        ("Her treatment goal is to sleep at least 6 hours on 5 nights a week by 05/01/2026.",
         "Sleep at least 6 hours on 5 nights a week by 05/01/2026"),
        ("The primary goal is to reduce panic attacks to one a week or fewer by 05/01/2026.",  # as before
         "Reduce panic attacks to one a week or fewer by 05/01/2026"),
    ],
)
def test_a_goal_named_as_treatments_opens_a_goal(sentence: str, statement: str) -> None:
    plan = read_blocks([*_TOP, "Treatment plan", sentence])
    assert [g.statement for g in plan.goals] == [statement]


@pytest.mark.parametrize(
    "sentence",
    [
        "The goal is to send you the signed plan by Friday.",
        "The goal of the meeting is for the family to agree on a schedule.",
    ],
)
def test_other_goals_open_none(sentence: str) -> None:
    assert read_blocks([*_TOP, "Treatment plan", sentence]).goals == []
