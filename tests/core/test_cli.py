"""The command line: exit codes, JSON shape, several plans, errors as one line, catalog commands."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from authcheck.cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
CLEAN = str(EXAMPLES / "psychotherapy-clean.yaml")
FLAWED = str(EXAMPLES / "psychotherapy-flawed.yaml")
ARGS = ["--payer", "medicare-psychotherapy", "--as-of", "2026-02-01"]


def run(*args: str) -> object:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_clean_plan_exits_0_and_flawed_exits_1() -> None:
    assert run("check", CLEAN, *ARGS).exit_code == 0
    result = run("check", FLAWED, *ARGS)
    assert result.exit_code == 1
    assert "FAIL" in result.output and "diagnosis-code-not-billable" in result.output


def test_json_shape_is_the_public_contract() -> None:
    result = run("check", FLAWED, *ARGS, "--state", "pa-55-5200", "--format", "json")
    data = json.loads(result.output)
    assert {"schema_version", "source", "format", "status", "profiles", "as_of", "findings"} <= set(data)
    assert data["status"] == "fail" and data["format"] == "native" and data["as_of"] == "2026-02-01"
    assert [p["id"] for p in data["profiles"]] == ["medicare-psychotherapy", "pa-55-5200"]
    assert data["findings"]
    for finding in data["findings"]:
        assert {"rule", "kind", "severity", "message", "location", "fix", "citation", "profile"} <= set(finding)
        assert finding["severity"] in ("error", "warning", "info")
        assert {"path", "element", "section"} <= set(finding["location"])
    assert {f["profile"] for f in data["findings"]} == {"medicare-psychotherapy", "pa-55-5200"}


def test_several_plans_give_a_json_array() -> None:
    data = json.loads(run("check", CLEAN, FLAWED, *ARGS, "--format", "json").output)
    assert isinstance(data, list) and [d["status"] for d in data] == ["pass", "fail"]


def test_unreadable_file_exits_2_and_keeps_other_results(tmp_path: Path) -> None:
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    result = CliRunner().invoke(main, ["check", CLEAN, str(bad), *ARGS, "--format", "json"])
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert data[0]["status"] == "pass" and data[1]["status"] == "error" and data[1]["error"]
    assert "Traceback" not in result.output


def test_a_native_plan_error_names_the_file_line_and_field(tmp_path: Path) -> None:
    bad = tmp_path / "plan.yaml"
    bad.write_text("schema: authcheck-plan/1\npatient:\n  name: Ana Ruiz\nplan_date: 13/45/2026\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(bad), *ARGS])
    assert result.exit_code == 2
    assert f"authcheck: error: {bad}: line 4: plan_date: not a date: '13/45/2026'" in result.stderr
    data = json.loads(CliRunner().invoke(main, ["check", str(bad), *ARGS, "--format", "json"]).stdout)
    assert data["error"] == "line 4: plan_date: not a date: '13/45/2026'"


def test_unknown_profile_exits_2_with_a_suggestion() -> None:
    result = run("check", CLEAN, "--payer", "medicare-psychoterapy")
    assert result.exit_code == 2
    assert "unknown profile 'medicare-psychoterapy'; did you mean medicare-psychotherapy" in result.output


def test_state_profile_as_payer_is_refused() -> None:
    result = run("check", CLEAN, "--payer", "pa-55-5200", "--as-of", "2026-02-01")
    assert result.exit_code == 2 and "use it with --state" in result.output


def test_bad_as_of_date_exits_2() -> None:
    result = run("check", CLEAN, "--payer", "medicare-psychotherapy", "--as-of", "2026-13-40")
    assert result.exit_code == 2 and "--as-of: not a date" in result.output


def test_as_of_before_every_version_exits_2() -> None:
    result = run("check", CLEAN, "--payer", "commercial-aba", "--as-of", "2020-01-01")
    assert result.exit_code == 2 and "no version in force on 2020-01-01" in result.output


def test_output_file_and_quiet(tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.txt"
    result = run("check", FLAWED, *ARGS, "-o", str(target))
    assert result.exit_code == 1 and target.read_text().rstrip().splitlines()[-1].startswith("FAIL")
    quiet = run("check", FLAWED, CLEAN, *ARGS, "--quiet")
    lines = quiet.output.strip().splitlines()
    assert len(lines) == 2 and lines[0].startswith("FAIL") and lines[1].startswith("PASS")


def test_text_report_fits_80_columns() -> None:
    output = run("check", FLAWED, *ARGS, "--state", "pa-55-5200").output
    long_lines = [line for line in output.splitlines() if len(line) > 80 and not line.startswith(("FAIL", "PASS"))]
    assert long_lines == []


def test_rules_and_profiles_commands() -> None:
    listing = run("rules", "list")
    assert listing.exit_code == 0 and "objectives-measurable" in listing.output
    explained = run("rules", "explain", "plan-timely")
    assert explained.exit_code == 0 and "Used by profiles:" in explained.output and "pa-55-5200" in explained.output
    assert run("rules", "explain", "plan-timly").exit_code == 2
    assert run("rules", "test").exit_code == 0
    profiles = run("profiles", "list")
    assert "medicare-outpatient-therapy" in profiles.output and "tx-26tac-564" in profiles.output
    shown = run("profiles", "show", "medicare-outpatient-therapy", "--resolved", "--as-of", "2025-06-01", "--format", "json")
    data = json.loads(shown.output)
    assert data["version"] == "2025-01" and data["chain"] == ["medicare-outpatient-therapy", "base-treatment-plan"]
    assert data["requirements"]["physician-signature-timely"]["params"]["within_days"] == 30
    assert run("profiles", "validate").exit_code == 0
    diff = run("profiles", "diff", "medicare-outpatient-therapy", "--from", "2024-06-01", "--to", "2025-06-01")
    assert "~ physician-signature" in diff.output and "'error' -> 'warning'" in diff.output


def test_codes_command_json() -> None:
    result = run("codes", "F41.1", "f84", "F84.1", "--format", "json")
    data = json.loads(result.output)
    assert [set(d) for d in data] == [{"code", "valid", "billable", "description", "suggestions"}] * 3
    assert data[0]["valid"] and data[0]["billable"] and data[0]["description"] == "Generalized anxiety disorder"
    assert data[1]["valid"] and not data[1]["billable"] and any(s["code"] == "F84.0" for s in data[1]["suggestions"])
    assert not data[2]["valid"]
    assert result.exit_code == 1


def test_show_prints_the_model_with_sources() -> None:
    result = run("show", FLAWED)
    assert result.exit_code == 0
    assert "read as native" in result.output and "line:" in result.output and "F41" in result.output


def test_console_script_and_module_entry_points_work() -> None:
    module = subprocess.run([sys.executable, "-m", "authcheck", "--version"], capture_output=True, text=True, check=False)
    assert module.returncode == 0 and "authcheck" in module.stdout


@pytest.mark.parametrize("args", [["check"], ["check", CLEAN], ["nonsense"]])
def test_usage_errors_exit_2(args: list[str]) -> None:
    assert run(*args).exit_code == 2


@pytest.mark.parametrize("what", ["plan", "rule", "profile"])
def test_schema_command_prints_json_schema(what: str) -> None:
    result = run("schema", what)
    assert result.exit_code == 0
    schema = json.loads(result.output)
    assert schema["type"] == "object" and schema["properties"]
