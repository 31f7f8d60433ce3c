"""Admission and first-treatment dates from EpisodeOfCare and Encounter resources.

- admission_date: the start of the EpisodeOfCare the plan points at (CarePlan.supportingInfo, or
  CarePlan.encounter -> Encounter.episodeOfCare), else the only EpisodeOfCare of the patient; failing
  that, an intake encounter (psychiatric diagnostic evaluation 90791/90792, or a type saying
  "intake"/"admission") or an inpatient/residential encounter.
- first_treatment_date: the earliest finished evaluation encounter (PT/OT/SLP evaluation, psychiatric
  diagnostic evaluation, behavior-identification assessment) the plan points at or of the patient.
Only dates written in the file are used; none is computed.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from authcheck.model import SourceLocation
from authcheck.readers.fhir.context import BuildContext
from authcheck.readers.fhir.doc import each
from authcheck.readers.fhir.index import Res
from authcheck.readers.fhir.values import cc_text, codings, fhir_date, text

__all__ = ["EVALUATION_CODES", "episode_dates"]

# CPT evaluation codes: PT 97161-97163, OT 97165-97167, athletic training 97169-97171, SLP 92521-92524 and
# 92610 (swallowing), psychiatric diagnostic evaluation 90791/90792, behavior identification assessment 97151.
EVALUATION_CODES = {
    "97161", "97162", "97163", "97165", "97166", "97167", "97169", "97170", "97171",
    "92521", "92522", "92523", "92524", "92610", "90791", "90792", "97151",
}
_INTAKE_CODES = {"90791", "90792"}
_INPATIENT_CLASSES = {"IMP", "ACUTE", "NONAC", "SS", "inpatient", "residential"}
_EVALUATION_TEXT = re.compile(r"\b(?:evaluation|eval|initial assessment|intake)\b", re.IGNORECASE)
_INTAKE_TEXT = re.compile(r"\b(?:intake|admission|admit)\b", re.IGNORECASE)


def _codes(res: Res) -> set[str]:
    found = set()
    for concept, _ in each(res.data, "type", ()):
        for coding, _ in codings(concept, ()):
            code = text(coding.get("code"))
            if code:
                found.add(code)
    return found


def _type_text(res: Res) -> str:
    return " ".join(filter(None, (cc_text(c) for c, _ in each(res.data, "type", ()))))


def _passage(res: Res) -> str:
    """What a finding quotes for a date taken from `res`: its kind, its type and the start as written
    ("EpisodeOfCare (Outpatient behavioral health), start 2026-01-05")."""
    kind = f"{res.type} ({_type_text(res)})" if _type_text(res) else res.type
    return f"{kind}, start {text(res.data['period'].get('start'))}"


def _start(res: Res) -> tuple[dt.date | None, Any]:
    period = res.data.get("period")
    if isinstance(period, dict) and fhir_date(period.get("start")):
        return fhir_date(period.get("start")), res.at("period", "start")
    return None, None


def _linked(ctx: BuildContext, resource_type: str) -> list[Res]:
    """Resources of a type the plan refers to (supportingInfo, encounter), then those of the patient."""
    plan = ctx.careplan
    linked: list[Res] = []
    if plan is not None:
        refs = [ref for ref, _ in each(plan.data, "supportingInfo", ())]
        refs += [ref for ref, _ in each(plan.data, "encounter", ())]
        for found in ctx.index.resolve_all(refs, plan):
            if found.type == resource_type and found not in linked:
                linked.append(found)
            if resource_type == "EpisodeOfCare" and found.type == "Encounter":
                for episode in ctx.index.resolve_all((r for r, _ in each(found.data, "episodeOfCare", ())), found):
                    if episode not in linked:
                        linked.append(episode)
    return linked


def _dated(resources: list[Res], status_ok: set[str] | None = None) -> list[tuple[dt.date, Res, Any]]:
    out = []
    for res in resources:
        status = text(res.data.get("status"))
        if status in ("entered-in-error", "cancelled") or (status_ok and status not in status_ok):
            continue
        start, path = _start(res)
        if start:
            out.append((start, res, path))
    return sorted(out, key=lambda item: item[0])


def episode_dates(ctx: BuildContext) -> tuple[dict[str, dt.date], dict[str, SourceLocation]]:
    """admission_date and first_treatment_date as the file states them, with their sources."""
    fields: dict[str, dt.date] = {}
    sources: dict[str, SourceLocation] = {}
    episodes = _linked(ctx, "EpisodeOfCare") or [
        e for e in ctx.of_type("EpisodeOfCare") if ctx.patient is None or ctx.index.refers_to(e.data.get("patient"), e, ctx.patient)
    ]
    encounters = _linked(ctx, "Encounter") or [
        e for e in ctx.of_type("Encounter") if ctx.patient is None or ctx.index.refers_to(e.data.get("subject"), e, ctx.patient)
    ]
    dated_episodes = _dated(episodes)
    if len(dated_episodes) == 1 or (dated_episodes and _linked(ctx, "EpisodeOfCare")):
        date, res, path = dated_episodes[0]
        fields["admission_date"], sources["admission_date"] = date, ctx.loc(path, _passage(res))
    else:
        intake = [
            item for item in _dated(encounters)
            if _codes(item[1]) & _INTAKE_CODES
            or _INTAKE_TEXT.search(_type_text(item[1]))
            or text((item[1].data.get("class") or {}).get("code")) in _INPATIENT_CLASSES
        ]
        if intake:
            date, res, path = intake[0]
            fields["admission_date"], sources["admission_date"] = date, ctx.loc(path, _passage(res))
    evaluations = [
        item for item in _dated(encounters, {"finished", "in-progress", "arrived", "triaged", "onleave", None})
        if _codes(item[1]) & EVALUATION_CODES or _EVALUATION_TEXT.search(_type_text(item[1]))
    ]
    if evaluations:
        date, res, path = evaluations[0]
        fields["first_treatment_date"] = date
        sources["first_treatment_date"] = ctx.loc(path, _passage(res))
    return fields, sources
