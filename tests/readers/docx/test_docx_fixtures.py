"""Each DOCX fixture read end to end (sniffing included) and compared with its hand-written expectation."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml
from docx_helpers import EXPECTED, FIXTURES, check_plan

from authcheck.readers import read_plan

PLAN_FIXTURES = sorted(p for p in FIXTURES.glob("*.docx") if not p.name.startswith("bad_"))
LAYOUTS = ("l1_", "l2_", "l3_", "l4_", "l5_", "l6_")


def test_fixture_counts() -> None:
    """At least 28 plans, at least five per layout, each with an expectation file."""
    assert len(PLAN_FIXTURES) >= 28
    per_layout = Counter(p.name[:3] for p in PLAN_FIXTURES)
    for layout in LAYOUTS:
        assert per_layout[layout] >= 5, per_layout
    missing = [p.stem for p in PLAN_FIXTURES if not (EXPECTED / f"{p.stem}.yaml").exists()]
    assert not missing, missing


def test_fixtures_cover_the_disciplines() -> None:
    names = " ".join(p.stem for p in PLAN_FIXTURES)
    for discipline in ("psychotherapy", "sud", "_pt_", "_ot_", "slp", "aba", "home_health"):
        assert discipline in names, discipline


@pytest.mark.parametrize("path", PLAN_FIXTURES, ids=lambda p: p.stem)
def test_fixture_reads_as_expected(path: Path) -> None:
    expected = yaml.safe_load((EXPECTED / f"{path.stem}.yaml").read_text(encoding="utf-8"))
    result = read_plan(path)
    assert result.format == "docx"
    problems = check_plan(result.plan, expected)
    assert not problems, "\n".join(problems)
