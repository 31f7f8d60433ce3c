"""Each fixture in fixtures/ is read and compared with its hand-written <name>.expected.yaml.

An expectation file holds either `error:` (a phrase the one-line PlanReadError must contain) or
`plan:` (values the plan must hold, see conftest.match) and `pointers:` (model path -> source pointer).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from authcheck.readers import PlanReadError, read_plan

FIXTURES = Path(__file__).parent / "fixtures"
CASES = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".json", ".xml"))


def _expected(path: Path) -> dict:
    return yaml.safe_load(path.with_name(path.stem + ".expected.yaml").read_text(encoding="utf-8"))


def test_every_fixture_has_an_expectation() -> None:
    assert len(CASES) >= 8
    for case in CASES:
        assert case.with_name(case.stem + ".expected.yaml").exists(), case.name


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_fixture(case: Path, fhir_match, fhir_pointer) -> None:  # noqa: ANN001
    expected = _expected(case)
    if "error" in expected:
        with pytest.raises(PlanReadError) as info:
            read_plan(case)
        message = str(info.value)
        assert "\n" not in message
        assert message.startswith(str(case) + ": ")
        assert expected["error"] in message
        return
    result = read_plan(case)
    assert result.format == "fhir"
    fhir_match(result.plan.model_dump(mode="json"), expected["plan"])
    for model_path, pointer in (expected.get("pointers") or {}).items():
        assert fhir_pointer(result.plan, model_path) == pointer, model_path
