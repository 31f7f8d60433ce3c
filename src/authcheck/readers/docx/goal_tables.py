"""Goals tables of a Word plan read by their header row: goal grids ("Problem | Goal | Objective |
Target date"), ABA grids ("Target behavior | Baseline | Mastery criteria"), objective columns that list
several objectives, rows labelled "LTG 1" / "STG 1.1", the facts (baseline, target, mastery, target date)
in their cells and the interventions, frequencies and ordered disciplines beside them.

A mixin of the DOCX plan builder (see docx.build), on the table reading of docx.table_reader.
"""

from __future__ import annotations

import dataclasses
import re

from authcheck.model import Goal, Objective, SourceLocation
from authcheck.parsing.dates import DATE_TEXT
from authcheck.readers.docx.blocks import Cell, Row, Table
from authcheck.readers.docx.goal_phrases import DEFERRED_ELEMENT, GOAL_WORDS, STATUS_HEADER, closed_status, split_items
from authcheck.readers.docx.label_split import split_labels
from authcheck.readers.docx.labels import element_label, field_key, normalize_label, strip_list_marker, subfield_key
from authcheck.readers.phrases import (
    ServiceText,
    blank_value,
    find_service_codes,
    first_date,
    has_digit,
    parse_service,
)
from authcheck.readers.docx.state import GOAL_SECTION_KEYS, Line, Section
from authcheck.readers.docx.table_reader import TablesMixin
from authcheck.readers.docx.tables import DISCIPLINE_HEADER, TableKind, column_role, labelled_element_row


# an item of a cell's list lettered with a capital ("A. ", "B) ")
_CAPITAL_ITEM = re.compile(r"\(?([A-Z])[.)]\s+(?=\S)")
# a goal column's header naming what is targeted rather than the goal ("Target behavior", "Skill target")
_NAMED_TARGET = re.compile(r"\b(?:target|behaviou?rs?|skills?|program)\b", re.I)
# a goal column's header that names the mastery criteria too ("Goal / mastery", "Goal and mastery criterion")
_GOAL_AND_MASTERY = re.compile(r"\bgoals?\b.*\bmastery\b|\bmastery\b.*\bgoals?\b", re.I)
_BY_DATE = re.compile(r"\s*(?:by|before|target(?:\s+date)?:?|due)\s+\S*\d", re.I)
# a cell pointing back at the one above it ("(see above)", "Same as above", "ditto", a bare quote mark): the row
# repeats the value of the row above, as a merged cell would
# the header of a goals table's column of diagnoses ("Diagnosis", "Dx / ICD-10", "Diagnoses (ICD-10-CM)")
_DIAGNOSIS_COLUMN = re.compile(
    r"(?:primary\s+|treating\s+)?(?:diagnos[ie]s|dx|icd[\s-]?10(?:[\s-]?cm)?)(?:\s*(?:/|and|&)\s*(?:icd[\s-]?10(?:[\s-]?cm)?|codes?|dx))?"
    r"(?:\s*\((?:icd[\s-]?10(?:[\s-]?cm)?|codes?)\))?(?:\s+codes?)?:?",
    re.I,
)
_SAME_AS_ABOVE = re.compile(
    r"[(\[]?\s*(?:(?:see|same\s+as|as)\s+(?:above|goal\s+above|problem\s+above)|ditto|\"|〃|cont(?:'d|inued|\.)?)"
    r"\s*[)\]]?\.?",
    re.I,
)
# the header of a column reporting how something ended ("Outcome", "Results"): a goal column only by default
_OUTCOME_HEADER = re.compile(r"(?:final\s+|episode\s+)?(?:outcomes?|results?)", re.I)
# a span of two dates in a cell ("03/14/2019 - 11/02/2019", "2019-03-14 to 2019-11-02")
_DATE_SPAN = re.compile(rf"{DATE_TEXT}\s*(?:-|–|—|to|through|thru)\s*{DATE_TEXT}", re.I)


def _marker_shape(marker: str) -> str:
    """A list marker's shape: letters as "a", digits as "9" ("P1." and "P2." share "a9.", "1.1" is "9.9")."""
    return re.sub(r"\d+", "9", re.sub(r"[A-Za-z]+", "a", marker.strip()))


# an objectives column header saying each objective's target date is written after it in brackets
_DATE_IN_BRACKETS_HEADER = re.compile(
    r"[(\[]\s*(?:(?:target|due|goal|completion|end|expected|projected)\s*(?:/\s*\w+\s*)?dates?|target|due|by\s+when)"
    r"\s*[)\]]",
    re.I,
)
# a statement ending in a bracketed date, bare or with its word ("(03/06/2026)", "[target 03/2026]", "(by 3/6/26)")
_BRACKETED_DATE_END = re.compile(
    rf"[(\[]\s*((?:(?:target|due|by|tx)\s*(?:date)?\s*:?\s*)?(?:[0-9][0-9/.\-]{{3,9}}|{DATE_TEXT}))\s*[)\]]\s*[.;]?\s*$", re.I
)

_GRID_FACTS = ("baseline", "target", "mastery_criteria", "measure", "target_date")
# an item number typed before a colon ("1.: Wound will decrease ...", "2): ...")
_NUMBER_COLON = re.compile(r"\(?(\d{1,2})[.)]?\s*:\s+")


# an objective's number alone in a cell of a nested grid ("1a", "2.1", "O3", "(b)")
_GRID_MARKER = re.compile(r"\(?[A-Za-z]?\d{1,2}(?:\.\d{1,2})?[a-z]?[.)]?|\(?[a-z][.)]", re.I)


