"""Plan elements from a section's narrative, for sections whose entries state nothing.

List items and table rows become goals, objectives, interventions, problems or diagnoses, decided by
the section kind, the heading the list sits under ("Goals:", "Interventions"), the item's own label
("Objective 1a:", "LTG 2:") and the table's column headers. Only what is written is kept: a diagnosis
gets a code only when an ICD-10-CM code is written in the item.
"""

from __future__ import annotations

import re

from authcheck.model import (
    Amount,
    Diagnosis,
    Duration,
    Frequency,
    Goal,
    Intervention,
    Objective,
    Problem,
    Review,
)
from authcheck.parsing import find_dates, parse_amount, parse_duration, parse_frequency
from authcheck.readers.ccda.narrative import NarrativeItem
from authcheck.readers.ccda.text import (
    baseline_and_target,
    icd10_codes,
    label_and_rest,
    label_kind,
    service_code_in,
    target_date_in,
    time_frame_in,
)
from authcheck.readers.ccda.xml import location

__all__ = ["NarrativeElements", "item_kind", "read_items"]

_RESOLVED_STATUS = re.compile(r"\b(?:resolved|inactive|historical|ruled\s*out|completed)\b", re.IGNORECASE)
_REVIEW_WORDS = re.compile(
    r"\b(?:re-?certif|plan\s+review|treatment\s+plan\s+review|care\s+plan\s+review|"
    r"progress\s+report|re-?evaluat|review\s+date|next\s+review)",
    re.IGNORECASE,
)


class NarrativeElements:
    """What the narrative items of one or more sections state."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.loose_goals: list[Goal] = []
        self.interventions: list[Intervention] = []
        self.diagnoses: list[Diagnosis] = []
        self.reviews: list[Review] = []

    def count(self) -> int:
        return (
            len(self.problems)
            + len(self.loose_goals)
            + len(self.interventions)
            + len(self.diagnoses)
            + len(self.reviews)
        )


def item_kind(item: NarrativeItem, default: str) -> str:
    """goal / objective / intervention / problem / diagnosis / review for one item."""
    label, _ = label_and_rest(item.text)
    kind = label_kind(label)
    if kind:
        return kind
    header = (item.cell("statement").header if item.cell("statement") else None) or ""
    for text in (header, item.heading or ""):
        low = text.lower()
        if re.search(r"objective|short[- ]term|milestone|\bstg\b", low):
            return "objective"
        if re.search(r"goal|\bltg\b", low):
            return "goal"
        if re.search(r"diagnos|icd", low):
            return "diagnosis"
        if re.search(r"problem|concern|need|issue", low):
            return "problem" if default != "diagnosis" else "diagnosis"
        if re.search(r"review|recertif", low):
            return "review"
        if re.search(r"intervention|service|treatment|modalit|procedure|therap|frequency|plan", low):
            return "intervention"
    return default


def _cell_text(item: NarrativeItem, role: str) -> tuple[str | None, object]:
    cell = item.cell(role)
    if cell is None or not cell.text:
        return None, None
    return cell.text, cell.element


def _statement(item: NarrativeItem) -> tuple[str | None, str, object]:
    """(label, statement, element) of an item: a table's statement column, else the item text."""
    text, element = _cell_text(item, "statement")
    if text is None:
        text, element = item.text, item.element
    label, rest = label_and_rest(text)
    return label, rest, element


def _goal_fields(item: NarrativeItem, section: str | None) -> dict[str, object]:
    label, statement, element = _statement(item)
    fields: dict[str, object] = {"label": label, "statement": statement}
    sources = {"statement": location(element, section, statement)}
    base_cell, base_el = _cell_text(item, "baseline")
    target_cell, target_el = _cell_text(item, "target")
    base, target = baseline_and_target(statement)
    if base_cell:
        fields["baseline"] = base_cell
        sources["baseline"] = location(base_el, section, base_cell)
    elif base:
        fields["baseline"] = base
    if target_cell:
        fields["target"] = target_cell
        sources["target"] = location(target_el, section, target_cell)
    elif target:
        fields["target"] = target
    date_text, date_el = _cell_text(item, "target_date")
    dates = list(find_dates(date_text)) if date_text else []
    if dates:
        fields["target_date"] = dates[0][0]
        sources["target_date"] = location(date_el, section, date_text)
    else:
        date, _ = target_date_in(item.text)
        if date:
            fields["target_date"] = date
            sources["target_date"] = location(item.element, section, item.text)
    frame = time_frame_in(statement)
    if frame:
        fields["time_frame"] = frame
    fields["source"] = location(item.element, section, item.text)
    fields["field_sources"] = sources
    return fields


