"""Goals written without labels: lines and list items under a goals heading, read as goals, objectives or
interventions by their outline number, list level or indentation; lead-in sentences whose time frame holds for
the list after them; problem anchors ("For problem #2:"); and sentences that are about the goals, not goals.

A mixin of the DOCX plan builder (see docx.build): it reads and writes the builder's state.
"""

from __future__ import annotations

import datetime as dt
import re

from authcheck.model import Goal, Objective, Problem, SourceLocation
from authcheck.parsing import find_dates
from authcheck.parsing.dates import ANY_DATE_TEXT
from authcheck.readers.docx.goal_phrases import (
    ABOUT_THE_PLAN,
    ATTESTATION,
    TREATMENT_NOTE,
    DATA_NOTE,
    DEFERRED_ELEMENT,
    DEFERRED_SENTENCE,
    GOALS_ANNOUNCED,
    GOALS_DESCRIBED,
    GOALS_LIST_LEAD_IN,
    GOAL_WORDS,
    GROUP_FRAME,
    LIST_LEAD_IN,
    PROBLEM_ANCHOR,
    PROGNOSIS_NOTE,
    PROGRESS_NOTE,
    QUOTED_AIM,
    SENTENCE_BREAK,
    STATEMENT_LABEL,
    STEPS_LEAD_IN,
    TERM_CAPTION,
    YEARLESS_DUE,
    TYPED_MARKER,
    dash_facts,
    initial_marker_depth,
    list_lead_in,
    outline_level,
    time_bound,
    time_note_only,
)
from authcheck.readers.docx.label_split import split_labels
from authcheck.readers.docx.labels import ElementLabel, element_label, subfield_key
from authcheck.readers.phrases import blank_value
from authcheck.readers.phrases.names import split_name_credential
from authcheck.readers.docx.sections import match_section
from authcheck.readers.docx.state import GOAL_SECTION_KEYS, BuilderState, Line, Section


# a person's name and credential alone on a line ("Heidi Rasmussen, LMFT"): a signer, no problem's name
_SIGNER_NAME = re.compile(
    r"(?:Dr\.?\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]*){1,3},\s*(?P<cred>[A-Za-z][\w.-]{1,10}(?:,\s*[A-Za-z][\w.-]{1,10}){0,2})"
)


# "by 4/13/26" closing a step; the plan's own dates ("Recert due by 3/9/26", "Certification ... through 3/7/26") are
# no step's
_BY_DATE = re.compile(rf"\bby\s+{ANY_DATE_TEXT}", re.I)
_PLAN_EVENT = re.compile(
    r"\b(?:cert\w*|recert\w*|re-?eval\w*|review\w*|reauth\w*|auth\w*|plan|signed|sign|discharge|d/c|update\w*|"
    r"renew\w*|expires?|due)\b",
    re.I,
)


# a goal's facts written on its line ("Baseline 1/week ... Goal: 0 episodes (mastery) by 08/14/2026"): such a line is
# read by the fact readers, not as a bare dated step
_FACT_WORDS = re.compile(r"\b(?:baseline|mastery|mastered|criteri\w*|target)\b", re.I)


# a problem's name with its goal run in on the same list item ("1. Alcohol use - Goal: complete the inpatient stay",
# "2. Anxiety. Goal: manage anxiety without alcohol"): the name, then the goal's own label and words
_NAMED_PROBLEM_GOAL = re.compile(
    r"(?P<name>[A-Za-z][^:;.]{1,60}?)\s*(?:[-–—.;,]\s*)(?P<label>(?:(?:long|short)[\s-]*term\s+)?goal)\s*(?:#?\d{1,2})?"
    r"\s*[:\-–—]\s*(?P<statement>\S.*)",
    re.I,
)


# a label naming what shows a problem ("Evidenced by", "As evidenced by", "Evidence", "Symptoms"): no goal's words
_EVIDENCE_LABEL = re.compile(r"(?:(?:as\s+)?evidenced\s+by|evidence|symptoms?|behavioral\s+evidence|as\s+shown\s+by)",
                             re.IGNORECASE)


