"""Plans written as prose without headings (a letter, a summary): goals announced in a sentence ("The first goal
of treatment is to relieve her depression ...") with the steps that follow it ("she will reduce her PHQ-9 score
from 19 to below 10 by June 1, 2025"), a coded treatment stated with its amount and frequency in a sentence,
and the date line of a letter.

Only explicit wording is read: a goal needs "the <ordinal> goal ... is to"; its objectives are the clauses of the
same paragraph that say someone "will" do something; a service needs a CPT/HCPCS code and a frequency or
session length in the same sentence. A paragraph that is only a date, before any plan content, is kept as the
plan date only if the plan states no other.

A mixin of the DOCX plan builder (see docx.build): it reads and writes the builder's state.
"""

from __future__ import annotations

import re

from authcheck.parsing import find_dates, parse_frequency
from authcheck.model import ServiceRequest, SourceLocation
from authcheck.readers.docx.labels import element_label, field_key, strip_list_marker, subfield_key
from authcheck.readers.phrases import PROVIDED_ELSEWHERE, find_service_codes, parse_service
from authcheck.readers.docx.sections import match_section
from authcheck.readers.docx.state import BuilderState, Line, Section, make_loc

# "The first goal of treatment is to ...", "His second goal is to drink less: ...": at the start of a sentence
_GOAL_SENTENCE = re.compile(
    r"(?:^|(?<=[.;!?]\s)|(?<=[.;!?][\"'”’)]\s))"
    r"(?:the\s+|(?:his|her|their|our|my)\s+|[A-Z][\w-]+['’]s\s+)?(?:(?:first|second|third|fourth|fifth|primary|main|principal|next|final|"
    r"last|other|overall|long[\s-]term)\s+(?:treatment\s+|therapy\s+)?goal(?:\s+of\s+(?:treatment|therapy|care))?"
    # (with no ordinal, only a goal named as treatment's: "The goal of treatment is ...", "Her treatment goal is ...")
    r"|(?:treatment|therapy)\s+goal|goal\s+of\s+(?:treatment|therapy|care))"
    # "... is for Mrs. Okafor to return to ...": the aim after the person it is for
    r"\s+(?:is|will\s+be)\s+(?:for\s+(?-i:(?:(?:Mrs?|Ms|Dr)\.\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+to\s+|to\s+)?"
    r"(?P<statement>(?:[^.;:]|(?<=\bMs)\.|(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bDr)\.){5,300})"
    r"[.;:]\s*",
    re.IGNORECASE,
)
# "Specifically, we have agreed on the following objectives:" closing the goal's paragraph: the list after it
_OBJECTIVES_LEAD_IN = re.compile(
    r"\b(?:objectives|steps|short[\s-]*term\s+goals|benchmarks|measurable\s+goals)\b[^.;]{0,30}:\s*$|"
    r"\bfollowing\s+(?:objectives|steps|short[\s-]*term\s+goals|benchmarks)\b[^.;]{0,30}:\s*$",
    re.IGNORECASE,
)
# "By the end of the eight weeks I expect that she will:", "Our goals are for Sam to:": a list of goals follows
_GOALS_LEAD_IN = re.compile(
    r"\b(?:expect(?:s|ed)?|anticipate[sd]?|hope[sd]?|goals?\s+(?:are|is))\b[^.;:]{0,40}\b(?:will(?:\s+be\s+able\s+to)?|to)\s*:\s*$",
    re.IGNORECASE,
)
_SENTENCES = re.compile(r"(?<=[a-z0-9)\]])\.\s+(?=[A-Z])")
_CLAUSES = re.compile(
    r",?\s+and\s+(?=(?:(?:he|she|they|the\s+\w+|[A-Z][\w'’-]+)\s+)?will\b)|;\s+(?=(?:\w+\s+){0,3}will\b)",
    re.IGNORECASE,
)
_LEAD_IN = re.compile(r"^(?:specifically|in\s+particular|to\s+do\s+so|for\s+example|first|then|also)\s*,?\s*", re.I)
_WILL = re.compile(r"\bwill\b", re.IGNORECASE)
_SERVICE_NAME = re.compile(
    r"\b(?:therapy|therapies|nursing|counsell?ing|psychotherapy|aide|social\s+work(?:er)?|training|group|sessions?|"
    r"visits?|testing|screens?|management|treatment|rehab\w*|services?)\b|^\s*(?:SN|PT|OT|ST|SLP|HHA|MSW|RN|LPN)\b",
    re.IGNORECASE,
)

