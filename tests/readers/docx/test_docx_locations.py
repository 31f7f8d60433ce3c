"""Every source location the reader records points at the place python-docx finds the same text.

This is what lets another issue anchor Word comments: a paragraph index must be an index into
`Document.paragraphs`, and table/row/cell indexes must address `Document.tables[t].rows[r].cells[c]`.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx_helpers import FIXTURES, LABELLED
from pydantic import BaseModel

from authcheck.model import SourceLocation
from authcheck.readers import read_plan

FILES = sorted(p for p in FIXTURES.glob("*.docx") if not p.name.startswith("bad_"))
FILES += sorted(LABELLED.glob("*.docx")) if LABELLED.exists() else []


def _locations(element: BaseModel, path: str = "plan"):
    source = getattr(element, "source", None)
    if isinstance(source, SourceLocation):
        yield path, source
    for field, location in (getattr(element, "field_sources", None) or {}).items():
        yield f"{path}.{field}", location
    for name in type(element).model_fields:
        if name in ("source", "field_sources"):
            continue
        value = getattr(element, name)
        if isinstance(value, BaseModel):
            yield from _locations(value, f"{path}.{name}")
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from _locations(item, f"{path}.{name}[{i}]")


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def _shown_text(paragraph) -> str:
    """A paragraph's text as Word shows it (python-docx's .text leaves out tracked insertions)."""
    pieces = []
    for element in paragraph._p.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "t" and element.text:
            pieces.append(element.text)
        elif tag in ("tab", "br", "cr"):
            pieces.append(" ")
    return "".join(pieces)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_locations_point_at_their_text(path: Path) -> None:
    plan = read_plan(path).plan
    document = docx.Document(str(path))
    paragraphs = document.paragraphs
    tables = document.tables
    checked = 0
    for where, location in _locations(plan):
        assert location.text, f"{where}: no text recorded"
        if location.table is not None:
            assert location.row is not None and location.cell is not None, where
            row = tables[location.table].rows[location.row]
            cell_text = _squash(row.cells[location.cell].text)
            row_text = _squash(" ".join(c.text for c in row.cells))
            fragment = _squash(location.text).split(" | ")[0].split(":")[-1].strip()[:30]
            assert fragment in cell_text or fragment in row_text, (where, location, row_text)
            checked += 1
        elif location.paragraph is not None:
            text = _squash(_shown_text(paragraphs[location.paragraph]))
            fragment = _squash(location.text)[:40]
            assert fragment in text or text in fragment, (where, location.paragraph, location.text, text)
            checked += 1
    assert checked > 0


def test_paragraphs_inside_content_controls_have_no_paragraph_index() -> None:
    plan = read_plan(FIXTURES / "l4_slp_ehr_content_controls.docx").plan
    name_source = plan.patient.field_sources["name"]
    assert name_source.paragraph is None and name_source.table is None
    assert "Amelia Ross" in (name_source.text or "")
    document = docx.Document(str(FIXTURES / "l4_slp_ehr_content_controls.docx"))
    assert all("Amelia Ross" not in p.text for p in document.paragraphs)
