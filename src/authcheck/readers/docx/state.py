"""The DOCX plan builder's shared state: sections, lines with their source locations, and what has been read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from authcheck.model import (
    Assessment,
    Diagnosis,
    Duration,
    Goal,
    Intervention,
    Objective,
    Patient,
    Period,
    Problem,
    Provider,
    Review,
    ServiceRequest,
    Signature,
    SourceLocation,
    TextBlock,
)
from authcheck.readers.docx.blocks import Para, Table

WEAK_HEADING_SCORE = 92.0
GOAL_SECTION_KEYS = ("goals", "objectives")


_LOC_FIELDS = tuple(SourceLocation.model_fields)


_set = object.__setattr__


def make_loc(**fields: object) -> SourceLocation:
    """A SourceLocation without validation: the reader passes well-typed values and makes thousands of these.

    Equivalent to `SourceLocation.model_construct(**fields)` (all fields default to None), several times faster.
    """
    values = dict.fromkeys(_LOC_FIELDS)
    values.update(fields)
    location = SourceLocation.__new__(SourceLocation)
    _set(location, "__dict__", values)
    _set(location, "__pydantic_fields_set__", set(fields))
    _set(location, "__pydantic_extra__", None)
    _set(location, "__pydantic_private__", None)
    return location


@dataclass
class Section:
    """The heading the reader is under: as written, its canonical key, and how it was recognised."""

    title: str | None
    key: str | None
    level: int = 0
    synonym: str | None = None


@dataclass
class Line:
    """A piece of text with where it came from: a body paragraph or a table cell (or a form row)."""

    text: str
    section: Section
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    cell: int | None = None
    para: Para | None = None
    cell_offsets: list[tuple[int, int]] = field(
        default_factory=list
    )  # (start offset, cell index) for form rows

    @property
    def list_level(self) -> int | None:
        return self.para.list_level if self.para is not None else None

    @property
    def indent(self) -> int:
        """Left indent in twips: the paragraph's own, plus spaces and tabs typed before the text ("   A.1 ...")."""
        typed = self.text[: len(self.text) - len(self.text.lstrip(" \t\u00a0"))]
        return (self.para.indent if self.para is not None else 0) + 120 * len(typed) + 600 * typed.count("\t")

    def holds(self, source: SourceLocation | None) -> bool:
        """True when `source` was read from this line: the same paragraph, table, row and cell."""
        return source is not None and (source.paragraph, source.table, source.row, source.cell) == (
            self.paragraph, self.table, self.row, self.cell
        )

    def loc(self, text: str | None = None, offset: int | None = None) -> SourceLocation:
        """A SourceLocation for this line (or for the cell of a form row that holds `offset`)."""
        cell = self.cell
        if offset is not None and self.cell_offsets:
            for start, index in self.cell_offsets:
                if start <= offset:
                    cell = index
        return make_loc(
            section=self.section.title,
            paragraph=self.paragraph if self.table is None else None,
            table=self.table,
            row=self.row,
            cell=cell,
            text=(text if text is not None else self.text).strip() or None,
        )


