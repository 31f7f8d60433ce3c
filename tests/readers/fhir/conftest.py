"""Helpers for the FHIR reader tests, offered as pytest fixtures (`fhir_match`, `fhir_pointer`) so that
the test modules need no package imports."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[3]
CORPUS = REPO.parent / "shared" / "corpus" / "fhir"
LABELLED = REPO.parent / "shared" / "labelled-examples"


def match(actual: Any, expected: Any, where: str = "plan") -> None:
    """Assert that `actual` (a model dump) holds what `expected` states.

    Mappings are checked key by key (keys not written are not judged; write `null` or `[]` to say
    that something must be missing); lists must have the same length and match item by item;
    numbers compare approximately.
    """
    if isinstance(expected, dict):
        assert isinstance(actual, dict), f"{where}: expected a mapping, got {actual!r}"
        for key, value in expected.items():
            assert key in actual, f"{where}.{key}: not a field of the model"
            match(actual[key], value, f"{where}.{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list), f"{where}: expected a list, got {actual!r}"
        assert len(actual) == len(expected), (
            f"{where}: {len(actual)} items, expected {len(expected)}: {actual!r}"
        )
        for i, (a, e) in enumerate(zip(actual, expected, strict=True)):
            match(a, e, f"{where}[{i}]")
    elif isinstance(expected, (int, float)) and not isinstance(expected, bool):
        assert actual == pytest.approx(expected), f"{where}: {actual!r} != {expected!r}"
    else:
        assert actual == expected, f"{where}: {actual!r} != {expected!r}"


_STEP = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")


def pointer_at(plan: BaseModel, path: str) -> str | None:
    """The source pointer of the element (or, for a scalar field, of the field) at a model path."""
    element: Any = plan
    if not path:
        return plan.source.pointer if plan.source else None  # type: ignore[attr-defined]
    steps = path.split(".")
    for n, step in enumerate(steps):
        m = _STEP.fullmatch(step)
        assert m, f"bad model path {path!r}"
        name, index = m.group(1), m.group(2)
        value = getattr(element, name)
        if index is not None:
            value = value[int(index)]
        last = n == len(steps) - 1
        if last and not isinstance(value, BaseModel):
            location = element.field_sources.get(name)
            return location.pointer if location else None
        element = value
    return element.source.pointer if element.source else None


@pytest.fixture
def fhir_match():  # noqa: ANN201 - a pytest fixture returning a helper
    """The subset matcher `match(actual, expected)`."""
    return match


@pytest.fixture
def fhir_pointer():  # noqa: ANN201
    """`pointer_at(plan, model_path)`."""
    return pointer_at
