"""Round 29 of the FHIR reader, each change with a near miss it must not read:

- a ServiceRequest that schedules a review of the plan ("Treatment plan progress review and reassessment",
  "Progress report and plan review"; no CPT/HCPCS code, no quantity, no repeating timing) is a scheduled Review
  dated by its occurrence, not a requested service missing its code and hours; a request without a code that
  names a treatment, one with a billing code (97151) or one asking for an amount stays a service.
- signature lines written as CarePlan.note ("BCBA: Jo Lee, BCBA - e-signed 02/09/2026 11:58", "Parent/guardian
  signature: Luis Roy (father) signed 02/04/2026", "Electronically signed: Jo Lee, BCBA 02/02/2026 14:10") are
  signatures with the signer's role and date; a pending, blank or not-yet-signed line, a name without the act of
  signing, and another document's signature are not.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from fhir_bundles import bundle, read

from authcheck.api import check_file, load_library, select_profiles

CPT = "http://www.ama-assn.org/go/cpt"
AS_OF = dt.date(2026, 3, 1)


def _request(rid: str, text: str, code: str | None = None, **extra: object) -> dict:
    concept: dict = {"text": text}
    if code:
        concept["coding"] = [{"system": CPT, "code": code, "display": text}]
    return {"resourceType": "ServiceRequest", "id": rid, "status": "active", "intent": "plan",
            "subject": {"reference": "Patient/p"}, "code": concept, **extra}


TECHNICIAN = _request(
    "sr1", "Adaptive behavior treatment by protocol", "97153", intent="order",
    occurrenceTiming={"repeat": {"duration": 240, "durationUnit": "min", "frequency": 5, "period": 1,
                                 "periodUnit": "wk"}},
)


def _with_requests(tmp_path: Path, *requests: dict, linked: bool = True) -> object:
    extra = {"activity": [{"reference": {"reference": f"ServiceRequest/{r['id']}"}} for r in requests]} if linked else {}
    return read(tmp_path, bundle(*requests, plan_extra=extra))


# ---- review ServiceRequests ----

def test_a_review_request_is_a_scheduled_review_not_a_service(tmp_path: Path) -> None:
    review = _request("sr2", "Treatment plan progress review and reassessment",
                      category=[{"text": "Treatment plan review"}], occurrenceDateTime="2026-04-10")
    plan = _with_requests(tmp_path, TECHNICIAN, review)
    assert [s.code for s in plan.services] == ["97153"]
    assert [(r.kind, r.date, r.completed) for r in plan.reviews] == [("review", dt.date(2026, 4, 10), False)]
    assert plan.reviews[0].location_of("date").pointer.endswith("/occurrenceDateTime")
    assert [i.label for i in plan.interventions] == ["Adaptive behavior treatment by protocol"]


def test_an_unlinked_progress_report_request_is_a_review(tmp_path: Path) -> None:
    report = _request("sr2", "Progress report and plan review", occurrenceDateTime="2026-07-03")
    plan = _with_requests(tmp_path, TECHNICIAN, report, linked=False)
    assert [s.code for s in plan.services] == ["97153"]
    assert [(r.kind, r.date) for r in plan.reviews] == [("progress-report", dt.date(2026, 7, 3))]


def test_a_request_with_only_a_review_category_is_a_review(tmp_path: Path) -> None:
    review = _request("sr2", "", category=[{"text": "Treatment plan review"}], occurrencePeriod={"start": "2026-05-01"})
    del review["code"]
    plan = _with_requests(tmp_path, TECHNICIAN, review)
    assert [(r.kind, r.date) for r in plan.reviews] == [("review", dt.date(2026, 5, 1))]
    assert len(plan.services) == 1


def test_near_miss_a_treatment_request_without_a_code_stays_a_service(tmp_path: Path) -> None:
    uncoded = _request("sr2", "Social skills group", occurrenceDateTime="2026-04-10")
    plan = _with_requests(tmp_path, TECHNICIAN, uncoded)
    assert [(s.code, s.description) for s in plan.services] == [
        ("97153", "Adaptive behavior treatment by protocol"), (None, "Social skills group")]
    assert plan.reviews == []


def test_near_miss_a_billed_reassessment_stays_a_service(tmp_path: Path) -> None:
    billed = _request("sr2", "Treatment plan review and reassessment", "97151", occurrenceDateTime="2026-04-10",
                      quantityQuantity={"value": 8})
    plan = _with_requests(tmp_path, TECHNICIAN, billed)
    assert [s.code for s in plan.services] == ["97153", "97151"]
    assert plan.reviews == []


def test_near_miss_a_review_named_request_asking_for_an_amount_stays_a_service(tmp_path: Path) -> None:
    weekly = _request("sr2", "Treatment plan review meetings", quantityQuantity={"value": 4},
                      occurrenceTiming={"repeat": {"frequency": 1, "period": 1, "periodUnit": "mo"}})
    plan = _with_requests(tmp_path, TECHNICIAN, weekly)
    assert [s.description for s in plan.services][-1] == "Treatment plan review meetings"
    assert plan.reviews == []


def test_the_review_request_leaves_no_code_or_hours_finding(tmp_path: Path) -> None:
    review = _request("sr2", "Treatment plan progress review and reassessment", occurrenceDateTime="2026-04-10")
    uncoded = _request("sr3", "Social skills group", occurrenceDateTime="2026-04-10")
    rules = _rules(tmp_path, bundle(TECHNICIAN, review, plan_extra=_activities(TECHNICIAN, review)))
    assert "service-code-present" not in rules and "service-hours-per-week" not in rules
    # the near miss: an uncoded treatment still lacks its code and its hours
    rules = _rules(tmp_path, bundle(TECHNICIAN, uncoded, plan_extra=_activities(TECHNICIAN, uncoded)))
    assert "service-code-present" in rules and "service-hours-per-week" in rules


# ---- signature lines in CarePlan.note ----

BCBA = {"resourceType": "Practitioner", "id": "pr", "name": [{"given": ["Seraphina"], "family": "Holt"}],
        "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": "1955917848"}],
        "qualification": [{"code": {"text": "BCBA"}}]}


def _signed_plan(tmp_path: Path, *notes: str) -> object:
    extra = {"author": {"reference": "Practitioner/pr"}, "created": "2026-02-09",
             "note": [{"text": n} for n in notes]}
    return read(tmp_path, bundle(BCBA, plan_extra=extra))


def test_labelled_e_signature_lines_in_notes_are_signatures(tmp_path: Path) -> None:
    plan = _signed_plan(tmp_path, "BCBA: Seraphina Holt, BCBA - e-signed 02/09/2026 11:58",
                        "Parent/Guardian: Julien Delacroix (father) - e-signed 02/10/2026 19:04")
    assert [(s.role, s.name, s.credential, s.date, s.method) for s in plan.signatures] == [
        ("clinician", "Seraphina Holt", "BCBA", dt.date(2026, 2, 9), "electronic"),
        ("guardian", "Julien Delacroix", None, dt.date(2026, 2, 10), "electronic"),
    ]
    assert plan.signatures[0].npi == "1955917848"
    assert plan.signatures[1].source.pointer == "/entry/0/resource/note/1/text"


def test_a_signature_label_line_and_an_e_signed_label_are_signatures(tmp_path: Path) -> None:
    plan = _signed_plan(
        tmp_path, "Electronically signed: Seraphina Holt, BCBA 02/09/2026 14:10",
        "Parent/guardian signature: Luis Restrepo (father) signed 02/11/2026 - on file (scanned signature page)")
    assert [(s.role, s.name, s.date) for s in plan.signatures] == [
        ("clinician", "Seraphina Holt", dt.date(2026, 2, 9)),
        ("guardian", "Luis Restrepo", dt.date(2026, 2, 11)),
    ]


def test_near_miss_unsigned_or_nameless_note_lines_are_no_signatures(tmp_path: Path) -> None:
    plan = _signed_plan(
        tmp_path,
        "Parent/Guardian: Julien Delacroix (father) - signature pending",
        "Parent/Guardian: Julien Delacroix (father) - not yet signed",
        "Parent/guardian signature: ________",
        "Supervising BCBA: Seraphina Holt, BCBA",
        "Parent: consent for release of information signed 02/04/2026",
        "Next review: 05/08/2026",
    )
    assert plan.signatures == []


def test_note_signatures_clear_signature_missing_and_pending_keeps_it(tmp_path: Path) -> None:
    extra = {"author": {"reference": "Practitioner/pr"}, "created": "2026-02-09", "title": "ABA treatment plan",
             "note": [{"text": "BCBA: Seraphina Holt, BCBA - e-signed 02/09/2026 11:58"},
                      {"text": "Parent/Guardian: Julien Delacroix (father) - e-signed 02/10/2026 19:04"}]}
    assert "signature-missing" not in _kinds(tmp_path, bundle(BCBA, TECHNICIAN, plan_extra=extra))
    extra["note"][1] = {"text": "Parent/Guardian: Julien Delacroix (father) - signature pending"}
    assert "signature-missing" in _kinds(tmp_path, bundle(BCBA, TECHNICIAN, plan_extra=extra))


# ---- helpers ----

def _activities(*requests: dict) -> dict:
    return {"title": "ABA treatment plan",
            "activity": [{"reference": {"reference": f"ServiceRequest/{r['id']}"}} for r in requests]}


def _findings(tmp_path: Path, data: dict) -> list:
    path = tmp_path / "check.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    profiles = select_profiles(load_library(), payer="commercial-aba", as_of=AS_OF)
    return check_file(path, profiles, AS_OF).findings


def _kinds(tmp_path: Path, data: dict) -> set[str]:
    return {f.kind for f in _findings(tmp_path, data)}


def _rules(tmp_path: Path, data: dict) -> set[str]:
    return {f.rule for f in _findings(tmp_path, data)}
