"""Source locations in python-docx's numbering for a plan read from blocks in reading order.

docx.blocks counts paragraphs and tables wrapped in body-level content controls in reading order, so that the
reader sees them beside their neighbours; python-docx's `Document.paragraphs` and `Document.tables` skip them. A
finding points at python-docx's indexes (docs/json-output.md), so once the plan is built each source location is
renumbered: an index after wrapped elements moves down by their count, and a wrapped element's index is None (its
section and quoted text still say where it is). `turn_back_locations` gives the cells of a grid of goals side by
side, read turned one goal a row (docx.tables.transpose_goal_columns), the document's rows and columns again.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator, Mapping, Sequence

from pydantic import BaseModel

from authcheck.model import TreatmentPlan
from authcheck.model.source import SourceLocation
from authcheck.readers.docx.blocks import Block, Para, Table

__all__ = ["renumber_for_python_docx", "turn_back_locations"]


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
    if not paragraphs and not tables:
        return
    paragraph_index, table_index = _mapper(paragraphs), _mapper(tables)
    for source in _sources(plan):
        source.paragraph = paragraph_index(source.paragraph)
        if source.table is not None:
            source.table = table_index(source.table)
            if source.table is None:
                source.row = source.cell = None


def turn_back_locations(plan: TreatmentPlan, turned: Mapping[int, Table]) -> None:
    """Give each cell location in a turned table (by its index: the document's table as written) the document's row
    and column: (row k, column r) becomes (row r, the column of that row's cell k)."""
    if not turned:
        return
    for source in _sources(plan):
        table = turned.get(source.table) if source.table is not None else None
        if table is None or source.row is None or source.cell is None:
            continue
        row, position = source.cell, source.row
        cells = table.rows[row].cells if row < len(table.rows) else []
        source.row = row
        source.cell = cells[position].col if position < len(cells) else position


def _sources(plan: TreatmentPlan) -> Iterator[SourceLocation]:
    """Every source location in the plan, once (an element shared by two lists is visited once)."""
    seen: set[int] = set()
    stack: list[object] = [plan]
    while stack:
        value = stack.pop()
        if isinstance(value, (SourceLocation, BaseModel)):
            if id(value) in seen:
                continue
            seen.add(id(value))
            if isinstance(value, SourceLocation):
                yield value
            else:
                stack.extend(getattr(value, name) for name in type(value).model_fields)
        elif isinstance(value, (list, tuple)):
            stack.extend(value)
        elif isinstance(value, dict):
            stack.extend(value.values())
