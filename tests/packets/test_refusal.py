"""`authcheck packet` refuses a plan with error-severity findings, builds it with --force and then shows
every open gap, and turns unusable input into one line with exit code 2."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .helpers import EXAMPLES, cli, docx_text, read_json, section

FLAWED = str(EXAMPLES / "psychotherapy-flawed.yaml")
CLEAN = str(EXAMPLES / "psychotherapy-clean.yaml")
ARGS = ["--payer", "medicare-psychotherapy", "--state", "pa-55-5200", "--as-of", "2026-02-01", "--no-pdf"]


def _report(library):  # type: ignore[no-untyped-def]
    from authcheck.api import check_file, select_profiles

    day = dt.date(2026, 2, 1)
    return check_file(FLAWED, select_profiles(library, payer="medicare-psychotherapy", states=["pa-55-5200"], as_of=day), day)


def test_refuses_a_plan_with_errors_lists_them_and_writes_nothing(tmp_path: Path, library) -> None:
    out = tmp_path / "packet"
    result = cli("packet", FLAWED, *ARGS, "-o", str(out))
    assert result.exit_code == 1
    assert not out.exists()
    errors = [f for f in _report(library).findings if f.severity == "error"]
    assert len(errors) == 6
    assert f"has {len(errors)} error-severity findings" in result.stderr
    for finding in errors:
        assert finding.message in result.stderr
        assert f"ERROR {finding.kind}" in result.stderr
    assert "--force" in result.stderr
    assert result.stdout == ""


def test_force_builds_and_the_packet_shows_every_open_gap(tmp_path: Path, library) -> None:
    out = tmp_path / "packet"
    result = cli("packet", FLAWED, *ARGS, "-o", str(out), "--force")
    assert result.exit_code == 0, result.output
    assert "built with --force: 6 error-severity gap(s) open" in result.stdout
    text = docx_text(out / "packet.docx")
    report = _report(library)
    cover = text[: text.index("\nOpen documentation gaps\n")]
    assert cover.startswith("Medicare documentation packet")  # the medicare template set
    assert "Built with --force: 6 error-severity documentation gaps are still open" in cover
    gaps = section(text, "Open documentation gaps", "Letter of medical necessity")
    assert "6 error-severity gaps must be fixed" in gaps
    for finding in report.findings:  # every finding, whatever its severity, is on the page
        row = next(line for line in gaps.splitlines() if finding.message in line)
        assert finding.location.element in row
        assert finding.fix in row
    # the checklist marks the unmet requirements
    checklist = section(text, "Requirements checklist", "Attachments")
    for finding in report.findings:
        if finding.severity == "error":
            assert any("NOT MET" in line and finding.message in line for line in checklist.splitlines()), finding.rule
    manifest = read_json(out / "manifest.json")
    assert manifest["forced"] is True
    assert manifest["counts"] == report.counts
    assert [f["message"] for f in manifest["findings"]] == [f.message for f in report.findings]


def test_a_clean_plan_builds_without_a_gaps_page(tmp_path: Path) -> None:
    out = tmp_path / "packet"
    result = cli("packet", CLEAN, *ARGS, "-o", str(out))
    assert result.exit_code == 0, result.output
    text = docx_text(out / "packet.docx")
    assert "Open documentation gaps" not in text and "--force" not in text
    assert read_json(out / "manifest.json")["forced"] is False


def test_force_on_a_clean_plan_is_not_reported_as_forced(tmp_path: Path) -> None:
    out = tmp_path / "packet"
    assert cli("packet", CLEAN, *ARGS, "-o", str(out), "--force").exit_code == 0
    assert read_json(out / "manifest.json")["forced"] is False


def _one_line_error(result) -> str:  # type: ignore[no-untyped-def]
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("authcheck: error:"), result.stderr
    assert "Traceback" not in result.output
    return lines[0]


def test_unusable_input_is_one_line_with_exit_code_2(tmp_path: Path) -> None:
    out = str(tmp_path / "packet")
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert "broken.json" in _one_line_error(cli("packet", str(broken), *ARGS, "-o", out))
    assert "missing.yaml" in _one_line_error(cli("packet", str(tmp_path / "missing.yaml"), *ARGS, "-o", out))
    assert "unknown profile" in _one_line_error(cli("packet", CLEAN, "--payer", "acme", "-o", out))
    assert "--date" in _one_line_error(cli("packet", CLEAN, *ARGS, "--date", "someday", "-o", out))
    assert "--place-of-service" in _one_line_error(cli("packet", CLEAN, *ARGS, "--place-of-service", "office", "-o", out))
    assert "file not found" in _one_line_error(cli("packet", CLEAN, *ARGS, "--attach", str(tmp_path / "nope.pdf"), "-o", out))
    assert "not found" in _one_line_error(cli("packet", CLEAN, *ARGS, "--templates-dir", str(tmp_path / "nope"), "-o", out))
    assert not Path(out).exists()


def test_output_folder_that_is_a_file_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert "cannot write" in _one_line_error(cli("packet", CLEAN, *ARGS, "-o", str(blocker)))


def test_a_second_build_replaces_the_packet_files_and_leaves_others(tmp_path: Path) -> None:
    out = tmp_path / "packet"
    evaluation = tmp_path / "psychiatric-diagnostic-evaluation.txt"
    evaluation.write_text("Invented evaluation summary.", encoding="utf-8")
    assert cli("packet", CLEAN, *ARGS, "-o", str(out), "--attach", str(evaluation), "--payer-id", "12345").exit_code == 0
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    assert (out / "attachments" / evaluation.name).exists() and (out / "x12-278.txt").exists()
    assert cli("packet", CLEAN, *ARGS, "-o", str(out)).exit_code == 0
    assert not (out / "attachments").exists()          # stale outputs of the first packet are gone
    assert not (out / "x12-278.txt").exists()          # no payer ID this time: not written, not left over
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    names = {f["name"] for f in read_json(out / "manifest.json")["files"]}
    assert names == {p.name for p in out.iterdir() if p.is_file()} - {"manifest.json", "notes.txt"}
