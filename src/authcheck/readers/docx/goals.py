"""Problems, goals and objectives: labelled lines ("Goal 1:", "STG 1.1:") and their facts ("Target date:",
"Baseline:"); unlabelled lines under goal headings are read by docx.goal_lists; treatments written under a goal are
handed to docx.interventions.

A mixin of the DOCX plan builder (see docx.build): it reads and writes the builder's state.
"""

from __future__ import annotations

import datetime as dt
import re

from authcheck.model import (
    Goal,
    Intervention,
    Objective,
    Problem,
    SourceLocation,
)
from authcheck.parsing import find_dates
from authcheck.readers.docx.fact_pieces import fact_tail, goal_after_fact, goal_title
from authcheck.readers.docx.goal_phrases import (
    BARE_DATE_CELL,
    BARE_OBJ,
    CAPTION,
    BRACKETED_CLOSING_DATE,
    CLOSING_DATE,
    DEFERRED_ELEMENT,
    DOMAIN_STOP,
    FORM_PROMPT,
    GOAL_KIND,
    GOAL_WORDS,
    INLINE_FACTS,
    METHOD_LABEL,
    OUTCOME_LABEL,
    PROBLEM_AND_GOAL,
    SAME_DATE,
    STATEMENT_LABEL,
    TREATMENT_WORDS,
    area_number,
    closed_status,
    pending_baseline,
    split_items,
    statement_mastery,
    time_bound,
    without_fill,
    without_status_note,
)
from authcheck.readers.docx.label_split import Segment, split_labels
from authcheck.readers.docx.labels import (
    ElementLabel,
    element_label,
    field_key,
    subfield_key,
)
from authcheck.readers.phrases import (
    blank_value,
    checked_options,
    find_icd_codes,
    first_date,
    has_digit,
)
from authcheck.readers.docx.sections import match_section
from authcheck.readers.docx.state import GOAL_SECTION_KEYS, BuilderState, Line, Section
from authcheck.readers.docx.tab_headers import ROW_NUMBER, row_prefix, tab_header_roles, target_goal_column
from authcheck.readers.docx.tables import column_role


# a problem's label that names the diagnosis too ("Problem / Diagnosis", "Identified problem/Dx"): its words are the
# diagnosis as written, code and all
_NAMES_DIAGNOSIS = re.compile(r"\b(?:diagnos[ie]s|diagnostic|dx)\b", re.I)

# the facts of a goal that may be written under its area heading before its statement
_HELD_FACTS = frozenset({"baseline", "measure", "mastery_criteria", "target", "target_date", "time_frame"})

# a cell that states a level, not a target's words: "80%", "4/5", "at least 3", "Min assist", "Independent"
_LEVEL_CELL = re.compile(
    r"\s*(?:[<>≤≥~]|\d|at\s+least\b|no\s+more\b|up\s+to\b|fewer\b|less\s+than\b|more\s+than\b)|"
    r"\s*(?:\S+\s+){0,2}?(?:independent(?:ly)?|assist(?:ance)?|supervision|cues?|prompts?|WNL|WFL)\s*$",
    re.I,
)


# a typed outline letter or numeral alone before a labelled item ("A. Type: CBT", "IV. Amount: 45 minutes"):
# no statement of its own
_BARE_OUTLINE_MARK = re.compile(r"\(?(?:[A-Za-z]|[IVX]{1,4}|\d{1,2})[.)]")
# the facts a goal's own line of facts opens with ("Baseline: ... | Mastery: ... | Target: ...")
_STATEMENT_FACTS = ("baseline", "mastery_criteria", "target", "target_date", "measure")
# a target date written without its year, alone in its field ("Target date: 4/15", the year stated on the plan)
_YEARLESS_DATE = re.compile(r"\s*(?:by\s+)?(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])\s*")


def yearless_target(value: str, plan_date: object) -> dt.date | None:
    """The date a target-date field written as month/day only ("4/15") means: that day in the year of the plan's own
    date (the year is stated there, once), or in the next year when that is over half a year before the plan date (a
    plan of 11/20/25 due 2/15); None when the field holds more than that or the plan has no date. A day shortly before
    the plan date stays in its year, so that a target set in the past is still seen."""
    match = _YEARLESS_DATE.fullmatch(value)
    if match is None or not isinstance(plan_date, dt.date):
        return None
    month, day = int(match.group("m")), int(match.group("d"))
    try:
        date = dt.date(plan_date.year, month, day)
        if (plan_date - date).days > 183:
            date = dt.date(plan_date.year + 1, month, day)
    except ValueError:
        return None  # "2/30"
    return date


