"""The shipped example plans: each clean plan passes its profiles, each flawed plan reports its gaps."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from authcheck.api import check_file, select_profiles

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
AS_OF = dt.date(2026, 2, 1)

CLEAN = [
    ("psychotherapy-clean.yaml", "medicare-psychotherapy", ["pa-55-5200"]),
    ("pt-clean.yaml", "medicare-outpatient-therapy", []),
    ("home-health-clean.yaml", "medicare-home-health", []),
    ("aba-clean.yaml", "commercial-aba", []),
    ("sud-residential-clean.yaml", "base-treatment-plan", ["fl-65d-30", "tx-26tac-564"]),
]

FLAWED = [
    ("psychotherapy-flawed.yaml", "medicare-psychotherapy", ["pa-55-5200"],
     {"diagnosis-code-not-billable", "objective-not-measurable", "objective-not-time-bound", "amount-missing",
      "duration-exceeds-limit", "signature-missing", "plan-late", "identifier-invalid"}),
    ("pt-flawed.yaml", "medicare-outpatient-therapy", [],
     {"diagnosis-code-not-billable", "frequency-missing", "amount-missing", "goal-not-measurable", "review-interval-exceeded",
      "signature-late", "review-overdue"}),
    ("home-health-flawed.yaml", "medicare-home-health", [],
     {"frequency-missing", "goal-not-measurable", "review-interval-exceeded", "signature-missing"}),
    ("aba-flawed.yaml", "commercial-aba", [],
     {"diagnosis-not-covered", "assessment-outdated", "caregiver-goal-missing", "baseline-missing", "amount-missing",
      "duration-exceeds-limit", "signature-missing", "goal-not-measurable", "goal-not-time-bound", "field-missing",
      "review-interval-exceeded"}),
    ("sud-inpatient-flawed.yaml", "base-treatment-plan", ["ny-oasas-818", "fl-65d-30", "ca-title9-ntp"],
     {"plan-late", "diagnosis-code-missing", "objective-not-measurable", "objective-not-time-bound", "frequency-missing",
      "signature-missing", "signature-late", "review-date-missing", "readability"}),
]


@pytest.mark.parametrize(("name", "payer", "states"), CLEAN, ids=[c[0] for c in CLEAN])
def test_clean_example_passes_without_warnings(library, name: str, payer: str, states: list[str]) -> None:
    profiles = select_profiles(library, payer=payer, states=states, as_of=AS_OF)
    report = check_file(EXAMPLES / name, profiles, AS_OF)
    assert report.status == "pass", [f.message for f in report.findings]
    assert report.counts["warning"] == 0, [f.message for f in report.findings]


@pytest.mark.parametrize(("name", "payer", "states", "kinds"), FLAWED, ids=[f[0] for f in FLAWED])
def test_flawed_example_reports_its_gaps(library, name: str, payer: str, states: list[str], kinds: set[str]) -> None:
    profiles = select_profiles(library, payer=payer, states=states, as_of=AS_OF)
    report = check_file(EXAMPLES / name, profiles, AS_OF)
    assert report.status == "fail"
    assert {f.kind for f in report.findings} == kinds


def test_every_payer_profile_has_a_clean_and_a_flawed_example(library) -> None:
    payers = {s.id for s in library.specs.values() if s.type == "payer"}
    assert payers <= {c[1] for c in CLEAN}
    assert payers <= {f[1] for f in FLAWED}


def test_every_state_profile_is_exercised(library) -> None:
    states = {s.id for s in library.specs.values() if s.type == "state"}
    used = {s for c in CLEAN for s in c[2]} | {s for f in FLAWED for s in f[2]}
    assert states <= used