def _nested_objective_grid(cell: tuple[str, int] | None) -> list[tuple[str | None, str, list[tuple[str, str]], str]]:
    """(marker, statement, facts, the row's line) of each row of a table of objectives nested in an objectives cell, read as
    tab-joined lines under a header line of its own ("#<TAB>Objective<TAB>Baseline<TAB>Mastery"): the header must
    name an objective column and at least one fact column. Empty when the cell holds no such table."""
    if cell is None:
        return []
    lines = [line.strip() for line in cell[0].split("\n") if line.strip()]
    if len(lines) < 2 or "\t" not in lines[0]:
        return []
    heads = [h.strip() for h in lines[0].split("\t")]
    roles = [column_role(h) if h else None for h in heads]
    if "objective" not in roles and roles.count("statement") == 1:
        # "Obj | Statement | Target | Status" nested in an objectives cell: the statement column is the objective's
        roles = ["objective" if r == "statement" else r for r in roles]
    if roles.count("objective") != 1 or not any(r in _GRID_FACTS for r in roles):
        return []
    body = [[v.strip() for v in line.split("\t")] for line in lines[1:]]
    for c, role in enumerate(roles):
        if role is None and len(heads[c]) <= 4 and body and all(
            len(values) > c and _GRID_MARKER.fullmatch(values[c]) for values in body
        ):
            roles[c] = "label"  # "Obj" / "No." over "1a", "1b": the objectives' numbers
    rows: list[tuple[str | None, str, list[tuple[str, str]], str]] = []
    for line in lines[1:]:
        values = [v.strip() for v in line.split("\t")]
        if len(values) != len(heads):
            return []  # a line that is no row of the grid: leave the cell to the other readings
        statement = values[roles.index("objective")]
        if not statement:
            continue
        if "status" in roles and closed_status(values[roles.index("status")]):
            continue  # "Met 03/2026 - discontinued": an objective of the plan before, reported on, no current one
        marker = next((v for v, r in zip(values, roles) if r == "label" and v), None)
        facts = [(r, v) for v, r in zip(values, roles) if r in _GRID_FACTS and v]
        rows.append((marker, statement, facts, line))
    return rows


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


# a merged row that starts with what the client is to do is a goal, not an area's caption ("Improve sleep")
_CAPTION_VERB = re.compile(
    r"(?:increase|decrease|reduce|improve|maintain|develop|build|learn|stop|return|regain|establish|enhance|"
    r"strengthen|promote|gain|keep|get|find|use|attend|complete|obtain|resume|walk|live|feel|sleep)\b",
    re.I,
)


