"""DOCX: a quantity label that names the kind of service it is for.

"Frequency — individual: weekly", "Frequency (group): twice a week", "Session length — individual: 45 min", "Group
therapy frequency: weekly": each kind of service is a service of its own, its frequency and session length read from
the labels that name it, in any order. A coded line naming the same kind in more words ("Medication management visits
(99213) are 20 minutes") is that service. Near misses: a bracketed note that names no service ("Frequency (revised
01/09/2026):", "Units (auth period):"), a dash that parts a label from its value ("Frequency - 2x wk"), and a label
known as a whole ("Therapy frequency:") stay the one current service's.

Each test builds a small plan with python-docx; names and wording are invented.
"""

from __future__ import annotations

import pytest
from docx_helpers import read_blocks

from authcheck.readers.docx.labels import field_key, qualified_quantity

_TOP = ["Treatment Plan", "Client: Dana Whitfield   DOB: 04/02/1981", "Diagnosis: F33.1 Major depressive disorder, recurrent, moderate", "SERVICES"]


def _services(lines: list[str]) -> list[tuple[str | None, str | None, str | None, str | None]]:
    plan = read_blocks([*_TOP, *lines, "Expected duration: 6 months"])
    return [
        (s.code, s.description, s.frequency.text if s.frequency else None, s.amount.text if s.amount else None)
        for s in plan.services
    ]


@pytest.mark.parametrize(
    "label, expected",
    [
        ("Frequency — individual", ("frequency", "individual")),
        ("Frequency - group", ("frequency", "group")),
        ("Frequency – medication management", ("frequency", "medication management")),
        ("Frequency (family)", ("frequency", "family")),
        ("Session length — individual", ("amount", "individual")),
        ("Session length (group)", ("amount", "group")),
        ("Group therapy frequency", ("frequency", "Group therapy")),
        ("Med management frequency", ("frequency", "Med management")),
    ],
)
def test_a_quantity_label_names_its_kind_of_service(label: str, expected: tuple[str, str]) -> None:
    assert qualified_quantity(label) == expected
    assert field_key(label) == expected[0]


@pytest.mark.parametrize(
    "label",
    [
        "Frequency", "Therapy frequency", "Session frequency", "Recommended frequency", "Frequency (per week)",
        "Frequency (recommended)", "Frequency (revised at team meeting 01/09/2026)", "Units (auth period)",
        "Frequency - 2x wk", "Duration — individual",
    ],
)
def test_other_quantity_labels_name_no_kind(label: str) -> None:
    assert qualified_quantity(label) is None


@pytest.mark.parametrize(
    "lines",
    [
        ["Frequency — individual: weekly", "Frequency — group: twice a week",
         "Session length — individual: 45 min", "Session length — group: 90 min"],
        ["Frequency (individual): weekly", "Frequency (group): twice a week",
         "Session length (individual): 45 min", "Session length (group): 90 min"],
        ["Individual frequency: weekly", "Group frequency: twice a week",
         "Individual session length: 45 min", "Group session length: 90 min"],
    ],
)
def test_each_kind_is_a_service_with_its_own_quantities(lines: list[str]) -> None:
    got = [(d.lower(), f, a) for _, d, f, a in _services(lines)]
    assert got == [("individual", "weekly", "45 min"), ("group", "twice a week", "90 min")]


def test_a_longer_name_and_a_shorter_one_are_one_service() -> None:
    got = _services(["Individual therapy frequency: weekly", "Group therapy frequency: twice a week",
                     "Individual session length: 45 min", "Group session length: 90 min"])
    assert [(d, f, a) for _, d, f, a in got] == [
        ("Individual therapy", "weekly", "45 min"), ("Group therapy", "twice a week", "90 min")
    ]


def test_a_coded_line_naming_the_kind_is_that_service() -> None:
    got = _services([
        "Frequency — individual: ☐ 2x/week   ☒ 1x/week   ☐ monthly",
        "Frequency — medication management: ☐ every 2 weeks   ☒ monthly",
        "Session length — individual: ☐ 30 min   ☒ 45 min",
        "Medication management visits (99213) are 20 minutes with Dr. Abernathy.",
    ])
    assert got[0] == (None, "individual", "1x/week", "45 min")
    code, description, frequency, amount = got[1]
    assert (code, description, frequency) == ("99213", "Medication management visits", "monthly")
    assert amount is not None and "20 min" in amount
    assert len(got) == 2


def test_the_kinds_in_a_form_table_read_as_in_lines() -> None:
    table = [["Modality", "☒ Individual psychotherapy   ☐ Group   ☒ Medication management"],
             ["Frequency — individual", "☐ 2x/week   ☒ 1x/week   ☐ monthly"],
             ["Frequency — medication management", "☐ every 2 weeks   ☒ monthly"],
             ["Session length — individual", "☐ 30 min   ☒ 45 min"]]
    plan = read_blocks([*_TOP, table, "Medication management visits (99213) are 20 minutes."])
    got = [(s.code, s.frequency.text if s.frequency else None) for s in plan.services]
    assert got == [(None, "1x/week"), ("99213", "monthly")]


@pytest.mark.parametrize(
    "lines",
    [
        ["Frequency (revised at team meeting 01/09/2026): weekly", "Session length: 45 min"],
        ["Therapy frequency: weekly", "Session length: 45 min"],
        ["Frequency - weekly", "Session length - 45 min"],
    ],
)
def test_a_label_naming_no_kind_is_the_current_services(lines: list[str]) -> None:
    got = _services(lines)
    assert len(got) == 1
    assert got[0][2] is not None and "week" in got[0][2] and got[0][3] == "45 min"


# --- a bare "Length:" label, measured by its value ---------------------------------------------------------------


@pytest.mark.parametrize(
    "row, amount, duration",
    [
        (["CPT: ☐ 90832  ☒ 90834", "Length: ☒ 45 min  ☐ 60 min", "Frequency: ☒ weekly  ☐ monthly"], "45 min", None),
        (["CPT: ☒ 90834", "Length: ☐ 3 mo  ☒ 6 months", "Frequency: ☒ weekly  ☐ monthly"], None, 6.0),
        (["CPT: ☒ 90834", "Length: 16 sessions", "Frequency: ☒ weekly"], None, 16.0),
    ],
)
def test_a_bare_length_is_a_session_or_the_treatment_by_its_value(
    row: list[str], amount: str | None, duration: float | None
) -> None:
    plan = read_blocks([*_TOP, [row]])
    assert [s.code for s in plan.services] == ["90834"]
    service = plan.services[0]
    assert (service.amount.text if service.amount else None) == amount
    assert (plan.expected_duration.value if plan.expected_duration else None) == duration
