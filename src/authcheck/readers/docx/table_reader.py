"""Tables: goals, diagnosis, service, signature and assessment tables read by their header row,
label/value forms read as "Label: value" lines, and anything else read cell by cell.

A mixin of the DOCX plan builder (see docx.build): it reads and writes the builder's state.
"""

from __future__ import annotations

import dataclasses
import re

from authcheck.model import (
    Amount,
    Assessment,
    Duration,
    Frequency,
    Goal,
    Objective,
    SourceLocation,
)
from authcheck.model.vocab import normalize_signature_role
from authcheck.parsing import find_dates, parse_amount, parse_hours_per_week
from authcheck.readers.docx.blocks import Table
from authcheck.readers.docx.goals import DEFERRED_ELEMENT, GOAL_WORDS, split_items, tab_header_roles
from authcheck.readers.docx.label_split import split_labels
from authcheck.readers.docx.labels import element_label, field_key, normalize_label, strip_list_marker, subfield_key
from authcheck.readers.docx.phrases import (
    QUANTITY_SPLIT,
    ServiceText,
    SignatureText,
    blank_value,
    checked_options,
    fill_quantities,
    find_icd_codes,
    find_service_codes,
    first_date,
    has_digit,
    parse_diagnoses,
    parse_service,
    parse_signature,
    plausible_name,
    says_unsigned,
    split_name_credential,
)
from authcheck.readers.docx.state import (
    GOAL_SECTION_KEYS,
    WEAK_HEADING_SCORE,
    BuilderState,
    Line,
    Section,
    make_loc,
)
from authcheck.readers.docx.tables import DISCIPLINE_HEADER, TableKind, classify_table, labels_row
from authcheck.readers.docx.sections import match_section
from authcheck.readers.docx.signatures import credential_names_role, is_sign_off_row, signer_table_columns


# a code column's cell that looks like a CPT/HCPCS code but is not a valid one ("L38O8", "9715")
_ALREADY_DONE = re.compile(
    r"\b(?:completed|done|performed|administered)\s+(?:on\s+)?\d{1,2}[/-]\d{1,2}[/-]\d{2,4}\b", re.I
)
_CODE_AS_WRITTEN = re.compile(r"(?=[A-Za-z0-9]*\d[A-Za-z0-9]*\d)[A-Za-z]?[A-Za-z0-9]{3,5}[A-Za-z]?|\d{4,7}")


# an item of a cell's list lettered with a capital ("A. ", "B) ")
_CAPITAL_ITEM = re.compile(r"\(?([A-Z])[.)]\s+(?=\S)")
# a goal column's header naming what is targeted rather than the goal ("Target behavior", "Skill target")
_NAMED_TARGET = re.compile(r"\b(?:target|behaviou?rs?|skills?|program)\b", re.I)
# a goal column's header that names the mastery criteria too ("Goal / mastery", "Goal and mastery criterion")
_GOAL_AND_MASTERY = re.compile(r"\bgoals?\b.*\bmastery\b|\bmastery\b.*\bgoals?\b", re.I)


