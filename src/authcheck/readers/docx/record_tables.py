"""Tables of one record a row in a Word plan, read by their header row: diagnoses ("Code | Description |
Primary"), requested services ("CPT | Service | Units | Frequency"), with a quantity stated once under
such a table, signers ("Role | Name | Signature | Date") and assessments ("Instrument | Date | Score").

A mixin of the DOCX plan builder (see docx.build), on the table reading of docx.table_reader.
"""

from __future__ import annotations

import dataclasses
import re

from authcheck.model import Amount, Assessment, Duration, Frequency, Provider, ServiceRequest, SourceLocation
from authcheck.model.vocab import normalize_signature_role
from authcheck.parsing import find_dates, parse_amount, parse_hours_per_week
from authcheck.parsing.dates import DATE_TEXT
from authcheck.readers.docx.blocks import Table
from authcheck.readers.docx.label_split import split_labels
from authcheck.readers.phrases import (
    CODE_AS_WRITTEN,
    QUANTITY_SPLIT,
    ServiceText,
    SignatureText,
    blank_value,
    checked_options,
    diagnosis_made,
    fill_quantities,
    find_icd_codes,
    find_service_codes,
    first_date,
    has_digit,
    parse_diagnoses,
    parse_signature,
    plausible_name,
    says_unsigned,
    session_length_in_name,
    split_name_credential,
)
from authcheck.readers.docx.signatures import credential_names_role, is_sign_off_row, signer_table_columns
from authcheck.readers.docx.state import Line
from authcheck.readers.docx.table_reader import TablesMixin
from authcheck.readers.docx.tables import TableKind


# a column of providers' NPIs ("NPI", "NPI #", "Provider NPI", "NPI number") and the number in its cells
_NPI_HEADER = re.compile(r"(?:[A-Za-z]+\s+)?NPI(?:\s*(?:#|no\.?|number))?:?", re.I)
_NPI_VALUE = re.compile(r"(?<![\d-])\d{9,11}(?![\d-])")

_ALREADY_DONE = re.compile(
    rf"(?<!\bbe )\b(?:completed|done|performed|administered)\s+(?:on\s+)?{DATE_TEXT}\b", re.I
)


# a column with no role of its own right of a bare count of visits, naming the period they are counted in ("Visits |
# Per | Weeks" over "3 | week | 2"), and the period words its cells hold
_PER_HEADER = re.compile(r"(?:per|per\s+period|period|interval|time\s+unit|unit\s+of\s+time|every)", re.I)
_PERIOD_CELL = re.compile(r"(?:(?:per|a|each|every)\s+)?(?P<period>day|week|wk|month|mo)s?\.?|(?P<adverb>daily|weekly|monthly)", re.I)
_PERIOD_OF_ADVERB = {"daily": "day", "weekly": "week", "monthly": "month", "wk": "week", "mo": "month"}


def per_column_period(table: Table, kind: TableKind, row_index: int, role: str) -> str | None:
    """The period a bare count in `role`'s cell is counted in, written in the column right of it when that column
    has no role and a header like "Per" ("3 | week" under "Visits | Per"); None otherwise."""
    header = table.rows[kind.header_row].cells
    position = next((p for p, r in kind.columns.items() if r == role), None)
    if position is None or position + 1 >= len(header) or (position + 1) in kind.columns:
        return None
    if not _PER_HEADER.fullmatch(" ".join(header[position + 1].text.split()).strip(" .:/")):
        return None
    col = header[position + 1].col
    cell = next((c for c in table.rows[row_index].cells if c.col == col), None)
    found = _PERIOD_CELL.fullmatch(" ".join(cell.text.split()).strip()) if cell is not None else None
    if found is None:
        return None
    word = (found.group("period") or found.group("adverb")).lower()
    return _PERIOD_OF_ADVERB.get(word, word)


def _code_alone(text: str) -> bool:
    """A cell holding a billing code and nothing else ("97153", "H2019-HO")."""
    found = find_service_codes(text)
    return len(found) == 1 and found[0][2] == 0 and found[0][3] == len(text)


