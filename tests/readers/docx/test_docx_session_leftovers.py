"""Leftovers noticed in earlier rounds: "Type of service:" and "Service type:" name a therapy discipline on
therapy plans ("Service type: PT") but the requested service itself on others ("Type of service: Individual
psychotherapy (90837)"); the second is read as a service, the first keeps the discipline.

Each test builds a small plan with python-docx; names and wording are invented."""

from __future__ import annotations

from docx_helpers import read_blocks

_HEAD = [
    "Outpatient Treatment Plan",
    "Client: Ottoline Vasquez-Barre    Plan date: 03/02/2026",
    "Diagnosis: F41.1 Generalized anxiety disorder",
]


def test_type_of_service_naming_a_service_is_a_service() -> None:
    for label in ("Type of service:", "Service type:", "TYPE OF SERVICE:"):
        plan = read_blocks([*_HEAD, f"{label} Individual psychotherapy (90837)", "Frequency: weekly, 53 minutes"])
        codes = [s.code for s in plan.services]
        assert "90837" in codes, (label, codes)


def test_type_of_service_without_code_naming_a_session_kind() -> None:
    plan = read_blocks([*_HEAD, "Service type: family therapy sessions, twice a month"])
    assert [s.description for s in plan.services] and plan.services[0].frequency is not None


def test_service_type_naming_a_discipline_keeps_the_discipline() -> None:
    for value, expected in (("PT", "pt"), ("Speech therapy", "slp"), ("Occupational Therapy", "ot")):
        plan = read_blocks([*_HEAD, f"Service type: {value}"])
        assert plan.discipline == expected, (value, plan.discipline)
        assert plan.services == [], value


def test_type_of_service_naming_a_setting_is_neither() -> None:
    plan = read_blocks([*_HEAD, "Type of service: Outpatient"])
    assert plan.services == []
