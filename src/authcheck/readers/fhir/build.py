"""Build a TreatmentPlan from the chosen CarePlan (or, without one, from a bundle's Goals and
Composition) and the resources it links to. The mapping is described in `authcheck.readers.fhir`;
the parts live in fhir.conditions, fhir.goals, fhir.activities, fhir.signatures and fhir.assess.
"""

from __future__ import annotations

import re
from typing import Any

from authcheck.model import Duration, Patient, Period, SourceLocation, TextBlock, TreatmentPlan
from authcheck.parsing import parse_duration
from authcheck.readers.fhir.activities import Activities
from authcheck.readers.fhir.assess import assessments
from authcheck.readers.fhir.conditions import Diagnoses
from authcheck.readers.fhir.context import BuildContext
from authcheck.readers.fhir.discipline import infer_discipline
from authcheck.readers.fhir.episodes import episode_dates
from authcheck.readers.fhir.doc import FhirDocument, Path, each
from authcheck.readers.fhir.goals import read_goals
from authcheck.readers.fhir.index import Res, ResourceIndex
from authcheck.readers.fhir.people import coverage_member_id, member_identifier, payer_of
from authcheck.readers.fhir.signatures import signatures
from authcheck.readers.fhir.values import cc_text, fhir_date, human_name, strip_xhtml, text
from authcheck.readers.phrases.plan_labels import DURATION_LABEL

__all__ = ["SELECTION_HEADING", "PlanBuilder"]

SELECTION_HEADING = "FHIR CarePlan selection"


class PlanBuilder:
    """Assembles the plan; every element gets the pointer of the FHIR element it came from."""

    def __init__(
        self, doc: FhirDocument, index: ResourceIndex, careplan: Res | None, note: str | None = None
    ) -> None:
        self.ctx = BuildContext(doc, index, careplan)
        self.note = note

    def build(self) -> TreatmentPlan:
        """The TreatmentPlan."""
        ctx = self.ctx
        diagnoses = Diagnoses(ctx)
        patient, payer = self._patient()
        fields, sources, texts, credentials = self._header(diagnoses)
        dates, date_sources = episode_dates(ctx)
        fields.update(dates)
        sources.update(date_sources)
        problems, goals = read_goals(ctx, diagnoses)
        activities = Activities(ctx, diagnoses)
        interventions = activities.read(goals)
        if not diagnoses.items and ctx.only_plan:
            diagnoses.add_active_conditions(ctx.patient)
        diagnoses.drop_names_of_coded()
        if payer:
            fields["payer"] = payer[0]
            sources["payer"] = ctx.loc(payer[1], payer[0])
        holder = ctx.careplan or ctx.composition
        return TreatmentPlan(
            patient=patient,
            discipline=infer_discipline(texts, ctx.service_codes, credentials),
            providers=ctx.providers,
            diagnoses=diagnoses.items,
            problems=problems,
            interventions=interventions,
            services=activities.services,
            assessments=assessments(
                ctx.index, ctx.of_type("Observation", "QuestionnaireResponse"), ctx.patient, ctx.doc.pointer
            ),
            reviews=activities.reviews,
            signatures=signatures(ctx),
            free_text=self._free_text(),
            source=ctx.loc(holder.path if holder is not None else ()),
            field_sources=sources,
            **fields,
        )

    def _header(
        self, diagnoses: Diagnoses
    ) -> tuple[dict[str, Any], dict[str, SourceLocation], list[str | None], list[str | None]]:
        """Plan dates, period, presenting problem, authors and addressed conditions; with the words
        and credentials that tell the discipline."""
        ctx = self.ctx
        fields: dict[str, Any] = {}
        sources: dict[str, SourceLocation] = {}
        credentials: list[str | None] = []
        texts: list[str | None] = []
        holder = ctx.careplan or ctx.composition
        if holder is None:
            return fields, sources, texts, credentials
        data = holder.data
        for ref, path in each(data, "author", holder.path):
            who = ctx.add_provider(ref, holder, path, "author")
            credentials.append(who.credential if who else None)
        date_key = "created" if holder is ctx.careplan else "date"
        created = fhir_date(data.get(date_key))
        if created:
            fields["plan_date"] = created
            sources["plan_date"] = ctx.loc(holder.at(date_key), text(data.get(date_key)))
        if holder is not ctx.careplan:
            return fields, sources, [text(data.get("title")), cc_text(data.get("type"))], credentials
        for ref, path in each(data, "contributor", holder.path):
            ctx.add_provider(ref, holder, path, "contributor")
        for ref, path in each(data, "careTeam", holder.path):
            ctx.add_provider(ref, holder, path, "care team")
        for ref, path in each(data, "addresses", holder.path):
            diagnoses.add_reference(ref, holder, path)
        period = data.get("period")
        if isinstance(period, dict):
            start, end = fhir_date(period.get("start")), fhir_date(period.get("end"))
            if start or end:
                fields["period"] = Period(
                    start=start,
                    end=end,
                    source=ctx.loc(holder.at("period")),
                    field_sources=ctx.sources(
                        start=(holder.at("period", "start"), text(period.get("start"))) if start else None,
                        end=(holder.at("period", "end"), text(period.get("end"))) if end else None,
                    ),
                )
            if end:
                # CarePlan.period is the time the plan is intended to cover, so its end states how long
                # treatment is expected to last (an end date; no length in weeks is computed).
                span = f"{start.isoformat()} to {end.isoformat()}" if start else f"through {end.isoformat()}"
                fields["expected_duration"] = Duration(
                    text=span,
                    end_date=end,
                    source=ctx.loc(holder.at("period"), span),
                    field_sources=ctx.sources(end_date=(holder.at("period", "end"), text(period.get("end")))),
                )
        description = text(data.get("description"))
        if "expected_duration" not in fields:
            written = [(description, holder.at("description"))] + [
                (text(note.get("text")), (*npath, "text"))
                for note, npath in each(data, "note", holder.path)
                if isinstance(note, dict)
            ]
            for phrase, ppath in written:
                duration = _written_duration(phrase)
                if duration is not None:
                    duration.source = ctx.loc(ppath, duration.text)
                    fields["expected_duration"] = duration
                    break
        if description:
            fields["presenting_problem"] = description
            sources["presenting_problem"] = ctx.loc(holder.at("description"), description)
        texts = [text(data.get("title"))] + [cc_text(c) for c, _ in each(data, "category", ())]
        return fields, sources, texts, credentials

    def _patient(self) -> tuple[Patient, tuple[str, Path] | None]:
        """The plan's subject (else the file's Patient) and the payer of the patient's Coverage."""
        ctx = self.ctx
        plan = ctx.careplan
        subject_ref = plan.data.get("subject") if plan else None
        target = ctx.index.resolve(subject_ref, plan) if plan else None
        if target is None or target.type != "Patient":
            patients = ctx.of_type("Patient")
            target = patients[0] if patients else None
        ctx.patient = target
        if target is None:
            display = text(subject_ref.get("display")) if isinstance(subject_ref, dict) else None
            if display and plan:
                return Patient(
                    name=display,
                    source=ctx.loc(plan.at("subject"), display),
                    field_sources=ctx.sources(name=(plan.at("subject", "display"), display)),
                ), None
            return Patient(), None
        data = target.data
        name = human_name(data.get("name"))
        birth = fhir_date(data.get("birthDate"))
        member = member_identifier(target)
        payer: tuple[str, Path] | None = None
        coverages = [
            c
            for c in ctx.of_type("Coverage")
            if ctx.index.resolve(c.data.get("beneficiary"), c) in (target, None)
        ]
        coverages.sort(key=lambda c: text(c.data.get("status")) != "active")
        for coverage in coverages:
            member = member or coverage_member_id(coverage)
            payer = payer or payer_of(ctx.index, coverage)
        sources = ctx.sources(
            name=(target.at("name"), name) if name else None,
            birth_date=(target.at("birthDate"), text(data.get("birthDate"))) if birth else None,
            member_id=(member[1], member[0]) if member else None,
        )
        patient = Patient(
            name=name,
            birth_date=birth,
            member_id=member[0] if member else None,
            source=ctx.loc(target.path, name),
            field_sources=sources,
        )
        return patient, payer

    def _free_text(self) -> list[TextBlock]:
        """The selection note, the plan's own narrative (unless generated) and notes, and the
        narrative of its document's sections."""
        ctx = self.ctx
        blocks: list[TextBlock] = []
        if self.note:
            blocks.append(
                TextBlock(
                    heading=SELECTION_HEADING,
                    text=self.note,
                    source=ctx.loc(ctx.careplan.path if ctx.careplan else ()),
                )
            )
        plan = ctx.careplan
        if plan is not None:
            body = _narrative(plan.data.get("text"))
            if body:
                blocks.append(
                    TextBlock(heading="Narrative", text=body, source=ctx.loc(plan.at("text", "div")))
                )
            for note, npath in each(plan.data, "note", plan.path):
                body = text(note.get("text")) if isinstance(note, dict) else None
                if body:
                    blocks.append(
                        TextBlock(heading="Note", text=body, source=ctx.loc((*npath, "text"), body))
                    )
        if ctx.composition is not None:
            stack = list(each(ctx.composition.data, "section", ctx.composition.path))
            while stack:
                section, spath = stack.pop(0)
                if not isinstance(section, dict):
                    continue
                body = _narrative(section.get("text"))
                if body:
                    title = text(section.get("title"))
                    blocks.append(
                        TextBlock(heading=title, text=body, source=ctx.loc((*spath, "text", "div"), title))
                    )
                stack += list(each(section, "section", spath))
        return blocks


