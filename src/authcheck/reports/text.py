"""Terminal and plain-text report: a verdict first, then findings by plan section in document order.

Lines are wrapped to the width given (80 columns by default); colour comes from rich styles and is
dropped automatically when the output is not a terminal (or NO_COLOR is set). The last line of
each plan is its summary line, the same line `--quiet` prints.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from pathlib import Path

from rich.text import Text

from authcheck.findings import Finding, PlanReport
from authcheck.reports.ordering import group_by_section
from authcheck.reports.summary import citation_of, counts_phrase, plural, profile_phrase, verdict_of
from authcheck.unread import hint_sentence

__all__ = ["render_text", "summary_line"]

_SEVERITY_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan"}
_SEVERITY_LABEL = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}
_VERDICT_STYLE = {"pass": "bold green", "fail": "bold red", "error": "bold red"}
_INDENT = 4
_LABEL = 10


def summary_line(report: PlanReport) -> str:
    """One line: verdict, counts, plan, profiles, as-of date."""
    if report.status == "error":
        return f"ERROR  {report.source}: {report.error}"
    verdict = "PASS" if report.status == "pass" else "FAIL"
    counts = report.counts
    profiles = ", ".join(f"{p.id} {p.version}" for p in report.profiles)
    return (
        f"{verdict}  {plural(counts['error'], 'error')}, {plural(counts['warning'], 'warning')}, "
        f"{counts['info']} info  {report.source}  ({profiles}; as of {report.as_of})"
    )


def _wrap(text: str, width: int, first: str, rest: str) -> list[str]:
    return textwrap.wrap(
        text, width=max(width, 40), initial_indent=first, subsequent_indent=rest,
        break_long_words=True, break_on_hyphens=False,
    ) or [first.rstrip()]


def _labelled(label: str, body: str, width: int) -> list[str]:
    head = " " * _INDENT + f"{label:<{_LABEL}}"
    return _wrap(body, width, head, " " * (_INDENT + _LABEL))


def _finding_lines(finding: Finding, width: int) -> Iterable[tuple[str, str | None]]:
    severity = _SEVERITY_LABEL[finding.severity]
    title = f"{finding.location.element}  [{finding.kind}]"
    for line in _wrap(title, width, f"  {severity:<8} ", " " * 11):
        yield line, _SEVERITY_STYLE[finding.severity]
    for line in _labelled("What:", finding.message, width):
        yield line, None
    where = []
    if finding.location.quote:
        where.append(f'"{finding.location.quote}"')
    described = finding.location.source.describe() if finding.location.source else ""
    if described:
        where.append(f"({described})")
    if where:
        for line in _labelled("Where:", " ".join(where), width):
            yield line, "dim"
    hint = hint_sentence(finding)
    if hint:
        for line in _labelled("Check:", hint, width):
            yield line, "yellow"
    for line in _labelled("Fix:", finding.fix, width):
        yield line, "green"
    if finding.example:
        for line in _labelled("Example:", finding.example, width):
            yield line, "green"
    citation = citation_of(finding)
    source = citation.text if citation.verified else f"{citation.text} [unverified: {citation.note or 'not confirmed in source text'}]"
    required_by = ", ".join([finding.profile, *finding.also_required_by])
    for line in _labelled("Source:", f"{source} (rule {finding.rule}; required by {required_by})", width):
        yield line, "dim"


def _plan_lines(report: PlanReport, width: int) -> Iterable[tuple[str, str | None]]:
    name = Path(report.source).name or report.source
    for line in _wrap(f"{name}  ({report.format})", width, "", ""):
        yield line, "bold"
    verdict = verdict_of(report)
    if report.status == "error":
        for line in _wrap(f"COULD NOT BE CHECKED: {report.error}", width, "  ", "  "):
            yield line, "bold red"
        return
    for line in _wrap(f"{verdict.headline.upper()}: {verdict.detail}", width, "  ", "  "):
        yield line, _VERDICT_STYLE[report.status]
    if name != report.source:
        for line in _labelled("File:", report.source, width):
            yield line, "dim"
    profiles = "; ".join(profile_phrase(p) for p in report.profiles)
    for line in _labelled("Profiles:", f"{profiles}. As of {report.as_of}.", width):
        yield line, "dim"
    for note in report.notes:
        for line in _labelled("Note:", note, width):
            yield line, "yellow"
    for group in group_by_section(report):
        yield "", None
        heading = group.title if group.in_document else f"{group.title}  (no place in the document recorded)"
        for line in _wrap(heading, width, "", ""):
            yield line, "bold underline"
        for finding in group.findings:
            yield from _finding_lines(finding, width)
    if not report.findings:
        yield "", None
        yield "  No gaps found under these profiles.", "green"


def render_text(reports: list[PlanReport], *, width: int = 80, quiet: bool = False) -> Text:
    """The whole report as styled text (use `.plain` for files and pipes)."""
    out = Text()

    def line(text: str, style: str | None = None) -> None:
        out.append(text + "\n", style=style or "")

    for index, report in enumerate(reports):
        if quiet:
            line(summary_line(report), _VERDICT_STYLE.get(report.status, "bold red"))
            continue
        if index:
            line("")
        for text, style in _plan_lines(report, width):
            line(text, style)
        line("")
        line(summary_line(report), _VERDICT_STYLE.get(report.status, "bold red"))
    if len(reports) > 1 and not quiet:
        statuses = [r.status for r in reports]
        line("")
        line(
            f"{len(reports)} plans: {statuses.count('pass')} ready, {statuses.count('fail')} not ready"
            + (f", {statuses.count('error')} could not be checked" if "error" in statuses else "")
            + f" ({counts_phrase({k: sum(r.counts.get(k, 0) for r in reports) for k in ('error', 'warning', 'info')})}).",
            "bold",
        )
    return out
