"""Profile resolution: versions by date, inheritance, merging, provenance, and the errors for bad profiles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from authcheck.profiles import ProfileError, load_profiles
from authcheck.rules.catalog import load_catalog

CATALOG = load_catalog()


def write(folder: Path, name: str, text: str) -> None:
    (folder / f"{name}.yaml").write_text(text, encoding="utf-8")


PARENT = """\
id: parent
title: Parent
type: base
description: d
citation: c
last_verified: 2026-01-01
versions:
  - version: v1
    effective: {from: 2020-01-01}
    requirements:
      plan-timely: {citation: parent rule, params: {max_days: 30}}
      diagnosis-present: {citation: dx rule}
"""

CHILD = """\
id: child
title: Child
type: payer
description: d
extends: parent
citation: c
last_verified: 2026-01-01
versions:
  - version: "2024"
    effective: {from: 2024-01-01, to: 2024-12-31}
    requirements:
      plan-timely: {params: {max_days: 14}}
      goals-present: {citation: goals rule}
  - version: "2025"
    effective: {from: 2025-01-01}
    requirements:
      plan-timely: {params: {max_days: 7}, severity: warning}
      diagnosis-present: null
      npi-valid: {citation: npi rule, verified: false, note: not confirmed}
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    write(tmp_path, "parent", PARENT)
    write(tmp_path, "child", CHILD)
    return tmp_path


def test_version_is_chosen_by_date_and_versions_accumulate(folder: Path) -> None:
    library = load_profiles(CATALOG, [folder], include_builtin=False)
    v2024 = library.resolve("child", dt.date(2024, 6, 1))
    assert v2024.version == "2024"
    assert v2024.requirements["plan-timely"].params.max_days == 14
    assert set(v2024.requirements) == {"plan-timely", "diagnosis-present", "goals-present"}
    v2025 = library.resolve("child", dt.date(2025, 6, 1))
    assert v2025.version == "2025"
    assert v2025.requirements["plan-timely"].params.max_days == 7
    assert v2025.requirements["plan-timely"].severity == "warning"
    assert "diagnosis-present" not in v2025.requirements  # null drops an inherited requirement
    assert "goals-present" in v2025.requirements  # earlier versions of the same file still apply


def test_inheritance_keeps_parent_citation_and_records_provenance(folder: Path) -> None:
    library = load_profiles(CATALOG, [folder], include_builtin=False)
    resolved = library.resolve("child", dt.date(2025, 6, 1))
    requirement = resolved.requirements["plan-timely"]
    assert requirement.citation == "parent rule"
    assert requirement.set_by == ("parent@v1", "child@2024", "child@2025")
    assert resolved.chain == ("child", "parent")
    # the rule's own defaults fill what no profile sets
    assert requirement.params.anchor == "admission_date"


def test_unverified_requirements_never_block(folder: Path) -> None:
    library = load_profiles(CATALOG, [folder], include_builtin=False)
    npi = library.resolve("child", dt.date(2025, 6, 1)).requirements["npi-valid"]
    assert npi.severity == "error" and npi.effective_severity == "warning"
    assert npi.note == "not confirmed"


def test_no_version_in_force_names_the_windows(folder: Path) -> None:
    library = load_profiles(CATALOG, [folder], include_builtin=False)
    with pytest.raises(ProfileError, match=r"no version in force on 2023-05-01 \(versions: 2024: 2024-01-01 to 2024-12-31; 2025: from 2025-01-01\)"):
        library.resolve("child", dt.date(2023, 5, 1))


def test_overlapping_windows_are_a_load_error(tmp_path: Path) -> None:
    write(tmp_path, "child", CHILD.replace("{from: 2025-01-01}", "{from: 2024-06-01}"))
    write(tmp_path, "parent", PARENT)
    with pytest.raises(ProfileError, match="versions '2024' .* and '2025' .* overlap"):
        load_profiles(CATALOG, [tmp_path], include_builtin=False)


def test_inheritance_cycle_is_a_load_error(tmp_path: Path) -> None:
    write(tmp_path, "parent", PARENT.replace("description: d", "description: d\nextends: child"))
    write(tmp_path, "child", CHILD)
    with pytest.raises(ProfileError, match="cycle: (child -> parent -> child|parent -> child -> parent)"):
        load_profiles(CATALOG, [tmp_path], include_builtin=False)


def test_unknown_parent_is_a_load_error(tmp_path: Path) -> None:
    write(tmp_path, "child", CHILD)
    with pytest.raises(ProfileError, match="extends unknown profile 'parent'"):
        load_profiles(CATALOG, [tmp_path], include_builtin=False)


def test_unknown_rule_suggests_close_ids(tmp_path: Path) -> None:
    write(tmp_path, "parent", PARENT.replace("diagnosis-present:", "diagnosis-presnt:"))
    with pytest.raises(ProfileError, match="unknown rule 'diagnosis-presnt'; did you mean diagnosis-present"):
        load_profiles(CATALOG, [tmp_path], include_builtin=False)


def test_bad_parameter_names_the_valid_ones(tmp_path: Path) -> None:
    write(tmp_path, "parent", PARENT.replace("params: {max_days: 30}", "params: {max_dayz: 30}"))
    library = load_profiles(CATALOG, [tmp_path], include_builtin=False)
    with pytest.raises(ProfileError, match="unknown parameter 'max_dayz' for check kind 'deadline'; valid: date, anchor, max_days"):
        library.resolve("parent", dt.date(2024, 1, 1))


def test_unknown_profile_key_is_a_load_error(tmp_path: Path) -> None:
    write(tmp_path, "parent", PARENT.replace("title: Parent", "title: Parent\nowner: me"))
    with pytest.raises(ProfileError, match=r"parent.yaml:\d+: unknown key 'owner'"):
        load_profiles(CATALOG, [tmp_path], include_builtin=False)


def test_new_requirement_without_citation_is_refused(tmp_path: Path) -> None:
    write(tmp_path, "parent", PARENT.replace("diagnosis-present: {citation: dx rule}", "diagnosis-present: {}"))
    library = load_profiles(CATALOG, [tmp_path], include_builtin=False)
    with pytest.raises(ProfileError, match="requirement 'diagnosis-present' has no citation"):
        library.resolve("parent", dt.date(2024, 1, 1))


def test_user_profiles_layer_on_the_shipped_ones(tmp_path: Path) -> None:
    text = (
        CHILD.replace("id: child", "id: acme-psychotherapy")
        .replace("extends: parent", "extends: medicare-psychotherapy")
        .replace("plan-timely: {params: {max_days: 14}}", "plan-timely: {params: {max_days: 14}, citation: ACME policy 12}")
    )
    write(tmp_path, "acme-psychotherapy", text)
    library = load_profiles(CATALOG, [tmp_path])
    resolved = library.resolve("acme-psychotherapy", dt.date(2025, 6, 1))
    assert "duration-limit" in resolved.requirements  # inherited from the shipped payer profile
    assert resolved.chain == ("acme-psychotherapy", "medicare-psychotherapy", "base-treatment-plan")


def test_shipped_medicare_therapy_changes_on_2025_01_01(library) -> None:
    before = library.resolve("medicare-outpatient-therapy", dt.date(2024, 12, 31))
    after = library.resolve("medicare-outpatient-therapy", dt.date(2025, 1, 1))
    assert before.requirements["physician-signature"].severity == "error"
    assert after.requirements["physician-signature"].severity == "warning"
    assert after.requirements["review-interval"].params.max_days == 90
