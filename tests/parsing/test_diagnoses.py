"""Who made a diagnosis and when, from prose."""

from __future__ import annotations

import datetime as dt

import pytest

from authcheck.parsing.diagnoses import find_diagnosed_by


@pytest.mark.parametrize(
    ("text", "by", "on"),
    [
        ("Diagnosed by Samuel Oduya, PhD, licensed psychologist, on 09/12/2024 (ADOS-2).", "Samuel Oduya, PhD", "2024-09-12"),
        ("Diagnosis was made 2024-09-18 by Gerald Achebe, PhD (ADOS-2 Module 1).", "Gerald Achebe, PhD", "2024-09-18"),
        ("Evaluated by Dana Lee, MD.", "Dana Lee, MD", None),
    ],
)
def test_diagnosed_by(text: str, by: str, on: str | None) -> None:
    stated = find_diagnosed_by(text)
    assert stated is not None and stated.by == by
    assert stated.on == (dt.date.fromisoformat(on) if on else None)


@pytest.mark.parametrize("text", ["Referred by her primary care physician.", "Sent by fax on 01/02/2026.", ""])
def test_no_diagnosis_statement(text: str) -> None:
    assert find_diagnosed_by(text) is None
