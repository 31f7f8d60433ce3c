"""Labelled lines: which plan field a "Label: value" pair fills, in the layouts forms put around the colon.

`LabelledFieldsMixin._fields` applies every known label of a line (several on one line; paired labels such as
"Health plan / Member ID: Blue Prairie / BCX8844"; a form cell's fact after a value that takes the rest of its
line) by calling the `_field_<key>` setter of the field the label names, which lives in the module of that
field's job (parties, dates, diagnoses, services). It also keeps a form's label written alone on its line
("DATE OF BIRTH") for the value on the next line, and applies the facts a labelled line states without a colon
(see docx.inline).
"""

from __future__ import annotations

import re

from authcheck.model import SourceLocation, TextBlock
from authcheck.parsing import parse_amount, parse_duration
from authcheck.parsing.dates import ANY_DATE_TEXT
from authcheck.readers.docx.fields.parties import grouped_member_id, id_after_payer
from authcheck.readers.docx.inline import inline_facts
from authcheck.readers.docx.label_split import Segment, split_labels
from authcheck.readers.docx.labels import (
    FIELDS,
    date_label_key,
    expand_abbreviations,
    field_key,
    label_parts,
    normalize_label,
    qualified_quantity,
    strip_list_marker,
    subfield_key,
)
from authcheck.readers.phrases import (
    blank_value,
    checked_options,
    find_icd_codes,
    first_date,
    has_digit,
    member_id_token,
)
from authcheck.readers.docx.sections import match_section
from authcheck.readers.docx.state import GOAL_SECTION_KEYS, BuilderState, Line, Section

__all__ = ["LabelledFieldsMixin"]


_SPACED_SLASH = re.compile(r"\s+[/·•|]\s+")  # "Member ID / Payer: 4401938276 · Keystone First"

_FILL_LINE = re.compile(r"_{2,}")


def _unfilled(value: str) -> str:
    """A form value without the fill line it was typed on: "____Frank Dombrowski____" -> "Frank Dombrowski";
    a fill line alone stays as written (a blank)."""
    if "__" not in value or not value.strip("_ \t"):
        return value
    return " ".join(_FILL_LINE.sub(" ", value).split())


# fields whose label may stand alone on a line above its value (see LabelledFieldsMixin._stacked_label)
_STACKED_KEYS = {
    "patient.name", "patient.birth_date", "patient.member_id", "payer", "program", "level_of_care",
    "admission_date", "first_treatment_date", "plan_date", "document_date", "period", "period.start", "period.end",
}
# the labels of those fields as listed (exactly, not a title that merely ends in one: "... - PLAN OF CARE")
_STACKED_LABELS = {label for key in _STACKED_KEYS for label in FIELDS.get(key, ())}
_LEADING_DATE = re.compile(rf"\s*(?:(?:on|dated|from|eff(?:ective)?\.?)\s+)?\(?{ANY_DATE_TEXT}", re.I)
_PERSON = re.compile(r"[A-Z][\w'’.\-]*(?:,?\s+[A-Z][\w'’.\-]*){1,4}")


def _box_loc(section: Section, paragraph: int | None, text: str) -> SourceLocation:
    return Line(text, section, paragraph=paragraph).loc(text)


_STRONG_BEFORE = re.compile(r"(?:\s{2,}|\t|\|\s*)(?:\d{1,2}[A-Za-z]?[.)]\s+)?$")  # (after a form box's number)
_SENTENCE_BEFORE = re.compile(r"[\w)\]][.;]\s+$")


def _own_cell_fact(core: str, seg: Segment) -> bool:
    """A labelled fact after a value that takes the rest of its line ("Diagnosis: F84.0 ...") that stands on its
    own: set off by a wide gap, a tab or a bar (the next cell of a form row, "Diagnosis | ... | Assessment | ...")
    and naming another plan field, not a detail of the diagnosis."""
    if seg.label is None:
        return False
    key = field_key(seg.label)
    if key == "assessment" and _SENTENCE_BEFORE.search(core[: seg.start]):
        return True  # "Dx: F84.0 Autistic disorder (...). Assessments: AFLS 12/12/2025; Vineland-3 ...": no detail of it
    if key == "expected_duration" and _SENTENCE_BEFORE.search(core[: seg.start]):
        return True  # "Treatment: CBT 45 min twice a week; ... telehealth. Expected duration: 6 months.": the plan's length
    if _second_coded_diagnosis(core, seg, key):
        return True  # "Medical dx: S72.141D ... healing. Treatment dx: R26.81 ...": a coded diagnosis in a sentence of its own
    if not _STRONG_BEFORE.search(core[: seg.start]):
        return False
    if key is not None and key.startswith("diagnosis") and key != "diagnosis_made" and find_icd_codes(seg.value):
        return True  # "Medical dx: M51.16 ...  Treatment dx: M54.50 ...": a second coded diagnosis in the next box
    return key is not None and (key.startswith(_CELL_FACT_PREFIXES) or key in _CELL_FACTS)


