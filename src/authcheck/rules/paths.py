"""Paths into the plan model ("problems[*].goals[*].objectives"), and human names for what they point at."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from authcheck.model import Element, SourceLocation, TreatmentPlan

__all__ = [
    "FIELD_LABELS",
    "ResolvedField",
    "element_at",
    "field_label",
    "is_missing",
    "label_for",
    "nearest_source",
    "resolve_field",
    "section_for",
    "standard_section",
    "validate_path",
]

FIELD_LABELS: dict[str, str] = {
    "patient": "client information",
    "patient.name": "client name",
    "patient.birth_date": "date of birth",
    "patient.member_id": "member ID",
    "payer": "payer",
    "program": "program",
    "level_of_care": "level of care",
    "discipline": "discipline",
    "providers": "treating provider",
    "admission_date": "admission/intake date",
    "first_treatment_date": "first treatment or evaluation date",
    "plan_date": "plan date",
    "period": "plan period",
    "period.start": "plan start date",
    "period.end": "plan end date",
    "expected_duration": "expected duration",
    "presenting_problem": "presenting problem",
    "diagnoses": "diagnosis",
    "problems": "problems",
    "goals": "goals",
    "objectives": "objectives",
    "interventions": "interventions",
    "services": "requested services",
    "assessments": "standardized assessments",
    "reviews": "reviews",
    "scheduled_reviews": "next review date",
    "primary_diagnoses.diagnosed_by": "who made the diagnosis",
    "primary_diagnoses.diagnosed_on": "when the diagnosis was made",
    "signatures": "signatures",
    "statement": "statement",
    "baseline": "baseline",
    "target_date": "target date",
    "mastery_criteria": "mastery criteria",
    "frequency": "frequency",
    "amount": "amount (session length)",
    "duration": "duration",
    "code": "code",
    "hours_per_week": "hours per week",
    "units": "units",
    "npi": "NPI",
    "credential": "credential",
    "date": "date",
    "instrument": "instrument",
}

_SECTIONS: dict[str, str] = {
    "patient": "Client information",
    "payer": "Client information",
    "program": "Client information",
    "level_of_care": "Client information",
    "discipline": "Client information",
    "providers": "Client information",
    "admission_date": "Plan dates",
    "first_treatment_date": "Plan dates",
    "plan_date": "Plan dates",
    "period": "Plan dates",
    "presenting_problem": "Presenting problem",
    "diagnoses": "Diagnosis",
    "assessments": "Assessments",
    "problems": "Goals and objectives",
    "goals": "Goals and objectives",
    "objectives": "Goals and objectives",
    "interventions": "Interventions",
    "services": "Services and frequency",
    "expected_duration": "Expected duration",
    "reviews": "Review schedule",
    "scheduled_reviews": "Review schedule",
    "primary_diagnoses": "Diagnosis",
    "completed_reviews": "Review schedule",
    "signatures": "Signatures",
    "": "Plan",
}
SECTION_ORDER = [
    "Plan", "Client information", "Plan dates", "Presenting problem", "Diagnosis", "Assessments",
    "Goals and objectives", "Interventions", "Services and frequency", "Expected duration", "Review schedule", "Signatures",
]

_SEGMENT = re.compile(r"^(?P<name>[a-z_]+(?:\|[a-z_]+)*)(?:\[(?P<index>\*|\d+)\])?$")


def _segments(path: str) -> list[tuple[str, str | None]]:
    if not path:
        return []
    out = []
    for part in path.split("."):
        match = _SEGMENT.match(part)
        if not match:
            raise ValueError(f"bad path segment {part!r} in {path!r}")
        out.append((match.group("name"), match.group("index")))
    return out


def validate_path(path: str) -> None:
    """Raise ValueError naming the valid names when `path` does not lead through the plan model.

    The last segment may name alternatives, "mastery_criteria|target": any of them present will do.
    """
    segments = _segments(path)
    if segments and "|" in segments[-1][0]:
        head = ".".join(f"{n}[{i}]" if i else n for n, i in segments[:-1])
        for alternative in segments[-1][0].split("|"):
            validate_path(f"{head}.{alternative}" if head else alternative)
        return
    if any("|" in name for name, _ in segments):
        raise ValueError(f"{path!r}: only the last segment may name alternatives (a|b)")
    model: Any = TreatmentPlan
    for name, _ in segments:
        if model is None:
            raise ValueError(f"{path!r}: {name!r} is below a plain value")
        fields = dict(model.model_fields)
        properties = {n for n in dir(model) if isinstance(getattr(model, n, None), property)}
        if name not in fields and name not in properties:
            valid = sorted((set(fields) | properties) - {"source", "field_sources", "model_fields_set", "model_extra"})
            raise ValueError(f"{path!r}: no field {name!r}; valid here: {', '.join(valid)}")
        if name in properties:
            model = _property_item_type(model, name)
            continue
        model = _inner_model(fields[name].annotation)


def _property_item_type(model: Any, name: str) -> Any:
    from authcheck.model import Diagnosis, Goal, Objective, Review

    return {"goals": Goal, "objectives": Objective, "scheduled_reviews": Review, "completed_reviews": Review,
            "primary_diagnoses": Diagnosis}.get(name)


def _inner_model(annotation: Any) -> Any:
    """The pydantic model inside list[X] / X | None, or None for plain values."""
    stack = [annotation]
    while stack:
        current = stack.pop()
        if isinstance(current, type) and issubclass(current, BaseModel):
            return current
        stack.extend(getattr(current, "__args__", ()) or ())
    return None


class ResolvedField:
    """One place a path leads to: the element holding the field, the field name, its value, and paths."""

    __slots__ = ("field", "owner", "owner_path", "value")

    def __init__(self, owner: Any, owner_path: str, field: str, value: Any) -> None:
        self.owner = owner
        self.owner_path = owner_path
        self.field = field
        self.value = value

    @property
    def path(self) -> str:
        """Path of the field itself."""
        return f"{self.owner_path}.{self.field}" if self.owner_path else self.field


def _join(base: str, name: str, index: int | None = None) -> str:
    part = name if index is None else f"{name}[{index}]"
    return f"{base}.{part}" if base else part


_PROPERTY_LISTS = ("goals", "objectives", "scheduled_reviews", "completed_reviews", "primary_diagnoses")


def _real_path(owner_path: str, name: str, index: int, owner: Any) -> str:
    """Map property items (plan.goals[3]) back to their model path (problems[1].goals[0])."""
    if isinstance(owner, TreatmentPlan) and name in _PROPERTY_LISTS:
        if name == "primary_diagnoses":
            wanted_diagnosis = owner.primary_diagnoses[index]
            return next(f"diagnoses[{i}]" for i, d in enumerate(owner.diagnoses) if d is wanted_diagnosis)
        if name == "goals":
            return [p for p, _ in owner.iter_goals()][index]
        if name == "objectives":
            return [p for p, _, _ in owner.iter_objectives()][index]
        wanted = owner.scheduled_reviews[index] if name == "scheduled_reviews" else owner.completed_reviews[index]
        for i, review in enumerate(owner.reviews):
            if review is wanted:
                return f"reviews[{i}]"
    return _join(owner_path, name, index)


def resolve_field(plan: TreatmentPlan, path: str) -> Iterator[ResolvedField]:
    """Every (owner, field) the path leads to; `[*]` fans out over lists, the last segment is the field."""
    segments = _segments(path)
    if not segments:
        return
    owners: list[tuple[Any, str]] = [(plan, "")]
    for name, index in segments[:-1]:
        next_owners: list[tuple[Any, str]] = []
        for owner, owner_path in owners:
            value = getattr(owner, name, None)
            if value is None:
                continue
            if index is None:
                next_owners.append((value, _join(owner_path, name)))
            elif index == "*":
                next_owners.extend((item, _real_path(owner_path, name, i, owner)) for i, item in enumerate(value))
            elif int(index) < len(value):
                next_owners.append((value[int(index)], _real_path(owner_path, name, int(index), owner)))
        owners = next_owners
    last, _ = segments[-1]
    alternatives = last.split("|")
    for owner, owner_path in owners:
        values = [getattr(owner, name, None) for name in alternatives]
        chosen = next((i for i, v in enumerate(values) if not is_missing(v)), 0)
        yield ResolvedField(owner, owner_path, alternatives[chosen], values[chosen])


def is_missing(value: Any) -> bool:
    """Missing: None, blank text, an empty list, or a quantity that states nothing usable."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, dict, tuple)):
        return len(value) == 0
    stated = getattr(value, "stated", None)
    if isinstance(stated, bool):
        return not stated
    return False