# the words that announce how long treatment lasts: "Expected duration:", "Estimated length of treatment is",
# "Duration of services -", "Treatment duration:"
_DURATION_LABEL = re.compile(rf"\b{DURATION_LABEL}\b\s*(?:[:=\-\u2013]|\bis\b|\bwill\s+be\b)?\s*", re.IGNORECASE)
# the end of the labelled clause: a semicolon, or a full stop before a capital or the end ("approx. 4 months" goes on)
_CLAUSE_END = re.compile(r";|\.(?=\s+[A-Z]|\s*$)")


def _written_duration(phrase: str | None) -> Duration | None:
    """The length of treatment a labelled clause of free text states ("Expected duration: 16 weeks (through
    11/23/2026)."), None when no such label is followed by a length or an end date. An unlabelled length
    ("depressed for 3 years") is never taken."""
    for label in _DURATION_LABEL.finditer(phrase or ""):
        rest = (phrase or "")[label.end():label.end() + 120]
        end = _CLAUSE_END.search(rest)
        clause = rest[: end.start()] if end else rest
        parsed = parse_duration(clause) if clause.strip() else None
        if parsed is not None:
            return Duration(
                text=clause.strip(), value=parsed.value, unit=parsed.unit, end_date=parsed.end_date
            )
    return None


def _narrative(narrative: Any) -> str | None:
    """A narrative's plain text, unless it was generated from the structured data."""
    if isinstance(narrative, dict) and text(narrative.get("status")) != "generated":
        return strip_xhtml(narrative.get("div"))
    return None