# "I will see her for ...", "We will treat him with ...", "I plan to provide ...", "Treatment will consist of ...":
# the writer's own statement of the treatment they will give
_WILL_TREAT = re.compile(
    r"^(?:\s*[A-Z][\w ,]{0,30},\s*)?(?:I|we)\s+(?:will|shall|plan\s+to|intend\s+to|propose\s+to)\s+(?:continue\s+to\s+)?"
    r"(?:see|treat|meet\s+with|provide|offer|deliver)\b"
    r"|\b(?:treatment|therapy)\s+will\s+(?:consist\s+of|include|be)\b",
    re.IGNORECASE,
)

# "Together we agreed on two goals.", "We set the following three goals:": the goals follow, counted off in turn
_GOALS_COUNTED = re.compile(
    r"(?:^|(?<=[.!?]\s))[^.!?:;]{0,80}?\b(?:two|three|four|five|2|3|4|5|several|the\s+following|these|following)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:goals|aims|priorities|areas\s+to\s+work\s+on)\b[^.!?:]{0,60}[.:]\s*",
    re.IGNORECASE,
)
# "First, ...", "Second, ...", "Finally, ...", "The second goal is to ...", "(2) ...": where each counted goal starts
_COUNTED_GOAL = re.compile(
    r"(?:^|(?<=[.;!?]\s)|(?<=,\s)(?=\(\d\)|and\s+\(\d\)))(?:and\s+)?(?:"
    r"(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|finally|lastly|last)\s*,\s*"
    r"|the\s+(?:first|second|third|fourth|fifth|last|final|other)\s+(?:goal|one|aim)\s+is\s+(?:(?:that|to|for)\s+)?"
    r"|\(\d\)\s*)",
    re.IGNORECASE,
)
# "by the same date", "by then": the date the sentence before gave
_AIM_SPLIT = re.compile(r"\s*[:;]\s+|(?<=[a-z0-9)])\.\s+(?=[A-Z])")


# "Isaiah will ...", "Grandmother will ...": the sentence after a run-in title is a goal
_GOAL_AFTER_TITLE = re.compile(r"^\s*(?:[A-Z][\w'’-]*\s+){1,3}(?:will|shall)\b")
# "Goals and objectives. Margaret's overall goal ...": a short title closed by a full stop, the section's text after it
_RUN_IN_TITLE = re.compile(r"\s*(?P<title>[A-Z][A-Za-z'’/&\- ]{2,45}?)\.\s+(?=\S)")