def _second_coded_diagnosis(core: str, seg: Segment, key: str | None) -> bool:
    """A diagnosis label opening a sentence after a coded diagnosis, with a code and a name of its own: "Medical
    diagnosis: S72.141D ... healing. Treatment diagnoses: R26.81 Unsteadiness on feet; ...". (A code alone after an
    uncoded name, "Diagnosis: Major depression. ICD-10 code: F32.1", is that diagnosis's code.)"""
    if key is None or not key.startswith("diagnosis") or key == "diagnosis_made" or seg.label is None:
        return False
    before = core[: seg.start]
    codes = find_icd_codes(seg.value)
    if not codes or not _SENTENCE_BEFORE.search(before):
        return False
    if not find_icd_codes(before):
        # "Diagnosis: Generalized anxiety disorder. ICD-10 code: F41.1": the code of the diagnosis named before it
        if not re.search(r"\b(?:code|icd|dsm)", seg.label, re.I):
            return False  # ("Secondary dx: F41.1" after an uncoded name is another diagnosis, read with the line)
        return len(codes) == 1 and not seg.value.replace(seg.value[codes[0].start : codes[0].end], "").strip(" .;,")
    return bool(re.search(r"[A-Za-z]{3,}", seg.value[codes[0].end :]))


# the quantities of a service: on one line with the service they are that service's
_QUANTITY_KEYS = frozenset({"frequency", "expected_duration", "amount", "hours_per_week"})


def _service_first(segments: list[Segment]) -> list[Segment]:
    """A line that is one record of an order, printed with the service named last ("Discipline: SN  Frequency: PRN
    Duration: cert period  Orders: Catheter problems", an EHR's order record): the service's segment moved before
    the quantities, which then qualify it, as they do when it is named first. A line with no service, or with more
    than one, or with the service first, is read as written."""
    keys = [field_key(seg.label) if seg.label else None for seg in segments]
    if keys.count("service") != 1:
        return segments
    at = keys.index("service")
    first_quantity = next((k for k, key in enumerate(keys[:at]) if key in _QUANTITY_KEYS), None)
    if first_quantity is None or first_quantity == 0:
        return segments
    return [*segments[:first_quantity], segments[at], *segments[first_quantity:at], *segments[at + 1 :]]


def _made_label(seg: Segment) -> bool:
    """ "Diagnosis: F84.0 Autistic disorder. Diagnosed by: Dr. Ruiz, PhD, on 11/03/2025": who made the diagnosis
    just read, and when, labelled after it on the same line."""
    return seg.label is not None and field_key(seg.label) in ("diagnosed_by", "diagnosed_on")


# plan-level facts a form cell states on its own (not services, frequencies or treatments, which a neighbouring
# value may qualify)
_CELL_FACT_PREFIXES = ("patient.", "period", "review")
_CELL_FACTS = {
    "plan_date", "admission_date", "first_treatment_date", "document_date", "recertification", "progress_report",
    "payer", "program", "level_of_care", "expected_duration", "assessment",
}


# the words of a notice's title (a client's rights, a policy): such a heading is no form label
_NOTICE_WORDS = re.compile(r"\b(?:rights|responsibilities|polic(?:y|ies)|grievances?|privacy)\b", re.I)


def _line_marker(line: Line, text: str) -> tuple[str | None, int | None]:
    """The typed list marker that opens `line`, when `text` is what follows it; (None, None) otherwise."""
    rest, marker, depth = strip_list_marker(line.text.strip())
    if marker is None or not rest.strip().startswith(text.strip()[:40]):
        return None, None
    return marker, depth

