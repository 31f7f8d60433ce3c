"""The request data read from a plan: names, the requesting provider, hours, what is missing; and the
packet settings a profile inherits."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from authcheck.api import load_library, select_profiles
from authcheck.packets.settings import resolve_settings
from authcheck.packets.submission import build_submission, split_name

from .helpers import AS_OF


@pytest.mark.parametrize(("text", "expected"), [
    ("Dana Whitfield", ("Dana Whitfield", ("Dana",), "Whitfield")),
    ("Whitfield, Dana M.", ("Dana M. Whitfield", ("Dana", "M."), "Whitfield")),
    ("Maya Chen, LCSW", ("Maya Chen", ("Maya",), "Chen")),
    ("Robert Alvarez, MD, PhD", ("Robert Alvarez", ("Robert",), "Alvarez")),
    ("DOE, JOHN", ("JOHN DOE", ("JOHN",), "DOE")),
    ("Cher", ("Cher", (), "Cher")),
    ("  ", (None, (), None)),
    (None, (None, (), None)),
])
def test_split_name(text: str | None, expected: tuple) -> None:
    assert split_name(text) == expected


def _submission(make_plan, library, data: dict, payer: str = "commercial-aba", **options):  # type: ignore[no-untyped-def]
    profiles = select_profiles(library, payer=payer, as_of=AS_OF)
    return build_submission(make_plan(data), resolve_settings(library, profiles), date=AS_OF, **options)


def test_requester_prefers_a_named_requesting_or_rendering_provider_with_npi(make_plan, library) -> None:
    sub = _submission(make_plan, library, {"providers": [
        {"name": "Ana Ruiz", "credential": "RBT", "role": "technician"},
        {"name": "Hannah Brooks", "credential": "BCBA", "npi": "1234567893", "role": "rendering"},
        {"name": "Wei Patel", "credential": "PhD", "npi": "1245319599", "role": "referring"},
    ]})
    assert sub.requester is not None and sub.requester.name == "Hannah Brooks" and sub.requester.path == "providers[1]"
    without = _submission(make_plan, library, {"signatures": [{"role": "clinician", "name": "Maya Chen, LCSW", "npi": "1234567893"}]})
    assert without.requester is not None and without.requester.family == "Chen" and without.requester.npi == "1234567893"
    organization = _submission(make_plan, library, {"providers": [{"organization": "Bright Steps ABA", "npi": "1234567893"}]})
    assert organization.requester is not None and not organization.requester.is_person
    assert organization.requester.name == "Bright Steps ABA"


def test_hours_are_kept_per_the_period_written(make_plan, library) -> None:
    sub = _submission(make_plan, library, {"services": [
        {"code": "97153", "amount": "20 hours per week"},
        {"code": "97156", "amount": "2 hours per month"},
        {"code": "97155", "frequency": "3 hrs/week"},
        {"code": "97151", "amount": "8 units"},
    ]})
    assert [s.hours for s in sub.services] == [(20.0, "week"), (2.0, "month"), (3.0, "week"), None]
    assert sub.services[3].units == 8


def test_service_codes_and_modifiers(make_plan, library) -> None:
    sub = _submission(make_plan, library, {"services": [{"code": "97153-HN", "modifiers": ["U1"]}, {"code": "ABA therapy"}]})
    assert (sub.services[0].code, sub.services[0].modifiers) == ("97153", ("HN", "U1"))
    assert sub.services[1].code is None
    assert any(m.element.startswith("service code of") for m in sub.missing)


def test_missing_lists_what_each_output_needs(make_plan, library) -> None:
    sub = _submission(make_plan, library, {"patient": {"name": "Mateo Silva"}})
    missing = {m.element: m for m in sub.missing}
    assert {"member ID", "member date of birth", "member gender", "requesting provider", "payer name", "payer identifier",
            "requested services", "ICD-10-CM diagnosis code"} <= set(missing)
    assert missing["member ID"].blocks_x12 and missing["payer identifier"].blocks_x12
    assert not missing["member gender"].blocks_x12
    full = _submission(make_plan, library, {
        "patient": {"name": "Mateo Silva", "birth_date": "2020-05-19", "member_id": "W882014573"}, "payer": "Commercial PPO",
        "providers": [{"name": "Hannah Brooks", "npi": "1234567893"}], "diagnoses": [{"code": "F84.0"}],
        "services": [{"code": "97153", "amount": "20 hours per week"}],
    }, payer_id="60054", place_of_service="12")
    assert {m.element for m in full.missing} == {"member gender", "member ID namespace"}
    assert not [m for m in full.missing if m.blocks_x12]


def test_settings_inherit_along_extends_and_attachments_add_up(tmp_path: Path) -> None:
    folder = tmp_path / "profiles"
    folder.mkdir()
    (folder / "acme-home.yaml").write_text("""\
id: acme-home
title: ACME home health (invented)
type: payer
description: Extends the Medicare home health profile.
extends: medicare-home-health
citation: none
last_verified: 2026-01-01
packet:
  payer_id: ACME9
  required_attachments: [physician order]
versions:
  - version: "1"
    effective: {from: 2025-01-01}
""", encoding="utf-8")
    (folder / "xx-state.yaml").write_text("""\
id: xx-state
title: An invented state profile
type: state
description: Adds an attachment.
citation: none
last_verified: 2026-01-01
packet: {required_attachments: [state consent form, physician order]}
versions:
  - version: "1"
    effective: {from: 2025-01-01}
""", encoding="utf-8")
    library = load_library((), [folder])
    profiles = select_profiles(library, payer="acme-home", states=["xx-state"], as_of=dt.date(2026, 2, 1))
    config = resolve_settings(library, profiles)
    assert config.template == "medicare" and config.settings.place_of_service == "12"
    assert config.settings.payer_id == "ACME9"
    assert config.set_by == {"template": "medicare-home-health", "member_id_system": "medicare-home-health",
                             "place_of_service": "medicare-home-health", "claim_type": "medicare-home-health",
                             "payer_id": "acme-home"}
    assert [(a.name, a.profiles) for a in config.attachments] == [
        ("face-to-face encounter documentation", ("medicare-home-health",)),
        ("OASIS comprehensive assessment", ("medicare-home-health",)),
        ("signed plan of care", ("medicare-home-health",)),
        ("physician order", ("acme-home", "xx-state")),
        ("state consent form", ("xx-state",)),
    ]
