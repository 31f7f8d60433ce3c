"""Odd but valid Word documents: the reader returns a plan (possibly empty) and never raises anything else."""

from __future__ import annotations

import io
import random

import docx
import pytest

from authcheck.readers.docx import DocxReader

WORDS = (
    "Goal",
    "Objective 1a:",
    "Target date:",
    "Client",
    "will",
    "reduce",
    "F41.1",
    "90837",
    "weekly",
    "2x/week",
    "Signature:",
    "____",
    "Date:",
    "01/05/2026",
    "13/45/2026",
    "(primary)",
    "Dx 1:",
    "LTG 1:",
    "STG 1.1:",
    "Electronically signed by",
    "/s/",
    "Jane Doe, LCSW",
    "Baseline:",
    "Mastery criteria:",
    "☒",
    "☐",
    "\t",
    "é",
    "Problem #1:",
    "Intervention:",
    "Frequency:",
    "hours per week",
    "Next Review Date:",
    "through",
    "–",
    ";",
    ":",
)


def _random_document(seed: int) -> bytes:
    rng = random.Random(seed)
    document = docx.Document()
    for _ in range(rng.randint(0, 40)):
        choice = rng.random()
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 14)))
        if choice < 0.15:
            document.add_heading(text[:60] or "Heading", rng.randint(0, 3))
        elif choice < 0.25:
            rows, cols = rng.randint(1, 5), rng.randint(1, 6)
            table = document.add_table(rows=rows, cols=cols)
            for r in range(rows):
                for c in range(cols):
                    table.cell(r, c).text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 6)))
            if rows > 1 and cols > 1 and rng.random() < 0.5:
                table.cell(0, 0).merge(table.cell(rows - 1, 0))
        else:
            paragraph = document.add_paragraph(
                style=rng.choice([None, "List Number", "List Bullet", "List Number 2"])
            )
            run = paragraph.add_run(text)
            run.bold = rng.random() < 0.2
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("seed", range(40))
def test_random_documents_read_without_error(seed: int) -> None:
    plan = DocxReader().read(_random_document(seed), f"random-{seed}.docx")
    for _, goal in plan.iter_goals():
        assert goal.source is not None
    for signature in plan.signatures:
        assert signature.source is not None


def test_empty_document_gives_an_empty_plan() -> None:
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    plan = DocxReader().read(buffer.getvalue(), "empty.docx")
    assert (
        plan.diagnoses == [] and plan.problems == [] and plan.signatures == [] and plan.patient.name is None
    )


def test_a_very_long_line_is_read_quickly() -> None:
    import time

    document = docx.Document()
    document.add_paragraph("Client will " + "reduce anxiety and " * 5000 + "improve sleep: " * 200)
    document.add_paragraph("Diagnosis: " + "F41.1 " * 2000)
    buffer = io.BytesIO()
    document.save(buffer)
    start = time.perf_counter()
    plan = DocxReader().read(buffer.getvalue(), "long.docx")
    assert time.perf_counter() - start < 5.0
    assert len(plan.diagnoses) == 2000
