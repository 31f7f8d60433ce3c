"""Cells whose label heads several lines: form boxes (a caption line over its value, "PATIENT NAME" over
"Arlene Kucharski", as on a CMS-485 grid) and label/value form rows whose value cell holds several paragraphs
("Diagnoses" beside two coded lines, "Goal 1" beside the goal and its "Target date:" line).

The caption decides how the lines are read: an element label ("Goal 1", "Objectives") starts that element, a
signature caption a signature, a field label that field (each line for fields that list several values, such as
diagnoses and services), a section title the lines as that section's content. A caption that is none of these
keeps its lines to itself: they are read outside any section, so that the cells of a grid never inherit the
section of the box before them.

A mixin of the DOCX plan builder (see docx.build): it reads and writes the builder's state.
"""

from __future__ import annotations

import re

from authcheck.readers.docx.blocks import Table
from authcheck.readers.docx.tab_headers import tab_header_roles
from authcheck.readers.docx.label_split import Segment, split_labels
from authcheck.readers.docx.labels import (
    FIELD_INDEX,
    date_label_key,
    element_label,
    field_key,
    label_parts,
    normalize_label,
    strip_list_marker,
    subfield_key,
)
from authcheck.readers.phrases import (
    diagnosis_made,
    find_icd_codes,
    find_service_codes,
    first_date,
    has_digit,
    looks_like_address,
    looks_like_signature,
)
from authcheck.readers.docx.sections import match_section
from authcheck.readers.docx.signatures import is_role_label, signed_line_after_details
from authcheck.readers.docx.state import BuilderState, Line, Section
from authcheck.readers.docx.tables import TableKind, box_label, box_lines

# Fields that list several values, one a line ("Diagnoses", "Services", "Interventions").
_LIST_KEYS = {
    "diagnosis",
    "diagnosis.primary",
    "diagnosis.secondary",
    "service",
    "assessment",
    "interventions",
    "presenting_problem",
}
# Sections whose lines the builder interprets (a caption naming one scopes its lines to it).
_CONTENT_SECTIONS = {
    "goals",
    "objectives",
    "interventions",
    "services",
    "frequency",
    "diagnosis",
    "assessments",
    "presenting_problem",
    "signatures",
    "review",
    "duration",
    "client",
    "dates",
    "provider",
}


def _caption_section(caption: str) -> tuple[str | None, str | None]:
    """The content section a caption names, trying its alternatives ("GOALS / REHAB POTENTIAL / DISCHARGE")."""
    match = match_section(caption)
    if match.key in _CONTENT_SECTIONS:
        return match.key, match.synonym
    if match.key is not None and match.score >= 95:
        return None, None  # a known section without elements ("Rehab potential", "Medications")
    for part, _ in label_parts(caption):
        found = match_section(part)
        if found.key in _CONTENT_SECTIONS:
            return found.key, found.synonym
    return None, None


# the fields a section's own labels set ("Primary diagnosis / ICD code" stays the primary diagnosis field)
_FIELD_FAMILY = {"diagnosis": "diagnosis", "services": "service", "assessments": "assessment", "review": "review"}


def _exact_field(label: str) -> bool:
    return normalize_label(re.sub(r"\([^)]*\)", " ", label)) in FIELD_INDEX


# a telephone number as a letterhead writes it ("(302) 555-0160", "555-0148", "Tel. 555.201.3344")
_PHONE = re.compile(r"(?:\(\d{3}\)\s*|\b\d{3}[-.\s])?\b\d{3}[-.]\d{4}\b")


def _letterhead_lines(lines: list[str]) -> bool:
    """Lines under a caption that hold an agency's street address or telephone number, and no other facts."""
    return any(
        looks_like_address(part) or (_PHONE.search(part) and not first_date(part))
        for text in lines
        for part in re.split(r"\s+[-–—|•·]\s+", text.strip())
    )


