"""Goals and objectives: `measurable`, `time_bound`, `baseline`, `element_matches`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from pydantic import Field, field_validator

from authcheck.model import Goal, Objective
from authcheck.parsing import parse_duration
from authcheck.rules.checks.base import CheckContext, CheckParams, Hit, register
from authcheck.rules.measurability import assess, is_time_bound
from authcheck.rules.rewrites import example_date, measurable_example

__all__ = ["BaselineParams", "ElementMatchesParams", "MeasurableParams", "TimeBoundParams"]

Target = Literal["goals", "objectives"]


def _criteria(element: Goal | Objective) -> list[str | None]:
    return [element.target, element.measure, element.mastery_criteria]


def _targets(ctx: CheckContext, target: Target) -> Iterator[tuple[str, Goal, Goal | Objective]]:
    if target == "goals":
        for path, goal in ctx.plan.iter_goals():
            yield path, goal, goal
    else:
        for path, goal, objective in ctx.plan.iter_objectives():
            yield path, goal, objective


class MeasurableParams(CheckParams):
    """Which statements must be measurable."""

    target: Target = Field(description="goals or objectives")
    objectives_count: bool = Field(
        default=True,
        description="For goals: a goal is measurable when it, or at least one of its objectives, is measurable.",
    )


@register("measurable", MeasurableParams, provides={"statement", "reason", "rewrite"})
def check_measurable(ctx: CheckContext, params: MeasurableParams) -> Iterator[Hit]:
    """Each goal or objective names what is measured and the level to reach."""
    for path, goal, element in _targets(ctx, params.target):
        if not element.statement and not any(_criteria(element)):
            continue  # an empty element: the `required` rules report what is missing
        verdict = assess(element.statement, criteria=_criteria(element))
        if verdict.measurable:
            continue
        if params.target == "goals" and params.objectives_count:
            if any(assess(o.statement, criteria=_criteria(o)).measurable for o in goal.objectives):
                continue
        yield Hit(
            path=path,
            fields={
                "statement": element.statement or "",
                "reason": verdict.reason,
                "rewrite": measurable_example(
                    ctx.plan.discipline, example_date(ctx.plan.plan_date, ctx.as_of), element.statement
                ),
            },
            quote=element.statement,
            evidence={"measure": verdict.measure, "target": verdict.target},
        )


class TimeBoundParams(CheckParams):
    """Which statements must have a target date or time frame."""

    target: Target = Field(description="goals or objectives")
    goal_date_counts: bool = Field(
        default=True,
        description="For objectives: the goal's target date or time frame also covers its objectives (a goal timed "
        "only by discharge or the end of treatment, which every step of the plan comes before, does not).",
    )
    objectives_count: bool = Field(
        default=True, description="For goals: a goal is time-bound when all of its objectives are."
    )


def _own_time_frame(element: Goal | Objective) -> str | None:
    """The target date, or the time frame in the time-frame field or the statement."""
    if element.target_date is not None:
        return element.target_date.isoformat()
    if element.time_frame and parse_duration(element.time_frame):
        return element.time_frame  # a time-frame field needs no "within": "3 months" is enough
    return is_time_bound(element.statement) or is_time_bound(element.mastery_criteria)


# "at discharge", "by the end of treatment": an event every step of the plan comes before. A goal timed only so is
# time-bound itself, but it gives its objectives no completion date of their own.
_OPEN_EVENT = re.compile(
    r"\b(?:discharge|d/c|dc|transition|graduation|step[- ]down)\b|"
    r"\b(?:end|completion|conclusion|close)\s+of\s+(?:the\s+|this\s+)?(?:treatment|program|services|care|stay)\b|"
    r"\b(?:through|throughout|during|until)\s+(?:the\s+)?(?:treatment|program|stay)\b",
    re.IGNORECASE,
)


def _goal_time_frame_for_objectives(goal: Goal) -> str | None:
    """The goal's date or time frame that also times its objectives: not an open event such as discharge."""
    found = _own_time_frame(goal)
    if found and goal.target_date is None and _OPEN_EVENT.search(found) and not re.search(r"\d", found):
        return None  # ("until discharge (about 30 days)" states a length too)
    return found


@register("time_bound", TimeBoundParams, provides={"statement", "suggested_date"})
def check_time_bound(ctx: CheckContext, params: TimeBoundParams) -> Iterator[Hit]:
    """Each goal or objective has a target date or a time frame."""
    for path, goal, element in _targets(ctx, params.target):
        if not element.statement:
            continue
        if _own_time_frame(element):
            continue
        if params.target == "objectives" and params.goal_date_counts and _goal_time_frame_for_objectives(goal):
            continue
        if params.target == "goals" and params.objectives_count and goal.objectives:
            if all(_own_time_frame(o) for o in goal.objectives):
                continue
        yield Hit(
            path=path,
            fields={"statement": element.statement, "suggested_date": example_date(ctx.plan.plan_date, ctx.as_of)},
            quote=element.statement,
        )


_BASELINE_TEXT = re.compile(
    r"\bbaseline\b|\bcurrently\b|\bat present\b|\bat intake\b|\bfrom\s+(?:a\s+)?(?:score\s+of\s+)?[\w/%.°-]*\d[\w/%.°-]*\s+(?:\w+\s+){0,4}?to\b",
    re.IGNORECASE,
)