class GoalsMixin(BuilderState):
    """Problems, goals and objectives: element labels and their facts."""

    _held_area: tuple[str, SourceLocation] | None = None  # a numbered area read before the goal it heads
    # facts written under a held area before its goal's statement ("Target Behavior 2: Self-injury" / "Baseline: 3.1
    # per day" / "Short-term objective: ..."): the facts of the goal that follows, not of the goal above
    _held_facts: tuple[tuple[str, str, SourceLocation], ...] = ()

    def _text_with_facts(
        self, line: Line, segments: list[Segment], marker: str | None, depth: int | None
    ) -> bool:
        """A goal or objective written without a label but followed by its facts on the same line."""
        facts = [(subfield_key(seg.label), seg) for seg in segments[1:] if seg.label]
        if not facts or any(sub is None for sub, _ in facts) or len(facts) != len(segments) - 1:
            return False
        if _BARE_OUTLINE_MARK.fullmatch(segments[0].value.strip()):
            return False  # "B. Amount: 45-minute sessions.  C. Frequency: weekly.": an outline's labelled items
        handler = self._intervention_text if self.section.key == "interventions" else self._goal_text
        before = list(self.services)
        if not handler(line, segments[0].value, marker, depth):
            return False
        made = [s for s in self.services if all(s is not old for old in before)]
        for sub, seg in facts:
            assert sub is not None
            loc = line.loc(f"{seg.label}: {seg.value}", seg.value_start)
            self._apply_subfield(sub, seg.value, loc)
            self._labelled_quantity_to_services(made, sub, seg.value, loc)  # type: ignore[attr-defined]
        return True

    # the column roles of a tab-separated header line in a goals area ("Short-term objective<TAB>Target date"),
    # with where it was written: the lines after it with as many tab-separated parts are its rows
    _tab_header: tuple[list[str], tuple[object, ...], bool] | None = None
    # where a lone "Target Date" caption of a nested table was written (see note_date_column)
    _date_column: tuple[int | None, int | None, int | None] | None = None
    _last_target: dt.date | None = None  # the target date stated last in a goal's or objective's own words
    _last_goal_section: str | None = None  # the heading the last goal was written under
    _listed_problem: Problem | None = None  # a labelled problem written as a top-level item of a numbered list
    _grouped_section: str | None = None  # a goals heading whose goals were grouped under sub-headings from the start
    _goal_outline: str | None = None  # the typed outline number of the current goal ("5.1", "A"), when it had one

    def _tabbed_goal_row(self, line: Line, core: str) -> bool:
        """A header line of tab-separated column names naming goals or objectives and their facts ("Objective<TAB>
        By", "Goal<TAB>Baseline<TAB>Target date"), typed with tab stops or a table nested in a cell; the lines
        after it are read as that table's rows: the statement, then each fact of the row on it."""
        where = (line.section.title, line.table, line.row, line.cell)
        parts = [p.strip() for p in re.split(r"\t+", core) if p.strip()]
        if len(parts) < 2:
            return False
        header_roles = tab_header_roles(core)
        if header_roles is not None:
            named = [column_role(p) or "" for p in parts]
            self._tab_header = (header_roles, where, target_goal_column(named))
            return True
        header = self._tab_header
        if header is None or header[1] != where:
            self._tab_header = None
            return False
        roles = header[0]
        if len(parts) < len(roles) and roles[0] == "label" and not ROW_NUMBER.fullmatch(parts[0]):
            roles = roles[1:]  # "1.1<TAB>Reduce ...": the number column was read as the row's list marker
        if len(parts) < len(roles) and not row_prefix(roles, parts):
            return False
        if len(parts) > len(roles):
            return False
        values = dict(zip(roles, parts, strict=False))
        values.pop("label", None)
        statement = values.pop("goal", None) or values.pop("objective", None)
        if not statement or blank_value(statement):
            return False
        if header[2] and _LEVEL_CELL.match(statement):
            return False  # "80%<TAB>20%<TAB>..." under a bare "Target": a level to reach, no goal's words
        own = element_label(parts[0]) if roles[0] == "label" and len(parts) == len(roles) else None
        if own is not None and (own.value or own.plural):
            own = None
        if any(element_label(p) for r, p in zip(roles, parts, strict=False) if r != "intervention" and own is None):
            return False  # "Goal 1<TAB>...": a labelled element ("Problem-solving therapy" is a treatment's name)
        loc = line.loc(core)
        element: Goal | Objective
        if own is not None:
            # "STG1<TAB>Walk 100 feet ...<TAB>06/09/2025" under "#<TAB>Goal<TAB>Target date": the number column names
            # the element, read as the same label written before its statement
            text = f"{parts[0]}: {statement}"
            labelled = element_label(text)
            if labelled is None:
                return False
            self._element(labelled, line, text, [Segment(parts[0], statement, 0, len(parts[0]) + 2)], None, None)
            if not isinstance(self._last_element, (Goal, Objective)):
                return True
            element = self._last_element
            element.source = loc  # the row as written, not the label joined to its statement
        elif "objective" in roles and self.goal is not None:
            element = self._new_objective(None, statement, loc)
        else:
            element = self._new_goal(None, statement, loc, line=line)
        for role, value in values.items():
            if blank_value(value):
                continue
            if role == "intervention":
                self._new_intervention(None, value, loc, attach_to_goal=True, focus=False)
            else:
                self.focus = "objective" if isinstance(element, Objective) else "goal"
                self._apply_subfield(role, value, loc)
        self.focus = "objective" if isinstance(element, Objective) else "goal"
        return True

    def note_date_column(self, line: Line, core: str) -> None:
        """A cell line that is only a target-date column's caption ("Target Date", "Target date") over the rows of
        a table nested in the cell, whose empty header cells were dropped: remember where it was written."""
        if line.table is not None and len(core.split()) <= 4 and not has_digit(core) and ":" not in core:
            if subfield_key(core) == "target_date":
                self._date_column = (line.table, line.row, line.cell)

    def _date_column_value(self, line: Line, value: str) -> tuple[str, str] | None:
        """ "Elijah will label 50 items.<TAB>08-15-2026" under a "Target Date" caption in the same cell: the row's
        last cell is a bare date in that column, as (the statement without it, the date); None otherwise."""
        if "\t" not in value or self._date_column != (line.table, line.row, line.cell):
            return None
        head, _, last = value.rpartition("\t")
        if not head.strip() or not BARE_DATE_CELL.fullmatch(last.strip()) or first_date(last) is None:
            return None
        return head.strip(), last.strip()

    def _bare_objective(self, core: str) -> ElementLabel | None:
        """ "OBJ: Attend daily dosing ..." right under a goal: a bare "Obj:" (which in a SOAP note heads the
        objective findings) is an objective when it follows a goal or another objective of that goal."""
        match = BARE_OBJ.match(core)
        if match is None or self.goal is None or not match.group("value").strip():
            return None
        last = self._last_element
        if last is not self.goal and not any(last is o for o in self.goal.objectives):
            return None
        return ElementLabel("objective", match.group("label"), False, None, None, match.group("value").strip(), None)

    def _ensure_problem(self, loc: SourceLocation) -> Problem:
        if self.problem is None:
            if self.implicit_problem is None:
                self.implicit_problem = Problem(source=loc)
                self.problems.append(self.implicit_problem)
            self.problem = self.implicit_problem
        return self.problem

    def _new_problem(self, label: str | None, statement: str | None, loc: SourceLocation) -> Problem:
        problem = Problem(label=label, statement=statement or None, source=loc)
        self.problems.append(problem)
        self.problem = problem
        self.goal = self.objective = self.intervention = None
        self.focus = None
        return problem

    def _new_goal(
        self,
        label: str | None,
        statement: str | None,
        loc: SourceLocation,
        *,
        domain: str | None = None,
        line: Line | None = None,
    ) -> Goal:
        if statement:
            statement = without_status_note(statement)  # "(NEW at this review) Improve sleep ...": the review's note
        if label:
            label = without_status_note(label)  # "Goal 2 (NEW at this review)"
        numbers = self._drop_combined_goal()
        problem = self._ensure_problem(loc)
        held, self._held_area = self._held_area, None
        if domain is None and held is not None:
            domain = held[0]  # "Domain 2: Behavior reduction" over "Goal 2: ...": the area heading this goal
        caption = getattr(self, "_table_domain", None)
        if domain is None and held is None and caption is not None and caption[1].table == loc.table:
            held = caption  # "SOCIAL SKILLS" merged across the goals grid above this goal's row: its area
            domain = caption[0]
        goal = Goal(label=label, statement=statement or None, domain=domain, source=loc)
        if held is not None and goal.domain == held[0]:
            goal.field_sources["domain"] = held[1]
        for number in numbers:
            self.goal_numbers[number] = goal  # "Objective 1a" under "Problem/Goal 1" then "Goal: ...": this goal's
        self._last_goal_section = self.section.title
        self._goal_outline = None
        self._time_fields(goal, statement, loc)
        problem.goals.append(goal)
        self._last_element = goal
        self.goal, self.objective, self.intervention = goal, None, None
        self.focus = "goal"
        if line is not None:
            self.goal_indent, self.goal_list_level = line.indent, line.list_level
        self._apply_held_facts()
        return goal

    def _apply_held_facts(self) -> None:
        """The facts held under an area heading, set on the element just made (see _held_facts)."""
        held, self._held_facts = self._held_facts, ()
        for sub, value, loc in held:
            self._apply_subfield(sub, value, loc)

    def _goal_for_objective(self, number: str | None, loc: SourceLocation) -> Goal:
        """The goal an objective belongs to: "Objective 2b" / "STO 2.1" name goal 2 when the plan numbers its goals."""
        if number:
            match = re.match(r"(\d+)(?:[.-]\d|[.-]?[a-z])", number, re.I) or re.match(r"([a-z])[.-]?\d", number, re.I)
            for key in dict.fromkeys((match.group(1), match.group(1).upper(), match.group(1).lower()) if match else ()):
                if key in self.goal_numbers:
                    named = self.goal_numbers[key]
                    if self.goal is not None and named is not self.goal and (
                        any(o.label and re.search(rf"(?<![\w.]){re.escape(number)}$", o.label, re.I) for o in named.objectives)
                        or any(
                            o.label and re.search(rf"(?<![\w.]){re.escape(key)}(?:[.-]\w+|[a-z])$", o.label) for o in self.goal.objectives
                        )
                    ):
                        # "Short-term goal 1a" again, under "Long-term goal 2.1" (and "1b" after it): the numbering
                        # restarted under the goal just read, which the objective follows
                        return self.goal
                    return named  # "Objective A2" under "Goal A", "STO 2.1" under "Goal 2"
        if self.goal is None:
            return self._new_goal(None, None, loc)
        return self.goal

    def _drop_combined_goal(self) -> list[str]:
        """ "Problem/Goal 1: Low mood" followed by "Goal: Dana will ...": a goal written out under the combined label
        makes it the problem's caption only; its own goal, with nothing read under it, is dropped. Returns the
        numbers it was known by, which now name the goal written out."""
        combined, self._combined_goal = self._combined_goal, None
        problem = self.problem
        if combined is None or combined is not self.goal or problem is None or not problem.goals:
            return []
        if problem.goals[-1] is not combined or combined.objectives or combined.interventions:
            return []
        if any((combined.target_date, combined.baseline, combined.mastery_criteria, combined.target, combined.time_frame)):
            return []
        problem.goals.pop()
        return [number for number, goal in self.goal_numbers.items() if goal is combined]

    def _new_objective(
        self, label: str | None, statement: str | None, loc: SourceLocation, *, number: str | None = None
    ) -> Objective:
        if statement:
            statement = without_status_note(statement)  # "(Added at this review) Desmond will ...": the review's note
        if label:
            label = without_status_note(label)  # "STG 2c (added)"
        goal = self._goal_for_objective(number, loc)
        objective = Objective(label=label, statement=statement or None, source=loc)
        self._time_fields(objective, statement, loc)
        goal.objectives.append(objective)
        self._last_element = objective
        self.goal, self.objective, self.intervention = goal, objective, None
        self.focus = "objective"
        self._apply_held_facts()
        return objective

    def _statement_criteria(self, problems: list[Problem]) -> None:
        """After the walk: a goal or objective whose sentence states its mastery criterion with no label ("Ms. Ruiz
        will run the routine with 90% fidelity across 3 observed sessions", "... to 1 or fewer per week for 4
        consecutive weeks") and that has no criterion or target read from a column or label gets that clause as its
        mastery criteria."""
        for problem in problems:
            for goal in problem.goals:
                for element in (goal, *goal.objectives):
                    if element.mastery_criteria or element.target or not element.statement:
                        continue
                    found = statement_mastery(element.statement)
                    if found and element.source is not None:
                        element.mastery_criteria = found
                        element.field_sources["mastery_criteria"] = element.source

    def _time_fields(self, element: Goal | Objective, statement: str | None, loc: SourceLocation) -> None:
        if not statement:
            return
        for field, pattern in INLINE_FACTS:
            # "... by 08/31/2026 (baseline 35% fidelity); mastery: 90% on 3 consecutive observations."
            found = pattern.search(statement)
            if found and field == "baseline" and pending_baseline(found.group("value")):
                continue  # "... (baseline TBD, probed in week 1)": not known yet
            if found and getattr(element, field) is None:
                setattr(element, field, found.group("value").strip(" .;,"))
                element.field_sources[field] = loc
        target, frame = time_bound(statement)
        closing = CLOSING_DATE.search(statement)
        if closing is None and loc.table is None:
            closing = BRACKETED_CLOSING_DATE.search(statement)  # "... 55/80 or more. (03/09/2026)" in a paragraph
        if target is None and closing and not re.search(r"\bbaseline|\bcurrent", statement, re.I):
            target = first_date(closing.group(0))  # "... (panic diary) — 01/20/2026": the date closing the line
        if target is None and frame is None and self._last_target is not None and SAME_DATE.search(statement):
            target = self._last_target  # "... by May 29, 2026. Second, ...; by the same date she will ..."
        if target is not None and element.target_date is None:
            element.target_date = target
            element.field_sources["target_date"] = loc
        if target is not None:
            self._last_target = target
        if frame and element.time_frame is None:
            element.time_frame = frame
            element.field_sources["time_frame"] = loc

    def _element(
        self,
        label: ElementLabel,
        line: Line,
        core: str,
        segments: list[Segment],
        marker: str | None,
        depth: int | None,
    ) -> None:
        # the element's own value ends where the next known label on the line begins
        value = label.value
        rest: list[Segment] = []
        if len(segments) > 1 and segments[0].label is not None:
            value = segments[0].value
            rest = segments[1:]
            nxt = rest[0]
            if (
                not value
                and nxt.label
                and not subfield_key(nxt.label)
                and not field_key(nxt.label)
                and not element_label(f"{nxt.label}: x")
            ):
                # "Interventions:  Cognitive behavioral therapy: worry exposure, ...": the value has its own colon
                value, rest = f"{nxt.label}: {nxt.value}", rest[1:]
        elif len(segments) > 1:
            # "Obj 2.2  Leon will maintain sobriety: 0 drinks ...": a colon inside the statement is no label of its own
            rest = [
                s for s in segments
                if s.label and (subfield_key(s.label) or field_key(s.label) or element_label(f"{s.label}: x"))
            ]
            if rest and segments[0].label is None and rest[0].start > 0:
                # "Goal 1 — stay off opioids. Objective 1.1: ...": the goal's own words end where the next label starts
                head = core[: rest[0].start].strip()
                own = element_label(head)
                if own is not None and own.label == label.label:
                    value = own.value.rstrip(" .;")
        # "Goal 4. Caregiver goal: Mrs. Ruiz will ...", "Goal 2: Long-term goal: ...": the second label names the kind
        # of goal (its area), the words after it are the numbered goal's own; no second goal
        kind_words: str | None = None
        inner = element_label(f"{rest[0].label}: x") if rest and rest[0].label and rest[0].value else None
        if not value and inner is not None and inner.kind == label.kind and inner.number is None and not inner.plural:
            kind_words, value, rest = inner.label, rest[0].value, rest[1:]
        if not value and inner is not None and inner.kind == label.kind and label.number is None and inner.number:
            # "Short-term objective:  STO 1a: 50% of requests ...": the kind of element, then its own numbered label
            label, value, rest = inner, rest[0].value, rest[1:]
        inner = element_label(value) if value and label.number is not None else None
        if inner is not None and inner.kind == label.kind and inner.number is None and not inner.plural and inner.value:
            kind_words, value = inner.label, inner.value
        value = without_fill(value)
        if value and not any(c.isalnum() for c in value):
            value = ""  # "Goals::", "Goal 1: -": a stray mark after the label, no words of the element's own
        kind = label.kind
        tail: list[tuple[str, str]] = []
        if kind in ("goal", "objective") and value:
            # "Leo will mand for 10 items. Baseline 2 mands. Mastered at 80% .... Target Aug 3, 2026.": the facts
            # closing the goal's own sentence are its facts (docx.fact_pieces)
            value, tail = fact_tail(value)
            dated = self._date_column_value(line, value)
            if dated is not None:
                value, date_text = dated
                tail.append(("Target date", date_text))
        if kind in ("goal", "objective") and value and (
            blank_value(value) or FORM_PROMPT.fullmatch(value.strip()) or DEFERRED_ELEMENT.match(value)
        ):
            # "Objectives: N/A", "Objectives: (list at least one measurable objective for each goal)", "Objectives: to
            # be developed at the 30-day review": none written
            self.pending_statement = None
            return
        if kind != "intervention" and self.section.key not in GOAL_SECTION_KEYS + (None, "interventions", "title"):
            # "Problem 1" under "Diagnoses": the plan has moved on to its problems and goals
            self.section = Section(label.label, "goals", self.section.level, "goals")
            line = Line(line.text, self.section, line.paragraph, line.table, line.row, line.cell, line.para,
                        line.cell_offsets)
        statement_loc = line.loc(core)
        note = label.note
        self.pending_statement = None
        if kind == "problem":
            captioned = self._empty_goal_caption() if value and label.number is None else None
            self._new_problem(label.label, value, statement_loc)
            if captioned is not None:
                # "Goal 1" over "Problem: ... Goal: ... Target date: ...": the caption's goal is this problem's
                self._move_goal(captioned, self.problem)
            if value:
                self._problem_diagnosis(line, value)  # "Problem / Diagnosis: MDD, recurrent (F33.1)"
            # "1) Problem 1 (Dimension 5): Stop all drug use" as an item of the goals list: see _problem_sub_item
            self._listed_problem = self.problem if marker is not None and depth == 0 else None
            if line.list_level is not None and self.problem is not None:
                # "Problem 1:" drawn by Word's list numbering: the list's levels below it count from its own
                self._problem_list_level = (self.problem, line.list_level)
            if not value:
                self.pending_statement = "problem"  # "Problem 1" over "Problem description: ..."
            if not label.plural and PROBLEM_AND_GOAL.match(label.label):
                # "Problem/Goal 1: Dana will stop drinking." over its objectives: the label names the goal too
                goal = self._new_goal(label.label, value, statement_loc, line=line)
                self._combined_goal = goal
                if label.number:
                    self.goal_numbers[re.match(r"\d+|.*", label.number).group(0)] = goal
                if not value:
                    self.pending_statement = "goal"
        elif kind == "goal" and note and value and closed_status(note.strip()):
            # "Goal 2 (MET 12/2025 - discontinued): ...": a goal of the plan before, reported on, not a current one
            self._free(line, core)
        elif kind == "goal":
            self._promote_to_problem(line, label)
            domain = None
            goal_date = None
            if note:
                goal_date = first_date(note)
                if (
                    goal_date is None
                    and not DOMAIN_STOP.match(note.strip())
                    and len(note.split()) <= 5
                    and element_label(f"{note.strip()}: x") is None  # "Goal 1 (Meta 1):": its label in a second language
                ):
                    domain = note.strip()
            titled = goal_title(value) if domain is None and value else None
            if titled is not None:
                domain, value = titled  # "Goal 1 – Communication. Leo will mand ...": the goal's area, then its words
            named_kind = GOAL_KIND.match(label.label) or (GOAL_KIND.match(kind_words) if kind_words else None)
            if domain is None and named_kind is not None:
                domain = named_kind.group("kind").strip()  # "Caregiver Goal 4", "Skill Acquisition Goal 1": its area
            titled_goal = self._titled_goal(label, value, domain)
            if titled_goal is not None:
                # "Goal 1 – Requesting" over "Goal: Elijah will request ...": the numbered title's own sentence
                titled_goal.statement = value
                titled_goal.field_sources["statement"] = statement_loc
                self._time_fields(titled_goal, value, statement_loc)
                self.goal, self.objective, self.intervention, self.focus = titled_goal, None, None, "goal"
                goal = titled_goal
            else:
                goal = self._new_goal(label.label, value, statement_loc, domain=domain, line=line)
                self.goal_marker, self.goal_depth = True, None
                self._goal_outline = marker or label.number  # "5.1  Goal: ..." then "5.1.1 ...", "Goal A" then "A.1 ..."
            if label.number:
                self.goal_numbers[re.match(r"\d+|.*", label.number).group(0)] = goal
            if goal_date and goal.target_date is None:
                goal.target_date = goal_date
                goal.field_sources["target_date"] = statement_loc
            if not value:
                self.pending_statement = "goal"
        elif kind == "objective":
            # a short-term goal with no long-term goal above it (or beside other short-term goals) is a goal itself
            # an ABA "Target 2 — Transitions" with no goal above names the skill a goal is written for
            target = label.label.lower().startswith("target") and label.number is not None
            as_goal = (label.long_term is False or target) and (
                self.goal is None or id(self.goal) in self._peer_goals
            )
            caption = self._record_caption(line) if label.number is None and value else None
            if caption is not None:
                # "1.1  Meltdowns" over "Objective | Reduce meltdowns ..." and its baseline and mastery rows
                self._captioned_goal(caption, label.label, value, statement_loc, line)
            else:
                element: Goal | Objective
                if as_goal:
                    named = target and value and len(value.split()) <= 5 and not GOAL_WORDS.search(value)
                    element = self._new_goal(
                        label.label, None if named else value, statement_loc, line=line, domain=value if named else None
                    )
                    self._peer_goals.add(id(element))
                    self.pending_statement = "goal" if named or not value else None
                else:
                    element = self._new_objective(label.label, value, statement_loc, number=label.number)
                    if not value:
                        self.pending_statement = "objective"
                note_date = first_date(note) if note else None
                if note_date is not None and element.target_date is None:
                    element.target_date = note_date  # "Objective 1.1 (target 02/13/2026):", "Benchmark (04/20/2026):"
                    element.field_sources["target_date"] = statement_loc
        else:
            attach = self.section.key in GOAL_SECTION_KEYS or (self.goal is not None and self.section.key is None) or (
                self.section.key == "title" and self._goal_in_section()  # "Goal 1: ..." then "Strategies: ..." under the title
            )
            if label.plural and not attach and value:
                self._plan_interventions(value, statement_loc, label=label.label)
            else:
                items = split_items(value) if label.plural else [value]
                for item in items or [""]:
                    self._new_intervention(label.label, item, statement_loc, attach_to_goal=attach)
        for fact, fact_value in tail:
            sub = subfield_key(fact)
            if sub is not None:
                self._apply_subfield(sub, fact_value, statement_loc)
        for position, seg in enumerate(rest):
            if seg.label is None:
                continue
            following = element_label(f"{seg.label}: {seg.value}") if not subfield_key(seg.label) else None
            if following is not None and following.label == seg.label:
                # "Problem: ... Goal: ...": the next element on the same line, with the labels after it
                text = f"{seg.label}: {seg.value}"
                self._element(following, line, text, [seg, *rest[position + 1 :]], None, None)
                return
            sub = subfield_key(seg.label)
            loc = line.loc(f"{seg.label}: {seg.value}", seg.value_start)
            if sub and self._apply_subfield(sub, seg.value, loc):
                continue
            key = field_key(seg.label)
            if key is None or self._apply_label(line, seg, segments, 0) is None:
                self._free(line, f"{seg.label}: {seg.value}")

    def _empty_goal_caption(self) -> Goal | None:
        """The goal just read when it is a numbered caption with nothing under it yet ("Goal 1" on a line of its own,
        as an EHR prints each goal's record under its number); None otherwise."""
        goal = self.goal
        if goal is None or goal is not self._last_element or goal.statement or not goal.label:
            return None
        if not re.search(r"\d", goal.label) or goal.objectives or goal.interventions:
            return None
        if any((goal.baseline, goal.mastery_criteria, goal.target, goal.target_date, goal.time_frame, goal.measure)):
            return None
        return goal

    def _move_goal(self, goal: Goal, problem: Problem | None) -> None:
        """`goal` moved under `problem` (and its former problem dropped when it was the implicit one, left empty)."""
        if problem is None:
            return
        for held in self.problems:
            if any(g is goal for g in held.goals):
                held.goals[:] = [g for g in held.goals if g is not goal]
                if held is self.implicit_problem and not held.goals and not held.statement:
                    self.problems[:] = [p for p in self.problems if p is not held]
                    self.implicit_problem = None
                break
        problem.goals.append(goal)
        self.goal, self._last_element = goal, goal

    def _titled_goal(self, label: ElementLabel, value: str, domain: str | None) -> Goal | None:
        """The goal just read when it is a numbered title naming only the goal's area ("Goal 1 – Requesting",
        "Goal 2: Self-care" as a heading, a card's title row) and the line read now is an unnumbered goal label
        ("Goal:", "Long-term goal:", "LTG:") with a goal's sentence: the title's own statement, not a second goal.
        The title's words become the goal's domain. None otherwise."""
        goal = self.goal
        if label.number is not None or label.plural or not value or domain is not None or goal is None:
            return None
        if goal is not self._last_element or not goal.label or not re.search(r"\d", goal.label):
            return None
        if goal.objectives or goal.interventions or any(
            (goal.baseline, goal.mastery_criteria, goal.target, goal.target_date, goal.time_frame, goal.measure)
        ):
            return None
        if len(value.split()) < 4 or not GOAL_WORDS.search(value):
            return None
        title = (goal.statement or "").strip()
        if title and (
            len(title.split()) > 5 or title.endswith((".", ";", "!", "?")) or GOAL_WORDS.search(title) or has_digit(title)
        ):
            return None
        if title:
            goal.domain = f"{goal.domain}: {title}" if goal.domain and goal.domain != title else title
            if goal.source is not None:
                goal.field_sources["domain"] = goal.source
        return goal

    def _record_caption(self, line: Line) -> tuple[str | None, str] | None:
        """ "1.1  Meltdowns", "C1  Manding", "Hand-biting": the caption row of the small table the line was read from,
        naming one target, as (its number, its name); None unless the table's title row was read as a heading
        that names no known section. Such a table is one target's record: its "Objective" row is the target's
        statement and its other rows the target's facts (baseline, mastery criteria, target date)."""
        loc = self.section_loc
        if (
            line.table is None
            or self.section.key is not None
            or loc is None
            or loc.table != line.table
            or loc.row is None
            or (line.row is not None and line.row <= loc.row)
        ):
            return None
        caption = " ".join((self.section.title or "").split())
        match = CAPTION.fullmatch(caption)
        if match is None or GOAL_WORDS.search(match.group("name")) or any(True for _ in find_dates(caption)):
            return None
        return match.group("number"), match.group("name").strip()

    def _captioned_goal(
        self, caption: tuple[str | None, str], label: str, value: str, loc: SourceLocation, line: Line
    ) -> None:
        """The statement row of a captioned target table: a goal of its own, or an objective when its number is an
        outline child of a goal already read ("1.2" under "Goal 1") or a goal was read right before the table and
        has nothing under it yet ("Caregiver goal: ..." over the table)."""
        number, name = caption
        parent = re.match(r"(\d{1,2})[.-]\d", number or "")
        goal = self.goal
        if parent is not None and parent.group(1) in self.goal_numbers:
            self._new_objective(number or label, value, loc, number=number)
            return
        if (
            goal is not None
            and id(goal) not in self._peer_goals
            and self._last_element is goal
            and not goal.objectives
            and goal.source is not None
            and goal.source.table != line.table
        ):
            self._new_objective(number or label, value, loc)
            return
        element = self._new_goal(number or label, value, loc, domain=name, line=line)
        self._peer_goals.add(id(element))

    def _target(self) -> Goal | Objective | Intervention | None:
        if self.focus == "intervention" and self.intervention is not None:
            return self.intervention
        if self.focus == "objective" and self.objective is not None:
            return self.objective
        if self.focus in ("goal", "objective") and self.goal is not None:
            return self.goal
        return None

    def hold_area(self, label: str, value: str, loc: SourceLocation) -> bool:
        """A numbered area ("Domain 2: Behavior reduction") that is not the current goal's (no goal yet, or one of
        another number): held for the goal that follows. False when the label is no numbered area or names the
        current goal's."""
        number = area_number(label)
        if number is None or not value.strip():
            return False
        goal = self.goal
        own = re.search(r"\d{1,2}", goal.label or "") if goal is not None else None
        if goal is not None and (own is None or own.group(0) == number) and not self._area_taken(goal, number):
            return False  # "Goal 1: ..." then "Area 1: Communication" (or an unnumbered goal): the goal's own area
        self._held_area = (value.strip(), loc)
        self._held_facts = ()
        if goal is None and self.focus is None:
            self.focus = "goal"  # the facts under the area ("Baseline: ...") are a goal's, held for it (_hold_fact)
        return True

    def _area_taken(self, goal: Goal, number: str) -> bool:
        """True when an unnumbered goal already has the area held for it under another number ("Target Behavior 1:
        Aggression" over "Short-term objective: ...", then "Target Behavior 2: Self-injury"): the new area heads the
        next goal."""
        if re.search(r"\d{1,2}", goal.label or "") or goal.domain is None:
            return False
        where = goal.field_sources.get("domain")
        held_number = area_number((where.text or "").split(":")[0]) if where is not None and where.text else None
        return held_number is not None and held_number != number

    def _hold_fact(self, sub: str, value: str, loc: SourceLocation) -> bool:
        """A goal's fact written after a held area and before the goal's statement: held for that goal."""
        if self._held_area is None or sub not in _HELD_FACTS or blank_value(value):
            return False
        self._held_facts = (*self._held_facts, (sub, value, loc))
        return True

    def _apply_subfield(self, sub: str, value: str, loc: SourceLocation) -> bool:
        """Set a fact on the element in focus; False when it has no such fact."""
        value = checked_options(value).strip()
        if sub == "domain" and loc.text and ":" in loc.text and self.hold_area(loc.text.split(":")[0], value, loc):
            return True
        if self._hold_fact(sub, value, loc):
            return True
        target = self._target()
        if target is None:
            return False
        if blank_value(value):
            return True
        if sub in _SHORT_FACTS and self._element_after_empty_label(value, loc):
            return True
        if isinstance(target, Intervention):
            if sub in ("frequency", "amount", "duration", "time_frame"):
                self._intervention_quantities(target, sub, value, loc)
            elif sub == "responsible":
                target.responsible_staff = value
                target.field_sources["responsible_staff"] = loc
            elif sub == "service_code":
                code, _, rest = value.partition(" ")
                target.service_code = code
                target.field_sources["service_code"] = loc
                if has_digit(rest):
                    self._quantities_beside_code(target, rest, loc)
            elif sub == "modality":
                target.modality = value
                target.field_sources["modality"] = loc
            elif sub == "status":
                return True
            else:
                goal_target = self.objective if self.objective is not None else self.goal
                if goal_target is None:
                    return False
                self.focus = "objective" if goal_target is self.objective else "goal"
                return self._apply_subfield(sub, value, loc)
            return True
        # goals and objectives
        if (
            sub == "target"
            and isinstance(target, Objective)
            and self.goal is not None
            and self.goal.target is None
            and OUTCOME_LABEL.match(loc.text or "")
        ):
            # "Benchmark (04/20): 2-3 turns ..." then "Outcome (07/31): 4+ turns ...": the outcome is the goal's
            target = self.goal
            note_date = first_date((loc.text or "").split(":")[0])
            if note_date is not None and target.target_date is None:
                target.target_date = note_date
                target.field_sources["target_date"] = loc
        if sub in ("target", "domain") and self._target_sentence(target, value, loc):
            return True
        if sub == "measure" and METHOD_LABEL.match(loc.text or "") and TREATMENT_WORDS.search(value):
            # "Goal: infection resolved. Method: wound care daily by nursing; ...": how the goal will be reached
            for piece in split_items(value):
                self._new_intervention(None, piece, loc, attach_to_goal=True, focus=False)
            return True
        if sub == "target_date" and self._card_goal_date(target, loc):
            target = self.goal  # type: ignore[assignment]
        if sub == "target_date":
            date = first_date(value) or yearless_target(value, self.plan_fields.get("plan_date"))
            if date is not None:
                target.target_date = date
                target.field_sources["target_date"] = loc
            elif target.time_frame is None:
                target.time_frame = value
                target.field_sources["time_frame"] = loc
            return True
        if sub == "target" and _date_with_few_words(value):
            return self._apply_subfield("target_date", value, loc)
        if sub in ("baseline", "mastery_criteria", "measure"):
            value, tail = fact_tail(value, min_words=1)  # "80% over 3 sessions. Target date 08/03/2026"
            for fact, fact_value in tail:
                fact_sub = subfield_key(fact)
                if fact_sub is not None and fact_sub != sub:
                    self._apply_subfield(fact_sub, fact_value, loc)
                    self.focus = "objective" if isinstance(target, Objective) else "goal"
        if sub == "baseline" and self._goal_after_baseline(target, value, loc):
            return True
        if sub == "baseline" and pending_baseline(value):
            return True  # "Data collection in progress", "to be established": no baseline recorded yet
        if sub == "domain" and isinstance(target, Objective):
            # "Domain: Communication" under an objective: the area of the goal it serves (objectives have none)
            if self.goal is None or self.goal.domain is not None:
                return True
            target = self.goal
        if sub in ("baseline", "target", "measure", "time_frame", "mastery_criteria", "domain"):
            if getattr(target, sub) is None:
                setattr(target, sub, value)
                target.field_sources[sub] = loc
            return True
        if sub == "status":
            return True
        if sub in ("frequency", "amount", "duration", "responsible", "service_code", "modality"):
            interventions = target.interventions
            if interventions:
                self.intervention = interventions[-1]
                self.focus = "intervention"
                return self._apply_subfield(sub, value, loc)
            return False
        return False

    def _element_after_empty_label(self, value: str, loc: SourceLocation) -> bool:
        """ "Target:Obj 1b:Curtis will name 3 ...", "Target:Interventions:Individual counseling ..." (an EHR's
        labels printed run together, a label left empty): the fact's label holds no value, and what follows it is
        the next element, read as a line of its own."""
        found = element_label(value)
        if found is None or not found.value or found.plural and found.kind != "intervention":
            return False
        if not value.startswith(found.label) or len(found.value.split()) < 2:
            return False
        if _date_with_few_words(value):
            return False  # "Target: Objective 2.1 September 10th, 2025": the objective's date, after its number
        self.line(Line(value, self.section, paragraph=loc.paragraph, table=loc.table, row=loc.row, cell=loc.cell))  # type: ignore[attr-defined]
        return True

    def statement_before_facts(self, line: Line, core: str) -> None:
        """ "Imitate 2-step actions with objects" over "Baseline: 4 of 20 | Current: 12 of 20 | Mastery: 18 of 20 ... |
        Target: 09/30/2026 | Status: Continued": an unlabelled line right above a line of goal facts opened by the
        first of them is the goal those facts are about, under a goals heading or an area heading no section is known
        by ("Communication", "Caregiver training"). The line was read before its facts came (as a sub-heading's problem
        name, as text, or, bold under an area heading, as a heading of its own): it is made the goal here, before the
        facts line is read, so that its facts apply to it. A status that closes the goal ("Mastered", "Met -
        discontinued") makes no goal: its words stay text, and its facts are no other goal's."""
        if self._line_now is None or self._line_now[0] is not line:
            return
        segments = split_labels(core)
        first = subfield_key(segments[0].label) if segments[0].label else None
        if first not in _STATEMENT_FACTS:
            return
        named = [subfield_key(seg.label) for seg in segments if seg.label]
        if sum(1 for key in named if key in _STATEMENT_FACTS) < 2:
            return  # "Baseline: 2 of 10" alone: the element in focus's
        status = next((seg.value for seg in segments if seg.label and subfield_key(seg.label) == "status"), None)
        closed = status is not None and closed_status(status.strip())
        target = self._target()
        if isinstance(target, (Goal, Objective)) and getattr(target, first, None) is None:
            # the facts of the element in focus ("Leo will mand ..." then its facts); a goal made from the line just
            # above whose status closes it is no current goal
            if closed and isinstance(target, Goal) and self._made_from_line_above(target, line):
                if self.problem is not None and self.problem.goals and self.problem.goals[-1] is target:
                    self.problem.goals.pop()
                    self._free(line, target.statement or "")
                    self.goal = self.objective = self.intervention = None
                    self.focus = None
            return
        found = self._line_above_facts(line)
        if found is None:
            return
        before, text, kept = found
        if kept == "problem":
            problem = self.problem
            assert problem is not None
            self.problems.remove(problem)
            if self.implicit_problem is problem:
                self.implicit_problem = None
            self.problem = None
            if self._grouped_section == line.section.title and not any(
                p.source is not None and p.source.section == line.section.title for p in self.problems
            ):
                self._grouped_section = None
            if closed:
                self._free(line, text)
        elif kept == "free" and not closed:
            self.free.pop()
        elif kept == "heading" and closed:
            self._free(line, text)
        if closed:
            self.goal = self.objective = self.intervention = None  # its facts are no other goal's
            self.focus = None
            return
        # the area heading over it names the goal's domain ("Caregiver training"); a goals heading names none
        domain = before.section.title if kept != "heading" and line.section.key is None else None
        self._new_goal(None, text, before.loc(text) if kept != "heading" else self.section_loc or line.loc(text),
                       domain=domain, line=before)

    def _made_from_line_above(self, goal: Goal, line: Line) -> bool:
        """The goal was the last element read, made from the line right above `line` and given nothing since."""
        before = self._line_before
        return (
            before is not None
            and goal is self._last_element
            and before[0].holds(goal.source)
            and before[0].section.title == line.section.title
            and not goal.objectives
            and not goal.interventions
        )

    def _line_above_facts(self, line: Line) -> tuple[Line, str, str] | None:
        """The unlabelled line right above a line of goal facts, with how it was kept ("problem", "free", or
        "heading": a bold line that opened a section no key names, right above); None when there is none."""
        before = self._line_before
        kept: str | None
        if before is not None and before[0].section.title == line.section.title:
            if line.section.key not in (*GOAL_SECTION_KEYS, None):
                return None
            if (before[0].table, before[0].row, before[0].cell) != (line.table, line.row, line.cell):
                return None
            text = before[1].strip()
            kept = self._unlabelled_line_kept(before[0], text)
            source = before[0]
        else:
            # "Answer 'wh' questions about a short story" in bold under "Communication": read as a heading of its own
            loc = self.section_loc
            if loc is None or loc.paragraph is None or line.paragraph is None or line.section.title is None:
                return None
            if line.section.key is not None and match_section(line.section.title).score >= 95:
                return None  # "Requested services" over "Baseline: ...": a section of its own (a slip of a match,
                # "Father will use a visual schedule" as "schedule", is none)
            if line.table is not None or any(
                i not in self.blank_paragraphs for i in range(loc.paragraph + 1, line.paragraph)
            ):
                return None
            text, kept, source = (line.section.title or "").strip(), "heading", line
        if kept is None:
            return None
        words = text.split()
        if not 3 <= len(words) <= 30 or text.endswith(":") or element_label(text) is not None:
            return None
        segments = split_labels(text)
        if len(segments) != 1 or segments[0].label is not None:
            return None
        return source, text, kept

    def _unlabelled_line_kept(self, before: Line, text: str) -> str | None:
        """How the line above was kept: "problem" (a problem name alone, made from it last), "free" (the last text
        kept), None otherwise (it made a goal, an objective or anything else)."""
        problem = self.problem
        if (
            problem is not None
            and problem.label is None
            and problem.statement == text
            and not problem.goals
            and before.holds(problem.source)
            and problem in self.problems
        ):
            return "problem"
        kept = self.free[-1] if self.free else None
        if (
            kept is not None
            and kept.text == text
            and kept.source is not None
            and kept.source.paragraph == before.paragraph
            and kept.source.table == before.table
        ):
            return "free"
        return None

    def _card_goal_date(self, target: Goal | Objective, loc: SourceLocation) -> bool:
        """A "Target date" row of a goal's card (a table of one goal: its title row, "Long-term goal", "Baseline",
        "Short-term objective" rows) after an objective row whose own words are already dated or framed ("... by
        06/15/2026", "... within 12 weeks"): the card's date is the goal's, when the goal has none."""
        goal = self.goal
        if not isinstance(target, Objective) or goal is None or loc.table is None:
            return False
        if goal.source is None or goal.source.table != loc.table or target.source is None:
            return False
        if target.source.table != loc.table or goal.target_date is not None or goal.time_frame is not None:
            return False
        if loc.row is None or target.source.row is None or loc.row <= target.source.row:
            return False  # (a date in the objective's own row, a grid's "Target date" column, is the objective's)
        in_card = [o for o in goal.objectives if o.source is not None and o.source.table == loc.table]
        if len(in_card) >= 2 and target is in_card[-1] and all(o.target_date is None and o.time_frame is None for o in in_card):
            return True  # "Objective 1a" and "Objective 1b" rows, then one "Target date" row: the card's, the goal's
        own = [target.field_sources.get(f) for f in ("target_date", "time_frame")]
        return any(s is not None and s == target.source for s in own)

    def _goal_after_baseline(self, element: Goal | Objective, value: str, loc: SourceLocation) -> bool:
        """ "2. Transitions. Baseline: tantrums on 70% of transitions. He will transition within 1 minute ...": a
        baseline written before the goal's own sentence, under a short title. The baseline ends where the sentence
        begins; the sentence is the goal's statement (the title its domain)."""
        split = goal_after_fact(value)
        if split is None or element.baseline is not None:
            return False
        title = (element.statement or "").strip()
        short = title.rstrip(".:").strip()
        if title and (len(short.split()) > 4 or re.search(r"\bwill\b", short, re.I)):
            return False
        element.statement = short or None
        if not self._target_sentence(element, split[1], loc):
            element.statement = title or None
            return False
        head = split[0]
        if not pending_baseline(head):
            element.baseline = head
            element.field_sources["baseline"] = loc
        return True

    def _target_sentence(self, element: Goal | Objective, value: str, loc: SourceLocation) -> bool:
        """ "Skill Acquisition Goal 1 — Conversation" then "Target: Aubree will ask a peer a follow-up question": a goal
        named by a short title whose "Target" is the target behaviour written as the goal's sentence. The sentence
        becomes the statement and the title joins the domain; the "Criterion:" after it is then the level."""
        title = (element.statement or "").strip()
        if element.target is not None or (isinstance(element, Goal) and element.objectives):
            return False
        if not re.search(r"\bwill\b", value, re.I) or len(value.split()) < 3:
            return False
        if title and (len(title.split()) > 5 or title.endswith((".", ";", "!", "?")) or GOAL_WORDS.search(title)):
            return False
        if title and isinstance(element, Goal):  # (objectives have no domain: an objective's short title is dropped)
            element.domain = f"{element.domain}: {title}" if element.domain and element.domain != title else title
            if element.source is not None:
                element.field_sources["domain"] = element.source
        element.statement = value
        element.field_sources["statement"] = loc
        self._time_fields(element, value, loc)
        return True

    def _problem_diagnosis(self, line: Line, statement: str) -> None:
        """The words of a problem whose label names the diagnosis too ("Problem / Diagnosis", "Identified
        problem/Dx") are read as the diagnosis as well when they carry an ICD-10 code; uncoded words under such a
        label stay the problem's only (a concern in the client's words is no diagnosis)."""
        problem = self.problem
        if problem is None or not problem.label or not _NAMES_DIAGNOSIS.search(problem.label):
            return
        if not find_icd_codes(statement):
            return
        self._diagnosis_text(line, statement, None, None)  # type: ignore[attr-defined]

    def _fill_statement(self, line: Line, core: str) -> None:
        kind = self.pending_statement
        self.pending_statement = None
        loc = line.loc(core)
        core = STATEMENT_LABEL.sub("", core) or core  # "Problem description: ...", "Statement: ..."
        element: Problem | Goal | Objective | None = (
            self.objective if kind == "objective" else self.problem if kind == "problem" else self.goal
        )
        if element is None or element.statement:
            self._free(line, core)
            return
        element.statement = core
        if element is self._combined_goal and self.problem is not None and not self.problem.statement:
            self.problem.statement = core  # "Problem/Goal 2" over its words: the problem's words too
        if isinstance(element, Problem):
            self._problem_diagnosis(line, core)  # "PROBLEM / DIAGNOSIS" over "Adjustment disorder ... (F43.23)"
            return
        element.field_sources["statement"] = loc
        self._time_fields(element, core, loc)


# facts that hold a date, a level or a few words, never a goal, an objective or a treatment of their own
_SHORT_FACTS = frozenset({"target", "target_date", "time_frame", "baseline", "mastery_criteria", "measure"})


def _date_with_few_words(value: str) -> bool:
    """A target cell that is a date with at most three other words ("by 08/01/2025", "Objective 2.1 August 1,
    2025"): a target date, not a target level."""
    found = list(find_dates(value))
    if not found:
        return False
    start, end = found[0][1]
    return len((value[:start] + " " + value[end:]).split()) <= 3
