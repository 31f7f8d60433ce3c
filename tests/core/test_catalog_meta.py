"""Meta-tests that keep the rule catalog and the profiles consistent and cited."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from authcheck.kinds import FINDING_KINDS
from authcheck.resources import data_dir
from authcheck.rules.catalog import CatalogError, load_catalog, load_rule_file
from authcheck.rules.checks import CHECK_KINDS

CONTRACT_KINDS = {
    "diagnosis-missing", "diagnosis-code-missing", "diagnosis-code-invalid", "diagnosis-code-not-billable",
    "diagnosis-not-covered", "goal-missing", "goal-not-measurable", "objective-missing", "objective-not-measurable",
    "objective-not-time-bound", "baseline-missing", "intervention-missing", "frequency-missing", "amount-missing",
    "duration-missing", "duration-exceeds-limit", "review-date-missing", "review-interval-exceeded", "review-overdue",
    "plan-late", "signature-missing", "signature-late", "credential-not-permitted", "assessment-missing",
    "assessment-outdated", "caregiver-goal-missing", "service-code-invalid", "identifier-invalid", "field-missing",
    "date-inconsistent",
}
CONTRACT_PROFILES = {
    "medicare-outpatient-therapy", "medicare-psychotherapy", "medicare-home-health", "commercial-aba",
    "pa-55-5200", "ny-oasas-818", "fl-65d-30", "ca-title9-ntp", "tx-26tac-564",
}


def test_finding_kind_vocabulary_keeps_the_contract() -> None:
    assert CONTRACT_KINDS <= set(FINDING_KINDS)


def test_every_rule_file_is_named_after_its_id_and_cited() -> None:
    catalog = load_catalog()
    assert len(catalog.rules) >= 40
    for rule_id, rule in catalog.rules.items():
        assert catalog.files[rule_id].stem == rule_id
        assert rule.citation.strip() and rule.last_verified <= dt.date.today()
        assert {e.expect for e in rule.examples} == {"pass", "fail"}


def test_contract_profiles_ship(library) -> None:
    assert CONTRACT_PROFILES <= set(library.specs)
    assert {library.specs[p].type for p in CONTRACT_PROFILES} == {"payer", "state"}


def test_every_profile_version_resolves_and_every_requirement_is_cited(library) -> None:
    assert library.validate_all() == []
    for spec in library.specs.values():
        assert spec.citation and spec.last_verified
        for version in spec.versions:
            resolved = library.resolve(spec.id, version.effective.start)
            for requirement in resolved.requirements.values():
                assert requirement.citation.strip()
                if not requirement.verified:
                    assert requirement.note, f"{spec.id}: unverified {requirement.rule.id} needs a note"


def test_every_shipped_rule_is_used_by_some_profile(library) -> None:
    used = {rule for spec in library.specs.values() for v in spec.versions for rule in v.requirements}
    assert set(library.catalog.rules) - used == set()


def _write_rule(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


_VALID = """\
id: {id}
title: t
description: d
check: required
params: {{fields: [plan_date]}}
kind: field-missing
severity: error
message: "Missing {{field}}."
fix: Add it.
example: "Plan Date: 01/05/2026"
citation: c
last_verified: 2026-01-01
examples:
  - {{name: ok, expect: pass, plan: {{plan_date: 2026-01-05}}}}
  - {{name: bad, expect: fail, plan: {{payer: x}}}}
"""


def test_a_valid_user_rule_loads(tmp_path: Path) -> None:
    rule = load_rule_file(_write_rule(tmp_path, "my-rule", _VALID.format(id="my-rule")))
    assert rule.kind == "field-missing"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("check: required", "check: requird"), "unknown check kind 'requird'; valid kinds: "),
        (("kind: field-missing", "kind: field-gone"), "unknown finding kind 'field-gone'; valid kinds: diagnosis-missing"),
        (("params: {fields: [plan_date]}", "params: {fields: [plan_date], colour: red}"), "unknown parameter 'colour'"),
        (("params: {fields: [plan_date]}", "params: {fields: [plan_dat]}"), "no field 'plan_dat'; valid here:"),
        (("title: t", "title: t\nseverity_level: high"), "unknown key 'severity_level'; valid keys: id, title"),
        (('message: "Missing {field}."', 'message: "Missing {fieldname}."'), "message uses unknown field(s) {fieldname}"),
        (("  - {name: ok, expect: pass, plan: {plan_date: 2026-01-05}}\n", ""), "at least one 'pass' and one 'fail'"),
    ],
)
def test_bad_rule_files_fail_with_a_message_naming_the_valid_choices(tmp_path: Path, change, expected) -> None:
    old, new = change
    text = _VALID.format(id="bad-rule")
    assert old in text
    path = _write_rule(tmp_path, "bad-rule", text.replace(old, new))
    with pytest.raises(CatalogError) as error:
        load_rule_file(path)
    assert expected in str(error.value)
    assert str(path) in str(error.value)


def test_rule_id_must_match_file_name(tmp_path: Path) -> None:
    path = _write_rule(tmp_path, "other-name", _VALID.format(id="my-rule"))
    with pytest.raises(CatalogError, match="must equal the file name 'other-name'"):
        load_rule_file(path)


def test_duplicate_rule_ids_across_folders_are_refused(tmp_path: Path) -> None:
    _write_rule(tmp_path, "plan-date-present", _VALID.format(id="plan-date-present"))
    with pytest.raises(CatalogError, match="already defined"):
        load_catalog([tmp_path])


def test_shipped_data_folders_are_found() -> None:
    for name in ("rules", "payer_profiles", "templates"):
        assert data_dir(name).is_dir()


def test_every_check_kind_is_used_by_a_rule() -> None:
    catalog = load_catalog()
    assert {r.check for r in catalog.rules.values()} == set(CHECK_KINDS)
