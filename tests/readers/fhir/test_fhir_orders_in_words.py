"""What an order or activity says only in words: an as-needed limit ("PRN x 3 visits"), a review activity
named with a word between "plan" and "review"."""

from __future__ import annotations

from pathlib import Path

from fhir_bundles import bundle, read


def order(code_text: str, note: str | None = None, timing: dict | None = None) -> dict:
    request = {"resourceType": "ServiceRequest", "id": "sr", "status": "active", "intent": "order",
               "subject": {"reference": "Patient/p"},
               "code": {"coding": [{"system": "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
                                    "code": "G0300"}], "text": code_text}}
    if note:
        request["note"] = [{"text": note}]
    if timing:
        request["occurrenceTiming"] = timing
    return request


def test_an_as_needed_limit_in_the_order_text_is_its_frequency(tmp_path: Path) -> None:
    plan = read(tmp_path, bundle(order("LPN visits as needed, up to 3 visits")))
    frequency = plan.services[0].frequency
    assert frequency.prn and frequency.prn_limit == 3 and frequency.stated
    assert frequency.source.pointer == "/entry/2/resource/code"


def test_an_as_needed_limit_in_a_note(tmp_path: Path) -> None:
    plan = read(tmp_path, bundle(order("Skilled nursing", note="PRN x 4 visits for a blocked catheter")))
    frequency = plan.services[0].frequency
    assert frequency.prn_limit == 4
    assert frequency.source.pointer == "/entry/2/resource/note/0"


def test_as_needed_without_a_limit_is_no_frequency(tmp_path: Path) -> None:
    plan = read(tmp_path, bundle(order("Skilled nursing PRN")))
    frequency = plan.services[0].frequency
    assert frequency is None or not frequency.stated


def test_a_timed_frequency_is_not_replaced_by_words(tmp_path: Path) -> None:
    timing = {"repeat": {"frequency": 2, "period": 1, "periodUnit": "wk"}}
    plan = read(tmp_path, bundle(order("Skilled nursing PRN x 2", timing=timing)))
    frequency = plan.services[0].frequency
    assert frequency.count == 2 and frequency.per == "week" and not frequency.prn


def test_a_plan_progress_review_activity_is_a_scheduled_review(tmp_path: Path) -> None:
    activity = {"detail": {"status": "scheduled", "code": {"text": "Care plan quarterly review"},
                           "scheduledPeriod": {"start": "2026-06-01", "end": "2026-06-01"}}}
    plan = read(tmp_path, bundle(plan_extra={"activity": [activity]}))
    assert [r.date.isoformat() for r in plan.scheduled_reviews] == ["2026-06-01"]
    assert not plan.interventions