def _intervention(item: NarrativeItem, section: str | None) -> Intervention:
    label, statement, element = _statement(item)
    where = location(item.element, section, item.text)
    intervention = Intervention(label=label, description=statement, source=where)
    intervention.field_sources["description"] = location(element, section, statement)
    code_text, code_el = _cell_text(item, "code")
    code = service_code_in(
        f"({code_text})" if code_text and re.fullmatch(r"\s*\w{5}\s*", code_text) else code_text
    )
    code = code or service_code_in(item.text)
    if code:
        intervention.service_code = code
        intervention.field_sources["service_code"] = location(
            code_el if code_text else item.element, section, code_text or item.text
        )
    for role, parse, model in (
        ("frequency", parse_frequency, Frequency),
        ("amount", parse_amount, Amount),
        ("duration", parse_duration, Duration),
    ):
        cell_text, cell_el = _cell_text(item, role)
        text = cell_text or item.text
        parsed = parse(text)
        if parsed is None:
            continue
        if (
            role == "duration"
            and not cell_text
            and parsed.value is None
            and not re.search(r"\b(?:through|thru|until|till|ending|ends?)\b", text, re.IGNORECASE)
        ):
            continue
        value = model.model_validate(text)
        value.source = location(cell_el if cell_text else item.element, section, text)
        setattr(intervention, role, value)
    staff, _ = _cell_text(item, "responsible")
    if staff:
        intervention.responsible_staff = staff
    return intervention


def _diagnoses(item: NarrativeItem, section: str | None, require_code: bool) -> list[Diagnosis]:
    status, _ = _cell_text(item, "status")
    if status and _RESOLVED_STATUS.search(status):
        return []
    _, statement, _ = _statement(item)
    code_text, code_el = _cell_text(item, "code")
    codes = icd10_codes(code_text) if code_text else []
    if (
        code_text
        and not codes
        and re.fullmatch(r"[A-TV-Z][0-9][0-9AB][0-9A-TV-Z]{0,4}", code_text.strip().upper())
    ):
        codes = [(code_text.strip().upper(), (0, len(code_text)))]
    code_from_cell = bool(codes)
    if not codes:
        codes = icd10_codes(item.text)
    if not codes:
        if require_code:
            return []
        description = re.sub(r"^\s*(?:\d+[.)]\s*)", "", statement).strip()
        return (
            [Diagnosis(description=description, source=location(item.element, section, item.text))]
            if description
            else []
        )
    out = []
    for code, (start, end) in codes:
        if code_from_cell:
            description = statement
        else:
            description = item.text[:start] + item.text[end:]
            description = re.sub(
                r"\(\s*\)|\bICD-?10(?:-?CM)?\s*(?:code)?\s*[:#]?", " ", description, flags=re.IGNORECASE
            )
            description = re.sub(r"^[\s\-–:;,.|]+|[\s\-–:;,.|(]+$", "", " ".join(description.split()))
            description = re.sub(r"^\s*(?:\d+[.)]\s*)", "", description)
        description = re.sub(
            r"\s*\(\s*(?:primary|principal)\s*\)", "", description or "", flags=re.IGNORECASE
        ).strip()
        diagnosis = Diagnosis(
            code=code,
            system="ICD-10-CM",
            description=description or None,
            primary=bool(re.search(r"\bprimary\b|\bprincipal\b", item.text, re.IGNORECASE)),
            source=location(item.element, section, item.text),
        )
        diagnosis.field_sources["code"] = location(
            code_el if code_from_cell else item.element, section, code_text if code_from_cell else item.text
        )
        out.append(diagnosis)
    return out


def read_items(
    items: list[NarrativeItem],
    section: str | None,
    default: str,
    out: NarrativeElements,
    *,
    require_code: bool = False,
) -> None:
    """Turn narrative items into plan elements; `default` is the kind of an unlabelled item."""
    problem: Problem | None = None
    goal: Goal | None = None
    for item in items:
        kind = item_kind(item, default)
        if item.loose and not _REVIEW_WORDS.search(item.text) and not (kind == "diagnosis" and require_code):
            continue  # prose beside lists and tables: only review dates and written codes are taken from it
        if kind == "review" or _REVIEW_WORDS.search(item.text):
            dates = list(find_dates(item.text))
            low = item.text.lower()
            out.reviews.append(
                Review(
                    kind="recertification"
                    if "recert" in low
                    else "progress-report"
                    if "progress report" in low
                    else "review",
                    date=dates[0][0] if dates else None,
                    completed=False,
                    source=location(item.element, section, item.text),
                )
            )
            continue
        if kind == "problem":
            label, statement, _ = _statement(item)
            problem = Problem(
                label=label, statement=statement, source=location(item.element, section, item.text)
            )
            out.problems.append(problem)
            goal = None
            for diagnosis in _diagnoses(item, section, require_code=True):
                out.diagnoses.append(diagnosis)
            if item.children:
                read_items(item.children, section, "goal", out)
            continue
        if kind == "diagnosis":
            out.diagnoses.extend(_diagnoses(item, section, require_code))
            continue
        if kind == "objective" and goal is not None:
            objective = Objective(**_goal_fields(item, section))
            goal.objectives.append(objective)
            for sub in item.children:
                objective.interventions.append(_intervention(sub, section))
            continue
        if kind in ("goal", "objective"):
            goal = Goal(**_goal_fields(item, section))
            for sub in item.children:
                sub_kind = item_kind(sub, "objective")
                if sub_kind == "intervention":
                    goal.interventions.append(_intervention(sub, section))
                else:
                    goal.objectives.append(Objective(**_goal_fields(sub, section)))
            if problem is not None:
                problem.goals.append(goal)
            else:
                out.loose_goals.append(goal)
            continue
        intervention = _intervention(item, section)
        if goal is not None and default == "goal":
            goal.interventions.append(intervention)
        else:
            out.interventions.append(intervention)
