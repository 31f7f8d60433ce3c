"""The native YAML/JSON plan format: reading, source lines, and errors that name file:line: field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from authcheck.readers import PlanReadError, read_plan, sniff_format

PLAN = """\
schema: authcheck-plan/1
patient:
  name: Ana Ruiz
  member_id: 012345
plan_date: 01/05/2026
problems:
  - statement: Anxiety
    goals:
      - statement: Manage worry
        objectives:
          - statement: Reduce GAD-7 from 15 to 7 or below
            target_date: {date}
"""


def write(tmp_path: Path, text: str, name: str = "plan.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_reads_values_as_written_and_records_lines(tmp_path: Path) -> None:
    result = read_plan(write(tmp_path, PLAN.format(date="2026-03-01")))
    plan = result.plan
    assert result.format == "native"
    assert plan.patient.member_id == "012345"  # not an octal number
    assert plan.plan_date.isoformat() == "2026-01-05"
    objective = plan.problems[0].goals[0].objectives[0]
    assert objective.target_date.isoformat() == "2026-03-01"
    assert objective.source.line == 11
    assert objective.source.pointer == "/problems/0/goals/0/objectives/0"


def test_bad_date_names_file_line_and_field(tmp_path: Path) -> None:
    path = write(tmp_path, PLAN.format(date="13/45/2026"))
    with pytest.raises(PlanReadError) as error:
        read_plan(path)
    assert str(error.value) == (
        f"{path}:12: problems[0].goals[0].objectives[0].target_date: not a date: '13/45/2026'"
    )


def test_unknown_field_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, PLAN.format(date="2026-03-01").replace("  name: Ana Ruiz", "  nmae: Ana Ruiz"))
    with pytest.raises(PlanReadError, match=r"plan.yaml:3: patient.nmae: unknown field"):
        read_plan(path)


def test_malformed_yaml_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "schema: authcheck-plan/1\npatient: {name: [unclosed\nplan_date: 2026-01-01\n")
    with pytest.raises(PlanReadError, match=r"plan.yaml:\d+: not valid YAML/JSON"):
        read_plan(path)


def test_aliases_are_refused(tmp_path: Path) -> None:
    bomb = "schema: authcheck-plan/1\na: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n"
    with pytest.raises(PlanReadError, match="aliases"):
        read_plan(write(tmp_path, bomb))


def test_json_form_is_read_with_lines(tmp_path: Path) -> None:
    data = {"schema": "authcheck-plan/1", "patient": {"name": "Ana"}, "plan_date": "2026-01-05",
            "diagnoses": [{"code": "F41.1", "primary": True}]}
    result = read_plan(write(tmp_path, json.dumps(data, indent=2), "plan.json"))
    assert result.format == "native"
    assert result.plan.diagnoses[0].primary is True
    assert result.plan.diagnoses[0].source.line == 8


def test_format_is_sniffed_from_content_not_name(tmp_path: Path) -> None:
    path = write(tmp_path, PLAN.format(date="2026-03-01"), "plan.docx")
    assert read_plan(path).format == "native"
    fhir_like = json.dumps({"resourceType": "Patient", "id": "x"}).encode()
    assert sniff_format(fhir_like) != "native"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "file is empty"),
        (b"just some words\n", "not a supported plan format"),
        (b"- a\n- b\n", "not a supported plan format"),
        (b"\x00\x01\x02binary", "not a supported plan format"),
    ],
)
def test_unusable_files_get_one_line_errors(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "x.yaml"
    path.write_bytes(content)
    with pytest.raises(PlanReadError) as error:
        read_plan(path)
    assert message in str(error.value) and "\n" not in str(error.value)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(PlanReadError, match="no such file"):
        read_plan(tmp_path / "absent.yaml")
    with pytest.raises(PlanReadError, match="is a directory"):
        read_plan(tmp_path)


def test_size_limit(tmp_path: Path) -> None:
    path = write(tmp_path, PLAN.format(date="2026-03-01"))
    with pytest.raises(PlanReadError, match="larger than the 100-byte limit"):
        read_plan(path, max_bytes=100)


def test_unknown_schema_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PlanReadError, match="unknown plan schema 'authcheck-plan/9'"):
        read_plan(write(tmp_path, PLAN.format(date="2026-03-01").replace("authcheck-plan/1", "authcheck-plan/9")))


def test_quantities_accept_phrases(tmp_path: Path) -> None:
    text = (
        "schema: authcheck-plan/1\nservices:\n  - {code: '90837', amount: 53 minutes, frequency: 2x/week}\n"
        "  - {code: '97153', amount: 20 hours per week}\nexpected_duration: 6 months (through 07/20/2026)\n"
    )
    plan = read_plan(write(tmp_path, text)).plan
    assert plan.services[0].amount.minutes == 53 and plan.services[0].frequency.per_week() == 2
    assert plan.services[1].hours_per_week == 20
    assert plan.expected_duration.value == 6 and plan.expected_duration.end_date.isoformat() == "2026-07-20"


def test_reading_is_time_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from authcheck.readers.native import NativeReader

    def slow(self: object, data: bytes, path: str) -> object:
        time.sleep(5)
        raise AssertionError("not interrupted")

    monkeypatch.setattr(NativeReader, "read", slow)
    with pytest.raises(PlanReadError, match="took longer than 0.2 s"):
        read_plan(write(tmp_path, PLAN.format(date="2026-03-01")), max_seconds=0.2)


def test_review_dates_stated_in_prose_are_read(tmp_path: Path) -> None:
    text = (
        "schema: authcheck-plan/1\nplan_date: 2026-01-05\nfree_text:\n"
        "  - {heading: Plan notes, text: 'Goals were discussed. Treatment plan review due 04/05/2026 with the team.'}\n"
    )
    plan = read_plan(write(tmp_path, text)).plan
    [review] = plan.reviews
    assert review.date.isoformat() == "2026-04-05" and not review.completed
    assert review.source.text.endswith("04/05/2026") and review.source.line == 4


def test_prose_does_not_add_a_review_when_one_is_scheduled(tmp_path: Path) -> None:
    text = (
        "schema: authcheck-plan/1\nreviews: [{date: 2026-03-01}]\nfree_text:\n"
        "  - {text: 'Plan review due 04/05/2026.'}\n"
    )
    assert [r.date.isoformat() for r in read_plan(write(tmp_path, text)).plan.reviews] == ["2026-03-01"]


def test_plain_fields_get_their_own_lines(tmp_path: Path) -> None:
    plan = read_plan(write(tmp_path, PLAN.format(date="2026-03-01"))).plan
    assert plan.field_sources["plan_date"].line == 5
    assert plan.patient.field_sources["member_id"].line == 4
    assert plan.patient.field_sources["member_id"].pointer == "/patient/member_id"


def test_units_and_weekly_hours_written_as_phrases(tmp_path: Path) -> None:
    text = (
        "schema: authcheck-plan/1\nplan_date: 2026-03-01\nservices:\n"
        "- code: '97153'\n  units: 1040 units for the authorization period\n  hours_per_week: 20 hours per week\n"
    )
    [service] = read_plan(write(tmp_path, text)).plan.services
    assert (service.units, service.hours_per_week) == (1040, 20)


def test_units_in_another_measure_are_refused_with_the_line(tmp_path: Path) -> None:
    text = "schema: authcheck-plan/1\nplan_date: 2026-03-01\nservices:\n- code: '97153'\n  units: 20 hours\n"
    with pytest.raises(PlanReadError, match=r"plan.yaml:5: services\[0\].units: not a number: '20 hours'"):
        read_plan(write(tmp_path, text))


def test_a_comma_that_cut_a_flow_value_is_explained(tmp_path: Path) -> None:
    text = PLAN.format(date="2026-03-01") + "services:\n  - {description: Social skills group (clinic, 4 peers), amount: 2 hours}\n"
    with pytest.raises(PlanReadError) as error:
        read_plan(write(tmp_path, text))
    message = str(error.value)
    assert "services[0].4 peers): unknown field" in message
    assert "put a value that holds a comma in quotes" in message
    assert "\n" not in message


def test_a_misspelt_field_gets_no_comma_advice(tmp_path: Path) -> None:
    path = write(tmp_path, PLAN.format(date="2026-03-01").replace("  name: Ana Ruiz", "  nmae: Ana Ruiz"))
    with pytest.raises(PlanReadError) as error:
        read_plan(path)
    assert "comma" not in str(error.value)
