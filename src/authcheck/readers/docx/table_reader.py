"""Reading a table of a Word plan: which reader each kind of table goes to (docx.tables tells the kinds),
the cells of a row by the role of their column, label/value forms read as "Label: value" lines (labels
beside their values, or in a row above them) and any other table read cell by cell as lines.

A mixin of the DOCX plan builder (see docx.build): it reads and writes the builder's state. Goals tables
(docx.goal_tables) and tables of one record a row (docx.record_tables) are read by the mixins extending it.
"""

from __future__ import annotations

import re

from authcheck.model import SourceLocation
from authcheck.parsing import find_dates
from authcheck.readers.docx.blocks import Cell, Row, Table
from authcheck.readers.docx.tab_headers import tab_header_roles
from authcheck.readers.docx.label_split import split_labels
from authcheck.readers.docx.labels import element_label, subfield_key
from authcheck.readers.phrases import find_icd_codes, find_service_codes, has_digit
from authcheck.readers.docx.state import GOAL_SECTION_KEYS, WEAK_HEADING_SCORE, BuilderState, Line, Section, make_loc
from authcheck.readers.docx.tables import (
    TableKind,
    classify_table,
    column_role,
    labelled_element_row,
    labels_row,
    medication_list,
    service_header_roles,
    signer_header_roles,
)
from authcheck.readers.docx.sections import match_section


# a cell that only marks its column as chosen
_MARK = re.compile(r"[xX✓✔☒☑■●*]|yes|y", re.I)
# a form cell holding a whole "Label: value" pair ("Name: Raymond Koenig"), not a label waiting for the next cell
_LABELLED_CELL = re.compile(r"[^:\d]{1,40}:\s+\S")
# a cell opening with a check box ("☒ PT  2w4", "[ ] SLP"): one option of a grid of boxes, not a label or a value
_BOX_CELL = re.compile(r"\s*(?:[☐□☒☑■]|\[\s?[xX✓✔]?\s?\])")


def _banner_pairs(row: object) -> str | None:
    """A row above a table's header that pairs labels with values across its cells ("Long Term Goal | Delphine
    will ... | Target | 08/05/2026"), as one line of "label: value" pieces; None for any other row. Each label is a
    short caption without digits, and the first names a goal, objective or problem."""
    texts: list[str] = []
    for cell in row.cells:  # type: ignore[attr-defined]
        text = " ".join(cell.text.split())
        if text and (not texts or text != texts[-1]):
            texts.append(text)
    if len(texts) < 2 or len(texts) % 2:
        return None
    labels = [t.rstrip(":").strip() for t in texts[0::2]]
    if any(not label or has_digit(label) or len(label.split()) > 4 or label.endswith(".") for label in labels):
        return None
    if element_label(f"{labels[0]}: x") is None:
        return None
    if not all(subfield_key(label) or element_label(f"{label}: x") for label in labels[1:]):
        return None
    return "   ".join(f"{label}: {value}" for label, value in zip(labels, texts[1::2], strict=True))


# the columns of a table of changes (an addendum's or a review's "Element | Was | Now (effective 04/09/2026)"): what
# changed, its value before, and its value now (a date or note after the caption: "Now (effective 04/09/2026)")
_CHANGE_ITEM = re.compile(
    r"(?:plan\s+)?(?:element|item|field|section|area|component|category|change(?:d\s+item)?|what\s+changed|"
    r"(?:plan\s+)?(?:element|item)\s+changed)s?"
)
_CHANGE_OLD = re.compile(r"was|previous(?:ly)?|old|from|before|prior|original(?:\s+plan)?|(?:previous|prior|old)\s+\w+")
_CHANGE_NEW = re.compile(
    r"(?:now|new|revised|changed\s+to|change\s+to|to|after|updated|amended|becomes|is\s+now|(?:new|revised|updated)\s+\w+)"
    r"(?:\s*\(.*\)|\s+(?:effective|as\s+of|from|eff)\b.*)?"
)
# a changed element naming one quantity of a service ("Frequency of individual psychotherapy (CPT 90834)")
_QUANTITY_OF = re.compile(
    r"(?P<what>frequency|session\s+length|length\s+of\s+sessions?|amount|duration|units?)\s+(?:of|for)\s+(?P<service>.+)",
    re.I,
)
# a new value that keeps the old one ("No change", "Unchanged", "Same", "-")
_UNCHANGED = re.compile(r"(?:no\s+change|unchanged|same(?:\s+as\s+(?:before|above))?|[-–—]|n/?a)\.?", re.I)


