"""Helpers for the DOCX reader tests: compare a plan with a hand-written expectation, resolve model paths."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from authcheck.model import Signature, SourceLocation, TreatmentPlan

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
EXPECTED = HERE / "expected"
LABELLED = HERE.parents[2].parent / "shared" / "labelled-examples"

_TEXT_KEYS = {
    "statement",
    "description",
    "name",
    "instrument",
    "domain",
    "baseline",
    "mastery_criteria",
    "responsible_staff",
    "time_frame",
    "payer",
    "program",
    "level_of_care",
    "credential",
}


def _norm(text: str) -> str:
    return " ".join(str(text).split()).rstrip(".").strip().casefold()


def goals_of(plan: TreatmentPlan) -> list[Any]:
    return [goal for _, goal in plan.iter_goals()]


def resolve(plan: TreatmentPlan, path: str) -> Any:
    """Follow a model path such as "goals[1].objectives[0]" ("goals" = the flat goal list) or "patient.name"."""
    current: Any = plan
    for part in path.split("."):
        match = re.fullmatch(r"(\w+)(?:\[(\d+)\])?", part)
        assert match, f"bad path {path!r}"
        name, index = match.group(1), match.group(2)
        if name == "goals" and isinstance(current, TreatmentPlan):
            current = goals_of(current)
        else:
            current = getattr(current, name)
        if index is not None:
            current = current[int(index)]
    return current


def source_of(plan: TreatmentPlan, path: str) -> SourceLocation | None:
    """The source of the element at `path`, or of a scalar field ("patient.name" -> patient.field_sources)."""
    if "." in path:
        owner_path, _, field = path.rpartition(".")
        if not re.search(r"\[\d+\]$", field):
            owner = resolve(plan, owner_path)
            if field in getattr(owner, "field_sources", {}):
                return owner.field_sources[field]
    elif path in plan.field_sources:
        return plan.field_sources[path]
    target = resolve(plan, path)
    return getattr(target, "source", None)


def compare(actual: Any, expected: Any, where: str, problems: list[str]) -> None:
    """Record every way `actual` differs from `expected` (see expected/README.md for the rules)."""
    if isinstance(expected, dict):
        if actual is None:
            problems.append(f"{where}: missing (expected {expected})")
            return
        fields = getattr(type(actual), "model_fields", None)
        for key, value in expected.items():
            if fields is not None and key.removesuffix("_contains") not in fields:
                problems.append(f"{where}: the expectation names an unknown field {key!r}")
                continue
            if key.endswith("_contains"):
                field = key[: -len("_contains")]
                got = getattr(actual, field, None) if not isinstance(actual, dict) else actual.get(field)
                if got is None or _norm(value) not in _norm(got):
                    problems.append(f"{where}.{field}: {got!r} does not contain {value!r}")
                continue
            got = actual.get(key) if isinstance(actual, dict) else getattr(actual, key, None)
            compare(got, value, f"{where}.{key}", problems)
        return
    if isinstance(expected, list):
        got = list(actual or [])
        if len(got) != len(expected):
            problems.append(
                f"{where}: {len(got)} items, expected {len(expected)}: {[_summary(x) for x in got]}"
            )
        for i, (a, e) in enumerate(zip(got, expected, strict=False)):
            compare(a, e, f"{where}[{i}]", problems)
        return
    if isinstance(expected, dt.date):
        if actual != expected:
            problems.append(f"{where}: {actual!r} != {expected!r}")
        return
    if isinstance(expected, bool) or expected is None:
        if actual != expected:
            problems.append(f"{where}: {actual!r} != {expected!r}")
        return
    if isinstance(expected, (int, float)) and not isinstance(expected, bool):
        if actual is None or abs(float(actual) - float(expected)) > 0.011:
            problems.append(f"{where}: {actual!r} != {expected!r}")
        return
    key = where.rsplit(".", 1)[-1].split("[")[0]
    if key in _TEXT_KEYS:
        if actual is None or _norm(actual) != _norm(expected):
            problems.append(f"{where}: {actual!r} != {expected!r}")
        return
    if actual is None or str(actual) != str(expected):
        problems.append(f"{where}: {actual!r} != {expected!r}")


def _summary(item: Any) -> str:
    for attr in ("statement", "description", "code", "name", "instrument"):
        value = getattr(item, attr, None)
        if value:
            return str(value)[:40]
    return type(item).__name__


def check_plan(plan: TreatmentPlan, expected: dict[str, Any]) -> list[str]:
    """All differences between a plan and an expectation document."""
    problems: list[str] = []
    expected = dict(expected)
    sources = expected.pop("sources", {}) or {}
    empty = expected.pop("empty", []) or []
    goals = expected.pop("goals", None)
    problems_expected = expected.pop("problems", None)
    for key, value in expected.items():
        if key.endswith("_contains"):
            field = key[: -len("_contains")]
            got = getattr(plan, field)
            if got is None or _norm(value) not in _norm(got):
                problems.append(f"{field}: {got!r} does not contain {value!r}")
            continue
        compare(getattr(plan, key), value, key, problems)
    if goals is not None:
        compare(goals_of(plan), goals, "goals", problems)
    if problems_expected is not None:
        compare([p for p in plan.problems if p.statement], problems_expected, "problems", problems)
    for field in empty:
        value = getattr(plan, field)
        if value not in (None, [], {}):
            problems.append(f"{field}: expected nothing, got {value!r}")
    for path, location in sources.items():
        try:
            source = source_of(plan, path)
        except (IndexError, AttributeError) as exc:
            problems.append(f"source {path}: cannot resolve ({exc})")
            continue
        if source is None:
            problems.append(f"source {path}: no source recorded")
            continue
        for key, value in location.items():
            if key == "text_contains":
                if not source.text or value.lower() not in source.text.lower():
                    problems.append(f"source {path}.text: {source.text!r} does not contain {value!r}")
                continue
            if getattr(source, key) != value:
                problems.append(f"source {path}.{key}: {getattr(source, key)!r} != {value!r}")
    return problems


def read_document(document: Any) -> TreatmentPlan:
    """Read a python-docx Document built in a test with the DOCX reader."""
    from authcheck.readers.docx.reader import DocxReader

    buffer = io.BytesIO()
    document.save(buffer)
    return DocxReader().read(buffer.getvalue(), "test.docx")


def add_table(document: Any, rows: Sequence[Sequence[str]]) -> Any:
    """Add a table of the given cell texts; a "\\n" in a text starts a new paragraph of its cell."""
    table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            lines = value.split("\n")
            cell = table.rows[r].cells[c]
            cell.text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
    return table


def read_blocks(blocks: Sequence[Any]) -> TreatmentPlan:
    """Read a document made of `blocks` in order: a string is a paragraph ("\\n" a line break inside it), a list of
    rows of cell texts is a table (a cell's "\\n" starts a new paragraph of the cell; "\\n\\n" leaves an empty one)."""
    import docx

    document = docx.Document()
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)  # python-docx writes "\n" as a line break
            continue
        table = document.add_table(rows=len(block), cols=max(len(r) for r in block))
        for r, row in enumerate(block):
            for c, text in enumerate(row):
                cell = table.cell(r, c)
                lines = text.split("\n")
                cell.text = lines[0]
                for extra in lines[1:]:
                    cell.add_paragraph(extra)
    return read_document(document)


def signer_named(plan: TreatmentPlan, name: str) -> Signature:
    """The plan's one signature by `name` (fails, listing the signatures read, when there is none or more than one)."""
    found = [s for s in plan.signatures if s.name == name]
    assert len(found) == 1, [(s.role, s.name, s.signed) for s in plan.signatures]
    return found[0]


def save_blocks(folder: Path, blocks: Sequence[Any], name: str = "plan.docx") -> Path:
    """Write a document made of `blocks` (a string a paragraph, a list of rows of cell texts a table; a cell's text
    set as one run) to `folder / name` and return its path, for tests that check the saved file end to end."""
    import docx

    document = docx.Document()
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        assert isinstance(block, list)
        table = document.add_table(rows=len(block), cols=max(len(r) for r in block))
        for r, row in enumerate(block):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    path = folder / name
    document.save(str(path))
    return path
