"""Archives for the audit tests: invented native plans with known clinicians, programs, dates and flaws,
the DOCX reader fixtures, and hostile files."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
DOCX_FIXTURES = REPO / "tests" / "readers" / "docx" / "fixtures"
AS_OF = "2026-02-01"
BASE_ARGS = ["--payer", "medicare-psychotherapy", "--state", "pa-55-5200"]


def plan_text(
    *,
    client: str = "Dana Whitfield",
    clinician: str = "Maya Chen",
    program: str | None = "Outpatient mental health clinic",
    plan_date: dt.date | None = dt.date(2026, 1, 20),
    review: dt.date | None = dt.date(2026, 4, 20),
    code: str = "F33.1",
    note: str = "",
) -> str:
    """An invented psychotherapy plan in authcheck's YAML format (clean with the defaults)."""
    data: dict[str, Any] = yaml.safe_load((EXAMPLES / "psychotherapy-clean.yaml").read_text(encoding="utf-8"))
    data["patient"]["name"] = client
    data["providers"][0]["name"] = clinician
    data["signatures"][0]["name"] = client
    data["signatures"][1]["name"] = clinician
    if program is None:
        data.pop("program", None)
    else:
        data["program"] = program
    if plan_date is None:
        data.pop("plan_date", None)
        data.pop("period", None)
    else:
        data["plan_date"] = plan_date
        data["admission_date"] = plan_date - dt.timedelta(days=14)
        data["period"] = {"start": plan_date, "end": plan_date + dt.timedelta(days=181)}
        for signature in data["signatures"]:
            signature["date"] = plan_date
        for goal in data["problems"][0]["goals"]:
            for objective in goal["objectives"]:
                objective["target_date"] = plan_date + dt.timedelta(days=60)
    data["reviews"] = [{"date": review}] if review else []
    data["diagnoses"][0]["code"] = code
    return f"# {note}\n" + yaml.safe_dump(data, sort_keys=False)


@pytest.fixture
def write_plan() -> Callable[..., Path]:
    def write(path: Path, **fields: Any) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(plan_text(**fields), encoding="utf-8")
        return path

    return write


@pytest.fixture
def archive(tmp_path: Path, write_plan: Callable[..., Path]) -> Path:
    """A small archive: two sites, YAML and DOCX plans, one flawed YAML plan, one unreadable file."""
    root = tmp_path / "archive"
    write_plan(root / "north" / "a-clean.yaml", clinician="Maya Chen", note="a")
    write_plan(root / "north" / "b-flawed.yaml", clinician="Maya Chen", code="F32", note="b")
    write_plan(root / "south" / "2025" / "c-clean.yaml", clinician="Omar Haddad", program="Adult day program", note="c")
    for name in ("l1_psychotherapy_clean.docx", "l2_psychotherapy_goals_table.docx", "l4_psychotherapy_ehr_review_completed.docx"):
        shutil.copy(DOCX_FIXTURES / name, root / "south" / name)
    (root / "south" / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (root / ".hidden.yaml").write_text(plan_text(note="hidden"), encoding="utf-8")
    (root / "north" / "~$lock.docx").write_bytes(b"lock")
    return root


def read_lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


TEST_PROFILE = """\
id: test-county
title: Test County outpatient rules (invented for the audit tests)
type: state
description: An invented state profile whose second version adds a requirement.
citation: Test County Code 1
last_verified: 2026-01-01
versions:
  - version: "2020"
    effective: {from: 2020-01-01, to: 2024-12-31}
    requirements:
      goals-present:
        citation: Test County Code 1.1 (goals)
  - version: "2025"
    effective: {from: 2025-01-01}
    requirements:
      level-of-care-present:
        citation: Test County Code 1.2 (level of care, from 2025)
"""


@pytest.fixture
def county_profiles(tmp_path: Path) -> Path:
    """A profiles folder with `test-county`: version 2020 until 2024-12-31, version 2025 (adds level of care) after."""
    folder = tmp_path / "profiles"
    folder.mkdir()
    (folder / "test-county.yaml").write_text(TEST_PROFILE, encoding="utf-8")
    return folder
