"""The values packet templates see: plain dicts, lists and strings built from the plan, the rule run
and the profiles. Nothing here is invented; an absent value is None (templates print `need(value,
"label")` to show it as MISSING) or an empty list.

Dates are written MM/DD/YYYY, as US payer forms use them. docs/packets.md lists every variable.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from authcheck.findings import PlanReport
from authcheck.model import TreatmentPlan
from authcheck.model.plan import Amount, Duration, Frequency, Intervention, Objective
from authcheck.packets.evidence import ChecklistRow
from authcheck.packets.settings import PacketConfig
from authcheck.packets.submission import Submission
from authcheck.profiles import ResolvedProfile
from authcheck.rules.paths import label_for, nearest_source

__all__ = ["AttachmentStatus", "build_context", "show_date"]

_FUNCTIONAL = re.compile(r"function|impair|limitation|medical necessity|presenting|reason for (?:referral|treatment)|symptom",
                         re.IGNORECASE)


@dataclass(frozen=True)
class AttachmentStatus:
    """A required attachment and the files given for it."""

    name: str
    profiles: tuple[str, ...]
    files: tuple[str, ...]

    @property
    def present(self) -> bool:
        """True when at least one file was given for it."""
        return bool(self.files)


def show_date(day: dt.date | None) -> str | None:
    """MM/DD/YYYY, or None."""
    return day.strftime("%m/%d/%Y") if day else None


def _num(value: float | None) -> str | None:
    return None if value is None else f"{value:g}"


def show_frequency(frequency: Frequency | None) -> str | None:
    """The frequency as written, else from its numbers ("3 times per week")."""
    if frequency is None:
        return None
    if frequency.text:
        return frequency.text
    if frequency.count is not None and frequency.per:
        span = f"{_num(frequency.count)}-{_num(frequency.count_max)}" if frequency.count_max else _num(frequency.count)
        return f"{span} times per {frequency.per}"
    return "as needed" if frequency.prn else None


def show_amount(amount: Amount | None) -> str | None:
    """The amount as written, else from its numbers."""
    if amount is None:
        return None
    if amount.text:
        return amount.text
    if amount.minutes is not None:
        return f"{_num(amount.minutes)} minutes"
    if amount.units is not None:
        return f"{_num(amount.units)} units"
    return None


def show_duration(duration: Duration | None) -> str | None:
    """The duration as written, else from its numbers or end date."""
    if duration is None:
        return None
    if duration.text:
        return duration.text
    if duration.value is not None and duration.unit:
        return f"{_num(duration.value)} {duration.unit}{'s' if duration.value != 1 else ''}"
    if duration.end_date:
        return f"through {show_date(duration.end_date)}"
    return None


def _where(plan: TreatmentPlan, path: str) -> str:
    source = nearest_source(plan, path)
    if source is None:
        return ""
    parts = [source.section] if source.section else []
    if source.describe():
        parts.append(source.describe())
    return ", ".join(parts)


def _intervention(plan: TreatmentPlan, path: str, item: Intervention) -> dict[str, Any]:
    return {
        "label": item.label,
        "name": item.description or item.label or item.modality,
        "type": item.modality,
        "description": item.description,
        "service_code": item.service_code,
        "amount": show_amount(item.amount),
        "frequency": show_frequency(item.frequency),
        "duration": show_duration(item.duration),
        "staff": item.responsible_staff,
        "element": label_for(plan, path),
        "where": _where(plan, path),
    }


def _objective(plan: TreatmentPlan, path: str, item: Objective) -> dict[str, Any]:
    return {
        "label": item.label, "statement": item.statement, "baseline": item.baseline, "target": item.target,
        "measure": item.measure, "target_date": show_date(item.target_date), "time_frame": item.time_frame,
        "mastery_criteria": item.mastery_criteria, "element": label_for(plan, path), "where": _where(plan, path),
        "interventions": [_intervention(plan, f"{path}.interventions[{i}]", x) for i, x in enumerate(item.interventions)],
    }


def _problems(plan: TreatmentPlan) -> list[dict[str, Any]]:
    problems = []
    for p, problem in enumerate(plan.problems):
        goals = []
        for g, goal in enumerate(problem.goals):
            path = f"problems[{p}].goals[{g}]"
            goals.append({
                "label": goal.label, "domain": goal.domain, "statement": goal.statement, "baseline": goal.baseline,
                "target": goal.target, "measure": goal.measure, "target_date": show_date(goal.target_date),
                "time_frame": goal.time_frame, "mastery_criteria": goal.mastery_criteria,
                "element": label_for(plan, path), "where": _where(plan, path),
                "objectives": [_objective(plan, f"{path}.objectives[{o}]", x) for o, x in enumerate(goal.objectives)],
                "interventions": [_intervention(plan, f"{path}.interventions[{i}]", x) for i, x in enumerate(goal.interventions)],
            })
        problems.append({"label": problem.label, "statement": problem.statement, "goals": goals,
                         "element": label_for(plan, f"problems[{p}]")})
    return problems


def _finding(plan: TreatmentPlan, finding: Any) -> dict[str, Any]:
    location = finding.location
    where = location.source.describe() if location.source else ""
    return {
        "severity": finding.severity, "kind": finding.kind, "rule": finding.rule, "element": location.element,
        "section": location.section, "where": where, "message": finding.message, "fix": finding.fix,
        "citation": finding.citation, "profile": finding.profile, "quote": location.quote,
    }


def _checklist(plan: TreatmentPlan, rows: Iterable[ChecklistRow]) -> list[dict[str, Any]]:
    out = []
    for row in rows:
        out.append({
            "rule": row.rule, "title": row.title, "section": row.section, "status": row.status,
            "met": row.status == "met", "severity": row.severity, "verified": row.verified,
            "profiles": row.profiles, "citation": "; ".join(row.citations),
            "evidence": [{"element": e.element, "where": e.where, "path": e.path} for e in row.evidence],
            "findings": [_finding(plan, f) for f in row.findings],
        })
    return out


def _profile(profile: ResolvedProfile) -> dict[str, Any]:
    return {"id": profile.id, "version": profile.version, "title": profile.spec.title, "type": profile.spec.type,
            "citation": profile.spec.citation, "last_verified": show_date(profile.spec.last_verified)}


def build_context(
    *,
    plan: TreatmentPlan,
    report: PlanReport,
    profiles: list[ResolvedProfile],
    config: PacketConfig,
    submission: Submission,
    checklist: list[ChecklistRow],
    attachments: list[AttachmentStatus],
    extra_attachments: list[str],
    plan_file: str,
    contact: str | None,
    forced: bool,
    version: str,
) -> dict[str, Any]:
    """The template context (see docs/packets.md for the variables)."""
    sub = submission
    requester = sub.requester
    services = [{
        "code": s.code, "modifiers": list(s.modifiers),
        "code_text": " ".join([s.code, *s.modifiers]) if s.code else None,
        "description": s.description, "units": _num(s.units), "amount": s.amount_text,
        "frequency": show_frequency(s.frequency), "hours_per_week": _num(s.hours_per_week),
        "hours": f"{_num(s.hours[0])} hours per {s.hours[1]}" if s.hours else None,
        "duration": show_duration(s.duration), "start": show_date(s.start), "end": show_date(s.end),
        "element": label_for(plan, s.path), "where": _where(plan, s.path),
    } for s in sub.services]
    diagnoses = [{
        "code": d.code, "description": d.description, "code_description": d.code_description,
        "text": d.description or d.code_description, "primary": d.primary, "billable": d.billable,
        "element": label_for(plan, d.path), "where": _where(plan, d.path),
    } for d in sub.diagnoses]
    functional = [{"heading": block.heading, "text": block.text} for block in plan.free_text
                  if block.text and block.heading and _FUNCTIONAL.search(block.heading)]
    signatures = [{
        "role": s.role, "name": s.name, "credential": s.credential, "npi": s.npi, "date": show_date(s.date),
        "signed": s.signed, "method": s.method, "element": label_for(plan, f"signatures[{i}]"),
    } for i, s in enumerate(plan.signatures)]
    findings = [_finding(plan, f) for f in report.findings]
    return {
        "authcheck_version": version,
        "date": show_date(sub.date),
        "as_of": show_date(report.as_of),
        "forced": forced,
        "template": config.template,
        "payer": {
            "name": sub.payer.name, "id": sub.payer.payer_id, "id_qualifier": sub.payer.qualifier,
            "profile": _profile(profiles[0]),
        },
        "profiles": [_profile(p) for p in profiles],
        "states": [_profile(p) for p in profiles[1:]],
        "member": {
            "name": sub.member.name, "birth_date": show_date(sub.member.birth_date), "member_id": sub.member.member_id,
        },
        "provider": None if requester is None else {
            "name": requester.name, "credential": requester.credential, "npi": requester.npi,
            "organization": requester.organization, "is_person": requester.is_person,
        },
        "contact": contact,
        "services": services,
        "diagnoses": diagnoses,
        "request": {
            "start": show_date(sub.start), "end": show_date(sub.end), "service_type_code": sub.service_type_code,
            "place_of_service": sub.place_of_service, "claim_type": sub.claim_type,
        },
        "plan": {
            "file": plan_file, "format": report.format, "discipline": plan.discipline, "program": plan.program,
            "level_of_care": plan.level_of_care, "payer": plan.payer, "plan_date": show_date(plan.plan_date),
            "admission_date": show_date(plan.admission_date), "first_treatment_date": show_date(plan.first_treatment_date),
            "period_start": show_date(plan.period.start if plan.period else None),
            "period_end": show_date(plan.period.end if plan.period else None),
            "expected_duration": show_duration(plan.expected_duration),
            "presenting_problem": plan.presenting_problem,
            "functional": functional,
            "problems": _problems(plan),
            "interventions": [_intervention(plan, f"interventions[{i}]", x) for i, x in enumerate(plan.interventions)],
            "all_interventions": [_intervention(plan, path, x) for path, x in plan.iter_interventions()],
            "assessments": [{
                "instrument": a.instrument, "date": show_date(a.date), "by": a.administered_by,
                "scores": [{"name": k, "value": v} for k, v in a.scores.items()],
            } for a in plan.assessments],
            "reviews": [{"kind": r.kind, "date": show_date(r.date), "completed": r.completed, "by": r.by}
                        for r in plan.reviews],
            "signatures": signatures,
            "goal_count": len(plan.goals), "objective_count": len(plan.objectives),
        },
        "checklist": _checklist(plan, checklist),
        "attachments": [{"name": a.name, "profiles": list(a.profiles), "present": a.present, "files": list(a.files)}
                        for a in attachments],
        "extra_attachments": list(extra_attachments),
        "findings": findings,
        "errors": [f for f in findings if f["severity"] == "error"],
        "counts": dict(report.counts),
        "notes": list(report.notes),
        "missing_data": [{"element": m.element, "needed_for": list(m.needed_for), "how": m.how} for m in sub.missing],
    }
