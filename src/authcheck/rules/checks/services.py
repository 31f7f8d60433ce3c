"""Services and interventions: `treatment_detail`, `service_code`, `identifiers`."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import Field

from authcheck.model import Amount, Frequency, Intervention, ServiceRequest
from authcheck.rules.checks.base import CheckContext, CheckParams, Hit, register
from authcheck.rules.paths import field_label

__all__ = ["IdentifiersParams", "ServiceCodeParams", "TreatmentDetailParams"]

Detail = Literal["frequency", "amount", "hours_per_week", "duration"]


def _weekly_hours_derivable(amount: Amount | None, frequency: Frequency | None) -> bool:
    """A session length and a weekly frequency give the hours per week."""
    return bool(amount and amount.minutes is not None and frequency and frequency.per_week() is not None)


def _service_has(service: ServiceRequest, detail: Detail) -> bool:
    if detail == "frequency":
        return bool(service.frequency and service.frequency.stated) or service.hours_per_week is not None
    if detail == "amount":
        return (
            bool(service.amount and service.amount.stated)
            or service.hours_per_week is not None
            or service.units is not None
        )
    if detail == "hours_per_week":
        return service.hours_per_week is not None or _weekly_hours_derivable(service.amount, service.frequency)
    return bool(service.duration and service.duration.stated) or service.end is not None


def _intervention_has(intervention: Intervention, detail: Detail) -> bool:
    if detail == "frequency":
        return bool(intervention.frequency and intervention.frequency.stated)
    if detail == "amount":
        return bool(intervention.amount and intervention.amount.stated)
    if detail == "duration":
        return bool(intervention.duration and intervention.duration.stated)
    if detail == "hours_per_week":
        return _weekly_hours_derivable(intervention.amount, intervention.frequency)
    return False


class TreatmentDetailParams(CheckParams):
    """Which treatment detail every service (or, with no services listed, some intervention) must state."""

    detail: Detail = Field(description="frequency, amount (session length or units), hours_per_week, or duration")
    scope: Literal["services_or_interventions", "services"] = Field(
        default="services_or_interventions",
        description="services_or_interventions: when no services are listed, one intervention stating it is enough. "
        "A plan with neither services nor interventions is left to the intervention-missing rule.",
    )


def _service_name(service: ServiceRequest, index: int) -> str:
    if service.description and service.code:
        return f"{service.description} ({service.code})"
    return service.description or service.code or f"service {index + 1}"


@register("treatment_detail", TreatmentDetailParams, provides={"service", "detail"})
def check_treatment_detail(ctx: CheckContext, params: TreatmentDetailParams) -> Iterator[Hit]:
    """Each requested service states its frequency, amount or duration."""
    label = field_label(params.detail)
    plan = ctx.plan
    if plan.services:
        for index, service in enumerate(plan.services):
            if not _service_has(service, params.detail):
                yield Hit(
                    path=f"services[{index}]",
                    fields={"service": _service_name(service, index), "detail": label},
                    quote=service.source.text if service.source and service.source.text else _service_name(service, index),
                )
        return
    interventions = list(plan.iter_interventions())
    if not interventions:
        return  # nothing planned at all: the intervention-missing rule reports that once
    if params.scope == "services_or_interventions":
        if any(_intervention_has(i, params.detail) for _, i in interventions):
            return
        yield Hit(path="interventions", fields={"service": "the planned services", "detail": label})
        return
    coded = [(path, i) for path, i in interventions if i.service_code]
    if params.detail == "hours_per_week" and coded:
        # no separate request: the coded interventions (a FHIR CarePlan's activities) are the requested services
        for path, intervention in coded:
            if not _intervention_has(intervention, params.detail):
                yield Hit(path=path, fields={"service": intervention.label or intervention.service_code, "detail": label})
        return
    yield Hit(path="services", fields={"service": "the planned services", "detail": label})


class ServiceCodeParams(CheckParams):
    """Format of the CPT/HCPCS codes of requested services and interventions."""

    require_code: bool = Field(default=False, description="A requested service without any code is also reported.")


@register("service_code", ServiceCodeParams, provides={"code", "service", "problem"})
def check_service_code(ctx: CheckContext, params: ServiceCodeParams) -> Iterator[Hit]:
    """Service codes are well-formed CPT or HCPCS Level II codes."""
    from authcheck.codes.services import is_valid_service_code_format, split_modifiers

    for index, service in enumerate(ctx.plan.services):
        name = _service_name(service, index)
        if not service.code:
            if params.require_code:
                yield Hit(path=f"services[{index}]", fields={"code": "", "service": name, "problem": "has no CPT/HCPCS code"})
            continue
        base, _ = split_modifiers(service.code)
        if not is_valid_service_code_format(base):
            yield Hit(
                path=f"services[{index}]",
                fields={"code": service.code, "service": name,
                        "problem": "is not a CPT code (5 digits, or 4 digits and F/T/U) or a HCPCS Level II code (a letter and 4 digits)"},
                quote=service.code,
            )
    reported = {s.code for s in ctx.plan.services if s.code}
    for path, intervention in ctx.plan.iter_interventions():
        if intervention.service_code and intervention.service_code not in reported:
            reported.add(intervention.service_code)
            base, _ = split_modifiers(intervention.service_code)
            if not is_valid_service_code_format(base):
                yield Hit(
                    path=path,
                    fields={"code": intervention.service_code, "service": intervention.description or path,
                            "problem": "is not a CPT or HCPCS Level II code"},
                    quote=intervention.service_code,
                )


class IdentifiersParams(CheckParams):
    """Which identifiers to validate."""

    npi: bool = Field(default=True, description="NPIs of providers and signers have a correct check digit.")


@register("identifiers", IdentifiersParams, provides={"identifier", "problem", "whose"})
def check_identifiers(ctx: CheckContext, params: IdentifiersParams) -> Iterator[Hit]:
    """Identifiers written on the plan are well-formed (NPI check digit)."""
    from authcheck.codes.npi import npi_problem

    if not params.npi:
        return
    seen: set[str] = set()
    candidates = [(f"providers[{i}]", p.npi, p.name) for i, p in enumerate(ctx.plan.providers)]
    candidates += [(f"signatures[{i}]", s.npi, s.name) for i, s in enumerate(ctx.plan.signatures)]
    for path, npi, name in candidates:
        if not npi or npi in seen:
            continue
        seen.add(npi)
        problem = npi_problem(npi)
        if problem:
            yield Hit(
                path=f"{path}.npi",
                fields={"identifier": f"NPI {npi}", "problem": problem, "whose": name or "the provider"},
                quote=npi,
                evidence={"npi": npi},
            )