def named_problem_goal(text: str) -> tuple[str, str, str] | None:
    """(problem name, goal label, goal words) of a problem list item with its goal run in ("Alcohol use - Goal:
    complete ..."); None when the words before the label are no short name (a sentence, or one naming a goal)."""
    match = _NAMED_PROBLEM_GOAL.fullmatch(text.strip())
    if match is None:
        return None
    name = match.group("name").strip()
    if len(name.split()) > 6 or re.search(r"\b(?:goals?|objectives?|will)\b", name, re.I):
        return None
    return name, match.group("label").strip(), match.group("statement").strip()


def _dated_step(text: str) -> bool:
    """ "amb 200' w/ RW mod I by 4/13/26": a step of four words or more closed by its target date, under a goals
    heading (a heading such as "Long-term goals (by 6/30/2026):" and a date of the plan's own are none)."""
    return (
        len(text.split()) >= 4
        and not text.rstrip().endswith(":")
        and _BY_DATE.search(text) is not None
        and _PLAN_EVENT.search(text) is None
        and _FACT_WORDS.search(text) is None
        and len(split_labels(text)) == 1
    )


def _signer_name(text: str) -> bool:
    match = _SIGNER_NAME.fullmatch(text.strip())
    return match is not None and split_name_credential(text)[1] is not None


