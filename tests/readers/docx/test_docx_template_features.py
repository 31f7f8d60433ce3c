"""Features of Word templates that change nothing on the page:

- content controls around whole paragraphs and tables (block-level `w:sdt`), as templates built with Word's
  Developer tab wrap their fields and their goal and service tables: the reader sees a wrapped table as the Word
  table it is (not as text typed in columns) and a wrapped paragraph between its neighbours; findings still point
  at python-docx's indexes, where a wrapped element has none;
- the All Caps font effect (`w:caps`, directly or by style): text typed "Diagnoses" and shown "DIAGNOSES" reads as
  shown; small caps are left as typed;
- a two-column table of role labels beside signed names is a table of signers, not captions over values;
- a row of check boxes ("☐ 3 months  ☒ 6 months") states the option ticked, in a line or in a form table;
- a table split across pages (its caption row repeated) is one table for a quantity stated once under it.

Each test builds a small plan with python-docx; names and wording are invented.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import docx
import docx.enum.style
from docx.oxml.ns import qn

from authcheck.readers.docx.blocks import Para, read_body
from authcheck.readers.docx.package import open_docx

from docx_helpers import read_document


def _wrap(element: Any) -> None:
    """Put a body paragraph's or table's element inside a block-level content control."""
    sdt = element.makeelement(qn("w:sdt"), {})
    sdt.append(element.makeelement(qn("w:sdtPr"), {}))
    content = element.makeelement(qn("w:sdtContent"), {})
    sdt.append(content)
    element.addprevious(sdt)
    content.append(element)


def _plan(wrap: bool) -> Any:
    document = docx.Document()
    document.add_heading("Outpatient Treatment Plan", 1)
    name = document.add_paragraph("Client: Odile Farrow")
    document.add_paragraph("Plan date: 03/02/2026")
    boxes = document.add_table(rows=1, cols=3)  # CMS-485 style boxes: the caption over its value
    boxes.cell(0, 0).text = "11. ICD-10-CM\nF33.1"
    boxes.cell(0, 1).text = "Principal Diagnosis\nMajor depressive disorder, recurrent, moderate"
    boxes.cell(0, 2).text = "Date\n02/20/2026"
    document.add_heading("Services", 2)
    services = document.add_table(rows=2, cols=4)
    for col, text in enumerate(("Service", "CPT", "Frequency", "Duration")):
        services.cell(0, col).text = text
    for col, text in enumerate(("Individual psychotherapy, 45 min", "90834", "Weekly", "6 months")):
        services.cell(1, col).text = text
    document.add_heading("Signatures", 2)
    document.add_paragraph("Therapist: /s/ Hal Brenner, LCSW   Date: 03/03/2026")
    if wrap:
        _wrap(name._p)
        _wrap(services._tbl)
        _wrap(boxes._tbl)
    return read_document(document)


def test_a_wrapped_table_and_paragraph_read_as_without_the_controls() -> None:
    plain, wrapped = _plan(False), _plan(True)
    for plan in (plain, wrapped):
        assert plan.patient.name == "Odile Farrow"
        assert [(d.code, d.description) for d in plan.diagnoses] == [
            ("F33.1", "Major depressive disorder, recurrent, moderate")
        ]
        service = plan.services[0]
        assert service.code == "90834" and service.frequency is not None and service.duration is not None
        assert [(s.name, s.date) for s in plan.signatures] == [("Hal Brenner", dt.date(2026, 3, 3))]


def test_locations_are_python_docx_indexes() -> None:
    plain, wrapped = _plan(False), _plan(True)
    # without controls: heading 0, client 1, plan date 2, heading 3, heading 4, signature 5; tables 0 and 1
    assert plain.patient.field_sources["name"].paragraph == 1
    assert plain.services[0].source.table == 1
    assert plain.signatures[0].source.paragraph == 5
    # wrapped: the client's paragraph and the table are not in Document.paragraphs / Document.tables
    assert wrapped.patient.field_sources["name"].paragraph is None
    assert wrapped.patient.field_sources["name"].text == "Client: Odile Farrow"
    assert wrapped.services[0].source.table is None and wrapped.services[0].source.row is None
    assert wrapped.signatures[0].source.paragraph == 4  # one paragraph fewer before it in python-docx's list


def _caps_plan(effect: str | None) -> Any:
    document = docx.Document()
    document.add_paragraph("Outpatient Treatment Plan")
    document.add_paragraph("Client: Odile Farrow    Plan date: 03/02/2026")
    title = document.add_paragraph()
    run = title.add_run("Diagnoses")
    if effect == "caps":
        run.font.all_caps = True
    elif effect == "small caps":
        run.font.small_caps = True
    elif effect == "style":
        style = document.styles.add_style("Section Caption", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
        style.font.all_caps = True
        title.style = style
    document.add_paragraph("F33.1 Major depressive disorder, recurrent, moderate")
    return document


def test_all_caps_text_reads_as_word_shows_it() -> None:
    for effect in ("caps", "style"):
        blocks_text = [p for p in _blocks_of(_caps_plan(effect)) if p.startswith(("DIAGNOSES", "Diagnoses"))]
        assert blocks_text == ["DIAGNOSES"], effect
        assert [d.code for d in read_document(_caps_plan(effect)).diagnoses] == ["F33.1"]
    # near misses: no effect, or small capitals, keep the text as typed
    assert "Diagnoses" in _blocks_of(_caps_plan(None))
    assert "Diagnoses" in _blocks_of(_caps_plan("small caps"))


def _blocks_of(document: Any) -> list[str]:
    buffer = io.BytesIO()
    document.save(buffer)
    package = open_docx(buffer.getvalue(), "plan.docx")
    blocks = read_body(package.document, package.load_styles, package.document_data)
    return [b.text for b in blocks if isinstance(b, Para)]


def test_a_two_column_table_of_roles_beside_signed_names() -> None:
    """"Clinician: | Jonathan Reyes, MS, CCC-SLP — signed 09/08/2025 — NPI ...": each row a signer, not a form
    whose first row holds captions (the value names a label word, "NPI", but holds a date and a long number)."""
    document = docx.Document()
    document.add_paragraph("Speech-Language Plan of Care")
    document.add_paragraph("Patient: Robert Faulkner")
    document.add_paragraph("Plan of care date: 09/08/2025")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Clinician:"
    table.cell(0, 1).text = "Jonathan Reyes, MS, CCC-SLP — signed 09/08/2025 — NPI 1364029581"
    table.cell(1, 0).text = "Certifying NPP:"
    table.cell(1, 1).text = "Kerry Walsh, NP-C — signed 09/15/2025 — NPI 1682039452"
    plan = read_document(document)
    assert [(s.name, s.date) for s in plan.signatures] == [
        ("Jonathan Reyes", dt.date(2025, 9, 8)), ("Kerry Walsh", dt.date(2025, 9, 15))
    ]


def test_captions_over_signed_names_still_read_as_captions() -> None:
    """Near miss: real captions over one row of signed names are a form laid out in columns."""
    document = docx.Document()
    document.add_paragraph("Home Health Plan of Care")
    document.add_paragraph("Patient: Alphonse Birch")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Nurse's signature and date of verbal SOC"
    table.cell(0, 1).text = "Attending physician's signature and date"
    table.cell(1, 0).text = "Lucinda Farrow, RN — signed 03/06/2026"
    table.cell(1, 1).text = "Naomi Greenhalgh, MD — electronically signed 03/12/2026"
    plan = read_document(document)
    assert ("Naomi Greenhalgh", dt.date(2026, 3, 12)) in [(s.name, s.date) for s in plan.signatures]


def _duration_form(layout: str, options: str) -> Any:
    document = docx.Document()
    document.add_paragraph("Treatment Plan")
    document.add_paragraph("Client: Raymond Koenig")
    document.add_paragraph("Plan date: 03/09/2026")
    document.add_paragraph("SERVICES")
    if layout == "line":
        document.add_paragraph(f"Expected duration: {options}")
    else:
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text = "Modality"
        table.cell(0, 1).text = "☒ Individual psychotherapy   ☐ Group"
        table.cell(1, 0).text = "Expected duration"
        table.cell(1, 1).text = options
    return read_document(document)


def test_the_ticked_duration_of_a_row_of_check_boxes() -> None:
    for layout in ("line", "table"):
        plan = _duration_form(layout, "☐ 3 months   ☒ 6 months   ☐ 12 months")
        assert plan.expected_duration is not None, layout
        assert (plan.expected_duration.value, plan.expected_duration.unit) == (6.0, "month"), layout
        # near miss: no box ticked states no duration
        assert _duration_form(layout, "☐ 3 months   ☐ 6 months   ☐ 12 months").expected_duration is None, layout


def _procedures_plan(second_captions: tuple[str, ...]) -> Any:
    """A CMS-700 style plan: a procedures table split across two pages (the second part under `second_captions`),
    then the frequency box stated once under it."""
    document = docx.Document()
    document.add_paragraph("Plan of Treatment for Outpatient Rehabilitation")
    document.add_paragraph("Patient: Miriam Ash")
    document.add_paragraph("Plan of care date: 02/20/2026")
    rows = (("97110", "Therapeutic exercise", "2"), ("97112", "Neuromuscular re-education", "1"),
            ("97530", "Therapeutic activities", "2"), ("97535", "Self-care training", "1"))
    for part, captions in ((rows[:2], ("Code", "Procedure", "Units/visit")), (rows[2:], second_captions)):
        table = document.add_table(rows=1 + len(part), cols=3)
        for col, caption in enumerate(captions):
            table.cell(0, col).text = caption
        for r, values in enumerate(part, start=1):
            for col, value in enumerate(values):
                table.cell(r, col).text = value
        document.add_paragraph("")
    document.add_paragraph("15. FREQ / DURATION (e.g., 3/Wk x 4 Wk.): 3/Wk x 8 Wk")
    return read_document(document)


def test_a_table_split_across_pages_is_one_table_for_a_quantity_stated_under_it() -> None:
    plan = _procedures_plan(("Code", "Procedure", "Units/visit"))
    assert [s.code for s in plan.services] == ["97110", "97112", "97530", "97535"]
    assert all(s.frequency is not None and s.frequency.count == 3 for s in plan.services)
    # near miss: a second table under captions of its own is another table; the box is its own
    plan = _procedures_plan(("CPT", "Service", "Units"))
    assert [s.frequency is not None for s in plan.services] == [False, False, True, True]
