"""Tables: goals, diagnosis, service, signature and assessment tables read by their header row,
label/value forms read as "Label: value" lines, and anything else read cell by cell.

A mixin of the DOCX plan builder (see docx.build): it reads and writes the builder's state.
"""

from __future__ import annotations

import re

from authcheck.model import (
    Assessment,
    Goal,
    Objective,
    SourceLocation,
)
from authcheck.model.vocab import normalize_signature_role
from authcheck.parsing import find_dates
from authcheck.readers.docx.blocks import Table
from authcheck.readers.docx.fields import _hours
from authcheck.readers.docx.goals import _split_items
from authcheck.readers.docx.labels import (
    element_label,
    split_labels,
    strip_list_marker,
    subfield_key,
)
from authcheck.readers.docx.phrases import (
    ServiceText,
    SignatureText,
    _quantities,
    blank_value,
    checked_options,
    find_service_codes,
    first_date,
    parse_diagnoses,
    parse_signature,
    split_name_credential,
)
from authcheck.readers.docx.state import _GOAL_KEYS, _WEAK_HEADING_SCORE, BuilderState, Line, Section, _loc
from authcheck.readers.docx.tables import TableKind, classify_table
from authcheck.readers.docx.sections import match_section


_BY_DATE = re.compile(r"\s*(?:by|before|target(?:\s+date)?:?|due)\s+\S*\d", re.I)


def _names_a_role(text: str) -> bool:
    """ "Primary counselor", "Medical director", "Patient": a signer's role, not a name or a signature."""
    words = text.split()
    if not 0 < len(words) <= 4 or any(c.isdigit() for c in text) or "," in text:
        return False
    if normalize_signature_role(text) == "other":
        return False
    # "Primary counselor", "Patient", "Supervising BCBA": a lower-case word or a credential-like abbreviation
    return len(words) == 1 or any(w.islower() or (w.isupper() and len(w) >= 2) for w in words)


