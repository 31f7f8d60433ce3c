"""Structured C-CDA entries as plan elements: goals, interventions, diagnoses, assessments, payers.

- Goal Observation (moodCode GOL) -> goal: text (or code original text / display and value) as the
  statement, effectiveTime -> target date, code -> measure, value -> target, component goals ->
  objectives, related planned entries -> the goal's interventions.
- Intervention Act / Planned Intervention Act / planned act, encounter, procedure, observation,
  medication -> intervention: code (CPT 2.16.840.1.113883.6.12 or HCPCS 2.16.840.1.113883.6.285,
  also as a translation) -> service code, PIVL_TS period -> frequency, PIVL_TS phase width -> session
  length, IVL_TS -> dates and duration. A wrapper act without text of its own stands for its parts.
- Health Concern Act -> problem (and its Problem Observations -> diagnoses); Problem Concern Act ->
  diagnoses. A Problem Observation value in ICD-10-CM (2.16.840.1.113883.6.90), or a translation in
  ICD-10-CM under a SNOMED value, gives the code; otherwise the code is kept with its own system.
- Assessment Scale Observation -> assessment; Policy Activity -> payer and member id.
- Entry References (ids) link goals to concerns and interventions to goals.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from lxml import etree

from authcheck.model import (
    Amount,
    Diagnosis,
    Duration,
    Frequency,
    Goal,
    Intervention,
    Objective,
    Problem,
    Review,
    ServiceRequest,
)
from authcheck.parsing import parse_amount, parse_duration, parse_frequency, parse_hours_per_week
from authcheck.readers.ccda.narrative import NarrativeItem, row_item
from authcheck.readers.ccda.people import person_of
from authcheck.readers.ccda.text import baseline_and_target, service_code_in, stated_level, time_frame_in
from authcheck.readers.ccda.values import timing_of, value_text
from authcheck.readers.ccda.xml import (
    CodeInfo,
    NarrativeIndex,
    attr,
    child,
    children,
    clean,
    element_ids,
    hl7_date,
    local,
    location,
    read_code,
    template_roots,
)

__all__ = ["EntryReader", "Found", "related", "statement_element"]

T = "2.16.840.1.113883.10.20.22.4."
GOAL_OBS = T + "121"
HEALTH_CONCERN = T + "132"
RISK_CONCERN = T + "136"
PROBLEM_CONCERN = T + "3"
PROBLEM_OBS = T + "4"
INTERVENTION_ACT = T + "131"
PLANNED_INTERVENTION = T + "146"
ENTRY_REFERENCE = T + "122"
ASSESSMENT_SCALE = T + "69"
SCALE_SUPPORTING = T + "86"
POLICY_ACTIVITY = T + "61"
COVERAGE_ACTIVITY = T + "60"
PLANNED_COVERAGE = T + "129"
PAYER_PERFORMER = T + "87"
COVERED_PARTY = T + "89"
# Entries that are never interventions.
_NOT_INTERVENTIONS = {
    T + n
    for n in (
        "20",
        "141",
        "122",
        "143",
        "110",
        "129",
        "60",
        "61",
        "144",
        "69",
        "86",
        "4",
        "3",
        "132",
        "136",
        "5",
        "6",
        "64",
        "202",
        "119",
        "118",
        "19",
        "9",
        "8",
        "28",
        "1",
        "2",
        "80",
    )
}
_PLANNED_MOODS = {"INT", "RQO", "PRP", "ARQ", "PRMS", "APT"}
_STATEMENTS = (
    "act",
    "procedure",
    "encounter",
    "observation",
    "substanceAdministration",
    "supply",
    "organizer",
)
_NAVIGATIONAL = {"362956003"}  # SNOMED CT "Procedure/intervention (navigational concept)"
_DIAGNOSIS_CODES = {
    "29308-4",
    "75326-9",
    "282291009",
    "55607006",
    "404684003",
    "64572001",
    "418799008",
    "409586006",
    "248536006",
    "373930000",
    "75325-1",
    "75275-8",
}
_RESOLVED = {"413322009", "73425007", "277022003"}  # resolved, inactive, remission
_REVIEW_WORDS = re.compile(
    r"\b(?:re-?certif|plan\s+review|review\s+of\s+(?:the\s+)?(?:care|treatment)\s+plan|"
    r"treatment\s+plan\s+review|care\s+plan\s+review|progress\s+report|re-?evaluat|re-?assess)",
    re.IGNORECASE,
)


@dataclass
class Found:
    """Everything the entries of the document state, before goals and interventions are linked."""

    concerns: list[tuple[Problem, list[str], list[str]]] = field(
        default_factory=list
    )  # problem, own ids, referenced ids
    goals: list[tuple[Goal, list[str], list[str]]] = field(
        default_factory=list
    )  # goal, own ids, referenced ids
    objective_ids: list[tuple[Objective, list[str]]] = field(default_factory=list)
    interventions: list[tuple[Intervention, list[str], list[str]]] = field(default_factory=list)
    diagnoses: list[Diagnosis] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)
    payer: str | None = None
    payer_el: etree._Element | None = None
    coverage_payer: str | None = None
    coverage_payer_el: etree._Element | None = None
    member_id: str | None = None
    member_id_el: etree._Element | None = None


def statement_element(el: etree._Element) -> etree._Element | None:
    for sub in children(el):
        if local(sub) in _STATEMENTS:
            return sub
    return None


def related(el: etree._Element) -> list[tuple[str, etree._Element]]:
    """(typeCode, clinical statement) for each entryRelationship and component of an entry."""
    out = []
    for rel in children(el, "entryRelationship", "component"):
        target = statement_element(rel)
        if target is not None:
            out.append(((attr(rel, "typeCode") or "").upper(), target))
    return out


def _is_reference(el: etree._Element) -> bool:
    """An Entry Reference: by template, or an act that only carries ids (code nullFlavor NP)."""
    if ENTRY_REFERENCE in template_roots(el):
        return True
    if local(el) != "act" or not element_ids(el):
        return False
    code = child(el, "code")
    return (
        (code is None or attr(code, "nullFlavor") == "NP") and child(el, "text") is None and not related(el)
    )


def _meaningful(code: CodeInfo | None) -> bool:
    return bool(
        code
        and not code.null_flavor
        and code.code not in _NAVIGATIONAL
        and (code.display or code.original_text)
    )


# a billing code as a word of prose: CPT/HCPCS ("97110", "H0004")
_CODE_WORD = re.compile(r"(?<![\w-])(?:\d{5}|[A-V]\d{4})(?![\w-])")


def _row_for(intervention: Intervention, rows: list[NarrativeItem]) -> NarrativeItem | None:
    """The one narrative table row that states `intervention`: by its service code, else by its words as written."""
    code = intervention.service_code
    if code:
        found = [r for r in rows if re.search(rf"(?<![\w.]){re.escape(code)}(?![\w.])", r.text)]
        if len(found) == 1:
            return found[0]
        if found:
            return None
    words = {" ".join(w.split()).casefold() for w in (intervention.label, intervention.description) if w}
    found = [r for r in rows if (c := r.cell("statement")) is not None and " ".join((c.text or "").split()).casefold() in words]
    return found[0] if len(found) == 1 else None


def _hours_of_row(row: NarrativeItem) -> float | None:
    """Hours per week a service's table row states in its Amount and Frequency columns: "20 hours per week", or
    "4 hours/day" with "5 days/week". Other columns (a note, a total across services) are not read."""
    cells = [row.cell(role) for role in ("amount", "frequency")]
    return parse_hours_per_week(", ".join(c.text for c in cells if c is not None and c.text))


class EntryReader:
    """Reads entries section by section into a Found."""

    def __init__(self, narrative: NarrativeIndex) -> None:
        self.narrative = narrative
        self.found = Found()
        self._seen_diagnoses: set[tuple[str | None, str | None, str | None]] = set()
        self._dates: dict[int, tuple[dt.date | None, dt.date | None]] = {}
        self.created: list[Intervention] = []  # in document order, for listing services in that order
        self._hours: dict[int, float] = {}  # hours per week an intervention's row or words state ("20 hours per week")

    # -- text -------------------------------------------------------------------------------------

    def statement(self, el: etree._Element) -> tuple[str | None, etree._Element]:
        """What an entry says in words: its text, or its code's original text (preferred over a whole table row)."""
        text, text_el = self.narrative.text_of(child(el, "text"))
        code = read_code(child(el, "code"), self.narrative)
        original = code.original_text if code else None
        if text and original and text_el is not None and local(text_el) == "tr":
            return original, child(el, "code")
        if text:
            return text, text_el if text_el is not None else el
        if original:
            return original, child(el, "code")
        return None, el

    # -- diagnoses --------------------------------------------------------------------------------

    def diagnosis(
        self, obs: etree._Element, section: str | None, concern_status: str | None = None
    ) -> Diagnosis | None:
        """A Problem Observation as a diagnosis; None when negated, resolved or without a value."""
        if attr(obs, "negationInd") == "true":
            return None
        for _, rel in related(obs):
            status = read_code(child(rel, "value"))
            if status and status.code in _RESOLVED:
                return None
        high = child(obs, "effectiveTime", "high")
        if (
            high is not None
            and hl7_date(attr(high, "value"))
            and concern_status in ("completed", "aborted", "suspended")
        ):
            return None
        value_el = child(obs, "value")
        value = read_code(value_el, self.narrative)
        if value is None:
            return None
        text, _ = self.statement(obs)
        icd = next((c for c in value.all_codes() if c.is_icd10cm() and c.code), None)
        chosen = icd or (value if value.code else None)
        description = value.display or value.original_text or (icd.display if icd else None) or text
        if chosen is None and not description:
            return None
        diagnosis = Diagnosis(
            code=chosen.code if chosen else None,
            system=chosen.system_label if chosen else None,
            description=description,
            source=location(obs, section, description),
        )
        if chosen is not None:
            diagnosis.field_sources["code"] = location(chosen.element, section, chosen.code)
        low = child(obs, "effectiveTime", "low")
        if low is not None and hl7_date(attr(low, "value")):
            diagnosis.diagnosed_on = hl7_date(attr(low, "value"))
            diagnosis.field_sources["diagnosed_on"] = location(low, section, attr(low, "value"))
        author = person_of(child(obs, "author", "assignedAuthor"))
        if author and author.name:
            diagnosis.diagnosed_by = author.name
        priority = read_code(child(obs, "priorityCode"))
        if priority and (
            priority.code in ("8319008", "63161005")
            or "princip" in (priority.display or "").lower()
            or "primary" in (priority.display or "").lower()
        ):
            diagnosis.primary = True
        return diagnosis

    def add_diagnosis(self, diagnosis: Diagnosis | None) -> None:
        if diagnosis is None:
            return
        key = (
            diagnosis.system,
            diagnosis.code,
            None if diagnosis.code else (diagnosis.description or "").lower(),
        )
        if key in self._seen_diagnoses:
            return
        self._seen_diagnoses.add(key)
        self.found.diagnoses.append(diagnosis)

    def _looks_like_problem_obs(self, obs: etree._Element) -> bool:
        if local(obs) != "observation" or (attr(obs, "moodCode") or "EVN") != "EVN":
            return False
        roots = template_roots(obs)
        if PROBLEM_OBS in roots:
            return True
        if roots & _NOT_INTERVENTIONS:
            return False
        code = read_code(child(obs, "code"))
        value = read_code(child(obs, "value"))
        if value is None:
            return False
        return bool(
            (code and code.code in _DIAGNOSIS_CODES) or any(c.is_icd10cm() for c in value.all_codes())
        )

    # -- sections ---------------------------------------------------------------------------------

    def read_problem_entries(self, entry_el: etree._Element, section: str | None) -> int:
        """Problem Concern Acts and Problem Observations in a Problems/Assessment section; returns items read."""
        count = 0
        target = statement_element(entry_el)
        if target is None:
            return 0
        if self._looks_like_problem_obs(target):
            before = len(self.found.diagnoses)
            self.add_diagnosis(self.diagnosis(target, section))
            return len(self.found.diagnoses) - before
        if local(target) == "act" and RISK_CONCERN not in template_roots(target):
            status = attr(child(target, "statusCode"), "code")
            for type_code, obs in related(target):
                if type_code in ("SUBJ", "REFR", "") and self._looks_like_problem_obs(obs):
                    before = len(self.found.diagnoses)
                    self.add_diagnosis(self.diagnosis(obs, section, status))
                    count += len(self.found.diagnoses) - before
        return count

    def read_concern(self, act: etree._Element, section: str | None) -> Problem | None:
        """A Health Concern Act as a problem; its Problem Observations become diagnoses."""
        if RISK_CONCERN in template_roots(act) or attr(act, "negationInd") == "true":
            return None
        status = attr(child(act, "statusCode"), "code")
        observations = []
        references = []
        for type_code, rel in related(act):
            if _is_reference(rel):
                references.extend(element_ids(rel))
                continue
            if type_code in ("SUBJ", "REFR", "") and self._looks_like_problem_obs(rel):
                observations.append(rel)
                self.add_diagnosis(self.diagnosis(rel, section, status))
        text, text_el = self.narrative.text_of(child(act, "text"))
        if not text:
            names = []
            for obs in observations:
                value = read_code(child(obs, "value"), self.narrative)
                if value and value.text() and value.text() not in names:
                    names.append(value.text())
            text = "; ".join(names) or None
            text_el = act
        if not text:
            return None
        problem = Problem(statement=text, source=location(act, section, text))
        problem.field_sources["statement"] = location(text_el if text_el is not None else act, section, text)
        self.found.concerns.append((problem, element_ids(act), references))
        return problem

    # -- goals ------------------------------------------------------------------------------------

    def _goal_statement(self, obs: etree._Element) -> tuple[str | None, etree._Element]:
        """A goal's words: as `statement`, except that when its <text> refers to a whole narrative row (the goal's
        cells joined: statement, date, ...) and also writes the goal after the reference (`<text><reference
        value="#g1b"/>Volunteer at least 2 half-day shifts per week ...</text>`), those words are the goal's own; the
        code's original text may only name what is measured ("Volunteer shifts per week")."""
        holder = child(obs, "text")
        target = self.narrative.element(holder) if holder is not None else None
        if holder is not None and target is not None and local(target) == "tr":
            own = clean("".join(t for t in holder.itertext() if isinstance(t, str)))
            if own and re.search(r"[A-Za-z]{2}", own):
                return own, holder
        return self.statement(obs)

    def _goal_fields(self, obs: etree._Element, section: str | None) -> dict[str, object]:
        text, text_el = self._goal_statement(obs)
        code = read_code(child(obs, "code"), self.narrative)
        measure = code.display if _meaningful(code) and code and code.display else None
        value_el = child(obs, "value")
        target = value_text(value_el)
        if text is None and (measure or target):
            text = " ".join(x for x in (measure, target) if x)
            text_el = obs
        fields: dict[str, object] = {"statement": text}
        sources = {}
        if text:
            sources["statement"] = location(text_el if text_el is not None else obs, section, text)
        base, stated_target = baseline_and_target(text)
        # the goal's table row (its text refers to a <tr>): a Baseline or Target column states them for this goal
        row = row_item(self._referenced_row(obs))
        base_cell = row.cell("baseline") if row is not None else None
        target_cell = row.cell("target") if row is not None else None
        if base_cell is not None and stated_level(base_cell.text):
            fields["baseline"] = base_cell.text
            sources["baseline"] = location(base_cell.element, section, base_cell.text)
        elif base:
            fields["baseline"] = base
        if target:
            fields["target"] = target
            sources["target"] = location(value_el, section, target)
        elif target_cell is not None and stated_level(target_cell.text):
            fields["target"] = target_cell.text
            sources["target"] = location(target_cell.element, section, target_cell.text)
        elif stated_target:
            fields["target"] = stated_target
        if measure:
            fields["measure"] = measure
        frame = time_frame_in(text)
        if frame:
            fields["time_frame"] = frame
        timing = timing_of(obs, section)
        target_date = timing.date or timing.end
        if target_date:
            fields["target_date"] = target_date
            el = timing.date_el if timing.date else timing.end_el
            sources["target_date"] = location(el, section, attr(el, "value"))
        fields["field_sources"] = sources
        fields["source"] = location(obs, section, text)
        return fields

    def _referenced_row(self, el: etree._Element) -> etree._Element | None:
        """The narrative table row an entry's text (else its code's original text) refers to; a referenced cell
        stands for its row."""
        for holder in (child(el, "text"), child(el, "code", "originalText")):
            target = self.narrative.element(holder) if holder is not None else None
            if target is None:
                continue
            if local(target) in ("td", "th"):
                target = target.getparent()
            return target if target is not None and local(target) == "tr" else None
        return None

    def read_goal(self, obs: etree._Element, section: str | None, depth: int = 0) -> Goal | None:
        """A Goal Observation with its milestones (objectives) and related interventions."""
        if attr(obs, "negationInd") == "true":
            return None
        fields = self._goal_fields(obs, section)
        if not fields.get("statement"):
            return None
        goal = Goal(**fields)
        references: list[str] = []
        for type_code, rel in related(obs):
            if _is_reference(rel):
                references.extend(element_ids(rel))
            elif (attr(rel, "moodCode") or "").upper() == "GOL" or GOAL_OBS in template_roots(rel):
                if depth < 6:
                    self._add_objectives(goal, rel, section, depth + 1)
            elif not (template_roots(rel) & _NOT_INTERVENTIONS) and type_code != "SPRT":
                goal.interventions.extend(self.read_intervention(rel, section, depth + 1, register=False))
        self.found.goals.append((goal, element_ids(obs), references))
        return goal

    def _add_objectives(self, goal: Goal, obs: etree._Element, section: str | None, depth: int) -> None:
        fields = self._goal_fields(obs, section)
        if not fields.get("statement"):
            return
        objective = Objective(**fields)
        for type_code, rel in related(obs):
            if (attr(rel, "moodCode") or "").upper() == "GOL" and depth < 6:
                self._add_objectives(goal, rel, section, depth + 1)  # milestones of milestones: flattened
            elif (
                not _is_reference(rel)
                and not (template_roots(rel) & _NOT_INTERVENTIONS)
                and type_code != "SPRT"
            ):
                objective.interventions.extend(
                    self.read_intervention(rel, section, depth + 1, register=False)
                )
        goal.objectives.append(objective)
        self.found.objective_ids.append((objective, element_ids(obs)))

    # -- interventions ----------------------------------------------------------------------------

    def review_from(self, el: etree._Element, section: str | None) -> Review | None:
        """A planned entry that schedules a plan review, re-evaluation or recertification."""
        code = read_code(child(el, "code"), self.narrative)
        text, _ = self.statement(el)
        words = " ".join(x for x in (code.display if code else None, text) if x)
        if not ((code and code.code == "425268008") or _REVIEW_WORDS.search(words)):
            return None
        low = words.lower()
        kind = (
            "recertification"
            if "recert" in low
            else "progress-report"
            if "progress report" in low
            else "review"
        )
        timing = timing_of(el, section)
        date = timing.date or timing.start
        mood = (attr(el, "moodCode") or "").upper()
        review = Review(kind=kind, date=date, completed=mood == "EVN", source=location(el, section, words))
        if date:
            review.field_sources["date"] = location(timing.date_el, section, attr(timing.date_el, "value"))
        performer = person_of(child(el, "performer", "assignedEntity"))
        if performer and performer.name:
            review.by = performer.name
        return review

    def read_intervention(
        self, el: etree._Element, section: str | None, depth: int = 0, register: bool = True
    ) -> list[Intervention]:
        """Interventions an entry states; a wrapper act without its own words stands for its parts."""
        if depth > 8 or attr(el, "negationInd") == "true" or local(el) not in _STATEMENTS:
            return []
        roots = template_roots(el)
        if roots & _NOT_INTERVENTIONS or (attr(el, "moodCode") or "").upper() == "GOL" or _is_reference(el):
            return []
        review = self.review_from(el, section)
        if review is not None:
            self.found.reviews.append(review)
            return []
        code = read_code(child(el, "code"), self.narrative)
        text, text_el = self.statement(el)
        label = None
        if _meaningful(code) and code is not None:
            label = code.display or code.original_text
        if local(el) == "substanceAdministration":
            material = child(el, "consumable", "manufacturedProduct", "manufacturedMaterial")
            drug = read_code(child(material, "code"), self.narrative)
            name_el = child(material, "name")
            label = (drug.text() if drug else None) or (
                clean("".join(name_el.itertext())) if name_el is not None else None
            )
        parts: list[Intervention] = []
        references: list[str] = []
        for type_code, rel in related(el):
            if _is_reference(rel):
                if type_code in ("RSON", "GEVL", "REFR", "COMP"):
                    references.extend(element_ids(rel))
            elif (attr(rel, "moodCode") or "").upper() != "GOL" and type_code != "RSON":
                parts.extend(self.read_intervention(rel, section, depth + 1, register=False))
        if not text and (label is None or roots & {INTERVENTION_ACT, PLANNED_INTERVENTION}) and parts:
            if register:
                for part in parts:
                    self._register(part, element_ids(el), references)
            return parts
        if not text and not label:
            return parts
        intervention = Intervention(source=location(el, section, text or label))
        self.created.append(intervention)
        single = parts[0] if len(parts) == 1 else None
        if label and label != text:
            intervention.label = label
            intervention.field_sources["label"] = location(code.element if code else el, section, label)
        if text:
            intervention.description = text
            intervention.field_sources["description"] = location(
                text_el if text_el is not None else el, section, text
            )
        words = text or label or ""
        service = next(
            (c for c in (code.all_codes() if code else []) if c.is_service_code() and c.code), None
        )
        if service is not None:
            intervention.service_code = service.code
            intervention.field_sources["service_code"] = location(service.element, section, service.code)
        elif service_code_in(words):
            intervention.service_code = service_code_in(words)
            intervention.field_sources["service_code"] = location(
                text_el if text_el is not None else el, section, words
            )
        timing = timing_of(el, section)
        where = location(text_el if text_el is not None else el, section, words)
        intervention.frequency = timing.frequency or self._frequency(words, where)
        intervention.amount = timing.amount or self._amount(words, where)
        intervention.duration = timing.duration or self._duration(words, where)
        row = row_item(self._referenced_row(el))
        hours = _hours_of_row(row) if row is not None else parse_hours_per_week(words)
        if hours is not None:
            self._hours[id(intervention)] = hours
        performer = person_of(child(el, "performer", "assignedEntity"))
        if performer and performer.name:
            intervention.responsible_staff = performer.name
        if single is not None:
            # A wrapper with words of its own and one part: the part's specifics belong to it.
            for name in ("service_code", "frequency", "amount", "duration", "responsible_staff"):
                if getattr(intervention, name) is None and getattr(single, name) is not None:
                    setattr(intervention, name, getattr(single, name))
                    if name in single.field_sources:
                        intervention.field_sources[name] = single.field_sources[name]
        self._dates[id(intervention)] = (timing.start or timing.date, timing.end)
        if (
            single is not None
            and id(intervention) in self._dates
            and self._dates[id(intervention)] == (None, None)
        ):
            self._dates[id(intervention)] = self._dates.get(id(single), (None, None))
        # Several parts under words of their own: parts that name their own service or frequency stay listed.
        extra = [p for p in parts if p.service_code or p.frequency] if single is None else []
        if register:
            for item in (intervention, *extra):
                self._register(item, element_ids(el), references)
        return [intervention, *extra]

    def complete_from_rows(self, interventions: list[Intervention], items: list[NarrativeItem], section: str | None) -> None:
        """Facts an entry leaves out and its section's narrative table states: a procedure entry coded 90834 with a
        weekly PIVL_TS, and the row "Individual psychotherapy | 90834 | 45 minutes | Weekly" in the table above it.
        The row is the one that names the entry's service code (else its words); only one row may match, and only
        an amount, frequency or duration the entry does not state is taken, from the cell of that column."""
        rows = [item for item in items if item.cells]
        for intervention in interventions:
            row = _row_for(intervention, rows)
            if row is None:
                continue
            hours = _hours_of_row(row)
            if id(intervention) not in self._hours and hours is not None:
                self._hours[id(intervention)] = hours
            for name, parse in (("amount", self._amount), ("frequency", self._frequency), ("duration", self._duration)):
                cell = row.cell(name)
                if getattr(intervention, name) is not None or cell is None or not cell.text:
                    continue
                value = parse(cell.text, location(cell.element, section, cell.text))
                if value is not None:
                    setattr(intervention, name, value)

    def complete_from_prose(self, interventions: list[Intervention], items: list[NarrativeItem], section: str | None) -> None:
        """The frequency (and session amount) a coded procedure entry leaves out and its section's prose states for
        a list of services at once: "Therapeutic exercise (97110), gait training (97116): 2 times per week, 1 session
        per day, for 12 weeks". Taken only from the one clause of the narrative that names the entry's code, when the
        facts follow the last code it names and none sits between its codes ("97110 2x/week, 97116 1x/week" gives
        each its own, and is left to the entries)."""
        clauses = [
            (clause, item) for item in items if not item.cells
            for clause in re.split(r";\s+|(?<=[a-z)])\.\s+", item.text)
        ]
        for intervention in interventions:
            code = intervention.service_code
            if not code or (intervention.frequency is not None and intervention.frequency.stated):
                continue
            pattern = re.compile(rf"(?<![\w-]){re.escape(code)}(?![\w-])")
            naming = [(clause, item) for clause, item in clauses if pattern.search(clause)]
            if len(naming) != 1:
                continue
            clause, item = naming[0]
            last = list(_CODE_WORD.finditer(clause))[-1]
            if parse_frequency(clause[: last.end()]) is not None:
                continue  # a frequency between the codes: each code has its own
            facts = clause[last.end() :]
            where = location(item.element, section, clause)
            frequency = self._frequency(facts, where)
            if frequency is None or not frequency.stated:
                continue
            intervention.frequency = frequency
            amount = Amount.model_validate(facts.strip(" :,.")) if intervention.amount is None else None
            if amount is not None and amount.stated:  # "45 minutes", "1 session per day"
                amount.source = where
                intervention.amount = amount

    def service_for(self, intervention: Intervention) -> ServiceRequest | None:
        """The service request an intervention states: a CPT/HCPCS code with its frequency, amount or dates."""
        start, end = self._dates.get(id(intervention), (None, None))
        hours = self._hours.get(id(intervention))
        if not intervention.service_code or not (
            intervention.frequency or intervention.amount or intervention.duration or start or end or hours
        ):
            return None
        return ServiceRequest(
            code=intervention.service_code,
            description=intervention.label or intervention.description,
            amount=intervention.amount,
            frequency=intervention.frequency,
            hours_per_week=hours,
            duration=intervention.duration,
            start=start,
            end=end,
            source=intervention.source,
            field_sources={k: v for k, v in intervention.field_sources.items() if k == "service_code"},
        )

    def _register(self, intervention: Intervention, ids: list[str], references: list[str]) -> None:
        self.found.interventions.append((intervention, ids, references))

    @staticmethod
    def _frequency(text: str, where: object) -> Frequency | None:
        parsed = parse_frequency(text)
        if parsed is None:
            return None
        return Frequency(
            text=text,
            count=parsed.count,
            count_max=parsed.count_max,
            per=parsed.per,
            prn=parsed.prn,
            source=where,
        )

    @staticmethod
    def _amount(text: str, where: object) -> Amount | None:
        parsed = parse_amount(text)
        if parsed is None:
            return None
        return Amount(
            text=text,
            minutes=parsed.minutes,
            minutes_max=parsed.minutes_max,
            units=parsed.units,
            source=where,
        )

    @staticmethod
    def _duration(text: str, where: object) -> Duration | None:
        parsed = parse_duration(text)
        if parsed is None:
            return None
        if parsed.value is None and not re.search(
            r"\b(?:through|thru|until|till|ending|ends?|end date)\b", text, re.IGNORECASE
        ):
            return None
        return Duration(
            text=text, value=parsed.value, unit=parsed.unit, end_date=parsed.end_date, source=where
        )
