"""DOCX, round 27 (lead's fixes): a narrative goal named as treatment's goal without an ordinal; a banner naming
the client after the practice.

"The goal of treatment is for Mrs. Okafor to return to ...", "Her treatment goal is to ..." open a goal in a letter's
prose as "The primary goal is ..." already did; near misses: a bare "The goal is to ..." (a goal of anything) and a
sentence about a meeting's goal give none. "Harbor Practice PT | Hollis, Reuben T. | DOB: ..." names the client
second, written as a record is ("Last, First"); near misses: a second piece not written so, a name third.

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


# --- a banner with the practice's name before the client's -------------------------------------------------------


def test_a_banner_names_the_client_after_the_practice() -> None:
    plan = read_blocks(["Harbor Practice PT | Hollis, Reuben T. | DOB: 03/04/1950 | MRN: 55102",
                        "Physical Therapy Plan of Care", "Diagnosis: M17.11 Primary osteoarthritis, right knee"])
    assert plan.patient.name is not None and "Hollis" in plan.patient.name


@pytest.mark.parametrize(
    "banner",
    [
        "Harbor Practice PT | Reuben Hollis | DOB: 03/04/1950",  # not written as a record ("Last, First")
        "Harbor Practice PT | Suite 200 | Fax: 555-0100 | Hollis, Reuben T.",  # the name third, after no identifier
    ],
)
def test_a_second_piece_not_written_as_a_record_names_nobody(banner: str) -> None:
    plan = read_blocks([banner, "Physical Therapy Plan of Care", "Diagnosis: M17.11 Primary osteoarthritis, right knee"])
    assert plan.patient.name is None