class GoalTablesMixin(TablesMixin):
    """Goals tables: problems, goals, objectives, their facts and the interventions beside them."""

    _unindexed_table_goals: set[int] | frozenset[int] = frozenset()
    _goal_before_caption: int | None = None  # the goal above a group caption row ("Parent Training Goals")
    _table_domain: tuple[str, SourceLocation] | None = None  # the area caption row above ("SOCIAL SKILLS")

    def _goals_table(self, table: Table, kind: TableKind) -> None:
        kind = _level_column(table, _number_column(table, _noted_header_columns(table, kind)))
        table = _join_wrapped_rows(table, kind)
        roles = set(kind.columns.values())
        has_goal_col = "goal" in roles
        objectives_as_goals = not has_goal_col and "objective" in roles and self.goal is None
        last_problem_text = last_goal_text = None
        above_goal = ("", "")  # the goal cell of the row above: its text on one line, and as written
        ordered: set[tuple[str, str]] = set()
        if self.section.key not in GOAL_SECTION_KEYS:
            self.section = Section(self.section.title, "goals", self.section.level, self.section.synonym)
        header_texts = [" ".join(c.text.split()).lower() for c in table.rows[kind.header_row].cells]
        if self._episode_log(table, kind):
            return
        goal_before = self.goal
        closed_goals: list[tuple[Goal, int, int]] = []  # goal rows whose status says they are closed
        self._table_domain = None
        self._unindexed_table_goals = set()  # goals made from rows of this table when it has no python-docx index
        for r in range(kind.header_row + 1, len(table.rows)):
            if table.index is None and self.goal is not None and self.goal is not goal_before:
                self._unindexed_table_goals.add(id(self.goal))  # (a table inside a content control)
            cells = self._row_cells(table, kind, r)
            if not any(text for text, _ in cells.values()):
                continue
            if [" ".join(c.text.split()).lower() for c in table.rows[r].cells] == header_texts:
                continue  # the header row repeated (a table continued on the next page)
            if "service" in cells and "intervention" not in cells:
                cells["intervention"] = cells.pop("service")  # "Tasks / Services" beside each objective
            if self._treatments_banner(table, r):
                continue  # "Modality / intervention: CBT weekly" merged across the goal's table: not an objective
            if self._group_caption_row(table, r):
                continue  # "Parent Training Goals" merged across the grid: the caption of the goals that follow
            if self._domain_caption_row(table, kind, r):
                continue  # "SOCIAL SKILLS" merged across the grid: the area of the goals that follow
            if self._closed_goal_row(table, kind, r):
                continue  # "... | Met 03/2026 (discontinued)": a goal of the plan before, reported on, not a current one
            if self._labelled_element_banner(table, r):
                objectives_as_goals = False  # "LTG 2: ... | Target Date: 03/09/2026": the next goal and its facts
                last_problem_text = last_goal_text = None
                continue
            if not has_goal_col and self._element_banner(table, r):
                objectives_as_goals = False  # "GOAL: ..." merged across an objectives table: the rows under it are its
                last_problem_text = last_goal_text = None
                continue

            self._diagnosis_cells(table, kind, r)  # "S42.201D Fracture of ..." under "Diagnosis" beside the goal

            def loc_of(role: str, cells: dict[str, tuple[str, int]] = cells, r: int = r) -> SourceLocation:
                text, col = cells[role]
                return self._cell_loc(table, r, col, text)

            def text_of(role: str, cells: dict[str, tuple[str, int]] = cells) -> str:
                return " ".join(cells.get(role, ("", 0))[0].split())

            statement = text_of("statement")
            if statement and self._problem_name_row(table, kind, text_of("label"), statement):
                # "1 | Depressed mood" in a "Problem / Goal / Objective" column: a problem's name, not a goal
                self._new_problem(text_of("label") or None, statement, loc_of("statement"))
                continue
            if statement:
                before = (self.goal, self.objective, self.focus, self._last_element)
                element = self._labelled_row(text_of("label"), statement, loc_of("statement"), table.index)
                if element is None:
                    continue
                closed_col = self._closed_status_col(table, kind, r) if isinstance(element, Objective) else None
                if isinstance(element, Goal) and element is self.goal and element is not before[0]:
                    goal_closed = self._closed_status_col(table, kind, r)
                    if goal_closed is not None:
                        closed_goals.append((element, r, goal_closed))  # (dropped after the walk if nothing stays under it)
                if closed_col is not None and before[0] is not None and self.goal is not None and (
                    self.goal.objectives and self.goal.objectives[-1] is element
                ):
                    # "1c | ... | Met 01/13/2026 (discontinued) | -" among the goal's rows of a "Goal / objective"
                    # column: an objective of the plan before, reported on, not a current one (a closed goal row
                    # stays, so that the objective rows under it keep their goal)
                    self.goal.objectives.pop()
                    self.goal, self.objective, self.focus, self._last_element = before
                    self._keep_row_as_text(table, r, closed_col)
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
            if last_problem_text is not None and _SAME_AS_ABOVE.fullmatch(problem_text):
                problem_text = last_problem_text  # "(see above)": the problem of the row above
            if (
                problem_text
                and problem_text != last_problem_text
                and "goal" not in cells
                and self._problem_goal_cell(table, kind, r, cells["problem"])
            ):
                last_problem_text, last_goal_text = problem_text, None  # "Problem 1: ...\nGoal 1: ..." read line by line
                cells = {k: v for k, v in cells.items() if k != "problem"}
                objectives_as_goals = False  # the goals are the column's: the objectives beside them are theirs
                problem_text = ""
            if problem_text and problem_text != last_problem_text:
                bare, number, _ = strip_list_marker(problem_text)  # "1. Depressed mood ...": numbered as written
                self._new_problem(number.strip() if number and bare.strip() else None,
                                  bare.strip() if number and bare.strip() else problem_text, loc_of("problem"))
                last_problem_text, last_goal_text = problem_text, None
            goal_text = text_of("goal")
            if blank_value(goal_text):
                goal_text = ""  # "—", "N/A" in the goals column: no goal written in this row
            if above_goal[0] and _SAME_AS_ABOVE.fullmatch(goal_text):
                # "(see above)": worded as the goal of the row above (the same goal in the same problem, whose
                # objectives go on)
                goal_text = above_goal[0]
                cells["goal"] = (above_goal[1], cells["goal"][1])
            elif goal_text:
                above_goal = (goal_text, cells["goal"][0])
            label_text = text_of("label") or None
            element = None
            labelled_lines = self._labelled_cell_lines(cells.get("goal") or cells.get("objective"))
            lined: list[Objective] = []  # the objectives read from those lines, in turn
            if labelled_lines and (goal_text != last_goal_text or not goal_text):
                # "Goal 1: ...\nObjective 1a: ..." written inside one cell: read it line by line
                text, col = cells.get("goal") or cells["objective"]
                before = self.objective
                for cell_line in labelled_lines:
                    self.line(Line(cell_line, self.section, table=table.index, row=r, cell=col))
                    if self.objective is not None and self.objective is not before and self.objective not in lined:
                        lined.append(self.objective)
                last_goal_text = goal_text
                element = self.goal  # the row's other cells (target date, interventions) describe its goal
                if not cells.get("goal") and self.objective is not None and self.objective is not before:
                    element = self.objective  # "Objective 1a. ..." in the objective column: they describe it
                goal_text = ""
                read = "goal" if cells.get("goal") else "objective"  # (an objective cell beside the goal's is read below)
                cells = {k: v for k, v in cells.items() if k != read}
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
            objective_text = text_of("objective", cells)  # (empty when the cell was read line by line above)
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
            grid = _nested_objective_grid(cells.get("objective")) if not objectives_as_goals else []
            if grid:
                # a table of objectives nested in the cell ("# | Objective | Baseline | Mastery"): one objective a row
                grid_col = cells["objective"][1]
                for marker, objective_statement, facts, row_text in grid:
                    loc = self._cell_loc(table, r, grid_col, row_text.replace("\t", " | "))
                    made = self._new_objective(marker, objective_statement, loc)
                    for role, value in facts:
                        self.objective, self.focus = made, "objective"
                        self._apply_subfield(role, value, loc)
                element, objective_text, facts_read, listed = self.objective, "", True, []
                for role in ("baseline", "target", "mastery_criteria", "measure", "target_date"):
                    if role in cells and text_of(role):  # "Target date" beside the nested objectives: the goal's
                        self.focus = "goal"
                        self._fact_cell(role, cells[role][0], loc_of(role))
            if len(lined) >= 2 and self._facts_fit_objectives(lined, cells):
                # "Objective 1a ..." over "Objective 1b ..." beside "Objective 1a 12/23/2025" over "Objective 1b ...":
                # each fact line is its own objective's
                self._facts_per_objective(lined, [o.label or "" for o in lined], cells, loc_of)
                facts_read = True
            if listed:
                # "1a. BDI-II from 31 to below 14." over "1b. Leave the house ...": one objective a line
                made_objectives = [self._new_objective(m, t, loc_of("objective")) for m, t in listed]
                self._bracketed_target_dates(table, kind, made_objectives)
                self._facts_per_objective(made_objectives, [m for m, _ in listed], cells, loc_of)
                element, objective_text, facts_read = made_objectives[-1], "", True
            if objective_text:
                if objectives_as_goals:
                    element = self._new_goal(
                        label_text, objective_text, loc_of("objective"), domain=text_of("domain") or None
                    )
                else:
                    numbered = self._goal_numbered_by(objective_label, 1) if not has_goal_col else None
                    if numbered is not None:
                        # "1.1", "1.2", "2.1" in the number column of a short-term goals table under the long-term
                        # goals "1." and "2." listed above it: each under the goal its number names
                        self.goal = numbered
                    element = self._new_objective(objective_label, objective_text, loc_of("objective"))
                    self._bracketed_target_dates(table, kind, [element])
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
                if not roles & {"goal", "objective", "statement", "problem"}:
                    # a table of the plan's treatments alone (no goal column): its coded rows are requested too
                    self._services_from_treatments(made)  # type: ignore[attr-defined]
            elif "responsible" in cells and "frequency" in cells and text_of("frequency"):
                self._ordered_discipline(table, kind, r, cells, ordered)
            self.focus = "objective" if self.objective is not None else "goal"
        self._drop_closed_goals(table, closed_goals)
        self._heading_frame_on_table(table.index)

    def _drop_closed_goals(self, table: Table, closed: list[tuple[Goal, int, int]]) -> None:
        """After the walk: a goal row of a "# | Goal / objective | Status" grid whose status says it is closed ("Met
        07/2026 (discontinued)"), left with no current objective or treatment under it (its objective rows were
        closed too), is a goal of the plan before, reported on: dropped, its row kept as free text. A closed goal
        with a current objective under it stays, as the goal that objective serves."""
        for goal, r, col in closed:
            if goal.objectives or goal.interventions:
                continue
            problem = next((p for p in self.problems if any(g is goal for g in p.goals)), None)
            if problem is None:
                continue
            problem.goals = [g for g in problem.goals if g is not goal]
            for number in [n for n, g in self.goal_numbers.items() if g is goal]:
                del self.goal_numbers[number]
            if self.goal is goal:
                self.goal, self.objective, self.intervention = None, None, None
            if self._last_element is goal:
                self._last_element = None
            self._keep_row_as_text(table, r, col)

    def _diagnosis_cells(self, table: Table, kind: TableKind, r: int) -> None:
        """A goals table with a column of diagnoses ("Diagnosis | Problem | Goal | Interventions"): the diagnoses
        written in that column's cell of a row (a code and its name, or a name in words) are the plan's. A cell
        merged from the row above, or one whose header names something else ("Diagnosis-related problem"), is not."""
        header = table.rows[kind.header_row].cells
        for position, head in enumerate(header):
            if not _DIAGNOSIS_COLUMN.fullmatch(" ".join(head.text.split())):
                continue
            cell = next((c for c in table.rows[r].cells if c.col == head.col), None)
            if cell is None or cell.merged_from_above:
                continue
            text = " ".join(line.strip() for line in cell.lines if line.strip())
            if not text or blank_value(text):
                continue
            found = self._stated_diagnoses(text)  # type: ignore[attr-defined]
            if found:
                self._add_diagnoses(found, self._cell_loc(table, r, cell.col, text))  # type: ignore[attr-defined]

    def _problem_name_row(self, table: Table, kind: TableKind, label: str, statement: str) -> bool:
        """True for a row of a column that holds problems, goals and objectives alike ("Problem / Goal / Objective")
        whose cell names a problem without a label: a few words with no digits and no words of a goal ("Depressed
        mood and isolation"), under no outline number of an objective."""
        if "problem" not in self._header_text(table, kind, "statement").lower():
            return False
        if element_label(statement) is not None or (label and element_label(f"{label}: {statement}") is not None):
            return False
        if len(statement.split()) > 8 or has_digit(statement) or GOAL_WORDS.search(statement):
            return False
        return not (label and re.fullmatch(r"\d{1,2}(?:[.-]?[a-z]|\.\d{1,2})", label.strip(), re.I))

    def _bracketed_target_dates(self, table: Table, kind: TableKind, made: list[Objective]) -> None:
        """An objectives column whose header says each objective's target date follows it in brackets ("Objectives
        (target date)", "Short-term objectives (due date)") over "1.1 Identify 5 triggers (02/20/2026)": the bracketed
        date ending each objective is its target date."""
        header = table.rows[kind.header_row].cells
        heads = [header[p].text for p, role in kind.columns.items() if role == "objective" and p < len(header)]
        if not any(_DATE_IN_BRACKETS_HEADER.search(" ".join(h.split())) for h in heads):
            return
        for objective in made:
            m = _BRACKETED_DATE_END.search(objective.statement or "")
            date = first_date(m.group(1)) if m else None
            if date is not None and objective.target_date is None:
                objective.target_date = date
                objective.field_sources["target_date"] = objective.source

    def _episode_log(self, table: Table, kind: TableKind) -> bool:
        """A table of episodes of care ("Provider / Program | Dates | ... | Outcome"): its only goal column is a bare
        "Outcome" and every filled row spans two dates (the episode's first and last day). The outcome is how each
        episode ended ("Completed; goals met", "Discharged to IOP"), not a goal; each row is kept as free text.
        A goals grid with an "Outcome" column and one target date a row stays a goals grid."""
        aims = [p for p, role in kind.columns.items() if role in ("goal", "objective", "statement", "problem")]
        header = table.rows[kind.header_row].cells
        if len(aims) != 1 or aims[0] >= len(header) or kind.columns[aims[0]] != "goal":
            return False
        if not _OUTCOME_HEADER.fullmatch(" ".join(header[aims[0]].text.split())):
            return False
        rows = [
            list(dict.fromkeys(" ".join(c.text.split()) for c in row.cells if c.text.strip()))
            for row in table.rows[kind.header_row + 1 :]
        ]
        filled = [texts for texts in rows if texts]
        if not filled or not all(any(_DATE_SPAN.search(t) for t in texts) for texts in filled):
            return False
        for row, texts in zip(table.rows[kind.header_row + 1 :], rows, strict=True):
            if texts and row.cells:
                text = " | ".join(texts)
                self._free(Line(text, self.section, table=table.index, row=row.index, cell=row.cells[0].col), text)
        return True

    def _closed_goal_row(self, table: Table, kind: TableKind, r: int) -> bool:
        """A row of a goals table (goal column, no objective column) whose status cell says the goal is closed ("Met",
        "Mastered 02/2026", "Discontinued", "Achieved"): a goal of an earlier period carried in the grid, not one of
        the plan's current goals; its text is kept as free text. So is a closed row of an objectives table with no
        goal column. A goal met and kept up ("Met - continue to maintain")
        and one not or partly met stay current goals."""
        roles = set(kind.columns.values())
        # an objectives table with a status column and no goal column ("# | Short-term goal | Target date | Status"):
        # an objective "Achieved" at an earlier review is the plan before's, as a closed goal row is
        objectives_only = "objective" in roles and not roles & {"goal", "statement"}
        if ("goal" not in roles or "statement" in roles) and not objectives_only:
            return False
        if "goal" in roles and "objective" in roles and not self._goal_alone_in_row(table, kind, r):
            return False  # a status beside one of the goal's several objective rows is that objective's
        col = self._closed_status_col(table, kind, r)
        if col is None:
            return False
        self._keep_row_as_text(table, r, col)
        return True

    @staticmethod
    def _closed_status_col(table: Table, kind: TableKind, r: int) -> int | None:
        """The column of row `r` whose status cell (under a status header: "Status", "Status 02/03/2026") says the
        row's goal or objective is closed ("Met 01/13/2026 (discontinued)", "Mastered"); None when there is none."""
        header = table.rows[kind.header_row].cells
        row = table.rows[r]
        for position, role in kind.columns.items():
            if role != "status" or position >= len(header):
                continue
            if not STATUS_HEADER.fullmatch(normalize_label(header[position].text)):
                continue  # "Comments", "Date initiated": no status of the goal
            cell = next((c for c in row.cells if c.col == header[position].col), None)
            if cell is not None and closed_status(" ".join(cell.text.split())):
                return cell.col
        return None

    def _keep_row_as_text(self, table: Table, r: int, col: int) -> None:
        """Row `r` kept as free text (its distinct cells joined by " | "), found at cell `col`."""
        texts = list(dict.fromkeys(" ".join(c.text.split()) for c in table.rows[r].cells if c.text.strip()))
        text = " | ".join(texts)
        self._free(Line(text, self.section, table=table.index, row=r, cell=col), text)

    def _goal_alone_in_row(self, table: Table, kind: TableKind, r: int) -> bool:
        """True when row `r` of a "Goal | Objective(s) | Status" grid starts a goal and the goal has no other row:
        the next filled row starts another goal (or there is none), so the row's status is the goal's."""
        goal_cols = [table.rows[kind.header_row].cells[p].col for p, role in kind.columns.items()
                     if role == "goal" and p < len(table.rows[kind.header_row].cells)]

        def goal_text(row_index: int) -> str:
            return " ".join(
                " ".join(c.text.split()) for c in table.rows[row_index].cells if c.col in goal_cols
            ).strip()

        own = goal_text(r)
        if not own:
            return False
        for later in range(r + 1, len(table.rows)):
            if not any(c.text.strip() for c in table.rows[later].cells):
                continue
            return bool(goal_text(later)) and goal_text(later) != own
        return True

    def _heading_frame_on_table(self, table: int) -> None:
        """ "Goals — to be met by 07/06/2026" over a goals table: the heading's date (or time frame) holds for each
        goal and objective of the table that has none of its own (see goal_lists._group_time_frame)."""
        for problem in self.problems:
            for goal in problem.goals:
                for element in [goal, *goal.objectives]:
                    if element.source is not None and element.source.table == table:
                        self._group_time_frame(element.source, element)  # type: ignore[attr-defined]

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

    def _element_banner(self, table: Table, r: int) -> bool:
        """A row of one text merged across a table of objectives (no goal column) that labels a goal or a problem
        ("GOAL: Stay sober ...", "Problem 2 - Worry ...") over rows of objectives: the goal (or problem) they serve."""
        row = table.rows[r]
        widest = max(len(other.cells) for other in table.rows)
        texts = {" ".join(c.text.split()) for c in row.cells}
        if widest < 2 or len(texts) != 1 or not row.cells[0].text.strip():
            return False  # (merged: one cell spanning the grid, or the same text in every cell)
        text = texts.pop()
        found = element_label(text)
        if found is None or found.kind not in ("goal", "problem") or not found.value or found.plural:
            return False
        self._labelled_row("", text, self._cell_loc(table, r, row.cells[0].col, text), table.index)
        return True

    def _group_caption_row(self, table: Table, r: int) -> bool:
        """A row of one text merged across a goals table that names a group of goals ("Parent Training Goals",
        "Caregiver goals", "Skill acquisition goals:") with no words of a goal of its own: a caption, no goal.
        Its text is kept as free text."""
        row = table.rows[r]
        widest = max(len(other.cells) for other in table.rows)
        texts = {" ".join(c.text.split()) for c in row.cells}
        if widest < 2 or len(texts) != 1 or not row.cells[0].text.strip():
            return False
        text = texts.pop()
        caption = text.rstrip(":").strip()
        found = element_label(f"{caption}: x")
        if found is None or found.kind != "goal" or not found.plural or found.label != caption:
            return False
        if len(caption.split()) > 6 or GOAL_WORDS.search(caption):
            return False
        self._free(Line(text, self.section, table=table.index, row=r, cell=row.cells[0].col), text)
        self._goal_before_caption = id(self.goal) if self.goal is not None else None
        return True

    def _domain_caption_row(self, table: Table, kind: TableKind, r: int) -> bool:
        """A row of one short title merged across a goals grid ("LANGUAGE", "Social skills", "Behavior reduction")
        with no words of a goal, over rows whose goal cells are sentences: the area (domain) of the goals below it,
        up to the next such row. A merged row that writes a goal ("Improve sleep", "Reduce screaming") or a
        labelled one ("Goal 2: ...") is no caption."""
        row = table.rows[r]
        widest = max(len(other.cells) for other in table.rows)
        texts = {" ".join(c.text.split()) for c in row.cells}
        if widest < 3 or len(texts) != 1 or not row.cells[0].text.strip():
            return False
        caption = texts.pop().rstrip(":").strip()
        if (
            not caption
            or len(caption.split()) > 4
            or any(ch.isdigit() for ch in caption)
            or re.search(r"[.:;!?]", caption)
            or GOAL_WORDS.search(caption)
            or _CAPTION_VERB.match(caption)
            or element_label(caption) is not None
        ):
            return False
        roles = set(kind.columns.values())
        if not roles & {"goal", "objective"} or len(roles) < 2:
            return False
        goal_cols = {p for p, role in kind.columns.items() if role in ("goal", "objective")}
        for later in table.rows[r + 1 :]:
            filled = {" ".join(c.text.split()) for c in later.cells} - {""}
            if not filled:
                continue
            if len(filled) < 2:
                return False  # a caption over another caption (or the table's end note): not this grid's area
            words = " ".join(" ".join(later.cells[p].text.split()) for p in goal_cols if p < len(later.cells))
            if len(words.split()) < 4:
                return False
            break
        else:
            return False
        loc = self._cell_loc(table, r, row.cells[0].col, caption)
        self._free(Line(caption, self.section, table=table.index, row=r, cell=row.cells[0].col), caption)
        self._table_domain = (caption, loc)
        return True

    def _labelled_element_banner(self, table: Table, r: int) -> bool:
        """A row under a goals table's header that writes a goal (or problem) and its facts, each cell labelled
        ("LTG 2: Patient will ... | Target Date: 03/09/2026") while the header's columns are the objectives': the
        goal the rows below serve, read cell by cell as lines."""
        row = table.rows[r]
        if not labelled_element_row(row):
            return False
        found = element_label(" ".join(row.cells[0].text.split()))
        if found is None or found.kind not in ("goal", "problem"):
            return False
        seen: set[int] = set()
        for cell in row.cells:
            if cell.merged_from_above or id(cell.lines) in seen:
                continue
            seen.add(id(cell.lines))
            for text in cell.lines:
                if text.strip():
                    self._table_line(text, table.index, r, cell.col)
        return True

    def _treatments_banner(self, table: Table, r: int) -> bool:
        """A row of one text merged across a goals table ("Modality / intervention: Individual CBT (weekly); ...",
        "Interventions: graded exposure") that labels treatments: the interventions of the goal above."""
        row = table.rows[r]
        texts = {" ".join(c.text.split()) for c in row.cells} - {""}
        widest = max(len(other.cells) for other in table.rows)
        if widest < 2 or len(texts) != 1 or self.goal is None:
            return False
        text = texts.pop()
        head = split_labels(text)[0]
        loc = self._cell_loc(table, r, row.cells[0].col, text)
        lines = [line.strip() for line in row.cells[0].lines if line.strip()]
        caption = lines[0].rstrip(":").strip() if len(lines) >= 2 else ""
        if caption and len(caption.split()) <= 4 and ":" not in caption:
            # "Interventions" (or "Interventions:") on a line of its own over its items ("• Individual ...") in the cell
            return self._treatments_row(caption, ["\n".join(lines[1:])], loc)
        if not head.label or not head.value:
            return False
        return self._treatments_row(head.label, [head.value], loc)

    def _treatments_row(self, label: str, texts: list[str], loc: SourceLocation | None) -> bool:
        """A goals-table row whose label cell names treatments ("Strategies (type / frequency) | Group counseling
        3x/week; ...", "Services: ..."): the interventions of the goal above, not an objective."""
        if not label or not texts or loc is None or self.goal is None:
            return False
        found = element_label(f"{label}: x")
        # "Services: Recovery support group, 2x/week; ..." under a goal's objectives: the services for that goal
        if (found is None or found.kind != "intervention") and field_key(label) not in ("interventions", "service"):
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
            elif (sub := self._outline_objective(statement, table)) is not None:
                return self._new_objective(sub[0], sub[1], loc, number=sub[0])
            elif (
                label
                and (
                    (sub := self._outline_objective(f"{label} {statement}", table)) is not None
                    # "1a | Harold will ..." under "G1 | Goal: ...": the label cell is the marker, typed without a dot
                    # (a number and a letter; "G2", "P2" name the next goal or problem)
                    or (
                        re.fullmatch(r"\d{1,2}[.-]?[a-z]", label.strip(), re.I) is not None
                        and (sub := self._outline_objective(f"{label.strip()}. {statement}", table)) is not None
                    )
                )
                and sub[0].rstrip(".") == label.strip().rstrip(".")
            ):
                return self._new_objective(label.strip(), statement, loc, number=label.strip())  # "1.1 | Desmond will ..." under "GOAL 1"
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
                    named = element_label(line)
                    if colon and key in keys:
                        pairs.append((objectives[keys.index(key)], value.strip()))
                    elif named is not None and named.value and named.label.lower() in keys:
                        pairs.append((objectives[keys.index(named.label.lower())], named.value))  # "Objective 1b 10/24/2025"
                    elif len(lines) == len(objectives):
                        rest, marker, _ = strip_list_marker(line)
                        pairs.append((objectives[position], rest.strip() if marker else line))
            for objective, value in pairs:
                self.objective, self.focus = objective, "objective"
                self._apply_subfield(role, value, loc)
        self.objective = objectives[-1]

    def _outline_objective(self, text: str, table: int | None) -> tuple[str, str] | None:
        """(marker, statement) when a goal cell is a sub-item of the goal above it in the same table: a typed
        outline number of the goal's own ("1.1", "2.b", "1a") or a letter ("a.", "b)") under a goal made from a
        row of this table. The goal's number, when it has one, must match ("2.1" is not under "Goal 1")."""
        goal = self.goal
        if not text or goal is None or goal.source is None or not self.same_table(goal.source.table, table):
            return None  # (a table split across pages is one: "1b" on the next page is still under Goal 1)
        if id(goal) == self._goal_before_caption:
            return None  # "P1. ..." under a "Parent Training Goals" row: a goal of the new group, not a sub-item
        if table is None and id(goal) not in self._unindexed_table_goals:
            return None  # a table with no index (inside a content control): only under a goal of its own rows
        statement, marker, depth = strip_list_marker(text)
        if marker is None or depth != 1 or not statement.strip():
            return None
        own_marker = strip_list_marker(" ".join((goal.source.text or "").split()))[1]
        if own_marker is not None and _marker_shape(own_marker) == _marker_shape(marker):
            return None  # "P2. ..." under "P1. ...": the next goal numbered as the goal above was, not its sub-item
        head = re.match(r"\(?(\d{1,2})[.\-]?[a-z\d]", marker, re.I)
        own = re.search(r"(\d{1,2})\s*$", goal.label or "") or re.match(r"\(?(\d{1,2})\b", goal.label or "")
        if head and own and head.group(1) != own.group(1):
            return None
        return marker.strip(), statement.strip()

    @staticmethod
    def _facts_fit_objectives(objectives: list[Objective], cells: dict[str, tuple[str, int]]) -> bool:
        """True when the fact cells beside objectives read one a line can be shared out among them: one of them has
        several lines, each a line for each objective or lines that each name an objective by its label ("Objective
        1b 10/24/2025"); any other holds one line, for all. (One line in each fact cell describes the row's goal.)"""
        keys = {(o.label or "").lower() for o in objectives} - {""}
        found = False
        for role in _GRID_FACTS:
            if role not in cells or not cells[role][0].strip():
                continue
            lines = [line.strip() for line in cells[role][0].split("\n") if line.strip()]
            if len(lines) == 1:
                continue
            found = True
            if len(lines) == len(objectives):
                continue
            named = [element_label(line) for line in lines]
            if not all(n is not None and n.label.lower() in keys for n in named):
                return False
        return found

    def _problem_goal_cell(self, table: Table, kind: TableKind, r: int, cell: tuple[str, int]) -> bool:
        """A cell of a "Problem / Goal" column (no goal column of its own) that writes the goal too, read line by
        line: lines labelled as a problem and a goal with the goal's facts ("Problem 1: ..." over "Goal 1: ..." over
        "Baseline: ..."), or a goals caption over the goal ("Goals" over "1.: Wound will decrease ..."). A cell
        naming the problem alone stays the row's problem."""
        if not re.search(r"\bgoals?\b", self._header_text(table, kind, "problem"), re.I):
            return False
        text, col = cell
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        if len(lines) == 1:
            return self._named_problem_goal_cell(lines[0], self._cell_loc(table, r, col, text))
        if len(lines) < 2:
            return False
        labels = [element_label(strip_list_marker(line)[0]) for line in lines]
        if any(found is not None and found.kind == "goal" and found.value for found in labels):
            for line in lines:
                self.line(Line(line, self.section, table=table.index, row=r, cell=col))
            return True
        caption = element_label(f"{lines[0].rstrip(':').strip()}: x")
        if caption is None or caption.kind != "goal" or caption.label != lines[0].rstrip(":").strip():
            return False
        statement = " ".join(lines[1:])
        numbered = _NUMBER_COLON.match(statement)
        if not GOAL_WORDS.search(statement):
            return False
        label = numbered.group(1) if numbered else None
        self._new_goal(label, statement[numbered.end():] if numbered else statement, self._cell_loc(table, r, col, text))
        return True

    def _named_problem_goal_cell(self, text: str, loc: SourceLocation) -> bool:
        """ "1. Relapse risk: Adrian will build a relapse-prevention plan ..." in a "Problem / goal" column: the
        problem's name, a colon, then the goal's own sentence; the objectives beside it are that goal's. A cell whose
        words after the colon are no goal's ("Relapse risk: two relapses since January") names the problem alone."""
        bare, number, _ = strip_list_marker(text)
        head, colon, tail = bare.partition(":")
        head, tail = head.strip(), tail.strip()
        named_goal = re.match(r"(?P<name>.+?)\s*[.;\u2013\u2014]\s*(?P<label>[A-Za-z][A-Za-z -]{0,24})$", head)
        if named_goal is not None:
            found = element_label(f"{named_goal.group('label')}: x")
            if found is not None and found.kind == "goal":
                head = named_goal.group("name")  # "Methamphetamine use. Goal: Beau will ...": the problem's name alone
        if not colon or not head or not tail or element_label(bare) is not None:
            return False
        if len(head.split()) > 5 or GOAL_WORDS.search(head) or any(c.isdigit() for c in head):
            return False
        if not re.search(r"\bwill\b", tail, re.I) or len(tail.split()) < 4:
            return False  # (a goal's sentence says what the client will do)
        self._new_problem(number.strip() if number else None, head, loc)
        self._new_goal(None, tail, loc)
        return True

    @staticmethod
    def _labelled_cell_lines(cell: tuple[str, int] | None) -> list[str]:
        """The lines of a goal/objective cell when they carry element labels ("Goal 1:", "Objective 1a:")."""
        if cell is None:
            return []
        lines = [line.strip() for line in cell[0].split("\n") if line.strip()]
        labelled = [line for line in lines if element_label(strip_list_marker(line)[0])]
        return lines if labelled else []