def change_columns(header: list[str]) -> tuple[int, int, int] | None:
    """(item, old, new) column positions of a table of changes ("Element | Was | Now", "Item | Previous | Revised |
    Reason"): each role once, the item first of them; None for any other header."""
    words = [" ".join(re.sub(r"[:*]", " ", h).lower().split()) for h in header]
    item = [i for i, w in enumerate(words) if _CHANGE_ITEM.fullmatch(w)]
    old = [i for i, w in enumerate(words) if _CHANGE_OLD.fullmatch(w)]
    new = [i for i, w in enumerate(words) if _CHANGE_NEW.fullmatch(w) and i not in old]
    if len(item) != 1 or len(old) != 1 or len(new) != 1 or not item[0] < old[0] < new[0]:
        return None
    return item[0], old[0], new[0]


def _banner_title(table: Table) -> bool:
    """True for a table of one row holding one short text across it ("SERVICES", "Signatures"): a banner that
    titles the part of the plan below it, as a heading does; a header of columns has several cells of text."""
    if len(table.rows) != 1:
        return False
    texts = list(dict.fromkeys(" ".join(c.text.split()) for c in table.rows[0].cells if c.text.strip()))
    return len(texts) == 1 and len(texts[0]) <= 60 and match_section(texts[0]).key is not None


# a web form's field name copied with its brackets: "[Client name]", "[Objective 1a (by 04/06/2026)]"
_BRACKETED_FIELD = re.compile(r"\[(?P<name>[^\[\]]*[A-Za-z][^\[\]]*)\]")


def _unbracketed_labels(table: Table) -> Table:
    """`table` with the field names of a web form copied into Word ("[Goal] | Savannah will ...") written without
    their brackets, when most rows' first cell is one bracketed name (the others a short name whose brackets were
    already taken off) beside a value: the labels of a form."""
    if not table.rows or any(len(row.cells) < 2 for row in table.rows):
        return table
    firsts = [" ".join(row.cells[0].text.split()) for row in table.rows]
    named = [_BRACKETED_FIELD.fullmatch(text) for text in firsts]
    if sum(1 for m in named if m) * 2 <= len(firsts) or any(
        m is None and (len(text.split()) > 4 or "[" in text or "]" in text) for m, text in zip(named, firsts, strict=True)
    ):
        return table
    rows = [
        Row(row.index, [Cell(row.cells[0].col, [m.group("name").strip()], row.cells[0].merged_from_above),
                        *row.cells[1:]]) if m else row
        for row, m in zip(table.rows, named, strict=True)
    ]
    return Table(table.index, rows, table.wrapped)


def _value_cell(text: str, words: int = 5) -> bool:
    """A cell holding a value rather than a caption: a date, or a sentence of `words` words or more."""
    return bool(text) and (len(text.split()) >= words or any(True for _ in find_dates(text)))


def _paired_goal_form(table: Table, kind: TableKind) -> bool:
    """True when a table taken for a goals grid is a printed record of label/value pairs side by side (an EHR report
    printed to Word): its first row's captions each have a value beside them ("Problem #1 | Mood episodes ... | Long
    Term Goal | Yvonne will keep her job ..."), and every row below has labels in the same columns, each a short
    caption ending no sentence, beside a filled cell ("LTG Target | 02/10/2027 | Short Term Objective 1A | ...")."""
    if kind.header_row != 0 or len(table.rows) < 2:
        return False
    rows = [[" ".join(c.text.split()) for c in row.cells if not c.merged_from_above] for row in table.rows]
    width = len(rows[0])
    if width < 4 or width % 2 or any(len(r) != width for r in rows):
        return False
    if sorted(kind.columns) != [p for p in range(0, width, 2) if p in kind.columns] or len(kind.columns) < 2:
        return False
    beside = [rows[0][p + 1] for p in kind.columns]
    if not all(_value_cell(text, 3) for text in beside) or not any(_value_cell(text) for text in beside):
        return False  # a header's captions have captions, not values, beside them
    for row in rows[1:]:
        for p in range(0, width, 2):
            label, value = row[p], row[p + 1]
            if not label and not value:
                continue
            if not label or not value or len(label.split()) > 5 or has_digit(label.replace("#", "")) and not re.search(
                r"[A-Za-z]{2}", label
            ) or label.endswith("."):
                return False
    return True


