"""A signature pasted as a picture: a scanned or drawn signature in a signers table's "Signature" cell, after a
"Signature:" label, or over a signature caption is read as signed ("[signature image]"); any other picture (a logo,
a chart) is no text, and a signature place with no picture stays unsigned."""

from __future__ import annotations

import base64
import datetime as dt
import io

import docx
from docx.shared import Inches

from authcheck.model import TreatmentPlan
from docx_helpers import read_document

# a 1x1 transparent PNG: enough for Word (and python-docx) to hold a picture
_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)

_CONTENT = [
    "Treatment Plan",
    "Client: Harriet Quinlan",
    "DOB: 04/02/1961",
    "Plan date: 03/01/2026",
    "Diagnosis: F41.1 Generalized anxiety disorder",
    "Goal 1: reduce worry",
    "Objective 1: GAD-7 from 15 to 8 or below by 6/1/2026",
    "Interventions: CBT 1x/wk 45 min",
    "Signatures",
]


def _picture(paragraph: object) -> None:
    paragraph.add_run().add_picture(io.BytesIO(_PNG), width=Inches(1.2))  # type: ignore[attr-defined]


def _document(*, logo: bool = False, signatures_heading: bool = True) -> docx.Document:
    document = docx.Document()
    if logo:
        _picture(document.add_paragraph())
    for line in _CONTENT if signatures_heading else _CONTENT[:-1]:
        document.add_paragraph(line)
    return document


def _table(document: docx.Document, rows: list[list[str]], pictures: set[tuple[int, int]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell = table.rows[r].cells[c]
            cell.text = value
            if (r, c) in pictures:
                _picture(cell.paragraphs[0])


def _signers(plan: TreatmentPlan) -> list[tuple[str, str | None, bool, dt.date | None]]:
    return [(s.role, s.name, s.signed, s.date) for s in plan.signatures]


def test_a_picture_in_a_signers_tables_signature_column_signs_the_row() -> None:
    document = _document()
    rows = [["Role", "Name / Credentials", "Signature", "Date"],
            ["Treating clinician", "Marisol Vega, LCSW", "", "02/09/2026"],
            ["Client", "Harriet Quinlan", "", "02/09/2026"]]
    _table(document, rows, {(1, 2)})
    signers = _signers(read_document(document))
    assert ("clinician", "Marisol Vega", True, dt.date(2026, 2, 9)) in signers
    # near miss: the client's signature cell holds no picture: unsigned
    assert [s for s in signers if s[0] == "client"] == [("client", "Harriet Quinlan", False, dt.date(2026, 2, 9))]


def test_a_picture_after_a_signature_label_signs_the_line() -> None:
    document = _document()
    paragraph = document.add_paragraph("Clinician signature: ")
    _picture(paragraph)
    paragraph.add_run("   Date: 02/09/2026")
    document.add_paragraph("Marisol Vega, LCSW")
    assert [(s.role, s.signed) for s in read_document(document).signatures] == [("clinician", True)]


def test_the_same_line_without_the_picture_is_unsigned() -> None:
    document = _document()
    document.add_paragraph("Clinician signature:    Date: 02/09/2026")
    document.add_paragraph("Marisol Vega, LCSW")
    assert [s.signed for s in read_document(document).signatures] == [False]


def test_columns_of_signers_with_picture_date_and_name_rows() -> None:
    document = _document()
    rows = [["Client signature", "Counselor signature"],
            ["", ""],
            ["Date: 02/18/2026", "Date: 02/18/2026"],
            ["Ernesto V. Garza", "Brenda Castillo, LCDC"]]
    _table(document, rows, {(1, 0), (1, 1)})
    assert sorted(_signers(read_document(document))) == [
        ("client", "Ernesto V. Garza", True, dt.date(2026, 2, 18)),
        ("clinician", "Brenda Castillo", True, dt.date(2026, 2, 18)),
    ]


def test_a_logo_is_no_signature() -> None:
    plan = read_document(_document(logo=True))
    assert plan.signatures == []
    assert not any("signature image" in (block.text or "") for block in plan.free_text)


def test_a_picture_in_a_table_with_no_signing_words_is_no_signature() -> None:
    document = _document(signatures_heading=False)
    document.add_paragraph("Pain assessment")
    _table(document, [["Body map", "Notes"], ["", "left shoulder pain 6/10"]], {(1, 0)})
    plan = read_document(document)
    assert plan.signatures == []
    assert not any("signature image" in (block.text or "") for block in plan.free_text)


def test_a_typed_signature_image_placeholder_is_no_form_field_name() -> None:
    document = _document()
    _table(document, [["Role", "Name", "Signature", "Date"],
                      ["Clinician", "Marisol Vega, LCSW", "[signature image]", "02/09/2026"]], set())
    assert _signers(read_document(document)) == [("clinician", "Marisol Vega", True, dt.date(2026, 2, 9))]