def element_at(plan: TreatmentPlan, path: str) -> Any:
    """The object at a concrete path such as "problems[0].goals[1]" ("" is the plan)."""
    current: Any = plan
    for name, index in _segments(path):
        current = getattr(current, name, None)
        if current is None:
            return None
        if index is not None and index != "*":
            i = int(index)
            if not isinstance(current, list) or i >= len(current):
                return None
            current = current[i]
    return current


def field_label(path: str) -> str:
    """Human name of a field path: "patient.member_id" -> "member ID" (the first of alternatives a|b)."""
    generic = re.sub(r"\|[a-z_|]+$", "", re.sub(r"\[\d+\]|\[\*\]", "", path))
    if generic in FIELD_LABELS:
        return FIELD_LABELS[generic]
    last = generic.rsplit(".", 1)[-1]
    return FIELD_LABELS.get(last, last.replace("_", " "))


_ROLE_NAMES = {
    "client": "Client", "guardian": "Parent/guardian", "clinician": "Clinician", "supervisor": "Supervisor",
    "physician": "Physician/certifier", "other": "Other",
}


def _item_label(name: str, index: int, item: Any) -> str:
    label = getattr(item, "label", None)
    if label and re.search(r"[A-Za-z]{2,}", label):
        return label  # the document's own label, e.g. "LTG 1" or "Short Term Objective 1.1"
    if name == "problems":
        return f"Problem {label or index + 1}"
    if name == "goals":
        return f"Goal {label or index + 1}"
    if name == "objectives":
        return f"Objective {label or index + 1}"
    if name == "interventions":
        return f"Intervention {label or index + 1}"
    if name == "services":
        code = getattr(item, "code", None)
        return f"Service {code}" if code else f"Service {index + 1}"
    if name == "diagnoses":
        code = getattr(item, "code", None)
        return f"Diagnosis {code}" if code else f"Diagnosis {index + 1}"
    if name == "signatures":
        return f"{_ROLE_NAMES.get(getattr(item, 'role', 'other'), 'Other')} signature"
    if name == "assessments":
        return f"Assessment {getattr(item, 'instrument', None) or index + 1}"
    if name == "reviews":
        kind = getattr(item, "kind", "review")
        return "Recertification" if kind == "recertification" else ("Progress report" if kind == "progress-report" else "Review")
    if name == "providers":
        return f"Provider {getattr(item, 'name', None) or index + 1}"
    return f"{name} {index + 1}"


