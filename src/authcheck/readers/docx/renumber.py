"""Source locations in python-docx's numbering for a plan read from blocks in reading order.

docx.blocks counts paragraphs and tables wrapped in body-level content controls in reading order, so that the
reader sees them beside their neighbours; python-docx's `Document.paragraphs` and `Document.tables` skip them. A
finding points at python-docx's indexes (docs/json-output.md), so once the plan is built each source location is
renumbered: an index after wrapped elements moves down by their count, and a wrapped element's index is None (its
section and quoted text still say where it is). A grid of goals side by side was read turned one goal a row
(docx.tables.transpose_goal_columns): its cells' rows and columns are turned back to the document's.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

from pydantic import BaseModel

from authcheck.model import TreatmentPlan
from authcheck.model.source import SourceLocation
from authcheck.readers.docx.blocks import Block, Para, Table
from authcheck.readers.docx.tables import goal_columns_grid

__all__ = ["renumber_for_python_docx"]


def _mapper(wrapped: list[int]) -> Callable[[int | None], int | None]:
    """Reading-order index -> python-docx index (None for a wrapped element)."""
    taken = set(wrapped)

    def map_index(index: int | None) -> int | None:
        if index is None or index in taken:
            return None
        return index - bisect_left(wrapped, index)

    return map_index


def renumber_for_python_docx(plan: TreatmentPlan, blocks: Sequence[Block]) -> None:
    """Renumber every source location of `plan` in place (nothing to do when no block is wrapped)."""
    paragraphs = sorted({b.index for b in blocks if isinstance(b, Para) and b.wrapped and b.index is not None})
    tables = sorted(b.index for b in blocks if isinstance(b, Table) and b.wrapped and b.index is not None)
    turned = {b.index: b for b in blocks if isinstance(b, Table) and b.index is not None and goal_columns_grid(b)}
    if not paragraphs and not tables and not turned:
        return
    paragraph_index, table_index = _mapper(paragraphs), _mapper(tables)
    seen: set[int] = set()

    def visit(value: object) -> None:
        if id(value) in seen:
            return
        if isinstance(value, SourceLocation):
            seen.add(id(value))
            if value.table in turned:
                _turn_back(value, turned[value.table])
            value.paragraph = paragraph_index(value.paragraph)
            if value.table is not None:
                value.table = table_index(value.table)
                if value.table is None:
                    value.row = value.cell = None
        elif isinstance(value, BaseModel):
            seen.add(id(value))
            for name in type(value).model_fields:
                visit(getattr(value, name))
        elif isinstance(value, (list, tuple)):
            for item in value:
                visit(item)
        elif isinstance(value, dict):
            for item in value.values():
                visit(item)

    visit(plan)


def _turn_back(source: SourceLocation, table: Table) -> None:
    """A cell location in a turned goals grid (row k, column r) as the document's (row r, the column of cell k)."""
    if source.row is None or source.cell is None:
        return
    row, position = source.cell, source.row
    cells = table.rows[row].cells if row < len(table.rows) else []
    source.row = row
    source.cell = cells[position].col if position < len(cells) else position
