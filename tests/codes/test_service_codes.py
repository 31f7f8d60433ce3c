"""CPT / HCPCS Level II format checks and modifier splitting (table-driven)."""

from __future__ import annotations

import pytest

from authcheck.codes import classify_service_code, is_valid_service_code_format, split_modifiers
from authcheck.codes.services import HCPCS_LEVEL_II_LETTERS

CLASSIFY = [
    # CPT Category I
    ("90837", "cpt"), ("97153", "cpt"), ("99213", "cpt"), ("00100", "cpt"), (" 90791 ", "cpt"),
    # Category II / III / PLA
    ("1036F", "cpt-category-ii"), ("3074f", "cpt-category-ii"),
    ("0591T", "cpt-category-iii"), ("0362T", "cpt-category-iii"),
    ("0001U", "cpt-pla"), ("0242u", "cpt-pla"),
    # HCPCS Level II
    ("G0151", "hcpcs-level-ii"), ("H0032", "hcpcs-level-ii"), ("H2019", "hcpcs-level-ii"),
    ("T1017", "hcpcs-level-ii"), ("S5111", "hcpcs-level-ii"), ("J1885", "hcpcs-level-ii"),
    ("E0114", "hcpcs-level-ii"), ("A0428", "hcpcs-level-ii"), ("V5010", "hcpcs-level-ii"),
    ("D0120", "hcpcs-level-ii"), ("q3014", "hcpcs-level-ii"), ("U0003", "hcpcs-level-ii"),
    # with modifiers
    ("97153-HN", "cpt"), ("90837 95", "cpt"), ("G0151:GP", "hcpcs-level-ii"), ("97110-GP-KX", "cpt"),
    ("97530 GO 59", "cpt"), ("90834, 95", "cpt"), ("0591T-26", "cpt-category-iii"),
    # not service codes
    ("", None), ("   ", None), ("9083", None), ("908370", None), ("9083A", None), ("1036X", None),
    ("F0151", None), ("I1234", None), ("N1234", None), ("O1234", None), ("W1234", None), ("Z1234", None),
    ("X1234", None), ("Y1234", None), ("G015", None), ("G01511", None), ("GG151", None), ("F41.1", None),
    ("97153HN", None), ("97153-H", None), ("97153-HNN", None), ("97153-", None), ("97153 - ", None),
    ("97153-HN-GP-KX-59-25", None), ("hello", None), ("97 153", None), ("９０８３７", None),
    ("1234567893", None), ("97153/HN/", None),
]


@pytest.mark.parametrize(("text", "kind"), CLASSIFY)
def test_classify_service_code(text: str, kind: str | None) -> None:
    assert classify_service_code(text) == kind
    assert is_valid_service_code_format(text) is (kind is not None)


SPLIT = [
    ("97153-HN", ("97153", ["HN"])),
    ("90837 95", ("90837", ["95"])),
    ("G0151:GP", ("G0151", ["GP"])),
    (" g0151 : gp ", ("G0151", ["GP"])),
    ("97110-GP-KX", ("97110", ["GP", "KX"])),
    ("97530 GO 59", ("97530", ["GO", "59"])),
    ("90834, 95", ("90834", ["95"])),
    ("97153/HN", ("97153", ["HN"])),
    ("90837", ("90837", [])),
    ("97153-HNN", ("97153-HNN", [])),
    ("97153HN", ("97153HN", [])),
    ("hello", ("HELLO", [])),
    ("", ("", [])),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT)
def test_split_modifiers(text: str, expected: tuple[str, list[str]]) -> None:
    assert split_modifiers(text) == expected


def test_level_ii_letters() -> None:
    # CMS: Level II codes fall in the A-V range; no section starts with F, I, N, O (nor W-Z)
    assert set("ABCDEGHJKLMPQRSTUV") == HCPCS_LEVEL_II_LETTERS
    assert not HCPCS_LEVEL_II_LETTERS & set("FINOWXYZ")


@pytest.mark.parametrize("not_text", [None, 90837, b"90837"])
def test_non_text(not_text: object) -> None:
    assert classify_service_code(not_text) is None  # type: ignore[arg-type]
    assert split_modifiers(not_text) == ("", [])  # type: ignore[arg-type]
