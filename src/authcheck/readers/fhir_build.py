"""Build a TreatmentPlan from one chosen CarePlan (or, without one, from a bundle's Goals) and the
resources it links to. See docs in `authcheck.readers.fhir` for the mapping.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any

from authcheck.model import (
    Amount,
    Diagnosis,
    Duration,
    Frequency,
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
    TreatmentPlan,
)
from authcheck.model.vocab import normalize_code_system
from authcheck.parsing import parse_amount, parse_duration, parse_frequency
from authcheck.readers.fhir_assess import assessments
from authcheck.readers.fhir_discipline import infer_discipline
from authcheck.readers.fhir_doc import FhirDocument, Path, each
from authcheck.readers.fhir_index import Res, ResourceIndex
from authcheck.readers.fhir_people import (
    Person,
    coverage_member_id,
    member_identifier,
    payer_of,
    person,
    signer_role,
)
from authcheck.readers.fhir_select import composition_for
from authcheck.readers.fhir_values import (
    cc_text,
    codings,
    duration_dict,
    duration_unit,
    fhir_date,
    find_coding,
    human_name,
    number,
    strip_xhtml,
    text,
    timing_parts,
    value_text,
)

__all__ = ["PlanBuilder"]

_SERVICE_SYSTEMS = ("CPT", "HCPCS")
_SKIP_CONDITION_VERIFICATION = {"refuted", "entered-in-error"}
_INACTIVE_CLINICAL = {"inactive", "resolved", "remission"}
_SKIP_GOAL_STATUS = {"entered-in-error", "rejected", "cancelled"}
_SKIP_ACTIVITY_STATUS = {"cancelled", "entered-in-error", "stopped"}
_SKIP_REQUEST_STATUS = {"revoked", "entered-in-error"}
_CODE_IN_TEXT = re.compile(
    r"\b(?:CPT|HCPCS)(?:\s+code)?\s*[:#]?\s*(\d{4}[0-9FTU]|[A-V]\d{4})\b|\((\d{4}[0-9FTU]|[A-V]\d{4})\)"
)
_REVIEW_TEXT = re.compile(
    r"(?P<recert>re-?certification|re-?certify)|(?P<progress>progress report)|"
    r"(?P<review>(?:treatment|care|service)\s+plan\s+(?:review|update)|review\s+(?:of\s+)?(?:the\s+)?"
    r"(?:treatment\s+|care\s+)?plan|plan\s+review)",
    re.IGNORECASE,
)
_GOAL_RELATIONSHIP = "http://hl7.org/fhir/StructureDefinition/goal-relationship"
_NOTE_FIELDS = (
    ("baseline", re.compile(r"^\s*baseline\s*(?:score|level|data|measure)?\s*[:\-\u2013]\s*(.+)$", re.I | re.S)),
    ("mastery_criteria", re.compile(r"^\s*mastery(?:\s+criteri(?:a|on))?\s*[:\-\u2013]\s*(.+)$", re.I | re.S)),
)


def _add_duration(start: dt.date, value: float, unit: str) -> dt.date | None:
    if value != int(value):
        return None
    amount = int(value)
    if unit == "day":
        return start + dt.timedelta(days=amount)
    if unit == "week":
        return start + dt.timedelta(weeks=amount)
    months = {"month": amount, "year": 12 * amount}.get(unit)
    if months is None:
        return None
    year, month = divmod(start.month - 1 + months, 12)
    year += start.year
    day = min(start.day, calendar.monthrange(year, month + 1)[1])
    return dt.date(year, month + 1, day)


class PlanBuilder:
    """Assembles the plan; every element gets the pointer of the FHIR element it came from."""

    def __init__(self, doc: FhirDocument, index: ResourceIndex, careplan: Res | None, note: str | None = None) -> None:
        self.doc = doc
        self.index = index
        self.careplan = careplan
        self.note = note
        self.only_plan = len(index.of_type("CarePlan", contained=False)) <= 1 or index.root is careplan
        self.composition = composition_for(index, careplan)
        self.patient_res: Res | None = None
        self.diagnoses: list[Diagnosis] = []
        self._diagnosis_keys: set[Any] = set()
        self.providers: list[Provider] = []
        self._provider_keys: set[Any] = set()
        self.services: list[ServiceRequest] = []
        self._service_res: list[Res] = []
        self.reviews: list[Review] = []
        self.codes: list[str] = []

    # ------------------------------------------------------------------ helpers
    def _of_type(self, *types: str) -> list[Res]:
        """Resources of these types that stand alone in the file or are contained in the plan itself
        (not those contained in, say, an ExplanationOfBenefit)."""
        return [r for r in self.index.of_type(*types) if r.container is None or r.container is self.careplan]

    def loc(self, path: Path, passage: str | None = None) -> SourceLocation:
        """A source location for a path in the file."""
        return SourceLocation(pointer=self.doc.pointer(path), text=passage)

    def _sources(self, **paths: tuple[Path, str | None] | None) -> dict[str, SourceLocation]:
        return {name: self.loc(*value) for name, value in paths.items() if value is not None}

    def _belongs_elsewhere(self, res: Res, links: list[tuple[str, str]]) -> bool:
        """True when another CarePlan (not ours) links to `res` through one of `links` (CarePlan key, inner key)."""
        for plan in self.index.of_type("CarePlan", contained=False):
            if plan is self.careplan:
                continue
            for key, inner in links:
                for item, _ in each(plan.data, key, ()):
                    ref = item.get(inner) if inner and isinstance(item, dict) else item
                    if self.index.refers_to(ref, plan, res):
                        return True
        return False

    # ------------------------------------------------------------------ patient and payer
    def _patient(self) -> tuple[Patient, str | None, tuple[Path, str] | None]:
        plan = self.careplan
        subject_ref = plan.data.get("subject") if plan else None
        target = self.index.resolve(subject_ref, plan) if plan else None
        if target is None or target.type != "Patient":
            patients = self._of_type("Patient")
            target = patients[0] if patients else None
        self.patient_res = target
        if target is None:
            display = text(subject_ref.get("display")) if isinstance(subject_ref, dict) else None
            if display and plan:
                return Patient(name=display, source=self.loc(plan.at("subject"), display),
                               field_sources=self._sources(name=(plan.at("subject", "display"), display))), None, None
            return Patient(), None, None
        data = target.data
        name = human_name(data.get("name"))
        birth = fhir_date(data.get("birthDate"))
        member = member_identifier(target)
        payer: tuple[str, Path] | None = None
        coverages = [c for c in self._of_type("Coverage")
                     if self.index.resolve(c.data.get("beneficiary"), c) in (target, None)]
        coverages.sort(key=lambda c: text(c.data.get("status")) != "active")
        for coverage in coverages:
            if member is None:
                member = coverage_member_id(coverage)
            if payer is None:
                payer = payer_of(self.index, coverage)
        sources = self._sources(
            name=(target.at("name"), name) if name else None,
            birth_date=(target.at("birthDate"), text(data.get("birthDate"))) if birth else None,
            member_id=(member[1], member[0]) if member else None,
        )
        patient = Patient(name=name, birth_date=birth, member_id=member[0] if member else None,
                          source=self.loc(target.path, name), field_sources=sources)
        return patient, payer[0] if payer else None, (payer[1], payer[0]) if payer else None

    # ------------------------------------------------------------------ providers
    def _add_provider(self, ref: Any, origin: Res, path: Path, role: str) -> Person | None:
        who = person(self.index, ref, origin)
        if who is None or who.kind in ("Patient", "RelatedPerson"):
            return who
        if who.kind == "CareTeam" and who.res is not None:
            for participant, ppath in each(who.res.data, "participant", who.res.path):
                if isinstance(participant, dict):
                    member_role = cc_text(next((r for r, _ in each(participant, "role", ())), None))
                    self._add_provider(participant.get("member"), who.res, (*ppath, "member"), member_role or role)
            return who
        key = who.res if who.res is not None else (who.name, who.npi)
        if key in self._provider_keys or not (who.name or who.npi):
            return who
        self._provider_keys.add(key)
        self.providers.append(Provider(
            name=who.name, credential=who.credential, npi=who.npi, role=role, organization=who.organization,
            source=self.loc(who.res.path if who.res is not None else path, who.name),
        ))
        return who

    def _names(self, refs: list[tuple[Any, Path]], origin: Res, role: str) -> str | None:
        names = []
        for ref, path in refs:
            who = self._add_provider(ref, origin, path, role)
            if who and who.name:
                label = f"{who.name}, {who.credential}" if who.credential else who.name
                if label not in names:
                    names.append(label)
        return "; ".join(names) or None

    # ------------------------------------------------------------------ diagnoses
    def _add_condition(self, ref: Any, origin: Res, path: Path) -> Res | None:
        target = self.index.resolve(ref, origin)
        if target is None:
            display = text(ref.get("display")) if isinstance(ref, dict) else None
            if display and display.lower() not in self._diagnosis_keys:
                self._diagnosis_keys.add(display.lower())
                self.diagnoses.append(Diagnosis(description=display, source=self.loc(path, display)))
            return None
        if target.type != "Condition":
            return target
        if target in self._diagnosis_keys:
            return target
        verification = {text(c.get("code")) for c, _ in codings(target.data.get("verificationStatus"), ())}
        if verification & _SKIP_CONDITION_VERIFICATION:
            return None
        self._diagnosis_keys.add(target)
        diagnosis = self._diagnosis(target.data.get("code"), target.at("code"), target)
        if diagnosis is not None:
            self.diagnoses.append(diagnosis)
        return target

    def _diagnosis(self, cc: Any, path: Path, condition: Res | None = None) -> Diagnosis | None:
        if not isinstance(cc, dict):
            return None
        icd = find_coding(cc, path, "ICD-10-CM")
        description = text(cc.get("text"))
        sources: dict[str, SourceLocation] = {}
        if icd:
            coding, coding_path = icd
            code, system = text(coding.get("code")), "ICD-10-CM"
            description = description or text(coding.get("display"))
            sources["code"] = self.loc((*coding_path, "code"), code)
            sources["system"] = self.loc((*coding_path, "system"), text(coding.get("system")))
        else:
            code = None
            first = next(iter(codings(cc, path)), None)
            system = normalize_code_system(text(first[0].get("system"))) if first else None
            if first:
                sources["system"] = self.loc((*first[1], "system"), text(first[0].get("system")))
            description = description or cc_text(cc)
        if description:
            sources["description"] = self.loc((*path, "text") if text(cc.get("text")) else path, description)
        if not (code or description):
            return None
        diagnosed_on = diagnosed_by = None
        if condition is not None:
            data = condition.data
            for ext, _ in each(data, "extension", ()):
                if isinstance(ext, dict) and str(ext.get("url", "")).endswith("condition-assertedDate"):
                    diagnosed_on = fhir_date(ext.get("valueDateTime"))
            diagnosed_on = diagnosed_on or fhir_date(data.get("recordedDate"))
            asserter = person(self.index, data.get("asserter"), condition)
            diagnosed_by = asserter.name if asserter else None
        return Diagnosis(
            code=code, system=system, description=description, primary=self._is_primary(condition),
            diagnosed_by=diagnosed_by, diagnosed_on=diagnosed_on,
            source=self.loc(condition.path if condition else path, description or code), field_sources=sources,
        )

    def _is_primary(self, condition: Res | None) -> bool:
        """Rank 1 in an Encounter's or EpisodeOfCare's diagnosis list."""
        if condition is None:
            return False
        for holder in self._of_type("Encounter", "EpisodeOfCare"):
            for item, _ in each(holder.data, "diagnosis", ()):
                if (isinstance(item, dict) and number(item.get("rank")) == 1
                        and self.index.refers_to(item.get("condition"), holder, condition)):
                    return True
        return False

    def _add_reason_codes(self, obj: dict[str, Any], path: Path) -> None:
        for cc, cpath in each(obj, "reasonCode", path):
            key = (cc_text(cc) or "").lower()
            icd = find_coding(cc, cpath, "ICD-10-CM")
            if icd:
                key = str(text(icd[0].get("code"))).upper()
            if key and key not in self._diagnosis_keys:
                diagnosis = self._diagnosis(cc, cpath)
                if diagnosis:
                    self._diagnosis_keys.add(key)
                    self.diagnoses.append(diagnosis)

    def _fallback_conditions(self) -> None:
        """Without any linked condition, the active conditions of the patient in the file."""
        for condition in self._of_type("Condition"):
            clinical = {text(c.get("code")) for c, _ in codings(condition.data.get("clinicalStatus"), ())}
            if clinical & _INACTIVE_CLINICAL:
                continue
            subject = self.index.resolve(condition.data.get("subject"), condition)
            if self.patient_res is not None and subject is not None and subject is not self.patient_res:
                continue
            self._add_condition_res(condition)

    def _add_condition_res(self, condition: Res) -> None:
        if condition in self._diagnosis_keys:
            return
        verification = {text(c.get("code")) for c, _ in codings(condition.data.get("verificationStatus"), ())}
        if verification & _SKIP_CONDITION_VERIFICATION:
            return
        self._diagnosis_keys.add(condition)
        diagnosis = self._diagnosis(condition.data.get("code"), condition.at("code"), condition)
        if diagnosis is not None:
            self.diagnoses.append(diagnosis)

    # ------------------------------------------------------------------ goals and problems
    def _goal_resources(self) -> list[Res]:
        plan = self.careplan
        goals: list[Res] = []
        if plan is not None:
            refs = [r for r, _ in each(plan.data, "goal", ())]
            for activity, _ in each(plan.data, "activity", ()):
                detail = activity.get("detail") if isinstance(activity, dict) else None
                refs += [r for r, _ in each(detail, "goal", ())]
            goals = [g for g in self.index.resolve_all(refs, plan) if g.type == "Goal"]
        if self.only_plan:
            for goal in self.index.of_type("Goal", contained=False):
                if goal not in goals and not self._belongs_elsewhere(goal, [("goal", "")]):
                    goals.append(goal)
        return [g for g in goals if text(g.data.get("lifecycleStatus")) not in _SKIP_GOAL_STATUS]

    def _target_fields(self, goal: Res, target: dict[str, Any], tpath: Path) -> dict[str, Any]:
        fields: dict[str, Any] = {}
        sources: dict[str, SourceLocation] = {}
        measure = cc_text(target.get("measure"))
        if measure:
            fields["measure"] = measure
            sources["measure"] = self.loc((*tpath, "measure"), measure)
        detail, key = value_text(target, "detail")
        if detail is not None and key:
            fields["target"] = detail
            sources["target"] = self.loc((*tpath, key), detail)
        due = fhir_date(target.get("dueDate"))
        if due:
            fields["target_date"] = due
            sources["target_date"] = self.loc((*tpath, "dueDate"), text(target.get("dueDate")))
        span = duration_dict(target.get("dueDuration"))
        if span:
            fields["time_frame"] = span["text"]
            sources["time_frame"] = self.loc((*tpath, "dueDuration"), span["text"])
            start = fhir_date(goal.data.get("startDate"))
            if not due and start and span["value"] is not None and span["unit"]:
                computed = _add_duration(start, span["value"], span["unit"])
                if computed:
                    fields["target_date"] = computed
                    sources["target_date"] = self.loc((*tpath, "dueDuration"), span["text"])
        fields["field_sources"] = sources
        return fields

    def _notes(self, goal: Res) -> dict[str, Any]:
        fields: dict[str, Any] = {}
        sources: dict[str, SourceLocation] = {}
        for note, npath in each(goal.data, "note", goal.path):
            body = text(note.get("text")) if isinstance(note, dict) else None
            for name, pattern in _NOTE_FIELDS:
                match = pattern.match(body or "")
                if match and name not in fields:
                    fields[name] = match.group(1).strip()
                    sources[name] = self.loc((*npath, "text"), body)
        fields["field_sources"] = sources
        return fields

    def _milestones(self, goal: Res) -> list[Res]:
        found = []
        for ext, _ in each(goal.data, "extension", ()):
            if not isinstance(ext, dict) or ext.get("url") != _GOAL_RELATIONSHIP:
                continue
            kind = target_ref = None
            for sub, _ in each(ext, "extension", ()):
                if isinstance(sub, dict) and sub.get("url") == "type":
                    kind = cc_text(sub.get("valueCodeableConcept"))
                    for coding, _ in codings(sub.get("valueCodeableConcept"), ()):
                        kind = text(coding.get("code")) or kind
                if isinstance(sub, dict) and sub.get("url") == "target":
                    target_ref = sub.get("valueReference")
            target = self.index.resolve(target_ref, goal)
            if kind and kind.lower() == "milestone" and target is not None and target.type == "Goal":
                found.append(target)
        return found

    def _objective(self, goal: Res, target: dict[str, Any] | None, tpath: Path | None, statement: str | None,
                   statement_path: Path | None, source_path: Path) -> Objective:
        fields = self._target_fields(goal, target, tpath) if target is not None and tpath is not None else {}
        sources = dict(fields.pop("field_sources", {}))
        notes = self._notes(goal)
        sources.update(notes.pop("field_sources"))
        if statement and statement_path:
            sources["statement"] = self.loc(statement_path, statement)
        return Objective(statement=statement, **fields, **notes, source=self.loc(source_path, statement),
                         field_sources=sources)

    def _goal(self, goal: Res, milestones: list[Res]) -> Goal:
        data = goal.data
        statement = cc_text(data.get("description"))
        statement_path = goal.at("description", "text") if isinstance(data.get("description"), dict) and text(
            data["description"].get("text")) else goal.at("description")
        domain = cc_text(next((c for c, _ in each(data, "category", ())), None))
        targets = [(t, p) for t, p in each(data, "target", goal.path) if isinstance(t, dict)]
        fields: dict[str, Any] = {}
        objectives: list[Objective] = []
        sources: dict[str, SourceLocation] = {}
        if len(targets) == 1:
            fields = self._target_fields(goal, *targets[0])
            sources.update(fields.pop("field_sources"))
        else:
            for target, tpath in targets:
                objectives.append(self._objective(goal, target, tpath, None, None, tpath))
        for milestone in milestones:
            m_targets = [(t, p) for t, p in each(milestone.data, "target", milestone.path) if isinstance(t, dict)]
            m_statement = cc_text(milestone.data.get("description"))
            first = m_targets[0] if m_targets else (None, None)
            objectives.append(self._objective(milestone, first[0], first[1], m_statement,
                                              milestone.at("description"), milestone.path))
        notes = self._notes(goal)
        sources.update(notes.pop("field_sources"))
        if statement:
            sources["statement"] = self.loc(statement_path, statement)
        if domain:
            sources["domain"] = self.loc(goal.at("category"), domain)
        return Goal(statement=statement, domain=domain, objectives=objectives, **fields, **notes,
                    source=self.loc(goal.path, statement), field_sources=sources)

    def _problems(self, goal_res: list[Res], goal_models: dict[Res, Goal]) -> list[Problem]:
        groups: dict[Any, list[Goal]] = {}
        heads: dict[Any, tuple[str | None, Path | None, Path | None]] = {}
        for goal in goal_res:
            if goal not in goal_models:
                continue
            key: Any = None
            for ref, rpath in each(goal.data, "addresses", goal.path):
                target = self._add_condition(ref, goal, rpath)
                if target is not None:
                    key = key or target
                    code = target.data.get("code")
                    code_path = target.at("code", "text") if isinstance(code, dict) and text(code.get("text")) \
                        else target.at("code")
                    heads.setdefault(target, (cc_text(code), target.path, code_path))
                elif isinstance(ref, dict) and text(ref.get("display")):
                    label = str(text(ref.get("display")))
                    key = key or label
                    heads.setdefault(label, (label, rpath, (*rpath, "display")))
            groups.setdefault(key, []).append(goal_models[goal])
        problems = []
        for key, goals in groups.items():
            statement, path, statement_path = heads.get(key, (None, None, None))
            problems.append(Problem(
                statement=statement, goals=goals, source=self.loc(path, statement) if path else None,
                field_sources={"statement": self.loc(statement_path, statement)} if statement_path and statement else {},
            ))
        return problems

    # ------------------------------------------------------------------ interventions and services
    def _service_code(self, cc: Any, path: Path, *texts: str | None) -> tuple[str | None, Path | None]:
        coding = find_coding(cc, path, *_SERVICE_SYSTEMS)
        if coding:
            code = text(coding[0].get("code"))
            self.codes.append(str(code))
            return code, (*coding[1], "code")
        for value in texts:
            match = _CODE_IN_TEXT.search(value or "")
            if match:
                code = match.group(1) or match.group(2)
                self.codes.append(code)
                return code, None
        return None, None

    def _schedule(self, holder: dict[str, Any], path: Path, prefix: str) -> dict[str, Any]:
        """Frequency, amount, duration, start and end from scheduled[x]/occurrence[x]."""
        out: dict[str, Any] = {}
        timing = holder.get(prefix + "Timing")
        if isinstance(timing, dict):
            parts = timing_parts(timing, (*path, prefix + "Timing"))
            if parts.frequency:
                out["frequency"] = (parts.frequency, parts.frequency_path)
            if parts.amount:
                out["amount"] = (parts.amount, parts.amount_path)
            if parts.duration:
                out["duration"] = (parts.duration, parts.duration_path)
            out["start"], out["end"] = parts.start, parts.end
            events = [fhir_date(e) for e, _ in each(timing, "event", ())]
            events = [e for e in events if e]
            if events:
                out["start"] = out.get("start") or min(events)
                out["event"] = min(events)
        period = holder.get(prefix + "Period")
        if isinstance(period, dict):
            start, end = fhir_date(period.get("start")), fhir_date(period.get("end"))
            out["start"], out["end"] = start, end
            if end and "duration" not in out:
                span = f"{start.isoformat()} to {end.isoformat()}" if start else f"through {end.isoformat()}"
                out["duration"] = ({"text": span, "end_date": end}, (*path, prefix + "Period"))
        for key in (prefix + "DateTime",):
            if fhir_date(holder.get(key)):
                out["start"] = fhir_date(holder.get(key))
                out["event"] = out["start"]
        phrase = text(holder.get(prefix + "String"))
        if phrase:
            spath = (*path, prefix + "String")
            out.setdefault("frequency", (phrase, spath))
            if parse_amount(phrase):
                out.setdefault("amount", (phrase, spath))
            if parse_duration(phrase):
                out.setdefault("duration", (phrase, spath))
        return out

    def _quantity_amount(self, quantity: Any, path: Path) -> tuple[Any, Path] | None:
        if not isinstance(quantity, dict) or number(quantity.get("value")) is None:
            return None
        value = float(number(quantity.get("value")) or 0)
        unit = (text(quantity.get("code")) or text(quantity.get("unit")) or "").strip("{}").lower()
        if unit in ("min", "minute", "minutes"):
            return {"text": f"{value:g} minutes", "minutes": value}, path
        if unit in ("h", "hr", "hour", "hours"):
            return {"text": f"{value:g} hours", "minutes": value * 60}, path
        if unit in ("", "1", "unit", "units", "billing unit", "billing units"):
            return {"text": f"{value:g} units", "units": value}, path
        return None

    def _quantities(self, schedule: dict[str, Any], fallback_texts: list[str | None], fallback_path: Path) -> dict:
        """Model Frequency/Amount/Duration objects from a schedule, falling back to phrases in the text."""
        built: dict[str, Any] = {}
        for name, cls, parser in (("frequency", Frequency, parse_frequency), ("amount", Amount, parse_amount),
                                  ("duration", Duration, parse_duration)):
            value = schedule.get(name)
            if value is None:
                for phrase in fallback_texts:
                    if phrase and parser(phrase):
                        value = (phrase, fallback_path)
                        break
            if value is None:
                continue
            data, vpath = value
            model = cls.model_validate(data)
            model.source = self.loc(vpath, data if isinstance(data, str) else model.text) if vpath else None
            built[name] = model
        return built

    def _detail_intervention(self, detail: dict[str, Any], dpath: Path, plan: Res) -> Intervention | Review | None:
        if text(detail.get("status")) in _SKIP_ACTIVITY_STATUS or detail.get("doNotPerform") in (True, "true"):
            return None
        code_cc = detail.get("code")
        label = cc_text(code_cc) or cc_text(detail.get("productCodeableConcept"))
        if not label and isinstance(detail.get("productReference"), dict):
            label = text(detail["productReference"].get("display"))
        description = text(detail.get("description"))
        service_code, code_path = self._service_code(code_cc, (*dpath, "code"), description, label)
        if not (label or description or service_code):
            return None
        schedule = self._schedule(detail, dpath, "scheduled")
        review = self._review(label, description, service_code, schedule, detail, dpath)
        if review is not None:
            return review
        quantities = self._quantities(schedule, [description], (*dpath, "description"))
        if "amount" not in quantities:
            qty = self._quantity_amount(detail.get("quantity"), (*dpath, "quantity"))
            if qty:
                quantities["amount"] = Amount.model_validate(qty[0])
                quantities["amount"].source = self.loc(qty[1], quantities["amount"].text)
        staff = self._names(list(each(detail, "performer", dpath)), plan, "performer")
        self._add_reasons(detail, dpath, plan)
        sources = self._sources(
            label=((*dpath, "code"), label) if cc_text(code_cc) else None,
            description=((*dpath, "description"), description) if description else None,
            service_code=(code_path, service_code) if code_path else (
                ((*dpath, "description"), description) if service_code else None),
            responsible_staff=((*dpath, "performer"), staff) if staff else None,
        )
        return Intervention(label=label, description=description, service_code=service_code,
                            responsible_staff=staff, **quantities, source=self.loc(dpath, label or description),
                            field_sources=sources)

    def _review(self, label: str | None, description: str | None, service_code: str | None,
                schedule: dict[str, Any], detail: dict[str, Any], dpath: Path) -> Review | None:
        if service_code:
            return None
        match = _REVIEW_TEXT.search(" ".join(t for t in (label, description) if t))
        if not match:
            return None
        kind = "recertification" if match.group("recert") else "progress-report" if match.group("progress") else "review"
        date = schedule.get("event") or schedule.get("start") or schedule.get("end")
        completed = text(detail.get("status")) == "completed"
        sources = {}
        for key in ("scheduledPeriod", "scheduledTiming", "scheduledString"):
            if key in detail and date:
                sources["date"] = self.loc((*dpath, key))
        return Review(kind=kind, date=date, completed=completed, source=self.loc(dpath, label or description),
                      field_sources=sources)

    def _add_reasons(self, obj: dict[str, Any], path: Path, origin: Res) -> None:
        for ref, rpath in each(obj, "reasonReference", path):
            self._add_condition(ref, origin, rpath)
        self._add_reason_codes(obj, path)

    def _service(self, res: Res) -> tuple[ServiceRequest, Intervention] | None:
        data = res.data
        if text(data.get("status")) in _SKIP_REQUEST_STATUS or data.get("doNotPerform") in (True, "true"):
            return None
        code, code_path = self._service_code(data.get("code"), res.at("code"))
        description = cc_text(data.get("code"))
        schedule = self._schedule(data, res.path, "occurrence")
        quantities = self._quantities(schedule, [], res.path)
        units = None
        sources: dict[str, SourceLocation] = {}
        quantity = data.get("quantityQuantity")
        if isinstance(quantity, dict) and number(quantity.get("value")) is not None:
            units = number(quantity.get("value"))
            sources["units"] = self.loc(res.at("quantityQuantity"), text(quantity.get("value")))
        rng = data.get("quantityRange")
        if isinstance(rng, dict) and isinstance(rng.get("high"), dict) and number(rng["high"].get("value")) is not None:
            units = number(rng["high"].get("value"))
            sources["units"] = self.loc(res.at("quantityRange"))
        ratio = data.get("quantityRatio")
        if isinstance(ratio, dict) and "frequency" not in quantities:
            num, den = ratio.get("numerator"), ratio.get("denominator")
            per = duration_unit(den) if isinstance(den, dict) else None
            count = number(num.get("value")) if isinstance(num, dict) else None
            den_value = number(den.get("value")) if isinstance(den, dict) else None
            if count and per in ("day", "week", "month", "year") and den_value:
                freq = Frequency(text=value_text(data, "quantity")[0], count=count / den_value, per=per,
                                 source=self.loc(res.at("quantityRatio")))
                quantities["frequency"] = freq
        hours = None
        freq, amount = quantities.get("frequency"), quantities.get("amount")
        if freq is not None and amount is not None and freq.per_week() and amount.minutes:
            hours = round(freq.per_week() * (amount.minutes_max or amount.minutes) / 60, 2)
        self._add_reasons(data, res.path, res)
        staff = self._names(list(each(data, "performer", res.path)), res, "performer")
        if data.get("requester"):
            self._names([(data.get("requester"), res.at("requester"))], res, "requester")
        if description:
            sources["description"] = self.loc(res.at("code"), description)
        if code_path:
            sources["code"] = self.loc(code_path, code)
        start, end = schedule.get("start"), schedule.get("end")
        service = ServiceRequest(
            code=code, description=description, units=units, hours_per_week=hours, start=start, end=end,
            **quantities, source=self.loc(res.path, description or code), field_sources=sources,
        )
        mirror_sources = {}
        if "code" in sources:
            mirror_sources["service_code"] = sources["code"]
        if "description" in sources:
            mirror_sources["label"] = sources["description"]
        mirror = Intervention(
            label=description, service_code=code, responsible_staff=staff,
            **{k: v.model_copy() for k, v in quantities.items()},
            source=self.loc(res.path, description or code), field_sources=mirror_sources,
        )
        return service, mirror

    def _add_service(self, res: Res) -> Intervention | None:
        if res in self._service_res:
            return None
        self._service_res.append(res)
        built = self._service(res)
        if built is None:
            return None
        self.services.append(built[0])
        return built[1]

    def _activities(self, goal_models: dict[Res, Goal]) -> list[Intervention]:
        plan = self.careplan
        plan_level: list[Intervention] = []
        if plan is None:
            return plan_level
        for activity, apath in each(plan.data, "activity", plan.path):
            if not isinstance(activity, dict):
                continue
            built: Intervention | Review | None = None
            goal_refs: list[Any] = []
            detail = activity.get("detail")
            if isinstance(detail, dict):
                built = self._detail_intervention(detail, (*apath, "detail"), plan)
                goal_refs = [r for r, _ in each(detail, "goal", ())]
            ref = activity.get("reference")
            if ref is not None and built is None:
                target = self.index.resolve(ref, plan)
                if target is not None and target.type == "ServiceRequest":
                    built = self._add_service(target)
                elif target is not None and target.type == "MedicationRequest":
                    built = self._medication(target)
                elif isinstance(ref, dict) and text(ref.get("display")):
                    built = Intervention(description=text(ref["display"]),
                                         source=self.loc((*apath, "reference"), text(ref["display"])))
            if isinstance(built, Review):
                self.reviews.append(built)
                continue
            if built is None:
                continue
            targets = [g for g in self.index.resolve_all(goal_refs, plan) if g in goal_models]
            if targets:
                for goal in targets:
                    goal_models[goal].interventions.append(built.model_copy(deep=True))
            else:
                plan_level.append(built)
        return plan_level

    def _medication(self, res: Res) -> Intervention | None:
        data = res.data
        if text(data.get("status")) in ("cancelled", "entered-in-error", "stopped"):
            return None
        label = cc_text(data.get("medicationCodeableConcept"))
        if not label and isinstance(data.get("medicationReference"), dict):
            med = self.index.resolve(data["medicationReference"], res)
            label = cc_text(med.data.get("code")) if med else text(data["medicationReference"].get("display"))
        dosage, dpath = next(iter(each(data, "dosageInstruction", res.path)), (None, None))
        quantities: dict[str, Any] = {}
        description = None
        if isinstance(dosage, dict) and dpath is not None:
            description = text(dosage.get("text"))
            parts = timing_parts(dosage.get("timing"), (*dpath, "timing"))
            if parts.frequency:
                quantities["frequency"] = Frequency.model_validate(parts.frequency)
                quantities["frequency"].source = self.loc(parts.frequency_path or dpath)
        if not (label or description):
            return None
        return Intervention(label=label, description=description, modality="medication", **quantities,
                            source=self.loc(res.path, label))

    def _other_services(self) -> None:
        """ServiceRequests based on the plan, or unlinked ones when the file holds only this plan."""
        for res in self._of_type("ServiceRequest"):
            if res in self._service_res:
                continue
            based = any(self.careplan is not None and self.index.refers_to(r, res, self.careplan)
                        for r, _ in each(res.data, "basedOn", ()))
            linked_elsewhere = self._belongs_elsewhere(res, [("activity", "reference")]) or any(
                (t := self.index.resolve(r, res)) is not None and t.type == "CarePlan" and t is not self.careplan
                for r, _ in each(res.data, "basedOn", ()))
            if based or (self.only_plan and not linked_elsewhere):
                self._add_service(res)

    # ------------------------------------------------------------------ signatures
    def _signed_targets(self) -> list[Res]:
        return [r for r in (self.careplan, self.composition) if r is not None]

    def _signature(self, who_ref: Any, origin: Res, path: Path, when: Any, when_path: Path | None,
                   types: list[str], context_role: str | None) -> Signature:
        who = person(self.index, who_ref, origin)
        authors = []
        if self.careplan is not None:
            authors = [r for r, _ in each(self.careplan.data, "author", ())]
        is_author = who is not None and any(
            self.index.resolve(a, self.careplan) in (who.res, who.practitioner) and who.res is not None
            for a in authors)
        role = signer_role(who, is_author=is_author, signature_types=types, context_role=context_role)
        date = fhir_date(when)
        sources = {}
        if date and when_path:
            sources["date"] = self.loc(when_path, text(when))
        if who and who.name:
            sources["name"] = self.loc((*path,), who.name)
        return Signature(
            role=role, name=who.name if who else None, credential=who.credential if who else None,
            npi=who.npi if who else None, date=date, method="electronic", signed=True,
            source=self.loc(path, who.name if who else None), field_sources=sources,
        )

    def _signatures(self) -> list[Signature]:
        targets = self._signed_targets()
        found: list[Signature] = []
        for prov in self._of_type("Provenance"):
            if not any(self.index.resolve(t, prov) in targets for t, _ in each(prov.data, "target", ())):
                continue
            for sig, spath in each(prov.data, "signature", prov.path):
                if not isinstance(sig, dict):
                    continue
                types = [str(text(c.get("code"))) for t, _ in each(sig, "type", ()) for c, _ in codings(t, ())]
                found.append(self._signature(sig.get("who"), prov, spath, sig.get("when"), (*spath, "when"), types,
                                             " ".join(cc_text(t) or "" for t, _ in each(sig, "type", ()))))
        if self.composition is not None:
            comp = self.composition
            for attester, apath in each(comp.data, "attester", comp.path):
                if isinstance(attester, dict) and attester.get("party") is not None:
                    found.append(self._signature(attester.get("party"), comp, apath, attester.get("time"),
                                                 (*apath, "time"), [], None))
        for docref in self._of_type("DocumentReference"):
            if not self._docref_is_plan(docref):
                continue
            ref = docref.data.get("authenticator")
            if ref is not None:
                found.append(self._signature(ref, docref, docref.at("authenticator"), None, None, [], None))
        return found

    def _docref_is_plan(self, docref: Res) -> bool:
        context = docref.data.get("context")
        for related, _ in each(context, "related", ()):
            if self.index.resolve(related, docref) in self._signed_targets():
                return True
        return any(text(c.get("code")) == "18776-5" for c, _ in codings(docref.data.get("type"), ()))

    # ------------------------------------------------------------------ free text
    def _free_text(self) -> list[TextBlock]:
        blocks: list[TextBlock] = []
        if self.note:
            blocks.append(TextBlock(heading="FHIR CarePlan selection", text=self.note,
                                    source=self.loc(self.careplan.path if self.careplan else ())))
        holders = [r for r in (self.careplan,) if r is not None]
        for holder in holders:
            narrative = holder.data.get("text")
            if isinstance(narrative, dict) and text(narrative.get("status")) != "generated":
                body = strip_xhtml(narrative.get("div"))
                if body:
                    blocks.append(TextBlock(heading="Narrative", text=body, source=self.loc(holder.at("text", "div"))))
            for note, npath in each(holder.data, "note", holder.path):
                body = text(note.get("text")) if isinstance(note, dict) else None
                if body:
                    blocks.append(TextBlock(heading="Note", text=body, source=self.loc((*npath, "text"), body)))
        if self.composition is not None:
            stack = list(each(self.composition.data, "section", self.composition.path))
            while stack:
                section, spath = stack.pop(0)
                if not isinstance(section, dict):
                    continue
                narrative = section.get("text")
                if isinstance(narrative, dict) and text(narrative.get("status")) != "generated":
                    body = strip_xhtml(narrative.get("div"))
                    if body:
                        blocks.append(TextBlock(heading=text(section.get("title")), text=body,
                                                source=self.loc((*spath, "text", "div"), text(section.get("title")))))
                stack += list(each(section, "section", spath))
        return blocks

    # ------------------------------------------------------------------ the plan
    def build(self) -> TreatmentPlan:
        """The TreatmentPlan."""
        plan = self.careplan
        patient, payer, payer_source = self._patient()
        sources: dict[str, SourceLocation] = {}
        fields: dict[str, Any] = {}
        author_credentials: list[str | None] = []
        texts: list[str | None] = []
        if plan is not None:
            data = plan.data
            for ref, path in each(data, "author", plan.path):
                who = self._add_provider(ref, plan, path, "author")
                author_credentials.append(who.credential if who else None)
            for ref, path in each(data, "contributor", plan.path):
                self._add_provider(ref, plan, path, "contributor")
            for ref, path in each(data, "careTeam", plan.path):
                self._add_provider(ref, plan, path, "care team")
            for ref, path in each(data, "addresses", plan.path):
                self._add_condition(ref, plan, path)
            created = fhir_date(data.get("created"))
            if created:
                fields["plan_date"] = created
                sources["plan_date"] = self.loc(plan.at("created"), text(data.get("created")))
            period = data.get("period")
            if isinstance(period, dict):
                start, end = fhir_date(period.get("start")), fhir_date(period.get("end"))
                if start or end:
                    fields["period"] = Period(start=start, end=end, source=self.loc(plan.at("period")),
                                              field_sources=self._sources(
                                                  start=(plan.at("period", "start"), text(period.get("start")))
                                                  if start else None,
                                                  end=(plan.at("period", "end"), text(period.get("end")))
                                                  if end else None))
            description = text(data.get("description"))
            if description:
                fields["presenting_problem"] = description
                sources["presenting_problem"] = self.loc(plan.at("description"), description)
            texts = [text(data.get("title"))] + [cc_text(c) for c, _ in each(data, "category", ())]
        elif self.composition is not None:
            comp = self.composition
            for ref, path in each(comp.data, "author", comp.path):
                who = self._add_provider(ref, comp, path, "author")
                author_credentials.append(who.credential if who else None)
            date = fhir_date(comp.data.get("date"))
            if date:
                fields["plan_date"] = date
                sources["plan_date"] = self.loc(comp.at("date"), text(comp.data.get("date")))
            texts = [text(comp.data.get("title")), cc_text(comp.data.get("type"))]
        goal_res = self._goal_resources()
        milestone_of: dict[Res, list[Res]] = {}
        nested: set[Res] = set()
        for goal in goal_res:
            for milestone in self._milestones(goal):
                if milestone is not goal:
                    milestone_of.setdefault(goal, []).append(milestone)
                    nested.add(milestone)
        top_goals = [g for g in goal_res if g not in nested]
        goal_models = {g: self._goal(g, milestone_of.get(g, [])) for g in top_goals}
        problems = self._problems(top_goals, goal_models)
        interventions = self._activities(goal_models)
        self._other_services()
        if not self.diagnoses and (self.only_plan or plan is None):
            self._fallback_conditions()
        if payer:
            fields["payer"] = payer
            if payer_source:
                sources["payer"] = self.loc(*payer_source)
        discipline = infer_discipline(texts, self.codes, author_credentials)
        return TreatmentPlan(
            patient=patient,
            discipline=discipline,
            providers=self.providers,
            diagnoses=self.diagnoses,
            problems=problems,
            interventions=interventions,
            services=self.services,
            assessments=assessments(self.index, self._of_type("Observation", "QuestionnaireResponse"),
                                    self.patient_res, self.doc.pointer),
            reviews=self.reviews,
            signatures=self._signatures(),
            free_text=self._free_text(),
            source=self.loc(plan.path if plan is not None else (self.composition.path if self.composition else ())),
            field_sources=sources,
            **fields,
        )
