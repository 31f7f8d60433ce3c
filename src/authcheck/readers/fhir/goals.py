"""Goals, objectives and problems from FHIR Goal resources.

A Goal's description is the statement and its category the domain. One target gives the goal's
measure, target (detail[x]), target date (dueDate, or startDate + dueDuration) and time frame
(dueDuration); several targets give one Objective each. Goals linked by the goal-relationship
extension as whole and part become the Objectives of the whole: see `_sub_goal_links`. Notes written
"Baseline: ..." and "Mastery criteria: ..." fill baseline and mastery_criteria.

Problems: one per condition the goals address (first addressed condition of each goal), with the
condition's text as statement; goals addressing nothing share one Problem without statement.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any

from authcheck.model import Goal, Objective, Problem, SourceLocation
from authcheck.readers.fhir.conditions import Diagnoses
from authcheck.readers.fhir.context import BuildContext
from authcheck.readers.fhir.doc import Path, each
from authcheck.readers.fhir.index import Res
from authcheck.readers.fhir.values import cc_text, codings, duration_dict, fhir_date, text, value_text

__all__ = ["add_duration", "goal_resources", "read_goals"]

_SKIP_STATUS = {"entered-in-error", "rejected", "cancelled"}
_GOAL_RELATIONSHIP = "http://hl7.org/fhir/StructureDefinition/goal-relationship"
_NOTE_FIELDS = (
    (
        "baseline",
        re.compile(r"^\s*baseline\s*(?:score|level|data|measure)?\s*[:\-\u2013]\s*(.+)$", re.I | re.S),
    ),
    (
        "mastery_criteria",
        re.compile(r"^\s*mastery(?:\s+criteri(?:a|on))?\s*[:\-\u2013]\s*(.+)$", re.I | re.S),
    ),
)


def add_duration(start: dt.date, value: float, unit: str) -> dt.date | None:
    """`start` plus a whole number of days, weeks, months or years.

    Month ends clamp: Jan 31 + 1 month = Feb 28.
    """
    if value != int(value):
        return None
    amount = int(value)
    if unit == "day":
        return start + dt.timedelta(days=amount)
    if unit == "week":
        return start + dt.timedelta(weeks=amount)
    months = {"month": amount, "year": 12 * amount}.get(unit)
    if months is None:
        return None
    year, month = divmod(start.month - 1 + months, 12)
    year += start.year
    day = min(start.day, calendar.monthrange(year, month + 1)[1])
    return dt.date(year, month + 1, day)


def goal_resources(ctx: BuildContext) -> list[Res]:
    """The plan's Goals: CarePlan.goal and activity.detail.goal, plus, when the file holds only this
    plan, Goals no other CarePlan claims; cancelled, rejected and entered-in-error goals left out."""
    plan = ctx.careplan
    goals: list[Res] = []
    if plan is not None:
        refs = [r for r, _ in each(plan.data, "goal", ())]
        for activity, _ in each(plan.data, "activity", ()):
            detail = activity.get("detail") if isinstance(activity, dict) else None
            refs += [r for r, _ in each(detail, "goal", ())]
        goals = [g for g in ctx.index.resolve_all(refs, plan) if g.type == "Goal"]
    if ctx.only_plan:
        for goal in ctx.index.of_type("Goal", contained=False):
            if goal not in goals and goal not in ctx.claimed and not _earlier_goal(goal):
                goals.append(goal)
    return [g for g in goals if text(g.data.get("lifecycleStatus")) not in _SKIP_STATUS]


def _earlier_goal(goal: Res) -> bool:
    """A Goal the CarePlan does not list that is closed ("completed", or achieved) and is no milestone of another
    goal: a goal of an earlier episode kept in the record ("Return to work 3 days per week (2019 episode)")."""
    data = goal.data
    closed = text(data.get("lifecycleStatus")) == "completed" or any(
        text(coding.get("code")) in ("achieved", "not-achieved")
        for coding, _ in each(data.get("achievementStatus"), "coding", ())
        if isinstance(coding, dict)
    )
    related = any(
        isinstance(ext, dict) and ext.get("url") == _GOAL_RELATIONSHIP for ext, _ in each(data, "extension", ())
    )
    return closed and not related


def read_goals(ctx: BuildContext, diagnoses: Diagnoses) -> tuple[list[Problem], dict[Res, Goal]]:
    """Problems with their goals, and the model Goal of each top-level Goal resource (for activities)."""
    resources = goal_resources(ctx)
    milestones: dict[Res, list[Res]] = {}
    nested: set[Res] = set()
    for parent, child in _sub_goal_links(ctx, resources):
        milestones.setdefault(parent, []).append(child)
        nested.add(child)
    top = [g for g in resources if g not in nested]
    models = {g: _goal(ctx, g, milestones.get(g, [])) for g in top}
    return _problems(ctx, diagnoses, top, models), models


_MASTERY = re.compile(r"\bmastery\b|\bmastered\b", re.IGNORECASE)


def _target_fields(ctx: BuildContext, goal: Res, target: dict[str, Any], tpath: Path) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    sources: dict[str, SourceLocation] = {}
    measure = cc_text(target.get("measure"))
    if measure:
        fields["measure"] = measure
        sources["measure"] = ctx.loc((*tpath, "measure"), measure)
    detail, key = value_text(target, "detail")
    if detail is not None and key:
        # a target whose measure is the mastery criterion ("Mastery criterion": "80% across 3 sessions")
        name = "mastery_criteria" if measure and _MASTERY.search(measure) else "target"
        fields[name] = detail
        sources[name] = ctx.loc((*tpath, key), detail)
    due = fhir_date(target.get("dueDate"))
    if due:
        fields["target_date"] = due
        sources["target_date"] = ctx.loc((*tpath, "dueDate"), text(target.get("dueDate")))
    span = duration_dict(target.get("dueDuration"))
    if span:
        fields["time_frame"] = span["text"]
        sources["time_frame"] = ctx.loc((*tpath, "dueDuration"), span["text"])
        start = fhir_date(goal.data.get("startDate"))
        if not due and start and span["value"] is not None and span["unit"]:
            computed = add_duration(start, span["value"], span["unit"])
            if computed:
                fields["target_date"] = computed
                sources["target_date"] = ctx.loc((*tpath, "dueDuration"), span["text"])
    fields["field_sources"] = sources
    return fields


def _notes(ctx: BuildContext, goal: Res) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    sources: dict[str, SourceLocation] = {}
    for note, npath in each(goal.data, "note", goal.path):
        body = text(note.get("text")) if isinstance(note, dict) else None
        for name, pattern in _NOTE_FIELDS:
            match = pattern.match(body or "")
            if match and name not in fields:
                fields[name] = match.group(1).strip()
                sources[name] = ctx.loc((*npath, "text"), body)
    fields["field_sources"] = sources
    return fields


# goal-relationship types, by the role they give the target goal. R4 "milestone" and DSTU2
# "component" make the target a piece of this goal; the extensions pack's "part-of" makes this goal a
# piece of the target. Other spellings met in exports are read the same way.
_TARGET_IS_PART = {
    "milestone", "component", "sub-goal", "subgoal", "child", "child-goal", "has-part", "has-component",
    "has-milestone", "objective", "short-term-goal", "step",
}
_SOURCE_IS_PART = {
    "part-of", "partof", "component-of", "milestone-of", "sub-goal-of", "subgoal-of", "child-of",
    "parent", "parent-goal", "objective-of", "step-of", "long-term-goal",
}


def _relation_kind(ext: dict[str, Any]) -> tuple[str | None, Any]:
    """The relationship type (normalised code or text) and the target reference of one extension."""
    kinds: list[str] = []
    target_ref = None
    for sub, _ in each(ext, "extension", ()):
        if not isinstance(sub, dict):
            continue
        if sub.get("url") == "type":
            value = sub.get("valueCodeableConcept")
            kinds += [str(text(c.get("code"))) for c, _ in codings(value, ()) if text(c.get("code"))]
            kinds += [str(text(c.get("display"))) for c, _ in codings(value, ()) if text(c.get("display"))]
            if cc_text(value):
                kinds.append(str(cc_text(value)))
            for key in ("valueCode", "valueString"):
                if text(sub.get(key)):
                    kinds.append(str(text(sub.get(key))))
        if sub.get("url") == "target":
            target_ref = sub.get("valueReference")
    for kind in kinds:
        norm = re.sub(r"[\s_]+", "-", kind.strip().lower())
        if norm in _TARGET_IS_PART or norm in _SOURCE_IS_PART:
            return norm, target_ref
    return None, target_ref


def _due(goal: Res) -> dt.date | None:
    """The latest target date of a Goal resource, when any."""
    dates = [fhir_date(t.get("dueDate")) for t, _ in each(goal.data, "target", ()) if isinstance(t, dict)]
    known = [d for d in dates if isinstance(d, dt.date)]
    return max(known) if known else None


def _sub_goal_links(ctx: BuildContext, resources: list[Res]) -> list[tuple[Res, Res]]:
    """(whole, part) pairs of the plan's goals linked by the goal-relationship extension.

    The link may sit on either goal. Writers often put the type on the wrong end (an objective
    declaring "component" of its goal), so the declared direction is turned round when it cannot be
    right: the part would be due after its whole, or one part would belong to several wholes while
    the other reading gives each part one whole. A part keeps only its first whole; a part of a part
    is listed under the topmost goal.
    """
    in_plan = set(resources)
    others = [
        g
        for g in ctx.index.of_type("Goal")
        if g not in in_plan and text(g.data.get("lifecycleStatus")) not in _SKIP_STATUS
    ]
    links: list[tuple[Res, Res]] = []
    for goal in [*resources, *others]:
        for ext, _ in each(goal.data, "extension", ()):
            if not isinstance(ext, dict) or ext.get("url") != _GOAL_RELATIONSHIP:
                continue
            kind, target_ref = _relation_kind(ext)
            target = ctx.index.resolve(target_ref, goal)
            if kind is None or target is None or target.type != "Goal" or target is goal:
                continue
            pair = (goal, target) if kind in _TARGET_IS_PART else (target, goal)
            if pair not in links and (pair[1], pair[0]) not in links:
                links.append(pair)
    whole_of: dict[Res, Res] = {}
    for whole, part in _orient(links):
        whole_of.setdefault(part, whole)
    pairs: list[tuple[Res, Res]] = []
    for part in whole_of:
        top, seen = whole_of[part], {part}
        while top in whole_of and top not in seen:  # a part of a part belongs to the topmost goal
            seen.add(top)
            top = whole_of[top]
        if top in in_plan and top not in seen:
            pairs.append((top, part))
    return pairs


def _orient(links: list[tuple[Res, Res]]) -> list[tuple[Res, Res]]:
    """The links with wrongly declared directions turned round (see `_sub_goal_links`)."""
    wholes: dict[Res, int] = {}
    for _, part in links:
        wholes[part] = wholes.get(part, 0) + 1
    flipped_wholes: dict[Res, int] = {}
    for whole, _ in links:
        flipped_wholes[whole] = flipped_wholes.get(whole, 0) + 1
    many = any(n > 1 for n in wholes.values()) and all(n == 1 for n in flipped_wholes.values())
    oriented = []
    for whole, part in links:
        whole_due, part_due = _due(whole), _due(part)
        late = whole_due is not None and part_due is not None and part_due > whole_due
        oriented.append((part, whole) if late or many else (whole, part))
    return oriented


def _objective(
    ctx: BuildContext,
    goal: Res,
    target: dict[str, Any] | None,
    tpath: Path | None,
    statement: str | None,
    statement_path: Path | None,
    source_path: Path,
) -> Objective:
    fields = _target_fields(ctx, goal, target, tpath) if target is not None and tpath is not None else {}
    sources = dict(fields.pop("field_sources", {}))
    notes = _notes(ctx, goal)
    sources.update(notes.pop("field_sources"))
    if statement and statement_path:
        sources["statement"] = ctx.loc(statement_path, statement)
    return Objective(
        statement=statement, **fields, **notes, source=ctx.loc(source_path, statement), field_sources=sources
    )


def _statement_path(goal: Res) -> Path:
    description = goal.data.get("description")
    if isinstance(description, dict) and text(description.get("text")):
        return goal.at("description", "text")
    return goal.at("description")


def _goal(ctx: BuildContext, goal: Res, milestones: list[Res]) -> Goal:
    data = goal.data
    statement = cc_text(data.get("description"))
    domain = cc_text(next((c for c, _ in each(data, "category", ())), None))
    targets = [(t, p) for t, p in each(data, "target", goal.path) if isinstance(t, dict)]
    fields: dict[str, Any] = {}
    objectives: list[Objective] = []
    sources: dict[str, SourceLocation] = {}
    if len(targets) == 1:
        fields = _target_fields(ctx, goal, *targets[0])
        sources.update(fields.pop("field_sources"))
    else:
        for target, tpath in targets:
            objectives.append(_objective(ctx, goal, target, tpath, None, None, tpath))
    for milestone in milestones:
        m_targets = [(t, p) for t, p in each(milestone.data, "target", milestone.path) if isinstance(t, dict)]
        first = m_targets[0] if m_targets else (None, None)
        objectives.append(
            _objective(
                ctx,
                milestone,
                first[0],
                first[1],
                cc_text(milestone.data.get("description")),
                _statement_path(milestone),
                milestone.path,
            )
        )
    notes = _notes(ctx, goal)
    sources.update(notes.pop("field_sources"))
    if statement:
        sources["statement"] = ctx.loc(_statement_path(goal), statement)
    if domain:
        sources["domain"] = ctx.loc(goal.at("category"), domain)
    return Goal(
        statement=statement,
        domain=domain,
        objectives=objectives,
        **fields,
        **notes,
        source=ctx.loc(goal.path, statement),
        field_sources=sources,
    )


def _problems(
    ctx: BuildContext, diagnoses: Diagnoses, goals: list[Res], models: dict[Res, Goal]
) -> list[Problem]:
    groups: dict[Any, list[Goal]] = {}
    heads: dict[Any, tuple[str | None, Path, Path]] = {}
    for goal in goals:
        key: Any = None
        for ref, rpath in each(goal.data, "addresses", goal.path):
            target = diagnoses.add_reference(ref, goal, rpath)
            if target is not None:
                key = key or target
                code = target.data.get("code")
                code_path = (
                    target.at("code", "text")
                    if isinstance(code, dict) and text(code.get("text"))
                    else target.at("code")
                )
                heads.setdefault(target, (cc_text(code), target.path, code_path))
            elif isinstance(ref, dict) and text(ref.get("display")):
                label = str(text(ref.get("display")))
                key = key or label
                heads.setdefault(label, (label, rpath, (*rpath, "display")))
        groups.setdefault(key, []).append(models[goal])
    problems = []
    for key, members in groups.items():
        head = heads.get(key)
        statement = head[0] if head else None
        problems.append(
            Problem(
                statement=statement,
                goals=members,
                source=ctx.loc(head[1], statement) if head else None,
                field_sources={"statement": ctx.loc(head[2], statement)} if head and statement else {},
            )
        )
    return problems
