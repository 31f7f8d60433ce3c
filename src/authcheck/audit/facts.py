"""The few facts about a plan the audit summaries group by: clinician, program, site, reviews due.

They travel in each results line (under "audit"), so `authcheck audit summarize` can rebuild the
summaries from results.jsonl alone. Only what the plan states is used; nothing is guessed.

- clinician: the name on the first signed clinician signature, else the first clinician/supervisor/
  physician signature with a name, else the first provider named on the plan. A credential written
  after a comma ("Maya Feldman, LCSW") is dropped so one person groups under one name.
- program: the plan's program field as written.
- site: the first folder below the audited root (given by discovery); a plan directly in a root, or
  given as a file, falls back to the organization/facility named on the plan.
- reviews: scheduled (not completed) reviews and recertifications with a date, and the end of the
  plan period (a plan must be renewed by then).
"""

from __future__ import annotations

from typing import Any

from authcheck.model import TreatmentPlan

__all__ = ["plan_facts"]

_CLINICAL_ROLES = ("clinician", "supervisor", "physician")


def _person(name: str | None) -> str | None:
    if not name:
        return None
    name = " ".join(name.split(",")[0].split())
    return name or None


def _clinician(plan: TreatmentPlan) -> str | None:
    signatures = [s for s in plan.signatures if s.role in _CLINICAL_ROLES and _person(s.name)]
    for wanted in (lambda s: s.role == "clinician" and s.signed, lambda s: s.role == "clinician", lambda s: True):
        for signature in signatures:
            if wanted(signature):
                return _person(signature.name)
    for provider in plan.providers:
        if _person(provider.name):
            return _person(provider.name)
    return None


def _organization(plan: TreatmentPlan) -> str | None:
    for provider in plan.providers:
        if provider.organization and provider.organization.strip():
            return " ".join(provider.organization.split())
    return None


def plan_facts(plan: TreatmentPlan, site: str | None) -> dict[str, Any]:
    """JSON-ready facts of one plan for the summaries."""
    reviews = [
        {"kind": review.kind, "date": review.date.isoformat()}
        for review in plan.scheduled_reviews
        if review.date is not None
    ]
    if plan.period is not None and plan.period.end is not None:
        reviews.append({"kind": "period-end", "date": plan.period.end.isoformat()})
    program = " ".join(plan.program.split()) if plan.program else None
    return {
        "plan_date": plan.plan_date.isoformat() if plan.plan_date else None,
        "discipline": plan.discipline,
        "clinician": _clinician(plan),
        "program": program or None,
        "site": site or _organization(plan),
        "reviews": reviews,
    }
