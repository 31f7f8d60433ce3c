"""The requirements checklist: each profile requirement, met or not, and where in the plan.

A requirement is met when the rule run that checked the plan found nothing under it. Where it is
met is read from what the rule looks at (its check kind and parameters): the plan elements that
satisfy it, each with its label and the place in the source document the reader recorded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from authcheck.findings import SEVERITIES, Finding, PlanReport
from authcheck.model import TreatmentPlan
from authcheck.profiles import ResolvedProfile, ResolvedRequirement
from authcheck.rules.paths import (
    SECTION_ORDER,
    is_missing,
    label_for,
    nearest_source,
    resolve_field,
    standard_section,
    validate_path,
)

__all__ = ["ChecklistRow", "Evidence", "build_checklist", "evidence_paths"]


@dataclass(frozen=True)
class Evidence:
    """One plan element that meets a requirement."""

    path: str
    element: str
    where: str


@dataclass
class ChecklistRow:
    """One requirement in the checklist."""

    rule: str
    title: str
    section: str
    profiles: list[str]
    citations: list[str]
    status: str  # met | not met | warning | note
    severity: str
    evidence: list[Evidence] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    verified: bool = True


def _present(plan: TreatmentPlan, path: str) -> list[str]:
    """Concrete paths of `path` (fanning out over [*]) whose value is present."""
    return [rf.path for rf in resolve_field(plan, path) if not is_missing(rf.value)]


_TARGETS = ("goals", "objectives", "goals_and_objectives")


def _goal_paths(plan: TreatmentPlan, target: str) -> list[str]:
    goals = [p for p, _ in plan.iter_goals()] if target in ("goals", "goals_and_objectives") else []
    objectives = [p for p, _, _ in plan.iter_objectives()] if target in ("objectives", "goals_and_objectives") else []
    return goals + objectives


def _generic(plan: TreatmentPlan, params: Any) -> list[str]:
    """For a check kind this module does not know: goals/objectives named by a `target`, or plan paths in its parameters."""
    values = params.model_dump() if hasattr(params, "model_dump") else {}
    if values.get("target") in _TARGETS:
        return _goal_paths(plan, values["target"])
    found: list[str] = []
    for value in values.values():
        for candidate in value if isinstance(value, list) else [value]:
            if isinstance(candidate, str):
                try:
                    validate_path(candidate)
                except ValueError:
                    continue
                found += _present(plan, candidate)
    return found


def evidence_paths(plan: TreatmentPlan, requirement: ResolvedRequirement) -> list[str]:
    """The plan elements a met requirement rests on (may be empty when the check has nothing to point at)."""
    check = requirement.rule.check
    params: Any = requirement.params
    if check == "required":
        paths = list(params.fields) or list(params.any_of)
        return [p for path in paths for p in _present(plan, path)]
    if check in ("diagnosis_code", "diagnosis_allowed"):
        if getattr(params, "scope", "all") == "primary":
            primary = plan.primary_diagnosis()
            return [f"diagnoses[{i}]" for i, d in enumerate(plan.diagnoses) if d is primary]
        return [f"diagnoses[{i}]" for i in range(len(plan.diagnoses))]
    if check in ("measurable", "time_bound", "baseline"):
        return _goal_paths(plan, params.target)
    if check == "element_matches":
        patterns = [re.compile(p, re.IGNORECASE) for p in params.patterns]
        candidates: list[tuple[str, Any]] = []
        if params.scope in ("goals", "goals_and_objectives"):
            candidates += list(plan.iter_goals())
        if params.scope in ("objectives", "goals_and_objectives"):
            candidates += [(p, o) for p, _, o in plan.iter_objectives()]
        return [path for path, element in candidates
                if any(isinstance(getattr(element, f, None), str) and any(p.search(getattr(element, f)) for p in patterns)
                       for f in params.fields)]
    if check == "treatment_detail":
        detail = params.detail
        found = [p for p in _present(plan, f"services[*].{detail}")]
        if not plan.services and params.scope == "services_or_interventions":
            found = [path for path, i in plan.iter_interventions() if not is_missing(getattr(i, detail, None))]
        return found
    if check == "service_code":
        return [f"services[{i}]" for i, s in enumerate(plan.services) if s.code]
    if check == "signature":
        roles = set(params.roles)
        return [f"signatures[{i}]" for i, s in enumerate(plan.signatures) if s.role in roles and s.signed]
    if check == "assessment":
        patterns = [re.compile(p, re.IGNORECASE) for p in params.instruments]
        return [f"assessments[{i}]" for i, a in enumerate(plan.assessments)
                if a.instrument and (not patterns or any(p.search(a.instrument) for p in patterns))]
    if check == "deadline":
        return [p for p in (params.date, params.anchor) if _present(plan, p)]
    if check in ("review_interval", "review_overdue"):
        return [f"reviews[{i}]" for i, r in enumerate(plan.reviews) if r.date]
    if check == "duration_limit":
        found = [m for m in params.measure if m != "services" and not is_missing(getattr(plan, m, None))]
        if not found and "services" in params.measure:  # a service's length counts only when the plan has none
            found = [f"services[{i}].duration" for i, s in enumerate(plan.services) if s.duration and s.duration.stated]
        return found
    if check in ("plan_age", "date_consistency"):
        return _present(plan, "plan_date")
    if check == "identifiers":
        paths = _present(plan, "patient.member_id") + _present(plan, "providers[*].npi") + _present(plan, "signatures[*].npi")
        return paths or _present(plan, "patient.name")
    return _generic(plan, params)


_DEFAULT_SECTION_PATH = {
    "diagnosis_code": "diagnoses", "diagnosis_allowed": "diagnoses", "measurable": "goals", "time_bound": "goals",
    "baseline": "goals", "element_matches": "goals", "treatment_detail": "services", "service_code": "services",
    "signature": "signatures", "assessment": "assessments", "review_interval": "reviews", "review_overdue": "reviews",
    "duration_limit": "expected_duration", "plan_age": "plan_date", "date_consistency": "plan_date",
    "identifiers": "patient",
}


def _section(requirement: ResolvedRequirement) -> str:
    params: Any = requirement.params
    check = requirement.rule.check
    if check == "required":
        path = (list(params.fields) or list(params.any_of) or [""])[0]
    elif check == "deadline":
        path = params.date
    elif getattr(params, "target", None) in _TARGETS:
        path = "goals"
    else:
        path = _DEFAULT_SECTION_PATH.get(check, "")
    return standard_section(path)


def _evidence(plan: TreatmentPlan, path: str) -> Evidence:
    source = nearest_source(plan, path)
    parts = [source.section] if source is not None and source.section else []
    if source is not None and source.describe():
        parts.append(source.describe())
    return Evidence(path=path, element=label_for(plan, path), where=", ".join(parts))


_STATUS = {"error": "not met", "warning": "warning", "info": "note"}


def build_checklist(plan: TreatmentPlan, report: PlanReport, profiles: list[ResolvedProfile]) -> list[ChecklistRow]:
    """One row per rule the profiles require, in plan-section order, with its status and evidence."""
    rows: dict[str, ChecklistRow] = {}
    for profile in profiles:
        for rule_id, requirement in profile.requirements.items():
            row = rows.get(rule_id)
            if row is None:
                row = ChecklistRow(
                    rule=rule_id, title=requirement.rule.title, section=_section(requirement), profiles=[], citations=[],
                    status="met", severity=requirement.effective_severity, verified=requirement.verified,
                )
                row.evidence = [_evidence(plan, p) for p in dict.fromkeys(evidence_paths(plan, requirement))]
                rows[rule_id] = row
            row.profiles.append(f"{profile.id} {profile.version}")
            if requirement.citation not in row.citations:
                row.citations.append(requirement.citation)
            row.verified = row.verified and requirement.verified
    for finding in report.findings:
        row = rows.get(finding.rule)
        if row is not None:
            row.findings.append(finding)
    for row in rows.values():
        if row.findings:
            worst = min((f.severity for f in row.findings), key=SEVERITIES.index)
            row.status = _STATUS[worst]
            row.severity = worst
    order = {name: i for i, name in enumerate(SECTION_ORDER)}
    return sorted(rows.values(), key=lambda r: (order.get(r.section, len(order)), r.rule))
