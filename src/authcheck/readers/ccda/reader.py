"""C-CDA reader: Care Plan documents, CCDs with a Plan of Treatment section, and bare sections.

Sections are found by LOINC section code or templateId (any version), so documents without the US
Realm Header template or template versions still read. What is read from where:

| plan element | C-CDA source |
| --- | --- |
| patient | recordTarget/patientRole: name, birthTime, id (not an SSN); Payers section covered-party id wins |
| plan_date, period | ClinicalDocument/effectiveTime; documentationOf/serviceEvent/effectiveTime (low/high), else a labelled narrative span ("Certification period: X - Y", ccda.plan_facts) |
| first_treatment_date | the earliest evaluation that took place (CPT/HCPCS evaluation code, moodCode EVN; an encounter named an initial evaluation) |
| admission_date | encompassingEncounter/effectiveTime/low of an inpatient or residential encounter |
| level_of_care | an observation whose code names a level of care, else a labelled narrative line (ccda.plan_facts) |
| expected_duration | an observation or labelled narrative line stating it (ccda.plan_facts); not the serviceEvent period, which is the plan (certification) period |
| signatures, providers, reviews | header (see ccda.header) |
| diagnoses | Problem Observations in Problems, Health Concerns, Assessment sections (ICD-10-CM by OID, also in translation) |
| problems | Health Concern Acts, with the goals that refer to them |
| goals, objectives | Goal Observations (Goals and Plan of Treatment sections); component goals are objectives |
| interventions, services | Intervention Acts and planned entries (Interventions, Plan of Treatment, Assessment and Plan) |
| assessments | Assessment Scale Observations anywhere |
| payer | Payers section Policy Activity, else header policy holder participant, else Planned Coverage |
| presenting_problem | Chief Complaint / Reason for Visit / Reason for Referral / HPI narrative |
| free_text | every section's narrative, headed by its title |

A section whose entries state nothing is read from its narrative (lists, tables, paragraphs).
Locations are XPaths (SourceLocation.pointer), described in ccda.xml, with the section title in
SourceLocation.section.
"""

from __future__ import annotations

import datetime as dt
import re

from lxml import etree

from authcheck.model import (
    Assessment,
    Goal,
    Intervention,
    Objective,
    Period,
    Problem,
    TextBlock,
    TreatmentPlan,
)
from authcheck.model.vocab import normalize_discipline
from authcheck.xmlsafe import XMLSyntaxError, parse_xml
from authcheck.readers.base import PlanReadError
from authcheck.readers.ccda.entries import (
    ASSESSMENT_SCALE,
    GOAL_OBS,
    HEALTH_CONCERN,
    EntryReader,
    statement_element,
)
from authcheck.readers.ccda.fallback import NarrativeElements, item_kind, read_items
from authcheck.readers.ccda.header import Header, read_header
from authcheck.readers.ccda.narrative import NarrativeItem, narrative_items
from authcheck.readers.ccda.records import (
    read_assessment,
    read_evaluation_date,
    read_payer,
    read_planned_coverage,
)
from authcheck.readers.ccda.sections import PRESENTING_ORDER, SectionInfo, iter_sections
from authcheck.readers.ccda.plan_facts import read_expected_duration, read_level_of_care, read_narrative_period
from authcheck.readers.ccda.sniff import V3, looks_like_ccda
from authcheck.readers.ccda.xml import (
    NarrativeIndex,
    attr,
    child,
    children,
    clean,
    flatten_text,
    local,
    location,
    read_code,
    template_roots,
)

__all__ = ["MAX_ELEMENTS", "CcdaReader", "plan_from_root"]

MAX_ELEMENTS = 2_000_000

