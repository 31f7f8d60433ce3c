"""The terminal report: verdict first, sections in document order, 80 columns, colour only on a terminal."""

from __future__ import annotations

import io

import pytest
from click.testing import CliRunner
from reports_support import AS_OF, DOCX_FIXTURES, EXAMPLES, check, docx_layout_fixtures, payer_for
from rich.console import Console

from authcheck.cli import main
from authcheck.reports.text import render_text, summary_line

PLANS = [EXAMPLES / "psychotherapy-flawed.yaml", EXAMPLES / "aba-flawed.yaml", EXAMPLES / "sud-inpatient-flawed.yaml",
         *docx_layout_fixtures()[:12]]


@pytest.mark.parametrize("path", PLANS, ids=lambda p: p.stem)
def test_every_line_fits_80_columns(path) -> None:  # type: ignore[no-untyped-def]
    report = check(path, payer_for(path) if path.suffix == ".docx" else "medicare-psychotherapy")
    lines = render_text([report], width=80).plain.splitlines()
    assert lines[-1] == summary_line(report)
    too_long = [line for line in lines[:-1] if len(line) > 80]
    assert too_long == []


def test_verdict_comes_first_and_each_finding_is_labelled() -> None:
    report = check(EXAMPLES / "psychotherapy-flawed.yaml", "medicare-psychotherapy", ("pa-55-5200",))
    lines = render_text([report]).plain.splitlines()
    assert lines[1].startswith("  NOT READY FOR SUBMISSION: 6 errors must be fixed")
    text = "\n".join(lines)
    for label in ("What:", "Where:", "Fix:", "Example:", "Source:"):
        assert f"    {label}" in text
    assert "[unverified:" in text
    passing = render_text([check(EXAMPLES / "psychotherapy-clean.yaml")]).plain
    assert "READY FOR SUBMISSION: No errors under these profiles." in passing


def test_sections_follow_the_document() -> None:
    report = check(DOCX_FIXTURES / "l2_ot_flawed_blank_cells.docx", "medicare-outpatient-therapy")
    headings = [line for line in render_text([report]).plain.splitlines() if line and not line.startswith(" ")][1:-1]
    assert headings[0].endswith("(no place in the document recorded)")
    placed = [h for h in headings if not h.endswith("recorded)")]
    assert placed.index("Diagnosis") < len(placed)


def test_colour_only_on_a_terminal() -> None:
    report = check(EXAMPLES / "psychotherapy-flawed.yaml")
    terminal = io.StringIO()
    Console(file=terminal, force_terminal=True, width=80, color_system="standard").print(render_text([report]), end="")
    assert "\x1b[" in terminal.getvalue()
    piped = io.StringIO()
    Console(file=piped, force_terminal=False, width=80).print(render_text([report]), end="")
    assert "\x1b[" not in piped.getvalue()
    result = CliRunner().invoke(main, ["check", str(EXAMPLES / "psychotherapy-flawed.yaml"), "--payer", "medicare-psychotherapy",
                                       "--as-of", str(AS_OF)])
    assert "\x1b[" not in result.output


def test_quiet_and_several_plans() -> None:
    reports = [check(EXAMPLES / "psychotherapy-flawed.yaml"), check(EXAMPLES / "psychotherapy-clean.yaml")]
    quiet = render_text(reports, quiet=True).plain.splitlines()
    assert quiet == [summary_line(r) for r in reports]
    full = render_text(reports).plain.splitlines()
    assert full[-1] == "2 plans: 1 ready, 1 not ready (3 errors, 3 warnings, 0 info)."