def label_for(plan: TreatmentPlan, path: str) -> str:
    """Human label of a concrete path: "Problem 1 > Goal 2 > Objective 2a", "Plan date", "Client signature"."""
    if not path:
        return "Plan"
    parts: list[str] = []
    current: Any = plan
    trail = ""
    for name, index in _segments(path):
        value = getattr(current, name, None)
        trail = _join(trail, name)
        if index is not None and index != "*" and isinstance(value, list) and int(index) < len(value):
            item = value[int(index)]
            if not (name == "problems" and not getattr(item, "statement", None) and not getattr(item, "label", None)):
                parts.append(_item_label(name, int(index), item))  # an unnamed problem only groups goals
            current = item
        else:
            label = field_label(trail if not parts else name)
            parts.append(label[:1].upper() + label[1:])
            current = value
            if current is None:
                break
    return " > ".join(parts) or "Goals"


def nearest_source(plan: TreatmentPlan, path: str) -> SourceLocation | None:
    """Where the element at `path` was found; for something missing, where it belongs.

    Tries the element itself, then the field's own source, then (for a list) its first item, then
    the nearest ancestor with a source. The plan as a whole is not a useful place, so it is skipped.
    """
    segments = _segments(path)
    chain: list[tuple[Any, str | None]] = [(plan, None)]
    current: Any = plan
    for name, index in segments:
        value = getattr(current, name, None)
        if index is not None and index != "*" and isinstance(value, list) and int(index) < len(value):
            value = value[int(index)]
        chain.append((value, name))
        if value is None:
            break
        current = value
    for position in range(len(chain) - 1, 0, -1):
        value, name = chain[position]
        if isinstance(value, Element) and value.source is not None:
            return value.source
        owner = chain[position - 1][0]
        if name and isinstance(owner, Element) and name in owner.field_sources:
            return owner.field_sources[name]
        if isinstance(value, list) and value and isinstance(value[0], Element) and value[0].source is not None:
            return value[0].source
    return None


def standard_section(path: str) -> str:
    """The standard section name of a path, from its top-level field."""
    top = path.split(".", 1)[0].split("[", 1)[0] if path else ""
    return _SECTIONS.get(top, "Plan")


def section_for(plan: TreatmentPlan, path: str) -> str:
    """The section a path belongs to: the document's heading when the reader recorded it, else a standard name."""
    source = nearest_source(plan, path)
    if source is not None and source.section:
        return source.section
    return standard_section(path)