class TablesMixin(BuilderState):
    """Tables: goals, diagnosis, service, signature and assessment tables read by their header row,"""

    def _table(self, table: Table) -> None:
        kind = classify_table(table)
        if kind.title is not None and kind.title_row is not None:
            section = self._section_for(kind.title, level=15, strong=True)
            if section is not None:
                self._enter(
                    section,
                    _loc(section=kind.title, table=table.index, row=kind.title_row, cell=0, text=kind.title),
                )
        handler = {
            "goals": self._goals_table,
            "diagnoses": self._diagnoses_table,
            "services": self._services_table,
            "signatures": self._signatures_table,
            "assessments": self._assessments_table,
            "form": self._form_table,
            "form-columns": self._form_columns_table,
            "boxes": self._boxes_table,  # type: ignore[attr-defined]
        }.get(kind.kind, self._lines_table)
        handler(table, kind)

    def _cell_loc(self, table: Table, row: int, cell: int, text: str) -> SourceLocation:
        return _loc(
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
            values.setdefault(role, (text, cell.col))
        return values

    def _lines_table(self, table: Table, kind: TableKind) -> None:
        start = kind.title_row + 1 if kind.title_row is not None else 0
        for row in table.rows[start:]:
            seen: set[int] = set()
            for cell in row.cells:
                if cell.merged_from_above or id(cell.lines) in seen:
                    continue
                seen.add(id(cell.lines))
                for text in cell.lines:
                    if text.strip():
                        self._table_line(text, table.index, row.index, cell.col)

    def _table_line(
        self, text: str, table: int | None, row: int, cell: int, offsets: list[tuple[int, int]] | None = None
    ) -> None:
        section = self._heading_in_cell(text)
        if section is not None:
            self._enter(
                section, _loc(section=section.title, table=table, row=row, cell=cell, text=text.strip())
            )
            return
        self.line(Line(text, self.section, table=table, row=row, cell=cell, cell_offsets=offsets or []))

    def _heading_in_cell(self, text: str) -> Section | None:
        core = text.strip()
        if not core or len(core.split()) > 8 or element_label(core):
            return None
        segments = split_labels(core)
        if any(seg.label and seg.value for seg in segments):
            return None
        if any(c.isdigit() for c in core) and any(True for _ in find_dates(core)):
            return None  # "Certification period 04/06/2026 through 06/30/2026" states a value
        letters = [c for c in core if c.isalpha()]
        upper = len(letters) >= 3 and all(c.isupper() for c in letters)
        match = match_section(core.rstrip(":"))
        if match.key is not None and (upper or core.endswith(":") or match.score >= _WEAK_HEADING_SCORE):
            return self._section_for(core, level=15, strong=True)
        return None

    def _form_table(self, table: Table, kind: TableKind) -> None:
        for row in table.rows[kind.header_row :]:
            cells = [c for c in row.cells if not c.merged_from_above]
            texts = [" ".join(c.text.split()) for c in cells]
            if not any(texts):
                continue
            if len(cells) == 1:
                for text in cells[0].lines:
                    if text.strip():
                        self._table_line(text, table.index, row.index, cells[0].col)
                continue
            if any(len([x for x in c.lines if x.strip()]) > 1 for c in cells[1::2]):
                self._form_row_pairs(table, row.index, cells)
                continue
            parts: list[str] = []
            offsets: list[tuple[int, int]] = []
            position = 0
            for i, (cell, text) in enumerate(zip(cells, texts, strict=True)):
                is_label = i % 2 == 0 and i + 1 < len(cells)
                if is_label and text and not text.endswith(":"):
                    text = text + ":"
                if is_label and not text:
                    continue
                piece = text if text else ""
                offsets.append((position, cell.col))
                parts.append(piece)
                position += len(piece) + 2
            line_text = "  ".join(parts)
            # value offsets should point at value cells: shift each label's offset range to its value cell
            self._table_line(line_text, table.index, row.index, cells[min(1, len(cells) - 1)].col, offsets)

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
            for cell in header.cells:
                label = " ".join(cell.text.split()).rstrip(":")
                value_cell = next((c for c in values.cells if c.col == cell.col), None)
                if value_cell is None:
                    continue
                value = " ".join(value_cell.text.split())
                if value:
                    self._table_line(f"{label}: {value}", table.index, values.index, value_cell.col)

    def _goals_table(self, table: Table, kind: TableKind) -> None:
        roles = set(kind.columns.values())
        has_goal_col = "goal" in roles
        objectives_as_goals = not has_goal_col and "objective" in roles and self.goal is None
        last_problem_text = last_goal_text = None
        if self.section.key not in _GOAL_KEYS:
            self.section = Section(self.section.title, "goals", self.section.level, self.section.synonym)
        for r in range(kind.header_row + 1, len(table.rows)):
            cells = self._row_cells(table, kind, r)
            if not any(text for text, _ in cells.values()):
                continue

            def loc_of(role: str, cells: dict[str, tuple[str, int]] = cells, r: int = r) -> SourceLocation:
                text, col = cells[role]
                return self._cell_loc(table, r, col, text)

            def text_of(role: str, cells: dict[str, tuple[str, int]] = cells) -> str:
                return " ".join(cells.get(role, ("", 0))[0].split())

            statement = text_of("statement")
            if statement:
                element = self._labelled_row(text_of("label"), statement, loc_of("statement"))
                if element is None:
                    continue
                for role in ("baseline", "target", "mastery_criteria", "measure", "target_date"):
                    if role in cells and text_of(role):
                        self.focus = "objective" if isinstance(element, Objective) else "goal"
                        self._apply_subfield(role, text_of(role), loc_of(role))
                continue
            problem_text = text_of("problem")
            if problem_text and problem_text != last_problem_text:
                self._new_problem(None, problem_text, loc_of("problem"))
                last_problem_text, last_goal_text = problem_text, None
            goal_text = text_of("goal")
            label_text = text_of("label") or None
            element = None
            labelled_lines = self._labelled_cell_lines(cells.get("goal") or cells.get("objective"))
            if labelled_lines and goal_text != last_goal_text:
                # "Goal 1: ...\nObjective 1a: ..." written inside one cell: read it line by line
                text, col = cells.get("goal") or cells["objective"]
                for cell_line in labelled_lines:
                    self.line(Line(cell_line, self.section, table=table.index, row=r, cell=col))
                last_goal_text = goal_text
                element = self.goal  # the row's other cells (target date, interventions) describe its goal
                goal_text = ""
                cells = {k: v for k, v in cells.items() if k not in ("goal", "objective")}
            if goal_text and goal_text != last_goal_text:
                domain = text_of("domain") or None
                element = self._new_goal(label_text, goal_text, loc_of("goal"), domain=domain)
                last_goal_text = goal_text
                if "domain" in cells and domain:
                    element.field_sources["domain"] = loc_of("domain")
            objective_text = text_of("objective")
            objective_label = label_text if not has_goal_col else None
            own = element_label(objective_text) if objective_text else None
            if own is not None and own.kind == "objective" and own.value:
                objective_label, objective_text = own.label, own.value  # "STG 1a: Use a chin tuck ..."
            if objective_text:
                if objectives_as_goals:
                    element = self._new_goal(
                        label_text, objective_text, loc_of("objective"), domain=text_of("domain") or None
                    )
                else:
                    element = self._new_objective(objective_label, objective_text, loc_of("objective"))
            elif goal_text and goal_text == last_goal_text and element is None:
                element = self.goal
            if element is None:
                element = self.objective if self.objective is not None else self.goal
            if element is None:
                continue
            for role in ("baseline", "target", "mastery_criteria", "measure", "target_date"):
                if role in cells and text_of(role):
                    self.focus = "objective" if isinstance(element, Objective) else "goal"
                    self._fact_cell(role, cells[role][0], loc_of(role))
            if "intervention" in cells and text_of("intervention"):
                text, col = cells["intervention"]
                loc = self._cell_loc(table, r, col, text)
                items = _split_items(text)
                made = []
                for item in items:
                    made.append(self._new_intervention(None, item, loc, attach_to_goal=True))
                for role, sub in (
                    ("frequency", "frequency"),
                    ("amount", "amount"),
                    ("duration", "duration"),
                    ("responsible", "responsible"),
                ):
                    if role in cells and text_of(role):
                        for intervention in made:
                            self.intervention, self.focus = intervention, "intervention"
                            self._apply_subfield(sub, text_of(role), loc_of(role))
            self.focus = "objective" if self.objective is not None else "goal"

    def _fact_cell(self, role: str, text: str, loc: SourceLocation) -> None:
        """A baseline/target/criteria cell of a goals table; its lines may carry labels of their own
        ("Baseline: 4/10 trials" over "by 03/02/2026" under a "Baseline / target date" header)."""
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        if len(lines) < 2:
            self._apply_subfield(role, " ".join(text.split()), loc)
            return
        for line in lines:
            first = split_labels(line)[0]
            sub = subfield_key(first.label) if first.label else None
            if sub is not None and first.value:
                self._apply_subfield(sub, first.value, loc)
            elif _BY_DATE.match(line):
                self._apply_subfield("target_date", line, loc)
            else:
                self._apply_subfield(role, line, loc)

    def _labelled_row(self, label: str, statement: str, loc: SourceLocation) -> Goal | Objective | None:
        """A row of a goals table whose label cell says what its statement is ("Goal 1", "Obj. 1.1", "Problem 2")."""
        found = element_label(f"{label}: {statement}") if label else None
        if found is not None and found.kind == "problem":
            self._new_problem(found.label, statement, loc)
            return None
        if found is not None and found.kind == "objective" and found.long_term is not False:
            return self._new_objective(found.label, statement, loc, number=found.number)
        if found is not None and found.kind == "intervention":
            self._new_intervention(found.label, statement, loc, attach_to_goal=True)
            return None
        goal = self._new_goal(found.label if found else (label or None), statement, loc)
        if found is not None and found.number:
            self.goal_numbers[re.match(r"\d+|.*", found.number).group(0)] = goal
        return goal

    @staticmethod
    def _labelled_cell_lines(cell: tuple[str, int] | None) -> list[str]:
        """The lines of a goal/objective cell when they carry element labels ("Goal 1:", "Objective 1a:")."""
        if cell is None:
            return []
        lines = [line.strip() for line in cell[0].split("\n") if line.strip()]
        labelled = [line for line in lines if element_label(strip_list_marker(line)[0])]
        return lines if labelled else []

    def _diagnoses_table(self, table: Table, kind: TableKind) -> None:
        for r in range(kind.header_row + 1, len(table.rows)):
            cells = self._row_cells(table, kind, r)
            code_text, code_col = cells.get("code", ("", None))
            desc_text, desc_col = cells.get("description", ("", None))
            primary_text = cells.get("primary", ("", None))[0]
            if not (code_text.strip() or desc_text.strip()):
                continue
            col = code_col if code_text.strip() else desc_col
            whole = " ".join(f"{code_text} {desc_text}".split())
            loc = self._cell_loc(table, r, col if col is not None else 0, whole)
            found = parse_diagnoses(
                f"{code_text} {desc_text}" if code_text.strip() else desc_text,
                code_column=bool(code_text.strip()),
            )
            primary = None
            if primary_text.strip():
                primary = bool(re.match(r"\s*(?:primary|principal|yes|y|x|1|✓|☒|☑)\b", primary_text, re.I))
            self._add_diagnoses(found, loc, primary=primary)

    def _services_table(self, table: Table, kind: TableKind) -> None:
        for r in range(kind.header_row + 1, len(table.rows)):
            cells = self._row_cells(table, kind, r)
            if not any(text.strip() for text, _ in cells.values()):
                continue
            first_role = "service" if "service" in cells else "code" if "code" in cells else next(iter(cells))
            _, col = cells[first_role]
            loc = self._cell_loc(table, r, col, " | ".join(t for t, _ in cells.values() if t.strip()))
            item = ServiceText(text=loc.text or "")
            code_text = cells.get("code", ("", 0))[0]
            service_text = cells.get("service", ("", 0))[0]
            codes = find_service_codes(code_text) or find_service_codes(service_text)
            if codes:
                item.code, item.modifiers = codes[0][0], codes[0][1]
            description = service_text
            if codes and not code_text.strip():
                description = service_text[: codes[0][2]] + service_text[codes[0][3] :]
            description = " ".join(re.sub(r"\(\s*\)", " ", description).split()).strip(" -–:;,()")
            item.description = description or None
            for role in ("amount", "frequency", "duration", "hours"):
                value = checked_options(cells.get(role, ("", 0))[0])
                if value.strip():
                    leftover = _quantities([value], item)
                    if leftover and role == "frequency" and item.frequency is None:
                        item.frequency = value.strip()
                    elif leftover and role == "amount" and item.amount is None:
                        item.amount = value.strip()
                    elif leftover and role == "duration" and item.duration is None:
                        item.duration = value.strip()
                    elif role == "hours" and item.hours_per_week is None:
                        hours = (
                            _hours(value) if _hours(value) is not None else _hours(f"{value} hours per week")
                        )
                        item.hours_per_week = hours
            units = cells.get("units", ("", 0))[0]
            number = re.search(r"\d+(?:\.\d+)?", units)
            if number:
                item.units = float(number.group(0))
            for role, attr in (("start", "start"), ("end", "end")):
                date = first_date(cells.get(role, ("", 0))[0])
                if date:
                    setattr(item, attr, date)
            self._service_from(item, loc)

    def _signatures_table(self, table: Table, kind: TableKind) -> None:
        """Rows of signers. With both a signature and a printed-name column, the row is signed only when the
        signature cell holds something; the name comes from the printed name."""
        roles = set(kind.columns.values())
        for r in range(kind.header_row + 1, len(table.rows)):
            cells = self._row_cells(table, kind, r)
            role_text = " ".join(cells.get("role", ("", 0))[0].split())
            sig_text, sig_col = cells.get("signature", ("", None))
            name_text, name_col = cells.get("name", ("", None))
            sig_text, name_text = " ".join(sig_text.split()), " ".join(name_text.split())
            if not role_text and "name" in roles and _names_a_role(sig_text):
                # "Signature | Name / title | Date" rows whose first cell says who signs ("Primary counselor")
                role_text, sig_text = sig_text, name_text
            cred = " ".join(cells.get("credential", ("", 0))[0].split())
            date_text = cells.get("sign_date", cells.get("target_date", ("", 0)))[0]
            if not (role_text or sig_text or name_text or date_text.strip()):
                continue
            both = "signature" in roles and "name" in roles
            value = sig_text if "signature" in roles else name_text
            if cred and not blank_value(cred) and not blank_value(value):
                value = f"{value}, {cred}"
            col = (
                sig_col
                if sig_col is not None
                else name_col
                if name_col is not None
                else cells.get("role", ("", 0))[1]
            )
            text = " | ".join(x for x in (role_text, sig_text, name_text, date_text.strip()) if x)
            loc = self._cell_loc(table, r, col if col is not None else 0, text)
            label = f"{role_text} signature" if role_text else None
            parsed = parse_signature(label, value or "", date_text)
            if parsed is None:
                parsed = SignatureText(
                    role_label=role_text or None,
                    name=None,
                    credential=None,
                    date=None,
                    signed=False,
                    text=text,
                )
            if both and not blank_value(name_text):
                name, credential = split_name_credential(name_text)
                parsed.name, parsed.credential = name or parsed.name, credential or parsed.credential
                parsed.signed = not blank_value(sig_text)
                if parsed.date is None and not blank_value(date_text):
                    parsed.date = first_date(date_text)
            self._add_signature(parsed, loc)

    def _assessments_table(self, table: Table, kind: TableKind) -> None:
        for r in range(kind.header_row + 1, len(table.rows)):
            cells = self._row_cells(table, kind, r)
            instrument, col = cells.get("instrument", ("", 0))
            instrument = " ".join(instrument.split())
            if not instrument:
                continue
            date_text = cells.get("admin_date", cells.get("target_date", ("", 0)))[0]
            score = " ".join(cells.get("score", ("", 0))[0].split())
            loc = self._cell_loc(
                table, r, col, " | ".join(x for x in (instrument, date_text.strip(), score) if x)
            )
            self.assessments.append(
                Assessment(
                    instrument=instrument,
                    date=first_date(date_text) or None,
                    scores={"score": score} if score else {},
                    source=loc,
                )
            )