def _statement_and_facts(text: str) -> tuple[str, list[tuple[str, str]]]:
    """A goal cell's statement and the facts written on lines of their own under it ("Mastery: 90% ...",
    "Baseline: 2 of 10"); a cell of one line is all statement."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < 2:
        return " ".join(text.split()), []
    statement: list[str] = []
    facts: list[tuple[str, str]] = []
    for line in lines:
        first = split_labels(line)[0]
        sub = subfield_key(first.label) if first.label and first.value else None
        if sub is not None and sub not in ("status", "frequency", "amount", "duration", "responsible") and statement:
            facts.append((sub, first.value))
        else:
            statement.append(line)
    return " ".join(" ".join(statement).split()), facts


def _balanced(text: str) -> str:
    """Strip brackets left at the ends of a phrase without cutting a closing one that has its opening one."""
    text = text.strip()
    while text.startswith(("(", ")")) and text.count("(") != text.count(")"):
        text = text[1:].strip()
    while text.endswith(("(", ")")) and text.count("(") != text.count(")"):
        text = text[:-1].strip()
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1].strip()
    return text


# a cell that only marks its column as chosen
_MARK = re.compile(r"[xX✓✔☒☑■●*]|yes|y", re.I)
# a bare count under a header that names its unit ("4" under "No. of weeks")
_HEADER_UNIT = re.compile(r"\b(day|week|month|visit|session)s?\b", re.I)
# the unit a session-length column's header names ("Minutes", "Min", "Hrs", "Units")
_AMOUNT_UNIT = re.compile(r"\b(minutes?|mins?|hours?|hrs?|units?)\b", re.I)
_AMOUNT_UNITS = {"m": "minutes", "h": "hours", "u": "units"}
_PER_MONTH = re.compile(r"(?:/|\bper\s+|\ba\s+)\s*(?:month|mo)\b|\bmonthly\b", re.I)

# a signature cell that only says the line was signed: "Electronically signed via Portal ID 88412", "/s/", "Signed"
_SIGNED_STATUS = re.compile(r"\bsigned\b|\bsignature\s+on\s+file\b|/e?s/", re.I)
_NOT_NEEDED = re.compile(r"not\s+(?:required|applicable|needed)|n/?a", re.I)
# a form cell holding a whole "Label: value" pair ("Name: Raymond Koenig"), not a label waiting for the next cell
_LABELLED_CELL = re.compile(r"[^:\d]{1,40}:\s+\S")
_BY_DATE = re.compile(r"\s*(?:by|before|target(?:\s+date)?:?|due)\s+\S*\d", re.I)


def _unnamed_role_cell(table: Table, kind: TableKind, row_index: int) -> str:
    """The first cell of a signature row when its column has no header and it names a signer ("RN case manager",
    "Attending physician"); "" otherwise."""
    header = table.rows[kind.header_row].cells
    if not header or header[0].text.strip() or 0 in kind.columns:
        return ""
    row = table.rows[row_index]
    cell = next((c for c in row.cells if c.col == header[0].col), None)
    text = " ".join(cell.text.split()) if cell is not None else ""
    return text if _names_a_role(text) else ""


def _names_a_role(text: str) -> bool:
    """ "Primary counselor", "Medical director", "Patient": a signer's role, not a name or a signature."""
    words = text.split()
    # (up to six words: "Staff who developed the plan", "Qualified professional (countersignature)")
    if not 0 < len(words) <= 6 or has_digit(text) or "," in text:
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
                    make_loc(section=kind.title, table=table.index, row=kind.title_row, cell=0, text=kind.title),
                )
        if kind.kind in ("lines", "form") and (
            self._paired_signature_columns(table, kind.header_row)  # type: ignore[attr-defined]
            or self._signer_rows_table(table)  # type: ignore[attr-defined]
            or self._captions_below_table(table)  # type: ignore[attr-defined]
            or self._captions_above_table(table)  # type: ignore[attr-defined]
        ):
            return  # "Parent / Guardian | Ana Ruiz (signed) | 01/27/2026" rows, or captions under the lines
        if kind.kind == "form-columns" and self._captions_above_table(table):  # type: ignore[attr-defined]
            return  # "Supervising BCBA | Date | Parent / guardian | Date" over the names and dates
        first = kind.title_row + 1 if kind.title_row is not None else 0
        if kind.kind not in ("lines", "boxes", "form") and kind.header_row > first:
            for row in table.rows[first : kind.header_row]:  # a banner above the header row
                for cell in row.cells[:1]:
                    for text in cell.lines:
                        if text.strip():
                            self._table_line(text, table.index, row.index, cell.col)
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

    def _lines_table(self, table: Table, kind: TableKind) -> None:
        for row, cell in table.distinct_cells(kind.title_row):
            for text in cell.lines:
                if text.strip():
                    self._table_line(text, table.index, row.index, cell.col)

    def _table_line(
        self, text: str, table: int | None, row: int, cell: int, offsets: list[tuple[int, int]] | None = None
    ) -> None:
        section = self._heading_in_cell(text)
        if section is not None:
            self._enter(
                section, make_loc(section=section.title, table=table, row=row, cell=cell, text=text.strip())
            )
            return
        self.line(Line(text, self.section, table=table, row=row, cell=cell, cell_offsets=offsets or []))

    def _heading_in_cell(self, text: str) -> Section | None:
        core = text.strip()
        if not core or len(core.split()) > 8 or element_label(core) or tab_header_roles(core) is not None:
            return None
        segments = split_labels(core)
        if any(seg.label and seg.value for seg in segments):
            return None
        if has_digit(core) and any(True for _ in find_dates(core)):
            return None  # "Certification period 04/06/2026 through 06/30/2026" states a value
        letters = [c for c in core if c.isalpha()]
        upper = len(letters) >= 3 and all(c.isupper() for c in letters)
        match = match_section(core.rstrip(":"))
        if match.key is not None and (upper or core.endswith(":") or match.score >= WEAK_HEADING_SCORE):
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
        ordered: set[tuple[str, str]] = set()
        if self.section.key not in GOAL_SECTION_KEYS:
            self.section = Section(self.section.title, "goals", self.section.level, self.section.synonym)
        header_texts = [" ".join(c.text.split()).lower() for c in table.rows[kind.header_row].cells]
        for r in range(kind.header_row + 1, len(table.rows)):
            cells = self._row_cells(table, kind, r)
            if not any(text for text, _ in cells.values()):
                continue
            if [" ".join(c.text.split()).lower() for c in table.rows[r].cells] == header_texts:
                continue  # the header row repeated (a table continued on the next page)
            if "service" in cells and "intervention" not in cells:
                cells["intervention"] = cells.pop("service")  # "Tasks / Services" beside each objective

            def loc_of(role: str, cells: dict[str, tuple[str, int]] = cells, r: int = r) -> SourceLocation:
                text, col = cells[role]
                return self._cell_loc(table, r, col, text)

            def text_of(role: str, cells: dict[str, tuple[str, int]] = cells) -> str:
                return " ".join(cells.get(role, ("", 0))[0].split())

            statement = text_of("statement")
            if statement:
                element = self._labelled_row(text_of("label"), statement, loc_of("statement"), table.index)
                if element is None:
                    continue
                for role in ("baseline", "target", "mastery_criteria", "measure", "target_date"):
                    if role in cells and text_of(role):
                        self.focus = "objective" if isinstance(element, Objective) else "goal"
                        self._apply_subfield(role, text_of(role), loc_of(role))
                continue
            if self._treatments_row(text_of("label"), [text_of(r) for r in ("goal", "objective") if text_of(r)],
                                    loc_of("label") if "label" in cells else None):
                continue
            problem_text = text_of("problem")
            if problem_text and problem_text != last_problem_text:
                bare, number, _ = strip_list_marker(problem_text)  # "1. Depressed mood ...": numbered as written
                self._new_problem(number.strip() if number and bare.strip() else None,
                                  bare.strip() if number and bare.strip() else problem_text, loc_of("problem"))
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
            sub_item = self._outline_objective(goal_text, table.index) if not text_of("objective") else None
            if sub_item is not None:
                # "1.1  PHQ-9 will fall ..." under "GOAL 1 — ..." in one "Goal / objective" column: an objective
                marker, statement = sub_item
                element = self._new_objective(marker, statement, loc_of("goal"), number=marker)
                goal_text = ""
            row_label = element_label(f"{label_text}: {goal_text}") if label_text and goal_text else None
            if (
                row_label is not None
                and row_label.kind != "goal"
                and not text_of("objective")
                and goal_text != last_goal_text
            ):
                # "# | Goal" rows labelled "LTG 1", "STG 1.1", "Problem 2": the label says what the row is
                element = self._labelled_row(label_text, goal_text, loc_of("goal"), table.index)
                last_goal_text = goal_text
                if element is None:
                    continue
                goal_text = ""
            if (
                goal_text
                and text_of("objective")
                and "domain" not in cells
                and _NAMED_TARGET.search(self._header_text(table, kind, "goal"))
                and len(goal_text.split()) <= 5
                and not GOAL_WORDS.search(goal_text)
            ):
                # "Target behavior | ... | Objective" over "Aggression (biting) | ... | Reduce biting": the first cell
                # names the target, the objective cell is the row's goal
                self._new_goal(label_text, text_of("objective"), loc_of("objective"), domain=goal_text)
                self.goal.field_sources["domain"] = loc_of("goal")
                last_goal_text, goal_text = goal_text, ""
                element = self.goal
                cells.pop("objective")
            if goal_text and goal_text != last_goal_text:
                domain = text_of("domain") or None
                own_text, goal_facts = _statement_and_facts(cells["goal"][0])
                goal_label = label_text
                if own_text and not goal_label and has_goal_col and "objective" in roles:
                    bare, number, depth = strip_list_marker(own_text)  # "1. Ethan will ..." beside "1a. ..."
                    if number is not None and depth == 0 and bare.strip():
                        goal_label, own_text = number.strip(), bare.strip()
                element = self._new_goal(goal_label, own_text or goal_text, loc_of("goal"), domain=domain)
                last_goal_text = goal_text
                if "domain" in cells and domain:
                    element.field_sources["domain"] = loc_of("domain")
                for sub, value in goal_facts:  # "Mastery: 4 exchanges in 80% ..." under the goal's statement
                    self.focus = "goal"
                    self._apply_subfield(sub, value, loc_of("goal"))
                if "mastery_criteria" not in cells and _GOAL_AND_MASTERY.search(self._header_text(table, kind, "goal")):
                    self.focus = "goal"  # "Goal / mastery" over "0 per session for 10 consecutive sessions": both
                    self._apply_subfield("mastery_criteria", own_text or goal_text, loc_of("goal"))
            objective_text = text_of("objective")
            if objective_text and (blank_value(objective_text) or DEFERRED_ELEMENT.match(objective_text)):
                objective_text = ""  # "N/A", "To be developed at the 30-day review": no objective written yet
            objective_label = label_text if not has_goal_col else None
            own = element_label(objective_text) if objective_text else None
            if own is not None and own.kind == "objective" and own.value:
                objective_label, objective_text = own.label, own.value  # "STG 1a: Use a chin tuck ..."
            elif objective_text and objective_label is None:
                bare, number, depth = strip_list_marker(objective_text)
                if number is not None and depth == 1 and bare.strip():
                    objective_label, objective_text = number.strip(), bare.strip()  # "1a. Ask a peer ..."
            listed = self._listed_objectives(cells.get("objective")) if not objectives_as_goals else []
            facts_read = False
            if listed:
                # "1a. BDI-II from 31 to below 14." over "1b. Leave the house ...": one objective a line
                made_objectives = [self._new_objective(m, t, loc_of("objective")) for m, t in listed]
                self._facts_per_objective(made_objectives, [m for m, _ in listed], cells, loc_of)
                element, objective_text, facts_read = made_objectives[-1], "", True
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
            treatments = "intervention" in cells and not blank_value(text_of("intervention"))
            if element is None and not treatments:
                continue
            # one criteria (or present level) cell beside a goal and several benchmark lines of one objective cell
            # ("By 03/13/2026: 5 of 8 steps" / "By 06/12/2026: 8 of 8 steps") speaks of the goal, not of one line
            beside_benchmarks = (
                isinstance(element, Objective)
                and not listed
                and bool(text_of("goal"))
                and len([x for x in cells.get("objective", ("", 0))[0].split("\n") if x.strip()]) >= 2
            )
            for role in ("baseline", "target", "mastery_criteria", "measure", "target_date"):
                if element is None:
                    break  # "Intervention | Frequency | Staff" rows with no goal: the plan's treatments
                if role in cells and text_of(role) and not facts_read:
                    to_goal = beside_benchmarks and role != "target_date"
                    self.focus = "objective" if isinstance(element, Objective) and not to_goal else "goal"
                    self._fact_cell(role, cells[role][0], loc_of(role))
            if element is not None:
                self._facts_in_unnamed_cells(table, kind, r, element)  # "Data" over "Baseline<TAB>2 min" lines
            if "intervention" in cells and text_of("intervention") and not blank_value(text_of("intervention")):
                text, col = cells["intervention"]
                loc = self._cell_loc(table, r, col, text)
                items = split_items(text)
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
            elif "responsible" in cells and "frequency" in cells and text_of("frequency"):
                self._ordered_discipline(table, kind, r, cells, ordered)
            self.focus = "objective" if self.objective is not None else "goal"

    def _facts_in_unnamed_cells(self, table: Table, kind: TableKind, row: int, element: Goal | Objective) -> None:
        """A goals-table column whose header names no fact ("Data", "Progress", "Notes") with lines that label
        their own values ("Baseline<TAB>2 min" from a table nested in the cell, "Baseline: 2 min"): each known fact
        is the row's; the other lines ("Last probe 3 min") are left alone."""
        header = table.rows[kind.header_row].cells
        cells = {c.col: c for c in table.rows[row].cells}
        for position, head in enumerate(header):
            if kind.columns.get(position, "status") != "status" or head.col not in cells:
                continue
            cell = cells[head.col]
            for text in cell.lines:
                label, tab, value = text.strip().partition("\t")
                if not tab:
                    first = split_labels(text.strip())[0]
                    label, value = first.label or "", first.value
                sub = subfield_key(label.strip()) if label.strip() else None
                value = " ".join(value.split())
                if sub not in ("baseline", "target", "mastery_criteria", "target_date", "measure") or not value:
                    continue
                self.focus = "objective" if isinstance(element, Objective) else "goal"
                if isinstance(element, Goal):
                    self.goal = element
                self._apply_subfield(sub, value, self._cell_loc(table, row, cell.col, text))

    def _treatments_row(self, label: str, texts: list[str], loc: SourceLocation | None) -> bool:
        """A goals-table row whose label cell names treatments ("Strategies (type / frequency) | Group counseling
        3x/week; ..."): the interventions of the goal above, not an objective."""
        if not label or not texts or loc is None or self.goal is None:
            return False
        found = element_label(f"{label}: x")
        if (found is None or found.kind != "intervention") and field_key(label) != "interventions":
            return False
        value = " ".join(dict.fromkeys(texts))
        for item in split_items(value):
            self._new_intervention(None, item, loc, attach_to_goal=True)
        return True

    def _ordered_discipline(
        self, table: Table, kind: TableKind, row: int, cells: dict[str, tuple[str, int]], ordered: set[tuple[str, str]]
    ) -> None:
        """"Discipline | Visit frequency | Goal" with no intervention column: the discipline (or the coded
        service) in a row is a service ordered at that frequency; rows repeating it for further goals add none."""
        who, col = cells["responsible"]
        who = " ".join(who.split())
        how_often = " ".join(cells["frequency"][0].split())
        header = normalize_label(self._header_text(table, kind, "responsible"))
        if not who or (not DISCIPLINE_HEADER.fullmatch(header) and not find_service_codes(who)):
            return
        if (who.lower(), how_often.lower()) in ordered:
            return
        ordered.add((who.lower(), how_often.lower()))
        found = parse_service(f"{who}: {how_often}")
        item = found[0] if found else ServiceText(description=who, frequency=how_often)
        loc = self._cell_loc(table, row, col, f"{who} | {how_often}")
        item.text = loc.text or ""
        if item.frequency is None:
            item.frequency = how_often
        self._service_from(item, loc)

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
            head, tab, rest = line.partition("\t")
            if sub is None and tab and rest.strip() and subfield_key(head.strip()) is not None:
                # "Baseline<TAB>1 piece with help": a row of a label/value table nested in the cell
                self._apply_subfield(subfield_key(head.strip()) or role, " ".join(rest.split()), loc)
            elif sub is not None and first.value:
                self._apply_subfield(sub, first.value, loc)
            elif _BY_DATE.match(line):
                self._apply_subfield("target_date", line, loc)
            else:
                self._apply_subfield(role, line, loc)

    def _labelled_row(
        self, label: str, statement: str, loc: SourceLocation, table: int | None = None
    ) -> Goal | Objective | None:
        """A row of a goals table whose label cell says what its statement is ("Goal 1", "Obj. 1.1", "Problem 2").

        Without a label cell the statement may carry its own label ("GOAL 2 — Keep worry ...") or the outline
        number of an objective under the goal above ("2.1  GAD-7 will fall ...")."""
        found = element_label(f"{label}: {statement}") if label else None
        if found is None and label and re.search(r"\s/\s", label):
            # "Meta 1 / Goal 1", "Objetivo 1a / Objective 1a": the label in two languages
            for part in re.split(r"\s/\s", label):
                found = element_label(f"{part.strip()}: {statement}")
                if found is not None:
                    label = part.strip()
                    break
        if found is None:
            own = element_label(statement)
            if own is not None and own.value:
                found, statement = own, own.value
            elif table is not None and (sub := self._outline_objective(statement, table)) is not None:
                return self._new_objective(sub[0], sub[1], loc, number=sub[0])
        if found is not None and found.kind == "problem":
            self._new_problem(found.label, statement, loc)
            return None
        if (
            found is not None
            and found.kind == "objective"
            and (found.long_term is not False or (self.goal is not None and id(self.goal) not in self._peer_goals))
        ):
            # "STG 1a" under "LTG 1" is its objective; short-term goals with no long-term goal above are goals
            return self._new_objective(found.label, statement, loc, number=found.number)
        if found is not None and found.kind == "intervention":
            self._new_intervention(found.label, statement, loc, attach_to_goal=True)
            return None
        goal = self._new_goal(found.label if found else (label or None), statement, loc)
        if found is not None and found.kind == "objective":
            self._peer_goals.add(id(goal))
        if found is not None and found.number:
            self.goal_numbers[re.match(r"\d+|.*", found.number).group(0)] = goal
        return goal

    @staticmethod
    def _listed_objectives(cell: tuple[str, int] | None) -> list[tuple[str, str]]:
        """(marker, statement) of each line of an objectives cell whose lines are numbered items ("1a. ...",
        "1b. ..."); empty when the cell holds one objective (or lines without their own markers)."""
        if cell is None:
            return []
        lines = [line.strip() for line in cell[0].split("\n") if line.strip()]
        items = [strip_list_marker(line) for line in lines]
        lettered = [_CAPITAL_ITEM.match(line) for line in lines]
        if len(lines) >= 2 and all(lettered) and all(
            ord(m.group(1)) == ord(lettered[0].group(1)) + i for i, m in enumerate(lettered)  # type: ignore[union-attr]
        ):
            # "A. Negative for fentanyl ... — by 04/30/2026" over "B. Attend 100% of dosing days ...": A, B, C in turn
            items = [(line[m.end() :], m.group(0).strip(), 1) for line, m in zip(lines, lettered, strict=True)]  # type: ignore[union-attr]
        if len(lines) < 2 or any(marker is None or not rest.strip() for rest, marker, _ in items):
            return []
        if any(element_label(rest.strip()) is not None for rest, _, _ in items):
            return []  # lines with element labels are read line by line elsewhere
        return [(marker.strip(), rest.strip()) for rest, marker, _ in items]  # type: ignore[union-attr]

    def _facts_per_objective(
        self, objectives: list[Objective], markers: list[str], cells: dict[str, tuple[str, int]], loc_of
    ) -> None:
        """Facts of a row whose objectives cell lists several objectives: a fact line naming an objective's marker
        ("1a: 05/04/2026") or, line for line, one per objective; a single line holds for each of them."""
        keys = [m.strip("().: ").lower() for m in markers]
        for role in ("baseline", "target", "mastery_criteria", "measure", "target_date"):
            if role not in cells or not cells[role][0].strip():
                continue
            loc = loc_of(role)
            lines = [line.strip() for line in cells[role][0].split("\n") if line.strip()]
            pairs: list[tuple[Objective, str]] = []
            if len(lines) == 1:
                pairs = [(o, lines[0]) for o in objectives]
            else:
                for position, line in enumerate(lines):
                    head, colon, value = line.partition(":")
                    key = strip_list_marker(head.strip())[1] or head
                    key = key.strip("().: ").lower()
                    if colon and key in keys:
                        pairs.append((objectives[keys.index(key)], value.strip()))
                    elif len(lines) == len(objectives):
                        rest, marker, _ = strip_list_marker(line)
                        pairs.append((objectives[position], rest.strip() if marker else line))
            for objective, value in pairs:
                self.objective, self.focus = objective, "objective"
                self._apply_subfield(role, value, loc)
        self.objective = objectives[-1]

    def _outline_objective(self, text: str, table: int) -> tuple[str, str] | None:
        """(marker, statement) when a goal cell is a sub-item of the goal above it in the same table: a typed
        outline number of the goal's own ("1.1", "2.b", "1a") or a letter ("a.", "b)") under a goal made from a
        row of this table. The goal's number, when it has one, must match ("2.1" is not under "Goal 1")."""
        goal = self.goal
        if not text or goal is None or goal.source is None or goal.source.table != table:
            return None
        statement, marker, depth = strip_list_marker(text)
        if marker is None or depth != 1 or not statement.strip():
            return None
        head = re.match(r"\(?(\d{1,2})[.\-]?[a-z\d]", marker, re.I)
        own = re.search(r"(\d{1,2})\s*$", goal.label or "") or re.match(r"\(?(\d{1,2})\b", goal.label or "")
        if head and own and head.group(1) != own.group(1):
            return None
        return marker.strip(), statement.strip()

    @staticmethod
    def _labelled_cell_lines(cell: tuple[str, int] | None) -> list[str]:
        """The lines of a goal/objective cell when they carry element labels ("Goal 1:", "Objective 1a:")."""
        if cell is None:
            return []
        lines = [line.strip() for line in cell[0].split("\n") if line.strip()]
        labelled = [line for line in lines if element_label(strip_list_marker(line)[0])]
        return lines if labelled else []

    def _diagnoses_table(self, table: Table, kind: TableKind) -> None:
        written = [self._row_cells(table, kind, r).get("code", ("", 0))[0].strip()
                   for r in range(kind.header_row + 1, len(table.rows))]
        written = [code for code in written if code]
        code_head = next((table.rows[kind.header_row].cells[i].text for i, role in kind.columns.items()
                          if role == "code" and i < len(table.rows[kind.header_row].cells)), "")
        service_coded = sum(1 for c in written if find_service_codes(c))
        if (
            written
            # every code a CPT/HCPCS code, or a mistyped one ("9753O", letter O for zero) among mostly real ones
            and all(
                find_service_codes(c)
                or (_CODE_AS_WRITTEN.fullmatch(c) and not find_icd_codes(c, anywhere=True) and 2 * service_coded > len(written))
                for c in written
            )
            and (re.search(r"\b(?:cpt|hcpcs|procedure|service|billing)\b", code_head, re.I)
                 or 2 * sum(1 for c in written if not find_icd_codes(c, anywhere=True)) > len(written))
        ):
            # "CPT | Description" (97110 | Therapeutic exercise): the procedures planned, not diagnoses; without
            # quantities they are treatments, as a plan-level "Interventions:" list is
            for r in range(kind.header_row + 1, len(table.rows)):
                cells = self._row_cells(table, kind, r)
                code_text, code_col = cells.get("code", ("", 0))
                desc_text = cells.get("description", ("", 0))[0]
                if code_text.strip() or desc_text.strip():
                    text = " ".join(f"{desc_text} ({code_text.strip()})".split()) if desc_text.strip() else code_text
                    loc = self._cell_loc(table, r, code_col, text)
                    made = self._new_intervention(None, text, loc, attach_to_goal=False, focus=False)  # type: ignore[attr-defined]
                    if made is not None and made.service_code is None and _CODE_AS_WRITTEN.fullmatch(code_text.strip()):
                        made.service_code = code_text.strip().upper()  # a mistyped code, kept as written
            return
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
            made_text, made_col = cells.get("diagnosed", ("", None))
            # "Diagnosed by | Date of diagnosis" (or a bare "Date" column beside "Diagnosed by"): when, on its own
            on_text, on_col = cells.get("diagnosed_on", ("", None))
            if not on_text.strip() and made_col is not None:
                on_text, on_col = cells.get("target_date", ("", None))
            if found and on_text.strip() and on_col is not None and not made_text.strip():
                self._field_diagnosed_on("", on_text, self._cell_loc(table, r, on_col, on_text), None)
            elif found and made_text.strip() and made_col is not None:  # "Diagnosed by / date" column
                whole_made = f"{made_text}, {on_text.strip()}" if on_text.strip() else made_text
                self._field_diagnosed_by("", whole_made, self._cell_loc(table, r, made_col, made_text), None)
                if on_text.strip() and on_col is not None:
                    made = [d for d in self.diagnoses if d.source == loc]
                    for diagnosis in made:
                        if "diagnosed_on" in diagnosis.field_sources:
                            diagnosis.field_sources["diagnosed_on"] = self._cell_loc(table, r, on_col, on_text)

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
            service_text = cells.get("service", cells.get("description", ("", 0)))[0]
            named_by_intervention = not service_text.strip() and bool(code_text.strip()) and "intervention" in cells
            if named_by_intervention:
                service_text = cells["intervention"][0]  # "CPT | Intervention | Frequency": the row names its code
            if _ALREADY_DONE.search(service_text):
                continue  # "PT evaluation (completed 02/09/2026)": a service already given, not one requested
            codes = find_service_codes(code_text) or find_service_codes(service_text)
            if codes:
                item.code, item.modifiers = codes[0][0], codes[0][1]
            elif _CODE_AS_WRITTEN.fullmatch(code_text.strip()):
                item.code = code_text.strip().upper()  # "L38O8" in the code column: a mistyped code, kept as written
            description = service_text
            if codes and not code_text.strip():
                description = service_text[: codes[0][2]] + service_text[codes[0][3] :]
            description = " ".join(re.sub(r"\(\s*\)", " ", description).split()).strip(" -–:;,")
            if named_by_intervention and "," in description:
                # "Therapeutic exercise, 2-3 units/visit": the quantities after the name are the service's own
                name, _, rest = description.partition(",")
                leftover = fill_quantities(QUANTITY_SPLIT.split(rest), item)
                description = ", ".join([name, *leftover])
            description = _balanced(description)
            item.description = description or None
            for role in ("amount", "frequency", "duration", "hours"):
                value = checked_options(cells.get(role, ("", 0))[0])
                unit = _HEADER_UNIT.search(self._header_text(table, kind, role)) if role == "duration" else None
                if unit and re.fullmatch(r"\d+(?:\.\d+)?", value.strip()):
                    value = f"{value.strip()} {unit.group(1).lower()}s"  # "4" under "No. of weeks": 4 weeks
                bare_number = re.fullmatch(r"\d+(?:\.\d+)?(?:\s*[-–]\s*\d+(?:\.\d+)?)?", value.strip())
                if role == "amount" and bare_number:
                    # "60" under "Minutes", "2" under "Hrs": the header names the unit
                    length = _AMOUNT_UNIT.search(self._header_text(table, kind, role))
                    if length:
                        value = f"{value.strip()} {_AMOUNT_UNITS[length.group(1).lower()[:1]]}"
                if role == "hours" and bare_number and _PER_MONTH.search(self._header_text(table, kind, role)):
                    value = f"{value.strip()} hours per month"  # "8" under "Hrs/mo"
                if value.strip():
                    leftover = fill_quantities([value], item)
                    if leftover and role == "frequency" and item.frequency is None:
                        item.frequency = value.strip()
                    elif leftover and role == "amount" and item.amount is None:
                        item.amount = value.strip()
                    elif leftover and role == "duration" and item.duration is None:
                        item.duration = value.strip()
                    elif role == "hours" and item.hours_per_week is None:
                        hours = parse_hours_per_week(value)
                        if hours is None:
                            hours = parse_hours_per_week(f"{value} hours per week")
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
            focus, focus_col = cells.get("intervention", ("", 0))
            if focus.strip() and focus.strip() != service_text.strip():
                # "SN | X | 4 | Incision check, teaching": what the ordered discipline will do
                focus_loc = self._cell_loc(table, r, focus_col, focus)
                self._new_intervention(None, " ".join(focus.split()), focus_loc, attach_to_goal=False, focus=False)  # type: ignore[attr-defined]

    @staticmethod
    def _header_text(table: Table, kind: TableKind, role: str) -> str:
        """The header as written over the column of `role` ("" when the table has none)."""
        header = table.rows[kind.header_row].cells
        for position, name in kind.columns.items():
            if name == role and position < len(header):
                return " ".join(header[position].text.split())
        return ""

    def _frequency_for_table(self, value: str, loc: SourceLocation) -> bool:
        """A frequency stated once, outside a table of requested services none of whose rows states one (a CMS-700
        "FREQ / DURATION: 3/Wk x 8 Wk" box under the procedures table): it is how often each of them is given.
        False when the services being read are not such a table."""
        service = self.service
        source = service.source if service is not None else None
        if source is None or source.table is None or loc.table == source.table:
            return False
        group = [s for s in self.services if s.source is not None and s.source.table == source.table]
        if len(group) < 2 or any(s.frequency is not None for s in group):
            return False
        found = ServiceText()
        fill_quantities(QUANTITY_SPLIT.split(value), found)
        if found.frequency is None:
            return False
        for item in group:
            item.frequency = Frequency.model_validate(found.frequency.strip())
            item.frequency.source = loc
            if found.duration and item.duration is None:
                item.duration = Duration.model_validate(found.duration)
                item.duration.source = loc
            if found.amount and item.amount is None:
                item.amount = Amount.model_validate(found.amount)
                item.amount.source = loc
        return True

    def _amount_for_table(self, value: str, loc: SourceLocation) -> bool:
        """An amount stated once under a table of requested services none of whose rows states one ("Units: up to
        4 units per visit" under a CPT table): the amount of each of them. False when no such table was just read."""
        service = self.service
        source = service.source if service is not None else None
        if source is None or source.table is None or loc.table == source.table:
            return False
        group = [s for s in self.services if s.source is not None and s.source.table == source.table]
        if len(group) < 2 or any(s.amount is not None for s in group):
            return False
        text = value.strip()
        if re.fullmatch(r"\d+(?:\.\d+)?", text):
            text = f"{text} units"
        amount = parse_amount(text)
        if amount is None or (amount.minutes is None and amount.units is None):
            return False
        for item in group:
            item.amount = Amount.model_validate(text)
            item.amount.source = loc
            if item.units is None and item.amount.units is not None:
                item.units = item.amount.units
        return True

    def _signatures_table(self, table: Table, kind: TableKind) -> None:
        """Rows of signers. With both a signature and a printed-name column, the row is signed only when the
        signature cell holds something; the name comes from the printed name."""
        if self._inline_signature_rows(table, kind):
            return
        if self._paired_signature_columns(table, kind.header_row):  # type: ignore[attr-defined]
            return  # "BCBA signature | Date | Parent/guardian signature | Date": signers side by side
        # "Clinician | Credentials | Signed" over names, credentials and dates (see signatures.signer_table_columns)
        kind = dataclasses.replace(kind, columns=signer_table_columns(table, kind.header_row, kind.columns))
        header = table.rows[kind.header_row]
        header_texts = [(" ".join(c.text.split()), c.col) for c in header.cells if c.text.strip() and not c.merged_from_above]
        if is_sign_off_row(header_texts) and self._signer_rows_table(table):  # type: ignore[attr-defined]
            return  # "Client signature | Cody R. Vandermeer | Date 01/14/2026": no header, every row a sign-off
        roles = set(kind.columns.values())
        for r in range(kind.header_row + 1, len(table.rows)):
            cells = self._row_cells(table, kind, r)
            role_text = " ".join(cells.get("role", ("", 0))[0].split())
            if not role_text and "role" not in roles:
                role_text = _unnamed_role_cell(table, kind, r)  # " | Name | Signature | Date": the first column
            sig_text, sig_col = cells.get("signature", ("", None))
            name_text, name_col = cells.get("name", ("", None))
            sig_text, name_text = " ".join(sig_text.split()), " ".join(name_text.split())
            if not role_text and "name" in roles and _names_a_role(sig_text):
                # "Signature | Name / title | Date" rows whose first cell says who signs ("Primary counselor")
                role_text, sig_text = sig_text, name_text
            elif not role_text and "role" not in roles and _names_a_role(name_text) and not blank_value(sig_text):
                # "Signature | Name / credential | Date" with "Delphine Kowalczyk | Individual | 01/29/2026": the
                # person signed and the name column says who they are
                role_text, name_text = name_text, sig_text
            cred = " ".join(cells.get("credential", ("", 0))[0].split())
            if cred and not role_text and credential_names_role(cred):
                role_text, cred = cred, ""  # "Ana Ruiz | Member | 02/02/2026": the credential column says who signed
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
                if parsed.credential is None and cred and not blank_value(cred):
                    parsed.credential = split_name_credential(f"X, {cred}")[1]  # a "Credential" column of its own
                parsed.signed = not blank_value(sig_text) and not says_unsigned(sig_text)
                if parsed.date is None and not blank_value(date_text):
                    parsed.date = first_date(date_text)
            if parsed.name is None and role_text and "name" not in roles:
                self._signer_named_in_role_cell(parsed, role_text, sig_text)
            row_texts = [" ".join(c.text.split()) for c in table.rows[r].cells]
            if not (parsed.name or parsed.credential) and any(_NOT_NEEDED.fullmatch(t) for t in row_texts):
                continue  # "Clinical supervisor | | | Not required": no signature line for this signer
            if parsed.signed and parsed.date is None:
                # the date in a column the header did not name as one ("Signed", a second "Date/Time")
                parsed.date = next((d for t in row_texts if t not in (name_text, cred) for d in [first_date(t)] if d), None)
            self._add_signature(parsed, loc)

    @staticmethod
    def _signer_named_in_role_cell(parsed: SignatureText, role_text: str, sig_text: str) -> None:
        """ "Signer | Signature | Date" rows whose signer cell holds the name ("Rosalind Achebe, PhD, BCBA-D
        (supervising behavior analyst)") and whose signature cell only says it was signed ("Electronically signed
        via Portal ID 88412"): the name, credential and role come from the signer cell."""
        if blank_value(sig_text) or says_unsigned(sig_text) or not _SIGNED_STATUS.search(sig_text):
            return
        named = parse_signature(None, role_text)
        if named is None or named.name is None or not plausible_name(named.name):
            return
        parsed.name, parsed.credential = named.name, named.credential or parsed.credential
        if named.role_label and normalize_signature_role(named.role_label) != "other":
            parsed.role_label = named.role_label
        parsed.signed = True
        if parsed.method == "unknown" and re.search(r"electronic|digital|\be-?sign", sig_text, re.I):
            parsed.method = "electronic"

    def _inline_signature_rows(self, table: Table, kind: TableKind) -> bool:
        """ "Signature: Dr. Jo Lee, PsyD | Date: Jan 22, 2026": what looked like a header row holds each label with
        its value. Each row is then read as one sign-off line (the cells side by side); True when read so."""
        header = [c for c in table.rows[kind.header_row].cells if c.text.strip() and not c.merged_from_above]
        if not header or not all(
            (segs := split_labels(" ".join(c.text.split())))[0].label and segs[0].value.strip() for c in header
        ):
            return False
        for row in table.rows[kind.header_row :]:
            cells = [c for c in row.cells if c.text.strip() and not c.merged_from_above]
            parts: list[str] = []
            offsets: list[tuple[int, int]] = []
            position = 0
            for cell in cells:
                text = " ".join(cell.text.split())
                offsets.append((position, cell.col))
                parts.append(text)
                position += len(text) + 4
            if parts:
                self._table_line("    ".join(parts), table.index, row.index, cells[0].col, offsets)
        return True

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
