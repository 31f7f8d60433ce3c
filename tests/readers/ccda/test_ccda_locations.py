"""Locations are readable XPaths that point at the element the plan value came from."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from ccda_helpers import CORPUS, FIXTURES, strip_namespaces
from pydantic import BaseModel

from authcheck.model import Element, SourceLocation
from authcheck.readers import read_plan


def _locations(model: BaseModel, path: str = "plan") -> Iterator[tuple[str, SourceLocation]]:
    if isinstance(model, Element):
        if model.source is not None:
            yield path, model.source
        for name, where in model.field_sources.items():
            yield f"{path}.{name}", where
    for name in type(model).model_fields:
        if name in ("source", "field_sources"):
            continue
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            yield from _locations(value, f"{path}.{name}")
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from _locations(item, f"{path}.{name}[{index}]")


READABLE = [p for p in sorted(FIXTURES.glob("*.xml")) if p.stem not in ("hostile_entities", "malformed")]
if CORPUS.is_dir():
    READABLE.append(CORPUS / "CCDA_Care_Plan_full.xml")


@pytest.mark.parametrize("path", READABLE, ids=lambda p: p.stem)
def test_every_pointer_resolves_to_exactly_one_element(path: Path) -> None:
    plan = read_plan(path).plan
    tree = strip_namespaces(path.read_bytes())
    locations = list(_locations(plan))
    assert locations, "the reader gave no locations"
    for where, location in locations:
        assert location.pointer, f"{where} has no pointer"
        assert location.pointer.startswith("/"), location.pointer
        found = tree.getroottree().xpath(location.pointer)
        assert len(found) == 1, f"{where}: {location.pointer} matches {len(found)} elements"


def test_pointer_form_for_a_goal_and_its_target_date() -> None:
    plan = read_plan(FIXTURES / "psychotherapy_care_plan.xml").plan
    goal = plan.problems[0].goals[0]
    assert (
        goal.source.pointer
        == "/ClinicalDocument/component/structuredBody/component[3]/section/entry[1]/observation"
    )
    assert goal.source.section == "Goals"
    assert goal.field_sources["target_date"].pointer == goal.source.pointer + "/effectiveTime"
    diagnosis = plan.diagnoses[1]
    assert diagnosis.field_sources["code"].pointer.endswith("/observation/value/translation")
    assert plan.field_sources["plan_date"].pointer == "/ClinicalDocument/effectiveTime"
    assert plan.signatures[0].source.pointer == "/ClinicalDocument/legalAuthenticator"


def test_narrative_items_point_at_their_row_or_item() -> None:
    plan = read_plan(FIXTURES / "sud_narrative_only.xml").plan
    service = plan.interventions[0]
    assert service.source.pointer.endswith("/section/text/table/tbody/tr[1]")
    assert service.source.text == "Individual counseling | H0004 | 1 time per week | 12 weeks | T. Boyd, LADC"
    objective = plan.problems[0].goals[0].objectives[0]
    assert objective.source.pointer.endswith("/text/list/item[1]/list/item[1]")


def test_bare_section_pointers_start_at_the_section() -> None:
    plan = read_plan(FIXTURES / "goals_section_no_namespace.xml").plan
    assert plan.problems[0].goals[1].source.pointer == "/section/entry[2]/observation"