# a value in a row of values laid out with tabs or wide gaps ("Ruth Espinal<TAB><TAB>02/27/1948")
_ROW_PIECE = re.compile(r"[^\t ]+(?: [^\t ]+)*")
# what sets the labels of a row apart: tabs or a wide gap
_ROW_GAP = re.compile(r"(?:\t|\s{2,})$")
# client and plan facts a form's row of labels holds (a row of sign-off captions is read by the signature readers)
_ROW_KEYS = frozenset({
    "patient.name", "patient.birth_date", "patient.member_id", "admission_date", "plan_date", "first_treatment_date",
    "provider", "payer", "program", "level_of_care", "document_date", "period",
})


def label_row(core: str, segments: list[Segment]) -> list[str] | None:
    """The labels of a row of form labels with no values, set apart by tabs or wide gaps ("Member:<TAB><TAB>Date of
    Birth:", "Plan Date:      Clinician:"), whose values are the next line's, in the same order; None for any
    other line. Every label must name a client or plan fact."""
    if len(segments) < 2 or any(seg.label is None or seg.value.strip() for seg in segments):
        return None
    if any(not _ROW_GAP.search(core[a.start : b.start]) for a, b in zip(segments, segments[1:])):
        return None
    if any(field_key(seg.label or "") not in _ROW_KEYS for seg in segments):
        return None
    return [seg.label or "" for seg in segments]


def _length_by_value(value: str) -> str | None:
    """What a bare "Length:" label measures, by its value: a session's minutes or hours ("45 min") are its amount, weeks,
    months or a count of sessions ("6 months", "through 06/30/2026", "16 sessions") the treatment's expected duration;
    else nothing."""
    amount, duration = parse_amount(value), parse_duration(value)
    if amount is not None and duration is None:
        return "amount"
    if duration is not None and amount is None:
        return "expected_duration"
    return None