# a row number in a column of its own: "1", "1a", "2.3", "G1", "O2" (a goal's or an objective's initial and number)
_ROW_NUMBER_CELL = re.compile(r"(?:[A-Z]{1,3}\s?)?\d{1,2}(?:[.-]?\d{1,2}|[.-]?[a-z])?[.)]?|[a-z]\d?[.)]?", re.IGNORECASE)


def _noted_header_columns(table: Table, kind: TableKind) -> TableKind:
    """`kind` with the columns whose caption carries a long note in brackets ("Behavioral objective (measurable,
    time-specific)") read by the caption without its note, when the caption is left with no role; a caption that
    names no role without its note stays unread."""
    header = table.rows[kind.header_row].cells if kind.header_row < len(table.rows) else []
    added: dict[int, str] = {}
    for position, cell in enumerate(header):
        text = " ".join(cell.text.split())
        if position in kind.columns or "(" not in text or cell.merged_from_above:
            continue
        bare = " ".join(re.sub(r"\([^)]*\)", " ", text).split())
        role = column_role(bare) if bare and bare != text else None
        if role in ("objective", "goal", "target_date", "baseline", "measure", "mastery_criteria", "intervention") and (
            role not in kind.columns.values()
        ):
            added[position] = role
    if not added:
        return kind
    return dataclasses.replace(kind, columns=dict(sorted({**kind.columns, **added}.items())))