_DISCIPLINE_PHRASES = [
    ("physical therap", "pt"),
    ("physiotherap", "pt"),
    ("occupational therap", "ot"),
    ("speech", "slp"),
    ("applied behavior", "aba"),
    ("applied behaviour", "aba"),
    ("behavior analy", "aba"),
    ("substance use", "sud"),
    ("substance abuse", "sud"),
    ("addiction", "sud"),
    ("chemical dependency", "sud"),
    ("psychiatr", "psychiatry"),
    ("psychotherap", "psychotherapy"),
    ("behavioral health", "psychotherapy"),
    ("behavioural health", "psychotherapy"),
    ("mental health", "psychotherapy"),
    ("home health", "home-health"),
]
_TAXONOMY_DISCIPLINES = [
    ("2251", "pt"),
    ("225X", "ot"),
    ("224Z", "ot"),
    ("235Z", "slp"),
    ("103K", "aba"),
    ("106S", "aba"),
    ("101YA0400X", "sud"),
    ("1041C", "psychotherapy"),
    ("101Y", "psychotherapy"),
    ("106H", "psychotherapy"),
    ("103T", "psychotherapy"),
    ("2084P0800X", "psychiatry"),
    ("363LP0808X", "psychiatry"),
]


def _parse(data: bytes, path: str) -> etree._Element:
    try:
        root = parse_xml(data)
    except XMLSyntaxError as exc:
        line = exc.lineno or (exc.position[0] if getattr(exc, "position", None) else None)
        message = (exc.msg or str(exc)).splitlines()[0].strip()
        where = f" at line {line}" if line else ""
        if "depth" in message.lower() or "huge" in message.lower():
            raise PlanReadError(path, f"C-CDA: document is nested too deeply{where}") from exc
        raise PlanReadError(path, f"C-CDA: malformed XML{where}: {message}") from exc
    except ValueError as exc:
        raise PlanReadError(path, f"C-CDA: {exc}") from exc
    name = local(root)
    namespace = etree.QName(root).namespace
    if namespace not in (None, V3) or name not in ("ClinicalDocument", "section", "component"):
        raise PlanReadError(path, f"not a C-CDA document (root element {name!r})")
    for count, _ in enumerate(root.iter(), start=1):
        if count > MAX_ELEMENTS:
            raise PlanReadError(path, f"C-CDA: document has more than {MAX_ELEMENTS:,} elements")
    if name == "ClinicalDocument" and child(root, "component", "nonXMLBody") is not None:
        body = child(root, "component", "nonXMLBody", "text")
        media = attr(body, "mediaType") or "an embedded file"
        if media != "text/plain" or attr(body, "representation") == "B64":
            raise PlanReadError(
                path,
                f"C-CDA: the document body is {media}, not structured or plain text; authcheck cannot read it",
            )
    return root


def _discipline(root: etree._Element, header: Header) -> str | None:
    texts = [header.title or ""]
    code = read_code(child(root, "code"))
    if code is not None:
        texts.append(code.text() or "")
    for doc_of in children(root, "documentationOf"):
        event_code = read_code(child(doc_of, "serviceEvent", "code"))
        if event_code is not None:
            texts.append(event_code.text() or "")
    for text in texts:
        low = text.lower()
        for phrase, discipline in _DISCIPLINE_PHRASES:
            if phrase in low:
                return normalize_discipline(discipline)
    for author in children(root, "author"):
        author_code = read_code(child(author, "assignedAuthor", "code"))
        if author_code and author_code.code and author_code.system == "2.16.840.1.113883.6.101":
            for prefix, discipline in _TAXONOMY_DISCIPLINES:
                if author_code.code.startswith(prefix):
                    return normalize_discipline(discipline)
    return None


def _unread_items(
    items: list[NarrativeItem], entries: list[etree._Element], narrative: NarrativeIndex
) -> list[NarrativeItem]:
    """Narrative items no entry refers to: the ones an entry refers to were read (or left out) with it."""
    referenced: set[etree._Element] = set()
    for entry in entries:
        for ref in entry.iter():
            if isinstance(ref.tag, str) and local(ref) == "reference":
                target = narrative.element(ref)
                if target is not None:
                    referenced.add(target)
    if not referenced:
        return items

    def mentioned(el: etree._Element) -> bool:
        if el in referenced or any(a in referenced for a in el.iterancestors()):
            return True
        return any(d in referenced for d in el.iterdescendants())

    return [item for item in items if not mentioned(item.element)]


