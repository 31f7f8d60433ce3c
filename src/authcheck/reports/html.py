"""HTML report: one self-contained page (inline CSS, no scripts, nothing fetched) for one or more plans.

Rendered with jinja2 from templates/report/ with autoescaping on and StrictUndefined: plan text is
untrusted and always reaches the page as escaped text, never as markup. A Content-Security-Policy
meta tag forbids scripts and remote loads as a second line of defence. Identifiers in the page are
built from positions (plan-1-f-3), never from plan text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from authcheck.findings import Finding, PlanReport
from authcheck.kinds import FINDING_KINDS
from authcheck.reports.ordering import group_by_section
from authcheck.reports.summary import (
    SEVERITY_ICON,
    SEVERITY_LABEL,
    citation_of,
    counts_phrase,
    plural,
    profile_phrase,
    verdict_of,
)
from authcheck.unread import hint_sentence

__all__ = ["render_html"]


@dataclass(frozen=True)
class FindingView:
    """What the template shows for one finding."""

    id: str
    severity: str
    severity_label: str
    icon: str
    element: str
    kind: str
    kind_meaning: str
    where: str
    quote: str | None
    message: str
    fix: str
    example: str | None
    hint: str | None
    rule: str
    citation: str
    verified: bool
    note: str | None
    required_by: list[str]


@dataclass(frozen=True)
class GroupView:
    """One plan section and its findings."""

    id: str
    title: str
    in_document: bool
    show_hint: bool
    findings: list[FindingView]
    counts: str


@dataclass(frozen=True)
class PlanView:
    """One plan: verdict banner, profiles, notes, sections."""

    id: str
    name: str
    path: str
    format: str
    status: str
    headline: str
    detail: str
    icon: str
    counts: dict[str, int]
    counts_text: str
    payer_profiles: list[str]
    state_profiles: list[str]
    as_of: str
    notes: list[str]
    groups: list[GroupView] = field(default_factory=list)
    error: str | None = None

    @property
    def unplaced(self) -> int:
        """How many sections (all first) hold findings without a place in the document."""
        return sum(1 for g in self.groups if not g.in_document)


def _where(finding: Finding) -> str:
    source = finding.location.source
    return source.describe() if source else ""


def _finding_view(finding: Finding, finding_id: str) -> FindingView:
    citation = citation_of(finding)
    return FindingView(
        id=finding_id,
        severity=finding.severity,
        severity_label=SEVERITY_LABEL[finding.severity],
        icon=SEVERITY_ICON[finding.severity],
        element=finding.location.element,
        kind=finding.kind,
        kind_meaning=FINDING_KINDS.get(finding.kind, ""),
        where=_where(finding),
        quote=finding.location.quote,
        message=finding.message,
        fix=finding.fix,
        example=finding.example,
        hint=hint_sentence(finding),
        rule=finding.rule,
        citation=citation.text,
        verified=citation.verified,
        note=citation.note,
        required_by=[f"{finding.profile} {finding.profile_version}", *finding.also_required_by],
    )


def _plan_view(report: PlanReport, index: int) -> PlanView:
    verdict = verdict_of(report)
    plan_id = f"plan-{index}"
    groups = []
    number = 0
    for g_index, group in enumerate(group_by_section(report) if report.status != "error" else [], start=1):
        views = []
        for finding in group.findings:
            number += 1
            views.append(_finding_view(finding, f"{plan_id}-f-{number}"))
        counts = {s: sum(1 for f in group.findings if f.severity == s) for s in ("error", "warning", "info")}
        groups.append(GroupView(
            id=f"{plan_id}-s-{g_index}", title=group.title, in_document=group.in_document,
            show_hint=not group.in_document and g_index == 1,  # sections without a place come first
            findings=views,
            counts=", ".join(plural(n, SEVERITY_LABEL[s].lower()) for s, n in counts.items() if n),
        ))
    return PlanView(
        id=plan_id,
        name=Path(report.source).name or report.source,
        path=report.source,
        format=report.format,
        status=verdict.status,
        headline=verdict.headline,
        detail=verdict.detail,
        icon=verdict.icon,
        counts=dict(report.counts),
        counts_text=counts_phrase(report.counts),
        payer_profiles=[profile_phrase(p) for p in report.profiles if p.type != "state"],
        state_profiles=[profile_phrase(p) for p in report.profiles if p.type == "state"],
        as_of=report.as_of.isoformat(),
        notes=list(report.notes),
        groups=groups,
        error=report.error,
    )


@lru_cache(maxsize=1)
def _environment():  # type: ignore[no-untyped-def]
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    from authcheck.resources import data_dir

    return Environment(
        loader=FileSystemLoader(str(data_dir("templates") / "report")),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("authcheck")
    except PackageNotFoundError:
        return "dev"


def render_html(reports: list[PlanReport], *, title: str | None = None) -> str:
    """The report as one HTML document."""
    plans = [_plan_view(report, index) for index, report in enumerate(reports, start=1)]
    if title is None:
        title = (f"authcheck report: {plans[0].name}: {plans[0].headline}" if len(plans) == 1
                 else f"authcheck report: {len(plans)} plans")
    as_of = sorted({r.as_of for r in reports}) or [dt.date.today()]
    totals = {s: sum(r.counts.get(s, 0) for r in reports) for s in ("error", "warning", "info")}
    template = _environment().get_template("report.html.j2")
    return template.render(
        title=title,
        plans=plans,
        as_of=", ".join(d.isoformat() for d in as_of),
        version=_version(),
        totals=totals,
        ready=sum(1 for p in plans if p.status == "pass"),
        not_ready=sum(1 for p in plans if p.status == "fail"),
        unreadable=sum(1 for p in plans if p.status == "error"),
        severity_icon=SEVERITY_ICON,
    )