def _weekday_hours(table: Table, kind: TableKind, row_index: int) -> float | None:
    """The hours a week of one row of a weekly schedule with no total column ("97153 | 2 | 2 | 3" under "Code |
    Mon (hrs) | Tue (hrs) | Wed (hrs)"): the sum of its days, when every filled day is a bare number and the header
    says the grid counts hours; None otherwise (a day's cell may hold a time of day or units)."""
    days = [p for p, role in kind.columns.items() if role == "weekday"]
    header = table.rows[kind.header_row].cells
    if not days or not any(re.search(r"\b(?:hours?|hrs?)\b", c.text, re.I) for c in header):
        return None
    row = table.rows[row_index]
    total = 0.0
    for position in days:
        if position >= len(header) or position >= len(row.cells):
            continue
        cell = next((c for c in row.cells if c.col == header[position].col), row.cells[position])
        text = " ".join(cell.text.split())
        if not text or text in ("-", "–", "—"):
            continue
        if not re.fullmatch(r"\d+(?:\.\d+)?", text):
            return None
        total += float(text)
    return total or None


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


# a bare count under a header that names its unit ("4" under "No. of weeks")
_HEADER_UNIT = re.compile(r"\b(day|week|month|visit|session)s?\b", re.I)
# the unit a session-length column's header names ("Minutes", "Min", "Hrs", "Units")
_AMOUNT_UNIT = re.compile(r"\b(minutes?|mins?|hours?|hrs?|units?)\b", re.I)
_AMOUNT_UNITS = {"m": "minutes", "h": "hours", "u": "units"}
_PER_MONTH = re.compile(r"(?:/|\bper\s+|\ba\s+)\s*(?:month|mo)\b|\bmonthly\b", re.I)

# a signature cell that only says the line was signed: "Electronically signed via Portal ID 88412", "/s/", "Signed"
_SIGNED_STATUS = re.compile(r"\bsigned\b|\bsignature\s+on\s+file\b|/e?s/", re.I)
# a signer row's status or method cell: "Electronic (PIN)", "E-signature", "Digitally signed", "Wet ink"
_ELECTRONIC_CELL = re.compile(r"(?:electronic(?:ally)?|digital(?:ly)?|e-?sign(?:ed|ature)?)\b(?!\s+pending)", re.I)
_HANDWRITTEN_CELL = re.compile(r"(?:wet(?:\s+ink)?|ink|handwritten|hand-?signed|pen(?:\s+and\s+paper)?)\b", re.I)


def _status_cells(parsed: SignatureText, texts: list[str]) -> None:
    """The other cells of a signer row (a "Method" or "Status" column the header maps to nothing of a signer's): one
    that says the row is not signed ("Not signed", "Pending co-signature") makes it unsigned, and one that opens with
    how it was signed ("Electronic (PIN)", "Wet ink") sets the method."""
    if not parsed.signed:
        return
    if any(says_unsigned(t) for t in texts):
        parsed.signed = False
        return
    if parsed.method == "unknown":
        for text in texts:
            if _ELECTRONIC_CELL.match(text):
                parsed.method = "electronic"
                return
            if _HANDWRITTEN_CELL.match(text):
                parsed.method = "handwritten"
                return


_NOT_NEEDED = re.compile(r"not\s+(?:required|applicable|needed)|n/?a", re.I)


# a cell holding a span of two dates and little else ("01/12/2026 - 04/10/2026"): a certification's period
_SPAN_CELL = re.compile(rf"^\W*{DATE_TEXT}\s*(?:-|–|—|to|through|thru)\s*{DATE_TEXT}\W*$", re.I)


def earlier_period_rows(table: Table, header_row: int) -> set[int]:
    """The rows of a certification or authorization history ("Period | Type | Signed by | Date signed") that record
    an earlier period than the table's latest one: their sign-offs are the earlier plan's, not this one's. Empty
    unless two rows or more each hold a period."""
    spans: dict[int, tuple] = {}
    for r in range(header_row + 1, len(table.rows)):
        for cell in table.rows[r].cells:
            text = " ".join(cell.text.split())
            if _SPAN_CELL.match(text):
                dates = [d for d, _ in find_dates(text)]
                if len(dates) == 2 and dates[0] <= dates[1]:
                    spans[r] = (dates[0], dates[1])
                break
    if len(spans) < 2:
        return set()
    latest = max(start for start, _ in spans.values())
    return {r for r, (start, _) in spans.items() if start < latest}


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


