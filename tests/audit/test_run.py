"""`authcheck audit`: streamed results, bad files among good ones, the check JSON, resume, torn lines."""

from __future__ import annotations

import json
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner

from authcheck.audit.results import ResultsWriter, compact, iter_results, prior_index
from authcheck.cli import main

from .conftest import AS_OF, BASE_ARGS, DOCX_FIXTURES, read_lines


def audit(*args: str) -> object:
    return CliRunner().invoke(main, ["audit", *args], catch_exceptions=False)


def test_every_plan_gets_one_line_and_a_bad_file_does_not_stop_the_batch(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = audit(str(archive), *BASE_ARGS, "--as-of", AS_OF, "-o", str(out), "--jobs", "2")
    assert result.exit_code == 1, result.output  # a failing and an unreadable plan
    lines = read_lines(out / "results.jsonl")
    by_name = {line["key"].rsplit("/", 1)[1]: line for line in lines}
    assert sorted(by_name) == ["a-clean.yaml", "b-flawed.yaml", "broken.docx", "c-clean.yaml",
                               "l1_psychotherapy_clean.docx", "l2_psychotherapy_goals_table.docx",
                               "l4_psychotherapy_ehr_review_completed.docx"]
    assert by_name["a-clean.yaml"]["status"] == "pass"
    assert by_name["b-flawed.yaml"]["status"] == "fail"
    broken = by_name["broken.docx"]
    assert broken["status"] == "error" and broken["error"].startswith("corrupt or truncated .docx")
    assert "\n" not in broken["error"] and broken["findings"] == []
    for line in lines:
        assert line["key"] == line["source"]
        assert len(line["content_sha256"]) == 64
        assert line["as_of"] == AS_OF and [p["id"] for p in line["profiles"]] == ["medicare-psychotherapy", "pa-55-5200"]
    assert by_name["c-clean.yaml"]["audit"]["site"] == "south" and by_name["a-clean.yaml"]["audit"]["site"] == "north"
    assert by_name["c-clean.yaml"]["audit"]["clinician"] == "Omar Haddad"
    assert by_name["c-clean.yaml"]["audit"]["program"] == "Adult day program"
    # the run prints counts only (no plan content) and writes the summaries
    assert "7 plans" in result.stderr and "1 unreadable" in result.stderr
    assert {p.name for p in out.iterdir()} >= {"results.jsonl", "run.json", "summary.json", "summary.csv", "summary.html"}


def test_result_line_is_the_check_json_plus_key_hash_and_audit_facts(archive: Path, tmp_path: Path) -> None:
    plan = archive / "south" / "l2_psychotherapy_goals_table.docx"
    checked = CliRunner().invoke(main, ["check", str(plan), *BASE_ARGS, "--as-of", AS_OF, "--format", "json"])
    audit(str(plan), *BASE_ARGS, "--as-of", AS_OF, "-o", str(tmp_path / "out"), "--jobs", "1")
    (line,) = read_lines(tmp_path / "out" / "results.jsonl")
    extra = {k: line.pop(k) for k in ("key", "content_sha256", "audit")}
    assert line == json.loads(checked.stdout)
    import hashlib

    assert extra["content_sha256"] == hashlib.sha256(plan.read_bytes()).hexdigest()
    assert extra["audit"]["as_of_basis"] == "fixed" and extra["audit"]["bytes"] == plan.stat().st_size


def test_zip_archive_and_hostile_files_each_give_a_line(tmp_path: Path, write_plan: Callable[..., Path]) -> None:
    good = write_plan(tmp_path / "src" / "p.yaml", note="zip")
    z = tmp_path / "batch.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(good, "site-a/p.yaml")
        zf.writestr("../escape.yaml", good.read_bytes())
        for name in ("bad_zip_bomb.docx", "bad_entity_expansion.docx", "bad_truncated.docx", "bad_legacy.doc"):
            zf.write(DOCX_FIXTURES / name, f"site-b/{name}")
        zf.writestr("site-b/huge.bin", b"\x00" * (51 * 1024 * 1024))
    huge = tmp_path / "huge.docx"
    with huge.open("wb") as handle:
        handle.truncate(60 * 1024 * 1024)  # sparse: 60 MB on paper, nothing on disk
    out = tmp_path / "out"
    audit(str(z), str(huge), *BASE_ARGS, "--as-of", AS_OF, "-o", str(out), "--jobs", "2")
    lines = {line["key"].split("!/", 1)[-1]: line for line in read_lines(out / "results.jsonl")}
    assert "larger than the 52,428,800-byte limit" in lines[str(huge)]["error"]
    assert lines["site-a/p.yaml"]["status"] == "pass" and lines["site-a/p.yaml"]["audit"]["site"] == "site-a"
    assert "'..'" in lines["../escape.yaml"]["error"] and lines["../escape.yaml"]["content_sha256"] is None
    for name in ("site-b/bad_zip_bomb.docx", "site-b/bad_entity_expansion.docx", "site-b/bad_truncated.docx",
                 "site-b/bad_legacy.doc", "site-b/huge.bin"):
        assert lines[name]["status"] == "error" and lines[name]["error"] and "\n" not in lines[name]["error"], name
    assert "larger than" in lines["site-b/huge.bin"]["error"]


def test_an_existing_audit_is_not_overwritten_without_resume(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    audit(str(archive / "north"), *BASE_ARGS, "--as-of", AS_OF, "-o", str(out), "--jobs", "1")
    again = CliRunner().invoke(main, ["audit", str(archive / "north"), *BASE_ARGS, "-o", str(out)])
    assert again.exit_code == 2 and "--resume" in again.stderr
    other = CliRunner().invoke(main, ["audit", str(archive / "north"), "--payer", "medicare-psychotherapy", "-o", str(out), "--resume"])
    assert other.exit_code == 2 and "same profiles" in other.stderr
    date = CliRunner().invoke(main, ["audit", str(archive / "north"), *BASE_ARGS, "-o", str(out), "--resume", "--as-of", "2026-03-01"])
    assert date.exit_code == 2 and "same --as-of" in date.stderr


def test_bad_options_are_one_line_usage_errors(archive: Path, tmp_path: Path) -> None:
    for args, message in (
        (["--payer", "pa-55-5200"], "state profile"),
        (["--payer", "medicare-psychotherapy", "--state", "medicare-psychotherapy"], "not a state profile"),
        (["--payer", "nope"], "unknown profile"),
        (["--payer", "medicare-psychotherapy", "--executor", "dask"], "--scheduler"),
        (["--payer", "medicare-psychotherapy", "--as-of", "someday"], "not a date"),
    ):
        result = CliRunner().invoke(main, ["audit", str(archive), *args, "-o", str(tmp_path / "o")])
        assert result.exit_code == 2, (args, result.output)
        assert message in result.stderr and "Traceback" not in result.output


def test_resume_skips_unchanged_plans_and_redoes_changed_ones(archive: Path, tmp_path: Path,
                                                             write_plan: Callable[..., Path]) -> None:
    out = tmp_path / "out"
    args = [str(archive), *BASE_ARGS, "--as-of", AS_OF, "-o", str(out), "--jobs", "2"]
    audit(*args)
    first = {line["key"]: line for line in read_lines(out / "results.jsonl")}
    write_plan(archive / "north" / "a-clean.yaml", code="F99.99", note="changed")  # now fails
    shutil.copy(DOCX_FIXTURES / "l3_pt_caps_flat_stg.docx", archive / "north" / "new.docx")
    result = audit(*args, "--resume")
    assert "2 checked now, 6 unchanged" in result.stderr, result.stderr
    second = read_lines(out / "results.jsonl")
    keys = [line["key"] for line in second]
    assert len(keys) == len(set(keys)) == 8
    by_key = {line["key"]: line for line in second}
    changed = str(archive / "north" / "a-clean.yaml")
    assert by_key[changed]["status"] == "fail" and by_key[changed]["content_sha256"] != first[changed]["content_sha256"]
    for key, line in first.items():
        if key != changed and line["status"] != "error":
            assert by_key[key] == line
    # the unreadable file (its bytes were read) is not retried either; a plan no longer found keeps its
    # result (a mistyped PATH must not wipe an audit)
    (archive / "north" / "new.docx").unlink()
    result = audit(*args, "--resume")
    assert "8 plans (0 checked now, 7 unchanged" in result.stderr and "1 results of plans not found" in result.stderr
    assert len(read_lines(out / "results.jsonl")) == 8
    result = audit(str(tmp_path / "typo"), *args[1:], "--resume")
    assert len(read_lines(out / "results.jsonl")) == 9  # the 8 results and an error line for the missing PATH


def test_resume_redoes_plans_when_the_profiles_change(archive: Path, tmp_path: Path, county_profiles: Path) -> None:
    out = tmp_path / "out"
    args = [str(archive / "north"), "--payer", "medicare-psychotherapy", "--state", "test-county", "--as-of", AS_OF,
            "-o", str(out), "--jobs", "1", "--profiles-dir", str(county_profiles)]
    audit(*args)
    assert "2 plans (0 checked now, 2 unchanged" in audit(*args, "--resume").stderr
    profile = county_profiles / "test-county.yaml"
    profile.write_text(profile.read_text(encoding="utf-8").replace("Code 1.1 (goals)", "Code 1.1a (goals)"), encoding="utf-8")
    result = audit(*args, "--resume")
    assert "2 plans:" in result.stderr and "unchanged" not in result.stderr
    lines = read_lines(out / "results.jsonl")
    assert len(lines) == 2


def test_torn_last_line_is_ignored_and_cut_before_appending(tmp_path: Path) -> None:
    path = tmp_path / "results.jsonl"
    path.write_text('{"key": "a", "status": "pass"}\n{"key": "b", "status": "fail"}\n{"key": "c", "sta')
    assert [r["key"] for r in iter_results(path)] == ["a", "b"]
    assert set(prior_index(path)) == {"a", "b"}
    with ResultsWriter(path) as writer:
        writer.write('{"key": "c", "status": "pass"}')
    assert path.read_text().splitlines() == ['{"key": "a", "status": "pass"}', '{"key": "b", "status": "fail"}',
                                             '{"key": "c", "status": "pass"}']


def test_last_line_of_a_key_wins_and_compact_keeps_one_line_per_plan(tmp_path: Path) -> None:
    path = tmp_path / "results.jsonl"
    path.write_text('{"key": "a", "n": 1}\nnot json\n{"key": "b", "n": 1}\n{"key": "a", "n": 2}\n{"key": "gone", "n": 1}\n')
    assert [(r["key"], r["n"]) for r in iter_results(path)] == [("b", 1), ("a", 2), ("gone", 1)]
    kept, dropped = compact(path, lambda key: key != "gone")
    assert (kept, dropped) == (2, 3)
    assert path.read_text() == '{"key": "b", "n": 1}\n{"key": "a", "n": 2}\n'


def test_file_names_that_are_not_utf8_do_not_stop_the_run(tmp_path: Path, write_plan: Callable[..., Path]) -> None:
    import os

    plans = tmp_path / "plans"
    good = write_plan(plans / "ok.yaml", note="ok")
    try:
        os.rename(good, os.fsencode(plans) + b"/caf\xe9-plan.yaml")  # Latin-1 bytes, not UTF-8
        (Path(os.fsdecode(os.fsencode(plans) + b"/torn-\xff.docx"))).write_bytes(b"PK\x03\x04 torn")
    except (OSError, UnicodeError):
        import pytest

        pytest.skip("the file system does not take non-UTF-8 names")
    out = tmp_path / "out"
    args = [str(plans), *BASE_ARGS, "--as-of", AS_OF, "-o", str(out), "--jobs", "1"]
    assert audit(*args).exit_code == 1
    lines = read_lines(out / "results.jsonl")  # valid UTF-8 JSON, the odd bytes as \udcXX escapes
    assert sorted(line["status"] for line in lines) == ["error", "pass"]
    assert all("\udce9" in line["key"] or "\udcff" in line["key"] for line in lines)
    assert json.loads((out / "summary.json").read_text(encoding="utf-8"))["plans"] == 2
    assert "2 unchanged" in audit(*args, "--resume").stderr
