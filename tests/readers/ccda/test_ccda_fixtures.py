"""Each fixture read end to end (sniffing included) and compared with its hand-written expectation."""

from __future__ import annotations

from pathlib import Path

import pytest
from ccda_helpers import FIXTURES, assert_matches, load_expected

from authcheck.readers import PlanReadError, read_plan

FIXTURE_FILES = sorted(FIXTURES.glob("*.xml"))


def test_there_are_enough_fixtures() -> None:
    assert len(FIXTURE_FILES) >= 6


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda p: p.stem)
def test_fixture_reads_as_expected(path: Path) -> None:
    expected = load_expected(path)
    if "error" in expected:
        with pytest.raises(PlanReadError) as caught:
            read_plan(path)
        message = str(caught.value)
        assert expected["error"] in message
        assert "\n" not in message
        return
    result = read_plan(path)
    assert result.format == expected["format"]
    assert_matches(result.plan.model_dump(mode="json"), expected["plan"])


def test_hostile_document_leaks_nothing() -> None:
    with pytest.raises(PlanReadError) as caught:
        read_plan(FIXTURES / "hostile_entities.xml")
    assert "root:" not in str(caught.value)
    assert "lollol" not in str(caught.value)