class GoalListsMixin(BuilderState):
    """Unlabelled goals, objectives and interventions under goals headings, and lists of them."""

    _lead_in_list = False  # the last unlabelled goal was a list item (so a plain paragraph after it ends the list)
    _lead_in_goal: Goal | None = None  # an unlabelled goal closing with "Specifically:": the list after it is its steps
    # the time frame and date of a lead-in sentence ("By the end of this plan (10 weeks), he will:") with the heading
    # it was written under: they hold for each item of the list after it
    _list_frame: tuple[str | None, dt.date | None, SourceLocation, str | None] | None = None
    # a problem read from a Word list item, with its list level: the goal under it is a plain paragraph, and the
    # list goes on one level down with that goal's objectives ("Problem 1: Anxiety" / "Goal: ..." / "1.1 ...")
    _problem_list_level: tuple[Problem, int] | None = None

    def _goal_text(self, line: Line, core: str, marker: str | None, depth: int | None) -> bool:
        """An unlabelled line in a goals section: a goal, an objective under it, or an intervention, by list depth.

        Typed markers decide the depth ("1." goal, "a." / "1.a" / "1.1" objective, "i." intervention), then
        Word list levels, then indentation under the goal. A lettered item with no goal above it is a goal.
        """
        if blank_value(core):
            return True  # a fill line left for goals to be written on
        if marker is None and line.list_level is None and self._colon_line_goes_on(line, core):
            return True
        if (initial := initial_marker_depth(marker)) is not None:
            depth = initial  # "G1. ..." then "O1. ...", "O2. ...": a goal and its objectives by their initials
        core = STATEMENT_LABEL.sub("", core).strip() or core  # "Statement: Leo will ..." under a "GOAL 1" caption
        if DEFERRED_ELEMENT.match(core) or DEFERRED_SENTENCE.match(core):
            # "To be developed with the client at the 30-day review", "Objectives for this goal will be developed at
            # the next session": no element yet
            self._free(line, core)
            return True
        loc = line.loc(core)
        if ABOUT_THE_PLAN.match(core):
            return False  # "Plan will be updated by 05/08/2026": the plan's review, not a goal
        if PROGRESS_NOTE.match(core):
            return False  # "Progress will be measured with the PHQ-9 monthly": how goals are followed, not a goal
        if PROGNOSIS_NOTE.match(core):
            return False  # "Rehab potential is good. She will be discharged ... once goals are met": about the goals
        if ATTESTATION.match(core):
            return False  # "I have reviewed this plan of care and certify that ...": a sign-off, not a goal
        if marker is None and TREATMENT_NOTE.match(core):
            return False  # "Treatment will include therapeutic exercise (97110), ...": the treatment, not a goal
        head = split_labels(core)[0]
        if head.label and head.value and _EVIDENCE_LABEL.fullmatch(head.label.strip()) and self._problem_without_goal():
            # "Problem 3: Type 2 diabetes" over "Evidenced by: HbA1c 9.4% on 12/2025 labs; ...": what shows the
            # problem, not a goal dated by its lab result
            return False
        if head.label and head.value and self.hold_area(head.label, head.value, loc):  # type: ignore[attr-defined]
            return True  # "Domain 1: Communication" over "Goal 1: ...": the area heading the goal that follows
        if head.label and head.value:
            named = match_section(head.label)
            if named.key in ("discharge", "other") and named.score >= 95:
                return False  # "Discharge criteria: mastery of 80% of goals ...": another part of the plan
        listed = marker is not None or line.list_level is not None
        if not listed and self._list_lead_in(line, core):
            return True
        if not listed and GOALS_ANNOUNCED.search(core) and not STEPS_LEAD_IN.search(core):
            self._free(line, core)  # "We agreed on these goals. Each goal has the steps we will use to see progress:"
            return True
        if not listed and GOALS_DESCRIBED.search(core) and not any(ch.isdigit() for ch in core):
            # "Jaylen chose these goals with his BCBA. His own words come first, then how we will measure them.": a
            # note on the goals, which states no level, count or date a goal of its own would
            self._free(line, core)
            return True
        if not listed:
            self._list_frame = None  # a plain paragraph ends the list the lead-in announced
        if marker is None and len(core) > 120 and self._narrative_goal(line, core):  # type: ignore[attr-defined]
            return True  # a paragraph announcing its goals ("His first goal is ...: he will ...")
        if marker is None and line.table is None and self._dated_goal_sentences(line, core):
            return True
        if (
            not listed
            and self._lead_in_list
            and self._goal_in_section()
            and GOALS_LIST_LEAD_IN.search(self.section.title or "")
        ):
            return False  # "Our goals are:" announces a list; the paragraph after the list is about something else
        outline = marker is not None and depth is None and marker[:1].isupper()
        if outline and len(core.split()) <= 6 and not GOAL_WORDS.search(core) and not core.endswith("."):
            self._new_problem(None, core, loc)  # "A.  Communication" in a typed outline names an area
            return True
        level = depth
        relative = outline_level(self._goal_outline, marker) if self._goal_in_section() else None
        if relative is not None:
            level = relative  # "5.1  Goal: ..." then "5.1.1 ..." (its objective) and "5.2 ..." (the next goal)
        elif listed and self._lead_in_goal is not None and self.goal is self._lead_in_goal and self._goal_in_section():
            level = 1  # "... he will return to the activities he has avoided. Specifically:" then "(1) ...", "(2) ..."
        elif line.list_level is not None and marker is None:
            base = self.goal_list_level if self.goal is not None and self._goal_in_section() else None
            if base is None and self._list_under_plain_goal():
                base = -1  # "Goal 1: ..." as a plain paragraph, then a numbered list: the goal's objectives
                listed_problem = self._problem_list_level
                if listed_problem is not None and listed_problem[0] is self.problem:
                    base = listed_problem[1]  # the list's own level 0 named the problem above the goal
            # levels count from the goal's own level: goals at level 1 under level-0 headings have objectives at 2
            level = min(max(line.list_level - base, 0) if base is not None else line.list_level, 2)
        indented = False  # one level down only by its indentation under the goal
        if level is None and self.goal is not None and self._goal_in_section():
            indented = bool(line.indent and self.goal_indent is not None and line.indent > self.goal_indent)
            if indented or (marker is not None and depth is None and self.goal_marker):
                level = 1
        if level is not None and level >= 1 and depth is not None and depth >= 1 and self._problem_sub_item():
            # "1) Problem 1: Stop all drug use" under "Goals:", then "a. ... - by 3/30/26": the problem stands in
            # the goals list, its lettered items are one level down, objectives (of a goal it states no words for)
            self._new_objective(marker, core, loc)
            self.goal_marker, self.goal_depth = True, 0
            self._apply_list_frame()
            return True
        if level is not None and level >= 1 and (self.goal is None or not self._goal_in_section()):
            level = 0
        elif level is not None and level >= 1 and depth is not None and depth == self.goal_depth:
            level = 0  # "a. ...", "b. ...": the list of goals itself is lettered
        if (level is None or (level == 1 and indented)) and not listed and self._statement_under_title(line, core):
            # "1. On-task behavior" over "Jaylen will stay on task during ...", flush or indented under it: one goal
            return True
        if level == 0 or level is None:
            if (
                not listed
                and not GOAL_WORDS.search(DATA_NOTE.sub(" ", core))
                and not QUOTED_AIM.fullmatch(core)
                # "amb 200' w/ RW mod I by 4/13/26": a step dated by its target is a goal ("... goals (by 6/30/26):"
                # over them is none)
                and not _dated_step(core)
            ):
                if self._quantity_line(line, core) or self._treatment_name_line(line, core):  # type: ignore[attr-defined]
                    return True  # "Indiv tx" / "q wk" / "x 24 wks" after the treatments: one order split over lines
                if (
                    self.section.key in GOAL_SECTION_KEYS
                    and len(core.split()) <= 8
                    and not core.endswith(".")
                    and not re.search(r"\d{5,}", core)  # "Medical Director NPI 1473029589" is no problem name
                    and not any(True for _ in find_dates(core))
                    and not _signer_name(core)  # "Heidi Rasmussen, LMFT" over her sign-off
                ):
                    if self._last_goal_section != self.section.title:
                        self._grouped_section = self.section.title  # the goals here are grouped under sub-headings
                    self._new_problem(None, core, loc)  # a problem name written as a sub-heading
                    return True
                return False
            objectives_section = self.section.key == "objectives" and (
                "goal" not in (self.section.synonym or "") or self._long_term_goal_above()
            )
            numbered = self._goal_numbered_by(marker, depth) if self.section.key == "objectives" else None
            if numbered is not None:
                # "Long-term goals" 1. and 2., then "Short-term goals" 1a., 1b., 2a.: each under the goal it numbers
                self.goal = numbered
                self._new_objective(marker, core, loc)
            elif objectives_section and self.goal is not None and id(self.goal) not in self._peer_goals:
                # "1.2  Attend ... " under "Behavioral Objectives": goal 1's second objective
                self._new_objective(marker, core, loc, number=(marker or "").strip("().") or None)
            elif self._problems_heading():
                # "PROBLEM LIST" then "1. Panic attacks 3-4 times per week ...": problems; their goals come later
                label = marker.strip() if marker and any(c.isalnum() for c in marker) else None
                named = named_problem_goal(core)
                if named is None:
                    self._new_problem(label, core, loc)
                else:
                    # "Problem areas" then "1. Alcohol use - Goal: complete the stay": the problem and its goal; the
                    # lettered items under it are that goal's objectives
                    self._new_problem(label, named[0], loc)
                    self._new_goal(named[1], named[2], loc, line=line)
                    self.goal_marker = marker is not None and depth == 0
                    self.goal_depth = depth
            else:
                label = marker if marker and any(c.isalnum() for c in marker) else None  # a bullet is no label
                goal = self._new_goal(label, core, loc, line=line)
                self._goal_outline = marker
                self._lead_in_list = listed
                self._lead_in_goal = goal if not listed and STEPS_LEAD_IN.search(core) else None
                if objectives_section:
                    # short-term goals listed before any long-term goal: peers, not objectives of the first
                    self._peer_goals.add(id(goal))
                self.goal_marker = marker is not None and depth == 0
                self.goal_depth = depth
            self._group_time_frame(loc)
            self._apply_list_frame()
            return True
        if level == 1:
            if not listed and not GOAL_WORDS.search(core) and len(core.split()) < 3:
                return False
            self._new_objective(marker, core, loc)
            self._group_time_frame(loc)
            self._apply_list_frame()
            return True
        self._new_intervention(marker, core, loc, attach_to_goal=True)
        return True

    def _problem_without_goal(self) -> bool:
        """True when the last problem read has no goal yet (the lines under its title describe the problem)."""
        problem = self.problem
        return problem is not None and not any(goal is self.goal for goal in problem.goals)

    def _colon_line_goes_on(self, line: Line, core: str) -> bool:
        """ "GOAL 1. Terrence will manage worry so that it no longer limits his daily life:" then, after a hard line
        break in the same paragraph, "GAD-7 below 8 by 07/20/2026.": the goal's sentence goes on past its colon (a
        PDF converted to Word keeps the printed line ends), so the line completes it rather than starting a goal.
        So does a line in lower case closing the open sentence of a labelled goal that has no facts yet."""
        last = self._last_element
        if not isinstance(last, (Goal, Objective)) or last is not (self.objective or self.goal):
            return False
        statement = (last.statement or "").rstrip()
        if element_label(core) is not None or len(core.split()) > 40 or len(statement.split()) < 4:
            return False
        if statement.endswith(":"):
            if not line.holds(last.source):
                return False
        elif not (
            # "Goal 4 (Daily living): Mateo will complete a 4-step handwashing routine" over a page's footer and
            # the next page's header, then "independently.": a labelled goal's sentence left open, going on in
            # lower case on the next line (each printed line its own paragraph)
            last.label
            and not statement.endswith((".", ";", "!", "?", ")"))
            and core[:1].islower()
            and core.rstrip().endswith((".", ")"))
            and len(core.split()) <= 25
            and last.field_sources.get("statement", last.source) is not None
            and not any(getattr(last, f) for f in ("baseline", "target", "mastery_criteria", "target_date"))
        ):
            return False
        last.statement = f"{statement} {core.strip()}"
        self._time_fields(last, last.statement, line.loc(core))  # type: ignore[attr-defined]
        return True

    def _list_lead_in(self, line: Line, core: str) -> bool:
        """ "By the end of this plan of care (10 weeks), Mr. Abernathy will:" over a list of goals: a sentence the
        items complete, no goal of its own. Its time frame ("(10 weeks)", "within 8 weeks") or date ("by
        03/31/2026") is kept for the items of the list that follows."""
        if not list_lead_in(core):
            return False
        head = LIST_LEAD_IN.sub("", core)
        target, frame = time_bound(head)
        group = GROUP_FRAME.search(head)
        if group is not None:
            frame = group.group(1)
        self._list_frame = (frame, target, line.loc(core), self.section.title)
        self._free(line, core)
        return True

    def _apply_list_frame(self) -> None:
        """The lead-in's time frame and date on the element just read from its list, when it has none of its own."""
        if self._list_frame is None:
            return
        frame, target, loc, section = self._list_frame
        element = self.objective if self.focus == "objective" else self.goal
        if element is None or section != self.section.title:
            return
        if target is not None and element.target_date is None:
            element.target_date = target
            element.field_sources["target_date"] = loc
        if frame and element.time_frame is None and element.target_date is None:
            element.time_frame = frame
            element.field_sources["time_frame"] = loc

    def _statement_under_title(self, line: Line, core: str) -> bool:
        """ "1. On-task behavior" (or "Goal 2: Elopement") over "Jaylen will remain in the assigned area ...": a goal
        named by a short title, its sentence on the next line. The title becomes the goal's domain and the sentence
        its statement, when the goal was the last thing read and nothing has been attached to it yet."""
        goal = self.goal
        if (
            goal is None
            or self._last_element is not goal
            or not self._goal_in_section()
            or not goal.statement
            or goal.domain
            or goal.objectives
            or goal.interventions
            or goal.target_date is not None
            or goal.time_frame
            or goal.baseline
            or goal.mastery_criteria
            or not GOAL_WORDS.search(core)
            or len(core.split()) < 4
        ):
            return False
        title = goal.statement.strip()
        # "Goal 1 - Reduce depression" over "Bernadette will return to caring for her garden ...": a numbered goal's
        # title of a few words may name its aim with a verb when the line below is the sentence of what the client
        # will do ("Goal 1: Reduce panic attacks to 1 per week" over another sentence is a goal of its own)
        verb_title = bool(goal.label and re.search(r"\d", goal.label) and len(title.split()) <= 3
                          and re.search(r"\bwill\b", core, re.I))
        if (
            len(title.split()) > 5
            or title.endswith((".", ":", ";", "!", "?"))
            or (GOAL_WORDS.search(title) and not verb_title)
            or re.search(r"\d", title)
        ):
            return False
        loc = line.loc(core)
        goal.domain, goal.statement = title, core
        if goal.source is not None:
            goal.field_sources["domain"] = goal.source
        goal.field_sources["statement"] = loc
        self._time_fields(goal, core, loc)
        return True

    def _item_under_goal(self, line: Line, core: str, marker: str | None, depth: int | None) -> bool:
        """A list item right under a labelled goal written outside any goals heading ("Goal 1: ..." under the
        plan's title, then "• Reduce panic attacks from 4 to 1 per week — 01/20/2026"): an objective of it."""
        if marker is None and line.list_level is None and self.section.key in (None, "title"):
            if self._statement_under_title(line, core):
                return True  # "Goal 1: Elopement" over "Kai will remain in the assigned area ..."
            if self._facts_under_goal(line, core):
                return True  # "Target 1: ..." over "Baseline — 4 mands per hour. Criterion — 20 ... By Aug 31, 2026."
        goal = self.goal
        if (
            goal is None
            or (marker is None and line.list_level is None)
            or self.section.key not in (None, "title")
            or not goal.label
            or not self._goal_in_section()
            or not (self._last_element is goal or any(self._last_element is o for o in goal.objectives))
            or not GOAL_WORDS.search(core) and len(core.split()) < 3
        ):
            return False
        if ABOUT_THE_PLAN.match(core) or PROGRESS_NOTE.match(core) or PROGNOSIS_NOTE.match(core):
            return False  # "- plan will be updated as needed" after the goal's last step: about the plan, no step
        self._new_objective(marker if marker and any(c.isalnum() for c in marker) else None, core, line.loc(core))
        return True

    def _facts_under_goal(self, line: Line, core: str) -> bool:
        """A line of facts labelled with dashes or colons ("Baseline — 4 mands per hour. Criterion — 20 or more ...
        By Aug 31, 2026.") right under a labelled goal or objective written outside any goals heading: that
        element's facts. False unless every label on the line names a fact of a goal (see dash_facts) and the
        element was the last thing read under this heading."""
        goal = self.goal
        if (
            goal is None
            or not goal.label
            or not self._goal_in_section()
            or not (self._last_element is goal or any(self._last_element is o for o in goal.objectives))
        ):
            return False
        facts = dash_facts(core)
        if facts is None:
            return False
        segments = split_labels(facts)
        keys = [subfield_key(seg.label) if seg.label else None for seg in segments]
        if not segments or any(key is None for key in keys):
            return False
        loc = line.loc(core)
        self.focus = "objective" if self._last_element is not goal else "goal"
        for key, seg in zip(keys, segments, strict=True):
            assert key is not None
            self._apply_subfield(key, seg.value, loc)  # type: ignore[attr-defined]
        return True

    def _problem_sub_item(self) -> bool:
        """True for a sub-item right under a problem written as a numbered item of a goals list (the heading names
        goals, not problems), before any goal of that problem."""
        problem = self._listed_problem
        title = self.section.title or ""
        return (
            problem is not None
            and self.goal is None
            and problem is self.problem
            and not problem.goals
            and problem.source is not None
            and problem.source.section == self.section.title
            and self.section.key in GOAL_SECTION_KEYS
            and re.search(r"goal", title, re.I) is not None
            and re.search(r"problem|need|issue|concern", title, re.I) is None
        )

    def _problems_heading(self) -> bool:
        """True under a heading that names problems only ("Problem List", "Identified Problems"), not goals."""
        title = (self.section.title or "").lower()
        return (
            self.section.synonym in ("problem list", "problems", "identified problems")
            and "goal" not in title
            and "objective" not in title
        )

    def _dated_goal_sentences(self, line: Line, core: str) -> bool:
        """A goals paragraph of several sentences, two or more of them with a target date or time frame of their
        own ("Irene will walk 150 feet ... by 07/10/2026. She will transfer ... by 06/30/2026."): each such sentence
        is a goal; the others (rehab potential, discharge plans) are kept as text."""
        sentences = [s.strip() for s in SENTENCE_BREAK.split(core) if s.strip()]
        if len(sentences) < 2:
            return False
        dated = [s for s in sentences if any(time_bound(s)) and GOAL_WORDS.search(s) is not None]
        if len(dated) < 2:
            return False
        loc = line.loc(core)
        for sentence in sentences:
            if sentence in dated:
                self._new_goal(None, sentence, loc, line=line)
            else:
                self._free(line, sentence)
        return True

    def _promote_to_problem(self, line: Line, label: ElementLabel) -> None:
        """ "1. Avoidance of social situations." followed by "Goal: Take part in ...": the numbered line was the
        problem the labelled goal answers. It is read again as a problem when it was the last element read, is
        a bare list item with nothing attached, and sits under the same heading."""
        goal, problem = self.goal, self.problem
        # an item of a Word list (its number drawn by Word, not typed) naming a problem, not a goal ("Opioid use")
        word_listed = (
            goal is not None
            and not goal.label
            and self.goal_list_level is not None
            and not GOAL_WORDS.search(goal.statement or "")
            and len((goal.statement or "").split()) <= 12
        )
        if (
            goal is None
            or problem is None
            or label.number
            or self.objective is not None
            or not (word_listed or (goal.label and TYPED_MARKER.fullmatch(goal.label)))
            or goal.objectives
            or goal.interventions
            or goal.target_date is not None
            or goal.source is None
            or goal.source.section != line.section.title
            or not problem.goals
            or problem.goals[-1] is not goal
            or self._last_element is not goal
        ):
            return
        problem.goals.pop()
        promoted = self._new_problem(goal.label, goal.statement, goal.source)
        if word_listed and self.goal_list_level is not None:
            self._problem_list_level = (promoted, self.goal_list_level)
        if not problem.goals and not problem.statement and problem in self.problems:
            self.problems.remove(problem)
            if self.implicit_problem is problem:
                self.implicit_problem = None
        self.problem = promoted

    def _anchor_line(self, core: str) -> bool:
        """ "For problem 1:", "Under goal 2:": the items that follow belong to that problem's (or goal's) goal."""
        match = PROBLEM_ANCHOR.fullmatch(core)
        if match is None:
            return False
        number = match.group("number")
        goal = None
        if match.group("kind").lower().startswith("goal"):
            goal = self.goal_numbers.get(number)
            if goal is None:
                goals = [g for p in self.problems for g in p.goals]
                goal = goals[int(number) - 1] if number.isdigit() and 0 < int(number) <= len(goals) else None
        else:
            numbered = [p for p in self.problems if p.label and re.match(rf"\(?{number}\b", p.label)]
            candidates = numbered or [p for p in self.problems if p.goals]
            index = 0 if numbered else (int(number) - 1 if number.isdigit() else -1)
            if 0 <= index < len(candidates) and candidates[index].goals:
                goal = candidates[index].goals[-1]
        if goal is None:
            return False
        self.goal, self.objective, self.intervention, self.focus = goal, None, None, "goal"
        self._anchor_goal = goal
        return True

    def _goal_group_caption(self, core: str, label: ElementLabel | None, emphasised: bool) -> Section | None:
        """The heading of a group of goals that says when they are due, as a goals section keeping its words (read by
        _group_time_frame): "SHORT TERM (4 weeks, by 03/03/2026):" or "Long term:" inside a goals section (bare
        "short term" / "long term" elsewhere is no heading: "Long-term care facility:"), and a plural goals label whose
        value only dates the goals ("Goals — to be met by 07/06/2026", "Objectives: within 8 weeks"). None otherwise."""
        title = core.rstrip(" :").strip()
        term = TERM_CAPTION.fullmatch(core)
        if term is not None and self.section.key in GOAL_SECTION_KEYS:
            letters = [c for c in core if c.isalpha()]
            if core.endswith(":") or term.group("note") or emphasised or all(c.isupper() for c in letters):
                short = term.group("term").lower() == "short"
                key, synonym = ("objectives", "short term goals") if short else ("goals", "long term goals")
                return Section(title, key, 20, synonym)
        if label is None or not label.plural or label.number is not None or not label.value:
            return None
        if label.kind not in ("goal", "objective") or not time_note_only(label.value):
            return None
        named = match_section(label.label)
        if named.key not in GOAL_SECTION_KEYS:
            return None
        return Section(title, named.key, 10 if emphasised else 20, named.synonym)

    def _group_time_frame(self, loc: SourceLocation, element: Goal | Objective | None = None) -> None:
        """ "Long-term goals (10 weeks)", "STG (4 wks):", "Goals to be achieved by the end of the plan period:",
        "SHORT TERM (4 weeks, by 03/03/2026):": the heading's date, or else its time frame, holds for each goal under
        it that has neither of its own. `element` is the goal or objective just read unless given."""
        title = self.section.title or ""
        group = GROUP_FRAME.search(title)
        target, frame = time_bound(title)
        frame = group.group(1) if group else frame
        yearless = YEARLESS_DUE.search(title) if target is None and frame is None else None
        frame = yearless.group(0).strip() if yearless is not None else frame  # "STGs - by 3/30:"
        if element is None:
            element = self.objective if self.focus == "objective" else self.goal
        if (frame is None and target is None) or element is None:
            return
        if element.time_frame is not None or element.target_date is not None:
            return
        if self.section_loc is None or (self.section_loc.section or "").rstrip(" :") != title.rstrip(" :"):
            return
        if target is not None:
            element.target_date = target
            element.field_sources["target_date"] = self.section_loc or loc
            return
        element.time_frame = frame
        element.field_sources["time_frame"] = self.section_loc or loc

    def _long_term_goal_above(self) -> bool:
        """True when a goal written before the current heading awaits its short-term goals ("Goal: stop all use"
        then "Short-term goals:" and a numbered list): those are its objectives, not goals of their own."""
        goal = self.goal
        return (
            goal is not None
            and id(goal) not in self._peer_goals
            and goal.source is not None
            and goal.source.section != self.section.title
            and all(o.source is None or o.source.section == self.section.title for o in goal.objectives)
            and self.problem is not None
            and len(self.problem.goals) == 1  # several long-term goals above: which one is not said
        )

    def _goal_numbered_by(self, marker: str | None, depth: int | None) -> Goal | None:
        """The goal written under an earlier heading whose own list number an objective's marker carries ("1a.",
        "2.1" under goals "1." and "2."); None when no such goal (or several) has that number."""
        if marker is None or depth != 1 or self.problem is None:
            return None
        head = re.match(r"\(?(\d{1,2})(?:[.-]?[a-z]|\.\d)", marker.strip(), re.I)
        if head is None:
            return None
        found = [
            goal
            for goal in self.problem.goals
            if goal.label
            and re.fullmatch(rf"\(?{head.group(1)}[.)]?", goal.label.strip())
            and id(goal) not in self._peer_goals
            and goal.source is not None
            and goal.source.section != self.section.title
        ]
        return found[0] if len(found) == 1 else None

    def _list_under_plain_goal(self) -> bool:
        """True when a Word list item follows a goal named by a label or typed number on a paragraph of its own
        ("Goal 1: Sleep through the night." then numbered or bulleted lines), right after the goal or its other
        items: the list holds that goal's objectives, not goals of their own."""
        goal = self.goal
        return (
            goal is not None
            and bool(goal.label)
            and bool(goal.statement)
            and self.goal_list_level is None
            and self._goal_in_section()
            and (self._last_element is goal or any(self._last_element is o for o in goal.objectives))
        )

    def _next_numbered_goal(self, core: str, marker: str | None, depth: int | None) -> bool:
        """True for "3. Safety" after goals typed "1." and "2." under the current goals heading: a title numbered next
        in the goals' own list is the next goal, though its words happen to name a section of no plan elements
        ("Safety", "Medications", "Parent training"). A title that names a section with elements ("3. Services",
        "3. Discharge plan") still opens it."""
        number = re.fullmatch(r"\(?(\d{1,2})[.)]", (marker or "").strip())
        goal = self.goal
        if number is None or depth != 0 or goal is None or not goal.label or self.section.key not in GOAL_SECTION_KEYS:
            return False
        if not self._goal_in_section() or not core or len(core.split()) > 6:
            return False
        before = re.fullmatch(r"\(?(\d{1,2})[.)]", goal.label.strip())
        if before is None or int(before.group(1)) + 1 != int(number.group(1)):
            return False
        named = match_section(core.rstrip(":").strip())
        return named.key in (None, "other", "title") or named.score < 95

    def _goal_in_section(self) -> bool:
        """True when the current goal was written under the current heading (not in an earlier section)."""
        return self.goal is not None and (
            self.goal is self._anchor_goal
            or (self.goal.source is not None and self.goal.source.section == self.section.title)
        )


