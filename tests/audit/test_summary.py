"""Summaries: content against the results, rebuilt from results.jsonl alone, a self-contained HTML page."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from authcheck.audit.summary import build_summary
from authcheck.cli import main

from .conftest import AS_OF, BASE_ARGS, read_lines

SUMMARY_FILES = ("summary.json", "summary.csv", "summary.html")


@pytest.fixture
def audited(tmp_path: Path, write_plan: Callable[..., Path]) -> Path:
    root = tmp_path / "plans"
    write_plan(root / "north" / "a.yaml", clinician="Maya Chen", program="Adult outpatient", review=dt.date(2026, 2, 15), note="a")
    write_plan(root / "north" / "b.yaml", clinician="Maya Chen", program="Adult outpatient", code="F32", note="b")
    write_plan(root / "south" / "c.yaml", clinician="Omar Haddad", program="Youth program", review=dt.date(2026, 6, 1), note="c")
    write_plan(root / "south" / "d.yaml", clinician="Omar Haddad", program=None, code="F99.99", review=None, note="d")
    write_plan(root / "e.yaml", clinician="<script>alert(1)</script>", program="Adult outpatient",
               review=dt.date(2026, 3, 3), note="e")
    (root / "south" / "broken.docx").write_bytes(b"PK\x03\x04 torn")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["audit", str(root), *BASE_ARGS, "--as-of", AS_OF, "-o", str(out), "--jobs", "2"])
    assert result.exit_code == 1, result.output
    return out


def test_summary_counts_match_the_results(audited: Path) -> None:
    summary = json.loads((audited / "summary.json").read_text())
    lines = read_lines(audited / "results.jsonl")
    status = Counter(line["status"] for line in lines)
    assert (summary["plans"], summary["passed"], summary["failed"], summary["unreadable"]) == (6, 3, 2, 1)
    assert status == {"pass": 3, "fail": 2, "error": 1}
    assert summary["pass_rate"] == 0.6
    findings = [f for line in lines for f in line["findings"]]
    assert summary["findings"]["total"] == len(findings)
    assert summary["findings"]["error"] == sum(f["severity"] == "error" for f in findings)
    kinds = Counter(f["kind"] for f in findings)
    assert {r["kind"]: r["findings"] for r in summary["by_kind"]} == kinds
    assert [r["findings"] for r in summary["by_kind"]] == sorted(kinds.values(), reverse=True)
    assert {r["rule"]: r["findings"] for r in summary["by_rule"]} == Counter(f["rule"] for f in findings)
    by_profile = Counter(p for f in findings for p in {f["profile"], *f["also_required_by"]})
    assert {r["profile"]: r["findings"] for r in summary["by_profile"]} == by_profile
    assert {"diagnosis-code-not-billable", "diagnosis-code-invalid"} <= set(kinds)
    plans_with = {r["kind"]: r["plans"] for r in summary["by_kind"]}
    assert plans_with["diagnosis-code-invalid"] == 1 and plans_with["diagnosis-code-not-billable"] == 1
    assert summary["profiles"] == [{"id": "medicare-psychotherapy", "version": "2015-10", "plans": 6},
                                   {"id": "pa-55-5200", "version": "current", "plans": 6}]


def test_summary_groups_by_clinician_program_and_site(audited: Path) -> None:
    summary = json.loads((audited / "summary.json").read_text())
    clinicians = {r["name"]: (r["plans"], r["passed"], r["failed"], r["unreadable"]) for r in summary["by_clinician"]}
    assert clinicians == {"Maya Chen": (2, 1, 1, 0), "Omar Haddad": (2, 1, 1, 0), "<script>alert(1)</script>": (1, 1, 0, 0),
                          "(not stated)": (1, 0, 0, 1)}
    programs = {r["name"]: r["plans"] for r in summary["by_program"]}
    assert programs == {"Adult outpatient": 3, "Youth program": 1, "(not stated)": 2}
    sites = {r["name"]: (r["plans"], r["pass_rate"]) for r in summary["by_site"]}
    assert sites == {"north": (2, 0.5), "south": (3, 0.5), "(not stated)": (1, 1.0)}


def test_reviews_due_in_the_next_30_days_and_worst_plans_first(audited: Path) -> None:
    summary = json.loads((audited / "summary.json").read_text())
    due = summary["reviews_due"]
    assert (due["from"], due["until"], due["days"]) == ("2026-02-01", "2026-03-03", 30)
    assert [(Path(r["key"]).name, r["date"], r["kind"]) for r in due["reviews"]] == [
        ("a.yaml", "2026-02-15", "review"), ("e.yaml", "2026-03-03", "review")]
    assert due["plans"] == 2 and due["reviews"][0]["clinician"] == "Maya Chen" and due["reviews"][0]["site"] == "north"
    worst = summary["worst_plans"]
    assert worst[0]["errors"] >= worst[-1]["errors"]
    keys = [(-w["errors"], -w["findings"], w["key"]) for w in worst]
    assert keys == sorted(keys)
    assert {Path(w["key"]).name for w in worst if w["status"] == "fail"} == {"b.yaml", "d.yaml"}
    errors = {line["key"]: sum(f["severity"] == "error" for f in line["findings"]) for line in read_lines(audited / "results.jsonl")}
    assert worst[0]["errors"] == max(errors.values()) and all(w["errors"] == errors[w["key"]] for w in worst)
    unreadable = summary["unreadable_plans"]
    assert unreadable["total"] == 1 and Path(unreadable["first"][0]["key"]).name == "broken.docx"


def test_csv_has_one_row_per_group(audited: Path) -> None:
    rows = list(csv.DictReader(io.StringIO((audited / "summary.csv").read_text())))
    assert rows[0]["section"] == "overall" and rows[0]["plans"] == "6" and rows[0]["pass_rate"] == "0.6"
    sections = Counter(row["section"] for row in rows)
    summary = json.loads((audited / "summary.json").read_text())
    for section in ("kind", "rule", "profile", "clinician", "program", "site"):
        assert sections[section] == len(summary[f"by_{section}"])
    assert {row["name"] for row in rows if row["section"] == "site"} == {"north", "south", "(not stated)"}


def test_html_is_self_contained_and_escapes_plan_text(audited: Path) -> None:
    page = (audited / "summary.html").read_text()
    assert page.startswith("<!DOCTYPE html>") and page.count("<svg") >= 5
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page) and "<link" not in page and "@import" not in page
    external = set(re.findall(r"https?://[^\s\"'<>]+", page))
    assert external <= {"http://www.w3.org/2000/svg"}
    for text in ("Findings by kind", "By clinician", "By program", "By site", "Reviews due", "Worst plans first",
                 "Maya Chen", "diagnosis-code-invalid", "2026-02-15"):
        assert text in page


def test_summaries_are_rebuilt_from_results_alone(audited: Path) -> None:
    before = {name: (audited / name).read_bytes() for name in SUMMARY_FILES}
    for name in (*SUMMARY_FILES, "run.json"):
        (audited / name).unlink()
    result = CliRunner().invoke(main, ["audit", "summarize", str(audited)])
    assert result.exit_code == 0, result.output
    assert "6 plans: 3 pass, 2 fail, 1 unreadable" in result.stderr
    assert {name: (audited / name).read_bytes() for name in SUMMARY_FILES} == before


def test_summary_does_not_depend_on_line_order_and_takes_the_last_line_of_a_plan(audited: Path) -> None:
    lines = (audited / "results.jsonl").read_text().splitlines()
    before = json.loads((audited / "summary.json").read_text())
    (audited / "results.jsonl").write_text("\n".join(reversed(lines)) + "\n")
    CliRunner().invoke(main, ["audit", "summarize", str(audited)])
    assert json.loads((audited / "summary.json").read_text()) == before
    # a later line for the same plan replaces the earlier one
    failing = json.loads(next(line for line in lines if json.loads(line)["status"] == "fail"))
    failing.update(status="pass", findings=[])
    with (audited / "results.jsonl").open("a") as handle:
        handle.write(json.dumps(failing) + "\n")
    CliRunner().invoke(main, ["audit", "summarize", str(audited)])
    after = json.loads((audited / "summary.json").read_text())
    assert (after["plans"], after["passed"], after["failed"]) == (6, 4, 1)


def test_summarize_needs_results(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["audit", "summarize", str(tmp_path)])
    assert result.exit_code == 2 and "no results.jsonl" in result.stderr


def test_empty_results_give_an_empty_summary() -> None:
    summary = build_summary([])
    assert summary["plans"] == 0 and summary["pass_rate"] is None and summary["reviews_due"]["reviews"] == []