class TablesMixin(BuilderState):
    """Tables: each table to the reader of its kind; label/value forms and tables of lines read here."""

    def _table(self, table: Table) -> None:
        table = _unbracketed_labels(table)
        kind = classify_table(table)
        smart = _smart_grid(table)
        if smart is not None:
            kind = smart  # "Specific | Measurable | Achievable | Relevant | Time-bound": one objective a row
        if kind.kind in ("services", "diagnoses", "signatures", "assessments") and _banner_title(table):
            kind = TableKind("lines")  # "SERVICES" shaded in a table of one cell: a section's title, no header
        if kind.kind == "goals" and _paired_goal_form(table, kind):
            kind = TableKind("paired")  # "Problem #1 | Mood ... | Long Term Goal | Yvonne will ...": labels, values
        if kind.title is not None and kind.title_row is not None:
            section = self._section_for(kind.title, level=15, strong=True)
            if section is not None:
                self._enter(
                    section,
                    make_loc(section=kind.title, table=table.index, row=kind.title_row, cell=0, text=kind.title),
                )
        if self.earlier_level is not None:
            return  # a table under an earlier record's heading (past episodes, a referral letter): not the plan's
        if medication_list(table):
            return  # a medication list: its doses, frequencies and prescribers are no services or providers
        if self._change_table(table):
            return  # "Element | Was | Now": what an addendum or review changed; the new values are the plan's
        if kind.kind in ("lines", "form") and (
            self._signer_block_cells(table)  # type: ignore[attr-defined]
            or self._paired_signature_columns(table, kind.header_row)  # type: ignore[attr-defined]
            or self._signer_rows_table(table)  # type: ignore[attr-defined]
            or self._captions_below_table(table)  # type: ignore[attr-defined]
            or self._captions_above_table(table)  # type: ignore[attr-defined]
        ):
            return  # "Parent / Guardian | Ana Ruiz (signed) | 01/27/2026" rows, or captions under the lines
        if kind.kind == "form-columns" and self._captions_above_table(table):  # type: ignore[attr-defined]
            return  # "Supervising BCBA | Date | Parent / guardian | Date" over the names and dates
        if kind.kind == "form-columns" and self._signer_rows_table(  # type: ignore[attr-defined]
            table, every_row=True
        ):
            return  # "BCBA | Nadia Petrov, MS, BCBA (electronically signed) | 06/15/2026": sign-off rows, no captions
        first = kind.title_row + 1 if kind.title_row is not None else 0
        if kind.kind not in ("lines", "boxes", "form") and kind.header_row > first:
            for row in table.rows[first : kind.header_row]:  # a banner above the header row
                pairs = _banner_pairs(row)
                if pairs is not None:
                    # "Long Term Goal | Delphine will ... | Target | 08/05/2026": labels with their values beside them
                    self._table_line(pairs, table.index, row.index, row.cells[0].col)
                    continue
                # "Goal 1.1: ... | Target Date: 07/09/2026": each cell a labelled value of the goal
                cells = row.cells[:1]
                if labelled_element_row(row):
                    cells = list({id(c.lines): c for c in row.cells if not c.merged_from_above}.values())
                for cell in cells:
                    for text in cell.lines:
                        if text.strip():
                            self._table_line(text, table.index, row.index, cell.col)
        handler = {
            "goals": self._goals_table,  # type: ignore[attr-defined]
            "diagnoses": self._diagnoses_table,  # type: ignore[attr-defined]
            "services": self._services_table,  # type: ignore[attr-defined]
            "signatures": self._signatures_table,  # type: ignore[attr-defined]
            "assessments": self._assessments_table,  # type: ignore[attr-defined]
            "form": self._form_table,
            "paired": self._paired_form_table,
            "form-columns": self._form_columns_table,
            "boxes": self._boxes_table,  # type: ignore[attr-defined]
            "measures": self._measures_table,
        }.get(kind.kind, self._lines_table)
        handler(table, kind)

    def _change_table(self, table: Table) -> bool:
        """A table of changes ("Element | Was | Now (effective 04/09/2026)" over "Frequency of individual
        psychotherapy (CPT 90834, 45 min) | Weekly | Every 2 weeks"): each row read as "<element>: <value now>" (the
        value before when the new cell says "No change"); the header and the old values are kept as free text."""
        if len(table.rows) < 2:
            return False
        header = table.rows[0].cells
        columns = change_columns([" ".join(c.text.split()) for c in header])
        if columns is None:
            return False
        item_col, old_col, new_col = (header[p].col for p in columns)
        header_text = " | ".join(dict.fromkeys(" ".join(c.text.split()) for c in header if c.text.strip()))
        self._free(Line(header_text, self.section, table=table.index, row=0, cell=header[0].col), header_text)
        for row in table.rows[1:]:
            by_col = {c.col: " ".join(c.text.split()) for c in row.cells}
            item, old, new = by_col.get(item_col, ""), by_col.get(old_col, ""), by_col.get(new_col, "")
            if not item:
                continue
            if old:
                self._free(Line(old, self.section, table=table.index, row=row.index, cell=old_col), f"{item}: was {old}")
            value, col = (old, old_col) if (not new or _UNCHANGED.fullmatch(new)) else (new, new_col)
            if value and not _UNCHANGED.fullmatch(value):
                item = item.rstrip(":")
                of = _QUANTITY_OF.fullmatch(item)
                # "Frequency of individual psychotherapy (90834)": the service, and which of its quantities changed
                text = f"{of.group('service')}, {of.group('what').lower()}: {value}" if of else f"{item}: {value}"
                self._table_line(text, table.index, row.index, col)
        return True

    def _cell_loc(self, table: Table, row: int, cell: int, text: str) -> SourceLocation:
        return make_loc(
            section=self.section.title,
            table=table.index,
            row=row,
            cell=cell,
            text=" ".join(text.split()) or None,
        )

    def _row_cells(self, table: Table, kind: TableKind, row_index: int) -> dict[str, tuple[str, int]]:
        """Role -> (cell text, cell index) for one data row."""
        row = table.rows[row_index]
        header = table.rows[kind.header_row].cells
        values: dict[str, tuple[str, int]] = {}
        for position, role in kind.columns.items():
            if position >= len(header):
                continue
            col = header[position].col
            cell = next((c for c in row.cells if c.col == col), None)
            if cell is None and position < len(row.cells):
                cell = row.cells[position]
            if cell is None:
                continue
            text = "\n".join(line for line in cell.lines if line.strip()).strip()
            if role == "frequency_choice":
                if _MARK.fullmatch(text):  # the X under "2x/wk": the header is the row's frequency
                    values.setdefault("frequency", (" ".join(header[position].text.split()), cell.col))
                continue
            values.setdefault(role, (text, cell.col))
        return values

    def _measures_table(self, table: Table, kind: TableKind) -> None:
        """A table of measures and the levels they start at and should reach (see tables.classify_table): each row
        is kept as text; the plan's goals are written elsewhere."""
        for row in table.rows[kind.header_row + 1 :]:
            texts = list(dict.fromkeys(" ".join(c.text.split()) for c in row.cells if not c.merged_from_above))
            text = " | ".join(t for t in texts if t)
            if text and row.cells:
                self._free(Line(text, self.section, table=table.index, row=row.index, cell=row.cells[0].col), text)

    def _lines_table(self, table: Table, kind: TableKind) -> None:
        if self._captioned_columns(table, kind):
            return
        if self._headerless_services(table, kind):  # type: ignore[attr-defined]
            return  # "97153 | Adaptive behavior treatment | 10 hrs/week" rows, no header: one service a row
        interrupted: tuple[Section, int] | None = None  # the section before a caption cell, and the caption's row
        valued = self._captioned_value_columns(table, kind)
        for row, cell in table.distinct_cells(kind.title_row):
            if valued and row.index > valued[0] and cell.col in valued[1]:
                # "Each visit" under a "Frequency" caption: the column's value, never a section's title
                for text in cell.lines:
                    if text.strip():
                        self.line(Line(text, self.section, table=table.index, row=row.index, cell=cell.col))
                continue
            if interrupted is not None and row.index != interrupted[1] and cell is row.cells[0] and cell.text.strip():
                # "Medical diagnosis on order | Z96.651 ..." over "Order | PT evaluate and treat": a diagnosis caption
                # with its value beside it names that value only, not the rows below that open with captions of their own
                self.section, interrupted = interrupted[0], None
            before = self.section
            for text in cell.lines:
                if text.strip():
                    self._table_line(text, table.index, row.index, cell.col)
            if (
                self.section is not before
                and self.section.key == "diagnosis"  # (a service's captions each name a fact of the one service)
                and any(c.text.strip() for c in row.cells[row.cells.index(cell) + 1 :] if c.lines is not cell.lines)
            ):
                interrupted = (before, row.index)
            elif self.section is not before:
                interrupted = None

    @staticmethod
    def _captioned_value_columns(table: Table, kind: TableKind) -> tuple[int, set[int]] | None:
        """The header row and its columns under captions naming a known column ("Task | Frequency | Notes"), when
        two captions or more do: the cells below them hold values. None for any other table."""
        start = kind.title_row + 1 if kind.title_row is not None else 0
        if len(table.rows) - start < 2:
            return None
        header = table.rows[start]
        columns = {c.col for c in header.cells if len(c.text) <= 40 and column_role(" ".join(c.text.split()))}
        return (header.index, columns) if len(columns) >= 2 else None

    def _captioned_columns(self, table: Table, kind: TableKind) -> bool:
        """ "FUNCTIONAL GOALS | PLAN" over a row holding the goals in one cell and the treatments in the other: each
        column is a section under its caption, read top to bottom (row by row would read both captions first and
        put the goals under the treatments' caption). Only when one caption names goals and every caption is a
        section title alone on its line."""
        start = kind.title_row + 1 if kind.title_row is not None else 0
        rows = table.rows[start:]
        if not 2 <= len(rows) <= 4:
            return False
        header = list({id(c.lines): c for c in rows[0].cells if not c.merged_from_above}.values())
        if len(header) < 2 or any(len([x for x in c.lines if x.strip()]) != 1 for c in header):
            return False
        sections = [self._heading_in_cell(c.text) for c in header]
        if any(s is None for s in sections) or not any(s.key in GOAL_SECTION_KEYS for s in sections if s):
            return False
        if len({s.key for s in sections if s}) < len(sections):
            return False  # "Goal | Objective" over rows: a goals grid, not sections side by side
        for cell, section in zip(header, sections, strict=True):
            assert section is not None
            self._enter(section, make_loc(section=section.title, table=table.index, row=rows[0].index, cell=cell.col,
                                          text=cell.text.strip()))
            for row in rows[1:]:
                below = next((c for c in row.cells if c.col == cell.col and not c.merged_from_above), None)
                for text in below.lines if below is not None else []:
                    if text.strip():
                        self._table_line(text, table.index, row.index, below.col)  # type: ignore[union-attr]
        return True

    def _table_line(
        self, text: str, table: int | None, row: int, cell: int, offsets: list[tuple[int, int]] | None = None
    ) -> None:
        line = Line(text, self.section, table=table, row=row, cell=cell, cell_offsets=offsets or [])
        if len(text) < 160 and text.strip() and self._caption_under_sign_off(line, text.strip(), pending=True):  # type: ignore[attr-defined]
            return  # "Ana Ruiz<TAB>3/2/26" over "Client" in one cell: a signer's caption, no client section
        section = self._heading_in_cell(text)
        if section is not None:
            self._enter(
                section, make_loc(section=section.title, table=table, row=row, cell=cell, text=text.strip())
            )
            return
        self.line(line)

    def _heading_in_cell(self, text: str) -> Section | None:
        core = text.strip()
        if not core or len(core.split()) > 8 or element_label(core) or tab_header_roles(core) is not None:
            return None
        segments = split_labels(core)
        if any(seg.label and seg.value for seg in segments):
            return None
        if has_digit(core) and any(True for _ in find_dates(core)):
            return None  # "Certification period 04/06/2026 through 06/30/2026" states a value
        if has_digit(core) and (find_service_codes(core) or find_icd_codes(core)):
            return None  # "Therapeutic exercise 97110, home program": the treatments, not a caption
        letters = [c for c in core if c.isalpha()]
        upper = len(letters) >= 3 and all(c.isupper() for c in letters)
        match = match_section(core.rstrip(":"))
        if match.key is not None and (upper or core.endswith(":") or match.score >= WEAK_HEADING_SCORE):
            return self._section_for(core, level=15, strong=True)
        return None

    def _form_table(self, table: Table, kind: TableKind) -> None:
        skip_to = 0
        for position, row in enumerate(table.rows):
            if position < max(kind.header_row, skip_to):
                continue
            signer_rows = self._signer_block_in_form(table, position)
            if signer_rows is not None:
                skip_to = signer_rows
                continue
            service_rows = self._service_block_in_form(table, position)
            if service_rows is not None:
                skip_to = service_rows
                continue
            goal_rows = self._goals_block_in_form(table, position)
            if goal_rows is not None:
                skip_to = goal_rows
                continue
            cells = [c for c in row.cells if not c.merged_from_above]
            texts = [" ".join(c.text.split()) for c in cells]
            if not any(texts):
                continue
            if len(cells) == 1 or all(_BOX_CELL.match(t) for t in texts if t):
                # one cell, or a row of check boxes ("☒ PT 2w4 | ☒ OT 1w4 | ☐ SLP"): each cell's lines on their own
                for cell in cells:
                    for text in cell.lines:
                        if text.strip():
                            self._table_line(text, table.index, row.index, cell.col)
                continue
            if any(len([x for x in c.lines if x.strip()]) > 1 for c in cells[1::2]):
                self._form_row_pairs(table, row.index, cells)
                continue
            parts: list[str] = []
            offsets: list[tuple[int, int]] = []
            position = 0
            for i, (cell, text) in enumerate(zip(cells, texts, strict=True)):
                is_label = i % 2 == 0 and i + 1 < len(cells)
                if is_label and text and not text.endswith(":") and not _LABELLED_CELL.match(text):
                    text = text + ":"  # (a cell that is a "Name: Ana Ruiz" pair of its own keeps its value clean)
                if is_label and not text:
                    continue
                piece = text if text else ""
                offsets.append((position, cell.col))
                parts.append(piece)
                position += len(piece) + 2
            line_text = "  ".join(parts)
            # value offsets should point at value cells: shift each label's offset range to its value cell
            self._table_line(line_text, table.index, row.index, cells[min(1, len(cells) - 1)].col, offsets)

    def _signer_block_in_form(self, table: Table, position: int) -> int | None:
        """A signer table inside a form: a header row of signer columns ("Role | Name / Credentials | Signature |
        Date") with one sign-off a row under it, up to a banner row across the table or the table's end. The rows
        are read as a signer table (see record_tables); returns the position after them, None when the row at
        `position` starts no such block."""
        roles = signer_header_roles(table.rows[position])
        if roles is None:
            return None
        end = position + 1
        while end < len(table.rows):
            distinct = {" ".join(c.text.split()) for c in table.rows[end].cells if not c.merged_from_above}
            if len(distinct - {""}) <= 1:
                break  # "F. RIGHTS": the next part of the form
            end += 1
        if end == position + 1:
            return None
        sub = Table(table.index, table.rows[:end])
        self._signatures_table(sub, TableKind("signatures", roles, position))  # type: ignore[attr-defined]
        return end

    def _service_block_in_form(self, table: Table, position: int) -> int | None:
        """A table of requested services inside a form: a header row of service columns ("Service (code) | Amount |
        Frequency | Duration") with one service a row under it, up to a row that fills fewer cells (a banner, or a
        label/value row such as "Expected duration | 6 months"). The rows are read as a services table; returns the
        position after them, None when the row at `position` starts no such block."""
        roles = service_header_roles(table.rows[position])
        if roles is None:
            return None
        wanted = max(3, (len(roles) + 1) // 2 + 1)
        end = position + 1
        while end < len(table.rows):
            distinct = {" ".join(c.text.split()) for c in table.rows[end].cells if not c.merged_from_above}
            if len(distinct - {""}) < min(wanted, len(roles)):
                break
            end += 1
        if end == position + 1:
            return None
        sub = Table(table.index, table.rows[:end])
        self._services_table(sub, TableKind("services", roles, position))  # type: ignore[attr-defined]
        return end

    def _goals_block_in_form(self, table: Table, position: int) -> int | None:
        """A goals grid inside a form: a header row of goal columns ("Goal | Short-term goal | Target date | Who")
        under a banner row ("GOALS AND SHORT-TERM GOALS"), one goal or objective a row under it, up to the next banner
        row across the table or the table's end. The rows are read as a goals table; returns the position after
        them, None when the row at `position` starts no such block."""
        roles = _goal_header_roles(table.rows[position])
        if roles is None:
            return None
        end = position + 1
        while end < len(table.rows):
            cells = [c for c in table.rows[end].cells if not c.merged_from_above]
            distinct = {" ".join(c.text.split()) for c in cells}
            if len(distinct - {""}) == 1 and ("" not in distinct or len(cells) == 1):
                break  # "SERVICES AND REVIEW" across the table: the next part of the form (a goal row fills one cell)
            end += 1
        if end == position + 1:
            return None
        sub = Table(table.index, table.rows[:end])
        self._goals_table(sub, TableKind("goals", roles, position))  # type: ignore[attr-defined]
        return end

    def _paired_form_table(self, table: Table, kind: TableKind) -> None:
        """A printed record of label/value pairs side by side (`_paired_goal_form`): each pair read on its own, row by
        row, so that a target beside the next objective ("STO Target | 10/12/2026 | Short Term Objective 1B | ...")
        dates the element read just before it."""
        for row in table.rows:
            self._form_row_pairs(table, row.index, [c for c in row.cells if not c.merged_from_above])

    def _form_row_pairs(self, table: Table, row: int, cells: list) -> None:
        """A form row with a multi-line value: each label/value pair on its own (see docx.cells)."""
        for i in range(0, len(cells), 2):
            label_cell = cells[i]
            value_cell = cells[i + 1] if i + 1 < len(cells) else None
            label = " ".join(label_cell.text.split())
            if value_cell is None:
                if label:
                    self._table_line(label, table.index, row, label_cell.col)
                continue
            lines = [x for x in value_cell.lines if x.strip()]
            if not label:
                for text in lines:
                    self._table_line(text, table.index, row, value_cell.col)
            elif len(lines) > 1:
                self._labelled_cell(label, lines, table.index, row, value_cell.col)  # type: ignore[attr-defined]
            elif lines:
                text = label if label.endswith(":") else label + ":"
                offsets = [(0, label_cell.col), (len(text) + 2, value_cell.col)]
                self._table_line(f"{text}  {lines[0].strip()}", table.index, row, value_cell.col, offsets)

    def _form_columns_table(self, table: Table, kind: TableKind) -> None:
        """Labels in the first row, values below: each value row reads as "Label: value" lines."""
        header = table.rows[kind.header_row]
        for values in table.rows[kind.header_row + 1 :]:
            if labels_row(values):
                header = values  # "6. Provider name | 7. Onset date | 10. DOB" under the first pair: the next labels
                continue
            row_cells: list[tuple[str, str]] = []
            row_locs: dict[str, SourceLocation] = {}
            for cell in header.cells:
                label = " ".join(cell.text.split()).rstrip(":")
                value_cell = next((c for c in values.cells if c.col == cell.col), None)
                if value_cell is None:
                    continue
                row_cells.append((label, " ".join(value_cell.text.split())))
                row_locs[label] = self._cell_loc(table, values.index, value_cell.col, f"{label}: {value_cell.text}")
                lines = [x for x in value_cell.lines if x.strip()]
                nested = next((i for i, x in enumerate(lines) if "\t" in x and tab_header_roles(x) is not None), None)
                if nested is not None:
                    # "PT 3w2 for gait training" over a table nested in the cell ("Goal<TAB>By" and its rows): the
                    # words above it read as before, the nested rows by their header (docx.cells)
                    above = " ".join(" ".join(lines[:nested]).split())
                    if above:
                        self._table_line(f"{label}: {above}", table.index, values.index, value_cell.col)
                    self._labelled_cell(label, lines[nested:], table.index, values.index, value_cell.col)  # type: ignore[attr-defined]
                    continue
                value = " ".join(value_cell.text.split())
                if value:
                    self._table_line(f"{label}: {value}", table.index, values.index, value_cell.col)
            self._review_log_row(row_cells, row_locs)  # type: ignore[attr-defined]

    @staticmethod
    def _header_text(table: Table, kind: TableKind, role: str) -> str:
        """The header as written over the column of `role` ("" when the table has none)."""
        header = table.rows[kind.header_row].cells
        for position, name in kind.columns.items():
            if name == role and position < len(header):
                return " ".join(header[position].text.split())
        return ""


# the facts of a goal or objective a goals grid gives a column of its own
_GOAL_FACT_ROLES = frozenset(
    {"objective", "target_date", "baseline", "target", "measure", "mastery_criteria", "intervention", "responsible"}
)


def _goal_header_roles(row: Row) -> dict[int, str] | None:
    """The column roles of a goals grid's header met inside a larger form, or None when the row is no such header:
    three or more short captions without digits, every one a known column, naming the goal (or objective) and at
    least one of its facts ("Goal | Short-term goal | Target date | Who"). A label/value row ("Goal | Stop
    drinking") has a value no caption names, and is no header."""
    roles: dict[int, str] = {}
    captions: set[str] = set()
    for position, cell in enumerate(row.cells):
        if cell.merged_from_above:
            return None
        text = " ".join(cell.text.split())
        if not text or text in captions:
            continue
        if has_digit(text) or len(text.split()) > 5 or text.endswith("."):
            return None
        role = column_role(text)
        if role is None or role in roles.values():
            return None
        roles[position] = role
        captions.add(text)
    values = set(roles.values())
    if len(roles) < 3 or not values & {"goal", "objective"} or not (values - {"goal"}) & _GOAL_FACT_ROLES:
        return None
    return roles


# the columns of a SMART grid, by the letter they stand for: what the objective is, how it is measured, when it is due
_SMART_CAPTIONS = {
    "specific": "S", "measurable": "M", "measured": "M", "achievable": "A", "attainable": "A", "action oriented": "A",
    "relevant": "R", "realistic": "R", "time bound": "T", "timely": "T", "time limited": "T", "time frame": "T",
    "time specific": "T",
}
_SMART_ROLES = {"S": "objective", "M": "measure", "T": "target_date"}


def _smart_grid(table: Table) -> TableKind | None:
    """A grid of objectives written in SMART form ("Obj. | Specific | Measurable | Achievable | Relevant |
    Time-bound"): the Specific column holds the objective's statement, the Measurable column its measure and the
    Time-bound column its date; a short first column before them numbers the rows. None unless the header row
    names at least four of the five SMART letters, Specific, Measurable and Time-bound among them."""
    if not table.rows:
        return None
    roles: dict[int, str] = {}
    letters: set[str] = set()
    unnamed: list[int] = []
    for position, cell in enumerate(table.rows[0].cells):
        text = re.sub(r"\([^)]*\)", " ", cell.text)
        key = " ".join(re.sub(r"[^a-z]+", " ", text.lower()).split())
        letter = _SMART_CAPTIONS.get(key)
        if letter is None:
            if key:
                unnamed.append(position)
            continue
        if letter in letters:
            return None
        letters.add(letter)
        if letter in _SMART_ROLES:
            roles[position] = _SMART_ROLES[letter]
    if len(letters) < 4 or not {"S", "M", "T"} <= letters:
        return None
    first = min(roles)
    for position in unnamed:
        caption = " ".join(table.rows[0].cells[position].text.split())
        if position < first and column_role(caption) in ("goal", "problem"):
            roles[position] = column_role(caption)  # "Goal | Specific | ...": each row's goal, then its objective
        elif position < first and len(caption.split()) <= 2 and "label" not in roles.values():
            roles[position] = "label"  # "Obj.", "#": the row's number
        elif position < first:
            return None  # a caption before the SMART columns that is neither: not a grid this reads
    return TableKind("goals", dict(sorted(roles.items())), 0)