def _is_outer_scale(el: etree._Element) -> bool:
    """An Assessment Scale Observation not nested in another one."""
    if (
        not isinstance(el.tag, str)
        or local(el) != "observation"
        or ASSESSMENT_SCALE not in template_roots(el)
    ):
        return False
    return not any(
        ASSESSMENT_SCALE in template_roots(a) for a in el.iterancestors() if isinstance(a.tag, str)
    )


class _Body:
    """Reads every section of the body and links goals, concerns and interventions."""

    def __init__(self, root: etree._Element) -> None:
        self.root = root
        self.reader = EntryReader(NarrativeIndex(root))
        self.narrative = NarrativeElements()
        self.free_text: list[TextBlock] = []
        self.presenting: dict[str, tuple[str, etree._Element, str | None]] = {}
        self.assessments: list[Assessment] = []
        self.evaluation: tuple[dt.date | None, etree._Element | None] = (None, None)

    def read(self) -> None:
        for info in iter_sections(self.root):
            self._section(info)
        for obs in self.root.iter():
            if _is_outer_scale(obs):
                assessment = read_assessment(obs, self._section_title(obs), self.reader.narrative)
                if assessment is not None:
                    self.assessments.append(assessment)
        read_planned_coverage(self.root, self.reader.found)
        self.evaluation = read_evaluation_date(self.root)

    @staticmethod
    def _section_title(el: etree._Element) -> str | None:
        for ancestor in el.iterancestors():
            if local(ancestor) == "section":
                title = child(ancestor, "title")
                return clean("".join(title.itertext())) if title is not None else None
        return None

    def _section(self, info: SectionInfo) -> None:
        section, title, kind = info.element, info.title, info.kind
        text_el = child(section, "text")
        text = flatten_text(text_el) if text_el is not None else None
        if text and re.search(r"\w", text):
            self.free_text.append(TextBlock(heading=title, text=text, source=location(text_el, title, text)))
        entries = children(section, "entry")
        found = 0
        created = len(self.reader.created)
        if kind == "presenting":
            if text and info.code and re.search(r"\w", text):
                self.presenting.setdefault(info.code, (text, text_el, title))
            return
        if kind == "payers":
            for entry in entries:
                found += read_payer(entry, self.reader.found)
            return
        for entry in entries:
            target = statement_element(entry)
            if target is None:
                continue
            roots = template_roots(target)
            if kind in ("problems", "assessment"):
                found += self.reader.read_problem_entries(entry, title)
                continue
            if kind == "health-concerns":
                if HEALTH_CONCERN in roots or (local(target) == "act" and not roots):
                    found += self.reader.read_concern(target, title) is not None
                else:
                    found += self.reader.read_problem_entries(entry, title)
                continue
            if (attr(target, "moodCode") or "").upper() == "GOL" or GOAL_OBS in roots:
                found += self.reader.read_goal(target, title) is not None
                continue
            if kind in ("goals", "interventions", "plan-of-treatment", "assessment-and-plan"):
                mood = (attr(target, "moodCode") or "EVN").upper()
                if (
                    kind in ("plan-of-treatment", "assessment-and-plan")
                    and mood == "EVN"
                    and not (roots & {"2.16.840.1.113883.10.20.22.4.131", "2.16.840.1.113883.10.20.22.4.146"})
                ):
                    found += (
                        self.reader.read_problem_entries(entry, title) if kind == "assessment-and-plan" else 0
                    )
                    continue
                before = len(self.reader.found.reviews)
                found += len(self.reader.read_intervention(target, title))
                found += len(self.reader.found.reviews) - before
        if found and text_el is not None and len(self.reader.created) > created:
            # the amount or frequency a procedure entry leaves out, stated in the section's table
            self.reader.complete_from_rows(self.reader.created[created:], narrative_items(text_el), title)
            # ("97110, 97116: 2 times per week" said once in the section's prose for the entries it lists)
            self.reader.complete_from_prose(self.reader.created[created:], narrative_items(text_el), title)
        if found or text_el is None:
            return
        defaults = {
            "goals": "goal",
            "interventions": "intervention",
            "plan-of-treatment": "intervention",
            "health-concerns": "problem",
            "problems": "diagnosis",
            "assessment": "diagnosis",
            "assessment-and-plan": "none",
        }
        default = defaults.get(kind)
        if default is None:
            return
        items = _unread_items(narrative_items(text_el), entries, self.reader.narrative)
        if kind == "assessment-and-plan":
            # Prose: only items under a heading (or labelled) as goals/interventions, and coded diagnoses.
            labelled = []
            for item in items:
                if item_kind(item, "none") != "none":
                    labelled.append(item)
            read_items(labelled, title, "intervention", self.narrative)
            read_items(
                [i for i in items if i not in labelled], title, "diagnosis", self.narrative, require_code=True
            )
            return
        read_items(items, title, default, self.narrative, require_code=kind == "assessment")


