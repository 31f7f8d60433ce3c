"""Run the rules of resolved profiles on a plan and build the report."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from authcheck.findings import SEVERITIES, Finding, Location, PlanReport
from authcheck.model import TreatmentPlan
from authcheck.profiles import ResolvedProfile, ResolvedRequirement
from authcheck.quotes import one_line_quote
from authcheck.rules.checks import CHECK_KINDS, CheckContext, CheckParams, Hit
from authcheck.rules.measurability import forget_assessments
from authcheck.rules.paths import SECTION_ORDER, label_for, nearest_source, section_for, standard_section
from authcheck.rules.spec import RuleSpec
from authcheck.unread import unread_hints

__all__ = ["build_report", "check_plan", "error_report", "render_template", "run_rule"]

_QUOTE_LIMIT = 240


def run_rule(plan: TreatmentPlan, rule: RuleSpec, params: CheckParams, as_of: dt.date) -> list[Hit]:
    """Every hit of one rule on one plan."""
    return list(CHECK_KINDS[rule.check].run(CheckContext(plan=plan, as_of=as_of), params))


def _display(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, tuple, set)):
        return ", ".join(_display(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_display(v)}" for k, v in value.items())
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value)


def render_template(template: str, values: dict[str, Any]) -> str:
    """Fill a rule's message/fix/example template; whitespace is collapsed to single spaces."""
    text = template.format_map({k: _display(v) for k, v in values.items()})
    return " ".join(text.split())


def _shorten(text: str | None) -> str | None:
    return one_line_quote(text, _QUOTE_LIMIT) or None


def make_finding(plan: TreatmentPlan, hit: Hit, requirement: ResolvedRequirement, profile: ResolvedProfile) -> Finding:
    """Turn one hit into a finding with the rule's wording and the profile's citation."""
    rule = requirement.rule
    source = nearest_source(plan, hit.path)
    location = Location(
        path=hit.path,
        element=label_for(plan, hit.path),
        section=section_for(plan, hit.path),
        quote=_shorten(hit.quote or (source.text if source else None)),
        source=source,
    )
    values: dict[str, Any] = {**requirement.params.model_dump(), **hit.fields, "element": location.element,
                              "section": location.section}
    citation = requirement.citation
    if not requirement.verified:
        citation = f"{citation} [unverified: {requirement.note}]" if requirement.note else f"{citation} [unverified]"
    return Finding(
        rule=rule.id,
        kind=rule.kind,
        severity=requirement.effective_severity,
        message=render_template(rule.message, values),
        location=location,
        fix=render_template(rule.fix, values),
        example=render_template(rule.example, values) or None,
        citation=citation,
        profile=profile.id,
        profile_version=profile.version,
        verified=requirement.verified,
        evidence={k: v for k, v in hit.evidence.items() if v is not None},
    )


def _path_key(path: str) -> tuple[Any, ...]:
    section = standard_section(path)
    parts = tuple(int(p) if p.isdigit() else p for p in re.split(r"[\[\].]+", path) if p)
    return (SECTION_ORDER.index(section) if section in SECTION_ORDER else len(SECTION_ORDER), tuple(str(p).zfill(6) for p in parts))


def check_plan(plan: TreatmentPlan, profiles: Iterable[ResolvedProfile], as_of: dt.date) -> list[Finding]:
    """All findings of all profiles' rules, de-duplicated across profiles and in plan order."""
    forget_assessments()  # the measurability memo serves one plan's rules (several ask the same)
    findings: dict[tuple[str, str, str, str], Finding] = {}
    for profile in profiles:
        for requirement in profile.requirements.values():
            for hit in run_rule(plan, requirement.rule, requirement.params, as_of):
                finding = make_finding(plan, hit, requirement, profile)
                key = (finding.rule, finding.kind, finding.location.path, finding.message)
                if key in findings:
                    first = findings[key]
                    merged_by = [*first.also_required_by, profile.id] if profile.id != first.profile else first.also_required_by
                    stronger = min(first.severity, finding.severity, key=SEVERITIES.index)
                    findings[key] = first.model_copy(update={"also_required_by": merged_by, "severity": stronger})
                else:
                    findings[key] = finding
    return sorted(
        findings.values(),
        key=lambda f: (_path_key(f.location.path), SEVERITIES.index(f.severity), f.rule),
    )


def _counts(findings: list[Finding]) -> dict[str, int]:
    return {severity: sum(1 for f in findings if f.severity == severity) for severity in SEVERITIES}


def build_report(plan: TreatmentPlan, source: str, fmt: str, profiles: list[ResolvedProfile], as_of: dt.date) -> PlanReport:
    """Check a plan and wrap the findings in a report."""
    findings = [_with_hints(plan, finding) for finding in check_plan(plan, profiles, as_of)]
    counts = _counts(findings)
    return PlanReport(
        source=source, format=fmt, status="fail" if counts["error"] else "pass",
        profiles=[p.ref() for p in profiles], as_of=as_of, findings=findings, counts=counts,
        notes=_profile_notes(plan, profiles),
    )


def _with_hints(plan: TreatmentPlan, finding: Finding) -> Finding:
    hints = unread_hints(plan, finding)
    return finding.model_copy(update={"unread": hints}) if hints else finding


def _profile_notes(plan: TreatmentPlan, profiles: list[ResolvedProfile]) -> list[str]:
    notes = []
    for profile in profiles:
        disciplines = profile.spec.applies_to.disciplines
        if disciplines and plan.discipline and plan.discipline not in disciplines:
            notes.append(
                f"{profile.id} is written for {', '.join(disciplines)} plans; this plan reads as {plan.discipline}."
            )
    return notes


def error_report(source: str, message: str, profiles: list[ResolvedProfile], as_of: dt.date) -> PlanReport:
    """A report for a plan that could not be read (used where one bad file must not stop a batch)."""
    return PlanReport(
        source=source, format="unknown", status="error", profiles=[p.ref() for p in profiles], as_of=as_of,
        findings=[], counts=_counts([]), error=message,
    )