def _number_column(table: Table, kind: TableKind) -> TableKind:
    """`kind` with the column just left of the goal or statement column read as the rows' numbers when its caption
    names no role ("Prob", "Ref", "Seq") and every cell it fills holds a row number ("1", "1a", "1b", "2"): the
    numbers tell the goals from their objectives, as a "#" column does."""
    if "label" in kind.columns.values():
        return kind
    aims = [p for p, role in kind.columns.items() if role in ("goal", "statement")]
    if len(aims) != 1 or aims[0] == 0 or (aims[0] - 1) in kind.columns:
        return kind
    position = aims[0] - 1
    values = []
    for row in table.rows[kind.header_row + 1 :]:
        if position < len(row.cells) and row.cells[position].text.strip():
            values.append(row.cells[position].text.strip())
    if len(values) < 2 or not all(_ROW_NUMBER_CELL.fullmatch(v) for v in values):
        return kind
    return dataclasses.replace(kind, columns={**kind.columns, position: "label"})


# a level written short (a number with its unit, a level of assistance, a comparison), no goal's sentence
_SHORT_LEVEL_CELL = re.compile(
    r"(?=[^.;]{1,60}$)(?!.*\b(?:will|shall|to\s+(?:increase|decrease|reduce|improve|walk|ambulate))\b)"
    r"(?:.*\d|.*\b(?:WNL|WFL|independent(?:ly)?|mod\s*I|min\s*A|mod\s*A|max\s*A|assist\w*|supervision|SBA|CGA)\b)",
    re.I,
)