def _link(body: _Body, plan: TreatmentPlan) -> None:
    """Hang goals under the concerns they refer to and interventions under the goals they serve."""
    found = body.reader.found
    goal_by_id: dict[str, Goal | Objective] = {}
    for goal, ids, _ in found.goals:
        for key in ids:
            goal_by_id.setdefault(key, goal)
    for objective, ids in found.objective_ids:
        for key in ids:
            goal_by_id.setdefault(key, objective)
    concern_by_id: dict[str, Problem] = {}
    for problem, ids, _ in found.concerns:
        for key in ids:
            concern_by_id.setdefault(key, problem)

    placed: set[int] = set()
    linked = False
    for goal, _, references in found.goals:
        target = next((concern_by_id[r] for r in references if r in concern_by_id), None)
        if target is not None:
            target.goals.append(goal)
            placed.add(id(goal))
            linked = True
    for problem, _, references in found.concerns:
        for ref in references:
            goal = goal_by_id.get(ref)
            if isinstance(goal, Goal) and id(goal) not in placed:
                problem.goals.append(goal)
                placed.add(id(goal))
                linked = True

    intervention_by_id: dict[str, Intervention] = {}
    for intervention, ids, _ in found.interventions:
        for key in ids:
            intervention_by_id.setdefault(key, intervention)
    attached: set[int] = set()
    for goal, _, references in found.goals:
        for ref in references:
            intervention = intervention_by_id.get(ref)
            if intervention is not None and id(intervention) not in attached:
                goal.interventions.append(intervention)
                attached.add(id(intervention))
    for intervention, _, references in found.interventions:
        if id(intervention) in attached:
            continue
        owner = next((goal_by_id[r] for r in references if r in goal_by_id), None)
        if owner is not None:
            if not _duplicate(intervention, owner.interventions):
                owner.interventions.append(intervention)
            attached.add(id(intervention))
    loose_interventions = []
    for intervention, _, _ in found.interventions:
        if id(intervention) not in attached and not _duplicate(intervention, loose_interventions):
            loose_interventions.append(intervention)

    concerns = [problem for problem, _, _ in found.concerns]
    loose_goals = [goal for goal, _, _ in found.goals if id(goal) not in placed]
    narrative = body.narrative
    problems: list[Problem] = []
    if linked or not (loose_goals or narrative.loose_goals):
        problems.extend(concerns)
    elif len(concerns) == 1 and not narrative.problems:
        concerns[0].goals.extend(loose_goals + narrative.loose_goals)
        problems.extend(concerns)
        loose_goals, narrative.loose_goals = [], []
    problems.extend(narrative.problems)
    remaining = loose_goals + narrative.loose_goals
    if remaining:
        first = remaining[0].source
        holder = Problem(goals=remaining)
        if first is not None:
            holder.source = first.model_copy(update={"text": None})
        problems.append(holder)
    plan.problems = problems
    plan.interventions = loose_interventions + narrative.interventions


def _duplicate(intervention: Intervention, others: list[Intervention]) -> bool:
    key = (intervention.label, intervention.description, intervention.service_code)
    return any((o.label, o.description, o.service_code) == key for o in others)


def _plan_period(header: Period | None, narrative: Period | None) -> Period | None:
    """The header's serviceEvent period; a narrative span fills it when the header has none, or ends it when the
    header gives only the same start."""
    if header is None:
        return narrative
    if header.end is None and narrative is not None and narrative.start == header.start:
        header.end = narrative.end
        header.field_sources["end"] = narrative.source
    return header


