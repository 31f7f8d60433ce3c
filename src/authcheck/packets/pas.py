"""The Da Vinci PAS (Prior Authorization Support 2.2.1) request Bundle, FHIR R4, as plain JSON.

Shape follows the PAS examples (a `collection` Bundle whose first entry is the Claim) and the PAS
profiles' required elements. Resource ids and urn:uuid full URLs are derived from a content hash,
so the same input gives the same bytes.

A required element the plan does not give is sent with the FHIR data-absent-reason extension
(valueCode "unknown") instead of a made-up value: Patient.gender (the plan model has none),
Patient.identifier.system (unless the profile sets packet.member_id_system), the requesting
Practitioner's NPI, insurer Organization.name, Claim.provider without any provider, Claim.item.productOrService without a code, and Claim.item.location without
packet.place_of_service. Optional elements without data are left out.
"""

from __future__ import annotations

import base64
import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from authcheck.packets.submission import Service, Submission

__all__ = ["DATA_ABSENT", "PAS", "PlanDocument", "build_pas_bundle"]

PAS = "http://hl7.org/fhir/us/davinci-pas/StructureDefinition/"
DATA_ABSENT = "http://hl7.org/fhir/StructureDefinition/data-absent-reason"
_X12 = "https://codesystem.x12.org/005010/"
_ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
_HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"  # as in the PAS examples, CPT included
_POS = "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set"
_NPI = "http://hl7.org/fhir/sid/us-npi"
_UCUM = "http://unitsofmeasure.org"
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/authcheck/authcheck/packet")


@dataclass(frozen=True)
class PlanDocument:
    """A file sent as a DocumentReference: the plan itself, or an attachment."""

    title: str
    content_type: str
    data: bytes
    is_plan: bool = False


def _absent() -> dict[str, Any]:
    return {"extension": [{"url": DATA_ABSENT, "valueCode": "unknown"}]}


class _Ids:
    """Deterministic ids: uuid5 of the request key and the resource's role."""

    def __init__(self, key: str) -> None:
        self.key = key

    def uuid(self, role: str) -> str:
        return str(uuid.uuid5(_NAMESPACE, f"{self.key}/{role}"))

    def full_url(self, role: str) -> str:
        return f"urn:uuid:{self.uuid(role)}"


def _coding(system: str, code: str, display: str | None = None) -> dict[str, Any]:
    coding = {"system": system, "code": code}
    if display:
        coding["display"] = display
    return {"coding": [coding]}


def _name(given: tuple[str, ...], family: str | None, text: str | None) -> dict[str, Any]:
    name: dict[str, Any] = {}
    if text:
        name["text"] = text
    if family:
        name["family"] = family
    if given:
        name["given"] = list(given)
    return name


def _ucum_unit(per: str) -> str:
    return {"day": "d", "week": "wk", "month": "mo", "year": "a"}[per]


def _timing(service: Service) -> dict[str, Any] | None:
    """occurrenceTiming from the frequency, session length and duration the plan states."""
    repeat: dict[str, Any] = {}
    frequency = service.frequency
    if frequency is not None and frequency.count is not None and frequency.per:
        count = frequency.count
        if float(count).is_integer():
            repeat["frequency"] = int(count)
            if frequency.count_max and float(frequency.count_max).is_integer():
                repeat["frequencyMax"] = int(frequency.count_max)
            repeat["period"] = 1
            repeat["periodUnit"] = _ucum_unit(frequency.per)
    if service.minutes is not None:
        repeat["duration"] = service.minutes
        repeat["durationUnit"] = "min"
    duration = service.duration
    if duration is not None and duration.value is not None and duration.unit in ("session", "visit"):
        if float(duration.value).is_integer():
            repeat["count"] = int(duration.value)
    if service.start or service.end:
        bounds: dict[str, str] = {}
        if service.start:
            bounds["start"] = service.start.isoformat()
        if service.end:
            bounds["end"] = service.end.isoformat()
        repeat["boundsPeriod"] = bounds
    elif duration is not None and duration.value is not None and duration.unit in ("day", "week", "month", "year"):
        unit = _ucum_unit(duration.unit)
        repeat["boundsDuration"] = {"value": duration.value, "unit": unit, "system": _UCUM, "code": unit}
    return {"repeat": repeat} if repeat else None