def _level_column(table: Table, kind: TableKind) -> TableKind:
    """`kind` with a second goal column read as the level to reach: "Functional goal | Baseline | Goal | Time frame"
    over "R shoulder active flexion | 95° | 150° | 8 weeks" names the goal twice, and the column after the baseline
    whose every filled cell is a short level ("150°", "≤ 30", "Independent, 5 of 5 trials") is each row's target.
    A second column of goals' sentences is left as it was."""
    roles = kind.columns
    if "target" in roles.values() or "mastery_criteria" in roles.values():
        return kind
    aims = [p for p, role in roles.items() if role in ("goal", "statement")]
    if len(aims) != 1:
        return kind
    header = table.rows[kind.header_row].cells
    for position in range(aims[0] + 1, len(header)):
        if position in roles or column_role(" ".join(header[position].text.split())) not in ("goal", "target"):
            continue
        texts = [
            " ".join(row.cells[position].text.split())
            for row in table.rows[kind.header_row + 1 :]
            if position < len(row.cells) and row.cells[position].text.strip()
        ]
        if texts and all(_SHORT_LEVEL_CELL.match(t) for t in texts):
            return dataclasses.replace(kind, columns={**roles, position: "target"})
    return kind


def _cell_at(row: Row, position: int) -> Cell | None:
    return row.cells[position] if position < len(row.cells) else None


