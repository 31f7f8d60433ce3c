"""Round 23 of the FHIR reader, each change with a near miss it must not read:

- a PractitionerRole's code that writes the licence ("Licensed Professional Counselor (LPC)") gives the signer's
  credential when the Practitioner has no qualification; a specialty alone (NUCC "Professional Counselor") does not;
- a labelled length in CarePlan.description or a note ("Expected duration: 16 weeks") is the expected duration when
  the plan has no period end; an unlabelled length ("depressed for 3 years") is not;
- an as-needed ServiceRequest (asNeededBoolean / asNeededCodeableConcept) whose occurrenceTiming.repeat.count caps the
  visits is a PRN frequency with that limit; one without a count stays without a frequency;
- e-signature statements written as CarePlan.note ("Electronically signed by Jo Lee, MD ... on 01/12/2026") are
  signatures; a note that only mentions a signature is not;
- a scheduled "progress review" activity is a plan review; a service activity with a code is not.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fhir_bundles import bundle, read

NPI = "http://hl7.org/fhir/sid/us-npi"
AUTHOR_SIGNATURE = [{"system": "urn:iso-astm:E1762-95:2013", "code": "1.2.840.10065.1.12.1.1"}]


# ------------------------------------------------------------------ credential from PractitionerRole.code
def _role_plan(tmp_path: Path, role_code: dict) -> object:
    practitioner = {"resourceType": "Practitioner", "id": "pr", "name": [{"family": "Pruitt", "given": ["Janelle"]}],
                    "identifier": [{"system": NPI, "value": "1250874520"}]}
    role = {"resourceType": "PractitionerRole", "id": "role", "practitioner": {"reference": "Practitioner/pr"},
            "code": [role_code]}
    provenance = {"resourceType": "Provenance", "id": "prov", "target": [{"reference": "CarePlan/cp"}],
                  "recorded": "2025-11-17T16:40:00-05:00",
                  "agent": [{"who": {"reference": "PractitionerRole/role"}}],
                  "signature": [{"type": AUTHOR_SIGNATURE, "when": "2025-11-17T16:40:00-05:00",
                                 "who": {"reference": "PractitionerRole/role"}}]}
    data = bundle(practitioner, role, provenance, plan_extra={"author": {"reference": "PractitionerRole/role"}})
    return read(tmp_path, data)


def test_role_code_writing_the_licence_gives_the_credential(tmp_path: Path) -> None:
    plan = _role_plan(tmp_path, {
        "coding": [{"system": "http://nucc.org/provider-taxonomy", "code": "101YP2500X",
                    "display": "Professional Counselor"}],
        "text": "Licensed Professional Counselor (LPC)"})
    assert [(s.role, s.name, s.credential) for s in plan.signatures] == [("clinician", "Janelle Pruitt", "LPC")]
    assert plan.providers[0].credential == "LPC"


def test_near_miss_role_specialty_without_a_licence_gives_no_credential(tmp_path: Path) -> None:
    plan = _role_plan(tmp_path, {
        "coding": [{"system": "http://nucc.org/provider-taxonomy", "code": "101YP2500X",
                    "display": "Professional Counselor"}],
        "text": "Do counseling, Med management, Pa clinic"})  # words that spell credentials only in capitals
    assert [s.credential for s in plan.signatures] == [None]
    assert plan.providers[0].credential is None


def test_near_miss_practitioner_qualification_comes_before_the_role(tmp_path: Path) -> None:
    plan = _role_plan(tmp_path, {"text": "Licensed Professional Counselor (LPC)"})
    assert plan.signatures[0].credential == "LPC"
    data = bundle(
        {"resourceType": "Practitioner", "id": "pr", "name": [{"text": "Jo Lee"}],
         "qualification": [{"code": {"text": "LCSW"}}]},
        {"resourceType": "PractitionerRole", "id": "role", "practitioner": {"reference": "Practitioner/pr"},
         "code": [{"text": "Licensed Professional Counselor (LPC)"}]},
        plan_extra={"author": {"reference": "PractitionerRole/role"}})
    assert read(tmp_path, data).providers[0].credential == "LCSW"


# ------------------------------------------------------------------ labelled expected duration
def test_labelled_length_in_description_is_the_expected_duration(tmp_path: Path) -> None:
    plan = read(tmp_path, bundle(plan_extra={"description": "Expected duration: 16 weeks (through 11/23/2026)."}))
    duration = plan.expected_duration
    assert duration is not None
    assert (duration.value, duration.unit, duration.end_date) == (16.0, "week", dt.date(2026, 11, 23))
    assert duration.source is not None and duration.source.pointer == "/entry/0/resource/description"
    assert plan.presenting_problem == "Expected duration: 16 weeks (through 11/23/2026)."


def test_labelled_length_in_a_note_is_the_expected_duration(tmp_path: Path) -> None:
    plan = read(tmp_path, bundle(plan_extra={
        "description": "Depression with poor sleep.",
        "note": [{"text": "Plan reviewed with client. Estimated length of treatment is approx. 6 months; weekly."}]}))
    assert plan.expected_duration is not None
    assert (plan.expected_duration.value, plan.expected_duration.unit) == (6.0, "month")


def test_near_miss_unlabelled_length_is_not_an_expected_duration(tmp_path: Path) -> None:
    plan = read(tmp_path, bundle(plan_extra={
        "description": "Client has been depressed for 3 years. Expected duration: to be decided. Review in 12 weeks."}))
    assert plan.expected_duration is None


def test_near_miss_period_end_still_gives_the_expected_duration(tmp_path: Path) -> None:
    plan = read(tmp_path, bundle(plan_extra={"period": {"start": "2025-11-17", "end": "2026-05-17"},
                                             "description": "Expected duration: 16 weeks."}))
    assert plan.expected_duration is not None
    assert plan.expected_duration.end_date == dt.date(2026, 5, 17)
    assert plan.expected_duration.value is None


# ------------------------------------------------------------------ as-needed orders with a visit count
def _request(sid: str, **extra: object) -> dict:
    return {"resourceType": "ServiceRequest", "id": sid, "status": "active", "intent": "order",
            "subject": {"reference": "Patient/p"},
            "code": {"coding": [{"system": "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
                                 "code": "G0299"}], "text": "Skilled nursing"},
            **extra}


def test_as_needed_order_with_a_count_is_prn_with_that_limit(tmp_path: Path) -> None:
    plan = read(tmp_path, bundle(
        _request("sr1", asNeededBoolean=True, occurrenceTiming={"repeat": {"count": 2}}),
        _request("sr2", asNeededCodeableConcept={"text": "weight gain over 3 lb in 2 days"},
                 occurrenceTiming={"repeat": {"count": 1, "countMax": 3}})))
    frequencies = [s.frequency for s in plan.services]
    assert [(f.prn, f.prn_limit, f.stated) for f in frequencies if f] == [(True, 2.0, True), (True, 3.0, True)]
    assert frequencies[0] is not None and frequencies[0].source is not None
    assert frequencies[0].source.pointer == "/entry/2/resource/occurrenceTiming/repeat/count"


def test_near_miss_as_needed_without_a_count_and_count_without_as_needed(tmp_path: Path) -> None:
    plan = read(tmp_path, bundle(
        _request("sr1", asNeededBoolean=True),
        _request("sr2", asNeededBoolean=False, occurrenceTiming={"repeat": {"count": 2}}),
        _request("sr3", asNeededBoolean=True, occurrenceTiming={"repeat": {"frequency": 2, "period": 1,
                                                                          "periodUnit": "wk"}})))
    first, second, third = (s.frequency for s in plan.services)
    assert first is None or not first.stated
    assert second is None or not second.prn
    assert third is not None and (third.count, third.per, third.prn) == (2.0, "week", False)


# ------------------------------------------------------------------ e-signature statements in CarePlan.note
def _signed_notes_plan(tmp_path: Path, notes: list[dict]) -> object:
    nurse = {"resourceType": "Practitioner", "id": "rn", "name": [{"family": "Lindgren", "given": ["Joel"]}],
             "qualification": [{"code": {"text": "RN"}}]}
    doctor = {"resourceType": "Practitioner", "id": "md", "name": [{"family": "Benavides", "given": ["Arturo"]}],
              "identifier": [{"system": NPI, "value": "1166529887"}]}
    return read(tmp_path, bundle(nurse, doctor, plan_extra={"author": {"reference": "Practitioner/rn"},
                                                           "note": notes}))


def test_esignature_notes_are_signatures(tmp_path: Path) -> None:
    plan = _signed_notes_plan(tmp_path, [
        {"authorReference": {"reference": "Practitioner/rn"}, "time": "2026-01-05T16:40:00-05:00",
         "text": "Electronically signed by Joel Lindgren, RN (Case manager RN) on 01/05/2026."},
        {"authorReference": {"reference": "Practitioner/md"}, "time": "2026-01-12T07:55:00-05:00",
         "text": "Plan of care approved. Electronically signed by Arturo Benavides, MD (Certifying physician)"},
        {"time": "2026-01-13", "text": "Digitally signed by: Maya Ortiz, PT on January 13, 2026"},
    ])
    got = [(s.role, s.name, s.credential, s.npi, s.date, s.method) for s in plan.signatures]
    assert got == [
        ("clinician", "Joel Lindgren", "RN", None, dt.date(2026, 1, 5), "electronic"),
        ("physician", "Arturo Benavides", "MD", "1166529887", dt.date(2026, 1, 12), "electronic"),
        ("clinician", "Maya Ortiz", "PT", None, dt.date(2026, 1, 13), "electronic"),
    ]
    assert plan.signatures[0].source is not None and plan.signatures[0].source.pointer == "/entry/0/resource/note/0/text"


def test_near_miss_notes_that_only_mention_signing_are_not_signatures(tmp_path: Path) -> None:
    plan = _signed_notes_plan(tmp_path, [
        {"text": "Awaiting physician signature; to be electronically signed by the certifying physician."},
        {"text": "Electronically signed by: ________"},
        {"text": "Client signed the consent for treatment on 01/05/2026."},
    ])
    assert plan.signatures == []


def test_near_miss_signer_already_read_from_provenance_is_not_counted_twice(tmp_path: Path) -> None:
    provenance = {"resourceType": "Provenance", "id": "prov", "target": [{"reference": "CarePlan/cp"}],
                  "recorded": "2026-01-05T16:40:00-05:00", "agent": [{"who": {"reference": "Practitioner/rn"}}],
                  "signature": [{"type": AUTHOR_SIGNATURE, "when": "2026-01-05T16:40:00-05:00",
                                 "who": {"reference": "Practitioner/rn"}}]}
    nurse = {"resourceType": "Practitioner", "id": "rn", "name": [{"text": "Joel Lindgren"}],
             "qualification": [{"code": {"text": "RN"}}]}
    plan = read(tmp_path, bundle(nurse, provenance, plan_extra={
        "author": {"reference": "Practitioner/rn"},
        "note": [{"text": "Electronically signed by Joel Lindgren, RN on 01/05/2026."}]}))
    assert [(s.name, s.source.pointer if s.source else None) for s in plan.signatures] == [
        ("Joel Lindgren", "/entry/3/resource/signature/0")]


# ------------------------------------------------------------------ progress review activities
def _activity(text: str, *, code: str | None = None, start: str = "2026-07-15") -> dict:
    concept: dict = {"text": text}
    if code:
        concept["coding"] = [{"system": "http://www.ama-assn.org/go/cpt", "code": code}]
    return {"detail": {"kind": "Appointment", "code": concept, "status": "scheduled",
                       "scheduledPeriod": {"start": start}}}


def test_scheduled_progress_review_is_a_plan_review(tmp_path: Path) -> None:
    plan = read(tmp_path, bundle(plan_extra={"activity": [
        _activity("Progress review and reauthorization"),
        _activity("Six-month progress review", start="2026-08-17"),
    ]}))
    assert [(r.kind, r.date, r.completed) for r in plan.reviews] == [
        ("review", dt.date(2026, 7, 15), False), ("review", dt.date(2026, 8, 17), False)]
    assert plan.interventions == []


def test_near_miss_coded_service_and_progress_note_word_are_not_reviews(tmp_path: Path) -> None:
    plan = read(tmp_path, bundle(plan_extra={"activity": [
        _activity("Behavior identification reassessment with progress review", code="97151"),
        _activity("Track progress; review data sheets weekly"),
    ]}))
    assert plan.reviews == []
    assert [i.service_code for i in plan.interventions] == ["97151", None]