def _exact_section(label: str) -> bool:
    match = match_section(label)
    return match.key in _CONTENT_SECTIONS and match.score >= 95


def _stacked_boxes(lines: list[str]) -> list[list[str]]:
    """The boxes of a cell that stacks several captioned values, each group set off by an empty line ("PATIENT" over
    the name, "", "DOB" over the date, "", "MEDICARE ID" over the number): each group's lines, caption first. Empty
    when the cell is not so (fewer than two groups, or a group whose first line is no caption)."""
    groups: list[list[str]] = [[]]
    for line in lines:
        for part in line.split("\n"):
            if part.strip():
                groups[-1].append(part)
            elif groups[-1]:
                groups.append([])
    groups = [g for g in groups if g]
    if len(groups) == 1:
        groups = _caption_runs(groups[0])
    if len(groups) < 2 or any(box_label(g) is None for g in groups):
        return []
    if sum(1 for g in groups if _field_caption(g[0])) < 2:
        return []  # captions of known fields, not a goal's lines set apart by empty lines
    return groups


def _caption_service_code(caption: str) -> str | None:
    """The one CPT/HCPCS code a box's caption names with the amount it asks for ("97153 hours per week", "H2019
    units / week"), or None (no code, or several)."""
    found = find_service_codes(caption)
    return found[0][0] if len(found) == 1 else None


def _field_caption(text: str) -> bool:
    """A line that is only a client or plan field's caption ("DOB", "MEDICARE ID", "Start of care:")."""
    bare = text.strip().rstrip(":").strip()
    return (
        bool(bare)
        and ":" not in bare
        and len(bare.split()) <= 5
        and not has_digit(bare)
        and field_key(bare) not in (None, "other")
        and box_label([text, "x"]) is not None
    )


def _caption_runs(lines: list[str]) -> list[list[str]]:
    """The lines of one cell cut at each field caption on a line of its own ("PATIENT" / name / "DOB" / date /
    "MEDICARE ID" / number, with no empty lines between): [] unless the cell starts with such a caption and every
    caption has a value line under it."""
    if len(lines) < 4 or not _field_caption(lines[0]):
        return []
    groups: list[list[str]] = []
    for i, line in enumerate(lines):
        if _field_caption(line) and i + 1 < len(lines) and not _field_caption(lines[i + 1]):
            groups.append([line])
        elif groups:
            groups[-1].append(line)
    if any(len(g) < 2 for g in groups):
        return []
    return groups


def _mostly_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and sum(1 for c in letters if c.isupper()) >= 0.8 * len(letters)


def _next_caption(caption: str, lines: list[str]) -> int | None:
    """Where a cell's value lines give way to the next caption ("DIAGNOSES" over two coded lines, then "STRENGTHS"
    over a sentence): the index of a later line that is a caption of its own (a known field or section, written in
    capitals as the cell's caption is, or closed by a colon) with a value line under it; None when there is none."""
    for i in range(1, len(lines) - 1):
        text = lines[i].strip()
        bare = text.rstrip(":").strip()
        if not bare or ":" in bare or len(bare.split()) > 5 or has_digit(bare):
            continue
        found = match_section(bare)
        strong = found.key in _CONTENT_SECTIONS and found.score >= 95 and found.key != _caption_section(caption)[0]
        if not (text.endswith(":") or (_mostly_capitals(bare) and _mostly_capitals(caption)) or strong):
            continue  # (a section title written as one, "Disciplines and frequency", heads the lines after it)
        if element_label(bare + ": x") is not None:
            continue
        if field_key(bare) not in (None, "other") or (found.key is not None and found.score >= 95):
            return i
    return None


