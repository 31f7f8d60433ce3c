"""The FHIR reader's decisions: which CarePlan, which identifier is the member id, signer roles,
discipline."""

from __future__ import annotations

import json

import pytest

from authcheck.readers.fhir import FhirReader
from authcheck.readers.fhir.discipline import discipline_from_codes, infer_discipline
from authcheck.readers.fhir.people import Person, is_member_identifier, signer_role


def _plan(**fields: object) -> dict:
    return {"resourceType": "CarePlan", "intent": "plan", "subject": {"reference": "Patient/p"}, **fields}


def _read_bundle(*resources: dict) -> object:
    entries = [
        {"fullUrl": f"http://x.org/fhir/{r['resourceType']}/{r.get('id', i)}", "resource": r}
        for i, r in enumerate(resources)
    ]
    data = json.dumps({"resourceType": "Bundle", "type": "collection", "entry": entries}).encode()
    return FhirReader().read(data, "bundle.json")


THERAPY = {"detail": {"code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "90837"}]}}}
DIET = {"detail": {"description": "Diet"}}


def test_a_therapy_plan_wins_over_a_newer_unrelated_plan() -> None:
    plan = _read_bundle(
        _plan(id="dm", status="active", title="Diabetes plan", created="2026-01-01", activity=[DIET]),
        _plan(id="bh", status="active", title="Plan", created="2025-06-01", activity=[THERAPY]),
    )
    assert plan.source.pointer == "/entry/1/resource"
    assert "because it is the plan of a kind authcheck checks" in plan.free_text[0].text


def test_an_active_plan_wins_over_a_completed_one() -> None:
    plan = _read_bundle(
        _plan(
            id="a", status="completed", title="Psychotherapy plan", created="2026-01-01", activity=[THERAPY]
        ),
        _plan(id="b", status="active", title="Psychotherapy plan", created="2025-01-01", activity=[THERAPY]),
    )
    assert plan.source.pointer == "/entry/1/resource"


def test_entered_in_error_is_never_chosen_over_another() -> None:
    plan = _read_bundle(
        _plan(id="a", status="entered-in-error", title="Psychotherapy plan", activity=[THERAPY, THERAPY]),
        _plan(id="b", status="revoked", title="Psychotherapy plan", activity=[THERAPY]),
    )
    assert plan.source.pointer == "/entry/1/resource"


def test_a_plan_with_content_wins_then_the_most_recent_then_the_biggest_then_the_first() -> None:
    empty = _plan(id="e", status="active", title="Mental health plan", created="2026-02-01")
    older = _plan(
        id="o",
        status="active",
        title="Mental health plan",
        created="2025-01-01",
        activity=[THERAPY, THERAPY, THERAPY],
    )
    newer = _plan(
        id="n", status="active", title="Mental health plan", created="2025-06-01", activity=[THERAPY]
    )
    plan = _read_bundle(empty, older, newer)
    assert plan.source.pointer == "/entry/2/resource"
    assert "because it is the most recent" in plan.free_text[0].text
    twin = _plan(
        id="t", status="active", title="Mental health plan", created="2025-06-01", activity=[THERAPY, THERAPY]
    )
    assert _read_bundle(newer, twin).source.pointer == "/entry/1/resource"
    assert _read_bundle(newer, dict(newer, id="n2")).source.pointer == "/entry/0/resource"


def test_the_composition_names_the_plan_of_a_document() -> None:
    composition = {
        "resourceType": "Composition",
        "id": "c",
        "status": "final",
        "type": {"text": "Plan"},
        "date": "2026-01-01",
        "title": "Plan",
        "section": [{"entry": [{"reference": "CarePlan/b"}]}],
    }
    plan = _read_bundle(
        composition,
        _plan(id="a", status="active", title="Psychotherapy plan", activity=[THERAPY, THERAPY]),
        _plan(id="b", status="draft", title="Diabetes plan", activity=[DIET]),
    )
    assert plan.source.pointer == "/entry/2/resource"
    assert "because the document's Composition lists it" in plan.free_text[0].text


def test_goals_and_services_of_other_plans_stay_out() -> None:
    plan = _read_bundle(
        _plan(id="a", status="active", title="Psychotherapy plan", activity=[THERAPY]),
        _plan(id="b", status="active", title="Diabetes plan", goal=[{"reference": "Goal/g2"}]),
        {"resourceType": "Goal", "id": "g2", "description": {"text": "HbA1c < 7"}},
        {"resourceType": "Goal", "id": "g3", "description": {"text": "Unclaimed"}},
        {
            "resourceType": "ServiceRequest",
            "id": "s",
            "basedOn": [{"reference": "CarePlan/b"}],
            "code": {"text": "Diet education"},
        },
    )
    assert plan.problems == []  # with several plans, a goal nobody claims is not given to one of them
    assert plan.services == []


@pytest.mark.parametrize(
    "identifier, member",
    [
        ({"type": {"coding": [{"code": "MB"}]}, "value": "1"}, True),
        ({"type": {"coding": [{"code": "SN"}]}, "value": "1"}, True),
        ({"type": {"coding": [{"code": "MA"}]}, "value": "1"}, True),
        ({"type": {"text": "Member ID"}, "value": "1"}, True),
        ({"type": {"text": "Subscriber number"}, "value": "1"}, True),
        ({"system": "https://medicaid.example.gov/id", "value": "1"}, True),
        (
            {"type": {"coding": [{"code": "MR"}], "text": "Member record"}, "value": "1"},
            False,
        ),  # an MRN, whatever the text
        ({"type": {"coding": [{"code": "SS"}]}, "value": "1"}, False),
        ({"system": "http://hospital.example.org/mrn", "value": "1"}, False),
        ({"value": "W123"}, False),  # unlabelled: not taken as the member id
        ({"type": {"coding": [{"code": "MB"}]}}, False),  # no value
    ],
)
def test_member_identifier(identifier: dict, member: bool) -> None:
    assert is_member_identifier(identifier) is member


def test_an_mrn_alone_gives_no_member_id_but_coverage_does() -> None:
    patient = {
        "resourceType": "Patient",
        "id": "p",
        "identifier": [{"type": {"coding": [{"code": "MR"}]}, "value": "MRN1"}],
    }
    plan = _read_bundle(_plan(id="a", status="active"), patient)
    assert plan.patient.member_id is None
    coverage = {
        "resourceType": "Coverage",
        "id": "c",
        "status": "active",
        "subscriberId": "SUB1",
        "beneficiary": {"reference": "Patient/p"},
        "payor": [{"display": "Acme Health"}],
    }
    plan = _read_bundle(_plan(id="a", status="active"), patient, coverage)
    assert (plan.patient.member_id, plan.payer) == ("SUB1", "Acme Health")
    assert plan.patient.field_sources["member_id"].pointer == "/entry/2/resource/subscriberId"


@pytest.mark.parametrize(
    "who, is_author, types, context, role",
    [
        (Person(kind="Patient"), False, [], None, "client"),
        (Person(kind="RelatedPerson"), False, [], None, "guardian"),
        (Person(kind="Practitioner", credential="MD"), True, [], None, "clinician"),
        (Person(kind="Practitioner", credential="MD"), False, [], None, "physician"),
        (Person(kind="Practitioner", credential="PMHNP-BC"), False, [], None, "physician"),
        (
            Person(kind="Practitioner", credential="LCSW"),
            False,
            ["1.2.840.10065.1.12.1.5"],
            None,
            "supervisor",
        ),
        (
            Person(kind="PractitionerRole", credential="PhD", role_text="Clinical supervisor"),
            False,
            [],
            None,
            "supervisor",
        ),
        (Person(kind="Practitioner", credential="LPC"), False, [], None, "clinician"),
        (Person(kind="Organization"), False, [], None, "other"),
        (None, False, [], None, "other"),
    ],
)
def test_signer_role(
    who: Person | None, is_author: bool, types: list[str], context: str | None, role: str
) -> None:
    assert signer_role(who, is_author=is_author, signature_types=types, context_role=context) == role


@pytest.mark.parametrize(
    "texts, codes, credentials, discipline",
    [
        (["Mental health care plan"], [], [], "psychotherapy"),
        (["Psychiatry care plan"], [], [], "psychiatry"),
        (["Physical therapy procedure"], [], [], "pt"),
        (["Applied behavior analysis"], [], [], "aba"),
        (["Substance use disorder treatment"], [], [], "sud"),
        (["Diabetes self management plan"], [], [], None),
        (["Treatment plan"], ["90837"], [], "psychotherapy"),
        (["Treatment plan"], ["97110", "97140"], ["PT"], "pt"),
        (["Treatment plan"], ["97110", "97140"], ["OTR/L"], "ot"),
        (["Treatment plan"], ["97110"], [], None),  # shared PT/OT code, nothing to tell them apart
        (["Treatment plan"], ["97153", "97155"], [], "aba"),
        ([None], [], ["BCBA"], "aba"),
    ],
)
def test_infer_discipline(texts: list, codes: list, credentials: list, discipline: str | None) -> None:
    assert infer_discipline(texts, codes, credentials) == discipline


def test_codes_of_two_disciplines_decide_nothing() -> None:
    assert discipline_from_codes(["90837", "97153"]) == set()
    assert infer_discipline([], ["90837", "97153"], []) is None


def test_a_plan_of_care_document_without_careplan_reads_from_its_composition() -> None:
    doc = {
        "resourceType": "Bundle",
        "type": "document",
        "entry": [
            {
                "fullUrl": "urn:uuid:c",
                "resource": {
                    "resourceType": "Composition",
                    "status": "final",
                    "title": "Behavioral health treatment plan",
                    "type": {"coding": [{"system": "http://loinc.org", "code": "18776-5"}]},
                    "date": "2026-02-03T10:00:00Z",
                    "subject": {"reference": "urn:uuid:p"},
                    "author": [{"reference": "urn:uuid:pr"}],
                    "attester": [
                        {"mode": "legal", "time": "2026-02-04", "party": {"reference": "urn:uuid:pr"}}
                    ],
                    "section": [{"title": "Goals", "entry": [{"reference": "urn:uuid:g"}]}],
                },
            },
            {
                "fullUrl": "urn:uuid:p",
                "resource": {"resourceType": "Patient", "name": [{"family": "Roe", "given": ["Jo"]}]},
            },
            {
                "fullUrl": "urn:uuid:pr",
                "resource": {
                    "resourceType": "Practitioner",
                    "name": [{"family": "Park", "given": ["Lee"]}],
                    "qualification": [{"code": {"text": "LMHC"}}],
                },
            },
            {
                "fullUrl": "urn:uuid:g",
                "resource": {
                    "resourceType": "Goal",
                    "description": {"text": "Sleep 7 hours"},
                    "target": [{"dueDate": "2026-05-01"}],
                },
            },
        ],
    }
    plan = FhirReader().read(json.dumps(doc).encode(), "doc.json")
    assert plan.source.pointer == "/entry/0/resource"
    assert plan.plan_date.isoformat() == "2026-02-03"
    assert plan.discipline == "psychotherapy"
    assert [(p.name, p.credential, p.role) for p in plan.providers] == [("Lee Park", "LMHC", "author")]
    assert [(s.role, s.name, s.date.isoformat()) for s in plan.signatures] == [
        ("clinician", "Lee Park", "2026-02-04")
    ]
    assert [g.statement for _, g in plan.iter_goals()] == ["Sleep 7 hours"]
    assert "holds no CarePlan" in plan.free_text[0].text


def test_a_document_reference_about_another_plan_is_not_a_signature() -> None:
    docref = {
        "resourceType": "DocumentReference",
        "id": "d",
        "status": "current",
        "type": {"coding": [{"system": "http://loinc.org", "code": "18776-5"}]},
        "authenticator": {"display": "Someone Else, MD"},
        "context": {"related": [{"reference": "CarePlan/b"}]},
    }
    plan = _read_bundle(
        _plan(id="a", status="active", title="Psychotherapy plan", activity=[THERAPY]),
        _plan(id="b", status="completed", title="Old psychotherapy plan", activity=[THERAPY]),
        docref,
    )
    assert plan.source.pointer == "/entry/0/resource" and plan.signatures == []
    mine = dict(docref, context={"related": [{"reference": "CarePlan/a"}]})
    plan = _read_bundle(
        _plan(id="a", status="active", title="Psychotherapy plan", activity=[THERAPY]),
        _plan(id="b", status="completed", title="Old psychotherapy plan", activity=[THERAPY]),
        mine,
    )
    assert [(s.name, s.credential, s.role, s.date) for s in plan.signatures] == [
        ("Someone Else, MD", "MD", "physician", None)
    ]
