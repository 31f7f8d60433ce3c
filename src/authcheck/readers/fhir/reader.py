"""FHIR R4 reader: a CarePlan (alone with contained resources, or in a Bundle) into a TreatmentPlan.

Formats: JSON (top-level "resourceType") and XML (root element in the http://hl7.org/fhir namespace);
bundles of any type (document, collection, transaction, searchset, ...). Resources are walked as plain
dicts (no fhir.resources validation in the read path). Every element's `source.pointer` is a JSON
pointer into the file ("/entry/4/resource/description/text"), or for XML an XPath without prefixes
("/Bundle/entry[5]/resource/Goal/description/text").

Mapping (R4 element -> model):
- CarePlan: created -> plan_date; period -> period, and period.end -> expected_duration (the
  span the plan is intended to cover; without an end, a labelled length written in the description
  or a note, "Expected duration: 16 weeks"); description -> presenting_problem; title/category
  (with service codes and the author's license) -> discipline; author, contributor, careTeam and
  activity performers -> providers; note and a non-generated narrative -> free_text.
- CarePlan.activity.detail -> Intervention: code text -> label (CPT/HCPCS coding -> service_code, or a
  code written in the description such as "(97140)"), description, scheduledTiming.repeat
  frequency/period/periodUnit (or dayOfWeek, timeOfDay, Timing.code BID/WK...) -> frequency,
  repeat.duration/durationUnit -> amount (session minutes), repeat.count/bounds[x] and scheduledPeriod
  -> duration, scheduledString -> phrases parsed, quantity -> amount (units or minutes), performer ->
  responsible_staff. With detail.goal the intervention hangs under each goal it names, else under the
  plan. An activity about a plan review/recertification/progress report without a service code
  becomes a Review. Cancelled, stopped, entered-in-error and doNotPerform activities are skipped.
- CarePlan.activity.reference -> ServiceRequest (code, quantity[x] -> units, occurrence[x] ->
  frequency/amount/duration/start/end, reasonCode/reasonReference -> diagnoses, requester/performer ->
  providers) in `services`, plus a matching Intervention (the plan lists it as an activity).
  ServiceRequests with basedOn the plan, and unlinked ones when the file holds only one CarePlan, go to
  `services` only. A ServiceRequest scheduling a plan review/recertification/progress report (no service
  code, quantity or repeating timing) becomes a Review dated by its occurrence. A referenced
  MedicationRequest becomes an Intervention (modality "medication").
- Conditions: CarePlan.addresses, Goal.addresses, activity and ServiceRequest reasons -> diagnoses, in
  that order; when none is linked and the file holds one plan, the patient's active Conditions. An
  ICD-10-CM coding (http://hl7.org/fhir/sid/icd-10-cm or urn:oid:2.16.840.1.113883.6.90) gives code
  and system "ICD-10-CM"; any other system (SNOMED CT, WHO ICD-10) gives code None, the system's name
  and the text/display as description. Refuted and entered-in-error Conditions are skipped; rank 1 in
  an Encounter/EpisodeOfCare diagnosis marks the primary one.
- Goal: description -> statement; category -> domain; one target -> measure (target.measure),
  target (detail[x]: Quantity "< 7", Range "60 to 80", CodeableConcept, string, boolean, integer,
  Ratio), target_date (dueDate; or startDate + dueDuration) and time_frame (dueDuration); several
  targets -> one Objective each; a goal-relationship "milestone" Goal -> an Objective of its goal;
  notes "Baseline: ..." / "Mastery criteria: ..." -> baseline / mastery_criteria. Cancelled, rejected
  and entered-in-error goals are skipped. Goals come from CarePlan.goal and activity.detail.goal, plus
  Goals no other CarePlan claims when the file holds one plan.
- Problems: one per condition the goals address (statement = the condition's text), goals in order;
  goals that address nothing share one Problem without a statement.
- Patient: name, birthDate, member id (see `fhir.people`: typed member/subscriber identifiers or
  Coverage, never an MRN); Coverage.payor -> payer.
- Practitioner/PractitionerRole/Organization: name, NPI (http://hl7.org/fhir/sid/us-npi),
  qualification.code (else credential suffixes of the name; else, for a PractitionerRole, a credential
  written in capitals in its code, "Licensed Professional Counselor (LPC)") -> credential.
- Signatures: Provenance.signature whose Provenance targets the plan (or its document's
  Composition): who, when, type -> role (see `fhir.people.signer_role`); Composition.attester;
  DocumentReference.authenticator when it documents the plan; e-signature statements and signature lines
  written as CarePlan.note ("BCBA: Jo Lee, BCBA - e-signed 02/09/2026").
- Assessments: Observations and QuestionnaireResponses with standardized scores (see `fhir.assess`).

Which CarePlan when a file holds several: see `fhir.select`; the choice is recorded in free_text.

Files without a CarePlan: a Bundle with Goals, or a document whose Composition is a plan of care,
reads into a partial plan (a free-text note says so). Anything else fails with a one-line
PlanReadError: a lone Goal, Condition or ServiceRequest, a Da Vinci PAS request/response bundle, a
conformance resource, or a bundle with nothing of a plan in it.
"""

