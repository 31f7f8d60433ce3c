"""`--as-of plan-date`: each plan is checked against the profile versions in force on its own plan date."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner

from authcheck.cli import main

from .conftest import read_lines


def _run(*args: str) -> object:
    return CliRunner().invoke(main, ["audit", *args], catch_exceptions=False)


def _archive(root: Path, write_plan: Callable[..., Path]) -> None:
    write_plan(root / "p2024.yaml", plan_date=dt.date(2024, 6, 3), review=dt.date(2024, 9, 1), note="2024")
    write_plan(root / "p2025.yaml", plan_date=dt.date(2025, 6, 2), review=dt.date(2025, 9, 1), note="2025")
    write_plan(root / "undated.yaml", plan_date=None, note="undated")
    write_plan(root / "p2019.yaml", plan_date=dt.date(2019, 3, 4), note="2019")
    write_plan(root / "p2018.yaml", plan_date=dt.date(2018, 7, 9), note="2018")


def test_each_plan_uses_the_versions_in_force_on_its_plan_date(tmp_path: Path, county_profiles: Path,
                                                               write_plan: Callable[..., Path]) -> None:
    _archive(tmp_path / "plans", write_plan)
    out = tmp_path / "out"
    args = [str(tmp_path / "plans"), "--payer", "medicare-psychotherapy", "--state", "test-county", "--as-of", "plan-date",
            "-o", str(out), "--jobs", "2", "--profiles-dir", str(county_profiles)]
    _run(*args)
    lines = {Path(line["key"]).stem: line for line in read_lines(out / "results.jsonl")}
    today = dt.date.today().isoformat()
    assert json.loads((out / "run.json").read_text())["run_date"] == today

    def versions(name: str) -> dict[str, str]:
        return {p["id"]: p["version"] for p in lines[name]["profiles"]}

    assert versions("p2024") == {"medicare-psychotherapy": "2015-10", "test-county": "2020"}
    assert versions("p2025") == {"medicare-psychotherapy": "2015-10", "test-county": "2025"}
    assert (lines["p2024"]["as_of"], lines["p2024"]["audit"]["as_of_basis"]) == ("2024-06-03", "plan-date")
    assert (lines["p2025"]["as_of"], lines["p2025"]["audit"]["as_of_basis"]) == ("2025-06-02", "plan-date")
    # only the 2025 version asks for the level of care
    assert not [f for f in lines["p2024"]["findings"] if f["profile"] == "test-county"]
    assert [f["rule"] for f in lines["p2025"]["findings"] if f["profile"] == "test-county"] == ["level-of-care-present"]
    # no plan date and no plan period: the run date (kept in run.json for resumes)
    assert (lines["undated"]["as_of"], lines["undated"]["audit"]["as_of_basis"]) == (today, "run-date")
    assert versions("undated")["test-county"] == "2025"
    # a plan older than every version of a profile is an error line that says so
    assert lines["p2019"]["status"] == "error" and "no version in force on 2019-03-04" in lines["p2019"]["error"]
    assert "no version in force on 2018-07-09" in lines["p2018"]["error"]  # each plan's own date
    # the reviews-due window starts at the run date in plan-date mode
    assert all(line["audit"]["due_from"] == today for line in lines.values())

    resumed = _run(*args, "--resume")  # a resumed plan-date audit skips what is unchanged
    assert "3 unchanged" in resumed.stderr and "2 checked now" in resumed.stderr  # the 2018/2019 errors are retried


def test_a_fixed_date_checks_every_plan_against_one_version(tmp_path: Path, county_profiles: Path,
                                                            write_plan: Callable[..., Path]) -> None:
    _archive(tmp_path / "plans", write_plan)
    out = tmp_path / "out"
    _run(str(tmp_path / "plans"), "--payer", "medicare-psychotherapy", "--state", "test-county", "--as-of", "2024-07-01",
         "-o", str(out), "--jobs", "1", "--profiles-dir", str(county_profiles))
    lines = read_lines(out / "results.jsonl")
    assert len(lines) == 5
    for line in lines:
        assert line["as_of"] == "2024-07-01" and line["audit"]["as_of_basis"] == "fixed"
        assert {p["id"]: p["version"] for p in line["profiles"]}["test-county"] == "2020"
        assert line["status"] != "error"