def plan_from_root(root: etree._Element) -> TreatmentPlan:
    """Build the plan from a parsed C-CDA document or section."""
    header = read_header(root)
    body = _Body(root)
    body.read()
    found = body.reader.found
    plan = TreatmentPlan(source=location(root, text=header.title))
    plan.patient = header.patient
    if header.plan_date:
        plan.plan_date = header.plan_date
        plan.field_sources["plan_date"] = header.plan_date_source or location(
            header.plan_date_el, text=attr(header.plan_date_el, "value")
        )
    plan.period = _plan_period(header.period, read_narrative_period(root))
    if plan.period is not None:
        plan.field_sources["period"] = plan.period.source
    plan.expected_duration = read_expected_duration(root, body.reader.narrative)
    level = read_level_of_care(root, body.reader.narrative)
    if level is not None:
        plan.level_of_care = level.text
        plan.field_sources["level_of_care"] = location(level.element, level.section, level.text)
    if header.admission_date:
        plan.admission_date = header.admission_date
        plan.field_sources["admission_date"] = location(
            header.admission_el, text=attr(header.admission_el, "value")
        )
    evaluation_date, evaluation_el = body.evaluation
    if evaluation_date:
        plan.first_treatment_date = evaluation_date
        plan.field_sources["first_treatment_date"] = location(
            evaluation_el, text=attr(evaluation_el, "value")
        )
    plan.signatures = header.signatures
    plan.providers = header.providers
    plan.reviews = header.reviews + found.reviews + body.narrative.reviews
    if found.payer:
        plan.payer = found.payer
        plan.field_sources["payer"] = location(found.payer_el, text=found.payer)
    elif header.payer:
        plan.payer = header.payer
        plan.field_sources["payer"] = location(header.payer_el, text=header.payer)
    elif found.coverage_payer:
        plan.payer = found.coverage_payer
        plan.field_sources["payer"] = location(found.coverage_payer_el, text=found.coverage_payer)
    member, member_el = (
        (found.member_id, found.member_id_el) if found.member_id else (header.member_id, header.member_id_el)
    )
    if member:
        plan.patient.member_id = member
        plan.patient.field_sources["member_id"] = location(member_el, text=member)
    plan.diagnoses = list(found.diagnoses)
    seen = {(d.system, d.code, d.description) for d in plan.diagnoses}
    for diagnosis in body.narrative.diagnoses:
        key = (diagnosis.system, diagnosis.code, diagnosis.description)
        if key not in seen and not (diagnosis.code and any(d.code == diagnosis.code for d in plan.diagnoses)):
            plan.diagnoses.append(diagnosis)
            seen.add(key)
    plan.assessments = body.assessments
    _link(body, plan)
    in_plan = {id(i): i for _, i in plan.iter_interventions()}
    ordered = [i for i in body.reader.created if id(i) in in_plan]
    ordered += [i for i in in_plan.values() if all(i is not o for o in ordered)]
    plan.services = [s for i in ordered if (s := body.reader.service_for(i)) is not None]
    for code in PRESENTING_ORDER:
        if code in body.presenting:
            text, text_el, title = body.presenting[code]
            plan.presenting_problem = text
            plan.field_sources["presenting_problem"] = location(text_el, title, text)
            break
    plan.free_text = body.free_text
    plan.discipline = _discipline(root, header) if local(root) == "ClinicalDocument" else None
    return plan


class CcdaReader:
    """Reads C-CDA R2.1 documents (Care Plan, CCD, ...) and bare C-CDA sections."""

    name = "ccda"

    def sniff(self, head: bytes) -> bool:
        """A root ClinicalDocument/section in the HL7 v3 namespace, or C-CDA-shaped in no namespace."""
        return looks_like_ccda(head)

    def read(self, data: bytes, path: str) -> TreatmentPlan:
        """Parse safely and read the plan; PlanReadError with a one-line reason for unusable files."""
        root = _parse(data, path)
        return plan_from_root(root)
