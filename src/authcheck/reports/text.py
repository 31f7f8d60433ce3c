"""Terminal and plain-text report: findings grouped by plan section, wrapped for an 80-column terminal."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable

from rich.text import Text

from authcheck.findings import Finding, PlanReport

__all__ = ["render_text", "summary_line"]

_SEVERITY_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan"}
_SEVERITY_LABEL = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}
_INDENT = 4


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary_line(report: PlanReport) -> str:
    """One line: verdict, counts, plan, profiles, as-of date."""
    if report.status == "error":
        return f"ERROR  {report.source}: {report.error}"
    verdict = "PASS" if report.status == "pass" else "FAIL"
    counts = report.counts
    profiles = ", ".join(f"{p.id} {p.version}" for p in report.profiles)
    return (
        f"{verdict}  {_plural(counts['error'], 'error')}, {_plural(counts['warning'], 'warning')}, "
        f"{counts['info']} info  {report.source}  ({profiles}; as of {report.as_of})"
    )


def _wrapped(label: str, body: str, width: int) -> list[str]:
    head = " " * _INDENT + (f"{label:<10}" if label else " " * 10)
    return textwrap.wrap(
        body, width=max(width, 40), initial_indent=head, subsequent_indent=" " * (_INDENT + 10),
        break_long_words=False, break_on_hyphens=False,
    ) or [head.rstrip()]


def _finding_lines(finding: Finding, width: int) -> Iterable[tuple[str, str | None]]:
    severity = _SEVERITY_LABEL[finding.severity]
    title = f"  {severity:<8} {finding.kind}  ·  {finding.location.element}"
    yield title, _SEVERITY_STYLE[finding.severity]
    for line in _wrapped("", finding.message, width):
        yield line, None
    where = []
    if finding.location.quote:
        where.append(f'"{finding.location.quote}"')
    if finding.location.source and finding.location.source.describe():
        where.append(f"({finding.location.source.describe()})")
    if where:
        for line in _wrapped("Where:", " ".join(where), width):
            yield line, "dim"
    for line in _wrapped("Fix:", finding.fix, width):
        yield line, "green"
    if finding.example:
        for line in _wrapped("Example:", finding.example, width):
            yield line, "green"
    required_by = ", ".join([finding.profile, *finding.also_required_by])
    for line in _wrapped("Source:", f"{finding.citation} — rule {finding.rule}, required by {required_by}", width):
        yield line, "dim"


def render_text(reports: list[PlanReport], *, width: int = 80, quiet: bool = False) -> Text:
    """The whole report as styled text (use `.plain` for files and pipes)."""
    out = Text()

    def line(text: str, style: str | None = None) -> None:
        out.append(text + "\n", style=style or "")

    for index, report in enumerate(reports):
        if quiet:
            line(summary_line(report), _verdict_style(report))
            continue
        if index:
            line("")
        line(f"{report.source}  ({report.format})", "bold")
        if report.status == "error":
            line(f"  could not be checked: {report.error}", "bold red")
            continue
        profiles = "; ".join(f"{p.id} {p.version} ({p.type})" for p in report.profiles)
        for text in _wrapped("Profiles:", f"{profiles}. As of {report.as_of}.", width):
            line(text, "dim")
        for note in report.notes:
            for text in _wrapped("Note:", note, width):
                line(text, "yellow")
        section = None
        for finding in report.findings:
            if finding.location.section != section:
                section = finding.location.section
                line("")
                line(section, "bold underline")
            for text, style in _finding_lines(finding, width):
                line(text, style)
        if not report.findings:
            line("")
            line("  No gaps found under these profiles.", "green")
        line("")
        line(summary_line(report), _verdict_style(report))
    return out


def _verdict_style(report: PlanReport) -> str:
    return {"pass": "bold green", "fail": "bold red"}.get(report.status, "bold red")