def _wrapped_row(upper: Row, lower: Row, kind: TableKind) -> bool:
    """True when `lower` is the rest of `upper`, its objective cut by a converter's page or line ends: "a. Harriet will
    reduce her PCL-5 score from 47 | 12/07/2026" over "to 30 or below. | (no date)". The lower objective cell goes on
    in lower case with no marker or label, the upper one stops mid-sentence on a row that holds the objective's
    date, the lower row has no date, and the goal beside it is the upper row's (or none)."""
    roles = kind.columns
    objective = next((p for p, role in roles.items() if role in ("objective", "statement")), None)
    date = next((p for p, role in roles.items() if role == "target_date"), None)
    if objective is None or date is None:
        return False
    cells = [(_cell_at(upper, objective), _cell_at(lower, objective)), (_cell_at(upper, date), _cell_at(lower, date))]
    if any(a is None or b is None for a, b in cells):
        return False
    above, below = (" ".join(c.text.split()) for c in cells[0])  # type: ignore[union-attr]
    if not above or not below or not below[0].islower() or above.endswith((".", "!", "?", ":", ";")):
        return False
    if strip_list_marker(below)[1] is not None or element_label(below) is not None:
        return False
    if not cells[1][0].text.strip() or cells[1][1].text.strip():  # type: ignore[union-attr]
        return False
    for position, role in roles.items():
        if role in ("goal", "problem", "label"):
            a, b = _cell_at(upper, position), _cell_at(lower, position)
            if b is not None and b.text.strip() and (a is None or " ".join(a.text.split()) != " ".join(b.text.split())):
                return False
    return True


