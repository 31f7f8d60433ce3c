"""Reporters: each turns plan reports into one output format; the CLI looks them up by name.

Text formats (text, json, html) render to a string. The docx format returns each plan's own Word
file with comments, so it writes files: `docx_targets` decides the output paths and refuses what
cannot work (non-DOCX plans, one file name for several plans) before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from authcheck.findings import PlanReport

__all__ = ["FILE_FORMATS", "FORMATS", "REPORT_FORMATS", "docx_targets", "render"]


def _text(reports: list[PlanReport], **options: object) -> str:
    from authcheck.reports.text import render_text

    return render_text(reports, width=int(options.get("width", 80)), quiet=bool(options.get("quiet"))).plain  # type: ignore[arg-type]


def _json(reports: list[PlanReport], **options: object) -> str:
    from authcheck.reports.json import render_json

    return render_json(reports)


def _html(reports: list[PlanReport], **options: object) -> str:
    from authcheck.reports.html import render_html

    return render_html(reports)


REPORT_FORMATS: dict[str, Callable[..., str]] = {"text": _text, "json": _json, "html": _html}
FILE_FORMATS = ("docx",)
FORMATS = (*REPORT_FORMATS, *FILE_FORMATS)


def render(fmt: str, reports: list[PlanReport], **options: object) -> str:
    """Render `reports` in format `fmt` (one of REPORT_FORMATS)."""
    return REPORT_FORMATS[fmt](reports, **options)


def docx_targets(reports: list[PlanReport], output: Path | None) -> list[tuple[PlanReport, Path]]:
    """Where each readable plan's annotated Word copy goes; ReviewError when the request cannot work.

    One plan: `output` is the file (or an existing folder, which gets PLAN.reviewed.docx). Several
    plans: `output` must be a folder; each plan gets PLAN.reviewed.docx in it. Plans that could not
    be read are left out (their error is reported separately).
    """
    from authcheck.reports.docx_review import ReviewError

    if output is None:
        raise ReviewError("--format docx writes annotated Word files: give -o FILE.docx (or -o FOLDER for several plans)")
    readable = [r for r in reports if r.status != "error"]
    for report in readable:
        if report.format != "docx":
            raise ReviewError(
                f"{report.source} is a {report.format} plan, not a Word (DOCX) file: --format docx returns annotated "
                "Word files only (use --format html or text for other plans)"
            )
    several = len(reports) > 1
    if several and (output.suffix.lower() == ".docx" or output.is_file()):
        raise ReviewError(f"-o {output}: with several plans, -o must be a folder (each plan gets PLAN.reviewed.docx in it)")
    if several or output.is_dir():
        targets: list[tuple[PlanReport, Path]] = []
        used: set[str] = set()
        for report in readable:
            stem = Path(report.source).stem
            name = f"{stem}.reviewed.docx"
            number = 2
            while name.lower() in used:
                name = f"{stem}-{number}.reviewed.docx"
                number += 1
            used.add(name.lower())
            targets.append((report, output / name))
        return targets
    return [(report, output) for report in readable]
