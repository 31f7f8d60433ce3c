"""Write packet markup blocks to a DOCX file, byte-for-byte the same for the same input.

python-docx stamps the zip entries with the current time and the core properties with its own
defaults; both are replaced here: core properties come from the caller (the packet date), and the
zip is rewritten with a fixed entry date.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from authcheck.packets.markup import Block, Run

__all__ = ["DocxProperties", "write_docx"]

_ALERT = RGBColor(0xC0, 0x00, 0x00)
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class DocxProperties:
    """Core properties written into the DOCX."""

    title: str
    subject: str
    keywords: str
    date: dt.date
    author: str = "authcheck"


def _add_runs(paragraph, runs: list[Run]) -> None:  # type: ignore[no-untyped-def]
    for run in runs:
        added = paragraph.add_run(run.text)
        if run.bold:
            added.bold = True
        if run.alert:
            added.font.color.rgb = _ALERT


def _shade(paragraph) -> None:  # type: ignore[no-untyped-def]
    """A light box around a call-out paragraph."""
    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), "8")
        edge.set(qn("w:space"), "4")
        edge.set(qn("w:color"), "C00000")
        borders.append(edge)
    p_pr.append(borders)
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), "FDECEA")
    p_pr.append(shading)


def _add_table(document, block: Block) -> None:  # type: ignore[no-untyped-def]
    columns = max(len(row) for row in block.rows)
    table = document.add_table(rows=0, cols=columns)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for index, row in enumerate(block.rows):
        cells = table.add_row().cells
        for column in range(columns):
            runs = row[column] if column < len(row) else []
            paragraph = cells[column].paragraphs[0]
            if block.header and index == 0:
                runs = [Run(r.text, bold=True, alert=r.alert) for r in runs]
            _add_runs(paragraph, runs)
            for run in paragraph.runs:
                run.font.size = Pt(9)
        if block.header and index == 0:
            tr_pr = table.rows[0]._tr.get_or_add_trPr()
            repeat = OxmlElement("w:tblHeader")
            repeat.set(qn("w:val"), "true")
            tr_pr.append(repeat)
    document.add_paragraph()


def _add_footer(document, text: list[Run]) -> None:  # type: ignore[no-untyped-def]
    """Footer text followed by "Page N of M"."""
    paragraph = document.sections[0].footer.paragraphs[0]
    _add_runs(paragraph, text)
    paragraph.add_run("  ·  Page ")
    for instruction in ("PAGE", "NUMPAGES"):
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), instruction)
        run = OxmlElement("w:r")
        text_element = OxmlElement("w:t")
        text_element.text = "1"
        run.append(text_element)
        field.append(run)
        paragraph._p.append(field)
        if instruction == "PAGE":
            paragraph._p.append(_text_run(" of "))
    for run in paragraph.runs:
        run.font.size = Pt(8)


def _text_run(text: str):  # type: ignore[no-untyped-def]
    run = OxmlElement("w:r")
    element = OxmlElement("w:t")
    element.set(qn("xml:space"), "preserve")
    element.text = text
    run.append(element)
    return run


def _set_properties(document, props: DocxProperties) -> None:  # type: ignore[no-untyped-def]
    stamp = dt.datetime(props.date.year, props.date.month, props.date.day, tzinfo=dt.timezone.utc)
    core = document.core_properties
    core.title = props.title
    core.subject = props.subject
    core.keywords = props.keywords
    core.author = props.author
    core.last_modified_by = props.author
    core.comments = ""
    core.category = "prior authorization"
    core.created = stamp
    core.modified = stamp
    core.last_printed = stamp
    core.revision = 1


def _normalized_zip(data: bytes) -> bytes:
    """The same archive with every entry dated 1980-01-01, in the original order."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=_ZIP_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


def render_docx(blocks: list[Block], footer: list[Run], props: DocxProperties) -> bytes:
    """The DOCX bytes for the blocks."""
    document = Document()
    style = document.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10.5)
    page_break = False
    for block in blocks:
        if block.kind == "pagebreak":
            page_break = True
            continue
        paragraph = None
        if block.kind == "heading":
            paragraph = document.add_heading(level=block.level)
            _add_runs(paragraph, block.runs)
        elif block.kind == "bullet":
            paragraph = document.add_paragraph(style="List Bullet 2" if block.level == 2 else "List Bullet")
            _add_runs(paragraph, block.runs)
        elif block.kind == "note":
            paragraph = document.add_paragraph()
            _add_runs(paragraph, block.runs)
            _shade(paragraph)
        elif block.kind == "table":
            if page_break:
                document.add_paragraph().paragraph_format.page_break_before = True
                page_break = False
            _add_table(document, block)
        else:
            paragraph = document.add_paragraph()
            _add_runs(paragraph, block.runs)
        if paragraph is not None and page_break:
            paragraph.paragraph_format.page_break_before = True
            page_break = False
    _add_footer(document, footer)
    _set_properties(document, props)
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalized_zip(buffer.getvalue())


def write_docx(path: Path, blocks: list[Block], footer: list[Run], props: DocxProperties) -> bytes:
    """Write the DOCX and return its bytes."""
    data = render_docx(blocks, footer, props)
    path.write_bytes(data)
    return data
