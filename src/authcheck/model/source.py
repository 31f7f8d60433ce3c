"""Where an element of the plan was found in its source document."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

__all__ = ["SourceLocation"]


class SourceLocation(BaseModel):
    """A pointer back into the source document, filled by the reader that found the element.

    Which fields are set depends on the format:
    - DOCX: `section` (the heading or title the element sits under, as written), and either
      `paragraph` (0-based index into the document's body paragraphs, i.e. python-docx
      `Document.paragraphs`) or `table`/`row`/`cell` (0-based indexes into `Document.tables`,
      the row, and the cell within the row).
    - FHIR: `pointer` is a JSON pointer into the file ("/entry/3/resource/goal/0").
    - C-CDA: `pointer` is an XPath ("/ClinicalDocument/component/structuredBody/component[2]/...").
    - Native YAML/JSON: `line` (1-based) and `pointer` (a JSON pointer into the document).
    `text` holds the passage as written, so a report can quote it.
    """

    model_config = ConfigDict(extra="forbid")

    section: str | None = None
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    cell: int | None = None
    pointer: str | None = None
    line: int | None = None
    text: str | None = None

    def describe(self) -> str:
        """A short human description: "table 2, row 3", "paragraph 14", "line 12", or the pointer."""
        if self.table is not None:
            parts = [f"table {self.table + 1}"]
            if self.row is not None:
                parts.append(f"row {self.row + 1}")
            if self.cell is not None:
                parts.append(f"cell {self.cell + 1}")
            return ", ".join(parts)
        if self.paragraph is not None:
            return f"paragraph {self.paragraph + 1}"
        if self.line is not None:
            return f"line {self.line}"
        return self.pointer or ""