from __future__ import annotations

from collections import Counter

from authcheck.model import TreatmentPlan
from authcheck.readers.base import PlanReadError
from authcheck.readers.fhir.build import PlanBuilder
from authcheck.readers.fhir.doc import each, load_fhir, looks_like_fhir
from authcheck.readers.fhir.index import ResourceIndex
from authcheck.readers.fhir.select import choose_careplan
from authcheck.readers.fhir.values import cc_text, codings, text

__all__ = ["FhirReader"]

_PLAN_OF_CARE_LOINC = {"18776-5"}  # Plan of care note


class FhirReader:
    """Reads FHIR R4 JSON/XML: a CarePlan, or a Bundle holding one."""

    name = "fhir"

    def __init__(self, careplan_id: str | None = None) -> None:
        self.careplan_id = careplan_id

    def sniff(self, head: bytes) -> bool:
        """JSON with a top-level "resourceType", or XML whose root is in the FHIR namespace."""
        return looks_like_fhir(head)

    def read(self, data: bytes, path: str) -> TreatmentPlan:
        """Parse the file and build the plan; raise PlanReadError with a one-line reason."""
        doc = load_fhir(data, path)
        kind = doc.root.get("resourceType")
        if not isinstance(kind, str) or not kind:
            raise PlanReadError(path, "not a FHIR resource: the top-level object has no resourceType")
        if kind not in ("Bundle", "CarePlan"):
            raise PlanReadError(path, _not_a_plan(kind))
        index = ResourceIndex(doc.root)
        try:
            choice = choose_careplan(index, doc.pointer, self.careplan_id)
        except LookupError as exc:
            raise PlanReadError(path, str(exc)) from exc
        note = choice.note
        if choice.plan is None:
            reason = _why_no_plan(index)
            if reason:
                raise PlanReadError(path, reason)
            note = (
                "This file holds no CarePlan: authcheck read the plan from its Goals, Conditions, "
                "ServiceRequests and Composition; elements a CarePlan would hold are missing."
            )
        return PlanBuilder(doc, index, choice.plan, note).build()


def _not_a_plan(kind: str) -> str:
    if kind in ("Goal", "Condition", "ServiceRequest", "Observation", "Patient", "QuestionnaireResponse"):
        return (
            f"a lone FHIR {kind} is not a treatment plan; give a CarePlan, or a Bundle that holds the "
            f"plan (a CarePlan, or its Goals and Conditions)"
        )
    if kind in (
        "StructureDefinition",
        "ValueSet",
        "CodeSystem",
        "CapabilityStatement",
        "ImplementationGuide",
        "SearchParameter",
        "OperationDefinition",
        "ConceptMap",
    ):
        return f"a FHIR {kind} is a conformance resource, not a treatment plan"
    if kind == "OperationOutcome":
        return "a FHIR OperationOutcome (a server's error or warning report), not a treatment plan"
    return f"a FHIR {kind} is not a treatment plan; expected a CarePlan or a Bundle that holds one"


def _why_no_plan(index: ResourceIndex) -> str | None:
    """None when a bundle without CarePlan still holds a plan (Goals, or a plan-of-care Composition)."""
    if index.of_type("Goal", contained=False):
        return None
    for composition in index.of_type("Composition", contained=False):
        codes = {text(c.get("code")) for c, _ in codings(composition.data.get("type"), ())}
        title = " ".join(
            t for t in (text(composition.data.get("title")), cc_text(composition.data.get("type"))) if t
        )
        if codes & _PLAN_OF_CARE_LOINC or "plan" in title.lower():
            return None
    counts = Counter(r.type for r in index.resources if r is not index.root and r.container is None)
    held = ", ".join(f"{t} x{n}" if n > 1 else t for t, n in counts.most_common()) or "no resources"
    claims = index.of_type("Claim", "ClaimResponse", contained=False)
    if any(text(c.data.get("use")) == "preauthorization" for c in claims):
        what = "response" if any(c.type == "ClaimResponse" for c in claims) else "request"
        return (
            f"a Da Vinci PAS prior-authorization {what} bundle ({held}) holds no CarePlan or Goals; "
            f"authcheck checks the treatment plan behind a request"
        )
    bundle_type = text(index.root.data.get("type")) or "untyped"
    if not list(each(index.root.data, "entry", ())):
        return f"the FHIR Bundle ({bundle_type}) is empty: no CarePlan to check"
    return f"the FHIR Bundle ({bundle_type}) holds no CarePlan, Goals or plan-of-care Composition ({held})"