class BuilderState:
    """What the builder knows while it walks the document: the current section and element, and what it has
    read so far. The reading methods live in mixins (docx.fields, docx.goals, docx.interventions,
    docx.signatures, docx.signature_lines, docx.signature_tables, docx.table_reader, docx.goal_tables,
    docx.record_tables, docx.cells, docx.narrative) that call each other through `self`; PlanBuilder
    (docx.build) puts them together.
    """

    def __init__(self) -> None:
        self.section = Section(None, None)
        self.title: str | None = None
        self.title_loc: SourceLocation | None = None
        # the document's first line of body text, when short and without digits, even when read as something else
        # than a title ("Progress Report - Physical Therapy" cut at its dash): the kind of document it names
        self.opening: str | None = None
        self.first_text_seen = False
        self.patient = Patient()
        self.plan_fields: dict[str, object] = {}
        self.plan_sources: dict[str, SourceLocation] = {}
        self.providers: list[Provider] = []
        self.organization: str | None = None
        self.discipline_stated: str | None = None
        self.period: Period | None = None
        self.expected_duration: Duration | None = None
        self.presenting: list[tuple[str, SourceLocation]] = []
        self.diagnoses: list[Diagnosis] = []
        self.problems: list[Problem] = []
        self.interventions: list[Intervention] = []
        self.services: list[ServiceRequest] = []
        self.assessments: list[Assessment] = []
        self.reviews: list[Review] = []
        self.signatures: list[Signature] = []
        self.free: list[TextBlock] = []
        # reading context
        self.problem: Problem | None = None
        self.goal: Goal | None = None
        self.objective: Objective | None = None
        self.intervention: Intervention | None = None
        self.focus: str | None = None  # goal | objective | intervention | service
        self.pending_statement: str | None = None  # "goal"/"objective" waiting for its statement
        self.service: ServiceRequest | None = None
        self.signature_role: str | None = None
        self.goal_indent: int | None = None
        self.goal_list_level: int | None = None
        self.implicit_problem: Problem | None = None
        self.goal_numbers: dict[str, Goal] = {}
        self._combined_goal: Goal | None = None  # the goal of a "Problem/Goal 1: ..." label (goals.py)
        self._named_signer: Signature | None = None
        self._awaiting_signer: Signature | None = None
        self._tab_signer_header: tuple[Line, str] | None = None  # "Physician<TAB>NPI<TAB>Signature<TAB>Date" (signature_lines)
        self._content_entered = False  # a section with elements has been entered
        self._last_element: object | None = None  # the goal or objective made last
        self._section_number: int | None = None  # the typed number of the current heading ("22. Goals")
        self._numbered_items = False  # the current section numbers its own items
        self.section_loc: SourceLocation | None = None  # where the current heading was written
        self._peer_goals: set[int] = set()  # goals made from a short-term list with no long-term goal above
        self._anchor_goal: Goal | None = None  # the goal a "For problem 1:" line pointed at
        self.date_line: tuple[dt.date, SourceLocation] | None = None  # a letter's date line (see docx.narrative)  # a blank signature line, waiting for the name typed below
        self.goal_marker = False
        self.goal_depth: int | None = None
        self._line_before: tuple[Line, str] | None = None  # the line read just before this one (docx.signature_lines)
        self._line_now: tuple[Line, str] | None = None
        self._recent_lines: list[tuple[Line, str]] = []  # the last few lines read, newest last (docx.signature_lines)
        self.blank_paragraphs: set[int] = set()  # indices of body paragraphs without text
        # a table continued across a page (its caption row repeated, nothing but blank paragraphs between): the
        # index of each later part -> the index of its first part
        self.table_root: dict[int, int] = {}
        self._table_before: Table | None = None  # the last table, while only blank paragraphs follow it
        # the heading level of the section naming an earlier record (docx.sections.earlier_record) the reader is
        # in, None outside one: nothing under it is a fact of the plan
        self.earlier_level: int | None = None
        self.earlier_lines = 0  # lines read under the earlier record's heading so far
        # ids of signatures whose role no label or heading named (inferred from a credential or a name)
        self.roles_guessed: set[int] = set()
        # the last line of another document's sign-off ("Consent signed by: ..."): its date and witness on the lines
        # right under it are that document's too (docx.signature_lines)
        self._other_sign_off: Line | None = None

    def same_table(self, a: int | None, b: int | None) -> bool:
        """True when two table indexes are one table, counting the parts of a table split across pages as one."""
        if a is None or b is None:
            return a == b
        return self.table_root.get(a, a) == self.table_root.get(b, b)

    def _free(self, line: Line, text: str) -> None:
        self.free.append(TextBlock(heading=line.section.title, text=text, source=line.loc(text)))

    def _set_plan(self, name: str, value: object, loc: SourceLocation) -> None:
        if value is None or name in self.plan_fields:
            return
        self.plan_fields[name] = value
        self.plan_sources[name] = loc