def build_pas_bundle(sub: Submission, documents: list[PlanDocument], key: str) -> dict[str, Any]:
    """The PAS request Bundle for a submission; `key` (a content hash) seeds every identifier."""
    ids = _Ids(key)
    entries: list[dict[str, Any]] = []

    def add(role: str, resource: dict[str, Any]) -> str:
        resource = {"resourceType": resource.pop("resourceType"), "id": ids.uuid(role), **resource}
        entries.append({"fullUrl": ids.full_url(role), "resource": resource})
        return ids.full_url(role)

    patient_ref = ids.full_url("patient")
    insurer_ref = ids.full_url("insurer")

    # Patient (PAS Beneficiary)
    patient: dict[str, Any] = {"resourceType": "Patient", "meta": {"profile": [PAS + "profile-beneficiary"]}}
    if sub.member.member_id:
        identifier: dict[str, Any] = {"type": _coding("http://terminology.hl7.org/CodeSystem/v2-0203", "MB"),
                                      "value": sub.member.member_id}
        if sub.payer.member_id_system:
            identifier["system"] = sub.payer.member_id_system
        else:
            identifier["_system"] = _absent()
        patient["identifier"] = [identifier]
    if sub.member.name:
        patient["name"] = [_name(sub.member.given, sub.member.family, sub.member.name)]
    patient["_gender"] = _absent()
    if sub.member.birth_date:
        patient["birthDate"] = sub.member.birth_date.isoformat()

    # Insurer
    insurer: dict[str, Any] = {"resourceType": "Organization", "meta": {"profile": [PAS + "profile-insurer"]}}
    if sub.payer.payer_id:
        insurer["identifier"] = [{"type": _coding("http://terminology.hl7.org/CodeSystem/v2-0203", "NIIP"),
                                  "value": sub.payer.payer_id}]
    insurer["active"] = True
    insurer["type"] = [_coding(_X12 + "98", "PR")]
    if sub.payer.name:
        insurer["name"] = sub.payer.name
    else:
        insurer["_name"] = _absent()

    # Coverage: the patient is the subscriber (the member ID identifies them to the payer)
    coverage: dict[str, Any] = {"resourceType": "Coverage", "meta": {"profile": [PAS + "profile-coverage"]}}
    member_identifier: dict[str, Any] = {"type": _coding("http://terminology.hl7.org/CodeSystem/v2-0203", "MB")}
    if sub.member.member_id:
        member_identifier["value"] = sub.member.member_id
    else:
        member_identifier["_value"] = _absent()
    coverage["identifier"] = [member_identifier]
    coverage["status"] = "active"
    if sub.member.member_id:
        coverage["subscriberId"] = sub.member.member_id
    coverage["beneficiary"] = {"reference": patient_ref}
    coverage["relationship"] = {"coding": [
        {"system": "http://terminology.hl7.org/CodeSystem/subscriber-relationship", "code": "self"},
        {"system": _X12 + "1069", "code": "18"},
    ]}
    coverage["payor"] = [{"reference": insurer_ref}]

    # Requesting provider: PractitionerRole + Practitioner, or a requestor Organization
    provider_ref: str | None = None
    requester = sub.requester
    practitioner = organization = role = None
    if requester is not None:
        npi = [{"system": _NPI, "value": requester.npi}] if requester.npi else None
        if requester.is_person:
            practitioner = {"resourceType": "Practitioner", "meta": {"profile": [PAS + "profile-practitioner"]}}
            practitioner["identifier"] = npi or [{"system": _NPI, "_value": _absent()}]  # required: NPI, value unknown
            name = _name(requester.given, requester.family, requester.name)
            if not requester.family:
                name["_family"] = _absent()
            practitioner["name"] = [name]
            if requester.credential:
                practitioner["qualification"] = [{"code": {"text": requester.credential}}]
            role = {"resourceType": "PractitionerRole", "meta": {"profile": [PAS + "profile-practitionerrole"]},
                    "practitioner": {"reference": ids.full_url("practitioner")}}
            if requester.organization:
                role["organization"] = {"reference": ids.full_url("organization")}
                organization = {"resourceType": "Organization", "meta": {"profile": [PAS + "profile-organization"]},
                                "active": True, "name": requester.organization}
            provider_ref = ids.full_url("practitioner-role")
        else:
            organization = {"resourceType": "Organization", "meta": {"profile": [PAS + "profile-requestor"]}}
            if npi:
                organization["identifier"] = npi
            organization["active"] = True
            organization["type"] = [_coding(_X12 + "98", "X3")]
            organization["name"] = requester.name
            provider_ref = ids.full_url("organization")

    # Conditions
    conditions = []
    for index, diagnosis in enumerate(d for d in sub.diagnoses if d.code):
        conditions.append((index, diagnosis, {
            "resourceType": "Condition",
            "clinicalStatus": _coding("http://terminology.hl7.org/CodeSystem/condition-clinical", "active"),
            "verificationStatus": _coding("http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed"),
            "category": [_coding("http://terminology.hl7.org/CodeSystem/condition-category", "encounter-diagnosis")],
            "code": _coding(_ICD10CM, diagnosis.code or "", diagnosis.code_description),
            "subject": {"reference": patient_ref},
        }))

    # Documents
    document_refs = []
    for index, document in enumerate(documents):
        role_name = "plan-document" if document.is_plan else f"attachment-{index}"
        resource = {
            "resourceType": "DocumentReference",
            "meta": {"profile": [PAS + "profile-documentreference"]},
            "status": "current",
            "type": _coding("http://loinc.org", "18776-5", "Plan of care note") if document.is_plan
            else {"text": document.title},
            "category": [_coding("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category", "clinical-note")],
            "subject": {"reference": patient_ref},
            "description": document.title,
            "content": [{"attachment": {
                "contentType": document.content_type,
                "data": base64.b64encode(document.data).decode("ascii"),
                "title": document.title,
                "size": len(document.data),
            }}],
        }
        document_refs.append((role_name, document, resource))

    # Claim
    claim: dict[str, Any] = {
        "resourceType": "Claim",
        "meta": {"profile": [PAS + "profile-claim"]},
        "identifier": [{"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{ids.uuid('claim-identifier')}"}],
        "status": "active",
        "type": _coding("http://terminology.hl7.org/CodeSystem/claim-type", sub.claim_type),
        "use": "preauthorization",
        "patient": {"reference": patient_ref},
        "created": sub.date.isoformat(),
        "insurer": {"reference": insurer_ref},
    }
    claim["provider"] = {"reference": provider_ref} if provider_ref else _absent()
    claim["priority"] = _coding("http://terminology.hl7.org/CodeSystem/processpriority", "normal")
    supporting = []
    for sequence, (role_name, document, _) in enumerate(document_refs, start=1):
        supporting.append({
            "extension": [{"url": PAS + "extension-documentInformation", "extension": [
                {"url": "reportTypeCode", "valueCodeableConcept": _coding(_X12 + "755", "09" if document.is_plan else "OZ",
                                                                          "Progress Report" if document.is_plan else "Support Data for Claim")},
                {"url": "transmissionMethod", "valueCodeableConcept": _coding(_X12 + "756", "EL", "Electronically Only")},
                {"url": "description", "valueString": document.title},
            ]}],
            "sequence": sequence,
            "category": _coding("http://hl7.org/fhir/us/davinci-pas/CodeSystem/PASTempCodes", "additionalInformation"),
            "valueReference": {"reference": ids.full_url(role_name)},
        })
    if supporting:
        claim["supportingInfo"] = supporting
    coded = [d for d in sub.diagnoses if d.code]
    if coded:
        claim["diagnosis"] = []
        for sequence, diagnosis in enumerate(coded, start=1):
            entry: dict[str, Any] = {
                "sequence": sequence,
                "diagnosisCodeableConcept": _coding(_ICD10CM, diagnosis.code or "", diagnosis.code_description),
            }
            if diagnosis.primary:
                entry["type"] = [_coding(_X12 + "1270", "ABK", "International Classification of Diseases Clinical Modification (ICD-10-CM) Principal Diagnosis")]
            else:
                entry["type"] = [_coding(_X12 + "1270", "ABF", "International Classification of Diseases Clinical Modification (ICD-10-CM) Diagnosis")]
            claim["diagnosis"].append(entry)
    claim["insurance"] = [{"sequence": 1, "focal": True, "coverage": {"reference": ids.full_url("coverage")}}]
    items = []
    service_requests = []
    for sequence, service in enumerate(sub.services, start=1):
        item: dict[str, Any] = {"extension": [
            {"url": PAS + "extension-serviceItemRequestType",
             "valueCodeableConcept": _coding(_X12 + "1525", "HS", "Health Services Review")},
            {"url": PAS + "extension-certificationType", "valueCodeableConcept": _coding(_X12 + "1322", "I", "Initial")},
        ]}
        request = _service_request(service, sub, patient_ref)
        if request is not None:
            item["extension"].append({"url": PAS + "extension-requestedService",
                                      "valueReference": {"reference": ids.full_url(f"service-request-{sequence}")}})
            service_requests.append((sequence, request))
        item["sequence"] = sequence
        if coded:
            item["diagnosisSequence"] = list(range(1, len(coded) + 1))
        item["category"] = _coding(_X12 + "1365", sub.service_type_code) if sub.service_type_code else _absent()
        if service.code:
            product = _coding(_HCPCS, service.code)
            if service.description:
                product["text"] = service.description
            item["productOrService"] = product
        else:
            item["productOrService"] = {**_absent(), **({"text": service.description} if service.description else {})}
        if service.modifiers:
            item["modifier"] = [_coding(_HCPCS, m) for m in service.modifiers]
        if service.start or service.end:
            period: dict[str, str] = {}
            if service.start:
                period["start"] = service.start.isoformat()
            if service.end:
                period["end"] = service.end.isoformat()
            item["servicedPeriod"] = period
        item["locationCodeableConcept"] = _coding(_POS, sub.place_of_service) if sub.place_of_service else _absent()
        if service.units is not None:
            item["quantity"] = {"value": service.units}
        items.append(item)
    if items:
        claim["item"] = items

    add("claim", claim)
    add("patient", patient)
    add("coverage", coverage)
    add("insurer", insurer)
    if practitioner is not None and role is not None:
        add("practitioner-role", role)
        add("practitioner", practitioner)
    if organization is not None:
        add("organization", organization)
    for index, _, condition in conditions:
        add(f"condition-{index}", condition)
    for sequence, request in service_requests:
        add(f"service-request-{sequence}", request)
    for role_name, _, resource in document_refs:
        add(role_name, resource)
    return {
        "resourceType": "Bundle",
        "id": ids.uuid("bundle"),
        "meta": {"profile": [PAS + "profile-pas-request-bundle"]},
        "identifier": {"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{ids.uuid('bundle-identifier')}"},
        "type": "collection",
        "timestamp": dt.datetime(sub.date.year, sub.date.month, sub.date.day, tzinfo=dt.timezone.utc)
        .isoformat().replace("+00:00", "Z"),
        "entry": entries,
    }


def _service_request(service: Service, sub: Submission, patient_ref: str) -> dict[str, Any] | None:
    """A PAS ServiceRequest carrying how often and how long, when the plan states it."""
    timing = _timing(service)
    quantity: dict[str, Any] = {}
    if service.hours is not None:
        per = _ucum_unit(service.hours[1])
        quantity["quantityRatio"] = {
            "numerator": {"value": service.hours[0], "unit": "h", "system": _UCUM, "code": "h"},
            "denominator": {"value": 1, "unit": per, "system": _UCUM, "code": per},
        }
    elif service.units is not None:
        quantity["quantityQuantity"] = {"value": service.units, "unit": "unit", "system": _UCUM, "code": "1"}
    if timing is None and not quantity:
        return None
    request: dict[str, Any] = {
        "resourceType": "ServiceRequest",
        "meta": {"profile": [PAS + "profile-servicerequest"]},
        "status": "active",
        "intent": "order",
    }
    if service.code:
        request["code"] = _coding(_HCPCS, service.code)
    request.update(quantity)
    request["subject"] = {"reference": patient_ref}
    if timing is not None:
        request["occurrenceTiming"] = timing
    return request