def _join_wrapped_rows(table: Table, kind: TableKind) -> Table:
    """`table` with each row that is the rest of the row above (see _wrapped_row) joined into it, cell by cell, and
    left empty (so that the rows keep their indices)."""
    rows = list(table.rows)
    upper_at: int | None = None
    changed = False
    for r in range(kind.header_row + 1, len(rows)):
        if upper_at is not None and _wrapped_row(rows[upper_at], rows[r], kind):
            upper, lower = rows[upper_at], rows[r]
            kept = {p for p, role in kind.columns.items() if role in ("goal", "problem", "label")}
            joined = []
            for position, cell in enumerate(upper.cells):
                below = _cell_at(lower, position)
                rest = " ".join(below.text.split()) if below is not None and position not in kept else ""
                lines = [line for line in cell.lines if line.strip()]
                if rest:
                    # (the rest goes on the cell's last line: the lines above it are items of their own)
                    lines = [*lines[:-1], f"{lines[-1].rstrip()} {rest}"] if lines else [rest]
                joined.append(dataclasses.replace(cell, lines=lines) if rest else cell)
            rows[upper_at] = dataclasses.replace(upper, cells=joined)
            rows[r] = dataclasses.replace(lower, cells=[dataclasses.replace(c, lines=[]) for c in lower.cells])
            changed = True
            continue
        if any(c.text.strip() for c in rows[r].cells):
            upper_at = r
    return dataclasses.replace(table, rows=rows) if changed else table

