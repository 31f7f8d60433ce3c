"""The checklist's "where": every met requirement points at plan elements that exist, with their source."""

from __future__ import annotations

import pytest

from authcheck.api import check_file, select_profiles
from authcheck.packets.evidence import build_checklist, evidence_paths
from authcheck.readers import read_plan
from authcheck.rules.paths import element_at

from .helpers import AS_OF, CLEAN, EXAMPLES


@pytest.mark.parametrize(("name", "payer", "states"), CLEAN, ids=[c[0] for c in CLEAN])
def test_every_met_requirement_points_at_existing_elements(library, name: str, payer: str, states: list[str]) -> None:
    plan = read_plan(EXAMPLES / name).plan
    profiles = select_profiles(library, payer=payer, states=states, as_of=AS_OF)
    report = check_file(EXAMPLES / name, profiles, AS_OF)
    rows = build_checklist(plan, report, profiles)
    assert {r.rule for r in rows} == {rule for p in profiles for rule in p.requirements}
    for profile in profiles:
        for rule_id, requirement in profile.requirements.items():
            paths = evidence_paths(plan, requirement)
            assert paths, f"{rule_id} ({requirement.rule.check}) names no plan element"
            for path in paths:
                assert element_at(plan, path) is not None, (rule_id, path)
    located = [e for r in rows for e in r.evidence if e.where]
    assert located, "no evidence carries a source location"
    assert all(e.where.startswith("line ") for e in located)  # native YAML: line numbers


def test_unmet_requirements_carry_their_findings(library) -> None:
    name = EXAMPLES / "aba-flawed.yaml"
    profiles = select_profiles(library, payer="commercial-aba", as_of=AS_OF)
    report = check_file(name, profiles, AS_OF)
    rows = {r.rule: r for r in build_checklist(read_plan(name).plan, report, profiles)}
    for finding in report.findings:
        row = rows[finding.rule]
        assert finding in row.findings
        assert row.status == {"error": "not met", "warning": "warning", "info": "note"}[row.severity]
    assert {r.status for r in rows.values()} >= {"met", "not met"}
