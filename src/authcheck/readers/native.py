"""authcheck's own plan format: the model as YAML or JSON (see docs/plan-format.md).

Errors name the file, the line and the field: `plan.yaml:14: problems[0].goals[0].objectives[0].target_date:
not a date: '13/45/2026'`. Every element that does not say where it came from gets its line and JSON
pointer in this file as its source.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from authcheck.model import Element, SourceLocation, TreatmentPlan
from authcheck.readers.base import PlanReadError
from authcheck.yamlio import LineMap, YamlError, load_yaml_with_lines, validation_error_parts

__all__ = ["NativeReader", "plan_from_data"]

SCHEMA_KEY = "schema"
SCHEMA_VALUES = {"authcheck-plan/1"}
_PLAN_KEYS = set(TreatmentPlan.model_fields) - {"source", "field_sources"}


def _looks_like_plan(data: Any) -> bool:
    if not isinstance(data, dict) or "resourceType" in data:
        return False
    if data.get(SCHEMA_KEY) in SCHEMA_VALUES:
        return True
    keys = set(data)
    return len(keys & _PLAN_KEYS) >= 2 and len(keys - _PLAN_KEYS - {SCHEMA_KEY}) <= len(keys) // 2


def _decode(data: bytes, path: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PlanReadError(path, f"not UTF-8 text (byte {exc.start})") from exc


def _pointer(path: tuple[str | int, ...]) -> str:
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in path) if path else ""


def _attach_sources(element: BaseModel, path: tuple[str | int, ...], lines: LineMap) -> None:
    """Give every element without a source, and each of its plain fields, its line and pointer in the native file."""
    if isinstance(element, Element) and element.source is None:
        element.source = SourceLocation(line=lines.line_of(path), pointer=_pointer(path))
    for name in type(element).model_fields:
        if name in ("source", "field_sources"):
            continue
        value = getattr(element, name)
        if isinstance(element, Element) and value is not None and not isinstance(value, (BaseModel, list, dict)):
            line = lines.lines.get((*path, name))
            if line is not None and name not in element.field_sources:
                element.field_sources[name] = SourceLocation(line=line, pointer=_pointer((*path, name)))
        if isinstance(value, BaseModel):
            _attach_sources(value, (*path, name), lines)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, BaseModel):
                    _attach_sources(item, (*path, name, index), lines)


def plan_from_data(data: Any, path: str, lines: LineMap | None = None) -> TreatmentPlan:
    """Validate loaded YAML/JSON data as a plan; raise PlanReadError naming file:line: field."""
    lines = lines or LineMap()
    if not isinstance(data, dict):
        raise PlanReadError(path, "a plan must be a mapping of fields (patient, diagnoses, problems, ...)")
    data = dict(data)
    schema = data.pop(SCHEMA_KEY, None)
    if schema is not None and schema not in SCHEMA_VALUES:
        raise PlanReadError(path, f"unknown plan schema {schema!r}; this authcheck reads {sorted(SCHEMA_VALUES)}")
    try:
        plan = TreatmentPlan.model_validate(data)
    except ValidationError as exc:
        line, message = validation_error_parts(exc, lines)
        raise PlanReadError(path, message, line=line) from exc
    _attach_sources(plan, (), lines)
    return plan


class NativeReader:
    """Reads authcheck plan YAML/JSON."""

    name = "native"

    def sniff(self, head: bytes) -> bool:
        """A YAML/JSON mapping whose keys are mostly plan fields (or that declares `schema: authcheck-plan/1`)."""
        stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        if not stripped or stripped.startswith((b"<", b"PK")) or b"\x00" in head:
            return False
        try:
            text = head.decode("utf-8-sig")
        except UnicodeDecodeError:
            return False
        if len(head) < 64 * 1024:
            try:
                data, _ = load_yaml_with_lines(text)
            except YamlError:
                pass  # malformed: judge by its top-level keys, so that read() can name the bad line
            else:
                return _looks_like_plan(data)
        keys = {line.split(":", 1)[0].strip().strip('"') for line in text.splitlines() if line[:1].isalpha() or line[:1] == '"'}
        return "resourceType" not in keys and (len(keys & _PLAN_KEYS) >= 2 or SCHEMA_KEY in keys)

    def read(self, data: bytes, path: str) -> TreatmentPlan:
        """Parse and validate the file."""
        text = _decode(data, path)
        try:
            loaded, lines = load_yaml_with_lines(text)
        except YamlError as exc:
            raise PlanReadError(path, str(exc), line=exc.line) from exc
        return plan_from_data(loaded, path, lines)
