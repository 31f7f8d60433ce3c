"""Bad input gives one-line PlanReadErrors (never a traceback), and odd shapes never crash the reader."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path

import pytest

from authcheck.readers import PlanReadError, read_plan
from authcheck.readers.fhir import FhirReader
from authcheck.readers.fhir.doc import MAX_DEPTH

FIXTURES = Path(__file__).parent / "fixtures"


def _error(data: bytes, **kwargs: object) -> str:
    with pytest.raises(PlanReadError) as info:
        FhirReader(**kwargs).read(data, "plan.json")  # type: ignore[arg-type]
    message = str(info.value)
    assert "\n" not in message and message.startswith("plan.json: ")
    return message


@pytest.mark.parametrize(
    "data, phrase",
    [
        (b'{"resourceType": "CarePlan", "status": "active",}', "not valid JSON at line 1, column 49"),
        (b'{"resourceType": "CarePlan"', "not valid JSON at line 1"),
        (b'{"resourceType": "Goal"}\n{"resourceType": "Goal"}\n', "line 2, column 1: Extra data (one"),
        (b'{"resourceType": "CarePlan", "x": NaN}', "line 1, column 35: NaN is not a JSON number"),
        (b'{"resourceType": "Care\xffPlan"}', "FHIR JSON is not UTF-8 text (byte 22)"),
        (b'["resourceType"]', "FHIR JSON must be an object"),
        (b'{"id": "x"}', "the top-level object has no resourceType"),
        (b'{"resourceType": ""}', "no resourceType"),
        (b'{"resourceType": "OperationOutcome", "issue": []}', "OperationOutcome"),
        (b'{"resourceType": "Patient", "id": "p"}', "a lone FHIR Patient is not a treatment plan"),
        (b'{"resourceType": "ValueSet"}', "conformance resource"),
        (
            b'{"resourceType": "Basic"}',
            "a FHIR Basic is not a treatment plan; expected a CarePlan or a Bundle",
        ),
        (
            b'{"resourceType": "Bundle", "type": "searchset", "entry": []}',
            "the FHIR Bundle (searchset) is empty",
        ),
        (
            b'<Bundle xmlns="http://hl7.org/fhir"><type value="collection"></Bundle>',
            "not well-formed XML at line 1",
        ),
        (b'<Bundle xmlns="urn:other"/>', "is not in the FHIR namespace"),
    ],
)
def test_bad_input_messages(data: bytes, phrase: str) -> None:
    assert phrase in _error(data)


def test_json_nested_too_deeply() -> None:
    deep = "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5)
    assert f"nested more than {MAX_DEPTH} levels deep" in _error(
        ('{"resourceType": "CarePlan", "note": ' + deep + "}").encode()
    )


def test_json_nested_beyond_the_parser_limit() -> None:
    deep = "[" * 200_000 + "]" * 200_000
    assert "nested more than" in _error(('{"resourceType": "CarePlan", "x": ' + deep + "}").encode())


def test_xml_nested_too_deeply() -> None:
    depth = MAX_DEPTH + 5
    body = "<extension>" * depth + "</extension>" * depth
    data = f'<CarePlan xmlns="http://hl7.org/fhir">{body}</CarePlan>'.encode()
    assert "nested more than" in _error(data)


def test_xml_entities_are_refused() -> None:
    data = (
        b'<?xml version="1.0"?><!DOCTYPE CarePlan [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        b'<CarePlan xmlns="http://hl7.org/fhir"><title value="&b;"/></CarePlan>'
    )
    assert "DTD or entities" in _error(data)


def test_xml_external_entity_is_not_fetched() -> None:
    data = (
        b'<?xml version="1.0"?><!DOCTYPE CarePlan [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<CarePlan xmlns="http://hl7.org/fhir"><title value="&x;"/></CarePlan>'
    )
    message = _error(data)
    assert "DTD or entities" in message or "external entity" in message
    assert "root:" not in message


def test_unknown_careplan_id() -> None:
    data = (FIXTURES / "multi_careplan_searchset.json").read_bytes()
    assert "no CarePlan with id 'nope' in this file" in _error(data, careplan_id="nope")


def test_careplan_chosen_by_id() -> None:
    data = (FIXTURES / "multi_careplan_searchset.json").read_bytes()
    plan = FhirReader(careplan_id="cp-old").read(data, "plan.json")
    assert plan.source.pointer == "/entry/0/resource"
    assert "because it was asked for by id" in plan.free_text[0].text


def test_read_plan_wraps_everything_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(b'{"resourceType": "CarePlan", "status": }')
    with pytest.raises(PlanReadError) as info:
        read_plan(path)
    assert str(info.value) == f"{path}: not valid JSON at line 1, column 40: Expecting value"


def test_odd_shapes_do_not_crash() -> None:
    """Elements of the wrong type (a string for a list, a number for a reference) are ignored."""
    doc = {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            None,
            5,
            {"resource": "x"},
            {"resource": {"resourceType": 3}},
            {
                "fullUrl": 7,
                "resource": {
                    "resourceType": "CarePlan",
                    "status": ["active"],
                    "period": "2026",
                    "created": 20260101,
                    "goal": {"reference": {"x": 1}},
                    "activity": [
                        None,
                        "walk",
                        {"detail": "x"},
                        {
                            "detail": {
                                "code": "90834",
                                "scheduledTiming": {
                                    "repeat": {"frequency": "two", "period": 0, "periodUnit": "wk"}
                                },
                                "description": "Weekly therapy",
                            }
                        },
                    ],
                    "subject": {"reference": "#"},
                    "addresses": "Condition/1",
                    "author": [{"reference": "Practitioner/"}],
                    "text": {"div": 5},
                },
            },
        ],
    }
    plan = FhirReader().read(json.dumps(doc).encode(), "odd.json")
    assert [i.description for i in plan.interventions] == ["Weekly therapy"]
    assert (
        plan.interventions[0].frequency.count == 1.0
    )  # "Weekly" in the description, the timing being unusable
    assert plan.plan_date is None and plan.period is None


_JUNK = [
    None,
    "",
    "x",
    0,
    -3,
    1.5,
    True,
    [],
    {},
    [None],
    [1, "a"],
    {"reference": 5},
    "2020",
    "urn:uuid:nope",
    {"reference": "#"},
    {"value": "abc"},
]


def _paths(value: object, path: tuple = ()) -> list[tuple]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*path, index))
    return found


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.json") if p.stem != "malformed"))
def test_random_damage_gives_a_plan_or_a_plan_read_error(name: str) -> None:
    """Seeded damage: values replaced by junk of every type. Only PlanReadError may escape."""
    base = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    paths = [p for p in _paths(base) if p and p[-1] != "resourceType"]
    rng = random.Random(name)
    for _ in range(150):
        doc = copy.deepcopy(base)
        for path in rng.sample(paths, min(len(paths), rng.randint(1, 6))):
            holder = doc
            try:
                for key in path[:-1]:
                    holder = holder[key]
                holder[path[-1]] = copy.deepcopy(rng.choice(_JUNK))
            except (KeyError, IndexError, TypeError):
                continue
        try:
            FhirReader().read(json.dumps(doc).encode(), name)
        except PlanReadError:
            pass