class BaselineParams(CheckParams):
    """Where a baseline (current level) must be recorded."""

    target: Target = Field(default="goals", description="goals or objectives")
    objectives_count: bool = Field(
        default=True, description="For goals: baselines on every objective of the goal also count."
    )


def _has_baseline(element: Goal | Objective) -> bool:
    return bool(element.baseline) or bool(_BASELINE_TEXT.search(element.statement or ""))


@register("baseline", BaselineParams, provides={"statement"})
def check_baseline(ctx: CheckContext, params: BaselineParams) -> Iterator[Hit]:
    """Each goal (or objective) records the current level it starts from."""
    for path, goal, element in _targets(ctx, params.target):
        if not element.statement:
            continue
        if _has_baseline(element):
            continue
        if params.target == "goals" and params.objectives_count and goal.objectives:
            if all(_has_baseline(o) for o in goal.objectives):
                continue
        yield Hit(path=path, fields={"statement": element.statement}, quote=element.statement)


class ElementMatchesParams(CheckParams):
    """At least one goal or objective must match one of the patterns (e.g. a caregiver-training goal)."""

    scope: Literal["goals", "objectives", "goals_and_objectives"] = "goals_and_objectives"
    patterns: list[str] = Field(min_length=1, description="Regular expressions, matched case-insensitively.")
    fields: list[Literal["statement", "domain", "baseline", "target", "mastery_criteria", "section"]] = Field(
        default_factory=lambda: ["statement", "domain"],
        description='What is matched; "section" is the heading the element sits under in the document ("Parent Training").',
    )
    required: str = Field(description='What must be present, for messages, e.g. "a caregiver-training goal".')
    named_caregivers: bool = Field(
        default=False,
        description="Also count a statement that names a caregiver the plan records: a guardian who signs (by name, or "
        '"Mr./Mrs./Ms." and family name), or, for a client under 18, "Mr./Mrs./Ms." and the client\'s family name.',
    )

    @field_validator("patterns")
    @classmethod
    def _compile(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"pattern {pattern!r} is not a valid regular expression: {exc}") from exc
        return patterns


@register("element_matches", ElementMatchesParams, provides={"required"})
def check_element_matches(ctx: CheckContext, params: ElementMatchesParams) -> Iterator[Hit]:
    """The plan contains at least one goal or objective of a required sort."""
    patterns = [re.compile(p, re.IGNORECASE) for p in params.patterns]
    elements: list[Goal | Objective] = []
    if params.scope in ("goals", "goals_and_objectives"):
        elements.extend(ctx.plan.goals)
    if params.scope in ("objectives", "goals_and_objectives"):
        elements.extend(ctx.plan.objectives)
    named = _caregiver_names(ctx) if params.named_caregivers else None
    for element in elements:
        if named is not None and element.statement and named.search(element.statement):
            return
        for name in params.fields:
            if name == "section":
                value = element.source.section if element.source is not None else None
            else:
                value = getattr(element, name, None)
            if isinstance(value, str) and any(p.search(value) for p in patterns):
                return
    yield Hit(path="goals", fields={"required": params.required})


_HONORIFIC = r"(?:Mr|Mrs|Ms|Mx|Miss|Sr|Sra|Srta)\.?\s+"
_NAME_WORD = re.compile(r"[A-Z][A-Za-z'’\u00C0-\u017F]+(?:-[A-Z][A-Za-z'’\u00C0-\u017F]+)*")


def _family_names(full: str) -> set[str]:
    """ "Aubree N. Castellano-Price" -> {"Castellano-Price", "Castellano", "Price"}; "Price, Nathan" -> {"Price"}."""
    words = _NAME_WORD.findall(full.split(",")[0] if "," in full else full)
    if len(words) < 2 and "," not in full:
        return set()
    last = words[0] if "," in full else words[-1]
    return {last, *last.split("-")}


def _caregiver_names(ctx: CheckContext) -> re.Pattern[str] | None:
    """A pattern for the caregivers the plan names, as a goal's statement would name them ("Mrs. Morrissey",
    "Siobhan", "Nathan Price"); None when the plan records none."""
    given: set[str] = set()
    family: set[str] = set()
    for signature in ctx.plan.signatures:
        if signature.role == "guardian" and signature.name:
            words = _NAME_WORD.findall(signature.name)
            if len(words) >= 2:
                given.add(words[0])
                given.add(" ".join(words))
            family |= _family_names(signature.name)
    patient = ctx.plan.patient
    if patient is not None and patient.name and patient.birth_date is not None:
        when = ctx.plan.plan_date or ctx.as_of
        age = when.year - patient.birth_date.year - ((when.month, when.day) < (patient.birth_date.month, patient.birth_date.day))
        if 0 <= age < 18:
            family |= _family_names(patient.name)  # "Ms. Whitcombe will prompt ...": the child's parent
            client_words = set(_NAME_WORD.findall(patient.name))
            given -= client_words  # a guardian sharing the client's first name is not named by it
    parts = [rf"\b{_HONORIFIC}{re.escape(name)}\b" for name in sorted(family) if len(name) > 1]
    parts += [rf"\b{re.escape(name)}\b(?=\s+(?:will|to|and)\b)" for name in sorted(given) if len(name) > 1]
    return re.compile("|".join(parts)) if parts else None