class LabelledFieldsMixin(BuilderState):
    """Labelled lines: the label's field, several labels per line, stacked labels and text-box captions."""

    # a form label alone on its line ("DATE OF BIRTH"), waiting for its value on the next line
    _pending_label: tuple[str, SourceLocation] | None = None
    # a row of form labels with no values ("Member:<TAB>Date of Birth:"), waiting for the row of values under it
    _pending_row: list[str] | None = None

    def _fields(self, line: Line, segments: list[Segment], core: str) -> bool:
        """Apply every known label in the line; False when the first label is unknown (the line is then prose)."""
        self._pending_row = label_row(core, segments)
        if self._pending_row is not None:
            return True
        self._plan_duration_label(line, segments)
        segments = _service_first(segments)
        handled_any = False
        consumed = False
        leftovers: list[str] = []
        for index, seg in enumerate(segments):
            if consumed and not _own_cell_fact(core, seg) and not _made_label(seg):
                continue  # the labels inside a value that took the rest of the line are that value's
            consumed = False
            if seg.label is None:
                if seg.value:
                    leftovers.append(seg.value)
                continue
            if index == 1 and segments[0].label is None and leftovers and self._known_label(seg.label):
                # "Individual psychotherapy, CPT 90834 (45 minutes), weekly. Expected duration: 6 months":
                # the text before the first label is read by its section, with the line's own list marker ("1.2  Lower
                # the PHQ-9 ... Target date: 06/29/2026" under "Goal 1": an objective of the goal, by its number)
                marker, depth = _line_marker(line, leftovers[0])
                if self._by_section(line, leftovers[0], marker, depth):  # type: ignore[attr-defined]
                    leftovers.pop(0)
            applied = self._apply_label(line, seg, segments, index)
            if applied is None:
                if index == 0 or (index == 1 and segments[0].label is None):
                    if not handled_any:
                        later = any(s.label and self._known_label(s.label) for s in segments[index + 1 :])
                        # "Individual psychotherapy (90837):  53-60 minutes  Frequency:  Weekly": the first pair
                        # is read by its section, the labelled facts after it apply to what it made
                        if not (later and self._by_section(line, f"{seg.label}: {seg.value}")):  # type: ignore[attr-defined]
                            if not any(_own_cell_fact(core, s) for s in segments[index + 1 :]):
                                return False
                            # "Plan Type: Initial      Plan Date: 01/22/2026": an unknown pair, then a plan field
                            # set off by a wide gap (a form typed in columns): the field is read all the same
                            leftovers.append(f"{seg.label}: {seg.value}")
                            continue
                        handled_any = True
                        continue
                leftovers.append(f"{seg.label}: {seg.value}")
            elif applied == "consumed-rest":
                handled_any = True
                consumed = True
            else:
                handled_any = True
        if leftovers and handled_any:
            text = "; ".join(x for x in leftovers if x.strip())
            if text:
                self._free(line, text)
        if handled_any:
            self._inline(line, core)  # "Client: Ana Ruiz (DOB 04/27/2018) | Plan 02/05/2026"
        return handled_any

    @staticmethod
    def _known_label(label: str) -> bool:
        return field_key(label) is not None or subfield_key(label) is not None

    def _paired(self, line: Line, seg: Segment, segments: list[Segment], index: int) -> str | None:
        """ "Health plan / Member ID: Blue Prairie / BCX8844": each alternative of the label with its own value."""
        parts = label_parts(seg.label or "")
        values = _SPACED_SLASH.split(seg.value.strip())
        keys = {k for _, k in parts if k}
        if len(values) == 1 and len(parts) >= 2 and keys == {"program", "level_of_care"}:
            # "Program / level of care: Day or night treatment": one setting that is both the program and its level
            values = values * len(parts)
        if len(values) == 1 and len(parts) >= 2 and "patient.member_id" in keys:
            return self._payer_then_id(line, seg, segments, index, parts)
        if len(parts) < 2 or len(values) != len(parts) or len(keys) < 2:
            return None
        applied = None
        for (part, _), value in zip(parts, values, strict=True):
            piece = Segment(part, value.strip(), seg.start, seg.value_start + seg.value.find(value))
            written = f"{seg.label}: {seg.value}"  # the location quotes the pair as written
            applied = self._apply_label(line, piece, segments, index, written=written) or applied
        return applied

    def _payer_then_id(
        self, line: Line, seg: Segment, segments: list[Segment], index: int, parts: list[tuple[str, str | None]]
    ) -> str | None:
        """ "Payer / Member ID: Desert Sky Health  DSH-0038817-02", "Plan ID / Member: AETX W882041776": a label naming
        the payer and the client's ID over one value, the payer's name then the ID. None when the value does not end
        with an ID after a name (the label is then read whole)."""
        ident = id_after_payer(seg.value)
        if ident is None:
            return None
        head = seg.value[: seg.value.rfind(ident)].strip(" ,;-–—#:(")
        written = f"{seg.label}: {seg.value}"
        applied = None
        for part, key in parts:
            value = ident if key == "patient.member_id" else head if key == "payer" and head else None
            if value is None:
                continue  # ("Member" beside "Plan ID" names no one here)
            piece = Segment(part, value, seg.start, seg.value_start + seg.value.find(value))
            applied = self._apply_label(line, piece, segments, index, written=written) or applied
        return applied

    def _apply_label(
        self, line: Line, seg: Segment, segments: list[Segment], index: int, *, written: str | None = None
    ) -> str | None:
        label, value = seg.label or "", _unfilled(checked_options(seg.value))
        loc = line.loc(written or f"{label}: {seg.value}", seg.value_start)
        if re.search(r"\s[/·•|]\s", seg.value) or "/" in label or re.search(r"\s(?:and|&)\s", label, re.I):
            paired = self._paired(line, seg, segments, index)
            if paired is not None:
                return paired
        sub = subfield_key(label)
        key = field_key(label)
        if key is None and not sub and first_date(value) is not None:
            key = date_label_key(label)  # "Plan of care established: 2024-09-03"
        if key is None and normalize_label(label) == "length" and self.focus not in ("goal", "objective", "intervention"):
            key = _length_by_value(value)  # "Length: ☒ 45 min" beside the services, "Length: 6 months" of the plan
        # facts about the element being read win over plan fields with the same label ("Frequency:"), unless the
        # label names a kind of service ("Frequency (group):" is the group's, see ServiceFieldsMixin._service_of_label)
        if (
            sub
            and self.focus
            and qualified_quantity(label) is None
            and (
                key is None
                or key
                in ("frequency", "amount", "expected_duration", "service", "date", "review", "hours_per_week")
                or sub in ("target_date", "baseline", "mastery_criteria")
            )
        ):
            if self._apply_subfield(sub, value, loc):
                return "ok"
        if (
            sub
            and sub in ("baseline", "target_date", "mastery_criteria", "measure")
            and key is None
            and (self.goal is not None or self.objective is not None)
        ):
            if self._apply_subfield(sub, value, loc):
                return "ok"
        if key is None:
            if sub == "status":
                return "ok"
            return None
        if blank_value(value) and key not in ("provider", "date"):
            return "ok"
        setter = getattr(self, "_field_" + key.replace(".", "_"), None)
        if setter is None:
            return None
        result = setter(label, value, loc, line)
        if result == "skip":
            return None
        return result or "ok"

    def _inline(self, line: Line, text: str, *, dates: bool = True, bracketed_dates: bool = False) -> bool:
        """Apply the facts written without a colon in `text` (see docx.inline) to fields still empty; with
        `bracketed_dates`, also the dates whose label opens a bracket ("(first treatment 01/12/2026)") when `dates`
        is off."""
        applied = False
        prose_dates = True  # a date a sentence names ("I evaluated her today, <date>"), outside goals and sign-offs
        if self.section.key in GOAL_SECTION_KEYS + ("interventions", "signatures"):
            dates = prose_dates = False
        diagnosis_spans = [
            (seg.value_start, seg.value_start + len(seg.value))
            for seg in split_labels(text)
            if seg.label and (field_key(seg.label) or "").startswith("diagnosis")
        ]
        for fact in inline_facts(text):
            if fact.key in ("review", "recertification") and any(a <= fact.start < b for a, b in diagnosis_spans):
                continue  # "Dx: F84.0 Autistic disorder (adult re-evaluation 11/14/2023)": the diagnosis's evaluation
            if fact.key.startswith("patient."):
                if getattr(self.patient, fact.key.split(".", 1)[1]) is not None:
                    continue
            elif fact.key == "provider.npi":
                if any(p.npi == fact.value for p in self.providers):
                    continue
            elif fact.key == "diagnosis":
                if self.diagnoses or self.section.key == "diagnosis":
                    continue  # read already (a diagnosis section reads its own lines)
            elif not (
                dates or (fact.prose and prose_dates) or (bracketed_dates and text[: fact.start].rstrip().endswith("("))
            ) or fact.key in self.plan_fields:
                continue
            elif fact.key == "date" and (
                self._content_entered or self.problems or self.services or self.interventions or self.signatures
                or "plan_date" in self.plan_fields
            ):
                continue  # "date 3/9/26" run in at the top is the plan's date; further down it may be anything's
            setter = getattr(self, "_field_" + fact.key.replace(".", "_"))
            loc = line.loc(text[fact.start : fact.end], fact.value_start)
            setter(fact.label, fact.value, loc, line)
            applied = True
        return applied

    def _stacked_label(self, section: Section, text: str, loc: SourceLocation) -> bool:
        """A form's label alone on its line, its value on the next ("DATE OF BIRTH" then "08/27/1988"): a caps
        or bold line that names a client or plan-date field but no section. True when kept for the next line."""
        self._pending_label = None
        label = text.strip().rstrip(":").strip()
        # "Level of Care:" is near enough to "Plan of care" to look like a title, but it is the field's own label
        titled = (
            section.key == "title"
            and (normalize_label(label) in _STACKED_LABELS or expand_abbreviations(label) in _STACKED_LABELS)
            and match_section(label).score < 95
        )
        if section.key not in (None, "other", "client", "dates") and not titled:
            return False
        if section.key == "other" and _NOTICE_WORDS.search(label):
            return False  # "Your Rights as an Individual Receiving Services": a notice's title, no field's label
        keys = {field_key(label)} | {key for _, key in label_parts(label)}
        if not keys & _STACKED_KEYS and not has_digit(label) and len(label.split()) <= 5:
            # "MAINTENANCE START", "DATE ADMITTED TO PROGRAM" over a date (a word in brackets names no date:
            # "ASAM Dimensions (admission)" is a table's title)
            # (admission and first-treatment wordings only: a title such as "OUTPATIENT REHABILITATION PLAN" has a
            # plan word, and stays a title)
            bare = re.sub(r"\([^()]*\)", " ", label).strip()
            dated = date_label_key(bare) if bare else None
            if dated in ("admission_date", "first_treatment_date"):
                keys.add(dated)
        if not keys & _STACKED_KEYS:
            return False
        self._pending_label = (label, loc)
        # "CLIENT NAME", "PLAN DATE" also name sections: they are entered, and the label waits all the same
        return section.key in (None, "other") or titled

    def _text_box_line(self, text: str, paragraph: int | None) -> None:
        """A line of a text box anchored in a paragraph: a field label alone ("Certification period") waits for
        the value on the box's next line, like a stacked label in the body; any other line is read as usual."""
        if self._box_label(text, paragraph):
            return
        self.line(Line(text, self.section, paragraph=paragraph))  # type: ignore[attr-defined]

    def _box_label(self, text: str, paragraph: int | None) -> bool:
        """A text box's line that is a field's label alone ("Certification period", a form box's numbered caption
        "1. Patient's HI Claim No."): True when it waits for its value on the next line. (Under a label that
        still waits, the line is its value: "Patient's Name" over "Ana Ruiz".)"""
        if self._pending_label is not None:
            return False
        core = strip_list_marker(text.strip())[0].strip()
        if core and len(core.split()) <= 5 and ":" not in core.rstrip(":") and not has_digit(core):
            self._stacked_label(self.section, core, _box_loc(self.section, paragraph, core))
            return self._pending_label is not None
        return False

    def _stacked_value(self, line: Line, core: str, segments: list[Segment]) -> bool:
        """The value under a stacked label, when it has the shape of that field's value."""
        pending, self._pending_label = self._pending_label, None
        if pending is None or segments[0].label is not None:
            return False
        label = pending[0]
        keys = {field_key(label)} | {key for _, key in label_parts(label)}
        value = _unfilled(core)
        boxed = checked_options(value) != value
        if boxed:  # "☐ Residential Level 1   ☒ Residential Level 2": the options under the label, one checked
            value = checked_options(value)
            if not value:
                self._pending_label = pending  # no box checked here: the options may go on below
                return True
            core = value
        if len(value.split()) > 12:
            return False
        if blank_value(value):
            return True  # "DATE OF BIRTH" over an empty line: the field stays empty
        if keys & {"patient.birth_date", "admission_date", "first_treatment_date", "plan_date", "document_date",
                   "period", "period.start", "period.end"}:
            # the value opens with its date ("plan of care" over "Ana Ruiz  DOB 6/14/1937" is a title over the
            # client's line, not the plan's date)
            fits = _LEADING_DATE.match(value) is not None
        elif keys & {"patient.member_id"}:
            head = re.split(r"\s+[/·•|]\s+", value)[0]
            fits = member_id_token(head) is not None or grouped_member_id(head) is not None  # "KPA 0931 5561 7"
        elif keys & {"patient.name"}:
            fits = _PERSON.fullmatch(value) is not None  # "Ignatius Obuya", not "Lives with her mother"
        else:  # a name, payer, program, level of care: a short phrase, not a sentence
            fits = not value.endswith(".") and len(value.split()) <= 8
        if not fits:
            return False
        return self._apply_label(line, Segment(label, core, 0, 0), [Segment(label, core, 0, 0)], 0) is not None

    def _row_values(self, line: Line, core: str, segments: list[Segment]) -> bool:
        """The row of values under a row of labels (`_label_row`): each value, in order, read under its label. False
        (the line read as usual) when the line has labels of its own or another number of values."""
        labels, self._pending_row = self._pending_row, None
        if labels is None or segments[0].label is not None:
            return False
        pieces = [(m.start(), m.group()) for m in _ROW_PIECE.finditer(core)]
        if len(pieces) != len(labels) or any(len(value.split()) > 8 or value.endswith(".") for _, value in pieces):
            return False
        for label, (start, value) in zip(labels, pieces, strict=True):
            seg = Segment(label, value, start, start)
            self._apply_label(line, seg, [seg], 0, written=f"{label}: {value}")
        return True

    def _field_signature(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        return None

    def _field_other(self, label: str, value: str, loc: SourceLocation, line: Line) -> None:
        self.free.append(TextBlock(heading=line.section.title, text=f"{label}: {value}", source=loc))
        return None