# a meeting roster's column saying whether each person took part ("Present", "Attended", "Participation")
_ATTENDANCE_COLUMN = re.compile(
    r"present|attended|attendance|in\s+attendance|participated|participation|excused|absent|"
    r"(?:method|manner|mode)\s+of\s+participation|attended\s+by"
)


def attendance_roster(table: Table, kind: TableKind) -> bool:
    """True for a planning meeting's participants ("Name | Role | Present" over "Jo Lee | Teacher | Yes"): a column
    saying who attended and none for a signature or its date. The people listed took part; they did not sign."""
    if {"signature", "sign_date", "target_date"} & set(kind.columns.values()):
        return False
    header = table.rows[kind.header_row].cells
    return any(_ATTENDANCE_COLUMN.fullmatch(" ".join(c.text.split()).lower().rstrip(":?")) for c in header)


# a per-diem service's amount: one (or a few) days a unit ("1 day", "1 day/unit", "1 per diem")
_PER_DIEM_AMOUNT = re.compile(r"(?P<count>[1-3])\s*(?:days?|per\s+diem)(?:\s*(?:/|per|a)\s*unit)?", re.I)


class RecordTablesMixin(TablesMixin):
    """Diagnosis, service, signature and assessment tables: one diagnosis, service, signer or assessment a row."""

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
                or (CODE_AS_WRITTEN.fullmatch(c) and not find_icd_codes(c, anywhere=True) and 2 * service_coded > len(written))
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
                    if made is not None and made.service_code is None and CODE_AS_WRITTEN.fullmatch(code_text.strip()):
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
            elif found and made_col is None and on_col is None:
                # "primary; diagnosed 11/02/2023 by Helen Park, PhD" in a "Notes" or "Status" cell of the row
                self._made_in_row(table, r, {code_col, desc_col}, loc)

    def _made_in_row(self, table: Table, r: int, skip: set[int | None], loc: SourceLocation) -> None:
        """Who made the diagnoses of row `r` and when, stated in another cell of the row ("diagnosed 11/02/2023 by
        Helen Park, PhD"): set on this row's diagnoses (a cell that merely says "diagnosed" sets nothing)."""
        for col, cell in enumerate(table.rows[r].cells):
            text = cell.text
            if col in skip or not re.search(r"diagnos|\bdx\b", text, re.I):
                continue
            made = diagnosis_made(text)
            if made is None:
                continue
            at = self._cell_loc(table, r, col, text[made.start : made.end].strip(" ;,"))
            for diagnosis in self.diagnoses:
                if diagnosis.source != loc:
                    continue
                if made.by and diagnosis.diagnosed_by is None:
                    diagnosis.diagnosed_by = made.by
                    diagnosis.field_sources["diagnosed_by"] = at
                if made.on and diagnosis.diagnosed_on is None:
                    diagnosis.diagnosed_on = made.on
                    diagnosis.field_sources["diagnosed_on"] = at
            return

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
            elif CODE_AS_WRITTEN.fullmatch(code_text.strip()):
                item.code = code_text.strip().upper()  # "L38O8" in the code column: a mistyped code, kept as written
            description = service_text
            if codes and not code_text.strip():
                description = service_text[: codes[0][2]] + service_text[codes[0][3] :]
            elif codes and not service_text.strip() and find_service_codes(code_text):
                # "Service (code)" over "Individual psychotherapy (90834)": the name is written with its code
                description = code_text[: codes[0][2]] + code_text[codes[0][3] :]
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
                if role == "frequency" and bare_number:
                    period = per_column_period(table, kind, r, role)
                    if period is not None:
                        value = f"{value.strip()} per {period}"  # "1 | week" under "Visits | Per": once a week
                if role == "amount" and bare_number:
                    # "60" under "Minutes", "2" under "Hrs": the header names the unit
                    length = _AMOUNT_UNIT.search(self._header_text(table, kind, role))
                    if length:
                        value = f"{value.strip()} {_AMOUNT_UNITS[length.group(1).lower()[:1]]}"
                if role == "hours" and bare_number and _PER_MONTH.search(self._header_text(table, kind, role)):
                    value = f"{value.strip()} hours per month"  # "8" under "Hrs/mo"
                per_diem = _PER_DIEM_AMOUNT.fullmatch(value.strip()) if role == "amount" else None
                if per_diem is not None and item.units is None:
                    # "1 day" under "Amount" of a per-diem service (H0018, H0010): the units a day, not how long
                    item.units = float(per_diem.group("count"))
                    continue
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
            if item.hours_per_week is None:
                item.hours_per_week = _weekday_hours(table, kind, r)
            units = cells.get("units", ("", 0))[0]
            number = re.search(r"\d+(?:\.\d+)?", units)
            if number:
                item.units = float(number.group(0))
            for role, attr in (("start", "start"), ("end", "end")):
                date = first_date(cells.get(role, ("", 0))[0])
                if date:
                    setattr(item, attr, date)
            length = session_length_in_name(item.description)
            if length and item.units is None and not (item.amount and Amount.model_validate(item.amount).stated):
                # "Psychotherapy, 60 min (53+) | 1 session | 1x/week": the name states how long each session is
                item.amount = f"{item.amount}, {length}" if item.amount else length
            self._service_from(item, loc)
            focus, focus_col = cells.get("intervention", ("", 0))
            if focus.strip() and focus.strip() != service_text.strip():
                # "SN | X | 4 | Incision check, teaching": what the ordered discipline will do
                focus_loc = self._cell_loc(table, r, focus_col, focus)
                self._new_intervention(None, " ".join(focus.split()), focus_loc, attach_to_goal=False, focus=False)  # type: ignore[attr-defined]

    def _headerless_services(self, table: Table, kind: TableKind) -> bool:
        """A grid with no header row whose every row holds a billing code alone in one cell and the service's name
        and quantity in the others ("97153 | Adaptive behavior treatment by protocol | 10 hrs/week"): each row is
        read as one line, the cells parted by dashes, as the same service written on a line would be. False (the
        cells read one by one) for any other table."""
        start = kind.title_row + 1 if kind.title_row is not None else 0
        rows = []
        for row, cell in table.distinct_cells(kind.title_row):
            text = " ".join(cell.text.split())
            if not rows or rows[-1][0] is not row:
                rows.append((row, []))
            if text:
                rows[-1][1].append((cell.col, text))
        if not rows or len(table.rows) - start != len(rows):
            return False
        for _, cells in rows:
            coded = [t for _, t in cells if _code_alone(t)]
            if len(cells) < 2 or len(coded) != 1:
                return False
            others = [t for _, t in cells if t not in coded]
            if not any(parse_hours_per_week(t) is not None or not fill_quantities([t], ServiceText()) for t in others):
                return False  # no quantity: a list of codes and names (read cell by cell, as before)
        for row, cells in rows:
            text = " — ".join(t for _, t in cells)
            self.line(Line(text, self.section, table=table.index, row=row.index, cell=cells[0][0]))  # type: ignore[attr-defined]
        return True

    def _services_of_table_before(self, loc: SourceLocation) -> list[ServiceRequest]:
        """The requested services read from the table (or the one line) the last service came from, when `loc` lies
        outside it (a quantity stated once under it); none otherwise."""
        service = self.service
        source = service.source if service is not None else None
        if source is not None and source.table is None and source.paragraph is not None:
            if loc.table is not None or loc.paragraph == source.paragraph:
                return []
            # "ADL training 97535, therapeutic exercise 97110." over "Frequency: 2x/week": the services one line
            # lists together, its quantity stated once on the line after
            return [
                s
                for s in self.services
                if s.source is not None
                and s.source.table is None
                and s.source.paragraph == source.paragraph
                and s.source.section == source.section
                and s.source.text == source.text
            ]
        if source is None or source.table is None:
            return []
        root = self.table_root.get(source.table, source.table)  # (the parts of a table split across pages)
        if loc.table is not None and self.table_root.get(loc.table, loc.table) == root:
            return []
        return [
            s
            for s in self.services
            if s.source is not None and s.source.table is not None and self.table_root.get(s.source.table, s.source.table) == root
        ]

    def _frequency_for_table(self, value: str, loc: SourceLocation) -> bool:
        """A frequency stated once, outside a table of requested services none of whose rows states one (a CMS-700
        "FREQ / DURATION: 3/Wk x 8 Wk" box under the procedures table): it is how often each of them is given.
        False when the services being read are not such a table."""
        group = self._services_of_table_before(loc)
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
        group = self._services_of_table_before(loc)
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
        """Rows of signers (see _signer_rows), then the NPIs of a column of them."""
        if attendance_roster(table, kind):
            return  # "Name | Role | Present": who came to the planning meeting, not who signed the plan
        self._signer_rows(table, kind)
        self._npi_column(table, kind)  # "Role | Name | Credential | NPI": each row's NPI is that signer's or provider's

    def _signer_rows(self, table: Table, kind: TableKind) -> None:
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
        earlier = earlier_period_rows(table, kind.header_row)
        for r in range(kind.header_row + 1, len(table.rows)):
            if r in earlier:
                continue  # "01/12/2026 - 04/10/2026 | Initial certification | signed 01/15/2026": the earlier plan's
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
            _status_cells(parsed, [t for t in row_texts if t and t != role_text])
            if parsed.signed and parsed.date is None:
                # the date in a column the header did not name as one ("Signed", a second "Date/Time")
                parsed.date = next((d for t in row_texts if t not in (name_text, cred) for d in [first_date(t)] if d), None)
            self._add_signature(parsed, loc)

    def _npi_column(self, table: Table, kind: TableKind) -> None:
        """A signer or provider table with a column headed "NPI" ("Role | Name | Credential | NPI" over "Rendering
        clinician | Jo Lee | PhD | 1234567893"): each row's number is the NPI of the person or group the row names,
        recorded on the signer of that name, else on that provider (a new one when none of that name is known yet,
        with the row's role, or the name column's caption when it names a signer's role), for the identifier rules."""
        header = table.rows[kind.header_row].cells
        npi_cols = [c.col for c in header if _NPI_HEADER.fullmatch(" ".join(c.text.split()))]
        if len(npi_cols) != 1:
            return
        kind = dataclasses.replace(kind, columns=signer_table_columns(table, kind.header_row, kind.columns))
        for r in range(kind.header_row + 1, len(table.rows)):
            row = table.rows[r]
            cell = next((c for c in row.cells if c.col == npi_cols[0]), None)
            number = _NPI_VALUE.search(" ".join(cell.text.split())) if cell is not None else None
            if cell is None or number is None:
                continue
            cells = self._row_cells(table, kind, r)
            named = " ".join(cells.get("name", ("", 0))[0].split())
            name, credential = split_name_credential(named) if named and not blank_value(named) else (None, None)
            if not name or not (plausible_name(name) or re.fullmatch(r"(?:[A-Z][\w&'’.-]*\s*){2,6}", name)):
                continue  # a person or a group practice by name (a signature cell, "/s/ J. Lee", names nobody for sure)
            cred = " ".join(cells.get("credential", ("", 0))[0].split())
            if credential is None and cred and not blank_value(cred):
                credential = split_name_credential(f"X, {cred}")[1]
            role = " ".join(cells.get("role", ("", 0))[0].split()) or None
            loc = self._cell_loc(table, r, cell.col, " | ".join(x for x in (role, named, number.group(0)) if x))
            signer = next((s for s in self.signatures if s.name == name), None)
            if signer is not None:
                if signer.npi is None:
                    signer.npi = number.group(0)
                    if table.index is not None:  # (a table typed with tabs: the signer's line is its source)
                        signer.field_sources["npi"] = loc
                continue
            if role is None:
                caption = next(
                    (" ".join(header[p].text.split()) for p, k in kind.columns.items() if k == "name" and p < len(header)),
                    "",
                )
                role = caption if normalize_signature_role(caption) != "other" else None
            provider = next((p for p in self.providers if p.name == name), None)
            if provider is None:
                provider = Provider(name=name, credential=credential, role=role, source=loc)
                self.providers.append(provider)
            if provider.npi is None:
                provider.npi = number.group(0)
                provider.field_sources["npi"] = loc

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
