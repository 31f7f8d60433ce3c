"""Reporters: each turns plan reports into one output format; the CLI looks them up by name."""

from __future__ import annotations

from collections.abc import Callable

from authcheck.findings import PlanReport

__all__ = ["REPORT_FORMATS", "render"]


def _text(reports: list[PlanReport], **options: object) -> str:
    from authcheck.reports.text import render_text

    return render_text(reports, width=int(options.get("width", 80)), quiet=bool(options.get("quiet"))).plain  # type: ignore[arg-type]


def _json(reports: list[PlanReport], **options: object) -> str:
    from authcheck.reports.json import render_json

    return render_json(reports)


REPORT_FORMATS: dict[str, Callable[..., str]] = {"text": _text, "json": _json}


def render(fmt: str, reports: list[PlanReport], **options: object) -> str:
    """Render `reports` in format `fmt` (one of REPORT_FORMATS)."""
    return REPORT_FORMATS[fmt](reports, **options)
