"""Which CarePlan to check when a file holds several (Synthea bundles hold a plan per condition).

The rule, in order; each step only breaks the ties the step before left:

0. a CarePlan asked for by id (`FhirReader(careplan_id=...)`), else the CarePlan a document
   Bundle's Composition lists in its sections;
1. a plan of a kind authcheck checks (behavioural health, SUD, PT/OT/SLP, ABA, home health: read from
   its category, title, addressed conditions and service codes) over, say, a diabetes plan;
2. a current plan: active, then on-hold, then draft, then unknown or completed, then revoked;
   entered-in-error plans are never chosen while another exists;
3. a plan with goals or activities over an empty one;
4. the most recent (latest of `created` and `period.start`);
5. the one with the most goals and activities;
6. the first in the file.

This is what a billing clerk sending an authorization request expects: the current therapy plan,
not an old, finished or unrelated one. The choice and the plans passed over are written into the
plan's free text so the report says which plan was checked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from authcheck.readers.fhir.discipline import discipline_from_codes, is_covered_text
from authcheck.readers.fhir.doc import Path, each
from authcheck.readers.fhir.index import Res, ResourceIndex
from authcheck.readers.fhir.values import cc_text, codings, fhir_date, text

__all__ = ["Choice", "careplan_codes", "careplan_name", "choose_careplan", "composition_for"]

_STATUS_RANK = {
    "active": 5,
    "on-hold": 4,
    "draft": 3,
    "unknown": 2,
    "completed": 2,
    "revoked": 1,
    "entered-in-error": 0,
}
_REASONS = [
    "it is the plan of a kind authcheck checks (behavioural health, SUD, therapy or ABA)",
    "it is the current plan (by status)",
    "it has goals or activities",
    "it is the most recent",
    "it has the most goals and activities",
    "it comes first in the file",
]


@dataclass
class Choice:
    """The chosen CarePlan (None when the file holds none) and, for several, why."""

    plan: Res | None
    note: str | None = None


def careplan_name(res: Res) -> str:
    """A short human name for a CarePlan: its title, else its category, else its id."""
    data = res.data
    title = text(data.get("title"))
    if title:
        return title
    for category, _ in each(data, "category", ()):
        name = cc_text(category)
        if name:
            return name
    return res.label()


def careplan_codes(res: Res) -> list[str]:
    """The codes of the plan's activities (any system), for telling its discipline."""
    found = []
    for activity, _ in each(res.data, "activity", res.path):
        detail = activity.get("detail") if isinstance(activity, dict) else None
        if isinstance(detail, dict):
            for coding, _ in codings(detail.get("code"), ()):
                code = text(coding.get("code"))
                if code:
                    found.append(code)
    return found


def _plan_date(res: Res) -> dt.date | None:
    dates = [fhir_date(res.data.get("created"))]
    period = res.data.get("period")
    if isinstance(period, dict):
        dates.append(fhir_date(period.get("start")))
    known = [d for d in dates if d]
    return max(known) if known else None


def _size(res: Res) -> int:
    return len(list(each(res.data, "goal", ()))) + len(list(each(res.data, "activity", ())))


def _covered(res: Res, index: ResourceIndex) -> bool:
    texts: list[str | None] = [text(res.data.get("title"))]
    texts += [cc_text(c) for c, _ in each(res.data, "category", ())]
    for target in index.resolve_all((r for r, _ in each(res.data, "addresses", ())), res):
        texts.append(cc_text(target.data.get("code")))
    if is_covered_text(texts):
        return True
    return bool(discipline_from_codes(careplan_codes(res)))


def _key(res: Res, index: ResourceIndex, position: int) -> tuple[Any, ...]:
    status = text(res.data.get("status")) or "unknown"
    return (
        _covered(res, index),
        _STATUS_RANK.get(status, 2),
        _size(res) > 0,
        _plan_date(res) or dt.date.min,
        _size(res),
        -position,
    )


def composition_for(index: ResourceIndex, plan: Res | None) -> Res | None:
    """The Composition of a document that lists `plan` in a section (or the only one of a document)."""
    compositions = index.of_type("Composition", contained=False)
    if plan is not None:
        for composition in compositions:
            if plan in _section_targets(composition, index):
                return composition
    if len(compositions) == 1 and text(index.root.data.get("type")) == "document":
        return compositions[0]
    return None


def _section_targets(composition: Res, index: ResourceIndex) -> list[Res]:
    found: list[Res] = []
    stack = [s for s, _ in each(composition.data, "section", ())]
    while stack:
        section = stack.pop(0)
        if not isinstance(section, dict):
            continue
        found += index.resolve_all((e for e, _ in each(section, "entry", ())), composition)
        stack += [s for s, _ in each(section, "section", ())]
    return found


def choose_careplan(
    index: ResourceIndex, pointer: Callable[[Path], str], careplan_id: str | None = None
) -> Choice:
    """Choose the CarePlan to check; raise LookupError when `careplan_id` names none."""
    if index.root.type == "CarePlan":
        return Choice(index.root)
    plans = index.of_type("CarePlan", contained=False)
    if careplan_id:
        for plan in plans:
            if careplan_id in (plan.id, plan.full_url, plan.label()):
                return Choice(
                    plan, _note(plan, plans, pointer, "it was asked for by id") if len(plans) > 1 else None
                )
        raise LookupError(f"no CarePlan with id {careplan_id!r} in this file")
    if not plans:
        return Choice(None)
    if len(plans) == 1:
        return Choice(plans[0])
    for composition in index.of_type("Composition", contained=False):
        listed = [p for p in _section_targets(composition, index) if p in plans]
        if listed:
            return Choice(listed[0], _note(listed[0], plans, pointer, "the document's Composition lists it"))
    keyed = sorted(((_key(p, index, i), p) for i, p in enumerate(plans)), key=lambda kp: kp[0], reverse=True)
    (best_key, best), (second_key, _) = keyed[0], keyed[1]
    reason = next(
        (_REASONS[i] for i, (a, b) in enumerate(zip(best_key, second_key, strict=True)) if a != b),
        _REASONS[-1],
    )
    return Choice(best, _note(best, plans, pointer, reason))


def _describe(plan: Res) -> str:
    status = text(plan.data.get("status")) or "no status"
    start = _plan_date(plan)
    when = f", from {start.isoformat()}" if start else ""
    return f"\u201c{careplan_name(plan)}\u201d ({status}{when})"


def _note(chosen: Res, plans: list[Res], pointer: Callable[[Path], str], reason: str) -> str:
    others = [f"{_describe(p)} at {pointer(p.path)}" for p in plans if p is not chosen]
    return (
        f"This file holds {len(plans)} CarePlans. authcheck checked {_describe(chosen)} "
        f"at {pointer(chosen.path)} because {reason}. Not checked: " + "; ".join(others) + "."
    )