class NarrativeMixin(BuilderState):
    """Goals, objectives and coded services written as prose; a letter's date line; run-in section titles."""

    _run_in_current: Section | None = None  # the section a run-in title opened, while it lasts
    _goals_announced: bool = False  # the last paragraph closed with "... she will:", a list of goals follows
    _goals_lead_in_loc: SourceLocation | None = None  # where that closing sentence is (and its words)
    _steps_goal: object | None = None  # a prose goal whose paragraph ends announcing a list of its objectives

    def _run_in_section(self, text: str, paragraph: int) -> str | None:
        """A paragraph that opens with a section title closed by a full stop ("Goals. Irene will walk ...",
        "Orders. Skilled nursing ..."): the section is entered and the text after the title returned, to be read
        under it. None when the paragraph does not open so; titles that are field labels ("Diagnosis.",
        "Plan date.") are left to the label reader."""
        match = _RUN_IN_TITLE.match(text)
        if match is None:
            return None
        title = match.group("title").strip()
        if len(title.split()) > 5 or len(title) < 4:
            return None
        found = match_section(title)
        if found.key is None or found.score < 95:
            return None
        if (
            found.score < 100
            and self.section.key in ("goals", "objectives")
            and _GOAL_AFTER_TITLE.match(text[match.end() :])
        ):
            return None  # "Safety. Isaiah will stop when ..." under Goals: a goal's domain, not the "safety plan"
        element = element_label(f"{title}: x")
        loc = make_loc(section=title, paragraph=paragraph, text=title)
        if field_key(title) or subfield_key(title) or (element is not None and not element.plural):
            if self.section is self._run_in_current:
                # "Treatment. ..." after "Goals. ...": the goals' section ends; the label is read as usual
                self._enter(Section(title, None, 20), loc)  # type: ignore[attr-defined]
            return None
        section = Section(title, found.key, 20, found.synonym)
        self._enter(section, loc)  # type: ignore[attr-defined]
        self._run_in_current = section
        return text[match.end() :]

    def _narrative_line(self, line: Line, core: str) -> bool:
        """Read a prose paragraph outside any section that has its own reading; False when it states nothing."""
        listed = line.list_level is not None or strip_list_marker(line.text.strip())[1] is not None
        if self._goals_announced and listed:
            goal = self._new_goal(None, core.strip(" ;,."), line.loc(core))  # type: ignore[attr-defined]
            if goal.target_date is None and goal.time_frame is None and self._goals_lead_in_loc is not None:
                # "By the end of the eight weeks I expect that she will:" times every goal of its list
                self._time_fields(goal, self._goals_lead_in_loc.text, self._goals_lead_in_loc)  # type: ignore[attr-defined]
            return True
        self._goals_announced = False
        if self._listed_steps(line):
            self._new_objective(None, core, line.loc(core))  # type: ignore[attr-defined]
            return True
        if self._narrative_goal(line, core):
            return True
        announced = bool(_GOALS_LEAD_IN.search(core))
        if PROVIDED_ELSEWHERE.search(core):
            return False  # a service under another plan or provider is not requested here
        made = (
            self._prose_service(line, core)
            or self._ordered_service(line, core)
            or self._discipline_heading_service(line, core)  # type: ignore[attr-defined]
            or self._discipline_visit_order(line, core)  # type: ignore[attr-defined]
            or self._prose_treatment(line, core)
        )
        self._goals_announced = announced  # "... I expect that she will:": the list after it holds her goals
        if announced:
            lead_in = _SENTENCES.split(core)[-1]
            self._goals_lead_in_loc = line.loc(lead_in)
        return made or announced or self._date_line(line, core)

    def _ordered_service(self, line: Line, core: str) -> bool:
        """ "Skilled nursing: 2x/week for 3 weeks, then 1x/week for 5 weeks: respiratory assessment": an order
        labelled with a discipline or service name whose value starts with how often it is given."""
        head, colon, rest = core.partition(":")
        if not colon or not _SERVICE_NAME.search(head) or len(head.split()) > 5:
            return False
        if parse_frequency(rest.strip().split(":")[0]) is None:
            return False
        items = [s for s in parse_service(f"{head.strip()}: {rest.strip()}") if s.frequency]
        if not items:
            return False
        loc = line.loc(core)
        for item in items:
            self._service_from(item, loc)  # type: ignore[attr-defined]
        self._new_intervention(None, core, loc, attach_to_goal=False, focus=False)  # type: ignore[attr-defined]
        return True

    def _listed_steps(self, line: Line) -> bool:
        """True for an item of the list announced at the end of a goal's paragraph ("... the following
        objectives:"); the first line that is no list item ends that list."""
        goal = self._steps_goal
        if goal is None:
            return False
        listed = line.list_level is not None or strip_list_marker(line.text.strip())[1] is not None
        if not listed or self.goal is not goal and not any(self.objective is o for o in goal.objectives):
            self._steps_goal = None
            return False
        self.goal = goal
        return True

    def _counted_goals(self, line: Line, core: str) -> bool:
        """ "Together we agreed on two goals. First, Delores wants ...: she will bring her PHQ-9 ... Second, she wants
        ...; by the same date she will ...": a sentence counting the goals, then each goal opened by "First,",
        "Second,", "Finally," (or "(1)", "(2)"). A goal's aim runs to its first colon, semicolon or full stop; the
        "will" clauses after it are its objectives."""
        lead = _GOALS_COUNTED.search(core)
        if lead is None:
            return False
        rest = core[lead.end() :]
        starts = list(_COUNTED_GOAL.finditer(rest))
        if len(starts) < 2 or starts[0].start() > 0 and rest[: starts[0].start()].strip():
            return False
        loc = line.loc(core)
        for match, following in zip(starts, [*starts[1:], None], strict=True):
            part = rest[match.end() : following.start() if following is not None else len(rest)].strip()
            pieces = _AIM_SPLIT.split(part, maxsplit=1)
            aim = pieces[0].strip(" ,;.")
            if len(aim.split()) < 3:
                continue
            goal = self._new_goal(None, aim[:1].upper() + aim[1:], loc)  # type: ignore[attr-defined]
            goal.field_sources["statement"] = loc
            for sentence in _SENTENCES.split(pieces[1] if len(pieces) > 1 else ""):
                for clause in _CLAUSES.split(sentence):
                    clause = _LEAD_IN.sub("", clause.strip()).strip(" ,;.")
                    if _WILL.search(clause) and len(clause.split()) >= 4:
                        self._new_objective(None, clause[:1].upper() + clause[1:], loc)  # type: ignore[attr-defined]
        return True

    def _narrative_goal(self, line: Line, core: str) -> bool:
        """Goals announced in sentences of a paragraph, each with the "will" clauses that follow it (up to the next
        announcement) as its objectives; words before the first announcement are not read."""
        matches = list(_GOAL_SENTENCE.finditer(core))
        if not matches:
            return self._counted_goals(line, core)
        if matches[0].start() > 0 and len(core) < 2 * matches[0].start():
            return False  # an announcement late in a paragraph about something else
        loc = line.loc(core)
        for match, following in zip(matches, [*matches[1:], None], strict=True):
            statement = match.group("statement").strip()
            goal = self._new_goal(None, statement[:1].upper() + statement[1:], loc)  # type: ignore[attr-defined]
            goal.field_sources["statement"] = loc
            steps = core[match.end() : following.start() if following is not None else len(core)]
            for sentence in _SENTENCES.split(steps):
                for clause in _CLAUSES.split(sentence):
                    clause = _LEAD_IN.sub("", clause.strip()).strip(" ,;.")
                    if _WILL.search(clause) and len(clause.split()) >= 4:
                        self._new_objective(None, clause[:1].upper() + clause[1:], loc)  # type: ignore[attr-defined]
            if following is None and _OBJECTIVES_LEAD_IN.search(steps):
                self._steps_goal = goal  # its objectives are the list items after the paragraph
        return True

    def _prose_service(self, line: Line, core: str) -> bool:
        """ "Treatment will consist of individual psychotherapy (CPT 90834) in 45-minute sessions once per week":
        each sentence naming a code with its frequency or session length is a service (and an intervention)."""
        if not find_service_codes(core):
            return False
        loc = line.loc(core)
        made: list[ServiceRequest] = []
        for sentence in _SENTENCES.split(core):
            if not find_service_codes(sentence):
                continue
            items = [s for s in parse_service(sentence) if s.code and (s.frequency or s.amount or s.hours_per_week)]
            for item in items:
                made.append(self._service_from(item, loc))  # type: ignore[attr-defined]
                self._new_intervention(None, sentence.strip(), loc, attach_to_goal=False, focus=False)  # type: ignore[attr-defined]
        # "... CPT 90834 (45 min) 1x/wk. Expected duration approx. 4 months.": how long those services last
        self._spans_to_services(core, made, loc)  # type: ignore[attr-defined]
        return bool(made)

    def _prose_treatment(self, line: Line, core: str) -> bool:
        """ "I will see her for individual cognitive-behavioral therapy ... once a week": a letter's sentence in which
        the writer says what treatment they will give and how often; each is an intervention (no service: no code
        is named), with the amount, frequency and duration its sentence states."""
        made = False
        for sentence in _SENTENCES.split(core):
            match = _WILL_TREAT.search(sentence)
            if match is None or not _SERVICE_NAME.search(sentence[match.end() :]):
                continue
            if parse_frequency(sentence) is None:
                continue  # "I will see him for therapy." says no more than that treatment is planned
            self._new_intervention(None, sentence.strip(), line.loc(core), attach_to_goal=False, focus=False)  # type: ignore[attr-defined]
            made = True
        return made

    def _date_line(self, line: Line, core: str) -> bool:
        """A paragraph that is only a date, at the top of a letter: the plan date if the plan names no other."""
        if self._content_entered or self.problems or self.services or self.date_line is not None:
            return False
        if line.table is not None and re.search(r"\b(?:date|onset|birth|dob|surgery|injury)\b", line.section.title or "", re.I):
            return False  # a date alone in a form box ("6. ONSET DATE" over "11/30/2025") is that box's value
        dates = list(find_dates(core))
        if len(dates) != 1:
            return False
        date, (start, end) = dates[0]
        if core[:start].strip(" ,.") or core[end:].strip(" ,."):
            return False
        self.date_line = (date, line.loc(core))
        return True
