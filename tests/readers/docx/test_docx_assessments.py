"""Standardized assessments written as a labelled list or in a sentence of a Word plan."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx

from authcheck.readers import read_plan


def write(tmp_path: Path, paragraphs: list[str]) -> Path:
    document = docx.Document()
    document.add_heading("Behavior Support Plan", level=1)
    for text in paragraphs:
        document.add_paragraph(text)
    path = tmp_path / "plan.docx"
    document.save(str(path))
    return path


def test_a_labelled_list_of_instruments_dated_in_the_label(tmp_path: Path) -> None:
    plan = read_plan(write(tmp_path, [
        "Plan date: 04/02/2026",
        "Assessments (03/15/2026): ABLLS-R total 312; Vineland-3 ABC 70",
    ])).plan
    assert [(a.instrument.split()[0], a.date) for a in plan.assessments] == [
        ("ABLLS-R", dt.date(2026, 3, 15)), ("Vineland-3", dt.date(2026, 3, 15))]


def test_an_assessment_stated_in_a_sentence(tmp_path: Path) -> None:
    plan = read_plan(write(tmp_path, [
        "Plan date: 04/02/2026",
        "Background",
        "Maya has attended the clinic since 2024. Her last skills assessment was the VB-MAPP, completed on "
        "02/20/2026 with the family present.",
    ])).plan
    [assessment] = plan.assessments
    assert (assessment.instrument, assessment.date) == ("VB-MAPP", dt.date(2026, 2, 20))
    assert "VB-MAPP, completed on" in assessment.source.text


def test_a_planned_assessment_is_not_one_that_took_place(tmp_path: Path) -> None:
    plan = read_plan(write(tmp_path, [
        "Plan date: 04/02/2026",
        "Background",
        "The Vineland-3 will be administered by 05/01/2026 to update adaptive scores.",
    ])).plan
    assert plan.assessments == []
