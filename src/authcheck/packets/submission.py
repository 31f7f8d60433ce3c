"""The request data every packet output shares (cover sheet, PAS bundle, X12 278), read from the plan.

Nothing is invented: a value the plan and the profile settings do not give stays None and is listed
in `Submission.missing` with the outputs that need it, so each output can mark or omit it the same way.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from authcheck.codes import classify_service_code, format_code, get_icd10cm, normalize_code, split_modifiers
from authcheck.model import Provider, TreatmentPlan
from authcheck.model.plan import Duration, Frequency, ServiceRequest
from authcheck.model.vocab import CREDENTIALS, normalize_credential
from authcheck.packets.settings import DISCIPLINE_SERVICE_TYPES, PacketConfig

__all__ = ["Diagnosis", "Member", "MissingItem", "Payer", "Requester", "Service", "Submission", "build_submission", "split_name"]


@dataclass(frozen=True)
class MissingItem:
    """An element a packet output needs and the plan (or the profile settings) lacks."""

    element: str
    needed_for: tuple[str, ...]
    how: str
    blocks_x12: bool = False


@dataclass(frozen=True)
class Member:
    """The patient, sent as the subscriber (the plan's member ID identifies them to the payer)."""

    name: str | None
    given: tuple[str, ...]
    family: str | None
    birth_date: dt.date | None
    member_id: str | None


@dataclass(frozen=True)
class Requester:
    """The provider asking for the authorization."""

    name: str | None
    given: tuple[str, ...]
    family: str | None
    credential: str | None
    npi: str | None
    organization: str | None
    is_person: bool
    path: str | None


@dataclass(frozen=True)
class Payer:
    """The insurer the request goes to."""

    name: str | None
    payer_id: str | None
    qualifier: str
    member_id_system: str | None


@dataclass(frozen=True)
class Diagnosis:
    """A diagnosis as the request states it."""

    code: str | None
    description: str | None
    code_description: str | None
    primary: bool
    billable: bool
    path: str


@dataclass(frozen=True)
class Service:
    """A requested service line."""

    path: str
    code: str | None
    code_kind: str | None
    modifiers: tuple[str, ...]
    description: str | None
    units: float | None
    minutes: float | None
    amount_text: str | None
    frequency: Frequency | None
    hours_per_week: float | None
    hours: tuple[float, str] | None  # hours per day/week/month as the plan states them
    duration: Duration | None
    start: dt.date | None
    end: dt.date | None


@dataclass
class Submission:
    """Everything the request outputs take from the plan and the profile settings."""

    member: Member
    requester: Requester | None
    payer: Payer
    diagnoses: list[Diagnosis]
    services: list[Service]
    start: dt.date | None
    end: dt.date | None
    service_type_code: str | None
    place_of_service: str | None
    claim_type: str
    date: dt.date
    missing: list[MissingItem] = field(default_factory=list)


def split_name(text: str | None) -> tuple[str | None, tuple[str, ...], str | None]:
    """(display name, given names, family name) of "Dana Whitfield", "Whitfield, Dana M." or "Maya Chen, LCSW".

    A comma followed only by credentials is dropped; "Family, Given" is read as written.
    """
    if not text or not text.strip():
        return None, (), None
    name = " ".join(text.split())
    if "," in name:
        head, tail = name.split(",", 1)
        tail_tokens = [t for t in re.split(r"[,\s]+", tail) if t]
        if tail_tokens and all(normalize_credential(t) in CREDENTIALS for t in tail_tokens):
            name = head.strip()
        else:
            given = tuple(tail_tokens)
            return f"{' '.join(given)} {head.strip()}".strip(), given, head.strip() or None
    tokens = name.split()
    if len(tokens) == 1:
        return name, (), tokens[0]
    return name, tuple(tokens[:-1]), tokens[-1]


def _requester(plan: TreatmentPlan) -> Requester | None:
    """The requesting provider: one named requesting/rendering/treating, else the first with an NPI, else the first;
    without providers, the clinician who signed the plan."""
    def rank(item: tuple[int, Provider]) -> tuple[int, int]:
        provider = item[1]
        role = (provider.role or "").lower()
        order = 0 if "request" in role else 1 if re.search(r"render|treat|attend|primary", role) else 2
        return (order if provider.npi else order + 3, item[0])

    candidates = [(i, p) for i, p in enumerate(plan.providers) if p.name or p.organization]
    if candidates:
        index, provider = min(candidates, key=rank)
        person = bool(provider.name)
        name, given, family = split_name(provider.name) if person else (provider.organization, (), None)
        return Requester(name, given, family, provider.credential, provider.npi, provider.organization, person,
                         f"providers[{index}]")
    for index, signature in enumerate(plan.signatures):
        if signature.role == "clinician" and signature.name:
            name, given, family = split_name(signature.name)
            return Requester(name, given, family, signature.credential, signature.npi, None, True, f"signatures[{index}]")
    return None


def _diagnoses(plan: TreatmentPlan) -> list[Diagnosis]:
    icd = get_icd10cm()
    primary = plan.primary_diagnosis()
    out = []
    for index, diagnosis in enumerate(plan.diagnoses):
        code = format_code(diagnosis.code) if diagnosis.code and icd.is_valid(diagnosis.code) else None
        out.append(Diagnosis(
            code=code,
            description=diagnosis.description,
            code_description=icd.description(code) if code else None,
            primary=diagnosis is primary,
            billable=bool(code and icd.is_billable(code)),
            path=f"diagnoses[{index}]",
        ))
    return sorted(out, key=lambda d: not d.primary)


_HOURS = re.compile(
    r"(\d+(?:\.\d+)?)\s*(?:hours?|hrs?\.?|h)\s*(?:/|per|a|an|each|every)\s*(day|week|wk|month|mo)\b", re.IGNORECASE,
)
_HOURS_PER = {"day": "day", "week": "week", "wk": "week", "month": "month", "mo": "month"}


def _hours(service: ServiceRequest) -> tuple[float, str] | None:
    """Hours per day, week or month as written in the amount or frequency ("2 hours per month")."""
    for phrase in (service.amount.text if service.amount else None, service.frequency.text if service.frequency else None):
        match = _HOURS.search(phrase or "")
        if match:
            return float(match.group(1)), _HOURS_PER[match.group(2).lower()]
    return (service.hours_per_week, "week") if service.hours_per_week is not None else None


def _service(plan: TreatmentPlan, index: int, service: ServiceRequest, start: dt.date | None, end: dt.date | None) -> Service:
    code, modifiers = split_modifiers(service.code) if service.code else (None, [])
    kind = classify_service_code(code) if code else None
    modifiers = [*modifiers, *[m.strip().upper() for m in service.modifiers if m.strip()]]
    duration = service.duration if service.duration and service.duration.stated else None
    if duration is None and plan.expected_duration and plan.expected_duration.stated:
        duration = plan.expected_duration
    amount = service.amount
    return Service(
        path=f"services[{index}]",
        code=code if kind else None,
        code_kind=kind,
        modifiers=tuple(dict.fromkeys(modifiers)),
        description=service.description,
        units=service.units if service.units is not None else (amount.units if amount else None),
        minutes=amount.minutes if amount else None,
        amount_text=amount.text if amount else None,
        frequency=service.frequency if service.frequency and service.frequency.stated else None,
        hours_per_week=service.hours_per_week,
        hours=_hours(service),
        duration=duration,
        start=service.start or start,
        end=service.end or end,
    )


def _period(plan: TreatmentPlan) -> tuple[dt.date | None, dt.date | None]:
    start = plan.period.start if plan.period else None
    end = plan.period.end if plan.period else None
    start = start or plan.plan_date
    if end is None and plan.expected_duration is not None:
        end = plan.expected_duration.end_date
    return start, end


def build_submission(
    plan: TreatmentPlan, config: PacketConfig, *, date: dt.date, payer_id: str | None = None,
    place_of_service: str | None = None,
) -> Submission:
    """The request data of a plan under the profile settings; `payer_id` and `place_of_service` (from the
    command line) override the profile's."""
    settings = config.settings
    name, given, family = split_name(plan.patient.name)
    member = Member(name, given, family, plan.patient.birth_date, plan.patient.member_id)
    payer = Payer(
        name=settings.payer_name or plan.payer,
        payer_id=payer_id or settings.payer_id,
        qualifier=settings.payer_id_qualifier,
        member_id_system=settings.member_id_system,
    )
    start, end = _period(plan)
    services = [_service(plan, i, s, start, end) for i, s in enumerate(plan.services)]
    discipline = plan.discipline or ""
    submission = Submission(
        member=member,
        requester=_requester(plan),
        payer=payer,
        diagnoses=_diagnoses(plan),
        services=services,
        start=start,
        end=end,
        service_type_code=settings.service_type_code or DISCIPLINE_SERVICE_TYPES.get(discipline),
        place_of_service=place_of_service or settings.place_of_service,
        claim_type=settings.claim_type or ("institutional" if discipline == "home-health" else "professional"),
        date=date,
    )
    submission.missing = _missing(submission)
    return submission


_PAS = "PAS bundle"
_X12 = "X12 278"


def _missing(sub: Submission) -> list[MissingItem]:
    """What the outputs need and do not have, in cover-sheet order."""
    out: list[MissingItem] = []
    add = out.append
    if not sub.member.member_id:
        add(MissingItem("member ID", (f"{_PAS} (Patient.identifier, Coverage.subscriberId)", f"{_X12} (2010C NM109)"),
                        "add the member ID to the plan", blocks_x12=True))
    if not sub.member.name:
        add(MissingItem("member name", (f"{_PAS} (Patient.name)",), "add the client's name to the plan"))
    if not sub.member.birth_date:
        add(MissingItem("member date of birth", (f"{_X12} (2010C DMG, omitted)",), "add the date of birth to the plan"))
    add(MissingItem("member gender", (f"{_PAS} (Patient.gender: data-absent-reason)",),
                    "the plan model has no gender; enter it on the payer's portal or form"))
    if sub.member.member_id and not sub.payer.member_id_system:
        add(MissingItem("member ID namespace", (f"{_PAS} (Patient.identifier.system: data-absent-reason)",),
                        "set packet.member_id_system in the payer profile"))
    if sub.requester is None:
        add(MissingItem("requesting provider", (f"{_PAS} (Claim.provider)", f"{_X12} (2010B NM1)"),
                        "name the treating provider with NPI in the plan", blocks_x12=True))
    else:
        if not sub.requester.npi:
            add(MissingItem("requesting provider NPI", (f"{_PAS} (Practitioner.identifier)", f"{_X12} (2010B NM109)"),
                            "add the provider's NPI to the plan", blocks_x12=True))
        if sub.requester.is_person and not sub.requester.family:
            add(MissingItem("requesting provider name", (f"{_PAS} (Practitioner.name.family)",), "add the provider's name"))
    if not sub.payer.name:
        add(MissingItem("payer name", (f"{_PAS} (insurer Organization.name)", f"{_X12} (2010A NM103)"),
                        "name the payer in the plan or set packet.payer_name in the profile", blocks_x12=True))
    if not sub.payer.payer_id:
        add(MissingItem("payer identifier", (f"{_X12} (2010A NM109, ISA08, GS03)",),
                        "give --payer-id or set packet.payer_id in the profile", blocks_x12=True))
    if not sub.services:
        add(MissingItem("requested services", (f"{_PAS} (Claim.item)", f"{_X12} (2000F)"),
                        "list the requested services with CPT/HCPCS codes in the plan"))
    for service in sub.services:
        if not service.code:
            add(MissingItem(f"service code of {service.description or service.path}",
                            (f"{_PAS} (Claim.item.productOrService: data-absent-reason)", f"{_X12} (SV1, omitted)"),
                            "add the CPT/HCPCS code to the service"))
    if sub.services and not sub.place_of_service:
        add(MissingItem("place of service", (f"{_PAS} (Claim.item.location: data-absent-reason)", f"{_X12} (UM04, omitted)"),
                        "give --place-of-service or set packet.place_of_service in the payer profile"))
    if not [d for d in sub.diagnoses if d.code]:
        add(MissingItem("ICD-10-CM diagnosis code", (f"{_PAS} (Claim.diagnosis)", f"{_X12} (2000E HI)"),
                        "add a valid ICD-10-CM code to the diagnosis"))
    return out


def plain_code(code: str) -> str:
    """An ICD-10-CM code without its dot, as X12 carries it."""
    return normalize_code(code)