class CellsMixin(BuilderState):
    """Form boxes and multi-line form values, read in the context their caption gives them."""

    def _boxes_table(self, table: Table, kind: TableKind) -> None:
        """A grid of boxes: each cell's caption heads its own lines; cells without a caption are read as lines."""
        for row, cell in table.distinct_cells(kind.title_row):
            groups = _stacked_boxes(cell.lines)
            if groups:
                # "PATIENT" / name, blank, "DOB" / date, blank, "MEDICARE ID" / id: one box after another in one cell
                for group in groups:
                    self._labelled_cell(group[0].strip(), group[1:], table.index, row.index, cell.col)
                continue
            caption = box_label(cell.lines)
            if caption is not None and "\t" in caption and tab_header_roles(caption) is not None:
                caption = None  # "#<TAB>Goal<TAB>Target date" over its rows: the header of a table nested in the cell
            lines = box_lines(cell.lines) if caption is not None else [x for x in cell.lines if x.strip()]
            if not lines:
                continue
            if caption is None:
                saved = self.section
                for text in lines:
                    self._table_line(text, table.index, row.index, cell.col)
                if len(lines) > 1 and self._box_sign_off_ends(saved):
                    # "15. I certify the need for these services ..." over the physician's name and date: the
                    # attestation and its sign-off fill this one box; the boxes after it ("19. Prior
                    # Hospitalization", "21. Initial Assessment") are no signatures
                    self.section = saved
                continue
            self._labelled_cell(caption, lines[1:], table.index, row.index, cell.col)

    def _box_sign_off_ends(self, saved: Section) -> bool:
        """True when reading one uncaptioned box of several lines entered a signatures section from another
        section: a statement signed within the box, whose signing zone ends with the box."""
        now = self.section
        return now is not saved and now.key == "signatures" and saved.key != "signatures"

    def _labelled_cell(self, caption: str, lines: list[str], table: int | None, row: int, col: int) -> None:
        """Read `lines` (the value of one box or form cell) under their caption."""
        saved = self.section
        clean = strip_list_marker(caption.strip())[0].strip().rstrip(":").strip() or caption.strip()
        if not lines:
            self._table_line(caption, table, row, col)
            return
        own = split_labels(clean)[0]
        if (
            own.label
            and own.value
            and is_role_label(own.label)
            and (
                looks_like_signature(own.label, clean)
                or (re.search(r"\bsigned\b|/s/", own.value, re.I) is not None and first_date(own.value) is not None)
            )
        ):
            # "BCBA: Joelle Amari, MA, BCBA  Signed 08/24/2026" beside "Parent/Guardian: Henrik Lindqvist" over
            # "Signed 08/26/2026": a row of sign-offs, each cell its own signer, not a caption and its value
            self._table_line(caption, table, row, max(col - 1, 0))
            joined = "   ".join(x.strip() for x in lines) if len(lines) <= 3 else None
            for text in [joined] if joined and looks_like_signature(None, joined) else lines:
                self._table_line(text, table, row, col)
            return
        cut = _next_caption(clean, lines)
        if cut is not None:
            # "DIAGNOSES" / two coded lines / "STRENGTHS" / a sentence: each caption heads only its own lines
            self._labelled_cell(caption, lines[:cut], table, row, col)
            self._labelled_cell(lines[cut].strip(), lines[cut + 1 :], table, row, col)
            return
        if any("\t" in text and tab_header_roles(text) is not None for text in lines):
            # "Objectives and interventions" over a table nested in the cell ("#<TAB>Objective<TAB>By<TAB>How staff
            # will help" and its rows): the rows are read by that header, as objectives of the goal above
            scope = Section(clean, "objectives", 15, None)
            for text in lines:
                self._scoped_line(scope, text, table, row, col)
            self.section = saved
            return
        label = element_label(clean + ": x")  # "Goal 1", "Objectives": the caption starts elements
        in_table = self.goal is not None and self.goal.source is not None and self.goal.source.table == table
        if label is not None and label.kind == "objective" and self._goal_just_read():
            in_table = True  # a "Goal" box then an "Objectives" box (each its own table): the goal's objectives
        if label is not None and label.value == "x" and (in_table or not label.plural):
            if label.plural:  # "Objectives" beside the goal of the row above: one objective a line
                for text in lines:
                    core = strip_list_marker(text.strip())[0]
                    self._table_line(f"{clean}: {core}", table, row, col)
            else:
                self._table_line(f"{clean}: {lines[0]}", table, row, col)
                for text in lines[1:]:
                    self._table_line(text, table, row, col)
            return
        if label is not None and label.value == "x" and label.kind in ("goal", "objective"):
            self._caption_items(clean, saved, lines, table, row, col)  # a "Goals" or "STG (4 weeks)" box
            return
        head = clean.split(":")[0].strip() or clean  # "MEDICATIONS: DOSE/FREQUENCY/ROUTE" is about medications
        key = field_key(head)
        section_key, synonym = _caption_section(head)
        if (
            key is not None
            and section_key is not None
            and not key.startswith(_FIELD_FAMILY.get(section_key, section_key))
            and not _exact_field(head)
            and _exact_section(head)
        ):
            key = None  # "ORDERS FOR DISCIPLINES AND TREATMENTS": a section title before a guessed field
        if key is None and {k for _, k in label_parts(head) if k} == {"program", "level_of_care"}:
            key = "level_of_care"  # "PROGRAM / LEVEL OF CARE" over "Residential 3.5": the value is read as both
        if key is None and section_key in (None, "dates") and first_date(lines[0]) is not None:
            key = date_label_key(head)  # "17. CERTIFICATION" over "FROM 10/06/2025  THROUGH 01/03/2026"
        signer = is_role_label(head) and looks_like_signature(None, lines[0])  # "Counselor" | "Name — signed DATE"
        dated_at = signed_line_after_details(lines) if not signer and is_role_label(head) else None
        if dated_at is not None:
            # "Behavior analyst" over "Safiya Okonjo, MA, BCBA" (over "NPI ...") over "Signed: 12/01/2025": one sign-off
            lines = [f"{lines[0]}   {lines[dated_at]}", *lines[1:dated_at], *lines[dated_at + 1 :]]
            signer = True
        if key == "signature" or "signature" in clean.lower() or signer:
            self._captioned_signature(clean if not signer else head, lines[0], table, row, col, role_line=signer)
            for text in lines[1:]:
                self._table_line(text, table, row, col)
            return
        own = split_labels(strip_list_marker(lines[0].strip())[0].strip())[0].label
        if key in ("patient.name", "provider", "payer", "program") and own and field_key(own) not in (None, "other"):
            # "Client" beside "Name: Ana Ruiz   DOB: ...   ID: ...": the caption names the group, its lines carry
            # their own labels
            key = None
            section_key = section_key or "client"
        coded = _caption_service_code(head) if key in ("hours_per_week", "frequency", "amount") else None
        if coded is not None and lines and not find_service_codes(lines[0]):
            # "14. 97153 hours per week" over "20 hours per week": the box is the amount of the service its caption
            # codes, read as "97153: 20 hours per week" under the services (each such box a service of its own)
            scope = Section(clean, "services", 15, None)
            self._scoped_line(scope, f"{coded}: {lines[0].strip()}", table, row, col)
            for text in lines[1:]:
                self._scoped_line(scope, text, table, row, col)
            self.section = saved
            return
        if key is not None and key != "other":
            values = lines if key in _LIST_KEYS else lines[:1]
            for text in values:
                own = split_labels(text.strip())[0] if key in _LIST_KEYS else None
                if (
                    own is not None
                    and own.label
                    and own.value
                    and (subfield_key(own.label) or field_key(own.label) not in (None, key))
                ):
                    # "Duration: 9 months" among the lines of a "SERVICES" box: a fact with its own label
                    self._scoped_line(Section(clean, section_key, 15, synonym), text, table, row, col)
                    continue
                if (
                    key.startswith("diagnosis")
                    and text is not values[0]
                    and not find_icd_codes(text)
                    and diagnosis_made(text) is not None
                ):
                    # "Diagnosed 06/30/2025 by Marcus Feld, MD" under the coded line of a "Diagnosis" cell: who made
                    # the diagnosis above, read as under a "Diagnosis" heading
                    self._scoped_line(Section(clean, "diagnosis", 15, synonym), text, table, row, col)
                    continue
                self._captioned_value(head, text, table, row, col)
            for text in lines[len(values) :]:
                self._scoped_line(Section(clean, None), text, table, row, col)
            self.section = saved
            return
        if key == "other":
            section_key = None  # "SAFETY MEASURES", "DME AND SUPPLIES": known captions with nothing to read
        if section_key is not None and key is None and not _exact_section(head) and _letterhead_lines(lines):
            # "Penn Laurel Counseling Services" over "Outpatient clinic" and a street address: an agency's letterhead,
            # whose name merely holds a section word
            section_key = None
        scope = Section(clean, section_key, 15, synonym) if section_key else Section(clean, None)
        if section_key is not None:
            self._enter(scope, Line(clean, saved, table=table, row=row, cell=col).loc(clean))
        for text in lines:
            self._scoped_line(scope, text, table, row, col)
        self.section = saved

    def _goal_just_read(self) -> bool:
        """True when the last element read is a goal with no objectives yet that heads its own list (not one of
        several short-term goals read as peers): a box of objectives right after it is that goal's."""
        goal = self.goal
        return (
            goal is not None
            and self._last_element is goal
            and not goal.objectives
            and id(goal) not in self._peer_goals
        )

    def _caption_items(
        self, caption: str, saved: Section, lines: list[str], table: int | None, row: int, col: int
    ) -> None:
        """A box captioned "Goals", "Short-term goals (4 weeks)" with no goal above it in the table: each of its
        lines is one goal (short-term ones too: they are peers here), with the caption's time frame; lines with
        their own label ("Target date: ...") are read as such."""
        section_key, synonym = _caption_section(caption)
        scope = Section(caption, section_key or "goals", 15, synonym)
        self._enter(scope, Line(caption, saved, table=table, row=row, cell=col).loc(caption))
        if any(element_label(strip_list_marker(text.strip())[0]) for text in lines):
            # "Goal A. ..." over "A1. ...", "A2. ...": goals and objectives named as such, read as in the body
            for text in lines:
                self._scoped_line(scope, text, table, row, col)
            self.section = saved
            return
        for text in lines:
            core, marker, _ = strip_list_marker(text.strip())
            first = split_labels(core)[0]
            if first.label and (subfield_key(first.label) or field_key(first.label) or element_label(core)):
                self._scoped_line(scope, text, table, row, col)
                continue
            line = Line(core, scope, table=table, row=row, cell=col)
            goal = self._new_goal(marker, core, line.loc(core))  # type: ignore[attr-defined]
            self._peer_goals.add(id(goal))
            self._group_time_frame(line.loc(core))  # type: ignore[attr-defined]
        self.section = saved

    def _scoped_line(self, scope: Section, text: str, table: int | None, row: int, col: int) -> None:
        self.section = scope
        self.line(Line(text, scope, table=table, row=row, cell=col))

    def _captioned_value(self, caption: str, value: str, table: int | None, row: int, col: int) -> None:
        """Apply "caption: value" as one labelled field, without re-splitting the caption."""
        core = f"{caption}: {value}"
        line = Line(core, self.section, table=table, row=row, cell=col)
        segment = Segment(caption, value.strip(), 0, len(caption) + 2)
        if not self._fields(line, [segment], core):
            self._free(line, core)

    def _captioned_signature(
        self, caption: str, value: str, table: int | None, row: int, col: int, *, role_line: bool = False
    ) -> None:
        core = f"{caption}: {value}"
        line = Line(core, self.section, table=table, row=row, cell=col)
        segments = [Segment(caption, value.strip(), 0, len(caption) + 2)]
        if not self._signature_line(line, core, segments, role_line=role_line):
            self._free(line, core)
